//! The chronology measured on a fortieth blind book (tests/fixtures/blind40): ten English news
//! and feature pages of 2013-2015 from the test fixtures of newspaper3k, never used by this
//! project, whose gold chronology was written by reading them before the extractor ran on them,
//! after every rule merged on main up to 399e3cd, by helper chrono27 (so the first measure is
//! blind). A day's stock market, a columnist on a governor's veto, a storm before Thanksgiving,
//! a convent made a hotel, a basketball game, an interview about a film, a bank's profit, a
//! history of zombies in film, an airport's power cut and a football player's foul. Prints the
//! figures (run with `--nocapture`); the assertions hold the level reached, so that it can only
//! improve.

mod gold;

/// Recall and precision reached on the fortieth blind book. First measured, blind (after every
/// rule merged on main up to 399e3cd): BLIND.
const RECALL_REACHED: f64 = 0.0;
const PRECISION_REACHED: f64 = 0.0;

#[test]
fn blind40_chronology() {
    gold::holds_chronology("tests/fixtures/blind40", RECALL_REACHED, PRECISION_REACHED);
}
