//! Dates that are no events of the story, whatever their grammar: the apparatus around it
//! (the author's bio, reference lists, citations' retrieval dates, a caption's credit), a
//! catalogue's entries, the writer's own doings, quotations and embedded posts, a poll's
//! figures, a count or a quarter's results, a story's setting, a status "as of" a date, an
//! impression, a schedule and a habit told in the present. Each predicate reads a paragraph, a
//! clause or a sentence with the byte where its date starts; the extractor sets aside what
//! they match, with the reason, for the editor ([`clause_aside`] tries the clause-level ones
//! from a table).

use std::sync::OnceLock;

use regex::Regex;

use super::extract::{tells_only_a_state, words_before, ESTIMATE_VERBS, SPEECH_VERBS, YEAR};
use super::fragment;
use crate::model::{Article, Inline, Table};

/// A line laid out in columns with a year standing alone in one ("Repeat Performance
/// ␣␣␣1947␣␣A woman who shot her husband … in 1946 wishes …"): a table row set as text, an
/// entry of a catalogue of works of that year.
pub fn has_year_column(text: &str) -> bool {
    static COLUMN: OnceLock<Regex> = OnceLock::new();
    COLUMN
        .get_or_init(|| Regex::new(&format!(r"\S {{2,}}{YEAR} {{2,}}\S")).expect("year column pattern"))
        .is_match(text)
}

/// A table's cells, each with whether it describes a catalogue entry: a cell of a body row
/// that has another cell holding only a year (a list of films, books or records and their
/// years). A table of dated events has its events in such cells too, told in the past.
pub fn catalogue_cells(table: &Table) -> impl Iterator<Item = (&Vec<Inline>, bool)> {
    let is_year = |cell: &Vec<Inline>| {
        let text = crate::model::plain_text(cell);
        let text = text.trim();
        text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && (text.starts_with('1') || text.starts_with("20"))
    };
    let caption = table.caption.iter().chain(table.head.iter().flatten()).map(|c| (c, false));
    let body = table.body.iter().flat_map(move |row| {
        let dated = row.iter().any(is_year);
        row.iter().map(move |c| (c, dated && !is_year(c)))
    });
    caption.chain(body)
}

/// A record's field that dates its subject's coming into being: a body row of two cells, a
/// short label naming the act ("Establishment:", "Founded", "Year of incorporation") and a
/// value holding a year ("1946"). The act is told as a sentence of the record's `subject`
/// ("Sony Corporation was established in 1946"), so that it is read as one; the cell with its
/// value, and the sentence.
pub fn origin_fields<'t>(table: &'t Table, subject: &'t str) -> impl Iterator<Item = (&'t Vec<Inline>, String)> {
    table.body.iter().filter_map(move |row| {
        let [label, value] = row.as_slice() else { return None };
        let sentence = origin_sentence(&crate::model::plain_text(label), &crate::model::plain_text(value), subject)?;
        Some((value, sentence))
    })
}

/// A list's item that is such a field, its label before a colon ("Founded: 1954",
/// "Franchised: 1958" in a franchise's fast facts): the sentence it stands for.
pub fn origin_item(item: &[Inline], subject: &str) -> Option<String> {
    let text = crate::model::plain_text(item);
    let (label, value) = text.split_once(':')?;
    origin_sentence(label, value, subject)
}

/// The sentence a field stands for, if its label names a coming into being in a few words
/// and its value holds a year: "Kumon was founded in 1954".
fn origin_sentence(label: &str, value: &str, subject: &str) -> Option<String> {
    // A label's words, each with the participle telling its act.
    const ACTS: [(&str, &str); 14] = [
        ("established", "established"),
        ("establishment", "established"),
        ("founded", "founded"),
        ("founding", "founded"),
        ("foundation", "founded"),
        ("incorporated", "incorporated"),
        ("incorporation", "incorporated"),
        ("formed", "formed"),
        ("formation", "formed"),
        ("opened", "opened"),
        ("launched", "launched"),
        ("born", "born"),
        // (A franchise's start: "Franchised: 1958", "Franchising since 1958".)
        ("franchised", "first franchised"),
        ("franchising", "first franchised"),
    ];
    let label = label.to_lowercase();
    let words: Vec<&str> = label.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let act = (words.len() <= 4).then(|| words.iter().find_map(|w| ACTS.iter().find(|(l, _)| l == w)).map(|(_, a)| *a)).flatten()?;
    let text = value.trim();
    let year = text.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && (d.starts_with('1') || d.starts_with("20")));
    let day = text.split(|c: char| !c.is_ascii_digit()).any(|d| (1..=2).contains(&d.len()));
    let preposition = if day { "on" } else { "in" };
    year.then(|| format!("{subject} was {act} {preposition} {text}."))
}

/// A caption that ends on its picture's credit, as a sentence of its own: "United Nations
/// peacekeepers at a refugee camp in Sudan on Monday. … Credit Ashraf Shazly/Agence
/// France-Presse — Getty Images".
pub fn ends_with_credit(text: &str) -> bool {
    let last = text.trim_end().rsplit(". ").next().unwrap_or("");
    let mut words = last.split_whitespace();
    // ("… in Taipei on December 29. Photo: AP": a credit labelled as the picture's.)
    let opener = words.next().is_some_and(|w| {
        w.trim_end_matches(':') == "Credit" || w.strip_suffix(':').is_some_and(|label| ["Photo", "Photograph", "Picture", "Image"].contains(&label))
    });
    let rest: Vec<&str> = words.collect();
    let credited = opener
        && (1..=12).contains(&rest.len())
        && rest.first().is_some_and(|w| w.starts_with(char::is_uppercase));
    // "… in Seoul on Thursday. Anthony Wallace / AFP - Getty Images", "… on November 19,
    // 2019. © Reuters / David Mercado": names and an agency split by a slash, nothing else.
    let all: Vec<&str> = last.split_whitespace().collect();
    let credit_line = last.len() < text.trim_end().len()
        && last.contains('/')
        && (2..=10).contains(&all.len())
        && all.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '©') || ["/", "-", "–", "—", "via"].contains(w));
    credited || credit_line
}

/// Why the date at bytes `start..end` of the sentence `s`, whose clause cut out is `clause`,
/// dates no event, if one of these asides holds: each predicate with its reason, tried in
/// order.
pub fn clause_aside(s: &str, start: usize, end: usize, clause: &str) -> Option<&'static str> {
    type Check<'a> = (&'a dyn Fn() -> bool, &'static str);
    let checks: [Check; 41] = [
        // So is a total reached by then, in the past perfect ("As of 2016, the country had
        // admitted more than 1.4 million refugees"): a running count, not an event. ("As of
        // May, the firm stopped selling it" tells one: from then on.)
        // So is a state told in the past ("(e.g., the stock was down 13%, as of March 3)").
        (&|| is_status_as_of(s, start) && (fragment::has_present_verb(clause) || is_running_total(clause) || tells_only_a_state(clause) || is_figure_reckoned_as_of(s, start)), "a status as of the date, not an event"),
        (&|| is_counterfactual(s, start) || counterfactual_follows(s, end), "what would have happened, not an event"),
        (&|| is_past_conditional(s, start), "a date in a conditional of what did not happen, not an event"),
        (&|| is_still_at(s, start), "what still held at the date (a state), not an event"),
        (&|| is_reporting_period(s, start), "a period a figure is given for, not an event"),
        (&|| is_count_for_period(s, end) || is_count_closed_by_period(s, start), "a count of what there was in the period, not an event"),
        (&|| is_impression(clause), "an impression or an opinion, not an event"),
        (&|| is_estimate_of_what_could_be(clause), "an estimate of what could happen (a forecast), not an event"),
        (&|| is_quality(clause), "a quality at the date (a state), not an event"),
        (&|| is_question(s) && !asks_after_colon(s, end) && !told_in_apposed_relative(s, start), "a question, not an event"),
        (&|| is_citation(s, start), "a citation's date (a volume and number), not an event"),
        (&|| is_habitual(s, start), "when something usually happens, not an event"),
        (&|| is_indirect_question(s, start), "what one seeks to know (an indirect question), not an event"),
        (&|| is_percentage_figure(clause), "a figure for the period (a percentage), not an event"),
        (&|| is_percent_course(clause), "a figure's course from one percentage to another, not an event"),
        (&|| in_dated_percent_course(s, start), "a figure's course from one percentage to another, not an event"),
        (&|| is_likeness_base(s, start), "the base a figure is likened to, not an event"),
        (&|| is_superlative_standing(clause), "a figure's standing among others (a superlative), not an event"),
        (&|| is_data_point(s, start, end), "a year of a figure given in brackets after it (a data point), not an event"),
        (&|| is_financial_result(clause), "a financial result for the period, not an event"),
        (&|| is_holding_figure(clause) && !reached_by(s, start), "what was held at the date (a figure), not an event"),
        (&|| is_value_figure(clause), "a figure's value at the date, not an event"),
        (&|| is_share_figure(clause), "a share of a whole held in the period (a figure), not an event"),
        (&|| is_rate_figure(clause), "a rate for the period (a figure), not an event"),
        (&|| is_peak_figure(clause), "the peak a figure reached in the period, not an event"),
        (&|| is_record_level(clause), "a record level a figure reached in the period, not an event"),
        (&|| is_ratio_share(clause), "a share of a group told as a ratio (a statistic), not an event"),
        (&|| is_toll_over_a_period(clause), "a toll counted over a recurring period (a statistic), not an event"),
        (&|| is_toll_so_far(clause), "a toll counted up to the writing (a present perfect), not an event"),
        (&|| is_change_since(s, start, clause), "a figure changed up to now since the date (a span), not an event"),
        (&|| is_request_for_comment(s, start), "the day a request for comment went unanswered, not an event"),
        (&|| is_earlier_estimate(s, start), "a figure estimated at the date (a forecast revised since), not an event"),
        (&|| is_tally_over_a_run(clause), "a tally over a run of games, not an event"),
        (&|| is_writings_date(s, start, end), "the date of a writing that says something, not an event"),
        (&|| is_class_reached_by(s, start), "what marks a class of things by a date (a relative clause), not an event"),
        (&|| is_existence(s, start), "what existed at the date (a state), not an event"),
        (&|| is_survey_finding(clause), "what a survey or a study found (a figure), not an event"),
        (&|| is_inquiry_fieldwork(clause), "the time a survey or a study was made, not an event"),
        (&|| is_likelihood_comparison(clause), "how likely one group was to do a thing (a statistic), not an event"),
        (&|| is_period_placed(s, start), "which period a figure's best or worst was (a state), not an event"),
        (&|| is_holiday_closing(s), "a closing for a holiday (a schedule), not an event"),
    ];
    checks.iter().find(|(holds, _)| holds()).map(|(_, reason)| *reason)
}

/// "The bond market was closed in observance of the Labor Day holiday on Monday", "the
/// offices were shut for the Easter holiday": a closing that a holiday brings is its
/// calendar's, kept every year, not an event (a closing for a storm or a strike is one).
fn is_holiday_closing(s: &str) -> bool {
    static CLOSING: OnceLock<Regex> = OnceLock::new();
    CLOSING
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:closed|shut)\s+(?:in\s+observance\s+of|for)\s+(?:the\s+)?(?:[\w’']+\s+){0,3}(?:holidays?|bank\s+holiday)\b")
                .expect("holiday closing pattern")
        })
        .is_match(s)
}

/// "In 2019, a poll of 2,000 farmers by the union found two-thirds expect to sell": what a
/// survey or a study found, the clause's subject, is a figure of its time, not an event; so
/// is what data or results released stated ("Data released in May 2023 by two makers stated
/// that pills and injections are about equally effective").
fn is_survey_finding(clause: &str) -> bool {
    const INQUIRIES: &[&str] = &["survey", "poll", "study", "census", "analysis", "review", "audit"];
    const MASS_INQUIRIES: &[&str] = &["data", "research", "results", "findings", "figures"];
    const FINDINGS: &[&str] = &["found", "finds", "showed", "shows", "revealed", "concluded", "suggested", "stated", "indicated"];
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let subject = match words.as_slice() {
        [det, noun, ..] if ["a", "an", "the", "one"].contains(&det.as_str()) => {
            INQUIRIES.contains(&noun.as_str()) || MASS_INQUIRIES.contains(&noun.as_str())
        }
        [noun, ..] => MASS_INQUIRIES.contains(&noun.as_str()),
        [] => false,
    };
    subject && words.iter().any(|w| FINDINGS.contains(&w.as_str()))
}

/// "The annual study, conducted between August 2024 and August 2025", "The poll was carried
/// out in May": the time an inquiry was made is its fieldwork's, a label of its figures, not
/// an event ("The survey was published in May" tells one).
fn is_inquiry_fieldwork(clause: &str) -> bool {
    static FIELDWORK: OnceLock<Regex> = OnceLock::new();
    FIELDWORK
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:survey|surveys|poll|polls|study|studies|census|interviews)\s+(?:was|were)\s+(?:conducted|carried\s+out|fielded)\b")
                .expect("fieldwork pattern")
        })
        .is_match(clause)
}

/// "In 2022, girls were more likely than boys to report anxiety", "renters were twice as
/// likely to move": how likely one group was to do a thing, set against another, is a
/// statistic of the period, not an event.
fn is_likelihood_comparison(clause: &str) -> bool {
    static LIKELY: OnceLock<Regex> = OnceLock::new();
    LIKELY
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:more|less|(?:twice|half|\w+\s+times)\s+as)\s+likely\b")
                .expect("likelihood pattern")
        })
        .is_match(clause)
}

/// "The worst month was in 2020", "(the one negative quarter was in 2020)": a period noun,
/// then "was in" the date, places a figure's period, no event ("The last flood was in 1998"
/// tells one).
fn is_period_placed(s: &str, at: usize) -> bool {
    const PERIODS: &[&str] = &["quarter", "quarters", "month", "months", "year", "years", "week", "weeks", "season", "seasons"];
    matches!(words_before(s, at, 3).as_slice(), [period, verb, prep]
        if PERIODS.contains(&period.as_str()) && ["was", "were"].contains(&verb.as_str()) && ["in", "during"].contains(&prep.as_str()))
}

/// "The whistleblower would then have claimed … before the 2012 election": what would have
/// happened, in the conditional perfect before the date, did not.
pub fn is_counterfactual(s: &str, at: usize) -> bool {
    let before = words_before(s, at, usize::MAX);
    before.windows(3).any(|w| {
        ["would", "could", "might"].contains(&w[0].as_str()) && (w[1] == "have" || w[1] == "then" && w[2] == "have")
    })
}

/// "nearly 90 percent of the new cases in 2022 could have been prevented": a conditional
/// perfect right after the date tells what might have been, no event ("vetoed a bill last week
/// that would have allowed …" dates the veto: the conditional is a relative clause's).
fn counterfactual_follows(s: &str, end: usize) -> bool {
    let after: Vec<String> = s[end..]
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    matches!(after.as_slice(), [modal, have] if ["would", "could", "might"].contains(&modal.as_str()) && have == "have")
}

/// "If you'd visited the island even five years ago, you'd have seen …": a date in an "if"
/// clause in the past perfect tells what did not happen.
fn is_past_conditional(s: &str, at: usize) -> bool {
    let before = words_before(s, at, 12);
    before.iter().rposition(|w| w == "if").is_some_and(|k| {
        before[k + 1..].iter().any(|w| w == "had" || w.ends_with("’d") || w.ends_with("'d"))
    })
}

/// "poor choices … are inflicting significant hardship still in 2020": what still held at
/// the date is a state going on, not something that happened then.
fn is_still_at(s: &str, at: usize) -> bool {
    matches!(words_before(s, at, 2).as_slice(), [still, prep] if still == "still" && ["in", "on", "at", "by", "during"].contains(&prep.as_str()))
}

/// "exports to China in the first half of 2019 sinking to $1.3 billion", "in the second
/// quarter of 2018": a period of the calendar that a figure is given for.
/// So is a period named by its last day: "in the third quarter ended Sept. 29", "the fiscal
/// year ending June 30".
pub fn is_reporting_period(s: &str, at: usize) -> bool {
    let before = words_before(s, at, 3);
    let part_of = matches!(before.as_slice(),
        [ordinal, part, of] if ["first", "second", "third", "fourth", "last"].contains(&ordinal.as_str())
            && ["half", "quarter"].contains(&part.as_str()) && of == "of");
    // ("In the year to June 2018", "the 12 months through March": the same, told by its end.)
    let ended = matches!(before.as_slice(),
        [.., period, end] if ["quarter", "year", "half", "period", "month", "months", "week", "weeks", "season"].contains(&period.as_str())
            && ["ended", "ending", "ends", "to", "through", "till", "until"].contains(&end.as_str()));
    part_of || ended
}

/// "found that in 2015, there were 9 million premature deaths": a count of what there was
/// in the period, not an event. So is a tally of the period marked by "alone" after its date
/// ("In 2019 alone, more than 2 million riders took the ferry").
pub fn is_count_for_period(s: &str, end: usize) -> bool {
    let words: Vec<String> = s[end..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    if words.first().is_some_and(|w| w == "alone") {
        return true;
    }
    existential_count(&words)
}

/// "there were 9 million deaths", "there were a handful of commits": an existential whose
/// first words (lower case, `words`) give a count.
fn existential_count(words: &[String]) -> bool {
    let there_were = words.len() >= 3 && words[0] == "there" && ["were", "was", "are", "is"].contains(&words[1].as_str());
    there_were
        && words[2..].iter().take(3).any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                // ("In 2014, there were a handful of commits": a count in words too.)
                || ["million", "billion", "thousand", "thousands", "hundreds", "dozens", "millions", "handful", "dozen", "few", "several", "number"].contains(&w.as_str())
        })
}

/// "There were a handful of commits in 2014": an existential count that the date closes, with
/// no other verb between, is a count of the period ("There were several hearings before the
/// judge ruled in May 2014" dates the ruling).
pub fn is_count_closed_by_period(s: &str, start: usize) -> bool {
    let head = s[..start].trim_start();
    let words: Vec<String> = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    existential_count(&words) && !fragment::tells_the_past(&words[2..].join(" "))
}

/// "1 of 18. Rescuers search the waters off Velmora on May 3, 2021.": a paragraph opening on a
/// gallery's counter (a picture's number of the pictures) is that picture's caption.
pub fn opens_on_gallery_counter(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    match words.as_slice() {
        [n, "of", m, next, ..] => {
            let m = m.trim_end_matches(['.', ':', '|']);
            let set_off = words[2].len() > m.len() || ["|", "-", "–", "—"].contains(next);
            match (n.parse::<u32>(), m.parse::<u32>()) {
                (Ok(n), Ok(m)) => set_off && (1..=m).contains(&n) && m <= 500,
                _ => false,
            }
        }
        _ => false,
    }
}

/// A post embedded in the page: its text, ending on the picture link a tweet carries
/// ("… predictable. pic.twitter.com/fCX2Ptc7YN") or followed by the post's credit line
/// ("— Josh Apte (@joshapte) November 3, 2019"). Its words are the poster's, quoted.
pub fn is_embedded_post(text: &str, next: Option<&str>) -> bool {
    let picture = text.split_whitespace().last().is_some_and(|w| w.starts_with("pic.twitter.com/"));
    let credited = next.is_some_and(|n| {
        let n = n.trim_start();
        n.starts_with(['—', '–']) && n.contains("(@") && n.split_whitespace().count() <= 16
    });
    picture || credited
}

/// "ahead of their session that starts in early January", "the tour that stops at the
/// Blossom Music Center on July 22": a relative clause in the present whose verb governs the
/// date, its object or place between with no verb of its own, is a schedule.
pub fn relative_in_present(s: &str, at: usize) -> bool {
    // (Within the comma's clause: "the firm that owns it, which closed on Monday".)
    let clause_from = s[..at].rfind(", ").map_or(0, |c| c + 2);
    let words = words_before(&s[clause_from..], at - clause_from, 8);
    let Some(k) = words.iter().rposition(|w| ["that", "which", "who"].contains(&w.as_str())) else {
        return false;
    };
    match &words[k + 1..] {
        [verb, between @ .., prep] => {
            verb.len() > 3
                && verb.ends_with('s')
                && !verb.ends_with("ss")
                // ("selected by that city’s council in 2021": "that" determines a possessive.)
                && !verb.ends_with("’s")
                && !verb.ends_with("'s")
                && !fragment::tells_the_past(verb)
                && !between.iter().any(|w| fragment::tells_the_past(w) || fragment::has_present_verb(w) || ["and", "but", "when"].contains(&w.as_str()))
                && ["in", "on", "at", "during", "by"].contains(&prep.as_str())
        }
        _ => false,
    }
}

/// "What would have been the reaction in 2012 had …?": a question states no event.
pub fn is_question(sentence: &str) -> bool {
    sentence.trim_end().trim_end_matches(['”', '"', '’', ')']).ends_with('?')
}

/// "How else can you describe someone who backed both Ann Vale and Tora Quist, who ran for
/// mayor in 1964?": a relative clause set off by a comma (or a bracket), its verb in the past,
/// tells a fact about its noun, not what the question asks.
fn told_in_apposed_relative(s: &str, start: usize) -> bool {
    let head = &s[..start];
    let Some(at) = [", who ", ", which ", "(who ", "(which "].iter().filter_map(|p| head.rfind(p).map(|i| i + p.len())).max() else {
        return false;
    };
    let part = &head[at..];
    !part.contains([',', '?', ';', ')', '(']) && part.split_whitespace().next().is_some_and(fragment::tells_the_past)
}

/// "When they filed their suit in 2024, they joined the creators asking a question: shouldn't
/// artists be paid?": a colon after the date opens the question; what is told before it is a
/// statement.
fn asks_after_colon(s: &str, end: usize) -> bool {
    s[end..].contains(':')
}

/// "Science News, volume 162, number 22, November 30, 2002", "Journal of Algebra, vol. 9,
/// September 1999": a date after a volume's number is a citation's.
fn is_citation(s: &str, at: usize) -> bool {
    let before = words_before(s, at, 8);
    before.windows(2).any(|w| ["volume", "vol", "issue"].contains(&w[0].as_str()) && w[1].chars().all(|c| c.is_ascii_digit()))
}

/// "as soon as the IRS begins accepting filings – typically, the last week of January": a
/// date told as the usual time of a recurring act names no event (not "The fair, which
/// typically runs five days, began on Sunday": a past verb after the adverb tells one).
fn is_habitual(s: &str, at: usize) -> bool {
    const USUALLY: &[&str] = &["typically", "usually", "normally", "generally", "customarily"];
    let before = words_before(s, at, 6);
    before
        .iter()
        .rposition(|w| USUALLY.contains(&w.as_str()))
        .is_some_and(|k| !before[k + 1..].iter().any(|w| fragment::tells_the_past(w)))
        || opens_on_a_recurrence(s)
}

/// Units of time a recurring act comes back in ("Each year", "Every spring").
const RECURRENCE_UNITS: &[&str] = &[
    "year", "month", "week", "day", "night", "morning", "evening", "season", "spring", "summer", "autumn", "fall", "winter",
];

/// "Each year, the guilds hold contests judged by the winners of last year's": a sentence
/// opening on "Each" or "Every" and a unit of time tells what recurs, and a date in it
/// ("last year's", "since 2010") dates no one event.
fn opens_on_a_recurrence(s: &str) -> bool {
    let words: Vec<String> = s.split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    matches!(words.as_slice(), [each, unit] if (each == "each" || each == "every") && RECURRENCE_UNITS.contains(&unit.as_str()))
}

/// "to figure out who tweaked a setting ten months ago": a date in a question that a verb of
/// finding out or knowing asks tells what is sought, not what happened ("when" aside:
/// "remember when the ship sailed in 2004" recalls an event).
fn is_indirect_question(s: &str, at: usize) -> bool {
    const ASKING: &[&str] = &["know", "knew", "wonder", "wondered", "ask", "asked", "determine", "check", "learn"];
    const WH: &[&str] = &["who", "what", "why", "how", "whether", "which"];
    let before = words_before(s, at, 10);
    let asks = |k: usize| {
        ASKING.contains(&before[k].as_str())
            || before[k] == "out" && k > 0 && ["figure", "find", "figuring", "finding"].contains(&before[k - 1].as_str())
    };
    (0..before.len().saturating_sub(1)).any(|k| asks(k) && WH.contains(&before[k + 1].as_str()))
}

/// "As of late 2015, Firefox has approximately 10-11% of usage share": told in the present,
/// how things stood at the date, not something that happened then ("as at Aug 31", the same
/// in British and Commonwealth accounts).
pub fn is_status_as_of(s: &str, at: usize) -> bool {
    let before = words_before(s, at, 3);
    let before: Vec<&str> = before.iter().map(String::as_str).filter(|w| !["early", "late", "mid"].contains(w)).collect();
    matches!(before.as_slice(), [.., "as", "of" | "at"])
}

/// An entry of a reference list marked as such: "^ Goodger, Ben (February 6, 2006) …",
/// "46. ^ …" (the caret of a wiki's back-link).
pub fn is_reference_entry(text: &str) -> bool {
    text.trim_start().trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches('.').trim_start().starts_with('^')
}

/// "Correction, Nov. 15, 2019: This article originally misidentified …", "Editor’s note:
/// …", "Clarification added Nov. 18:": a paragraph about the piece itself, opened by its label
/// and closed by a colon within its first words.
pub fn is_note_on_the_piece(text: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    NOTE.get_or_init(|| {
        Regex::new(r"^\W*(?:Correction|Clarification|Editor[’']s\s+[Nn]ote|CORRECTION)\b[^:.]{0,40}(?:\.[^:.]{0,30})?:")
            .expect("note pattern")
    })
    .is_match(text)
}

/// "Retrieved 2012-08-21", "Archived from the original on October 4, 2002", "accessed 3
/// May 2019": the date a source was read or archived.
pub fn is_citation_note(s: &str, at: usize) -> bool {
    words_before(s, at, 5).iter().any(|w| ["retrieved", "accessed", "archived"].contains(&w.as_str()))
}

/// Verbs that, followed by a quotation, report words rather than an event ("called the debt
/// “the transcendent issue of our era”").
const QUOTING_VERBS: &[&str] = &[
    "called", "calls", "call", "described", "describes", "describe", "dubbed", "dub", "termed", "term",
];

/// A clause whose verb reports words and that ends on the quotation: what someone said,
/// not what happened. Not when a verb told in the past stands between that verb and the
/// quotation: the marks then set off a word of the clause reported ("said the boys were
/// acting “weird”"), not the words said.
pub fn is_quotation(clause: &str) -> bool {
    let trimmed = clause.trim_end_matches(|c: char| c.is_whitespace() || ".,;!?".contains(c));
    // The opening mark of the quotation the clause ends on (a straight one is its own pair).
    let Some(body) = trimmed.strip_suffix(['”', '"']) else { return false };
    let Some(open) = body.rfind(['“', '"']) else { return false };
    let before = words_before(body, open, 8);
    before.iter().rposition(|w| SPEECH_VERBS.contains(&w.as_str()) || QUOTING_VERBS.contains(&w.as_str())).is_some_and(|k| {
        !before[k + 1..].iter().any(|w| fragment::tells_the_past(w))
    })
}

/// Whether the date belongs to a clause whose subject is the writer ("I wrote a good primer
/// in 2009", "I performed a browsing test last week"): an aside about the writing, not an
/// event of the story. "I" must stand before the date in the same clause, with no comma or
/// relative word between ("I thank those who outlined protocols in March 2019" dates their
/// doing), and not after a capital ("World War I"). A date set before the writer ("In late
/// 2011 I sat in the newsroom") opens a story told in the first person and stays.
pub fn told_by_the_writer(s: &str, at: usize) -> bool {
    let words: Vec<&str> = s[..at].split_whitespace().collect();
    // "By the time of my visit in February": the writer's own doing, named by its noun.
    if let [.., my, _, prep] = words_before(s, at, 3).as_slice() {
        if my == "my" && ["in", "on", "at", "during", "last"].contains(&prep.as_str()) {
            return true;
        }
    }
    let Some(i) = words.iter().rposition(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        w == "I" || w.starts_with("I’") || w.starts_with("I'")
    }) else {
        return false;
    };
    let after_capital = i > 0 && words[i - 1].starts_with(char::is_uppercase) && !words[i - 1].ends_with([',', '.', ';', ':']);
    let relative = words[i + 1..].iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        ["who", "which", "that", "whose", "whom", "when", "where"].contains(&w.as_str())
    });
    // "As I wrote in 2015, the firm went bankrupt in 2016": past a comma, another clause.
    let other_clause = words[i..].iter().any(|w| w.ends_with([',', ';', ':']));
    !after_capital && !relative && !other_clause
}

/// "Velmora has good cafés, but last winter I stumbled upon my favourite": a date after a
/// conjunction inside the sentence (a preposition may stand between), with the writer right
/// after it, tells the writer's own doing ("In late 2011 I sat in the newsroom", a date that
/// opens the sentence, opens a story and stays).
pub fn writer_after_joined_date(s: &str, start: usize, end: usize) -> bool {
    const JOINING: &[&str] = &["but", "and", "so", "yet"];
    const PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "by"];
    let before = words_before(s, start, 3);
    let joined = match before.as_slice() {
        [.., _, conj, prep] if PREPOSITIONS.contains(&prep.as_str()) => JOINING.contains(&conj.as_str()),
        [.., _, conj] => JOINING.contains(&conj.as_str()),
        _ => false,
    };
    let writer = s[end..].trim_start_matches([',', ' ']).split_whitespace().next().is_some_and(|w| w == "I");
    joined && writer
}

/// "Set in 1983 in Northern Italy, the film …", "a novel set in the summer of 1961": the time
/// a story is set in.
pub fn is_setting(s: &str, at: usize) -> bool {
    // "Set in New York City in 1981, the actor plays …": an opening participle, its place
    // before its time.
    let opening = s.trim_start().strip_prefix("Set ").is_some_and(|rest| {
        let rest = rest.trim_start();
        (rest.starts_with("in ") || rest.starts_with("during ")) && !s[..at].contains([',', ';', '.'])
    });
    if opening {
        return true;
    }
    let before = words_before(s, at, 5);
    before.iter().rposition(|w| w == "set").is_some_and(|k| {
        before.get(k + 1).is_some_and(|w| ["in", "during", "on"].contains(&w.as_str()))
            && !before[..k].iter().any(|w| ["is", "was", "are", "were", "be", "been"].contains(&w.as_str()))
    })
}

/// Whether the date follows a pronoun, a verb not in the past and its preposition ("a
/// launch page we use in 2012"): a present habit, whatever else the sentence tells.
pub fn governed_by_present(s: &str, at: usize) -> bool {
    match words_before(s, at, 3).as_slice() {
        [pronoun, verb, prep] => {
            ["i", "we", "you", "they"].contains(&pronoun.as_str())
                && ["in", "on", "at", "during"].contains(&prep.as_str())
                && !fragment::tells_the_past(verb)
        }
        _ => false,
    }
}

/// Whether the date follows a past verb and its preposition ("approved in February") not
/// led by a future or an infinitive ("will be approved in May", "to be held in June").
pub fn dates_past_action(s: &str, at: usize) -> bool {
    const LEADS: &[&str] = &["be", "been", "being", "will", "would", "to", "shall", "should", "may", "might", "must"];
    let before = words_before(s, at, 3);
    let [rest @ .., verb, prep] = before.as_slice() else { return false };
    let led = rest.last().is_some_and(|w| LEADS.contains(&w.as_str()));
    ["in", "on", "at", "during"].contains(&prep.as_str()) && fragment::tells_the_past(verb) && !led
}

/// A paragraph about the article's author: it opens with the author's name and a verb of
/// a bio ("Nelson D. Schwartz has covered economics since 2012 … He joined The Times in
/// 2007"). Its dates are the author's career, not the story's events.
pub fn is_author_bio(text: &str, article: &Article) -> bool {
    article.meta.author.as_deref().is_some_and(|author| opens_bio_of(text, author))
}

/// Whether `text` opens with `author`'s name (two words at least, without what follows a
/// bracket or a comma: "Bradley M. Kuhn (http://…)") and a verb of a bio.
fn opens_bio_of(text: &str, author: &str) -> bool {
    const BIO_VERBS: &[&str] = &[
        "is", "was", "has", "covers", "writes", "reports", "joined", "lives", "teaches", "works",
    ];
    let name = author.split(['(', ',', '|']).next().unwrap_or("").trim();
    name.split_whitespace().count() >= 2
        && text
            .trim_start()
            .strip_prefix(name)
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|verb| BIO_VERBS.contains(&verb))
}

/// "In 2018, the company reported revenue of $5.2 billion", "posted a loss of £3m": a sum a
/// firm reports, earns or spends in a period is a figure of it, not an event.
pub fn is_financial_result(clause: &str) -> bool {
    const RESULT_VERBS: &[&str] = &[
        "reported", "posted", "recorded", "earned", "generated", "totaled", "totalled",
    ];
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    // The sum follows the verb, which is no passive participle ("the electricity generated by
    // large projects to $0.03/kWh" names a thing, not a result).
    words.iter().enumerate().any(|(i, w)| {
        RESULT_VERBS.contains(&bare(w).as_str())
            && words.get(i + 1).is_none_or(|next| bare(next) != "by")
            && words[i + 1..].iter().take(8).any(|w| w.contains(['$', '£', '€']))
    })
}

/// "The industry had an annual capacity of around 8 GW at the end of 2017", "The firm had
/// 3,200 employees": what was held, a quantity, is a status at the date, not an event ("had
/// closed 12 plants", an auxiliary before a participle, tells one).
pub fn is_holding_figure(clause: &str) -> bool {
    const QUANTIFIERS: &[&str] = &[
        "a", "an", "about", "around", "some", "nearly", "almost", "over", "more", "only", "roughly", "just",
    ];
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !['$', '£', '€'].contains(&c)))
        .collect();
    // ("was founded in 1988 and now has roughly 4,500 units": what is held now is the
    // present's, not the date's.)
    let now = |i: usize| i > 0 && ["now", "today", "currently"].contains(&words[i - 1].to_lowercase().as_str());
    words.iter().enumerate().any(|(i, w)| {
        ["had", "has", "have", "held"].contains(&w.to_lowercase().as_str())
            && !now(i)
            && words.get(i + 1).is_some_and(|next| {
                QUANTIFIERS.contains(&next.to_lowercase().as_str()) || next.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
            })
            && words[i + 1..].iter().take(7).any(|w| w.chars().any(|c| c.is_ascii_digit()))
    })
}

/// "the average fare was $3.20", "Shares closed at $45.10", "the index ended down 1.2
/// percent", "Food products made up 55% of exports", "The index came in at 100.2": a figure's
/// value, a market's close, a share of a whole or a reading at the date, not an event.
pub fn is_value_figure(clause: &str) -> bool {
    static VALUE: OnceLock<Regex> = OnceLock::new();
    VALUE
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:stood|came\s+in)\s+at\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?[$£€]?\d|\b(?:was|were|stood\s+at|(?:closed|ended|finished|settled|traded)\s+(?:at|up|down|higher|lower)|made\s+up|accounted\s+for|represented|comprised)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+|only\s+|roughly\s+)?(?:[$£€]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b|million\b|billion\b))")
                .expect("value pattern")
        })
        .is_match(clause)
        || reaches_a_level(clause)
}

/// "French overnight stays hit 14 million while …", "sales reached $2 billion": a figure that
/// "hit", "reached" or "topped" a level (a sum, a percentage, millions), the level closing the
/// clause or followed by a conjunction or a preposition, not a noun it counts ("the storm hit 2
/// million homes" tells an event).
fn reaches_a_level(clause: &str) -> bool {
    static LEVEL: OnceLock<Regex> = OnceLock::new();
    LEVEL
        .get_or_init(|| {
            Regex::new(&format!(
                r"(?i)\b(?:hit|reached|topped)\s+{APPROXIMATIONS}(?:[$£€]\s?\d[\d.,]*(?:\s+(?:million|billion))?|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b))(?:\s*$|\s*[,;.]|\s+(?:while|and|in|on|last|this|from|for|as|during|after|before|against)\b)"
            ))
            .expect("level pattern")
        })
        .is_match(clause)
}

/// "had scored just once in a 10-game stretch", "has won twice in his last eight starts", "33
/// stolen bases in just 73 games": a tally over a run of games, not an event of the date.
pub fn is_tally_over_a_run(clause: &str) -> bool {
    static RUN: OnceLock<Regex> = OnceLock::new();
    RUN.get_or_init(|| {
        Regex::new(r"(?i)\bin\s+(?:a|an|the|his|her|their|its)\s+(?:last\s+)?\w+[- ](?:game|match|start|race)s?\s+(?:stretch|span|run|streak)\b|\bin\s+(?:his|her|their|its|the)\s+(?:last|previous|past)\s+\w+\s+(?:games|matches|starts|races|outings)\b|\bin\s+(?:just\s+|only\s+)?\d+\s+(?:games|matches|starts|races|appearances|outings)\b")
            .expect("run pattern")
    })
    .is_match(clause)
}

/// "The firm managed to demonstrate double-digit growth [in 2020]", "posted 12% growth", "It
/// nearly doubled its revenue [last year]": a firm's growth shown over the period, or a sum it
/// doubled (tripled, halved), is a figure of the period, not an event ("doubled its stake in
/// the mill", an act on a thing held, tells one).
pub fn is_growth_figure(clause: &str) -> bool {
    static GROWTH: OnceLock<Regex> = OnceLock::new();
    GROWTH
        .get_or_init(|| {
            Regex::new(concat!(
                r"(?i)\b(?:show(?:ed|n)?|demonstrated?|post(?:ed)?|report(?:ed)?|achieved?|saw|seen|recorded?|delivered|enjoyed|experienced|had)\s+",
                r"(?:an?\s+)?(?:\w+\s+)?(?:(?:single|double|triple)[- ]digit|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))\s*(?:\w+\s+)?(?:growth|declines?|gains?)\b",
                r"|\b(?:doubled|tripled|trebled|quadrupled|halved)\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:revenues?|sales|profits?|income|earnings|turnover)\b"
            ))
            .expect("growth pattern")
        })
        .is_match(clause)
}

/// "had admitted more than 1.4 million refugees": a past perfect with a number, a total.
fn is_running_total(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.iter().any(|w| w.eq_ignore_ascii_case("had")) && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// "The board issued $311 million in refunds as of mid-October": a figure just before "as of"
/// is a sum reckoned at the date, whatever the verb's tense.
fn is_figure_reckoned_as_of(s: &str, at: usize) -> bool {
    words_before(s, at, 8).iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// "by June the soviets had 37 million members": a figure reached by a date is a milestone.
fn reached_by(s: &str, at: usize) -> bool {
    words_before(s, at, 1).first().is_some_and(|w| w == "by")
}

/// "The 249 municipalities that existed in 1975 have now been consolidated": a thing's
/// existence at the date is a state, whatever the sentence tells of it.
pub fn is_existence(s: &str, at: usize) -> bool {
    matches!(words_before(s, at, 2).as_slice(), [verb, prep]
        if ["existed", "existing", "exists", "exist"].contains(&verb.as_str()) && ["in", "by", "during", "at"].contains(&prep.as_str()))
}

/// "data on states where cannabis had been legalized by 2016", "firms that had gone public by
/// 2010": a relative clause in the past perfect whose deadline date picks out the things the
/// main clause speaks of, a class, not an event ("The firm had closed 12 plants by 2016" tells
/// one).
pub fn is_class_reached_by(s: &str, at: usize) -> bool {
    // (Within the comma's clause: "the plant, which had closed by 2016" adds a fact.)
    let clause_from = s[..at].rfind(", ").map_or(0, |c| c + 2);
    let words = words_before(&s[clause_from..], at - clause_from, 10);
    // ("… by the end of 2016": the lead of a part of the year is skipped.)
    let kept = words.iter().rposition(|w| !["the", "end", "start", "middle", "of"].contains(&w.as_str())).map_or(0, |k| k + 1);
    let Some((by, lead)) = words[..kept].split_last() else { return false };
    let Some(k) = lead.iter().rposition(|w| ["where", "that", "which", "who", "whose"].contains(&w.as_str())) else {
        return false;
    };
    // (The relative word must follow a noun, not a verb of saying: "said that …".)
    let after_noun = k > 0 && !SPEECH_VERBS.contains(&lead[k - 1].as_str()) && !fragment::tells_the_past(&lead[k - 1]);
    by == "by" && after_noun && lead[k + 1..].iter().any(|w| w == "had")
}

/// "An October 11 presentation to bondholders indicated…", "a March 3 memo": the date names
/// a writing (its saying is a statement's date, as "said in an Oct. 26 letter"), not an event.
pub fn is_writings_date(s: &str, start: usize, end: usize) -> bool {
    const WRITINGS: &[&str] = &[
        "letter", "memo", "memorandum", "presentation", "report", "filing", "email", "e-mail", "statement",
        "note", "briefing", "document", "slide", "slides", "study", "survey",
    ];
    let determined = words_before(s, start, 1)
        .first()
        .is_some_and(|w| {
            ["a", "an", "the", "its", "his", "her", "their", "our"].contains(&w.as_str()) || w.ends_with("’s") || w.ends_with("'s")
        });
    // ("a May 2025 corporate filing": an adjective or two may stand before the writing.)
    let next: Vec<String> = s[end..]
        .split_whitespace()
        .take(WRITING_ATTRIBUTES + 1)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .collect();
    let writing = next.iter().position(|w| WRITINGS.contains(&w.to_lowercase().as_str()));
    let adjective = |w: &String| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !fragment::tells_the_past(w);
    determined && writing.is_some_and(|k| next[..k].iter().all(adjective))
}

/// How many adjectives may stand between a writing's date and its noun ("a May 2025
/// corporate filing").
const WRITING_ATTRIBUTES: usize = 2;

/// "Nine months ago, the president seemed like a spent force": how things seemed, an
/// impression or an opinion, not an event.
pub fn is_impression(clause: &str) -> bool {
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| ["seemed", "seems", "seem"].contains(&w.as_str()))
        || words.windows(2).any(|w| ["appeared", "looked"].contains(&w[0].as_str()) && ["to", "like"].contains(&w[1].as_str()))
}

/// "In late March, Dr Vale estimated “between 100 and 200” could die": an estimate whose
/// object is what could or would happen is a forecast ("estimated the damage" is an act).
pub fn is_estimate_of_what_could_be(clause: &str) -> bool {
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    words.iter().position(|w| ESTIMATE_VERBS.contains(&w.as_str())).is_some_and(|k| {
        words[k + 1..].iter().take(8).any(|w| ["could", "would", "might", "may", "will"].contains(&w.as_str()))
    })
}

/// "Those commercials were super cool back in 2016", "the square was very quiet in 1990": a
/// form of "be" and a degree word before an adjective tells how a thing was, a state ("was
/// so badly damaged in 1944", a participle, tells an act); so does "be" in a comparison ("were
/// as low as").
pub fn is_quality(clause: &str) -> bool {
    const DEGREE: &[&str] = &["very", "so", "super", "really", "quite", "pretty", "extremely", "incredibly", "too"];
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // ("Rates in 2017 were as low as they were in 1960": a comparison of how a thing was.)
    let compared = words.windows(4).any(|w| ["is", "are", "was", "were"].contains(&w[0].as_str()) && w[1] == "as" && w[3] == "as");
    // ("Then in 2022 all tech sank and no valuation was too low": a past act told first is
    // the clause's, whatever the quality coordinated after it.)
    if let Some(and) = words.iter().position(|w| w == "and") {
        let acted = words[..and].iter().any(|w| fragment::tells_the_past(w) && !["was", "were"].contains(&w.as_str()));
        if acted {
            return is_quality(&words[..and].join(" "));
        }
    }
    compared
        || words.windows(3).any(|w| {
        ["is", "are", "was", "were"].contains(&w[0].as_str())
            && DEGREE.contains(&w[1].as_str())
            && !w[2].ends_with("ly")
            && !w[2].ends_with("en")
            && !fragment::tells_the_past(&w[2])
    })
}

/// "Sales rose 5 percent [in 2018]", "fares have risen 20% [since January]", "exports fell by
/// 3.5 per cent [in October]", "the gap had grown to 31 percent [by 2015]": a clause telling
/// a change of a figure in percent over the period a date names ("Tariffs were increased by
/// 15%", a passive, tells the act of changing them).
pub fn is_change_figure(clause: &str) -> bool {
    static CHANGE: OnceLock<Regex> = OnceLock::new();
    let change = CHANGE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped|jumped|climbed|slipped|gained|surged|soared|plunged|slumped)\s+(?:by\s+|to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.,]+\s*(?:%|percent\b|per\s+cent\b)")
            .expect("change pattern")
    });
    // ("Tariffs were increased by 15%": a passive tells the act of changing them.)
    let passive = |at: usize| {
        let word = clause[..at].split_whitespace().next_back().unwrap_or("").to_lowercase();
        ["was", "were", "be", "been", "being", "is", "are"].contains(&word.as_str())
    };
    change.find_iter(clause).any(|m| !passive(m.start()))
}

/// "auto sales were down sharply [in March]", "Exports have been up 4% [this year]": a measure
/// (sales, prices, exports …) said to be up or down over the period a date names is a
/// figure's change, not an act ("the mill was shut down in March", no measure, tells one).
pub fn is_measure_up_or_down(clause: &str) -> bool {
    static LEVEL: OnceLock<Regex> = OnceLock::new();
    let level = LEVEL.get_or_init(|| {
        Regex::new(r"(?i)\b(?:sales|prices|exports|imports|profits?|revenues?|earnings|output|deliveries|orders|shipments|volumes|registrations|bookings|arrivals|receipts|turnover|ridership|attendance|enrol(?:l)?ments?|admissions|rents|wages|costs|spending|demand|traffic)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?(?:up|down)\b")
            .expect("up or down pattern")
    });
    level.is_match(clause)
}

/// "we went from 10% of homes in the US having electricity [in 1930] to 60% [ten years
/// later]": a figure's own course from one percentage to another gives figures of the periods
/// it names, not events ("Tariffs were increased from 10% to 25%", a passive, tells the act
/// of raising them).
pub fn is_percent_course(clause: &str) -> bool {
    static COURSE: OnceLock<Regex> = OnceLock::new();
    let course = COURSE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:went|rose|grew|fell|dropped|jumped|climbed|declined|increased|decreased|slipped|surged|soared|plunged|shrank)\s+from\s+{APPROXIMATIONS}{PERCENT_FIGURE}[^;:—]{{0,80}}?\bto\s+{APPROXIMATIONS}{PERCENT_FIGURE}"
        ))
        .expect("percent course pattern")
    });
    let passive = |at: usize| {
        let word = clause[..at].split_whitespace().next_back().unwrap_or("").to_lowercase();
        ["was", "were", "be", "been", "being", "is", "are"].contains(&word.as_str())
    };
    course.find_iter(clause).any(|m| !passive(m.start()))
}

/// "The share grew faster (from 19% in 2011 to 30% in 2021)", "Similar trends were seen: from
/// 10% in 2011 to 13% in 2021", "deaths increased from 253 deaths in 2018 to 723 deaths in
/// 2022": a course from one percentage (or toll) to another, in a bracket that opens on it or
/// with the first figure dated, gives the figures of the dates inside it,
/// however its sentence runs ("The fare was raised in 2015 (from 10% to 25%)", the date
/// outside, tells the act).
pub fn in_dated_percent_course(s: &str, at: usize) -> bool {
    static BRACKETED: OnceLock<Regex> = OnceLock::new();
    static DATED: OnceLock<Regex> = OnceLock::new();
    let bracketed = BRACKETED.get_or_init(|| {
        Regex::new(&format!(r"(?i)^\(\s*from\s+{APPROXIMATIONS}{PERCENT_FIGURE}[^()]*?\bto\s+{APPROXIMATIONS}{PERCENT_FIGURE}[^()]*\)"))
            .expect("bracketed percent course pattern")
    });
    let dated = DATED.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\bfrom\s+{APPROXIMATIONS}(?:{PERCENT_FIGURE}|{TOLL_FIGURE})\s+(?:in|on|by|during)\s+[^;:()]{{1,30}}?\bto\s+{APPROXIMATIONS}(?:{PERCENT_FIGURE}|{TOLL_FIGURE})(?:\s+(?:in|on|by|during)\s+(?:[A-Z][a-z]+\s+)?\d{{4}})?"
        ))
        .expect("dated percent course pattern")
    });
    let in_bracket = s[..at].rfind('(').filter(|&o| !s[o..at].contains(')')).is_some_and(|open| bracketed.find(&s[open..]).is_some_and(|m| open + m.end() > at));
    in_bracket || dated.find_iter(s).any(|m| m.start() < at && at < m.end())
}

/// "NVIDIA held 92% of the market (similar market share as in 2023)", "at the same level as in
/// 2019": a date after "as in" with a likeness before it is the base a figure is likened to,
/// not an event.
pub fn is_likeness_base(s: &str, at: usize) -> bool {
    static LIKENESS: OnceLock<Regex> = OnceLock::new();
    LIKENESS
        .get_or_init(|| Regex::new(r"(?i)\b(?:similar|same|comparable)\b[^,;()]{0,40}\bas\s+(?:in|on|during)\s*$").expect("likeness pattern"))
        .is_match(&s[..at])
}

/// "In 2022, suicide rates were highest among older men", "fares were lowest in Velmora": a
/// bare superlative after "was" or "were", then the group or the place it holds for, tells a
/// figure's standing, not an event.
pub fn is_superlative_standing(clause: &str) -> bool {
    static STANDING: OnceLock<Regex> = OnceLock::new();
    STANDING
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:was|were)\s+(?:highest|lowest|largest|smallest|greatest|biggest|most\s+common|least\s+common)\s+(?:among|in|for|at)\b")
                .expect("superlative standing pattern")
        })
        .is_match(clause)
}

/// "Deaths more than doubled from 2018 (253 deaths) to 2022 (723 deaths)": a date followed by
/// a bracket holding only a figure and its unit names the time a figure was counted, a data
/// point, not an event ("in 1969 (aged 20)" and "in May (see below)" hold no figure); so does
/// a date right after a bracket that sets figures against each other.
pub fn is_data_point(s: &str, start: usize, end: usize) -> bool {
    static POINT: OnceLock<Regex> = OnceLock::new();
    let point = POINT.get_or_init(|| {
        Regex::new(r"^\s*\(\s*(?:about\s+|around\s+|nearly\s+|over\s+)?[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|per\s+[\d,]+|[a-z]+(?:\s+[a-z]+)?)\s*\)")
            .expect("data point pattern")
    });
    // "Males had higher rates than females (8.1 vs. 3.8 per 100,000) in 2022": figures set
    // against each other in a bracket right before the date are its data points too.
    static AGAINST: OnceLock<Regex> = OnceLock::new();
    let against = AGAINST.get_or_init(|| {
        Regex::new(r"\(\s*[$£€]?\d[\d.,]*%?\s*(?:vs\.?|versus)\s*[$£€]?\d[\d.,]*[^()]*\)\s*(?:in|on|during)?\s*$").expect("figures set against pattern")
    });
    point.is_match(&s[end..]) || against.is_match(&s[..start])
}

/// A toll of the dead, the sick or the hurt ("253 deaths", "1,200 cases").
const TOLL_FIGURE: &str = r"\d[\d,]*\s+(?:deaths|cases|infections|overdoses|suicides|injuries|fatalities|casualties)\b";

/// A percentage, or a number of a percent ("8.5 percent", "62%", "20 per cent").
const PERCENT_FIGURE: &str = r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)";

/// Words that may stand between a verb and its figure ("about 8.5 percent").
const APPROXIMATIONS: &str = r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|over\s+|only\s+|just\s+|roughly\s+|approximately\s+)?";

/// "the wealthiest 1 percent took home about 8.5 percent of the national income [in 1976]",
/// "[in 2014] they captured more than 20 percent of it", "[in 2016,] 62% of cars in France were
/// diesel cars": a share of a whole that a group held, or that is the subject of "be", is a
/// statistic of the period, not an event ("sold 20 percent of its shares", "captured 52% of
/// the vote" tell one).
pub fn is_share_figure(clause: &str) -> bool {
    static HELD: OnceLock<Regex> = OnceLock::new();
    static SUBJECT: OnceLock<Regex> = OnceLock::new();
    let held = HELD.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:took\s+home|captured|held|owned|earned|controlled|accounted\s+for|made\s+up|produced|provided|supplied|generated)\s+{APPROXIMATIONS}{PERCENT_FIGURE}\s+of\b"
        ))
        .expect("held share pattern")
    });
    // The share opens its clause (after a lead set off by a comma) and "be" follows it.
    let subject = SUBJECT.get_or_init(|| {
        Regex::new(&format!(r"(?i)(?:^|,\s+){APPROXIMATIONS}{PERCENT_FIGURE}\s+of\s+[^,;]{{0,40}}?\b(?:was|were|is|are)\b"))
            .expect("share subject pattern")
    });
    // ("captured 52 percent of the vote": an election's result.)
    let of_a_vote = |rest: &str| {
        let rest = rest.trim_start().to_lowercase();
        let rest = rest.strip_prefix("the ").unwrap_or(&rest);
        let rest = rest.strip_prefix("popular ").unwrap_or(rest);
        ["vote", "ballot"].iter().any(|v| rest.starts_with(v))
    };
    held.find_iter(clause).any(|m| !of_a_vote(&clause[m.end()..])) || subject.is_match(clause)
}

/// "Output peaked [in 2008] at 447.6 million tons", "the index topped out at 1,200", "These
/// deaths peaked [in 2018]": the highest (or lowest) a figure reached in the period, at a
/// figure or said of a counted noun, is a record of it, not an event ("The protests peaked in
/// May" may tell one).
pub fn is_peak_figure(clause: &str) -> bool {
    static PEAK: OnceLock<Regex> = OnceLock::new();
    PEAK.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:peaked|topped\s+out|bottomed\s+out)\b[^,;]{{0,30}}?\bat\s+{APPROXIMATIONS}[$£€]?\d|\b(?:deaths|cases|infections|admissions|arrests|rates?|sales|prices|numbers?|levels?|figures|counts?|unemployment|inflation|enrolment|enrollment)\s+(?:[a-z]+\s+){{0,3}}?(?:peaked|topped\s+out|bottomed\s+out)\b"
        ))
            .expect("peak pattern")
    })
    .is_match(clause)
}

/// "Turnout reached historic highs [in May]", "the index hit a record high", "The co-op made
/// record profits [in 2019]": a figure at a record (historic, all-time) high or low, or a
/// firm's record result, is where the figure stood in the period, not an event ("set a record
/// for the crossing" and "broke the record" tell one).
pub fn is_record_level(clause: &str) -> bool {
    static RECORD: OnceLock<Regex> = OnceLock::new();
    RECORD
        .get_or_init(|| {
            Regex::new(concat!(
                r"(?i)\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|touch(?:ed|es|ing)?|notch(?:ed|es|ing)?|(?:was|were|is|are)\s+at)\s+",
                r"(?:(?:a|an|new|its|their|fresh)\s+)*(?:record|historic|all-time|\d+-year)\s+(?:highs?|lows?|levels?)\b",
                r"|\b(?:made|posted|reported|recorded|booked|earned|achieved)\s+(?:a\s+)?record\s+(?:profits?|revenues?|sales|earnings|losses|turnover|results)\b",
            ))
            .expect("record level pattern")
        })
        .is_match(clause)
}

/// "[In 2019,] more than 1 in 10 farmers had to sell land", "one in five voters stayed home":
/// a share of a group told as a ratio ("N in M", "N out of M") opening its clause is a
/// statistic of the period, as a percentage is, not an event.
pub fn is_ratio_share(clause: &str) -> bool {
    static RATIO: OnceLock<Regex> = OnceLock::new();
    const SMALL: &str = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
    RATIO
        .get_or_init(|| {
            Regex::new(&format!(r"(?i)(?:^|,)\s*{APPROXIMATIONS}{SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{SMALL}|twenty|hundred|a\s+hundred)\s+\w"))
                .expect("ratio share pattern")
        })
        .is_match(clause)
}

/// "412 drivers died during Easter weekend [last year]", "[In 2019,] 37 climbers were injured
/// during the holiday season": a count of the dead or hurt over a recurring period of the
/// calendar is a statistic of many mishaps, not one event ("12 people died when the storm
/// struck", "30 were killed during the raid" tell one).
pub fn is_toll_over_a_period(clause: &str) -> bool {
    static TOLL: OnceLock<Regex> = OnceLock::new();
    TOLL.get_or_init(|| {
        Regex::new(concat!(
            r"\b\d[\d,]*\s+(?:[a-z]+\s+){0,2}?(?:died|were\s+killed|were\s+injured|were\s+hurt|were\s+arrested|drowned)\s+",
            r"(?:[a-z]+\s+){0,3}?during\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){0,2}(?:holiday\s+)?(?:weekend|week|holidays?|season)\b(?:[^,;]*?\bwhen\b)?"
        ))
        .expect("toll over a period pattern")
    })
    .find_iter(clause)
    .any(|m| !m.as_str().ends_with("when"))
}

/// "16 crew members have been killed this week", "more than 300 people have died since
/// March": a count of the dead, hurt or held told in the present perfect is a toll up to the
/// writing, many mishaps, not one event ("16 crew members were killed on Monday" tells one).
pub fn is_toll_so_far(clause: &str) -> bool {
    static TOLL: OnceLock<Regex> = OnceLock::new();
    TOLL.get_or_init(|| {
        Regex::new(r"\b\d[\d,]*\s+(?:[A-Za-z]+\s+){0,3}?(?:have|has)\s+(?:died|been\s+(?:killed|injured|wounded|hurt|arrested|detained|displaced|infected))\b")
            .expect("toll so far pattern")
    })
    .is_match(clause)
}

/// "Since March, the bank has raised its rate to 3.25%", "Since 2019 the firm has expanded to
/// 500 staff": a perfect since the date that brings a figure to where it now stands tells a
/// change over the span (many acts, or none), not one act begun at the date; so does a
/// perfect of a figure's rise or fall by a sum ("Velmora crude has fallen more than $45 a
/// barrel since June").
pub fn is_change_since(s: &str, start: usize, clause: &str) -> bool {
    static UP_TO_A_FIGURE: OnceLock<Regex> = OnceLock::new();
    let since = words_before(s, start, 1).first().is_some_and(|w| w == "since");
    let figure = UP_TO_A_FIGURE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}?\w+ed\b[^,;]{0,40}?\bto\s+[$£€]?\d",
            r"|\b(?:has|have)\s+(?:\w+\s+)?(?:fallen|risen|dropped|climbed|grown|declined|increased|decreased|gained|lost|jumped|slipped|surged|soared|plunged|tumbled|slumped|shrunk)\s+",
            r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|some\s+)?[$£€]?\d"
        ))
        .expect("change to a figure pattern")
    });
    since && figure.is_match(clause)
}

/// "down from the 2.9% it had estimated in July", "the $4 billion they projected last year": a
/// figure that an estimate made at the date gave, no event.
pub fn is_earlier_estimate(s: &str, start: usize) -> bool {
    static ESTIMATED: OnceLock<Regex> = OnceLock::new();
    ESTIMATED
        .get_or_init(|| {
            Regex::new(r"(?i)(?:%|\bpercent|\bper\s+cent|\bmillion|\bbillion|\d)\s+(?:it|they|he|she|we)\s+(?:had\s+)?(?:estimated|forecast|projected|predicted|expected)\s+(?:in\s+|on\s+|last\s+)?$")
                .expect("earlier estimate pattern")
        })
        .is_match(&s[..start])
}

/// "a spokesman said she was not immediately available Friday", "did not respond to a request
/// for comment on Monday": the day a journalist's request went unanswered, no event.
pub fn is_request_for_comment(s: &str, start: usize) -> bool {
    static UNANSWERED: OnceLock<Regex> = OnceLock::new();
    UNANSWERED
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:not\s+(?:immediately\s+)?available(?:\s+for\s+comment)?|could\s+not\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?|did\s+not\s+(?:immediately\s+)?(?:respond|reply)(?:\s+to\s+[^,.;]{0,40}?)?|declined\s+to\s+comment)\s+(?:on\s+|late\s+|early\s+)?$")
                .expect("unanswered request pattern")
        })
        .is_match(&s[..start])
}

/// "[In 2016,] 43 million people streamed the final", "[in 2019] about 1.5 billion viewers
/// watched", "[Last year,] around 85,000 people migrated to the UK": a clause whose subject is
/// counted in thousands or more (a number with a thousands' comma, or in millions) tells a
/// figure of the period (the caller reads the date's precision: a march of a million on a day
/// is an event).
pub fn is_mass_count(clause: &str) -> bool {
    static MASS: OnceLock<Regex> = OnceLock::new();
    MASS.get_or_init(|| {
        Regex::new(&format!(r"(?i)^\s*{APPROXIMATIONS}(?:[\d.,]+\s+(?:million|billion)|\d{{1,3}}(?:,\d{{3}})+)\s+[a-z]+\s+[a-z]+ed\b")).expect("mass count pattern")
    })
    .is_match(clause)
}

/// "[In 2025,] roughly 30% of users tuned in to live content", "half of the voters stayed
/// home": a share of a people who did a thing in the period is a figure, not an event.
pub fn is_share_of_doers(clause: &str) -> bool {
    static SHARE: OnceLock<Regex> = OnceLock::new();
    SHARE
        .get_or_init(|| {
            Regex::new(&format!(
                r"(?i)^\s*{APPROXIMATIONS}(?:[\d.,]+\s*(?:%|percent\b|per\s+cent\b)|half|a\s+(?:third|quarter|fifth|tenth|majority|minority))\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){{1,2}}?[a-z]+ed\b"
            ))
            .expect("share of doers pattern")
        })
        .is_match(clause)
}

/// "he hit well in 2013 and even better in 2014", "the film did poorly in 2019": how well a
/// player or a thing did over the period is a quality of it, not an event (the caller reads
/// the date's precision).
pub fn is_performance(clause: &str) -> bool {
    static HOW_WELL: OnceLock<Regex> = OnceLock::new();
    HOW_WELL
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:did|played|hit|pitched|performed|fared|sold|ran|went|scored)\s+(?:(?:very|so|really|quite|even|much|far)\s+)?(?:well|better|best|poorly|badly|worse|worst)\b")
                .expect("performance pattern")
        })
        .is_match(clause)
}

/// "there were eight critical admissions a day", "from one per day … to two per day", "6 per
/// 100,000", "the mill was running 40 shifts a week": a rate counted over the period (with
/// "there were", a change of it or a past progressive) is a figure, not an event ("began
/// making 500 cars a day in 1925" tells one).
pub fn is_rate_figure(clause: &str) -> bool {
    static RATE: OnceLock<Regex> = OnceLock::new();
    static COUNTED: OnceLock<Regex> = OnceLock::new();
    let rate = RATE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:per|a)[\s-]+(?:day|week|month|year|hour)\b|\bper\s+\d[\d,]*\b").expect("rate pattern")
    });
    let counted = COUNTED.get_or_init(|| {
        Regex::new(r"(?i)\bthere(?:\s+were|\s+was|’s\s+been|'s\s+been|\s+has\s+been|\s+have\s+been)\b|\b(?:an\s+)?increase\s+in\b|\bincreased\b|\brose\b|\bfell\b|\bjumped\b|\b(?:was|were)\s+[a-z]+ing\b")
            .expect("counted rate pattern")
    });
    rate.is_match(clause) && counted.is_match(clause)
}

/// "The average cost of a party in 2013 was a whopping $1,200", "The toll that year was 40":
/// a clause whose verb "was" or "were" gives a number or a sum states a value the period had,
/// not an event ("There were 45 new cases", what there was, is [`is_count_clause`]'s).
pub fn is_value_clause(clause: &str) -> bool {
    static VALUE: OnceLock<Regex> = OnceLock::new();
    VALUE
        .get_or_init(|| Regex::new(r"(?i)\b(?:was|were)\s+(?:(?:a|an|about|around|nearly|almost|some|over|just|only|roughly)\s+)?(?:[a-z]+\s+)?(?:US)?[$£€]?\d").expect("value pattern"))
        .find_iter(clause)
        .any(|m| !clause[..m.start()].trim_end().to_lowercase().ends_with("there"))
}

/// "There were 34 deaths in September compared to four in August", "At the peak there were
/// eight admissions": "there were" and a number count what there was in a month or a year
/// ("There was a fire" tells one, and so do "two explosions on Tuesday": the caller reads
/// the date's precision).
pub fn is_count_clause(clause: &str) -> bool {
    static COUNT: OnceLock<Regex> = OnceLock::new();
    COUNT
        .get_or_init(|| {
            Regex::new(&format!(
                r"(?i)\bthere\s+(?:were|was)\s+{APPROXIMATIONS}(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)\b)"
            ))
            .expect("count pattern")
        })
        .is_match(clause)
}

/// "the Foundation awarded over US$2.3m in 46 new grants", "lent £3m across 40 loans": a sum
/// spread over a count of things, in a year or a month, is the period's tally, not an event.
pub fn is_sum_over_count(clause: &str) -> bool {
    static SPREAD: OnceLock<Regex> = OnceLock::new();
    SPREAD
        .get_or_init(|| {
            Regex::new(r"[$£€]\s?\d[\d,.]*(?:\s*(?:m|bn|k)\b|\s+(?:million|billion|thousand))?\s+(?:in|across|over|among)\s+\d[\d,]*\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b")
                .expect("sum over count pattern")
        })
        .is_match(clause)
}

/// "In May 2025, they reported 39 new medications in development", "a study from 2012
/// counted 17 different types of vegetation": a count reported or recorded for a period is its
/// figure, not an event.
pub fn is_reported_count(clause: &str) -> bool {
    static REPORTED: OnceLock<Regex> = OnceLock::new();
    REPORTED
        .get_or_init(|| {
            Regex::new(&format!(
                r"(?i)\b(?:reported|recorded|counted|logged|tallied|registered)\s+{APPROXIMATIONS}\d[\d,.]*\s+(?:million\s+|billion\s+|thousand\s+)?[a-z-]+"
            ))
            .expect("reported count pattern")
        })
        .is_match(clause)
}

/// "repeatedly sought to make her health an issue in the 2016 campaign": an act told as done
/// again and again over a period is a habit of the period, not an event.
pub fn is_repeated_act(clause: &str) -> bool {
    const AGAIN: &[&str] = &["repeatedly", "frequently", "routinely", "regularly", "constantly"];
    let words: Vec<String> = clause.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    words.windows(2).any(|w| AGAIN.contains(&w[0].as_str()) && fragment::tells_the_past(&w[1]))
}

/// "A poll released on Friday showed Yoon's approval rating at 13%", "In our 2013 research
/// we found that almost 50%…": a clause that states a poll's or a survey's percentage gives
/// its finding, not an event (sales "down 10 percent" stay: the sale is the event).
pub fn is_percentage_figure(clause: &str) -> bool {
    static PERCENT: OnceLock<Regex> = OnceLock::new();
    let percent = PERCENT
        .get_or_init(|| Regex::new(r"\d\s?%|\d\s+(?:percent|per\s+cent)\b").expect("percent pattern"))
        .is_match(clause);
    let lower = clause.to_lowercase();
    percent && ["poll", "survey", "respondents", "research", "study"].iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_level_or_a_ratio_share_is_a_figure() {
        assert!(is_record_level("Ferry traffic across the Velmora strait reached historic highs"));
        assert!(is_record_level("The Brenna index hit a new all-time high"));
        assert!(is_record_level("The Velmora co-op made record profits, bringing in $4 million"));
        assert!(!is_record_level("Tora Quist set a record for the crossing"));
        assert!(!is_record_level("The co-op made profits on its ferries"));
        assert!(is_ratio_share("more than 1 in 10 farmers in Velmora had to sell land"));
        assert!(is_ratio_share("One in five voters in Brenna stayed home"));
        assert!(!is_ratio_share("Tora Quist came first in 10 races"));
        assert!(!is_ratio_share("One of the ferries sank in the strait"));
    }

    #[test]
    fn a_growth_shown_or_a_sum_doubled_is_a_figure() {
        assert!(is_growth_figure("Velmora Electric managed to demonstrate double-digit growth"));
        assert!(is_growth_figure("The firm posted 12% growth"));
        assert!(is_growth_figure("Tora Quist's bakery nearly doubled its revenue and was named one of the region's fastest growing firms"));
        assert!(!is_growth_figure("Tora Quist doubled her stake in the Velmora mill"));
        assert!(!is_growth_figure("The firm opened its first plant in Velmora"));
    }

    #[test]
    fn a_measure_up_or_down_is_a_figure() {
        assert!(is_measure_up_or_down("as tractor sales were down sharply, besides"));
        assert!(is_measure_up_or_down("Velmora's exports have been up 4%"));
        assert!(is_measure_up_or_down("Bread prices were slightly up"));
        assert!(!is_measure_up_or_down("The Velmora mill was shut down"));
        assert!(!is_measure_up_or_down("Orders from Brenna were placed"));
    }

    /// The byte where `date` starts in `s`.
    fn at(s: &str, date: &str) -> usize {
        s.find(date).expect("the date is in the sentence")
    }

    /// Why `date` in `s` dates no event, its clause given with the date cut out, as the
    /// extractor does.
    fn aside(s: &str, date: &str, clause: &str) -> Option<&'static str> {
        let start = at(s, date);
        clause_aside(s, start, start + date.len(), clause)
    }

    #[test]
    fn the_writers_own_doings_are_no_events() {
        let writer = |s: &str, date: &str| told_by_the_writer(s, at(s, date));
        assert!(writer("If you want to know why, I wrote a good primer in 2009.", "2009"));
        assert!(writer("Using NetLog, I performed a simple test last week.", "last week"));
        assert!(writer("By the time of my visit in February, the lab had received 150 samples.", "February"));
        // Someone else's doing in a relative clause; a fronted date sets the story's scene;
        // a king's or a war's numeral; another clause past a comma.
        assert!(!writer("I also thank those at the FSF who outlined protocols back in March 2019.", "March"));
        assert!(!writer("In late 2011 I sat in the design room.", "2011"));
        assert!(!writer("After World War I ended in 1918, the troops came home.", "1918"));
        assert!(!writer("As I wrote in 2015, the firm went bankrupt in 2016.", "2016"));
    }

    #[test]
    fn a_quotation_is_no_event() {
        assert!(is_quotation("Senator Mitch McConnell called the debt and deficit “the transcendent issue of our era.”"));
        assert!(is_quotation("He said \"we will win\"."));
        assert!(is_quotation("Kejriwal turned to Twitter to describe his city as a “gas chamber.”"));
        assert!(!is_quotation("The workers called a general strike"));
        // A word set off in the clause reported.
        assert!(!is_quotation("A rower said the Velmora crew were acting “strange”"));
        assert!(!is_quotation("A rower said the Velmora crew looked “strange”"));
        assert!(!is_quotation("The “Order No. 1” was issued to the army"));
    }

    #[test]
    fn a_past_action_is_dated_whatever_the_main_clause_foresees() {
        let past = |s: &str, date: &str| dates_past_action(s, at(s, date));
        assert!(past("A budget bill approved in February that raised spending will add to the pressure.", "February"));
        assert!(past("The short story was published in 1973 in a magazine.", "1973"));
        assert!(!past("A budget bill to be approved in February will add to the pressure.", "February"));
        assert!(!past("The vote will take place in February.", "February"));
        assert!(!past("Two heroes circle multiple times in 1949.", "1949"));
    }

    #[test]
    fn a_date_governed_by_a_present_verb_is_a_habit() {
        let governed = |s: &str, date: &str| governed_by_present(s, at(s, date));
        assert!(governed("This was an original launch page we use in 2012", "2012"));
        assert!(!governed("This was the launch page we built in 2012", "2012"));
        assert!(!governed("We went back in 2013 and looked again", "2013"));
    }

    #[test]
    fn the_authors_bio_is_no_story() {
        assert!(opens_bio_of("Nelson D. Schwartz has covered economics since 2012.", "Nelson D. Schwartz"));
        assert!(opens_bio_of("Bradley M. Kuhn is a software freedom activist.", "Bradley M. Kuhn (http://ebb.org/bkuhn/)"));
        assert!(!opens_bio_of("Nelson Mandela was released in 1990.", "Nelson D. Schwartz"));
        assert!(!opens_bio_of("Reuters is a news agency.", "Reuters"));
    }

    #[test]
    fn a_catalogue_entry_is_a_row_with_a_year_column() {
        assert!(has_year_column("Repeat Performance      1947  A woman who shot her husband in 1946 wishes …"));
        assert!(!has_year_column("The strike began in 1905 and ended  in 1906."));
        let cell = |t: &str| vec![Inline::Text(t.to_string())];
        let table = Table::new(
            None,
            Vec::new(),
            vec![vec![cell("Film"), cell("Year"), cell("Description")]],
            vec![vec![cell("Repeat Performance"), cell("1947"), cell("A woman who shot her husband in 1946 …")]],
        );
        let entries: Vec<bool> = catalogue_cells(&table).map(|(_, entry)| entry).collect();
        assert_eq!(entries, [false, false, false, true, false, true]);
    }

    #[test]
    fn a_paragraph_ending_on_a_credit_is_a_caption() {
        assert!(ends_with_credit("Peacekeepers at a camp in Sudan on Monday. Sudan has said it will help. Credit Ashraf Shazly/Agence France-Presse — Getty Images"));
        assert!(ends_with_credit("Interest payments could surpass the budget in 2023. Credit Credit Jeon Heon-Kyun/EPA, via Shutterstock"));
        assert!(ends_with_credit("A portrait is raised during a rally in Seoul on Thursday. Anthony Wallace / AFP - Getty Images"));
        assert!(ends_with_credit("A ferry waits at the quay in Tromsø, March 3, 2018. © Agency / Ola Berg"));
        assert!(!ends_with_credit("The bank extended credit to the firm in 2009."));
        assert!(!ends_with_credit("Anthony Wallace / AFP - Getty Images"));
        assert!(!ends_with_credit("Credit where it is due: the strike won in 1905, against every forecast made by the owners and the police at the time."));
    }

    #[test]
    fn citations_date_no_events() {
        assert!(is_reference_entry("46. ^ Goodger, Ben (February 6, 2006). \"Where Did Firefox Come From?\""));
        assert!(is_reference_entry("^ Chang, Justin (31 January 2006)."));
        assert!(!is_reference_entry("1905 was the year of the first revolution."));
        let note = |s: &str, date: &str| is_citation_note(s, at(s, date));
        assert!(note("Netscape. Archived from the original on October 4, 2002 .", "October"));
        assert!(note("MozillaWiki, retrieved May 2014.", "May"));
        assert!(!note("Netscape released its source code in January 1998.", "January"));
    }

    #[test]
    fn a_storys_setting_is_no_event() {
        let setting = |s: &str, date: &str| is_setting(s, at(s, date));
        assert!(setting("Set in 1983 in Northern Italy, the film is a coming of age.", "1983"));
        assert!(setting("It is a novel set in the summer of 1961.", "1961"));
        assert!(!setting("The record was set in 1983 by a Kenyan runner.", "1983"));
        // An opening participle with its place before its time.
        assert!(setting("Set in the port of Velmora in 1981, the film follows Tora Quist.", "1981"));
        assert!(!setting("Set up in Velmora, the firm moved to Oslo in 1981.", "1981"));
    }

    #[test]
    fn a_status_as_of_a_date_is_no_event() {
        let status = |s: &str, date: &str| is_status_as_of(s, at(s, date));
        assert!(status("As of late 2015, Firefox has about 10% of usage share.", "2015"));
        assert!(!status("Firefox was released in late 2004.", "2004"));
        let total = "As of 2016, the country had admitted more than 1.4 million refugees.";
        assert!(aside(total, "2016", "the country had admitted more than 1.4 million refugees").is_some());
        let stop = "As of May 2019, the firm stopped selling the drug.";
        assert!(aside(stop, "May 2019", "the firm stopped selling the drug").is_none());
        // "As at", the same.
        let value = "Net asset value per share was S$2.06 as at Aug 31, down from S$2.16.";
        assert!(aside(value, "Aug 31", "Net asset value per share was S$2.06, down from S$2.16").is_some());
        assert!(status(value, "Aug 31"));
    }

    #[test]
    fn a_closing_for_a_holiday_is_its_calendars() {
        let holiday = "The Velmora exchange was closed in observance of the Harbour Day holiday on Monday.";
        assert!(aside(holiday, "Monday", "The Velmora exchange was closed in observance of the Harbour Day holiday").is_some());
        let easter = "The ferry offices were shut for the Easter holidays in April.";
        assert!(aside(easter, "April", "The ferry offices were shut for the Easter holidays").is_some());
        // A closing for a storm is an event.
        let storm = "The Velmora exchange was closed for the storm on Monday.";
        assert!(aside(storm, "Monday", "The Velmora exchange was closed for the storm").is_none());
    }

    #[test]
    fn what_would_have_happened_did_not() {
        let s = "The whistleblower would then have claimed that Obama promised it before the 2012 election.";
        assert!(is_counterfactual(s, at(s, "2012")));
        let s = "The deal could have closed in 2016.";
        assert!(is_counterfactual(s, at(s, "2016")));
        let s = "The deal closed in 2016 and would help.";
        assert!(!is_counterfactual(s, at(s, "2016")));
    }

    #[test]
    fn a_reporting_period_is_a_figures() {
        let s = "Exports to China in the first half of 2019 sank to $1.3 billion.";
        assert!(is_reporting_period(s, at(s, "2019")));
        let s = "The war broke out in the summer of 1914.";
        assert!(!is_reporting_period(s, at(s, "1914")));
    }

    #[test]
    fn a_period_named_by_its_last_day_is_a_figures() {
        let s = "McClatchy reported a loss of $304.7 million in the third quarter ended Sept. 29.";
        assert!(is_reporting_period(s, at(s, "Sept.")));
        let s = "The war ended Sept. 2 with the surrender.";
        assert!(!is_reporting_period(s, at(s, "Sept.")));
        let s = "In the year to June 2018, the ferry line carried 1.2 million passengers.";
        assert!(is_reporting_period(s, at(s, "June")));
        let s = "Fares fell 3% in the 12 months through March.";
        assert!(is_reporting_period(s, at(s, "March")));
        let s = "The ferry ran until June 2018.";
        assert!(!is_reporting_period(s, at(s, "June")));
    }

    #[test]
    fn a_count_of_the_period_is_no_event() {
        let s = "The commission found that in 2015, there were 9 million premature deaths.";
        assert!(is_count_for_period(s, at(s, "2015") + 4));
        let s = "In 1905, there was a revolution in Russia.";
        assert!(!is_count_for_period(s, at(s, "1905") + 4));
        let s = "In 2019 alone, more than 2 million riders took the Velmora ferry.";
        assert!(is_count_for_period(s, at(s, "2019") + 4));
        let s = "In 2019, more than 2 million riders took the Velmora ferry for its last season.";
        assert!(!is_count_for_period(s, at(s, "2019") + 4));
    }

    #[test]
    fn an_embedded_post_is_quoted() {
        assert!(is_embedded_post("The air was horrific on Sunday. pic.twitter.com/fCX2Ptc7YN", None));
        assert!(is_embedded_post("Delhi has turned into a gas chamber", Some("— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019")));
        assert!(!is_embedded_post("The strike began on Sunday.", Some("The next day the army joined.")));
    }

    #[test]
    fn a_relative_clause_in_the_present_is_a_schedule() {
        let present = |s: &str, date: &str| relative_in_present(s, at(s, date));
        assert!(present("ahead of their session that starts in early January", "early"));
        assert!(!present("the strike that started in January", "January"));
        assert!(present("the law that passes in January", "January"));
        assert!(present("a ferry service that calls at the three northern islands on June 4", "June"));
        // A verb of its own between, or another clause, ends the relative's reach.
        assert!(!present("the man who runs the bakery was arrested on Monday", "Monday"));
        assert!(!present("the firm that owns the mill, which closed on Monday", "Monday"));
    }

    #[test]
    fn a_figure_changed_since_the_date_is_a_span() {
        let s = "Velmora crude has fallen more than $45 a barrel since June.";
        let at = s.find("June").unwrap();
        assert!(is_change_since(s, at, "Velmora crude has fallen more than $45 a barrel"));
        let s = "Since March, the harbour board has raised its fee to 3.25%.";
        assert!(is_change_since(s, 6, "The harbour board has raised its fee to 3.25%"));
        // A state begun at the date is no change of a figure.
        let s = "Tora Quist has lived in Velmora since 2009.";
        let at = s.find("2009").unwrap();
        assert!(!is_change_since(s, at, "Tora Quist has lived in Velmora"));
    }

    #[test]
    fn a_value_at_a_date_is_a_figure() {
        assert!(is_value_figure("The average ferry fare was $3.20"));
        assert!(is_value_figure("Ferry shares closed at $45.10"));
        assert!(is_value_figure("The harbour index ended down 1.2 percent"));
        assert!(is_value_figure("The Velmora ferry index came in at 61.3"));
        // An act with a sum is none.
        assert!(!is_value_figure("The ferry line was sold for $3 million"));
        assert!(!is_value_figure("The harbour closed at noon"));
        // A share of a whole for the period.
        assert!(is_value_figure("Ferry fares made up 55% of the value of all the line's takings"));
        assert!(is_value_figure("Tourism accounted for 5.6 percent of the harbour's output"));
        assert!(!is_value_figure("The ferry accounted for the missing passengers"));
        // "stood at" a bare number is an index's value too.
        assert!(is_value_figure("The Velmora Index of Ferry Sentiment stood at 88.8, up 7 points"));
        assert!(!is_value_figure("Tora Quist stood at the gate"));
        // A level a figure hit or reached, not a count of what an act touched.
        assert!(is_value_figure("Overnight stays in Velmora hit 14 million while those from Oslo came in at 13.6 million"));
        assert!(is_value_figure("Ferry takings reached $2 billion"));
        assert!(!is_value_figure("The storm hit 2 million homes"));
        assert!(!is_value_figure("The ferry hit the pier"));
    }

    #[test]
    fn a_survey_finding_and_a_period_placed_are_figures() {
        assert!(is_survey_finding("A poll of 2,000 farmers by the union found two-thirds expect to sell"));
        assert!(!is_survey_finding("A poll of 2,000 farmers was taken by the union"));
        assert!(!is_survey_finding("The union found a buyer for the farm"));
        assert!(is_survey_finding("Data released by the two growers stated that both seeds yield alike"));
        assert!(!is_survey_finding("Data centres opened by the two growers"));
        let placed = |s: &str, date: &str| is_period_placed(s, s.find(date).expect("date"));
        assert!(placed("the one poor season was in 2019, during the storms", "2019"));
        assert!(!placed("The last flood was in 1998", "1998"));
    }

    #[test]
    fn a_tally_over_a_run_of_games_is_no_event() {
        assert!(is_tally_over_a_run("The striker had scored just once in a 10-game stretch"));
        assert!(is_tally_over_a_run("The jockey has won twice in her last eight starts"));
        assert!(!is_tally_over_a_run("The striker scored twice in the final"));
    }

    #[test]
    fn a_quality_is_a_state() {
        assert!(is_quality("Those ferry adverts were super cool"));
        assert!(is_quality("The old square was very quiet"));
        // A participle after the degree word tells an act.
        assert!(!is_quality("The bridge was so badly damaged that it closed"));
        assert!(!is_quality("The bridge was so damaged that it closed"));
        assert!(!is_quality("The mayor was re-elected"));
    }

    #[test]
    fn a_financial_result_is_a_figure() {
        assert!(is_financial_result("The company reported revenue of $5.2 billion"));
        assert!(is_financial_result("The club posted a loss of £3m"));
        assert!(!is_financial_result("The company reported that its founder had resigned"));
        assert!(!is_financial_result("The firm bid $16.50 per share for Tribune"));
        // Money spent on an act: the act is the event.
        assert!(!is_financial_result("Lucasfilm spent a total of $15 million to remaster A New Hope"));
    }

    #[test]
    fn a_holding_is_a_figure() {
        assert!(is_holding_figure("the industry had an annual capacity of around 8.69 GW"));
        assert!(is_holding_figure("The company itself had 12,500 employees"));
        assert!(!is_holding_figure("The firm had closed 12 plants"));
        assert!(!is_holding_figure("She had a baby"));
    }

    #[test]
    fn a_writings_date_names_the_writing() {
        let writing = |s: &str, date: &str| {
            let start = at(s, date);
            is_writings_date(s, start, start + date.len())
        };
        assert!(writing("An October 11 presentation to bondholders indicated cuts.", "October 11"));
        assert!(writing("The company’s March 3 filing showed losses.", "March 3"));
        assert!(!writing("They closed out their November 18th concert.", "November 18th"));
        assert!(!writing("The report was released on March 3.", "March 3"));
    }

    #[test]
    fn a_participle_before_a_sum_is_no_result() {
        assert!(is_financial_result("the company reported revenue of $5.2 billion"));
        assert!(!is_financial_result("the initiative launched by the government aims to cut the price of the electricity generated by large projects to $0.03/kWh"));
    }

    #[test]
    fn an_impression_is_no_event() {
        assert!(is_impression("The president seemed like a spent force"));
        assert!(is_impression("The deal appeared to be dead"));
        assert!(!is_impression("The president appeared at the rally"));
    }

    #[test]
    fn a_date_in_an_indirect_question_is_no_event() {
        let sought = "The logs let the crew find out who changed the rota two weeks ago.";
        assert!(is_indirect_question(sought, sought.find("two").unwrap()));
        let told = "The crew found out that the skipper changed the rota two weeks ago.";
        assert!(!is_indirect_question(told, told.find("two").unwrap()));
    }

    #[test]
    fn a_citations_date_and_a_usual_time_are_no_events() {
        let cited = "Her proof appears in the Bulletin of Geometry, volume 14, number 2, March 3, 1987.";
        assert!(is_citation(cited, cited.find("March").unwrap()));
        let told = "Her proof appeared in the Bulletin of Geometry on March 3, 1987.";
        assert!(!is_citation(told, told.find("March").unwrap()));
        let usual = "The ferry resumes its crossings in spring, usually in the second week of April.";
        assert!(is_habitual(usual, usual.find("April").unwrap()));
        let past = "The fair, which typically runs five days, began on Sunday, October 27.";
        assert!(!is_habitual(past, past.find("October").unwrap()));
        let once = "The ferry resumed its crossings in the second week of April.";
        assert!(!is_habitual(once, once.find("April").unwrap()));
    }

    #[test]
    fn a_question_is_no_event() {
        assert!(is_question("What would have been the reaction in 2012 had he gone to the IG?"));
        let asked = "How else can you describe someone who backed both Ann Vale and Tora Quist, who ran for mayor in 1964?";
        assert!(told_in_apposed_relative(asked, asked.find("1964").unwrap()));
        let asked = "Who ran for mayor of Velmora in 1964?";
        assert!(!told_in_apposed_relative(asked, asked.find("1964").unwrap()));
        assert!(!is_question("He went to the IG in 2012."));
        let asked = "When the pair sued the publisher in 2019, they raised a question: who owns a translation?";
        assert!(is_question(asked) && asks_after_colon(asked, asked.find("2019").unwrap() + 4));
    }

    #[test]
    fn a_polls_percentage_is_a_figure() {
        assert!(is_percentage_figure("A poll released showed Yoon's approval rating at 13%"));
        assert!(is_percentage_figure("In our research we found that almost 50% of newsrooms had web roles"));
        assert!(!is_percentage_figure("New vehicle sales plunged 10 percent"));
        assert!(!is_percentage_figure("The FBI shut down that black market"));
    }

    #[test]
    fn what_existed_at_a_date_is_a_state() {
        let s = "The 40 ferry lines that existed in 1975 have now been merged into six.";
        assert!(is_existence(s, at(s, "1975")));
        let s = "The ferry line was founded in 1975.";
        assert!(!is_existence(s, at(s, "1975")));
    }

    #[test]
    fn a_class_marked_by_a_date_is_no_event() {
        let class = |s: &str, date: &str| is_class_reached_by(s, at(s, date));
        assert!(class("The survey compared towns where tram lines had been closed by 1970 with the others.", "1970"));
        assert!(class("We looked at ferry firms that had gone bankrupt by the end of 2008.", "2008"));
        // A past perfect of a main clause, a relative clause set off by a comma, a reported
        // clause, and "by" in no relative clause tell what was done.
        assert!(!class("The firm had closed 12 ferry piers by 2016.", "2016"));
        assert!(!class("The old pier, which had closed by 1990, was pulled down.", "1990"));
        assert!(!class("The mayor said that the pier had closed by 1990.", "1990"));
        assert!(!class("The ferry that sank in 1990 had been sold by the owners.", "1990"));
    }

    #[test]
    fn a_toll_over_a_recurring_period_is_a_statistic() {
        assert!(is_toll_over_a_period("The Velmora road agency said that 412 drivers died during Easter weekend, that 30% had no belts"));
        assert!(is_toll_over_a_period("37 climbers were injured during the holiday season"));
        // One mishap: a storm's dead, a raid's, a death "when" something happened.
        assert!(!is_toll_over_a_period("12 people died, most of them in crashes, when the storm struck Velmora"));
        assert!(!is_toll_over_a_period("30 guards were killed during the raid on Velmora"));
        assert!(!is_toll_over_a_period("3 hikers died during Easter weekend when a bridge in Velmora collapsed"));
    }

    #[test]
    fn a_paragraph_opening_on_a_gallerys_counter_is_a_caption() {
        assert!(opens_on_gallery_counter("1 of 18. A rescuer surveys the waters off Velmora on May 3, 2021."));
        assert!(opens_on_gallery_counter("3 of 7 | Tora Quist waves to the crowd on Monday."));
        // A share of a count in a sentence is no counter.
        assert!(!opens_on_gallery_counter("9 of 10 voters in Velmora backed the plan in May."));
        assert!(!opens_on_gallery_counter("20 of 18. Velmora fell."));
    }
}
