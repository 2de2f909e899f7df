//! The audit trail: removal records, typo flags and the readable summary.
//!
//! Takes units' source lines and rule names; returns entries of the [`CleanReport`] and a
//! human-readable summary string for `anthology clean` and `build --verbose`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{CleanReport, Flag, RemovedLine, Warning};

/// Records one removed source line.
pub fn removed(report: &mut CleanReport, line: usize, text: &str, rule: &str, reason: &str) {
    report.removed.push(RemovedLine {
        line,
        text: text.to_string(),
        rule: rule.to_string(),
        reason: reason.to_string(),
    });
}

static SLASH_GLUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}+/\s+\p{L}+").unwrap());
static NUMBER_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\p{Ll}{2,}\d{2,}|\d{3,}\p{Ll}{3,})\b").unwrap());

/// Flags suspect typos in a kept line ("called/ for", "during1917"); never fixes them.
pub fn flag_typos(report: &mut CleanReport, line: usize, text: &str) {
    for m in SLASH_GLUE.find_iter(text) {
        report.flags.push(Flag {
            line,
            excerpt: m.as_str().to_string(),
            reason: "slash glued to a word: a typo or a lost word?".into(),
        });
    }
    for m in NUMBER_GLUE.find_iter(text) {
        let s = m.as_str();
        // Ordinals ("20th", "1990s") are words, not typos.
        if s.ends_with("th") || s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") || s.ends_with('s') && s.len() <= 5 {
            continue;
        }
        report.flags.push(Flag {
            line,
            excerpt: s.to_string(),
            reason: "word glued to a number: a missing space?".into(),
        });
    }
}

/// A readable summary of one report: counts per rule, then the flags.
pub fn summary(report: &CleanReport) -> String {
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &report.removed {
        *per_rule.entry(r.rule.as_str()).or_default() += 1;
    }
    let kept = report.total_lines.saturating_sub(report.removed.len());
    let mut out = format!(
        "{}: {} lines, {} carried into the text, {} removed",
        report.source,
        report.total_lines,
        kept,
        report.removed.len()
    );
    let rules: Vec<String> = per_rule.iter().map(|(r, n)| format!("{r} {n}")).collect();
    if !rules.is_empty() {
        out.push_str(&format!(" ({})", rules.join(", ")));
    }
    out.push('\n');
    for r in report.removed.iter().filter(|r| r.rule != "blank") {
        out.push_str(&format!("  line {}: [{}] {}\n", r.line, r.rule, shorten(&r.text)));
    }
    for f in &report.flags {
        // A flag on the whole page has no line and no excerpt.
        match (f.line, f.excerpt.is_empty()) {
            (0, true) => out.push_str(&format!("  flag: {}\n", f.reason)),
            _ => out.push_str(&format!("  line {}: flag: `{}`: {}\n", f.line, f.excerpt, f.reason)),
        }
    }
    out
}

/// One line saying what the cleaner removed from a source: the build prints it per
/// cleaned article ("sources/a.txt: removed 12 of 80 text lines (chrome 8, share 4)").
/// Blank lines are left out of both counts, so the rules' counts add up to the first.
pub fn removal_line(r: &CleanReport) -> String {
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for x in r.removed.iter().filter(|x| x.rule != "blank") {
        *per_rule.entry(x.rule.as_str()).or_default() += 1;
    }
    let removed: usize = per_rule.values().sum();
    let blank = r.removed.len() - removed;
    let rules: Vec<String> = per_rule.iter().map(|(rule, n)| format!("{rule} {n}")).collect();
    format!(
        "{}: removed {} of {} text lines{}",
        r.source,
        removed,
        r.total_lines.saturating_sub(blank),
        if rules.is_empty() { String::new() } else { format!(" ({})", rules.join(", ")) }
    )
}

/// A warning when the cleaner removed more than a fifth of a source's prose-like lines:
/// the sign of a rule that took the article's own text. (A missing title, author or date
/// is `check`'s `meta-missing`, said once there.)
pub fn prose_loss(r: &CleanReport) -> Option<Warning> {
    (r.prose_lost * 5 > r.prose_lines).then(|| Warning {
        stage: "clean".into(),
        message: format!(
            "{}: the cleaner removed {} of its {} prose-like lines; check the cleaning report (`anthology clean`) and force lines back with `keep` patterns in book.toml",
            r.source, r.prose_lost, r.prose_lines
        ),
    })
}

fn shorten(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= 70 {
        return t.to_string();
    }
    let cut: String = t.chars().take(67).collect();
    format!("{cut}...")
}
