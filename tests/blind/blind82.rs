//! The chronology measured on an eighty-second blind book (tests/fixtures/blind82): ten English
//! news pages from fundus's parser test pages, named by no book, whose gold chronology was
//! written by reading them before the extractor ran on them, after every rule merged on main up
//! to 3416b61, by helper chrono66 (so the first measure is blind). Epstein's career and the
//! release of his records, the Supreme Court's birthright ruling, a Rocky Mountain lodge's
//! reopening, a department's office space, a Namibian president's last days, a North Carolina
//! lawsuit, Oman's spaceport, a Teamsters local's profile, a candidate's exit and mothers'
//! child care.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

use crate::gold;

/// Recall and precision reached on the eighty-second blind book. First measured, blind (after every
/// rule merged on main up to 3416b61): recall 0.667 (40 of 60 gold dates), precision 0.851 (40 of
/// 47 extracted). Missed: counts from another dated event ("The death, a month after he was
/// arrested", "The day before Epstein killed himself", "the day before Geingob departed", "about
/// a month after Treasury Board officials announced"); a weekday told after a day of the story
/// ("in the early hours of Sunday morning … he received a call that the president had died",
/// after "on 3 February", dated from the page's day instead); a month without its year after a month of the year before ("In March, she returned to work"
/// after "gave birth in November", dated March 2023, also extra); months and days of the year
/// before the page's ("got married in September", "On a January 31 UPS earnings call", "after
/// having her son in August"); acts named by a year ("In a 2016 deposition", "the high court's
/// 1898 ruling", "his 1861 inaugural address", "during the 2024 wildfire"); a ruling told by its
/// writer's attribution ("wrote for the court on Tuesday"); a release since a weekday ("made
/// public since Wednesday"); "by the end of January"; "In a May 7 memo"; "at the beginning of
/// this year"; approximate counts back ("around two years ago", "almost five years ago"); the
/// death "in August 2019". Extra: figures and statistics of a year ("In 2018, the world sent 452
/// objects into space", "In 2022, more than 1 in 10 young children had a parent who had to
/// quit", "UPS made record profits in 2022", "reaching historic highs in December 2023"); a year
/// labelling an election ("after Trump tried to overturn the 2020 election"); a document
/// labelled by its month ("an August 2025 slideshow").
///
/// Then (session chrono66, three rules, general and unit-tested on invented names): a simple
/// past close before "by" tells what was done by then, not a deadline ("completed the full
/// release by the end of January": January of the page's year, not the next); a figure at a
/// record or historic high or low, or a firm's record result, is a figure of its period
/// ("reaching historic highs in December 2023", "made record profits in 2022"); so is a share
/// of a group told as a ratio opening its clause ("In 2022, more than 1 in 10 young children had
/// a parent who had to quit"). Recall 0.683 (41 of 60), precision 0.911 (41 of 45); every other
/// book unchanged.
///
/// Then (session chrono66, two more rules, unit-tested on invented names): a date between
/// "according to" with its determiner and a piece of writing labels the source cited ("According
/// to an August 2025 slideshow obtained by the Ottawa Citizen"); a bare month earlier in the
/// calendar than the last month told in the narrative's year goes on into the next year when
/// that is the writing's own ("gave birth in November … In March, she returned to work", in a
/// piece of April 2024: March 2024, not 2023). Recall 0.700 (42 of 60), precision 0.955 (42 of
/// 44); every other book unchanged.
const RECALL_REACHED: f64 = 0.7;
const PRECISION_REACHED: f64 = 0.954;

#[test]
fn blind82_chronology() {
    gold::holds_chronology("tests/fixtures/blind82", RECALL_REACHED, PRECISION_REACHED);
}
