//! Terms the text names as such: "a small molecule called succinate", "receptors (collectively
//! called chemosensory receptors)", "the part of the immune response known as inflammation".
//! A lowercase term of one article is one an indexer makes when the text introduces it so and
//! uses it again; capitalised names are found by their capitals (see [`super::propose`]).

use std::collections::{HashMap, HashSet};

use super::scan::Token;
use super::words;

/// The words of a named term at most.
const TERM_MAX_WORDS: usize = 3;
/// A one-word term this long at least ("succinate"; not "back" of "called back").
const SINGLE_MIN_CHARS: usize = 5;
/// The running text uses the term this often, its naming included...
const TERM_MIN_COUNT: usize = 3;
/// ...or this often when its naming quotes it ("HP is called “feather duvet lung.”").
const QUOTED_TERM_MIN_COUNT: usize = 2;

/// Subjects that call someone something ("they called him Mike").
const PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they", "who", "everyone", "people"];

/// Where each word of the text stands, by the stem [`same`] compares: a term's occurrences
/// are counted at its first word's places, not by a scan of the whole text for each term
/// (terms are many in a long book: that was a square of its size).
pub struct Places<'t> {
    by_stem: HashMap<&'t str, Vec<usize>>,
}

impl<'t> Places<'t> {
    pub fn new(tokens: &'t [Token]) -> Places<'t> {
        let mut by_stem: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, t) in tokens.iter().enumerate() {
            by_stem.entry(key_stem(t)).or_default().push(i);
        }
        Places { by_stem }
    }

    /// The places of the words with `word`'s stem, in text order.
    fn of(&self, word: &str) -> &[usize] {
        self.by_stem.get(stem(word).as_str()).map_or(&[], Vec::as_slice)
    }

    /// How often the words of `term` stand together in the running text, in either number
    /// and case.
    fn occurrences(&self, tokens: &[Token], term: &[String]) -> usize {
        let stems: Vec<String> = term.iter().map(|w| stem(w)).collect();
        self.of(&term[0])
            .iter()
            .filter(|&&s| {
                tokens.get(s..s + term.len()).is_some_and(|run| {
                    run.iter().all(|t| t.running)
                        && run.iter().skip(1).all(|t| t.joined && t.node == run[0].node)
                        && run.iter().zip(&stems).all(|(t, w)| key_stem(t) == w)
                })
            })
            .count()
    }
}

/// A term the text names, and how often it uses it.
pub struct Named {
    pub words: Vec<String>,
    pub count: usize,
}

/// The lowercase terms the running text names after "called", "termed", "dubbed", "known
/// as" or "so-called", each used at least three times (twice when quoted at its naming), in
/// order of first naming.
pub fn named_terms(tokens: &[Token], places: &Places) -> Vec<Named> {
    let mut terms: Vec<Named> = Vec::new();
    for i in 0..tokens.len() {
        let Some((words, quoted)) = term_after(tokens, i) else { continue };
        if terms.iter().any(|t| same(&t.words, &words)) {
            continue;
        }
        let count = places.occurrences(tokens, &words);
        if count >= if quoted { QUOTED_TERM_MIN_COUNT } else { TERM_MIN_COUNT } {
            terms.push(Named { words, count });
        }
    }
    let kinds = kinds_of(tokens, places, &terms);
    terms.extend(kinds);
    terms
}

/// A list of single lowercase words holds this many at least ("cocaine, heroin and
/// methamphetamine").
const LIST_MIN_MEMBERS: usize = 3;
/// A word is a kind the text names when it stands in this many such lists with another...
const LISTED_MIN_LISTS: usize = 2;
/// ...and the text uses it this often.
const LISTED_KIND_MIN_COUNT: usize = 2;

/// The kinds the text lists again and again ("drug seizures — cocaine, heroin, marijuana,
/// methamphetamine and fentanyl", then "for cocaine, heroin and methamphetamine"): two
/// lowercase words listed together twice or more among single words, each used twice at
/// least, and the other members of a list that two such words share, used three times. A word
/// of one list alone ("showers, clothes and space") is no term. Two lists of one article, or
/// three of the book: two articles listing "arms, legs and feet" once each share common words,
/// no subject; a book's chapters that list "workers, soldiers and peasants" again and again
/// do share one.
/// A sentence that says its list twice ("more posts for coders, testers and drafters than
/// there are coders, testers and drafters") lists it once: that is rhetoric, no subject.
/// Lists are short: counting the pairs of each is no square of the book. `article` gives the
/// article of a token's text node.
pub fn listed_kinds(tokens: &[Token], places: &Places, article: &dyn Fn(usize) -> usize) -> Vec<Named> {
    let lists = without_repeats_in_a_sentence(tokens, word_lists(tokens));
    let article_of = |list: &[usize]| article(tokens[list[0]].node);
    // How often each two words stand in one list of an article: two lists may share one word
    // by chance ("swimming, surfing and sailing", "netball, cricket and sailing"), not two.
    let mut together: HashMap<(usize, &str, &str), usize> = HashMap::new();
    let mut in_book: HashMap<(&str, &str), usize> = HashMap::new();
    for list in &lists {
        let at = article_of(list);
        for (n, &a) in list.iter().enumerate() {
            for &b in &list[n + 1..] {
                let (a, b) = (tokens[a].key.as_str(), tokens[b].key.as_str());
                *together.entry((at, a.min(b), a.max(b))).or_default() += 1;
                *in_book.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let partnered: HashSet<(usize, &str)> =
        together.iter().filter(|(_, n)| **n >= LISTED_MIN_LISTS).flat_map(|((at, a, b), _)| [(*at, *a), (*at, *b)]).collect();
    let book_partnered: HashSet<&str> = in_book.iter().filter(|(_, n)| **n > LISTED_MIN_LISTS).flat_map(|((a, b), _)| [*a, *b]).collect();
    let repeated = |at: usize, k: &usize| {
        let key = tokens[*k].key.as_str();
        partnered.contains(&(at, key)) || book_partnered.contains(key)
    };
    let mut kinds: Vec<Named> = Vec::new();
    for list in lists.iter().filter(|l| l.iter().filter(|k| repeated(article_of(l), k)).count() >= 2) {
        let at = article_of(list);
        for &k in list {
            let words = vec![tokens[k].text.clone()];
            if kinds.iter().any(|t| same(&t.words, &words)) {
                continue;
            }
            // A word listed with these once must stand out of lists too ("marijuana" of
            // "cocaine, heroin, marijuana and methamphetamine").
            let least = if repeated(at, &k) { LISTED_KIND_MIN_COUNT } else { TERM_MIN_COUNT };
            let count = places.occurrences(tokens, &words);
            if count >= least {
                kinds.push(Named { words, count });
            }
        }
    }
    kinds
}

/// The lists less those that an earlier list of the same sentence (one text node, no
/// sentence opening between them) holds word for word.
fn without_repeats_in_a_sentence(tokens: &[Token], lists: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let keys = |l: &[usize]| {
        let mut k: Vec<&str> = l.iter().map(|&i| tokens[i].key.as_str()).collect();
        k.sort_unstable();
        k
    };
    let one_sentence = |a: &[usize], b: &[usize]| {
        tokens[a[0]].node == tokens[b[0]].node && (a[a.len() - 1] + 1..=b[0]).all(|k| !tokens[k].sentence_start)
    };
    let repeats: Vec<bool> = lists
        .iter()
        .enumerate()
        .map(|(n, l)| lists[..n].iter().rev().take_while(|e| tokens[e[0]].node == tokens[l[0]].node).any(|e| one_sentence(e, l) && keys(e) == keys(l)))
        .collect();
    lists.into_iter().zip(repeats).filter(|(_, r)| !r).map(|(l, _)| l).collect()
}

/// The lists of single lowercase words of the running text ("cocaine, heroin, and
/// methamphetamine"), each as the indices of its words: joined by commas, the last by "and"
/// or "or", one text node, opened and closed by no other lowercase word.
fn word_lists(tokens: &[Token]) -> Vec<Vec<usize>> {
    let member = |k: usize| {
        tokens.get(k).is_some_and(|t| t.running && lowercase(t) && t.text.chars().count() >= 4 && !words::is_stop(&t.key))
    };
    let mut lists = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let opens = member(i) && (i == 0 || !tokens[i].joined || !member(i - 1) || tokens[i].comma_before);
        if !opens {
            i += 1;
            continue;
        }
        let node = tokens[i].node;
        let mut list = vec![i];
        let mut k = i + 1;
        loop {
            let same_node = |k: usize| tokens.get(k).is_some_and(|t| t.node == node);
            if same_node(k) && tokens[k].comma_before && member(k) {
                list.push(k);
                k += 1;
            } else if same_node(k) && ["and", "or"].contains(&tokens[k].key.as_str()) && same_node(k + 1) && tokens[k + 1].joined && member(k + 1) {
                list.push(k + 1);
                k += 2;
                break;
            } else {
                list.clear();
                break;
            }
        }
        // The list ends with its last word ("… and methamphetamine, we used").
        let closed = tokens.get(k).is_none_or(|t| t.node != node || !t.joined || t.comma_before || !member(k));
        if closed && list.len() >= LIST_MIN_MEMBERS {
            lists.push(list);
            i = k;
        } else {
            i += 1;
        }
    }
    lists
}

/// The other kinds of a named term's noun the text uses as often ("taste receptors",
/// "olfactory receptors" beside "collectively called chemosensory receptors"): a lowercase
/// word of four letters or more, no adverb, before the same noun.
fn kinds_of(tokens: &[Token], places: &Places, terms: &[Named]) -> Vec<Named> {
    let mut kinds: Vec<Named> = Vec::new();
    for term in terms.iter().filter(|t| t.words.len() == 2) {
        // The places of the term's noun, each with the word before it.
        for &n in places.of(&term.words[1]).iter().filter(|&&n| n > 0) {
            let (modifier, noun) = (&tokens[n - 1], &tokens[n]);
            let kind = noun.joined
                && modifier.running
                && noun.node == modifier.node
                && lowercase(modifier)
                && modifier.text.chars().count() >= 4
                && !modifier.key.ends_with("ly")
                && !words::is_stop(&modifier.key);
            let words = vec![modifier.text.clone(), noun.text.clone()];
            if !kind || same(&words, &term.words) || terms.iter().chain(&kinds).any(|t| same(&t.words, &words)) {
                continue;
            }
            let count = places.occurrences(tokens, &words);
            if count >= TERM_MIN_COUNT {
                kinds.push(Named { words, count });
            }
        }
    }
    kinds
}

/// Whether the token at `i` names a term ("called", "known as", "so-called"): the words of
/// the term after it, if it is one. After "called" a noun or an adverb comes first ("a
/// molecule called", "collectively called", "one called"), not a pronoun ("he called them").
/// The term may be quoted whole ("is called “feather duvet lung.”"): then it says so.
fn term_after(tokens: &[Token], i: usize) -> Option<(Vec<String>, bool)> {
    let t = &tokens[i];
    let lower_word = |k: usize| {
        tokens.get(k).is_some_and(|p| p.node == t.node && lowercase(p) && !PRONOUNS.contains(&p.key.as_str()))
    };
    let cue = match t.key.as_str() {
        "called" | "termed" | "dubbed" => t.joined && i > 0 && lower_word(i - 1),
        "as" => t.joined && i > 1 && tokens[i - 1].key == "known" && tokens[i - 1].joined && lower_word(i - 2),
        "so-called" => true,
        _ => false,
    };
    if !cue || !t.running {
        return None;
    }
    let mut k = i + 1;
    let joined = |k: usize| tokens.get(k).is_some_and(|n| n.node == t.node && n.joined && n.quote_before.is_none());
    if joined(k) && ["a", "an", "the"].contains(&tokens[k].key.as_str()) {
        k += 1;
    }
    let from = k;
    let quoted = tokens.get(k).is_some_and(|n| n.node == t.node && matches!(n.quote_before, Some('“' | '‘')));
    let inside = |k: usize| joined(k) || (quoted && k == from);
    while k < from + TERM_MAX_WORDS && inside(k) && lowercase(&tokens[k]) && !words::is_stop(&tokens[k].key) && !tokens[k].comma_before {
        k += 1;
    }
    // A quoted term ends at its closing mark.
    let closed = !quoted || tokens.get(k).is_none_or(|n| matches!(n.quote_before, Some('”' | '’')));
    // The term ends where the text goes on with a stop word, punctuation or a new sentence;
    // not before a number or a name ("so-called type 2 immune responses").
    let ends = !joined(k) || tokens[k].comma_before || words::is_stop(&tokens[k].key);
    let term: Vec<String> = tokens[from..k].iter().map(|t| t.text.clone()).collect();
    let long_enough = term.len() > 1 || term.first().is_some_and(|w| w.chars().count() >= SINGLE_MIN_CHARS);
    (ends && closed && !term.is_empty() && long_enough && term.iter().all(|w| w.chars().count() >= 3)).then_some((term, quoted))
}

/// A hyphened noun is a term when the text uses it this often, singular and plural...
const HYPHENED_MIN_COUNT: usize = 3;
/// ...unless its first part is a prefix, no word ("self-doubts", "non-profits").
const BOUND_PREFIXES: &[&str] = &["pre", "non", "self", "anti", "sub", "post", "semi", "mid", "multi", "over", "under", "out", "well", "half", "all", "inter", "super"];

/// Lowercase nouns of two words joined by a hyphen that the text uses in the singular and
/// the plural, three times at least ("a triple-double", "86 triple-doubles"): a plural shows
/// a noun, no compound adjective ("long-term"). In order of first use, singular.
pub fn hyphened_nouns(tokens: &[Token]) -> Vec<Named> {
    // By singular: (first use, count, met in the singular, met in the plural).
    let mut seen: HashMap<String, (usize, usize, bool, bool)> = HashMap::new();
    for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.running && lowercase(t)) {
        let parts: Vec<&str> = t.text.split('-').collect();
        let words = parts.len() == 2 && parts.iter().all(|p| p.chars().count() >= 3) && !BOUND_PREFIXES.contains(&parts[0]);
        if !words {
            continue;
        }
        let singular = t.text.strip_suffix('s').unwrap_or(&t.text);
        let e = seen.entry(singular.to_string()).or_insert((i, 0, false, false));
        e.1 += 1;
        e.2 |= singular == t.text;
        e.3 |= singular != t.text;
    }
    let mut nouns: Vec<(usize, String, usize)> = seen
        .into_iter()
        .filter(|(_, (_, count, one, many))| *one && *many && *count >= HYPHENED_MIN_COUNT)
        .map(|(word, (first, count, _, _))| (first, word, count))
        .collect();
    nouns.sort_unstable();
    nouns.into_iter().map(|(_, word, count)| Named { words: vec![word], count }).collect()
}

/// An article heading this many sections at least with one lowercase word each...
const HEADED_NAMES_MIN: usize = 3;

/// ...names a thing in each of those words ("## fasd", "## recentf", "## bookmarks.el" in a
/// note on shell tools): a tool, a package or a command under its name as its makers spell
/// it, lowercase (a lowercase heading of several words is a phrase, "## what I use now").
/// Not a stop word. `block` gives a text node's article and block. In order of first heading,
/// each counted with its uses in the running text; one pass over the tokens.
pub fn headed_names(tokens: &[Token], block: &dyn Fn(usize) -> (usize, usize)) -> Vec<Named> {
    // (token, article) of each heading made of one such word alone.
    let mut lone: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let at = block(tokens[i].node);
        let end = i + tokens[i..].iter().take_while(|t| block(t.node) == at).count();
        let t = &tokens[i];
        if end == i + 1 && t.heading && name_shaped(&t.text) && !words::is_stop(&t.key) {
            lone.push((i, at.0));
        }
        i = end;
    }
    let mut per_article: HashMap<usize, usize> = HashMap::new();
    for (_, a) in &lone {
        *per_article.entry(*a).or_default() += 1;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &(k, _) in lone.iter().filter(|(_, a)| per_article[a] >= HEADED_NAMES_MIN) {
        counts.entry(tokens[k].key.as_str()).or_default();
    }
    for t in tokens.iter().filter(|t| t.heading || (t.running && lowercase(t))) {
        if let Some(n) = counts.get_mut(t.key.as_str()) {
            *n += 1;
        }
    }
    let mut seen = HashSet::new();
    lone.into_iter()
        .filter_map(|(k, _)| counts.get(tokens[k].key.as_str()).map(|&n| (k, n)))
        .filter(|(k, _)| seen.insert(tokens[*k].key.as_str()))
        .map(|(k, count)| Named { words: vec![tokens[k].text.clone()], count })
        .collect()
}

/// A word as a program's name is written: lowercase letters, with digits, dots, hyphens or
/// underscores inside ("fzf", "bookmarks.el", "go-sqlmock").
fn name_shaped(word: &str) -> bool {
    word.starts_with(|c: char| c.is_lowercase())
        && word.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
        && !word.ends_with(['.', '-', '_'])
}

/// A phrase of an article's title is a subject of it when its running text uses it this often,
/// in lowercase...
const TITLE_PHRASE_MIN_COUNT: usize = 3;
/// ...and its noun, that often, stands after the phrase's first word half the times at least:
/// "fish cakes" of a title on fish cakes, not "tutoring programs" of one on tutoring, whose
/// text speaks of programs of every kind.
const TITLE_PHRASE_MIN_SHARE: usize = 2;

/// A phrase of a title by its article and its words' stems.
type TitlePair<'t> = (usize, &'t str, &'t str);

/// Two lowercase words (the first of three letters or more, the noun of four) that stand
/// together in an article's title, no stop word among them and no punctuation between, and
/// that its running text uses together in lowercase, its noun mostly so, and mostly beside no
/// one word ("Game Streaming Is Here" over a text on "game streaming"): the subject of the
/// article. Of two such phrases
/// sharing a word ("Clinical Alarm Management Solution"), the more used. `titles` holds each
/// article's title, `article` gives the article of a token's text node. In order of articles.
pub fn title_phrases(tokens: &[Token], titles: &[String], article: &dyn Fn(usize) -> usize) -> Vec<Named> {
    let pairs: Vec<Vec<(String, String)>> = titles.iter().map(|t| title_pairs(t)).collect();
    let wanted: HashSet<TitlePair> =
        pairs.iter().enumerate().flat_map(|(a, ps)| ps.iter().map(move |(x, y)| (a, stem_of(x), stem_of(y)))).collect();
    let nouns: HashSet<(usize, &str)> = wanted.iter().map(|(a, _, y)| (*a, *y)).collect();
    // (article, first stem, noun stem) -> (count, first place); (article, noun stem) -> count.
    let mut together: HashMap<TitlePair, (usize, usize)> = HashMap::new();
    let mut alone: HashMap<(usize, &str), usize> = HashMap::new();
    // How often a word stands right before (false) or after (true) the phrase, and the most
    // any does.
    let mut beside: HashMap<(TitlePair, bool, &str), usize> = HashMap::new();
    let mut most_beside: HashMap<TitlePair, usize> = HashMap::new();
    for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.running && lowercase(t)) {
        let at = article(t.node);
        if nouns.contains(&(at, key_stem(t))) {
            *alone.entry((at, key_stem(t))).or_default() += 1;
        }
        let Some(next) = tokens.get(i + 1).filter(|n| n.joined && n.node == t.node && n.running && lowercase(n) && !t.possessive) else {
            continue;
        };
        let key = (at, key_stem(t), key_stem(next));
        if wanted.contains(&key) {
            together.entry(key).or_insert((0, i)).0 += 1;
            // A verb of saying before it is no part of a term ("said homestead gardening").
            let word = |k: usize| {
                tokens.get(k).filter(|w| w.node == t.node && w.running && lowercase(w) && !words::is_stop(&w.key) && !words::is_speech_verb(&w.key))
            };
            let before = i.checked_sub(1).and_then(word).filter(|_| t.joined);
            let after = word(i + 2).filter(|w| w.joined);
            for (side, w) in [(false, before), (true, after)] {
                if let Some(w) = w {
                    let n = beside.entry((key, side, w.key.as_str())).or_default();
                    *n += 1;
                    let most = most_beside.entry(key).or_default();
                    *most = (*most).max(*n);
                }
            }
        }
    }
    let mut phrases = Vec::new();
    for (at, ps) in pairs.iter().enumerate() {
        let used = |(x, y): &(String, String)| {
            let key = (at, stem_of(x), stem_of(y));
            let (count, first) = together.get(&key).copied().unwrap_or_default();
            let noun = alone.get(&(at, stem_of(y))).copied().unwrap_or_default();
            // Mostly beside one word, it is part of a longer term ("cannabis use disorder").
            let part = most_beside.get(&key).is_some_and(|n| n * TITLE_PHRASE_MIN_SHARE >= count);
            (count >= TITLE_PHRASE_MIN_COUNT && count * TITLE_PHRASE_MIN_SHARE >= noun && !part).then_some((count, first))
        };
        let found: Vec<Option<(usize, usize)>> = ps.iter().map(used).collect();
        for (n, f) in found.iter().enumerate() {
            let Some((count, first)) = *f else { continue };
            // A neighbour sharing a word and used more often is the subject.
            let overlapping = |m: usize| ps[m].0 == ps[n].1 || ps[m].1 == ps[n].0;
            let beaten = (0..ps.len()).any(|m| m != n && overlapping(m) && found[m].is_some_and(|(c, _)| c > count));
            if !beaten {
                phrases.push(Named { words: vec![tokens[first].text.clone(), tokens[first + 1].text.clone()], count });
            }
        }
    }
    phrases
}

/// The pairs of words of a title that may name its subject, lowercased: no stop word, no
/// punctuation between, the first of three letters or more, the second of four.
fn title_pairs(title: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    // The last word, unless punctuation closed it.
    let mut last: Option<String> = None;
    for raw in title.split_whitespace() {
        let word = raw.trim_start_matches(['‘', '“', '\'', '"', '(']);
        let bare = word.trim_end_matches(['’', '”', '\'', '"', ')', ',', ':', ';', '.', '!', '?']);
        let key = bare.to_lowercase();
        let fit = !bare.is_empty() && bare.chars().all(|c| c.is_alphabetic() || c == '-') && !words::is_stop(&key);
        // A quotation or a bracket opening before the word parts it from the one before.
        let opens = word.len() < raw.len();
        if let Some(prev) = last.take().filter(|p| fit && !opens && p.chars().count() >= 3 && key.chars().count() >= 4) {
            pairs.push((prev, key.clone()));
        }
        last = (fit && bare.len() == word.len()).then_some(key);
    }
    pairs
}

/// A word's stem as [`key_stem`] cuts a token's.
fn stem_of(word: &str) -> &str {
    word.trim_end_matches('s')
}

/// A word in lowercase letters (a hyphen inside: "protein-coupled").
fn lowercase(t: &Token) -> bool {
    t.text.chars().all(|c| c.is_lowercase() || c == '-') && t.text.chars().next().is_some_and(char::is_lowercase)
}

/// The same term, singular or plural: "tuft cell" and "tuft cells".
fn same(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| stem(x) == stem(y))
}

/// A token's stem: its key is lowercase already, so the stem is a slice of it.
fn key_stem(t: &Token) -> &str {
    t.key.trim_end_matches('s')
}

/// A word lowercased, without a plural's "s".
fn stem(word: &str) -> String {
    word.to_lowercase().trim_end_matches('s').to_string()
}

#[cfg(test)]
mod tests {
    use super::super::scan::tokenize;
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, 0, true, &mut true, &mut tokens);
        named_terms(&tokens, &Places::new(&tokens)).into_iter().map(|n| n.words.join(" ")).collect()
    }

    #[test]
    fn a_term_named_and_used_again_is_found() {
        let t = terms(
            "They recognise a small molecule called succinate, an end product. Once succinate binds, \
             it acts; succinate is made. Receptors (collectively called chemosensory receptors or \
             nutrient receptors) share roots; chemosensory receptors help; chemosensory receptors \
             smell. A rare one called a tuft cell. Tuft cells respond. Tuft cells taste. It is \
             known as inflammation. Inflammation follows inflammation.",
        );
        assert_eq!(t, ["succinate", "chemosensory receptors", "tuft cell", "inflammation"]);
    }

    #[test]
    fn the_other_kinds_of_a_named_terms_noun_are_terms() {
        let t = terms(
            "Receptors (collectively called chemosensory receptors) help; chemosensory receptors \
             smell; chemosensory receptors taste. The taste receptors bind; taste receptors \
             fire; a taste receptor works. These receptors and these receptors and these receptors.",
        );
        assert_eq!(t, ["chemosensory receptors", "taste receptors"]);
    }

    fn kinds(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, 0, true, &mut true, &mut tokens);
        listed_kinds(&tokens, &Places::new(&tokens), &|_| 0).into_iter().map(|n| n.words.join(" ")).collect()
    }

    #[test]
    fn words_listed_again_and_again_are_kinds() {
        let k = kinds(
            "The harvest — wheat, barley, millet, oats, and sorghum — fell. For wheat, barley and \
             sorghum we used prices; millet sold well, millet was cheap. Oats were dear. They want \
             showers, clothes and rest.",
        );
        assert_eq!(k, ["wheat", "barley", "millet", "sorghum"]);
    }

    #[test]
    fn a_list_a_sentence_says_twice_is_listed_once() {
        let k = kinds(
            "We have more posts for coders, testers and drafters than there are coders, testers \
             and drafters. The coders left.",
        );
        assert!(k.is_empty(), "{k:?}");
        // Two sentences listing them do name kinds.
        let k = kinds("Our coders, testers and drafters met. Then the coders, testers and drafters ran.");
        assert!(!k.is_empty(), "{k:?}");
    }

    #[test]
    fn words_listed_together_once_in_each_of_two_articles_are_no_kinds() {
        let mut tokens = Vec::new();
        tokenize("The blast burnt her arms, legs and feet. Her arms healed; her legs healed.", 0, true, &mut true, &mut tokens);
        tokenize("Stretch your arms, legs and back. Arms up, then legs.", 1, true, &mut true, &mut tokens);
        let places = Places::new(&tokens);
        assert!(listed_kinds(&tokens, &places, &|node| node).is_empty());
        // One article listing them twice names its kinds.
        assert!(!listed_kinds(&tokens, &places, &|_| 0).is_empty());
    }

    #[test]
    fn words_of_one_list_are_no_kinds() {
        let k = kinds("They lacked showers, clothes and space. Showers were cold; space was short; clothes were wet.");
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn a_term_quoted_at_its_naming_is_found_when_used_twice() {
        let t = terms(
            "The rash is called “reed dust lung.” Mould gives what is called “barn cough.” \
             Cases of “reed dust lung” are rare.",
        );
        assert_eq!(t, ["reed dust lung"]);
    }

    #[test]
    fn a_hyphened_noun_met_in_both_numbers_is_a_term() {
        let mut tokens = Vec::new();
        tokenize(
            "She posted a quad-double. Her quad-doubles came in long-term runs; two more quad-doubles. \
             Self-doubts and a self-doubt grew, and a long-term plan, and long-term gains.",
            0,
            true,
            &mut true,
            &mut tokens,
        );
        let t: Vec<String> = hyphened_nouns(&tokens).into_iter().map(|n| n.words.join(" ")).collect();
        assert_eq!(t, ["quad-double"]);
    }

    /// Tokens of `blocks`, each a heading (`true`) or running text, one block a node.
    fn blocks(blocks: &[(bool, &str)]) -> Vec<Token> {
        let mut tokens = Vec::new();
        for (n, (heading, text)) in blocks.iter().enumerate() {
            let from = tokens.len();
            tokenize(text, n, !heading, &mut true, &mut tokens);
            tokens[from..].iter_mut().for_each(|t| t.heading = *heading);
        }
        tokens
    }

    #[test]
    fn lowercase_words_heading_sections_of_their_own_are_names() {
        let tokens = blocks(&[
            (true, "what we tried"),
            (false, "We looked at three finders."),
            (true, "quorrel"),
            (false, "The home page; quorrel keeps a list."),
            (true, "vemtag.el"),
            (false, "Packaged upstream."),
            (true, "tisk"),
            (false, "Fast."),
        ]);
        let h: Vec<(String, usize)> = headed_names(&tokens, &|n| (0, n)).into_iter().map(|n| (n.words.join(" "), n.count)).collect();
        assert_eq!(h, [("quorrel".to_string(), 2), ("vemtag.el".to_string(), 1), ("tisk".to_string(), 1)]);
        // Two such headings are too few to tell names from a page's lowercase labels.
        let two = blocks(&[(true, "quorrel"), (false, "Text."), (true, "tisk"), (false, "More.")]);
        assert!(headed_names(&two, &|n| (0, n)).is_empty());
        // Nor is a word of a heading with others a name ("what we tried"), nor a stop word.
        let tokens = blocks(&[(true, "what we tried"), (true, "the"), (true, "and"), (true, "why")]);
        assert!(headed_names(&tokens, &|n| (0, n)).is_empty());
    }

    #[test]
    fn no_term_after_a_pronoun_before_a_number_or_used_once() {
        let t = terms(
            "He called them back. They called back later. Everyone called him Mike. The so-called type 2 immune responses \
             and type responses. A parasite called a protozoan lives there; a protozoan is small.",
        );
        assert!(t.is_empty(), "{t:?}");
    }
}
