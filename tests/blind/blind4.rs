//! The chronology and the index measured on a fourth blind book (tests/fixtures/blind4): five
//! Readability pages whose gold chronology and gold index headings were written by reading
//! them before the extractor and the proposer ran on them.
//! Prints the figures (run with `--nocapture`); the assertions hold the level first measured,
//! so that it can only improve.

use crate::gold;

/// Recall and precision reached on the fourth blind book. First measured, blind: recall
/// 0.864, precision 0.792; then "years later", rankings, verbless labels and a dangling
/// "from" were handled, written against its misses (so it is no longer blind for those):
/// 0.955 / 0.913; then a bracketed year as a label and a habit in the present ("a launch
/// page we use in 2012"): 1.000 / 1.000.
const RECALL_REACHED: f64 = 1.0;
const PRECISION_REACHED: f64 = 1.0;

#[test]
fn blind4_chronology() {
    gold::holds_chronology("tests/fixtures/blind4", RECALL_REACHED, PRECISION_REACHED);
}

/// Share of the gold index headings present and junk proposed on the fourth blind book. First
/// measured, blind: 66.7% present (36 of 54), 81 junk of 201 proposed; after the rules of
/// index4, written against the other gold sets (blind4 held out): 79.6%, 70 junk; after the
/// rules of index5, written against its junk classes (no longer held out for those): 81.5%,
/// 35 junk; after the rules of index6, written against blind7 and the junk classes the brief
/// named from this book ("U.S. Games Systems", "Welcome Amy", "Court de Gébelin"): 85.2% (46
/// of 54), 30 junk; 29 after index7's (a short paragraph in title case is a heading: "Tab
/// Page"); 87.0% (47 of 54), 28 junk after index8's (a title opened by an article inside a
/// sentence takes a preposition and an article: "The Pictorial Key to the Tarot"); 27 junk after
/// index9's (a word always before a figure is a unit or a label: "Swiss" of "Swiss 1JJ"); 26
/// after index10's (a name only ever met after "a" or "an" is a category: "French Freemason");
/// 25 after index11's (a dash after a text's first capitalised words closes a dateline:
/// "Marionette Fission – Making Marionette Fission compatible"); 88.9% (48 of 54) after
/// index12's (a first word in a product's casing is no given name: "DevTools Fission" no
/// longer hides "Fission"), 90.7% (49 of 54), 24 junk (a full name each time before a verb in
/// the past is a person: "Ankush Dua fixed…", "Ankush Dua contributed…"); 19 junk after
/// index13's (an eponym always before a term of science is the term's: "Pauli matrices",
/// "Toeplitz decomposition"; a name only owning nothing is a shop's: "at Christie’s in 2006");
/// 18 after index17's (an adjective of a people alone is no heading: "French"); 17 after
/// index19's (a body after a common noun's owner is unnamed: "their school’s Computer Science
/// department" gives "Computer Science"). 92.6% (50 of 54) after index20's (an eponym always
/// before "quotient" names the term: "Rayleigh quotient"). 16 junk after index28's rules
/// (one of: a surname an editor inserts after a possessive, "I" before a first-person verb,
/// a two-word name's order settled by the word said alone, umlauts spelled out, "and" where an
/// ampersand joins the same words elsewhere, a legislator's bracketed party and district, a
/// letter's sign-off).
const PRESENT_REACHED: f64 = 0.925;
const JUNK_REACHED: usize = 16;

#[test]
fn blind4_index() {
    gold::holds_index("tests/fixtures/blind4", PRESENT_REACHED, JUNK_REACHED);
}
