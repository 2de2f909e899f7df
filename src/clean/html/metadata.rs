//! Choosing the article's metadata from the markup's evidence.
//!
//! Takes the [`Evidence`] a page declares; returns the [`ArticleMeta`] fields (title,
//! authors, ISO date, publication, standfirst, language, canonical URL). The body's own
//! `<h1>` and byline are cross-checks: a declared title that agrees with the `<h1>` wins, and
//! a visible byline stands in when no markup names the author.

use std::sync::LazyLock;

use regex::Regex;

use super::markup::{squash, Evidence};
use crate::model::ArticleMeta;
use crate::apparatus::index::is_non_person;

/// More words than a standfirst has (a deck is a sentence or two): a longer description is
/// the article's opening paragraph, or all of its text, copied whole.
const STANDFIRST_WORDS: usize = 60;

/// The metadata chosen from the evidence.
pub fn choose(ev: &Evidence) -> ArticleMeta {
    let publication = publication(ev);
    let title = title(ev, publication.as_deref()).unwrap_or_default();
    ArticleMeta {
        standfirst: ev.descriptions.first().filter(|d| deck_shaped(d, &title, ev)).cloned(),
        title,
        author: author(ev, publication.as_deref()),
        date: declared_date(ev),
        publication,
        url: ev.urls.iter().find(|u| u.starts_with("http")).cloned(),
        language: ev.languages.first().cloned(),
        ..Default::default()
    }
}

/// The publication: of several site names declared, one the page's title
/// or its address confirms ("Reuters" over the edition's "U.S." that its Open Graph tag
/// gives), unless it only shortens the first ("WSJ", "detroitnews" for "The Detroit News").
fn publication(ev: &Evidence) -> Option<String> {
    // A site name is no headline: a page that names its application after the article
    // ("application-name" = the title) still names its site elsewhere ("og:site_name"). The
    // headline is the first declared title or the `<title>`: a web page's own name further
    // down the list may be the site's ("KRON4" as its JSON-LD `WebPage` name).
    let headline = |s: &str| {
        let same = |t: &String| t.eq_ignore_ascii_case(s);
        ev.titles.first().into_iter().chain(&ev.page_title).any(same) || s.split_whitespace().count() > 8
    };
    let sites: Vec<&String> = ev.sites.iter().filter(|s| !headline(s)).collect();
    let page_title = ev.page_title.as_deref().unwrap_or_default();
    let hosts: Vec<String> = ev.urls.iter().flat_map(|u| host_names(u)).collect();
    let pieces = title_pieces(page_title);
    let confirmed = |s: &&&String| hosts.contains(&letters(s)) || pieces.iter().any(|p| fold(p) == fold(s));
    let shortens = |short: &str, long: &str| {
        let words: Vec<&str> = long.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("the")).collect();
        let initials = letters(&words.iter().filter_map(|w| w.chars().next()).collect::<String>());
        // (An address is its name: "bcbs.com".)
        let short = letters(short.rsplit_once('.').filter(|(_, tld)| tld.chars().all(char::is_alphabetic)).map_or(short, |(name, _)| name));
        short == initials || short.len() >= 3 && initials.starts_with(&short) || short == letters(&words.concat())
    };
    let site = match (sites.first(), sites.iter().find(confirmed)) {
        (Some(first), Some(other)) if !shortens(other, first) => Some(other.to_string()),
        (first, _) => first.map(|s| s.to_string()),
    };
    // None confirmed: the title's piece its address names ("… - Reuters" on reuters.com),
    // unless the declared name holds it and more ("Soliant Health"), a tagline apart ("Ana
    // Lima - SEO Consultant"), or spells it out ("Blue Cross Blue Shield Association").
    let titled = pieces.iter().copied().find(|p| hosts.contains(&letters(p)));
    let holds = |name: &str, piece: &str| format!(" {} ", fold(name)).contains(&format!(" {} ", fold(piece)));
    let site = match (site, titled) {
        (Some(s), Some(t)) if !confirmed(&&&s) && !shortens(t, &s) && (!holds(&s, t) || SITE_SEPARATOR.is_match(&s)) => Some(t.to_string()),
        // None declared but a name and its motto, as long as a headline ("Ledger - Art,
        // Design, DIY, Fashion and Beauty !"): the title's piece the address names, less the
        // marks before it ("… | | ✂ Ledger®").
        (None, Some(t)) => Some(t.trim_start_matches(|c: char| !c.is_alphanumeric()).to_string()),
        // None declared and no piece spelling the address: a short last piece whose first
        // word opens it ("… - Ledger International" on ledgernews.com).
        (None, None) => pieces.last().filter(|p| opens_host(p, &hosts)).map(|p| p.to_string()),
        (site, _) => site,
    };
    site.map(|s| site_name(&s, ev))
}

/// Whether a title's piece of a few words opens on a word of four letters or more that opens
/// the page's host ("Ledger International" on ledgernews.com).
fn opens_host(piece: &str, hosts: &[String]) -> bool {
    let first = piece.split_whitespace().next().map(letters).unwrap_or_default();
    piece.split_whitespace().count() <= 4 && first.len() >= 4 && hosts.iter().any(|h| h.starts_with(&first))
}

/// A site declared by its social handle ("Grazia_Live", "@ledger_news", "miamiherald") is
/// named as the page's title names it, when the title's last piece opens on the handle's
/// first word ("Lady Gaga's selfies | Beauty | Grazia Daily") or is the handle's letters
/// spaced ("… | Miami Herald").
fn site_name(site: &str, ev: &Evidence) -> String {
    let run_together = site.chars().all(|c| c.is_lowercase() || c.is_ascii_digit());
    let handle = !site.contains(char::is_whitespace) && (site.contains('_') || site.starts_with('@') || run_together);
    let first = site.trim_start_matches('@').split('_').next().unwrap_or_default().to_lowercase();
    let spaced = |piece: &str| piece.contains(' ') && piece.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).eq(site.chars());
    let opens = |piece: &str| !run_together && piece.split_whitespace().next().is_some_and(|w| w.to_lowercase() == first);
    let named = |piece: &&str| piece.split_whitespace().count() <= 4 && (opens(piece) || run_together && spaced(piece));
    let piece = ev.page_title.iter().filter_map(|t| SITE_SEPARATOR.split(t).skip(1).last()).map(str::trim).find(named);
    match piece {
        Some(name) if handle && !first.is_empty() => name.to_string(),
        _ => site.to_string(),
    }
}

/// Whether a description is the site's motto, which the page prints or declares as the site's.
fn motto(description: &str, ev: &Evidence) -> bool {
    let words = super::audit::words;
    ev.taglines.iter().any(|t| words(t) == words(description)) || SELF_DESCRIPTION.is_match(description.trim())
}

/// A site describing itself, the description a blog's or a magazine's every page declares:
/// its topics listed ("A blog about lifestyle, travel, food, and tech"), or a welcome. (A
/// sentence about a blog has no list: "A blog about a dying town became a bestseller.")
static SELF_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,3}(?:blog|website|site|magazine|webzine|podcast|newsletter|portal|community|journal)\s+(?:about|for|on|of|dedicated\s+to|covering)\s+[^.!?]*(?:,|\band\b|&)[^.!?]*|welcome to\b[^.!?]{0,80})[.!]?$").unwrap()
});

/// Whether a description can be the article's standfirst: a sentence or two, no list of
/// search keywords, not the site's motto.
pub(super) fn deck_shaped(description: &str, title: &str, ev: &Evidence) -> bool {
    // (A description that is the headline again, "How to Choose a Tool" under "How to
    // Choose a Tool", says nothing more.)
    let headline = fold(description) == fold(title);
    description.split_whitespace().count() <= STANDFIRST_WORDS && !headline && !keywords(description, title) && !motto(description, ev) && !templated(description, title, ev)
}

/// Whether a description is the site's template filled with the headline ("Watch {title}
/// Video Online, on Ledger.com"): the whole title, the site's address and a few words more.
fn templated(description: &str, title: &str, ev: &Evidence) -> bool {
    let words = |t: &str| format!(" {} ", super::audit::words(t).join(" "));
    let letters: String = description.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect();
    let names_site = ev.urls.iter().flat_map(|u| host_names(u)).any(|h| h.len() >= 5 && letters.contains(&h));
    let more = super::audit::words(description).len().saturating_sub(super::audit::words(title).len());
    // (The whole `<title>`, the site's motto after the headline, is one such template.)
    let page_title = ev.page_title.as_deref().is_some_and(|t| words(t) == words(description));
    !title.trim().is_empty() && (more <= TEMPLATE_WORDS || page_title) && words(description).contains(&words(title)) && names_site
}

/// More words than a site's template adds to a headline.
const TEMPLATE_WORDS: usize = 8;

/// Whether a description is the headline and a list of search keywords, no standfirst
/// ("Woman held, police say | perris, police, exchange, gunfire, father"): past the title,
/// five or more comma-separated items of one or two words, mostly in lower case.
fn keywords(description: &str, title: &str) -> bool {
    let rest = description.strip_prefix(title).map_or(description, |r| r.trim_start_matches(|c: char| c.is_whitespace() || "|-–—:".contains(c)));
    let items: Vec<&str> = rest.split(',').map(str::trim).collect();
    let short = items.iter().filter(|i| (1..=2).contains(&i.split_whitespace().count())).count();
    let lower = items.iter().filter(|i| i.starts_with(char::is_lowercase)).count();
    items.len() >= 5 && short == items.len() && 2 * lower > items.len()
}

/// The title. The page offers several candidates (declared titles, the `<h1>`s of the
/// article and of its menus, the `<title>`). The first declared title wins, or the `<h1>`
/// it labels ("Opinion | Rivers rise" shown as "Rivers rise"), unless nothing confirms it and the page shows why: a
/// shorter declared title inside it that `<title>` confirms ("Local News | Rivers rise" is
/// "Rivers rise" with its section label), or, for a label of two words or fewer ("Sections",
/// "Pressemitteilungen"), an `<h1>` that `<title>` confirms. With nothing declared, the `<h1>`
/// that `<title>` confirms (menus have `<h1>`s too), else the first, else `<title>`; site
/// names taken off.
fn title(ev: &Evidence, site: Option<&str>) -> Option<String> {
    let declared: Vec<String> = ev.titles.iter().map(|t| strip_site(t, site, ev)).filter(|t| !t.is_empty()).collect();
    let page_title = ev.page_title.as_deref().unwrap_or_default();
    // A logo's `<h1>` repeats the site's piece of `<title>`: the article's is the longest.
    let h1_confirmed_by_page = || {
        let confirms = |h: &&String| in_page_title(h, page_title) && (h.split_whitespace().count() > 2 || fold(h) == fold(page_title));
        ev.h1s.iter().filter(confirms).max_by_key(|h| h.len())
    };
    let chosen = match declared.first() {
        Some(first) => {
            // Same words shouted in capitals by the page's style are the declared title's.
            let shouted = |h: &str| !h.chars().any(char::is_lowercase) && first.chars().any(char::is_lowercase);
            if let Some(h1) = ev.h1s.iter().find(|h| headline_within(h, first) && !shouted(h)) {
                Some(h1)
            } else if in_page_title(first, page_title) {
                Some(first)
            } else {
                let unlabelled = declared[1..]
                    .iter()
                    .find(|d| d.len() < first.len() && fold(first).contains(&fold(d)) && in_page_title(d, page_title));
                let label = || (first.split_whitespace().count() <= 2).then(h1_confirmed_by_page).flatten();
                // Declared titles that disagree: the one the page shows wins ("Wikimedia list
                // article" is a headline field's description; the name is on the page).
                let shown = || declared[1..].iter().find(|d| in_page_title(d, page_title) || ev.h1s.iter().any(|h| headline_within(h, d)));
                unlabelled.or_else(label).or_else(shown).or(Some(first))
            }
        }
        None => h1_confirmed_by_page().or(ev.h1s.first()),
    };
    let page_headline = ev.page_title.as_ref().map(|t| strip_site(t, site, ev));
    // A section's label set as the only `<h1>` ("Allergies Health Center") is no headline
    // when `<title>` gives one that shares none of its words: the page's title is the article's.
    let chosen = match (declared.is_empty(), chosen, &page_headline) {
        (true, Some(h1), Some(headline)) if section_label(h1, headline) => None,
        (_, chosen, _) => chosen,
    };
    let chosen = chosen.cloned().or(page_headline).map(|t| shown_piece(&t, ev).or_else(|| shown_before_trail(&t, site, ev)).unwrap_or(t));
    // Soft hyphens break a word in the page's column, not on a title page.
    chosen.map(|t| t.replace('\u{ad}', "")).filter(|t| !t.is_empty())
}

/// A title's head that a heading of the page shows, where the rest is a trail of sections
/// ending on the site's name ("How to Pack for Three Days: The Velmora Eye: Velmora on
/// Style: Velmora", a trail joined by colons that [`SITE_SEPARATOR`] does not cut).
fn shown_before_trail(title: &str, site: Option<&str>, ev: &Evidence) -> Option<String> {
    let site = fold(site?);
    let trail = |rest: &str| rest.starts_with([':', '|', '-', '–', '—', '»']) && !site.is_empty() && fold(rest).ends_with(&format!(" {site}"));
    let heads = ev.h1s.iter().chain(&ev.subheads).filter(|h| h.split_whitespace().count() >= SHOWN_PIECE_WORDS);
    let head = heads.filter(|h| title.get(..h.len()).is_some_and(|t| fold(t) == fold(h)) && trail(title[h.len()..].trim_start())).max_by_key(|h| h.len())?;
    Some(title[..head.len()].to_string())
}

/// The fewest words of a title's piece that a heading on the page shows for it to be read
/// as the headline (fewer are a site's or a section's name as often).
const SHOWN_PIECE_WORDS: usize = 3;

/// The piece of a title still cut by separators that a heading of the page shows whole
/// (`<h4>Velmora Harbour Reopens</h4>` under "Velmora Harbour Reopens | Velmora, Ostland |
/// Ostland Local News"): the headline, the other pieces being the site's and its sections'
/// names, which the markup did not declare. It must be the title's longest piece, of three
/// words or more: a site's name, which its header shows too, is shorter than a headline.
fn shown_piece(title: &str, ev: &Evidence) -> Option<String> {
    let longest = title_pieces(title).into_iter().max_by_key(|p| p.chars().count())?;
    let shown = longest.split_whitespace().count() >= SHOWN_PIECE_WORDS && ev.h1s.iter().chain(&ev.subheads).any(|h| fold(h) == fold(longest));
    shown.then(|| longest.to_string())
}

/// Whether an `<h1>` of three words or fewer is a label beside `headline`, a sentence-long
/// title in one piece (six words or more, no separator: not "Section - Site") that shares
/// none of its words of four letters or more, nor a part of a compound ("Geschichte" in
/// "Chorgeschichte").
fn section_label(h1: &str, headline: &str) -> bool {
    let words = |s: &str| spaced_words(s).split(' ').map(str::to_string).collect::<Vec<_>>();
    let (label, title) = (words(h1), words(headline));
    let compound = |long: &str, head: &str| head.len() >= 4 && long.len() >= head.len() + 3 && long.ends_with(head);
    let shared = |w: &String| title.iter().any(|t| t == w || compound(t, w) || compound(w, t));
    let content = |w: &&String| w.chars().count() >= 4;
    label.len() <= 3 && title.len() >= 6 && !SITE_SEPARATOR.is_match(headline) && !label.iter().filter(content).any(shared)
}

/// Whether `h1` is the headline a declared title shows, perhaps dressed with a label or
/// the site's name ("Rivers rise" in "Opinion | Rivers rise"): the same words, a whole
/// piece of it between separators, or three words or half of it. A word of a label is
/// none ("Opinion" in "… | AOC media - Analyse Opinion Critique"); nor is an `<h1>` whose
/// spans ran together ("Die Zukunft der Arbeit\"Wir …" for "… Arbeit - \"Wir …"): words
/// are compared as the page spaces them.
fn headline_within(h1: &str, declared: &str) -> bool {
    let (h, d) = (spaced_words(h1), spaced_words(declared));
    let piece = || SITE_SEPARATOR.split(declared).any(|p| spaced_words(p) == h);
    let part = || format!(" {d} ").contains(&format!(" {h} ")) && (h.split(' ').count() >= 3 || 2 * h.len() >= d.len());
    !h.is_empty() && (h == d || piece() || part())
}

/// The words of a title as written between spaces, lowercased, punctuation dropped
/// ("Grab-Bote's" is "grabbotes").
fn spaced_words(s: &str) -> String {
    let words = s.split_whitespace().map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>());
    words.filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Whether `<title>` says `candidate`: the whole of it, one of its pieces between site
/// separators, or (three words or more) a part of it; a short one must be a whole piece ("Menu" is no part of "Menu planning").
fn in_page_title(candidate: &str, page_title: &str) -> bool {
    let whole = |piece: &str| fold(piece) == fold(candidate);
    whole(page_title)
        || SITE_SEPARATOR.split(page_title).any(whole)
        || (candidate.split_whitespace().count() > 2 && fold(page_title).contains(&fold(candidate)))
}

/// Separators between a title and the site's name ("Title | Site", "Title - Site", a
/// forum's "Topic / Board / Site").
static SITE_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[|\-–—·•:»/]\s+").unwrap());

/// The pieces a page's `<title>` is cut into by its separators ("Sports Items | Boston
/// Herald"); none when it is one piece.
pub(super) fn title_pieces(page_title: &str) -> Vec<&str> {
    let pieces: Vec<&str> = SITE_SEPARATOR.split(page_title).map(str::trim).collect();
    if pieces.len() < 2 { Vec::new() } else { pieces }
}

/// Takes a site name off either end of a title, when the markup gives evidence that the
/// piece is the site: it matches the declared site name, or `<title>` and a declared title
/// share it while the other parts differ.
fn strip_site(title: &str, site: Option<&str>, ev: &Evidence) -> String {
    let parts: Vec<&str> = SITE_SEPARATOR.split(title).collect();
    if parts.len() < 2 {
        return title.to_string();
    }
    let is_site = |piece: &str| {
        let p = fold(piece);
        site.is_some_and(|s| !p.is_empty() && (fold(s) == p || fold(s).replace(' ', "") == p.replace(' ', "")))
            || ev.urls.iter().any(|u| host_names(u).contains(&p.replace(' ', "")))
            || (p.split(' ').count() <= 2 && ev.urls.iter().any(|u| sections(u).contains(&p)))
    };
    let seps: Vec<&str> = SITE_SEPARATOR.find_iter(title).map(|m| m.as_str()).collect();
    let (mut start, mut end) = (0, parts.len());
    while end - start > 1 && is_site(parts[end - 1]) {
        end -= 1;
    }
    while end - start > 1 && is_site(parts[start]) {
        start += 1;
    }
    let mut out = parts[start].to_string();
    for i in start + 1..end {
        out.push_str(seps[i - 1]);
        out.push_str(parts[i]);
    }
    out
}

/// A name's letters and digits alone, lowercased ("The Velmora-Post.com" → "thevelmorapostcom"):
/// how a site's name, its host and its handle are compared.
pub(super) fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

/// A URL's host without `www.`, with and without its top-level domain, letters only
/// (`["nytimescom", "nytimes"]`).
pub(super) fn host_names(url: &str) -> Vec<String> {
    let Some(host) = url.split("://").nth(1).and_then(|r| r.split('/').next()) else { return Vec::new() };
    let host = host.strip_prefix("www.").unwrap_or(host);
    let name = host.rsplit_once('.').map(|(n, _)| n).unwrap_or(host);
    vec![letters(host), letters(name)]
}

/// Whether a short label names a section the page's address files it under ("Politics" on
/// a page at /news/politics/…).
pub(super) fn names_a_section(label: &str, url: &str) -> bool {
    let label = fold(label);
    // (In any order: "PMN Health" at /pmn/health-pmn/.)
    fn words(s: &str) -> std::collections::BTreeSet<&str> {
        s.split(' ').collect()
    }
    !label.is_empty() && label.split(' ').count() <= 2 && sections(url).iter().any(|s| words(s) == words(&label))
}

/// The sections a URL files its page under, folded: every path segment but the last (the
/// page's own slug), "/district/343604" giving "district".
fn sections(url: &str) -> Vec<String> {
    let Some(path) = url.split("://").nth(1).and_then(|r| r.split_once('/')).map(|(_, p)| p) else { return Vec::new() };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments[..segments.len().saturating_sub(1)].iter().map(|s| fold(s)).collect()
}

/// Case- and punctuation-folded words, for comparing titles.
fn fold(s: &str) -> String {
    let letters: String = s.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    squash(&letters)
}

/// The date a page only shows (see [`Evidence::shown_dates`]): the first such line with a
/// day in it, numeric dates read in the order the page's other lines settle.
fn shown_date(ev: &Evidence) -> Option<String> {
    first_day(&ev.shown_dates)
}

/// The article's date: the markup's, else the one its URL files it under, else the one the
/// page shows. A declared date a year or more before the month the URL files the page under
/// is a template's stale date (the blog's first day): the date the page shows in the URL's
/// month is the article's.
fn declared_date(ev: &Evidence) -> Option<String> {
    let declared = ev.dates.iter().find_map(|d| iso_date(d));
    let filed = ev.urls.iter().find_map(|u| URL_MONTH.captures(u).map(|c| format!("{}-{:0>2}", &c[1], &c[2])));
    let months = |iso: &str| iso.get(..4).and_then(|y| y.parse::<i32>().ok()).zip(iso.get(5..7).and_then(|m| m.parse::<i32>().ok())).map(|(y, m)| 12 * y + m);
    if let (Some(date), Some(month)) = (&declared, &filed) {
        // (A year or more: a magazine files its story under the issue's date, weeks after
        // the story went online.)
        if months(date).zip(months(month)).is_some_and(|(d, f)| f - d >= STALE_MONTHS) {
            if let Some(shown) = shown_date(ev).filter(|s| s.starts_with(month.as_str())) {
                return Some(shown);
            }
        }
    }
    let declared = declared.map(|d| local_day(ev, d));
    let filed = || ev.urls.iter().chain(&ev.permalink).find_map(|u| url_date(u));
    declared.or_else(filed).or_else(|| shown_date(ev))
}

/// A time stamp in universal time ("2023-11-09T01:09:55Z", "…+00:00", "… GMT").
static UTC_STAMP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:z|[+-]00:?00|utc|gmt)\s*$").unwrap());

/// The declared day as the page's own clock tells it. A time stamp in universal time gives
/// the day at Greenwich: an evening story in Denver is filed the next day there, a story
/// just after midnight in Vienna the day before. Where the page also gives its day in its
/// own zone, a day from the universal one, that day is the article's: the same moment
/// declared again, zoned otherwise or unzoned (the minutes and seconds agree), or the day
/// its URL files it under, where the hour is near enough midnight for a zone to cross it
/// (a story filed the day before its morning publication keeps its day).
fn local_day(ev: &Evidence, declared: String) -> String {
    let Some(stamp) = ev.dates.iter().find(|d| iso_date(d).is_some()).filter(|d| UTC_STAMP.is_match(d.trim())) else {
        return declared;
    };
    let clock = |raw: &str| CLOCK.captures(raw).map(|c| (c[1].parse::<u32>().unwrap_or(0), c[2].to_string()));
    let Some((hour, minutes)) = clock(stamp) else { return declared };
    let same_moment = ev.dates.iter().filter(|d| !UTC_STAMP.is_match(d.trim()) && clock(d).is_some_and(|(_, m)| m == minutes));
    let offset = |d: &String| day_number(d).zip(day_number(&declared)).map(|(a, b)| a - b);
    let crossable = |d: &String| match offset(d) {
        Some(-1) => hour < ZONE_HOURS,
        Some(1) => hour >= 24 - ZONE_HOURS,
        _ => false,
    };
    let filed = ev.urls.iter().filter_map(|u| url_date(u)).filter(crossable);
    same_moment.filter_map(|d| iso_date(d)).filter(|d| offset(d).is_some_and(|o| o.abs() == 1)).chain(filed).next().unwrap_or(declared)
}

/// How many hours from universal time the zones of most of the world's press lie.
const ZONE_HOURS: u32 = 10;

/// A time of day: its hour, and its minutes and seconds ("T01:09:55" → 1, "09:55"), these
/// the same in every zone of whole hours.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[T ](\d\d):(\d\d(?::\d\d)?)").unwrap());

/// An ISO day's number counted from 1 March of year 0 (days in whole months and years), for
/// telling how many days lie between two days.
pub(super) fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Years start in March, so that the leap day closes one.
    let (y, m) = if m < 3 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d)
}

/// How many months before the URL's month a declared date is a stale one.
const STALE_MONTHS: i32 = 12;

/// A URL's path filing the page under a year and a month ("/2014/05/").
static URL_MONTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/").unwrap());

/// The date of the revision a page shows ("Updated: Dec 15, 2016"): the last resort for
/// the article's date, when neither the markup nor the top of the body dates it.
pub fn revision_date(ev: &Evidence) -> Option<String> {
    first_day(&ev.revision_dates)
}

/// The first of `lines` with a whole day in it, numeric dates read in the order the
/// lines settle.
fn first_day(lines: &[String]) -> Option<String> {
    use super::super::dates::{first, NumericOrder};
    let order = NumericOrder::of_page(lines.iter().map(String::as_str));
    lines.iter().filter_map(|t| first(t, order)).find(|d| d.len() == 10)
}

/// The author(s): the first source that names a person, bylines after the markup's, a
/// template's unshown name last; when none does, the organisation the markup credits (the
/// site itself: "BBC News", an agency's desk), else the person the copyright notice names.
fn author(ev: &Evidence, site: Option<&str>) -> Option<String> {
    let bylines = ev.bylines.iter().map(|b| vec![b.clone()]);
    let sources = ev.authors.iter().cloned().chain(bylines).chain(std::iter::once(ev.unshown_authors.clone()));
    let (mut organisation, mut handle) = (None, None);
    // With no site declared, the `<title>`'s last piece may name it ("… - The Ledger").
    let titled_site = ev.page_title.as_deref().and_then(|t| title_pieces(t).last().copied());
    for names in sources {
        // The site's credits ("content: Ledger, design: Ana Lima, code: Bo Ek") name no writer.
        if names.iter().map(|n| CREDITED_ROLE.find_iter(n).count()).sum::<usize>() >= 2 {
            continue;
        }
        // An organisation's name is judged before it is read as a person's ("Bund der
        // Energieverbraucher e.V." has the lowercase words no person's name has).
        let (mut the_site, mut people) = (Vec::new(), Vec::new());
        for raw in &names {
            let raw = &without_site(raw, site.or(titled_site));
            let plain = squash(&without_by(&squash(raw)));
            let name = person(raw);
            if is_organisation(&plain, site, ev) || name.as_deref().is_some_and(|n| is_organisation(n, site, ev)) {
                let short = ROLE.replace(&plain, "").trim().to_string();
                the_site.extend(name.or(Some(short)).filter(|n| !n.is_empty()));
            } else {
                people.extend(name);
            }
        }
        let names = people;
        if organisation.is_none() {
            organisation = the_site.into_iter().next();
        }
        let mut unique: Vec<String> = Vec::new();
        for n in names {
            if !unique.iter().any(|u| fold(u) == fold(&n)) {
                unique.push(n);
            }
        }
        // A user name ("mikecason", "TodayShow") gives way to a later source's full name.
        // A given name alone ("Todd") gives way to the full name a byline shows ("Todd Bates").
        if let [name] = unique.as_slice() {
            if let Some(full) = (!name.contains(' ')).then(|| fuller_byline(ev, name)).flatten() {
                return Some(full);
            }
        }
        match unique.as_slice() {
            [] => {}
            [name] if user_name(name) => handle = handle.or_else(|| Some(name.clone())),
            [name] if handle.is_some() && !full_name(name) => {}
            _ => return Some(join_names(&unique)),
        }
    }
    // A person's name in the site's own copyright notice ("© Ana Lima"): on a personal
    // site, the writer, when neither a person nor the site is credited.
    let holder = || {
        // A given name first, no institution's noun after it ("Lee Enterprises", "Florida
        // Atlantic University" hold firms' and schools' notices).
        let institution = |h: &str| h.split_whitespace().any(|w| is_non_person(&w.to_lowercase()));
        let named = |h: &&String| full_name(h) && h.split_whitespace().count() <= HOLDER_WORDS && crate::clean::metadata::opens_on_given_name(h) && !institution(h) && !is_organisation(h, site, ev);
        ev.rights_holders.iter().filter(named).find_map(|h| person(h))
    };
    handle.or(organisation).or_else(holder)
}

/// The full name a byline shows that opens on a given name alone: "Todd Bates" for "Todd",
/// a surname or two after it (not a site's or a desk's words: "Haris LifeBuzz Staff").
fn fuller_byline(ev: &Evidence, name: &str) -> Option<String> {
    let surname = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’')) && !ROLE_WORD.is_match(w) && !is_non_person(&w.to_lowercase())
    };
    let fuller = |p: &String| p.strip_prefix(name).filter(|rest| rest.starts_with(' ')).is_some_and(|rest| (1..=2).contains(&rest.split_whitespace().count()) && rest.split_whitespace().all(surname));
    if !crate::clean::metadata::opens_on_given_name(name) {
        return None;
    }
    ev.bylines.iter().filter_map(|b| person(b)).find(fuller)
}

/// More words than a person's name in a copyright notice has ("Ana de Lima Ferreira").
const HOLDER_WORDS: usize = 4;

/// A role in a site's credits, in lowercase before its colon ("design: Ana Lima").
static CREDITED_ROLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[,;]\s*)\p{Ll}+:\s").unwrap());

/// A byline run into its publication's name ("Ana Lima USA TODAY", "Ana Lima, The Ledger",
/// "Ana Lima. The Ledger"): the writer alone, where two words or more are left.
fn without_site(raw: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else { return raw.to_string() };
    let rest = raw.trim().strip_suffix(site).filter(|r| r.ends_with(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/')));
    let rest = rest.map(|r| r.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '|' | '/' | '-' | '–' | '—')));
    match rest {
        Some(name) if name.split_whitespace().count() >= 2 => name.to_string(),
        _ => raw.to_string(),
    }
}

/// Whether `name` is a person's full name as a byline writes it: two words or more, each
/// capitalised letters or a particle ("Ana de Lima"; not "von KB_Redaktion").
fn full_name(name: &str) -> bool {
    let letters = |w: &str| w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
    name.contains(' ') && capitalised_name(name) && name.split_whitespace().all(letters)
}

/// Whether a one-word author is a user name, not a given name ("Henry"): lowercase
/// ("mikecason"), capitals inside ("TodayShow", "TQuist"), digits, dots or underscores.
fn user_name(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    // (Or initials run into the name: "BLNadeau".)
    let inner_capital = chars.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        || chars.windows(3).any(|w| w[0].is_uppercase() && w[1].is_uppercase() && w[2].is_lowercase());
    !name.contains(' ') && (name.starts_with(char::is_lowercase) || inner_capital || name.contains(|c: char| c.is_ascii_digit() || c == '_' || c == '.'))
}

/// Whether a credited name is an organisation rather than a person: the site or its
/// publisher (by name, or as the site's host: "Interscenario" for interscenar.io), a name
/// the markup types as an organisation, or one a company's or association's form gives away
/// ("… GmbH", "… e.V.", "Ltd", a web address).
fn is_organisation(name: &str, site: Option<&str>, ev: &Evidence) -> bool {
    let n = fold(name);
    let squeezed = n.replace(' ', "");
    let same = |other: &str| {
        let o = fold(other);
        !o.is_empty() && (o == n || o.replace(' ', "") == squeezed || fold(&ROLE.replace(other, "")) == n)
    };
    let host = || ev.urls.iter().any(|u| host_names(u).contains(&squeezed));
    // The site's piece of `<title>` ("EFC Bayrische Bembel Regensburg - Eintracht …"), or
    // the whole `<title>` of a page that names only its site there ("L-Mag").
    let title_piece = || {
        let page_title = ev.page_title.as_deref().unwrap_or_default();
        let pieces: Vec<&str> = SITE_SEPARATOR.split(page_title).collect();
        let piece = |p: &&str| fold(p) == n || fold(p).starts_with(&format!("{n} "));
        fold(page_title) == n || (pieces.len() > 1 && n.contains(' ') && pieces.iter().any(piece))
    };
    site.is_some_and(same)
        || ev.sites.iter().any(|s| same(s))
        || ev.organisations.iter().any(|o| same(o))
        || host()
        || title_piece()
        || ORGANISATION.is_match(name)
}

/// The legal forms and web addresses that mark an organisation's name.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:gmbh|ag|e\.\s?v|inc|ltd|llc|plc|s\.a|s\.l|sas|sarl|kg|ohg|gbr|corp|co\.)\.?$|\b(?:gmbh|e\.\s?v\.)\s|\bwww\.|^[\w-]+\.(?:com|org|net|de|at|ch|fr|uk|it|es|nl|eu|info)$)").unwrap()
});

/// A byline's opening words, in English and the other languages pages are written in
/// ("By", "Von", "Par", "Autor:", "Posted by").
static BY: LazyLock<Regex> = LazyLock::new(|| {
    use super::markup::{BYLINE_LABELS_RE as LABELS, BYLINE_PHRASES_RE as PHRASES, BYLINE_WORDS_RE as WORDS};
    Regex::new(&format!(r"(?i)^(?:{PHRASES}\b\s*:?|{WORDS}\b\s*:?|{LABELS}\s*:|words\b|text\b|author\b)\s*")).unwrap()
});
/// A trailing role or affiliation: "Ana Lima, Staff Writer", "Ana Lima | Reuters", "Peter
/// Maahn/SP-X" (an agency).
static ROLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*(,|\||/|\s-\s|\s–\s|\s—\s|\s[·•]\s|\().*$").unwrap());

/// A role or a profile link's words run on after a name of two words or more, with no mark
/// between them ("Howard Blume Staff Writer", "Sam Stein Senior Politics Editor", "Rebecca
/// Hersher Twitter"): the name ends where they begin.
static RUN_ON_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(\S+\s+\S+.*?)\s+(?:(?:{DESKS_RE})\s+)*(?:{WRITERS_RE}|ceo|founder|twitter|facebook|instagram|linkedin|email|follow)\b.*$")).unwrap()
});

/// The words that qualify a writer's role: "Senior Staff Writer", "Politics Editor".
const DESKS_RE: &str = "senior|staff|chief|contributing|deputy|associate|managing|executive|special|national|foreign|political|politics|news|sports?|business|science|features?|opinion|court|crime";

/// A word of a writer's role or desk ("Staff", "Sports", "Editor").
static ROLE_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{DESKS_RE}|{WRITERS_RE})s?$")).unwrap());

/// A writer's role standing for a name ("Staff Writer", "Contributing Editor"): nobody to credit.
static ROLE_ALONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:(?:{DESKS_RE})\s+)*(?:{WRITERS_RE})s?$")).unwrap());

/// The nouns of a writer's role on a byline: "Staff Writer", "Opinion columnist".
pub(super) const WRITERS_RE: &str = "editor|writer|reporter|correspondent|columnist|contributor|critic|producer";

/// A line with a date and then a byline's word: the name is what follows that word.
static DATE_THEN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:\d{{4}}|\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}}\b)?|uhr)\s*,?\s+(?:{}|{})\s+(.+)$", super::markup::BYLINE_WORDS_RE, super::markup::BYLINE_PHRASES_RE)).unwrap()
});

/// A date or time stamp after the name in a byline: "Ana Lima March 11, 2015 3:46 PM",
/// "Ana Lima Updated 2 May", "Ana Lima Thursday, November 9, 2023", "Ana Lima publié le
/// 26/12/2020", a forum's "Ana Lima » Tue Aug 27, 2019 5:58 am".
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";
    Regex::new(&format!(
        r"(?i)\s+(?:[»›]\s*)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?),?\s+)?(?:(?:last\s+)?(?:updated?|published|posted|modified|reviewed|publiée?|mis\s+à\s+jour|publicad[oa]|actualizad[oa]|veröffentlicht|aktualisiert|pubblicat[oa]|aggiornat[oa])\b.*|(?:on\s+)?{MONTH}\s+\d{{1,2}}\b.*|(?:on\s+)?\d{{1,2}}\s+{MONTH}(?:\s.*)?|\d{{4}}-\d{{2}}-\d{{2}}.*|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}.*|\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s.*)?)$"
    ))
    .unwrap()
});

/// The words and marks between a name and the date after it ("am", "le", "on", "|", "·",
/// a weekday, a label and its colon: "Stand:").
static TRAILING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?:^|\s+)\p{L}+\s*:|\s+(?:am|on|le|el|il|op|den|vom|du|em|at|um|the))?(?:\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo))?[\s|·•,–—-]*$",
    )
    .unwrap()
});

/// Words a byline opens with that are also names or parts of names ("Di Caprio", "Von
/// Miller"): taken off only when two words or more are left.
const SHORT_BY: &[&str] = &["di", "von", "par", "por", "av", "af", "door"];

/// A name without the byline's opening words ("By", "Von", "Autor:").
fn without_by(s: &str) -> String {
    let Some(m) = BY.find(s) else { return s.to_string() };
    let rest = &s[m.end()..];
    let word = m.as_str().trim().to_lowercase();
    if SHORT_BY.contains(&word.as_str()) && rest.split_whitespace().count() < 2 {
        return s.to_string();
    }
    rest.to_string()
}

/// A name in citation order, "Lima, Ana" or "Lima, A. B.".
static INVERTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\p{Lu}[\p{L}'-]+),\s+(\p{Lu}[\p{L}. '-]+)$").unwrap());

/// One name cleaned of "By " and roles; `None` when what is left cannot be a name.
pub(super) fn person(raw: &str) -> Option<String> {
    let s = squash(raw);
    if s.contains("://") {
        return None;
    }
    // A date, then the byline ("Posted on September 21, 2020 by Adi Tzlil"): the name after it.
    let s = match DATE_THEN_BY.captures(&s) {
        Some(c) => c[1].to_string(),
        None => s,
    };
    // A date, then the name after a separator ("Dec. 19, 2025 · Ana Lima").
    let s = match super::super::dates::find_all(&s, super::super::dates::NumericOrder::Unknown).first() {
        Some(d) if d.start == 0 => DATE_SEPARATOR.captures(&s[d.end..]).map_or(s.clone(), |c| c[1].to_string()),
        _ => s,
    };
    // A label "By" run into a byline that says it again ("Byby Ana Lima").
    let s = DOUBLED_BY.replace(&s, "By ");
    let s = without_by(s.trim_start_matches(|c: char| !c.is_alphanumeric()));
    // A date's label is no name ("Publiziert am", "Posted on", "Last Updated:").
    if super::markup::PUBLISHED_LABEL.is_match(&s) || super::markup::UPDATED_LABEL.is_match(&s) {
        return None;
    }
    let s = TRAILING_DATE.replace(&s, "").to_string();
    // A date in another language after the name ("… am 24. Juli 2017 - 18:55", "… le 07 Mai 2020").
    let s = match super::super::dates::find_all(&s, super::super::dates::NumericOrder::Unknown).first() {
        Some(d) if d.start > 0 => TRAILING_LABEL.replace(&s[..d.start], "").to_string(),
        _ => s,
    };
    // "Lima, Ana" (citation style) is a name in inverted order, not a name and a role.
    let s = match INVERTED.captures(&s).filter(|c| given_names_of_inverted(&c[2])) {
        Some(c) => format!("{} {}", &c[2], &c[1]),
        _ => ROLE.replace(&s, "").to_string(),
    };
    let s = without_publication_written_for(&SPOKESMAN_OR_PLACE.replace(&s, ""));
    let s = SOURCE_AFTER.replace(&s, "").to_string();
    let s = s.trim().trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.').to_string();
    let s = without_avatar_initials(&s);
    let s = match RUN_ON_ROLE.captures(&s).filter(|c| capitalised_name(&c[1])) {
        // A role after a place's institution ("Antrim Court Reporter") credits a desk, no
        // person (a surname of that shape follows a given name: "Ana Hall Staff Writer").
        Some(c) if !crate::clean::metadata::opens_on_given_name(&c[1]) && c[1].split_whitespace().last().is_some_and(|w| is_non_person(&w.to_lowercase())) => return None,
        Some(c) => c[1].to_string(),
        None => s,
    };
    // A name said twice by two elements run together ("Jennifer Rubin Jennifer Rubin").
    let halves: Vec<&str> = s.split_whitespace().collect();
    let s = match halves.split_at(halves.len() / 2) {
        (a, b) if !a.is_empty() && a == b => a.join(" "),
        _ => s,
    };
    let words = s.split_whitespace().count();
    let plausible = (1..=5).contains(&words) && s.chars().next().is_some_and(|c| c.is_alphabetic()) && !s.contains('@') && !s.contains('/') && !WEB_ADDRESS.is_match(&s);
    (plausible && !is_placeholder(&s) && name_shaped(&s)).then(|| unshout(&s))
}

/// A web address without its scheme ("www.ledger.example", "anadev.info"): a template's
/// credit to its maker, no writer.
static WEB_ADDRESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|\s)(?:www\.\S+|[a-z0-9-]+\.(?:com|org|net|info|biz|io|co|dev|app))(?:\s|$)").unwrap());

/// The words of a credit naming where a text comes from, not who wrote it.
const SOURCE_WORDS: &str = r"(?:From|Excerpted from|Adapted from|Via|Courtesy of)\s";

/// Such a credit: "From …", "Excerpted from …".
static SOURCE_CREDIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{SOURCE_WORDS}")).unwrap());

/// Such a credit after the writer's name in one byline ("Ana Lima and From Velmora Tales").
static SOURCE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?:\s+and|,)\s+{SOURCE_WORDS}.*$")).unwrap());

/// "By" said twice, run together or not ("Byby", "By by").
static DOUBLED_BY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^by\s*by\s+").unwrap());

/// A separator after a date, then what follows it.
static DATE_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[·•|–—-]\s*(\S.*)$").unwrap());

/// What a byline says after the name of the one it speaks for or where it was filed ("Ana
/// Lima on behalf of the Velmora group", "Ana Lima in Workshop Woodworking"): no name has
/// these words inside it.
static SPOKESMAN_OR_PLACE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+(?:on behalf of\b|in\s+\p{Lu}).*$").unwrap());

/// The publication a writer writes for, after the name ("Ana Lima for the Ledger").
static WRITES_FOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+for\s+(?:the\s+)?\p{Lu}.*$").unwrap());

/// A person's name less the publication written for after it; an institution's name keeps
/// its "for" ("Center for Drug Evaluation").
fn without_publication_written_for(s: &str) -> String {
    let Some(m) = WRITES_FOR.find(s) else { return s.to_string() };
    let name = &s[..m.start()];
    let person = name.split_whitespace().count() >= 2 && crate::clean::metadata::opens_on_given_name(name);
    if person { name.to_string() } else { s.to_string() }
}

/// A name after the initials its avatar shows in their place ("AL Ana Lima"): the name.
fn without_avatar_initials(name: &str) -> String {
    let Some((first, rest)) = name.split_once(' ') else { return name.to_string() };
    let initials: String = rest.split_whitespace().filter_map(|w| w.chars().next()).collect();
    let avatar = first.len() >= 2 && first.chars().all(|c| c.is_uppercase()) && first == initials;
    if avatar { rest.to_string() } else { name.to_string() }
}

/// Whether every word of `name` is capitalised or a family name's particle ("Ana de la
/// Cruz"; not "Ana Lima is the", which goes on as a sentence).
fn capitalised_name(name: &str) -> bool {
    name.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&w))
}

/// The lowercase words inside family names ("Ana de la Cruz", "Lea von der Heide",
/// "José dos Santos", "Omar bin Laden", "Jan ten Berge").
pub(super) const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "y", "e", "bin", "ibn", "al", "el", "ten", "ter", "zu", "zum", "vom", "st.",
];

/// Whether a name of several words is shaped like a person's: each word capitalised but
/// for the particles of family names ("Ana de la Cruz", "der Michel"), and no number among
/// them. A profile link's words ("Afficher mon profil complet"), a heading ("the numbers")
/// a date ("Dezember 10") or a label missing its name ("Article by") are none. One word (a
/// user name, "freeman1984") passes.
fn name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit() || c.is_ascii_punctuation());
    let common = |w: &&&str| w.chars().next().is_some_and(char::is_lowercase) && !NAME_PARTICLES.contains(&w.to_lowercase().as_str());
    // A label whose name is missing ends in a lowercase word ("Article by", "Posted in").
    let label = words.len() >= 2 && words.last().is_some_and(|w| matches!(*w, "by" | "in" | "on" | "at" | "of" | "from" | "for" | "with" | "to"));
    words.len() < 2 || (!words.iter().any(number) && words.iter().filter(common).count() < 2 && !label)
}

/// A CMS's stand-in for a missing author ("No Author", "admin", "undefined"): nobody to credit.
/// A byline's label or buttons read alone ("Posted", "Follow", "Twitter Facebook") are none
/// either, nor a user name made of "admin" ("wordpressadmin", "siteadmin"), nor a writer's
/// role alone.
fn is_placeholder(name: &str) -> bool {
    const PLACEHOLDERS: [&str; 22] = [
        "no author", "unknown", "unknown author", "administrator", "none", "null", "undefined", "author", "the author", "webmaster", "site editor",
        // A byline's label or a button next to the name, read alone.
        "authors", "autor", "autoren", "auteur", "posted", "by", "follow", "share", "subscribe", "profile", "bio",
    ];
    let single_admin = !name.contains(' ') && name.to_lowercase().ends_with("admin");
    // A system's account key, letters and digits shuffled ("mdelatorreq6vkpg2ma0ci"); a
    // handle's number after its letters ("ana1987") is a person's choice.
    let chars: Vec<char> = name.chars().collect();
    let shifts = chars.windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit()).count();
    let machine_key = !name.contains(' ') && shifts >= MACHINE_KEY_SHIFTS;
    // What a date line left when its date was cut ("Wednesday January 18, 2017").
    let lower = name.to_lowercase();
    let weekday = super::super::dates::WEEKDAYS.iter().any(|d| *d == lower || lower.len() >= 3 && d.starts_with(lower.trim_end_matches('.')));
    // A source's credit beside the writer's ("From Masculindians", the book an excerpt is from).
    let source = SOURCE_CREDIT.is_match(name);
    // The share buttons beside the byline, read with it ("Twitter Facebook").
    let buttons = lower.split_whitespace().all(|w| super::super::phrases::SOCIAL.contains(&w));
    single_admin || machine_key || weekday || source || buttons || ROLE_ALONE.is_match(name) || PLACEHOLDERS.iter().any(|p| name.eq_ignore_ascii_case(p))
}

/// How many times a system's account key shifts between letters and digits, at least.
const MACHINE_KEY_SHIFTS: usize = 4;

/// A name a byline shouts in capitals ("ANA LIMA-SOUZA", "ANA LIMA and JO LEE"), in the case
/// a text writes it ("Ana Lima-Souza"); a name with any other lowercase letter is kept as
/// written.
fn unshout(name: &str) -> String {
    let joining = |w: &str| matches!(w, "and" | "und" | "et" | "y" | "e" | "&");
    let shouted = name.split_whitespace().filter(|w| !joining(w));
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 3 || shouted.clone().any(|w| w.chars().any(char::is_lowercase)) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if joining(word) {
            out.push_str(word);
            continue;
        }
        let mut start = true;
        for c in word.chars() {
            if start { out.extend(c.to_uppercase()) } else { out.extend(c.to_lowercase()) }
            start = !c.is_alphabetic();
        }
    }
    out
}

/// Whether the part after the comma of "Lima, …" gives a person's given names, not a role:
/// one name, initials ("A. B."), or either with the particles of the family name after
/// them ("Jong, Michiel B. de" is Michiel B. de Jong).
fn given_names_of_inverted(given: &str) -> bool {
    let words: Vec<&str> = given.split(' ').filter(|w| !w.is_empty()).collect();
    let names = words.iter().rposition(|w| !w.chars().all(char::is_lowercase)).map_or(0, |i| i + 1);
    let initial = |w: &&str| w.len() <= 2 || w.ends_with('.');
    names > 0 && (names == 1 || words[..names].iter().all(initial) || words[1..names].iter().all(initial))
}

/// "A", "A and B", "A, B and C".
pub(crate) fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})").unwrap());
static MONTH_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").unwrap());
static DAY_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b").unwrap());
static COMPACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{4})(\d{2})(\d{2})\b").unwrap());
/// JavaScript's date string: "Mon Aug 03 12:45:00 EDT 2015".
static CLOCK_BEFORE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[a-z]{2,5}(?:[+-]\d{1,4})?)?\s+(\d{4})\b").unwrap());
/// A numeric date with the year last ("12-15-2016", "15.12.2016"), read only when one of
/// its numbers is past 12, so the order is plain.
static YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b").unwrap());

/// A date as the page wrote it, as an ISO date (`2019-11-19`); the calendar day as
/// written, never shifted to another time zone.
pub fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let (y, m, d): (u32, u32, u32) = if let Some(c) = ISO.captures(s).or_else(|| COMPACT.captures(s)) {
        (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    } else if let Some(c) = CLOCK_BEFORE_YEAR.captures(s) {
        (c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)
    } else if let Some(c) = MONTH_FIRST.captures(s) {
        (c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)
    } else if let Some(c) = DAY_FIRST.captures(s) {
        (c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?)
    } else if let Some(c) = YEAR_LAST.captures(s) {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        match (a > 12, b > 12) {
            (false, true) => (c[3].parse().ok()?, a, b),
            (true, false) => (c[3].parse().ok()?, b, a),
            _ => return None,
        }
    } else {
        return None;
    };
    let valid = (1000..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    valid.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A day in a URL's path, as many news sites file their articles ("/2015/03/18/",
/// "/2019/jan/03/"): the date of a page that declares none.
static URL_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)/((?:19|20)\d\d)/(?:[a-z][a-z-]*/)?(\d{1,2}|[a-z]{3})/(\d{1,2})(?:/|$)").unwrap());

/// A day in ISO form opening a segment of a URL's path ("/blog/2025-12-17-release-notes").
static URL_ISO_DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[-/_.]|$)").unwrap());

/// The day a URL's path files the page under, as an ISO date. (A link's address may be the
/// path alone: "/blog/2020/01/13/…".)
fn url_date(url: &str) -> Option<String> {
    let path = match url.split_once("://") {
        Some((_, address)) => address.split_once('/')?.1,
        None => url.strip_prefix('/')?,
    };
    let path = path.split(['?', '#']).next()?;
    let path = format!("/{path}");
    let c = URL_DAY.captures(&path).or_else(|| URL_ISO_DAY.captures(&path))?;
    let m = c[2].parse().ok().or_else(|| month(&c[2]))?;
    iso_date(&format!("{}-{m}-{}", &c[1], &c[3]))
}

/// An English month name or abbreviation as 1..=12.
fn month(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let n = name.to_ascii_lowercase();
    let i = MONTHS.iter().position(|m| n.starts_with(m))?;
    Some(i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_name_a_web_page_also_bears_is_the_publication_and_the_headline_is_not() {
        let ev = |sites: &[&str], titles: &[&str]| Evidence {
            sites: sites.iter().map(|s| s.to_string()).collect(),
            titles: titles.iter().map(|s| s.to_string()).collect(),
            page_title: Some("Rivers rise at dawn".into()),
            urls: vec!["https://www.velmora4.example/a".into()],
            ..Default::default()
        };
        assert_eq!(choose(&ev(&["VELMORA4"], &["Rivers rise at dawn", "VELMORA4"])).publication.as_deref(), Some("VELMORA4"));
        assert_eq!(choose(&ev(&["Rivers rise at dawn"], &["Rivers rise at dawn"])).publication, None);
    }

    #[test]
    fn of_the_sites_declared_the_one_the_title_or_address_confirms_names_the_publication() {
        let ev = |sites: &[&str], title: &str, url: &str| Evidence {
            sites: sites.iter().map(|s| s.to_string()).collect(),
            page_title: Some(title.into()),
            urls: vec![url.into()],
            ..Default::default()
        };
        let publication = |ev: Evidence| choose(&ev).publication;
        assert_eq!(publication(ev(&["U.S.", "Velmora Wire"], "Rivers rise - Velmora Wire", "https://www.velmorawire.com/a")).as_deref(), Some("Velmora Wire"));
        assert_eq!(publication(ev(&["Mod Tora", "Velmora"], "Rivers rise", "https://www.velmora.example/a")).as_deref(), Some("Velmora"));
        assert_eq!(publication(ev(&["U.S."], "Rivers rise - Velmora Wire", "https://www.velmorawire.com/a")).as_deref(), Some("Velmora Wire"));
        assert_eq!(publication(ev(&["Tora Quist - Harbour Pilot"], "Rivers rise - Tora Quist", "https://www.toraquist.com/a")).as_deref(), Some("Tora Quist"));
        assert_eq!(publication(ev(&["The Velmora Reporter"], "Rivers rise - Velmora Reporter", "https://www.velmorareporter.com/a")).as_deref(), Some("The Velmora Reporter"));
        assert_eq!(publication(ev(&["Velmora Street Ledger"], "Rivers rise - VSL", "https://www.vsl.example/a")).as_deref(), Some("Velmora Street Ledger"));
        assert_eq!(publication(ev(&["Velmora Street Ledger Group"], "Rivers rise - vsl.com", "https://www.vsl.com/a")).as_deref(), Some("Velmora Street Ledger Group"));
        // A shortening of the first name confirmed is no better name.
        assert_eq!(publication(ev(&["Velmora Street Ledger", "VSL"], "Rivers rise - VSL", "https://www.vsl.example/a")).as_deref(), Some("Velmora Street Ledger"));
        assert_eq!(publication(ev(&["The Velmora News", "velmoranews"], "Rivers rise", "https://www.velmoranews.example/a")).as_deref(), Some("The Velmora News"));
        // Nothing confirmed: the first.
        assert_eq!(publication(ev(&["The Ledger", "Ledger Group"], "Rivers rise", "https://ex.org/a")).as_deref(), Some("The Ledger"));
    }

    #[test]
    fn a_universal_time_stamp_gives_way_to_the_pages_own_day() {
        let ev = |dates: &[&str], url: &str| Evidence { dates: dates.iter().map(|d| d.to_string()).collect(), urls: vec![url.into()], ..Default::default() };
        let day = |ev: Evidence| choose(&ev).date;
        // An evening story in a western zone, in universal time the next day.
        assert_eq!(day(ev(&["2023-11-09T01:09:55Z", "2023-11-08 18:09:55"], "https://ex.org/a")).as_deref(), Some("2023-11-08"));
        assert_eq!(day(ev(&["2023-11-09T02:11:03+00:00", "2023-11-08T21:11:03-05:00"], "https://ex.org/a")).as_deref(), Some("2023-11-08"));
        assert_eq!(day(ev(&["2020-02-25T02:25:54Z"], "https://ex.org/2020/02/24/velmora-story/")).as_deref(), Some("2020-02-24"));
        // Just after midnight in an eastern zone, in universal time the day before.
        assert_eq!(day(ev(&["2019-10-18T22:04:00Z", "Sat, 19 Oct 2019 00:04:00 +0200"], "https://ex.org/a")).as_deref(), Some("2019-10-19"));
        // Across a month's and a leap year's end.
        assert_eq!(day(ev(&["2024-03-01T03:00:00Z"], "https://ex.org/2024/02/29/a")).as_deref(), Some("2024-02-29"));
        // Alone, or with a day further off (an update), or zoned: the day as written.
        assert_eq!(day(ev(&["2023-11-09T01:09:55Z"], "https://ex.org/a")).as_deref(), Some("2023-11-09"));
        assert_eq!(day(ev(&["2023-11-09T01:09:55Z", "2023-11-12 18:09:55"], "https://ex.org/a")).as_deref(), Some("2023-11-09"));
        // A URL's day where no zone crosses midnight: the day the story was filed.
        assert_eq!(day(ev(&["2020-07-09T10:04:04Z"], "https://ex.org/2020/07/08/velmora-story/")).as_deref(), Some("2020-07-09"));
        assert_eq!(day(ev(&["2020-07-09T20:04:04Z"], "https://ex.org/2020/07/10/velmora-story/")).as_deref(), Some("2020-07-10"));
        // Another moment of the evening before (a teaser's time, an earlier version).
        assert_eq!(day(ev(&["2023-11-09T01:09:55Z", "2023-11-08 22:26:44"], "https://ex.org/a")).as_deref(), Some("2023-11-09"));
        assert_eq!(day(ev(&["2023-11-09T01:09:55-07:00", "2023-11-08"], "https://ex.org/a")).as_deref(), Some("2023-11-09"));
        assert_eq!(day_number("2024-03-01").zip(day_number("2024-02-28")).map(|(a, b)| a - b), Some(2));
        assert_eq!(day_number("2023-01-01").zip(day_number("2022-12-31")).map(|(a, b)| a - b), Some(1));
    }

    #[test]
    fn a_page_that_declares_no_date_is_dated_by_its_url() {
        assert_eq!(url_date("https://www.washingtonpost.com/world/museum/2015/03/18/00202e76_story.html").as_deref(), Some("2015-03-18"));
        assert_eq!(url_date("https://www.theguardian.com/world/2019/jan/03/whales?x=1").as_deref(), Some("2019-01-03"));
        assert_eq!(url_date("https://ex.org/2019/11/05").as_deref(), Some("2019-11-05"));
        // A section filed between the year and the month.
        assert_eq!(url_date("http://ex.org/2010/POLITICS/08/13/rivers.rise/index.html").as_deref(), Some("2010-08-13"));
        assert_eq!(url_date("https://ex.org/blog/2025-12-17-velmora-notes").as_deref(), Some("2025-12-17"));
        assert_eq!(url_date("/blog/2020/01/13/velmora-notes").as_deref(), Some("2020-01-13"));
        // A month alone, a number that is no day, a date in the host or query: no date.
        for url in ["https://ex.org/2019/11/story", "https://ex.org/2019/13/40/x", "https://2019.ex.org/a", "https://ex.org/a?d=/2019/11/05/", "https://ex.org/v/2019-11-05123"] {
            assert_eq!(url_date(url), None, "{url}");
        }
        let ev = Evidence { urls: vec!["https://ex.org/news/2016/8/1/yahoo".into()], ..Default::default() };
        assert_eq!(choose(&ev).date.as_deref(), Some("2016-08-01"));
        let declared = Evidence { dates: vec!["2016-07-31".into()], ..ev };
        assert_eq!(choose(&declared).date.as_deref(), Some("2016-07-31"), "the page's own date comes first");
    }

    #[test]
    fn a_description_filling_the_sites_template_with_the_title_is_no_standfirst() {
        let ev = Evidence { urls: vec!["https://velmoranews.com/video/1/seals".into()], ..Default::default() };
        let title = "Volunteers count the seals of the estuary";
        assert!(!deck_shaped("Watch Volunteers count the seals of the estuary Video Online, on VelmoraNews.com", title, &ev));
        assert!(deck_shaped("Volunteers count the seals of the estuary, and find more than last year", title, &ev));
        assert!(deck_shaped("The seals of the estuary are counted each spring by volunteers of VelmoraNews.com readers", title, &ev));
        assert!(deck_shaped("Volunteers count the seals of the estuary: VelmoraNews.com shares how they do it and what they found in the mud this spring", title, &ev));
        // The whole `<title>`, a long motto after the headline.
        let whole = "Volunteers count the seals of the estuary - Velmora News - Art, Design, DIY, Fashion, Travel and Beauty !";
        let ev = Evidence { page_title: Some(whole.into()), ..ev };
        assert!(!deck_shaped(whole, title, &ev));
        // A site describing itself; a sentence about a blog is a deck.
        assert!(!deck_shaped("A blog about harbours, ferries, seals and tides", title, &ev));
        assert!(!deck_shaped("Welcome to Velmora News!", title, &ev));
        assert!(deck_shaped("A blog about a dying harbour town became a bestseller.", title, &ev));
    }

    #[test]
    fn a_source_credited_beside_the_writer_is_no_writer() {
        let ev = Evidence { authors: vec![vec!["Tora Quist".into(), "From Velmora Tales".into()]], ..Default::default() };
        assert_eq!(author(&ev, None).as_deref(), Some("Tora Quist"));
        assert_eq!(person("Fromm Ekdahl").as_deref(), Some("Fromm Ekdahl"));
        assert_eq!(person("By Tora Quist and From Velmora Tales").as_deref(), Some("Tora Quist"));
    }

    #[test]
    fn a_byline_run_into_the_publication_its_title_names_is_the_writer_alone() {
        let ev = Evidence { authors: vec![vec!["Tora Quist. Velmora International".into()]], page_title: Some("Ferries halted - Velmora International".into()), ..Default::default() };
        assert_eq!(choose(&ev).author.as_deref(), Some("Tora Quist"));
    }

    #[test]
    fn a_site_declaring_no_name_of_its_own_is_named_by_the_titles_piece_its_address_names() {
        let whole = "Volunteers count the seals - Velmora News - Art, Design, DIY, Fashion and Beauty !";
        let ev = Evidence { urls: vec!["https://velmoranews.com/seals/".into()], page_title: Some(whole.into()), sites: vec!["Velmora News - Art, Design, DIY, Fashion and Beauty !".into()], ..Default::default() };
        assert_eq!(choose(&ev).publication.as_deref(), Some("Velmora News"));
        let marked = Evidence { sites: Vec::new(), page_title: Some("Volunteers count the seals | | ✂ Velmora News®".into()), ..ev.clone() };
        assert_eq!(choose(&marked).publication.as_deref(), Some("Velmora News®"));
        let ev = Evidence { sites: Vec::new(), page_title: Some("Volunteers count the seals | The Ledger".into()), ..ev };
        assert_eq!(choose(&ev).publication, None, "a piece the address does not name");
        let opening = Evidence { page_title: Some("Volunteers count the seals - Velmora International".into()), ..ev.clone() };
        assert_eq!(choose(&opening).publication.as_deref(), Some("Velmora International"), "a last piece opening the address");
        let short = Evidence { urls: vec!["https://velnews.com/seals/".into()], page_title: Some("Volunteers count the seals - Vel Times".into()), ..ev };
        assert_eq!(choose(&short).publication, None, "a word too short to tell");
    }

    #[test]
    fn a_site_declared_by_its_handle_is_named_as_its_title_names_it() {
        let ev = |site: &str, page_title: &str| Evidence { sites: vec![site.into()], page_title: Some(page_title.into()), ..Default::default() };
        let publication = |site, page_title| choose(&ev(site, page_title)).publication;
        assert_eq!(publication("Velmora_Live", "Tora Quist's selfies | Beauty | Velmora Daily").as_deref(), Some("Velmora Daily"));
        assert_eq!(publication("@velmora_news", "Floods in the north - Velmora News").as_deref(), Some("Velmora News"));
        // A name with a space is no handle; a title naming another site leaves the handle.
        assert_eq!(publication("The Ledger", "Floods | Ledger Weekly").as_deref(), Some("The Ledger"));
        assert_eq!(publication("Velmora_Live", "Floods | The Ledger").as_deref(), Some("Velmora_Live"));
        // A handle run together is the name spaced.
        assert_eq!(publication("velmoraherald", "Floods in the north | Velmora Herald").as_deref(), Some("Velmora Herald"));
        assert_eq!(publication("velmora", "Floods in the north | Velmora Herald").as_deref(), Some("velmora"));
    }

    #[test]
    fn dates_become_iso_days_as_written() {
        assert_eq!(iso_date("2019-11-19T23:30:00-05:00").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("November 19, 2019 10:00 AM").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("Tue, 19 Nov 2019 10:00:00 GMT").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("2019/1/5").as_deref(), Some("2019-01-05"));
        assert_eq!(iso_date("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("2019-13-40"), None);
        assert_eq!(iso_date("Mon Aug 03 12:45:00 EDT 2015").as_deref(), Some("2015-08-03"));
        assert_eq!(iso_date("12-15-2016").as_deref(), Some("2016-12-15"));
        assert_eq!(iso_date("15.12.2016").as_deref(), Some("2016-12-15"));
        assert_eq!(iso_date("05-06-2016"), None, "day and month could be either");
    }

    #[test]
    fn a_revision_dates_a_page_only_when_nothing_else_does() {
        let ev = Evidence { revision_dates: vec!["Updated: Dec 15, 2016 2:57 PM UTC".into()], ..Default::default() };
        assert_eq!(revision_date(&ev).as_deref(), Some("2016-12-15"));
        assert_eq!(choose(&ev).date, None, "the revision waits for the body's dateline");
    }

    #[test]
    fn inverted_names_keep_their_particles() {
        assert_eq!(person("Jong, Michiel de").as_deref(), Some("Michiel de Jong"));
        assert_eq!(person("Jong, Michiel B. de").as_deref(), Some("Michiel B. de Jong"));
        assert_eq!(person("Kooman, F.").as_deref(), Some("F. Kooman"));
        assert_eq!(person("Ana Lima, Staff Writer").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Tora Quist Follow").as_deref(), Some("Tora Quist"));
        assert_eq!(person("Tora Quist 11:59PM GMT 29 Dec 2014").as_deref(), Some("Tora Quist"), "a time before the date");
    }

    #[test]
    fn authors_lose_by_and_roles() {
        assert_eq!(person("By Ana Lima, Staff Writer").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Words: Daniel Okafor").as_deref(), Some("Daniel Okafor"));
        assert_eq!(person("Lima, Ana").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima | Reuters").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Dec. 19, 2025 · Ana Lima").as_deref(), Some("Ana Lima"), "a date before");
        assert_eq!(person("Ana Lima on behalf of the Velmora group").as_deref(), Some("Ana Lima"));
        assert_eq!(person("TorQuist in Workshop Woodworking").as_deref(), Some("TorQuist"));
        assert_eq!(person("AL Ana Lima").as_deref(), Some("Ana Lima"), "an avatar's initials");
        assert_eq!(person("Byby ANA LIMA, JO LEE and BO CHEN").as_deref(), Some("Ana Lima"), "a label run into the byline");
        assert_eq!(person("AB Ana Lima").as_deref(), Some("AB Ana Lima"), "other initials");
        assert_eq!(person("Velmora Movers Last update").as_deref(), Some("Velmora Movers"));
        assert_eq!(person("by Ana Lima » Tue Aug 27, 2019 5:58 am").as_deref(), Some("Ana Lima"), "a forum's byline");
        for nobody in ["Sat", "Wed.", "The Author"] {
            assert_eq!(person(nobody), None, "{nobody}");
        }
        assert_eq!(person("https://example.org/ana"), None);
        assert_eq!(person("ANA LIMA-SOUZA\n  March 11, 2015 3:46 PM").as_deref(), Some("Ana Lima-Souza"));
        assert_eq!(person("Ana Lima Updated 2 May 2019").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima Last Updated: August 1, 2025").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Last Updated: January 7, 2025"), None);
        assert_eq!(person("Theresa May").as_deref(), Some("Theresa May"));
        assert_eq!(person("By J.R. O'NEILL").as_deref(), Some("J.R. O'Neill"));
        assert_eq!(person("By ANA LIMA and JO LEE - Ledger Writers").as_deref(), Some("Ana Lima and Jo Lee"));
        assert_eq!(person("No Author"), None);
        assert_eq!(person("admin"), None);
        assert_eq!(person("Webmaster"), None);
        assert_eq!(person("By Ana Lima Staff Writer").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima Senior Politics Editor, The Ledger").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima Twitter").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima · Ledger News · Posted: Oct 14, 2022").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Wednesday January 18, 2017 10:44 am PST by Ana Lima").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Wednesday January 18, 2017"), None);
        assert_eq!(person("Walter Editor").as_deref(), Some("Walter Editor"), "two words stay a name");
        assert_eq!(person("Ana de Lima Staff Writer").as_deref(), Some("Ana de Lima"));
        assert_eq!(person("Staff Writer"), None, "a role alone names nobody");
        assert_eq!(person("Velmora County Court Reporter"), None, "a desk at a place's institution names nobody");
        assert_eq!(person("Court Reporter"), None);
        assert_eq!(person("Ana Lima Crime Correspondent").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Hall Staff Writer").as_deref(), Some("Ana Hall"));
        assert_eq!(person("By Senior Contributing Editors"), None);
        assert_eq!(person("By Ana Lima Ana Lima").as_deref(), Some("Ana Lima"));
    }

    #[test]
    fn bylines_lose_their_words_in_other_languages_and_the_date_after_them() {
        assert_eq!(person("Von Roland Brockmann").as_deref(), Some("Roland Brockmann"));
        assert_eq!(person("Par Loïc Martin | 30 septembre 2018").as_deref(), Some("Loïc Martin"));
        assert_eq!(person("Autor: uriebe").as_deref(), Some("uriebe"));
        assert_eq!(person("Text und Interview: Harald Kern").as_deref(), Some("Harald Kern"));
        assert_eq!(person("Gespeichert von rasos am 24. Juli 2017 - 18:55").as_deref(), Some("rasos"));
        assert_eq!(person("Von Lea Roth am Samstag, 19. Oktober 2019 um 11:14 Uhr").as_deref(), Some("Lea Roth"));
        assert_eq!(person("Sara Berg Stand: 05. Februar 2020").as_deref(), Some("Sara Berg"));
        assert_eq!(person("Posted by Ana Lima").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Posted on September 21, 2020 by Ana Lima").as_deref(), Some("Ana Lima"));
        assert_eq!(person("06.11.2023 13:30 von Lea Roth").as_deref(), Some("Lea Roth"));
        assert_eq!(person("---- by Ana Lima").as_deref(), Some("Ana Lima"));
        assert_eq!(person("- Redaktion: Lea Roth (Pressesprecherin)").as_deref(), Some("Lea Roth"));
        assert_eq!(person("Von: Lea Roth").as_deref(), Some("Lea Roth"));
        assert_eq!(person("By Ana Lima Thursday, November 9, 2023 4:41AM").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Peter Maahn/SP-X").as_deref(), Some("Peter Maahn"));
        assert_eq!(person("Par Loïc Martin publié le 26/12/2020 à 21:00").as_deref(), Some("Loïc Martin"));
        assert_eq!(person("By Ana Lima for Velmora News UK -").as_deref(), Some("Ana Lima"));
        assert_eq!(person("Ana Lima for the Ledger").as_deref(), Some("Ana Lima"));
        assert_eq!(person("www.anadev.info | Ana Lima"), None, "a template's maker");
        assert_eq!(person("anadev.info"), None);
        assert_eq!(person("J.R.R. Tolkien").as_deref(), Some("J.R.R. Tolkien"));
        assert_ne!(person("Center for Drug Evaluation and Research").as_deref(), Some("Center"));
        assert_eq!(person("Von Lea Roth veröffentlicht 06.11.2023").as_deref(), Some("Lea Roth"));
        // "Di" and "Von" open names too.
        assert_eq!(person("Di Caprio").as_deref(), Some("Di Caprio"));
        assert_eq!(person("Di Mario Rossi").as_deref(), Some("Mario Rossi"));
    }

    #[test]
    fn words_shaped_like_no_name_are_no_author() {
        for text in ["Afficher mon profil complet", "By the numbers:", "Dezember 10", "Publiziert am", "Follow", "Posted", "wordpressadmin", "Stand: 20. April 2020", "anaq6vkpg2ma0ci", "Twitter Facebook"] {
            assert_eq!(person(text), None, "{text}");
        }
        for name in ["der Michel", "Ana de la Cruz", "freeman1984", "revamp-it Webteam", "Isabella.DiBiase", "ana2lima"] {
            assert!(person(name).is_some(), "{name}");
        }
        // A site's credits, each role in lowercase before its colon, name no writer.
        let credits = Evidence { authors: vec![vec!["content: The Ledger, design: Ana Lima, code: Bo Ek".into()]], bylines: vec!["By Tora Quist".into()], ..Default::default() };
        assert_eq!(choose(&credits).author.as_deref(), Some("Tora Quist"));
    }

    #[test]
    fn organisations_give_way_to_a_person() {
        let ev = |authors: Vec<Vec<String>>, bylines: Vec<String>| Evidence {
            authors,
            bylines,
            urls: vec!["https://www.interscenar.io/a".into()],
            page_title: Some("EFC Ledger Regensburg - Rivers rise".into()),
            organisations: vec!["Ledger Media".into()],
            ..Default::default()
        };
        for org in ["Interscenario", "Web Commerce GmbH www.w-commerce.de", "Bund der Verbraucher e.V.", "EFC Ledger", "Ledger Media", "tagesschau.de", "EFC Ledger Regensburg - Rivers rise"] {
            let e = ev(vec![vec![org.into()]], vec!["Von Lea Roth".into()]);
            assert_eq!(author(&e, None).as_deref(), Some("Lea Roth"), "{org}");
            let alone = ev(vec![vec![org.into()]], vec![]);
            assert!(author(&alone, None).is_some(), "{org} is credited when no person is named");
        }
    }

    #[test]
    fn a_templates_unshown_author_comes_after_every_byline() {
        let ev = |bylines: Vec<String>| Evidence { bylines, unshown_authors: vec!["Bo Ekdahl".into()], ..Default::default() };
        assert_eq!(author(&ev(vec!["Posted by Ana Lima".into()]), None).as_deref(), Some("Ana Lima"));
        assert_eq!(author(&ev(vec![]), None).as_deref(), Some("Bo Ekdahl"));
    }

    #[test]
    fn a_person_holding_the_sites_copyright_is_the_writer_when_none_is_named() {
        let ev = |holder: &str| Evidence { rights_holders: vec![holder.into()], ..Default::default() };
        assert_eq!(author(&ev("Ana Lima"), None).as_deref(), Some("Ana Lima"));
        // A firm's or a school's notice names no writer, nor a word that is no given name.
        for holder in ["Lee Enterprises", "Ana Lima University", "Velmora Quist"] {
            assert_eq!(author(&ev(holder), None), None, "{holder}");
        }
        let credited = Evidence { authors: vec![vec!["The Ledger".into()]], organisations: vec!["The Ledger".into()], ..ev("Ana Lima") };
        assert_eq!(author(&credited, None).as_deref(), Some("The Ledger"));
        let bylined = Evidence { bylines: vec!["By Tora Quist".into()], ..ev("Ana Lima") };
        assert_eq!(author(&bylined, None).as_deref(), Some("Tora Quist"));
    }

    #[test]
    fn a_byline_run_into_its_publications_name_names_the_writer() {
        let ev = |byline: &str| Evidence { bylines: vec![byline.into()], ..Default::default() };
        assert_eq!(author(&ev("Tora Quist VELMORA POST"), Some("VELMORA POST")).as_deref(), Some("Tora Quist"));
        assert_eq!(author(&ev("Tora Quist, Velmora Post"), Some("Velmora Post")).as_deref(), Some("Tora Quist"));
        // A name that only ends as the site's does stays whole.
        assert_eq!(author(&ev("Ana Post"), Some("Post")).as_deref(), Some("Ana Post"));
    }

    #[test]
    fn a_user_name_gives_way_to_a_full_name_given_later() {
        let ev = |authors: Vec<Vec<String>>| Evidence { authors, bylines: vec!["By Ana Lima | alima@ledger.com".into()], ..Default::default() };
        assert_eq!(author(&ev(vec![vec!["analima".into()]]), None).as_deref(), Some("Ana Lima"));
        let alone = Evidence { bylines: vec![], ..ev(vec![vec!["analima".into()]]) };
        assert_eq!(author(&alone, None).as_deref(), Some("analima"));
        assert_eq!(author(&ev(vec![vec!["Ana".into()]]), None).as_deref(), Some("Ana Lima"), "the given name opens the byline's full name");
        let other = Evidence { bylines: vec!["By Bo Ek".into(), "Anatol Ries".into(), "Ana Velmora Staff".into(), "Ana RiverNews".into()], ..ev(vec![vec!["Ana".into()]]) };
        assert_eq!(author(&other, None).as_deref(), Some("Ana"), "a given name is no user name");
        let agency = Evidence { bylines: vec!["AP Foto".into()], ..ev(vec![vec!["AP".into()]]) };
        assert_eq!(author(&agency, None).as_deref(), Some("AP"), "an agency's initials are no given name");
        let ev = Evidence { bylines: vec!["analima More Posts".into(), "Ana Lima".into()], ..ev(vec![vec!["analima".into()]]) };
        assert_eq!(author(&ev, None).as_deref(), Some("Ana Lima"));
        assert!(user_name("TodayShow") && user_name("ana_lima") && !user_name("PETA-Team") && !user_name("Ana"));
        assert!(user_name("TLQuist") && !user_name("NASA"));
        assert!(full_name("Ana de Lima") && !full_name("von KB_Redaktion") && !full_name("Ana"));
    }

    #[test]
    fn a_shown_date_dates_a_page_that_declares_none() {
        let ev = Evidence { shown_dates: vec!["Veröffentlicht am 06.10.2023".into(), "13.12.2023".into()], ..Default::default() };
        assert_eq!(choose(&ev).date.as_deref(), Some("2023-10-06"));
        let declared = Evidence { dates: vec!["2023-10-05".into()], ..ev.clone() };
        assert_eq!(choose(&declared).date.as_deref(), Some("2023-10-05"));
        let filed = Evidence { urls: vec!["https://ex.org/2023/10/04/a".into()], ..ev };
        assert_eq!(choose(&filed).date.as_deref(), Some("2023-10-04"), "the URL's day comes before a shown one");
        let stale = Evidence {
            dates: vec!["2009-09-02T00:00:00-04:00".into()],
            urls: vec!["https://ex.org/blogs/velmora/2014/05/quist-packs.html".into()],
            shown_dates: vec!["On May 23, 2014 at 1:30 PM".into()],
            ..Default::default()
        };
        assert_eq!(choose(&stale).date.as_deref(), Some("2014-05-23"), "a template's date before the URL's month");
        let later = Evidence { dates: vec!["2014-06-02".into()], ..stale.clone() };
        assert_eq!(choose(&later).date.as_deref(), Some("2014-06-02"), "a date after the URL's month is the markup's to give");
        let issue = Evidence {
            dates: vec!["2016-11-28".into()],
            urls: vec!["https://ex.org/magazine/2016/12/05/quist".into()],
            shown_dates: vec!["December 5, 2016 Issue".into()],
            ..Default::default()
        };
        assert_eq!(choose(&issue).date.as_deref(), Some("2016-11-28"), "online before the issue's date");
    }

    #[test]
    fn the_site_is_the_author_only_when_no_person_is_named() {
        let ev = Evidence { authors: vec![vec!["The Ledger".into()], vec!["Ana Lima".into()]], ..Default::default() };
        assert_eq!(author(&ev, Some("The Ledger")).as_deref(), Some("Ana Lima"));
        let ev = Evidence { authors: vec![vec!["The Ledger".into()]], ..Default::default() };
        assert_eq!(author(&ev, Some("The Ledger")).as_deref(), Some("The Ledger"));
    }

    #[test]
    fn site_names_come_off_titles_only_with_evidence() {
        let ev = Evidence { urls: vec!["https://www.theledger.com/x".into()], ..Default::default() };
        assert_eq!(strip_site("Rivers rise | The Ledger", Some("The Ledger"), &ev), "Rivers rise");
        assert_eq!(strip_site("Rivers rise - TheLedger.com", None, &ev), "Rivers rise");
        assert_eq!(strip_site("Rivers rise - The Sun", None, &ev), "Rivers rise - The Sun");
        assert_eq!(strip_site("Rivers rise - Theledger", None, &ev), "Rivers rise");
        assert_eq!(strip_site("Rivers rise • The Ledger", Some("The Ledger"), &ev), "Rivers rise");
        assert_eq!(strip_site("War and Peace: A Review", Some("The Ledger"), &ev), "War and Peace: A Review");
        // A section the URL files the page under ("/district/343604"), not the page's own slug.
        let filed = Evidence { urls: vec!["https://ledger.example/district/343604".into()], ..Default::default() };
        assert_eq!(strip_site("Rivers rise in Marl | District", None, &filed), "Rivers rise in Marl");
        let slug = Evidence { urls: vec!["https://ledger.example/news/rivers-rise".into()], ..Default::default() };
        assert_eq!(strip_site("Rivers rise | The Sun", None, &slug), "Rivers rise | The Sun");
    }

    #[test]
    fn of_declared_titles_that_disagree_the_one_the_page_shows_wins() {
        let ev = Evidence {
            titles: vec!["Wikimedia list article".into(), "List of films featuring time loops".into()],
            h1s: vec!["List of films featuring time loops".into()],
            page_title: Some("List of films featuring time loops - Wikipedia".into()),
            ..Default::default()
        };
        assert_eq!(title(&ev, None).as_deref(), Some("List of films featuring time loops"));
    }

    #[test]
    fn a_candidate_the_page_title_confirms_beats_menus_and_cms_labels() {
        let menus = Evidence {
            h1s: vec!["Sections".into(), "Subscribe".into(), "Rivers rise in the north".into()],
            page_title: Some("Rivers rise in the north \u{2013} The Ledger".into()),
            ..Default::default()
        };
        assert_eq!(title(&menus, None).as_deref(), Some("Rivers rise in the north"));
        let cms_label = Evidence {
            titles: vec!["Press releases".into()],
            h1s: vec!["Rivers rise in the north".into()],
            page_title: Some("LEDGER: Rivers rise in the north".into()),
            ..Default::default()
        };
        assert_eq!(title(&cms_label, None).as_deref(), Some("Rivers rise in the north"));
        let section = Evidence {
            titles: vec!["Local News | Rivers rise".into(), "Rivers rise".into()],
            page_title: Some("Rivers rise".into()),
            ..Default::default()
        };
        assert_eq!(title(&section, None).as_deref(), Some("Rivers rise"));
        let run_together = Evidence {
            titles: vec!["Die Zukunft der Arbeit - \"Wir dekorieren um\"".into()],
            h1s: vec!["Die Zukunft der Arbeit\"Wir dekorieren um\"".into()],
            ..Default::default()
        };
        assert_eq!(title(&run_together, None).as_deref(), Some("Die Zukunft der Arbeit - \"Wir dekorieren um\""));
        let label_word = Evidence {
            titles: vec!["Pour la retraite | AOC media - Analyse Opinion Critique".into()],
            h1s: vec!["Opinion".into()],
            ..Default::default()
        };
        assert_eq!(title(&label_word, None).as_deref(), Some("Pour la retraite | AOC media - Analyse Opinion Critique"));
        let styled = Evidence {
            titles: vec!["Mes\u{ad}sen\u{ad}ger sind kein Raum".into()],
            h1s: vec!["MESSENGER SIND KEIN RAUM".into()],
            ..Default::default()
        };
        assert_eq!(title(&styled, None).as_deref(), Some("Messenger sind kein Raum"));
        let one_word = Evidence { h1s: vec!["Menu".into()], page_title: Some("Menu planning for a week".into()), ..Default::default() };
        assert_eq!(title(&one_word, None).as_deref(), Some("Menu"));
        let section = Evidence {
            h1s: vec!["Gardens and Health".into()],
            page_title: Some("Velmora Orchards Bloom a Month Early This Year".into()),
            ..Default::default()
        };
        assert_eq!(title(&section, None).as_deref(), Some("Velmora Orchards Bloom a Month Early This Year"), "a section's label is no headline");
        let short = Evidence { h1s: vec!["Rivers rise".into()], page_title: Some("Velmora Daily".into()), ..Default::default() };
        assert_eq!(title(&short, None).as_deref(), Some("Rivers rise"), "a site's name in <title> is no headline");
    }

    #[test]
    fn the_piece_of_a_title_a_lesser_heading_shows_is_the_headline() {
        let page_title = "VELMORA HARBOUR REOPENS AFTER THE STORM | Velmora, Ostland | Ostland Local News - Velmora, Ostland";
        let ev = |subheads: Vec<String>| Evidence { titles: vec![page_title.into()], page_title: Some(page_title.into()), subheads, ..Default::default() };
        let shown = ev(vec!["Menu".into(), "VELMORA HARBOUR REOPENS AFTER THE STORM".into()]);
        assert_eq!(title(&shown, None).as_deref(), Some("VELMORA HARBOUR REOPENS AFTER THE STORM"));
        // The longest piece, of three words or more: the site's name shown alone is no
        // headline.
        let blog = "Quist Writes » Blog Archive » Counting Seals on the Velmora Estuary";
        let ev2 = Evidence { page_title: Some(blog.into()), subheads: vec!["Quist Writes".into(), "Counting Seals on the Velmora Estuary".into()], ..Default::default() };
        assert_eq!(title(&ev2, None).as_deref(), Some("Counting Seals on the Velmora Estuary"));
        // A forum's pieces parted by slashes between spaces (a slash inside a word is none).
        let forum = "Is the night ferry back? / Harbour/Quay Talk / Velmora Forums";
        let ev3 = Evidence { page_title: Some(forum.into()), subheads: vec!["Is the night ferry back?".into()], ..Default::default() };
        assert_eq!(title(&ev3, None).as_deref(), Some("Is the night ferry back?"));
        assert_eq!(title_pieces(forum), ["Is the night ferry back?", "Harbour/Quay Talk", "Velmora Forums"]);
        let site = ev(vec!["Ostland Local News".into()]);
        assert_eq!(title(&site, None).as_deref(), Some(page_title), "a site's name is no headline");
        assert_eq!(title(&ev(Vec::new()), None).as_deref(), Some(page_title));
    }

    #[test]
    fn a_title_trailing_its_sections_and_site_is_the_heading_it_opens_with() {
        let page_title = "How to Pack for Three Days: The Velmora Eye: Velmora on Style: Velmora";
        let ev = |subheads: Vec<String>| Evidence { titles: vec![page_title.into()], page_title: Some(page_title.into()), subheads, ..Default::default() };
        let shown = ev(vec!["How to Pack for Three Days".into()]);
        assert_eq!(title(&shown, Some("Velmora")).as_deref(), Some("How to Pack for Three Days"));
        // Not without the site's name closing the trail, nor without the heading.
        assert_eq!(title(&shown, Some("Ostland Daily")).as_deref(), Some(page_title));
        assert_eq!(title(&ev(Vec::new()), Some("Velmora")).as_deref(), Some(page_title));
    }

    #[test]
    fn a_keyword_list_is_no_standfirst() {
        let ev = Evidence {
            titles: vec!["Seals return to the estuary".into()],
            descriptions: vec!["Seals return to the estuary | velmora, seals, estuary, count, volunteers, spring".into()],
            ..Default::default()
        };
        assert_eq!(choose(&ev).standfirst, None);
        let ev = Evidence {
            titles: vec!["Seals return to the estuary".into()],
            descriptions: vec!["After thirty years, the seals are back, and so are the volunteers, the walkers, the ferry and the birds.".into()],
            ..Default::default()
        };
        assert!(choose(&ev).standfirst.is_some(), "a sentence with commas is a deck");
    }

    #[test]
    fn h1_agreeing_with_the_declared_title_wins() {
        let ev = Evidence {
            titles: vec!["Opinion | Rivers rise".into()],
            h1s: vec!["Rivers rise".into()],
            ..Default::default()
        };
        assert_eq!(title(&ev, None).as_deref(), Some("Rivers rise"));
        let ev = Evidence { titles: vec!["Rivers rise".into()], h1s: vec!["Newsletter".into()], ..Default::default() };
        assert_eq!(title(&ev, None).as_deref(), Some("Rivers rise"));
    }
}
