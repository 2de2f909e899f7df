//! Who "he" or "she" is: the person an entry's opening pronoun takes back, so that the
//! chronology reads on its own ("Hamilton founded her own company", not "She founded …").
//!
//! A person is named by a given name and a family name ("Margaret Hamilton"), or by a title
//! and a name ("Mr Mugabe", "Dr. Ronny Jackson"); after that, often by the family name
//! alone. A pronoun opening a sentence takes back the sentence's topic: the person named at
//! the head of the last sentence that opened on one (a person named later in a sentence, "she
//! studied under Arthur Dowell", does not take the topic over). A pronoun whose gender the
//! text has given the topic otherwise ("Smith … where she was born", then "He …") is left:
//! a wrong name is worse than the pronoun.

use std::collections::{HashMap, HashSet};

use crate::apparatus::index::{is_census_given_name, is_given_name, is_honorific};

/// Particles that stand inside a name ("Charles de Gaulle", "Ursula von der Leyen").
const PARTICLES: &[&str] = &["de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn"];

/// How far into a sentence its subject may stand, in words ("In 1907 Alfred Stieglitz, …").
const HEAD: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender a personal pronoun gives its person.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// A person named in a sentence: the words of the name and its family name.
struct Mention {
    start: usize,
    end: usize,
    family: String,
}

/// The people an article has named so far, sentence by sentence.
#[derive(Default)]
pub struct People {
    /// The article's words that stand alone capitalised mid-sentence: a name the text uses
    /// by itself ("as Hamilton said"), to tell a family name from a word after a name ("a
    /// Margaret Hamilton Lego minifigure"), and a sentence's subject from its first word.
    alone: HashSet<String>,
    /// Family names met so far.
    known: HashSet<String>,
    /// The family name at the head of the last sentence that opened on a person.
    topic: Option<String>,
    /// What the text's pronouns have told of each person.
    genders: HashMap<String, Gender>,
    /// The two people named at the head of the last sentence, when it opened on them ("Ann
    /// Vale and Bo Lind searched …"): whom "They" next takes back.
    pair: Option<String>,
    /// The one-word name the last sentence opened on as its subject before "is" or "was"
    /// ("Ozmia is a brand name …"), kept while sentences open on "It": what "It" takes back.
    thing: Option<String>,
    /// The family names of the people the paragraph's sentences read so far named, in order.
    paragraph: Vec<String>,
    /// A person the last sentence named only by a role, when it named no one by name ("The
    /// regulator charged the former chief executive."): whom a "he" or "she" opening the next
    /// takes back ("the former chief executive"), not the topic of sentences before.
    role: Option<String>,
}

impl People {
    /// Ready for an article whose running text is `paragraphs`.
    pub fn new<'a>(paragraphs: impl Iterator<Item = &'a str>) -> People {
        let mut alone = HashSet::new();
        for text in paragraphs {
            let words = words(text);
            for (k, w) in words.iter().enumerate() {
                let capital_before = k > 0 && words[k - 1].capital;
                let capital_after = words.get(k + 1).is_some_and(|v| v.capital && !v.after_stop);
                if w.capital && !w.after_stop && !capital_before && !capital_after {
                    alone.insert(w.text.to_string());
                }
            }
        }
        People { alone, ..Default::default() }
    }

    /// Notes the people `sentence` names and who it is about.
    pub fn read(&mut self, sentence: &str) {
        self.note(sentence, false);
    }

    /// Notes the people a sentence inside a quotation names, one that opened before it (“I've
    /// gone into it. A Peter Lind song, Our Last Song.”): the speaker's words, which tell nothing
    /// of whom the narrative's next pronoun takes back.
    pub fn read_quoted(&mut self, sentence: &str) {
        self.note(sentence, true);
    }

    fn note(&mut self, sentence: &str, quoted: bool) {
        let words = words(sentence);
        let mentions = self.mentions(&words);
        self.role = if mentions.is_empty() { role_named(sentence) } else { None };
        self.known.extend(mentions.iter().map(|m| m.family.clone()));
        self.paragraph.extend(mentions.iter().map(|m| m.family.clone()));
        let they = words.first().is_some_and(|w| w.text == "They");
        self.thing = match words.as_slice() {
            [first, ..] if first.text == "It" => self.thing.take(),
            [first, verb, ..] if first.capital && !COMMON_OPENERS.contains(&first.text) && ["is", "was"].contains(&verb.text) && mentions.is_empty() => {
                Some(first.text.to_string())
            }
            _ => None,
        };
        self.pair = match mentions.as_slice() {
            [first, second, ..] if first.start <= HEAD && words[first.end..second.start].iter().all(|w| w.text == "and") => {
                Some(format!("{} and {}", first.family, second.family))
            }
            _ => self.pair.take().filter(|_| they),
        };
        // A quotation's pronouns are its speaker's: they tell nothing of the topic.
        if quoted || sentence.trim_start().starts_with(['“', '"', '‘', '\'']) {
            return;
        }
        // "Carlineo is a convicted felon": a name opens the sentence that is no person met
        // yet; whoever "he" is next, it is not the topic before.
        if words.first().is_some_and(|w| w.capital && self.alone.contains(w.text)) && mentions.first().is_none_or(|m| m.start > 0) {
            self.topic = None;
            return;
        }
        let opening = words.first().and_then(|w| pronoun_gender(w.text).filter(|_| w.capital));
        let subject = match opening {
            Some(gender) => self.topic.clone().filter(|t| self.agrees(t, gender)).map(|t| (t, 0)),
            // "Ivan Petrov and Dana Levi met": two subjects, no one topic.
            None => match mentions.as_slice() {
                [first, second, ..] if words[first.end..second.start].iter().all(|w| w.text == "and") => None,
                // "The Velmora Herald identified the victim as Tora Quist": a sentence whose
                // subject is a thing and that names one person makes that person the topic.
                [only] if words.first().is_some_and(|w| w.text == "The") => Some((only.family.clone(), only.end)),
                [first, ..] => Some((first.family.clone(), first.end)).filter(|_| first.start <= HEAD),
                [] => None,
            },
        };
        if let Some((subject, from)) = &subject {
            // The sentence's first pronoun after its subject, with no one else named between,
            // tells the subject's gender ("Smith's story begins in London, where she was born").
            let other = mentions.iter().find(|m| m.start >= *from).map_or(words.len(), |m| m.start);
            let told = words[(*from).min(other)..other].iter().find_map(|w| pronoun_gender(w.text));
            if let Some(gender) = opening.or(told) {
                self.genders.entry(subject.clone()).or_insert(gender);
            }
        }
        let head_named = mentions.first().is_some_and(|m| m.start <= HEAD);
        self.topic = subject.map(|(s, _)| s).or(self.topic.take().filter(|_| opening.is_some() || !head_named));
    }

    /// The family name a clause opening on `pronoun` refers to, `before` being the text of
    /// its sentence before the clause: a person named at the head of that text, else the
    /// topic (unless that text names someone else and does not open on the same pronoun),
    /// when the text has not given them the other gender.
    pub fn referent(&self, pronoun: &str, before: &str) -> Option<String> {
        let words = words(before);
        let mentions = self.mentions(&words);
        // "They" opening its sentence: the pair the sentence before opened on.
        if pronoun == "They" {
            return self.pair.clone().filter(|_| words.is_empty());
        }
        if pronoun == "It" {
            return self.thing.clone().filter(|_| words.is_empty());
        }
        let gender = pronoun_gender(pronoun)?;
        if words.is_empty() && self.role.is_some() {
            return self.role.clone();
        }
        // "She was ushered in by Yeats, which she joined": the sentence's own pronoun
        // opening holds the topic.
        let opens_alike = words.first().is_some_and(|w| w.capital && pronoun_gender(w.text) == Some(gender));
        // "Lind did his job — he hit well": a name the text uses alone opens the sentence, no
        // person met by a full name; "he" is that one, not the topic (as `read` has it).
        let unknown_first = words.first().is_some_and(|w| w.capital && self.alone.contains(w.text)) && mentions.first().is_none_or(|m| m.start > 0);
        let candidate = match mentions.as_slice() {
            _ if opens_alike => self.topic.clone(),
            _ if unknown_first => None,
            [first, ..] if first.start <= HEAD => Some(first.family.clone()),
            [] => self.topic.clone(),
            _ => None,
        };
        candidate.filter(|c| self.agrees(c, gender))
    }

    /// Opens a new paragraph: the people named in the one before no longer count for
    /// [`People::only_one_named`].
    pub fn start_paragraph(&mut self) {
        self.paragraph.clear();
    }

    /// "Velmora hired Quist. He joined as chairman": the one person the paragraph has named so
    /// far (in its sentences before, and in `before`, the clause's sentence before it), whom a
    /// "he" or "she" can only take back, when the text has not given them the other gender.
    /// None when the paragraph names no one or several.
    pub fn only_one_named(&self, pronoun: &str, before: &str) -> Option<String> {
        let gender = pronoun_gender(pronoun)?;
        let words = words(before);
        let mut named: Vec<String> = self.paragraph.clone();
        named.extend(self.mentions(&words).into_iter().map(|m| m.family));
        named.dedup();
        named.sort();
        named.dedup();
        match named.as_slice() {
            [one] if self.agrees(one, gender) => Some(one.clone()),
            _ => None,
        }
    }

    fn agrees(&self, person: &str, gender: Gender) -> bool {
        self.genders.get(person).is_none_or(|g| *g == gender)
    }

    /// The people `words` name, in order.
    fn mentions(&self, words: &[Word]) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < words.len() {
            // "the Velmora Tribune", "the John Quist Trust": capitalised words after "the" name
            // a thing (a newspaper, a body), no person, unless a title opens them ("the Rev.").
            let after_the = k > 0 && words[k - 1].text.eq_ignore_ascii_case("the") && words[k].capital;
            if after_the && !is_honorific(&words[k].text.to_lowercase()) && !is_honorific(&format!("{}.", words[k].text.to_lowercase())) {
                while words.get(k).is_some_and(|w| w.capital) {
                    k += 1;
                }
                continue;
            }
            match self.person_at(words, k) {
                Some((family, end)) => {
                    out.push(Mention { start: k, end, family });
                    k = end;
                }
                None => k += 1,
            }
        }
        out
    }

    /// The family name of a person named from word `k`, and the word after the name.
    fn person_at(&self, words: &[Word], k: usize) -> Option<(String, usize)> {
        let w = &words[k];
        if !w.capital {
            return None;
        }
        let key = w.text.to_lowercase();
        // A title of address, written with or without its full stop ("Sen", "Dr").
        let titled = is_honorific(&key) || is_honorific(&format!("{key}."));
        let given = is_given_name(&key) || is_census_given_name(&key);
        if !titled && !given {
            // A family name met before, standing alone.
            let alone = !words.get(k + 1).is_some_and(|n| n.capital && !n.after_stop);
            return (alone && self.known.contains(w.text)).then(|| (w.text.to_string(), k + 1));
        }
        // "President Robert Mugabe": the given name after the title opens the name.
        if titled && words.get(k + 1).is_some_and(|n| n.capital && !n.after_stop && is_given_name(&n.text.to_lowercase())) {
            return self.person_at(words, k + 1);
        }
        // The capitalised words (and particles) that follow.
        let mut end = k + 1;
        while let Some(n) = words.get(end).filter(|n| !n.after_stop) {
            let particle = PARTICLES.contains(&n.text) && words.get(end + 1).is_some_and(|m| m.capital);
            if !(n.capital || particle || n.initial) {
                break;
            }
            end += 1;
        }
        let parts = &words[k + 1..end];
        // The family name: the last word of the name the text also uses alone, else its
        // last word.
        let at = parts.iter().rposition(|p| self.alone.contains(p.text)).or_else(|| parts.iter().rposition(|p| !p.initial))?;
        Some((parts[at].text.to_string(), k + 2 + at))
    }
}

/// An entry's text with its opening pronoun replaced by `name`: "She founded …" ->
/// "Hamilton founded …", "His death …" -> "Hamilton's death …". `None` when it opens on no
/// personal pronoun.
pub fn restore_subject(text: &str, name: &str) -> Option<String> {
    let (first, rest) = text.split_once(' ')?;
    match first {
        "He" | "She" => Some(format!("{name} {rest}")),
        "His" | "Her" | "Their" => Some(format!("{name}’s {rest}")),
        "They" => Some(format!("{name} {rest}")),
        "It" if tells_an_act(rest) => Some(format!("{name} {rest}")),
        _ => None,
    }
}

/// Nouns of a person's office or part in a story, which a text may name someone by alone.
const ROLES: &[&str] = &[
    "ceo", "chief executive", "chairman", "chairwoman", "president", "founder", "director",
    "manager", "mayor", "governor", "senator", "minister", "suspect", "spokesman",
    "spokeswoman", "coach", "pilot", "driver", "gunman", "victim", "defendant",
];

/// The last person `sentence` names by a role with "the" ("against the former CEO"): "the",
/// at most two words ("former", "then"), and the role, closing a noun phrase.
fn role_named(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
    (0..words.len()).rev().find_map(|k| {
        let the = bare(words[k]);
        if the != "the" {
            return None;
        }
        (1..=4).find_map(|n| {
            let phrase = words.get(k..=k + n)?;
            let last = phrase.last()?;
            // (The noun phrase ends there: "the CEO's office" is a thing.)
            let ends = last.ends_with([',', '.', ';', '!', '?']) || words.get(k + n + 1).is_none_or(|w| {
                w.starts_with(char::is_lowercase) && !w.ends_with("'s") && !w.ends_with("’s")
            });
            let lead_ok = phrase[1..n].iter().all(|w| w.starts_with(char::is_lowercase) || bare(w) == "ceo");
            let role = phrase[1..].iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ");
            let is_role = ROLES.iter().any(|r| role == *r || role.ends_with(&format!(" {r}")));
            let possessive = last.ends_with("'s") || last.ends_with("’s");
            (is_role && ends && lead_ok && !possessive && n <= 3).then(|| phrase.iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ").replace("ceo", "CEO"))
        })
    })
}

/// Words that open a sentence without naming its subject.
const COMMON_OPENERS: &[&str] = &["The", "This", "That", "These", "Those", "A", "An", "It", "There", "Here", "What", "But", "And", "So"];

/// Whether what follows an "It" tells an act of a thing ("was approved in 2021", "won"), not
/// the "it" of a state or of what follows ("It was the first time", "It is clear that").
fn tells_an_act(rest: &str) -> bool {
    let mut words = rest.split(' ');
    match words.next() {
        // ("FDA-approved": the participle after a hyphen.)
        Some("was" | "is") => words.next().and_then(|w| w.rsplit('-').next()).is_some_and(|w| w.ends_with("ed") && w.chars().all(char::is_lowercase)),
        Some(verb) => verb.ends_with("ed") && verb.chars().all(char::is_lowercase),
        None => false,
    }
}

/// Whether `text` opens on a personal pronoun [`restore_subject`] replaces.
pub fn opens_on_pronoun(text: &str) -> bool {
    matches!(text.split(' ').next(), Some("He" | "She" | "His" | "Her" | "They" | "It"))
}

/// A word of running text.
struct Word<'t> {
    text: &'t str,
    capital: bool,
    /// An initial ("F.").
    initial: bool,
    /// It opens a sentence or follows a stop, a colon, a dash or a quotation mark: its
    /// capital tells nothing.
    after_stop: bool,
}

fn push<'t>(out: &mut Vec<Word<'t>>, piece: &'t str, after_stop: bool) {
    let piece = piece.trim_end_matches(['\'', '’', '-']);
    let piece = piece.strip_suffix("’s").or_else(|| piece.strip_suffix("'s")).unwrap_or(piece);
    if piece.is_empty() {
        return;
    }
    let capital = piece.chars().next().is_some_and(char::is_uppercase);
    let initial = piece.chars().count() == 1 && capital;
    out.push(Word { text: piece, capital, initial, after_stop });
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut after_stop = true;
    let mut start = None;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    let mut gap = String::new();
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
                after_stop = after_stop || gap.contains(['.', '!', '?', ':', '—', '–', '“', '"', '(']) && !initial_stop(&out, &gap);
                gap.clear();
            }
        } else if let Some(s) = start.take() {
            push(&mut out, &text[s..i], after_stop);
            after_stop = false;
            gap.push(c);
        } else {
            gap.push(c);
        }
    }
    if let Some(s) = start {
        push(&mut out, &text[s..], after_stop);
    }
    out
}

/// The stop after an initial or a title ("F.", "Dr.") ends no sentence.
fn initial_stop(words: &[Word], gap: &str) -> bool {
    gap.trim() == "." && words.last().is_some_and(|w| w.initial || is_honorific(&format!("{}.", w.text.to_lowercase())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The people of an article, its sentences read up to the last, which is returned.
    fn reading<'a>(article: &[&'a str]) -> (People, &'a str) {
        let mut p = People::new(article.iter().copied());
        let (last, read) = article.split_last().expect("a sentence");
        read.iter().for_each(|s| p.read(s));
        (p, last)
    }

    #[test]
    fn a_pronoun_takes_back_the_sentences_topic() {
        let (p, _) = reading(&[
            "When Margaret Hamilton came to the laboratory, the machine was new.",
            "A Margaret Hamilton Lego figure came later.",
            "Hamilton moved on to another project.",
            "She founded her own company.",
        ]);
        assert_eq!(p.referent("She", "").as_deref(), Some("Hamilton"));
        assert_eq!(restore_subject("She founded her own company", "Hamilton").as_deref(), Some("Hamilton founded her own company"));
        assert_eq!(restore_subject("His death followed", "Hamilton").as_deref(), Some("Hamilton’s death followed"));
        assert_eq!(restore_subject("The company grew", "Hamilton"), None);
    }

    #[test]
    fn a_person_named_by_a_role_in_the_sentence_before_is_the_pronouns() {
        let (p, _) = reading(&["Tora Quist suggests that the harbour is at risk.", "The regulator filed charges against the former CEO.", "He stepped down last month."]);
        assert_eq!(p.referent("He", "").as_deref(), Some("the former CEO"));
        // (Not a role's possessive: a thing of the role's.)
        let (p, _) = reading(&["Tora Quist suggests that the harbour is at risk.", "The regulator questioned the CEO's deputy.", "She stepped down last month."]);
        assert_eq!(p.referent("She", "").as_deref(), Some("Quist"));
    }

    #[test]
    fn a_person_named_later_in_a_sentence_does_not_take_the_topic() {
        let (p, _) = reading(&[
            "The deck inspired Pamela Colman Smith.",
            "Smith’s story begins in London, where she was born.",
            "She studied art under Arthur Wesley Dowell, though she earned no degree.",
            "She set up shop as an illustrator.",
        ]);
        assert_eq!(p.referent("She", "").as_deref(), Some("Smith"));
        // The text made Smith a woman: "He" is someone else.
        assert_eq!(p.referent("He", ""), None);
        // A person at the head of the clause's own sentence comes first.
        assert_eq!(p.referent("he", "When Mr. Dowell saw the plates, ").as_deref(), Some("Dowell"));
    }

    #[test]
    fn a_sentence_inside_a_quotation_leaves_the_topic() {
        let mut p = People::new(["Tora Quist was diagnosed in 2005.", "A Peter Lind song, Our Last Song."].into_iter());
        p.start_paragraph();
        p.read("Tora Quist was diagnosed in 2005.");
        p.start_paragraph();
        p.read("“I've planned it.");
        p.read_quoted("A Peter Lind song, Our Last Song.");
        p.start_paragraph();
        assert_eq!(p.referent("Her", "").as_deref(), Some("Quist"));
    }

    #[test]
    fn a_quotation_or_a_name_not_yet_met_leaves_the_topic() {
        let (p, _) = reading(&[
            "The client's lawyer, Sonya Zoghlin, said he meant no harm.",
            "“He has taken responsibility,” Zoghlin said.",
            "Carlineo is a convicted felon, and Carlineo kept three rifles.",
            "He was convicted in 1998.",
        ]);
        assert_eq!(p.referent("He", ""), None);
    }

    #[test]
    fn a_name_not_yet_met_opening_the_clauses_sentence_is_no_topic() {
        let (p, _) = reading(&[
            "Manager Rob Tello traded a pitcher for the outfielder Quell, and the fans cheered Quell.",
            "Quell did his job—he hit well.",
        ]);
        assert_eq!(p.referent("he", "Quell did his job—"), None);
        assert_eq!(p.referent("he", "").as_deref(), Some("Tello"));
    }

    #[test]
    fn they_takes_back_the_pair_the_sentence_before_opened_on() {
        let (p, _) = reading(&["Anna Vale and David Lind searched for an office for two years.", "They finally found one."]);
        assert_eq!(p.referent("They", "").as_deref(), Some("Vale and Lind"));
        assert_eq!(restore_subject("They finally found one", "Vale and Lind").as_deref(), Some("Vale and Lind finally found one"));
        // Another sentence between: no one.
        let (p, _) = reading(&["Anna Vale and David Lind searched for an office.", "Prices rose.", "They found one."]);
        assert_eq!(p.referent("They", ""), None);
    }

    #[test]
    fn the_one_person_a_paragraph_names_is_its_pronouns() {
        let mut p = People::new(["Velmora hired Tora Quist.", "Quist joined as chairman."].into_iter());
        p.read("Tora Quist left Oslo.");
        p.start_paragraph();
        p.read("Velmora hired Quist.");
        assert_eq!(p.only_one_named("He", "").as_deref(), Some("Quist"));
        // Two people named: no one is clear.
        p.read("Ann Lind met Quist.");
        assert_eq!(p.only_one_named("He", ""), None);
        // A new paragraph names no one yet; nor is "They" one person.
        p.start_paragraph();
        assert_eq!(p.only_one_named("He", ""), None);
        assert_eq!(p.only_one_named("They", "Quist said "), None);
        assert_eq!(p.only_one_named("she", "As Quist said, ").as_deref(), Some("Quist"));
    }

    #[test]
    fn no_topic_no_name() {
        let (p, _) = reading(&["Prices fell.", "Analysts were surprised.", "He left."]);
        assert_eq!(p.referent("He", ""), None);
        let (p, _) = reading(&["Edward Lorenz met Ellen Fetter and Anna Smith.", "He left."]);
        assert_eq!(p.referent("He", "").as_deref(), Some("Lorenz"));
        assert_eq!(p.referent("He", "After Fetter and Smith met, ").as_deref(), Some("Fetter"));
        assert_eq!(p.referent("he", "It was a gift from Fetter and Smith, and "), None);
        assert_eq!(p.referent("he", "He was sent to Smith, whom "), Some("Lorenz".to_string()));
        let (p, _) = reading(&["President Robert Mugabe spoke.", "Mugabe left."]);
        assert_eq!(p.referent("He", "").as_deref(), Some("Mugabe"));
    }

    #[test]
    fn a_name_after_the_is_a_thing_and_the_one_person_its_sentence_names_the_topic() {
        let (p, _) = reading(&[
            "Ranger Supervisor Robert Colligan said the attack happened at noon.",
            "The Velmora Tribune, citing witnesses, identified the surfer as 50-year-old Kevin Quist of Oslo.",
            "He was airlifted to a hospital.",
        ]);
        assert_eq!(p.referent("He", "").as_deref(), Some("Quist"));
        // A title after "the" still opens a name.
        let (p, _) = reading(&["The Rev. Martin Velmor spoke.", "He left."]);
        assert_eq!(p.referent("He", "").as_deref(), Some("Velmor"));
    }
}
