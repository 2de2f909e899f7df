//! Print-on-demand packages, measured from the outside: pdfinfo (boxes, sizes), pdffonts,
//! qpdf (structure, PDF/X identity, annotations, outline), Ghostscript (the bounding box
//! of what each page really renders, ink coverage), mutool trace (type sizes, stroke
//! widths) and pdftotext (words on the cover).
//!
//! Two books are built once each (shared through `OnceLock`) for all three services: the
//! default book (about 50 pages: no spine text) and a synthetic book of over 300 pages
//! made by repeating the default sources. A missing tool fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use anthology::pipeline::{build, BuildOptions};
use anthology::print::{Paper, Target};
use serde_json::Value;

const INCH: f64 = 72.0;
/// 6 x 9 in, the default trim.
const TRIM: (f64, f64) = (6.0 * INCH, 9.0 * INCH);

struct Built {
    _dir: tempfile::TempDir,
    out: PathBuf,
    slug: String,
    screen: PathBuf,
}

impl Built {
    fn file(&self, target: Target, what: &str) -> PathBuf {
        self.out.join(format!("{}-{}-{what}", self.slug, target.key()))
    }
    fn interior(&self, t: Target) -> PathBuf {
        self.file(t, "interior.pdf")
    }
    fn cover(&self, t: Target) -> PathBuf {
        self.file(t, "cover.pdf")
    }
    fn preflight(&self, t: Target) -> Value {
        serde_json::from_slice(&std::fs::read(self.file(t, "preflight.json")).unwrap()).unwrap()
    }
}

fn build_all(book_dir: &Path, keep: &str) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let out = build(&BuildOptions {
        book_dir: book_dir.to_path_buf(),
        out_dir: dir.path().to_path_buf(),
        targets: Target::ALL.to_vec(),
    })
    .expect("the book builds with every print target");
    // A copy to look at (target/ is ignored by git).
    let look = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/print-test").join(keep);
    std::fs::create_dir_all(&look).unwrap();
    for p in &out.packages {
        for f in &p.paths {
            std::fs::copy(f, look.join(f.file_name().unwrap())).unwrap();
        }
    }
    Built { out: dir.path().to_path_buf(), slug: out.book.meta.slug.clone(), screen: out.pdf.clone(), _dir: dir }
}

fn default_book() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build_all(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), "default"))
}

/// Over 300 pages: the default sources repeated, with a description for the back cover.
fn long_book() -> &'static Built {
    static BUILT: OnceLock<(tempfile::TempDir, Built)> = OnceLock::new();
    &BUILT
        .get_or_init(|| {
            let src = tempfile::tempdir().unwrap();
            let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/sources");
            std::fs::create_dir_all(src.path().join("sources")).unwrap();
            let mut toml = String::from(
                "title = \"A Long Anthology of Revolutionary Writing\"\nsubtitle = \"Forty Articles\"\neditor = \"Test Editor\"\n\
                 description = \"Forty articles from the socialist press on the revolution of 1917.\\n\\nEach is reprinted as it first appeared.\"\n\
                 [print]\npaper = \"cream\"\n",
            );
            let mut sources: Vec<PathBuf> = std::fs::read_dir(&content).unwrap().map(|e| e.unwrap().path()).collect();
            sources.sort();
            for copy in 0..9 {
                for s in &sources {
                    let name = format!("{copy}-{}", s.file_name().unwrap().to_string_lossy());
                    std::fs::copy(s, src.path().join("sources").join(&name)).unwrap();
                    toml.push_str(&format!("[[article]]\nsource = \"sources/{name}\"\n"));
                }
            }
            std::fs::write(src.path().join("book.toml"), toml).unwrap();
            let built = build_all(src.path(), "long");
            (src, built)
        })
        .1
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is required for this test and could not run: {e}"));
    assert!(out.status.success(), "{name} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Page count from pdfinfo.
fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[s(pdf)]);
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

/// Every page's boxes from `pdfinfo -box`: (MediaBox, TrimBox, BleedBox) as [x0 y0 x1 y1].
fn boxes(pdf: &Path) -> Vec<[[f64; 4]; 3]> {
    let n = pages(pdf).to_string();
    let info = tool("pdfinfo", &["-box", "-f", "1", "-l", &n, s(pdf)]);
    let mut out: Vec<[[f64; 4]; 3]> = Vec::new();
    for line in info.lines() {
        let Some(rest) = line.strip_prefix("Page") else { continue };
        let mut parts = rest.split_whitespace();
        let (Some(_), Some(kind)) = (parts.next(), parts.next()) else { continue };
        let v: Vec<f64> = parts.filter_map(|p| p.parse().ok()).collect();
        if v.len() != 4 {
            continue;
        }
        let slot = match kind {
            "MediaBox:" => 0,
            "TrimBox:" => 1,
            "BleedBox:" => 2,
            _ => continue,
        };
        if slot == 0 {
            out.push([[0.0; 4]; 3]);
        }
        out.last_mut().unwrap()[slot] = [v[0], v[1], v[2], v[3]];
    }
    out
}

/// The bounding box of what Ghostscript renders on each page (None for a blank page).
fn rendered_bboxes(pdf: &Path) -> Vec<Option<[f64; 4]>> {
    let out = tool("gs", &["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=bbox", s(pdf)]);
    out.lines()
        .filter_map(|l| l.strip_prefix("%%HiResBoundingBox:"))
        .map(|rest| {
            let v: Vec<f64> = rest.split_whitespace().filter_map(|p| p.parse().ok()).collect();
            (v.len() == 4 && v[2] > v[0]).then(|| [v[0], v[1], v[2], v[3]])
        })
        .collect()
}

fn safety(t: Target) -> f64 {
    match t {
        Target::Kdp => 0.25 * INCH,
        Target::IngramSpark | Target::Lulu => 0.5 * INCH,
    }
}

fn kdp_gutter(pages: usize) -> f64 {
    INCH * match pages {
        0..=150 => 0.375,
        151..=300 => 0.5,
        301..=500 => 0.625,
        501..=700 => 0.75,
        _ => 0.875,
    }
}

fn books() -> [&'static Built; 2] {
    [default_book(), long_book()]
}

#[test]
fn every_package_passes_our_preflight() {
    for b in books() {
        for t in Target::ALL {
            let json = b.preflight(t);
            assert_eq!(json["passed"], true, "{t:?} preflight failed: {json:#}");
            if !std::ptr::eq(b, default_book()) {
                continue;
            }
            // The command line gives the same verdict (the long book's is in its JSON).
            let out = Command::new(env!("CARGO_BIN_EXE_anthology"))
                .args(["preflight", s(&b.interior(t)), "--target", t.key(), "--cover", s(&b.cover(t))])
                .args(["--paper", json["paper"].as_str().unwrap()])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{t:?}: {text}");
            assert!(text.contains("pass  margins") && !text.contains("FAIL"), "{text}");
        }
    }
}

#[test]
fn the_long_book_passes_300_pages_and_its_interiors_use_its_band() {
    let b = long_book();
    let n = pages(&b.interior(Target::Kdp));
    // Past 300 pages the KDP gutter band changes (0.5 in to 0.625 in): laid out again.
    assert!((301..=500).contains(&n), "{n} pages");
    // The KDP gutter for the final count, measured on the rendered recto pages.
    let boxes = rendered_bboxes(&b.interior(Target::Kdp));
    let least = boxes.iter().step_by(2).flatten().map(|r| r[0]).fold(f64::INFINITY, f64::min);
    assert!(least >= kdp_gutter(n) - 0.01 * INCH, "inside margin {least} pt for {n} pages");
}

#[test]
fn interiors_have_the_trim_size_and_a_trim_box_on_every_page() {
    for b in books() {
        for t in Target::ALL {
            let pdf = b.interior(t);
            let all = boxes(&pdf);
            assert_eq!(all.len(), pages(&pdf));
            for (i, [media, trim, _]) in all.iter().enumerate() {
                let (w, h) = (trim[2] - trim[0], trim[3] - trim[1]);
                assert!((w - TRIM.0).abs() < 0.01 * INCH && (h - TRIM.1).abs() < 0.01 * INCH, "{t:?} page {}: trim {w} x {h}", i + 1);
                assert_eq!(media, trim, "{t:?} page {}: no bleed, so MediaBox = TrimBox", i + 1);
            }
        }
    }
}

#[test]
fn every_rendered_mark_keeps_the_services_margins() {
    for b in books() {
        for t in Target::ALL {
            let pdf = b.interior(t);
            let n = pages(&pdf);
            let gutter = match t {
                Target::Kdp => kdp_gutter(n),
                _ => safety(t),
            };
            for (i, bbox) in rendered_bboxes(&pdf).into_iter().enumerate() {
                let Some([x0, y0, x1, y1]) = bbox else { continue };
                let recto = i % 2 == 0;
                let (inside, outside) = if recto { (x0, TRIM.0 - x1) } else { (TRIM.0 - x1, x0) };
                let page = i + 1;
                assert!(y0 >= safety(t) - 0.01 * INCH, "{t:?} page {page}: bottom {y0}");
                assert!(TRIM.1 - y1 >= safety(t) - 0.01 * INCH, "{t:?} page {page}: top {}", TRIM.1 - y1);
                assert!(outside >= safety(t) - 0.01 * INCH, "{t:?} page {page}: outside {outside}");
                assert!(inside >= gutter - 0.01 * INCH, "{t:?} page {page}: inside {inside}, {n} pages");
            }
        }
    }
}

#[test]
fn page_counts_are_even_and_ingramspark_ends_blank() {
    for b in books() {
        for t in Target::ALL {
            let pdf = b.interior(t);
            assert_eq!(pages(&pdf) % 2, 0, "{t:?}");
        }
        let last = rendered_bboxes(&b.interior(Target::IngramSpark)).pop().unwrap();
        assert!(last.is_none(), "IngramSpark's last page renders {last:?}");
    }
}

#[test]
fn fonts_are_embedded() {
    for t in Target::ALL {
        for pdf in [default_book().interior(t), default_book().cover(t)] {
            let list = tool("pdffonts", &[s(&pdf)]);
            let rows: Vec<&str> = list.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{pdf:?} lists no fonts");
            for r in rows {
                let cols: Vec<&str> = r.split_whitespace().collect();
                let emb = cols[cols.len() - 5];
                assert_eq!(emb, "yes", "{pdf:?}: {r}");
            }
        }
    }
}

/// The QPDF JSON of a file.
fn qpdf_json(pdf: &Path) -> Value {
    serde_json::from_str(&tool("qpdf", &["--json", s(pdf)])).unwrap()
}

fn object<'a>(json: &'a Value, reference: &str) -> &'a Value {
    let key = format!("obj:{reference}");
    &json["qpdf"][1][&key]["value"]
}

#[test]
fn ingramspark_files_are_pdf_x_1a() {
    for pdf in [default_book().interior(Target::IngramSpark), default_book().cover(Target::IngramSpark)] {
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF-1.3"), "{pdf:?}: PDF/X-1a:2001 is PDF 1.3");
        tool("qpdf", &["--check", s(&pdf)]);
        let json = qpdf_json(&pdf);
        let trailer = &json["qpdf"][1]["trailer"]["value"];
        let info = object(&json, trailer["/Info"].as_str().unwrap());
        assert_eq!(info["/GTS_PDFXVersion"], "u:PDF/X-1:2001", "{info:#}");
        assert_eq!(info["/GTS_PDFXConformance"], "u:PDF/X-1a:2001");
        assert_eq!(info["/Trapped"], "/False");
        assert!(info["/ModDate"].is_string() && info["/Title"].is_string());
        let catalog = object(&json, trailer["/Root"].as_str().unwrap());
        assert!(catalog["/Metadata"].is_null(), "no XMP, so no PDF/A claim");
        let intents = catalog["/OutputIntents"].as_array().unwrap();
        let intent = object(&json, intents[0].as_str().unwrap());
        assert_eq!(intent["/S"], "/GTS_PDFX");
        assert_eq!(intent["/OutputConditionIdentifier"], "u:CGATS TR 001");
        assert_eq!(intent["/RegistryName"], "u:http://www.color.org");
    }
}

#[test]
fn interiors_carry_no_links_bookmarks_or_annotations() {
    for t in Target::ALL {
        let json = qpdf_json(&default_book().interior(t));
        let annotations: usize = json["pages"].as_array().unwrap().iter().map(|p| p["annotations"].as_array().map_or(0, Vec::len)).sum();
        assert_eq!(annotations, 0, "{t:?}");
        assert_eq!(json["outlines"].as_array().map_or(0, Vec::len), 0, "{t:?}");
    }
}

#[test]
fn interiors_print_in_black_only() {
    for t in Target::ALL {
        let out = tool("gs", &["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-r36", "-sDEVICE=inkcov", "-o", "-", s(&default_book().interior(t))]);
        for (i, line) in out.lines().filter(|l| l.contains("CMYK")).enumerate() {
            let v: Vec<f64> = line.split_whitespace().take(3).map(|x| x.parse().unwrap()).collect();
            assert!(v.iter().all(|c| *c == 0.0), "{t:?} page {}: {line}", i + 1);
        }
    }
}

/// (smallest font size, thinnest stroke) from `mutool trace`.
fn traced_sizes(pdf: &Path) -> (f64, f64) {
    let trace = tool("mutool", &["trace", s(pdf)]);
    let attr = |line: &str, key: &str| -> Option<Vec<f64>> {
        let at = line.find(&format!(" {key}=\""))? + key.len() + 3;
        let end = line[at..].find('"')?;
        Some(line[at..at + end].split_whitespace().filter_map(|x| x.parse().ok()).collect())
    };
    let (mut size, mut stroke) = (f64::INFINITY, f64::INFINITY);
    for line in trace.lines() {
        if line.contains("<span") {
            if let Some(m) = attr(line, "trm") {
                size = size.min((m[0] * m[3] - m[1] * m[2]).abs().sqrt());
            }
        }
        if line.contains("<stroke_path") {
            if let (Some(w), Some(m)) = (attr(line, "linewidth"), attr(line, "transform")) {
                stroke = stroke.min(w[0] * (m[0] * m[3] - m[1] * m[2]).abs().sqrt());
            }
        }
    }
    (size, stroke)
}

#[test]
fn type_and_rules_meet_the_minimums() {
    let (size, stroke) = traced_sizes(&long_book().interior(Target::Kdp));
    assert!(size >= 7.0 - 0.01, "smallest type {size} pt");
    assert!(stroke >= 0.75 - 0.01, "thinnest rule {stroke} pt");
}

/// KDP's and the others' paper thickness per page, as published (README lists sources).
fn spine(t: Target, pages: usize, paper: Paper) -> f64 {
    let p = pages as f64;
    INCH * match (t, paper) {
        (Target::Kdp, Paper::White) => p * 0.002252,
        (Target::Kdp, Paper::Cream) => p * 0.0025,
        (Target::IngramSpark, Paper::White) => p / 444.0,
        (Target::IngramSpark, Paper::Cream) => p / 400.0,
        (Target::Lulu, _) => p / 444.0 + 0.06,
    }
}

#[test]
fn cover_size_follows_the_interiors_page_count() {
    for (b, paper) in [(default_book(), Paper::White), (long_book(), Paper::Cream)] {
        for t in Target::ALL {
            let n = pages(&b.interior(t));
            let cover = boxes(&b.cover(t));
            assert_eq!(cover.len(), 1);
            let [media, trim, bleed] = cover[0];
            let width = 2.0 * TRIM.0 + spine(t, n, paper) + 0.25 * INCH;
            let (w, h) = (media[2] - media[0], media[3] - media[1]);
            assert!((w - width).abs() < 0.01 * INCH, "{t:?}: cover {w} pt wide, expected {width} for {n} pages");
            assert!((h - (TRIM.1 + 0.25 * INCH)).abs() < 0.01 * INCH, "{t:?}: cover {h} pt high");
            assert!((trim[0] - 0.125 * INCH).abs() < 0.01 && (media[2] - trim[2] - 0.125 * INCH).abs() < 0.01, "{t:?}: trim {trim:?}");
            assert_eq!(bleed, media, "{t:?}: BleedBox");
        }
    }
}

/// Words on the cover from `pdftotext -bbox`: (x0, y0, x1, y1, text), y downwards.
fn cover_words(pdf: &Path) -> Vec<(f64, f64, f64, f64, String)> {
    let html = tool("pdftotext", &["-bbox", s(pdf), "-"]);
    html.lines()
        .filter(|l| l.contains("<word"))
        .map(|l| {
            let get = |k: &str| -> f64 {
                let at = l.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                l[at..at + l[at..].find('"').unwrap()].parse().unwrap()
            };
            let text = l[l.find('>').unwrap() + 1..l.rfind("</word>").unwrap()].to_string();
            (get("xMin"), get("yMin"), get("xMax"), get("yMax"), text)
        })
        .collect()
}

#[test]
fn spine_text_only_from_the_allowed_page_count_and_barcode_area_clear() {
    for (b, paper) in [(default_book(), Paper::White), (long_book(), Paper::Cream)] {
        for t in Target::ALL {
            let n = pages(&b.interior(t));
            let words = cover_words(&b.cover(t));
            let fold = 0.125 * INCH + TRIM.0;
            let width = spine(t, n, paper);
            let on_spine: Vec<_> = words.iter().filter(|w| w.2 > fold && w.0 < fold + width).collect();
            let allowed = match t {
                Target::Kdp => n >= 79,
                _ => n >= 80,
            };
            if allowed {
                assert!(!on_spine.is_empty(), "{t:?}: {n} pages, no spine text");
                for w in &on_spine {
                    assert!(w.0 >= fold + 0.0625 * INCH - 0.5 && w.2 <= fold + width - 0.0625 * INCH + 0.5, "{t:?}: {w:?} too near a fold");
                }
            } else {
                assert!(on_spine.is_empty(), "{t:?}: {n} pages, spine text {on_spine:?}");
            }
            // Barcode area: 2 x 1.2 in, bottom right of the back cover (0.25 in inside the trim).
            let (right, bottom) = (fold - 0.25 * INCH, 0.125 * INCH + TRIM.1 - 0.25 * INCH);
            let area = (right - 2.0 * INCH, bottom - 1.2 * INCH, right, bottom);
            let inside: Vec<_> = words.iter().filter(|w| w.0 < area.2 && w.2 > area.0 && w.1 < area.3 && w.3 > area.1).collect();
            assert!(inside.is_empty(), "{t:?}: words in the barcode area: {inside:?}");
        }
    }
    let back = cover_words(&long_book().cover(Target::Kdp));
    assert!(back.iter().any(|w| w.4 == "reprinted"), "the description is on the back");
}

#[test]
fn preflight_fails_the_screen_edition_for_kdp_naming_links_and_outline() {
    let b = default_book();
    let out = Command::new(env!("CARGO_BIN_EXE_anthology")).args(["preflight", s(&b.screen), "--target", "kdp"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let line = |rule: &str| text.lines().find(|l| l.contains(rule)).unwrap_or_else(|| panic!("no {rule} line: {text}")).to_string();
    assert!(line("no annotations").contains("FAIL") && line("no annotations").contains("links"), "{text}");
    assert!(line("no outline").contains("FAIL") && line("no outline").contains("bookmarks"), "{text}");
}

#[test]
fn packages_are_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    build(&BuildOptions { book_dir: book, out_dir: dir.path().to_path_buf(), targets: Target::ALL.to_vec() }).unwrap();
    let b = default_book();
    for t in Target::ALL {
        for name in ["interior.pdf", "cover.pdf"] {
            let file = b.file(t, name);
            let again = dir.path().join(file.file_name().unwrap());
            assert!(std::fs::read(&file).unwrap() == std::fs::read(&again).unwrap(), "{again:?} differs");
        }
    }
}

/// A PNG of `w` x `h` pixels in horizontal bands of colour.
fn banded_png(path: &Path, w: u32, h: u32) {
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(std::fs::File::create(path).unwrap()), w, h);
    encoder.set_color(png::ColorType::Rgb);
    let mut writer = encoder.write_header().unwrap();
    let data: Vec<u8> = (0..h).flat_map(|y| (0..w).flat_map(move |_| [(y * 255 / h) as u8, 40, 200])).collect();
    writer.write_image_data(&data).unwrap();
}

/// The default book with `cover = "cover.png"` of `w` x `h` pixels, built for KDP.
fn with_cover(w: u32, h: u32) -> (tempfile::TempDir, anthology::pipeline::BuildOutput) {
    let dir = tempfile::tempdir().unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let copy = dir.path().join("book");
    std::fs::create_dir_all(copy.join("sources")).unwrap();
    for entry in std::fs::read_dir(content.join("sources")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, copy.join("sources").join(p.file_name().unwrap())).unwrap();
    }
    let toml = std::fs::read_to_string(content.join("book.toml")).unwrap();
    std::fs::write(copy.join("book.toml"), format!("cover = \"cover.png\"\n{toml}")).unwrap();
    for f in ["introduction.md", "timeline.toml", "index.toml"] {
        let _ = std::fs::copy(content.join(f), copy.join(f));
    }
    banded_png(&copy.join("cover.png"), w, h);
    let out = build(&BuildOptions { book_dir: copy, out_dir: dir.path().join("out"), targets: vec![Target::Kdp] })
        .expect("the book builds with a cover image");
    (dir, out)
}

#[test]
fn a_cover_image_fills_the_front_in_cmyk_and_a_coarse_one_is_reported() {
    // 6 x 9 in plus 0.125 in bleed outside: 1838 x 2775 pixels is 300 dpi.
    let (_fine_dir, fine) = with_cover(1840, 2780);
    assert!(fine.warnings.is_empty(), "{:?}", fine.warnings);
    let cover = fine.packages[0].paths.iter().find(|p| s(p).ends_with("cover.pdf")).unwrap().clone();
    let images = tool("pdfimages", &["-list", s(&cover)]);
    let row = images.lines().nth(2).expect("the cover holds an image");
    assert!(row.split_whitespace().any(|c| c == "cmyk"), "printed in CMYK: {images}");
    // The picture fills the front panel out to the bleed: the right half of the page.
    let width = spine(Target::Kdp, pages(&fine.packages[0].paths[0]), Paper::White) + 2.0 * TRIM.0 + 2.0 * 0.125 * INCH;
    let x_ppi: f64 = row.split_whitespace().nth(12).unwrap().parse().unwrap();
    assert!(x_ppi >= 299.0, "{images}");
    let words = cover_words(&cover);
    assert!(words.iter().all(|w| w.0 < width / 2.0), "no typographic title over the picture: {words:?}");
    // The EPUB's cover is the same picture.
    let epub = zip::ZipArchive::new(std::fs::File::open(&fine.epub).unwrap()).unwrap();
    let names: Vec<String> = (0..epub.len()).map(|i| epub.name_for_index(i).unwrap().unwrap().to_string()).collect();
    assert!(names.iter().any(|n| n == "OEBPS/images/cover.png"), "{names:?}");

    let (_coarse_dir, coarse) = with_cover(600, 900);
    let said: Vec<&str> = coarse.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(said.iter().any(|m| m.contains("cover.png: the cover image is 97 dpi") && m.contains("1838 x 2775 pixels")), "{said:?}");
    assert!(said.iter().any(|m| m.contains("fails its preflight")), "{said:?}");
}
