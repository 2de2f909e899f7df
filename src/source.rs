//! Reading a scraped source file into clean Unicode text.
//!
//! Scraped files arrive in any encoding and with any line ending: a UTF-8 BOM, Windows
//! `\r\n`, Latin-1 or Windows-1252 bytes. This module turns them into NFC text with `\n`
//! line ends, so every later stage sees one form. Line numbers are preserved (one input line
//! is one output line), so the cleaning report can cite them. A gzip'd file (`page.html.gz`)
//! is decompressed first; [`is_html`] and [`stem`] know the source kinds by their names.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// A decoded source file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The text, NFC-normalised, `\n` line ends, no BOM.
    pub text: String,
    /// The encoding it was decoded from (`UTF-8`, `windows-1252`...).
    pub encoding: &'static str,
}

/// Reads and decodes a source file (decompressing it first when its name ends in `.gz`).
pub fn read(path: &Path) -> Result<Source> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        return Ok(decode(&gunzip(&bytes, path)?));
    }
    Ok(decode(&bytes))
}

/// Decompresses gzip bytes, refusing a corrupt file with a hint.
fn gunzip(bytes: &[u8], path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out).map_err(|e| {
        Error::plain(path, &format!("not a readable gzip file ({e})"), "re-save the page, or give it uncompressed as .html")
    })?;
    Ok(out)
}

/// Whether a source name is a saved web page: `.html`, `.htm`, or either gzip'd.
pub fn is_html(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// Whether a file name is a source `anthology` reads: text, Markdown or a saved web page.
pub fn is_source(name: &str) -> bool {
    name.ends_with(".txt") || name.ends_with(".md") || is_html(name)
}

/// A source's name without folders and extensions: `sources/x.html.gz` -> `x`,
/// `notes.txt` -> `notes`.
pub fn stem(source: &str) -> String {
    let name = Path::new(source).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    Path::new(name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Decodes bytes of unknown encoding (UTF-8 preferred, else the detector's guess).
pub fn decode(bytes: &[u8]) -> Source {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), "UTF-8"),
        Err(_) => {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
            let (text, _, _) = enc.decode(bytes);
            (text.into_owned(), enc.name())
        }
    };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.nfc().collect::<String>();
    Source { text: strip_controls(&text), encoding }
}

/// Removes control characters (other than tab and newline) that no book should print.
fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_normalised() {
        let s = decode(b"\xEF\xBB\xBFTitle\r\n\r\nBody\r\n");
        assert_eq!(s.text, "Title\n\nBody\n");
        assert_eq!(s.encoding, "UTF-8");
    }

    #[test]
    fn latin1_is_decoded() {
        let s = decode(b"Mi\xe9ville wrote about the revolution in caf\xe9s\n");
        assert!(s.text.contains("Miéville"), "{}", s.text);
    }

    #[test]
    fn html_sources_and_stems() {
        assert!(is_html("a/b.HTML") && is_html("x.htm") && is_html("x.html.gz"));
        assert!(!is_html("x.txt") && !is_html("x.gz") && !is_html("html"));
        assert_eq!(stem("sources/x.html.gz"), "x");
        assert_eq!(stem("notes.txt"), "notes");
    }

    #[test]
    fn gzip_is_read_and_a_corrupt_one_refused() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>caf\xe9</p>").unwrap();
        let good = dir.path().join("a.html.gz");
        std::fs::write(&good, gz.finish().unwrap()).unwrap();
        assert_eq!(read(&good).unwrap().text, "<p>café</p>");
        let bad = dir.path().join("b.html.gz");
        std::fs::write(&bad, b"not gzip").unwrap();
        assert!(read(&bad).unwrap_err().to_string().contains("b.html.gz: error: not a readable gzip file"));
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(decode(b"a\x07b\x00c").text, "abc");
    }
}
