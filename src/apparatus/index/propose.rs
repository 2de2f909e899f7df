//! Proposes index terms from the tokenised text: capitalised names that are not merely
//! sentence-initial common words, and key concepts (lowercase adjective-noun phrases
//! repeated across articles), grouped with their variants (case, plural, possessive,
//! "Lenin" / "Vladimir Lenin"), personal names inverted ("Trotsky, Leon").
//!
//! Linear passes over the tokens: one counts how each word is capitalised, one collects
//! maximal capitalised runs, one counts lowercase phrases; grouping then works on the
//! (much smaller) set of distinct forms through hash maps.

use std::collections::HashMap;

use super::scan::{Corpus, Token};
use super::words;

/// A proposed heading and the forms of it found in the text.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// As it would print ("Lenin, Vladimir", "Provisional Government").
    pub heading: String,
    /// The distinct forms seen in the text ("Vladimir Lenin", "Lenin").
    pub forms: Vec<String>,
    /// Occurrences in running text.
    pub count: usize,
}

/// How a lowercased word is capitalised in running text, away from sentence starts.
#[derive(Default)]
struct Casing {
    lower: usize,
    capital: usize,
}

/// A distinct form: its words as written and where it occurred.
struct Form {
    words: Vec<String>,
    keys: Vec<String>,
    mid_sentence: usize,
    count: usize,
}

/// Proposes the candidate headings of `corpus`, in order of first occurrence.
pub fn propose(corpus: &Corpus) -> Vec<Proposal> {
    let casing = count_casing(&corpus.tokens);
    let mut forms = collect_forms(&corpus.tokens, &casing);
    forms.extend(collect_phrases(corpus));
    group(forms, &casing)
}

fn count_casing(tokens: &[Token]) -> HashMap<&str, Casing> {
    let mut casing: HashMap<&str, Casing> = HashMap::new();
    for t in tokens.iter().filter(|t| t.running && !t.sentence_start) {
        let c = casing.entry(t.key.as_str()).or_default();
        if t.capitalised() {
            c.capital += 1;
        } else if t.text.chars().next().is_some_and(char::is_lowercase) {
            c.lower += 1;
        }
    }
    casing
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

/// Collects the maximal capitalised runs of running text as forms.
fn collect_forms(tokens: &[Token], casing: &HashMap<&str, Casing>) -> Vec<Form> {
    let mut forms: Vec<Form> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !t.running || !t.capitalised() {
            i += 1;
            continue;
        }
        let end = run_end(tokens, i, casing);
        let mut start = i;
        // A sentence-initial common word ("However", "Today"), a leading function word
        // ("The", "All") or a date ("April Lenin") is not part of a name.
        while start < end && leads_off(tokens, start, end, casing) {
            start += 1;
            while start < end && !tokens[start].capitalised() {
                start += 1;
            }
        }
        if start < end {
            let run = &tokens[start..end];
            let key = run
                .iter()
                .map(|t| t.key.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let n = *by_key.entry(key).or_insert_with(|| {
                forms.push(Form {
                    words: run
                        .iter()
                        .enumerate()
                        .map(|(k, t)| {
                            if k + 1 == run.len() {
                                display_word(t)
                            } else {
                                t.text.clone()
                            }
                        })
                        .collect(),
                    keys: run.iter().map(|t| t.key.clone()).collect(),
                    mid_sentence: 0,
                    count: 0,
                });
                forms.len() - 1
            });
            forms[n].count += 1;
            // A capital after the first word is evidence even at a sentence start; a lone
            // word left after cutting a sentence-initial one ("Related Stories") is not.
            let after_cut = start > i && tokens[i].sentence_start;
            if (!run[0].sentence_start && !after_cut) || run.len() > 1 {
                forms[n].mid_sentence += 1;
            }
        }
        i = end;
    }
    forms.retain(|f| keep_form(f, casing));
    forms
}

/// Whether the word at `i` of the run `i..end` is to be cut off its front.
fn leads_off(tokens: &[Token], i: usize, end: usize, casing: &HashMap<&str, Casing>) -> bool {
    let key = tokens[i].key.as_str();
    if words::is_calendar(key) {
        // "October Revolution" names an event; "April Lenin" is a date and a name.
        // The rest is a name of its own when it is capitalised elsewhere too.
        return tokens.get(i + 1).filter(|_| i + 1 < end).is_some_and(|n| {
            !is_common(&n.key, casing) && casing.get(n.key.as_str()).is_some_and(|c| c.capital >= 3)
        });
    }
    (tokens[i].sentence_start && is_common(key, casing)) || words::is_stop(key) && i + 1 < end
}

/// A concept phrase must recur this often...
const PHRASE_MIN_COUNT: usize = 4;
/// ...in this many articles (or all of them, in a smaller book).
const PHRASE_MIN_ARTICLES: usize = 2;

/// Lowercase two-word phrases whose first word looks like an adjective ("dual power",
/// "working class"), repeated across articles: the book's key concepts.
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
        if !words::is_adjective_form(&a.key) {
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
        })
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

/// The end (exclusive) of the capitalised run opening at `i`: capitalised words joined by
/// spaces, with connectors ("of the") between them; a possessive ends the run.
fn run_end(tokens: &[Token], i: usize, casing: &HashMap<&str, Casing>) -> usize {
    let mut end = i + 1;
    while !tokens[end - 1].possessive || is_common(&tokens[end - 1].key, casing) {
        let mut j = end;
        while j < tokens.len() && j < end + 2 && tokens[j].joined && !tokens[j].capitalised() {
            j += 1;
        }
        if j > end {
            let connector = tokens[end..j]
                .iter()
                .map(|t| t.key.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if !words::is_connector(&connector) {
                break;
            }
        }
        if j < tokens.len() && tokens[j].joined && tokens[j].capitalised() && tokens[j].running {
            end = j + 1;
        } else {
            break;
        }
    }
    end
}

/// Drops forms that are no headings: seen only sentence-initially, calendar words, single
/// common or one-letter words.
fn keep_form(f: &Form, casing: &HashMap<&str, Casing>) -> bool {
    if f.mid_sentence == 0 {
        return false;
    }
    if f.keys
        .iter()
        .all(|k| words::is_stop(k) || k.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    match f.keys.as_slice() {
        [k] => {
            let singular = k.strip_suffix('s').filter(|s| !s.is_empty());
            k.chars().count() > 1
                && !is_common(k, casing)
                && !singular.is_some_and(|s| is_common(s, casing))
                && !words::is_adjectival(k)
        }
        _ => true,
    }
}

/// Groups forms into proposals: plurals and surnames join their fullest form.
fn group(forms: Vec<Form>, casing: &HashMap<&str, Casing>) -> Vec<Proposal> {
    let index: HashMap<String, usize> = forms
        .iter()
        .enumerate()
        .map(|(n, f)| (f.keys.join(" "), n))
        .collect();
    // parent[n]: the form that form n merges into.
    let mut parent: Vec<usize> = (0..forms.len()).collect();
    for (n, f) in forms.iter().enumerate() {
        let key = f.keys.join(" ");
        // The more frequent of singular and plural names the group ("Bolsheviks").
        if let Some(&singular) = key.strip_suffix('s').and_then(|s| index.get(s)) {
            if f.count > forms[singular].count {
                parent[singular] = n;
            } else {
                parent[n] = singular;
            }
        }
    }
    // Surnames: "Lenin" joins "Vladimir Lenin" when every personal name ending in it agrees.
    let mut full_names: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate() {
        let surname_alone = f.keys.last().is_some_and(|k| index.contains_key(k));
        if f.keys.len() > 1 && surname_alone && looks_personal(f, &index, true) {
            full_names
                .entry(f.keys.last().expect("non-empty").as_str())
                .or_default()
                .push(n);
        }
    }
    let mut persons = vec![false; forms.len()];
    for (n, f) in forms.iter().enumerate() {
        if f.keys.len() > 1 && looks_personal(f, &index, false) {
            persons[n] = true;
        }
        if let [surname] = f.keys.as_slice() {
            if let Some(full) = full_names
                .get(surname.as_str())
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
    // A given name alone ("Leon") joins the one full name it opens ("Leon Trotsky").
    let mut given: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in forms.iter().enumerate().filter(|(n, _)| persons[*n]) {
        if let Some(first) = f.keys.iter().find(|k| !words::is_honorific(k)) {
            given.entry(first.as_str()).or_default().push(n);
        }
    }
    for (n, f) in forms.iter().enumerate() {
        if let [single] = f.keys.as_slice() {
            if let Some([full]) = given.get(single.as_str()).map(Vec::as_slice) {
                if parent[n] == n {
                    parent[n] = *full;
                }
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
    for (n, f) in forms.iter().enumerate() {
        let r = root(n);
        let p = *slot.entry(r).or_insert_with(|| {
            proposals.push(Proposal {
                heading: heading(&forms[r], persons[r]),
                forms: Vec::new(),
                count: 0,
            });
            proposals.len() - 1
        });
        proposals[p].forms.push(f.words.join(" "));
        proposals[p].count += f.count;
        if persons[r] {
            surnames
                .entry(forms[r].keys.last().expect("non-empty").clone())
                .or_default()
                .push(p);
        }
    }
    // A person's surname alone locates them too ("Fust later..."), unless two people share it.
    for (surname, owners) in surnames {
        let mut owners = owners;
        owners.dedup();
        if let [p] = owners[..] {
            let word = forms
                .iter()
                .find(|f| f.keys.last() == Some(&surname))
                .and_then(|f| f.words.last())
                .expect("a person form ends in it");
            if !proposals[p].forms.contains(word) && !is_common(&surname, casing) {
                proposals[p].forms.push(word.clone());
            }
        }
    }
    proposals
}

/// Two to four capitalised words, none an institution word or a connector, the first no
/// place word or adjective and, unless the last word stands alone elsewhere as a surname
/// does, no standalone name of its own: a personal name ("John Reed").
fn looks_personal(f: &Form, index: &HashMap<String, usize>, surname_alone: bool) -> bool {
    let names: Vec<&String> = f
        .keys
        .iter()
        .skip_while(|k| words::is_honorific(k))
        .collect();
    let honorific = names.len() < f.keys.len();
    if names.is_empty()
        || f.keys.len() > 4
        || f.words
            .iter()
            .any(|w| !w.chars().next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    let institutional =
        |k: &String| words::is_non_person(k) || words::is_non_person(k.trim_end_matches('s'));
    if f.keys
        .iter()
        .any(|k| institutional(k) || words::is_stop(k) || k.chars().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    if f.words
        .iter()
        .any(|w| w.len() > 1 && w.chars().all(char::is_uppercase))
    {
        return false;
    }
    let first = names[0].as_str();
    let initial = first.ends_with('.');
    if words::is_adjectival(first) || words::is_place_prefix(first) {
        return false;
    }
    honorific || initial || surname_alone || !index.contains_key(first)
}

/// Full names ending in the same surname agree when their first given names share an initial.
fn agree(forms: &[Form], full: &[usize]) -> bool {
    let initial = |n: &usize| {
        forms[*n]
            .keys
            .iter()
            .find(|k| !words::is_honorific(k))
            .and_then(|k| k.chars().next())
    };
    full.iter().all(|n| initial(n) == initial(&full[0]))
}

/// How spelled out the given names are (initials count little).
fn given_len(f: &Form) -> usize {
    f.words
        .iter()
        .filter(|w| !w.ends_with('.'))
        .map(|w| w.len())
        .sum()
}

/// The printed heading of a proposal rooted at form `f`.
fn heading(f: &Form, person: bool) -> String {
    if person {
        invert(&f.words)
    } else {
        f.words.join(" ")
    }
}

/// "Vladimir Ilyich Lenin" -> "Lenin, Vladimir Ilyich"; titles are dropped ("Tsar Nicholas"
/// -> "Nicholas").
pub fn invert(words: &[String]) -> String {
    let names: Vec<&String> = words
        .iter()
        .skip_while(|w| words::is_honorific(&w.to_lowercase()))
        .collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, given)) => {
            let given: Vec<&str> = given.iter().map(|s| s.as_str()).collect();
            format!("{last}, {}", given.join(" "))
        }
        None => words.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposals(paragraphs: &[&str]) -> Vec<Proposal> {
        let mut corpus = Corpus::default();
        for (block, text) in paragraphs.iter().enumerate() {
            corpus.nodes.push(super::super::scan::NodeAt {
                article: 0,
                block,
                ordinal: 0,
            });
            let node = corpus.nodes.len() - 1;
            super::super::scan::tokenize(text, node, true, &mut true, &mut corpus.tokens);
        }
        propose(&corpus)
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
    fn a_sentence_initial_role_word_is_cut_when_its_plural_runs_lowercase() {
        let p = proposals(&[
            "Historian Anna Petrova wrote the book. Other historians disagreed with Petrova.",
        ]);
        let headings: Vec<&str> = p.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(headings, ["Petrova, Anna"]);
    }

    #[test]
    fn inversion() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(invert(&w("Leon Trotsky")), "Trotsky, Leon");
        assert_eq!(invert(&w("V. I. Lenin")), "Lenin, V. I.");
        assert_eq!(invert(&w("General Lavr Kornilov")), "Kornilov, Lavr");
        assert_eq!(invert(&w("Tsar Nicholas")), "Nicholas");
    }
}
