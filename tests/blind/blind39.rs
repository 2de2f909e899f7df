//! The index measured on a thirty-ninth blind book (tests/fixtures/blind39): ten English
//! news and feature pages of 2010-2014 saved among goose3's test fixtures and never used by
//! this project, whose gold index headings were written by reading them before the proposer
//! ran on them. Prints the figures (run with `--nocapture`); the assertions hold the level
//! first measured, so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the thirty-ninth blind
/// book, first measured blind (session index26, with the library of main at b63958a):
/// 65.4% present (100 of 153), 11 junk of 122 proposed. (A first run had BusinessWeek's
/// Olivia Munn profile in place of Gizmodo's page, 78.2% of 133 and 10 junk; that page proved
/// the same as the used businessWeek1 and was replaced, the gold of the new page written
/// before the proposer ran on it.) Its junk: offices kept before persons' names ("Assistant
/// District Attorney Donald Palik", "District Attorney Janice Steidley", "Director of Product
/// Management Joe Ambeault"), a name cut after "All" ("Things Digital Conference"), a code
/// taking a preposition ("Q4 along"), a season ("Winter"), a batch code ("YC S09"), a model
/// cut before its suffix ("Kindle Fire" of "Kindle Fire HD"), "Pie" of "American Pie", "Win"
/// (a platform abbreviated in a link) and "GIFs". Its misses: those persons and "Livingston,
/// Jessica" (named in capitals in a speaker's label), "Collison, Patrick" (of "Patrick and
/// John Collison"), the products of a buyer's guide opening its list items in bold
/// ("Evernote", "Simplenote", "Algeo", "Duolingo", "Live Mocha", "iA Writer", "Editorial",
/// "Text Expander", "Free Graphing Calculator", "Dropbox", "Box"), platforms and firms
/// ("iOS", "Windows", "Google", "Amazon", "HBO", "SAT"), names said once ("Comcast",
/// "Anaheim" in a dateline's capitals, "Modena", "Italy", "ACCA", "US GAAP", "Craig County",
/// "Oklahoma"), models with numbers ("Xbox 360", "Q2HD", "iQ5"), "Operation Twist"
/// (lowercase in the text), "United States" ("US"), and the lowercase topics of titles and
/// sections ("apps", "note-taking", "text editors", "textbooks", "graphing calculators",
/// "language learning", "cloud storage", "headphones", "set-top boxes", "external storage",
/// "chilli", "court records", "marketing", "sales", "startups", "big bang").
/// After session index26's rules: 67.3% (103 of 153), 8 junk ("Attorney" is a title before
/// a name, "Steidley, Janice" and "Palik, Donald"; an office's field of two words ends at a
/// given name opening a name of two or three words, "Ambeault, Joe"; a code takes no
/// preposition, "Q4 along" now "Q4"; a season alone after "in" each time is a time, no
/// "Winter"); one junk added, "District" of "District 12 District Attorney Janice Steidley",
/// the word before the office taken as an institution's name.
/// Left: junk "District", "GIFs", "Kindle Fire", "Pie", "Q4", "Things Digital Conference",
/// "Win", "YC S09"; the misses above but the three persons.
/// After session index31's: 68.0% (104 of 153): an operating system's name in its own
/// casing, lowercase letters before "OS", is a name ("iOS").
/// After session index36's: 68.6% (105 of 153): a given name "and" pairs with another's
/// before the surname they share names a person the given name alone locates ("for Tora and
/// Ada Quist").
/// Then (session index69): a word alone ending in "-al" is a name by the tests a word in
/// "-ary" passes ("Editorial"). 69.3% (106 of 153), 8 junk.
/// Then (session index73): a country's abbreviation after "in the", no modifier of a noun, is a
/// heading, the dotted "U.S." and "US" in capitals (no pronoun "us") alike. 69.9% (107 of 153),
/// 8 junk.
const PRESENT_REACHED: f64 = 0.699;
const JUNK_REACHED: usize = 8;

#[test]
fn blind39_index() {
    gold::holds_index("tests/fixtures/blind39", PRESENT_REACHED, JUNK_REACHED);
}
