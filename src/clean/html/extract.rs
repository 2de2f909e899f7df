//! The boilerplate decision, made by the `dom_smoothie` crate (a port of Mozilla's
//! Readability, the Firefox reader view; the only module importing it).
//!
//! Takes a page's HTML; returns the HTML of its main content: the article body without
//! menus, share bars, teasers, comments and footers. The crate was chosen by measurement on
//! `bench-clean` and `bench-readability` against `rs-trafilatura` and `trafilatura`
//! (figures in the README). Two checks of ours follow it: when its choice holds little prose
//! and one element of the page holds far more in its paragraphs (a letter above the long
//! table of its signatories, which the crate chose), that element is the content; and when
//! its choice is one section of an article whose sections sit in boxes of their own, the
//! sections' container is. A choice that keeps some boxes of a run of like boxes and drops
//! the others gets the others back ([`siblings`]), and so does one that keeps one part of an
//! article set in like boxes ([`parts`]).

use std::collections::HashMap;

use dom_query::{Document, NodeRef};

use super::{parts, siblings};

/// Fewer words of prose than an article has: under this, the extractor's choice is checked.
const ARTICLE_PROSE_WORDS: usize = 150;

/// A paragraph is prose from this many words, with the function words prose has.
const PROSE_PARAGRAPH_WORDS: usize = 8;
const PROSE_STOP_RATIO: f32 = 0.25;

/// The page's main content, as HTML; empty when the page has none the extractor can find.
/// `html` is what the extractor reads; `page` the page as parsed, where its choice is checked.
pub fn main_content(html: &str, page: &Document) -> String {
    let chosen = readability(html);
    let chosen_prose = prose_words(&Document::from(chosen.as_str()));
    // Each paragraph's prose is counted once, for both checks.
    let paragraphs = prose_paragraphs(page);
    let container = prose_container(&paragraphs);
    // The crate may choose one section of an article whose sections each sit in a box of
    // their own (a report's "sect1" divisions): a part too small for the whole.
    let a_part = container.as_ref().is_some_and(|(_, words)| chosen_prose * PART_OF_WHOLE < *words);
    if chosen_prose >= ARTICLE_PROSE_WORDS && !a_part {
        let chosen = parts::restore(&chosen, &paragraphs).unwrap_or(chosen);
        return siblings::restore(&chosen, page).unwrap_or(chosen);
    }
    // The element with the most prose of its own, unless the prose is spread over sections
    // that only their common container holds.
    let candidate = match (densest_prose(&paragraphs), container) {
        (Some(densest), Some(whole)) if 2 * whole.1 > 3 * densest.1 => Some(whole),
        (densest, whole) => densest.or(whole),
    };
    match candidate {
        // Its content, not the element: a `<noscript>` holding the article (the copy a page
        // writing its text by script keeps for browsers without scripts) is read as text.
        Some((element, words)) if words >= ARTICLE_PROSE_WORDS.max(2 * chosen_prose) => format!("<div>{}</div>", element.inner_html()),
        _ => chosen,
    }
}

/// The crate's choice is a part of the article when the article's container holds this many
/// times its prose.
const PART_OF_WHOLE: usize = 3;

/// The share of the page's prose (furniture aside) that the article's container holds.
const CONTAINER_SHARE: f32 = 0.8;

/// The classes of a picture's caption set inline, kept on the content for the block reader.
const INLINE_CAPTION_CLASSES: &[&str] = &["caption", "image-caption", "photo-caption", "img-caption", "media-caption", "figure-caption", "inline-caption", "story-caption", "cutline", "credit"];

/// What the crate chooses.
pub(super) fn readability(html: &str) -> String {
    // The extractor is third-party code run on hostile input: a panic inside it must not
    // abort the build, so it is caught and read as "no main content found".
    let result = std::panic::catch_unwind(|| {
        // A caption set inline in a paragraph is known by its class, which the crate would
        // strip (see `blocks::is_inline_caption`).
        // So is a forum signature, by our mark.
        let preserved = INLINE_CAPTION_CLASSES.iter().chain([&super::LEFT_OUT]);
        let config = dom_smoothie::Config { classes_to_preserve: preserved.map(|c| c.to_string()).collect(), ..Default::default() };
        dom_smoothie::Readability::new(html, None, Some(config)).and_then(|mut r| r.parse()).map(|a| a.content.to_string())
    });
    match result {
        Ok(Ok(content)) => content,
        Ok(Err(_)) | Err(_) => String::new(),
    }
}

/// The words of a paragraph when it is prose, else none.
pub(super) fn prose(paragraph: &NodeRef) -> usize {
    let text = paragraph.text();
    let words = text.split_whitespace().count();
    if words >= PROSE_PARAGRAPH_WORDS && crate::clean::chrome::stop_ratio(&text) >= PROSE_STOP_RATIO {
        words
    } else {
        0
    }
}

/// The words of prose in a document's paragraphs.
fn prose_words(doc: &Document) -> usize {
    doc.select("p").nodes().iter().map(prose).sum()
}

/// Words in the tags, roles, classes and ids of the page's furniture: a site's footer has
/// paragraphs of legal prose, a comment thread paragraphs of readers' prose.
const FURNITURE: &[&str] = &["footer", "header", "nav", "aside", "sidebar", "comment", "menu", "widget", "cookie", "legal", "disclaimer", "banner", "form", "contentinfo", "complementary", "navigation", "modal", "dialog", "popup"];

/// How many levels above an element its classes and ids still say what it is (a whole page
/// may sit in a wrapper named "above-footer").
const NAMED_LEVELS: usize = 3;

/// Whether an element is the page's furniture: by its or its ancestors' tags and roles, or
/// by the classes and ids of the nearest levels.
pub(super) fn in_furniture(node: &NodeRef) -> bool {
    // By whole words of the names ("footer__copy", "comments-area"), not inside one
    // ("platform" holds no form).
    let furniture = |token: &str| FURNITURE.iter().any(|f| token == *f || f.len() >= 6 && token.starts_with(f));
    let says = |names: String| names.to_ascii_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).any(furniture);
    std::iter::successors(Some(*node), |n| n.parent()).enumerate().any(|(level, n)| {
        let tag = format!("{} {}", n.node_name().unwrap_or_default(), n.attr("role").unwrap_or_default());
        let named = || format!("{} {}", n.attr("class").unwrap_or_default(), n.attr("id").unwrap_or_default());
        says(tag) || level < NAMED_LEVELS && says(named())
    })
}

/// The page's paragraphs of prose, with their words.
pub(super) fn prose_paragraphs(page: &Document) -> Vec<(NodeRef<'_>, usize)> {
    page.select("p").nodes().iter().map(|p| (*p, prose(p))).filter(|(_, words)| *words > 0).collect()
}

/// The element whose own paragraphs hold the most prose, with its words (the page's
/// furniture aside).
fn densest_prose<'a>(paragraphs: &[(NodeRef<'a>, usize)]) -> Option<(NodeRef<'a>, usize)> {
    let mut tally: HashMap<dom_query::NodeId, (NodeRef<'a>, usize)> = HashMap::new();
    for (p, words) in paragraphs {
        if let Some(parent) = p.parent() {
            tally.entry(parent.id).or_insert((parent, 0)).1 += words;
        }
    }
    tally.retain(|_, (node, _)| !in_furniture(node));
    // Ties go to the element first in the page, so the choice never depends on hashing.
    tally.into_values().max_by_key(|(node, words)| (*words, std::cmp::Reverse(node.id)))
}

/// The innermost element holding most of the page's prose (its furniture aside), with the
/// words it holds: the article's container, however deep its paragraphs sit.
fn prose_container<'a>(paragraphs: &[(NodeRef<'a>, usize)]) -> Option<(NodeRef<'a>, usize)> {
    let mut tally: HashMap<dom_query::NodeId, (NodeRef<'a>, usize, usize)> = HashMap::new();
    let mut total = 0;
    for &(p, words) in paragraphs {
        // A list's items are a gallery's legends, a feed's teasers, a thread's comments; an
        // article's prose is in its paragraphs.
        let in_list = || p.ancestors_it(None).any(|a| a.node_name().as_deref() == Some("li"));
        if in_furniture(&p) || in_list() {
            continue;
        }
        total += words;
        for (depth, ancestor) in p.ancestors_it(None).enumerate() {
            tally.entry(ancestor.id).or_insert((ancestor, 0, depth)).1 += words;
        }
    }
    let enough = (total as f32 * CONTAINER_SHARE).ceil() as usize;
    // The page itself is no container: the whole of it would bring its menus in.
    let page_itself = |node: &NodeRef| matches!(node.node_name().as_deref(), Some("body" | "html"));
    // Those holding enough nest in one another: the innermost holds the fewest words, and of
    // two holding the same, the deeper is inner (its depth counted from the paragraph up is
    // smaller); ties go to the element first in the page.
    let holders = tally.into_values().filter(|(node, words, _)| total > 0 && *words >= enough && !page_itself(node));
    let innermost = holders.min_by_key(|(node, words, depth)| (*words, *depth, node.id));
    innermost.map(|(node, words, _)| (node, words)).filter(|(node, _)| !holds_several_articles(node))
}

/// Whether an element holds more than one article (a feed, a page scrolling on to the next
/// story): two headlines or two `<article>`s.
fn holds_several_articles(node: &NodeRef) -> bool {
    let count = |tag: &str| node.descendants_it().filter(|d| d.node_name().as_deref() == Some(tag)).take(2).count();
    count("h1") > 1 || count("article") > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENTENCE: &str = "The letter says that the free exchange of ideas is the lifeblood of a society and that it is in danger now. ";

    #[test]
    fn the_element_with_the_most_prose_is_found_outside_the_pages_furniture() {
        let letter = SENTENCE.repeat(10);
        let legal = SENTENCE.repeat(20);
        let html = format!(
            "<body><div id=letter><p>{letter}</p><p>{letter}</p></div><table><tr><td>Ann Lee, writer</td></tr></table>\
             <div class=footer__copy><p>{legal}</p><p>{legal}</p></div></body>"
        );
        let page = Document::from(html.as_str());
        let (element, words) = densest_prose(&prose_paragraphs(&page)).expect("the letter");
        assert_eq!(element.attr("id").as_deref(), Some("letter"));
        assert_eq!(words, 2 * letter.split_whitespace().count());
        // Names and roles are no prose; a class naming a platform is no form.
        assert_eq!(prose_words(&Document::from("<p>Ann Lee, writer. Bo Ek, poet. Cy Orr, MIT.</p>")), 0);
        assert!(!in_furniture(&Document::from("<div class=platform-news><p>x</p></div>").select("p").nodes()[0]));
        // A wrapper far above names the page's layout, not the element.
        let deep = Document::from("<div class=above-footer><div><div><div><p>x</p></div></div></div></div>");
        assert!(!in_furniture(&deep.select("p").nodes()[0]));
        assert!(in_furniture(&Document::from("<footer><div><div><div><p>x</p></div></div></div></footer>").select("p").nodes()[0]));
    }

    /// A report set in boxed sections, each paragraph in a box of its own: the crate's
    /// choice of one section is a part, and the sections' container is the article.
    fn sections(extra: &str) -> String {
        let section = |n: usize| {
            let paragraphs = format!("<div class=paragraph><p>{SENTENCE}{SENTENCE}</p></div>").repeat(n);
            format!("<div class=sect1><h2>Part</h2><div class=sectionbody>{paragraphs}</div></div>")
        };
        format!("<body><article><div class=content id=whole>{}{}{}</div>{extra}</article></body>", section(2), section(3), section(4))
    }

    #[test]
    fn the_container_of_an_articles_sections_is_found_however_deep_its_paragraphs_sit() {
        let page = Document::from(sections("").as_str());
        let (element, words) = prose_container(&prose_paragraphs(&page)).expect("the sections' container");
        assert_eq!(element.attr("id").as_deref(), Some("whole"));
        assert_eq!(words, 9 * 2 * SENTENCE.split_whitespace().count());
        // A gallery's legends are list items, no part of the article's prose.
        let legends = format!("<ul class=legends>{}</ul>", format!("<li><h2>Photo</h2><p>{}</p></li>", SENTENCE.repeat(3)).repeat(40));
        let page = Document::from(sections(&legends).as_str());
        assert_eq!(prose_container(&prose_paragraphs(&page)).expect("the sections").0.attr("id").as_deref(), Some("whole"));
        // A page scrolling on to the next story has no one article's container.
        let next = format!("</article><article><h1>Next story</h1><div><p>{}</p></div>", SENTENCE.repeat(20));
        let page = Document::from(sections(&next).replacen("<article>", "<div id=feed><article><h1>Rivers rise</h1>", 1).as_str());
        assert!(prose_container(&prose_paragraphs(&page)).is_none());
    }
}
