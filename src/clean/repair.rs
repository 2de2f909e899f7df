//! Scrape-damage repair: page furniture of PDF-to-text, repeated lines, wrapped lines.
//!
//! Takes the line units; marks page numbers, running heads and feet, download stamps and
//! repeated lines as removed (a line scraped twice in a row is a photo caption: kept once,
//! as a caption) and joins hard-wrapped and hyphen-split lines back into paragraphs without
//! changing a word; then removes pull quotes and rejoins words split by PDF-to-text.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::phrases::{COMPOUND_PREFIXES, STOP_WORDS};
use super::{remove, Role, Unit};
use crate::model::CleanReport;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s+of\s+\d{1,4})?$").unwrap()
});
/// A running head or foot: a page number before or after a short text (after it, perhaps
/// as "[Page 4]", as an Internet-Draft sets it).
static NUMBERED_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,4}\s+(\D+)|(\D+?)\s+(?:(\[(?i:page)\s+\d{1,4}\])|\d{1,4}))$").unwrap());
/// What a repository or database stamps on every page of a downloaded PDF: "Downloaded
/// from ... by guest on ...", "This content downloaded from ...", "For personal use only",
/// and the licence line.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this content\s+)?(?:downloaded|accessed)\s+(?:from|by|on|via)\b|\bfor personal use only\b|^all use subject to\b|\blicen[sc]ed under (?:a |the )?creative commons\b").unwrap()
});

/// A copyright line as a journal prints it at a page's foot ("© 2017 The Authors", "c 2017."
/// where PDF-to-text lost the circle of ©).
static COPYRIGHT_FOOT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:©|\(c\)|c)\s*(?:1[89]|20)\d\d\b").unwrap());

/// Marks page furniture and repeats; returns the line numbers of page furniture. In a
/// hard-wrapped text a line is a piece of a paragraph: one that recurs far from its first
/// showing stays.
pub(super) fn mark_repeats(units: &mut [Unit], report: &mut CleanReport, hard_wrapped: bool) -> HashSet<usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for u in units.iter() {
        *counts.entry(u.text.clone()).or_default() += 1;
    }
    let running = running_heads(units);
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
        if units[i].words() <= 40 && STAMP.is_match(&text) {
            artifacts.insert(units[i].line);
            remove(&mut units[i], report, "download-stamp", "a download or licence stamp printed on the page by the archive it came from");
            continue;
        }
        let at_foot = units.get(i + 1).is_some_and(Unit::opens_page);
        if at_foot && units[i].words() <= 12 && COPYRIGHT_FOOT.is_match(&text) {
            artifacts.insert(units[i].line);
            remove(&mut units[i], report, "page-foot", "a copyright line at a page's foot (PDF-to-text page furniture)");
            continue;
        }
        if running.contains(&i) {
            artifacts.insert(units[i].line);
            remove(&mut units[i], report, "running-head", "a running head or foot: a short line that repeats with a changing page number");
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
        if !seen.insert(text) && !hard_wrapped {
            remove(&mut units[i], report, "duplicate-line", "repeats an earlier line");
            continue;
        }
        prev = Some(i);
    }
    artifacts
}

/// The units that are running heads: a page number beside a text that recurs with another
/// number, or that opens another line of the page (the journal's or article's name).
fn running_heads(units: &[Unit]) -> HashSet<usize> {
    let numbered: Vec<(usize, String, bool)> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.keep && u.role != Role::Gone && u.words() <= 12)
        .filter_map(|(i, u)| {
            let c = NUMBERED_HEAD.captures(&u.text)?;
            let head = c.get(1).or(c.get(2))?.as_str().trim().to_lowercase();
            (head.chars().filter(|c| c.is_alphabetic()).count() >= 3).then_some((i, head, c.get(3).is_some()))
        })
        .collect();
    // (A page number set as "[Page 4]" says what it is: a name alone beside it is a foot.)
    let labelled: HashSet<usize> = numbered.iter().filter(|(_, _, label)| *label).map(|(i, _, _)| *i).collect();
    let numbered: Vec<(usize, String)> = numbered.into_iter().map(|(i, head, _)| (i, head)).collect();
    let mut seen: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (i, head) in &numbered {
        seen.entry(head.as_str()).or_default().insert(units[*i].text.as_str());
    }
    // The first three to twelve words of every other line, to find a head that repeats
    // the start of a longer line.
    let heads: HashSet<usize> = numbered.iter().map(|(i, _)| *i).collect();
    let opening: HashSet<String> = units
        .iter()
        .enumerate()
        .filter(|(i, u)| u.words() >= 4 && !heads.contains(i))
        .flat_map(|(_, u)| {
            let lower = u.text.to_lowercase();
            let words: Vec<String> = lower.split_whitespace().take(12).map(str::to_string).collect();
            (3..words.len()).map(move |n| words[..n].join(" ").trim_end_matches([',', ':', '.']).to_string())
        })
        .collect();
    numbered
        .iter()
        .filter(|(i, head)| {
            let words = head.split_whitespace().count();
            (words >= 2 || labelled.contains(i)) && seen[head.as_str()].len() >= 2 || words >= 3 && opening.contains(head)
        })
        .map(|(i, _)| *i)
        .collect()
}

/// A footnote of PDF-to-text at a page's foot: its number, perhaps a full stop (as journals
/// set it: "1. Our criteria…"), a space, and a capital or a web address ("2.
/// https://example.org/code").
pub(super) static BARE_NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})\.?\s+(?:(\p{Lu}.*)|((?:https?://|www\.)\S.*))$").unwrap());

const TERMINAL: &[char] = &['.', '!', '?', ':', '…', '"', '”', '’', ')', ']'];

/// Joins hard-wrapped lines: adjacent source lines (or lines separated only by page
/// furniture) where the first does not end a sentence and the next continues it. In a text
/// known to be wrapped to `wrap` characters, a line filling the width (near enough) and
/// ending no sentence goes on in the next, unless that is a list's item or a numbered head.
pub(super) fn join(units: Vec<Unit>, artifacts: &HashSet<usize>, wrap: Option<usize>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    let mut gap_has_artifact = false;
    for u in units {
        if u.role == Role::Gone {
            gap_has_artifact |= artifacts.contains(&u.line);
            out.push(u);
            continue;
        }
        let mut target = out.iter().rposition(|p| p.role != Role::Gone);
        // A page's foot notes stand between its last paragraph and the next page's first
        // line, which may go on with that paragraph.
        // (A note may run over a few lines of its own.)
        let note = |p: &Unit| p.role == Role::Text && p.raw.len() <= 8 && BARE_NOTE.is_match(&p.text);
        while u.opens_page() && target.is_some_and(|t| note(&out[t])) {
            target = target.and_then(|t| out[..t].iter().rposition(|p| p.role != Role::Gone));
        }
        if let Some(t) = target {
            let adjacent = out[t].end + 1 == u.line;
            // A credit on the line under a short line: the two are one photo caption.
            let credit = u.role == Role::Caption && super::chrome::CREDIT.is_match(&u.text);
            if credit && adjacent && out[t].role == Role::Text && out[t].raw.len() == 1 && out[t].words() <= 30 {
                let prev = &mut out[t];
                prev.text = format!("{} {}", prev.text, u.text);
                prev.end = u.end;
                prev.raw.extend(u.raw);
                prev.role = Role::Caption;
                gap_has_artifact = false;
                continue;
            }
            // A page break of PDF-to-text (a form feed) may cut a paragraph: the next page
            // goes on with it as after page furniture.
            if out[t].role == Role::Text && u.role == Role::Text && (adjacent || gap_has_artifact || u.opens_page()) {
                if let Some(joined) = joined(&out[t].text, &u.text, adjacent, wrap) {
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

/// The joined text of two lines, when the second continues the first (in a text known to
/// be wrapped to `wrap` characters, see [`join`]).
pub(super) fn joined(a: &str, b: &str, adjacent: bool, wrap: Option<usize>) -> Option<String> {
    let b_lower = b.chars().next().is_some_and(|c| c.is_lowercase());
    if let Some(stem) = a.strip_suffix('-') {
        let last = stem.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !last.is_empty() && b_lower {
            let keep_hyphen = COMPOUND_PREFIXES.contains(&last.to_lowercase().as_str());
            return Some(if keep_hyphen { format!("{a}{b}") } else { format!("{stem}{b}") });
        }
    }
    let ends_sentence = a.ends_with(TERMINAL) && !ends_on_abbreviation(a);
    if !ends_sentence && b_lower {
        return Some(format!("{a} {b}"));
    }
    // A wrapped paragraph: long lines, the first not ending a sentence.
    let long = |s: &str| s.chars().count() >= 45;
    // (Not after a numbered section head: "3.2 Increasing Flexibility of the Model".)
    // (Nor before a list's item.)
    if adjacent && !ends_sentence && long(a) && long(b) && !BARE_NOTE.is_match(b) && !super::structure::numbered_head(a) && !super::BULLET.is_match(b) {
        return Some(format!("{a} {b}"));
    }
    // A line filling the wrap width (near enough); a compound's hyphen at its end stays and
    // joins ("Internet-" "Drafts").
    let fills_the_width = wrap.is_some_and(|w| a.chars().count() * 20 >= w * 17);
    if adjacent && !ends_sentence && fills_the_width && !super::BULLET.is_match(b) && !super::structure::numbered_head(b) {
        let compound = a.strip_suffix('-').is_some_and(|stem| stem.ends_with(char::is_alphabetic));
        return Some(if compound { format!("{a}{b}") } else { format!("{a} {b}") });
    }
    None
}

/// Whether a line of a hard-wrapped text runs on into the next: a long line not ending a
/// sentence, before one opening on a lowercase word.
fn runs_on(line: &str, next: &str) -> bool {
    let lowercase_word = next.split_whitespace().next().is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_lowercase() || c == '\''));
    line.chars().count() >= 40 && !line.ends_with(TERMINAL) && lowercase_word
}

/// Whether a text is hard-wrapped: at least a fifth of the gaps between its lines (and
/// twenty) fall inside a sentence. (Scraped pages set one paragraph a line: their lines end
/// sentences.)
fn hard_wrapped(wrapped: usize, gaps: usize) -> bool {
    wrapped >= 20 && wrapped * 5 >= gaps
}

/// The width a text is hard-wrapped to, if the units (one a source line) are such a text:
/// its paragraphs must be joined before the page's head and body are told apart. The width
/// is the middle length of the lines that run on into the next.
pub(super) fn wrap_width(units: &[Unit]) -> Option<usize> {
    let adjacent: Vec<(&Unit, &Unit)> = units.windows(2).filter(|w| w[0].end + 1 == w[1].line).map(|w| (&w[0], &w[1])).collect();
    let mut wrapped: Vec<usize> = adjacent.iter().filter(|(a, b)| runs_on(&a.text, &b.text)).map(|(a, _)| a.text.chars().count()).collect();
    if !hard_wrapped(wrapped.len(), adjacent.len()) {
        return None;
    }
    wrapped.sort_unstable();
    wrapped.get(wrapped.len() / 2).copied()
}

/// A plain-text document saved with a blank line after every line (an Internet-Draft
/// copied from a browser): hard-wrapped lines, many of which run on into the next.
pub(super) struct DoubleSpacing {
    /// The text without the blank lines that stand between two lines of text.
    pub(super) single_spaced: String,
    /// The source line number of each line of the single-spaced text.
    source_line: Vec<usize>,
    /// The blank lines left out, by source line number.
    left_out: Vec<(usize, String)>,
}

impl DoubleSpacing {
    /// The text's double spacing, if nine gaps in ten between its lines are one blank line
    /// and it is hard-wrapped. (Scraped pages set one paragraph a line, a blank between.)
    pub(super) fn of(text: &str) -> Option<DoubleSpacing> {
        let lines: Vec<&str> = text.lines().collect();
        let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect();
        let gaps = filled.len().checked_sub(1).filter(|&g| g >= 20)?;
        let single_gaps = filled.windows(2).filter(|w| w[1] - w[0] == 2).count();
        let wrapped = filled.windows(2).filter(|w| runs_on(lines[w[0]].trim(), lines[w[1]].trim())).count();
        if single_gaps * 10 < gaps * 9 || !hard_wrapped(wrapped, gaps) {
            return None;
        }
        let mut spacing = DoubleSpacing { single_spaced: String::with_capacity(text.len()), source_line: Vec::new(), left_out: Vec::new() };
        for (i, line) in lines.iter().enumerate() {
            let between_lines = |at: usize| at > 0 && at + 1 < lines.len() && !lines[at - 1].trim().is_empty() && !lines[at + 1].trim().is_empty();
            if line.trim().is_empty() && between_lines(i) {
                spacing.left_out.push((i + 1, (*line).to_string()));
                continue;
            }
            spacing.single_spaced.push_str(line);
            spacing.single_spaced.push('\n');
            spacing.source_line.push(i + 1);
        }
        Some(spacing)
    }

    /// Gives a report on the single-spaced text the source's line numbers, and lists the
    /// blank lines left out.
    pub(super) fn restore_lines(&self, report: &mut CleanReport) {
        let source_line = |line: usize| line.checked_sub(1).and_then(|i| self.source_line.get(i)).copied().unwrap_or(line);
        for removed in &mut report.removed {
            removed.line = source_line(removed.line);
        }
        for flag in &mut report.flags {
            flag.line = source_line(flag.line);
        }
        for (line, text) in &self.left_out {
            super::report::removed(report, *line, text, "blank", "a blank line of a double-spaced text (one after every line: it parts no paragraphs)");
        }
        report.total_lines += self.left_out.len();
        report.removed.sort_by_key(|r| r.line);
    }
}

/// Abbreviations that end a line without ending its sentence: a citation's "et al.", a
/// reference's "Fig." or "pp.", a title before a name.
const ABBREVIATIONS: &[&str] = &["et al.", "e.g.", "i.e.", "cf.", "vs.", "viz.", "fig.", "figs.", "eq.", "eqs.", "p.", "pp.", "vol.", "no.", "ch.", "sec.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st."];

/// Whether a line ends on one of [`ABBREVIATIONS`] ("… data. (Henry et al." goes on with
/// "(2015)) present a simple …"), a whole word of it.
fn ends_on_abbreviation(line: &str) -> bool {
    let lower = line.to_lowercase();
    ABBREVIATIONS.iter().any(|abbr| {
        lower.strip_suffix(abbr).is_some_and(|before| before.is_empty() || before.ends_with(|c: char| c.is_whitespace() || c == '(' || c == '['))
    })
}

/// Removes pull quotes: a short line between paragraphs that repeats a passage of a
/// paragraph word for word (quotation marks aside). Looked up by the line's first three
/// words, so the pass stays linear in the text.
pub(super) fn pull_quotes(units: &mut [Unit], report: &mut CleanReport) {
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let texts: Vec<Vec<String>> = units.iter().map(|u| if u.role == Role::Text { words(&u.text) } else { Vec::new() }).collect();
    let mut index: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (i, w) in texts.iter().enumerate() {
        for at in 0..w.len().saturating_sub(2) {
            index.entry(&w[at..at + 3]).or_default().push(i);
        }
    }
    let mut pulled = Vec::new();
    for (i, w) in texts.iter().enumerate() {
        let quoted = units[i].text.starts_with(['“', '"', '‘']);
        if units[i].keep || units[i].raw.len() > 2 || w.len() > 30 || w.len() < if quoted { 4 } else { 6 } {
            continue;
        }
        let Some(candidates) = index.get(&w[..3]) else { continue };
        // (Inside a paragraph, not a list's item: a headline is printed again in the page's
        // list of teasers, "* Headline KABUL: The first words…".)
        let inside = |j: &usize| {
            *j != i && texts[*j].len() > w.len() && !super::BULLET.is_match(&units[*j].text) && texts[*j].windows(w.len()).any(|s| s == w.as_slice())
        };
        if candidates.iter().any(inside) {
            pulled.push(i);
        }
    }
    for i in pulled {
        remove(&mut units[i], report, "pull-quote", "a pull quote: repeats a passage of the article's text word for word");
    }
}

/// A section head set in small capitals, as PDF-to-text spaces it: each word's capital
/// apart from its small capitals ("3.1.1 M ULTI - OUTPUT G AUSSIAN P ROCESSES").
static SPACED_SMALL_CAPS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[\p{Lu}\s\-–]+$").unwrap());

/// Closes up a numbered section head set in small capitals ("3.1.1 MULTI-OUTPUT GAUSSIAN
/// PROCESSES") on the text's own evidence: pieces are closed up where together they make a
/// word the article uses elsewhere ("G AUSSIAN" as "gaussian", "D E - NOISE" as "de-noise",
/// "RNN S" as "RNNs"; "TO" stays apart), or where a capital stands before a piece that is
/// no word. Each repair is flagged in the report.
pub(super) fn close_up_small_capitals(units: &mut [Unit], report: &mut CleanReport) {
    let heads: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text && SPACED_SMALL_CAPS.is_match(&units[i].text)).collect();
    if heads.is_empty() {
        return;
    }
    // (The heads' own pieces are no evidence.)
    let vocabulary: HashSet<String> = units
        .iter()
        .filter(|u| !SPACED_SMALL_CAPS.is_match(&u.text))
        .flat_map(|u| u.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    for i in heads {
        let tokens: Vec<&str> = units[i].text.split(' ').collect();
        let mut out: Vec<String> = Vec::with_capacity(tokens.len());
        let mut k = 0;
        while k < tokens.len() {
            // The longest run of up to five pieces that makes a word of the text.
            let span = (2..=5.min(tokens.len() - k)).rev().find(|&m| vocabulary.contains(&tokens[k..k + m].concat().to_lowercase()));
            // Else a capital apart before a piece that is no word of the text ("I NCORPORATING",
            // where the text says "incorporate"; not "A NEW").
            let capital = tokens[k].chars().count() == 1 && tokens[k].chars().all(char::is_uppercase);
            let piece = tokens.get(k + 1).is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_uppercase) && !vocabulary.contains(&t.to_lowercase()));
            let m = span.unwrap_or(if capital && piece { 2 } else { 1 });
            out.push(tokens[k..k + m].concat());
            k += m;
        }
        let closed = out.join(" ");
        if closed != units[i].text {
            report.flags.push(crate::model::Flag { line: units[i].line, excerpt: format!("“{}” as “{closed}”", units[i].text), reason: SMALL_CAPITALS.into() });
            units[i].text = closed;
        }
    }
}

const SMALL_CAPITALS: &str = "closed up a section head in small capitals that PDF-to-text spaced apart";

/// The report's reason for a word put back together.
const REJOINED: &str = "rejoined a word split by PDF-to-text (the whole word occurs elsewhere in the article)";

/// Ligatures that PDF-to-text drops, leaving a gap inside the word ("e cient").
const LIGATURES: &[&str] = &["", "fi", "fl", "ff", "ffi", "ffl"];

/// Rejoins words split in two by PDF-to-text ("eff ective", "e cient" for "efficient"),
/// on the text's own evidence: the joined word occurs whole elsewhere in the article and
/// the second piece never stands alone as a word except in this pair (nor the first,
/// unless a ligature is restored between them). Each repair is flagged in the report.
pub(super) fn rejoin_split_words(units: &mut [Unit], report: &mut CleanReport) {
    let word = |t: &str| t.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let mut count: HashMap<String, usize> = HashMap::new();
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    for u in units.iter().filter(|u| u.role != Role::Gone) {
        let words: Vec<String> = u.text.split_whitespace().map(word).collect();
        for (k, w) in words.iter().enumerate() {
            *count.entry(w.clone()).or_default() += 1;
            if let Some(next) = words.get(k + 1) {
                *pairs.entry((w.clone(), next.clone())).or_default() += 1;
            }
        }
    }
    let only_in_pair = |w: &str, pair: usize| count.get(w).copied().unwrap_or(0) <= pair;
    for u in units.iter_mut().filter(|u| matches!(u.role, Role::Text | Role::Heading | Role::Quote)) {
        let tokens: Vec<&str> = u.text.split(' ').collect();
        let mut out: Vec<String> = Vec::with_capacity(tokens.len());
        let mut changed = Vec::new();
        let mut k = 0;
        while k < tokens.len() {
            let (a, b) = (tokens[k], tokens.get(k + 1).copied().unwrap_or(""));
            let b_word = b.trim_end_matches(|c: char| !c.is_alphabetic());
            let shaped = !a.is_empty() && a.chars().all(char::is_alphabetic) && !b_word.is_empty() && b_word.chars().all(char::is_lowercase);
            let (la, lb) = (a.to_lowercase(), b_word.to_lowercase());
            let pair = pairs.get(&(la.clone(), lb.clone())).copied().unwrap_or(0);
            // Without a ligature to restore, both pieces must be strangers to the text,
            // neither a function word ("be half" is not "behalf"), and the whole word at least
            // as common as the pair ("black holes" three times and "blackholes" once: the
            // author's two words, and a typo).
            let stranger = |w: &str| only_in_pair(w, pair) && !STOP_WORDS.contains(&w);
            let whole = |l: &str| count.get(&format!("{la}{l}{lb}")).copied().unwrap_or(0);
            let fixed = (shaped && stranger(&lb))
                .then(|| LIGATURES.iter().find(|l| (!l.is_empty() || (stranger(&la) && whole(l) >= pair)) && whole(l) > 0))
                .flatten();
            match fixed {
                Some(l) => {
                    let split = format!("{a} {b_word}");
                    let line = u.raw.iter().find(|(_, r)| r.contains(&split)).map_or(u.line, |(n, _)| *n);
                    changed.push((line, format!("“{split}” as “{a}{l}{b_word}”")));
                    out.push(format!("{a}{l}{b}"));
                    k += 2;
                }
                None => {
                    out.push(a.to_string());
                    k += 1;
                }
            }
        }
        if !changed.is_empty() {
            u.text = out.join(" ");
        }
        for (line, excerpt) in changed {
            report.flags.push(crate::model::Flag { line, excerpt, reason: REJOINED.into() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::joined;

    /// Wraps a paragraph to 68 columns, indented three, as a plain-text draft is set.
    fn wrapped(paragraph: &str) -> Vec<String> {
        let mut lines = vec![String::new()];
        for word in paragraph.split_whitespace() {
            let last = lines.last_mut().unwrap();
            if !last.is_empty() && last.len() + 1 + word.len() > 65 {
                lines.push(word.to_string());
            } else {
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(word);
            }
        }
        lines.into_iter().map(|l| format!("   {l}")).collect()
    }

    /// An invented draft, copied from a browser with a blank line after every line: its
    /// head, abstract, a printed contents and two pages of wrapped sections.
    fn double_spaced_draft() -> String {
        let section = |n: usize, name: &str, what: &str| {
            let mut lines = vec![format!("{n}. {name}")];
            lines.extend(wrapped(&format!("The {name} section says how a Velmora relay deals with {what}, which the counters send over the network from each of the beaches, and how the relay answers them when a record arrives late or twice, or when the beach it names is not one of the survey's, or when its count of {what} is higher than the beach has ever held.")));
            lines.extend(wrapped(&format!("A relay that cannot store {what} answers with an error naming the {name} rule, and the counter sends the record again an hour later, up to three times in all.")));
            lines
        };
        let mut lines: Vec<String> = ["INTERNET DRAFT                                      Tora Quist", "Expires: 18 June 2031                                 15 December 2030", "Velmora Relay", "Abstract"].iter().map(|s| s.to_string()).collect();
        lines.extend(wrapped("This draft describes a protocol by which the counters of a seal survey send their records to a relay that keeps them for the survey's scientists."));
        lines.extend(["Table of Contents", "1. Records...................................................2", "2. Answers...................................................2", "3. Errors....................................................3", "4. Repeats...................................................3", "5. Security..................................................4"].map(str::to_string));
        lines.extend(section(1, "Records", "a day's records of the seal count"));
        lines.extend(["* A record names its beach, its day and its count,", "* A record is sent once a day."].map(str::to_string));
        lines.extend(section(2, "Answers", "the answers it owes"));
        lines.extend(["Quist                                                       [Page 2]", "Internet-Draft                Velmora Relay            December 2030"].map(str::to_string));
        lines.extend(section(3, "Errors", "records it must refuse"));
        lines.extend(section(4, "Repeats", "a record sent twice over"));
        lines.extend(["Quist                                                       [Page 3]", "Internet-Draft                Velmora Relay            December 2030"].map(str::to_string));
        lines.extend(section(5, "Security", "a counter it does not know"));
        lines.extend(["Quist                                                       [Page 4]"].map(str::to_string));
        lines.join("\n\n")
    }

    #[test]
    fn a_double_spaced_hard_wrapped_draft_is_read_as_paragraphs() {
        let source = double_spaced_draft();
        let article = crate::clean::clean(&source, "draft.txt", "ch01", &Default::default());
        let body: Vec<String> = article.blocks.iter().map(|b| format!("{b:?}")).collect();
        let text = body.join("\n");
        // Each section's first paragraph is one block, its wrapped lines joined.
        assert_eq!(text.matches(", which the counters send over the network from each of the beaches, and how the relay answers them when a record arrives late or twice, or when").count(), 5, "{text}");
        // A list's items stay apart from the line before them and from each other.
        assert!(text.contains("A record names its beach, its day and its count,\"") && !text.contains("count, * A record"), "{text}");
        assert_ne!(article.meta.title, "1. Records...................................................2");
        let report = &article.report;
        assert_eq!(report.total_lines, source.lines().count());
        // Every line removed is reported under its own number in the source.
        let lines: Vec<&str> = source.lines().collect();
        for removed in &report.removed {
            assert_eq!(lines[removed.line - 1], removed.text, "{removed:?}");
        }
        assert!(report.removed.iter().any(|r| r.rule == "running-head" && r.text.starts_with("Quist ")), "{:?}", report.removed);
        // The printed contents: its header and its five entries.
        assert_eq!(report.removed.iter().filter(|r| r.rule == "contents-list").count(), 6, "{:?}", report.removed);
        // The blank lines are reported, and no line is both in the body and the report.
        assert_eq!(report.removed.iter().filter(|r| r.rule == "blank").count(), lines.iter().filter(|l| l.is_empty()).count());
    }

    #[test]
    fn a_text_with_one_paragraph_a_line_is_not_double_spaced() {
        let paragraph = "The counters of the Velmora survey walk the beaches at dawn and send their records to the relay before noon.";
        let page = vec![paragraph; 40].join("\n\n");
        assert!(super::DoubleSpacing::of(&page).is_none());
        assert!(super::DoubleSpacing::of(&double_spaced_draft()).is_some());
    }

    #[test]
    fn a_line_ending_on_an_abbreviation_goes_on() {
        let a = "Within ecology there has been much interest in counting seals. (Quist et al.";
        let b = "(2015)) present a simple count of the harbour seals from the air in spring";
        assert_eq!(joined(a, b, true, None).as_deref(), Some(format!("{a} {b}").as_str()));
        let a = "The colony grew from forty to eighty animals over the ten years of the survey.";
        assert_eq!(joined(a, b, true, None), None, "a full stop ends the sentence");
    }
}
