//! Closed word lists of general English the extractor consults. None is about any
//! particular subject: function words, calendar words, titles of address, and the common
//! nouns that name institutions, places and events rather than people.

/// Function words, pronouns, sentence adverbs and web-page chrome verbs that are never
/// headings on their own, whatever their capitalisation.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "an", "and",
    "another", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
    "even", "every", "few", "for", "from", "further", "had", "has", "have", "he", "her", "here",
    "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
    "many", "may", "me", "meanwhile", "more", "most", "much", "must", "my", "neither", "never",
    "nevertheless", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
    "other", "our", "out", "over", "own", "read", "same", "share", "she", "should", "since",
    "so", "some", "still", "subscribe", "such", "than", "that", "the", "their", "them", "then",
    "there", "therefore", "these", "they", "this", "those", "though", "through", "thus", "to",
    "today", "tomorrow", "too", "under", "until", "up", "us", "very", "was", "we", "were",
    "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
    "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "click", "follow",
    "like", "comment", "comments", "tweet", "email", "print", "next", "previous", "related",
    "tags", "advertisement", "photo", "image", "source", "sources", "note", "notes",
];

/// Month and weekday names: dates, not index headings.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

/// Titles of address that may precede a personal name.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "king", "queen",
    "prince", "princess", "emperor", "empress", "tsar", "tsarina", "czar", "general", "gen.",
    "colonel", "captain", "admiral", "president", "premier", "minister", "prime", "comrade",
    "father", "pope", "saint", "professor", "prof.", "judge", "senator", "governor", "chancellor",
];

/// Common nouns that make a capitalised phrase an institution, place, document or event.
#[rustfmt::skip]
const NON_PERSON: &[&str] = &[
    "academy", "agency", "alliance", "army", "assembly", "association", "avenue", "bank",
    "bay", "board", "bridge", "bureau", "cathedral", "central", "church", "city", "club",
    "coast", "college", "commission", "committee", "commune", "company", "conference",
    "congress", "constitution", "convention", "corporation", "council", "county", "court",
    "day", "declaration", "department", "district", "duma", "empire", "federation", "fleet",
    "forces", "fortress", "forum", "front", "division", "order", "number", "executive", "presidium", "government", "guard", "guards", "hall", "house", "institute",
    "island", "kingdom", "lake", "league", "manifesto", "ministry", "mountain", "movement",
    "museum", "navy", "ocean", "office", "palace", "parliament", "party", "peace", "plan",
    "province", "railway", "region", "republic", "revolution", "river", "road", "school",
    "sea", "senate", "society", "soviet", "soviets", "square", "state", "states", "station",
    "street", "theses", "treaty", "union", "university", "valley", "war", "world", "times",
    "post", "news", "review", "journal", "press", "worker", "workers",
];

/// Words that open place names, not personal names ("South Africa", "New York").
#[rustfmt::skip]
const PLACE_PREFIX: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new",
    "old", "great", "little", "upper", "lower", "central", "st", "st.", "san", "santa", "fort",
    "port", "mount", "lake", "cape", "red", "white", "black", "first", "second", "third",
];

/// Lowercase particles that may stand inside a name ("Congress of Soviets", "de Gaulle").
#[rustfmt::skip]
const CONNECTORS: &[&str] = &["of", "of the", "de", "du", "da", "del", "della", "der", "van", "von", "la", "le", "for", "on"];

/// A word that is never a heading on its own.
pub fn is_stop(key: &str) -> bool {
    STOP.contains(&key) || CALENDAR.contains(&key)
}

/// A month or weekday name.
pub fn is_calendar(key: &str) -> bool {
    CALENDAR.contains(&key)
}

/// A word that opens place names ("South", "New").
pub fn is_place_prefix(key: &str) -> bool {
    PLACE_PREFIX.contains(&key)
}

/// A title of address ("General", "Tsar").
pub fn is_honorific(key: &str) -> bool {
    HONORIFICS.contains(&key)
}

/// A noun that marks an institution, place or event.
pub fn is_non_person(key: &str) -> bool {
    NON_PERSON.contains(&key)
}

/// A particle allowed between the capitalised words of a name.
pub fn is_connector(key: &str) -> bool {
    CONNECTORS.contains(&key)
}

/// Adjectives of nationality, creed or doctrine ("Russian", "Socialist", "Marxist") modify a
/// noun; a phrase opening with one is not a personal name.
pub fn is_adjectival(key: &str) -> bool {
    ["ian", "ican", "ish", "ese", "ist", "ic", "ary", "al", "ern"]
        .iter()
        .any(|s| key.ends_with(s) && key.len() > s.len() + 2)
}

/// A lowercase word shaped like an adjective or participle ("dual", "working", "moderate").
pub fn is_adjective_form(key: &str) -> bool {
    [
        "al", "ic", "ist", "ive", "ary", "ate", "ing", "ous", "ful", "ant", "ent", "less",
    ]
    .iter()
    .any(|s| key.ends_with(s))
}
