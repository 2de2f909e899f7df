//! The chronology measured on a thirteenth blind book (tests/fixtures/blind13): seven
//! bench-clean pages whose gold chronology was written by reading them before the extractor
//! ran on them, after every rule of the chrono7 session, by helper chrono8 (so the first
//! measure is blind). Prints the figures (run with `--nocapture`); the assertions hold the
//! level reached, so that it can only improve.

mod gold;

/// Recall and precision reached on the thirteenth blind book. First measured, blind (after every
/// rule of the chrono7 session): recall 0.792 (19 of 24 gold dates), precision 0.826 (19 of 23
/// extracted). Its misses: relative dates counted from another date than the article's ("The
/// day before" a Monday, "the previous week" before September 30), "earlier in the week",
/// Ghani's announcement "last week" in a clause that goes on "he said", and a launch told in a
/// reduced relative clause ("the SunShot Initiative launched by the U.S. government in 2011
/// aims"). Its extras: a date labelling an event noun whose year the text does not give ("a
/// September 11 commemoration", read as 2016), a status at a date ("had an annual production
/// capacity of around 8.69 GW at the end of 2017"), a relative year inside sources' words
/// ("Sources told CNN that a year later, Trump had made only minor changes") and a document's
/// date ("An October 11 presentation to bondholders indicated").
///
/// Then (no longer blind: rules written against its misses and extras, each general and
/// unit-tested in extract.rs's `rules_of_unseen_pages` and aside.rs): "earlier in the week" is
/// the article's month, "The day before," counts back from the last day named, a holding at a
/// date ("had an annual capacity of around 8 GW") is a figure and a date naming a writing ("a
/// March 3 memo") no event: recall 0.875 (21 of 24), precision 0.913 (21 of 23). Left: "the
/// previous week" (a week counted from another date), the SunShot launch, Ghani's
/// announcement "last week" (the extractor takes an announcement's date as a statement's),
/// the September 11 commemoration (the year 2016 read from "the 2016 campaign" is right, the
/// gold leaves it out for want of a stated year) and "a year later" inside sources' words.
const RECALL_REACHED: f64 = 0.875;
const PRECISION_REACHED: f64 = 0.91;

#[test]
fn blind13_chronology() {
    gold::holds_chronology("tests/fixtures/blind13", RECALL_REACHED, PRECISION_REACHED);
}
