//! Page numbers of the index and the chronology, checked against the printed pages
//! (issue 7): the default book is built once through `pipeline::build` (apparatus, PDF,
//! EPUB, JSON) into a temporary folder; every page a locator of `out/<slug>.json` names
//! must hold its term (index) or the cited paragraph (timeline) per `pdftotext`, the
//! printed index must print exactly those numbers, and every EPUB link must land just
//! before its term. A missing tool fails.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use anthology::model::Book;
use anthology::pipeline::{build, BuildOptions};
use serde_json::Value;

struct Built {
    _dir: tempfile::TempDir,
    /// The PDF's path (in `_dir`).
    pdf: PathBuf,
    book: Book,
    json: Value,
    /// The text of each physical PDF page, from `pdftotext -f N -l N`.
    pages: Vec<String>,
    /// The physical index (0-based) of the page labelled "1".
    first_arabic: usize,
    /// The EPUB's files, by name.
    epub: BTreeMap<String, String>,
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is required for this test and could not run: {e}"));
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = build(&BuildOptions {
            book_dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
            out_dir: dir.path().to_path_buf(),
            targets: Vec::new(),
        })
        .expect("the default book builds");
        let pdf = out.pdf.to_str().unwrap();
        let json: Value = serde_json::from_slice(&std::fs::read(&out.json).unwrap()).unwrap();
        let info = tool("pdfinfo", &[pdf]);
        let count: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo reports the page count");
        let pages = (1..=count)
            .map(|n| {
                let n = n.to_string();
                tool(
                    "pdftotext",
                    &["-enc", "UTF-8", "-f", &n, "-l", &n, pdf, "-"],
                )
            })
            .collect();
        let labels: Value =
            serde_json::from_str(&tool("qpdf", &["--json", "--json-key=pagelabels", pdf])).unwrap();
        let first_arabic = labels["pagelabels"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["label"]["/S"] == "/D")
            .and_then(|l| l["index"].as_u64())
            .expect("arabic body pages") as usize;
        Built {
            book: out.book,
            json,
            pages,
            first_arabic,
            epub: unzip(&out.epub),
            pdf: out.pdf.clone(),
            _dir: dir,
        }
    })
}

fn unzip(path: &PathBuf) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).unwrap();
        files.insert(
            f.name().unwrap().to_string(),
            String::from_utf8_lossy(&buf).into_owned(),
        );
    }
    files
}

/// Letters and digits only, lower-cased: hyphenation, small caps, spacing and quote
/// styles vanish.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Built {
    /// The text of the printed page labelled `label` (an arabic body page).
    fn page(&self, label: &str) -> &str {
        let n: usize = label
            .parse()
            .unwrap_or_else(|_| panic!("{label:?} is not a body page"));
        &self.pages[self.first_arabic + n - 1]
    }
}

/// An index entry of the JSON with its subentries, each with the terms that may stand
/// in the text (heading and aliases).
fn entries(v: &Value, out: &mut Vec<(Vec<String>, Value)>) {
    for e in v.as_array().into_iter().flatten() {
        let mut terms = vec![e["heading"].as_str().unwrap().to_string()];
        terms.extend(
            e["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a.as_str())
                .map(str::to_string),
        );
        out.push((terms, e.clone()));
        entries(&e["subentries"], out);
    }
}

fn all_entries(b: &Built) -> Vec<(Vec<String>, Value)> {
    let mut out = Vec::new();
    entries(&b.json["index"]["entries"], &mut out);
    assert!(out.len() > 10, "the default book should have an index");
    out
}

fn locators(e: &Value) -> Vec<(&str, &str)> {
    e["locators"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| {
            let anchor = l["anchor"].as_str().unwrap();
            let page = l["page"]
                .as_str()
                .unwrap_or_else(|| panic!("{anchor} has no page"));
            (anchor, page)
        })
        .collect()
}

#[test]
fn every_index_page_holds_its_term() {
    let b = built();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (terms, e) in all_entries(b) {
        for (anchor, page) in locators(&e) {
            let text = squash(b.page(page));
            checked += 1;
            if !terms.iter().any(|t| text.contains(&squash(t))) {
                wrong.push(format!("{} ({anchor}) is not on page {page}", terms[0]));
            }
        }
    }
    assert!(checked > 50, "only {checked} locators");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Page numbers as printed after an index heading: "12, 14–16" -> {12, 14, 15, 16}.
fn expand(list: &str) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (a, z) = part.split_once('–').unwrap_or((part, part));
        out.extend(a.parse::<u32>().unwrap()..=z.parse::<u32>().unwrap());
    }
    out
}

/// The index pages of the PDF as one line of text.
fn printed_index(b: &Built) -> String {
    let title = b.json["index"]["title"].as_str().unwrap();
    // The index is the last section: it opens on the first body page that starts with its
    // title (its later pages may carry the title as a running head).
    let start = b.first_arabic
        + b.pages[b.first_arabic..]
            .iter()
            .position(|p| p.trim_start().starts_with(title))
            .expect("the index has pages");
    // Column by column: each half of the page on its own, so that pdftotext does not
    // interleave the two columns.
    let pdf = b.pdf.to_str().unwrap();
    let info = tool("pdfinfo", &[pdf]);
    let size: Vec<f32> = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("pdfinfo reports the page size")
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let (w, h) = (size[0].ceil() as u32, size[1].ceil() as u32);
    let half = (w / 2).to_string();
    let height = h.to_string();
    let mut columns = Vec::new();
    for n in start + 1..=b.pages.len() {
        let n = n.to_string();
        for x in ["0", half.as_str()] {
            columns.push(tool(
                "pdftotext",
                &["-enc", "UTF-8", "-f", &n, "-l", &n, "-x", x, "-y", "0", "-W", &half, "-H", &height, pdf, "-"],
            ));
        }
    }
    let flat = columns
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // Words hyphenated at a line end joined again ("revo- lution").
    regex::Regex::new(r"(\p{L})- (\p{Ll})").unwrap().replace_all(&flat, "$1$2").into_owned()
}

/// Where the printed entry `heading` starts at or after `from`: the entry itself, not a
/// cross-reference to it (page numbers, "See" or sub-entries by article or topic follow).
fn entry_start(flat: &str, from: usize, heading: &str) -> Option<usize> {
    let entry = regex::Regex::new(&format!(r"{}(?:, \d|\. See| in “| and )", regex::escape(heading))).unwrap();
    let rest = &flat[from..];
    let cross_ref = |at: usize| ["; ", "See ", "also "].iter().any(|m| rest[..at].ends_with(m)) || within_heading(&rest[..at]);
    let at = entry.find_iter(rest).find(|m| !cross_ref(m.start())).map(|m| from + m.start());
    at
}

/// Whether a heading found after `before` is only the end of a longer heading: a sub-entry
/// named after it ("and Bolsheviks, 12") or a title ending in it ("and History of the
/// Russian Revolution, 19").
fn within_heading(before: &str) -> bool {
    before.split_whitespace().last().is_some_and(|w| ["and", "the", "of", "The"].contains(&w))
}

/// What the printed index says of an entry.
#[derive(Debug)]
enum Printed {
    /// Its page references: "12, 14–16".
    Refs(String),
    /// Its heading is broken by a column or page break (pdftotext interleaves the text).
    Broken,
    Missing,
}

/// The page references printed after the entry at `path` (heading, then sub-entry heading),
/// looking for a sub-entry only between its parent and the next top-level entry (`tops`).
fn printed_refs(flat: &str, path: &[String], tops: &[String]) -> Printed {
    let Some((last, parents)) = path.split_last() else { return Printed::Missing };
    let mut from = 0;
    let mut to = flat.len();
    for p in parents {
        let Some(at) = entry_start(flat, from, p) else { return Printed::Missing };
        from = at;
        to = tops
            .iter()
            .filter(|t| *t != p)
            .filter_map(|t| entry_start(flat, from + p.len(), t))
            .min()
            .unwrap_or(flat.len());
    }
    let window = &flat[from.saturating_sub(1)..to];
    let re = regex::Regex::new(&format!(
        r"(?:^|[\s.;]){}, (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)",
        regex::escape(last)
    ))
    .unwrap();
    // A top-level heading is not the sub-entry "and <heading>" of another one.
    let own = |c: &regex::Captures| {
        let at = c.get(0).map_or(0, |m| m.start());
        path.len() > 1 || !within_heading(&window[..at])
    };
    let found = re.captures_iter(window).find(|c| own(c)).map(|c| c[1].to_string());
    match found {
        Some(refs) => Printed::Refs(refs),
        None if window.contains(&last.chars().take(12).collect::<String>()) => Printed::Broken,
        None => Printed::Missing,
    }
}

#[test]
fn the_printed_index_prints_the_locator_pages() {
    let b = built();
    let flat = printed_index(b);
    let tops = top_headings(b);
    for (path, e) in entry_paths(b) {
        let want: BTreeSet<u32> = locators(&e)
            .iter()
            .map(|(_, p)| p.parse().unwrap())
            .collect();
        if want.is_empty() {
            continue;
        }
        match printed_refs(&flat, &path, &tops) {
            Printed::Refs(printed) => {
                assert_eq!(expand(&printed), want, "{path:?}: printed {printed:?}")
            }
            Printed::Broken if path.len() > 1 => {}
            other => panic!("{path:?} is not printed with page numbers: {other:?}"),
        }
    }
}

/// The top-level headings of the index.
fn top_headings(b: &Built) -> Vec<String> {
    b.json["index"]["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| e["heading"].as_str().unwrap().to_string())
        .collect()
}

/// Every entry and sub-entry of the JSON with the headings leading to it.
fn entry_paths(b: &Built) -> Vec<(Vec<String>, Value)> {
    fn walk(v: &Value, parent: &[String], out: &mut Vec<(Vec<String>, Value)>) {
        for e in v.as_array().into_iter().flatten() {
            let mut path = parent.to_vec();
            path.push(e["heading"].as_str().unwrap().to_string());
            out.push((path.clone(), e.clone()));
            walk(&e["subentries"], &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&b.json["index"]["entries"], &[], &mut out);
    out
}

/// The locator links of the EPUB index entry at `path`: (href anchor, aria-label, text).
fn epub_links(index: &str, path: &[String]) -> Vec<(String, String, String)> {
    let mut at = 0;
    for h in path {
        let h = h.replace('&', "&amp;");
        let plain = format!("<span epub:type=\"index-term\">{h}");
        let work = format!("<span epub:type=\"index-term\"><i>{h}");
        at += index[at..]
            .find(&plain)
            .or_else(|| index[at..].find(&work))
            .unwrap_or_else(|| panic!("{path:?} is not in the EPUB index"));
    }
    let rest = &index[at..];
    let end = ["<ul", "</li>", ". <i>"].iter().filter_map(|m| rest.find(m)).min().unwrap();
    let link = regex::Regex::new(
        r##"<a epub:type="index-locator" href="[^"#]*#([^"]+)" aria-label="([^"]+)">([^<]+)</a>"##,
    )
    .unwrap();
    link.captures_iter(&rest[..end])
        .map(|c| (c[1].to_string(), c[2].to_string(), c[3].to_string()))
        .collect()
}

#[test]
fn epub_and_print_indexes_agree_page_for_page() {
    let b = built();
    let flat = printed_index(b);
    let index = b.epub.get("OEBPS/index.xhtml").expect("an index document");
    let tops = top_headings(b);
    let mut checked = 0;
    for (path, e) in entry_paths(b) {
        let links = epub_links(index, &path);
        let printed = match printed_refs(&flat, &path, &tops) {
            Printed::Refs(printed) => printed,
            Printed::Broken if path.len() > 1 => continue,
            _ => {
                assert!(links.is_empty(), "{path:?}: EPUB locators but none in print");
                continue;
            }
        };
        let texts: Vec<&str> = links.iter().map(|l| l.2.as_str()).collect();
        assert_eq!(texts.join(", "), printed, "{path:?}: the EPUB and print references differ");
        // Each link names its pages and goes to the first occurrence on its first page.
        let locs = locators(&e);
        for (anchor, label, text) in &links {
            let first = text.split('–').next().unwrap();
            let want = match text.split_once('–') {
                Some((a, z)) => format!("pages {a} to {z}"),
                None => format!("page {text}"),
            };
            assert_eq!(label, &want, "{path:?}: accessible name of {text}");
            let first_on_page = locs.iter().find(|(_, p)| *p == first).map(|(a, _)| *a);
            assert_eq!(first_on_page, Some(anchor.as_str()), "{path:?}: link of {text}");
        }
        let distinct: BTreeSet<&str> = locs.iter().map(|(_, p)| *p).collect();
        assert!(links.len() <= distinct.len(), "{path:?}: one link per page at most");
        checked += 1;
    }
    assert!(checked > 20, "only {checked} entries compared");
}

/// Print sets a cross-reference after a full stop, "See also" capitalised and in italics
/// (Chicago 16.20), as the fonts of the index pages show (`mutool draw -F stext`).
#[test]
fn print_see_also_is_capitalised_after_a_full_stop_in_italics() {
    let b = built();
    let title = b.json["index"]["title"].as_str().unwrap();
    let start = b.first_arabic
        + b.pages[b.first_arabic..]
            .iter()
            .position(|p| p.trim_start().starts_with(title))
            .expect("the index has pages");
    let pdf = b.pdf.to_str().unwrap();
    let font = regex::Regex::new(r#"<font name="([^"]+)""#).unwrap();
    let glyph = regex::Regex::new(r#" c="([^"]*)""#).unwrap();
    // Every character of the index pages with whether its font is italic.
    let mut chars: Vec<(char, bool)> = Vec::new();
    for n in start + 1..=b.pages.len() {
        let xml = tool("mutool", &["draw", "-F", "stext", "-o", "-", pdf, &n.to_string()]);
        let mut italic = false;
        for line in xml.lines() {
            if let Some(f) = font.captures(line) {
                italic = f[1].contains("Italic");
            }
            if let Some(g) = glyph.captures(line) {
                let c = g[1].replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                chars.extend(c.chars().map(|c| (c, italic)));
            }
            if line.starts_with("</line>") {
                chars.push((' ', false));
            }
        }
    }
    let text: String = chars.iter().map(|(c, _)| *c).collect();
    let cross_refs = b.json["index"]["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["see_also"].as_array().is_some_and(|a| !a.is_empty()))
        .count();
    let mut found = 0;
    for (at, _) in text.match_indices("See also") {
        let first = text[..at].chars().count();
        assert!(chars[first..first + 8].iter().all(|(_, italic)| *italic), "“See also” in roman at {at}");
        let before = text[..at].trim_end();
        let context: String = before.chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
        assert!(before.ends_with('.'), "no full stop before “See also”: …{context}");
        found += 1;
    }
    // A reference broken across a column or page is not matched as one string.
    assert!(cross_refs > 0, "the default book has “see also” references");
    assert!(found * 4 >= cross_refs * 3, "{found} printed of {cross_refs}");
}

/// The visible text of XHTML from `html` on, tags dropped and entities decoded.
fn visible(html: &str) -> String {
    let no_tags = regex::Regex::new(r"<[^>]*>").unwrap().replace_all(html, "");
    no_tags
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The squashed text that follows the element with `id` in the EPUB document `file`.
fn after_id(b: &Built, file: &str, id: &str) -> String {
    let doc = b
        .epub
        .get(&format!("OEBPS/{file}"))
        .unwrap_or_else(|| panic!("no {file} in the EPUB"));
    let at = doc
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element {id} in {file}"));
    let rest = &doc[at..];
    let from = rest.find('>').unwrap() + 1;
    let mut to = rest.len().min(from + 2000);
    while !rest.is_char_boundary(to) {
        to -= 1;
    }
    squash(&visible(&rest[from..to]))
}

#[test]
fn epub_index_links_land_before_their_terms() {
    let b = built();
    let index = b.epub.get("OEBPS/index.xhtml").expect("an index document");
    let mut wrong = Vec::new();
    for (terms, e) in all_entries(b) {
        for (anchor, _) in locators(&e) {
            let link = regex::Regex::new(&format!(
                r##"href="([^"#]+)#{}""##,
                regex::escape(anchor)
            ))
            .unwrap();
            // Only the first occurrence on each page is linked.
            let Some(c) = link.captures(index) else { continue };
            let text = after_id(b, &c[1], anchor);
            if !terms.iter().any(|t| text.starts_with(&squash(t))) {
                wrong.push(format!(
                    "{anchor} is followed by {:.40}, not {}",
                    text, terms[0]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn timeline_pages_hold_the_cited_paragraphs() {
    let b = built();
    let blocks: HashMap<String, String> = b
        .book
        .articles
        .iter()
        .flat_map(|a| &a.blocks)
        .chain(b.book.introduction.iter().flat_map(|s| &s.blocks))
        .map(|bl| (bl.id().to_string(), bl.plain_text()))
        .collect();
    let timeline = b
        .epub
        .get("OEBPS/timeline.xhtml")
        .expect("a timeline document");
    let entries = b.json["timeline"]["entries"]
        .as_array()
        .expect("the default book has a timeline");
    let mut checked = 0;
    for e in entries {
        for (anchor, page) in locators(&serde_json::json!({ "locators": e["sources"] })) {
            // The cited block's first words (a locator names a block or an anchor in one).
            let first: String = match blocks.get(anchor) {
                Some(text) => text
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" "),
                None => panic!("timeline locator {anchor} names no block"),
            };
            assert!(
                squash(b.page(page)).contains(&squash(&first)),
                "timeline: page {page} does not hold {anchor} ({first:?})"
            );
            // The EPUB cites the same page and links to the block.
            let link = regex::Regex::new(&format!(
                r##"href="([^"#]+)#{}">[^<]*p\.\s(\w+)</a>"##,
                regex::escape(anchor)
            ))
            .unwrap();
            let c = link
                .captures(timeline)
                .unwrap_or_else(|| panic!("the EPUB timeline has no link to {anchor}"));
            assert_eq!(
                &c[2], page,
                "{anchor}: the EPUB cites another page than the PDF"
            );
            assert!(after_id(b, &c[1], anchor).starts_with(&squash(&first)));
            checked += 1;
        }
    }
    assert!(checked > 5, "only {checked} timeline locators");
}
