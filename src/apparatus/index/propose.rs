//! Proposes index terms from the tokenised text: capitalised names that are not merely
//! sentence-initial common words, and key concepts (lowercase adjective-noun phrases
//! repeated across articles), grouped with their variants (case, plural, possessive,
//! "Lenin" / "Vladimir Lenin"), personal names inverted ("Trotsky, Leon").
//!
//! Linear passes over the tokens: one counts how each word is capitalised, one collects
//! maximal capitalised runs, one counts lowercase phrases; grouping then works on the
//! (much smaller) set of distinct forms through hash maps.

use std::collections::{HashMap, HashSet};

use super::scan::{Corpus, Token};
use super::{abbreviations, terms, titles, words};

/// A proposed heading and the forms of it found in the text.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// As it would print ("Lenin, Vladimir", "Provisional Government").
    pub heading: String,
    /// The distinct forms seen in the text ("Vladimir Lenin", "Lenin").
    pub forms: Vec<String>,
    /// Occurrences in running text.
    pub count: usize,
    /// The title of a work: the text sets it in italics.
    pub work: bool,
}

/// How a lowercased word is capitalised in running text, away from sentence starts.
#[derive(Default)]
struct Casing {
    lower: usize,
    capital: usize,
    /// Capitalised without a possessive ending and with no capitalised word beside it: the
    /// word names something on its own ("World", not "First World War").
    bare: usize,
    /// Capitalised occurrences anywhere (sentence starts too) not right after a connector:
    /// a word never so seen belongs to a longer name ("Revenge of the Sith").
    free: usize,
    /// Capitalised occurrences anywhere directly before "of", "for" or "the" and a capital
    /// ("Rise of the Tomb Raider", "Deworm the World Initiative"): a word always so seen opens
    /// a longer name.
    before_connector: usize,
    /// Capitalised occurrences anywhere.
    capital_anywhere: usize,
    /// Capitalised occurrences anywhere right after an ordinal in figures ("its 21st Century
    /// unit"): a word always so seen belongs to a name the ordinal opens.
    after_ordinal: usize,
    /// As an owner ("Jupiter's"), it owns different things, or a thing no capital names
    /// ("Jupiter's moon", "Jupiter's Ganymede"): no word of one title.
    owns_various: bool,
    /// The word it owns, as an owner.
    owned: Option<String>,
    /// The capitalised words an ampersand joins it to ("Jazz & Heritage"): "and" between the
    /// same two words joins the parts of the same name.
    ampersand_to: Vec<String>,
    /// The capitalised words "and" joins it to, each with the capitalised word that goes on
    /// after the pair, if any ("Air and Marine Operations"): the parts of one name, when every
    /// time the same two words are so joined names of different ends go on after them.
    and_to: Vec<(String, Option<String>)>,
}

/// A distinct form: its words as written and where it occurred.
#[derive(Default)]
struct Form {
    words: Vec<String>,
    keys: Vec<String>,
    mid_sentence: usize,
    count: usize,
    /// Occurrences in a line in title case ("Man Making Special Delivery Pizza"), where a
    /// capitalised word may be cut from no name at all.
    headlined: usize,
    /// Seen beside a role or a verb of saying ("scientist Avi Mandell", "Lopes said"), or
    /// before a user handle ("Masatoshi Kimura [:emk]").
    personal_context: bool,
    /// Occurrences set in italics.
    italic: usize,
    /// Followed by a verb in the past tense ("rushed") somewhere.
    past_verb: bool,
    /// Set off before a role that describes it somewhere ("Ada Quill, an analyst at…").
    set_off_role: bool,
    /// So set off before a role noun, not a "who" ("Ada Quill, an analyst at…").
    set_off_noun: bool,
    /// Occurrences right before a verb in the past tense ("Ankush Dua fixed", "Ankush Dua
    /// contributed").
    past_verbs: usize,
    /// Occurrences directly followed by a lowercase content word ("North African nation").
    attributive: usize,
    /// Occurrences right after "in" ("in Italy"), not as an owner ("in Smith's view").
    located: usize,
    /// Occurrences right after "in the" and before no lowercase content word ("sales in the
    /// U.S."; not "in the U.S. market"): a place.
    in_the: usize,
    /// Occurrences right after a lowercase article and used as a noun ("the Hazel Hen",
    /// "the Opening Bell"): a thing, since a personal name takes no article.
    determined: usize,
    /// Occurrences that are a whole quotation ("“Eve Valkyrie” does…"): a title.
    quoted: usize,
    /// Occurrences named as a work ("the book L’être et le Néon"): a title, kept whole.
    named_work: usize,
    /// The lowercase noun of a body after an occurrence ("West Mercia police"), and how
    /// many occurrences it follows: after all of them, it is part of the name.
    body_after: Option<String>,
    body_after_count: usize,
    /// The lowercase noun a possessive occurrence owns ("Haast's eagle"), and how many
    /// occurrences own it: all of them, and the name is an eponym's term, noun included.
    owned: Option<String>,
    owned_count: usize,
    /// Possessive occurrences that own nothing after them ("at Christie’s in 2006", "such as
    /// Brentano’s, and"): a shop's or a firm's name, its "'s" included, when all are so.
    stranded: usize,
    /// The Latin-looking lowercase word after an occurrence ("Yersinia pestis"), and how
    /// many occurrences it follows: a species' epithet when it follows all of them.
    epithet: Option<String>,
    epithet_count: usize,
    /// Occurrences opening a sentence.
    opening: usize,
    /// Occurrences right before a lowercase role that takes a field ("Russia adviser",
    /// "Ukraine expert"): the last word may be that field, no part of the name.
    before_field_role: usize,
    /// Occurrences a full stop, question or exclamation mark ends, with more text after it
    /// ("Wow. She…", "a string of Wha??? moments").
    stopped: usize,
    /// Occurrences after an article and before a lowercase noun ("the D.A. Davidson
    /// brokerage"): the name of a firm or a thing, not a person, when all are so.
    determined_attributive: usize,
    /// Occurrences right after "a" or "an" and used as a noun ("chose a Grocery Store"): a
    /// kind of thing, not one named thing.
    indefinite: usize,
    /// The forms listed beside it ("Werner Heisenberg, Max Born, and Pascual Jordan"; "the art
    /// of Pablo Picasso, the fashions of Coco Chanel"), by key.
    listed_with: Vec<String>,
    /// Listed among persons: evidence that it is one.
    in_person_list: bool,
    /// The table columns it fills a cell of, alone: (table, column).
    columns: Vec<(usize, usize)>,
    /// The text nodes it occurs in, as met (their articles make `articles`).
    nodes: Vec<usize>,
    /// The articles it occurs in, ascending; empty when it was found otherwise than by
    /// its occurrences (a phrase, a quoted title).
    articles: Vec<usize>,
    /// Taken up by "he" or "she", or the owner of a work: a person, even when its first word
    /// also stands alone ("her mother, Fiona," then "Fiona Parry issued a plea").
    referred_to: bool,
    /// A role noun stands right before it ("Lakers great Magic Johnson").
    after_role: bool,
    /// Occurrences right after a noun of kinship, a comma between or not ("his wife, Sally,",
    /// "his father Gerhard").
    after_kin: usize,
    /// Its first word stands alone beside a verb of saying or a role ("Lupita told cops"
    /// beside "Lupita Nyong'o"): a given name so used.
    first_named: bool,
    /// Its last word stands alone beside a verb of saying or a role ("Patrick said" beside
    /// "Deval Patrick"): a surname so used, though it is a given name too.
    last_named: bool,
    /// Occurrences right before a number that is no part of it ("Rs 24 lakh", "Suite 350"):
    /// a unit or a label when all are so.
    before_figure: usize,
    /// Occurrences set off by a comma after a name ("Steve Menet, Senior Vice President"), or
    /// before "of", "for" or "at" and a capital ("Advocacy Director for the Middle East"): a
    /// post when all are so and a title of office ends it.
    post: usize,
    /// Occurrences opening a sentence or a paragraph before a colon ("Common Name: Paper
    /// Flower").
    labels: usize,
    /// Occurrences in a field's label before a figure ("Stated Weight per Ski: 2030 grams").
    fields: usize,
    /// Occurrences right after a number ("520 Third Street"), or joined by "and" to another
    /// street's name ("near Seventh Street and Central Avenue"): an address or a crossing
    /// when all are so and a street noun ends it.
    after_figure: usize,
    /// Its last word is said alone and its first is not ("Feng Zhang", then "Zhang said"): a
    /// name in Western order, though both words are East Asian family names.
    western_order: bool,
    /// Occurrences right after a number of digits that is no year ("30 Rock", "2 Broke
    /// Girls"): a word of a title the number opens when all are so.
    after_count: usize,
    /// Occurrences joined by an en dash to a capitalised word ("Kullback–Leibler divergence",
    /// "the Iran–Iraq border"): a part of an eponym or a pair, no heading alone when all are so.
    dash_paired: usize,
    /// Occurrences right after "degree" or "degrees" ("six degrees Celsius"): a scale of
    /// measure when all are so.
    after_degrees: usize,
    /// Occurrences in an oath ("for God’s sake", "thank God", ", Jesus,"): an exclamation,
    /// no heading, when all are so.
    oaths: usize,
    /// Occurrences right before a member of a party ("the Labour MP", "the Green
    /// candidate"): the party's name, though the text writes the word in lowercase too.
    before_member: usize,
    /// Occurrences of an interjection alone before a comma or a stop ("Oh, God", "Sorry,
    /// Ada!"): no name when all are so.
    interjected: usize,
    /// Met with a firm's legal suffix after it somewhere ("Quist Mechanical Inc."): a firm's
    /// name, no person's, though a person's surname opens it.
    incorporated: bool,
    /// Met right before "and its" ("Velmora Quist and its lenses"): what "its" takes up is a
    /// firm's or a thing's, no person's, though a given name opens it.
    owns_its: bool,
    /// Occurrences of a capitalised role set off after a name, after "a" or after another
    /// such role and "and" ("Ada Quell, Geologist and Author of…", "a Lecturer in Botany"):
    /// a post described, no heading, when all are so.
    described_posts: usize,
    /// Occurrences right after an owner's possessive ("Velmora's Director of Engineering"):
    /// a post of the owner's, no heading, when all are so and a title of office and "of" open
    /// it.
    owned_posts: usize,
    /// Its given name is met only before "and" and another's given name and the surname they
    /// share ("Tora and Ada Quist"): the full name never stands in the text, so the given
    /// name alone there locates the person.
    shared_given: bool,
    /// The key of its nickname and surname, when a nickname split it ("tiq quist" of "Tora
    /// “Tiq” Quist"): a name so written elsewhere is the same person's.
    nicknamed_as: Option<String>,
}

/// Proposes the candidate headings of `corpus`, in order of first occurrence.
pub fn propose(corpus: &Corpus) -> Vec<Proposal> {
    let mut tokens = corpus.tokens.clone();
    mark_speakers_initials(&mut tokens);
    let tokens = &tokens;
    let casing = count_casing(tokens);
    let quotes = Quotes::of(tokens);
    let (mut forms, alone) = collect_forms(tokens, &casing, &quotes);
    forms.extend(quoted_titles(tokens, &quotes, &forms));
    mark_owned_quoted_works(tokens, &quotes, &mut forms);
    drop_demonyms(&mut forms);
    drop_unattested_abbreviations(&mut forms, tokens);
    drop_sums(&mut forms, tokens);
    forms.extend(collect_phrases(corpus));
    forms.extend(named_terms(corpus, &forms));
    for f in &mut forms {
        f.articles = f.nodes.iter().map(|&n| corpus.nodes[n].article).collect();
        f.articles.sort_unstable();
        f.articles.dedup();
    }
    let fronted = particle_fronted(&corpus.tokens);
    let mut proposals = group(forms, &casing, &alone, &fronted);
    name_surnames_from_headings(&mut proposals, tokens, &casing);
    proposals
}

/// "Ms. Quist’s grandfather fought…" under a heading "Donated by Tora Quist, Velmora": a
/// feature may name a person in full only in a heading (a donor's line, an object's caption
/// title) and by the surname alone in its text. A surname alone that names no one of the
/// text takes its given name from the headings, when one heading name only ends in it: two
/// capitalised words standing alone there, the first a given name of the lists.
fn name_surnames_from_headings(proposals: &mut [Proposal], tokens: &[Token], casing: &HashMap<&str, Casing>) {
    let mut given_names: HashMap<&str, HashSet<&str>> = HashMap::new();
    for k in 1..tokens.len() {
        let (g, s) = (&tokens[k - 1], &tokens[k]);
        let pair = g.heading && s.heading && g.node == s.node && s.joined && !g.possessive && g.capitalised() && s.capitalised();
        let given = words::is_given_name(&g.key) || words::is_census_given_name(&g.key);
        // (Not a longer name's words: "Tora Quist Hall", "Dame Tora Quist".)
        let before = k >= 2 && g.joined && tokens[k - 2].node == g.node && tokens[k - 2].capitalised();
        let after = !s.possessive && tokens.get(k + 1).is_some_and(|n| n.node == s.node && n.joined && n.capitalised());
        if pair && given && !before && !after && s.text.chars().any(char::is_lowercase) {
            given_names.entry(s.key.as_str()).or_default().insert(g.text.as_str());
        }
    }
    let taken: HashSet<String> = proposals.iter().filter_map(|p| p.heading.split_once(", ")).map(|(s, _)| s.to_lowercase()).collect();
    for p in proposals.iter_mut().filter(|p| !p.work && !p.heading.contains([' ', ','])) {
        let key = p.heading.to_lowercase();
        let shaped = p.heading.chars().next().is_some_and(char::is_uppercase) && p.heading.chars().any(char::is_lowercase);
        if !shaped || taken.contains(&key) || is_common(&key, casing) {
            continue;
        }
        if let Some([given]) = given_names.get(key.as_str()).map(|g| g.iter().collect::<Vec<_>>()).as_deref() {
            p.forms.push(format!("{given} {}", p.heading));
            p.heading = format!("{}, {given}", p.heading);
        }
    }
}

/// An interview's speakers' initials: a word of two or three capitals that opens two
/// paragraphs or more before a word, and never stands elsewhere ("TQ I did.", "TQ (Smiling.)
/// Yes"), is no name nor part of one; the word after it opens the reply's sentence.
fn mark_speakers_initials(tokens: &mut [Token]) {
    let opens = |tokens: &[Token], k: usize| k == 0 || tokens[k - 1].node != tokens[k].node;
    let initials = |t: &Token| (2..=3).contains(&t.text.chars().count()) && t.text.chars().all(|c| c.is_ascii_uppercase());
    let mut seen: HashMap<&str, (usize, bool)> = HashMap::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| initials(t)) {
        let labels = opens(tokens, k) && tokens.get(k + 1).is_some_and(|n| n.node == t.node && !n.comma_before && !t.possessive);
        let entry = seen.entry(t.text.as_str()).or_insert((0, true));
        entry.0 += usize::from(labels);
        entry.1 &= labels;
    }
    let speakers: HashSet<String> = seen.into_iter().filter(|(_, (n, all))| *n >= 2 && *all).map(|(w, _)| w.to_string()).collect();
    for k in 0..tokens.len() {
        if speakers.contains(&tokens[k].text) && opens(tokens, k) {
            tokens[k].running = false;
            if let Some(next) = tokens.get_mut(k + 1) {
                next.sentence_start = true;
            }
        }
    }
}

/// The surnames the text writes alone with their particle in front, in lowercase inside a
/// sentence ("Nonetheless, de Miranda makes", "Mayor de Blasio"), by key: the particle stays in
/// front of the inverted name ("de Miranda, Luis"; Chicago 16.71, the person's own usage), and
/// before a surname given alone ("von Neumann") when the text never gives it without them:
/// then with the particles as written. Not a particle inside a full name ("Luis de Miranda"), nor one capitalised by a sentence
/// start ("Von der Leyen added": "Leyen, Ursula von der").
fn particle_fronted(tokens: &[Token]) -> HashMap<String, Option<String>> {
    let mut fronted: HashMap<String, Option<String>> = HashMap::new();
    for k in 1..tokens.len() {
        let name = &tokens[k];
        // The particles before the name ("von der"), and the word before them.
        let mut first = k;
        while first > 0 && words::is_trailing_particle(&tokens[first - 1].text) && tokens[first].joined {
            first -= 1;
        }
        let particle = &tokens[first];
        let opens = first == 0 || !(particle.joined && tokens[first - 1].capitalised() && tokens[first - 1].node == particle.node);
        if first < k && name.joined && name.capitalised() && opens && particle.running && !particle.sentence_start {
            let particles: Vec<&str> = tokens[first..k].iter().map(|t| t.text.as_str()).collect();
            fronted.entry(name.key.clone()).or_insert_with(|| Some(particles.join(" ")));
        }
    }
    // The particles are kept before the surname alone only when the text never writes it
    // without them ("between the Herengracht" beside "above de Herengracht": a word of another
    // language's article).
    for (k, t) in tokens.iter().enumerate() {
        let bare = k == 0 || !(words::is_trailing_particle(&tokens[k - 1].text) && t.joined);
        if bare && t.capitalised() {
            if let Some(particles) = fronted.get_mut(&t.key) {
                *particles = None;
            }
        }
    }
    fronted
}

/// The double quotations of the text: which one each word stands in, and which are titles
/// or slogans in title case ("“First of the Season Fresh Alaskan Halibut”").
struct Quotes {
    /// Per token: its quotation (numbered from 1), or 0 outside any.
    span: Vec<usize>,
    /// Per quotation: whether it is in title case.
    title_case: Vec<bool>,
}

impl Quotes {
    fn of(tokens: &[Token]) -> Quotes {
        let mut span = Vec::with_capacity(tokens.len());
        let mut current = 0;
        let mut count = 0;
        for (i, t) in tokens.iter().enumerate() {
            match t.quote_before {
                Some('“' | '‘') => {
                    count += 1;
                    current = count;
                }
                Some(_) => current = 0,
                // A quotation does not run on into another paragraph or text node.
                None if i > 0 && tokens[i - 1].node != t.node => current = 0,
                None => {}
            }
            span.push(current);
        }
        let mut title_case = vec![false; count + 1];
        let mut from = 0;
        while from < tokens.len() {
            let to = (from..tokens.len()).find(|k| span[*k] != span[from]).unwrap_or(tokens.len());
            if span[from] > 0 {
                title_case[span[from]] = is_title_case(&tokens[from..to]);
            }
            from = to;
        }
        Quotes { span, title_case }
    }

    /// Whether the words `start..end` are part, not the whole, of a quoted title or slogan:
    /// "Loved Me Like" of "“You Loved Me Like a Distant Star”" names nothing.
    fn is_fragment(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let q = self.span[start];
        let inside = |k: usize| self.span.get(k).is_some_and(|s| *s == q);
        // "“The Kiss Was Beautiful”": the title without its leading article is whole.
        let article = |k: usize| ["the", "a", "an"].contains(&tokens[k].key.as_str());
        let before = start > 0 && inside(start - 1) && !(article(start - 1) && !(start > 1 && inside(start - 2)));
        q > 0 && self.title_case[q] && (before || inside(end))
    }

    /// Whether the words `start..end` are a whole quotation of their own.
    fn is_whole(&self, start: usize, end: usize) -> bool {
        let q = self.span[start];
        let inside = |k: usize| self.span.get(k).is_some_and(|s| *s == q);
        q > 0 && (start..end).all(inside) && !(start > 0 && inside(start - 1)) && !inside(end)
    }
}

/// Whether quoted words are in title case: nearly every content word capitalised, or three
/// words or more opening with a capital, each capitalised or a lowercase function word, two
/// content words among them ("“What A Fool Believes”", "“Takin’ It To the Streets”").
fn is_title_case(words: &[Token]) -> bool {
    let content = words.iter().filter(|t| t.text.chars().count() >= 3 && !words::is_stop(&t.key)).count();
    let title_word = |t: &Token| t.capitalised() || words::is_stop(&t.key);
    super::scan::is_headline(words)
        || (words.len() >= 3 && content >= 2 && words[0].capitalised() && words.iter().all(title_word))
}

/// The most words of a quoted title or slogan.
const QUOTED_TITLE_MAX_WORDS: usize = 10;

/// Titles and slogans the text quotes whole and gives again ("the central theme ‘The Medium
/// is the Message’" twice): a quotation of three words or more, one sentence, every word of
/// three letters or more capitalised, whose words the running text uses twice at least. One
/// heading as quoted, lowercase words and all.
fn quoted_titles(tokens: &[Token], quotes: &Quotes, forms: &[Form]) -> Vec<Form> {
    let known: HashSet<String> = forms.iter().map(|f| f.keys.join(" ")).collect();
    let mut titles: Vec<Form> = Vec::new();
    let mut from = 0;
    while from < tokens.len() {
        let q = quotes.span[from];
        let to = (from..tokens.len()).find(|k| quotes.span[*k] != q).unwrap_or(tokens.len());
        let words = &tokens[from..to];
        let content: Vec<&Token> = words.iter().filter(|t| t.text.chars().count() >= 3 && !words::is_stop(&t.key)).collect();
        // Inside a sentence of the text, not a line of dialogue ("“Compared to Lexi?” Lute
        // asked.").
        let embedded = from > 0 && tokens[from - 1].node == tokens[from].node && !tokens[from].stop_before;
        let title = q > 0
            && embedded
            && (3..=QUOTED_TITLE_MAX_WORDS).contains(&words.len())
            && words[0].capitalised()
            && words.iter().all(|t| t.running && t.node == words[0].node)
            && words[1..].iter().all(|t| !t.stop_before)
            && content.len() >= 2
            && content.iter().all(|t| t.capitalised());
        let keys: Vec<String> = words.iter().map(|t| t.key.clone()).collect();
        if title && !known.contains(&keys.join(" ")) && !titles.iter().any(|f| f.keys == keys) {
            let count = (0..tokens.len().saturating_sub(keys.len() - 1))
                .filter(|&s| tokens[s..s + keys.len()].iter().zip(&keys).all(|(t, k)| t.running && t.key == *k))
                .count();
            if count >= 2 {
                let text: Vec<String> = words.iter().map(|t| t.text.clone()).collect();
                titles.push(Form { words: text, keys, count, mid_sentence: count, quoted: count, ..Form::default() });
            }
        }
        from = to;
    }
    titles
}

/// Marks as works the quotations in title case right after a name's possessive ("Tora
/// Quist's “Starfall” plays", "Quist’s “Ode to Velmora”"): the owner's song, poem or book,
/// however few its words, met once or more. Not a quotation going on in lowercase.
fn mark_owned_quoted_works(tokens: &[Token], quotes: &Quotes, forms: &mut Vec<Form>) {
    let mut from = 1;
    while from < tokens.len() {
        let q = quotes.span[from];
        let to = (from..tokens.len()).find(|k| quotes.span[*k] != q).unwrap_or(tokens.len());
        let (owner, words) = (&tokens[from - 1], &tokens[from..to]);
        let content: Vec<&Token> = words.iter().filter(|t| t.text.chars().count() >= 3 && !words::is_stop(&t.key)).collect();
        let closed = tokens.get(to).is_none_or(|t| t.node != words[0].node || matches!(t.quote_before, Some('”' | '’')));
        let owned = q > 0
            && quotes.span[from - 1] != q
            && owner.possessive
            && owner.capitalised()
            && owner.node == words[0].node
            && words.len() <= QUOTED_TITLE_MAX_WORDS
            && words[0].capitalised()
            && words.iter().all(|t| t.running && t.node == words[0].node)
            && words[1..].iter().all(|t| !t.stop_before)
            && !content.is_empty()
            && content.iter().all(|t| t.capitalised())
            && closed;
        if owned {
            let keys: Vec<String> = words.iter().map(|t| t.key.clone()).collect();
            match forms.iter().position(|f| f.keys == keys) {
                Some(n) => forms[n].named_work += 1,
                None => {
                    // (An owner inside keeps its ending: "Ada Lind's Topless Christmas".)
                    let last = words.len() - 1;
                    let text: Vec<String> = words.iter().enumerate().map(|(k, t)| if k == last { display_word(t) } else { t.text.clone() }).collect();
                    forms.push(Form { words: text, keys, count: 1, mid_sentence: 1, quoted: 1, named_work: 1, ..Form::default() });
                }
            }
        }
        from = to.max(from + 1);
    }
}

fn count_casing(tokens: &[Token]) -> HashMap<&str, Casing> {
    let mut casing: HashMap<&str, Casing> = HashMap::new();
    for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.running && !t.sentence_start && !t.headline) {
        let c = casing.entry(t.key.as_str()).or_default();
        if t.capitalised() || is_brand_casing(&t.text) {
            c.capital += 1;
            let in_name = (i > 0 && t.joined && tokens[i - 1].capitalised())
                || tokens.get(i + 1).is_some_and(|n| n.joined && n.capitalised());
            c.bare += usize::from(!t.possessive && !in_name);
        } else if t.text.chars().next().is_some_and(char::is_lowercase) {
            c.lower += 1;
        }
    }
    for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.running && t.capitalised()) {
        let lower_before = |k: usize| {
            i >= k && tokens[i - k].text.chars().all(char::is_lowercase) && tokens[i + 1 - k].joined
        };
        let after_connector = (lower_before(1) && words::is_connector(&tokens[i - 1].key))
            || (lower_before(2) && tokens[i - 1].key == "the" && words::is_connector(&tokens[i - 2].key));
        // Only words already counted: an entry of its own would make a word common.
        if let Some(c) = casing.get_mut(t.key.as_str()) {
            c.free += usize::from(!after_connector);
            c.capital_anywhere += 1;
            c.after_ordinal += usize::from(i > 0 && t.joined && is_ordinal(&tokens[i - 1].text));
            c.before_connector += usize::from(connector_follows(tokens, i + 1));
            if t.possessive {
                let next = tokens.get(i + 1).filter(|n| n.joined && n.node == t.node && n.capitalised());
                let same = next.is_some_and(|n| c.owned.as_ref().is_none_or(|o| *o == n.key));
                c.owns_various |= !same;
                c.owned = next.map(|n| n.key.clone());
            }
            let amp = tokens.get(i + 1).filter(|a| a.key == "&" && a.joined && a.node == t.node && !t.possessive);
            if let Some(next) = amp.and_then(|_| tokens.get(i + 2)).filter(|n| n.joined && n.capitalised()) {
                c.ampersand_to.push(next.key.clone());
            }
            let and = tokens.get(i + 1).filter(|a| a.key == "and" && a.joined && a.node == t.node && !t.possessive);
            if let Some(next) = and.and_then(|_| tokens.get(i + 2)).filter(|n| n.joined && n.capitalised() && n.node == t.node) {
                let goes_on = tokens.get(i + 3).filter(|m| m.joined && m.capitalised() && m.node == t.node && !m.possessive);
                c.and_to.push((next.key.clone(), goes_on.map(|m| m.key.clone())));
            }
        }
    }
    casing
}

/// Whether "of", "for" (either with "the"), "with the" or "the" and a capitalised word stand
/// at `k` ("… of the Tomb Raider", "… for Safe Water", "… the World Initiative").
fn connector_follows(tokens: &[Token], k: usize) -> bool {
    let word = |k: usize| tokens.get(k).filter(|t| t.joined && t.node == tokens[k - 1].node);
    let Some(connector) = word(k).filter(|t| ["of", "for", "the", "with"].contains(&t.text.as_str())) else { return false };
    let the = word(k + 1).is_some_and(|t| t.text == "the");
    // "with" only with "the" ("Dancing with the Stars").
    if connector.text == "with" && !the {
        return false;
    }
    let next = if connector.text != "the" && the { k + 2 } else { k + 1 };
    connector.running && word(next).is_some_and(|t| t.capitalised())
}

/// Drops a form that is the demonym of another form ("Kenyan" beside "Kenya", "Africans"
/// beside "Africa", "New Zealanders" beside "New Zealand"): an adjective or people, not a
/// heading of its own.
fn drop_demonyms(forms: &mut Vec<Form>) {
    let names: HashSet<String> = forms.iter().map(|f| f.keys.join(" ")).collect();
    // "Arab Israeli voters": a phrase ending in a demonym, always before a noun, is one too.
    let adjective = |f: &Form| {
        f.attributive == f.count && f.keys.last().is_some_and(|k| is_demonym(k, |p| names.contains(p)))
    };
    // "British Tamsans": so is a people's adjective before a demonym.
    let qualified = |f: &Form| {
        f.keys.len() > 1 && (words::is_nationality(&f.keys[0]) || words::is_adjectival(&f.keys[0])) && is_demonym(&f.keys[1..].join(" "), |p| names.contains(p))
    };
    // "Caribbean, American, and Cypriot jurisdictions": a word always before a noun, listed
    // only beside one-word adjectives of peoples, is one too, whatever its ending (not an
    // abbreviation: "the Hollow Clinic, where the NHB paid").
    let people = |k: &String| !k.contains(' ') && (words::is_nationality(k) || words::is_adjectival(k));
    let word = |f: &Form| matches!(f.words.as_slice(), [w] if w.chars().skip(1).all(char::is_lowercase));
    let listed_adjective = |f: &Form| {
        word(f) && f.attributive == f.count && !f.listed_with.is_empty() && f.listed_with.iter().all(people)
    };
    forms.retain(|f| !is_demonym(&f.keys.join(" "), |p| names.contains(p)) && !adjective(f) && !qualified(f) && !listed_adjective(f));
}

/// Drops the forms that are an abbreviation alone which the text never spells out nor uses
/// as a name ("CS undergrads", "the skeleton UI"): see [`abbreviations`].
fn drop_unattested_abbreviations(forms: &mut Vec<Form>, tokens: &[Token]) {
    let attested = abbreviations::attested(tokens);
    forms.retain(|f| match (f.words.as_slice(), f.keys.as_slice()) {
        ([word], [key]) => !abbreviations::is_abbreviation(word) || attested.contains(key),
        _ => true,
    });
}

/// Whether the text writes, capitalised, a demonym of `place` ("Israeli" of "Israel",
/// "Georgians" of "Georgia"): the word alone is then the place, no person's given name
/// ("Israel" beside "Israel Katz").
fn people_named(place: &str, casing: &HashMap<&str, Casing>) -> bool {
    ["i", "is", "n", "ns", "an", "ans", "ian", "ians"].iter().any(|s| {
        let d = format!("{place}{s}");
        casing.get(d.as_str()).is_some_and(|c| c.capital > 0) && is_demonym(&d, |p| p == place)
    })
}

/// Whether `k` is the demonym of a place `named` ("kenyan", "africans", "chinese",
/// "new zealanders", "israeli", "tokelauan").
fn is_demonym(k: &str, named: impl Fn(&str) -> bool) -> bool {
    let plural = k.strip_suffix('s');
    let stem = plural.unwrap_or(k);
    stem.strip_suffix('n').is_some_and(|p| p.len() > 2 && named(p))
        // "Tokelauan" beside "Tokelau", "Fijian" beside "Fiji".
        || stem.strip_suffix("an").is_some_and(|p| p.len() > 2 && named(p))
        || stem.strip_suffix("ese").is_some_and(|p| named(&format!("{p}a")))
        || stem.strip_suffix('i').is_some_and(|p| p.len() > 3 && named(p))
        || (stem.ends_with('n') && named(&format!("{stem}y")))
        || plural.and_then(|p| p.strip_suffix("er")).is_some_and(|p| p.len() > 2 && named(p))
        // "a New Zealander" beside "New Zealand" (a place of several words: one word alone,
        // "Baker" beside "Bak", says too little).
        || stem.strip_suffix("er").is_some_and(|p| p.contains(' ') && named(p))
}

/// A common word: a stop word, or one written lowercase in running text at least as often
/// as capitalised.
fn is_common(key: &str, casing: &HashMap<&str, Casing>) -> bool {
    // The singular or plural of the word counts too: "Historian China Miéville" starts a
    // sentence in a book that elsewhere speaks only of "historians".
    let plural = format!("{key}s");
    let variants = [Some(key), Some(plural.as_str()), key.strip_suffix('s')];
    words::is_stop(key)
        || variants.into_iter().flatten().any(|k| casing.get(k).is_some_and(|c| c.lower >= c.capital))
}

/// Whether the common abbreviation at `i` ends a firm's or a product's name after a word
/// of its own ("Vectra AI", "Orrin TV"): right after a name-shaped word inside the sentence
/// that the text never writes in lowercase ("Generative AI" is none).
fn product_abbreviation(tokens: &[Token], i: usize, casing: &HashMap<&str, Casing>) -> bool {
    let t = &tokens[i];
    let Some(b) = i.checked_sub(1).map(|b| &tokens[b]).filter(|b| b.node == t.node && t.joined && !t.sentence_start) else {
        return false;
    };
    // (Not after a title: "Chief AI Scientist".)
    let title = words::is_honorific(&b.key) || words::is_role(&b.key);
    let name_shaped = b.capitalised() && b.text.chars().count() > 2 && !b.possessive && !words::is_stop(&b.key) && !title;
    ["ai", "tv"].contains(&t.key.as_str()) && name_shaped && !is_common(&b.key, casing) && !words::is_non_person(&b.key)
}

/// Whether a token's capital is evidence of a name. Not in a title-case line unless the word
/// is capitalised in running text too; not a weekday or time zone; not a shouted common word
/// ("UPDATED"), a capitalised abbreviation of a common noun ("TV"), a contraction ("We're",
/// "I'll") or a compound adjective ("American-led", "York-listed").
fn capital(tokens: &[Token], i: usize, casing: &HashMap<&str, Casing>) -> bool {
    let t = &tokens[i];
    if t.running && trailing_model_code(tokens, i) {
        return true;
    }
    if !(t.capitalised() || is_brand_casing(&t.text) || inner_model_code(tokens, i)) || !t.running {
        return false;
    }
    let seen = casing.get(t.key.as_str());
    if t.headline && seen.is_none_or(|c| c.capital == 0) {
        return false;
    }
    // (Nor a weekday in the plural alone, "Saturdays in Velmora"; not one opening a name,
    // "Fridays for Tamsa", nor "Suns", a team.)
    let weekday = |k: &str| words::is_calendar(k) && !words::is_month(k);
    let name_goes_on = tokens.get(i + 1).is_some_and(|n| n.joined && (n.capitalised() || words::is_connector(&n.key)));
    let days = t.key.strip_suffix('s').is_some_and(|day| day.ends_with("day") && weekday(day)) && !name_goes_on;
    if (weekday(&t.key) && !opens_a_programme(tokens, i, tokens.len()) && !weekday_in_name(tokens, i)) || days {
        return false;
    }
    // "Closed on Sun & Mon", "Sat-Sun": the day's abbreviation, not the star.
    if t.key == "sun" && weekday_beside(tokens, i) {
        return false;
    }
    // "12 Orlan St., Apt. 4B", "Suite 200": a dwelling's or an office's number in an address.
    let numbered_next = tokens.get(i + 1).is_some_and(|n| n.node == t.node && n.text.starts_with(|c: char| c.is_ascii_digit()));
    if ["apt.", "apt", "ste.", "suite"].contains(&t.key.as_str()) && numbered_next {
        return false;
    }
    // "12 Orlan St. Suite C4", "9 Tamsa Ave. Unit 12": after a street's name, a unit and its
    // number or letter ("Suite M") are the rest of the address.
    let after_street = i > 0 && tokens[i - 1].node == t.node && STREET_NOUNS.contains(&tokens[i - 1].key.as_str());
    let unit_number = tokens.get(i + 1).is_some_and(|n| {
        let mut chars = n.text.chars();
        let lead = chars.next().is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
        n.node == t.node && n.joined && lead && n.text.chars().count() <= 6 && chars.all(|c| c.is_ascii_digit())
    });
    if ["apt.", "apt", "ste.", "suite", "unit", "room"].contains(&t.key.as_str()) && after_street && unit_number {
        return false;
    }
    let letters: Vec<char> = t.text.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    // ("Stanford's SCALE Initiative": a word in capitals before an institution's noun is
    // the name's, though the text writes it in lowercase too; not a function word or a
    // country's abbreviation, "US Congress", which stands apart.)
    let plain = !words::is_stop(&t.key) && !words::is_country_abbreviation(&t.key);
    let institution_next = plain && tokens.get(i + 1).is_some_and(|n| n.joined && n.node == t.node && n.capitalised() && words::is_non_person(&n.key));
    let lowercase_too = seen.is_some_and(|c| c.lower > 0) && !institution_next && !country_after_article(tokens, i);
    if shouting && (words::is_common_abbreviation(&t.key) || lowercase_too) && !product_abbreviation(tokens, i, casing) {
        return false;
    }
    // "PhD", "MSc": a common abbreviation in mixed case, a capital inside.
    let bare = t.text.trim_end_matches("'s");
    let mixed = bare.chars().skip(1).any(char::is_uppercase) && bare.chars().any(char::is_lowercase);
    if words::is_common_abbreviation(&t.key) && mixed {
        return false;
    }
    // "CEOs", "TVs": the plural of a common abbreviation.
    let plural_abbreviation = t.text.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() > 1 && stem.chars().all(char::is_uppercase) && words::is_common_abbreviation(&stem.to_lowercase())
    });
    if plural_abbreviation {
        return false;
    }
    if is_contraction(&t.text) {
        return false;
    }
    // "peaked at No.2", "No.17": the number sign run into its figure is a rank, no name.
    if t.text.strip_prefix("No.").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    // "In defence of Keith I don't think": "I" before a verb that only the first person
    // takes is the pronoun, no regnal number ("Henry I was" stays one).
    if t.text == "I" && tokens.get(i + 1).is_some_and(|n| n.joined && n.node == t.node && FIRST_PERSON_VERBS.contains(&n.text.as_str())) {
        return false;
    }
    // "booking through Velmora.com I did not realise": so is "I" before a negated auxiliary,
    // after a word that takes no numeral (not "Henry I did not", "World War I did not").
    let next = |k: usize| tokens.get(k).filter(|n| n.joined && n.node == t.node);
    let negated = next(i + 1).is_some_and(|n| {
        NEGATED_AUXILIARIES.contains(&n.key.as_str()) || (AUXILIARIES.contains(&n.key.as_str()) && next(i + 2).is_some_and(|m| m.key == "not"))
    });
    let numbered = i > 0 && (words::is_given_name(&tokens[i - 1].key) || words::is_census_given_name(&tokens[i - 1].key) || NUMBERED_NOUNS.contains(&tokens[i - 1].key.as_str()));
    if t.text == "I" && negated && !numbered {
        return false;
    }
    // "Hello Olivia, I hope…", "Hi Tam!": a greeting opening a sentence before a name that
    // a comma, a stop or the block's end closes addresses the name; it is no part of it (not
    // "Hello Kitty Kruisers").
    let addressed = tokens.get(i + 1).is_some_and(|n| n.joined && n.node == t.node && n.capitalised())
        && tokens.get(i + 2).is_none_or(|m| m.node != t.node || m.comma_before || m.stop_before);
    if t.sentence_start && GREETINGS.contains(&t.key.as_str()) && addressed {
        return false;
    }
    // "enter the promo code NL-BLACK28": the word with a figure after "code" is the code.
    if i > 0 && tokens[i - 1].text == "code" && tokens[i - 1].node == t.node && t.joined && t.text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // "CLc1", "CMCU3": a code of letters and digits is a ticker or a label, not a name; one
    // shaped as a word ("Olfr78") is a name when the text uses it again ("[Hol14]" once is a
    // citation's key).
    if is_code(&t.text) || is_sum(&t.text) || (word_with_number(&t.text) && seen.is_none_or(|c| c.capital < 2)) {
        return false;
    }
    // A Korean given name ("Kim Jong-un") is no compound adjective; nor is one of two
    // hyphenated syllables after a one-syllable capitalised word, whatever the family name
    // ("Jia Zhang-ke"; not "Hong Kong-based").
    let family_before = i > 0
        && t.joined
        && (words::is_east_asian_family(&tokens[i - 1].key)
            || (tokens[i - 1].capitalised() && words::is_korean_name(&tokens[i - 1].key, &t.key)));
    // "certified by IDFL (TE-99972454)": capitals, a hyphen and a number of five figures or
    // more are a certificate's or a part's number, no name (not "COVID-19", "MS-04").
    if t.text.split_once('-').is_some_and(|(head, tail)| {
        (1..=4).contains(&head.len()) && head.chars().all(|c| c.is_ascii_uppercase()) && tail.len() >= 5 && tail.chars().all(|c| c.is_ascii_digit())
    }) {
        return false;
    }
    match t.text.rsplit_once('-') {
        // "Proton-M", "Progress MS-04", "COVID-19".
        Some((_, tail)) => {
            tail.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || (family_before && words::is_romanised_given(&t.key))
        }
        None => true,
    }
}

/// Whether the word at `i` is "US" in capitals alone after "in the" ("sold in the US"): the
/// country's abbreviation, no pronoun "us" shouted.
fn country_after_article(tokens: &[Token], i: usize) -> bool {
    let alone = tokens.get(i + 1).is_none_or(|n| !n.joined || n.node != tokens[i].node || !(n.capitalised() || words::is_connector(&n.key) || n.key == "and"));
    tokens[i].text == "US" && alone && after_in_the(tokens, i)
}

/// Whether "in the" stands right before the word at `i`, in its sentence.
fn after_in_the(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    i >= 2 && t.joined && tokens[i - 1].joined && tokens[i - 1].key == "the" && tokens[i - 2].key == "in" && tokens[i - 2].node == t.node
}

/// Whether the word at `i` is a model's code of a digit or two and one or two capitals
/// ("5D", "3DS") between two capitalised words of one name ("the Velmor 5D Mark IV"): a word
/// of the product's name, though it opens on a figure (not "in 4K", nor "Velmor 4K video").
fn inner_model_code(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let digits = t.text.chars().take_while(char::is_ascii_digit).count();
    let capitals = t.text.chars().skip(digits).take_while(char::is_ascii_uppercase).count();
    let code = (1..=2).contains(&digits) && (1..=2).contains(&capitals) && digits + capitals == t.text.chars().count();
    let named = |k: usize| tokens.get(k).is_some_and(|n| n.node == t.node && n.capitalised() && !n.possessive);
    code && i > 0 && t.joined && named(i - 1) && tokens.get(i + 1).is_some_and(|n| n.joined) && named(i + 1)
}

/// Whether the word at `i` is a model's code of a lowercase letter and one to three figures
/// ("i3", "s10") right after a capitalised word of its name ("the Velmor Brask i3 printer"):
/// the product's last word, though it opens in lowercase.
fn trailing_model_code(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let mut chars = t.text.chars();
    let letter = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let figures = chars.as_str();
    let code = letter && (1..=3).contains(&figures.len()) && figures.chars().all(|c| c.is_ascii_digit());
    code && i > 0 && t.joined && tokens[i - 1].node == t.node && tokens[i - 1].capitalised() && !tokens[i - 1].possessive
}

/// Greetings that open a letter or a message before the name it addresses ("Hello Ada,").
const GREETINGS: &[&str] = &["hello", "hi", "hey", "dear", "thanks", "hiya", "greetings"];

/// The closing words of a letter before its writer's name ("Warmly, Ada").
const VALEDICTIONS: &[&str] = &["warmly", "sincerely", "regards", "cheers", "yours", "cordially", "respectfully", "love", "best", "faithfully", "truly"];

/// Auxiliaries that "not" may follow ("I did not").
const AUXILIARIES: &[&str] = &["did", "do", "could", "would", "will", "can", "was", "should", "had", "have", "am"];

/// Auxiliaries negated in one word ("I didn't").
const NEGATED_AUXILIARIES: &[&str] = &["didn't", "don't", "couldn't", "wouldn't", "won't", "can't", "wasn't", "shouldn't", "hadn't", "haven't"];

/// Nouns a Roman numeral follows ("World War I", "Part I", "Phase I").
const NUMBERED_NOUNS: &[&str] = &["war", "part", "phase", "act", "book", "volume", "chapter", "type", "class", "stage", "level", "grade", "title", "article", "section", "round", "day", "episode", "season", "series", "mark", "pope", "king", "queen"];

/// Verbs that follow the pronoun "I" and never a name in the singular ("I don't", "I think").
const FIRST_PERSON_VERBS: &[&str] = &[
    "am", "do", "don't", "have", "haven't", "think", "know", "believe", "feel", "guess", "hope", "mean", "want", "wish", "suppose", "recall",
    "remember", "see", "say", "agree", "doubt",
];

/// A brand's name in its own casing, one or two lowercase letters before a capital and a
/// word ("iPhone", "eBay", "jQuery"): a name, though its first letter is small (not a unit,
/// "kWh", nor "mtDNA").
fn is_brand_casing(word: &str) -> bool {
    let bare = word.trim_end_matches("'s").trim_end_matches("’s");
    // An operating system's name, lowercase letters (and a word) before "OS" ("macOS",
    // "iPadOS", "tvOS").
    if bare.strip_suffix("OS").is_some_and(|head| head.starts_with(|c: char| c.is_ascii_lowercase()) && head.chars().all(|c| c.is_ascii_alphabetic())) {
        return true;
    }
    let lead = bare.chars().take_while(char::is_ascii_lowercase).count();
    let rest: Vec<char> = bare.chars().skip(lead).collect();
    (1..=2).contains(&lead)
        && rest.first().is_some_and(char::is_ascii_uppercase)
        && rest.len() >= 3
        && rest[1..].iter().all(char::is_ascii_lowercase)
}

/// Whether a word has a capital inside after three lowercase letters or more, as products'
/// names do ("DevTools", "PlayStation"), and not after a name's prefix ("MacKenzie").
fn product_casing(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    let inner = letters.iter().skip(1).position(|c| c.is_uppercase()).map(|p| p + 1);
    let prefixed = ["Mac", "Van", "Von", "Fitz"].iter().any(|p| word.starts_with(p));
    letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().all(|c| c.is_alphabetic())
        && inner.is_some_and(|p| p >= 3 && letters[1..p].iter().all(|c| c.is_lowercase()))
        && !prefixed
}

/// Whether a word opens with two capitals before three lowercase letters or more, an
/// abbreviation's letter prefixed to a word ("UMass", "GTown"), as no given name does.
fn abbreviation_prefixed(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() >= 5
        && letters[..2].iter().all(char::is_ascii_uppercase)
        && letters[2..].iter().all(char::is_ascii_lowercase)
}

/// Whether a weekday's name stands one or two words before or after the word at `i`, in its
/// text node ("Sun & Mon", "Sat and Sun").
fn weekday_beside(tokens: &[Token], i: usize) -> bool {
    let day = |k: usize| tokens.get(k).is_some_and(|t| t.node == tokens[i].node && words::is_calendar(&t.key) && !words::is_month(&t.key));
    [i.wrapping_sub(2), i.wrapping_sub(1), i + 1, i + 2].into_iter().any(day)
}

/// A sum of money written with a currency's letter and a scale ("N500m", "R2bn", "K30k"), or
/// with a fraction ("RM6.162" million): one or two capitals, a figure, and "k", "m", "bn" or
/// "tn", or a decimal point inside the figure.
fn is_sum(word: &str) -> bool {
    let currency = word.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &word[currency..];
    let figure = rest.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let scale = &rest[figure.len()..];
    let fraction = figure.split_once('.').is_some_and(|(_, f)| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()));
    (1..=2).contains(&currency)
        && figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && (["k", "m", "bn", "tn"].contains(&scale) || (scale.is_empty() && fraction))
}

/// Drops the forms that hold a sum of money in whole units ("RM900", "Deposit RM100"): the
/// letters of a currency before a bare figure, where the text writes the same letters as a
/// sum elsewhere ("RM4.5", "R2bn"; see [`is_sum`]). Without such a sum, the letters and the
/// figure may be a model's code ("A380", "N95").
fn drop_sums(forms: &mut Vec<Form>, tokens: &[Token]) {
    let letters = |w: &str| w.len() - w.trim_start_matches(|c: char| c.is_ascii_uppercase()).len();
    let currencies: HashSet<&str> = tokens.iter().filter(|t| is_sum(&t.text)).map(|t| &t.text[..letters(&t.text)]).collect();
    let whole_sum = |w: &String| {
        let (currency, figure) = w.split_at(letters(w));
        currencies.contains(currency) && !figure.is_empty() && figure.chars().all(|c| c.is_ascii_digit())
    };
    forms.retain(|f| !f.words.iter().any(whole_sum));
}

/// A code of letters and digits run together ("CLc1", "CMCU3", "US10YT"): three letters or
/// more and a digit, no hyphen (not "A380", "MS-04", "COVID-19"), and not shaped as a word
/// with a number (see [`word_with_number`]).
fn is_code(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && word.chars().any(|c| c.is_ascii_digit())
        && !word.contains('-')
        && !word_with_number(word)
}

/// A short code of one or two capitals and digits ("N95", "CO2", "A380"; not "COVID-19").
fn is_short_code(word: &str) -> bool {
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = word.chars().skip(letters).take_while(char::is_ascii_digit).count();
    (1..=2).contains(&letters) && digits > 0 && letters + digits == word.chars().count()
}

/// A word with a number after it, one capital and lowercase letters, then digits ("Olfr78",
/// a gene's name).
fn word_with_number(word: &str) -> bool {
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    letters.len() < word.len() && letters.chars().count() >= 3 && letters.chars().skip(1).all(char::is_lowercase)
}

/// "I'll", "We're", "It's", "Don't": a pronoun or verb with a clitic.
fn is_contraction(word: &str) -> bool {
    let w = word.replace('’', "'").to_lowercase();
    w.rsplit_once('\'').is_some_and(|(head, tail)| {
        ["ll", "re", "ve", "d", "m", "t"].contains(&tail)
            || (tail == "s" && (words::is_stop(head) || head == "let"))
            // "I'ma", "I'mma": the pronoun and "am going to", run together in speech.
            || (head == "i" && ["ma", "mma"].contains(&tail))
    })
}

/// Collects the maximal capitalised runs of running text as forms.
/// Also returns the words seen as a one-word run anywhere, sentence starts included: a
/// surname stands alone so ("Fust later took over"); not a word mostly used as a modifier
/// ("Māori culture", "Māori land") or met after "in" ("in Italy"): a people or a place.
fn collect_forms(
    tokens: &[Token],
    casing: &HashMap<&str, Casing>,
    quotes: &Quotes,
) -> (Vec<Form>, HashSet<String>) {
    let mut alone = HashSet::new();
    let mut forms: Vec<Form> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // The last occurrence: its form, start and end, for lists of names.
    let mut last: Option<(usize, usize, usize)> = None;
    // Whether the last occurrence stood in a list of persons a colon announced.
    let mut announced = false;
    let sequels = numbered_names(tokens);
    let acronyms = acronyms_of(tokens);
    let headed = headed_names(tokens);
    // How often each word stands before each legal suffix ("Arduino LLC").
    let mut suffixed: HashMap<(&str, &str), usize> = HashMap::new();
    for w in tokens.windows(2).filter(|w| w[1].joined && words::is_company_suffix(&w[1].key)) {
        *suffixed.entry((w[0].key.as_str(), w[1].key.as_str())).or_default() += 1;
    }
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = titles::work_title_end(tokens, i).or_else(|| titles::italic_title_end(tokens, i)).filter(|_| tokens[i].running) {
            last = None;
            let n = form_of(&mut forms, &mut by_key, &tokens[i..end]);
            mark_subtitles(&mut forms[n].words, &tokens[i..end]);
            forms[n].count += 1;
            forms[n].mid_sentence += 1;
            forms[n].named_work += 1;
            i = end;
            continue;
        }
        if let Some(end) = serial_name_end(tokens, i) {
            last = None;
            let n = form_of(&mut forms, &mut by_key, &tokens[i..end]);
            forms[n].count += 1;
            forms[n].mid_sentence += 1;
            i = end;
            continue;
        }
        if !capital(tokens, i, casing) || credential(tokens, i) {
            i += 1;
            continue;
        }
        let end = run_end(tokens, i, casing);
        let end = acronym_span_end(tokens, i, &acronyms).filter(|e| *e > end).unwrap_or(end);
        let end = bracketed_surname_end(tokens, i, end).unwrap_or(end);
        let end = shared_body_end(tokens, i, end).unwrap_or(end);
        let mut start = i;
        // "Digital World Acquisition Corp. said": a legal suffix shows the words before it are
        // all the firm's, a common adjective at a sentence start included.
        let legal_name = |k: usize| {
            let key = tokens[k].key.as_str();
            end - k >= 3 && words::is_company_suffix(&tokens[end - 1].key) && !words::is_stop(key) && !words::is_adverb(key) && !key.ends_with("ly")
        };
        // A sentence-initial common word ("However", "Today"), a leading function word
        // ("The", "All") or a date ("April Lenin") is not part of a name.
        // "## Generation Vex" over "Generation Vex believes that…": a sentence opening on
        // the words that open a section heading in title case names the section's subject, its
        // common first word included.
        let heads_section = end - i >= 2 && headed.contains(&tokens[i..end].iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" "));
        while start < end && !heads_section && leads_off(tokens, start, end, casing) && !legal_name(start) {
            start += 1;
            while start < end && !tokens[start].capitalised() {
                start += 1;
            }
        }
        if let Some(k) = acronym_tail_start(tokens, start, end).or_else(|| demonym_before_person(tokens, start, end)) {
            start = k;
        }
        // A title before a name ends what came before it: "Hong Kong Chief Executive Carrie
        // Lam" is a person with a title ("Hong Kong" is located on its own).
        // "Adjunct Professor Velmora Health Policy Consultant Ada Quist": of a title and a role
        // before the name, the nearer is the name's own.
        let titled = match (title_split(tokens, start, end), role_split(tokens, start, end)) {
            (Some(t), Some(r)) if r > t + 1 => Some(r),
            (t, r) => t.or(r),
        };
        // "Australian Federal Police Commissioner Andrew Colvin": an institution before the
        // title is a name of its own, taken first; the title and name make the next run.
        let (titled, end) = match titled {
            Some(k) if k > start && (words::is_non_person(&tokens[k - 1].key) || jurisdiction_before_title(tokens, start, k, casing)) => {
                // "Interim BART Police Chief": a title before the institution is no part of it.
                while start + 1 < k && words::is_honorific(&tokens[start].key) {
                    start += 1;
                }
                (None, k)
            }
            t => (t, end),
        };
        let titled = titled.or_else(|| office_field_split(tokens, start, end));
        if let Some(k) = titled {
            start = k;
        }
        // "the Velmora Ministry of Finance Brian Quist said": a body's name, then a common given
        // name and one word, are two names; the person's makes the next run.
        let end = body_before_person(tokens, start, end).unwrap_or(end);
        if place_adjective_leads(tokens, start, end, casing) || nationality_before_ministry(tokens, start, end) {
            start += 1;
        }
        if start == i && (ordinal_leads(tokens, start, end, casing) || compound_leads(tokens, start, end)) {
            start -= 1;
        }
        // A run whose every word came off its head (a title closing the text) names nothing.
        if start >= end {
            i = end.max(i + 1);
            continue;
        }
        // "Business Insider Inc": the name without its legal suffix.
        // One word takes a number only as it stands, not cut off a longer run ("Final
        // Battle 2" after a colon gives no "Battle 2").
        let numbered = (end - start >= 2 || (end == start + 1 && start == i)) && end < tokens.len() && before_number(tokens, end).is_some_and(|n| sequels.contains(&n));
        let (end, stop) = if numbered { (end + 1, end + 1) } else { (end, end) };
        // A suffix the text repeats is how it tells two firms apart ("Arduino LLC" and
        // "Arduino SRL", both beside the project "Arduino"): kept.
        let legal = end - start >= 2 && words::is_company_suffix(&tokens[end - 1].key);
        let repeated = legal && suffixed.get(&(tokens[end - 2].key.as_str(), tokens[end - 1].key.as_str())).is_some_and(|n| *n >= 2);
        // "The Dutta Corp.": a firm that names itself with its article keeps its legal form.
        let styled = tokens[start].key == "the" && tokens[start].capitalised();
        let end = if legal && !repeated && !styled { end - 1 } else { end };
        // "Councillor Ada Quist MBE": an order's letters after a name are an honour, no word of
        // the name.
        let end = if end - start >= 3 && words::is_post_nominal(&tokens[end - 1].text) { end - 1 } else { end };
        // "Mercer Island-based": a name that only opens a compound adjective is a modifier.
        let modifier = tokens.get(end).is_some_and(|t| {
            t.joined && t.capitalised() && t.text.rsplit_once('-').is_some_and(|(_, tail)| tail.chars().all(char::is_lowercase))
        });
        // "FILE PHOTO:": two shouted words or more are a label of the page, not a name; so
        // are a licence's codes ("CC BY-NC-ND").
        // So is a run of capitals after a word in capitals ("PATIENCE IS A VIRTUE", "BUYERS IN
        // RETREAT"): a shouted line.
        let abbreviation = |t: &Token| abbreviations::is_abbreviation(&t.text.replace('-', ""));
        let capitals = |t: &Token| t.text.chars().all(|c| c.is_alphabetic() && c.is_uppercase() || c == '-');
        let after_capitals = start > 0 && tokens[start].joined && abbreviation(&tokens[start - 1]) && tokens[start - 1].node == tokens[start].node;
        let shouted = (end - start >= 2 && tokens[start..end].iter().all(abbreviation))
            || (after_capitals && tokens[start..end].iter().all(capitals) && tokens[start..end].iter().any(abbreviation));
        let tail = start < end && headline_tail(tokens, start, end, casing);
        let label = start < end && label_line(tokens, start, end);
        let party = end == start + 1 && (party_and_state(&tokens[start]) || legislators_district(tokens, start));
        // "Superintendent (Ag.) Tora Quist", "General (Ret.)": a short word alone in brackets
        // right after a title qualifies the title, no name.
        let qualifier = end == start + 1
            && tokens[start].bracket_before
            && start > 0
            && tokens[start - 1].node == tokens[start].node
            && words::is_honorific(&tokens[start - 1].key)
            && tokens[start].text.chars().count() <= 4;
        let party = party || qualifier;
        if start < end && !modifier && !shouted && !tail && !label && !party && !quotes.is_fragment(tokens, start, end) && !elliptical(tokens, start, end) {
            let run = &tokens[start..end];
            // "Kermadec and Tonga Trenches": the name after "and" is one feature ("Tonga
            // Trench"; the word before it is no name there, see `elliptical`).
            let nickname = nicknamed(tokens, start, end);
            // (A given name that shares a surname with the one "and" pairs it with is a
            // person's: "for Tora and Ada Quist".)
            let shared = shared_surname(tokens, start, end);
            let n = match second_of_shared_plural(tokens, start, end).or_else(|| shared.clone()).or_else(|| nickname.clone()) {
                Some(name) => form_of(&mut forms, &mut by_key, &name),
                None => form_of(&mut forms, &mut by_key, run),
            };
            forms[n].personal_context |= nickname.is_some() || shared.is_some();
            forms[n].shared_given |= shared.is_some();
            if nickname.is_some() {
                forms[n].nicknamed_as = Some(format!("{} {}", tokens[end].key, tokens[end + 1].key));
            }
            // "Chris Tang, Hong Kong’s new police commissioner": an owner after the comma
            // opens an apposition, no item of a list.
            let owner = run[run.len() - 1].possessive;
            if let Some((m, _, _)) = last.filter(|&(m, ps, pe)| m != n && !owner && listed(tokens, ps, pe, start)) {
                let (mine, theirs) = (forms[n].keys.join(" "), forms[m].keys.join(" "));
                forms[n].listed_with.push(theirs);
                forms[m].listed_with.push(mine);
            }
            let in_list = last.is_some_and(|(m, ps, pe)| m != n && listed(tokens, ps, pe, start));
            announced = persons_announced(tokens, start) || (announced && in_list);
            forms[n].personal_context |= announced;
            let previous = last;
            // "Ann Vale of Ohio and Bo Ek of Utah": a place after "of" qualifies the item
            // before it, which stays the list's last item, now ending after the place.
            let qualifies = previous.is_some_and(|(_, _, pe)| {
                matches!(&tokens[pe..start], [of] if of.key == "of" && of.joined && of.text == "of") && run[0].joined
            });
            last = match previous.filter(|_| qualifies) {
                Some((m, ps, _)) => Some((m, ps, end)),
                None => Some((n, start, end)),
            };
            // A name filling a table's cell ("| Denny Hamlin |"): its column.
            let whole_cell = run[0].table_cell.is_some()
                && (start == 0 || tokens[start - 1].table_cell != run[0].table_cell)
                && tokens.get(end).is_none_or(|t| t.table_cell != run[0].table_cell);
            if let Some((table, column, _)) = run[0].table_cell.filter(|_| whole_cell) {
                if !forms[n].columns.contains(&(table, column)) {
                    forms[n].columns.push((table, column));
                }
            }
            forms[n].count += 1;
            forms[n].headlined += usize::from(run[0].headline);
            forms[n].incorporated |= legal;
            forms[n].owns_its |= run.len() > 1 && and_its_follows(tokens, end);
            forms[n].interjected += usize::from(
                run.len() == 1 && INTERJECTIONS.contains(&run[0].key.as_str()) && tokens.get(end).is_none_or(|t| t.node != run[0].node || t.comma_before || t.stop_before),
            );
            forms[n].opening += usize::from(run[0].sentence_start);
            forms[n].before_field_role += usize::from(tokens.get(end).is_some_and(|t| t.joined && FIELD_ROLES.contains(&t.text.as_str())));
            forms[n].stopped += usize::from(tokens.get(end).is_some_and(|t| t.stop_before && t.node == run[0].node));
            let figure = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_digit());
            // "Jupiter’s 79 moons": an owner before a figure is no unit.
            let owner_before_figure = tokens[stop - 1].possessive;
            // "earning around Taka 8,500": after a word of measure, the name is the unit.
            let measured = start > 0 && MEASURE_WORDS.contains(&tokens[start - 1].key.as_str()) && tokens[start - 1].node == run[0].node;
            let tally = thousands_after(tokens, stop) && tokens[stop - 1].key.chars().count() > 3 && !measured;
            forms[n].before_figure += usize::from(tokens.get(stop).is_some_and(|t| t.joined && figure(t)) && !score(tokens, start, stop) && !owner_before_figure && !tally);
            forms[n].after_figure += usize::from((start > 0 && run[0].joined && figure(&tokens[start - 1])) || crossing(tokens, start, end));
            // (Not a rank: "No. 9 Velmora".)
            let ranked = |k: usize| k > 0 && tokens[k - 1].key.trim_end_matches('.') == "no";
            let count = |k: usize| tokens[k].text.chars().all(|c| c.is_ascii_digit()) && !is_year(&tokens[k].text) && tokens[k].node == run[0].node && !ranked(k);
            forms[n].after_count += usize::from(start > 0 && run[0].joined && count(start - 1));
            // "Kullback–Leibler divergence": a capitalised word joined by an en dash.
            let dashed = (tokens[start].en_dash_before && start > 0 && tokens[start - 1].capitalised())
                || tokens.get(end).is_some_and(|t| t.en_dash_before && t.capitalised());
            forms[n].dash_paired += usize::from(dashed);
            forms[n].after_degrees += usize::from(start > 0 && run[0].joined && ["degree", "degrees"].contains(&tokens[start - 1].key.as_str()));
            forms[n].oaths += usize::from(oath(tokens, start, end));
            forms[n].before_member += usize::from(!run[0].sentence_start && tokens.get(end).is_some_and(|a| a.joined && PARTY_MEMBERS.contains(&a.text.as_str())));
            forms[n].italic += usize::from(run.iter().all(|t| t.italic) && !titles::in_italic_passage(tokens, start, end));
            forms[n].post += usize::from(post_context(tokens, start, end));
            forms[n].described_posts += usize::from(described_post(tokens, start));
            forms[n].owned_posts += usize::from(start > 0 && run[0].joined && tokens[start - 1].possessive && tokens[start - 1].node == run[0].node);
            forms[n].labels += usize::from(label_before_colon(tokens, start, end));
            forms[n].fields += usize::from(field_label(tokens, start, end));
            let before = start.checked_sub(1).map(|b| &tokens[b]);
            let after = tokens.get(end);
            // "Norrvide and Fischer pick up…": after a name and "and", the word is the pair's
            // verb, no noun the name qualifies.
            // (Not a list's last adjective: "Caribbean, American, and Quorrot accounts".)
            let paired_subject = start >= 2
                && run[0].joined
                && tokens[start - 1].text == "and"
                && !tokens[start - 1].comma_before
                && tokens[start - 2].capitalised()
                && tokens[start - 2].node == run[0].node
                && !words::is_nationality(&tokens[start - 2].key)
                && !words::is_adjectival(&tokens[start - 2].key);
            // (Not an adverb: "lure Velmora forward", "Quist clearly didn't".)
            let attributive = !paired_subject && after.is_some_and(|a| {
                a.joined && a.text.chars().next().is_some_and(char::is_lowercase) && !words::is_stop(&a.key) && !words::is_adverb(&a.key) && !adverb_of_place(tokens, end)
            });
            // ("Quist suffered a fall": a verb in the past after a one-word name is its
            // predicate, no noun the name modifies.)
            forms[n].attributive += usize::from(attributive && !(run.len() == 1 && past_verb_after(tokens, end)));
            forms[n].located += usize::from(before.is_some_and(|b| b.key == "in" && run[0].joined && !run[run.len() - 1].possessive));
            forms[n].in_the += usize::from(!attributive && after_in_the(tokens, start));
            // "their school’s Computer Science department": after a common noun's owner the
            // body is the owner's, unnamed (not "Tunisia’s Bardo museum").
            let owned = before.is_some_and(|b| b.possessive && !b.capitalised() && run[0].joined);
            // "an N95 mask", "CO2 emissions": so is any noun after a short code of capitals and
            // digits, a standard's or a substance's (not a verb's form: "CO2 released").
            // Not a verb before a number ("Airbus' A380 carries 22"), nor after a size ("27x7.75
            // R15 rubber").
            let verb = |a: &Token| a.key.ends_with("ed") || a.key.ends_with("ing") || tokens.get(end + 1).is_some_and(|n| n.joined && figure(n));
            let sized = start > 0 && run[0].joined && figure(&tokens[start - 1]);
            // Nor a preposition ("due in Q4 along with").
            let preposition = |a: &Token| PREPOSITIONS.contains(&a.key.as_str());
            let code_noun = |a: &Token| run.len() == 1 && is_short_code(&run[0].text) && !verb(a) && !sized && !preposition(a);
            if let Some(noun) = after.filter(|a| attributive && !owned && a.node == run[0].node && (words::is_body_noun(&a.key) || code_noun(a))) {
                let same = forms[n].body_after.as_ref().is_none_or(|b| *b == noun.text);
                forms[n].body_after_count += usize::from(same);
                forms[n].body_after.get_or_insert_with(|| noun.text.clone());
            }
            // A genus is one word in lowercase after its capital ("Yersinia"; not "ICC").
            let genus = run.len() == 1 && run[0].text.chars().skip(1).all(char::is_lowercase);
            if let Some(word) = after.filter(|a| genus && a.joined && a.node == run[0].node && is_epithet(&a.text)) {
                let same = forms[n].epithet.as_ref().is_none_or(|e| *e == word.text);
                forms[n].epithet_count += usize::from(same);
                forms[n].epithet.get_or_insert_with(|| word.text.clone());
            }
            let last_word = &run[run.len() - 1];
            // "outside a McDonald’s restaurant": a word alone owning after "a" or "an" is a
            // shop's or a firm's name, the article the noun's (no "a Quist’s house").
            let shop = run.len() == 1 && start > 0 && ["a", "an"].contains(&tokens[start - 1].key.as_str()) && tokens[start - 1].node == run[0].node && run[0].joined;
            forms[n].stranded += usize::from(last_word.possessive && (owns_nothing(tokens, end) || shop));
            if let Some(noun) = after.filter(|a| last_word.possessive && a.joined && a.node == last_word.node && a.text.chars().all(char::is_lowercase)) {
                let same = forms[n].owned.as_ref().is_none_or(|o| *o == noun.text);
                forms[n].owned_count += usize::from(same);
                forms[n].owned.get_or_insert_with(|| noun.text.clone());
            }
            // "the Trump administration" is attributive: only a noun's article counts.
            forms[n].quoted += usize::from(quotes.is_whole(start, end));
            let article_before = before.is_some_and(|b| {
                run[0].joined && ["the", "a", "an"].contains(&b.text.as_str()) && b.node == run[0].node
            });
            forms[n].determined += usize::from(!attributive && article_before);
            forms[n].determined_attributive += usize::from(attributive && article_before);
            // "A CT of his chest": the article capitalised by a sentence start counts too.
            let indefinite = before.is_some_and(|b| ["a", "an"].contains(&b.key.as_str()) && run[0].joined && b.node == run[0].node);
            // "a $60 Annual Subscription": a price or a number between the article and the
            // words leaves them a kind of thing (not a year: "a 2010 Honda Civic").
            let priced = start >= 2 && run[0].joined && figure(&tokens[start - 1]) && !is_year(&tokens[start - 1].text) && {
                // (The price may open a link after the article: "a [$60 Annual Subscription]".)
                let a = &tokens[start - 2];
                ["a", "an"].contains(&a.key.as_str()) && tokens[start - 1].node == run[0].node
            };
            // "a good Samaritan": so does a word alone after the article and an adjective.
            let qualified = run.len() == 1 && start >= 2 && run[0].joined && {
                let (a, adjective) = (&tokens[start - 2], &tokens[start - 1]);
                let lowercase = adjective.text.chars().all(char::is_lowercase) && !words::is_stop(&adjective.key);
                ["a", "an"].contains(&a.key.as_str()) && lowercase && adjective.joined && a.node == run[0].node && adjective.node == run[0].node
            };
            let indefinite = indefinite || priced || qualified;
            forms[n].indefinite += usize::from(!attributive && indefinite);
            // "said Anna Petrova", but not "told Business Insider": a listener may be a paper.
            let speaker_verb = |b: &Token| words::is_speech_verb(&b.key) && !words::takes_addressee(&b.key);
            let after_role = role_before(tokens, start, end) || paired_after_plural_role(tokens, start);
            forms[n].after_kin += usize::from(before.is_some_and(|b| b.node == run[0].node && KIN.contains(&b.key.as_str())));
            forms[n].after_role |= after_role;
            forms[n].personal_context |= titled.is_some()
                || before.is_some_and(|b| speaker_verb(b) && b.node == run[0].node)
                || after_role
                || after.is_some_and(|a| a.joined && words::is_speech_verb(&a.key))
                || run[run.len() - 1].handle_after
                || run[0].attribution
                || speaker_label(tokens, start, end)
                || staff_quoting(tokens, start, end)
                || staff_credit(tokens, start, end)
                || labelled_credit(tokens, start, end)
                || (run.len() > 1 && affiliated(tokens, end))
                || cast_in_brackets(tokens, start, end)
                || person_noun_before(tokens, start)
                || staff_member(tokens, start, end, casing)
                || before.is_some_and(|b| b.node == run[0].node && run[0].joined && CASTING.contains(&b.key.as_str()))
                || previous.is_some_and(|(_, ps, pe)| shares_plural_title(tokens, ps, pe, start));
            forms[n].referred_to |= author_of_work(tokens, end - 1)
                || singer_of_song(tokens, start, end)
                || (run[0].sentence_start && pronoun_follows(tokens, end))
                || (run.len() > 1 && who_follows(tokens, end))
                || ((run.len() > 1 || words::is_census_given_name(&run[0].key)) && acts_as_person(tokens, end))
                || photo_credit(tokens, start, end);
            // "Shaq Vann rushed for 101 yards": a full name met once, with a verb in the past.
            let acted = past_verb_after(tokens, end);
            forms[n].past_verbs += usize::from(acted);
            let set_off_role = appositive_role(&tokens[end.min(tokens.len())..], run[run.len() - 1].node);
            forms[n].set_off_role |= set_off_role;
            forms[n].set_off_noun |= set_off_role && tokens.get(end).is_some_and(|t| t.key != "who");
            forms[n].past_verb |= acted || set_off_role || role_before_comma(tokens, start, end);
            // A capital after the first word is evidence even at a sentence start; a lone
            // word left after cutting a sentence-initial one ("Related Stories") is not.
            // "Like Walmart, Uber…", "The Teamsters disagree": after an article or a
            // preposition the capital is the name's own.
            // "President of the Senate", the first word cut: after a lowercase connector the
            // capital is the name's own too.
            let after_connector = start > i && !tokens[start - 1].capitalised();
            let after_cut = start > i && tokens[i].sentence_start && !words::is_determiner_or_preposition(&tokens[i].key) && !after_connector;
            // "Jets 2, Predators 1:": a result's first name is a name at a sentence start too,
            // and so is a word joined by "and" to a name inside the sentence ("England and
            // Wales.").
            let paired = run.len() == 1 && start == i && paired_with_name(tokens, end, casing);
            // "a seller called “E-Life,”": a quotation opened after a verb of naming is the
            // name, no sentence of its own.
            let named = run[0].quote_before == Some('“') && before.is_some_and(|b| b.node == run[0].node && NAMING.contains(&b.key.as_str()));
            if (!run[0].sentence_start && !after_cut) || run.len() > 1 || score(tokens, start, stop) || paired || named {
                forms[n].mid_sentence += 1;
            }
        }
        // (A nickname and the surname after it are read with the given name.)
        i = if nicknamed(tokens, start, end).is_some() { stop.max(end + 2) } else { stop };
    }
    // "NEW ORLEANS - Both…", "[TRENTON](…) — Gov. …": the place of a dateline, shouted before
    // the dash that opens the story, is a place of the text, headed as a name is written.
    for (start, end) in shouted_datelines(tokens, casing) {
        let run: Vec<Token> = tokens[start..end].iter().map(|t| Token { text: title_cased(&t.text), ..t.clone() }).collect();
        let seen = by_key.get(&run.iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ")).is_some_and(|&n| shouted(&forms[n].words));
        let n = form_of(&mut forms, &mut by_key, &run);
        forms[n].count += usize::from(!seen);
        forms[n].mid_sentence += 1;
        forms[n].located += 1;
    }
    let modifier = |f: &Form| f.attributive >= 2 && f.attributive * 2 > f.count;
    let surname_like = |f: &&Form| f.keys.len() == 1 && !modifier(f) && f.located == 0;
    alone.extend(forms.iter().filter(surname_like).map(|f| f.keys[0].clone()));
    // "Mr Vorsaf told…": a word after a courtesy title is a surname standing alone, as one
    // said bare is ("Tekran Vorsaf" is a person's name, whatever "Tekran" is).
    let courtesy = |f: &&Form| matches!(f.keys.as_slice(), [title, _] if words::is_courtesy_title(title));
    alone.extend(forms.iter().filter(courtesy).map(|f| f.keys[1].clone()));
    // How often each lowercase word follows a capitalised one: a genus, abbreviated ("T.
    // muris") or misspelt ("Yersina pestis") too.
    let mut after_capital: HashMap<&str, usize> = HashMap::new();
    for w in tokens.windows(2).filter(|w| w[1].joined && w[0].capitalised() && w[1].text.chars().all(char::is_lowercase)) {
        *after_capital.entry(w[1].key.as_str()).or_default() += 1;
    }
    forms.iter_mut().for_each(|f| take_epithet(f, casing, &after_capital));
    forms.iter_mut().for_each(take_body_noun);
    forms.iter_mut().for_each(take_owned_noun);
    forms.iter_mut().for_each(keep_stranded_owner);
    split_run_ons(&mut forms);
    cut_trailing_labels(&mut forms, casing);
    cut_trailing_offices(&mut forms);
    cut_posts(&mut forms);
    cut_sentence_openers(&mut forms, casing);
    cut_opening_roles(&mut forms, casing);
    cut_members(&mut forms, casing);
    count_makers(&mut forms, casing);
    mark_opening_speakers(&mut forms, casing);
    forms.retain(|f| keep_form(f, casing));
    drop_short_forms(&mut forms);
    (forms, alone)
}

/// A word shaped as a given name that stands alone only opening a sentence, before a verb of
/// saying ("*Kaveh writes:*" beside "Kaveh Vell reports"), is the given name the text calls
/// the person by: the longer name it opens is a person's, whatever the lists know. (A word
/// also met alone inside a sentence, "while Velmora said", is a name of its own: a firm's,
/// a place's.)
fn mark_opening_speakers(forms: &mut [Form], casing: &HashMap<&str, Casing>) {
    let shaped = |w: &str| w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
    let speakers: HashSet<String> = forms
        .iter()
        .filter(|f| f.keys.len() == 1 && f.mid_sentence == 0 && f.personal_context && shaped(&f.words[0]) && !is_common(&f.keys[0], casing))
        .map(|f| f.keys[0].clone())
        .collect();
    for f in forms.iter_mut().filter(|f| f.keys.len() == 2 && speakers.contains(&f.keys[0])) {
        f.personal_context = true;
    }
}

/// The openings of the section headings in title case, two words or more each ("generation
/// vex", "red lamp district" of "Red Lamp District Bar & Lounge"): keys joined by spaces.
/// Not a heading with a word in lowercase other than a function word ("Former Velmo
/// employees"), nor one opening on a function word.
fn headed_names(tokens: &[Token]) -> HashSet<String> {
    let mut names = HashSet::new();
    let mut k = 0;
    while k < tokens.len() {
        let node = tokens[k].node;
        let end = (k..tokens.len()).find(|&e| tokens[e].node != node).unwrap_or(tokens.len());
        let words = &tokens[k..end];
        let title_case = words.iter().all(|t| t.capitalised() || words::is_stop(&t.key) || t.text == "&" || t.text == "+");
        if words[0].heading && words.len() >= 2 && title_case && !words::is_stop(&words[0].key) {
            for n in 2..=words.len() {
                if words[n - 1].capitalised() {
                    names.insert(words[..n].iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" "));
                }
            }
        }
        k = end;
    }
    names
}

/// Drops a word alone met only after "the" that ends a longer name of the text, as often met
/// as it at least ("the General Assembly", then "in the Assembly"): the longer name shortened,
/// no heading of its own.
fn drop_short_forms(forms: &mut Vec<Form>) {
    let mut longest: HashMap<&str, usize> = HashMap::new();
    for f in forms.iter().filter(|f| f.keys.len() > 1) {
        let n = longest.entry(f.keys[f.keys.len() - 1].as_str()).or_default();
        *n = (*n).max(f.count);
    }
    let short: Vec<bool> = forms
        .iter()
        .map(|f| matches!(f.keys.as_slice(), [k] if f.determined == f.count && longest.get(k.as_str()).is_some_and(|n| *n >= f.count)))
        .collect();
    let mut k = 0;
    forms.retain(|_| {
        k += 1;
        !short[k - 1]
    });
}

/// "appointing Hitler Chancellor", "elected Ada Quill President": a title of office after a
/// name the text gives without it is the office the person was given, no part of the name;
/// the occurrence is the name's. Not a title after another title or a rank ("Lord
/// Chancellor", "Vice President"), nor one the article introduces ("the Exchequer Chancellor").
/// So is a role after the name of a body of several words ("The Brag Magazine Editor",
/// "Velmora City Council Leader"): the person's post there, cut even when the body's name is
/// met only so.
fn cut_trailing_offices(forms: &mut Vec<Form>) {
    let mut index: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    let office = |k: &String| words::is_honorific(k) && !words::is_title_modifier(k);
    let post_of_body = |f: &Form| {
        f.keys.len() >= 3 && f.named_work == 0 && f.keys.last().is_some_and(|k| words::is_role_noun(k)) && words::is_non_person(&f.keys[f.keys.len() - 2])
    };
    for (n, f) in forms.iter_mut().enumerate() {
        let head = f.keys[..f.keys.len().saturating_sub(1)].join(" ");
        if post_of_body(f) && !index.contains_key(&head) {
            f.keys.pop();
            f.words.pop();
            index.insert(head, n);
        }
    }
    let cuts: Vec<(usize, usize)> = forms
        .iter()
        .enumerate()
        .filter(|(_, f)| f.keys.len() >= 2 && f.determined + f.determined_attributive == 0 && (f.keys.last().is_some_and(office) || post_of_body(f)))
        .filter(|(_, f)| f.keys[f.keys.len() - 2..f.keys.len() - 1].iter().all(|k| !words::is_honorific(k) && !is_rank(k)))
        .filter_map(|(n, f)| index.get(&f.keys[..f.keys.len() - 1].join(" ")).map(|&name| (n, name)))
        .collect();
    for &(n, name) in &cuts {
        let (count, mid) = (forms[n].count, forms[n].mid_sentence);
        forms[name].count += count;
        forms[name].mid_sentence += mid;
    }
    let gone: HashSet<usize> = cuts.iter().map(|c| c.0).collect();
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// Titles of office that name a post, not a person: a name is rarely one of them ("King",
/// "Bishop", "Judge" are surnames too).
#[rustfmt::skip]
const OFFICES: &[&str] = &[
    "minister", "secretary", "chairman", "chairwoman", "chairperson", "director", "commissioner",
    "president", "premier", "governor", "chancellor", "mayor", "ambassador", "executive", "chair",
    "senator", "congressman", "congresswoman", "officer", "lecturer",
    // A body's members ("Voting Members", "Member of the Velmora Assembly").
    "member", "members",
];

/// A title of office is no heading ("Finance Minister"; the person holding it is): a post
/// with its field before it, no given name first and no institution's word inside, is
/// dropped. A post of a body named in two words or more, an institution's word or an
/// acronym among them ("Chairman of the OECS Authority"), gives the body; not a post of a
/// body of one word, which may be the subject ("Inspector-General of Police").
/// So is a party's member after a place ("a Georgia Democrat", "the Tarn Republican"): a
/// person described.
fn cut_posts(forms: &mut Vec<Form>) {
    let office = |k: &str| OFFICES.contains(&k) || (k.contains('-') && words::is_honorific(k));
    let member = |k: &str| ["democrat", "republican"].contains(&k);
    // (A place may be a given name too: "a Georgia Democrat".)
    let given_first = |f: &Form| words::is_given_name(&f.keys[0]) || words::is_census_given_name(&f.keys[0]);
    let field_post = |f: &Form| {
        f.keys.len() >= 2
            && f.keys.last().is_some_and(|k| (office(k) && !given_first(f)) || member(k))
            && f.keys.iter().all(|k| !words::is_non_person(k))
    };
    // Where the body's name begins after the post and its "of (the)", if the form is one.
    // (A council's or a party's head is a post before "of", "Leader of Velmora Council"; a
    // paper's name may end in the word, "the Tarn Leader".)
    let body_start = |f: &Form| -> Option<usize> {
        let post = f.keys.iter().take_while(|k| words::is_title_modifier(k) || office(k) || k.as_str() == "leader").count();
        f.keys.get(post).filter(|k| ["of", "for"].contains(&k.as_str()))?;
        let skip = post + 1 + usize::from(f.keys.get(post + 1).is_some_and(|k| k == "the"));
        (post > 0 && skip < f.keys.len() && f.named_work == 0).then_some(skip)
    };
    let mut by_key: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    let mut gone = HashSet::new();
    for n in 0..forms.len() {
        if let Some(skip) = body_start(&forms[n]) {
            let rest = &forms[n].words[skip..];
            let named = forms[n].keys[skip..].iter().any(|k| words::is_non_person(k))
                || rest.iter().any(|w| w.chars().count() > 1 && w.chars().all(|c| c.is_ascii_uppercase()));
            // "Mayor of Greater Velmora": a mayor's or a governor's post is of a place, which
            // its name gives without an institution's word.
            let of_place = forms[n].keys[..skip].iter().any(|k| ["mayor", "governor"].contains(&k.as_str()));
            if rest.len() < 2 || !(named || of_place) {
                continue;
            }
            let key = forms[n].keys[skip..].join(" ");
            if let Some(&name) = by_key.get(&key) {
                let (count, mid) = (forms[n].count, forms[n].mid_sentence);
                forms[name].count += count;
                forms[name].mid_sentence += mid;
                gone.insert(n);
            } else {
                forms[n].keys.drain(..skip);
                forms[n].words.drain(..skip);
                by_key.insert(key, n);
            }
        } else if field_post(&forms[n]) {
            gone.insert(n);
        }
    }
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// The members of a party in its name's wake ("the Labour MP", "the Green candidate").
const PARTY_MEMBERS: &[&str] = &["MP", "MPs", "peer", "peers", "councillor", "councillors", "candidate", "candidates", "backbencher", "backbenchers"];

/// The sacred names an oath takes.
const SWORN_BY: &[&str] = &["god", "jesus", "christ", "lord", "heaven", "heavens"];

/// Whether the one-word run at `start..end` is a sacred name in an oath: "for God’s sake",
/// "thank God", "oh my God", "God knows", or set off by commas inside a sentence ("give it to
/// her, Jesus, I thought").
fn oath(tokens: &[Token], start: usize, end: usize) -> bool {
    let word = &tokens[start];
    if end != start + 1 || !SWORN_BY.contains(&word.key.as_str()) {
        return false;
    }
    let before = start.checked_sub(1).map(|b| tokens[b].key.as_str()).filter(|_| word.joined);
    let after = tokens.get(end).filter(|a| a.joined && a.node == word.node);
    let sake = word.possessive && after.is_some_and(|a| a.key == "sake");
    let exclaimed = before.is_some_and(|b| ["thank", "oh", "my", "swear"].contains(&b));
    let verb = !word.possessive && after.is_some_and(|a| ["knows", "forbid", "willing"].contains(&a.key.as_str()));
    let aside = word.comma_before && !word.sentence_start && tokens.get(end).is_some_and(|a| a.comma_before && a.node == word.node);
    sake || exclaimed || verb || aside
}

/// Whether the run at `start` is joined by "and" to the run `ps..pe` before it, which opens
/// with a title of several persons: "Sens. Ana Lind and Ed Moss" titles both.
fn shares_plural_title(tokens: &[Token], ps: usize, pe: usize, start: usize) -> bool {
    // "astronauts Ana Lind and Ed Moss": so does a role in the plural before the first.
    let plural_role = ps > 0 && tokens[ps].joined && tokens[ps - 1].node == tokens[ps].node && plural_role(&tokens[ps - 1].key);
    let plural_title = ["sens.", "reps.", "govs.", "drs."].contains(&tokens[ps].key.as_str()) || plural_role;
    let joined = pe + 1 == start && tokens[pe].key == "and" && tokens[pe].joined && tokens[start].joined;
    plural_title && joined
}

/// Whether a word set off by a comma gives a politician's party and state ("Sen. Ben Sasse,
/// R-Neb., said", "D-Calif."): the party's letter, a hyphen, a capitalised word. In
/// parentheses the state is abbreviated ("Rep. Ann Low (D-Calif.)"; not "(D-Day)"), or one of
/// the eight the AP style never abbreviates ("(R-Iowa)").
fn party_and_state(t: &Token) -> bool {
    let party = ["D-", "R-", "I-"].iter().find_map(|p| t.text.strip_prefix(p));
    let state = party.is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase) && s.chars().skip(1).all(|c| c.is_lowercase() || c == '.'));
    let unabbreviated = |s: &str| ["alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"].contains(&s);
    let abbreviated = party.is_some_and(|s| {
        let key = s.trim_end_matches('.').to_lowercase();
        super::scan::is_state_abbreviation(&key) || unabbreviated(&key)
    });
    (t.comma_before || (!t.joined && abbreviated)) && state
}

/// Whether the word at `k` gives, in brackets, the party and the district of a legislator
/// named with a title just before it ("State Sen. Ada Quill (R-Velmora) said"): the party's
/// letter, a hyphen and a capitalised word, after a titled name.
fn legislators_district(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let place = ["D-", "R-", "I-"].iter().find_map(|p| t.text.strip_prefix(p));
    let shaped = place.is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase) && s.chars().skip(1).all(char::is_lowercase));
    // The name before it, up to three words, after a title.
    let titled = (1..=4).take_while(|&b| k >= b && tokens[k - b].node == t.node).any(|b| {
        let name = &tokens[k - b + 1..k];
        words::is_honorific(&tokens[k - b].key) && !name.is_empty() && name.iter().all(|w| w.capitalised() && w.joined)
    });
    t.bracket_before && shaped && titled
}

/// Whether a verb in the past tense follows the name ending before `end`, one adverb allowed
/// between: "Shaq Vann rushed for 101 yards", "Tuukka Rask made 25 saves", "Jonas Brodin also
/// scored", "Patrik Laine and Nikolaj Ehlers scored". Not what a paper does ("Yahoo Finance
/// reported").
fn past_verb_after(tokens: &[Token], end: usize) -> bool {
    let next = |k: usize| tokens.get(k).filter(|a| a.joined && a.node == tokens[end - 1].node && a.text.chars().all(char::is_lowercase));
    let verb = |a: &Token| {
        let regular = a.key.len() > 4 && a.key.ends_with("ed");
        (regular || words::is_irregular_past(&a.key)) && !words::is_publishing_verb(&a.key)
    };
    // "Patrik Laine and Nikolaj Ehlers scored": the verb after a pair of names is each one's.
    let mut k = end;
    if next(k).is_some_and(|a| a.key == "and") {
        let name = |m: usize| tokens.get(m).is_some_and(|t| t.joined && t.node == tokens[end - 1].node && t.capitalised());
        let mut m = k + 1;
        while m - k <= 4 && name(m) {
            m += 1;
        }
        if m > k + 1 {
            k = m;
        }
    }
    match next(k) {
        Some(a) if words::is_adverb(&a.key) => next(k + 1).is_some_and(verb),
        Some(a) => verb(a),
        None => false,
    }
}

/// Whether the word before the run `start..end` is a role naming the person the run names
/// ("quarterback Sean Clifford", "a co-worker, Nehemiah Dejesus,"). A role guessed from its
/// ending is no verb after "to" or a modal ("to bolster Stadia"), and a comma after it opens
/// no list ("a controller, Chromecast Ultra and three months").
fn role_before(tokens: &[Token], start: usize, end: usize) -> bool {
    let Some(b) = start.checked_sub(1).map(|b| &tokens[b]) else {
        return false;
    };
    // "NASA astronauts Ana Lind and Ed Moss": a role in the plural before a name that "and"
    // joins to another names the first of those persons.
    let paired = tokens.get(end).is_some_and(|a| a.key == "and" && a.joined && a.node == b.node)
        && tokens.get(end + 1).is_some_and(|n| n.joined && n.capitalised());
    if b.node == tokens[start].node && tokens[start].joined && plural_role(&b.key) && paired {
        return true;
    }
    if b.node != tokens[start].node || !words::is_role(&b.key) {
        return false;
    }
    let infinitive = start >= 2 && tokens[start - 2].node == b.node && b.joined && words::is_verb_marker(&tokens[start - 2].key);
    words::is_role_noun(&b.key) || !(infinitive || list_item(tokens, start, end))
}

/// Whether the name at `start` follows "and" after another that a role in the plural opens
/// ("Filmmakers Ada Vell and Tora Quist tell…", "the poets Ada Vell and Tora Quist"): the
/// role names both persons. The first name two or three capitalised words.
fn paired_after_plural_role(tokens: &[Token], start: usize) -> bool {
    let t = &tokens[start];
    let and = start.checked_sub(1).map(|k| &tokens[k]).filter(|a| a.key == "and" && a.joined && t.joined && a.node == t.node);
    let Some(and) = and else {
        return false;
    };
    let before = start - 1;
    (2..=3).any(|n| {
        before.checked_sub(n + 1).is_some_and(|role| {
            let name = &tokens[role + 1..before];
            plural_role(&tokens[role].key)
                && tokens[role].node == and.node
                && name.iter().all(|w| w.joined && w.capitalised() && w.node == and.node && !w.possessive)
        })
    })
}

/// A role noun in the plural ("astronauts", "scientists"), not the plural of a word
/// recognised by its ending alone unless a person's ("-ist", "-ian"), nor of a firm's role
/// ("publishers Penguin Random House and…").
fn plural_role(key: &str) -> bool {
    let person = |one: &str| words::is_role_noun(one) || (words::is_role(one) && (one.ends_with("ist") || one.ends_with("ian")));
    key.strip_suffix('s').is_some_and(|one| person(one) && !["developer", "publisher"].contains(&one))
}

/// Whether the run `start..end` opens a list after a comma ("holds a controller, Chromecast
/// Ultra and three months of…"): "and" or "or" follows it, no closing comma.
fn list_item(tokens: &[Token], start: usize, end: usize) -> bool {
    let and = |a: &Token| a.joined && a.node == tokens[start].node && ["and", "or"].contains(&a.key.as_str());
    tokens[start].comma_before && tokens.get(end).is_some_and(and)
}

/// Whether the run `start..end` is a line of its own of two words or more ending in a
/// capitalised preposition ("Sampled In", "Interpolated By", "Performed Live As"): a label
/// of the page waiting for what it labels, no name; not a work's title in quotation marks or
/// italics.
fn label_line(tokens: &[Token], start: usize, end: usize) -> bool {
    let last = &tokens[end - 1];
    let opens = start == 0 || tokens[start - 1].node != tokens[start].node;
    let closes = tokens.get(end).is_none_or(|t| t.node != last.node);
    let preposition = last.capitalised() && (words::is_determiner_or_preposition(&last.key) || last.key == "as");
    let titled = tokens[start..end].iter().any(|t| t.italic || t.quote_before.is_some());
    end - start >= 2 && opens && closes && preposition && !titled
}

/// Whether the run `start..end` of a title-case line is the generic end of a longer name
/// whose first words the running text never capitalises ("Coral Sky Amphitheatre", "PNC Music
/// Pavilion" in a list of venues): institution nouns only, right after a capitalised word
/// that is no name there. No name of its own.
fn headline_tail(tokens: &[Token], start: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let first = &tokens[start];
    let after_dropped = start > 0
        && first.joined
        && tokens[start - 1].node == first.node
        && tokens[start - 1].capitalised()
        && !capital(tokens, start - 1, casing);
    first.headline && after_dropped && tokens[start..end].iter().all(|t| words::is_non_person(&t.key))
}

/// Whether the words `start..end` stand where a post does: set off by a comma after a name
/// ("Steve Menet, Senior Vice President"), before "of", "for" or "at" and a capital
/// ("Research and Advocacy Director for the Middle East"), or closing a clause after "is",
/// "was" or "as" ("said Ana Lind, who is Marin County Parks Director.").
fn post_context(tokens: &[Token], start: usize, end: usize) -> bool {
    let node = tokens[start].node;
    let apposed = tokens[start].comma_before && start > 0 && tokens[start - 1].capitalised() && tokens[start - 1].node == node;
    let word = |k: usize| tokens.get(k).filter(|t| t.joined && t.node == node);
    let of = word(end).is_some_and(|t| ["of", "for", "at"].contains(&t.key.as_str()));
    let next = if word(end + 1).is_some_and(|t| t.key == "the") { end + 2 } else { end + 1 };
    let predicate = start > 0 && tokens[start].joined && tokens[start - 1].node == node && ["is", "was", "as"].contains(&tokens[start - 1].key.as_str());
    let clause_closed = tokens.get(end).is_none_or(|t| t.node != node || t.stop_before || t.comma_before);
    // The field may be a link, a text node of its own ("Editor for [Outkick]").
    let linked = |k: usize| tokens.get(k).filter(|t| t.node != node && !t.stop_before && !t.sentence_start);
    apposed || (of && word(next).or_else(|| linked(end + 1)).is_some_and(|t| t.capitalised())) || (predicate && clause_closed)
}

/// Words that measure the sum after them ("around Taka 8,500", "nearly Rs 9,000").
const MEASURE_WORDS: &[&str] = &["around", "about", "nearly", "almost", "approximately", "roughly", "some", "over", "under", "than", "least"];

/// Whether the run at `start` opens with a capitalised role or post ([`set_off_post`]) set
/// off after a name, after "a" or "an", or after another such role and "and" ("Ada Quell,
/// Geologist and Author of the Atlas").
fn described_post(tokens: &[Token], start: usize) -> bool {
    let node = tokens[start].node;
    let before = |k: usize| start.checked_sub(k).map(|b| &tokens[b]).filter(|t| t.node == node);
    let apposed = tokens[start].comma_before && before(1).is_some_and(Token::capitalised);
    let indefinite = tokens[start].joined && before(1).is_some_and(|t| ["a", "an"].contains(&t.key.as_str()));
    let chained = tokens[start].joined
        && before(1).is_some_and(|t| t.key == "and" && t.joined)
        && before(2).is_some_and(|t| t.capitalised() && words::is_role(&t.key));
    (apposed || indefinite || chained) && set_off_post(&tokens[start..])
}

/// Whether a figure grouped in thousands stands at `k` ("Spain has 157,000 cases and Italy
/// 143,600"): a tally after a name whose verb is left out, no label's number ("Suite 350").
fn thousands_after(tokens: &[Token], k: usize) -> bool {
    let digits = |t: &Token, len: std::ops::RangeInclusive<usize>| len.contains(&t.text.len()) && t.text.chars().all(|c| c.is_ascii_digit());
    let (Some(head), Some(group)) = (tokens.get(k), tokens.get(k + 1)) else { return false };
    // "143,600": the comma right after the first digits, no space after it.
    let glued = group.comma_before && group.node == head.node && group.start == head.start + head.text.len() + 1;
    digits(head, 1..=3) && digits(group, 3..=3) && glued
}

/// Whether "and" and a capitalised word the text never writes in lowercase follow at `end`
/// ("England and Wales"), the word ending its name there: a sentence's opener so joined to a
/// name is one too, unless the text writes it in lowercase ("Sales and Marketing" beside
/// "sales").
fn paired_with_name(tokens: &[Token], end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let opener = &tokens[end - 1];
    let word = |k: usize| tokens.get(k).filter(|t| t.joined && t.node == opener.node);
    let and = word(end).is_some_and(|t| t.key == "and");
    let name = word(end + 1).filter(|t| t.capitalised() && !t.possessive && !is_common(&t.key, casing) && !words::is_stop(&t.key));
    let closes = tokens.get(end + 2).is_none_or(|t| !(t.joined && t.capitalised()));
    // Not in a title-case line, where every word is capitalised ("Search and Navigation").
    and && name.is_some() && closes && !opener.headline && !opener.possessive && !is_common(&opener.key, casing) && !words::is_stop(&opener.key) && !words::is_calendar(&opener.key)
}

/// Whether the run `start..end` is a given name opening its paragraph before a colon ("Rick:
/// It was a two-phase approach."): the speaker of an interview's answer, a person.
fn speaker_label(tokens: &[Token], start: usize, end: usize) -> bool {
    let opens = start == 0 || tokens[start - 1].node != tokens[start].node;
    end == start + 1 && opens && colon_after(tokens, start, end) && words::is_census_given_name(&tokens[start].key)
}

/// The end of a given name alone and the surname an editor inserted after it in square
/// brackets ("when Andrew [Quell] and I were…", "Tony [Velm] was"): one person's name.
fn bracketed_surname_end(tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let given = |k: &str| words::is_given_name(k) || words::is_census_given_name(k);
    let surname = tokens.get(end).filter(|t| t.square_before && t.node == tokens[i].node && t.capitalised() && !t.possessive);
    let alone = tokens.get(end + 1).is_none_or(|t| !(t.joined && t.capitalised()));
    (end == i + 1 && given(&tokens[i].key) && surname.is_some() && alone).then_some(end + 1)
}

/// Whether the name `start..end` of two words or more is a paper's or a desk's writer
/// introducing a quotation ("WaPo’s Ada Quill: “After…", "Our Ada Quill: “…"): after an
/// owner's possessive or "our", before a colon and an opening quotation mark.
fn staff_quoting(tokens: &[Token], start: usize, end: usize) -> bool {
    let owner = start.checked_sub(1).map(|k| &tokens[k]).filter(|o| o.node == tokens[start].node && tokens[start].joined);
    let owned = owner.is_some_and(|o| (o.possessive && o.capitalised()) || o.key == "our");
    let quotes = tokens.get(end).is_some_and(|t| {
        t.node == tokens[start].node && t.sentence_start && !t.joined && !t.stop_before && !t.comma_before && t.quote_before == Some('“')
    });
    end - start >= 2 && owned && quotes
}

/// Whether the name `start..end` of two words or more credits a paper's or a desk's writer
/// at the end of a paragraph, after a dash and an owner's possessive or "our" ("…fell. —
/// Tamsa News’s Ada Quill").
fn staff_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let owner = start.checked_sub(1).map(|k| &tokens[k]).filter(|o| o.node == tokens[start].node && tokens[start].joined);
    let owned = owner.is_some_and(|o| o.dash_before && ((o.possessive && o.capitalised()) || o.key == "our"));
    let closes = tokens.get(end).is_none_or(|t| t.node != tokens[end - 1].node);
    end - start >= 2 && owned && closes
}

/// Whether the name `start..end`, two or three words each capitalised alone, follows a
/// picture's or a video's credit label and its colon ("(Video: Haven Orrel)", "Photo: Ada
/// Quill"): the person credited.
fn labelled_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let Some(label) = start.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let first = &tokens[start];
    let after_colon = label.node == first.node && first.sentence_start && !first.joined && !first.stop_before && !first.comma_before && first.quote_before.is_none();
    let shaped = tokens[start..end].iter().all(|t| t.text.chars().next().is_some_and(char::is_uppercase) && t.text.chars().skip(1).all(char::is_lowercase));
    let labels = ["video", "photo", "photos", "photograph", "credit", "image", "illustration"];
    (2..=3).contains(&(end - start)) && labels.contains(&label.key.as_str()) && after_colon && shaped
}

/// Whether the run `start..end` opens a sentence, or its paragraph, before a colon ("Rick: It
/// was…", "Family: Rosaceae Common Name: Velvet Thorn").
fn label_before_colon(tokens: &[Token], start: usize, end: usize) -> bool {
    let opens = start == 0 || tokens[start - 1].node != tokens[start].node || tokens[start].sentence_start;
    opens && colon_after(tokens, start, end)
}

/// Whether a colon follows the run `start..end`: only a colon leaves the next word a
/// sentence's start without a stop, comma or quote.
/// The words of a field's label at most ("Measured Tip & Tail Splay (ski decambered):").
const FIELD_LABEL_MAX_WORDS: usize = 7;

/// Whether the name at `start..end` stands in the label of a field of a sheet of figures: the
/// words of its line, or after a figure, up to a colon a figure follows ("Stated Weight per
/// Ski: 2030 grams", "Tips: 6-6.5 Shovels: 7-7.5 In Front of Toe Piece: 8-9.5").
fn field_label(tokens: &[Token], start: usize, end: usize) -> bool {
    let node = tokens[start].node;
    let figure = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_digit());
    let mut s = start;
    while s > 0 && tokens[s - 1].node == node && !figure(&tokens[s - 1]) && !tokens[s].sentence_start {
        s -= 1;
    }
    // (A label opens with a capital: not "in 2010 to establish Crew 40:4".)
    let opens = (s == 0 || tokens[s - 1].node != node || figure(&tokens[s - 1])) && tokens[s].capitalised();
    let mut e = end;
    while tokens.get(e).is_some_and(|t| t.node == node && !t.sentence_start) && e - s < FIELD_LABEL_MAX_WORDS {
        e += 1;
    }
    // (After a colon: not a column gap of a table set in plain text, "Ada Quill   63  16.6%".)
    let value = tokens.get(e).is_some_and(|t| t.node == node && t.sentence_start && !t.cell && !t.stop_before && !t.comma_before && figure(t));
    opens && value && e - s <= FIELD_LABEL_MAX_WORDS
}

fn colon_after(tokens: &[Token], start: usize, end: usize) -> bool {
    tokens.get(end).is_some_and(|t| {
        t.node == tokens[start].node && t.sentence_start && !t.joined && !t.stop_before && !t.comma_before && t.quote_before.is_none()
    })
}

/// Plural nouns of persons that may announce a list of their names.
const PERSONS: &[&str] = &["people", "men", "women", "persons", "brothers", "sisters", "sons", "daughters", "children", "members", "suspects", "victims"];

/// Whether the name at `start` opens a list after a colon that a plural noun of persons
/// announces ("run by three other Jews in Miami: Ada Vell, Ida Quarel, & Tam Orrel"; "the
/// suspects: …", "two officials: …"), or after a comma right after that noun counted ("two
/// producers, Ada Vell and Ida Quarel, who…"; not "qualifiers, Stadia delivers").
fn persons_announced(tokens: &[Token], start: usize) -> bool {
    let t = &tokens[start];
    let after_colon = start > 0 && t.sentence_start && !t.stop_before && !t.joined && t.quote_before.is_none() && tokens[start - 1].node == t.node;
    let persons = |b: &Token| {
        let singular = b.key.strip_suffix('s');
        PERSONS.contains(&b.key.as_str()) || words::is_adherent(&b.key) || (b.text.chars().all(char::is_lowercase) && singular.is_some_and(words::is_role))
    };
    let counted = |k: usize| tokens.get(k).is_some_and(|n| CARDINALS.contains(&n.key.as_str()) || n.key.chars().all(|c| c.is_ascii_digit()));
    let after_comma = start > 1 && t.comma_before && tokens[start - 1].node == t.node && persons(&tokens[start - 1]) && counted(start - 2);
    after_comma || (after_colon && tokens[start.saturating_sub(4)..start].iter().any(|b| b.node == t.node && persons(b)))
}

/// The most words of a name spelled out by an acronym, its small words included.
const ACRONYM_SPAN_MAX_WORDS: usize = 10;

/// The acronyms of the running text, as written: three to six capital letters ("CBP", "DACA").
fn acronyms_of(tokens: &[Token]) -> HashSet<&str> {
    let acronym = |t: &&Token| {
        t.running && !t.possessive && (3..=6).contains(&t.text.chars().count()) && t.text.chars().all(|c| c.is_ascii_uppercase())
    };
    tokens.iter().filter(acronym).map(|t| t.text.as_str()).collect()
}

/// Where the name opening at `i` ends when its capitals spell an acronym the text uses
/// ("Customs and Border Protection" beside "CBP", "Deferred Action for Childhood Arrivals"
/// beside "DACA"): its small words ("and", "for", "of the") belong to it. The longest such
/// name, of two capitalised words at least.
fn acronym_span_end(tokens: &[Token], i: usize, acronyms: &HashSet<&str>) -> Option<usize> {
    const SMALL: &[&str] = &["of", "the", "for", "and", "on", "to", "in"];
    let node = tokens[i].node;
    let mut initials = String::new();
    let mut found = None;
    for (k, t) in tokens.iter().enumerate().skip(i).take(ACRONYM_SPAN_MAX_WORDS) {
        if k > i && (!t.joined || t.node != node) {
            break;
        }
        if t.capitalised() {
            initials.extend(t.text.chars().next());
            if initials.chars().count() >= 2 && acronyms.contains(initials.as_str()) {
                found = Some(k + 1);
            }
        } else if !SMALL.contains(&t.key.as_str()) {
            break;
        }
        if t.possessive {
            break;
        }
    }
    found
}

/// Where the name `start..end` begins when the acronym set off after it spells only its last
/// words: "United States Drug Enforcement Agency (DEA)" names the agency, the country spelt
/// out before it being no part of the name the text abbreviates.
fn acronym_tail_start(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let acronym = tokens.get(end).filter(|t| {
        t.node == tokens[start].node
            && !t.joined
            && !t.comma_before
            && !t.stop_before
            && (2..=6).contains(&t.text.chars().count())
            && t.text.chars().all(|c| c.is_ascii_uppercase())
    })?;
    let initials = |k: usize| -> String {
        tokens[k..end].iter().filter(|t| t.capitalised()).filter_map(|t| t.text.chars().next()).collect()
    };
    // "U.S. Harbour and Coast Patrol (HCP)": a country's abbreviation stays in the name.
    if initials(start) == acronym.text || words::is_country_abbreviation(&tokens[start].key) {
        return None;
    }
    (start + 1..end).find(|&k| tokens[k].capitalised() && initials(k) == acronym.text)
}

/// Where the person's name begins after a people's word that describes the person
/// ("Canadian Ada Quell", "New Yorker Ada Quell", "South African Ada Quell", "Chilean Ada
/// Mora Quell", "Frenchman Ada Quell"): the run ends in a given name and a surname, or a
/// given name, a second name and a surname, and one word of a people or two (a place's first
/// word and one) stand before them, none a given name ("Brian Lee Jones" is one name).
fn demonym_before_person(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let plain = |t: &Token| t.capitalised() && t.text.chars().skip(1).all(char::is_lowercase) && !words::is_non_person(&t.key);
    let given = |t: &Token| words::is_given_name(&t.key) || words::is_census_given_name(&t.key);
    // A people's ending ("Canadian", "Japanese", "Danish"; "Yorker" after a place's first
    // word), no title's ("General", "Attorney-General") nor a given name's ("Yunfan").
    let ending = |t: &Token, endings: &[&str]| endings.iter().any(|s| t.key.ends_with(s) && t.key.len() > s.len() + 2);
    let people = |t: &Token, endings: &[&str]| (ending(t, endings) || words::is_nationality(&t.key)) && !given(t) && !words::is_honorific(&t.key);
    // "Frenchman", "Scotswoman": a noun of one person of a people, whose name follows
    // whether or not its given name is one a list knows.
    let one_of_a_people = |t: &Token| {
        let stem = ["man", "woman"].iter().find_map(|s| t.key.strip_suffix(s)).unwrap_or_default();
        let stem = stem.strip_suffix('s').filter(|s| words::is_nationality(s)).unwrap_or(stem);
        !stem.is_empty() && (words::is_nationality(stem) || ending_of_people(stem))
    };
    // The name is a given name and a surname; failing that, a given name a list knows, a second
    // name and a surname ("Chilean Ada Mora Quell").
    [2, 3].into_iter().find_map(|n: usize| {
        let name = end.checked_sub(n).filter(|&k| k > start)?;
        let named = tokens[name..end].iter().all(plain);
        let described = match &tokens[start..name] {
            [one] if one_of_a_people(one) => true,
            [one] => people(one, &["ian", "ean", "can", "ese", "ish"]) && given(&tokens[name]),
            [place, one] => words::is_place_prefix(&place.key) && people(one, &["ian", "ean", "can", "ese", "ish", "er"]) && given(&tokens[name]),
            _ => false,
        };
        (named && described).then_some(name)
    })
}

/// Whether `stem` ends as a people's adjective does ("english", "irish"; "french" is listed).
fn ending_of_people(stem: &str) -> bool {
    ["ish", "ian", "ese"].iter().any(|s| stem.ends_with(s) && stem.len() > s.len() + 2)
}

/// Whether the one word `start..end` shares the plural noun of the name after "and"
/// ("Kermadec and Tonga Trenches", "the North and South Islands"): a part of two names, no name
/// of its own there.
fn elliptical(tokens: &[Token], start: usize, end: usize) -> bool {
    let (Some(and), true) = (tokens.get(end), end == start + 1) else {
        return false;
    };
    let node = tokens[start].node;
    let name: Vec<&Token> = tokens[end + 1..].iter().take_while(|t| t.node == node && t.joined && t.capitalised()).collect();
    and.key == "and"
        && and.joined
        && name.len() >= 2
        && name.last().is_some_and(|t| !t.possessive && singular(&t.key).is_some_and(|k| words::is_non_person(k) || SHARED_FEATURES.contains(&k)))
}

/// Whether one word, "and", a word and a public body's noun after it ("Devon and Cornwall
/// Police", "Tarn and Velby Council") name the one body two places share: where that run ends.
fn shared_body_end(tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let node = tokens[i].node;
    let next = |k: usize| tokens.get(k).filter(|t| t.node == node && t.joined);
    let and = end == i + 1 && !tokens[i].possessive && next(end).is_some_and(|t| t.key == "and");
    // (Not a people's adjective: "Israel and Palestinian Authority" are two.)
    let plain = |t: &Token| !words::is_non_person(&t.key) && !words::is_adjectival(&t.key) && !words::is_nationality(&t.key);
    let place = next(end + 1).is_some_and(|t| t.capitalised() && !t.possessive && plain(t));
    let body = next(end + 2).is_some_and(|t| t.capitalised() && SHARED_BODIES.contains(&t.key.as_str()));
    let closed = next(end + 3).is_none_or(|t| !t.capitalised());
    (and && place && body && closed).then_some(end + 3)
}

/// Public bodies two places may share ("Avon and Somerset Constabulary").
const SHARED_BODIES: &[&str] = &["police", "constabulary", "council", "authority"];

/// Nouns of features that two names share in the plural ("the Varn and Tamsa Trenches", "the
/// North and South Islands"): each is a name of its own. (Not a firm's "Systems".)
const SHARED_FEATURES: &[&str] = &[
    "island", "trench", "river", "lake", "mountain", "sea", "ocean", "bay", "valley", "strait", "ridge",
    // Tectonic plates: "the Pacific and Indo-Australian Plates".
    "plate",
];

/// The name `start..end` after "and" and a word sharing its plural noun of a feature, with
/// that noun in the singular ("Tonga Trenches" of "Kermadec and Tonga Trenches": "Tonga
/// Trench").
fn second_of_shared_plural(tokens: &[Token], start: usize, end: usize) -> Option<Vec<Token>> {
    let shared = start >= 2 && end == capitalised_run_end(tokens, start) && elliptical(tokens, start - 2, start - 1);
    if !shared {
        return None;
    }
    let mut name = tokens[start..end].to_vec();
    let last = name.pop()?;
    name.push(feature_in_singular(&last)?);
    Some(name)
}

/// The given name `start..end` listed before another and the surname they share, with
/// that surname ("Patrick" of "Patrick and John Collison": "Patrick Collison"; "Kent" of
/// "Kent, Marlon and Rachel Jordan").
fn shared_surname(tokens: &[Token], start: usize, end: usize) -> Option<Vec<Token>> {
    let given = |t: &Token| {
        t.capitalised() && !t.possessive && (words::is_given_name(&t.key) || words::is_census_given_name(&t.key))
    };
    if end != start + 1 || !given(&tokens[start]) {
        return None;
    }
    let node = tokens[start].node;
    let same = |i: usize| tokens.get(i).filter(|t| t.node == node);
    for i in end..end + 6 {
        let t = same(i)?;
        if t.key == "and" && t.joined {
            let (first, last) = (same(i + 1)?, same(i + 2)?);
            let closed = same(i + 3).is_none_or(|n| !(n.joined && n.capitalised()));
            let surname = last.joined && last.capitalised() && !words::is_given_name(&last.key) && !words::is_non_person(&last.key);
            return (first.joined && given(first) && surname && closed).then(|| {
                let mut name = last.clone();
                name.possessive = false;
                if last.possessive {
                    name.text = name.text.trim_end_matches("'s").trim_end_matches('\'').to_string();
                }
                vec![tokens[start].clone(), name]
            });
        }
        // "Kent, Marlon and…": another given name after a comma.
        if !t.comma_before || !given(t) || same(i + 1).is_some_and(|n| n.joined && n.capitalised()) {
            return None;
        }
    }
    None
}

/// The name of the given name `start..end` (one or two words) when a nickname of one word in
/// quotation marks splits it from the surname ("Tora “Tiq” Quist"): the given name and the
/// surname, without the nickname.
fn nicknamed(tokens: &[Token], start: usize, end: usize) -> Option<Vec<Token>> {
    let run = tokens.get(start..end)?;
    // "Arts Educator Owen ‘Tiq’ Velmor": after words of a title, the given name alone opens
    // the name the nickname splits.
    let given = |t: &Token| words::is_given_name(&t.key) || words::is_census_given_name(&t.key);
    let run = if run.len() > 2 && given(&run[run.len() - 1]) { &run[run.len() - 1..] } else { run };
    let run = Some(run).filter(|r| (1..=2).contains(&r.len()))?;
    let node = run[0].node;
    let name = |t: &Token| t.node == node && t.capitalised() && t.text.chars().skip(1).all(char::is_lowercase) && !t.possessive;
    // In double quotation marks or in single curly ones ("Owen ‘Blakka’ Ellis"; a straight
    // single mark may be an apostrophe).
    let opened = |t: &Token| matches!(t.quote_before, Some('“' | '"' | '‘'));
    let closes = |t: &Token| match tokens[end].quote_before {
        Some('‘') => t.quote_before == Some('’'),
        _ => matches!(t.quote_before, Some('”' | '"')),
    };
    let nick = tokens.get(end).filter(|t| name(t) && opened(t))?;
    let surname = tokens.get(end + 1).filter(|t| t.node == node && t.capitalised() && closes(t))?;
    if !run.iter().all(name) || nick.key == surname.key {
        return None;
    }
    let mut whole = run.to_vec();
    whole.push(Token { sentence_start: false, ..surname.clone() });
    Some(whole)
}

/// A plural noun of a feature in the singular, as written and as a key ("Trenches" ->
/// "Trench").
fn feature_in_singular(t: &Token) -> Option<Token> {
    let key = singular(&t.key).filter(|k| SHARED_FEATURES.contains(k))?;
    let mut one = t.clone();
    one.text = singular(&t.text)?.to_string();
    one.key = key.to_string();
    Some(one)
}

/// The singular of a regular English plural ("trenches" -> "trench", "islands" -> "island").
fn singular(key: &str) -> Option<&str> {
    let es = ["ches", "shes", "sses", "xes"].iter().any(|e| key.ends_with(e));
    if es { key.strip_suffix("es") } else { key.strip_suffix('s') }
}

/// The capitalised words before a number of one or two digits ("Red Dead Redemption" of
/// "… in Red Dead Redemption 2."), by key, when they make a name of two words or more that
/// the number may belong to: not a date ("April 28"), not counting something ("Premier League
/// 10 goals"). One word, when the number closes the phrase ("Destiny 2:", "Rage 2,"; not
/// "Type 1 diabetes") and the word is no part of a document ("Figure 2.").
fn before_number(tokens: &[Token], k: usize) -> Option<String> {
    let number = &tokens[k];
    // "Velmair Flight 8501", "Route 163": a flight's or a road's number of up to four digits
    // is part of its name.
    let numbered_noun = k > 0 && tokens[k - 1].capitalised() && ["flight", "route", "highway", "interstate"].contains(&tokens[k - 1].key.as_str());
    // "the Salomon QST 118, 192 cm": a model's number of three digits closing a name of two
    // words or more is part of it (see `model_number`).
    let digits = number.text.chars().all(|c| c.is_ascii_digit())
        && (number.text.len() <= 2 || is_year(&number.text) || (numbered_noun && number.text.len() <= 4) || model_number(tokens, k));
    // "Belmark 31,250": a figure grouped in thousands numbers no name.
    if !digits || !number.joined || k == 0 || thousands_after(tokens, k) {
        return None;
    }
    // "10 goals", or a column of figures ("Herbert Dürr 63 16.6%").
    let counted = tokens.get(k + 1).is_some_and(|n| {
        n.joined
            && n.node == number.node
            && ((n.text.chars().all(char::is_lowercase) && n.key.ends_with('s')) || n.text.starts_with(|c: char| c.is_ascii_digit()))
    });
    // "Amsterdam Light Festival 29 November 2018": the day of a date.
    let day = tokens.get(k + 1).is_some_and(|n| n.joined && words::is_month(&n.key));
    if day {
        return None;
    }
    let mut j = k;
    while j > 0 && tokens[j - 1].capitalised() && tokens[j - 1].node == number.node && tokens[j].joined && !tokens[j - 1].possessive {
        j -= 1;
    }
    let name = &tokens[j..k];
    if score(tokens, j, k) {
        return None;
    }
    let date = name.last().is_some_and(|t| words::is_calendar(&t.key));
    let closes = tokens.get(k + 1).is_none_or(|n| !n.joined || n.node != number.node);
    let single = matches!(name, [t] if closes && !t.sentence_start && !words::is_document_part(&t.key));
    // "Ryan S. Hollman 31, of Hope": an initial between names makes a person, the number an age.
    let initialled = name.len() >= 3 && name[1..name.len() - 1].iter().any(|t| is_initials(&t.key));
    ((name.len() >= 2 || single) && !counted && !date && !initialled).then(|| name.iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" "))
}

/// Whether the number of three digits at `k` closes its phrase after two capitalised words
/// of its text node or more ("Icelantic Nomad 115, 191 cm"; not "Belmark Ltd 118 tonnes",
/// a quantity, nor "Norwood 118", an address's or a count's number after one word).
fn model_number(tokens: &[Token], k: usize) -> bool {
    let number = &tokens[k];
    let named = |p: usize| tokens[p].capitalised() && tokens[p].node == number.node && tokens[p + 1].joined && !tokens[p].possessive;
    let closes = tokens.get(k + 1).is_none_or(|n| !n.joined || n.node != number.node);
    number.text.len() == 3 && k >= 2 && named(k - 1) && named(k - 2) && closes
}

/// Whether the number at `k` after the name at `j..k` is a score of a result given as two
/// names and their numbers ("Hurricanes 4, Blackhawks 2:"): no part of the name.
fn score(tokens: &[Token], j: usize, k: usize) -> bool {
    let small = |t: &Token| t.text.len() <= 2 && t.text.chars().all(|c| c.is_ascii_digit());
    if !tokens.get(k).is_some_and(|t| t.joined && small(t)) {
        return false;
    }
    let same = |t: &Token| t.node == tokens[k].node;
    // A pair, no list of numbered titles ("Rage 2, Red Dead Redemption 2, Rise of…"): no
    // comma before the first name nor after the second number.
    let comma_after = tokens.get(k + 1).is_some_and(|t| same(t) && t.comma_before);
    // A result opens its sentence ("Hurricanes 4, Blackhawks 2:"; not "They include Destiny
    // 2, Rage 2: Remastered").
    let opens = |number: usize| {
        let mut q = number;
        while q > 0 && same(&tokens[q - 1]) && tokens[q - 1].capitalised() && tokens[q].joined {
            q -= 1;
        }
        q < number && tokens[q].sentence_start
    };
    // The second of the pair: after the first's number and a comma.
    let second = j > 0 && tokens[j].comma_before && small(&tokens[j - 1]) && same(&tokens[j - 1]) && !comma_after && opens(j - 1);
    // The first: a comma, a name and a number follow.
    let mut m = k + 1;
    while tokens.get(m).is_some_and(|t| same(t) && t.capitalised() && (m == k + 1 || t.joined)) {
        m += 1;
    }
    let ends = |m: usize| tokens.get(m + 1).is_none_or(|t| !same(t) || !t.comma_before);
    let first = tokens[j].sentence_start && m > k + 1 && comma_after && tokens.get(m).is_some_and(|t| same(t) && t.joined && small(t)) && ends(m);
    second || first
}

/// The names met with a number in running prose ("30fps in Red Dead Redemption 2."), not only
/// in rows of data ("Herbert Dürr 63", a line to itself): their number is a sequel's or a
/// series' ("Interstate Highway 5"), part of the name wherever it follows.
fn numbered_names(tokens: &[Token]) -> HashSet<String> {
    let node_edge = |a: Option<&Token>, b: &Token| a.is_none_or(|a| a.node != b.node);
    // A word met without the number is a name of its own ("Firefox" of "Firefox 85"): a
    // version, not a title of one word and its number ("Destiny 2").
    let before_digits = |t: &Token, n: Option<&Token>| n.is_some_and(|n| n.joined && n.node == t.node && n.text.starts_with(|c: char| c.is_ascii_digit()));
    let alone: HashSet<&str> = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| t.capitalised() && !before_digits(t, tokens.get(i + 1)))
        .map(|(_, t)| t.key.as_str())
        .collect();
    let numbered: Vec<(usize, String)> = (0..tokens.len()).filter_map(|k| Some((k, before_number(tokens, k)?))).collect();
    // "Farming Simulator 2019": a year is the title's only where the name never stands
    // without a number ("Tomb Raider 2013" beside "Rise of the Tomb Raider" is none).
    let with_year = numbered.iter().filter(|(k, _)| is_year(&tokens[*k].text)).map(|(_, name)| name.as_str());
    let unnumbered = met_without_number(tokens, with_year, before_digits);
    numbered
        .iter()
        .filter(|(k, name)| {
            let words = name.split(' ').count();
            // (A link's text inside a sentence is no row: "2034 & 2052 [Blizzard Rustler 11](…),
            // 188 cm" names the ski; a row opens its line.)
            let row = node_edge((k - words).checked_sub(1).map(|p| &tokens[p]), &tokens[*k])
                && node_edge(tokens.get(k + 1), &tokens[*k])
                && tokens[k - words].sentence_start;
            let version = words == 1 && alone.contains(name.as_str());
            let dated = is_year(&tokens[*k].text) && unnumbered.contains(name.as_str());
            !row && !version && !dated
        })
        .map(|(_, name)| name.clone())
        .collect()
}

/// Which of `names` (keys joined by spaces) stand somewhere in `tokens` with no number after
/// them, capitalised (the words in lowercase are no name: "Quorra Target 2030" beside "the
/// Quorra target date funds"); one pass over the tokens, trying only the names that begin
/// with the word met.
fn met_without_number<'a>(
    tokens: &[Token],
    names: impl Iterator<Item = &'a str>,
    before_digits: impl Fn(&Token, Option<&Token>) -> bool,
) -> HashSet<&'a str> {
    let mut by_first: HashMap<&str, Vec<(&'a str, Vec<&'a str>)>> = HashMap::new();
    for name in names.collect::<HashSet<_>>() {
        let keys: Vec<&str> = name.split(' ').collect();
        by_first.entry(keys[0]).or_default().push((name, keys));
    }
    let mut met = HashSet::new();
    if by_first.is_empty() {
        return met;
    }
    for s in 0..tokens.len() {
        let Some(candidates) = by_first.get(tokens[s].key.as_str()) else { continue };
        for (name, keys) in candidates {
            let end = s + keys.len();
            let here = tokens.get(s..end).is_some_and(|run| run.iter().zip(keys).all(|(t, k)| t.key == *k && t.capitalised()));
            if here && !before_digits(&tokens[end - 1], tokens.get(end)) {
                met.insert(*name);
            }
        }
    }
    met
}

/// A year of the last two centuries, as a title's number may be ("Football Manager 2020").
fn is_year(text: &str) -> bool {
    text.len() == 4 && (text.starts_with("19") || text.starts_with("20")) && text.chars().all(|c| c.is_ascii_digit())
}

/// Whether the name at `start` follows the one at `prev_start..prev_end` in a list: after a
/// comma or an "and" or "&" ("Werner Heisenberg, Max Born, and Pascual Jordan"), or in parallel
/// phrases after a comma ("the art of Pablo Picasso, the fashions of Coco Chanel").
fn listed(tokens: &[Token], prev_start: usize, prev_end: usize, start: usize) -> bool {
    let gap = &tokens[prev_end..start];
    let node = tokens[start].node;
    // A row of a table set in plain text: names in cells with only figures between them
    // ("Herbert Dürr   63  16.6%  Jürgen Schmidt").
    let figure = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_digit()) && t.cell;
    if tokens[start].cell && !gap.is_empty() && gap.iter().all(figure) && tokens[prev_start].node == node {
        return true;
    }
    if tokens[start].sentence_start || tokens[prev_end.min(start)].node != node || gap.iter().any(|t| t.sentence_start) {
        return false;
    }
    let lower = |t: &Token| t.text.chars().all(char::is_lowercase);
    // A comma, no other mark: not "Ashraf Shazly/Agence France-Presse", "Pale Man (Stephen
    // McHattie)" nor a dash.
    let after_comma = |k: usize| tokens[k].comma_before;
    match gap {
        [] => after_comma(start),
        [and] => ["and", "or", "&"].contains(&and.key.as_str()),
        [_, .., last] => {
            let opener = prev_start.checked_sub(1).map(|k| &tokens[k]);
            // The same word opens both phrases ("of … of"), the first after a comma.
            after_comma(prev_end)
                && gap.len() <= 6
                && gap.iter().all(lower)
                && tokens[start].joined
                && opener.is_some_and(|o| o.key == last.key && lower(o) && tokens[prev_start].joined)
        }
    }
}

/// Whether the name `start..end` is a picture's credit, "Credit Hiroko Masuike/The New York
/// Times": after the word "Credit" and glued by one mark to the agency, the photographer.
fn photo_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let (Some(credit), Some(last), Some(agency)) = (start.checked_sub(1).map(|k| &tokens[k]), tokens.get(end - 1), tokens.get(end)) else {
        return false;
    };
    let glued = agency.node == last.node && !agency.joined && agency.start == last.start + last.text.len() + 1;
    credit.key == "credit" && credit.node == last.node && end - start >= 2 && glued && agency.capitalised()
}

/// Whether "of" an institution follows the name ending before `end` ("a paper by Philippe
/// Jay of the Institute for Functional Genomics", "Ada Quell of Velmora Business School"),
/// or "of" a village or a town named before its noun ("Tomas Vell of Orrin village"): a
/// person's affiliation or home.
fn affiliated(tokens: &[Token], end: usize) -> bool {
    let Some(of) = tokens.get(end).filter(|t| t.key == "of" && t.joined && t.node == tokens[end - 1].node) else {
        return false;
    };
    let from = if tokens.get(end + 1).is_some_and(|t| t.key == "the" && t.joined) { end + 2 } else { end + 1 };
    let rest = &tokens[from.min(tokens.len())..];
    let name: Vec<&Token> = rest.iter().take_while(|t| t.joined && t.node == of.node && t.capitalised()).take(4).collect();
    let home = rest.get(name.len()).is_some_and(|t| t.joined && t.node == of.node && SETTLEMENTS.contains(&t.text.as_str()));
    (!name.is_empty() && home) || name.iter().any(|t| words::is_non_person(&t.key))
}

/// Lowercase nouns of a settlement after its name ("of Orrin village").
const SETTLEMENTS: &[&str] = &["village", "town", "hamlet", "township"];

/// Whether the name `start..end`, three words at most, stands in brackets right after a
/// noun of a person ("a young woman (Ada Quell)", "a former soldier (Quell)"), or a name of
/// two words or more after a given name ("Anna (Ada Quell)"): the person the noun
/// describes, or who plays the part.
fn cast_in_brackets(tokens: &[Token], start: usize, end: usize) -> bool {
    let t = &tokens[start];
    let Some(b) = start.checked_sub(1).map(|b| &tokens[b]).filter(|b| b.node == t.node) else {
        return false;
    };
    let noun = b.text.chars().all(char::is_lowercase) && (words::is_role(&b.key) || PERSON_NOUNS.contains(&b.key.as_str()) || KIN.contains(&b.key.as_str()));
    let part = end - start >= 2 && b.capitalised() && words::is_census_given_name(&b.key);
    t.bracket_before && end - start <= 3 && (noun || part)
}

/// Whether a noun of a person stands right before the name ("this guy Mehcad", "the nurse
/// Ada Quell"), or a relative's and "of" ("the uncle of Red Fawn Fallis").
fn person_noun_before(tokens: &[Token], start: usize) -> bool {
    let t = &tokens[start];
    let word = |k: usize| tokens.get(k).filter(|b| b.node == t.node && b.text.chars().all(char::is_lowercase));
    let noun = start > 0 && t.joined && word(start - 1).is_some_and(|b| PERSON_NOUNS.contains(&b.key.as_str()));
    let kin_of = start > 1 && t.joined && word(start - 1).is_some_and(|b| b.key == "of" && b.joined) && word(start - 2).is_some_and(|b| KIN.contains(&b.key.as_str()));
    noun || kin_of
}

/// Nouns of a person that no role's ending shows, besides kin ([`KIN`]).
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "man", "woman", "girl", "boy", "kid", "child", "mom", "mum", "dad", "patient", "client", "rookie", "enemy", "guy",
    "teen", "teenager", "socialite", "victim", "lover", "neighbor", "neighbour", "stranger", "hero", "heroine",
    "villain", "nurse", "cop", "agent", "detective",
];

/// Verbs of a cast before the player's name ("the comedy stars Ada Quell as…").
const CASTING: &[&str] = &["stars", "starring", "co-stars", "co-starring"];

/// Whether the possessive at `k` owns a work or a doctrine ("Bram Stoker’s last published
/// work", "Nauman’s 1968 work", "Ayn Rand’s brutal, irrational and primitive philosophy"):
/// its author, a person. Adjectives may stand between, after commas too.
fn author_of_work(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    // "Ada Quell’s “Far Shore”": a title quoted right after the owner is a work too.
    let quoted_title = tokens.get(k + 1).is_some_and(|n| n.node == t.node && n.quote_before == Some('“') && n.capitalised());
    t.possessive
        && (quoted_title
            || tokens[k + 1..]
                .iter()
                .take(5)
                .take_while(|n| n.node == t.node && !n.capitalised() && !n.sentence_start)
                .any(|n| titles::is_work_noun(&n.key) || words::is_doctrine_noun(&n.key)))
}

/// Whether the name `start..end`, two words or more opening with a common given name, stands
/// between an article and "song" or "album" ("the Howard Jones song"): a singer, though a
/// name so used is most often a firm's ("the D.A. Davidson brokerage"). So does a given name
/// of the census list before a work of art ("a Damien Hirst painting", "the Ada Quill novel").
fn singer_of_song(tokens: &[Token], start: usize, end: usize) -> bool {
    let article = start > 0 && ["the", "a"].contains(&tokens[start - 1].key.as_str()) && tokens[start].joined;
    let noun = |list: &[&str]| tokens.get(end).is_some_and(|t| t.joined && list.contains(&t.text.as_str()));
    let given = words::is_given_name(&tokens[start].key);
    let census = given || words::is_census_given_name(&tokens[start].key);
    let art = ["painting", "portrait", "sculpture", "drawing", "print", "photograph", "novel", "film", "movie"];
    end - start >= 2 && article && ((given && noun(&["song", "album"])) || (census && noun(&art)))
}

/// Whether the next sentence of the paragraph opens with a personal pronoun ("Ayla Okonjo
/// issued a plea. She asked…"), or, when the name opened the paragraph's last sentence, the
/// next paragraph is a quotation the pronoun says ("“…,” she said"): said of the name.
fn pronoun_follows(tokens: &[Token], end: usize) -> bool {
    let Some(node) = tokens.get(end.saturating_sub(1)).map(|t| t.node) else {
        return false;
    };
    let pronoun = |t: &Token| ["he", "she"].contains(&t.key.as_str());
    let rest = &tokens[end..];
    let here = rest.iter().take_while(|t| t.node == node).count();
    // "Nelson won it when he fired": the subject of a clause of time or cause, in the same
    // sentence.
    let sentence = rest[..here].iter().position(|t| t.sentence_start).unwrap_or(here);
    let subordinate = |w: &[Token]| ["when", "after", "before", "because", "until", "while"].contains(&w[0].key.as_str()) && w[1].joined && pronoun(&w[1]);
    if rest[..sentence].windows(2).any(subordinate) {
        return true;
    }
    if let Some(next) = rest[..here].iter().find(|t| t.sentence_start) {
        return pronoun(next);
    }
    // The next paragraph's first attribution ("she said").
    let next = &rest[here..];
    let paragraph = next.iter().take_while(|t| next.first().is_some_and(|f| f.node == t.node)).count();
    let opens_quoted = next.first().is_some_and(|t| t.quote_before == Some('“'));
    opens_quoted
        && next[..paragraph]
            .windows(2)
            .find(|w| w[1].joined && words::is_speech_verb(&w[1].key) && w[0].text.chars().all(char::is_lowercase))
            .is_some_and(|w| pronoun(&w[0]))
}

/// Whether "and its" follows the name ending before `end`, in the same sentence and no
/// possessive between ("Velmora Quist and its lenses"): "its" takes up the name itself, a
/// firm's or a thing's.
fn and_its_follows(tokens: &[Token], end: usize) -> bool {
    let (Some(last), Some(and), Some(its)) = (tokens.get(end.wrapping_sub(1)), tokens.get(end), tokens.get(end + 1)) else {
        return false;
    };
    let joined = |t: &Token| t.joined && t.node == last.node;
    !last.possessive && and.key == "and" && joined(and) && its.key == "its" && joined(its)
}

/// Whether ", who" follows the name ending before `end` ("Ada Quill, who was 17,"): a
/// relative pronoun of persons.
fn who_follows(tokens: &[Token], end: usize) -> bool {
    let (Some(last), Some(who)) = (tokens.get(end.wrapping_sub(1)), tokens.get(end)) else {
        return false;
    };
    // (The name may close a link: "[the killing of Ada Quill](…), who".)
    who.key == "who" && who.comma_before && !last.possessive
}

/// Whether the words right after the name ending before `end` say it is a person's, though
/// no list knows its given name: "whose" with no comma ("bowled Tora Quist whose duck…"), "and
/// his" or "and her" ("about Tora Quist and her father"), a verb in the past and "his" or
/// "her", after a dash too ("Tora Quist – completed his debut"), a verb, "that" and "he" or
/// "she", or a possessive before a relative ("Tora Quist’s wife"). A firm's or a place's are
/// "its".
fn acts_as_person(tokens: &[Token], end: usize) -> bool {
    let Some(last) = end.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let lower = |k: usize| tokens.get(k).filter(|t| t.node == last.node && t.text.chars().all(char::is_lowercase));
    let joined = |k: usize| lower(k).filter(|t| t.joined);
    let pronoun = |k: usize| joined(k).is_some_and(|t| ["his", "her"].contains(&t.key.as_str()));
    if last.possessive {
        return joined(end).is_some_and(|t| KIN.contains(&t.key.as_str()));
    }
    let whose = joined(end).is_some_and(|t| t.key == "whose");
    let and_pronoun = joined(end).is_some_and(|t| t.key == "and") && pronoun(end + 1);
    let verb = |t: &Token| {
        let regular = t.key.len() > 4 && t.key.ends_with("ed");
        (regular || words::is_irregular_past(&t.key)) && !words::is_publishing_verb(&t.key)
    };
    let acted = lower(end).is_some_and(|t| (t.joined || t.dash_before) && !t.comma_before && verb(t)) && pronoun(end + 1);
    // "Tora Quist denies that he took…": a verb, "that" and "he" or "she" taking up the
    // subject (a firm "says that it…").
    let finite = |t: &Token| verb(t) || (t.key.len() > 3 && t.key.ends_with('s') && !t.key.ends_with("ss"));
    let of_self = joined(end).is_some_and(|t| !t.comma_before && finite(t))
        && joined(end + 1).is_some_and(|t| t.key == "that")
        && joined(end + 2).is_some_and(|t| ["he", "she"].contains(&t.key.as_str()));
    whose || and_pronoun || acted || of_self
}

/// Marks the forms listed beside a name opening with a given name ("Kate Hudson, Brent
/// Rose"), and those opening with a census given name listed beside a name ("Werner
/// Heisenberg, Max Born, and Pascual Jordan").
fn mark_person_lists(forms: &mut [Form], index: &HashMap<String, usize>, alone: &HashSet<String>, casing: &HashMap<&str, Casing>) {
    let census = |f: &Form| {
        f.keys.len() > 1 && words::is_census_given_name(&f.keys[0]) && !is_common(&f.keys[0], casing)
    };
    // A neighbour whose given name, or title of address ("Senator Ada Quill and Bo Vell"), says
    // it is a person: other evidence may mislead a whole list ("Killer Instinct and Super
    // Lucky’s Tale").
    let vouching = |k: &str| words::is_given_name(k) || words::is_honorific(k);
    let person: Vec<bool> = forms
        .iter()
        .map(|f| f.keys.len() > 1 && (census(f) || (vouching(&f.keys[0]) && looks_personal(f, index, alone, casing))))
        .collect();
    // Not beside a place or a body ("Jackson Heights, New Brighton").
    let name_like = |m: &Form| m.keys.len() > 1 && !words::is_place_prefix(&m.keys[0]) && !m.keys.iter().any(|k| words::is_non_person(k));
    let neighbours = |f: &Form| f.listed_with.iter().filter_map(|k| index.get(k)).copied().collect::<Vec<usize>>();
    let mut marks: Vec<bool> = forms
        .iter()
        .map(|f| f.keys.len() > 1 && neighbours(f).iter().any(|&m| person[m] || (census(f) && name_like(&forms[m]))))
        .collect();
    // "with Zawe Quorran, Tan Velle, and Sophie Marsh": a list its given name vouches for
    // goes on vouching, neighbour by neighbour, for the names of two words shaped as a
    // person's (Tan Velle's neighbour Zawe Quorran too).
    let shaped = |f: &Form| {
        f.keys.len() == 2 && name_like(f) && f.words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
    };
    // (Each shaped name is reached from its neighbours once: the list is walked, not rescanned.)
    let mut vouched_by: Vec<Vec<usize>> = vec![Vec::new(); forms.len()];
    for n in (0..forms.len()).filter(|&n| !marks[n] && shaped(&forms[n])) {
        neighbours(&forms[n]).into_iter().for_each(|m| vouched_by[m].push(n));
    }
    let mut walk: Vec<usize> = (0..forms.len()).filter(|&m| marks[m] && shaped(&forms[m])).collect();
    while let Some(m) = walk.pop() {
        for &n in &vouched_by[m] {
            if !marks[n] {
                marks[n] = true;
                walk.push(n);
            }
        }
    }
    for (f, mark) in forms.iter_mut().zip(marks) {
        f.in_person_list = mark;
    }
}

/// The names a column (or a list) holds at least for most of them to vouch for the rest.
const MIN_PERSON_COLUMN: usize = 3;

/// A name is a name wherever it stands: the full names filling cells of a table's column
/// where a person's name stands too are persons ("Denny Hamlin", "Andy Seuss" in the column
/// of "Ryan Blaney", whose surname the text gives alone: "Blaney said"). A given name alone
/// is too weak to vouch for a column ("Joe Gibbs Racing"), but most of a column's names
/// looking personal vouch for the rest (a list of singers "1. Rob Halford", "8. Ozzy
/// Osbourne", whose given names no list knows).
fn mark_person_columns(forms: &mut [Form], index: &HashMap<String, usize>, alone: &HashSet<String>, casing: &HashMap<&str, Casing>) {
    let surname_alone = |f: &Form| f.keys.last().is_some_and(|k| alone.contains(k));
    let mut person_columns: HashSet<(usize, usize)> = HashSet::new();
    // Each column's names of two words or more, and how many of them look personal.
    let mut tally: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for f in forms.iter().filter(|f| f.keys.len() > 1 && !f.columns.is_empty()) {
        let personal = looks_personal(f, index, alone, casing);
        if personal && surname_alone(f) {
            person_columns.extend(f.columns.iter().copied());
        }
        for c in &f.columns {
            let (names, persons) = tally.entry(*c).or_default();
            *names += 1;
            *persons += usize::from(personal);
        }
    }
    person_columns.extend(tally.into_iter().filter(|(_, (names, persons))| *names >= MIN_PERSON_COLUMN && persons * 2 > *names).map(|(c, _)| c));
    for f in forms.iter_mut().filter(|f| f.keys.len() > 1) {
        f.in_person_list |= f.columns.iter().any(|c| person_columns.contains(c));
    }
}

/// Splits a run of two names side by side ("Google Stadia Red Dead Redemption 2"), each of
/// two words or more (or one of them an acronym), and met elsewhere on its own: its
/// occurrences count for both.
/// Interjections that open a reply or an exclamation before a comma or a stop ("Oh, God",
/// "Sorry, Ada!"); "Oh" is a family name too, before a given name ("Oh Se-ra").
const INTERJECTIONS: &[&str] = &["oh", "ah", "wow", "sorry", "okay", "ok", "hey", "alas", "yes", "yeah", "nope", "ouch", "oops", "hmm", "um"];

/// Whether the word at `k` is an adverb of place or direction a verb takes after its object
/// ("lured Quist forward", "pushed Quist aside"): no noun the name before it qualifies. Not a
/// role before a name ("Velmora forward Tora Quist").
fn adverb_of_place(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| ["forward", "forwards", "away", "aside"].contains(&t.key.as_str()))
        && !tokens.get(k + 1).is_some_and(|t| t.joined && t.capitalised())
}

/// Lowercase roles that name their field before them ("a Russia adviser", "Asia editor").
const FIELD_ROLES: &[&str] = &["adviser", "advisor", "expert", "envoy", "specialist", "analyst", "correspondent", "editor", "official"];

fn split_run_ons(forms: &mut Vec<Form>) {
    let index: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    // The surnames of the full names a common given name opens ("Tora Quist"): "the Quist
    // White House" is that person's and a body's name side by side.
    let surnames: HashSet<&str> = forms
        .iter()
        .filter(|f| f.keys.len() >= 2 && words::is_given_name(&f.keys[0]))
        .filter_map(|f| f.keys.last().map(String::as_str))
        .filter(|k| !words::is_given_name(k))
        .collect();
    let splits: Vec<(usize, usize, usize)> = forms
        .iter()
        .enumerate()
        .filter(|(_, f)| f.named_work == 0)
        .filter_map(|(n, f)| {
            // "CBP McAllen", "New Zealand OECD": one word will do when it is an acronym.
            let acronym = |words: &[String]| matches!(words, [w] if w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
            // "GiveWell Incubation Grant": so will a brand written with a capital inside before
            // a name of two words.
            let brand = |words: &[String]| matches!(words, [w] if w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase));
            // Not a firm's legal form after its one-word name ("Arduino LLC", "Arduino SRL").
            // "the White House Russia adviser": a one-word field before a role of that field.
            let field = |k: usize| k >= 2 && k + 1 == f.keys.len() && f.before_field_role == f.count;
            let surname = |k: usize| k == 1 && f.keys.len() >= 3 && surnames.contains(f.keys[0].as_str());
            let parts = |k: usize| {
                (k >= 2 && (f.keys.len() - k >= 2 || acronym(&f.words[k..]))) || acronym(&f.words[..k]) || (brand(&f.words[..k]) && f.keys.len() - k >= 2) || field(k) || surname(k)
            };
            // "PrivatBank Ukraine": such a brand before a one-word name will do when that name
            // is a place's, met after "in" ("in Ukraine"), and neither is a given name
            // ("LeBron James").
            let given = |k: &String| words::is_given_name(k) || words::is_census_given_name(k);
            let brand_before_name = |k: usize| brand(&f.words[..k]) && f.keys.len() - k == 1 && !f.keys.iter().any(given);
            let joined = (1..f.keys.len()).filter(|&k| parts(k) || brand_before_name(k)).find_map(|k| {
                let head = index.get(&f.keys[..k].join(" "))?;
                // (A field need not be a name met elsewhere: the name before it is kept.)
                let tail = index.get(&f.keys[k..].join(" ")).or(Some(head).filter(|_| field(k)))?;
                let place = forms[*tail].located > 0;
                (parts(k) || place).then_some((n, *head, *tail))
            });
            // "the Army Corps of Engineers and North Dakota": "and" between two names each met
            // alone elsewhere joins two names, not the parts of one.
            joined.or_else(|| {
                let k = f.keys.iter().position(|k| k == "and").filter(|&k| k > 0 && k + 1 < f.keys.len())?;
                let head = index.get(&f.keys[..k].join(" "))?;
                let tail = index.get(&f.keys[k + 1..].join(" "))?;
                Some((n, *head, *tail))
            })
        })
        .collect();
    for &(n, head, tail) in &splits {
        let (count, mid) = (forms[n].count, forms[n].mid_sentence);
        let parts = if head == tail { vec![head] } else { vec![head, tail] };
        for part in parts {
            forms[part].count += count;
            forms[part].mid_sentence += mid;
        }
    }
    // "envoy to Ukraine Kurt Volker": a one-word name met alone, no given name itself,
    // before a given name that opens a full name, is a name of its own; the rest is the
    // person's.
    for n in 0..forms.len() {
        let f = &forms[n];
        let head = index.get(&f.keys[0]).copied().filter(|_| f.keys.len() >= 3 && f.named_work == 0);
        let given = |k: &str| words::is_given_name(k) || words::is_census_given_name(k);
        // "ambassador to Britain Liu Xiaming": a family name and a romanised given name open
        // a name in its own order.
        let family_first = || f.keys.len() == 3 && words::is_east_asian_family(&f.keys[1]) && words::is_romanised_given(&f.words[2]);
        let opens_name = || given(&f.keys[1]) || family_first();
        let Some(head) = head.filter(|_| !given(&f.keys[0]) && opens_name() && !index.contains_key(&f.keys[1..].join(" "))) else {
            continue;
        };
        let (count, mid) = (f.count, f.mid_sentence);
        forms[head].count += count;
        forms[head].mid_sentence += mid;
        forms[n].keys.remove(0);
        forms[n].words.remove(0);
    }
    // "the International Monetary Fund and World Bank": a body's name met alone elsewhere,
    // "and", and words ending in a body's noun are two bodies; the occurrence is the first's,
    // and the form the second's.
    for n in 0..forms.len() {
        let f = &forms[n];
        let body = |k: &String| words::is_non_person(k);
        let Some(k) = f.keys.iter().position(|k| k == "and").filter(|&k| k > 1 && k + 2 < f.keys.len() && f.named_work == 0) else {
            continue;
        };
        let Some(&head) = index.get(&f.keys[..k].join(" ")).filter(|_| body(&f.keys[k - 1]) && f.keys.last().is_some_and(body)) else {
            continue;
        };
        let (count, mid) = (f.count, f.mid_sentence);
        forms[head].count += count;
        forms[head].mid_sentence += mid;
        forms[n].keys.drain(..=k);
        forms[n].words.drain(..=k);
    }
    let mut gone: HashSet<usize> = splits.iter().map(|s| s.0).collect();
    // "a Margaret Hamilton Lego minifigure" beside "Margaret Hamilton": a person's full name
    // met elsewhere, then one word never met alone before a lowercase noun, is the person's
    // name used as a modifier of a brand's noun; the occurrence is the person's.
    for n in 0..forms.len() {
        let f = &forms[n];
        let Some((last, head)) = f.keys.split_last().filter(|_| f.keys.len() >= 3 && f.named_work == 0) else {
            continue;
        };
        let given = words::is_given_name(&f.keys[0]) || words::is_census_given_name(&f.keys[0]);
        let plain_last = !index.contains_key(last) && !words::is_non_person(last) && !words::is_honorific(last) && !words::is_name_suffix(last);
        let Some(&person) = index.get(&head.join(" ")).filter(|_| given && plain_last && f.attributive == f.count) else {
            continue;
        };
        let (count, mid) = (f.count, f.mid_sentence);
        forms[person].count += count;
        forms[person].mid_sentence += mid;
        gone.insert(n);
    }
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// "Michael J. Shapiro Born February 16, 1940", "Ada Lind Full name": a person's name met
/// elsewhere, then a word the text writes in lowercase (no title, institution or suffix), is
/// the name before the label of an infobox or a table run on; the occurrence is the person's.
fn cut_trailing_labels(forms: &mut Vec<Form>, casing: &HashMap<&str, Casing>) {
    let mut index: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    let label = |k: &String| {
        is_common(k, casing) && !words::is_honorific(k) && !words::is_role_noun(k) && !words::is_non_person(k) && !words::is_name_suffix(k)
    };
    let given = |k: &String| words::is_given_name(k) || words::is_census_given_name(k);
    let labelled: Vec<usize> = (0..forms.len())
        .filter(|&n| {
            let f = &forms[n];
            f.keys.len() >= 3 && f.named_work == 0 && f.quoted == 0 && given(&f.keys[0]) && f.keys.last().is_some_and(label)
        })
        .collect();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for n in labelled {
        let head = forms[n].keys[..forms[n].keys.len() - 1].join(" ");
        if let Some(&name) = index.get(&head) {
            cuts.push((n, name));
        } else if forms[n].attributive == forms[n].count && words::is_given_name(&forms[n].keys[0]) && forms[n].words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
            // "Ada Lind Full name": the label goes on in lowercase; the name is met only here
            // (a plain name of a common given name: not "Olive & Herb Focaccia bread").
            forms[n].keys.pop();
            forms[n].words.pop();
            forms[n].attributive = 0;
            index.insert(head, n);
        }
    }
    for &(n, name) in &cuts {
        let (count, mid) = (forms[n].count, forms[n].mid_sentence);
        forms[name].count += count;
        forms[name].mid_sentence += mid;
    }
    let gone: HashSet<usize> = cuts.iter().map(|c| c.0).collect();
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// Cuts a word that only ever opens a sentence off the name after it, when the text gives
/// that name elsewhere ("Enter South Dakota", "Hey Twitter" beside "South Dakota" and
/// "Twitter"): a verb or an interjection the text never capitalises inside a sentence, not a
/// given name, a title or the first word of a place, nor one described by a role after the
/// name. Its occurrences count for the name.
fn cut_sentence_openers(forms: &mut Vec<Form>, casing: &HashMap<&str, Casing>) {
    // The name given elsewhere, more than once (not "North" of "Palmerston North").
    let index: HashMap<String, usize> =
        forms.iter().enumerate().filter(|(_, f)| f.count > 1).map(|(n, f)| (f.keys.join(" "), n)).collect();
    let cuts: Vec<(usize, usize)> = forms
        .iter()
        .enumerate()
        // Not a given name a role describes ("Gwynne Shotwell, president of SpaceX").
        .filter(|(_, f)| f.keys.len() > 1 && f.opening == f.count && f.named_work == 0 && f.quoted == 0 && !f.past_verb)
        .filter(|(_, f)| {
            let k = f.keys[0].as_str();
            casing.get(k).is_none_or(|c| c.capital == 0)
                && !words::is_given_name(k)
                && !words::is_census_given_name(k)
                && !words::is_honorific(k)
                && !words::is_place_prefix(k)
                && !words::is_non_person(k)
        })
        .filter_map(|(n, f)| Some((n, *index.get(&f.keys[1..].join(" "))?)))
        .collect();
    // "Brock Nelson's second goal" beside "Nelson won it when he fired": before a surname
    // alone that a pronoun, a role or a verb of saying shows a person's, the word is a given
    // name, and the full name is that person's (not a verb's "-ing": "Hosting Cook at…").
    let person = |name: usize| forms[name].referred_to || forms[name].personal_context;
    // Nor an adverb ("Afterwards Penny tells the children…").
    let adverb = |k: &str| k.ends_with("wards") || words::is_adverb(k);
    let given_shaped = |n: usize| forms[n].keys.len() == 2 && !forms[n].keys[0].ends_with("ing") && !adverb(&forms[n].keys[0]);
    let given_name = |&(n, name): &(usize, usize)| given_shaped(n) && forms[name].keys.len() == 1 && person(name);
    let given: Vec<usize> = cuts.iter().filter(|c| given_name(c)).map(|c| c.0).collect();
    let cuts: Vec<(usize, usize)> = cuts.into_iter().filter(|c| !given_name(c)).collect();
    for n in given {
        forms[n].referred_to = true;
    }
    for &(n, name) in &cuts {
        forms[name].count += forms[n].count;
    }
    let gone: HashSet<usize> = cuts.iter().map(|c| c.0).collect();
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// Cuts a role that only ever opens a sentence off the name after it ("Developer Valve
/// called it…", "Publisher Ada Brenner said", "Filmmakers Ada Vell and…"): an agent noun of
/// the closed list of roles or its plural (one
/// guessed from its ending may be a name: "Lakshiwnder Singh"; "Star Trek" is no agent's; a
/// kin word is a religious title too: "Mother Teresa") the text never capitalises inside a
/// sentence, before a name of no institution word, never quoted. Its occurrences are the
/// name's.
fn cut_opening_roles(forms: &mut Vec<Form>, casing: &HashMap<&str, Casing>) {
    let opening_role = |f: &Form| {
        let k = f.keys[0].as_str();
        f.keys.len() > 1
            && f.opening == f.count
            && f.named_work == 0
            && f.quoted == 0
            && (words::is_role_noun(k) || plural_role(k))
            && ["er", "or", "ist"].iter().any(|e| k.strip_suffix('s').filter(|_| plural_role(k)).unwrap_or(k).ends_with(e))
            && !["mother", "father", "brother", "sister", "daughter"].contains(&k)
            && !words::is_given_name(k)
            && !words::is_census_given_name(k)
            && !words::is_honorific(k)
            && casing.get(k).is_none_or(|c| c.capital == 0)
            && f.keys[1..].iter().all(|k| !words::is_non_person(k))
    };
    let cut: Vec<usize> = (0..forms.len()).filter(|&n| opening_role(&forms[n])).collect();
    let mut by_key: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    let mut gone = HashSet::new();
    for n in cut {
        let rest = forms[n].keys[1..].join(" ");
        if let Some(&name) = by_key.get(&rest) {
            let (count, mid) = (forms[n].count, forms[n].mid_sentence);
            forms[name].count += count;
            forms[name].mid_sentence += mid;
            gone.insert(n);
        } else {
            forms[n].keys.remove(0);
            forms[n].words.remove(0);
            forms[n].personal_context = true;
            by_key.insert(rest, n);
        }
    }
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// Where a person's name of a common given name and one word starts after a body's name in
/// the run `start..end` ("Ministry of Finance Brian Quist"), with no title between them.
fn body_before_person(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let k = end.checked_sub(2)?;
    let before = tokens.get(k.checked_sub(1)?)?;
    (k > start + 1
        && words::is_given_name(&tokens[k].key)
        && !words::is_non_person(&tokens[k + 1].key)
        && tokens[start..k].iter().any(|t| words::is_non_person(&t.key))
        && !words::is_honorific(&before.key)
        && !words::is_role(&before.key)
        && !words::is_given_name(&before.key)
        && !words::is_connector(&before.key)
        && before.capitalised())
    .then_some(k)
}

/// "former Velmorer Tora Quist" beside "the Velmorers": a capitalised word whose plural the
/// text names on its own (a team, a band, a party), before two names more, is a member's
/// label, no part of the person's name (not "Velmorer Airlines": a body's name; nor "European
/// Economic Community" beside "Europeans": a people's adjective).
fn cut_members(forms: &mut Vec<Form>, casing: &HashMap<&str, Casing>) {
    let plurals: HashSet<String> = forms.iter().filter(|f| f.keys.len() == 1 && f.count >= 2).map(|f| f.keys[0].clone()).collect();
    let member = |f: &Form| {
        f.keys.len() >= 3
            && f.named_work == 0
            && f.quoted == 0
            && !f.keys[0].ends_with('s')
            && plurals.contains(&format!("{}s", f.keys[0]))
            && f.words[0].chars().skip(1).all(char::is_lowercase)
            && !words::is_nationality(&f.keys[0])
            && !words::is_adjectival(&f.keys[0])
            && f.keys[1..].iter().all(|k| !words::is_non_person(k) && !words::is_stop(k) && !is_common(k, casing))
    };
    let cut: Vec<usize> = (0..forms.len()).filter(|&n| member(&forms[n])).collect();
    let mut by_key: HashMap<String, usize> = forms.iter().enumerate().map(|(n, f)| (f.keys.join(" "), n)).collect();
    let mut gone = HashSet::new();
    for n in cut {
        let rest = forms[n].keys[1..].join(" ");
        if let Some(&name) = by_key.get(&rest) {
            let (count, mid) = (forms[n].count, forms[n].mid_sentence);
            forms[name].count += count;
            forms[name].mid_sentence += mid;
            forms[name].personal_context = true;
            gone.insert(n);
        } else {
            forms[n].keys.remove(0);
            forms[n].words.remove(0);
            forms[n].personal_context = true;
            by_key.insert(rest, n);
        }
    }
    let mut n = 0;
    forms.retain(|_| {
        n += 1;
        !gone.contains(&(n - 1))
    });
}

/// "Amazon is now letting…" beside "Amazon Web Services" and "Amazon Music Unlimited": a word
/// met alone only at sentence starts that opens two names or more met inside sentences is a
/// name of its own, their maker's; its sentence starts count as if inside a sentence. Not a
/// word the text writes in lowercase too ("Search" of "Search Console"), opens places with
/// ("New") or shaped as an adjective ("National").
/// "ConocoPhillips said…": nor need a word with a capital inside it after a lowercase letter,
/// a shape no common word has, be met inside a sentence, when met twice at least (a pun or a
/// hashtag at a quotation's start, "DisGrace", "#TheInterview", comes once).
fn count_makers(forms: &mut [Form], casing: &HashMap<&str, Casing>) {
    let mut opened: HashMap<String, usize> = HashMap::new();
    for f in forms.iter().filter(|f| f.keys.len() > 1 && f.mid_sentence > 0) {
        *opened.entry(f.keys[0].clone()).or_default() += 1;
    }
    for f in forms.iter_mut().filter(|f| f.keys.len() == 1 && f.mid_sentence == 0) {
        let k = f.keys[0].as_str();
        let word = words::is_place_prefix(k)
            || words::is_adjective_form(k)
            || words::is_adjectival(k)
            || words::is_nationality(k)
            || casing.get(k).is_some_and(|c| c.lower > 0);
        if (opened.get(k).is_some_and(|n| *n >= 2) && !word) || (inner_capital(&f.words[0]) && f.count >= 2) {
            f.mid_sentence = f.count;
        }
    }
}

/// Whether `word` is written with a capital first and another after a lowercase letter, of
/// letters only ("ConocoPhillips", "McAllister"; not "COVID-19", "iPhone").
fn inner_capital(word: &str) -> bool {
    let letters: Vec<char> = word.trim_end_matches("'s").trim_end_matches("’s").chars().collect();
    letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().all(|c| c.is_alphabetic())
        && letters.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}

/// The form of the words `run`, added on first sight.
fn form_of(forms: &mut Vec<Form>, by_key: &mut HashMap<String, usize>, run: &[Token]) -> usize {
    let key = run.iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ");
    let last = run.len() - 1;
    // A comma inside a name stays ("Academy of Allergy, Asthma and Immunology").
    let words = || -> Vec<String> {
        run.iter()
            .enumerate()
            .map(|(k, t)| match k {
                0 if shouted_lead(run) => title_cased(&t.text),
                k if k == last => display_word(t),
                k if run[k + 1].comma_before => format!("{},", t.text),
                // "Jesse’s [Jackson] choice": the surname an editor inserted after a given
                // name's possessive completes the name; the ending is the whole name's.
                k if run[k + 1].square_before => display_word(t),
                _ => t.text.clone(),
            })
            .collect()
    };
    let n = match by_key.get(&key) {
        Some(&n) => {
            // "HAYWARD, Calif. (AP) —" then "a station in Hayward": the name as the text
            // writes it, not as a dateline shouts it.
            if shouted(&forms[n].words) && !run.iter().any(|t| shouted(std::slice::from_ref(&t.text))) {
                forms[n].words = words();
            }
            n
        }
        None => {
            forms.push(Form { words: words(), keys: run.iter().map(|t| t.key.clone()).collect(), ..Form::default() });
            by_key.insert(key, forms.len() - 1);
            forms.len() - 1
        }
    };
    if forms[n].nodes.last() != Some(&run[0].node) {
        forms[n].nodes.push(run[0].node);
    }
    n
}

/// Restores the colon before a title's subtitle ("Star Wars: The Last Jedi"): a capitalised
/// word of the same text node after a gap that opens a sentence with no full stop in it.
fn mark_subtitles(words: &mut [String], run: &[Token]) {
    for k in 1..run.len() {
        let t = &run[k];
        let subtitle = t.node == run[k - 1].node && t.sentence_start && !t.joined && !t.stop_before && !t.comma_before && t.quote_before.is_none();
        if subtitle && !words[k - 1].ends_with(':') {
            words[k - 1].push(':');
        }
    }
}

/// The places of datelines shouted in capitals (start, end): one to three words in capitals,
/// of four letters or more in all, opening a sentence of running text before a spaced dash
/// and a capital ("NEW ORLEANS - Both", "TRENTON — Gov."); not a label of the page
/// ("UPDATE —": a word the text also writes in lowercase), nor a run of capitals going on
/// before it or after it, nor a newsletter's kicker set in bold ("**CHINA CHIPS** —").
fn shouted_datelines(tokens: &[Token], casing: &HashMap<&str, Casing>) -> Vec<(usize, usize)> {
    let capitals = |t: &Token| t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.text.chars().all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '\'');
    let mut found = Vec::new();
    for start in 0..tokens.len() {
        let first = &tokens[start];
        if !first.sentence_start || !first.running || first.headline || first.bold || !capitals(first) || start > 0 && capitals(&tokens[start - 1]) && tokens[start - 1].node == first.node {
            continue;
        }
        let Some(end) = (start + 1..tokens.len().min(start + 5)).find(|&k| !(tokens[k].joined && capitals(&tokens[k]))).filter(|&end| end - start <= 3) else {
            continue;
        };
        let Some(next) = tokens.get(end) else { continue };
        let run = &tokens[start..end];
        let letters: usize = run.iter().map(|t| t.text.chars().filter(|c| c.is_alphabetic()).count()).sum();
        let last = &run[run.len() - 1];
        let lowercase = casing.get(last.key.as_str()).is_some_and(|c| c.lower > 0);
        let plain = run.iter().all(|t| !words::is_stop(&t.key) && !words::is_calendar(&t.key));
        if next.dash_before && next.capitalised() && !capitals(next) && letters >= 4 && !lowercase && plain {
            found.push((start, end));
        }
    }
    found
}

/// Whether a name opens its sentence on a given name shouted in capitals before a word in
/// the case of a name, as a tabloid's first paragraph sets its subject ("TORA Quist has
/// hit out"): the given name is written as a name is.
fn shouted_lead(run: &[Token]) -> bool {
    let first = &run[0];
    let shouted = first.text.chars().count() >= 2 && first.text.chars().all(|c| c.is_uppercase());
    let cased = |t: &Token| t.capitalised() && t.text.chars().any(char::is_lowercase);
    let given = words::is_given_name(&first.key) || words::is_census_given_name(&first.key);
    first.sentence_start && shouted && given && run.get(1).is_some_and(cased)
}

/// A word shouted in capitals written as a name is ("WILKES-BARRE" -> "Wilkes-Barre").
fn title_cased(word: &str) -> String {
    word.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join("-")
}

/// Whether a name holds a word shouted in capitals, too long for an abbreviation
/// ("HAYWARD", "SEOUL"; not "NASA", nor a code with its number, "COVID-19").
fn shouted(words: &[String]) -> bool {
    words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 5 && w.chars().all(|c| !c.is_lowercase() && !c.is_ascii_digit()))
}

/// "West Mercia police said", "taken to Royal Shrewsbury hospital": a name always followed
/// by the same lowercase noun of a body is that body's name, the noun included (not "Hong
/// Kong", also met without "police"); so is an eponym's term of science ("Pauli matrices").
/// Not after a people's adjective, which describes the body ("South Velmorese police").
fn take_body_noun(f: &mut Form) {
    let described = f.keys.last().is_some_and(|k| words::is_nationality(k) || words::is_adjectival(k));
    if f.body_after_count != f.count || described {
        return;
    }
    if let Some(noun) = f.body_after.take() {
        f.keys.push(noun.to_lowercase());
        f.words.push(noun);
        f.attributive -= f.body_after_count;
    }
}

/// "Yersinia pestis", "Escherichia coli": a capitalised word always followed by the same
/// Latin-looking lowercase word, which the text writes nowhere but after a capitalised word
/// (its genus, abbreviated or misspelt: "T. muris"), is a genus, and the species' name is
/// both words (binomial nomenclature).
fn take_epithet(f: &mut Form, casing: &HashMap<&str, Casing>, after_capital: &HashMap<&str, usize>) {
    // "an 1865 Velmorese novella": a people's adjective is no genus.
    let adjective = |k: &String| words::is_nationality(k) || words::is_adjectival(k);
    if f.keys.len() != 1 || f.epithet_count != f.count || f.keys.iter().any(adjective) {
        return;
    }
    let Some(word) = f.epithet.take() else { return };
    let key = word.to_lowercase();
    let elsewhere = after_capital.get(key.as_str()).copied().unwrap_or_default();
    if casing.get(key.as_str()).is_some_and(|c| c.lower <= elsewhere) {
        f.keys.push(key);
        f.words.push(word);
        f.attributive = 0;
    }
}

/// English nouns of a Latin shape, no species' epithet after a name ("the Tahoe area").
#[rustfmt::skip]
const LATINATE_NOUNS: &[&str] = &[
    "area", "areas", "media", "data", "camera", "agenda", "idea", "arena", "plaza", "opera",
    "drama", "extra", "formula", "quota", "visa", "basis", "crisis", "thesis", "analysis",
    "status", "campus", "bonus", "census", "virus", "focus", "forum", "museum", "album",
    "stadium", "medium", "premium", "minimum", "maximum", "spectrum", "curriculum",
];

/// A species' epithet by its shape: a lowercase word of four letters or more with a Latin
/// ending ("pestis", "coli", "aeruginosa", "muris"; not an English plural, "plans", nor an
/// English noun so shaped, "area", nor a noun of a body or a feature a name takes after it,
/// "peninsula", which [`take_body_noun`] reads).
fn is_epithet(word: &str) -> bool {
    const ENDINGS: &[&str] = &["is", "i", "a", "us", "um", "ae", "oides"];
    word.chars().count() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !words::is_stop(word)
        && !LATINATE_NOUNS.contains(&word)
        && !words::is_body_noun(word)
        && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// "Haast's eagle" twice, "Parkinson's disease": a one-word name met only as the owner of
/// the same lowercase noun is an eponym, and the term is the name with the noun (not a
/// relative or a role: "Smith's wife").
fn take_owned_noun(f: &mut Form) {
    if f.keys.len() != 1 || f.count < 2 || f.owned_count != f.count {
        return;
    }
    if let Some(noun) = f.owned.take().filter(|n| !words::is_role(&n.to_lowercase())) {
        f.words[0].push_str("'s");
        f.keys.push(noun.to_lowercase());
        f.words.push(noun);
        f.attributive = 0;
    }
}

/// Whether the possessive before `k` owns nothing: a comma, a stop or the end of its text
/// follows, or "in", "at" or "on" ("at Christie’s in 2006"; not "Musk's and Bezos's firms"),
/// or a relative adverb or "with" that opens what is said of the place ("at Velmo’s where
/// guests met", "at Velmo’s with friends"), or a quotation closes after it ("“I loved Ada
/// Velmo’s,” he says": a brand's name).
/// A name in a link of its own in the same sentence is owned ("at Britain’s [Kendal
/// University]"), and so is a linked phrase opened by a noun or a number ("adapts Ada
/// Quill’s [2007 novel]"; not a function word: "[Christie’s] in 2006").
fn owns_nothing(tokens: &[Token], k: usize) -> bool {
    // "may protect against Parkinson's and Alzheimer's, she says": an owner before "and" and
    // another owner of nothing owns nothing either (not "Musk's and Bezos's firms").
    let paired = tokens.get(k).is_some_and(|t| t.joined && t.key == "and")
        && tokens.get(k + 1).is_some_and(|n| n.joined && n.possessive && n.capitalised())
        && owns_nothing_after(tokens, k + 2);
    paired || owns_nothing_after(tokens, k)
}

/// Whether nothing a possessive owns stands at `k` (see [`owns_nothing`]).
fn owns_nothing_after(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_none_or(|t| {
        let linked = t.node != tokens[k - 1].node && !t.sentence_start && !t.stop_before && !t.comma_before;
        let linked_name = linked && (t.capitalised() || !words::is_stop(&t.key));
        (t.node != tokens[k - 1].node && !linked_name)
            || t.comma_before
            || t.stop_before
            || (t.joined && ["in", "at", "on", "where", "when", "with"].contains(&t.key.as_str()))
            || matches!(t.quote_before, Some('”' | '’'))
    })
}

/// "at Christie’s in 2006", "acquired by St. Martin’s,": a name met only as an owner of
/// nothing is a shop's or a firm's, named with its "'s" ("McDonald's").
fn keep_stranded_owner(f: &mut Form) {
    if f.count > 0 && f.stranded == f.count {
        if let Some(last) = f.words.last_mut() {
            last.push_str("'s");
        }
    }
}

/// "our Ada Quill joined the guests": a full name of two plain words right after "our" is a
/// member of the publication's staff, a person (not "our Velmora Office", an institution's
/// word; nor "our Christmas Party", a word the text writes in lowercase too).
fn staff_member(tokens: &[Token], start: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let run = &tokens[start..end];
    let plain = |t: &Token| {
        t.capitalised() && t.text.chars().skip(1).all(char::is_lowercase) && !words::is_non_person(&t.key) && !is_common(&t.key, casing)
    };
    start > 0
        && run.len() == 2
        && run[0].joined
        && tokens[start - 1].key == "our"
        && tokens[start - 1].node == run[0].node
        && run.iter().all(plain)
        && !run[1].possessive
}

/// Whether the words after a name describe a person: "Julius Martov, the leader of...",
/// "Fan Mengguang, deputy director of...", "Enea Silvio Piccolomini, who...".
fn appositive_role(after: &[Token], node: usize) -> bool {
    // Only the name's own paragraph describes it ("Cookie Search:" then "A photographer…").
    let same = after.iter().position(|t| t.node != node).unwrap_or(after.len());
    let after = &after[..same];
    let role = |t: &Token| words::is_role(&t.key) || words::is_honorific(&t.key);
    match after {
        [a, ..] if !a.joined && a.key == "who" => true,
        // "Dylan Nelson, a postdoctoral fellow at...": one adjective may stand before the role,
        // and an owner ("Ada Quill, the transit department's deputy director").
        // ("Tova Quell, another senior adviser on…": "another" is "a" too.)
        [a, b, _, ..] if !a.joined && ["the", "a", "an", "another"].contains(&a.key.as_str()) => {
            role(b) || described_role(&after[1..]) || (["a", "another"].contains(&a.key.as_str()) && capitalised_post(&after[1..]))
        }
        [a, b, ..] if !a.joined && ["the", "a", "an", "another"].contains(&a.key.as_str()) => role(b),
        // "Ada Quell is an associate professor at…": a role as the predicate describes the name
        // as one set off does; not an epithet before a noun ("Velmora is a great place").
        [v, a, b, ..] if v.joined && ["is", "was"].contains(&v.key.as_str()) && a.joined && ["a", "an"].contains(&a.key.as_str()) => {
            (role(b) || described_role(&after[2..]) || capitalised_post(&after[2..])) && role_closes(&after[2..])
        }
        [a, ..] => !a.joined && ((a.text.chars().all(char::is_lowercase) && role(a)) || set_off_post(after)),
        [] => false,
    }
}

/// Whether the word at `i` is a credential set off after a person's name ("Ada Quist,
/// R.D.N., is…", "Bo Vell, M.S."): letters in capitals with full stops, after a comma and two
/// capitalised words, before a comma or the sentence's end. No name ("Washington, D.C." has
/// one word before it).
fn credential(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let dotted = t.text.ends_with('.') && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.text.chars().all(|c| c == '.' || c.is_uppercase());
    let named = i >= 2 && tokens[i - 1..=i].iter().all(|u| u.node == t.node) && tokens[i - 2].capitalised() && tokens[i - 1].capitalised() && tokens[i - 1].joined;
    let closed = tokens.get(i + 1).is_none_or(|n| n.comma_before || n.node != t.node || n.sentence_start);
    dotted && t.comma_before && named && closed
}

/// Whether the first role among the first four of `words` closes its phrase: a
/// preposition, a mark or the paragraph's end follows it ("an associate professor at…"),
/// no noun it qualifies ("a great place").
fn role_closes(words: &[Token]) -> bool {
    let Some(k) = words.iter().take(4).position(|t| words::is_role(&t.key)) else {
        return false;
    };
    words.get(k + 1).is_none_or(|n| !n.joined || n.node != words[k].node || ["of", "at", "in", "for", "with", "and"].contains(&n.key.as_str()))
}

/// Whether `words`, set off after a name, open with a post in capitals ("Ada Quell,
/// Professor of Botany at…") or a capitalised role before a connector ("Ada Quell,
/// Geologist and Author of…", "Lecturer in Botany"). Not a word in "-er" before "and",
/// which is as often a place or a given name in a list ("Leicester and Derby").
fn set_off_post(words: &[Token]) -> bool {
    let [role, next, ..] = words else {
        return false;
    };
    let connector = next.joined && ["and", "of", "in", "at", "for"].contains(&next.key.as_str());
    let ambiguous = next.key == "and" && !words::is_role_noun(&role.key) && role.key.ends_with("er");
    // (A name before "of" is no post: "Ada Quell, Tomas Vell of Velmora College".)
    let post = words::is_role(&role.key) || words::is_honorific(&role.key);
    role.capitalised() && post && (capitalised_post(words) || (connector && !ambiguous))
}

/// Whether `words` open with a role after one lowercase word ("postdoctoral fellow"), or
/// after up to four with an owner among them ("transit department's deputy director"; not
/// "a paid weekly newsletter", whose ending only makes it a role), or after up to three
/// qualifiers, a people's adjective among them, before a role the list knows ("a senior
/// air-force officer", "a senior Velmoran naval officer").
fn described_role(words: &[Token]) -> bool {
    let lower = |t: &Token| t.text.chars().next().is_some_and(char::is_lowercase);
    let people = |t: &Token| {
        t.capitalised() && !t.possessive && (words::is_adjectival(&t.key) || words::is_nationality(&t.key) || words::is_people_adjective(&t.key))
    };
    let words = &words[..words.len().min(5)];
    let described = words.iter().take_while(|t| (lower(t) && !words::is_role(&t.key)) || people(t)).count();
    let role = words.get(described).filter(|t| lower(t) && words[1..=described].iter().all(|t| t.joined));
    let owned = words[..described].iter().any(|t| t.possessive);
    let qualified = described <= 3 && role.is_some_and(|t| words::is_role_noun(&t.key) || words::is_honorific(&t.key));
    let capitals = words[..described].iter().any(|t| !lower(t));
    role.is_some_and(|t| words::is_role(&t.key) && ((described == 1 && !capitals) || owned || qualified))
}

/// Whether `words` open with a post in capitals ("Senior Advocate of Nigeria", "Fellow of the
/// Royal Society"): one to three capitalised words, no institution's noun among them, then
/// "of" or "for" and a capital.
fn capitalised_post(words: &[Token]) -> bool {
    // (The first may be set off by a comma after a name: "Ada Quell, Professor of Botany".)
    let title = words.iter().enumerate().take(3).take_while(|(n, t)| (*n == 0 || t.joined) && t.capitalised() && !t.possessive).count();
    let plain = words[..title].iter().all(|t| !words::is_non_person(&t.key));
    let of = words.get(title).is_some_and(|t| t.joined && ["of", "for"].contains(&t.key.as_str()));
    let next = if words.get(title + 1).is_some_and(|t| t.key == "the") { title + 2 } else { title + 1 };
    title > 0 && plain && of && words.get(next).is_some_and(|t| t.joined && t.capitalised())
}

/// Whether a name set off by a comma follows a role ("The leader of Ennahda, Rachid
/// Ghannouchi, condemned…") or an office ("the Inspector-General of Police, Ibrahim Idris,"):
/// the words before it, the comma's side, name one.
fn role_before_comma(tokens: &[Token], start: usize, end: usize) -> bool {
    let set_off = start > 0 && !tokens[start].joined && !tokens[start].sentence_start && !list_item(tokens, start, end);
    let role = |t: &Token| t.text.chars().all(char::is_lowercase) && words::is_role(&t.key);
    let office = |t: &Token| t.capitalised() && t.key.split('-').any(words::is_honorific);
    // "and one Democrat, Ana Lind": a party's member too.
    let member = |t: &Token| t.capitalised() && ["democrat", "republican", "democrats", "republicans"].contains(&t.key.as_str());
    set_off
        && tokens[start.saturating_sub(4)..start]
            .iter()
            .any(|t| t.node == tokens[start].node && (role(t) || office(t) || member(t)))
}

/// Where the name after the last title of address in `start..end` begins (the title kept),
/// when that title stands inside the run and a name of no institution word follows it.
fn title_split(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let k = (start + 1..end.saturating_sub(1))
        .rev()
        .find(|k| words::is_honorific(&tokens[*k].key))?;
    let name = &tokens[k + 1..end];
    // "President Richard von Weizsäcker": a surname's particle in lowercase is no connector.
    let particle = |t: &Token| words::is_trailing_particle(&t.text);
    let plain = name.iter().all(|t| !words::is_non_person(&t.key) && (!words::is_connector(&t.key) || particle(t)));
    let named = name.iter().any(|t| !words::is_name_suffix(&t.key));
    (plain && named).then_some(k)
}

/// Whether the words `start..k` before an abbreviated title ("Gov.", "Sen.") name the
/// jurisdiction of the office ("Florida Gov. Ron DeSantis", "North Dakota Gov. Doug Burgum"):
/// a news style's place, a name of its own, taken first as an institution before a title is.
/// One to three plain capitalised words, none a title, role, people's adjective ("Democratic
/// Sen.") or abbreviation, the last no common word ("State Sen. Tora Quist").
fn jurisdiction_before_title(tokens: &[Token], start: usize, k: usize, casing: &HashMap<&str, Casing>) -> bool {
    let abbreviated = tokens[k].key.ends_with('.') && words::is_honorific(&tokens[k].key);
    let plain = |t: &Token| {
        t.capitalised()
            && !t.key.contains('.')
            && !t.possessive
            && !words::is_honorific(&t.key)
            && !words::is_role(&t.key)
            && !words::is_title_modifier(&t.key)
            && !words::is_nationality(&t.key)
            && !words::is_adjectival(&t.key)
            && !words::is_connector(&t.key)
    };
    let place = &tokens[start..k];
    abbreviated && place.len() <= 3 && place.iter().all(plain) && !is_common(&tokens[k - 1].key, casing)
}

/// Whether the run `start..end` opens with the adjective of a place the text names
/// ("Russian" beside "Russia") before a one-word name of its own ("Russian Tuva"); not
/// before an event or institution noun ("Russian Revolution", whose "of October" after it is
/// no name) or a longer name ("Russian Social Democratic Labour Party").
fn place_adjective_leads(tokens: &[Token], start: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    if end - start < 2 {
        return false;
    }
    let named = |k: &str| casing.get(k).is_some_and(|c| c.capital > 0);
    let adjective = &tokens[start].key;
    let of_place = adjective.strip_suffix('n').is_some_and(|p| p.len() > 2 && named(p))
        || adjective.strip_suffix("ese").is_some_and(|p| named(&format!("{p}a")));
    let rest = &tokens[start + 1..end];
    let single_name = matches!(rest, [t] if !words::is_non_person(&t.key) && !is_common(&t.key, casing) && !GEOGRAPHIC_NOUNS.contains(&t.key.as_str()));
    of_place && single_name
}

/// Whether the run `start..end` opens with a people's adjective before the name of a ministry
/// or a department ("the Chinese Ministry of State Security"): the body's name is the rest (not
/// an adjective of the name's own, "Federal Ministry of Finance", nor a state's name, "Florida
/// Department of Transportation").
fn nationality_before_ministry(tokens: &[Token], start: usize, end: usize) -> bool {
    if end - start < 4 {
        return false;
    }
    let adjective = &tokens[start].key;
    let people = (words::is_nationality(adjective) || words::is_adjectival(adjective)) && !words::is_non_person(adjective);
    people && ["ministry", "department"].contains(&tokens[start + 1].key.as_str()) && tokens[start + 2].key == "of"
}

/// Nouns of a land or water feature, which an adjective of place names ("the Korean
/// Peninsula", "the Arabian Sea").
const GEOGRAPHIC_NOUNS: &[&str] = &[
    "peninsula", "sea", "gulf", "strait", "straits", "bay", "ocean", "desert", "plateau", "basin", "archipelago", "isthmus", "highlands",
    "lowlands", "riviera", "coast",
];

/// Whether an ordinal number right before the run `start..end` opens the name ("the band's
/// 50th Anniversary Tour"): two capitalised words at least, the first never met alone, or
/// one word after an ordinal no article or possessive counts ("shops like 9th Nook" beside
/// "the 19th Century", "its 3rd Grammy"); and the words never met without an ordinal, for
/// then the number counts an event's editions ("the 146th Velmora Derby" beside "the
/// Velmora Derby").
fn ordinal_leads(tokens: &[Token], start: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let first = &tokens[start];
    let ordinal = start > 0 && first.joined && tokens[start - 1].node == first.node && is_ordinal(&tokens[start - 1].text);
    // ("34th Velmor Insurance" beside "its 34th Velmor unit": a word met alone only after an
    // ordinal is still the ordinal's.)
    let alone_never = casing.get(first.key.as_str()).is_none_or(|c| c.bare == 0 || c.after_ordinal == c.capital_anywhere);
    // ("201 E. Main St. 5th Floor": an ordinal after a capitalised word goes on an address or
    // a name; one word takes it only in running prose, after a lowercase word.)
    let prose = start >= 2 && tokens[start - 1].joined && tokens[start - 2].node == first.node && !tokens[start - 2].capitalised();
    let counted = !prose || COUNTING_DETERMINERS.contains(&tokens[start - 2].key.as_str());
    // ("Southwest 117th Avenue": an ordinal before a street's noun numbers the street, named
    // with what comes before it.)
    let street = STREET_NOUNS.contains(&first.key.as_str());
    let long = end - start >= 2 || (end - start == 1 && !counted && !street);
    ordinal && long && alone_never && !met_without_ordinal(tokens, start, end)
}

/// Articles and possessives, after which an ordinal counts a thing's editions or parts ("the
/// 19th Century", "its 2nd Quarter") rather than opening a name.
const COUNTING_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "each", "every"];

/// Whether the words of `start..end` occur elsewhere, capitalised, with no ordinal number
/// right before them.
fn met_without_ordinal(tokens: &[Token], start: usize, end: usize) -> bool {
    let name = &tokens[start..end];
    (0..=tokens.len() - name.len()).filter(|&p| p != start).any(|p| {
        let same = tokens[p..p + name.len()].iter().zip(name).all(|(a, b)| a.key == b.key && a.capitalised());
        same && (p == 0 || !is_ordinal(&tokens[p - 1].text))
    })
}

/// Whether a capitalised compound with a lowercase tail right before the run `start..end`
/// opens the name its abbreviation in brackets follows ("the Five-hundred-meter Aperture
/// Spherical Radio Telescope (FAST)", "T-distributed Stochastic Neighbor Embedding (t-SNE)"),
/// or that spells out in brackets the abbreviation before it ("KORVEN (Kite-based Orbital
/// Rover …)"): no modifier ("American-led") there.
fn compound_leads(tokens: &[Token], start: usize, end: usize) -> bool {
    let first = &tokens[start];
    let compound = start > 0
        && first.joined
        && tokens[start - 1].node == first.node
        && tokens[start - 1].capitalised()
        && tokens[start - 1].text.rsplit_once('-').is_some_and(|(_, tail)| tail.chars().all(char::is_lowercase));
    let abbreviation = tokens.get(end).is_some_and(|t| {
        t.bracket_before && t.node == first.node && t.text.chars().filter(|c| c.is_uppercase()).count() >= 2
    });
    let spelled = start >= 2 && tokens[start - 1].bracket_before && abbreviations::spelled_out_after(tokens, start - 2);
    compound && end - start >= 2 && (abbreviation || spelled)
}

/// A number written as an ordinal in figures ("50th", "21st", "2nd", "3rd").
fn is_ordinal(text: &str) -> bool {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].contains(&&text[digits.len()..])
}

/// Where the name after a capitalised role noun begins ("Aerospace Writer | Marcia Dunn"):
/// two or three plain words, none an institution word or a connector; or a given name and
/// one word, whatever that word ("Lead Planner Ada Hall": a surname that is also a noun).
fn role_split(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let k = (start..end.saturating_sub(2)).rev().find(|k| words::is_role_noun(&tokens[*k].key))?;
    let name = &tokens[k + 1..end];
    let plain = name.iter().all(|t| !words::is_non_person(&t.key) && !words::is_connector(&t.key));
    let given = matches!(name, [g, s] if (words::is_given_name(&g.key) || words::is_census_given_name(&g.key)) && s.capitalised() && !words::is_connector(&s.key));
    ((plain && name.len() <= 3) || given).then_some(k + 1)
}

/// Whether the weekday at `i` opens a programme's title within `..end`: "Saturday Night
/// Live", "Monday Night Football" (the time of day capitalised, a capital after it).
fn opens_a_programme(tokens: &[Token], i: usize, end: usize) -> bool {
    let time_of_day = |n: &Token| n.joined && n.capitalised() && ["night", "morning", "afternoon", "evening"].contains(&n.key.as_str());
    let weekday = words::is_calendar(&tokens[i].key) && !words::is_month(&tokens[i].key);
    weekday && i + 2 < end && time_of_day(&tokens[i + 1]) && tokens[i + 2].joined && tokens[i + 2].capitalised()
}

/// Whether the weekday at `i` stands between an abbreviation in capitals and a capitalised
/// word, as inside a programme's or a product's name ("the XFL Sunday Pass"): a word of the
/// name, no date ("told KTV Sunday that").
fn weekday_in_name(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let before = i > 0 && t.joined && tokens[i - 1].node == t.node && abbreviations::is_abbreviation(&tokens[i - 1].text);
    let after = tokens.get(i + 1).is_some_and(|n| n.joined && n.node == t.node && n.capitalised() && !words::is_calendar(&n.key));
    before && after
}

/// Where the name after an office's field begins ("Secretary of State Rex Tillerson", "Chief
/// of Staff Reince Priebus"): one capitalised word after a title's "of", inside the run or
/// just before it, then a name of two plain words, or of more opened by a given name (not
/// "Minister of Foreign Affairs Wang Yi", whose field is two words). A field of two words,
/// the second no given name, ends where a given name opens a name of two or three words
/// ("Director of Product Design Joe Vell").
fn office_field_split(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let office = |t: &Token| t.capitalised() && (words::is_honorific(&t.key) || words::is_role_noun(&t.key));
    let of = |k: usize| tokens[k].text == "of" && tokens[k].joined && k > 0 && office(&tokens[k - 1]) && tokens[k - 1].node == tokens[k].node;
    let field = (start + 1..end).find(|&k| of(k)).map(|k| k + 1).or_else(|| (start >= 2 && of(start - 1)).then_some(start))?;
    let plain = |name: &[Token]| name.iter().all(|t| t.capitalised() && !words::is_non_person(&t.key) && !words::is_connector(&t.key));
    let given = |name: &[Token]| name.first().is_some_and(|t| words::is_given_name(&t.key) || words::is_census_given_name(&t.key));
    let name = tokens.get(field + 1..end)?;
    if plain(name) && (name.len() == 2 || (given(name) && name.len() <= 4)) {
        return Some(field + 1);
    }
    let name = tokens.get(field + 2..end)?;
    let second = &tokens[field + 1];
    let field_word = second.capitalised() && !words::is_connector(&second.key) && !given(&tokens[field + 1..]);
    (plain(name) && field_word && given(name) && (2..=3).contains(&name.len())).then_some(field + 2)
}

/// Prepositions the stop list lacks: no noun after a code ("in Q4 along with").
const PREPOSITIONS: &[&str] = &[
    "along", "alongside", "across", "around", "amid", "behind", "beside", "besides", "beyond", "inside", "outside",
    "near", "onto", "toward", "towards", "upon", "versus", "via", "per", "ahead", "past",
];

/// Seasons: one alone after "in" ("in Winter of 2009") is a time, no name.
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];

/// Whether the word at `i` of the run `i..end` is to be cut off its front.
fn leads_off(tokens: &[Token], i: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let key = tokens[i].key.as_str();
    if opens_a_programme(tokens, i, end) {
        return false;
    }
    if words::is_calendar(key) {
        // "October Revolution" names an event; "April Lenin" is a date and a name.
        // The rest is a name of its own when it is capitalised elsewhere too, or when it is
        // an acronym ("the June CITT meeting"), which no month's name opens.
        let acronym = |n: &Token| n.text.chars().count() >= 2 && n.text.chars().all(|c| c.is_ascii_uppercase());
        return tokens.get(i + 1).filter(|_| i + 1 < end).is_some_and(|n| {
            acronym(n) || (!is_common(&n.key, casing) && casing.get(n.key.as_str()).is_some_and(|c| c.capital >= 3))
        });
    }
    // "Fan Mengguang, deputy director...": a family name first, however common the word.
    let family_name = words::is_east_asian_family(key)
        && tokens.get(i + 1).is_some_and(|n| i + 1 < end && words::is_romanised_given(&n.text));
    // A capitalised article inside a sentence, with no punctuation before it, opens a title
    // ("remaster A New Hope", "in The Hague"; not "(AP) — The Latest on"), and so does "No"
    // ("and No Lean Season").
    let t = &tokens[i];
    let title_article = ["a", "an", "the", "no"].contains(&key) && !t.sentence_start && t.running && t.joined;
    // "to end Too Big To Fail", "is, So Long Velmora": any function word capitalised inside a
    // sentence opens a name in title case, when another capitalised function word inside
    // the run shows its case.
    let title_case = !t.sentence_start && t.running && !t.headline && tokens[i + 1..end].iter().any(|u| u.capitalised() && words::is_stop(&u.key));
    // "the film “One Battle After Another,” starring…": a word opening a quotation of three
    // words or more inside a sentence (its capital says nothing) that the run's end closes is
    // the title's own; not a question's word ("“Where A Heart Goes”" may be asked). (Two
    // quoted words are as often a gloss or a nickname: "(“Our Money”)", "the “Never
    // Trumpers”".)
    let inside = i > 0 && tokens[i - 1].node == t.node && !t.stop_before && !t.comma_before;
    let question = ["where", "what", "when", "why", "how", "who", "which"].contains(&key);
    let closed = end - i >= 3 && tokens.get(end).is_some_and(|n| n.quote_before == Some('”'));
    if t.quote_before == Some('“') && inside && !question && closed {
        return false;
    }
    // "Despite AI’s benefits": a preposition opening a sentence is no part of the name
    // after it, even when the text never writes it lowercase.
    let opening_preposition = t.sentence_start && words::is_determiner_or_preposition(key) && i + 1 < end;
    // "Central Intelligence Agency" at a sentence start: a word the text also capitalises
    // inside sentences, before an institution's name, is the name's own.
    let names_institution = casing.get(key).is_some_and(|c| c.capital > 0) && i + 1 < end && institution_follows(tokens, i + 1);
    // "Live Nation is producing" beside "according to LN": a name whose initials the text
    // writes as a word in capitals keeps its first word.
    let initials: String = tokens[i..end].iter().filter_map(|t| t.key.chars().next()).collect();
    let spelled = end - i >= 2 && casing.get(initials.as_str()).is_some_and(|c| c.capital > 0 && c.lower == 0);
    (tokens[i].sentence_start && is_common(key, casing) && !family_name && !names_institution && !spelled)
        // "US Patent Office": a stop word in capitals is an abbreviation, not the pronoun.
        || (words::is_stop(key) && i + 1 < end && !title_article && !title_case && !abbreviations::is_abbreviation(&t.text) && !named_after_speech(tokens, i))
        || opening_preposition
        || before_given_name(tokens, i, end, casing)
        || (inflected_opener(tokens, i, end, casing) && !spelled && !names_institution)
        || position_letter(tokens, i, end)
        || gerund_opener(tokens, i, end, casing)
        || postscript(&tokens[i])
}

/// "P.S. Velmora fans will like this": the mark of a postscript opening a sentence is no
/// initials of the name after it.
fn postscript(t: &Token) -> bool {
    t.sentence_start && ["p.s.", "p.p.s."].contains(&t.key.as_str())
}

/// "the section on Higher Education and Studying Japanese" beside "studying Japanese in
/// Japan": a first word in "-ing" that the text writes in lowercase as often is a verb, no
/// part of the name after it (not a given name, "Sterling", nor a body's word: "Fishing
/// Vessel Owners Association").
/// At a sentence start, before one name that owns what follows, it is a verb and that name its
/// object, however rarely the text writes it ("Explaining Beijing’s changed position,
/// observers said"; not "Shih-Ching Tsou’s debut").
fn gerund_opener(tokens: &[Token], i: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let key = tokens[i].key.as_str();
    let own = words::is_given_name(key) || words::is_census_given_name(key) || words::is_place_prefix(key);
    let body = tokens[i + 1..end].iter().any(|t| words::is_non_person(&t.key));
    let owner_object = tokens[i].sentence_start
        && !key.contains('-')
        && end == i + 2
        && tokens[i + 1].possessive
        && casing.get(key).is_none_or(|c| c.capital == 0);
    // "Speaking Velmoran, she told…", "Letting Tora Quist off the hook": at a sentence start,
    // a name closed by a comma and a pronoun that is the sentence's subject, or by an adverb of
    // a phrasal verb, is the gerund's object, and the gerund opens a clause.
    let clause = tokens[i].sentence_start
        && !key.contains('-')
        && (tokens.get(end).is_some_and(|n| n.comma_before && n.node == tokens[i].node && SUBJECT_PRONOUNS.contains(&n.key.as_str()))
            || tokens.get(end).is_some_and(|n| n.joined && !n.comma_before && PHRASAL_ADVERBS.contains(&n.key.as_str())));
    i + 1 < end && key.len() > 5 && key.ends_with("ing") && !own && !body && (is_common(key, casing) || owner_object || clause)
}

/// Pronouns that open a main clause as its subject.
const SUBJECT_PRONOUNS: &[&str] = &["i", "he", "she", "we", "they", "it", "you"];

/// Adverbs that complete a phrasal verb after its object ("let him off", "sent them away").
const PHRASAL_ADVERBS: &[&str] = &["off", "out", "up", "down", "away", "back", "aside", "over"];

/// "Thunder: F Hamidou Diallo missed": one capital without a full stop before a name of two
/// words or more is a player's position, no initial (not the "E Street Band", an institution).
/// After a number, before a name of one word, it is a grade or a mark ("his 2011 B
/// Goldkapsel").
fn position_letter(tokens: &[Token], i: usize, end: usize) -> bool {
    let letter = tokens[i].text.chars().count() == 1 && !["A", "I"].contains(&tokens[i].text.as_str());
    let after_number = i > 0 && tokens[i].joined && tokens[i - 1].text.chars().all(|c| c.is_ascii_digit());
    letter && (i + 2 < end || (after_number && i + 1 < end)) && tokens[i + 1..end].iter().all(|t| !words::is_non_person(&t.key))
}

/// "Contact Dear Abby at…" beside "had been contacted": a sentence-initial word the text never
/// capitalises inside a sentence, whose inflected form it writes in lowercase, is a verb, no
/// part of the name after it. Not a given name, a title or the first word of a place.
fn inflected_opener(tokens: &[Token], i: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let key = tokens[i].key.as_str();
    let own = words::is_given_name(key) || words::is_census_given_name(key) || words::is_honorific(key) || words::is_place_prefix(key);
    let inflected = ["ed", "ing"].iter().any(|e| casing.get(format!("{key}{e}").as_str()).is_some_and(|c| c.lower > 0 && c.capital == 0));
    tokens[i].sentence_start && i + 1 < end && !own && casing.get(key).is_none_or(|c| c.capital == 0) && inflected
}

/// "said Will Carver": a function word that is also a given name, capitalised right after a
/// verb of saying or a role, opens the name of the speaker.
fn named_after_speech(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let cue = i > 0 && t.joined && !t.sentence_start && (words::is_speech_verb(&tokens[i - 1].key) || words::is_role(&tokens[i - 1].key));
    cue && words::is_census_given_name(&t.key)
}

/// "Commenter Paul Stoffregen noted…", "Introducing Junior Gaspard, …": a sentence-initial
/// word the text never capitalises inside a sentence, before a given name that opens a name of
/// two words (or a common given name alone: "Welcome Amy!"), is a role or a verb, not the first
/// of three given names. Not itself a given
/// name, a title or the first word of a place ("Santa Monica Boulevard"), nor the first word
/// of a quotation.
fn before_given_name(tokens: &[Token], i: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let key = tokens[i].key.as_str();
    let own = !words::is_given_name(key)
        && !words::is_census_given_name(key)
        && !words::is_honorific(key)
        && !words::is_place_prefix(key)
        && !words::is_east_asian_family(key);
    // Before a common given name alone too ("Welcome Amy!"): it joins the full name it opens.
    // So does a given name of the census that "and" pairs with another before their shared
    // surname ("Homeowners Tora and Ada Quist", "Twins Tora and Ada are…").
    let node = tokens[i].node;
    let paired = tokens.get(end).is_some_and(|n| n.key == "and" && n.joined && n.node == node)
        && tokens.get(end + 1).is_some_and(|n| n.joined && n.node == node && (words::is_given_name(&n.key) || words::is_census_given_name(&n.key)));
    let given_next = |k: &str| words::is_given_name(k) || ((i + 2 < end || paired) && words::is_census_given_name(k));
    // Not a quoted name or nickname ("“Gucci Grace”", "“Super Mario Run”").
    tokens[i].sentence_start
        && tokens[i].quote_before.is_none()
        && i + 1 < end
        && own
        && given_next(&tokens[i + 1].key)
        && casing.get(key).is_none_or(|c| c.capital == 0)
}

/// A concept phrase must recur this often...
const PHRASE_MIN_COUNT: usize = 4;
/// ...in this many articles (or all of them, in a smaller book).
const PHRASE_MIN_ARTICLES: usize = 2;

/// Lowercase two-word phrases whose first word looks like an adjective ("dual power",
/// "working class"), repeated across articles: the book's key concepts.
/// Numbers written in words.
const CARDINALS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
    "hundred", "thousand", "million", "billion",
];

/// Adjectives of comparison, degree or time that qualify any noun ("different ways",
/// "important things", "recent years"): no term of a subject.
const VAGUE_ADJECTIVES: &[&str] = &[
    "different", "various", "similar", "certain", "important", "significant", "recent", "current", "additional", "previous",
    "subsequent", "frequent", "relevant", "excellent", "appropriate", "separate", "useful", "helpful", "wonderful", "successful",
    "careful", "beautiful", "powerful", "amazing", "interesting", "exciting", "following", "existing", "ongoing", "upcoming",
    "increasing", "present", "constant", "entire", "ultimate", "adequate", "extensive", "effective", "respective", "relative",
];

fn collect_phrases(corpus: &Corpus) -> Vec<Form> {
    let tokens = &corpus.tokens;
    let articles = corpus.nodes.last().map_or(0, |n| n.article + 1);
    let mut seen: HashMap<(&str, &str), (usize, usize, usize, usize)> = HashMap::new();
    let lower = |t: &Token| t.text.chars().all(char::is_lowercase);
    for (i, pair) in tokens.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        if !(a.running && b.joined && !a.possessive && lower(a) && lower(b)) {
            continue;
        }
        if a.key.len() < 4 || b.key.len() < 4 || words::is_stop(&a.key) || words::is_stop(&b.key) {
            continue;
        }
        // "five years", "different ways": a number or a word of comparison is shaped like an
        // adjective and qualifies anything, so makes no term.
        if !words::is_adjective_form(&a.key) || CARDINALS.contains(&a.key.as_str()) || VAGUE_ADJECTIVES.contains(&a.key.as_str()) {
            continue;
        }
        let article = corpus.nodes[a.node].article;
        // (first index, count, distinct articles, last article)
        let e = seen
            .entry((&a.key, &b.key))
            .or_insert((i, 0, 0, usize::MAX));
        e.1 += 1;
        if e.3 != article {
            e.2 += 1;
            e.3 = article;
        }
    }
    let mut phrases: Vec<(usize, &str, &str, usize)> = seen
        .into_iter()
        .filter(|(_, (_, n, arts, _))| {
            *n >= PHRASE_MIN_COUNT && *arts >= PHRASE_MIN_ARTICLES.min(articles)
        })
        .map(|((a, b), (first, n, _, _))| (first, a, b, n))
        .collect();
    phrases.sort_unstable();
    phrases
        .into_iter()
        .map(|(_, a, b, n)| Form {
            words: vec![a.to_string(), b.to_string()],
            keys: vec![a.to_string(), b.to_string()],
            mid_sentence: n,
            count: n,
            ..Form::default()
        })
        .collect()
}

/// The lowercase terms the text names as such ("a small molecule called succinate"), lists
/// again and again ("cocaine, heroin and methamphetamine") or has in a title ("game
/// streaming") and no other form holds: see [`terms`].
fn named_terms(corpus: &Corpus, forms: &[Form]) -> Vec<Form> {
    let (tokens, nodes) = (&corpus.tokens, &corpus.nodes);
    let mut known: HashSet<String> = forms.iter().map(|f| f.keys.join(" ")).collect();
    let places = terms::Places::new(tokens);
    let article = |node: usize| nodes[node].article;
    let mut named: Vec<terms::Named> = terms::named_terms(tokens, &places)
        .into_iter()
        .chain(terms::listed_kinds(tokens, &places, &article))
        .chain(terms::hyphened_nouns(tokens))
        .chain(terms::headed_names(tokens, &|node| (nodes[node].article, nodes[node].block)))
        .collect();
    // A title's phrase that a longer term holds is part of it ("feather duvet" of "feather
    // duvet lung").
    let spaced = |words: &[String]| format!(" {} ", words.join(" ").to_lowercase());
    let longer: Vec<String> = (forms.iter().map(|f| &f.keys).chain(named.iter().map(|t| &t.words)))
        .filter(|words| words.len() > 2)
        .map(|words| spaced(words))
        .collect();
    let titled = terms::title_phrases(tokens, &corpus.titles, &article);
    named.extend(titled.into_iter().filter(|t| !longer.iter().any(|l| l.contains(&spaced(&t.words)))));
    named
        .into_iter()
        .map(|t| {
            let keys: Vec<String> = t.words.iter().map(|w| w.to_lowercase()).collect();
            Form { words: t.words, keys, mid_sentence: t.count, count: t.count, ..Form::default() }
        })
        .filter(|f| known.insert(f.keys.join(" ")))
        .collect()
}

/// The word without its possessive ending, as written.
fn display_word(t: &Token) -> String {
    if t.possessive {
        t.text[..t.text.len() - 2].to_string()
    } else {
        t.text.clone()
    }
}

/// Nouns of a programme of studies, or of the unit teaching it, after its name ("the Science,
/// Technology and Society program").
const PROGRAMME_NOUNS: &[&str] = &["program", "programme", "department", "school", "faculty", "institute", "center", "centre", "course"];

/// The end (exclusive) of a name of three capitalised words or more listed with commas and
/// a last "and" or "&" at `i`, when a firm's noun stands before it ("the law firm of Sheppard,
/// Mullin, Richter, and Hampton") or a programme's after it ("the Science, Technology and
/// Society program"): one name, not a list of names.
fn serial_name_end(tokens: &[Token], i: usize) -> Option<usize> {
    let first = &tokens[i];
    let word = |k: usize| tokens.get(k).filter(|t| t.node == first.node && t.running);
    let name = |t: &Token| t.capitalised() && !words::is_stop(&t.key);
    if !first.running || !name(first) {
        return None;
    }
    let mut k = i + 1;
    while word(k).is_some_and(|t| t.comma_before && name(t)) {
        k += 1;
    }
    let and = word(k).is_some_and(|t| ["and", "&"].contains(&t.key.as_str()) && (t.joined || t.comma_before));
    let last = word(k + 1).is_some_and(|t| t.joined && name(t));
    // Three names at least: two before "and".
    let end = k + 2;
    if !and || !last || end - i < 4 {
        return None;
    }
    let at = |k: Option<usize>, keys: &[&str]| k.and_then(word).is_some_and(|t| keys.contains(&t.key.as_str()));
    let firm_before = first.joined && (at(i.checked_sub(1), &["firm"]) || (at(i.checked_sub(1), &["of"]) && at(i.checked_sub(2), &["firm"])));
    let programme_after = word(end).is_some_and(|t| t.joined && t.text.chars().all(char::is_lowercase) && PROGRAMME_NOUNS.contains(&t.key.as_str()));
    (firm_before || programme_after).then_some(end)
}

/// The end (exclusive) of the capitalised run opening at `i`: capitalised words joined by
/// spaces, with connectors ("of the") between them; a possessive ends the run.
fn run_end(tokens: &[Token], i: usize, casing: &HashMap<&str, Casing>) -> usize {
    let mut end = i + 1;
    // An institution's name took an "of" or "for": "and" may join its parts too ("Center for
    // Health and Human Rights").
    let mut institution = false;
    // It took a "for" ("Society for the Prevention…").
    let mut purpose = false;
    // The word after the last "of" an institution word took.
    let mut topic = None;
    // A title of office took an "of": "and" may join its fields ("Inspector-General of
    // Intelligence and Security").
    let mut office_of = false;
    // "a riff called The Scholars of Night": an article capitalised inside a sentence opens a
    // title, whose "of" and, after it, "and" join its words ("A Song of Ice and Fire").
    let opener = &tokens[i];
    let work = ["a", "an", "the"].contains(&opener.key.as_str()) && !opener.sentence_start && opener.running && (opener.joined || opener.comma_before);
    let mut work_of = false;
    // "People’s Liberation Army", "Stadia Founder’s Edition": a common word's possessive
    // goes on with the name; an institution noun's after a name's first word closes the
    // owner's ("Vox Media’s Code Media conference"), unless an article opened a title ("The
    // World’s Fastest Indian").
    let owner_closed = |k: usize| k > i && !work && words::is_non_person(&tokens[k].key);
    while !tokens[end - 1].possessive
        || (is_common(&tokens[end - 1].key, casing) && !owner_closed(end - 1))
        || possessive_in_name(tokens, end - 1, casing)
        || (end == i + 1 && owner_in_title(tokens, i, casing))
    {
        // "Business Insider Inc | Nintendo": a company's legal suffix ends its name.
        if end > i + 1 && words::is_company_suffix(&tokens[end - 1].key) {
            break;
        }
        // "Fort Worth P.D. Open the door": the abbreviation ended a sentence; not when the
        // common word opens a longer name ("U.S. Games Systems, Inc.").
        // "1119 Eighth St., after": a street's abbreviation ends its name.
        // "Quorran Bros. scrambled", "Tovik Water Co. makes": a firm's noun abbreviated ends
        // the firm's name, no sentence.
        let dotted = tokens[end - 1].text.len() > 2
            && tokens[end - 1].text.ends_with('.')
            && !words::is_name_suffix(&tokens[end - 1].key)
            && !words::is_non_person(&tokens[end - 1].key)
            && !(end - 1 > i && STREET_NOUNS.contains(&tokens[end - 1].key.as_str()));
        let name_goes_on = tokens.get(end + 1).is_some_and(|m| m.joined && m.capitalised());
        // "Elmont, N.Y. The Belmont Stakes winner": a capitalised article after the
        // abbreviation opens the next sentence, whatever name follows it.
        let article = tokens.get(end).is_some_and(|n| n.capitalised() && ["the", "a", "an"].contains(&n.key.as_str()));
        if dotted && (article || !name_goes_on) && tokens.get(end).is_some_and(|n| is_common(&n.key, casing)) {
            return if end - 1 > i { end - 1 } else { end };
        }
        let mut j = end;
        // "Allen Institute for AI": a common abbreviation is the topic of an institution
        // noun's connector, and a word of its name.
        let mut topic_abbreviation = false;
        // "Project xCloud": a brand in its own casing goes on with a lone noun of a body or
        // a programme before it (not "Apple iPhone": two names).
        let brand_next = end == i + 1 && words::is_non_person(&tokens[i].key) && tokens.get(end).is_some_and(|t| is_brand_casing(&t.text));
        while j < tokens.len() && j < end + 2 && tokens[j].joined && !tokens[j].capitalised() && !inner_model_code(tokens, j) && !trailing_model_code(tokens, j) && !brand_next {
            j += 1;
        }
        if j > end {
            let connector = tokens[end..j]
                .iter()
                .map(|t| t.key.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // "World Travel and Tourism Council": a common word, "and", and capitalised words
            // ending in an institution noun make one name (not "Israel and Palestinian Authority");
            // so does the last of words met capitalised only this once before "and", no noun of
            // a place or a body itself ("Tamsa Province and Velmora Council" are two).
            let joins_institution = is_common(&tokens[end - 1].key, casing) && institution_follows(tokens, j);
            let last = &tokens[end - 1];
            // (Not a person's name, a given name first after any title: "minister Dr Tomas
            // Hallow and University of Velmora lecturer Ivo Brent" names a person and a body.)
            let person_before = tokens[i..end]
                .iter()
                .find(|t| !words::is_honorific(&t.key))
                .is_some_and(|t| words::is_given_name(&t.key) || words::is_census_given_name(&t.key));
            let once = end - 1 > i
                && !person_before
                && !words::is_non_person(&last.key)
                && casing.get(last.key.as_str()).is_some_and(|c| c.capital_anywhere == 1 && c.bare == 0);
            // "the Securities and Exchange Commission": so does a lone word inside a sentence,
            // met capitalised only this once and no given name, before words closed by a
            // governing body's noun (not "Israel and Palestinian Authority", Israel named
            // again; nor "Reno and Carson City", "Spotify and Apple Music").
            let lone_once = end - 1 == i
                && !last.sentence_start
                && !words::is_non_person(&last.key)
                && !words::is_given_name(&last.key)
                && casing.get(last.key.as_str()).is_some_and(|c| c.capital_anywhere == 1)
                && governing_body_follows(tokens, j);
            // "the Fast and Quiet Robotics Lab" twice: so does a lone word that the text
            // capitalises only before "and" and the same word, twice at least, when the words
            // after it end in a workplace's noun (not "Reno and Carson City", a place's; nor
            // "Tovik and Velmora University" met once, two bodies).
            let always_paired = end - 1 == i
                && casing.get(last.key.as_str()).is_some_and(|c| {
                    c.capital_anywhere >= 2 && c.and_to.len() == c.capital_anywhere && c.and_to.iter().all(|(k, _)| *k == c.and_to[0].0)
                })
                && workplace_follows(tokens, j);
            // "Official Monetary and Financial Institutions Forum": so does an adjective the
            // text writes in lowercase too ("monetary policy"), no people's.
            let lowercase_too = casing.get(last.key.as_str()).is_some_and(|c| c.lower > 0);
            // (Not when the name after "and" ends in the same word: "Flora International and
            // Wildlife Management International" are two.)
            let parallel = tokens[j..].iter().take_while(|t| t.joined && t.capitalised()).last().is_some_and(|t| t.key == last.key);
            let adjective = end - 1 > i && words::is_adjective_form(&last.key) && lowercase_too && !words::is_nationality(&last.key) && !parallel;
            let and_institution = joins_institution || ((once || adjective) && institution_follows(tokens, j)) || lone_once || always_paired;
            // "the Department of Homeland Security and Alex Azar": a given name after "and"
            // opens a person's name, no part of the institution's.
            let person_next = tokens.get(j).is_some_and(|t| words::is_given_name(&t.key));
            // "the Journal of Velmora and The Tovik Review": an article capitalised after "and"
            // opens a title of its own, no part of the first name.
            let title_next = tokens.get(j).is_some_and(|t| t.key == "the" && t.capitalised());
            // "the New Orleans Jazz and Heritage Foundation" beside "the Jazz & Heritage
            // Foundation": "and" joins two words an ampersand joins elsewhere.
            let ampersand = tokens.get(j).is_some_and(|t| casing.get(last.key.as_str()).is_some_and(|c| c.ampersand_to.contains(&t.key)));
            // "the Velmora Air and Marine Branch" beside "Air and Marine Operations": "and"
            // joins two words the text joins so inside names of different ends, and never
            // outside a name (not "Israel and Palestine", named apart; nor "Ivo Lind and Ada
            // Quist", two persons named together twice).
            let paired_inside = tokens.get(j).is_some_and(|t| {
                casing.get(last.key.as_str()).is_some_and(|c| {
                    let ends: Vec<&Option<String>> = c.and_to.iter().filter(|(k, _)| *k == t.key).map(|(_, on)| on).collect();
                    ends.iter().all(|on| on.is_some()) && ends.iter().collect::<HashSet<_>>().len() >= 2
                })
            });
            let and = (connector == "and"
                && !person_next
                && !title_next
                && (ampersand
                    || paired_inside
                    || institution || office_of || and_institution || work_of || spelled_after(tokens, i, j) || joined_country(tokens, i, j) || paired_bodies(tokens, i, end, j) || paired_periodicals(tokens, end, j)))
                // "St. Vincent and the Grenadines".
                || (connector == "and the" && joined_country(tokens, i, j));
            // "Industrial Light & Magic", "Procter & Gamble": an ampersand joins a name's parts,
            // and so does "and" in another language ("Asociación Salud y Trabajo").
            // (Not between two persons' full names: "Mary Velm & Ada Quist", a credit of two.)
            let given = |t: &Token| words::is_given_name(&t.key) || words::is_census_given_name(&t.key);
            let two_persons = connector == "&"
                && end >= i + 2
                && given(&tokens[i])
                && tokens.get(j).is_some_and(given)
                && tokens.get(j + 1).is_some_and(|t| t.joined && t.capitalised() && t.node == tokens[j].node);
            let joining_sign = ["&", "y", "et", "und"].contains(&connector.as_str()) && !two_persons;
            // "his book, The Pictorial Key to the Tarot.": a title opened by an article inside
            // a sentence takes a preposition and an article when its last word ends the sentence.
            let work_preposition = work && closes_sentence(tokens, j) && preposition_and_article(&tokens[end..j]);
            // "Rise of the Tomb Raider": a word the text capitalises only before "of" and a
            // capital opens the longer name, however its last words are used; inside a
            // sentence, so does one only before "for" or "the" and a word met capitalised no
            // more often ("Dispensers for Safe Water", "Deworm the World Initiative"; not "told
            // Billboard the Doobies have", "Sales for Dräger").
            let capitals = |k: usize| casing.get(tokens[k].key.as_str()).map_or(0, |c| c.capital_anywhere);
            let opens_name = end == i + 1
                && casing.get(tokens[i].key.as_str()).is_some_and(|c| c.capital_anywhere > 0 && c.before_connector == c.capital_anywhere);
            let of = connector.starts_with("of");
            // "Americans for Tax Reform", "Velmorans for Clean Water", "Socialists for Fair
            // Rent": a people's or a creed's plural before "for" and a capital opens an
            // advocacy group's name.
            let people_for = end == i + 1 && connector == "for" && tokens[i].key.strip_suffix('s').is_some_and(|k| words::is_nationality(k) || words::is_adjectival(k));
            // "the Global Compact for Migration": so does a name of more words, inside a
            // sentence, whose last word the text capitalises only before "for" and a capital,
            // no person's (its first word no given name) nor a role's.
            let ends_before_for = |end: usize| {
                let last = casing.get(tokens[end - 1].key.as_str());
                let given = words::is_given_name(&tokens[i].key) || words::is_census_given_name(&tokens[i].key);
                let role = words::is_role(&tokens[end - 1].key) || words::is_honorific(&tokens[end - 1].key);
                end > i + 1
                    && !role
                    && connector == "for"
                    && !tokens[i].sentence_start
                    && !given
                    && last.is_some_and(|c| c.capital_anywhere > 0 && c.before_connector == c.capital_anywhere)
                    && j < tokens.len()
                    && capitals(j) <= capitals(end - 1)
            };
            let opens_inside = (opens_name
                && !tokens[i].sentence_start
                && (connector.starts_with("for") || connector == "the" || connector == "with the")
                && j < tokens.len()
                && capitals(j) <= capitals(i))
                || people_for
                || ends_before_for(end);
            // "Society for the Prevention of Cruelty to Children": inside a body's name opened
            // by its connector, "of" goes on with it, and "to" after a "for" of its purpose
            // (not "the Declaration of Independence to King William IV").
            let within_body = institution && (["of", "of the"].contains(&connector.as_str()) || (purpose && ["to", "to the"].contains(&connector.as_str())));
            if !words::is_connector(&connector) && !and && !joining_sign && !work_preposition && !opens_inside && !within_body {
                break;
            }
            // "Ministry of State Security", but "Rosaly Lopes | of NASA"; a title in
            // italics takes any ("History of the Russian Revolution"), when the italics open
            // with it (not a paragraph set in italics: "a Software Engineer for SpaceX").
            let opens_italics = i == 0 || tokens[i - 1].node != tokens[i].node || !tokens[i - 1].italic;
            let italic = opens_italics && tokens[end - 1..=j.min(tokens.len() - 1)].iter().all(|t| t.italic);
            // One word, "of", and a last word met capitalised only there make a title
            // ("Attack of the Clones"); not "Anna Petrova of the Bank of England", nor "the
            // West Division on Wisconsin".
            let last = j + 1 >= tokens.len() || !(tokens[j + 1].joined && tokens[j + 1].capitalised());
            let bound = end == i + 1
                && last
                && tokens
                    .get(j)
                    .is_some_and(|t| casing.get(t.key.as_str()).is_some_and(|c| c.free == 0));
            // "two Velmora Awards for Best Song and Record of the Year": honours in the plural
            // before "for" are several, each for its category, and the categories are no part
            // of their name.
            let honours = ["awards", "prizes", "medals", "honours", "honors"].contains(&tokens[end - 1].key.as_str());
            if honours && connector.starts_with("for") && !italic {
                break;
            }
            // "a star on the Velmora Walk of Fame": after a name's head, a word the text writes
            // in lowercase elsewhere, capitalised here, "of" and a last word so written too make
            // one name (not a role's field: "Professor of History").
            let lowercase_elsewhere = |k: usize| casing.get(tokens[k].key.as_str()).is_some_and(|c| c.lower > 0);
            let common_of = connector == "of"
                && end >= i + 2
                && !lowercase_elsewhere(i)
                && lowercase_elsewhere(end - 1)
                && !words::is_role(&tokens[end - 1].key)
                && !words::is_honorific(&tokens[end - 1].key)
                && j < tokens.len()
                && tokens[j].capitalised()
                && lowercase_elsewhere(j)
                && tokens.get(j + 1).is_none_or(|n| !(n.joined && (n.capitalised() || words::is_connector(&n.key))));
            let institutional = words::is_institutional_connector(&connector);
            // "the UN Security Council on Kashmir": after "on", one word the text names alone
            // elsewhere is the meeting's subject, no part of the body's name ("Committee on
            // Foreign Affairs" is).
            let one_word = tokens.get(j + 1).is_none_or(|n| !n.joined || (!n.capitalised() && !words::is_connector(&n.key) && n.key != "and"));
            let subject = connector == "on" && one_word && tokens.get(j).is_some_and(|t| casing.get(t.key.as_str()).is_some_and(|c| c.bare >= 2));
            let taken = words::takes_connector(&tokens[end - 1].key, &connector) && !subject;
            let title = ((bound || opens_name) && of) || opens_inside;
            // "Century of Progress Exposition": a word the text writes lowercase, "of", and a
            // name ending in an institution noun are one name.
            let of_institution = connector == "of" && joins_institution;
            let work_title = work && (connector.starts_with("of") || work_preposition);
            if institutional && !taken && !italic && !title && !of_institution && !work_title && !within_body && !common_of {
                break;
            }
            work_of |= work_title;
            office_of |= connector == "of" && tokens[end - 1].key.split('-').any(|k| words::is_honorific(k) || words::is_role_noun(k));
            topic_abbreviation = institutional && taken && tokens.get(j).is_some_and(|t| t.running && words::is_common_abbreviation(&t.key) && t.text.chars().all(char::is_uppercase));
            purpose |= institutional && taken && connector.starts_with("for");
            institution |= institutional && taken;
            if institutional && taken && connector == "of" {
                topic = Some(j);
            }
        }
        // "Statistics New Zealand June 2018 estimate": a month before a number is a date.
        let date = words::is_month(tokens.get(j).map_or("", |t| t.key.as_str()))
            && tokens.get(j + 1).is_some_and(|n| n.joined && n.text.starts_with(|c: char| c.is_ascii_digit()));
        if j < tokens.len() && tokens[j].joined && (capital(tokens, j, casing) || topic_abbreviation) && !date && !opens_clause(tokens, j) {
            end = j + 1;
        } else {
            break;
        }
    }
    match topic {
        Some(j) if end == j + 1 && is_common(&tokens[j].key, casing) => listed_topics_end(tokens, end),
        _ if institution => campus_end(tokens, end),
        _ => end,
    }
}

/// Whether the capitalised word at `k` is the last of its sentence ("… to the Tarot.").
fn closes_sentence(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.capitalised() && !t.possessive)
        && tokens.get(k + 1).is_none_or(|n| n.node != tokens[k].node || n.stop_before)
}

/// A preposition and an article ("to the", "in a").
fn preposition_and_article(between: &[Token]) -> bool {
    matches!(between, [p, a] if words::is_determiner_or_preposition(&p.key) && ["the", "a", "an"].contains(&a.key.as_str()))
}

/// "remarkable stories about Amsterdam From hundreds of concepts" (a heading's line joined to
/// the next): an article or preposition written capitalised with a lowercase word after it
/// opens a sentence, no name's last word. Not a title in italics, nor a letter ("Vitamin A
/// is"); other words may end a name ("Get USA Today in your inbox"). So does a subject
/// pronoun or "both" ("Liverpool He has a good team", "the RAM I can use", "Atlanta United
/// Both teams are": a post's lines run on without their stops); not "I" after a given name
/// or a numbered noun, a numeral there ("Henry I was", "World War I is").
fn opens_clause(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let lowercase_after = tokens.get(k + 1).is_some_and(|n| n.joined && n.node == t.node && n.text.starts_with(char::is_lowercase));
    let numeral = t.key == "i" && k > 0 && (words::is_given_name(&tokens[k - 1].key) || NUMBERED_NOUNS.contains(&tokens[k - 1].key.as_str()));
    let subject = ["i", "he", "she", "we", "they", "both"].contains(&t.key.as_str()) && !numeral;
    let opener = (t.text.chars().count() > 1 && words::is_determiner_or_preposition(&t.key)) || subject;
    !t.italic && opener && lowercase_after
}

/// "the University of California, San Francisco, helps": a place of two words opening with
/// a place word, set off by commas after an institution's name, is its campus, part of the
/// name. The end of the name after it, or `end`.
fn campus_end(tokens: &[Token], end: usize) -> usize {
    let word = |k: usize| tokens.get(k).filter(|t| t.node == tokens[end - 1].node && t.capitalised() && !t.possessive);
    let opens = word(end).is_some_and(|t| t.comma_before && words::is_place_prefix(&t.key));
    let place = word(end + 1).is_some_and(|t| t.joined && !words::is_non_person(&t.key));
    let closes = tokens.get(end + 2).is_none_or(|t| !t.joined || t.node != tokens[end - 1].node);
    if opens && place && closes {
        return end + 2;
    }
    // "the University of California, Berkeley.": one word after "University of" and a place,
    // closing the sentence or before lowercase words ("Berkeley and studied"), is the campus
    // too (not "University of Oxford, Cambridge and Durham").
    let university = end >= 3 && tokens[end - 3].key == "university" && tokens[end - 2].key == "of";
    let campus = word(end).is_some_and(|t| t.comma_before && !words::is_non_person(&t.key));
    let lowercase = |k: usize| tokens.get(k).is_some_and(|t| t.joined && t.node == tokens[end - 1].node && !t.capitalised());
    let sentence_closes = tokens.get(end + 1).is_none_or(|t| t.node != tokens[end - 1].node || t.stop_before);
    // ("at the University of Velmora, Quist was…": a word before a verb is the clause's
    // subject, no campus.)
    let verb = |k: usize| FINITE_VERBS.contains(&tokens[k].key.as_str()) || words::is_speech_verb(&tokens[k].key);
    let clause_goes_on = lowercase(end + 1) && !verb(end + 1) && (!["and", "or"].contains(&tokens[end + 1].key.as_str()) || lowercase(end + 2));
    if university && campus && (sentence_closes || clause_goes_on) { end + 1 } else { end }
}

/// Common finite verbs that open a predicate after its subject.
const FINITE_VERBS: &[&str] = &["was", "is", "were", "are", "had", "has", "have", "did", "does", "would", "will", "could", "can", "should", "may", "might"];

/// "American Academy of Allergy, Asthma and Immunology", "Department of Health, Education and
/// Welfare": after an institution's "of" and a common noun (a subject, not a place: "University
/// of Chicago, Harvard and Yale" are three), the subjects listed after it, one capitalised word
/// each, are part of the name. The end of the name after them, or `end` when no "and" or "&"
/// closes such a list.
fn listed_topics_end(tokens: &[Token], end: usize) -> usize {
    let word = |k: usize| tokens.get(k).is_some_and(|t| t.capitalised() && !t.possessive && !t.sentence_start);
    let mut k = end;
    while word(k) && tokens[k].comma_before {
        k += 1;
    }
    let closes = k > end || tokens.get(k).is_some_and(|t| t.comma_before);
    let and = tokens.get(k).is_some_and(|t| t.joined && (t.key == "and" || t.key == "&"));
    let last = k + 1;
    let alone = !tokens.get(last + 1).is_some_and(|t| t.joined && t.capitalised());
    if closes && and && word(last) && tokens[last].joined && alone {
        last + 1
    } else {
        end
    }
}

/// Whether the capitalised words from `i`, through the "and" before `j`, are spelled out by
/// the abbreviation right after them ("US Patent and Trademark Office (USPTO)"): one name.
/// A word in capitals gives all its letters, the others their initial; "and", "of" and
/// "the" none.
fn spelled_after(tokens: &[Token], i: usize, j: usize) -> bool {
    let k = capitalised_run_end(tokens, j);
    let Some(abbreviation) = tokens.get(k).filter(|t| !t.joined && k > j && abbreviations::is_abbreviation(&t.text)) else {
        return false;
    };
    let initials = |from: usize| -> String {
        tokens[from..k]
            .iter()
            .filter(|t| !["and", "of", "the", "&"].contains(&t.key.as_str()))
            .flat_map(|t| {
                let all = abbreviations::is_abbreviation(&t.text);
                t.text.chars().filter(|c| c.is_alphabetic()).take(if all { usize::MAX } else { 1 }).collect::<Vec<_>>()
            })
            .collect()
    };
    // "U.S. Customs and Border Protection (CBP)": the country's abbreviation may be left out.
    let country = words::is_country_abbreviation(&tokens[i].key) && i + 1 < j;
    let spelled = |from: usize| initials(from).to_uppercase() == abbreviation.text.to_uppercase();
    spelled(i) || (country && spelled(i + 1))
}

/// The countries and territories whose one name joins two with "and", in lowercase.
const AND_COUNTRIES: &[&str] = &[
    "antigua and barbuda",
    "bosnia and herzegovina",
    "saint kitts and nevis",
    "st kitts and nevis",
    "saint pierre and miquelon",
    "saint vincent and the grenadines",
    "st vincent and the grenadines",
    "st. vincent and the grenadines",
    "st. kitts and nevis",
    "sao tome and principe",
    "são tomé and príncipe",
    "trinidad and tobago",
    "turks and caicos",
    "wallis and futuna",
];

/// Whether the capitalised words from `i`, "and" and the capitalised words from `j` name
/// one country ("Bosnia and Herzegovina", "Trinidad and Tobago"), not two.
fn joined_country(tokens: &[Token], i: usize, j: usize) -> bool {
    let words: Vec<&str> = tokens[i..capitalised_run_end(tokens, j)].iter().map(|t| t.key.as_str()).collect();
    AND_COUNTRIES.contains(&words.join(" ").as_str())
}

/// Where the capitalised words joined on from `j` end.
fn capitalised_run_end(tokens: &[Token], j: usize) -> usize {
    let mut k = j;
    while k < tokens.len() && tokens[k].joined && tokens[k].capitalised() {
        k += 1;
    }
    k
}

/// Whether "and" at `end` joins two plural nouns of bodies or places that end a name opened
/// by a word of its own ("Margaritaville Hotels and Resorts", "Acme Stores and Depots"): one
/// firm's name, not two.
fn paired_bodies(tokens: &[Token], i: usize, end: usize, j: usize) -> bool {
    let plural_body = |t: &Token| t.key.strip_suffix('s').is_some_and(words::is_non_person);
    let last = tokens.get(j).filter(|t| t.joined && t.capitalised() && plural_body(t));
    let closes = tokens.get(j + 1).is_none_or(|t| !(t.joined && t.capitalised()));
    end > i + 1 && plural_body(&tokens[end - 1]) && last.is_some() && closes
}

/// Whether "and" at `end` joins two nouns of periodicals into one paper's name ("The Post and
/// Courier reported"), the second closing it.
fn paired_periodicals(tokens: &[Token], end: usize, j: usize) -> bool {
    let closes = tokens.get(j + 1).is_none_or(|t| !(t.joined && t.capitalised()));
    let periodical = |t: &Token| titles::is_periodical_noun(&t.text);
    periodical(&tokens[end - 1]) && tokens.get(j).is_some_and(|t| t.joined && periodical(t)) && closes
}

/// The most capitalised words an institution's noun may close ("Resource Systems Analysis
/// Laboratory").
const INSTITUTION_MAX_WORDS: usize = 4;

/// The capitalised words that run on from `j`, as many as an institution's name has.
fn name_run(tokens: &[Token], j: usize) -> impl Iterator<Item = &Token> {
    tokens[j..].iter().take_while(|t| t.joined && t.capitalised()).take(INSTITUTION_MAX_WORDS)
}

/// Whether the capitalised words from `j` run on to an institution noun ("Tourism Council").
fn institution_follows(tokens: &[Token], j: usize) -> bool {
    name_run(tokens, j).any(|t| words::is_non_person(&t.key))
}

/// The nouns of a body where people work or study that close its name ("Robotics Research
/// Lab", "Policy Institute"), unlike a place's ("Carson City").
const WORKPLACES: &[&str] = &["lab", "laboratory", "institute", "centre", "center", "school", "college", "university", "department", "unit", "programme", "program", "initiative"];

/// Whether the capitalised words from `j` end in a workplace's noun ("Robotics Research Lab").
fn workplace_follows(tokens: &[Token], j: usize) -> bool {
    name_run(tokens, j).last().is_some_and(|t| WORKPLACES.contains(&t.key.as_str()))
}

/// The nouns of a governing body that close its name ("Tariffs and Excise Commission").
const GOVERNING_BODIES: &[&str] = &["commission", "council", "committee", "board", "authority", "agency", "bureau", "administration"];

/// Whether the capitalised words from `j` end in a governing body's noun ("Excise
/// Commission").
fn governing_body_follows(tokens: &[Token], j: usize) -> bool {
    name_run(tokens, j).last().is_some_and(|t| GOVERNING_BODIES.contains(&t.key.as_str()))
}

/// Whether the possessive at `k` is part of a name ("Sam’s Club", "Fisherman’s Terminal"):
/// the text never names the owner alone (only inside longer names), and one capitalised
/// place or institution noun
/// follows and ends the name (not "California’s Museum of Neon Art", "Jupiter’s Ganymede").
fn possessive_in_name(tokens: &[Token], k: usize, casing: &HashMap<&str, Casing>) -> bool {
    let noun = tokens
        .get(k + 1)
        .is_some_and(|n| n.joined && n.capitalised() && !n.possessive && words::is_non_person(&n.key));
    let ends = tokens.get(k + 2).is_none_or(|n| !n.joined || n.text.chars().next().is_some_and(char::is_lowercase) && !words::is_connector(&n.key));
    noun && ends && casing.get(tokens[k].key.as_str()).is_none_or(|c| c.bare == 0)
}

/// Whether the possessive at `k`, a name's first word, opens a title ("Assassin's Creed
/// Odyssey", "Tom's Guide"): the text names neither the owner nor the capitalised word after
/// it alone ("Lupita's room" is no title), the owner owns nothing else ("Jupiter's Ganymede"
/// beside "Jupiter's moon"), and it is a word, not an abbreviation ("NASA's Exceptional
/// Space Act Award").
fn owner_in_title(tokens: &[Token], k: usize, casing: &HashMap<&str, Casing>) -> bool {
    let owner = &tokens[k];
    let never_alone = |key: &str| casing.get(key).is_none_or(|c| c.bare == 0 && !c.owns_various);
    // A word with a capital inside is a brand, named on its own ("Sony's PlayStation").
    let plain = |n: &&Token| n.text.chars().skip(1).all(|c| !c.is_uppercase());
    let next = tokens.get(k + 1).filter(|n| n.joined && n.node == owner.node && n.capitalised() && !n.possessive).filter(plain);
    let word = owner.text.chars().skip(1).take_while(|c| *c != '\'' && *c != '’').all(char::is_lowercase);
    // "Velmora’s Anna Quist": a given name and a capital after the owner name its person.
    let person = next.is_some_and(|n| words::is_given_name(&n.key)) && tokens.get(k + 2).is_some_and(|s| s.joined && s.node == owner.node && s.capitalised());
    owner.possessive
        && word
        && !person
        && never_alone(&owner.key)
        && next.is_some_and(|n| !is_common(&n.key, casing) && never_alone(&n.key))
}

/// The nouns that end a street's name.
const STREET_NOUNS: &[&str] = &[
    "street", "avenue", "road", "boulevard", "lane", "drive", "place", "st.", "ave.", "rd.", "blvd.",
];

/// Whether the street's name `start..end` and another are joined by "and", a crossing ("near
/// 17th Street and Gladstone Avenue").
fn crossing(tokens: &[Token], start: usize, end: usize) -> bool {
    let street = |t: &Token| STREET_NOUNS.contains(&t.key.as_str());
    let node = tokens[start].node;
    let word = |k: usize| tokens.get(k).filter(|t| t.node == node && t.joined);
    let and = |k: usize| word(k).is_some_and(|t| t.key == "and");
    let before = start >= 2 && and(start - 1) && tokens[start - 1].node == node && street(&tokens[start - 2]);
    let after = and(end)
        && (end + 1..end + 4)
            .map_while(|k| word(k).filter(|t| t.capitalised()))
            .last()
            .is_some_and(street);
    street(&tokens[end - 1]) && (before || after)
}

/// Drops forms that are no headings: seen only sentence-initially, calendar words, single
/// common or one-letter words.
fn keep_form(f: &Form, casing: &HashMap<&str, Casing>) -> bool {
    if f.mid_sentence == 0 {
        return false;
    }
    if f.oaths > 0 && f.oaths == f.count || f.interjected > 0 && f.interjected == f.count {
        return false;
    }
    // "Rt" of "Dr the Rt. Hon. Ada Lind" cut by its full stop: an abbreviated title of
    // address alone names no one.
    if matches!(f.keys.as_slice(), [k] if words::is_honorific(k) && (k.ends_with('.') || k.chars().count() <= 3)) {
        return false;
    }
    // "in Winter of 2009": a season, capitalised or not, after "in" each time is a time.
    if matches!(f.keys.as_slice(), [k] if SEASONS.contains(&k.as_str())) && f.located == f.count {
        return false;
    }
    // "—*Warmly, Michael*": a letter's closing word and the writer's first name are its
    // sign-off, no title, though set in italics.
    if matches!(f.words.as_slice(), [close, _] if close.ends_with(',') && VALEDICTIONS.contains(&f.keys[0].trim_end_matches(','))) {
        return false;
    }
    // An article alone is no title, though set as one ("*and the*" of a name set in
    // italics word by word).
    if matches!(f.keys.as_slice(), [k] if ["the", "a", "an"].contains(&k.as_str())) {
        return false;
    }
    // "giving Ds and Fs": a letter's plural is a grade or a mark, no name.
    if matches!(f.words.as_slice(), [w] if w.chars().count() == 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.ends_with('s')) {
        return false;
    }
    // A work the text names as such is a title, whatever its words ("titled Aspects").
    if f.named_work > 0 {
        return true;
    }
    // "sales in the U.S. grew", "sold in the US": a country's abbreviation after "in the", no
    // modifier of a noun, names the country as a place, whatever its stops (not "U.S. firms"
    // alone).
    let country = |w: &String| w == "US" || words::is_country_abbreviation(&w.to_lowercase());
    if matches!(f.words.as_slice(), [w] if country(w)) && f.in_the > 0 {
        return true;
    }
    if f.keys
        .iter()
        .all(|k| words::is_stop(k) || k.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // "Page A8", "Table S1": a page, figure or table and its code is a place in a document, no
    // topic (as "Chapter 11", "Article 50" or "Section 230" may be).
    let locator = |part: &str| ["page", "fig.", "figure", "table"].contains(&part);
    if matches!(f.keys.as_slice(), [part, code] if locator(part) && code.chars().any(|c| c.is_ascii_digit())) {
        return false;
    }
    // "Sections 21, 24 and 26": a document's parts in the plural before a figure name
    // several, the first figure no more a name than the others.
    let parts = |k: &str| k.strip_suffix('s').is_some_and(words::is_document_part);
    if matches!(f.keys.as_slice(), [part, code] if parts(part) && code.chars().any(|c| c.is_ascii_digit())) {
        return false;
    }
    // "Rs 24 lakh", "Suite 350": a word always before a figure is a unit or a label; "520
    // Third Street": a street always after one is an address, and so is a name opened by a
    // point of the compass abbreviated ("201 E. Nine Mile"), no person with an initial.
    let compass_initial = f.keys.len() > 1 && ["n.", "s.", "e.", "w."].contains(&f.keys[0].as_str());
    let street = f.keys.last().is_some_and(|k| STREET_NOUNS.contains(&k.as_str())) || compass_initial;
    // "30 Rock": a word always after a number that is no year is the rest of a title.
    let counted = f.after_count == f.count;
    if (f.keys.len() == 1 && (f.before_figure == f.count || f.after_degrees == f.count || f.dash_paired == f.count || counted)) || (street && f.after_figure == f.count) {
        return false;
    }
    // Initials alone ("P. J."), dotted abbreviations alone ("S.D.", "Calif."); not a body's
    // initials dotted in a house style, three or more ("I.B.M. announced", "the F.B.I.").
    let dotted_initials = |w: &String| w.len() >= 6 && w.chars().enumerate().all(|(n, c)| if n % 2 == 0 { c.is_ascii_uppercase() } else { c == '.' });
    if f.words.iter().all(|w| w.ends_with('.')) && !matches!(f.words.as_slice(), [w] if dotted_initials(w)) {
        return false;
    }
    // Lone capitals without their stops ("K M", "M T"): a formula's symbols, no name.
    if f.words.len() > 1 && f.words.iter().all(|w| w.chars().count() == 1) {
        return false;
    }
    // "Wow.", "Ye Gods.", "Wha?? …": a word or two that is a sentence of its own, and is cut
    // short by a stop wherever it stands, is an exclamation.
    if f.keys.len() <= 2 && f.opening > 0 && f.stopped == f.count {
        return false;
    }
    // "posing as a Tax Preparation Service": words of several capitals met only after "a" or
    // "an" name a category, not one thing.
    // So do an abbreviation ("a CT of his chest", "an MRI") and a word alone ("elected a
    // Presidium and an Executive").
    // (Not an award: "to win a Fields Medal"; a metal's names its grade: "a Gold Medal".)
    let award = f.keys.last().is_some_and(|k| ["medal", "prize", "award"].contains(&k.as_str()))
        && !["gold", "silver", "bronze"].contains(&f.keys[0].as_str());
    if f.indefinite == f.count && !award {
        return false;
    }
    // "the Land Committees elected by the peasants": common words before a body's noun in the
    // plural name a kind of bodies, no one body.
    let bodies = f.keys.last().is_some_and(|k| k.strip_suffix('s').is_some_and(words::is_body_noun));
    if f.keys.len() > 1 && bodies && f.keys[..f.keys.len() - 1].iter().all(|k| is_common(k, casing)) {
        return false;
    }
    // "Prime Minister", "Attorney-General": a title with no name names no one; nor does a
    // post, words a title of office ends, always set off after a name or before its field
    // ("Senior Vice President of Sales", "Advocacy Director for the Middle East").
    // ("U.S. Ambassador", "French President": a country's word before it names no one either.)
    let office = |k: &String| words::is_honorific(k) || words::is_role_noun(k);
    let country = |k: &String| words::is_nationality(k) || words::is_country_abbreviation(k);
    if f.keys.len() > 1 && f.keys.last().is_some_and(office) && f.keys.iter().all(|k| office(k) || country(k)) {
        return false;
    }
    // "U.S. Secretary of State", "French Minister of Mines": so does a country's word before
    // an office and its field.
    let of = f.keys.iter().position(|k| k == "of").unwrap_or(0);
    if of >= 2 && country(&f.keys[0]) && f.keys[1..of].iter().all(office) {
        return false;
    }
    if f.keys.len() > 1 && f.keys.last().is_some_and(|k| words::is_honorific(k) || words::is_role_noun(k)) && f.post == f.count {
        return false;
    }
    // "Velmora's Director of Software Engineering": a title of office and its field after an
    // owner's possessive are the owner's post, no one named.
    if matches!(f.keys.as_slice(), [title, of, _, ..] if words::is_role(title) && of == "of") && f.owned_posts == f.count {
        return false;
    }
    // "Ada Quell, Professor of Botany", "a Lecturer in Botany": a role described after a name
    // or an article names no one.
    if f.keys.first().is_some_and(|k| words::is_role(k)) && f.described_posts == f.count {
        return false;
    }
    // "Vice President", "Distinguished Professor": a rank before a title of office names no
    // one; nor does a chair a donor endowed ("the Ada Lind Centennial Chair in Government").
    if f.keys.len() > 1 && f.keys.last().is_some_and(office) && f.keys[..f.keys.len() - 1].iter().all(|k| is_rank(k) || office(k)) {
        return false;
    }
    if f.keys.last().is_some_and(|k| ENDOWED_POSTS.contains(&k.as_str())) && f.keys.iter().any(|k| ENDOWMENTS.contains(&k.as_str())) {
        return false;
    }
    // "Common Name: Paper Flower", "Author Addresses: …": words the text writes in lowercase,
    // capitalised only to open a line before a colon, are a label of the page.
    if f.keys.len() > 1 && f.labels == f.count && f.keys.iter().all(|k| is_common(k, casing)) {
        return false;
    }
    // "Stated Weight per Ski: 2030 grams", "Measured Dimensions: 152-117-141 mm": words met
    // only in the labels of a sheet's figures name its fields, nothing the text is about.
    if f.keys.len() > 1 && f.fields == f.count {
        return false;
    }
    // "Liam A.", "Janice B.": a given name and the initial of a surname withheld (a reader's
    // letter, a child's joke) name no one a reader looks up.
    if f.keys.len() > 1 && f.words.last().is_some_and(|w| is_lone_initial(w)) && !f.words.iter().all(|w| is_lone_initial(w)) {
        return false;
    }
    // "A. Thus, references to C.x …", "2.4°C. This October": a letter closing a sentence
    // before a function word is no initial of a name.
    if f.words.first().is_some_and(|w| is_lone_initial(w)) && f.keys[1..].iter().all(|k| words::is_stop(k) || is_lone_initial(k)) {
        return false;
    }
    // "Who Will America Be?", "Free Sign Up": a name never ends in a verb "to be", a negation
    // or a particle of a phrasal verb; a title set as one may ("Let It Be" in italics).
    // "Visualizing Data Using", "Undelivered Goods How", "Reminds Me Of": nor even a title in
    // a preposition that wants its object or a question's word, cut from what follows.
    let titled = f.italic > 0 || f.quoted > 0 || f.named_work > 0;
    let last = |list: &[&str]| f.keys.last().is_some_and(|k| list.contains(&k.as_str()));
    if f.keys.len() > 1 && ((!titled && last(NEVER_LAST)) || last(NEVER_LAST_OF_TITLES)) {
        return false;
    }
    // "“Thank You” notes", "Trust Me": a verb and its pronoun are a phrase, no name, unless
    // the text names them as a work ("the song “Trust Me”") or sets them in italics.
    let pronoun_last = last(&["you", "me", "us", "them", "him"]);
    if f.keys.len() == 2 && pronoun_last && f.named_work == 0 && f.italic == 0 {
        return false;
    }
    // "Artist In Residence": cut from the role before it, a preposition opens no name (a title
    // may: "In Cold Blood" in italics).
    let preposition_first = f.keys.first().is_some_and(|k| ["in", "on", "at", "of", "for", "with", "by", "to", "from"].contains(&k.as_str()));
    if f.keys.len() > 1 && preposition_first && !titled {
        return false;
    }
    // "Meghan, Duchess of Sussex": a title of nobility always set off after a name is that
    // person's style, no one of its own (alone, "the Duke of Edinburgh" is one).
    if matches!(f.keys.as_slice(), [title, of, ..] if NOBLE_TITLES.contains(&title.as_str()) && of == "of") && f.post == f.count {
        return false;
    }
    // "We rate the statement Mostly True.", "Technically Literate": an adverb in "-ly" before
    // words the text writes in lowercase too is a phrase capitalised, no name (not "Kelly
    // Clarkson", "Daily Telegraph").
    let adverb_led = f.keys.first().is_some_and(|k| k.ends_with("ly") && words::is_adverb(k) && !words::is_census_given_name(k));
    if f.keys.len() > 1 && adverb_led && f.keys.iter().all(|k| is_common(k, casing)) {
        return false;
    }
    // "The History": an article kept for a title does not make a common word a heading.
    let keys = match f.keys.as_slice() {
        [a, rest @ ..] if ["a", "an", "the"].contains(&a.as_str()) => rest,
        keys => keys,
    };
    // "North African nation", "European capitals": an adjective wherever it stands.
    let adjective = keys.last().is_some_and(|k| words::is_adjectival(k) || words::is_nationality(k));
    if adjective && f.attributive == f.count {
        return false;
    }
    // "Astrobotic, Deep Space Systems, …", "to Astrobotic, Intuitive Machines and
    // OrbitBeyond": listed beside two names of several words, a word shaped as an adjective
    // is a name too (not "the Queen’s Journal and The Ubyssey").
    let names_beside: HashSet<&String> =
        f.listed_with.iter().filter(|k| k.contains(' ') && !k.rsplit(' ').next().is_some_and(words::is_adjectival)).collect();
    let listed_with_name = names_beside.len() >= 2;
    // "Peace, Bread and Land": a word met once, listed beside words alone that the text writes
    // in lowercase too, is one more common noun capitalised.
    // (Not beside a month or an adjective: "National and Labour" are parties.)
    let common_word = |k: &String| !k.contains(' ') && is_common(k, casing) && !words::is_calendar(k) && !words::is_adjectival(k);
    let among_commons = f.count == 1 && f.italic == 0 && !f.listed_with.is_empty() && f.listed_with.iter().all(common_word);
    match keys {
        [k] => {
            let singular = k.strip_suffix('s').filter(|s| !s.is_empty());
            k.chars().count() > 1
                && (!is_common(k, casing) || (f.before_member > 0 && f.before_member == f.count))
                && !among_commons
                // "Mars" is no plural of the month "Mar".
                && !singular.is_some_and(|s| is_common(s, casing) && !words::is_calendar(s))
                // (An adjective owns nothing: "Quorglish’s characters" is a name's.)
                && (!words::is_adjectival(k) || listed_with_name || country_shaped(k, f, casing) || f.owned.is_some())
                // "Christians", "Europeans": a people named by its adjective.
                && !singular.is_some_and(words::is_adjectival)
                // "German citizens", "a Native woman": an adjective of a people alone (not
                // a language: "written in Latin", "in English rather than Latin").
                && !(words::is_people_adjective(k) && f.located == 0 && f.attributive > 0)
                && !words::is_adherent(k)
                // "our new President and CEO": a role without a name names no one.
                && !words::is_role_noun(k)
                // "Sheriff's deputies", "the position of Governor": a title never given the
                // article names no one ("the Tsar", "the Queen" are a person).
                && !(words::is_honorific(k) && !words::is_title_modifier(k) && f.determined + f.determined_attributive == 0)
                // "his first wife, Sally,", "his father Gerhard": a word alone, only ever after
                // a noun of kinship, is a relative's given name, whose surname the text leaves
                // to the reader.
                && f.after_kin < f.count
                // "in the North", "the West": a point of the compass alone is a direction, or
                // a region no reader looks up under one word.
                && !COMPASS.contains(&k.as_str())
        }
        _ => true,
    }
}

/// Whether a word alone whose ending is an adjective's in "-ary" or "-al" is a place's name
/// ("in southern Hungary", "Norway, Portugal and Spain"): the text never writes it in
/// lowercase, nor before a lowercase word, nor after an article ("Velmary" is no "Military",
/// "Primary voters", "the Secretary", "Federal agents").
fn country_shaped(k: &str, f: &Form, casing: &HashMap<&str, Casing>) -> bool {
    // (Not an institution's noun cut from its name, "Journal", "Festival", nor a word met
    // only in a headline's title case, "Man Making Special Delivery".)
    let adjective = k.ends_with("al") && !words::is_non_person(k) && f.headlined < f.count;
    let ending = (k.ends_with("ary") || adjective) && !words::is_nationality(k);
    ending && !is_common(k, casing) && f.attributive == 0 && f.determined + f.determined_attributive == 0 && f.italic == 0
}

/// Nouns of kinship, before the given name of a relative of someone named before or after.
const KIN: &[&str] = &[
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "grandson", "granddaughter",
    "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower", "stepson",
    "stepdaughter", "fiancé", "fiancée",
];

/// Ranks that qualify a title of office ("Vice President", "Distinguished Professor",
/// "Associate Editor"), besides the title modifiers of [`words::is_title_modifier`].
const RANKS: &[&str] = &[
    "vice", "distinguished", "senior", "junior", "assistant", "associate", "visiting", "emeritus", "acting", "managing", "founding",
    "honorary", "adjunct", "regius",
];

fn is_rank(key: &str) -> bool {
    RANKS.contains(&key) || words::is_title_modifier(key)
}

/// Posts a donor endows and names ("the Ada Lind Centennial Chair"), and the words that say so.
const ENDOWED_POSTS: &[&str] = &["chair", "professorship", "fellowship", "lectureship", "scholarship"];
const ENDOWMENTS: &[&str] = &["endowed", "centennial", "memorial", "distinguished"];

/// Words that never close a name: forms of "to be", a negation, a particle of a phrasal verb.
const NEVER_LAST: &[&str] = &["be", "is", "are", "was", "were", "been", "being", "not", "up", "than", "thus", "therefore", "whether"];

/// Words that close no title either: a preposition wanting its object, a question's word.
const NEVER_LAST_OF_TITLES: &[&str] = &["using", "via", "how", "versus", "of"];

/// A single capital and its full stop ("A."): an initial, or a letter closing a sentence.
fn is_lone_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_alphabetic())
}

/// Verbs that give a name ("a seller called “E-Life”"); not a nickname's ("dubbed
/// “DisGrace”"), a person's epithet.
const NAMING: &[&str] = &["called", "named"];

/// Titles of nobility that take "of" and a place ("Duchess of Sussex").
const NOBLE_TITLES: &[&str] = &[
    "duke", "duchess", "prince", "princess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess", "baron", "baroness",
];

/// Points of the compass, and the centre among them ("Central and South America").
const COMPASS: &[&str] = &["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"];

/// Nouns ending in "s" that are no plural: a name they close is never another's plural
/// ("Velmora News" of "Velmora New").
const NO_PLURALS: &[&str] = &["news", "times", "series", "species", "means", "physics", "economics", "politics", "athletics", "mathematics", "ethics", "headquarters"];

/// Groups forms into proposals: plurals and surnames join their fullest form.
fn group(mut forms: Vec<Form>, casing: &HashMap<&str, Casing>, alone: &HashSet<String>, fronted: &HashMap<String, Option<String>>) -> Vec<Proposal> {
    let index: HashMap<String, usize> = forms
        .iter()
        .enumerate()
        .map(|(n, f)| (f.keys.join(" "), n))
        .collect();
    // "Feng Zhang" then "Zhang said": the word of a two-word name the text says alone is the
    // family name, which settles the order of an East Asian name that could go either way.
    let said_alone = |k: &String| index.get(k).is_some_and(|&m| forms[m].count > 0);
    let western: Vec<usize> = (0..forms.len())
        .filter(|&n| matches!(forms[n].keys.as_slice(), [first, last] if said_alone(last) && !said_alone(first)) && east_asian(&forms[n]))
        .collect();
    for n in western {
        forms[n].western_order = true;
    }
    // The names a person's words are weighed against: a work's title says nothing of them
    // (the biopic "Judy" beside "Judy Garland").
    let names: HashMap<String, usize> = index.iter().filter(|(_, n)| forms[**n].named_work == 0).map(|(k, n)| (k.clone(), *n)).collect();
    // A word said alone that opens one longer name only: a given name ("Lupita" of "Lupita
    // Nyong'o"); a firm's opens many ("Apple" of "Apple Pay", "Apple Vision Pro").
    // Shaped as a given name: one capital, then lowercase letters ("LibreOffice" is none).
    let name_shaped = |w: &str| w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '-');
    let named_alone: HashSet<String> = forms
        .iter()
        .filter(|f| f.keys.len() == 1 && f.personal_context && name_shaped(&f.words[0]))
        .map(|f| f.keys[0].clone())
        .collect();
    let mut opened: HashMap<String, usize> = HashMap::new();
    for f in forms.iter().filter(|f| f.keys.len() > 1) {
        *opened.entry(f.keys[0].clone()).or_default() += 1;
    }
    // "the Stadia controller": a last word that takes an article alone names a thing, so
    // the word before it is a maker's name ("Google Stadia"), no given name.
    let thing: HashSet<String> = forms
        .iter()
        .filter(|f| f.keys.len() == 1 && f.determined + f.determined_attributive > 0)
        .map(|f| f.keys[0].clone())
        .collect();
    for f in forms.iter_mut().filter(|f| f.keys.len() > 1) {
        let last_a_thing = f.keys.last().is_some_and(|k| thing.contains(k));
        f.first_named = named_alone.contains(&f.keys[0]) && opened.get(&f.keys[0]) == Some(&1) && !last_a_thing;
        f.last_named = f.keys.last().is_some_and(|k| named_alone.contains(k));
    }
    // Twice: a name found a person by its list ("Jan Holesovsky" beside "Chris Sherlock")
    // is evidence for the names listed beside it in turn ("Julien Nabet").
    mark_person_lists(&mut forms, &names, alone, casing);
    mark_person_lists(&mut forms, &names, alone, casing);
    mark_person_columns(&mut forms, &names, alone, casing);
    // parent[n]: the form that form n merges into.
    let mut parent: Vec<usize> = (0..forms.len()).collect();
    for (n, f) in forms.iter().enumerate() {
        let key = f.keys.join(" ");
        // The more frequent of singular and plural names the group ("Bolsheviks"); a people
        // named by an adjective, by its plural ("African Americans" beside "is African
        // American", its adjective).
        if let Some(&singular) = key.strip_suffix('s').and_then(|s| index.get(s)) {
            let people = forms[singular].keys.last().is_some_and(|k| words::is_adjectival(k));
            // "ABC News" beside a slip's "ABC New": a noun ending in "s" that is no plural
            // names the group, the slip its alias.
            let no_plural = f.keys.len() > 1 && f.keys.last().is_some_and(|k| NO_PLURALS.contains(&k.as_str()));
            if f.count > forms[singular].count || people || no_plural {
                parent[singular] = n;
            } else {
                parent[n] = singular;
            }
        }
    }
    // "Tiq Quist" beside "Tora “Tiq” Quist": the nickname and the surname name the person
    // the nickname split.
    for (n, f) in forms.iter().enumerate() {
        if let Some(&m) = f.nicknamed_as.as_ref().and_then(|k| index.get(k)).filter(|&&m| m != n && parent[m] == m) {
            parent[m] = n;
        }
    }
    // "Leninist Bolsheviks", "Islamist Muslim Brotherhood": an adjective of doctrine before a
    // name the text also gives alone qualifies it; the occurrence belongs to the name. (Not a
    // nationality: "Chinese Communist Party" is a name of its own.)
    // So does a party's or a creed's adjective before an abbreviation ("the second Democratic
    // FCC commissioner" beside "the FCC").
    for (n, f) in forms.iter().enumerate() {
        let doctrine = f.keys.len() > 1 && f.keys[0].ends_with("ist") && words::is_adjectival(&f.keys[0]);
        let abbreviated = f.keys.len() == 2 && words::is_adjectival(&f.keys[0]) && !words::is_nationality(&f.keys[0]) && abbreviations::is_abbreviation(&f.words[1]);
        let qualified = doctrine || abbreviated;
        if let Some(&name) = index.get(&f.keys[1..].join(" ")).filter(|_| qualified) {
            if parent[n] == n {
                parent[n] = name;
            }
        }
    }
    // "the Coty-Kylie Jenner deal": a name joined by a hyphen to another is no person's name.
    let paired: Vec<Option<usize>> = forms.iter().map(|f| hyphen_paired(f, &index)).collect();
    // Surnames: "Lenin" joins "Vladimir Lenin" when every personal name ending in it agrees.
    let personal = personal_forms(&forms, &names, alone, casing);
    // "Gerhard Müller" then "Mueller said": a surname alone with its umlaut spelled out is the
    // same surname.
    let mut full_names: HashMap<String, Vec<usize>> = HashMap::new();
    let bare: HashSet<String> = forms.iter().filter_map(bare_surname).map(umlauts_spelled).collect();
    for (n, f) in forms.iter().enumerate() {
        let surname_alone = bare.contains(&umlauts_spelled(surname(f)));
        if bare_surname(f).is_none() && f.keys.len() > 1 && surname_alone && paired[n].is_none() && personal[n] {
            full_names.entry(umlauts_spelled(surname(f))).or_default().push(n);
        }
    }
    let mut persons = vec![false; forms.len()];
    // A surname alone that two people of the text share ("Parata" of Hori and Te Kaurinui
    // Parata) names neither: no heading of its own.
    let mut ambiguous = vec![false; forms.len()];
    for (n, f) in forms.iter().enumerate() {
        if f.keys.len() > 1 && paired[n].is_none() && personal[n] {
            persons[n] = true;
        }
        if let Some(surname) = bare_surname(f) {
            let surname = umlauts_spelled(surname);
            ambiguous[n] = full_names.get(&surname).is_some_and(|v| !agree(&forms, v));
            if let Some(full) = full_names
                .get(&surname)
                .filter(|v| agree(&forms, v))
            {
                let fullest = *full
                    .iter()
                    .max_by_key(|m| (given_len(&forms[**m]), std::cmp::Reverse(**m)))
                    .expect("non-empty");
                for m in full.iter().chain([&n]) {
                    parent[*m] = fullest;
                }
                persons[fullest] = true;
            }
        }
    }
    // "Christie Leigh shares…" beside "Christie Leigh Mueller": a person's given names said
    // without the surname are the person's, when one person only bears them.
    let mut by_given_names: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(n, f)| persons[*n] && f.keys.len() >= 3) {
        by_given_names.entry(f.keys[..f.keys.len() - 1].join(" ")).or_default().push(n);
    }
    for (n, f) in forms.iter().enumerate() {
        let given = words::is_given_name(&f.keys[0]) || words::is_census_given_name(&f.keys[0]);
        if let Some([full]) = by_given_names.get(&f.keys.join(" ")).map(Vec::as_slice).filter(|_| given && parent[n] == n) {
            parent[n] = root_of(&parent, *full);
        }
    }
    // "the Treaty" after "the Treaty of Waitangi": an institution's or a document's noun used
    // with the article, opening one longer name only (no person's), is its short form (not
    // a name of its own: "the BBC" beside "BBC News").
    // So is a common noun the text also writes in lowercase, ending one longer name only,
    // when no name opens with it ("the Agency's panel" beside "European Space Agency"; not
    // "the Duma" beside "State Duma").
    let mut openers: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut enders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(_, f)| f.keys.len() > 1) {
        openers.entry(f.keys[0].as_str()).or_default().push(n);
        enders.entry(f.keys[f.keys.len() - 1].as_str()).or_default().push(n);
    }
    for (n, f) in forms.iter().enumerate() {
        let with_article = f.determined + f.determined_attributive;
        let short = f.keys.len() == 1 && words::is_non_person(&f.keys[0]) && with_article > 0 && with_article * 2 >= f.count && parent[n] == n;
        let lowercase_too = casing.get(f.keys[0].as_str()).is_some_and(|c| c.lower > 0);
        let longer = openers.get(f.keys[0].as_str()).or_else(|| enders.get(f.keys[0].as_str()).filter(|_| lowercase_too));
        if let Some([long]) = longer.map(Vec::as_slice).filter(|_| short) {
            if !persons[*long] {
                parent[n] = root_of(&parent, *long);
            }
        }
    }
    // "the Founder's Edition bundle and Pro service" beside "Stadia Pro": a word always before
    // a lowercase noun, ending one longer name (no person's) and opening none, is its short
    // form used as a modifier; not the topic after its connector ("AI research" beside "Allen
    // Institute for AI"), nor a place after a preposition ("Velmora movies" beside the film
    // "A Night in Velmora").
    let topic_last = |f: &Form| {
        f.keys.len() > 1 && {
            let before = &f.keys[f.keys.len() - 2];
            words::is_connector(before) || words::is_determiner_or_preposition(before)
        }
    };
    for (n, f) in forms.iter().enumerate() {
        let modifier = f.keys.len() == 1 && f.count > 0 && f.attributive == f.count && parent[n] == n;
        let opens = openers.contains_key(f.keys[0].as_str());
        if let Some([long]) = enders.get(f.keys[0].as_str()).map(Vec::as_slice).filter(|_| modifier && !opens) {
            if !persons[*long] && !topic_last(&forms[*long]) {
                parent[n] = root_of(&parent, *long);
            }
        }
    }
    // "According to LN" beside "Live Nation": an abbreviation the initials of one longer
    // name spell, and no other's, is its short form.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(n, f)| f.keys.len() > 1 && !persons[*n] && f.words.iter().all(|w| w.starts_with(char::is_uppercase))) {
        by_initials.entry(f.keys.iter().filter_map(|k| k.chars().next()).collect()).or_default().push(n);
    }
    for (n, f) in forms.iter().enumerate() {
        let abbreviation = matches!(f.words.as_slice(), [w] if abbreviations::is_abbreviation(w));
        if let Some([long]) = by_initials.get(&f.keys[0]).map(Vec::as_slice).filter(|_| abbreviation && parent[n] == n) {
            parent[n] = root_of(&parent, *long);
        }
    }
    // Its occurrences are the second name's ("Kylie Jenner").
    for (n, m) in paired.iter().enumerate().filter_map(|(n, m)| Some((n, (*m)?))) {
        if parent[n] == n && root_of(&parent, m) != n {
            parent[n] = root_of(&parent, m);
        }
    }
    // "Queen Elizabeth II" joins "Elizabeth II": a title does not make another person.
    for (n, f) in forms.iter().enumerate() {
        let untitled: Vec<&str> = f.keys.iter().map(String::as_str).skip_while(|k| words::is_honorific(k)).collect();
        if untitled.len() < f.keys.len() && !untitled.is_empty() && parent[n] == n {
            if let Some(&plain) = index.get(&untitled.join(" ")).filter(|&&m| persons[m] && parent[m] == m) {
                parent[n] = plain;
            }
        }
    }
    // "Hawk Sawyer" beside "Kathleen Hawk Sawyer": a person's name of two words that ends one
    // longer person's name, a given name before it, is that person's compound surname.
    // "Velasco Marquina" beside "Ada Velasco Marquina" and her mother "Lina Velasco
    // Marquina": a compound surname two persons share is each one's, and alone names neither
    // (no heading of its own, as a surname alone two persons share).
    let compound = compound_surnames(&forms, &index, &persons);
    for (&tail, fulls) in &compound {
        match fulls[..] {
            [full] if parent[tail] == tail && parent[full] == full => parent[tail] = full,
            [_] => {}
            _ => ambiguous[tail] = true,
        }
    }
    let compound: HashSet<usize> = compound.into_values().flatten().collect();
    // A given name alone ("Leon") joins the one person whose full names it opens ("Leon
    // Trotsky"; "Nikki" of "Nikki Haley" and "Nikki R. Haley"); not a work's title (the
    // biopic "Judy" of "Judy Garland"), nor a person no article names both ways (the "Joe"
    // of one article is not another article's "Joe Biden").
    let mut given: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(n, _)| persons[*n]) {
        if let Some(first) = f.keys.iter().find(|k| !words::is_honorific(k)) {
            given.entry(first.as_str()).or_default().push(n);
        }
    }
    for (n, f) in forms.iter().enumerate() {
        if let [single] = f.keys.as_slice() {
            if let Some(&[first, ref rest @ ..]) = given.get(single.as_str()).map(Vec::as_slice) {
                let person = root_of(&parent, first);
                let together = |m: usize| f.articles.is_empty() || forms[m].articles.is_empty() || f.articles.iter().any(|a| forms[m].articles.contains(a));
                let met = std::iter::once(first).chain(rest.iter().copied()).any(together);
                if parent[n] == n && f.named_work == 0 && person != n && met && rest.iter().all(|&m| root_of(&parent, m) == person) && !people_named(single, casing) {
                    parent[n] = person;
                }
            }
        }
    }
    // "the *Potter* franchise" beside "*Harry Potter*": a word in italics that ends or opens
    // one title in italics is that title, shortened.
    let in_italics = |f: &Form| f.italic + f.named_work > 0 && (f.italic + f.named_work) * 2 >= f.count;
    let mut titled: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(_, f)| f.keys.len() > 1 && in_italics(f)) {
        titled.entry(f.keys[0].as_str()).or_default().push(n);
        titled.entry(f.keys[f.keys.len() - 1].as_str()).or_default().push(n);
    }
    for (n, f) in forms.iter().enumerate().filter(|(_, f)| in_italics(f)) {
        if let (Some(&[first, ref rest @ ..]), [single]) = (titled.get(f.keys[0].as_str()).map(Vec::as_slice), f.keys.as_slice()) {
            let work = root_of(&parent, first);
            if parent[n] == n && !words::is_stop(single) && rest.iter().all(|&m| root_of(&parent, m) == work) {
                parent[n] = work;
            }
        }
    }
    let root = |mut n: usize| {
        while parent[n] != n {
            n = parent[n];
        }
        n
    };
    let mut proposals: Vec<Proposal> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    let mut surnames: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    // A common given name alone that joined no one ("Fiona", "Bill" of two Bills) names
    // no one the reader could look up.
    let lone_given = |r: usize| {
        matches!(forms[r].keys.as_slice(), [k] if words::is_given_name(k) && !words::is_east_asian_family(k))
    };
    // Nor does a census given name alone that opens the names of two persons ("Kristen" of
    // "Kristen Vell" and "Kristen Quist"), unless met after "in", a place's.
    let shared_given = |r: usize| {
        let persons = |k: &str| given.get(k).is_some_and(|v| v.iter().any(|&m| root(m) != root(v[0])));
        matches!(forms[r].keys.as_slice(), [k] if words::is_census_given_name(k) && persons(k)) && forms[r].located == 0
    };
    // "The Howitt-Garrett papers": surnames of two persons of the text joined by a hyphen
    // name their joint work, no one of its own.
    let person_surnames: HashSet<&str> = forms.iter().enumerate().filter(|(n, _)| persons[*n]).map(|(_, f)| surname(f)).collect();
    // "the Earth-Mars cruise": two names of the text, no person's, joined by a hyphen and
    // always before a noun, name a route or a relation (not "the Rider-Waite deck", after
    // Waite).
    // An abbreviation is a name of the text too ("the US-China trade deal").
    let modifier = |r: usize| forms[r].attributive == forms[r].count;
    let named = |p: &str| {
        let key = p.to_lowercase();
        (index.contains_key(&key) || (p.chars().count() >= 2 && p.chars().all(|c| c.is_ascii_uppercase()))) && !person_surnames.contains(key.as_str())
    };
    let joint = |r: usize| {
        matches!(forms[r].keys.as_slice(), [k] if k.contains('-')
            && (k.split('-').all(|p| person_surnames.contains(p))
                || (modifier(r) && forms[r].words[0].split('-').all(named))))
    };
    for (n, f) in forms.iter().enumerate() {
        let r = root(n);
        if ambiguous[r] || lone_given(r) || shared_given(r) || joint(r) {
            continue;
        }
        let p = *slot.entry(r).or_insert_with(|| {
            let marked = forms[r].italic + forms[r].named_work;
            let work = !persons[r] && marked * 2 >= forms[r].count.max(1) && marked > 0;
            proposals.push(Proposal {
                heading: if forms[r].named_work > 0 { titles::work_heading(&forms[r].words) } else { heading(&forms[r], persons[r], fronted, compound.contains(&r)) },
                forms: Vec::new(),
                count: 0,
                work,
            });
            proposals.len() - 1
        });
        proposals[p].forms.push(f.words.join(" "));
        if f.shared_given {
            proposals[p].forms.push(f.words[0].clone());
        }
        proposals[p].count += f.count;
        if persons[r] && !regnal(&forms[r]) {
            surnames.entry(surname(&forms[r]).to_string()).or_default().push(p);
        }
    }
    // A person's surname alone locates them too ("Fust later..."), unless two people share it.
    for (surname, owners) in surnames {
        let mut owners = owners;
        owners.dedup();
        if let [p] = owners[..] {
            // None when only "al-Bashir" holds "bashir".
            let Some(word) = forms.iter().find_map(|f| {
                let k = f.keys.iter().position(|k| *k == surname)?;
                f.words.get(k)
            }) else {
                continue;
            };
            if !proposals[p].forms.contains(word) && !is_common(&surname, casing) {
                proposals[p].forms.push(word.clone());
            }
        }
    }
    proposals
}

/// The name that form `f` joins by a hyphen to a name of the text before it, no given name
/// ("Coty-Kylie Jenner" beside "Coty" and "Kylie Jenner"): that second name's form.
fn hyphen_paired(f: &Form, index: &HashMap<String, usize>) -> Option<usize> {
    let (front, back) = f.keys.first().filter(|_| f.keys.len() > 1)?.split_once('-')?;
    let named = index.contains_key(front) && !words::is_given_name(front) && !words::is_census_given_name(front);
    let rest: Vec<&str> = std::iter::once(back).chain(f.keys[1..].iter().map(String::as_str)).collect();
    index.get(&rest.join(" ")).copied().filter(|_| named)
}

/// The form that form `n` has merged into, through every step.
fn root_of(parent: &[usize], mut n: usize) -> usize {
    while parent[n] != n {
        n = parent[n];
    }
    n
}

/// Which forms look like personal names ([`looks_personal`]), and the kin of those persons:
/// a given name before the surname of a person of the text ("Ann Wilson" beside "Nancy
/// Wilson", "Ann" also standing alone) is a relative's name, though the given name alone is
/// no proof (only the census list knows it).
fn personal_forms(forms: &[Form], names: &HashMap<String, usize>, alone: &HashSet<String>, casing: &HashMap<&str, Casing>) -> Vec<bool> {
    let mut personal: Vec<bool> = forms.iter().map(|f| f.keys.len() > 1 && looks_personal(f, names, alone, casing)).collect();
    let surnames: HashSet<&str> = forms
        .iter()
        .zip(&personal)
        .filter(|(f, &p)| p && !east_asian(f) && words::is_given_name(&f.keys[0]))
        .map(|(f, _)| surname(f))
        .collect();
    for (n, f) in forms.iter().enumerate() {
        let kin = matches!(f.keys.as_slice(), [given, last] if words::is_census_given_name(given)
            && !is_common(given, casing)
            && surnames.contains(last.as_str()))
            && f.named_work == 0
            && !f.incorporated
            && f.quoted < f.count;
        personal[n] |= kin;
    }
    // "this guy Mehcad, he's…" beside "we saw Mehcad Brooks": a word said alone as a person,
    // after a noun of one or a verb of saying, or a census given name acting with "his" or
    // "her" ("whilst Neil navigated his…"), opens the one name of two words it opens as its
    // given name.
    let mut opening: HashMap<&str, usize> = HashMap::new();
    for f in forms.iter().filter(|f| f.keys.len() > 1) {
        *opening.entry(f.keys[0].as_str()).or_default() += 1;
    }
    let shaped = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
    let given_alone: HashSet<&str> = forms
        .iter()
        .filter(|f| f.keys.len() == 1 && (f.personal_context || f.referred_to) && shaped(&f.words[0]) && !is_common(&f.keys[0], casing))
        .map(|f| f.keys[0].as_str())
        .collect();
    for (n, f) in forms.iter().enumerate() {
        let named = matches!(f.keys.as_slice(), [given, last] if given_alone.contains(given.as_str())
            && opening.get(given.as_str()) == Some(&1)
            && !is_common(last, casing)
            && !words::is_non_person(last))
            && f.words.iter().all(|w| shaped(w))
            && f.named_work == 0
            && !f.incorporated
            && f.quoted < f.count
            && f.determined_attributive < f.count;
        personal[n] |= named;
    }
    // "the Boston Red Sox" beside "the Red Sox", "New York Fed" beside "the Fed": last words
    // the text uses as a noun after an article name a thing, and so does the whole; not
    // after a common given name ("Mark Meadows" beside "the Meadows", a couple).
    let thing = |tail: &[String]| names.get(&tail.join(" ")).is_some_and(|&t| forms[t].determined > 0);
    for (n, f) in forms.iter().enumerate() {
        let named = f.keys.first().is_some_and(|k| words::is_honorific(k) || words::is_given_name(k) || words::is_census_given_name(k));
        if personal[n] && !named && (1..f.keys.len()).any(|k| thing(&f.keys[k..])) {
            personal[n] = false;
        }
    }
    let family = firm_families(forms, &personal);
    for n in family {
        personal[n] = false;
    }
    personal
}

/// The forms of two words taken for persons whose first word, no given name, opens another
/// name of two words or more that is no person's: one family of a firm's names or products
/// ("Tovik Air" beside "Tovik Jet", "Brask Pass" beside "Brask Quest"), no given name and
/// surname.
fn firm_families(forms: &[Form], personal: &[bool]) -> Vec<usize> {
    let mut things_opened: HashMap<&str, Vec<&str>> = HashMap::new();
    for (f, _) in forms.iter().zip(personal).filter(|(f, p)| !**p && f.keys.len() > 1) {
        things_opened.entry(f.keys[0].as_str()).or_default().push(f.keys[1].as_str());
    }
    let given = |k: &str| words::is_given_name(k) || words::is_census_given_name(k);
    forms
        .iter()
        .enumerate()
        .filter(|(n, f)| {
            let [first, last] = f.keys.as_slice() else { return false };
            // (Not "Ada Quist" beside "Ada Quist Foundation": the body named after the person.)
            personal[*n] && !given(first) && things_opened.get(first.as_str()).is_some_and(|next| next.iter().any(|k| k != last))
        })
        .map(|(n, _)| n)
        .collect()
}

/// Whether form `f` names a person. Two to four capitalised words, none (after the titles)
/// an institution word, connector, number or acronym, the first no place word or adjective;
/// and some evidence: a title, an initial, a common given name first, a role or verb of
/// saying beside it, or its surname standing alone elsewhere. A first
/// word that stands alone as a name of its own and is no given name ("Google Stadia", "Hong
/// Kong") makes it a compound of names instead, and so does an article before it ("the
/// Hazel Hen").
fn looks_personal(
    f: &Form,
    index: &HashMap<String, usize>,
    alone: &HashSet<String>,
    casing: &HashMap<&str, Casing>,
) -> bool {
    if east_asian(f) {
        return true;
    }
    if words::is_firm_named_like_a_person(&f.keys.join(" ")) || f.incorporated || (f.owns_its && !f.referred_to) {
        return false;
    }
    // "the D.A. Davidson brokerage": a name always so used is a firm's or a thing's (not a
    // singer's: "the Howard Jones song"); "Tom's Guide": an owner inside a name makes it a
    // thing's.
    // So does an owner of nothing kept with its "'s" ("I loved Jack Daniel's,"), a brand's.
    let owner_inside = f.words.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"));
    // "the Rev. Ada Lind says": a style that takes the article opens a person's name, whatever
    // lowercase word follows it.
    let styled = f.keys.first().is_some_and(|k| words::takes_article(k));
    // "on the Dan Velmar podcast" beside "Velmar asked her": a common given name before a
    // surname the text says alone beside a verb of saying or a role names the person the
    // thing is named after (a host's show, a player's trade), whatever the article says.
    let hosted = f.keys.len() == 2 && words::is_given_name(&f.keys[0]) && f.last_named;
    if f.named_work > 0 || (f.keys.len() > 1 && f.determined_attributive == f.count && !f.referred_to && !styled && !hosted) || owner_inside {
        return false;
    }
    let names: Vec<&String> = f
        .keys
        .iter()
        .skip_while(|k| words::is_honorific(k))
        .collect();
    // "Prime Video": a title's qualifier alone before a name is no title of address.
    let qualifier_alone = f.keys.len() - names.len() == 1 && words::is_title_modifier(&f.keys[0]);
    let honorific = names.len() < f.keys.len() && !qualifier_alone;
    // "Goo Goo Dolls", "Duran Duran": a word said twice names a band or a brand, no one.
    if names.windows(2).any(|w| w[0] == w[1]) {
        return false;
    }
    let lowercase = |w: &String| !w.chars().next().is_some_and(char::is_uppercase);
    // "J. David Cox Sr.": a suffix is no fifth name.
    if names.is_empty()
        || names.iter().filter(|k| !words::is_name_suffix(k)).count() > 4
        || f.words.iter().any(|w| lowercase(w) && !is_particle(w) && without_article(w) == w.as_str())
    {
        return false;
    }
    let institutional =
        |k: &String| words::is_non_person(k) || words::is_non_person(k.trim_end_matches('s'));
    // "said Mar Hicks", "Jan Holesovsky" among persons: a month's name may be a given name
    // when a role or a verb of saying stands beside it or it is listed among persons.
    // So may a function word that is a given name ("said Will Carver").
    let named = |k: &String| words::is_month(k) || words::is_census_given_name(k);
    let stop = |k: &String| words::is_stop(k) && !(named(k) && (f.personal_context || f.in_person_list));
    // "Antoine Court de Gébelin": a word before a lowercase particle opens a compound surname,
    // whatever else it means.
    let offset = f.keys.len() - names.len();
    let before_particle = |n: usize| f.words.get(offset + n + 1).is_some_and(|w| words::is_trailing_particle(w));
    // "Lead Planner Ada Hall": after a title or a role, a given name and an institution's
    // noun are a person's names, the noun a surname.
    let given_first = names.len() == 2 && (words::is_given_name(names[0]) || words::is_census_given_name(names[0]));
    let surname = |n: usize| n == 1 && given_first && f.personal_context && !institutional(names[0]);
    if names
        .iter()
        .enumerate()
        .any(|(n, k)| (institutional(k) && !before_particle(n) && !surname(n)) || stop(k) || k.chars().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // "Struan WA Wilkie": two or three capitals between a given name and a surname are
    // initials without their full stops, no abbreviation.
    let name_shaped = |w: &String| w.chars().count() > 1 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
    let between_names = f.words.len() == 3 && name_shaped(&f.words[0]) && name_shaped(&f.words[2]);
    let unstopped_initials = |n: usize, w: &String| between_names && n == 1 && w.chars().count() <= 3;
    // "Tora Quist III": a numeral suffix after two names or more is no abbreviation.
    let suffix = |n: usize, w: &String| n + 1 == f.words.len() && names.len() > 2 && words::is_name_suffix(&w.to_lowercase());
    if f.words
        .iter()
        .enumerate()
        .any(|(n, w)| w.len() > 1 && w.chars().all(char::is_uppercase) && !unstopped_initials(n, w) && !suffix(n, w))
        && !regnal(f)
    {
        return false;
    }
    let first = names[0].as_str();
    // "Examining Truth and Twitter", "Mapping Velmora": a first word in "-ing" that no list
    // knows as a given name ("Sterling", "Irving") is a verb opening a title; unless the last
    // word is said alone as a surname ("a former soldier (Tatum)" beside "Channing Tatum").
    // "Hsiu-Ping Tso", "Yo-Yo Ma": a given name of two hyphenated romanised syllables before
    // a family name of one is the Western order of an East Asian name, neither a gerund's
    // ending ("-ping") nor a capital inside ("-Ping") tells against it.
    let romanised = names.len() == 2 && words::is_korean_name(names[1], names[0]);
    let gerund = first.chars().count() > 5 && first.ends_with("ing");
    if gerund && !words::is_given_name(first) && !words::is_census_given_name(first) && !honorific && !f.last_named && !romanised {
        return false;
    }
    // "Southwest Miami-Dade", "North Velmora": a point of the compass opens a region's name.
    if names.len() > 1 && COMPASS.contains(&first) {
        return false;
    }
    // "DevTools Fission": a first word with a capital inside after three letters or more is
    // a product's name, no given name ("LeBron", "DeAndre", "MacKenzie" are).
    // "UMass Amherst": nor is one opened by two capitals, an abbreviation's letter and a word.
    // ("WIlliam Pooley": a given name typed with its second letter in capitals is one.)
    if f.words.get(offset).is_some_and(|w| product_casing(w) || abbreviation_prefixed(w)) && !words::is_given_name(&f.keys[offset]) && !romanised {
        return false;
    }
    // "Area X": a single letter last is a label, not a surname.
    if f.keys.last().is_some_and(|k| k.chars().count() == 1) {
        return false;
    }
    // "Casa de Anna", "Villa of Anna": a common given name after a particle, and before it a
    // first word no list knows as a given name, names a place or a house after that person
    // ("Pierre de Fermat", "Oscar de la Hoya" open on a given name, and their surnames are
    // none).
    let named_after = names.len() > 2
        && !honorific
        && !words::is_given_name(first)
        && !words::is_census_given_name(first)
        && names.windows(2).skip(1).any(|w| is_particle(w[0]) && words::is_given_name(w[1]));
    if named_after {
        return false;
    }
    let given = words::is_given_name(first);
    // "Studying Japanese": a first word the text writes in lowercase ("studying Japanese in
    // Japan") that no list knows as a given name is none, whatever stands alone after it (a
    // month may be one: "said Mar Hicks"). Unless a role set off after the name or a "who"
    // says it is a person's, and its last word is no common word ("Crest Vollan, an analyst
    // at…", "Crest Vollan, who…").
    let described = (f.set_off_role || f.referred_to) && !f.keys.last().is_some_and(|k| is_common(k, casing));
    if !given && !honorific && !described && is_common(first, casing) && !words::is_month(first) && !words::is_census_given_name(first) {
        return false;
    }
    // "U.S. Treasury": a dotted abbreviation the text also uses alone is no initial; an
    // initial between two names is one ("Chang W. Lee", "George H.W. Bush").
    let middle = names.len() > 2 && names[1..names.len() - 1].iter().any(|k| is_initials(k));
    let initial = (first.ends_with('.') && !alone.contains(first)) || middle;
    // "“Eve Valkyrie” does an admirable job": a name always quoted whole is a title.
    if f.quoted == f.count {
        return false;
    }
    // "the Oscar-winning Mary Steenburgen": a common given name outweighs an article.
    if f.determined > 0 && !honorific && !given {
        return false;
    }
    // "the Sam Rayburn Tollway", "the Jim Crow South": three words or more mostly right after
    // an article name a thing after a person.
    let after_article = f.determined + f.determined_attributive;
    if after_article > 0 && after_article * 2 >= f.count && names.len() >= 3 && !honorific {
        return false;
    }
    // "Marronnier Park", "Notting Hill": a noun of a place that is a surname too ("Nick
    // Park") ends a place's name after a word that is no given name, unless a role or a
    // verb of saying stands beside it ("adviser Fiona Hill").
    let census_given = words::is_census_given_name(first);
    let place_last = f.keys.last().is_some_and(|k| words::is_place_surname(k));
    if place_last && !given && !census_given && !honorific && !f.personal_context && !f.referred_to {
        return false;
    }
    // An adjective's ending ("Pascual", "Deval") says less than a list of persons or a
    // surname said alone.
    // So does a role before it ("Lakers great Magic Johnson").
    // ("Hillary", "Rosemary": a given name ending like "military" is a given name.)
    let given_in_ary = census_given && first.ends_with("ary");
    // So does a role set off after it ("Demetric Mercadel, president of…").
    // So does a surname the text says alone, when the first word stands nowhere else, is
    // never written in lowercase and has no adjective's sense the text shows ("Tyrese
    // Quist" beside "Quist has not been…"; "Colonial Velmora" is met with "the colonial
    // era").
    let shaped_given = two_names_alone(f, index, alone, casing);
    // So does a "who", "he" or "his" taking up a name that a census given name opens
    // ("Sebastian Quist, who…"): a given name in "-ian" ("Sebastian", "Damian", "Florian"), no
    // adjective (a band takes "who" too: "the rockers of Spinal Tap, who…").
    let adjective = words::is_adjectival(first)
        && !given_in_ary
        && !f.in_person_list
        && !f.last_named
        && !f.after_role
        && !f.set_off_noun
        && !shaped_given
        && !(f.referred_to && words::is_census_given_name(first));
    if !given && (adjective || words::is_nationality(first) || words::is_place_prefix(first)) {
        return false;
    }
    // "U.S. Customs": a country's abbreviation is no initial.
    if words::is_country_abbreviation(first) {
        return false;
    }
    // "Arab Israeli" beside "Israel": a people, not a person.
    if names.iter().any(|k| is_demonym(k, |p| index.contains_key(p))) {
        return false;
    }
    // A last word standing alone is a surname so used, unless it is a common given name after
    // a word that is none: then the given name stands alone ("Gucci Grace"). (The census list
    // is too weak to overrule: "Tova Noel" is found as "Noel".) Said alone beside a verb of
    // saying or a role, it is the surname ("Patrick said" beside "Deval Patrick").
    let given_last = f.keys.last().is_some_and(|k| words::is_given_name(k))
        && !given
        && !words::is_census_given_name(first)
        && !f.last_named;
    // A point of the compass alone ("North") says nothing of "Palmerston North".
    let compass = f.keys.last().is_some_and(|k| ["north", "south", "east", "west"].contains(&k.as_str()));
    let surname_alone = f.keys.last().is_some_and(|k| alone.contains(k)) && !given_last && !compass;
    // A role or a verb of saying beside it, with the surname standing alone too,
    // outweighs a first word standing alone: that is a given name ("Caitlyn", "Smith").
    let named_alone = f.personal_context && surname_alone;
    // So does a role before a census given name and a surname ("actor Casey Affleck" beside
    // "Casey said"; not "provider Veeam Software" beside "Veeam").
    let role_named = f.after_role && names.len() == 2 && words::is_census_given_name(first);
    // So does a census given name before a surname standing alone ("Rudy" said alone beside
    // "Rudy Giuliani" and "Giuliani").
    let census_named = words::is_census_given_name(first) && surname_alone && !is_common(first, casing);
    // So does a role set off after the name ("said Don Marshall, the foundation's director"
    // beside "Don \"Moose\" Jamison"), and a list or a column of persons it stands in, with a
    // given name the census knows ("Garry Quist" among signatories, beside "Garry" alone).
    let census_listed = f.in_person_list && words::is_census_given_name(first) && !is_common(first, casing);
    if !given && !honorific && !initial && !named_alone && !f.referred_to && !f.first_named && !f.last_named && !role_named && !census_named && !census_listed && !f.set_off_noun && index.contains_key(first) {
        return false;
    }
    // "Evidence Action Beta" beside "Evidence Action": a name of several words and one more,
    // never alone, is the named body's offshoot, no person, whatever it owns ("Evidence Action
    // Beta’s work"; not "Te Kaurinui Parata" beside "Te Kaurinui" and "Parata", nor "Christie
    // Leigh Mueller" beside her given names, "Christie Leigh").
    let head = &f.keys[..f.keys.len() - 1];
    let last_alone = f.keys.last().is_some_and(|k| alone.contains(k));
    if !given && !census_given && !honorific && !initial && !last_alone && head.len() >= 2 && index.contains_key(&head.join(" ")) {
        return false;
    }
    // Weak evidence, for a name met once whose words stand nowhere else: places and
    // organisations recur, and their words do.
    // So is a name of a few occurrences, each before a verb in the past ("Ankush Dua fixed…",
    // "Ankush Dua contributed…").
    let acting = f.count == 1 || (f.count <= 3 && f.past_verbs == f.count);
    // Not when the text writes its first word in lowercase ("Border Protection stopped…"
    // beside "at the border"): no given name.
    let introduced = f.past_verb && acting && f.keys.iter().all(|k| !alone.contains(k)) && !is_common(first, casing);
    // "McCartney", "MacLeod", "O'Brien": a patronymic prefix makes a surname, and so does a
    // surname's ending ("Petrović", "Popescu").
    let patronymic = f.words.last().is_some_and(|w| {
        let rest = w.strip_prefix("Mc").or_else(|| w.strip_prefix("Mac")).or_else(|| w.strip_prefix("O'"));
        rest.is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase)) || words::has_surname_ending(w)
    });
    // "Whole Foods said": a last word the text writes lowercase ("foods") is no surname
    // unless a title, an initial or a given name says so.
    let listed = f.in_person_list;
    // "Alicia Keys, the singer": a census given name and a role beside it say so too.
    let census_described = words::is_census_given_name(first) && !is_common(first, casing) && (f.past_verb || f.personal_context);
    if f.keys.last().is_some_and(|k| is_common(k, casing)) {
        return honorific || initial || given || listed || census_described;
    }
    // A census given name, not written lowercase in the text ("hope") nor standing alone as
    // a name ("Virginia"), that both words are: weak, so last ("Gertrude Stein").
    // Not one always before a lowercase noun ("the Dakota Access pipeline", "of Dakota Access
    // pipeline protesters"): a thing's name used as a modifier.
    let modifier = f.count > 1 && f.attributive == f.count;
    let census = words::is_census_given_name(first) && !is_common(first, casing) && !index.contains_key(first) && !modifier;
    introduced || honorific || initial || given || patronymic || f.personal_context || surname_alone || census || listed || f.referred_to || f.first_named || f.last_named || described || romanised
}

/// Whether form `f` is two capitalised words, the first met nowhere but here and never in
/// lowercase, the second said alone elsewhere as a name and no common word: a given name and
/// a surname, whatever the first word's ending.
fn two_names_alone(f: &Form, index: &HashMap<String, usize>, alone: &HashSet<String>, casing: &HashMap<&str, Casing>) -> bool {
    let [first, last] = f.keys.as_slice() else { return false };
    let shaped = |w: &String| w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
    f.words.iter().all(shaped)
        && alone.contains(last)
        && !index.contains_key(first)
        && !is_common(first, casing)
        && !is_common(last, casing)
        && casing.get(first.as_str()).is_none_or(|c| c.lower == 0)
        && !words::is_nationality(first)
        && !words::is_nationality(last.trim_end_matches('s'))
        && !first.ends_with("an")
        && !words::is_place_prefix(first)
        && !words::is_non_person(last)
        && f.determined == 0
        && f.determined_attributive == 0
}

/// A monarch's or pope's name: one given name and a regnal number, after any title ("King
/// Edward VII", "Elizabeth II"). Not inverted, and its number is no surname.
fn regnal(f: &Form) -> bool {
    let names: Vec<&String> = f.words.iter().skip_while(|w| words::is_honorific(&w.to_lowercase())).collect();
    matches!(names[..], [given, number] if given.chars().next().is_some_and(char::is_uppercase)
        && given.chars().skip(1).all(char::is_lowercase)
        && words::is_regnal_number(number))
}

/// Initials written with full stops ("W.", "H.W.").
fn is_initials(key: &str) -> bool {
    key.ends_with('.') && key.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1)
}

/// An East Asian name in its own order, family name first ("Xi Jinping", "Kim Jong-un").
fn east_asian(f: &Form) -> bool {
    if f.western_order {
        return false;
    }
    let names: Vec<&String> = f.words.iter().skip_while(|w| words::is_honorific(&w.to_lowercase())).collect();
    let korean = matches!(names[..], [family, given] if words::is_korean_name(family, given));
    korean
        || spaced_korean(&names)
        || matches!(names.len(), 2 | 3)
        && words::is_east_asian_family(&names[0].to_lowercase())
        && names[1..].iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && words::is_romanised_given(w)
        })
}

/// A Korean name in its own order with the two syllables of its given name written apart
/// ("Bong Joon Ho", "Moon Jae In"): three capitalised words of one romanised syllable each,
/// the first no given name of the lists ("Tim Sun Lee" is Western), nor the last one of the
/// commonest family names after a first word that is none ("Yeun Joon Kim" is Western too).
fn spaced_korean(names: &[&String]) -> bool {
    let syllable = |w: &&String| w.chars().next().is_some_and(char::is_uppercase) && words::is_romanised_syllable(w);
    let first = names.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let last = names.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let family_last = COMMONEST_KOREAN_FAMILIES.contains(&last.as_str()) && !words::is_east_asian_family(&first);
    names.len() == 3 && names.iter().all(syllable) && !words::is_given_name(&first) && !words::is_census_given_name(&first) && !family_last
}

/// The commonest Korean family names, which no given name's syllable is.
const COMMONEST_KOREAN_FAMILIES: &[&str] = &["kim", "lee", "park", "choi", "jung"];

/// The surname a form gives alone, after titles and particles ("Lenin", "Mr Mugabe", "Bin
/// Laden"): it locates the person of a full name ending in it.
fn bare_surname(f: &Form) -> Option<&str> {
    let names: Vec<&String> = f
        .keys
        .iter()
        .skip_while(|k| words::is_honorific(k))
        .skip_while(|k| is_particle(k))
        .collect();
    match names[..] {
        [k] => Some(without_article(k)),
        _ => None,
    }
}

/// A German surname's key with its umlauts and sharp s spelled out ("müller" -> "mueller").
fn umlauts_spelled(key: &str) -> String {
    key.replace('ü', "ue").replace('ö', "oe").replace('ä', "ae").replace('ß', "ss")
}

/// A surname without its Arabic article ("al-Bashir" is found as "Mr. Bashir").
fn without_article(key: &str) -> &str {
    ["al-", "el-"].iter().find_map(|a| key.strip_prefix(a)).unwrap_or(key)
}

/// The key of a person form's surname: the family name, last in Western order.
fn surname(f: &Form) -> &str {
    if east_asian(f) {
        if let Some(k) = f.keys.iter().find(|k| !words::is_honorific(k)) {
            return k;
        }
    }
    f.keys
        .iter()
        .rev()
        .find(|k| !words::is_name_suffix(k))
        .map_or("", |k| without_article(k))
}

/// Full names ending in the same surname agree when their first given names do: the same, or
/// one an initial or a short form of the other ("V. Lenin", "Alex"/"Alexander"); "Letitia
/// James" and "LeBron James" are two people (in an East Asian name the given name follows the
/// family name: "Kim Hana" and "Kim Hyesu" are two people).
fn agree(forms: &[Form], full: &[usize]) -> bool {
    let first_given = |n: &usize| {
        let f = &forms[*n];
        let mut names = f.keys.iter().filter(|k| !words::is_honorific(k));
        if east_asian(f) {
            names.next();
        }
        names.next().map_or("", |k| k.trim_end_matches('.'))
    };
    let same = |a: &str, b: &str| a.is_empty() == b.is_empty() && (a.starts_with(b) || b.starts_with(a));
    full.iter().all(|n| same(first_given(n), first_given(&full[0])))
}

/// How spelled out the given names are (initials count little).
fn given_len(f: &Form) -> usize {
    f.words
        .iter()
        .filter(|w| !w.ends_with('.'))
        .map(|w| w.len())
        .sum()
}

/// The persons' names of three words whose last two the text also gives alone as a person's
/// ("Kathleen Hawk Sawyer" and "Hawk Sawyer"), a given name first: tail -> the full forms it
/// ends.
fn compound_surnames(forms: &[Form], index: &HashMap<String, usize>, persons: &[bool]) -> HashMap<usize, Vec<usize>> {
    let given = |k: &str| words::is_given_name(k) || words::is_census_given_name(k);
    let mut by_tail: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate() {
        if !persons[n] || f.keys.len() != 3 || !given(&f.keys[0]) || words::is_honorific(&f.keys[0]) || is_initials(&f.keys[1]) {
            continue;
        }
        // (The tail said alone beside a verb of saying is the surname, though its first word
        // is a common one: "Black Elk said" beside "Linda Black Elk".)
        if let Some(&tail) = index.get(&f.keys[1..].join(" ")).filter(|&&m| persons[m] || forms[m].personal_context) {
            by_tail.entry(tail).or_default().push(n);
        }
    }
    by_tail.retain(|tail, full| !full.contains(tail));
    by_tail
}

/// The printed heading of a proposal rooted at form `f`.
fn heading(f: &Form, person: bool, fronted: &HashMap<String, Option<String>>, compound: bool) -> String {
    if let (Some(Some(particles)), [word]) = (f.keys.first().and_then(|k| fronted.get(k)), f.words.as_slice()) {
        // "echoing von Neumann": a surname the text gives alone with its particle in front, and
        // never with a given name, keeps the particle ("von Neumann", "de Gaulle").
        format!("{particles} {word}")
    } else if person && compound {
        // "Hawk Sawyer, Kathleen": a compound surname, met alone, goes first whole.
        let (given, surname) = f.words.split_at(1);
        format!("{}, {}", surname.join(" "), given[0])
    } else if person && (east_asian(f) || regnal(f)) {
        f.words
            .iter()
            .skip_while(|w| words::is_honorific(&w.to_lowercase()))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    } else if person {
        invert(&f.words, fronted.contains_key(surname(f)))
    } else {
        f.words.join(" ")
    }
}

/// A personal name inverted for the index (Chicago 16.71-16.92): "Vladimir Ilyich Lenin" ->
/// "Lenin, Vladimir Ilyich"; titles dropped ("Tsar Nicholas" -> "Nicholas"); a suffix after
/// the given names ("King, Martin Luther, Jr."); "de", "van" and "von" after the given names
/// ("Gaulle, Charles de") unless `particle_in_front` (the text writes "de Blasio" alone:
/// "de Blasio, Bill"), other particles with the surname ("Le Blanc, Paul", "du Maurier,
/// Daphne"); single names and initials alone as they are.
pub fn invert(words: &[String], particle_in_front: bool) -> String {
    let mut names: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| words::is_honorific(&w.to_lowercase()))
        .collect();
    if names.is_empty() {
        return words.join(" ");
    }
    let suffix = names
        .last()
        .filter(|w| names.len() > 2 && words::is_name_suffix(&w.to_lowercase()))
        .copied();
    if suffix.is_some() {
        names.pop();
    }
    // "Prince Andrew": a prince's or princess's one given name takes the title after it
    // (Chicago 16.41, "Andrew, Prince").
    let princely = words.iter().rev().find(|w| words::is_honorific(&w.to_lowercase())).filter(|w| ["prince", "princess"].contains(&w.to_lowercase().as_str()));
    if let (Some(title), [name]) = (princely, names.as_slice()) {
        return format!("{name}, {title}");
    }
    if names.iter().all(|w| w.ends_with('.')) || names.len() == 1 {
        return names.join(" ") + &suffix.map(|s| format!(", {s}")).unwrap_or_default();
    }
    // The surname: the last word and the particles before it.
    let mut from = names.len() - 1;
    while from > 1 && (is_particle(names[from - 1]) || words::is_surname_particle(names[from - 1])) {
        from -= 1;
    }
    while !particle_in_front && from < names.len() - 1 && words::is_trailing_particle(names[from]) {
        from += 1;
    }
    let given: Vec<&str> = names[..from].to_vec();
    // "Van Gogh", "de Gaulle": a particle and a surname, no given name, stay as they are.
    if given.iter().all(|w| is_particle(w)) {
        return names.join(" ") + &suffix.map(|s| format!(", {s}")).unwrap_or_default();
    }
    let mut out = format!("{}, {}", names[from..].join(" "), given.join(" "));
    if let Some(s) = suffix {
        out.push_str(", ");
        out.push_str(s);
    }
    out
}

/// A name particle: lowercase ("de", "van der") or a known one capitalised ("Le", "Van").
fn is_particle(word: &str) -> bool {
    words::is_connector(&word.to_lowercase()) && !words::is_institutional_connector(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposals(paragraphs: &[&str]) -> Vec<Proposal> {
        proposals_of_articles(&[paragraphs])
    }

    /// The proposals of a book of articles, each a list of paragraphs.
    fn proposals_of_articles(articles: &[&[&str]]) -> Vec<Proposal> {
        let mut corpus = Corpus::default();
        for (article, paragraphs) in articles.iter().enumerate() {
            for (block, text) in paragraphs.iter().enumerate() {
                corpus.nodes.push(super::super::scan::NodeAt { article, block, ordinal: 0 });
                let node = corpus.nodes.len() - 1;
                super::super::scan::tokenize(text, node, true, &mut true, &mut corpus.tokens);
            }
        }
        propose(&corpus)
    }









    #[test]
    fn a_capitalised_subject_pronoun_opens_a_clause_after_a_name() {
        let h = headings_of(&[
            "Premier League: Tovik Rovers He has a good team and Tovik Rovers will win it.",
            "MLS: Velmora United Both teams are strong, but Velmora United plays better.",
            "Still the Brask RAM I can use is fast, and Brask RAM costs less.",
            "Charles I was king of Velmora, and Charles I was beheaded in 1649.",
        ]);
        for name in ["Tovik Rovers", "Velmora United", "Brask RAM", "Charles I"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
        assert!(!h.iter().any(|h| h.ends_with(" He") || h.ends_with(" Both") || h.ends_with("RAM I")), "{h:?}");
    }

    #[test]
    fn a_firm_named_by_its_trade_is_no_person() {
        let h = headings_of(&[
            "Ada Brenner is co-owner of Brenner Medical Nutrition Therapy. Brenner says protein matters.",
            "The 1,400 workers at A.B. Quist Water Products Co. make heaters. Velmora U.S. Home Solutions, Inc. makes fridges.",
            "Velmora U.S. Home Solutions employs 600 people in Ohio.",
        ]);
        assert!(h.contains(&"Brenner, Ada".to_string()), "{h:?}");
        for trade in ["Therapy,", "Products,", "Solutions,"] {
            assert!(!h.iter().any(|h| h.starts_with(trade)), "{trade} {h:?}");
        }
    }

    #[test]
    fn a_first_word_opening_a_thing_s_name_opens_a_family_of_names_no_person() {
        let h = headings_of(&[
            "Tovik Air signed a deal with Tovik Jet to fly to Europe. The flights go on sale in Europe.",
            "The new Brask Pass opens in May, and Brask Quest fans will like the Pass.",
        ]);
        for name in ["Tovik Air", "Brask Pass", "Europe"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
        assert!(!h.iter().any(|h| h.starts_with("Air,") || h.starts_with("Pass,")), "{h:?}");
        // A body named after the person is no sibling; a given name, of either list, opens a
        // person's name beside a thing's.
        let h = headings_of(&[
            "Zorvek Quell said the Zorvek Quell Foundation gives grants. Quell said so.",
            "David Hallow said the David Prize is open. Hallow said so.",
            "Tomas Orn said the Tomas Prize is open. Orn said so.",
        ]);
        for name in ["Quell, Zorvek", "Zorvek Quell Foundation", "Hallow, David", "Orn, Tomas"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
    }

    #[test]
    fn a_person_s_name_before_and_is_no_part_of_a_body_s() {
        let h = headings_of(&[
            "At the press conference, leader Ada Quist confirmed that former minister Dr Tomas Hallow and University of the Velmoran Isles lecturer Dr Ivo Brent would contest the post.",
            "The deal of David Orn and Tovik Trade Council members stands.",
        ]);
        for name in ["Hallow, Tomas", "University of the Velmoran Isles", "Orn, David", "Tovik Trade Council"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
        assert!(!h.iter().any(|h| h.contains(" and ")), "{h:?}");
    }

    #[test]
    fn a_word_always_before_and_and_a_workplace_s_name_opens_it() {
        let h = headings_of(&[
            "The work was done in the Fast and Quiet Robotics Research Lab at Tovik University.",
            "Ada Lind directs the Fast and Quiet Robotics Research Lab.",
        ]);
        assert!(h.contains(&"Fast and Quiet Robotics Research Lab".to_string()), "{h:?}");
        assert!(!h.contains(&"Fast".to_string()), "{h:?}");
        // Not before a place's noun, nor met once.
        let h = headings_of(&[
            "She drove from Reno and Carson City to Elko. Then Reno and Carson City voted.",
            "A study by Brask and Velmora University appeared.",
        ]);
        for name in ["Reno", "Carson City", "Brask", "Velmora University"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
    }

    #[test]
    fn a_country_s_abbreviation_after_the_names_the_country() {
        let h = headings_of(&["Sales rose in the U.S. in May, and Velmora agreed.", "Exports fell in the US, a blow. Let us see what the Velmora board says."]);
        for name in ["U.S.", "US", "Velmora"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
        // Not a modifier, nor elsewhere than after "in the", nor the pronoun.
        let h = headings_of(&[
            "Most U.S. firms agree with Velmora, and the U.S. is expected to agree.",
            "In the U.S. market and the US, Velmora told us so. Tell US now.",
        ]);
        assert!(!h.iter().any(|h| h == "U.S." || h == "US" || h == "Us"), "{h:?}");
    }

    #[test]
    fn a_word_after_a_preposition_ending_a_title_is_no_short_form_of_it() {
        let h = headings_of(&[
            "It beat homegrown Velmora movies “The Brask Affair” and “Twice Upon A Day in Velmora”.",
            "Ivo Quist starred in “Twice Upon A Day in Velmora,” riffing on his life as a Velmora heartthrob.",
        ]);
        for name in ["Twice Upon A Day in Velmora", "Velmora"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
    }

    #[test]
    fn a_lowercase_model_code_after_a_product_s_name_ends_it() {
        let h = headings_of(&["Both parts were printed on a Tovik Brask i3 printer at double speed.", "The Quell s10 phone and the Quell app sell well."]);
        for name in ["Tovik Brask i3", "Quell s10"] {
            assert!(h.contains(&name.to_string()), "{name} {h:?}");
        }
        // Not after a lowercase word: "a model x1 of it".
        let h = headings_of(&["Ada Quist built a model x1 of the Tovik Brask printer."]);
        assert!(!h.iter().any(|h| h.contains("x1")), "{h:?}");
    }

    #[test]
    fn a_credential_set_off_after_a_name_is_no_heading() {
        let h = headings_of(&["Ada Quist, R.D.N., is author of a book.", "It is fine, says Ada Quist, R.D.N., author of the book. Quist says so."]);
        assert!(h.contains(&"Quist, Ada".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("R.D.N.")), "{h:?}");
    }

    #[test]
    fn a_role_as_the_predicate_says_the_name_is_a_person_s() {
        let h = headings_of(&["*Tovar Chhatwan is an Associate Professor of Radiology at Velmora Medical School.*"]);
        assert!(h.contains(&"Chhatwan, Tovar".to_string()), "{h:?}");
        let h = headings_of(&["Dating back to 1930, Tekura Mizan is a fish cake store in Velmora.", "Tekura Mizan is a great place to stop. We left Tekura Mizan happy."]);
        assert!(h.contains(&"Tekura Mizan".to_string()), "{h:?}");
    }

    #[test]
    fn of_a_title_and_a_role_before_a_name_the_nearer_is_its_own() {
        let h = headings_of(&["Adjunct Professor Velmora Strategic Health Policy Consultant Tovan Quisler said on the radio: \"No.\" Quisler left."]);
        assert!(h.contains(&"Quisler, Tovan".to_string()), "{h:?}");
    }

    #[test]
    fn a_postscript_s_mark_is_no_initials() {
        let h = headings_of(&["The demo works well.", "P.S. Dravek fans might like this demo.", "P.S. Ada Quist will speak about it next week."]);
        assert!(h.contains(&"Quist, Ada".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("P.S.")), "{h:?}");
    }

    #[test]
    fn an_office_and_its_field_before_a_name_are_no_part_of_it() {
        let h = headings_of(&[
            "The plan angered Secretary of Defense Ana Lindqvist, who wanted more time. Lindqvist said no.",
            "Later Secretary of Defense Ana Lindqvist wrote again. It irked Chief of Staff Bo Ekberg, who runs the office.",
            "Ekberg smiled. The Inspector-General of Intelligence and Security will get a copy.",
        ]);
        assert!(h.contains(&"Lindqvist, Ana".to_string()), "{h:?}");
        assert!(h.contains(&"Ekberg, Bo".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Defense") && !h.contains("Staff") && !h.starts_with("and")), "{h:?}");
    }

    #[test]
    fn a_judge_s_a_speaker_s_a_rank_s_or_a_firm_s_title_is_no_part_of_the_name() {
        let h = headings_of(&[
            "The swearing-in of Justice Ana M. Lindqvist was on Monday. Lindqvist smiled.",
            "Army chief Gen Omar Javed Vale flew in. Vale said nothing. House Speaker Ed D. Moss objected. Moss left.",
            "Ravens GM Ozzie Newland said the team is fine. Newland smiled. President J. David Coxwell Sr. spoke. Coxwell said more.",
        ]);
        for name in ["Lindqvist, Ana M.", "Vale, Omar Javed", "Moss, Ed D.", "Newland, Ozzie", "Coxwell, J. David, Sr."] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
    }

    #[test]
    fn two_places_joined_by_a_slash_share_the_name_after_them() {
        let h = headings_of(&[
            "Flights leave from Velmora/Port Quist Airport at dawn.",
            "The new Velmora/Port Quist Airport terminal opens in May. The Velmora/Quist rivalry goes on.",
        ]);
        assert!(h.contains(&"Velmora/Port Quist Airport".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Port Quist") || h.contains("Velmora/Quist")), "{h:?}");
        let h = headings_of(&["Rain fell. Credit Tora Quist/The Velmora Times", "Shown by Orvin Inc Velmora/Quist Velmora and Quist met."]);
        assert!(!h.iter().any(|h| h.contains('/')), "{h:?}");
    }

    #[test]
    fn a_given_name_typed_with_two_capitals_is_one() {
        let h = headings_of(&["The nurse WIlliam Tarrow was flown home."]);
        assert!(h.contains(&"Tarrow, WIlliam".to_string()), "{h:?}");
    }

    #[test]
    fn a_nickname_in_single_curly_quotation_marks_splits_no_name() {
        let h = headings_of(&["The poet Owen ‘Tiq’ Velmor read first. Velmor said it went well."]);
        assert!(h.contains(&"Velmor, Owen".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Owen ‘") || h == "Tiq" || h == "Owen"), "{h:?}");
        // After a title in capitals too; and the nickname with the surname is the same person.
        let h = headings_of(&["Arts Educator Owen ‘Tiq’ Velmor will host it. Velmor said the crowd loved Tiq Velmor."]);
        assert!(h.contains(&"Velmor, Owen".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Educator") || h.contains("Tiq")), "{h:?}");
    }

    #[test]
    fn a_capitalised_ologist_before_a_name_is_a_role() {
        let h = headings_of(&["Velmoran Ethnomycologist Tora Quist will speak. Quist said so."]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Ethnomycologist")), "{h:?}");
    }

    #[test]
    fn a_full_name_after_our_is_a_staff_member_s() {
        let h = headings_of(&["And so our Alvu Tessaro joined the guests at the Velmora Palace for our Christmas Party.", "Then came christmas party games."]);
        assert!(h.contains(&"Tessaro, Alvu".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Alvu Tessaro" || h.contains("Party,") || h.contains("Palace,")), "{h:?}");
    }

    #[test]
    fn a_plural_label_before_paired_given_names_is_no_part_of_them() {
        let h = headings_of(&["Homeowners Joann and Paul Velmaris.", "They built it in Quistow for Joann and Paul Velmaris."]);
        assert!(h.contains(&"Velmaris, Joann".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Homeowners")), "{h:?}");
        // "Joann Velmaris" never stands in the text: the given name alone locates her.
        let p = proposals(&["The house is for Joann and Paul Velmaris, who built it."]);
        let joann = p.iter().find(|p| p.heading == "Velmaris, Joann").expect("proposed");
        assert!(joann.forms.contains(&"Joann".to_string()), "{:?}", joann.forms);
    }

    #[test]
    fn a_nickname_in_quotation_marks_splits_no_name() {
        let h = headings_of(&["Velmoran President Tora “Tiq” Quist ordered a review. Quist said it would be quick."]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Tora" || h == "Tiq"), "{h:?}");
    }

    #[test]
    fn an_interview_s_speakers_initials_are_no_part_of_a_name() {
        let h = headings_of(&[
            "TQ What made me do it? I was twelve.",
            "TQ Imagine a reader in Velmora getting the book!",
            "TQ (Pointing at Quist.) That was all her.",
            "The UN Security Council met. UN Security Council members left.",
        ]);
        assert!(!h.iter().any(|h| h.contains("TQ") || ["Imagine", "Pointing", "What"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_name_no_list_knows_is_a_person_s_when_the_words_after_it_say_so() {
        let h = headings_of(&[
            "With his first ball Ryn Dall did for Zubin Tarquay whose duck cost the side.",
            "The novel is about Velky Sarnow and her father, back from the war.",
            "The man named as his heir – Okash Valdru – completed his first season in May.",
            "Critics read Morvan Tesk’s wife as the villain of the piece.",
            "The road runs past Velmora Bay and its harbour.",
        ]);
        for name in ["Tarquay, Zubin", "Sarnow, Velky", "Valdru, Okash", "Tesk, Morvan"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|h| h.starts_with("Bay")), "{h:?}");
    }

    #[test]
    fn a_census_given_name_said_alone_before_a_surname_said_alone_is_a_person_s() {
        let h = headings_of(&[
            "Longtime ally Rudy Vasquez has left the race. The rumor was that Rudy fell asleep.",
            "Aides said Vasquez had left the city.",
        ]);
        assert_eq!(h, ["Vasquez, Rudy"]);
    }

    #[test]
    fn a_given_name_alone_joins_the_one_person_of_several_full_names() {
        let p = proposals(&["Nikki Lindholm will leave. Nikki R. Lindholm said so. He said Nikki was great and Lindholm was tired."]);
        assert_eq!(p.len(), 1, "{:?}", p.iter().map(|p| &p.heading).collect::<Vec<_>>());
        assert!(p[0].forms.contains(&"Nikki".to_string()));
    }

    #[test]
    fn a_name_set_off_after_a_party_s_member_is_a_person_s() {
        let h = headings_of(&["The board is led by two Republicans, Ana Lindqvist and Bo Ekberg, and one Democrat, Mignon Quarles."]);
        assert!(h.contains(&"Quarles, Mignon".to_string()), "{h:?}");
    }

    #[test]
    fn a_short_code_takes_no_verb_before_a_number_nor_a_noun_after_a_size() {
        let h = headings_of(&["The Velmo 77 uses 14 wheels, Velmair's A380 carries 22, and the jet rides on 27x7.75 R15 rubber."]);
        assert!(h.iter().all(|h| h != "A380 carries" && h != "R15 rubber"), "{h:?}");
    }

    #[test]
    fn a_word_in_italics_that_ends_one_title_in_italics_is_that_title() {
        let h = proposals_of_nodes(&[
            &["The eight ", "*Harrow Quill*", " films had a fine cast. We watched them all."],
            &["The first of five films to spin off the ", "*Quill*", " franchise has no charm. The ", "*Harrow Quill*", " brand is strong."],
        ]);
        assert_eq!(h, ["Harrow Quill"]);
    }

    #[test]
    fn a_pair_s_verb_after_a_surname_makes_it_no_modifier() {
        let h = headings_of(&[
            "Rahbek departed while Norrvide and Malthe Quistgaard soldier on. Norrvide and Quistgaard pick up the pieces.",
            "The band is at its best when Norrvide and Quistgaard throw curveballs.",
        ]);
        assert!(h.contains(&"Quistgaard, Malthe".to_string()) && !h.contains(&"Quistgaard".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_the_text_gives_alone_after_on_is_no_part_of_a_council_s_name() {
        let h = headings_of(&[
            "Velmora spoke at a meeting of the Security Council on Tarnhold, which ended. The Tarnhold issue is old. Velmora spoke on Tarnhold.",
            "The Joint Committee on Tarnhold and Security will get a copy.",
        ]);
        assert!(h.contains(&"Security Council".to_string()) && h.contains(&"Tarnhold".to_string()), "{h:?}");
        assert!(h.contains(&"Joint Committee on Tarnhold and Security".to_string()), "{h:?}");
    }

    #[test]
    fn an_english_short_form_of_a_given_name_opens_a_person_s_name() {
        let h = headings_of(&["Does the studio's president Geoff Tarrow come to you? It happened with Geoff when Geoff and I were creating it."]);
        assert!(h.contains(&"Tarrow, Geoff".to_string()) && !h.contains(&"Geoff".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_said_alone_as_a_person_opens_the_name_it_opens() {
        let h = headings_of(&[
            "Truthfully, we saw Mehcad Quarrow in the part. I told them: you will see this guy Mehcad, he is the hero.",
            "It was said by Morris, who is the uncle of Tavo Quillet, a protester.",
        ]);
        assert!(h.contains(&"Quarrow, Mehcad".to_string()) && !h.contains(&"Mehcad".to_string()), "{h:?}");
        assert!(h.contains(&"Quillet, Tavo".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_capitalised_only_before_with_the_opens_a_title() {
        let h = headings_of(&["She booked acts for Dancing with the Planets in May. A singer from Dancing with the Planets won."]);
        assert!(h.contains(&"Dancing with the Planets".to_string()) && !h.contains(&"Dancing".to_string()), "{h:?}");
    }

    #[test]
    fn a_party_s_adjective_before_an_abbreviation_the_text_gives_alone_qualifies_it() {
        let h = headings_of(&["Ana Lind is the second Democratic VCC commissioner to leave. The VCC will have a majority. Lind said so."]);
        assert!(h.contains(&"VCC".to_string()) && !h.iter().any(|h| h.starts_with("Democratic")), "{h:?}");
    }

    #[test]
    fn a_name_whose_last_word_is_capitalised_only_before_for_goes_on_past_it() {
        let h = headings_of(&["The country left the Global Pact for Migration last year. The Velmora pact is older."]);
        assert!(h.contains(&"Global Pact for Migration".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_always_after_an_article_of_three_words_is_a_thing_s_after_a_person() {
        let h = headings_of(&["Traffic on the Sam Quarrow Tollway stalled. The Sam Quarrow Tollway reopened at noon. Life in the Jim Tarrow South was hard."]);
        assert!(h.iter().all(|h| !h.contains(", Sam") && !h.contains(", Jim")), "{h:?}");
    }

    #[test]
    fn a_party_and_a_state_the_ap_never_abbreviates_in_brackets_are_no_name() {
        let h = headings_of(&["Sen. Chuck Quarrow (R-Iowa) said no. Quarrow objected."]);
        assert_eq!(h, ["Quarrow, Chuck"]);
    }

    #[test]
    fn a_gerund_opening_a_sentence_before_an_owner_is_a_verb() {
        let h = headings_of(&["Explaining Velmora’s changed position, observers spoke. Velmora said more, and Velmora waited."]);
        assert_eq!(h, ["Velmora"]);
    }

    #[test]
    fn a_common_chinese_family_name_stays_first() {
        let h = headings_of(&["Spokesman Geng Shuang said the talks went well. Geng emphasized the ties."]);
        assert_eq!(h, ["Geng Shuang"]);
    }

    #[test]
    fn names_merge_and_sentence_starts_do_not_count() {
        let p = proposals(&[
            "However, the Tsar fled. Today the tsar was gone, said Anna Petrova in March.",
            "Meanwhile Petrova wrote to the Tsar; Petrova's letters reached the Baltic Fleet.",
            "Fleets sailed. Later the Baltic Fleets returned.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Tsar", "Petrova, Anna", "Baltic Fleet"]);
        assert_eq!(p[1].forms, ["Anna Petrova", "Petrova"]);
        assert_eq!(p[2].forms, ["Baltic Fleet", "Baltic Fleets"]);
    }

    #[test]
    fn a_given_name_said_alone_after_a_full_name_is_its_surname() {
        let h = headings_of(&[
            "The newest hopeful in the race, Ordal Henry, flew to Ohio on Monday.",
            "Henry said the race was open. Voters cheered when Henry spoke.",
        ]);
        assert!(h.iter().any(|h| h == "Henry, Ordal"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Ordal Henry"), "{h:?}");
    }

    #[test]
    fn a_name_of_a_school_or_a_village_is_a_person_s() {
        let h = headings_of(&[
            "The trial includes Yaroq Mendelt of Harwick Business School and two others.",
            "Tavrin Olesk of Dumbor village grows beans on his land.",
        ]);
        assert!(h.iter().any(|h| h == "Mendelt, Yaroq"), "{h:?}");
        assert!(h.iter().any(|h| h == "Olesk, Tavrin"), "{h:?}");
    }

    #[test]
    fn a_post_in_capitals_set_off_after_a_name_describes_a_person_and_is_no_heading() {
        let h = headings_of(&[
            "The book is by Quillan Vessary, Geologist and Inventor of Dry Stone Mapping, in a new edition.",
            "The work is shared with Orsa Keblin, Professor of Botany at Harwick College, this year.",
            "Its editor is a Lecturer in Botany at Harwick College.",
        ]);
        assert!(h.iter().any(|h| h == "Vessary, Quillan"), "{h:?}");
        assert!(h.iter().any(|h| h == "Keblin, Orsa"), "{h:?}");
        let posts = ["Geologist", "Inventor", "Professor", "Lecturer"];
        assert!(!h.iter().any(|h| posts.iter().any(|p| h.starts_with(p))), "{h:?}");
    }

    #[test]
    fn a_cast_in_brackets_after_a_noun_of_a_person_or_after_stars_is_a_person() {
        let h = headings_of(&[
            "In the comedy a shy nurse (Velka Dorrin) meets Maria (Arlo Quisk) at a fair.",
            "A retired soldier (Marrant) hides in a mall, and the film stars Quennel Fabry as a cook.",
            "It was his turn to star in Tavi Marrant’s “Low Tide” this winter, after Welling Osk’s part.",
            "A kind neighbour (Osk) helps.",
        ]);
        for name in ["Dorrin, Velka", "Quisk, Arlo", "Fabry, Quennel", "Marrant, Tavi", "Osk, Welling"] {
            assert!(h.iter().any(|h| h == name), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|h| h == "Marrant"), "{h:?}");
    }

    #[test]
    fn an_ai_or_a_tv_after_a_word_of_a_firm_s_own_is_its_name_s() {
        let h = headings_of(&[
            "Cloud security firm Quorra AI bought Netvelt. The AI tools help; generative AI too.",
            "Netvelt will join the Quorra AI portfolio, and Orrin TV shows it.",
        ]);
        assert!(h.iter().any(|h| h == "Quorra AI"), "{h:?}");
        assert!(h.iter().any(|h| h == "Orrin TV"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Quorra" || h == "AI"), "{h:?}");
    }

    #[test]
    fn a_people_s_word_before_a_given_name_and_a_surname_describes_the_person() {
        let h = headings_of(&["Produced by Canadian Liane Vorst and by New Yorker Talia Quern, it opened."]);
        assert!(h.iter().any(|h| h == "Vorst, Liane"), "{h:?}");
        assert!(h.iter().any(|h| h == "Quern, Talia"), "{h:?}");
    }

    #[test]
    fn a_document_s_parts_in_the_plural_before_a_figure_are_no_heading() {
        let h = headings_of(&["He warned that Sections 31, 34 and 36 of the Velmoran code were vague, as Articles 7 and 9 were."]);
        assert!(!h.iter().any(|h| h.starts_with("Sections") || h.starts_with("Articles")), "{h:?}");
    }

    #[test]
    fn a_word_with_an_inner_capital_is_a_name_at_sentence_starts_only() {
        let h = headings_of(&["QuorraTech said on Monday that it would wait.", "QuorraTech also sold its mills that year."]);
        assert!(h.iter().any(|h| h == "QuorraTech"), "{h:?}");
    }

    #[test]
    fn an_advocate_s_title_is_no_given_name() {
        let h = headings_of(&["Adv Velmari said the bill was vague.", "Adv Velmari argued it would silence the press."]);
        assert!(h.iter().any(|h| h == "Velmari"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Adv")), "{h:?}");
    }

    #[test]
    fn a_place_whose_people_the_text_names_is_no_given_name_alone() {
        let h = headings_of(&[
            "Velmoria said the border was closed. The minister Velmoria Quastel said so on Monday.",
            "Two Velmorian officials met Velmoria's envoys, and Velmoria answered.",
        ]);
        assert!(h.iter().any(|h| h == "Velmoria"), "{h:?}");
        assert!(h.iter().any(|h| h == "Quastel, Velmoria"), "{h:?}");
    }

    #[test]
    fn a_people_s_word_before_three_names_or_a_man_of_a_people_describes_the_person() {
        let h = headings_of(&["In the final, Chilean Daniel Orvo Tallek beat Dutchman Quirijn Velsmar in four sets.", "Velsmar had served well until then."]);
        assert!(h.iter().any(|h| h == "Tallek, Daniel Orvo"), "{h:?}");
        assert!(h.iter().any(|h| h == "Velsmar, Quirijn"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Chilean") || h.contains("Dutchman")), "{h:?}");
    }

    #[test]
    fn a_quoted_title_keeps_a_function_word_opening_it() {
        let h = headings_of(&["The film “One Night After Another,” starring Leonardo DiCaprio, is out."]);
        assert!(h.iter().any(|h| h == "One Night After Another"), "{h:?}");
    }

    #[test]
    fn a_campus_after_a_university_before_lowercase_words_is_part_of_its_name() {
        let h = headings_of(&["She went to the University of Velmora, Orrin and studied there."]);
        assert!(h.iter().any(|h| h == "University of Velmora, Orrin"), "{h:?}");
        let h = headings_of(&["They chose the University of Velmora, Orrin and Tamsa instead."]);
        assert!(!h.iter().any(|h| h == "University of Velmora, Orrin"), "{h:?}");
    }

    #[test]
    fn a_spaced_korean_name_ending_in_a_common_family_name_is_in_western_order() {
        let h = headings_of(&[
            "The trial includes Yeun Joon Kim of Harwick Business School.",
            "The director Bong Joon Ho spoke.",
        ]);
        assert!(h.iter().any(|h| h == "Kim, Yeun Joon"), "{h:?}");
        assert!(h.iter().any(|h| h == "Bong Joon Ho"), "{h:?}");
    }

    #[test]
    fn an_eponym_always_before_the_noun_of_a_term_names_the_term() {
        let h = headings_of(&[
            "Energy levels form a pattern called the Varnel quotient. For the Varnel quotient to appear, it must cool.",
            "The shape lacks the so-called Orrick property, and she won a Quillan Medal for it.",
        ]);
        for term in ["Varnel quotient", "Orrick property", "Quillan Medal"] {
            assert!(h.iter().any(|h| h == term), "{term}: {h:?}");
        }
        // Said alone too, the name is no term's only.
        let h = headings_of(&["The Varnel quotient is odd.", "Varnel proved it."]);
        assert!(h.iter().any(|h| h == "Varnel"), "{h:?}");
    }

    #[test]
    fn a_short_code_always_before_the_same_noun_names_it_with_the_noun() {
        let h = headings_of(&["She wore an X97 mask to work.", "Each X97 mask filters dust, and QZ4 emissions fell."]);
        assert!(h.iter().any(|h| h == "X97 mask") && h.iter().any(|h| h == "QZ4 emissions"), "{h:?}");
        assert!(!h.iter().any(|h| h == "X97" || h == "QZ4"), "{h:?}");
    }

    #[test]
    fn a_brand_glued_to_a_place_s_name_is_two_names() {
        let h = headings_of(&[
            "Loans went to firms in Velmora. The firms arranged with QuillBank Velmora that loans be guaranteed.",
            "QuillBank lent again, and QuillBank grew.",
        ]);
        assert!(h.iter().any(|h| h == "QuillBank") && h.iter().any(|h| h == "Velmora"), "{h:?}");
        assert!(!h.iter().any(|h| h == "QuillBank Velmora"), "{h:?}");
    }

    #[test]
    fn names_set_off_after_a_plural_noun_of_persons_are_persons() {
        let h = headings_of(&["At dinner I sat with two producers, Vero Quindal and Tash Morrow, who made a film."]);
        assert!(h.iter().any(|h| h == "Quindal, Vero") && h.iter().any(|h| h == "Morrow, Tash"), "{h:?}");
    }

    #[test]
    fn a_word_listed_before_a_noun_only_beside_adjectives_of_peoples_is_one() {
        let h = headings_of(&["The funds moved through Caribbean, American, and Quorrot accounts in Velmora."]);
        assert!(!h.iter().any(|h| h == "Quorrot"), "{h:?}");
        assert!(h.iter().any(|h| h == "Velmora"), "{h:?}");
    }

    #[test]
    fn a_title_s_qualifier_alone_before_a_word_is_no_title_of_address() {
        let h = headings_of(&["Films stream on Netflix and Amazon's Prime Velvet; the velvet plan costs less."]);
        assert!(h.iter().any(|h| h == "Prime Velvet"), "{h:?}");
    }

    #[test]
    fn a_word_in_capitals_before_an_institution_s_noun_is_the_name_s() {
        let h = headings_of(&["Researchers at the BLOOM Initiative found that tutoring helps children bloom."]);
        assert!(h.iter().any(|h| h == "BLOOM Initiative"), "{h:?}");
    }

    #[test]
    fn an_owner_before_a_relative_adverb_owns_nothing() {
        let h = headings_of(&["They dined at Velmo's where guests met, and later sat at Velmo's with friends."]);
        assert!(h.iter().any(|h| h == "Velmo's"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Velmo"), "{h:?}");
    }

    #[test]
    fn an_owner_closing_a_quotation_owns_nothing() {
        let h = headings_of(&["“I always loved Jim Velmarro’s,” he says of the bourbon. “Nothing beats it.”"]);
        assert!(h.contains(&"Jim Velmarro's".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Velmarro")), "{h:?}");
    }

    #[test]
    fn an_owner_before_and_and_an_owner_of_nothing_owns_nothing() {
        let h = headings_of(&["Coffee may guard against Velmer's and Quorran's, she says, and Tamsa's firms grew."]);
        assert!(h.iter().any(|h| h == "Velmer's") && h.iter().any(|h| h == "Quorran's"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Velmer"), "{h:?}");
    }

    #[test]
    fn a_role_after_an_owner_set_off_after_a_name_describes_a_person() {
        let h = headings_of(&[
            "Under questioning Tomaso Vellin, the harbour board’s deputy director, admitted it.",
            "Mr. Vellin told the board. Mr. Vellin said it again.",
        ]);
        assert!(h.iter().any(|h| h == "Vellin, Tomaso"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Tomaso Vellin"), "{h:?}");
        // A noun ending like a role is none without an owner before it.
        let h = headings_of(&["Subscribe to Quarry Lane, a paid weekly newsletter from Ida Quarel."]);
        assert!(!h.iter().any(|h| h == "Lane, Quarry"), "{h:?}");
    }

    #[test]
    fn a_name_after_a_house_number_opened_by_a_compass_initial_is_an_address() {
        let h = headings_of(&["The other shop is at 310 W. Seven Oaks, Velmora, said Ida Quarel."]);
        assert!(!h.iter().any(|h| h.contains("Oaks")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quarel, Ida"), "{h:?}");
        let h = headings_of(&["The letter was signed by E. Tamsin Orrel in 1910."]);
        assert!(h.iter().any(|h| h == "Orrel, E. Tamsin"), "{h:?}");
    }

    #[test]
    fn a_country_before_the_name_an_acronym_spells_is_no_part_of_it() {
        let h = headings_of(&["Velmora Republic Harbour Safety Board (HSB) officers boarded the ship. The HSB said so."]);
        assert!(h.iter().any(|h| h == "Harbour Safety Board"), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Velmora Republic Harbour")), "{h:?}");
        let h = headings_of(&["The Velmora Harbour Safety Board (VHSB) met. The VHSB said so."]);
        assert!(h.iter().any(|h| h == "Velmora Harbour Safety Board"), "{h:?}");
    }

    #[test]
    fn a_month_before_an_acronym_is_a_date() {
        let h = headings_of(&["It was raised at the June VHSB meeting in Velmora, said Ida Quarel.", "The VHSB met again."]);
        assert!(h.iter().any(|h| h == "VHSB") && !h.iter().any(|h| h.contains("June")), "{h:?}");
    }

    #[test]
    fn a_person_s_given_names_said_without_the_surname_are_the_person_s() {
        let h = headings_of(&["Our guest is Loretta Jean Quarel of Velmora.", "Loretta Jean shares my passion for maps."]);
        assert!(h.iter().any(|h| h == "Quarel, Loretta Jean"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Jean, Loretta"), "{h:?}");
    }

    #[test]
    fn a_title_of_office_is_no_heading_but_the_body_it_names_is() {
        let h = headings_of(&[
            "Velmora’s Prime Minister and Chairman of the Harbour Board Authority, Ida Quarel, spoke.",
            "Dr Quarel, who served as Finance Minister for years, agreed.",
        ]);
        assert!(h.iter().any(|h| h == "Harbour Board Authority"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Chairman") || h.contains("Minister")), "{h:?}");
        // A post of a body of one word may be the subject.
        let h = headings_of(&["The senators sued the Inspector-General of Police in Velmora."]);
        assert!(h.iter().any(|h| h == "Inspector-General of Police"), "{h:?}");
    }

    #[test]
    fn an_officer_and_a_lecturer_are_posts_a_letters_plural_a_grade_and_a_sum_a_unit() {
        let h = headings_of(&[
            "Ida Quarel, Chief Product Officer of the firm Velmora Data, said buyers wait. Tomas Reyl, a Senior Lecturer at Marl, agreed.",
            "As a teacher giving Ds and Fs, Reyl knows grades. Farmers earned around Taka 8,500 over the year in Marl.",
        ]);
        assert!(h.iter().any(|h| h == "Quarel, Ida") && h.iter().any(|h| h == "Velmora Data"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Officer") || h.contains("Lecturer") || ["Ds", "Fs", "Taka"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_minister_s_style_is_a_title_of_address() {
        let h = headings_of(&["Velmora’s Prime Minister, Dr the Rt. Hon. Tomas Reyl, spoke in Marl.", "Dr the Rt. Hon. Tomas Reyl greets Velmora Congresswoman Ida Quarel."]);
        assert!(h.iter().any(|h| h == "Reyl, Tomas") && !h.iter().any(|h| h == "Rt" || h.contains("Rt.")), "{h:?}");
    }

    #[test]
    fn a_country_named_with_and_the_is_one_name() {
        let h = headings_of(&["We live here in St. Vincent and the Grenadines but Ida Quarel moved to Velmora."]);
        assert!(h.iter().any(|h| h == "St. Vincent and the Grenadines"), "{h:?}");
    }

    #[test]
    fn names_listed_after_a_colon_that_announces_persons_are_persons() {
        let h = headings_of(&["The firms were run by three partners in Velmora: Tamso Vrell, Brannoc Pallan, & Imre Quost."]);
        for name in ["Vrell, Tamso", "Pallan, Brannoc", "Quost, Imre"] {
            assert!(h.iter().any(|h| h == name), "{h:?}");
        }
        let h = headings_of(&["The firm sells in three regions: Velmora Heights, Ordic Vale and Marl Downs."]);
        assert!(!h.iter().any(|h| h.contains(", ")), "{h:?}");
    }

    #[test]
    fn a_people_s_colour_before_a_noun_is_no_heading() {
        let h = headings_of(&["Other Black women found wigs in Velmora.", "In the Black community of Velmora, Ida Quarel said, it was hard."]);
        assert!(!h.iter().any(|h| h == "Black"), "{h:?}");
        let h = headings_of(&["The fight went on, said Tamsin Black of Velmora.", "Black said the fight was over."]);
        assert!(h.iter().any(|h| h == "Black, Tamsin"), "{h:?}");
    }

    #[test]
    fn an_english_noun_of_a_latin_shape_is_no_epithet() {
        let h = headings_of(&["Prices near the Velmora area spiked, said Ida Quarel of Marl."]);
        assert!(h.iter().any(|h| h == "Velmora") && !h.iter().any(|h| h == "Velmora area"), "{h:?}");
        // Nor a feature's noun the name takes after it, which was taken twice.
        let h = headings_of(&["We hiked Texas deserts, Hawaiian beaches, the Velmaw peninsula, and a range of other places.", "On cold nights in the Velmaw Peninsula the wind rose."]);
        assert!(!h.iter().any(|h| h.contains("peninsula peninsula")), "{h:?}");
    }

    #[test]
    fn capitals_between_two_names_are_initials() {
        let h = headings_of(&["The report was written by Tam Orrel, Brannoc JM Vell and Ida Quarel of the Hollow Clinic."]);
        assert!(h.iter().any(|h| h == "Vell, Brannoc JM"), "{h:?}");
    }

    #[test]
    fn a_name_joined_by_a_hyphen_to_a_person_s_is_the_person_s_occurrence() {
        let h = headings_of(&[
            "Velmora shares rose after the Velmora-Tamsa Quarel deal was signed in Denver.",
            "Tamsa Quarel said Velmora would sell her lipsticks.",
        ]);
        assert!(h.iter().any(|h| h == "Quarel, Tamsa") && h.iter().any(|h| h == "Velmora"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Velmora-")), "{h:?}");
    }

    #[test]
    fn a_team_of_a_place_with_a_spanish_article_is_no_person() {
        let h = headings_of(&[
            "The Las Cruces Comets won again on Friday.",
            "Comets fans cheered, and the Comets said the streak would go on.",
        ]);
        assert!(h.iter().any(|h| h == "Las Cruces Comets"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains(", Las")), "{h:?}");
    }

    #[test]
    fn an_abbreviation_met_only_after_a_or_an_is_a_kind_of_thing() {
        let h = headings_of(&[
            "A PXR of her knee showed a tear, said Ida Quarel of the Hollow Clinic.",
            "She then had an MRX at the Hollow Clinic, where the NHB paid for it.",
        ]);
        assert!(!h.iter().any(|h| h == "PXR" || h == "MRX"), "{h:?}");
        assert!(h.iter().any(|h| h == "NHB"), "{h:?}");
    }

    #[test]
    fn a_verb_opening_a_sentence_is_no_part_of_the_name_after_it() {
        let h = headings_of(&[
            "The Hollow Clinic was emailed twice, and patients kept emailing it all week.",
            "Email Hollow Clinic at the desk on Friday.",
        ]);
        assert!(h.iter().any(|h| h == "Hollow Clinic"), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Email")), "{h:?}");
    }

    #[test]
    fn a_position_s_letter_is_no_initial() {
        let h = headings_of(&["Comets: G Tamsa Quarel missed her second game with a sprain, and the E Street Band played."]);
        assert!(h.iter().any(|h| h == "Quarel, Tamsa"), "{h:?}");
        assert!(h.iter().any(|h| h == "E Street Band"), "{h:?}");
    }

    #[test]
    fn a_style_without_its_full_stop_is_no_given_name() {
        let h = headings_of(&["Chief officer Professor Tamsa Quarel said the ferry would run. Prof Quarel said it twice, and Prof Quarel said it again at the harbour."]);
        assert!(h.iter().any(|h| h == "Quarel, Tamsa"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Prof")), "{h:?}");
    }

    #[test]
    fn a_hyphened_surname_ending_in_a_title_s_word_is_no_title() {
        let h = headings_of(&["After the rebound for the Comets, Brannoc Vell-King scored, and the Attorney-General said nothing."]);
        assert!(h.iter().any(|h| h == "Vell-King, Brannoc"), "{h:?}");
        assert!(super::words::is_honorific("attorney-general") && super::words::is_honorific("commander-in-chief"));
        assert!(!super::words::is_honorific("vell-king"));
    }

    #[test]
    fn a_role_opening_a_sentence_is_no_part_of_the_name_after_it() {
        let h = headings_of(&[
            "Publisher Velmora called the game a flagship. Writer Tamsa Quarel agreed.",
            "Manchester Rovers won the cup. Star Trek fans cheered.",
        ]);
        assert!(h.iter().any(|h| h == "Velmora") && h.iter().any(|h| h == "Quarel, Tamsa"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Publisher") || h.contains("Writer")), "{h:?}");
        assert!(h.iter().any(|h| h.contains("Manchester")) && h.iter().any(|h| h == "Star Trek"), "{h:?}");
    }

    #[test]
    fn a_country_s_abbreviation_is_no_initial_and_may_be_left_out_of_the_initials() {
        let h = headings_of(&["Officers of U.S. Harbour and Coast Patrol stopped the boat near the coast off Laredo."]);
        assert!(!h.iter().any(|h| h.contains(", U.S.") || h.contains(", Coast")), "{h:?}");
        let h = headings_of(&["Officers of U.S. Harbour and Coast Patrol (HCP) stopped the boat off Laredo."]);
        assert!(h.iter().any(|h| h == "U.S. Harbour and Coast Patrol"), "{h:?}");
    }

    #[test]
    fn an_owner_before_a_figure_is_no_unit() {
        let h = headings_of(&["Scientists found water on Velmora, one of Tamsik’s 79 moons, and paid Rs 24 for it."]);
        assert!(h.iter().any(|h| h == "Tamsik"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Rs"), "{h:?}");
    }

    #[test]
    fn a_word_opening_two_names_is_their_maker_s_name_at_a_sentence_start_too() {
        let h = headings_of(&[
            "Velmora is now selling lamps. Customers of Velmora Cloud Services and of Velmora Music Plus can pay later.",
        ]);
        assert!(h.iter().any(|h| h == "Velmora"), "{h:?}");
    }

    #[test]
    fn a_name_before_song_is_a_singer_s() {
        let h = headings_of(&["Things got worse, contrary to the Howard Quarel song, and the D.A. Velmora brokerage closed."]);
        assert!(h.iter().any(|h| h == "Quarel, Howard"), "{h:?}");
        assert!(h.iter().any(|h| h == "D.A. Velmora"), "{h:?}");
    }

    #[test]
    fn an_eponym_always_before_its_term_is_the_term_s() {
        let h = headings_of(&["They studied families of Vellor matrices and the Quarel decomposition of C in Oslo."]);
        assert!(h.iter().any(|h| h == "Vellor matrices") && h.iter().any(|h| h == "Quarel decomposition"), "{h:?}");
    }

    #[test]
    fn a_name_only_ever_owning_nothing_is_a_shop_s() {
        let h = headings_of(&["He sold the cards at Velmore’s in 2006, and later at stores such as Quarel’s, in Oslo."]);
        assert!(h.iter().any(|h| h == "Velmore's") && h.iter().any(|h| h == "Quarel's"), "{h:?}");
    }

    #[test]
    fn a_firm_named_with_its_article_keeps_its_legal_form() {
        let h = headings_of(&["Riders meet at The Velmora Corp. Hollow Farm Event in Elkton, and Quarel Inc. sponsors it."]);
        assert!(h.iter().any(|h| h == "The Velmora Corp."), "{h:?}");
        assert!(h.iter().any(|h| h == "Quarel"), "{h:?}");
    }

    #[test]
    fn a_rider_before_a_name_is_a_role() {
        let h = headings_of(&["The clinic opens with Olympic show rider Brannoc Vell at the Hollow Farm barn."]);
        assert!(h.iter().any(|h| h == "Vell, Brannoc"), "{h:?}");
    }

    #[test]
    fn a_plural_title_names_both_persons_after_it() {
        let h = headings_of(&["The bill stalled, and Sens. Orrin Vell and Tamsa Quarel voted against it in Denver."]);
        assert!(h.iter().any(|h| h == "Vell, Orrin") && h.iter().any(|h| h == "Quarel, Tamsa"), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Sens")), "{h:?}");
    }

    #[test]
    fn two_different_given_names_before_one_surname_are_two_people() {
        let h = headings_of(&[
            "The regulator Marisol Grant opened an inquiry, and the striker Marek Grant scored twice.",
            "Grant said the inquiry would take months.",
        ]);
        assert!(h.iter().any(|h| h == "Grant, Marisol") && h.iter().any(|h| h == "Grant, Marek"), "{h:?}");
    }

    #[test]
    fn a_field_before_its_expert_is_no_part_of_the_name_before_it() {
        let h = headings_of(&[
            "Ada Brenner, the Harbour Board Norway adviser, spoke in Oslo.",
            "The Harbour Board met in Bergen. Norway sent no one.",
        ]);
        assert!(!h.iter().any(|h| h == "Harbour Board Norway"), "{h:?}");
        assert!(h.iter().any(|h| h == "Harbour Board") && h.iter().any(|h| h == "Norway"), "{h:?}");
    }

    #[test]
    fn an_adviser_s_title_before_a_name_is_no_part_of_it() {
        let h = headings_of(&[
            "The panel heard that former National Security Adviser Ada Brenner had left in May.",
            "Brenner declined to comment.",
        ]);
        assert!(h.iter().any(|h| h == "Brenner, Ada"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Adviser")), "{h:?}");
    }

    #[test]
    fn a_country_and_an_office_with_no_name_are_no_heading() {
        let h = headings_of(&[
            "The U.S. Ambassador met the minister in Lisbon, and the French President called Ada Brenner.",
            "Later the U.S. Ambassador flew home; Brenner stayed in Lisbon.",
        ]);
        assert!(!h.iter().any(|h| h.contains("Ambassador") || h.contains("President")), "{h:?}");
        assert!(h.iter().any(|h| h == "Lisbon"), "{h:?}");
    }

    #[test]
    fn a_word_that_is_a_sentence_of_its_own_is_an_exclamation() {
        let h = headings_of(&[
            "Gosh. The review of the Lumina app by Ada Brenner ran to four pages.",
            "Another reader sent a string of Gosh!! replies to Brenner, who had moved to Leeds.",
            "Leeds. That is where Brenner now works.",
            "She still writes about Leeds and its trams.",
        ]);
        assert!(!h.iter().any(|h| h == "Gosh"), "{h:?}");
        assert!(h.iter().any(|h| h == "Leeds"), "{h:?}");
    }

    #[test]
    fn a_title_before_a_name_with_a_particle_is_cut_off_and_a_lost_space_ends_a_sentence() {
        let p = proposals(&[
            "The bridge was opened by former Flemish Governor Anton de Vries on Friday.The crowd cheered in Velmora.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Vries, Anton de"), "{headings:?}");
        assert!(headings.contains(&"Velmora"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.contains("Flemish") || h.contains('.')), "{headings:?}");
    }

    #[test]
    fn a_party_and_state_after_a_politician_is_no_heading() {
        let p = proposals(&[
            "Rep. Dana Whitlock, D-Ore., and Sen. Miles Corban, R-Kan., wrote to the Tarvik Institute.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Whitlock, Dana"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.starts_with("D-") || h.starts_with("R-")), "{headings:?}");
    }

    #[test]
    fn korean_names_of_one_family_name_are_distinct_people_in_their_own_order() {
        let p = proposals(&["The drummers Nam Yeonsu, Kim Sora and Kim Hyewon, from the dance team, played."]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Nam Yeonsu", "Kim Sora", "Kim Hyewon"]);
    }

    #[test]
    fn a_place_noun_that_is_a_surname_ends_a_place_after_no_given_name() {
        let p = proposals(&[
            "Crowds filled Tessaly Park on Sunday, and Tessaly Park stays open late.",
            "The animator Nick Harlow spoke; Park, a painter, did not. Later Quorra Park asked for more.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Tessaly Park"), "{headings:?}");
    }

    #[test]
    fn a_surname_of_two_words_met_alone_is_a_compound_surname() {
        let p = proposals(&[
            "The board put Marion Lark Denholm in charge of the port.",
            "On Monday, Lark Denholm told the council that Lark Denholm would stay.",
            "\"We will fix it,\" said Lark Denholm.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Lark Denholm, Marion"]);
        assert!(p[0].forms.contains(&"Lark Denholm".to_string()), "{:?}", p[0].forms);
    }

    #[test]
    fn a_full_name_before_a_brand_and_its_noun_is_the_persons() {
        let p = proposals(&[
            "When Rosalind Avery joined the lab, nobody knew her.",
            "Later she was given a Rosalind Avery Zentix figurine, and the George Marsh Bridge toll fell.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Avery, Rosalind"), "{headings:?}");
        assert!(headings.contains(&"George Marsh Bridge"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.contains("Zentix")), "{headings:?}");
        let avery = p.iter().find(|p| p.heading == "Avery, Rosalind").map(|p| p.count);
        assert_eq!(avery, Some(2));
    }

    #[test]
    fn a_brand_in_its_own_casing_goes_on_with_a_programme_noun() {
        let p = proposals(&["The firm runs Project eHarvest in Peru, and sells the Zentix iTab there."]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Project eHarvest"), "{headings:?}");
        assert!(!headings.contains(&"Project"), "{headings:?}");
        assert!(!headings.contains(&"Zentix iTab"), "{headings:?}");
    }

    #[test]
    fn a_first_word_in_a_products_casing_is_no_given_name() {
        let p = proposals(&[
            "Both QuickSync Tessel and DeAndre Holloway shipped on time.",
            "Later QuickSync Tessel failed, and Tessel was patched.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Holloway, DeAndre"), "{headings:?}");
        assert!(!headings.contains(&"Tessel, QuickSync"), "{headings:?}");
    }

    #[test]
    fn a_sentence_opener_before_a_surname_a_pronoun_takes_up_is_a_given_name() {
        let p = proposals(&[
            "Lorcan Whitby's late goal won the game for the visitors.",
            "Whitby scored when he slipped past two defenders. Whitby later thanked the fans.",
            "Hosting Quenby at the gala was a coup, the mayor said. Quenby left early after she spoke.",
            "Quenby gave a speech there.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Whitby, Lorcan"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.contains("Hosting")), "{headings:?}");
    }

    #[test]
    fn sun_beside_a_weekday_is_the_day() {
        let p = proposals(&["The Orvane Gallery opens Tue to Sat, closed on Sun & Mon. We watched as the Sun set over the Orvane Gallery."]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Orvane Gallery"), "{headings:?}");
        let sun = p.iter().find(|p| p.heading == "Sun").map(|p| p.count);
        assert_eq!(sun, Some(1), "{headings:?}");
    }

    #[test]
    fn a_modifier_ending_one_longer_name_is_its_short_form() {
        let p = proposals(&["Buyers of Lumora Network Plus get more; the Plus tier costs twice what Lumora Network Plus did."]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Lumora Network Plus"]);
    }

    #[test]
    fn a_result_of_two_names_and_their_scores_numbers_neither() {
        let p = proposals(&[
            "Otters 3, Grey Herons 1: the Otters won at home. The Grey Herons play the Otters again.",
            "Marsh Kites 2, Vale Rovers 0: a dull game in Dunmore. Lancers 1, Marsh Kites 0.",
            "The shop sells Skyfall Racer 2, Moon Garden 3, and Tidewatch.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Grey Herons"), "{headings:?}");
        assert!(headings.contains(&"Lancers"), "{headings:?}");
        assert!(headings.contains(&"Otters"), "{headings:?}");
        assert!(headings.contains(&"Vale Rovers"), "{headings:?}");
        assert!(headings.contains(&"Marsh Kites"), "{headings:?}");
        assert!(headings.contains(&"Skyfall Racer 2"), "{headings:?}");
        assert!(headings.contains(&"Moon Garden 3"), "{headings:?}");
        assert!(!headings.iter().any(|h| ["Grey Herons 1", "Marsh Kites 2", "Vale Rovers 0"].contains(h)), "{headings:?}");
    }

    #[test]
    fn a_full_name_before_a_past_verb_each_time_is_a_person() {
        let p = proposals(&[
            "Otters 3, Herons 1: Ilmari Vaskonen made 31 saves, and Otso Raikkala also scored.",
            "In the third period Aatu Lindqvark and Eemil Sorvonen scored.",
            "Quill Harbor won again. Quill Harbor Ferries sank a barge.",
            "Ravindu Pelqa fixed the parser. Then Ravindu Pelqa contributed a test.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Vaskonen, Ilmari"), "{headings:?}");
        assert!(headings.contains(&"Raikkala, Otso"), "{headings:?}");
        assert!(headings.contains(&"Lindqvark, Aatu"), "{headings:?}");
        assert!(headings.contains(&"Pelqa, Ravindu"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.contains(", Quill")), "{headings:?}");
    }

    #[test]
    fn a_verb_or_a_list_after_a_role_shaped_word_names_no_person() {
        let p = proposals(&[
            "The box holds a controller, Lumacast Mini and two cables.",
            "Kestrela launched on Monday. Its Kestrela Plus tier costs more, and Plus buyers get games.",
            "Ads are meant to bolster Kestrela in the winter. Kestrela Plus sold well.",
            "Kestrela is cheap, and a co-worker, Oswin Threlkeld, bought it.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(headings.contains(&"Lumacast Mini"), "{headings:?}");
        assert!(headings.contains(&"Kestrela"), "{headings:?}");
        assert!(headings.contains(&"Threlkeld, Oswin"), "{headings:?}");
        assert!(!headings.iter().any(|h| h.starts_with("Mini,") || h.starts_with("Plus,")), "{headings:?}");
    }

    #[test]
    fn a_sentence_initial_role_word_is_cut_when_its_plural_runs_lowercase() {
        let p = proposals(&[
            "Historian Anna Petrova wrote the book. Other historians disagreed with Petrova.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Petrova, Anna"]);
    }

    #[test]
    fn a_given_name_alone_joins_a_full_name_only_in_an_article_naming_both() {
        let p = proposals_of_articles(&[
            &["Joe Velmar, the president, said the summit would be held in June.", "Velmar spoke in Panama, as Ada Quist reported."],
            &["Joe smiled at his dog. Joe told us about the war, and Joe walked on.", "The editor Ada Quist said she would write it, and then Ada laughed."],
        ]);
        let forms = |h: &str| p.iter().find(|p| p.heading == h).map(|p| p.forms.clone()).unwrap_or_default();
        assert!(!forms("Velmar, Joe").contains(&"Joe".to_string()), "another article's Joe: {:?}", forms("Velmar, Joe"));
        assert!(forms("Quist, Ada").contains(&"Ada".to_string()), "{:?}", forms("Quist, Ada"));
    }

    fn headings_of(paragraphs: &[&str]) -> Vec<String> {
        proposals(paragraphs).into_iter().map(|p| p.heading).collect()
    }

    /// The headings of a paragraph of a text, a link and a text, as the scanner reads it.
    fn headings_around_link(before: &str, link: &str, after: &str) -> Vec<String> {
        use crate::model::{Article, Block, Inline};
        let content = vec![
            Inline::Text(before.into()),
            Inline::Link { url: "https://example.org".into(), content: vec![Inline::Text(link.into())] },
            Inline::Text(after.into()),
        ];
        let block = Block::Paragraph { id: "ch01-p1".into(), content };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect()
    }

    #[test]
    fn a_signature_in_italics_after_a_dash_closing_a_paragraph_is_a_person_no_work() {
        use crate::model::{Article, Block, Inline};
        let signed = |id: &str, text: &str| Block::Paragraph {
            id: id.into(),
            content: vec![Inline::Text(format!("{text} —")), Inline::Emphasis(vec![Inline::Text("Ada Quill".into())])],
        };
        let blocks = vec![
            signed("ch01-p1", "The down bag kept me warm on the ridge."),
            signed("ch01-p2", "The synthetic one dried fast after the storm."),
            Block::Paragraph { id: "ch01-p3".into(), content: vec![Inline::Text("Our tester Ada Quill slept in both.".into())] },
        ];
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks, footnotes: Vec::new(), report: Default::default() };
        let h: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect();
        assert!(h.contains(&"Quill, Ada".to_string()), "{h:?}");
        // Not a title the dash sets off before more words, nor one an unspaced dash joins to
        // another title.
        let styled = |id: &str, parts: Vec<Inline>| Block::Paragraph { id: id.into(), content: parts };
        let italic = |t: &str| Inline::Emphasis(vec![Inline::Text(t.into())]);
        let blocks = vec![
            styled("ch01-p1", vec![Inline::Text("This essay is part of a series — ".into()), italic("At Fifty, Who Will Velmora Be?"), Inline::Text(" — on the harbour town.".into())]),
            styled("ch01-p2", vec![Inline::Text("The best crossover was the ".into()), italic("Tarn, P.I."), Inline::Text("–".into()), italic("Murder, She Sang")]),
        ];
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks, footnotes: Vec::new(), report: Default::default() };
        let works: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().filter(|p| p.work).map(|p| p.heading).collect();
        assert!(works.iter().any(|h| h.contains("Who Will Velmora Be")) && works.iter().any(|h| h.contains("Murder, She Sang")), "{works:?}");
    }

    #[test]
    fn a_given_name_shouted_before_a_surname_at_a_sentence_s_start_is_a_person_s() {
        let h = headings_of(&["TORA Quist has hit out at the council again.", "The 41-year-old said the vote was unfair."]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("TORA")), "{h:?}");
    }

    #[test]
    fn an_ordinal_before_a_firm_s_name_is_its_first_word_though_its_next_word_stands_alone_after_it() {
        let h = headings_of(&["The group also runs 34th Velmor Insurance, which sells cover online.", "Its 34th Velmor unit grew fast."]);
        assert!(h.contains(&"34th Velmor Insurance".to_string()), "{h:?}");
        assert!(!h.contains(&"Velmor Insurance".to_string()), "{h:?}");
    }

    #[test]
    fn a_model_code_opening_on_a_figure_inside_a_product_s_name_is_a_word_of_it() {
        let h = headings_of(&["I still shoot with the Velmor 7D Mark III and the Quarro 1DX Mark II, but not in 4K video."]);
        for name in ["Velmor 7D Mark III", "Quarro 1DX Mark II"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|x| x.starts_with("Mark") || x.contains("4K")), "{h:?}");
    }

    #[test]
    fn the_authors_after_a_post_s_date_in_a_list_of_posts_are_persons() {
        let h = headings_of(&[
            "A New Velmora Compiler, 9 September 2025 Tora Quist, Daniel Brenn, Ivo Lind, and Ada Marsh",
            "Velmora 1.2 adds a faster compiler.",
        ]);
        for name in ["Quist, Tora", "Brenn, Daniel", "Lind, Ivo", "Marsh, Ada"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_role_in_the_plural_before_two_names_joined_by_and_names_two_persons() {
        let h = headings_of(&["Velmoran astronauts Brix Quorran and Sunno Vell returned to Earth after nine months."]);
        assert!(h.contains(&"Quorran, Brix".to_string()) && h.contains(&"Vell, Sunno".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_between_an_article_and_a_work_of_art_is_its_artist() {
        let h = headings_of(&["They cut up a Damon Quillon painting into several small pieces."]);
        assert!(h.contains(&"Quillon, Damon".to_string()), "{h:?}");
    }

    #[test]
    fn an_ampersand_between_two_full_names_joins_two_persons() {
        let h = headings_of(&["The film was shot by Mary Velquist & Christina Orrel last spring, as Ada Quill recalled.", "Tamsa & Velmora Ltd. paid for it."]);
        assert!(h.contains(&"Velquist, Mary".to_string()) && h.contains(&"Orrel, Christina".to_string()), "{h:?}");
        assert!(h.contains(&"Tamsa & Velmora Ltd.".to_string()) || h.contains(&"Tamsa & Velmora".to_string()), "{h:?}");
    }

    #[test]
    fn a_surname_given_alone_after_its_particle_keeps_it() {
        let h = headings_of(&["She echoed von Velmer twice.", "As ever, von Velmer wrote again."]);
        assert!(h.contains(&"von Velmer".to_string()), "{h:?}");
    }

    #[test]
    fn i_before_a_negated_auxiliary_is_the_pronoun_unless_a_numeral() {
        let h = headings_of(&[
            "When booking through Velmora.com I did not realise they used Tamsa Travel.",
            "Velmora.com sold the seats. After World War I did not end the feud, Henry I didn't either.",
        ]);
        assert!(h.contains(&"Velmora.com".to_string()) && !h.iter().any(|h| h == "Velmora.com I"), "{h:?}");
        assert!(h.contains(&"World War I".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_after_a_video_s_credit_label_is_a_person() {
        let h = headings_of(&["Sea stars were bred in captivity at the Velmora Aquarium. (AP Video: Haven Orrelby)"]);
        assert!(h.contains(&"Orrelby, Haven".to_string()), "{h:?}");
    }

    #[test]
    fn a_place_ending_like_an_adjective_is_kept_when_used_as_a_noun_only() {
        let h = headings_of(&["The film shows the night sky of each month in southern Velmary.", "Later it toured Velmary again."]);
        assert!(h.contains(&"Velmary".to_string()), "{h:?}");
    }

    #[test]
    fn a_text_ending_on_a_title_or_a_lead_word_proposes_without_failing() {
        for last in ["President", "President Trump", "The", "However", "Chief Executive", "Interim Police Chief"] {
            let text = format!("The mayor met the council on Monday to talk about the flood. {last}");
            headings_of(&[&text]);
        }
    }

    #[test]
    fn an_ampersand_between_capitals_is_a_letter_of_the_name() {
        let h = headings_of(&[
            "The grant went to Ada Quill, who joined TK&V Hidden Rivers in May.",
            "After the Q&A, the firm GQ&R said it would fund her next film.",
        ]);
        assert!(h.contains(&"TK&V Hidden Rivers".to_string()) && h.contains(&"GQ&R".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Hidden Rivers", "Q&A", "GQ", "R"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn an_ampersand_set_close_inside_a_capitalised_word_joins_a_brand() {
        let h = headings_of(&[
            "The resort group Tor&Quist opened Tor&Quist Velmora Bay in May, and Tor&Quist grew.",
            "Guests of Tor&Quist Velmora Bay swim daily, and the rock&roll band played.",
        ]);
        assert!(h.contains(&"Tor&Quist Velmora Bay".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Tor", "Quist", "Quist Velmora Bay", "Velmora Bay"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_lone_word_met_once_before_and_and_an_institution_opens_its_name() {
        let h = headings_of(&[
            "He chaired the Tariffs and Excise Commission of Velmora for a year.",
            "Israel and Palestinian Authority officials met, and Israel spoke first.",
        ]);
        assert!(h.contains(&"Tariffs and Excise Commission of Velmora".to_string()) || h.contains(&"Tariffs and Excise Commission".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Tariffs", "Excise Commission", "Excise Commission of Velmora", "Israel and Palestinian Authority"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_name_shaped_word_an_editor_inserts_in_square_brackets_opens_the_name_after_it() {
        let h = headings_of(&[
            "“Under President [Barvo] Quillan, we lost,” she said, and the [Tamsa] Council agreed.",
            "Quillan left office in May.",
            "[Front] Posted May 5 by Ada Quist",
        ]);
        assert!(h.contains(&"Quillan, Barvo".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Barvo", "Tamsa Council", "Front Posted"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_hotelier_set_off_after_a_name_is_a_person_s_role() {
        let h = headings_of(&["In 1995, Barvo Quillanet, an Indian-British hotelier, opened the Velmora Lodge."]);
        assert!(h.contains(&"Quillanet, Barvo".to_string()), "{h:?}");
    }

    #[test]
    fn a_rank_before_a_post_and_an_endowed_chair_name_no_one() {
        let h = headings_of(&[
            "Tomas Reyl, Vice President of the Orvin Guild, spoke first.",
            "Ada Quill is a Distinguished Professor in the Marl College of Botany.",
            "She holds the Wendel Marr Centennial Chair in Botany, and Tomas Reyl said so.",
        ]);
        assert!(h.iter().all(|h| !h.contains("Vice") && !h.contains("Distinguished") && !h.contains("Chair")), "{h:?}");
        assert!(h.contains(&"Reyl, Tomas".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_and_a_surnames_initial_name_no_one() {
        let h = headings_of(&[
            "Why did the owl cross the road? To get to the barn. Priya K. sent this one.",
            "What is a cloud's favourite game? Tobin R. asked us, and Priya K. laughed.",
        ]);
        assert!(h.iter().all(|h| !h.contains("K.") && !h.contains("R.")), "{h:?}");
    }

    #[test]
    fn a_letter_closing_a_sentence_is_no_initial_before_a_function_word() {
        let h = headings_of(&[
            "The class Tarn inherits from B. Thus, the fields of Tarn are shared.",
            "Warming in Velmora reached 2.1°C. This spring was the hottest there.",
        ]);
        assert!(h.iter().all(|h| !h.contains("Thus") && !h.contains("This")), "{h:?}");
    }

    #[test]
    fn a_name_never_ends_in_a_verb_to_be_a_negation_or_a_particle() {
        let h = headings_of(&[
            "The series asks: at its centenary, Who Will Velmora Be? Writers from Velmora answer.",
            "Get the Orvin Gazette by email and never miss a story Free Sign Up",
            "Trouble With Your Wisteria Not Flowering? Wisteria needs sun.",
        ]);
        assert!(h.iter().all(|h| !h.ends_with(" Be") && !h.ends_with(" Up") && !h.ends_with(" Not")), "{h:?}");
    }

    #[test]
    fn numbers_and_words_of_comparison_make_no_phrase() {
        let h = headings_of(&[
            "It took five years and different ways of working; hydrothermal vents were found.",
            "After five years they tried different ways again near hydrothermal vents.",
            "Five more: five years, different ways, hydrothermal vents.",
            "Then five years passed; different ways failed; hydrothermal vents stayed.",
        ]);
        assert!(!h.contains(&"five years".to_string()) && !h.contains(&"different ways".to_string()), "{h:?}");
        assert!(h.contains(&"hydrothermal vents".to_string()), "{h:?}");
    }

    #[test]
    fn a_lowercase_label_after_a_persons_name_is_no_surname() {
        let h = headings_of(&[
            "Daniel Reyl Born March 3, 1950 Era modern philosophy",
            "Sarah Quill Full name Sarah J. Quill, a painter of the full moon.",
            "Daniel Reyl wrote the book, and Daniel Reyl taught in Orvin.",
            "He was born in a village; she was born in a town.",
        ]);
        assert!(h.contains(&"Reyl, Daniel".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Born") && !h.contains("Full")), "{h:?}");
        assert!(h.contains(&"Quill, Sarah".to_string()), "{h:?}");
        let h = headings_of(&["Bake the Olive & Herb Focaccia bread; the focaccia rises.", "Olive & Herb Focaccia bread keeps."]);
        assert!(h.iter().all(|h| h != "Olive & Herb"), "{h:?}");
    }

    #[test]
    fn common_words_labelling_a_paragraph_before_a_colon_are_no_name() {
        let h = headings_of(&[
            "Family: Rosaceae Common Name: Velvet Thorn",
            "The common name of a plant varies; one name is not another.",
            "Marl County: the Velvet Thorn grows there.",
        ]);
        assert!(!h.contains(&"Common Name".to_string()), "{h:?}");
        assert!(h.contains(&"Marl County".to_string()), "{h:?}");
    }

    #[test]
    fn a_works_title_that_is_a_given_name_leaves_the_person_a_person() {
        let h = headings_of(&[
            "Lena Orr has won most prizes for her performance as a desperate, aging Mabel Tarrow in biopic “Mabel.”",
            "Orr said the part was hard.",
        ]);
        assert!(h.contains(&"Tarrow, Mabel".to_string()) && h.contains(&"Mabel".to_string()), "{h:?}");
    }

    #[test]
    fn words_after_a_and_a_price_name_a_kind_of_thing() {
        let h = headings_of(&["To read on, subscribe to the Velmora Courier. You can choose a $60 Annual Subscription or a $5 Weekly Pass."]);
        assert!(h.iter().all(|h| h != "Annual Subscription" && h != "Weekly Pass"), "{h:?}");
        assert!(h.contains(&"Velmora Courier".to_string()), "{h:?}");
        // The price opening a link after the article.
        let p = {
            let mut corpus = Corpus::default();
            let mut start = true;
            for (ordinal, text) in ["Read on: choose a", "$90 Yearly Pass", "today."].iter().enumerate() {
                corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal });
                let node = corpus.nodes.len() - 1;
                super::super::scan::tokenize(text, node, true, &mut start, &mut corpus.tokens);
            }
            propose(&corpus)
        };
        assert!(p.iter().all(|p| p.heading != "Yearly Pass"), "{:?}", p.iter().map(|p| &p.heading).collect::<Vec<_>>());
        let h = headings_of(&["Police said a 2010 Tarrin Velo was stolen."]);
        assert!(h.contains(&"Tarrin Velo".to_string()), "{h:?}");
    }

    #[test]
    fn a_point_of_the_compass_opens_a_regions_name_no_persons() {
        let h = headings_of(&[
            "A crash in Southwest Velmora killed a driver, officials in Southwest Velmora said.",
            "Southwest Velmora police said the car hit a pillar.",
        ]);
        assert!(h.iter().all(|h| h != "Velmora, Southwest"), "{h:?}");
    }

    #[test]
    fn a_universitys_campus_of_one_word_closing_a_sentence_is_part_of_its_name() {
        let h = headings_of(&[
            "Ada Lind studies bursts at the University of Velmora, Tarrin. No one knows why.",
            "She studied at the University of Velmora, Orvin and Marl before that.",
        ]);
        assert!(h.contains(&"University of Velmora, Tarrin".to_string()), "{h:?}");
        assert!(!h.contains(&"Tarrin".to_string()), "{h:?}");
    }

    #[test]
    fn a_legislators_or_a_detectives_title_inside_a_run_is_cut_off_the_name() {
        let h = headings_of(&[
            "She is the granddaughter of South Dakota Congressman Edwin Tarrow, who spoke.",
            "“We saw it,” said Marl County Police Detective Ivo Brennan on Monday.",
            "Tarrow said so, and Brennan agreed.",
        ]);
        assert!(h.contains(&"Tarrow, Edwin".to_string()), "{h:?}");
        assert!(h.contains(&"Brennan, Ivo".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Congressman") && !h.contains("Detective")), "{h:?}");
    }

    #[test]
    fn a_post_before_for_and_a_linked_name_is_no_person() {
        let p = {
            let mut corpus = Corpus::default();
            let mut start = true;
            for (ordinal, text) in ["Lena Orr is the Bullpin Editor for", "Outkick Weekly", ", where Lena Orr writes."].iter().enumerate() {
                corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal });
                let node = corpus.nodes.len() - 1;
                super::super::scan::tokenize(text, node, true, &mut start, &mut corpus.tokens);
            }
            propose(&corpus)
        };
        let h: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(h.iter().all(|h| !h.contains("Editor")), "{h:?}");
    }

    #[test]
    fn an_adverb_opening_a_sentence_is_no_given_name() {
        let h = headings_of(&[
            "If you agree, you get a choice. Afterwards Quenby tells the children to run along.",
            "Quenby said she would stay. Quenby left when she was tired.",
        ]);
        assert!(h.iter().all(|h| !h.contains("Afterwards")), "{h:?}");
    }

    #[test]
    fn names_listed_after_a_firm_or_before_a_programme_are_one_name() {
        let h = headings_of(&[
            "The suit was filed with the law firm of Abbott, Quill, Ferrand, and Lowe last year.",
            "She chairs the Ethics, Media and Culture program at Tarrow College, where Ethics is taught.",
            "They toured Kansas, Missouri and Iowa by bus.",
        ]);
        assert!(h.contains(&"Abbott, Quill, Ferrand, and Lowe".to_string()), "{h:?}");
        assert!(h.contains(&"Ethics, Media and Culture".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Quill", "Lowe", "Media", "Culture"].contains(&h.as_str())), "{h:?}");
        assert!(h.contains(&"Missouri".to_string()) && h.contains(&"Iowa".to_string()), "{h:?}");
    }

    #[test]
    fn an_epithet_after_a_team_is_a_role_before_a_name() {
        let h = headings_of(&["The record is shared with Rockets great Mystic Dalloway and Rockets coach Ted Vance."]);
        assert!(h.contains(&"Dalloway, Mystic".to_string()), "{h:?}");
    }

    #[test]
    fn a_people_named_by_an_adjective_is_headed_in_the_plural() {
        let h = headings_of(&[
            "Half of the workers were Cape Verdean Americans, the survey found.",
            "The mayor is Cape Verdean American, and so is her deputy, who is Cape Verdean American too.",
        ]);
        assert!(h.contains(&"Cape Verdean Americans".to_string()), "{h:?}");
        assert!(!h.contains(&"Cape Verdean American".to_string()), "{h:?}");
    }

    #[test]
    fn an_adverb_before_common_words_is_a_phrase_no_name() {
        let h = headings_of(&[
            "The claim was partly false, and the rest was mostly true. We rate it Mostly True.",
            "Kelly Marsh, who writes for the Daily Courier, agreed. It is true, Kelly Marsh said.",
        ]);
        assert!(!h.contains(&"Mostly True".to_string()), "{h:?}");
        assert!(h.contains(&"Marsh, Kelly".to_string()) && h.contains(&"Daily Courier".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_alone_opening_a_sentence_before_a_verb_of_saying_makes_a_person() {
        let h = headings_of(&[
            "The district's plan drew criticism, Kavro Thelwin reports from the hearing.",
            "Kavro writes: the cameras watch every hall now.",
        ]);
        assert!(h.contains(&"Thelwin, Kavro".to_string()), "{h:?}");
        assert!(!h.contains(&"Kavro Thelwin".to_string()), "{h:?}");
        // A firm named alone inside a sentence as well keeps its longer name's order.
        let h = headings_of(&[
            "Subscribers of Zentrox Music grew, while Zentrox said little about the deal.",
            "Zentrox said sales rose again.",
        ]);
        assert!(!h.contains(&"Music, Zentrox".to_string()), "{h:?}");
    }

    #[test]
    fn two_plural_nouns_of_bodies_joined_by_and_end_one_name() {
        let h = headings_of(&["The deal went to Seabright Hotels and Resorts, which owns eleven sites in Ohio and Texas."]);
        assert!(h.contains(&"Seabright Hotels and Resorts".to_string()), "{h:?}");
        assert!(!h.contains(&"Seabright Hotels".to_string()), "{h:?}");
        assert!(h.contains(&"Ohio".to_string()) && h.contains(&"Texas".to_string()), "{h:?}");
    }

    #[test]
    fn an_honour_or_a_group_of_states_after_a_name_takes_its_noun() {
        let h = headings_of(&[
            "She won a Halvorsen award in 2001, and the Halvorsen award again in 2009.",
            "Aid went to the Andaman Sea countries, and the Andaman Sea countries thanked Norway.",
        ]);
        assert!(h.contains(&"Halvorsen award".to_string()), "{h:?}");
        assert!(h.contains(&"Andaman Sea countries".to_string()), "{h:?}");
        assert!(!h.contains(&"Halvorsen".to_string()) && !h.contains(&"Andaman Sea".to_string()), "{h:?}");
    }

    #[test]
    fn a_body_named_for_its_purpose_goes_on_over_of_and_to() {
        let h = headings_of(&[
            "She chaired the League for the Protection of Rivers to Come, a charity, in 1990.",
            "He sent the Charter of Liberties to Queen Anne of Denmark.",
        ]);
        assert!(h.contains(&"League for the Protection of Rivers to Come".to_string()), "{h:?}");
        assert!(h.contains(&"Charter of Liberties".to_string()), "{h:?}");
    }

    #[test]
    fn a_sentences_opener_joined_by_and_to_a_name_is_a_name() {
        let h = headings_of(&[
            "Setting: Norvania and Wessel. The study ran there.",
            "Sales and Marketing met on Monday, and sales grew.",
        ]);
        assert!(h.contains(&"Norvania".to_string()) && h.contains(&"Wessel".to_string()), "{h:?}");
        assert!(!h.contains(&"Sales".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_before_a_tally_in_thousands_is_no_label() {
        let h = headings_of(&["Across the region, Ostravia has logged 48,000 cases and Belmark 31,250, while Suite 350 stayed shut."]);
        assert!(h.contains(&"Belmark".to_string()), "{h:?}");
        assert!(!h.contains(&"Suite".to_string()), "{h:?}");
    }

    #[test]
    fn a_quotation_after_called_is_a_name_no_sentence() {
        let h = headings_of(&["He bought it from a seller called “Zebo,” the working name of a firm in Oslo."]);
        assert!(h.contains(&"Zebo".to_string()), "{h:?}");
    }

    #[test]
    fn a_county_supervisor_is_a_title_before_a_name() {
        let h = headings_of(&["“It is a fair deal,” said Supervisor Ana Lindqvist of Marin County. Lindqvist voted for it."]);
        assert!(h.contains(&"Lindqvist, Ana".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Supervisor")), "{h:?}");
    }

    #[test]
    fn a_post_closing_a_clause_after_is_or_as_is_no_heading() {
        let h = headings_of(&[
            "“We will build it,” said Dana Whitfield, who is Harbor County Parks Director. Whitfield smiled.",
            "Omar Haddad served as Tarrow Valley Water Commissioner, and Tarrow Valley grew.",
        ]);
        assert!(!h.iter().any(|h| h.contains("Director") || h.contains("Commissioner")), "{h:?}");
        assert!(h.contains(&"Whitfield, Dana".to_string()), "{h:?}");
    }

    #[test]
    fn a_title_of_nobility_set_off_after_a_name_is_its_style() {
        let h = headings_of(&[
            "Prince Edmund and Clara, Duchess of Wessex, spoke to the press. Clara said little.",
            "The Duke of Rutland visited the Duke of Rutland’s farm the next day.",
        ]);
        assert!(!h.contains(&"Duchess of Wessex".to_string()), "{h:?}");
        assert!(h.contains(&"Duke of Rutland".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_opening_answers_before_a_colon_is_the_speaker() {
        let h = headings_of(&[
            "Our guests were Wendy Ashcombe and Tobiah Brandl, who grew up in Ohio.",
            "Wendy: I liked the work from the start.",
            "Tobiah: So did I, though it was hard.",
            "Wendy: It still is, though the shop that Wendy runs has grown.",
        ]);
        assert!(h.contains(&"Ashcombe, Wendy".to_string()), "{h:?}");
        assert!(!h.contains(&"Wendy".to_string()) && !h.contains(&"Wendy Ashcombe".to_string()), "{h:?}");
    }

    #[test]
    fn a_letter_after_a_vintage_is_a_mark_no_initial() {
        let h = headings_of(&["He poured his 2011 B Kellerstück, which beat the 2009 Kellerstück of Anna Brandt."]);
        assert!(h.contains(&"Kellerstück".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("B ") || h.ends_with(", B")), "{h:?}");
    }

    #[test]
    fn a_first_word_written_in_lowercase_is_no_given_name() {
        let h = headings_of(&[
            "Walk along the corso to the square; the corso is busy at noon.",
            "The gallery stands on Corso Ferrante, and Ferrante said it would stay.",
        ]);
        assert!(!h.contains(&"Ferrante, Corso".to_string()), "{h:?}");
    }

    #[test]
    fn a_first_word_in_ing_written_in_lowercase_is_a_verb() {
        let h = headings_of(&[
            "The guide covers hiking in the fjords and hiking on glaciers. Norwegian was spoken by all.",
            "For more, read the section on Hiking Norwegian in our guide.",
            "The Fishing Vessel Owners Association met, though fishing was slow.",
        ]);
        assert!(!h.iter().any(|h| h.contains("Hiking")), "{h:?}");
        assert!(h.contains(&"Fishing Vessel Owners Association".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_always_followed_by_a_lowercase_body_noun_takes_it() {
        let h = headings_of(&[
            "She was taken to Royal Shrewsbury hospital on Friday. West Mercia police said so.",
            "Hong Kong police fired. In Hong Kong the protests went on. West Mercia police agreed.",
        ]);
        assert!(h.contains(&"Royal Shrewsbury hospital".to_string()), "{h:?}");
        assert!(h.contains(&"West Mercia police".to_string()), "{h:?}");
        assert!(h.contains(&"Hong Kong".to_string()), "{h:?}");
    }

    #[test]
    fn a_site_that_reported_is_no_person() {
        let h = headings_of(&["The chain lowered its prices, Yahoo Finance reported on Monday."]);
        assert_eq!(h, ["Yahoo Finance"]);
    }

    #[test]
    fn a_work_named_as_such_is_one_heading_in_italics() {
        let p = proposals(&["In her book “A Paradise Built in Hell: The Extraordinary Communities,” Rebecca Solnit wrote."]);
        let work = p.iter().find(|p| p.work).expect("a work");
        assert_eq!(work.heading, "Paradise Built in Hell, A");
        assert!(!p.iter().any(|p| p.heading.contains("Extraordinary")), "{:?}", p.iter().map(|p| &p.heading).collect::<Vec<_>>());
    }

    #[test]
    fn a_sentence_initial_word_before_a_given_name_is_cut() {
        let h = headings_of(&["Commenter Paul Stoffregen noted that the fork exists. Stoffregen wrote the story."]);
        assert_eq!(h, ["Stoffregen, Paul"]);
        let h = headings_of(&["Amy Churchwell joins the team today. Welcome Amy!"]);
        assert_eq!(h, ["Churchwell, Amy"]);
        // A given name first is the person's own.
        let h = headings_of(&["Martin Luther King spoke. King was heard."]);
        assert_eq!(h, ["King, Martin Luther"]);
    }

    #[test]
    fn a_people_or_a_place_standing_alone_is_no_surname() {
        let h = headings_of(&[
            "Wired Italy reports that the firm moved. The Māori population fell; Māori culture and Māori land changed.",
            "Some production moved to China and a plant opened in Italy. Taranaki Māori invasion followed.",
        ]);
        assert!(!h.iter().any(|h| h.contains(", ")), "no person: {h:?}");
        assert!(h.contains(&"Māori".to_string()), "{h:?}");
    }

    #[test]
    fn an_index_a_survey_or_a_medal_is_named_whole_and_no_person() {
        let h = headings_of(&[
            "It ranked 16th in the Human Development Index and third in the Index of Economic Freedom.",
            "She received the Presidential Medal of Freedom. The Mercer Quality of Living Survey ranked it.",
            // A word written lowercase ("quality"), "of", then a name ending in a survey.
            "Its quality of life is high.",
        ]);
        for name in ["Human Development Index", "Index of Economic Freedom", "Presidential Medal of Freedom", "Mercer Quality of Living Survey"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_given_name_said_alone_makes_a_person_of_the_full_name() {
        let h = headings_of(&[
            "Lupita Nyong'o's dress was stolen. The dress was taken out of Lupita's room.",
            "Our sources say Lupita told cops it was taken. “It was rote,” said Mar Hicks, a historian.",
            "Apple said it would ship. Apple Pay and Apple Watch work together.",
            "LibreOffice says it ships monthly; LibreOffice Online is new.",
            "You buy it from Google. Google says it works. Those who bought Google Stadia early were told. Time on the Stadia was spent well; Stadia works.",
        ]);
        assert!(h.contains(&"Google Stadia".to_string()), "a thing after a firm's name: {h:?}");
        assert!(h.contains(&"Apple Pay".to_string()), "a firm said alone opens many names: {h:?}");
        assert!(h.contains(&"LibreOffice Online".to_string()), "no given name's shape: {h:?}");
        assert!(h.contains(&"Nyong'o, Lupita".to_string()), "{h:?}");
        assert!(h.contains(&"Hicks, Mar".to_string()), "{h:?}");
        assert!(!h.contains(&"Lupita".to_string()), "{h:?}");
    }

    #[test]
    fn names_in_the_cells_of_one_row_are_listed_together() {
        let h = headings_of(&[
            "Herbert Dürr            63  16.6%  Jürgen Schmidt          455499  88.1%",
            "Miklos Vajna   1449  6.5%   Stephan Bergmann   161220  8.3%",
            "Stephan Bergmann   2351  10.6%  Michael Stahl   18216  0.9%",
            "Jan Holesovsky   466  2.1%   Chris Sherlock   36788  1.9%",
            "Julien Nabet   362  1.6%   Jan Holesovsky   20792  1.1%",
        ]);
        for name in ["Nabet, Julien", "Holesovsky, Jan", "Dürr, Herbert", "Schmidt, Jürgen", "Vajna, Miklos", "Bergmann, Stephan", "Stahl, Michael"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_common_word_after_a_dotted_abbreviation_may_go_on_with_the_name() {
        let h = headings_of(&[
            "Kaplan founded U.S. Games Systems, Inc. in Stamford. Children played games.",
            "Officers of the Fort Worth P.D. Open the door, they said. Shops open late.",
        ]);
        assert!(h.iter().any(|x| x == "U.S. Games Systems"), "{h:?}");
        assert!(h.iter().any(|x| x == "Fort Worth") && !h.iter().any(|x| x.contains("Open")), "{h:?}");
    }

    #[test]
    fn the_subjects_listed_after_an_institutions_of_are_its_name() {
        let h = headings_of(&[
            "It was presented at the American Academy of Allergy, Asthma and Immunology in Houston.",
            "Peanut allergy is common. She studied at the University of Chicago, Harvard and Yale.",
        ]);
        assert!(h.iter().any(|x| x == "American Academy of Allergy, Asthma and Immunology"), "{h:?}");
        for name in ["University of Chicago", "Harvard", "Yale"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_place_named_with_a_point_of_the_compass_or_a_possessive_is_no_person() {
        let h = headings_of(&[
            "Early maps labelled the islands North and South. Palmerston North grew.",
            "Napier-Hastings   Hawke's Bay   134,500",
        ]);
        assert!(h.iter().any(|x| x == "Palmerston North"), "{h:?}");
        assert!(h.iter().any(|x| x == "Hawke's Bay"), "{h:?}");
    }

    #[test]
    fn a_demonym_in_an_and_an_irish_adjective_are_no_headings() {
        let h = headings_of(&[
            "Tokelau is administered by a council of three elders (one from each Tokelauan atoll).",
            "The British and Irish immigrants came; Irish settlers followed to Tokelau.",
        ]);
        assert_eq!(h, ["Tokelau"]);
    }

    #[test]
    fn a_date_after_a_name_is_no_part_of_it() {
        let h = headings_of(&["Figures from Statistics New Zealand June 2018 estimate and the October Revolution."]);
        assert!(h.iter().any(|x| x == "Statistics New Zealand"), "{h:?}");
        assert!(h.iter().any(|x| x == "October Revolution"), "{h:?}");
    }

    #[test]
    fn a_name_met_only_owning_one_noun_is_an_eponyms_term() {
        let h = headings_of(&[
            "The giant Haast's eagle died out. Hunters killed the moa and Haast's eagle.",
            "Smith's wife spoke; Smith's wife left. Lenin's party and Lenin's government met.",
        ]);
        assert!(h.iter().any(|x| x == "Haast's eagle"), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("wife") || x.contains("party")), "{h:?}");
    }

    #[test]
    fn a_word_with_the_article_opening_one_longer_name_is_its_short_form() {
        let p = proposals(&[
            "Chiefs signed the Treaty of Waitangi in 1840. Copies of the Treaty circulated.",
            "The Queen is represented by the governor-general. Queen Street is busy; Queen Elizabeth II reigns.",
        ]);
        let treaty = p.iter().find(|p| p.heading == "Treaty of Waitangi").expect("the treaty");
        assert!(treaty.forms.contains(&"Treaty".to_string()), "{:?}", treaty.forms);
        assert!(!p.iter().any(|p| p.forms.contains(&"Queen".to_string()) && p.heading != "Queen"), "two names open with it");
    }

    #[test]
    fn elliptical_parts_degrees_and_institutions_at_a_sentence_start() {
        let h = headings_of(&[
            "The Puysegur Trench lies south, the Kermadec and Tonga Trenches further north.",
            "Katie Allen, MD, PhD, spoke. Central Intelligence Agency data; central heating; the Central Otago region.",
        ]);
        assert!(!h.iter().any(|x| x == "Kermadec" || x == "PhD"), "{h:?}");
        assert!(h.iter().any(|x| x == "Central Intelligence Agency"), "{h:?}");
        let h = headings_of(&["Teams adopt tools such as AI. Despite AI's benefits, they wait."]);
        assert_eq!(h, ["AI"], "a possessive is no lowercase letter of the abbreviation");
    }

    #[test]
    fn and_joins_the_words_an_abbreviation_spells_out() {
        let h = headings_of(&["Smart Projects filed with the US Patent and Trademark Office (USPTO) in October."]);
        assert!(h.iter().any(|x| x == "US Patent and Trademark Office"), "{h:?}");
        let h = headings_of(&["Israel and Palestinian Authority officials met (AP)."]);
        assert!(!h.iter().any(|x| x.contains(" and ")), "{h:?}");
    }

    #[test]
    fn a_legal_suffix_the_text_repeats_is_kept() {
        let h = headings_of(&[
            "The fight is between Arduino LLC and Arduino SRL. Arduino LLC filed a lawsuit against Arduino SRL.",
            "Business Insider Inc reported it, and the Arduino project grew.",
        ]);
        for name in ["Arduino LLC", "Arduino SRL", "Arduino", "Business Insider"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_compound_surname_with_a_particle_may_hold_an_institution_word() {
        let h = headings_of(&["In 1781, Antoine Court de Gébelin, a French Freemason and Protestant pastor, published a book."]);
        assert!(h.iter().any(|x| x == "Gébelin, Antoine Court de"), "{h:?}");
        let h = headings_of(&["It went to the Court of Appeal, and the Court of Appeal ruled on it."]);
        assert_eq!(h, ["Court of Appeal"]);
    }

    #[test]
    fn a_title_never_given_the_article_names_no_one() {
        let h = headings_of(&[
            "Arthur Phillip assumed the position of Governor of the colony. Sheriff's deputies came.",
            "The crowd cheered the Tsar, and the Tsar left. Shoppers love Prime deals and Prime video.",
        ]);
        assert!(!h.iter().any(|x| x == "Governor" || x == "Sheriff"), "{h:?}");
        assert!(h.iter().any(|x| x == "Tsar") && h.iter().any(|x| x == "Prime"), "{h:?}");
    }

    #[test]
    fn a_monarch_is_named_with_the_regnal_number() {
        let h = headings_of(&[
            "In 1907 King Edward VII proclaimed the Dominion. Elizabeth II is the head of state.",
            "The Queen is represented by Dame Patsy Reddy. Queen Elizabeth II appoints her on advice.",
        ]);
        assert!(h.contains(&"Edward VII".to_string()), "{h:?}");
        assert!(h.contains(&"Elizabeth II".to_string()), "{h:?}");
        assert!(h.contains(&"Reddy, Patsy".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Queen ") || h.contains("King") || h.contains("Dame")), "{h:?}");
    }

    #[test]
    fn a_sequel_number_is_part_of_the_name() {
        let h = headings_of(&[
            "It runs at 30fps in Red Dead Redemption 2. The Premier League 10 goals record stands.",
            "Red Dead Redemption 2",
            "Herbert Dürr 63",
            "Kay Schenk             27  7.1%   Oliver-Rainer Wittmann  4309    0.6%",
            "Herbert Dürr wrote the patch. Retrieved April 28.",
            "The 7th Amsterdam Light Festival 29 November 2018 | 20 January 2019",
        ]);
        assert!(h.contains(&"Red Dead Redemption 2".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("63") || h.contains("28") || h.contains("27") || h.contains("29")), "{h:?}");
        assert!(h.contains(&"Premier League".to_string()), "{h:?}");
        let h = headings_of(&["They include Destiny 2, Rage 2: Remastered, Farming Simulator 2019, Tomb Raider 2013 and Thumper. See Figure 2. He has Type 1 diabetes. Firefox ships; it moved to Firefox 85. Rise of the Tomb Raider came in 2015."]);
        assert!(h.contains(&"Farming Simulator 2019".to_string()) && !h.iter().any(|h| h == "Tomb Raider 2013"), "{h:?}");
        assert!(h.contains(&"Destiny 2".to_string()) && h.contains(&"Rage 2".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Figure") || h.starts_with("Type 1") || h == "Firefox 85"), "{h:?}");
        // The name's words in lowercase without the year are no name without it.
        let h = headings_of(&["Half sits in Quorra Target 2030, the rest in the Quorra target date funds."]);
        assert!(h.contains(&"Quorra Target 2030".to_string()), "{h:?}");
    }

    #[test]
    fn a_list_a_given_name_vouches_for_vouches_for_each_neighbour_in_turn() {
        let h = headings_of(&["Along with Zawe Quorran, Tan Velle, and Sophie Marsh, you might have noticed the dog."]);
        for name in ["Quorran, Zawe", "Velle, Tan", "Marsh, Sophie"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
    }

    #[test]
    fn the_labels_of_a_sheet_of_figures_are_no_names() {
        let h = headings_of(&[
            "Declared Mass per Board: 2030 grams",
            "Velmar’s Tested Spans: 152.5-117.5-141 mm",
            "Nose: 6-6.5 Upper Deck: 7-7.5 In Front of Toe Block: 8-9.5",
            "Test Sites: Quorra Valley, UT",
            "In 2010 she set up Tamsa Norrell 40:4, a choir.",
            "The Tamsa Orrin won the Velmar Cup again. Velmar tested it.",
        ]);
        assert!(!h.iter().any(|h| ["Declared Mass", "Tested Spans", "Upper Deck", "Front of Toe Block"].contains(&h.as_str())), "{h:?}");
        assert!(h.contains(&"Quorra Valley".to_string()) && h.contains(&"Velmar Cup".to_string()), "{h:?}");
        assert!(h.iter().any(|h| h.starts_with("Tamsa Norrell")), "{h:?}");
    }

    #[test]
    fn a_model_number_of_three_digits_closing_a_name_is_part_of_it() {
        let h = headings_of(&["We weighed the Velmar Kestrel 114, 186 cm, against the Orrin Tallis Pro 108. Belmark Ltd 118 tonnes went by. Norwood 118 stood empty."]);
        assert!(h.contains(&"Velmar Kestrel 114".to_string()) && h.contains(&"Orrin Tallis Pro 108".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Velmar Kestrel" || h.contains("118")), "{h:?}");
    }

    #[test]
    fn a_linked_name_and_its_number_inside_a_sentence_is_no_row() {
        let h = headings_around_link("We weighed 2034 & 2052 ", "Quorra Stelling 11", ", 188 cm, then the rest.");
        assert!(h.contains(&"Quorra Stelling 11".to_string()), "{h:?}");
    }

    #[test]
    fn a_genus_always_before_the_same_latin_epithet_names_the_species() {
        let h = headings_of(&[
            "The bacteria Yersinia pestis spread. Yersinia pestis is found in fleas.",
            "Even bacteria such as Escherichia coli carry one. Pseudomonas aeruginosa is a pathogen; Pseudomonas data were used, and the data held.",
            "The court heard their ICC plans.",
            "A parasite called Tritrichomonas muris lives there. T. muris was no accident.",
        ]);
        assert!(h.contains(&"Yersinia pestis".to_string()), "{h:?}");
        assert!(h.contains(&"Escherichia coli".to_string()), "{h:?}");
        assert!(h.contains(&"Tritrichomonas muris".to_string()), "after its abbreviated genus too: {h:?}");
        assert!(!h.iter().any(|h| h == "Yersinia" || h == "Escherichia"), "{h:?}");
        assert!(!h.contains(&"Pseudomonas aeruginosa".to_string()), "not always before it: {h:?}");
        assert!(!h.contains(&"ICC plans".to_string()), "{h:?}");
    }

    #[test]
    fn two_persons_surnames_joined_by_a_hyphen_are_no_heading() {
        let h = headings_of(&[
            "Michael Howitt said so. Wendy Garrett agreed. Howitt and Garrett wrote it.",
            "The Howitt-Garrett paper was featured. Soraya Shirazi-Beechey showed it.",
        ]);
        assert!(!h.iter().any(|h| h.starts_with("Howitt-Garrett")), "{h:?}");
        assert!(h.contains(&"Shirazi-Beechey, Soraya".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_that_only_opens_sentences_is_cut_off_a_name_given_elsewhere() {
        let h = headings_of(&[
            "Enter South Dakota to throw down the gauntlet. The state of South Dakota spent much in South Dakota.",
            "Hey Twitter, the point is awareness. People on Twitter noticed, and Twitter trended.",
            "Central Intelligence Agency agents came. Staff of the Intelligence Agency left.",
            "The rocket flew. Wendell Okafor, president of the firm, cheered; Okafor said so, and Okafor left.",
        ]);
        assert!(h.contains(&"South Dakota".to_string()) && h.contains(&"Twitter".to_string()), "{h:?}");
        assert!(h.contains(&"Okafor, Wendell".to_string()), "a given name a role describes stays: {h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Enter") || h.starts_with("Hey")), "{h:?}");
        assert!(h.contains(&"Central Intelligence Agency".to_string()), "{h:?}");
    }

    #[test]
    fn a_firm_named_after_its_founder_is_no_person() {
        let h = headings_of(&["The installation by Peter Koros Design opens. Peter Koros Design said so."]);
        assert!(h.contains(&"Peter Koros Design".to_string()), "{h:?}");
    }

    #[test]
    fn an_article_capitalised_inside_a_sentence_opens_a_title_with_its_of() {
        let h = headings_of(&[
            "Ford wrote The Scholars of Night, a riff. Before George Martin wrote A Song of Ice and Fire, he read.",
            "It should have been marketed like The Name of the Rose. The Starry Night is here.",
        ]);
        for title in ["The Scholars of Night", "A Song of Ice and Fire", "The Name of the Rose"] {
            assert!(h.contains(&title.to_string()), "{title}: {h:?}");
        }
        assert!(!h.iter().any(|h| h == "Rose" || h == "The Scholars" || h == "A Song"), "{h:?}");
    }

    #[test]
    fn a_word_capitalised_only_before_of_opens_a_longer_name() {
        let h = headings_of(&[
            "They include Rise of the Tomb Raider, Shadow of the Tomb Raider and Tomb Raider 2013.",
            "I was streaming Shadow of the Tomb Raider at 4K. Anna Petrova of the Bank of England spoke; Petrova left.",
        ]);
        assert!(h.contains(&"Rise of the Tomb Raider".to_string()), "{h:?}");
        assert!(h.contains(&"Shadow of the Tomb Raider".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Rise" || h == "Shadow"), "{h:?}");
        assert!(h.contains(&"Bank of England".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_capitalised_only_before_for_or_the_inside_a_sentence_opens_a_longer_name() {
        let h = headings_of(&[
            "The grant went to two groups (Lanterns for Rural Schools and Mend the River Trust) and to No Empty Plates.",
            "Thanks for Reading. Search the Web. He told Ledger the Rivertones have split; the Rivertones said so.",
        ]);
        assert!(h.contains(&"Ledger".to_string()), "{h:?}");
        assert!(h.contains(&"Lanterns for Rural Schools".to_string()), "{h:?}");
        assert!(h.contains(&"Mend the River Trust".to_string()), "{h:?}");
        assert!(h.contains(&"No Empty Plates".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Thanks") || h.starts_with("Search")), "{h:?}");
    }

    #[test]
    fn an_owner_named_nowhere_else_opens_a_title() {
        let h = headings_of(&[
            "They include Assassin's Creed Odyssey and Thumper. Reviews say so [Tom's Guide].",
            "Stadia's titles are few. Trump's Ukraine policy worries Trump and Ukraine.",
            "Behind Jupiter's Ganymede and Jupiter's moon Europa. NASA's Exceptional Award went to her.",
            "It ships with Sony's PlayStation VR.",
        ]);
        assert!(h.contains(&"Assassin's Creed Odyssey".to_string()), "{h:?}");
        assert!(h.contains(&"Tom's Guide".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Trump's") || h.starts_with("Jupiter's") || h.starts_with("NASA's") || h.starts_with("Sony's")), "{h:?}");
    }

    #[test]
    fn a_word_shaped_as_an_adjective_that_owns_a_noun_is_a_name() {
        let h = headings_of(&["The Quorglish language app surprised us. You learn with Quorglish and the apps. You chat with Quorglish’s characters."]);
        assert_eq!(h, ["Quorglish"]);
    }

    #[test]
    fn i_ma_is_a_contraction_no_name() {
        let h = headings_of(&["Sheeet, I’ma sell this old camera and go to Quorvel! I'mma go."]);
        assert_eq!(h, ["Quorvel"]);
    }

    #[test]
    fn a_chat_abbreviation_after_a_name_is_no_part_of_it() {
        let h = headings_of(&["The weakest point of Quorvel IMHO is the price, and Tamsik TBH is no better. Quorvel sells; Tamsik sells."]);
        assert_eq!(h, ["Quorvel", "Tamsik"]);
    }

    #[test]
    fn capitals_a_hyphen_and_a_long_number_are_a_certificate_not_a_name() {
        let h = headings_of(&["The fibres are certified by Velmora (QX-48812093), as the Velmora label says."]);
        assert_eq!(h, ["Velmora"]);
    }

    #[test]
    fn a_greeting_before_a_name_is_no_part_of_it() {
        let h = headings_of(&["Hello Marisol, I hope you are well after the trip to Quorvel.", "Hi Tamsin! Thanks for the week.", "Marisol and Tamsin came back."]);
        assert_eq!(h, ["Marisol", "Quorvel", "Tamsin"]);
    }

    #[test]
    fn a_word_with_a_figure_after_code_is_a_code() {
        let h = headings_of(&["Enter the promo code VT-SPRING28 at checkout, or the code QUORR-30 for Velmora plans."]);
        assert_eq!(h, ["Velmora"]);
    }

    #[test]
    fn an_ampersand_joins_the_parts_of_a_name() {
        let h = headings_of(&["In 2011, Industrial Light & Magic (ILM) began remastering the films."]);
        assert_eq!(h[0], "Industrial Light & Magic");
    }

    #[test]
    fn two_names_side_by_side_are_split() {
        let h = headings_of(&[
            "The promise of Google Stadia was high. It runs in Red Dead Redemption 2.",
            "Now the Google Stadia Red Dead Redemption 2 port fails.",
        ]);
        assert_eq!(h, ["Google Stadia", "Red Dead Redemption 2"]);
    }

    #[test]
    fn a_name_met_alone_before_a_given_name_is_split_off() {
        let h = headings_of(&[
            "Sondland talked to Ukraine. The former special envoy to Ukraine Kurt Volker shifted his account; Volker said so.",
        ]);
        assert!(h.contains(&"Volker, Kurt".to_string()) && h.contains(&"Ukraine".to_string()), "{h:?}");
    }

    #[test]
    fn a_family_name_first_after_a_name_met_alone_is_split_off() {
        let h = headings_of(&[
            "Talks with Canada stalled. The envoy to Canada Wang Jianmin said so; Wang left.",
        ]);
        assert!(h.contains(&"Wang Jianmin".to_string()) && h.contains(&"Canada".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_whose_capitals_spell_an_acronym_keeps_its_small_words() {
        let h = headings_of(&[
            "They called Fish and Wildlife Service agents. The FWS said so.",
            "He backs Temporary Relief for Farm Workers (TRFW) and its recipients; TRFW grew.",
        ]);
        assert!(h.contains(&"Fish and Wildlife Service".to_string()), "{h:?}");
        assert!(h.contains(&"Temporary Relief for Farm Workers".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Wildlife Service" || x == "Farm Workers"), "{h:?}");
    }

    #[test]
    fn a_given_name_after_and_is_no_part_of_an_institution() {
        let h = headings_of(&["A letter to the Ministry of Fisheries and Maria Lopez, the minister, said so."]);
        assert!(h.contains(&"Ministry of Fisheries".to_string()), "{h:?}");
        assert!(h.contains(&"Lopez, Maria".to_string()), "{h:?}");
    }

    #[test]
    fn an_owner_after_a_persons_name_and_a_comma_is_no_person() {
        let h = headings_of(&["Mary Okafor, Baton Rouge’s new harbour master, said so. Ships came to Baton Rouge."]);
        assert!(h.contains(&"Baton Rouge".to_string()) && h.contains(&"Okafor, Mary".to_string()), "{h:?}");
    }

    #[test]
    fn a_unit_before_a_figure_and_a_street_after_one_are_no_headings() {
        let h = headings_of(&["It cost Kr 300 at the shop. Write to 12 Elm Avenue, Oslo. Oslo is cold."]);
        assert_eq!(h, ["Oslo"]);
    }

    #[test]
    fn an_acronym_beside_a_name_is_split_off() {
        let h = headings_of(&["The FAA said so. Flights left Denver. At the FAA Denver office, staff waited."]);
        assert!(h.contains(&"FAA".to_string()) && h.contains(&"Denver".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "FAA Denver"), "{h:?}");
    }

    #[test]
    fn a_census_given_name_described_by_a_role_makes_a_person_of_a_common_word() {
        let h = headings_of(&["He is not Melody Fields, the singer who opened. The fields flooded."]);
        assert!(h.contains(&"Fields, Melody".to_string()), "{h:?}");
    }

    #[test]
    fn a_brand_in_its_own_casing_is_a_name() {
        let h = headings_of(&["She sold it on eBay and bought two iPods; the kWh price fell."]);
        assert!(h.contains(&"eBay".to_string()) && h.contains(&"iPods".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "kWh"), "{h:?}");
    }

    #[test]
    fn a_representative_is_a_title_before_a_name() {
        let h = headings_of(&["The Trade Representative Maria Lopez spoke; Lopez left."]);
        assert!(h.contains(&"Lopez, Maria".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_that_is_a_function_word_opens_a_speakers_name() {
        let h = headings_of(&["“It works,” said Will Carver, a farmer. Carver left."]);
        assert!(h.contains(&"Carver, Will".to_string()), "{h:?}");
    }

    #[test]
    fn a_common_words_possessive_after_a_names_first_word_closes_the_owner() {
        let h = headings_of(&["He spoke at Blue Network’s Open Stage festival. Open Stage grew."]);
        assert!(h.contains(&"Blue Network".to_string()) && h.contains(&"Open Stage".to_string()), "{h:?}");
    }

    #[test]
    fn a_campus_set_off_by_commas_is_part_of_the_institution() {
        let h = headings_of(&[
            "Richard Locksley, an immunologist at the University of California, San Francisco, helps.",
            "Dr. Lee of the University of Chicago, Harvard and Yale came.",
        ]);
        assert!(h.contains(&"University of California, San Francisco".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "San Francisco"), "{h:?}");
        assert!(h.contains(&"University of Chicago".to_string()), "{h:?}");
    }

    #[test]
    fn a_title_opened_by_an_article_takes_a_preposition_and_an_article_to_its_end() {
        let h = headings_of(&["In 1911 he published his book on the subject, The Pictorial Key to the Tarot. It sold."]);
        assert!(h.contains(&"Pictorial Key to the Tarot".to_string()), "{h:?}");
    }

    #[test]
    fn a_capitalised_preposition_before_a_lowercase_word_ends_a_name() {
        let h = headings_of(&[
            "Light as a medium, and remarkable stories about Amsterdam From hundreds of concepts, the jury chose. Amsterdam glows.",
            "Get USA Today in your inbox. Read USA Today daily.",
        ]);
        assert!(h.contains(&"Amsterdam".to_string()) && !h.iter().any(|h| h.contains("From")), "{h:?}");
        assert!(h.contains(&"USA Today".to_string()), "{h:?}");
    }

    #[test]
    fn a_quoted_title_given_again_is_one_heading() {
        let h = headings_of(&[
            "Artists share their reading of the central theme ‘The Medium is the Message’. It glows.",
            "This year revolves around the theme ‘The Medium is the Message ‘, the famous statement.",
            "He said “Meth. We’re On It” twice. “Meth. We’re On It” again.",
            "“Compared to Lexi?” Lute asked. Compared to Lexi, he was slow.",
        ]);
        assert!(h.contains(&"The Medium is the Message".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Meth")), "two sentences are no title: {h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Compared")), "dialogue is no title: {h:?}");
    }

    #[test]
    fn a_venue_is_no_person() {
        let h = headings_of(&[
            "The tour ends at the Margaret Ellis Pavilion in Dayton. Fans filled Lakeside Amphitheatre.",
            "The Amphitheatre sold out, as did the Margaret Ellis Pavilion.",
        ]);
        assert!(h.contains(&"Margaret Ellis Pavilion".to_string()), "{h:?}");
        assert!(h.contains(&"Lakeside Amphitheatre".to_string()), "{h:?}");
    }

    #[test]
    fn the_institution_nouns_ending_a_longer_name_in_a_title_case_line_are_no_name() {
        let mut corpus = Corpus::default();
        let paragraphs = ["The band plays Lakeside Amphitheatre and Rose Pavilion in May.", "Dates: Maple Grove Amphitheatre, Dayton; Harbor Music Pavilion, Erie"];
        for (block, text) in paragraphs.iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block, ordinal: 0 });
            super::super::scan::tokenize(text, block, true, &mut true, &mut corpus.tokens);
        }
        corpus.tokens.iter_mut().filter(|t| t.node == 1).for_each(|t| t.headline = true);
        let h: Vec<String> = propose(&corpus).into_iter().map(|p| p.heading).collect();
        assert!(h.contains(&"Lakeside Amphitheatre".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| ["Amphitheatre", "Music Pavilion", "Pavilion"].contains(&h.as_str())), "{h:?}");
    }

    #[test]
    fn a_name_set_off_after_an_office_is_a_persons() {
        let h = headings_of(&["They sued the Commissioner-General of Customs, Tunde Bakare, and the Governor of Lagos, Femi Adeyemi, on Monday."]);
        assert!(h.contains(&"Bakare, Tunde".to_string()), "{h:?}");
        assert!(h.contains(&"Adeyemi, Femi".to_string()), "{h:?}");
    }

    #[test]
    fn a_crossing_and_an_address_with_a_dotted_street_are_no_headings() {
        let h = headings_of(&[
            "Police stopped a car near Fourth Street and Maple Avenue, then one near 9th Street and Birch Road.",
            "She lives at 41 Ninth St., in Dayton, and he at 7 Cedar Place in Dayton.",
        ]);
        assert_eq!(h, ["Dayton"]);
    }

    #[test]
    fn a_post_set_off_after_a_name_or_before_its_field_is_no_heading() {
        let h = headings_of(&[
            "“We grew,” said Dana Whitfield, Regional Sales Director at Korvex. Korvex agreed.",
            "Omar Haddad is Executive Vice President of Marketing for Korvex.",
        ]);
        assert!(!h.iter().any(|h| h.contains("Director") || h.contains("President")), "{h:?}");
        assert!(h.contains(&"Korvex".to_string()), "{h:?}");
    }

    #[test]
    fn a_number_after_a_name_with_an_initial_is_an_age() {
        let h = headings_of(&["Police held Mary K. Olsen 45, of Troy, on Monday. Olsen denied it."]);
        assert!(h.contains(&"Olsen, Mary K.".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_of_several_words_and_one_more_is_no_person() {
        let h = headings_of(&["Funds went to Harbor Light Delta; Harbor Light Delta’s work grew, as Harbor Light did."]);
        assert!(h.contains(&"Harbor Light Delta".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_ending_in_s_is_no_plural_of_a_month() {
        let h = headings_of(&["The probe flew to Mars, and Mars was cold. The rover left Mars."]);
        assert!(h.contains(&"Mars".to_string()), "{h:?}");
    }

    #[test]
    fn an_ordinal_opens_a_name_whose_first_word_never_stands_alone() {
        let h = headings_of(&["The Larks begin their 25th Jubilee Tour in May, a 3rd Grammy in hand. Grammy voters cheered."]);
        assert!(h.contains(&"25th Jubilee Tour".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("3rd")), "{h:?}");
    }

    #[test]
    fn an_abbreviation_spelled_out_in_brackets_after_it_is_a_name_and_so_is_its_whole_spelling() {
        let h = headings_of(&["I am developing KORVEN (Kite-based Orbital Rover for Virtual Environment Navigation), a course."]);
        assert!(h.contains(&"KORVEN".to_string()), "{h:?}");
        assert!(h.contains(&"Kite-based Orbital Rover for Virtual Environment Navigation".to_string()), "{h:?}");
    }

    #[test]
    fn a_weekday_between_an_abbreviation_and_a_capitalised_word_is_a_word_of_a_name() {
        let h = headings_of(&["Fans pay for the XFL Sunday Pass each year. Later she told KTV Sunday that it was over."]);
        assert!(h.contains(&"XFL Sunday Pass".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Sunday") && h != "XFL Sunday Pass"), "{h:?}");
    }

    #[test]
    fn an_ordinal_no_article_counts_opens_a_one_word_name() {
        let h = headings_of(&["Buy lamps at shops like 9th Nook, Velmora and Tandy. In the 19th Century they were rare. Police closed North 93rd Avenue. Write to 12 Elm St. 4th Floor."]);
        assert!(h.contains(&"9th Nook".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("19th") || h.starts_with("93rd") || h.starts_with("4th")), "{h:?}");
    }

    #[test]
    fn a_word_shaped_as_an_adjective_listed_beside_a_name_is_a_name() {
        let h = headings_of(&[
            "The contracts went to Robotronic, Lunar Freight Systems and Orbix, not to Italian firms.",
            "Earlier bidders: Robotronic, Deep Crater Labs, Orbix. A Festival and The Gazette wrote.",
        ]);
        assert!(!h.iter().any(|h| h == "Festival"), "listed once beside a name: {h:?}");
        assert!(h.contains(&"Robotronic".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Italian"), "{h:?}");
    }

    #[test]
    fn a_name_after_a_connector_behind_a_cut_sentence_opener_is_a_name() {
        let h = headings_of(&["The senators met. Speaker of the Assembly, Jo Ade, spoke. Later the speaker left.", "Related Stories"]);
        assert!(h.contains(&"Assembly".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Stories"), "{h:?}");
    }

    #[test]
    fn a_name_described_by_a_post_in_capitals_is_a_persons() {
        let h = headings_of(&["The suit was filed by Chidi Okafor Nwosu, a Senior Counsel of Ghana, on Monday; Accra, a Capital Region of Ghana, waited."]);
        assert!(h.contains(&"Nwosu, Chidi Okafor".to_string()), "{h:?}");
    }

    #[test]
    fn an_institutions_noun_with_the_article_ending_one_longer_name_is_its_short_form() {
        let h = headings_of(&[
            "The Nordic Film Institute met. Now the Institute's board and the Institute's staff agree; an institute grows.",
            "The Grand Assembly sat. Later the Assembly and the Assembly's speaker left.",
        ]);
        assert_eq!(h, ["Nordic Film Institute", "Grand Assembly", "Assembly"]);
    }

    #[test]
    fn an_abbreviation_of_one_name_is_its_short_form_and_keeps_its_first_word() {
        let h = headings_of(&["The tour opens in May. Live Nation is producing it, and according to LN, tickets sell fast. We live well."]);
        assert_eq!(h, ["Live Nation"]);
    }

    #[test]
    fn a_brand_before_a_name_of_two_words_is_split_off() {
        let h = headings_of(&["RiverBank runs Seed Grants. It grew Seed Grants and RiverBank Seed Grants funding; RiverBank said so."]);
        assert!(!h.iter().any(|h| h == "RiverBank Seed Grants"), "{h:?}");
        assert!(h.contains(&"Seed Grants".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_saying_a_word_twice_is_no_person() {
        let h = headings_of(&["He produced Sheryl Crow, Bam Bam Rockets and others. Crow sang."]);
        assert!(h.contains(&"Bam Bam Rockets".to_string()), "{h:?}");
    }

    #[test]
    fn two_names_joined_by_a_hyphen_before_a_noun_are_no_heading() {
        let h = headings_of(&[
            "Probes flew past Venus and Mercury. The Venus-Mercury transfer takes months.",
            "Let us see whether the EU-Norway fishing deal holds, as Norway signed it.",
        ]);
        assert!(!h.iter().any(|h| h.contains('-')), "{h:?}");
        assert!(h.contains(&"Venus".to_string()), "{h:?}");
    }

    #[test]
    fn a_quotation_in_title_case_with_an_elided_word_is_one_title() {
        let h = headings_of(&[
            "The trio played “Ramblin’ Down the River,” “Where A Heart Goes” and “The Lovin’ Kind”.",
            "They closed with “Ramblin’ Down The River” at midnight, as always.",
        ]);
        assert!(h.contains(&"Ramblin Down The River".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Heart") || h == "The River" || h == "Ramblin Down"), "{h:?}");
        assert!(h.contains(&"Lovin Kind".to_string()), "whole but its article: {h:?}");
    }

    #[test]
    fn a_linked_quotation_in_title_case_gives_no_fragment() {
        let h = headings_around_link("The tribes may refuse their “", "Open, Early and Shared Assent", "” to any dam, said Ada Quill.");
        assert!(!h.iter().any(|h| ["Open", "Early", "Shared Assent"].contains(&h.as_str())), "{h:?}");
        assert!(h.contains(&"Quill, Ada".to_string()), "{h:?}");
    }

    #[test]
    fn a_work_named_as_such_is_kept_whatever_its_words() {
        let h = headings_of(&["He wrote a work titled Aspects. It touches every aspect of life; the unfinished Aspects waits."]);
        assert!(h.contains(&"Aspects".to_string()), "{h:?}");
    }

    #[test]
    fn most_names_of_a_list_looking_personal_vouch_for_the_rest() {
        // A ranked list read as a one-column table (as the scanner reads a list).
        let rows: [&[&str]; 5] = [&["Robert Quill"], &["Ozzo Vantresca"], &["Mary Tamberlo"], &["Axo Lindqvar"], &["David Marsh"]];
        let h = table_proposals(&rows, &[]);
        for name in ["Vantresca, Ozzo", "Lindqvar, Axo", "Quill, Robert"] {
            assert!(h.contains(&name.to_string()), "{h:?}");
        }
        // A column of bodies with one given name among them vouches for none.
        let rows: [&[&str]; 4] = [&["Tarn Valley Racing"], &["Joe Quill Racing"], &["Velmo Works"], &["Marsh Motors"]];
        let h = table_proposals(&rows, &[]);
        assert!(h.contains(&"Velmo Works".to_string()) && h.contains(&"Marsh Motors".to_string()), "{h:?}");
    }

    /// The proposals of a table (rows of cells) and paragraphs after it.
    fn table_proposals(rows: &[&[&str]], paragraphs: &[&str]) -> Vec<String> {
        let mut corpus = Corpus::default();
        let width = rows[0].len();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal: r * width + c });
                let (node, from) = (corpus.nodes.len() - 1, corpus.tokens.len());
                super::super::scan::tokenize(cell, node, true, &mut true, &mut corpus.tokens);
                corpus.tokens[from..].iter_mut().for_each(|t| t.table_cell = Some((1, c, r)));
            }
        }
        for (b, text) in paragraphs.iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: b + 1, ordinal: 0 });
            let node = corpus.nodes.len() - 1;
            super::super::scan::tokenize(text, node, true, &mut true, &mut corpus.tokens);
        }
        propose(&corpus).into_iter().map(|p| p.heading).collect()
    }

    #[test]
    fn a_census_given_name_said_alone_elsewhere_opens_a_person_s_name_in_a_column_of_persons() {
        let h = table_proposals(
            &[&["Signatory"], &["Mary Quist"], &["John Velm"], &["David Brenn"], &["Garry Thelwin"]],
            &["The letter was read aloud, and fans of Garry cheered at the Velmora hall."],
        );
        assert!(h.contains(&"Thelwin, Garry".to_string()), "{h:?}");
        assert!(!h.contains(&"Garry Thelwin".to_string()), "{h:?}");
    }

    #[test]
    fn names_in_the_column_of_a_persons_name_are_persons() {
        let h = table_proposals(
            &[&["Driver", "Team"], &["Ryan Blaney", "Team Penske"], &["Denny Hamlin", "Joe Gibbs Racing"], &["Aric Almirola", "Stewart-Haas Racing"]],
            &["Blaney said the race was long."],
        );
        for name in ["Blaney, Ryan", "Hamlin, Denny", "Almirola, Aric"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
        assert!(h.iter().any(|x| x == "Team Penske"), "another column: {h:?}");
    }

    #[test]
    fn names_listed_beside_persons_are_persons() {
        let h = headings_of(&[
            "Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
            "It recalls the art of Pablo Picasso, the fashions of Coco Chanel, and the music of Claude Debussy.",
        ]);
        for name in ["Heisenberg, Werner", "Born, Max", "Jordan, Pascual", "Chanel, Coco", "Picasso, Pablo"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
        // Places listed together stay places; a list of games is no list of persons.
        let h = headings_of(&["She travelled between Jamaica, London, and New York as a child."]);
        assert!(h.contains(&"New York".to_string()), "{h:?}");
        let h = headings_of(&["They lived in Jackson Heights, New Brighton and Staten Island."]);
        assert!(h.contains(&"Jackson Heights".to_string()), "{h:?}");
        let h = headings_of(&["The killer said so. We tried Killer Instinct and Super Lucky's Tale."]);
        assert!(h.contains(&"Super Lucky".to_string()), "{h:?}");
    }

    #[test]
    fn the_author_of_a_work_and_a_subject_taken_up_by_a_pronoun_are_persons() {
        let h = headings_of(&[
            "Later she illustrated Bram Stoker’s last published work.",
            "This is Ayn Rand’s brutal, irrational and primitive philosophy in its purest form.",
            "Ayla Okonjo issued a plea on Monday. She asked people to stay away.",
            "His brother, Tomas, came too. Tomas Reyes issued a warning.",
            "“We are concerned,” he said. “It must stop.”",
        ]);
        assert!(h.contains(&"Stoker, Bram".to_string()), "{h:?}");
        assert!(h.contains(&"Rand, Ayn".to_string()), "{h:?}");
        assert!(h.contains(&"Okonjo, Ayla".to_string()), "{h:?}");
        assert!(h.contains(&"Reyes, Tomas".to_string()), "{h:?}");
    }

    #[test]
    fn a_hyphenated_romanised_given_name_before_a_one_syllable_family_name_is_a_person_s() {
        let h = headings_of(&["Hsiu-Ping Tso’s debut feature opened in Velmora to long queues."]);
        assert!(h.contains(&"Tso, Hsiu-Ping".to_string()), "{h:?}");
    }

    #[test]
    fn filmmakers_in_the_plural_name_the_persons_after_them() {
        let h = headings_of(&["The archive grew. Filmmakers Zeph Marrow and Quill Tandry tell the story of those days."]);
        assert!(h.contains(&"Marrow, Zeph".to_string()) && h.contains(&"Tandry, Quill".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_of_two_hyphenated_syllables_follows_any_one_syllable_family_name() {
        let h = headings_of(&["Nia Zhong-ke’s new film follows a couple. Nia had worked with Tora Quist, a Hong Kong-based actor."]);
        assert!(h.contains(&"Nia Zhong-ke".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("based")), "{h:?}");
    }

    #[test]
    fn a_photographer_credited_beside_the_agency_is_a_person() {
        let h = headings_of(&["Debt grew. Credit Jeon Heon-Kyun/EPA, via Shutterstock"]);
        assert!(h.contains(&"Jeon Heon-Kyun".to_string()), "{h:?}");
        let h = headings_of(&["Snow fell on the city. Credit Hiroko Masuike/The New York Times"]);
        assert!(h.contains(&"Masuike, Hiroko".to_string()), "{h:?}");
        let h = headings_of(&["They met American agents. Credit Ashraf Shazly/Agence France-Presse — Getty Images"]);
        assert!(h.contains(&"Shazly, Ashraf".to_string()), "{h:?}");
        assert!(h.contains(&"Agence France-Presse".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_always_between_an_article_and_a_noun_is_no_person() {
        let h = headings_of(&["Tom Forte, a managing director at the D.A. Davidson brokerage, said so."]);
        assert!(h.contains(&"D.A. Davidson".to_string()), "{h:?}");
    }

    #[test]
    fn a_title_of_address_with_the_surname_joins_the_full_name() {
        let h = headings_of(&[
            "Eric Reeves, a senior fellow, was appalled.",
            "Mr. Reeves said the government had been manipulated. Mr. Reeves left.",
        ]);
        assert_eq!(h, ["Reeves, Eric"]);
    }

    #[test]
    fn demonyms_roles_and_particles() {
        let h = headings_of(&[
            "Obama flew to Kenya. His father was Kenyan, said Aerospace Writer Marcia Dunn.",
            "In the 1990s Osama bin Laden lived in Khartoum; in 1998 Bin Laden struck.",
            "The court charged Omar Hassan al-Bashir. Mr. Bashir denied it.",
        ]);
        assert!(!h.iter().any(|x| x == "Kenyan"), "{h:?}");
        assert!(h.iter().any(|x| x == "Dunn, Marcia"), "{h:?}");
        assert!(h.iter().any(|x| x == "bin Laden, Osama"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Laden, Bin" || x == "Bin Laden"), "{h:?}");
        assert!(h.iter().any(|x| x == "al-Bashir, Omar Hassan"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Bashir"), "{h:?}");
    }

    #[test]
    fn a_place_adjective_and_a_legal_suffix_are_no_part_of_the_name() {
        let h = headings_of(&[
            "A ship of Russia was lost over the Russian Tuva region; people in Tuva saw it.",
            "Provided by Business Insider Inc Nintendo and Apple shocked the world.",
            "Business Insider reported that Apple and Nintendo agreed.",
        ]);
        assert!(h.iter().any(|x| x == "Tuva") && !h.iter().any(|x| x == "Russian Tuva"), "{h:?}");
        assert!(h.iter().any(|x| x == "Business Insider"), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Inc")), "{h:?}");
    }

    #[test]
    fn titles_keep_their_article_and_their_last_word() {
        let h = headings_of(&[
            "Lucasfilm spent millions to remaster A New Hope and Return of the Jedi.",
            "Later Lucasfilm released Revenge of the Sith, and the Progress MS-04 launched.",
        ]);
        for t in ["A New Hope", "Return of the Jedi", "Revenge of the Sith", "Progress MS-04"] {
            assert!(h.iter().any(|x| x == t), "{t}: {h:?}");
        }
        assert!(!h.iter().any(|x| x == "Jedi" || x == "Sith"), "{h:?}");
    }

    #[test]
    fn quoted_title_parts_adjectives_and_shared_surnames_propose_nothing() {
        let h = headings_of(&[
            "A sign read “First of the Season Fresh Alaskan Halibut” and “Super Mario Run” sold.",
            "Her titles include “You Loved Me Like a Distant Star” in the North African nation.",
            "Hori Parata and his son Te Kaurinui Parata met Anna Petrova; Parata spoke.",
            "The North African coast is long, and Mercer Island-based firms grew.",
        ]);
        for junk in ["Season Fresh Alaskan Halibut", "Loved Me Like", "Distant Star", "North African", "Parata", "Mercer"] {
            assert!(!h.iter().any(|x| x == junk), "{junk}: {h:?}");
        }
        assert!(h.iter().any(|x| x == "Super Mario Run"), "a whole quoted title stays: {h:?}");
    }

    #[test]
    fn a_possessive_before_one_institution_noun_is_part_of_the_name() {
        let h = headings_of(&[
            "Shoppers left Sam’s Club in the rain and drove to Fisherman’s Terminal in Seattle.",
            "Lenin’s April Theses were read. Lenin spoke at Fisherman’s Terminal again.",
        ]);
        for name in ["Sam's Club", "Fisherman's Terminal", "April Theses"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|x| x == "Sam" || x == "Fisherman"), "{h:?}");
        let h = headings_of(&[
            "Before the First World War neon was new; at the 1939 World’s Fair it glowed.",
            "The World of Tomorrow opened there.",
        ]);
        assert!(h.iter().any(|x| x == "World's Fair" || x == "World’s Fair"), "{h:?}");
        assert!(!h.iter().any(|x| x == "World" || x == "Fair"), "{h:?}");
    }

    #[test]
    fn a_patronymic_or_a_role_before_a_comma_is_evidence_of_a_person() {
        let h = headings_of(&[
            "The boat is co-owned with Rolfe McCartney in the harbour.",
            "The leader of Ennahda, Rachid Ghannouchi, condemned the attack.",
        ]);
        assert!(h.iter().any(|x| x == "McCartney, Rolfe"), "{h:?}");
        assert!(h.iter().any(|x| x == "Ghannouchi, Rachid"), "{h:?}");
        let h = headings_of(&[
            "Ivana Jelić and Pavle Petrović (Serbia) found inspiration.",
            "A third paper in Nature by Philippe Jay of the Institute for Functional Genomics appeared.",
        ]);
        for name in ["Jelić, Ivana", "Petrović, Pavle", "Jay, Philippe"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_name_after_an_article_is_no_person_unless_attributive() {
        let h = headings_of(&[
            "The simulation ran on the Hazel Hen at Stuttgart. Later the Hazel Hen was retired.",
            "Start your day with the Opening Bell from the desk.",
            "Donald Trump spoke. Officials of the Trump administration left; Trump stayed.",
        ]);
        assert!(h.iter().any(|x| x == "Hazel Hen") && !h.iter().any(|x| x == "Hen, Hazel"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Bell, Opening"), "{h:?}");
        assert!(h.iter().any(|x| x == "Trump, Donald"), "{h:?}");
    }

    #[test]
    fn a_listener_after_told_is_no_evidence_of_a_person() {
        let h = headings_of(&[
            "The analyst told Business Insider in October that the war was over.",
            "Business Insider reported it again in November.",
        ]);
        assert!(h.iter().any(|x| x == "Business Insider"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Insider, Business"), "{h:?}");
    }

    #[test]
    fn a_dotted_abbreviation_used_alone_is_no_initial() {
        let h = headings_of(&[
            "Yields rose after the U.S. Treasury sold bonds, and U.S. troops left.",
            "Prices of the U.S. Treasury notes fell as the U.S. Treasury said.",
        ]);
        assert!(h.iter().any(|x| x == "U.S. Treasury"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Treasury, U.S."), "{h:?}");
    }

    #[test]
    fn a_role_with_an_adjective_or_a_correspondent_before_makes_a_person() {
        let h = headings_of(&[
            "Dylan Nelson, a postdoctoral fellow at the institute, was pleased.",
            "The officials told Pentagon correspondent Carla Babb on Tuesday that it was over.",
        ]);
        assert!(h.iter().any(|x| x == "Nelson, Dylan"), "{h:?}");
        assert!(h.iter().any(|x| x == "Babb, Carla"), "{h:?}");
    }

    #[test]
    fn a_compass_point_or_a_people_of_a_place_is_no_heading() {
        let h = headings_of(&[
            "Storms hit the North and the West of New Zealand in May, and a New Zealander drowned.",
            "Rescuers from New Zealand searched the North for days while the West waited.",
        ]);
        assert!(h.iter().any(|x| x == "New Zealand"), "{h:?}");
        assert!(!h.iter().any(|x| x == "North" || x == "West" || x == "New Zealander"), "{h:?}");
    }

    #[test]
    fn a_name_shouted_in_a_dateline_is_headed_as_the_text_writes_it() {
        let have = headings_of(&["HAYWARD, Calif. (AP) — A train stopped. Riders left the station in Hayward on foot, and buses took them on from Hayward to Oakland."]);
        assert!(have.contains(&"Hayward".to_string()) && !have.contains(&"HAYWARD".to_string()), "{have:?}");
        let have = headings_of(&["SEOUL, South Korea — A vote failed. Crowds gathered in Seoul on Saturday, and more came to Seoul on Sunday."]);
        assert!(have.contains(&"Seoul".to_string()) && !have.contains(&"SEOUL".to_string()), "{have:?}");
    }

    #[test]
    fn instrument_codes_and_shouted_labels_are_no_headings() {
        let h = headings_of(&[
            "Brent crude LCOc1 rose while Copper CMCU3 and NKc1 fell on the London Metal Exchange CMAL3 floor.",
            "FILE PHOTO: Traders work on the floor of the London Metal Exchange in the city.",
            "The Progress MS-04 launched.",
        ]);
        assert!(!h.iter().any(|x| x.chars().any(|c| c.is_ascii_digit()) && !x.contains('-')), "{h:?}");
        assert!(!h.iter().any(|x| x == "Brent LCOc1" || x == "Copper CMCU3"), "{h:?}");
        assert!(!h.iter().any(|x| x == "FILE PHOTO" || x == "PHOTO, FILE"), "{h:?}");
        assert!(h.iter().any(|x| x == "London Metal Exchange"), "{h:?}");
        assert!(h.iter().any(|x| x == "Progress MS-04"), "{h:?}");
        let h = headings_of(&["She found a receptor called Olfr78 in kidney cells; the Olfr78 receptor responded. See [Hol14] for more."]);
        assert!(h.iter().any(|x| x == "Olfr78"), "a word with a number is a name: {h:?}");
        assert!(!h.iter().any(|x| x == "Hol14"), "used once: {h:?}");
    }

    #[test]
    fn a_given_name_used_alone_joins_the_person_a_role_names() {
        let h = headings_of(&[
            "The band played with songwriter Caitlyn Smith that night.",
            "Fans cheered for Caitlyn and later met Smith backstage.",
        ]);
        assert!(h.iter().any(|x| x == "Smith, Caitlyn") && !h.iter().any(|x| x == "Caitlyn"), "{h:?}");
    }

    #[test]
    fn a_role_noun_alone_is_no_heading() {
        let h = headings_of(&[
            "We welcome Junior Gaspard as our new President and CEO of the firm.",
            "Gaspard said the President would travel.",
        ]);
        assert!(!h.iter().any(|x| x == "President"), "{h:?}");
    }

    #[test]
    fn a_census_given_name_or_a_middle_initial_makes_a_person() {
        let h = headings_of(&[
            "The salon of Gertrude Stein drew painters, and the poems of Eloise Marsh sold well.",
            "A photograph by Chang W. Lee ran beside it.",
        ]);
        for name in ["Stein, Gertrude", "Marsh, Eloise", "Lee, Chang W."] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_census_given_name_that_is_a_place_or_a_word_of_the_text_is_no_evidence() {
        let h = headings_of(&[
            "Troops left Virginia for the coast while Virginia Rangers crossed the river.",
            "There was hope in the town, and Hope Springs grew.",
        ]);
        assert!(h.iter().any(|x| x == "Virginia Rangers"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Springs, Hope"), "{h:?}");
    }

    #[test]
    fn a_compound_title_an_institution_before_a_title_and_titles_alone() {
        let h = headings_of(&[
            "Attorney-General George Brandis met Australian Federal Police Commissioner Andrew Colvin.",
            "The Prime Minister said nothing; the Attorney-General left.",
        ]);
        for name in ["Brandis, George", "Colvin, Andrew", "Australian Federal Police"] {
            assert!(h.iter().any(|x| x == name), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|x| x == "Prime Minister" || x.contains("Attorney")), "{h:?}");
    }

    #[test]
    fn a_given_name_alone_that_joins_no_one_and_plural_abbreviations_are_no_headings() {
        let h = headings_of(&[
            "Opposition leader Bill Shorten wrote to Mayor Bill de Blasio about the new Bill.",
            "Her mother, Anna, said the CEOs of the firms met Shorten.",
        ]);
        assert!(!h.iter().any(|x| x == "Bill" || x == "Anna" || x == "CEOs"), "{h:?}");
        assert!(h.iter().any(|x| x == "Shorten, Bill"), "{h:?}");
    }

    #[test]
    fn a_demonym_ending_in_i_is_no_surname() {
        let h = headings_of(&[
            "Voters in Israel went to the polls, and Arab Israeli voters came out in Israel.",
            "Leaders of Arab Israeli parties spoke.",
        ]);
        assert!(!h.iter().any(|x| x == "Israeli, Arab" || x == "Arab Israeli"), "{h:?}");
        assert!(h.iter().any(|x| x == "Israel"), "{h:?}");
    }

    #[test]
    fn a_part_of_a_document_and_its_code_is_no_heading() {
        let h = headings_of(&["Re. the story on the ferries, Page A8, Jan. 13: the Harbour Board was wrong, as Table S2 shows."]);
        assert!(!h.iter().any(|x| x.starts_with("Page") || x.starts_with("Table")), "{h:?}");
        assert!(h.iter().any(|x| x == "Harbour Board"), "{h:?}");
    }

    #[test]
    fn nationality_words_before_a_noun_and_peoples_are_no_headings() {
        let h = headings_of(&[
            "The French engineer gave them Greek names; European capitals followed Germany.",
            "Christians and Germans met in Germany, where the text was in Latin.",
        ]);
        for junk in ["French", "Greek", "European", "Christians", "Germans"] {
            assert!(!h.iter().any(|x| x == junk), "{junk}: {h:?}");
        }
        assert!(h.iter().any(|x| x == "Latin"), "a language named as a noun stays: {h:?}");
        let h = headings_of(&["The printer set his books in English rather than Latin, and the monks objected."]);
        assert!(h.iter().any(|x| x == "Latin"), "a language named as a noun stays after 'than': {h:?}");
    }

    #[test]
    fn a_user_handle_after_a_name_is_evidence_of_a_person() {
        let h = headings_of(&["Fixed by Masatoshi Kimura [:emk] and Ravindra Okonjo :rokonjo today."]);
        assert!(h.iter().any(|x| x == "Kimura, Masatoshi") && h.iter().any(|x| x == "Okonjo, Ravindra"), "{h:?}");
    }

    #[test]
    fn a_name_after_a_sentence_initial_article_or_preposition_counts() {
        let h = headings_of(&[
            "Like Walmart, the firm underpays. (The Teamsters disagree.)",
            "Related Stories appear below.",
            "Despite Acme’s growth, it failed.",
        ]);
        assert!(h.iter().any(|x| x == "Walmart") && h.iter().any(|x| x == "Teamsters"), "{h:?}");
        assert!(h.iter().any(|x| x == "Acme") && !h.iter().any(|x| x == "Despite Acme"), "{h:?}");
        assert!(!h.iter().any(|x| x == "Stories"), "{h:?}");
    }

    #[test]
    fn an_adjective_before_a_name_given_alone_joins_it_and_adherents_are_no_headings() {
        let h = headings_of(&[
            "The Bolsheviks met. Later the Leninist Bolsheviks walked out of the hall.",
            "Muslims and Hindus prayed; the Bolsheviks waited.",
        ]);
        assert!(h.iter().any(|x| x == "Bolsheviks"), "{h:?}");
        for junk in ["Leninist Bolsheviks", "Muslims", "Hindus"] {
            assert!(!h.iter().any(|x| x == junk), "{junk}: {h:?}");
        }
    }

    #[test]
    fn a_given_name_last_after_no_given_name_is_the_name_alone() {
        let h = headings_of(&[
            "Fans called her Gucci Grace, and Grace ignored them.",
            "Later Grace left.",
        ]);
        assert!(!h.iter().any(|x| x == "Grace, Gucci"), "{h:?}");
    }

    #[test]
    fn a_name_quoted_whole_or_ending_in_a_letter_is_no_person() {
        let h = headings_of(&[
            "The port of “Eve Valkyrie” does an admirable job; unlock the Area X mode.",
            "Later Valkyrie ran on the console, and Miss Ellen Fetter wrote the code.",
        ]);
        assert!(!h.iter().any(|x| x == "Valkyrie, Eve" || x == "X, Area"), "{h:?}");
        assert!(h.iter().any(|x| x == "Fetter, Ellen"), "{h:?}");
    }

    #[test]
    fn and_joins_a_common_word_to_an_institution_name() {
        let h = headings_of(&[
            "The trademark was filed with the Patent and Trademark Office, a patent agency.",
            "Israel and Palestinian Authority officials met in Israel.",
        ]);
        assert!(h.iter().any(|x| x == "Patent and Trademark Office"), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("Israel and")), "{h:?}");
    }

    #[test]
    fn of_joins_a_common_word_to_an_institution_name() {
        let h = headings_of(&[
            "In the last century neon lit the Chicago Century of Progress Exposition in 1933.",
            "Anna Petrova of the Bank of England spoke.",
        ]);
        assert!(h.iter().any(|x| x == "Chicago Century of Progress Exposition"), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Petrova of")), "{h:?}");
    }

    #[test]
    fn a_role_in_the_next_paragraph_describes_no_name() {
        let h = headings_of(&["Cookie Search:", "A photographer and Navy veteran is fighting back."]);
        assert!(!h.iter().any(|x| x == "Search, Cookie"), "{h:?}");
    }

    #[test]
    fn inversion() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(invert(&w("Leon Trotsky"), false), "Trotsky, Leon");
        assert_eq!(invert(&w("Marco Di Lauro"), false), "Di Lauro, Marco");
        assert_eq!(invert(&w("Di Wen"), false), "Wen, Di");
        assert_eq!(invert(&w("V. I. Lenin"), false), "Lenin, V. I.");
        assert_eq!(invert(&w("General Lavr Kornilov"), false), "Kornilov, Lavr");
        assert_eq!(invert(&w("Tsar Nicholas"), false), "Nicholas");
        assert_eq!(invert(&w("Princess Margaret"), false), "Margaret, Princess");
        assert_eq!(invert(&w("Charles de Gaulle"), false), "Gaulle, Charles de");
        assert_eq!(invert(&w("Ludwig van Beethoven"), false), "Beethoven, Ludwig van");
        assert_eq!(invert(&w("Ursula von der Leyen"), false), "Leyen, Ursula von der");
        assert_eq!(invert(&w("Paul Le Blanc"), false), "Le Blanc, Paul");
        assert_eq!(invert(&w("Daphne du Maurier"), false), "du Maurier, Daphne");
        assert_eq!(invert(&w("Martin Luther King Jr."), false), "King, Martin Luther, Jr.");
        assert_eq!(invert(&w("P. J."), false), "P. J.");
        assert_eq!(invert(&w("Madonna"), false), "Madonna");
        assert_eq!(invert(&w("Bill de Blasio"), true), "de Blasio, Bill");
        assert_eq!(invert(&w("Bill De Blasio"), false), "De Blasio, Bill");
        assert_eq!(invert(&w("Van Gogh"), false), "Van Gogh");
    }

    #[test]
    fn a_particle_the_text_writes_before_the_surname_alone_stays_in_front() {
        let h = headings_of(&[
            "The philosopher Luis de Miranda weaves a history. Nonetheless, de Miranda makes a case.",
            "Charles de Gaulle spoke in Paris; Gaulle was cheered.",
            "Ursula von der Leyen told reporters. Von der Leyen added that it was right.",
        ]);
        assert!(h.iter().any(|x| x == "Leyen, Ursula von der"), "{h:?}");
        assert!(h.iter().any(|x| x == "de Miranda, Luis"), "{h:?}");
        assert!(h.iter().any(|x| x == "Gaulle, Charles de"), "{h:?}");
    }

    #[test]
    fn a_name_met_only_after_a_or_an_is_a_category() {
        let h = headings_of(&[
            "My cousin set up his page as a Pet Grooming Salon and his sister as an Ice Rink.",
            "Then the Royal Botanic Garden asked Maria Lund to visit a Royal Botanic Garden shop.",
        ]);
        assert!(!h.iter().any(|x| x.contains("Grooming") || x.contains("Rink")), "{h:?}");
        assert!(h.contains(&"Royal Botanic Garden".to_string()), "{h:?}");
        let h = headings_of(&["The guild of Tamsa chose a Wardenry and a new Overseer; the Wardenry of Tamsa met in May."]);
        assert!(!h.iter().any(|x| x == "Overseer"), "{h:?}");
        assert!(h.contains(&"Tamsa".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_listed_once_beside_common_nouns_capitalised_is_one_too() {
        let h = headings_of(&[
            "The crowd in Tamsa wanted three things: Water, Salt and Shelter.",
            "There was no water and no shelter in the camp, and Ada Quill said so.",
        ]);
        assert!(!h.iter().any(|x| x == "Salt"), "{h:?}");
        assert!(h.contains(&"Tamsa".to_string()), "{h:?}");
    }

    #[test]
    fn common_words_before_a_body_s_noun_in_the_plural_name_no_body() {
        let h = headings_of(&[
            "In every village the Harvest Councils met at dawn, and the harvest was shared.",
            "Ada Quill chaired the Tamsa Councils; a good harvest, a poor harvest, all the same.",
        ]);
        assert!(!h.iter().any(|x| x == "Harvest Councils"), "{h:?}");
        assert!(h.contains(&"Tamsa Councils".to_string()), "{h:?}");
    }

    #[test]
    fn a_compound_opening_a_name_before_its_abbreviation_is_the_name_s() {
        let h = headings_of(&["Ada Quill built the Ninety-metre Tamsa Solar Array (NTSA) and an Oskel-made Velmora Dome."]);
        assert!(h.contains(&"Ninety-metre Tamsa Solar Array".to_string()), "{h:?}");
        assert!(h.contains(&"Velmora Dome".to_string()), "{h:?}");
    }

    #[test]
    fn a_people_s_adjective_before_a_ministry_is_no_part_of_its_name() {
        let h = headings_of(&["Ada Quill left the Tamsian Ministry of Coastal Works for the Federal Ministry of Tides."]);
        assert!(h.contains(&"Ministry of Coastal Works".to_string()), "{h:?}");
        assert!(h.contains(&"Federal Ministry of Tides".to_string()), "{h:?}");
    }

    #[test]
    fn a_clause_opened_in_brackets_and_a_title_ending_in_of_are_no_names() {
        let h = headings_of(&[
            "The rule (Whenever I see a gull, I stop) was set by Ada Quill in Tamsa.",
            "Her pupils chant “Reminds Me Of” at dawn.",
        ]);
        assert!(!h.iter().any(|x| x.starts_with("Whenever") || x.ends_with("Of")), "{h:?}");
        assert!(h.contains(&"Tamsa".to_string()), "{h:?}");
    }

    #[test]
    fn a_title_in_straight_or_misused_quotation_marks_gives_no_fragment() {
        for text in [
            "Her class chants 'I Look, I Ask, It Tells Me' at dawn, said Ada Quill.",
            "Her class chants ’I Look, I Ask, It Tells Me’ at dawn, said Ada Quill.",
            "Her class chants \" I Look, I Ask, It Tells Me \" at dawn, said Ada Quill.",
        ] {
            let h = headings_of(&[text]);
            assert!(!h.iter().any(|x| ["Look", "Ask", "Tells Me"].contains(&x.as_str())), "{h:?}");
            assert!(h.contains(&"Quill, Ada".to_string()), "{h:?}");
        }
    }

    #[test]
    fn a_verb_and_its_pronoun_are_no_name_unless_named_as_a_work() {
        let h = headings_of(&["Pupils in Tamsa wrote “Bless You” cards, and Ada Quill sang the song “Hold Me” twice."]);
        assert!(!h.iter().any(|x| x == "Bless You"), "{h:?}");
        assert!(h.contains(&"Hold Me".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_alone_only_after_a_noun_of_kinship_is_a_relative_s_given_name() {
        let h = headings_of(&["Ada Quill left Tamsa with her daughter Oskeline, and her husband, Varn, stayed in Tamsa."]);
        assert!(!h.iter().any(|x| x == "Oskeline" || x == "Varn"), "{h:?}");
        assert!(h.contains(&"Quill, Ada".to_string()) && h.contains(&"Tamsa".to_string()), "{h:?}");
    }

    #[test]
    fn a_preposition_opens_no_name_unless_a_title() {
        let h = headings_of(&["Ada Quill is the Poet In Residence at Tamsa, and she reread *In Velmora Again* there."]);
        assert!(!h.iter().any(|x| x == "In Residence"), "{h:?}");
        assert!(h.contains(&"Tamsa".to_string()), "{h:?}");
    }

    #[test]
    fn and_joins_the_fields_of_a_title_of_office() {
        let h = headings_of(&["In Tamsa the Inspector-General of Mines and Quarries met the Minister of Tides and Maria Quill."]);
        assert!(h.contains(&"Inspector-General of Mines and Quarries".to_string()), "{h:?}");
        assert!(h.contains(&"Quill, Maria".to_string()), "{h:?}");
    }

    #[test]
    fn words_met_once_and_an_institution_after_and_are_one_name() {
        let h = headings_of(&[
            "Figures from the Grand Sailing and Rowing Council, an industry body, please Ada Quill.",
            "The Tamsa Province and Velmora Council disagree; Tamsa Province and Velmora Council met.",
        ]);
        assert!(h.contains(&"Grand Sailing and Rowing Council".to_string()), "{h:?}");
        assert!(h.contains(&"Velmora Council".to_string()), "{h:?}");
        let h = headings_of(&["The tide rose; the tide fell. Ada Quill leads the Tide and Marine Systems Analysis Laboratory."]);
        assert!(h.contains(&"Tide and Marine Systems Analysis Laboratory".to_string()), "{h:?}");
    }

    #[test]
    fn a_longer_name_shortened_after_the_is_no_heading_of_its_own() {
        let h = headings_of(&[
            "Ada Quill sat in the Tamsa Moot for years; the Tamsa Moot met in May.",
            "Those in the Moot were furious, and Ada Quill left Velmora for Tamsa.",
        ]);
        assert!(h.contains(&"Tamsa Moot".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Moot"), "{h:?}");
    }

    #[test]
    fn a_country_named_with_and_is_one_heading() {
        let h = headings_of(&[
            "The cricket team toured Trinidad and Tobago, then Antigua and Barbuda in May.",
            "Fans in Trinidad and Tobago cheered, and Kenya and Uganda sent their own teams.",
        ]);
        assert!(h.contains(&"Trinidad and Tobago".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Trinidad" || x == "Tobago"), "{h:?}");
        // Two countries joined by "and" stay two.
        assert!(!h.iter().any(|x| x.contains("Kenya and")), "{h:?}");
    }

    /// Proposals of paragraphs given as their text nodes (a link is a node of its own).
    fn proposals_of_nodes(paragraphs: &[&[&str]]) -> Vec<String> {
        let mut corpus = Corpus::default();
        for (block, texts) in paragraphs.iter().enumerate() {
            let mut fresh = true;
            for (ordinal, text) in texts.iter().enumerate() {
                corpus.nodes.push(super::super::scan::NodeAt { article: 0, block, ordinal });
                let node = corpus.nodes.len() - 1;
                // A node written "*…*" is set in italics.
                let italic = text.len() > 2 && text.starts_with('*') && text.ends_with('*');
                let text = if italic { &text[1..text.len() - 1] } else { text };
                let from = corpus.tokens.len();
                super::super::scan::tokenize(text, node, true, &mut fresh, &mut corpus.tokens);
                corpus.tokens[from..].iter_mut().for_each(|t| t.italic = italic);
            }
        }
        propose(&corpus).into_iter().map(|p| p.heading).collect()
    }

    #[test]
    fn a_party_and_state_in_parentheses_is_no_heading() {
        let h = headings_of(&[
            "Then-Rep. Ora Tamsin (D-Calif.) retired, and Rep. Hal Brenner (D-Ill.) stayed on.",
            "Tamsin and Brenner met in Fresno on D-Day.",
        ]);
        assert!(!h.iter().any(|x| x.starts_with("D-C") || x.starts_with("D-I")), "{h:?}");
        assert!(h.contains(&"Tamsin, Ora".to_string()), "{h:?}");
    }

    #[test]
    fn an_owner_before_a_linked_name_owns_it() {
        let h = proposals_of_nodes(&[
            &["Students at Velmoria’s ", "Kendal Technical University", " protested on Friday."],
            &["The envoy spoke of Velmoria’s ", "Orlan Museum", " and of Velmoria in the spring."],
        ]);
        assert!(!h.iter().any(|x| x.ends_with("’s") || x.ends_with("'s")), "{h:?}");
        assert!(h.contains(&"Kendal Technical University".to_string()), "{h:?}");
        let h = proposals_of_nodes(&[
            &["The film adapts Ida Marlowe Quenby’s ", "2007 novel", " about a summer."],
            &["Critics said Quenby wrote it in Tamsa."],
        ]);
        assert!(!h.iter().any(|x| x.ends_with("’s") || x.ends_with("'s")), "{h:?}");
    }

    #[test]
    fn a_given_name_with_accents_is_the_given_name_without() {
        let h = proposals_of_nodes(&[&["The film adapts André Velquist’s ", "2007 novel", " about a summer in Orlan."]]);
        assert!(h.contains(&"Velquist, André".to_string()), "{h:?}");
    }

    #[test]
    fn a_body_after_a_people_s_adjective_is_described_not_named() {
        let h = headings_of(&["South Velmorese police and prosecutors are looking into the claims, said Ada Quill."]);
        assert!(!h.iter().any(|h| h.ends_with("police")), "{h:?}");
        let h = headings_of(&["The Tarn Valley police said so, and Tarn Valley police said it again."]);
        assert!(h.iter().any(|h| h == "Tarn Valley police"), "{h:?}");
    }

    #[test]
    fn a_party_s_member_after_a_place_is_no_heading() {
        let h = headings_of(&["“It is gone,” said Senator Ada Quill, a Georgia Democrat. Ms. Quill, the Georgia Democrat, left."]);
        assert!(!h.iter().any(|h| h.ends_with("Democrat")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quill, Ada"), "{h:?}");
    }

    #[test]
    fn a_body_s_name_goes_on_past_for_a_and_a_foreign_and() {
        let h = headings_of(&[
            "“It adds up,” said Ida Quill of the Committee for a Balanced Velmora Ledger, a research group.",
            "He sent the samples to the Asociación Salud y Trabajo, a charity in Tamsa.",
        ]);
        assert!(h.iter().any(|h| h == "Committee for a Balanced Velmora Ledger"), "{h:?}");
        assert!(h.iter().any(|h| h == "Asociación Salud y Trabajo"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Committee" || h == "Trabajo"), "{h:?}");
    }

    #[test]
    fn a_title_cut_before_its_last_words_is_no_heading() {
        let h = headings_of(&[
            "See “Mapping Velmora Using t-maps” by Ada Quill, and Mapping Velmora Using t-maps again.",
            "HARBOUR NEWS — May 3, 2015, 11:32 am Lost Cargo How $2 million went missing in Tamsa.",
        ]);
        assert!(!h.iter().any(|h| h.ends_with("Using") || h.ends_with("How")), "{h:?}");
        let h = headings_of(&["Her first post, Examining Velmora and Tamsa, is a must-read, said Ada Quill."]);
        assert!(!h.iter().any(|h| h.ends_with(", Examining")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quill, Ada"), "{h:?}");
    }

    #[test]
    fn a_title_set_in_italics_word_by_word_is_one_title() {
        use crate::model::{Article, Block, Inline};
        let em = |t: &str| Inline::Emphasis(vec![Inline::Text(t.into())]);
        let text = |t: &str| Inline::Text(t.into());
        let content = vec![
            text("A paper published in "),
            em("Annals"),
            text(" "),
            em("of"),
            text(" "),
            em("Velmora"),
            text(" "),
            em("and the"),
            text(" "),
            em("Coast"),
            text(" says so, said Ada Quill."),
        ];
        let block = Block::Paragraph { id: "ch01-p1".into(), content };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        let h: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect();
        assert!(h.iter().any(|h| h == "Annals of Velmora and the Coast"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Annals" || h == "Coast"), "{h:?}");
    }

    #[test]
    fn a_title_in_italics_is_not_split_at_its_commas() {
        use crate::model::{Article, Block, Inline};
        let content = vec![
            Inline::Text("Ada Quill reread her favourite book, ".into()),
            Inline::Emphasis(vec![Inline::Text("Tarn, Velmora, Oskel".into())]),
            Inline::Text(", on the train.".into()),
        ];
        let block = Block::Paragraph { id: "ch01-p1".into(), content };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        let h: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect();
        assert!(h.iter().any(|h| h == "Tarn, Velmora, Oskel"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Velmora" || h == "Oskel"), "{h:?}");
    }

    #[test]
    fn a_people_s_plural_for_a_cause_is_a_group_s_name() {
        let h = headings_of(&[
            "A group of advocates, including Tarn Watch, Velmora Club and Americans for Open Ledgers, is calling on the Fed to act.",
            "Americans paid more, said Ada Quill.",
        ]);
        assert!(h.iter().any(|h| h == "Americans for Open Ledgers"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Open Ledgers"), "{h:?}");
    }

    #[test]
    fn a_name_ending_in_words_used_after_an_article_is_no_person_s() {
        let h = headings_of(&[
            "This is good for the Tarnford Blue Herons. Ada Quill said the Blue Herons won, and the Blue Herons lost.",
            "Analysts at the Velmora Vault said the Vault would wait.",
        ]);
        assert!(!h.iter().any(|h| h.starts_with("Herons,") || h.starts_with("Vault,")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quill, Ada"), "{h:?}");
    }

    #[test]
    fn a_title_in_italics_is_whole_past_its_colon_and_commas() {
        let h = proposals_of_nodes(&[
            &["Critics panned ", "*Velmora v Tarnhold: Dawn of Ashes*", " in March, said Ada Quill."],
            &["There is the ", "*Harbour, P.I.*", "–", "*Murder, She Sang*", " crossover, said Ada Quill."],
            &["It’s been a rough year at the movies for DC Comics. ", "*Velmora v Tarnhold: Dawn of Ashes*", " and ", "*Suicide Squad*", " opened to abysmal reviews."],
            &["Velmora and Tarnhold fought, and Velmora won."],
        ]);
        for title in ["Velmora v Tarnhold: Dawn of Ashes", "Harbour, P.I.", "Murder, She Sang"] {
            assert!(h.iter().any(|h| h == title), "{title}: {h:?}");
        }
        assert!(!h.iter().any(|h| h == "Dawn of Ashes" || h == "Harbour" || h == "Sang"), "{h:?}");
    }

    #[test]
    fn a_people_s_adjective_before_a_latin_shaped_noun_is_no_genus() {
        let h = headings_of(&["Adapted from an 1865 Velmorese novella by Ada Quill, the film follows a widow."]);
        assert!(!h.iter().any(|h| h.ends_with("novella")), "{h:?}");
    }

    #[test]
    fn a_kind_of_member_is_no_heading() {
        let h = headings_of(&["The board asked all Directors and Voting Members to stay silent, and a Voting Member, Ada Quill, refused."]);
        assert!(!h.iter().any(|h| h.starts_with("Voting")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quill, Ada"), "{h:?}");
    }

    #[test]
    fn a_plural_s_possessive_opening_a_body_s_name_is_part_of_it() {
        let h = headings_of(&[
            "The Growers’ Independent Harbour Trust, which keeps the levy, met Ada Quill.",
            "The Growers’ Independent Harbour Trust said so. The Lions’ Nov. 9 loss hurt Tamsa.",
        ]);
        assert!(h.iter().any(|h| h == "Growers’ Independent Harbour Trust"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Independent Harbour Trust" || h.starts_with("Lions’")), "{h:?}");
    }

    #[test]
    fn a_word_after_an_elided_french_article_goes_on_with_the_name() {
        let h = headings_of(&["Winner of the Grand Prix d’Orvel at the 2017 Tamsa Festival, the film is Ada Quill’s best."]);
        assert!(h.iter().any(|h| h == "Grand Prix d'Orvel"), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Winner")), "{h:?}");
    }

    #[test]
    fn the_second_of_two_names_sharing_a_plural_noun_is_one_name_in_the_singular() {
        let h = headings_of(&["Ships sailed past the Varn and Tamsa Trenches, said Ada Quill, and past the Orlan Trench."]);
        assert!(h.iter().any(|h| h == "Tamsa Trench"), "{h:?}");
        assert!(!h.iter().any(|h| h.ends_with("Trenches") || h == "Varn"), "{h:?}");
        let h = headings_of(&["Tamsa sits where the Varn and Orlan-Tamsan Plates meet, said Ada Quill."]);
        assert!(h.iter().any(|h| h == "Orlan-Tamsan Plate"), "{h:?}");
    }

    #[test]
    fn a_people_s_adjective_before_a_demonym_is_a_people() {
        let h = headings_of(&["Ada Quill lives in Tamsa. Many British Tamsans moved to Velmora, she said, and Tamsans welcomed them."]);
        assert!(!h.iter().any(|h| h.contains("Tamsans")), "{h:?}");
        assert!(h.iter().any(|h| h == "Tamsa"), "{h:?}");
    }

    #[test]
    fn a_body_owned_by_a_common_noun_is_no_named_body() {
        let h = headings_of(&["Ada Quill joined her college’s Marine Botany department in Tamsa."]);
        assert!(!h.iter().any(|h| h.ends_with("department")), "{h:?}");
        assert!(h.iter().any(|h| h == "Marine Botany"), "{h:?}");
    }

    #[test]
    fn a_weekday_in_the_plural_is_no_name() {
        let h = headings_of(&["Ada Quill wrote A Guide to Saturdays in Tamsa, and the Phoenix Suns won."]);
        assert!(!h.iter().any(|h| h == "Saturdays"), "{h:?}");
        assert!(h.iter().any(|h| h == "Phoenix Suns"), "{h:?}");
        let h = headings_of(&["Pupils of Fridays For Tamsa marched, said Ada Quill, and Fridays For Tamsa grew."]);
        assert!(h.iter().any(|h| h == "Fridays For Tamsa"), "{h:?}");
        let h = headings_of(&["Ada Quill joined Saturday Night Live in 2005, and Saturday Night Live made her famous on Saturday Night Live."]);
        assert!(h.iter().any(|h| h == "Saturday Night Live") && !h.iter().any(|h| h == "Night Live"), "{h:?}");
    }

    #[test]
    fn a_given_name_in_brackets_goes_on_with_the_surname_after_it() {
        let h = headings_of(&["“Coach (Thomas) Vellin came in here and said so,” the guard told Tamsa reporters. Vellin smiled."]);
        assert!(h.iter().any(|h| h == "Vellin, Thomas"), "{h:?}");
    }

    #[test]
    fn a_flat_or_suite_number_of_an_address_is_no_name() {
        let h = headings_of(&["Ada Quill votes in person at 2344 Orlan St., Apt. 1C, or at Suite 200 of the Tamsa Building."]);
        assert!(!h.iter().any(|h| h.starts_with("Apt") || h.starts_with("Suite")), "{h:?}");
    }

    #[test]
    fn names_qualified_by_their_places_are_still_a_list() {
        let h = headings_of(&["Two leaders, Ravindra Oltusk of Vermont and Mark Pelcher of Nevada, back the bill."]);
        assert!(h.contains(&"Oltusk, Ravindra".to_string()), "{h:?}");
        assert!(h.contains(&"Pelcher, Mark".to_string()), "{h:?}");
    }

    #[test]
    fn a_caucus_is_a_body_not_a_person() {
        let h = headings_of(&[
            "She has kept an eye on the Congressional Black Caucus, and the Caucus has kept an eye on her.",
            "The Congressional Black Caucus met on Monday.",
        ]);
        assert!(h.contains(&"Congressional Black Caucus".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_ending_like_an_adjective_is_a_given_name() {
        let h = headings_of(&["In 2016 the party establishment mobilized behind Hillary Vantrell early, and the Military Times noted it."]);
        assert!(h.contains(&"Vantrell, Hillary".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("Times")), "{h:?}");
    }

    #[test]
    fn a_word_opened_by_two_capitals_is_no_given_name() {
        let h = headings_of(&[
            "A team at UVelm Harstad measured the lake, and UVelm Harstad published it.",
            "The study from UVelm Harstad was cited by Ada Quill.",
        ]);
        assert!(h.contains(&"UVelm Harstad".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains(", UVelm")), "{h:?}");
    }

    #[test]
    fn a_word_always_after_degrees_is_a_scale() {
        let h = headings_of(&[
            "It was minus four degrees Réaumur in Velmar, and ten degrees Réaumur by noon in Velmar.",
        ]);
        assert!(!h.iter().any(|x| x.contains("Réaumur")), "{h:?}");
        assert!(h.contains(&"Velmar".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_only_joined_by_an_en_dash_to_a_name_is_no_heading() {
        let h = headings_of(&[
            "We minimise the Halvard–Tomsen distance, as Ada Quill did; the Halvard–Tomsen distance is small.",
            "Ada Quill crossed the Velmar–Ostrand border into Velmar.",
        ]);
        assert!(!h.iter().any(|x| x == "Halvard" || x == "Tomsen" || x == "Ostrand"), "{h:?}");
        assert!(h.contains(&"Velmar".to_string()), "{h:?}");
    }

    #[test]
    fn a_series_and_inside_a_title_in_italics_goes_on_with_it() {
        let h = proposals_of_nodes(&[
            &["As Ada Quill argued in her ", "*Tastes of Velmora: A Social History of Salts, Spices, and Oils*", " (1992), it changed."],
            &["Ada Quill said so in Tamsa."],
        ]);
        assert!(h.contains(&"Tastes of Velmora: A Social History of Salts, Spices, and Oils".to_string()), "{h:?}");
        for part in ["Spices", "Oils", "Salts"] {
            assert!(!h.iter().any(|x| x == part), "{h:?}");
        }
    }

    #[test]
    fn a_firm_named_after_its_founder_by_its_trade_keeps_the_name_s_order() {
        let h = headings_of(&[
            "The pictures of the dinner are by Tova Quell Photography.",
            "Brannoc Pallan Events planned the dinner in Velmora.",
        ]);
        assert!(h.contains(&"Tova Quell Photography".to_string()) && h.contains(&"Brannoc Pallan Events".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("Photography") || x.starts_with("Events")), "{h:?}");
    }

    #[test]
    fn a_planner_or_a_designer_before_a_name_is_a_role() {
        let h = headings_of(&[
            "Velmora Events Co-Owner and Lead Planner Tova Quell says so.",
            "Senior Designer Brannoc Pallan agrees.",
        ]);
        assert!(h.contains(&"Quell, Tova".to_string()) && h.contains(&"Pallan, Brannoc".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Planner") || x.contains("Designer")), "{h:?}");
    }

    #[test]
    fn after_a_role_a_given_name_and_an_institution_s_noun_are_a_person_s_names() {
        let h = headings_of(&["Lead Planner Bianca Hall says so.", "Chef Ada Church cooked the dinner in Velmora."]);
        assert!(h.contains(&"Hall, Bianca".to_string()) && h.contains(&"Church, Ada".to_string()), "{h:?}");
    }

    #[test]
    fn an_article_capitalised_after_and_opens_a_title_of_its_own() {
        let h = headings_of(&["The survey was run by the Journal of Velmora and The Tovik Review last year."]);
        assert!(h.contains(&"Journal of Velmora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains(" and ")), "{h:?}");
    }

    #[test]
    fn a_chef_or_an_owner_before_a_name_is_a_role() {
        let h = headings_of(&[
            "Flour and Salt is Chef Tora Quist's love letter to Velmora.",
            "Owner Brannoc Pallan officially opened a shop in the space of the food truck.",
        ]);
        assert!(h.contains(&"Quist, Tora".to_string()) && h.contains(&"Pallan, Brannoc".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Chef") || x.contains("Owner")), "{h:?}");
    }

    /// The proposals of one article's blocks, each a text and whether it is a heading.
    fn proposals_with_headings(blocks: &[(&str, bool)]) -> Vec<Proposal> {
        let mut corpus = Corpus::default();
        for (block, &(text, heading)) in blocks.iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block, ordinal: 0 });
            let from = corpus.tokens.len();
            super::super::scan::tokenize(text, block, !heading, &mut true, &mut corpus.tokens);
            corpus.tokens[from..].iter_mut().for_each(|t| t.heading = heading);
        }
        propose(&corpus)
    }

    #[test]
    fn a_name_a_verb_and_that_he_take_up_is_a_person_s() {
        let h = headings_of(&[
            "Corvan Tesselby denies that he took money while still playing for Velmora.",
            "The bank, Velmora Mutual says that it took none.",
        ]);
        assert!(h.contains(&"Tesselby, Corvan".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Mutual,")), "{h:?}");
    }

    #[test]
    fn a_person_s_surname_before_a_name_met_alone_is_no_part_of_it() {
        let h = headings_of(&[
            "Anna Quist named an adviser. She hoped to work in the Quist Velmora House, and the Velmora House agreed.",
            "The board asked Quist to stay at the Velmora House.",
        ]);
        assert!(h.contains(&"Velmora House".to_string()) && h.contains(&"Quist, Anna".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Quist Velmora")), "{h:?}");
    }

    #[test]
    fn a_function_word_capitalised_inside_a_sentence_opens_a_title_case_name() {
        let h = headings_of(&[
            "The truth is, Too Late To Mend will not go away, and the bill may not end Too Late To Mend either.",
            "So Velmora Quist walked on. The plan made Velmora Tamsa too big to fail.",
        ]);
        assert!(h.contains(&"Too Late To Mend".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Late") || h.starts_with("So ")), "{h:?}");
    }

    #[test]
    fn a_surname_alone_takes_its_given_name_from_a_heading() {
        let p = proposals_with_headings(&[
            ("Orvin’s lantern", true),
            ("Donated by Tora Quist, Velmora Springs", true),
            ("Ms. Quist’s grandfather carried the lantern across the Tamsa river. Ms. Quist kept it.", false),
            ("Ada Orvin’s drum", true),
            ("The drum was played by Orvin, the first drummer of the Tamsa Guard, and later by Orvin’s nephew.", false),
            ("Hall of Nora Pell Street", true),
            ("At dusk the children saw Pell, who walked home with Pell’s dog.", false),
        ]);
        let h: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert!(h.contains(&"Quist, Tora") && h.contains(&"Orvin, Ada"), "{h:?}");
        // (Not a longer name's words.)
        assert!(!h.iter().any(|h| h.starts_with("Pell,")), "{h:?}");
        let quist = p.iter().find(|p| p.heading == "Quist, Tora").map(|p| p.forms.clone()).unwrap_or_default();
        assert!(quist.contains(&"Tora Quist".to_string()), "{quist:?}");
    }

    #[test]
    fn a_sentence_opening_on_a_section_heading_s_words_keeps_its_first_word() {
        let mut corpus = Corpus::default();
        for (block, (text, heading)) in [
            ("Recipes passed down from generation to generation in Velmora.", false),
            ("Generation Vex", true),
            ("Generation Vex believes that a suit should fit.", false),
            ("A new generation", false),
            ("Generation Velmo met in Tamsa.", false),
        ]
        .into_iter()
        .enumerate()
        {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block, ordinal: 0 });
            let from = corpus.tokens.len();
            super::super::scan::tokenize(text, block, !heading, &mut true, &mut corpus.tokens);
            corpus.tokens[from..].iter_mut().for_each(|t| t.heading = heading);
        }
        let h: Vec<String> = propose(&corpus).into_iter().map(|p| p.heading).collect();
        assert!(h.contains(&"Generation Vex".to_string()), "{h:?}");
        // (No heading opens on the word elsewhere.)
        assert!(!h.contains(&"Generation Velmo".to_string()), "{h:?}");
    }

    #[test]
    fn an_operating_system_s_name_in_its_own_casing_is_a_name() {
        let h = headings_of(&["The app runs on velmOS and on tamsaPadOS, and on Velmora phones."]);
        assert!(h.contains(&"velmOS".to_string()) && h.contains(&"tamsaPadOS".to_string()), "{h:?}");
    }

    #[test]
    fn a_unit_after_a_street_s_name_is_the_rest_of_the_address() {
        let h = headings_of(&[
            "Details: 114 W. Orlan St. Suite C103 in Velmora.",
            "Details: 45 W. Tamsa St. Suite M near Velmora.",
            "Details: 455 N. 3rd St. Unit 1205 in Velmora.",
        ]);
        assert!(!h.iter().any(|x| x.contains("Suite") || x.contains("Unit")), "{h:?}");
    }

    #[test]
    fn a_title_of_office_and_its_field_after_an_owner_is_a_post() {
        let h = headings_of(&["On 2 May I received this message from Tamsa Logic's Director of Software Engineering: the forum closes in Velmora."]);
        assert!(h.contains(&"Tamsa Logic".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Director")), "{h:?}");
    }

    #[test]
    fn an_article_alone_is_no_heading_though_in_italics() {
        let h = proposals_of_nodes(&[
            &["A paper in the ", "*Annals*", " ", "*of*", " ", "*the*", " ", "*Velmar Society*", " says so, said Ada Quill."],
            &["Ada Quill read ", "*The*", " ", "*Velmar Society*", " again."],
        ]);
        assert!(!h.iter().any(|x| x == "The" || x == "the"), "{h:?}");
    }

    #[test]
    fn an_adjective_of_place_before_a_feature_noun_is_the_features_name() {
        let h = headings_of(&[
            "Storms crossed Velmara and the Velmaran Peninsula on Monday.",
            "Winds over the Velmaran Peninsula eased, said Ada Quill of Velmara.",
        ]);
        assert!(h.contains(&"Velmaran Peninsula".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Peninsula"), "{h:?}");
    }

    #[test]
    fn shouted_codes_joined_by_hyphens_are_a_label() {
        let h = headings_of(&["Photo by Ada Quill, licensed CC BY-SA-NC 3.0, in Velmar; Ada Quill took it in Velmar."]);
        assert!(!h.iter().any(|x| x.contains("BY-SA")), "{h:?}");
    }

    #[test]
    fn a_census_given_name_before_a_person_s_surname_is_a_relative() {
        let h = headings_of(&[
            "The duo of sisters Edna and Nancy Pellow toured in spring.",
            "Edna Pellow wrote the songs; the Pellow sisters sang them, and Edna kept the books.",
        ]);
        assert!(h.iter().any(|h| h == "Pellow, Edna") && h.iter().any(|h| h == "Pellow, Nancy"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Edna Pellow" || h == "Edna"), "{h:?}");
    }

    #[test]
    fn a_korean_name_with_its_given_syllables_apart_is_not_inverted() {
        let h = headings_of(&[
            "The film's director Pak Soo Hyon said the cast had won. Pak thanked them.",
            "Later, Tim Sun Lee, a critic, said the prize was deserved; Lee wrote so.",
        ]);
        assert!(h.iter().any(|h| h == "Pak Soo Hyon"), "{h:?}");
        assert!(h.iter().any(|h| h == "Lee, Tim Sun"), "{h:?}");
    }

    #[test]
    fn a_plural_possessive_before_a_body_s_noun_goes_on_with_the_name() {
        let h = headings_of(&[
            "A spokesman for the Northern Millers’ Federation said prices would rise.",
            "The Tallows’ Barn burned down; the Northern Millers’ Federation paid for it.",
        ]);
        assert!(h.iter().any(|h| h == "Northern Millers’ Federation"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Northern Millers" || h == "Federation" || h.contains("’ Barn")), "{h:?}");
    }

    #[test]
    fn an_agreement_named_after_a_city_keeps_its_lowercase_noun() {
        let h = headings_of(&[
            "Earlier pledges such as the Velmora protocol achieved little, said Ada Quill.",
            "Nations that signed the Velmora protocol missed its targets.",
        ]);
        assert!(h.iter().any(|h| h == "Velmora protocol"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Velmora"), "{h:?}");
    }

    #[test]
    fn a_title_of_office_after_a_name_met_without_it_is_the_office_given() {
        let h = headings_of(&[
            "In 1921 the council named Orrel Chancellor, and Orrel kept the seal for years.",
            "Later Vice President Ada Quill thanked Orrel.",
        ]);
        assert!(h.iter().any(|h| h == "Orrel"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Orrel Chancellor"), "{h:?}");
        let h = headings_of(&["The record won praise from Tamberlo Quade, The Velmora Gazette Editor, and others."]);
        assert!(h.iter().any(|h| h == "Velmora Gazette"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Editor")), "{h:?}");
    }

    #[test]
    fn a_common_abbreviation_after_an_institution_s_connector_ends_its_name() {
        let h = headings_of(&[
            "The Quill Institute for AI, founded by Ada Quill, warned that AI uses much power.",
            "Engineers at the Quill Institute for AI said so again; the AI boom goes on.",
        ]);
        assert!(h.iter().any(|h| h == "Quill Institute for AI"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Quill Institute"), "{h:?}");
        let p = proposals(&[
            "The Quill Institute for AI, founded by Ada Quill, warned that AI research uses much power.",
            "Its AI models and AI chips, said the Quill Institute for AI, are costly.",
        ]);
        let institute = p.iter().find(|p| p.heading == "Quill Institute for AI").expect("the institute");
        assert_eq!(institute.forms, ["Quill Institute for AI"]);
    }

    #[test]
    fn a_paragraph_set_in_italics_is_no_title_whose_connectors_join_names() {
        let italic_proposals = |text: &str| {
            let mut corpus = Corpus::default();
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal: 0 });
            super::super::scan::tokenize(text, 0, true, &mut true, &mut corpus.tokens);
            corpus.tokens.iter_mut().for_each(|t| t.italic = true);
            propose(&corpus).into_iter().map(|p| p.heading).collect::<Vec<_>>()
        };
        let h = italic_proposals("Ada Quill is a Senior Engineer for Velmora Works, and she lives in Tamsa.");
        assert!(h.iter().any(|h| h == "Velmora Works"), "{h:?}");
        let h = italic_proposals("History of the Velmora Revolution");
        assert!(h.iter().any(|h| h == "History of the Velmora Revolution"), "{h:?}");
    }

    #[test]
    fn a_name_after_an_attribution_s_dash_is_a_person_s() {
        let mut corpus = Corpus::default();
        corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal: 0 });
        super::super::scan::tokenize("Tamberlo Quade, Writer", 0, true, &mut true, &mut corpus.tokens);
        corpus.tokens[0].attribution = true;
        let h: Vec<String> = propose(&corpus).into_iter().map(|p| p.heading).collect();
        assert!(h.iter().any(|h| h == "Quade, Tamberlo"), "{h:?}");
    }

    #[test]
    fn an_adjective_of_a_people_alone_is_no_heading() {
        let h = headings_of(&[
            "German farmers and a Native woman from Velmora said the Nazis took their land.",
            "Indigenous leaders of the Velmora Indigenous Council agreed; Nazi records show it.",
        ]);
        assert!(!h.iter().any(|h| ["German", "Native", "Indigenous", "Nazi", "Nazis"].contains(&h.as_str())), "{h:?}");
        assert!(h.iter().any(|h| h == "Velmora Indigenous Council"), "{h:?}");
    }

    #[test]
    fn a_sacred_name_in_an_oath_is_no_heading() {
        let h = headings_of(&[
            "She wore a veil, for God’s sake, and thank God the Velmora Choir sang.",
            "Give it to her, Jesus, I thought; the hymn praised Jesus and the Velmora Choir.",
        ]);
        assert!(!h.iter().any(|h| h == "God"), "{h:?}");
        assert!(h.iter().any(|h| h == "Jesus"), "{h:?}");
    }

    #[test]
    fn a_common_word_before_a_party_member_is_the_party_s_name() {
        let h = headings_of(&[
            "Ada Quill, the Harvest MP for Velmora, said the harvest was poor.",
            "The harvest failed again, and the Harvest candidates blamed Tamsa Orrel.",
        ]);
        assert!(h.iter().any(|h| h == "Harvest"), "{h:?}");
        let h = headings_of(&["The harvest failed. Harvest came late, said Ada Quill of Velmora."]);
        assert!(!h.iter().any(|h| h == "Harvest"), "{h:?}");
    }

    fn headings_under_title(title: &str, paragraphs: &[&str]) -> Vec<String> {
        let mut corpus = Corpus { titles: vec![title.to_string()], ..Corpus::default() };
        for (block, text) in paragraphs.iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block, ordinal: 0 });
            let node = corpus.nodes.len() - 1;
            super::super::scan::tokenize(text, node, true, &mut true, &mut corpus.tokens);
        }
        propose(&corpus).into_iter().map(|p| p.heading).collect()
    }

    #[test]
    fn a_lowercase_phrase_of_the_title_its_text_keeps_using_is_its_subject() {
        let text = [
            "Villages along the coast have taken to kelp farming this year.",
            "Ada Quill said kelp farming pays better than fishing, and kelp farming needs no boat.",
            "Critics of kelp farming worry about storms.",
        ];
        let h = headings_under_title("Why Kelp Farming Is Booming in Velmora", &text);
        assert!(h.iter().any(|h| h == "kelp farming"), "{h:?}");
        // Not a phrase the text never uses, nor one split by punctuation in the title.
        let h = headings_under_title("Velmora Villages Boom: Kelp, Farming and Storms", &text);
        assert!(!h.iter().any(|h| h.contains("kelp") || h.contains("farming")), "{h:?}");
    }

    #[test]
    fn a_title_phrase_whose_noun_the_text_uses_widely_or_inside_a_longer_term_is_no_subject() {
        // "farming" stands after "kelp" in fewer than half of its uses.
        let h = headings_under_title(
            "Kelp Farming Comes to Velmora",
            &[
                "They say kelp farming grows; kelp farming pays; they like kelp farming.",
                "Oyster farming, cattle farming, sheep farming and salmon farming do too; farming is old.",
            ],
        );
        assert!(!h.iter().any(|h| h == "kelp farming"), "{h:?}");
        // "duvet lung" is mostly the tail of "feather duvet lung".
        let h = headings_under_title(
            "Duvet Lung Strikes Again",
            &["He had feather duvet lung. Her feather duvet lung spread. Their feather duvet lung faded."],
        );
        assert!(!h.iter().any(|h| h == "duvet lung"), "{h:?}");
    }

    #[test]
    fn of_two_title_phrases_sharing_a_word_the_more_used_is_the_subject() {
        let h = headings_under_title(
            "Kelp Farming Coop Opens",
            &[
                "They chose kelp farming. Now kelp farming pays, and kelp farming grows.",
                "The farming coop met; the farming coop voted; the farming coop sells for kelp farming.",
            ],
        );
        assert!(h.iter().any(|h| h == "kelp farming"), "{h:?}");
        assert!(!h.iter().any(|h| h == "farming coop"), "{h:?}");
    }

    #[test]
    fn a_name_before_who_is_a_person_s() {
        let mut corpus = Corpus::default();
        // The name closes a link; the comma opens the next text node.
        for (ordinal, text) in ["He read of the killing of 17-year-old ", "Velmo Quarn", ", who was black, by a guard."].iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt { article: 0, block: 0, ordinal });
            let node = corpus.nodes.len() - 1;
            super::super::scan::tokenize(text, node, true, &mut true, &mut corpus.tokens);
        }
        let h: Vec<String> = propose(&corpus).into_iter().map(|p| p.heading).collect();
        assert_eq!(h, ["Quarn, Velmo"]);
    }

    #[test]
    fn and_between_two_names_met_alone_elsewhere_joins_two_names() {
        let h = headings_of(&[
            "Statements by the Velmora Corps of Engineers and Tamsa Province did little.",
            "The Velmora Corps of Engineers owns the land; Tamsa Province leases it.",
        ]);
        assert!(h.contains(&"Velmora Corps of Engineers".to_string()) && h.contains(&"Tamsa Province".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains(" and ")), "{h:?}");
    }

    #[test]
    fn a_body_met_alone_and_words_ending_in_a_body_s_noun_are_two_bodies() {
        let h = headings_of(&[
            "Ministers met for the Velmora Monetary Fund and Tamsa Bank meetings.",
            "The Velmora Monetary Fund lends; its board agreed.",
        ]);
        assert!(h.contains(&"Velmora Monetary Fund".to_string()) && h.contains(&"Tamsa Bank".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains(" and ")), "{h:?}");
    }

    #[test]
    fn capitals_after_a_word_in_capitals_are_a_shouted_line() {
        let h = headings_of(&[
            "PATIENCE IS A VIRTUE — Ada Quill of Velmora Bank says rates will fall.",
            "BUYERS IN RETREAT — Tamsa Orrel writes that buyers left Velmora Bank.",
            "A UK man met the OS X team in Velmora.",
        ]);
        assert!(!h.iter().any(|h| ["A VIRTUE", "VIRTUE", "RETREAT"].contains(&h.as_str())), "{h:?}");
        assert!(h.iter().any(|h| h == "UK") && h.iter().any(|h| h == "OS X"), "{h:?}");
    }

    #[test]
    fn a_legal_suffix_keeps_a_common_word_opening_the_sentence_in_the_firm_s_name() {
        let h = headings_of(&[
            "Ada Quill wrote: “Digital Harbor Acquisition Corp., the firm, has no votes.” The digital age came.",
            "Velmora Harbor Acquisition fell. However Tamsa sold.",
        ]);
        assert!(h.iter().any(|h| h == "Digital Harbor Acquisition"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Harbor Acquisition"), "{h:?}");
    }

    #[test]
    fn an_adjective_and_words_ending_in_an_institution_noun_make_one_name() {
        let h = headings_of(&[
            "Ada Quill chairs the Civic Cultural and Harbor Trades Forum in Velmora.",
            "The Cultural Museum opened, cultural law applies, and the Velmora International and Tamsa Trade International agreed.",
        ]);
        assert!(h.iter().any(|h| h == "Civic Cultural and Harbor Trades Forum"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Civic Cultural"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("International and")), "{h:?}");
    }

    #[test]
    fn a_role_before_a_census_given_name_and_a_surname_names_a_person_whose_given_name_stands_alone() {
        let h = headings_of(&[
            "The drive, led by freelance developer Jill Varnow, grew in Velmora.",
            "Jill kicks off each workshop; the sponsors thanked Jill for it.",
        ]);
        assert!(h.iter().any(|h| h == "Varnow, Jill"), "{h:?}");
    }

    #[test]
    fn a_name_always_before_a_lowercase_noun_is_a_thing_s_not_a_person_s() {
        let h = headings_of(&[
            "Crowds opposed the Dakota Velmar pipeline in Velmora.",
            "Hundreds of Dakota Velmar pipeline protesters camped there.",
        ]);
        assert!(h.iter().any(|h| h == "Dakota Velmar"), "{h:?}");
    }

    #[test]
    fn a_writer_after_a_paper_s_possessive_quoting_or_credited_is_a_person() {
        let h = headings_of(&[
            "HOLIDAY GLUT — Tamsa Post’s Orla Vantrees: “Retailers face a glut of goods.”",
            "Velmora lost its sales in Europe since March. — Our Bodil Kjaerstad",
        ]);
        assert!(h.iter().any(|h| h == "Vantrees, Orla") && h.iter().any(|h| h == "Kjaerstad, Bodil"), "{h:?}");
    }

    #[test]
    fn and_between_two_nouns_of_periodicals_joins_one_paper_s_name() {
        let h = headings_of(&["The Herald and Tribune newspaper reported that Ada Quill left Velmora."]);
        assert!(h.iter().any(|h| h == "Herald and Tribune"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Herald" || h == "Tribune"), "{h:?}");
    }

    #[test]
    fn a_two_word_surname_said_alone_is_compound_though_its_first_word_is_common() {
        let h = headings_of(&[
            "“We hope,” said Ada Grey Owl, a member of the Velmora Nation. The grey sky, grey sea, grey rocks and grey hills cleared.",
            "“It is cold,” Grey Owl said. “Watch out,” said Grey Owl, who lives in Tamsa.",
        ]);
        assert!(h.iter().any(|h| h == "Grey Owl, Ada"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Grey Owl" || h == "Owl, Ada Grey"), "{h:?}");
    }

    #[test]
    fn a_given_name_and_a_surname_inserted_in_square_brackets_are_one_name() {
        let h = headings_of(&["It happened when Andrew [Quarnley] and I wrote for Velmora."]);
        assert!(h.iter().any(|h| h == "Quarnley, Andrew"), "{h:?}");
        assert!(!h.iter().any(|h| h == "Quarnley"), "{h:?}");
    }

    #[test]
    fn a_body_s_initials_dotted_in_a_house_style_are_a_heading_a_state_s_are_not() {
        let h = headings_of(&["In a system that Q.R.V. announced this year, Ada Quill of Pierre, S.D., found a flaw."]);
        assert!(h.iter().any(|h| h == "Q.R.V."), "{h:?}");
        assert!(!h.iter().any(|h| h == "S.D."), "{h:?}");
    }

    #[test]
    fn lone_capitals_without_stops_are_no_heading() {
        let h = headings_of(&["The covariance of K M and the grid K T is M T times larger, as Velmora showed. Later K M was cut."]);
        assert!(!h.iter().any(|h| h.chars().filter(|c| c.is_alphabetic()).count() == 2), "{h:?}");
    }

    #[test]
    fn a_given_name_and_a_surname_after_a_firm_s_possessive_are_a_person_it_owns() {
        let h = headings_of(&["Velcom’s Tora Quist said the plan works. Later Velcom’s Ada Brenn agreed with her."]);
        assert!(h.iter().any(|h| h == "Quist, Tora") && h.iter().any(|h| h == "Brenn, Ada"), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Velcom’s")), "{h:?}");
    }

    #[test]
    fn a_name_listed_beside_a_titled_person_is_a_person_s() {
        let h = headings_of(&["Critics like Senator Ada Quill and Brom Tavish oppose the plan."]);
        assert!(h.iter().any(|h| h == "Tavish, Brom"), "{h:?}");
    }

    #[test]
    fn a_firm_named_like_a_person_is_not_inverted() {
        let h = headings_of(&["Mortgage giants Fannie Mae and Freddie Mac gained. Bear Stearns failed in 2008."]);
        for firm in ["Fannie Mae", "Freddie Mac", "Bear Stearns"] {
            assert!(h.iter().any(|h| h == firm), "{firm}: {h:?}");
        }
    }

    #[test]
    fn a_role_set_off_after_a_name_or_a_who_makes_a_common_first_word_a_given_name() {
        let h = headings_of(&[
            "The crest of the wave fell. But Crest Vollan, an analyst with Tamsa Research, said so.",
            "A rush of orders came, a rush no one planned, cheered by pundits like Rush Tarlow, who saw it coming.",
        ]);
        assert!(h.iter().any(|h| h == "Vollan, Crest") && h.iter().any(|h| h == "Tarlow, Rush"), "{h:?}");
    }

    #[test]
    fn a_word_always_after_a_number_that_is_no_year_is_no_heading() {
        let h = headings_of(&["She wrote for 30 Rock before the show ended. Later 30 Rock won. In 2010 Velcom opened, and No. 9 Velmora lost."]);
        assert!(!h.iter().any(|h| h == "Rock"), "{h:?}");
        assert!(h.iter().any(|h| h == "Velcom") && h.iter().any(|h| h == "Velmora"), "{h:?}");
    }

    #[test]
    fn an_officer_s_initials_between_a_firm_and_a_name_are_a_role() {
        let h = headings_of(&["At the home of Velcom CIO Tora Quist, engineers met. Quist said it works."]);
        assert!(h.iter().any(|h| h == "Quist, Tora"), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("CIO")), "{h:?}");
    }

    #[test]
    fn a_gerund_after_a_dated_datelines_double_hyphen_opens_a_sentence() {
        let h = headings_of(&["OSLO (May 3) -- Declaring the plan dead, Tora Vell left Velmora."]);
        assert!(!h.iter().any(|h| h == "Declaring"), "{h:?}");
    }

    #[test]
    fn a_given_name_alone_opening_two_persons_names_names_no_one() {
        let h = headings_of(&["Kristen Vell and Kristen Quist starred. Vell said Kristen was late, and Quist said so."]);
        assert!(!h.iter().any(|h| h == "Kristen"), "{h:?}");
        assert!(h.iter().any(|h| h == "Vell, Kristen") && h.iter().any(|h| h == "Quist, Kristen"), "{h:?}");
    }

    #[test]
    fn a_word_after_a_university_s_comma_before_a_verb_is_no_campus() {
        let h = headings_of(&["Even back at the University of Velmora, Quist was in charge. Quist said so."]);
        assert!(h.iter().any(|h| h == "University of Velmora"), "{h:?}");
        assert!(!h.iter().any(|h| h == "University of Velmora, Quist"), "{h:?}");
    }

    #[test]
    fn a_country_s_word_before_an_office_and_its_field_is_no_heading() {
        let h = headings_of(&["Later U.S. Secretary of Mines Ada Quill said the French Minister of Health agreed."]);
        assert!(!h.iter().any(|h| h.contains("Secretary") || h.contains("Minister")), "{h:?}");
        assert!(h.iter().any(|h| h == "Quill, Ada"), "{h:?}");
    }

    #[test]
    fn a_prosecutors_office_before_a_name_is_no_part_of_it() {
        let h = headings_of(&[
            "District Attorney Tora Quist called the rule unjust. Assistant District Attorney Ada Velmor said it would hurt trials, and Quist agreed with Velmor.",
        ]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(h.contains(&"Velmor, Ada".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Attorney")), "{h:?}");
    }

    #[test]
    fn an_office_of_a_two_word_field_before_a_given_name_ends_there() {
        let h = headings_of(&["The boxes improve, according to Director of Product Design Joe Velmaris, who showed them in Velmora."]);
        assert!(h.contains(&"Velmaris, Joe".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Director")), "{h:?}");
    }

    #[test]
    fn a_code_takes_no_preposition_and_a_season_after_in_is_no_name() {
        let h = headings_of(&["The Velcom app is due in Q4 along with a guide. Velcom was founded in Winter of 2009 by Tora Quist."]);
        assert!(h.iter().all(|h| h != "Q4 along" && h != "Winter"), "{h:?}");
    }

    #[test]
    fn a_name_closed_by_a_noun_in_s_that_is_no_plural_heads_its_slip() {
        let h = headings_of(&["Velmora News reported the vote first. Later Velmora New, as one post misspelt it, ran the story again."]);
        assert!(h.contains(&"Velmora News".to_string()), "{h:?}");
        assert!(!h.contains(&"Velmora New".to_string()), "{h:?}");
    }

    #[test]
    fn a_role_after_qualifiers_and_a_peoples_adjective_describes_the_name_before_it() {
        let h = headings_of(&[
            "Tora Quistveld, a senior Velmoran air-force officer, told a radio station that the samples were tested.",
            "Hadrik Velmosto, the prefect for the Velmora Office, quashed that hope.",
        ]);
        assert!(h.contains(&"Quistveld, Tora".to_string()), "{h:?}");
        assert!(h.contains(&"Velmosto, Hadrik".to_string()), "{h:?}");
    }

    #[test]
    fn a_style_of_the_clergy_or_of_an_order_is_no_part_of_the_name() {
        let h = headings_of(&[
            "But the Rev. Tora Quistveld says the march was peaceful. Quistveld said it again.",
            "The report was guided by Mother Superior Ada Marie Velmosto, and Velmosto wept. Sister Ilse Korvath spoke next; Korvath was calm.",
        ]);
        assert!(h.contains(&"Quistveld, Tora".to_string()), "{h:?}");
        assert!(h.contains(&"Velmosto, Ada Marie".to_string()), "{h:?}");
        assert!(h.contains(&"Korvath, Ilse".to_string()), "{h:?}");
        assert!(h.iter().all(|h| !h.contains("Rev") && !h.contains("Mother") && !h.contains("Sister")), "{h:?}");
    }

    #[test]
    fn a_role_set_off_after_a_name_outweighs_an_adjectives_ending() {
        let h = headings_of(&[
            "\"It is fitting,\" Demetric Quistveld, president of the Velmora board, said in a statement.",
            "Said Nadrik Velmosto, the board's executive director: \"Nadrik\" is his name.",
        ]);
        assert!(h.contains(&"Quistveld, Demetric".to_string()), "{h:?}");
    }

    #[test]
    fn a_flights_number_of_several_digits_is_part_of_its_name() {
        let h = headings_of(&[
            "Hopes of finding survivors of Velmair Flight 8501 faded on Monday. Searchers looked for Flight 8501 in the sea.",
        ]);
        assert!(h.iter().any(|h| h.ends_with("Flight 8501")), "{h:?}");
        assert!(!h.contains(&"Velmair Flight".to_string()), "{h:?}");
    }

    #[test]
    fn given_names_listed_before_a_full_name_share_its_surname() {
        // (Each is a form of its full name; the text never writes that name whole, so the
        // index finds no occurrence of it yet: the given names alone are no headings.)
        let h = headings_of(&[
            "Users were signed up by hand by Patrick and John Quistveld at Velmora.",
            "The concert was given by Kent, Marlon and Rachel Korvath.",
        ]);
        for name in ["Quistveld, John", "Korvath, Rachel"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
        assert!(!h.iter().any(|x| x == "Patrick" || x == "Kent" || x == "Marlon"), "{h:?}");
    }

    #[test]
    fn a_surname_an_editor_inserted_after_a_possessive_completes_the_name() {
        let h = headings_of(&[
            "\"I was not Andrew’s [Quistrel] choice,\" he said. It is possible that Andrew wasn't the first choice either.",
            "Andrew Quistrel said he led the march in 1968.",
        ]);
        assert!(h.contains(&"Quistrel, Andrew".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains('’') || x.contains('\'') || x == "Andrew"), "{h:?}");
    }

    #[test]
    fn i_before_a_verb_of_the_first_person_is_the_pronoun() {
        let h = headings_of(&[
            "Sir Tovan Velmore was the minister. \"In defence of Tovan I don't think she saw it,\" he added.",
            "In 1100 King Edward I was crowned.",
        ]);
        assert!(!h.iter().any(|x| x.ends_with(" I") && x.contains("Tovan")), "{h:?}");
        assert!(h.iter().any(|x| x.ends_with("Edward I")), "{h:?}");
    }

    #[test]
    fn the_word_of_a_two_word_name_said_alone_is_its_family_name() {
        let h = headings_of(&[
            "Not dressing up that night was Feng Zhang, a scientist at the Velmora Institute.",
            "Earlier this year Zhang claimed his reward. According to Zhang, the patent was his.",
        ]);
        assert!(h.contains(&"Zhang, Feng".to_string()), "{h:?}");
        assert!(!h.contains(&"Zhang".to_string()), "{h:?}");
    }

    #[test]
    fn a_surname_with_its_umlaut_spelled_out_is_the_same_surname() {
        let h = headings_of(&[
            "Gerhard Völkner, the prefect of the office, spoke on Monday.",
            "\"It was a provocation,\" Voelkner said in scathing remarks.",
        ]);
        assert!(h.contains(&"Völkner, Gerhard".to_string()), "{h:?}");
        assert!(!h.contains(&"Voelkner".to_string()), "{h:?}");
    }

    #[test]
    fn and_between_two_words_an_ampersand_joins_elsewhere_joins_one_name() {
        let h = headings_of(&[
            "The center is owned by the Velmora Folk and Harvest Foundation, which runs the fair.",
            "Ada Quill, director of the Folk & Harvest Foundation, said so on Monday.",
        ]);
        assert!(h.contains(&"Velmora Folk and Harvest Foundation".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Velmora Folk" || x == "Harvest Foundation"), "{h:?}");
    }

    #[test]
    fn an_ordinal_before_an_event_s_name_met_without_it_counts_its_editions() {
        let h = headings_of(&[
            "Tora Quist won the 146th Velmora Derby on Saturday. The Velmora Derby is run each spring. \
             The band's 50th Anniversary Tour opened in Ostrava.",
        ]);
        assert!(h.contains(&"Velmora Derby".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("146th")), "{h:?}");
        assert!(h.iter().any(|x| x.starts_with("50th Anniversary Tour")), "{h:?}");
    }

    #[test]
    fn the_number_sign_run_into_its_figure_is_no_name() {
        let h = headings_of(&["The song by Tora Quist peaked at No.2 on the Velmora Chart and stayed at No.17 for a month."]);
        assert!(h.contains(&"Velmora Chart".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("No.")), "{h:?}");
    }

    #[test]
    fn a_line_of_its_own_ending_in_a_preposition_is_a_label() {
        let h = headings_of(&["Tora Quist wrote the song in Ostrava.", "Covered By", "Ada Lind sang it in Velmora.", "Performed Live As"]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("Covered") || x.starts_with("Performed")), "{h:?}");
    }

    #[test]
    fn a_capitalised_article_after_an_abbreviation_opens_a_sentence() {
        let h = headings_of(&[
            "Tora Quist rode the winner at Velmora Downs in Ostrava, N.V. The Varda Stakes winner will race again in May. \
             Quist rode in the Varda Stakes last year.",
        ]);
        assert!(h.contains(&"Varda Stakes".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("N.V. The")), "{h:?}");
    }

    #[test]
    fn the_place_before_an_abbreviated_title_is_a_name_of_its_own() {
        let h = headings_of(&[
            "The bill passed. It was signed by Velmora Gov. Tora Quist on Monday, and former North Varda Sen. Ivo Brenn \
             opposed it. Quist and Brenn spoke later.",
        ]);
        for name in ["Velmora", "North Varda", "Quist, Tora", "Brenn, Ivo"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
    }

    #[test]
    fn a_party_s_adjective_or_another_title_before_an_abbreviated_title_is_no_place() {
        let h = headings_of(&["The vote was close. Democratic Sen. Ivo Brenn and Lt. Gov. Ada Lind spoke. Brenn and Lind left."]);
        assert!(h.contains(&"Brenn, Ivo".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Democratic" || x.starts_with("Lt")), "{h:?}");
    }

    #[test]
    fn a_party_and_a_district_in_brackets_after_a_titled_name_are_no_name() {
        let h = headings_of(&["State Sen. Tora Quist (R-Velmora) said the plan was a failure. Quist left."]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Velmora")), "{h:?}");
    }

    #[test]
    fn a_letter_s_sign_off_is_no_heading() {
        let h = headings_of(&["You will find your own way in politics.", "—*Warmly, Michael*"]);
        assert!(!h.iter().any(|x| x.contains("Warmly")), "{h:?}");
    }

    #[test]
    fn a_name_in_italics_after_a_dash_is_a_signature_no_title() {
        let h = headings_of(&[
            "A girl keeps a secret from her parents in this gentle story. *-- Tora Quist*",
            "A boy learns a lot from his grandfather in the hills. -*- Quist*",
            "Two sisters run away to the sea in this bright tale. *— Ada Lind, Velmora Books*",
        ]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Tora Quist" || x == "Quist"), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Lind") && x.contains("Books")), "{h:?}");
    }

    #[test]
    fn an_adverb_after_a_surname_is_no_noun_it_qualifies() {
        let h = headings_of(&[
            "The bowler beat Arvind Koteshwar with a fast ball before tea.",
            "A slower ball then lured Koteshwar forward, and Koteshwar clearly misjudged it.",
            "Later Koteshwar walked off.",
        ]);
        assert!(h.contains(&"Koteshwar, Arvind".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Arvind Koteshwar" || x == "Koteshwar"), "{h:?}");
    }

    #[test]
    fn a_broadcaster_s_or_a_cricketer_s_role_before_a_name_says_it_is_a_person_s() {
        let h = headings_of(&[
            "In those segments, co-host Rendo Vask, dressed like a judge, rules on the bets.",
            "The in-form opener Tamir Velu was out for eleven.",
        ]);
        assert!(h.contains(&"Vask, Rendo".to_string()), "{h:?}");
        assert!(h.contains(&"Velu, Tamir".to_string()), "{h:?}");
    }

    #[test]
    fn a_place_shouted_in_a_dateline_alone_is_headed_as_written() {
        let h = headings_of(&[
            "NORTH VELMORA - Both analysts on the show are paid to argue about the sport.",
            "They disagree a lot, especially about the coaches.",
        ]);
        assert!(h.contains(&"North Velmora".to_string()), "{h:?}");
        let h = headings_of(&["TAMSABURG — Gov. Ada Quill’s speech pushed one senator over the edge, he said."]);
        assert!(h.contains(&"Tamsaburg".to_string()), "{h:?}");
        let h = headings_of(&["UPDATE — The vote was put off. The update came late."]);
        assert!(!h.iter().any(|x| x.to_lowercase() == "update"), "{h:?}");
        let h = headings_of(&["TORA QUIST SHREDS VELMORA NETS — Our reporter: “The storm came.”"]);
        assert!(!h.iter().any(|x| x.contains("Shreds") || x.contains("Nets")), "{h:?}");
    }

    #[test]
    fn a_quotation_in_title_case_after_a_name_s_possessive_is_the_owner_s_work() {
        let h = headings_of(&[
            "The hero dies while Tora Quist's \"Starfall\" twinkles in the background.",
            "Worst of all was this cover of Ada Lind’s “Ode to Velmora”.",
        ]);
        assert!(h.contains(&"Starfall".to_string()), "{h:?}");
        assert!(h.contains(&"Ode to Velmora".to_string()), "{h:?}");
        let h = headings_of(&["It recalls Velmora TV’s “Ada Lind’s Topless Christmas.” Never again."]);
        assert!(h.contains(&"Ada Lind's Topless Christmas".to_string()), "{h:?}");
        let h = headings_of(&["Tora Quist's “Never” was all she said, and she left the room."]);
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_alone_in_its_paragraph_among_authors_alone_in_theirs_is_a_person_s() {
        use crate::model::{Article, Block, Inline};
        let paragraphs = [
            "Into the Velmora Hills",
            "Margaret Quist",
            "A story of two sisters and the sea, told in verse.",
            "Under Tamsa Skies",
            "Jandro Vell",
            "A boy finds a map in his grandfather's barn.",
            "The Lantern Keepers",
            "Thomas Orrel",
            "Three friends guard the last lighthouse of the coast.",
            "Salt and Stone",
            "Ilse Markova",
            "A family keeps its farm through a hard winter.",
        ];
        let blocks = paragraphs.iter().enumerate().map(|(b, p)| Block::Paragraph { id: format!("ch01-p{b}"), content: vec![Inline::Text((*p).into())] }).collect();
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks, footnotes: Vec::new(), report: Default::default() };
        let h: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect();
        assert!(h.contains(&"Vell, Jandro".to_string()), "{h:?}");
        assert!(h.contains(&"Quist, Margaret".to_string()), "{h:?}");
    }

    #[test]
    fn a_numeral_suffix_after_a_full_name_is_no_abbreviation() {
        let h = headings_of(&["As for Quist, Tora Velmora Quist III and her sister found she played their mother well."]);
        assert!(h.contains(&"Quist, Tora Velmora, III".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_met_with_a_legal_suffix_is_a_firm_s() {
        let h = headings_of(&[
            "Tora Quist has added 80 jobs at Quist Mechanical Inc. since July, Quist said.",
            "Quist Mechanical employed 750 workers in 2009.",
        ]);
        assert!(h.contains(&"Quist Mechanical".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.starts_with("Mechanical")), "{h:?}");
    }

    #[test]
    fn a_name_taken_up_by_and_its_is_no_person_s() {
        let h = headings_of(&[
            "Suppliers like Anna Velmund and its optical systems hold a monopoly on the parts.",
            "The lenses came from Anna Velmund in 2019.",
            "Tora Quist and her sister visited Velmora.",
        ]);
        assert!(h.contains(&"Anna Velmund".to_string()), "{h:?}");
        assert!(!h.contains(&"Velmund, Anna".to_string()), "{h:?}");
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
    }

    #[test]
    fn a_house_named_after_a_given_name_is_no_person_s() {
        let h = headings_of(&[
            "Founded by Tora Quist, Casa de Anna honours her grandmother Anna in every dish.",
            "Casa de Anna opened in Velmora in 2024.",
            "The theorem of Pierre de Fermat was proved in Velmora.",
        ]);
        assert!(h.contains(&"Casa de Anna".to_string()), "{h:?}");
        assert!(!h.contains(&"Anna, Casa de".to_string()), "{h:?}");
        assert!(h.contains(&"Fermat, Pierre de".to_string()), "{h:?}");
    }

    #[test]
    fn an_interjection_before_a_comma_is_no_name() {
        let h = headings_of(&[
            "TQ Oh, God, I'm emotional about that, she said to Ada Lind on Monday.",
            "AL Sorry, Tora! You never told me that about Velmora.",
            "Then Oh Se-ra arrived in Velmora.",
        ]);
        assert!(!h.iter().any(|x| x == "Oh" || x == "Sorry"), "{h:?}");
    }

    #[test]
    fn a_police_superintendent_in_full_or_shortened_is_a_title() {
        let h = headings_of(&[
            "At the scene, press officer Superintendent Tora Quistvel said that officers came.",
            "Supt Quistvel said the man was at a stall in Velmora.",
        ]);
        assert!(h.contains(&"Quistvel, Tora".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Superintendent") || x.contains("Supt")), "{h:?}");
    }

    #[test]
    fn a_host_s_name_before_the_show_is_a_person_s() {
        let h = headings_of(&[
            "On the Dan Velmar podcast, she spoke of Velmora.",
            "Velmar asked her, and she told Velmar everything.",
        ]);
        assert!(h.contains(&"Velmar, Dan".to_string()), "{h:?}");
        assert!(!h.contains(&"Dan Velmar".to_string()), "{h:?}");
    }

    #[test]
    fn a_given_name_shaped_like_an_adjective_opens_a_person_s_name() {
        let h = headings_of(&[
            "Tyrese Quistam was able to score in the second quarter.",
            "It was a good sign, as Quistam has not been explosive in Velmora.",
            "African Velmorans met the Velmorans there.",
        ]);
        assert!(h.contains(&"Quistam, Tyrese".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Velmorans,")), "{h:?}");
    }

    #[test]
    fn and_between_two_words_paired_inside_names_joins_one_name() {
        let h = headings_of(&[
            "Velmoran Air and Sea Operations found the cargo, said Tora Quist, director of the Caribbean Air and Sea Branch.",
            "Air and Sea Operations guards the coast of Velmora.",
            "Igor Quistov and Gennady Velmov met. Later Igor Quistov and Gennady Velmov left.",
        ]);
        assert!(h.contains(&"Caribbean Air and Sea Branch".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x == "Caribbean Air" || x == "Sea Branch"), "{h:?}");
        assert!(!h.iter().any(|x| x.contains(" and Gennady")), "{h:?}");
    }

    #[test]
    fn an_illness_after_its_eponym_is_one_term() {
        let h = headings_of(&[
            "In 2017 she was diagnosed with Velmora disease and wrote about it.",
            "She said Velmora disease kept her in bed, since Velmora disease is a crisis.",
        ]);
        assert!(h.contains(&"Velmora disease".to_string()), "{h:?}");
        assert!(!h.contains(&"Velmora".to_string()), "{h:?}");
    }

    #[test]
    fn categories_after_honours_in_the_plural_are_no_part_of_their_name() {
        let h = headings_of(&[
            "The song won her two Quistam Awards for Best Female Vocal Performance and Record of the Year.",
            "She later sang at the Quistam Awards in Velmora.",
        ]);
        assert!(h.contains(&"Quistam Awards".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Awards for")), "{h:?}");
    }

    #[test]
    fn a_gerund_opening_a_clause_is_no_part_of_the_name_after_it() {
        let h = headings_of(&[
            "Speaking Velmoran, she discussed her own past.",
            "Letting Tora Quist off the hook, the judge left Velmora.",
            "Quist said nothing.",
        ]);
        assert!(!h.iter().any(|x| x.starts_with("Speaking") || x.starts_with("Letting")), "{h:?}");
        assert!(h.contains(&"Quist, Tora".to_string()), "{h:?}");
    }

    #[test]
    fn a_member_s_label_from_a_team_s_plural_is_no_part_of_a_name() {
        let h = headings_of(&[
            "The Velmorers beat the Quistams. The Velmorers won again.",
            "He scored against former Velmorer Jrue Tallvik, who said little.",
            "The European Economic Community grew. Europeans were glad.",
        ]);
        assert!(h.contains(&"Tallvik, Jrue".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Velmorer Jrue")), "{h:?}");
        assert!(h.contains(&"European Economic Community".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_of_words_written_lowercase_elsewhere_goes_on_across_of() {
        let h = headings_of(&[
            "She has a star on the Velmora Walk of Fame and two awards.",
            "She could not walk out her door, such was her fame in Velmora.",
        ]);
        assert!(h.contains(&"Velmora Walk of Fame".to_string()), "{h:?}");
        assert!(!h.contains(&"Velmora Walk".to_string()), "{h:?}");
    }

    #[test]
    fn a_short_word_in_brackets_after_a_title_qualifies_it() {
        let h = headings_of(&[
            "The inquiry was led by Superintendent (Ag.) Mr Tora Quistvel in Velmora.",
            "Quistvel said it would end soon.",
        ]);
        assert!(!h.iter().any(|x| x == "Ag"), "{h:?}");
        assert!(h.contains(&"Quistvel, Tora".to_string()), "{h:?}");
    }

    #[test]
    fn a_body_s_name_before_a_given_name_and_a_surname_are_two_names() {
        let h = headings_of(&[
            "Before the vote, Minister in the Ministry of Finance Brian Quistam said the issue was simple.",
            "Quistam added that the Velmora dollar would hold.",
        ]);
        assert!(h.contains(&"Ministry of Finance".to_string()), "{h:?}");
        assert!(h.contains(&"Quistam, Brian".to_string()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("Finance Brian")), "{h:?}");
    }

    #[test]
    fn a_branch_is_a_body_s_noun() {
        let h = headings_of(&[
            "Velmoran Air and Sea Operations found the cargo, said Tora Quist, director of the Caribbean Air and Sea Branch.",
            "Air and Sea Operations guards the coast of Velmora.",
        ]);
        assert!(h.contains(&"Caribbean Air and Sea Branch".to_string()), "{h:?}");
    }

    #[test]
    fn a_verb_in_the_past_after_a_surname_is_no_noun_it_modifies() {
        let h = headings_of(&[
            "We mark the anniversary of Adolf Quistam’s failed coup in Velmora, in which the leader fled.",
            "Quistam suffered a dislocated shoulder and hid out with a friend.",
            "A century after Quistam grabbed power, another ruler came.",
        ]);
        assert!(h.contains(&"Quistam, Adolf".to_string()), "{h:?}");
        assert!(!h.contains(&"Adolf Quistam".to_string()), "{h:?}");
    }

    #[test]
    fn a_name_set_off_in_a_title_case_list_item_is_a_person() {
        use crate::model::{Article, Block, Inline};
        let item = |t: &str| vec![Inline::Text(t.into())];
        let blocks = vec![
            Block::Paragraph { id: "ch01-p1".into(), content: item("The school won three prizes. Here are the winners:") },
            Block::List {
                id: "ch01-p2".into(),
                ordered: false,
                start: 1,
                items: vec![
                    item("Mary Quist \u{2013} Velmora Nights Festival (Instructor: John Brenn)"),
                    item("Susan Vell \u{2013} Happy Brand System (Instructor: Ada Marsh)"),
                ],
            },
            Block::Paragraph { id: "ch01-p3".into(), content: item("The jury praised them. \u{a9} Tora Lind") },
        ];
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks, footnotes: Vec::new(), report: Default::default() };
        let h: Vec<String> = propose(&super::super::scan::scan_article(0, &article, true)).into_iter().map(|p| p.heading).collect();
        for name in ["Quist, Mary", "Brenn, John", "Vell, Susan", "Marsh, Ada"] {
            assert!(h.contains(&name.to_string()), "{name}: {h:?}");
        }
        // The rest of the line stays a headline's words.
        assert!(!h.iter().any(|h| h.contains("Nights") || h.contains("Brand") || h == "Instructor"), "{h:?}");
    }

    #[test]
    fn a_given_name_in_ian_taken_up_by_who_opens_a_person_s_name() {
        let h = headings_of(&["They met, ushered in by Sebastian Quorrel, who drifted through the rooms."]);
        assert!(h.contains(&"Quorrel, Sebastian".to_string()), "{h:?}");
        // Without the "who", an adjective in "-ian" still opens no person's name; nor does an
        // adjective no census knows as a given name before "who": a band's.
        let h = headings_of(&["They met in the Velmorian Quorrel Hall and drifted through the rooms."]);
        assert!(!h.iter().any(|h| h.contains(", Velmorian")), "{h:?}");
        let h = headings_of(&["The aging rockers of Spectral Quorrel, who reunite for one show, played."]);
        assert!(!h.iter().any(|h| h.contains(", Spectral")), "{h:?}");
    }

    #[test]
    fn a_group_a_panel_or_a_coalition_on_a_subject_is_one_body() {
        let h = headings_of(&[
            "Costs rose, said Ada Quist, chief officer of the Velmora Group on Health, a coalition of employers.",
            "The Tamsa Panel on Coastal Erosion met too. The Velmora Group on Monday said no.",
        ]);
        assert!(h.contains(&"Velmora Group on Health".to_string()), "{h:?}");
        assert!(h.contains(&"Tamsa Panel on Coastal Erosion".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Health" || h.contains("on Monday")), "{h:?}");
    }

    #[test]
    fn a_given_name_alone_acting_with_his_opens_the_one_name_it_opens() {
        let h = headings_of(&["Neil Quorrevan's Velmora carries weight. It was drawn whilst Neil navigated his father's illness."]);
        assert!(h.contains(&"Quorrevan, Neil".to_string()), "{h:?}");
    }

    #[test]
    fn a_publishing_house_is_no_person() {
        let h = headings_of(&[
            "The memoir was released by Tovik Publishing on Monday. Tovik is an imprint of Velmora Books.",
            "Tovik Publishing said the book would sell. Tovik Publishing has no comment.",
        ]);
        assert!(!h.iter().any(|h| h.starts_with("Publishing,")), "{h:?}");
        assert!(h.contains(&"Tovik Publishing".to_string()), "{h:?}");
    }

    #[test]
    fn a_firm_s_brothers_abbreviated_stay_in_its_name() {
        let h = headings_of(&["Executives from Velmora, Quorran Bros. Discovery and Tovik had a hand in it. Quorran Bros. Discovery said so."]);
        assert!(h.contains(&"Quorran Bros. Discovery".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Quorran Bros" || h == "Quorran Bros."), "{h:?}");
        let h = headings_of(&["It left Quorran Bros. scrambling for a plan. Tovik Water Co. makes heaters in Ohio, and Tovik Water Co. says so."]);
        assert!(h.contains(&"Quorran Bros.".to_string()) && h.contains(&"Tovik Water Co.".to_string()), "{h:?}");
    }

    #[test]
    fn a_surname_after_mr_makes_the_full_name_a_person_s() {
        let h = headings_of(&[
            "Tekran Vorsaf has been accused of lying to the Velmoran Parliament.",
            "Last week, Mr Vorsaf told members the inquiry only asked in September. Mr Vorsaf said so again.",
        ]);
        assert!(h.contains(&"Vorsaf, Tekran".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Vorsaf" || h == "Tekran Vorsaf"), "{h:?}");
    }

    #[test]
    fn a_role_set_off_after_another_says_the_name_is_a_person_s() {
        let h = headings_of(&["Tovarin Quell, another senior adviser on the 2020 run, called her an honest broker."]);
        assert!(h.contains(&"Quell, Tovarin".to_string()), "{h:?}");
    }

    #[test]
    fn a_guild_is_a_body_whose_name_goes_on_over_of() {
        let h = headings_of(&["The Painters Guild of America applauded Wednesday's deal. The painters walked out in May.", "The Painters Guild of America said so in a statement."]);
        assert!(h.contains(&"Painters Guild of America".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Painters Guild" || h == "America"), "{h:?}");
    }

    #[test]
    fn a_compound_surname_two_persons_share_is_each_one_s_and_no_heading_alone() {
        let h = headings_of(&[
            "His campaign manager will be Ada Velasco Marquina, a deputy manager before. Her mother, Lina Velasco Marquina, was a vice president.",
            "Velasco Marquina served as an aide. Later Velasco Marquina joined the campaign, and Velasco Marquina said so.",
        ]);
        assert!(h.contains(&"Velasco Marquina, Ada".to_string()) && h.contains(&"Velasco Marquina, Lina".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h == "Marquina, Velasco"), "{h:?}");
    }

    #[test]
    fn a_currency_s_letters_before_a_figure_are_a_sum_no_name() {
        let h = headings_of(&[
            "The Velmora charter cost RM6.162 million, Tovan Rashid said, of which the firms paid RM4.5 million.",
            "Deposit RM100 and get a bonus. It saved nearly RM900 on each trip.",
        ]);
        assert!(h.iter().any(|h| h.contains("Rashid")), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("RM")), "{h:?}");
    }

    #[test]
    fn a_malaysian_style_of_honour_is_no_part_of_the_name() {
        let h = headings_of(&[
            "Prime Minister Datuk Seri Tovan Rashid flew to Velmora, and Datin Ada Quistam went too.",
            "Datuk Seri Tovan Rashid said the trip paid for itself.",
        ]);
        assert!(h.iter().any(|h| h.contains("Rashid")), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("Datuk") || h.contains("Seri") || h.contains("Datin")), "{h:?}");
    }

    #[test]
    fn a_council_s_leader_and_a_place_s_mayor_give_the_body_and_the_place() {
        let h = headings_of(&[
            "The Leader of Tarnby Borough Council, Ada Quist, spoke first.",
            "Bo Ekvall, who is Mayor of Greater Velmora, spoke next.",
        ]);
        assert!(h.contains(&"Tarnby Borough Council".to_string()), "{h:?}");
        assert!(h.contains(&"Greater Velmora".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.starts_with("Leader") || h.starts_with("Mayor")), "{h:?}");
    }

    #[test]
    fn an_order_s_letters_after_a_name_are_an_honour() {
        let h = headings_of(&["The Leader of Tarnby Council, Councillor Ada Quistor MBE, spoke.", "Quistor said so."]);
        assert!(h.contains(&"Quistor, Ada".to_string()), "{h:?}");
        assert!(!h.iter().any(|h| h.contains("MBE")), "{h:?}");
    }

    #[test]
    fn two_places_and_a_body_they_share_are_one_name() {
        let h = headings_of(&["Tarnshire and Velby Police confirmed it.", "A van of Tarnshire and Velby Police was hit."]);
        assert!(h.contains(&"Tarnshire and Velby Police".to_string()), "{h:?}");
        assert!(!h.contains(&"Velby Police".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_owning_after_an_indefinite_article_is_a_shop_s_name() {
        let h = headings_of(&["Crowds stood outside a Velmo's in Tarnby.", "Later they were outside a Velmo's restaurant."]);
        assert!(h.contains(&"Velmo's".to_string()), "{h:?}");
    }

    #[test]
    fn a_word_alone_ending_as_an_adjective_in_al_may_be_a_country() {
        let h = headings_of(&[
            "The founders were Norway, Tarnegal and Spain.",
            "Pizza Man Making Special Delivery To Velmora",
            "The Special Editions of the films came out, in Central and South America too.",
        ]);
        assert!(h.contains(&"Tarnegal".to_string()), "{h:?}");
        assert!(!h.contains(&"Special".to_string()) && !h.contains(&"Central".to_string()), "{h:?}");
    }
}
