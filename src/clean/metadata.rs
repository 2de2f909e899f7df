//! Metadata recovery: title, standfirst, author, date and the author's bio line.
//!
//! Takes the units after chrome removal; moves the lines that are metadata out of the body
//! (recorded as `metadata-*` in the report) and fills [`ArticleMeta`]. Bylines are read in
//! their common written forms: "By Name", "Name | August 2017", "..., writes Name",
//! "Posted on <date> by <name>"; dates in the common written forms, partial ones allowed.

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

/// Reads the title and the metadata lines at the head of the article.
pub(super) fn extract(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta, source: &str) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    let mut head = live.iter().copied().take(6).peekable();
    // The title: the first text line, when it reads as one.
    match head.peek() {
        Some(&i) if title_like(&units[i]) => {
            meta.title = units[i].text.clone();
            remove(&mut units[i], report, "metadata-title", "the article's title, carried into the metadata");
            head.next();
        }
        _ => meta.title = title_from_file(source),
    }
    for i in head {
        if units[i].keep {
            continue;
        }
        let u = &mut units[i];
        if let Some(c) = DATE_LINE.captures(&u.text) {
            meta.date.get_or_insert_with(|| c[1].to_string());
            if let Some(name) = c.get(2) {
                meta.author.get_or_insert_with(|| name.as_str().to_string());
            }
            remove(u, report, "metadata-date", "the publication date, carried into the metadata");
        } else if let Some(c) = BY_LINE.captures(&u.text) {
            let name = c[1].trim_end_matches('.').to_string();
            if c[0].len() == u.text.len() {
                meta.author.get_or_insert(name);
                remove(u, report, "metadata-author", "the byline, carried into the metadata");
            } else if u.raw.len() == 1 {
                // "By Name. First sentence...": the byline leaves, the sentence stays.
                meta.author.get_or_insert(name);
                let byline = c[0].to_string();
                super::report::removed(report, u.line, &byline, "metadata-author", "the byline opening this line, carried into the metadata (the rest of the line is kept)");
                u.text = u.text[byline.len()..].trim_start().to_string();
            }
        } else if let Some(c) = PIPE_LINE.captures(&u.text).filter(|c| DATE.is_match(&c[2]) && u.words() <= 10) {
            meta.author.get_or_insert_with(|| c[1].to_string());
            let date = DATE.find(&c[2]).map(|m| m.as_str().to_string()).unwrap_or_default();
            meta.date.get_or_insert(date);
            remove(u, report, "metadata-byline", "the author and date line, carried into the metadata");
        } else if let Some(c) = WRITES.captures(&u.text).filter(|_| meta.standfirst.is_none() && u.words() <= 60) {
            meta.author.get_or_insert_with(|| c[1].to_string());
            meta.standfirst = Some(u.text.clone());
            remove(u, report, "metadata-standfirst", "the standfirst with its byline, carried into the metadata");
        }
    }
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
