//! The chronology measured on a fifty-second blind book (tests/fixtures/blind52): ten English
//! news, magazine and reference pages of 2010-2014 from newspaper3k's test fixtures, pages of
//! sites one of whose pages a book used but themselves named by no book, whose gold chronology
//! was written by reading them before the extractor ran on them, after every rule merged on main
//! up to 8e1cb74, by helper chrono36 (so the first measure is blind). The film Selma and its
//! stars, Kwanzaa's inventor, a letter on kind police officers, Google's New Year surprise, a
//! bank robbery in Ann Arbor, who benefits from an executive action on immigration, an Ebola
//! case in Glasgow, the facts of Mars and its exploration, a live blog of the AirAsia search, and
//! a hoax on Reddit. Prints the figures (run with `--nocapture`); the assertions hold the level
//! reached, so that it can only improve.

mod gold;

/// Recall and precision reached on the fifty-second blind book.
const RECALL_REACHED: f64 = 0.0;
const PRECISION_REACHED: f64 = 0.0;

#[test]
fn blind52_chronology() {
    gold::holds_chronology("tests/fixtures/blind52", RECALL_REACHED, PRECISION_REACHED);
}
