//! Text rules: what is left in an article's text after cleaning and typography.
//!
//! Takes one assembled article and a [`Locator`] over the file it was read from; returns
//! diagnostics for missing title/author/date, unbalanced quotes and brackets, straight
//! quotes the typographer could not decide, runs of hyphens, leftover site-chrome phrases
//! and suspect typos, each at its line and column in that file.

use std::path::Path;

use super::locate::Locator;
use crate::diagnostic::{Diagnostic, Rule};
use crate::model::{plain_text, Article, Block};

/// A paragraph of at most this many words that holds a chrome phrase is suspect.
const CHROME_WORDS: usize = 12;

/// Every text rule over one article read from `file`.
pub fn check(article: &Article, file: &Path, locator: &mut Locator) -> Vec<Diagnostic> {
    let mut out = metadata(article, file);
    let paragraphs = paragraphs(article);
    for (n, text) in paragraphs.iter().enumerate() {
        let start = locator.start_of(text);
        let continued = paragraphs.get(n + 1).is_some_and(|next| next.starts_with('“'));
        let mut at = |rule, i: usize, message: String| {
            let before: String = text.chars().take(i).collect();
            // The marks between the last word and the finding stand in the file too.
            let gap = before.chars().rev().take_while(|c| !c.is_alphanumeric()).count();
            let found = locator.after(&before).map(|(line, col)| (line, col + gap));
            let (line, col) = found.or(start).unwrap_or((0, 0));
            out.push(Diagnostic::warning(rule, file, line, col, message));
        };
        for (rule, i, message) in findings(text, continued) {
            at(rule, i, message);
        }
    }
    out
}

/// Title, author and date: the three things a reader of an anthology expects to be told.
fn metadata(article: &Article, file: &Path) -> Vec<Diagnostic> {
    let m = &article.meta;
    let missing: Vec<&str> = [("title", m.title.trim().is_empty()), ("author", m.author.is_none()), ("date", m.date.is_none())]
        .into_iter()
        .filter_map(|(what, gone)| gone.then_some(what))
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    vec![Diagnostic::warning(Rule::MetaMissing, file, 0, 0, format!("the article has no {}", missing.join(", no ")))
        .hint("give it in the article's [[article]] table of book.toml (title = \"...\", author = \"...\", date = \"...\")")]
}

/// The texts of an article checked one by one: paragraphs, quotes, captions, footnotes.
fn paragraphs(article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    for block in &article.blocks {
        match block {
            Block::Paragraph { content, .. } | Block::Caption { content, .. } | Block::Heading { content, .. } => {
                out.push(plain_text(content))
            }
            Block::Quote { paragraphs, .. } => out.extend(paragraphs.iter().map(|p| plain_text(p))),
            Block::Sources { items, .. } | Block::List { items, .. } => out.extend(items.iter().map(|i| plain_text(i))),
            Block::Table { table, .. } => out.extend(table.runs().map(|c| plain_text(c))),
            // Code keeps its straight quotes and brackets as written.
            Block::Code { .. } => {}
        }
    }
    out.extend(article.footnotes.iter().map(|f| plain_text(&f.content)));
    out
}

/// The rule, character index and message of every finding in one paragraph. `continued`:
/// the next paragraph opens with a quotation mark, so this one may leave its quote open.
fn findings(text: &str, continued: bool) -> Vec<(Rule, usize, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '"' | '\'' => out.push((Rule::StraightQuote, i, format!("straight quote {c:?} with a space on both sides: opening or closing?"))),
            '-' if chars.get(i + 1) == Some(&'-') && chars.get(i.wrapping_sub(1)) != Some(&'-') => {
                out.push((Rule::DoubleHyphen, i, "a run of hyphens left in the text: a dash, or a rule line from the web page?".into()))
            }
            _ => {}
        }
    }
    // German and the languages of central Europe open low and close high („…“, „…”), the
    // high mark English opens with closing there.
    let quotes: (char, &[char]) = if chars.contains(&'„') { ('„', &['“', '”']) } else { ('“', &['”']) };
    out.extend(balance(&chars, quotes.0, quotes.1, "quotation marks", Rule::UnbalancedQuotes, continued));
    out.extend(balance(&chars, '(', &[')'], "brackets", Rule::UnbalancedBrackets, false));
    out.extend(balance(&chars, '[', &[']'], "square brackets", Rule::UnbalancedBrackets, false));
    let lower = text.to_lowercase();
    if text.split_whitespace().count() <= CHROME_WORDS {
        if let Some(phrase) = crate::clean::chrome::chrome_phrase_in(&lower) {
            out.push((Rule::ChromePhrase, 0, format!("\"{}\" looks like web-page furniture (\"{phrase}\")", text.trim())));
        }
    }
    out
}

/// Whether the closer at `i` ends an item's number or letter ("are: 1) Deviled, 2) Scotch",
/// "a) the first"): one or two digits or one letter, a word of its own.
fn enumerator(chars: &[char], i: usize) -> bool {
    let start = chars[..i].iter().rposition(|c| !c.is_alphanumeric()).map_or(0, |p| p + 1);
    let mark = &chars[start..i];
    let item = (1..=2).contains(&mark.len()) && mark.iter().all(char::is_ascii_digit) || mark.len() == 1 && mark[0].is_alphabetic();
    item && (start == 0 || chars[start - 1].is_whitespace())
}

/// An opener never closed or a closer never opened, found at the first unmatched mark.
fn balance(chars: &[char], open: char, closers: &[char], what: &str, rule: Rule, continued: bool) -> Option<(Rule, usize, String)> {
    let mut depth = 0i32;
    let mut first_open = None;
    for (i, &c) in chars.iter().enumerate() {
        if c == open {
            if depth == 0 {
                first_open = Some(i);
            }
            depth += 1;
        } else if closers.contains(&c) {
            if depth == 0 && !enumerator(chars, i) {
                return Some((rule, i, format!("{what}: `{c}` closes what was never opened")));
            }
            depth = (depth - 1).max(0);
        }
    }
    match first_open {
        Some(i) if depth > 0 && !continued => Some((rule, i, format!("{what}: `{open}` is never closed in this paragraph"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<Rule> {
        findings(text, false).into_iter().map(|(r, _, _)| r).collect()
    }

    #[test]
    fn clean_text_has_no_findings() {
        assert!(rules("He said “no” (twice) and left — in 1917.").is_empty());
        assert!(rules("Er sagte „nein“ und ging, sie sagte „ja”.").is_empty(), "German and Polish quotes open low");
        assert_eq!(rules("Er sagte „nein und ging."), [Rule::UnbalancedQuotes]);
    }

    #[test]
    fn unbalanced_marks_are_found() {
        assert_eq!(rules("He said “no and left."), vec![Rule::UnbalancedQuotes]);
        assert_eq!(rules("It ended) there."), vec![Rule::UnbalancedBrackets]);
        assert!(findings("“The first paragraph of a long quotation", true).is_empty());
        // An item's number or letter closed by a bracket opens nothing.
        assert!(rules("Our favourite ways to eat eggs are: 1) Deviled, 2) Scotch, 10) Boiled.").is_empty());
        assert!(rules("Two choices: a) stay, b) go.").is_empty());
        assert_eq!(rules("It ended 12) there."), Vec::<Rule>::new());
        assert_eq!(rules("It ended at 120) there."), vec![Rule::UnbalancedBrackets]);
    }

    #[test]
    fn leftovers_are_found() {
        assert_eq!(rules("a \" b"), vec![Rule::StraightQuote]);
        assert_eq!(rules("a ---- b"), vec![Rule::DoubleHyphen]);
        assert_eq!(rules("Share this article"), vec![Rule::ChromePhrase]);
        assert!(rules("The imprint of the strike was felt for years in every town.").is_empty());
        // A label is furniture where it labels the line, not where a sentence ends on its words.
        assert_eq!(rules("Like this: Loading"), vec![Rule::ChromePhrase]);
        assert!(rules("Your Dockerfile might then look like this:").is_empty());
    }
}
