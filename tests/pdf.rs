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
        // A copy for scripts/spacing.py and for looking at the pages (target/ is ignored).
        let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-test");
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(keep.join("book.pdf"), &out.bytes).unwrap();
        std::fs::write(keep.join("paragraphs.txt"), paragraphs(&book)).unwrap();
        Built { _dir: tmp, pdf: path, book, page_map: out.page_map }
    })
}

/// The body paragraphs of every article, one per line (input for the Typst comparison).
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

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is required for this test and could not run: {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success() || name == "qpdf", "{name} failed: {}", String::from_utf8_lossy(&out.stderr));
    text
}

#[test]
fn smoke_writes_a_pdf() {
    let b = built();
    let info = tool("pdfinfo", &[b.pdf.to_str().unwrap()]);
    assert!(info.contains("Pages:"), "{info}");
    assert!(!b.page_map.page_starts.is_empty());
    assert!(!b.book.articles.is_empty());
}
