//! The screen PDF's text layer and structure, read back from the outside: by poppler
//! (`pdftotext`), MuPDF (`mutool draw -F txt`) and Ghostscript (`txtwrite`), and the
//! structure tree by `pdfinfo -struct-text`.
//!
//! "Words run together" is measured against the book itself: every word of the book's
//! model (text, titles, notes, metadata, index and chronology) is a known word; an
//! extracted token that is not a known word but splits into two or more known words
//! ("theProvisionalGovernment", "selfsacrificing") is words run together. A token that
//! is not a known word and does not split is a fragment ("revo", "lution").

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod tools;
use tools::tool;

use anthology::config::Manifest;
use anthology::model::Book;
use anthology::pipeline::assemble;
use anthology::render::pdf;
use unicode_normalization::UnicodeNormalization;

struct Built {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
    book: Book,
    known: HashSet<String>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let manifest = Manifest::load(&dir).expect("default manifest loads");
        let book = assemble(&manifest, &dir).expect("default book assembles");
        let out = pdf::render(&book).expect("PDF renders");
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("book.pdf");
        std::fs::write(&path, &out.bytes).unwrap();
        let mut known = HashSet::new();
        strings(&serde_json::to_value(&book).unwrap(), &mut |s| known.extend(tokens(s)));
        // Words the layout adds: the contents' and title page's labels, the colophon's
        // imprint, the chronology's "p."/"pp." and the index's cross-references.
        known.extend(tokens("Contents Edited by Sources Set in EB Garamond by anthology p pp See also"));
        Built { _dir: tmp, pdf: path, book, known }
    })
}

/// Calls `f` on every string in a JSON value.
fn strings(v: &serde_json::Value, f: &mut impl FnMut(&str)) {
    match v {
        serde_json::Value::String(s) => f(s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, f)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, f)),
        _ => {}
    }
}

/// Words, compatibility-normalised (a ligature is its letters) and lower-cased; a
/// hyphen, dash or any other punctuation separates words.
fn tokens(s: &str) -> Vec<String> {
    let norm: String = s.nfkc().collect::<String>().to_lowercase();
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = norm.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let apostrophe = matches!(c, '\'' | '’')
            && !word.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || apostrophe {
            word.push(c);
        } else if c != '\u{AD}' && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Whether `t` is made of two or more known words.
fn splits(t: &str, known: &HashSet<String>) -> bool {
    let cuts: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
    // parts[k]: fewest known words making up t[cuts[k]..], if any.
    let mut parts: Vec<Option<usize>> = vec![None; cuts.len()];
    parts[cuts.len() - 1] = Some(0);
    for a in (0..cuts.len() - 1).rev() {
        parts[a] = (a + 1..cuts.len())
            .filter(|&b| known.contains(&t[cuts[a]..cuts[b]]))
            .filter_map(|b| parts[b].map(|n| n + 1))
            .min();
    }
    parts[0].is_some_and(|n| n >= 2)
}


/// The text as `extractor` reads it, one string per non-empty line; a line ending in a
/// soft hyphen continues on the next (the word was broken there).
fn read_back(extractor: &str) -> Vec<String> {
    let pdf = built().pdf.to_str().unwrap();
    let text = match extractor {
        "pdftotext" => tool("pdftotext", &[pdf, "-"]),
        "mutool" => tool("mutool", &["draw", "-q", "-F", "txt", "-o", "-", pdf]),
        "gs" => tool("gs", &["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile=-", pdf]),
        _ => unreachable!(),
    };
    let mut lines: Vec<String> = Vec::new();
    let mut open = false;
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match lines.last_mut() {
            Some(last) if open => last.push_str(l),
            _ => lines.push(l.to_string()),
        }
        open = l.ends_with('\u{AD}');
    }
    lines
}

/// Lines with words run together, with the offending tokens.
fn run_together(extractor: &str) -> Vec<(String, Vec<String>)> {
    let known = &built().known;
    read_back(extractor)
        .into_iter()
        .filter_map(|l| {
            let bad: Vec<String> = tokens(&l)
                .into_iter()
                .filter(|t| !known.contains(t) && !is_number(t) && splits(t, known))
                .collect();
            (!bad.is_empty()).then_some((l, bad))
        })
        .collect()
}

/// A folio, a page reference or a roman page number.
fn is_number(t: &str) -> bool {
    t.chars().all(|c| c.is_ascii_digit()) || t.chars().all(|c| "ivxlcdm".contains(c))
}

/// Tokens that are neither known words nor numbers.
fn fragments(extractor: &str) -> Vec<String> {
    let known = &built().known;
    read_back(extractor).iter().flat_map(|l| tokens(l)).filter(|t| !known.contains(t) && !is_number(t)).collect()
}

fn assert_no_words_run_together(extractor: &str) {
    let bad = run_together(extractor);
    assert!(bad.is_empty(), "{extractor}: {} lines with words run together, e.g. {:?}", bad.len(), &bad[..bad.len().min(5)]);
}

fn assert_every_word_whole(extractor: &str) {
    let frags = fragments(extractor);
    assert!(frags.is_empty(), "{extractor}: {} fragments or unknown words, e.g. {:?}", frags.len(), &frags[..frags.len().min(10)]);
}

#[test]
fn poppler_reads_every_word_whole() {
    assert_no_words_run_together("pdftotext");
    assert_every_word_whole("pdftotext");
}

#[test]
fn mupdf_reads_every_word_whole() {
    assert_no_words_run_together("mutool");
    assert_every_word_whole("mutool");
}

/// Ghostscript 10.00's txtwrite decodes a ToUnicode entry of more than one code unit in
/// the wrong byte order (the fi ligature's <0066 0069> reads as U+6600 U+6900), so a
/// ligature word is not whole there; it is a reader's defect that no mapping avoids.
#[test]
fn ghostscript_reads_no_words_run_together() {
    assert_no_words_run_together("gs");
    // Every unknown token is a ligature word misread (it holds a character the book
    // does not have); no word is broken at a line end.
    let letters: HashSet<char> = built().known.iter().flat_map(|w| w.chars()).collect();
    let broken: Vec<String> = fragments("gs").into_iter().filter(|t| t.chars().all(|c| letters.contains(&c))).collect();
    assert!(broken.is_empty(), "gs: unknown words beyond the ligature defect: {broken:?}");
}

#[test]
fn the_measure_catches_run_together_words() {
    let known = &built().known;
    for w in ["the", "provisional", "government", "self", "sacrificing"] {
        assert!(known.contains(w), "{w} is a word of the default book");
    }
    assert!(splits("theprovisionalgovernment", known));
    assert!(splits("selfsacrificing", known));
    assert!(!splits("government", known));
    assert_eq!(tokens("self-\u{AD}sacri\u{AD}ficing ﬁrst"), ["self", "sacrificing", "first"]);
}

#[test]
fn a_real_hyphen_at_a_line_end_is_kept() {
    // Every hyphenated compound of the book reads as its two words in every extractor:
    // a line end after a hard hyphen must not join them ("selfsacrificing").
    for extractor in ["pdftotext", "mutool", "gs"] {
        let text = read_back(extractor).join("\n");
        let squashed: String = text.chars().filter(|c| c.is_alphanumeric() || *c == '-' || *c == '\n').collect();
        for line in squashed.lines().filter(|l| l.ends_with('-')) {
            let word = line.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or(line);
            assert!(word.len() > 1, "{extractor}: a line ends in a lone hyphen: {line}");
        }
    }
}

#[test]
fn ligatures_and_small_caps_read_as_letters() {
    let b = built();
    for extractor in ["pdftotext", "mutool"] {
        let text = read_back(extractor).join(" ");
        assert!(!text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)), "{extractor}: a ligature reads as one character");
        let words: HashSet<String> = tokens(&text).into_iter().collect();
        // Words the faces set with a ligature, and each chapter's opening words (small capitals).
        let ligatured = b.known.iter().filter(|w| ["fi", "fl", "ff"].iter().any(|l| w.contains(l)));
        let missing: Vec<&String> = ligatured.filter(|w| b.pdf_has(w) && !words.contains(*w)).collect();
        assert!(missing.is_empty(), "{extractor}: ligature words not read back: {missing:?}");
        for a in &b.book.articles {
            let Some(first) = a.blocks.iter().find(|bl| matches!(bl, anthology::model::Block::Paragraph { .. })) else { continue };
            for w in tokens(&first.plain_text()).into_iter().take(3) {
                assert!(words.contains(&w), "{extractor}: the small-capital opening word {w:?} is not read back");
            }
        }
    }
}

impl Built {
    /// Whether the word is printed in the body (poppler's reading, as the reference).
    fn pdf_has(&self, w: &str) -> bool {
        static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
        WORDS
            .get_or_init(|| tokens(&read_back("pdftotext").join(" ")).into_iter().collect())
            .contains(w)
    }
}

#[test]
fn the_structure_tree_reads_in_order_without_artifacts() {
    let b = built();
    let s = tool("pdfinfo", &["-struct-text", b.pdf.to_str().unwrap()]);
    assert!(s.contains("Document"), "{}", &s[..s.len().min(2000)]);
    // Chapter titles are level-1 headings, in book order.
    let mut at = 0;
    for a in &b.book.articles {
        let title = tokens(&a.meta.title).join(" ");
        let rest = &s[at..];
        let found = rest.match_indices("H1").find_map(|(i, _)| {
            let body = &rest[i..rest.len().min(i + 400)];
            tokens(body).join(" ").contains(&title).then_some(i)
        });
        let Some(i) = found else { panic!("no H1 reading {title:?} after offset {at}") };
        at += i + 2;
    }
    assert!(s.matches("\n  P").count() + s.matches(" P (").count() + s.matches("P\n").count() > 0);
    // Running heads and folios are artifacts: a line printed on many pages in small
    // capitals (which read back in lower case), a running head, is never a text of the tree.
    let text = tool("pdftotext", &[b.pdf.to_str().unwrap(), "-"]);
    let mut counts: std::collections::HashMap<&str, usize> = Default::default();
    for line in text.lines().map(str::trim).filter(|l| l.chars().any(char::is_alphabetic)) {
        *counts.entry(line).or_default() += 1;
    }
    let heads: Vec<&str> =
        counts.into_iter().filter(|&(l, n)| n >= 3 && !l.chars().any(char::is_uppercase)).map(|(l, _)| l).collect();
    assert!(!heads.is_empty(), "the book has running heads");
    for head in heads {
        assert!(!s.contains(&format!("\"{head}\"")), "a running head is in the structure tree: {head}");
    }
    // The contents' leader dots are drawn for the eye only.
    assert!(s.contains("TOCI") && !s.contains("....."), "the contents' leaders are read as text");
}

#[test]
fn claims_pdf_ua_1_with_language_and_title_shown() {
    let b = built();
    let bytes = std::fs::read(&b.pdf).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let qdf = tmp.path().join("q.pdf");
    let status = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable", b.pdf.to_str().unwrap(), qdf.to_str().unwrap()])
        .status()
        .expect("qpdf is required");
    assert!(status.success() || status.code() == Some(3));
    let text = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(!bytes.is_empty());
    assert!(text.contains("pdfuaid:part>1<"), "no PDF/UA-1 claim in the XMP");
    assert!(text.contains("pdfaid:part>2<") && text.contains("pdfaid:conformance>A<"), "no PDF/A-2a claim");
    assert!(text.contains("/StructTreeRoot"), "no structure tree");
    assert!(text.contains("/Marked true"), "not marked as tagged");
    assert!(text.contains("/DisplayDocTitle true"), "the viewer shows the file name, not the title");
    assert!(text.contains(&format!("/Lang ({})", b.book.meta.language)), "no document language");
}
