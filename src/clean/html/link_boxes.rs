//! A box of links to the site's other pages set inside the article under a label ("Related",
//! "Trending", "Read Next", "Editor's picks"): the extractor drops its links and keeps its
//! label, a heading, which would then head the article's next paragraph. The box is marked
//! on the page for the block reader to leave out, and the audit reports it.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

use crate::clean::chrome;

/// More words than a box of teasers holds beside its label.
const MOST_WORDS: usize = 200;

/// Words naming a box of the site's pages in a label of a few words ("Now Trending", "SI
/// Recommends", "Related Article", "Popular").
const LABEL_WORDS: &[&str] = &["related", "trending", "popular", "recommended", "recommends", "picks"];

/// More words than such a label has.
const LABEL_LENGTH: usize = 3;

/// The boxes of links under a label the page sets inside its markup ([`labels_a_box`]),
/// each once.
pub(super) fn find(doc: &Document) -> Vec<NodeRef<'_>> {
    let mut seen: HashSet<NodeId> = HashSet::new();
    // (A label may be set in a division its class calls a heading: "RecircMostPopularHeading".)
    doc.select(r#"body h2, body h3, body h4, body h5, body h6, body div[class*="eading"], body span[class*="eading"]"#)
        .nodes()
        .iter()
        .filter(|h| labels_a_box(&h.text()))
        .filter_map(box_of)
        .filter(|b| seen.insert(b.id))
        .collect()
}

/// Whether a heading's text is a label for links to other pages: a related-content header
/// ("Related", "Read Next", "Editor's picks"), or a few words naming such a box.
fn labels_a_box(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    chrome::related_header(text) || words.len() <= LABEL_LENGTH && words.iter().any(|w| LABEL_WORDS.contains(&w.as_str()))
}

/// The box a label heads: its nearest ancestor holding more than the label, when what it
/// holds beside the label is a few links' words (two in three words linked, a teaser's
/// rubric and writer unlinked beside its headline; no more than [`MOST_WORDS`]). A label
/// over prose heads a section of the text ("Related" over a paragraph on related work) and
/// has no box.
fn box_of<'a>(heading: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let own = words(heading);
    let mut node = heading.parent()?;
    while words(&node) <= own {
        node = node.parent()?;
    }
    let rest = words(&node) - own;
    if rest > MOST_WORDS {
        return None;
    }
    let in_label = |a: &NodeRef| a.ancestors_it(None).any(|p| p.id == heading.id);
    let is_link = |n: &NodeRef| n.node_name().is_some_and(|name| name.eq_ignore_ascii_case("a"));
    let linked: usize = node.descendants_it().filter(|a| is_link(a) && !in_label(a)).map(|a| words(&a)).sum();
    (linked * 3 >= rest * 2).then_some(node)
}

/// An element's words, text node by text node ("<h2>Trending</h2><a>Fire</a>" is two).
fn words(node: &NodeRef) -> usize {
    node.descendants_it().filter(|d| d.is_text()).map(|t| t.text().split_whitespace().count()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(html: &str) -> Vec<String> {
        let doc = Document::from(html);
        let text = |b: &NodeRef| b.descendants_it().filter(|d| d.is_text()).map(|t| t.text().to_string()).collect::<Vec<_>>().join(" ");
        find(&doc).iter().map(text).collect()
    }

    #[test]
    fn a_label_over_links_to_other_pages_is_a_box() {
        let teasers = "<section><h2>Trending</h2><article><a href=/a><h3>Harbour fire spreads</h3></a></article>\
            <article><a href=/b><h3>Mayor of Velmora resigns</h3></a></article></section>";
        assert_eq!(found(&format!("<body><p>Text.</p>{teasers}</body>")), ["Trending Harbour fire spreads Mayor of Velmora resigns"]);
        let read_next = "<div><h2>Read Next</h2><a href=/c>ANA LIMA</a> <a href=/c>Floods show the cost of waiting</a></div>";
        assert_eq!(found(&format!("<body>{read_next}</body>")).len(), 1);
        let picks = "<div><h4>Editor’s picks</h4><ul><li><a href=/d>The best tents</a></li></ul></div>";
        assert_eq!(found(&format!("<body>{picks}</body>")).len(), 1);
        let rail = "<div><div class=\"RailHeading-x\">Most Popular</div><ul><li><a href=/e>Gear The best tents</a> Ana Lima</li>\
            <li><a href=/f>Gear Protect your network at home</a> Tora Quist</li></ul></div>";
        assert_eq!(found(&format!("<body>{rail}</body>")).len(), 1);
        let trending = "<div><h3>Now Trending</h3><p><a href=/g>Ten harbour walks</a></p></div>";
        assert_eq!(found(&format!("<body>{trending}</body>")).len(), 1);
    }

    #[test]
    fn a_label_over_prose_or_many_words_is_no_box() {
        let section = "<div><h2>Related</h2><p>A 2010 paper with <a href=/p>four colleagues</a> considers what happens \
            when we restrict the folds to one line at a time, and finds the same answer.</p></div>";
        assert!(found(&format!("<body>{section}</body>")).is_empty());
        let links = (0..60).map(|i| format!("<li><a href=/{i}>Story number {i} here</a></li>")).collect::<String>();
        assert!(found(&format!("<body><div><h2>Related</h2><ul>{links}</ul></div></body>")).is_empty());
        // Half its words linked, a line of the text; the label's own link is no teaser's.
        assert!(found("<body><div><h2>Related</h2><p><a href=/h>Harbour report</a> and <a href=/q>quay survey</a>, both from May.</p></div></body>").is_empty());
        assert!(found("<body><div><h2><a href=/r>Related</a></h2><p>Read <a href=/x>the report</a> today.</p></div></body>").is_empty());
        // A heading of the text is no label, over links or not.
        assert!(found("<body><div><h2>Sources</h2><ul><li><a href=/s>The harbour report</a></li></ul></div></body>").is_empty());
    }
}
