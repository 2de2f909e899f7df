//! The print edition: the book model in, PDF bytes and the page map out.
//!
//! Stages, each in its own file: `shape` (rustybuzz, cached) and `hyphenate` (Liang
//! patterns + project exceptions) feed `paragraph`, which builds Knuth–Plass items and
//! lets `linebreak` choose the breaks; `paginate` fills text blocks with lines (widows,
//! orphans, footnotes); `book` builds the half-title, title, colophon, contents and body
//! pages and the page map (with `front` for the front matter and `appendix` for the
//! chronology and index); `audit` checks that every body block's text reached a page;
//! `write` turns the finished `page` model into PDF with krilla.
//! Layout never touches the PDF writer.

mod appendix;
mod audit;
mod book;
mod fonts;
mod front;
mod hyphenate;
mod linebreak;
mod page;
mod paginate;
mod paragraph;
mod shape;
mod write;

use crate::error::Result;
use crate::model::{Book, PageMap, Warning};

/// A laid-out and written PDF, with the page map the other outputs use.
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub page_map: PageMap,
    pub warnings: Vec<Warning>,
}

/// Lays the book out and writes the PDF.
pub fn render(book: &Book) -> Result<PdfOutput> {
    // 1. Shaper and hyphenator, shared by every paragraph.
    let mut ts = paragraph::Typesetter::new()?;
    // 2. Lay out; the gutter depends on the page count, so repeat until it is stable.
    let mut pages = 0;
    let mut layout = book::layout(book, &mut ts, &book::Geometry::new(&book.meta.print, pages));
    for _ in 0..3 {
        let count = layout.document.pages.len();
        if book::gutter(count) == book::gutter(pages) {
            break;
        }
        pages = count;
        layout = book::layout(book, &mut ts, &book::Geometry::new(&book.meta.print, pages));
    }
    // 3. Refuse to write a PDF that lost text, then write the pages.
    layout.placed.check(book)?;
    let bytes = write::write(&layout.document, &book.meta)?;
    Ok(PdfOutput {
        bytes,
        page_map: layout.page_map,
        warnings: ts.warnings(),
    })
}
