//! The finished page model the writer consumes: positioned glyph runs, rules, links and
//! destinations, fills and colours, in points from the trim box's top-left corner (y grows
//! downwards).

use std::sync::Arc;

use super::paragraph::Target;
use super::shape::{Shaped, Style};

/// How a page's folio is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    Roman,
    Arabic,
}

/// What a piece of text is in the book's logical structure (the tagged PDF's tree).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// Not part of the text read aloud: running heads, folios, leader dots.
    #[default]
    Artifact,
    /// A heading of this level (1 for a chapter's or an appendix's title).
    Heading(u8),
    Paragraph,
    /// A paragraph of a block quote.
    Quote,
    Caption,
    /// A footnote.
    Note,
    /// An item of a list (a chapter's sources).
    ListItem,
    /// A cell of a table in row `row` (counted from 0); the tag's group is the table.
    Cell { kind: CellKind, row: u32 },
    /// A line of the table of contents.
    ContentsEntry,
    /// An entry of the index.
    IndexEntry,
}

/// What a table cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellKind {
    /// A column's head.
    ColumnHead,
    /// A row's head (a chronology's date).
    RowHead,
    Data,
}

/// The structure element a run belongs to: runs with equal tags form one element, in
/// the order first drawn; elements that nest (a quote's paragraphs, a list's items, the
/// contents' and the index's entries, a table's caption and cells) share their enclosing
/// element when their `group` is the same (a table's cells also their row).
#[derive(Debug, Clone, Eq, Default)]
pub struct Tag {
    pub role: Role,
    pub element: Arc<str>,
    pub group: Arc<str>,
}

/// Runs of one element share its names, so the names compare by pointer first: writing
/// compares every run's tag with the one before it.
impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        let same = |a: &Arc<str>, b: &Arc<str>| Arc::ptr_eq(a, b) || a == b;
        self.role == other.role && same(&self.element, &other.element) && same(&self.group, &other.group)
    }
}

impl Tag {
    /// A tag for element `element` inside group `group`.
    pub fn new(role: Role, element: &str, group: &str) -> Tag {
        Tag { role, element: element.into(), group: group.into() }
    }
}

/// A shaped run at a baseline position.
#[derive(Debug, Clone)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub style: Style,
    pub shaped: Arc<Shaped>,
    /// A word space separates this run from the run before it on the same line.
    pub space_before: bool,
    pub tag: Tag,
}

/// A straight rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    pub width: f32,
}

/// A CMYK colour, each channel 0 to 255 (covers; interiors print in black, DeviceGray).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cmyk(pub [u8; 4]);

/// A filled rectangle: left, top, right, bottom.
#[derive(Debug, Clone)]
pub struct Fill {
    pub rect: [f32; 4],
    pub colour: Cmyk,
}

/// A raster image drawn into `rect` (left, top, right, bottom).
#[derive(Debug, Clone)]
pub struct PlacedImage {
    pub rect: [f32; 4],
    pub pixels: crate::cover_image::CmykPixels,
}

/// A clickable area.
#[derive(Debug, Clone)]
pub struct LinkArea {
    /// Left, top, right, bottom.
    pub rect: [f32; 4],
    pub target: Target,
    /// The element whose text carries the link.
    pub tag: Tag,
}

/// One printed page.
#[derive(Debug, Clone)]
pub struct Page {
    pub numbering: Numbering,
    pub number: u32,
    pub texts: Vec<TextRun>,
    pub rules: Vec<Rule>,
    pub links: Vec<LinkArea>,
    /// Named destinations: name, x, y.
    pub dests: Vec<(String, f32, f32)>,
    /// Filled areas, painted before the text (a cover's ground).
    pub fills: Vec<Fill>,
    /// Runs turned a quarter clockwise about their baseline origin (a spine's title).
    pub turned: Vec<TextRun>,
    /// Images, painted after the fills and before the text (a cover's picture).
    pub images: Vec<PlacedImage>,
    /// Colour of text and rules; `None` is black in DeviceGray.
    pub ink: Option<Cmyk>,
}

impl Page {
    /// An empty page with this number.
    pub fn new(numbering: Numbering, number: u32) -> Page {
        Page {
            numbering,
            number,
            texts: Vec::new(),
            rules: Vec::new(),
            links: Vec::new(),
            dests: Vec::new(),
            fills: Vec::new(),
            turned: Vec::new(),
            images: Vec::new(),
            ink: None,
        }
    }

    /// Whether nothing is printed on the page.
    pub fn is_blank(&self) -> bool {
        self.texts.is_empty() && self.rules.is_empty() && self.fills.is_empty() && self.turned.is_empty() && self.images.is_empty()
    }

    /// The printed label: "iv" or "12".
    pub fn label(&self) -> String {
        match self.numbering {
            Numbering::Roman => roman(self.number),
            Numbering::Arabic => self.number.to_string(),
        }
    }
}

/// A bookmark: title, level (0 = top), destination name.
#[derive(Debug, Clone)]
pub struct Bookmark {
    pub title: String,
    pub level: u8,
    pub dest: String,
}

/// Everything the writer needs.
#[derive(Debug, Clone)]
pub struct Document {
    pub trim_width: f32,
    pub trim_height: f32,
    pub bleed: f32,
    pub pages: Vec<Page>,
    pub outline: Vec<Bookmark>,
}

/// Lower-case roman numerals.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}
