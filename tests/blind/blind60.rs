//! The chronology measured on a sixtieth blind book (tests/fixtures/blind60): ten English pages
//! of 2016-2025 from the Postlight (Mercury) parser's test fixtures and the Web Content
//! Extraction Benchmark, named by no book, whose gold chronology was written by reading them
//! before the extractor ran on them, after every rule merged on main up to bc87d3d, by helper
//! chrono44 (so the first measure is blind). An outgoing White House's digital transition, the
//! Berlin attacker shot dead in Milan, the Electoral College's faithless electors, an essay on
//! the Anglosphere's history, an opinion column after a synagogue shooting, a video of a whale
//! taking bait, thirty years of web development year by year, a fact sheet of studies labelled
//! by their years, a coding workflow "going into 2026", and a guide with an update note.
//! Prints the figures (run with `--nocapture`); the assertions hold the level reached, so that
//! it can only improve.

use crate::gold;

/// Recall and precision reached on the sixtieth blind book. First measured, blind (after every
/// rule merged on main up to bc87d3d): recall 0.853 (29 of 34 gold dates), precision 0.806 (29
/// of 36 extracted). Missed: an announcement of plans in the past, "In October, we laid out
/// plans to preserve and pass on the digital legacy" (set aside as a plan); the attack and the
/// flight told after "since" ("since fleeing Berlin Monday after the attack that killed 12");
/// the Electoral College's vote, dated only by "Going into Monday, …" opening a quoted report;
/// the roundtable of a closing italic note ("On the 17th of January 2017, Prospect hosted a
/// roundtable discussion"); the author's start, told in a "when" clause before a negated main
/// clause ("When I started my career in 2012, I didn't have an engineering manager"). Extra: the
/// page's own update note ("This blog post was originally published on the 21st of June 2017
/// and updated on the 18th of July 2025"); states by a year ("By 2018, Kubernetes was the clear
/// winner", "By 2020, starting a new project in plain JavaScript felt almost irresponsible", "By
/// 2024 and 2025, things had stabilized somewhat", dated twice); an opinion by a relative year
/// ("AI coding assistants became game-changers this year"); a present feeling after a fronted
/// participle ("Looking at web development in late 2025, I feel remarkably optimistic"). One
/// extra is the gold's own oversight, a true event its reader passed over: "You may have also
/// heard of the Microsoft Academic search engine, but that was discontinued in December 2021"
/// (the gold is left as written, blind). The 2012 miss is the gold's departure from the
/// earlier books' rule that the writer's own doings in the first person are no events.
///
/// Then (session chrono44, each rule general and unit-tested on invented sentences; the three
/// were measured together, their entries apart): a perfect progressive coordinated after a
/// past act ("In October, we laid out plans to preserve … and have been working to ensure …")
/// no longer makes the clause a state still going on: the act keeps its month. Recall 0.882
/// (30 of 34), precision 0.811 (30 of 37); every other chronology book and the sample
/// unchanged.
/// Then a note on the piece's own publication is known under a note's label and with the
/// piece's noun after a word of its medium ("Update note: This blog post was originally
/// published on … and updated on …"), as "This story was originally published …" was. Recall
/// 0.882 (30 of 34), precision 0.833 (30 of 36); every other chronology book and the sample
/// unchanged.
/// Then a sentence opened by "By" and its date whose main clause tells only a state, with
/// "was" or a verb of seeming before no participle nor progressive ("By 2018, Kubernetes was
/// the clear winner", "By 2020, starting a new project in plain JavaScript felt almost
/// irresponsible"), dates no event ("By April, Russia was radicalising fast" and "By 1917, the
/// party had grown" still tell acts). Recall 0.882 (30 of 34), precision 0.882 (30 of 34);
/// every other chronology book and the sample unchanged.
/// Then a clause told only with "was" or "were" before an adjective, the date after the
/// copula ("2,285 were absent Monday", "driveways were full of cars and trucks at midday
/// Tuesday"), tells a state, no event (not before a participle, "was greenlit", a progressive,
/// a determiner, a number, a preposition or a name; not with a past act coordinated after it).
/// Recall 0.882 (30 of 34), precision 0.882 (30 of 34) here; blind58's precision rises from
/// 0.800 to 0.870 (its two such extras go); every other chronology book and the sample
/// unchanged.
/// Then a date inside an opening present participle's phrase before a main clause that tells
/// no past ("Looking at web development in late 2025, I feel remarkably optimistic") is the time
/// a present view is taken of, no event ("During", "Following", "Starting" and their kind are
/// prepositions). Its entry goes, but the page's 2025 stays on "By 2024 and 2025, things had
/// stabilized somewhat": recall 0.882 (30 of 34), precision 0.882 (30 of 34); every other
/// chronology book and the sample unchanged.
/// Left (session chrono44's stop): the misses of the Electoral College's vote (dated only by
/// "Going into Monday, …" in a quoted report), of the Berlin attack ("since fleeing Berlin
/// Monday after the attack …", found by no mention), of the roundtable (its clause cut at the
/// colon before a title, "with the contributors to: Brexit Britain: …", so ending on "to"),
/// and of the author's start (the convention's first-person rule); extras the opinion "AI
/// coding assistants became game-changers this year" (a relative year), "By 2024 and 2025,
/// things had stabilized somewhat" (a past perfect the earlier books keep after "By"), and the
/// true event the gold passed over (Microsoft Academic's discontinuation).
const RECALL_REACHED: f64 = 0.882;
const PRECISION_REACHED: f64 = 0.882;

#[test]
fn blind60_chronology() {
    gold::holds_chronology("tests/fixtures/blind60", RECALL_REACHED, PRECISION_REACHED);
}
