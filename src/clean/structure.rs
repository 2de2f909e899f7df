//! Structure recovery: sources lists, footnotes, section headings and block quotes.
//!
//! Takes the joined units; assigns roles: a "Sources:"-like title and the entries after it,
//! a `*`/`†`/`[n]` note (or a bare-number note at a page's foot) and the marker in the text
//! that points to it, short title-like
//! lines between paragraphs (headings), and paragraphs set off after an introducing colon
//! or continuing an open quotation (block quotes).

use std::sync::LazyLock;

use regex::Regex;

use std::collections::HashSet;

use super::phrases::CONNECTIVES;
use super::repair::BARE_NOTE;
use super::{Role, Unit, NOTE_CLOSE, NOTE_OPEN};

/// The title of a sources list ("Sources:", "References", "Further reading", "Citations"),
/// perhaps with an encyclopedia's edit link ("References [ edit ]").
pub(crate) static SOURCES_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:\p{L}+\s+)?(?:sources|bibliography|references|further reading|works cited|notes and sources|reading list)|citations)(?:\s+and\s+\p{L}+(?:\s+\p{L}+)?)?:?(?:\s*\[\s*edit\s*\])?$").unwrap()
});

/// A numbered entry of a sources list, perhaps with an encyclopedia's back link ("12. ^ Quist,
/// Tora (2019). …"): an entry of its own, however long.
static NUMBERED_ENTRY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,4}\.\s+\S").unwrap());
/// A note line: `*`/`†` glued to its text ("* item" is a list bullet), or `[n]` and text.
static NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(\*{1,3}|†|‡)|(\[\d{1,3}\])\s*)(\S.*)$").unwrap());

/// Marks each sources title and its entries (up to the next long paragraph).
pub(super) fn sources(units: &mut [Unit]) {
    let titles: Vec<usize> = (0..units.len()).filter(|&t| units[t].role == Role::Text && SOURCES_TITLE.is_match(&units[t].text)).collect();
    for t in titles {
        if units[t].role == Role::Text {
            sources_list(units, t);
        }
    }
}

/// Marks the sources title `t` and its entries.
fn sources_list(units: &mut [Unit], t: usize) {
    // Entries are short, punctuated lines ("Trotsky, Leon, History..., 1980."), or numbered
    // ones of any length; the list ends at the first line that is not one, or at site
    // chrome. An entry wrapped over lines goes on in a line after one not ending on a full
    // stop ("… NIPS," then "2008."), unless it opens on an author or a number as entries
    // do, or in a line opening in lowercase.
    let numbered = |u: &Unit| NUMBERED_ENTRY.is_match(&u.text) && u.words() <= 150;
    let entry = |u: &Unit| (3..=40).contains(&u.words()) && u.text.contains([',', '.', ':']) || numbered(u);
    let mut items: Vec<usize> = Vec::new();
    for i in t + 1..units.len() {
        if units[i].role != Role::Text && !units[i].chrome {
            continue;
        }
        let text = &units[i].text;
        let own = AUTHOR_OPENING.is_match(text) || NUMBERED_ENTRY.is_match(text);
        let goes_on = |p: &usize| !units[*p].text.ends_with('.') && !own || text.starts_with(char::is_lowercase);
        if units[i].chrome || units[i].words() > 40 && !numbered(&units[i]) {
            break;
        }
        match items.last().copied().filter(goes_on) {
            Some(p) => merge_into(units, p, i),
            None if entry(&units[i]) => items.push(i),
            None => break,
        }
    }
    // A list of works by their authors ("M. A. Alvarez, L. Rosasco, …", "Trotsky, Leon,
    // …"): a line opening otherwise goes on with the entry above ("Arxiv preprint: 1106.6251"),
    // but for a cross-reference ("See also: …").
    let by_author = items.iter().filter(|&&i| AUTHOR_OPENING.is_match(&units[i].text)).count();
    if by_author >= 3 && by_author * 3 >= items.len() * 2 {
        let mut kept = Vec::with_capacity(items.len());
        for i in items {
            let own = AUTHOR_OPENING.is_match(&units[i].text) || units[i].text.starts_with("See ");
            match kept.last().copied().filter(|_| !own) {
                Some(p) => merge_into(units, p, i),
                None => kept.push(i),
            }
        }
        items = kept;
    }
    if items.is_empty() {
        return;
    }
    units[t].role = Role::SourcesTitle;
    for i in items {
        units[i].role = Role::SourcesItem;
    }
}

/// An entry of a list of works opening on its author: initials and a surname ("M. A.
/// Alvarez"), or a surname and a comma before a capital ("Trotsky, Leon").
static AUTHOR_OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(?:\p{Lu}\.[\s-]*)+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+\p{Lu})").unwrap());

/// Joins line unit `i` to the entry `p` it goes on (its lines with it; `i` is left empty).
fn merge_into(units: &mut [Unit], p: usize, i: usize) {
    let (head, tail) = units.split_at_mut(i);
    let (entry, line) = (&mut head[p], &mut tail[0]);
    entry.text = super::repair::joined(&entry.text, &line.text, true, None).unwrap_or_else(|| format!("{} {}", entry.text, line.text));
    entry.end = line.end;
    entry.raw.append(&mut line.raw);
    entry.keep |= line.keep;
    line.role = Role::Gone;
}

/// Links note lines to their markers in the text; returns (footnote id, marker) pairs.
/// Besides `*`, `†` and `[n]` notes, a line opening with a bare number is a note when it
/// stands at a page's foot (just above page furniture, or above another such note).
pub(super) fn footnotes(units: &mut [Unit], article_id: &str, artifacts: &HashSet<usize>) -> Vec<(String, String)> {
    let mut at_foot = vec![false; units.len()];
    for n in (0..units.len().saturating_sub(1)).rev() {
        let next = &units[n + 1];
        // (Lines missing after it went on with a paragraph before it: the next page's first.)
        at_foot[n] = next.role == Role::Gone && artifacts.contains(&next.line)
            || next.opens_page()
            || next.line > units[n].end + 1
            || at_foot[n + 1] && next.role == Role::Text && BARE_NOTE.is_match(&next.text);
    }
    let mut notes = Vec::new();
    for n in 0..units.len() {
        if units[n].role != Role::Text {
            continue;
        }
        let (marker, body) = if let Some(c) = NOTE.captures(&units[n].text) {
            (c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()).unwrap_or_default(), c[3].to_string())
        } else if let Some(c) = BARE_NOTE.captures(&units[n].text).filter(|_| at_foot[n]) {
            (c[1].to_string(), c.get(2).or(c.get(3)).map_or(String::new(), |m| m.as_str().to_string()))
        } else {
            continue;
        };
        // The reference: the marker glued to the end of a word in an earlier paragraph.
        let found = (0..n).rev().find_map(|i| {
            if !matches!(units[i].role, Role::Text) {
                return None;
            }
            reference_at(&units[i].text, &marker).map(|at| (i, at))
        });
        let Some((i, at)) = found else { continue };
        let label = if marker.starts_with('[') || marker.starts_with(|c: char| c.is_ascii_digit()) {
            marker.trim_matches(['[', ']']).to_string()
        } else {
            (notes.len() + 1).to_string()
        };
        let id = format!("{article_id}-fn{label}");
        let text = &units[i].text;
        // PDF-to-text spaces a raised number from the stop after it ("failure1 ."): closed up.
        let rest = &text[at + marker.len()..];
        let rest = if rest.starts_with(" ") && rest[1..].starts_with(['.', ',', ';', ':']) { &rest[1..] } else { rest };
        units[i].text = format!("{}{NOTE_OPEN}{id}{NOTE_CLOSE}{rest}", &text[..at]);
        units[n].text = body;
        units[n].role = Role::Footnote(marker.clone());
        notes.push((id, marker));
    }
    notes
}

/// Byte offset of `marker` used as a note reference in `text`: right after a word or
/// punctuation, and not followed by a letter (so `*` in "a * b" or "**" is not one). Of
/// several, the first before a stop or a comma ("L2 regularization … in Tensorflow2 ."),
/// else the first.
fn reference_at(text: &str, marker: &str) -> Option<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(p) = text[from..].find(marker) {
        let at = from + p;
        let before = text[..at].chars().next_back();
        let after = text[at + marker.len()..].chars().next();
        // (A number's digit is no note's: "21.4%", "4.2.1".)
        let digit_before = |c: char| c.is_ascii_digit() || ".,".contains(c) && text[..at - 1].ends_with(|c: char| c.is_ascii_digit());
        let numeral = marker.starts_with(|c: char| c.is_ascii_digit()) && before.is_some_and(digit_before);
        let glued = before.is_some_and(|c| c.is_alphanumeric() || ".,;:”’\")".contains(c)) && !numeral;
        let ends = after.is_none_or(|c| c.is_whitespace() || ".,;:”’)".contains(c));
        if glued && ends {
            found.push(at);
        }
        from = at + marker.len();
    }
    let before_stop = |&&at: &&usize| text[at + marker.len()..].trim_start().starts_with(['.', ',', ';', ':']);
    found.iter().find(before_stop).or(found.first()).copied()
}

/// Marks the rows of data tables (padded cells, see [`super::chrome::data_table_rows`]) that
/// survived as text: each becomes a row of a table.
pub(super) fn tables(units: &mut [Unit]) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text).collect();
    let rows = super::chrome::data_table_rows(units, &live);
    for (k, &i) in live.iter().enumerate() {
        let cells: Vec<String> = match units[i].raw.as_slice() {
            [(_, raw)] if rows[k] => super::chrome::table_cells(raw).into_iter().map(str::to_string).collect(),
            _ => continue,
        };
        if cells.len() >= 2 {
            units[i].role = Role::TableRow(cells);
        }
    }
}

/// Finds headings (short title-like lines followed by prose) and block quotes. When the
/// page has a contents list of its own (the keys of its entries in `contents`), its heads
/// are the ones listed: another short line between paragraphs is a picture's caption.
pub(super) fn headings_and_quotes(units: &mut [Unit], contents: &HashSet<String>) {
    let listed = |text: &str| contents.len() < 3 || contents.contains(&super::chrome::contents_key(text));
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role != Role::Gone).collect();
    // The number of the last numbered section head ("3.1"): the next in sequence ("3.2",
    // "4.", "3.1.1") is a head whatever follows it (a subsection's head, a figure's labels).
    let mut section: Option<Vec<u32>> = None;
    for (k, &i) in live.iter().enumerate() {
        if units[i].role != Role::Text {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| live[p]);
        // A photo (caption) or an encyclopedia's note may stand between a heading and its
        // first paragraph.
        let next = live[k + 1..].iter().copied().find(|&n| units[n].role != Role::Caption && !HATNOTE.is_match(&units[n].text));
        let prev_text = prev.map(|p| units[p].text.clone()).unwrap_or_default();
        let prev_role = prev.map(|p| units[p].role.clone());
        if prev_role == Some(Role::Text) && prev_text.ends_with(':') && units[i].words() >= 8 {
            units[i].role = Role::Quote;
            continue;
        }
        let opens = units[i].text.starts_with(['“', '"']);
        if opens && matches!(prev_role, Some(Role::Text) | Some(Role::Quote)) && quote_open(&prev_text, prev_role == Some(Role::Text)) {
            units[i].role = Role::Quote;
            continue;
        }
        let next_is_prose = next.is_some_and(|n| units[n].role == Role::Text && units[n].words() >= 8);
        let number = numbered_head(&units[i].text).then(|| section_number(&units[i].text)).flatten();
        let in_sequence = number.as_ref().is_some_and(|n| section.as_ref().is_some_and(|last| follows(last, n)));
        if in_sequence || (prev.is_some() || number.is_some()) && next_is_prose && heading_like(&units[i].text) && listed(&units[i].text) {
            units[i].role = Role::Heading;
            if number.is_some() {
                section = number;
            }
        }
    }
}

/// The parts of a section head's Arabic number ("3.1.2 Data" is [3, 1, 2]).
fn section_number(text: &str) -> Option<Vec<u32>> {
    let number = text.split_whitespace().next()?.trim_end_matches('.');
    number.split('.').map(|p| p.parse().ok()).collect()
}

/// Whether section number `next` follows `last`: its first subsection ("3" then "3.1"), the
/// next at the same depth ("3.1" then "3.2") or the next at a shallower one ("3.2.1" then
/// "3.3", "4").
fn follows(last: &[u32], next: &[u32]) -> bool {
    let first_sub = next.len() == last.len() + 1 && next[..last.len()] == *last && next[last.len()] == 1;
    let sibling = next.len() <= last.len() && next[..next.len() - 1] == last[..next.len() - 1] && next[next.len() - 1] == last[next.len() - 1] + 1;
    first_sub || sibling
}

/// True when the quotation this paragraph belongs to is still open at its end: for the
/// introducing paragraph, a colon-introduced quote left unclosed; for a quote paragraph,
/// no closing mark at its end.
fn quote_open(text: &str, introducing: bool) -> bool {
    let closes = text.trim_end().ends_with(['”', '"']);
    if introducing {
        let opened = text.matches('“').count() > text.matches('”').count();
        (text.contains(": “") || text.contains(": \"")) && opened && !closes
    } else {
        !closes
    }
}

/// A heading: short, capitalised, not a sentence (no closing period, comma or colon), not
/// quoted and not opening with a connective.
fn heading_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = text.chars().next();
    let connective = words.first().is_some_and(|w| CONNECTIVES.contains(&w.to_lowercase().trim_end_matches(',')));
    // (A web address is a note's or a link's, never a head: "2. https://example.org/code".)
    let address = text.contains("://") || text.contains("www.");
    (1..=12).contains(&words.len())
        && text.chars().count() <= 90
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !address
        && !text.ends_with(['.', ',', ';', ':', '…'])
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !connective
        && !HATNOTE.is_match(text)
        && !SENTENCE_BREAK.is_match(SECTION_NUMBER.replace(text, "").as_ref())
}

/// An encyclopedia's note pointing to other pages under a section's head: "Main article:
/// Velmora", "See also: …", "Further information: …". A line of text, no head.
pub(super) static HATNOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:see also|main articles?|further information)\s*:").unwrap());

/// A numbered section head: "1. Introduction", "3.2 Data" (not "I", which is a word; nor
/// "12 people died", a sentence opening on a figure).
pub(super) fn numbered_head(text: &str) -> bool {
    let title = SECTION_NUMBER.find(text).map(|m| &text[m.end()..]);
    text.starts_with(|c: char| c.is_ascii_digit()) && title.is_some_and(|t| !t.starts_with(char::is_lowercase)) && heading_like(text)
}

/// The number of a numbered section head: "2. Method", "II. THE WAR", "3.1 Data".
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})\.?\s+").unwrap());

static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[.!?]\s+\p{Lu}").unwrap());

#[cfg(test)]
mod tests {
    use crate::model::Block;

    /// An invented encyclopedia page as scraped text: its article, then two sources lists
    /// under titles of their own, then the site's menus.
    fn encyclopedia_page() -> String {
        let para = |n: &str| format!("The {n} colony of grey seals on the Velmora shore was first counted by Tora Quist, who walked the beach at low tide each spring and wrote down every pup she saw.[{n}]");
        let long_note = "3. ^ a b The counts of the first colony are those of the spring walks only: the autumn walks were made by other counters, who counted the seals in the water as well as those on the beach, and their figures are therefore higher by about a third, as the survey's own report of that year explains at length.";
        [
            para("first"),
            para("second"),
            para("third"),
            "Citations [ edit ]".to_string(),
            "1. ^ Quist, Tora (2019). Seals of the Velmora Shore. Velmora: Shore Press. p. 12.".to_string(),
            "2. ^ \"Counting the colony\"".to_string(),
            ". Velmora Gazette. 24 August 2021.".to_string(),
            long_note.to_string(),
            "References".to_string(),
            "Quist, Tora. A Shore Survey. Velmora: Shore Press, 2015.".to_string(),
            "Brand, Ivo. Grey Seals. Kestrel Books, 2011.".to_string(),
            "Navigation menu".to_string(),
            "* Main page".to_string(),
            "* Random article".to_string(),
        ]
        .join("\n\n")
    }

    #[test]
    fn an_encyclopedias_note_under_a_head_is_no_head() {
        let para = |n: &str| format!("The {n} colony of grey seals on the Velmora shore was first counted by Tora Quist, who walked the beach at low tide each spring.");
        let page = [para("first"), para("second"), "History".to_string(), "Main article: History of the Velmora shore".to_string(), para("third"), para("fourth")].join("\n\n");
        let article = crate::clean::clean(&page, "page.txt", "ch01", &Default::default());
        let heads: Vec<String> = article.blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).map(|b| b.plain_text()).collect();
        assert_eq!(heads, ["History"], "{:?}", article.blocks);
        assert!(format!("{:?}", article.blocks).contains("Main article: History of the Velmora shore"));
    }

    #[test]
    fn a_page_with_its_own_contents_has_the_heads_it_lists() {
        let para = |n: &str| format!("The {n} colony of grey seals on the Velmora shore was first counted by Tora Quist, who walked the beach at low tide each spring.");
        let page = [
            para("first"), "Contents".into(), "* 1 Seals".into(), "* 2 Counts".into(), "+ 2.1 Pups".into(), "* 3 Shore".into(),
            "Seals [ edit ]".into(), para("second"), "Tora Quist on the Velmora shore in spring".into(), para("third"),
            "Counts".into(), para("fourth"), "Pups".into(), para("fifth"), "A grey seal pup on the sand".into(), para("sixth"), "Shore".into(), para("seventh"),
        ].join("\n\n");
        let article = crate::clean::clean(&page, "page.txt", "ch01", &Default::default());
        let heads: Vec<String> = article.blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).map(|b| b.plain_text()).collect();
        assert_eq!(heads, ["Seals [ edit ]", "Counts", "Pups", "Shore"], "{:?}", article.blocks);
        // The captions stay in the text, as paragraphs.
        assert!(format!("{:?}", article.blocks).contains("A grey seal pup on the sand"));
    }

    #[test]
    fn each_sources_list_is_read_with_its_numbered_entries() {
        let article = crate::clean::clean(&encyclopedia_page(), "page.txt", "ch01", &Default::default());
        let lists: Vec<(&String, usize)> = article.blocks.iter().filter_map(|b| match b {
            Block::Sources { title, items, .. } => Some((title, items.len())),
            _ => None,
        }).collect();
        assert_eq!(lists, [(&"Citations [ edit ]".to_string(), 3), (&"References".to_string(), 2)], "{:?}", article.blocks);
        let text = format!("{:?}", article.blocks);
        // A long numbered entry is one entry; a wrapped one goes on in its second line.
        assert!(text.contains("as the survey's own report of that year explains at length."), "{text}");
        assert!(text.contains("Velmora Gazette. 24 August 2021."), "{text}");
        assert!(!text.contains("Random article"), "{text}");
    }
}
