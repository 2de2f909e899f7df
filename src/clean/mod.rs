//! The cleaner: scraped text in, a clean structured [`Article`] out, with an audit trail.
//!
//! First version: drops lines that match the shipped chrome phrase list and repeated
//! lines, takes the first remaining line as the title and every other line as a paragraph.

use regex::Regex;

use crate::model::{Article, ArticleMeta, Block, CleanReport, Inline, RemovedLine};

/// Editor-forced keep and drop patterns, compiled.
#[derive(Debug, Default, Clone)]
pub struct Rules {
    pub keep: Vec<Regex>,
    pub drop: Vec<Regex>,
}

/// Phrases that mark a line as site chrome rather than article text.
const CHROME_PHRASES: &[&str] = &[
    "downloading pdf",
    "please wait",
    "sign up for",
    "make a donation",
    "latest news",
    "latest articles",
    "read more",
    "leave a comment",
    "leave a reply",
    "skip to content",
    "bloggers like this",
    "help fund",
    "this article is over",
    "posted in",
];

/// Cleans one source text into an article whose blocks are numbered under `article_id`.
pub fn clean(text: &str, source: &str, article_id: &str, rules: &Rules) -> Article {
    let mut report = CleanReport { source: source.to_string(), ..Default::default() };
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        report.total_lines += 1;
        let line = raw.trim();
        let number = i + 1;
        let mut remove = |rule: &str, reason: &str| {
            report.removed.push(RemovedLine {
                line: number,
                text: raw.to_string(),
                rule: rule.into(),
                reason: reason.into(),
            })
        };
        if line.is_empty() {
            remove("blank", "blank line between blocks");
            continue;
        }
        let forced_keep = rules.keep.iter().any(|r| r.is_match(line));
        if !forced_keep && rules.drop.iter().any(|r| r.is_match(line)) {
            remove("editor-drop", "matches a drop pattern in book.toml");
            continue;
        }
        let lower = line.to_lowercase();
        if !forced_keep && CHROME_PHRASES.iter().any(|p| lower.contains(p)) && line.len() < 120 {
            remove("chrome-phrase", "short line with a site-chrome phrase");
            continue;
        }
        if !seen.insert(line.to_string()) {
            remove("duplicate-line", "repeats an earlier line");
            continue;
        }
        kept.push((number, line.to_string()));
    }
    let mut lines = kept.into_iter();
    let title = lines.next().map(|(_, t)| t).unwrap_or_else(|| "Untitled".to_string());
    let blocks = lines
        .enumerate()
        .map(|(n, (_, text))| Block::Paragraph {
            id: format!("{article_id}-p{}", n + 1),
            content: vec![Inline::Text(text)],
        })
        .collect();
    Article {
        id: article_id.to_string(),
        source: source.to_string(),
        meta: ArticleMeta { title, ..Default::default() },
        blocks,
        footnotes: Vec::new(),
        report,
    }
}
