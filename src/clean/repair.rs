//! Scrape-damage repair: page furniture of PDF-to-text, repeated lines, wrapped lines.
//!
//! Takes the line units; marks page numbers, running headers and repeated lines as removed
//! (a line scraped twice in a row is a photo caption: kept once, as a caption) and joins
//! hard-wrapped and hyphen-split lines back into paragraphs without changing a word.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::phrases::COMPOUND_PREFIXES;
use super::{remove, Role, Unit};
use crate::model::CleanReport;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s+of\s+\d{1,4})?$").unwrap()
});

/// Marks page furniture and repeats; returns the line numbers of page furniture.
pub(super) fn mark_repeats(units: &mut [Unit], report: &mut CleanReport) -> HashSet<usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for u in units.iter() {
        *counts.entry(u.text.clone()).or_default() += 1;
    }
    let mut artifacts = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut prev: Option<usize> = None;
    for i in 0..units.len() {
        if units[i].keep || units[i].role == Role::Gone {
            continue;
        }
        let text = units[i].text.clone();
        if PAGE_NUMBER.is_match(&text) {
            artifacts.insert(units[i].line);
            remove(&mut units[i], report, "page-number", "a bare page number (PDF-to-text page furniture)");
            continue;
        }
        if counts[&text] >= 3 && units[i].words() <= 10 {
            artifacts.insert(units[i].line);
            remove(&mut units[i], report, "running-header", "a short line repeated on every page (running header or footer)");
            continue;
        }
        let adjacent_repeat = prev.is_some_and(|p| units[p].text == text && units[p].line + 1 == units[i].line);
        if adjacent_repeat {
            let p = prev.unwrap_or(i);
            if units[p].role == Role::Text && units[p].words() <= 40 {
                units[p].role = Role::Caption;
            }
            remove(&mut units[i], report, "duplicate-line", "repeats the line just before it (a caption scraped twice is kept once)");
            continue;
        }
        if !seen.insert(text) {
            remove(&mut units[i], report, "duplicate-line", "repeats an earlier line");
            continue;
        }
        prev = Some(i);
    }
    artifacts
}

const TERMINAL: &[char] = &['.', '!', '?', ':', '…', '"', '”', '’', ')', ']'];

/// Joins hard-wrapped lines: adjacent source lines (or lines separated only by page
/// furniture) where the first does not end a sentence and the next continues it.
pub(super) fn join(units: Vec<Unit>, artifacts: &HashSet<usize>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    let mut gap_has_artifact = false;
    for u in units {
        if u.role == Role::Gone {
            gap_has_artifact |= artifacts.contains(&u.line);
            out.push(u);
            continue;
        }
        let target = out.iter().rposition(|p| p.role != Role::Gone);
        if let Some(t) = target {
            let adjacent = out[t].end + 1 == u.line;
            if out[t].role == Role::Text && u.role == Role::Text && (adjacent || gap_has_artifact) {
                if let Some(joined) = joined(&out[t].text, &u.text, adjacent) {
                    let prev = &mut out[t];
                    prev.text = joined;
                    prev.end = u.end;
                    prev.raw.extend(u.raw);
                    prev.keep |= u.keep;
                    gap_has_artifact = false;
                    continue;
                }
            }
        }
        gap_has_artifact = false;
        out.push(u);
    }
    out
}

/// The joined text of two lines, when the second continues the first.
fn joined(a: &str, b: &str, adjacent: bool) -> Option<String> {
    let b_lower = b.chars().next().is_some_and(|c| c.is_lowercase());
    if let Some(stem) = a.strip_suffix('-') {
        let last = stem.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !last.is_empty() && b_lower {
            let keep_hyphen = COMPOUND_PREFIXES.contains(&last.to_lowercase().as_str());
            return Some(if keep_hyphen { format!("{a}{b}") } else { format!("{stem}{b}") });
        }
    }
    let ends_sentence = a.ends_with(TERMINAL);
    if !ends_sentence && b_lower {
        return Some(format!("{a} {b}"));
    }
    // A wrapped paragraph: long lines, the first not ending a sentence.
    let long = |s: &str| s.chars().count() >= 45;
    if adjacent && !ends_sentence && long(a) && long(b) {
        return Some(format!("{a} {b}"));
    }
    None
}
