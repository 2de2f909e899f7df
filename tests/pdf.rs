//! The print PDF, measured from the outside with poppler and qpdf.
//!
//! The default book is laid out once (shared through a `OnceLock`) and written to a
//! temporary folder; each test checks one property of the file. A missing tool fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use anthology::config::Manifest;
use anthology::model::{Block, Book, PageMap};
use anthology::pipeline::assemble;
use anthology::render::pdf;

struct Built {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
    book: Book,
    page_map: PageMap,
    warnings: Vec<anthology::model::Warning>,
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
        // A copy for looking at the pages (target/ is ignored).
        let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-test");
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(keep.join("book.pdf"), &out.bytes).unwrap();
        Built {
            _dir: tmp,
            pdf: path,
            book,
            page_map: out.page_map,
            warnings: out.warnings,
        }
    })
}

/// The body paragraphs of every article, one per line.
fn paragraphs(book: &Book) -> String {
    let mut out = String::new();
    for a in &book.articles {
        out.push_str(&format!("# {}\n", a.meta.title));
        for b in &a.blocks {
            if let Block::Paragraph { .. } = b {
                out.push_str(&b.plain_text().replace('\n', " "));
                out.push('\n');
            }
        }
    }
    out
}

/// The PDF's objects as readable text (qpdf's QDF form: streams decompressed, no object
/// streams), for checks on names, links and metadata.
fn uncompressed(pdf: &Path) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let qdf = tmp.path().join("qdf.pdf");
    tool(
        "qpdf",
        &["--qdf", "--object-streams=disable", pdf.to_str().unwrap(), qdf.to_str().unwrap()],
    );
    String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned()
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is required for this test and could not run: {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() || name == "qpdf",
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// A word from `pdftotext -bbox-layout`.
#[derive(Debug, Clone)]
struct Word {
    x0: f32,
    x1: f32,
    y0: f32,
    y1: f32,
    text: String,
}

/// Pages of lines of words, in the order pdftotext reads them.
fn layout_pages(pdf: &Path) -> Vec<Vec<Vec<Word>>> {
    let xml = tool("pdftotext", &["-bbox-layout", pdf.to_str().unwrap(), "-"]);
    let num = |s: &str| s.parse::<f32>().unwrap();
    let word = regex::Regex::new(
        r#"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#,
    )
    .unwrap();
    let mut pages = Vec::new();
    for page in xml.split("<page ").skip(1) {
        let mut lines = Vec::new();
        for line in page.split("<line ").skip(1) {
            let words: Vec<Word> = word
                .captures_iter(line)
                .map(|c| Word {
                    x0: num(&c[1]),
                    y0: num(&c[2]),
                    x1: num(&c[3]),
                    y1: num(&c[4]),
                    text: c[5].replace("&amp;", "&"),
                })
                .collect();
            if !words.is_empty() {
                lines.push(words);
            }
        }
        lines.sort_by(|a: &Vec<Word>, b: &Vec<Word>| {
            a[0].y1
                .total_cmp(&b[0].y1)
                .then(a[0].x0.total_cmp(&b[0].x0))
        });
        pages.push(lines);
    }
    pages
}

/// The text block's left and right edges of physical page `i` (0-based), by the
/// documented geometry: inside margin = KDP gutter + 0.375 in, outside = 10% of the width.
fn text_block(b: &Built, i: usize, pages: usize) -> (f32, f32) {
    text_block_for(b.book.meta.print.trim_width, i, pages)
}

fn text_block_for(w: f32, i: usize, pages: usize) -> (f32, f32) {
    let gutter = match pages {
        0..=150 => 27.0,
        151..=300 => 36.0,
        301..=500 => 45.0,
        501..=700 => 54.0,
        _ => 63.0,
    };
    let inner = gutter + 27.0;
    // The outer margin takes what a 66-character measure leaves (66 x 0.39 em at 12 pt),
    // within 1.5 times the inner margin, and no less than a tenth of the page or 0.5 in.
    let outer = (w - inner - 66.0 * 0.39 * 12.0).min(inner * 1.5).max((w * 0.1f32).max(36.0));
    if i.is_multiple_of(2) {
        (inner, w - outer)
    } else {
        (outer, w - inner)
    }
}

/// Whether `w` stands inside the text block from `left` to `right`: punctuation may hang
/// into the margin by up to 0.7 of its width.
fn within(w: &Word, left: f32, right: f32) -> bool {
    let hang = |c: Option<char>| match c {
        Some(c) if !c.is_alphanumeric() => BODY * 0.4,
        _ => 0.5,
    };
    w.x0 >= left - hang(w.text.chars().next()) && w.x1 <= right + hang(w.text.chars().last())
}

/// Body type size.
const BODY: f32 = 12.0;

/// Body lines (12 pt type: pdftotext's word box is 1.305 em tall for EB Garamond).
fn is_body(line: &[Word]) -> bool {
    line.iter().all(|w| ((w.y1 - w.y0) - 1.305 * BODY).abs() < 0.2)
}

#[test]
fn fonts_are_embedded_and_subset() {
    let out = tool("pdffonts", &[built().pdf.to_str().unwrap()]);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(
        rows.len() >= 2,
        "expected at least roman and italic fonts:\n{out}"
    );
    for row in rows {
        let f: Vec<&str> = row.split_whitespace().collect();
        let n = f.len();
        assert_eq!(
            (f[n - 5], f[n - 4], f[n - 3]),
            ("yes", "yes", "yes"),
            "font not embedded+subset+unicode: {row}"
        );
        assert!(
            f[0].len() > 7 && f[0].as_bytes()[6] == b'+',
            "no subset tag: {row}"
        );
    }
}

#[test]
fn pdfinfo_reports_no_error() {
    let out = Command::new("pdfinfo").arg(&built().pdf).output().expect("pdfinfo is required");
    let errors = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && errors.trim().is_empty(), "pdfinfo: {errors}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Tagged:          yes"));
}

#[test]
fn qpdf_check_is_clean() {
    let out = Command::new("qpdf")
        .args(["--check", built().pdf.to_str().unwrap()])
        .output()
        .expect("qpdf is required");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "qpdf --check failed:\n{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("No syntax or stream encoding errors found"),
        "{text}"
    );
}

#[test]
fn trim_box_on_every_page() {
    let b = built();
    let info = tool("pdfinfo", &[b.pdf.to_str().unwrap()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let n = pages.to_string();
    let boxes = tool(
        "pdfinfo",
        &["-box", "-f", "1", "-l", &n, b.pdf.to_str().unwrap()],
    );
    let trims: Vec<Vec<f32>> = boxes
        .lines()
        .filter(|l| l.contains("TrimBox:"))
        .map(|l| {
            l.split(':')
                .nth(1)
                .unwrap()
                .split_whitespace()
                .map(|v| v.parse().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(trims.len(), pages);
    let p = &b.book.meta.print;
    for t in trims {
        assert!(
            (t[2] - t[0] - p.trim_width).abs() < 0.01 && (t[3] - t[1] - p.trim_height).abs() < 0.01,
            "trim box {t:?}"
        );
    }
}

#[test]
fn page_labels_match_folios() {
    let json = tool(
        "qpdf",
        &[
            "--json",
            "--json-key=pagelabels",
            built().pdf.to_str().unwrap(),
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let labels = v["pagelabels"].as_array().unwrap();
    let styles: Vec<&str> = labels
        .iter()
        .map(|l| l["label"]["/S"].as_str().expect("every range has a style"))
        .collect();
    let first_arabic = styles
        .iter()
        .position(|s| *s == "/D")
        .expect("arabic body pages");
    assert!(first_arabic % 2 == 0, "page 1 must be a recto");
    assert!(styles[..first_arabic].iter().all(|s| *s == "/r"));
    assert_eq!(labels[first_arabic]["label"]["/St"], 1);
}

#[test]
fn no_word_past_the_text_block() {
    let b = built();
    let pages = layout_pages(&b.pdf);
    for (i, page) in pages.iter().enumerate() {
        let (left, right) = text_block(b, i, pages.len());
        for w in page.iter().flatten() {
            assert!(
                within(w, left, right),
                "page {}: {:?} outside {left}..{right}",
                i + 1,
                w
            );
        }
    }
}

#[test]
fn at_most_two_hyphenated_lines_in_a_row() {
    let pages = layout_pages(&built().pdf);
    let mut run = 0;
    let mut total = 0;
    for (i, page) in pages.iter().enumerate() {
        for line in page.iter().filter(|l| is_body(l)) {
            let last = &line.last().unwrap().text;
            // A break hyphen reads as a soft hyphen, a word's own hyphen as a hyphen.
            if last.ends_with(['-', '\u{AD}', '\u{2010}']) && last.chars().count() > 1 {
                run += 1;
                total += 1;
                assert!(
                    run <= 2,
                    "page {}: three hyphenated lines in a row, ending at {last}",
                    i + 1
                );
            } else {
                run = 0;
            }
        }
    }
    assert!(total > 0, "expected some hyphenation in a justified book");
}

#[test]
fn no_widows_or_orphans() {
    let b = built();
    let pages = layout_pages(&b.pdf);
    let mut prev_open = false; // the last body line of the previous page continues its paragraph
    for (i, page) in pages.iter().enumerate() {
        let (left, right) = text_block(b, i, pages.len());
        let body: Vec<&Vec<Word>> = page.iter().filter(|l| is_body(l)).collect();
        let starts = |l: &Vec<Word>| (l[0].x0 - left - BODY).abs() < 0.5;
        let ends = |l: &Vec<Word>| l.last().unwrap().x1 < right - 1.0;
        if let Some(first) = body.first() {
            if prev_open {
                assert!(
                    !ends(first) || starts(first),
                    "page {}: widow {:?}",
                    i + 1,
                    first[0].text
                );
            }
        }
        prev_open = false;
        if let Some(last) = body.last() {
            let full_page = last[0].y1 > 500.0;
            assert!(
                !(full_page && starts(last) && !ends(last)),
                "page {}: orphan starting {:?}",
                i + 1,
                last[0].text
            );
            prev_open = full_page && !ends(last);
        }
    }
}

#[test]
fn contents_entries_point_to_their_titles() {
    let b = built();
    let json = tool(
        "qpdf",
        &["--json", "--json-key=pagelabels", b.pdf.to_str().unwrap()],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let body_start = v["pagelabels"]
        .as_array()
        .unwrap()
        .iter()
        .position(|l| l["label"]["/S"] == "/D")
        .unwrap();
    let front = tool(
        "pdftotext",
        &[
            "-layout",
            "-f",
            "1",
            "-l",
            &body_start.to_string(),
            b.pdf.to_str().unwrap(),
            "-",
        ],
    );
    let contents = &front[front.find("Contents").expect("a contents page")..];
    let number = regex::Regex::new(r"\.\s+(\d+)\s*$").unwrap();
    for a in &b.book.articles {
        let head: String = a
            .meta
            .title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let at = contents
            .find(&head)
            .unwrap_or_else(|| panic!("{head:?} not in contents"));
        let page: usize = contents[at..]
            .lines()
            .find_map(|l| number.captures(l).map(|c| c[1].parse().unwrap()))
            .expect("a page number after the title");
        let n = (body_start + page).to_string();
        let text = tool(
            "pdftotext",
            &["-f", &n, "-l", &n, b.pdf.to_str().unwrap(), "-"],
        );
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&head),
            "contents says {head:?} is on page {page}, which reads: {flat:.200}"
        );
    }
}

/// Letters and digits only, lower-cased: hyphenation and spacing vanish.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn every_paragraph_is_printed() {
    let b = built();
    let doc = squash(&tool("pdftotext", &[b.pdf.to_str().unwrap(), "-"]));
    let mut from = 0;
    for a in &b.book.articles {
        for block in &a.blocks {
            if !matches!(block, Block::Paragraph { .. }) {
                continue;
            }
            // Words in order; a page break may insert a running head, folio and notes.
            for word in block
                .plain_text()
                .split_whitespace()
                .map(squash)
                .filter(|w| !w.is_empty())
            {
                let at = doc[from..].find(&word).unwrap_or_else(|| {
                    panic!("{}: {word:?} missing after offset {from}", block.id())
                });
                assert!(at < 3000, "{}: {word:?} found too far away", block.id());
                from += at + word.len();
            }
        }
    }
}

#[test]
fn page_map_offsets_are_word_starts() {
    let b = built();
    let texts: std::collections::HashMap<String, String> = b
        .book
        .articles
        .iter()
        .flat_map(|a| a.blocks.iter())
        .chain(b.book.introduction.iter().flat_map(|s| s.blocks.iter()))
        .map(|bl| (bl.id().to_string(), bl.plain_text()))
        .collect();
    assert!(b.page_map.page_starts.len() > 10);
    for s in &b.page_map.page_starts {
        // Pages that begin at a place (a chapter's title, front matter, an appendix entry)
        // name no block text.
        let Some(text) = texts.get(&s.block) else {
            assert_eq!(s.offset, 0, "{s:?}");
            continue;
        };
        assert!(
            text.is_char_boundary(s.offset) && s.offset < text.len(),
            "{s:?}"
        );
        assert!(
            s.offset == 0
                || text[..s.offset].ends_with(char::is_whitespace)
                || text[..s.offset].ends_with(['—', '–', '-', '/']),
            "{s:?} is not at a word start"
        );
    }
    for a in &b.book.articles {
        for bl in &a.blocks {
            assert!(
                b.page_map.anchor_pages.contains_key(bl.id()),
                "{} has no page",
                bl.id()
            );
        }
    }
}

#[test]
fn output_is_deterministic() {
    let b = built();
    let again = pdf::render(&b.book).unwrap();
    assert_eq!(std::fs::read(&b.pdf).unwrap(), again.bytes);
}

#[test]
fn footnotes_stand_with_their_reference_and_long_urls_fit() {
    use anthology::model::{Footnote, Inline};
    let b = built();
    let mut book = b.book.clone();
    let a = &mut book.articles[1];
    let note = format!("{}-fn-test", a.id);
    let k = a
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, bl)| matches!(bl, Block::Paragraph { .. }))
        .map(|(i, _)| i)
        .nth(8)
        .unwrap();
    let last_word = squash(a.blocks[k].plain_text().split_whitespace().last().unwrap());
    if let Block::Paragraph { content, .. } = &mut a.blocks[k] {
        content.push(Inline::NoteRef(note.clone()));
    }
    a.footnotes.push(Footnote {
        id: note,
        marker: "1".to_string(),
        content: vec![Inline::Text("Zyzzyva: a note long enough to run over more than one line of the note measure at the foot of the page that refers to it.".to_string())],
    });
    let url = "https://example.org/a/very/long/address/that/is/much/longer/than/the/measure/of/the/page/index.html?query=1917";
    a.blocks.insert(
        k + 1,
        Block::Paragraph {
            id: "test-url".to_string(),
            content: vec![
                Inline::Text("See ".to_string()),
                Inline::Link {
                    url: url.to_string(),
                    content: vec![Inline::Text(url.to_string())],
                },
            ],
        },
    );
    let out = pdf::render(&book).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("notes.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    std::fs::write(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-test/notes.pdf"),
        &out.bytes,
    )
    .unwrap();
    let pages = layout_pages(&path);
    let mut found = false;
    for (i, page) in pages.iter().enumerate() {
        let text: String = page
            .iter()
            .flatten()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if text.contains("Zyzzyva") {
            found = true;
            assert!(
                squash(&text).contains(&last_word),
                "page {}: the note is not on the page of its reference",
                i + 1
            );
        }
        let (left, right) = text_block(b, i, pages.len());
        for w in page.iter().flatten() {
            assert!(
                within(w, left, right),
                "page {}: {:?} outside the text block",
                i + 1,
                w
            );
        }
    }
    assert!(found, "the footnote was not printed");
    let flat = squash(&tool("pdftotext", &[path.to_str().unwrap(), "-"]));
    assert!(flat.contains(&squash(url)), "the URL lost characters");
}

#[test]
fn timeline_and_index_print_joined_page_references() {
    use anthology::model::{DatePrecision, Index, IndexEntry, Locator, Timeline, TimelineEntry};
    let b = built();
    let mut book = b.book.clone();
    // Two blocks on consecutive pages and one further on, by the default layout (the
    // first article pages, wherever the introduction leaves them).
    let mut pages: Vec<u32> = b
        .page_map
        .anchor_pages
        .iter()
        .filter(|(k, _)| k.starts_with("ch"))
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    pages.sort_unstable();
    pages.dedup();
    let a = *pages
        .iter()
        .find(|&&p| pages.contains(&(p + 1)))
        .expect("two consecutive article pages");
    let c = *pages
        .iter()
        .find(|&&p| p > a + 2)
        .expect("a later article page");
    let on = |page: u32| {
        b.page_map
            .anchor_pages
            .iter()
            .find(|(k, v)| v.as_str() == page.to_string() && k.starts_with("ch"))
            .map(|(k, _)| k.clone())
            .unwrap()
    };
    let (p3, p4, p9) = (on(a), on(a + 1), on(c));
    let loc = |a: &str| Locator {
        article: a[..4].to_string(),
        anchor: a.to_string(),
        page: None,
    };
    book.timeline = Some(Timeline {
        title: "Chronology".to_string(),
        headnote: Some("Dates are New Style.".to_string()),
        entries: vec![TimelineEntry {
            id: "tl-1".to_string(),
            date_label: "25 October (7 November) 1917".to_string(),
            sort_key: "1917-11-07".to_string(),
            precision: DatePrecision::Day,
            text: "Quixotic event of the test".to_string(),
            note: None,
            end_sort_key: None,
            sources: vec![loc(&p9), loc(&p3)],
        }],
    });
    let entry = |h: &str, locs: Vec<Locator>, subs: Vec<IndexEntry>| IndexEntry {
        id: format!("ix-{h}"),
        heading: h.to_string(),
        work: false,
        sort_key: h.to_lowercase(),
        locators: locs,
        subentries: subs,
        see: Vec::new(),
        see_also: Vec::new(),
        aliases: Vec::new(),
    };
    let mut entries = vec![entry(
        "Quagga",
        vec![loc(&p3), loc(&p4), loc(&p9)],
        vec![entry("subquagga", vec![loc(&p9)], Vec::new())],
    )];
    // Enough entries to fill both columns of more than one page.
    entries.extend((0..140).map(|n| {
        entry(
            &format!("Xenon entry number {n:03}"),
            vec![loc(&p3)],
            Vec::new(),
        )
    }));
    book.index = Some(Index {
        title: "Index".to_string(),
        entries,
    });
    let out = pdf::render(&book).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("apparatus.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    std::fs::write(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-test/apparatus.pdf"),
        &out.bytes,
    )
    .unwrap();
    let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("Quagga, {a}–{}, {c}", a + 1)),
        "index entry not as expected"
    );
    assert!(flat.contains(&format!("subquagga, {c}")));
    assert!(
        flat.contains(&format!("Quixotic event of the test (pp. {a}, {c})")),
        "timeline entry not as expected"
    );
    let pages = layout_pages(&path);
    for (i, page) in pages.iter().enumerate() {
        let (left, right) = text_block(b, i, pages.len());
        for w in page.iter().flatten() {
            assert!(
                within(w, left, right),
                "page {}: {:?} outside the text block",
                i + 1,
                w
            );
        }
    }
    let last = pages.last().unwrap();
    let (left, right) = text_block(b, pages.len() - 1, pages.len());
    let mid = (left + right) / 2.0;
    assert!(
        last.iter().flatten().any(|w| w.x0 > mid),
        "the index's second column is empty"
    );
    let check = Command::new("qpdf")
        .args(["--check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(check.status.success());
}

#[test]
fn every_internal_link_resolves() {
    let b = built();
    let text = uncompressed(&b.pdf);
    let names_at = text.find("/Dests <<").expect("a named-destination tree");
    let names_end = names_at + text[names_at..].find("]").unwrap();
    let name = regex::Regex::new(r"\(([^)]*)\)").unwrap();
    let defined: std::collections::HashSet<&str> = name
        .captures_iter(&text[names_at..names_end])
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let dest = regex::Regex::new(r"/Dest \(([^)]*)\)").unwrap();
    let used: Vec<&str> = dest
        .captures_iter(&text)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert!(
        used.len() >= b.book.articles.len(),
        "the contents should link to every article"
    );
    for u in used {
        assert!(defined.contains(u), "link to undefined destination {u}");
    }
}

#[test]
fn the_faces_cover_the_default_book() {
    let w = &built().warnings;
    assert!(w.iter().all(|w| !w.message.contains("no glyph")), "{w:?}");
}

#[test]
fn a_missing_glyph_is_reported_with_its_place() {
    use anthology::model::Inline;
    let mut book = built().book.clone();
    // The first paragraph (an article may open with another kind of block).
    let para = book.articles[0]
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Paragraph { .. }))
        .expect("the first article has a paragraph");
    if let Block::Paragraph { content, .. } = para {
        content.push(Inline::Text(" \u{0BF5}".to_string()));
    }
    let id = para.id().to_string();
    let out = pdf::render(&book).unwrap();
    assert!(
        out.warnings
            .iter()
            .any(|w| w.message.contains("U+0BF5") && w.message.contains(&id)),
        "{:?}",
        out.warnings
    );
}

#[test]
fn a_character_eb_garamond_lacks_is_set_in_the_fallback_face() {
    use anthology::model::Inline;
    // U+2200 and U+2663 are in DejaVu Serif and not in EB Garamond; "x\u{2200}y" is a
    // word of three runs in two faces, in italic to mix styles as well.
    let mut book = built().book.clone();
    let para = book.articles[1]
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Paragraph { .. }))
        .expect("the second article has a paragraph");
    if let Block::Paragraph { content, .. } = para {
        content.push(Inline::Text(" clubs \u{2663} and".to_string()));
        content.push(Inline::Emphasis(vec![Inline::Text(
            " x\u{2200}y holds".to_string(),
        )]));
    }
    let id = para.id().to_string();
    let out = pdf::render(&book).unwrap();
    for c in ["U+2200", "U+2663"] {
        assert!(
            out.warnings.iter().any(|w| w.message.contains(c)
                && w.message.contains(&id)
                && w.message.contains("fallback")),
            "{c}: {:?}",
            out.warnings
        );
    }
    assert!(
        out.warnings
            .iter()
            .all(|w| !w.message.contains("placeholder")),
        "{:?}",
        out.warnings
    );
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("fallback.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    // A copy for looking at the fallback glyphs on the page (target/ is ignored).
    let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-test");
    std::fs::create_dir_all(&keep).unwrap();
    std::fs::write(keep.join("fallback.pdf"), &out.bytes).unwrap();
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    let row = fonts
        .lines()
        .find(|l| l.contains("DejaVuSerif"))
        .unwrap_or_else(|| panic!("the fallback face is not in the PDF:\n{fonts}"));
    let f: Vec<&str> = row.split_whitespace().collect();
    let n = f.len();
    assert_eq!(
        (f[n - 5], f[n - 4], f[n - 3]),
        ("yes", "yes", "yes"),
        "{row}"
    );
    assert_eq!(f[0].as_bytes()[6], b'+', "no subset tag: {row}");
    let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    assert!(text.contains("\u{2663}"), "U+2663 not extracted");
    assert!(
        text.contains("x\u{2200}y"),
        "the mixed word is not extracted whole"
    );
    // The mixed word stays inside the text block like every other word.
    let pages = layout_pages(&path);
    let (i, w) = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.iter().flatten().map(move |w| (i, w)))
        .find(|(_, w)| w.text.contains('\u{2200}'))
        .expect("the mixed word is on a page");
    let (left, right) = text_block(built(), i, pages.len());
    assert!(within(w, left, right), "{w:?}");
    // Two faces in one word leave the file valid.
    let qpdf = Command::new("qpdf")
        .args(["--check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
}

#[test]
fn claims_pdf_a_2a_with_metadata() {
    let b = built();
    let text = uncompressed(&b.pdf);
    assert!(
        text.contains("pdfaid:part>2<") && text.contains("pdfaid:conformance>A<"),
        "no PDF/A-2a claim in the XMP"
    );
    assert!(text.contains("/GTS_PDFA1"), "no PDF/A output intent");
    let info = tool("pdfinfo", &[b.pdf.to_str().unwrap()]);
    assert!(info.contains(&b.book.meta.title), "{info}");
    if let Some(editor) = &b.book.meta.editor {
        assert!(info.contains(editor.as_str()), "{info}");
    }
}

#[test]
fn facing_pages_end_on_the_same_baseline() {
    let pages = layout_pages(&built().pdf);
    let h = built().book.meta.print.trim_height;
    // Running heads stand above the text block; folios below it.
    let has_head = |p: &Vec<Vec<Word>>| p.iter().flatten().any(|w| w.y1 < h * 0.07);
    // The last baseline: a word box reaches 0.298 em (of 1.305) below its baseline, so
    // type of any size is compared by where it stands, not how far its box hangs.
    let bottom = |p: &Vec<Vec<Word>>| {
        p.iter()
            .flatten()
            .filter(|w| w.y1 < h * 0.915)
            .map(|w| w.y1 - (w.y1 - w.y0) * 0.298 / 1.305)
            .fold(0.0, f32::max)
    };
    let mut spreads = 0;
    for i in (1..pages.len().saturating_sub(2)).step_by(2) {
        // A verso and its recto, both running pages, the recto not a chapter's last page.
        if has_head(&pages[i]) && has_head(&pages[i + 1]) && has_head(&pages[i + 2]) {
            spreads += 1;
            let (a, b) = (bottom(&pages[i]), bottom(&pages[i + 1]));
            assert!(
                (a - b).abs() < 0.5,
                "pages {} and {} end at {a} and {b}",
                i + 1,
                i + 2
            );
        }
    }
    assert!(spreads > 3);
}

#[test]
fn other_trim_sizes_and_bleed() {
    let b = built();
    let mut book = b.book.clone();
    let bleed = 9.0;
    book.meta.print.trim_width = 5.0 * 72.0;
    book.meta.print.trim_height = 8.0 * 72.0;
    book.meta.print.bleed = bleed;
    let out = pdf::render(&book).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("small.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    let boxes = tool(
        "pdfinfo",
        &["-box", "-f", "1", "-l", "9999", path.to_str().unwrap()],
    );
    let trim = boxes
        .lines()
        .filter(|l| l.contains("TrimBox:"))
        .collect::<Vec<_>>();
    let bleeds = boxes
        .lines()
        .filter(|l| l.contains("BleedBox:"))
        .collect::<Vec<_>>();
    assert!(!trim.is_empty() && trim.len() == bleeds.len());
    for (t, bl) in trim.iter().zip(&bleeds) {
        let t: Vec<f32> = t
            .split(':')
            .nth(1)
            .unwrap()
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect();
        let bl: Vec<f32> = bl
            .split(':')
            .nth(1)
            .unwrap()
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect();
        assert_eq!(t, vec![9.0, 9.0, 369.0, 585.0]);
        assert_eq!(bl, vec![0.0, 0.0, 378.0, 594.0]);
    }
    let pages = layout_pages(&path);
    for (i, page) in pages.iter().enumerate() {
        let (left, right) = text_block_for(360.0, i, pages.len());
        for w in page.iter().flatten() {
            assert!(
                within(w, bleed + left, bleed + right),
                "page {}: {:?} outside the text block",
                i + 1,
                w
            );
        }
    }
}

#[test]
fn headings_keep_with_the_text_that_follows() {
    use anthology::model::Inline;
    let mut book = built().book.clone();
    for a in &mut book.articles {
        let n = a.blocks.len();
        for (k, at) in (3..n)
            .step_by(4)
            .enumerate()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            a.blocks.insert(
                at,
                Block::Heading {
                    id: format!("{}-test-h{k}", a.id),
                    level: 2,
                    content: vec![Inline::Text(format!("Zedheading {k}"))],
                },
            );
        }
    }
    let out = pdf::render(&book).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("headings.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    let mut seen = 0;
    for (i, page) in layout_pages(&path).iter().enumerate() {
        let body: Vec<&Vec<Word>> = page
            .iter()
            .filter(|l| is_body(l) || l[0].text == "Zedheading")
            .collect();
        for (k, line) in body.iter().enumerate() {
            if line[0].text == "Zedheading" {
                seen += 1;
                // Two lines follow, or the whole of a shorter last paragraph.
                assert!(
                    body.len() - k > 1,
                    "page {}: a heading ends the page",
                    i + 1
                );
            }
        }
    }
    assert!(seen > 10);
    // The outline nests each article's headings under its title.
    let outline = tool("mutool", &["show", path.to_str().unwrap(), "outline"]);
    let nested = outline
        .lines()
        .filter(|l| {
            l.contains("Zedheading")
                && l.starts_with(|c: char| c.is_whitespace() || c == '|' || c == '+')
        })
        .count();
    assert!(
        nested > 10
            && outline
                .lines()
                .any(|l| l.contains(&book.articles[0].meta.title)),
        "{outline}"
    );
    let title_indent = outline
        .lines()
        .find(|l| l.contains(&book.articles[0].meta.title))
        .unwrap()
        .find('"')
        .unwrap();
    let heading_indent = outline
        .lines()
        .find(|l| l.contains("Zedheading"))
        .unwrap()
        .find('"')
        .unwrap();
    assert!(
        heading_indent > title_indent,
        "headings are not nested:\n{outline}"
    );
}

/// Every letter run of the articles' paragraphs, lower case: the words a break hyphen
/// may join.
fn vocabulary(book: &Book) -> std::collections::HashSet<String> {
    let letters = regex::Regex::new(r"[^\W\d_]+").unwrap();
    letters
        .find_iter(&paragraphs(book))
        .map(|m| m.as_str().to_lowercase())
        .collect()
}

/// Words written with a capital inside a sentence (after a lower-case word): names.
fn names(book: &Book) -> std::collections::HashSet<String> {
    let pair = regex::Regex::new(r"\b\p{Ll}+ (\p{Lu}\p{L}+)").unwrap();
    pair.captures_iter(&paragraphs(book)).map(|c| c[1].to_string()).collect()
}

/// Justified body lines (reaching the right edge, not a paragraph's last) and, for each,
/// whether it ends in a break hyphen, and the next body line on the page.
fn justified_lines(b: &Built) -> Vec<(Vec<Word>, Option<Vec<Word>>)> {
    let pages = layout_pages(&b.pdf);
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let (left, right) = text_block(b, i, pages.len());
        let body: Vec<&Vec<Word>> = page.iter().filter(|l| is_body(l)).collect();
        for (k, l) in body.iter().enumerate() {
            let next = body.get(k + 1);
            let full = l.last().unwrap().x1 >= right - 1.0;
            let next_starts = next.is_some_and(|n| (n[0].x0 - left - BODY).abs() < 0.5);
            if full && !next_starts {
                out.push(((*l).clone(), next.map(|n| (*n).clone())));
            }
        }
    }
    out
}

#[test]
fn hyphenation_is_sparing_never_breaks_names_and_leaves_three_letters() {
    let b = built();
    let words = vocabulary(&b.book);
    let names = names(&b.book);
    let letters = regex::Regex::new(r"[^\W\d_]+").unwrap();
    let lines = justified_lines(b);
    let mut hyphenated = 0;
    for (line, next) in &lines {
        let last = &line.last().unwrap().text;
        let Some(next) = next else { continue };
        let (Some(head), Some(tail)) = (
            letters.find_iter(last).last().map(|m| m.as_str().to_string()),
            letters.find(&next[0].text).map(|m| m.as_str().to_string()),
        ) else {
            continue;
        };
        let word = format!("{head}{tail}");
        if !last.ends_with(['-', '\u{ad}']) || !words.contains(&word.to_lowercase()) {
            continue; // a hard hyphen, or no hyphen
        }
        hyphenated += 1;
        assert!(!names.contains(&word), "a name is broken: {head}-{tail}");
        assert!(
            head.chars().count() >= 3 && tail.chars().count() >= 3,
            "fewer than three letters at a break: {head}-{tail}"
        );
        // The paragraph's last word stays whole: no last line made of its end alone.
        assert!(next.len() > 1, "a paragraph ends on a fragment: {head}-{tail}");
    }
    let share = hyphenated as f32 / lines.len() as f32;
    // Typst 0.15 on the same text hyphenates about 9% (scripts/compare-typst.py).
    assert!(share <= 0.09, "{hyphenated} of {} justified lines hyphenated", lines.len());
    assert!(hyphenated > 0, "expected some hyphenation in a justified book");
}

/// Word spaces on justified lines, in em: even (Typst 0.15 on the same text: 95th
/// percentile 0.387 em, widest 0.544 em; `scripts/compare-typst.py`), and the letters
/// of a loose line take part of its slack (glyph expansion).
#[test]
fn justified_word_spaces_are_even_and_never_wider_than_typst_sets_them() {
    let mut gaps: Vec<f32> = justified_lines(built())
        .iter()
        .flat_map(|(l, _)| l.windows(2).map(|w| (w[1].x0 - w[0].x1) / BODY).collect::<Vec<_>>())
        .collect();
    gaps.sort_by(f32::total_cmp);
    assert!(gaps.len() > 100, "{} word spaces", gaps.len());
    let p95 = gaps[gaps.len() * 95 / 100];
    let max = *gaps.last().unwrap();
    assert!(p95 <= 0.387, "95th percentile word space {p95:.3} em");
    assert!(max <= 0.544, "widest word space {max:.3} em");
}

#[test]
fn no_break_inside_a_reference_a_date_or_before_a_spaced_dash() {
    let pages = layout_pages(&built().pdf);
    let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ];
    let day = |w: &str| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
    for (i, page) in pages.iter().enumerate() {
        for pair in page.windows(2) {
            let (end, start) = (&pair[0].last().unwrap().text, &pair[1][0].text);
            let (end, start) = (end.as_str(), start.as_str());
            assert!(
                !matches!(start, "–" | "—"),
                "page {}: a line starts with a spaced dash",
                i + 1
            );
            let abbreviation =
                ["p.", "pp.", "no.", "No."].contains(&end.trim_start_matches(['(', '[']));
            assert!(
                !(abbreviation && start.starts_with(|c: char| c.is_ascii_digit())),
                "page {}: {end} / {start}",
                i + 1
            );
            let start = start.trim_end_matches([',', '.', ';']);
            let broken = day(end) && months.contains(&start) || months.contains(&end) && day(start);
            assert!(
                !broken,
                "page {}: a date broken: {end} / {start}",
                i + 1
            );
        }
    }
}

#[test]
fn rules_and_type_meet_kdp_minimums() {
    let qdf = uncompressed(&built().pdf);
    let number = |re: &str| -> Vec<f32> {
        regex::Regex::new(re)
            .unwrap()
            .captures_iter(&qdf)
            .map(|c| c[1].parse().unwrap())
            .collect()
    };
    let widths = number(r"(?m)\b([\d.]+) w\b");
    assert!(!widths.is_empty(), "the footnote rule is drawn");
    assert!(widths.iter().all(|&w| w >= 0.75), "a rule thinner than 0.75 pt: {widths:?}");
    let sizes = number(r"/\w+ ([\d.]+) Tf");
    assert!(sizes.iter().all(|&s| s >= 7.0 - 1e-3), "type under 7 pt: {sizes:?}");
}

#[test]
fn running_heads_book_on_versos_article_on_rectos_one_case() {
    let b = built();
    let pages = layout_pages(&b.pdf);
    let h = b.book.meta.print.trim_height;
    let head = |p: &Vec<Vec<Word>>| {
        let words: Vec<&str> =
            p.iter().flatten().filter(|w| w.y1 < h * 0.07).map(|w| w.text.as_str()).collect();
        (!words.is_empty()).then(|| words.join(" "))
    };
    let book_title = b.book.meta.title.to_lowercase();
    let mut rectos = 0;
    for (i, p) in pages.iter().enumerate() {
        let Some(text) = head(p) else { continue };
        // Small capitals throughout: the text is lower case whatever the source's case.
        assert_eq!(text, text.to_lowercase(), "page {}: head {text:?}", i + 1);
        if i % 2 == 1 {
            assert_eq!(text, book_title, "verso {}", i + 1);
        } else {
            rectos += 1;
            assert_ne!(text, book_title, "recto {} repeats the book's title", i + 1);
        }
    }
    assert!(rectos > 5);
}

#[test]
fn every_contributor_note_is_printed_and_lines_hold_about_66_characters() {
    let b = built();
    let text = squash(&tool("pdftotext", &[b.pdf.to_str().unwrap(), "-"]));
    let bios: Vec<&String> = b.book.articles.iter().filter_map(|a| a.meta.bio.as_ref()).collect();
    assert!(!bios.is_empty());
    for bio in bios {
        assert!(text.contains(&squash(bio)), "contributor's note missing: {bio}");
    }
    let lines = justified_lines(b);
    let chars: usize = lines
        .iter()
        .map(|(l, _)| l.iter().map(|w| w.text.chars().count()).sum::<usize>() + l.len() - 1)
        .sum();
    let mean = chars as f32 / lines.len() as f32;
    assert!((60.0..=72.0).contains(&mean), "{mean:.1} characters a line");
}

#[test]
fn contents_titles_over_two_lines_break_evenly() {
    // Long titles whose full-measure breaking would leave a word or two before the leaders.
    let titles = [
        "Nintendo’s first iPhone game will launch in December for $10",
        "The harbour strike that closed every dock on the northern coast for ten days",
        "A short history of the tramways of the old town and of the people who ran them",
        "What the river left behind: silt, timber and the letters of a flooded town",
        "‘All Power to the Soviets’ – A slogan that launched a revolution",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::from("title = \"Even Contents\"\n");
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    for (i, t) in titles.iter().enumerate() {
        let body = "The strike began on a cold morning and spread to the docks, the bakeries and the offices of the city before the week was out.\n\n".repeat(3);
        std::fs::write(dir.path().join(format!("sources/a{i}.md")), format!("+++\ntitle = \"{t}\"\nauthor = \"Ann Lee\"\n+++\n\n{body}")).unwrap();
        toml.push_str(&format!("[[article]]\nsource = \"sources/a{i}.md\"\n"));
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let manifest = Manifest::load(dir.path()).unwrap();
    let book = assemble(&manifest, dir.path()).unwrap();
    let out = pdf::render(&book).unwrap();
    let path = dir.path().join("book.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    let text = tool("pdftotext", &["-layout", "-f", "1", "-l", "8", path.to_str().unwrap(), "-"]);
    let contents = &text[text.find("Contents").expect("a contents page")..];
    // The line carrying an entry's leaders and page number: its title part has two words at
    // least (the words of a lone last line would sit alone before the dots).
    let entry_ends: Vec<&str> = contents.lines().filter(|l| l.contains(". . .")).collect();
    assert!(entry_ends.len() >= titles.len(), "{contents}");
    for line in entry_ends {
        let title_part = line.split(" .").next().unwrap().trim();
        assert!(title_part.split_whitespace().count() >= 2, "a lone word before the leaders: {line:?}\n{contents}");
    }
    // Nor does a title's line end on the article "A".
    assert!(!contents.lines().any(|l| l.trim_end().ends_with(" A")), "{contents}");
}

/// Each page's content stream, decompressed, in page order (from qpdf's QDF form).
fn page_streams(pdf_bytes: &[u8]) -> Vec<Vec<u8>> {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("book.pdf");
    std::fs::write(&path, pdf_bytes).unwrap();
    let qdf = uncompressed(&path);
    qdf.split("%% Contents for page ")
        .skip(1)
        .map(|part| {
            let from = part.find("stream\n").expect("a page's content stream") + "stream\n".len();
            let to = part[from..].find("endstream").expect("the stream's end") + from;
            part.as_bytes()[from..to].to_vec()
        })
        .collect()
}

/// The characters of the roman text of `blocks`' paragraphs (not emphasised, not linked).
fn roman_chars(blocks: &[Block]) -> std::collections::BTreeSet<char> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content, .. } => Some(content),
            _ => None,
        })
        .flatten()
        .filter_map(|i| match i {
            anthology::model::Inline::Text(t) => Some(t.chars()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// A font's glyphs are numbered the same whatever page first uses them, so an edit in
/// the first article leaves the content stream of every page after it the same to the
/// byte (what lets `anthology watch` reuse their compressed streams), even when the edit
/// uses a letter that only the last article had used before.
#[test]
fn an_edit_leaves_later_pages_content_unchanged() {
    let b = built();
    let mut book = b.book.clone();
    let (last, earlier) = book.articles.split_last().unwrap();
    let before_last: std::collections::BTreeSet<char> = earlier.iter().flat_map(|a| roman_chars(&a.blocks)).collect();
    let late = *roman_chars(&last.blocks)
        .iter()
        .find(|c| c.is_alphabetic() && !before_last.contains(c) && !b.book.meta.title.contains(**c))
        .expect("a letter only the last article uses");
    let first = book.articles[0].blocks.iter_mut().find_map(|block| match block {
        Block::Paragraph { content, .. } => Some(content),
        _ => None,
    });
    first.unwrap().push(anthology::model::Inline::Text(format!(" The editor adds {late}.")));
    let before = page_streams(&pdf::render(&b.book).unwrap().bytes);
    let edited = pdf::render(&book).unwrap();
    let after = page_streams(&edited.bytes);
    assert_eq!(before.len(), after.len(), "the edit changed the page count: choose a shorter one");
    let second = &book.articles[1].id;
    let opens = edited.page_map.page_starts.iter().position(|s| &s.block == second).expect("the second article's first page");
    assert_eq!(edited.page_map.page_starts.len(), after.len(), "one page start per page");
    assert!(before[..opens] != after[..opens], "the edit changed no page");
    let changed: Vec<usize> = (opens..after.len()).filter(|&i| before[i] != after[i]).collect();
    assert!(changed.is_empty(), "pages {changed:?} (from 0) changed, though the edit ({late:?}) is on a page before {opens}");
}
