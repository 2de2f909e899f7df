//! Which words in capitals the text gives evidence of naming something. An abbreviation is
//! a heading when the text spells it out ("Named Binary Tag (NBT)"), treats it as an agent
//! or owner ("NASA said", "ASIO is involved", "the ACA’s subsidies"), gives it an article or
//! a preposition ("the BBC", "their ICC plans", "according to AFP"), a noun of its kind ("the
//! journal BMJ") or lists it beside a name ("Whole Foods and QFC"). One
//! used only as a modifier or a placeholder ("CS undergrads", "the skeleton UI", "do XYZ
//! for me", "New York City, NY") names nothing the reader would look up.

use std::collections::HashSet;

use super::scan::Token;
use super::words;

/// Words after which a word names an agent: auxiliaries and modals.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "can", "could", "may", "might", "will",
    "would", "should", "must", "does", "did",
];

/// Nouns of a kind of body or publication, which name the abbreviation after them ("the
/// journal BMJ", "the regulator FCA").
const KIND_NOUNS: &[&str] = &[
    "journal", "magazine", "newspaper", "agency", "company", "firm", "group", "band", "network",
    "channel", "broadcaster", "regulator", "charity", "union", "party", "organisation",
    "organization", "website",
];

/// Possessive determiners, which like an article make the next word a noun of its own.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our", "your", "my"];

/// Letters only, two or more, all capitals ("NASA", not "U.S." or "PiP").
pub fn is_abbreviation(word: &str) -> bool {
    word.chars().count() > 1 && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// The keys of the abbreviations some occurrence of which gives evidence of a name, and of
/// the words in capitals that the text also writes otherwise ("HAYWARD, Calif." beside "in
/// Hayward"): a shouted word is no abbreviation.
pub fn attested(tokens: &[Token]) -> HashSet<String> {
    (0..tokens.len())
        .filter(|i| !is_abbreviation(tokens[*i].text.trim_end_matches("'s")) || evidence(tokens, *i))
        .map(|i| tokens[i].key.clone())
        .collect()
}

fn evidence(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let next = tokens.get(i + 1).filter(|n| n.joined && n.node == t.node);
    let prev = (i > 0 && t.joined).then(|| &tokens[i - 1]).filter(|p| p.node == t.node);
    let agent = next.is_some_and(|n| {
        AUXILIARIES.contains(&n.key.as_str()) || words::is_speech_verb(&n.key) || n.key.ends_with("ed") && !n.capitalised()
    });
    // "the BBC", "a BART train", "according to AFP", "their ICC plans".
    let determined = prev.is_some_and(|p| words::is_determiner_or_preposition(&p.key) || POSSESSIVES.contains(&p.key.as_str()));
    // "published in the journal BMJ": a noun of its kind names it.
    let kind = prev.is_some_and(|p| KIND_NOUNS.contains(&p.text.as_str()));
    let listed = prev.is_some_and(|p| matches!(p.key.as_str(), "and" | "or"))
        && i >= 2
        && tokens[i - 2].capitalised()
        && tokens[i - 2].node == t.node;
    // "Source: CDC, Chicago Department of Public Health": listed before a name too, inside a
    // line (a dateline's shouted city opens its paragraph: "ROME, Italy"), and not itself
    // after a comma (a degree: "Katie Allen, MD, PhD").
    let listed_before = i > 0
        && tokens[i - 1].node == t.node
        && !t.comma_before
        && tokens.get(i + 1).is_some_and(|n| n.comma_before && n.capitalised() && !n.sentence_start && n.node == t.node);
    // "and Ajax, PSV, AZ, Feyenoord", "(Claude, GPT, Gemini)": between commas, listed among
    // names of one word each, the one before opening the list or listed itself, a word after
    // it (not degrees after a person's name: "Ann Lee, MD, PhD", "Ada Vell, DBA, MS, RDN,
    // CPT"; nor a state after its city: "based in Denver, CO, the brewery").
    let word = |n: &Token| n.capitalised() && n.text.chars().skip(1).all(|c| !c.is_uppercase());
    let item = |k: usize| {
        let p = &tokens[k];
        p.capitalised() && (p.comma_before || p.bracket_before || (k > 0 && tokens[k - 1].node == p.node && ["and", "or"].contains(&tokens[k - 1].key.as_str())))
    };
    let among_names = t.comma_before
        && i >= 2
        && tokens[i - 1].node == t.node
        && item(i - 1)
        && tokens.get(i + 1).is_some_and(|n| n.comma_before && word(n) && !n.sentence_start && n.node == t.node);
    // "Winfrey told CBS that…": a verb of saying's listener is a paper or a network (whole:
    // not "told USA TODAY").
    let addressed = prev.is_some_and(|p| words::takes_addressee(&p.key)) && next.is_none_or(|n| !n.capitalised());
    t.possessive || agent || determined || kind || listed || listed_before || among_names || addressed || spelled_out(tokens, i) || spelled_out_after(tokens, i)
}

/// Whether the words just before occurrence `i` spell it out by their initials, function
/// words aside ("Industrial Light & Magic (ILM)", "Central Business District or “CBD”").
fn spelled_out(tokens: &[Token], i: usize) -> bool {
    let letters: Vec<char> = tokens[i].key.chars().collect();
    let before: Vec<char> = tokens[..i]
        .iter()
        .rev()
        .take_while(|w| w.node == tokens[i].node)
        .filter(|w| !words::is_stop(&w.key) && w.key != "&")
        .take(letters.len())
        .filter_map(|w| w.key.chars().next())
        .collect();
    before.iter().rev().eq(letters.iter())
}

/// Whether the capitalised words in brackets right after occurrence `i` spell it out by their
/// initials, function words aside ("KORVEN (Kite-based Orbital Rover for Virtual
/// Environment Navigation)"): a project or body the text names first by its abbreviation.
pub fn spelled_out_after(tokens: &[Token], i: usize) -> bool {
    let letters: Vec<char> = tokens[i].key.chars().collect();
    let opens = tokens.get(i + 1).is_some_and(|t| t.bracket_before && t.node == tokens[i].node);
    let words: Vec<&Token> = tokens[i + 1..]
        .iter()
        .take_while(|w| w.node == tokens[i].node)
        .filter(|w| !words::is_stop(&w.key) && w.key != "&")
        .take(letters.len())
        .collect();
    opens && words.len() == letters.len() && words.iter().all(|w| w.capitalised()) && words.iter().map(|w| w.key.chars().next()).eq(letters.iter().map(|c| Some(*c)))
}

#[cfg(test)]
mod tests {
    use super::super::scan::tokenize;
    use super::*;

    fn attested_in(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, 0, true, &mut true, &mut tokens);
        let shouted = |k: &String| tokens.iter().any(|t| &t.key == k && is_abbreviation(t.text.trim_end_matches("'s")));
        let mut keys: Vec<String> = attested(&tokens).into_iter().filter(shouted).collect();
        keys.sort();
        keys
    }

    #[test]
    fn an_abbreviation_spelled_out_or_used_as_a_name_is_attested() {
        assert_eq!(attested_in("It is called Named Binary Tag (NBT) here."), ["nbt"]);
        assert_eq!(attested_in("Then NASA said no."), ["nasa"]);
        assert_eq!(attested_in("Where ASIO is involved."), ["asio"]);
        assert_eq!(attested_in("He spoke to the BBC about it."), ["bbc"]);
        assert_eq!(attested_in("According to AFP, it rained."), ["afp"]);
        // Shouted in a dateline, written as a word in the text: no abbreviation.
        assert_eq!(attested_in("HAYWARD, Calif. A train pulled into Hayward."), ["hayward"]);
        assert_eq!(attested_in("But the ACA’s subsidies grew."), ["aca"]);
        assert_eq!(attested_in("Sold at Whole Foods and QFC."), ["qfc"]);
        assert_eq!(attested_in("Then a BART train came."), ["bart"]);
        assert_eq!(attested_in("A study in the journal QJM found it."), ["qjm"]);
        assert_eq!(attested_in("Later she told KTV that it was over."), ["ktv"]);
        assert_eq!(attested_in("Source: WHO, Toronto Board of Health"), ["who"]);
        assert_eq!(attested_in("They beat Brask and Tovik, PSV, AZ, Velmora."), ["az"]);
        assert_eq!(attested_in("The model (Claude, GPT, Gemini) answers."), ["gpt"]);
        assert_eq!(attested_in("We are building KORVEN (Kite-based Orbital Rover for Virtual Environment Navigation) now."), ["korven"]);
    }

    #[test]
    fn a_modifier_or_a_placeholder_is_not() {
        assert!(attested_in("There are many CS undergrads who show UI when asked.").is_empty());
        assert!(attested_in("Can you make a computer do XYZ for me?").is_empty());
        assert!(attested_in("A team in New York City, NY, set out to look.").is_empty());
        assert!(attested_in("Experts told USA TODAY that it was so.").is_empty());
        assert!(attested_in("So says Ann Lee, MD, PhD, a doctor.").is_empty());
        assert!(attested_in("So says Ada Vell, DBA, MS, RDN, CPT, and Bo Quist.").is_empty());
        assert!(attested_in("Once based in Denver, CO, Velmora Brewing moved.").is_empty());
    }
}
