//! The extractor: dated events found in article bodies.
//!
//! Takes a [`Book`] and returns [`Candidate`]s, one per date mention in a body paragraph
//! (never in headings, captions, source lists, block quotes, quoted speech, bylines or
//! metadata), each with its resolved date, a short clause from the sentence that carries
//! it and the paragraph it stands in. A number is a year only in date context (a date
//! grammar or a temporal phrase), never a score, quantity or model year; quotation
//! attributions, plans and forecasts are set aside. Missing years come from the narrative
//! or the article's own date ([`super::anchor`]) and carry [`INFERRED_MARK`]; Old Style
//! dates are converted for events in Russia ([`super::place`]) or texts that say so.

use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::anchor::{Anchor, WEEKDAYS};
use super::aside;
use super::fragment;
use super::calendar::{self, add_days, julian_to_gregorian, month_name, month_number, Ymd};
use super::place::Place;
use super::referent;
use super::relative;
use crate::memo::{self, Memo};
use crate::model::{Article, Block, Book, DatePrecision};

/// How an article's day dates before 1 February 1918 are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Convention {
    /// Old Style (Julian) for events in Russia before its reform, New Style for the rest of
    /// the world and after: the default.
    Russian,
    /// The text says it uses the Old Style: every date before the reform is Julian.
    Julian,
    /// Every date is New Style (Gregorian).
    Gregorian,
}

/// One dated statement found in the text, before merging.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Gregorian sort key `YYYY-MM-DD` (zeros when unknown).
    pub sort_key: String,
    /// End of a range, same form.
    pub end_key: Option<String>,
    pub label: String,
    pub precision: DatePrecision,
    pub text: String,
    /// The words of `text` that tell the event, without a subject and verb taken back from
    /// an earlier clause: what mentions of one event must share to merge.
    pub own_words: String,
    pub note: Option<String>,
    /// Year and month as the text wrote them (Old Style stays Old Style): `YYYY-MM`.
    pub written: String,
    pub article: String,
    pub block: String,
    /// A pair of dates the text gave in both calendars that do not agree.
    pub calendar_mismatch: Option<String>,
    /// The first and last day (sort keys) a mention dated from the writing can fall on ("last
    /// week": that week's Monday to Sunday; "early this year": its first months): a finer date
    /// outside them is another event.
    pub days: Option<(String, String)>,
}

/// A candidate the extractor found but rejected itself, and why.
#[derive(Debug, Clone)]
pub struct Rejected {
    pub reason: &'static str,
    pub article: String,
    pub block: String,
    pub date: String,
    pub sentence: String,
}

/// What the extractor returns for a book.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub candidates: Vec<Candidate>,
    pub rejected: Vec<Rejected>,
}

const M: &str = "(January|February|March|April|May|June|July|August|September|October|November|\
     December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
/// [`M`], and the short names written without their full stop, which only a day number
/// beside them makes a month ("Nov 2", "2 Nov 2018"; "Mar" alone may be a verb).
const MD: &str = "(January|February|March|April|May|June|July|August|September|October|November|\
     December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|\
     Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
const D: &str = r"(\d{1,2})(?:st|nd|rd|th)?";
const Y: &str = r"(1[0-9]{3}|20[0-9]{2})";
/// The year pattern, for the other modules.
pub(super) const YEAR: &str = Y;

/// Determiners of a noun phrase.
const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"];
/// Words after which a bare month dates an event ("in April", "by June", "this past May").
const MONTH_PREPS: &[&str] = &["in", "by", "during", "from", "of", "and", "to", "past"];
/// Words after which a bare year dates an event ("in 1905", "the 1905 revolution").
const YEAR_PREPS: &[&str] = &[
    "in", "by", "during", "from", "of", "around", "the", "and", "to",
];
/// Words that tell a year roughly, between its preposition and it ("in about 1868").
const APPROXIMATELY: &[&str] = &["about", "around", "circa", "c.", "ca.", "approximately", "roughly"];
/// Words after which a date bounds a state rather than dates an event.
const BOUNDING_PREPS: &[&str] = &["before", "after", "until", "till", "since", "than"];
/// Nouns an attributive year dates ("the 1905 revolution"), as against a model year ("the
/// 2016 MacBook Pro") or a label; a word counts when it starts with one of these.
const EVENT_NOUNS: &[&str] = &[
    "revolution", "war", "election", "strike", "uprising", "rising", "revolt", "rebellion",
    "coup", "crisis", "massacre", "famine", "congress", "conference", "treaty", "reform",
    "referendum", "earthquake", "flood", "olympic", "games", "campaign", "invasion", "mutiny",
    "riot", "protest", "census", "siege", "battle", "insurrection", "putsch", "general",
    "pogrom", "plague", "epidemic", "pandemic", "armistice", "truce", "blockade", "crash",
    "recession", "depression", "lockout", "march", "summit", "abdication", "assassination",
    "fair", "exposition", "expo", "world", "cup", "festival", "intervention", "buyout", "takeover",
    "merger",
];
/// Whether `word` (lower case) is one of `nouns`, in the singular or the plural, a
/// possessive aside ("wars", "the 1939 World’s Fair"); not a longer word that opens on one
/// ("warmest in January", "exports in 2014", "reported in 2016").
fn is_noun_of(nouns: &[&str], word: &str) -> bool {
    let word = word.trim_end_matches("’s").trim_end_matches("'s");
    // ("crisis", "crises".)
    let plural_of = |n: &str| n.strip_suffix("is").is_some_and(|stem| word.strip_prefix(stem) == Some("es"));
    nouns.iter().any(|n| word.strip_prefix(n).is_some_and(|rest| ["", "s", "es"].contains(&rest)) || plural_of(n))
}

/// Whether `word` (lower case) is the noun of an event ([`EVENT_NOUNS`]): "revolution", "wars".
pub(crate) fn is_event_noun(word: &str) -> bool {
    is_noun_of(EVENT_NOUNS, word)
}

/// Nouns of a stretch of time: a month after "of" dates them ("the first week of October").
const TIME_NOUNS: &[&str] = &[
    "week", "weeks", "day", "days", "end", "beginning", "start", "middle", "half", "part", "rest",
    "month", "months", "year", "years", "night", "nights", "morning", "evening", "events", "course",
];
/// Nouns of works a year can date ("the 2012 book", "Nauman’s 1968 work").
const WORK_NOUNS: &[&str] = &[
    "book", "work", "film", "album", "novel", "essay", "study", "report", "painting", "song",
    "opera", "poem", "exhibition", "memoir", "documentary", "treatise", "manifesto",
];
/// Words shortly before "from", "to", "of"… a number that make it a quantity, not a year
/// ("scores increased from 1061 to 1128", "a total score of 2072").
const QUANTITY_WORDS: &[&str] = &[
    "score", "scores", "scored", "points", "increased", "decreased", "rose", "fell", "grew",
    "dropped", "jumped", "climbed", "total", "totalled", "totaled", "cost", "costs", "price",
    "prices", "page", "pages", "number", "numbered", "worth", "weighed", "measured", "count",
    "counted", "reached", "averaged", "rate", "increase", "decrease", "percent",
];
/// Prepositions that put a number in a quantity's place when a quantity word is near.
const QUANTITY_PREPS: &[&str] = &["from", "to", "of", "at", "by", "around", "about"];
/// Nouns a number counts ("1917 votes", "2021 points").
const COUNTED_NOUNS: &[&str] = &[
    "points", "votes", "copies", "seats", "fans", "people", "deaths", "cases", "pages",
    "dollars", "euros", "pounds", "roubles", "rubles", "words", "members", "delegates",
    "troops", "soldiers", "workers", "units", "miles", "kilometres", "kilometers", "metres",
];
/// Words that make "since" a record's ("the highest since"; "the first time since" too).
const RECORD_WORDS: &[&str] = &[
    "highest", "lowest", "largest", "biggest", "smallest", "best", "worst", "most",
    "least", "fastest", "slowest", "longest", "shortest", "strongest", "weakest",
];
/// A superlative of "-est" beyond the record words ("the cheapest gas has been since October
/// 2009", "the wettest since"), not a noun or a verb that ends so ("the protest since").
fn is_superlative(word: &str) -> bool {
    const NOT_SUPERLATIVE: &[&str] = &[
        "interest", "forest", "protest", "request", "harvest", "contest", "suggest", "honest",
        "modest", "arrest", "invest", "digest", "manifest", "conquest", "inquest", "earnest",
        "midwest", "southwest", "northwest", "bequest", "behest", "tempest", "attest", "detest",
        "divest", "infest", "unrest", "priest", "arbalest", "molest", "congest", "ingest",
    ];
    word.len() >= 6 && word.ends_with("est") && !NOT_SUPERLATIVE.contains(&word)
}
/// Verbs that attribute speech or writing: a date on them dates a quotation or a
/// publication, not an event.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "wrote", "writes", "added", "stated", "argued",
    "argues", "noted", "notes", "explained", "claimed", "recalled", "recalls", "remarked",
    "commented", "insisted", "divulged", "disclosed", "reported",
];
/// Verbs that report what a study or a forecast found: "projected in May that …".
const FINDING_VERBS: &[&str] = &[
    "projected", "estimated", "predicted", "forecast", "found", "concluded", "showed", "calculated",
];
/// Verbs whose "that" clause is an estimate: what it dates is a figure's time, not an event
/// ("has estimated that 964,000 people reported a disorder in 2017").
pub(super) const ESTIMATE_VERBS: &[&str] = &[
    "estimated", "estimates", "estimate", "projected", "projects", "calculated", "calculates",
];
/// Verbs of a figure's move ("rose", "fell"): what they tell is a trend, measured from a base.
const TREND_VERBS: &[&str] = &[
    "grew", "rose", "fell", "increased", "decreased", "declined", "doubled", "tripled", "dropped", "climbed", "expanded",
    "shrank", "gained", "improved", "slowed",
];
/// A figure's move or its standing still, told by a participle or an adjective: "rising
/// slightly from July's reading", "unchanged from 2018".
const TREND_FORMS: &[&str] = &[
    "rising", "falling", "growing", "climbing", "dropping", "declining", "increasing", "decreasing", "unchanged",
];

/// "That number increased from Friday", "rising slightly from July's 98.8 reading",
/// "which is unchanged from 2018": the words before a date end on a figure's move (a verb of
/// trend, its participle, "unchanged") and "from", an adverb between them or not: the date is
/// the base the figure is compared with.
fn moved_from(before: &[String]) -> bool {
    let trend = |w: &String| TREND_VERBS.contains(&w.as_str()) || TREND_FORMS.contains(&w.as_str());
    match before {
        [.., verb, from] if from == "from" && trend(verb) => true,
        [.., verb, adverb, from] => from == "from" && trend(verb) && adverb.ends_with("ly"),
        _ => false,
    }
}

/// Words that make a clause a plan or a forecast.
const FUTURE_WORDS: &[&str] = &[
    "will", "won't", "shall", "scheduled", "due", "expected", "plans", "plan", "planned",
    "aims", "intends", "upcoming", "forecast", "hopes", "hoping", "seeks", "expects", "should",
    "slated",
];
/// Appended to a date whose year or day the text does not state (explained once, in the
/// headnote).
pub const INFERRED_MARK: &str = "*";

struct Patterns {
    dual: Regex,
    day_range: Regex,
    us_day_range: Regex,
    us_month_day_range: Regex,
    day: Regex,
    day_of: Regex,
    us_day: Regex,
    numeric: Regex,
    ordinal: Regex,
    relative: Regex,
    years_later: Regex,
    ranking: Regex,
    weekday: Regex,
    article_relative: Regex,
    ago: Regex,
    years_since: Regex,
    tells_how: Regex,
    easter: Regex,
    thanksgiving: Regex,
    iso_attributive: Regex,
    holiday: Regex,
    later_that_month: Regex,
    counted_after: Regex,
    month_range: Regex,
    year_span: Regex,
    month_pair: Regex,
    month: Regex,
    month_of_year: Regex,
    year: Regex,
    short_year: Regex,
    month_name: Regex,
    convention: Regex,
    self_reference: Regex,
    dateline: Regex,
    photo_dated: Regex,
    part_of: Regex,
    season_of: Regex,
    conjunction: Regex,
    time_of_day_left: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: String| Regex::new(&s).expect("built-in pattern is valid");
        let q =
            r"(?:(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+in)?[\s-]+)?";
        Patterns {
            dual: re(format!(
                r"\b{D}\s+{M}(?:,?\s+{Y})?\s*\(\s*{D}\s+{M}(?:,?\s+{Y})?[^)]*\)(?:,?\s+{Y})?"
            )),
            day_range: re(format!(
                r"\b{D}(?:\s+{M})?\s*(?:to|–|-|until|till)\s*{D}\s+{M}(?:,?\s+{Y})?\b"
            )),
            day: re(format!(r"\b{D}\s+{MD}(?:,?\s+{Y})?\b")),
            us_day_range: re(format!(r"\b{MD}\s+(\d{{1,2}})\s*[–-]\s*(\d{{1,2}})\b(?:,\s*{Y})?")),
            us_month_day_range: re(format!(r"\b{MD}\s+(\d{{1,2}})\s*[–-]\s*{MD}\s+(\d{{1,2}})\b(?:,\s*{Y})?")),
            day_of: re(format!(r"\b[Tt]he\s+(\d{{1,2}})(?:st|nd|rd|th)\s+of\s+{M}(?:,?\s+{Y})?\b")),
            numeric: re(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b".to_string()),
            // (The year also without its comma, "opened on Wednesday, December 17 2025", or
            // after "of", "deployed on March 1st of 2004".)
            us_day: re(format!(
                r"\b{MD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+|\s+of\s+){Y})?"
            )),
            ordinal: re(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b".to_string()),
            relative: re(
                r"\b(?:[Tt]he\s+(?:next|following)\s+(day|morning|evening)|(\w+)\s+(days?|weeks?)\s+later|[Tt]he\s+(same)\s+day|(?:[Ll]ater|[Ee]arlier)\s+(that)\s+(?:day|night|evening|morning|afternoon)|[Tt]he\s+(day\s+before|previous\s+day|preceding\s+day)|[Tt]he\s+(week\s+before|previous\s+week|preceding\s+week)|[Tt]he\s+(?:following|next)\s+(week))\b"
                    .to_string(),
            ),
            ranking: re(r"(?i)\branked\b|\branking\s+(?:at\s+)?(?:number|no\.|#|first|second|third|\d)|\b(?:took|held|claimed|kept|lost)\s+the\s+top\s+spot\b|\b(?:became|remained|was|were)\s+the\s+(?:leading|top|main|second|third|second[- ]leading|third[- ]leading)\s+causes?\s+of\b|\b(?:rocketed|shot|climbed|moved|rose|risen|jumped|slipped|dropped|fell|fallen|slid|tumbled)\s+(?:up\s+|down\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:places|spots|positions|notches|ranks|rungs)\b".to_string()),
            years_later: re(r"\b(?:[Tt]he\s+(?:next|following)\s+year|(\w+)\s+years?\s+(later|earlier)|([Tt]he\s+(?:previous|preceding)\s+year|[Tt]he\s+year\s+before)|((?:[Tt]he|[Tt]hat)\s+same\s+year|(?:[Ll]ater|[Ee]arlier)\s+that\s+year))\b".to_string()),
            weekday: re(
                r"\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?(\s+last\b)?\b"
                    .to_string(),
            ),
            // ("^" too: a sentence after the paragraph's first starts on a space, where "\b"
            // fails before its "This year".)
            article_relative: re(r"(?:\b|^)(?:[Ll]ast\s+(week|month|year|spring|summer|fall|autumn|winter)|(?:(?:[Ee]arlier\s+|[Ll]ater\s+)?[Tt]his(?:\s+past|\s+final|\s+last)?|[Ee]arlier\s+in\s+the)\s+(month|week)(?:\s+of\s+the\s+year)?|([Ee]arl(?:y|ier)\s+this\s+year|^\s*This\s+year(?:,?\s+(?:we|I|our)\b)?)|(?:(?:[Aa]t|[Oo]ver)\s+the|[Tt]his(?:\s+past)?)\s+(weekend)|[Ll]ast\s+(weekend)|[Tt]his\s+(spring|summer|fall|autumn|winter)|\b(this\s+year))\b".to_string()),
            holiday: re(format!(r"\b(Christmas\s+Day|Christmas\s+Eve|New\s+Year['’]s\s+Day|New\s+Year['’]s\s+Eve|Boxing\s+Day|Halloween|Valentine['’]s\s+Day|the\s+Fourth\s+of\s+July)(?:,?\s+{Y})?\b")),
            easter: re(r"\b(?:[Tt]he\s+(day|week)\s+(after|before)\s+)?Easter(?:\s+(Sunday|Monday))?\b".to_string()),
            // ("the 2024-07-30 update": an ISO date only before a noun, after "the"; in a
            // citation or an address it dates nothing.)
            iso_attributive: re(format!(r"\b[Tt]he\s+({Y}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))\s+[a-z]")),
            thanksgiving: re(format!(r"\b(?:([Ll]ast|[Tt]his)\s+year['’]s\s+)?Thanksgiving(?:\s+Day)?(?:,?\s+{Y})?\b")),
            years_since: re(r"\b(?:[Tt]he\s+(?:past|last)|been)\s+(\w+)\s+years\s+since\b".to_string()),
            tells_how: re(r"\b(?:tells|recounts|describes|recalls|explains)(?:\s+the\s+story\s+of)?\s+how\s+".to_string()),
            ago: re(r"\b(?:(\w+)\s+(hour|day|week|month|year|decade)s?\s+ago|([Yy]esterday(?:\s+(?:morning|afternoon|evening))?|[Ll]ast\s+night)|([Tt]his\s+(?:morning|afternoon|evening)|[Ee]arlier\s+today)|([Tt]oday))\b".to_string()),
            later_that_month: re(r"\b(?:[Ll]ater\s+(?:that|the\s+same)\s+month|(\w+)\s+months?\s+later)\b".to_string()),
            counted_after: re(r"\b(\w+)\s+(day|week|month)s?\s+(after|before)\s+([^,.;:—]+)".to_string()),
            month_range: re(format!(
                r"\b{M}\s+{Y}\s*(?:to|through|until|till|–|-)\s*{M}\s+{Y}\b"
            )),
            year_span: re(format!(
                r"\b(?:(?:[Ff]rom|[Bb]etween|[Dd]uring)\s+{Y}(?:\s+(?:to|and|through|until|till)\s+|\s*[–-]\s*){Y}|{Y}\s+(?:through|[–-])\s+{Y})\b"
            )),
            month_pair: re(format!(r"\b{q}{M}\s+(?:and|to|–|-)\s+{M}(?:,?\s+{Y})?\b")),
            // ("in October of 2006": the year after "of" too.)
            month: re(format!(r"(?i:\b{q}){M}(?:(?:,?\s+|\s+of\s+){Y})?\b")),
            month_of_year: re(format!(r"\b{M}\s+of\s+(this|last|that)\s+year\b")),
            year: re(format!(r"\b{Y}\b")),
            // ("in ’02": a year cut to its last two digits after an apostrophe; "’90s", a
            // decade, has no word boundary after its digits.)
            short_year: re(r"(?:^|\s)[’']([0-9]{2})\b".to_string()),
            month_name: re(M.to_string()),
            self_reference: re(
                r"(?i)\b(this|the present|these|our)\s+(article|essay|piece|chapter|book|text|talk|account|review|dates)\b|\b(all|the)\s+dates\b|\bdates\s+(are|here|in this|given)\b"
                    .to_string(),
            ),
            photo_dated: re(r"(?i)\bin (?:this|a|an) (?:[a-z]+ ){0,2}(?:photo|photograph|image|picture|screenshot)s? (?:[a-z]+ )?(?:dated|taken|made|released|shot)(?: on)?\s*$".to_string()),
            part_of: re(r"(?i)(?:^|\b(?:at|in|by|until|towards?|from|since)\s+)the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s*$".to_string()),
            season_of: re(r"(?i)\b(?:in|during|by|over|through)\s+the\s+(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|fall|autumn|winter)\s*$".to_string()),
            // (And a linking or a comment adverb set off by its comma: "However, …", "For
            // instance, …", "Interestingly, …", also where a date's cut left it first: "In early
            // May, for example, 900 delegates met".)
            conjunction: re(r"^(?:(?:But|And|Yet)(?:\s+then)?(?:,\s*|\s+)|(?i:However|Meanwhile|Then|For\s+instance|For\s+example|Moreover|Nevertheless|Nonetheless|Still|Indeed|Interestingly|Notably|Ironically|Incidentally|Similarly|Likewise|Furthermore|Additionally),\s*)".to_string()),
            time_of_day_left: re(r"(?i)^(?:on|in|during)\s+the\s+(?:(?:early|late)\s+)?(?:night|morning|evening|afternoon|hours|small hours)\s*,\s*".to_string()),
            // (A press release's too: "NEW YORK, /PRNewswire/ --", its date already cut out.)
            dateline: re(r"^(?:[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?,?\s*)?(?:\([^)]{1,40}\))?\s*(?:/[^/]{1,30}/\s*)?(?:--|[-–—])\s+".to_string()),
            convention: re(
                r"(?i)\b(julian|gregorian|old style|new style|o\.\s?s\.|n\.\s?s\.)".to_string(),
            ),
        }
    })
}

/// Raw reading of one date mention.
#[derive(Debug, Clone, Default)]
struct Raw {
    start: usize,
    end: usize,
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    qualifier: Option<String>,
    /// Range end: day (if any), month, year (if given).
    until: Option<(Option<u32>, u32, Option<i32>)>,
    /// The second date of a pair given in both calendars: day, month, year.
    stated_ns: Option<(u32, u32, Option<i32>)>,
    /// Days after the previous day date ("the next day").
    relative: Option<i64>,
    /// "the previous week" (-7), "the following week" (7): the week before or after the
    /// previous day date, given as its month.
    week_after: Option<i64>,
    /// Years after the last year the text named ("the next year", "two years later"; "two
    /// years earlier" is -2, "the same year" 0).
    years_later: Option<i32>,
    /// A weekday and whether "last" came before it, dated from the article's own date.
    weekday: Option<(String, bool)>,
    /// "Thursday last": the weekday of the week before the writing's.
    week_before: bool,
    /// The weekday named with a day date ("Friday, December 6th"): it tells the year the text
    /// leaves out (0 for Monday).
    day_of_week: Option<u32>,
    /// "last month" or "last year", dated from the article's own date.
    article_relative: Option<String>,
    /// "May of this year" (0), "March of last year" (1): the month's year, counted back from
    /// the article's own.
    years_back: Option<i32>,
    /// "January of that year": the month of the last year the text named.
    that_year: bool,
    /// "last March": the latest such month before the writing, its year the article's date's
    /// alone (not the narrative's).
    deictic: bool,
    /// "four years ago": how many of which unit (`day`, `week`, `month`, `year`) before the
    /// article's own date.
    ago: Option<(i64, String)>,
    /// "the day after Easter": days from the Easter Sunday of the narrative's year.
    easter: Option<i64>,
    /// "on Thanksgiving 2018", "last year's Thanksgiving dinner": the United States'
    /// Thanksgiving, of the year stated, or counted back from the article's own (1 for "last
    /// year's", 0 for "this year's").
    thanksgiving: Option<(Option<i32>, Option<i32>)>,
    /// "later that month" (0), "two months later" (2): months after the previous date's.
    months_later: Option<i64>,
    /// "two days after the vote", "a month after the mill announced its closure", "the day
    /// before the fitting": a count of days (or of months, when the flag is set) after (or,
    /// negative, before) an event told before, by the words that name it.
    counted_after: Option<(i64, bool, String)>,
    /// "This comes just one week after Ann Lind drew a suspension": days (or months, when the
    /// flag is set) a clause told in the past came before the narrative's last day; the
    /// mention runs from the sentence's start to "after", so that the clause is the entry.
    counted_back: Option<(i64, bool)>,
    /// The clause speaks of a plan or a forecast: an undated month or weekday is the next
    /// one after the article's date, not the last.
    future: bool,
    /// A span that dates no event ("from 2010 to 2015 there were…"): found only so that its
    /// years are not read one by one.
    skip: bool,
    /// The mention needs a dating preposition before it (a bare month or year).
    bare: bool,
    /// A year cut to two digits ("in ’04"): its century is the latest that does not put it
    /// after the piece's own year ([`SHORT_YEAR_PIVOT`] with no date).
    short_year: bool,
    /// A weekday closing the lede's attribution: the day the news was made public.
    announced: bool,
    /// "Since 1989, when it crushed the protests": the "when" clause tells the event.
    bound_told: bool,
    /// "over the past six years since I joined the company": the clause after "since" tells
    /// the event, so many years before the writing.
    years_since: bool,
    /// "since 1999" on a state still holding ("has been running programs since 1999"): the
    /// date of its start, told in the present perfect.
    begun: bool,
    /// The span of the list or range the date belongs to ("in 1953, 1961 and 1978", "between
    /// March 2005 and August 2006"): the clause loses the whole of it, not this date alone.
    group: Option<(usize, usize)>,
}

impl Raw {
    /// The mention as wide as its list or range, for cutting the event's clause.
    fn widened(&self) -> Raw {
        let (start, end) = self.group.unwrap_or((self.start, self.end));
        Raw { start, end, ..self.clone() }
    }
}

/// Finds the dated events of every article of the book, taking an article's from `memo`
/// when the same article (`keys`, by [`memo::article_key`]) was read under the same
/// convention before (`anthology watch`).
pub fn extract(book: &Book, conventions: &[Convention], keys: &[memo::Key], memo: &mut Memo<Extraction>) -> Extraction {
    let mut out = Extraction::default();
    for (n, article) in book.articles.iter().enumerate() {
        // The rules read English dates and clauses (`compile_cached` says which it skipped).
        if !crate::language::reads_english(article, &book.meta.language) {
            continue;
        }
        let convention = conventions.get(n).copied().unwrap_or(Convention::Russian);
        let key = memo::key(&(keys[n], convention));
        let mut found = memo.get_or_make(key, || {
            let mut found = Extraction::default();
            extract_article(article, convention, &mut found);
            found
        });
        out.candidates.append(&mut found.candidates);
        out.rejected.append(&mut found.rejected);
    }
    out
}

/// The convention an article states about itself ("This article uses the Julian calendar"),
/// in its body or its footnotes: a sentence that names a calendar and speaks of the text's
/// own dates.
pub fn stated_convention(article: &Article) -> Option<Convention> {
    let p = patterns();
    let self_ref = &p.self_reference;
    let mut texts: Vec<String> = article
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::plain_text)
        .collect();
    texts.extend(
        article
            .footnotes
            .iter()
            .map(|f| crate::model::plain_text(&f.content)),
    );
    let mut found = None;
    for text in &texts {
        for (s, e) in sentences(text) {
            let sentence = &text[s..e];
            if !self_ref.is_match(sentence) {
                continue;
            }
            // The calendar named last is the one the sentence settles on.
            if let Some(m) = p.convention.find_iter(sentence).last() {
                let name = m.as_str().to_lowercase();
                found = Some(if name.starts_with('j') || name.starts_with('o') {
                    Convention::Julian
                } else {
                    Convention::Gregorian
                });
            }
        }
    }
    found
}

/// The year an article is about: the most frequent explicit year in its body paragraphs,
/// when it is named at least three times and in at least a third of the years named (in an
/// `undated` article, not counting deadlines and bounds).
pub fn subject_year(article: &Article, undated: bool) -> Option<i32> {
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    for block in &article.blocks {
        if let Block::Paragraph { .. } = block {
            let text = mask_quotes(&block.plain_text());
            for c in patterns().year.captures_iter(&text) {
                // In an undated article, "by 2024", "through 2024": a deadline or a bound, not
                // the time told of (a dated one's retrospective subject is named so too: "by
                // March 1917").
                let at = c.get(0).expect("whole match").start();
                let prev = prev_word(&text, at);
                if undated && (BOUNDING_PREPS.contains(&prev.as_str()) || ["by", "through"].contains(&prev.as_str())) {
                    continue;
                }
                if is_model_number(&text, at) {
                    continue;
                }
                if let Ok(y) = c[1].parse::<i32>() {
                    *counts.entry(y).or_default() += 1;
                }
            }
        }
    }
    // Ties go to the earlier year: a retrospective names its subject more than its present.
    // A year named in less than a third of the years named is no subject the piece is about
    // (an essay ranging over forty years names its crash of 2008 most).
    let named: usize = counts.values().sum();
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .filter(|(_, n)| *n >= 3 && n * 3 >= named)
        .map(|(y, _)| y)
}

/// Nouns a piece of writing calls itself by ("This story was first published …").
fn is_the_piece(noun: &str) -> bool {
    ["story", "article", "piece", "post", "column", "report", "interview", "version", "essay", "talk", "speech", "lecture", "address"].contains(&noun)
}

/// Whether a sentence tells how the piece itself came out: "This story was originally
/// published …", "The following talk was presented by video to …", "This essay first
/// appeared in …", under a note's label too ("Update note: This blog post was originally
/// published …", the piece's noun after a word of its medium or kind), or as a bare note
/// ("Originally published in March 2022.", "The article was originally published in April 2020
/// and was updated …": a page calls itself "the article" or "the post" when it tells its own
/// first publication). Another writing's publication ("The novel was first published in
/// 1920", "The report was first published in 2019") is an event.
fn tells_the_pieces_history(sentence: &str) -> bool {
    // (Read only where it may be: every dated sentence passes here.)
    let opening = without_note_label(sentence.trim_start());
    if opening.starts_with("Originally published") || opening.starts_with("Originally posted") {
        return true;
    }
    if !opening.starts_with("This ") && !opening.starts_with("The ") {
        return false;
    }
    let words = after_words(opening, 0, 9);
    // ("This new report was published Monday by the institute" may be another's.)
    let of_its_kind = |w: &String| ["blog", "guest", "news", "opinion", "web", "online"].contains(&w.as_str());
    let its_own_first_publication = |rest: &[String]| rest.get(1).is_some_and(|w| w == "originally");
    let rest = match words.as_slice() {
        [this, noun, rest @ ..] if this == "this" && is_the_piece(noun) => rest,
        [this, kind, noun, rest @ ..] if this == "this" && of_its_kind(kind) && is_the_piece(noun) => rest,
        [the, following, noun, rest @ ..] if the == "the" && following == "following" && is_the_piece(noun) => rest,
        [the, noun, rest @ ..] if the == "the" && ["article", "post"].contains(&noun.as_str()) && its_own_first_publication(rest) => rest,
        _ => return false,
    };
    let verb = rest.iter().find(|w| !matches!(w.as_str(), "was" | "is" | "has" | "had" | "been" | "first" | "originally" | "initially"));
    verb.is_some_and(|v| {
        ["published", "posted", "presented", "delivered", "given", "written", "broadcast", "aired", "recorded", "appeared", "ran"].contains(&v.as_str())
    })
}

/// A sentence without the label of a note that opens it ("Update note: …", "Editor's note:
/// …"): a colon after at most two words, the last "note".
fn without_note_label(sentence: &str) -> &str {
    sentence
        .split_once(": ")
        .filter(|(label, _)| {
            let words: Vec<&str> = label.split_whitespace().collect();
            words.len() <= 2 && words.last().is_some_and(|w| w.eq_ignore_ascii_case("note"))
        })
        .map_or(sentence, |(_, rest)| rest.trim_start())
}

/// "“Velmora ferry timetables,” May 2019.", an entry of a list of sources: a date that is all
/// the sentence holds outside its quotation marks dates the title quoted (a reference), no
/// event.
fn dates_a_quoted_title(sentence: &str, masked: &str, raw: &Raw) -> bool {
    let bare = |t: &str| !t.chars().any(char::is_alphanumeric);
    // (A date before the quotation heads an entry: "June 20, 1990: “In honour of …”".)
    sentence[..raw.start].contains(['“', '"']) && bare(&masked[..raw.start]) && bare(&masked[raw.end..])
}

/// "the GTX 1660 Ti", "an RTX 2060": a number after a code in capitals names a model, no
/// year (it would make a deals page look back on 1660).
fn is_model_number(text: &str, at: usize) -> bool {
    let prev = text[..at].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    prev.len() >= 2 && prev.chars().all(|c| c.is_ascii_uppercase()) && !["AD", "CE"].contains(&prev)
}

/// What the sentences read so far say about the time: the anchors of partial dates.
struct Context {
    /// The article's own date.
    anchor: Option<Anchor>,
    /// The year a bare mention names the article's subject by (it dates nothing in it).
    subject: Option<i32>,
    /// The article looks back from well after its subject: its own date anchors nothing.
    retrospective: bool,
    /// Index of the current paragraph.
    paragraph: usize,
    /// Year of the last month or day mention (explicit or inferred) and its paragraph.
    dated: Option<(i32, usize)>,
    /// Month of the last month or day mention and its paragraph, for "later that month".
    last_month: Option<(i32, u32, usize)>,
    /// Last explicit four-digit year in the current paragraph.
    paragraph_year: Option<i32>,
    /// Last explicit four-digit year in the text.
    explicit_year: Option<i32>,
    /// Last day date as written, whether Old Style, for "the next day".
    last_day: Option<(Ymd, bool)>,
    /// The events of the article dated to the day so far, by the stems of their words, for
    /// "two days after the vote".
    told: Vec<(Vec<String>, Ymd)>,
    /// The last day named when a day counted from an event could not be told: the
    /// narrative's day is lost until another is named.
    day_lost: Option<(Ymd, bool)>,
    /// The article has no date at all (neither metadata nor a stamp): an undated month takes
    /// its year only from the narrative close by.
    undated: bool,
}

/// The dates a mention may move on: see [`Context::narrative`].
type Narrative = (Option<(i32, usize)>, Option<(i32, u32, usize)>, Option<(Ymd, bool)>);

impl Context {
    /// The day of the latest event told before whose words the words naming it share ("the
    /// vote" names "The council voted to close the pier"; stems compared on four letters).
    fn day_of_event(&self, words: &str) -> Option<Ymd> {
        let named: Vec<String> = stems(words).into_iter().map(|s| s.chars().take(4).collect()).collect();
        self.told
            .iter()
            .rev()
            .find(|(told, _)| told.iter().any(|t| named.iter().any(|n| t.starts_with(n.as_str()))))
            .map(|(_, day)| *day)
    }

    /// The narrative's last dates, to be restored when a mention turns out to date no event
    /// of it (a plan).
    fn narrative(&self) -> Narrative {
        (self.dated, self.last_month, self.last_day)
    }

    fn restore(&mut self, (dated, last_month, last_day): Narrative) {
        self.dated = dated;
        self.last_month = last_month;
        self.last_day = last_day;
    }
}

/// The article's tables' fields and list items that date their subject's coming into being
/// ([`aside::origin_fields`], [`aside::origin_item`]), by their value cell or their item: each
/// told as a sentence of the record's subject, the nearest heading above it that names one
/// (its rank "3. " taken off), else "It". A heading in sentence case of a few words ("Fast
/// facts", "Key figures") labels the record and names no subject: the heading it sits under
/// does ("### Kumon", then "#### Fast facts").
fn origin_fields(article: &Article) -> std::collections::HashMap<*const Vec<crate::model::Inline>, String> {
    // The headings above, by level, each with whether it names a subject.
    let mut headings: Vec<(u8, String)> = Vec::new();
    let mut fields = std::collections::HashMap::new();
    for block in &article.blocks {
        let subject = || {
            headings.iter().rev().find(|(_, name)| !is_label_heading(name)).map_or_else(|| String::from("It"), |(_, name)| name.clone())
        };
        match block {
            Block::Heading { level, .. } => {
                let heading = block.plain_text();
                let name = heading.trim().trim_start_matches(|c: char| c.is_ascii_digit() || ".)#".contains(c)).trim().to_string();
                headings.retain(|(l, _)| l < level);
                if !name.is_empty() {
                    headings.push((*level, name));
                }
            }
            Block::Table { table, .. } => {
                let subject = subject();
                fields.extend(aside::origin_fields(table, &subject).map(|(cell, sentence)| (std::ptr::from_ref(cell), sentence)));
            }
            Block::List { items, .. } => {
                let subject = subject();
                fields.extend(items.iter().filter_map(|item| Some((std::ptr::from_ref(item), aside::origin_item(item, &subject)?))));
            }
            _ => {}
        }
    }
    fields
}

/// "Fast facts", "Company overview": a heading of two to four words, all but the first in
/// lower case, labels a section rather than naming its subject ("Tutor Doctor", "Kumon").
fn is_label_heading(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words[1..].iter().all(|w| w.chars().next().is_some_and(char::is_lowercase))
}

fn extract_article(article: &Article, convention: Convention, out: &mut Extraction) {
    let stamp = article.meta.date.is_none().then(|| stamped_date(article)).flatten();
    let anchor = article.meta.date.as_deref().and_then(Anchor::parse).or(stamp.as_ref().map(|(a, _)| *a));
    let anchor = anchor.map(|a| day_of_writing(a, article));
    let counted = subject_year(article, anchor.is_none());
    // A title that names the year of writing ("… reading Trotsky in 2017") names no subject.
    let titled = title_year(&article.meta.title).filter(|y| anchor.is_none_or(|a| *y < a.year));
    let retrospective = match (anchor, counted) {
        (Some(a), Some(y)) => a.year - y >= 10,
        _ => false,
    };
    // A bare mention of the year the article is about dates nothing within it: the year its
    // title names, or the one it names most when it looks back on it.
    let subject = titled.or(counted.filter(|_| retrospective || anchor.is_none()));
    let mut ctx = Context {
        anchor: anchor.filter(|_| !retrospective),
        subject,
        retrospective,
        paragraph: 0,
        dated: None,
        last_month: None,
        paragraph_year: None,
        explicit_year: None,
        last_day: None,
        told: Vec::new(),
        day_lost: None,
        undated: anchor.is_none(),
    };
    // The article's setting: its title and body paragraphs.
    let setting = Place::of_text(
        &std::iter::once(article.meta.title.clone())
            .chain(
                article
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Paragraph { .. }))
                    .map(Block::plain_text),
            )
            .collect::<Vec<_>>()
            .join(" "),
    )
    .in_russia()
    .unwrap_or(false);
    // Paragraphs, list items (a list of dated events is a chronology of its own) and
    // table cells; whether each is a catalogue entry's description.
    // (A body made only of block quotes, with no paragraph of the page's own words, is the
    // article set as a quotation: its quotes are its paragraphs.)
    let quoted_body = !article.blocks.iter().any(|b| matches!(b, Block::Paragraph { .. }));
    let runs: Vec<_> = article.blocks.iter().flat_map(|b| match b {
        Block::Paragraph { id, content } => {
            vec![(id, content, aside::has_year_column(&crate::model::plain_text(content)))]
        }
        Block::Quote { id, paragraphs } if quoted_body => paragraphs.iter().map(|p| (id, p, false)).collect(),
        Block::List { id, items, .. } => items.iter().map(|i| (id, i, false)).collect(),
        Block::Table { id, table } => aside::catalogue_cells(table).map(|(c, entry)| (id, c, entry)).collect(),
        _ => Vec::new(),
    }).collect();
    // (A record's field dating its subject's coming into being, "Establishment: | 1946", is
    // read as the sentence it stands for, its subject the heading above the table.)
    let origins = origin_fields(article);
    let run_texts: Vec<String> = runs
        .iter()
        .map(|(_, c, _)| origins.get(&std::ptr::from_ref(*c)).cloned().unwrap_or_else(|| crate::model::plain_text(c)))
        .collect();
    let mut people = referent::People::new(run_texts.iter().map(String::as_str));
    // Where the narrative last said it was: a sentence naming no place takes it, and so does
    // a paragraph ("In Petrograd, workers struck. … [¶] On the night of 24 October, Red
    // Guards occupied the bridges"); the article's setting only when nothing has named one.
    let mut narrative_in_russia = None;
    let mut kicker = false;
    let introduced = introduced_messages(article);
    for (n, &(id, _, catalogue)) in runs.iter().enumerate() {
        let blanked = blank_note_marks(&run_texts[n]);
        let text = blanked.as_str();
        let next = run_texts.get(n + 1).map(String::as_str);
        if is_metadata_line(text, article) || stamp.as_ref().is_some_and(|(_, line)| *line == text) {
            continue;
        }
        // (Only on a dated page: an undated one's relative dates stay undated.)
        if let Some(day) = ctx.anchor.and(date_line_day(text)) {
            ctx.anchor = Some(day);
        }
        ctx.paragraph += 1;
        // (A kicker before the lede: a short first paragraph that dates nothing and speaks in
        // the writer's voice, in the first person or as a question or an exclamation: "We
        // should all do so well while under assault.")
        if ctx.paragraph == 1 {
            let voiced = text.trim_end().ends_with(['?', '!'])
                || text.split(|c: char| !c.is_alphanumeric()).any(|w| ["We", "we", "I", "us", "our", "Our"].contains(&w));
            kicker = voiced && text.split_whitespace().count() <= 15 && find_mentions(text).is_empty();
        }
        people.start_paragraph();
        ctx.paragraph_year = None;
        let masked = capitalise_months_before_ordinals(&mask_quotes(text));
        if is_listing(&masked) {
            out.rejected.push(Rejected {
                reason: "a listing of dates (a schedule or table), not narrative",
                article: article.id.clone(),
                block: id.clone(),
                date: String::new(),
                sentence: text.chars().take(120).collect(),
            });
            continue;
        }
        // "X works on a sign at the museum, in 2016. (John Minchillo / AP)": a picture's
        // caption set as a paragraph dates the picture, not an event.
        // (The caption test first: the paragraph's dates are looked for only in a caption.)
        let caption = text.split_whitespace().count() <= 60 && crate::clean::chrome::is_caption_text(text)
            || aside::ends_with_credit(text)
            || aside::opens_on_gallery_counter(text);
        let first_date = || find_mentions(&masked).first().map(|m| text[m.start..m.end].to_string());
        if let Some(date) = caption.then(first_date).flatten() {
            out.rejected.push(Rejected {
                reason: "a picture's caption, not an event",
                article: article.id.clone(),
                block: id.clone(),
                date,
                sentence: text.chars().take(120).collect(),
            });
            continue;
        }
        let previous = n.checked_sub(1).map(|p| run_texts[p].as_str());
        let apparatus = if aside::is_embedded_post(text, next) {
            Some("a post embedded in the page (quoted), not narrative")
        } else if is_teaser(text, previous) {
            Some("another article's teaser under its date line, not this article's narrative")
        } else if aside::is_author_bio(text, article) {
            Some("the author's bio, not an event")
        } else if aside::is_reference_entry(text) {
            Some("a reference-list entry, not narrative")
        } else if aside::is_note_on_the_piece(text) {
            Some("a correction or note on the piece itself, not an event")
        } else {
            None
        };
        if let Some(reason) = apparatus {
            if let Some(date) = first_date() {
                out.rejected.push(Rejected {
                    reason,
                    article: article.id.clone(),
                    block: id.clone(),
                    date,
                    sentence: text.chars().take(120).collect(),
                });
            }
            continue;
        }
        let mut quotation = OpenQuotation::default();
        let paragraph_candidates = out.candidates.len();
        for (s, e) in sentences(text) {
            let sentence = &text[s..e];
            let masked_sentence = &masked[s..e];
            let in_russia = Place::of_text(masked_sentence).in_russia();
            narrative_in_russia = in_russia.or(narrative_in_russia);
            let russian_event = narrative_in_russia.unwrap_or(setting);
            let old_style = match convention {
                Convention::Russian => russian_event,
                Convention::Julian => true,
                Convention::Gregorian => false,
            };
            // The body's first sentence (after a kicker): its closing attribution tells when
            // the news was made public.
            let lede = (ctx.paragraph == 1 || ctx.paragraph == 2 && kicker) && s == 0;
            let mut mentions = find_mentions_in(masked_sentence, lede);
            mentions.iter_mut().for_each(|m| in_the_pieces_century(m, anchor));
            // A year stated again with a finer date in the same sentence adds nothing.
            let finer: Vec<i32> = mentions
                .iter()
                .filter(|m| m.month.is_some())
                .filter_map(|m| m.year)
                .collect();
            mentions.retain(|m| {
                m.month.is_some()
                    || m.year.is_none()
                    || !finer.contains(&m.year.unwrap_or(0))
            });
            // Another year the sentence names but that dates nothing here ("until 1991, with
            // the ones for taste following in 2000") still has its own clause.
            let other_year = patterns().year.find_iter(masked_sentence).any(|y| {
                let year = y.as_str().parse::<i32>().ok();
                !mentions.iter().any(|m| m.start <= y.start() && y.end() <= m.end || m.year == year)
            });
            // (A count of days after an event named is no date of a clause of its own.)
            let several = mentions.iter().filter(|m| m.counted_after.is_none()).count() > 1 || other_year;
            let mut cursor = 0;
            let sentence_candidates = out.candidates.len();
            // (Events count from the next sentence on: "published Oct. 25, a day after the
            // vote" counts from no publication.)
            let mut told_here = Vec::new();
            // A coming day the sentence named ([`coming_day`]).
            let mut coming: Option<String> = None;
            for raw in mentions {
                note_explicit_years(masked_sentence, cursor, raw.start, &mut ctx);
                cursor = raw.end;
                let narrative = ctx.narrative();
                let resolved = resolve(&raw, masked_sentence, old_style, &mut ctx);
                if let Some(y) = raw.year {
                    ctx.explicit_year = Some(y);
                    ctx.paragraph_year = Some(y);
                }
                let Some(date) = resolved else { continue };
                let reject = |reason| Rejected {
                    reason,
                    article: article.id.clone(),
                    block: id.clone(),
                    date: date.label.clone(),
                    sentence: sentence.trim().to_string(),
                };
                let published = words_before(masked_sentence, raw.start, 4)
                    .iter()
                    .any(|w| w == "published" || w == "posted");
                if published && anchor.is_some_and(|a| a.is_day(&date.sort_key)) {
                    out.rejected.push(reject("a publication note of the article's own day"));
                    continue;
                }
                // "writes this piece (posted this morning, 14 Oct. 15)": a bracketed note of
                // when a piece was put out.
                if published && in_publication_note(masked_sentence, raw.start) {
                    out.rejected.push(reject("a bracketed note of a piece's publication, not an event"));
                    continue;
                }
                // "This story was originally published on Nov. 18", "The following talk was
                // presented by video to … on 7 November 2017": the piece's own history.
                if tells_the_pieces_history(sentence) {
                    out.rejected.push(reject("the piece's own publication, not an event"));
                    continue;
                }

                // "…, the team reported in a paper published this month", "as the Times put it
                // on Tuesday": the date of a source's words, not of what they tell.
                if dates_an_attribution(masked_sentence, &raw) {
                    out.rejected.push(reject("a quotation's attribution, not an event"));
                    continue;
                }
                if let Some(reason) = period_aside(masked_sentence, &raw) {
                    out.rejected.push(reject(reason));
                    continue;
                }
                // "she was seen feeling faint at a September 11 commemoration": a day with no
                // year before an observance's noun names the day observed, in a year not told.
                let observance = ["commemoration", "commemorations", "anniversary", "memorial", "remembrance"];
                if raw.day.is_some() && raw.year.is_none() && observance.contains(&next_word(masked_sentence, raw.end).as_str()) {
                    out.rejected.push(reject("the day an observance is named for, its year not told, not an event"));
                    continue;
                }
                if ends_a_span(masked_sentence, &raw) {
                    out.rejected.push(reject("the end of a span (a running total, a run), not an event"));
                    continue;
                }
                if names_a_limit(masked_sentence, &raw) {
                    out.rejected.push(reject("a date set as a limit (a deadline or a cutoff), not an event"));
                    continue;
                }
                if names_a_days_figure(masked_sentence, &raw) || closing_figure_after(masked_sentence, &raw) {
                    out.rejected.push(reject("a day's figure (a price, a close, a level), not an event"));
                    continue;
                }
                if is_money_figure(masked_sentence, &raw) {
                    out.rejected.push(reject("a sum of money for the period, not an event"));
                    continue;
                }
                if is_measured_amount(masked_sentence, &raw) {
                    out.rejected.push(reject("an amount measured over the period, not an event"));
                    continue;
                }
                if is_comparison_base(masked_sentence, &raw) {
                    out.rejected.push(reject("the base a figure is compared with (\"than it did …\"), not an event"));
                    continue;
                }
                if in_generic_relative(masked_sentence, raw.start) || said_of_anyone(masked_sentence) {
                    out.rejected.push(reject("what a generic person did (\"anyone who …\"), not an event"));
                    continue;
                }
                if names_a_title_of_the_year(masked_sentence, &raw) {
                    out.rejected.push(reject("a title named with its year (an award, a ranking), not an event"));
                    continue;
                }
                if dates_a_quoted_title(sentence, masked_sentence, &raw) {
                    out.rejected.push(reject("a reference's date after a quoted title, not an event"));
                    continue;
                }
                // Nor is its day a time of the narrative: "the next day" after it counts from
                // the last day told.
                if is_documents_date(masked_sentence, &raw) {
                    out.rejected.push(reject("the date a document bears, not an event"));
                    ctx.restore(narrative);
                    continue;
                }
                // A plan for the article's own month or later ("hopes to resume launches in
                // December", written on 2 December) has not happened when it was written.
                // Its date is no time of the narrative either: the next undated month is not
                // read in the plan's year.
                // (A dated act opening the sentence and told in the past, "In March 2025, the
                // firm unveiled its console", in a piece dated 2022, tells of an update the
                // piece's date does not: an act, not a plan.)
                let later = anchor.is_some_and(|a| a.is_after(&date.sort_key)) && !fronted_past_act(masked_sentence, &raw);
                if later || anchor.is_some_and(|a| raw.future && !a.is_before(&date.sort_key)) {
                    out.rejected.push(reject("a plan or forecast after the article's own date"));
                    ctx.restore(narrative);
                    continue;
                }
                // "… his performance in the film, out on Dec. 31 in limited release", written on
                // 29 December: a day told without its year a few days after the writing, in a
                // clause not told in the past, is the coming one, not last year's.
                if let Some(next) = coming_day(masked_sentence, &raw, anchor) {
                    coming = Some(next);
                    out.rejected.push(reject("a plan or forecast after the article's own date"));
                    ctx.restore(narrative);
                    continue;
                }
                // "… hits theaters on Dec. 31, followed by a wider release in January": an
                // undated month after a coming day of the same sentence follows it, in the plan.
                if raw.year.is_none() && coming.as_ref().is_some_and(|c| date.sort_key < *c) {
                    out.rejected.push(reject("a plan or forecast after the article's own date"));
                    ctx.restore(narrative);
                    continue;
                }
                // With no date for the article, nothing tells whether a plan was carried out.
                if anchor.is_none() && raw.future {
                    out.rejected.push(reject("a plan or forecast in an article without a date"));
                    ctx.restore(narrative);
                    continue;
                }
                if catalogue && !aside::dates_past_action(masked_sentence, raw.start) {
                    out.rejected.push(reject("a catalogue entry's description (its plot or its making), not an event"));
                    continue;
                }
                if aside::is_setting(masked_sentence, raw.start) {
                    out.rejected.push(reject("the time a story is set in, not an event"));
                    continue;
                }
                // "as I did at October's Money 20/20 conference": the month's own event is no
                // doing of the writer's.
                let months_event = months_own_event(sentence, &raw);
                // ("I have thoughts on the 2024-07-30 update": an act its noun names is no
                // doing of the writer's either.)
                if (aside::told_by_the_writer(masked_sentence, raw.start) || aside::writer_after_joined_date(masked_sentence, raw.start, raw.end)) && months_event.is_none() && !attributive_to_an_act(masked_sentence, &raw) {
                    out.rejected.push(reject("the writer's own doing in the first person, not an event"));
                    continue;
                }
                // An announcement closing the lede is told by the whole sentence up to its date.
                let text = if raw.announced {
                    tidy(sentence[..raw.start].trim_end().trim_end_matches(" on"))
                } else if raw.bound_told || raw.years_since {
                    since_when_event(&sentence[raw.end..])
                } else if let Some(act) = cleft_event(sentence, raw.start, raw.end).or_else(|| colon_act(sentence, &raw)) {
                    act
                } else if let Some(act) = raw.article_relative.as_ref().and_then(|_| relative_perfect_act(sentence, raw.start)) {
                    act
                } else if let Some(dated) = relative::dated(sentence, raw.start, raw.end) {
                    // "…tinkering with an organization established by the Assembly in 1775": the
                    // date belongs to the clause hanging on the noun, never to the main clause.
                    match dated {
                        relative::Dated::Event(act) => act,
                        relative::Dated::Aside(reason) => {
                            out.rejected.push(reject(reason));
                            continue;
                        }
                    }
                } else if let Some(act) = where_clause_of_dated_noun(sentence, &raw).or_else(|| participial_opener_event(sentence, &raw)) {
                    act
                } else {
                    if several && is_gapped(sentence, &raw.widened()) {
                        out.rejected.push(reject("a gapped clause of a list of dated ones (\"in 2001, a loss\"), its verb left out"));
                        ctx.restore(narrative);
                        continue;
                    }
                    let text = without_source_lead(&clause_text(sentence, &raw.widened(), several));
                    when_clause_act(&text).unwrap_or(text)
                };
                if as_late_as(&masked_sentence[..raw.start]).is_some() && denies(&text) {
                    out.rejected.push(reject("what still did not hold at the bound (a state denied), not an event"));
                    continue;
                }
                // (An announcement of a figure is the event: the figure is its news.)
                let figure = |reason: &str| reason.contains("figure") || reason.starts_with("a financial result");
                if let Some(reason) = aside::clause_aside(masked_sentence, raw.start, raw.end, &text).filter(|r| !(raw.announced && figure(r))) {
                    out.rejected.push(reject(reason));
                    continue;
                }
                // "Sales rose 5 percent in 2018", "sales were down sharply in March": a change of
                // a figure over a month or a year.
                if date.precision != DatePrecision::Day && (aside::is_change_figure(&text) || aside::is_measure_up_or_down(&text)) {
                    out.rejected.push(reject("a figure's change over the period, not an event"));
                    continue;
                }
                // "demonstrated double-digit growth in 2020", "doubled its revenue last year".
                if date.precision != DatePrecision::Day && aside::is_growth_figure(&text) {
                    out.rejected.push(reject("a firm's growth over the period (a figure), not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_value_clause(&text) {
                    out.rejected.push(reject("a value a thing had in the period, not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_performance(&text) {
                    out.rejected.push(reject("how well one did over the period (a quality), not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && (aside::is_mass_count(&text) || aside::is_share_of_doers(&text)) {
                    out.rejected.push(reject("a count in millions of those who did a thing in the period, not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_reported_count(&text) {
                    out.rejected.push(reject("a count reported for the period (a figure), not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_repeated_act(&text) {
                    out.rejected.push(reject("an act done again and again over the period (a habit), not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_sum_over_count(&text) {
                    out.rejected.push(reject("a sum spread over a count of things in the period (a tally), not an event"));
                    continue;
                }
                if date.precision != DatePrecision::Day && aside::is_count_clause(&text) {
                    out.rejected.push(reject("a count of what there was in the period, not an event"));
                    continue;
                }
                if is_ranking(&text) {
                    out.rejected.push(reject("a ranking for the period, not an event"));
                    continue;
                }
                let names_event = dates_event_noun(masked_sentence, &raw) || months_event.is_some();
                // "They will quickly pass over the first revolution in February": the event is
                // the noun's, not the clause's (a plan, an opinion).
                let phrase = names_event.then(|| event_noun_phrase(sentence, &raw)).flatten();
                // ("… – this is what happened in Dell's buyout in 2013": a happening named, no act.)
                let what_happened = ["what happened", "what occurred", "what took place"].iter().any(|w| text.contains(w));
                let (text, named) = match phrase {
                    Some(p) if !fragment::tells_the_past(&text) || fragment::defect(&text, false).is_some() || what_happened => (p, true),
                    _ => (text, false),
                };
                let (text, named) = match appositive_act(sentence, raw.start).or(months_event) {
                    Some(act) => (act, true),
                    None => (text, named),
                };
                if opens_on_a_shouted_imperative(masked_sentence) {
                    out.rejected.push(reject("a notice inviting to an event (an imperative), not an event"));
                    continue;
                }
                if is_one_of_two_days(masked_sentence, raw.start, raw.end) {
                    out.rejected.push(reject("a day given as one of two (\"last night or today\"), not known"));
                    continue;
                }
                if is_uncertain_span(masked_sentence, raw.start) {
                    out.rejected.push(reject("a span within which something happened at an unknown time (\"sometime between …\"), not a dated event"));
                    continue;
                }
                if addresses_the_reader(masked_sentence) {
                    out.rejected.push(reject("the page addressing its reader (\"Read on below …\"), not an event"));
                    continue;
                }
                if raw.ago.is_some() && tells_only_a_state(first_of_coordinated(&text)) {
                    out.rejected.push(reject("how things stood some time ago (a state), not an event"));
                    continue;
                }
                // (The date after the copula: "supporters in 2016 were white voters" dates them.)
                let copula_before = [" was ", " were "].iter().any(|c| masked_sentence[..raw.start].contains(c));
                let fronted = opens_its_part(masked_sentence, &raw);
                if (copula_before || fronted) && tells_an_adjectives_state(&text) || fronted && tells_what_a_thing_was(&text) {
                    out.rejected.push(reject("how things stood (\"was\" or \"were\" and an adjective), not an event"));
                    continue;
                }
                if is_present_state_still(&text) {
                    out.rejected.push(reject("a state still going on at the writing ('are still'), not an event"));
                    continue;
                }
                if dates_a_present_state(masked_sentence, &raw) {
                    out.rejected.push(reject("a state of the writing's day ('is … today'), not an event"));
                    continue;
                }
                if is_state_by_the_time(sentence, &raw) {
                    out.rejected.push(reject("how things stood by the time of an act (a state), not an event"));
                    continue;
                }
                if viewed_from_a_participle(masked_sentence, &raw) {
                    out.rejected.push(reject("the time a present view is taken of (an opening participle's), not an event"));
                    continue;
                }
                if is_state_by_a_date(sentence, &raw) {
                    out.rejected.push(reject("how things stood by a date (a state), not an event"));
                    continue;
                }
                if is_period_described(masked_sentence, &raw) {
                    out.rejected.push(reject("a period described (the date is the subject of 'was'), not an event"));
                    continue;
                }
                // "as the team prepares to kick off its campaign in June", written in April: an
                // event named in a clause that tells no past, in a month still to come that the
                // article's year would read back almost a year, is planned.
                if named && is_read_back_a_year(&date, anchor) {
                    out.rejected.push(reject("an event named in a clause not told in the past, in a month still to come"));
                    ctx.restore(narrative);
                    continue;
                }
                // "A budget bill approved in February … will add to the pressure": the date
                // dates a past action, whatever the main clause foresees.
                let past_action = aside::dates_past_action(masked_sentence, raw.start);
                let text = inverted_existential(sentence, raw.start, raw.end).unwrap_or(text);
                let heading = s == 0 && heads_an_entry(&masked, e, &raw);
                if let Some(reason) = fragment::defect(&text, names_event || past_action).filter(|_| !named && !heading) {
                    out.rejected.push(reject(reason));
                    continue;
                }
                // "…has made two releases in the past year: 4.1 in April 2014 and 4.1.1 in
                // August": an item of a list after a colon, with no verb of its own (a
                // bracketed aside's aside), tells no event by itself.
                let after_colon = sentence[..raw.start].char_indices().any(|(i, c)| c == ':' && !is_clock_colon(sentence, i));
                if !named && after_colon && !has_verb(&without_brackets(&text)) {
                    out.rejected.push(reject("an item of a list after a colon, with no verb of its own"));
                    continue;
                }
                // An event is told in a past tense: "In November, the air over Delhi gets cool"
                // is a season's habit, "Investment companies are subject to the Act of 1940" a
                // statement of the present.
                // A date read from the article's own ("November 19th", "Wednesday") in a clause with
                // no past tense, or with no verb at all, is a schedule: "The tour continues
                // November 19th", "holds a public hearing Wednesday".
                let bare_month = date.precision == DatePrecision::Month && date.label.ends_with(INFERRED_MARK);
                let from_article_date = ctx.anchor.is_some()
                    && (date.label.ends_with(INFERRED_MARK)
                        || raw.weekday.is_some()
                        || raw.article_relative.is_some()
                        || raw.ago.is_some()
                        || raw.years_back.is_some());
                let present = fragment::has_present_verb(&text) || bare_month || from_article_date;
                let governed = aside::governed_by_present(masked_sentence, raw.start)
                    || aside::relative_in_present(masked_sentence, raw.start);
                // (A news photo's caption tells what it shows in the present: "In this photo taken
                // on Nov. 29, 2016, the rocket is installed on the pad".)
                let sequel = follows_on(masked_sentence, raw.start)
                    || closes_a_subjects_participle(masked_sentence, raw.start, raw.end)
                    || raw.year.is_some() && closing_participle_of_an_act(masked_sentence, raw.start, raw.end)
                    || fronted_release(masked_sentence, raw.start, raw.end);
                let under_way = holds_a_gathering_now(masked_sentence, &raw);
                if (present && !fragment::tells_the_past(&without_as_participle(&text)) && !raw.begun && !sequel && !under_way && !dates_an_alleged_act(masked_sentence, raw.start) || governed)
                    && !names_event
                    && !is_pictured(masked_sentence, raw.start)
                {
                    out.rejected.push(reject("told in the present tense, not a dated event"));
                    ctx.restore(narrative);
                    continue;
                }
                // "LeBron James dunks during the first half … on Tuesday, Nov. 19, 2019, in Los
                // Angeles": a news photo's caption, its full date with the weekday, told in the
                // present of what the picture shows.
                let caption_formula = raw.day_of_week.is_some() && raw.year.is_some() && !is_pictured(masked_sentence, raw.start);
                if caption_formula && !names_event && !fragment::tells_the_past(&text) && !fragment::has_present_verb(&text) {
                    out.rejected.push(reject("a news photo's caption (its full date, in the present), not an event"));
                    continue;
                }
                if closes_a_photo_caption(masked_sentence, &raw) && fragment::has_present_verb(&text) && !names_event {
                    out.rejected.push(reject("a news photo's caption (its place, then its full date), not an event"));
                    continue;
                }
                // "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing…": a
                // state still going on at the date, not an act of it (with "since" it is a state
                // begun then: `starts_a_state`).
                if ongoing_perfect(&text) && !raw.begun && !names_event && !masked_sentence.to_lowercase().contains("since") {
                    out.rejected.push(reject("a state still going on (has been …ing), not a dated event"));
                    continue;
                }
                let text = capitalise(&text);
                if content_words(&text) < 2 {
                    out.rejected.push(reject("too little text around the date"));
                    continue;
                }
                if aside::is_citation_note(masked_sentence, raw.start) {
                    out.rejected.push(reject("a citation's retrieval or archive date, not an event"));
                    continue;
                }
                if text.contains("://") {
                    out.rejected.push(reject("a link, not an event"));
                    continue;
                }
                if aside::is_quotation(&text) {
                    out.rejected.push(reject("a quotation, not an event"));
                    continue;
                }
                if is_template_markup(masked_sentence) {
                    out.rejected.push(reject("a wiki template's fields (\"birth = …\"), not prose"));
                    continue;
                }
                if is_attribution(&text) {
                    out.rejected.push(reject("a quotation's attribution, not an event"));
                    continue;
                }
                // "” a fundraising campaign … launched": the closing mark of the quotation the
                // clause follows (and does not attribute) is no part of it.
                let text = capitalise(text.trim_start_matches(['”', '’', '»']).trim_start());
                // (A date after the verb may date what is told: "he noted that just last week
                // security services killed …".)
                // (Not when only the one told and a preposition stand between: "he told
                // the Velmora Courier in September 2023" dates the telling.)
                let told_before = words_before(masked_sentence, raw.start, usize::MAX).iter().any(|w| ["told", "said", "wrote"].contains(&w.as_str()))
                    && !dates_the_telling(&masked_sentence[..raw.start]);                if is_negated_act(&text) || is_negated_passive(masked_sentence, &raw) {
                    out.rejected.push(reject("an act told as not done, not an event"));
                    continue;
                }
                if is_reporters_uncertainty(&text) || is_what_was_known(&text) {
                    out.rejected.push(reject("what the reporters could not learn, not an event"));
                    continue;
                }
                // "there was no round-up last month": what did not exist.
                if is_absence(&text) {
                    out.rejected.push(reject("an absence (\"there was no …\"), not an event"));
                    continue;
                }
                if is_supposed(masked_sentence, raw.start) {
                    out.rejected.push(reject("a supposition (\"as if …\", \"under the impression …\"), not an event"));
                    continue;
                }
                if speaks_of(masked_sentence, raw.end) {
                    out.rejected.push(reject("a statement (\"spoke of …\", \"warned of …\"), not an event"));
                    continue;
                }
                if is_statement_to(&text) && !told_before {
                    out.rejected.push(reject("a statement to someone (an attribution), not an event"));
                    continue;
                }
                // The dashes' fallback of `clause` takes nothing back.
                let own_words = if text == capitalise(&clause_part(sentence, &raw.widened(), several, true)) {
                    capitalise(&clause_part(sentence, &raw.widened(), several, false))
                } else {
                    text.clone()
                };
                // "She founded her own company": the person the pronoun takes back.
                let text = if referent::opens_on_pronoun(&text) {
                    let before = clause_start(sentence, &text).map_or("", |at| &sentence[..at]);
                    let pronoun = text.split(' ').next().unwrap_or_default();
                    subject_of_opening_subordinate(before, pronoun)
                        .or_else(|| people.referent(pronoun, before))
                        // (Not one the entry names again: "He cited … a house of Epstein's".)
                        .or_else(|| people.only_one_named(pronoun, before).filter(|name| !text.contains(name.as_str())))
                        .and_then(|name| referent::restore_subject(&text, &name))
                        .map_or(text, |restored| capitalise(&restored))
                } else {
                    text
                };
                if let (DatePrecision::Day, Some(day)) = (date.precision, ymd_of_key(&date.sort_key)) {
                    told_here.push((stems(&text), day));
                }
                out.candidates.push(Candidate {
                    sort_key: date.sort_key,
                    end_key: date.end_key,
                    label: date.label,
                    precision: date.precision,
                    text,
                    own_words,
                    note: date.note,
                    written: date.written,
                    article: article.id.clone(),
                    block: id.clone(),
                    calendar_mismatch: date.mismatch,
                    days: days_named(&raw, ctx.anchor),
                });
            }
            note_explicit_years(masked_sentence, cursor, masked_sentence.len(), &mut ctx);
            ctx.told.append(&mut told_here);
            drop_years_given_finer(out, sentence_candidates, sentence);
            if quotation.open_at(text, s) {
                people.read_quoted(sentence);
            } else {
                people.read(sentence);
            }
        }
        if let Some(&day) = introduced.get(id.as_str()) {
            if out.candidates.len() == paragraph_candidates {
                out.candidates.push(message_candidate(text, day, &article.id, id));
            }
            // "The next day, I got the mill running:" and a message of the same day: what a
            // message reports is not after it, so a day the paragraph counted past the
            // message's own (the writer counts by nights, the header by the clock) is the
            // message's.
            let message_day = day_date(day, None, false, None, Vec::new(), false);
            for counted in out.candidates[paragraph_candidates..].iter_mut() {
                if counted.precision == DatePrecision::Day && counted.label.ends_with(INFERRED_MARK) && counted.sort_key > message_day.sort_key {
                    counted.sort_key.clone_from(&message_day.sort_key);
                    counted.label.clone_from(&message_day.label);
                    counted.written.clone_from(&message_day.written);
                }
            }
            // The story's next days count from the message's ("Three days later, …").
            ctx.last_day = Some((day, false));
            ctx.day_lost = None;
            ctx.dated = Some((day.year, ctx.paragraph));
            ctx.last_month = Some((day.year, day.month, ctx.paragraph));
        }
    }
}

/// The paragraphs that bring in a quoted message, each with the message's day: a paragraph
/// right before a preformatted block that opens on a message's headers, one of them a
/// "Date:" ("Date: Thu, 23 Dec 1999 12:31:55 -0700", with a "From:", "To:" or "Subject:"
/// beside it), as a story told with the e-mails of its time quotes them.
fn introduced_messages(article: &Article) -> std::collections::HashMap<&str, Ymd> {
    article
        .blocks
        .windows(2)
        .filter_map(|pair| match pair {
            [Block::Paragraph { id, .. }, Block::Code { text, .. }] => message_day(text).map(|day| (id.as_str(), day)),
            _ => None,
        })
        .collect()
}

/// The day in the "Date:" header of a message's opening headers (the lines before its first
/// blank line, every one a "Name: value"), when a "From:", "To:" or "Subject:" header
/// stands beside it.
fn message_day(text: &str) -> Option<Ymd> {
    static HEADER: OnceLock<Regex> = OnceLock::new();
    static DATE: OnceLock<Regex> = OnceLock::new();
    let header = HEADER.get_or_init(|| Regex::new(r"^([A-Z][A-Za-z-]*):\s").expect("header pattern"));
    let date = DATE.get_or_init(|| {
        Regex::new(r"^Date:\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b")
            .expect("message date pattern")
    });
    let headers: Vec<&str> = text.trim_start_matches('\n').lines().map(str::trim).take_while(|l| !l.is_empty()).collect();
    if headers.is_empty() || !headers.iter().all(|l| header.is_match(l)) {
        return None;
    }
    let addressed = headers.iter().any(|l| ["From:", "To:", "Subject:"].iter().any(|h| l.starts_with(h)));
    let c = headers.iter().find_map(|l| date.captures(l))?;
    let day = Ymd { year: c[3].parse().ok()?, month: month_number(&c[2])?, day: c[1].parse().ok()? };
    (addressed && calendar::is_valid(day, false)).then_some(day)
}

/// The act of a paragraph that brings in a message dating nothing itself: its last sentence
/// (the one leading to the message, its colon dropped), on the message's day.
fn message_candidate(text: &str, day: Ymd, article: &str, block: &str) -> Candidate {
    let last = sentences(text).last().map_or(text, |&(s, e)| &text[s..e]);
    let act = tidy(last.trim().trim_end_matches(':'));
    let date = day_date(day, None, false, None, Vec::new(), false);
    Candidate {
        sort_key: date.sort_key,
        end_key: date.end_key,
        label: date.label,
        precision: date.precision,
        own_words: act.clone(),
        text: act,
        note: date.note,
        written: date.written,
        article: article.to_string(),
        block: block.to_string(),
        calendar_mismatch: date.mismatch,
        days: None,
    }
}

/// "got committed on march 2nd": a month's name written in lower case, right before a day
/// with its ordinal's ending, is the month all the same; given its capital (the text keeps
/// its length) so the date grammar reads it ("we march 2 miles", no ordinal, stays a verb).
fn capitalise_months_before_ordinals(text: &str) -> String {
    static LOWER: OnceLock<Regex> = OnceLock::new();
    let lower = LOWER.get_or_init(|| {
        Regex::new(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)\b")
            .expect("lower-case month pattern")
    });
    lower.replace_all(text, |c: &regex::Captures| {
        let whole = &c[0];
        let mut chars = whole.chars();
        chars.next().map_or_else(String::new, |first| first.to_ascii_uppercase().to_string() + chars.as_str())
    }).into_owned()
}

/// The quotation marks of a paragraph counted as its sentences are read, each once.
#[derive(Default)]
struct OpenQuotation {
    depth: i64,
    counted: usize,
}

impl OpenQuotation {
    /// Whether the sentence at `at` (at or after the last asked) stands inside a quotation
    /// opened before it and not yet closed (“I've gone into it. A Peter Lind song …”): the
    /// speaker's words.
    fn open_at(&mut self, text: &str, at: usize) -> bool {
        let read = &text[self.counted.min(at)..at];
        self.depth += read.matches('“').count() as i64 - read.matches('”').count() as i64;
        self.counted = self.counted.max(at);
        self.depth > 0
    }
}

/// "… to Zeeland.[14][15]", "[43] Hobson declared …", "[n 9]": a reference's note marks,
/// blanked (the text keeps its length) so that no clause is cut at them or opens on them.
fn blank_note_marks(text: &str) -> String {
    static NOTE_MARK: OnceLock<Regex> = OnceLock::new();
    let note_mark = NOTE_MARK.get_or_init(|| Regex::new(r"\[(?:\d{1,4}|[a-z] \d{1,3}|citation needed)\]").expect("note mark pattern"));
    note_mark.replace_all(text, |m: &regex::Captures| " ".repeat(m[0].len())).into_owned()
}

/// "The next year, the Taliban released two videos and another in January 2017": a year
/// the same sentence also gives with its month or day adds nothing; set aside from the
/// sentence's candidates (those from `first` on). A month whose year is only inferred gives
/// no year ("We filed in spring of last year, and in July the court granted …": two times).
fn drop_years_given_finer(out: &mut Extraction, first: usize, sentence: &str) {
    let finer: Vec<String> = out.candidates[first..]
        .iter()
        .filter(|c| c.precision > DatePrecision::Year && !c.label.ends_with(INFERRED_MARK))
        .map(|c| c.sort_key[..4].to_string())
        .collect();
    let (kept, dropped): (Vec<Candidate>, Vec<Candidate>) = out
        .candidates
        .drain(first..)
        .partition(|c| c.precision > DatePrecision::Year || !finer.contains(&c.sort_key[..4].to_string()));
    out.candidates.extend(kept);
    out.rejected.extend(dropped.into_iter().map(|c| Rejected {
        reason: "a year the same sentence gives with its month or day",
        article: c.article,
        block: c.block,
        date: c.label,
        sentence: sentence.trim().to_string(),
    }));
}

/// How many days after its dated day an article may have been updated.
const UPDATE_REACH: i64 = 2;

/// The day the article was written when it says so by the news idiom "earlier Saturday" or
/// "later on Saturday" (events of the day of writing) and that weekday falls a day or two
/// after the date its metadata gives (the first publication, updated since): "on Friday" is
/// then the day before, not a week before.
fn day_of_writing(anchor: Anchor, article: &Article) -> Anchor {
    static SAME_DAY: OnceLock<Regex> = OnceLock::new();
    let re = SAME_DAY.get_or_init(|| {
        Regex::new(r"\b(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
            .expect("same-day pattern")
    });
    let Some(day) = anchor.full() else { return anchor };
    let named = article
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .find_map(|b| re.captures(&mask_quotes(&b.plain_text())).map(|c| c[1].to_string()));
    let Some(target) = named.and_then(|n| WEEKDAYS.iter().position(|w| *w == n)) else { return anchor };
    (1..=UPDATE_REACH)
        .map(|n| add_days(day, n, false))
        .find(|d| calendar::weekday(*d) as usize == target)
        .map_or(anchor, |d| Anchor { year: d.year, month: Some(d.month), day: Some(d.day) })
}

/// How many of an article's first paragraphs may hold its date stamp.
const STAMP_REACH: usize = 4;

/// The article's date printed at the head of its body when the metadata has none ("* Sept.
/// 25, 2018", "Tuesday 15 October 2019 by Bradley M. Kuhn"): among the first paragraphs or
/// list items, a short line that is only a full date, perhaps with its weekday, a time and
/// a byline. Returns the date and its line.
fn stamped_date(article: &Article) -> Option<(Anchor, String)> {
    let runs = article.blocks.iter().flat_map(|b| match b {
        Block::Paragraph { content, .. } => vec![content],
        Block::List { items, .. } => items.iter().collect(),
        _ => Vec::new(),
    });
    runs.take(STAMP_REACH).find_map(|content| {
        let text = crate::model::plain_text(content);
        stamp_date(&text).map(|a| (a, text))
    })
}

/// The day a date stamp gives: a line of a dozen words at most holding a day date with its
/// year, whose other words are capitalised (a weekday, a name), a time, or the stamp's own
/// words ("by", "posted on", "at", "updated").
fn stamp_date(text: &str) -> Option<Anchor> {
    const STAMP_WORDS: &[&str] = &["by", "on", "at", "posted", "published", "updated", "am", "pm"];
    if text.split_whitespace().count() > 12 {
        return None;
    }
    let p = patterns();
    let (m, year) = [&p.day, &p.us_day].iter().find_map(|re| {
        re.captures(text).and_then(|c| Some((c.get(0)?, c.get(3)?)))
    })?;
    let rest = format!("{} {}", &text[..m.start()], &text[m.end()..]);
    let stamp_words = rest
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| w.starts_with(char::is_uppercase) || STAMP_WORDS.contains(&w.to_lowercase().as_str()));
    let anchor = Anchor::parse(&text[m.start()..m.end()]).filter(|a| a.full().is_some())?;
    (stamp_words && anchor.year.to_string() == year.as_str()).then_some(anchor)
}

/// A paragraph that lists dates rather than tells events: three or more day dates, at least
/// two to a sentence, with few words each ("June 9 – West Palm Beach, FL @ Coral Sky
/// Amphitheatre June 10 – Tampa, FL …").
fn is_listing(text: &str) -> bool {
    let p = patterns();
    let dates = p.day.find_iter(text).count() + p.us_day.find_iter(text).count();
    dates >= 3
        && sentences(text).len() * 2 <= dates
        && text.split_whitespace().count() < 14 * dates
}

/// The year an article's title names ("1905: A Year of Revolutions"), if exactly one.
fn title_year(title: &str) -> Option<i32> {
    let years: Vec<i32> = patterns()
        .year
        .captures_iter(title)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    match years[..] {
        [y] => Some(y),
        _ => None,
    }
}

/// "According to Trotsky in 1905, the Soviets first emerged": the source a clause opens on
/// is no part of the event (a clause that is only its source is left as it is).
fn without_source_lead(clause: &str) -> String {
    let lead = ["According to ", "according to "].iter().find_map(|l| clause.strip_prefix(l));
    match lead.and_then(|rest| rest.split_once(", ")) {
        Some((_, event)) if event.split_whitespace().count() >= 3 && fragment::opens_subject(event) => event.to_string(),
        _ => clause.to_string(),
    }
}

/// "As X wrote, …": a clause that only introduces someone else's words; "“…,” Trump said
/// at a rally": one that opens on the words and then says who said them.
fn is_attribution(clause: &str) -> bool {
    let mut words = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let introduced = words.next().as_deref() == Some("as") && words.any(|w| SPEECH_VERBS.contains(&w.as_str()));
    // (A clause cut just after a quotation opens on its closing mark: "” they said in a
    // statement on their website".)
    let quoted_first = clause.trim_start().starts_with(['“', '"', '”'])
        && clause.rfind(['”', '"']).is_some_and(|close| speaker_then_speech_verb(&clause[close..]));
    // ("I am awed by the job,” Trump told the paper": the tail of a quotation opened in an
    // earlier sentence, then its speaker.)
    let quotation_tail = clause
        .find('”')
        .is_some_and(|close| !clause[..close].contains('“') && speaker_then_speech_verb(&clause[close..]));
    introduced || quoted_first || quotation_tail || is_attributed_to_a_document(clause)
}

/// After a quotation's closing mark (`after_close` opens on it), its speaker and a verb of
/// saying: in a few words ("a particularly nasty troll wrote"), or a name and its title set
/// off by commas ("Ann Vale, head of sales and marketing at the firm, said").
fn speaker_then_speech_verb(after_close: &str) -> bool {
    let words: Vec<&str> = after_close.split_whitespace().skip(1).take(24).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let Some(verb) = words.iter().position(|w| SPEECH_VERBS.contains(&bare(w).as_str())) else {
        return false;
    };
    let name_end = words[..verb].iter().position(|w| w.ends_with(','));
    let named = name_end.is_some_and(|n| n < 4 && words[..=n].iter().all(|w| w.starts_with(char::is_uppercase)));
    verb < 6 || named && words[verb - 1].ends_with(',')
}

/// Nouns of a piece of writing or an interview, whose author's words a clause reports.
const DOCUMENT_NOUNS: &[&str] = &[
    "paper", "report", "study", "letter", "article", "essay", "column", "op-ed", "memo", "post",
    "blog", "interview", "filing", "book", "slideshow", "presentation",
];

/// "In a paper in the British Medical Journal last month, Yamey warned that …": a clause
/// opening on a piece of writing, then its author in a few words and a verb of saying or
/// finding with "that", dates the writing: an attribution.
fn is_attributed_to_a_document(clause: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
    let Some((lead, main)) = clause.trim_start().strip_prefix("In ").and_then(|rest| rest.split_once(", ")) else {
        return false;
    };
    let lead: Vec<String> = lead.split_whitespace().map(bare).collect();
    let document = lead.first().is_some_and(|d| DETERMINERS.contains(&d.as_str()))
        && lead.iter().skip(1).take(3).any(|w| DOCUMENT_NOUNS.contains(&w.as_str()));
    let main: Vec<String> = main.split_whitespace().map(bare).collect();
    let reporting = |w: &str| SPEECH_VERBS.contains(&w) || FINDING_VERBS.contains(&w) || ["warned", "suggested", "proposed"].contains(&w);
    let verb = main.iter().position(|w| reporting(w));
    document && verb.is_some_and(|v| (1..=3).contains(&v) && main.get(v + 1).is_some_and(|w| w == "that"))
}

/// Whether the date at `raw` stands in an attribution of the sentence's words to a source:
/// a closing ", the team reported in a paper published this month" (a few words of subject,
/// a verb of saying or finding, then "in" a piece of writing), or an "as" clause with a verb
/// of saying and no other clause between it and the date ("as the Times put it on Tuesday",
/// "As Ann Lind pointed out in the Velmora Post in 2012, …").
fn dates_an_attribution(s: &str, raw: &Raw) -> bool {
    let head = &s[..raw.start];
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
    let reporting = |w: &str| SPEECH_VERBS.contains(&w) || FINDING_VERBS.contains(&w);
    // The closing form.
    let closing = head.rfind(", ").is_some_and(|at| {
        let tail: Vec<String> = head[at + 2..].split_whitespace().map(bare).collect();
        let Some(v) = tail.iter().position(|w| reporting(w)) else { return false };
        (1..=3).contains(&v)
            && tail.get(v + 1).is_some_and(|w| w == "in")
            && tail.get(v + 2).is_some_and(|w| DETERMINERS.contains(&w.as_str()))
            && tail[v + 3..].iter().take(3).any(|w| DOCUMENT_NOUNS.contains(&w.as_str()))
    });
    // The "as" form: "as" opening the sentence or after a comma, up to the date.
    // (After a quotation, blanked, whose comma stood inside it: "… success,” as the Times …".)
    let set_off = |at: usize| head[..at].ends_with(',') || head[..at].ends_with("  ");
    let lead = head.len() - head.trim_start().len();
    let opening = if head[lead..].starts_with("As ") { Some(lead + 3) } else { head.rfind(" as ").filter(|&at| set_off(at)).map(|at| at + 4) };
    let as_clause = opening.is_some_and(|at| {
        let part = &head[at..];
        let words: Vec<String> = part.split_whitespace().map(bare).collect();
        let said = words.iter().position(|w| SPEECH_VERBS.contains(&w.as_str()))
            .or_else(|| words.windows(2).position(|p| p[0] == "put" && p[1] == "it" || p[0] == "pointed" && p[1] == "out"));
        // (Its subject only before the verb: "as against the date that was disclosed in
        // September" is no attribution.)
        let subject_only = |v: usize| {
            v <= 7 && !words[..v].iter().any(|w| ["that", "which", "who", "against", "if", "though", "well", "soon", "long", "much", "of", "to"].contains(&w.as_str()))
        };
        !part.contains([',', ';', ':']) && words.len() <= 18 && said.is_some_and(|v| v >= 1 && subject_only(v))
    });
    closing || as_clause
}

/// Why a date that only marks a period, a record or a piece of writing dates no event:
/// "the fiscal year that began Oct. 1" (a calendar period's bound), "had its busiest November
/// in eight years" (a record of the period), "The figure below, from an article last year,
/// …" (the date of a piece of writing named after a preposition).
fn period_aside(s: &str, raw: &Raw) -> Option<&'static str> {
    let before = words_before(s, raw.start, 6);
    let n = before.len();
    // The calendar period, its adjective, a relative word and its bounding verb.
    let bound = ["began", "begun", "begins", "started", "starts", "ended", "ends", "expired", "expires", "closed"];
    let periods = ["year", "quarter", "month", "week", "semester"];
    let kinds = ["fiscal", "financial", "school", "tax", "academic", "calendar", "budget"];
    let bounded = before.iter().rposition(|w| bound.contains(&w.as_str())).is_some_and(|v| {
        let lead: Vec<&str> = before[..v].iter().map(String::as_str).filter(|w| !["that", "which", "on", "in"].contains(w)).collect();
        v + 2 >= n && matches!(lead.as_slice(), [.., kind, period] if kinds.contains(kind) && periods.contains(period))
    });
    if bounded {
        return Some("the bound of a calendar period (a fiscal year's start), not an event");
    }
    // A superlative before a month or a year with its possessive: a record.
    let superlative = |w: &str| RECORD_WORDS.contains(&w) || w.len() > 5 && w.ends_with("iest");
    // ("had its busiest November in eight years last month": the record, then its month.)
    let record = before.windows(2).any(|p| ["its", "their", "his", "her"].contains(&p[0].as_str()) && superlative(&p[1]))
        || matches!(before.as_slice(), [.., the, sup] if the == "the" && superlative(sup));
    if record && (raw.month.is_some() || raw.article_relative.is_some()) && raw.day.is_none() {
        return Some("a record of the period (its busiest month), not an event");
    }
    let relative = raw.article_relative.is_some() || raw.ago.is_some();
    let document = matches!(before.as_slice(), [.., prep, det, noun] if ["from", "of", "in"].contains(&prep.as_str()) && DETERMINERS.contains(&det.as_str()) && DOCUMENT_NOUNS.contains(&noun.as_str()));
    if document && (relative || raw.month.is_none() && raw.year.is_some()) {
        return Some("the date of a piece of writing named (a source), not an event");
    }
    None
}

/// Whether a sentence is a wiki template's fields left in a page's text ("Infobox
/// Philosopher region = Western Philosophy era = … birth ="): two fields or more, or a
/// field left open at its end.
fn is_template_markup(sentence: &str) -> bool {
    sentence.matches(" = ").count() >= 2 || sentence.trim_end().ends_with(" =")
}

/// "In 2016, Democrats didn't nominate an authoritarian insult-comic", "the deliveries for
/// the next day had never been made": a clause whose only past is negated tells what did not
/// happen.
fn is_negated_act(clause: &str) -> bool {
    static NEGATED: OnceLock<Regex> = OnceLock::new();
    let negated = NEGATED.get_or_init(|| Regex::new(r"(?i)\b(?:(?:had|has|have)\s+)?(?:did\s+not|didn.t|never)(?:\s+been)?\s+\w+").expect("negated verb pattern"));
    negated.is_match(clause) && !fragment::tells_the_past(&negated.replace_all(clause, " "))
}

/// "An email to the agency was not returned Wednesday": a passive negated in the date's own
/// sentence, whose only past it is, tells what was not done ("It was not until May that the
/// bridge opened" tells a past besides). Only the date's own sentence: a heading's date may
/// head a note told next ("Jan. 15, 1967: Final I. It wasn't called that at the time.").
fn is_negated_passive(sentence: &str, raw: &Raw) -> bool {
    static NEGATED: OnceLock<Regex> = OnceLock::new();
    let negated = NEGATED.get_or_init(|| Regex::new(r"(?i)\b(?:was\s+not|were\s+not|wasn.t|weren.t)\s+\w+").expect("negated passive pattern"));
    let from = sentence[..raw.start].rfind(". ").map_or(0, |at| at + 2);
    let to = sentence[raw.end..].find(". ").map_or(sentence.len(), |at| raw.end + at);
    let own = &sentence[from..to];
    negated.is_match(own) && !fragment::tells_the_past(&negated.replace_all(own, " "))
}

/// "Readers will have spotted that there was no round-up last month", "There were no
/// ferries in March 2019": what did not exist at the date, no event.
fn is_absence(clause: &str) -> bool {
    static ABSENT: OnceLock<Regex> = OnceLock::new();
    ABSENT
        .get_or_init(|| Regex::new(r"(?i)(?:^|\bthat\s+)there\s+(?:was|were)\s+no\b").expect("absence pattern"))
        .is_match(clause)
}

/// "In April, the new chief spoke of the rival needing many years", "Five years later, … the
/// chief warned of a backlash": a verb of speech with "of" or "about" after the date dates a
/// statement, no event ("He spoke of the flood of 1953": a date after the verb dates what is
/// spoken of).
fn speaks_of(s: &str, date_end: usize) -> bool {
    static SPOKE: OnceLock<Regex> = OnceLock::new();
    let spoke = SPOKE.get_or_init(|| {
        Regex::new(r"\b(?:spoke|talked|warned|cautioned|complained|boasted)\s+(?:of|about)\b").expect("speech pattern")
    });
    let rest = &s[date_end..];
    // (Within the date's clause: up to a semicolon, a dash or a colon.)
    let clause = rest.split([';', '—', ':']).next().unwrap_or(rest);
    spoke.is_match(clause)
}

/// "Lest one assume he is under the impression he's still living in November 2019, …", "she
/// acted as if it were still 1999": a date inside what one might suppose, or what is only
/// believed or pretended, dates nothing that happened: the words before it in its clause hold
/// "as if", "as though" or "under the impression", or the sentence opens on "Lest".
fn is_supposed(s: &str, date_start: usize) -> bool {
    let head = &s[..date_start];
    let lest = head.trim_start().starts_with("Lest ") && !head.contains(',');
    let clause = head.rsplit([',', ';', '—', ':']).next().unwrap_or(head).to_lowercase();
    lest || [" as if ", " as though ", "under the impression"].iter().any(|w| clause.contains(w))
}

/// "It could not be determined whether …", "It was not immediately clear if …": what the
/// writer could not learn at the date, no event.
fn is_reporters_uncertainty(clause: &str) -> bool {
    static UNCERTAIN: OnceLock<Regex> = OnceLock::new();
    let uncertain = UNCERTAIN.get_or_init(|| {
        Regex::new(r"^It\s+(?:could\s+not|couldn.t|cannot|can.t|was\s+not|wasn.t|remained)\s+(?:immediately\s+|yet\s+)?(?:be\s+)?(?:determined|confirmed|established|verified|learned|known|clear|unclear)\b")
            .expect("uncertainty pattern")
    });
    uncertain.is_match(clause)
}

/// "All the police knew was that a man had fled", "What officials knew was …": what was
/// known at the date, a state, no event.
fn is_what_was_known(clause: &str) -> bool {
    static KNOWN: OnceLock<Regex> = OnceLock::new();
    let known = KNOWN.get_or_init(|| Regex::new(r"^(?:All|What)\s+(?:\S+\s+){1,4}?(?:knew|know|could\s+say|could\s+tell)\s+(?:then\s+)?was\b").expect("knowledge pattern"));
    known.is_match(clause)
}

/// "… he told the Velmora Courier in September 2023": the words before a date close on a verb of
/// telling, the one told (a name) and a preposition, so that the date dates the telling.
fn dates_the_telling(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(v) = words.iter().rposition(|w| ["told", "said", "wrote"].contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))) else {
        return false;
    };
    let between = &words[v + 1..];
    let Some((preposition, named)) = between.split_last() else { return false };
    ["in", "on", "last", "this"].contains(preposition)
        && (1..=4).contains(&named.len())
        && named.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "She told The Telegraph newspaper", "Craig told People that she had gained 83 pounds",
/// "She told Oprah, “…”", "Sen. Coons, outside the Capitol, told reporters, “…”": a clause whose
/// verb tells someone what is said (told, said, wrote) dates the saying, an attribution.
fn is_statement_to(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let Some(v) = words.iter().position(|w| ["told", "said", "wrote"].contains(&bare(w).as_str())) else {
        return false;
    };
    // Its subject: one to three words of a name or a pronoun, past an opening phrase and its
    // comma ("After a stint on TV, she told People …").
    // (A quotation's comma stands inside its closing mark: "‘…,’ he told the Velmora Courier".)
    let comma = |w: &&str| w.trim_end_matches(['’', '”', '"', '\'']).ends_with(',');
    let mut from = words[..v].iter().rposition(comma).map_or(0, |c| c + 1);
    let mut end = v;
    // (A name of up to four words, then a phrase of a few words set off by commas: "Sen. Tora
    // Quist, outside the town hall, told reporters, “…”".)
    if from == v && v > 1 {
        if let Some(c) = words[..v - 1].iter().rposition(comma).filter(|&c| v - 1 - c <= 5) {
            let name_from = words[..c].iter().rposition(comma).map_or(0, |b| b + 1);
            let set_off = &words[c + 1..v];
            if c + 1 - name_from <= 4 && !set_off.iter().any(|w| fragment::tells_the_past(w)) {
                (from, end) = (name_from, c + 1);
            }
        }
    }
    // (Not an attribution closing a told event: "The ferry sank in 2016, Holt said.")
    if fragment::tells_the_past(&words[..from].join(" ")) {
        return false;
    }
    let pronoun = |w: &str| ["he", "she", "they", "we", "i"].contains(&w.to_lowercase().as_str());
    let longest = if end < v { 4 } else { 3 };
    let subject = (1..=longest).contains(&(end - from)) && words[from..end].iter().all(|w| w.starts_with(char::is_uppercase) || pronoun(w));
    // The one told: a name, a paper or magazine ("The Telegraph newspaper"), or the press
    // ("told reporters, “…”").
    let told = words[v + 1..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) || ["newspaper", "magazine", "reporters", "journalists"].contains(&bare(w).as_str()))
        .count()
        .min(4);
    let named_to = told > 0 && words[v + told].ends_with([',', ':']);
    let rest = &words[v + 1 + told..];
    // ("she told People she had lost 70 pounds": the reported clause opens on its subject.)
    let reported = rest.first().is_some_and(|w| ["that", "he", "she", "they", "it", "we", "i"].contains(&w.to_lowercase().as_str()));
    let said = rest.is_empty() || reported || rest[0].starts_with(['“', '"']) || named_to || said_of(rest);
    subject && said
}

/// "Trump said of the upcoming ban, “…”": after the verb, "of" and what the words are about,
/// in a few words up to a comma or the clause's end (the quotation that follows cut off),
/// then the words: a statement, whose date is the saying's.
fn said_of(rest: &[&str]) -> bool {
    let Some(("of", about)) = rest.split_first().map(|(w, about)| (*w, about)) else {
        return false;
    };
    let closed = about.iter().position(|w| w.ends_with([',', ':'])).map_or(about.len(), |c| c + 1);
    (1..=5).contains(&closed) && (closed == about.len() || about[closed].starts_with(['“', '"', '‘']))
}

/// "THE SALVATION ARMY continued its tradition with the distribution of 1,500 hampers on
/// Tuesday, December 1...", under a paragraph that is only a date ("December 19, 2025"): an
/// excerpt cut short after a date line is another article's teaser, set in a list of them
/// under the article, not its narrative.
fn is_teaser(text: &str, previous: Option<&str>) -> bool {
    let text = text.trim_end();
    let Some(cut) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) else {
        return false;
    };
    // (Cut off in the middle of a sentence: no stop before the ellipsis.)
    let cut_short = cut.trim_end().ends_with(|c: char| c.is_alphanumeric());
    cut_short && previous.is_some_and(is_date_line)
}

/// A paragraph that is only a date ("December 19, 2025", "Dec 5, 2025"): a stamp over what
/// follows, not a sentence.
fn is_date_line(text: &str) -> bool {
    let mentions = find_mentions(text);
    let mut rest = text.to_string();
    for m in mentions.iter().rev() {
        rest.replace_range(m.start..m.end, "");
    }
    !mentions.is_empty() && !rest.contains(char::is_alphanumeric)
}

/// "Dec 5, 2025" over a listing's teaser, a diary's entry or a column's instalment: a line
/// that is only a full date stamps what is written under it, so that the relative dates
/// there ("on Wednesday night", "last week") count from it rather than from the page's own
/// date. Returns the stamp's day.
fn date_line_day(text: &str) -> Option<Anchor> {
    is_date_line(text).then(|| stamp_date(text)).flatten()
}

/// A short paragraph that restates the byline or publication date is metadata, not body;
/// so is a dash-led credit line ("— The Senate (@Senate) October 9, 2018").
fn is_metadata_line(text: &str, article: &Article) -> bool {
    let m = &article.meta;
    // (Separators count as no words: "February 4, 2020 • words written by … • Art by …".)
    let short = text.split_whitespace().filter(|w| w.contains(char::is_alphanumeric)).count() <= 12;
    let credit = text.trim_start().starts_with(['—', '–']) && text.split_whitespace().count() <= 16;
    // (The page's date after "the" is a date in prose, no stamp: "I have thoughts on the
    // 2024-07-30 update", written that day.)
    let stamped = |v: &str| {
        text.match_indices(v).any(|(i, _)| {
            let before = text[..i].trim_end().to_lowercase();
            before != "the" && !before.ends_with(" the")
        })
    };
    credit
        || short
            && [&m.author, &m.publication].into_iter().flatten().any(|v| !v.is_empty() && text.contains(v.as_str()))
        || short && m.date.as_deref().is_some_and(|v| !v.is_empty() && stamped(v))
}

/// Notes the last year named in `sentence[from..to]` that is not a quantity.
fn note_explicit_years(sentence: &str, from: usize, to: usize, ctx: &mut Context) {
    let year = patterns()
        .year
        .find_iter(&sentence[from..to])
        .filter(|m| {
            let (start, end) = (from + m.start(), from + m.end());
            let raw = Raw {
                start,
                end,
                ..Raw::default()
            };
            let prev = prev_word(sentence, start);
            // "Common problems in student newsrooms (2013)": a year in brackets labels a
            // title or a work and moves no narrative on.
            let bracketed = sentence[..start].ends_with('(') && sentence[end..].starts_with(')');
            // "since 1905" reaches from another time into the narrative's.
            !is_quantity(sentence, &raw, &prev) && !BOUNDING_PREPS.contains(&prev.as_str()) && !bracketed
                && !labels_a_thing(sentence, &raw, &prev)
        })
        .last();
    if let Some(m) = year {
        ctx.explicit_year = m.as_str().parse().ok();
        ctx.paragraph_year = ctx.explicit_year;
    }
}

/// "a stage show of the 2004 zombie comedy", "a 1962 roadster": a year between an article and
/// a lower-case word that is no event's labels a thing, and the bare months told after it
/// ("four sold-out shows in October and November") are not of that year; a year that dates
/// an event or a work ("the 1905 revolution", "the 2004 film") still moves the narrative on.
fn labels_a_thing(s: &str, raw: &Raw, prev: &str) -> bool {
    ["the", "a", "an"].contains(&prev)
        && s[raw.end..].trim_start().starts_with(char::is_lowercase)
        && !year_in_date_context(s, raw, prev)
}

/// Blanks out quoted speech (“...”, "..." and ‘...’), keeping byte offsets: dates inside a
/// quotation belong to the speaker's own time, not to the narrative.
fn mask_quotes(text: &str) -> String {
    mask_single_quotes(&mask_double_quotes(text))
}

/// Blanks out ‘...’ (the British quotation marks): opened after a space or punctuation, closed
/// by a ’ with no letter after it (not the apostrophe of "don’t"); an opening left unclosed
/// blanks nothing.
fn mask_single_quotes(text: &str) -> String {
    let mut out = text.to_string();
    let mut from = 0;
    while let Some(open) = text[from..].find('‘').map(|i| from + i) {
        let after_open = open + '‘'.len_utf8();
        let opens = !text[..open].chars().next_back().is_some_and(char::is_alphanumeric);
        let close = text[after_open..].match_indices('’').map(|(i, _)| after_open + i).find(|&i| {
            !text[i + '’'.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric)
        });
        match close {
            Some(close) if opens => {
                let end = close + '’'.len_utf8();
                out.replace_range(open..end, &" ".repeat(end - open));
                from = end;
            }
            Some(_) => from = after_open,
            // No closing mark further on: none for a later opening either.
            None => break,
        }
    }
    out
}

fn mask_double_quotes(text: &str) -> String {
    let left_open = ends_of_quotations_left_open(text);
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut straight = false;
    for (i, ch) in text.char_indices() {
        let quoted = depth > 0 || straight;
        match ch {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            '"' => straight = !straight,
            _ => {}
        }
        if quoted || depth > 0 || straight {
            out.extend(std::iter::repeat_n(' ', ch.len_utf8()));
        } else {
            out.push(ch);
        }
        if left_open.contains(&i) {
            depth = depth.saturating_sub(1);
        }
    }
    out
}

/// "… as “poppycock, unless you count the dead vote.? In 2013, he wrote that Holder had
/// “whined” …": an opening double quotation mark with no closing one before the next opening
/// (or before the paragraph's end) was left open, its closing mark lost. A stop right before a
/// question mark and a space (".? ") is that lost mark, mis-encoded, and ends the quotation;
/// else, as English double quotation marks do not nest, one followed by another opening ends
/// with its first sentence (a stop, a question or an exclamation mark before a space). The byte
/// offsets of those ends; none for a quotation left open to the paragraph's end without a
/// ".?" (a quotation going on in the next paragraph).
fn ends_of_quotations_left_open(text: &str) -> Vec<usize> {
    let marks: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| c == '“' || c == '”').collect();
    let ends_sentence = |inside: &str, k: usize| inside[k + 1..].starts_with(char::is_whitespace) || inside[k + 1..].is_empty();
    marks
        .iter()
        .enumerate()
        .filter(|&(k, m)| m.1 == '“' && marks.get(k + 1).is_none_or(|next| next.1 == '“'))
        .filter_map(|(k, &(open, _))| {
            let next = marks.get(k + 1).map(|m| m.0);
            let inside = &text[open..next.unwrap_or(text.len())];
            let lost_mark = inside.match_indices(".?").map(|(k, _)| k + 1).find(|&k| ends_sentence(inside, k));
            let first_sentence = || inside.char_indices().find(|&(k, c)| matches!(c, '.' | '?' | '!') && ends_sentence(inside, k)).map(|(k, _)| k);
            lost_mark.or_else(|| next.and(first_sentence())).map(|k| open + k)
        })
        .collect()
}

const NBSP: &[u8] = "\u{a0}".as_bytes();

/// Byte ranges of the sentences of a paragraph.
/// "the ID. SPACE VIZZION is …": a full stop after a code of two or three capitals, before
/// two words in capitals, is part of a product's name, no sentence end.
fn is_code_in_a_name(word_before: &str, rest: &str) -> bool {
    let capitals = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    let next: Vec<&str> = rest.split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    (2..=3).contains(&word_before.len()) && capitals(word_before) && next.len() == 2 && next.iter().all(|w| capitals(w))
}

fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREVIATIONS: &[&str] = &[
        "St", "Mr", "Mrs", "Dr", "No", "Gen", "Col", "Lt", "Jr", "Sr", "vs", "c", "ca", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Co",
        "Corp", "Inc", "Ltd", "Bros", "Rep", "Sen", "Gov", "Rev", "Prof", "Capt", "Sgt", "Maj",
        // Weekdays ("on Mon., Nov. 4"; not "Sat" and "Sun", which end sentences as words).
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
    ];
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // Closing quotes and brackets belong to the sentence; so do reference marks
            // ("same-sex marriage.[24] Eich's donation…").
            loop {
                while j < bytes.len()
                    && !bytes[j].is_ascii_whitespace()
                    && !bytes[j].is_ascii_alphanumeric()
                    && bytes[j] != b'['
                    && !bytes[j..].starts_with(NBSP)
                {
                    j += 1;
                }
                let mark = text[j..].strip_prefix('[').and_then(|r| r.find(']').filter(|&e| e > 0 && r[..e].bytes().all(|b| b.is_ascii_digit())));
                match mark {
                    Some(e) => j += e + 2,
                    None => break,
                }
            }
            // (A page's "&nbsp;" after a full stop is a space between sentences too.)
            let ws = j < bytes.len() && (bytes[j].is_ascii_whitespace() || bytes[j..].starts_with(NBSP));
            let next = text[j..].trim_start().chars().next();
            let word_before = text[start..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let starts_new =
                next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“‘\"(".contains(c));
            // "around 10:30 p.m. Tuesday", "at 9 a.m. EST": the clock's day or zone follows.
            let next_word = text[j..].split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
            let clock_goes_on = word_before == "m"
                && (WEEKDAYS.contains(&next_word) || (2..=4).contains(&next_word.len()) && next_word.chars().all(|c| c.is_ascii_uppercase()));
            // "Richard A. Lupoff": an initial.
            let initial = word_before.len() == 1 && word_before.chars().all(|c| c.is_ascii_uppercase());
            if ws && starts_new && !ABBREVIATIONS.contains(&word_before) && !clock_goes_on && !initial && !is_code_in_a_name(word_before, &text[j..]) {
                out.push((start, j));
                start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

fn prev_word(sentence: &str, at: usize) -> String {
    sentence[..at]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || "([,;:—–".contains(c))
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// "sold it for 24.4 million euros last March": a bare month after "last" is the latest one
/// before the writing (not "the last March of the war").
fn is_last_month_named(s: &str, raw: &Raw, prev: &str) -> bool {
    let determined = || {
        let at = s[..raw.start].trim_end().len().saturating_sub(prev.len());
        DETERMINERS.contains(&prev_word(s, at).as_str())
    };
    raw.month.is_some() && raw.year.is_none() && prev == "last" && !determined()
}

/// The year of "last October": the latest October before the writing, unless it is the
/// writing's own month or the one just before it (which would be "this month" or "last
/// month"): "changed her tune last October", written in November 2023, is October 2022.
fn year_of_last_month_named(anchor: Anchor, month: u32) -> Option<i32> {
    let own = anchor.month?;
    let year = anchor.year_of(month, None)?;
    Some(if month == own || month + 1 == own { year - 1 } else { year })
}

/// "ATTEND a two-day symposium with …, Oct. 28–29, at Riveredge": a notice opening on an
/// imperative in capitals, its object's determiner next, invites to an event; it tells none.
/// (Not a name in capitals: "NASA launched …", "NASA supplier SpaceX …".)
fn opens_on_a_shouted_imperative(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let shouted = first.len() >= 4 && first.chars().all(|c| c.is_ascii_uppercase());
    shouted && ["a", "an", "the", "your", "our"].contains(&second)
}

/// "… taking money from the fund sometime between Nov. 28, 2005, and Oct. 12, 2006": a span
/// within which the act fell at a time not known (a charge's, a guess's) dates no event.
fn is_uncertain_span(sentence: &str, start: usize) -> bool {
    let head = sentence[..start].trim_end().to_lowercase();
    let head = head.strip_suffix("between").map_or(head.as_str(), str::trim_end);
    let opens_between = head.len() < sentence[..start].trim_end().len() || sentence[start..].to_lowercase().starts_with("between");
    opens_between && (head.ends_with("sometime") || head.ends_with("some time") || head.ends_with("at some point"))
}

/// "whatever version was released last night or today is broken": a day the text gives as one
/// of two, "or" between them, is not known; it dates no event.
fn is_one_of_two_days(sentence: &str, start: usize, end: usize) -> bool {
    const DAYS: &[&str] = &["today", "yesterday", "tonight", "last night", "this morning", "last week", "this week"];
    let after = sentence[end..].trim_start().to_lowercase();
    let before = sentence[..start].trim_end().to_lowercase();
    after.strip_prefix("or ").is_some_and(|rest| DAYS.iter().any(|d| rest.starts_with(d)))
        || before.strip_suffix(" or").is_some_and(|head| DAYS.iter().any(|d| head.ends_with(d)))
}

/// "Back on 1 April 2018 was a set of 45 patches by Tora Quist": a fronted date and "was"
/// before the subject, an existential told inverted, tells "There was a set of 45 patches by
/// Tora Quist" (the clause otherwise has its verb and no subject).
fn inverted_existential(sentence: &str, start: usize, end: usize) -> Option<String> {
    let head_words: Vec<String> = sentence[..start].split_whitespace().map(|w| w.to_lowercase()).collect();
    if !head_words.iter().all(|w| ["back", "on", "in", "then", "and", "so", "during", "at"].contains(&w.as_str())) {
        return None;
    }
    let rest = sentence[end..].trim_start_matches(',').trim_start();
    let (verb, after) = rest.split_once(' ')?;
    if !["was", "were"].contains(&verb) {
        return None;
    }
    let first = after.split_whitespace().next()?.to_lowercase();
    let opens_a_noun = ["a", "an", "the", "some", "several", "many", "two", "three", "four", "five"].contains(&first.as_str())
        || first.chars().all(|c| c.is_ascii_digit());
    opens_a_noun.then(|| format!("There {verb} {}", after.trim_end().trim_end_matches(['.', '!']).trim_end()))
}

/// "It wasn't until four years ago, at a conference in Cancun, that the countries committed
/// …", "It was in 1996 that the council closed the bridge": a cleft sets the date apart to
/// date its "that" clause, which tells the event ("until": the first time it was done, no
/// bound of a state). The clause, with the aside between the date and "that" before it.
fn cleft_event(sentence: &str, start: usize, end: usize) -> Option<String> {
    let before = words_before(sentence, start, usize::MAX);
    let it = before.iter().rposition(|w| w == "it")?;
    // "It" opens the sentence or a clause joined on ("but it was not until …").
    if it > 0 && !["and", "but", "yet", "so", "though", "however"].contains(&before[it - 1].as_str()) {
        return None;
    }
    let (verb, rest) = before[it + 1..].split_first()?;
    let negated = ["wasn't", "wasn’t", "isn't", "isn’t"].contains(&verb.as_str());
    if !negated && !["was", "is"].contains(&verb.as_str()) {
        return None;
    }
    let negated = negated || rest.first().is_some_and(|w| w == "not");
    let links = ["not", "only", "until", "in", "on", "at", "around", "back"];
    if !rest.iter().all(|w| links.contains(&w.as_str())) || rest.iter().any(|w| w == "until") != negated {
        return None;
    }
    let after = &sentence[end..];
    let (aside, clause) = match after.strip_prefix(" that ") {
        Some(clause) => ("", clause),
        None => {
            let after = after.strip_prefix(',')?;
            let at = after.find(", that ")?;
            (after[..at].trim(), &after[at + ", that ".len()..])
        }
    };
    let clause = clause.trim_end().trim_end_matches(['.', '!']).trim_end();
    if clause.split_whitespace().count() < 2 {
        return None;
    }
    Some(if aside.is_empty() { capitalise(clause) } else { format!("{}, {clause}", capitalise(aside)) })
}

/// "Read on below for the best records of November and December 2019", "Scroll down for …",
/// "Click here to …": an imperative of reading on the page addresses the reader; it tells no
/// event.
fn addresses_the_reader(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    ["Read", "Scroll", "Click", "Listen", "Tune", "See"].contains(&first)
        && ["on", "below", "here", "down", "more"].contains(&second.trim_end_matches([',', '.', ':']))
}

/// "The evidence is stark: October 2023 was the warmest October ever", "In many ways, 2019
/// was the year of the earbud": a date that opens its clause as the subject of "was" or "is"
/// describes a period; nothing happened on it. ("1998 was the year the first ferry sailed"
/// names the year of the act its clause tells.)
fn is_period_described(s: &str, raw: &Raw) -> bool {
    let opens_clause = s[..raw.start].trim_end().is_empty() || s[..raw.start].trim_end().ends_with([',', ';', ':', '—']);
    let copula = ["was", "is", "were", "has been"].iter().any(|c| {
        s[raw.end..].trim_start().strip_prefix(c).is_some_and(|rest| rest.starts_with(' '))
    });
    opens_clause && copula && !names_the_time_of_an_act(&s[raw.end..])
}

/// "… was the year the first ferry sailed", "… was the day when the bridge opened": after "was",
/// the period's noun and a clause told in the past.
fn names_the_time_of_an_act(predicate: &str) -> bool {
    let words = after_words(predicate, 0, usize::MAX);
    matches!(words.as_slice(), [was, the, period, clause @ ..]
        if was == "was" && the == "the" && ["year", "month", "day", "week"].contains(&period.as_str())
            && fragment::tells_the_past(&clause.join(" ")))
}

/// Verbs of holding a post or a place for a time.
const TENURE_VERBS: &[&str] = &[
    "served", "serving", "worked", "lived", "sat", "held", "ruled", "reigned", "chaired", "presided", "taught",
];

/// "She also served on the court from January 2015 to December 2019": a span of months of a
/// written year, opened by "from" or "between" after a verb of holding a post, is a tenure,
/// no event (as "served as the CEO from 2004 – 2014" is not); one inside the subject of the
/// verb after it ("the average temperature from January to October 2023 has exceeded …") is
/// the period a figure measures. ("observed Europa for 17 nights, from February 2016 through
/// May 2017" still dates the observing.)
fn is_span_of_months(s: &str, raw: &Raw) -> bool {
    let months = raw.day.is_none() && raw.until.is_some_and(|(day, month, year)| day.is_none() && month > 0 && year.is_some());
    let tenure = words_before(s, raw.start, 8).iter().any(|w| TENURE_VERBS.contains(&w.as_str()));
    let measured = ["has", "have", "is", "are", "was", "were"].contains(&next_word(s, raw.end).as_str());
    months && (tenure || measured) && ["from", "between"].contains(&prev_word(s, raw.start).as_str())
}

fn num<T: std::str::FromStr>(m: Option<regex::Match>) -> Option<T> {
    m.and_then(|m| m.as_str().parse().ok())
}

fn month(m: Option<regex::Match>) -> Option<u32> {
    m.and_then(|m| month_number(m.as_str()))
}

/// All date mentions of a (quote-masked) sentence, most specific reading first, no overlaps.
/// A two-digit year from this one on is of the 1900s, below it of the 2000s, when the piece has
/// no date to count back from (the pivot of POSIX's `%y`).
const SHORT_YEAR_PIVOT: i32 = 69;

/// "In ’99 … in ’04", in a piece of 2007: the century that puts a two-digit year latest but not
/// after the year of writing.
fn in_the_pieces_century(raw: &mut Raw, anchor: Option<Anchor>) {
    if let (true, Some(year), Some(a)) = (raw.short_year, raw.year, anchor) {
        let yy = year.rem_euclid(100);
        let century = a.year.div_euclid(100) * 100;
        raw.year = Some(if century + yy <= a.year { century + yy } else { century - 100 + yy });
    }
}

fn find_mentions(s: &str) -> Vec<Raw> {
    find_mentions_in(s, false)
}

/// [`find_mentions`]; in the body's first sentence (`lede`), a weekday closing its
/// attribution ("The house will become a police station, the minister said on Tuesday.")
/// dates the announcement: the news the report is about.
fn find_mentions_in(s: &str, lede: bool) -> Vec<Raw> {
    let p = patterns();
    let mut all: Vec<Raw> = Vec::new();
    for c in p.dual.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let year = num(c.get(3)).or(num(c.get(7)));
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            day: num(c.get(1)),
            month: month(c.get(2)),
            year,
            stated_ns: Some((
                num(c.get(4)).unwrap_or(0),
                month(c.get(5)).unwrap_or(0),
                num(c.get(6)).or(year),
            )),
            ..Raw::default()
        });
    }
    for c in p.day_range.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let end_month = month(c.get(4)).unwrap_or(0);
        let year = num(c.get(5));
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            day: num(c.get(1)),
            month: month(c.get(2)).or(Some(end_month)),
            year,
            until: Some((num(c.get(3)), end_month, year)),
            ..Raw::default()
        });
    }
    // "Nov. 4-5, 2019": a range of days within a month, American style.
    for c in p.us_day_range.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let (month, year) = (month(c.get(1)), num(c.get(4)));
        // (Not a score after a month: "the Oct. 3-1 win".)
        let (first, last): (Option<u32>, Option<u32>) = (num(c.get(2)), num(c.get(3)));
        if first.zip(last).is_none_or(|(a, b)| a >= b) {
            continue;
        }
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            day: first,
            month,
            year,
            until: Some((last, month.unwrap_or(0), year)),
            ..Raw::default()
        });
    }
    // "July 30-Aug. 14, 1932": a range of days across two months, American style, its year
    // told once at its end.
    for c in p.us_month_day_range.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let year = num(c.get(5));
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            day: num(c.get(2)),
            month: month(c.get(1)),
            year,
            until: Some((num(c.get(4)), month(c.get(3)).unwrap_or(0), year)),
            ..Raw::default()
        });
    }
    // "on the 2nd of November": British and Indian usage.
    for c in p.day.captures_iter(s).chain(p.day_of.captures_iter(s)) {
        let m0 = c.get(0).expect("whole match");
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            day: num(c.get(1)),
            month: month(c.get(2)),
            year: num(c.get(3)),
            day_of_week: weekday_before(s, m0.start()),
            ..Raw::default()
        });
    }
    for c in p.numeric.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let Some((month, day)) = numeric_month_day(s, m0.start(), m0.end(), num(c.get(1)), num(c.get(2)), c.get(3).is_some()) else {
            continue;
        };
        let year = c.get(3).map(|y| y.as_str()).and_then(|y| y.parse::<i32>().ok()).map(|y| match y {
            0..=30 => 2000 + y,
            31..=99 => 1900 + y,
            _ => y,
        });
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: Some(month),
            day: Some(day),
            year,
            day_of_week: weekday_before(s, m0.start()),
            ..Raw::default()
        });
    }
    // "the 2024-07-30 update": a date written the ISO way, year, month and day.
    static ISO: OnceLock<Regex> = OnceLock::new();
    let iso = ISO.get_or_init(|| Regex::new(r"\b(1[0-9]{3}|20[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\b").expect("ISO date pattern"));
    // (Not a timestamp, a clock time after it: "2020-08-01 17:00 UTC", data or code.)
    static CLOCK: OnceLock<Regex> = OnceLock::new();
    let clock = CLOCK.get_or_init(|| Regex::new(r"^(?:T|\s+)\d{1,2}:\d{2}").expect("clock pattern"));
    for c in iso.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        if clock.is_match(&s[m0.end()..]) {
            continue;
        }
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            year: num(c.get(1)),
            month: num(c.get(2)),
            day: num(c.get(3)),
            ..Raw::default()
        });
    }
    for c in p.us_day.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: month(c.get(1)),
            day: num(c.get(2)),
            year: num(c.get(3)),
            day_of_week: weekday_before(s, m0.start()),
            ..Raw::default()
        });
    }
    for c in p.month_pair.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let year = num(c.get(4));
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: month(c.get(2)),
            year,
            qualifier: c.get(1).map(|q| q.as_str().to_lowercase()),
            until: Some((None, month(c.get(3)).unwrap_or(0), year)),
            bare: c.get(1).is_none(),
            ..Raw::default()
        });
    }
    for c in p.month.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: month(c.get(2)),
            year: num(c.get(3)),
            qualifier: c.get(1).map(|q| q.as_str().to_lowercase()),
            bare: c.get(1).is_none() && c.get(3).is_none(),
            ..Raw::default()
        });
    }
    for c in p.month_of_year.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: month(c.get(1)),
            years_back: (&c[2] != "that").then(|| i32::from(&c[2] == "last")),
            that_year: &c[2] == "that",
            ..Raw::default()
        });
    }
    for c in p.year.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let after = &s[m0.end()..];
        // "1920s", "1917-18", "2,017" and "1972’s Toulouse Street" (a work's year) are not
        // years of events.
        if after.starts_with(['s', '-', '–', '\'', '’'])
            || s[..m0.start()].ends_with(|ch: char| ch == ',' || ch == '.' || ch.is_ascii_digit())
        {
            continue;
        }
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            year: num(c.get(1)),
            bare: true,
            ..Raw::default()
        });
    }
    for c in p.short_year.captures_iter(s) {
        let digits = c.get(1).expect("two digits");
        let after = &s[digits.end()..];
        // ("’02-’04", "’99’s" are a range and a label.)
        if after.starts_with(['-', '–', '\'', '’']) {
            continue;
        }
        let yy: i32 = digits.as_str().parse().unwrap_or(0);
        all.push(Raw {
            start: digits.start() - s[..digits.start()].chars().next_back().map_or(0, char::len_utf8),
            end: digits.end(),
            year: Some(if yy >= SHORT_YEAR_PIVOT { 1900 + yy } else { 2000 + yy }),
            bare: true,
            short_year: true,
            ..Raw::default()
        });
    }
    let months_named: Vec<u32> = {
        let mut v: Vec<u32> = p
            .month_name
            .find_iter(s)
            .filter_map(|m| month_number(m.as_str()))
            .collect();
        v.dedup();
        v
    };
    for c in p.ordinal.captures_iter(s) {
        // "on the 27th" takes its month from the sentence, when it names exactly one.
        if let [only] = months_named[..] {
            let m0 = c.get(0).expect("whole match");
            all.push(Raw {
                start: m0.start(),
                end: m0.end(),
                day: num(c.get(1)),
                month: Some(only),
                ..Raw::default()
            });
        }
    }
    for c in p.relative.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        // "The day before, Portugal made it": the day before the last day named ("the day
        // before the vote", a day before something else, is not matched).
        let ends_clause = s[m0.end()..].trim_start().chars().next().is_none_or(|c| ",.;:".contains(c));
        // "had resigned as CEO the previous week": the month of the week before the last day.
        if c.get(7).is_some() {
            if ends_clause {
                all.push(Raw { start: m0.start(), end: m0.end(), week_after: Some(-7), ..Raw::default() });
            }
            continue;
        }
        // "the following week" (not "the following week's vote": a noun's).
        if c.get(8).is_some() {
            if !s[m0.end()..].starts_with(['’', '\'']) {
                all.push(Raw { start: m0.start(), end: m0.end(), week_after: Some(7), ..Raw::default() });
            }
            continue;
        }
        // "the same day", "later that evening": the last day named.
        let days = if c.get(1).is_some() {
            Some(1)
        } else if c.get(4).is_some() || c.get(5).is_some() {
            Some(0)
        } else if c.get(6).is_some() {
            ends_clause.then_some(-1)
        } else {
            let per = if c.get(3).is_some_and(|u| u.as_str().starts_with("week")) { 7 } else { 1 };
            // ("A week later": one.)
            c.get(2).and_then(|w| count_word(w.as_str())).map(|n| n * per)
        };
        // Farther than a month is no longer "later" in the sense of a chronology.
        if let Some(days) = days.filter(|d| (-1..=31).contains(d)) {
            all.push(Raw {
                start: m0.start(),
                end: m0.end(),
                relative: Some(days),
                ..Raw::default()
            });
        }
    }
    for c in p.years_later.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        if counts_from_an_undated_when(s, m0.start()) {
            continue;
        }
        // "The year before," closes its phrase ("the year before the war" counts from another
        // event); "the same year", "later that year" stay in the last year named.
        let ends_clause = s[m0.end()..].trim_start().chars().next().is_none_or(|c| ",.;:".contains(c));
        let n = match (c.get(1), c.get(3), c.get(4)) {
            (_, Some(_), _) => ends_clause.then_some(-1),
            (_, _, Some(_)) => Some(0),
            (None, ..) => Some(1),
            (Some(w), ..) => {
                let n = count_word(w.as_str());
                let earlier = c.get(2).is_some_and(|d| d.as_str() == "earlier");
                n.filter(|n| (1..=100).contains(n)).map(|n| if earlier { -n } else { n })
            }
        };
        if let Some(n) = n {
            all.push(Raw {
                start: m0.start(),
                end: m0.end(),
                years_later: Some(n as i32),
                ..Raw::default()
            });
        }
    }
    for c in p.weekday.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let which = c.get(1).map(|w| w.as_str().to_lowercase());
        // "next Tuesday" is a plan; "Tuesdays" is a habit ("Tuesday's vote" is a date).
        if which.as_deref() == Some("next") || s[m0.end()..].starts_with('s') {
            continue;
        }
        // "Black Friday", "Bloody Sunday": a name, not the week's day; "Saturday, May 18":
        // the day of a date stated in full after it.
        // "the Sunday Business section", "the Sunday Times": after an article and before a
        // capital, a name too.
        // "Saturday Night Live", "Monday Night Football": a title, the time of day capitalised
        // and a capital after it.
        let titled = which.is_none()
            && (["the", "a"].contains(&prev_word(s, m0.start()).as_str()) && s[m0.end()..].trim_start().starts_with(char::is_uppercase)
                || programme_title_after(&s[m0.end()..]));
        let named = which.is_none() && capitalised_word_before(s, m0.start()) && !closes_a_place(s, m0.start(), m0.end()) || titled;
        // "Monday the 18th": the day of a date given after it, not the article's week.
        let dated_after = is_date_right_after(s, m0.end())
            || p.ordinal.find_at(s, m0.end()).is_some_and(|o| s[m0.end()..o.start()].trim_matches([',', ' ']).is_empty());
        if named || dated_after || which.is_none() && names_a_weekly_occasion(s, m0.start(), m0.end()) || is_weekday_of_the_story(s, m0.start()) || is_weekday_of_date_before(s, m0.start()) {
            continue;
        }
        // "on Thursday last" (not "Thursday last week", read as "last week"): the Thursday of
        // the week before the writing's.
        let week_before = c.get(3).is_some_and(|l| !s[l.end()..].starts_with('-'))
            && !after_words(s, m0.end(), 1).first().is_some_and(|w| is_time_unit(w));
        all.push(Raw {
            start: m0.start(),
            end: if week_before { m0.end() } else { c.get(3).map_or(m0.end(), |l| l.start()) },
            weekday: Some((c[2].to_string(), which.as_deref() == Some("last"))),
            week_before,
            ..Raw::default()
        });
    }
    // "on Christmas Day 2018", "over New Year's Eve": a holiday of a fixed day.
    for c in p.holiday.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        if !["on", "over", "at", "by", "before", "after", "until", "since"].contains(&prev_word(s, m0.start()).as_str()) {
            continue;
        }
        let (month, day) = holiday_day(&c[1]);
        all.push(Raw { start: m0.start(), end: m0.end(), day: Some(day), month: Some(month), year: num(c.get(2)), ..Raw::default() });
    }
    for c in p.easter.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        // "on Easter Sunday", "the day after Easter"; not "fish for Easter" (a season's habit).
        let prev = prev_word(s, m0.start()).to_lowercase();
        if c.get(1).is_none() && !["on", "at", "over"].contains(&prev.as_str()) {
            continue;
        }
        let step = match c.get(1).map(|m| m.as_str()) {
            Some("week") => 7,
            Some(_) => 1,
            None => 0,
        };
        let sign = if c.get(2).is_some_and(|m| m.as_str() == "before") { -1 } else { 1 };
        let monday = i64::from(c.get(3).is_some_and(|m| m.as_str() == "Monday"));
        all.push(Raw { start: m0.start(), end: m0.end(), easter: Some(sign * step + monday), ..Raw::default() });
    }
    for c in p.iso_attributive.captures_iter(s) {
        let date = c.get(1).expect("the date");
        all.push(Raw { start: date.start(), end: date.end(), year: num(c.get(2)), month: num(c.get(3)), day: num(c.get(4)), ..Raw::default() });
    }
    // "at last year's Thanksgiving dinner", "on Thanksgiving Day 2018": the fourth Thursday
    // of November (not "a Thanksgiving tradition", a season's habit).
    for c in p.thanksgiving.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        let back = c.get(1).map(|w| i32::from(w.as_str().eq_ignore_ascii_case("last")));
        let year = num(c.get(2));
        if back.is_none() && year.is_none() && !["on", "over", "at", "by", "before", "after", "until", "since"].contains(&prev_word(s, m0.start()).as_str()) {
            continue;
        }
        all.push(Raw { start: m0.start(), end: m0.end(), thanksgiving: Some((year, back)), ..Raw::default() });
    }
    for c in p.article_relative.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        // "silent the last month", "over the past week": a span up to the writing, not the
        // month before it.
        if ["the", "this", "past"].contains(&prev_word(s, m0.start()).as_str()) {
            continue;
        }
        // "This spring-loaded latch", "this week-long fair": the word opens a compound, no
        // time.
        if s[m0.end()..].starts_with('-') {
            continue;
        }
        // "This year, we looked at…", "This year we tested our results…": the writer's own
        // doing, not an event ("This year we saw a ferry line fold" tells what the year saw).
        let witnessed = after_words(s, m0.end(), 1).first().is_some_and(|w| ["saw", "witnessed", "watched"].contains(&w.as_str()));
        let comma = m0.as_str().contains(',');
        if ["we", "I", "our"].contains(&m0.as_str().rsplit([' ', ',']).next().unwrap_or("")) && (comma || !witnessed) {
            continue;
        }
        // "this year" after the verb is the year as a span ("sales this year", "have
        // purchased 208,560 vehicles this year"), unless it closes a clause told in the simple
        // past ("The chain opened about 80 new outlets this year"; not "this year's").
        if c.get(7).is_some() && (s[m0.end()..].starts_with(['\'', '’']) || !past_clause_before(&s[..m0.start()]) && !relative_perfect_act_before(&s[..m0.start()])) {
            continue;
        }
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            // "this month" and "this week" are the article's own month, and so is "earlier in
            // the week" (a news report's week is its writing's).
            article_relative: Some(match (c.get(1), c.get(2)) {
                (Some(last), _) => last.as_str().to_string(),
                (None, Some(this)) => format!("this {}", this.as_str()),
                // "at the weekend", "over the weekend", "last weekend", and "this weekend" told
                // in the past: the one before the writing.
                _ if c.get(4).is_some() || c.get(5).is_some() => "weekend".to_string(),
                // "this summer", said in November: the season of the article's year, if over.
                _ if c.get(6).is_some() => format!("this {}", &c[6]),
                // "earlier this year", and "This year, …" opening a sentence: a time of the
                // article's year before its writing ("this year" after the verb is the year as a
                // span: "sales this year", "have purchased 208,560 vehicles this year"); "early
                // this year", its first months.
                (None, None) if m0.as_str().to_lowercase().starts_with("early ") => "early this year".to_string(),
                (None, None) => "this year".to_string(),
            }),
            ..Raw::default()
        });
    }
    // "over the past six years since I joined", "It has been five years since the mill
    // closed": the act after "since", counted back from the writing.
    for c in p.years_since.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        if let Some(n) = count_word(&c[1]).filter(|n| (1..=100).contains(n)) {
            all.push(Raw { start: m0.start(), end: m0.end(), ago: Some((n, "year".to_string())), years_since: true, ..Raw::default() });
        }
    }
    for c in p.ago.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        // "nearly five years ago", "more than a week ago": a span told roughly or as a bound
        // names no date ("barely a week ago" and "just a year ago" still do, and so does one
        // unit told roughly: "about a month ago" is the month before).
        let prev = prev_word(s, m0.start());
        let rough = ["nearly", "almost", "about", "around", "roughly", "approximately", "some"].contains(&prev.as_str());
        let bound = prev == "over" || s[..m0.start()].trim_end().ends_with("more than");
        // "yesterday" and "last night" are a day ago, "this morning" and "earlier today" the day
        // of writing;
        // "today" only right after a past act ("the price has dropped today"): it is mostly
        // the present as against the past ("today's exchange rates", "one of the hottest
        // trends today", "airs starting today").
        let (n, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)) {
            (Some(n), Some(unit), ..) => {
                let n = count_word(n.as_str()).filter(|n| (1..=100).contains(n));
                // "two decades ago": twenty years; "48 hours ago": two days (hours that make
                // no whole days, "three hours ago", do not tell whether the day turned).
                match unit.as_str() {
                    "decade" => (n.map(|n| n * 10), "year"),
                    "hour" => (n.filter(|n| n % 24 == 0).map(|n| n / 24), "day"),
                    unit => (n, unit),
                }
            }
            (_, _, Some(_), ..) => (Some(1), "day"),
            (.., Some(_), _) => (Some(0), "day"),
            (.., Some(today)) if after_a_past_act(s, today.start(), today.end()) => (Some(0), "day"),
            _ => (None, "day"),
        };
        if bound || rough && n != Some(1) {
            continue;
        }
        if let Some(n) = n {
            all.push(Raw { start: m0.start(), end: m0.end(), ago: Some((n, unit.to_string())), ..Raw::default() });
        }
    }
    for c in p.later_that_month.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        // "Two months later": months after the last month named.
        let months = match c.get(1) {
            None => Some(0),
            Some(w) => count_word(w.as_str()).filter(|n| (1..=11).contains(n)),
        };
        if let Some(months) = months {
            all.push(Raw { start: m0.start(), end: m0.end(), months_later: Some(months), ..Raw::default() });
        }
    }
    // "In the fourth quarter, the bank paid $1.1 billion": a quarter with no year, opening the
    // sentence, is the last such quarter begun by the writing.
    static QUARTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*In the (first|second|third|fourth) quarter,").unwrap());
    if let Some(c) = QUARTER.captures(s) {
        let m = c.get(0).expect("whole match");
        let n = ["first", "second", "third", "fourth"].iter().position(|q| *q == &c[1]).unwrap_or(0) + 1;
        let start = m.start() + m.as_str().len() - m.as_str().trim_start().len();
        all.push(Raw { start, end: m.end() - 1, article_relative: Some(format!("quarter {n}")), ..Raw::default() });
    }
    for c in p.counted_after.captures_iter(s) {
        let (m0, unit) = (c.get(0).expect("whole match"), &c[2]);
        // ("The day before the fitting": one.)
        // ("The day after the vote": one.)
        let count = if c[1].eq_ignore_ascii_case("the") { Some(1) } else { count_word(&c[1]) };
        let days = match unit {
            "week" => count.map(|n| n * 7),
            _ => count,
        };
        let sign = if &c[3] == "before" { -1 } else { 1 };
        // The event's words: its noun phrase, up to the next clause ("the fitting and returned
        // a week later" names the fitting).
        // ("the day after the Dec. 30 shooting": a short month's full stop ends no phrase.)
        let from = c.get(4).expect("event").start();
        let mut phrase_end = m0.end();
        if m0.as_str().ends_with(|c: char| c.is_alphabetic()) && s[m0.end()..].starts_with(". ") {
            let word = m0.as_str().rsplit(' ').next().unwrap_or("");
            if month_number(&format!("{word}.")).is_some() && word.len() <= 4 {
                let rest = &s[m0.end() + 1..];
                phrase_end = m0.end() + 1 + rest.find([',', '.', ';', ':', '—']).unwrap_or(rest.len());
            }
        }
        let event: Vec<&str> = s[from..phrase_end]
            .split_whitespace()
            .take_while(|w| !["and", "but", "to", "when", "while", "as", "in", "on", "at", "with", "for"].contains(w))
            .take(5)
            .collect();
        let clause = &s[from..phrase_end];
        let lead = &s[..m0.start()];
        if let Some(n) = days.filter(|n| sign == 1 && (1..=31).contains(n) && this_comes_after(lead) && fragment::tells_the_past(clause)) {
            let start = lead.len() - lead.trim_start().len();
            all.push(Raw { start, end: from, counted_back: Some((n, unit == "month")), ..Raw::default() });
            continue;
        }
        if let Some(n) = days.filter(|n| (1..=31).contains(n) && !event.is_empty()) {
            let end = m0.start() + s[m0.start()..phrase_end].trim_end().len();
            all.push(Raw { start: m0.start(), end, counted_after: Some((sign * n, unit == "month", event.join(" "))), ..Raw::default() });
        }
    }
    for c in p.month_range.captures_iter(s) {
        let m0 = c.get(0).expect("whole match");
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            month: month(c.get(1)),
            year: num(c.get(2)),
            until: Some((None, month(c.get(3)).unwrap_or(0), num(c.get(4)))),
            ..Raw::default()
        });
    }
    for m0 in p.year_span.find_iter(s) {
        all.push(Raw {
            start: m0.start(),
            end: m0.end(),
            skip: true,
            ..Raw::default()
        });
    }
    fold_date_phrases(s, &mut all);
    // Longest match first at each start; then drop overlaps.
    all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Raw> = Vec::new();
    // (The end of the last date set aside as a bound: a year inside it is no date of its own,
    // "since January of 2013" not "2013" after "of".)
    let mut bound_end = 0;
    for raw in all {
        if out.last().is_some_and(|last| raw.start < last.end) || raw.start < bound_end {
            continue;
        }
        if raw.skip || is_span_of_months(s, &raw) {
            out.push(Raw { skip: true, ..raw });
            continue;
        }
        // "in late 2017": the preposition before a year's qualifier gives the context.
        let prev = match prev_word(s, raw.start) {
            // (And "in autumn 2016": the season before the year.)
            q if raw.month.is_none() && ["late", "early", "mid", "mid-", "spring", "summer", "autumn", "fall", "winter"].contains(&q.as_str()) => {
                let at = s[..raw.start].trim_end().trim_end_matches(|c: char| c.is_alphabetic() || c == '-').len();
                prev_word(s, at)
            }
            // "returned home in about 1868": a year told roughly after its preposition (not
            // "of about 1868 people", a count).
            q if raw.month.is_none() && APPROXIMATELY.contains(&q.as_str()) => {
                let at = s[..raw.start].trim_end().trim_end_matches(|c: char| c.is_alphabetic() || c == '.').len();
                Some(prev_word(s, at)).filter(|p| ["in", "since", "until", "by"].contains(&p.as_str())).unwrap_or(q)
            }
            p => p,
        };
        // "Since 2011, with the launch of Silk Road, anybody has been able …": a state that
        // still holds, its beginning told, dates that beginning; "has managed catch limits
        // since 1924", "until 1990", "had been facing it since 2010" bound one.
        // "the first time it has been that big since 2012", "the highest since 2008": a
        // figure's record, not a state begun then.
        let record = prev == "since"
            && words_before(s, raw.start, 10).windows(2).any(|w| {
                RECORD_WORDS.contains(&w[0].as_str()) || is_superlative(&w[0]) || w[0] == "first" && w[1] == "time"
            });
        let started = prev == "since" && starts_a_state(s, raw.start) && !record;
        // "Since 1989, when it crushed the protests, Beijing has…": the "when" clause tells
        // what happened at the bound (not a state: "the first time since 2012, when the
        // economy was still struggling").
        // "Fast-forward to 2017, when Harper had found his next project": so does a story's
        // leap to a date.
        // ("The figure dates back to 1975, when an economist suggested …": so does the origin
        // a thing is traced back to.)
        let leap = prev == "to"
            && (words_before(s, raw.start, 2).first().is_some_and(|w| w.ends_with("forward"))
                || matches!(words_before(s, raw.start, 3).as_slice(), [verb, back, _] if back == "back" && TRACED_BACK.contains(&verb.as_str())));
        // ("… could not sail until 1921, when the harbour was finally dredged": so does the act
        // that ended a wait, at the bound "until" names.)
        let bound_told = (prev == "since" || prev == "until" || prev == "till" || leap)
            && s[raw.end..].strip_prefix(", when ").is_some_and(|rest| tells_an_act(rest.split(',').next().unwrap_or("")));
        // ("It wasn't until 2010 that …": a cleft's "until" dates its "that" clause.)
        let cleft = cleft_event(s, raw.start, raw.end).is_some();
        if BOUNDING_PREPS.contains(&prev.as_str()) && !started && !bound_told && !cleft || bounds_by_its_event(s, &raw) {
            bound_end = raw.end;
            continue;
        }
        // "an extension of the purchases past March": a bound beyond the date ("this past
        // May" names one).
        if prev == "past" && words_before(s, raw.start, 2).first().is_none_or(|w| w != "this") {
            continue;
        }
        // "said on Tuesday": the date of the speaking, not of an event ("notes that on March
        // 10 the Soviet won…" reports one).
        // ("told reporters as late as Thursday": the bound "as late as" qualifies the date
        // of the speaking.)
        let spoken_at = as_late_as(&s[..raw.start]).unwrap_or(raw.start);
        let before = words_before(s, spoken_at, 4);
        // "said late Thursday", "said early on Monday": the time of day qualifies the date.
        let unqualified: Vec<&String> =
            before.iter().filter(|w| !["late", "early"].contains(&w.as_str())).collect();
        // "The first cases were reported in 2015", "the timeline that was disclosed in
        // September": a passive report or disclosure is the event itself (what "is said"
        // is hearsay).
        let passive_report = before.windows(2).any(|w| {
            ["was", "were", "been", "is", "are", "first"].contains(&w[0].as_str()) && SPEECH_VERBS.contains(&w[1].as_str()) && w[1] != "said"
        });
        let attributed = !passive_report && match unqualified.as_slice() {
            [.., verb] if SPEECH_VERBS.contains(&verb.as_str()) => true,
            [.., verb, prep] => {
                SPEECH_VERBS.contains(&verb.as_str())
                    && ["on", "in", "at", "during", "by"].contains(&prep.as_str())
            }
            _ => false,
        } || matches!(unqualified.as_slice(), [.., verb, prep, det]
            // "said in an Oct. 26 letter": the date of the writing that says it.
            if SPEECH_VERBS.contains(&verb.as_str())
                && ["on", "in", "at", "during", "by"].contains(&prep.as_str())
                && ["a", "an", "the", "its", "his", "her", "their"].contains(&det.as_str()))
            || said_at_a_gathering(&s[..spoken_at]);
        // "first announced the potential exchange last week": the date of the speaking, after
        // its short object ("noted that just last week security services killed…" reports one).
        let spoken = words_before(s, spoken_at, 5);
        // ("A case was reported in the county over the weekend": a passive report is the
        // event, as above; `lead` has the word before the first of `spoken`.)
        let lead = words_before(s, spoken_at, 6);
        let passive = |v: usize| {
            let at = v + lead.len() - spoken.len();
            at > 0 && ["was", "were", "been", "is", "are"].contains(&lead[at - 1].as_str())
        };
        let object_of_speech = spoken.iter().rposition(|w| SPEECH_VERBS.contains(&w.as_str()) || w == "announced")
            .is_some_and(|v| v + 4 >= spoken.len() && !passive(v) && !spoken[v + 1..].iter().any(|w| w == "that" || w == "when"))
            // ("…, the sheriff announced today.": closing the sentence, "today" as well; "The
            // Wing announced today that it has launched…" tells the news.)
            && (raw.article_relative.is_some() || raw.weekday.is_some() || is_today_or_yesterday(&raw) && ends_sentence(s, raw.end))
            // "the move announced on Monday by the Secretary of State": a passive participle
            // with its agent names the act announced, which is the event.
            && !s[raw.end..].trim_start().starts_with("by ");
        // "told Business Insider in October 2018 that MaT was…": the date of a statement.
        // "projected in May that the tariffs would…": a finding's or a forecast's date too.
        let reported = s[raw.end..].trim_start().starts_with("that ")
            && spoken.iter().any(|w| SPEECH_VERBS.contains(&w.as_str()) || FINDING_VERBS.contains(&w.as_str()));
        // "Agents found Sunday 475 pounds of cocaine, CBP announced Tuesday.": the news has its
        // own date; the announcement closing it is its source's.
        // (Not by the period a figure of the news is given for: "earned $2 billion in the
        // third quarter of 2016, the bank announced on Tuesday" is the announcement's news.)
        let news_dated = out.iter().any(|r| !r.skip && !aside::is_reporting_period(s, r.start));
        let announced = lede && (attributed || object_of_speech) && !news_dated && closes_attribution(s, &raw);
        let estimated = words_before(s, raw.start, usize::MAX)
            .windows(2)
            .any(|w| ESTIMATE_VERBS.contains(&w[0].as_str()) && w[1] == "that");
        let position = a_bodys_position(s, &raw);
        if (attributed || object_of_speech) && !announced && !position || reported && !position || estimated || fronted_statement(s, &raw) || inside_closing_attribution(s, &raw) || inside_closing_source(s, &raw) {
            continue;
        }
        // "up from $34,410 in October 2015": the date of a figure compared with (but "grew
        // from 10,000 in February to 80,000 in April" is a series of dated figures).
        let series = s[raw.end..].trim_start().starts_with("to ");
        // "double the number in 2017", "more than in 2017": a figure's other time.
        let multiple = before.windows(2).any(|w| ["double", "twice", "triple", "half"].contains(&w[0].as_str()) && w[1] == "the");
        // "34 deaths in September compared to four in August": the figure compared with.
        // (So is one after "versus": "a dividend of one cent, versus last year's 5.5 cents".)
        // ("compared to the same period a year ago": the base a few words on.)
        let compared = words_before(s, raw.start, 7).windows(2).any(|w| w[0] == "compared" && (w[1] == "to" || w[1] == "with"));
        // "That number increased from Friday by a few hundred": the day a figure moved from.
        let moved_from = moved_from(&before);
        let comparison = !series
            && (multiple
                || compared
                || moved_from
                || before.last().is_some_and(|w| ["than", "versus", "vs"].contains(&w.as_str()))
                || before.windows(2).any(|w| {
                    (w[0] == "from" || w[0] == "than") && w[1].chars().any(|c| c.is_ascii_digit())
                }));
        // "one of the best password managers of 2019", "the top films of 2018": a year that
        // labels a list or a record dates no event.
        let superlative_of = prev == "of"
            && raw.month.is_none()
            && words_before(s, raw.start, 6).iter().any(|w| RECORD_WORDS.contains(&w.as_str()) || w == "top");
        if comparison || superlative_of {
            continue;
        }
        let mut raw = raw;
        raw.future = !announced && is_planned(s, &raw);
        raw.deictic = is_last_month_named(s, &raw, &prev);
        raw.announced = announced;
        raw.bound_told = bound_told;
        raw.begun = started;
        if raw.month.is_none() && raw.year.is_some() && !year_in_date_context(s, &raw, &prev) {
            continue;
        }
        let preps = if raw.month.is_some() {
            MONTH_PREPS
        } else {
            YEAR_PREPS
        };
        // "the 1939 World’s Fair", "Bruce Nauman’s 1968 work": a year before an event or a
        // work.
        // A work's year dates it only where the work opens the clause ("Bruce Nauman’s 1968
        // work … poked fun"); as another verb's object it labels a source ("the film adapts
        // André Aciman’s 2007 novel").
        let possessive = raw.month.is_none() && (prev.ends_with("’s") || prev.ends_with("'s"));
        let noun = next_word(s, raw.end);
        let opens_clause = s[..raw.start]
            .rsplit(['—', ';', ':'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric()));
        let names_event_or_work = possessive
            && (is_noun_of(EVENT_NOUNS, &noun)
                || opens_clause && is_noun_of(WORK_NOUNS, &noun));
        // "at October’s Money 20/20 conference": a month's own event, a few words on.
        let months_event = months_own_event(s, &raw).is_some();
        let at_start = s[..raw.start].trim().is_empty();
        // "from 2001: A Space Odyssey to Event Horizon": a year before a colon and a capital
        // opens a work's title.
        let titled = raw.month.is_none() && s[raw.end..].strip_prefix(": ").is_some_and(|t| t.starts_with(char::is_uppercase));
        // "a losing streak dating to 2007", "a chapel that dates back to 1150": the age of a
        // thing, told as a state.
        let last: Vec<&str> = before.iter().map(String::as_str).collect();
        // ("the idea dates back to 1968, in a film that …": an origin placed at the work or
        // the event that began it is that event.)
        let placed = [", in a ", ", in an ", ", when "].iter().any(|p| s[raw.end..].starts_with(p));
        let aged = !placed && matches!(last.as_slice(), [.., "dating" | "dates", "to" | "from"] | [.., "dating" | "dates", "back", "to" | "from"]);
        if in_bracketed_example(s, raw.start) || in_set_off_example(s, &raw) || picks_one_of_a_states_count(s, &raw) || titled || aged || is_origin_label(s, &raw) || names_a_law(s, &raw) {
            continue;
        }
        // "in 1953, 1961 and 1978": a bare date listed after a date is dated by its preposition.
        let listed = out.last().is_some_and(|last| !last.skip && date_joint(s, last, &raw).is_some());
        // ("shipped flour as late as 1951": a bound on the date stands for its preposition.)
        if raw.bare
            && !listed
            && as_late_as(&s[..raw.start]).is_none()
            && !raw.deictic
            && raw.qualifier.is_none()
            && !preps.contains(&prev.as_str())
            && !at_start
            && !started
            && !bound_told
            && !names_event_or_work
            && !months_event
            && !bracketed_after_event(s, &raw)
            && !attributive_to_an_event(s, &raw)
            && !dates_an_occurrence(s, &raw)
            && !comes_round(s, &raw, &prev)
            && !noted_participle_year(s, &raw, &prev)
        {
            continue;
        }
        // A bare month opening a sentence dates nothing ("May you…"), unless a past verb
        // follows it ("November marked the beginning of the season").
        // (Nor when the verb is a party's act, which no month can do: "June challenged a
        // Louisiana law" names a party by its first word, June Medical Services.)
        let verb = next_word(s, raw.end);
        if raw.bare && at_start && raw.month.is_some() && raw.year.is_none() && (!past_verb(&verb) || PARTY_ACTS.contains(&verb.as_str())) {
            continue;
        }
        // "the opposite of the hope of October emerged": a bare month after a noun and "of"
        // names what the noun is about, not when the clause happened ("the first week of
        // October", "the events of October" date).
        if raw.bare && raw.month.is_some() && raw.year.is_none() && prev == "of" {
            let noun = words_before(s, raw.start, 2).first().cloned().unwrap_or_default();
            let dated = TIME_NOUNS.contains(&noun.as_str()) || is_noun_of(EVENT_NOUNS, &noun);
            if !dated && noun.chars().all(char::is_lowercase) {
                continue;
            }
        }
        out.push(raw);
    }
    group_dates(s, &mut out);
    out.retain(|r| !r.skip);
    out
}

/// Folds the parts of one date phrase into the date they describe, so that the phrase is cut
/// whole and its parts date nothing of their own: a weekday of the month named right after
/// it ("on a chilly Tuesday in December 1999": not a day of the writing's week), and an
/// appositive counting from another event after a day date ("On May 6, the day before the
/// vote, …": the same day named again).
/// "When Tora opened her bakery, it was the first since the old mill closed, exactly 100 years
/// earlier": a count of years in the main clause of a sentence opening on "When" (after the
/// when-clause's comma) counts from the when-clause's act; with no year named before the
/// count, that act has no date, and the count has none either (the last year named in an
/// earlier sentence is another act's). In the when-clause itself ("When Tora died 16 years
/// later, …") the count is its own act's, from the year before.
fn counts_from_an_undated_when(s: &str, at: usize) -> bool {
    let head = s[..at].trim_start();
    let opens_on_when = head.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("when "));
    opens_on_when && head.contains(',') && !head.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4)
}

fn fold_date_phrases(s: &str, all: &mut Vec<Raw>) {
    let mut folded = vec![false; all.len()];
    for i in 0..all.len() {
        // "as at Aug 31 last year", "on August 11 this year": a month or day without its year,
        // then the year counted from the writing's, is one date of that year (the words after
        // it, taken into the mention, date nothing of their own).
        if all[i].month.is_some() && all[i].year.is_none() && all[i].until.is_none() && all[i].years_back.is_none() {
            if let Some((back, len)) = year_of_writing_after(&s[all[i].end..]) {
                let (from, to) = (all[i].end, all[i].end + len);
                all[i].years_back = Some(back);
                all[i].end = to;
                for j in (0..all.len()).filter(|&j| all[j].start >= from && all[j].end <= to) {
                    folded[j] = true;
                }
            }
        }
        if all[i].weekday.is_some() {
            let end = all[i].end;
            let month = (0..all.len())
                .find(|&j| all[j].month.is_some() && all[j].start > end && matches!(&s[end..all[j].start], " in " | " of "));
            if let Some(j) = month {
                all[j].start = weekday_phrase_start(s, all[i].start);
                folded[i] = true;
            }
        }
        if all[i].counted_after.is_some() && s[all[i].end..].starts_with(',') {
            let start = all[i].start;
            let day = (0..all.len()).find(|&j| {
                all[j].day.is_some() && all[j].counted_after.is_none() && all[j].end <= start && s[all[j].end..start].trim() == ","
            });
            if let Some(j) = day {
                all[j].end = all[i].end;
                folded[i] = true;
            }
        }
    }
    let mut k = 0;
    all.retain(|_| {
        k += 1;
        !folded[k - 1]
    });
}

/// " last year" or " this year" right after a date (`rest`, the text after it), not a
/// possessive ("this year's"): how many years before the writing's (1 or 0) and the phrase's
/// length in bytes.
fn year_of_writing_after(rest: &str) -> Option<(i32, usize)> {
    let words = rest.strip_prefix(' ')?;
    let (back, tail) = [("last year", 1), ("this year", 0)].iter().find_map(|(w, n)| words.strip_prefix(w).map(|t| (*n, t)))?;
    let closed = tail.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '\'' && c != '’');
    closed.then_some((back, rest.len() - tail.len()))
}

/// Where the noun phrase of a weekday starting at byte `at` begins: its determiner, over the
/// adjectives between ("a chilly Tuesday"), or the weekday itself.
fn weekday_phrase_start(s: &str, at: usize) -> usize {
    let mut start = at;
    for _ in 0..3 {
        let before = s[..start].trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        if word.is_empty() || !word.chars().all(char::is_lowercase) || CONTINUING_PREPS.contains(&word) {
            return at;
        }
        start = before.len() - word.len();
        if ["a", "an", "the", "one"].contains(&word) {
            return start;
        }
    }
    at
}

/// "But through June 30, only 712,000 had applied", "The show runs through March": a date
/// after "through" ends a span (a running total, a run), which no event is dated by; not the
/// end of a range whose start is named ("from 1990 through 1995", grouped as one).
fn ends_a_span(s: &str, raw: &Raw) -> bool {
    raw.group.is_none() && ["through", "thru", "throughout"].contains(&prev_word(s, raw.start).as_str())
}

/// Capitalised nouns of a body that acts by taking positions ("the European Council").
const BODIES: &[&str] = &[
    "Council", "Commission", "Parliament", "Court", "Congress", "Senate", "Assembly", "Committee", "Government",
    "Union", "Board", "Ministry", "Tribunal", "Synod",
];

/// "the European Council argued in 1996 that 3.6 degrees should be the red line": a body's
/// argument dated by its year (or month) is the position it took, an act; a person's, or a
/// body's "said on Monday", is still a statement.
fn a_bodys_position(s: &str, raw: &Raw) -> bool {
    let before: Vec<&str> = s[..raw.start].split_whitespace().rev().take(3).collect();
    let body = |w: &str| BODIES.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()));
    raw.year.is_some()
        && raw.day.is_none()
        && matches!(before.as_slice(), [prep, verb, subject] if ["in", "during"].contains(prep) && ["argued", "stated"].contains(verb) && body(subject))
}

/// What joins two dates of one list or range: "1953, 1961", "1991 and 1992", "1999 to
/// 2004", "1914–1918" (lower case, trimmed), if only that stands between `a` and `b`.
fn date_joint<'s>(s: &'s str, a: &Raw, b: &Raw) -> Option<&'s str> {
    static JOINT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|until|till|through)\s+|\s*[–-]\s*)$").unwrap());
    let between = s.get(a.end..b.start)?;
    JOINT.is_match(between).then(|| between.trim())
}

/// Marks the dates that make one list or range with the span of the whole ([`Raw::group`]).
/// A list dates its event once for each date ("flooded in 1953, 1961 and 1978"); a range
/// ("between March 2005 and August 2006", "from May 2001 to June 2002") dates it at its start,
/// so its end is no mention of its own.
fn group_dates(s: &str, out: &mut [Raw]) {
    let mut i = 0;
    while i < out.len() {
        let mut j = i;
        // ("published Oct. 25, a day after the vote": a count from an event lists no date.)
        let listed = |r: &Raw| !r.skip && r.counted_after.is_none();
        while j + 1 < out.len() && listed(&out[j]) && listed(&out[j + 1]) && date_joint(s, &out[j], &out[j + 1]).is_some() {
            j += 1;
        }
        if j > i {
            let joint = date_joint(s, &out[i], &out[i + 1]).unwrap_or("").to_lowercase();
            let opener = prev_word(s, out[i].start);
            let range = j == i + 1
                && (["to", "until", "till", "through", "–", "-"].contains(&joint.as_str())
                    // ("between Nov. 28, 2005, and Oct. 12, 2006": the comma closes the
                    // first date's year.)
                    || opener == "between" && joint.trim_start_matches(',').trim_start() == "and");
            let start = if range && ["between", "from"].contains(&opener.as_str()) {
                s[..out[i].start].trim_end().len() - opener.len()
            } else {
                out[i].start
            };
            let end = out[j].end;
            for raw in &mut out[i..=j] {
                raw.group = Some((start, end));
            }
            if range {
                out[j].skip = true;
            }
        }
        i = j + 1;
    }
}

/// Whether the clause of a date speaks of a plan or a forecast: a future word anywhere
/// before the date ("will become the first president to address the Union when he travels on
/// to Ethiopia on Sunday", "was set to dock on Saturday"), a future auxiliary after it ("On
/// Friday, the administration will announce"), or "later on Friday" said on that Friday.
fn is_planned(s: &str, raw: &Raw) -> bool {
    let mut before = words_before(s, raw.start, usize::MAX);
    // "there will be three rockets by 2024: one for …, Artemis 2 in 2022": a list after a
    // colon, with no verb of its own, goes on with the clause before it.
    let clause = before_clause(s, raw.start);
    if let Some(lead) = s[..raw.start - clause.len()].strip_suffix(':').filter(|_| !has_verb(clause)) {
        let mut more = words_before(lead, lead.len(), usize::MAX);
        more.append(&mut before);
        before = more;
    }
    // "… plans for traveling to Florida …, which gave $5.9 million toward the 2016 campaign":
    // a relative clause has its own tense.
    if let Some(k) = before.iter().rposition(|w| ["which", "who", "whose"].contains(&w.as_str())) {
        before.drain(..=k);
    }
    // "… will get $2 billion under a budget bill released late Dec. 9": a past participle
    // right after a noun, just before the date, dates what was done to the noun; the main
    // clause's future is not its tense ("will be released Dec. 9" is: an auxiliary before).
    if let Some(k) = participle_before_date(&before) {
        before.drain(..=k);
    }
    // "… will cover the price of a work that set records when a rival sold it last March":
    // a clause of "when", "after", "before" or "since" told in the past has its own tense too
    // ("would help students behind expected standards before classes restarted in February").
    if let Some(k) = before.iter().rposition(|w| ["when", "after", "before", "since"].contains(&w.as_str())) {
        if before[k + 1..].iter().any(|w| fragment::tells_the_past(w)) {
            before.drain(..=k);
        }
    }
    // "He suggested pushing back the return to 2028": what is proposed has not happened.
    let proposed = before.iter().enumerate().any(|(i, w)| PROPOSAL_VERBS.contains(&w.as_str()) && proposes_an_act(&before[i + 1..]));
    // "later this month".
    let later = s[raw.start..].to_lowercase().starts_with("later ");
    // "to make recommendations by the end of 2020": a deadline, unless what was done by then
    // is told in the past perfect ("By 1917, the party had grown") or in the past after the
    // date ("But by December, his symptoms worsened").
    let deadline = {
        let lead: Vec<&String> = before.iter().rev().skip_while(|w| ["the", "end", "start", "middle", "of"].contains(&w.as_str())).collect();
        lead.first().is_some_and(|w| *w == "by")
            && !before.iter().chain(&after_words(s, raw.end, 8)).any(|w| w == "had" || w == "’d")
            && !past_follows(s, raw.end)
            && !done_by(&lead[1..])
    };
    // Not a future word used as a noun or adjective: "a plan to impeach him has failed",
    // "ahead of the planned vote".
    let determiners = ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"];
    // "Fans will miss it and were saddened when its roof collapsed last week": a finite past
    // after the future word starts a clause of the narrative's past.
    let reach = before.iter().rposition(|w| ["was", "were", "had", "did"].contains(&w.as_str())).map_or(0, |k| k + 1);
    let after_past = &before[reach..];
    let future_before = after_past.iter().enumerate().any(|(i, w)| {
        FUTURE_WORDS.contains(&w.as_str())
            && !(i > 0 && determiners.contains(&after_past[i - 1].as_str()))
            && !is_due_to_a_cause(&after_past[i..])
    }) || after_past.windows(2).any(|w| w[0] == "set" && w[1] == "to");
    let later_today = raw.weekday.is_some()
        && matches!(before.as_slice(), [.., l, on] if l == "later" && on == "on")
        && !later_told_past(s, raw, &before);
    let after: Vec<String> = s[raw.end..]
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').to_lowercase())
        .collect();
    // "flew to London yesterday evening and will spend the day …": a future joined on by
    // "and" after a past tense is the next step, not the dated act's.
    let told_past = before[reach..].iter().any(|w| fragment::tells_the_past(w));
    // "approved an amendment on Tuesday that will grant…": nor is a relative clause's, right
    // after the date.
    let joined = |i: usize| {
        i > 0 && match after[i - 1].as_str() {
            "and" | "but" => true,
            link => i == 1 && fragment::PAST_THEN_FUTURE_LINKS.contains(&link),
        }
    };
    let future_after = after.iter().enumerate().any(|(i, w)| ["will", "won't", "shall"].contains(&w.as_str()) && !(told_past && joined(i)));
    // "they would come back to it on Wednesday": a plan reported in the past, when nothing
    // between "would" and the date starts another clause ("would honor Lorenz, who died in
    // 2008" dates a death).
    // "She would later win the prize in 1925", "would go on to…": the narrative's own
    // future in the past, told as done.
    let would = before.iter().rposition(|w| w == "would").is_some_and(|k| {
        before.len() - k <= 8
            && !before[k + 1..].iter().any(|w| ["who", "which", "that", "when", "where", "whose"].contains(&w.as_str()))
            && !before.get(k + 1).is_some_and(|w| ["later", "go", "eventually", "subsequently"].contains(&w.as_str()))
    });
    // "could come as early as this month": the soonest a thing may happen ("opened as early
    // as 1990" told what was done).
    let soonest = matches!(before.as_slice(), [.., a, early, b] if a == "as" && (early == "early" || early == "soon") && b == "as")
        && before.iter().rev().take(8).any(|w| ["could", "may", "might"].contains(&w.as_str()));
    // "cancelling a scheduled Dec. 15 imposition of tariffs": a date right after a plan's
    // adjective names the day planned, whatever the clause did to the plan.
    let planned_day = before.last().is_some_and(|w| ["scheduled", "planned", "upcoming", "expected", "proposed"].contains(&w.as_str()));
    // "Her last day is April 1": a date that is the complement of a present "is" names the
    // day set for a thing.
    let copula = |w: &String| w == "is" || w == "are";
    let set_for = match before.as_slice() {
        [.., is, on] if on == "on" => copula(is),
        [.., is] => copula(is),
        _ => false,
    };
    // "The judge set the trial for Feb. 25": the day fixed for a thing to come.
    let scheduled = before.last().is_some_and(|w| w == "for")
        && before.iter().rev().skip(1).take(5).any(|w| SCHEDULING_VERBS.contains(&w.as_str()))
        || runs_to_a_day_set(&before, raw);
    future_before || later_today || future_after || would || proposed || later || deadline || soonest || planned_day || set_for || scheduled
}

/// Presents that tell the days a thing is set to run: "closes on May 9".
const SCHEDULE_PRESENTS: &[&str] = &["ends", "closes", "begins", "starts", "opens", "runs", "resumes", "finishes", "concludes"];

/// "The fair opened on May 2 and closes with a parade on May 9": a clause joined by "and" or
/// "but" whose verb, right after the joint, is a present of a schedule tells the day set, not
/// an act, when the date gives no year (a history told in the present gives its years: "The
/// war begins in 1914 and ends in 1918").
fn runs_to_a_day_set(before: &[String], raw: &Raw) -> bool {
    let joint = before.iter().rposition(|w| w == "and" || w == "but");
    raw.year.is_none() && joint.and_then(|k| before.get(k + 1)).is_some_and(|verb| SCHEDULE_PRESENTS.contains(&verb.as_str()))
}

/// Words that put the verb after them out of the simple past (and its passive): an
/// infinitive's "to", a modal, a perfect's or an infinitive's auxiliary.
const NOT_SIMPLE_PAST_LEADS: &[&str] = &[
    "to", "will", "would", "should", "could", "must", "may", "might", "shall", "have", "has", "be", "been", "being",
];

/// "The ferry line said it completed the sale of its fleet by the end of January": a simple
/// past close before "by" (its object between) tells what was done by then, an act of that
/// time, not a deadline ("was asked to report by June", "promised to finish by May", "will
/// have shipped it by March", "will be completed by May" stay plans). `lead` holds the words
/// before "by", nearest first.
fn done_by(lead: &[&String]) -> bool {
    const REACH: usize = 8;
    for (k, w) in lead.iter().take(REACH).enumerate() {
        if NOT_SIMPLE_PAST_LEADS.contains(&w.as_str()) || FUTURE_WORDS.contains(&w.as_str()) {
            return false;
        }
        if fragment::tells_the_past(w) {
            return lead.get(k + 1).is_none_or(|before| !NOT_SIMPLE_PAST_LEADS.contains(&before.as_str()) && !FUTURE_WORDS.contains(&before.as_str()));
        }
    }
    false
}

/// "The council approved the budget later on Tuesday", "… and later on Tuesday the mayor
/// resigned", written that Tuesday: "later on" the day told in the past (in its own clause,
/// after the last "and", "but" or "then" before it, or right after it) tells the day's later
/// hours, come when the piece was written; "lands in Kenya later on Friday" is a plan.
fn later_told_past(s: &str, raw: &Raw, before: &[String]) -> bool {
    let from = before.iter().rposition(|w| ["and", "but", "then"].contains(&w.as_str())).map_or(0, |k| k + 1);
    let after = s[raw.end..].split([',', ';', '.', '—', ':']).next().unwrap_or("");
    fragment::tells_the_past(&before[from..].join(" ")) || fragment::tells_the_past(after)
}

/// "In March 2025, the firm unveiled its console": a date with its year opening the sentence,
/// set off by a comma, before a clause told in the past that promises nothing ("will", "would")
/// before what it reports ("announced that the console will be released" tells an act).
fn fronted_past_act(s: &str, raw: &Raw) -> bool {
    let opener = s[..raw.start].trim();
    let Some(rest) = s[raw.end..].strip_prefix(',') else { return false };
    let clause = rest.split([';', '.']).next().unwrap_or("");
    let own = clause.split(" that ").next().unwrap_or("");
    let promises = own.split_whitespace().any(|w| ["will", "would", "shall", "plans", "expects"].contains(&w));
    raw.year.is_some() && ["", "In", "On"].contains(&opener) && fragment::tells_the_past(clause) && !promises
}

/// Whether the words after a verb of proposing (lower case) tell the act proposed: a gerund
/// right after it ("suggested pushing back the return"), or "to" and a verb a few words on
/// ("urged the council to close the bridge"). Not "to" and a person or a place, nor a "to"
/// further on ("proposed to her in Paris", "is said to have proposed while on a trip to Paris
/// in November": a marriage proposal made, an act).
fn proposes_an_act(after: &[String]) -> bool {
    const NO_VERB: &[&str] = &[
        "her", "him", "them", "me", "us", "you", "the", "a", "an", "his", "their", "its", "my", "our", "this", "that",
    ];
    let gerund = after.first().is_some_and(|n| n.len() > 4 && n.ends_with("ing"));
    let infinitive = after.iter().take(4).position(|n| n == "to").is_some_and(|k| {
        after.get(k + 1).is_none_or(|v| !NO_VERB.contains(&v.as_str()))
    });
    gerund || infinitive
}

/// Verbs that fix the day of a thing to come: "set the hearing for", "scheduled a vote for".
const SCHEDULING_VERBS: &[&str] = &["set", "sets", "scheduled", "schedules", "rescheduled", "slated", "fixed", "booked"];

/// Where in `before` (the words before a date, lower case) a past participle stands that
/// hangs on the noun before it and governs the date: "a bill released late Dec. 9", "the
/// report published on Monday" (up to "late", "early", "on" or "in" before the date). Not
/// after an auxiliary or "to" ("will be released", "has released", "to be signed").
fn participle_before_date(before: &[String]) -> Option<usize> {
    let lead = ["late", "early", "on", "in", "last"];
    let k = before.iter().rposition(|w| !lead.contains(&w.as_str()))?;
    if before.len() - k > 3 {
        return None;
    }
    let participle = &before[k];
    let auxiliary = ["be", "been", "being", "is", "are", "was", "were", "will", "would", "to", "has", "have", "had", "get", "got", "gets", "it", "they", "he", "she", "we", "i", "you"];
    let noun = before.get(k.checked_sub(1)?)?;
    // (Not a participle of planning: "the vote, expected on Monday", "set for".)
    let planning = FUTURE_WORDS.contains(&participle.as_str()) || SCHEDULING_VERBS.contains(&participle.as_str()) || PROPOSAL_VERBS.contains(&participle.as_str());
    let past = participle.len() > 4 && participle.ends_with("ed") && !planning;
    (past && !auxiliary.contains(&noun.as_str()) && noun.chars().all(char::is_alphabetic) && !PAST_LEADS.contains(&noun.as_str())).then_some(k)
}

/// Words after which a word in "-ed" is a finite verb, not a participle on a noun.
const PAST_LEADS: &[&str] = &["and", "but", "then", "that", "who", "which", "also", "just", "never", "not", "only", "first", "later"];

/// "closed due to a gas leak", "due to the 24 months of online teaching": "due to" before a
/// noun phrase gives a cause, not a plan ("is due to open in June").
fn is_due_to_a_cause(words: &[String]) -> bool {
    match words {
        [due, to, next, ..] if due == "due" && to == "to" => {
            DETERMINERS.contains(&next.as_str()) || next.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a clause tells an act in the past, not a state in progress ("was still
/// struggling", "were rising").
fn tells_an_act(clause: &str) -> bool {
    let words: Vec<String> = after_words(clause, 0, usize::MAX);
    let progressive = words.windows(2).any(|w| {
        ["was", "were"].contains(&w[0].as_str()) && (w[1] == "still" || w[1].ends_with("ing"))
    });
    fragment::tells_the_past(clause) && !progressive
}

/// "Released on Monday, the report shows …", "Founded in 1975, the club grew": a sentence
/// opening on a past participle that carries the date tells what was done then to the
/// subject of the main clause ("The report was released", "The club was founded").
fn participial_opener_event(sentence: &str, raw: &Raw) -> Option<String> {
    let lead = sentence[..raw.start].trim();
    if let Some(act) = described_opener_event(sentence, raw) {
        return Some(act);
    }
    let participle = lead.split_whitespace().next()?;
    let lower = participle.to_lowercase();
    let is_participle = participle.starts_with(char::is_uppercase) && fragment::tells_the_past(&lower) && !lead.contains(',') && !["was", "were", "had", "did"].contains(&lower.as_str());
    let rest = sentence[raw.end..].trim_start().strip_prefix(',')?;
    if !is_participle {
        return None;
    }
    // The subject ends before its verb: a past, an auxiliary, or a word before the object's
    // determiner ("the report shows the river …", "the new rules ban the sale").
    let words: Vec<&str> = rest.split_whitespace().collect();
    let verb_at = |k: usize| {
        let w = words[k].to_lowercase();
        is_verb(&w) || k > 1 && words.get(k + 1).is_some_and(|n| DETERMINERS.contains(&n.to_lowercase().as_str()))
    };
    let end = (0..words.len()).find(|&k| verb_at(k) || words[k].ends_with(',')).unwrap_or(words.len());
    let subject = &words[..end];
    let determined = subject.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()) || w.starts_with(char::is_uppercase));
    if !(1..=5).contains(&subject.len()) || !determined || opens_on_pronoun(subject[0]) {
        return None;
    }
    let plural = subject.last().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("’s"));
    let be = if plural { "were" } else { "was" };
    Some(capitalise(&format!("{} {be} {lower}", subject.join(" "))))
}

/// "A Velmoran weaver born in 1856, Quist invented the loom": an opening noun phrase that a
/// past participle carrying the date closes describes the main clause's subject, to whom the
/// participle's act was done ("Quist, a Velmoran weaver, was born"), not the main clause's
/// act, which the date does not date.
fn described_opener_event(sentence: &str, raw: &Raw) -> Option<String> {
    let lead = sentence[..raw.start].trim();
    let words: Vec<&str> = lead.split_whitespace().collect();
    if !words.first().is_some_and(|w| ["A", "An", "The"].contains(w)) || lead.contains(',') {
        return None;
    }
    let participle = |w: &str| w == "born" || w.len() > 4 && w.ends_with("ed") && fragment::tells_the_past(w);
    let p = words.iter().position(|w| w.starts_with(char::is_lowercase) && participle(w))?;
    // The noun phrase: one to four words of no verb; after the participle, only the date's
    // preposition.
    let plain = words[1..p].iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-') && !is_verb(&w.to_lowercase()));
    let tail_ok = words[p + 1..].iter().all(|w| ["in", "on", "at", "around", "about", "circa", "c."].contains(&w.to_lowercase().as_str()));
    if !(2..=5).contains(&p) || !plain || !tail_ok {
        return None;
    }
    // The subject the phrase describes: a name of one to three capitalised words after the
    // date's comma, before the main clause's verb.
    let rest = sentence[raw.end..].trim_start().strip_prefix(',')?;
    let name: Vec<&str> = rest.split_whitespace().take_while(|w| w.starts_with(char::is_uppercase)).take(4).collect();
    let next = rest.split_whitespace().nth(name.len()).unwrap_or("");
    let common = ["The", "This", "That", "It", "He", "She", "They", "We", "I", "A", "An"];
    if name.is_empty() || name.len() > 3 || common.contains(&name[0]) || !is_verb(&next.to_lowercase()) {
        return None;
    }
    let phrase = format!("{}{}", words[0].to_lowercase(), words[1..p].iter().fold(String::new(), |a, w| a + " " + w));
    Some(format!("{}, {phrase}, was {}", name.join(" "), words[p]))
}

/// "Nine years later, 20,000 troops are still fighting there": a clause whose first verb is
/// a present "is" or "are" (or "remain") with "still" tells a state going on at the writing,
/// not an act the date dates.
fn is_present_state_still(text: &str) -> bool {
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let Some(v) = words.iter().position(|w| is_verb(w) || ["remain", "remains"].contains(&w.as_str())) else { return false };
    let present = ["is", "are", "am", "remain", "remains", "has", "have"].contains(&words[v].as_str());
    present && (words.get(v + 1).is_some_and(|w| w == "still") || v > 0 && words[v - 1] == "still")
}

/// "…the way electricity is generated today": "today" (or "now") after a verb in the present
/// within its stretch of the sentence dates a state of the writing, not an event.
fn dates_a_present_state(sentence: &str, raw: &Raw) -> bool {
    let date = sentence[raw.start..raw.end].to_lowercase();
    if !["today", "now", "nowadays", "these days"].contains(&date.as_str()) {
        return false;
    }
    let head = &sentence[..raw.start];
    let stretch = &head[head.rfind([',', ';', '—', ':']).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8))..];
    let near: Vec<&str> = stretch.split_whitespace().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let near = near.join(" ");
    // (Not before a colon and the act it dates: [`act_after_colon`].)
    fragment::has_present_verb(&near) && !fragment::tells_the_past(&near) && !act_after_colon(sentence, raw.end)
}

/// "pointed to a July 2025 incident where coding agents wiped out a database, and …": a
/// date before its noun and a "where" or "in which" clause told in the past gives that
/// clause, to its comma ("Coding agents wiped out a database").
fn where_clause_of_dated_noun(sentence: &str, raw: &Raw) -> Option<String> {
    let rest = sentence[raw.end..].trim_start();
    // The noun, and an adjective before it ("a July 2025 security incident where").
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    let link = words.iter().position(|w| *w == "where" || *w == "in").filter(|&k| (1..=2).contains(&k))?;
    let noun_phrase = &words[..link];
    if !noun_phrase.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-')) {
        return None;
    }
    let opener = if words[link] == "in" { "in which " } else { "where " };
    let at = rest.find(&format!(" {opener}"))? + opener.len() + 1;
    let clause = rest[at..].split([',', ';', '—']).next().unwrap_or("").trim().trim_end_matches('.');
    // (Its subject first: not a verb, "where stood a mill"; nor a pronoun, whose referent is
    // in the sentence's main clause: "a December 7 tweet in which he called…" stays whole.)
    let pronoun = |w: &str| ["he", "she", "they", "it", "we", "i", "you"].contains(&w);
    let subject_first = clause.split_whitespace().next().is_some_and(|w| !fragment::tells_the_past(w) && !pronoun(w));
    let told = subject_first && tells_an_act(clause);
    told.then(|| capitalise(clause))
}

/// The event of "Since 1989, when it crushed the protests, and witnessed …, Beijing has
/// calculated …" (`after`: the sentence after the date): the "when" clause, its pronoun
/// given the main clause's named subject ("Beijing crushed the protests, and witnessed …").
/// Verbs that trace a thing "back to" its origin.
const TRACED_BACK: &[&str] = &[
    "date", "dates", "dated", "dating", "go", "goes", "went", "going", "trace", "traces", "traced", "tracing",
];

fn since_when_event(after: &str) -> String {
    let after = without_dash_asides(after, None);
    let rest = after.trim_start_matches([',', ' ']).trim_start_matches("when ");
    let parts: Vec<&str> = rest.split(", ").collect();
    // The main clause: the first part after the first that opens on a name.
    let main = parts.iter().skip(1).position(|p| p.starts_with(char::is_uppercase)).map_or(parts.len(), |k| k + 1);
    let subject: Vec<&str> = parts.get(main).map_or(Vec::new(), |m| {
        m.split_whitespace().take_while(|w| w.starts_with(char::is_uppercase)).collect()
    });
    let clause = parts[..main].join(", ");
    let pronoun = ["it ", "they ", "he ", "she "].iter().find_map(|p| clause.strip_prefix(p));
    match pronoun {
        Some(told) if !subject.is_empty() => tidy(&format!("{} {told}", subject.join(" "))),
        _ => tidy(&clause),
    }
}

/// Whether "today" (bytes `start..end`) closes a clause told in the past or the present
/// perfect ("the price has dropped today", "we have started distributing masks today"), not
/// before a possessive ("today's rates") nor after a verb of saying ("said in a call with
/// reporters today": the date of the words).
fn after_a_past_act(s: &str, start: usize, end: usize) -> bool {
    let possessive = s[end..].starts_with(['’', '\'']);
    // (The clause from its comma; not one inside a number: "5,000".)
    let clause_from = [", ", "; "].iter().filter_map(|p| s[..start].rfind(p)).max().map_or(0, |c| c + 2);
    let before: Vec<String> = words_before(&s[clause_from..], start - clause_from, 8)
        .into_iter()
        .filter(|w| !["just", "already", "now", "also", "only"].contains(&w.as_str()))
        .collect();
    let said = before.iter().any(|w| SPEECH_VERBS.contains(&w.as_str()));
    // (Not any past word of the clause: "the man sat before me today was relaxed" describes.)
    // ("Ferrix Inc. today announced the merger": the press release's order.)
    let next = after_words(s, end, 1);
    // "the galaxies we observe today arose from …": "today" closes a pronoun's present verb
    // (a relative clause of the world as it is), not a subject before its past verb.
    let pronoun_verb = matches!(before.as_slice(), [.., pronoun, verb]
        if ["i", "we", "you", "they"].contains(&pronoun.as_str()) && !fragment::tells_the_past(verb));
    // "Homes built today may have aluminium wire": a participle and "today" before the
    // clause's present or modal verb describe a kind of thing as it is made now, no act.
    const PRESENT_FINITE: &[&str] = &["may", "might", "can", "could", "must", "should", "will", "would", "is", "are", "has", "have", "tend"];
    let kind_made_now = next.first().is_some_and(|w| PRESENT_FINITE.contains(&w.as_str()));
    let right_after = before.last().is_some_and(|w| fragment::tells_the_past(w)) && !kind_made_now
        || !pronoun_verb && next.first().is_some_and(|w| {
            // (Not a copula or an auxiliary: "the man sat before me today was relaxed".)
            fragment::tells_the_past(w) && !SPEECH_VERBS.contains(&w.as_str()) && !["was", "were", "had", "did"].contains(&w.as_str())
        });
    let perfect = before.windows(2).any(|w| ["has", "have", "’ve", "'ve"].contains(&w[0].as_str()) && fragment::tells_the_past(&w[1]));
    !possessive && !said && (right_after || perfect || fronted_before_a_past_act(s, start, end) || fronted_release(s, start, end) || act_after_colon(s, end))
}

/// "**Oct. 6, 1923:** First football game. The home side won 23-7.": a date heading its
/// paragraph before a colon, the entry going on after its label, dates the entry; the label
/// names the event, verb or not (a chronology's or an anniversary piece's entries). The
/// heading holds only dates ("July 30-Aug. 14, 1932", "1985, 1988"); `sentence_end` is where
/// the heading's sentence, the paragraph's first, ends in `paragraph`.
fn heads_an_entry(paragraph: &str, sentence_end: usize, raw: &Raw) -> bool {
    const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let Some(colon) = paragraph.char_indices().find(|&(i, c)| c == ':' && !is_clock_colon(paragraph, i)).map(|(i, _)| i) else {
        return false;
    };
    let head: Vec<&str> = paragraph[..colon].split_whitespace().collect();
    let date_word = |w: &&str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        w.chars().any(|c| c.is_ascii_digit()) || bare == "and" || bare.len() <= 9 && MONTHS.iter().any(|m| bare.starts_with(m))
    };
    let goes_on = paragraph[sentence_end.min(paragraph.len())..].split_whitespace().count() >= 3;
    raw.end <= colon && !head.is_empty() && head.len() <= 6 && head.iter().all(date_word) && goes_on
}

/// The act after the colon that "today" before it dates ([`act_after_colon`]), as its entry.
fn colon_act(sentence: &str, raw: &Raw) -> Option<String> {
    let today = sentence[raw.start..raw.end].eq_ignore_ascii_case("today");
    (today && act_after_colon(sentence, raw.end)).then(|| capitalise(&tidy(sentence[raw.end + 1..].trim().trim_end_matches(['.', '!']))))
}

/// "Velmora doesn't just have a new logo today: the firm has also hidden a game on its page":
/// "today" closing the clause before a colon dates the act the clause after it tells in the
/// present perfect, the day's news.
fn act_after_colon(s: &str, end: usize) -> bool {
    let Some(after) = s[end..].strip_prefix(':') else { return false };
    let words: Vec<String> = after_words(after, 0, 8)
        .into_iter()
        .filter(|w| !["just", "already", "now", "also", "only", "even", "finally", "quietly"].contains(&w.as_str()))
        .collect();
    words.windows(2).any(|w| ["has", "have"].contains(&w[0].as_str()) && fragment::tells_the_past(&w[1]) && w[1] != "been")
}

/// "Today, we are releasing the full design files", "Today, I am launching …": "today" set
/// off at the head of the sentence before the writer's own release in the present progressive
/// is the day's news, told by whom it makes it ("Today, we are seeing more rain" tells no
/// release).
fn fronted_release(s: &str, start: usize, end: usize) -> bool {
    const RELEASES: &[&str] = &[
        "releasing", "launching", "announcing", "introducing", "publishing", "unveiling", "opening", "open-sourcing",
    ];
    let fronted = s[..start].trim().is_empty() && s[end..].starts_with(',');
    let words = after_words(s[end..].trim_start_matches(','), 0, 3);
    fronted
        && matches!(words.as_slice(), [who, be, verb]
            if ["we", "i"].contains(&who.as_str()) && ["are", "am"].contains(&be.as_str()) && RELEASES.contains(&verb.as_str()))
}

/// "Today, we filed a settlement", "Today, the council voted to …": "today" set off at the
/// head of the sentence, before a subject and its past verb, dates that act ("Today, the
/// mill is a museum" tells the present).
fn fronted_before_a_past_act(s: &str, start: usize, end: usize) -> bool {
    let fronted = s[..start].trim().is_empty() && s[end..].starts_with(',');
    // (The subject first, of up to four words.)
    let subject_and_verb = after_words(s[end..].trim_start_matches(','), 0, 5);
    fronted
        && subject_and_verb
            .iter()
            .skip(1)
            .any(|w| fragment::tells_the_past(w) && !["was", "were", "had", "did"].contains(&w.as_str()))
}

/// "It comes in addition to five jet sales earlier this week", "The order follows a deal on
/// Monday": a present of sequence puts what the date qualifies before the news, in the past.
fn follows_on(s: &str, at: usize) -> bool {
    let before = words_before(s, at, 12);
    // (Not "comes in on Friday", "comes to town": a schedule.)
    let sequel = |w: &[String]| match w {
        [verb, ..] if verb == "follows" => true,
        [verb, after, ..] if verb == "comes" && after == "after" => true,
        [verb, prep, noun] => verb == "comes" && (prep == "in" && noun == "addition" || prep == "on" && ["top", "the"].contains(&noun.as_str())),
        _ => false,
    };
    (0..before.len()).any(|i| sequel(&before[i..before.len().min(i + 3)]))
}

/// Whether `before`, the text up to a date, ends on a saying at a gathering or in a
/// statement, which the date dates: "a spokeswoman said at a press conference last week",
/// "told reporters at a news briefing on Monday".
fn said_at_a_gathering(before: &str) -> bool {
    static GATHERING: OnceLock<Regex> = OnceLock::new();
    let gathering = GATHERING.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:{})\s+(?:[a-z]+\s+)?(?:at|in|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?:conference|briefing|statement|interview|speech|meeting|hearing|rally|address)\s+(?:on\s+)?$",
            SPEECH_VERBS.join("|")
        ))
        .expect("gathering pattern")
    });
    gathering.is_match(before)
}

/// "as recently as 1945, women in France weren't allowed to vote", "As late as 1990, the town
/// had no sewer": a clause denied after a bound on its date tells how things still stood
/// then, a state, not an act ("As recently as 2014, the port closed its north quay" is one).
fn denies(clause: &str) -> bool {
    clause.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase();
        ["not", "never", "no"].contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t")
    })
}

/// Where a bound qualifying the date that `before` leads to starts ("as late as", "as early
/// as", "as recently as"), if one ends it.
fn as_late_as(before: &str) -> Option<usize> {
    static BOUND: OnceLock<Regex> = OnceLock::new();
    let bound = BOUND.get_or_init(|| Regex::new(r"(?i)\bas\s+(?:late|early|recently)\s+as\s*$").expect("bound pattern"));
    bound.find(before).map(|m| m.start())
}

/// Whether a weekday closes the attribution that ends a sentence's news, an announcement:
/// "…, the office announced Monday." or a plan made public ("The house will become a police
/// station, the minister said on Tuesday, after …"); not "said Tuesday that", nor what a
/// source said of an event ("A man was killed, police said Monday": the killing's day is
/// another).
fn closes_attribution(s: &str, raw: &Raw) -> bool {
    let rest = s[raw.end..].trim_start();
    let ends = rest.is_empty() || rest.starts_with(['.', ',']);
    // The speaker stands after a comma closing the news: "…, Austria's interior minister".
    let Some(comma) = s[..raw.start].rfind(',').filter(|&at| s[at..raw.start].split_whitespace().count() <= 14) else {
        return false;
    };
    let announced = words_before(s, raw.start, 3).iter().any(|w| w == "announced");
    let plan = words_before(s, comma, usize::MAX).iter().any(|w| FUTURE_WORDS.contains(&w.as_str()));
    (raw.weekday.is_some() || is_today_or_yesterday(raw)) && ends && (announced || plan)
}

/// Whether nothing but the full stop follows byte `end` of sentence `s`.
fn ends_sentence(s: &str, end: usize) -> bool {
    s[end..].trim().trim_end_matches(['.', '"', '”', '’', '\'']).is_empty()
}

/// "today", "yesterday": a day counted back from the writing's, as a weekday names one.
fn is_today_or_yesterday(raw: &Raw) -> bool {
    matches!(&raw.ago, Some((n, unit)) if *n <= 1 && unit == "day")
}

/// "…, a second person briefed on last weekend's phone call said.": a date inside the
/// attribution closing a sentence describes the speaker; it dates no event.
fn inside_closing_attribution(s: &str, raw: &Raw) -> bool {
    let set_off = s[..raw.start].rfind(',').is_some_and(|c| s[c..raw.start].split_whitespace().count() <= 10);
    let rest: Vec<String> = after_words(s, raw.end, 9);
    let tail = s[raw.end..].trim_end().trim_end_matches(['.', '"', '”', '’', '\'']);
    // (Not "returned late Wednesday, his spokesman said": the date is the main clause's.)
    let closes = tail.split_whitespace().count() <= 8 && !tail.contains(',');
    set_off && closes && rest.last().is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()))
}

/// "…, according to a report issued last year by the budget office.": a date inside the
/// source named after "according to" at the close of a sentence dates the source, not the
/// sentence's news (a figure or a forecast the source gives).
fn inside_closing_source(s: &str, raw: &Raw) -> bool {
    let Some(at) = s[..raw.start].rfind(", according to ") else { return false };
    let tail = s[raw.end..].trim_end().trim_end_matches(['.', '"', '”', '’', '\'']);
    s[at..raw.start].split_whitespace().count() <= 10 && !tail.contains(',') && tail.split_whitespace().count() <= 10
}

/// Verbs of a warning's words: "Yesterday, the board warned that …" tells a statement.
const WARNING_VERBS: &[&str] = &["warned", "cautioned"];

/// "In 2016, the department reported that the share was 3.8 percent", "In 2015, researchers
/// found that …", "Yesterday, the board warned that …": a date opening the sentence before a
/// statement's, a finding's or a warning's verb and its "that" is the date of the statement,
/// not of an event. So is a date closing an opening
/// phrase of place or occasion ("On the morning show last Sunday, the mayor said that …"), and
/// a question put ("… the mayor was asked if the ferries would run").
fn fronted_statement(s: &str, raw: &Raw) -> bool {
    let lead: Vec<&str> = s[..raw.start].split_whitespace().collect();
    let occasion = lead.len() <= 8
        && lead.first().is_some_and(|w| ["On", "In", "At", "During"].contains(w))
        && !lead.iter().any(|w| w.ends_with(','));
    let opens = lead.len() <= 1 || occasion;
    let Some(rest) = s[raw.end..].trim_start().strip_prefix(',') else { return false };
    let clause = past_set_off_adverb(rest).split([',', ';', '—', ':']).next().unwrap_or("");
    let words = after_words(clause, 0, 12);
    opens
        && words.windows(2).any(|w| {
            (SPEECH_VERBS.contains(&w[0].as_str()) || FINDING_VERBS.contains(&w[0].as_str()) || WARNING_VERBS.contains(&w[0].as_str())) && w[1] == "that"
                || w[0] == "asked" && ["if", "whether"].contains(&w[1].as_str())
        })
}

/// `rest`, the text after a comma, past a connecting adverb set off by commas at its head
/// ("however, the board reported that …" gives "the board reported that …"): the adverb is no
/// clause of its own.
fn past_set_off_adverb(rest: &str) -> &str {
    const CONNECTIVES: &[&str] = &["however", "though", "meanwhile", "moreover", "instead", "nonetheless", "nevertheless", "also", "too", "then", "again", "still", "indeed"];
    match rest.split_once(',') {
        Some((head, tail)) if CONNECTIVES.contains(&head.trim()) || head.trim().ends_with("ly") && head.split_whitespace().count() == 1 => tail,
        _ => rest,
    }
}

/// Whether a past tense follows byte `at` within a few words of its clause (up to a dash,
/// colon or semicolon), after a subject: "by December, his symptoms worsened"; not a
/// participle opening a phrase ("to $0.10 by 2030, helped by investment") or after an
/// article or a form of "be" ("produced by 2024: the uncrewed flight", "will be completed").
fn past_follows(s: &str, at: usize) -> bool {
    const NOT_FINITE_AFTER: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "be", "been", "being", "is", "are"];
    let clause = s[at..].split(['—', ';', ':']).next().unwrap_or("");
    let words: Vec<String> = after_words(clause, 0, 9).into_iter().filter(|w| !w.is_empty()).collect();
    let participle_phrase = words.first().is_some_and(|w| fragment::tells_the_past(w));
    !participle_phrase
        && words.iter().enumerate().skip(1).any(|(i, w)| {
            // (", officials said" attributes the deadline.)
            fragment::tells_the_past(w) && !NOT_FINITE_AFTER.contains(&words[i - 1].as_str()) && !SPEECH_VERBS.contains(&w.as_str())
        })
}

/// The first `n` words after byte `at`, lower case, without punctuation.
fn after_words(s: &str, at: usize, n: usize) -> Vec<String> {
    s[at..]
        .split_whitespace()
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').to_lowercase())
        .collect()
}

/// Verbs that put forward what is still to be done ("suggested pushing back", "proposed to").
const PROPOSAL_VERBS: &[&str] = &["suggested", "suggests", "proposed", "proposes", "recommended", "recommends", "urged", "urges"];

/// The part of the sentence before byte `at` from the last dash, colon or semicolon.
fn before_clause(s: &str, at: usize) -> &str {
    let start = s[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '—' | ';' | ':'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..at]
}

/// "The firm’s offer … buying the pier last year is also sparking anger": a date that closes
/// a subject with no verb of its own, the main verb in the present right after it, dates the
/// participle the subject holds, an act done then (whatever the present says of it now).
fn closes_a_subjects_participle(s: &str, start: usize, end: usize) -> bool {
    let next = after_words(s, end, 3);
    let main = next.iter().find(|w| !["also", "now", "still", "already"].contains(&w.as_str()));
    let present = main.is_some_and(|w| ["is", "are", "has", "have"].contains(&w.as_str()));
    let from = s[..start].char_indices().rev().find(|(_, c)| [',', ';', ':', '—'].contains(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let subject = &s[from..start];
    let participle = subject.split_whitespace().any(|w| w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase));
    present && participle && !has_verb(subject)
}

/// "the best of the month, as selected by our staff": a participle after "as" (with its agent)
/// qualifies the clause, it is no past tense of it; the clause without it.
fn without_as_participle(clause: &str) -> String {
    static AS_PARTICIPLE: OnceLock<Regex> = OnceLock::new();
    let clause = AS_PARTICIPLE
        .get_or_init(|| Regex::new(r"\bas\s+[a-z]+ed\s+by\b[^,;.]*").expect("as participle pattern"))
        .replace_all(clause, " ");
    without_adjective_participles(&clause)
}

/// "Velmora's chief is leaving, opening the door for someone who can soften the battered
/// brand": a participle right after an article or a possessive is an adjective, no past tense
/// of the clause.
fn without_adjective_participles(clause: &str) -> String {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "our", "your", "these", "those"];
    let mut kept: Vec<&str> = Vec::new();
    for w in clause.split_whitespace() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let after_determiner = kept.last().is_some_and(|p| DETERMINERS.contains(&p.to_lowercase().as_str()));
        if after_determiner && bare.len() >= 5 && bare.ends_with("ed") && bare.starts_with(char::is_lowercase) {
            continue;
        }
        kept.push(w);
    }
    kept.join(" ")
}

/// "These designs are legendary in the community, winning the Velmora Awards by a landslide in
/// 2024.": a participle phrase closing the sentence after a comma, with no verb of its own and
/// its year stated, tells an act done then, whatever the present main clause says now.
fn closing_participle_of_an_act(s: &str, start: usize, end: usize) -> bool {
    let closes = s[end..].trim().trim_end_matches(['.', '!']).trim().is_empty();
    let Some(comma) = s[..start].rfind(", ") else { return false };
    let phrase = &s[comma + 2..start];
    let opens_on_participle = phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase));
    let rest = phrase.split_once(' ').map_or("", |(_, rest)| rest);
    closes && opens_on_participle && !has_verb(rest) && !rest.contains(['“', '"'])
}

/// Whether a stretch of text holds a verb: a past tense (not a participle used as an
/// adjective: "the uncrewed Artemis 1 test flight", "the first crewed flight") or a present
/// auxiliary.
fn has_verb(text: &str) -> bool {
    const BEFORE_ADJECTIVE: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "first", "second", "newly"];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let past = words.iter().enumerate().any(|(i, w)| {
        fragment::tells_the_past(w) && !(i > 0 && BEFORE_ADJECTIVE.contains(&words[i - 1].as_str()))
    });
    past || fragment::has_present_verb(text)
}

/// The last `n` words before byte `at` of the sentence's clause (stopping at a dash, colon,
/// semicolon or bracket), lower case, without punctuation.
pub(super) fn words_before(sentence: &str, at: usize, n: usize) -> Vec<String> {
    // (A clock's colon parts no clause: "said he left around 20:00hrs on Thursday".)
    let clause_start = sentence[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| matches!(c, '—' | ';') || c == ':' && !is_clock_colon(sentence, i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut words: Vec<String> = sentence[clause_start..at]
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
                .to_lowercase()
        })
        .collect();
    words.reverse();
    words
}

/// "The failures were evident prior to the 2016 election", "He resigned before the May vote":
/// a date in the noun phrase that "before", "prior to", "ahead of" or "until" leads names the
/// event that bounds the clause's, which it does not date (nor is it told itself).
fn bounds_by_its_event(s: &str, raw: &Raw) -> bool {
    const BOUNDS: &[&str] = &["before", "until", "till"];
    let before = words_before(s, raw.start, 3);
    match before.as_slice() {
        [.., prior, to, det] if DETERMINERS.contains(&det.as_str()) && to == "to" => prior == "prior",
        [.., ahead, of, det] if DETERMINERS.contains(&det.as_str()) && of == "of" => ahead == "ahead",
        [.., bound, det] => DETERMINERS.contains(&det.as_str()) && BOUNDS.contains(&bound.as_str()),
        _ => false,
    }
}

/// "the report, which was dated Oct. 4", "a letter dated 3 May": the date right after
/// "dated", after "be" or a piece of writing, is the one a document bears, not an event
/// ("Ann and Bo dated in 2010" tells one).
fn is_documents_date(s: &str, raw: &Raw) -> bool {
    const BE: &[&str] = &["was", "were", "is", "are", "been", "be"];
    matches!(words_before(s, raw.start, 2).as_slice(), [before, dated]
        if dated == "dated" && (BE.contains(&before.as_str()) || DOCUMENT_NOUNS.contains(&before.as_str())))
        || labels_a_cited_document(s, raw)
}

/// "According to a March 2019 report by the ferry board, the line was losing money": a date
/// between "according to" with its determiner and a piece of writing (a few words on) labels
/// the source cited, no event.
fn labels_a_cited_document(s: &str, raw: &Raw) -> bool {
    let cited = matches!(words_before(s, raw.start, 3).as_slice(), [according, to, det]
        if according == "according" && to == "to" && DETERMINERS.contains(&det.as_str()));
    cited && after_words(s, raw.end, 3).iter().any(|w| DOCUMENT_NOUNS.contains(&w.as_str()))
}

/// "Fifty years ago, when the mayor was young and fear was running high": a clause whose
/// only past tenses are "was" or "were" before a noun, an adjective or a progressive tells how
/// things stood, no act ("was elected", "were shot" tell one).
pub(super) fn tells_only_a_state(clause: &str) -> bool {
    let words = after_words(clause, 0, usize::MAX);
    let copula = |i: usize| ["was", "were"].contains(&words[i].as_str());
    // ("was born", whose participle tells no past of its own form, is an act.)
    let state = |i: usize| words.get(i + 1).is_some_and(|w| !fragment::tells_the_past(w) && w != "born");
    let act = (0..words.len()).any(|i| fragment::tells_the_past(&words[i]) && !(copula(i) && state(i)));
    !act && (0..words.len()).any(copula)
}

/// "2,285 were absent Monday", "driveways were full of cars at midday Tuesday": a clause told
/// only with "was" or "were" before an adjective tells how things stood that day, no act. The
/// word after the copula (past its adverbs) must be none of a participle ("were closed", "was
/// born"), a progressive, a determiner or a number ("was the first"), a preposition or a
/// particle ("was in Velmora", "was up 5%"), nor a name.
fn tells_an_adjectives_state(clause: &str) -> bool {
    const NOT_ADJECTIVES: &[&str] = &[
        "in", "on", "at", "to", "up", "down", "out", "off", "over", "under", "with", "without", "into", "from", "for",
        "of", "by", "about", "around", "near", "behind", "ahead", "before", "after", "back", "away", "there", "here",
        "no", "one", "all", "some", "any", "each", "every", "both", "such", "what", "who", "which", "gone", "done",
    ];
    // The copula's clause runs to the next comma; a clause coordinated after it may tell an
    // act ("The island was poor, and in 1907 it became a dominion").
    let Some(copula) = clause.find(" was ").or_else(|| clause.find(" were ")) else { return false };
    let end = clause[copula..].find(", ").map_or(clause.len(), |i| copula + i);
    let rest = &clause[end..];
    let coordinated = [", and ", ", but ", ", so ", "; "].iter().any(|c| rest.find(c).is_some_and(|i| fragment::tells_the_past(&rest[i..])));
    if coordinated || !tells_only_a_state(&clause[..end]) {
        return false;
    }
    let words: Vec<&str> = clause[copula..end].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty()).collect();
    // ("There were two fires": an existential counts things.)
    if clause[..copula].trim_end().to_lowercase().ends_with("there") {
        return false;
    }
    let Some(next) = words[1..].iter().find(|w| !fragment::is_adverb(&w.to_lowercase())) else { return false };
    let lower = next.to_lowercase();
    next.starts_with(char::is_lowercase)
        && count_word(&lower).is_none()
        && !DETERMINERS.contains(&lower.as_str())
        && !NOT_ADJECTIVES.contains(&lower.as_str())
        && !(lower.len() > 4 && lower.ends_with("ing"))
        && !(lower.len() > 3 && lower.ends_with("en"))
        && !fragment::tells_the_past(&lower)
        && !fragment::ends_on_an_irregular_past(&lower)
        && lower != "born"
}

/// "In 1999 it was a boom", "In 1994, the web was young": whether the date opens its sentence,
/// or its part after a semicolon, with at most its preposition before it.
fn opens_its_part(s: &str, raw: &Raw) -> bool {
    let from = s[..raw.start].rfind(';').map_or(0, |i| i + 1);
    s[from..raw.start].split_whitespace().count() <= 1
}

/// "It was a boom", "It was a bust": a clause told only with "was" or "were" before an
/// indefinite noun that ends it tells what a thing was then, no act ("was a guest at the
/// launch" goes on to where, and is read as before).
fn tells_what_a_thing_was(clause: &str) -> bool {
    let part = clause.split([',', ';']).next().unwrap_or(clause);
    let words = after_words(part, 0, usize::MAX);
    let Some(k) = words.iter().position(|w| w == "was" || w == "were") else { return false };
    tells_only_a_state(part) && matches!(&words[k + 1..], [a, _] | [a, _, _] if a == "a" || a == "an")
}

/// "In ’99 it was a boom; in ’01, a bust": whether the date's part between semicolons has no
/// verb, its verb left out to be read from the part before (a gap the chronology cannot fill).
fn is_gapped(sentence: &str, raw: &Raw) -> bool {
    let from = sentence[..raw.start].rfind(';');
    let to = sentence[raw.end..].find(';').map(|i| raw.end + i);
    if from.is_none() && to.is_none() {
        return false;
    }
    let part = format!("{} {}", &sentence[from.map_or(0, |i| i + 1)..raw.start], &sentence[raw.end..to.unwrap_or(sentence.len())]);
    !has_verb(&part)
}

/// "was sworn in last week", "moved in yesterday": a date counted from the writing ("last
/// week", "yesterday", "four years ago") takes no "in" of its own (one says "last year", not
/// "in last year"), so an "in" right before it is the particle of the verb before, and stays
/// ("sworn in", not "sworn"); not before a possessive ("in last year's election").
fn is_a_verbs_particle_before(sentence: &str, raw: &Raw) -> bool {
    let counted = raw.article_relative.is_some() || raw.ago.is_some();
    counted && !sentence[raw.end..].starts_with(['’', '\''])
}

/// The first of a clause's coordinated clauses: "Velmora was barely hanging on at #10, so this
/// year's seventh place represents a marked improvement" is told by "Velmora was barely
/// hanging on at #10" (the adjective "marked" of the second is no act of the first).
fn first_of_coordinated(text: &str) -> &str {
    [", so ", ", and ", ", but ", ", while ", "; "]
        .iter()
        .filter_map(|c| text.find(c))
        .min()
        .map_or(text, |at| &text[..at])
}

/// "It was the club's home for four of its titles, the most recent in 1995": a date closing
/// an appositive that picks one of the things a state counts dates no event.
fn picks_one_of_a_states_count(s: &str, raw: &Raw) -> bool {
    let head = s[..raw.start].trim_end();
    let Some(comma) = head.rfind(", the ") else { return false };
    let picked = ["the most recent in", "the latest in", "the last in", "the first in"].contains(&&head[comma + 2..]);
    picked && tells_only_a_state(&head[..comma])
}

/// "By the time he was weaned off treatment a year later, he was back to normal": a date in a
/// "by the time" clause before a main clause that tells only how things stood dates a state.
fn is_state_by_the_time(sentence: &str, raw: &Raw) -> bool {
    let head = &sentence[..raw.start];
    let inside = head.to_lowercase().rfind("by the time").is_some_and(|k| !head[k..].contains(','));
    let main = sentence[raw.end..].split_once(',').map(|(_, main)| main);
    inside && main.is_some_and(tells_only_a_state)
}

/// "Looking at the ferries in late 2025, I feel remarkably optimistic": a date inside an
/// opening present participle's phrase before a main clause that tells no past is the time
/// the present view is taken of, no event ("Arriving in Velmora in 1905, she founded a mill"
/// tells one; "During", "Following", "Starting" and their kind are prepositions).
fn viewed_from_a_participle(sentence: &str, raw: &Raw) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "during", "following", "beginning", "starting", "including", "regarding", "concerning", "according", "pending", "excluding",
    ];
    let lead = sentence[..raw.start].trim();
    let Some(first) = lead.split_whitespace().next() else { return false };
    let lower = first.to_lowercase();
    let participle = first.starts_with(char::is_uppercase) && lower.len() > 5 && lower.ends_with("ing") && !PREPOSITIONS.contains(&lower.as_str());
    let Some((_, main)) = sentence[raw.end..].split_once(", ").filter(|(phrase, _)| !phrase.contains(['.', ';'])) else {
        return false;
    };
    participle && !lead.contains([',', ';', '—']) && !fragment::tells_the_past(main) && !main.contains(" had ")
}

/// "By 2018, Velmora was the clear winner", "By 2020, going back felt almost unthinkable": a
/// sentence opened by "By" and its date whose main clause tells only how things stood (with
/// "was", or "felt", "seemed", "looked" before no participle) dates a state, not an event
/// ("By 1917, the party had grown" and "By December, his symptoms worsened" tell acts, and so
/// does a progressive, "By June the rebels were fleeing to Geneva"). So does "had" before no
/// participle, what was held ("By the end of 2019, we had most of the parts in place"), unless
/// it holds a figure, a milestone ("By June the rebels had 37 million members"), or tells what
/// had to be done ("By 2019, the firm had to sell its mills").
fn is_state_by_a_date(sentence: &str, raw: &Raw) -> bool {
    let lead = sentence[..raw.start].trim().to_lowercase();
    if lead != "by" && lead != "by the end of" {
        return false;
    }
    let main = first_of_coordinated(sentence[raw.end..].trim_start_matches([',', ' ']));
    let words: Vec<&str> = main.split_whitespace().collect();
    let held = |i: usize| {
        words[i] == "had"
            && words.get(i + 1).is_some_and(|next| *next != "to" && !fragment::tells_the_past(next))
            && !aside::is_holding_figure(main)
    };
    let as_copula: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(i, &w)| if ["felt", "seemed", "looked"].contains(&w) || held(i) { "was" } else { w })
        .collect();
    let progressive = as_copula.iter().position(|w| ["was", "were"].contains(w)).is_some_and(|k| {
        as_copula[k + 1..].iter().find(|w| !fragment::is_adverb(w)).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    });
    !progressive && tells_only_a_state(&as_copula.join(" "))
}

/// "Sales totalled $726 billion in 2017", "$6 million in sales in January": a sum of money
/// a few words before "in" and the date gives a figure for the period, not an event.
fn is_money_figure(s: &str, raw: &Raw) -> bool {
    let before = &s[..raw.start];
    let near: String = before.chars().rev().take(32).collect();
    // "which it acquired for $200 million in 2017": a price paid dates the purchase; so does
    // the price a thing was put on sale at ("The stock that went public at $27 early in 2013",
    // "launched at $400 in 2019"; "closed at $27", a quote, is a figure).
    const PUT_ON_SALE: &[&str] = &["public", "launched", "debuted", "listed", "floated", "introduced", "released"];
    let price = before.rfind(['$', '£', '€']).is_some_and(|at| {
        let by = prev_word(before, at);
        let put_on_sale = by == "at" && {
            let at_word = before[..at].trim_end().len() - 2;
            PUT_ON_SALE.contains(&prev_word(before, at_word).as_str())
        };
        (by == "for" || put_on_sale) && before.len() - at <= 32
    });
    // ("totaled about $63 billion through June 30, 2019": a sum up to a date.) A sum set off
    // by a comma belongs to another phrase ("worth $186 billion, the banker in 2014 founded").
    let same_phrase = before.rfind(['$', '£', '€']).is_some_and(|at| !before[at..].contains(", "));
    // ("sales expected to grow from $1.47 billion last year": a sum right before its period;
    // "launched at $400 last year" is a price.)
    let prev = prev_word(s, raw.start);
    let priced = before.rfind(['$', '£', '€']).is_some_and(|at| ["at", "for"].contains(&prev_word(before, at).as_str()));
    let after_sum = (["million", "billion", "trillion", "bn"].contains(&prev.as_str()) || prev.starts_with(['$', '£', '€'])) && !priced;
    // "Eich donated US$1,000 in 2008": a gift is an act, its year the giving's.
    let given = before.rfind(['$', '£', '€']).is_some_and(|at| {
        let sum_starts = before[..at].rfind(' ').unwrap_or(0);
        GIFT_VERBS.contains(&prev_word(before, sum_starts).as_str())
    });
    (["in", "through"].contains(&prev.as_str()) || after_sum && raw.article_relative.is_some()) && near.contains(['$', '£', '€']) && same_phrase && !price && !given
}

/// "Velmora Steel is earning less than it did 30 years ago", "earns 30 times per share what
/// it did 32 years ago": a date after a verb that stands for the main one ("did", "was") in a
/// comparison's second term ("than", "as", or "what" after a multiple) dates the base a figure
/// is compared with, not an event ("Nobody knows what they did in 1990" is no comparison).
fn is_comparison_base(s: &str, raw: &Raw) -> bool {
    let before = words_before(s, raw.start, 10);
    let mut words: &[String] = &before;
    if let [rest @ .., p] = words {
        if ["in", "on", "at", "during", "back"].contains(&p.as_str()) {
            words = rest;
        }
    }
    if is_multiples_base(words) {
        return true;
    }
    let Some((verb, rest)) = words.split_last() else { return false };
    const STANDING_FOR: &[&str] = &["did", "was", "were", "had", "does", "do", "is", "are"];
    if !STANDING_FOR.contains(&verb.as_str()) {
        return false;
    }
    let multiple = s[..raw.start].to_lowercase().contains(" times ");
    // ("as high as it did in 1990" compares; "as I did at October's conference" echoes.)
    let n = rest.len();
    (n.saturating_sub(3)..n).any(|i| {
        let w = rest[i].as_str();
        w == "than" || w == "what" && multiple || w == "as" && rest[..i.saturating_sub(1)].iter().any(|x| x == "as")
    })
}

/// "nearly ten times the number recorded 10 years ago", "twice the rate of 2010": a date
/// closing the noun a multiple is taken of (a noun and at most a participle or "of" between
/// "the" and the date) is the base compared with. `words` are the words before the date.
fn is_multiples_base(words: &[String]) -> bool {
    const MULTIPLES: &[&str] = &["times", "twice", "double", "triple", "half"];
    let Some(the) = words.iter().rposition(|w| w == "the") else { return false };
    let tail = &words[the + 1..];
    the > 0 && MULTIPLES.contains(&words[the - 1].as_str()) && (1..=3).contains(&tail.len())
}

/// "Ask anyone who bought Velmora shares in 2021": a date in a relative clause on "anyone",
/// "everyone", "someone" tells what an unnamed, generic person did, no event.
fn in_generic_relative(s: &str, at: usize) -> bool {
    let head = &s[..at];
    let lower = head.to_lowercase();
    let Some(who) = lower.rfind(" who ") else { return false };
    if head[who..].contains([',', ';', ':', '(', ')']) {
        return false;
    }
    const GENERIC: &[&str] = &["anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever"];
    let before = words_before(s, who, 1);
    before.first().is_some_and(|w| GENERIC.contains(&w.as_str()))
}

/// "Anyone who visited the shop on Friday, March 6, may have been exposed": a sentence whose
/// subject is "anyone who …" or "whoever …" tells what holds for whoever did a thing, no event,
/// whether its dates fall in the relative clause or in the main one; an opening adverb and its
/// comma aside ("Additionally, anyone who …"). ("Someone who …" can be one person's act.)
fn said_of_anyone(s: &str) -> bool {
    let lower = s.trim_start().to_lowercase();
    let subject = match lower.split_once(", ") {
        Some((lead, rest)) if !lead.contains(' ') => rest,
        _ => &lower,
    };
    ["anyone who ", "anybody who ", "whoever "].iter().any(|p| subject.starts_with(p))
}

/// Capitalised nouns that hold a title "of" a year: an award or a ranking ("Clutch's Top
/// Agency of 2024", "Velmora's Player of 2019"), not an event of the year.
const TITLE_HOLDERS: &[&str] = &[
    "company", "companies", "agency", "agencies", "firm", "brand", "player", "person", "team",
    "album", "song", "book", "record", "artist", "coach", "rookie", "athlete", "startup",
    "product", "app", "car", "game", "designer", "writer", "employer", "class", "pick", "picks",
];

/// "named Clutch's Top Social Media Marketing Company of 2024": a year after "of" closing a
/// capitalised title whose head holds it ([`TITLE_HOLDERS`]) names the title, not an event.
fn names_a_title_of_the_year(s: &str, raw: &Raw) -> bool {
    if prev_word(s, raw.start) != "of" || raw.month.is_some() {
        return false;
    }
    let head = s[..raw.start].trim_end();
    let Some(head) = head.strip_suffix("of") else { return false };
    let words: Vec<&str> = head.split_whitespace().rev().take(2).collect();
    match words.as_slice() {
        [noun, before, ..] => {
            noun.starts_with(char::is_uppercase)
                && before.starts_with(char::is_uppercase)
                && TITLE_HOLDERS.contains(&noun.to_lowercase().as_str())
        }
        _ => false,
    }
}

/// Verbs of a gift or a loan, whose sum is given once ("donated $1,000 in 2008").
const GIFT_VERBS: &[&str] = &["donated", "gave", "contributed", "lent", "loaned", "bequeathed"];

/// "it emitted more than 44 million metric tons of carbon in 2018", "pumped 3.2 million
/// barrels of oil in March": an amount of a thing, right before "in" and the date, gives a
/// figure for the period, not an event; so does a tally in words of deaths or cases
/// ("contributed to tens of thousands of overdose deaths in 2015").
fn is_measured_amount(s: &str, raw: &Raw) -> bool {
    static AMOUNT: OnceLock<Regex> = OnceLock::new();
    let amount = AMOUNT.get_or_init(|| {
        Regex::new(
            r"\b\d[\d,.]*\s+(?:million|billion|trillion|thousand)?\s*(?:[a-z]+\s+){1,2}of\s+[a-z]+\s+in\s*$|\b(?:tens|hundreds|thousands|millions)\s+of\s+(?:(?:thousands|millions)\s+of\s+)?(?:[a-z-]+\s+)?(?:deaths|cases|infections|overdoses)\s+in\s*$",
        )
        .expect("measured amount pattern")
    });
    amount.is_match(&s[..raw.start])
}

/// "In 2022, cloud computing ranked number two, and in 2023 it took the top spot": a
/// ranking in a survey or a table gives a standing for the period, not an event. The clause
/// holding the date is what counts (the sentence's other clauses may rank too). So is a
/// move in one ("has rocketed up six places since 2024", "slipped three spots this year"), and
/// a cause's rank ("beginning in 2020, firearms became the leading cause of death").
fn is_ranking(clause: &str) -> bool {
    patterns().ranking.is_match(clause)
}

/// Nouns of a set of figures, which a year before them labels ("2012 data").
const DATA_NOUNS: &[&str] = &["data", "dataset", "figures", "statistics", "numbers", "estimates"];

/// Whether a bare year (no month) stands in date context: not a quantity ("scores increased
/// from 1061 to 1128", "2021 career points") and, after an article, an event noun ("the 1905
/// revolution", not "the 2016 MacBook Pro").
fn year_in_date_context(s: &str, raw: &Raw, prev: &str) -> bool {
    // ("In 1987 Harbour Street was renamed": a year after its preposition.)
    let dating = ["in", "by", "since", "during", "until", "before", "after"].contains(&prev);
    if is_quantity(s, raw, prev) || !dating && is_house_number(s, raw.end) {
        return false;
    }
    // "estimates of 2012 data", "using 2019 figures": a year right before a data noun labels
    // the data set, no event (not after a dating word: "in 2012 data were lost").
    if !dating && DATA_NOUNS.contains(&next_word(s, raw.end).as_str()) {
        return false;
    }
    // "the 1998 and 2017 acquisitions": a year joined to a labelling one is read as it is.
    let joined_to_label = ["and", "or"].contains(&prev)
        && matches!(words_before(s, raw.start, 3).as_slice(), [.., det, year, _] if ["the", "a", "an"].contains(&det.as_str()) && year.len() == 4 && year.parse::<u32>().is_ok());
    if ["the", "a", "an"].contains(&prev) || joined_to_label {
        let next = next_word(s, raw.end);
        return is_noun_of(EVENT_NOUNS, &next) || is_noun_of(WORK_NOUNS, &next)
            || opened_for_a_season(s, raw)
            || names_event_after(s, raw.end)
            || attributive_to_an_event(s, raw)
            || dates_an_occurrence(s, raw);
    }
    true
}

/// "Quist, 28, is accused of fatally stabbing four rowers …; … on November 13": a date after
/// the gerund an accusation or a charge names dates the act alleged, whatever the tense the
/// accusation is told in.
fn dates_an_alleged_act(s: &str, start: usize) -> bool {
    const ACCUSING: &[&str] = &["accused of ", "suspected of ", "charged with ", "convicted of "];
    let before = s[..start].to_lowercase();
    ACCUSING.iter().filter_map(|a| before.find(a).map(|i| &before[i + a.len()..])).any(|rest| {
        let words: Vec<&str> = rest.split_whitespace().take(2).collect();
        match words.as_slice() {
            [w, ..] if w.ends_with("ing") => true,
            [adverb, w] => adverb.ends_with("ly") && w.ends_with("ing"),
            _ => false,
        }
    })
}

/// "Plaque displayed 1955.", "Founded 1921.": a short note of a past participle closing on a
/// bare year dates the participle's act, as "in" before the year would (a record's or a
/// caption's style); not after an auxiliary ("He had 1955 …").
fn noted_participle_year(s: &str, raw: &Raw, prev: &str) -> bool {
    let lead = s[..raw.start].split_whitespace().count();
    raw.month.is_none()
        && lead <= 3
        && ends_sentence(s, raw.end)
        && !["was", "were", "had", "did", "been"].contains(&prev)
        && fragment::tells_the_past(prev)
}

/// "When 1492 came along with Columbus", "once 1914 arrived": a bare year that a clause's
/// conjunction opens and a verb of time's coming or passing follows is the time the clause
/// tells, the year its subject.
fn comes_round(s: &str, raw: &Raw, prev: &str) -> bool {
    const COMING: &[&str] = &["came", "arrived", "rolled", "dawned", "began", "ended", "drew"];
    raw.month.is_none() && ["when", "once", "until", "till"].contains(&prev) && COMING.contains(&next_word(s, raw.end).as_str())
}

/// "After a decade-long restoration, it opened as a hotel for the 2012 season": the season
/// of a year that a past act was done for dates the act (not "prices for the 2012 season", a
/// label with no act).
fn opened_for_a_season(s: &str, raw: &Raw) -> bool {
    let lead = words_before(s, raw.start, 2);
    let season = ["season", "seasons"].contains(&next_word(s, raw.end).as_str());
    let clause = s[..raw.start].rsplit([',', ';', '—']).next().unwrap_or("");
    season && matches!(lead.as_slice(), [f, t] if f == "for" && t == "the") && fragment::tells_the_past(&without_adjective_participles(clause))
}

/// "shipped out two pitchers in a 2009 trade for Nyjer Morgan": a year in an indefinite noun
/// phrase after "in", closing a clause told in the past, names one occurrence, the act's (not
/// "an issue in the 2016 campaign", a period's label, nor "in a 2015 study", a work's).
fn dates_an_occurrence(s: &str, raw: &Raw) -> bool {
    let lead = words_before(s, raw.start, 2);
    let indefinite = matches!(lead.as_slice(), [prep, det] if prep == "in" && (det == "a" || det == "an"));
    // (The clause before "in a".)
    let head = s[..raw.start].trim_end().rsplitn(3, char::is_whitespace).nth(2).unwrap_or("");
    indefinite && !is_noun_of(WORK_NOUNS, &next_word(s, raw.end)) && past_clause_before(head) && fragment::tells_the_past(head.rsplit([',', ';', '—']).next().unwrap_or(head))
}

/// How many adjectives may stand between an attributive year and its event noun, or between
/// the determiner and the year ("the 2008 financial crash", "the 1997 Asian financial
/// crisis", "the liberal internationalist 2011 intervention").
const ATTRIBUTE_WORDS: usize = 2;

/// Whether a bare year stands in a noun phrase between its determiner and its event noun,
/// with a few adjectives around it: "the 2008 financial crash", "the liberal internationalist
/// 2011 intervention in Libya" (not "the 2008 video", a work's label, nor "the 2016 MacBook
/// Pro"); or, with no determiner, right before a plural event noun after a word that counts
/// nothing ("the film chronicles 1968 strikes at the yard"; not "over 1500 protests").
fn attributive_to_an_event(s: &str, raw: &Raw) -> bool {
    let adjective = |w: &String| w.chars().all(|c| c.is_alphabetic() || c == '-') && !DETERMINERS.contains(&w.as_str());
    let before = words_before(s, raw.start, ATTRIBUTE_WORDS + 1);
    let plural_noun_next = next_word(s, raw.end).ends_with('s') && is_noun_of(EVENT_NOUNS, &next_word(s, raw.end));
    let counting = |w: &String| APPROXIMATELY.contains(&w.as_str()) || QUANTITY_PREPS.contains(&w.as_str()) || ["over", "than", "nearly", "almost", "some"].contains(&w.as_str());
    let bare_plural = plural_noun_next
        && before.last().is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !counting(w));
    let determined = bare_plural || before
        .iter()
        .rposition(|w| ["the", "a", "an"].contains(&w.as_str()))
        .is_some_and(|k| before[k + 1..].iter().all(adjective));
    let after = after_words(s, raw.end, ATTRIBUTE_WORDS + 1);
    // (A recurring event's edition is a name, read by [`names_event_after`]: "the 2008
    // Beijing Olympics". The noun is written in lower case: "the 1887 ferry last March" names
    // no march.)
    let written: Vec<&str> = s[raw.end..].split_whitespace().take(ATTRIBUTE_WORDS + 1).collect();
    let lower = |k: usize| written.get(k).is_some_and(|w| w.starts_with(char::is_lowercase));
    let noun = after
        .iter()
        .position(|w| is_noun_of(EVENT_NOUNS, w))
        .filter(|&k| lower(k) && !is_noun_of(RECURRING_EVENT_NOUNS, &after[k]));
    raw.month.is_none()
        && determined
        && noun.is_some_and(|k| after[..k].iter().all(adjective) && !after[..k].iter().any(|w| is_noun_of(WORK_NOUNS, w)))
        && !s[raw.end..].starts_with(['’', '\''])
}

/// How many capitalised words an event's name may have ("the 1967 Six-Day War").
const EVENT_NAME_WORDS: usize = 4;

/// Event nouns of what is held again and again: a year before such a name picks an edition
/// and often only labels it ("major events like the 2008 Beijing Olympics").
const RECURRING_EVENT_NOUNS: &[&str] = &[
    "olympic", "games", "cup", "world", "fair", "exposition", "expo", "festival", "congress",
    "conference", "summit", "election", "campaign", "census", "general",
];

/// "beyond the original June 15, 2007 cutoff date", "the March 1 deadline": a date right
/// before a noun of a limit names the limit, which nothing happened on.
fn names_a_limit(s: &str, raw: &Raw) -> bool {
    const LIMITS: &[&str] = &["deadline", "deadlines", "cutoff", "cut-off", "cutoffs"];
    const LIMIT_DATES: &[&str] = &["target", "due", "expiry", "expiration", "filing", "closing"];
    match after_words(s, raw.end, 2).as_slice() {
        [noun, ..] if LIMITS.contains(&noun.as_str()) => true,
        [kind, date] => LIMIT_DATES.contains(&kind.as_str()) && date == "date",
        _ => false,
    }
}

/// Nouns of a figure that a day's possessive dates ("Friday's closing price", "Monday's close").
const DAY_FIGURE_NOUNS: &[&str] = &[
    "price", "prices", "close", "level", "levels", "high", "low", "figure", "figures", "total", "rate", "rates", "reading", "value",
];

/// Words that may stand between a day's possessive and its figure's noun ("closing", "record").
const FIGURE_MODIFIERS: &[&str] = &["record", "final", "official", "average", "intraday", "all-time", "new"];

/// "Based on Friday night's closing price of $14.32 that's a drop of nearly 8%", "from
/// Monday's record high": a day's possessive on the noun of a figure (a price, a close, a
/// level) names the figure a move is measured from, no event ("Monday's announcement", "Friday's
/// vote set the rate" stay events).
fn names_a_days_figure(s: &str, raw: &Raw) -> bool {
    let rest = s[raw.end..].trim_start();
    let rest = ["night", "morning", "afternoon", "evening"].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    let Some(after) = rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s")) else { return false };
    let words = after_words(after, 0, 3);
    let modifier = |w: &String| w.ends_with("ing") || FIGURE_MODIFIERS.contains(&w.as_str());
    words
        .iter()
        .position(|w| DAY_FIGURE_NOUNS.contains(&w.as_str()))
        .is_some_and(|k| words[..k].iter().all(modifier))
}

/// "dropped 5.3% on Monday to a low of $3.91 after closing at $4.13 on Wednesday": a date
/// after "after" and the gerund of a close at a figure gives the figure a move is measured
/// from, no event ("The index closed at 27,403 on Tuesday", a finite verb, is the day's news).
fn closing_figure_after(s: &str, raw: &Raw) -> bool {
    let before = words_before(s, raw.start, 5);
    let before = before.strip_suffix(&["on".to_string()]).unwrap_or(&before);
    matches!(before, [.., after, close, at, figure]
        if after == "after"
            && ["closing", "ending", "finishing", "settling"].contains(&close.as_str())
            && at == "at"
            && figure.contains(|c: char| c.is_ascii_digit()))
}

/// "the 1967 Six-Day War", "the 2011 Tohoku Earthquake": a name after byte `at` (a run of
/// capitalised words) that ends on the noun of an event that happens once.
fn names_event_after(s: &str, at: usize) -> bool {
    let name: Vec<&str> = s[at..]
        .split_whitespace()
        .take(EVENT_NAME_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    name.last().is_some_and(|w| {
        let last = w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        name.len() > 1
            && is_noun_of(EVENT_NOUNS, &last)
            && !is_noun_of(RECURRING_EVENT_NOUNS, &last)
    })
}

/// "this mass-market paperback from 1985", "a flawed design from 2015": a bare year after a
/// noun phrase and "from", with no end of a span after it, tells where a thing comes from,
/// no event ("from 1985 to 1990", "from 1985 onwards" and "returned from 1985" are no such).
fn is_origin_label(s: &str, raw: &Raw) -> bool {
    if raw.month.is_some() || raw.year.is_none() {
        return false;
    }
    let before = words_before(s, raw.start, 5);
    let Some((from, phrase)) = before.split_last() else { return false };
    let next = after_words(s, raw.end, 1);
    let span_end = next.first().is_some_and(|w| ["to", "through", "until", "till", "onward", "onwards", "on", "and", "or"].contains(&w.as_str()))
        || s[raw.end..].trim_start().starts_with(['–', '-', '—']);
    let noun = phrase.last().is_some_and(|w| !fragment::tells_the_past(w) && !w.ends_with("ing") && !is_verb(w));
    let determined = phrase.iter().rev().skip(1).take(3).any(|w| DETERMINERS.contains(&w.as_str()));
    from == "from" && !span_end && noun && determined
}

/// "the Immigration and Nationality Act of 1965", "the Clean Air Acts of 1963": a year after
/// a law's name is part of its title, no event (its passing is told by a verb: "Congress
/// passed the act in 1965").
fn names_a_law(s: &str, raw: &Raw) -> bool {
    let words: Vec<&str> = s[..raw.start].split_whitespace().rev().take(3).collect();
    raw.month.is_none()
        && matches!(words.as_slice(), [of, act, name, ..] if *of == "of" && ["Act", "Acts"].contains(act) && name.starts_with(char::is_uppercase))
}

/// "On modern devices (e.g. from 2015), recompression takes a second": a date in a bracketed
/// example qualifies the noun before the bracket; it dates no event.
fn in_bracketed_example(s: &str, at: usize) -> bool {
    let Some(open) = s[..at].rfind('(').filter(|&o| !s[o..at].contains(')')) else { return false };
    let inside = s[open + 1..at].trim_start().to_lowercase();
    ["e.g.", "eg ", "e. g.", "i.e.", "ie ", "for example", "for instance", "such as", "say "].iter().any(|p| inside.starts_with(p))
}

/// "In storms, like the one in March, the sirens have warned people": a date in an example
/// set off by commas qualifies the example; it dates no event.
fn in_set_off_example(s: &str, raw: &Raw) -> bool {
    let Some(open) = s[..raw.start].rfind(", ") else { return false };
    let inside = &s[open + 2..raw.start];
    let closed = s[raw.end..].trim_start().starts_with(',');
    closed && ["like ", "such as ", "including "].iter().any(|p| inside.starts_with(p))
}

/// "during the Falklands War (1982)": a year in brackets right after the name of an event
/// (a capitalised word, then an event noun) dates that event.
fn bracketed_after_event(s: &str, raw: &Raw) -> bool {
    let Some(before) = s[..raw.start].strip_suffix('(') else { return false };
    if !s[raw.end..].starts_with(')') {
        return false;
    }
    let words = words_before(before, before.len(), 2);
    let original: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    matches!(words.as_slice(), [_, noun] if is_noun_of(EVENT_NOUNS, noun))
        && original.len() == 2
        && original.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "the first revolution in February": the date's preposition follows an event noun.
/// "President Donald Trump’s announcement last month": so does a date right after an act
/// someone is named for.
fn dates_event_noun(s: &str, raw: &Raw) -> bool {
    let event_noun = |noun: &str| is_noun_of(EVENT_NOUNS, noun);
    if attributive_to_an_act(s, raw) || occasion_counted_from_the_writing(s, raw) {
        return true;
    }
    match words_before(s, raw.start, 2).as_slice() {
        [noun, prep] if ["in", "of", "on"].contains(&prep.as_str()) && event_noun(noun) => true,
        [owner, noun] => {
            let act = event_noun(noun) || noun.len() > 6 && ["ment", "tion", "sion"].iter().any(|e| noun.ends_with(e));
            (owner.ends_with("’s") || owner.ends_with("'s")) && act
        }
        _ => false,
    }
}

/// Whether a word names a unit of time ("Thursday last week").
fn is_time_unit(word: &str) -> bool {
    ["week", "month", "year", "weekend", "night"].contains(&word)
}

/// Nouns of an occasion that a date counted from the writing right after them dates ("at the
/// swearing-in ceremony earlier this month").
const OCCASION_NOUNS: &[&str] = &["ceremony", "funeral", "wedding", "inauguration", "hearing", "trial", "vote", "launch"];

/// "At the swearing-in ceremony earlier this month, a guest, Ann Vale, tweeted that …": a
/// date counted from the writing right after the noun of an occasion or an act names it,
/// whatever the clause around it tells.
fn occasion_counted_from_the_writing(s: &str, raw: &Raw) -> bool {
    let counted = raw.ago.is_some() || raw.article_relative.is_some();
    counted
        && words_before(s, raw.start, 1)
            .first()
            .is_some_and(|w| OCCASION_NOUNS.contains(&w.as_str()) || ACT_NOUNS.contains(&w.as_str()) || is_noun_of(EVENT_NOUNS, w))
}

/// Nouns of a single act a day date before them dates ("Trump's July 25 phone call").
const ACT_NOUNS: &[&str] = &["call", "speech", "visit", "meeting", "interview", "trip"];
/// Nouns of a release of software or of a service's change, which a day date after "the"
/// names ("the 2024-07-30 update").
const RELEASE_NOUNS: &[&str] = &["update", "release", "patch", "rollout", "outage"];

/// "Trump's July 25 phone call", "the minister's March 3 visit": a day date between an owner
/// and the noun of an act (one of the next two words) names the act; so does one after "the"
/// before the noun of a release ("the 2024-07-30 update to Velmora").
fn attributive_to_an_act(s: &str, raw: &Raw) -> bool {
    let before = words_before(s, raw.start, 1);
    let owned = before.first().is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"));
    let determined = before.first().is_some_and(|w| w == "the");
    let next = after_words(s, raw.end, 2);
    raw.day.is_some()
        && (owned && next.iter().any(|w| ACT_NOUNS.contains(&w.as_str()) || EVENT_NOUNS.contains(&w.as_str()))
            || determined && next.first().is_some_and(|w| RELEASE_NOUNS.contains(&w.as_str())))
}

/// The noun phrase of the event a date qualifies ([`dates_event_noun`]): back from the noun
/// to its determiner ("the first revolution") or through its owner's name ("President Donald
/// Trump’s announcement"), capitalised.
fn event_noun_phrase(sentence: &str, raw: &Raw) -> Option<String> {
    const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"];
    let mut words: Vec<&str> = before_clause(sentence, raw.start).split_whitespace().collect();
    if words.last().is_some_and(|w| ["in", "of", "on"].contains(w)) {
        words.pop();
    }
    let noun = words.len().checked_sub(1)?;
    let mut start = None;
    let mut i = noun;
    while i > 0 && noun - i < 6 {
        i -= 1;
        let word = words[i];
        let lower = word.to_lowercase();
        if DETERMINERS.contains(&lower.as_str()) {
            start = Some(i);
            break;
        }
        if word.ends_with("’s") || word.ends_with("'s") {
            let mut first = i;
            while first > 0 && words[first - 1].starts_with(char::is_uppercase) {
                first -= 1;
            }
            start = Some(first);
            break;
        }
        if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
    }
    let phrase = words[start?..=noun].join(" ");
    let phrase = phrase.trim_end_matches([',', ';']);
    // "…, which overthrew the monarchy, and …": the relative clause on the date tells what
    // the event was.
    let after = &sentence[raw.end..];
    let relative = after
        .strip_prefix(", which ")
        .map(|rest| rest.split([',', ';', '—']).next().unwrap_or(rest).trim_end_matches('.'))
        .filter(|clause| fragment::tells_the_past(clause));
    Some(capitalise(&match relative {
        Some(clause) => format!("{phrase}, which {clause}"),
        None => phrase.to_string(),
    }))
}

/// "at October’s Money 20/20 conference": the event a bare month's possessive names, a few
/// words on ("The Money 20/20 conference").
fn months_own_event(s: &str, raw: &Raw) -> Option<String> {
    if raw.month.is_none() || raw.year.is_some() {
        return None;
    }
    let rest = s[raw.end..].strip_prefix("’s").or_else(|| s[raw.end..].strip_prefix("'s"))?;
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let noun = words.iter().position(|w| is_noun_of(EVENT_NOUNS, &bare(w)))?;
    let phrase = words[..=noun].join(" ");
    Some(format!("The {}", phrase.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether the date at byte `at` stands in a bracket that opens on "posted" or "published"
/// ("(posted this morning, 14 Oct. 15)").
fn in_publication_note(s: &str, at: usize) -> bool {
    let Some(open) = s[..at].rfind('(') else { return false };
    let note = s[open + 1..at].trim_start().to_lowercase();
    !s[open..at].contains(')') && (note.starts_with("posted") || note.starts_with("published"))
}

/// "…against Ana Lima, one involving her alleged theft of a car in 1998, giving her a
/// retrial": the act the appositive's noun phrase names right before the date at byte `at`,
/// "The alleged theft of a car" (not the clause it hangs on).
fn appositive_act(sentence: &str, at: usize) -> Option<String> {
    let before = &sentence[..at];
    let opens = [", one involving ", ", one concerning ", ", ones involving ", ", ones concerning "];
    let start = opens.iter().filter_map(|o| before.rfind(o).map(|i| i + o.len())).max()?;
    let phrase = before[start..].trim_end();
    let phrase = phrase.strip_suffix(" in").or_else(|| phrase.strip_suffix(" on")).unwrap_or(phrase);
    let (determiner, noun_phrase) = phrase.split_once(' ')?;
    let owned = ["his", "her", "their", "its", "the", "a", "an"].contains(&determiner);
    (owned && !noun_phrase.contains([',', ';'])).then(|| format!("The {noun_phrase}"))
}

/// Whether the date at byte `at` follows a news photo's formula ("In this photo dated
/// Tuesday, Nov. 29, 2016").
fn is_pictured(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end().trim_end_matches(',');
    let before = match before.rsplit(' ').next() {
        Some(day) if WEEKDAYS.contains(&day) => &before[..before.len() - day.len()],
        _ => before,
    };
    patterns().photo_dated.is_match(before.trim_end().trim_end_matches(','))
}

/// Days in figures that name an event, not a day of the text's year ("the attacks on 9/11").
const EVENTS_NAMED_BY_DAY: &[&str] = &["9/11", "7/7", "3/11"];

/// The month and day of a date written in figures at bytes `start..end` ("12/16/25",
/// "Tuesday, 12/15/2015", "on 3/14"), month first as in American usage, or day first when
/// the first figure is no month ("24/12/2019"). Without a year only right after "on", month
/// first ("on call 24/7", "3/4 of a point" are none); never inside a path, a longer run of
/// figures or a decimal ("1/2/3", "0.5/1").
fn numeric_month_day(s: &str, start: usize, end: usize, first: Option<u32>, second: Option<u32>, with_year: bool) -> Option<(u32, u32)> {
    let (a, b) = (first?, second?);
    let joined = s[..start].ends_with(['/', '.', '-']) || s[end..].starts_with(['/', '-']) || s[end..].starts_with(|c: char| c == '.' && s[end + 1..].starts_with(|d: char| d.is_ascii_digit()));
    let on = prev_word(s, start) == "on" && !EVENTS_NAMED_BY_DAY.contains(&&s[start..end]);
    let month_day = match (a, b) {
        (1..=12, 1..=31) => Some((a, b)),
        (13..=31, 1..=12) if with_year => Some((b, a)),
        _ => None,
    };
    month_day.filter(|_| !joined && (with_year || on))
}

/// Whether the words after a weekday make it a programme's title: "Saturday| Night Live".
fn programme_title_after(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let time_of_day = words.next().is_some_and(|w| ["Night", "Morning", "Afternoon", "Evening"].contains(&w));
    time_of_day && rest.starts_with(char::is_whitespace) && words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Meals and gatherings held on a day of every week, which the weekday before them names.
const WEEKLY_OCCASIONS: &[&str] = &[
    "brunch", "lunch", "dinner", "breakfast", "supper", "roast", "service", "services", "mass",
    "prayers", "market", "school", "matinee", "league", "paper", "papers", "edition", "drive",
];

/// "We dined in a big group for Sunday brunch", "a Saturday market", "their Friday prayers": a
/// weekday between "for", an article or a possessive and the noun of a meal or a gathering
/// names the kind of occasion, not a day of the story ("after Sunday lunch" may be a day; "on
/// Sunday" is one).
fn names_a_weekly_occasion(s: &str, start: usize, end: usize) -> bool {
    const BEFORE: &[&str] = &["for", "a", "an", "every", "each", "his", "her", "its", "their", "our", "my", "your"];
    BEFORE.contains(&prev_word(s, start).as_str())
        && s[end..].starts_with(' ')
        && WEEKLY_OCCASIONS.contains(&next_word(s, end).as_str())
}

/// The weekday named right before byte `at` ("Friday, December 6th"), 0 for Monday.
fn weekday_before(s: &str, at: usize) -> Option<u32> {
    let word = s[..at].trim_end().trim_end_matches(',').rsplit(' ').next()?;
    WEEKDAYS.iter().position(|w| *w == word).map(|i| i as u32)
}

/// Whether the word right before byte `at` is capitalised and not the sentence's first.
fn capitalised_word_before(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let starts_sentence = before.len() == word.len();
    !starts_sentence && word.chars().next().is_some_and(char::is_uppercase)
}

/// "killed in a crash in Osborne Store, Clarendon Tuesday.", "arrested in Dallas Tuesday": a
/// weekday that closes its clause right after a place (capitalised words after "in", "at",
/// "near" or after another capitalised word and a comma) is the day, not a name's last word
/// ("on Black Friday", "Super Tuesday's vote").
fn closes_a_place(s: &str, start: usize, end: usize) -> bool {
    let closes = s[end..].trim_start().chars().next().is_none_or(|c| ".,;:".contains(c));
    let words: Vec<&str> = s[..start].split_whitespace().collect();
    let name = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
    let Some(&before) = words.len().checked_sub(name + 1).and_then(|i| words.get(i)) else { return false };
    let listed = before.ends_with(',') && before.starts_with(char::is_uppercase);
    closes && name > 0 && (["in", "at", "near"].contains(&before) || listed)
}

/// ", May 18", " 18 May 2019", ", 3/12/2019": a day date right after byte `at`.
fn is_date_right_after(s: &str, at: usize) -> bool {
    let rest = s[at..].trim_start_matches([',', ' ']);
    let skip = s.len() - rest.len();
    let p = patterns();
    [&p.day, &p.us_day, &p.numeric].iter().any(|re| re.find_at(s, skip).is_some_and(|m| m.start() == skip))
}

/// Whether the clause of the date at byte `at` is in the present perfect ("has been able"
/// before it; "Since 2011, … anybody has been able" after it, when the date opens the
/// sentence) and tells the beginning of its state ("with the launch of Silk Road"), an act
/// undergone at the date (a passive) or its noun's start (a relative clause): an act at the
/// date. A state alone since a date is none ("has been running since 2017", "has lived there
/// since 1990").
fn starts_a_state(s: &str, at: usize) -> bool {
    let perfect = |w: &str| ["has", "have", "’ve", "'ve"].contains(&w);
    // "it has not talked of infrastructure since": a state denied begins nothing.
    let begun = |words: &[String]| {
        words.iter().enumerate().any(|(i, w)| {
            perfect(w) && !words.get(i + 1).is_some_and(|n| ["not", "never"].contains(&n.as_str()))
        }) && !words.iter().any(|w| w == "hasn’t" || w == "hasn't" || w == "haven’t" || w == "haven't")
    };
    let fronted = s[..at].trim_end().to_lowercase().ends_with("since")
        && s[..at].split_whitespace().count() == 1;
    let after: Vec<String> = s[at..]
        .split_whitespace()
        .take(16)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').to_lowercase())
        .collect();
    // "has been rumored since 2017": talk about a thing holds no act at its start.
    let talk = |words: &[String]| {
        words.windows(2).any(|w| w[0] == "been" && TALK_PARTICIPLES.contains(&w[1].as_str()))
    };
    // "has been an annual initiative since 2010": a role held since the date, no act begun at
    // it ("have been recognised since 1998", "has been running since 2017" are one).
    // ("has been around since 2016": being about since a date, neither.)
    let lasting = |words: &[String]| {
        words.windows(2).any(|w| w[0] == "been" && ["a", "an", "the", "around"].contains(&w[1].as_str()))
    };
    let holds = |words: &[String]| begun(words) && !talk(words) && !lasting(words);
    let before = words_before(s, at, 12);
    let tells_beginning = |words: &[String]| words.iter().any(|w| BEGINNING_WORDS.contains(&w.as_str()));
    // "the Commission, which has managed catch limits since 1924": a relative clause tells
    // since when its noun has done so, a fact of its start.
    let relative = |words: &[String]| {
        words.windows(2).any(|w| ["which", "who", "that"].contains(&w[0].as_str()) && perfect(&w[1]))
    };
    // "have only been officially recognised since 1998": a passive tells the act done at the
    // date.
    let passive = |words: &[String]| {
        words.iter().enumerate().any(|(i, w)| {
            w == "been" && words[i + 1..].iter().find(|n| !n.ends_with("ly")).is_some_and(|n| n.len() > 4 && n.ends_with("ed"))
        })
    };
    let told = |words: &[String]| tells_beginning(words) || passive(words);
    (holds(&before) || fronted && holds(&after)) && (told(&before) || relative(&before) || fronted && told(&after))
}

/// Words that tell a beginning: "Since 2011, with the launch of Silk Road, anybody has been
/// able …" dates the launch; "has been open since 2017" tells none.
const BEGINNING_WORDS: &[&str] = &[
    "began", "begun", "beginning", "start", "started", "launch", "launched", "founding", "founded",
    "opening", "opened", "inception", "creation", "created", "establishment", "established", "debut",
    "debuted", "introduction", "introduced", "birth",
];

/// Whether a clause's verb is a present perfect progressive ("has been contributing", "have
/// been working"), told of no one act; not a relative clause's ("Tsvangirai, who has been
/// receiving treatment, returned"), nor one coordinated after a past act, which keeps its
/// date ("In May, the board laid out plans and has been working on them since").
fn ongoing_perfect(text: &str) -> bool {
    let words = after_words(text, 0, usize::MAX);
    words.windows(3).enumerate().any(|(i, w)| {
        let relative = i > 0 && ["who", "which", "that"].contains(&words[i - 1].as_str());
        let after_a_past_act = i > 0 && words[i - 1] == "and" && fragment::tells_the_past(&words[..i - 1].join(" "));
        // "at a time he should have been trick-or-treating": what ought to have been going on,
        // not a state that is.
        let after_a_modal = i > 0 && ["should", "would", "could", "might", "must", "may"].contains(&words[i - 1].as_str());
        ["has", "have"].contains(&w[0].as_str())
            && w[1] == "been"
            && w[2].len() > 5
            && w[2].ends_with("ing")
            && w[2] != "being"
            && !relative
            && !after_a_past_act
            && !after_a_modal
    })
}

/// Participles of talk or expectation: "has been rumored since 2017" begins no state with an
/// act.
const TALK_PARTICIPLES: &[&str] = &[
    "rumored", "rumoured", "discussed", "debated", "speculated", "mooted", "expected", "anticipated", "talked",
];

/// A past-tense verb ("marked", "saw", "brought").
/// Verbs of a party's act in a dispute or a statement (to sue, to argue, to deny): their
/// subject is a person or a body, never a month ("June challenged a Louisiana law").
const PARTY_ACTS: &[&str] = &[
    "challenged", "sued", "argued", "appealed", "claimed", "alleged", "contended", "asked",
    "said", "told", "wrote", "filed", "announced", "denied", "accused", "urged", "insisted",
    "agreed", "declined", "refused", "responded", "replied", "admitted", "testified", "stated",
];

fn past_verb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || ["saw", "brought", "began", "became", "was", "were", "had", "began", "came", "gave", "left"].contains(&word)
}

fn next_word(s: &str, at: usize) -> String {
    s[at..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Words that end a street's name ("1119 Eighth St.", "1909 Jolinda Drive").
const STREET_WORDS: &[&str] = &[
    "st", "street", "ave", "avenue", "dr", "drive", "rd", "road", "blvd", "boulevard", "ln", "lane",
    "way", "ct", "court", "pl", "place", "terrace", "pkwy", "parkway", "hwy", "highway", "circle",
];

/// Whether the number ending at byte `end` is a house number: one to three capitalised words
/// after it end on a street word ("of 1119 Eighth St.", "at 1909 Jolinda Drive").
fn is_house_number(s: &str, end: usize) -> bool {
    let name: Vec<&str> = s[end..].split_whitespace().take(3).take_while(|w| w.starts_with(char::is_uppercase)).collect();
    name.len() >= 2
        && name[1..].iter().any(|w| STREET_WORDS.contains(&w.trim_end_matches([',', '.', ';']).to_lowercase().as_str()))
}

/// A four-digit number that counts or measures: a quantity word shortly before "from", "to",
/// "of"… it, or a counted noun after it.
fn is_quantity(s: &str, raw: &Raw, prev: &str) -> bool {
    let quantity_near = QUANTITY_PREPS.contains(&prev)
        && words_before(s, raw.start, 6)
            .iter()
            .any(|w| QUANTITY_WORDS.contains(&w.as_str()));
    // "a resolution of 1800 x 1920": a dimension.
    let after = s[raw.end..].trim_start();
    let before = s[..raw.start].trim_end();
    let dimension = after.starts_with("x ") || after.starts_with('×') || before.ends_with(" x") || before.ends_with('×');
    // "**2000+** courses", "1000+ hours": a number with a plus sign counts at least so many.
    let at_least = after.starts_with('+') || s[raw.end..].starts_with('+');
    quantity_near || dimension || at_least || COUNTED_NOUNS.contains(&next_word(s, raw.end).as_str())
}

fn count_word(w: &str) -> Option<i64> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    // ("A week later", "an hour ago": one.)
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    w.parse().ok().or_else(|| {
        WORDS
            .iter()
            .position(|x| x.eq_ignore_ascii_case(w))
            .map(|i| i as i64 + 1)
    })
}

struct Resolved {
    written: String,
    sort_key: String,
    end_key: Option<String>,
    label: String,
    precision: DatePrecision,
    note: Option<String>,
    mismatch: Option<String>,
}

/// The days a mention dated from the writing can fall on: "last week", the Monday to Sunday
/// before the writing's week; "this week" and "earlier this week", its Monday to the day of
/// writing; "over the weekend", its Saturday and Sunday; "early this year", its first four
/// months (as "early 2019" would be).
fn days_named(raw: &Raw, anchor: Option<Anchor>) -> Option<(String, String)> {
    let a = anchor?;
    let unit = raw.article_relative.as_deref()?;
    if unit == "early this year" {
        return Some((format!("{:04}-01-00", a.year), format!("{:04}-04-31", a.year)));
    }
    let monday = a.weekday("Monday", false)?;
    let (first, last) = match unit {
        "week" => (add_days(monday, -7, false), add_days(monday, -1, false)),
        "this week" => (monday, a.full()?),
        "weekend" => {
            let saturday = a.weekday("Saturday", false)?;
            (saturday, add_days(saturday, 1, false))
        }
        _ => return None,
    };
    Some((key(first), key(last)))
}

fn key(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The year of an undated month (and day), and whether it is inferred: the narrative's
/// when it dated something in this or the previous paragraph, else a year this paragraph
/// names or the latest such month on or before the article's own date, else the last year
/// the text named or the article's subject.
fn infer_year(month: u32, day: Option<u32>, future: bool, dates_act: bool, ctx: &Context) -> Option<i32> {
    let from_anchor = ctx.anchor.and_then(|a| {
        if future { a.coming_year_of(month, day) } else { a.year_of(month, day) }
            .or_else(|| (a.month.is_none() && !ctx.retrospective).then_some(a.year))
    });
    // "… as the paper put it on Tuesday. Late in December, the regulator gave banks another
    // year": the year of the writing's own days, carried on, would put a month that dates an
    // act (`dates_act`: no plan, no bound) after the writing; the month is the last such one
    // before it.
    // So does a later year the paragraph named ("NASA will get $18 billion for 2015 under a
    // bill released Dec. 9", written on 12 December 2014).
    let after_writing = |y: i32| {
        ctx.anchor.is_some_and(|a| y >= a.year && a.is_after(&format!("{y:04}-{month:02}-{:02}", day.unwrap_or(0))))
    };
    // "When Ann gave birth in November, … In March, she returned to work", written in April: a
    // month earlier in the calendar than the last one told in the narrative's year goes on
    // into the next year when that is the writing's own (the story moves on, not back).
    let goes_on = |y: i32| !future && from_anchor == Some(y + 1) && ctx.last_month.is_some_and(|(ly, lm, _)| ly == y && month < lm);
    let recent = ctx
        .dated
        .filter(|(_, p)| ctx.paragraph - p <= 1)
        .map(|(y, _)| y)
        .map(|y| if dates_act && after_writing(y) || goes_on(y) { from_anchor.unwrap_or(y) } else { y });
    // Where the article's date anchors nothing (a retrospective, or no date), the narrative
    // year carries on from paragraph to paragraph.
    // (An undated day soon after the last dated one goes on in its year, before the
    // article's year is tried.)
    let continued = day.filter(|_| !future).and_then(|d| year_of_the_days_told(month, d, from_anchor?, ctx));
    let near = match ctx.anchor {
        Some(_) => ctx
            .paragraph_year
            .map(|y| if dates_act && after_writing(y) { from_anchor.unwrap_or(y) } else { y })
            .or(continued)
            .or(from_anchor),
        None => None,
    };
    // A plan dates from the article's own time, whatever the narrative was about.
    let planned = from_anchor.filter(|_| future);
    // With no date for the article, a year named paragraphs ago (perhaps a plan's, "their
    // 2020 session") is no evidence for an undated "in February".
    if ctx.undated && !ctx.retrospective {
        return recent.or(ctx.paragraph_year).or(ctx.subject);
    }
    planned
        .or(recent)
        .or(near)
        .or(ctx.dated.map(|(y, _)| y))
        .or(ctx.explicit_year)
        .or(ctx.subject)
}

/// "new routes that it launched in 2020", written in 2020: the year of writing right after
/// a past verb and "in" dates what was done in it (not a plan: "will open in 2020"); so does
/// "In 2020," opening a sentence told in the simple past ("In 2020, most of the crew moved to
/// the new yard"; not "In 2020, the crew has grown", a span up to the writing).
fn done_in_the_year(sentence: &str, raw: &Raw) -> bool {
    let after_verb = matches!(words_before(sentence, raw.start, 2).as_slice(), [verb, in_] if in_ == "in" && fragment::tells_the_past(verb));
    let fronted = sentence[..raw.start].trim().eq_ignore_ascii_case("in")
        && sentence[raw.end..].strip_prefix(", ").is_some_and(|rest| {
            let clause = rest.split([',', ';', ':']).next().unwrap_or("");
            fragment::tells_the_past(clause) && !fragment::has_present_verb(clause)
        });
    !raw.future && (after_verb || fronted || closes_a_past_clause(sentence, raw))
}

/// "Cloudflare demonstrated one implementation in 2025 with …", "an inhibitor that completed
/// a trial in early 2025": "in" and the year of writing closing a clause (from its comma, its
/// dash or its relative pronoun) told in the simple past date its act, unless the clause holds
/// a present or future verb, an infinitive, a word of planning ("was expected to open in
/// 2025", "has grown in 2025") or a trend's verb, a change over the year ("grew in size in
/// 2025").
fn closes_a_past_clause(sentence: &str, raw: &Raw) -> bool {
    let head = sentence[..raw.start].trim_end();
    let head = ["early", "late", "mid", "mid-"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head).trim_end();
    head.strip_suffix(" in").is_some_and(past_clause_before)
}

/// Whether the clause `head` ends (from its comma, its dash or its relative pronoun) is told
/// in the simple past, its verb near the end, with no present or future verb, infinitive,
/// word of planning or trend's verb ([`closes_a_past_clause`]), comparison of amounts ("saw
/// far fewer incidents") or condition ("if you collected benefits").
fn past_clause_before(head: &str) -> bool {
    const COMPARING_OR_SUPPOSING: &[&str] = &["fewer", "less", "more", "if", "unless", "whether"];
    const PLANNING: &[&str] = &["to", "planned", "expected", "scheduled", "slated", "due", "set", "aimed", "targeted", "projected", "forecast", "intended", "promised", "pledged", "vowed"];
    let clause = head.rsplit([',', ';', ':', '—', '–', '(']).next().unwrap_or(head);
    let clause = [" that ", " which ", " who "]
        .iter()
        .filter_map(|r| clause.rfind(r).map(|i| &clause[i + r.len()..]))
        .min_by_key(|c| c.len())
        .unwrap_or(clause);
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    // (The verb close before the date: in "identified too many tools … as the biggest
    // challenges in software development in 2024" the year dates the challenges; and not
    // right before it, a participle after its noun: "reports tax refunds received this
    // year".)
    let near = words[words.len().saturating_sub(NEAR_VERB_WORDS)..words.len().saturating_sub(1)].join(" ");
    fragment::tells_the_past(&near)
        && !fragment::has_present_verb(clause)
        && !words.iter().any(|w| [PLANNING, TREND_VERBS, COMPARING_OR_SUPPOSING].iter().any(|list| list.contains(&w.as_str())))
}

/// "a handful of restaurants that have opened this year": a relative clause of a present
/// perfect's participle alone, no object after it, tells the acts of the period ("have
/// purchased 208,560 vehicles this year", a count over it, has its object).
fn relative_perfect_act_before(head: &str) -> bool {
    let words: Vec<String> = head.split_whitespace().rev().take(3).map(|w| w.to_lowercase()).collect();
    match words.as_slice() {
        [participle, auxiliary, relative] => {
            ["that", "which", "who"].contains(&relative.as_str())
                && ["has", "have"].contains(&auxiliary.as_str())
                && participle.chars().all(char::is_alphabetic)
                && fragment::tells_the_past(participle)
                && participle != "been"
        }
        _ => false,
    }
}

/// The act of [`relative_perfect_act_before`], told by its noun phrase: "a handful of
/// restaurants that have opened [this year]" → "A handful of restaurants have opened".
fn relative_perfect_act(sentence: &str, at: usize) -> Option<String> {
    let head = &sentence[..at];
    if !relative_perfect_act_before(head) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let n = words.len();
    let relative = n.checked_sub(3)?;
    const OPENERS: &[&str] = &["a", "an", "the", "some", "several", "many", "few", "these", "those", "its", "their", "our", "his", "her", "all"];
    let mut start = None;
    for i in (relative.saturating_sub(7)..relative).rev() {
        let w = words[i];
        if w.ends_with([',', ';', ':']) || i + 1 < relative && fragment::tells_the_past(w) {
            break;
        }
        let l = w.to_lowercase();
        if OPENERS.contains(&l.as_str()) || count_word(&l).is_some() {
            start = Some(i);
            break;
        }
    }
    let start = start?;
    let phrase = [&words[start..relative], &words[relative + 1..]].concat().join(" ");
    Some(capitalise(phrase.trim_end_matches([',', '.'])))
}

/// "The Texas Legislature is holding a special session this week": a body holding a
/// gathering in the week or month of the writing, in the present progressive, tells an event
/// under way then (not "holds a hearing Wednesday", a schedule).
fn holds_a_gathering_now(sentence: &str, raw: &Raw) -> bool {
    const HOLDING: &[&str] = &["holding", "hosting", "staging", "convening"];
    const GATHERINGS: &[&str] = &[
        "session", "meeting", "hearing", "vote", "summit", "conference", "convention", "congress",
        "trial", "strike", "protest", "festival", "election",
    ];
    let now = matches!(raw.article_relative.as_deref(), Some("this week" | "this month"));
    let before = words_before(sentence, raw.start, 7);
    let held = before.windows(2).position(|w| ["is", "are"].contains(&w[0].as_str()) && HOLDING.contains(&w[1].as_str()));
    let gathering = |w: &String| GATHERINGS.contains(&w.as_str()) || w.strip_suffix('s').is_some_and(|one| GATHERINGS.contains(&one));
    now && held.is_some_and(|k| before[k + 2..].iter().any(gathering))
}

/// How many words before "in" and the year the past verb of the clause it dates may stand.
const NEAR_VERB_WORDS: usize = 7;

/// Whether an undated month (or day) was put in the year before the article's because it
/// falls later in the year than the article's own date.
fn is_read_back_a_year(date: &Resolved, anchor: Option<Anchor>) -> bool {
    let (year, month, day) = calendar::key_parts(&date.sort_key);
    let Some(a) = anchor else { return false };
    date.label.ends_with(INFERRED_MARK)
        && month > 0
        && year == a.year - 1
        && a.year_of(month, (day > 0).then_some(day)) == Some(year)
}

/// "Children injured in an attack are treated at the hospital in Deir Al Balah, Gaza, on Nov.
/// 5, 2023.": a full date set off by a comma after the place, closing a sentence told in the
/// present, is a news photo's caption formula.
fn closes_a_photo_caption(s: &str, raw: &Raw) -> bool {
    let closing = s[raw.end..].trim().trim_end_matches('.').is_empty();
    let set_off = s[..raw.start].trim_end().strip_suffix("on").is_some_and(|b| b.trim_end().ends_with(','));
    raw.day.is_some() && raw.year.is_some() && closing && set_off
}

/// "The following Monday evening", "over the course of that long Monday night": a weekday
/// counted from a day of the story, or that day again, which need not be of the writing's
/// week ("officials said that Monday …" is no such day).
fn is_weekday_of_the_story(s: &str, at: usize) -> bool {
    let words = words_before(s, at, 4);
    let Some(k) = words.iter().rposition(|w| w == "following" || w == "that").filter(|k| words.len() - k <= 2) else {
        return false;
    };
    words[k] == "following" || k > 0 && (CONTINUING_PREPS.contains(&words[k - 1].as_str()) || ["of", "over", "during", "until"].contains(&words[k - 1].as_str()))
}

/// "on Dec. 18, a Wednesday and the day the House voted": a weekday set after a day date by
/// ", a" is that day's, not one of the writing's week.
fn is_weekday_of_date_before(s: &str, at: usize) -> bool {
    s[..at]
        .trim_end()
        .strip_suffix(" a")
        .and_then(|b| b.trim_end().strip_suffix(','))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// How many days after a dated day an undated one may follow it in one telling.
const DAYS_TOLD_ON: i64 = 31;

/// How many days before the writing an undated day is still likely its recent news.
const RECENT_NEWS_DAYS: i64 = 90;

/// "… the job on December 16, 2010. … She returned on December 27 …", in a piece of April
/// 2012: an undated day a few days after the last day the text dated goes on telling that
/// time, in its year, when the article's own year would put it a season before the writing
/// (not the news of the weeks before it).
fn year_of_the_days_told(month: u32, day: u32, anchor_year: i32, ctx: &Context) -> Option<i32> {
    let (last, _) = ctx.last_day?;
    let written = ctx.anchor?.full()?;
    let told = Ymd { year: last.year, month, day };
    let anchored = Ymd { year: anchor_year, month, day };
    let follows = calendar::is_valid(told, false) && (0..=DAYS_TOLD_ON).contains(&calendar::days_between(last, told));
    let long_before = calendar::days_between(anchored, written) > RECENT_NEWS_DAYS;
    (last.year != anchor_year && follows && long_before).then_some(last.year)
}

/// How many days after the writing an undated day told outside the past is still the coming
/// one ([`coming_day`]).
const COMING_DAYS: i64 = 21;

/// How many days after the writing the undated day of a scheduled occasion is still the coming
/// one, whatever the clause's tense: half a year, the nearer of the two ([`coming_day`]).
const OCCASION_DAYS: i64 = 182;

/// Nouns of an occasion set for a day ahead ("the Sept. 9 meeting", "the March 3 vote").
const SCHEDULED_NOUNS: &[&str] = &[
    "meeting", "hearing", "vote", "election", "ceremony", "session", "conference", "debate", "trial", "referendum",
    "primary", "auction", "summit", "rally",
];

/// "invited residents to the Sept. 9 meeting": a day without a year right between "the" and
/// the noun of a scheduled occasion names the occasion's day.
fn names_a_scheduled_occasion(s: &str, raw: &Raw) -> bool {
    words_before(s, raw.start, 1).first().is_some_and(|w| w == "the")
        && after_words(s, raw.end, 1).first().is_some_and(|w| SCHEDULED_NOUNS.contains(&w.as_str()))
}

/// "… “A Most Violent Year,” out on Dec. 31 in limited release", written on 29 December: a
/// day and month without a year, at most [`COMING_DAYS`] after the writing's day, in a clause
/// (from its comma) with no past tense, is that coming day (its sort key), not the
/// same day a year before; "Shares fell on Dec. 31" still tells last year's. So is the day of a
/// scheduled occasion ([`names_a_scheduled_occasion`]) at most [`OCCASION_DAYS`] on, told in
/// any tense ("The board invited residents to the Sept. 9 meeting", written in August).
fn coming_day(s: &str, raw: &Raw, anchor: Option<Anchor>) -> Option<String> {
    let (a, month, day) = (anchor?, raw.month?, raw.day?);
    if raw.year.is_some() || raw.weekday.is_some() {
        return None;
    }
    let written = a.full()?;
    let next = Ymd { year: a.coming_year_of(month, Some(day))?, month, day };
    let occasion = names_a_scheduled_occasion(s, raw);
    let horizon = if occasion { OCCASION_DAYS } else { COMING_DAYS };
    if !calendar::is_valid(next, false) || !(1..=horizon).contains(&calendar::days_between(written, next)) {
        return None;
    }
    if occasion || opens_a_span_of_days(s, raw) {
        return Some(key(next));
    }
    let stops = |c: char| matches!(c, ',' | '—' | ';' | ':' | '(' | ')');
    let from = s[..raw.start].char_indices().rev().find(|&(_, c)| stops(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let head = &s[from..raw.start];
    // (A past verb right after the date, before any comma, tells it too: "… and on Dec. 31
    // fell sharply"; not "in limited release", an adjective further on.)
    let rest = &s[raw.end..];
    let tail = rest[..rest.find(stops).unwrap_or(rest.len())].split_whitespace().next().unwrap_or("");
    (!fragment::tells_the_past(head) && !fragment::tells_the_past(tail)).then(|| key(next))
}

/// "ordered a lockdown from July 10 to July 16": a day after "from" that opens a span to
/// another ("to", "till", "until", "through" after it, or the span read as one) is when what
/// was ordered or announced runs from, whatever the verb's tense.
fn opens_a_span_of_days(s: &str, raw: &Raw) -> bool {
    words_before(s, raw.start, 1).first().is_some_and(|w| w == "from")
        && (raw.until.is_some() || after_words(s, raw.end, 1).first().is_some_and(|w| ["to", "till", "until", "through"].contains(&w.as_str())))
}

/// The first month of a (northern) season.
/// The month and day of a holiday the `holiday` pattern names.
fn holiday_day(name: &str) -> (u32, u32) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ").replace('’', "'");
    match name.as_str() {
        "Christmas Eve" => (12, 24),
        "Christmas Day" => (12, 25),
        "Boxing Day" => (12, 26),
        "New Year's Eve" => (12, 31),
        "New Year's Day" => (1, 1),
        "Halloween" => (10, 31),
        "Valentine's Day" => (2, 14),
        _ => (7, 4),
    }
}

fn season_start(name: &str) -> Option<u32> {
    match name {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

fn year_only(year: i32, inferred: bool) -> Resolved {
    Resolved {
        written: format!("{year:04}-00"),
        sort_key: format!("{year:04}-00-00"),
        end_key: None,
        label: mark(year.to_string(), inferred),
        precision: DatePrecision::Year,
        note: None,
        mismatch: None,
    }
}

fn mark(label: String, inferred: bool) -> String {
    if inferred {
        label + INFERRED_MARK
    } else {
        label
    }
}

/// "This comes just one week after Ann Lind drew a suspension": the count a past clause came
/// before the narrative's last day ([`Raw::counted_back`]); a count of weeks or months gives
/// its month only, as "last week" does.
fn counted_back_from_the_last_day(n: i64, months: bool, ctx: &Context) -> Option<Resolved> {
    let (base, os) = ctx.last_day?;
    if months {
        let at = i64::from(base.year) * 12 + i64::from(base.month) - 1 - n;
        return Some(month_date(at.div_euclid(12) as i32, at.rem_euclid(12) as u32 + 1, None, String::new(), true));
    }
    let date = add_days(base, -n, os);
    if n >= 7 {
        return Some(month_date(date.year, date.month, None, String::new(), true));
    }
    Some(day_date(date, None, os, None, Vec::new(), true))
}

/// "This comes just one week after …", "It came two days after …": a sentence opened by
/// "this", "that" or "it" (what was just told) and a verb of coming or being, before the
/// count (`lead`, the words before it).
fn this_comes_after(lead: &str) -> bool {
    let words: Vec<String> = lead.split_whitespace().map(|w| w.to_lowercase()).collect();
    matches!(words.as_slice(), [subject, verb, adverbs @ ..]
        if ["this", "that", "it"].contains(&subject.as_str())
            && ["comes", "came", "is", "was"].contains(&verb.as_str())
            && adverbs.iter().all(|w| ["just", "only", "barely", "exactly"].contains(&w.as_str())))
}

/// Resolves one mention; `old_style`: a day date before Russia's reform is Julian.
fn resolve(raw: &Raw, sentence: &str, old_style: bool, ctx: &mut Context) -> Option<Resolved> {
    if let Some(days) = raw.relative {
        // (Not from the last day named before a day that could not be told.)
        if ctx.day_lost.is_some() && ctx.day_lost == ctx.last_day {
            return None;
        }
        let (base, os) = ctx.last_day?;
        let date = add_days(base, days, os);
        ctx.last_day = Some((date, os));
        return Some(day_date(date, None, os, None, Vec::new(), true));
    }
    if let Some((n, months)) = raw.counted_back {
        return counted_back_from_the_last_day(n, months, ctx);
    }
    if let Some((n, months, event)) = &raw.counted_after {
        // Only from an event told before, to the day; else the count has no anchor, and the
        // narrative's day is lost ("returned a week later" counts from a day not known).
        // ("the day after the Dec. 30 shooting": from the day the event's own words give.)
        let Some(base) = ctx.day_of_event(event).or_else(|| day_in_phrase(event, ctx)) else {
            ctx.day_lost = ctx.last_day;
            return None;
        };
        if *months {
            let at = i64::from(base.year) * 12 + i64::from(base.month) - 1 + n;
            return Some(month_date(at.div_euclid(12) as i32, at.rem_euclid(12) as u32 + 1, None, String::new(), true));
        }
        let date = add_days(base, *n, false);
        ctx.last_day = Some((date, false));
        return Some(day_date(date, None, false, None, Vec::new(), true));
    }
    if let Some(days) = raw.week_after {
        let (base, os) = ctx.last_day?;
        let week = add_days(base, days, os);
        return Some(month_date(week.year, week.month, None, String::new(), true));
    }
    if let Some(n) = raw.years_later {
        // Counted from the last year the text named; the count makes it an inference.
        // (With no year written yet, from the year of a day or month just told, in this
        // paragraph or the one before: "… came into effect on 23 March. Four years earlier
        // Brexit came", written in 2020.)
        let told_just_before = ctx.dated.filter(|(_, p)| ctx.paragraph - p <= 1).map(|(y, _)| y);
        let year = ctx.explicit_year.or(told_just_before)? + n;
        ctx.explicit_year = Some(year);
        return Some(year_only(year, true));
    }
    if let Some((name, last)) = &raw.weekday {
        let anchor = ctx.anchor?;
        let date = if raw.future {
            add_days(anchor.weekday(name, false)?, 7, false)
        } else if raw.week_before {
            let offset = WEEKDAYS.iter().position(|w| w == name)? as i64;
            add_days(anchor.weekday("Monday", false)?, offset - 7, false)
        } else {
            anchor.weekday(name, *last)?
        };
        ctx.last_day = Some((date, false));
        ctx.dated = Some((date.year, ctx.paragraph));
        ctx.last_month = Some((date.year, date.month, ctx.paragraph));
        return Some(day_date(date, None, false, None, Vec::new(), false));
    }
    if let Some(offset) = raw.easter {
        // Western Easter only: the Orthodox date of an Old Style narrative is not computed.
        if old_style {
            return None;
        }
        let year = infer_year(4, None, raw.future, false, ctx)?;
        let date = add_days(calendar::western_easter(year), offset, false);
        ctx.last_day = Some((date, false));
        ctx.last_month = Some((date.year, date.month, ctx.paragraph));
        return Some(day_date(date, None, false, None, Vec::new(), true));
    }
    if let Some((stated, back)) = raw.thanksgiving {
        let year = match (stated, back) {
            (Some(year), _) => year,
            (None, Some(back)) => ctx.anchor?.year - back,
            (None, None) => infer_year(11, Some(22), raw.future, false, ctx)?,
        };
        let date = calendar::us_thanksgiving(year);
        ctx.last_day = Some((date, false));
        ctx.last_month = Some((date.year, date.month, ctx.paragraph));
        return Some(day_date(date, None, false, None, Vec::new(), stated.is_none()));
    }
    if let Some(unit) = &raw.article_relative {
        let a = ctx.anchor?;
        if unit == "year" {
            return Some(year_only(a.year - 1, false));
        }
        // Only days into a year, "earlier this year" cannot be placed in it (the page's date
        // is more likely a reprint's).
        if unit == "this year" || unit == "early this year" {
            return (a.month? > 1).then(|| year_only(a.year, false));
        }
        // "last fall", said in January 2015: the autumn of 2014; said in December, the one
        // just ended.
        // ("In the fourth quarter", said in January 2015: 2014's.)
        if let Some(n) = unit.strip_prefix("quarter ").and_then(|n| n.parse::<u32>().ok()) {
            let year = if a.month? > 3 * (n - 1) { a.year } else { a.year - 1 };
            return Some(year_only(year, true));
        }
        if let Some(start) = unit.strip_prefix("this ").and_then(season_start) {
            return (a.month? > start + 2).then(|| year_only(a.year, true));
        }
        if let Some(start) = season_start(unit) {
            let year = if a.month.is_some_and(|m| start + 2 < m) { a.year } else { a.year - 1 };
            return Some(year_only(year, true));
        }
        let (year, month) = if unit == "this month" || unit == "this week" {
            (a.year, a.month?)
        } else if unit == "weekend" {
            // Its Saturday, on or before the day of writing: the month it fell in.
            let d = a.weekday("Saturday", false)?;
            (d.year, d.month)
        } else if unit == "week" {
            let d = add_days(a.full()?, -7, false);
            (d.year, d.month)
        } else {
            a.last_month()?
        };
        ctx.dated = Some((year, ctx.paragraph));
        ctx.last_month = Some((year, month, ctx.paragraph));
        return Some(month_date(year, month, None, String::new(), false));
    }
    if let Some((n, unit)) = &raw.ago {
        let a = ctx.anchor?;
        let resolved = match unit.as_str() {
            "year" => return Some(year_only(a.year - *n as i32, false)),
            "day" => {
                let d = add_days(a.full()?, -n, false);
                ctx.last_day = Some((d, false));
                day_date(d, None, false, None, Vec::new(), false)
            }
            "week" => {
                let d = add_days(a.full()?, -7 * n, false);
                month_date(d.year, d.month, None, String::new(), false)
            }
            _ => {
                let months = i64::from(a.year) * 12 + i64::from(a.month?) - 1 - n;
                month_date(months.div_euclid(12) as i32, months.rem_euclid(12) as u32 + 1, None, String::new(), false)
            }
        };
        let year: i32 = resolved.sort_key[..4].parse().ok()?;
        let month: u32 = resolved.sort_key[5..7].parse().ok()?;
        ctx.dated = Some((year, ctx.paragraph));
        ctx.last_month = Some((year, month, ctx.paragraph));
        return Some(resolved);
    }
    if let Some(n) = raw.months_later {
        // Only when the month was named in this paragraph or the one before.
        let (year, month, _) = ctx.last_month.filter(|m| ctx.paragraph - m.2 <= 1)?;
        let months = i64::from(year) * 12 + i64::from(month) - 1 + n;
        let (year, month) = (months.div_euclid(12) as i32, months.rem_euclid(12) as u32 + 1);
        if n > 0 {
            ctx.last_month = Some((year, month, ctx.paragraph));
        }
        return Some(month_date(year, month, None, String::new(), true));
    }
    let year_of_writing = raw.year == ctx.anchor.map(|a| a.year);
    let bare_mention = if year_of_writing { !done_in_the_year(sentence, raw) } else { raw.year == ctx.subject };
    if raw.month.is_none() && raw.year.is_some() && bare_mention {
        // A bare mention of the year the article is about, or of the year it was written
        // in, dates nothing within it (what was done in the year of writing, named most, is
        // still dated: "a drug that completed its trial in early 2025", in a guide of 2025
        // naming 2025 most).
        return None;
    }
    let Some(month) = raw.month else {
        return Some(year_only(raw.year?, false));
    };
    let back = match raw.years_back {
        Some(n) => Some(ctx.anchor?.year - n),
        None => None,
    };
    let deictic = if raw.deictic { ctx.anchor.and_then(|a| year_of_last_month_named(a, month)) } else { None };
    let that_year = if raw.that_year { ctx.explicit_year } else { None };
    let (year, inferred) = match raw.year.or(raw.until.and_then(|u| u.2)).or(back).or(that_year) {
        Some(y) => (y, false),
        None => {
            // (Not a bound: "canceled its flights through 5 August" may reach past the writing.)
            let dates_act = !raw.future && !["through", "until", "till", "to", "by"].contains(&prev_word(sentence, raw.start).as_str());
            (deictic.map_or_else(|| infer_year(month, raw.day, raw.future, dates_act, ctx), Some)?, true)
        }
    };
    ctx.dated = Some((year, ctx.paragraph));
    ctx.last_month = Some((year, month, ctx.paragraph));
    let Some(day) = raw.day else {
        ctx.last_day = None;
        let q = raw.qualifier.as_deref().map(|q| {
            let q = q
                .trim_start_matches("the ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if q == "mid" {
                "mid-".to_string()
            } else {
                format!("{q} ")
            }
        });
        let until = raw
            .until
            .filter(|u| u.1 > 0)
            .map(|(_, m, y)| (y.unwrap_or(year), m));
        return Some(month_date(year, month, until, q.unwrap_or_default(), inferred));
    };
    let mut first = Ymd { year, month, day };
    // "Friday, December 6th" in a piece of November 2019: the year in which that day is a
    // Friday, next to the one inferred.
    if let Some(named) = raw.day_of_week.filter(|_| inferred && !old_style) {
        if let Some(y) = [year, year + 1, year - 1].into_iter().find(|&y| {
            let d = Ymd { year: y, month, day };
            calendar::is_valid(d, false) && calendar::weekday(d) == named
        }) {
            first.year = y;
            ctx.dated = Some((y, ctx.paragraph));
            ctx.last_month = Some((y, month, ctx.paragraph));
        }
    }
    if !calendar::is_valid(first, old_style) {
        return None;
    }
    let os = raw.stated_ns.is_some() || (old_style && calendar::before_russian_reform(first));
    ctx.last_day = Some((first, os));
    let until = raw.until.and_then(|(d, m, y)| {
        let end = Ymd {
            year: y.unwrap_or(year),
            month: m,
            day: d?,
        };
        (calendar::is_valid(end, os) && end > first).then_some(end)
    });
    let stated = raw
        .stated_ns
        .map(|(d, m, y)| Ymd {
            year: y.unwrap_or(year),
            month: m,
            day: d,
        })
        .filter(|s| calendar::is_valid(*s, false));
    Some(day_date(first, until, os, stated, Vec::new(), inferred))
}

/// The day an event's noun phrase dates itself by ("the Dec. 30 shooting", "the 4 May
/// vote"), its year from the narrative or the writing when not given.
fn day_in_phrase(phrase: &str, ctx: &Context) -> Option<Ymd> {
    let raw = find_mentions(phrase).into_iter().find(|r| r.day.is_some() && r.month.is_some() && r.weekday.is_none())?;
    let (month, day) = (raw.month?, raw.day?);
    let year = match raw.year {
        Some(y) => y,
        None => infer_year(month, Some(day), false, true, ctx)?,
    };
    let date = Ymd { year, month, day };
    calendar::is_valid(date, false).then_some(date)
}

/// A month date, or a range of months ("February 2016 – May 2017"), with its qualifier
/// ("early ").
fn month_date(
    year: i32,
    month: u32,
    until: Option<(i32, u32)>,
    qualifier: String,
    inferred: bool,
) -> Resolved {
    let (label, end_key) = match until {
        Some((end_year, end_month)) if end_year == year && end_month > month => (
            format!("{qualifier}{}–{} {year}", month_name(month), month_name(end_month)),
            Some(format!("{year:04}-{end_month:02}-00")),
        ),
        Some((end_year, end_month)) if end_year > year => (
            format!(
                "{qualifier}{} {year} – {} {end_year}",
                month_name(month),
                month_name(end_month)
            ),
            Some(format!("{end_year:04}-{end_month:02}-00")),
        ),
        _ => (format!("{qualifier}{} {year}", month_name(month)), None),
    };
    Resolved {
        written: format!("{year:04}-{month:02}"),
        sort_key: format!("{year:04}-{month:02}-00"),
        end_key,
        label: mark(label, inferred),
        precision: DatePrecision::Month,
        note: None,
        mismatch: None,
    }
}

/// The note an Old Style date carries until the appendix states the convention once, in its
/// headnote (see `super::headnote`).
pub const OLD_STYLE_NOTE: &str = "Old Style date, New Style in brackets";

/// Notes are joined with this separator.
pub const NOTE_SEPARATOR: &str = "; ";

fn join_notes(notes: Vec<String>) -> Option<String> {
    if notes.is_empty() {
        None
    } else {
        Some(notes.join(NOTE_SEPARATOR))
    }
}

fn day_date(
    first: Ymd,
    until: Option<Ymd>,
    os: bool,
    stated: Option<Ymd>,
    mut notes: Vec<String>,
    inferred: bool,
) -> Resolved {
    let mut mismatch = None;
    let g_first = if os {
        let computed = julian_to_gregorian(first);
        match stated {
            Some(s) if s != computed => {
                mismatch = Some(format!(
                    "the text gives {} as {}, but Old Style {} is {} New Style",
                    dm(first),
                    dm(s),
                    dm(first),
                    dm(computed)
                ));
                s
            }
            Some(s) => s,
            None => computed,
        }
    } else {
        first
    };
    let g_until = until.map(|u| if os { julian_to_gregorian(u) } else { u });
    let label = if os {
        let (written, converted) = (span(first, until), span(g_first, g_until));
        let last_w = until.unwrap_or(first).year;
        let last_g = g_until.unwrap_or(g_first).year;
        if first.year == last_w && g_first.year == last_g && first.year == g_first.year {
            format!("{written} ({converted}) {}", first.year)
        } else {
            format!("{written} {last_w} ({converted} {last_g})")
        }
    } else {
        format!("{} {}", span(first, until), until.unwrap_or(first).year)
    };
    if os && stated.is_none() {
        notes.push(OLD_STYLE_NOTE.to_string());
    }
    Resolved {
        written: format!("{:04}-{:02}", first.year, first.month),
        sort_key: key(g_first),
        end_key: g_until.map(key),
        label: mark(label, inferred),
        precision: DatePrecision::Day,
        note: join_notes(notes),
        mismatch,
    }
}

fn dm(d: Ymd) -> String {
    format!("{} {}", d.day, month_name(d.month))
}

/// "13–18 June", "31 May – 5 June", "25 October".
fn span(a: Ymd, b: Option<Ymd>) -> String {
    match b {
        None => dm(a),
        Some(b) if a.month == b.month && a.year == b.year => {
            format!("{}–{} {}", a.day, b.day, month_name(a.month))
        }
        Some(b) if a.year == b.year => format!("{} – {}", dm(a), dm(b)),
        Some(b) => format!("{} {} – {}", dm(a), a.year, dm(b)),
    }
}

/// The short clause that carries the event: the sentence part around the date, the date
/// itself and its preposition taken out, its first letter a capital.
#[cfg(test)]
fn clause(sentence: &str, raw: &Raw, several: bool) -> String {
    capitalise(&clause_text(sentence, raw, several))
}

/// [`clause`] in the sentence's own case (so that a clause opening on a verb shows it).
fn clause_text(sentence: &str, raw: &Raw, several: bool) -> String {
    let text = clause_part(sentence, raw, several, true);
    // ("In 1999 it was a boom; in 2001, it was a bust": a short part with a verb of its own,
    // between semicolons, is the clause its date dates.)
    if content_words(&text) >= 2 || several && sentence.contains(';') && has_verb(&text) {
        return text;
    }
    // A date set off by dashes ("On one of those nights — April 26, 2016 — they got…") or a
    // part too short to tell the event ("But by December, they worsened"): the sentence
    // around it, the dashes closed up and the date's preposition gone with it ("…, and it
    // was granted in 2011" leaves no "granted in").
    let dashes = |c: char| c.is_whitespace() || "—–,".contains(c);
    let before = sentence[..raw.start].trim_end_matches(dashes);
    // ("As of" and "by" stay: the rules on status and deadlines read them.)
    let before = ["in", "on", "during"]
        .iter()
        .find_map(|p| before.strip_suffix(p).filter(|b| b.is_empty() || b.ends_with(' ')))
        .unwrap_or(before);
    let after = sentence[raw.end..].trim_start_matches(dashes);
    tidy(&format!("{before}, {after}"))
}

/// The dash-, colon- or semicolon-delimited part of the sentence that holds the date, the
/// date and its preposition taken out; with `take_back`, a part continuing an earlier clause
/// takes back its subject and verb.
fn clause_part(sentence: &str, raw: &Raw, several: bool, take_back: bool) -> String {
    let sentence = &without_asides(sentence, raw);
    // Cuts as (start, end) byte ranges: dashes, semicolons and colons; and, when the sentence
    // dates several things, the joints of coordinated clauses (", and", ", while"…), so each
    // date keeps its own clause.
    let mut cuts: Vec<(usize, usize)> = sentence
        .char_indices()
        .filter(|&(i, c)| matches!(c, '—' | ';') || c == ':' && !is_clock_colon(sentence, i) && !in_brackets(sentence, i))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    if several {
        for joint in [", and ", ", while ", ", whereas ", ", but ", ", with "] {
            cuts.extend(sentence.match_indices(joint).map(|(i, j)| (i, i + j.len())));
        }
        // "It started with washers in February 2018, followed by steel in March 2018": the
        // part after the comma keeps its "followed by", to be told as what followed.
        cuts.extend(sentence.match_indices(", followed by ").map(|(i, _)| (i, i + 2)));
        // "…gained a government in 1852 and the first Parliament met in 1854": an "and" right
        // after a date, before a clause with a verb of its own, joins two dated clauses.
        cuts.extend(
            sentence
                .match_indices(" and ")
                .filter(|(i, _)| {
                    let rest = &sentence[i + 5..];
                    DATE_END.is_match(&sentence[..*i]) && joins_a_clause(rest)
                        // "…to distinguish the islands and by 1907 this was the norm".
                        || DATE_START.find(rest).is_some_and(|m| has_verb(rest[m.end()..].split([',', ';', '—', ':']).next().unwrap_or("")))
                })
                .map(|(i, j)| (i, i + j.len())),
        );
        // ", which": the part keeps its pronoun, to take back the noun it belongs to.
        cuts.extend(sentence.match_indices(", which ").map(|(i, _)| (i, i + 2)));
        // "Although Hitler was born in Braunau in 1889, Austria argued …": an opening
        // subordinate clause ends at its comma, and its conjunction is no part of the event.
        cuts.extend(opening_subordinate(sentence, raw.start));
    }
    // "When Waite died in 1942, his obituary called him…": a date inside the opening
    // subordinate clause dates that clause's event, whatever else the sentence dates.
    // ("After the collapse of the regime in 2011, militants attacked…": a preposition, not
    // a clause; the main clause tells what followed.)
    let subordinate = opening_subordinate(sentence, raw.start)
        .filter(|&(comma, _)| comma >= raw.end && (several || fragment::tells_the_past(&sentence[..comma]) || has_verb(&sentence[..comma])));
    cuts.extend(subordinate.filter(|_| !several));
    cuts.sort();
    // Cuts that overlap (", and " and " and ") are one.
    cuts.dedup_by(|next, kept| {
        let overlaps = next.0 < kept.1;
        if overlaps {
            kept.1 = kept.1.max(next.1);
        }
        overlaps
    });
    let lo = cuts
        .iter()
        .rev()
        .find(|c| c.1 <= raw.start)
        .map_or(0, |c| c.1);
    let hi = cuts
        .iter()
        .find(|c| c.0 >= raw.end)
        .map_or(sentence.len(), |c| c.0);
    let mut before = sentence[lo..raw.start].to_string();
    if subordinate.is_some() && SUBORDINATORS.contains(&before.split_whitespace().next().unwrap_or("")) {
        before = before.trim_start().split_once(' ').map_or(String::new(), |(_, rest)| rest.to_string());
    }
    // "Two hostages — an American and an Australian — who had been held…": a relative
    // clause takes back the noun it belongs to.
    let first_word = before.split_whitespace().next().unwrap_or("").to_lowercase();
    if lo > 0 && ["who", "which", "whose", "whom"].contains(&first_word.as_str()) {
        // The part before: from the cut before this one (a comma joint keeps its comma, which
        // sets the relative clause off).
        let k = cuts.iter().rposition(|c| c.1 == lo).unwrap_or(0);
        let comma = sentence[cuts[k].0..cuts[k].1].starts_with(',');
        let (from, head) = if comma {
            (cuts[..k].last().map_or(0, |c| c.1), cuts[k].0)
        } else {
            (0, cuts.first().map_or(0, |c| c.0))
        };
        let joint = if comma { ", " } else { " " };
        before = format!("{}{joint}{before}", sentence[from..head].trim());
    } else if take_back
        && lo > 0
        && CONTINUING_PREPS.contains(&first_word.as_str())
        && before.split_whitespace().count() > 1
    {
        // "Membership grew massively—from 10,000 in February to 80,000 in April": a part
        // opening with a preposition continues a clause before it, whose subject and verb
        // it takes back (the nearest earlier part that does not open so). Not when the
        // preposition is the date's own ("—in February, the party…").
        before = format!("{} {before}", head_clause(sentence, &cuts, lo));
    }
    let mut after = sentence[raw.end..hi].to_string();
    // "both the February and October 1917 revolutions": a date that qualifies a noun stays,
    // or the noun phrase falls apart.
    // So does a possessive one ("last year’s list").
    // ("The 1923 and 1926 Imperial Conferences": the years listed before it belong too.)
    let listed_years = |w: &&str| ["and", "or"].contains(w) || w.trim_end_matches(',').len() == 4 && w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit());
    let attributive = ["the", "both", "a", "an"]
        .contains(&before.split_whitespace().rev().find(|w| !listed_years(w)).unwrap_or("").to_lowercase().as_str())
        || after.starts_with("’s ") || after.starts_with("'s ");
    // "began on October 27 this year": the year said again goes with the date.
    for again in [" this year", " of this year", " last year", " of last year", " of that year", " of the same year"] {
        if let Some(rest) = after.strip_prefix(again) {
            after = rest.to_string();
        }
    }
    // "It was July 1998 and Quist had not yet signed": the date is the opening clause's own,
    // which tells nothing else; the clause after its "and" is the event.
    if ["it was", "it is"].contains(&before.trim().to_lowercase().as_str()) {
        if let Some(rest) = after.trim_start().trim_start_matches(',').trim_start().strip_prefix("and ") {
            before.clear();
            after = rest.to_string();
        }
    }
    // "November marked the beginning of the season": a date that is the subject stays too.
    let subject = before.trim().is_empty() && past_verb(&next_word(sentence, raw.end));
    let kept = attributive || subject;
    if kept {
        after = format!("{}{after}", &sentence[raw.start..raw.end]);
    }
    // "on Saturday, February 27": the weekday named with the date goes with it.
    let weekday_end = before.trim_end().trim_end_matches(',');
    if let Some(day) = weekday_end.rsplit(' ').next().filter(|w| WEEKDAYS.contains(w)) {
        before.truncate(weekday_end.len() - day.len());
    }
    // "passed in late 2017": a year's qualifier is part of the date.
    if !kept {
        let rest = before.trim_end();
        let written = rest.rsplit(' ').next().unwrap_or("");
        // (And "returned in about 1868": a year told roughly.)
        let last = written.to_lowercase();
        if ["early", "late", "mid", "mid-"].contains(&last.as_str()) || APPROXIMATELY.contains(&last.as_str()) {
            before.truncate(rest.len() - written.len());
        }
    }
    // "as late as 1951": the bound goes with the date it qualifies.
    if let Some(at) = as_late_as(&before).filter(|_| !kept) {
        before.truncate(at);
    }
    // Drop the preposition that introduced the date.
    let trimmed = before.trim_end();
    if let Some(pos) = trimmed
        .rfind(|c: char| c.is_whitespace())
        // After the space, which may be a no-break space of two bytes.
        .map(|p| p + trimmed[p..].chars().next().map_or(1, char::len_utf8))
        .or(Some(0))
        .filter(|_| !kept)
    {
        // "(In 1972, the seagull…": an opening bracket stays with the clause.
        let lead = trimmed[pos..].len() - trimmed[pos..].trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let word = trimmed[pos + lead..].to_lowercase();
        // ("was pushed back to October 29 to increase stock": "to" too, but not a story's leap,
        // "Fast-forward to 2016", which is cut off without its date.)
        let leap = word == "to" && trimmed[..pos].trim_end().ends_with("forward");
        if ["in", "on", "by", "during", "from", "of", "at", "around", "into", "past", "since", "to"]
            .contains(&word.as_str())
            && !leap
            && !(word == "in" && is_a_verbs_particle_before(sentence, raw))
        {
            before.truncate(pos + lead);
        }
        // "In the summer of 1961": the season the date qualified goes with it; "At the end of
        // 2013", the part of the year.
        if let Some(m) = patterns().season_of.find(&before).or(patterns().part_of.find(&before)) {
            before.truncate(m.start());
        }
        // "this past May", "last Tuesday", "as of 2016", "back in 2016" (not "pushed back to
        // October 29", whose "back" is the verb's).
        loop {
            let rest = before.trim_end();
            // (Lengths are the word's as written: a lowercase letter may take other bytes.)
            let written = rest.rsplit(' ').next().unwrap_or("");
            let last = written.to_lowercase();
            // ("Just this week, we saw…", "Almost a decade later, though, …": an adverb that
            // opens the clause on the date qualifies only the date; so does one set off after
            // a comma, "…, right at the end of last year, which …".)
            let opening = rest[..rest.len() - written.len()].trim_end();
            let qualifier = ["just", "almost", "only", "nearly", "right"].contains(&last.as_str())
                && (opening.is_empty() || opening.ends_with(','));
            if !["this", "last", "as", "back", "even"].contains(&last.as_str()) && !qualifier || last == "back" && word == "to" {
                break;
            }
            before.truncate(rest.len() - written.len());
        }
    }
    // "In this photo taken on Nov. 29, 2016, the rocket is installed…": a news caption's
    // formula dates what the picture shows, which is the event.
    if let Some(m) = patterns().photo_dated.find(&before) {
        before.truncate(m.start());
    }
    // "Writing in mid-March, Kamenev expressed…", "At the laboratory, starting in 1965, she
    // headed…": the participle that only carried the date goes with it.
    let participle = {
        let b = before.trim_end();
        let word = b.rsplit(' ').next().unwrap_or("");
        let alone = word.len() == b.len();
        let set_off = !alone && b[..b.len() - word.len()].trim_end().ends_with(',') && word.starts_with(|c: char| c.is_lowercase());
        (word.len() > 4 && word.ends_with("ing") && (alone || set_off))
            .then(|| b.len() - word.len())
    };
    let bare = |b: &str| b.chars().all(|c| !c.is_alphanumeric());
    // "In a joint statement published Oct. 25, the ministries accused…": in an opening phrase
    // that a preposition leads, a past participle after its noun only carried the date ("The
    // quarry first opened in 1887, when…" and "was published Oct. 25" are the clause's verb).
    let led_by_preposition = before.split_whitespace().next().is_some_and(|w| {
        ["in", "at", "on", "from", "under", "with", "after", "before", "during", "through", "according"].contains(&w.to_lowercase().as_str())
    });
    // (The main clause follows the comma: "After a wet winter the terrace collapsed in
    // February, burying two excavators" has no other.)
    if participle.is_none() && led_by_preposition && after.trim_start().starts_with(',') && has_verb(&after) {
        let b = before.trim_end();
        let mut words = b.rsplit(' ');
        let (word, noun) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let auxiliary = ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "get", "got"].contains(&noun.to_lowercase().as_str());
        if word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_lowercase()) && noun.chars().all(char::is_alphabetic) && !noun.is_empty() && !auxiliary {
            let at = b.len() - word.len();
            before.truncate(at);
            before = before.trim_end().to_string();
        }
    }
    // "Even in January, which was unseasonably mild, there were…": a relative clause about
    // the date goes with it.
    if let Some(rest) = after.trim_start().strip_prefix(", which ") {
        if let Some(end) = rest.find(',') {
            after = rest[end..].to_string();
        }
    }
    // "…the Fed has raised rates, starting in December 2015.": a participle at the end too.
    if bare(&after) && before.trim_end().ends_with(|c: char| c.is_alphabetic()) {
        if let Some(at) = participle.filter(|&at| !bare(&before[..at])) {
            before.truncate(at);
            before = before.trim_end().trim_end_matches(',').to_string();
        }
    }
    // "On the cold, clear night of March 3, 1921, …": an opening phrase of the time the date
    // named goes with it.
    let time_phrase = {
        let b = before.trim().to_lowercase();
        let last = b.rsplit(' ').next().unwrap_or("");
        ["on ", "in ", "during "].iter().any(|p| b.starts_with(p))
            && ["night", "evening", "morning", "afternoon", "day", "weekend"].contains(&last)
            && !has_verb(&b)
    };
    if time_phrase && participle.is_none() && after.trim_start().starts_with(',') {
        before.clear();
    }
    if after.trim_start().starts_with(',') && (bare(&before) || participle.is_some()) {
        match participle {
            Some(at) if !bare(&before[..at]) => before.truncate(at),
            _ => before.clear(),
        }
        after = after.trim_start().trim_start_matches(',').to_string();
        // ("…, though, the firm moved": the connective set off after the date goes too.)
        if bare(&before) {
            for connective in ["though,", "however,"] {
                if let Some(rest) = after.trim_start().strip_prefix(connective) {
                    after = rest.to_string();
                }
            }
        }
    }
    // (A partial date keeps the sentence: its year is read from the narrative around it. Not
    // "last March", whose year the writing's date gives, nor a weekday, counted from it, nor
    // "last year", counted back from it.)
    let subordinate_event = || {
        subordinate_clause_event(&before, &after)
            .or_else(|| gerund_event(&before, &after))
            .or_else(|| as_clause_event(&before, &after))
            .filter(|_| raw.year.is_some() || raw.deictic || raw.weekday.is_some() || raw.article_relative.is_some())
    };
    if let Some(event) = relative_clause_event(&before, &after).or_else(subordinate_event).or_else(|| participle_event(&before, &after)).or_else(|| zero_relative_event(&before, &after)) {
        return tidy(&event);
    }
    // "tells how, in 1999, Velmora bought…": a date set off by commas right after the word
    // that opens a clause takes both its commas (not after an aside: "For example, in 2016,
    // 62% of cars…" keeps the comma of its aside).
    let set_off = before.trim_end().strip_suffix(',').filter(|b| {
        let last = b.rsplit(' ').next().unwrap_or("");
        ["how", "that", "when", "where", "why", "whether", "because", "and", "but", "which", "who"].contains(&last)
    });
    if let Some(b) = set_off.map(str::to_string).filter(|_| after.trim_start().starts_with(',')) {
        before = b;
        after = after.trim_start().trim_start_matches(',').to_string();
    }
    // "found that in 2015, there were…", "first appeared in 2014, when…": the comma that
    // closed the date goes with it.
    let last_before = before.split_whitespace().last().unwrap_or("").to_lowercase();
    let next_after = after.trim_start().trim_start_matches(',').split_whitespace().next().unwrap_or("").to_lowercase();
    if after.trim_start().starts_with(',')
        && !before.trim().is_empty()
        && (last_before == "that" || ["when", "where", "while", "as", "after", "before", "until"].contains(&next_after.as_str()))
    {
        after = after.trim_start().trim_start_matches(',').to_string();
    }
    // "Her art was bold, and in 1907 Stieglitz gave her a show": a date opening the second
    // of two coordinated clauses dates that clause alone, when it has a subject of its own
    // (not a pronoun, whose noun the first clause holds) and a verb.
    // So does a date inside it ("There are now 900 cameras, said the superintendent, and the
    // district signed an agreement this week"), when the first is a clause too (not a list:
    // "Ann, Bo, and Cy signed") that tells no past event of its own, which the date may date
    // as well ("James became the first…, and Davis scored 34 points on Tuesday"); the second's
    // verb comes before any comma (not an apposition: "the Order, devoted to…, and one of the
    // first…, was founded").
    let joint = [", and ", ", but ", ", yet "]
        .iter()
        .filter_map(|j| format!("{before} ").rfind(j).map(|k| (k, j.len())))
        .max();
    if let Some((k, len)) = joint.filter(|_| !kept) {
        let second = before.get(k + len..).unwrap_or("").to_string();
        let clause = format!("{second} {after}");
        let own_subject = fragment::opens_subject(&clause)
            && !clause.split_whitespace().next().is_some_and(opens_on_pronoun);
        let first = &before[..k];
        let opens_second = second.trim().is_empty();
        let told_before = fragment::tells_the_past(&without_speech_verbs(first));
        let verb_first = has_verb(clause.split(',').next().unwrap_or(""));
        if own_subject && has_verb(&clause) && has_verb(first) && (opens_second || (!told_before && verb_first)) {
            before = second;
        }
    }
    // Long sentences: keep the date's own comma-delimited stretch.
    let words = |s: &str| s.split_whitespace().count();
    if words(&before) + words(&after) > 24 {
        // The comma that closes the date's stretch, not one right after the date.
        let lead = after.len() - after.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len();
        // Not before a relative clause: "the laboratory of X, who was then at Y, reported".
        let relative = |i: usize| {
            let next = after[i + 1..].split_whitespace().next().unwrap_or("").to_lowercase();
            ["who", "which", "whose", "whom", "where"].contains(&next.as_str())
        };
        // The first comma that leaves a clause able to stand ("In 1997, to celebrate the
        // anniversary, Lucasfilm spent…" is not cut before its subject), else the first, unless
        // only the whole stands ("Since 2011, with the launch of Silk Road, anybody has…").
        // (Not a comma inside a number: "into 13,000 shelters".)
        let in_number = |i: usize| after[..i].ends_with(|c: char| c.is_ascii_digit()) && after[i + 1..].starts_with(|c: char| c.is_ascii_digit());
        let commas: Vec<usize> = after[lead..]
            .match_indices(',')
            .map(|(i, _)| i + lead)
            .filter(|&i| !in_number(i) && !sets_off_a_name(&after, i))
            .collect();
        let stands = |i: usize| fragment::defect(&format!("{} {}", before.trim(), &after[..i]), false).is_none();
        let cut = commas
            .iter()
            .copied()
            .find(|&i| stands(i))
            .or(commas.first().copied().filter(|_| !stands(after.len())));
        if let Some(i) = cut.filter(|&i| !relative(i)) {
            if words(&before) + words(&after[..i]) >= 4 {
                after.truncate(i);
            }
        }
    }
    if words(&before) + words(&after) > 24 {
        if let Some(i) = last_comma_outside_brackets(&before) {
            // Not from the middle of a list ("sticky, repeating, or nonfunctional keys"), nor
            // to a relative clause or a verb without its subject.
            let tail = before[i + 1..].trim_start().to_lowercase();
            let dangling = ["and ", "or ", "nor ", "which ", "who ", "whose ", "where "]
                .iter()
                .any(|c| tail.starts_with(c));
            let subject = words(&before[i + 1..]) >= 2 && fragment::opens_subject(&before[i + 1..]);
            // (Nor to a part with no verb of its own: "left his home at Maria Lodge, Essequibo
            // Coast around 8 p.m. on Thursday last to go hunting" keeps its verb.)
            let verb = has_verb(&format!("{} {after}", &before[i + 1..]));
            if !dangling && subject && verb && words(&before[i + 1..]) + words(&after) >= 4 {
                before = before[i + 1..].to_string();
            }
        }
    }
    let text = tidy(&format!("{} {}", before.trim(), after.trim()));
    let text = without_aside_attribution(&text).to_string();
    // "In her memoir Quist tells the story of how Velmora hired her": a book's or a writer's
    // present telling frames the past act told after "how", which is the event.
    let text = match patterns().tells_how.find(&text) {
        Some(m) if has_verb(&text[m.end()..]) && fragment::opens_subject(&text[m.end()..]) => text[m.end()..].to_string(),
        _ => text,
    };
    // "followed by steel and aluminum": "Steel and aluminum followed" ("Tariffs on China
    // followed that covered plastics": before a relative clause).
    let text = match text.strip_prefix("followed by ") {
        Some(what) if several && lo > 0 => match [" that ", " which ", " who "].iter().filter_map(|r| what.find(r)).min() {
            Some(at) => format!("{} followed{}", &what[..at], &what[at..]),
            None => format!("{what} followed"),
        },
        _ => text,
    };
    // "Okafor was born in 1931 and died in 2004", "…a vote in 1893 and in 1894 pioneered
    // arbitration": a clause after "and" that opens on its verb shares the first's subject.
    // "…became a colony in 1841 and in 1907 it became a dominion": so does one that opens on
    // a pronoun, when that subject is a name.
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let subject = subject_of(head_clause(sentence, &cuts, lo)).filter(|_| take_back && sentence[..lo].ends_with(" and "));
    match subject {
        Some(subject) if is_verb(&first) => format!("{subject} {text}"),
        Some(subject) if ["it", "he", "she"].contains(&first.as_str()) && is_plain_name(subject) => {
            format!("{subject}{}", &text[first.len()..])
        }
        _ => text,
    }
}

/// `text` without its verbs of saying ("…, said the superintendent"), which tell no event.
fn without_speech_verbs(text: &str) -> String {
    text.split_whitespace().filter(|w| !SPEECH_VERBS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())).collect::<Vec<_>>().join(" ")
}

/// Whether `word` is a personal pronoun in the subject's case ("He", "it", "I").
fn opens_on_pronoun(word: &str) -> bool {
    ["it", "he", "she", "they", "we", "i", "you"].contains(&word.to_lowercase().as_str())
}

/// "In 1997, Elise wrote, she interviewed Mike": an attribution set off between the date and
/// its clause ("Elise wrote,") is no part of the event; the clause after it, when it opens on
/// a subject and has a verb.
fn without_aside_attribution(text: &str) -> &str {
    static ASIDE: OnceLock<Regex> = OnceLock::new();
    let aside = ASIDE.get_or_init(|| {
        Regex::new(r"^(?:(?:[A-Z][\w’'.-]*\s+){1,3}|(?:He|She|They)\s+)(?:said|says|wrote|writes|recalled|recalls|added|noted|explained|remembered|remembers),\s+")
            .expect("aside attribution pattern")
    });
    match aside.find(text) {
        // (Not before a quotation: "He wrote, “it is possible …”" keeps its speaker.)
        Some(m) if !text[m.end()..].starts_with(['“', '"', '‘']) && fragment::opens_subject(&text[m.end()..]) && has_verb(&text[m.end()..]) => &text[m.end()..],
        _ => text,
    }
}

/// A name and nothing else: every word capitalised, no possessive ("Trotsky’s views
/// converged…, and he joined them": the pronoun is not the views), no pronoun.
fn is_plain_name(text: &str) -> bool {
    let pronoun = ["I", "We", "You", "He", "She", "It", "They", "This", "That", "These", "Those"].contains(&text);
    !pronoun && !text.contains(['’', '\'']) && text.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
}

/// A date closing a clause that "since", "when", "after", "before" or "until" opens after
/// the main verb dates that clause: "…has filled the stat sheet since he joined the league
/// [in 2003]" gives "He joined the league" (the pronoun is read later, as any). The clause
/// needs its own subject and a past verb, and must run to the date's end of the part.
fn subordinate_clause_event(before: &str, after: &str) -> Option<String> {
    const OPENERS: &[&str] = &["since", "when", "after", "before", "until"];
    let words: Vec<&str> = before.split_whitespace().collect();
    let at = words.iter().rposition(|w| OPENERS.contains(&w.to_lowercase().as_str()))?;
    let clause = &words[at + 1..];
    let subject = clause.first().is_some_and(|w| w.starts_with(char::is_uppercase) || ["he", "she", "they", "it", "we", "the", "a", "an", "his", "her", "their", "its"].contains(&w.to_lowercase().as_str()));
    let verb = clause.iter().skip(1).any(|w| fragment::tells_the_past(w));
    // Only a clause inside the sentence: an opening "Since …, " is the subordinate rule's
    // (a comma after the opening words; not a main clause's own commas before the opener:
    // "Kaplan was working in New York, managing mines, when he went to Germany in 1968").
    // Past such commas the clause must stand alone: no object pronoun whose noun the main
    // clause holds ("a work that set records when Artcurial sold it").
    let opening = words.first().is_some_and(|w| OPENERS.contains(&w.to_lowercase().as_str()));
    let commas_before = words[..at].iter().any(|w| w.ends_with(','));
    let object_pronoun = clause.iter().skip(1).any(|w| ["it", "them", "him", "her"].contains(&w.trim_end_matches(',').to_lowercase().as_str()));
    let inside = at > 0 && !(commas_before && (opening || object_pronoun));
    let closed = after.trim().is_empty() || after.trim_start().starts_with([',', ';', '.']);
    (subject && verb && inside && closed && clause.len() <= 12).then(|| {
        // "Although James has filled the stat sheet since he joined the league": the pronoun
        // takes back the name the main clause opens on ("James joined the league").
        let pronoun = clause.first().is_some_and(|w| ["he", "she"].contains(&w.to_lowercase().as_str()));
        match named_subject(&words[..at]) {
            Some(name) if pronoun => format!("{name} {}", clause[1..].join(" ")),
            _ => match object_before(&words[..at]).filter(|_| clause[0] == "it") {
                Some(object) => capitalise(&format!("{object} {}", clause[1..].join(" "))),
                None => capitalise(&clause.join(" ")),
            },
        }
    })
}

/// "adopted the scheme when it was launched": the singular noun phrase right before the
/// subordinator (a determiner and up to three words, no comma), which its "it" takes back.
fn object_before(words: &[&str]) -> Option<String> {
    let d = words.iter().rposition(|w| ["the", "a", "an", "this", "that", "its", "their", "his", "her"].contains(w))?;
    let phrase = &words[d..];
    let head = phrase.last()?;
    let singular = !head.ends_with('s') || head.ends_with("ss");
    let plain = phrase.iter().skip(1).all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-') && !fragment::tells_the_past(w));
    ((2..=4).contains(&phrase.len()) && singular && plain).then(|| phrase.join(" "))
}

/// "While investigators were busy at the scene, they were also tracing …": a "they" opening
/// the main clause after an opening subordinate clause takes back that clause's subject, a
/// plural noun phrase right after the subordinator.
fn subject_of_opening_subordinate(before: &str, pronoun: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    if pronoun != "They" || !words.first().is_some_and(|w| SUBORDINATORS.contains(w)) {
        return None;
    }
    let verb = words.iter().skip(1).position(|w| ["has", "have", "had", "was", "were", "is", "are"].contains(w) || fragment::tells_the_past(w))? + 1;
    let phrase = &words[1..verb];
    let plural = phrase.last().is_some_and(|h| h.ends_with('s') && !h.ends_with("ss"));
    let plain = phrase.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-') && !opens_on_pronoun(w));
    ((1..=4).contains(&phrase.len()) && plural && plain).then(|| phrase.join(" "))
}

/// "[In 2024,] when we started keeping a log, it still felt like a chore": an entry opening on
/// a "when" clause with its own subject and a past verb is that clause's act ("We started
/// keeping a log"), which the date dates; what the main clause says of it goes.
fn when_clause_act(text: &str) -> Option<String> {
    let (clause, main) = text.strip_prefix("When ").or_else(|| text.strip_prefix("when "))?.split_once(", ")?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let subject = words.first().is_some_and(|w| w.starts_with(char::is_uppercase) || opens_on_pronoun(w) || DETERMINERS.contains(w));
    let verb = words.iter().skip(1).take(3).any(|w| fragment::tells_the_past(w));
    (subject && verb && !main.trim().is_empty()).then(|| capitalise(clause))
}

/// "This led to protests, as Eich previously donated US$1,000 [in 2008] in support of
/// Proposition 8, a ballot measure": a clause that ", as" opens after the main one, its
/// subject a name or a pronoun and its verb in the past, tells the act the date dates, to its
/// next comma: "Eich previously donated US$1,000 in support of Proposition 8".
fn as_clause_event(before: &str, after: &str) -> Option<String> {
    let start = before.rfind(", as ")? + ", as ".len();
    let clause = &before[start..];
    let first = clause.split_whitespace().next()?;
    let subject = first.starts_with(char::is_uppercase) && first != "The" || ["he", "she", "they", "it", "we"].contains(&first);
    let verb = clause.split_whitespace().skip(1).take(3).any(fragment::tells_the_past);
    // (A comma inside a number, "US$1,000", parts nothing.)
    let rest = after.split(", ").next().unwrap_or("").split(';').next().unwrap_or("").trim_end().trim_end_matches('.');
    (subject && verb && !clause.contains(", ") && !clause.contains(';')).then(|| capitalise(&format!("{}{rest}", clause.trim_end()).replace("  ", " ")))
}

/// "The trust in July was to discuss the letter it sent to the council [in June]": a relative
/// clause without its "that" (a noun, then a pronoun and a past verb) tells the act the date
/// dates, the noun its object: "The trust sent the letter to the council" (the pronoun "it"
/// or "they" is the sentence's opening subject, when it opens on a determiner; "he" or "she"
/// is read back as a name afterwards).
fn zero_relative_event(before: &str, after: &str) -> Option<String> {
    const PRONOUNS: &[&str] = &["it", "he", "she", "they", "we"];
    let words: Vec<&str> = before.split_whitespace().collect();
    let k = words.iter().rposition(|w| PRONOUNS.contains(w))?;
    // A verb of its own, not an auxiliary ("the time he was weaned off").
    let auxiliary = |w: &&&str| ["was", "were", "had", "did", "got"].contains(*w);
    let verb = words.get(k + 1).filter(|w| fragment::tells_the_past(w) && !w.ends_with(',') && !auxiliary(w))?;
    let noun = *words.get(k.checked_sub(1)?)?;
    let determiner = (k.saturating_sub(3)..k - 1).rev().find(|&d| DETERMINERS.contains(&words[d].to_lowercase().as_str()))?;
    let head = &words[determiner..k];
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
            && !fragment::tells_the_past(w)
            && !["that", "when", "while", "where", "what", "who", "which"].contains(w)
    };
    // The noun is the verb's object, so none follows the verb ("told the doctors he ate the
    // meat" is a report, "his claim that he visited Epstein" a clause of its own); and a
    // time ("the time he visited") makes a clause of time.
    let object_follows = words.get(k + 2).is_some_and(|w| {
        DETERMINERS.contains(&w.to_lowercase().as_str()) || ["him", "her", "them", "it", "me", "us"].contains(w) || w.starts_with(char::is_uppercase)
    });
    let time = ["time", "day", "moment", "year", "week", "month", "night", "morning", "way"].contains(&noun);
    if !noun.starts_with(char::is_lowercase) || !head[1..].iter().all(plain) || object_follows || time || words[k..].iter().any(|w| w.ends_with([',', ';', ':'])) {
        return None;
    }
    let rest = after.split(", ").next().unwrap_or("").split(';').next().unwrap_or("").trim_end().trim_end_matches('.');
    if !(after.trim().is_empty() || after.trim_start().starts_with([',', ';', '.']) || !rest.trim().is_empty()) {
        return None;
    }
    // The sentence's subject: a determiner and up to three words before its first verb or
    // preposition ("The trust in July was…" gives "The trust").
    let opening = DETERMINERS.contains(&words[0].to_lowercase().as_str()).then(|| {
        let end = words.iter().skip(1).position(|w| !w.starts_with(char::is_alphabetic) || fragment::tells_the_past(w) || ["in", "on", "at", "was", "were", "is", "has", "had", "will"].contains(w)).map_or(0, |p| p + 1);
        (2..=4).contains(&end).then(|| words[..end].join(" "))
    }).flatten();
    let subject = match *words.get(k)? {
        "it" | "they" => opening?,
        pronoun => pronoun.to_string(),
    };
    let object = head.join(" ");
    let tail = words[k + 2..].join(" ");
    Some(capitalise(&format!("{subject} {verb} {object} {tail}{rest}").split_whitespace().collect::<Vec<_>>().join(" ")))
}

/// "…he has been most frustrated since coming to power [in 2009]", "I have led projects
/// before joining Axios [in April of 2019]": a gerund after "since", "after", "before" or
/// "upon", closing its clause, tells the act the date dates, done by the personal pronoun
/// nearest before it in its stretch of the sentence: "He came to power" (the pronoun read
/// back as its name afterwards), "I joined Axios". `before` is the sentence up to the date,
/// its preposition cut.
fn gerund_event(before: &str, after: &str) -> Option<String> {
    const OPENERS: &[&str] = &["since", "after", "before", "upon"];
    const PRONOUNS: &[&str] = &["he", "she", "they", "we", "I"];
    let words: Vec<&str> = before.split_whitespace().collect();
    let at = words.iter().rposition(|w| OPENERS.contains(&w.to_lowercase().as_str()))?;
    let past = past_of_gerund(words.get(at + 1)?)?;
    let object = &words[at + 2..];
    // (Another clause may follow: "since lifting the order early Wednesday after lawmakers
    // defied a cordon".)
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    let closed = after.trim().is_empty() || after.trim_start().starts_with([',', ';', '.']) || ["after", "before", "when", "as", "because", "while", "until"].contains(&next.as_str());
    // (Past the comma that sets the gerund off: "I have led projects, before joining".)
    let stretch = words[..at].iter().rev().enumerate().take_while(|(i, w)| *i == 0 || !w.ends_with([',', ';', ':']));
    // With no pronoun there, the name the sentence opens on, after an opening phrase ("Before
    // his address, Yoon, 63, a former prosecutor, had not appeared since lifting…").
    // (Opening the sentence, the gerund's doer is the main clause's subject after the comma:
    // "Before becoming a judge last year, Wilson frequently criticized …".)
    let main_subject = || {
        let main: Vec<&str> = after.trim_start().strip_prefix(',')?.split_whitespace().collect();
        let pronoun = main.first().filter(|w| PRONOUNS.contains(*w)).map(|w| w.to_string());
        pronoun.or_else(|| opening_name(&main))
    };
    let subject = stretch
        .map(|(_, w)| w.to_string())
        .find(|w| PRONOUNS.contains(&w.as_str()))
        .or_else(|| opening_name(&words[..at]))
        .or_else(|| if at == 0 { main_subject() } else { None })?;
    let simple = object.len() <= 8 && !object.iter().any(|w| w.ends_with([',', ';', ':']));
    (closed && simple).then(|| capitalise(format!("{subject} {past} {}", object.join(" ")).trim_end()))
}

/// The name a sentence opens on, past an opening phrase set off by a comma ("Before his
/// address, Yoon, 63, …" gives "Yoon"): one to three capitalised words, none a common opener.
fn opening_name(words: &[&str]) -> Option<String> {
    let lead = ["before", "after", "since", "when", "in", "on", "at", "during", "by", "for"];
    let from = match words.first() {
        Some(w) if lead.contains(&w.to_lowercase().as_str()) => words.iter().position(|w| w.ends_with(','))? + 1,
        _ => 0,
    };
    let name: Vec<&str> = words[from..].iter().take_while(|w| w.starts_with(char::is_uppercase)).take(4).copied().collect();
    let common = ["The", "This", "That", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And"];
    let ends = name.last().is_some_and(|w| w.ends_with(',')) || words.get(from + name.len()).is_some_and(|w| w.starts_with(char::is_lowercase));
    (!name.is_empty() && name.len() <= 3 && ends && !common.contains(&name[0])).then(|| name.join(" ").trim_end_matches(',').to_string())
}

/// The past tense of a gerund ("coming" gives "came", "joining" "joined", "stepping"
/// "stepped", "retiring" "retired", "studying" "studied"), if it is one.
fn past_of_gerund(word: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("being", "was"), ("having", "had"), ("coming", "came"), ("becoming", "became"), ("taking", "took"),
        ("winning", "won"), ("leaving", "left"), ("running", "ran"), ("giving", "gave"), ("getting", "got"),
        ("making", "made"), ("going", "went"), ("seeing", "saw"), ("beginning", "began"), ("holding", "held"),
        ("meeting", "met"), ("buying", "bought"), ("selling", "sold"), ("telling", "told"), ("finding", "found"),
        ("losing", "lost"), ("writing", "wrote"), ("rising", "rose"), ("falling", "fell"), ("breaking", "broke"),
        ("bringing", "brought"), ("building", "built"), ("sending", "sent"), ("spending", "spent"),
        ("standing", "stood"), ("choosing", "chose"), ("speaking", "spoke"), ("fighting", "fought"),
        ("teaching", "taught"), ("leading", "led"), ("keeping", "kept"), ("putting", "put"), ("setting", "set"),
        ("quitting", "quit"), ("hearing", "heard"), ("paying", "paid"), ("saying", "said"), ("drawing", "drew"),
        ("flying", "flew"), ("driving", "drove"), ("riding", "rode"), ("swimming", "swam"), ("throwing", "threw"),
    ];
    let word = word.to_lowercase();
    if let Some((_, past)) = IRREGULAR.iter().find(|(gerund, _)| *gerund == word) {
        return Some(past.to_string());
    }
    let stem = word.strip_suffix("ing").filter(|s| s.len() >= 3 && s.chars().all(|c| c.is_ascii_lowercase()))?;
    // ("studying": a "y" after a consonant; "retiring", "stepping": the stem as it stands.)
    Some(match stem.strip_suffix('y') {
        Some(root) if !root.ends_with(['a', 'e', 'o', 'u']) => format!("{root}ied"),
        _ => format!("{stem}ed"),
    })
}

/// The name a clause opens on, past an opening conjunction ("Although James has …" gives
/// "James"): its capitalised words, when a lowercase word follows them.
fn named_subject(words: &[&str]) -> Option<String> {
    let words = match words.split_first() {
        Some((first, rest)) if SUBORDINATORS.contains(first) => rest,
        _ => words,
    };
    let name: Vec<&str> = words.iter().take_while(|w| w.starts_with(char::is_uppercase)).copied().collect();
    let followed = words.get(name.len()).is_some_and(|w| w.starts_with(char::is_lowercase));
    let common = ["The", "This", "That", "A", "An", "It", "He", "She", "They", "We", "I"];
    // An imperative opening the sentence ("Say what you will about …", "Imagine the …",
    // "Take it from …"): a verb followed by its object, which a name as subject never is.
    const OBJECTS: &[&str] = &["what", "the", "a", "an", "it", "this", "that", "you", "me", "us", "them", "how", "why", "whether", "if", "your", "our"];
    let imperative = name.len() == 1 && words.get(1).is_some_and(|w| OBJECTS.contains(w));
    (!name.is_empty() && name.len() <= 3 && followed && !imperative && !common.contains(&name[0])).then(|| name.join(" "))
}

/// The last comma of `text` that stands in no bracket ("the Huskies (4-7, 3-4) dating to"
/// has none: a record's comma parts no clause).
fn last_comma_outside_brackets(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut last = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            // (Not a comma inside a number: "155,000".)
            ',' if depth == 0 && !between_digits(text, i) => last = Some(i),
            _ => {}
        }
    }
    last
}

/// Whether the byte `at` of `text` stands between two digits.
fn between_digits(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    at > 0 && b[at - 1].is_ascii_digit() && b.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// A date inside a relative clause dates that clause, not the sentence around it: "The
/// meeting would honor Lorenz, who died [in 2008], so…" gives "Lorenz died". `before` and
/// `after` are the clause's parts around the date, its preposition already taken out. The
/// relative clause is one set off by a comma (", who"/", which" with no comma before the
/// date), or a short one closed by a comma after the date ("a former prosecutor who took
/// office [in 2022], had not…"). Its subject is the proper name before it; with none, the
/// clause comes back opening on its pronoun, which `fragment::defect` sets aside.
/// A participle phrase ending on the date, after a noun phrase the main clause acts on or set
/// off by a comma, tells that phrase's event: "Apple cancelled its AirPower project first
/// announced in 2017" gives "Its AirPower project was first announced"; "referring to a
/// landmass of that name, discovered by Jacob Le Maire in 1616" gives "A landmass of that
/// name was discovered by Jacob Le Maire".
/// Simple pasts that are no past participle ("flew", not "flown").
const SIMPLE_PAST_ONLY: &[&str] = &[
    "flew", "went", "began", "came", "saw", "took", "gave", "wrote", "rose", "fell", "grew", "ran",
    "drove", "broke", "spoke", "chose", "stole", "sang", "drank", "knew", "threw", "blew", "drew",
    "shook", "forgot", "rode", "did", "ate", "swam",
];

fn participle_event(before: &str, after: &str) -> Option<String> {
    const ADVERBS: &[&str] = &["first", "originally", "initially", "later", "also", "since"];
    // ("the Union, founded in 1918 to promote trade": the purpose goes with the participle.)
    let purpose = after.trim_start().strip_prefix("to ").and_then(|r| r.split_whitespace().next())
        .is_some_and(|w| w.chars().all(char::is_lowercase) && !DETERMINERS.contains(&w));
    let closed = after.trim().is_empty() || after.trim_start().starts_with([',', ';', '.']) || purpose;
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut end = words.len();
    if end > 0 && ["in", "on", "at", "during"].contains(&words[end - 1].to_lowercase().as_str()) {
        end -= 1;
    }
    // "… by Jacob Le Maire": the agent, capitalised words after "by".
    let agent = words[..end].iter().rposition(|w| *w == "by").filter(|&b| {
        (2..=5).contains(&(end - b)) && words[b + 1..end].iter().all(|w| w.starts_with(char::is_uppercase))
    });
    let verb = agent.unwrap_or(end).checked_sub(1)?;
    let participle = words[verb];
    // ("a Boeing 747, first flew in 1990": a simple past, no participle, is the clause's verb.)
    let simple_past = SIMPLE_PAST_ONLY.contains(&participle.to_lowercase().as_str());
    if !closed || !participle.starts_with(char::is_lowercase) || !fragment::tells_the_past(participle) || simple_past {
        return None;
    }
    let mut phrase = verb;
    while phrase > 0 && ADVERBS.contains(&words[phrase - 1]) {
        phrase -= 1;
    }
    let head = &words[..phrase];
    let set_off = head.last().is_some_and(|w| w.ends_with(','));
    // The noun phrase: from its determiner, after the main clause's verb or the comma's
    // stretch before it; no verb of its own.
    let stretch_start = head[..head.len().saturating_sub(1)].iter().rposition(|w| w.ends_with(',')).map_or(0, |c| c + 1);
    // (Not a participle after a determiner, an adjective: "its failed project".)
    let determined = |i: usize| i > 0 && DETERMINERS.contains(&head[i - 1].to_lowercase().as_str());
    let acted_on = (0..head.len()).rev().find(|&i| fragment::tells_the_past(head[i]) && head[i].starts_with(char::is_lowercase) && !determined(i));
    let from = if set_off { stretch_start } else { acted_on? + 1 };
    // ("His hosts were the Union, founded in 1918": set off, the noun after the copula.)
    let copula = |w: &&str| ["is", "are", "was", "were"].contains(&w.to_lowercase().as_str());
    let from = if set_off { head[from..].iter().rposition(copula).map_or(from, |c| from + c + 1) } else { from };
    let noun = head[from..].iter().position(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))? + from;
    // The object right after its verb ("scrapped its project"), not a subject after a
    // subordinator ("since the trade war started") nor a noun after a preposition's.
    let object = noun == from && !set_off;
    let subordinator = |w: &str| SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w));
    let after_subordinator = noun > 0 && subordinator(head[noun - 1]);
    if !(object || set_off) || after_subordinator {
        return None;
    }
    // One stretch: no comma inside the noun phrase (the appositive's closes it).
    let inner = &head[noun..head.len() - usize::from(set_off)];
    if inner.iter().any(|w| w.ends_with(',') || subordinator(w)) {
        return None;
    }
    let noun_phrase: Vec<&str> = head[noun..].iter().map(|w| w.trim_end_matches(',')).collect();
    let plain = noun_phrase.iter().all(|w| !["is", "are", "was", "were", "has", "had", "that", "which", "who", "and"].contains(w));
    if noun_phrase.len() < 2 || noun_phrase.len() > 10 || !plain {
        return None;
    }
    let plural = noun_phrase.last().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
    let be = if plural { "were" } else { "was" };
    Some(capitalise(&format!("{} {be} {}", noun_phrase.join(" "), words[phrase..end].join(" "))))
}

/// "Jonathan Vale, 18, of Brenna, who …": the age and the home set off after a person's name
/// are no part of the name the "who" takes back; what is left ends on the name.
fn without_age_and_home(head: &str) -> &str {
    let mut name = head;
    while let Some((lead, last)) = name.rsplit_once(", ") {
        let last = last.trim();
        let age = !last.is_empty() && last.len() <= 3 && last.chars().all(|c| c.is_ascii_digit());
        let home = ["of ", "from "].iter().any(|p| {
            last.strip_prefix(p).is_some_and(|place| place.split_whitespace().all(|w| w.starts_with(char::is_uppercase)))
        });
        if !(age || home) {
            break;
        }
        name = lead;
    }
    name
}

fn relative_clause_event(before: &str, after: &str) -> Option<String> {
    let lower = before.to_lowercase();
    let (at, pronoun) = ["who", "which", "where", "whose"]
        .iter()
        .filter_map(|p| lower.rmatch_indices(&format!(" {p} ")).next().map(|(i, _)| (i + 1, *p)))
        .max_by_key(|(i, _)| *i)?;
    let inside = &before[at + pronoun.len()..];
    if inside.contains(',') {
        return None; // the relative clause closed before the date
    }
    let set_off = before[..at].trim_end().ends_with(',');
    let closed_after = after.trim_start().starts_with(',') || after.trim().is_empty();
    if !(set_off || closed_after && inside.split_whitespace().count() <= 4) {
        return restrictive_who_event(&before[..at], inside, after).filter(|_| pronoun == "who");
    }
    // "Kate Henshaw, who in 2008, won the award": a date set off right after the pronoun;
    // the clause goes on past its comma.
    let after = if inside.trim().is_empty() { after.trim_start().strip_prefix(',').unwrap_or(after) } else { after };
    let rest = after.split(',').next().unwrap_or("");
    let head = before[..at].trim_end().trim_end_matches(',');
    let head = if pronoun == "who" { without_age_and_home(head) } else { head };
    if pronoun == "where" {
        return set_off.then(|| place_clause_event(head, inside, rest)).flatten();
    }
    // "… include Ann Vale herself, whose last talk with him came by phone on Saturday": the
    // thing the clause tells of is the named person's ("Ann Vale’s last talk with him came
    // by phone").
    if pronoun == "whose" {
        return set_off.then(|| possessor_named(head)).flatten().map(|name| format!("{name}’s {} {}", inside.trim(), rest.trim()));
    }
    // "The Bills released Terrell Owens, which left Dallas free to sign a receiver": a
    // "which" that opens on a consequence takes back the whole clause before it, not the
    // name that ends it.
    let verb = inside.split_whitespace().next().or_else(|| rest.split_whitespace().next()).unwrap_or("").to_lowercase();
    if pronoun == "which" && set_off && CONSEQUENCE_VERBS.contains(&verb.as_str()) {
        return Some(format!("{head}, which {} {}", inside.trim(), rest.trim()));
    }
    let name = name_closing(head);
    let name_len = name.len();
    let mut subject = name.into_iter().rev().collect::<Vec<_>>().join(" ");
    // "the short story “12:01 PM” by Richard A. Lupoff, which was published": "which" is no
    // person, so not the author named after "by" but the work.
    let words: Vec<&str> = head.split_whitespace().collect();
    let authored = pronoun == "which" && words.len() > name_len && words[words.len() - name_len - 1] == "by";
    // A thing's noun phrase, back to its determiner ("a second allegation, which was
    // dropped"); a person's stands only as a name (not "a former prosecutor took office").
    if (subject.is_empty() || authored) && pronoun == "which" {
        let determiners = ["a", "an", "the", "this", "that", "its", "his", "her", "their"];
        let reach = if authored { 10 } else { 6 };
        // "The new release is version 2.8, which was unveiled": the noun after the clause's
        // verb, not a phrase holding it.
        let copula = words.iter().rposition(|w| ["is", "was", "are", "were", "be", "been", "became", "becomes"].contains(&w.to_lowercase().as_str()));
        let from = words.len().saturating_sub(reach).max(copula.map_or(0, |c| c + 1));
        if let Some(k) = (from..words.len()).rev().find(|&k| determiners.contains(&words[k].to_lowercase().as_str())) {
            subject = words[k..].join(" ");
        } else if let Some(c) = copula.filter(|&c| c + 1 < words.len()) {
            subject = words[c + 1..].join(" ");
        }
    }
    // "Yoon, 63, a former chief prosecutor who took office": the name the appositive
    // describes (an age between them aside).
    if subject.is_empty() && pronoun == "who" {
        let parts: Vec<&str> = head.split(',').map(str::trim).collect();
        if let [named @ .., appositive] = parts.as_slice() {
            let described = ["a ", "an ", "the "].iter().any(|d| appositive.to_lowercase().starts_with(d));
            let name = named.iter().rev().find(|p| !p.chars().all(|c| c.is_ascii_digit()));
            if let Some(name) = name.filter(|_| described).and_then(|p| person_named_last(p)) {
                subject = name;
            }
        }
    }
    // "the Golden Dawn by Yeats, which she joined": the clause has its own subject, and the
    // noun is its object (without the agent of the clause before).
    let own_subject = inside
        .split_whitespace()
        .next()
        .is_some_and(opens_on_pronoun);
    if own_subject && authored {
        let object = subject.split(" by ").next().unwrap_or("").trim();
        return Some(format!("{} {object} {}", inside.trim(), rest.trim()));
    }
    let subject = if subject.is_empty() { pronoun.to_string() } else { subject };
    Some(format!("{subject} {} {}", inside.trim(), rest.trim()))
}

/// The capitalised words that close `head`, a name's lower-case particle among them: one
/// joined by a hyphen ("Hazem el-Beblawi", "Bashar al-Assad") or one standing between two
/// capitalised words ("Ludwig van Beethoven").
fn name_closing(head: &str) -> Vec<&str> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let hyphened = |w: &str| {
        w.split_once('-').is_some_and(|(particle, rest)| {
            (1..=3).contains(&particle.len()) && particle.chars().all(|c| c.is_ascii_lowercase()) && capitalised(rest)
        })
    };
    let mut name = Vec::new();
    for (k, w) in words.iter().enumerate().rev() {
        let particle = !name.is_empty() && NAME_PARTICLES.contains(w) && k > 0 && capitalised(words[k - 1]);
        if !(capitalised(w) || hyphened(w) || particle) {
            break;
        }
        name.push(*w);
    }
    name
}

/// Lower-case words inside a person's name ("van", "de", "bin").
const NAME_PARTICLES: &[&str] = &["van", "von", "de", "da", "di", "del", "der", "den", "du", "la", "le", "bin", "ibn", "al", "el"];

/// The name that closes `head`, of one to four capitalised words, a reflexive after it aside
/// ("President Ann Vale herself").
fn possessor_named(head: &str) -> Option<String> {
    const REFLEXIVES: &[&str] = &["himself", "herself", "itself", "themselves"];
    let name: Vec<&str> = head
        .split_whitespace()
        .rev()
        .skip_while(|w| REFLEXIVES.contains(w))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    (1..=4).contains(&name.len()).then(|| name.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// Verbs of a consequence, which a sentential "which" opens on ("…, which left Dallas free").
const CONSEQUENCE_VERBS: &[&str] = &["left", "meant", "led", "allowed", "forced", "prompted", "sparked", "freed", "paved", "enabled", "caused", "triggered"];

/// The person a stretch of text names: the whole stretch, or the name a verb of saying
/// introduces ("says Pamela Lyon of the University of Adelaide" gives "Pamela Lyon", cut
/// before the affiliation); none when the name is over four words.
fn person_named_last(text: &str) -> Option<String> {
    const LINKS: &[&str] = &["of", "the"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let start = words.iter().rposition(|w| !capital(w) && !LINKS.contains(w)).map_or(0, |k| k + 1);
    if start > 0 && !SPEECH_VERBS.contains(&words[start - 1].to_lowercase().as_str()) {
        return None;
    }
    let name: Vec<&str> = words[start..]
        .iter()
        .copied()
        .skip_while(|w| LINKS.contains(w))
        .take_while(|w| capital(w))
        .collect();
    (1..=4).contains(&name.len()).then(|| name.join(" "))
}

/// "I thank those at the foundation who outlined protocols in March 2019 in case…", "She
/// praised the officials who drafted it in 2019": a restrictive clause whose verb is in the
/// past holds the dated event, told of the noun phrase it restricts (back to its
/// determiner): "Those at the foundation outlined protocols in case…".
fn restrictive_who_event(head: &str, inside: &str, after: &str) -> Option<String> {
    let verb = inside.split_whitespace().next().is_some_and(fragment::tells_the_past);
    let words: Vec<&str> = head.split_whitespace().collect();
    let determiners = ["the", "a", "an", "these", "his", "her", "their", "its", "two", "three", "several", "many"];
    let from = words.len().saturating_sub(6);
    let lower = |k: usize| words[k].to_lowercase();
    // "those at the foundation who": "those" is what the clause restricts; else the nearest
    // noun phrase ("the tale of a man who saw"), not a body's name ("the three leaders of the
    // Peoples Party who led": a party leads nothing as "who").
    let named_body = |k: usize| words[k + 1..].iter().all(|w| w.starts_with(char::is_uppercase));
    let k = (from..words.len())
        .rev()
        .find(|&k| lower(k) == "those")
        .or_else(|| (from..words.len()).rev().find(|&k| determiners.contains(&lower(k).as_str()) && !named_body(k)))?;
    // The phrase stands after a verb: a subject's clause is followed by its own main verb
    // ("Two hostages who had been held … were released").
    // (Nor a phrase holding a verb: "special programmes in the new term to help students who".)
    if k == 0 || words[k..].iter().any(|w| w.ends_with([',', ';', ':']) || *w == "to") || !verb {
        return None;
    }
    // "Morrison was the third witness who listened in": after a copula, the clause tells of
    // the name before it.
    let named = (k >= 2 && ["was", "is", "were", "are"].contains(&lower(k - 1).as_str()))
        .then(|| words[..k - 1].to_vec())
        .filter(|n| n.len() <= 4 && n.iter().all(|w| w.starts_with(char::is_uppercase)));
    let subject = named.map_or_else(|| words[k..].join(" "), |n| n.join(" "));
    let rest = after.split(',').next().unwrap_or("");
    (words.len() - k >= 2).then(|| capitalise(&format!("{subject} {} {}", inside.trim(), rest.trim())))
}

/// The day a sort key names ("2021-02-04"), if it names one.
fn ymd_of_key(key: &str) -> Option<Ymd> {
    let (year, month, day) = calendar::key_parts(key);
    (month > 0 && day > 0).then_some(Ymd { year, month, day })
}

/// The event of a place's relative clause set off by commas: "China, where the virus
/// emerged [last year], has …" gives "the virus emerged in China". The place is the proper
/// name before the comma; with none ("the town, where he was born"), nothing is told.
fn place_clause_event(head: &str, inside: &str, rest: &str) -> Option<String> {
    let mut name: Vec<&str> = head.split_whitespace().rev().take_while(|w| w.starts_with(char::is_uppercase)).collect();
    name.reverse();
    let common = ["The", "This", "That", "There", "Then", "It", "A", "An", "And", "But", "While"];
    let named = name.first().is_some_and(|w| !common.contains(w));
    let told = format!("{} {}", inside.trim(), rest.trim());
    let told = told.trim().trim_end_matches(['.', '!', '?']);
    (named && fragment::tells_the_past(told)).then(|| format!("{told} in {}", name.join(" ")))
}

/// Prepositions that open a part continuing the clause before it ("—from 10,000 in February").
const CONTINUING_PREPS: &[&str] = &[
    "from", "to", "in", "on", "at", "by", "with", "between", "during", "into", "through",
];

/// A date closing the text before an "and": a year, or a month with or without its day.
static DATE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:\b{Y}|\b{M}(?:\s+{D})?)$")).unwrap()
});

/// A date opening the text after an "and", with its preposition: "by 1907", "in May 1917".
static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    // (A month ends where no letter follows: "May", "Jan.", not "Mayor".)
    Regex::new(&format!(r"^(?:[Ii]n|[Bb]y|[Oo]n|[Ff]rom|[Dd]uring|[Uu]ntil|[Ss]ince)\s+(?:{Y}\b|(?:{D}\s+)?{M}(?:\s+{D}\b)?(?:,?\s+{Y}\b)?(?:[^\p{{L}}]|$))")).unwrap()
});

/// Whether the text after an "and" opens a clause of its own (up to its next comma or dash):
/// it has a verb, and it is not the next date of a list ("in 1991 and 1992").
fn joins_a_clause(rest: &str) -> bool {
    let part = rest.split([',', ';', '—', ':']).next().unwrap_or("");
    let listed = part.starts_with(|c: char| c.is_ascii_digit()) || DATE_END.is_match(part.split_whitespace().next().unwrap_or(""));
    !listed && has_verb(part)
}

/// Whether one word is a verb of a clause: a past tense or a present auxiliary.
fn is_verb(word: &str) -> bool {
    fragment::tells_the_past(word) || fragment::has_present_verb(word)
}

/// The subject of a clause: its words before its first verb, when there are a few (a date
/// opening the clause, "In 1893 New Zealand was…", is no part of it).
fn subject_of(clause: &str) -> Option<&str> {
    let clause = DATE_START.find(clause).map_or(clause, |m| clause[m.end()..].trim_start_matches([',', ' ']));
    let verb = clause.split_whitespace().position(|w| is_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))?;
    let subject = clause.split_whitespace().take(verb).collect::<Vec<_>>();
    let end = subject.last().map(|w| w.as_ptr() as usize + w.len() - clause.as_ptr() as usize)?;
    (subject.len() <= 6).then(|| &clause[..end])
}

/// The clause a part starting at byte `lo` continues: the nearest earlier part (between the
/// `cuts`) that does not itself open with a preposition, without its closing punctuation.
fn head_clause<'a>(sentence: &'a str, cuts: &[(usize, usize)], lo: usize) -> &'a str {
    let mut end = lo;
    for k in (0..cuts.len()).rev().filter(|k| cuts[*k].1 <= lo) {
        let start = if k == 0 { 0 } else { cuts[k - 1].1 };
        let part = sentence[start..cuts[k].0].trim();
        end = cuts[k].0;
        let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
        if !CONTINUING_PREPS.contains(&first.as_str()) {
            return part;
        }
    }
    sentence[..end].trim()
}

/// The sentence with its asides set off by a pair of dashes blanked out ("Bassi and his crew
/// — three family members and a father-and-son team — loaded up the Polaris"), unless the
/// date stands inside one; byte offsets are kept.
fn without_asides(sentence: &str, raw: &Raw) -> String {
    without_dash_asides(sentence, Some((raw.start, raw.end)))
}

/// Whether the comma at byte `i` of `text` opens or closes a stretch of one capitalised word
/// between two commas, which tells nothing by itself: the state after a town ("the
/// Arlington, Va., trade group", "a Dayton, Ohio, guild").
fn sets_off_a_name(text: &str, i: usize) -> bool {
    let one_name = |stretch: &str| {
        let mut words = stretch.split_whitespace();
        words.next().is_some_and(|w| w.starts_with(char::is_uppercase)) && words.next().is_none()
    };
    let opens = text[i + 1..].split_once(',').is_some_and(|(stretch, _)| one_name(stretch));
    let closes = text[..i].rsplit_once(',').is_some_and(|(_, stretch)| one_name(stretch));
    opens || closes
}

/// `sentence` with its short asides between dashes blanked out (byte offsets kept), but for
/// one that holds the bytes `keep`. An aside that closes a sentence's opening phrase leaves
/// the phrase's comma in its place ("After a long wait — not to mention a storm — the Quists
/// celebrated …": "After a long wait, the Quists celebrated …"), for its main clause to be
/// seen (with `keep` only: the clause of a date).
fn without_dash_asides(sentence: &str, keep: Option<(usize, usize)>) -> String {
    const OPENING: &[&str] = &[
        "after", "before", "following", "while", "when", "as", "since", "until", "because", "although",
        "though", "if", "once", "despite", "amid", "during", "upon", "with", "without",
    ];
    let opens_phrase = |open: usize| {
        let head = sentence[..open].trim();
        let first = head.split_whitespace().next().unwrap_or("").to_lowercase();
        keep.is_some() && OPENING.contains(&first.as_str()) && !head.contains(',')
    };
    let dashes: Vec<(usize, usize)> = sentence
        .char_indices()
        .filter(|&(i, c)| c == '—' || (c == '–' || c == '-') && sentence[..i].ends_with(' ') && sentence[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let mut out = sentence.to_string();
    for pair in dashes.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        let holds_date = keep.is_some_and(|(start, end)| open.0 < start && end <= close.1);
        let short = sentence[open.1..close.0].split_whitespace().count() <= 20;
        if !holds_date && short {
            let blank = if opens_phrase(open.0) { format!("{},", " ".repeat(close.1 - open.0 - 1)) } else { " ".repeat(close.1 - open.0) };
            out.replace_range(open.0..close.1, &blank);
        }
    }
    out
}

/// Spacing and punctuation closed up, an empty bracket and a bracket around the whole
/// clause dropped.
fn tidy(joined: &str) -> String {
    let mut text: String = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    text = text
        .replace(" ,", ",")
        .replace(",,", ",")
        .replace("( ", "(")
        .replace(" )", ")")
        // ("clear rules (ahead of time[, back in March 2019])": the comma before the cut goes.)
        .replace(",)", ")")
        .replace(" ()", "")
        .replace("()", "")
        .replace(" .", ".");
    // ("… Tora Quist, who ran for mayor [in 1964]?": the question's mark the cut left alone.)
    if let Some(told) = text.strip_suffix(" ?") {
        text = told.to_string();
    }
    // "NEW YORK (Reuters) - Oil prices fell": a wire story's dateline is no part of the event.
    if let Some(m) = patterns().dateline.find(&text) {
        text = text[m.end()..].to_string();
    }
    // "On the night [of 24 October], Red Guards occupied…": the time of day the date's cut
    // left goes with it.
    if let Some(m) = patterns().time_of_day_left.find(&text) {
        text = text[m.end()..].to_string();
    }
    // "But then, the laboratory reported…", "However, the port closed…": the link to the
    // sentence before goes; so it does before a subordinate clause ("But as the economy
    // grew, the Fed raised rates").
    if let Some(m) = patterns().conjunction.find(&text) {
        let rest = &text[m.end()..];
        let subordinate = rest.split_whitespace().next().is_some_and(|w| w == "as" || SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w)));
        if fragment::opens_subject(rest) || subordinate {
            text = text[m.end()..].to_string();
        }
    }
    if text.starts_with('(') && text.ends_with(')') && text.matches('(').count() == 1 {
        text = text[1..text.len() - 1].to_string();
    }
    // A bracket the cut left unpaired ("the seagull was deposed….)"); one opened and left
    // open at the end goes with what it held ("…with producer John Shanks (Bon Jovi").
    if text.matches('(').count() > text.matches(')').count() {
        if let Some(open) = text.rfind('(').filter(|&o| !text[o..].contains(')') && text[..o].split_whitespace().count() >= 4) {
            text.truncate(open);
        }
    }
    if text.matches('(').count() != text.matches(')').count() {
        text = text.trim_start_matches('(').trim_end_matches([')', '.']).to_string();
    }
    // ("… Penn State's quarterback said": an ellipsis that opened the paragraph goes too.)
    let mut text = text
        .trim_matches(|c: char| c.is_whitespace() || ",;:.*–-".contains(c))
        .trim_start_matches(|c: char| c.is_whitespace() || c == '…')
        .to_string();
    // "at 6:38 p.m.", "in the U.S.": an abbreviation keeps its full stop.
    let letters: Vec<char> = text.chars().rev().take(3).collect();
    if let [last, '.', _] = letters[..] {
        if last.is_alphabetic() {
            text.push('.');
        }
    }
    // "The last major outbreak in China was [in 2009]": a copula left dangling goes; so does
    // a relative pronoun whose clause an aside cut off ("filed a settlement that[, when
    // approved, will end …]").
    for dangling in [" was", " were", " is", " are", " that", " which"] {
        if text.ends_with(dangling) {
            text.truncate(text.len() - dangling.len());
        }
    }
    text
}

/// Where in `sentence` the clause `text` (capitalised, perhaps cut) begins: at its first two
/// words, as capitalised or as the sentence wrote them mid-way.
fn clause_start(sentence: &str, text: &str) -> Option<usize> {
    let opening = text.split(' ').take(2).collect::<Vec<_>>().join(" ");
    let mut chars = opening.chars();
    let lowered: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    sentence.find(&opening).or_else(|| sentence.find(&lowered))
}

/// Conjunctions that open a subordinate clause before the main one.
const SUBORDINATORS: &[&str] = &["Although", "Though", "While", "Whereas", "Because", "When", "After", "Before", "Since", "Until", "Once"];

/// Where the subordinate clause `sentence` opens with ends, as the byte range of the comma
/// (or ellipsis) and the space after it. The sentence's
/// last part before `at` (after a colon, semicolon or dash) counts as its opening ("There's a
/// reason: Although James has…, he leads").
fn opening_subordinate(sentence: &str, at: usize) -> Option<(usize, usize)> {
    let from = sentence[..at].rfind([':', ';', '—']).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
    let part = sentence[from..].trim_start();
    let from = sentence.len() - part.len();
    let first = part.split(' ').next()?;
    // (It ends at its comma, or at an ellipsis: "When Smith died in 1958… well, I can find".)
    let end = [", ", "… ", "... "].iter().filter_map(|p| part.find(p).map(|at| (from + at, from + at + p.len()))).min();
    SUBORDINATORS.contains(&first).then_some(end).flatten()
}

/// `text` without its bracketed asides.
fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The first letter a capital.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// A colon between the hours and minutes of a clock time ("11:39"), not a clause's joint.
/// "Velmora Trust II (NYSE: VLM) dropped 5% on Monday": a colon inside brackets (a ticker, a
/// credit) labels what the brackets hold; it ends no clause.
fn in_brackets(sentence: &str, at: usize) -> bool {
    let opened = sentence[..at].rfind('(').is_some_and(|o| !sentence[o..at].contains(')'));
    let closed = sentence[at..].find(')').is_some_and(|c| !sentence[at..at + c].contains('('));
    opened && closed
}

fn is_clock_colon(sentence: &str, at: usize) -> bool {
    let digit_before = sentence[..at].chars().next_back().is_some_and(|c| c.is_ascii_digit());
    let digit_after = sentence[at + 1..].chars().next().is_some_and(|c| c.is_ascii_digit());
    digit_before && digit_after
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "that", "this", "these", "those", "it", "its", "they", "them", "their", "he",
    "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "was", "were",
    "is", "are", "be", "been", "being", "had", "has", "have", "did", "do", "does", "not", "no",
    "so", "up", "what", "which", "who", "whom", "there", "then", "than", "would", "could",
    "should", "will", "can", "may", "might", "must", "all", "also", "now", "just", "still", "very",
];

fn content_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !STOPWORDS.contains(&w.to_lowercase().as_str()))
        .count()
}

/// Comparable word stems of an event text, for merging mentions of one event.
pub fn stems(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOPWORDS.contains(&w.to_lowercase().as_str()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase().chars().take(5).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn context(subject: Option<i32>) -> Context {
        Context {
            anchor: None,
            subject,
            retrospective: false,
            paragraph: 0,
            dated: None,
            last_month: None,
            paragraph_year: None,
            explicit_year: None,
            last_day: None,
            told: Vec::new(),
            day_lost: None,
            undated: false,
        }
    }

    pub(super) fn dates(sentence: &str) -> Vec<String> {
        find_mentions(&mask_quotes(sentence))
            .iter()
            .map(|m| sentence[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn quoted_speech_is_masked_with_offsets_kept() {
        let text = "He wrote in May: “we rose in 1905” and left.";
        let masked = mask_quotes(text);
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains("1905") && masked.contains("in May"));
    }

    #[test]
    fn a_no_break_space_after_a_full_stop_parts_sentences() {
        let text = "It was the Marseille deck.\u{a0}That deck came first.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn sentences_do_not_break_after_abbreviations() {
        let text = "The St. Petersburg soviet met. It issued Order No. 1 at once! Then it ended.";
        let parts: Vec<&str> = sentences(text)
            .into_iter()
            .map(|(s, e)| text[s..e].trim())
            .collect();
        assert_eq!(
            parts,
            [
                "The St. Petersburg soviet met.",
                "It issued Order No. 1 at once!",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn which_phrases_date_an_event() {
        assert_eq!(
            dates("the February revolution was over"),
            Vec::<String>::new()
        );
        assert_eq!(
            dates("Before February 1917, Russia was semi-feudal"),
            Vec::<String>::new()
        );
        assert_eq!(dates("Lenin returned in April"), ["April"]);
        assert_eq!(
            dates("held from 31 May to 5 June, it voted"),
            ["31 May to 5 June"]
        );
        assert_eq!(
            dates("on 23 February (8 March in the west) they marched"),
            ["23 February (8 March in the west)"]
        );
        assert_eq!(
            dates("Early in July the anger boiled over"),
            ["Early in July"]
        );
        assert_eq!(
            dates("Paris rose on March 18, 1871, at dawn"),
            ["March 18, 1871"]
        );
        assert_eq!(
            dates("counts of 1,917 delegates and the 1920s"),
            Vec::<String>::new()
        );
        // Scores, counts, model years and a work's year are not dates of events.
        assert_eq!(
            dates("single-core scores increased from 1061 to 1128, a total score of 2072"),
            Vec::<String>::new()
        );
        assert_eq!(dates("smaller than the 2016 MacBook Pro"), Vec::<String>::new());
        assert_eq!(dates("performances of 1972’s Toulouse Street"), Vec::<String>::new());
        assert_eq!(dates("soviets first emerged in the 1905 revolution"), ["1905"]);
        // A statistic over a span, a speaker's date and a figure compared with.
        assert_eq!(dates("From 2010 to 2015 there were 3248 cases"), Vec::<String>::new());
        assert_eq!(dates("Persson said on Tuesday"), Vec::<String>::new());
        assert_eq!(dates("up from $34,410 in October 2015."), Vec::<String>::new());
        assert_eq!(dates("grew from 10,000 in February to 80,000 in April"), ["February", "April"]);
        assert_eq!(dates("officials said late Thursday"), Vec::<String>::new());
        assert_eq!(dates("Ghani first announced the potential exchange last week"), Vec::<String>::new());
        assert_eq!(dates("he noted that just last week the police killed ten"), ["last week"]);
        assert_eq!(dates("Mnangagwa, who was ousted as vice-president this month, plans"), ["this month"]);
        assert_eq!(dates("their homes were attacked in Tuesday night's coup"), ["Tuesday night"]);
        assert_eq!(dates("the shops close on Tuesdays"), Vec::<String>::new());
    }

    #[test]
    fn the_soonest_a_thing_may_happen_is_a_forecast() {
        let planned = |s: &str| find_mentions(s).first().is_some_and(|m| m.future);
        assert!(planned("The first vote could come as early as March 2015, when the talks end."));
        assert!(planned("Repairs may start as soon as June 2021."));
        assert!(!planned("The bridge opened as early as March 2015, before the vote."));
    }

    #[test]
    fn plans_are_marked_wherever_the_future_word_stands() {
        let planned = |s: &str| {
            let masked = mask_quotes(s);
            find_mentions(&masked).iter().map(|m| m.future).collect::<Vec<_>>()
        };
        let long = "He will become the first US president to address the African Union when he travels on to Ethiopia on Sunday";
        assert_eq!(planned(long), [true]);
        assert_eq!(planned("On Friday, the administration will announce a strategy"), [true]);
        assert_eq!(planned("Mr Obama lands in Kenya later on Friday"), [true]);
        assert_eq!(planned("It was set to dock with the station on Saturday"), [true]);
        assert_eq!(planned("The ship broke up on Thursday due to a malfunction"), [false]);
    }

    #[test]
    fn a_listing_of_dates_is_not_narrative() {
        assert!(is_listing(
            "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre June 10 – Tampa, FL @ \
             Credit Union Amphitheatre June 12 – Alpharetta, GA @ Ameris Bank Amphitheatre"
        ));
        assert!(!is_listing(
            "On 3 March the tsar abdicated. On 4 March the soviet met. On 5 March the \
             newspapers came out again."
        ));
    }

    #[test]
    fn clauses_drop_the_date_and_its_preposition() {
        let s = "On 3 March the tsar abdicated.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The tsar abdicated");
        let s = "Writing in mid-March, Bolshevik leader Lev Kamenev expressed party strategy.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Bolshevik leader Lev Kamenev expressed party strategy");
        let s = "The club was founded in 1923 by dock workers, and its last title came in 1987.";
        let found = find_mentions(s);
        assert_eq!(clause(s, &found[0], true), "The club was founded by dock workers");
        assert_eq!(clause(s, &found[1], true), "Its last title came");
        let s = "Two hostages — an American and an Australian — who had been held since 2016 were released on Tuesday.";
        let raw = find_mentions(s).pop().unwrap();
        assert_eq!(
            clause(s, &raw, false),
            "Two hostages who had been held since 2016 were released"
        );
        let s = "This past May, the agency selected 11 companies.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The agency selected 11 companies");
        let s = "(In 1972, the seagull was deposed when an organizer wrote his own title.)";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The seagull was deposed when an organizer wrote his own title");
        let s = "In the summer of 1961, Hamilton moved on to another project.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Hamilton moved on to another project");
        let s = "But in November 1960, Lorenz described it during a talk.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Lorenz described it during a talk");
        let s = "As the economy strengthened, the Fed raised rates, starting in December 2015.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "As the economy strengthened, the Fed raised rates");
        let s = "Even in January, which was unseasonably mild, there were 750 leaks.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "There were 750 leaks");
        let s = "The tax cuts passed in late 2017 have created a deeper hole.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The tax cuts passed have created a deeper hole");
        let s = "At the city's laboratory, starting in 1965, she headed the flight software team.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "At the city's laboratory, she headed the flight software team");
    }

    #[test]
    fn a_cut_date_leaves_no_stray_word_or_comma() {
        // "It was DATE and …": the date is the opening clause's own; what follows is the event.
        let s = "It was March 1998 and Tora Quist had not yet signed the lease.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Tora Quist had not yet signed the lease");
        let s = "It was May 2004, and Velmora had opened its second mill.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Velmora had opened its second mill");
        // An adverb that only qualified the date goes with it, and so does a "though" set off
        // after it.
        let s = "Just in March 2015, Velmora raised new money from its backers.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Velmora raised new money from its backers");
        let s = "Almost in 2009, though, Velmora moved its offices to Brenna.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Velmora moved its offices to Brenna");
        // A date set off by commas inside a clause takes both commas.
        let s = "The report shows that, in 1999, Velmora bought the Brenna mill.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The report shows that Velmora bought the Brenna mill");
        // A present telling frames the past act told after its "how".
        let s = "In her memoir Tora Quist tells the story of how, in 1999, Velmora hired her as a clerk.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Velmora hired her as a clerk");
        // "On the wet, dark evening of March 3, 1921, …": the time the date named goes too.
        let s = "On the wet, dark evening of March 3, 1921, Tora Quist left Brenna by train.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Tora Quist left Brenna by train");
        // "right" set off before the date qualifies it, and goes with it.
        let s = "First came Tora Quist's report in the Velmora Post, right at the end of 2013, which brought the affair to light.";
        let raw = &find_mentions(s)[0];
        assert!(!clause(s, raw, false).contains("right"), "{}", clause(s, raw, false));
    }

    #[test]
    fn a_date_in_a_relative_clause_dates_that_clause() {
        let s = "The meeting would honor Lorenz, who died in 2008, so Rothman revisited his paper.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Lorenz died");
        let s = "He faced a probe over a second allegation, which was dropped in 2015 because time had run out.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "A second allegation was dropped because time had run out");
        let s = "She was ushered into the Order of the Golden Dawn by Yeats, which she joined in 1901.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "She joined the Golden Dawn");
        // "Which" after an author's name is the work's.
        let s = "It adapts the short story “12:01 PM” by Richard A. Lupoff, which was published in 1973 in a magazine.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The short story “12:01 PM” by Richard A. Lupoff was published in a magazine");
        // The name an appositive describes is the subject ("Yoon, 63, a former chief
        // prosecutor who…"); with no name, the clause keeps its pronoun and is set aside.
        let s = "Yoon, 63, a former chief prosecutor who took office in 2022, had not appeared since.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause_text(s, raw, false), "Yoon took office");
        let s = "Then a former chief prosecutor who took office in 2022, had not appeared since.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause_text(s, raw, false), "who took office");
        // A relative clause closed before the date leaves the date to the main clause.
        let s = "Lenin, who had returned from exile, led the party in October 1917.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Lenin, who had returned from exile, led the party");
        // So does a long restrictive clause: its verb is the sentence's.
        let s = "The man who led the strike at the mill was arrested in 1905.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "The man who led the strike at the mill was arrested");
    }

    #[test]
    fn years_later_count_from_the_last_year_named() {
        let mut ctx = context(None);
        ctx.explicit_year = Some(1909);
        let s = "The next year, Waite published a small guide.";
        let raw = &find_mentions(s)[0];
        assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.label), Some("1910*".to_string()));
        let s = "Two years later, we went back.";
        let raw = &find_mentions(s)[0];
        assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.label), Some("1912*".to_string()));
        assert_eq!(clause(s, raw, false), "We went back");
        for (s, year) in [
            ("Three years earlier, the harbour had been dredged.", "1909*"),
            ("The previous year, the harbour was dredged.", "1908*"),
            ("Later that year, the harbour was dredged.", "1908*"),
            ("The same year, the harbour was dredged.", "1908*"),
        ] {
            let raw = &find_mentions(s)[0];
            assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.label).as_deref(), Some(year), "{s}");
        }
        // Counted from another event, "the year before" is not the text's year.
        assert!(find_mentions("The harbour was dredged the year before the war.").is_empty());
        // Nor is a count from an undated when-clause; a year named before it anchors it.
        assert!(find_mentions("When Tora opened her bakery, it was the first in Velmora since the old mill closed, exactly 100 years earlier.").is_empty());
        assert!(find_mentions("When Tora opened her bakery, she had left the mill two years earlier.").is_empty());
        assert_eq!(find_mentions("When the mill closed in 1945, Tora left; three years later she came back.").len(), 2);
        assert_eq!(find_mentions("When Tora died 16 years later, the mill was sold.").len(), 1);
    }

    #[test]
    fn years_later_count_from_the_year_of_a_day_just_told_when_none_was_written() {
        let mut ctx = context(None);
        ctx.dated = Some((2020, 3));
        ctx.paragraph = 4;
        let s = "Four years earlier, the ferry strike came as a blow to him.";
        let raw = &find_mentions(s)[0];
        assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.label).as_deref(), Some("2016*"));
        // Not from a day told paragraphs before.
        let mut ctx = context(None);
        ctx.dated = Some((2020, 1));
        ctx.paragraph = 4;
        assert!(resolve(raw, s, false, &mut ctx).is_none());
        // A year written still comes first.
        let mut ctx = context(None);
        ctx.dated = Some((2020, 3));
        ctx.paragraph = 4;
        ctx.explicit_year = Some(1990);
        assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.label).as_deref(), Some("1986*"));
    }

    #[test]
    fn a_date_stamp_at_the_head_of_the_body_dates_the_article() {
        let day = |y, m, d| Some(Anchor { year: y, month: Some(m), day: Some(d) });
        assert_eq!(stamp_date("* Sept. 25, 2018"), day(2018, 9, 25));
        assert_eq!(stamp_date("Tuesday 15 October 2019 by Bradley M. Kuhn"), day(2019, 10, 15));
        assert_eq!(stamp_date("Posted on March 4, 2021 at 9:24 pm"), day(2021, 3, 4));
        // A sentence, a month without its day, a day without its year: no stamp.
        assert_eq!(stamp_date("The strike began on 9 January 1905."), None);
        assert_eq!(stamp_date("October 2019"), None);
        assert_eq!(stamp_date("Tuesday 15 October"), None);
    }

    #[test]
    fn names_spans_and_records_date_nothing() {
        assert!(dates("He joined the Sunday Business section of The Times.").is_empty());
        assert!(dates("A student is murdered on her birthday, Monday the 18th.").is_empty());
        assert!(dates("I have been silent the last month because of it.").is_empty());
        assert!(dates("It is the first time it has been that big since 2012.").is_empty());
        assert!(dates("Prices are the highest they have been since 2008.").is_empty());
        // A state since a date is no act ("has managed … since 1924"), unless the sentence
        // tells its beginning, a passive the act undergone then, or a relative clause its
        // noun's start.
        assert!(dates("The council has managed catch limits since 1924.").is_empty());
        assert_eq!(dates("Founded by the guild, the council has managed catch limits since 1924."), ["1924"]);
        assert_eq!(dates("The first rights have been recognised since 1998."), ["1998"]);
        assert_eq!(dates("The council, which has managed catch limits since 1924, met."), ["1924"]);
        assert_eq!(dates("The Soviet met on Monday to decide."), ["Monday"]);
    }

    #[test]
    fn a_sum_up_to_a_date_is_a_figure() {
        let s = "Revenues from the tariffs have totaled about $63 billion through June 30, 2019.";
        assert!(find_mentions(s).iter().any(|m| is_money_figure(s, m)));
    }

    #[test]
    fn a_quotation_opening_the_clause_is_attributed() {
        assert!(is_attribution("“We talk about it all the time,” Trump said at a rally in Monroe"));
        assert!(!is_attribution("Trump held a rally in Monroe"));
    }

    #[test]
    fn a_year_labelling_a_thing_moves_no_narrative_on() {
        let mut ctx = context(None);
        let s = "In 2011, Velmora Players staged a show of the 1987 vampire musical";
        note_explicit_years(s, 0, s.len(), &mut ctx);
        assert_eq!(ctx.explicit_year, Some(2011));
        let s = "Tora Quist restored a 1962 roadster";
        note_explicit_years(s, 0, s.len(), &mut ctx);
        assert_eq!(ctx.explicit_year, Some(2011));
        // An event's year still does.
        let s = "In 2011, Velmora remembered the 1987 flood";
        note_explicit_years(s, 0, s.len(), &mut ctx);
        assert_eq!(ctx.explicit_year, Some(1987));
    }

    #[test]
    fn a_bracketed_year_moves_no_narrative_on() {
        let mut ctx = context(None);
        let s = "From our 2011 research. Common problems in student newsrooms (2013)";
        note_explicit_years(s, 0, s.len(), &mut ctx);
        assert_eq!(ctx.explicit_year, Some(2011));
    }

    #[test]
    fn a_year_given_finer_in_the_same_sentence_adds_nothing() {
        let candidate = |key: &str, precision| Candidate {
            sort_key: key.to_string(),
            end_key: None,
            label: key.to_string(),
            precision,
            text: String::new(),
            own_words: String::new(),
            note: None,
            written: key[..7].to_string(),
            article: "ch01".to_string(),
            block: "ch01-p1".to_string(),
            calendar_mismatch: None,
            days: None,
        };
        let mut out = Extraction::default();
        out.candidates.push(candidate("2016-00-00", DatePrecision::Year));
        out.candidates.push(candidate("2017-00-00", DatePrecision::Year));
        out.candidates.push(candidate("2017-01-00", DatePrecision::Month));
        drop_years_given_finer(&mut out, 1, "The next year … another in January 2017.");
        let keys: Vec<&str> = out.candidates.iter().map(|c| c.sort_key.as_str()).collect();
        assert_eq!(keys, ["2016-00-00", "2017-01-00"]);
        assert_eq!(out.rejected.len(), 1);
    }

    #[test]
    fn a_state_begun_at_a_fronted_date_is_dated() {
        let s = "Since 2011, with the launch of Silk Road, anybody has been able to buy drugs from the deep web and have them delivered to their door by post.";
        let raw = &find_mentions(s)[0];
        assert!(raw.begun);
        assert_eq!(clause_text(s, raw, false), "with the launch of Silk Road, anybody has been able to buy drugs from the deep web and have them delivered to their door by post");
        assert!(dates("Since 2011, prices rose.").is_empty());
        assert!(dates("Since January 2018, it has not talked of infrastructure.").is_empty());
        // A role held since the date begins no act.
        assert!(find_mentions("The fair has been a yearly draw for the town since 1990.").iter().all(|r| !r.begun));
        assert!(find_mentions("The fair has been held in the town since 1990.").iter().all(|r| !r.begun));
        assert!(find_mentions("Launched by the guild, the fair has run since 1990.")[0].begun);
    }

    #[test]
    fn this_week_is_the_articles_month() {
        assert_eq!(dates("Six parties began impeachment proceedings this week."), ["this week"]);
        let mut ctx = context(None);
        ctx.anchor = Anchor::parse("2024-12-06");
        let s = "Six parties began impeachment proceedings this week.";
        let raw = &find_mentions(s)[0];
        assert_eq!(resolve(raw, s, false, &mut ctx).map(|r| r.sort_key), Some("2024-12-00".to_string()));
    }

    #[test]
    fn earlier_saturday_names_the_day_of_writing() {
        let article = |text: &str| Article {
            id: "ch01".into(),
            source: String::new(),
            meta: Default::default(),
            blocks: vec![Block::Paragraph { id: "ch01-p1".into(), content: vec![crate::model::Inline::Text(text.into())] }],
            footnotes: Vec::new(),
            report: Default::default(),
        };
        let friday = Anchor::parse("2024-12-06").unwrap();
        let saturday = Anchor { year: 2024, month: Some(12), day: Some(7) };
        assert_eq!(day_of_writing(friday, &article("Earlier Saturday, Yoon apologized.")), saturday);
        // The dated day itself, or a weekday well after it: the metadata stands.
        assert_eq!(day_of_writing(friday, &article("Earlier Friday, Yoon apologized.")), friday);
        assert_eq!(day_of_writing(friday, &article("Earlier Wednesday, Yoon apologized.")), friday);
        assert_eq!(day_of_writing(friday, &article("Yoon apologized on Saturday.")), friday);
    }

    #[test]
    fn a_works_year_dates_it_where_the_work_opens_the_clause() {
        assert_eq!(dates("Bruce Nauman’s 1968 work My Name poked fun at the space race."), ["1968"]);
        assert!(dates("The film adapts André Aciman’s 2007 novel about a precocious boy.").is_empty());
    }

    #[test]
    fn a_clock_time_does_not_end_a_sentence_before_its_day() {
        let t = "Yoon declared martial law around 10:30 p.m. Tuesday and lifted it at 4:30 a.m. Wednesday. Lawmakers met at 5 p.m. The next day they voted.";
        let got: Vec<&str> = sentences(t).into_iter().map(|(s, e)| t[s..e].trim()).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        let t = "The story by Richard A. Lupoff was published in 1973.";
        assert_eq!(sentences(t).len(), 1);
        let t = "It opposed same-sex marriage.[24][25] Eich’s donation became public in 2012.";
        let got: Vec<&str> = sentences(t).into_iter().map(|(s, e)| t[s..e].trim()).collect();
        assert_eq!(got, ["It opposed same-sex marriage.[24][25]", "Eich’s donation became public in 2012."]);
    }

    #[test]
    fn would_before_the_date_is_a_plan() {
        let planned = |s: &str| find_mentions(s).iter().any(|m| m.future);
        assert!(planned("They said they would come back to it on Wednesday."));
        assert!(!planned("The meeting would honor Lorenz, who died in 2008, so Rothman revisited it."));
    }

    #[test]
    fn a_dimension_is_no_year() {
        assert!(dates("The headset has a resolution of 1800 x 1920 per eye.").is_empty());
        assert!(dates("The screen is 2048×1536 in 2013.") == ["2013"]);
    }

    #[test]
    fn a_ranking_is_no_event() {
        assert!(is_ranking("Cloud computing ranked number two, after security"));
        assert!(is_ranking("It took the top spot"));
        assert!(!is_ranking("The party took power in the capital"));
    }

    #[test]
    fn a_plan_named_as_a_noun_is_no_forecast() {
        let s = "A plan to impeach the president has failed after members left parliament on Saturday ahead of the planned vote.";
        let raw = find_mentions(s).into_iter().find(|m| m.weekday.is_some()).unwrap();
        assert!(!is_planned(s, &raw));
        let s = "The ship was set to dock with the space station on Saturday.";
        let raw = find_mentions(s).into_iter().find(|m| m.weekday.is_some()).unwrap();
        assert!(is_planned(s, &raw));
    }

    #[test]
    fn a_part_opening_with_a_preposition_takes_back_its_subject_and_verb() {
        let s = "Party membership grew massively—from 10,000 in February to 80,000 in April, and \
                 from 200,000 in July to 250,000 by November.";
        let found = find_mentions(s);
        let texts: Vec<String> = found.iter().map(|m| clause(s, m, true)).collect();
        assert_eq!(texts[0], "Party membership grew massively from 10,000 to 80,000 in April");
        assert_eq!(texts[2], "Party membership grew massively from 200,000 to 250,000 by November");
        // The date's own preposition after the dash opens no continuation.
        let s = "The party was small—in February, its members numbered 10,000.";
        let raw = &find_mentions(s)[0];
        assert_eq!(clause(s, raw, false), "Its members numbered 10,000");
    }

    #[test]
    fn a_sum_of_money_for_a_period_is_no_event() {
        let s = "Retail sales totalled $726 billion in 2017.";
        assert!(is_money_figure(s, &find_mentions(s)[0]));
        let s = "Amazon bought Whole Foods in August 2017 for $13.7 billion.";
        assert!(!is_money_figure(s, &find_mentions(s)[0]));
        let s = "Membership grew from 10,000 in February to 80,000 in April.";
        assert!(find_mentions(s).iter().all(|m| !is_money_figure(s, m)));
        // A sum set off by a comma is in another phrase than the date.
        let s = "A collector with a fortune of $4.2 billion, the banker in 1998 founded the library.";
        assert!(!is_money_figure(s, &find_mentions(s)[0]));
        // A sum right before "last year" is the year's.
        let s = "Ferry takings are expected to grow from $1.4 million last year to $2 million.";
        assert!(find_mentions(s).iter().any(|m| is_money_figure(s, m)));
        let s = "The new ferry launched at $400 last year.";
        assert!(find_mentions(s).iter().all(|m| !is_money_figure(s, m)));
        // The price a thing was put on sale at dates the sale; a quote is a figure.
        let s = "The Velmora stock that went public at $27 early in 2013 is now down to the mid-teens.";
        assert!(find_mentions(s).iter().all(|m| !is_money_figure(s, m)));
        let s = "Velmora shares closed at $27 in 2013.";
        assert!(find_mentions(s).iter().any(|m| is_money_figure(s, m)));
    }

    #[test]
    fn impossible_dates_are_dropped_not_panicked_on() {
        let s = "On 31 February 1917 (45 March) and 99 days later, then 30 February to 31 April, the 31st.";
        let mut ctx = context(None);
        let range = "from 3 May to 40 June 1917";
        let raw = &find_mentions(range)[0];
        let r = resolve(raw, range, false, &mut ctx).unwrap();
        assert_eq!((r.label.as_str(), r.end_key), ("3 May 1917", None));
        let mut ctx = context(Some(1917));
        for raw in find_mentions(s) {
            if let Some(r) = resolve(&raw, s, true, &mut ctx) {
                assert_ne!(r.precision, DatePrecision::Day, "{}", r.label);
            }
        }
    }
}

#[cfg(test)]
mod rules_of_unseen_pages {
    //! Rules found on pages no rule had been written for (tests/fixtures/blind11), each on
    //! sentences of its own.
    use super::*;

    /// The (sort key, text) of every event extracted from `paragraphs`, in an article dated
    /// `date` (none for an undated one).
    fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        let mut out = Extraction::default();
        extract_article(&article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    /// The printed dates found where Russia counted Old Style.
    fn russian_labels(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        let mut out = Extraction::default();
        extract_article(&article(date, paragraphs), Convention::Russian, &mut out);
        out.candidates.into_iter().map(|c| c.label).collect()
    }

    #[test]
    fn a_cleft_dates_its_that_clause() {
        let day = Some("2014-12-21");
        let got = events(day, &["It wasn't until four years ago, at a conference in Velmora, that the ferry towns finally agreed to share the harbour."]);
        assert_eq!(got, [("2010-00-00".to_string(), "At a conference in Velmora, the ferry towns finally agreed to share the harbour".to_string())]);
        let got = events(day, &["It was in 1996 that Tora Quist sold the mill."]);
        assert_eq!(got, [("1996-00-00".to_string(), "Tora Quist sold the mill".to_string())]);
        let got = events(day, &["But it was not until May 2003 that the bridge reopened."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2003-05-00"], "{got:?}");
        // "Until" with no cleft bounds a state.
        assert!(events(day, &["The bridge stayed shut until 2003."]).is_empty());
    }

    #[test]
    fn a_simple_past_before_by_dates_what_was_done_by_then() {
        let day = Some("2026-05-25");
        let got = events(day, &["The ferry line completed the sale of its Velmora fleet by the end of January."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2026-01-00"], "{got:?}");
        // A deadline stays a plan.
        assert!(events(day, &["The ferry line was asked to complete the sale of its Velmora fleet by the end of January."]).is_empty());
    }

    #[test]
    fn a_date_on_a_cited_writing_labels_it() {
        let day = Some("2026-05-25");
        assert!(events(day, &["According to an August 2025 slideshow obtained by the Velmora Herald, the ferry board was required to sell two boats."]).is_empty());
        assert!(events(day, &["According to a March 2019 report by the ferry board, the line was losing money."]).is_empty());
        // An act told after the citation keeps its own date.
        assert_eq!(events(day, &["According to the ferry board, the line sold two boats in March 2019."]).len(), 1);
    }

    #[test]
    fn a_month_earlier_than_the_last_told_goes_on_into_the_writings_year() {
        let day = Some("2024-04-28");
        let got = events(day, &["When Tora Quist gave birth in November, she left the Velmora mill.", "In March, she returned to work at the mill."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2023-11-00", "2024-03-00"], "{got:?}");
    }

    #[test]
    fn a_record_level_or_a_share_told_as_a_ratio_is_a_figure() {
        let day = Some("2024-04-28");
        assert!(events(day, &["In 2022, more than 1 in 10 farmers in Velmora had a cousin who had to sell land."]).is_empty());
        assert!(events(day, &["The Velmora co-op made record profits in 2022, bringing in $4 million in revenue."]).is_empty());
        assert!(events(day, &["Even so, ferry traffic has recovered from the storms, reaching historic highs in December 2023."]).is_empty());
        // An act of the year stays one.
        assert_eq!(events(day, &["In 2022, the Velmora co-op sold its mill to Tora Quist."]).len(), 1);
    }

    #[test]
    fn a_month_day_of_a_year_is_one_date() {
        let got = events(Some("2014-11-13"), &["The regiment of Tora Quist deployed to Velmora on March 1st of 2004."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2004-03-01"], "{got:?}");
    }

    #[test]
    fn a_date_after_through_ends_a_span() {
        let day = Some("2014-11-21");
        let got = events(day, &["But through June 30, 2014, only about 700 farmers in Velmora applied."]);
        assert!(got.is_empty(), "{got:?}");
        let got = events(day, &["The Velmora ferry ran through March 2012."]);
        assert!(got.is_empty(), "{got:?}");
        // A range's end, its start named, is read with it.
        let got = events(day, &["Tora Quist was jailed from March 1990 through June 1995."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1990-03-00"], "{got:?}");
    }

    #[test]
    fn today_before_a_colon_dates_the_act_after_it() {
        let day = Some("2010-01-01");
        let got = events(day, &["Velmora doesn't just have a new logo today: the firm has also hidden a game on its front page."]);
        assert_eq!(got, [("2010-01-01".to_string(), "The firm has also hidden a game on its front page".to_string())]);
        // With no act after the colon, "today" is the present.
        assert!(events(day, &["Velmora has a new logo today: a red fox on a white field."]).is_empty());
    }

    #[test]
    fn a_bodys_position_of_a_year_is_its_act() {
        let day = Some("2014-12-03");
        let got = events(day, &["By the 1990s the limit gained traction, when the Velmora Council argued in 1996 that the harbour should close."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1996-00-00"], "{got:?}");
        // A person's argument, and a body's words of a day, are statements.
        assert!(events(day, &["Tora Quist argued in 1996 that the harbour should close."]).is_empty());
        assert!(events(day, &["The Velmora Council said on Monday that the harbour should close."]).is_empty());
    }

    #[test]
    fn a_date_naming_a_limit_is_no_event() {
        let day = Some("2014-11-21");
        let got = events(day, &["The rule lets farmers who came before Velmora's reform apply, beyond the original June 15, 2007 cutoff date."]);
        assert!(got.is_empty(), "{got:?}");
        let got = events(day, &["Tora Quist missed the March 1, 2013 deadline for her claim."]);
        assert!(got.is_empty(), "{got:?}");
        let got = events(day, &["The Velmora mill closed on March 1, 2013 after a strike."]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn later_on_the_articles_weekday_told_in_the_past_is_that_day() {
        let tuesday = Some("2014-12-30");
        let got = events(tuesday, &["The Velmora council approved the budget later on Tuesday."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-30"], "{got:?}");
        let got = events(tuesday, &["Tora Quist lost the vote, and later on Tuesday she resigned."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-30"], "{got:?}");
        // Not told in the past, it is still a plan.
        assert!(events(tuesday, &["Tora Quist lands in Velmora later on Tuesday."]).is_empty());
        assert!(events(tuesday, &["Tora Quist met the council and speaks later on Tuesday."]).is_empty());
    }

    #[test]
    fn this_coming_a_count_after_a_clause_dates_the_clause_before_the_last_day() {
        let day = Some("2014-12-29");
        let lead = "Tora Quist was fined by the Velmora league on Sunday after a late tackle.";
        let got = events(day, &[lead, "This comes just one week after Ann Lind drew a suspension for a foul."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-28", "2014-12-00"], "{got:?}");
        assert_eq!(got[1].1, "Ann Lind drew a suspension for a foul");
        let got = events(day, &[lead, "It came two days after the captain resigned."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-28", "2014-12-26"], "{got:?}");
        // Not after a clause, nor from "this": the count has no anchor.
        let got = events(day, &[lead, "This comes just one week after the derby."]);
        assert_eq!(got.len(), 1, "{got:?}");
        let got = events(day, &[lead, "Ann Lind quit one week after the captain resigned."]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_colon_in_brackets_ends_no_clause() {
        let got = events(Some("2014-12-29"), &["Velmora Trust II (NYSE: VLM) dropped about 5.3% on Monday to post a new low."]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.starts_with("Velmora Trust II"), "{got:?}");
    }

    #[test]
    fn a_days_possessive_on_a_figure_names_no_event() {
        let day = Some("2014-12-29");
        let got = events(day, &["Velmora Mills fell to $3.10 on Monday. Based on Friday night's closing price of $3.40 that's a drop of nearly 9%."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-29"], "{got:?}");
        let got = events(day, &["The Quist index slipped 2% from Tuesday's record high."]);
        assert!(got.is_empty(), "{got:?}");
        // So does the close a drop is measured from, told by "after closing at".
        let got = events(day, &["Velmora Trust II (NYSE: VLM) dropped 5% on Monday to post a new 52-week — and all-time — low of $3.10 after closing at $3.26 on Wednesday."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-12-29"], "{got:?}");
        let got = events(day, &["The Quist index closed at 2,740 on Wednesday."]);
        assert_eq!(got.len(), 1, "{got:?}");
        // A day's act named by its noun stays an event.
        let got = events(day, &["Friday's vote in the Velmora Assembly set the harbour's new rate."]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_year_before_a_data_noun_labels_the_data() {
        let day = Some("2014-11-21");
        let got = events(day, &["The largest group, at least 3,000 farmers according to estimates of 2012 data, lives in Velmora."]);
        assert!(got.is_empty(), "{got:?}");
        let got = events(day, &["Tora Quist moved to Velmora in 2012."]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_proposal_made_is_an_act_a_proposed_act_a_plan() {
        let day = Some("2014-12-29");
        let got = events(day, &["Tora Quist is said to have proposed while on a romantic trip to Velmora in November."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-11-00"], "{got:?}");
        let got = events(day, &["Tora Quist proposed to her in Velmora in November."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-11-00"], "{got:?}");
        // What is proposed to be done has not happened.
        assert!(events(day, &["Tora Quist proposed to close the Velmora bridge in March."]).is_empty());
        assert!(events(day, &["Tora Quist suggested pushing back the return to March."]).is_empty());
    }

    #[test]
    fn a_day_just_after_the_writing_told_outside_the_past_is_the_coming_one() {
        let day = Some("2014-12-29");
        let got = events(day, &["Tora Quist ends the year with a turn in the film “Velmora,” out on Dec. 31 in limited release."]);
        assert!(got.is_empty(), "{got:?}");
        // And a month after it in the same sentence follows it.
        let got = events(day, &["“Velmora” opens in Oslo on Dec. 31, followed by a wider release in January."]);
        assert!(got.is_empty(), "{got:?}");
        // Told in the past, the day is last year's.
        let got = events(day, &["The Velmora mill closed on Dec. 31 after a long strike."]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "2013-12-31");
        let got = events(day, &["The index rose in the morning, and on Dec. 31 fell sharply."]);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_lede_closing_on_the_announcement_of_a_periods_figure_is_the_announcement() {
        let got = events(Some("2016-10-12"), &["Velmora Bank earned $2.1 billion in the third quarter of 2016, the company announced on Tuesday, down from a year ago."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2016-10-11"], "{got:?}");
        // Told as news of its own day, the figure's sentence is no announcement.
        let got = events(Some("2016-10-12"), &["Velmora Bank earned $2.1 billion in the third quarter of 2016."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_month_told_as_past_after_a_day_of_the_writing_is_not_carried_past_it() {
        // The year of "on Tuesday" (the writing's) would put December after the writing.
        let got = events(Some("2015-01-14"), &["Tora Quist put it bluntly on Tuesday.", "Late in December, the Velmora Fund gave its partners another year to pay."]);
        assert!(got.iter().any(|(k, _)| k == "2014-12-00"), "{got:?}");
        assert!(!got.iter().any(|(k, _)| k.starts_with("2015-12")), "{got:?}");
    }

    #[test]
    fn a_saying_at_a_gathering_is_dated_as_an_attribution() {
        let day = Some("2016-11-29");
        assert!(events(day, &["The dockers are not aiming to stop the ferries, a union spokesman said at a press conference last week."]).is_empty());
        assert!(events(day, &["The strike is over.", "The ferries ran late, the harbour master told reporters at a news briefing on Monday."]).is_empty());
        // The gathering itself, told as the act, is dated.
        assert_eq!(events(day, &["The harbour master held a press conference last week."]).len(), 1);
    }

    #[test]
    fn a_year_in_an_indefinite_occurrence_dates_the_act() {
        let day = Some("2016-10-11");
        let got = events(day, &["The club shipped out two pitchers in a 2009 trade for a centre fielder."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2009-00-00"], "{got:?}");
        // A period's label, a work's year, a present clause: no date.
        assert!(events(day, &["He sought to make her health an issue in the 2016 campaign."]).is_empty());
        assert!(events(day, &["The club described the pitchers in a 2009 report for the league."]).is_empty());
        assert!(events(day, &["The club trades pitchers in a 2009 style."]).is_empty());
    }

    #[test]
    fn an_act_done_again_and_again_over_a_period_is_a_habit() {
        let day = Some("2018-01-16");
        assert!(events(day, &["The senator, it is worth noting, repeatedly sought to make the mayor's health an issue in the 2016 campaign."]).is_empty());
        assert!(events(day, &["The ferry routinely sailed late in 2016."]).is_empty());
        // Once, or on one day, it is an event.
        assert_eq!(events(day, &["The senator sought to make the mayor's health an issue in the 2016 campaign."]).len(), 1);
        assert_eq!(events(day, &["The mayor repeatedly called the harbour master on 3 March 2016."]).len(), 1);
    }

    #[test]
    fn a_count_reported_for_a_period_is_a_figure() {
        let day = Some("2025-12-18");
        assert!(events(day, &["In May 2025, the registry reported 41 new ferry routes in planning."]).is_empty());
        assert!(events(day, &["A survey from 2012 counted about 17 kinds of moss on the island."]).is_empty());
        // A report of an act, no count, is one.
        assert_eq!(events(day, &["In May 2025, the registry reported the sinking of the ferry to the police."]).len(), 1);
    }

    #[test]
    fn a_figures_course_from_one_percentage_to_another_is_no_event() {
        let day = Some("2016-10-19");
        assert!(events(day, &["The historian pointed out that the town went from 10% of homes having running water in 1930 to 60% ten years later."]).is_empty());
        // A share sold, a rate raised, are acts.
        assert_eq!(events(day, &["The town sold 10% of the waterworks in 1930."]).len(), 1);
        assert_eq!(events(day, &["Tolls on the bridge were increased from 10% to 25% in May 1930."]).len(), 1);
    }

    #[test]
    fn a_month_of_an_event_rumored_to_come_is_no_past() {
        let day = Some("2017-01-18");
        assert!(events(day, &["The new ferry could be unveiled at an event rumored to take place in March, where it would be shown off."]).is_empty());
        assert_eq!(events(day, &["The new ferry was unveiled at an event in March."]), [("2016-03-00".to_string(), "The new ferry was unveiled at an event".to_string())]);
        // A wire's "seen" doing: the decision looked for.
        assert!(events(Some("2016-12-06"), &["Harbour board seen extending ferry subsidies in decision Thursday."]).is_empty());
    }

    #[test]
    fn a_which_of_a_consequence_takes_back_the_whole_clause() {
        let day = Some("2016-12-01");
        let got = events(day, &["The Bills released Terrell Owens, which left Dallas free to sign a new receiver in April 2009."]);
        assert_eq!(got, [("2009-04-00".to_string(), "The Bills released Terrell Owens, which left Dallas free to sign a new receiver".to_string())]);
        // A "which" of the thing named keeps taking it back.
        let got = events(day, &["The club bought the old stadium, which was sold again in April 2009."]);
        assert_eq!(got[0].1, "The old stadium was sold again");
    }

    #[test]
    fn a_bound_past_a_month_is_no_date() {
        let day = Some("2016-12-06");
        assert!(events(day, &["Investors positioned for an extension of the bank's purchases past March."]).is_empty());
        assert_eq!(events(day, &["The bank extended its purchases this past March."]), [("2016-03-00".to_string(), "The bank extended its purchases".to_string())]);
    }

    #[test]
    fn a_sum_spread_over_a_count_of_things_is_a_tally() {
        assert!(events(Some("2020-05-04"), &["In 2019, the trust awarded more than £4.1m in 52 new bursaries to schools."]).is_empty());
        assert!(events(Some("2020-05-04"), &["In March, the bank lent $3.5 million across 40 small loans to farmers."]).is_empty());
        // A sum given once, or a first award, is an act.
        assert_eq!(events(Some("2020-05-04"), &["In 2019, the trust awarded its first bursary, worth £4,000, to a school in Leeds."]).len(), 1);
        assert_eq!(events(Some("2020-05-04"), &["In 2019, the trust paid $2 million in damages to the family."]).len(), 1);
    }

    #[test]
    fn an_announcement_today_closing_dated_news_is_its_source() {
        let got = events(Some("2016-12-22"), &["Two men were arrested in Marl County on Wednesday in connection with a fuel theft ring, the county sheriff announced today."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2016-12-21"], "{got:?}");
        // Telling the news, or closing news with no date of its own, it dates the news.
        let got = events(Some("2016-12-22"), &["The county sheriff announced today that two men were arrested in Marl County on Wednesday."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2016-12-22", "2016-12-21"], "{got:?}");
        let got = events(Some("2016-12-22"), &["Two men were arrested in connection with a fuel theft ring, the county sheriff announced today."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2016-12-22"], "{got:?}");
    }

    #[test]
    fn a_bound_on_the_date_of_a_statement_leaves_it_a_statement() {
        let got = events(Some("2016-12-09"), &["Vance was thought to be the favourite, sources told the Courier as late as Thursday, but the board chose an internal candidate."]);
        assert!(got.is_empty(), "{got:?}");
        // The bound on a told act is the act's date; on a plan, a plan's.
        assert_eq!(events(Some("2016-12-09"), &["The mill shipped flour to the port as late as 1951."]), [("1951-00-00".to_string(), "The mill shipped flour to the port".to_string())]);
        assert!(events(Some("2016-12-09"), &["The mill could reopen as early as 2018."]).is_empty());
    }

    #[test]
    fn the_state_after_a_town_set_off_by_commas_does_not_cut_the_clause() {
        let got = events(Some("2011-03-09"), &["On Tuesday, lawyers and lobbyists for the Dayton, Ohio, printers' guild asked members of the state board to drop the proposed fee on paper and ink imported by the small presses of the region."]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "2011-03-08");
        assert!(got[0].1.contains("asked members of the state board"), "{got:?}");
    }

    #[test]
    fn a_state_still_going_on_at_a_datelines_date_is_no_event() {
        let got = events(Some("2025-12-20"), &["MARL, Dec 20, 2025 (VNS) - Home gardening has been contributing to food security in the region."]);
        assert!(got.is_empty(), "{got:?}");
        // A relative clause's ongoing state leaves the main clause's act dated.
        let got = events(Some("2017-11-16"), &["Opposition leader Ada Quell, who has been receiving treatment abroad, returned to Marl on 15 November 2017."]);
        assert_eq!(got.len(), 1, "{got:?}");
        // Nor is one since a date ("has been running since 2017"), its beginning untold.
        let got = events(Some("2025-12-20"), &["The ferry line has been running since 2017."]);
        assert!(got.is_empty(), "{got:?}");
    }

    /// An article dated `date` (none for an undated one) of one paragraph per string.
    pub(super) fn article(date: Option<&str>, paragraphs: &[&str]) -> Article {
        let mut article = Article {
            id: "ch01".into(),
            source: String::new(),
            meta: Default::default(),
            blocks: paragraphs
                .iter()
                .enumerate()
                .map(|(n, p)| Block::Paragraph {
                    id: format!("ch01-p{n}"),
                    content: vec![crate::model::Inline::Text(p.to_string())],
                })
                .collect(),
            footnotes: Vec::new(),
            report: Default::default(),
        };
        article.meta.date = date.map(str::to_string);
        article
    }

    fn keys(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        events(date, paragraphs).into_iter().map(|(k, _)| k).collect()
    }

    const NOV_19: Option<&str> = Some("2019-11-19");

    #[test]
    fn a_paragraph_naming_no_place_goes_on_where_the_narrative_was() {
        let labels = russian_labels(
            Some("2017-11-07"),
            &[
                "The United States declared war on Germany on 6 April 1917.",
                "In Petrograd, workers went on strike on 23 February 1917.",
                "On the night of 24 October 1917, Red Guards occupied the bridges of the capital.",
                "The British captured Gaza from the Ottoman army on 7 November 1917.",
            ],
        );
        assert_eq!(labels, ["6 April 1917", "23 February (8 March) 1917", "24 October (6 November) 1917", "7 November 1917"]);
        let found = events(NOV_19, &["On the night of 24 October 1917, Red Guards occupied the bridges of the capital."]);
        assert_eq!(found[0].1, "Red Guards occupied the bridges of the capital");
        // A Russian landmark sets its sentence in Russia.
        assert_eq!(russian_labels(Some("2017-11-07"), &["The Winter Palace was stormed on 25 October 1917."]), ["25 October (7 November) 1917"]);
    }

    #[test]
    fn a_date_opening_the_second_coordinated_clause_dates_that_clause() {
        let found = events(NOV_19, &["Her prints were bold and bright, and in 1907 Ada Quill, the engraver (and later wife of a painter) gave her a show at his Tarn Street gallery, his first of prints."]);
        assert_eq!(found[0].1, "Ada Quill, the engraver (and later wife of a painter) gave her a show at his Tarn Street gallery, his first of prints");
        let found = events(NOV_19, &["There are now 900 cameras in the schools, said the superintendent, and the district signed an agreement this week to share video with the police."]);
        assert_eq!(found[0].1, "The district signed an agreement to share video with the police");
        // Not when the first clause tells a past event the date may date too.
        let found = events(NOV_19, &["Vale became the first player to score ten goals, and Quill scored twice on Tuesday."]);
        assert_eq!(found[0].1, "Vale became the first player to score ten goals, and Quill scored twice");
        // Not an apposition inside the subject.
        let found = events(NOV_19, &["The Order of the Lamp, devoted to study, and one of the first to admit women, was founded in 1888 in Leeds."]);
        assert!(found[0].1.starts_with("The Order of the Lamp"), "{found:?}");
        // Not the last item of a list.
        let found = events(NOV_19, &["Ann Vale, Bo Quill, and Cy Marsh signed the pact in 2016."]);
        assert_eq!(found[0].1, "Ann Vale, Bo Quill, and Cy Marsh signed the pact");
        // A pronoun's noun is in the first clause, which stays.
        let found = events(NOV_19, &["The island was poor, and in 1907 it became a dominion."]);
        assert_eq!(found[0].1, "The island was poor, and it became a dominion");
    }

    #[test]
    fn a_restrictive_clause_in_the_past_tells_its_own_event() {
        let found = events(NOV_19, &["I also thank those at the foundation who outlined clear protocols in March 2019 in case a dispute came up."]);
        assert_eq!(found[0].1, "Those at the foundation outlined clear protocols in case a dispute came up");
        let found = events(NOV_19, &["Quill was working in Leeds, managing two mills, when he went to Tarnby on a business trip in 1968."]);
        assert_eq!(found[0].1, "Quill went to Tarnby on a business trip");
        let found = events(NOV_19, &["They told the tale of a young man who saw his doctor in 2016 after months of fatigue."]);
        assert_eq!(found[0].1, "A young man saw his doctor after months of fatigue");
        let found = events(NOV_19, &["The two were among the leaders of the Tarn Party who led a march in May 2018 to the capital."]);
        assert_eq!(found[0].1, "The leaders of the Tarn Party led a march to the capital");
        let found = events(NOV_19, &["Quill was the second witness who listened in on the call in July 2019."]);
        assert_eq!(found[0].1, "Quill listened in on the call");
        // A subject's clause is followed by its main verb, which tells the event.
        let found = events(NOV_19, &["Two hostages who had been held since 2016 were released on Tuesday."]);
        assert!(found.iter().all(|(_, text)| !text.starts_with("Two hostages had")), "{found:?}");
        // Not a clause in the present, whose date is the main verb's.
        let found = events(NOV_19, &["The firm hired the engineers who build its ferries in 2016."]);
        assert!(found.iter().all(|(_, text)| !text.starts_with("The engineers")), "{found:?}");
    }

    #[test]
    fn a_leading_but_goes_before_a_subordinate_clause() {
        let found = events(NOV_19, &["But as the economy has strengthened, the bank has gradually raised rates, starting in December 2015."]);
        assert_eq!(found[0].1, "As the economy has strengthened, the bank has gradually raised rates");
    }

    #[test]
    fn a_participle_phrase_ending_on_the_date_tells_its_own_event() {
        let found = events(NOV_19, &["This is also the year that the firm scrapped its ferry project first announced in 2017."]);
        assert_eq!(found, [("2017-00-00".to_string(), "Its ferry project was first announced".to_string())]);
        let found = events(NOV_19, &["This is also the year that the firm scrapped its failed ferry project first announced in 2017."]);
        assert_eq!(found, [("2017-00-00".to_string(), "Its failed ferry project was first announced".to_string())]);
        let found = events(NOV_19, &["He wrote of the island, referring to a reef of the same name, charted by Ann Vale in 1616."]);
        assert_eq!(found, [("1616-00-00".to_string(), "A reef of the same name was charted by Ann Vale".to_string())]);
        // A finite past after its subject is the clause's own verb.
        let found = events(NOV_19, &["The firm first announced the ferry project in 2017."]);
        assert_eq!(found, [("2017-00-00".to_string(), "The firm first announced the ferry project".to_string())]);
        let found = events(NOV_19, &["Fares doubled after the firm scrapped the old ferries, since the strike started in 2017."]);
        assert!(found.iter().all(|(_, text)| !text.contains("was started")), "{found:?}");
    }

    #[test]
    fn shares_rates_counts_and_comparisons_of_a_period_are_figures() {
        let day = Some("2021-03-10");
        let lead = "The town is quiet.";
        let none = |p: &str| assert!(keys(day, &[lead, p]).is_empty(), "{p}");
        none("In 1990, the richest tenth took home about 40 percent of the county's land.");
        none("In 2012 they captured more than 30 percent of the grain trade.");
        none("In 2015, 70% of the boats in the harbour were sailing boats.");
        none("By 2018, the gap between the villages had grown to 12 percent.");
        none("For the millers, the loss in 1995 was only 3 percent.");
        none("Harvests in 2019 were as poor as they were in the drought.");
        none("In the spring there were nine new cases a week.");
        none("Visits have increased from 4 per 1,000 in May to 9 in July.");
        assert_eq!(keys(day, &[lead, "Ticket prices rose from 40 to 45 in May 2019."]), vec!["2019-05-00"]);
        none("There were 12 fires in March compared to two in February.");
        assert_eq!(keys(day, &[lead, "The mill sold 20 percent of its shares to a bank in 2016."]), vec!["2016-00-00"]);
        assert_eq!(keys(day, &[lead, "There was a fire at the mill in 2016."]), vec!["2016-00-00"]);
        assert_eq!(keys(day, &[lead, "There were two fires at the mill on 4 March 2016."]), vec!["2016-03-04"]);
        assert_eq!(keys(day, &[lead, "The mayor captured 52 percent of the vote in 2016."]), vec!["2016-00-00"]);
        assert_eq!(keys(day, &[lead, "The mill began grinding 500 sacks a day in 1925."]), vec!["1925-00-00"]);
        assert_eq!(keys(day, &[lead, "Fees at the mill were increased by 5% in May 2019."]), vec!["2019-05-00"]);
    }

    #[test]
    fn a_year_among_the_adjectives_of_an_event_noun_dates_it() {
        let day = Some("2021-03-10");
        let lead = "The town is quiet.";
        assert_eq!(keys(day, &[lead, "It all began with the 1929 stock market crash."]), vec!["1929-00-00"]);
        assert_eq!(keys(day, &[lead, "Or take the ill-fated 1956 intervention in Suez."]), vec!["1956-00-00"]);
        assert!(keys(day, &[lead, "Or take the 1956 promotional film about Suez."]).is_empty());
        assert!(keys(day, &[lead, "The museum shows the 1956 poster."]).is_empty());
        assert!(keys(day, &[lead, "Traffic was cut before events like the 1956 Melbourne Olympics."]).is_empty());
    }

    #[test]
    fn a_year_named_most_but_among_many_is_no_subject() {
        let day = Some("2021-03-10");
        let about_2009 = [
            "The decade began in 2009 with hope.",
            "In 2009 the banks were bailed out, and in 2009 the mills closed.",
            "Wages stalled in 2009.",
        ];
        assert!(keys(day, &about_2009).is_empty());
        let ranging = [
            "The crash came in 2009, after the reforms of 1980, 1984, 1988 and 1992.",
            "The banks were bailed out in 2009, as they were in 1991 and 1995.",
            "The mills closed in 2009, and had closed in 1999 and 2003.",
        ];
        assert!(keys(day, &ranging).contains(&"2009-00-00".to_string()));
    }

    #[test]
    fn a_laws_year_dates_no_event() {
        let day = Some("2021-03-10");
        let lead = "The town is quiet.";
        assert!(keys(day, &[lead, "The effects of the Harbour and Docks Act of 1965 were slowly changing the town."]).is_empty());
        assert_eq!(keys(day, &[lead, "The council passed the harbour act in 1965."]), vec!["1965-00-00"]);
    }

    #[test]
    fn an_estimate_of_what_could_happen_is_a_forecast() {
        let day = Some("2021-03-10");
        let lead = "The town is quiet.";
        assert!(keys(day, &[lead, "In late January, the harbour master estimated “up to 40” boats could sink."]).is_empty());
        assert!(keys(day, &[lead, "In January, the board projected that 40 boats would sink."]).is_empty());
        assert_eq!(keys(day, &[lead, "In January, the harbour master estimated the damage and closed the pier."]), vec!["2021-01-00"]);
    }

    #[test]
    fn days_counted_after_an_event_told_before_are_dated_from_it() {
        let day = Some("2021-03-10");
        let vote = "The council voted on 4 February to close the pier.";
        assert_eq!(
            events(day, &[vote, "Two days after the vote, the mayor apologised."]),
            vec![
                ("2021-02-04".to_string(), "The council voted to close the pier".to_string()),
                ("2021-02-06".to_string(), "The mayor apologised".to_string())
            ]
        );
        assert_eq!(keys(day, &[vote, "A week later, the harbour master resigned."]), vec!["2021-02-04", "2021-02-11"]);
        assert_eq!(keys(day, &[vote, "A month after the council voted, the ferry stopped."]), vec!["2021-02-04", "2021-03-00"]);
        assert_eq!(keys(day, &[vote, "The clerk resigned the day before the vote."]), vec!["2021-02-04", "2021-02-03"]);
        // No event told before that the words name: no date, and none counted from it.
        assert_eq!(keys(day, &[vote, "Two days after the flood, the mayor apologised."]), vec!["2021-02-04"]);
        assert_eq!(keys(day, &[vote, "He left the day before the flood and came back a week later."]), vec!["2021-02-04"]);
    }

    #[test]
    fn a_disclosure_told_in_the_passive_is_the_event() {
        let day = Some("2020-10-13");
        let lead = "The town is quiet.";
        assert_eq!(keys(day, &[lead, "The works will end in May, as against the “late spring” date that was disclosed in September."]), vec!["2020-09-00"]);
        assert!(keys(day, &[lead, "The mayor disclosed in September that the works would end in May."]).is_empty());
    }

    #[test]
    fn a_date_closing_a_verbless_subject_dates_its_participle() {
        let day = Some("2023-11-08");
        let lead = "The town is quiet.";
        assert_eq!(keys(day, &[lead, "The firm’s offer for a hotel after buying the old pier earlier this year is also sparking anger."]), vec!["2023-00-00"]);
        assert!(keys(day, &[lead, "The firm’s offer for the old pier earlier this year is also sparking anger."]).is_empty());
        assert!(keys(day, &[lead, "Building on the pier in summer is sparking anger."]).is_empty());
    }

    #[test]
    fn a_relative_pronoun_left_dangling_by_a_cut_goes() {
        assert_eq!(tidy("We filed a claim with the county court that"), "We filed a claim with the county court");
        assert_eq!(tidy("The pier that the storm took"), "The pier that the storm took");
    }

    #[test]
    fn a_places_relative_clause_dates_its_own_event() {
        let day = Some("2021-03-10");
        let lead = "The town is quiet.";
        let e = events(day, &[lead, "Spain has 400 mills, while Portugal, where the first mill opened in 1750, has nearly 90."]);
        assert_eq!(e, vec![("1750-00-00".to_string(), "The first mill opened in Portugal".to_string())]);
        assert!(keys(day, &[lead, "Portugal, where mills are common in 1750 prints, has nearly 90 mills."]).is_empty());
        assert_eq!(keys(day, &[lead, "Porto, where the bridge was built in 1886, has 90 mills."]), vec!["1886-00-00"]);
        let e = events(day, &[lead, "Ann Vale moved to Porto, where she died in 1950."]);
        assert_eq!(e, vec![("1950-00-00".to_string(), "Vale died in Porto".to_string())]);
    }

    #[test]
    fn an_amount_of_a_thing_before_its_period_is_a_figure() {
        let day = Some("2021-03-10");
        assert!(keys(day, &["The town is quiet.", "The refinery processed 3.2 million barrels of crude in 2019."]).is_empty());
        assert_eq!(keys(day, &["The town is quiet.", "The refinery was sold for a song in 2019."]), vec!["2019-00-00"]);
    }

    #[test]
    fn the_year_of_writing_after_a_past_verb_dates_what_was_done() {
        let day = Some("2021-03-10");
        assert_eq!(keys(day, &["The town is quiet.", "The bakery added two shops that it opened in 2021."]), vec!["2021-00-00"]);
        assert!(keys(day, &["The town is quiet.", "The bakery will add shops in 2021."]).is_empty());
        assert!(keys(day, &["The town is quiet.", "The bakery is busy in 2021."]).is_empty());
    }

    #[test]
    fn an_occasion_dated_from_the_writing_is_named_whatever_its_clause_tells() {
        let day = Some("2020-01-08");
        let e = events(day, &["The town is quiet.", "At the prize-giving ceremony earlier this month, a guest of the mayor, Ann Vale, tweeted that the winner spoke “about her parents and her coach and the importance of having good friends.”"]);
        assert_eq!(e, vec![("2020-01-00".to_string(), "The prize-giving ceremony".to_string())]);
        assert!(keys(day, &["The town is quiet.", "The choir is holding a ceremony this week."]).is_empty());
    }

    #[test]
    fn an_irregular_verb_after_a_modal_or_to_is_no_past() {
        assert!(!fragment::tells_the_past("Members can cast their votes by post"));
        assert!(!fragment::tells_the_past("The firm plans to cut jobs"));
        assert!(fragment::tells_the_past("Members cast their votes by post"));
        let day = Some("2023-11-08");
        assert!(keys(day, &["The town is quiet.", "Between Nov. 8 and Nov. 20, members can cast their votes by post."]).is_empty());
    }

    #[test]
    fn a_weekday_followed_by_last_is_that_day_of_the_week_before() {
        // (Friday 6 May 2022: "Thursday last" is 28 April, "last Thursday" 5 May.)
        let day = Some("2022-05-06");
        assert_eq!(keys(day, &["The town is quiet.", "The ferry sank on Tuesday last near the harbour."]), vec!["2022-04-26"]);
        assert_eq!(keys(day, &["The town is quiet.", "The ferry sank last Tuesday near the harbour."]), vec!["2022-05-03"]);
        assert_eq!(keys(day, &["The town is quiet.", "The union held talks on Monday last-minute."]), vec!["2022-05-02"]);
    }

    #[test]
    fn a_clocks_colon_and_an_address_comma_part_no_clause() {
        let day = Some("2022-05-06");
        let e = keys(day, &["The town is quiet.", "Speaking to reporters on Friday, the boatman’s brother, Tom Reyes, said that he had left the jetty at Port Lane, Harbour Town around 18:30hrs on Tuesday last to go fishing with his nephew and his old dog."]);
        assert!(e.contains(&"2022-04-26".to_string()), "{e:?}");
        let s = "He said he left around 18:30hrs on";
        assert!(words_before(s, s.len(), usize::MAX).contains(&"said".to_string()));
    }

    #[test]
    fn due_to_before_a_noun_phrase_gives_a_cause_not_a_plan() {
        let day = Some("2021-03-10");
        assert_eq!(keys(day, &["The town is quiet.", "The bridge was shut due to the storm damage found in February."]), vec!["2021-02-00"]);
        assert!(keys(day, &["The town is quiet.", "The bridge is due to reopen in February."]).is_empty());
    }

    #[test]
    fn a_before_clause_told_in_the_past_has_its_own_tense() {
        let e = keys(Some("2021-03-10"), &["The town is quiet.", "Teachers will help pupils catch up on lessons lost before classes resumed in January."]);
        assert_eq!(e, vec!["2021-01-00"]);
    }

    #[test]
    fn last_with_the_month_of_writing_or_the_one_before_is_the_year_before() {
        let day = Some("2023-11-08");
        assert_eq!(keys(day, &["The town is quiet.", "The council approved the plan last October."]), vec!["2022-10-00"]);
        assert_eq!(keys(day, &["The town is quiet.", "The council approved the plan last November."]), vec!["2022-11-00"]);
        assert_eq!(keys(day, &["The town is quiet.", "The council approved the plan last March."]), vec!["2023-03-00"]);
    }

    #[test]
    fn a_speaker_with_a_title_set_off_by_commas_attributes_the_quotation() {
        let e = events(Some("2020-10-13"), &["The town is quiet.", "“We are thrilled to be here,” Ann Vale, chief executive of the northern rail company, said in a statement on Oct. 12."]);
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_clause_opening_on_a_piece_of_writing_attributes_what_follows() {
        let e = events(Some("2020-10-02"), &["The town is quiet.", "In a study in a medical journal last month, the researchers found that the cases rose at school."]);
        assert!(e.is_empty(), "{e:?}");
        assert!(is_attributed_to_a_document("In an interview, Mr Lund said that he had left the firm"));
        assert!(!is_attributed_to_a_document("In a letter, the mayor resigned"));
    }

    #[test]
    fn a_bracket_left_open_and_a_leading_ellipsis_leave_the_entry() {
        let e = events(Some("2019-11-20"), &["… The keeper said in 2018 that he had been in the studio with the producer Ann Vale (Bon Jovi, Aerosmith) for weeks."]);
        assert!(e.iter().all(|(_, t)| !t.starts_with('…') && !t.ends_with("(Bon Jovi")), "{e:?}");
        assert_eq!(tidy("The band recorded a new album with the producer Ann Vale (Bon Jovi"), "The band recorded a new album with the producer Ann Vale");
        assert_eq!(tidy("… The quarterback received threats after the loss"), "The quarterback received threats after the loss");
    }

    #[test]
    fn a_no_break_space_before_the_date_phrase_cuts_cleanly() {
        let e = events(Some("2020-04-10"), &["North Bay Mayor Ann de Vries\u{a0}indicated earlier this week that \"temporary burials\" might be necessary until the crisis had passed."]);
        assert!(e.iter().all(|(_, t)| t.starts_with("North Bay Mayor")), "{e:?}");
    }

    #[test]
    fn template_fields_and_a_quotations_tail_are_no_events() {
        let e = events(Some("2021-05-01"), &["Infobox Writer region = Northern Letters era = 20th century name = Ann Vale birth = 4 May 1930 (Tring, England) death ="]);
        assert!(e.is_empty(), "{e:?}");
        let e = events(Some("2021-05-01"), &["“You look dreadful,” a particularly nasty troll wrote on her page in March 2019."]);
        assert!(e.is_empty(), "an attribution: {e:?}");
        let e = events(Some("2021-05-01"), &["Their slogan was “Save the Pier,” a campaign for the pier launched in March 2019."]);
        assert!(e.iter().all(|(_, t)| !t.starts_with('”')), "{e:?}");
        // A date with an equals sign in ordinary prose stays.
        let e = events(Some("2021-05-01"), &["The club was founded in 1923, when one share = one vote was the rule."]);
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_comma_inside_brackets_parts_no_clause() {
        let e = events(Some("2019-11-20"), &["The Otters (6-5, 3-4) ended a losing run against the Herons (4-7, 3-4) that dated back to 2007 and had lasted eleven games in all, to the delight of their fans."]);
        assert!(e.iter().all(|(_, t)| !t.starts_with("3-4)")), "{e:?}");
        // (Nor is the age of a run an event.)
        assert!(events(Some("2019-11-20"), &["The Otters ended a losing run against the Herons dating back to 2007."]).is_empty());
        // An origin placed at the work that began it is that work's event.
        assert!(!events(Some("2019-11-20"), &["The modern idea of a Velmora ghost dates back to 1968, in a film that Tora Quist made."]).is_empty());
    }

    #[test]
    fn a_date_in_a_clause_opened_after_the_main_verb_dates_that_clause() {
        let e = events(Some("2019-01-01"), &["Although Okafor has scored in every game since he joined the club in 2015, he is rarely praised."]);
        assert_eq!(e, [("2015-00-00".to_string(), "Okafor joined the club".to_string())]);
        // An opening "Since" clause too, whose past verb follows "first".
        let e = events(Some("2019-01-01"), &["Since the tablets first shipped in 2012, buyers have asked for longer batteries."]);
        assert_eq!(e, [("2012-00-00".to_string(), "The tablets first shipped".to_string())]);
    }

    #[test]
    fn a_date_in_the_attribution_closing_a_sentence_dates_nothing() {
        assert!(events(Some("2019-11-20"), &["The deal would not cover the older tariffs, a trader briefed on last week’s talks said."]).is_empty());
        assert!(events(Some("2019-11-20"), &["Science fiction from 2001: A Space Odyssey to Alien put its crews to sleep."]).is_empty());
    }

    #[test]
    fn an_and_before_a_dated_clause_parts_it_from_the_clause_before() {
        let e = events(Some("2019-01-01"), &["In 1902 the guild admitted its first women and by 1925 they made up half its members."]);
        assert_eq!(e, [("1902-00-00", "The guild admitted its first women"), ("1925-00-00", "They made up half its members")].map(|(k, t)| (k.to_string(), t.to_string())));
        let e = events(Some("2019-01-01"), &["In 1871 the island held its first election and in 1874 abolished its provinces."]);
        assert_eq!(e[1], ("1874-00-00".to_string(), "The island abolished its provinces".to_string()));
        let e = events(Some("2019-01-01"), &["Fiji became a colony in 1874 and in 1970 it became independent."]);
        assert_eq!(e[1], ("1970-00-00".to_string(), "Fiji became independent".to_string()));
        // Not a possessive's owner: the views did not join.
        let e = events(Some("2019-01-01"), &["In 1912 Okafor’s views changed, and he joined the party in 1913."]);
        assert!(!e.iter().any(|(_, t)| t.contains("views joined")), "{e:?}");
    }

    #[test]
    fn years_listed_before_a_name_stay_with_it() {
        let e = events(Some("2019-01-01"), &["The 1931 and 1936 Olympic Congresses chose the host cities."]);
        assert!(e.iter().all(|(_, t)| t.starts_with("The 1931 and 1936 Olympic Congresses chose")), "{e:?}");
    }

    #[test]
    fn a_date_in_a_bracketed_example_dates_nothing() {
        assert!(events(Some("2019-01-01"), &["On older phones (e.g. from 2012), the update took a minute."]).is_empty());
        assert!(events(Some("2019-01-01"), &["Early models (such as those sold in 1998) used a serial cable."]).is_empty());
        // A bracket that tells an event of its own still dates it.
        assert_eq!(keys(Some("2019-01-01"), &["The plant (built in 1998) closed in 2009."]), ["1998-00-00", "2009-00-00"]);
    }

    #[test]
    fn a_date_in_an_opening_subordinate_clause_dates_that_clause() {
        let e = events(Some("2019-01-01"), &["When the old mayor retired in 1988, the council chose a teacher to follow him."]);
        assert_eq!(e, [("1988-00-00".to_string(), "The old mayor retired".to_string())]);
        // "After" before a noun is a preposition: the main clause tells the event.
        let e = events(Some("2019-01-01"), &["After the fall of the junta in 1974, exiles returned to Athens."]);
        assert_eq!(e, [("1974-00-00".to_string(), "After the fall of the junta, exiles returned to Athens".to_string())]);
    }

    #[test]
    fn a_list_of_dates_dates_the_event_once_for_each_and_the_clause_loses_the_whole_list() {
        let e = events(Some("2019-01-01"), &["The harbour wall broke in 1953, 1961 and 1978."]);
        assert_eq!(e, [("1953-00-00", "The harbour wall broke"), ("1961-00-00", "The harbour wall broke"), ("1978-00-00", "The harbour wall broke")].map(|(k, t)| (k.to_string(), t.to_string())));
        let e = events(Some("2019-01-01"), &["Wool prices slumped in 1921 and 1922, after the wartime boom."]);
        assert!(e.iter().all(|(_, t)| t == "Wool prices slumped after the wartime boom"), "{e:?}");
    }

    #[test]
    fn a_range_of_dates_dates_the_event_at_its_start() {
        let e = events(Some("2019-01-01"), &["Between April 2003 and May 2004, the museum lent its whole collection abroad."]);
        assert_eq!(e, [("2003-04-00".to_string(), "The museum lent its whole collection abroad".to_string())]);
    }

    #[test]
    fn an_and_after_a_date_joins_two_dated_clauses() {
        let e = events(Some("2019-01-01"), &["The ferry company was founded in 1884 and the first crossing ran in 1886."]);
        assert_eq!(e, [("1884-00-00", "The ferry company was founded"), ("1886-00-00", "The first crossing ran")].map(|(k, t)| (k.to_string(), t.to_string())));
        // The second clause shares the first one's subject.
        let e = events(Some("2019-01-01"), &["Okafor was born in Enugu in 1931 and died in Lagos in 2004."]);
        assert_eq!(e, [("1931-00-00", "Okafor was born in Enugu"), ("2004-00-00", "Okafor died in Lagos")].map(|(k, t)| (k.to_string(), t.to_string())));
        // No clause follows: the dated things share one verb.
        let e = events(Some("2019-01-01"), &["The council sold the mill in 1962 and the granary soon after, in 1965."]);
        assert!(e.iter().all(|(_, t)| t.starts_with("The council sold")), "{e:?}");
    }

    #[test]
    fn a_short_clause_of_a_second_date_takes_its_sentence_without_the_dates_preposition() {
        let found = events(Some("2015-03-26"), &["Arduino LLC filed to register the US trademark in April 2009, and it was granted in 2011."]);
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert!(texts.iter().all(|t| !t.ends_with(" in")), "{texts:?}");
        assert_eq!(found[0], ("2009-04-00".to_string(), "Arduino LLC filed to register the US trademark".to_string()));
    }

    #[test]
    fn an_opening_subordinate_clause_keeps_its_own_date() {
        let found = events(Some("2019-11-20"), &["Although the painter was born in Lyon in 1889, the city argued for decades that it owed him nothing, having been shelled by Prussia in 1870."]);
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert!(texts.contains(&"The painter was born in Lyon"), "{texts:?}");
        assert!(texts.iter().all(|t| !t.starts_with("Although")), "{texts:?}");
    }

    #[test]
    fn a_list_item_after_a_colon_without_a_verb_is_no_event() {
        let found = events(Some("2015-03-26"), &["The project has made two releases in the past year: 4.1 in April 2014 and 4.1.1 (described as \"a micro update\" in the announcement) in August."]);
        assert!(found.is_empty(), "{found:?}");
        // An item with its own verb is one.
        let found = events(Some("2015-03-26"), &["Two things changed: the board resigned in April 2014."]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn which_after_a_copula_takes_back_the_noun_after_it() {
        let found = events(Some("2015-03-26"), &["The new release is version 2.8, which was unveiled on March 2."]);
        assert_eq!(found, [("2015-03-02".to_string(), "Version 2.8 was unveiled".to_string())]);
    }

    #[test]
    fn a_participle_that_only_carried_the_date_goes_with_it() {
        let texts = |p: &str| events(NOV_19, &[p]).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
        assert_eq!(texts("In a joint statement published Oct. 25, the two ministries accused the army of blocking the road."), ["In a joint statement, the two ministries accused the army of blocking the road"]);
        assert_eq!(texts("The report was published Oct. 25, a day after the vote."), ["The report was published, a day after the vote"]);
        assert_eq!(texts("The quarry first opened in 1887, when the railway came."), ["The quarry first opened when the railway came"]);
    }

    #[test]
    fn an_entry_opening_on_a_pronoun_names_its_person() {
        let text = [
            "When Grace Okafor joined the observatory, its telescope was new. Okafor mapped the comets.",
            "She founded her own company in 1976. The observatory closed in 1980.",
            "Ivan Petrov and Dana Levi met in Rome. He left for Lagos in 1983.",
        ];
        let texts: Vec<String> = events(None, &text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Okafor founded her own company", "The observatory closed", "He left for Lagos"]);
    }

    #[test]
    fn a_plans_year_is_not_the_narratives() {
        let text = [
            "The band will tour together during the trek, which kicks off June 9th in West Palm Beach.",
            "The band announced the tour while closing out their November 18th concert at the Ryman.",
        ];
        assert_eq!(keys(NOV_19, &text), ["2019-11-18"]);
    }

    #[test]
    fn earlier_this_year_is_the_articles_year() {
        assert_eq!(keys(NOV_19, &["Earlier this year, the firm reportedly laid off more than 60 employees."]), ["2019-00-00"]);
        assert_eq!(keys(NOV_19, &["This year, officials banned firecrackers ahead of Diwali."]), ["2019-00-00"]);
        // The writer's own doing; a state in the present.
        assert!(keys(NOV_19, &["This year, we looked specifically at how AI might change the toolchain."]).is_empty());
        // Without the comma too.
        assert!(keys(NOV_19, &["This year we nervously tested our Velmora fares against six chatbots."]).is_empty());
        assert!(keys(NOV_19, &["This year, the halibut fishery is capped at 29.4 million pounds."]).is_empty());
        // The year as a span, and "earlier this year" days into January, date nothing.
        assert!(keys(NOV_19, &["Consumers have purchased 208,560 new vehicles this year."]).is_empty());
        assert!(keys(Some("2019-01-03"), &["Earlier this year, a mass stranding left the tribe scrambling."]).is_empty());
    }

    #[test]
    fn a_weekday_named_with_a_date_gives_its_year() {
        // 6 December 2019 was a Friday: a sale still to come, not one of December 2018.
        let ticket = "Tickets for the tour went on sale to the general public starting Friday, December 6th, at 10 a.m.";
        assert!(keys(NOV_19, &[ticket]).is_empty());
        assert_eq!(keys(NOV_19, &["The strike began on Friday, November 8th, at dawn."]), ["2019-11-08"]);
    }

    #[test]
    fn a_schedule_in_the_present_is_no_event() {
        assert!(keys(NOV_19, &["The band’s current tour continues November 19th in Greenville; the schedule picks up February 7th in Las Vegas."]).is_empty());
        assert!(keys(Some("2019-11-20"), &["The commission holds a public hearing Wednesday with executives from AT&T."]).is_empty());
        assert!(keys(NOV_19, &["Legislators gather ahead of their 2020 session that starts in early January."]).is_empty());
        // A date the text gives in full, told in a caption's present, is still the event's.
        assert_eq!(keys(NOV_19, &["Workers remove a hammer and sickle from a neon sign in Czechoslovakia in 1989."]), ["1989-00-00"]);
    }

    #[test]
    fn reports_letters_and_findings_date_no_events() {
        let date = Some("2019-11-20");
        assert!(keys(date, &["The embassy maintains its own monitor and reported Wednesday that the air was poor."]).is_empty());
        assert!(keys(date, &["The agency said in an Oct. 26 letter to the companies that their engagement was unacceptable."]).is_empty());
        assert!(keys(date, &["The foundation projected in May that the tariffs would reduce GDP by 0.25 percent."]).is_empty());
        assert!(keys(date, &["The commission found that in 2015, there were 9 million premature deaths from air pollution."]).is_empty());
        assert!(keys(date, &["The firm reported a loss of $304.7 million in the third quarter ended Sept. 29."]).is_empty());
        assert!(keys(date, &["The weather should ease by Thursday morning, allowing the utility to restore power."]).is_empty());
    }

    #[test]
    fn earlier_in_the_week_is_the_articles_week() {
        assert_eq!(keys(NOV_19, &["And earlier in the week, the union voted to strike."]), ["2019-11-00"]);
        assert_eq!(keys(NOV_19, &["Earlier in the month, the board fired its chairman."]), ["2019-11-00"]);
    }

    #[test]
    fn the_day_before_counts_back_from_the_last_day() {
        let text = ["On Monday, the two sides signed the accord. The day before, rebels shelled the town."];
        assert_eq!(keys(NOV_19, &text), ["2019-11-18", "2019-11-17"]);
        // A day before something else is not the last day's.
        let text = ["On Monday, the two sides signed the accord. Rebels shelled the town the day before the vote."];
        assert_eq!(keys(NOV_19, &text), ["2019-11-18"]);
    }

    #[test]
    fn the_previous_week_is_the_month_of_the_week_before_the_last_day() {
        let text = ["The firm shelved its offering on October 3. Its chief had resigned the previous week."];
        assert_eq!(keys(NOV_19, &text), ["2019-10-03", "2019-09-00"]);
        let text = ["The firm shelved its offering on October 3. Its chief had resigned the week before the vote."];
        assert_eq!(keys(NOV_19, &text), ["2019-10-03"]);
        let text = ["The firm shelved its offering on September 28. Its chief resigned the following week."];
        assert_eq!(keys(NOV_19, &text), ["2019-09-28", "2019-10-00"]);
    }

    #[test]
    fn a_writings_date_is_no_event() {
        assert!(keys(NOV_19, &["A March 3 memo to staff indicated that the plant would close."]).is_empty());
        assert!(keys(NOV_19, &["His October 11 presentation to investors showed the losses growing."]).is_empty());
        // The date on an act stays: "the November 18th concert" is an event.
        assert_eq!(keys(NOV_19, &["The band announced the tour at their November 18th concert in Nashville."]), ["2019-11-18"]);
    }

    #[test]
    fn a_holding_at_a_date_is_a_status() {
        assert!(keys(NOV_19, &["The survey found the industry had an annual capacity of around 8 GW at the end of 2017."]).is_empty());
        assert!(keys(NOV_19, &["The firm had 3,200 employees at the end of 2016."]).is_empty());
        // "had" as an auxiliary tells an event.
        assert_eq!(keys(NOV_19, &["The firm had closed 12 plants by the end of 2016."]), ["2016-00-00"]);
    }

    #[test]
    fn an_embedded_post_is_no_narrative() {
        let text = ["The air quality was horrific on Sunday, but also predictable. pic.twitter.com/fCX2Ptc7YN", "— Josh Apte (@joshapte) November 3, 2019"];
        assert!(keys(NOV_19, &text).is_empty());
    }

    #[test]
    fn an_undated_article_dates_only_what_its_narrative_places() {
        let text = [
            "The governor expects no action until at least 2021.",
            "A foundation gave $5.9 million toward Holcomb’s 2016 election campaign.",
            "He is waiting for a commission he appointed in February to make recommendations by the end of 2020.",
            "At current rates there will be three rockets produced by 2024: one for the uncrewed test flight, the second for the first crewed flight, Artemis 2 in 2022.",
            "He suggested pushing back the date of a human return to the Moon to 2028.",
        ];
        assert_eq!(keys(None, &text), ["2016-00-00"]);
    }

    // Rules found on tests/fixtures/blind14.

    #[test]
    fn the_weekend_is_the_one_before_the_writing() {
        // Written on Monday 2 December 2019: its weekend fell in November.
        assert_eq!(keys(Some("2019-12-02"), &["The documentary aired at the weekend to mixed reviews."]), ["2019-11-00"]);
        assert_eq!(keys(NOV_19, &["The mayor resigned over the weekend."]), ["2019-11-00"]);
    }

    #[test]
    fn early_this_year_is_the_articles_year() {
        assert_eq!(keys(NOV_19, &["The carrier cut its orders early this year."]), ["2019-00-00"]);
    }

    #[test]
    fn an_act_announced_by_its_agent_is_dated() {
        assert_eq!(keys(NOV_19, &["Unions condemned the merger announced on Monday by the two banks."]), ["2019-11-18"]);
        assert!(keys(NOV_19, &["The minister announced the merger on Monday."]).is_empty());
    }

    #[test]
    fn a_possessives_will_is_no_future() {
        assert_eq!(keys(NOV_19, &["The envoy on Monday accused the junta of imposing its will on the province."]), ["2019-11-18"]);
    }

    #[test]
    fn a_year_before_or_after_an_events_name_dates_it() {
        assert_eq!(keys(NOV_19, &["The bridge was destroyed in the 1944 Warsaw Uprising."]), ["1944-00-00"]);
        assert_eq!(keys(NOV_19, &["His father served as a medic during the Korean War (1951) in a field hospital."]), ["1951-00-00"]);
        // A work's year in brackets labels it.
        assert!(keys(NOV_19, &["She quoted Common Problems (2013) at length."]).is_empty());
        // A year before the name of what is held again and again picks an edition.
        assert!(keys(NOV_19, &["It has grown since hosting the 2012 London Olympics, and exports have risen."]).is_empty());
    }

    #[test]
    fn a_day_date_on_an_owners_act_dates_it() {
        let found = keys(NOV_19, &["The senators questioned the aide, a close adviser to the governor, on the governor's August 2 phone call with the mayor."]);
        assert_eq!(found, ["2019-08-02"]);
    }

    #[test]
    fn a_title_before_a_name_ends_no_sentence() {
        assert_eq!(sentences("She met Rep. Jane Doe on Monday. They spoke.").len(), 2);
        assert_eq!(sentences("Sen. Ed Roe, Gov. Al Poe and Prof. Bo Moe came.").len(), 1);
    }

    #[test]
    fn a_clause_opening_on_a_quotations_close_is_its_attribution() {
        assert!(is_attribution("” the company said in a statement on its website"));
    }

    // Rules found on tests/fixtures/blind16.

    const NOV_18: Option<&str> = Some("2019-11-18");

    #[test]
    fn this_weekend_told_in_the_past_is_the_one_before_the_writing() {
        assert_eq!(keys(NOV_18, &["Volunteers cleared the flooded roads this weekend."]), ["2019-11-00"]);
        // Still to come, or told in the present: a plan, a schedule.
        assert!(keys(NOV_18, &["The council will vote on the budget this weekend."]).is_empty());
        assert!(keys(NOV_18, &["The market opens this weekend in the old town."]).is_empty());
    }

    #[test]
    fn a_month_of_this_or_last_year_takes_the_articles_year() {
        assert_eq!(keys(NOV_18, &["The brewery closed its last plant as recently as May of this year."]), ["2019-05-00"]);
        assert_eq!(keys(NOV_18, &["The mayor resigned in March of last year."]), ["2018-03-00"]);
    }

    #[test]
    fn by_a_month_told_in_the_past_is_no_deadline() {
        let text = ["The pilot first felt unwell in October 2015.", "But by December, his headaches worsened."];
        assert_eq!(keys(NOV_18, &text), ["2015-10-00", "2015-12-00"]);
        // A deadline stays one, attributed or not.
        assert!(keys(NOV_18, &["The firm must file its accounts by December."]).is_empty());
        assert!(keys(NOV_18, &["The rules require firms to file by December, officials said."]).is_empty());
    }

    #[test]
    fn a_past_clause_after_a_future_one_is_the_narratives() {
        let text = ["Fans will miss the stadium and were saddened when its roof collapsed last week."];
        assert_eq!(keys(NOV_18, &text), ["2019-11-00"]);
        // The future still reaches a date after a past auxiliary of its own ("was set to").
        assert!(keys(NOV_18, &["The ferry was set to dock at the harbour on Saturday, and will sail again on Sunday."]).is_empty());
    }

    #[test]
    fn a_price_paid_dates_the_purchase() {
        assert_eq!(keys(NOV_18, &["The bakery chain, which a rival bought for $40 million in 2014, is closing."]), ["2014-00-00"]);
        // A sum for a period is still a figure.
        assert!(keys(NOV_18, &["The chain's sales totalled $40 million in 2014."]).is_empty());
    }

    #[test]
    fn the_ledes_closing_attribution_dates_the_news() {
        let found = events(NOV_19, &["OSLO — The old shipyard will become a museum, the city's mayor said on Monday, after a decade of dispute.", "The mayor said on Monday that the works begin next year."]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0], ("2019-11-18".to_string(), "The old shipyard will become a museum, the city's mayor said".to_string()));
        assert_eq!(keys(NOV_19, &["A Texas man pleaded guilty to fraud, the district attorney's office announced Monday."]), ["2019-11-18"]);
        // A past act's date before a relative clause in the future dates the act.
        assert_eq!(keys(NOV_19, &["Voters approved a levy on Monday that will fund two new schools."]), ["2019-11-18"]);
        // News with its own date: the announcement closing it is its source's, no second event.
        assert_eq!(keys(NOV_19, &["Agents found on Sunday 200 pounds of hashish in a yacht, the border agency announced Monday."]), ["2019-11-17"]);
        // A source's word on an event dates the word, not the event; past the lede, an
        // attribution dates nothing.
        assert!(keys(NOV_19, &["A ferry sank off the coast, the coast guard said on Monday."]).is_empty());
        assert!(keys(NOV_19, &["The ferry is old.", "The old shipyard will become a museum, the mayor said on Monday."]).is_empty());
    }

    #[test]
    fn since_a_year_when_dates_what_the_when_clause_tells() {
        let found = events(NOV_18, &["Since 1956, when it lost the canal, and saw its empire shrink, Britain has kept a smaller fleet."]);
        assert_eq!(found, [("1956-00-00".to_string(), "Britain lost the canal, and saw its empire shrink".to_string())]);
        // A state then dates nothing.
        assert!(keys(NOV_18, &["Output is the lowest since 2012, when the economy was still struggling."]).is_empty());
    }

    #[test]
    fn a_present_of_sequence_dates_what_came_before() {
        let date = Some("2019-11-20");
        assert_eq!(keys(date, &["The deal comes in addition to three ferry orders earlier this week."]), ["2019-11-00"]);
        assert_eq!(keys(date, &["The order follows two ferry sales on Monday."]), ["2019-11-18"]);
        // A present of another kind is still a schedule.
        assert!(keys(date, &["The ferry sails to the islands on Friday."]).is_empty());
        assert!(keys(date, &["The storm comes in on Friday."]).is_empty());
    }

    #[test]
    fn a_span_told_roughly_names_no_date() {
        assert!(keys(NOV_18, &["The firm launched the watch nearly five years ago."]).is_empty());
        assert!(keys(NOV_18, &["The bridge closed more than two years ago."]).is_empty());
        assert_eq!(keys(NOV_18, &["The firm launched the watch five years ago."]), ["2014-00-00"]);
        // One unit told roughly is still the one before; a bound of one is not.
        assert_eq!(keys(NOV_18, &["The firm recalled the watch about a month ago."]), ["2019-10-00"]);
        assert!(keys(NOV_18, &["The bridge closed more than a month ago."]).is_empty());
    }

    #[test]
    fn what_an_estimate_dates_is_a_figures_time() {
        assert!(keys(NOV_18, &["The agency has estimated that 12,000 anglers caught a pike in 2017, up from the year before."]).is_empty());
        assert!(keys(NOV_18, &["Analysts calculated that the mine produced 3 tonnes of gold in 2016."]).is_empty());
        // A finding may still tell an event.
        assert_eq!(keys(NOV_18, &["Investigators found that the pilot had switched off the engine in 2016."]), ["2016-00-00"]);
    }

    #[test]
    fn a_passive_report_of_a_relative_date_is_the_event() {
        assert_eq!(keys(NOV_18, &["A second case of measles was reported in the county over the weekend."]), ["2019-11-00"]);
        assert!(keys(NOV_18, &["The county reported the case over the weekend."]).is_empty());
    }

    #[test]
    fn a_code_in_capitals_before_a_number_names_a_model_not_the_subjects_year() {
        // Three "years" 1750 would make the piece look back on 1750 and lose its own date.
        let text = ["The XR 1750 drill is down to $80.", "The XR 1750 beats the XR 1650.", "Order the XR 1750 by December for a refund."];
        assert!(keys(NOV_18, &text).is_empty());
        assert!(is_model_number("the RTX 2060 card", 8));
        assert!(!is_model_number("landed in AD 1066", 13));
        assert!(!is_model_number("landed in 1066", 10));
    }

    #[test]
    fn this_year_opening_a_later_sentence_is_the_articles_year() {
        assert_eq!(keys(NOV_19, &["It is time to look back. This year we saw a ferry line fold."]), ["2019-00-00"]);
    }

    #[test]
    fn times_of_day_count_from_the_writing() {
        let date = Some("2018-08-08");
        assert_eq!(keys(date, &["The ferry company has this morning paid the harbour fee."]), ["2018-08-08"]);
        assert_eq!(keys(date, &["The old pier collapsed last night."]), ["2018-08-07"]);
        assert!(keys(date, &["The minister will visit the pier this afternoon."]).is_empty());
        // Told in the present, a schedule.
        assert!(keys(date, &["The ferry sails for Oslo this morning."]).is_empty());
    }

    #[test]
    fn relative_days_of_the_news_read_whole() {
        let date = Some("2019-11-20");
        assert_eq!(events(date, &["The old pier collapsed yesterday afternoon."]), [("2019-11-19".to_string(), "The old pier collapsed".to_string())]);
        assert_eq!(keys(date, &["The old pier collapsed earlier today."]), ["2019-11-20"]);
        assert_eq!(keys(date, &["The old pier collapsed this past weekend."]), ["2019-11-00"]);
        assert_eq!(keys(date, &["The old pier collapsed this past week."]), ["2019-11-00"]);
        assert_eq!(events(date, &["The old pier collapsed on the 2nd of November."]), [("2019-11-02".to_string(), "The old pier collapsed".to_string())]);
        assert_eq!(keys(date, &["The old pier collapsed on the 2nd of November 2017."]), ["2017-11-02"]);
    }

    #[test]
    fn a_short_month_name_without_its_stop_goes_with_a_day() {
        let date = Some("2019-11-20");
        assert_eq!(keys(date, &["The old pier collapsed on Nov 2."]), ["2019-11-02"]);
        assert_eq!(keys(date, &["The old pier collapsed on Aug 3, 2018."]), ["2018-08-03"]);
        assert_eq!(keys(date, &["The old pier collapsed on 2 Nov 2018."]), ["2018-11-02"]);
        assert_eq!(keys(date, &["The old pier collapsed on Sept 5."]), ["2019-09-05"]);
        // Alone, such a word is no month.
        assert!(keys(date, &["Nothing could mar the day, said the mayor in a speech in the Mar Vista hall."]).is_empty());
    }

    #[test]
    fn page_notes_are_no_events() {
        let date = Some("2019-11-20");
        assert!(keys(date, &["Correction, Nov. 15, 2019: This article misstated the year the ferry line was founded."]).is_empty());
        assert!(keys(date, &["Editor’s note, Nov. 12: An earlier version of this story named the wrong harbour."]).is_empty());
        assert!(keys(date, &["This story was originally published on Nov. 12, 2019."]).is_empty());
        assert!(keys(date, &["The following talk was presented by video to meetings of the Velmora Society in Quist on 7 November 2019."]).is_empty());
        assert!(keys(date, &["This essay first appeared in the Velmora Review in March 1998."]).is_empty());
        assert!(keys(date, &["Last updated on Nov. 18."]).is_empty());
        assert!(keys(date, &["Photo taken on Nov. 12, 2019."]).is_empty());
        // Another writing's publication is still told.
        assert_eq!(keys(date, &["The novel was first published in 1920."]), ["1920-00-00"]);
    }

    #[test]
    fn a_figures_change_over_a_period_is_no_event() {
        let date = Some("2019-11-20");
        assert!(keys(date, &["In 2018, ferry ticket sales rose 5 percent."]).is_empty());
        assert!(keys(date, &["Ferry fares have risen 20% since January."]).is_empty());
        assert!(keys(date, &["Ferry exports fell by 3.5 per cent in October."]).is_empty());
        // A day's move, and a rise of no figure, still date.
        assert_eq!(keys(date, &["Ferry shares fell 5 percent on Monday."]), ["2019-11-18"]);
        assert_eq!(keys(date, &["The river rose over its banks in October."]), ["2019-10-00"]);
    }

    #[test]
    fn years_counted_from_the_last_named_or_the_writing() {
        let date = Some("2019-11-20");
        let text = ["The ferry line opened in 2010. Two years earlier, the harbour had been dredged."];
        assert_eq!(keys(date, &text), ["2010-00-00", "2008-00-00"]);
        assert_eq!(keys(date, &["The ferry line opened in 2010. Later that year, the pier was rebuilt."]), ["2010-00-00", "2010-00-00"]);
        assert_eq!(keys(date, &["The harbour was dredged two decades ago."]), ["1999-00-00"]);
    }

    #[test]
    fn talk_since_a_date_begins_no_state() {
        assert!(keys(NOV_18, &["A sequel to the ferry film has been rumored since 2017."]).is_empty());
        assert_eq!(keys(NOV_18, &["Since 2017, with the opening of the new pier, the ferry line has been running."]), ["2017-00-00"]);
    }

    #[test]
    fn later_that_evening_is_the_last_day_named() {
        let text = ["The ferry sank on March 3, 2015. Later that evening, the skipper was arrested."];
        assert_eq!(keys(NOV_18, &text), ["2015-03-03", "2015-03-03"]);
    }

    #[test]
    fn months_later_count_from_the_last_month_named() {
        let text = ["The ferry line opened in November 2015. Two months later, the harbour froze."];
        assert_eq!(keys(NOV_18, &text), ["2015-11-00", "2016-01-00"]);
        // With no month named close by, nothing.
        assert_eq!(keys(NOV_18, &["The ferry line opened in 2015. Two months later, the harbour froze."]), ["2015-00-00"]);
    }

    #[test]
    fn this_season_over_by_the_writing_is_the_articles_year() {
        assert_eq!(keys(NOV_18, &["The old pier collapsed this summer."]), ["2019-00-00"]);
        assert!(keys(NOV_18, &["The old pier collapsed this fall."]).is_empty());
        assert!(keys(Some("2019-05-02"), &["The old pier will reopen this summer."]).is_empty());
    }

    #[test]
    fn a_months_own_event_is_dated() {
        assert_eq!(keys(NOV_18, &["Turnout fell sharply at October’s harbour board election."]), ["2019-10-00"]);
        // A month's other possession dates nothing.
        assert!(keys(NOV_18, &["The firm beat October’s sales figures."]).is_empty());
    }

    #[test]
    fn holidays_of_a_fixed_day_and_a_season_before_its_year_date() {
        assert_eq!(keys(NOV_18, &["The old pier collapsed on Christmas Day 2018."]), ["2018-12-25"]);
        assert_eq!(keys(NOV_18, &["The old pier collapsed on Halloween."]), ["2019-10-31"]);
        assert_eq!(keys(NOV_18, &["The old pier collapsed on New Year’s Eve, 2016."]), ["2016-12-31"]);
        assert!(keys(NOV_18, &["Shops sold Halloween costumes."]).is_empty());
        assert_eq!(keys(NOV_18, &["The old pier collapsed in autumn 2016."]), ["2016-00-00"]);
    }

    #[test]
    fn british_quotation_marks_mask_speech() {
        assert!(keys(NOV_18, &["‘We beat the Harbours on Saturday and can do it again,’ said the coach."]).is_empty());
        assert!(keys(NOV_18, &["The coach said: ‘We beat the Harbours on Saturday.’"]).is_empty());
        // Apostrophes and a scare-quoted word leave the narrative.
        assert_eq!(keys(NOV_18, &["The players’ union met on Saturday."]), ["2019-11-16"]);
        assert_eq!(keys(NOV_18, &["The skipper’s ‘historic’ crossing took place on Saturday."]), ["2019-11-16"]);
        assert_eq!(keys(NOV_18, &["The ‘90s band, which didn’t tour, split on Saturday."]), ["2019-11-16"]);
    }

    #[test]
    fn an_american_range_of_days_reads_whole() {
        let found = events(NOV_18, &["The port was closed Nov. 4-5 after a storm."]);
        assert_eq!(found, [("2019-11-04".to_string(), "The port was closed after a storm".to_string())]);
        assert_eq!(keys(NOV_18, &["The port was closed Aug. 4–6, 2017."]), ["2017-08-04"]);
        assert!(find_mentions("The Harbours won the Oct. 3-1 derby.").iter().all(|m| m.until.is_none()));
    }

    #[test]
    fn a_press_releases_dateline_and_today_before_its_verb() {
        let found = events(NOV_18, &["NEW YORK, Nov. 18, 2019 /PRNewswire/ -- Ferrix Inc. today announced the acquisition of a ferry line."]);
        assert!(!found.is_empty() && found.iter().all(|(k, t)| k == "2019-11-18" && t.starts_with("Ferrix Inc.")), "{found:?}");
        assert_eq!(keys(NOV_18, &["The ferry firm today announced that it has bought a rival."]), ["2019-11-18"]);
        assert!(keys(NOV_18, &["The ferry firm today said that fares would rise."]).is_empty());
    }

    #[test]
    fn a_short_weekday_ends_no_sentence() {
        assert_eq!(keys(NOV_18, &["The port reopened on Mon., Nov. 4."]), ["2019-11-04"]);
    }

    #[test]
    fn today_dates_only_a_past_act() {
        let date = Some("2018-08-08");
        assert_eq!(keys(date, &["The price of the ferry pass has dropped today to its lowest yet."]), ["2018-08-08"]);
        assert!(keys(date, &["The new ferry service runs starting today."]).is_empty());
        assert!(keys(date, &["Ferries are one of the cheapest ways to travel today."]).is_empty());
        assert_eq!(keys(date, &["The council has started handing out 5,000 ferry passes today."]), ["2018-08-08"]);
        assert!(keys(date, &["The minister said in a call with reporters today that fares would fall."]).is_empty());
        assert!(keys(date, &["The ferry that sank in 1990 is still remembered today."]).contains(&"1990-00-00".to_string()));
        assert!(keys(date, &["The skipper sat before me today, relaxed."]).is_empty());
        assert!(keys(date, &["The skipper who sat before me today was relaxed."]).is_empty());
        assert_eq!(keys(date, &["Today, the harbour board voted to close the ferry pier."]), ["2018-08-08"]);
        assert_eq!(keys(date, &["Today, we filed a claim against the ferry company."]), ["2018-08-08"]);
        assert!(keys(date, &["Today, the old ferry pier is a museum."]).is_empty());
        assert!(keys(date, &["Today, the minister said that ferry fares would fall."]).is_empty());
        assert!(keys(date, &["I would not have to put that on a ferry timetable today."]).is_empty());
        assert!(keys(date, &["How the ferries we know today came out of the old sailing barges is a long story."]).is_empty());
        assert_eq!(keys(date, &["The ferry company today announced a new route to Oslo."]), ["2018-08-08"]);
    }

    #[test]
    fn a_future_joined_on_after_a_past_is_the_next_step() {
        let date = Some("2018-08-08");
        assert_eq!(keys(date, &["The skipper flew to Oslo yesterday evening and will sign the papers today."]), ["2018-08-07"]);
        assert!(keys(date, &["The skipper will fly to Oslo on Friday and will sign the papers."]).is_empty());
    }

    #[test]
    fn a_word_opening_on_an_event_noun_names_no_event() {
        // "warmest" is no "war": the present habit stays out.
        assert!(keys(NOV_19, &["Inland towns are warmest in January."]).is_empty());
        assert_eq!(keys(NOV_19, &["The ferry line was founded after the wars in 1850."]), ["1850-00-00"]);
    }

    #[test]
    fn a_day_right_after_a_plans_adjective_is_the_plan() {
        assert!(keys(NOV_19, &["The port has cancelled a scheduled Dec. 15 increase of ferry fares."]).is_empty());
        assert!(keys(NOV_19, &["The council voted against the planned March 3 closure of the pier."]).is_empty());
        assert_eq!(keys(NOV_19, &["A planned strike was called off on Monday."]), ["2019-11-18"]);
    }

    #[test]
    fn an_attribution_set_off_after_the_date_leaves_the_entry() {
        let found = events(NOV_19, &["Ann Vale ran the ferry for a decade. In 1997, Ann Vale wrote, she sold it to a rival."]);
        assert_eq!(found.len(), 1);
        assert!(!found[0].1.contains("wrote"), "{found:?}");
        assert_eq!(without_aside_attribution("The skipper said, according to the log, that the ferry sank"), "The skipper said, according to the log, that the ferry sank");
        assert_eq!(without_aside_attribution("He wrote, “it is a fine ferry”, referring to the boat"), "He wrote, “it is a fine ferry”, referring to the boat");
    }

    #[test]
    fn what_followed_at_a_second_date_is_its_own_entry() {
        let found = events(NOV_19, &["The port first banned diesel ferries in February 2018, followed by cruise ships in March 2018."]);
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["The port first banned diesel ferries", "Cruise ships followed"]);
        let found = events(NOV_19, &["Fares rose in July 2018, followed by new fees in August 2018 that covered parking."]);
        assert_eq!(found[1].1, "New fees followed that covered parking");
    }

    #[test]
    fn a_photos_caption_in_the_present_is_no_event() {
        assert!(keys(NOV_19, &["Ferry captain Ann Vale waves to passengers in the harbour of Oslo, Norway, Monday, Nov. 18, 2019."]).is_empty());
        // A caption opening on its photographer's credit.
        assert!(keys(NOV_19, &["© Ana Lima Passengers wait at the ferry terminal in Oslo, Norway, on May 18, 2018."]).is_empty());
        assert!(crate::clean::chrome::furniture("© 2019 The Ledger Company. All rights reserved.").is_some());
        assert_eq!(keys(NOV_19, &["Ferry captain Ann Vale waved to passengers on Monday, Nov. 18, 2019."]), ["2019-11-18"]);
    }

    #[test]
    fn a_references_note_marks_leave_the_entry() {
        let found = events(NOV_19, &["[41] The harbour board sold the ferry in 1840 to a rival.[12][n 3]"]);
        assert_eq!(found[0].1, "The harbour board sold the ferry to a rival");
    }

    #[test]
    fn the_day_an_observance_is_named_for_is_no_date() {
        assert!(keys(NOV_19, &["The mayor fainted at a July 4 commemoration by the harbour."]).is_empty());
        assert_eq!(keys(NOV_19, &["The mayor fainted at a commemoration on July 4, 2016."]), ["2016-07-04"]);
    }

    #[test]
    fn a_things_year_of_origin_is_no_event() {
        assert!(keys(NOV_19, &["Used copies of this ferry timetable from 1985 sold for $200."]).is_empty());
        assert_eq!(keys(NOV_19, &["The harbour master ran the ferry from 1985 until his death."]), ["1985-00-00"]);
        assert_eq!(keys(NOV_19, &["The ferry was closed to tourists from 1985."]), ["1985-00-00"]);
    }

    #[test]
    fn a_month_of_a_year_is_one_date() {
        assert_eq!(keys(NOV_19, &["The harbour board sold the ferry in October of 2006."]), ["2006-10-00"]);
    }

    #[test]
    fn a_house_number_is_no_year() {
        assert!(keys(NOV_19, &["Police arrested a man, 32, of 1204 Harbour St., after a chase."]).is_empty());
        assert!(keys(NOV_19, &["Officers stopped a car driven by a woman of 1987 Pine Ridge Road on Main Street."]).is_empty());
        assert_eq!(keys(NOV_19, &["The ferry terminal opened in 1987 on Harbour Street."]), ["1987-00-00"]);
        assert_eq!(keys(NOV_19, &["In 1987 Harbour Street was renamed."]), ["1987-00-00"]);
    }

    #[test]
    fn back_to_where_it_was_is_no_clause_cut_off() {
        let found = keys(NOV_19, &["Fares show that the ferry is almost back to where it was when the port opened its mid-September terminal."]);
        assert_eq!(found, ["2019-09-00"]);
    }

    #[test]
    fn a_span_of_years_with_a_dash_dates_no_event() {
        assert_eq!(keys(NOV_18, &["She ran the ferry line from 1996 – 2004, selling it to a rival in 2001."]), ["2001-00-00"]);
    }

    #[test]
    fn a_year_labelling_a_list_or_a_record_dates_nothing() {
        assert!(keys(NOV_18, &["We rated the kettle as one of the best buys of 2017."]).is_empty());
        assert!(keys(NOV_18, &["The film topped the list of the top films of 2016."]).is_empty());
        assert_eq!(keys(NOV_18, &["The kettle was launched in 2017."]), ["2017-00-00"]);
    }

    #[test]
    fn a_date_set_off_after_who_dates_the_clause_past_its_comma() {
        let found = events(NOV_18, &["The baker Ann Holt, who in 2011, won the county prize, has opened a second shop."]);
        assert_eq!(found, [("2011-00-00".to_string(), "Ann Holt won the county prize".to_string())]);
        // A clause of names around a short past verb is no title.
        let found = events(NOV_18, &["The baker, Ann Holt, who in 2011, won the Great County Bread Prize, has opened a shop."]);
        assert_eq!(found, [("2011-00-00".to_string(), "Ann Holt won the Great County Bread Prize".to_string())]);
    }

    #[test]
    fn a_who_clause_takes_back_the_name_before_an_age_and_a_home() {
        let found = events(NOV_18, &["Beside her stood Jonathan Vale, 18, of Brenna, who in March made headlines when he sued the town."]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("Jonathan Vale made headlines"), "{found:?}");
    }

    #[test]
    fn a_leap_forward_to_a_year_when_dates_the_when_clause() {
        let found = events(NOV_18, &["Fast-forward to 2016, when the baker — a young woman from Leeds — had just opened her second shop."]);
        assert_eq!(found, [("2016-00-00".to_string(), "The baker had just opened her second shop".to_string())]);
        // A state then dates nothing.
        assert!(keys(NOV_18, &["Fast-forward to 2016, when the baker was still struggling."]).is_empty());
        // The origin a thing dates back to, with its "when" clause, is that clause's act.
        let found = events(NOV_18, &["The Velmora rule dates back to 1975, when the ferrymen's guild capped the fares."]);
        assert_eq!(found, [("1975-00-00".to_string(), "The ferrymen's guild capped the fares".to_string())]);
    }

    #[test]
    fn a_paragraph_bringing_in_a_dated_message_tells_an_act_of_its_day() {
        let message = "Date: Mon, 4 Mar 2002 10:12:00 +0000\nFrom: Tora Quist\nSubject: the ferry\n\nHere is the plan.";
        let approved = "Date: Mon, 4 Mar 2002 23:40:00 +0000\nFrom: the harbour board\n\nApproved.";
        // The story's dates, each paragraph followed by the message of the same place if any.
        let told = |paragraphs: &[&str], messages: &[&str]| {
            let mut story = article(None, paragraphs);
            for (n, text) in messages.iter().enumerate().rev() {
                story.blocks.insert(n + 1, Block::Code { id: format!("ch01-c{n}"), text: text.to_string() });
            }
            let mut out = Extraction::default();
            extract_article(&story, Convention::Gregorian, &mut out);
            out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect::<Vec<_>>()
        };
        let keys = |got: &[(String, String)]| got.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        let got = told(&["Early on, Tora Quist sent the harbour board her plan for the ferry:", "Three days later, the board approved the new ferry."], &[message]);
        assert_eq!(keys(&got), ["2002-03-04", "2002-03-07"], "{got:?}");
        assert!(got[0].1.contains("Tora Quist sent the harbour board her plan"), "{got:?}");
        // A day the paragraph counts past the message's own is the message's.
        let got = told(&["Early on, Tora Quist sent the harbour board her plan for the ferry:", "The next day, the board approved it:"], &[message, approved]);
        assert_eq!(keys(&got), ["2002-03-04", "2002-03-04"], "{got:?}");
        // A day without its year after it is of the message's year.
        let got = told(&["Early on, Tora Quist sent the harbour board her plan for the ferry:", "The board approved it on march 6th."], &[message]);
        assert_eq!(keys(&got), ["2002-03-04", "2002-03-06"], "{got:?}");
        // A block that is no message (no headers, or a date with no sender nor subject) dates
        // nothing.
        assert_eq!(message_day("Date: Mon, 4 Mar 2002 10:12:00 +0000\n\nHere is the plan."), None);
        assert_eq!(message_day("let date = 4;\nDate: Mon, 4 Mar 2002"), None);
    }

    #[test]
    fn a_month_in_lower_case_before_an_ordinal_day_is_a_month() {
        assert_eq!(keys(NOV_18, &["The ferry was launched on march 2nd, and refitted on june 7th."]), ["2019-03-02", "2019-06-07"]);
        // No ordinal: a verb may stand there.
        assert!(keys(NOV_18, &["The ferrymen march 2 miles to the harbour every day."]).is_empty());
    }

    #[test]
    fn a_measure_up_or_down_in_a_month_is_no_event() {
        assert!(keys(NOV_18, &["The market showed little hope, as tractor sales were down sharply in March."]).is_empty());
        // A thing shut down then is an act.
        assert_eq!(keys(NOV_18, &["The Velmora mill was shut down in March."]), ["2019-03-00"]);
    }

    #[test]
    fn a_wait_until_a_year_when_dates_the_when_clause() {
        let found = events(NOV_18, &["The ferry could not sail to Brenna until 1921, when the guild finally dredged the harbour."]);
        assert_eq!(found, [("1921-00-00".to_string(), "The guild finally dredged the harbour".to_string())]);
        // A bound alone, or a state at it, dates nothing.
        assert!(keys(NOV_18, &["The ferry could not sail to Brenna until 1921."]).is_empty());
        assert!(keys(NOV_18, &["The ferry could not sail to Brenna until 1921, when the harbour was still shallow."]).is_empty());
    }

    #[test]
    fn a_fronted_date_on_a_report_dates_the_report_not_an_event() {
        assert!(keys(NOV_18, &["In 2015, the health board reported that the share of smokers was 12 percent."]).is_empty());
        assert!(keys(NOV_18, &["In 2015, researchers found that the lake had shrunk by a third."]).is_empty());
        // The event of a fronted date stays.
        assert_eq!(keys(NOV_18, &["In 2015, the health board closed two clinics that had reported losses."]), ["2015-00-00"]);
        // A connecting adverb set off after the date leaves the statement its own.
        assert!(keys(NOV_18, &["In 2015, however, the health board reported that the share of smokers was 12 percent."]).is_empty());
        assert!(keys(NOV_18, &["In 2015, surprisingly, researchers found that the lake had shrunk by a third."]).is_empty());
        assert_eq!(keys(NOV_18, &["In 2015, however, the health board closed two clinics."]), ["2015-00-00"]);
        // So does a warning's verb.
        assert!(keys(NOV_18, &["Yesterday, the harbour board warned that storms had damaged the pier."]).is_empty());
        assert!(keys(NOV_18, &["In 2015, the health board cautioned that the clinics had closed."]).is_empty());
    }

    #[test]
    fn a_statement_or_a_question_after_an_occasion_dated_up_front_is_no_event() {
        let none = |p: &str| assert!(keys(NOV_18, &[p]).is_empty(), "{p}");
        none("On the Velmora Morning Show last Sunday, the mayor was asked if the ferries would run.");
        none("In an interview on Tuesday, the harbour master said that the ferry had been sold.");
        none("In 2015, the mayor was asked whether the ferries would run.");
        // The occasion's act stays.
        assert_eq!(keys(NOV_18, &["On the Velmora quay last Sunday, the mayor opened the ferry terminal."]), ["2019-11-17"]);
    }

    #[test]
    fn a_date_in_the_source_closing_a_sentence_dates_the_source() {
        let none = |p: &str| assert!(keys(NOV_18, &[p]).is_empty(), "{p}");
        none("Velmora expects to lose $2 million on its ferries in 2020, according to a report issued last year by the harbour office.");
        none("The ferry carried 9,000 people a day, according to a survey published in March.");
        // The news's own date before the source stays.
        assert_eq!(keys(NOV_18, &["The ferry sank in March, according to the harbour office."]), ["2019-03-00"]);
    }

    #[test]
    fn the_day_a_figure_moved_from_is_its_base() {
        let day = Some("2019-11-14");
        let lead = "The Velmora ferries ran late.";
        assert!(keys(day, &[lead, "That number increased from Monday by a few hundred."]).is_empty());
        assert!(keys(day, &[lead, "Ticket sales fell from Tuesday by 12 percent."]).is_empty());
        // A participle or "unchanged", an adverb between or not, moves it too.
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(moved_from(&words("Fares stood at 41.5, rising slightly from")));
        assert!(moved_from(&words("which is unchanged from")));
        assert!(!moved_from(&words("Tora Quist sailed home quickly from")));
        assert!(keys(day, &[lead, "There were 18 ferries on the Velmora line in 2018, which is unchanged from 2017, according to the harbour office."]).is_empty());
        // A move on a day dates it.
        assert_eq!(keys(day, &[lead, "The ferry fares fell on Tuesday by 12 percent."]), ["2019-11-12"]);
    }
    // Rules found on tests/fixtures/blind22.

    #[test]
    fn what_was_slated_is_a_plan() {
        assert!(keys(Some("2019-12-30"), &["The mayor was slated to open the pier at a ceremony on Dec. 28."]).is_empty());
        assert_eq!(keys(Some("2019-12-30"), &["The mayor opened the pier at a ceremony on Dec. 28."]), ["2019-12-28"]);
    }

    #[test]
    fn an_act_told_as_not_done_is_no_event() {
        assert!(keys(NOV_18, &["In 2016, the council didn’t sell the ferry."]).is_empty());
        assert!(keys(NOV_18, &["The council never sold the ferry in 2016."]).is_empty());
        assert_eq!(keys(NOV_18, &["In 2016, the council sold the ferry it did not need."]), ["2016-00-00"]);
    }

    #[test]
    fn of_that_year_goes_with_the_month() {
        let found = events(NOV_18, &["The ferry sank in 2016.", "In January of that year, the harbour master resigned."]);
        assert_eq!(found[1], ("2016-01-00".to_string(), "The harbour master resigned".to_string()));
    }

    #[test]
    fn a_count_in_words_of_what_there_was_is_no_event() {
        assert!(keys(NOV_18, &["In 2014, there were a handful of sailings but nothing worth noting."]).is_empty());
        assert_eq!(keys(NOV_18, &["In 2014, there was a fire on the ferry."]), ["2014-00-00"]);
    }

    #[test]
    fn a_he_after_since_takes_back_the_name_the_main_clause_opens_on() {
        let found = events(NOV_18, &["Although Holt has steered the ferry well since she joined the crew in 2003, the boat is slow."]);
        assert_eq!(found, [("2003-00-00".to_string(), "Holt joined the crew".to_string())]);
    }

    #[test]
    fn a_notice_opening_on_an_imperative_in_capitals_is_no_event() {
        assert!(keys(NOV_18, &["ATTEND a two-day regatta with the harbour's best sailors, Oct. 28–29, at Dover."]).is_empty());
        assert_eq!(keys(NOV_18, &["NASA launched the probe on Oct. 28, 2019."]), ["2019-10-28"]);
        assert_eq!(keys(NOV_18, &["NASA supplier Orbitus has been idle since a blast in September 2016."]).len(), 1);
    }

    #[test]
    fn the_page_addressing_its_reader_tells_no_event() {
        assert!(keys(NOV_18, &["Read on below for the best of the Velmora records of September and October 2019."]).is_empty());
        assert!(keys(NOV_18, &["Scroll down for the ferry's timetable of May 2019."]).is_empty());
        // A person named Read is no imperative.
        assert_eq!(keys(NOV_18, &["Read Quist sold the ferry in May 2019."]), ["2019-05-00"]);
    }

    #[test]
    fn a_participle_after_as_is_no_past_tense() {
        assert!(keys(NOV_18, &["Our last list of 2019 is the best from September and October, as selected by the Velmora staff."]).is_empty());
        assert_eq!(keys(NOV_18, &["The Velmora staff selected the best ferry in September 2019, as reported by the Post."]), ["2019-09-00"]);
    }

    #[test]
    fn a_past_relative_clause_in_a_question_tells_its_fact() {
        let found = events(NOV_18, &["How else can you describe someone who backed both Ann Vale, a ferry owner, and Tora Quist, who ran for mayor of Velmora in 1964?"]);
        assert_eq!(found.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1964-00-00"], "{found:?}");
        assert_eq!(found[0].1, "Tora Quist ran for mayor of Velmora");
        assert!(keys(NOV_18, &["Who ran for mayor of Velmora in 1964?"]).is_empty());
    }

    #[test]
    fn an_american_date_takes_its_year_without_a_comma() {
        let found = events(NOV_18, &["The Velmora ferry line, which opened on Wednesday, December 17 2014, carried 900 riders."]);
        assert_eq!(found[0].0, "2014-12-17");
        assert!(!found[0].1.contains("2014"), "{found:?}");
    }

    #[test]
    fn a_release_told_by_its_maker_today_is_the_days_news() {
        assert_eq!(keys(NOV_18, &["Today, we are releasing the full plans of the Velmora ferry under an open licence."]), ["2019-11-18"]);
        assert!(keys(NOV_18, &["Today, we are seeing more ferries on the Velmora line."]).is_empty());
    }

    #[test]
    fn an_absence_or_a_statement_of_something_is_no_event() {
        assert!(keys(NOV_18, &["Readers will have spotted that there was no harbour report last month, to make room for the Velmora prize."]).is_empty());
        assert!(keys(NOV_18, &["In April, Tora Quist spoke of the harbour needing many years of repairs."]).is_empty());
        assert!(keys(NOV_18, &["Five years later, the mayor of Velmora warned of a backlash."]).is_empty());
        // A date after the verb dates what is spoken of.
        assert_eq!(keys(NOV_18, &["Tora Quist spoke of the flood that struck Velmora in 1953."]), ["1953-00-00"]);
    }

    #[test]
    fn a_closing_participle_with_its_year_tells_a_past_act() {
        assert_eq!(keys(NOV_18, &["These figures are famous among collectors, winning the Velmora Awards by a landslide in 2016."]), ["2016-00-00"]);
        // Its year stated: a season's habit told in the present stays out.
        assert!(keys(NOV_18, &["The ferry is busy all year, carrying tourists in August."]).is_empty());
    }

    #[test]
    fn an_excerpt_cut_short_under_a_date_line_is_a_teaser() {
        let paragraphs = [
            "Velmora opened its new harbour school on Monday, December 15.",
            "Front Page",
            "December 19, 2025",
            "THE VELMORA BAND won the carolling contest for the third year on Friday, December 12, 2025, at the Central Ha...",
            "December 19, 2025",
            "THE HARBOUR BOARD opened the new pier on Sunday, December 14, with a parade through the streets of ...",
        ];
        assert_eq!(keys(Some("2025-12-19"), &paragraphs), ["2025-12-15"]);
        // Not a paragraph of the text that ends on an ellipsis of its own.
        assert_eq!(keys(Some("2025-12-19"), &["Tora Quist sold the ferry on Friday, December 12, 2025, and then..."]), ["2025-12-12"]);
    }

    #[test]
    fn a_statement_to_someone_is_an_attribution() {
        assert!(is_statement_to("She told The Harbour Gazette newspaper"));
        assert!(is_statement_to("Holt told Ferry Weekly that she had sold the boat"));
        assert!(is_statement_to("She told Oprah, “I sold the boat”"));
        assert!(is_statement_to("On Tuesday, Holt said of the coming ferry tax"));
        assert!(is_statement_to("On Tuesday, Holt said of the coming ferry tax, “We will fight it”"));
        assert!(!is_statement_to("On Tuesday, Holt said of the coming ferry tax that it was unfair and then sold the boat"));
        assert!(keys(NOV_18, &["On Tuesday, Holt said of the coming ferry tax, “We will fight it to the end.”"]).is_empty());
        // After the quotation, its comma inside the closing mark.
        assert!(is_statement_to("‘You are making them very inventive,’ he told Velmora Radio"));
        assert!(keys(NOV_18, &["‘You are making them very inventive,’ Tora Quist told Velmora Radio in September 2016."]).is_empty(), "{:?}", events(NOV_18, &["‘You are making them very inventive,’ Tora Quist told Velmora Radio in September 2016."]));
        assert!(is_statement_to("She told Ferry Weekly she had sold the boat"));
        assert!(is_statement_to("After a season on the ferry, she told Ferry Weekly she had sold it"));
        assert!(!is_statement_to("After a season on the ferry, the crew that she told of the sale left"));
        assert!(!is_statement_to("The ferry sank off Dover, Holt said"));
        assert_eq!(keys(NOV_18, &["Police arrested six men on Monday, officials said."]), ["2019-11-18"]);
        assert!(!is_statement_to("She told the crew to sail at dawn"));
        assert!(!is_statement_to("The harbour board sold the ferry"));
        assert!(keys(NOV_18, &["In 2009, Holt told Ferry Weekly that she had sold the boat."]).is_empty());
        // A date after the verb dates what is told.
        assert_eq!(keys(NOV_18, &["He said that just last week the harbour police arrested ten men."]), ["2019-11-00"]);
    }

    #[test]
    fn a_byline_with_separators_is_metadata() {
        let mut article = Article {
            id: "ch01".into(),
            source: String::new(),
            meta: Default::default(),
            blocks: Vec::new(),
            footnotes: Vec::new(),
            report: Default::default(),
        };
        article.meta.author = Some("Ann Holt".into());
        assert!(is_metadata_line("March 4, 2019 • words written by Ann Holt • Photographs by Bo Lee", &article));
        assert!(!is_metadata_line("Ann Holt sold the harbour ferry to a rival firm from the north of the county in March 2019.", &article));
    }

    #[test]
    fn a_weekday_set_after_a_day_date_is_that_days() {
        assert_eq!(keys(NOV_18, &["The crew was told of the sale on Nov. 6, a Wednesday and the day the board met."]), ["2019-11-06"]);
        assert_eq!(keys(NOV_18, &["The crew was told of the sale on a Wednesday."]).len(), 1);
    }

    #[test]
    fn a_present_sentence_closing_on_its_place_and_full_date_is_a_caption() {
        assert!(keys(NOV_18, &["Fishermen are rescued near the harbour in Dover, England, on Nov. 5, 2019."]).is_empty());
        assert_eq!(keys(NOV_18, &["Fishermen were rescued near the harbour in Dover, England, on Nov. 5, 2019."]), ["2019-11-05"]);
        assert_eq!(keys(NOV_18, &["The firm says it was founded on March 3, 1998."]), ["1998-03-03"]);
    }

    #[test]
    fn what_still_held_at_a_date_is_a_state() {
        assert!(keys(NOV_18, &["Choices made by the harbour board were causing delays still in 2016."]).is_empty());
        assert_eq!(keys(NOV_18, &["The harbour board still sold the ferry in 2016."]), ["2016-00-00"]);
    }

    #[test]
    fn a_caption_ending_on_a_labelled_credit_dates_no_event() {
        assert!(keys(NOV_18, &["The mayor speaks at a rally by the harbour on November 2 before the vote. Photo: AP"]).is_empty());
        assert_eq!(keys(NOV_18, &["The mayor spoke at a rally by the harbour on November 2. Photo booths opened later."]), ["2019-11-02"]);
    }

    #[test]
    fn a_code_before_a_name_in_capitals_ends_no_sentence() {
        assert_eq!(sentences("Shown at the fair this week, the XR. SPORT WAGON is long. It sold out.").len(), 2);
        assert_eq!(sentences("The deal was signed by the CEO. NASA said so.").len(), 2);
    }

    #[test]
    fn that_before_a_possessive_opens_no_relative_clause() {
        assert_eq!(keys(NOV_18, &["Ann Holt was chosen by that town’s harbour board in 2016."]), ["2016-00-00"]);
        assert!(keys(NOV_18, &["He praised the board that meets in March."]).is_empty());
    }

    #[test]
    fn a_month_after_last_is_the_latest_before_the_writing() {
        assert_eq!(keys(NOV_18, &["The auction house sold the ferry for $2 million last March."]), ["2019-03-00"]);
        assert!(keys(NOV_18, &["The town held out until the last March of the war."]).is_empty());
        // A "when" clause in the past has its own tense, whatever the main clause foresees.
        let found = events(NOV_18, &["The grant will cover the price of a ferry that set records when a rival sold it last March."]);
        assert_eq!(found, [("2019-03-00".to_string(), "A rival sold it".to_string())]);
        // Its year is the writing's, whatever year the sentence named before it.
        assert_eq!(keys(NOV_18, &["A rival sold the 1887 ferry last March."]), ["2019-03-00"]);
    }

    #[test]
    fn a_year_joined_to_a_labelling_one_labels_too() {
        assert!(keys(NOV_18, &["The trust funded the 1998 and 2017 purchases of two ferries."]).is_empty());
        assert_eq!(keys(NOV_18, &["The trust bought a ferry in 1998 and 2017."]), ["1998-00-00", "2017-00-00"]);
    }

    #[test]
    fn a_date_in_an_if_clause_of_the_past_perfect_did_not_happen() {
        assert!(keys(NOV_18, &["If you’d walked the pier even ten years ago, you’d have seen a ruin."]).is_empty());
        assert!(keys(NOV_18, &["If the council had sold the pier in 2009, the town would be poorer."]).is_empty());
        assert_eq!(keys(NOV_18, &["The council sold the pier in 2009, even if the price was low."]), ["2009-00-00"]);
    }

    #[test]
    fn a_date_that_is_the_subject_of_was_describes_a_period() {
        assert!(keys(NOV_18, &["The figures are grim: March 2019 was the wettest March on record."]).is_empty());
        assert!(keys(NOV_18, &["In many ways, 2018 was the year of the ferry."]).is_empty());
        assert_eq!(keys(NOV_18, &["In March 2019, the ferry was sold."]), ["2019-03-00"]);
    }

    #[test]
    fn a_tenure_over_a_span_of_months_dates_no_event() {
        assert!(keys(NOV_18, &["She also sat on the harbour board from March 2012 to June 2016."]).is_empty());
        assert!(keys(NOV_18, &["Rainfall from January to October 2019 has already beaten the record."]).is_empty());
        assert_eq!(keys(NOV_18, &["The harbour board met in March and June 2016."]), ["2016-03-00"]);
        assert_eq!(keys(NOV_18, &["The crew surveyed the harbour for 20 nights, from March 2012 to June 2016."]), ["2012-03-00"]);
    }

    #[test]
    fn a_date_a_present_is_sets_is_a_plan() {
        assert!(keys(NOV_18, &["The ferry's last crossing is December 2, and the port has not named a buyer."]).is_empty());
        assert!(keys(NOV_18, &["The vote is on Thursday."]).is_empty());
        assert_eq!(keys(NOV_18, &["The ferry's last crossing was November 2, and the port has not named a buyer."]), ["2019-11-02"]);
    }

    #[test]
    fn an_event_named_in_a_month_to_come_without_a_past_is_a_plan() {
        let april = Some("2022-04-29");
        assert!(keys(april, &["The rowers train at dawn as they prepare to open their league campaign in June."]).is_empty());
        assert_eq!(keys(april, &["The rowers opened their league campaign in March."]), ["2022-03-00"]);
    }

    #[test]
    fn an_undated_day_soon_after_a_dated_one_goes_on_in_its_year() {
        let filler = "The tenant paid the bill without a word.";
        let found = keys(Some("2012-04-17"), &[
            "The court heard that the fitter installed the heater on December 3, 2010.",
            filler,
            filler,
            "The tenant moved in on December 9.",
            "On December 12, a neighbour found the tenant unconscious.",
        ]);
        assert_eq!(found, ["2010-12-03", "2010-12-09", "2010-12-12"]);
        // The news of the weeks before the writing keeps the article's year.
        let found = keys(Some("2012-04-17"), &["The firm was founded on March 3, 2010.", filler, filler, "On March 12, it announced a merger."]);
        assert_eq!(found, ["2010-03-03", "2012-03-12"]);
        // A day months after the dated one is no part of its telling.
        let found = keys(Some("2012-04-17"), &["The fitter installed the heater on June 3, 2010.", filler, filler, "On January 12, the tenant sued."]);
        assert_eq!(found, ["2010-06-03", "2012-01-12"]);
    }

    const JAN_15: Option<&str> = Some("2020-01-15");

    #[test]
    fn a_year_stays_beside_a_month_whose_year_is_only_inferred() {
        let found = keys(JAN_15, &["The guild sued the port in spring of last year, and in July the judge heard the case."]);
        assert_eq!(found, ["2019-00-00", "2019-07-00"]);
        // A month that gives its year makes the year redundant.
        let found = keys(JAN_15, &["The next year, the guild sued the port and lost in July 2017."]);
        assert_eq!(found, ["2017-07-00"]);
    }

    #[test]
    fn one_day_later_counts_from_the_day_named() {
        let found = keys(JAN_15, &["On March 2, 2004, the guild filed its claim. One day later, the port settled."]);
        assert_eq!(found, ["2004-03-02", "2004-03-03"]);
        let found = keys(JAN_15, &["On March 2, 2004, the guild filed its claim. A week later, the port settled."]);
        assert_eq!(found, ["2004-03-02", "2004-03-09"]);
    }

    #[test]
    fn a_year_told_roughly_after_its_preposition_dates_the_act() {
        assert_eq!(keys(JAN_15, &["The surveyor sailed home in about 1871 to draw the first map."]), ["1871-00-00"]);
        assert_eq!(keys(JAN_15, &["The mill opened in around 1902 beside the river."]), ["1902-00-00"]);
        // (A count told roughly is no year.)
        assert!(keys(JAN_15, &["The hall held a crowd of about 1900 people."]).is_empty());
    }

    #[test]
    fn a_weekday_closing_a_place_is_the_day() {
        let tuesday = Some("2021-03-16");
        let found = events(tuesday, &["Two riders were hurt in a fall in Upper Mill, Westford Tuesday."]);
        assert_eq!(found, [("2021-03-16".to_string(), "Two riders were hurt in a fall in Upper Mill, Westford".to_string())]);
        assert_eq!(keys(tuesday, &["A bakery burned down in Dayton Monday, officials said."]), ["2021-03-15"]);
        // A name ending on a weekday is no day.
        assert!(keys(tuesday, &["Stores opened early for Black Friday."]).is_empty());
        assert!(keys(tuesday, &["The next contest, Super Tuesday, decided little."]).is_empty());
        // A programme's title opening on a weekday is no day either.
        assert!(keys(tuesday, &["She won fame as a cast member on Saturday Night Live and in films."]).is_empty());
        assert_eq!(keys(tuesday, &["The mayor resigned on Saturday night, aides said."]), ["2021-03-13"]);
    }

    #[test]
    fn an_appositives_act_is_the_event() {
        let found = events(JAN_15, &["The judge dropped two charges against Ana Lima, one involving her alleged theft of a car in 1998, giving her a retrial."]);
        assert_eq!(found, [("1998-00-00".to_string(), "The alleged theft of a car".to_string())]);
    }

    #[test]
    fn a_year_told_roughly_or_by_its_part_leaves_no_qualifier_in_the_text() {
        let found = events(JAN_15, &["The surveyor sailed home in about 1871 to draw the first map."]);
        assert_eq!(found[0].1, "The surveyor sailed home to draw the first map");
        let found = events(JAN_15, &["At the end of 2013, the guild announced a deal with the port."]);
        assert_eq!(found, [("2013-00-00".to_string(), "The guild announced a deal with the port".to_string())]);
    }

    #[test]
    fn a_date_after_to_leaves_with_its_preposition() {
        let found = events(JAN_15, &["The ferry's launch was delayed from May 3 but was pushed back to May 20 to finish the trials."]);
        assert!(found.iter().any(|(k, t)| k == "2019-05-20" && t == "The ferry's launch was delayed from May 3 but was pushed back to finish the trials"), "{found:?}");
    }

    #[test]
    fn a_months_own_event_is_no_doing_of_the_writer() {
        let found = events(NOV_19, &["It is tiring to hear the same pitch, as I did at October’s Harbour Tech conference, again and again."]);
        assert_eq!(found, [("2019-10-00".to_string(), "The Harbour Tech conference".to_string())]);
        // The writer's own doing stays out.
        assert!(keys(NOV_19, &["I visited the harbour in October to see the boats."]).is_empty());
    }

    #[test]
    fn a_gerund_closing_the_clause_tells_the_act_of_the_pronoun_before_it() {
        let found = events(NOV_19, &["Before his speech on Saturday, Quill, 63, a former judge, had not been seen since lifting the curfew early Wednesday after the council voted against it."]);
        assert!(found.iter().any(|(_, text)| text == "Quill lifted the curfew"), "{found:?}");
        let found = events(JAN_15, &["The mayor spoke at the quay. Now he said the harbour was the thing he has fought for since coming to power in 2011."]);
        // (The pronoun takes back the person the sentence before named by a role.)
        assert_eq!(found, [("2011-00-00".to_string(), "The mayor came to power".to_string())]);
        let found = events(JAN_15, &["Since then, I have built boats at two yards, before joining the Harbour Trust in April of 2018."]);
        assert_eq!(found, [("2018-04-00".to_string(), "I joined the Harbour Trust".to_string())]);
        assert_eq!(past_of_gerund("studying").as_deref(), Some("studied"));
        assert_eq!(past_of_gerund("stepping").as_deref(), Some("stepped"));
    }

    #[test]
    fn what_happened_in_an_event_is_the_event() {
        let found = events(JAN_15, &["Owners can refuse the offer and ask a court to value their stock – this is what happened in Acme's buyout in 2014."]);
        assert_eq!(found, [("2014-00-00".to_string(), "Acme's buyout".to_string())]);
    }

    #[test]
    fn an_as_clause_after_the_main_one_tells_its_own_act() {
        let found = events(JAN_15, &["The vote drew protests, as Vance previously sold the quay for $1,500 in 2012 to a developer, a rival of the port."]);
        assert_eq!(found, [("2012-00-00".to_string(), "Vance previously sold the quay for $1,500 to a developer".to_string())]);
    }

    #[test]
    fn a_linking_adverb_opening_the_entry_goes() {
        let found = events(JAN_15, &["For instance, the harbour's first ferry sold out when it sailed on March 2, 2004."]);
        assert_eq!(found[0].1, "The harbour's first ferry sold out when it sailed");
        let found = events(JAN_15, &["However, the port closed its north quay in 2011."]);
        assert_eq!(found[0].1, "The port closed its north quay");
        let found = events(JAN_15, &["In early May 2011, for example, 900 delegates met in conference in the port."]);
        assert_eq!(found[0].1, "900 delegates met in conference in the port");
        // (A comment adverb too: "Interestingly, as recently as 2014, …".)
        let found = events(JAN_15, &["Interestingly, as recently as 2014, the port closed its north quay."]);
        assert_eq!(found[0].1, "The port closed its north quay");
        // A clause denied after the bound tells how things still stood.
        assert!(events(JAN_15, &["As recently as 1950, women in Velmora weren't allowed to own a boat."]).is_empty());
        assert!(events(JAN_15, &["As late as 1990, the town of Velmora had no sewer."]).is_empty());
    }

    #[test]
    fn a_value_a_publication_note_and_a_feeling_now_date_nothing() {
        // A thing's value in a year is a figure.
        assert!(keys(JAN_15, &["The average price of a ferry ticket in 2013 was a whopping $45, according to the port."]).is_empty());
        // So is a reading that "came in at" a number.
        assert!(keys(JAN_15, &["The Velmora ferry index came in at 61.3 in November."]).is_empty());
        // A bracketed note of a piece's posting dates no event.
        assert!(keys(JAN_15, &["Our critic wrote a column (posted this morning, 14 Oct. 19) and readers replied."]).is_empty());
        // "We're excited" is a feeling now, no past.
        assert!(keys(Some("2016-12-06"), &["Today, we're excited to share a new harbour map."]).is_empty());
    }

    #[test]
    fn a_relative_clause_without_that_tells_its_own_act() {
        let found = events(JAN_15, &["The guild in July was to discuss the letter it sent to the mayor in June, officials said."]);
        assert!(found.contains(&("2019-06-00".to_string(), "The guild sent the letter to the mayor".to_string())), "{found:?}");
        let found = events(JAN_15, &["The board met in March to review the plan it drafted in February."]);
        assert!(found.contains(&("2019-02-00".to_string(), "The board drafted the plan".to_string())), "{found:?}");
    }

    #[test]
    fn a_span_during_two_years_dates_nothing() {
        assert!(keys(JAN_15, &["Adults living in the county during 2001 to 2012 were enrolled."]).is_empty());
    }

    #[test]
    fn a_gift_of_money_is_an_act_of_its_year() {
        assert_eq!(keys(JAN_15, &["The protests grew, as the mayor previously donated US$2,500 in 2011 to the campaign."]), ["2011-00-00"]);
        // A sum for the period is still a figure.
        assert!(keys(JAN_15, &["The firm's sales totalled $4 million in 2011."]).is_empty());
    }

    #[test]
    fn what_is_held_now_is_not_the_dates() {
        let day = Some("2024-06-14");
        let found = keys(day, &["Owned by a trust, the ferry line was founded in Norway in 1921 and now has roughly 300 boats worldwide."]);
        assert_eq!(found, ["1921-00-00"]);
        // What was held at the date still is a figure.
        assert!(keys(day, &["In 1921, the ferry line had about 30 boats."]).is_empty());
    }

    #[test]
    fn a_surveys_finding_a_period_placed_and_a_running_rate_are_figures() {
        let day = Some("2024-06-14");
        let none = |p: &str| assert!(keys(day, &["The harbour is busy.", p]).is_empty(), "{p}");
        none("In 2017, a poll of river pilots conducted by their guild found one-third of them work nights.");
        none("The line boasts ten good seasons in a row (the one poor season was in 2019, during the storms).");
        none("By early 2019, the ferry line was running about 40 crossings per day.");
        none("The paper obtained a March 2021 internal memo from the ferry board.");
        // A study's own act is an event.
        assert_eq!(keys(day, &["In 2017, the guild began a study of river pilots."]), ["2017-00-00"]);
    }

    #[test]
    fn the_year_of_writing_opening_a_sentence_in_the_past_dates_it() {
        let day = Some("2024-12-19");
        assert_eq!(keys(day, &["The yard is busy.", "In 2024, most of the crew moved to the new yard near the harbour."]), ["2024-00-00"]);
        // A span up to the writing, or a bare mention, dates nothing.
        assert!(keys(day, &["The yard is busy.", "In 2024, the crew has grown to forty."]).is_empty());
        assert!(keys(day, &["The yard is busy.", "The crew grew in size in 2024 as never before."]).is_empty());
    }

    #[test]
    fn a_gathering_held_this_week_is_an_event_under_way() {
        let day = Some("2023-10-17");
        assert_eq!(keys(day, &["The county council is holding an emergency meeting this week on the ferry fares."]), ["2023-10-00"]);
        assert_eq!(keys(day, &["The growers are hosting their first congress this month."]), ["2023-10-00"]);
        // A schedule in the present, or another act in the progressive, dates nothing.
        assert!(keys(day, &["The county council holds an emergency meeting on Wednesday."]).is_empty());
        assert!(keys(day, &["The county council is weighing the ferry fares this week."]).is_empty());
    }

    #[test]
    fn this_year_closing_a_clause_in_the_simple_past_is_the_articles_year() {
        let day = Some("2024-11-19");
        assert_eq!(keys(day, &["The ferry company launched three new routes this year, its busiest expansion."]), ["2024-00-00"]);
        // The year as a span, or a possessive, dates nothing.
        assert!(keys(day, &["The ferry company has launched three new routes this year."]).is_empty());
        assert!(keys(day, &["Ticket sales this year are the highest on record."]).is_empty());
        assert!(keys(day, &["The ferry company launched this year's timetable."]).is_empty());
        // Nor a comparison of amounts, nor a condition.
        assert!(keys(day, &["Thanks to the new hulls, the crews saw far fewer breakdowns this year."]).is_empty());
        assert!(keys(day, &["Keep the receipt if you bought a season ticket this year."]).is_empty());
        // Nor a participle after its noun.
        assert!(keys(day, &["The statement also lists the refunds paid this year."]).is_empty());
    }

    #[test]
    fn a_who_clause_after_an_appositive_tells_of_the_person_named_before_it() {
        let found = events(Some("2024-02-01"), &["“It was a leap,” says Ines Varga of the Maritime Institute, a historian of navigation, who founded the archive in 2011."]);
        assert_eq!(found, [("2011-00-00".to_string(), "Ines Varga founded the archive".to_string())]);
        // A place before the appositive is no person it describes.
        let placed = events(Some("2024-02-01"), &["The envoy met officials in Lisbon, a former naval officer among them, who joined the talks in 2011."]);
        assert!(!placed.iter().any(|(_, text)| text.starts_with("Lisbon")), "{placed:?}");
    }

    #[test]
    fn the_year_of_writing_closing_a_clause_in_the_simple_past_dates_it() {
        let day = Some("2024-12-19");
        assert_eq!(keys(day, &["The yard opened a second dry dock for trawlers in 2024, and is now the port's largest."]), ["2024-00-00"]);
        assert_eq!(keys(day, &["The Osprey is a survey ship that finished its first season of charting in early 2024."]), ["2024-00-00"]);
        // Not a plan, a span up to the writing or a trend over the year.
        assert!(keys(day, &["The yard was expected to open a second dry dock in 2024."]).is_empty());
        assert!(keys(day, &["The yard has opened two dry docks in 2024."]).is_empty());
        assert!(keys(day, &["The yard's order book doubled in value in 2024."]).is_empty());
        // Also where the year of writing is the year the piece names most.
        let named_most = ["The yard's plans for 2024 are set.", "The Osprey is a survey ship that finished its first season of charting in early 2024."];
        assert_eq!(keys(day, &named_most), ["2024-00-00"]);
        // Nor the year of a noun phrase far after the verb.
        assert!(keys(day, &["One skipper named the cost of diesel and the lack of crews as the hardest problems of the fleet in 2024."]).is_empty());
    }

    #[test]
    fn a_comma_left_before_a_bracket_the_date_closed_goes() {
        let found = events(Some("2024-06-14"), &["The quay staff who drew up clear rules (ahead of time, back in March 2019) kept the ferry safe."]);
        assert!(found.iter().any(|(_, text)| text.contains("(ahead of time)")), "{found:?}");
    }

    #[test]
    fn a_fronted_dates_when_clause_is_the_act() {
        let found = events(Some("2024-06-14"), &["The quay is busy.", "In 2019, when the harbour board started keeping a log of every ferry, it still felt like a chore."]);
        assert_eq!(found, [("2019-00-00".to_string(), "The harbour board started keeping a log of every ferry".to_string())]);
    }

    #[test]
    fn a_share_or_a_peak_of_a_figure_is_no_event() {
        let day = Some("2016-12-20");
        assert!(keys(day, &["The valley alone produced 30 percent of the region's timber in 2012."]).is_empty());
        assert!(keys(day, &["A decade ago, hydropower provided 55 percent of the island's power."]).is_empty());
        assert!(keys(day, &["Timber output in the valley peaked in 2009 at 12.5 million cubic feet."]).is_empty());
        // A peak with no figure, and a share of a vote, stay acts.
        assert_eq!(keys(day, &["The mill produced its first sheet of paper in 1911."]), ["1911-00-00"]);
    }

    #[test]
    fn a_figure_brought_up_since_a_date_is_a_span() {
        let day = Some("2022-10-11");
        assert!(keys(day, &["Since March, the reserve bank has lifted its lending rate to 4.5% from 1%."]).is_empty());
        // One rise in a month is an act.
        assert_eq!(keys(day, &["In March, the reserve bank lifted its lending rate to 1.5% from 1%."]), ["2022-03-00"]);
    }

    #[test]
    fn an_unanswered_request_for_comment_is_no_event() {
        let day = Some("2016-12-16");
        let got = keys(day, &["The mayor resigned after the audit, and a spokesman said she was not immediately available Friday."]);
        assert!(!got.contains(&"2016-12-16".to_string()), "{got:?}");
        assert!(keys(day, &["The ferry company did not respond to a request for comment on Thursday."]).is_empty());
    }

    #[test]
    fn a_documents_date_is_no_event_nor_a_time_of_the_narrative() {
        let day = Some("2016-12-16");
        let got = events(day, &["The guards found the gate open on Monday, Dec. 12.", "The audit, which was dated Nov. 2, was written by two inspectors.", "Repairs began the next day."]);
        let told: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(told, ["2016-12-12", "2016-12-13"], "{got:?}");
        assert_eq!(keys(day, &["Ann Vale and Bo Lind dated in 2010."]), ["2010-00-00"]);
    }

    #[test]
    fn an_act_never_done_in_the_past_perfect_is_no_event() {
        let day = Some("2016-12-16");
        assert!(keys(day, &["The boat was late.", "The parts for the next day had never been delivered to the yard."]).is_empty());
    }

    #[test]
    fn how_things_stood_by_the_time_of_an_act_is_no_event() {
        let day = Some("2019-11-18");
        assert_eq!(keys(day, &["The patient fell ill in 2016.", "Regardless, by the time she was discharged a year later, she was back to normal."]), ["2016-00-00"]);
        // An act in the main clause stays dated.
        assert_eq!(keys(day, &["By the time the rescuers arrived on 4 May 2016, the crew had abandoned ship."]), ["2016-05-04"]);
    }

    #[test]
    fn how_things_stood_years_ago_is_no_event() {
        let day = Some("2017-03-09");
        assert!(keys(day, &["40 years ago, when Ann Vale was mayor and fear of floods was running high, the town built levees."]).len() <= 1);
        assert!(keys(day, &["40 years ago, the town was quiet."]).is_empty());
        assert_eq!(keys(day, &["40 years ago, Ann Vale was elected mayor of the town."]), ["1977-00-00"]);
        assert_eq!(keys(day, &["40 years ago, Ann Vale was born in the town."]), ["1977-00-00"]);
    }

    #[test]
    fn a_whose_clause_tells_of_the_person_named_before_it() {
        let got = events(Some("2016-11-29"), &["Those hoping the council will change include Mayor Ann Vale herself, whose last talk with the governor came over the phone Saturday."]);
        assert_eq!(got, [("2016-11-26".to_string(), "Mayor Ann Vale’s last talk with the governor came over the phone".to_string())]);
    }

    #[test]
    fn the_tail_of_a_quotation_then_its_speaker_is_an_attribution() {
        let got = keys(Some("2016-11-29"), &["“We are ready. We were never afraid of the vote,” Vale told the Daily Star last week."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_figure_an_earlier_estimate_gave_is_no_event() {
        let day = Some("2022-10-11");
        assert!(keys(day, &["The fund cut its growth forecast to 2.1%, down from the 2.4% it had estimated in April."]).is_empty());
        // The estimate's own act stays.
        assert_eq!(keys(day, &["The fund estimated the damage in April."]), ["2022-04-00"]);
    }

    #[test]
    fn a_date_in_figures_is_read_month_first() {
        let day = Some("2019-04-01");
        assert_eq!(keys(day, &["The board voted on 3/14 to close the pool."]), ["2019-03-14"]);
        assert_eq!(keys(day, &["The original notice from 12/16/18 set the fees."]), ["2018-12-16"]);
        assert_eq!(keys(day, &["The pool closed on Tuesday, 3/12/2019, after the vote."]), ["2019-03-12"]);
        // Not a fraction, a rota, a path or an attack's name.
        assert!(keys(day, &["The stock fell 3/4 of a point.", "Nurses are on call 24/7.", "The file sits in docs/3/14/ on the server."]).is_empty());
        assert!(keys(day, &["Airport checks changed after the attacks on 9/11."]).is_empty());
    }

    #[test]
    fn a_dated_nouns_where_clause_with_a_pronoun_stays_whole() {
        let found = events(Some("2025-12-10"), &["Ana Lima sent a wave of critics after the engineer with a March 14 post in which she called the plan reckless."]);
        assert!(found.iter().all(|(_, text)| !text.starts_with("She ")), "{found:?}");
        assert!(found.iter().any(|(_, text)| text.contains("Ana Lima sent a wave of critics")), "{found:?}");
    }

    #[test]
    fn a_dated_nouns_where_clause_tells_the_event() {
        let found = events(Some("2025-12-10"), &["Developers still worry.", "Vendors pointed to a July 2025 incident where coding agents wiped out a customer's database, and promised better guards."]);
        assert_eq!(found, [("2025-07-00".to_string(), "Coding agents wiped out a customer's database".to_string())]);
        let found = events(Some("2025-12-10"), &["Critics recalled the March 2024 outage in which two depots lost power for a day."]);
        assert_eq!(found, [("2024-03-00".to_string(), "Two depots lost power for a day".to_string())]);
    }

    #[test]
    fn they_opening_a_clause_takes_back_the_pair_named_before() {
        let found = events(Some("2025-12-10"), &["Anna Vale and David Lind searched for a new office for two years. They finally found one in May."]);
        assert_eq!(found, [("2025-05-00".to_string(), "Vale and Lind finally found one".to_string())]);
    }

    #[test]
    fn a_participle_opening_the_sentence_tells_what_was_done_to_its_subject() {
        let day = Some("2025-12-10");
        assert_eq!(events(day, &["Released on Monday, the report shows the river is cleaner."]), [("2025-12-08".to_string(), "The report was released".to_string())]);
        assert_eq!(events(day, &["Founded in 1975, the sailing club grew to 400 members."]), [("1975-00-00".to_string(), "The sailing club was founded".to_string())]);
        assert_eq!(events(day, &["Signed in May, the new rules ban the sale of bait fish."]), [("2025-05-00".to_string(), "The new rules were signed".to_string())]);
        // A subordinate clause or a preposition opening the sentence is none.
        assert_eq!(keys(day, &["In 1975, the sailing club was founded."]), ["1975-00-00"]);
    }

    #[test]
    fn an_event_that_bounds_a_clause_dates_neither() {
        let day = Some("2018-04-09");
        assert!(keys(day, &["All of these warnings were plain prior to the 2016 flood."]).is_empty());
        assert!(keys(day, &["The mayor resigned before the 2016 election."]).is_empty());
        // An event after "after" is told as past.
        assert_eq!(keys(day, &["The mayor resigned after the 2016 election."]), ["2016-00-00"]);
    }

    #[test]
    fn years_since_an_act_count_back_from_the_writing() {
        let day = Some("2018-04-09");
        assert_eq!(events(day, &["The market has changed a lot over the past six years since the firm opened its first store."]), [("2012-00-00".to_string(), "The firm opened its first store".to_string())]);
        assert_eq!(keys(day, &["It has been five years since the mill closed."]), ["2013-00-00"]);
        // A span of years since a date is none.
        assert!(keys(day, &["Prices have doubled in the six years since 2012."]).len() <= 1);
    }

    #[test]
    fn a_simple_past_after_an_appositive_is_no_participle_and_a_number_keeps_its_comma() {
        let day = Some("2016-12-07");
        let found = events(day, &["The current ferry, a Fokker 50, first flew in 1990."]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].1.contains("was first flew"), "{found:?}");
        let found = events(day, &["In 1975, the city sent workers into 13,000 shelters to take the pills out of first aid kits, because thieves had been breaking in and stealing them over the previous winters."]);
        assert!(found[0].1.contains("13,000 shelters"), "{found:?}");
    }

    #[test]
    fn how_well_one_did_over_a_season_and_a_tally_over_games_are_no_events() {
        let day = Some("2016-10-13");
        assert!(keys(day, &["Quell did his job: he hit well in 2013 and even better in 2014."]).is_empty());
        assert!(keys(day, &["Tello produced a fine season this year, with 13 goals and 9 assists in just 30 games."]).is_empty());
        // A win on a day stays an event.
        assert_eq!(keys(day, &["Tello scored twice in the final on 3 May 2015."]), ["2015-05-03"]);
    }

    #[test]
    fn a_count_in_millions_over_a_year_is_a_figure() {
        let day = Some("2017-01-09");
        assert!(keys(day, &["In 2016, 12 million people watched the chess final online."]).is_empty());
        // A count on a day stays an event.
        assert_eq!(keys(day, &["On 3 March 2016, 1.2 million people marched through the capital."]), ["2016-03-03"]);
    }

    #[test]
    fn this_final_month_of_the_year_is_the_articles_month() {
        assert_eq!(keys(Some("2024-12-20"), &["And in this final month of the year, we finally moved the archive to the new servers."]), ["2024-12-00"]);
    }

    #[test]
    fn a_bare_year_before_a_plural_event_noun_dates_it() {
        let day = Some("2024-06-14");
        assert_eq!(keys(day, &["The film chronicles 1968 strikes at the shipyard that won the dockers a pay rise."]), ["1968-00-00"]);
        // A count of events is none.
        assert!(keys(day, &["The union has held over 1500 strikes at the shipyard."]).is_empty());
    }

    #[test]
    fn a_weekday_in_a_named_month_is_that_months_and_its_phrase_goes_whole() {
        let got = events(NOV_18, &["On a rainy Friday in March 1987, the mayor opened a bridge over the river."]);
        assert_eq!(got, [("1987-03-00".to_string(), "The mayor opened a bridge over the river".to_string())]);
        assert_eq!(keys(NOV_18, &["The mayor opened the bridge on Friday of March 1987."]), ["1987-03-00"]);
    }

    #[test]
    fn an_appositive_counting_from_another_event_after_a_day_date_is_that_day() {
        let got = events(NOV_18, &["On October 4, the day after the ferry sank, the harbour master resigned his post."]);
        assert_eq!(got, [("2019-10-04".to_string(), "The harbour master resigned his post".to_string())]);
    }

    #[test]
    fn a_weekday_following_a_day_of_the_story_is_not_the_writings_week() {
        assert!(keys(NOV_18, &["The following Sunday morning, the choir sang in the old hall."]).is_empty());
        assert!(keys(NOV_18, &["All through that cold Sunday night, the choir sang in the old hall."]).is_empty());
        assert_eq!(keys(NOV_18, &["On Sunday morning, the choir sang in the old hall."]).len(), 1);
        assert_eq!(keys(NOV_18, &["The mayor said that Sunday the choir sang in the old hall."]).len(), 1);
    }

    #[test]
    fn a_participle_set_off_after_a_noun_with_its_purpose_tells_the_nouns_event() {
        let got = events(NOV_18, &["His guides were the Rowing Guild (RG), founded in 1921 to promote the sport in schools."]);
        assert_eq!(got, [("1921-00-00".to_string(), "The Rowing Guild (RG) was founded".to_string())]);
    }

    #[test]
    fn it_in_a_when_clause_takes_back_the_noun_before_it() {
        let got = events(NOV_18, &["The town was the first to adopt the scheme when it was launched in 2011."]);
        assert_eq!(got, [("2011-00-00".to_string(), "The scheme was launched".to_string())]);
    }

    #[test]
    fn a_date_in_an_example_set_off_by_commas_dates_nothing() {
        assert!(keys(NOV_18, &["In storms, like the gale in March, the sirens have warned people to stay in."]).is_empty());
        assert!(keys(NOV_18, &["In storms, such as Ivan earlier this year, the sirens have warned people to stay in."]).is_empty());
    }

    #[test]
    fn a_tally_in_words_of_deaths_in_a_period_is_a_figure() {
        assert!(keys(NOV_18, &["The fever, which caused thousands of deaths in 2015, is spreading."]).is_empty());
        assert!(keys(NOV_18, &["The drug crisis contributed to tens of thousands of overdose deaths in 2016."]).is_empty());
    }

    #[test]
    fn an_imperative_opening_the_sentence_is_no_subject() {
        let got = events(NOV_18, &["Say what you will about Tora Quist, the singer was a delight when she stopped by the Velmora radio show on Wednesday."]);
        assert!(got.iter().all(|(_, text)| !text.starts_with("Say ")), "{got:?}");
        assert_eq!(named_subject(&["Say", "what", "you", "will"]), None);
        assert_eq!(named_subject(&["Quist", "has", "sung"]), Some("Quist".to_string()));
    }

    #[test]
    fn they_after_an_opening_subordinate_clause_takes_back_its_subject() {
        // (The sentence dates two things, so that the clauses part.)
        let got = events(NOV_18, &["While the divers reached the wreck in March, they were also working on Sunday to raise its bell."]);
        assert!(got.contains(&("2019-11-17".to_string(), "The divers were also working to raise its bell".to_string())), "{got:?}");
    }

    #[test]
    fn one_picked_of_what_a_state_counts_is_no_event() {
        assert!(keys(NOV_18, &["It was, after all, the club’s ground for three of its titles, the last in 1987."]).is_empty());
    }

    #[test]
    fn a_long_clause_is_not_cut_at_a_comma_inside_a_number() {
        let got = events(NOV_18, &["The guild that speaks for more than 155,000 growers across the country and beyond its borders told members in a long letter that their whole harvest was ruined by hail in 2018."]);
        assert!(got.iter().all(|(_, text)| !text.starts_with("000")), "{got:?}");
    }

    #[test]
    fn it_after_a_sentence_opening_on_a_name_and_is_takes_back_the_name() {
        let got = events(NOV_18, &["Ozmia is a brand name for a weight-loss drug. It was approved for sale in Europe in 2017."]);
        assert_eq!(got, [("2017-00-00".to_string(), "Ozmia was approved for sale in Europe".to_string())]);
        // Not the "it" of a state, nor after a sentence opening on no name.
        let got = events(NOV_18, &["Ozmia is a brand name for a drug. It was the first of its kind in 2017."]);
        assert!(got.iter().all(|(_, text)| text.starts_with("It")), "{got:?}");
        let got = events(NOV_18, &["But the tariff never went away. It was enacted in 1932."]);
        assert!(got.iter().all(|(_, text)| text.starts_with("It")), "{got:?}");
    }

    #[test]
    fn what_was_known_at_a_date_is_no_event() {
        assert!(keys(NOV_18, &["On Sunday night, all the police knew was that a man had fled."]).is_empty());
    }

    #[test]
    fn what_the_writer_could_not_learn_is_no_event() {
        assert!(keys(NOV_18, &["It could not be determined on Sunday whether the clerk had a lawyer."]).is_empty());
        assert!(keys(NOV_18, &["It was not immediately clear on Sunday if the ferry would sail."]).is_empty());
    }

    #[test]
    fn a_comparison_base_a_few_words_after_compared_is_a_figure() {
        assert!(keys(NOV_18, &["The club said its members rose by 40 per cent compared to the same period a year ago."]).is_empty());
    }
}

#[cfg(test)]
mod event_nouns {
    use super::*;

    fn phrase(s: &str, date: &str) -> Option<String> {
        let raw = find_mentions(s).into_iter().find(|m| s[m.start..m.end].contains(date))?;
        dates_event_noun(s, &raw).then(|| event_noun_phrase(s, &raw)).flatten()
    }

    #[test]
    fn a_date_on_an_event_noun_gives_the_noun_phrase() {
        assert_eq!(
            phrase("They will quickly pass over the first revolution in February, which overthrew the monarchy, and concentrate their fire on the second.", "February").as_deref(),
            Some("The first revolution, which overthrew the monarchy")
        );
        assert_eq!(
            phrase("The U.S. will keep its base after troops leave Syria under President Donald Trump’s announcement last month.", "last month").as_deref(),
            Some("President Donald Trump’s announcement")
        );
        // A possessive before a thing, not an act, dates nothing of its own.
        assert_eq!(phrase("He sold the company’s building last month.", "last month"), None);
    }

    #[test]
    fn an_event_noun_is_a_whole_word() {
        assert!(is_noun_of(EVENT_NOUNS, "wars") && is_noun_of(EVENT_NOUNS, "crises") && is_noun_of(EVENT_NOUNS, "world’s"));
        assert!(!is_noun_of(EVENT_NOUNS, "warmest") && !is_noun_of(EVENT_NOUNS, "exports") && !is_noun_of(WORK_NOUNS, "reported"));
    }

    #[test]
    fn so_long_ago_counts_back_from_the_articles_date() {
        let mut ctx = super::tests::context(None);
        ctx.anchor = Anchor::parse("2015-03-18");
        let key = |s: &str, ctx: &mut Context| {
            let raw = find_mentions(s).into_iter().next().expect("a mention");
            resolve(&raw, s, false, ctx).map(|r| r.sort_key)
        };
        assert_eq!(key("An uprising overthrew its dictator four years ago.", &mut ctx).as_deref(), Some("2011-00-00"));
        assert_eq!(key("The strike began two days ago.", &mut ctx).as_deref(), Some("2015-03-16"));
        assert_eq!(key("The strike began three months ago.", &mut ctx).as_deref(), Some("2014-12-00"));
        assert_eq!(key("The strike began a week ago.", &mut ctx).as_deref(), Some("2015-03-00"));
        assert_eq!(key("The minister resigned yesterday.", &mut ctx).as_deref(), Some("2015-03-17"));
    }

    #[test]
    fn would_later_is_the_narratives_past() {
        let planned = |s: &str| find_mentions(s).first().is_some_and(|m| m.future);
        assert!(!planned("She would later win the Nobel Prize in 1925."));
        assert!(!planned("He would go on to lead the party in 1917."));
        assert!(planned("They would come back to it on Wednesday."));
    }

    #[test]
    fn a_report_dates_its_statement_unless_it_is_the_event() {
        let dates = super::tests::dates;
        assert!(dates("The World Health Organization reported last year that 11 of 12 cities were in India.").is_empty());
        assert_eq!(dates("The first cases of the disease were reported in 2015."), ["2015"]);
    }

    #[test]
    fn the_source_a_clause_opens_on_is_left_out() {
        assert_eq!(without_source_lead("According to Trotsky in 1905, the Soviets first emerged"), "the Soviets first emerged");
        assert_eq!(without_source_lead("According to the Pentagon, the base serves as an outpost"), "the base serves as an outpost");
        assert_eq!(without_source_lead("According to Trotsky"), "According to Trotsky");
    }

    #[test]
    fn a_month_after_a_noun_and_of_names_its_subject() {
        let dates = |s: &str| find_mentions(s).iter().map(|m| s[m.start..m.end].to_string()).collect::<Vec<_>>();
        assert!(dates("Eventually the opposite of the hope of October emerged.").is_empty());
        assert_eq!(dates("The months of September and October were marked by crisis."), ["September and October"]);
        assert_eq!(dates("In the first week of October the strike spread."), ["October"]);
    }

}

#[cfg(test)]
mod dependent_clauses_and_states {
    //! Rules found in a stranger's book of news pages (chrono26), each on invented sentences:
    //! a date inside a clause hanging on a noun dates that clause, a present state with
    //! "still" or "today" is no event, an opening noun phrase closed by "born" describes the
    //! subject, and a bare "He" takes back the one person its paragraph names.
    use super::*;

    fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    const DAY: Option<&str> = Some("2011-08-24");

    #[test]
    fn a_date_in_a_dependent_clause_dates_that_clause_only() {
        let got = events(DAY, &["Tora Quist, a historian at the Velmora Institute, warned against meddling with an academy established by the Velmora Assembly in 1812."]);
        assert_eq!(got, [("1812-00-00".to_string(), "An academy was established by the Velmora Assembly".to_string())]);
        let got = events(DAY, &["Her deputy, Ann Lind, was quickly named head of the studio Quist co-founded 30 years ago in her barn."]);
        assert_eq!(got, [("1981-00-00".to_string(), "Quist co-founded the studio in her barn".to_string())]);
        let got = events(DAY, &["The change seems to follow an illness for which Quist took a leave from the board in 2009."]);
        assert_eq!(got, [("2009-00-00".to_string(), "Quist took a leave from the board".to_string())]);
        // An act of "the one", and an act only echoed ("as she did"): no entry.
        assert!(events(DAY, &["Her route to a second term could look unlike the one that took her to the Velmora senate in 2008."]).is_empty());
        assert!(events(DAY, &["Quist repeated, as she did in a talk two weeks ago with the Velmora Post, that rates must stay low."]).is_empty());
    }

    #[test]
    fn a_present_state_with_still_or_today_is_no_event() {
        let got = events(DAY, &["Velmoran troops landed there in 2001. Almost ten years later, 5,000 Velmoran troops are still patrolling that landlocked country."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2001-00-00"], "{got:?}");
        let got = events(DAY, &["A Velmoran weaver born in 1856, Quist invented the way most cloth is woven today."]);
        assert_eq!(got, [("1856-00-00".to_string(), "Quist, a Velmoran weaver, was born".to_string())]);
    }

    #[test]
    fn a_bare_pronoun_takes_back_the_one_person_its_paragraph_names() {
        // (The topic before is a woman: "he" is not her.)
        let got = events(DAY, &["Ann Lind ran the board, and she liked it.", "Late that winter the Velmora firm hired Tora Quist. He joined as chairman in March 2001 and became chief in August."]);
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["Quist joined as chairman", "Quist became chief"], "{got:?}");
        // Two people in the paragraph: no one is clear, and the pronoun stays (an event
        // still, which its article's reader can place).
        let got = events(DAY, &["Tora Quist and Ann Lind met in Oslo. In 2007, he decided to leave the firm."]);
        assert_eq!(got.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), ["He decided to leave the firm"]);
    }
}

#[cfg(test)]
mod rules_of_blind42 {
    //! Rules found on the forty-second blind book (chrono29), each on invented sentences.
    use super::*;

    fn extraction(date: Option<&str>, paragraphs: &[&str]) -> Extraction {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out
    }

    fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        extraction(date, paragraphs).candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    #[test]
    fn a_day_fixed_for_a_thing_to_come_does_not_carry_a_spans_year_on() {
        let day = Some("2014-12-29");
        let got = events(day, &[
            "Tora Quist pleaded not guilty on Monday to a charge of fraud.",
            "The charge accuses her of taking money from the Velmora fund sometime between Nov. 28, 2005, and Oct. 12, 2006.",
            "Judge Ann Lind set Quist's trial for Feb. 25.",
            "A grand jury indicted Quist on Dec. 10.",
        ]);
        let keys: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        // The span is one range, of an act at an unknown time within it (no event); the trial
        // a plan, the indictment this December's.
        assert_eq!(keys, ["2014-12-29", "2014-12-10"], "{got:?}");
        // A range of an act's own stays ("between May 2 and May 9, 2005, the crew rebuilt the
        // pier").
        let got = events(day, &["The crew rebuilt the Velmora pier between May 2 and May 9, 2005."]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_participle_on_a_noun_dates_the_noun_under_a_main_clause_to_come() {
        let got = events(Some("2014-12-12"), &["Velmora will receive $18 million for 2015, under the terms of a spending bill released late Dec. 9."]);
        assert_eq!(got, [("2014-12-09".to_string(), "A spending bill was released".to_string())]);
        // Told with an auxiliary, it is the plan's.
        assert!(events(Some("2014-12-12"), &["The spending bill will be released on Dec. 19."]).is_empty());
    }

    #[test]
    fn a_day_counted_from_an_event_its_own_words_date() {
        let got = events(Some("2015-01-14"), &["Tora Quist was arrested at the hospital the day after the Dec. 30 shooting."]);
        assert_eq!(got, [("2014-12-31".to_string(), "Tora Quist was arrested at the hospital".to_string())]);
    }

    #[test]
    fn a_fronted_quarter_without_its_year_is_the_last_begun_by_the_writing() {
        let got = events(Some("2015-01-14"), &["In the fourth quarter, Velmora Bank paid $1.1 billion to settle charges of fraud."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2014-00-00"], "{got:?}");
        let got = events(Some("2015-11-14"), &["In the third quarter, Velmora Bank sold its Oslo branch."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2015-00-00"], "{got:?}");
        // A figure of the quarter is none.
        assert!(events(Some("2015-01-14"), &["In the fourth quarter, Velmora Bank's revenue rose 5 percent."]).is_empty());
    }

    #[test]
    fn a_period_bound_a_record_and_a_writings_date_are_no_events() {
        let day = Some("2014-12-12");
        assert!(events(day, &["The bill funds the Velmora agency for the rest of the fiscal year that began Oct. 1."]).is_empty());
        assert!(events(day, &["Velmora airport had its busiest November in eight years with more than a million passengers."]).is_empty());
        assert!(events(day, &["Velmora airport had its busiest autumn in eight years last month."]).is_empty());
        assert!(events(day, &["The chart below, from an article last year, plots the price of Velmora wool."]).is_empty());
        // An act in the period, and a piece written as the act, stay.
        assert_eq!(events(day, &["The Velmora mill closed in November after a fire."]).len(), 1);
        assert_eq!(events(day, &["Tora Quist published a report in 2013 on the mills."]).len(), 1);
    }

    #[test]
    fn a_sources_date_in_an_attribution_dates_no_event() {
        let day = Some("2014-12-22");
        assert!(events(day, &["Floods have killed thousands of Velmora voles over the years, the team reported in a paper published this month in the journal Rodentia."]).is_empty());
        assert!(events(day, &["Critics say the mill is a ruin, as the Velmora Post put it on Tuesday."]).is_empty());
        assert!(events(day, &["As the historian Tora Quist pointed out in the Velmora Post in 2012, the mill is a ruin."]).is_empty());
        // An act dated in the main clause stays.
        let got = events(day, &["In 2010, floods killed thousands of voles, the team reported in a paper."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2010-00-00"], "{got:?}");
    }
}

#[cfg(test)]
mod rules_of_blind46 {
    //! Rules found on the forty-sixth blind book (chrono32), each on invented sentences.
    use super::*;

    fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    const DAY: Option<&str> = Some("2025-11-24");

    #[test]
    fn a_number_with_a_plus_sign_is_a_count() {
        assert!(events(DAY, &["Velmora Academy offers 2000+ courses with free certificates."]).is_empty());
        assert!(events(DAY, &["1000+ hours of free lessons on weaving, from Tora Quist."]).is_empty());
        assert_eq!(events(DAY, &["Velmora Academy opened in 2000 with ten courses."]).len(), 1);
    }

    #[test]
    fn the_base_of_a_comparison_is_no_event() {
        assert!(events(DAY, &["Velmora Steel is earning less than it did 30 years ago."]).is_empty());
        assert!(events(DAY, &["Velmora Cola is earning 30 times per share what it did 32 years ago."]).is_empty());
        assert!(events(DAY, &["The mill's wool sells for more than it did in 1990."]).is_empty());
        assert!(events(DAY, &["The mill's wool sells for twice as much as it did in 1990."]).is_empty());
        // "As I did …" echoes an act, compares nothing.
        assert_eq!(events(DAY, &["I heard the same message, as I did at March's Velmora Wool Fair."]).len(), 1);
        // "What" with no multiple before it compares nothing: the rule leaves it.
        assert_eq!(events(DAY, &["Tora Quist told the court what she did in 1990."]).len(), 1);
        assert_eq!(events(DAY, &["Velmora Steel closed its oldest mill 30 years ago."]).len(), 1);
    }

    #[test]
    fn a_generic_persons_deed_is_no_event() {
        assert!(events(DAY, &["Ask anyone who bought Velmora shares in 2021."]).is_empty());
        assert!(events(DAY, &["Everyone who visited the mill in 2019 got a scarf."]).is_empty());
        assert_eq!(events(DAY, &["Tora Quist, who bought Velmora shares in 2021, sold them."]).len(), 1);
    }

    #[test]
    fn what_holds_for_anyone_who_did_a_thing_is_no_event() {
        // The dates in the main clause, after a relative clause with commas of its own.
        assert!(events(DAY, &["Anyone who visited the Velmora mill shop, 4 Quay Street, Unit 2, was potentially exposed — likely by a sick worker — between 10 a.m. and 6 p.m. Tuesday, November 18, through Thursday, November 20, and should stay at home until December 2."]).is_empty());
        assert!(events(DAY, &["Additionally, anyone who rode the Velmora ferry, at Pier 3, on Friday, November 14, or the Quay bus, at the depot, on Sunday, November 16 from 9 a.m. to 11 a.m., may have been exposed."]).is_empty());
        assert!(events(DAY, &["Whoever bought a ticket at the mill shop, on Quay Street, on Friday, November 14, was told to call the council."]).is_empty());
        // One named person's act stays.
        assert_eq!(events(DAY, &["Tora Quist, who runs the mill shop, 4 Quay Street, sold it on March 6."]).len(), 1);
    }

    #[test]
    fn a_name_inside_a_quotation_is_not_whom_the_next_pronoun_takes_back() {
        let e = events(Some("2023-11-02"), &[
            "Tora Quist was diagnosed with cancer in 2005.",
            "\u{201c}I've planned it a little. A Peter Lind song, Our Last Song Together.\u{201d}",
            "Her sister Ann died from cancer in 2013.",
        ]);
        assert!(e.iter().any(|(d, t)| d == "2013-00-00" && !t.contains("Lind")), "{e:?}");
    }

    #[test]
    fn a_dated_act_that_introduces_a_quotation_left_open_stays() {
        // A quotation of several paragraphs opens after the colon and closes in a later one.
        let e = events(DAY, &["Tora Quist's family issued an encouraging update last week, which reads: \u{201c}We are overwhelmed by the support over the last two weeks.", "\u{201c}She is out of hospital.\u{201d}"]);
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_title_named_with_its_year_is_no_event() {
        assert!(events(DAY, &["Velmora boasts several awards, including the Weavers' Guild's Top Woollen Company of 2024."]).is_empty());
        // A named event of a year stays.
        assert_eq!(events(DAY, &["The Great Flood of 1927 destroyed the Velmora mill."]).len(), 1);
        assert_eq!(events(DAY, &["Velmora was named the guild's top company in 2023."]).len(), 1);
    }

    #[test]
    fn a_move_in_a_ranking_is_no_event() {
        assert!(events(DAY, &["Velmora Air has rocketed up six places since 2024."]).is_empty());
        assert!(events(DAY, &["Velmora Air slipped three spots in 2023."]).is_empty());
        assert_eq!(events(DAY, &["Velmora Air dropped its Oslo route in 2023."]).len(), 1);
    }

    #[test]
    fn a_share_of_people_who_did_a_thing_is_a_figure() {
        assert!(events(DAY, &["In 2025, roughly 30% of users tuned in to live streams."]).is_empty());
        assert!(events(DAY, &["In 2019, half of the Velmora voters stayed home."]).is_empty());
        assert_eq!(events(DAY, &["In 2019, the Velmora voters elected Tora Quist."]).len(), 1);
    }

    #[test]
    fn a_state_some_years_ago_is_read_in_its_own_clause() {
        assert!(events(DAY, &["Five years ago, Velmora Air was barely hanging on at #10, so this year's seventh place represents a marked improvement."]).is_empty());
        assert_eq!(events(DAY, &["Five years ago, Velmora Air dropped its Oslo route, so its planes flew empty."]).len(), 1);
    }

    #[test]
    fn a_past_act_before_a_coordinated_quality_is_an_event() {
        let got = events(Some("2024-06-02"), &["Then in 2022 all wool stocks sank and no price was too low to fall further."]);
        assert_eq!(got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2022-00-00"], "{got:?}");
        assert!(events(Some("2024-06-02"), &["In 2022 the square was very quiet and dark."]).is_empty());
    }

    #[test]
    fn a_relative_clause_with_its_own_subject_tells_its_act() {
        let got = events(Some("2025-12-03"), &["Because of its link to Velmora.com (an online casino that Tora Quist's partners started in 2017) and loose rules, sponsors avoid the platform."]);
        assert_eq!(got, [("2017-00-00".to_string(), "Tora Quist's partners started an online casino".to_string())]);
        // A "that" clause of content is none of these.
        let got = events(Some("2025-12-03"), &["The news that Tora Quist resigned in 2017 surprised nobody."]);
        assert!(got.iter().all(|(_, t)| !t.contains("resigned the news")), "{got:?}");
    }

    #[test]
    fn a_date_written_the_iso_way_is_read() {
        let got = events(Some("2024-07-31"), &["Velmora Discovery was updated on 2024-07-30."]);
        assert_eq!(got, [("2024-07-30".to_string(), "Velmora Discovery was updated".to_string())]);
        // Not a month 13 nor a part of a longer number.
        assert!(events(Some("2024-07-31"), &["Velmora Discovery was updated to build 2024-13-30."]).is_empty());
        // A timestamp is data.
        assert!(events(Some("2024-07-31"), &["The log was cut at 2024-07-30 17:00 UTC by the script."]).is_empty());
    }

    #[test]
    fn a_relative_present_perfect_closed_by_this_year_tells_the_acts_of_the_year() {
        let day = Some("2025-12-02");
        let got = events(day, &["While it's hard to keep up with the town's food scene, the Velmora Post has compiled a handful of restaurants that have opened this year that are worth a visit."]);
        assert_eq!(got, [("2025-00-00".to_string(), "A handful of restaurants have opened".to_string())]);
        let got = events(day, &["Three bakeries that have opened this year are worth a visit."]);
        assert_eq!(got, [("2025-00-00".to_string(), "Three bakeries have opened".to_string())]);
        // A count over the year, its object after the participle, is none.
        assert!(events(day, &["Velmora buyers, who have purchased 208,560 cars this year, are optimistic."]).is_empty());
    }

    #[test]
    fn being_around_since_a_year_begins_no_act() {
        assert!(events(DAY, &["Another Oslo agency, Velmora Media has been around since 2016 and has worked with clients all over the globe."]).is_empty());
    }

    #[test]
    fn a_day_given_as_one_of_two_is_not_known() {
        let day = Some("2024-09-05");
        assert!(events(day, &["We're on Teams and whatever version was released last night or today is broken."]).is_empty());
        assert!(events(day, &["The Velmora bridge was closed yesterday or today."]).is_empty());
        assert_eq!(events(day, &["The Velmora bridge was closed last night."]).len(), 1);
    }

    #[test]
    fn an_inverted_existential_after_a_fronted_date_tells_what_there_was() {
        let got = events(Some("2024-01-12"), &["Back on 1 April 2018 was a set of 45 patches by the engineer Tora Quist to begin rewriting the Velmora kernel."]);
        assert_eq!(got, [("2018-04-01".to_string(), "There was a set of 45 patches by the engineer Tora Quist to begin rewriting the Velmora kernel".to_string())]);
    }
}

#[cfg(test)]
mod rules_of_blind48 {
    //! Rules found on the forty-eighth blind book (chrono34), each on invented sentences.
    use super::*;

    fn keys(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| c.sort_key).collect()
    }

    #[test]
    fn a_dash_closing_an_opening_phrases_aside_leaves_the_main_clause() {
        let got = keys(Some("2014-12-29"), &["After a six-month wait that has taken them far — not to mention around Velmora — Tora Quist and her husband celebrated the arrival of twins on Sunday."]);
        assert_eq!(got, ["2014-12-28"]);
    }

    #[test]
    fn the_price_a_stock_went_public_at_dates_its_listing() {
        let got = keys(Some("2014-12-23"), &["The Velmora stock that went public at $27 early in 2013 is now all the way down to the mid-teens."]);
        assert_eq!(got, ["2013-00-00"]);
    }

    #[test]
    fn a_figures_record_or_value_or_change_since_a_date_is_no_event() {
        let date = Some("2014-12-16");
        assert!(keys(date, &["That’s the cheapest ferry fares have been since October 2009."]).is_empty());
        assert!(keys(date, &["Meanwhile, the Velmora Index of Ferry Sentiment stood at 88.8 in November, up 7 points since July."]).is_empty());
        assert!(keys(date, &["Also, Velmora crude has fallen more than $45 a barrel since June."]).is_empty());
        // The year of "January of 2013" after "since" is part of the bound.
        assert!(keys(date, &["Velmora News is on the case, unveiling charts of the visits to the islands since January of 2013."]).is_empty());
    }

    #[test]
    fn a_present_progressive_with_a_bare_month_is_a_plan_whatever_its_adjectives() {
        let got = keys(Some("2014-12-23"), &["Velmora’s chief executive is leaving in January, opening the door for an outsider who can help soften the battered brand."]);
        assert!(got.is_empty(), "{got:?}");
        // A past tense still tells the act.
        let got = keys(Some("2014-12-23"), &["Velmora’s chief executive left in January, after the battered brand lost its sponsor."]);
        assert_eq!(got, ["2014-01-00"]);
    }

    #[test]
    fn thanksgiving_is_the_fourth_thursday_of_november() {
        let got = keys(Some("2015-01-14"), &["Tora Quist noted that the pair were met with stares at last year’s Thanksgiving dinner in Velmora."]);
        assert_eq!(got, ["2014-11-27"]);
        let got = keys(Some("2019-01-14"), &["The Velmora ferry sank on Thanksgiving Day 2018."]);
        assert_eq!(got, ["2018-11-22"]);
        // A season's habit names no day.
        assert!(keys(Some("2019-01-14"), &["Velmora keeps a Thanksgiving tradition of ferry races."]).is_empty());
    }

    #[test]
    fn an_iso_date_after_the_before_a_releases_noun_names_the_release() {
        let got = keys(Some("2024-07-30"), &["I have similar thoughts regarding the 2024-07-30 update to Project Velmora."]);
        assert_eq!(got, ["2024-07-30"]);
        // In a citation or an address an ISO date dates nothing.
        assert!(keys(Some("2024-08-02"), &["Quist, Tora (2016-02-01). Velmora ferries. Retrieved 2018-04-16."]).is_empty());
    }

    #[test]
    fn a_kicker_before_the_lede_leaves_the_ledes_closing_announcement_its_day() {
        let got = keys(Some("2015-01-14"), &[
            "We should all do so well.",
            "Velmora Bank earned $4.9 billion in the fourth quarter of 2014, the bank announced on Wednesday, down from a year ago.",
        ]);
        assert_eq!(got, ["2015-01-14"]);
        // Past the lede, the closing announcement dates no news; a first paragraph told as
        // news is no kicker.
        let got = keys(Some("2015-01-14"), &[
            "The Velmora ferry is old.",
            "Velmora Bank earned $4.9 billion in the fourth quarter of 2014, the bank announced on Wednesday, down from a year ago.",
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_past_act_for_a_years_season_is_dated_by_it() {
        let got = keys(Some("2014-12-20"), &["After a lengthy restoration, the Velmora monastery opened as a hotel for the 2012 season."]);
        assert_eq!(got, ["2012-00-00"]);
        // A label with no act, and a plan, date nothing.
        assert!(keys(Some("2014-12-20"), &["Velmora ferry prices for the 2012 season are online."]).is_empty());
    }
}

#[cfg(test)]
mod rules_of_blind60 {
    //! Rules found on the sixtieth blind book (chrono44), each on invented sentences.
    use super::*;

    fn keys(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| c.sort_key).collect()
    }

    #[test]
    fn a_perfect_progressive_coordinated_after_a_past_act_leaves_it_its_date() {
        let got = keys(Some("2017-01-17"), &["In October, the Velmora council laid out plans to restore the harbour and has been working to meet three goals."]);
        assert_eq!(got, ["2016-10-00"]);
        // Alone, the perfect progressive tells a state still going on.
        assert!(keys(Some("2017-01-17"), &["In October, the Velmora council has been working to meet three goals."]).is_empty());
    }

    #[test]
    fn a_note_on_the_pieces_own_publication_is_no_event() {
        let date = Some("2023-04-13");
        assert!(keys(date, &["Update note: This blog post was originally published on the 21st of June 2017 and updated on the 18th of July 2025."]).is_empty());
        assert!(keys(date, &["This guest post was first published on 3 March 2019."]).is_empty());
        // Another work's publication is an event.
        assert_eq!(keys(date, &["The Velmora novel was first published on 3 March 2019."]), ["2019-03-03"]);
    }

    #[test]
    fn a_quoted_title_and_its_date_are_a_reference() {
        let date = Some("2025-12-12");
        assert!(keys(date, &["4 Velmora Board. “Ferry timetables and fares,” October 2025."]).is_empty());
        assert!(keys(date, &["“Crossings for the week ending Oct. 17, 2025,” October 2025."]).is_empty());
        // A date told outside the quotation with words of its own stays.
        assert_eq!(keys(date, &["The board published “Ferry timetables and fares” in October 2025."]), ["2025-10-00"]);
        // A heading's date before a plaque's words quoted dates the entry.
        assert_eq!(keys(date, &["June 20, 1990: “In honour of Tora Quist, who sailed the first Velmora ferry.”"]), ["1990-06-20"]);
    }

    #[test]
    fn a_participle_and_today_before_a_present_verb_describe_a_kind() {
        let date = Some("2013-06-22");
        assert!(keys(date, &["Ferries built today may have hulls of aluminium alloy."]).is_empty());
        assert!(keys(date, &["Boats sold today are fitted with radios."]).is_empty());
        // The act of the day stays.
        assert_eq!(keys(date, &["The Velmora ferry sailed today for the first time."]), ["2013-06-22"]);
    }

    #[test]
    fn a_year_named_as_the_time_of_an_act_dates_the_act() {
        let date = Some("2024-04-08");
        assert_eq!(keys(date, &["1998 was the year the first Velmora ferry sailed to Quist."]), ["1998-00-00"]);
        assert_eq!(keys(date, &["March 2011 was the month when the Velmora bridge opened."]), ["2011-03-00"]);
        // A period described, with no act told, stays out.
        assert!(keys(date, &["In many ways, 2019 was the year of the Velmora ferry."]).is_empty());
    }

    #[test]
    fn a_season_opening_a_hyphened_compound_is_no_time() {
        let date = Some("2013-06-22");
        assert!(keys(date, &["This spring-loaded latch on the Velmora gate only opens when both handles are pressed."]).is_empty());
        assert!(keys(date, &["This week-long fair in Velmora draws potters from three valleys."]).is_empty());
        // The season itself, told in the past, is the article's.
        assert_eq!(keys(date, &["This spring, the Velmora ferry added a night crossing."]), ["2013-00-00"]);
    }

    #[test]
    fn a_bare_note_of_the_pages_first_publication_is_no_event() {
        let date = Some("2024-04-08");
        assert!(keys(date, &["The article was originally published in May 2019 and was updated in March 2024 to cover the new harbour."]).is_empty());
        assert!(keys(date, &["Originally published in June 2021. Last updated on January 9, 2024."]).is_empty());
        assert!(keys(date, &["Originally posted February 2017."]).is_empty());
        // Without "originally", the article may be another's, and its publication an event.
        assert_eq!(keys(date, &["The article was published in the Velmora Review in May 2019."]), ["2019-05-00"]);
        assert_eq!(keys(date, &["The report was originally published in May 2019."]), ["2019-05-00"]);
    }

    #[test]
    fn a_state_reached_by_a_date_is_no_event() {
        let date = Some("2025-12-13");
        assert!(keys(date, &["By 2018, Velmora was the clear winner."]).is_empty());
        assert!(keys(date, &["By 2020, starting a new ferry line felt almost irresponsible."]).is_empty());
        // An act told in the past after the date, or in the past perfect, stays.
        assert_eq!(keys(date, &["By 2018, Velmora had won the ferry war."]), ["2018-00-00"]);
        assert_eq!(keys(date, &["By 2018, Velmora closed its last ferry line."]), ["2018-00-00"]);
        assert_eq!(keys(date, &["By 2018, the Velmora ferrymen were rapidly leaving the island."]), ["2018-00-00"]);
    }

    #[test]
    fn a_state_told_with_was_or_were_and_an_adjective_is_no_event() {
        let date = Some("2011-10-06");
        assert!(keys(date, &["Out of 3,400 pupils in Velmora, 285 were absent Monday."]).is_empty());
        assert!(keys(date, &["At the Quist farm, the sheds were full of hay at midday Tuesday."]).is_empty());
        // A participle, a place, a title, or a name after the copula tells an act or a fact.
        assert_eq!(keys(date, &["The Velmora ferry was closed on Monday."]), ["2011-10-03"]);
        assert_eq!(keys(date, &["Tora Quist was in Velmora on Monday to open the mill."]), ["2011-10-03"]);
        assert_eq!(keys(date, &["Tora Quist was the first woman to cross the strait on Monday."]), ["2011-10-03"]);
        assert_eq!(keys(date, &["The Velmora ferry film was greenlit on Monday."]), ["2011-10-03"]);
        // A date in the subject dates what the subject names.
        assert_eq!(keys(date, &["A quarter of the ferry's passengers on Monday were absent from the count."]), ["2011-10-03"]);
    }

    #[test]
    fn a_present_view_from_an_opening_participles_date_is_no_event() {
        let date = None;
        assert!(keys(date, &["Looking at the Velmora ferries in late 2025, I feel remarkably optimistic."]).is_empty());
        // A past main clause tells the act; a preposition's phrase is no view.
        assert_eq!(keys(date, &["Arriving in Velmora in 1905, Tora Quist founded a mill."]), ["1905-00-00"]);
        assert_eq!(keys(date, &["Following the vote in 2019, the Velmora council closed the mill."]), ["2019-00-00"]);
    }
}
#[cfg(test)]
mod rules_of_blind62 {
    //! Rules found on the sixty-second blind book (chrono46), each on invented sentences.
    use super::*;

    pub(super) fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    pub(super) fn keys(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        events(date, paragraphs).into_iter().map(|(k, _)| k).collect()
    }

    const DAY: Option<&str> = Some("2024-02-06");

    #[test]
    fn a_course_of_percentages_in_brackets_gives_figures() {
        assert!(events(DAY, &["The share of anglers grew faster in Velmora (from 19% in 2011 to 30% in 2021) than in Dunmore (from 13% in 2011 to 14% in 2021)."]).is_empty());
        // A date outside the bracket dates its clause.
        assert_eq!(keys(DAY, &["The Velmora council cut the ferry fare in 2015 (from 10% to 25% off)."]), ["2015-00-00"]);
    }

    #[test]
    fn a_year_with_its_figure_in_brackets_is_a_data_point() {
        assert!(events(DAY, &["Drownings at the Velmora weir more than doubled from 2018 (25 deaths) to 2022 (61 deaths)."]).is_empty());
        // A bracket of an age holds no figure.
        assert_eq!(keys(DAY, &["Tora Quist founded the Velmora mill in 1998 (aged 20)."]), ["1998-00-00"]);
    }

    #[test]
    fn a_weekday_naming_a_meal_or_a_gathering_is_no_day() {
        assert!(events(DAY, &["The crew dined at the Velmora inn for Sunday brunch and shared a plate of oysters."]).is_empty());
        assert!(events(DAY, &["Tora Quist sold cheese at a Saturday market in Velmora."]).is_empty());
        // "on Sunday" names the day.
        assert_eq!(keys(DAY, &["The crew dined at the Velmora inn on Sunday."]), ["2024-02-04"]);
    }

    #[test]
    fn the_writer_after_a_date_joined_inside_the_sentence_is_the_writers_doing() {
        assert!(events(DAY, &["Velmora isn't short of good cafes, but last winter I stumbled upon my favorite."]).is_empty());
        assert!(events(DAY, &["The Velmora mill closed in 1998, and in 2003 I bought its wheel."]).iter().all(|(k, _)| k == "1998-00-00"));
        // A date opening the sentence opens a story; someone else's doing stays.
        assert_eq!(keys(DAY, &["In late 2011 I sat in the Velmora newsroom."]), ["2011-00-00"]);
        assert_eq!(keys(DAY, &["Velmora's cafes are good, but last winter Tora Quist closed hers."]), ["2023-00-00"]);
    }

    #[test]
    fn a_course_of_percentages_with_its_first_figure_dated_gives_figures() {
        assert!(events(DAY, &["Similar trends were seen in Velmora's ferry use: from 10% in 2011 to 13% in 2021 among commuters."]).is_empty());
        // A change of a rate told by an act, its date outside the course, stays.
        assert_eq!(keys(DAY, &["The Velmora council raised the ferry toll in 2015 from 10% to 25%."]), ["2015-00-00"]);
    }

    #[test]
    fn a_date_likened_to_is_a_figures_base() {
        assert_eq!(keys(DAY, &["In 2021, Velmora Chips opened a plant on the island (a similar size as in 2020)."]), ["2021-00-00"]);
        assert!(events(DAY, &["Ferry fares held at the same level as in 2019."]).is_empty());
        // An act told "as in" no likeness stays.
        assert_eq!(keys(DAY, &["The Velmora council met in 2019, as in every spring, to set the fares."]).len(), 1);
    }

    #[test]
    fn a_bare_superlative_after_was_is_a_standing() {
        assert!(events(DAY, &["In 2022, drowning rates were highest among Velmora's fishermen (22.2 per 100,000)."]).is_empty());
        // "the highest" before its noun, or a superlative act, stays.
        assert_eq!(keys(DAY, &["In 2022, Tora Quist climbed the highest peak of Velmora."]), ["2022-00-00"]);
    }

    #[test]
    fn a_counted_nouns_peak_is_a_record() {
        assert!(events(DAY, &["Drownings at the weir rose for years; these deaths peaked in 2018 but have declined since."]).is_empty());
        assert_eq!(keys(DAY, &["The Velmora protests peaked in 2018 when the mill closed."]).len(), 1);
    }

    #[test]
    fn a_causes_rank_is_a_ranking() {
        assert!(events(DAY, &["Storms have worsened and, beginning in 2020, floods became the leading cause of damage on Velmora."]).is_empty());
        assert_eq!(keys(DAY, &["In 2020, floods caused the closure of the Velmora mill."]), ["2020-00-00"]);
    }

    #[test]
    fn a_tolls_course_with_its_first_figure_dated_gives_figures() {
        assert!(events(DAY, &["Drownings at the Velmora weir increased from 25 deaths in 2018 to 61 deaths in 2022."]).is_empty());
        // A course of a count of other things is read as before.
        assert_eq!(keys(DAY, &["The Velmora guild grew from 10 members in 1905 to 80 members in 1917."]).len(), 2);
    }

    #[test]
    fn figures_set_against_each_other_before_a_date_are_its_data_points() {
        assert!(events(DAY, &["Velmora's fishermen had higher rates of injury than its farmers (8.1 vs. 3.8 per 100,000) in 2022."]).is_empty());
        assert_eq!(keys(DAY, &["Velmora's fishermen (8 of them) struck in 2022."]), ["2022-00-00"]);
    }

    #[test]
    fn the_time_an_inquiry_was_made_is_no_event() {
        assert!(events(DAY, &["The annual Velmora ferry study, conducted between August 2022 and August 2023, rates seven services."]).is_empty());
        assert!(events(DAY, &["The Velmora poll was carried out in May 2023."]).is_empty());
        assert_eq!(keys(DAY, &["The Velmora poll was published in May 2023."]), ["2023-05-00"]);
    }

    #[test]
    fn a_state_told_in_the_past_as_of_a_date_is_a_status() {
        assert!(events(DAY, &["Ferry use has shifted (e.g., Velmora's ferry shares were down over 13% since the beginning of the year, as of January 3, 2024)."]).is_empty());
        // An act from then on stays.
        assert_eq!(keys(DAY, &["As of May 2023, the Velmora ferry stopped calling at Dunmore."]), ["2023-05-00"]);
        // A figure right before "as of" is reckoned at the date, whatever the tense.
        assert!(events(DAY, &["The Velmora board issued $311 million in refunds as of mid-October 2023."]).is_empty());
        // Not a figure far back in the sentence.
        assert_eq!(keys(DAY, &["Of its 12 boats, the Velmora line sold the oldest to a museum in Quist as of May 2023."]), ["2023-05-00"]);
    }

    #[test]
    fn how_likely_a_group_was_to_do_a_thing_is_a_statistic() {
        assert!(events(DAY, &["In 2022, Velmora's fishermen were more likely than its farmers to report back pain (43% vs. 14%)."]).is_empty());
        assert!(events(DAY, &["In 2021, renters in Velmora were twice as likely to move as owners."]).is_empty());
        // A likely act told as done stays.
        assert_eq!(keys(DAY, &["In 2021, Velmora's renters moved to Dunmore, as was likely."]), ["2021-00-00"]);
    }
}

/// Rules drawn from the sixty-fourth blind book, on invented sentences.
#[cfg(test)]
mod rules_of_blind64 {
    use super::*;

    fn events(date: Option<&str>, paragraphs: &[&str]) -> Vec<(String, String)> {
        let mut out = Extraction::default();
        extract_article(&super::rules_of_unseen_pages::article(date, paragraphs), Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    fn keys(date: Option<&str>, paragraphs: &[&str]) -> Vec<String> {
        events(date, paragraphs).into_iter().map(|(k, _)| k).collect()
    }

    const DAY: Option<&str> = Some("2024-02-06");

    #[test]
    fn a_names_lower_case_particle_leads_a_relative_clause_back_to_it() {
        assert_eq!(name_closing("a suit against the former minister Tarek el-Velmori"), ["el-Velmori", "Tarek"]);
        assert_eq!(name_closing("a sonata by Pieter van Dunmore"), ["Dunmore", "van", "Pieter"]);
        assert_eq!(name_closing("the crew of the ferry"), Vec::<&str>::new());
        assert_eq!(
            keys(DAY, &["The suit is against the former minister Tarek el-Velmori, who was named to the harbour board in 2014."]),
            ["2014-00-00"]
        );
    }

    #[test]
    fn a_quotation_left_open_before_another_ends_with_its_sentence() {
        let s = "Tora Quist called it “nonsense. In 2013, she sold the boat that Holt had “praised” for years.";
        let masked = mask_quotes(s);
        assert!(masked.contains("In 2013, she sold the boat that Holt had"), "{masked}");
        assert!(!masked.contains("nonsense") && !masked.contains("praised"), "{masked}");
        assert_eq!(keys(DAY, &[s]), ["2013-00-00"]);
        // A stop before a question mark is the lost closing mark, whatever follows.
        let s = "Holt called the fare “perverse.? Tora Quist sold the boat in 2013.";
        assert_eq!(keys(DAY, &[s]), ["2013-00-00"]);
        // A quotation closed, or one left open to the paragraph's end, masks as before.
        assert!(!mask_quotes("She said “It sank. In 2013 we left.” Then").contains("2013"));
        assert!(!mask_quotes("She said “It sank. In 2013 we left.").contains("2013"));
    }

    #[test]
    fn a_date_in_a_supposition_is_no_event() {
        assert!(events(DAY, &["Lest one assume Holt is under the impression he's still living in November 2019, he greeted the crew with a new year's wish."]).is_empty());
        assert!(events(DAY, &["The Velmora ferry board acted as if it were still May 2019, when the fares were cut."]).is_empty());
        // After the supposition's comma, the main clause's date stands.
        assert_eq!(keys(DAY, &["As if to prove the point, Holt sold the ferry in 2019."]), ["2019-00-00"]);
    }

    #[test]
    fn a_gerund_opening_the_sentence_is_done_by_the_main_clauses_subject() {
        assert_eq!(
            events(DAY, &["Before joining the Velmora council last year, Tora Quist often criticized the ferry board."]),
            [("2023-00-00".to_string(), "Tora Quist joined the Velmora council".to_string())]
        );
        assert_eq!(keys(DAY, &["After leaving the harbour board in 2019, she sold the ferry."]), ["2019-00-00"]);
    }

    #[test]
    fn a_month_that_does_a_partys_act_is_a_name() {
        assert!(events(DAY, &["June challenged a Velmora ferry law, and a lower court found in Velmora's favor."]).is_empty());
        assert!(events(DAY, &["April sued the harbour board over the fares."]).is_empty());
        // A month that marks or brings something stays a date.
        assert_eq!(keys(DAY, &["November marked the beginning of the Velmora ferry strike."]), ["2023-11-00"]);
    }
}

/// Rules drawn from the sixty-sixth blind book, on invented sentences.
#[cfg(test)]
mod rules_of_blind66 {
    use super::rules_of_blind62::{events, keys};

    const DAY: Option<&str> = Some("2007-11-20");

    #[test]
    fn a_year_cut_to_two_digits_is_of_the_pieces_century() {
        assert_eq!(
            events(DAY, &["In ’02, the Velmora ferry board sold its last boat; in ’98, Tora Quist bought the harbour."]),
            [
                ("2002-00-00".to_string(), "The Velmora ferry board sold its last boat".to_string()),
                ("1998-00-00".to_string(), "Tora Quist bought the harbour".to_string()),
            ]
        );
        // With no date, the pivot of `%y`.
        assert_eq!(keys(None, &["In ’71, Tora Quist bought the harbour."]), ["1971-00-00"]);
        // A decade, a label and a range are no such year.
        assert!(events(DAY, &["In the ’90s, Tora Quist bought the harbour."]).is_empty());
        assert!(dates_of("the ’98’s ferry and the ’02-’04 fares").is_empty());
    }

    fn dates_of(s: &str) -> Vec<String> {
        super::tests::dates(s)
    }

    #[test]
    fn what_a_thing_was_in_a_year_is_no_event() {
        // An adjective or an indefinite noun after a copula, the date opening the sentence.
        assert!(events(DAY, &["In 1994, the Velmora ferry was slow and dirty, they told us."]).is_empty());
        assert!(events(DAY, &["In 1999 it was a boom; in 2001, it was a bust."]).is_empty());
        // A gapped part of a list of dated clauses has no verb of its own.
        assert!(events(DAY, &["In ’99 the Velmora ferry was a boom; in ’01, a bust."]).is_empty());
        assert_eq!(keys(DAY, &["In 1999 Tora Quist bought a boat; in 2001, a car."]), ["1999-00-00"]);
        // Acts stay, each with its own part.
        assert_eq!(keys(DAY, &["In 1999 Tora Quist bought a boat; in 2001, she sold the boat to Holt."]), ["1999-00-00", "2001-00-00"]);
        assert_eq!(keys(DAY, &["In 2001, Tora Quist was a guest at the launch of the Velmora ferry."]), ["2001-00-00"]);
    }

    #[test]
    fn a_toll_counted_up_to_the_writing_is_no_event() {
        const WEDNESDAY: Option<&str> = Some("2024-03-06");
        assert!(events(WEDNESDAY, &["The Velmora crews have kept sailing – 16 ferry crew members have been killed this week."]).is_empty());
        // The deaths of one day are an event.
        assert_eq!(keys(WEDNESDAY, &["16 ferry crew members were killed on Monday."]), ["2024-03-04"]);
    }

    #[test]
    fn a_sentence_opening_on_a_recurrence_dates_no_event() {
        assert!(events(DAY, &["Each year, the Velmora guilds hold contests judged by the winners of last year’s fairs."]).is_empty());
        // "Each of" counts no recurrence.
        assert_eq!(keys(DAY, &["Each of the Velmora guilds held a contest in 2006."]), ["2006-00-00"]);
    }

    #[test]
    fn an_in_before_a_date_counted_from_the_writing_is_a_verbs_particle() {
        const FRIDAY: Option<&str> = Some("2023-11-03");
        assert_eq!(
            events(FRIDAY, &["Tora Quist was sworn in last week by the Velmora harbour board."]),
            [("2023-10-00".to_string(), "Tora Quist was sworn in by the Velmora harbour board".to_string())]
        );
        assert_eq!(
            events(FRIDAY, &["Tora Quist moved in yesterday with the Velmora crew."]),
            [("2023-11-02".to_string(), "Tora Quist moved in with the Velmora crew".to_string())]
        );
        // A preposition before another date still goes with it.
        assert_eq!(
            events(FRIDAY, &["Tora Quist was sworn in in May by the Velmora harbour board."]),
            [("2023-05-00".to_string(), "Tora Quist was sworn in by the Velmora harbour board".to_string())]
        );
    }

    #[test]
    fn the_day_of_a_scheduled_occasion_is_the_nearer_one() {
        const AUGUST: Option<&str> = Some("2024-08-17");
        // Written in August, "the Sept. 9 meeting" is to come, whatever the verb's tense.
        assert!(events(AUGUST, &["The Velmora ferry board invited residents to the Sept. 9 meeting."]).is_empty());
        assert!(events(AUGUST, &["Tora Quist will speak at the Oct. 2 hearing."]).is_empty());
        // One half a year back was held; a day before another noun keeps the past's year.
        assert_eq!(keys(AUGUST, &["The Velmora ferry board approved the fares at the March 3 meeting."]), ["2024-03-03"]);
        assert_eq!(keys(AUGUST, &["The Velmora ferry board sold its boat on Sept. 9."]), ["2023-09-09"]);
    }
}

#[cfg(test)]
mod rules_of_blind70 {
    use super::{is_statement_to, year_of_writing_after};
    use super::rules_of_blind62::keys;
    use super::tests::dates;

    #[test]
    fn a_statement_to_the_press_past_a_phrase_set_off_is_an_attribution() {
        assert!(is_statement_to("Sen. Tora Quist, outside the town hall, told reporters, “We should be sailing”"));
        assert!(is_statement_to("Tora Quist told reporters, “We should be sailing”"));
        assert!(is_statement_to("Tora Quist, the harbour master, told Ferry Weekly that she had sold the boat"));
        assert!(keys(Some("2020-09-24"), &["Velmora Sen. Tora Quist, outside the town hall on Monday, told reporters, “We should be sailing. Is that possible?”"]).is_empty());
        // A phrase set off that tells an act of its own is no speaker's place.
        assert!(!is_statement_to("Tora Quist, who sold the boat, told reporters, “We should be sailing”"));
        assert!(!is_statement_to("The crew, after the ferry sank, told reporters, “We should be sailing”"));
        // Nor is the press told an order.
        assert!(!is_statement_to("Tora Quist told reporters to leave the pier"));
    }

    #[test]
    fn a_day_then_last_year_is_a_day_of_last_year() {
        const DAY: Option<&str> = Some("2020-10-14");
        assert_eq!(keys(DAY, &["Tora Quist sold the ferry on Aug 31 last year."]), ["2019-08-31"]);
        assert_eq!(keys(DAY, &["Tora Quist sold the ferry on August 11 this year."]), ["2020-08-11"]);
        assert_eq!(keys(DAY, &["Tora Quist sold the ferry in January last year."]), ["2019-01-00"]);
        // The day of a figure compared with takes its year along: neither dates an event.
        assert!(keys(DAY, &["The ferry sold for S$2.06, down from S$2.16 on Aug 31 last year."]).is_empty());
        // A possessive is another phrase.
        assert_eq!(year_of_writing_after(" last year’s fares"), None);
        assert_eq!(year_of_writing_after(" last year, when"), Some((1, 10)));
    }

    #[test]
    fn a_count_in_thousands_of_those_who_did_a_thing_in_a_year_is_a_figure() {
        const DAY: Option<&str> = Some("2020-06-11");
        assert!(keys(DAY, &["Last year, around 85,000 people migrated to Velmora."]).is_empty());
        assert!(keys(DAY, &["In 2018, 12,400 visitors crossed on the ferry."]).is_empty());
        // A count of a day is an event; so is a small count's act of a year.
        assert_eq!(keys(DAY, &["On 3 March 2019, 12,000 people marched through Velmora."]), ["2019-03-03"]);
        assert_eq!(keys(DAY, &["In 2018, 400 workers walked out of the Velmora mill."]), ["2018-00-00"]);
    }

    #[test]
    fn a_figure_after_versus_is_the_one_compared_with() {
        assert!(dates("A final dividend of one cent was declared, versus last year’s 5.5 cents.").is_empty());
        assert!(dates("Sales of 5 million, vs. 2019’s 4 million.").is_empty());
        assert_eq!(dates("The ferry board declared a dividend last year."), ["last year"]);
    }

    #[test]
    fn a_span_of_days_ordered_just_before_it_opens_is_to_come() {
        const DAY: Option<&str> = Some("2020-07-09");
        // Ordered the day before, the closure runs from the next day: a plan, not last year's.
        assert!(keys(DAY, &["The harbour master ordered a closure of the Velmora docks from July 10 to July 16."]).is_empty());
        assert!(keys(DAY, &["The harbour master closed the Velmora docks from July 10 till July 16."]).is_empty());
        // A day after "from" with no span is still a past one.
        assert_eq!(keys(DAY, &["Tora Quist sailed home from Oslo on July 10."]), ["2019-07-10"]);
        // Nor does a span of days before the writing change.
        assert_eq!(keys(DAY, &["The harbour master closed the Velmora docks from July 1 to July 6."]), ["2020-07-01"]);
    }

    #[test]
    fn a_count_of_years_goes_back_from_a_day_just_told_in_the_pieces_year() {
        // The lockdown's day, its year the piece's, anchors the count.
        assert_eq!(
            keys(Some("2020-06-11"), &["The ferries stopped when the lockdown came into effect on 23 March.", "Four years earlier the ferry strike came as a blow to Tora Quist."]),
            ["2020-03-23", "2016-00-00"]
        );
    }
}

/// Rules drawn from the seventy-fourth blind book, on invented sentences.
#[cfg(test)]
mod rules_of_blind74 {
    use super::*;

    /// An article of `quotes` set as block quotes, after `paragraphs` of its own words.
    fn quoted(paragraphs: &[&str], quotes: &[&str]) -> Vec<String> {
        let mut article = super::rules_of_unseen_pages::article(Some("2021-05-17"), paragraphs);
        article.blocks.push(Block::Quote {
            id: "ch01-q".into(),
            paragraphs: quotes.iter().map(|q| vec![crate::model::Inline::Text(q.to_string())]).collect(),
        });
        let mut out = Extraction::default();
        extract_article(&article, Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| c.sort_key).collect()
    }

    #[test]
    fn a_year_coming_round_in_a_when_clause_dates_it() {
        let events = |p: &str| super::rules_of_blind62::keys(Some("2021-05-17"), &[p]);
        assert_eq!(events("When 1871 came along, the Velmora mill burned down."), ["1871-00-00"]);
        assert_eq!(events("Once 1905 arrived, the council sold the Velmora ferry."), ["1905-00-00"]);
        // A number before another verb counts.
        assert!(events("When 1500 sailors landed, the Velmora mill burned down.").is_empty());
    }

    #[test]
    fn a_body_set_only_as_block_quotes_is_read() {
        let quote = "The Velmora ferry ran aground off the harbour on Sunday afternoon.";
        assert_eq!(quoted(&[], &[quote]), ["2021-05-16"]);
        // Beside the page's own words, a block quote stays a quotation.
        assert!(quoted(&["Tora Quist wrote about the harbour."], &[quote]).is_empty());
    }
}

/// Rules drawn from the seventy-sixth blind book, on invented sentences.
#[cfg(test)]
mod rules_of_blind76 {
    use super::*;

    fn text(t: &str) -> Vec<crate::model::Inline> {
        vec![crate::model::Inline::Text(t.to_string())]
    }

    /// The dates and texts found in an article of `paragraphs` written on `date`, then a
    /// heading and a table of two-cell `rows` under it.
    fn with_record(date: Option<&str>, paragraphs: &[&str], heading: &str, rows: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut article = super::rules_of_unseen_pages::article(date, paragraphs);
        article.blocks.push(Block::Heading { id: "ch01-h".into(), level: 3, content: text(heading) });
        let table = crate::model::Table {
            caption: None,
            align: vec![Default::default(); 2],
            head: Vec::new(),
            body: rows.iter().map(|(l, v)| vec![text(l), text(v)]).collect(),
        };
        article.blocks.push(Block::Table { id: "ch01-t".into(), table });
        let mut out = Extraction::default();
        extract_article(&article, Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    #[test]
    fn a_records_founding_field_dates_its_subjects_founding() {
        const DAY: Option<&str> = Some("2023-05-02");
        let found = with_record(DAY, &[], "2. Velmora Ferries Ltd.", &[("Headquarters:", "Velmora"), ("Establishment:", "1923"), ("Website:", "velmora.example")]);
        assert_eq!(found.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1923-00-00"]);
        assert!(found[0].1.contains("Velmora Ferries"), "{found:?}");
        let keys = |label: &str, value: &str| with_record(DAY, &[], "Tora Quist", &[(label, value)]).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(keys("Year founded", "1871"), ["1871-00-00"]);
        assert_eq!(keys("Born", "3 March 1950"), ["1950-03-03"]);
        // A field naming no coming into being, or holding no year, is a label.
        assert!(keys("Last updated", "1998").is_empty());
        assert!(keys("Founded", "long ago").is_empty());
    }

    /// What the article of a heading, a sub-heading and a list of `items` dates.
    fn with_fact_list(heading: &str, sub: &str, items: &[&str]) -> Vec<(String, String)> {
        let mut article = super::rules_of_unseen_pages::article(Some("2023-05-02"), &["Five ferry lines worth a look."]);
        article.blocks.push(Block::Heading { id: "ch01-h".into(), level: 3, content: text(heading) });
        article.blocks.push(Block::Heading { id: "ch01-h2".into(), level: 4, content: text(sub) });
        let items = items.iter().map(|i| text(i)).collect();
        article.blocks.push(Block::List { id: "ch01-l".into(), ordered: false, start: 1, items });
        let mut out = Extraction::default();
        extract_article(&article, Convention::Gregorian, &mut out);
        out.candidates.into_iter().map(|c| (c.sort_key, c.text)).collect()
    }

    #[test]
    fn a_fact_lists_founding_items_date_the_subject_of_the_heading_above() {
        let found = with_fact_list("Velmora Ferries", "Key facts", &["Ports: 12", "Founded: 1923", "Franchised: 1961", "Fee: $2,000"]);
        assert_eq!(found.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1923-00-00", "1961-00-00"], "{found:?}");
        assert!(found.iter().all(|(_, t)| t.starts_with("Velmora Ferries was")), "{found:?}");
        // A named sub-heading is the subject itself; an item naming no coming into being is a
        // label.
        let found = with_fact_list("Ferry lines", "Tora Quist Lines", &["Founded: 1950"]);
        assert!(found[0].1.starts_with("Tora Quist Lines was founded"), "{found:?}");
        assert!(with_fact_list("Velmora Ferries", "Key facts", &["Last refit: 1998"]).is_empty());
    }

    #[test]
    fn an_act_told_in_the_past_after_the_pieces_date_is_an_update() {
        let keys = |p: &str| super::rules_of_blind62::keys(Some("2022-08-25"), &[p]);
        assert_eq!(keys("In March 2025, Velmora Ferries unveiled its first electric boat."), ["2025-03-00"]);
        assert_eq!(keys("In January 2025, Velmora Ferries announced that its boat will sail in June."), ["2025-01-00"]);
        // A plan stays one, and so does a date not opening the sentence.
        assert!(keys("In March 2025, Velmora Ferries will unveil its first electric boat.").is_empty());
        assert!(keys("Velmora Ferries expects to sail from Oslo in March 2025.").is_empty());
    }
}

#[cfg(test)]
mod rules_of_blind80 {
    //! Rules found on the eightieth blind book (chrono64), each on invented sentences.
    use super::rules_of_blind62::keys;

    #[test]
    fn a_date_line_stamps_the_relative_dates_written_under_it() {
        // A listing of 16 December 2025 (a Tuesday): each teaser under its own stamp.
        let page = Some("2025-12-16");
        let got = keys(page, &["May 14, 2025", "The Velmora league unveiled its new fixtures on Wednesday night."]);
        assert_eq!(got, ["2025-05-14"]);
        // The next stamp takes over; with none, the page's date stays the anchor.
        let got = keys(page, &["Mar 3, 2025", "The ferry line raised its fares last week.", "Dec 12, 2025", "Tora Quist resigned on Monday."]);
        assert_eq!(got, ["2025-02-00", "2025-12-08"]);
        assert_eq!(keys(page, &["Tora Quist resigned on Monday."]), ["2025-12-15"]);
        // A line with words besides its date is no stamp of what follows.
        assert_eq!(keys(page, &["Ferry fares rose on May 14, 2025", "Tora Quist resigned on Monday."]), ["2025-05-14", "2025-12-15"]);
    }

    #[test]
    fn a_share_told_approximately_is_a_figure() {
        let page = Some("2025-11-11");
        assert!(keys(page, &["In 2024, ferry fares accounted for approximately 12.5% of the Velmora harbour's income."]).is_empty());
        assert!(keys(page, &["In 2024, the Velmora mill produced approximately 40 percent of the county's flour."]).is_empty());
        // A share sold is still an act.
        assert_eq!(keys(page, &["In 2024, the Velmora mill sold approximately 40 percent of its shares to a bank."]), ["2024-00-00"]);
    }

    #[test]
    fn a_present_state_after_an_em_dash_is_read_past_the_dash() {
        // (The dash is three bytes: its stretch starts past all of them.)
        let page = Some("2025-12-16");
        for sentence in ["Velmora / Quorvel — East Side Centre announced today that its tutoring has been awarded a badge.", "Velmora Tutoring — East Side is open today."] {
            let _ = keys(page, &[sentence]);
        }
    }

    #[test]
    fn hours_ago_that_make_whole_days_count_back_days() {
        let page = Some("2025-12-18");
        assert_eq!(keys(page, &["We got the keys to the Velmora flat 48 hours ago."]), ["2025-12-16"]);
        assert_eq!(keys(page, &["The ferry sank 24 hours ago off Velmora."]), ["2025-12-17"]);
        // A few hours do not tell whether the day turned.
        assert!(keys(page, &["The ferry sank three hours ago off Velmora."]).is_empty());
    }
}

#[cfg(test)]
mod rules_of_blind84 {
    //! Rules found on the eighty-fourth blind book (chrono68), each on invented sentences.
    use super::rules_of_blind62::keys;

    #[test]
    fn a_date_heading_an_entry_dates_its_label() {
        let page = Some("2024-05-10");
        let got = keys(page, &["March 4, 1931: Velmora ferry's maiden crossing. The boat carried 300 passengers to Quorvel.", "Aug. 9-10, 1952: Tora Quist regatta. Crowds lined the harbour."]);
        assert_eq!(got, ["1931-03-04", "1952-08-09"]);
        // A label alone is no entry; nor is a heading of words besides its dates.
        assert!(keys(page, &["March 4, 1931: Velmora ferry's maiden crossing."]).is_empty());
        assert!(keys(page, &["The Velmora ferry, March 4, 1931: maiden crossing. It carried 300 passengers."]).is_empty());
    }

    #[test]
    fn a_range_of_days_across_two_months_takes_the_year_told_at_its_end() {
        let got = keys(Some("2024-05-10"), &["The Velmora regatta was held July 30-Aug. 4, 1932, on the harbour."]);
        assert_eq!(got, ["1932-07-30"]);
    }

    #[test]
    fn a_short_note_of_a_participle_and_a_bare_year_dates_the_act() {
        let page = Some("2024-05-10");
        let got = keys(page, &["The Velmora bell rang for the regatta. Tablet unveiled 1988."]);
        assert_eq!(got, ["1988-00-00"]);
        // A longer sentence, or a year not closing it, is not such a note.
        assert!(keys(page, &["The Velmora crew that had raced for years displayed 1988 trophies proudly."]).is_empty());
    }

    #[test]
    fn a_date_after_an_accusations_gerund_dates_the_act_alleged() {
        let page = Some("2023-04-28");
        let got = keys(page, &["Tora Quist, 28, is accused of fatally stabbing two rowers of Velmora; one of Quorvel; and a cox on November 13."]);
        assert_eq!(got, ["2022-11-13"]);
        // The accusation's own present still dates nothing.
        assert!(keys(page, &["Tora Quist faces a hearing on November 13."]).is_empty());
    }
}

#[cfg(test)]
mod rules_of_blind88 {
    //! Rules found on the eighty-eighth blind book (chrono72), each on invented sentences.
    use super::rules_of_blind62::keys;

    #[test]
    fn a_modal_perfect_progressive_is_no_state_going_on() {
        let page = Some("2023-11-08");
        let got = keys(page, &["Tora Quist posted a notice late last month of the wake, held at an hour the rower should have been training."]);
        assert_eq!(got, ["2023-10-00"]);
        // Without the modal the state going on still dates nothing.
        assert!(keys(page, &["Late last month the Velmora crew has been training on the harbour."]).is_empty());
    }

    #[test]
    fn what_was_held_by_a_date_is_a_state() {
        let page = Some("2020-01-13");
        assert!(keys(page, &["By December 2016, we had the Velmora ferry running on its new engine!"]).is_empty());
        assert!(keys(page, &["By the end of 2017, the Quist crew had most of the boats in place for the regatta."]).is_empty());
        // A participle after "had" tells what was done by then; a figure held is a milestone.
        assert_eq!(keys(page, &["By December 2016, the Quist crew had rebuilt the Velmora ferry."]), ["2016-12-00"]);
        assert_eq!(keys(page, &["By December 2016, the Velmora club had 3,000 members."]), ["2016-12-00"]);
        assert_eq!(keys(page, &["By December 2016, the Velmora club had to sell its ferry."]), ["2016-12-00"]);
    }

    #[test]
    fn a_day_a_schedule_runs_to_is_no_event() {
        let page = Some("2023-11-02");
        assert_eq!(keys(page, &["The Velmora regatta started on October 29 and ends with the final race on November 5."]), ["2023-10-29"]);
        // A history told in the present gives its years.
        assert_eq!(keys(page, &["The Quist regatta starts in 1921 and ends with the last race in 1939."]), ["1921-00-00", "1939-00-00"]);
    }

    #[test]
    fn a_conditional_perfect_right_after_the_date_is_no_event() {
        let page = Some("2023-11-09");
        assert!(keys(page, &["Officials said most of the Velmora ferry's delays in 2022 could have been avoided with better planning."]).is_empty());
        // A conditional perfect in a clause further on, or in a relative clause after the
        // date, leaves the date's act.
        assert_eq!(keys(page, &["In 2022, the Velmora board sold the ferry, though critics say it could have kept it."]), ["2022-00-00"]);
        assert_eq!(keys(page, &["The Velmora mayor vetoed a bill on Monday that would have raised the ferry fares."]), ["2023-11-06"]);
    }

    #[test]
    fn the_base_a_multiple_is_taken_of_is_no_event() {
        let page = Some("2023-11-09");
        let got = keys(page, &["The Velmora ferry carried more than 3,000 riders in 2022, nearly five times the number counted 10 years ago."]);
        assert!(!got.contains(&"2013-00-00".to_string()));
        assert!(keys(page, &["The Quist line now charges twice the fare of 2010."]).is_empty());
        // Without a multiple, or past the noun's few words, the date dates its act.
        assert_eq!(keys(page, &["The Velmora council sold the ferry 10 years ago."]), ["2013-00-00"]);
        assert_eq!(keys(page, &["The Velmora crew rowed twice the distance to Quist and Dunmore harbours in May 2019."]), ["2019-05-00"]);
    }

    #[test]
    fn an_existential_count_closed_by_its_period_is_no_event() {
        let page = Some("2020-01-13");
        assert!(keys(page, &["There were a handful of sailings to Quist in 2014 but nothing worth calling out."]).is_empty());
        // A past told between the count and the date dates its act; so does an existential
        // of one thing.
        assert_eq!(keys(page, &["There were several hearings before the Velmora judge ruled in May 2014."]), ["2014-05-00"]);
        assert_eq!(keys(page, &["There was a mutiny on the Velmora ferry in 2014."]), ["2014-00-00"]);
    }

    #[test]
    fn a_passive_told_as_not_done_dates_nothing() {
        let page = Some("2023-11-08");
        assert!(keys(page, &["A letter by the Velmora Courier to the council was not answered Wednesday."]).is_empty());
        assert!(keys(page, &["The Quist rowers' calls to the club weren't returned on Monday."]).is_empty());
        // A past told besides the negation stays an act; so does a heading's date before a
        // negated note.
        assert_eq!(keys(page, &["It was not until Monday that the Velmora council answered the letter."]), ["2023-11-06"]);
        assert_eq!(keys(page, &["Jan. 15, 1967: Velmora Cup I. It wasn't called the Velmora Cup at the time."]), ["1967-01-15"]);
    }
}
