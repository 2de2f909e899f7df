//! `anthology` turns a folder of scraped web articles into a finished book: a clean,
//! valid EPUB 3 and a typeset, print-ready PDF.
//!
//! The principal types, in the order data flows through them:
//! - [`project::Project`]: the book folder's configuration, read once: its `book.toml` as a
//!   [`config::Manifest`] (or one inferred from the folder), `timeline.toml` and `index.toml`;
//! - [`clean::clean`]: scraped text in, a structured [`model::Article`] and its audit trail out;
//! - [`markdown`]: the editable Markdown intermediate an editor can correct by hand;
//! - [`model::Book`]: the one document tree every later stage reads;
//! - [`render::pdf`] lays the book out once and writes the PDF; its [`model::PageMap`]
//!   feeds [`render::epub`]'s page-list;
//! - [`print`] holds the print-on-demand services' rules, packages the book for them and
//!   preflights any PDF against them;
//! - [`pipeline::build`] runs all of it for `anthology build`.
//!
//! ```no_run
//! use anthology::pipeline::{build, BuildOptions};
//! let out = build(&BuildOptions { book_dir: "content".into(), out_dir: "out".into(), targets: vec![] })?;
//! println!("wrote {}", out.epub.display());
//! # Ok::<(), anthology::error::Error>(())
//! ```

pub mod apparatus;
pub mod check;
pub mod clean;
pub mod config;
pub mod cover_image;
pub mod diagnostic;
pub mod error;
pub mod init;
pub mod input;
pub mod language;
pub mod markdown;
pub mod memo;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod print;
pub mod project;
pub mod render;
pub mod source;
pub mod time;
pub mod typography;
pub mod watch;
