//! What the top of the body shows about the article when the markup does not say it: the
//! dateline's date, the writer's name standing alone over the text, a byline run into the
//! first paragraph ("By Ana Lima: The Americas cannot…").
//!
//! Takes the body's blocks and the metadata the markup gave; fills the date or the author
//! the markup left out (or gave as a CMS user name) and takes an inline byline out of the
//! paragraph it opens. The lines themselves are set aside afterwards, with the other
//! repetitions of the front matter.

use std::sync::LazyLock;

use regex::Regex;

use super::audit::words;
use super::metadata::person;
use super::HEAD_BLOCKS;
use crate::clean::dates::{self, NumericOrder};
use crate::model::{plain_text, ArticleMeta, Block, Inline};

/// More words than a dateline has.
pub(super) const DATELINE_WORDS: usize = 14;

/// The date a dateline shows ("April 21, 2022", "Posted: Thursday, April 21, 2022. 10:11 pm
/// CST.", "2022-04-21"): a whole date and, numbers and short words aside, a weekday, a month,
/// a place and a label at most. A sentence has more words than that.
pub(super) fn dateline_date(text: &str) -> Option<String> {
    // A time of day and its zone are no more words ("Tue Dec 30, 2014 9:21am IST"), and a
    // year cut to its last two digits after a month is the century's ("14 January '15").
    let text = TIME_OF_DAY.replace_all(text, " ");
    let text = SHORT_YEAR.replace_all(&text, |c: &regex::Captures| {
        let century = if c[2].parse::<u32>().unwrap_or(0) < 70 { "20" } else { "19" };
        format!("{}{century}{}", &c[1], &c[2])
    });
    let words = words(&text);
    let substantive = words.iter().filter(|w| w.chars().count() > 2 && !w.chars().all(|c| c.is_ascii_digit())).count();
    if words.len() > DATELINE_WORDS || substantive > 4 {
        return None;
    }
    super::metadata::iso_date(text.trim()).or_else(|| dates::first(&text, NumericOrder::Unknown)).filter(|d| d.len() == 10)
}

/// A time of day, its am or pm and a zone's capitals after it ("9:21am IST", "10:11 pm CST").
static TIME_OF_DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s+[A-Z]{2,4}\b)?").unwrap());

/// A month's name, a space and a year cut to two digits after an apostrophe: "January '15".
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{L}\.?\s+)['’](\d\d)\b").unwrap());

/// Whether two ISO days are the same or follow each other in one month: a page shows its
/// local day, the markup often the next one in UTC.
pub(super) fn within_a_day(a: &str, b: &str) -> bool {
    use super::metadata::day_number;
    a == b || day_number(a).zip(day_number(b)).is_some_and(|(x, y)| x.abs_diff(y) <= 1)
}

/// Fills `meta`'s date from a dateline at the top of the body, when the markup dates nothing.
pub(super) fn date(body: &[Block], meta: &mut ArticleMeta) {
    if meta.date.is_none() {
        meta.date = head(body).find_map(|b| dateline_date(&b.plain_text()));
    }
}

/// A date set in italics or bold at the head of the text's first paragraph, a colon or a
/// dash after it ("*December 28, 2014:* Here are four stocks…"): a dateline run into the
/// text, taken out of it. It dates the page when the markup does not.
pub(super) fn inline_dateline(body: &mut [Block], meta: &mut ArticleMeta) {
    let Some(i) = body.iter().take(HEAD_BLOCKS).position(|b| b.plain_text().split_whitespace().count() > DATELINE_WORDS) else { return };
    let Block::Paragraph { content, .. } = &mut body[i] else { return };
    let Some(Inline::Emphasis(run) | Inline::Strong(run)) = content.first() else { return };
    let run = plain_text(run);
    let text = plain_text(content);
    let rest = text.get(run.len()..).unwrap_or_default();
    let marks: &[char] = &[':', '—', '–'];
    let cut = if run.trim_end().ends_with(marks) {
        run.chars().count()
    } else if rest.trim_start().starts_with(marks) {
        let spaces = rest.len() - rest.trim_start().len();
        run.chars().count() + spaces + 1
    } else {
        return;
    };
    let Some(date) = dateline_date(run.trim_end().trim_end_matches(marks)) else { return };
    drop_leading_chars(content, cut);
    meta.date.get_or_insert(date);
}

/// The body's first blocks before its prose starts: the title's, byline's and dateline's
/// place.
fn head(body: &[Block]) -> impl Iterator<Item = &Block> {
    let prose = body.iter().position(|b| b.plain_text().split_whitespace().count() > DATELINE_WORDS).unwrap_or(body.len());
    body.iter().take(prose.min(HEAD_BLOCKS)).filter(|b| matches!(b, Block::Paragraph { .. }))
}

/// More words than a byline of several names and their team has.
const BYLINE_WORDS: usize = 30;

/// The body's first paragraphs short enough to be a byline.
fn opening(body: &[Block]) -> impl Iterator<Item = &Block> {
    let short = |b: &&Block| matches!(b, Block::Paragraph { .. }) && b.plain_text().split_whitespace().count() <= BYLINE_WORDS;
    body.iter().take(HEAD_BLOCKS).filter(short)
}

/// A byline run into the first paragraph: "By Ana Lima: …", "By Ana Lima — …".
static INLINE_BYLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[Bb]y\s+([^:—–|]{3,60}?)\s*[:—–|]\s*\p{Lu}").unwrap());

/// Fills `meta`'s author from the top of the body when the markup names no person (none, or
/// one word: a CMS user name such as "bbnteam"): a name standing alone as the first
/// paragraph, or a byline run into it, which is then taken out of that paragraph.
pub(super) fn author(body: &mut [Block], meta: &mut ArticleMeta) {
    // (Nor does the site's own name: a republished article credits its writer in its text.)
    let the_site = meta.author.as_deref().zip(meta.publication.as_deref()).is_some_and(|(a, p)| words(a) == words(p));
    let user_name = meta.author.as_deref().is_none_or(|a| !a.trim().contains(' ')) || the_site;
    if let Some(name) = inline_byline(body, meta, user_name) {
        meta.author = Some(name);
    } else if let Some(names) = opening(body).find_map(|b| byline_names(&b.plain_text()).or_else(|| linked_name(b))).filter(|_| user_name) {
        meta.author = Some(names);
    } else if meta.author.is_none() {
        meta.author = head(body).find_map(|b| standing_name(&b.plain_text(), body, &meta.title));
    }
}

/// More words than a writer's affiliation after their name has.
const AFFILIATION_WORDS: usize = 8;

/// The writer a republished article credits over its text: their name linked to their page,
/// alone or before their affiliation ("[Ana Lima](…/profiles/ana-lima), *Velmora
/// University*").
fn linked_name(block: &Block) -> Option<String> {
    let Block::Paragraph { content, .. } = block else { return None };
    let mut inlines = content.iter().skip_while(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()));
    let Some(Inline::Link { url, content: name }) = inlines.next() else { return None };
    let rest = plain_text(&inlines.cloned().collect::<Vec<_>>());
    let rest = rest.trim();
    let affiliation = rest.is_empty() || rest.starts_with(',') && rest.split_whitespace().count() <= AFFILIATION_WORDS;
    if !affiliation || !super::tail::PERSON_PAGE.is_match(url) {
        return None;
    }
    person(&plain_text(name)).filter(|n| n.contains(' '))
}

/// The names a byline line gives, several perhaps and a team after them ("Posted by Ana
/// Lima, Bo Ek and Cy Orr - Safe Browsing team").
pub(super) fn byline_names(text: &str) -> Option<String> {
    let text = text.trim();
    let opening = super::markup::BYLINE_PREFIX.find(text)?;
    // The capital the prefix ends on belongs to the first name.
    let rest = text[opening.start()..].trim_start_matches(|c: char| !c.is_whitespace()).trim_start();
    let rest = BY_WORDS.replace(rest, "");
    let rest = TEAM.replace(&rest, "");
    let names: Option<Vec<String>> = NAME_SEPARATOR.split(&rest).map(|n| person(n).filter(|p| p.contains(' '))).collect();
    names.filter(|n| !n.is_empty()).map(|n| super::metadata::join_names(&n))
}

/// A news agency's credits closing its report: "(Reporting by Ana Lima in London and Jo Lee
/// in Delhi; Editing by Bo Ek)". The reporters are its writers.
static WIRE_CREDITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\W*\(?\s*Reporting by\s+([^;()]+?)\s*(?:[;)]|,?\s+(?i:additional reporting|editing|writing) by\b|$)").unwrap());

/// A reporter's place after their name on the credits ("Ana Lima in London").
static REPORTED_FROM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+in\s+\p{Lu}.*$").unwrap());

/// More blocks from the end than a report's credits close it at.
const CREDITS_BLOCKS: usize = 4;

/// Fills `meta`'s author from a news agency's credits at the end of the body ("(Reporting by
/// Ana Lima in London; Editing by Bo Ek)") when the markup names nobody. The credits stay in
/// the text: they are the agency's own.
pub(super) fn wire_reporters(body: &[Block], meta: &mut ArticleMeta) {
    if meta.author.is_some() {
        return;
    }
    let credits = body.iter().rev().take(CREDITS_BLOCKS).find_map(|b| WIRE_CREDITS.captures(&b.plain_text()).map(|c| c[1].to_string()));
    let Some(credits) = credits else { return };
    let names: Option<Vec<String>> =
        NAME_SEPARATOR.split(&credits).map(|n| person(&REPORTED_FROM.replace(n.trim(), "")).filter(|p| p.contains(' '))).collect();
    meta.author = names.filter(|n| !n.is_empty()).map(|n| super::metadata::join_names(&n));
}

/// The rest of a byline's opening phrase ("… by").
static BY_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:by|von|par|por|door)\s+").unwrap());

/// A team or a role after the names, set off by a dash ("- Chrome Safe Browsing team").
static TEAM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[-–—|]\s+.*$").unwrap());

/// What parts the names of a byline.
static NAME_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*").unwrap());

/// Takes a byline run into the opening paragraph out of it; returns the name when it should
/// be the author (`replace`: the markup named nobody, or only a user name).
fn inline_byline(body: &mut [Block], meta: &ArticleMeta, replace: bool) -> Option<String> {
    // The text's first paragraph: the lines before it are short (a dateline, a counter).
    let i = body.iter().take(HEAD_BLOCKS).position(|b| b.plain_text().split_whitespace().count() > DATELINE_WORDS)?;
    let Block::Paragraph { content, .. } = &mut body[i] else { return None };
    let text = plain_text(content);
    let caps = INLINE_BYLINE.captures(&text)?;
    let name = person(&caps[1]).filter(|n| n.contains(' '))?;
    let family = |n: &str| words(n).last().cloned();
    let same = meta.author.as_deref().is_some_and(|a| family(a) == family(&name));
    if !replace && !same {
        return None;
    }
    // Up to the capital that opens the text proper.
    let cut = caps.get(0)?.end() - 1;
    drop_leading_chars(content, text[..cut].chars().count());
    (!same).then_some(name)
}

/// A writer's name standing alone at the top ("Ana Lima"): two to four capitalised words of a
/// person's name, not the title's subject and not named again in the text (a profile's or
/// obituary's subject is).
fn standing_name(text: &str, body: &[Block], title: &str) -> Option<String> {
    let text = text.trim();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'’.-".contains(c));
    let words_of = || text.split_whitespace();
    // A final full stop after a word, not an initial, ends a sentence or a caption.
    let sentence = text.ends_with('.') && words_of().last().is_some_and(|w| w.chars().count() > 2);
    if !(2..=4).contains(&words_of().count()) || !words_of().all(capitalised) || sentence {
        return None;
    }
    if crate::clean::chrome::furniture(text).is_some() {
        return None;
    }
    // Capitals alone are a label's as often as a name's ("PREP TIME", "TOP STORIES"): such a
    // line opens on a given name.
    let shouted = !text.chars().any(char::is_lowercase);
    if shouted && !crate::clean::metadata::opens_on_given_name(text) {
        return None;
    }
    // An acronym among words in lowercase letters makes a label ("PDF Version", "FAQ Page");
    // a name's numeral does not ("Henry Ford II").
    let acronym = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_uppercase) && !w.chars().all(|c| "IVX".contains(c));
    if !shouted && words_of().any(acronym) {
        return None;
    }
    let name = person(text)?;
    let family = words(&name).last()?.clone();
    // (In the text's prose: the writer's address beside the name is no second naming.)
    let prose = |b: &&Block| b.plain_text().split_whitespace().count() > DATELINE_WORDS;
    let named_again = body.iter().filter(prose).any(|b| words(&b.plain_text()).contains(&family));
    (!words(title).contains(&family) && !named_again).then_some(name)
}

/// Removes the first `n` characters of a run's text, through its emphasis and links, and the
/// spaces left at its start.
fn drop_leading_chars(content: &mut Vec<Inline>, mut n: usize) {
    fn drop(content: &mut Vec<Inline>, n: &mut usize) {
        let mut emptied = 0;
        for inline in content.iter_mut() {
            if *n == 0 {
                break;
            }
            match inline {
                Inline::Text(t) => {
                    let len = t.chars().count();
                    if len <= *n {
                        *n -= len;
                        emptied += 1;
                        continue;
                    }
                    *t = t.chars().skip(*n).collect();
                    *n = 0;
                }
                Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { content: inner, .. } | Inline::Lang { content: inner, .. } => {
                    drop(inner, n);
                    if inner.is_empty() || plain_text(inner).is_empty() {
                        emptied += 1;
                        continue;
                    }
                }
                Inline::NoteRef(_) | Inline::Anchor(_) => {}
            }
            break;
        }
        content.drain(..emptied);
    }
    drop(content, &mut n);
    super::blocks::trim_start(content);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::html::test_blocks::{paragraph, text};

    #[test]
    fn a_date_set_off_at_the_head_of_the_first_paragraph_leaves_it() {
        let para = |content: Vec<Inline>| vec![Block::Paragraph { id: "p1".into(), content }];
        let text = |s: &str| Inline::Text(s.into());
        let opening = " Here are four stocks among the sixty making new lows today, as volumes stay low.";
        for (content, date) in [
            (vec![Inline::Emphasis(vec![text("December 28, 2014:")]), text(opening)], "2014-12-28"),
            (vec![Inline::Strong(vec![text("3 May 2021")]), text(&format!(" —{opening}"))], "2021-05-03"),
        ] {
            let mut body = para(content);
            let mut meta = ArticleMeta::default();
            inline_dateline(&mut body, &mut meta);
            assert_eq!(body[0].plain_text(), opening.trim());
            assert_eq!(meta.date.as_deref(), Some(date));
        }
        // A date the sentence is about, or one in roman, stays; the markup's date stays.
        for content in [
            vec![Inline::Emphasis(vec![text("June 9, 2016")]), text(" was the day the council voted on the harbour plan for the town.")],
            vec![text("December 28, 2014:"), text(opening)],
            vec![Inline::Emphasis(vec![text("Velmora:")]), text(opening)],
        ] {
            let mut body = para(content.clone());
            let mut meta = ArticleMeta::default();
            inline_dateline(&mut body, &mut meta);
            assert_eq!(body[0].plain_text(), plain_text(&content));
            assert_eq!(meta.date, None);
        }
        let mut body = para(vec![Inline::Emphasis(vec![text("December 28, 2014:")]), text(opening)]);
        let mut meta = ArticleMeta { date: Some("2014-12-29".into()), ..Default::default() };
        inline_dateline(&mut body, &mut meta);
        assert_eq!(meta.date.as_deref(), Some("2014-12-29"));
    }

    #[test]
    fn a_dateline_shows_a_date_and_little_else() {
        assert_eq!(dateline_date("Posted: Thursday, March 3, 2021. 9:15 am EST.").as_deref(), Some("2021-03-03"));
        assert_eq!(dateline_date("June 9, 2016").as_deref(), Some("2016-06-09"));
        // A zone after a time of day without am or pm is no more words either.
        assert_eq!(dateline_date("Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024").as_deref(), Some("2024-04-27"));
        assert_eq!(dateline_date("The council met on June 9, 2016 to vote on the harbour plan."), None);
    }

    #[test]
    fn a_page_shows_its_local_day_and_the_markup_the_next() {
        assert!(within_a_day("2021-03-03", "2021-03-04"));
        assert!(within_a_day("2021-03-03", "2021-03-03"));
        assert!(!within_a_day("2021-03-03", "2021-03-05"));
        assert!(!within_a_day("2021-03-03", "2021-04-03"));
    }

    #[test]
    fn an_undated_page_takes_its_dateline() {
        let body = vec![paragraph(vec![text("June 9, 2016")]), paragraph(vec![text("The harbour board voted on Tuesday to close the old quay to ships for the whole of the summer season.")])];
        let mut meta = ArticleMeta::default();
        date(&body, &mut meta);
        assert_eq!(meta.date.as_deref(), Some("2016-06-09"));
    }

    #[test]
    fn a_byline_run_into_the_text_is_the_author_and_leaves_the_text() {
        let long = ": The harbour board voted on Tuesday to close the old quay to ships for the summer.";
        let mut body = vec![paragraph(vec![Inline::Strong(vec![Inline::Emphasis(vec![text("By Mara Quist")])]), text(long)])];
        let mut meta = ArticleMeta { author: Some("harbourteam".into()), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Mara Quist"));
        assert!(body[0].plain_text().starts_with("The harbour board voted"), "{}", body[0].plain_text());
    }

    #[test]
    fn an_agencys_credits_name_its_reporters() {
        let prose = "The harbour board voted on Tuesday to close the old quay to ships for the whole of the summer season.";
        let writers = |credits: &str, markup: Option<&str>| {
            let body = vec![paragraph(vec![text(prose)]), paragraph(vec![text(credits)])];
            let mut meta = ArticleMeta { author: markup.map(String::from), ..Default::default() };
            wire_reporters(&body, &mut meta);
            meta.author
        };
        let credits = "(Reporting by Mara Quist in Velmora and Tor Ekdal in Oslo; Editing by Bo Lind)";
        assert_eq!(writers(credits, None).as_deref(), Some("Mara Quist and Tor Ekdal"));
        assert_eq!(writers("Reporting by Mara Quist, editing by Bo Lind", None).as_deref(), Some("Mara Quist"));
        assert_eq!(writers(credits, Some("Velmora Wire")).as_deref(), Some("Velmora Wire"), "the markup's writer stays");
        assert_eq!(writers("(Editing by Bo Lind)", None), None);
        assert_eq!(writers("Reporting by the harbour desk; Editing by Bo Lind", None), None);
    }

    #[test]
    fn a_republished_articles_linked_writer_is_the_author_over_the_sites_name() {
        let prose = "The harbour board voted on Tuesday to close the old quay to ships for the whole of the summer season.";
        let link = |url: &str, name: &str| Inline::Link { url: url.into(), content: vec![text(name)] };
        let writer = |credit: Vec<Inline>, markup: &str| {
            let mut body = vec![paragraph(credit), paragraph(vec![text(prose)])];
            let mut meta = ArticleMeta { author: Some(markup.into()), publication: Some("Velmora News".into()), ..Default::default() };
            author(&mut body, &mut meta);
            meta.author.unwrap_or_default()
        };
        let credit = || vec![link("https://wire.example/profiles/ana-lima-12", "Ana Lima"), text(", "), Inline::Emphasis(vec![link("https://wire.example/institutions/velmora", "Velmora University")])];
        assert_eq!(writer(credit(), "Velmora News"), "Ana Lima");
        assert_eq!(writer(vec![link("https://wire.example/author/ana-lima", "Ana Lima")], "Velmora News"), "Ana Lima");
        // The markup's writer stays; a link to another kind of page, or a sentence after the
        // name, is no credit.
        assert_eq!(writer(credit(), "Bo Ekdal"), "Bo Ekdal");
        assert_eq!(writer(vec![link("https://wire.example/topics/ana-lima", "Ana Lima"), text(", Velmora University")], "Velmora News"), "Velmora News");
        assert_eq!(writer(vec![link("https://wire.example/author/ana-lima", "Ana Lima"), text(" spoke to the harbour board about the quay")], "Velmora News"), "Velmora News");
        assert_eq!(
            writer(vec![link("https://wire.example/author/ana-lima", "Ana Lima"), text(", who chairs the board of the harbour, spoke on Tuesday at the quay")], "Velmora News"),
            "Velmora News"
        );
    }

    #[test]
    fn a_byline_of_several_names_and_a_team_credits_them_all() {
        assert_eq!(byline_names("Posted by Ana Lima, Bo Ekdal and Cy Orrin - Safe Browsing team").as_deref(), Some("Ana Lima, Bo Ekdal and Cy Orrin"));
        assert_eq!(byline_names("By Ana Lima").as_deref(), Some("Ana Lima"));
        assert_eq!(byline_names("Posted by the harbour board on Monday, and read by many"), None);
        let prose = "The harbour board voted on Tuesday to close the old quay to ships for the whole of the summer season.";
        let mut body = vec![paragraph(vec![text("Posted by Ana Lima and Bo Ekdal, of the harbour desk of the Ledger - Harbour and Shipping team")]), paragraph(vec![text(prose)])];
        let mut meta = ArticleMeta { author: Some("Ledger".into()), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Ledger"), "a byline with a part that is no name credits no one new");
        let mut body = vec![paragraph(vec![text("Posted by Ana Lima, Bo Ekdal, Cy Orrin and Di Vane - Harbour and Shipping desk")]), paragraph(vec![text(prose)])];
        let mut meta = ArticleMeta { author: Some("Ledger".into()), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Ana Lima, Bo Ekdal, Cy Orrin and Di Vane"));
    }

    #[test]
    fn a_byline_naming_someone_else_than_the_markup_stays() {
        let mut body = vec![paragraph(vec![text("By Mara Quist: The harbour board voted on Tuesday to close the old quay.")])];
        let mut meta = ArticleMeta { author: Some("Ivo Brandt".into()), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Ivo Brandt"));
        assert!(body[0].plain_text().starts_with("By Mara Quist"));
    }

    #[test]
    fn a_name_standing_over_the_text_is_the_author_unless_it_is_the_subject() {
        let prose = "The harbour board voted on Tuesday to close the old quay to ships for the whole of the summer season.";
        let mut body = vec![paragraph(vec![text("MARA QUIST")]), paragraph(vec![text("mara.quist@ledger.example")]), paragraph(vec![text(prose)])];
        let mut meta = ArticleMeta { title: "Old quay to close".into(), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Mara Quist"));
        let mut label = vec![paragraph(vec![text("PREP TIME")]), paragraph(vec![text("30 mins")]), paragraph(vec![text(prose)])];
        let mut meta = ArticleMeta { title: "Old quay to close".into(), ..Default::default() };
        author(&mut label, &mut meta);
        assert_eq!(meta.author, None, "a label in capitals");
        for label in ["PDF Version", "Our FAQ Page"] {
            let mut labelled = vec![paragraph(vec![text(label)]), paragraph(vec![text(prose)])];
            let mut meta = ArticleMeta { title: "Old quay to close".into(), ..Default::default() };
            author(&mut labelled, &mut meta);
            assert_eq!(meta.author, None, "an acronym among lowercase letters: {label}");
        }
        let mut numeral = vec![paragraph(vec![text("Henry Quist III")]), paragraph(vec![text(prose)])];
        let mut meta = ArticleMeta { title: "Old quay to close".into(), ..Default::default() };
        author(&mut numeral, &mut meta);
        assert_eq!(meta.author.as_deref(), Some("Henry Quist III"));
        // A profile's subject is in its title, or named again in its text.
        let mut meta = ArticleMeta { title: "Meet the painter Mara Quist".into(), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author, None);
        let again = "Quist painted the quay for twenty years, and she will paint it again next summer, she says.";
        let mut body = vec![paragraph(vec![text("Mara Quist")]), paragraph(vec![text(prose)]), paragraph(vec![text(again)])];
        let mut meta = ArticleMeta { title: "Old quay to close".into(), ..Default::default() };
        author(&mut body, &mut meta);
        assert_eq!(meta.author, None);
    }
}
