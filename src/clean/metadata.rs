//! Metadata recovery: title, standfirst, author, date and the author's bio line.
//!
//! Takes the units after chrome removal; moves the lines that are metadata out of the body
//! (recorded as `metadata-*` in the report) and fills [`ArticleMeta`]. The body starts at the
//! densest run of prose; the metadata is read from the lines just above it (and the first
//! few of it). Bylines in their written shapes ("By X", "Words: X", "Posted on DATE by X",
//! "X | DATE", "X, Staff Writer", "Written by X and Y", "..., writes X"); dates in the forms
//! [`super::dates`] reads, written as ISO. The title is the title-like line above the body
//! that best repeats the page's subject (the words of the opening paragraphs, or a line
//! repeated elsewhere on the page), never a byline, date, count or menu bullet.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::dates::{self, NumericOrder};
use super::html::join_names;
use super::{remove, Role, Unit};
use crate::apparatus::index::{is_census_given_name, is_given_name};
use crate::model::{ArticleMeta, CleanReport};

const NAME: &str = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|der|la|le)?\s*\p{Lu}[\p{L}'’.-]*){1,3}";
/// One person's name: one to four capitalised words (particles allowed).
const PERSON: &str = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|der|den|da|di|du|la|le|el|al|bin|ibn)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}";

static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?i:by|words by|written by|author:)\s+({NAME})(?:[.,]|\s*$)")).unwrap()
});
static WRITES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r",?\s+(?:writes|argues|reports|explains|says|explores|asks)\s+({NAME})\.?$")).unwrap()
});
static HEAD_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?i:photo(?:graph(?:y|s)?)?s?|illustrations?|images?|pictures?)\s*(?::|(?i:by))\s*{PERSON}(?:\s*(?:,|and|&)\s*{PERSON})*$")).unwrap()
});
static HANDLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"@\w{2,}").unwrap());
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{NAME}$")).unwrap());

/// Times of day, ages ("2 days ago"), e-mail addresses, handles, telephone numbers, time
/// zones, weekdays (English, Portuguese, Spanish, French, German) and a month and day without the year ("Updated Nov 19"): what a byline
/// or date line carries beside the name and the date.
static LINE_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)(?:\s+(?:ago|read))?\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\b(?:gmt|utc|[ecmp][sd]?t|[ah]k?[sd]t|hkt|jst|kst|sgt|msk|eet|eest|ist|bst|cet|cest|aest|aedt|nz[sd]t|wib)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:^|\s)[+-]\d{1,4}\b|\b(?:segunda|terça|terca|quarta|quinta|sexta)-feira\b|\b(?:sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\b(?:às|a las|um)\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?|\b(?:last\s+)?(?:updated|modified|published|posted|first published|original|dated?)\b(?:\s+(?:on|at))?\s*:?|(?:^|\s)(?:on|at|time)(?:\s|$)").unwrap()
});
/// A byline that goes on with the writer's bio: "By Ann Lee, a deputy editor and author of
/// the Command Line newsletter. She has covered …".
static BY_WITH_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?i:by)\s+({PERSON})\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?i:editor|writer|reporter|correspondent|contributor|columnist|journalist|critic|producer|author)\b")).unwrap()
});
/// A writer's role on a line of its own: "Games Editor", "Senior Staff Writer".
static ROLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?i:writer|reporter|correspondent|editor|contributor|columnist|journalist|critic|producer|blogger)s?$").unwrap()
});
/// A part a byline credits in brackets beside a name: "(reporting)", "(photography)".
static CREDITED_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:reporting|additional reporting|photography|photographs|photos|pictures|words|text|video|illustrations?|interview)\)").unwrap()
});
/// An age in place of a date: "1 day ago", "3 hours ago", or "8h" / "2d" after a bullet or
/// a bar ending the line.
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|[•·|]\s*\d{1,2}\s*[hdw]\s*$").unwrap()
});
/// What introduces a name: "By" (or "Por", "Par", "Von", "Door", "Oleh"), "Words:",
/// "Written by", "Analysis by", "Author:".
static BY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:words|written|story|text|reporting|report|article|interview|photos? and words|analysis|opinion|commentary|review)\s+)?(?:by|por|par|von|door|oleh)\s*:?\s+|^(?:words|author|authors|by|text|story|byline|writer|reporter)\s*:\s*").unwrap()
});
/// What a time stamp says it is.
static STAMPED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:updated|posted|published|modified)\b").unwrap());
/// A clock time alone, with its zone: "1:39 PM ET".
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$").unwrap());
/// A labelled field: "Topic: Hardware", "Section: World".
static LABELLED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}\p{L}+\s*:\s*\S").unwrap());
static PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{PERSON}(?:\s*(?:,|\band\b|&)\s*{PERSON})*$")).unwrap()
});
/// A role after a name: "Staff Writer", "Live Science Contributor", "Senior Reporter".
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|author|bureau|desk|producer|analyst|contributing|senior|freelance|special|editorial|for)\b").unwrap()
});

/// What a byline or date line says.
#[derive(Debug, Default, Clone, PartialEq)]
struct MetaLine {
    date: Option<String>,
    author: Option<String>,
    /// The date is an update, not the publication.
    updated: bool,
    /// The name is introduced ("By X", "Words: X") or carries a handle: surer than a
    /// name that only stands beside a date (often the site or agency).
    introduced: bool,
    /// The co-authors the line lists, every one a full name ("Ana Lima, Bo Chen, Cy Dale");
    /// empty when it lists none.
    coauthors: Vec<String>,
}

/// Reads a whole line as a byline and/or date line; None when anything else is in it.
fn read_meta_line(text: &str, order: NumericOrder) -> Option<MetaLine> {
    if let Some(c) = BY_WITH_BIO.captures(text).filter(|_| text.split_whitespace().count() <= 60) {
        return Some(MetaLine { author: Some(c[1].to_string()), introduced: true, ..Default::default() });
    }
    if text.split_whitespace().count() > 20 {
        return None;
    }
    // One name beside a news agency, without "By" or a date, credits a picture: "Al Lee, AP"
    // (reporters come by two: "Ann Lee and Bo Chen, Associated Press").
    let one_name = !text.contains(" and ") && !text.contains('&');
    if one_name && AGENCY_CREDIT.is_match(text) && text.contains([',', '/']) && BY_PREFIX.find(text).is_none() && dates::first(text, order).is_none() {
        return None;
    }
    let found = dates::find_all(text, order);
    let mut residue = String::new();
    let mut at = 0;
    for f in &found {
        residue.push_str(&text[at..f.start]);
        residue.push('|');
        at = f.end;
    }
    residue.push_str(&text[at..]);
    let residue = AGE.replace_all(&residue, "|").into_owned();
    let residue = LINE_NOISE.replace_all(&residue, "|").into_owned();
    let residue = CREDITED_PART.replace_all(&residue, "|");
    // An age instead of a date ("Alex Perry 1 day ago", "Ann Lee • 8h") stamps the line too.
    let aged = AGE.is_match(text);
    let mut line = MetaLine { date: found.first().map(|f| f.iso.clone()), ..Default::default() };
    let lower = text.to_lowercase();
    line.updated = (lower.contains("updated") || lower.contains("modified")) && !lower.contains("publish") && !lower.contains("posted");
    let mut named_by = false;
    // A role written after the name ("Bruce Lee Senior Contributor") marks a byline too.
    let mut roled = false;
    let mut names = Vec::new();
    // (A forum's byline parts name and time with a guillemet: "by Minoa » Tue Aug 27, 2019".)
    for piece in residue.split(['|', '/', '•', '·', '–', '—', ',', ';', '(', ')', '[', ']', '»', '›']).flat_map(|p| p.split(" - ")) {
        let piece = piece.trim().trim_matches(['-', ':', '*', '.', ' ']).trim();
        if piece.is_empty() {
            continue;
        }
        let (piece, by) = match BY_PREFIX.find(piece) {
            Some(m) => (piece[m.end()..].trim(), true),
            None => (piece, false),
        };
        named_by |= by;
        if piece.is_empty() {
            continue;
        }
        let lone_login = by && piece.split_whitespace().count() == 1 && piece.chars().all(|c| c.is_alphanumeric() || c == '_');
        if ROLE.is_match(piece) && !by && !names.is_empty() {
            // After "By" a name's role, then where the role is held ("By Ann Lee, Senior
            // Technologist, Coastal Speech, Privacy, and Technology Project"): the rest of
            // the line is the affiliation.
            if named_by && names.len() == 1 {
                break;
            }
            continue;
        }
        // A co-author after a comma or a credited part ("by Ann Lee (reporting) and Bo
        // Chen (photography)").
        let piece = match piece.strip_prefix("and ") {
            Some(rest) if named_by && !names.is_empty() => rest.trim(),
            _ => piece,
        };
        // A labelled field beside a byline or date ("Topic: Hardware") says nothing of
        // the author.
        if !by && LABELLED.is_match(piece) && (named_by || line.date.is_some()) {
            continue;
        }
        let named = without_role(piece);
        let role_words = |tail: &str| tail.split_whitespace().all(|w| ROLE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len()));
        roled |= named.len() < piece.len() && named.contains(' ') && role_words(&piece[named.len()..]);
        let piece = named;
        // After the name a "By" introduced, a capitalised word that is also a common word
        // ("Minh Do", "The Times") is a co-author's or a paper's: no sentence goes on there.
        let co_named = named_by && !names.is_empty();
        if (PEOPLE.is_match(piece) || lone_login) && (co_named || !has_stop_word(&piece.replace(" and ", " "))) {
            names.push(piece.to_string());
        } else {
            return None;
        }
    }
    // A one-word name beside a date ("Reuters | 3 March") is an agency or a login, never
    // a place code such as "UK".
    let weak_word = |n: &str| !n.contains(' ') && (n.chars().count() < 3 || n.chars().all(|c| c.is_uppercase()) && n.chars().count() <= 3);
    match (line.date.is_some(), names.first()) {
        (true, None) => {}
        // A time stamp without a full date: "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM",
        // "Published 22 hours ago".
        (false, None) if !named_by && STAMPED.is_match(text) && text.contains(|c: char| c.is_ascii_digit()) => {}
        // A clock time alone: "1:39 PM ET".
        (false, None) if CLOCK_TIME.is_match(text.trim()) => {}
        // A handle beside the name ("Ann Lee @annlee") marks a byline too.
        (_, Some(first)) if named_by && !first.is_empty() || (line.date.is_some() || aged && names.len() == 1) && !weak_word(first) || first.contains(' ') && (text.contains(',') || HANDLE.is_match(text) || roled && names.len() == 1) => {
            // Further names after a comma are sections or sites ("Tim Childers, Space");
            // co-authors are joined with "and", or listed as full names opening on given
            // names, as a paper's head lists them ("Ana Lima, Bo Chen, Cy Dale").
            line.author = Some(if !named_by && line.date.is_none() && coauthors(&names) {
                line.coauthors = names.clone();
                join_names(&names)
            } else {
                unglued(first)
            });
            line.introduced = named_by || HANDLE.is_match(text) || roled;
        }
        // A dateline: "Wednesday 20 November 2019, UK".
        (true, Some(_)) if names.len() == 1 && !named_by => {}
        _ => return None,
    }
    Some(line)
}

/// The publication date of a page whose head stamps only a day ("Nov 18" under the byline,
/// "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM"): the day the page was posted (over
/// an update), nearest the text, in the year of the page's copyright line ("© 2019 …"),
/// the year the page was served. Its head line's index in `live` and the ISO date.
fn yearless_stamp(units: &[Unit], live: &[usize], lo: usize, body: usize) -> Option<(usize, String)> {
    static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b").unwrap());
    let year = units.iter().rev().find_map(|u| COPYRIGHT.captures(&u.text).map(|c| c[1].to_string()))?;
    let stamps = (lo..body).filter(|&k| units[live[k]].words() <= 15).flat_map(|k| {
        units[live[k]].text.split([';', '|', '•', '·']).filter_map(super::dates::yearless_day).map(move |(m, d, updated)| (updated, body - k, k, m, d)).collect::<Vec<_>>()
    });
    let (_, _, k, month, day) = stamps.min()?;
    Some((k, format!("{year}-{month:02}-{day:02}")))
}

/// Whether a line opens on a given name, of the common list or the census's ("Ana Lima",
/// "ANA LIMA").
pub(crate) fn opens_on_given_name(line: &str) -> bool {
    line.split_whitespace().next().map(str::to_lowercase).is_some_and(|first| is_given_name(&first) || is_census_given_name(&first))
}

/// Whether names listed with commas are co-authors: two or more, each of two words or more,
/// all but one (and at least two) opening on a given name ("Ann Lee, Associated Press" is a
/// reporter and her agency).
fn coauthors(names: &[String]) -> bool {
    let persons = names.iter().filter(|n| opens_on_given_name(n)).count();
    names.len() >= 2 && names.iter().all(|n| n.contains(' ') && !ROLE.is_match(n)) && persons >= 2 && persons + 1 >= names.len()
}

/// A name with the site a scrape glued to it taken off: "Jonathan GarberFOXBusiness" ->
/// "Jonathan Garber" (a lower-case letter, then two capitals or more: no surname is
/// written so, "McDonald" and "DeShawn" have one).
fn unglued(name: &str) -> String {
    static GLUED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{Ll})\p{Lu}{2,}\p{L}*$").unwrap());
    match GLUED.captures(name) {
        Some(c) if name.contains(' ') => name[..c.get(1).expect("group").end()].to_string(),
        _ => name.to_string(),
    }
}

/// A name without the role written after it: "Meg James Staff Writer" -> "Meg James".
fn without_role(piece: &str) -> &str {
    let Some(m) = ROLE.find(piece).filter(|m| m.start() > 0) else { return piece };
    let name = piece[..m.start()].trim_end();
    // "Michael Hiltzik Business Columnist": a third word before the role is its qualifier.
    match name.rsplit_once(' ') {
        Some((first, last)) if name.split_whitespace().count() >= 3 && last.len() > 2 && !last.ends_with('.') => {
            let keep_third = first.split_whitespace().count() >= 2 && first.ends_with('.');
            if keep_third { name } else { first }
        }
        _ => name,
    }
}

/// The first paragraph of the body (an index into `live`): the start of the densest run of
/// prose, else the first sentence-like line.
fn body_start(units: &[Unit], live: &[usize], order: NumericOrder) -> usize {
    let sentence = |u: &Unit| u.words() >= 8 && u.text.ends_with(['.', '!', '?', '"', '”', '’']);
    let first_sentence = live.iter().position(|&i| sentence(&units[i])).unwrap_or(live.len());
    let run = super::chrome::densest_run(units);
    let mut start = run
        .and_then(|(first, _)| live.iter().position(|&i| i >= first))
        .unwrap_or(first_sentence);
    // Teasers of other articles, cut short in a list ("* Headline NEW DELHI: Their dream
    // shattered, nearly 150 returned home after..."), read as prose but open no article.
    let truncated_teaser = |u: &Unit| super::BULLET.is_match(&u.text) && (u.text.ends_with("...") || u.text.ends_with('…'));
    while live.get(start).is_some_and(|&i| truncated_teaser(&units[i])) {
        start += 1;
    }
    let end = run.map_or(0, |(_, last)| live.partition_point(|&i| i <= last));
    // Teasers of other articles can read as prose and run on into the article: when no date
    // line stands above the run, a headline over the only date line inside it is where the
    // article starts.
    // (A date line naming no one, or introducing the name: "First Forecast Weather Nov 20,
    // 2019" is a teaser, not a byline.)
    let dated = |k: &usize| units[live[*k]].words() <= 20 && read_meta_line(&units[live[*k]].text, order).is_some_and(|m| m.date.is_some() && (m.author.is_none() || m.introduced));
    let dates: Vec<usize> = (start + 1..end).filter(dated).collect();
    if let [head] = dates[..] {
        // (Not past a "Recommended" header: the dated teasers of other articles.)
        let related = units[live[start]..live[head]].iter().any(|u| super::chrome::related_header(&u.text));
        if dated_head(units, live, head, order) && !related && !(start.saturating_sub(HEAD_REACH)..start).any(|k| dated(&k)) {
            return head + 1;
        }
    }
    // A long headline reads as prose to the run; it ends no sentence and the next line
    // does not continue it. A headline asking a question ends on its question mark: it
    // stands over the byline or date line.
    let headline = |k: usize| {
        let u = &units[live[k]];
        let next_continues = live.get(k + 1).is_some_and(|&n| units[n].text.starts_with(char::is_lowercase));
        let next_is_meta = live.get(k + 1).is_some_and(|&n| units[n].words() <= 20 && read_meta_line(&units[n].text, order).is_some());
        let question = u.text.ends_with('?') && !SENTENCE_BREAK.is_match(&u.text) && next_is_meta;
        // (A list's first item is no headline: a changelog opens on one.)
        let item = super::chrome::LIST_ITEM.is_match(&u.text);
        u.raw.len() == 1 && u.words() <= 25 && (u.text.ends_with(char::is_alphanumeric) || question) && !next_continues && !item
    };
    if start < live.len() && headline(start) { start + 1 } else { start }
}

/// Where the teasers under a related-content header begin (an index into `live`), when the
/// header stands between a dated headline above it and the body's start `body`: what
/// follows it up to the body is teasers.
fn teasers_under_the_head(units: &[Unit], live: &[usize], body: usize, order: NumericOrder) -> Option<usize> {
    // (The header itself is already set aside as furniture: it is looked for among all lines.)
    let (from, to) = (*live.get(body.saturating_sub(HEAD_REACH))?, *live.get(body)?);
    let line = (from..to).rev().find(|&i| super::chrome::related_header(&units[i].text))?;
    let header = live.partition_point(|&i| i < line);
    (header.saturating_sub(HEAD_REACH)..header).any(|k| dated_headline(units, live, k, order)).then_some(header)
}

/// True when `live[k]` is a date line (with or without a byline) under a headline and over
/// prose: the head of an article.
fn dated_head(units: &[Unit], live: &[usize], k: usize, order: NumericOrder) -> bool {
    let prose_follows = live[k + 1..].iter().take(3).any(|&n| super::chrome::prose(&units[n], true) || super::chrome::prose(&units[n], false));
    dated_headline(units, live, k, order) && prose_follows
}

/// True when `live[k]` is a date line (with or without a byline) under a headline.
fn dated_headline(units: &[Unit], live: &[usize], k: usize, order: NumericOrder) -> bool {
    let u = &units[live[k]];
    // (Not a quotation's signature, "— Ann Lee (@annlee) May 2, 2019".)
    let dated = u.words() <= 20 && !u.text.starts_with(['—', '–', '-']) && read_meta_line(&u.text, order).is_some_and(|m| m.date.is_some());
    let headline = k.checked_sub(1).is_some_and(|h| {
        let h = &units[live[h]];
        title_like(h) && !h.text.ends_with('.') && !h.text.starts_with(|c: char| c.is_ascii_digit()) && h.words() >= 3 && h.raw.len() == 1
    });
    dated && headline
}

/// How far above the body the title and byline are looked for, in lines.
const HEAD_REACH: usize = 30;

/// Reads the title and the metadata lines around the start of the body.
pub(super) fn extract(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta, source: &str) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    let order = NumericOrder::of_page(units.iter().map(|u| u.text.as_str()));
    let mut body = body_start(units, &live, order);
    // A standfirst read as prose: the byline or date lines under it show the text starts
    // after them.
    if live.get(body).is_some_and(|&i| units[i].raw.len() == 1 && units[i].words() <= 60) {
        let meta_after = (body + 1..(body + 4).min(live.len())).take_while(|&k| units[live[k]].words() <= 20 || BY_WITH_BIO.is_match(&units[live[k]].text)).filter(|&k| read_meta_line(&units[live[k]].text, order).is_some()).last();
        if let Some(k) = meta_after {
            body = k + 1;
        }
    }
    // Teasers of other articles between the article's head and its text (a "More stories like
    // this one" header, then dated headlines): the head is above their header.
    let teasers = teasers_under_the_head(units, &live, body, order);
    if let Some(header) = teasers {
        body = header;
    }
    let lo = body.saturating_sub(HEAD_REACH);
    let hi = if teasers.is_some() { body } else { (body + 3).min(live.len()) };
    // Byline and date lines: every one leaves the body; the publication date is the one
    // nearest the body that is not an update, the author the nearest named.
    let mut dated: Vec<(bool, usize, String)> = Vec::new();
    // (not introduced, distance from the body, name): introduced names first, then nearest.
    let mut named: Vec<(bool, usize, String)> = Vec::new();
    // Lines of co-authors above the text, in their order: a paper's head lists its authors
    // by affiliation, a line for each.
    let mut coauthor_lines: Vec<Vec<String>> = Vec::new();
    let mut name_above_date: Option<usize> = None;
    let mut meta_lines = Vec::new();
    // The meta lines that name the author: a title stands just above one.
    let mut byline_lines = Vec::new();
    // The time stamps without a full date.
    let mut time_lines = Vec::new();
    for (k, &i) in live.iter().enumerate().take(hi).skip(lo) {
        if units[i].keep || units[i].role != Role::Text {
            continue;
        }
        let in_head = k < body;
        let distance = body.abs_diff(k);
        // A byline over two lines: "By" then the name, or the name then a date line.
        let next = live.get(k + 1).map(|&n| &units[n]).filter(|n| n.role == Role::Text && !n.keep);
        // A bulleted name ("* Debbie White") is one too: scrapers keep the list marks of bylines.
        let lone_name = |u: &Unit| NAME_LINE.is_match(unbulleted(&u.text)) && u.words() <= 5 && !has_stop_word(unbulleted(&u.text));
        let by_then_name = units[i].text.eq_ignore_ascii_case("by") && next.is_some_and(lone_name);
        let name_then_date = in_head && lone_name(&units[i]) && next.is_some_and(|n| read_meta_line(&n.text, order).is_some_and(|m| m.date.is_some() && m.author.is_none()));
        if by_then_name {
            let n = live[k + 1];
            named.push((false, distance, units[n].text.clone()));
            meta_lines.extend([k, k + 1]);
            byline_lines.push(k);
            remove(&mut units[i], report, "metadata-author", "the byline's \"By\", carried into the metadata with the name under it");
            remove(&mut units[n], report, "metadata-author", "the byline, carried into the metadata");
            continue;
        }
        if name_then_date {
            // Only a fallback: a section name ("Business News") stands above dates too.
            name_above_date = Some(i);
            continue;
        }
        if let Some(m) = read_meta_line(&units[i].text, order).filter(|m| (in_head || m.author.is_some()) && !label_row(&units[i])) {
            if let Some(d) = m.date {
                dated.push((m.updated, distance, d));
            }
            if in_head && !m.coauthors.is_empty() {
                coauthor_lines.push(m.coauthors);
            }
            if let Some(a) = m.author {
                named.push((!m.introduced, distance, a));
            }
            meta_lines.push(k);
            if named.last().is_some_and(|(_, d, _)| *d == distance) {
                byline_lines.push(k);
            }
            let (rule, reason) = match (named.last().is_some_and(|(_, d, _)| *d == distance), dated.last().is_some_and(|(_, d, _)| *d == distance)) {
                (true, true) => ("metadata-byline", "the author and date line, carried into the metadata"),
                (true, false) => ("metadata-author", "the byline, carried into the metadata"),
                (false, true) => ("metadata-date", "the publication date, carried into the metadata"),
                (false, false) => {
                    time_lines.push(k);
                    ("metadata-time", "the article's time stamp, without a full date")
                }
            };
            remove(&mut units[i], report, rule, reason);
        } else {
            other_metadata(&mut units[i], report, meta);
        }
    }
    // No date line: a full date in a short line just above the body ("21:17 18.11.2019
    // Get short URL") is the best evidence left.
    if dated.is_empty() {
        let near = (lo..body).rev().filter(|&k| units[live[k]].words() <= 15 && !label_row(&units[live[k]])).find_map(|k| dates::first(&units[live[k]].text, order).filter(|d| d.len() == 10).map(|d| (k, d)));
        if let Some((k, d)) = near {
            dated.push((false, body - k, d));
        }
    }
    if dated.is_empty() {
        if let Some((k, iso)) = yearless_stamp(units, &live, lo, body) {
            dated.push((false, body.abs_diff(k), iso));
            let u = &mut units[live[k]];
            if u.role == Role::Text && !u.keep {
                remove(u, report, "metadata-date", "the publication day, its year from the page's copyright line");
            }
        }
    }
    dated.sort();
    named.sort();
    if meta.date.is_none() {
        meta.date = dated.into_iter().next().map(|(_, _, d)| d);
    }
    if meta.author.is_none() && coauthor_lines.len() >= 2 && named.iter().all(|(plain, _, _)| *plain) {
        meta.author = Some(join_names(&coauthor_lines.concat()));
    }
    if meta.author.is_none() {
        meta.author = named.into_iter().next().map(|(_, _, a)| a);
    }
    // A credit alone in the head names the article's photographer or illustrator.
    let head_end = live.get(body).copied().unwrap_or(units.len());
    for u in units[live.get(lo).copied().unwrap_or(0)..head_end].iter_mut() {
        if u.role == Role::Caption && !u.keep && HEAD_CREDIT.is_match(&u.text) {
            remove(u, report, "metadata-credit", "the article's photo or illustration credit, above the text");
        }
    }
    let title = choose_title(units, report, &live, lo, body, &meta_lines, &byline_lines, &time_lines);
    match title {
        Some((i, k)) => {
            meta.title = title_text(&units[i]).to_string();
            // A title set over two lines, as a paper's head sets it: the line right above it
            // (no blank line between) that cannot end a title goes first.
            if let Some(j) = wrapped_title_line(units, report, i) {
                meta.title = if j < i { format!("{} {}", units[j].text, meta.title) } else { format!("{} {}", meta.title, units[j].text) };
                report.removed.retain(|r| !units[j].raw.iter().any(|(n, _)| *n == r.line));
                remove(&mut units[j], report, "metadata-title", "a line of the article's title set over two, carried into the metadata");
            }
            // A title repeated on the page was set aside as a repeat: it is the title now.
            report.removed.retain(|r| !units[i].raw.iter().any(|(n, _)| *n == r.line));
            remove(&mut units[i], report, "metadata-title", "the article's title, carried into the metadata");
            // A sentence right under the title, above the text, is the standfirst.
            if let Some(&n) = live.get(k + 1).filter(|_| k + 1 < body && meta.standfirst.is_none() && !meta_lines.contains(&(k + 1))) {
                let u = &units[n];
                // (Not a label cut short: "… is supported by".)
                let cut_short = u.text.rsplit(' ').next().is_some_and(|w| TITLE_NEVER_ENDS.contains(&w.to_lowercase().as_str()));
                if u.role == Role::Text && !u.keep && (8..=60).contains(&u.words()) && u.raw.len() == 1 && BY_LINE.find(&u.text).is_none() && !cut_short {
                    meta.standfirst = Some(u.text.clone());
                    remove(&mut units[n], report, "metadata-standfirst", "the standfirst under the title, carried into the metadata");
                }
            }
            // A name alone right under the title, followed by the text or a date line, is
            // the author.
            let next = k + 1;
            let text_follows = live.get(next + 1).is_some_and(|&n| units[n].words() >= 8 && !units[n].text.starts_with(['*', '-', '•', '+']));
            let front_matter_follows = live.get(next).is_some_and(|&n| report.removed.iter().any(|r| r.line == units[n].end + 1 && r.rule.starts_with("metadata-")));
            // "Ann Lee" then "Games Editor": the writer's role under the name.
            let role = live.get(next + 1).copied().filter(|&j| next + 1 < body && units[j].role == Role::Text && !units[j].keep && ROLE_LINE.is_match(&units[j].text));
            let closes_head = next + 1 == body || meta_lines.contains(&(next + 1)) || text_follows || front_matter_follows || role.is_some();
            if let Some(&n) = live.get(next).filter(|_| next < body && closes_head) {
                let u = &units[n];
                // (A list of one author, numbered by the scrape: "1. Ann Lee".)
                let name = u.text.strip_prefix("1. ").unwrap_or(&u.text);
                if meta.author.is_none() && u.role == Role::Text && !u.keep && NAME_LINE.is_match(name) && name.split_whitespace().count() <= 4 && !has_stop_word(name) {
                    meta.author = Some(name.to_string());
                    remove(&mut units[n], report, "metadata-author", "a line holding only a name between the title and the text: the author");
                    if let Some(j) = role {
                        remove(&mut units[j], report, "metadata-author", "the author's role, under the name");
                    }
                }
            }
        }
        None => {
            meta.title = title_from_file(source);
            if body < live.len() {
                report.flags.push(crate::model::Flag {
                line: 0,
                excerpt: meta.title.clone(),
                    reason: "no title line found above the text: the title was made from the file name; set `title` for this article in book.toml".into(),
                });
            }
        }
    }
    if let Some(i) = name_above_date.filter(|&i| meta.author.is_none() && units[i].role == Role::Text) {
        meta.author = Some(unbulleted(&units[i].text).to_string());
        remove(&mut units[i], report, "metadata-author", "a name alone above the date line: the author");
    }
    let from = if lo == 0 { 0 } else { live.get(lo).copied().unwrap_or(0) };
    if let Some(i) = name_over_reading_time(units, report, from, head_end).filter(|_| meta.author.is_none()) {
        meta.author = Some(units[i].text.clone());
        if units[i].role == Role::Text {
            remove(&mut units[i], report, "metadata-author", "a name alone over the reading time: the author");
        }
    }
}

/// The writer a blogging platform's head names over the reading time ("Ann Lee", then "14
/// min read", or "Follow" and "Oct 15, 2015 · 18 min read"), even where the page prints the
/// pair twice (the name set aside as a repeat). The name opens on a given name.
fn name_over_reading_time(units: &[Unit], report: &CleanReport, from: usize, to: usize) -> Option<usize> {
    let repeat = |u: &Unit| u.role == Role::Gone && u.raw.iter().all(|(n, _)| report.removed.iter().any(|r| r.line == *n && matches!(r.rule.as_str(), "running-header" | "duplicate-line")));
    let over_reading_time = |i: usize| {
        let next = if units.get(i + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("follow")) { i + 2 } else { i + 1 };
        units.get(next).is_some_and(|n| super::chrome::is_reading_time(&n.text))
    };
    (from..to.min(units.len())).find(|&i| {
        let u = &units[i];
        // (The cheap tests first: whether a line was set aside as a repeat reads the report.)
        !u.keep
            && u.words() <= 4
            && NAME_LINE.is_match(&u.text)
            && !has_stop_word(&u.text)
            && opens_on_given_name(&u.text)
            && over_reading_time(i)
            && (u.role == Role::Text || repeat(u))
    })
}

/// The other line of a title set over two: the source line right above the chosen one
/// (no blank line between), or the one right under it when the chosen one ends on a word no
/// title ends on ("… Drone Surveys with"). Title-like, of three words or more, not a
/// sentence and none of the metadata, the first line ending on no stop (a line of its own
/// ends so; a wrapped line goes on), nor a site's menu (only a positional rule may have set
/// it aside).
fn wrapped_title_line(units: &[Unit], report: &CleanReport, i: usize) -> Option<usize> {
    let dangling = units[i].text.rsplit(' ').next().is_some_and(|w| TITLE_NEVER_ENDS.contains(&w.to_lowercase().as_str()));
    let candidates = [i.checked_sub(1).map(|j| (j, i)), dangling.then_some((i, i + 1)).filter(|_| i + 1 < units.len())];
    candidates.into_iter().flatten().find_map(|(first, second)| {
        let (a, b) = (&units[first], &units[second]);
        let other = if first == i { b } else { a };
        let set_aside = report.removed.iter().filter(|r| other.raw.iter().any(|(n, _)| *n == r.line)).all(|r| super::POSITIONAL.contains(&r.rule.as_str()));
        let shape = a.raw.len() == 1 && b.raw.len() == 1 && a.end + 1 == b.line && other.words() >= 3 && a.words() + b.words() <= 30;
        let goes_on = !a.text.ends_with(TERMINAL_MARKS) && other.text.starts_with(char::is_uppercase) && !SENTENCE_BREAK.is_match(&other.text);
        let usable = title_like(other) && set_aside && !other.keep && matches!(other.role, Role::Text | Role::Gone);
        (shape && goes_on && usable).then_some(if first == i { second } else { first })
    })
}

/// Words a title does not end on: a line ending so goes on in the next.
const TITLE_NEVER_ENDS: &[&str] = &["with", "of", "for", "and", "the", "a", "an", "in", "on", "to", "from", "by", "at", "into", "via"];

/// What ends a line that is a title, a sentence or a label of its own.
const TERMINAL_MARKS: &[char] = &['.', '!', '?', ':', ';', ',', '|', '»', '›', '>'];

static ABSTRACT_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:abstract|summary)\s*[.:]?$").unwrap());
static ABSTRACT_INLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^abstract\s*[.:—–-]\s*(\p{Lu}.{40,})$").unwrap());
static KEYWORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:key\s?words|index terms|jel(?: classification)?(?: codes)?)\s*[:.—–-]\s*\S").unwrap());
static AFFILIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:University|Universität|Université|Universidad|Institute|Institut|College|Department|School of|Centre|Center|Faculty|Laboratory)\b").unwrap()
});

/// The front matter of a scholarly article: its abstract (the standfirst), its keywords
/// and the author's affiliation under a name, all out of the body.
pub(super) fn front_matter(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text && !units[i].keep).collect();
    for (k, &i) in live.iter().enumerate() {
        if units[i].role != Role::Text {
            continue;
        }
        let text = units[i].text.clone();
        if KEYWORDS.is_match(&text) && units[i].words() <= 40 {
            remove(&mut units[i], report, "metadata-keywords", "the article's keywords (front matter of a journal article)");
        } else if let Some(c) = ABSTRACT_INLINE.captures(&text).filter(|_| meta.standfirst.is_none()) {
            meta.standfirst = Some(c[1].to_string());
            remove(&mut units[i], report, "metadata-abstract", "the abstract, carried into the metadata as the standfirst");
        } else if ABSTRACT_LABEL.is_match(&text) && meta.standfirst.is_none() {
            // The abstract runs on over the following lines while they continue each other.
            let mut body: Option<String> = None;
            let mut taken = Vec::new();
            for &n in &live[k + 1..] {
                let next = &units[n].text;
                let adjacent = taken.last().map_or(units[i].end + 1, |&p: &usize| units[p].end + 1) == units[n].line;
                let joined = match &body {
                    None => Some(next.clone()),
                    Some(b) if adjacent => super::repair::joined(b, next, true, None),
                    Some(_) => None,
                };
                match joined.filter(|_| units[n].words() >= 6 && !KEYWORDS.is_match(next)) {
                    Some(j) => {
                        body = Some(j);
                        taken.push(n);
                    }
                    None => break,
                }
            }
            let Some(body) = body else { continue };
            meta.standfirst = Some(body);
            remove(&mut units[i], report, "metadata-abstract", "the abstract's label");
            for n in taken {
                remove(&mut units[n], report, "metadata-abstract", "the abstract, carried into the metadata as the standfirst");
            }
        } else if AFFILIATION.is_match(&text) && units[i].words() <= 10 && !text.ends_with('.') {
            let under_name = k.checked_sub(1).is_some_and(|p| NAME_LINE.is_match(&units[live[p]].text) && units[live[p]].end + 1 == units[i].line);
            if under_name {
                remove(&mut units[i], report, "metadata-affiliation", "the author's affiliation, under the name");
            }
        }
    }
}

/// The standfirst with its byline ("..., writes Name") and "By Name. First sentence" at the
/// start of the body.
fn other_metadata(u: &mut Unit, report: &mut CleanReport, meta: &mut ArticleMeta) {
    if let Some(c) = BY_LINE.captures(&u.text) {
        let name = c[1].trim_end_matches('.').to_string();
        if u.raw.len() == 1 && c[0].ends_with('.') && c[0].len() < u.text.len() {
            // "By Name. First sentence...": the byline leaves, the sentence stays.
            meta.author.get_or_insert(name);
            let byline = c[0].to_string();
            super::report::removed(report, u.line, &byline, "metadata-author", "the byline opening this line, carried into the metadata (the rest of the line is kept)");
            u.text = u.text[byline.len()..].trim_start().to_string();
        }
    } else if let Some(c) = WRITES.captures(&u.text).filter(|_| meta.standfirst.is_none() && u.words() <= 60) {
        meta.author.get_or_insert_with(|| c[1].trim_end_matches('.').to_string());
        meta.standfirst = Some(u.text.clone());
        remove(u, report, "metadata-standfirst", "the standfirst with its byline, carried into the metadata");
    }
}

/// Lower-case content words (no function words, no short words).
fn content_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !super::phrases::STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// The title as (unit index, index into `live` of the last text line not after it): among
/// title-like lines above the body, the one that shares most words with the opening
/// paragraphs, repeats elsewhere on the page, and stands nearest the byline and the body. A
/// line set aside as a repeat of the page (a headline printed again in the page's teasers
/// or gallery) is a candidate too.
#[allow(clippy::too_many_arguments)]
fn choose_title(units: &[Unit], report: &CleanReport, live: &[usize], lo: usize, body: usize, meta_lines: &[usize], bylines: &[usize], time_lines: &[usize]) -> Option<(usize, usize)> {
    let opening: HashSet<String> = live[body..].iter().take(4).flat_map(|&i| content_words(&units[i].text)).collect();
    // (Not a caption scraped twice, which repeats the line just before it.)
    let set_aside_repeat = |i: usize| {
        let u = &units[i];
        u.role == Role::Gone
            && u.words() >= 4
            && (i == 0 || units[i - 1].text != u.text)
            && u.raw.iter().all(|(n, _)| report.removed.iter().any(|r| r.line == *n && matches!(r.rule.as_str(), "running-header" | "duplicate-line")))
    };
    let (Some(&start), end) = (live.get(lo), live.get(body).copied().unwrap_or(units.len())) else { return None };
    // The share of a line's content words found in the opening paragraphs.
    let shares = |t: &str| {
        let words = content_words(t);
        words.iter().filter(|w| opening.contains(*w)).count() as f32 / words.len().max(4) as f32
    };
    let mut best: Option<(f32, usize, usize)> = None;
    for i in start..end {
        let u = &units[i];
        let repeat = set_aside_repeat(i);
        if !(u.role == Role::Text || repeat) || u.keep || !title_like(u) {
            continue;
        }
        let k = live.partition_point(|&l| l <= i) - 1;
        // Out of at least four words: a one-word line naming the site shares little.
        let shared = shares(&u.text);
        let lower = u.text.to_lowercase();
        // (Not printed twice in one block a few lines apart: a list of teasers or videos.)
        let near_copy = units[i.saturating_sub(12)..i].iter().any(|o| o.text == u.text);
        // Printed again far down the page (a share box, a breadcrumb), or inside a longer
        // line that is no paragraph of prose (the page's <title>: a phrase of the text is no
        // repeated title).
        let repeated = repeat && !near_copy
            || u.words() >= 3
                && units.iter().enumerate().any(|(j, o)| {
                    let copy = j.abs_diff(i) > 12 && o.text.to_lowercase() == lower;
                    let within = o.text.len() > lower.len() && o.words() <= 20 && o.text.to_lowercase().contains(&lower);
                    j != i && (copy || within)
                });
        let just_above = |lines: &[usize]| lines.iter().any(|&m| m > k && m - k <= 2);
        // A title stands over the byline; over a date line alone, a little less surely.
        let above_meta = if just_above(bylines) { 0.8 } else if just_above(meta_lines) { 0.5 } else { 0.0 };
        let nearness = 1.0 - (body - k) as f32 / (HEAD_REACH + 1) as f32;
        let length = match u.words() {
            1 => -0.5,
            2 => 0.0,
            3..=20 => 0.3,
            _ => 0.1,
        };
        // Headlines end without a full stop; the caption or standfirst under them ends with
        // one (and under a headline-shaped line, it is surely not the title).
        // (A headline in title case may end on one: "… Why You Shouldn’t Worry.")
        let stop = |t: &str| t.ends_with('.') && !t.ends_with("..") && !title_cased(t);
        // The line above, past a date or byline line or a credited caption between them (a
        // headline, its dateline or picture, then the deck).
        let passed = |a: usize| meta_lines.contains(&a) || TRAILING_CREDIT.is_match(&units[live[a]].text);
        let above = (lo..k).rev().take(2).find(|&a| !passed(a)).filter(|&a| i == live[k] && (a + 1..k).all(passed));
        // A headline, not a kicker or section label: it is about the opening paragraphs
        // and not set in capitals.
        let headline_above = above.map(|a| &units[live[a]]).filter(|h| {
            h.role == Role::Text && title_like(h) && !stop(&h.text) && h.words() >= 4 && shares(&h.text) >= 0.4 && h.text.chars().any(char::is_lowercase)
        });
        // A deck or caption under a headline is not the title: surely not when it ends with
        // a full stop, nor when it runs longer than the headline.
        // Past a bare time stamp, a section label reads like a headline: only a caption (a
        // full stop) is surely under one.
        let via_time = above.is_some_and(|a| a + 1 != k && time_lines.contains(&(a + 1)));
        let sentence = match (stop(&u.text), headline_above) {
            (true, Some(_)) => -2.0,
            (false, Some(_)) if via_time => 0.0,
            (true, None) => -0.6,
            (false, Some(h)) if u.words() > h.words() => -1.5,
            (false, Some(_)) => -0.5,
            _ => 0.0,
        };
        // Two sentences are a deck or a summary, not a headline ("The crisis deepens. It is up
        // to them ..."); a quotation in a headline may hold two ("‘Meth. We’re on it.’").
        let two_sentences = if SENTENCE_BREAK.is_match(&u.text) && !u.text.contains(['‘', '“', '"']) && !title_cased(&u.text) { -0.8 } else { 0.0 };
        // A teaser under a "More videos" header a few lines up, past the article's byline or
        // date line, is no headline.
        let first_meta = meta_lines.iter().map(|&m| live[m]).min().unwrap_or(usize::MAX);
        let teaser = if (i.saturating_sub(12)..i).any(|h| h > first_meta && super::chrome::related_header(&units[h].text)) { -1.0 } else { 0.0 };
        // A quotation over its attribution ("— Ann Lee, in a speech") is an epigraph or the
        // claim a fact check weighs, not the headline.
        let attributed = live.get(k + 1).is_some_and(|&n| units[n].text.starts_with(['—', '–']) && i == live[k]);
        let quotation = if attributed { -2.0 } else { 0.0 };
        let score = 2.0 * shared + if repeated { 0.6 } else { 0.0 } + above_meta + 0.6 * nearness + length + sentence + two_sentences + teaser + quotation;
        if best.is_none_or(|(s, _, _)| score >= s) {
            best = Some((score, i, k));
        }
    }
    best.map(|(_, i, k)| (i, k))
}

/// A line without its list mark.
fn unbulleted(text: &str) -> &str {
    super::BULLET.find(text).map_or(text, |m| &text[m.end()..])
}

pub(super) fn has_stop_word(text: &str) -> bool {
    text.split_whitespace().any(|w| super::phrases::STOP_WORDS.contains(&w.to_lowercase().as_str()))
        || opens_with_a_gerund(text)
}

/// "Introducing Junior Gaspard", "Remembering Ann Lee": a headline's verb before a name, no
/// part of it (a long word in -ing; given names such as "Sterling" are shorter).
fn opens_with_a_gerund(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|w| w.len() >= 9 && w.ends_with("ing"))
}

/// True for a line that only dates the article (a date with times, zones, reading time),
/// naming nobody.
pub(super) fn is_dateline(text: &str) -> bool {
    read_meta_line(text, NumericOrder::Unknown).is_some_and(|m| m.date.is_some() && m.author.is_none())
}

/// True for a byline that introduces its name ("By Ann Lee March 18 Follow @annlee"):
/// metadata, whatever site chrome it also carries.
pub(super) fn is_byline(text: &str) -> bool {
    read_meta_line(text, NumericOrder::Unknown).is_some_and(|m| m.introduced && m.author.is_some())
}

/// True for a line that is only a date, or a byline with a date.
pub(super) fn is_date_line(text: &str) -> bool {
    read_meta_line(text, NumericOrder::Unknown).is_some_and(|m| m.date.is_some())
}

/// A title line's text: a line laid out in columns, padded apart ("Counting Seals
/// [spaces] Home", a page's side column or a table's row), is its first cell.
fn title_text(u: &Unit) -> &str {
    match u.raw.as_slice() {
        [(_, raw)] => super::chrome::table_cells(raw).first().copied().unwrap_or(&u.text),
        _ => &u.text,
    }
}

/// A label and its value laid out as a table's row, padded apart: an encyclopedia's
/// infobox ("Founded   February 28, 1998", "• Dominion   26 September 1907"). No
/// title, byline or date line of the article.
fn label_row(u: &Unit) -> bool {
    match u.raw.as_slice() {
        [(_, raw)] => super::chrome::table_cells(raw).first().is_some_and(|label| unbulleted(label).split_whitespace().count() == 1),
        _ => false,
    }
}

/// A title: a short line that does not read as a sentence of body text, with letters in
/// it, no menu bullet and no date.
fn title_like(u: &Unit) -> bool {
    let text = title_text(u);
    let words = text.split_whitespace().count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let shape = words > 0 && words <= 25 && !text.ends_with(['.', ',', ';', ':'])
        || words <= 12 && text.ends_with('.') && !text.contains(". ")
        || words <= 25 && text.ends_with('.') && title_cased(text);
    shape
        && !label_row(u)
        && letters >= 3
        && letters * 2 >= text.chars().filter(|c| !c.is_whitespace()).count()
        && !text.starts_with(['*', '+', '•', '-', '|', '>', '©'])
        && !text.starts_with("o ")
        // A line wholly in brackets is an aside: a credit or a note ("(Image credit: ...)").
        && !(text.starts_with('(') && text.ends_with(')'))
        && !text.contains("://")
        // (Nor a table's row: "n │ score │ flag".)
        && !text.contains(['│', '┃', '┼', '─'])
        && !AGENCY_CREDIT.is_match(text)
        && !TRAILING_CREDIT.is_match(text)
        && !SECTION_FURNITURE.is_match(text)
        && !WIKI_TAGLINE.is_match(text)
        && !super::structure::HATNOTE.is_match(text)
        && !GALLERY_LABEL.is_match(text)
        && !super::chrome::LEADERED_ENTRY.is_match(text)
        && !text.split_whitespace().any(machine_token)
        && dates::first(text, NumericOrder::Unknown).is_none()
        && LINE_NOISE.replace_all(text, "").chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// Whether a line is set in title case, as headlines are and captions and sentences are not:
/// four words of four letters or more, every one capitalised ("Home Depot Stock Is Falling.
/// Why You Shouldn’t Worry.").
fn title_cased(text: &str) -> bool {
    let long: Vec<&str> = text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    long.len() >= 4 && long.iter().all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)) && text.chars().any(char::is_lowercase)
}

/// A caption's closing credit: "Whale expert Ivo Brand. Photograph: Tora Quist for the Gazette".
/// Or its photographer and agency: "The cabaret in Velmora Tora Quist/Reuters"; or a picture
/// library's name run into its last word: "Seals rest on the mudflats Getty Images".
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[.!?]\s+(?:photo(?:graph)?|picture|image|illustration)s?\s*(?::|by\b)\s*\S|(?-i:\p{Lu}\p{L}+)\s*/\s*(?:reuters|ap|afp|getty images|epa|bloomberg|ap photo)\s*$|(?-i:\s\p{Ll}+\s+(?:Getty Images|Shutterstock|Alamy|iStock|AP Photo))\s*$").unwrap()
});
/// A section's heading in an encyclopedia's page: "History [ edit ]".
static SECTION_FURNITURE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\[\s*edit\s*\]$").unwrap());
/// A wiki's tagline under the page's name: "From Velmorapedia, the free encyclopedia".
static WIKI_TAGLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^From (?:the )?\p{Lu}[^,]{0,40}, the free \w+(?: \w+)?$").unwrap());
/// A gallery's label over its pictures: "Gallery: Harbour seals | 14 Photos".
static GALLERY_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:gallery|slideshow)\s*:|\|\s*\d+\s+(?:photos|images|pictures|slides)\s*$").unwrap());
/// Where one sentence ends and the next begins (after a word of four letters at least, not
/// an abbreviation: "Rep. Ilhan Omar").
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Ll}{4}[.!?]\s+\p{Lu}").unwrap());

/// A news agency's credit, alone or after a name or a broadcaster: "The Associated Press",
/// "ITV, ASSOCIATED PRESS", "Detroit News wire services", "Jane Doe/Reuters".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[^.!?]{0,40}?[,/|•–—-]\s*)?(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|ap|press association|pa media|pa|bloomberg|dpa|efe|ansa|xinhua|kyodo(?: news)?|upi|getty images|ap photo)\.?$|\swire services?$").unwrap()
});

/// A web address or a long code of letters and digits mixed (a file hash, an id): no
/// words of a title.
fn machine_token(word: &str) -> bool {
    let alnum = word.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    word.starts_with("www.") || alnum >= 16 && word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// "the-october-days.txt" -> "The October Days".
fn title_from_file(source: &str) -> String {
    let stem = std::path::Path::new(source).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default()
        })
        .collect();
    if words.is_empty() { "Untitled".to_string() } else { words.join(" ") }
}

/// The person a bio line is about: a name opening the line, followed by "is", "was",
/// "covers", "joined"… and a description ("Jo Lee is a reporter…", "Jo Lee has covered
/// economics since 2012").
pub(crate) fn bio_subject(text: &str) -> Option<&str> {
    // A handle may stand between the name and the verb: "Jo Lee (@jolee) is a reporter".
    static BIO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^({NAME})(?:\s+\(@\w+\))?\s+(?:is|was|teaches|writes|works|covers|reports|joined|lives|has\s+(?:covered|written|reported|worked|been)|(?:can|may)\s+be\s+(?:reached|contacted|emailed))\s"
        ))
        .unwrap()
    });
    BIO.captures(text).and_then(|c| c.get(1)).map(|m| m.as_str())
}

/// The author's bio line: among the last text lines, one that opens with the author's name
/// (or a name) followed by "is"/"was" and a description.
pub(super) fn bio(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    for &i in live.iter().rev().take(3) {
        let u = &mut units[i];
        let Some(subject) = bio_subject(&u.text) else { continue };
        let matches_author = match &meta.author {
            Some(a) => subject == a,
            None => false,
        };
        if matches_author && u.words() <= 50 && !u.keep {
            meta.bio = Some(u.text.clone());
            remove(u, report, "metadata-bio", "the author's bio line, carried into the metadata");
            return;
        }
    }
}

/// The author named where no byline was found: by an author box ("Recent from Jo Lee",
/// "Jo Lee View More Articles", "More stories by Jo Lee") anywhere on the page, or by the
/// writer's bio line ending the text or after it ("Jo Lee is a staff writer at…"). A bio
/// line still in the text is carried into the metadata, as [`bio`] does; one that chrome
/// rules removed with the page's tail stays removed, and only the name is read from it.
///
/// A one-word name beside a date (a section's, a brand's or an agency's: "Nissan November
/// 20, 2019") gives way to the person an author box names.
pub(super) fn author_from_page(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta) {
    let one_word = meta.author.as_deref().is_some_and(|a| !a.contains(' '));
    if meta.author.is_some() && !one_word {
        return;
    }
    if let Some(name) = units.iter().find_map(|u| author_box(&u.text, units)) {
        meta.author = Some(name);
        return;
    }
    if one_word {
        return;
    }
    let Some(last_text) = units.iter().rposition(|u| u.role == Role::Text) else { return };
    let writer = |u: &Unit| {
        let subject = bio_subject(&u.text)?;
        let told = &u.text[subject.len()..];
        let writer = WRITER.is_match(told) && subject.contains(' ') && !has_stop_word(subject);
        writer.then_some(subject).or_else(|| contact_subject(&u.text)).map(str::to_string)
    };
    let Some((i, name)) = (last_text..units.len()).find_map(|i| Some((i, writer(&units[i])?))) else { return };
    let u = &mut units[i];
    if u.role == Role::Text && u.words() <= 50 && !u.keep {
        meta.bio = Some(u.text.clone());
        remove(u, report, "metadata-bio", "the author's bio line, carried into the metadata");
    }
    meta.author = Some(name);
}

/// The person a writer's bio is about: "Ann is a writer from Velmora. She studied …",
/// "Ann Lee (@annlee) is a staff writer at …".
pub(crate) fn writers_bio_subject(text: &str) -> Option<&str> {
    static GIVEN_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L}'’-]+").unwrap());
    let subject = bio_subject(text).or_else(|| GIVEN_NAME.find(text).map(|m| m.as_str()))?;
    WRITER.is_match(&text[subject.len()..]).then_some(subject)
}

/// The writer a contact line names, the last line of many columns: a name, how to reach
/// them and an e-mail address or a handle ("Jo Lee can be reached at jo@example.com").
pub(crate) fn contact_subject(text: &str) -> Option<&str> {
    let subject = bio_subject(text)?;
    let told = &text[subject.len()..];
    (CONTACT.is_match(told) && told.contains('@') && subject.contains(' ') && !has_stop_word(subject)).then_some(subject)
}

static CONTACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+(?:at|on|via|by)\s").unwrap());

/// What a writer's bio calls the writer, in its first words: "is a staff writer at",
/// "is an Ideas contributor at".
static WRITER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\(@\w+\))?\s+(?:is|was)\s+(?:\S+\s+){0,5}?(?i:writer|reporter|correspondent|editor|contributor|columnist|journalist|critic|blogger)s?\b").unwrap()
});

/// The name an author box gives: "Recent from Jo Lee", "More stories by Jo Lee", "Jo Lee
/// View More Articles". After "from" the name must open on a given name and also stand
/// alone on a line of the page (the box's heading), since "More from" also heads a site's
/// or section's teasers ("More from Tech Insider").
fn author_box(text: &str, units: &[Unit]) -> Option<String> {
    static BOX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?i:(?:recent|more|latest)\s+(?:(?:stories|articles|posts)\s+)?(by|from))\s+({PERSON})$|^({PERSON})\s+(?i:view|see)\s+(?i:more|all)\s+(?i:articles|posts|stories)$"
        ))
        .unwrap()
    });
    let c = BOX.captures(text)?;
    let (name, from) = match (c.get(2), c.get(3)) {
        (Some(name), _) => (name.as_str(), c.get(1).is_some_and(|w| w.as_str().eq_ignore_ascii_case("from"))),
        (None, Some(name)) => (name.as_str(), false),
        _ => return None,
    };
    let stands_alone = || opens_on_given_name(name) && units.iter().any(|u| u.text == name);
    (name.contains(' ') && !has_stop_word(name) && (!from || stands_alone())).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::{read_meta_line, MetaLine, NumericOrder};

    fn read(text: &str) -> Option<(Option<String>, Option<String>)> {
        read_meta_line(text, NumericOrder::Unknown).map(|MetaLine { date, author, .. }| (date, author))
    }

    fn both(date: &str, author: &str) -> Option<(Option<String>, Option<String>)> {
        Some((Some(date.to_string()), Some(author.to_string())))
    }

    #[test]
    fn bylines_in_many_shapes() {
        assert_eq!(read("By Jane Smith"), Some((None, Some("Jane Smith".into()))));
        assert_eq!(read("Words: Daniel Okafor"), Some((None, Some("Daniel Okafor".into()))));
        assert_eq!(read("Posted on 12/04/2018 by Ann Lee"), both("2018-12-04", "Ann Lee"));
        assert_eq!(read("Chris Davies - Nov 19, 2019, 10:31 pm CST"), both("2019-11-19", "Chris Davies"));
        assert_eq!(read("Jo Bloggs | 3 March 2019"), both("2019-03-03", "Jo Bloggs"));
        assert_eq!(read("Meg James, Staff Writer"), Some((None, Some("Meg James".into()))));
        // A site glued to the name by the scrape; a capital inside a surname stays.
        assert_eq!(read("By Jonathan GarberFOXBusiness"), Some((None, Some("Jonathan Garber".into()))));
        assert_eq!(read("By Ann McDonald"), Some((None, Some("Ann McDonald".into()))));
        // A headline's verb before a name: no byline.
        assert_eq!(read("Introducing Junior Gaspard, New CEO at Experience"), None);
        assert_eq!(read("Written by Ann Lee and Bo Chen"), Some((None, Some("Ann Lee and Bo Chen".into()))));
        // A co-author after a comma, whose surname is also a common word.
        assert_eq!(read("By Ann Lee , Minh Do on Monday, November 18th, 2019 at 11:08 a.m."), both("2019-11-18", "Ann Lee"));
        assert_eq!(read("Monday November 18, 2019 7:45 am PST by Joe Rossignol"), both("2019-11-18", "Joe Rossignol"));
        assert_eq!(read("By Tim Childers - Live Science Contributor 2019-11-19T12:48:00Z"), both("2019-11-19", "Tim Childers"));
        assert_eq!(read("Reuters November 18, 2019 11:03 PM"), both("2019-11-18", "Reuters"));
        assert_eq!(read("Ann Lee and Bo Chen, Associated Press"), Some((None, Some("Ann Lee and Bo Chen".into()))));
        assert_eq!(read("Updated on: November 19, 2019 / 10:07 AM / CBS News"), both("2019-11-19", "CBS News"));
        assert_eq!(read("* Nov 18, 2019 at 9:24 pm ET • 2 min read"), Some((Some("2019-11-18".into()), None)));
        assert_eq!(read("Wednesday 20 November 2019 11:42, UK"), Some((Some("2019-11-20".into()), None)));
        // A role after the name without a comma; labelled fields, addresses, phone numbers,
        // local time zones and a yearless update beside the byline.
        assert_eq!(read("Rosa K. Diaz Senior Contributor"), Some((None, Some("Rosa K. Diaz".into()))));
        assert_eq!(read("By Owen Hale | March 4, 2021 -- 09:14 GMT (09:14 GMT) | Topic: Energy"), both("2021-03-04", "Owen Hale"));
        assert_eq!(read("Analysis by Priya Nair, Washington Editor-at-large"), Some((None, Some("Priya Nair".into()))));
        assert_eq!(read("By Lena Park lpark@example.org(212) 555-0142"), Some((None, Some("Lena Park".into()))));
        assert_eq!(read("By Ray Owens | March 4, 2021 at 2:26 PM HST - Updated March 4 at 4:46 PM"), both("2021-03-04", "Ray Owens"));
        assert_eq!(read("* Mar 4, 2021 at 9:24 pm ET • 4 min read"), Some((Some("2021-03-04".into()), None)));
        // The role's affiliation after the role; parts credited in brackets; an age for a date.
        assert_eq!(read("By Tora Quist, Senior Staff Technologist, Velmora Speech, Privacy, and Technology Project"), Some((None, Some("Tora Quist".into()))));
        assert_eq!(read("by Tora Quist (reporting) and Ivo Brand (photography)"), Some((None, Some("Tora Quist".into()))));
        assert_eq!(read("Tora Quist 1 day ago"), Some((None, Some("Tora Quist".into()))));
        assert_eq!(read("Tora Quist • 8h"), Some((None, Some("Tora Quist".into()))));
        assert_eq!(read("Tora Quist"), None, "a name alone is no byline");
        assert!(super::is_byline("By Tora Quist March 18 at 12:22 PM Follow @toraquist"));
        assert_eq!(read("By Tora Quist , a deputy editor and author of the Velmora Letter. She has covered the harbour for a decade at the Gazette and other papers."), Some((None, Some("Tora Quist".into()))));
        assert_eq!(read("By the end of the year, a writer could not find work in the town."), None);
    }

    #[test]
    fn a_name_and_its_role_under_the_title_are_the_byline() {
        let text = body_text();
        let page = format!("Harbour Seals Return to the Estuary\n\nNora Quist\n\nWildlife Editor\n\nShare\n\n{text}");
        let article = cleaned(&page);
        assert_eq!(article.meta.author.as_deref(), Some("Nora Quist"));
        assert!(article.report.removed.iter().any(|r| r.text == "Wildlife Editor" && r.rule == "metadata-author"));
        // A list of one author, numbered by the scrape, over the time the page was posted.
        let page = format!("Harbour Seals Return to the Estuary\n\n1. Nora Quist\n\n1:39 PM ET\n\n{text}");
        assert_eq!(cleaned(&page).meta.author.as_deref(), Some("Nora Quist"));
    }

    #[test]
    fn a_headline_over_its_picture_and_deck_stays_the_title() {
        let text = body_text();
        let page = format!("Coastal Series\n\nHarbour Seals Return to the Estuary\n\nA seal on the mudflats. Photograph: Ivo Brand for the Gazette\n\nVolunteers along both banks wonder what brought the colony back after thirty years away\n\nby Nora Quist (reporting) and Ivo Brand (photography)\n\nCoastal Series is supported by\n\n{text}");
        let article = cleaned(&page);
        assert_eq!(article.meta.title, "Harbour Seals Return to the Estuary");
        assert_eq!(article.meta.author.as_deref(), Some("Nora Quist"));
        assert_ne!(article.meta.standfirst.as_deref(), Some("Coastal Series is supported by"));
    }

    #[test]
    fn a_name_over_the_reading_time_is_the_author() {
        let text = body_text();
        // Printed twice in the head, so set aside as a repeat.
        let page = format!("Nora Quist\n\n14 min read\n\nSign in\n\nNora Quist\n\non Mar 27 14 min\n\nHarbour Seals Return to the Estuary\n\n{text}");
        assert_eq!(author_of(&page).as_deref(), Some("Nora Quist"));
        let page = format!("Harbour Seals Return to the Estuary\n\nNora Quist\n\nFollow\n\nOct 15, 2015 · 18 min read\n\n{text}Written by\n\nNora Quist\n\nFollow\n");
        assert_eq!(author_of(&page).as_deref(), Some("Nora Quist"));
        // A section's name over the reading time names nobody.
        let page = format!("Coastal Wildlife\n\n14 min read\n\nHarbour Seals Return to the Estuary\n\n{text}");
        assert_eq!(author_of(&page), None);
    }

    #[test]
    fn a_byline_with_its_bio_and_the_date_under_a_deck_close_the_head() {
        let text = body_text();
        let page = format!("Harbour Seals Return to the Estuary\n\nThe volunteers counted twice, and the colony is back after thirty years away from here.\n\nBy Nora Quist , a deputy editor and author of the Tidewater newsletter. She has covered the coast for a decade at the Gazette.\n\nJun 7, 2023, 8:54 PM UTC |\n\n{text}");
        let article = cleaned(&page);
        assert_eq!(article.meta.author.as_deref(), Some("Nora Quist"));
        assert_eq!(article.meta.date.as_deref(), Some("2023-06-07"));
        assert!(article.blocks.iter().all(|b| !format!("{b:?}").contains("deputy editor")));
    }

    #[test]
    fn a_byline_beside_a_follow_button_is_no_chrome() {
        let text = body_text();
        let page = format!("Harbour Seals Return to the Estuary\n\nBy Nora Quist March 18 at 12:22 PM Follow @nquist\n\n{text}");
        assert_eq!(author_of(&page).as_deref(), Some("Nora Quist"));
    }

    #[test]
    fn an_aside_in_brackets_is_no_title() {
        let unit = |text: &str| super::Unit { line: 1, end: 1, text: text.to_string(), raw: vec![(1, text.to_string())], role: super::Role::Text, keep: false, chrome: false };
        assert!(!super::title_like(&unit("(Image credit: Nordic Sail Works, Inc.)")));
        assert!(super::title_like(&unit("Engineers test a folding sail (and it works)")));
        // A news agency's credit is no title either; a headline naming one is.
        assert!(!super::title_like(&unit("The Associated Press")));
        assert!(!super::title_like(&unit("ITV, ASSOCIATED PRESS")));
        assert!(!super::title_like(&unit("Detroit News wire services")));
        assert!(super::title_like(&unit("Senator attacks Bloomberg over ads")));
        assert!(super::title_like(&unit("Trump attacks Bloomberg")));
        // A caption closing on its photographer's credit.
        assert!(!super::title_like(&unit("Whale expert Ivo Brand. Photograph: Tora Quist for the Gazette")));
        assert!(!super::title_like(&unit("The cabaret in Velmora Tora Quist/Reuters")));
        assert!(!super::title_like(&unit("Seals rest on the mudflats Getty Images")));
        assert!(super::title_like(&unit("Velmora Photographers Sue Getty Images")));
        // An encyclopedia's section heading and its notes.
        assert!(!super::title_like(&unit("History [ edit ]")));
        assert!(!super::title_like(&unit("See also: Velmora place names")));
        // A gallery's label over its pictures.
        assert!(!super::title_like(&unit("Gallery: Harbour seals | 14 Photos")));
        assert!(super::title_like(&unit("The seals of the harbour in 14 photos")));
    }

    /// A scraped page, cleaned.
    fn cleaned(page: &str) -> crate::model::Article {
        crate::clean::clean(page, "page.txt", "ch01", &Default::default())
    }

    /// The author a scraped page without a byline gets.
    fn author_of(page: &str) -> Option<String> {
        cleaned(page).meta.author
    }

    const BODY: &str = "Harbour Seals Return to the Estuary\n\nThe seals came back to the estuary this spring after an absence of thirty years, counted by volunteers along both banks.\n\nVolunteers counted forty animals on the mudflats in April, twice the number seen the year before, and the trust expects more.\n\nThe trust will repeat the count every month until the autumn, when the pups are weaned and the colony disperses.\n\n";
    /// [`BODY`] without its title: the text under a head a test writes.
    fn body_text() -> &'static str {
        BODY.split_once("\n\n").map_or(BODY, |(_, text)| text)
    }

    #[test]
    fn a_writers_bio_after_the_text_names_the_author() {
        let page = format!("{BODY}Share this article\n\nNora Quist (@nquist) is a staff writer at the Coastal Gazette covering wildlife.\n\n© 2024 Coastal Gazette\n");
        assert_eq!(author_of(&page).as_deref(), Some("Nora Quist"));
        // A bio of someone who does not write: no author.
        let page = format!("{BODY}Share this article\n\nNora Quist is a marine biologist at the trust.\n");
        assert_eq!(author_of(&page), None);
    }

    #[test]
    fn a_yearless_stamp_takes_the_year_of_the_copyright_line() {
        let text = body_text();
        let date = |page: &str| crate::clean::clean(page, "page.txt", "ch01", &Default::default()).meta.date;
        let page = format!("Harbour Seals Return to the Estuary\n\nBy Nora Quist\n\nUpdated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM\n\n{text}© 2024 Coastal Gazette. All rights reserved.\n");
        assert_eq!(date(&page).as_deref(), Some("2024-11-18"), "the posting, not the update");
        let page = format!("Harbour Seals Return to the Estuary\n\nBy Nora Quist\n\nNov 18\n\n{text}");
        assert_eq!(date(&page), None, "no year on the page: no date");
    }

    #[test]
    fn a_page_laid_out_in_columns_and_an_infobox_give_no_false_head() {
        let text = body_text();
        // A side column printed beside the headline: the headline is its first cell.
        let page = format!("Home\n\nHarbour Seals Return to the Estuary                              Velmora on Facebook\n\nBy Nora Quist\n\n{text}");
        assert_eq!(cleaned(&page).meta.title, "Harbour Seals Return to the Estuary");
        // An encyclopedia's page: a wiki's tagline, a skip link and an infobox's rows (a label
        // and its value padded apart) are no title, byline or date.
        let infobox = "Founded        February 28, 1998\n\nFounder        Tora Quist\n\n• Dominion      26 September 1907\n\nHeadquarters   Velmora\n\n";
        let page = format!("Velmora Trust\n\nFrom Velmorapedia, the free encyclopedia\n\nJump to: navigation, search\n\n{infobox}{text}");
        let article = cleaned(&page);
        assert_eq!((article.meta.author, article.meta.date), (None, None));
        assert_eq!(article.meta.title, "Velmora Trust");
        // (Where the page's name is lost, neither stands for it.)
        for furniture in ["From Velmorapedia, the free encyclopedia", "Jump to: navigation, search"] {
            let page = format!("{furniture}\n\n{infobox}{text}");
            assert_ne!(cleaned(&page).meta.title, furniture);
        }
    }

    #[test]
    fn a_headline_in_title_case_may_end_on_a_full_stop() {
        let text = body_text();
        let page = format!("Please update your browser.\n\nCHROME SAFARI FIREFOX\n\nHarbour Seals Return to the Estuary. Why the Volunteers Counted Twice.\n\nBy Nora Quist\n\n{text}");
        let article = cleaned(&page);
        assert_eq!(article.meta.title, "Harbour Seals Return to the Estuary. Why the Volunteers Counted Twice.");
        // A caption in sentence case is no headline.
        let page = format!("Seal Watch\n\nThe seals rest on the mudflats at low tide. Photo by the trust.\n\n{text}");
        let article = cleaned(&page);
        assert_eq!(article.meta.title, "Seal Watch");
    }

    #[test]
    fn a_title_set_over_two_lines_is_read_whole() {
        let title = |page: &str| crate::clean::clean(page, "page.txt", "ch01", &Default::default()).meta.title;
        // The second line is the title-like one under a journal's name; the first goes on.
        let text = body_text();
        let page = format!("Coastal Ecology Letters 2021\n\nHarbour Seal Counts from Low-Tide Drone Surveys with Volunteer\nValidation in the Estuary\nNora Quist, Minh Do\n\n{text}");
        assert_eq!(title(&page), "Harbour Seal Counts from Low-Tide Drone Surveys with Volunteer Validation in the Estuary");
        // A line of its own above the title (a section's label) stays apart.
        let page = format!("Wildlife and Nature:\nSeals Return to the Estuary\n\n{text}");
        assert_eq!(title(&page), "Seals Return to the Estuary");
    }

    #[test]
    fn a_contact_line_ending_a_column_names_the_author() {
        let page = format!("{BODY}Nora Quist can be reached at nquist@example.com.\n");
        assert_eq!(author_of(&page).as_deref(), Some("Nora Quist"));
        // Without an address or a handle, it may be anyone's line.
        let page = format!("{BODY}Nora Quist can be reached at the trust's office.\n");
        assert_eq!(author_of(&page), None);
    }

    #[test]
    fn an_author_box_names_the_author() {
        assert_eq!(author_of(&format!("{BODY}Tomas Ekberg View More Articles\n")).as_deref(), Some("Tomas Ekberg"));
        assert_eq!(author_of(&format!("Recent from Tomas Ekberg\n\nTomas Ekberg\n\n{BODY}")).as_deref(), Some("Tomas Ekberg"));
        // "More from" a site or section names nobody.
        assert_eq!(author_of(&format!("{BODY}More from Coastal Insider\n\nCoastal Insider\n")), None);
        // A brand's name beside the date gives way to the box's person.
        let page = BODY.replacen("\n\n", "\n\nTomas Ekberg View More Articles\n\nVelmora March 4, 2024 13:42\n\n", 1);
        assert_eq!(author_of(&page).as_deref(), Some("Tomas Ekberg"));
    }

    #[test]
    fn a_question_over_its_byline_is_the_title_and_a_quotation_over_its_attribution_is_not() {
        let page = format!("“Seals have left this estuary for good.”\n\n— A harbour official, in a letter to the council\n\nDid the seals really leave the estuary?\n\nBy Nora Quist, Minh Do on Monday, March 4th, 2024 at 9:10 a.m.\n\n{BODY}");
        let article = cleaned(&page);
        assert_eq!(article.meta.title, "Did the seals really leave the estuary?");
        assert_eq!(article.meta.author.as_deref(), Some("Nora Quist"));
        assert_eq!(article.meta.date.as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn truncated_teasers_over_the_headline_are_no_body() {
        let teasers = "* Ferry strike ends after a week WELLINGTON: The ferry crews went back to work on Monday after the union and the operator agreed on a new roster for the summer, the union said in a statement that...\n\n* Rain closes the mountain road again CHRISTCHURCH: The mountain road was closed for the third time this month after heavy rain brought down rocks and mud onto the road near the pass, which...\n\n";
        let page = format!("Sponsored Advert\n\n{teasers}Harbour Seals Return to the Estuary\n\n{}", BODY.split_once("\n\n").map_or("", |(_, rest)| rest));
        let article = cleaned(&page);
        assert_eq!(article.meta.title, "Harbour Seals Return to the Estuary");
    }

    #[test]
    fn an_appeal_names_the_publication_but_not_its_own_mailing_list() {
        let publication = |appeal: &str| crate::clean::clean(&format!("{BODY}{appeal}\n"), "page.txt", "ch01", &Default::default()).meta.publication;
        assert_eq!(publication("Subscribe to The Coastal Gazette").as_deref(), Some("The Coastal Gazette"));
        assert_eq!(publication("Subscribe To Our Mailing List"), None);
        assert_eq!(publication("Subscribe to the Coastal Newsletter"), None);
    }

    #[test]
    fn dated_teasers_between_the_head_and_the_text_are_not_its_head() {
        let head = "Seals Come Back to the Harbour Estuary\n\nWildlife March 4, 2024 09:10\n\n";
        let teasers = "MORE STORIES LIKE THIS ONE\n\nOtters return to the river mouth\n\nMay 2, 2019\n\nThe lighthouse keeper's last winter\n\nJune 5, 2017\n\n";
        let body = BODY.split_once("\n\n").map_or("", |(_, rest)| rest);
        let article = crate::clean::clean(&format!("{head}{teasers}{body}"), "page.txt", "ch01", &Default::default());
        assert_eq!(article.meta.title, "Seals Come Back to the Harbour Estuary");
        assert_eq!(article.meta.date.as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn a_question_headline_is_no_byline() {
        assert_eq!(read("Why Ada Brook, MD, Walks Every Day"), None);
    }

    #[test]
    fn other_lines_are_not_bylines() {
        assert_eq!(read("By the way, it rained"), None);
        assert_eq!(read("Columnists"), None);
        assert_eq!(read("By the autumn the committees had formed a council"), None);
        assert_eq!(read("21:17 18.11.2019 Get short URL"), None);
        assert_eq!(read("The Russian Revolution"), None);
        // A photographer's credit under a picture.
        assert_eq!(read("Al Goldis, Associated Press"), None);
        // "for" is no role here: a headline, not a name and a role.
        assert_eq!(read("Quick Pickled Winter Radishes for the Holidays"), None);
        assert_eq!(read("Made-for-TV Drama Keeps Viewers Guessing"), None);
    }
}
