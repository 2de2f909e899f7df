//! The other parts of an article set in like boxes, when the extractor took one.
//!
//! A site may set one article's text in several boxes of one shape, one after another in the
//! article's container, with an advertisement or a newsletter's sign-up between them (a
//! chain of newspapers sets each run of paragraphs in a block of its own beside a rail of
//! links). The extractor scores each box alone and keeps the richest, so the article loses
//! its lead and its last sections. When the paragraphs it kept sit in one box of such a run,
//! the same place in each other box holds the rest of the text: this puts it back in the
//! page's order, cut as the extractor cuts a page.

use dom_query::{Document, NodeRef};

use super::extract::{in_furniture, prose, readability};
use super::siblings::{shape, Choice};

/// How far above the kept paragraphs' common ancestor the box repeated may be.
const BOX_LEVELS: usize = 3;

/// The extractor's choice with the other parts of the article, or `None` when it kept the
/// whole (or the page sets no article in like boxes).
/// `paragraphs` are the page's paragraphs of prose, as the extractor's check found them.
pub fn restore(chosen: &str, paragraphs: &[(NodeRef, usize)]) -> Option<String> {
    let kept = Document::from(chosen);
    let choice = Choice::new(&kept);
    let held: Vec<NodeRef> = paragraphs.iter().filter(|(p, _)| choice.holds(&p.text())).map(|(p, _)| *p).collect();
    let common = common_ancestor(&held)?;
    let (kept_box, run) = std::iter::successors(Some(common), |n| n.parent()).take(BOX_LEVELS + 1).find_map(|b| like_boxes(&b).map(|run| (b, run)))?;
    // The kept paragraphs' place in their box, by the tags and classes on the way down.
    let path: Vec<_> = std::iter::successors(Some(common), |n| n.parent()).take_while(|n| n.id != kept_box.id).map(|n| kind(&n)).collect();
    // The kinds of block the kept part is made of: another part's blocks of other kinds (a
    // sign-in box, a picture set above the lead) are not the text.
    let made_of: Vec<_> = common.element_children().iter().map(kind).collect();
    let (mut before, mut after, mut past_kept) = (String::new(), String::new(), false);
    for page_box in run {
        if page_box.id == kept_box.id {
            past_kept = true;
            continue;
        }
        // (A part with no paragraph of prose, a video's or a block of links, adds nothing.)
        let Some(part) = at_path(&page_box, &path).filter(holds_prose) else { continue };
        // The part as the extractor would cut it from a page of its own.
        let blocks: String = part.element_children().iter().filter(|b| made_of.contains(&kind(b))).map(|b| b.html().to_string()).collect();
        let html = readability(&format!("<html><body><div>{blocks}</div></body></html>"));
        if past_kept { after.push_str(&html) } else { before.push_str(&html) }
    }
    if before.is_empty() && after.is_empty() {
        return None;
    }
    let body = kept.select("body");
    let article = body.nodes().first()?.first_element_child()?;
    article.prepend_html(before);
    article.append_html(after);
    Some(body.inner_html().to_string())
}

/// The nearest element holding all the paragraphs; `None` for fewer than two.
fn common_ancestor<'a>(paragraphs: &[NodeRef<'a>]) -> Option<NodeRef<'a>> {
    let (first, rest) = paragraphs.split_first().filter(|(_, rest)| !rest.is_empty())?;
    let mut chain: Vec<NodeRef<'a>> = first.ancestors_it(None).collect();
    for p in rest {
        let above: std::collections::HashSet<_> = p.ancestors_it(None).map(|a| a.id).collect();
        let keep = chain.iter().position(|a| above.contains(&a.id))?;
        chain.drain(..keep);
    }
    chain.first().copied().filter(|c| !matches!(c.node_name().as_deref(), Some("body" | "html")))
}

/// An element's tag and the shape of its classes.
fn kind(node: &NodeRef) -> (String, String) {
    (node.node_name().unwrap_or_default().to_string(), node.attr("class").map(|c| shape(&c)).unwrap_or_default())
}

/// The run of boxes like `page_box` among its parent's children (itself included, in the
/// page's order), when it has a class, one box at least is like it and none is an article
/// of its own: a headline, or an `<article>` each.
fn like_boxes<'a>(page_box: &NodeRef<'a>) -> Option<Vec<NodeRef<'a>>> {
    let shape = kind(page_box);
    if shape.1.is_empty() || shape.0 == "article" || in_furniture(page_box) {
        return None;
    }
    let run: Vec<_> = page_box.parent()?.element_children().into_iter().filter(|c| kind(c) == shape).collect();
    let headline = |b: &NodeRef| b.descendants_it().any(|d| d.node_name().as_deref() == Some("h1"));
    (run.len() > 1 && !run.iter().any(headline)).then_some(run)
}

/// The element at `path` (the kinds from the kept paragraphs' ancestor up) in another box.
fn at_path<'a>(page_box: &NodeRef<'a>, path: &[(String, String)]) -> Option<NodeRef<'a>> {
    path.iter().rev().try_fold(*page_box, |node, step| node.element_children().into_iter().find(|c| kind(c) == *step))
}

/// Whether a part holds a paragraph of prose.
fn holds_prose(part: &NodeRef) -> bool {
    part.descendants_it().any(|p| p.node_name().as_deref() == Some("p") && prose(&p) > 0)
}

#[cfg(test)]
mod tests {
    use super::super::extract::prose_paragraphs;
    use super::super::markup::squash;
    use super::*;

    /// Three sentences of each part, no two alike.
    const SENTENCES: [[&str; 3]; 3] = [
        [
            "Harbour traffic doubled in spring as the new ferry line opened to commuters.",
            "Dock workers said the early shifts had grown longer every single week since April.",
            "The port authority expects freight volumes to settle by the end of the summer.",
        ],
        [
            "Economists at two banks called the report a welcome surprise after a weak winter.",
            "One of them warned that wages were still rising faster than the central bank wanted.",
            "Another said traders now price in at least one more increase before December.",
        ],
        [
            "Farmers in the valley planted later than usual because the fields stayed flooded.",
            "Their cooperative has asked the province for help with drainage along the river.",
            "A decision on the request is due from the minister's office next month, officials said.",
        ],
    ];

    /// Part `i`'s paragraphs, each in a section of its own, under `depth` wrappers.
    fn text(i: usize, depth: usize) -> String {
        let sections: String = SENTENCES[i].iter().map(|s| format!("<section class=content-group><p>{s}</p></section>")).collect();
        format!("{}{sections}{}", "<div class=wrap>".repeat(depth), "</div>".repeat(depth))
    }

    /// An article in three blocks of `tag` and `class`, each its part of the text beside a
    /// rail of links, with an advertisement between them; `lead` opens the first block.
    fn page(tag: &str, class: &str, lead: &str, depth: usize) -> String {
        let block = |i: usize, more: &str| {
            format!("<{tag} class=\"{class}\"><div class=block-content>{more}{}</div><div class=rail><a href=/x{i}>Other story {i}</a></div></{tag}>", text(i, depth))
        };
        format!(
            "<body><div class=head><h1>Rates rise</h1><p>By Ana Lima and Tora Quist</p></div><div class=story>{}<div class=ad>Advertisement</div>{}<div class=ad>Advertisement</div>{}</div></body>",
            block(0, lead),
            block(1, ""),
            block(2, "")
        )
    }

    /// The extractor's choice: the byline and the second block's paragraphs. (Only
    /// paragraphs of prose place the kept part: the byline above is no part of a box.)
    fn choice() -> String {
        format!("<div id=readability-page-1 class=page><p>By Ana Lima and Tora Quist</p><div>{}</div></div>", SENTENCES[1].iter().map(|s| format!("<p>{s}</p>")).collect::<String>())
    }

    fn restored(page: &str) -> Option<String> {
        let page = Document::from(page);
        restore(&choice(), &prose_paragraphs(&page)).map(|html| squash(&Document::from(html.as_str()).select("body").text()))
    }

    #[test]
    fn the_other_blocks_of_an_article_come_back_in_the_pages_order() {
        let sign_in = "<div class=sign-in><p>Subscribe now to read the latest news in your city and across the whole country.</p></div>";
        let video = "<section class=content-group><p>Watch: the ferry</p></section>";
        let with_video = page("div", "story-block story-container", sign_in, 0).replacen("<div class=ad>", &format!("<div class=\"story-block story-container\"><div class=block-content>{video}</div></div><div class=ad>"), 1);
        let text = restored(&with_video).expect("the other parts");
        let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
        let order: Vec<_> = SENTENCES.iter().flatten().map(|s| at(s)).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
        // A block of another kind than the kept part's (a sign-in box) is not the text; nor
        // are the rails beside the text.
        assert!(!text.contains("Subscribe now") && !text.contains("Other story"), "{text}");
        // A block without prose, a video's, adds nothing.
        assert!(!text.contains("Watch"), "{text}");
    }

    #[test]
    fn blocks_that_are_articles_of_their_own_or_furniture_stay_out() {
        assert!(restored(&page("div", "story-block", "", 0)).is_some());
        // A feed's stories: each an <article>, or each under a headline of its own.
        assert!(restored(&page("article", "story-block", "", 0)).is_none());
        assert!(restored(&page("div", "story-block", "<h1>Another story</h1>", 0)).is_none());
        // Boxes with no class to tell their shape, and boxes of the page's furniture.
        assert!(restored(&page("div", "", "", 0)).is_none());
        assert!(restored(&page("div", "sidebar-block", "", 0)).is_none());
        // The kept paragraphs sit up to three levels below the repeated box, no further (a
        // page's rows of layout far above are no article's parts).
        assert!(restored(&page("div", "story-block", "", 2)).is_some());
        assert!(restored(&page("div", "story-block", "", 3)).is_none());
    }
}
