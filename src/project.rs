//! The book folder's configuration, read once at the start of a build, a check or a
//! watch round: `book.toml` (or the manifest inferred from the folder), `timeline.toml`
//! and `index.toml`. Each file's schema lives with the stage it steers; this is the one
//! place that reads them.

use std::path::{Path, PathBuf};

use crate::apparatus::index::IndexConfig;
use crate::apparatus::timeline::editor::Config as TimelineConfig;
use crate::config::Manifest;
use crate::error::Result;

/// Everything the editor configured for one book.
#[derive(Debug)]
pub struct Project {
    /// The book folder.
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// `timeline.toml`: corrections, additions and calendars (default when absent).
    pub timeline: TimelineConfig,
    /// `index.toml`: the editor's entries and rejections (default when absent).
    pub index: IndexConfig,
}

impl Project {
    /// Reads the book folder `dir`.
    pub fn load(dir: &Path) -> Result<Project> {
        Project::with_manifest(dir, Manifest::load(dir)?)
    }

    /// The project of `dir` whose `book.toml` has been read already.
    pub fn with_manifest(dir: &Path, manifest: Manifest) -> Result<Project> {
        Ok(Project {
            dir: dir.to_path_buf(),
            timeline: TimelineConfig::load(dir)?,
            index: IndexConfig::load(dir)?,
            manifest,
        })
    }
}
