//! The chronology measured on a sixty-fourth blind book (tests/fixtures/blind64): ten English
//! pages of 2016-2025 from the Postlight (Mercury) parser's test fixtures, htmldate's evaluation
//! pages and the Web Content Extraction Benchmark, named by no book, whose gold chronology was
//! written by reading them before the extractor ran on them, after every rule merged on main up
//! to f6ccedf, by helper chrono48 (so the first measure is blind). Business leaders on public
//! transit, a sentence for a death in North Carolina, two Thanet drug dealers jailed, a
//! brothel network's arrests, an American's lawsuit over his torture in Egypt, a judge
//! confirmed to an appeals court, a day of The Week's Speed Reads, a cybersecurity M&A update,
//! a forum thread on a certificate chain, and a consulting news listing.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

mod gold;

/// Recall and precision reached on the sixty-fourth blind book.
const RECALL_REACHED: f64 = 0.0;
const PRECISION_REACHED: f64 = 0.0;

#[test]
fn blind64_chronology() {
    gold::holds_chronology("tests/fixtures/blind64", RECALL_REACHED, PRECISION_REACHED);
}
