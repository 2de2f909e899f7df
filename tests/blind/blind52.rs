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

use crate::gold;

/// Recall and precision reached on the fifty-second blind book. First measured, blind (after every
/// rule merged on main up to 8e1cb74): recall 0.926 (25 of 27 gold dates), precision 0.893 (25 of
/// 28 extracted). Missed: the day's news in a sentence whose verb is negated by "doesn't just" and
/// whose second clause after a colon tells the act ("Google doesn't just have a new logo today:
/// the creative web company has also hidden a surprise on its homepage"); "in March" in a
/// relative clause on the object of a progressive of speaking ("The Telegraph team in China has
/// been speaking to families of the passengers of Malaysia Airlines Flight MH370 that disappeared
/// in March and, unlike QZ8501, has still yet to be found"). Extra, all three in the statistics
/// of the executive action: a date that names a cutoff ("expanding the program beyond the
/// original June 15, 2007 cutoff date"); a year of data ("according to Pew Research estimates of
/// 2012 data"); a span's end ("But through June 30, 2014, only about 712,000 applied").
///
/// Then (session chrono36, each rule general and unit-tested on invented sentences): a date
/// after "through" that ends no range begun before it ends a span, a running total or a run
/// ("But through June 30, 2014, only about 712,000 applied"), no event; a date right before a
/// noun of a limit names the limit ("the original June 15, 2007 cutoff date", "the March 1
/// deadline", "the target date"); a bare year right before a data noun, after no dating word,
/// labels the data set ("estimates of 2012 data", "using 2019 figures"); a relative "that" on
/// a name (its capitalised words, not after a verb of saying) dates the name's act, and a
/// relative clause whose date is followed only by "and" or "but" before a comma (a second verb
/// of the clause after an aside) still dates its own act: "… has been speaking to families of
/// the passengers of Malaysia Airlines Flight MH370 that disappeared in March and, unlike
/// QZ8501, has still yet to be found" tells "Malaysia Airlines Flight MH370 disappeared", no
/// longer a state of the main clause's progressive. Recall 0.963 (26 of 27), precision 1.000
/// (26 of 26). Left: "Google doesn't just have a new logo today: the creative web company has
/// also hidden a surprise on its homepage" (the day's act in the clause after the colon).
/// Then a body's argument dated by its year is its act ("the Velmora Council argued in 1996
/// that …"): figures unchanged here; blind50's last miss found (recall 1.000 there).
/// Then "today" closing the clause before a colon dates the act the clause after it tells in
/// the present perfect, which is the entry ("Google doesn't just have a new logo today: the
/// creative web company has also hidden a surprise on its homepage" tells "The creative web
/// company has also hidden a surprise on its homepage"), and irregular participles ("hidden",
/// "stolen", "forgotten", "frozen", …) tell the past. Recall 1.000 (27 of 27), precision
/// 1.000 (27 of 27). Left, in the entries' words (not measured): "The United States launching
/// Mariner 4 there and Mariners 6 and 7 in 1969" (a participle left as the clause), "The
/// Mariner 9 probe that discovered it" and "NASA's Mars Science Laboratory mission" (a noun
/// phrase alone), "The closest Mars had passed to Earth in nearly 60,000 years" (an appositive
/// of the year taken for the act, "NASA launched two rovers"), the 29 December entry of the
/// Ebola case told by the WHO's statement of that day, not the diagnosis, and the 30 December
/// entry of the AirAsia blog by a statement ("Air Vice Marshal … says … since they were first
/// seen").
const RECALL_REACHED: f64 = 1.0;
const PRECISION_REACHED: f64 = 1.0;

#[test]
fn blind52_chronology() {
    gold::holds_chronology("tests/fixtures/blind52", RECALL_REACHED, PRECISION_REACHED);
}
