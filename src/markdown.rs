//! The editable intermediate: an article as Markdown with a TOML front-matter header.
//!
//! ```markdown
//! +++
//! title = "A party to lead the working class"
//! author = "Judith Orr"
//! date = "2008"
//! +++
//!
//! First paragraph, with a footnote.[^1]
//!
//! ## A section heading
//!
//! > A quotation set off from the text.
//!
//! Caption: A photo caption, kept once. The [dvoevlastie]{lang=ru-Latn} of 1917.
//!
//! ## Major Sources {.sources}
//!
//! - Trotsky, Leon, *History of the Russian Revolution*, Pathfinder, 1980.
//!
//! Table: A table's caption, on the line before it.
//!
//! | Year | Event      |
//! |-----:|:-----------|
//! | 1905 | Revolution |
//!
//! [^1]: The footnote's text.
//! ```
//!
//! [`write()`] produces this form from an [`Article`]; [`read`] parses it back with
//! pulldown-cmark, so an editor's hand corrections reach the book.

mod notes;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

mod lang_spans;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::config::line_col;
use crate::error::{Error, Result};
use crate::model::{Article, ArticleMeta, Block, CleanReport, ColumnAlign, Footnote, Inline, RemovedLine, Table};

/// The paragraph prefix that marks a photo caption.
pub const CAPTION_PREFIX: &str = "Caption: ";
/// The paragraph prefix that marks the caption of the table right after it (Pandoc's).
pub const TABLE_CAPTION_PREFIX: &str = "Table: ";

/// The Markdown syntax the reader accepts (`check` parses with the same).
pub const OPTIONS: Options = Options::ENABLE_FOOTNOTES.union(Options::ENABLE_HEADING_ATTRIBUTES).union(Options::ENABLE_TABLES);

/// A fenced code block, its fence longer than any run of backticks in the text.
fn code_md(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}\n{text}\n{fence}")
}

/// Renders an article as Markdown with front matter.
pub fn write(article: &Article) -> String {
    let mut out = String::from("+++\n");
    out.push_str(&toml::to_string(&article.meta).unwrap_or_default());
    out.push_str("+++\n");
    for block in &article.blocks {
        out.push('\n');
        match block {
            Block::Paragraph { content, .. } => out.push_str(&escape_start(&inlines_md(content))),
            Block::Heading { level, content, .. } => {
                out.push_str(&"#".repeat(*level as usize));
                out.push(' ');
                out.push_str(&inlines_md(content));
            }
            Block::Quote { paragraphs, .. } => {
                let quoted: Vec<String> =
                    paragraphs.iter().map(|p| format!("> {}", escape_start(&inlines_md(p)))).collect();
                out.push_str(&quoted.join("\n>\n"));
            }
            Block::Caption { content, .. } => {
                out.push_str(CAPTION_PREFIX);
                out.push_str(&inlines_md(content));
            }
            Block::Sources { title, items, .. } => {
                out.push_str(&format!("## {} {{.sources}}\n\n", escape_text(title)));
                let lines: Vec<String> = items.iter().map(|i| format!("- {}", escape_start(&inlines_md(i)))).collect();
                out.push_str(&lines.join("\n"));
            }
            Block::List { ordered, start, items, .. } => {
                let lines: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(n, i)| (n, escape_start(&inlines_md(i))))
                    .map(|(n, i)| if *ordered { format!("{}. {i}", *start as usize + n) } else { format!("- {i}") })
                    .collect();
                out.push_str(&lines.join("\n"));
            }
            Block::Table { table, .. } => out.push_str(&table_md(table)),
            Block::Code { text, .. } => out.push_str(&code_md(text)),
        }
        out.push('\n');
    }
    for note in &article.footnotes {
        out.push_str(&format!("\n[^{}]: {}\n", note_label(note), inlines_md(&note.content)));
    }
    out
}

/// A table as a GFM table, its caption on the line before. GFM has one header row: a
/// table without one gets an empty header (read back as none), further header rows are
/// written as body rows.
fn table_md(table: &Table) -> String {
    let mut out = String::new();
    if let Some(caption) = &table.caption {
        out.push_str(&format!("{TABLE_CAPTION_PREFIX}{}\n\n", inlines_md(caption)));
    }
    let row = |cells: &[Vec<Inline>]| {
        let cells: Vec<String> = cells.iter().map(|c| inlines_md(c).replace('\n', " ")).collect();
        format!("| {} |", cells.join(" | "))
    };
    let empty = vec![Vec::new(); table.columns()];
    let (head, rest) = table.head.split_first().map_or((&empty, &[][..]), |(h, r)| (h, r));
    let rule: Vec<&str> = table
        .align
        .iter()
        .map(|a| match a {
            ColumnAlign::Default => "---",
            ColumnAlign::Left => ":--",
            ColumnAlign::Center => ":-:",
            ColumnAlign::Right => "--:",
        })
        .collect();
    let mut lines = vec![row(head), format!("|{}|", rule.join("|"))];
    lines.extend(rest.iter().chain(&table.body).map(|r| row(r)));
    out.push_str(&lines.join("\n"));
    out
}

/// A footnote's Markdown label: its marker when that is a plain label, else its position.
fn note_label(note: &Footnote) -> String {
    let m = &note.marker;
    if !m.is_empty() && m.chars().all(|c| c.is_ascii_alphanumeric()) {
        m.clone()
    } else {
        note.id.rsplit('-').next().unwrap_or("1").trim_start_matches("fn").to_string()
    }
}

fn inlines_md(inlines: &[Inline]) -> String {
    let pieces: Vec<(String, Option<&str>)> = inlines.iter().map(piece_md).collect();
    let mut out = String::new();
    for (k, (text, mark)) in pieces.iter().enumerate() {
        match mark {
            None => out.push_str(text),
            Some(mark) => {
                // What the marks will touch: the text written before, the next run's start.
                let before = out.chars().next_back();
                let after = pieces.get(k + 1).and_then(|(t, m)| m.map_or_else(|| t.chars().next(), |m| m.chars().next()));
                out.push_str(&delimited(mark, text, before, after));
            }
        }
    }
    out
}

/// One run's Markdown, and the mark to set around it when it is emphasis.
fn piece_md(inline: &Inline) -> (String, Option<&'static str>) {
    match inline {
        Inline::Text(t) => (escape_text(t), None),
        Inline::Emphasis(c) => (inlines_md(c), Some("*")),
        Inline::Strong(c) => (inlines_md(c), Some("**")),
        Inline::NoteRef(id) => {
            let n = id.rsplit('-').next().unwrap_or(id).trim_start_matches("fn");
            (format!("[^{n}]"), None)
        }
        Inline::Link { url, content } => (format!("[{}](<{}>)", inlines_md(content), url), None),
        Inline::Lang { lang, content } => (format!("[{}]{{lang={lang}}}", inlines_md(content)), None),
        Inline::Anchor(_) => (String::new(), None),
    }
}

/// `text` between a pair of emphasis marks, its spaces at either end set outside them: a
/// web page's `You<em> will</em> not` would otherwise write `You* will* not`, which Markdown
/// reads as literal asterisks. So is punctuation at an end that touches a word (`Day
/// Called X*, about*`: a mark between a letter and a comma opens nothing): it goes outside
/// the marks too.
fn delimited(mark: &str, text: &str, before: Option<char>, after: Option<char>) -> String {
    let inner = text.trim();
    if inner.is_empty() {
        return text.to_string();
    }
    let mut lead = text[..text.len() - text.trim_start().len()].to_string();
    let mut trail = text[text.trim_end().len()..].to_string();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // (Sentence punctuation only: a note's or a link's brackets, or an escape, stay whole.)
    let punctuation = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '‘' | '’' | '“' | '”' | '«' | '»' | '…' | '—' | '–' | '-');
    let mut inner = inner;
    if lead.is_empty() && word(before) {
        let rest = inner.trim_start_matches(punctuation).trim_start();
        lead.push_str(&inner[..inner.len() - rest.len()]);
        inner = rest;
    }
    if trail.is_empty() && word(after) {
        let rest = inner.trim_end_matches(punctuation).trim_end();
        trail.insert_str(0, &inner[rest.len()..]);
        inner = rest;
    }
    if inner.trim().is_empty() {
        return format!("{lead}{inner}{trail}");
    }
    format!("{lead}{mark}{inner}{mark}{trail}")
}

/// Backslash-escapes the characters Markdown would read as markup inside a line.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes a paragraph start Markdown would read as a list, heading or rule.
fn escape_start(md: &str) -> String {
    let first_word = md.split_whitespace().next().unwrap_or("");
    let looks_numbered = first_word.len() > 1
        && first_word.ends_with(['.', ')'])
        && first_word[..first_word.len() - 1].chars().all(|c| c.is_ascii_digit());
    if looks_numbered {
        let at = first_word.len() - 1;
        return format!("{}\\{}", &md[..at], &md[at..]);
    }
    if md.starts_with(['-', '+', '=']) || md.starts_with(CAPTION_PREFIX) {
        return format!("\\{md}");
    }
    // Only punctuation can be escaped: the colon, so the source does not read `Table: `.
    if let Some(rest) = md.strip_prefix(TABLE_CAPTION_PREFIX) {
        return format!("Table\\: {rest}");
    }
    md.to_string()
}

/// Splits `+++` TOML front matter from the body; returns (front matter, body, body's line offset).
fn split_front_matter(text: &str) -> (Option<&str>, &str, usize) {
    let Some(rest) = text.strip_prefix("+++\n") else { return (None, text, 0) };
    match rest.find("\n+++") {
        Some(end) => {
            let front = &rest[..end + 1];
            let after = &rest[end + 4..];
            let body = after.strip_prefix('\n').unwrap_or(after);
            let offset = text.len() - body.len();
            (Some(front), body, offset)
        }
        None => (None, text, 0),
    }
}

/// Parses an article Markdown file; blocks are numbered under `article_id`.
pub fn read(text: &str, path: &Path, article_id: &str) -> Result<Article> {
    let (front, body, body_offset) = split_front_matter(text);
    let mut meta: ArticleMeta = match front {
        Some(f) => toml::from_str(f).map_err(|e| {
            let start = e.span().map(|s| s.start).unwrap_or(0) + 4;
            let (line, col) = line_col(text, start);
            Error::at(
                path,
                line,
                col,
                format!("bad front matter: {}", e.message()),
                "front matter is TOML between two `+++` lines, e.g. `title = \"...\"`",
            )
        })?,
        None => ArticleMeta::default(),
    };
    let mut reader = BlockReader::new(article_id);
    // No smart punctuation here: `typography` does it once for every path into the book.
    let options = OPTIONS;
    // Line numbers, for what the report says was not set.
    let line_starts: Vec<usize> = body.match_indices('\n').map(|(i, _)| i).collect();
    let first_line = line_col(text, body_offset).0;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        reader.line = first_line + line_starts.partition_point(|&i| i < range.start);
        match event {
            Event::Start(Tag::TableRow) => reader.row_source = row_cells(&body[range]).into_iter().map(str::to_string).collect(),
            // Written `Table: ...`, not `\Table: ...`: a caption if a table follows.
            Event::Start(Tag::Paragraph) => reader.caption_written = body[range].starts_with(TABLE_CAPTION_PREFIX),
            _ => {}
        }
        reader.event(event);
    }
    let (mut blocks, mut footnotes, title, removed) = reader.finish();
    lang_spans::mark_blocks(&mut blocks, &mut footnotes);
    if meta.title.is_empty() {
        meta.title = title.unwrap_or_default();
    }
    if meta.title.is_empty() {
        let (line, _) = line_col(text, body_offset);
        return Err(Error::at(
            path,
            line,
            1,
            "the article has no title".into(),
            "add `title = \"...\"` to the front matter or a first line `# Title`",
        ));
    }
    let report = CleanReport {
        source: path.display().to_string(),
        total_lines: text.lines().count(),
        removed,
        ..Default::default()
    };
    Ok(Article { id: article_id.to_string(), source: path.display().to_string(), meta, blocks, footnotes, report })
}

/// Turns pulldown-cmark's event stream into model blocks.
struct BlockReader {
    article_id: String,
    blocks: Vec<Block>,
    footnotes: Vec<Footnote>,
    title: Option<String>,
    /// Inline containers being filled: the innermost is last.
    stack: Vec<Vec<Inline>>,
    /// Paragraphs of the open block quote (nested quotes join it, in order).
    quote: Option<Vec<Vec<Inline>>>,
    /// Quotes open inside the open quote.
    inner_quotes: usize,
    /// List items open (a nested list flushes its parent item's text first, keeping order).
    items: usize,
    /// The line of the event being read.
    line: usize,
    /// Footnote id -> the line of its definition.
    note_lines: BTreeMap<String, usize>,
    /// Footnotes referenced from the body (not only from other notes).
    body_refs: HashSet<String>,
    /// What could not be set, for the report.
    removed: Vec<RemovedLine>,
    /// The open sources list: its title and items.
    sources: Option<(String, Vec<Vec<Inline>>)>,
    /// The open list (outside a sources section): numbered from, and its items.
    list: Option<(Option<u64>, Vec<Vec<Inline>>)>,
    /// The open table: its caption, column alignments, header rows and body rows.
    table: Option<OpenTable>,
    /// Cells of the table row being read, and the cells its source line holds.
    row: Vec<Vec<Inline>>,
    row_source: Vec<String>,
    /// The paragraph being read is written as a table caption (`Table: ...`).
    caption_written: bool,
    /// The index in `blocks` of the last such paragraph.
    caption_at: Option<usize>,
    in_sources_heading: bool,
    /// Label of the footnote definition being read.
    note: Option<String>,
    note_content: Vec<Inline>,
    /// Footnote labels in order of reference.
    note_order: Vec<String>,
    link: Vec<String>,
    count: usize,
}

impl BlockReader {
    fn new(article_id: &str) -> Self {
        BlockReader {
            article_id: article_id.to_string(),
            blocks: Vec::new(),
            footnotes: Vec::new(),
            title: None,
            stack: Vec::new(),
            quote: None,
            inner_quotes: 0,
            items: 0,
            line: 0,
            note_lines: BTreeMap::new(),
            body_refs: HashSet::new(),
            removed: Vec::new(),
            sources: None,
            list: None,
            table: None,
            row: Vec::new(),
            row_source: Vec::new(),
            caption_written: false,
            caption_at: None,
            in_sources_heading: false,
            note: None,
            note_content: Vec::new(),
            note_order: Vec::new(),
            link: Vec::new(),
            count: 0,
        }
    }

    fn next_id(&mut self) -> String {
        self.count += 1;
        format!("{}-p{}", self.article_id, self.count)
    }

    fn note_id(&self, label: &str) -> String {
        format!("{}-fn{}", self.article_id, label)
    }

    fn push_inline(&mut self, inline: Inline) {
        if let Some(top) = self.stack.last_mut() {
            push_merged(top, inline);
        }
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Item) => {
                self.items += 1;
                self.stack.push(Vec::new())
            }
            Event::Start(Tag::List(_)) if self.items > 0 => {
                // The parent item's text so far comes before the nested items.
                let c = self.stack.pop().unwrap_or_default();
                self.end_item(c);
                self.stack.push(Vec::new());
            }
            Event::Start(Tag::List(first)) if self.sources.is_none() && self.quote.is_none() && self.note.is_none() => {
                self.list = Some((first, Vec::new()));
            }
            // A sources section takes the list under its heading; any other list is a list.
            Event::End(TagEnd::List(_)) if self.items == 0 && self.sources.is_some() => self.close_sources(),
            Event::End(TagEnd::List(_)) if self.items == 0 => self.close_list(),
            // HTML blocks are set as text (escaped by the renderers); code as code.
            Event::Start(Tag::Paragraph | Tag::Emphasis | Tag::Strong | Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                self.stack.push(Vec::new())
            }
            Event::End(TagEnd::CodeBlock) => {
                let c = self.stack.pop().unwrap_or_default();
                let text = crate::model::plain_text(&c).trim_end_matches('\n').to_string();
                let top_level = self.note.is_none() && self.quote.is_none() && self.stack.is_empty();
                if top_level && !text.trim().is_empty() {
                    let id = self.next_id();
                    self.blocks.push(Block::Code { id, text });
                    return;
                }
                // Inside a quote, a note or a list item, each line is a paragraph of it.
                let lines: Vec<Vec<Inline>> = crate::model::plain_text(&c)
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| vec![Inline::Text(l.trim_end().to_string())])
                    .collect();
                self.push_quoted(lines);
            }
            Event::End(TagEnd::HtmlBlock) => {
                let c = self.stack.pop().unwrap_or_default();
                let html = crate::model::plain_text(&c).trim().to_string();
                if !html.is_empty() {
                    self.stack.push(vec![Inline::Text(html)]);
                    self.end_paragraph();
                }
            }
            Event::Start(Tag::Heading { classes, .. }) => {
                self.close_sources();
                self.in_sources_heading = classes.iter().any(|c| c.as_ref() == "sources");
                self.stack.push(Vec::new());
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.link.push(dest_url.to_string());
                self.stack.push(Vec::new());
            }
            Event::Start(Tag::BlockQuote(_)) if self.quote.is_some() => self.inner_quotes += 1,
            Event::Start(Tag::BlockQuote(_)) => {
                self.close_sources();
                self.quote = Some(Vec::new());
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                self.note = Some(label.to_string());
                self.note_content.clear();
                let id = self.note_id(&label);
                self.note_lines.entry(id).or_insert(self.line);
            }
            Event::End(TagEnd::Emphasis) => {
                let c = self.stack.pop().unwrap_or_default();
                self.push_inline(Inline::Emphasis(c));
            }
            Event::End(TagEnd::Strong) => {
                let c = self.stack.pop().unwrap_or_default();
                self.push_inline(Inline::Strong(c));
            }
            Event::End(TagEnd::Link) => {
                let c = self.stack.pop().unwrap_or_default();
                let url = self.link.pop().unwrap_or_default();
                self.push_inline(Inline::Link { url, content: c });
            }
            Event::Start(Tag::Table(align)) => self.open_table(&align),
            Event::Start(Tag::TableCell) => self.stack.push(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                let c = self.stack.pop().unwrap_or_default();
                self.row.push(c);
            }
            Event::End(TagEnd::TableHead) => self.end_row(true),
            Event::End(TagEnd::TableRow) => self.end_row(false),
            Event::End(TagEnd::Table) => self.close_table(),
            Event::End(TagEnd::Heading(level)) => self.end_heading(level),
            Event::End(TagEnd::Paragraph) => self.end_paragraph(),
            Event::End(TagEnd::Item) => {
                self.items = self.items.saturating_sub(1);
                let c = self.stack.pop().unwrap_or_default();
                self.end_item(c);
            }
            Event::End(TagEnd::BlockQuote(_)) if self.inner_quotes > 0 => self.inner_quotes -= 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                if let Some(paragraphs) = self.quote.take() {
                    if !paragraphs.is_empty() {
                        let id = self.next_id();
                        self.blocks.push(Block::Quote { id, paragraphs });
                    }
                }
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(label) = self.note.take() {
                    let content = std::mem::take(&mut self.note_content);
                    let id = self.note_id(&label);
                    if self.footnotes.iter().any(|f| f.id == id) {
                        self.removed.push(RemovedLine {
                            line: self.line,
                            text: crate::model::plain_text(&content),
                            rule: "duplicate-footnote".into(),
                            reason: format!("a second definition of footnote [^{label}]; the first is kept"),
                        });
                    } else {
                        self.footnotes.push(Footnote { id, marker: label, content });
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => self.push_inline(Inline::Text(t.to_string())),
            Event::SoftBreak | Event::HardBreak => self.push_inline(Inline::Text(" ".into())),
            Event::FootnoteReference(label) => {
                if !self.note_order.contains(&label.to_string()) {
                    self.note_order.push(label.to_string());
                }
                let id = self.note_id(&label);
                if self.note.is_none() {
                    self.body_refs.insert(id.clone());
                }
                self.push_inline(Inline::NoteRef(id));
            }
            Event::Html(h) | Event::InlineHtml(h) => self.push_inline(Inline::Text(h.to_string())),
            _ => {}
        }
    }

    fn end_heading(&mut self, level: HeadingLevel) {
        let content = self.stack.pop().unwrap_or_default();
        let level = level as u8;
        if level == 1 && self.title.is_none() && self.blocks.is_empty() {
            self.title = Some(crate::model::plain_text(&content));
        } else if std::mem::take(&mut self.in_sources_heading) {
            self.sources = Some((crate::model::plain_text(&content), Vec::new()));
        } else {
            let id = self.next_id();
            self.blocks.push(Block::Heading { id, level: level.max(2), content });
        }
    }

    fn end_paragraph(&mut self) {
        let content = self.stack.pop().unwrap_or_default();
        let caption_written = std::mem::take(&mut self.caption_written);
        if self.note.is_some() {
            if !self.note_content.is_empty() {
                self.note_content.push(Inline::Text(" ".into()));
            }
            self.note_content.extend(content);
        } else if let Some(quote) = &mut self.quote {
            quote.push(content);
        } else if self.stack.last().is_some() {
            // A paragraph inside a list item: its inlines belong to the item.
            if let Some(top) = self.stack.last_mut() {
                top.extend(content);
            }
        } else if let Some(caption) = strip_caption(&content) {
            let id = self.next_id();
            self.blocks.push(Block::Caption { id, content: caption });
        } else if !content.is_empty() {
            if caption_written {
                self.caption_at = Some(self.blocks.len());
            }
            let id = self.next_id();
            self.blocks.push(Block::Paragraph { id, content });
        }
    }

    /// A finished list item: an item of the open sources list or list, else a paragraph.
    fn end_item(&mut self, content: Vec<Inline>) {
        if let Some((_, items)) = &mut self.sources {
            items.push(content);
        } else if let Some((_, items)) = self.list.as_mut().filter(|_| !content.is_empty()) {
            items.push(content);
        } else if !content.is_empty() {
            let id = self.next_id();
            self.blocks.push(Block::Paragraph { id, content });
        }
    }

    /// Lines set off from the text: added to the open quote, else a quote of their own.
    fn push_quoted(&mut self, lines: Vec<Vec<Inline>>) {
        if lines.is_empty() {
            return;
        }
        if let Some(quote) = &mut self.quote {
            quote.extend(lines);
        } else {
            self.close_sources();
            let id = self.next_id();
            self.blocks.push(Block::Quote { id, paragraphs: lines });
        }
    }

    /// A table starts: a block of its own, with the `Table:` paragraph just before it as
    /// its caption; inside a quote, list item or note its rows become paragraphs there.
    fn open_table(&mut self, align: &[Alignment]) {
        if self.quote.is_some() || self.items > 0 || self.note.is_some() {
            return;
        }
        self.close_sources();
        let last = self.blocks.len().checked_sub(1);
        let caption = match self.blocks.last() {
            Some(Block::Paragraph { content, .. }) if self.caption_at.is_some() && self.caption_at == last => {
                let mut c = content.clone();
                if let Some(Inline::Text(t)) = c.first_mut() {
                    *t = t.strip_prefix(TABLE_CAPTION_PREFIX).unwrap_or(t).to_string();
                }
                Some(c)
            }
            _ => None,
        };
        if caption.is_some() {
            // The caption's id is given back, so the table takes it.
            self.blocks.pop();
            self.count -= 1;
        }
        let align = align
            .iter()
            .map(|a| match a {
                Alignment::None => ColumnAlign::Default,
                Alignment::Left => ColumnAlign::Left,
                Alignment::Center => ColumnAlign::Center,
                Alignment::Right => ColumnAlign::Right,
            })
            .collect();
        self.table = Some(OpenTable { caption, align, head: Vec::new(), body: Vec::new() });
    }

    /// A finished row: a row of the open table (a header row of empty cells is none), else
    /// a paragraph of its cells separated by " | ".
    fn end_row(&mut self, head: bool) {
        let cells = std::mem::take(&mut self.row);
        match &mut self.table {
            Some(_) if head && cells.iter().all(Vec::is_empty) => {}
            Some(t) if head => t.head.push(cells),
            Some(t) => {
                let mut source = std::mem::take(&mut self.row_source);
                let extra = source.split_off(t.align.len().min(source.len()));
                if !extra.is_empty() {
                    self.removed.push(RemovedLine {
                        line: self.line,
                        text: extra.join(" | "),
                        rule: "table-extra-cells".into(),
                        reason: format!("cells beyond the table's {} columns (Markdown drops them); add the columns to the header row", t.align.len()),
                    });
                }
                t.body.push(cells)
            }
            None => {
                let mut content = Vec::new();
                for cell in cells.into_iter().filter(|c| !c.is_empty()) {
                    if !content.is_empty() {
                        content.push(Inline::Text(" | ".into()));
                    }
                    content.extend(cell);
                }
                self.stack.push(content);
                self.end_paragraph();
            }
        }
    }

    fn close_table(&mut self) {
        if let Some(t) = self.table.take() {
            let table = Table::new(t.caption, t.align, t.head, t.body);
            if table.runs().any(|r| !r.is_empty()) {
                let id = self.next_id();
                self.blocks.push(Block::Table { id, table });
            }
        }
    }

    fn close_list(&mut self) {
        if let Some((first, items)) = self.list.take().filter(|(_, items)| !items.is_empty()) {
            let id = self.next_id();
            let start = first.map_or(1, |n| n.clamp(0, u32::MAX as u64) as u32);
            self.blocks.push(Block::List { id, ordered: first.is_some(), start, items });
        }
    }

    fn close_sources(&mut self) {
        if let Some((title, items)) = self.sources.take() {
            let id = self.next_id();
            self.blocks.push(Block::Sources { id, title, items });
        }
    }

    fn finish(mut self) -> (Vec<Block>, Vec<Footnote>, Option<String>, Vec<RemovedLine>) {
        self.close_sources();
        // Footnotes in order of first reference.
        let order = &self.note_order;
        self.footnotes.sort_by_key(|f| order.iter().position(|l| *l == f.marker).unwrap_or(usize::MAX));
        let footnotes = notes::settle(self.footnotes, &self.body_refs, &self.note_lines, &mut self.removed);
        (self.blocks, footnotes, self.title, self.removed)
    }
}

/// The cells of a table row's source line, as GFM splits it: at each `|` that is not
/// escaped or inside a code span, the outer pipes optional.
pub fn row_cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    let mut cells = Vec::new();
    let (mut start, mut escaped, mut code) = (0, false, false);
    for (i, c) in row.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '`' => code = !code,
            '|' if !code => {
                cells.push(&row[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    cells.push(&row[start..]);
    if row.starts_with('|') {
        cells.remove(0);
    }
    if row.len() > 1 && row.ends_with('|') && !row.ends_with("\\|") {
        cells.pop();
    }
    cells.into_iter().map(str::trim).collect()
}

/// A table being read.
struct OpenTable {
    caption: Option<Vec<Inline>>,
    align: Vec<ColumnAlign>,
    head: Vec<Vec<Vec<Inline>>>,
    body: Vec<Vec<Vec<Inline>>>,
}

/// Appends an inline, merging adjacent text runs.
fn push_merged(into: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(prev)), Inline::Text(next)) = (into.last_mut(), &inline) {
        prev.push_str(next);
        return;
    }
    into.push(inline);
}

/// A paragraph starting with [`CAPTION_PREFIX`] is a caption: returns its content.
fn strip_caption(content: &[Inline]) -> Option<Vec<Inline>> {
    let Some(Inline::Text(first)) = content.first() else { return None };
    let rest = first.strip_prefix(CAPTION_PREFIX)?;
    let mut out = vec![Inline::Text(rest.to_string())];
    out.extend_from_slice(&content[1..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(blocks: Vec<Block>, footnotes: Vec<Footnote>) -> Article {
        Article {
            id: "ch01".into(),
            source: "a.txt".into(),
            meta: ArticleMeta { title: "T & <U>".into(), author: Some("A. Writer".into()), ..Default::default() },
            blocks,
            footnotes,
            report: CleanReport::default(),
        }
    }

    fn text(s: &str) -> Vec<Inline> {
        vec![Inline::Text(s.into())]
    }

    #[test]
    fn code_blocks_survive_the_round_trip_as_written() {
        let code = "let s = \"it's\";\n\n    if a -- b { ``` }".to_string();
        let a = article(vec![Block::Code { id: "ch01-p1".into(), text: code.clone() }], Vec::new());
        let back = read(&write(&a), Path::new("a.md"), "ch01").unwrap();
        assert!(matches!(&back.blocks[0], Block::Code { text, .. } if *text == code), "{:?}", back.blocks);
    }

    #[test]
    fn round_trip_keeps_every_block() {
        let a = article(
            vec![
                Block::Paragraph { id: "ch01-p1".into(), content: vec![Inline::Text("In February".into()), Inline::NoteRef("ch01-fn1".into()), Inline::Text(" it began *really* [1].".into())] },
                Block::Heading { id: "ch01-p2".into(), level: 2, content: text("The soviets") },
                Block::Quote { id: "ch01-p3".into(), paragraphs: vec![text("All power!"), text("2. Second.")] },
                Block::Caption { id: "ch01-p4".into(), content: text("Lenin speaks") },
                Block::Paragraph { id: "ch01-p5".into(), content: text("1917. A year") },
                Block::Sources { id: "ch01-p6".into(), title: "Major Sources:".into(), items: vec![text("Trotsky, Leon, History."), text("2. Reed, John. Ten Days, 1919.")] },
                Block::Paragraph { id: "ch01-p7".into(), content: text("Between the lists.") },
                Block::List { id: "ch01-p8".into(), ordered: false, start: 1, items: vec![text("bread"), text("- peace")] },
                Block::Paragraph { id: "ch01-p9".into(), content: text("And:") },
                Block::List { id: "ch01-p10".into(), ordered: true, start: 3, items: vec![text("land"), text("all power")] },
            ],
            vec![Footnote { id: "ch01-fn1".into(), marker: "1".into(), content: text("Julian calendar.") }],
        );
        let md = write(&a);
        let back = read(&md, Path::new("a.md"), "ch01").unwrap();
        assert_eq!(back.meta, a.meta);
        let texts = |b: &[Block]| b.iter().map(|b| (b.id().to_string(), b.plain_text())).collect::<Vec<_>>();
        assert_eq!(texts(&back.blocks), texts(&a.blocks), "{md}");
        assert!(matches!(back.blocks[3], Block::Caption { .. }));
        assert!(matches!(back.blocks[5], Block::Sources { .. }));
        assert!(matches!(back.blocks[7], Block::List { ordered: false, .. }));
        assert!(matches!(back.blocks[9], Block::List { ordered: true, start: 3, .. }));
        assert_eq!(back.footnotes.len(), 1);
        assert_eq!(crate::model::plain_text(&back.footnotes[0].content), "Julian calendar.");
    }

    #[test]
    fn emphasis_with_spaces_inside_round_trips_as_emphasis() {
        let content = vec![
            Inline::Text("You".into()),
            Inline::Emphasis(text(" will")),
            Inline::Text(" not, and ".into()),
            Inline::Strong(text("never ")),
            Inline::Text("again.".into()),
        ];
        let a = article(vec![Block::Paragraph { id: "ch01-p1".into(), content }], vec![]);
        let md = write(&a);
        assert!(md.contains("You *will* not, and **never** again."), "{md}");
        let back = read(&md, Path::new("a.md"), "ch01").unwrap();
        assert_eq!(back.blocks[0].plain_text(), "You will not, and never again.");
    }

    #[test]
    fn emphasis_ending_on_punctuation_before_a_word_round_trips_as_emphasis() {
        let content = vec![
            Inline::Emphasis(text("A still from the film")),
            Inline::Text(" Velmora".into()),
            Inline::Emphasis(text(", about the harbour.")),
            Inline::Text(" Ask ".into()),
            Inline::Strong(text("Tora Quist?")),
            Inline::Text("Yes.".into()),
        ];
        let a = article(vec![Block::Paragraph { id: "ch01-p1".into(), content: content.clone() }], vec![]);
        let md = write(&a);
        assert!(md.contains("Velmora, *about the harbour.*"), "{md}");
        assert!(md.contains("**Tora Quist**?Yes."), "{md}");
        let back = read(&md, Path::new("a.md"), "ch01").unwrap();
        let Block::Paragraph { content: read_back, .. } = &back.blocks[0] else { panic!() };
        let emphases = read_back.iter().filter(|i| matches!(i, Inline::Emphasis(_) | Inline::Strong(_))).count();
        assert_eq!(emphases, 3, "{read_back:?}");
        assert_eq!(back.blocks[0].plain_text(), crate::model::plain_text(&content));
    }

    #[test]
    fn tables_round_trip_as_gfm_tables() {
        let cell = |s: &str| text(s);
        let table = Table::new(
            Some(vec![Inline::Text("Strikes, ".into()), Inline::Emphasis(text("1905"))]),
            vec![ColumnAlign::Default, ColumnAlign::Right],
            vec![vec![cell("Year"), cell("Strikes | lockouts")]],
            vec![vec![cell("1904"), cell("68")], vec![cell("1905"), Vec::new()]],
        );
        let headless = Table::new(None, Vec::new(), Vec::new(), vec![vec![cell("a"), cell("b")]]);
        let a = article(
            vec![
                Block::Paragraph { id: "ch01-p1".into(), content: text("Table: not a caption.") },
                Block::Table { id: "ch01-p2".into(), table: headless.clone() },
                Block::Table { id: "ch01-p3".into(), table: table.clone() },
            ],
            Vec::new(),
        );
        let md = write(&a);
        assert!(md.contains("Table: Strikes, *1905*\n\n| Year | Strikes \\| lockouts |\n|---|--:|\n| 1904 | 68 |\n| 1905 |  |"), "{md}");
        let back = read(&md, Path::new("a.md"), "ch01").unwrap();
        assert_eq!(back.blocks.len(), 3, "{md}");
        assert!(matches!(&back.blocks[0], Block::Paragraph { .. }));
        assert_eq!(back.blocks[0].plain_text(), "Table: not a caption.");
        assert!(matches!(&back.blocks[1], Block::Table { table: t, .. } if *t == headless), "{:?}", back.blocks[1]);
        assert!(matches!(&back.blocks[2], Block::Table { table: t, .. } if *t == table), "{:?}", back.blocks[2]);
    }

    #[test]
    fn cells_beyond_the_columns_are_reported() {
        let (blocks, a) = texts("| a | b |\n|---|---|\n| 1 | 2 | 3 \\| x | `4|5` |\n");
        assert_eq!(blocks, ["a\n\nb\n\n1\n\n2"]);
        let removed: Vec<(&str, usize, &str)> = a.report.removed.iter().map(|r| (r.rule.as_str(), r.line, r.text.as_str())).collect();
        assert_eq!(removed, [("table-extra-cells", 7, "3 \\| x | `4|5`")]);
        assert_eq!(row_cells("| a | b\\|c |"), ["a", "b\\|c"]);
        assert_eq!(row_cells("a | b"), ["a", "b"]);
    }

    fn texts(md: &str) -> (Vec<String>, Article) {
        let a = read(&format!("+++\ntitle = \"T\"\n+++\n\n{md}"), Path::new("a.md"), "ch01").unwrap();
        (a.blocks.iter().map(Block::plain_text).collect(), a)
    }

    #[test]
    fn code_blocks_are_code_and_html_blocks_text() {
        let (blocks, a) = texts("Before.\n\n    indented code\n    second line\n\n```\nfenced code\n```\n\n<div class=\"x\">html block</div>\n\nAfter.\n");
        assert_eq!(blocks, ["Before.", "indented code\nsecond line", "fenced code", "<div class=\"x\">html block</div>", "After."]);
        assert!(matches!(a.blocks[1], Block::Code { .. }) && matches!(a.blocks[2], Block::Code { .. }));
    }

    #[test]
    fn nested_quotes_keep_the_outer_paragraphs() {
        let (blocks, _) = texts("> Outer first.\n>\n> > Inner.\n>\n> Outer last.\n");
        assert_eq!(blocks, ["Outer first.\n\nInner.\n\nOuter last."]);
    }

    #[test]
    fn nested_lists_keep_their_order() {
        // The book sets a nested list's items in the list around it, in order.
        let (blocks, _) = texts("- one\n  - one.a\n  - one.b\n- two\n");
        assert_eq!(blocks, ["one\n\none.a\n\none.b\n\ntwo"]);
    }

    #[test]
    fn footnotes_every_edition_can_set_or_reported() {
        let md = "Text.[^a] More.[^b]\n\n[^a]: First.\n[^a]: Duplicate.\n[^b]: Refers on.[^c]\n[^c]: Inner.\n[^d]: Orphan.\n";
        let (_, a) = texts(md);
        let notes: Vec<String> = a.footnotes.iter().map(|n| crate::model::plain_text(&n.content)).collect();
        assert_eq!(notes, ["First.", "Refers on. (Inner.)"]);
        let rules: Vec<(&str, usize)> = a.report.removed.iter().map(|r| (r.rule.as_str(), r.line)).collect();
        assert_eq!(rules, [("duplicate-footnote", 8), ("unreferenced-footnote", 11)]);
    }

    #[test]
    fn missing_title_is_an_error_with_a_location() {
        let e = read("+++\nauthor = \"x\"\n+++\n\nJust text.\n", Path::new("a.md"), "ch01").unwrap_err();
        assert!(e.to_string().starts_with("a.md:4:1: error: the article has no title"), "{e}");
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let e = read("+++\ntitle = \n+++\n", Path::new("a.md"), "ch01").unwrap_err();
        assert!(e.to_string().starts_with("a.md:2:"), "{e}");
    }
}
