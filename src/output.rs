//! Writing outputs all-or-nothing: an out folder and named byte buffers in, files renamed into
//! place out.
//!
//! [`OutFolder::open`] creates the folder and takes an exclusive lock on it
//! (`<out>/.anthology.lock`), so a second build into the same folder waits for the first.
//! [`OutFolder::write_all`] writes every output to its own temporary file, created exclusively
//! (never through an existing path or symlink) under a name unique to this process, and only
//! when all of them are written renames each into place. On any failure the temporaries are
//! removed and every previous output is left as it was.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

const LOCK_NAME: &str = ".anthology.lock";

/// An out folder held for the length of one build.
#[derive(Debug)]
pub struct OutFolder {
    dir: PathBuf,
    _lock: File,
}

impl OutFolder {
    /// Creates `dir` if needed and locks it (waiting while another build holds it).
    pub fn open(dir: &Path) -> Result<OutFolder> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let path = dir.join(LOCK_NAME);
        // O_NOFOLLOW: a symlink planted at the lock's name must not create a file elsewhere.
        let lock = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        lock.lock().map_err(|e| Error::io(&path, e))?;
        Ok(OutFolder { dir: dir.to_path_buf(), _lock: lock })
    }

    /// The path an output named `name` gets in this folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Writes every `(name, bytes)` to a temporary, then renames them all into place.
    pub fn write_all(&self, files: &[(String, &[u8])]) -> Result<Vec<PathBuf>> {
        let mut pending = Pending(Vec::with_capacity(files.len()));
        for (name, bytes) in files {
            pending.0.push(create_temporary(&self.dir, name, bytes)?);
        }
        // A rename fails only when something other than a file holds the name: find that
        // before the first rename, so none or all outputs are replaced.
        for (name, _) in files {
            let path = self.dir.join(name);
            if path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
                return Err(Error::plain(&path, "is a directory, where an output file goes", "move the directory away"));
            }
        }
        let mut written = Vec::with_capacity(files.len());
        for (tmp, (name, _)) in std::mem::take(&mut pending.0).into_iter().zip(files) {
            let path = self.dir.join(name);
            std::fs::rename(&tmp, &path).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                Error::io(&path, e)
            })?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Temporaries not yet renamed; removed when dropped (on an error or a panic).
struct Pending(Vec<PathBuf>);

impl Drop for Pending {
    fn drop(&mut self) {
        for tmp in &self.0 {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Creates `.<name>.<pid>-<n>.tmp` in `dir` holding `bytes`, with a name unique to this
/// process and call; returns its path.
fn create_temporary(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        // O_EXCL: an existing file or symlink at the name is never opened, only skipped.
        let file = OpenOptions::new().write(true).create_new(true).mode(0o644).open(&tmp);
        match file {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&tmp, e)),
            Ok(mut file) => {
                let pending = Pending(vec![tmp.clone()]);
                file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| Error::io(&tmp, e))?;
                std::mem::forget(pending);
                return Ok(tmp);
            }
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planted_symlink_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(victim.path(), "keep me").unwrap();
        let out = OutFolder::open(dir.path()).unwrap();
        // Plant links at the temporary names this process would use next.
        for n in 0..1000 {
            let name = format!(".book.pdf.{}-{n}.tmp", std::process::id());
            std::os::unix::fs::symlink(victim.path(), dir.path().join(name)).unwrap();
        }
        out.write_all(&[("book.pdf".into(), b"new".as_slice())]).unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("book.pdf")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(victim.path()).unwrap(), "keep me");
    }

    #[test]
    fn all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = OutFolder::open(dir.path()).unwrap();
        out.write_all(&[("a.txt".into(), b"old a".as_slice()), ("b.txt".into(), b"old b".as_slice())]).unwrap();
        // A directory in the way of one output makes the whole set fail.
        std::fs::remove_file(dir.path().join("b.txt")).unwrap();
        std::fs::create_dir(dir.path().join("b.txt")).unwrap();
        std::fs::write(dir.path().join("b.txt/x"), "").unwrap();
        assert!(out.write_all(&[("b.txt".into(), b"new b".as_slice()), ("a.txt".into(), b"new a".as_slice())]).is_err());
        assert_eq!(std::fs::read_to_string(dir.path().join("a.txt")).unwrap(), "old a");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(names.iter().all(|n| !n.to_string_lossy().ends_with(".tmp")), "{names:?}");
    }
}
