//! The index measured on a forty-fifth blind book (tests/fixtures/blind45): ten English pages
//! of 2023-2026 saved by the Web Content Extraction Benchmark (a review, an essay, news
//! reposted on a forum, local news, a trip report, a history, a question's answers, release
//! notes, a forum's list of films, an announcement), from sites never used by this project,
//! whose gold index headings were written by reading them before the proposer ran on them.
//! Prints the figures (run with `--nocapture`); the assertions hold the level first measured,
//! so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the forty-fifth blind book,
/// first measured blind (session index31, with the library of main at e00668f): 71.7% present
/// (205 of 286), 66 junk of 337 proposed. Its junk: titles, roles and words run into persons'
/// names or cut from them ("Chef Ivan Jacobo", "Alhoch, Owner Racan", "Nik Fields", "Joko
/// Anwar", "Yasmine Rubio" left in natural order; "B, Maddie", "Julia, Casa de", "Field,
/// Chase", "Zeiss, Carl", "Photography, Melissa Zink", "Code, Claude" inverted though no
/// person's); a list of films run into one line ("Anora The", "Look Back Anora", "Real Pain
/// Flow, A", "Wicked The Seed", "The Wild Robot Strange Darling Thelma A", "Widow Clicquot,
/// Dìdi") or cut ("Sacred Fig", "Torture", "Conann"); a book's subtitle cut at its commas
/// ("Spices", "Stimulants", "Intoxicants"); addresses' words ("St. Suite", "St. Unit", "St.,
/// Pierce", "Ave", "McKinley St. Their"); a name run on into the next word ("Safari for
/// WebGPU", "Singapore Changi Terminal", "Singapore Airlines Business Class", "SQ964 Date",
/// "Soviet Union 8", "Korean War Vets", "Vietnam Vets", "MP4 encoder", "Updates Metasploit",
/// "Pull Requests") or cut ("Light District", "Food Group", "Gi Grappling", "Pasta", "Dia",
/// "Muertos", "Nasi Ulam", "Ayam Percik", "Bought By Private Equity", "Open Source Community
/// Software", "Chicago Style Popcorn", "Huawei Kirin"); a title of office ("Director of
/// Software Engineering"); a page's note ("Indicates Phoenix Community Alliance"); misspellings
/// and plurals ("Japans", "Jestapo", "World World II", "St Works War", "CVEs", "LMs"), "A2A",
/// "Addon", "Catalina-Sequoia", "Downtown", "Horner algorithm", "Indy", "Pareto", "PHX". Its
/// misses: most of those names, the films of the thread (met once, in a list, or run into one
/// line), products and systems met once ("PowerPoint", "macOS", "iOS", "Flickr", "Debian",
/// "Windows", "Safari", "Claude"), the shops of the local news named only in their section
/// headings ("Saint Pasta", "Generation Tux", "Eat the Rich", "Pilates 1st"…), "Japan",
/// "Korean War", "Jiangnan", "Community Signal", a podcast episode's title, and the lowercase
/// topics ("coffee", "movies", "businesses").
/// After session index31's first rules: 72.0% (206 of 286), 63 junk: a series' last "and"
/// after its comma goes on with a title in italics ("*Tastes of Paradise: A Social History of
/// Spices, Stimulants, and Intoxicants*", no more "Spices", "Stimulants", "Intoxicants"), and a
/// title's subtitle after its colon is found in the text across the colon ("A Quiet Place: Day
/// One").
/// Then 72.7% (208 of 286), 61 junk: a chef or an owner before a name is a role, no part of
/// it ("Chef Ivan Jacobo's love letter", "Owner Racan Alhoch officially opened").
/// Then 73.4% (210 of 286), 59 junk: a capitalised word in italics right after a title of
/// several words in italics opens a title of its own, no word of the one before ("*Look
/// Back* *Anora*": no more "Look Back Anora", "Real Pain Flow, A").
/// Then 74.5% (213 of 286), 58 junk: a sentence opening on the words that open a section
/// heading in title case names the section's subject, its common first word included
/// ("Generation Tux believes" under "## Generation Tux", "Red Light District offers" under
/// "## Red Light District Bar & Lounge", "Urban Edge offers").
/// Then 75.5% (216 of 286), 58 junk: an operating system's name in its own casing,
/// lowercase letters before "OS", is a name ("macOS", "iOS", "iPadOS").
/// Then 56 junk: after a street's name, a unit and its number or letter are the rest of the
/// address, no name ("Adams St. Suite C103", "3rd St. Unit 1205": no more "St. Suite", "St.
/// Unit").
/// Then 55 junk: a title of office and its field right after an owner's possessive are the
/// owner's post, no heading ("Higher Logic's Director of Software Engineering").
/// Then (session index32) 75.9% (217 of 286), 54 junk: a name right before "and its" is taken
/// up by "its", a firm's or a thing's, no person's, unless "he" or "she" takes it up too
/// ("Carl Zeiss and its optical systems": no more "Zeiss, Carl").
/// Then 76.2% (218 of 286), 53 junk: a common given name after a particle, with a first word
/// no list knows as a given name before it, names a house or a place after a person, no
/// person ("Casa de Julia": no more "Julia, Casa de").
/// Left (76.2%, 218 of 286; 53 junk): the films run into one line ("Wicked The Seed", "The
/// Wild Robot Strange Darling Thelma A", "Anora The") or cut ("Sacred Fig", "Torture",
/// "Conann"), and most films of the thread missed; things inverted as persons ("Code,
/// Claude", "Field, Chase", "B, Maddie", "Photography, Melissa Zink"); persons in natural order ("Joko Anwar", "Nik Fields" after a
/// quoted nickname, "Yasmine Rubio"); names run on or cut ("Safari for WebGPU", "Singapore
/// Changi Terminal", "Singapore Airlines Business Class", "Soviet Union 8", "SQ964 Date",
/// "Korean War Vets", "Vietnam Vets", "Updates Metasploit", "Pull Requests", "Food Group",
/// "Pasta", "Indy", "Dia", "Muertos", "Ayam Percik", "Nasi Ulam", "Bought By Private Equity",
/// "Open Source Community Software", "Chicago Style Popcorn", "Huawei Kirin", "Gi Grappling");
/// addresses ("St., Pierce", "Ave", "McKinley St. Their"); a page's note ("Indicates Phoenix
/// Community Alliance"); misspellings and plurals ("Japans", "Jestapo", "World World II", "St
/// Works War", "CVEs", "LMs"), "A2A", "Addon", "Catalina-Sequoia", "Downtown", "Horner
/// algorithm", "MP4 encoder", "Pareto", "PHX". Misses beside those: products and systems met
/// once ("PowerPoint", "Flickr", "Debian", "Windows", "Claude"), shops named only in their
/// section headings ("Industry Standard", "Pilates 1st", "Eat the Rich"), "Japan", "Korean
/// War", "Jiangnan", "Community Signal", and the lowercase topics ("coffee", "movies",
/// "businesses").
/// After session index36's: 76.5% (219 of 286): a given name "and" pairs with another's
/// before the surname they share names a person the given name alone locates.
/// Then (session index67's): a word with a capital inside, met twice only at sentence
/// starts, is a name ("AttackerKB"). 77.3% (221 of 286), 50 junk.
const PRESENT_REACHED: f64 = 0.772;
/// After session index41's: 52 junk: a name in a list or a column of persons whose first
/// word is a census given name is a person's, though that word is met alone elsewhere
/// ("Yasmine Rubio" is "Rubio, Yasmine").
/// After session index43's: 76.9% (220 of 286), 51 junk: a function word capitalised inside
/// a sentence, before a run holding another, opens a title-case name ("She Is Conann", no
/// "Conann"; "Open Source Community Software" is "When Open Source Community Software").
/// Then (session index59's): 50 junk: a firm named after its founder by its trade keeps the
/// name's order ("Melissa Zink Photography", no "Photography, Melissa Zink").
const JUNK_REACHED: usize = 50;

#[test]
fn blind45_index() {
    gold::holds_index("tests/fixtures/blind45", PRESENT_REACHED, JUNK_REACHED);
}
