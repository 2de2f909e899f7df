//! The HTML reader: a saved web page in, the same clean [`Article`] the text cleaner makes out.
//!
//! Takes the decoded HTML of one source, its path, the article id and the editor's rules;
//! returns an [`Article`] whose metadata comes from the markup and whose report lists every
//! text block of the page that is not in the body, with its source line and the reason.
//! The steps, each in its own module:
//! 1. `markup` gathers what the page declares (JSON-LD, Open Graph, `meta`, `<time>`,
//!    bylines, `<h1>`, `<title>`) and `metadata` chooses the article's fields from it;
//! 2. `extract` decides what is the main content (the boilerplate decision is the crate's);
//! 3. `blocks` turns that content's markup into our blocks and footnotes;
//! 4. the title, standfirst, byline and dateline repeated at the top of the body, and blocks the editor
//!    drops, are set aside;
//! 5. `audit` records every page block that did not reach the body.

mod audit;
mod blocks;
mod extract;
mod head;
mod link_boxes;
mod markup;
mod metadata;
mod parts;
mod siblings;
mod signatures;
mod signup;
mod tail;

pub(crate) use metadata::join_names;

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

use super::{chrome, forum, Rules};
use crate::model::{plain_text, Article, ArticleMeta, Block, CleanReport, Flag, Inline};

/// Real pages nest elements a few dozen deep; deeper than this is hostile or broken.
const MAX_NESTING: usize = 400;

/// Whether any element of the page sits deeper than `limit` (a walk with its own stack).
fn nests_deeper_than(doc: &Document, limit: usize) -> bool {
    let mut stack = vec![(doc.root(), 0)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        stack.extend(node.children_it(false).filter(|c| c.is_element()).map(|c| (c, depth + 1)));
    }
    false
}

/// Items a paragraph must hold, with next to no other words, to be a bar of links.
const LINK_BAR_ITEMS: usize = 3;

/// Bracketed labels of a link bar ("[Docs]", "[txt|pdf]").
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[[^\[\]]{1,40}\]").unwrap());

/// Whether a paragraph is a bar of short links ("[Docs] [txt|pdf] [Tracker]", "Home | News |
/// Contact"): three or more bracketed labels with at most two words outside them, or three or
/// more items of at most three words between bars.
fn is_link_bar(text: &str) -> bool {
    let words = |s: &str| s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count();
    let labels = BRACKETED.find_iter(text).count();
    let items: Vec<&str> = text.split(" | ").collect();
    (labels >= LINK_BAR_ITEMS && words(&BRACKETED.replace_all(text, " ")) <= 2)
        || (items.len() >= LINK_BAR_ITEMS && items.iter().all(|i| (1..=3).contains(&words(i))))
}

/// Classes that hide an element from the eye and keep its text for screen readers.
const SCREEN_READER_ONLY: &[&str] = &[
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "off-screen", "offscreen",
    "element-invisible", "u-visually-hidden", "a11y-hidden",
];

/// More words than a screen reader's label has.
const LABEL_WORDS: usize = 4;

/// Whether an element is a label for screen readers only that opens its block ("Media
/// caption", "Image caption"): a sighted reader never sees it, so the book must not print
/// it glued to the text it labels ("Media captionDrone footage…"). Hidden text inside a
/// block stays: it can be the spoken form of what the page shows in an element the
/// extractor drops ("20 <hidden>minutes</hidden> <shown>mins</shown>"). A label announcing
/// a credit stays too: it marks the credit as one ("Image copyright Reuters").
pub(super) fn screen_reader_label(el: &dom_query::NodeRef) -> bool {
    let class = el.attr("class").unwrap_or_default().to_ascii_lowercase();
    if !class.split_whitespace().any(|c| SCREEN_READER_ONLY.contains(&c)) {
        return false;
    }
    let text = el.text().to_lowercase();
    let words = text.split_whitespace().count();
    let credit = ["copyright", "source", "credit", "©"].iter().any(|w| text.contains(w));
    (1..=LABEL_WORDS).contains(&words) && !credit && opens_its_block(el)
}

/// Whether no text comes before an element in its nearest block-level ancestor.
fn opens_its_block(el: &dom_query::NodeRef) -> bool {
    let mut node = *el;
    loop {
        let mut before = node.prev_sibling();
        while let Some(sibling) = before {
            // (Up to its first word: a long sibling is not read whole for each label.)
            let shows_text = |n: &dom_query::NodeRef| n.is_text() && !n.text().trim().is_empty();
            if shows_text(&sibling) || sibling.descendants_it().any(|d| shows_text(&d)) {
                return false;
            }
            before = sibling.prev_sibling();
        }
        match node.parent() {
            Some(parent) if !blocks::is_block_element(&parent) => node = parent,
            _ => return true,
        }
    }
}

/// The class the text of an element the body leaves out is marked with for the block
/// reader, kept through the extractor (no word of it weighs in the extractor's choice).
pub(super) const LEFT_OUT: &str = "anthology-left-out";

/// Marks the text of each element given with [`LEFT_OUT`], by a span round each run of it:
/// the extractor replaces a division holding a paragraph alone by the paragraph, class and
/// all, and a span round blocks would come apart when its output is read again.
fn mark_left_out(doc: &Document, elements: &[NodeRef]) {
    let texts: Vec<NodeRef> = elements.iter().flat_map(|e| e.descendants_it().filter(|d| d.is_text() && !d.text().trim().is_empty())).collect();
    for text in texts {
        let mark = doc.tree.new_element("span");
        mark.set_attr("class", LEFT_OUT);
        text.insert_before(&mark);
        mark.append_child(&text);
    }
}

/// The page as the extractor should read it: without its screen readers' labels (it reads
/// no CSS, so it would keep them; the audit reads the whole page and reports them), and
/// without the `<meta>`s and `<link>`s of microdata in the text (it takes a link holding
/// one for a block, and would break the paragraph around the link); a forum's signatures and
/// the boxes of links to other pages under a label (`link_boxes`: it would keep the label
/// alone) marked for the block reader to leave out.
fn for_the_extractor(html: &str) -> Option<Document> {
    let body = html.find("<body").map_or("", |i| &html[i..]);
    let labels = SCREEN_READER_ONLY.iter().any(|c| html.contains(c));
    let captions = ["caption", "cutline", "credit"].iter().any(|c| body.contains(c));
    let headers = body.contains("header");
    let breaks = body.contains("<br");
    let heading_classes = HEADING_CLASS.is_match(body);
    let toasts = TOASTS.iter().any(|t| body.contains(t));
    let counts = body.contains("count");
    let signed = signatures::may_hold(body);
    let hidden_boxes = body.contains("hidden");
    let headings = body.contains("<h");
    if !headings && !counts && !signed && !hidden_boxes && !labels && !body.contains("<meta") && !body.contains("<link") && !captions && !headers && !breaks && !heading_classes && !toasts {
        return None;
    }
    let doc = Document::from(html);
    let mut hidden: Vec<NodeRef> = doc.select("[class]").nodes().iter().filter(|n| screen_reader_label(n)).copied().collect();
    hidden.extend(doc.select("body meta, body link").nodes().iter().copied());
    if toasts {
        hidden.extend(doc.select("body [class], body [id]").nodes().iter().filter(|n| is_toast(n)).copied());
    }
    if hidden_boxes {
        hidden.extend(doc.select(r#"body [class~="hidden"]"#).nodes().iter().filter(|n| is_hidden_access_box(n)).copied());
    }
    if counts {
        hidden.extend(doc.select("body [class], body [id]").nodes().iter().filter(|n| is_count_widget(n)).copied());
    }
    // A forum's signatures and the boxes of links under a label are marked, not taken
    // out: the extractor chooses as it would.
    let mut left_out = if signed { signatures::find(&doc) } else { Vec::new() };
    if headings {
        left_out.extend(link_boxes::find(&doc));
    }
    mark_left_out(&doc, &left_out);
    for node in &hidden {
        node.remove_from_parent();
    }
    // "<div class="caption">": the extractor makes a paragraph of a division holding text
    // alone and drops its class, so a picture's caption set as a block would read as the
    // article's own words. As a `figcaption` it stays a caption.
    for node in doc.select("div[class], p[class]").nodes() {
        if blocks::is_inline_caption(node) && !node.descendants_it().any(|d| blocks::is_block_element(&d)) {
            node.rename("figcaption");
        }
    }
    // "<div class="h6 md:h5 lg:h4">1 big thing: …</div>": a heading a style sheet's heading
    // class sets (Bootstrap's `.h4`, a utility framework's), which the extractor would read
    // as a paragraph.
    // (A span too, standing alone among blocks: "<span class="item__title h5">" over an
    // item's paragraphs.)
    for node in doc.select("div[class], p[class], span[class]").nodes() {
        if let Some(level) = heading_class_level(node).filter(|_| node.node_name().as_deref() != Some("span") || among_blocks(node)) {
            node.rename(&format!("h{level}"));
        }
    }
    for node in doc.select("div[class], div[id], span[class], span[id]").nodes() {
        // Its heading stands in its place, a heading among the paragraphs (the extractor
        // drops a division holding little more than links).
        if let Some(first) = node.first_child().filter(|_| heads_a_section(node)) {
            first.unwrap_node();
        }
    }
    hoist_edge_breaks(&doc);
    Some(doc)
}

/// The names of a notice a page pops up after a click ("Story Saved. You can find this story
/// in My Bookmarks"), which the page's script shows and hides: no part of the article.
const TOASTS: &[&str] = &["toast", "snackbar"];

/// More words than a pop-up notice holds (a post's container may carry "category-toast").
const TOAST_WORDS: usize = 40;

/// Whether an element is a pop-up notice: a word of its classes or id names one, and it
/// holds a notice's few words.
pub(super) fn is_toast(el: &NodeRef) -> bool {
    named(el, TOASTS) && el.text().split_whitespace().count() <= TOAST_WORDS
}

/// The names of a gate for readers without access: a sign-in's, a paywall's.
const ACCESS_GATES: &[&str] = &["sign-in", "signin", "sign_in", "login", "log-in", "paywall", "regwall"];

/// More words than a gate's offer holds (a heading or two over lists of what an account
/// gives): a larger box so named is the content behind it.
const ACCESS_GATE_WORDS: usize = 300;

/// Whether an element is a box the page keeps hidden by its style sheet's "hidden" class,
/// a gate for readers without access ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "Register to
/// unlock this article"), its class or id naming one: the extractor reads no style sheet. A
/// hidden box of another kind (an accordion's answer, a gallery's next slide) is the page's.
pub(super) fn is_hidden_access_box(el: &NodeRef) -> bool {
    // (The audit asks every element outside the text: the cheap look at the classes first.)
    let class = el.attr("class").unwrap_or_default();
    if !class.split_whitespace().any(|c| c == "hidden") {
        return false;
    }
    // (A class shown from a breakpoint on, "hidden lg:inline-flex", shows the box on wider screens.)
    let shown_wider = class.split_whitespace().any(|c| c.contains(':'));
    let names = format!("{class} {}", el.attr("id").unwrap_or_default()).to_ascii_lowercase();
    let gate = ACCESS_GATES.iter().any(|g| names.contains(g));
    !shown_wider && gate && el.text().split_whitespace().count() <= ACCESS_GATE_WORDS
}

/// Whether a word of an element's classes or id is one of `words` (lowercase), in any case
/// ("snackbar-toast", "Share-Count"). Read without copying: every element is asked.
pub(super) fn named(el: &NodeRef, words: &[&str]) -> bool {
    [el.attr("class"), el.attr("id")].into_iter().flatten().any(|names| names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x))))
}

/// Whether an element is a widget's count of shares, reactions, votes or comments: a word of
/// its classes or id names a count ("share-count", "vote-count"), and its text is a number
/// alone or a count and its word ("884", "0Reactions"), the whole line it stands on. A
/// count inside a line is the line's ("Image 1 of 23", "rated 5 from 7 votes"); a table's
/// cell so named holds the table's figures; a "counter" is as often a figure a page
/// animates ("$43 million in revenue").
pub(super) fn is_count_widget(el: &NodeRef) -> bool {
    if !named(el, &["count", "counts"]) || el.ancestors_it(None).any(|a| matches!(a.node_name().as_deref(), Some("table" | "td" | "th"))) || matches!(el.node_name().as_deref(), Some("td" | "th")) {
        return false;
    }
    let text = markup::squash(&el.text());
    // (Its block's text read only as far as the count's length: a long block is not read
    // whole for each count in it.)
    let alone_in = |block: NodeRef| {
        let mut length = 0;
        block.descendants_it().filter(|d| d.is_text()).all(|d| {
            length += d.text().trim().len();
            length <= text.len()
        })
    };
    let line = || el.ancestors_it(None).find(blocks::is_block_element).is_none_or(alone_in);
    (BARE_COUNT.is_match(&text) || chrome::is_counter(&text)) && (blocks::is_block_element(el) || line())
}

/// A count alone: "884", "1,204", "1.2k" (not a step's number: "1.").
static BARE_COUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d(?:[\d.,]*\d)?\s*[kKmM]?$").unwrap());

/// A class attribute naming a heading's style ("h4", a breakpoint's "md:h5").
static HEADING_CLASS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"class\s*=\s*["'][^"']*(?:\s|["':])h[1-6](?:["'\s])"#).unwrap());

/// More words than a heading set by its class has: a lead paragraph set large has more.
const CLASS_HEADING_WORDS: usize = 15;

/// The level a block of text alone gives itself by a heading's class (the highest one its
/// breakpoints name: "h6 md:h5 lg:h4" is a 4), when it reads as a heading: a few words, not
/// a sentence closed by a full stop (one word is a label or a figure set large: "Blog",
/// "15M").
fn heading_class_level(node: &NodeRef) -> Option<u8> {
    let class = node.attr("class")?;
    let level = class.split_whitespace().filter_map(|t| t.rsplit(':').next()?.strip_prefix('h')?.parse::<u8>().ok()).filter(|n| (1..=6).contains(n)).min()?;
    let text = markup::squash(&node.text());
    let words = text.split_whitespace().count();
    let heading = (2..=CLASS_HEADING_WORDS).contains(&words) && !text.ends_with('.');
    (heading && !node.descendants_it().any(|d| blocks::is_block_element(&d))).then_some(level)
}

/// Whether an element stands on a line of its own among blocks: no text beside it, its
/// neighbours blocks or pictures.
fn among_blocks(node: &NodeRef) -> bool {
    let Some(parent) = node.parent() else { return false };
    parent.children_it(false).filter(|c| c.id != node.id).all(|c| match c.node_name() {
        None => c.text().trim().is_empty(),
        Some(name) => blocks::is_block_element(&c) || matches!(name.as_ref(), "img" | "picture" | "br"),
    })
}

/// "<span>…the couple.<br><br></span>Apparently…": a paragraph break written at an inline
/// element's edge. The extractor makes paragraphs of a run of `<br>`s among its parent's
/// children only: one closing an inline element leaves an empty paragraph, which it drops,
/// and two paragraphs' words run together ("couple.Apparently"). Moved outside the element,
/// the run parts them as a browser does.
/// (A run closing a paragraph parts nothing, and is left: the extractor reads a paragraph
/// ending on one as a division.)
fn hoist_edge_breaks(doc: &Document) {
    let inline = doc.select(INLINE_ELEMENTS).nodes().to_vec();
    // The innermost first: a run leaving a span may then leave the span round it.
    // (Words beside it are looked for only where a run is: a page of many empty spans
    // stays linear.)
    for el in inline.iter().rev() {
        let closing = break_run(el.children_it(true));
        if !closing.is_empty() && words_beside(el, |n| n.next_sibling()) {
            for node in closing {
                el.insert_after(&node);
            }
        }
        let opening = break_run(el.children_it(false));
        if !opening.is_empty() && words_beside(el, |n| n.prev_sibling()) {
            for node in opening {
                el.insert_before(&node);
            }
        }
    }
}

const INLINE_ELEMENTS: &str = "span, font, a, b, strong, i, em, u, small";

/// Whether the paragraph holding an inline element has words on one side of it (`step`
/// goes to the next sibling or the previous), outside it and any inline element round it.
fn words_beside<'a>(el: &NodeRef<'a>, step: impl Fn(&NodeRef<'a>) -> Option<NodeRef<'a>>) -> bool {
    let mut node = *el;
    loop {
        let mut sibling = step(&node);
        while let Some(s) = sibling {
            if !s.text().trim().is_empty() {
                return true;
            }
            sibling = step(&s);
        }
        match node.parent() {
            Some(parent) if parent.is(INLINE_ELEMENTS) => node = parent,
            _ => return false,
        }
    }
}

/// The `<br>`s (and the blank text between them) at the head of `nodes`, when they are two
/// or more: a paragraph break.
fn break_run<'a>(nodes: impl Iterator<Item = NodeRef<'a>>) -> Vec<NodeRef<'a>> {
    let is_break = |n: &NodeRef| n.node_name().is_some_and(|name| name.eq_ignore_ascii_case("br"));
    let run: Vec<NodeRef> = nodes.take_while(|n| is_break(n) || (n.is_text() && n.text().trim().is_empty())).collect();
    if run.iter().filter(|n| is_break(n)).count() >= 2 { run } else { Vec::new() }
}

/// Whether an element named a "header" holds a heading of the article's text: the head of
/// one entry in a list of reviews (`<div class="entry-header"><h2>Artist: Album</h2></div>`)
/// among the paragraphs of prose its parent holds. The extractor strips every element whose
/// name says "header" as the page's, and the entry would lose what it reviews. The page's
/// own header is a `<header>` or holds no heading over prose; a dialog's is named so.
fn heads_a_section(node: &NodeRef) -> bool {
    let named = format!("{} {}", node.attr("class").unwrap_or_default(), node.attr("id").unwrap_or_default()).to_ascii_lowercase();
    if !named.contains("header") {
        return false;
    }
    let is_heading = |n: &NodeRef| matches!(n.node_name().as_deref(), Some("h2" | "h3" | "h4" | "h5" | "h6"));
    let heading_words: usize = node.descendants_it().filter(is_heading).map(|h| h.text().split_whitespace().count()).sum();
    let own_words = node.text().split_whitespace().count();
    // Nothing but the heading, and a number or label beside it.
    let only_a_heading = heading_words > 0 && own_words <= heading_words + 3 && heading_words <= 30;
    // (Nor the head of a dialog or a menu: "modal__header" in a "modal-content".)
    let in_furniture = || node.parent().is_none_or(|parent| extract::in_furniture(&parent));
    let over_prose = || node.parent().is_some_and(|parent| parent.descendants_it().any(|p| p.node_name().as_deref() == Some("p") && p.text().split_whitespace().count() >= 20));
    only_a_heading && !in_furniture() && over_prose()
}

/// How far into the body the title, byline and dateline are looked for.
const HEAD_BLOCKS: usize = 5;

/// Soft hyphens, as characters or entities: some sites put one at every break point of every
/// word ("peo&shy;ple"), for their own column. The book hyphenates its own lines, and a word
/// cut by them is not the word to the index, the chronology or a search.
static SOFT_HYPHEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\u{ad}|&shy;|&#173;|&#x0*ad;").unwrap());

/// The page without its soft hyphens (lines and every other character kept).
fn without_soft_hyphens(html: &str) -> std::borrow::Cow<'_, str> {
    SOFT_HYPHEN.replace_all(html, "")
}

/// Fewer words than any article has: a teaser, or a page whose text the extractor missed.
const SHORT_BODY_WORDS: usize = 60;

/// Cleans one saved HTML page into an article whose blocks are numbered under `article_id`.
pub fn clean(html: &str, source: &str, article_id: &str, rules: &Rules) -> Article {
    let html = &without_soft_hyphens(html);
    // 1. What the markup says about the article.
    let doc = Document::from(html.as_ref());
    let evidence = markup::gather(&doc);
    let mut meta = metadata::choose(&evidence);
    // 2. The main content, as the extractor sees it (its scoring slows down with nesting
    //    depth, so a hostile page nested deeper than any real one keeps its whole body).
    let too_deep = nests_deeper_than(&doc, MAX_NESTING);
    let content = if too_deep {
        doc.select("body").html().to_string()
    } else {
        // The extractor's check of its choice reads the page as prepared for it too.
        match for_the_extractor(html) {
            Some(prepared) => extract::main_content(&prepared.html(), &prepared),
            None => extract::main_content(html, &doc),
        }
    };
    // 3. Our blocks and footnotes from its markup.
    let (body, footnotes) = blocks::convert(&content, &doc, article_id);
    // A forum's posters' profiles first: the head of the first post is the text's head (its
    // byline the author's, its heading the title again), and a profile's "Joined: Oct 05,
    // 2011" no date of the page.
    let mut boxes = Vec::new();
    let body = take_poster_profiles(body, meta.author.as_deref(), &mut boxes);
    // A description that only opens the body again is the site's excerpt, no standfirst.
    if meta.standfirst.as_deref().is_some_and(|s| is_excerpt(s, &body) || is_lead_paragraph(s, &doc)) {
        meta.standfirst = None;
    }
    // The deck the page prints and marks, where the body leaves it out (a body that opens
    // on it keeps it as its lead).
    if let Some(deck) = evidence.printed_deck.as_deref().filter(|d| !opens_on(&body, d) && metadata::deck_shaped(d, &meta.title, &evidence)) {
        meta.standfirst = Some(deck.to_string());
    }
    // A deck the page sets in a heading's type under its headline, which the body opens on
    // as a heading: the standfirst it prints, no section's heading.
    if let Some(deck) = evidence.headline_deck.as_deref().filter(|d| opens_on_heading(&body, d)) {
        meta.standfirst = Some(deck.to_string());
    }
    // The date and writer the top of the body shows, where the markup gives none.
    let mut body = body;
    head::inline_dateline(&mut body, &mut meta);
    head::date(&body, &mut meta);
    if meta.date.is_none() {
        meta.date = metadata::revision_date(&evidence);
    }
    head::author(&mut body, &mut meta);
    head::wire_reporters(&body, &mut meta);
    // 4. The front matter's repetitions and the editor's drops are set aside.
    // (A sign-up box first: its pitch, set aside as an appeal on its own, would leave its
    // heading over the text's next paragraph.)
    let body = signup::take_boxes(body, &meta, &mut boxes);
    let (body, mut set_aside) = set_aside(body, &meta, rules);
    set_aside.extend(boxes);
    let body = take_kicker(body, &doc, &meta, &mut set_aside);
    let body = take_bios(body, &mut meta, &mut set_aside);
    let body = take_trailing_teasers(body, &mut set_aside);
    let body = take_related_boxes(body, &mut set_aside);
    let body = take_promo_lists(body, &mut set_aside);
    let body = tail::take_furniture(body, &mut meta, &mut set_aside);
    let body = take_pull_quotes(body, &mut set_aside);
    let body = take_second_printing(body, &mut set_aside);
    let body = take_gallery_furniture(body, &mut set_aside);
    let body = take_closing_leftovers(body, &mut set_aside);
    // The extractor drops a heading that repeats the title itself; the report says why.
    set_aside.push((meta.title.clone(), "title", "the article's title, kept in the front matter".into()));
    // 5. The audit trail: every page block not carried into the body.
    let mut report = CleanReport { source: source.to_string(), ..Default::default() };
    // A table's cells one by one: the page's text blocks are cells too.
    let block_texts = |b: &Block| match b {
        Block::Table { table, .. } => table.runs().map(|c| plain_text(c)).collect(),
        // With the numbers a page wrote before the items by hand ("7. Ann Vale").
        Block::List { ordered: true, start, items, .. } => {
            (*start..).zip(items).map(|(n, item)| format!("{n}. {}", plain_text(item))).collect()
        }
        _ => vec![b.plain_text()],
    };
    let kept_texts: Vec<String> =
        body.iter().flat_map(block_texts).chain(footnotes.iter().map(|f| plain_text(&f.content))).collect();
    let kept = audit::Kept::new(kept_texts.iter().map(String::as_str));
    let known = |text: &str| {
        let block = Block::Paragraph { id: String::new(), content: vec![crate::model::Inline::Text(text.to_string())] };
        repeats_front_matter(&block, text, &meta)
    };
    report.total_lines = audit::record(&doc, html, &kept, &set_aside, &known, &mut report);
    if too_deep {
        report.flags.push(Flag {
            line: 0,
            excerpt: String::new(),
            reason: format!("the page nests elements more than {MAX_NESTING} deep, so its whole text was kept: check it, and remove the site furniture by hand or with `drop` patterns"),
        });
    }
    let words: usize = body.iter().map(|b| b.plain_text().split_whitespace().count()).sum();
    if body.is_empty() {
        report.flags.push(Flag {
            line: 0,
            excerpt: String::new(),
            reason: "no article text found in the page (empty, or nothing but site furniture): check the source, or save the article's own page".into(),
        });
    } else if let Some((notice, ..)) = set_aside.iter().find(|(_, rule, _)| *rule == "paywall") {
        // A flag on the whole page (no line, no excerpt), as a missing text's is.
        report.flags.push(Flag {
            line: 0,
            excerpt: String::new(),
            reason: format!("the page stops the article at a paywall or an archive's notice (\"{notice}\"): its text may be cut short; save the page as a subscriber sees it, or check the text"),
        });
    } else if words < SHORT_BODY_WORDS {
        report.flags.push(Flag {
            line: 0,
            excerpt: String::new(),
            reason: format!("the article's text is only {words} words: the page may show a teaser (a paywall) or write its text by script; check the source, or save the page as the browser shows it"),
        });
    }
    Article { id: article_id.to_string(), source: source.to_string(), meta, blocks: body, footnotes, report }
}

/// A photographer's credit set apart in italics: "Ana Lima/Getty Images", "Jo Lee / Icon SMI".
static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*/\s*\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$").unwrap()
});

/// A news agency's caption, whatever its length: it ends on the credit the agency demands
/// ("Dec 27, 2014; Louisville, KY, USA; … Mandatory Credit: Ana Lima-Ledger Sports").
static WIRE_CAPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bmandatory\s+credit\s*:").unwrap());

/// A heading that is a picture's credit: a picture's word, a colon or "by", a name ("Photos:
/// Getty Images"); a heading "Copyright in a Fragmented World" or "Credit: …" is no credit.
static HEADED_CREDIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*(?:photo(?:graph)?s?|images?|pictures?|illustrations?)\s*(?::|by\b)\s*(?-i:\p{Lu})").unwrap());

/// A photo agency's name in square brackets closing a line: a picture's credit.
static AGENCY_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\[(?:Rex(?: Features| Shutterstock)?|Wenn|Splash(?: News)?|Getty(?: Images)?|PA|AP|AFP|Reuters|EPA|Alamy|Shutterstock|Instagram|Twitter)\]\s*$").unwrap()
});

/// More words than a picture's caption has.
const CAPTION_WORDS: usize = 30;

/// Whether a caption's words close on a photo agency in brackets (not the agency alone).
fn closes_on_agency(text: &str) -> bool {
    let words = text.split_whitespace().count();
    AGENCY_CLOSING.find(text).is_some_and(|m| text[..m.start()].chars().any(char::is_alphanumeric)) && words <= CAPTION_WORDS
}

/// A caption without the agency's credit closing its last text.
fn without_agency(mut content: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text(t)) = content.last_mut() {
        *t = AGENCY_CLOSING.replace(t, "").into_owned();
    }
    content
}

/// A gallery's counter opening a caption: "1 of 4. ", then the caption's first word.
static GALLERY_COUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\d{1,3} of \d{1,3}\.\s+\p{Lu}").unwrap());

/// A caption without its gallery's counter, where the counter opens its first text.
fn without_gallery_count(mut content: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text(t)) = content.first_mut() {
        if let Some(m) = GALLERY_COUNT.find(t) {
            // The match ends on the caption's first letter, which stays.
            let letter = t[..m.end()].chars().next_back().map_or(0, char::len_utf8);
            *t = t[m.end() - letter..].to_string();
        }
    }
    content
}

/// Whether a paragraph opens on a picture's credit in italics ("*Ana Lima/Getty Images*
/// Fans wait at the gate."): the page set a caption under its photograph, credit first.
fn opens_on_credit(content: &[Inline]) -> bool {
    let first = content.iter().find(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty()));
    matches!(first, Some(Inline::Emphasis(c)) if SLASH_CREDIT.is_match(plain_text(c).trim()))
}

/// Whether a block stands as one line of its own: a paragraph, a heading, or a list of one
/// item (a menu's entry or a tab's label: "- News", "- Most popular").
fn stands_as_a_line(block: &Block) -> bool {
    matches!(block, Block::Paragraph { .. } | Block::Heading { .. }) || matches!(block, Block::List { items, .. } if items.len() == 1)
}

/// More words than a section's label over a headline has ("Executive Branch").
const KICKER_WORDS: usize = 4;

/// Takes out a heading over the text that names the article's section: set right over the
/// headline ("<h2 class="section-title">Executive Branch</h2><h1>Russia's…</h1>"), or named
/// as a piece of the page's `<title>` other than the headline ("Sports Items | Boston
/// Herald"); or a line the body opens on that names a section the page's address files it
/// under ("Politics" on a page at /news/politics/…). It is the section's label, not a
/// heading of the article.
fn take_kicker(mut body: Vec<Block>, doc: &Document, meta: &ArticleMeta, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let prose = |b: &Block| b.plain_text().split_whitespace().count() > head::DATELINE_WORDS;
    // (Set as a list of one item too, a menu's entry: "- PMN Health".)
    let names_section = |b: &Block| stands_as_a_line(b) && meta.url.as_deref().is_some_and(|url| metadata::names_a_section(&b.plain_text(), url));
    if let Some(i) = body.iter().take(HEAD_BLOCKS).take_while(|b| !prose(b)).position(names_section) {
        let label = body.remove(i).plain_text();
        aside.push((label, "kicker", "the section's label over the text, not a heading of the article".into()));
        return body;
    }
    // The first heading before the text's prose starts.
    let Some(i) = body.iter().take(HEAD_BLOCKS).take_while(|b| !prose(b)).position(|b| matches!(b, Block::Heading { .. })) else { return body };
    let label = markup::squash(&body[i].plain_text());
    if label.is_empty() || label.split_whitespace().count() > KICKER_WORDS || meta.title.is_empty() {
        return body;
    }
    let title = audit::words(&meta.title);
    let over_headline = i == 0
        && doc.select("h1").nodes().iter().any(|h1| audit::words(&h1.text()) == title && h1.prev_element_sibling().is_some_and(|p| markup::squash(&p.text()) == label));
    let page_title = doc.select("head title").text();
    // (A piece sharing a word with the headline is part of it: "Purple Rain Lyrics".)
    let shares_a_word = audit::words(&label).iter().any(|w| w.chars().count() > 3 && title.contains(w));
    let in_title = !shares_a_word && metadata::title_pieces(&page_title).iter().any(|p| markup::squash(p) == label);
    if over_headline || in_title {
        body.remove(i);
        aside.push((label, "kicker", "the section's label over the text, not a heading of the article".into()));
    }
    body
}

/// A text taken out of the body on purpose, with its report rule and reason.
pub(super) type SetAside = (String, &'static str, String);

/// Takes out the blocks that repeat the front matter at the top of the body (title,
/// standfirst, byline, dateline) and the blocks matching the editor's drop patterns.
fn set_aside(body: Vec<Block>, meta: &ArticleMeta, rules: &Rules) -> (Vec<Block>, Vec<SetAside>) {
    let mut kept = Vec::with_capacity(body.len());
    let mut aside = Vec::new();
    // Another date alone over a dated text is the page's day or an update's ("Saturday,
    // January 3, 2015" over an article of December 17); a page dating several entries is
    // a list of them, each under its date.
    let one_lone_date = meta.date.is_some() && body.iter().filter(|b| lone_date(b, &b.plain_text())).count() == 1;
    for (i, block) in body.into_iter().enumerate() {
        let text = block.plain_text();
        // A picture's credit the page set as a paragraph or a heading is a caption, never body text.
        let block = match block {
            Block::Paragraph { id, content }
                if chrome::is_credit(&text) || chrome::is_bare_credit(&text) || WIRE_CAPTION.is_match(&text) || opens_on_credit(&content) =>
            {
                Block::Caption { id, content }
            }
            // A story's scene break set in a heading's type ("* * *") heads no section.
            Block::Heading { id, content, .. } if is_scene_break(&text) => Block::Paragraph { id, content },
            // A credit the page set in a heading's type ("Photos: Getty Images").
            Block::Heading { id, content, .. } if HEADED_CREDIT.is_match(&text) && chrome::is_bare_credit(&text) => Block::Caption { id, content },
            // A picture's agency in brackets closing a short line ("The couple at the premiere [Rex]").
            Block::Paragraph { id, content } | Block::Caption { id, content } if closes_on_agency(&text) => {
                Block::Caption { id, content: without_agency(content) }
            }
            // A gallery's counter before its caption ("1 of 4. Rescuers at the harbour …").
            Block::Paragraph { id, content } if GALLERY_COUNT.is_match(&text) => Block::Caption { id, content: without_gallery_count(content) },
            other => other,
        };
        // Only a short paragraph can be furniture here: the extractor chose the rest as
        // content, and a sentence that names cookies or Facebook is the article's own.
        // (A line ending in a colon introduces what follows, unless it is a label alone:
        // "Advertisement:".)
        let words = text.split_whitespace().count();
        let short = words <= 12 && (words <= 2 || !text.trim_end().ends_with(':'));
        let paragraph = matches!(block, Block::Paragraph { .. });
        let caption = matches!(block, Block::Caption { .. });
        let prose = short && paragraph;
        let why = if rules.drop.iter().any(|r| r.is_match(&text)) {
            Some(("editor-drop", "matches a drop pattern in book.toml".to_string()))
        } else if caption && chrome::is_bare_credit(&text) || (paragraph || caption) && chrome::is_agency_alone(&text) {
            Some(("credit", "a picture's credit alone: the book prints no pictures".to_string()))
        } else if matches!(block, Block::Paragraph { .. }) && is_link_bar(&text) {
            Some(("html-chrome", "a bar of links (the site's navigation), not the article's text".to_string()))
        } else if paragraph && BYLINE_LABEL_ALONE.is_match(&text) {
            Some(("byline", "a byline's label, the writer's name left out of the page".to_string()))
        } else if (paragraph || matches!(block, Block::Heading { .. })) && is_drawn_rule(&text) {
            Some(("separator", "a rule drawn in characters between parts (as an `<hr>` is), not text".to_string()))
        } else if paragraph && is_post_navigation(&block, &text) {
            Some(("html-chrome", "links to the previous and next posts, not the article's text".to_string()))
        } else if paragraph && is_shop_advert(&block, &text) {
            Some(("advertisement", "a shop's advertisement (a link to buy), not the article's text".to_string()))
        } else if paragraph && is_tag_list(&block, &text) {
            Some(("html-chrome", "the article's tags, links to the site's topic pages, not its text".to_string()))
        } else if matches!(block, Block::Heading { .. }) && chrome::is_button_label(&text) {
            Some(("html-chrome", "a button's label set in a heading's type, not a heading of the article".to_string()))
        } else if is_teaser_link(&block, &text) {
            Some(("related-link", "a link to another article under the site's label (\"Read more:\")".to_string()))
        } else if let Some((rule, reason)) = chrome::furniture(&text).filter(|(rule, _)| prose || paragraph && matches!(*rule, "appeal" | "legal-notice" | "disguised" | "edit-notice" | "counter" | chrome::SERVER_ERROR_RULE)) {
            // The extractor's choice of content keeps some of the page's furniture.
            Some((rule, reason.to_string()))
        } else if i < HEAD_BLOCKS {
            repeats_front_matter(&block, &text, meta).or_else(|| {
                (one_lone_date && lone_date(&block, &text)).then(|| ("dateline", "a date over the text other than the article's (the page's day, or an update's)".into()))
            })
        } else {
            None
        };
        match why {
            Some((rule, reason)) => aside.push((text, rule, reason)),
            None if is_button_list(&block) => {
                // Item by item, as the page's blocks are reported.
                let Block::List { items, .. } = &block else { continue };
                for item in items {
                    aside.push((plain_text(item), "chrome-list", "a list of the page's buttons or widgets (download, share, \"Be the first to comment\")".into()));
                }
            }
            None => kept.push(block),
        }
    }
    (kept, aside)
}

/// More words than a desk's credit has ("Our Staff Report").
const DESK_CREDIT_WORDS: usize = 3;

/// More words than a breadcrumb's section has ("India News").
const BREADCRUMB_WORDS: usize = 4;

/// A byline's word alone on its line ("By", "Written by:"), its name left out.
static BYLINE_LABEL_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\W*(?:(?:written|posted|words)\s+)?{}\W*$", markup::BYLINE_WORDS_RE)).unwrap());

/// Fewer words than a paragraph printed twice by mistake has: a short line can recur on purpose.
const REPRINT_WORDS: usize = 20;

/// Takes out the second printing of a paragraph the page prints exactly twice (its text in a
/// second layout, for another screen; a photograph's caption under the picture and again in
/// the gallery). Only a paragraph of full sentences: a meal plan's or a table's line recurs
/// on purpose, and a question an interview asks three times or more is the interview's own.
fn take_second_printing(body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let reprintable = |b: &Block, text: &str| {
        matches!(b, Block::Paragraph { .. })
            && text.split_whitespace().count() >= REPRINT_WORDS
            && text.trim_end().ends_with(['.', '!', '?', '"', '”', '’'])
    };
    let texts: Vec<String> = body.iter().map(Block::plain_text).collect();
    let mut printings: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for t in &texts {
        *printings.entry(t.as_str()).or_default() += 1;
    }
    let mut seen = std::collections::HashSet::new();
    let mut kept = Vec::with_capacity(body.len());
    for (block, text) in body.into_iter().zip(&texts) {
        if reprintable(&block, text) && printings[text.as_str()] == 2 && !seen.insert(text.as_str()) {
            aside.push((text.clone(), "duplicate-block", "a paragraph the page prints a second time (its text in another layout, or a caption printed twice)".into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// Takes out what a gallery prints around its pictures: a label printed again right after
/// itself (the gallery's title over each of its fourteen pictures), and its pager, a run of
/// numbers counting up between arrows ("<<", "<", "1", "2", "3", ">", ">>").
fn take_gallery_furniture(body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let texts: Vec<String> = body.iter().map(Block::plain_text).collect();
    let paragraphs: Vec<bool> = body.iter().map(|b| matches!(b, Block::Paragraph { .. })).collect();
    let paragraph = |i: usize| paragraphs[i];
    let number = |i: usize| texts[i].trim().parse::<u32>().ok().filter(|_| paragraph(i));
    let arrow = |i: usize| paragraph(i) && !texts[i].trim().is_empty() && !texts[i].chars().any(char::is_alphanumeric);
    let mut pager = vec![false; body.len()];
    let mut i = 0;
    while i < body.len() {
        let start = i;
        let mut counted = Vec::new();
        while i < body.len() && (number(i).is_some() || arrow(i)) {
            counted.extend(number(i));
            i += 1;
        }
        let counting_up = counted.len() >= PAGER_NUMBERS && counted.windows(2).all(|w| w[1] == w[0] + 1);
        if counting_up {
            pager[start..i].iter_mut().for_each(|p| *p = true);
        }
        i = i.max(start + 1);
    }
    let mut kept = Vec::with_capacity(body.len());
    for (i, block) in body.into_iter().enumerate() {
        let again = i > 0 && paragraph(i) && texts[i] == texts[i - 1] && texts[i].chars().any(char::is_alphabetic);
        if pager[i] {
            aside.push((texts[i].clone(), "html-chrome", "a gallery's or a page's pager (numbers and arrows), not the article's text".into()));
        } else if again {
            aside.push((texts[i].clone(), "duplicate-line", "repeats the paragraph just before it (a gallery's label printed over each picture)".into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// Numbers counting up that make a pager.
const PAGER_NUMBERS: usize = 3;

/// A label a site sets before a link to another of its articles, in the languages pages
/// are written in ("Read more:", "You may also like:", "MUST READ |", "Lea también:",
/// "Lesen Sie auch:", "À lire aussi :").
static TEASER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:read more|read also|also read|read next|more|related(?: (?:posts?|articles?|stor(?:y|ies)|reading|content))?|see also|recommended|watch|listen|you (?:may|might) (?:also )?like|must read|don't miss|lea también|lea más|lea|vea también|le puede interesar|te puede interesar|mira|leia também|veja também|leia mais|lire aussi|à lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|zum weiterlesen|czytaj także|czytaj też)\s*[:»›>|]").unwrap()
});

/// More words than a teaser's label and link have.
const TEASER_LINK_WORDS: usize = 25;
/// Fewer words than a teaser's headline has.
const HEADLINE_WORDS: usize = 3;

/// A link's words calling the reader elsewhere: "See the cartoons of the week", "More
/// commentary »".
static CALL_TO_GO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:see|read|watch|view|browse|explore|listen|visit|more)\b|[»›]\W*$").unwrap()
});

/// More words than a shop's advertisement between paragraphs has.
const SHOP_ADVERT_WORDS: usize = 30;

/// A link whose whole text is a shop's call: "Buy Now", "Shop here", "Add to cart".
static SHOP_CALL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(?:(?:buy|shop|order)(?:\s+it)?\s+(?:now|here|today|online)|add to (?:cart|basket|bag))\W*$").unwrap());

/// Whether a short paragraph is a shop's advertisement: it links to buy something ("Mars 12
/// inch Globe [Buy Here](…) Credit: Space.com Store"). The words "buy now" in a sentence,
/// not a link of their own, are the article's.
fn is_shop_advert(block: &Block, text: &str) -> bool {
    let Block::Paragraph { content, .. } = block else { return false };
    text.split_whitespace().count() <= SHOP_ADVERT_WORDS && tail::links(content).iter().any(|(_, t)| SHOP_CALL.is_match(t))
}

/// More words than a link calling the reader elsewhere has.
const CALL_TO_GO_WORDS: usize = 12;

/// Whether a paragraph or a heading is a label and a link to another article, with next to
/// nothing else ("### Related post: [Title](…)"), or a link alone calling the reader
/// elsewhere ("[See the pictures of the week.](…)").
fn is_teaser_link(block: &Block, text: &str) -> bool {
    let (Block::Paragraph { content, .. } | Block::Heading { content, .. }) = block else { return false };
    let links = tail::links(content);
    let linked: usize = links.iter().map(|(_, t)| t.split_whitespace().count()).sum();
    let words = text.split_whitespace().count();
    if links.len() == 1 && words <= CALL_TO_GO_WORDS && linked == words && CALL_TO_GO.is_match(text) {
        return true;
    }
    // A link alone in brackets between paragraphs: "(Flight 8501: what we know so far)".
    let bracketed = text.trim().starts_with(['(', '[']) && text.trim().ends_with([')', ']']);
    if links.len() == 1 && linked == words && bracketed {
        return true;
    }
    let Some(label) = TEASER_LABEL.find(text) else { return false };
    let label_words = label.as_str().split_whitespace().count();
    // (A link to a path on the site, "/news/…", reaches no text as a link: the teaser is
    // then the label and a headline all in bold. A label alone heads a box of links.)
    let all_bold = content.iter().all(|i| matches!(i, Inline::Strong(_)) || matches!(i, Inline::Text(t) if t.trim().is_empty()));
    let headline = words >= label_words + HEADLINE_WORDS;
    // (Several links under one label, each set off by a mark: "READ MORE: * [One](…) * [Two](…)".)
    let unmarked = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    let linked_words = |w: usize| w <= TEASER_LINK_WORDS * links.len().max(1) && w <= linked + label_words + 1;
    words <= TEASER_LINK_WORDS && all_bold && headline || !links.is_empty() && (linked_words(words) || linked_words(unmarked))
}

/// A label of the article's tags opening a paragraph: "Published under:", "Filed under:",
/// "Tags:", "Topics:".
static TAG_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:published|filed|posted) (?:under|in)|tags|tagged(?: with)?|topics|categories)\s*:").unwrap()
});

/// Whether a paragraph is the article's tags: their label, then links and the marks between
/// them only ("Published under: [2024 Election], [Senate] …").
fn is_tag_list(block: &Block, text: &str) -> bool {
    let Block::Paragraph { content, .. } = block else { return false };
    let Some(label) = TAG_LABEL.find(text) else { return false };
    let linked: usize = tail::links(content).iter().map(|(_, t)| t.split_whitespace().count()).sum();
    let rest = text[label.end()..].split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    linked >= rest
}

/// Whether a paragraph is nothing but links to the posts before and after this one, an
/// arrow pointing the way ("[← Older title](…) [Newer title →](…)", "« Previous post").
fn is_post_navigation(block: &Block, text: &str) -> bool {
    let Block::Paragraph { content, .. } = block else { return false };
    let links = tail::links(content);
    let linked: usize = links.iter().map(|(_, t)| t.split_whitespace().count()).sum();
    let arrow = |t: &str| t.trim_start().starts_with(['←', '«', '‹']) || t.trim_end().ends_with(['→', '»', '›']);
    !links.is_empty() && linked == text.split_whitespace().count() && links.iter().any(|(_, t)| arrow(t))
}

/// Whether a list holds nothing but the page's buttons and labels ("Download figure", "Print
/// 81K", "Photo"). (A list of durations, "4 minutes", "5 minutes", is a list of choices.)
fn is_button_list(block: &Block) -> bool {
    let Block::List { items, .. } = block else { return false };
    let button = |item: &Vec<crate::model::Inline>| {
        chrome::furniture(&plain_text(item)).is_some_and(|(rule, _)| matches!(rule, "chrome-phrase" | "media-label" | "empty-widget"))
    };
    !items.is_empty() && items.iter().all(button)
}

/// Takes out the profiles a forum sets beside each post of a thread ([`forum::profiles`]).
fn take_poster_profiles(body: Vec<Block>, opener: Option<&str>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let texts: Vec<String> = body.iter().map(Block::plain_text).collect();
    // Only a paragraph may be a profile's line, a heading the head of a post: other blocks
    // (lists, tables, quotations) are read as empty lines.
    let lines: Vec<forum::Line> = body
        .iter()
        .zip(&texts)
        .map(|(b, t)| match b {
            Block::Paragraph { .. } => forum::Line { text: t, heading: false },
            Block::Heading { .. } => forum::Line { text: t, heading: true },
            _ => forum::Line { text: "", heading: false },
        })
        .collect();
    let profile: std::collections::HashSet<usize> = forum::profiles(&lines, opener).into_iter().collect();
    if profile.is_empty() {
        return body;
    }
    let mut kept = Vec::with_capacity(body.len());
    for (k, (block, text)) in body.into_iter().zip(texts).enumerate() {
        if profile.contains(&k) {
            aside.push((text, forum::RULE, forum::REASON.into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// More words than a pull quote has.
const PULL_QUOTE_WORDS: usize = 60;

/// More pull quotes than an article sets.
const MAX_PULL_QUOTES: usize = 12;

/// Takes out the pull quotes: short quotations the page sets large between paragraphs that
/// repeat, word for word, a passage of the text itself.
fn take_pull_quotes(body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    // A page of many quotations is a collection of them, and each is searched for in the
    // whole text: past a handful, none is a pull quote (and the search stays linear).
    if body.iter().filter(|b| matches!(b, Block::Quote { .. })).count() > MAX_PULL_QUOTES {
        return body;
    }
    let words = |b: &Block| format!(" {} ", audit::words(&b.plain_text()).join(" "));
    let text: String = body.iter().filter(|b| !matches!(b, Block::Quote { .. })).map(words).collect();
    let pull = |b: &Block| {
        let quoted = words(b);
        let count = quoted.split_whitespace().count();
        matches!(b, Block::Quote { .. }) && (4..=PULL_QUOTE_WORDS).contains(&count) && text.contains(&quoted)
    };
    let mut kept = Vec::with_capacity(body.len());
    for block in body {
        if pull(&block) {
            aside.push((block.plain_text(), "pull-quote", "a pull quote, repeating a passage of the text".into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// A related-content header near the end of the body ("Related Searches", "More stories")
/// with nothing after it but short lines: the site's teasers, which the extractor took for
/// the article's last section. The header and its lines go to the report.
fn take_trailing_teasers(mut body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let short = |b: &Block| match b {
        Block::List { .. } => true,
        Block::Table { .. } | Block::Code { .. } | Block::Quote { .. } => false,
        _ => b.plain_text().split_whitespace().count() <= TEASER_WORDS,
    };
    let from = body.len().saturating_sub(TAIL_BLOCKS);
    let teasers = LinkedTeasers::of(&body);
    // (A tab's label may be set as a list of one item: "- Most popular".)
    let Some(header) = (0..body.len()).find(|&i| {
        stands_as_a_line(&body[i])
            && chrome::related_header(&body[i].plain_text())
            && (i >= from && body[i + 1..].iter().all(short) || teasers.start_at(&body, i + 1))
    }) else {
        return body;
    };
    for block in body.drain(header..) {
        aside.push((block.plain_text(), "related-header", "a header of links to other articles, and its links".into()));
    }
    body
}

/// More words than a teaser's line has.
const TEASER_WORDS: usize = 15;

/// Fewer words than a sentence set as a heading has ("Still, she will keep singing.").
const SENTENCE_WORDS: usize = 4;

/// Takes out what the body ends on that is no text: a heading over nothing, which heads a
/// section the page filled with furniture ("What do you think?" over its comment box, "Pin it
/// here" over a picture), gone to the report; and a list of the writer's or the site's other
/// posts with their dates. A sentence in a heading's type is text set large ("Still, she will
/// keep singing."), and stays.
fn take_closing_leftovers(mut body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let sentence = |b: &Block| {
        let text = b.plain_text();
        let text = text.trim();
        text.ends_with(['.', '!']) && !text.ends_with("...") && text.split_whitespace().count() > SENTENCE_WORDS
    };
    loop {
        let prose_before = body.len() > 1;
        match body.last() {
            Some(b @ Block::Heading { .. }) if !sentence(b) => {
                let text = b.plain_text();
                aside.push((text, "closing-heading", "a heading over nothing at the end of the text (its section was the page's furniture)".into()));
            }
            Some(Block::List { items, .. }) if prose_before && is_dated_teasers(items) => {
                let reason = "the writer's or the site's other posts, each with its date, after the article";
                aside.extend(items.iter().map(|item| (plain_text(item), "related-list", reason.to_string())));
            }
            _ => break,
        }
        body.pop();
    }
    body
}

/// Fewer posts than a list of the site's other posts shows.
const DATED_TEASERS: usize = 3;

/// Whether a list is of other posts, each a headline closing on its date ("Finding My Voice
/// May 28, 2021"): items no longer than a teaser and its date. (A chronology sets its dates
/// first.)
fn is_dated_teasers(items: &[Vec<crate::model::Inline>]) -> bool {
    let teaser = |item: &Vec<crate::model::Inline>| {
        let text = plain_text(item);
        let text = text.trim();
        let closing_date = super::dates::find_all(text, super::dates::NumericOrder::Unknown).last().is_some_and(|d| text[d.end..].trim().is_empty());
        closing_date && text.split_whitespace().count() <= TEASER_WORDS + 3
    };
    items.len() >= DATED_TEASERS && items.iter().all(teaser)
}

/// A box of links to other articles inside the body: a related-content header ("Related
/// Stories", "Related articles:") over nothing but links (a list of them, or links alone in
/// paragraphs), perhaps after a line introducing them ("You may also be interested in the
/// following articles:"); or a heading of that kind over nothing, the next heading of its
/// rank or the end right after it (its links were pictures the book does not print). The
/// header, its line and its links are set aside; the text around them stays.
fn take_related_boxes(body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let mut boxed = vec![false; body.len()];
    let mut i = 0;
    while i < body.len() {
        let text = body[i].plain_text();
        let header = match &body[i] {
            Block::Heading { .. } => true,
            Block::Paragraph { .. } => text.split_whitespace().count() <= TEASER_WORDS,
            _ => false,
        };
        if !header || !chrome::related_header(&text) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if body.get(end).is_some_and(introduces_links) && body.get(end + 1).is_some_and(is_links_alone) {
            end += 1;
        }
        let links_from = end;
        while body.get(end).is_some_and(is_links_alone) {
            end += 1;
        }
        // (A sources list opens a section of its own, at the top rank.)
        let rank = |b: &Block| match b {
            Block::Heading { level, .. } => Some(*level),
            Block::Sources { .. } => Some(1),
            _ => None,
        };
        let over_nothing = rank(&body[i]).is_some_and(|own| body.get(end).is_none_or(|next| rank(next).is_some_and(|r| r <= own)));
        // A heading that heads nothing but teasers, over a paragraph of the text: its
        // links were cards the extractor left out, and the text goes on under it.
        let emptied = end == i + 1
            && rank(&body[i]).is_some()
            && chrome::names_teasers(&text)
            && body.get(end).is_some_and(|next| matches!(next, Block::Paragraph { .. }) && next.plain_text().split_whitespace().count() > TEASER_WORDS);
        if end > links_from || over_nothing || emptied {
            boxed[i..end].iter_mut().for_each(|b| *b = true);
            i = end;
        } else {
            i += 1;
        }
    }
    let mut kept = Vec::with_capacity(body.len());
    let reason = "a box of links to other articles inside the text, and its header";
    for (block, boxed) in body.into_iter().zip(boxed) {
        if boxed {
            // A list item by item, as the page's blocks are reported.
            let texts = match &block {
                Block::List { items, .. } => items.iter().map(|item| plain_text(item)).collect(),
                _ => vec![block.plain_text()],
            };
            aside.extend(texts.into_iter().map(|t| (t, "related-box", reason.to_string())));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// Takes out a box of the site's own links set as a list: every item a label in bold and a
/// link ("**Today's news:** [Follow live updates](…)", "**Ground Game:** [Sign up for our
/// weekly politics newsletter](…)"), one item at least a call to subscribe or follow, and the
/// heading over it ("What to know about the election"). A list of the article's
/// own picks in that shape ("**Best for kids:** [a sleeping bag](…)") calls for nothing.
fn take_promo_lists(body: Vec<Block>, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let labelled_link = |item: &Vec<Inline>| {
        let label = item.iter().find(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty()));
        let bold_label = matches!(label, Some(Inline::Strong(inner)) if plain_text(inner).trim_end().ends_with(':'));
        bold_label && !tail::links(item).is_empty()
    };
    let calls = |item: &Vec<Inline>| chrome::furniture(&plain_text(item)).is_some_and(|(rule, _)| rule == "appeal");
    let promo = |b: &Block| matches!(b, Block::List { items, .. } if items.iter().all(labelled_link) && items.iter().any(calls));
    let mut boxed = vec![false; body.len()];
    for i in (0..body.len()).filter(|&i| promo(&body[i])) {
        boxed[i] = true;
        if let Some(h) = i.checked_sub(1).filter(|&h| matches!(body[h], Block::Heading { .. })) {
            boxed[h] = true;
        }
    }
    let mut kept = Vec::with_capacity(body.len());
    let reason = "a box of the site's own links (its live pages, newsletters, explainers), and its heading";
    for (block, boxed) in body.into_iter().zip(boxed) {
        match block {
            Block::List { items, .. } if boxed => aside.extend(items.iter().map(|item| (plain_text(item), "promo-box", reason.to_string()))),
            block if boxed => aside.push((block.plain_text(), "promo-box", reason.to_string())),
            block => kept.push(block),
        }
    }
    kept
}

/// Whether a block is a short line ending in a colon, introducing what follows.
fn introduces_links(block: &Block) -> bool {
    let text = block.plain_text();
    matches!(block, Block::Paragraph { .. }) && text.split_whitespace().count() <= TEASER_WORDS && text.trim_end().ends_with(':')
}

/// Whether a block is nothing but links: a paragraph that is a link alone, or a list whose
/// every item is one.
fn is_links_alone(block: &Block) -> bool {
    let all_linked = |content: &[Inline]| {
        let links = tail::links(content);
        let linked: usize = links.iter().map(|(_, t)| t.split_whitespace().count()).sum();
        !links.is_empty() && linked == plain_text(content).split_whitespace().count()
    };
    match block {
        Block::Paragraph { content, .. } => all_linked(content),
        Block::List { items, .. } => !items.is_empty() && items.iter().all(|item| all_linked(item)),
        _ => false,
    }
}

/// Where a body's blocks are teasers of other articles to the end: each a heading that is a
/// link alone (the teaser's headline), then its excerpt and its byline in paragraphs; two
/// teasers at least ("## Popular Stories" over "### [Headline](…)", "Monday … by Ana Lima",
/// "Apple has started …"). Read once from the end, so that each header is judged at once.
struct LinkedTeasers {
    /// The first block from which every block is a linked headline or a paragraph.
    from: usize,
    /// How many headings stand from each block to the end.
    headings_after: Vec<usize>,
}

impl LinkedTeasers {
    fn of(body: &[Block]) -> Self {
        let from = body.iter().rposition(|b| !is_link_heading(b) && !matches!(b, Block::Paragraph { .. })).map_or(0, |k| k + 1);
        let mut headings_after = vec![0; body.len() + 1];
        for k in (0..body.len()).rev() {
            headings_after[k] = headings_after[k + 1] + usize::from(matches!(body[k], Block::Heading { .. }));
        }
        LinkedTeasers { from, headings_after }
    }

    /// Whether the blocks from `at` to the end are such teasers.
    fn start_at(&self, body: &[Block], at: usize) -> bool {
        at >= self.from && body.get(at).is_some_and(is_link_heading) && self.headings_after[at] >= 2
    }
}

/// Whether a block is a heading that is a link alone (in bold or not).
fn is_link_heading(block: &Block) -> bool {
    let Block::Heading { content, .. } = block else { return false };
    let inner = match content.as_slice() {
        [Inline::Strong(inner)] => inner.as_slice(),
        other => other,
    };
    matches!(inner, [Inline::Link { .. }])
}

/// How far from the start of the body an author card's bio is looked for.
const HEAD_BIO_BLOCKS: usize = 3;

/// A contact line: "Inquiries: ann@example.com", "Email: ann@example.com".
static CONTACT_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:inquiries|enquiries|e-?mail|contact)\s*:?\s*\S+@\S+\s*$").unwrap());

/// How far from the end of the body contributors' bios are looked for.
const TAIL_BLOCKS: usize = 6;

/// Takes the author's bio at the end of the body into the front matter (printed as the
/// contributor's note), and a contributor's name standing alone over a bio (a web page's
/// author card) to the report. Other contributors' bios stay: they are the article's.
fn take_bios(body: Vec<Block>, meta: &mut ArticleMeta, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let tagline = meta.author.is_none().then(|| body.last().and_then(tagline_writer)).flatten();
    if tagline.is_some() {
        meta.author = tagline.clone();
    }
    let tail = body.len().saturating_sub(TAIL_BLOCKS);
    let last = body.len().saturating_sub(1);
    let subjects: Vec<String> = body[tail..]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .filter_map(|b| super::metadata::bio_subject(&b.plain_text()).map(str::to_lowercase))
        .collect();
    // An author card opening the body: the writer's bio, by the full name or the given
    // name alone ("Ann is a writer from Velmora."), then perhaps a contact line.
    let given = meta.author.as_deref().and_then(|a| a.split_whitespace().next()).map(str::to_lowercase);
    let mut card = false;
    let mut kept = Vec::with_capacity(body.len());
    for (i, block) in body.into_iter().enumerate() {
        let text = block.plain_text();
        let opening = i < HEAD_BIO_BLOCKS && matches!(block, Block::Paragraph { .. }) && text.split_whitespace().count() <= 60;
        let card_bio = super::metadata::writers_bio_subject(&text).filter(|_| opening).map(str::to_lowercase);
        let of_author = |name: &str| meta.author.as_deref().is_some_and(|a| a.to_lowercase() == name) || given.as_deref() == Some(name);
        if meta.bio.is_none() && card_bio.as_deref().is_some_and(of_author) {
            card = true;
            meta.bio = Some(text.clone());
            aside.push((text, "metadata-bio", "the author's bio opening the body (an author card), carried into the front matter".into()));
            continue;
        }
        if card && opening && CONTACT_LINE.is_match(&text) {
            aside.push((text, "byline", "the author's contact address, under the bio".into()));
            continue;
        }
        let short = text.split_whitespace().count() <= 60 || (i == last && tagline.is_some());
        let paragraph = i >= tail && matches!(block, Block::Paragraph { .. }) && short;
        let subject = super::metadata::bio_subject(&text).filter(|_| paragraph).map(str::to_lowercase);
        let is_author = |name: &str| meta.author.as_deref().is_some_and(|a| a.to_lowercase() == name);
        if subject.as_deref().is_some_and(|n| is_author(n) && meta.bio.is_none()) {
            meta.bio = Some(text.clone());
            aside.push((text, "metadata-bio", "the author's bio, carried into the front matter".into()));
        } else if paragraph && subjects.contains(&text.trim().to_lowercase()) {
            aside.push((text, "byline", "a contributor's name standing alone after the article".into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// A column's closing tagline, a paragraph set wholly in italics that opens on a person's
/// name and tells who they are ("*Ana Lima is a consultant at …*"), or a contact line in
/// any type: the writer, where the markup names no one.
fn tagline_writer(block: &Block) -> Option<String> {
    let Block::Paragraph { content, .. } = block else { return None };
    let italic = |i: &Inline| matches!(i, Inline::Emphasis(_)) || matches!(i, Inline::Text(t) if t.trim().is_empty());
    let text = block.plain_text();
    if text.split_whitespace().count() > TAGLINE_WORDS {
        return None;
    }
    // A contact line says whose column it is in any type ("Ana Lima can be reached at ana@…").
    if let Some(name) = super::metadata::contact_subject(text.trim()) {
        return Some(name.to_string());
    }
    if !content.iter().all(italic) {
        return None;
    }
    super::metadata::bio_subject(text.trim()).filter(|name| name.contains(' ')).map(str::to_string)
}

/// More words than a column's tagline has, its contact lines included.
const TAGLINE_WORDS: usize = 100;

/// Whether a block near the top only repeats the title, the standfirst, the byline or
/// the date.
/// The fewest words of a title a headline may say a word apart.
const TITLE_APART_WORDS: usize = 5;

/// The longest word a headline may say more or less than the title: a word, not a phrase
/// of a script written without spaces (a subtitle in Japanese) nor a long label.
const TITLE_APART_LETTERS: usize = 10;

/// Whether two runs of words differ by one short word more in one of them, the title having
/// [`TITLE_APART_WORDS`] at least.
fn a_word_apart(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let apart = |skip: usize| long[skip].chars().count() <= TITLE_APART_LETTERS && long[..skip] == short[..skip] && long[skip + 1..] == short[skip..];
    long.len() == short.len() + 1 && short.len() >= TITLE_APART_WORDS && (0..long.len()).any(apart)
}

fn repeats_front_matter(block: &Block, text: &str, meta: &ArticleMeta) -> Option<(&'static str, String)> {
    if matches!(block, Block::Quote { .. }) {
        return None;
    }
    let fold = audit::words;
    let words = fold(text);
    if !meta.title.is_empty() && words == fold(&meta.title) {
        return Some(("title", "the article's title, kept in the front matter".into()));
    }
    // The page's headline may say the title with a word more or less than the page's
    // metadata ("10 Art Books That …" for "10 Books That …").
    if matches!(block, Block::Heading { .. }) && a_word_apart(&words, &fold(&meta.title)) {
        return Some(("title", "the article's title, as the page's headline set it, a word apart".into()));
    }
    if meta.standfirst.as_deref().is_some_and(|s| words == fold(s)) {
        return Some(("standfirst", "the standfirst, kept in the front matter".into()));
    }
    if !meta.title.is_empty() && is_breadcrumb(block, text, &meta.title) {
        return Some(("breadcrumb", "a breadcrumb's trail of sections down to the title, kept in the front matter".into()));
    }
    // A lead picture's caption repeating the title or the standfirst says it a second
    // time; another caption is the picture's own.
    if matches!(block, Block::Caption { .. }) {
        return None;
    }
    if words.len() <= SITE_NAME_WORDS && matches!(block, Block::Paragraph { .. }) && names_the_site(text, meta) {
        return Some(("site-name", "the site's name, kept as the publication in the front matter".into()));
    }
    // The writer's initials in a badge where a picture of them would be ("AL" for Ana Lima).
    if matches!(block, Block::Paragraph { .. }) && meta.author.as_deref().is_some_and(|a| is_initials_of(text.trim(), a)) {
        return Some(("byline", "the writer's initials, standing for their picture beside the byline".into()));
    }
    // A desk's credit over the text, in the writer's place ("Staff Report", "Web Desk").
    let desk = text.split_whitespace().count() <= DESK_CREDIT_WORDS && words.last().is_some_and(|w| matches!(w.as_str(), "report" | "desk"));
    if desk && matches!(block, Block::Paragraph { .. }) && text.trim_start_matches(['*', '_']).starts_with(char::is_uppercase) {
        return Some(("byline", "a desk's credit over the text, in the writer's place".into()));
    }
    // The writer's e-mail address alone under the byline.
    if EMAIL.is_match(text.trim()) {
        return Some(("byline", "the writer's e-mail address, beside the byline".into()));
    }
    let short = words.len() <= 12;
    let family = meta.author.as_deref().and_then(|a| fold(a).last().cloned());
    let names_author = family.is_some_and(|f| words.contains(&f));
    let starts_by = words.first().is_some_and(|w| w == "by");
    if short && names_author && (starts_by || words.len() <= 6) || meta.author.is_some() && head::byline_names(text) == meta.author {
        return Some(("byline", "the byline, kept as the author in the front matter".into()));
    }
    // The writer's role under the byline ("Opinion writer", "Staff writer reporting from …").
    if meta.author.is_some() && matches!(block, Block::Paragraph { .. }) && words.len() <= 10 && WRITER_ROLE.is_match(text.trim()) {
        return Some(("byline", "the writer's role, beside the byline".into()));
    }
    // The byline and a label after a separator: the writers' role or desk ("Ana Lima |
    // Guest Columnist").
    let byline_with = |(names, label): (&str, &str)| {
        label.split_whitespace().count() <= BYLINE_LABEL_WORDS && repeats_front_matter(block, names, meta).is_some_and(|(rule, _)| rule == "byline")
    };
    if text.split_once(['|', '·', '•']).is_some_and(byline_with) {
        return Some(("byline", "the byline and the writer's role, kept as the author in the front matter".into()));
    }
    // The publication day's weekday alone over its date ("Monday", then "Mar 16, 2020").
    let weekday = |date: &str| metadata::day_number(date).map(|n| crate::clean::dates::WEEKDAYS[(n + 1).rem_euclid(7) as usize]);
    if let [word] = words.as_slice() {
        if meta.date.as_deref().and_then(weekday).is_some_and(|day| day == word) {
            return Some(("dateline", "the publication date's weekday, kept in the front matter with the date".into()));
        }
    }
    // As the markup writes dates, or as the page shows them in any language it may use
    // (its local day, where the markup may give the next one in UTC).
    let dated = |date: &str| head::dateline_date(text).is_some_and(|shown| head::within_a_day(&shown, date));
    if meta.date.as_deref().is_some_and(dated) && !links_a_name(block) {
        return Some(("dateline", "the publication date, kept in the front matter".into()));
    }
    // The page's stamps in a row, set apart by bullets or bars, each piece front matter or a
    // stamp ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read").
    if matches!(block, Block::Paragraph { .. }) && is_row_of_stamps(text, meta) {
        return Some(("dateline", "the page's stamps in a row (its date, its age, a reading time), the date kept in the front matter".into()));
    }
    None
}

/// Whether a line is pieces set apart by bullets or bars, each the front matter again
/// ([`repeats_front_matter`]: the date, the byline) or a stamp of the page (its age, a
/// reading time, a revision).
fn is_row_of_stamps(text: &str, meta: &ArticleMeta) -> bool {
    let pieces: Vec<&str> = text.split(['•', '·', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if pieces.len() < 2 {
        return false;
    }
    let repeats = |piece: &str| {
        let block = Block::Paragraph { id: String::new(), content: vec![Inline::Text(piece.to_string())] };
        repeats_front_matter(&block, piece, meta).map(|(rule, _)| rule)
    };
    let stamp = |piece: &str| chrome::is_reading_time(piece) || chrome::furniture(piece).is_some_and(|(rule, _)| matches!(rule, "age-stamp" | "dateline"));
    pieces.iter().all(|p| repeats(p).is_some() || stamp(p))
}

/// Whether a block is a breadcrumb's trail of sections down to the title: set apart by
/// marks ("Home / India News / Odisha artist …"), or links side by side, the title after
/// them ("[Home][Media][Audio]Absentee Ballots …").
fn is_breadcrumb(block: &Block, text: &str, title: &str) -> bool {
    let fold = audit::words;
    let section = |s: &str| (1..=BREADCRUMB_WORDS).contains(&s.split_whitespace().count());
    let marked = text.rsplit_once(['/', '>', '»', '›']).is_some_and(|(trail, last)| fold(last) == fold(title) && trail.split(['/', '>', '»', '›']).all(section));
    let linked = match block {
        Block::Paragraph { content, .. } => match content.as_slice() {
            [links @ .., Inline::Text(last)] if !links.is_empty() => {
                let link = |l: &Inline| matches!(l, Inline::Link { content, .. } if section(&plain_text(content)));
                fold(last) == fold(title) && links.iter().all(|l| link(l) || matches!(l, Inline::Text(t) if t.trim().is_empty()))
            }
            _ => false,
        },
        _ => false,
    };
    marked || linked
}

/// Whether a text is the initials of one of the writers ("AL" of "Ana Lima and Tora Quist").
fn is_initials_of(text: &str, authors: &str) -> bool {
    let capitals = text.chars().count() >= 2 && text.chars().all(char::is_uppercase);
    let initials = |name: &str| name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect::<String>();
    capitals && authors.split([',', '&']).flat_map(|a| a.split(" and ")).any(|name| initials(name) == text)
}

/// More words than a site's name alone has.
const SITE_NAME_WORDS: usize = 4;

/// More words than a writer's role or desk beside the byline has ("Guest Columnists").
const BYLINE_LABEL_WORDS: usize = 4;

/// Whether a line is the site's name alone, as the publication or the address's host writes
/// it, perhaps set off by a separator ("| Velmora.com" on a page of the Velmora Post at
/// velmora.com; "The Velmora Post").
fn names_the_site(text: &str, meta: &ArticleMeta) -> bool {
    let line = text.trim().trim_matches(|c: char| c.is_whitespace() || "|·•–—-:".contains(c));
    let line = metadata::letters(line.strip_prefix("www.").unwrap_or(line));
    let publication = meta.publication.as_deref().map(metadata::letters);
    let mut known = publication.into_iter().chain(meta.url.as_deref().map(metadata::host_names).unwrap_or_default());
    !line.is_empty() && known.any(|name| name == line || name.strip_prefix("the") == Some(line.as_str()))
}

/// Whether a line is a story's scene break: asterisks or an asterism alone ("*", "* * *",
/// "⁂").
fn is_scene_break(text: &str) -> bool {
    text.chars().any(|c| c == '*' || c == '⁂') && text.chars().all(|c| c == '*' || c == '⁂' || c.is_whitespace())
}

/// Whether a line is a rule drawn with one mark repeated ("==========", "-----", "~~~~").
/// (Not asterisks: a story's "* * *" or "******" parts its scenes.)
fn is_drawn_rule(text: &str) -> bool {
    let text = text.trim();
    let mut marks = text.chars();
    marks.next().is_some_and(|first| "=-_~#".contains(first) && text.chars().count() >= 3 && text.chars().all(|c| c == first))
}

/// Whether a block is a date alone ("Saturday, January 3, 2015").
fn lone_date(block: &Block, text: &str) -> bool {
    matches!(block, Block::Paragraph { .. }) && text.split_whitespace().count() <= LONE_DATE_WORDS && head::dateline_date(text).is_some()
}

/// More words than a date alone has.
const LONE_DATE_WORDS: usize = 5;

/// Whether a block opens on a link of words without a number: a forum post's header links
/// its writer's name before the date ("[ana_l](…) November 8, 2024, 8:42pm"); a dateline
/// links the date, if anything, or its section after it ("24.01.2022 Category: [News](…)").
fn links_a_name(block: &Block) -> bool {
    let Block::Paragraph { content, .. } = block else { return false };
    let first = content.iter().find(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty()));
    matches!(first, Some(Inline::Link { content, .. }) if !plain_text(content).chars().any(|c| c.is_ascii_digit()))
}

/// A writer's role standing alone: a few words ending in the role's noun, perhaps what the
/// writer covers after it ("Opinion writer reporting from a center-right perspective").
static WRITER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:[\w-]+\s+){{0,3}}(?:{})s?\b(?:\s+(?:reporting|covering|based|at|for|in|on)\b.*)?$", metadata::WRITERS_RE)).unwrap()
});

/// An e-mail address standing alone.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$").unwrap());

/// Fewer words than a standfirst has, and how far into one of the body's first lines a
/// broken excerpt of them may begin (after a dateline's place).
const CUT_OPENING_WORDS: usize = 6;
const CUT_OPENING_OFFSET: usize = 3;

/// How many of the body's first words a site's excerpt is looked for in.
const EXCERPT_REACH: usize = 400;

/// Whether a page's description is an excerpt of its own body rather than a written
/// standfirst: cut short with an ellipsis ("… [...]"), or most of its word triples found
/// in the body's opening (a share button's label glued before it does not hide it) though
/// no block at the top is the description whole (a deck the page prints under the title).
fn is_excerpt(description: &str, body: &[Block]) -> bool {
    if markup::cut_short(description) {
        return true;
    }
    if opens_on(body, description) {
        return false;
    }
    let words = audit::words;
    let opening: Vec<String> = body.iter().flat_map(|b| words(&b.plain_text())).take(EXCERPT_REACH).collect();
    let own = words(description);
    // A few words cut from the body's first line ("(Aug. 13) -- Declaring" of "WASHINGTON
    // (Aug. 13) -- Declaring …"): a broken excerpt.
    let opens = |line: Vec<String>| (0..=CUT_OPENING_OFFSET).any(|at| line.get(at..at + own.len()).is_some_and(|w| w == own.as_slice()));
    let cut_opening = body.iter().take(HEAD_BLOCKS).any(|b| opens(words(&b.plain_text())));
    if !own.is_empty() && own.len() < CUT_OPENING_WORDS && cut_opening {
        return true;
    }
    let triples: std::collections::HashSet<&[String]> = opening.windows(3).collect();
    let mine: Vec<&[String]> = own.windows(3).collect();
    mine.len() >= 4 && mine.iter().filter(|t| triples.contains(*t)).count() * 10 >= mine.len() * 7
}

/// Whether one of the body's first blocks is `text` whole (a deck the page prints under the
/// title, kept as the body's lead).
fn opens_on(body: &[Block], text: &str) -> bool {
    body.iter().take(HEAD_BLOCKS).any(|b| audit::words(&b.plain_text()) == audit::words(text))
}

/// Whether the body opens on a heading reading as the text given (the page's deck).
fn opens_on_heading(body: &[Block], text: &str) -> bool {
    body.iter().take(HEAD_BLOCKS).any(|b| matches!(b, Block::Heading { .. }) && audit::words(&b.plain_text()) == audit::words(text))
}

/// Whether a page's description is its article's first paragraph, copied whole: a `<p>`
/// saying it runs on into a next `<p>` of prose, as the paragraphs of a story do (a deck
/// printed under the headline stands apart, before the byline).
fn is_lead_paragraph(description: &str, doc: &Document) -> bool {
    let own = audit::words(description);
    let paragraph = |n: &NodeRef| n.node_name().as_deref() == Some("p");
    // (Or into a next `<p>` of the same class, the body's paragraphs' own, however short.)
    let class = |n: &NodeRef| n.attr("class").map(|c| c.to_string()).filter(|c| !c.trim().is_empty());
    doc.select("p").nodes().iter().any(|p| {
        let prose = |n: NodeRef| paragraph(&n) && (audit::words(&n.text()).len() > markup::BYLINE_WORDS || class(&n).is_some() && class(&n) == class(p));
        audit::words(&p.text()) == own && p.next_element_sibling().is_some_and(prose)
    })
}

/// Blocks for the unit tests of this reader's modules.
#[cfg(test)]
mod test_blocks {
    use crate::model::{Block, Inline};

    pub fn paragraph(content: Vec<Inline>) -> Block {
        Block::Paragraph { id: String::new(), content }
    }

    pub fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_of_links_is_the_sites_navigation() {
        let body = "<article><h1>Rivers rise</h1><p>[<a href=/d>Docs</a>] [<a href=/t>txt</a>|<a href=/p>pdf</a>] [<a href=/k>Tracker</a>]</p>\
            <p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <p>See <a href=/a>the map</a>, <a href=/b>the tide tables</a> and <a href=/c>the warnings</a> issued on Monday by the council.</p></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.text.contains("Tracker") && r.reason.contains("bar of links")), "{:?}", a.report.removed);
        assert!(a.blocks.iter().any(|b| b.plain_text().contains("tide tables")), "a sentence with links stays");
        assert!(is_link_bar("Home | World News | Contact us") && !is_link_bar("He said | she said | and they all agreed to go"));
    }

    #[test]
    fn a_forum_threads_posts_lose_their_posters_profiles_and_buttons() {
        let post = |name: &str, rank: &str, count: usize, time: &str, text: &str| {
            format!(
                "<div class=\"post bg1\"><dl class=profile><dt><a href=/u>{name}</a></dt><dd>{rank}</dd><dd><strong>Posts:</strong> {count}</dd>\
                 <dd><strong>Joined:</strong> Oct 05, 2011</dd></dl><div class=postbody><ul class=icons><li><a href=/q>Reply with quote</a></li></ul>\
                 <h3>Re: The winter timetable</h3><p class=author>by <strong><a href=/u>{name}</a></strong> » {time}</p><div class=content>{text}</div></div>\
                 <div class=back2top><a href=#top>Top</a></div></div>"
            )
        };
        let body = format!(
            "<h1>The winter timetable</h1><div class=thread>{}{}{}</div>",
            post("Tora Lind", "Harbour Master", 6217, "Tue Aug 27, 2019 5:58 am", "<p>The winter timetable starts next week, and the last ferry leaves the quay at ten in the evening.</p><p>The night boat stops until the spring, as the council decided in June after a long debate.</p>"),
            post("Ana Quist", "Deckhand", 22, "Tue Aug 27, 2019 6:10 am", "<p>Thanks, that helps: the morning boats keep their times, and the fares stay as they were last winter.</p>"),
            post("Bo Chen", "Passenger", 3, "Tue Aug 27, 2019 7:45 am", "<p>Does the Saturday market boat still run in December, or does it stop with the night boat as well?</p>"),
        );
        let a = clean(&page("<title>The winter timetable</title>", &body), "t.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(|b| b.plain_text()).collect();
        for gone in ["Harbour Master", "Posts: 6217", "Joined: Oct 05, 2011", "Reply with quote", "Top", "Deckhand"] {
            assert!(!texts.iter().any(|t| t == gone), "{gone}: {texts:?}");
        }
        assert!(a.report.removed.iter().any(|r| r.rule == "forum-profile" && r.text.contains("Posts: 22")), "{:?}", a.report.removed);
        // Each post's byline says whose it is; the thread's opener is the author.
        assert!(texts.iter().any(|t| t.starts_with("by Ana Quist")), "{texts:?}");
        assert_eq!(a.meta.author.as_deref(), Some("Tora Lind"));
        assert!(texts.iter().any(|t| t.contains("Saturday market boat")));
    }

    /// A thread of posts, each with the signature `sign` gives it (its markup, given the post's
    /// number), as a forum sets them.
    fn signed_thread(sign: impl Fn(usize) -> String) -> String {
        let texts = [
            "The winter timetable starts next week, and the last ferry leaves the quay at ten in the evening.",
            "Thanks, that helps: the morning boats keep their times, and the fares stay as they were last winter.",
            "Does the Saturday market boat still run in December, or does it stop with the night boat as well?",
        ];
        let posts: String = texts.iter().enumerate().map(|(n, t)| format!("<div class=post><div class=content><p>{t}</p></div>{}</div>", sign(n))).collect();
        format!("<h1>The winter timetable</h1><div class=thread>{posts}</div>")
    }

    #[test]
    fn a_forum_members_signature_under_each_post_is_set_aside() {
        // (Each forum's name for it; words set in bold, a line of its own set as code.)
        let names = ["postsignature", "message-signature", "signaturecontainer"];
        let body = signed_thread(|n| format!("<div class=\"{}\">Sailing the fjords since the <b>old ferry</b>.<pre>Member {n} of the Harbour Club.</pre></div>", names[n]));
        let a = clean(&page("<title>The winter timetable</title>", &body), "t.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(|b| b.plain_text()).collect();
        assert!(!texts.iter().any(|t| t.contains("Harbour Club") || t.contains("old ferry")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("Saturday market boat")) && texts.iter().any(|t| t.contains("last ferry")), "{texts:?}");
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == "forum-signature").count(), 6, "{:?}", a.report.removed);
        // A post read as a list's item loses its signature too.
        let items = "<ol><li><p>The winter timetable starts next week, and the last ferry leaves at ten in the evening.</p><blockquote class=signature>Member 1 of the Harbour Club</blockquote></li>\
            <li><p>Thanks, that helps: the morning boats keep their times, and the fares stay as they were.</p><blockquote class=signature>Member 2 of the Harbour Club</blockquote></li></ol>";
        let a = clean(&page("<title>The winter timetable</title>", &format!("<h1>The winter timetable</h1>{items}{PROSE}")), "t.html", "ch01", &Rules::default());
        assert!(!a.blocks.iter().any(|b| b.plain_text().contains("Harbour Club")), "{:?}", a.blocks);
    }

    #[test]
    fn what_a_page_names_a_signature_stays_unless_it_is_a_forum_members() {
        let kept = |body: &str, words: &str| {
            let a = clean(&page("<title>The winter timetable</title>", body), "t.html", "ch01", &Rules::default());
            assert!(a.blocks.iter().any(|b| b.plain_text().contains(words)), "{words}: {:?}", a.blocks);
        };
        // One signature is no thread's: a mail pasted into an article holds its text in one.
        kept(&signed_thread(|n| if n == 1 { "<div class=signature>Sailing the fjords since the old ferry, a member of the Harbour Club.</div>".into() } else { String::new() }), "Harbour Club");
        // Nor is one signature counted twice for its box in a box (vBulletin's).
        kept(&signed_thread(|n| if n == 1 { "<blockquote class=signature><div class=signaturecontainer>Sailing the fjords, a member of the Harbour Club.</div></blockquote>".into() } else { String::new() }), "Harbour Club");
        // A dated "signature" is a byline; a heading so named a manual's section.
        kept(&signed_thread(|n| format!("<div class=signature>Written by Tora Lind {n}, on 15 September 2009, for the Harbour Club.</div>")), "Harbour Club");
        kept(&signed_thread(|n| format!("<h2 class=signature>The Harbour Club's signature {n}</h2>")), "Harbour Club");
        kept(&signed_thread(|n| format!("<div class=signature><h2>The Harbour Club's rules {n}</h2><p>Every member keeps the quay clean, and the boats tied.</p></div>")), "Harbour Club");
        // A post's box named for the signature it has holds more words than a signature.
        let long = "The ferry keeps its winter times until the spring, and the fares stay as they were. ".repeat(12);
        kept(&signed_thread(|n| format!("<div class=has-signature><p>{long}</p><p>The Harbour Club meets on Fridays {n}.</p></div>")), "Harbour Club");
        // So does one holding more markup, or longer words, than a signature has.
        let markup = "<i></i>".repeat(1000);
        kept(&signed_thread(|n| format!("<div class=signature>{markup}<p>The Harbour Club meets on Fridays {n}.</p></div>")), "Harbour Club");
        let word = "x".repeat(5000);
        kept(&signed_thread(|n| format!("<div class=signature><p>The Harbour Club meets on Fridays {n}.</p><p>{word}</p></div>")), "Harbour Club");
    }

    #[test]
    fn a_byline_going_on_with_its_section_date_and_comment_count_names_the_writer() {
        let body = "<article class=full><h1>Rivers rise</h1><div class=author>Written by <a href=/u>Tora Quist</a> in <a href=/s>Weather</a> on 1 June 2019 at 08:34 PM EDT. <a href=/c>51 Comments</a></div>\
            <p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <p>The council issued its warnings on Monday, and the ferries stopped running before noon.</p></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.author.as_deref(), Some("Tora Quist"));
    }

    #[test]
    fn a_list_written_as_numbered_lines_is_a_list_and_no_line_is_reported_lost() {
        let body = "<article><h1>Rivers rise</h1><p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <p>The highest rivers of the week:<br>1. The Lune at Caton<br>2. The Wenning<br>3. The Greta at Burton</p></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| matches!(b, Block::List { ordered: true, items, .. } if items.len() == 3)), "{:?}", a.blocks);
        assert!(a.report.removed.iter().all(|r| !r.text.contains("Wenning")), "{:?}", a.report.removed);
    }

    #[test]
    fn an_author_card_opening_the_body_goes_to_the_front_matter() {
        let head = "<title>Rivers rise</title><meta name=author content=\"Tora Quist\">";
        let body = "<article><h1>Rivers rise</h1><p>Tora is a writer from Velmora. She studied geography at the college and writes about weather.</p><p>Inquiries: tora@example.com</p>\
            <p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <p>The council opened the school hall to families from the lower streets and the farms.</p></article>";
        let a = clean(&page(head, body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(|b| b.plain_text()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(a.meta.bio.as_deref().is_some_and(|b| b.starts_with("Tora is a writer")));
        // A paragraph about someone else with the author's given name stays.
        let body = body.replace("Tora is a writer", "Ivo is a writer");
        let a = clean(&page(head, &body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text().starts_with("Ivo is a writer")));
    }

    #[test]
    fn teasers_after_a_related_header_at_the_end_and_lone_buttons_leave_the_body() {
        let body = "<article><h1>Rivers rise</h1><p>Save</p>\
            <p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <p>The council opened the school hall to families from the lower streets and the farms.</p>\
            <h2><a href=/s>Related Searches</a></h2><p>Promoted By Adnet</p><p><a href=/x>Floods: what to do</a></p></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(|b| b.plain_text()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(a.report.removed.iter().any(|r| r.text == "Save"), "{:?}", a.report.removed);
        assert!(a.report.removed.iter().any(|r| r.text.contains("what to do") && r.reason.contains("other articles")), "{:?}", a.report.removed);
        // The link to the next article, under its heading.
        let next = body.replace("<h2><a href=/s>Related Searches</a></h2><p>Promoted By Adnet</p>", "<h2>Next article</h2>");
        let a = clean(&page("<title>Rivers rise</title>", &next), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.len(), 2, "{:?}", a.blocks);
        // A closing section of prose under a header that names a discussion stays.
        let body = "<article><h1>Rivers rise</h1><p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
            <h2>Discussion</h2><p>The models gave the council two days of warning, which was enough to move the families and the animals to higher ground.</p></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.len(), 3);
    }

    #[test]
    fn teasers_with_linked_headlines_and_excerpts_after_a_related_header_leave_the_body() {
        let prose = |n: u8| format!("The rivers of the north rose through night {n}, and by morning the lower town was under water again, as it had been in the spring. ");
        let teaser = |n: u8| format!("<h3><a href=https://velmora.example/{n}>Harbour story {n}</a></h3><p>Monday March 3 by Ana Lima</p><p>{}</p>", prose(n + 10));
        let body = format!("<article><h1>Rivers rise</h1><p>{}</p><p>{}</p><p>{}</p><h2>Popular Stories</h2>{}{}</article>", prose(1), prose(2), prose(3), teaser(1), teaser(2));
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.text == "Harbour story 2" && r.rule == "related-header"), "{:?}", a.report.removed);
        // A section under such a header whose headings are no links stays.
        let plain = body.replace("<a href=https://velmora.example/1>Harbour story 1</a>", "Harbour story 1");
        let a = clean(&page("<title>Rivers rise</title>", &plain), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.len() > 3, "{:?}", a.blocks);
    }

    #[test]
    fn a_box_of_links_under_a_related_header_inside_the_text_leaves_it() {
        let prose = |n: u8| format!("<p>The rivers of the north rose through night {n}, and by morning the lower town was under water again, as it had been in the spring.</p>");
        let links = "<ul><li><a href=https://velmora.example/1>Ferries halted at Velmora</a></li><li><a href=https://velmora.example/2>The weir that failed</a></li></ul>";
        let body = format!("<article><h1>Rivers rise</h1>{}{}<h4>Related Stories</h4>{links}{}\
            <h3>Related articles:</h3><p>You may also be interested in the following articles:</p><p><a href=https://velmora.example/3>Tora Quist on floods</a></p>\
            <h2>The repairs</h2>{}<h2>You May Also Like</h2><h2>The cost</h2>{}</article>", prose(1), prose(2), prose(3), prose(4), prose(5));
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(texts.len(), 7, "{texts:?}");
        assert!(texts[3] == "The repairs" && texts[5] == "The cost", "{texts:?}");
        let boxed: Vec<&str> = a.report.removed.iter().filter(|r| r.rule == "related-box").map(|r| r.text.as_str()).collect();
        assert_eq!(boxed.len(), 7, "{boxed:?}");
        assert!(boxed.contains(&"You may also be interested in the following articles:") && boxed.contains(&"You May Also Like"), "{boxed:?}");
        // A list under such a header that is more than links, and a header over a section, stay.
        let glossed = body.replace("The weir that failed</a>", "The weir that failed</a>, on the council's old repairs");
        let a = clean(&page("<title>Rivers rise</title>", &glossed), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text() == "Related Stories"), "{:?}", a.blocks);
        let over_a_section = body.replace("<h2>You May Also Like</h2>", "<h2>You May Also Like</h2><h3>Our valleys</h3>");
        let a = clean(&page("<title>Rivers rise</title>", &over_a_section), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text() == "You May Also Like"), "{:?}", a.blocks);
        // Over a list of sources (a section of its own).
        let over_sources = format!("<article><h1>Rivers rise</h1>{}{}<h3>Related Articles</h3><h2>References</h2>\
            <ol><li>Lind A, Berg K. Fever in winter. Lancet. 2009;170:679-86.</li><li>Moss T. Cold hands. BMJ. 2012;3:12.</li></ol></article>", prose(1), prose(2));
        let a = clean(&page("<title>Rivers rise</title>", &over_sources), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "related-box" && r.text == "Related Articles"), "{:?}", a.blocks);
        // A heading that is a label and a link to another article is a teaser too.
        let heading = format!("<article><h1>Rivers rise</h1>{}<h3>Related post: <a href=https://velmora.example/4>Flood bread</a></h3>{}</article>", prose(1), prose(2));
        let a = clean(&page("<title>Rivers rise</title>", &heading), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.len(), 2, "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "related-link" && r.text.contains("Flood bread")), "{:?}", a.report.removed);
    }

    #[test]
    fn a_box_of_links_under_a_label_inside_the_text_leaves_it_with_its_label() {
        let prose = |n: u8| format!("<p>The rivers of the north rose through night {n}, and by morning the lower town was under water again, as it had been in the spring.</p>");
        let card = |n: u8| format!("<article class=card><a href=/s{n}><h3>Harbour story number {n} of the week</h3></a></article>");
        let trending = format!("<section class=recirc><h2>Trending</h2>{}{}{}</section>", card(1), card(2), card(3));
        let body = format!("<article><h1>Rivers rise</h1><div>{}{}{trending}{}{}</div></article>", prose(1), prose(2), prose(3), prose(4));
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.len(), 4, "{:?}", a.blocks);
        let boxed = |text: &str| a.report.removed.iter().any(|r| r.text == text && r.rule == "html-chrome" && r.reason.contains("box of links"));
        assert!(boxed("Trending") && boxed("Harbour story number 2 of the week"), "{:?}", a.report.removed);
    }

    #[test]
    fn a_teasers_header_whose_cards_were_left_out_leaves_the_text_going_on_under_it() {
        let prose = |n: u8| format!("<p>The rivers of the north rose through night {n}, and by morning the lower town was under water again, as it had been in the spring.</p>");
        for header in ["YOU MIGHT BE INTERESTED IN...", "Most read in News", "Related Recipes"] {
            let body = format!("<article><h1>Rivers rise</h1>{}{}<h3>{header}</h3>{}{}</article>", prose(1), prose(2), prose(3), prose(4));
            let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
            assert_eq!(a.blocks.len(), 4, "{header}: {:?}", a.blocks);
            assert!(a.report.removed.iter().any(|r| r.rule == "related-box" && r.text == header), "{:?}", a.report.removed);
        }
        // A tag box's title with its tags left out heads nothing but links too.
        assert!(chrome::related_header("Explore More"));
        // A header that may head a section of the text stays over it.
        for header in ["Related", "Recommended Software and Apps", "Related services"] {
            let body = format!("<article><h1>Rivers rise</h1>{}{}<h3>{header}</h3>{}{}</article>", prose(1), prose(2), prose(3), prose(4));
            let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
            assert_eq!(a.blocks.len(), 5, "{header}: {:?}", a.blocks);
        }
    }

    #[test]
    fn a_paragraph_break_at_an_inline_elements_edge_parts_the_paragraphs() {
        let first = "The rivers of the north rose through the night, and by morning the lower town was under water.";
        let second = "Residents moved furniture upstairs while the council opened the school as a shelter for families.";
        let third = "Engineers said the flood defences built after the last great flood had held along most of the bank.";
        for body in [
            format!("<p><span>{first}<br><br></span>{second}</p><p>{third}</p>"),
            format!("<p>{first}<span><b>\n<br>\n<br></b>{second}</span></p><p>{third}</p>"),
        ] {
            let html = page("<title>Rivers rise in the north</title>", &format!("<article><h1>Rivers rise in the north</h1>{body}</article>"));
            let a = clean(&html, "a.html", "ch01", &Rules::default());
            let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
            assert_eq!(texts, [first, second, third], "{body}");
        }
        // A run closing a paragraph is left where it is (the extractor would read the
        // paragraph as a division of links, and drop it).
        let note = "<p><em>This post is based on a </em><a href=\"https://x.org/a\"><em>longer, more detailed article illustrated with flowcharts, demos, maps and pictures</em></a><em> on the site.<br><br></em></p>";
        let prose: String = (1..=9).map(|n| format!("<p>On the {n}th day {first} {second}</p>")).collect();
        let html = page("<title>Rivers rise in the north</title>", &format!("<article><h1>Rivers rise in the north</h1>{prose}{note}</article>"));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text().starts_with("This post is based")), "{:?}", a.blocks);
    }

    #[test]
    fn a_link_holding_microdata_stays_inside_its_paragraph() {
        let body = "<article><h1>Rivers rise in the north</h1><div><p><aside><p>Sign up for our newsletter</p></aside>\
            The rivers of the north rose through the night after the council <a itemscope href=\"/a\"><meta itemprop=\"type\" content=\"StoryLink\">warned</a> \
            the lower town, and by morning the water stood in the square.</p>\
            <p>Residents moved furniture upstairs while the council opened the school as a shelter for families.</p></div></article>";
        let a = clean(&page("<title>Rivers rise in the north</title>", body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(texts.iter().any(|t| t.contains("after the council warned the lower town")), "{texts:?}");
    }

    #[test]
    fn a_description_that_repeats_the_opening_is_no_standfirst() {
        let desc = |d: &str| page(&format!("<title>Rivers rise in the north</title><meta name=\"description\" content=\"{d}\">"), BODY);
        let excerpt = clean(&desc("The rivers of the north rose through the night, and by morning the lower town"), "a.html", "ch01", &Rules::default());
        assert_eq!(excerpt.meta.standfirst, None);
        let cut = clean(&desc("Floods in the north [...]"), "a.html", "ch01", &Rules::default());
        assert_eq!(cut.meta.standfirst, None);
        let broken = clean(&desc("of the north rose"), "a.html", "ch01", &Rules::default());
        assert_eq!(broken.meta.standfirst, None, "a few words of the first line");
        let written = "A night of rain left the lower town under water and its people in the school.";
        let deck = clean(&desc(written), "a.html", "ch01", &Rules::default());
        assert_eq!(deck.meta.standfirst.as_deref(), Some(written));
        let printed = page(&format!("<title>Rivers rise in the north</title><meta name=\"description\" content=\"{written}\">"), &BODY.replace("<p>By", &format!("<p>{written}</p><p>By")));
        let deck = clean(&printed, "a.html", "ch01", &Rules::default());
        assert_eq!(deck.meta.standfirst.as_deref(), Some(written), "a deck printed over the byline");
        let lead = "The rivers of the north rose through the night, and by morning the lower town was under water.";
        let first = clean(&desc(lead), "a.html", "ch01", &Rules::default());
        assert_eq!(first.meta.standfirst, None, "the first paragraph, copied whole");
        assert_eq!(first.blocks[0].plain_text(), lead);
        let whole = "The ferry to Velmora ran every morning for forty years, and the island lived by its timetable. ".repeat(4);
        let alone = page(&format!("<title>The last ferry</title><meta name=\"description\" content=\"{whole}\">"), &format!("<article><h1>The last ferry</h1><p>{whole}</p></article>"));
        let alone = clean(&alone, "a.html", "ch01", &Rules::default());
        assert_eq!(alone.meta.standfirst, None, "a description of more words than a deck has");
        assert_eq!(alone.blocks.iter().map(Block::plain_text).collect::<Vec<_>>(), [whole.trim()], "the text it copies stays the text");
        // A short first paragraph set in the class of the body's paragraphs is the body's.
        let short = "Floods - \"a myth.\"";
        let html = page(
            &format!("<title>Rivers rise in the north</title><meta name=\"description\" content=\"{}\">", short.replace('"', "&quot;")),
            &BODY.replace("<p>The rivers", &format!("<p class=body-p>{short}</p><p class=body-p>The mayor said it twice.</p><p>The rivers")),
        );
        let opening = clean(&html, "a.html", "ch01", &Rules::default());
        assert_eq!(opening.meta.standfirst, None, "{:?}", opening.meta.standfirst);
        assert_eq!(opening.blocks[0].plain_text(), short);
    }

    #[test]
    fn a_dateline_in_another_language_leaves_the_body() {
        let body = "<article><h1>Classificação</h1><p>sexta-feira, 22 de outubro de 2010 às 20:13</p>\
            <p>Nesta página você terá sempre a classificação atualizada da corrida, com todos os pilotos.</p></article>";
        let html = page("<title>Classificação</title><meta property=\"article:published_time\" content=\"2010-10-22T20:13:00\">", body);
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.date.as_deref(), Some("2010-10-22"));
        assert!(a.report.removed.iter().any(|r| r.rule == "dateline" && r.text.contains("outubro")), "{:?}", a.report.removed);
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("outubro")));
    }

    #[test]
    fn a_time_stamp_with_its_place_time_and_zone_or_a_short_year_leaves_the_body_a_replys_header_stays() {
        for stamp in ["VELMORA Tue Dec 30, 2014 9:21am IST", "30 December '14, 11:57pm"] {
            let body = format!("<article><h1>Ferry resumes</h1><p>{stamp}</p>\
                <p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p></article>");
            let html = page("<title>Ferry resumes</title><meta property=\"article:published_time\" content=\"2014-12-30T09:00:00\">", &body);
            let a = clean(&html, "a.html", "ch01", &Rules::default());
            assert!(a.report.removed.iter().any(|r| r.rule == "dateline" && r.text == stamp), "{stamp}: {:?}", a.report.removed);
            assert!(a.blocks.iter().all(|b| !b.plain_text().contains("Dec")), "{stamp}");
        }
        let post = "<article><h1>Ferry resumes</h1><p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p>\
            <p><a href=\"https://forum.example/u/tquist\">tquist</a> (Tora Quist) December 30, 2014, 8:42pm 2</p><p>Good news for the islands, and about time too.</p></article>";
        let html = page("<title>Ferry resumes</title><meta property=\"article:published_time\" content=\"2014-12-30T09:00:00\">", post);
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text().contains("Tora Quist")), "a reply's header names its writer: {:?}", a.report.removed);
    }

    #[test]
    fn a_gallerys_counter_makes_its_caption_and_leaves_it() {
        let body = "<article><h1>Ferry resumes</h1><p>2 of 5. Dockers load the ferry at Velmora harbour on Tuesday.</p>\
            <p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p></article>";
        let a = clean(&page("<title>Ferry resumes</title>", body), "a.html", "ch01", &Rules::default());
        assert!(matches!(&a.blocks[0], Block::Caption { .. }), "{:?}", a.blocks);
        assert_eq!(a.blocks[0].plain_text(), "Dockers load the ferry at Velmora harbour on Tuesday.");
        assert!(matches!(&a.blocks[1], Block::Paragraph { .. }));
    }

    #[test]
    fn a_credit_set_as_a_heading_is_no_heading() {
        let body = "<article><h1>Ferry resumes</h1><p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p>\
            <h6>Photos: Velmora Images</h6><p>Its crew of nine had waited out the storm at the quay.</p></article>";
        let a = clean(&page("<title>Ferry resumes</title>", body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().all(|b| !matches!(b, Block::Heading { .. })), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "credit" && r.text.contains("Velmora Images")), "{:?}", a.report.removed);
    }

    #[test]
    fn a_caption_set_as_a_heading_is_a_caption_and_a_heading_naming_a_photo_stays() {
        let body = "<article><h1>Ferry resumes</h1><h5>File photo of the ferry Velmora at the quay.</h5><p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p>\
            <h2>The photo of the year</h2><p>Its crew of nine had waited out the storm at the quay.</p></article>";
        let a = clean(&page("<title>Ferry resumes</title>", body), "a.html", "ch01", &Rules::default());
        assert!(matches!(&a.blocks[0], Block::Caption { .. }), "{:?}", a.blocks);
        assert!(a.blocks.iter().any(|b| matches!(b, Block::Heading { .. }) && b.plain_text() == "The photo of the year"), "{:?}", a.blocks);
    }

    #[test]
    fn the_sites_motto_is_no_standfirst() {
        let body = "<article><h1>Ferry resumes</h1><p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p></article>";
        let described = |d: &str| format!("<title>Ferry resumes</title><meta name=\"description\" content=\"{d}\">");
        let masthead = format!("<header><div id=\"branding\"><div class=\"tagline\"><span>Stories That Matter. Pass &lsquo;Em On.</span></div></div></header>{body}");
        let printed = clean(&page(&described("Stories that matter. Pass 'em on."), &masthead), "a.html", "ch01", &Rules::default());
        assert_eq!(printed.meta.standfirst, None, "printed in the masthead");
        let site = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Velmora Post","description":"News of the islands since 1956."}</script>"#;
        let declared = clean(&page(&(described("News of the islands since 1956.") + site), body), "a.html", "ch01", &Rules::default());
        assert_eq!(declared.meta.standfirst, None, "declared as the site's");
        let deck = "Dockers cheered as the first sailing in a week left the quay.";
        let written = clean(&page(&(described(deck) + site), &masthead), "a.html", "ch01", &Rules::default());
        assert_eq!(written.meta.standfirst.as_deref(), Some(deck));
        // The headline again, in other capitals, says nothing more.
        let again = clean(&page(&described("Ferry Resumes."), body), "a.html", "ch01", &Rules::default());
        assert_eq!(again.meta.standfirst, None, "the headline again");
    }

    #[test]
    fn a_line_closed_by_a_photo_agency_in_brackets_is_a_caption_without_it() {
        let body = "<article><h1>Ferry resumes</h1><p>The ferry to the outer islands sailed again on Tuesday after a week in harbour, the port said.</p>\
            <p>Tora Quist at the quay on Tuesday [Splash]</p><p>Its crew of nine had waited out the storm at the quay [and the pub].</p><p>[Rex]</p></article>";
        let a = clean(&page("<title>Ferry resumes</title>", body), "a.html", "ch01", &Rules::default());
        assert!(matches!(&a.blocks[1], Block::Caption { .. }), "{:?}", a.blocks);
        assert_eq!(a.blocks[1].plain_text(), "Tora Quist at the quay on Tuesday");
        assert!(matches!(&a.blocks[2], Block::Paragraph { .. }), "a bracket of other words is the text's own");
        assert!(a.blocks.iter().all(|b| !b.plain_text().trim().is_empty()), "the agency alone makes no empty caption: {:?}", a.blocks);
    }

    #[test]
    fn a_columns_closing_tagline_names_the_writer_the_markup_left_out() {
        let prose = "<p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>";
        let tagline = "<p><em>Ana Lima is the founder of a flood-research consultancy in the north. Follow her on X.</em></p>";
        let html = page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{prose}{prose}{tagline}</article>"));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.author.as_deref(), Some("Ana Lima"));
        assert!(a.meta.bio.as_deref().is_some_and(|b| b.starts_with("Ana Lima is the founder")));
        // Not in roman type: a closing paragraph about someone is the article's own.
        let closing = "<p>Ana Lima is the founder of a flood-research consultancy in the north.</p>";
        let html = page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{prose}{prose}{closing}</article>"));
        assert_eq!(clean(&html, "a.html", "ch01", &Rules::default()).meta.author, None);
        // A contact line with an address says whose column it is in any type.
        let contact = "<p>Ana Lima can be reached at alima@example.com.</p>";
        let html = page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{prose}{prose}{contact}</article>"));
        assert_eq!(clean(&html, "a.html", "ch01", &Rules::default()).meta.author.as_deref(), Some("Ana Lima"));
    }

    fn page(head: &str, body: &str) -> String {
        format!("<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>")
    }

    const BODY: &str = "<article><h1>Rivers rise in the north</h1><p>By Ana Lima</p>\
        <p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
        <p>Residents moved furniture upstairs while the council opened the school as a shelter for families.</p>\
        <p>Engineers said the flood defences built after the last great flood had held along most of the bank.</p></article>";

    #[test]
    fn the_head_of_each_entry_in_a_list_of_reviews_stays_a_heading() {
        let review = |artist: &str| {
            format!(
                "<div class=entry><div class='entry-header'><span class=number></span><h2><span><a href=\"https://x.org/{artist}\">{artist}</a><em>Rain Songs</em></span></h2></div>\
                 <p>The record opens on a long drone that the band let run for most of its first side, and the second side answers it with short songs.</p>\
                 <p>It was made in a week in a church hall, and every take on it is the first one, with no edits and nothing added afterwards.</p></div>"
            )
        };
        let html = page("<title>Records of the month</title>", &format!("<header class=site-header><h2>The Ledger</h2></header><article><h1>Records of the month</h1>{}{}{}</article>", review("Velmora"), review("Tora Quist"), review("Ann Lee")));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        let headings: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).map(|b| b.plain_text()).collect();
        assert_eq!(headings, ["Velmora — Rain Songs", "Tora Quist — Rain Songs", "Ann Lee — Rain Songs"]);
        // A dialog's head stays out.
        let modal = "<div class=modal-content><div class=modal__header><h4>Sign in to comment</h4></div><p>Comments are read before they appear, and a comment that attacks another reader is never shown to anyone.</p></div>";
        let html = html.replace("</article>", &format!("</article>{modal}"));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("Sign in to comment")), "{:?}", a.blocks);
    }

    #[test]
    fn front_matter_repeats_leave_the_body_for_the_report() {
        let html = page("<title>Rivers rise in the north | The Ledger</title><meta property=\"og:site_name\" content=\"The Ledger\">", BODY);
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.title, "Rivers rise in the north");
        assert_eq!(a.meta.author.as_deref(), Some("Ana Lima"));
        assert_eq!(a.meta.language.as_deref(), Some("en"));
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("Ana Lima")), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "byline" && r.text == "By Ana Lima"));
        assert!(a.report.removed.iter().any(|r| r.rule == "title"));
        let roles = page("<title>Rivers rise in the north</title>", &BODY.replace("<p>By Ana Lima</p>", "<p>By Ana Lima</p><p>Opinion writer covering the north</p><p>Staff writer</p>"));
        let a = clean(&roles, "a.html", "ch01", &Rules::default());
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == "byline").count(), 3, "{:?}", a.report.removed);
        assert!(a.blocks[0].plain_text().starts_with("The rivers of the north"));
    }

    #[test]
    fn a_rule_drawn_in_characters_is_no_text() {
        let html = page("<title>Rivers rise in the north</title>", &BODY.replace("<p>Residents", "<p>==========</p><h2>___</h2><p>Residents"));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "separator" && r.text == "=========="), "{:?}", a.report.removed);
        // Also set as a heading.
        assert!(a.report.removed.iter().any(|r| r.rule == "separator" && r.text == "___"), "{:?}", a.report.removed);
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("==")));
        assert!(!is_drawn_rule("=="), "two marks");
        assert!(!is_drawn_rule("=-=-"), "mixed marks");
        assert!(!is_drawn_rule("******"), "a story's scene break");
    }

    #[test]
    fn a_scene_break_set_as_a_heading_heads_no_section() {
        let html = page("<title>Rivers rise in the north</title>", &BODY.replace("<p>Residents", "<h5>*</h5><h3>* * *</h3><h3>Star * ratings</h3><p>Residents"));
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        let headings: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).map(Block::plain_text).collect();
        assert_eq!(headings, ["Star * ratings"], "{:?}", a.blocks);
        assert!(a.blocks.iter().any(|b| matches!(b, Block::Paragraph { .. }) && b.plain_text() == "* * *"), "{:?}", a.blocks);
    }

    #[test]
    fn the_sites_name_over_the_text_is_the_publication() {
        let head = "<title>Rivers rise in the north</title><meta property=\"og:site_name\" content=\"Ledger News\"><link rel=canonical href=\"https://www.ledgernews.com/2014/rivers\">";
        for line in ["| LedgerNews.com", "Ledger News", "www.ledgernews.com"] {
            let a = clean(&page(head, &BODY.replace("<p>By Ana Lima</p>", &format!("<p>By Ana Lima</p><p>{line}</p>"))), "a.html", "ch01", &Rules::default());
            assert!(a.report.removed.iter().any(|r| r.rule == "site-name" && r.text == line), "{line}: {:?}", a.report.removed);
            assert!(a.blocks[0].plain_text().starts_with("The rivers of the north"), "{line}");
        }
        // Another name is the text's.
        let a = clean(&page(head, &BODY.replace("<p>By Ana Lima</p>", "<p>By Ana Lima</p><p>Ledger Bay</p>")), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text() == "Ledger Bay"), "{:?}", a.report.removed);
    }

    #[test]
    fn malformed_and_empty_pages_do_not_panic() {
        for html in ["", "<", "<html><body><p>unclosed <b><i>tags", "\u{0}\u{fffd}<<>>&&&#xffffff;", "<table><td><tr><p>x"] {
            let a = clean(html, "x.html", "ch01", &Rules::default());
            assert_eq!(a.id, "ch01");
        }
    }

    const PROSE: &str = "<p>The rivers of the north rose through the night, and by morning the lower town was under water.</p>\
        <p>Residents moved furniture upstairs while the council opened the school as a shelter for families.</p>";

    #[test]
    fn the_sections_label_over_the_headline_is_no_heading() {
        let heading = |t: &str| Block::Heading { id: String::new(), level: 2, content: vec![test_blocks::text(t)] };
        let body = vec![heading("Rivers"), test_blocks::paragraph(vec![test_blocks::text("The rivers rose.")]), heading("The council")];
        let meta = ArticleMeta { title: "Rivers rise in the north".into(), ..Default::default() };
        let doc = Document::from("<div><h2 class=section-title>Rivers</h2><h1>Rivers rise in the north</h1><p>The rivers rose.</p><h2>The council</h2></div>");
        let mut aside = Vec::new();
        let texts = |blocks: Vec<Block>| blocks.iter().map(Block::plain_text).collect::<Vec<_>>();
        assert_eq!(texts(take_kicker(body.clone(), &doc, &meta, &mut aside)), ["The rivers rose.", "The council"], "{aside:?}");
        assert_eq!(aside[0].1, "kicker");
        // A heading of the article's own, under the headline, stays.
        let doc = Document::from("<div><h1>Rivers rise in the north</h1><h2>Rivers</h2><p>The rivers rose.</p></div>");
        assert_eq!(texts(take_kicker(body.clone(), &doc, &meta, &mut Vec::new())).len(), 3);
        // Named by the page's title beside the site, under the page's day: the section's.
        let dated = vec![test_blocks::paragraph(vec![test_blocks::text("Saturday, January 3, 2015")]), heading("Weather"), body[1].clone(), body[2].clone()];
        let titled = |t: &str| Document::from(format!("<html><head><title>{t}</title></head><body><h1>Rivers rise in the north</h1><h2>Weather</h2></body></html>").as_str());
        assert_eq!(texts(take_kicker(dated.clone(), &titled("Weather | The Ledger"), &meta, &mut Vec::new())).len(), 3);
        assert_eq!(texts(take_kicker(dated.clone(), &titled("Weather"), &meta, &mut Vec::new())).len(), 4);
        assert_eq!(texts(take_kicker(dated.clone(), &titled("Rivers rise in the north | The Ledger"), &meta, &mut Vec::new())).len(), 4);
        let lyrics = ArticleMeta { title: "Weather Report".into(), ..Default::default() };
        assert_eq!(texts(take_kicker(dated, &titled("Ana Lima – Weather | Lyrics"), &lyrics, &mut Vec::new())).len(), 4);
        // A line the body opens on that names the section its address files it under.
        let filed = ArticleMeta { url: Some("https://ledger.example/news/rivers/2024/03/rivers-rise/".into()), ..meta.clone() };
        let opening = |t: &str| vec![test_blocks::paragraph(vec![test_blocks::text(t)]), body[1].clone()];
        let empty = Document::from("");
        assert_eq!(texts(take_kicker(opening("Rivers"), &empty, &filed, &mut Vec::new())), ["The rivers rose."]);
        assert_eq!(texts(take_kicker(opening("Lakes"), &empty, &filed, &mut Vec::new())).len(), 2);
        assert_eq!(texts(take_kicker(opening("Rivers"), &empty, &meta, &mut Vec::new())).len(), 2, "no address");
        // A menu's entry under a deck, its words in another order than the address's.
        let list = Block::List { id: String::new(), ordered: false, start: 1, items: vec![vec![test_blocks::text("Velmora News")]] };
        let filed = ArticleMeta { url: Some("https://ledger.example/velmora/news-velmora/rivers-rise".into()), ..meta.clone() };
        let under_deck = vec![heading("Towns flooded overnight"), list, body[1].clone()];
        assert_eq!(texts(take_kicker(under_deck, &empty, &filed, &mut Vec::new())), ["Towns flooded overnight", "The rivers rose."]);
    }

    #[test]
    fn a_menus_button_a_bare_byline_label_a_tabs_label_and_a_breadcrumb_leave_the_body() {
        // (A breadcrumb of more words than a line of short items has.)
        let title = "Rivers rise in the north as the storm passes over the old harbour wall";
        let body = format!("<article><h1>{title}</h1><p><strong>V.P. Report</strong></p><p>Menu</p><p><a href=\"/\">Home </a>/ Velmora News / {title}</p>{PROSE}<p>By</p><ul><li>Most popular</li></ul></article>");
        let head = format!("<title>{title}</title><meta name=\"author\" content=\"Tora Quist\">");
        let a = clean(&page(&head, &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(text.iter().all(|t| t.split_whitespace().count() > 10 && !t.starts_with("Home")), "{text:?}");
        for (line, rule) in [("Menu", "chrome-phrase"), ("By", "byline"), ("V.P. Report", "byline"), ("Most popular", "related-header"), (&format!("Home / Velmora News / {title}"), "breadcrumb")] {
            assert!(a.report.removed.iter().any(|r| r.rule == rule && r.text == line), "{line}: {:?}", a.report.removed);
        }
        // Its links side by side, the title after them.
        let link = |url: &str, t: &str| Inline::Link { url: url.into(), content: vec![test_blocks::text(t)] };
        let linked = test_blocks::paragraph(vec![link("https://ledger.example/", "Home"), test_blocks::text(" "), link("https://ledger.example/news/", "News"), test_blocks::text(title)]);
        assert!(is_breadcrumb(&linked, &linked.plain_text(), title));
        let sentence = test_blocks::paragraph(vec![link("https://ledger.example/", "The Ledger"), test_blocks::text(" reports that the rivers rose")]);
        assert!(!is_breadcrumb(&sentence, &sentence.plain_text(), title));
    }

    #[test]
    fn a_date_alone_over_a_dated_text_is_set_aside() {
        let block = |t: &str| test_blocks::paragraph(vec![test_blocks::text(t)]);
        let meta = ArticleMeta { title: "Rivers rise in the north".into(), date: Some("2014-12-17".into()), ..Default::default() };
        let prose = "The rivers of the north rose through the night, and by morning the lower town was under water.";
        let kept = |body: Vec<Block>, meta: &ArticleMeta| set_aside(body, meta, &Rules::default()).0.iter().map(Block::plain_text).collect::<Vec<_>>();
        for t in ["Saturday, January 3, 2015", "December 17, 2014", "Updated on October 21, 2025"] {
            assert_eq!(kept(vec![block(t), block(prose)], &meta), [prose], "{t}");
        }
        // A sentence; a page dating several entries; an undated page: kept.
        let t = "On January 3, 2015 the river rose.";
        assert_eq!(kept(vec![block(t), block(prose)], &meta).len(), 2);
        assert_eq!(kept(vec![block("Feb 9, 2026"), block(prose), block("Jan 22, 2026"), block(prose)], &meta).len(), 4);
        let undated = ArticleMeta { date: None, ..meta };
        assert_eq!(kept(vec![block("Saturday, January 3, 2015"), block(prose)], &undated).len(), 2);
    }

    #[test]
    fn a_caption_set_as_a_division_is_a_caption() {
        let body = format!("<div class=story>{PROSE}<div class=photo><img src=a.jpg><div class=credit>Jo Lee / Agency</div>\
            <div class=\"caption\">Volunteers fill sandbags on the quay on Thursday. The council wants more of them.</div></div>{PROSE}</div>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let captions: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Caption { .. })).map(Block::plain_text).collect();
        assert!(captions.iter().any(|c| c.starts_with("Volunteers fill sandbags")), "{:?}", a.blocks);
        assert!(captions.iter().any(|c| c == "Jo Lee / Agency"), "the credit too: {:?}", a.blocks);
        assert!(!a.blocks.iter().any(|b| matches!(b, Block::Paragraph { .. }) && b.plain_text().contains("sandbags")), "{:?}", a.blocks);
        // A newspaper's "cutline" and its credit under it.
        let body = format!("<div class=story>{PROSE}<div class=gallery><div class=cutline>Tora Quist was charged on Friday after the fire at the quay.</div>\
            <div class=credit>VELMORA POLICE DEPT./CONTRIBUTED IMAGE</div></div>{PROSE}</div>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let paragraphs: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Paragraph { .. })).map(Block::plain_text).collect();
        assert!(paragraphs.iter().all(|p| !p.contains("Tora Quist") && !p.contains("CONTRIBUTED")), "{paragraphs:?}");
    }

    #[test]
    fn a_screen_readers_label_is_not_printed_but_reported() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<figure><img src=a.jpg><figcaption><span class=\"sr-only\">Image caption</span> \
            <span>Sandbags along the quay</span></figcaption></figure><p>The pumps ran for 20<span class=\"visually-hidden\"> minutes</span> \
            every hour through the night, and the water fell by a foot before dawn.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let caption = a.blocks.iter().find(|b| matches!(b, Block::Caption { .. })).map(Block::plain_text);
        assert_eq!(caption.as_deref().map(str::trim), Some("Sandbags along the quay"));
        assert!(a.report.removed.iter().any(|r| r.rule == "screen-reader" && r.text == "Image caption"), "{:?}", a.report.removed);
        // Hidden text inside a sentence is the spoken form of what the page shows: it stays.
        assert!(a.blocks.iter().any(|b| b.plain_text().contains("20 minutes")), "{:?}", a.blocks);
    }

    #[test]
    fn a_hidden_gate_for_readers_without_access_is_not_printed_but_reported() {
        let gate = "<div class=\"article-block article-content__sign-in-group hidden\"><div class=h2>THIS CONTENT IS RESERVED FOR SUBSCRIBERS</div><ul><li>Unlimited access to the Ledger.</li><li>The Ledger's app.</li></ul><div class=h2>Register to unlock this article</div></div>";
        let answer = "<div class=\"accordion-content hidden\"><p>The ferry leaves the quay at ten, and the last boat comes back before dark.</p></div>";
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{gate}<p>Then the boats came back, one by one, to the harbour below.</p>{answer}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(text.iter().all(|t| !t.contains("RESERVED") && !t.contains("unlock")), "{text:?}");
        assert!(a.report.removed.iter().any(|r| r.text.contains("RESERVED") && r.reason.contains("without access")), "{:?}", a.report.removed);
        // A gate shown, on every screen or on wider ones ("hidden lg:block"), is the
        // extractor's to judge.
        for shown in ["sign-in-group", "sign-in-group hidden lg:block"] {
            let shown = gate.replace("sign-in-group hidden", shown);
            let a = clean(&page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{PROSE}{shown}<p>Then the boats came back.</p>{answer}</article>")), "a.html", "ch01", &Rules::default());
            assert!(!a.report.removed.iter().any(|r| r.reason.contains("without access")), "{:?}", a.report.removed);
        }
        // A hidden box of another kind is the page's, and so is a large one so named.
        assert!(text.iter().any(|t| t.contains("ferry leaves the quay")), "{text:?}");
        let behind = format!("<div class=\"paywall-content hidden\">{}</div>", "<p>The boats came back to the harbour, one by one, in the evening light.</p>".repeat(30));
        let a = clean(&page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{behind}</article>")), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text().contains("evening light")), "{:?}", a.blocks);
    }

    #[test]
    fn a_pop_up_notice_is_not_printed_but_reported() {
        let toast = "<div id=\"save-toast\"><span class=\"toast-header\">Story Saved</span><span>You can find this story in My Bookmarks.</span></div>";
        let body = format!("<div class=\"post category-toast\"><h1>Rivers rise</h1>{PROSE}<p>Then the boats came back, one by one, to the harbour below.</p>{toast}</div>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(text.iter().all(|t| !t.contains("Story Saved") && !t.contains("Bookmarks")), "{text:?}");
        // (A container named for a post's category is no notice: its prose stays.)
        assert!(text.iter().any(|t| t.contains("boats came back")), "{text:?}");
        assert!(a.report.removed.iter().any(|r| r.text.contains("Story Saved") && r.reason.contains("pops up")), "{:?}", a.report.removed);
    }

    #[test]
    fn a_printed_deck_the_body_leaves_out_is_the_standfirst() {
        let deck = "After a winter ashore, the island's boat is back.";
        let head = "<title>Rivers rise</title><meta name=\"description\" content=\"The rivers of the north rose through the night, and by...\">";
        let apart = format!("<div class=\"masthead\" itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Rivers rise</h1><div class=\"dek\"><p itemprop=\"description\">{deck}</p></div></div><article>{PROSE}</article>");
        let a = clean(&page(head, &apart), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.standfirst.as_deref(), Some(deck), "{:?}", a.blocks);
        let inside = format!("<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Rivers rise</h1><p itemprop=\"description\">{deck}</p>{PROSE}</article>");
        let a = clean(&page(head, &inside), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks.first().map(Block::plain_text).as_deref(), Some(deck), "the body's lead stays");
    }

    #[test]
    fn a_shops_advertisement_leaves_the_body() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p>Velmora 12 inch Globe <a href=\"https://shop.example/globe\">Buy Here</a> Credit: Velmora Store</p>\
            <p>Check the fit before you click “Buy Now”, as the sizes run small.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "advertisement" && r.text.starts_with("Velmora 12 inch")), "{:?}", a.report.removed);
        assert!(a.blocks.iter().any(|b| b.plain_text().starts_with("Check the fit")), "a sentence that names the button stays");
    }

    #[test]
    fn a_paywall_is_flagged_for_the_editor() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<h2>This article is exclusive to Velmora+ subscribers</h2></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "paywall"), "{:?}", a.report.removed);
        assert!(a.report.flags.iter().any(|f| f.line == 0 && f.excerpt.is_empty() && f.reason.contains("at a paywall or an archive's notice (\"This article is exclusive to Velmora+")), "{:?}", a.report.flags);
        let open = clean(&page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{PROSE}</article>")), "a.html", "ch01", &Rules::default());
        assert!(!open.report.flags.iter().any(|f| f.reason.contains("at a paywall")), "{:?}", open.report.flags);
    }

    #[test]
    fn counters_calls_to_subscribe_and_labels_leave_the_body() {
        let body = format!("<article><h1>Rivers rise</h1><p>Views: 184</p>{PROSE}<p>Advertisement:</p>\
            <p>Sign up to get the best stories of the week, and great local deals, as picked by our editors.</p>\
            <p>1.2K views • 30 likes</p><p>Engineers said the flood defences built after the last flood had held.</p>\
            <p>(Visited 1,902 times, 364 visits today)</p><p>6.5K views 5 replies 5 participants last post by Tora Jun 5, 2024</p><p>Jump to Latest</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        for (line, rule) in [("Views: 184", "counter"), ("Advertisement:", "chrome-phrase"), ("1.2K views • 30 likes", "counter"), ("(Visited 1,902 times, 364 visits today)", "counter"), ("6.5K views 5 replies 5 participants last post by Tora Jun 5, 2024", "counter"), ("Jump to Latest", "chrome-phrase")] {
            assert!(a.report.removed.iter().any(|r| r.rule == rule && r.text == line), "{line}: {:?}", a.report.removed);
        }
        assert!(a.report.removed.iter().any(|r| r.rule == "appeal" && r.text.starts_with("Sign up")));
    }

    #[test]
    fn a_widgets_counts_leave_the_body_and_a_tables_counts_stay() {
        let body = format!("<article><h1>Rivers rise</h1><div class=\"counters\"><span class=\"share-count\"><i class=\"icon\"></i> 884 </span></div>{PROSE}\
            <table><tr><th>Beach</th><th>Seals</th></tr><tr><td>North</td><td class=\"count\">212</td></tr></table>\
            <div class=\"step-count\">1.</div><p>Photo <span class=\"photo-count\">3</span> of 12 shows the quay at dawn, before the water rose.</p><p>Engineers said the flood defences built after the last flood had held.</p><span class=\"reaction-count\"><span>0</span>Reactions</span></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(!text.iter().any(|t| t == "884" || t.contains("Reactions")), "{text:?}");
        assert!(text.iter().any(|t| t == "1."), "a step's number: {text:?}");
        assert!(text.iter().any(|t| t.starts_with("Photo 3 of 12")), "a count inside a line: {text:?}");
        assert!(a.blocks.iter().any(|b| matches!(b, Block::Table { .. }) && b.plain_text().contains("212")), "{text:?}");
        assert!(a.report.removed.iter().any(|r| r.text == "884" && r.reason.contains("count")), "{:?}", a.report.removed);
        for line in ["12 reactions", "0Reactions"] {
            assert_eq!(crate::clean::chrome::furniture(line).map(|(rule, _)| rule), Some("counter"), "{line}");
        }
    }

    #[test]
    fn the_pages_stamps_in_a_row_leave_the_body_and_a_line_of_other_pieces_stays() {
        let head = "<title>Rivers rise</title><meta property=\"article:published_time\" content=\"2024-08-28T09:00:00Z\">";
        let at_top = |line: &str| {
            let body = format!("<article><h1>Rivers rise</h1><p>{line}</p>{PROSE}</article>");
            clean(&page(head, &body), "a.html", "ch01", &Rules::default())
        };
        let stamps = "Published Aug 28, 2024 \u{2022} Last updated 1 hour ago \u{2022} 4 minute read";
        let a = at_top(stamps);
        assert!(a.report.removed.iter().any(|r| r.rule == "dateline" && r.text.starts_with("Published Aug 28")), "{:?}", a.report.removed);
        assert!(!a.blocks.iter().any(|b| b.plain_text().contains("minute read")), "{:?}", a.blocks);
        let told = at_top("Published Aug 28, 2024 \u{2022} Harbour walls breached overnight \u{2022} 4 minute read");
        assert!(told.blocks.iter().any(|b| b.plain_text().contains("Harbour walls")), "{:?}", told.blocks);
        assert_eq!(crate::clean::chrome::furniture("Last updated 2 days ago").map(|(rule, _)| rule), Some("age-stamp"));
        let undated = at_top("Last updated 1 hour ago \u{2022} 4 minute read");
        assert!(!undated.blocks.iter().any(|b| b.plain_text().contains("minute read")), "{:?}", undated.blocks);
    }

    #[test]
    fn the_top_of_the_body_dates_and_credits_an_article_the_markup_does_not() {
        let body = format!("<article><h1>Rivers rise</h1><p>Posted: Thursday, March 3, 2021. 9:15 am EST.</p>\
            <p><strong>By Mara Quist</strong>: The rivers of the north rose through the night, and by morning the town was under water.</p>{PROSE}</article>");
        let html = page("<title>Rivers rise</title><meta name=\"author\" content=\"Article by\">", &body);
        let a = clean(&html, "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.date.as_deref(), Some("2021-03-03"));
        assert_eq!(a.meta.author.as_deref(), Some("Mara Quist"));
        assert!(a.blocks[0].plain_text().starts_with("The rivers of the north"), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "dateline" && r.text.starts_with("Posted:")), "{:?}", a.report.removed);
    }

    #[test]
    fn a_block_styled_as_a_heading_by_its_class_is_a_heading() {
        let prose = "The ferry ran late again on the Velmora line this spring, and the harbour master counted the seals twice before noon. ".repeat(4);
        let html = format!(
            "<html><head><title>Harbour Notes</title></head><body><article><div class=\"h6 md:h5 lg:h4 mb-12\">1 big thing: seals return</div><p>{prose}</p>\
             <div class=\"h4\">Why it matters</div><p>{prose}</p><p class=\"h3\">A lead paragraph set large, a sentence of its own.</p><div class=\"h2\">15M</div><p>{prose}</p>\
             <div class=\"item\"><img src=\"a.jpg\"><div><span class=\"item__title h5\">The quay reopens to ferries</span><p>{prose}</p></div></div>\
             <p>The ferries ran at dawn, <span class=\"h5\">as the master planned</span>, and {prose}</p></article></body></html>"
        );
        let article = clean(&html, "t.html", "t", &Rules::default());
        let headings: Vec<(u8, String)> = article.blocks.iter().filter_map(|b| match b {
            Block::Heading { level, .. } => Some((*level, b.plain_text())),
            _ => None,
        }).collect();
        assert_eq!(headings, [(4, "1 big thing: seals return".to_string()), (4, "Why it matters".to_string()), (5, "The quay reopens to ferries".to_string())], "{:?}", article.blocks);
    }

    #[test]
    fn a_picture_agencys_name_alone_is_a_credit() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p>REUTERS</p><p>AFP via Getty Images</p><p>Reuters reported the flood first.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == "credit").count(), 2, "{:?}", a.report.removed);
        assert!(a.blocks.iter().any(|b| b.plain_text() == "Reuters reported the flood first."));
    }

    #[test]
    fn the_articles_tags_under_their_label_are_no_text() {
        let tags = "<p><b>Published under:</b> <a href=https://ledger.example/t/ferries>Ferries</a>, <a href=https://ledger.example/t/river-velm>River Velm</a> , <a href=https://ledger.example/t/council>Council</a></p>";
        let told = "<p>Tags: the council calls them, <a href=https://ledger.example/t/x>in its report</a>, a burden on the town.</p>";
        let a = clean(&page("<title>Rivers rise</title>", &format!("<article><h1>Rivers rise</h1>{PROSE}{told}{tags}</article>")), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "html-chrome" && r.text.starts_with("Published under:")), "{:?}", a.report.removed);
        assert!(a.blocks.iter().any(|b| b.plain_text().starts_with("Tags: the council calls them")), "a sentence after the label stays");
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("River Velm")));
    }

    #[test]
    fn a_label_and_a_link_to_another_article_is_a_teaser_in_any_language() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p><b>READ NEXT: <a href=https://ledger.example/n>The ferry timetable for the winter months, as the council set it on Monday</a></b></p><p><b>Read more:</b> <a href=https://ledger.example/x>Ferries halted as the river rises</a></p>\
            <p><b>Lesen Sie auch:</b> <a href=https://ledger.example/y>Der Fluss steigt weiter</a></p>\
            <p>Read more: the council's report, <a href=https://ledger.example/r>published on Monday</a>, blames the old weir for the flood.</p>\
            <p>Follow The Ledger on Twitter and Instagram @ledger and on Facebook.</p><p>Sharing is caring!</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(text[2].starts_with("Read more: the council's report"), "a sentence after the label stays: {text:?}");
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == "related-link").count(), 3, "{:?}", a.report.removed);
        assert!(a.report.removed.iter().any(|r| r.rule == "appeal" && r.text == "Sharing is caring!"), "{:?}", a.report.removed);
        assert!(chrome::furniture("Follow The Ledger on Twitter and Instagram @ledger, and on Facebook @theledger, for the news as it breaks.").is_some_and(|(rule, _)| rule == "appeal"));
        assert!(chrome::furniture("Submit your letter to the editor via this form. Read more Letters to the Editor.").is_some_and(|(rule, _)| rule == "appeal"));
        assert!(chrome::furniture("Readers may submit a letter of complaint to the council, which meets on Monday.").is_none());
        assert!(chrome::furniture("Get Ledger Business on Twitter and Facebook! Know something we don't? E-mail us.").is_some_and(|(rule, _)| rule == "appeal"));
        // A newsroom's call for stories, its pointer to more of them.
        for call in ["Got a story? Get in touch with our news team by emailing us at news@ledger.example. Or you can submit your videos and pictures here.", "Got a tip? Email Tora Quist at tquist@ledger.example.", "For more stories like this, check our news page.", "Submit your pictures of the flood via our online form."] {
            assert!(chrome::furniture(call).is_some_and(|(rule, _)| rule == "appeal"), "{call}");
        }
        for told in ["Got a story? The old men at the quay tell theirs every evening.", "For more news of the flood, the council's site lists the closed roads."] {
            assert!(chrome::furniture(told).is_none_or(|(rule, _)| rule != "appeal"), "{told}");
        }
        // A call to keep the site's address and sign up, anywhere in a short paragraph.
        for call in [
            "Our paper is the place for the latest river news, council scoops, longreads and lively commentary from town. Please bookmark ledger.example and sign up for our daily newsletter, Tides, here.",
            "Our website is your home for up-to-the-minute news from the valley, so make sure to bookmark our homepage and\u{a0}sign up for our newsletters so we can keep you informed.",
        ] {
            assert!(chrome::furniture(call).is_some_and(|(rule, _)| rule == "appeal"), "{call}");
        }
        assert!(chrome::furniture("She kept a bookmark in the ledger and signed up for the choir the next spring.").is_none_or(|(rule, _)| rule != "appeal"));
        // A briefing's call; a subscription's offer saying what subscribing pays for.
        for call in [
            "Subscribe to Ledger Briefing: Harbours, an unmissable free weekly round-up of news and advice for sailors.",
            "Special offer for Quay readers: Get the Ledger for just $5 ($25 off). This includes unlimited access to ledger.example, full Quay coverage, and subscriber-only newsletters. Subscriptions help fund the work we do every day.",
        ] {
            assert!(chrome::furniture(call).is_some_and(|(rule, _)| rule == "appeal"), "{call}");
        }
        // (A paragraph of prose on the trade's money is the article's.)
        let prose = "Local papers have changed how they pay their way. Ten years ago advertising brought in most of the money; today, the Ledger's editor told the harbour board on Monday, subscriptions help fund the work of its six reporters, and a grant from the council pays for the seventh, who covers the courts and the ferry service, and the rest comes from events.";
        assert!(chrome::furniture(prose).is_none_or(|(rule, _)| rule != "appeal"));
        // A call may open on a short sentence of its own.
        assert!(chrome::furniture("Never miss the latest news from the Ledger. Sign up for our newsletters to get the day's top stories in your inbox.").is_some_and(|(rule, _)| rule == "appeal"));
        assert!(chrome::furniture("The ferry ran late all week, as the harbour master had warned the crews on Monday. Sign up for the newsletter.").is_none_or(|(rule, _)| rule != "appeal"));
        assert!(chrome::furniture("Tora Quist may be reached at tquist@ledger.example. Follow her on Twitter @toraquist.").is_none_or(|(rule, _)| rule != "appeal"));
        // Or on a phrase before a colon.
        assert!(chrome::furniture("Get the most out of your experience: download the app to enjoy the Ledger in English anywhere, anytime").is_some_and(|(rule, _)| rule == "appeal"));
        assert!(chrome::furniture("The council gave its reasons: download the plans from its site and read them before the meeting.").is_none_or(|(rule, _)| rule != "appeal"));
        // A teaser's link to a path on the site is lost: its label and headline in bold.
        let bold = |t: &str| test_blocks::paragraph(vec![Inline::Strong(vec![test_blocks::text(t)])]);
        let teaser = "SEE ALSO: Velmora council reassesses its flood plan after the winter";
        assert!(is_teaser_link(&bold(teaser), teaser));
        assert!(!is_teaser_link(&test_blocks::paragraph(vec![test_blocks::text(teaser)]), teaser));
        assert!(!is_teaser_link(&bold("See Also:"), "See Also:"), "a label alone heads a box");
        for teaser in ["MUST READ | Velmora council reassesses its flood plan after the winter", "YOU MAY ALSO LIKE: Velmora council reassesses its flood plan", "Don't miss: Velmora council reassesses its flood plan"] {
            assert!(is_teaser_link(&bold(teaser), teaser), "{teaser}");
        }
        let sentence = "You may also like the ferry: it runs every hour from the harbour.";
        assert!(!is_teaser_link(&test_blocks::paragraph(vec![test_blocks::text(sentence)]), sentence));
        for length in ["17m", "00:38 / 01:22", "0:00 / 1:02:45"] {
            assert_eq!(chrome::furniture(length).map(|(rule, _)| rule), Some("media-label"), "{length}");
        }
        assert!(chrome::furniture("The score was 2:1 / 3:0 after extra time.").is_none_or(|(rule, _)| rule != "media-label"));
        assert_eq!(chrome::furniture("Article Continues Below").map(|(rule, _)| rule), Some("ad-slot"));
        let call = |t: &str| test_blocks::paragraph(vec![Inline::Link { url: "https://ledger.example/x".into(), content: vec![test_blocks::text(t)] }]);
        for teaser in ["See the Cartoons of the Week.", "MORE COMMENTARY »"] {
            assert!(is_teaser_link(&call(teaser), teaser), "{teaser}");
        }
        let sentence = "Seeds of doubt grew in the council.";
        assert!(!is_teaser_link(&call(sentence), sentence));
        // Several links under one label, each after a mark.
        let link = |t: &str| Inline::Link { url: "https://ledger.example/y".into(), content: vec![test_blocks::text(t)] };
        let heads = ["Two ferry crews rescued after their boats broke loose in the night", "Council agrees to rebuild the old weir on the river before the winter", "Farmers along the lower valley count the cost of the third flood this year"];
        let mut list = vec![test_blocks::text("READ MORE: ")];
        for head in heads {
            list.extend([test_blocks::text(" * "), link(head)]);
        }
        let list = test_blocks::paragraph(vec![Inline::Strong(list)]);
        assert!(is_teaser_link(&list, &list.plain_text()), "{}", list.plain_text());
        let said = format!("Read more: {} and two others, the council said, before it met.", heads[0]);
        assert!(!is_teaser_link(&test_blocks::paragraph(vec![test_blocks::text("Read more: "), link(heads[0]), test_blocks::text(" and two others, the council said, before it met.")]), &said));
        for button in ["[+] Enlarge", "Recommend"] {
            assert!(chrome::furniture(button).is_some(), "{button}");
        }
    }

    #[test]
    fn a_caption_under_its_photographers_credit_is_no_paragraph() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<div><img src=a.jpg><p>Courtesy Ledger TV</p>\
            <div><cite>Ana Lima/Ledger Images</cite>Volunteers fill sandbags on the quay.</div></div>{PROSE}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Paragraph { .. })).map(Block::plain_text).collect();
        assert!(texts.iter().all(|t| !t.contains("Courtesy") && !t.contains("sandbags")), "{texts:?}");
        assert!(a.blocks.iter().any(|b| matches!(b, Block::Caption { .. }) && b.plain_text().contains("sandbags")), "{:?}", a.blocks);
    }

    #[test]
    fn a_captions_buttons_leave_the_text_whatever_their_type() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<h2>hide caption</h2><p><b>toggle caption</b></p><h2>Save</h2>{PROSE}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(!texts.iter().any(|t| t.contains("caption")), "{texts:?}");
        // (A one-word label may head a section: "Save", "Invest", "Spend".)
        assert!(texts.iter().any(|t| t == "Save"), "{texts:?}");
    }

    #[test]
    fn the_sites_software_errors_leave_the_html_text() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p><b>Warning</b>: mysql_connect(): Access denied for user ''@'localhost' (using password: NO) in <b>/www/htdocs/wp-content/plugins/tags.php</b> on line <b>299</b><br></p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("mysql")), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == chrome::SERVER_ERROR_RULE), "{:?}", a.report.removed);
    }

    #[test]
    fn a_box_of_the_sites_own_links_in_a_list_leaves_the_text() {
        let promo = r#"<h2>What to know about the harbour vote</h2><ul>
            <li><b>Today's news:</b> <a href="https://ledger.example/hub/vote">Follow live updates</a> from the quay.</li>
            <li><b>Harbour Watch:</b> <a href="https://ledger.example/newsletters">Sign up for our weekly harbour newsletter</a> to get it in your inbox every Monday.</li>
            <li><b>Our role:</b> The Ledger has counted the harbour's votes since 1848. <a href="https://ledger.example/about">Learn more.</a></li></ul>"#;
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{promo}{PROSE}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(!texts.iter().any(|t| t.contains("What to know") || t.contains("live updates")), "{texts:?}");
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == "promo-box").count(), 4, "{:?}", a.report.removed);
        // The article's own picks in that shape stay, and so does the heading over them.
        let picks = r#"<h2>Our picks</h2><ul><li><b>Best for kids:</b> <a href="https://shop.example/a">Velmora Junior bag</a></li><li><b>Best synthetic bag:</b> <a href="https://shop.example/b">Quay Ultra 20</a></li></ul>"#;
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{picks}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(texts.iter().any(|t| t == "Our picks") && texts.iter().any(|t| t.contains("Quay Ultra 20")), "{texts:?}");
        // Nor does a list of the article's advice that calls, among its items, to sign up.
        let advice = r#"<h2>Before the flood</h2><ul><li><b>Pack a bag:</b> documents, medicine and a torch.</li><li><b>Alerts:</b> <a href="https://council.example/alerts">Sign up for the council's flood alerts newsletter</a> to get warnings in your inbox.</li></ul>"#;
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{advice}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(texts.iter().any(|t| t == "Before the flood") && texts.iter().any(|t| t.contains("Pack a bag")), "{texts:?}");
    }

    #[test]
    fn soft_hyphens_leave_the_words_they_cut() {
        let body = format!("<article><h1>Rivers rise</h1><p>Thou&shy;sands of peo\u{ad}ple left the low&#173;er town at dawn, the coun&#xAD;cil said on Monday night.</p>{PROSE}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert_eq!(a.blocks[0].plain_text(), "Thousands of people left the lower town at dawn, the council said on Monday night.");
    }

    #[test]
    fn a_credit_alone_credits_no_picture_in_the_book() {
        for credit in ["photo: iStock", "© Ana Lima", "(Image credit: Ledger Games)", "Credit...Ana Lima/Associated Press", "Ana Lima / AP", "Velmora Party / Flickr", "Slideshow ( 15 images )", "Photograph by Ana Lima, Flora Trust", "ANA LIMA FOR THE VELMORA LEDGER", "CONTRIBUTOR (4)", "Handout", "Ana Lima/Associated Press", "Ana Lima / AP Photo"] {
            assert!(chrome::is_bare_credit(credit), "{credit}");
        }
        for caption in ["Love thine enemy. Photo: Ana Lima/AFP via Getty Images", "Sandbags along the quay at dawn", "Ana Lima, speaking at the council", "VOTES FOR WOMEN", "Contributors at the fair"] {
            assert!(!chrome::is_bare_credit(caption), "{caption}");
        }
        // A picture agency's name alone in a picture's caption too.
        for credit in ["<em>photo: iStock</em>", "AFP via Getty Images"] {
            let body = format!("<article><h1>Rivers rise</h1>{PROSE}<figure><img src=a.jpg><figcaption>{credit}</figcaption></figure></article>");
            let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
            assert!(a.blocks.iter().all(|b| !matches!(b, Block::Caption { .. })), "{:?}", a.blocks);
            assert!(a.report.removed.iter().any(|r| r.rule == "credit"), "{:?}", a.report.removed);
        }
        let wire = format!("<article><h1>Rivers rise</h1>{PROSE}<p>May 3, 2014; Velmora, USA; Tora Quist (24) posts up against the visitors' guard during the first half at the Quay Arena. Mandatory Credit: Ana Lima-Ledger Sports</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &wire), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().all(|b| !matches!(b, Block::Paragraph { .. }) || !b.plain_text().contains("Quist")), "{:?}", a.blocks);
        // Set as a paragraph of its own, in capitals after the slash.
        let body = format!("<article><h1>Rivers rise</h1><p><em><strong>Tora Quist/REUTERS</strong></em></p>{PROSE}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().all(|b| !b.plain_text().contains("Quist")), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "credit"), "{:?}", a.report.removed);
    }

    #[test]
    fn a_gallerys_repeated_label_and_pager_leave_the_text() {
        let label = "<p>Velmora floods</p>".repeat(5);
        let pager = ["&lt;&lt;", "&lt;", "1", "2", "3", "4", "5", "&gt;", "&gt;&gt;"].map(|p| format!("<p>{p}</p>")).concat();
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{label}{pager}<p>In 2 of the 3 towns the water fell by noon.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(texts.iter().filter(|t| *t == "Velmora floods").count(), 1, "{texts:?}");
        assert!(texts.iter().all(|t| !matches!(t.as_str(), "<<" | "<" | "1" | "2" | ">>")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("In 2 of the 3")), "{texts:?}");
    }

    #[test]
    fn a_link_alone_in_brackets_is_a_teaser() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p>(<a href=\"https://velmora.example/floods\">Velmora floods: what we know so far</a>)</p>\
            <p>The council (<a href=\"https://velmora.example/council\">minutes here</a>) met at noon and voted to open the school to families.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(texts.iter().all(|t| !t.contains("what we know")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("met at noon")), "{texts:?}");
        assert!(a.report.removed.iter().any(|r| r.rule == "related-link"), "{:?}", a.report.removed);
    }

    #[test]
    fn links_to_the_previous_and_next_posts_leave_the_text() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p><a href=\"https://velmora.example/a\">← Velmora wins the cup again</a> <a href=\"https://velmora.example/b\">Quist retires at forty →</a></p>\
            <p>See <a href=\"https://velmora.example/c\">the council's report →</a> for the figures of the flood.</p></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let texts: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert!(texts.iter().all(|t| !t.contains("Velmora")), "{:?}", a.blocks);
        assert!(texts.iter().any(|t| t.contains("for the figures")), "a sentence around a link stays: {texts:?}");
    }

    #[test]
    fn a_caption_set_inline_in_a_paragraph_leaves_it_and_is_reported() {
        let body = format!(
            "<article><h1>Rivers rise</h1><p><span class=\"storyimage\"><img src=a.jpg><span class=\"caption truncate\">\
             <span class=\"attribution\">© Provided by Tarn Press Inc</span> <span>Velmo/Quill</span></span></span> \
             Velmo and Quill shocked the valley this spring by opening the old mill to the public again.</p>{PROSE}</article>"
        );
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks[0].plain_text().starts_with("Velmo and Quill shocked"), "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "credit" && r.text.contains("Velmo/Quill")), "{:?}", a.report.removed);
    }

    #[test]
    fn button_lists_copyright_notices_and_disguised_ads_leave_the_body() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<ul><li>Download figure</li><li>Download PowerPoint</li></ul>\
            <ul><li>Print 81K</li><li>Save 4K</li><li>Pinterest 11K</li></ul>\
            <p>Аdvеrtіѕе wіth thе most rеаd news site in the north ~ Соntасt uѕ todаy!</p>\
            <p>© 2022, The Ledger. This article is the copyrighted property of The Ledger. Written permission must be obtained before reprint.</p>\
            <ul><li>Sandbags</li><li>Pumps</li></ul><ul><li>4 minutes</li><li>8 minutes</li></ul></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let text: Vec<String> = a.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(text.len(), 4, "{text:?}");
        for (rule, count) in [("chrome-list", 5), ("disguised", 1), ("legal-notice", 1)] {
            assert_eq!(a.report.removed.iter().filter(|r| r.rule == rule).count(), count, "{rule}: {:?}", a.report.removed);
        }
        assert!(chrome::furniture("The Kremlin (Кремль) and the Acropolis (Ακρόπολη) are old buildings of state.").is_none());
        assert!(chrome::furniture("© Ana Lima Sandbags along the quay at dawn on Tuesday.").is_none_or(|(rule, _)| rule != "legal-notice"));
    }

    #[test]
    fn affiliate_notices_and_revision_stamps_are_furniture() {
        let rule = |t: &str| chrome::furniture(t).map(|(rule, _)| rule);
        let notice = "We are a participant in the Ledger Shop Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to the shop.";
        assert_eq!(rule(notice), Some("legal-notice"));
        assert_eq!(rule("The Ledger may earn a commission when you buy through links on our site."), Some("legal-notice"));
        assert_eq!(rule("Updated on September 19 at 3:15 p.m."), Some("dateline"));
        assert_eq!(rule("Last updated: 9:27 AM ET"), Some("dateline"));
        assert_eq!(rule("Updated figures came out on 3 May."), None);
        assert!(rule("Loading Photo Gallery").is_some() && rule("HIDE CAPTION").is_some(), "a gallery's status and button");
        assert_eq!(rule("Loading the ferry took all morning, and the crew sang."), None);
        assert_ne!(rule("Updated 12:34 PM ET, Mon November 18, 2019"), Some("dateline"), "a whole date is the metadata's");
        assert_eq!(rule("When you sign up for this free guide, you will also join our free *Ledger* newsletter."), Some("appeal"));
        assert_eq!(rule("The Ledger takes your privacy seriously. We promise never to rent or sell your e-mail address to any third party."), Some("legal-notice"));
        assert_eq!(rule("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."), Some("legal-notice"));
        assert_eq!(rule("Opinions expressed by Ledger Contributors are their own."), Some("legal-notice"));
        assert_eq!(rule("Edit Story"), Some("chrome-phrase"));
        assert_eq!(rule("Last edited by Tora Lind on Sun Feb 22, 2026 2:08 am, edited 108 times in total."), Some("edit-notice"));
        assert_eq!(rule("Last edited by Tora Lind; 12-03-2019 at 10:15 AM."), Some("edit-notice"));
        for stamp in ["Last edited: Jul 13, 2022", "*Last edited by tora_lind64 (2024-08-03 16:13:39)*", "Last edited by a moderator Oct 6, 2020"] {
            assert_eq!(rule(stamp), Some("edit-notice"), "{stamp}");
        }
        assert_eq!(rule("Last edited: Jul 13, 2022, the map shows the quay as the council left it."), None);
        assert_eq!(rule("Reply with quote"), Some("chrome-phrase"));
        assert_eq!(rule("Offline"), Some("forum-profile"), "a poster's status");
        assert_eq!(rule("Online"), None, "a listing's filter as often");
        assert_eq!(rule("Top"), Some("chrome-phrase"), "a link back to the top of the page");
        assert_eq!(rule("Last edited by the council in 2019, the map shows the flood plain as it was then."), None);
        assert_eq!(rule("Sign-up Next time we write about Velmora, we'll email you a link to the story. You may edit your settings or unsubscribe at any time."), Some("appeal"));
        assert_eq!(rule("Opinions expressed at the meeting were divided, the mayor said."), None);
        assert_ne!(rule("When you sign up for the course, the council sends a map of the flood plain."), Some("appeal"));
        assert_eq!(rule("The farm earned a commission on every sack it sold in 2019, the mayor said."), None);
    }

    #[test]
    fn a_pull_quote_repeating_the_text_leaves_it() {
        let body = "<article><h1>Rivers rise</h1><p>The mayor spoke at noon. “We ran out of sandbags at dawn. The quay is lost,” she said, and left.</p>\
            <blockquote><p>“We ran out of sandbags at dawn. The quay is lost.”</p></blockquote>\
            <p>Residents moved furniture upstairs while the council opened the school as a shelter for families.</p>\
            <blockquote><p>Rivers are never still; they are always becoming.</p></blockquote></article>";
        let a = clean(&page("<title>Rivers rise</title>", body), "a.html", "ch01", &Rules::default());
        let quotes: Vec<String> = a.blocks.iter().filter(|b| matches!(b, Block::Quote { .. })).map(Block::plain_text).collect();
        assert_eq!(quotes, ["Rivers are never still; they are always becoming."], "{:?}", a.blocks);
        assert!(a.report.removed.iter().any(|r| r.rule == "pull-quote"), "{:?}", a.report.removed);
    }
    #[test]
    fn a_paragraph_printed_twice_is_kept_once_and_a_recurring_question_stays() {
        let intro = "The ferry to Velmora ran every morning for forty years, until the council sold the last boat to a museum in the spring.";
        let reply = "Tora Quist, who sailed the boat for a decade, said the crossing took an hour when the wind was kind.";
        let question = "What do you remember of the crossing, and of the people who made it every day of the week?";
        let body = format!(
            "<article><h1>The last ferry</h1><div class=\"wide\"><p>{intro}</p><p>{reply}</p></div><div class=\"narrow\"><p>{intro}</p><p>{reply}</p></div>\
             <p>{question}</p><p>The bakers, and the children going to school on the far bank with their satchels and their dogs.</p>\
             <p>{question}</p><p>The fog of November, when the horn sounded every minute and nobody spoke on the deck at all.</p>\
             <p>{question}</p><p>The last day, when the whole island came down to the quay to wave the boat off for good.</p></article>"
        );
        let a = clean(&page("<title>The last ferry</title>", &body), "a.html", "ch01", &Rules::default());
        let count = |t: &str| a.blocks.iter().filter(|b| b.plain_text() == t).count();
        assert_eq!((count(intro), count(reply)), (1, 1), "{:?}", a.blocks);
        assert_eq!(count(question), 3, "a question asked three times is the interview's own");
        assert!(a.report.removed.iter().any(|r| r.rule == "duplicate-block"), "{:?}", a.report.removed);
    }

    #[test]
    fn ad_slots_and_empty_widgets_leave_the_body_and_a_sentence_on_adverts_stays() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<p>Advert</p><p>The council's advert for volunteers ran for a week in the paper.</p>\
            <p>— Sponsored —</p>{PROSE}<p>No posts</p><ul><li>Be the first to comment</li></ul></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        let rule = |text: &str| a.report.removed.iter().find(|r| r.text.trim() == text).map(|r| r.rule.as_str());
        assert_eq!(rule("Advert"), Some("ad-slot"), "{:?}", a.report.removed);
        assert_eq!(rule("— Sponsored —"), Some("ad-slot"));
        assert_eq!(rule("No posts"), Some("empty-widget"));
        assert_eq!(rule("Be the first to comment"), Some("chrome-list"));
        assert!(a.blocks.iter().any(|b| b.plain_text().starts_with("The council's advert")), "{:?}", a.blocks);
    }

    #[test]
    fn a_heading_the_body_ends_on_heads_nothing_and_a_sentence_set_large_stays() {
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<h2>The council meets</h2>{PROSE}<h2>What do you think?</h2><h3>Share this</h3></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "closing-heading" && r.text == "What do you think?"), "{:?}", a.report.removed);
        assert!(matches!(a.blocks.last(), Some(Block::Paragraph { .. })), "{:?}", a.blocks);
        assert!(a.blocks.iter().any(|b| b.plain_text() == "The council meets"), "a heading over its section stays");
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}<h2>Still, the town will dry out and open its doors again.</h2></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.last().is_some_and(|b| b.plain_text().starts_with("Still, the town")), "{:?}", a.blocks);
    }

    #[test]
    fn a_sentence_in_a_headings_type_under_the_headline_is_the_standfirst() {
        let deck = "In a season of floods, the valley's towns learn to live beside their rivers again.";
        let head = "<title>Rivers rise</title><meta name=\"description\" content=\"Velmora's towns and their rivers.\">";
        let under = format!("<div class=\"topper\"><h1>Rivers rise</h1><hr><h2 class=\"subhead\">{deck}</h2></div><article>{PROSE}</article>");
        let a = clean(&page(head, &under), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.standfirst.as_deref(), Some(deck), "{:?}", a.blocks);
        assert!(!a.blocks.iter().any(|b| b.plain_text() == deck), "{:?}", a.blocks);
        // A story setting its paragraphs in a heading's type, away from the headline, keeps them.
        let apart = format!("<article><h1>Rivers rise</h1><p>By Ana Lima</p><div><h2>{deck}</h2></div>{PROSE}</article>");
        let a = clean(&page(head, &apart), "a.html", "ch01", &Rules::default());
        assert!(a.blocks.iter().any(|b| b.plain_text() == deck), "{:?}", a.blocks);
        // The headline set again under itself is no deck.
        let twice = format!("<div><h1>Rivers -- Towns Of The Valley Rise Again ... Under Water!</h1><h2>Rivers Towns Of The Valley Rise Again ... Under Water!</h2></div><article>{PROSE}</article>");
        let a = clean(&page("<title>Rivers -- Towns Of The Valley Rise Again ... Under Water!</title>", &twice), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.standfirst, None);
    }

    #[test]
    fn a_writers_role_after_a_bar_beside_the_byline_is_the_byline() {
        let meta = ArticleMeta { author: Some("Ana Lima and Tora Quist".into()), ..Default::default() };
        let line = "Ana Lima and Tora Quist  |  Guest Columnists";
        let block = test_blocks::paragraph(vec![test_blocks::text(line)]);
        assert_eq!(repeats_front_matter(&block, line, &meta).map(|(rule, _)| rule), Some("byline"));
        let line = "Ana Lima and Tora Quist | The quay at dawn, before the ferry came in";
        assert_eq!(repeats_front_matter(&block, line, &meta), None, "a longer line after the bar is no label");
    }

    #[test]
    fn the_publication_days_weekday_alone_is_the_dateline() {
        let meta = ArticleMeta { date: Some("2020-03-16".into()), ..Default::default() };
        let rule = |line: &str| repeats_front_matter(&test_blocks::paragraph(vec![test_blocks::text(line)]), line, &meta).map(|(rule, _)| rule);
        assert_eq!(rule("Monday"), Some("dateline"));
        // Another day heads a part of the text (a diary's "Tuesday"), as a weekday in words does.
        assert_eq!(rule("Tuesday"), None);
        assert_eq!(rule("Monday night"), None);
        let sunday = ArticleMeta { date: Some("2023-11-05".into()), ..Default::default() };
        assert_eq!(repeats_front_matter(&test_blocks::paragraph(vec![test_blocks::text("Sunday")]), "Sunday", &sunday).map(|(rule, _)| rule), Some("dateline"));
    }

    #[test]
    fn a_headline_a_word_apart_from_the_title_repeats_it() {
        let meta = ArticleMeta { title: "Ten Books That Will Teach You to Draw".into(), ..Default::default() };
        let heading = |line: &str| Block::Heading { id: String::new(), level: 2, content: vec![test_blocks::text(line)] };
        let rule = |line: &str| repeats_front_matter(&heading(line), line, &meta).map(|(rule, _)| rule);
        assert_eq!(rule("Ten Art Books That Will Teach You to Draw"), Some("title"));
        assert_eq!(rule("Ten Books That Will Teach You"), None, "two words apart");
        assert_eq!(rule("Ten Books That Will Teach You to Paint"), None, "another word");
        assert_eq!(rule("Ten Books That Will Teach You to Draw Zeichenunterricht"), None, "a long word more");
        // Not a paragraph, nor a short title's neighbour.
        assert_eq!(repeats_front_matter(&test_blocks::paragraph(vec![test_blocks::text("Ten Art Books That Will Teach You to Draw")]), "Ten Art Books That Will Teach You to Draw", &meta), None);
        let short = ArticleMeta { title: "Rivers rise again".into(), ..Default::default() };
        assert_eq!(repeats_front_matter(&heading("Rivers rise again today"), "Rivers rise again today", &short), None);
    }

    #[test]
    fn a_caption_repeating_the_standfirst_says_it_again() {
        let meta = ArticleMeta { title: "Ferry man jailed".into(), standfirst: Some("A ferry skipper who ran cargo across Velmora has been jailed for six years.".into()), ..Default::default() };
        let caption = |line: &str| repeats_front_matter(&Block::Caption { id: String::new(), content: vec![test_blocks::text(line)] }, line, &meta).map(|(rule, _)| rule);
        assert_eq!(caption("A ferry skipper who ran cargo across Velmora has been jailed for six years."), Some("standfirst"));
        assert_eq!(caption("Ferry man jailed"), Some("title"));
        assert_eq!(caption("The ferry at the Velmora quay."), None);
        assert_eq!(caption("By Ana Lima"), None, "a caption's credit is the picture's");
    }

    #[test]
    fn the_writers_initials_in_a_badge_are_the_byline() {
        let meta = ArticleMeta { author: Some("Ana Lima and Tora Quist".into()), ..Default::default() };
        let rule = |line: &str| repeats_front_matter(&test_blocks::paragraph(vec![test_blocks::text(line)]), line, &meta).map(|(rule, _)| rule);
        assert_eq!(rule("AL"), Some("byline"));
        assert_eq!(rule("TQ"), Some("byline"));
        assert_eq!(rule("UN"), None, "other capitals are a word of their own");
    }

    #[test]
    fn a_descriptions_markup_is_no_words_of_the_standfirst() {
        let head = "<title>Rivers rise</title><meta name=\"description\" content=\"&lt;p&gt;Velmora: how &lt;em&gt;Hamlet&lt;/em&gt;'s town and its &lt;a href=&quot;/x&quot;&gt;rivers&lt;/a&gt; rose.&lt;/p&gt;\">";
        let a = clean(&page(head, &format!("<article><h1>Rivers rise</h1>{PROSE}</article>")), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.standfirst.as_deref(), Some("Velmora: how Hamlet's town and its rivers rose."));
    }

    #[test]
    fn a_blog_posts_permalink_on_its_headline_dates_it_and_a_list_of_posts_does_not() {
        let post = |day: &str, title: &str| format!("<div class=\"post\"><h2><a rel=\"bookmark\" href=\"/blog/2020/01/{day}/{title}\">{title}</a></h2>{PROSE}</div>");
        let a = clean(&page("<title>Rivers rise</title>", &post("13", "Rivers rise")), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.date.as_deref(), Some("2020-01-13"));
        let list = format!("{}{}", post("13", "Rivers rise"), post("20", "Towns dry out"));
        let a = clean(&page("<title>Rivers rise</title>", &list), "a.html", "ch01", &Rules::default());
        assert_eq!(a.meta.date, None);
    }

    #[test]
    fn a_closing_list_of_dated_posts_is_the_sites_and_a_chronology_is_not() {
        let posts = "<ul><li>Finding my voice on the quay May 28, 2021</li><li>What the river taught us Mar 18, 2021</li><li>Velmora's long winter Feb 3, 2021</li></ul>";
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{posts}<h2>Explore topics</h2></article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(a.report.removed.iter().any(|r| r.rule == "related-list" && r.text.starts_with("Velmora's long winter")), "{:?}", a.report.removed);
        assert!(matches!(a.blocks.last(), Some(Block::Paragraph { .. })), "{:?}", a.blocks);
        let chronology = "<ul><li>May 28, 2021: the quay floods</li><li>Mar 18, 2021: the council meets</li><li>Feb 3, 2021: the river freezes</li></ul>";
        let body = format!("<article><h1>Rivers rise</h1>{PROSE}{chronology}</article>");
        let a = clean(&page("<title>Rivers rise</title>", &body), "a.html", "ch01", &Rules::default());
        assert!(matches!(a.blocks.last(), Some(Block::List { .. })), "{:?}", a.blocks);
    }
}
