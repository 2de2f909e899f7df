//! Markdown rules: what the renderers cannot set, and editor rules a hand edit bypasses.
//!
//! Takes the text of an article read from Markdown (an edited file or a `.md` source) and
//! the `[clean]` rules that apply to its source; returns diagnostics for nested lists (set
//! in the list around them) and table rows with more cells than their table has columns
//! (Markdown drops the extra cells), and for `drop` rules that match a line of a
//! hand-edited file, which is never re-cleaned.

use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag};

use crate::clean::Rules;
use crate::config::line_col;
use crate::diagnostic::{Diagnostic, Rule};

/// Nested lists (outside a sources section) and table rows with cells beyond their
/// table's columns in the Markdown `text` of `file`.
pub fn unsupported(text: &str, file: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut in_sources = false;
    let mut depth = 0;
    let mut columns = 0;
    for (event, range) in Parser::new_ext(text, crate::markdown::OPTIONS).into_offset_iter() {
        // Counted only for a finding: counting for every event would be quadratic.
        let at = || line_col(text, range.start);
        match event {
            Event::Start(Tag::Heading { classes, .. }) => in_sources = classes.iter().any(|c| c.as_ref() == "sources"),
            Event::Start(Tag::List(_)) => {
                depth += 1;
                if depth == 2 && !in_sources {
                    let (line, col) = at();
                    out.push(
                        Diagnostic::warning(Rule::UnsupportedMarkdown, file, line, col, "a nested list: the book sets its items in the list around it".into())
                            .hint("make the nested items items of the outer list, or paragraphs"),
                    );
                }
            }
            Event::End(pulldown_cmark::TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Table(align)) => columns = align.len(),
            Event::Start(Tag::TableRow) => {
                let cells = crate::markdown::row_cells(&text[range.clone()]);
                if cells.len() > columns {
                    let (line, col) = at();
                    out.push(
                        Diagnostic::warning(Rule::UnsupportedMarkdown, file, line, col, format!("a table row of {} cells in a table of {columns} columns: the extra cells are dropped", cells.len()))
                            .hint("add the columns to the header row and the line under it, or merge the extra cells"),
                    );
                }
            }
            _ => {}
        }
    }
    out
}

/// `drop` rules of book.toml that match a line of a hand-edited file, and `keep` rules whose
/// source line the edited file lacks: the build reads edited files as they are.
pub fn stale_rules(edited: &str, file: &Path, source: &str, source_file: &Path, rules: &Rules) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (n, line) in edited.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(rule) = rules.drop.iter().find(|r| r.is_match(trimmed)) {
            out.push(
                Diagnostic::warning(Rule::CleanRuleIgnored, file, n + 1, 1, format!("the drop rule `{rule}` matches this line, but a hand-edited article is not cleaned again"))
                    .hint("delete the line here, or run `anthology clean` again and merge its <stem>.new.md"),
            );
        }
    }
    for (n, line) in source.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || edited.contains(trimmed) {
            continue;
        }
        if let Some(rule) = rules.keep.iter().find(|r| r.is_match(trimmed)) {
            out.push(
                Diagnostic::warning(Rule::CleanRuleIgnored, source_file, n + 1, 1, format!("the keep rule `{rule}` keeps this line, but the hand-edited {} lacks it", file.display()))
                    .hint("copy the line into the edited file, or drop the rule"),
            );
        }
    }
    out
}
