//! Text that stands in an article but is no prose, so proposes no heading (its words are
//! still located): the entries of a reference list, the symbols of an equation, the title of
//! a bug or ticket after its number. Their capitals say nothing about names: "Horn, Roger A.;
//! Johnson, Charles R. (2013)", "AA H = A H A", "Bug 1677107 – Add Telemetry for …".

use std::sync::LazyLock;

use regex::Regex;

use super::scan::Token;

/// An author-date reference: inverted authors ("Frankel, Theodore", "Horn, Roger A.;
/// Johnson, Charles R.", "Hazewinkel, Michiel, ed.") then a year in brackets, perhaps with
/// its month and day ("(March 2009)", "(21 December 2007)"), after the
/// backlink marks a wiki puts before it ("^ a b"), the year closing its clause.
static AUTHOR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\^↑]\s*(?:[a-z]\s+)*)?\p{Lu}[\p{L}'’-]+, \p{Lu}[^()]{0,80}?(?:,? eds?\.)?\s*\((?:c\. )?(?:\d{1,2} )?(?:\p{L}+ )?(?:\d{1,2}, )?\d{4}[a-z]?\)(?:\s*\[\d{4}\])?(?:[.,:;]|$)").unwrap()
});

/// A standard number of a publication: "ISBN 978-1-55608-010-4", "doi:10.1000/182", "DOI:
/// 10.1007/978-3-319".
static STANDARD_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:ISBN(?:-1[03])?:?\s*[0-9][0-9Xx -]{8,}|ISSN:?\s*\d{4}-\d{3}[\dXx]|(?:doi|DOI):\s*10\.\d+/)").unwrap());

/// The date a web source was consulted, or its archived copy, which only a citation gives:
/// "Retrieved 17 February 2008", "Retrieved March 3, 2019", "Archived from the original on …",
/// "accessed 2019-03-03".
static ACCESS_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:Retrieved|[Aa]ccessed)(?: on)? (?:\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})|Archived from the original\b)").unwrap()
});

/// A short citation of a work the reference list gives in full: surnames, the year and a page
/// ("King 2003 , p. 41", "Hay, Maclagan & Gordon 2008, pp. 72–74"), after a wiki's backlink
/// marks, and nothing after the page numbers but another such citation.
static SHORT_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\^↑]\s*(?:[a-z]\s+)*)?\p{Lu}[\p{L}'’-]+(?:(?:,? | & |, | and )\p{Lu}[\p{L}'’-]+)* \d{4}[a-z]?\s*,\s*pp?\.\s*[\divxlc]+(?:\s*[–-]\s*\d+)?\s*[.;]?\s*$").unwrap()
});

/// A journal's year, volume, issue and pages run together as the Vancouver style writes them
/// ("2019;12(3):45-67", "2006 Mar;155(2):422–8", "2015;7:e1234"): no sentence is so written.
static VOLUME_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{4}(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?;\s*\d+(?:\s*\([\d\s–-]+\))?\s*:\s*\p{L}?\d+").unwrap()
});

/// Authors as the Vancouver style opens an entry, surname then initials without stops, two of
/// them or one and "et al." ("Agier M, et al.", "Brown RJ, Cardoso CS.", "Peyriere H et al."),
/// after the entry's number; the entry gives a year (not a list item "Apple TV, Roku TV.").
static VANCOUVER_AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
    let author = r"\p{Lu}[\p{L}'’‐-]+ \p{Lu}{1,3}";
    Regex::new(&format!(r"^(?:\d+\.\s*)*(?:{author},? et al\b|{author}(?:, {author})+[.,])")).unwrap()
});

/// Whether a paragraph or list item is shaped like an entry of a reference list.
pub fn is_citation(text: &str) -> bool {
    let text = text.trim();
    AUTHOR_DATE.is_match(text)
        || STANDARD_NUMBER.is_match(text)
        || ACCESS_STAMP.is_match(text)
        || SHORT_CITATION.is_match(text)
        || VOLUME_PAGES.is_match(text)
        || (VANCOUVER_AUTHORS.is_match(text) && YEAR.is_match(text))
}

/// A year of publication.
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:1[6-9]|20)\d{2}\b").unwrap());

/// A notice of copyright: "© 2019 Associated Press. All Rights Reserved.", "Copyright 2019
/// Hawaii News Now." (not a picture's credit run into prose: "© Provided by Business Insider
/// Inc Nintendo and Apple shocked…").
static RIGHTS_NOTICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:©|Copyright|COPYRIGHT)\s*(?:\(c\)\s*)?\d{4}\b|(?i:\ball rights reserved\b)").unwrap());

/// Whether a paragraph is a notice of copyright, page furniture whose capitals ("All Rights
/// Reserved") name nothing: a short one only, not prose about copyright law.
pub fn is_rights_notice(text: &str) -> bool {
    text.len() < 300 && RIGHTS_NOTICE.is_match(text)
}

/// A caption that is only a picture's credit: a photographer (or a stock site's user name)
/// and one to three agencies ("Devindra Hardawar/AOL", "John Minchillo / AP", "Ann Lee
/// Images/Moodboard/Getty", "jdoe/iStock/Getty Images").
static NAME_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?(?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}|[\p{Ll}\d][\p{L}\d._-]{2,})(?:\s*/\s*\p{L}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}){1,3}\)?$").unwrap()
});

/// Whether a caption only credits its picture (the cleaner's credit shapes, "Photo: X", "(X/AP)",
/// or a name and an agency alone): the photographer is no subject of the text.
pub fn is_credit_caption(text: &str) -> bool {
    let text = text.trim();
    crate::clean::chrome::is_credit(text) || NAME_CREDIT.is_match(text)
}

/// A picture's credit closing a caption after its last sentence: one to four capitalised
/// words, a slash, and the agency's ("… in 2024. Mikolette / Getty Images").
static CLOSING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?…”’)]\s+(\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,3}\s*/\s*\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*$").unwrap()
});

/// Where a caption's text ends in a picture's credit after its sentences, if it does: the
/// photographer and the agency there are no subjects of the text (a photographer of one
/// word, a stock site's user name, is as likely as two).
pub fn closing_credit(text: &str) -> Option<usize> {
    CLOSING_CREDIT.captures(text).and_then(|c| c.get(1)).map(|m| m.start())
}

/// Whether a list is a reference list: at least a third of its items are citations (the
/// others are entries in a shape not recognised, "Parlet B. N. The symmetric eigenvalue
/// problem, SIAM, 1998", or links beside them).
pub fn is_reference_list(items: &[String]) -> bool {
    let citations = items.iter().filter(|t| is_citation(t)).count();
    citations > 0 && citations * 3 >= items.len()
}

/// Characters an equation is written with around its relation sign, besides capitals.
fn in_equation(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || c.is_whitespace() || "+-−*/^()⋅·=≠".contains(c)
}

/// Marks as no prose the capital-letter symbols of an equation in `text` ("AA H = A H A",
/// "AB = BA"): the capitals and digits that run up to a relation sign on either side.
/// `tokens` are the words of `text`, their `start` offsets into it.
pub fn mark_equations(tokens: &mut [Token], text: &str) {
    let mut spans = Vec::new();
    for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, '=' | '≠')) {
        let from = text[..at].char_indices().rev().take_while(|(_, c)| in_equation(*c)).last().map_or(at, |(o, _)| o);
        let to = at + c.len_utf8() + text[at + c.len_utf8()..].chars().take_while(|c| in_equation(*c)).map(char::len_utf8).sum::<usize>();
        spans.push(from..to);
    }
    for t in tokens.iter_mut() {
        if spans.iter().any(|s| s.contains(&t.start)) && t.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.') {
            t.running = false;
        }
    }
}

/// Fewest digits of a bug or ticket number: more than a year has.
const TICKET_MIN_DIGITS: usize = 5;

/// Marks as no prose the title of a bug or ticket that follows its number to the end of
/// the sentence ("Bug 1677107 – Add Telemetry for tracking …"): a title in the tracker's
/// own capitals. A number followed by a lowercase word ("Bug 1553982, which aims …") heads
/// no title.
pub fn mark_ticket_titles(tokens: &mut [Token]) {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (word, number, next) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
        let ticket = word.capitalised()
            && number.joined
            && number.text.len() >= TICKET_MIN_DIGITS
            && number.text.chars().all(|c| c.is_ascii_digit())
            && next.capitalised()
            && !next.comma_before;
        if !ticket {
            i += 1;
            continue;
        }
        let mut k = i + 2;
        while k < tokens.len() && (k == i + 2 || !tokens[k].sentence_start) {
            tokens[k].running = false;
            k += 1;
        }
        i = k;
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::tokens_of as words;
    use super::*;

    fn proposing(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().filter(|t| t.running).map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn author_date_entries_and_standard_numbers_are_citations() {
        assert!(is_citation("^ Frankel, Theodore (2004). The Geometry of Physics. Cambridge University Press."));
        assert!(is_citation("^ a b Horn, Roger A.; Johnson, Charles R. (2013). Matrix Analysis."));
        assert!(is_citation("Hazewinkel, Michiel, ed. (2001) [1994], \"Hermitian matrix\", Encyclopedia of Mathematics"));
        assert!(is_citation("Physics notes, Some Press, 1998, ISBN 0-521-53927-7."));
        assert!(is_citation("More information: A. Lind et al. Sleep in Orbit, Space Medicine Handbook (2017). DOI: 10.1000/123-4"));
        assert!(is_citation("^ a b McKinnon, Malcolm (November 2009). \"Place names\". Te Ara."));
        assert!(is_citation("^ \"Protocol for using the anthems\". Ministry for Culture and Heritage . Retrieved 17 February 2008 ."));
        assert!(is_citation("^ \"Scott Base\". Antarctica New Zealand. Archived from the original on 23 January 2011."));
        assert!(is_citation("^ King 2003 , p. 41."));
        assert!(is_citation("^ a b Hay, Maclagan & Gordon 2008 , p. 72."));
        assert!(is_citation("Mein Smith 2005, pp. 23–25."));
        // A place and a year at the head of a sentence: the sentence goes on.
        assert!(!is_citation("Paris, France (2004) was the host city of the meeting."));
        assert!(!is_citation("Smith, who founded the firm in 1990, said it would grow."));
        assert!(!is_citation("The report (2004) found that most readers skip the index."));
        // A year and a page inside a sentence, and a retrieval that is no date stamp.
        assert!(!is_citation("King 2003, p. 41, is where the story first appears in print."));
        assert!(!is_citation("Divers retrieved 17 bodies from the wreck in March 2009."));
    }

    #[test]
    fn vancouver_entries_are_citations() {
        assert!(is_citation("4. Okafor T, Lind AB. Night shifts and sleep. Occup Med J. 2019;12(3):45-67."));
        assert!(is_citation("Vance Q et al. A survey of ward rounds. Clin Nurs Rev. 2011."));
        assert!(is_citation("12. 12. Marsh PJ, Quill DE, Oduya N. Tea and memory. Br J Nutr Stud. 2004 Jun;88(2):101–9."));
        assert!(is_citation("Halvorsen K, et al. Snow cover in the fells. Arct Res. 2020;7:e1234."));
        // Prose that names authors, a ratio or a time of day.
        assert!(!is_citation("Okafor said the shift pattern changed in 2019; 12 nurses left: 3 came back."));
        assert!(!is_citation("Dr Okafor, with Lind and Marsh, wrote the report in 2019."));
        assert!(!is_citation("The score was 2019;12 at the break, a record."));
        assert!(!is_citation("Apple TV, Roku TV, and a smart speaker."));
    }

    #[test]
    fn a_short_notice_of_copyright_is_no_prose() {
        assert!(is_rights_notice("© 2021 Harbour Wire Service. All Rights Reserved. Do not copy."));
        assert!(is_rights_notice("Copyright 2020 Valley Radio Ltd. All rights reserved."));
        assert!(!is_rights_notice("The court held that copyright in the map had lapsed."));
        assert!(!is_rights_notice("© Provided by Harbour Wire Service Velmora and Tarvik agreed a merger."));
    }

    #[test]
    fn a_list_is_a_reference_list_when_a_third_of_it_cites() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(is_reference_list(&list(&[
            "^ Frankel, Theodore (2004). The Geometry of Physics.",
            "^ Course Notes at a university",
            "^ Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998",
        ])));
        assert!(!is_reference_list(&list(&["Milk", "Bread", "Eggs"])));
    }

    #[test]
    fn the_capitals_of_an_equation_are_symbols() {
        let text = "Every Hermitian matrix is normal. That is to say, AA H = A H A. So NASA said AB = BA.";
        let mut t = words(text);
        mark_equations(&mut t, text);
        assert_eq!(proposing(&t), ["Every", "Hermitian", "matrix", "is", "normal", "That", "is", "to", "say", "So", "NASA", "said"]);
    }

    #[test]
    fn a_ticket_title_after_its_number_proposes_nothing() {
        let mut t = words("Bug 1677107 – Add Telemetry for tracking PiP usage. Thanks to Mike Conley.");
        mark_ticket_titles(&mut t);
        assert_eq!(proposing(&t), ["Bug", "1677107", "Thanks", "to", "Mike", "Conley"]);
        let mut t = words("We landed Bug 1553982, which helps Firefox users.");
        mark_ticket_titles(&mut t);
        assert!(t.iter().all(|t| t.running));
        // A year is no ticket number.
        let mut t = words("In 1990 Smith founded Acme.");
        mark_ticket_titles(&mut t);
        assert!(t.iter().all(|t| t.running));
    }
}
