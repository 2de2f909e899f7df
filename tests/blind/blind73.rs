//! The index measured on a seventy-third blind book (tests/fixtures/blind73): ten English
//! pages of 2016-2025, one from the Postlight (Mercury) parser's fixtures, six from
//! htmldate's evaluation pages and three from the tiptopjaw Web Content Extraction Benchmark
//! (a designer's advice to millennials, a language's release note, a meteor shower, a forest
//! campaign, a short story on a tracking supermarket, a scraping guide, ten live television
//! services, a review of Zig, an embedded Rust course, ten car rental firms), whose gold index
//! headings were written by reading them before the proposer ran on them. Prints the figures
//! (run with `--nocapture`); the assertions hold the level first measured, so that it can
//! only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the seventy-third blind
/// book, first measured blind (session index57, with the library of main at 4275c2d):
/// 67.6% present (98 of 145), 22 junk of 165 proposed. Its misses: the lowercase topics
/// ("millennials", "decorating mistakes", "forests", "palm oil", "peatlands", "web analytics",
/// "offline tracking", "live TV streaming services", "programming languages", "comptime",
/// "embedded systems", "robotics", "car rental companies"); lowercase software ("requests",
/// "pip", "esp-hal"); names with figures or marks cut ("1st Dibs" as "Dibs", "Python 3.6.0",
/// "Hulu + Live TV", "B/R Sports" as "R Sports", "NFL Sunday Ticket" as "Ticket", "Aston
/// Martin DB11 Volante", "ESP32"); a work's title cut ("What's New In Python 3.6" as "New In
/// Python"); short names and acronyms ("Go", "C", "Nix", "GTK", "ESPN", "ABC", "MSNBC", "TNT",
/// "Fubo", "Earth", "Chairish"); an acronym whose expansion stands in brackets after it
/// ("RAVVEN (Rust-based Autonomous Vehicle …)", the expansion proposed alone and cut); a
/// surname alone ("Stallman" in "Stallman-esque"); firms named as words after a place
/// ("U.S. National", "U.S. Sixt" junk; "National" missed). Its junk besides: "Achilles",
/// "Alamo Rent", "Arrival Rate", "Blue", "Combined", "Damn", "Dollar's Express Rewards",
/// "Earthly", "Espressif Announcement", "German", "Interop", "OS", "Prices Today", "Rental
/// Company", "Rust SDK".
/// Then an abbreviation the capitalised words in brackets after it spell out by their
/// initials is a name ("RAVVEN (Rust-based Autonomous Vehicle for …)"), and a compound with a
/// lowercase tail opens that spelling ("Rust-based …", no longer cut); an ordinal opens a
/// one-word name in running prose when no article or possessive counts it ("websites like
/// 1st Dibs", no more "Dibs"). 69.0% (100 of 145), 20 junk; every other book unchanged.
/// Then a weekday between an abbreviation in capitals and a capitalised word is a word of a
/// name ("NFL Sunday Ticket", no more "Ticket"). 69.7% (101 of 145), 19 junk; every other
/// book unchanged.
/// Then a decimal number closing a sentence keeps no full stop, so that the next word opens a
/// sentence ("the price is $4.80. Damn.", no more "Damn"). 69.7% (101 of 145), 18 junk;
/// every other book unchanged.
/// Left (69.7%, 18 junk): the lowercase topics and software ("palm oil", "comptime",
/// "requests", "pip", "esp-hal"); short names and acronyms ("Go", "C", "GTK", "ESPN",
/// "Earth"); names with a slash or a plus ("B/R Sports" as "R Sports", "Hulu + Live TV"); a
/// firm's name after a sentence closed by "U.S." ("U.S. National"); a possessive firm before
/// its programme ("Dollar's Express Rewards"); "What's New In Python 3.6" cut; a table's and
/// a shop box's labels ("Arrival Rate", "Prices Today").
/// Then (session index65) a word shaped as an adjective that owns a noun is a name ("National’s
/// Emerald Club"). 70.3% (102 of 145), 18 junk.
const PRESENT_REACHED: f64 = 0.703;
const JUNK_REACHED: usize = 18;

#[test]
fn blind73_index() {
    gold::holds_index("tests/fixtures/blind73", PRESENT_REACHED, JUNK_REACHED);
}
