//! The chronology measured on a seventy-fourth blind book (tests/fixtures/blind74): ten English
//! pages from htmldate's evaluation pages and the Web Content Extraction Benchmark, named by no
//! book, whose gold chronology was written by reading them before the extractor ran on them,
//! after every rule merged on main up to 09e1d57, by helper chrono58 (so the first measure is
//! blind). A Senate bill to tax capital inflows, absentee ballots slow to return in Iowa, Treasury
//! yields in an auction week, "drunkorexia" among students, a radio show's notes on lockdowns and
//! Wisconsin's election, Iloilo's brownouts, South Park's cut-outs at a Broncos game, a county's
//! disability beneficiaries, a new company's record, and a Cree playwright on gods and nature.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

use crate::gold;

/// Recall and precision reached on the seventy-fourth blind book. First measured, blind (after
/// every rule merged on main up to 09e1d57): recall 0.333 (3 of 9 gold dates), precision 0.300
/// (3 of 10 extracted). Missed: an event named by its day ("people who voted in-person for
/// Wisconsin's April 7 election") and a decision in a "when" clause after a statement ("We
/// talked about this earlier this month when the Supreme Court decision … came down"); an
/// outage in a quotation's relative clause ("the 13-hour, more or less, power outage that
/// happened on June 20"); a game in a relative clause ("the NFL's Denver Broncos, who hosted the
/// Tampa Bay Buccaneers for a game on Sunday afternoon"); a date in a record's field ("Effective
/// Date" then "Saturday, July 25, 2020"); a year as a "when" clause's subject ("When 1492 came
/// along with Columbus"). Extra: statistics by a month or a year ("The NFIB Small Business
/// Optimism Index came in at 100.2 in August, rising slightly from July's 98.8 reading", twice;
/// "70 total … in 2019, which is unchanged from 2018"; "an impressive run-up since its March
/// lows", read as September); a market's holiday ("The bond market was closed in observance of
/// the Labor Day holiday on Monday"); a state "as recently as 1945"; a habit's "on a Saturday
/// night" read as the Saturday before the page.
///
/// Then (session chrono58, five rules, each general and unit-tested on invented sentences,
/// measured together): a body made only of block quotes, with no paragraph of the page's own
/// words, is the article set as a quotation and is read ("> … who hosted the Tampa Bay
/// Buccaneers for a game on Sunday afternoon"); a bare year that "when", "once", "until" or
/// "till" opens and a verb of time's coming follows dates its clause ("When 1492 came along
/// with Columbus"); a reading that "came in at" a number is a figure's value ("The NFIB Small
/// Business Optimism Index came in at 100.2 in August"); a date after a figure's move told by
/// a participle or "unchanged", an adverb between or not, and "from" is the base compared with
/// ("rising slightly from July's 98.8 reading", "which is unchanged from 2018"); a closing for a
/// holiday is its calendar's ("The bond market was closed in observance of the Labor Day
/// holiday on Monday"). Recall 0.556 (5 of 9), precision 0.625 (5 of 8); every other
/// chronology book unchanged, and the sample book's gold still matched in full.
/// Then a clause denied after a bound on its date ("as recently as", "as late as") tells how
/// things still stood, a state ("as recently as 1945, women in France weren't allowed to vote
/// or own property"). Precision 0.714 (5 of 7); every other book, and the sample book,
/// unchanged.
///
/// Left: acts dated inside quotations, which the extractor masks ("people who voted in-person
/// for Wisconsin's April 7 election", quoted from Common Dreams; "the 13-hour … power outage
/// that happened on June 20", quoted from a spokesman); a decision in a "when" clause after a
/// statement in the first person ("We talked about this earlier this month when the Supreme
/// Court decision … came down"); a date in a record's field, its label a paragraph before
/// ("Effective Date", then "Saturday, July 25, 2020"); a habit's "on a Saturday night" read as
/// the Saturday before the page (an earlier book keeps "on a Wednesday" as a day); gains given
/// up "since last week", a market's figure read as a state begun then.
///
/// Then (session chrono62, the lead's convention on "since"): a state told from a date by "since"
/// dates nothing unless the sentence tells its beginning, a passive the act undergone then, or a
/// relative clause its noun's start; "have given up a chunk of gains … since its March lows"
/// dropped: precision 0.833 (5 of 6); recall unchanged.
const RECALL_REACHED: f64 = 0.555;
const PRECISION_REACHED: f64 = 0.833;

#[test]
fn blind74_chronology() {
    gold::holds_chronology("tests/fixtures/blind74", RECALL_REACHED, PRECISION_REACHED);
}
