//! Closed word lists of general English the extractor consults. None is about any
//! particular subject: function words, calendar words, titles of address, roles and verbs of
//! saying that stand beside personal names, common given names and East Asian family names
//! (to tell a person from a place or product), and the common nouns that name institutions,
//! places and events rather than people.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Closed lists looked up as one hash set, made on first use: the proposer asks about every
/// word of the book, several times over (searched entry by entry, the lists showed in the
/// profile of a `watch` rebuild).
struct WordSet {
    lists: &'static [&'static [&'static str]],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    const fn new(lists: &'static [&'static [&'static str]]) -> WordSet {
        WordSet { lists, set: OnceLock::new() }
    }

    fn contains(&self, key: &str) -> bool {
        self.set.get_or_init(|| self.lists.iter().flat_map(|l| l.iter().copied()).collect()).contains(key)
    }
}

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
    "whenever", "wherever", "whatever", "whoever", "whichever", "unless", "whereas",
    "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "click", "follow",
    "like", "comment", "comments", "tweet", "email", "print", "next", "previous", "related",
    "tags", "advertisement", "photo", "image", "source", "sources", "note", "notes",
    "updated", "published", "posted", "modified", "reporting", "editing", "credit", "credits",
];

/// How many entries of [`CALENDAR`] are months.
const MONTHS: usize = 24;

/// Month and weekday names: dates, not index headings.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    // Time-zone abbreviations of page stamps ("10:43 EST").
    "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "akst", "hst", "ist", "jst", "kst", "aest", "aedt", "msk", "et", "pt",
];

/// Abbreviations of common nouns and chat words written in capitals ("TV", "CEO", "WTF"):
/// not names of anything.
#[rustfmt::skip]
const COMMON_ABBREVIATIONS: &[&str] = &[
    "tv", "td", "pe", "ceo", "cfo", "cto", "coo", "cio", "cmo", "evp", "svp", "vp", "faq", "pdf", "gdp", "ipo", "dna", "ai",
    "ok", "pc", "ps", "pm", "am", "fyi", "diy", "hq", "id", "vs", "etc", "wtf", "lol", "omg",
    "btw", "imo", "imho", "tbh", "afaik", "iirc", "idk", "smh", "tl", "dr", "rip", "asap", "aka", "mp", "mvp", "qb", "rb", "wr", "hd",
    "fps", "gps", "sms", "url", "usb", "vip", "ufo", "atm", "suv", "ev", "pr", "hr", "it", "ad",
    "bc", "ce", "bce", "ph", "phd", "ma", "ba", "bsc", "msc", "dj", "nb", "re", "fw", "vhs",
    "dvd", "cd", "lcd", "led", "ep", "lp", "q&a",
    // Units and tools in capitals ("2.2 GHz", "supported IDEs").
    "ghz", "mhz", "khz", "ide",
];

/// Family names that East Asian names put first ("Xi Jinping", "Kim Jong-un"): such a name is
/// not inverted (Chicago 16.83-16.85) when the given name that follows is romanised.
#[rustfmt::skip]
const EAST_ASIAN_FAMILY: &[&str] = &[
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
    "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan",
    "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao",
    "jin", "fu", "zhong", "cui", "tan", "fan", "xi", "mao", "lei", "hou", "wen", "kong",
    "qian", "qin", "shi", "meng", "bai", "bo", "chiang", "chou", "hsu", "wong", "chan", "lam",
    "leung", "cheung", "ho", "lau", "kim", "lee", "park", "choi", "jung", "chung", "kang",
    "cho", "yoon", "jang", "lim", "shin", "moon", "oh", "seo", "kwon", "hwang", "ahn", "nguyen",
    "tran", "le", "pham", "hoang", "phan", "vu", "dang", "bui", "ngo", "duong", "ly",
    "nam", "yoo", "ryu", "baek", "jeon", "jeong", "bae", "hong", "heo", "noh", "shim", "koo",
    "chae", "byun",
    // More of the hundred commonest Chinese family names ("Geng Shuang").
    "geng", "gu", "gong", "hao", "lai", "niu", "qiu", "qu", "shao", "xiang", "xiong", "xue",
    "yan", "yin", "zou", "duan", "jia", "qi", "ruan", "dai", "chang",
];

/// Common given names of many languages: a capitalised pair opening with one is a person.
#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "alexandra",
    "alice", "alison", "amanda", "amy", "andrea", "andrew", "angela", "anna", "anne", "anthony",
    "antonio", "arthur", "ashley", "barbara", "ben", "benjamin", "bernard", "betty", "bill",
    "bob", "brad", "brandon", "brian", "bruce", "carl", "carlos", "carol", "caroline", "carrie",
    "catherine", "charles", "charlie", "chris", "christian", "christina", "christine",
    "christopher", "claire", "claude", "cole", "colin", "craig", "dan", "daniel", "david",
    "deborah", "dennis", "derek", "diana", "donald", "donna", "doug", "douglas", "ed", "eddie",
    "edward", "elena", "elizabeth", "ellen", "emily", "emma", "emmanuel", "eric", "erik",
    "eva", "frank", "fred", "gary", "george", "gerald", "gordon", "grace", "greg", "gregory",
    "hannah", "harold", "harry", "heather", "helen", "henry", "howard", "hugh", "ian", "igor",
    "isaac", "ivan", "jack", "jacob", "james", "jan", "jane", "janet", "jason", "jean",
    "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jim", "joan", "joe", "john",
    "jonathan", "jose", "joseph", "josh", "joshua", "juan", "judith", "julia", "julie",
    "justin", "karen", "karl", "kate", "katherine", "keith", "kelly", "ken", "kenneth",
    "kevin", "kim", "kristi", "kyle", "larry", "laura", "lauren", "lee", "leon", "linda",
    "lisa", "louis", "lucas", "margaret", "luis", "luke", "maria", "marie", "mark", "martin", "mary",
    "matthew", "megan", "melissa", "michael", "michelle", "mike", "mohammed", "muhammad",
    "nancy", "nathan", "nicholas", "nick", "nicole", "olga", "oliver", "pamela", "patricia",
    "patrick", "paul", "peter", "philip", "pierre", "rachel", "ralph", "raymond", "rebecca",
    "richard", "rob", "robert", "roger", "ronald", "rosa", "ruth", "ryan", "sam", "samuel",
    "sandra", "sarah", "scott", "sean", "sergei", "sharon", "simon", "sophie", "stephanie",
    "stephen", "steve", "steven", "susan", "taylor", "teresa", "thomas", "tim", "timothy",
    "tom", "tony", "victor", "victoria", "vincent", "vladimir", "walter", "wayne", "william",
    "yuri", "zachary", "malcolm", "marcus", "tanner", "dmitry", "nikolai", "alexei", "mikhail",
    "natalia", "tatiana", "hans", "friedrich", "wolfgang", "giuseppe", "giovanni", "marco",
    "francesco", "miguel", "pedro", "carmen", "ali", "omar", "fatima", "hassan", "raj",
    "lars", "sven", "marcia", "vanessa", "evan", "jon", "morgan",
];

/// Verbs of saying: a capitalised pair right before or after one is a person ("Lopes said").
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "asked", "wrote", "writes", "explained", "noted",
    "argued", "recalled", "insisted", "claimed", "warned", "announced", "stated", "replied",
    "spoke",
];

/// Lowercase role nouns that stand before a personal name ("quarterback Sean Clifford"),
/// besides the agent nouns recognised by their ending ("scientist", "director").
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "coach", "quarterback", "employee", "spokesman", "spokeswoman", "chief", "colleague",
    "comrade", "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father",
    "friend", "journalist", "scientist", "geologist", "biologist", "economist", "historian",
    "politician", "candidate", "star", "poet", "novelist", "artist", "guard", "analyst",
    "co-author", "lawmaker", "rep.", "sen.", "gov.", "boss", "head", "chair", "leader",
    "member", "founder", "organiser", "organizer", "writer", "author", "editor", "critic",
    "merchant", "servant", "tenant", "peasant", "student", "resident", "president", "hotelier",
    "priest", "prefect", "pastor", "cleric", "veteran", "spokesperson", "official", "photographer",
    "correspondent", "fellow", "singer", "actor", "actress", "rapper", "dancer", "nurse",
    "astronaut", "cosmonaut", "consultant",
    // The arts' makers, whom the plural names in pairs too ("filmmakers Ada Vell and Tora
    // Quist").
    "filmmaker", "screenwriter", "playwright", "composer", "painter", "sculptor",
    // Broadcasters' roles ("co-host Tora Quist").
    "host", "co-host", "anchor", "presenter",
    // Sports' agents too short to be guessed from their ending ("dressage rider Ana Lind").
    "rider", "driver", "player", "jockey", "golfer", "boxer", "skier", "opener", "batsman",
    "bowler", "spinner", "captain", "skipper",
    // Firms in a role ("developer Valve", "publisher Tor").
    "developer", "publisher",
    // A restaurant's or a shop's people ("Chef Tora Quist's love letter", "Owner Brannoc
    // Pallan opened").
    "chef", "owner", "co-owner",
    // A studio's people ("Lead Planner Tora Quist", "Senior Designer Ada Vell").
    "planner", "designer",
    // A player's or an artist's epithet after the team or the genre ("Lakers great Magic
    // Johnson", "Motown legend Smokey Robinson").
    "great", "legend",
    // Officers of a firm or a team in initials ("Ravens GM Ed Moss", "CEO Ana Lind", "Velcom
    // CIO Ada Vell").
    "gm", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cso", "cdo", "cpo", "evp", "svp",
];

/// Name suffixes that follow the given names after inversion ("King, Martin Luther, Jr.").
const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Lowercase particles that follow the given names after inversion ("Gaulle, Charles de",
/// "Beethoven, Ludwig van"); other particles stay with the surname ("du Maurier", "La Fontaine").
const TRAILING_PARTICLES: &[&str] = &["de", "van", "von", "der", "den", "d'"];

/// Titles of address that may precede a personal name.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "king", "queen",
    "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "sgt.", "capt.", "coach", "chief", "interim",
    // Before two names or more ("Sens. Ana Lind and Ed Moss").
    "sens.", "reps.", "govs.", "drs.",
    "deputy", "executive", "secretary", "chairman", "chairwoman", "director", "commissioner",
    "sheriff", "mayor", "ambassador", "bishop", "rabbi", "imam", "officer", "inspector",
    "prince", "princess", "emperor", "empress", "tsar", "tsarina", "czar", "general", "gen.",
    "colonel", "captain", "admiral", "president", "premier", "minister", "prime", "comrade",
    "father", "pope", "saint", "professor", "prof.", "judge", "senator", "governor", "chancellor",
    "representative", "adviser", "advisor", "justice",
    // A member of the bar's title where advocates plead (South Africa, Scotland, Lesotho), in
    // full or shortened ("Adv Ana Lind", "Advocate Ed Moss").
    "advocate", "adv", "adv.",
    // Military ranks and styles written without their full stop ("Gen Qamar Javed Bajwa",
    // "Prof Paul Kelly").
    "gen", "lt", "col", "sgt", "capt", "prof",
    // A county's elected officer ("Supervisor Ana Lind of Marin County").
    "supervisor",
    // Malaysian styles of honour, "Seri" raising a "Datuk" ("Datuk Seri Ada Rahim", "Datin
    // Ana Lind").
    "datuk", "dato", "datin", "seri",
    // Members of a legislature or a council, ranks of the police ("South Carolina Congressman
    // Ed Moss", "Police Detective Ana Lind").
    "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "councilor", "alderman", "assemblyman",
    "assemblywoman", "detective", "sergeant", "lieutenant", "corporal", "constable", "trooper",
    // A police rank above an inspector's, in full or shortened ("Superintendent Ana Lind",
    // "Supt Lind said").
    "superintendent", "supt", "supt.",
    // A legislature's presiding officer ("House Speaker Ed Moss").
    "speaker",
    // A prosecutor's office ("District Attorney Ana Lind", "Assistant District Attorney Ed
    // Moss").
    "attorney",
    // The style of a minister or a judge ("Dr the Rt. Hon. Ada Lind").
    "rt.", "rt", "hon.",
    // The styles of the clergy and of religious orders ("the Rev. Ada Lind", "Sister Ada
    // Lind", "Mother Superior Ada Lind").
    "rev.", "rev", "revd", "reverend", "msgr.", "mother", "sister", "superior",
];

/// Common nouns that make a capitalised phrase an institution, place, document or event.
#[rustfmt::skip]
const NON_PERSON: &[&str] = &[
    "academy", "agency", "alliance", "army", "assembly", "association", "avenue", "bank",
    "bay", "board", "bridge", "bureau", "cathedral", "caucus", "central", "church", "city", "club",
    "coast", "college", "commission", "committee", "commune", "company", "conference",
    "congress", "constitution", "convention", "corporation", "council", "county", "court",
    "day", "declaration", "department", "district", "duma", "empire", "federation", "fleet",
    "forces", "fortress", "forum", "front", "division", "order", "number", "executive", "presidium", "government", "guard", "guards", "hall", "house", "institute",
    "island", "kingdom", "lake", "league", "manifesto", "ministry", "mountain", "movement",
    "museum", "navy", "ocean", "office", "palace", "parliament", "party", "peace", "plan",
    "province", "railway", "region", "republic", "revolution", "river", "road", "school",
    "sea", "senate", "society", "soviet", "soviets", "square", "state", "states", "station",
    "street", "theses", "treaty", "union", "university", "valley", "war", "world", "times",
    "post", "news", "review", "journal", "press", "worker", "workers", "group", "holdings",
    "exchange", "stock", "observatory", "telescope", "laboratory", "lab", "center", "centre",
    "system", "awards", "award", "prize", "foundation", "hospital", "airport", "stadium",
    "festival", "games", "cup", "network", "records", "music", "media", "fund",
    "trust", "service", "services", "police", "authority", "airlines", "airways", "motors",
    "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "llc", "plc", "channel", "magazine", "herald", "tribune", "gazette", "chronicle", "daily",
    "weekly", "radio", "television", "studio", "studios", "initiative", "program",
    "programme", "project", "mission", "clinic", "prison", "space", "branch",
    "flight", "liberation", "communist", "socialist", "democratic", "republican", "national",
    "international", "federal", "supreme", "high", "royal", "imperial", "embassy", "consulate",
    "beach", "harbour", "harbor", "port", "terminal", "exposition", "exhibition", "fair",
    "index", "survey", "report", "medal", "agreement", "act", "organisation", "organization",
    "tribe", "tribes", "trench", "encyclopedia", "encyclopaedia", "dictionary",
    // A firm named after its founder: "Peter Koros Design", "Foster + Partners".
    "design", "designs", "partners", "associates", "architects",
    // A team: "Team Penske", "Joe Gibbs Racing".
    "team", "racing", "motorsports",
    // A venue: "Shoreline Amphitheatre", "Cynthia Woods Mitchell Pavilion".
    "amphitheatre", "amphitheater", "pavilion", "arena", "theatre", "theater", "auditorium",
    // A place to stay: "Margaritaville Hotels and Resorts", "Grand Hotel".
    "hotel", "resort",
    // A firm named by its trade: "Velmora U.S. Home Solutions", "A.B. Quist Water Products",
    // "Brenner Nutrition Therapy".
    "solutions", "products", "healthcare", "therapy", "technologies", "industries", "enterprises", "appliances",
    // A publishing house ("Tovik Publishing", "Velmora Publishers") and a firm of brothers
    // ("Quorran Bros.").
    "publishing", "publishers", "bros", "bros.",
    // A body of members of a trade ("Painters Guild of America").
    "guild",
    // A firm named after its founder by the trade it sells ("Tova Quell Photography", "Ada
    // Vell Events"): the founder's name in its order, no person inverted.
    "photography", "events",
];

/// Endings of surnames in languages that form them so: South Slavic "Petrović", "Jelić",
/// Romanian "Popescu", Greek "Papadopoulos", Ukrainian "Shevchenko", Scandinavian
/// "Magnusson", Polish "Kowalski".
const SURNAME_ENDINGS: &[&str] = &["ić", "ič", "escu", "opoulos", "enko", "sson", "wski", "wska", "czyk"];

/// Whether a capitalised word ends as a surname does ("Petrović"): evidence of a person.
pub fn has_surname_ending(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 5 && SURNAME_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Parts of a document or a sequence that a number follows ("Figure 2", "Chapter 3"): no
/// title with a sequel's number.
#[rustfmt::skip]
const DOCUMENT_PARTS: &[&str] = &[
    "figure", "fig.", "table", "chapter", "section", "page", "part", "appendix", "article",
    "volume", "vol.", "step", "phase", "stage", "level", "round", "game", "day", "week",
    "year", "season", "episode", "issue", "no.", "number", "item", "note", "line", "verse",
    "box", "exhibit", "plate", "map", "chart", "type", "group", "class", "grade", "category",
];

/// Whether `key` names a part of a document or a sequence ("figure", "chapter").
pub fn is_document_part(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[DOCUMENT_PARTS]);
    SET.contains(key)
}

/// Words that open place names, not personal names ("South Africa", "New York").
#[rustfmt::skip]
const PLACE_PREFIX: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new",
    "old", "great", "little", "upper", "lower", "central", "st", "st.", "san", "santa", "fort",
    "port", "mount", "lake", "cape", "red", "white", "black", "first", "second", "third",
    // Spanish articles of American places: "Los Angeles", "Las Cruces".
    "los", "las",
];

/// Lowercase particles that may stand inside a name ("Congress of Soviets", "de Gaulle",
/// "Osama bin Laden").
#[rustfmt::skip]
const CONNECTORS: &[&str] = &["of", "of the", "de", "du", "da", "del", "della", "der", "van", "von", "van der", "von der", "la", "le", "for", "on", "for the", "on the", "for a", "bin", "ibn", "bint"];

/// Connectors that join only an institution word to what follows ("Ministry of State
/// Security", "Centre for Disease Control"): after a name they start a new phrase
/// ("Rosaly Lopes of NASA", "New York on Tuesday").
#[rustfmt::skip]
const INSTITUTIONAL_CONNECTORS: &[&str] = &["of", "of the", "for", "on", "for the", "on the", "for a"];

/// A word that is never a heading on its own.
pub fn is_stop(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[STOP, CALENDAR]);
    SET.contains(key)
}

/// A month or weekday name (or abbreviation), or a time zone.
pub fn is_calendar(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[CALENDAR]);
    SET.contains(key)
}

/// A month name or its abbreviation ("October Revolution" may name an event).
pub fn is_month(key: &str) -> bool {
    CALENDAR[..MONTHS].contains(&key)
}

/// An article or a preposition: a word that opens a noun phrase.
pub fn is_determiner_or_preposition(key: &str) -> bool {
    [
        "the", "a", "an", "like", "in", "at", "by", "for", "from", "with", "without", "to", "on",
        "under", "after", "before", "against", "unlike", "despite", "since", "during", "about",
    ]
    .contains(&key)
}

/// A verb of saying.
pub fn is_speech_verb(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[SPEECH_VERBS]);
    SET.contains(key)
}

/// A verb of what a paper or a site does ("Yahoo Finance reported"): no evidence of a person.
pub fn is_publishing_verb(key: &str) -> bool {
    ["reported", "published", "posted", "aired", "broadcast", "headlined"].contains(&key)
}

/// Nouns of what a mind makes ("philosophy", "theory"): their owner is a person.
pub fn is_doctrine_noun(key: &str) -> bool {
    ["philosophy", "theory", "theories", "doctrine", "ideas", "teachings", "thought"].contains(&key)
}

/// Lowercase nouns of a body that a text may write after its name ("West Mercia police",
/// "Royal Shrewsbury hospital").
#[rustfmt::skip]
const BODY_NOUNS: &[&str] = &[
    "police", "constabulary", "hospital", "university", "college", "council", "court", "museum",
    "academy", "agency", "bureau", "commission", "committee", "department", "ministry",
    "institute", "foundation", "library", "prison", "clinic",
    // Features of a landscape: "the Qinghai-Tibet plateau", "the Yangtze river".
    "plateau", "river", "desert", "valley", "basin", "peninsula", "strait", "canal", "glacier",
    "delta", "gulf", "supercontinent",
    // Groups of states: "the Pacific Island countries", "the Gulf nations".
    "countries", "nations",
    // Honours named after their founder or patron: "a Turing award", "the Stirling prize".
    "award", "prize", "medal",
    // Agreements named after the place of their signing: "the Kyoto protocol", "the Oslo
    // accords".
    "protocol", "accord", "accords", "treaty",
    // Eponyms' terms of science: "Pauli matrices", "the Toeplitz decomposition", "the Rupert
    // property", "the Rayleigh quotient".
    "theorem", "equation", "equations", "conjecture", "principle", "paradox", "distribution",
    "transform", "matrix", "matrices", "decomposition", "algorithm", "syndrome", "inequality",
    "lemma", "property", "constant", "quotient", "attractor", "axis", "polynomial",
    // Illnesses named after a place or a finder: "Lyme disease", "the Zika virus", "Lassa
    // fever".
    "disease", "virus", "fever",
];

pub fn is_body_noun(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[BODY_NOUNS]);
    SET.contains(key)
}

/// A verb of saying whose object is the listener ("told Business Insider"), who may be a
/// paper or an agency: no evidence that the name after it is a person.
pub fn takes_addressee(key: &str) -> bool {
    ["told", "tells", "asked"].contains(&key)
}

/// A lowercase noun naming a person's role ("quarterback", "researcher", "director").
pub fn is_role(key: &str) -> bool {
    is_role_noun(key)
        || (key.len() > 6
            && ["er", "or", "ist", "ian"]
                .iter()
                .any(|s| key.ends_with(s))
            && !is_stop(key))
}

/// A verb of an irregular past tense that tells what someone did ("made 25 saves", "had two
/// goals"); not one that is also a common noun or adjective ("left", "saw", "felt"), nor one
/// a place or a thing does as often ("grew", "began", "became", "went").
pub fn is_irregular_past(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[IRREGULAR_PAST]);
    SET.contains(key)
}

#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "had", "made", "won", "took", "gave", "got", "threw", "kept", "lost", "met", "paid", "sent",
    "spent", "stood", "found", "held", "brought", "bought", "built", "caught", "drew", "drove",
    "flew", "knew", "rode", "sang", "spoke", "stole", "struck", "taught", "thought", "wore",
    "fought", "sought", "sold", "ran", "led", "swam", "beat", "chose", "forgot", "slept",
];

/// An adverb that may stand between a subject and its verb ("Brodin also scored"): a few
/// common ones, and words in "-ly" ("quickly").
pub fn is_adverb(key: &str) -> bool {
    ["also", "then", "later", "still", "again", "never", "once", "soon", "first", "twice"].contains(&key)
        || (key.len() > 4 && key.ends_with("ly") && !["family", "assembly", "supply", "rally"].contains(&key))
}

/// A noun of a place that is a surname too ("Hyde Park" and "Nick Park", "Notting Hill" and
/// "Damon Hill").
pub fn is_place_surname(key: &str) -> bool {
    ["park", "hill", "heath", "green", "gardens"].contains(&key)
}

/// A word after which a verb stands in its bare form ("to deliver", "will offer"): a word
/// there is no noun, whatever its ending.
pub fn is_verb_marker(key: &str) -> bool {
    ["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall"].contains(&key)
}

/// A courtesy title, which a surname follows ("Mr Vorsaf", "Dr. Quist"), no given name.
pub fn is_courtesy_title(key: &str) -> bool {
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr."].contains(&key)
}

/// The legal suffix of a company's name ("Inc", "Ltd").
pub fn is_company_suffix(key: &str) -> bool {
    ["inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp.", "gmbh"].contains(&key)
}

/// A role noun of the closed list (not guessed from its ending): "Aerospace Writer Marcia
/// Dunn" is a role before a name.
pub fn is_role_noun(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[ROLES]);
    // A student of a science is named by its "-ologist", however rare the science
    // ("Velmoran Ethnomycologist Tora Quist").
    SET.contains(key) || (key.chars().count() > 8 && key.ends_with("ologist"))
}

/// A connector that only an institution word may take.
pub fn is_institutional_connector(key: &str) -> bool {
    INSTITUTIONAL_CONNECTORS.contains(&key)
}

/// Whether institution word `key` takes `connector` inside a name: "of" and "for" follow
/// any ("Ministry of State Security", "Centre for Disease Control"), "on" only bodies that
/// deliberate ("Committee on Foreign Affairs", "Panel on Climate Change", "Business Group on
/// Health"), not "West Division on Wisconsin".
pub fn takes_connector(key: &str, connector: &str) -> bool {
    const DELIBERATIVE: &[&str] = &[
        "committee", "commission", "council", "conference", "convention", "treaty",
        "declaration", "decree", "congress", "assembly", "center", "centre", "institute",
        "group", "panel", "forum", "coalition", "caucus", "roundtable",
    ];
    let singular = key.strip_suffix('s').unwrap_or(key);
    if connector.starts_with("on") {
        DELIBERATIVE.contains(&key) || DELIBERATIVE.contains(&singular)
    } else {
        is_non_person(key) || is_non_person(singular)
    }
}

/// A capitalised abbreviation of a common noun ("TV").
pub fn is_common_abbreviation(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[COMMON_ABBREVIATIONS]);
    SET.contains(key)
}

/// A family name written first in East Asian names.
pub fn is_east_asian_family(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[EAST_ASIAN_FAMILY]);
    SET.contains(key)
}

/// A common given name, with its accents or without ("André" is "Andre", "José" "Jose").
pub fn is_given_name(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[GIVEN_NAMES]);
    SET.contains(key) || without_accents(key).is_some_and(|k| SET.contains(&k))
}

/// A given name of the census list (given_names.txt): many are words or places too
/// ("Hope", "Virginia"), so it is weaker evidence than [`is_given_name`]. Accents aside, as
/// the census spells none ("Renée").
pub fn is_census_given_name(key: &str) -> bool {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        include_str!("given_names.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    });
    names.contains(key) || without_accents(key).is_some_and(|k| names.contains(k.as_str()))
}

/// A word of Latin letters with its accents taken off ("andré" -> "andre"), if it has any.
fn without_accents(key: &str) -> Option<String> {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    if key.is_ascii() {
        return None;
    }
    let bare: String = key.nfd().filter(|c| !is_combining_mark(*c)).collect();
    bare.is_ascii().then_some(bare)
}

/// A name suffix ("Jr.").
pub fn is_name_suffix(key: &str) -> bool {
    NAME_SUFFIXES.contains(&key)
}

/// The letters of an order's honour or a silk after a name ("Ada Quist MBE", "Ed Moss KC"):
/// no word of the name.
pub fn is_post_nominal(word: &str) -> bool {
    ["MBE", "OBE", "CBE", "KBE", "DBE", "GBE", "BEM", "QC", "KC"].contains(&word)
}

/// A regnal number in capital Roman numerals after a monarch's or pope's name ("Edward VII",
/// "Elizabeth II", "Benedict XVI"): I to XXXIX.
pub fn is_regnal_number(word: &str) -> bool {
    let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let tens = ["", "X", "XX", "XXX"];
    !word.is_empty() && tens.iter().any(|t| word.strip_prefix(t).is_some_and(|u| units.contains(&u) && !(t.is_empty() && u.is_empty())))
}

/// The capitalised particle of a modern Italian surname, no connector of names ("Michael Di
/// Iorio"): it goes first with the surname when given names stand before it (Chicago 16.76,
/// "Di Iorio, Michael"; a Portuguese "dos" follows the given names, 16.86).
pub fn is_surname_particle(word: &str) -> bool {
    word == "Di"
}

/// A particle that follows the given names after inversion.
pub fn is_trailing_particle(word: &str) -> bool {
    TRAILING_PARTICLES.contains(&word)
}

/// A romanised East Asian given name: one or more syllables of Pinyin, Wade-Giles or Korean
/// shape ("Jinping", "Mengguang", "Jong-un", "Jae-in").
pub fn is_romanised_given(word: &str) -> bool {
    let w = word.to_lowercase();
    !w.is_empty() && w.split('-').all(|part| syllables(part, 0))
}

/// One romanised East Asian syllable ("Bong", "Joon", "Ho"; Korean writes "oo" for its u).
pub fn is_romanised_syllable(word: &str) -> bool {
    syllables(&word.to_lowercase(), 4)
}

/// A Korean name in its own order, a one-syllable family name and a given name of two
/// hyphenated syllables ("Jeon Heon-Kyun", "Moon Jae-in"), whatever the family name.
pub fn is_korean_name(family: &str, given: &str) -> bool {
    let one = |s: &str| syllables(&s.to_lowercase(), 4);
    let parts: Vec<&str> = given.split('-').collect();
    !family.contains('-') && one(family) && parts.len() == 2 && parts.iter().all(|p| one(p))
}

/// Whether `s` splits into syllables: an optional initial, a vowel group, an optional final.
fn syllables(s: &str, depth: usize) -> bool {
    if s.is_empty() {
        return depth > 0;
    }
    if depth > 4 {
        return false;
    }
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "ts", "hs", "ng", "kk", "tt", "pp", "ss", "jj", "b", "p", "m", "f", "d",
        "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ];
    const VOWELS: &[&str] = &[
        "iang", "iong", "uang", "iao", "uai", "ian", "uan", "ai", "ei", "ao", "ou", "ia", "ie",
        "iu", "ua", "uo", "ui", "ue", "ae", "eo", "oe", "eu", "oo", "yeo", "yae", "ye", "ya", "yo", "yu", "wa", "wo", "wi", "we", "a", "e", "i", "o",
        "u", "ü",
    ];
    const FINALS: &[&str] = &["ng", "n", "m", "k", "p", "l", "r", ""];
    INITIALS.iter().filter_map(|i| s.strip_prefix(i)).any(|rest| {
        VOWELS.iter().filter_map(|v| rest.strip_prefix(v)).any(|rest| {
            FINALS
                .iter()
                .filter_map(|f| rest.strip_prefix(f))
                .any(|rest| syllables(rest, depth + 1))
        })
    })
}

/// A word that opens place names ("South", "New").
pub fn is_place_prefix(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[PLACE_PREFIX]);
    SET.contains(key)
}

/// A title of address ("General", "Tsar"), also as the head of a compound after an office
/// or a qualifier ("Attorney-General", "Vice-President", "commander-in-chief"; not the
/// surname "Caldwell-Pope").
pub fn is_honorific(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[HONORIFICS]);
    let qualified = |first: &str| SET.contains(first) || is_role(first) || ["vice", "attorney", "co", "surgeon", "major", "lieutenant", "under"].contains(&first);
    SET.contains(key)
        || key.rsplit_once('-').is_some_and(|(rest, head)| SET.contains(head) && rest.split('-').next().is_some_and(qualified))
}

/// A style that takes the article before a person's name ("the Rev. Ada Lind", "the Hon.
/// Ed Moss"): after it, the name is a person's, not a thing named after one.
pub fn takes_article(key: &str) -> bool {
    ["rev.", "rev", "revd", "reverend", "hon.", "rt.", "rt"].contains(&key)
}

/// Words of titles that only qualify another ("Prime Minister", "Deputy Director"): alone,
/// they are something else ("Amazon's Prime").
pub fn is_title_modifier(key: &str) -> bool {
    ["prime", "executive", "interim", "deputy", "general", "chief", "seri"].contains(&key)
}

/// A noun that marks an institution, place or event.
pub fn is_non_person(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[NON_PERSON]);
    SET.contains(key)
}

/// Firms whose names are shaped like a person's, a given name and a surname ("Freddie Mac",
/// "Bear Stearns"): never inverted. Keys in lowercase, words joined by a space.
pub fn is_firm_named_like_a_person(key: &str) -> bool {
    const FIRMS: &[&str] = &[
        "fannie mae", "freddie mac", "sallie mae", "ginnie mae", "farmer mac", "bear stearns", "morgan stanley",
        "goldman sachs", "merrill lynch", "dow jones", "wells fargo", "smith barney", "dean witter",
    ];
    FIRMS.contains(&key)
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
        // "Asian", "Syrian".
        || (key.ends_with("ian") && key.len() > 4)
}

/// Adjectives of nationality or language that are nouns too ("the French engineer", "in
/// Latin"; "European capitals", "the Mediterranean"): adjectives only where a noun follows.
pub fn is_nationality(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[NATIONALITIES]);
    (key.ends_with("ean") && key.len() > 5) || SET.contains(key)
}

/// A country's or a union's abbreviation ("U.S.", "UK", "U.N."): dotted, it is no initial.
pub fn is_country_abbreviation(key: &str) -> bool {
    ["u.s.", "u.k.", "uk", "eu", "e.u.", "u.n.", "u.s.a."].contains(&key)
}

/// Adherents of a creed ("Muslims", "a Hindu"): a people, not a heading of its own.
pub fn is_adherent(key: &str) -> bool {
    let singular = key.strip_suffix('s').unwrap_or(key);
    ["muslim", "hindu", "sikh", "jew", "protestant", "mormon", "quaker", "jain", "moslem", "nazi"].contains(&singular)
}

/// Nationality and language words that no ending marks.
#[rustfmt::skip]
const NATIONALITIES: &[&str] = &[
    "french", "greek", "dutch", "swiss", "thai", "czech", "welsh", "scots", "roman", "latin",
    "basque", "serb", "croat", "slav", "slovak", "lao", "khmer", "gallic", "norse", "irish",
    "german",
];

/// An adjective of a nation or a people that no suffix shows ("French", "German", "Native",
/// "Indigenous", "Black women"): alone, it qualifies; the nation or the people has a name of
/// its own.
pub fn is_people_adjective(key: &str) -> bool {
    static SET: WordSet = WordSet::new(&[NATIONALITIES, &["native", "indigenous", "black", "white"]]);
    SET.contains(key)
}

/// A lowercase word shaped like an adjective or participle ("dual", "working", "moderate").
pub fn is_adjective_form(key: &str) -> bool {
    [
        "al", "ic", "ist", "ive", "ary", "ate", "ing", "ous", "ful", "ant", "ent", "less",
    ]
    .iter()
    .any(|s| key.ends_with(s))
}
