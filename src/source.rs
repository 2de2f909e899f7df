//! Reading a scraped source file into clean Unicode text.
//!
//! Scraped files arrive in any encoding and with any line ending: a UTF-8 BOM, Windows
//! `\r\n`, Latin-1 or Windows-1252 bytes. This module turns them into NFC text with `\n`
//! line ends, so every later stage sees one form. Line numbers are preserved (one input line
//! is one output line), so the cleaning report can cite them.

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

/// Reads and decodes a source file.
pub fn read(path: &Path) -> Result<Source> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(decode(&bytes))
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
    fn control_characters_are_dropped() {
        assert_eq!(decode(b"a\x07b\x00c").text, "abc");
    }
}
