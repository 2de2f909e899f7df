//! Nothing lost from the print edition: the frames the layout filled and the book in, an
//! error naming the first body block whose letters did not all reach a page out.
//!
//! Cheap by design: it counts the letters of the runs placed for each block (the layout
//! already knows which block a line belongs to) against the letters of the block's text in
//! the model, instead of extracting text from the written PDF.

use std::collections::BTreeMap;

use super::paginate::Frame;
use crate::error::{Error, Result};
use crate::model::{Block, Book};

/// Letters placed on pages, per block id.
#[derive(Debug, Default)]
pub struct Placed(BTreeMap<String, usize>);

impl Placed {
    /// Counts the letters of every line of a filled frame.
    pub fn count(&mut self, frame: &Frame) {
        for placed in &frame.lines {
            let Some(block) = &placed.block else { continue };
            let letters: usize = placed.line.runs.iter().map(|r| letters(&r.shaped.text)).sum();
            *self.0.entry(block.clone()).or_default() += letters;
        }
    }

    /// Adds the letters counted in `other`.
    pub fn add(&mut self, other: &Placed) {
        for (block, letters) in &other.0 {
            *self.0.entry(block.clone()).or_default() += letters;
        }
    }

    /// Fails on the first body block (introduction or article) with fewer letters on the
    /// pages than in the model.
    pub fn check(&self, book: &Book) -> Result<()> {
        let sections = book.introduction.iter().map(|s| (s.id.as_str(), &s.blocks));
        let articles = book.articles.iter().map(|a| (a.source.as_str(), &a.blocks));
        for (whose, blocks) in sections.chain(articles) {
            for block in blocks.iter() {
                let want = letters(&block.plain_text());
                let got = self.0.get(block.id()).copied().unwrap_or(0);
                if got < want {
                    return Err(lost(whose, block, got, want));
                }
            }
        }
        Ok(())
    }
}

fn lost(whose: &str, block: &Block, got: usize, want: usize) -> Error {
    let text = block.plain_text();
    let start: String = text.chars().take(60).collect();
    Error::render(
        "pdf",
        format!(
            "{whose}: block {} (“{start}…”) lost text in the print layout: {got} of its {want} letters reached a page; please report this with the book folder",
            block.id()
        ),
    )
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}
