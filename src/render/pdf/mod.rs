//! The print edition.

use crate::error::{Error, Result};
use crate::model::{Book, PageMap, Warning};

/// A laid-out and written PDF, with the page map the other outputs use.
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub page_map: PageMap,
    pub warnings: Vec<Warning>,
}

/// Lays the book out and writes the PDF.
pub fn render(_book: &Book) -> Result<PdfOutput> {
    Err(Error::render("pdf", "not yet written"))
}
