//! `anthology watch` rebuilds with what its earlier builds left in the cache
//! (`pipeline::Cache`): whatever it reuses, a rebuild must give the very bytes a fresh
//! build of the same folder gives.

use std::collections::BTreeMap;
use std::path::Path;

use anthology::pipeline::{self, Cache};
use anthology::project::Project;

/// Every output of one build of `dir` with `cache`, by file name, and its warnings (under
/// the name `warnings`, one a line).
fn build(dir: &Path, cache: &mut Cache) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let composed = pipeline::compose_cached(Project::load(dir).unwrap(), cache).unwrap();
    let built = pipeline::write_cached(composed, out.path(), &[], cache).unwrap();
    let warnings: String = built.book.warnings.iter().map(|w| format!("{}: {}\n", w.stage, w.message)).collect();
    std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .chain([("warnings".to_string(), warnings.into_bytes())])
        .collect()
}

/// The names of the files that differ between two builds (or that only one wrote).
fn differing(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let names: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    names.into_iter().filter(|n| a.get(*n) != b.get(*n)).cloned().collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().map(|e| e.unwrap()) {
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Adds a sentence to the longest line (a body paragraph) of a scraped source.
fn add_sentence(source: &Path) {
    let text = std::fs::read_to_string(source).unwrap();
    let longest = text.lines().max_by_key(|l| l.len()).unwrap();
    let edited = text.replacen(longest, &format!("{longest} The editor added this sentence, long enough to move the lines that follow it."), 1);
    std::fs::write(source, edited).unwrap();
}

/// Rebuilds `book` with `cache` and checks the files against a fresh build's.
fn rebuild_matches_fresh(book: &Path, cache: &mut Cache, edit: &str) -> BTreeMap<String, Vec<u8>> {
    let rebuilt = build(book, cache);
    let fresh = build(book, &mut Cache::default());
    assert_eq!(differing(&rebuilt, &fresh), Vec::<String>::new(), "after {edit}, a rebuild differs from a fresh build");
    rebuilt
}

/// The first page of every article, from the page map of the book's JSON.
fn chapter_pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let (_, json) = files.iter().find(|(n, _)| n.ends_with(".json") && !n.ends_with("-timeline.json")).unwrap();
    let json: serde_json::Value = serde_json::from_slice(json).unwrap();
    let starts = json["page_map"]["page_starts"].as_array().unwrap();
    let opening = |id: &str| starts.iter().find(|s| s["block"] == id).map(|s| s["label"].to_string());
    json["articles"].as_array().unwrap().iter().map(|a| opening(a["id"].as_str().unwrap()).unwrap()).collect()
}

/// The index anchors of the articles other than `article`, from the book's JSON, sorted.
fn index_anchors(files: &BTreeMap<String, Vec<u8>>, article: &str) -> (Vec<String>, Vec<String>) {
    let (_, json) = files.iter().find(|(n, _)| n.ends_with(".json") && !n.ends_with("-timeline.json")).unwrap();
    let json: serde_json::Value = serde_json::from_slice(json).unwrap();
    let mut entries: Vec<&serde_json::Value> = json["index"]["entries"].as_array().unwrap().iter().collect();
    let (mut inside, mut outside) = (Vec::new(), Vec::new());
    while let Some(entry) = entries.pop() {
        for l in entry["locators"].as_array().unwrap() {
            let anchor = l["anchor"].as_str().unwrap().to_string();
            if l["article"] == article { inside.push(anchor) } else { outside.push(anchor) }
        }
        entries.extend(entry["subentries"].as_array().unwrap());
    }
    inside.sort();
    outside.sort();
    (inside, outside)
}

#[test]
fn rebuilds_after_edits_are_byte_identical_to_fresh_builds() {
    // The only test of this binary: no other thread reads the environment. A fixed date
    // keeps the files' times out of the comparison between the builds before and after.
    std::env::set_var("SOURCE_DATE_EPOCH", "1700000000");
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &book);
    let mut sources: Vec<_> = std::fs::read_dir(book.join("sources")).unwrap().map(|e| e.unwrap().path()).collect();
    sources.sort();
    let source = sources[0].clone();
    let original = std::fs::read(&source).unwrap();
    let mut cache = Cache::default();
    let first = build(&book, &mut cache);

    // One article edited: the rebuild reuses everything else.
    add_sentence(&source);
    let rebuilt = rebuild_matches_fresh(&book, &mut cache, "a sentence added");
    let changed = differing(&first, &rebuilt);
    assert!(changed.iter().any(|n| n.ends_with(".pdf")) && changed.iter().any(|n| n.ends_with(".epub")), "the edit changed nothing");

    // The edit undone: what the build before last cached comes back.
    std::fs::write(&source, &original).unwrap();
    let undone = rebuild_matches_fresh(&book, &mut cache, "the edit undone");
    assert_eq!(differing(&undone, &first), Vec::<String>::new(), "undoing the edit did not give the first book");

    // Pages added to the first article: every later chapter, unchanged itself, moves to
    // other page numbers (folios, contents, index and page-list all follow).
    let text = String::from_utf8(original.clone()).unwrap();
    let added: String = (1..=12)
        .map(|n| format!("The editor added paragraph number {n}, which says again in other words what the article argues. ").repeat(5) + "\n\n")
        .collect();
    let longest = text.lines().max_by_key(|l| l.len()).unwrap();
    std::fs::write(&source, text.replacen(longest, &format!("{longest}\n\n{added}"), 1)).unwrap();
    let longer = rebuild_matches_fresh(&book, &mut cache, "pages added to the first article");
    let (before, after) = (chapter_pages(&first), chapter_pages(&longer));
    assert!(before.last() != after.last(), "later chapters did not move: {before:?} -> {after:?}");
    std::fs::write(&source, &original).unwrap();

    // An index term named in a new paragraph early in the first article: one more anchor
    // there, and the anchors of every other article keep their ids.
    let opening = text.lines().find(|l| l.len() > 200).unwrap();
    std::fs::write(&source, text.replacen(opening, &format!("Leon Trotsky, the editor notes, is named here once more.\n\n{opening}"), 1)).unwrap();
    let named = rebuild_matches_fresh(&book, &mut cache, "an index term named early in the first article");
    let (first_inside, first_outside) = index_anchors(&first, "ch01");
    let (named_inside, named_outside) = index_anchors(&named, "ch01");
    assert_eq!(named_inside.len(), first_inside.len() + 1, "the new paragraph got no anchor");
    assert_eq!(named_outside, first_outside, "anchors of other articles were renumbered");
    std::fs::write(&source, &original).unwrap();

    // A character no face has, in the last article: its warning names the same blocks
    // whether the paragraph is set again or taken from the cache.
    let last = sources.last().unwrap();
    let last_text = std::fs::read_to_string(last).unwrap();
    let longest = last_text.lines().max_by_key(|l| l.len()).unwrap();
    std::fs::write(last, last_text.replacen(longest, &format!("{longest} Then a sign \u{1F701} of alchemy."), 1)).unwrap();
    let with_sign = rebuild_matches_fresh(&book, &mut cache, "a character no font has");
    assert!(String::from_utf8_lossy(&with_sign["warnings"]).contains("U+1F701"), "no warning for the character no font has");
    add_sentence(&source);
    rebuild_matches_fresh(&book, &mut cache, "an edit elsewhere, the sign's paragraph taken from the cache");
    std::fs::write(&source, &original).unwrap();
    std::fs::write(last, &last_text).unwrap();

    // book.toml edited: the title (every running head) and the trim size (every line).
    let toml = std::fs::read_to_string(book.join("book.toml")).unwrap();
    std::fs::write(book.join("book.toml"), toml.replacen("title = \"All Power", "title = \"Every Power", 1)).unwrap();
    rebuild_matches_fresh(&book, &mut cache, "a new title");
    std::fs::write(book.join("book.toml"), toml.replacen("trim = \"6x9\"", "trim = \"5.5x8.5\"", 1)).unwrap();
    rebuild_matches_fresh(&book, &mut cache, "a new trim size");
    std::fs::write(book.join("book.toml"), &toml).unwrap();

    // index.toml edited: a heading renamed, which moves it in the index.
    let index = std::fs::read_to_string(book.join("index.toml")).unwrap();
    assert!(index.contains("heading = \"Trotsky, Leon\""));
    std::fs::write(book.join("index.toml"), index.replacen("heading = \"Trotsky, Leon\"", "heading = \"Bronstein, Lev\"", 1)).unwrap();
    rebuild_matches_fresh(&book, &mut cache, "an index heading renamed");
    std::fs::write(book.join("index.toml"), &index).unwrap();
    let back = rebuild_matches_fresh(&book, &mut cache, "every edit undone");
    assert_eq!(differing(&back, &first), Vec::<String>::new(), "undoing every edit did not give the first book");
}
