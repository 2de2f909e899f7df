//! The chronology measured on a thirty-first blind book (tests/fixtures/blind31): ten English
//! pages of a 2025-2026 web-extraction benchmark never used by this project, whose gold
//! chronology was written by reading them before the extractor ran on them, after every rule
//! merged on main up to 7dbc2bc, by helper chrono19 (so the first measure is blind). A moving
//! company investigated, plumbers training as substitute teachers, a bakery chain's growth, a
//! supply-chain vulnerability told by days, tutoring research, a price change announced and
//! postponed, a hosting company's year in review, the best-reviewed films of a year, a
//! newsletter of AI news and a programmer's essay. Prints the figures (run with `--nocapture`);
//! the assertions hold the level reached, so that it can only improve.

use crate::gold;

/// Recall and precision reached on the thirty-first blind book. First measured, blind (after
/// every rule merged on main up to 7dbc2bc): recall 0.579 (11 of 19 gold dates), precision
/// 0.647 (11 of 17 extracted).
///
/// Then (no longer blind: rules written against its misses and extras, each general and
/// unit-tested on invented sentences): what is held now ("founded in Korea in 1988 and now has
/// roughly 4,500 units") is no figure of the date; a bare year before a plural event noun
/// ("chronicles 1988 protests") dates it; what a survey found ("In 2018, a survey … found
/// one-third of U.S. adults check"), a period placed ("the one negative quarter was in 2020"),
/// a rate in the past progressive ("By early 2024, the platform was running about 23 million
/// jobs per day") and a writing's date before an adjective ("a May 2025 corporate filing") are
/// no events: recall 0.684 (13 of 19), precision 0.867 (13 of 15). Then "In 2025," opening a
/// sentence told in the simple past, written in 2025, dates it: recall 0.737 (14 of 19),
/// precision 0.875 (14 of 16). Later rules mended texts only ("In 2024, when we started
/// implementing Change Management …, it still felt like a chore" gives the "when" clause's act).
/// Then (helper chrono20) "this year" closing a clause told in the simple past is the
/// article's year ("opened about 80 new outlets this year"): recall 0.789 (15 of 19), precision
/// 0.882 (15 of 17); and a date in an indirect question is no event ("to figure out who
/// tweaked a setting ten months ago"): precision 0.938 (15 of 16); and a body holding a
/// gathering this week, in the present progressive, tells an event under way ("The Texas
/// Legislature is holding a special session this week"): recall 0.842 (16 of 19), precision
/// 0.941 (16 of 17); and one unit told roughly is still the one before ("about a month ago"):
/// recall 0.895 (17 of 19), precision 0.944 (17 of 18).
/// Then (helper chrono22) "in this final month of the year" is the article's month, as "this
/// month": recall 0.947 (18 of 19), precision 0.947 (18 of 19).
/// Left, missed: "Below is the original announcement from 12/16/25" (a heading, which the
/// extractor does not read; numeric dates it reads since chrono22); extra: "Since August, all
/// GitHub Actions jobs have run on our new architecture" (a state begun, kept by design).
///
/// Then (session chrono62, the lead's convention on "since"): a state told from a date by "since"
/// dates nothing unless the sentence tells its beginning, a passive the act undergone then, or a
/// relative clause its noun's start; "Since August, all GitHub Actions jobs have run" dropped:
/// precision 1.000 (18 of 18); recall unchanged.
const RECALL_REACHED: f64 = 0.947;
const PRECISION_REACHED: f64 = 1.0;

#[test]
fn blind31_chronology() {
    gold::holds_chronology("tests/fixtures/blind31", RECALL_REACHED, PRECISION_REACHED);
}
