//! The index measured on a sixty-third blind book (tests/fixtures/blind63): ten English
//! pages of 2016-2025, three from the Postlight (Mercury) parser's fixtures and seven from the
//! tiptopjaw Web Content Extraction Benchmark (a government's Covid-19 advertisement and its
//! critics, an executive's resolutions, a manager's lesson from a television series,
//! nutritionists' diet trends, the appliance makers of a table, a meditation day and its
//! leader, a gardener's gifts and their makers, LLM researchers and their paper, a blogger's
//! book and politicians, a scheduling tool and its integrations), whose gold index headings
//! were written by reading them before the proposer ran on them. Prints the figures (run with
//! `--nocapture`); the assertions hold the level first measured, so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the sixty-third blind
/// book, first measured blind (session index47, with the library of main at f4044e5): 60.0%
/// present (84 of 140), 27 junk of 146 proposed. Its misses: firms inverted as persons, their
/// last word a firm's common noun ("Solutions, Haier U.S. Appliance", "Therapy, Keatley
/// Medical Nutrition", "Products, A.O. Smith Water", "Meet, Google") or cut ("Appliance
/// Solutions", "Oral Healthcare", "Herb Scissors", "White, Bradford"); names holding a
/// possessive cut at it ("Grampa’s Weeder", "Grampa’s Gardenware", "Johnny’s Seeds": "Grampa",
/// "Weeder", "Gardenware", "Johnny" junk) and "Grip ’n Grab" ("Grab"); a postscript's "P.S."
/// read as initials ("Eminem, P.S."); a credential after a name ("R.D.N."); persons in
/// natural order whose given name no list knows ("Jan Betley", "Jagpreet Chhatwal"), a name
/// cut by a parenthesis ("Owain (pronounced “Oh-wine”) Evans": "Owain", "Evans"); roles run
/// into a name ("Professor UNSW Strategic Health Policy Consultant Bill Bowtell"); a name cut
/// at a demonym ("Dietary Guidelines" of "… for Americans"), a subtitle after a dash ("Pro
/// Tips for Success"); names met once or only at a sentence's start ("Australia", "Haier",
/// "Anthropic", "NASA", "Marion", "Michigan"), brands in a list ("Café", "Profile",
/// "Hotpoint"), a product in bold ("Lunacal") and the calendars it syncs with ("Google",
/// "Outlook", "Apple"), "Paradigm 4 Parity", "For All Mankind", "Guinness World Record";
/// the lowercase topics ("advertisement", "thermostat", "diet trends", "nutritionists",
/// "protein", "beans", "clean eating", "household appliances", "meditation", "brain",
/// "physical health", "gifts", "gardeners", "hysteresis", "appointment scheduling"). Its junk
/// besides: "All Of This Stuff", "Cleveland Div", "Clyde Opers" (a table's abbreviations),
/// "Guest Columnists" (a false caption), "Radiology" (a professor's field).
/// Then the mark of a postscript opening a sentence ("P.S.") is no initials of the name after
/// it (no more "Eminem, P.S."); and a firm's noun of its trade ("Solutions", "Products",
/// "Therapy", "Healthcare") is an institution's word, no surname: "Haier U.S. Appliance
/// Solutions" and "Keatley Medical Nutrition Therapy" are no longer inverted as persons. The
/// two measured together: 61.4% (86 of 140), 24 junk ("A.O. Smith Water Products", its
/// "Co." left off, still junk).
/// Then a credential in dotted capitals set off by commas after a person's name ("Keri Gans,
/// R.D.N.,") is no heading; and a role as the predicate after "is a" or "is an" that closes
/// its phrase ("… is an Associate Professor of Radiology at …"; not an epithet before a noun,
/// "is a great place") says the name before it is a person's, as one set off does
/// ("Chhatwal, Jagpreet", acceptable, for "Jagpreet Chhatwal"). 61.4% (86 of 140), 22 junk.
/// Then of an honorific and a role before a name, the nearer is the name's own, and a
/// consultant is a role ("Adjunct Professor UNSW Strategic Health Policy Consultant Bill
/// Bowtell": "Bowtell, Bill"). 62.1% (87 of 140), 21 junk.
/// Left (62.1%, 21 junk): firms cut or inverted ("Appliance Solutions", "Oral Healthcare",
/// "White, Bradford", "Meet, Google", "A.O. Smith Water Products" without its "Co."); names
/// holding a possessive cut at it ("Grampa", "Weeder", "Gardenware", "Johnny") — a maker
/// owning two products ("Grampa’s Weeder", "Grampa’s Gardenware") looks like a firm's
/// possessive before its products ("Google’s Gemini"), so it was left; "Grip ’n Grab",
/// "Multi-block Herb Scissors" cut; "Jan Betley" (a month's abbreviation first, heading a
/// list in brackets); "Owain (pronounced “Oh-wine”) Evans" cut by its parenthesis; "Dietary
/// Guidelines" cut at "for Americans"; "Pro Tips for Success" (a subtitle after a dash);
/// "Radiology" (a professor's field); "All Of This Stuff"; a table's abbreviations ("Cleveland
/// Div", "Clyde Opers"); a false caption ("Guest Columnists"); names met once or only at a
/// sentence's start ("Australia", "Anthropic", "NASA", "Marion", "Michigan", "Eminem"), brands
/// in a list ("Café", "Profile", "Hotpoint"), a product in bold ("Lunacal") and the calendars
/// it syncs with ("Google", "Outlook", "Apple"), "Paradigm 4 Parity", "For All Mankind",
/// "Guinness World Record"; the lowercase topics ("advertisement", "thermostat", "diet
/// trends", "nutritionists", "protein", "beans", "clean eating", "household appliances",
/// "meditation", "brain", "physical health", "gifts", "gardeners", "hysteresis", "appointment
/// scheduling").
/// Then (session index49) a firm's abbreviated noun before a lowercase word ends the firm's
/// name, no sentence: "A.O. Smith Water Products Co. makes" keeps its "Co." (no longer junk
/// without it). 62.1% (87 of 140), 20 junk.
/// Then (session index53) a list a given name vouches for goes on vouching, neighbour by
/// neighbour, for names of two words shaped as a person's: "Jan Betley" inverted. 62.9% (88 of
/// 140), 19 junk.
/// Then (session index61's rules: a capitalised subject pronoun before a lowercase word opens
/// a clause, no name's last word; an abbreviation listed between commas among names is one):
/// 63.6% (89 of 140), 19 junk.
/// Then (session index69): a word alone ending in "-al" is a name by the tests a word in
/// "-ary" passes ("Lunacal", "PayPal"). 65.0% (91 of 140), 19 junk.
/// Then (session index71): a short cell of a table's body is no headline. 66.4% (93 of 140),
/// 18 junk.
/// Then (session index73): a country's abbreviation after "in the", no modifier of a noun, is a
/// heading, the dotted "U.S." and "US" in capitals (no pronoun "us") alike. 67.9% (95 of 140),
/// 18 junk.
const PRESENT_REACHED: f64 = 0.678;
const JUNK_REACHED: usize = 18;

#[test]
fn blind63_index() {
    gold::holds_index("tests/fixtures/blind63", PRESENT_REACHED, JUNK_REACHED);
}
