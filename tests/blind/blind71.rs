//! The index measured on a seventy-first blind book (tests/fixtures/blind71): ten English
//! pages of 2016-2025, two from the Postlight (Mercury) parser's fixtures, five from
//! htmldate's evaluation pages and three from the tiptopjaw Web Content Extraction Benchmark
//! (a games platform's Linux users, a holiday shopping list, a television family and a
//! prince, a police order in a town, a politician's growth figures, a JSON parser, a storm,
//! ten insurers, ten cameras, a programmer's essay on languages), whose gold index headings
//! were written by reading them before the proposer ran on them. Prints the figures (run
//! with `--nocapture`); the assertions hold the level first measured, so that it can only
//! improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the seventy-first blind
/// book, first measured blind (session index55, with the library of main at 7412339):
/// 78.3% present (144 of 184), 18 junk of 221 proposed. Its misses: a person named in
/// capitals at an article's head ("KELLY Osbourne", junk) and family members named by the
/// given name after the family's name ("Her brother Jack", "Their mother Sharon"); works in
/// quotation marks ("'I've Had It'", "Name Your Price", "Why Isn't Functional Programming the
/// Norm?", this one cut to "Functional Programming"); products closed by a model's marks or
/// lens figures ("Canon 5D Mark IV", "Canon 6D Mark II", "Canon 5D Mark II" as "Mark IV",
/// "Mark II"; "Canon RF 28-70 f/2 L USM lens" as "Canon RF", "Canon RF 50 mm 1.4 L VCM lens"
/// as "Canon RF 50", "L VCM"); a name opening on a figure ("21st Century" as "Century",
/// "Century Insurance"); a law's name cut at its comma ("Anti-Social Behaviour, Crime and
/// Policing Act 2014"); names ending in a symbol ("JSON for Modern C++" as "JSON for Modern
/// C", "F#", "C#", "State of F#" as "State of F"); software in lowercase ("simdjson") and
/// short names ("G7", cut into "G7 plus"; "GCC", "Go", "Rust", "Kotlin", "Wine",
/// "Direct3D", "Leica", "Boston", "AM Best", "Snapshot", "Star Driver", "Labour", "ASOS");
/// the lowercase topics ("marketshare", "holiday outfit", "growth", "JSON parsing", "flood
/// warnings", "digital cameras", "death spiral", "programming languages"). Its junk besides:
/// a title's words ("Best Mirrorless Cameras", "Desired Digital Cameras", "Steam Linux",
/// "Software Engineers"), "Consumer Markets", "Family", "Fujifilm X-H2S I".
/// Then a model's code of a digit or two and one or two capitals between two capitalised
/// words of a name is a word of it ("Canon 5D Mark IV", "Canon 6D Mark II", no more "Mark
/// IV", "Mark II"); a given name shouted in capitals before a surname at a sentence's start,
/// as a tabloid's first paragraph sets it, is written as a name is ("KELLY Osbourne has
/// blasted": "Osbourne, Kelly"; the family's podcast "The Osbournes" now goes under the
/// person). 79.9% (147 of 184), 15 junk; every other book unchanged.
/// Then an ordinal opens a name of two words whose first word the text capitalises only
/// right after an ordinal, though it stands alone there ("21st Century Insurance" beside "its
/// 21st Century unit"). 80.4% (148 of 184), 14 junk; every other book unchanged.
/// Left (80.4%, 14 junk): family members named by the given name ("Her brother Jack");
/// works in quotation marks ("I've Had It", "Name Your Price"); lenses named with their
/// figures ("Canon RF 28-70 f/2 L USM lens"); "21st Century" alone cut to "Century"; a law's name
/// cut at its comma; names closing on a symbol ("F#", "C#"); software in lowercase
/// ("simdjson"); short names opening sentences ("Go", "Rust", "Kotlin", "G7"); the lowercase
/// topics; a title's words ("Best Mirrorless Cameras", "Steam Linux").
/// Then (session index61's rules: a capitalised subject pronoun before a lowercase word opens
/// a clause, no name's last word; an abbreviation listed between commas among names is one):
/// 80.4% (148 of 184), 13 junk.
const PRESENT_REACHED: f64 = 0.804;
const JUNK_REACHED: usize = 13;

#[test]
fn blind71_index() {
    gold::holds_index("tests/fixtures/blind71", PRESENT_REACHED, JUNK_REACHED);
}
