//! Renderers: each reads the finished [`crate::model::Book`] and returns bytes.
//!
//! The PDF renderer runs first: its layout decides the printed page numbers, which the EPUB
//! uses for its page-list.

pub mod epub;
pub mod pdf;
