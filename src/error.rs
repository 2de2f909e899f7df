//! One error type for the library: what went wrong, where (file, line, column) and how to fix it.
//!
//! Displayed as `path:line:col: error: what, and how to fix`, the form editors and their
//! tools already know from compilers.

use std::fmt;
use std::path::{Path, PathBuf};

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A build failure the user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A problem located in an input file.
    #[error("{}: error: {message}; {hint}", location(path, *line, *col))]
    Input { path: PathBuf, line: usize, col: usize, message: String, hint: String },
    /// The file system refused a read or write. The OS error is said once, in the message
    /// (not also as a `source`, which would print it twice in an error chain).
    #[error("{}: error: {}", path.display(), describe(cause))]
    Io { path: PathBuf, cause: std::io::Error },
    /// An environment variable holds a value the build cannot use.
    #[error("{name}: error: {message}; {hint}")]
    Env { name: String, message: String, hint: String },
    /// A renderer could not produce its output.
    #[error("{stage}: error: {message}")]
    Render { stage: &'static str, message: String },
}

fn location(path: &Path, line: usize, col: usize) -> String {
    if line == 0 {
        path.display().to_string()
    } else {
        format!("{}:{line}:{col}", path.display())
    }
}

/// An OS error in words, with what to do, without the `(os error N)` tail.
fn describe(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let hint = match e.kind() {
        NotFound => "; check the path",
        PermissionDenied => "; check the file's permissions",
        IsADirectory => "; name a file, not a folder",
        AlreadyExists | NotADirectory => "; a file stands where a folder is needed: move it or choose another path",
        _ => "",
    };
    format!("{}{hint}", text.to_lowercase())
}

impl Error {
    /// An input problem at a line and column.
    pub fn at(path: &Path, line: usize, col: usize, message: String, hint: &str) -> Error {
        Error::Input { path: path.to_path_buf(), line, col, message, hint: hint.to_string() }
    }

    /// An input problem that concerns a whole file or folder.
    pub fn plain(path: &Path, message: &str, hint: &str) -> Error {
        Error::at(path, 0, 0, message.to_string(), hint)
    }

    /// A file-system error on `path`.
    pub fn io(path: &Path, cause: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), cause }
    }

    /// A bad environment variable.
    pub fn env(name: &str, message: String, hint: &str) -> Error {
        Error::Env { name: name.to_string(), message, hint: hint.to_string() }
    }

    /// A renderer failure.
    pub fn render(stage: &'static str, message: impl fmt::Display) -> Error {
        Error::Render { stage, message: message.to_string() }
    }
}
