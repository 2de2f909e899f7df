//! The timeline appendix: a chronology of the dated events the articles state.
//!
//! [`apply`] takes the assembled [`Book`] and its folder, extracts dated events from the
//! article bodies ([`extract`]; [`aside`] tells the dates that are no events, [`relative`]
//! the dates of a clause hanging on a noun), converts Old Style dates ([`calendar`]), merges mentions of
//! one event, applies the editor's `timeline.toml` ([`editor`]) and sets `book.timeline`.
//! Conflicts and every suggestion the editor or the extractor set aside become
//! `timeline` warnings, so nothing is lost. [`timelinejs`] exports the result as TimelineJS
//! JSON.

pub mod anchor;
pub mod aside;
pub mod calendar;
pub mod editor;
pub mod extract;
pub mod fragment;
pub mod place;
pub mod referent;
pub mod relative;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde_json::{json, Value};

use crate::error::Result;
use crate::memo::{self, Memo};
use crate::model::{Book, BookMeta, DatePrecision, Locator, Timeline, TimelineEntry, Warning};
use extract::{Candidate, Convention};

/// What reading each article found, kept from one build to the next (`anthology watch`):
/// the calendar convention it states, and its dated events.
#[derive(Default)]
pub struct Cache {
    stated: Memo<Option<Convention>>,
    found: Memo<extract::Extraction>,
}

/// Extracts the book's chronology, applies the editor's `timeline.toml` (`config`) and sets
/// `book.timeline`; pushes warnings for conflicts and for suggestions not accepted.
pub fn apply(book: &mut Book, config: &editor::Config) -> Result<()> {
    let keys: Vec<memo::Key> = book.articles.iter().map(memo::article_key).collect();
    compile_cached(book, config, &keys, &mut Cache::default()).apply(book);
    Ok(())
}

/// A book's chronology, made without changing the book (so that `anthology watch` can make
/// it beside the index), and the warnings making it raised.
pub struct Compiled {
    timeline: Option<Timeline>,
    warnings: Vec<String>,
}

impl Compiled {
    /// Sets `book.timeline` and adds the warnings to the book's.
    pub fn apply(self, book: &mut Book) {
        book.timeline = self.timeline;
        book.warnings.extend(self.warnings.into_iter().map(|message| Warning {
            stage: "timeline".to_string(),
            message,
        }));
    }
}

/// The chronology of `book` under the editor's `config`, reading again only the articles
/// `cache` has not seen (`keys`: each article's [`memo::article_key`]).
pub fn compile_cached(book: &Book, config: &editor::Config, keys: &[memo::Key], cache: &mut Cache) -> Compiled {
    cache.stated.next_build();
    cache.found.next_build();
    let conventions: Vec<Convention> = book
        .articles
        .iter()
        .zip(keys)
        .map(|(a, key)| {
            config
                .article_convention(&a.source)
                .or_else(|| cache.stated.get_or_make(*key, || extract::stated_convention(a)))
                .unwrap_or(config.default_convention())
        })
        .collect();
    let found = extract::extract(book, &conventions, keys, &mut cache.found);
    let mut warnings = Vec::new();
    for a in book.articles.iter().filter(|a| !crate::language::reads_english(a, &book.meta.language)) {
        warnings.push(format!(
            "{} ({}) is in `{}`: the chronology reads dates in English only, so its events are not proposed; add them in timeline.toml, or give the article's language in book.toml if it is English",
            a.id,
            a.source,
            crate::language::of(a.meta.language.as_deref(), &book.meta.language)
        ));
    }
    for r in &found.rejected {
        warnings.push(format!(
            "not a timeline entry ({}): {} in {} ({}): “{}”",
            r.reason, r.date, r.article, r.block, r.sentence
        ));
    }
    let mut candidates = Vec::new();
    for c in found.candidates {
        if let Some(reason) = &c.calendar_mismatch {
            warnings.push(format!(
                "calendar conflict in {} ({}): {reason}",
                c.article, c.block
            ));
        }
        if config.in_year_range(&c.sort_key) {
            candidates.push(c);
        } else {
            warnings.push(format!(
                "suggestion outside the timeline's year range, not included: {}: {} ({})",
                c.label, c.text, c.article
            ));
        }
    }
    let mut drafts = merge(candidates);
    warnings.extend(config.edit(&mut drafts));
    let mut entries: Vec<TimelineEntry> = drafts.into_iter().map(|d| d.entry).collect();
    entries.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.text.cmp(&b.text)));
    warnings.extend(conflicts(&entries));
    assign_ids(&mut entries);
    let headnote = headnote(&mut entries);
    // A book with no datable events gets no appendix (and so no contents entry).
    let timeline = (!entries.is_empty()).then(|| Timeline {
        title: config.title(),
        headnote,
        entries,
    });
    Compiled { timeline, warnings }
}

/// States the calendar convention and the mark of inferred dates once, above the entries,
/// instead of in every entry's note.
fn headnote(entries: &mut [TimelineEntry]) -> Option<String> {
    let mut old_style = false;
    for e in entries.iter_mut() {
        let Some(note) = &e.note else { continue };
        let kept: Vec<&str> = note
            .split(extract::NOTE_SEPARATOR)
            .filter(|n| *n != extract::OLD_STYLE_NOTE)
            .collect();
        old_style |= kept.len() < note.split(extract::NOTE_SEPARATOR).count();
        e.note = (!kept.is_empty()).then(|| kept.join(extract::NOTE_SEPARATOR));
    }
    let inferred = entries
        .iter()
        .any(|e| e.date_label.ends_with(extract::INFERRED_MARK));
    let mut parts = Vec::new();
    if old_style {
        parts.push(
            "Russian dates before February 1918 are given in the Old Style (Julian) calendar \
             used in Russia at the time, followed in brackets by the New Style (Gregorian) \
             date; entries are in New Style order."
                .to_string(),
        );
    }
    if inferred {
        parts.push(format!(
            "A date marked {} is not stated in full by its text: its year, or its day, is \
             inferred from the surrounding narrative or from the article's own date.",
            extract::INFERRED_MARK
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// One mention's words, as merging compares them.
#[derive(Debug, Clone)]
struct Mention {
    /// The articles it is from, sorted (empty for an entry the editor added): mentions of
    /// the same words in several articles are kept once, so that a book whose articles
    /// repeat each other does not compare the same words again and again.
    articles: Vec<String>,
    stems: BTreeSet<String>,
    /// The stems of its verbs (a past tense, a verb of saying): what two reports of
    /// different news share most.
    verbs: BTreeSet<String>,
    /// Its words whole (lower case, a plural's "s" dropped): a stem is their first letters,
    /// which words of other meanings share ("police", "policies").
    whole: BTreeSet<String>,
    /// The stems of its words written in lower case: what it tells beside the names of who
    /// and where.
    common: BTreeSet<String>,
}

impl Mention {
    fn new(article: &str, words: &str) -> Mention {
        let verbs: Vec<&str> = words
            .split_whitespace()
            .filter(|w| fragment::tells_the_past(w) || extract::SPEECH_VERBS.contains(&w.to_lowercase().as_str()))
            .collect();
        let whole = words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| {
                let w = w.to_lowercase();
                w.strip_suffix('s').map_or(w.clone(), str::to_string)
            })
            .collect();
        let common: Vec<&str> = words.split_whitespace().filter(|w| w.starts_with(char::is_lowercase)).collect();
        Mention {
            articles: vec![article.to_string()],
            stems: extract::stems(words).into_iter().collect(),
            verbs: extract::stems(&verbs.join(" ")).into_iter().collect(),
            whole,
            common: extract::stems(&common.join(" ")).into_iter().collect(),
        }
    }

    /// Whether both name someone or something (words written with a capital) and no name of
    /// one is the other's.
    fn names_others_than(&self, other: &Mention) -> bool {
        let names = |m: &Mention| m.stems.difference(&m.common).cloned().collect::<BTreeSet<String>>();
        let (mine, theirs) = (names(self), names(other));
        !mine.is_empty() && !theirs.is_empty() && mine.is_disjoint(&theirs)
    }

    /// How many words it shares with `other`, if enough: one word, or `proportional`ly a
    /// third of the shorter mention's and two at least. Mentions from two articles that share
    /// one word only join on the same word, a name, not on a verb ("accused", "announced"; two
    /// reports of one day's different news tell them with the same verbs), a preposition
    /// ("during"), a common word ("dead": a statistic and an opinion of one year), nor on a
    /// stem alone ("police" and "policies").
    fn shared(&self, other: &Mention, proportional: bool, by_names: bool) -> Option<usize> {
        let common: Vec<&String> = self.stems.intersection(&other.stems).collect();
        let needed = if proportional { (self.stems.len().min(other.stems.len()) / 3).max(2) } else { 1 };
        // Apart when every pair of their articles is (the mention the rule is most lenient
        // with decides, as when the mentions were compared one by one).
        let apart = [&self.articles, &other.articles].iter().all(|list| list.iter().all(|a| !a.is_empty()))
            && self.articles.iter().all(|a| other.articles.binary_search(a).is_err());
        // Nor on one word written in lower case by either, but the noun of an event ("the
        // 1905 revolution"): two articles' statistic and opinion of a year both say "dead";
        // one name both give may tell one event.
        let lone_word_apart = apart
            && matches!(common[..], [only] if self.verbs.contains(only) && other.verbs.contains(only)
                || self.whole.is_disjoint(&other.whole)
                || is_function_stem(only)
                || (self.common.contains(only) || other.common.contains(only))
                    && !self.whole.intersection(&other.whole).any(|w| extract::is_event_noun(w)));
        // Nor, when each names others (different actors), does the verb both tell their acts
        // with make part of the share a coarser date needs to join another article's:
        // "Verizon in October announced its initiative" is not "The Wing announced that its
        // Initiative has launched" (13 October); "he entered the race in late November" may
        // be "Bloomberg entered the race on Nov. 24".
        let counted = if proportional && apart && self.names_others_than(other) {
            common.iter().filter(|s| !(self.verbs.contains(**s) && other.verbs.contains(**s))).count()
        } else {
            common.len()
        };
        // Names above all (`by_names`): a month of another article that names others than the
        // day's, and shares no name with it, tells another event, whatever words both use ("The Velmora party posted
        // a video on social media this month" is not "Tora Quist took to social media and
        // accused Braun" on the 14th).
        let names = |m: &Mention| m.stems.difference(&m.common).cloned().collect::<BTreeSet<String>>();
        let others_named = by_names
            && apart
            && self.names_others_than(other)
            && !common.iter().any(|s| names(self).contains(*s) || names(other).contains(*s));
        (counted >= needed && !lone_word_apart && !others_named).then_some(common.len())
    }
}

/// Prepositions and conjunctions of four letters or more, which two reports of different
/// news share ("arrested six people Monday during a raid", "teased the tour during the set").
const FUNCTION_WORDS: &[&str] = &[
    "during", "after", "before", "while", "when", "where", "since", "until", "into", "onto",
    "over", "under", "about", "above", "below", "between", "among", "against", "through",
    "across", "around", "within", "without", "upon", "because", "although", "though", "whether",
];

/// Whether a stem is a function word's ([`FUNCTION_WORDS`]).
fn is_function_stem(stem: &str) -> bool {
    static STEMS: LazyLock<Vec<String>> =
        LazyLock::new(|| FUNCTION_WORDS.iter().filter_map(|w| extract::stems(w).into_iter().next()).collect());
    STEMS.iter().any(|s| s == stem)
}

/// An entry while it is being merged: the model entry plus what merging compares.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub(crate) entry: TimelineEntry,
    /// Year and month as the text wrote them (Old Style stays Old Style), `YYYY-MM`.
    written_month: String,
    /// The words of each mention merged into the entry, kept apart: a mention joins one
    /// it shares enough words with (pooled, a common word of each pulled in others).
    mentions: Vec<Mention>,
    /// The days a month or year entry dated from the writing can fall on (see
    /// [`extract::Candidate::days`]).
    days: Option<(String, String)>,
}

/// The stems of copulas in the past, which tell a state, not an act ([`Draft::acts_alike`]).
static COPULAS: LazyLock<BTreeSet<String>> = LazyLock::new(|| extract::stems("became was were remained").into_iter().collect());

impl Draft {
    fn new(c: Candidate) -> Draft {
        let written_month = c.written.clone();
        Draft {
            mentions: vec![Mention::new(&c.article, &c.own_words)],
            days: c.days,
            written_month,
            entry: TimelineEntry {
                id: String::new(),
                date_label: c.label,
                sort_key: c.sort_key,
                end_sort_key: c.end_key,
                precision: c.precision,
                text: c.text,
                note: c.note,
                sources: vec![Locator {
                    article: c.article,
                    anchor: c.block,
                    page: None,
                }],
            },
        }
    }

    /// An entry the editor added by hand.
    pub(crate) fn added(entry: TimelineEntry) -> Draft {
        Draft {
            written_month: entry.sort_key[..7].to_string(),
            mentions: vec![Mention::new("", &entry.text)],
            days: None,
            entry,
        }
    }

    /// Whether `other` is a mention of this entry's event.
    fn same_event(&self, other: &Draft) -> bool {
        let mut proportional = false;
        let dates_agree = match (self.entry.precision, other.entry.precision) {
            (DatePrecision::Year, DatePrecision::Year) => {
                self.entry.sort_key == other.entry.sort_key
            }
            // (A year mention joins a finer date of its year afterwards: see `fold_years`.)
            (DatePrecision::Year, _) | (_, DatePrecision::Year) => false,
            (DatePrecision::Day, DatePrecision::Day) => {
                self.entry.sort_key == other.entry.sort_key
                    && self.entry.end_sort_key == other.entry.end_sort_key
            }
            // "late October" is not "October": the labels must agree (the mark aside).
            (DatePrecision::Month, DatePrecision::Month) => {
                let unmarked = |l: &str| l.trim_end_matches(extract::INFERRED_MARK).to_string();
                unmarked(&self.entry.date_label) == unmarked(&other.entry.date_label)
            }
            // A month mention joins a day date of the same (written) month when they share
            // a good part of their words (a third of the shorter), not just two of many.
            // "last week" joins no day of this week; nor does a week's act told with another
            // verb ("began impeachment proceedings this week" is not "the impeachment vote
            // failed on Saturday").
            _ => {
                proportional = true;
                self.written_month == other.written_month && self.admits(other) && other.admits(self) && self.acts_alike(other, &BTreeSet::new())
            }
        };
        dates_agree && self.most_shared(other, proportional, proportional).is_some()
    }

    /// The most words one of this entry's mentions shares with one of `other`'s, among the
    /// pairs that share enough ([`Mention::shared`]).
    fn most_shared(&self, other: &Draft, proportional: bool, by_names: bool) -> Option<usize> {
        self.mentions
            .iter()
            .flat_map(|a| other.mentions.iter().filter_map(move |b| a.shared(b, proportional, by_names)))
            .max()
    }

    /// Whether one of its mentions shares a word written in lower case with one of `other`'s
    /// (not names alone).
    fn tells_alike(&self, other: &Draft) -> bool {
        self.mentions.iter().any(|a| other.mentions.iter().any(|b| !a.common.is_disjoint(&b.common)))
    }

    /// Whether a mention of each tells its act with the same verb, or one tells none, the
    /// verbs of `aside` not counted (copulas: "became chair" is the state "named … its chair"
    /// brought about).
    fn acts_alike(&self, other: &Draft, aside: &BTreeSet<String>) -> bool {
        let acts = |m: &Mention| m.verbs.difference(aside).cloned().collect::<BTreeSet<String>>();
        self.mentions.iter().any(|a| {
            other.mentions.iter().any(|b| {
                let (a, b) = (acts(a), acts(b));
                a.is_empty() || b.is_empty() || !a.is_disjoint(&b)
            })
        })
    }

    /// Whether a finer entry can be this entry's event: it falls within the days this
    /// entry's words allow.
    fn admits(&self, finer: &Draft) -> bool {
        match &self.days {
            Some((first, last)) if finer.entry.precision > self.entry.precision => {
                (first..=last).contains(&&finer.entry.sort_key)
            }
            _ => true,
        }
    }

    fn absorb(&mut self, other: Draft) {
        // Two mentions of one event at the same precision: the days either allows.
        if self.entry.precision == other.entry.precision {
            self.days = match (self.days.take(), &other.days) {
                (Some((a, b)), Some((c, d))) => Some((a.min(c.clone()), b.max(d.clone()))),
                _ => None,
            };
        }
        if other.entry.precision > self.entry.precision {
            let e = &mut self.entry;
            e.date_label = other.entry.date_label;
            e.sort_key = other.entry.sort_key;
            e.end_sort_key = other.entry.end_sort_key;
            e.precision = other.entry.precision;
            e.note = other.entry.note;
            // The finer mention tells the event more exactly.
            e.text = other.entry.text;
        }
        for m in other.mentions {
            let same_words = |n: &&mut Mention| n.stems == m.stems && n.verbs == m.verbs && n.whole == m.whole && n.common == m.common;
            match self.mentions.iter_mut().find(same_words) {
                Some(n) => {
                    for a in m.articles {
                        if let Err(at) = n.articles.binary_search(&a) {
                            n.articles.insert(at, a);
                        }
                    }
                }
                None => self.mentions.push(m),
            }
        }
        for loc in other.entry.sources {
            if !self.entry.sources.iter().any(|s| s.article == loc.article) {
                self.entry.sources.push(loc);
            }
        }
    }
}

/// Merges mentions of the same event (same date, shared words) into one entry with
/// several sources, in book order.
fn merge(candidates: Vec<Candidate>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_year: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for c in candidates {
        let d = Draft::new(c);
        let year = d.entry.sort_key[..4].to_string();
        let bucket = by_year.entry(year).or_default();
        match bucket
            .iter()
            .find(|&&i| drafts[i].same_event(&d) || d.same_event(&drafts[i]))
        {
            Some(&i) => drafts[i].absorb(d),
            None => {
                bucket.push(drafts.len());
                drafts.push(d);
            }
        }
    }
    fold_years(drafts)
}

/// "The Soviets had first emerged in 1905" and "the Soviets first emerged in October 1905":
/// once the mentions of each date are merged, a year entry joins the finer entry of that
/// year that shares most of its words, when they share a good part of them (a third of the
/// finer one's, and two at least), as a month mention joins a day; and when they share more
/// than names: "Protests emerged in 2014 following Eich's appointment as CEO of Mozilla" is
/// not "On March 24, 2014, Mozilla promoted Brendan Eich to CEO" (the same people do several
/// things in a year); nor when each tells its act with a verb of its own: "a drug that
/// completed a Phase 3 trial in 2025" is not "another entered Phase 3 trials in March 2025".
fn fold_years(mut drafts: Vec<Draft>) -> Vec<Draft> {
    let mut joined = vec![false; drafts.len()];
    for y in 0..drafts.len() {
        if drafts[y].entry.precision != DatePrecision::Year {
            continue;
        }
        let best = drafts
            .iter()
            .enumerate()
            .filter(|(i, f)| !joined[*i] && f.entry.precision > DatePrecision::Year)
            .filter(|(_, f)| f.entry.sort_key[..4] == drafts[y].entry.sort_key[..4] && drafts[y].admits(f))
            .filter(|(_, f)| drafts[y].tells_alike(f) && drafts[y].acts_alike(f, &COPULAS))
            .filter(|(_, f)| !names_one_of_a_count(&drafts[y].entry.text, &f.entry.text))
            .filter_map(|(i, f)| Some((i, drafts[y].most_shared(f, true, false)?)))
            .max_by_key(|&(i, shared)| (shared, std::cmp::Reverse(i)))
            .map(|(i, _)| i);
        if let Some(i) = best {
            let year = drafts[y].clone();
            let finer = &mut drafts[i];
            finer.absorb(year);
            // The sources in book order ("ch2" before "ch10").
            finer.entry.sources.sort_by(|a, b| (a.article.len(), &a.article).cmp(&(b.article.len(), &b.article)));
            joined[y] = true;
        }
    }
    drafts.into_iter().zip(joined).filter(|(_, j)| !j).map(|(d, _)| d).collect()
}

/// Words that count a plural subject ("a handful of restaurants", "three new bakeries").
const COUNTING_WORDS: &[&str] = &[
    "several", "many", "some", "few", "dozens", "scores", "handful", "number", "series", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// "A handful of restaurants have opened" (this year) and "The team behind Velmora Hall
/// opened this new restaurant" (in October): a year entry whose subject counts a plural
/// tells the year's several acts, and a finer entry naming the noun in the singular tells
/// one of them, not the year's event (one naming the plural may be: "three bakeries opened
/// in March").
fn names_one_of_a_count(year: &str, finer: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect()
    };
    let (year, finer) = (words(year), words(finer));
    let Some(count) = year.iter().take(4).position(|w| COUNTING_WORDS.contains(&w.as_str()) || w.parse::<u32>().is_ok_and(|n| n > 1)) else {
        return false;
    };
    let Some(plural) = year[count + 1..]
        .iter()
        .take(3)
        .find(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && *w != "of")
    else {
        return false;
    };
    let singular = match plural.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => plural[..plural.len() - 1].to_string(),
    };
    finer.contains(&singular) && !finer.contains(plural)
}

/// Day-dated entries from different articles that tell the same event on different days.
fn conflicts(entries: &[TimelineEntry]) -> Vec<String> {
    let mut out = Vec::new();
    let days: Vec<(&TimelineEntry, BTreeSet<String>)> = entries
        .iter()
        .filter(|e| e.precision == DatePrecision::Day)
        .map(|e| (e, extract::stems(&e.text).into_iter().collect()))
        .collect();
    for (i, (a, sa)) in days.iter().enumerate() {
        // Entries are sorted, so candidates for a conflict lie within the next few weeks.
        for (b, sb) in days[i + 1..]
            .iter()
            .take_while(|(b, _)| b.sort_key[..4] == a.sort_key[..4])
        {
            let shared = sa.intersection(sb).count();
            let smaller = sa.len().min(sb.len()).max(1);
            let same_article = a
                .sources
                .iter()
                .any(|s| b.sources.iter().any(|t| t.article == s.article));
            // An entry the editor added has no source: it is the editor's word, not a conflict.
            let both_sourced = !a.sources.is_empty() && !b.sources.is_empty();
            if both_sourced
                && a.sort_key != b.sort_key
                && !same_article
                && shared >= 2
                && shared * 5 >= smaller * 2
            {
                out.push(format!(
                    "conflicting dates for one event? {} “{}” ({}) vs {} “{}” ({}); both are shown",
                    a.date_label,
                    a.text,
                    articles(a),
                    b.date_label,
                    b.text,
                    articles(b)
                ));
            }
        }
    }
    out
}

fn articles(e: &TimelineEntry) -> String {
    let ids: Vec<&str> = e.sources.iter().map(|s| s.article.as_str()).collect();
    ids.join(", ")
}

fn assign_ids(entries: &mut [TimelineEntry]) {
    let mut used = BTreeSet::new();
    for e in entries {
        let words: Vec<String> = e
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .map(|w| w.to_lowercase())
            .collect();
        let base = format!("tl-{}-{}", e.sort_key, words.join("-"));
        let base: String = base
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
}

/// The timeline as TimelineJS JSON: `{"title": {...}, "events": [...]}` with Gregorian
/// start (and end) dates to the stated precision and the printed label as display date.
pub fn timelinejs(timeline: &Timeline, meta: &BookMeta) -> Value {
    let date = |key: &str, precision: DatePrecision| -> Value {
        // (A year of five digits must not shift the month and day: it once gave month 43
        // and day 55.)
        let (year, month, day) = calendar::key_parts(key);
        let (month, day) = (Some(month).filter(|m| (1..=12).contains(m)), Some(day).filter(|d| (1..=31).contains(d)));
        let mut d = serde_json::Map::new();
        d.insert("year".into(), json!(year));
        if let Some(m) = month.filter(|_| precision >= DatePrecision::Month) {
            d.insert("month".into(), json!(m));
            if let Some(day) = day.filter(|_| precision == DatePrecision::Day) {
                d.insert("day".into(), json!(day));
            }
        }
        Value::Object(d)
    };
    let events: Vec<Value> = timeline
        .entries
        .iter()
        .map(|e| {
            let mut ev = json!({
                "unique_id": e.id,
                "start_date": date(&e.sort_key, e.precision),
                "display_date": e.date_label,
                "text": { "headline": e.text, "text": e.note.clone().unwrap_or_default() },
            });
            if let Some(end) = &e.end_sort_key {
                ev["end_date"] = date(end, e.precision);
            }
            ev
        })
        .collect();
    json!({
        "title": { "text": { "headline": timeline.title, "text": meta.title } },
        "events": events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(article: &str, key: &str, precision: DatePrecision, text: &str) -> Candidate {
        Candidate {
            sort_key: key.to_string(),
            end_key: None,
            label: key.to_string(),
            precision,
            text: text.to_string(),
            own_words: text.to_string(),
            note: None,
            written: key[..7].to_string(),
            article: article.to_string(),
            block: format!("{article}-p1"),
            calendar_mismatch: None,
            days: None,
        }
    }

    #[test]
    fn a_year_mention_joins_the_finer_date_of_its_event() {
        let drafts = merge(vec![
            candidate("ch02", "1905-00-00", DatePrecision::Year, "Soviets had first emerged in the defeated revolution"),
            candidate("ch03", "1905-10-00", DatePrecision::Month, "The Soviets first emerged, on the eve of a strike"),
            candidate("ch03", "1905-00-00", DatePrecision::Year, "A general strike was called in Moscow"),
        ]);
        let got: Vec<(&str, usize)> = drafts.iter().map(|d| (d.entry.sort_key.as_str(), d.entry.sources.len())).collect();
        // The soviets' emergence is one entry of October 1905 with both sources; the strike,
        // sharing one word, stays apart.
        assert_eq!(got, [("1905-10-00", 2), ("1905-00-00", 1)]);
    }

    #[test]
    fn a_year_mention_told_with_another_verb_stays_apart_from_a_finer_date() {
        let drafts = merge(vec![
            candidate("ch1", "2025-00-00", DatePrecision::Year, "The first, a pill, is a drug that completed a Phase 3 clinical trial"),
            candidate("ch1", "2025-03-00", DatePrecision::Month, "The monthly injection entered Phase 3 clinical trials"),
        ]);
        assert_eq!(drafts.len(), 2);
    }

    #[test]
    fn a_year_counting_a_plural_joins_no_finer_entry_naming_one_of_them() {
        let keys = |year_text: &str, month_text: &str| -> Vec<String> {
            merge(vec![
                candidate("ch1", "2025-00-00", DatePrecision::Year, year_text),
                candidate("ch1", "2025-10-00", DatePrecision::Month, month_text),
            ])
            .into_iter()
            .map(|d| d.entry.sort_key)
            .collect()
        };
        assert_eq!(
            keys("A handful of restaurants have opened", "The team behind Velmora Hall opened this new restaurant"),
            ["2025-00-00", "2025-10-00"]
        );
        assert_eq!(keys("Three new bakeries opened", "Tora Quist opened a bakery on the quay"), ["2025-00-00", "2025-10-00"]);
        // The plural named again may be the same event; a year of one act still joins.
        assert_eq!(keys("Three new bakeries opened", "Three new bakeries opened on the quay"), ["2025-10-00"]);
        assert_eq!(keys("Tora Quist opened a bakery", "Tora Quist opened a bakery on the quay"), ["2025-10-00"]);
    }

    /// The number of sources of each entry the candidates merge into.
    fn sources_per_entry(candidates: Vec<Candidate>) -> Vec<usize> {
        merge(candidates).iter().map(|d| d.entry.sources.len()).collect()
    }

    #[test]
    fn a_month_mention_told_with_another_verb_stays_apart_from_a_day() {
        let sources = |month_text: &str| {
            sources_per_entry(vec![
                candidate("ch01", "2016-05-07", DatePrecision::Day, "The harbour board's strike vote failed after members walked out"),
                candidate("ch01", "2016-05-00", DatePrecision::Month, month_text),
            ])
        };
        // The vote told again joins the day; the strike's beginning, told with another verb,
        // is another event.
        assert_eq!(sources("The harbour board's strike vote failed this week"), [1]);
        assert_eq!(sources("Six dockers' unions began strike proceedings against the harbour board"), [1, 1]);
    }

    #[test]
    fn a_year_mention_sharing_only_names_stays_apart_from_a_finer_date() {
        let sources = |year_text: &str| {
            sources_per_entry(vec![
                candidate("ch01", "2016-05-02", DatePrecision::Day, "Harbour Board named Ada Vance its chair"),
                candidate("ch02", "2016-00-00", DatePrecision::Year, year_text),
            ])
        };
        // The year's mention of her chair joins the day; her voyage shares names only.
        assert_eq!(sources("Ada Vance became chair of the Harbour Board"), [2]);
        assert_eq!(sources("Ada Vance sailed to Lisbon for the Harbour Board"), [1, 1]);
    }

    #[test]
    fn a_mention_joins_by_the_words_of_one_mention_not_of_all_pooled() {
        let drafts = merge(vec![
            candidate("ch01", "2019-11-18", DatePrecision::Day, "The council approved the Velmora harbour budget"),
            candidate("ch02", "2019-11-18", DatePrecision::Day, "Residents marched against the Velmora harbour tax"),
            candidate("ch03", "2019-11-00", DatePrecision::Month, "A budget protest in the valley by residents"),
        ]);
        let got: Vec<(&str, usize)> = drafts.iter().map(|d| (d.entry.sort_key.as_str(), d.entry.sources.len())).collect();
        // The two reports of 18 November share "Velmora harbour" and are one entry; the month's
        // mention shares one word with each of them, two with neither: it stays apart.
        assert_eq!(got, [("2019-11-18", 2), ("2019-11-00", 1)]);
    }

    #[test]
    fn two_articles_mentions_of_a_year_join_on_no_single_common_word() {
        let sources = |other: &str| {
            sources_per_entry(vec![
                candidate("ch01", "2012-00-00", DatePrecision::Year, "The Velmora road board said that 90 drivers died, most of the dead unbelted"),
                candidate("ch02", "2012-00-00", DatePrecision::Year, other),
            ])
        };
        // "dead", the one word both say, tells no same event; a name both give may.
        assert_eq!(sources("Tora Quist wrote that the dead body of a slave haunts the island"), [1, 1]);
        assert_eq!(sources("The Velmora inquest into the crashes"), [2]);
    }

    #[test]
    fn a_coarser_date_of_another_article_naming_only_others_stays_apart_from_a_day() {
        let sources = |month_text: &str| {
            sources_per_entry(vec![
                candidate("ch01", "2019-11-14", DatePrecision::Day, "Tora Quist took to social media and accused Braun"),
                candidate("ch02", "2019-11-00", DatePrecision::Month, month_text),
            ])
        };
        assert_eq!(sources("The Velmora Party was embroiled when it posted a video on social media"), [1, 1]);
        // One name both give, and the month joins the day.
        assert_eq!(sources("Singer Tora Quist took to social media"), [2]);
    }

    #[test]
    fn two_articles_news_of_one_day_joins_on_more_than_a_shared_verb() {
        let drafts = merge(vec![
            candidate("ch01", "2019-11-20", DatePrecision::Day, "The envoy accused the junta of stalling talks"),
            candidate("ch02", "2019-11-20", DatePrecision::Day, "Protesters accused the police of brutality"),
            candidate("ch03", "2019-11-20", DatePrecision::Day, "Gomez accused the Harbour Board of fraud"),
            candidate("ch04", "2019-11-20", DatePrecision::Day, "The mayor sued the Harbour Board"),
            candidate("ch05", "2019-11-20", DatePrecision::Day, "Rioters clashed with policemen"),
            candidate("ch06", "2019-11-20", DatePrecision::Day, "The council debated its policies"),
        ]);
        let sources: Vec<usize> = drafts.iter().map(|d| d.entry.sources.len()).collect();
        // (Nor does a stem shared by two words: "policemen", "policies".)
        assert_eq!(sources, [1, 1, 2, 1, 1]);
    }

    #[test]
    fn a_coarser_date_of_another_article_joins_a_day_on_more_than_the_verb_both_use() {
        let sources = |month_text: &str| {
            sources_per_entry(vec![
                candidate("ch01", "2016-10-13", DatePrecision::Day, "The Harbour Guild announced that its Sailing Programme has launched its second programme"),
                candidate("ch02", "2016-10-00", DatePrecision::Month, month_text),
            ])
        };
        // Another company's programme, announced the same month, shares the verb and one
        // word; the guild's own launch told again shares more.
        assert_eq!(sources("Norcell announced its Drone Relay programme for rescuers"), [1, 1]);
        assert_eq!(sources("The Harbour Guild announced its Sailing Programme"), [2]);
        // Naming no one, it may be the guild's.
        assert_eq!(sources("It announced its second programme"), [2]);
        // (A year mention as well: it joins no finer date of another article on the verb.)
        let drafts = merge(vec![
            candidate("ch01", "2016-10-13", DatePrecision::Day, "The Harbour Guild announced that its Sailing Programme has launched its second programme"),
            candidate("ch02", "2016-00-00", DatePrecision::Year, "Norcell announced its Drone Relay programme for rescuers"),
        ]);
        assert_eq!(drafts.len(), 2);
    }

    #[test]
    fn two_articles_news_of_one_day_joins_on_no_preposition() {
        let drafts = merge(vec![
            candidate("ch01", "2019-11-18", DatePrecision::Day, "Police arrested six people during a raid on a garage"),
            candidate("ch02", "2019-11-18", DatePrecision::Day, "The singer teased a new tour during the band's set"),
            candidate("ch03", "2019-11-18", DatePrecision::Day, "Detectives arrested two men after the raid"),
        ]);
        let sources: Vec<usize> = drafts.iter().map(|d| d.entry.sources.len()).collect();
        // The two raids are one entry; the tour shares "during" only.
        assert_eq!(sources, [2, 1]);
    }

    #[test]
    fn a_mention_of_early_this_year_joins_no_later_date() {
        let early = |text: &str| Candidate {
            days: Some(("2019-01-00".to_string(), "2019-04-31".to_string())),
            ..candidate("ch01", "2019-00-00", DatePrecision::Year, text)
        };
        let drafts = merge(vec![
            candidate("ch01", "2019-11-18", DatePrecision::Day, "The airline announced an order of fifty jets"),
            early("Its cut to jet orders led the maker to announce the end of the model"),
        ]);
        let keys: Vec<&str> = drafts.iter().map(|d| d.entry.sort_key.as_str()).collect();
        assert_eq!(keys, ["2019-11-18", "2019-00-00"]);
        let drafts = merge(vec![
            candidate("ch01", "2019-02-00", DatePrecision::Month, "The airline announced an order of fifty jets"),
            early("The airline announced an order of fifty jets from the maker"),
        ]);
        let keys: Vec<&str> = drafts.iter().map(|d| d.entry.sort_key.as_str()).collect();
        assert_eq!(keys, ["2019-02-00"]);
    }

    #[test]
    fn a_mention_of_last_week_joins_no_day_of_this_week() {
        // Written on Wednesday 20 November 2019: its "last week" ran from 11 to 17 November.
        let last_week = |text: &str| Candidate {
            days: Some(("2019-11-11".to_string(), "2019-11-17".to_string())),
            ..candidate("ch01", "2019-11-00", DatePrecision::Month, text)
        };
        let drafts = merge(vec![
            candidate("ch01", "2019-11-19", DatePrecision::Day, "The court ruled on the harbour settlement fees"),
            last_week("The court ruled that harbour settlement fees be listed"),
        ]);
        let keys: Vec<&str> = drafts.iter().map(|d| d.entry.sort_key.as_str()).collect();
        assert_eq!(keys, ["2019-11-19", "2019-11-00"]);
        let drafts = merge(vec![
            candidate("ch01", "2019-11-14", DatePrecision::Day, "The court ruled on the harbour settlement fees"),
            last_week("The court ruled that harbour settlement fees be listed"),
        ]);
        let keys: Vec<&str> = drafts.iter().map(|d| d.entry.sort_key.as_str()).collect();
        assert_eq!(keys, ["2019-11-14"]);
    }
}
