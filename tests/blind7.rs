//! The index measured on a seventh blind book (tests/fixtures/blind7): five Readability pages
//! whose gold index headings were written by reading them before the proposer ran on them.
//! Prints the figures (run with `--nocapture`); the assertions hold the level first measured,
//! so that it can only improve.

mod gold;

use std::path::Path;

/// Share of the gold index headings present and junk proposed on the seventh blind book, first
/// measured blind (session index6): PENDING.
const PRESENT_REACHED: f64 = 0.0;
const JUNK_REACHED: usize = 1000;

#[test]
fn blind7_index() {
    let dir = Path::new("tests/fixtures/blind7");
    let book = gold::with_index(dir);
    let s = gold::score_index(&book, &gold::gold_headings(&dir.join("gold-headings.txt")));
    println!("blind7 index: {}", s.summary());
    assert!(s.present >= PRESENT_REACHED, "{}", s.summary());
    assert!(s.junk.len() <= JUNK_REACHED, "{}", s.summary());
}
