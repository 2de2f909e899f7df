//! The chronology measured on a fifty-eighth blind book (tests/fixtures/blind58): ten English
//! news pages of 2010-2022 from the Postlight (Mercury) parser's and goose3's test fixtures,
//! named by no book, whose gold chronology was written by reading them before the extractor ran
//! on them, after every rule merged on main up to 20dff38, by helper chrono42 (so the first
//! measure is blind). Democrats on Social Security's anniversary, SpaceX's setbacks, a
//! president's threat over a drug's export ban, a relief programme's first applications, a
//! month's housing figures, Russia's fuel for an Iranian reactor, workers leaving a state under
//! a new law, a review of the Marine Corps, a university's request for a stadium operator, and
//! a study of office temperatures. Prints the figures (run with `--nocapture`); the assertions
//! hold the level reached, so that it can only improve.

use crate::gold;

/// Recall and precision reached on the fifty-eighth blind book. First measured, blind (after every
/// rule merged on main up to 20dff38): recall 0.690 (20 of 29 gold dates), precision 0.690 (20
/// of 29 extracted). Missed: the defence secretary's order of a review, told in the present
/// perfect in the lede and dated by the dateline ("WASHINGTON (Aug. 13) -- … Gates has ordered
/// a review", the 13th, where "Gates did not say Thursday whether the force structure review …"
/// gives the speech's day; an extra on the 13th); NASA's postponement told by the closing
/// "NASA announced on Monday" past the lede; the study "according to a study Monday in Nature
/// Climate Change" (the gold's reading; an attribution by the extractor's); "Moscow announced
/// Friday it will start loading fuel" (an announcement of a plan, set aside as a statement's
/// date); "its decision to support the fourth set of U.N. sanctions in June" and "after
/// Alabama's killer tornadoes in April" (dated nouns in clauses with no past act); "a 2007
/// contract" (a year labelling a thing); the Falcon 9's explosion (dated only in a quotation,
/// "our Sept. 1 anomaly", and by "The September accident"); the website "tested over the
/// weekend" (dated October 2022, the month, an extra). Extra: a poll ("An NBC News/ Wall Street
/// Journal Poll from June showed …"), statements ("Boehner is under fire for indicating in late
/// June that …", "On NBC's "Meet The Press" this past Sunday, Boehner was asked if …", "This
/// morning, however, the government said that key drugs … will be supplied"), the day's
/// figures and a state ("Out of 34,000 Hispanic students, 2,285 were absent Monday", "That
/// number increased from Friday by a few hundred", "driveways were full of cars and trucks at
/// midday Tuesday"), and a report's year in a closing source ("…, according to a report issued
/// last year by the Office of the Independent Budget Analyst"). The 17 October match is
/// "Biden on Monday also expressed optimism …", a statement the gold leaves out, where the
/// gold's event is the launch told by "In remarks at the White House, Biden announced that he
/// was officially launching the new application website".
///
/// Then (session chrono42, each rule general and unit-tested on invented sentences): a
/// connecting adverb set off after a fronted date ("This morning, however, the government said
/// that key drugs … will be supplied") no longer hides the statement's verb and its "that": the
/// date is the statement's, set aside as "In 2015, the board reported that …" was. Recall 0.690
/// (20 of 29), precision 0.714 (20 of 28); every other chronology book and the sample unchanged.
/// Then a date inside the source named after "according to" at the close of a sentence ("…,
/// according to a report issued last year by the Office of the Independent Budget Analyst")
/// dates the source, not the figure or forecast it gives. Recall 0.690 (20 of 29), precision
/// 0.741 (20 of 27); every other chronology book and the sample unchanged.
/// Then a date after "from" and the verb of a figure's move ("That number increased from Friday
/// by a few hundred") is the base the figure moved from, no event (as "up from $34,410 in
/// October 2015" was). Recall 0.690 (20 of 29), precision 0.769 (20 of 26); every other
/// chronology book and the sample unchanged.
/// Then a date closing an opening phrase of occasion ("On NBC's "Meet The Press" this past
/// Sunday, Boehner was asked if …", "In an interview on Tuesday, X said that …") dates the
/// statement, as a bare fronted date did, and a question put ("was asked if", "whether") is a
/// statement. Recall 0.690 (20 of 29), precision 0.800 (20 of 25); every other chronology book
/// and the sample unchanged.
/// Left (session chrono42's stop): the nine misses above; extras the poll and Boehner's
/// "indicating in late June that …" (one pair, June 2010), the dateline's 13 August on the
/// review, "2,285 were absent Monday" and "driveways were full … at midday Tuesday" (a count's
/// and a scene's state told with "were" and an adjective), and the website's test "over the
/// weekend" dated by its month.
///
/// Then (session chrono44, a rule found on blind60): a clause told only with "was" or "were"
/// before an adjective, the date after the copula, tells a state, no event: "2,285 were absent
/// Monday" and "driveways were full of cars and trucks at midday Tuesday" go. Recall 0.690 (20
/// of 29), precision 0.870 (20 of 23).
const RECALL_REACHED: f64 = 0.689;
const PRECISION_REACHED: f64 = 0.869;

#[test]
fn blind58_chronology() {
    gold::holds_chronology("tests/fixtures/blind58", RECALL_REACHED, PRECISION_REACHED);
}
