//! The chronology measured on a twenty-second blind book (tests/fixtures/blind22): twelve
//! English pages of trafilatura's evaluation set (a new source, never used by this project)
//! whose gold chronology was written by reading them before the extractor ran on them, after
//! every rule merged on main up to 0a2f4a4, by helper chrono14 (so the first measure is
//! blind). A court ruling on a block of Wikipedia, a judge's appointment, an island's
//! restoration, an archaeological find, a manslaughter trial told day by day, a football
//! team's fixtures, an executive's exit, a theft told by weekdays, a hunter's death told by
//! weekdays, a museum's purchase, a climate report and a mayoral election. Prints the figures
//! (run with `--nocapture`); the assertions hold the level reached, so that it can only
//! improve.

mod gold;

/// Recall and precision reached on the twenty-second blind book. First measured, blind (after
/// every rule merged on main up to 0a2f4a4): recall 0.594 (19 of 32 gold dates), precision
/// 0.633 (19 of 30 extracted). Its misses: days with no year after a dated day read into the
/// article's year ("on December 16, 2010" … "She returned to the property on December 27", in a
/// piece of 2012, gave 2011), days counted from another day ("on the day before the fitting",
/// "returned a week later", "the next day"), "Thursday last", "last March", "in 2014" between
/// a subject and its verb, "spring of last year", "earlier this month", a caption that repeats
/// the news ("won … in Tuesday's municipal election"), "since she was elected … in 2019", "was
/// selected by that city's … council in 2021, not elected by voters". Its extras: plans with a
/// day and no year read back a year ("Her last day is April 1" as 2019, "to kick off their
/// Nations League campaign in June" as June 2021), a span of service ("from January 2015 to
/// December 2019"), "an annual initiative since 2010", a label ("the 1998 and 2017
/// acquisitions"), records of a month ("October 2023 was the warmest October ever", "from
/// January to October 2023 has already exceeded"), a hypothetical ("if you'd visited Redonda
/// even five years ago").
const RECALL_REACHED: f64 = 0.59;
const PRECISION_REACHED: f64 = 0.63;

#[test]
fn blind22_chronology() {
    gold::holds_chronology("tests/fixtures/blind22", RECALL_REACHED, PRECISION_REACHED);
}
