//! The cleaner: scraped text in, a clean structured [`Article`] out, with an audit trail.
//!
//! Takes the decoded text of one source, its path, the article id and the editor's rules;
//! returns an [`Article`] whose report lists every source line not carried into the body.
//! The stages, each in its own module:
//! 1. `repair`: page numbers, running heads and feet, download stamps, repeated lines (a
//!    caption scraped twice); a text saved with a blank line after every line is read
//!    single-spaced, and a hard-wrapped text is joined into paragraphs here already;
//! 2. `chrome`: site furniture by phrase and by shape (image file names, breadcrumbs...);
//! 3. `metadata`: a journal's abstract, keywords and affiliation; then title, standfirst,
//!    author, date, issue, publication, bio;
//! 4. `repair::join`: hard-wrapped and hyphen-split lines back into paragraphs (a credit
//!    under a short line makes one caption); then pull quotes out and split words rejoined;
//! 5. `structure` and `chrome::main_text`: sources lists and footnotes; then the main
//!    run of prose (teasers, link lists and reader comments cut); then headings and quotes.
//!
//! Lines are never rewritten: a unit's text is its source lines, trimmed and joined (a word
//! rejoined across a PDF-to-text split is the one exception, flagged in the report).

pub(crate) mod chrome;
mod dates;
mod folder;
mod forum;
pub mod html;
mod metadata;
pub(crate) mod phrases;
mod repair;
pub mod report;
mod structure;

pub use folder::{clean_folder, clean_folder_to, Cleaned, STATE_FILE};

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Article, ArticleMeta, Block, CleanReport, Footnote, Inline};

/// Editor-forced keep and drop patterns, compiled.
#[derive(Debug, Default, Clone)]
pub struct Rules {
    pub keep: Vec<Regex>,
    pub drop: Vec<Regex>,
}

/// What a unit of text has become.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    /// Body text (a paragraph unless a later stage says otherwise).
    Text,
    Caption,
    Heading,
    /// A paragraph of a block quotation.
    Quote,
    /// A footnote's text, with its source marker.
    Footnote(String),
    SourcesTitle,
    SourcesItem,
    /// A row of a data table, cell by cell.
    TableRow(Vec<String>),
    /// Not in the body; its lines are in the report.
    Gone,
}

/// One or more source lines read as one piece of text.
#[derive(Debug, Clone)]
struct Unit {
    /// First and last source line (1-based).
    line: usize,
    end: usize,
    text: String,
    /// The source lines, for the report.
    raw: Vec<(usize, String)>,
    role: Role,
    /// Forced in by the editor: no rule removes it.
    keep: bool,
    /// Removed as site chrome: counts against the run of prose it stands in.
    chrome: bool,
}

impl Unit {
    /// Whether the unit opens a page: PDF-to-text marks each new page with a form feed.
    fn opens_page(&self) -> bool {
        self.raw.first().is_some_and(|(_, raw)| raw.starts_with('\u{c}'))
    }

    /// Length in words; for scripts written without spaces (CJK), two characters count
    /// as a word.
    fn words(&self) -> usize {
        let spaced = self.text.split_whitespace().count();
        let cjk = self.text.chars().filter(|&c| is_cjk(c)).count();
        spaced.max(cjk / 2)
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Marks a unit as removed and records each of its lines in the report.
fn remove(unit: &mut Unit, report: &mut CleanReport, rule: &str, reason: &str) {
    unit.role = Role::Gone;
    for (n, raw) in &unit.raw {
        report::removed(report, *n, raw, rule, reason);
    }
}

/// Placeholder pair wrapping a footnote id inside a unit's text until blocks are built.
const NOTE_OPEN: char = '\u{E000}';
const NOTE_CLOSE: char = '\u{E001}';

/// Cleans a scraped source by its kind: a saved web page (`source` ends in `.html`, `.htm`
/// or `.html.gz`) through the HTML reader, anything else as scraped text.
pub fn clean_scraped(text: &str, source: &str, article_id: &str, rules: &Rules) -> Article {
    if crate::source::is_html(source) {
        html::clean(text, source, article_id, rules)
    } else {
        clean(text, source, article_id, rules)
    }
}

/// Cleans one source text into an article whose blocks are numbered under `article_id`.
pub fn clean(text: &str, source: &str, article_id: &str, rules: &Rules) -> Article {
    let Some(spacing) = repair::DoubleSpacing::of(text) else {
        return clean_lines(text, source, article_id, rules);
    };
    // A hard-wrapped text saved double-spaced is cleaned as the single-spaced text it was,
    // and the report given back the source's line numbers.
    let mut article = clean_lines(&spacing.single_spaced, source, article_id, rules);
    spacing.restore_lines(&mut article.report);
    article
}

/// Cleans a source text line by line.
fn clean_lines(text: &str, source: &str, article_id: &str, rules: &Rules) -> Article {
    let mut report = CleanReport { source: source.to_string(), ..Default::default() };
    let mut units = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        report.total_lines += 1;
        let line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            report::removed(&mut report, i + 1, raw, "blank", "blank line between blocks");
            continue;
        }
        let keep = rules.keep.iter().any(|r| r.is_match(&line));
        let mut unit = Unit {
            line: i + 1,
            end: i + 1,
            text: line,
            raw: vec![(i + 1, raw.to_string())],
            role: Role::Text,
            keep,
            chrome: false,
        };
        if !keep && rules.drop.iter().any(|r| r.is_match(&unit.text)) {
            remove(&mut unit, &mut report, "editor-drop", "matches a drop pattern in book.toml");
        }
        units.push(unit);
    }
    let mut meta = ArticleMeta::default();
    // (A hard-wrapped text's lines are no paragraphs: a line may recur in another paragraph,
    // and the head and body are told apart in its paragraphs.)
    let wrap = repair::wrap_width(&units);
    let artifacts = repair::mark_repeats(&mut units, &mut report, wrap.is_some());
    repair::close_up_small_capitals(&mut units, &mut report);
    if wrap.is_some() {
        units = repair::join(units, &artifacts, wrap);
    }
    chrome::mark(&mut units, &mut report, &mut meta);
    metadata::front_matter(&mut units, &mut report, &mut meta);
    metadata::extract(&mut units, &mut report, &mut meta, source);
    let mut units = repair::join(units, &artifacts, wrap);
    repair::pull_quotes(&mut units, &mut report);
    repair::rejoin_split_words(&mut units, &mut report);
    metadata::bio(&mut units, &mut report, &mut meta);
    structure::sources(&mut units);
    let notes = structure::footnotes(&mut units, article_id, &artifacts);
    chrome::main_text(&mut units, &mut report);
    metadata::author_from_page(&mut units, &mut report, &mut meta);
    keep_paragraphs_between_kept_ones(&mut units, &mut report);
    keep_repeats_inside_the_text(&mut units, &mut report);
    count_prose(&units, &mut report);
    structure::tables(&mut units);
    let contents = report.removed.iter().filter(|r| r.rule == "contents-list").map(|r| chrome::contents_key(r.text.trim())).collect();
    structure::headings_and_quotes(&mut units, &contents);
    for u in units.iter().filter(|u| u.role != Role::Gone) {
        report::flag_typos(&mut report, u.line, &without_notes(&u.text));
    }
    report.removed.sort_by_key(|r| r.line);
    let (blocks, footnotes) = build(&units, article_id, &notes);
    let blocks = bulleted_lists(blocks);
    if blocks.is_empty() {
        report.flags.push(crate::model::Flag {
            line: 0,
            excerpt: String::new(),
            reason: "no article text found (an empty file, or nothing but site chrome): check the source, or force lines in with `keep` patterns in book.toml".into(),
        });
    }
    Article { id: article_id.to_string(), source: source.to_string(), meta, blocks, footnotes, report }
}

/// Rules that remove text for where it stands, not for what it says.
const POSITIONAL: &[&str] = &["outside-main-text", "teaser", "comments"];

/// The recall guard: a paragraph of prose that a positional rule removed although kept
/// text stands before and after it goes back into the body (only a rule that names what
/// the line is may remove text inside the article).
fn keep_paragraphs_between_kept_ones(units: &mut [Unit], report: &mut CleanReport) {
    let kept: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    let (Some(&first), Some(&last)) = (kept.first(), kept.last()) else { return };
    for u in &mut units[first..last] {
        let positional = |r: &crate::model::RemovedLine| u.raw.iter().any(|(n, _)| *n == r.line) && POSITIONAL.contains(&r.rule.as_str());
        if u.role == Role::Gone && !u.chrome && chrome::prose(u, true) && report.removed.iter().any(positional) {
            report.removed.retain(|r| !positional(r));
            u.role = Role::Text;
        }
    }
}

/// Rules that remove a line for repeating on the page.
const REPEATS: &[&str] = &["duplicate-line", "running-header"];

/// A short sentence that recurs on the page (three times or more) and stands between two kept
/// paragraphs each time it was set aside is the article's own (an interview's recurring
/// question, a recipe's recurring step): it goes back into the body. A line printed twice
/// (a highlight or pull quote repeating the text, a caption scraped twice) stays out, and so
/// do running heads and share bars, which end no sentence.
fn keep_repeats_inside_the_text(units: &mut [Unit], report: &mut CleanReport) {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for u in units.iter() {
        *counts.entry(u.text.as_str()).or_default() += 1;
    }
    // (Short: a long sentence printed three times is a gallery's caption.)
    let recurring: Vec<bool> = units.iter().map(|u| counts[u.text.as_str()] >= 3 && ends_sentence(&u.text) && u.words() <= 25).collect();
    let kept = |u: &Unit| u.role == Role::Text;
    for i in 1..units.len() {
        let u = &units[i];
        let repeat = |r: &crate::model::RemovedLine| u.raw.iter().any(|(n, _)| *n == r.line) && REPEATS.contains(&r.rule.as_str());
        if !recurring[i] || u.role != Role::Gone || u.keep || u.chrome || !report.removed.iter().any(repeat) {
            continue;
        }
        let before = units[..i].iter().rev().find(|p| p.role != Role::Gone);
        let after = units[i + 1..].iter().find(|n| n.role != Role::Gone);
        if before.is_some_and(kept) && after.is_some_and(kept) {
            report.removed.retain(|r| !repeat(r));
            units[i].role = Role::Text;
        }
    }
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', ':', '…'])
}

/// Counts the source lines that read as prose and those a chrome rule removed.
fn count_prose(units: &[Unit], report: &mut CleanReport) {
    let not_lost = |rule: &str| rule.starts_with("metadata-") || matches!(rule, "duplicate-line" | "pull-quote" | "editor-drop");
    for u in units.iter().filter(|u| chrome::prose(u, true)) {
        report.prose_lines += 1;
        let lost = u.role == Role::Gone
            && report.removed.iter().any(|r| r.line == u.line && !not_lost(&r.rule));
        report.prose_lost += usize::from(lost);
    }
}

/// Turns the surviving units into model blocks and footnotes.
fn build(units: &[Unit], article_id: &str, notes: &[(String, String)]) -> (Vec<Block>, Vec<Footnote>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut footnotes = Vec::new();
    let mut next_id = {
        let mut n = 0;
        move || {
            n += 1;
            format!("{article_id}-p{n}")
        }
    };
    // The rows of the table being built, until another block comes.
    let mut rows: Vec<Vec<String>> = Vec::new();
    for u in units {
        if !matches!(u.role, Role::TableRow(_) | Role::Gone) && !rows.is_empty() {
            blocks.push(table_block(next_id(), std::mem::take(&mut rows)));
        }
        let content = inlines(&u.text);
        match &u.role {
            Role::Gone => {}
            Role::TableRow(cells) => rows.push(cells.clone()),
            Role::Text => blocks.push(Block::Paragraph { id: next_id(), content }),
            Role::Caption => blocks.push(Block::Caption { id: next_id(), content }),
            Role::Heading => blocks.push(Block::Heading { id: next_id(), level: 2, content }),
            Role::Quote => {
                if let Some(Block::Quote { paragraphs, .. }) = blocks.last_mut() {
                    paragraphs.push(content);
                } else {
                    blocks.push(Block::Quote { id: next_id(), paragraphs: vec![content] });
                }
            }
            Role::Footnote(marker) => {
                let id = notes
                    .iter()
                    .find(|(_, m)| m == marker)
                    .map(|(id, _)| id.clone())
                    .unwrap_or_else(|| format!("{article_id}-fn{}", footnotes.len() + 1));
                footnotes.push(Footnote { id, marker: marker.clone(), content });
            }
            Role::SourcesTitle => blocks.push(Block::Sources {
                id: next_id(),
                title: u.text.clone(),
                items: Vec::new(),
            }),
            Role::SourcesItem => {
                if let Some(Block::Sources { items, .. }) = blocks.last_mut() {
                    items.push(content);
                } else {
                    blocks.push(Block::Paragraph { id: next_id(), content });
                }
            }
        }
    }
    if !rows.is_empty() {
        blocks.push(table_block(next_id(), rows));
    }
    (blocks, footnotes)
}

/// A table from rows of cells; a first row mostly without figures over a row mostly of
/// them is the column heads.
fn table_block(id: String, mut rows: Vec<Vec<String>>) -> Block {
    let figures = |row: &Vec<String>| row.iter().filter(|c| c.contains(|ch: char| ch.is_ascii_digit())).count() * 2 >= row.len();
    let head = if rows.len() >= 2 && !figures(&rows[0]) && figures(&rows[1]) { vec![rows.remove(0)] } else { Vec::new() };
    let cells = |rows: Vec<Vec<String>>| rows.into_iter().map(|r| r.into_iter().map(|c| vec![Inline::Text(c)]).collect()).collect();
    Block::Table { id, table: crate::model::Table::new(None, Vec::new(), cells(head), cells(rows)) }
}

/// A line-opening bullet as scraped pages print them ("• ", "- ", "* ", "▪ ").
pub(crate) static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[•·▪◦‣\-*]\s+").unwrap());

/// Two or more paragraphs in a row that open with a bullet are a list (one alone may be a
/// paragraph opening with a dash); the bullets come off the items. A scraper marks a nested
/// list's items with "+ " under the "* " of their parents: they are items of the same list.
fn bulleted_lists(blocks: Vec<Block>) -> Vec<Block> {
    let bulleted = |b: &Block| matches!(b, Block::Paragraph { content, .. } if matches!(content.first(), Some(Inline::Text(t)) if chrome::LIST_ITEM.is_match(t)));
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut run: Vec<Block> = Vec::new();
    let flush = |run: &mut Vec<Block>, out: &mut Vec<Block>| {
        if run.len() < 2 {
            out.append(run);
            return;
        }
        let id = run[0].id().to_string();
        let items = run
            .drain(..)
            .filter_map(|b| match b {
                Block::Paragraph { mut content, .. } => {
                    if let Some(Inline::Text(t)) = content.first_mut() {
                        *t = chrome::LIST_ITEM.replace(t, "").into_owned();
                    }
                    Some(content)
                }
                _ => None,
            })
            .collect();
        out.push(Block::List { id, ordered: false, start: 1, items });
    };
    for b in blocks {
        if bulleted(&b) {
            run.push(b);
        } else {
            flush(&mut run, &mut out);
            out.push(b);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A unit's text without its footnote placeholders.
fn without_notes(text: &str) -> String {
    inlines(text).iter().filter_map(|i| if let Inline::Text(t) = i { Some(t.as_str()) } else { None }).collect()
}

/// Splits a unit's text at footnote placeholders into text and note references.
fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(NOTE_OPEN) {
        if start > 0 {
            out.push(Inline::Text(rest[..start].to_string()));
        }
        let after = &rest[start + NOTE_OPEN.len_utf8()..];
        let Some(end) = after.find(NOTE_CLOSE) else { break };
        out.push(Inline::NoteRef(after[..end].to_string()));
        rest = &after[end + NOTE_CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_string()));
    }
    out
}
