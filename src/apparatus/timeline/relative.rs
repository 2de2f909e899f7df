//! Dates inside a clause that hangs on a noun or echoes the main verb: the date belongs to
//! that clause's act, never to the main clause around it.
//!
//! "…cautioned against tinkering with an organization established by the Assembly in 1775"
//! dates the founding, not the caution; "…was named head of the firm Quist co-founded 35 years
//! ago" dates the founding ("Quist co-founded the firm"); "a condition for which Quist took a
//! leave in January" dates the leave; "the one that took him to the capital in 2008" dates an
//! act whose subject ("the one") stands for nothing alone, and "reiterated, as he did in an
//! interview two weeks ago" dates an earlier act the clause only echoes: both go; "close to
//! a deal when Quist scuttled the talks in May" dates the scuttling. [`dated`]
//! tells which, from the sentence and the date's place in it.

use super::fragment;

/// What a date inside a dependent clause dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dated {
    /// The clause's act, told as a clause of its own (its subject restored).
    Event(String),
    /// An act that cannot stand alone: set aside for this reason.
    Aside(&'static str),
}

/// Determiners that open a noun phrase a relative clause hangs on.
const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"];
/// Prepositions that introduce a date and go with it.
const DATE_PREPS: &[&str] = &["in", "on", "at", "during", "around"];
/// Prepositions before a relative "which" or "whom" ("for which", "during which").
const RELATIVE_PREPS: &[&str] = &["for", "in", "during", "with", "to", "from", "at", "on", "under", "by", "after", "through", "over"];
/// Prepositions whose object a participle may follow ("tinkering with an organization
/// established …").
const OBJECT_PREPS: &[&str] = &["with", "of", "to", "for", "from", "about", "against", "into", "on", "at", "in", "by", "over"];
/// Auxiliaries that stand for a verb said before ("as he did").
const ECHOING: &[&str] = &["did", "had", "has", "does", "do", "have", "was", "were", "is", "are"];
/// Pronouns that can be a clause's subject.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
/// Verbs before a noun that make what follows a report, not a relative clause ("told the
/// reporters Quist resigned").
const REPORTING: &[&str] = &["told", "said", "informed", "assured", "reminded", "warned", "showed", "says", "tells", "wrote"];
/// Words capitalised at the head of a sentence that name no one.
const COMMON: &[&str] = &["The", "This", "That", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "At", "When", "After", "Before"];

fn lower(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()
}

/// Whether `w` is a verb of a clause of its own: a past tense, or a present or past
/// auxiliary.
fn verb(w: &str) -> bool {
    let l = lower(w);
    w.starts_with(char::is_lowercase) && fragment::tells_the_past(&l)
        || ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did"].contains(&l.as_str())
}

/// Whether `w` may be a noun ending a noun phrase: a plain lower-case word that is no verb,
/// no preposition, no determiner.
fn noun_like(w: &str) -> bool {
    let l = lower(w);
    w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.starts_with(char::is_lowercase)
        && !verb(w)
        && !DETERMINERS.contains(&l.as_str())
        && !OBJECT_PREPS.contains(&l.as_str())
        && !RELATIVE_PREPS.contains(&l.as_str())
        && !["and", "or", "but", "than", "as", "so", "not"].contains(&l.as_str())
}

/// What the date at `start..end` of `sentence` dates when it closes a dependent clause, if it
/// does (`None`: the main clause's rules decide).
pub fn dated(sentence: &str, start: usize, end: usize) -> Option<Dated> {
    // The date's stretch of the sentence: from the last comma, semicolon, dash or colon before
    // it, to the next one after it.
    let head = &sentence[..start];
    let lo = head.rfind([',', ';', '—', '–', ':', '(']).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let rest = &sentence[end..];
    let hi = rest.find([',', ';', '—', '–', ':', ')']).unwrap_or(rest.len());
    let tail = rest[..hi].trim().trim_end_matches(['.', '!', '?']).trim();
    // ("the flight that went missing on March 8 during a trip … and which has not been
    // found": a second relative clause joined on tells another thing of the noun.)
    let tail = [" and which ", " and who ", " and that "].iter().filter_map(|j| tail.find(j)).min().map_or(tail, |at| &tail[..at]);
    // ("the flight that disappeared in March and, unlike the other, has yet to be found": a
    // second verb of the clause after an aside set off by commas is another thing of it.)
    let tail = if ["and", "but"].contains(&lower(tail).as_str()) { "" } else { tail };
    // After the date, only a phrase of place or company ("in his garage", "with the
    // paper"), or of the occasion ("during a trip from Velmora to Brenna"), no verb of its
    // own.
    let tail_words: Vec<&str> = tail.split_whitespace().collect();
    let occasion = tail_words.first().is_some_and(|w| lower(w) == "during");
    let tail_ok = tail_words.is_empty()
        || ["in", "with", "at", "from", "to", "for", "on", "near", "outside", "inside", "during"].contains(&lower(tail_words[0]).as_str())
            && tail_words.len() <= if occasion { 14 } else { 8 }
            && !tail_words.iter().any(|w| verb(w));
    if !tail_ok {
        return None;
    }
    let mut words: Vec<&str> = head[lo..].split_whitespace().collect();
    // (And its qualifiers: "in early 2010", "sold it last March".)
    while words.last().is_some_and(|w| DATE_PREPS.contains(&lower(w).as_str()) || ["last", "this", "past", "early", "late", "mid"].contains(&lower(w).as_str())) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let set_off = lo > 0 && head[..lo].ends_with(',');
    echo(&words, set_off)
        .or_else(|| which_after_preposition(&words, tail))
        .or_else(|| that_relative(&words, tail))
        .or_else(|| where_relative(&words, tail))
        .or_else(|| named_zero_relative(&words, tail))
        .or_else(|| participle_after_preposition(&words))
        .or_else(|| participle_under_a_future(&words, &head[..head.len() - head[lo..].len()]))
}

/// "NASA will receive $18 billion, under the terms of a spending bill released [late Dec. 9]":
/// a participle closing a noun phrase, in a sentence whose main clause tells what will be and
/// no past act, is the only act the date can date: the noun's ("A spending bill was
/// released"). (Without an agent and with a past main clause, the participle may tell the
/// main act again: [`participle_after_preposition`].)
fn participle_under_a_future(words: &[&str], before: &str) -> Option<Dated> {
    let p = words.len().checked_sub(1)?;
    let participle = words[p];
    let l = lower(participle);
    if !(participle.starts_with(char::is_lowercase) && l.len() > 4 && l.ends_with("ed") && fragment::tells_the_past(&l)) {
        return None;
    }
    let d = (p.saturating_sub(5)..p).rev().find(|&d| DETERMINERS.contains(&lower(words[d]).as_str()))?;
    if d + 1 == p || !words[d + 1..p].iter().all(|w| noun_like(w) || w.starts_with(char::is_uppercase)) {
        return None;
    }
    let main: Vec<&str> = before.split_whitespace().chain(words[..d].iter().copied()).collect();
    let future = main.iter().any(|w| ["will", "would"].contains(&lower(w).as_str()));
    let past = main.iter().any(|w| w.starts_with(char::is_lowercase) && fragment::tells_the_past(&lower(w)) || ["was", "were", "had", "did"].contains(&lower(w).as_str()));
    if !future || past {
        return None;
    }
    let plural = words[p - 1].ends_with('s') && !words[p - 1].ends_with("ss");
    let be = if plural { "were" } else { "was" };
    Some(Dated::Event(capitalise(&format!("{} {be} {participle}", words[d..p].join(" ")))))
}

/// "…, as he did in an interview [two weeks ago]": an "as" clause set off by its comma whose
/// verb is an auxiliary standing for the main verb tells no act of its own.
fn echo(words: &[&str], set_off: bool) -> Option<Dated> {
    let [first, subject, aux, rest @ ..] = words else { return None };
    let subject_ok = PRONOUNS.contains(&lower(subject).as_str()) || subject.starts_with(char::is_uppercase);
    let no_verb = !rest.iter().any(|w| verb(w));
    (set_off && lower(first) == "as" && subject_ok && ECHOING.contains(&lower(aux).as_str()) && no_verb)
        .then_some(Dated::Aside("an 'as … did' clause: the date of an earlier act the clause only echoes, not an event"))
}

/// "a condition for which Quist took a leave from his post [in January]": a relative clause
/// a preposition leads, with a subject and a past verb of its own, is the act the date dates.
fn which_after_preposition(words: &[&str], tail: &str) -> Option<Dated> {
    let k = words.iter().rposition(|w| ["which", "whom"].contains(&lower(w).as_str()))?;
    if k == 0 || !RELATIVE_PREPS.contains(&lower(words[k - 1]).as_str()) {
        return None;
    }
    let clause = &words[k + 1..];
    let subject = clause.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase) || PRONOUNS.contains(&lower(w).as_str()) || DETERMINERS.contains(&lower(w).as_str())
    });
    let past = clause.iter().skip(1).take(4).any(|w| w.starts_with(char::is_lowercase) && fragment::tells_the_past(w));
    if !(subject && past && clause.len() <= 14) {
        return None;
    }
    Some(Dated::Event(join(clause, tail)))
}

/// "the law that passed [in 2010]": a relative "that" after a noun phrase, its verb right
/// after it in the past, tells the noun's act ("The law passed"); "the one that took him to
/// the capital [in 2008]" tells an act of no one named, which goes.
fn that_relative(words: &[&str], tail: &str) -> Option<Dated> {
    let k = words.iter().rposition(|w| lower(w) == "that")?;
    let v = *words.get(k + 1)?;
    if let Some(act) = named_that_relative(words, k, tail) {
        return Some(act);
    }
    if k >= 2 && noun_like(words[k - 1]) && !(v.starts_with(char::is_lowercase) && fragment::tells_the_past(v)) {
        return object_that_relative(words, k, tail);
    }
    if k < 2 || !v.starts_with(char::is_lowercase) || !fragment::tells_the_past(v) || !noun_like(words[k - 1]) {
        return None;
    }
    // ("that landlocked country": an adjective in "-ed" before a noun is no verb.)
    let auxiliary = ["was", "were", "had", "has", "have"].contains(&lower(v).as_str());
    let verbs = words[k + 2..].iter().filter(|w| verb(w)).count();
    if verbs > usize::from(auxiliary) {
        return None;
    }
    let d = (k.saturating_sub(5)..k - 1).rev().find(|&d| DETERMINERS.contains(&lower(words[d]).as_str()))?;
    if !words[d + 1..k].iter().all(|w| noun_like(w) || w.chars().all(char::is_alphabetic)) {
        return None;
    }
    let noun = lower(words[k - 1]);
    if ["one", "ones", "same", "kind", "sort", "type", "way"].contains(&noun.as_str()) {
        return Some(Dated::Aside("a date in a relative clause about 'the one' (no one named), not an event"));
    }
    Some(Dated::Event(join(&[&words[d..k], &words[k + 1..]].concat(), tail)))
}

/// How many capitalised words a name before a relative "that" may have.
const NAME_WORDS: usize = 6;

/// "families of Velmora Air Flight V12 that vanished [in March]": a name before a relative
/// "that" whose past verb follows it (and is the clause's only verb) is the noun phrase, and
/// tells its act ("Velmora Air Flight V12 vanished"); not a name after a verb of saying ("told
/// Quist that …", whose "that" clause is what was said).
fn named_that_relative(words: &[&str], k: usize, tail: &str) -> Option<Dated> {
    let v = *words.get(k + 1)?;
    let named = |w: &str| w.starts_with(char::is_uppercase) && !COMMON.contains(&w) && w.chars().all(char::is_alphanumeric);
    if k == 0 || !named(words[k - 1]) || !v.starts_with(char::is_lowercase) || !fragment::tells_the_past(&lower(v)) {
        return None;
    }
    if ["was", "were", "had", "has", "have"].contains(&lower(v).as_str()) || words[k + 2..].iter().any(|w| verb(w)) {
        return None;
    }
    let from = (k.saturating_sub(NAME_WORDS)..k).rev().take_while(|&i| named(words[i])).last()?;
    if from > 0 && REPORTING.contains(&lower(words[from - 1]).as_str()) {
        return None;
    }
    Some(Dated::Event(join(&[&words[from..k], &words[k + 1..]].concat(), tail)))
}

/// Nouns a "that" clause completes rather than qualifies ("the news that Quist resigned").
const COMPLEMENTED: &[&str] = &[
    "fact", "news", "idea", "claim", "claims", "report", "reports", "hope", "hopes", "belief",
    "sign", "signs", "evidence", "rumour", "rumor", "rumours", "rumors", "word", "notion",
    "assertion", "allegation", "allegations", "suggestion", "possibility", "proof", "view",
    "sense", "reminder", "promise", "assurance", "warning", "charge", "charges", "argument",
];

/// "Stake.com (an online casino that Velmora's founders started [in 2017])": a relative
/// clause with a subject of its own between "that" and its past verb, which ends it, tells the
/// subject's act on the noun: "Velmora's founders started an online casino". The subject is a
/// name, a possessive's noun or a pronoun; the noun is no head of a "that" clause of content
/// ("the news that Quist resigned", [`COMPLEMENTED`]).
fn object_that_relative(words: &[&str], k: usize, tail: &str) -> Option<Dated> {
    let v = words.len().checked_sub(1)?;
    let verb = words[v];
    if v <= k + 1 || v > k + 4 || !verb.starts_with(char::is_lowercase) || !fragment::tells_the_past(&lower(verb)) {
        return None;
    }
    // ("was", "had": an auxiliary is no act of its own.)
    if ["was", "were", "had", "has", "have", "is", "are", "did"].contains(&lower(verb).as_str()) {
        return None;
    }
    let subject = &words[k + 1..v];
    let named = |w: &str| w.starts_with(char::is_uppercase) && !COMMON.contains(&w);
    let subject_ok = match subject {
        [p] => PRONOUNS.contains(&lower(p).as_str()) && lower(p) != "it" || named(p),
        [first, rest @ ..] => {
            (named(first) || DETERMINERS.contains(&lower(first).as_str()) && !["a", "an"].contains(&lower(first).as_str()))
                && rest.iter().all(|w| noun_like(w) || named(w))
        }
        [] => false,
    };
    if !subject_ok || subject.iter().any(|w| verb_like(w)) {
        return None;
    }
    let d = (k.saturating_sub(5)..k - 1).rev().find(|&d| DETERMINERS.contains(&lower(words[d]).as_str()))?;
    if !words[d + 1..k].iter().all(|w| noun_like(w) || w.chars().all(char::is_alphabetic)) {
        return None;
    }
    if COMPLEMENTED.contains(&lower(words[k - 1]).as_str()) || ["one", "ones", "same", "kind", "sort", "type", "way"].contains(&lower(words[k - 1]).as_str()) {
        return None;
    }
    // (The determiner in lower case: "The firm that Quist founded" → "Quist founded the firm".)
    let determiner = lower(words[d]);
    Some(Dated::Event(join(&[subject, &[verb, determiner.as_str()], &words[d + 1..k]].concat(), tail)))
}

/// Whether `w` is a verb in any form a subject cannot hold.
fn verb_like(w: &str) -> bool {
    let l = lower(w);
    w.starts_with(char::is_lowercase) && (verb(w) || l.ends_with("ing"))
}

/// "in certain regions where he had success [two years ago]", "on the verge of a deal when
/// Velmora scuttled the talks [in September]": a restrictive "where" clause, or a "when"
/// clause after the main one, with a subject (a pronoun, a name, a determiner's noun) and a
/// past verb of its own, tells the act the date dates, not the main clause's ("He had
/// success", read back as its person or set aside; "Velmora scuttled the talks").
fn where_relative(words: &[&str], tail: &str) -> Option<Dated> {
    let k = words.iter().rposition(|w| ["where", "when"].contains(&lower(w).as_str()))?;
    if k == 0 || words[k - 1].ends_with(',') || !noun_like(words[k - 1]) || lower(words[k - 1]).ends_with("ly") {
        return None;
    }
    // ("sold out at once when it launched": a pronoun's "when" clause tells less than the
    // sentence.)
    if lower(words[k]) == "when" && words.get(k + 1).is_some_and(|w| PRONOUNS.contains(&lower(w).as_str())) {
        return None;
    }
    let clause = &words[k + 1..];
    let subject = clause.first().is_some_and(|w| {
        PRONOUNS.contains(&lower(w).as_str()) || w.starts_with(char::is_uppercase) || DETERMINERS.contains(&lower(w).as_str())
    });
    let v = clause.iter().position(|w| w.starts_with(char::is_lowercase) && fragment::tells_the_past(w))?;
    let one_verb = !clause[v + 1..].iter().any(|w| verb(w));
    // (The subject before the verb: a few words, none a verb.)
    (subject && (1..=4).contains(&v) && one_verb && clause.len() <= 12).then(|| Dated::Event(join(clause, tail)))
}

/// "was named head of the firm Quist co-founded [35 years ago] in his garage": a relative
/// clause without its "that", a name and a past verb after a noun phrase, is the name's act
/// on the noun: "Quist co-founded the firm in his garage".
fn named_zero_relative(words: &[&str], tail: &str) -> Option<Dated> {
    // The verb: the last word, or the last before an object-free stretch ("bought from his
    // uncle").
    let v = words.iter().rposition(|w| w.starts_with(char::is_lowercase) && fragment::tells_the_past(w))?;
    if words[v + 1..].iter().any(|w| verb(w)) {
        return None;
    }
    // The name before it: one to three capitalised words, after a lower-case noun.
    let name_start = words[..v].iter().rposition(|w| !w.starts_with(char::is_uppercase)).map_or(0, |i| i + 1);
    let name = &words[name_start..v];
    if name.is_empty() || name.len() > 3 || name_start == 0 || COMMON.contains(&name[0]) || name.iter().any(|w| !w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')) {
        return None;
    }
    let noun = name_start - 1;
    if !noun_like(words[noun]) {
        return None;
    }
    let d = (noun.saturating_sub(3)..noun).rev().find(|&d| DETERMINERS.contains(&lower(words[d]).as_str()))?;
    // The noun phrase is governed, by a preposition or a verb ("head of the firm Quist
    // co-founded"), not a subject ("and the first Parliament met").
    let governor = lower(words.get(d.wrapping_sub(1)).copied().unwrap_or(""));
    let governed = OBJECT_PREPS.contains(&governor.as_str()) || RELATIVE_PREPS.contains(&governor.as_str()) || d > 0 && words[d - 1].starts_with(char::is_lowercase) && fragment::tells_the_past(&governor);
    if d == 0 || !governed || !words[d + 1..noun].iter().all(|w| noun_like(w)) || REPORTING.contains(&governor.as_str()) {
        return None;
    }
    // (Nothing after the verb that would be its object: "the firm Quist sold it to".)
    let object = words.get(v + 1).is_some_and(|w| {
        DETERMINERS.contains(&lower(w).as_str()) || ["him", "her", "them", "it", "me", "us"].contains(&lower(w).as_str()) || w.starts_with(char::is_uppercase)
    });
    if object {
        return None;
    }
    let told = [name, &words[v..=v], &words[d..noun + 1], &words[v + 1..]].concat();
    Some(Dated::Event(join(&told, tail)))
}

/// "cautioned against tinkering with an organization established by the Assembly [in
/// 1775]": a participle after the noun phrase a preposition governs, closing the stretch (with
/// its agent), tells that noun's act: "An organization was established by the Assembly".
fn participle_after_preposition(words: &[&str]) -> Option<Dated> {
    let by = words.iter().rposition(|w| *w == "by");
    let agent_ok = by.is_some_and(|b| (2..=5).contains(&(words.len() - b)) && words[b + 1..].iter().all(|w| w.starts_with(char::is_uppercase) || *w == "the"));
    // (With no agent the participle may tell the main act again: "announced in an article
    // published on Monday".)
    if !agent_ok {
        return None;
    }
    let p = by?.checked_sub(1)?;
    let participle = words[p];
    let l = lower(participle);
    let regular = l.len() > 4 && l.ends_with("ed");
    if !participle.starts_with(char::is_lowercase) || !regular || !fragment::tells_the_past(&l) {
        return None;
    }
    let d = (p.saturating_sub(4)..p).rev().find(|&d| DETERMINERS.contains(&lower(words[d]).as_str()))?;
    if d == 0 || !OBJECT_PREPS.contains(&lower(words[d - 1]).as_str()) || !words[d + 1..p].iter().all(|w| noun_like(w) || w.starts_with(char::is_uppercase)) || d + 1 == p {
        return None;
    }
    // The main clause before has a verb of its own.
    if !words[..d - 1].iter().any(|w| verb(w)) {
        return None;
    }
    let plural = words[p - 1].ends_with('s') && !words[p - 1].ends_with("ss");
    let be = if plural { "were" } else { "was" };
    Some(Dated::Event(capitalise(&format!("{} {be} {}", words[d..p].join(" "), words[p..].join(" ")))))
}

fn join(words: &[&str], tail: &str) -> String {
    let text = format!("{} {tail}", words.join(" "));
    capitalise(text.trim().trim_end_matches(','))
}

fn capitalise(text: &str) -> String {
    let mut c = text.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().collect::<String>() + c.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the date `date` (its first occurrence) of `sentence` dates.
    fn at(sentence: &str, date: &str) -> Option<Dated> {
        let start = sentence.find(date).expect("the date");
        dated(sentence, start, start + date.len())
    }

    fn event(text: &str) -> Option<Dated> {
        Some(Dated::Event(text.to_string()))
    }

    #[test]
    fn a_relative_that_on_a_name_dates_the_names_act() {
        assert_eq!(
            at("The crew has been speaking to families of the passengers of Velmora Air Flight V12 that vanished in March and, unlike the ferry, has still yet to be found.", "March"),
            event("Velmora Air Flight V12 vanished")
        );
        assert_eq!(at("Tora Quist visited Brenna Mill that opened in 1990.", "1990"), event("Brenna Mill opened"));
        // A name after a verb of saying takes what was said.
        assert_eq!(at("The mayor told Tora Quist that ended in 1990.", "1990"), None);
    }

    #[test]
    fn a_participle_after_a_prepositions_object_dates_that_nouns_act() {
        assert_eq!(
            at("Tora Quist warned against meddling with an institute established by the Velmora Assembly in 1812.", "1812"),
            event("An institute was established by the Velmora Assembly")
        );
        assert_eq!(at("Quist spoke with the crews founded by Ann Lind in 1990.", "1990"), event("The crews were founded by Ann Lind"));
        // No agent: the participle may tell the main act again.
        assert_eq!(at("The find was announced in an article published in May.", "May"), None);
        // No verb before: the participle is the main clause's ("the head of the firm resigned").
        assert_eq!(at("The head of the firm resigned in 1990.", "1990"), None);
    }

    #[test]
    fn a_zero_relative_with_a_named_subject_is_the_names_act() {
        assert_eq!(
            at("Her deputy was named head of the studio Quist co-founded 30 years ago in her barn.", "30 years ago"),
            event("Quist co-founded the studio in her barn")
        );
        // A subject, not an object; a report, not a relative clause; a verb with its object
        // after it.
        assert_eq!(at("Velmora gained a charter in 1852 and the first Assembly met in 1854.", "1854"), None);
        assert_eq!(at("Velmora told the board Quist resigned in 2004.", "2004"), None);
        assert_eq!(at("Velmora saw the barn Quist sold it in 2004.", "2004"), None);
    }

    #[test]
    fn a_relative_led_by_a_preposition_is_its_own_act() {
        assert_eq!(
            at("The delay seems to follow an illness for which Quist took a leave from the board in March.", "March"),
            event("Quist took a leave from the board")
        );
    }

    #[test]
    fn a_that_relative_tells_its_nouns_act_or_goes() {
        assert_eq!(at("Velmora repealed the tariff that angered farmers in 1998.", "1998"), event("The tariff angered farmers"));
        assert_eq!(
            at("Her path could look unlike the one that took her to the Velmora senate in 2008.", "2008"),
            Some(Dated::Aside("a date in a relative clause about 'the one' (no one named), not an event"))
        );
        // A verb of the main clause after the relative one: not the relative's date.
        assert_eq!(at("The tariff that angered farmers was repealed in 1998.", "1998"), None);
        // "that" as a determiner.
        assert_eq!(at("Quist fought in that landlocked country in 2001.", "2001"), None);
        // The occasion after the date goes with the act; a relative clause joined on after it
        // tells another thing of the noun.
        assert_eq!(
            at("“It was a hard lesson,” said Tora Quist, a pilot, referring to the Velmora ferry that sank on March 8 during a crossing from Brenna to the islands with 40 passengers and which has not been raised.", "March 8"),
            event("The Velmora ferry sank during a crossing from Brenna to the islands with 40 passengers")
        );
    }

    #[test]
    fn an_echo_or_a_pronouns_where_clause_goes() {
        assert!(matches!(at("Quist repeated, as she did in a talk two weeks ago with the Velmora Post, that rates must rise.", "two weeks ago"), Some(Dated::Aside(_))));
        assert_eq!(at("Across the towns where she had support two years ago, the vote could shift.", "two years ago"), event("She had support"));
        assert_eq!(at("They were close to a deal when Tora Quist scuttled the talks in May, citing delays.", "May"), event("Tora Quist scuttled the talks"));
        assert_eq!(at("The fund will pay for a loom that set records when a rival sold it last March.", "March"), event("A rival sold it"));
        assert_eq!(at("The cards sold out quickly when they launched in May.", "May"), None);
        assert_eq!(at("Velmora paid for the job – for which she got no fee – on May 2, 2010.", "May 2, 2010"), None);
        // Not an "as" clause with a verb of its own.
        assert_eq!(at("Quist left, as the firm collapsed in 2009.", "2009"), None);
    }
}
