//! The index measured on a fifty-fifth blind book (tests/fixtures/blind55): ten English pages,
//! five of 2014 from newspaper3k's test fixtures and five of 2025 saved by the
//! web-content-extraction benchmark (sitcoms and their writers, a city's shops, a reality
//! show's couple, a singer's campaign, butterflies, a bakery chain, the films of the year, a
//! month's security deals, a year in mathematics, films to stream), whose gold index headings
//! were written by reading them before the proposer ran on them. Prints the figures (run with
//! `--nocapture`); the assertions hold the level first measured, so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the fifty-fifth blind book,
/// first measured blind (session index39, with the library of main at 2d081a7): 81.2% present
/// (181 of 223), 23 junk of 291 proposed. Its junk: persons left in natural order ("Talib
/// Visram", "Nyle DiMarco", "Davis Guggenheim", "Abou Sangaré", "Shih-Ching Tsou"), given names
/// no list knows; names cut at a no-break hyphen ("Jia Zhang" of "Jia Zhang‑ke", "Ann" and
/// "Jing" of "I‑Ann", "I‑Jing"), at a lowercase "rue" or a word ("El Houria", "Majorelle,
/// Laurent" of "Rue Yves Saint Laurent Majorelle", "Tides", "Paradise", "Restaurant Chain",
/// "North America"); a nickname and a character inverted as persons ("Farming, Prince",
/// "Mame, Auntie"); an equation's possessive dropped ("Schrödinger equation"); a verb, a spelt
/// word and adjectives ("Googling", "K-I-S-S-I-N-G", "Moroccan", "Provencal-by-way-of-Moroccan",
/// "America"). Its misses: shops and films named only in section headings ("M’H", "Magasin
/// General", "Anitan", "Akbar", "Peacock Pavilions", "Roofman", "Griffin in Summer", "F1: The
/// Movie", "Spinal Tap II: The End Continues") or in italics in the text as well ("Caught by
/// the Tides", "Pillion"), the persons above, "Craig, Daniel" (only "Daniel Craig’s Southern-
/// fried Sherlock"), "South Park", "FinalDraft", "Iowa", "Netflix", "HBO Max", "Paramount+",
/// "Toys ’R Us", "Intangic", "Cantor set", "ten martini problem" and the lowercase topics
/// ("shopping", "souks", "selfies", "butterflies", "nanotechnology", "neighborhood bakery",
/// "films", "cybersecurity", "mathematics", "infinity", "streaming").
/// Then 81.2%, 20 junk: a typeset hyphen (U+2010) or one a line may not break at (U+2011)
/// joins a word as the keyboard's hyphen does ("I‑Ann" is one word, no "Ann").
/// Then 81.6% (182 of 223), 20 junk: a given name of two hyphenated romanised syllables after
/// a capitalised word of one syllable is no compound adjective, whatever the family name (no
/// list knows "Jia"), and the name keeps its order ("Jia Zhang-ke"; not "Hong Kong-based").
/// Then 82.5% (184 of 223), 18 junk: the arts' makers join the closed list of roles
/// ("filmmaker", "screenwriter", "playwright", "composer", "painter", "sculptor"); a role in
/// the plural opening a sentence is cut off the name after it as the singular is, and names
/// the person "and" pairs with that name too ("Filmmakers Ada Vell and Tora Quist tell…" gives
/// "Vell, Ada" and "Quist, Tora", given names no list knows).
/// Then unchanged: a given name of two hyphenated romanised syllables before a family name
/// of one is a person's in Western order ("Hsiu-Ping Tso" is "Tso, Hsiu-Ping"), its "-ping"
/// no gerund, its inner capital no product's; "Shih-Ching Tsou" stays, Wade-Giles "shih"
/// being no syllable the model of syllables knows.
/// Left (82.5%, 18 junk): persons in natural order whose given names no list knows ("Talib
/// Visram recently wrote…", "Souleymane (Abou Sangaré)", a character's name before the
/// actor's in brackets, "Shih-Ching Tsou"); names cut at a lowercase "rue" or a word ("El
/// Houria", "Majorelle, Laurent", "Tides", "Paradise", "Restaurant Chain", "North America");
/// a nickname and a character inverted ("Farming, Prince", "Mame, Auntie"); "Schrödinger
/// equation" for "Schrödinger’s equation"; "Googling", "K-I-S-S-I-N-G", "Moroccan",
/// "America". Misses beside those: shops and films named only in section headings ("M’H",
/// "Magasin General", "Roofman", "Griffin in Summer"), italic titles cut or lost ("Caught by
/// the Tides", "Pillion"), "Craig, Daniel" (only in a possessive before a role), streaming
/// services ("Netflix", "HBO Max", "Paramount+"), "Cantor set", "ten martini problem" and the
/// lowercase topics.
/// Then (session index53) an owner of nothing closing a quotation, or kept with its "'s", is
/// no person: "Majorelle, Laurent" is no longer junk. 82.5% (184 of 223), 17 junk.
const PRESENT_REACHED: f64 = 0.825;
const JUNK_REACHED: usize = 17;

#[test]
fn blind55_index() {
    gold::holds_index("tests/fixtures/blind55", PRESENT_REACHED, JUNK_REACHED);
}
