//! `anthology watch`: changes to a book folder, as they happen.
//!
//! Takes the book folder and the folders whose changes do not count (the output folder);
//! returns, one call at a time, the files changed since the last call, after the folder
//! has been quiet for a moment (an editor's save is often several events). This is the
//! only module that imports `notify`.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::error::{Error, Result};

/// How long the folder must be quiet before a rebuild starts.
const QUIET: Duration = Duration::from_millis(250);

/// A recursive watch on a book folder.
pub struct Watcher {
    _watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    ignore: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching `dir`, ignoring changes under any folder of `ignore`.
    pub fn new(dir: &Path, ignore: &[PathBuf]) -> Result<Watcher> {
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(tx).map_err(|e| Error::render("watch", e))?;
        watcher.watch(dir, RecursiveMode::Recursive).map_err(|e| Error::render("watch", e))?;
        let ignore = ignore.iter().map(|p| p.canonicalize().unwrap_or_else(|_| p.clone())).collect();
        Ok(Watcher { _watcher: watcher, events, ignore })
    }

    /// Blocks until files of the book change, then returns them once the folder is quiet.
    pub fn next_change(&self) -> Result<Vec<PathBuf>> {
        let mut changed = Vec::new();
        loop {
            let event = if changed.is_empty() {
                self.events.recv().map_err(|e| Error::render("watch", e))?
            } else {
                match self.events.recv_timeout(QUIET) {
                    Ok(event) => event,
                    Err(_) => return Ok(changed),
                }
            };
            let Ok(event) = event else { continue };
            if matches!(event.kind, notify::EventKind::Access(_)) {
                continue;
            }
            for path in event.paths {
                if self.counts(&path) && !changed.contains(&path) {
                    changed.push(path);
                }
            }
        }
    }

    /// Hidden files (temporary files, the clean state) and the ignored folders do not count.
    fn counts(&self, path: &Path) -> bool {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        !hidden && !self.ignore.iter().any(|i| path.starts_with(i))
    }
}
