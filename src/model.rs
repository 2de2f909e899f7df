//! The document model: the one tree every stage after cleaning speaks.
//!
//! `clean` and `markdown` produce [`Article`]s; `pipeline` assembles them with the
//! manifest's metadata into a [`Book`]; `apparatus` adds the timeline and the index;
//! the renderers (`render::epub`, `render::pdf`) only read it and never re-parse text.
//!
//! Invariants the renderers rely on:
//! - every [`Block`] that carries text has an `id` unique within the book
//!   (`<article-id>-p<n>` style), stable across builds of the same input;
//! - every [`Inline::NoteRef`] names a [`Footnote`] of the same article;
//! - [`Inline::Anchor`] ids are unique within the book.

use serde::Serialize;

/// A whole anthology, ready to render.
#[derive(Debug, Clone, Serialize)]
pub struct Book {
    /// Title page and package metadata.
    pub meta: BookMeta,
    /// The editor's introduction, set before the articles.
    pub introduction: Option<Section>,
    /// The articles in reading order.
    pub articles: Vec<Article>,
    /// The chronology appendix, when the book has one.
    pub timeline: Option<Timeline>,
    /// The back-of-book index, when the book has one.
    pub index: Option<Index>,
    /// Non-fatal findings of any stage (suspect typos, unaccepted suggestions...).
    pub warnings: Vec<Warning>,
}

/// Book-level metadata from `book.toml` (or inferred in zero-config mode).
#[derive(Debug, Clone, Serialize)]
pub struct BookMeta {
    pub title: String,
    pub subtitle: Option<String>,
    pub editor: Option<String>,
    pub publisher: Option<String>,
    /// BCP 47 tag, e.g. `en-GB`.
    pub language: String,
    /// Rights statement for the colophon.
    pub rights: Option<String>,
    /// The blurb from `book.toml`, printed on the back cover.
    pub description: Option<String>,
    /// File-name slug derived from the title: `out/<slug>.epub`.
    pub slug: String,
    /// A stable identifier derived from the content (`urn:sha256:...` style).
    pub identifier: String,
    /// Modification time, seconds since the Unix epoch (`SOURCE_DATE_EPOCH` or newest source).
    pub modified: i64,
    /// Print trim size and other layout settings.
    pub print: PrintSettings,
    /// The editor's cover image, when book.toml gives one.
    pub cover: Option<crate::cover_image::CoverImage>,
    /// What stores and library systems list besides the description: subjects, ISBN,
    /// date, series.
    pub catalogue: Catalogue,
}

/// Catalogue metadata from `book.toml`, all optional.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Catalogue {
    pub subjects: Vec<String>,
    pub isbn: Option<String>,
    /// Publication date, ISO 8601 (checked when the manifest loads).
    pub date: Option<String>,
    pub series: Option<String>,
}

/// Page geometry of the print edition.
#[derive(Debug, Clone, Serialize)]
pub struct PrintSettings {
    /// Trim width in points.
    pub trim_width: f32,
    /// Trim height in points.
    pub trim_height: f32,
    /// Bleed on each outer edge, in points (0 for none).
    pub bleed: f32,
    /// Capitalised words (names) may take a hyphen (`[print] hyphenate_names`).
    pub hyphenate_names: bool,
}

/// A titled run of blocks that is not an article (the introduction).
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Stable id, used as file name stem and anchor (`introduction`).
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
}

/// One cleaned article.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Stable id, unique in the book (`ch01`...); prefix of all its block ids.
    pub id: String,
    /// Source path, relative to the book folder, as given in the manifest.
    pub source: String,
    pub meta: ArticleMeta,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
    /// What the cleaner removed or flagged, line by line.
    pub report: CleanReport,
}

/// What is known about an article's origin. Every field is optional except the title.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq)]
pub struct ArticleMeta {
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standfirst: Option<String>,
    /// The running head for the article's rectos (`short_title` in `book.toml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The publication date, ISO: `2017-11-28`, or `2017-08` when only the month is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's language (BCP 47), when its source declares one (HTML `lang`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The author's bio line ("X is a student at ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
}

/// A block-level element of an article body.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A body paragraph.
    Paragraph { id: String, content: Vec<Inline> },
    /// A section heading inside an article (level 2 = first level below the article title).
    Heading { id: String, level: u8, content: Vec<Inline> },
    /// A quotation set off from the text; its paragraphs.
    Quote { id: String, paragraphs: Vec<Vec<Inline>> },
    /// A photo caption (the photo itself is not in the scrape).
    Caption { id: String, content: Vec<Inline> },
    /// A sources / bibliography list with its heading ("Major Sources").
    Sources { id: String, title: String, items: Vec<Vec<Inline>> },
    /// A bulleted list, or a numbered one counting from `start`: each item's text.
    List { id: String, ordered: bool, start: u32, items: Vec<Vec<Inline>> },
    /// A table of rows and columns.
    Table { id: String, table: Table },
    /// Preformatted text (program code, a terminal session, a plain-text document): its
    /// lines as written, set in a monospaced face, never reflowed, curled or hyphenated.
    Code { id: String, text: String },
}

/// A table's content: every row has one cell per column (readers pad short rows).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    /// Each column's alignment, as the source gives it; its length is the column count.
    pub align: Vec<ColumnAlign>,
    /// Header rows (column headings), then the body rows.
    pub head: Vec<Vec<Vec<Inline>>>,
    pub body: Vec<Vec<Vec<Inline>>>,
}

/// How a column's cells are aligned; `Default` leaves it to the renderer.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ColumnAlign {
    #[default]
    Default,
    Left,
    Center,
    Right,
}

impl Table {
    /// A table whose rows are padded with empty cells to the widest row; `align` is
    /// padded or cut to that width. Rows without a cell are dropped.
    pub fn new(caption: Option<Vec<Inline>>, mut align: Vec<ColumnAlign>, head: Vec<Vec<Vec<Inline>>>, body: Vec<Vec<Vec<Inline>>>) -> Table {
        let keep = |rows: Vec<Vec<Vec<Inline>>>| rows.into_iter().filter(|r| !r.is_empty()).collect::<Vec<_>>();
        let (mut head, mut body) = (keep(head), keep(body));
        let columns = head.iter().chain(&body).map(Vec::len).max().unwrap_or(0);
        for row in head.iter_mut().chain(body.iter_mut()) {
            row.resize(columns, Vec::new());
        }
        align.resize(columns, ColumnAlign::Default);
        Table { caption, align, head, body }
    }

    pub fn columns(&self) -> usize {
        self.align.len()
    }

    /// The caption, then every cell row by row (header rows first): the table's runs of
    /// text in reading order, as [`Block::plain_text`] joins them.
    pub fn runs(&self) -> impl Iterator<Item = &Vec<Inline>> {
        self.caption.iter().chain(self.head.iter().chain(&self.body).flatten())
    }

    pub fn runs_mut(&mut self) -> impl Iterator<Item = &mut Vec<Inline>> {
        self.caption.iter_mut().chain(self.head.iter_mut().chain(self.body.iter_mut()).flatten())
    }
}

impl Block {
    /// The block's stable id.
    pub fn id(&self) -> &str {
        match self {
            Block::Paragraph { id, .. }
            | Block::Heading { id, .. }
            | Block::Quote { id, .. }
            | Block::Caption { id, .. }
            | Block::Sources { id, .. }
            | Block::List { id, .. }
            | Block::Table { id, .. }
            | Block::Code { id, .. } => id,
        }
    }

    /// The block's text, without markup, paragraphs (a table's caption and cells) joined by
    /// a blank line.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Paragraph { content, .. }
            | Block::Heading { content, .. }
            | Block::Caption { content, .. } => plain_text(content),
            Block::Quote { paragraphs, .. } | Block::List { items: paragraphs, .. } => {
                paragraphs.iter().map(|p| plain_text(p)).collect::<Vec<_>>().join("\n\n")
            }
            Block::Sources { title, items, .. } => {
                let mut parts = vec![title.clone()];
                parts.extend(items.iter().map(|i| plain_text(i)));
                parts.join("\n\n")
            }
            Block::Table { table, .. } => table.runs().map(|r| plain_text(r)).collect::<Vec<_>>().join("\n\n"),
            Block::Code { text, .. } => text.clone(),
        }
    }
}

/// Inline content of a block.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    /// A reference to the article's footnote with this id.
    NoteRef(String),
    /// A hyperlink.
    Link { url: String, content: Vec<Inline> },
    /// An invisible anchor (index locator, timeline target) with a book-unique id.
    Anchor(String),
    /// A passage in another language than the book's (`lang` is a BCP 47 tag such as
    /// `ru-Latn`), so that text-to-speech and hyphenation treat it as such.
    Lang { lang: String, content: Vec<Inline> },
}

/// The text of a run of inlines, without markup (anchors and note references vanish).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push_str(t),
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Link { content: c, .. }
            | Inline::Lang { content: c, .. } => push_plain(c, out),
            Inline::NoteRef(_) | Inline::Anchor(_) => {}
        }
    }
}

/// A footnote of an article; `marker` is what the source printed (`*`, `1`).
#[derive(Debug, Clone, Serialize)]
pub struct Footnote {
    /// Id unique within the book (`ch02-fn1`).
    pub id: String,
    pub marker: String,
    pub content: Vec<Inline>,
}

/// The cleaner's audit trail for one source file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CleanReport {
    /// Source path as given.
    pub source: String,
    /// Number of lines in the source.
    pub total_lines: usize,
    /// Every line not carried into the article text, with why.
    pub removed: Vec<RemovedLine>,
    /// Suspect spots left untouched for the editor to judge.
    pub flags: Vec<Flag>,
    /// Source lines that read as prose, and how many of them a chrome rule removed
    /// (metadata and repeated lines are not counted as lost).
    pub prose_lines: usize,
    pub prose_lost: usize,
}

/// One source line the cleaner did not carry into the article body.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct RemovedLine {
    /// 1-based line number in the source.
    pub line: usize,
    pub text: String,
    /// Short rule name (`chrome-phrase`, `duplicate-line`, `metadata-author`...).
    pub rule: String,
    /// A sentence saying why.
    pub reason: String,
}

/// A suspect spot in the text (possible typo), reported, never silently fixed.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Flag {
    pub line: usize,
    pub excerpt: String,
    pub reason: String,
}

/// A non-fatal finding of the build, shown to the editor.
#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    /// Which stage found it (`timeline`, `index`, `pdf`...).
    pub stage: String,
    pub message: String,
}

/// The chronology appendix.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timeline {
    pub title: String,
    /// A note set above the entries (the calendar convention), when one is needed.
    pub headnote: Option<String>,
    /// Entries sorted by Gregorian date.
    pub entries: Vec<TimelineEntry>,
}

/// One dated event.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    /// Stable id (`tl-1917-11-07-...`).
    pub id: String,
    /// The date as the book prints it, e.g. "25 October (7 November) 1917".
    pub date_label: String,
    /// Sort key: Gregorian date, `YYYY-MM-DD` (month/day zero when unknown).
    pub sort_key: String,
    /// End of a date range ("from 31 May to 5 June"), same form as `sort_key`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_sort_key: Option<String>,
    pub precision: DatePrecision,
    /// The event, a short clause from the text.
    pub text: String,
    /// A note such as "year inferred from context", when there is one.
    pub note: Option<String>,
    /// Where the texts mention it.
    pub sources: Vec<Locator>,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A place in the book: an anchor (or block id) in an article; `page` is filled from the
/// PDF layout.
#[derive(Debug, Clone, Serialize)]
pub struct Locator {
    pub article: String,
    /// An [`Inline::Anchor`] id or a block id the renderers can link to.
    pub anchor: String,
    /// Printed page label in the PDF, once the layout has run.
    pub page: Option<String>,
}

/// The back-of-book index.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Index {
    pub title: String,
    /// Entries in collation order.
    pub entries: Vec<IndexEntry>,
}

/// An index heading with its locators, subentries and cross-references.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub id: String,
    /// As printed: "Kerensky, Alexander".
    pub heading: String,
    /// The heading is the title of a work (set in italics, as the text sets it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub work: bool,
    /// Collation key.
    pub sort_key: String,
    /// The forms of the term as the text writes them ("Lenin", "Vladimir Lenin"); each
    /// locator's anchor stands right before one of them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub locators: Vec<Locator>,
    pub subentries: Vec<IndexEntry>,
    /// "see" targets (headings).
    pub see: Vec<String>,
    /// "see also" targets (headings).
    pub see_also: Vec<String>,
}

/// Places of the book without text blocks, as named in [`PageStart::block`].
pub mod place {
    /// The title page (and the half-title before it).
    pub const TITLE_PAGE: &str = "title-page";
    /// The colophon ("About This Edition").
    pub const COLOPHON: &str = "colophon";
    /// The table of contents.
    pub const CONTENTS: &str = "contents";
    /// The chronology appendix, at its title.
    pub const CHRONOLOGY: &str = "chronology";
    /// The index, at its title.
    pub const INDEX: &str = "index";
}

/// Where the print edition's pages begin, and on which page each anchor and block stands.
/// Computed once by the PDF layout; read by the EPUB (page-list) and the apparatus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageMap {
    /// Page starts in reading order: the printed label and the text position that opens it.
    pub page_starts: Vec<PageStart>,
    /// Printed page label of each anchor and block id that was laid out.
    pub anchor_pages: std::collections::BTreeMap<String, String>,
}

/// The first text on a printed page.
#[derive(Debug, Clone, Serialize)]
pub struct PageStart {
    /// Printed page label ("12", "iv").
    pub label: String,
    /// Block id whose text continues or begins on this page; or, for a page that opens
    /// a part or holds no body text, the place it begins at (offset 0): an article or
    /// introduction id (before its title), a timeline or index entry id, or one of the
    /// [`place`] names.
    pub block: String,
    /// Byte offset into the block's plain text (see [`Block::plain_text`]) where the page
    /// begins; 0 when the page begins with the block.
    pub offset: usize,
}
