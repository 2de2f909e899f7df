//! The chronology measured on a forty-eighth blind book (tests/fixtures/blind48): ten English
//! news and magazine pages of 2013-2015 from newspaper3k's test fixtures, from sites never used
//! by this project, whose gold chronology was written by reading them before the extractor ran
//! on them, after every rule merged on main up to dcf485c, by helper chrono34 (so the first
//! measure is blind). The year's best film scenes, stocks for 2015, Utah's quadruplets, a
//! penny stock's press release, a satire of parents, gas prices and consumers, Brazil's
//! protests before the World Cup, a hotel's ghost walk, Kobane and Rojava, and a tracker of
//! presidential hopefuls' visits. Prints the figures (run with `--nocapture`); the assertions
//! hold the level reached, so that it can only improve.

use crate::gold;

/// Recall and precision reached on the forty-eighth blind book. First measured, blind (after
/// every rule merged on main up to dcf485c): recall 0.778 (14 of 18 gold dates), precision
/// 0.667 (14 of 21 extracted). Missed: the day's news told by a weekday or "today" ("celebrated
/// the arrival of their highly-anticipated quadruplets on Sunday", "leads groups through the
/// Hotel Syracuse today on Historic Ghostwalks"); a listing "early in 2013" in a relative clause
/// ("The stock that went public at $27 early in 2013 is now …"); a Thanksgiving of a year ("at
/// last year's Thanksgiving dinner", read as the year only). Extra: figures of a month or a year
/// ("That's the cheapest gas has been since October 2009", "Brent crude oil has fallen more than
/// $45 a barrel since June and is now below $59 a barrel for the first time since May 2009",
/// "stood at 88.8 in November, up 7 points since July and its highest reading since mid-2007",
/// the last two dated in 2009 by the "since" date before them); a span ("since January of
/// 2013"); a plan ("SeaWorld's CEO is leaving in January", dated January 2014); a time counted
/// from an undated act ("then picked them up again five years later", dated 2004).
///
/// Then (session chrono34, each rule general and unit-tested on invented sentences): an aside
/// between dashes that closes a sentence's opening phrase leaves the phrase's comma, so that
/// its main clause is seen ("After a six-month roller-coaster ride … — not to mention around
/// the world in the news media — the Tyson and Ashley Gardner … celebrated … on Sunday"); the
/// price a stock went public or a thing was launched at dates the act, not a sum of the period
/// ("went public at $27 early in 2013"); any superlative makes "since" a record's ("the
/// cheapest gas has been since October 2009"); a perfect of a rise or fall by a sum since a
/// date is a span ("has fallen more than $45 a barrel since June"); "stood at" a bare number is
/// a value ("stood at 88.8 in November"); a year inside a bound set aside is no date of its own
/// ("since January of 2013", no longer "2013" after "of"); a participle after an article or a
/// possessive is an adjective, no past tense of a present clause ("SeaWorld's CEO is leaving in
/// January, opening the door for an outsider who can help soften the battered brand"). Recall
/// 0.889 (16 of 18), precision 0.889 (16 of 18).
/// Then the United States' Thanksgiving is read as the fourth Thursday of November, of the year
/// stated or of "last year's" ("at last year's Thanksgiving dinner", in a piece of January
/// 2015: 27 November 2014, no longer the year 2014). Recall 0.944 (17 of 18), precision 0.944
/// (17 of 18). Left: the ghost walk "today", told in the present as a schedule is ("leads
/// groups through the Hotel Syracuse today on Historic Ghostwalks from 1 - 3:30 p.m.", kept by
/// the gold as the day's news); "then picked them up again five years later", counted from the
/// capture of 1999 the sentence before (2004, left out by the gold as a time by no date).
const RECALL_REACHED: f64 = 0.944;
const PRECISION_REACHED: f64 = 0.944;

#[test]
fn blind48_chronology() {
    gold::holds_chronology("tests/fixtures/blind48", RECALL_REACHED, PRECISION_REACHED);
}
