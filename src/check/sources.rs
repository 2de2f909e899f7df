//! Source rules: the files a book lists, before any of them is read as an article.
//!
//! Takes the book folder; returns diagnostics for sources that are missing, not files,
//! listed twice, empty, binary, or the cleaning report itself. `book.toml` is parsed here
//! without [`Manifest::load`]'s checks so that every bad source is reported at once, each
//! at its line in `book.toml`; any other manifest error is reported as it is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::clean::STATE_FILE;
use crate::config::{line_col, Manifest};
use crate::diagnostic::{Diagnostic, Rule};

/// Diagnostics for the sources of the book in `dir`, and the manifest when it loads.
pub fn check(dir: &Path) -> (Vec<Diagnostic>, Option<Manifest>) {
    let toml_path = dir.join("book.toml");
    // Read as the build reads it: a FIFO or a link out of the folder is refused, not opened.
    let text = crate::input::read_optional_text(dir, &toml_path).ok().flatten();
    let (manifest, located) = match Manifest::load(dir) {
        Ok(m) => (Some(m.clone()), m),
        Err(e) => {
            let load_error = Diagnostic::from_error(&e);
            let Some(parsed) = text.as_deref().and_then(|t| toml::from_str::<Manifest>(t).ok()) else {
                return (vec![load_error], None);
            };
            // Every bad source at once; the manifest's own error unless it is one of them.
            let mut out = per_source(dir, &parsed, &toml_path, text.as_deref());
            if !out.iter().any(|d| d.line == load_error.line && d.path == load_error.path) {
                out.insert(0, load_error);
            }
            return (out, None);
        }
    };
    (per_source(dir, &located, &toml_path, text.as_deref()), manifest)
}

fn per_source(dir: &Path, manifest: &Manifest, toml_path: &Path, text: Option<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    let mut search_from = 0;
    for entry in &manifest.articles {
        // Where the entry is written in book.toml (in order, so a duplicate finds its own line).
        let (line, col, at) = match text.and_then(|t| t[search_from..].find(&format!("\"{}\"", entry.source)).map(|i| (t, i))) {
            Some((t, i)) => {
                let at = search_from + i + 1;
                let (l, c) = line_col(t, at);
                (l, c, at)
            }
            None => (0, 0, search_from),
        };
        search_from = at;
        // With no book.toml the sources are the folder's files: findings point at each file.
        let path = Manifest::resolve(dir, &entry.source);
        let (at_path, at_line, at_col) = if text.is_some() { (toml_path, line, col) } else { (path.as_path(), 0, 0) };
        if Path::new(&entry.source).components().any(|c| !matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir)) {
            continue; // outside the book folder: the manifest's own error says so
        }
        let key = normalise(&entry.source);
        if let Some(first) = seen.get(&key) {
            out.push(
                Diagnostic::warning(Rule::SourceDuplicate, at_path, at_line, at_col, format!("source `{}` is listed twice (first at line {first})", entry.source))
                    .hint("delete one of the two [[article]] tables"),
            );
            continue;
        }
        seen.insert(key, line);
        out.extend(file_rules(dir, &path, &entry.source, at_path, at_line, at_col));
    }
    out
}

/// Rules about one source file: existence, kind, emptiness, binary content, report names.
fn file_rules(dir: &Path, path: &Path, source: &str, at: &Path, line: usize, col: usize) -> Vec<Diagnostic> {
    let here = |rule, message: String| Diagnostic::warning(rule, at, line, col, message);
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(_) => {
            return vec![here(Rule::SourceMissing, format!("source `{source}` does not exist"))
                .error()
                .hint("check the file name; paths are relative to the folder holding book.toml")]
        }
    };
    if meta.is_dir() {
        return vec![here(Rule::SourceNotFile, format!("source `{source}` is a folder, not a file"))
            .error()
            .hint("name one file of the folder, with one [[article]] table per file")];
    }
    if !meta.is_file() {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        let what = if kind.is_fifo() { "a FIFO (named pipe)" } else if kind.is_socket() { "a socket" } else { "a device" };
        return vec![here(Rule::SourceNotFile, format!("source `{source}` is {what}, not a regular file"))
            .error()
            .hint("copy the text into an ordinary file and name that")];
    }
    let mut out = Vec::new();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if name.starts_with("cleaning-report") || name == STATE_FILE {
        out.push(
            here(Rule::SourceIsReport, format!("source `{source}` is a cleaning report, not an article"))
                .hint("clean into another folder (`anthology clean DIR --out DIR/edited`) or remove it from the book"),
        );
    }
    // A gzip'd page is judged by what it unpacks to.
    let unpacked = |bytes: Vec<u8>| match path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        true => crate::source::decode_file(path, &bytes).map(|s| s.text.into_bytes()).unwrap_or(bytes),
        false => bytes,
    };
    match crate::input::read(dir, path).map(unpacked) {
        Ok(bytes) if is_binary(&bytes) => out.push(
            here(Rule::SourceBinary, format!("source `{source}` holds binary data, not text"))
                .error()
                .hint("give the text of the article (.txt or .md), not an image, PDF or archive"),
        ),
        Ok(bytes) if String::from_utf8_lossy(&bytes).trim().is_empty() => out.push(
            here(Rule::SourceEmpty, format!("source `{source}` is empty"))
                .hint("paste the article's text into it, or remove it from the book"),
        ),
        Ok(_) => {}
        Err(e) => out.push(Diagnostic::from_error(&e)),
    }
    out
}

/// Binary data: a NUL byte, or many control bytes, in the first 8 KiB.
fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || controls * 20 > head.len().max(1)
}

/// `./sources//a.txt` and `sources/a.txt` are the same source.
fn normalise(source: &str) -> PathBuf {
    Path::new(source).components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_told_from_text() {
        assert!(is_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!is_binary("Une phrase en français.\n".as_bytes()));
    }

    #[test]
    fn paths_are_compared_normalised() {
        assert_eq!(normalise("./sources/a.txt"), normalise("sources/a.txt"));
    }
}
