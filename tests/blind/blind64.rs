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

use crate::gold;

/// Recall and precision reached on the sixty-fourth blind book. First measured, blind (after every
/// rule merged on main up to f6ccedf): recall 0.731 (19 of 26 gold dates), precision 0.864 (19
/// of 22 extracted). Missed: acts told in a relative clause after a name ("Hazem el-Beblawi, who
/// was named to the IMF board in 2014", "the law, which Obama signed in 2010"); the second of
/// two acts by years in one paragraph ("In 2013, he wrote that then-Attorney General Eric Holder
/// had 'whined' …"); a relative year and month inside a participle or a "said during" clause
/// ("Before becoming a judge last year", "said during his confirmation hearing last month");
/// a past announcement of plans ("Trump announced plans for this ban in September"); a year
/// told by its start ("President Trump kicked off 2020 … With a visit to a Trump golf course").
/// Extra: a month's name that is a party's short name, the subject of its verb ("June
/// challenged a Louisiana law", June Medical Services); a date inside what one might wrongly
/// assume ("Lest one assume Snyder is somehow under the impression he's still living in November
/// 2019"); a quotation's attribution whose verb has a complement before the quotation ("On
/// Tuesday, Trump said of the upcoming ban, 'We're going to protect our families …'").
///
/// Then (session chrono48, each rule general and unit-tested on invented sentences; the three
/// were measured together, their entries apart): a verb of saying followed by "of" and what the
/// words are about, in a few words up to a comma or the clause's end ("On Tuesday, Trump said of
/// the upcoming ban, “…”"), is a statement to be attributed, as "told Oprah, “…”" was; a bare
/// month opening a sentence before a verb of a party's act (challenged, sued, argued, denied …)
/// is a name, no date ("June challenged a Louisiana law"), as a month before no past verb was;
/// a name's lower-case particle, joined by a hyphen or between two capitalised words ("Hazem
/// el-Beblawi", "Pieter van Dunmore"), is part of the name a relative clause after it takes back
/// ("…, who was named to the IMF board in 2014" gives "Hazem el-Beblawi was named to the IMF
/// board"). Recall 0.769 (20 of 26), precision 0.952 (20 of 21); every other chronology book
/// and the sample unchanged.
/// Then (two rules, measured together): an opening double quotation mark with no closing one
/// before the next opening or the paragraph's end was left open (English double marks do not
/// nest): a stop right before a question mark and a space (".? ", a mis-encoded closing mark)
/// ends it, else, before another opening, its first sentence does; so the narrative after it is
/// no longer masked as speech ("called passage of that law “perverse” and “illegitimate.? Wilson
/// also wrote that he hopes the U.S. Supreme Court strikes down the law, which Obama signed in
/// 2010" gives "The law Obama signed", 2010); a date inside a supposition, after "as if", "as
/// though" or "under the impression" in its clause, or in a sentence's opening "Lest" clause
/// ("Lest one assume Snyder is somehow under the impression he's still living in November
/// 2019, …"), dates nothing. Recall 0.808 (21 of 26), precision 1.000 (21 of 21); every other
/// chronology book and the sample unchanged.
/// Then a gerund after "before", "after", "since" or "upon" opening the sentence is done by the
/// main clause's subject after the comma, a pronoun or a name ("Before becoming a judge last
/// year, Wilson frequently criticized Obama" gives "Wilson became a judge", no longer set aside
/// as a habit), and a date counted from the writing ("last year") lets such a subordinate act
/// stand, as a year or a weekday did. Recall 0.846 (22 of 26), precision 1.000 (22 of 22);
/// every other chronology book and the sample unchanged (one of blind58's extra entries reads
/// its gerund's act now, "The new application website was tested", its date the same).
///
/// Left: "In 2013, he wrote that then-Attorney General Eric Holder had 'whined' …", now read
/// whole but set aside as the attribution of the words he wrote (the earlier books' convention
/// leaves a writing's attribution out; the gold, written blind, kept this act of a politician's
/// record); a hearing's month in a "said during" clause ("said during his confirmation hearing last
/// month"); a bare month after an announcement of plans read as the plan's and so put in the
/// coming year ("Trump announced plans for this ban in September", written in January 2020); a
/// year told by its start ("President Trump kicked off 2020 … With a visit to a Trump golf
/// course").
const RECALL_REACHED: f64 = 0.846;
const PRECISION_REACHED: f64 = 1.0;

#[test]
fn blind64_chronology() {
    gold::holds_chronology("tests/fixtures/blind64", RECALL_REACHED, PRECISION_REACHED);
}
