//! `anthology watch` rebuilds with what its earlier builds left in the cache
//! (`pipeline::Cache`): whatever it reuses, a rebuild must give the very bytes a fresh
//! build of the same folder gives.

use std::collections::BTreeMap;
use std::path::Path;

use anthology::pipeline::{self, Cache};
use anthology::project::Project;

/// Every output of one build of `dir` with `cache`, by file name.
fn build(dir: &Path, cache: &mut Cache) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let composed = pipeline::compose_cached(Project::load(dir).unwrap(), cache).unwrap();
    pipeline::write_cached(composed, out.path(), &[], cache).unwrap();
    std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
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

#[test]
fn rebuilds_after_edits_are_byte_identical_to_fresh_builds() {
    // The only test of this binary: no other thread reads the environment. A fixed date
    // keeps the files' times out of the comparison between the builds before and after.
    std::env::set_var("SOURCE_DATE_EPOCH", "1700000000");
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &book);
    let source = std::fs::read_dir(book.join("sources")).unwrap().map(|e| e.unwrap().path()).min().unwrap();
    let original = std::fs::read(&source).unwrap();
    let mut cache = Cache::default();
    let first = build(&book, &mut cache);

    // One article edited: the rebuild reuses everything else.
    add_sentence(&source);
    let rebuilt = build(&book, &mut cache);
    let fresh = build(&book, &mut Cache::default());
    assert_eq!(differing(&rebuilt, &fresh), Vec::<String>::new(), "a rebuild differs from a fresh build");
    let changed = differing(&first, &rebuilt);
    assert!(changed.iter().any(|n| n.ends_with(".pdf")) && changed.iter().any(|n| n.ends_with(".epub")), "the edit changed nothing");

    // The edit undone: what the build before last cached comes back.
    std::fs::write(&source, original).unwrap();
    let undone = build(&book, &mut cache);
    let fresh = build(&book, &mut Cache::default());
    assert_eq!(differing(&undone, &fresh), Vec::<String>::new(), "a rebuild differs from a fresh build");
    assert_eq!(differing(&undone, &first), Vec::<String>::new(), "undoing the edit did not give the first book");
}
