//! The chronology measured on a sixty-second blind book (tests/fixtures/blind62): ten English
//! pages of 2016-2025 from the Postlight (Mercury) parser's test fixtures and the Web Content
//! Extraction Benchmark, named by no book, whose gold chronology was written by reading them
//! before the extractor ran on them, after every rule merged on main up to f4044e5, by helper
//! chrono46 (so the first measure is blind). A talk at the White House Frontiers Conference, a
//! clinical trial's record, school spending told by a quoted report, the Energy Department
//! refusing a transition team's request, a museum preservation pilot, a car rental satisfaction
//! study, an archive's AI metadata workflow, the leading generative AI companies, adolescents'
//! mental health by the year's surveys, and a restaurant guide to Oklahoma City.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

use crate::gold;

/// Recall and precision reached on the sixty-second blind book. First measured, blind (after every
/// rule merged on main up to f4044e5): recall 0.875 (14 of 16 gold dates), precision 0.560 (14
/// of 25 extracted). Missed: the clinical trial's start and completion, given only in its
/// record's table ("Actual Study Start Date : | May 13, 2016"). One hit is luck: AMD's
/// announcement "In Q4 2024" is not read (a quarter), but a figure of the same page's 2024 ("the
/// data center GPU market more than doubled year-over-year (YoY) in 2024") takes its place.
/// Extra: statistics by a year ("These deaths peaked in 2018", "more than doubled from 2018 (253
/// deaths) to 2022 (723 deaths)", "(from 13% in 2011 to 14% in 2021)", "beginning in 2020,
/// firearms became the leading cause of death"); a tally by a date ("By June 2024, Deloitte
/// delivered over 700 generative AI projects"); a comparison in brackets ("(similar market share
/// as in 2023)"); a status "as of March 3, 2025" in a bracketed example ("(e.g., NVIDIA's stock
/// was down over 13% …)"); a state since a year in the present perfect ("IoT Analytics has
/// covered the AI markets since 2017", the README's documented reading, against the golds'
/// convention); a survey's span ("The annual study, conducted between August 2024 and August
/// 2025"); a weekday naming a meal ("We dined in a big group for Sunday brunch", read as the
/// Sunday before the article); and the writer's own doing after a "but" ("…, but last winter I
/// stumbled upon my favorite").
///
/// Then (session chrono46, each rule general and unit-tested on invented sentences; the four
/// were measured together, their entries apart): a date inside a bracket that opens on a course
/// from one percentage to another ("(from 13% in 2011 to 14% in 2021)") gives a figure; a date
/// followed by a bracket holding only a figure and its unit ("from 2018 (253 deaths) to 2022
/// (723 deaths)") is a data point; a weekday between "for", an article or a possessive and the
/// noun of a meal or a gathering ("for Sunday brunch", "a Saturday market") names no day; a
/// date after a conjunction inside the sentence with "I" right after it ("…, but last winter I
/// stumbled upon my favorite") is the writer's own doing, as a date before the writer is when it
/// does not open the sentence. Recall 0.875 (14 of 16), precision 0.609 (14 of 23); every other
/// chronology book and the sample unchanged.
/// Then (five rules, measured together): a course of percentages whose first figure carries its
/// date ("Similar trends were seen in suicide attempts: from 10% in 2011 to 13% in 2021") gives
/// figures, as a bracketed one does; a date after "as in" with a likeness before it ("(similar
/// market share as in 2023)") is the base a figure is likened to; a bare superlative after "was"
/// or "were" before the group it holds for ("In 2022, suicide death rates were highest among …")
/// is a figure's standing; a counted noun's peak ("These deaths peaked in 2018") is a record, as
/// a peak at a figure was; a cause's rank ("beginning in 2020, firearms became the leading cause
/// of death") is a ranking. Recall 0.875 (14 of 16), precision 0.700 (14 of 20); every other
/// chronology book and the sample unchanged.
/// Then (four rules, measured together): a course from one toll to another with its first
/// figure dated ("increased from 253 deaths in 2018 to 723 deaths in 2022") gives figures, as a
/// course of percentages does (a course of members stays, as "grew from 10,000 in February to
/// 80,000 in April" does); a date right after a bracket setting figures against each other
/// ("(8.1 vs. 3.8 per 100,000) in 2022") is a data point; the time a survey or a study was
/// conducted ("The annual study, conducted between August 2024 and August 2025") is its
/// fieldwork's, no event; a state told in the past "as of" a date ("(e.g., NVIDIA's stock was
/// down over 13% since the beginning of the year, as of March 3, 2025)") is a status, as one in
/// the present was. Recall 0.875 (14 of 16), precision 0.824 (14 of 17); every other chronology
/// book and the sample unchanged.
/// Then how likely one group was to do a thing, set against another ("In 2021 and 2022, LGBT+
/// adolescents were more likely than their non-LGBT+ peers to report anxiety"), is a statistic,
/// no event. Its entry goes, but the brief's 2022 stays on another figure ("By 2022, the drug
/// overdose death rate of both Hispanic and Black adolescents … surpassed the overdose death
/// rate of White adolescents"): recall 0.875 (14 of 16), precision 0.824 (14 of 17); every
/// other chronology book and the sample unchanged.
///
/// Then (session chrono62, the lead's convention on "since"): a state told from a date by "since"
/// dates nothing unless the sentence tells its beginning, a passive the act undergone then, or a
/// relative clause its noun's start; "IoT Analytics has covered the AI markets … since 2017"
/// dropped: precision 0.875 (14 of 16); recall unchanged.
const RECALL_REACHED: f64 = 0.875;
const PRECISION_REACHED: f64 = 0.875;

#[test]
fn blind62_chronology() {
    gold::holds_chronology("tests/fixtures/blind62", RECALL_REACHED, PRECISION_REACHED);
}
