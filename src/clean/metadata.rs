//! Metadata recovery: title, standfirst, author, date and the author's bio line.
//!
//! Takes the units after chrome removal; moves the lines that are metadata out of the body
//! (recorded as `metadata-*` in the report) and fills [`ArticleMeta`]. Bylines are read in
//! their common written forms: "By Name", "Name | August 2017", "..., writes Name",
//! "Posted on DATE by NAME"; dates in the common written forms, partial ones allowed.

use std::sync::LazyLock;

use regex::Regex;

use super::{remove, Role, Unit};
use crate::model::{ArticleMeta, CleanReport};

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const NAME: &str = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|der|la|le)?\s*\p{Lu}[\p{L}'’.-]*){1,3}";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}})|(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})|(?:{MONTH},?\s+\d{{4}})|(?:\d{{4}}-\d{{2}}-\d{{2}})|(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}))"
    ))
    .unwrap()
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:posted|published|updated)(?:\s+on)?:?\s+|date:\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?({})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?(?:\s+[A-Z]{{2,4}})?)?(?:\s+by\s+(?-i:({NAME})))?\.?$",
        DATE.as_str()
    ))
    .unwrap()
});
static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?i:by|words by|written by|author:)\s+({NAME})(?:[.,]|\s*$)")).unwrap()
});
static PIPE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^({NAME})\s*[|•·–—]\s*(.+)$")).unwrap());
static WRITES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r",?\s+(?:writes|argues|reports|explains|says|explores|asks)\s+({NAME})\.?$")).unwrap()
});

static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{NAME}$")).unwrap());

/// Reads the title and the metadata lines at the head of the article: the lines before the
/// first paragraph of prose, and the first few paragraphs for a standfirst or "By Name.".
pub(super) fn extract(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta, source: &str) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    // The head ends at the first sentence-like paragraph.
    let sentence = |u: &Unit| u.words() >= 8 && u.text.ends_with(['.', '!', '?', '"', '”', '’']);
    let head_len = live.iter().position(|&i| sentence(&units[i])).unwrap_or(live.len());
    let mut first_meta = None;
    for (k, &i) in live.iter().enumerate().take((head_len + 3).min(16)) {
        if units[i].keep {
            continue;
        }
        let in_head = k < head_len;
        if metadata_line(&mut units[i], report, meta, in_head) && in_head && first_meta.is_none() {
            first_meta = Some(k);
        }
    }
    // The title: the title-like line just before the first metadata line, else the last
    // title-like line of the head (menus come first, the title last).
    let head: Vec<usize> = live[..head_len].iter().copied().filter(|&i| units[i].role == Role::Text).collect();
    let before_meta = first_meta.and_then(|m| live[..m].iter().rev().find(|&&i| units[i].role == Role::Text).copied());
    let title = before_meta
        .filter(|&i| title_like(&units[i]))
        .or_else(|| head.iter().rev().find(|&&i| title_like(&units[i]) && units[i].words() >= 2).copied())
        .or_else(|| head.first().copied().filter(|&i| title_like(&units[i])));
    match title {
        Some(i) if !units[i].keep => {
            meta.title = units[i].text.clone();
            remove(&mut units[i], report, "metadata-title", "the article's title, carried into the metadata");
        }
        _ => meta.title = title_from_file(source),
    }
}

/// Reads one line as metadata if it is one; true when it was (and left the body).
fn metadata_line(u: &mut Unit, report: &mut CleanReport, meta: &mut ArticleMeta, in_head: bool) -> bool {
    if let Some(c) = DATE_LINE.captures(&u.text).filter(|_| in_head) {
        meta.date.get_or_insert_with(|| c[1].to_string());
        if let Some(name) = c.get(2) {
            meta.author.get_or_insert_with(|| name.as_str().trim_end_matches('.').to_string());
        }
        remove(u, report, "metadata-date", "the publication date, carried into the metadata");
    } else if let Some(c) = BY_LINE.captures(&u.text) {
        let name = c[1].trim_end_matches('.').to_string();
        if c[0].len() == u.text.len() {
            meta.author.get_or_insert(name);
            remove(u, report, "metadata-author", "the byline, carried into the metadata");
        } else if u.raw.len() == 1 && c[0].ends_with('.') {
            // "By Name. First sentence...": the byline leaves, the sentence stays.
            meta.author.get_or_insert(name);
            let byline = c[0].to_string();
            super::report::removed(report, u.line, &byline, "metadata-author", "the byline opening this line, carried into the metadata (the rest of the line is kept)");
            u.text = u.text[byline.len()..].trim_start().to_string();
            return false;
        } else {
            return false;
        }
    } else if let Some(c) = PIPE_LINE.captures(&u.text).filter(|c| DATE.is_match(&c[2]) && u.words() <= 10) {
        meta.author.get_or_insert_with(|| c[1].to_string());
        let date = DATE.find(&c[2]).map(|m| m.as_str().to_string()).unwrap_or_default();
        meta.date.get_or_insert(date);
        remove(u, report, "metadata-byline", "the author and date line, carried into the metadata");
    } else if let Some(c) = WRITES.captures(&u.text).filter(|_| meta.standfirst.is_none() && u.words() <= 60) {
        meta.author.get_or_insert_with(|| c[1].trim_end_matches('.').to_string());
        meta.standfirst = Some(u.text.clone());
        remove(u, report, "metadata-standfirst", "the standfirst with its byline, carried into the metadata");
    } else if in_head && meta.author.is_none() && NAME_LINE.is_match(&u.text) && u.words() <= 4 && !has_stop_word(&u.text) {
        meta.author = Some(u.text.clone());
        remove(u, report, "metadata-author", "a line holding only a name at the head: the author");
    } else {
        return false;
    }
    true
}

fn has_stop_word(text: &str) -> bool {
    text.split_whitespace().any(|w| super::phrases::STOP_WORDS.contains(&w.to_lowercase().as_str()))
}

/// True for a line that is only a date (with an optional time and byline).
pub(super) fn is_date_line(text: &str) -> bool {
    DATE_LINE.is_match(text)
}

/// A title: a short line that does not read as a sentence of body text.
fn title_like(u: &Unit) -> bool {
    let words = u.words();
    words > 0 && words <= 25 && !u.text.ends_with(['.', ',', ';']) || words <= 12 && u.text.ends_with('.') && !u.text.contains(". ")
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

/// The author's bio line: among the last text lines, one that opens with the author's name
/// (or a name) followed by "is"/"was" and a description.
pub(super) fn bio(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta) {
    static BIO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^({NAME})\s+(?:is|was|teaches|writes|works)\s")).unwrap()
    });
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    for &i in live.iter().rev().take(3) {
        let u = &mut units[i];
        let Some(c) = BIO.captures(&u.text) else { continue };
        let matches_author = match &meta.author {
            Some(a) => c[1] == *a,
            None => false,
        };
        if matches_author && u.words() <= 50 && !u.keep {
            meta.bio = Some(u.text.clone());
            remove(u, report, "metadata-bio", "the author's bio line, carried into the metadata");
            return;
        }
    }
}
