//! The EPUB 3 edition.

use crate::error::{Error, Result};
use crate::model::{Book, PageMap};

/// Writes the book as an EPUB 3 file.
pub fn render(_book: &Book, _pages: &PageMap) -> Result<Vec<u8>> {
    Err(Error::render("epub", "not yet written"))
}
