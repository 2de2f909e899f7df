//! The index measured on an eighty-ninth blind book (tests/fixtures/blind89): ten English
//! pages of 2016-2022 from trafilatura's evaluation set (a wire story on the Screen Actors
//! Guild awards, a tech story on FaceTime's eye contact, a blog's note on a game's season pass,
//! a university's news of a 3-D printer algorithm, a firm's roundup on AI in hospitals, a
//! beauty piece on dead skin cells, a profile of a pharmacy firm, two airlines' alliance, a
//! Barbadian party's leadership contest, a reference work's entry on micropolitics), whose gold
//! index headings were written by reading them before the proposer ran on them.
//! Prints the figures (run with `--nocapture`); the assertions hold the level first measured,
//! so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the eighty-ninth blind
/// book, first measured blind (session index73, with the library of main at 73f934e):
/// 75.6% present (102 of 135), 18 junk of 158 proposed. Its misses: the titles' lowercase topics
/// ("eye contact", "3-D printing", "algorithm", "healthcare", "hospitals", "dead skin cells",
/// "exfoliation", "flights", "alliance", "micropolitics", "rally-inspired car"); a body's name
/// cut at "and" ("Smart and Sustainable Automation Research Lab" as "Smart" and "Sustainable
/// Automation Research Lab") and two names joined across "and" ("Dr David Estwick and
/// University of the West Indies", losing both); firms and products named like persons and
/// inverted ("Air Europe" as "Europe, Air", taking "Europe" for its alias; "Rocket Pass" as
/// "Pass, Rocket", without its "4"; "Michigan Engineering" as "Engineering, Michigan"); a
/// product's model cut ("HICTOP Prusa i3" as "HICTOP Prusa"), a version ("iOS 13"); a firm
/// opening on capitals cut ("DNA Renewal" as "Renewal"); a firm's divisions printed with a
/// slash ("CVS/pharmacy", "CVS/caremark", "CVS/minuteclinic", "CVS/specialty"); films in
/// quotation marks ("1917", "Little Women"); "Hollywood" taken for an alias of "Once Upon A Time
/// in Hollywood"; the undotted and dotted "U.S." alone; a journal named after "The journal"
/// ("Mechatronics"), a paper's title in quotation marks after "titled:"; "John Hopkins" (as
/// "John Hopkins hospital"); "America" of a title; "Deleuze" and "The Deleuze dictionary" (a
/// chrome line's "by Kenneth Surin   Deleuze" run together as "Deleuze, Kenneth Surin").
/// Its junk: those pieces; a heading's tail cut at "and" ("Machine Learning Industry News"); a
/// list of other dictionaries' entries cut at "at" and "les" ("University of Texas", "Austin",
/// "Villeneuve", "Sablons"), an infobox's field ("Region"), a reference's given name after its
/// family name ("Maggie" of "Humm, Maggie."), "Shapiro, Michael".
/// Then (session index73): two words taken for a person's names whose first, no given name,
/// opens another name that is no person's are one family of a firm's names or products
/// ("Rocket Pass" beside "Rocket League", "Air Europe" beside "Air Europa", and "Europe" a
/// heading again). 77.0% (104 of 135), 16 junk; blind53 64.3% -> 65.5% (junk 70 -> 68: "Tate
/// Britain", "Google Cloud"); every other book unchanged.
/// Then (session index73): a person's name before "and", a given name first after any title,
/// is no part of a body's name after it ("Dr David Estwick" and "University of the West
/// Indies" apart). 78.5% (106 of 135), 15 junk; every other book unchanged.
/// Then (session index73): a lone word the text capitalises only before "and" and the same
/// word, twice at least, opens the name of a workplace after it ("Smart and Sustainable
/// Automation Research Lab"). 79.3% (107 of 135), 13 junk; every other book unchanged.
/// Then (session index73): a country's abbreviation after "in the", no modifier of a noun, is a
/// heading, the dotted "U.S." and "US" in capitals (no pronoun "us") alike. 80.0% (108 of 135),
/// 13 junk; blind39 69.3% -> 69.9%, blind47 78.2% -> 78.7%, blind63 66.4% -> 67.9% (no junk
/// rose); every other book unchanged.
/// Then (session index73): a word after a preposition ending a longer name is no short form of
/// it, though always used as a modifier ("Hollywood movies" beside the film "Once Upon A Time
/// in Hollywood"). 80.7% (109 of 135), 13 junk; every other book unchanged.
const PRESENT_REACHED: f64 = 0.807;
/// Then (session index73): a model's code of a lowercase letter and figures after a capitalised
/// word of a product's name is the name's last word ("Tovik Brask i3"), no longer a stop that
/// leaves the brand and the make as a heading ("HICTOP Prusa", junk). 80.7% (109 of 135), 12
/// junk ("HICTOP Prusa i3 3-D printer" still gives no heading: the figure after the code);
/// every other book unchanged.
const JUNK_REACHED: usize = 12;

#[test]
fn blind89_index() {
    gold::holds_index("tests/fixtures/blind89", PRESENT_REACHED, JUNK_REACHED);
}
