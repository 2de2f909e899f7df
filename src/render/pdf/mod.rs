//! The print edition: the book model in, PDF bytes and the page map out.
//!
//! Stages, each in its own file: `shape` (rustybuzz, cached) and `hyphenate` (Liang
//! patterns + project exceptions) feed `paragraph`, which builds Knuth–Plass items and
//! lets `linebreak` choose the breaks; `paginate` fills text blocks with lines (widows,
//! orphans, footnotes); `book` builds the half-title, title, colophon, contents and body
//! pages and the page map (with `front` for the front matter and `appendix` for the
//! chronology and index); `audit` checks that every body block's text reached a page;
//! `cover` builds a print-on-demand full-wrap cover; `write` turns the finished `page`
//! model into PDF with krilla (`tagging` builds its structure tree from the tags the
//! layout puts on every line), and `pdfx` adds what PDF/X-1a needs.
//! Layout never touches the PDF writer.
//!
//! [`render`] lays out and writes the screen edition; [`interior`] makes a print
//! target's interior from the same layout, or lays out again when the target's margins
//! differ; [`cover`] makes its cover.

mod appendix;
mod audit;
mod book;
mod code;
mod cover;
mod fonts;
mod front;
mod hyphenate;
mod linebreak;
mod page;
mod paginate;
mod paragraph;
mod pdfx;
mod shape;
mod table;
mod tagging;
mod write;

use crate::error::Result;
use crate::model::{Book, PageMap, Warning};
use crate::print::{Paper, Rules, Target};

/// A laid-out and written PDF, with the page map the other outputs use.
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub page_map: PageMap,
    pub warnings: Vec<Warning>,
    /// The laid-out pages and the geometry they were set in, for the print interiors.
    layout: (page::Document, book::Geometry),
}

/// The screen edition laid out, not yet written: its page map is all the other outputs
/// need, so the EPUB can be written while [`Laid::write`] writes the PDF.
pub struct Laid {
    pub page_map: PageMap,
    pub warnings: Vec<Warning>,
    layout: (page::Document, book::Geometry),
}

impl Laid {
    /// The screen edition's PDF bytes.
    pub fn write(&self, book: &Book) -> Result<Vec<u8>> {
        write::write(&self.layout.0, &book.meta, write::Edition::Screen)
    }

    /// The written edition, from the bytes [`Laid::write`] made.
    pub fn written(self, bytes: Vec<u8>) -> PdfOutput {
        PdfOutput { bytes, page_map: self.page_map, warnings: self.warnings, layout: self.layout }
    }
}

/// A print target's interior.
pub struct Interior {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Why the book was laid out again for this target, when it was.
    pub relaid: Option<String>,
}

/// What one layout keeps for the next (`anthology watch`): the typesetter, with the
/// words it has shaped and the paragraphs it has set, and the chapters and appendices
/// laid out.
#[derive(Default)]
pub struct Cache {
    typesetter: Option<paragraph::Typesetter>,
    earlier: book::Earlier,
}

/// Lays the book out and writes the screen edition (tagged, outline, links, PDF/A-2a
/// and PDF/UA-1). Its
/// geometry is KDP's, the least demanding service, so KDP's interior shares its layout.
pub fn render(book: &Book) -> Result<PdfOutput> {
    render_cached(book, &mut Cache::default())
}

/// [`render`], setting again only the paragraphs that `cache` has not seen.
pub fn render_cached(book: &Book, cache: &mut Cache) -> Result<PdfOutput> {
    let laid = lay_out_cached(book, cache)?;
    let bytes = laid.write(book)?;
    Ok(laid.written(bytes))
}

/// Lays out the screen edition (without writing it), setting again only the paragraphs
/// that `cache` has not seen.
pub fn lay_out_cached(book: &Book, cache: &mut Cache) -> Result<Laid> {
    let mut ts = match cache.typesetter.take() {
        Some(ts) => ts,
        None => paragraph::Typesetter::new()?,
    };
    ts.next_build();
    cache.earlier.next_build();
    // krilla's compressed page streams (see `write::register_glyphs`): keep those the last
    // two builds used, so a long watch session does not grow the cache.
    comemo::evict(2);
    ts.hyphenate_names(book.meta.print.hyphenate_names);
    let (layout, g) = lay_out(book, &mut ts, &Target::Kdp.rules(), &mut cache.earlier);
    // Refuse to write a PDF that lost text.
    layout.placed.check(book)?;
    let warnings = ts.warnings();
    cache.typesetter = Some(ts);
    Ok(Laid { page_map: layout.page_map, warnings, layout: (layout.document, g) })
}

/// The interior for `rules`' service: the screen edition's pages when the target's
/// geometry is the same, else a new layout; then the target's minimum rule weight, blank
/// pages to end as the service demands, no outline or links, and PDF/X where required.
pub fn interior(book: &Book, screen: &PdfOutput, rules: &Rules) -> Result<Interior> {
    let (doc, g) = &screen.layout;
    let same = *g == book::Geometry::new(&book.meta.print, padded_count(doc, rules), rules);
    let (mut doc, relaid) = if same {
        (doc.clone(), None)
    } else {
        let mut ts = paragraph::Typesetter::new()?;
        ts.hyphenate_names(book.meta.print.hyphenate_names);
        let (layout, ng) = lay_out(book, &mut ts, rules, &mut book::Earlier::default());
        layout.placed.check(book)?;
        let why = format!(
            "laid out again for {}: margins {:.3} in top, {:.3} in inside, {} lines a page (screen edition: {:.3} in, {:.3} in, {} lines)",
            rules.name,
            ng.top / 72.0,
            ng.inner / 72.0,
            (ng.text_height / book::LEADING).round(),
            g.top / 72.0,
            g.inner / 72.0,
            (g.text_height / book::LEADING).round(),
        );
        (layout.document, Some(why))
    };
    for page in &mut doc.pages {
        for rule in &mut page.rules {
            rule.width = rule.width.max(rules.min_rule);
        }
    }
    pad(&mut doc, rules);
    let mut bytes = write::write(&doc, &book.meta, write::Edition::Print)?;
    if rules.pdfx {
        bytes = pdfx::convert(&bytes, &book.meta)?;
    }
    Ok(Interior { bytes, pages: doc.pages.len(), relaid })
}

/// The full-wrap cover for `rules`' service and an interior of `pages` pages, with the
/// warnings it raised.
pub fn cover(book: &Book, rules: &Rules, pages: usize, paper: Paper) -> Result<(Vec<u8>, Vec<Warning>)> {
    let mut ts = paragraph::Typesetter::new()?;
    let (doc, coarse) = cover::cover(book, &mut ts, rules, pages, paper)?;
    let mut bytes = write::write(&doc, &book.meta, write::Edition::Print)?;
    if rules.pdfx {
        bytes = pdfx::convert(&bytes, &book.meta)?;
    }
    let mut warnings = ts.warnings();
    warnings.extend(coarse);
    Ok((bytes, warnings))
}

/// Lays out under `rules`; the gutter depends on the final page count, so lay out again
/// until the count stays in its band (each pass taking from `earlier` what was laid out
/// before with the same geometry).
fn lay_out(book: &Book, ts: &mut paragraph::Typesetter, rules: &Rules, earlier: &mut book::Earlier) -> (book::Layout, book::Geometry) {
    let mut g = book::Geometry::new(&book.meta.print, 0, rules);
    let mut layout = book::layout(book, ts, &g, earlier);
    for _ in 0..3 {
        let next = book::Geometry::new(&book.meta.print, padded_count(&layout.document, rules), rules);
        if next == g {
            break;
        }
        g = next;
        layout = book::layout(book, ts, &g, earlier);
    }
    (layout, g)
}

/// The page count once [`pad`] has run.
fn padded_count(doc: &page::Document, rules: &Rules) -> usize {
    let mut n = doc.pages.len();
    if rules.blank_last_page && doc.pages.last().is_some_and(|p| !p.is_blank()) {
        n += 1;
    }
    n + n % 2
}

/// Ends the book with a blank page where the service asks for one, and on an even count.
fn pad(doc: &mut page::Document, rules: &Rules) {
    while doc.pages.len() < padded_count(doc, rules) {
        let last = doc.pages.last().map_or((page::Numbering::Arabic, 0), |p| (p.numbering, p.number));
        doc.pages.push(page::Page::new(last.0, last.1 + 1));
    }
}
