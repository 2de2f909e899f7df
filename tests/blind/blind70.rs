//! The chronology measured on a seventieth blind book (tests/fixtures/blind70): ten English
//! pages of 2020 and 2023 from htmldate's evaluation pages, named by no book, whose gold
//! chronology was written by reading them before the extractor ran on them, after every rule
//! merged on main up to 7412339, by helper chrono54 (so the first measure is blind). The UAW's
//! tentative deal with Stellantis, Congress's stimulus talks after Ruth Bader Ginsburg's death,
//! Italy's borders opened to tourists, a second suspect in a Eugene shooting, Britain's foreign
//! essential workers after Brexit, Singapore Press Holdings' first loss, Aurora's crime rates,
//! Park Ye Jin's DramaWiki profile, Australia's megablaze brought under control, and Bihar's
//! lockdowns.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

use crate::gold;

/// Recall and precision reached on the seventieth blind book. First measured, blind (after
/// every rule merged on main up to 7412339): recall 0.846 (22 of 26 gold dates), precision 0.611
/// (22 of 36 extracted). Missed: a quoted senator's count back from the day he spoke ("Six months
/// ago, we passed unanimously a big bipartisan pandemic relief bill", said on Monday 21
/// September); a year counted from a day whose year the piece gives ("since the lockdown came
/// into effect on 23 March. Four years earlier Brexit came as a 'huge' blow to him"); a birth in
/// a profile's field ("Birthdate: 1981-Apr-01 (age 39)"); an election named in a "since" phrase
/// ("an abrupt reversal since his shock election win last May", read as a poll's figure).
/// Extra: figures and statistics by a year or a month ("went from 458 per 100,000 in 2011 to 753
/// per 100,000 in 2019", "only Denver and Pueblo had a higher violent crime rate in 2019",
/// "trends have worsened in 2020", "Last year, around 85,000 people migrated to the UK", "French
/// overnight stays in Italy hit 14 million last year", "from March to May 2019", "by April the
/// sector had already shed 106,000 jobs", "versus last year's 5.5 cents", "down from S$2.16 as
/// at Aug 31 last year", eight); a span of days ordered the day before it opened, put a year
/// back ("Kumar Ravi ordered a lockdown from July 10 to July 16", written on 9 July, gave 10 July
/// 2019); a plan "at the end of September" written on 24 September ("to avert a government
/// shutdown at the end of September"); statements' days ("Delaware Sen. Chris Coons, outside the
/// Capitol on Monday, told reporters, “…", "McConnell on Wednesday took issue with the attacks",
/// "On Tuesday, opposition leader Tejashwi Yadav had alleged that …").
///
/// Then (session chrono54, two rules, each general and unit-tested on invented sentences,
/// measured together): a count of years ("Four years earlier", "two years later") with no year
/// written before it counts from the year of a day or month told in its paragraph or the one
/// before, that year the piece's when the day had none ("… came into effect on 23 March. Four
/// years earlier Brexit came as a 'huge' blow to him", written in 2020, is 2016; it dated
/// nothing); a day without its year after "from" that opens a span to another ("from July 10 to
/// July 16", "from July 10 till …") at most three weeks after the writing is the coming one,
/// whatever the verb's tense, so a plan ("Kumar Ravi ordered a lockdown from July 10 to July
/// 16", written on 9 July, had been put in 2019). Recall 0.885 (23 of 26), precision 0.639 (23 of
/// 36); every other chronology book unchanged.
/// Then (three rules and a reading of dates, each general and unit-tested on invented
/// sentences, measured together): a name of up to four words, then a phrase set off by commas
/// that tells no act, before "told", "said" or "wrote" is the speaker, and the press ("told
/// reporters, “…", "told journalists that …") one told, so a statement's day ("Delaware Sen.
/// Chris Coons, outside the Capitol on Monday, told reporters, “…") dates no event; a date after
/// "versus" or "vs." dates the figure compared with ("declared, versus last year's 5.5 cents");
/// "as at" a date, as "as of", gives a status ("Net asset value per share was S$2.06 as at Aug
/// 31"); a month or day without its year right before "last year" or "this year" is one date of
/// that year ("as at Aug 31 last year" had given 31 August 2020, and its "last year" a 2019 of
/// its own). Recall 0.885 (23 of 26), precision 0.697 (23 of 33); every other chronology book
/// unchanged, and the sample book's gold still matched in full.
/// Then a clause whose subject is counted in thousands (a number with a thousands' comma: "Last
/// year, around 85,000 people migrated to the UK"), as one counted in millions, tells a figure
/// of the year or the month, not an event (a day's count still is one). Precision 0.719 (23 of
/// 32); every other chronology book unchanged.
/// Then a figure that "hit", "reached" or "topped" a level (a sum, a percentage, millions) that
/// closes its clause or comes before a conjunction or a preposition gives a value ("French
/// overnight stays in Italy hit 14 million last year while …"; "the storm hit 2 million homes"
/// still tells an act). Precision 0.742 (23 of 31); every other chronology book unchanged.
///
/// Left: a quoted count back from its speaker's day ("Six months ago, we passed …", said on
/// Monday); a birth in a profile's field ("Birthdate: 1981-Apr-01"); an election in a "since"
/// phrase of a poll's figure ("since his shock election win last May"); statistics by a year or
/// a month ("went from 458 per 100,000 in 2011 to …", "had a higher violent crime rate in 2019",
/// "trends have worsened in 2020", "from March to May 2019", "by
/// April the sector had already shed 106,000 jobs");
/// a plan in a purpose clause ("to avert a government shutdown at the end of September", written
/// on 24 September); statements of a day ("McConnell on Wednesday took issue with the attacks",
/// "On Tuesday, … Tejashwi Yadav had alleged that …").
const RECALL_REACHED: f64 = 0.884;
const PRECISION_REACHED: f64 = 0.741;

#[test]
fn blind70_chronology() {
    gold::holds_chronology("tests/fixtures/blind70", RECALL_REACHED, PRECISION_REACHED);
}
