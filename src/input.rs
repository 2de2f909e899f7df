//! Reading the files of a book folder safely: a path and the book folder in, the file's bytes out.
//!
//! Every input (book.toml, sources, the introduction, `edited/*.md`, timeline.toml, index.toml)
//! goes through [`read`], which refuses what a book folder must not smuggle in:
//! - a path, or a symlink, that resolves outside the book folder (`/etc/passwd`);
//! - anything but a regular file: a FIFO would hang the build, `/dev/zero` would fill memory;
//! - a file larger than [`Limits::file`] (the book as a whole is held to [`Limits::book`] by
//!   [`Budget`]).
//!
//! The limits default to 64 MB per file and 512 MB per book and are raised with the
//! environment variables `ANTHOLOGY_MAX_FILE_MB` and `ANTHOLOGY_MAX_BOOK_MB`.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

const MB: u64 = 1_000_000;
const FILE_VAR: &str = "ANTHOLOGY_MAX_FILE_MB";
const BOOK_VAR: &str = "ANTHOLOGY_MAX_BOOK_MB";

/// The largest input the build accepts, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// One file.
    pub file: u64,
    /// All the files of a book together.
    pub book: u64,
}

impl Limits {
    /// The defaults (64 MB a file, 512 MB a book), raised or lowered by the environment.
    pub fn from_env() -> Result<Limits> {
        Ok(Limits { file: env_mb(FILE_VAR, 64)? * MB, book: env_mb(BOOK_VAR, 512)? * MB })
    }
}

fn env_mb(name: &str, default: u64) -> Result<u64> {
    match std::env::var(name) {
        Err(_) => Ok(default),
        Ok(v) => v.trim().parse::<u64>().ok().filter(|&n| n > 0 && n <= u64::MAX / MB).ok_or_else(|| {
            Error::env(name, format!("`{v}` is not a number of megabytes"), "give a whole number such as 100")
        }),
    }
}

/// True when something (even a broken symlink) exists at `path`.
pub fn is_present(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Reads an optional file of the book folder: `None` when nothing is there.
pub fn read_optional(book_dir: &Path, path: &Path) -> Result<Option<Vec<u8>>> {
    if !is_present(path) {
        return Ok(None);
    }
    read(book_dir, path).map(Some)
}

/// Reads an optional UTF-8 text file (the TOML files) of the book folder.
pub fn read_optional_text(book_dir: &Path, path: &Path) -> Result<Option<String>> {
    let Some(bytes) = read_optional(book_dir, path)? else { return Ok(None) };
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let (line, col) = crate::config::line_col(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
        Error::at(path, line, col, "the file is not valid UTF-8".into(), "save it as UTF-8")
    })
}

/// Reads a file of the book folder after checking that it stays inside the folder, is a
/// regular file and is within the per-file limit.
pub fn read(book_dir: &Path, path: &Path) -> Result<Vec<u8>> {
    let limits = Limits::from_env()?;
    check_inside(book_dir, path)?;
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    refuse_special(path, &meta.file_type())?;
    // Non-blocking, so a FIFO swapped in after the check cannot hang the open.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    let opened = file.metadata().map_err(|e| Error::io(path, e))?;
    refuse_special(path, &opened.file_type())?;
    if opened.len() > limits.file {
        return Err(too_big(path, opened.len(), limits.file, FILE_VAR, "one input file"));
    }
    read_at_most(file, path, limits.file)
}

/// Reads at most `limit` bytes (a file that grows while read cannot grow memory past it).
fn read_at_most(file: File, path: &Path, limit: u64) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(path, bytes.len() as u64, limit, FILE_VAR, "one input file"));
    }
    Ok(bytes)
}

/// Refuses a path whose real location (symlinks resolved) is outside the book folder.
fn check_inside(book_dir: &Path, path: &Path) -> Result<()> {
    let root = book_dir.canonicalize().map_err(|e| Error::io(book_dir, e))?;
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(_) if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) => {
            return Err(Error::plain(
                path,
                "is a broken symbolic link",
                "point the link at an existing file inside the book folder, or replace it with the file",
            ))
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    if !real.starts_with(&root) {
        return Err(Error::plain(
            path,
            &format!("resolves to `{}`, outside the book folder `{}`", real.display(), root.display()),
            "copy the file into the book folder instead of linking to it",
        ));
    }
    Ok(())
}

/// Only regular files are read: the rest are refused by what they are.
fn refuse_special(path: &Path, kind: &std::fs::FileType) -> Result<()> {
    let what = if kind.is_file() {
        return Ok(());
    } else if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    };
    Err(Error::plain(path, &format!("is {what}, not a regular file"), "give the path of an ordinary text file"))
}

fn too_big(path: &Path, size: u64, limit: u64, var: &str, what: &str) -> Error {
    Error::plain(
        path,
        &format!("is {} MB or more, over the {} MB limit for {what}", size.div_ceil(MB), limit / MB),
        &format!("raise the limit with the environment variable {var} (in MB), e.g. {var}={}", (size / MB + 1).max(limit / MB * 2)),
    )
}

/// The running total of what a build has read, held to [`Limits::book`].
#[derive(Debug)]
pub struct Budget {
    book_dir: PathBuf,
    limit: u64,
    used: u64,
}

impl Budget {
    /// A fresh budget for the book in `book_dir`.
    pub fn new(book_dir: &Path) -> Result<Budget> {
        Ok(Budget { book_dir: book_dir.to_path_buf(), limit: Limits::from_env()?.book, used: 0 })
    }

    /// Reads a file (see [`read`]) and counts it against the book's limit.
    pub fn read(&mut self, path: &Path) -> Result<Vec<u8>> {
        let bytes = read(&self.book_dir, path)?;
        self.used += bytes.len() as u64;
        if self.used > self.limit {
            return Err(too_big(path, self.used, self.limit, BOOK_VAR, "the whole book (this file passes it)"));
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symlink_out_of_the_book_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        let link = dir.path().join("a.txt");
        std::os::unix::fs::symlink(outside.path(), &link).unwrap();
        let err = read(dir.path(), &link).unwrap_err().to_string();
        assert!(err.contains("outside the book folder"), "{err}");
    }

    #[test]
    fn a_symlink_inside_the_book_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("real.txt"), "text").unwrap();
        let link = dir.path().join("a.txt");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        assert_eq!(read(dir.path(), &link).unwrap(), b"text");
    }

    #[test]
    fn special_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let err = read(dir.path(), dir.path()).unwrap_err().to_string();
        assert!(err.contains("is a directory"), "{err}");
        let link = dir.path().join("zero.md");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(read(dir.path(), &link).unwrap_err().to_string().contains("outside the book folder"));
    }

    #[test]
    fn a_broken_link_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("book.toml");
        std::os::unix::fs::symlink("missing.toml", &link).unwrap();
        assert!(is_present(&link));
        let err = read_optional(dir.path(), &link).unwrap_err().to_string();
        assert!(err.contains("broken symbolic link"), "{err}");
    }
}
