//! The index measured on a seventy-ninth blind book (tests/fixtures/blind79): ten English
//! pages of 2016-2025, one from htmldate's evaluation pages and nine from the tiptopjaw Web
//! Content Extraction Benchmark (a report on fitness trends, a games site's headlines, a list
//! of security deals, a forum's portfolio review, a forum post on quantum computing, an
//! engineering post on Go testing, a note on shell tools, a school paper's skincare guide, a
//! clinic's article on mental health trends, a meditation guide), whose gold index headings
//! were written by reading them before the proposer ran on them. Prints the figures (run with
//! `--nocapture`); the assertions hold the level first measured, so that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the seventy-ninth blind
/// book, first measured blind (session index63, with the library of main at e1fa165):
/// 60.6% present (109 of 180), 25 junk of 194 proposed. Its misses: the titles' lowercase
/// topics ("fitness trends", "gaming", "cybersecurity", "hybrid quantum computing",
/// "mocks", "testing", "skincare", "meditation"; "CDPATH" in capitals); lowercase software,
/// most of it a section's heading ("autojump", "fasd", "z", "fzf", "projectile", "elpy",
/// "recentf", "bookmarks.el", "helm", "eshell", "ido", "ivy", "melpa", "cirq", "testify",
/// "httpmock", "go-sqlmock"); short names and words ("Go", "Q#", "Debian", "Keras",
/// "PyTorch", "Micron", "Marathon", "Bungie", "Dropout" found but "Xbox", "PlayStation"
/// not); games with a number only in title-case headlines or at a sentence's start
/// ("Battlefield 6", "Overwatch 2", "Borderlands 4", "Expedition 33", "Baldur's Gate 3",
/// "Nintendo Switch 2"); firms and products run together or led by a figure ("FitBit",
/// "Passwork", "NordPass", "Yubico", "YubiKey 5 NFC", "7ASecurity", "Scikit-learn",
/// "CeraVe", "Headspace", "Buddhify", "10% Happier"); brands named once before their
/// product ("Anua", "Isntree", "DHC", "Neutrogena", "Kiehl’s" cut to "Kiehl"); funds cut
/// before a figure ("Vanguard Target" for "Vanguard Target 2030"); a book in italics after
/// its authors ("Mindfulness: An Eight-Week Plan ..."). Its junk: a credit's firm inverted
/// as a person ("Images, Getty"); a possessive work before a person in a headline
/// ("Yotei’s Erika Ishii"); two names joined ("Keras PyTorch", "ER Vanguard Growth Index
/// Fund Institutional", "Salesforce JSON", "X. If Salesforce"); products cut at a figure
/// ("Anua 10", "Zinc 1", "Hyaluronic Acid 2", "TXA Serum", "B5", "SPF 50", "Facial
/// Cleanser"); promotion codes ("NL-BLACK28", "BLACKB2B-30"); capitalised words ("Black",
/// "Christmas", "Girl", "Settlement", "Data Layer", "Institutional Investor", "Therapy Las
/// Vegas", "Mental Health Services").
/// Then (session index63's rules): an article heading three sections or more with one
/// lowercase word each names a tool in each ("## fasd", "## recentf", "## bookmarks.el",
/// "## z"; blind67's "prestissimo", "regex2fat", "falcon" too); a picture's credit closing a
/// caption after its sentences is no running text ("… in 2024. Mikolette / Getty Images":
/// no "Images, Getty"). 65.0% (117 of 180), 24 junk; blind67 69.9% -> 71.0%, every other
/// book unchanged.
/// Then a word with a figure after "code" is the code, no name ("the promo code
/// NL-BLACK28", "code BLACKB2B-30"). 65.0% (117 of 180), 22 junk; every other book
/// unchanged.
/// Then a name before a year is met without it only where its words stand capitalised
/// ("Vanguard Target 2030" beside "Vanguard target date funds" keeps its year). 65.6% (118
/// of 180), 21 junk; every other book unchanged.
/// Left (65.6%, 21 junk): the titles' lowercase topics ("fitness trends", "gaming",
/// "cybersecurity", "skincare", "meditation", "testing", "mocks"; "CDPATH"); lowercase
/// software named in running text only ("cirq", "helm", "eshell", "ido", "ivy", "melpa",
/// "testify", "httpmock", "go-sqlmock"); short names ("Go", "Q#", "Debian", "Keras");
/// games with a number only in title-case headlines or opening a sentence ("Overwatch 2",
/// "Battlefield 6", "Baldur's Gate 3"); brands named once before a product ("Anua",
/// "Isntree", "DHC", "CeraVe", "Kiehl’s" cut to "Kiehl"); names run together in a list
/// without commas ("Keras PyTorch"); products cut at a figure ("Anua 10", "Zinc 1", "SPF
/// 50"); "Yotei’s Erika Ishii" (a census given name after an owner; read as a person, it
/// left "Yotei" as junk instead).
/// Then (session index67's): a word with a capital inside, met twice only at sentence
/// starts, is a name ("NordPass" or "OpenCV"). 66.1% (119 of 180), 21 junk.
const PRESENT_REACHED: f64 = 0.661;
const JUNK_REACHED: usize = 21;

#[test]
fn blind79_index() {
    gold::holds_index("tests/fixtures/blind79", PRESENT_REACHED, JUNK_REACHED);
}
