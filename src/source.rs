//! Reading a scraped source file into clean Unicode text.
//!
//! Scraped files arrive in any encoding and with any line ending: a UTF-8 BOM, Windows
//! `\r\n`, Latin-1 or Windows-1252 bytes. This module turns them into NFC text with `\n`
//! line ends, so every later stage sees one form. Line numbers are preserved (one input line
//! is one output line), so the cleaning report can cite them. A gzip'd file (`page.html.gz`)
//! is decompressed first; [`is_html`] and [`stem`] know the source kinds by their names.

use std::io::Read;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::model::{CleanReport, RemovedLine};

/// A decoded source file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The text, NFC-normalised, `\n` line ends, no BOM.
    pub text: String,
    /// The encoding it was decoded from (`UTF-8`, `windows-1252`...).
    pub encoding: &'static str,
    /// What decoding changed beyond the line ends: stray bytes repaired, private-use
    /// characters removed; each on its source line, for the cleaning report.
    pub repairs: Vec<RemovedLine>,
}

/// Decodes a source file's bytes, decompressing them first when its name ends in `.gz`.
/// A plain-text source keeps the form feeds that open its lines: PDF-to-text marks a new
/// page so, and the cleaner reads page breaks by them.
pub fn decode_file(path: &Path, bytes: &[u8]) -> Result<Source> {
    let name = path.to_string_lossy().to_ascii_lowercase();
    let page_breaks = !is_html(&name) && !name.ends_with(".md");
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        return Ok(decode_with(bytes, page_breaks));
    }
    let mut out = Vec::new();
    // Bounded: a small gzip bomb must not fill memory.
    flate2::read::MultiGzDecoder::new(bytes).take(MAX_GUNZIPPED).read_to_end(&mut out).map_err(|e| {
        Error::plain(path, &format!("not a readable gzip file ({e})"), "re-save the page, or give it uncompressed as .html")
    })?;
    if out.len() as u64 >= MAX_GUNZIPPED {
        return Err(Error::plain(path, "decompresses to more than 256 MB", "give the page uncompressed, or split it"));
    }
    Ok(decode_with(&out, page_breaks))
}

/// The most a gzip'd source may decompress to.
const MAX_GUNZIPPED: u64 = 256 << 20;

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

/// Decodes bytes of unknown encoding: UTF-8 when the text is (overwhelmingly) UTF-8, with
/// its few stray bytes read as Windows-1252 and reported, else the detector's guess.
pub fn decode(bytes: &[u8]) -> Source {
    decode_with(bytes, false)
}

fn decode_with(bytes: &[u8], page_breaks: bool) -> Source {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut repairs = Vec::new();
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), "UTF-8"),
        Err(_) if mostly_utf8(bytes) => (repair_utf8(bytes, &mut repairs), "UTF-8"),
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
    Source { text: strip_unprintable(&text, page_breaks, &mut repairs), encoding, repairs }
}

/// Adds what decoding changed to an article's cleaning report.
pub fn report_repairs(source: &Source, report: &mut CleanReport) {
    report.removed.extend(source.repairs.iter().cloned());
    report.removed.sort_by_key(|r| r.line);
}

/// True when valid multi-byte UTF-8 sequences outnumber the bytes that are not UTF-8: a
/// UTF-8 text with a few stray bytes, not a text in a single-byte encoding.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    valid > invalid
}

/// UTF-8 with each invalid byte sequence read as Windows-1252, each repair reported.
fn repair_utf8(bytes: &[u8], repairs: &mut Vec<RemovedLine>) -> String {
    let mut text = String::with_capacity(bytes.len());
    let mut line = 1;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        line += line_ends(chunk.valid());
        if !chunk.invalid().is_empty() {
            let (read, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(chunk.invalid());
            let hex: Vec<String> = chunk.invalid().iter().map(|b| format!("0x{b:02X}")).collect();
            repairs.push(RemovedLine {
                line,
                text: hex.join(" "),
                rule: "stray-bytes".into(),
                reason: format!("bytes that are not UTF-8 in a UTF-8 text, read as Windows-1252 “{read}”"),
            });
            line += line_ends(&read);
            text.push_str(&read);
        }
    }
    text
}

/// Line ends as [`decode`] counts them: `\n`, `\r\n` and a lone `\r`.
fn line_ends(text: &str) -> usize {
    text.matches('\n').count() + text.matches('\r').count() - text.matches("\r\n").count()
}

/// Removes control characters (other than tab and newline, and with `page_breaks` a form
/// feed opening a line) that no book should print, and private-use characters (icon fonts
/// of share buttons), which no book font can show; the private-use ones are reported.
fn strip_unprintable(text: &str, page_breaks: bool, repairs: &mut Vec<RemovedLine>) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let private: Vec<String> =
            line.chars().filter(|&c| is_private_use(c)).map(|c| format!("U+{:04X}", c as u32)).collect();
        if !private.is_empty() {
            repairs.push(RemovedLine {
                line: n + 1,
                text: private.join(" "),
                rule: "private-use".into(),
                reason: "private-use characters (icon-font glyphs) have no meaning in a book".into(),
            });
        }
        if page_breaks && line.starts_with('\u{c}') {
            out.push('\u{c}');
        }
        let kept = line.chars().filter(|&c| c == '\t' || !c.is_control() && !is_private_use(c));
        out.extend(kept.map(|c| if c == '\t' { ' ' } else { c }));
    }
    out
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
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
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>caf\xe9</p>").unwrap();
        let good = decode_file(Path::new("a.html.gz"), &gz.finish().unwrap()).unwrap();
        assert_eq!(good.text, "<p>café</p>");
        let bad = decode_file(Path::new("b.html.gz"), b"not gzip").unwrap_err();
        assert!(bad.to_string().contains("b.html.gz: error: not a readable gzip file"), "{bad}");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(decode(b"a\x07b\x00c").text, "abc");
        // A plain-text source keeps the form feed opening a page; other sources do not.
        assert_eq!(decode_file(Path::new("a.txt"), b"end\n\x0cnext\x0c").unwrap().text, "end\n\x0cnext");
        assert_eq!(decode_file(Path::new("a.md"), b"end\n\x0cnext").unwrap().text, "end\nnext");
    }

    #[test]
    fn stray_bytes_in_utf8_are_repaired_and_reported() {
        let bytes = ["Пётр «Великий» — царь.\nLine “two” has a stray ".as_bytes(), &[0xE9, 0xA0], b"byte.\n"].concat();
        let s = decode(&bytes);
        assert_eq!(s.encoding, "UTF-8");
        assert!(s.text.starts_with("Пётр «Великий» — царь.\nLine “two”"), "{}", s.text);
        assert_eq!(s.repairs.len(), 1);
        assert_eq!((s.repairs[0].line, s.repairs[0].rule.as_str()), (2, "stray-bytes"));
    }

    #[test]
    fn private_use_characters_are_removed_and_reported() {
        let s = decode("Share \u{E000} this\nBody \u{E001}text\n".as_bytes());
        assert_eq!(s.text, "Share  this\nBody text\n");
        let lines: Vec<usize> = s.repairs.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 2]);
    }
}
