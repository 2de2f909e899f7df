//! Entries the extractor dropped from a run of like boxes it partly kept.
//!
//! A ranking or a long guide sets each entry in a box of its own, side by side in one
//! container: the same tag and classes, a heading, a few lines of figures, a list of links.
//! The extractor scores each box alone and keeps those with enough prose, so a ranking of 25
//! schools comes out with 13 of them and a list of ten insurers without their headings. When
//! two or more boxes of such a run are kept and hold a good share of the article, the others
//! made of the same parts are the article's too: this puts them back in the page's order,
//! next to their kept neighbours, cut as the kept ones were cut. Boxes are found in the
//! extractor's output by the words of their longest line (it keeps no link to the page's
//! nodes, and rewrites their markup).

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeRef};

use super::audit;
use super::extract::in_furniture;
use super::markup::squash;

/// A run needs this many boxes of one shape, and this many of them kept.
const RUN_BOXES: usize = 4;
const KEPT_BOXES: usize = 2;

/// The share of the extractor's choice a run's kept boxes hold when the article is set in
/// them.
const ARTICLE_SHARE: f32 = 0.3;

/// A dropped box may hold parts the kept ones do not have, with less than this share of its
/// text.
const STRANGE_SHARE: f32 = 0.25;

/// The plain parts of a text any box may hold: headings, paragraphs and their phrasing.
const TEXT_PARTS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "strong", "b", "em", "i", "span", "br", "sup", "sub", "small"];

/// A text of up to this many runs of three words is found only whole.
const SHORT_TEXT_GRAMS: usize = 5;

/// A line tells its box apart from the others with this many words at least.
const KEY_WORDS: usize = 3;

/// The boxes an entry is set in.
const BOX_TAGS: &[&str] = &["div", "section", "article"];

/// The extractor's choice with the dropped boxes of the runs it partly kept, or `None` when
/// it dropped none.
pub fn restore(chosen: &str, page: &Document) -> Option<String> {
    // Most pages have no run: the choice is read only for those that do.
    let all_runs: Vec<_> = page.select("body *").nodes().iter().flat_map(runs).collect();
    if all_runs.is_empty() {
        return None;
    }
    let kept = Document::from(chosen);
    let choice = Choice::new(&kept);
    let whole = kept.select("body").nodes().first().map_or(0, |body| letters(body, usize::MAX));
    let mut restored = false;
    for run in &all_runs {
        // A run of striped boxes that cannot be read whole may be read by stripe.
        if put_back(run, &choice, whole) {
            restored = true;
        } else {
            for stripe in stripes(run) {
                restored |= put_back(&stripe, &choice, whole);
            }
        }
    }
    restored.then(|| kept.select("body").inner_html().to_string())
}

/// The extractor's choice as runs of three words (lower-case, punctuation and markup aside),
/// each with the text node where it starts: how a page's text is found in it, however the
/// extractor rewrote the markup around the words.
pub(super) struct Choice<'a> {
    /// `None` for a run the choice holds more than once.
    grams: HashMap<String, Option<NodeRef<'a>>>,
}

impl<'a> Choice<'a> {
    pub(super) fn new(kept: &'a Document) -> Choice<'a> {
        let mut words = Vec::new();
        for node in kept.select("body").nodes().iter().flat_map(|b| b.descendants_it()).filter(|n| n.is_text() && !is_code(n)) {
            words.extend(audit::words(&node.text()).into_iter().map(|w| (w, node)));
        }
        let mut grams = HashMap::new();
        for run in words.windows(3) {
            grams.entry(gram(run.iter().map(|(w, _)| w))).and_modify(|node| *node = None).or_insert(Some(run[0].1));
        }
        Choice { grams }
    }

    /// Where the choice holds most of a text's runs of three words: the node where most of
    /// the runs it holds once start (a common run, "the university of", stands elsewhere
    /// too); `None` when it holds fewer than half (or the text has fewer than three words),
    /// `Some(None)` when it holds them but none once.
    fn find(&self, text: &str) -> Option<Option<NodeRef<'a>>> {
        let words = audit::words(text);
        let found: Vec<_> = words.windows(3).filter_map(|run| self.grams.get(&gram(run.iter())).copied()).collect();
        // Most of a long text; all of a short one ("State Farm Group" in the contents
        // above is not the heading "1. State Farm Group").
        let grams = words.len().saturating_sub(2);
        if found.is_empty() || found.len() < grams.min(SHORT_TEXT_GRAMS.max(grams / 2)) {
            return None;
        }
        let once: Vec<_> = found.into_iter().flatten().collect();
        let mut starts: HashMap<_, usize> = HashMap::new();
        for node in &once {
            *starts.entry(node.id).or_default() += 1;
        }
        // Of nodes as frequent, the first found.
        Some(once.iter().rev().max_by_key(|node| starts[&node.id]).copied())
    }

    /// Whether the choice holds a text itself: most of its runs of three words, of those it
    /// does not hold several times (the lines every box repeats, a forum post's "Re: …"
    /// heading and its poster's counters, say nothing of this box).
    pub(super) fn holds(&self, text: &str) -> bool {
        let words = audit::words(text);
        let (mut own, mut held) = (0, 0);
        for run in words.windows(3) {
            match self.grams.get(&gram(run.iter())) {
                Some(None) => {}
                Some(Some(_)) => (own, held) = (own + 1, held + 1),
                None => own += 1,
            }
        }
        own > 0 && 2 * held >= own
    }
}

/// Three words as one key.
fn gram<'w>(words: impl Iterator<Item = &'w String>) -> String {
    words.map(String::as_str).collect::<Vec<_>>().join(" ")
}

/// Whether a text node is a style sheet's or a script's.
fn is_code(text: &NodeRef) -> bool {
    text.parent().and_then(|p| p.node_name()).is_some_and(|name| audit::CODE.contains(&name.as_ref()))
}

/// The runs of like boxes among an element's children: its element children of one tag and
/// one shape of classes, at least [`RUN_BOXES`] of them, in the page's order.
fn runs<'a>(container: &NodeRef<'a>) -> Vec<Vec<NodeRef<'a>>> {
    let mut shapes: HashMap<(String, String), Vec<NodeRef<'a>>> = HashMap::new();
    for child in container.element_children() {
        let tag = child.node_name().unwrap_or_default().to_string();
        let class = child.attr("class").map(|c| shape(&c)).unwrap_or_default();
        if BOX_TAGS.contains(&tag.as_str()) && !class.is_empty() {
            shapes.entry((tag, class)).or_default().push(child);
        }
    }
    let mut runs: Vec<_> = shapes.into_values().filter(|boxes| boxes.len() >= RUN_BOXES).collect();
    if !runs.is_empty() && in_furniture(container) {
        return Vec::new();
    }
    // In the page's order, so the result never depends on hashing.
    runs.sort_by_key(|boxes| boxes[0].id);
    runs
}

/// A run's boxes of each stripe, when it has two stripes or more and a stripe has
/// [`RUN_BOXES`] boxes.
fn stripes<'a>(run: &[NodeRef<'a>]) -> Vec<Vec<NodeRef<'a>>> {
    // In the order of each stripe's first box.
    let mut stripes: Vec<Vec<NodeRef<'a>>> = Vec::new();
    let mut of_class: HashMap<String, usize> = HashMap::new();
    for page_box in run {
        // (The first box's mark of its place is no stripe.)
        let class = page_box.attr("class").unwrap_or_default();
        let class = class.split_whitespace().filter(|t| !matches!(*t, "first" | "last")).collect::<Vec<_>>().join(" ");
        let at = *of_class.entry(class).or_insert_with(|| {
            stripes.push(Vec::new());
            stripes.len() - 1
        });
        stripes[at].push(*page_box);
    }
    if stripes.len() < 2 {
        return Vec::new();
    }
    stripes.into_iter().filter(|boxes| boxes.len() >= RUN_BOXES).collect()
}

/// A box's classes as they name its shape: the stripes that tell alternate boxes apart and
/// the marks of the first and the last aside ("post bg1", "post bg2"; "row odd", "row
/// even"; "first").
pub(super) fn shape(class: &str) -> String {
    let tokens = class.split_whitespace().map(|t| t.trim_end_matches(|c: char| c.is_ascii_digit()));
    tokens.filter(|t| !t.is_empty() && !matches!(*t, "odd" | "even" | "alt" | "first" | "last")).collect::<Vec<_>>().join(" ")
}

/// The lines of an element's text, squashed, its style sheets and scripts aside.
fn text_lines(node: &NodeRef) -> Vec<String> {
    node.descendants_it().filter(|n| n.is_text() && !is_code(n)).map(|n| squash(&n.text())).filter(|line| !line.is_empty()).collect()
}

/// A box's longest line, by which it is found in the choice; `None` for a box with no line
/// long enough to be its own.
fn key_line(page_box: &NodeRef) -> Option<String> {
    // The longest: a short line ("Columbia Business School") may stand in the article's
    // prose as well, as a link's text.
    let key = text_lines(page_box).into_iter().rev().max_by_key(|line| line.split(' ').count())?;
    (key.split(' ').count() >= KEY_WORDS).then_some(key)
}

/// Puts a run's dropped boxes back beside its kept ones; whether any was.
/// `whole` is the length of the choice's text.
fn put_back(run: &[NodeRef], choice: &Choice, whole: usize) -> bool {
    // Each box with its key line and, when kept, the element of the choice standing for it
    // (a kept box whose words all stand elsewhere in the choice too cannot be placed, and
    // is left out).
    let boxes: Vec<_> = run
        .iter()
        .filter_map(|b| key_line(b).map(|key| (b, choice.find(&key), key)))
        .filter(|(_, place, _)| !matches!(place, Some(None)))
        .map(|(b, place, key)| (b, place.flatten().map(|line| counterpart(&line, b)), key))
        .collect();
    let kept: Vec<_> = boxes.iter().filter_map(|(b, found, _)| found.map(|c| (*b, c))).collect();
    // A kept box the choice holds inside a paragraph or a line has no place of its own to
    // put a neighbour beside; two kept boxes found in one element were not told apart.
    if kept.len() < KEPT_BOXES || kept.iter().any(|(_, c)| !stands_as_a_block(c)) || !apart(&kept) {
        return false;
    }
    // The article is set in the run's boxes: they hold a good share of what the extractor
    // kept. A few kept cards of a feed, a gallery's slides, the boxed notes of a manual
    // hold little of it, and the extractor's cut among them stands.
    let in_boxes: usize = kept.iter().map(|(_, c)| letters(c, usize::MAX)).sum();
    if (in_boxes as f32) < ARTICLE_SHARE * whole as f32 {
        return false;
    }
    // A dropped box like the kept ones: made of the parts they are made of, or of plain
    // headings and text (no menu in a box of the site's header), but for a few parts of its
    // own (a forum post's signature with a button), and no copy of another (a carousel's
    // looping slides).
    let trimmings = trimmings(kept.iter().map(|(b, _)| *b), choice);
    let made_of: HashSet<_> = kept.iter().flat_map(|(b, _)| parts(b, &trimmings)).collect();
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for (_, _, key) in &boxes {
        *keys.entry(key).or_default() += 1;
    }
    let known = |(tag, class): &(String, String)| made_of.contains(&(tag.clone(), class.clone())) || class.is_empty() && TEXT_PARTS.contains(&tag.as_str());
    // (A box whose longest line the extractor cut, a side note, may still be in the choice:
    // it is not dropped when the choice holds most of its text.)
    let alike = |b: &NodeRef, key: &str| {
        keys[key] == 1
            && (strange_letters(b, &trimmings, &known) as f32) < STRANGE_SHARE * letters(b, usize::MAX) as f32
            && !choice.holds(&text_lines(b).join(" "))
    };
    // Each box judged once: the test reads its whole text.
    let put_back: Vec<bool> = boxes.iter().map(|(b, found, key)| found.is_none() && alike(b, key)).collect();
    if !put_back.contains(&true) {
        return false;
    }
    let mut anchor: Option<NodeRef> = None;
    let mut waiting = String::new();
    for ((page_box, found, _), back) in boxes.iter().zip(put_back) {
        match found {
            None if back => waiting.push_str(&trimmed(page_box, &trimmings)),
            None => {}
            Some(counterpart) => {
                // Dropped boxes go before the next kept one (a picture set between two boxes
                // stays above the second), the last ones after the last kept.
                if !waiting.is_empty() {
                    counterpart.before_html(std::mem::take(&mut waiting));
                }
                anchor = Some(*counterpart);
            }
        }
    }
    if let (Some(a), false) = (anchor, waiting.is_empty()) {
        a.after_html(waiting);
    }
    true
}

/// Whether the elements of the choice found for kept boxes are apart: none is another's or
/// inside another's.
fn apart(kept: &[(&NodeRef, NodeRef)]) -> bool {
    let ids: HashSet<_> = kept.iter().map(|(_, c)| c.id).collect();
    ids.len() == kept.len() && kept.iter().all(|(_, c)| c.ancestors_it(None).all(|a| !ids.contains(&a.id)))
}

/// The kinds of element a box is made of, each tag with its classes, the parts the
/// extractor cuts aside.
fn parts(page_box: &NodeRef, trimmings: &HashSet<String>) -> HashSet<(String, String)> {
    let mut parts = HashSet::new();
    let mut open = page_box.element_children();
    while let Some(part) = open.pop() {
        let class = part.attr("class").map(|c| shape(&c)).unwrap_or_default();
        if !trimmings.contains(&class) {
            open.extend(part.element_children());
            parts.insert((part.node_name().unwrap_or_default().to_string(), class));
        }
    }
    parts
}

/// The characters of a box's text in parts of kinds `known` does not know, the parts the
/// extractor cuts aside.
fn strange_letters(page_box: &NodeRef, trimmings: &HashSet<String>, known: &dyn Fn(&(String, String)) -> bool) -> usize {
    let mut strange = 0;
    let mut open = page_box.element_children();
    while let Some(part) = open.pop() {
        let kind = (part.node_name().unwrap_or_default().to_string(), part.attr("class").map(|c| shape(&c)).unwrap_or_default());
        if trimmings.contains(&kind.1) {
            continue;
        }
        if known(&kind) {
            open.extend(part.element_children());
        } else {
            strange += letters(&part, usize::MAX);
        }
    }
    strange
}

/// Whether an element of the choice stands as a block of its own (not a run of text or a
/// link inside a paragraph).
fn stands_as_a_block(node: &NodeRef) -> bool {
    const INLINE: &[&str] = &["a", "b", "strong", "em", "i", "span", "small", "sup", "sub", "code", "mark", "cite", "q", "abbr", "time", "u", "s"];
    node.is_element() && !node.node_name().is_some_and(|name| INLINE.contains(&name.as_ref()))
}

/// The classes of the parts the extractor cut from every kept box of a run (a box's "read
/// more" link, its list of links to other pages): the same parts are cut from the boxes put
/// back. A class is cut when no line of an element bearing it reached the choice.
fn trimmings<'a>(kept_boxes: impl Iterator<Item = &'a NodeRef<'a>>, choice: &Choice) -> HashSet<String> {
    let (mut cut, mut left) = (HashSet::new(), HashSet::new());
    for page_box in kept_boxes {
        for part in page_box.descendants_it().filter(|n| n.is_element()) {
            let Some(class) = part.attr("class").map(|c| shape(&c)).filter(|c| !c.is_empty()) else { continue };
            let text = text_lines(&part).join(" ");
            if audit::words(&text).len() < 3 {
                continue;
            }
            if choice.find(&text).is_some() {
                left.insert(class);
            } else {
                cut.insert(class);
            }
        }
    }
    cut.retain(|class| !left.contains(class));
    cut
}

/// A dropped box's HTML without the parts the extractor cut from the kept ones.
fn trimmed(page_box: &NodeRef, trimmings: &HashSet<String>) -> String {
    let html = page_box.html();
    if trimmings.is_empty() {
        return html.to_string();
    }
    let copy = Document::from(html.as_ref());
    for part in copy.select("[class]").nodes() {
        if part.attr("class").is_some_and(|c| trimmings.contains(&shape(&c))) {
            part.remove_from_parent();
        }
    }
    copy.select("body").inner_html().to_string()
}

/// The element of the choice standing for a kept box: the outermost above its key line that
/// holds no more text than the box.
fn counterpart<'a>(line: &NodeRef<'a>, page_box: &NodeRef) -> NodeRef<'a> {
    let size = letters(page_box, usize::MAX);
    let mut node = *line;
    while let Some(parent) = node.parent().filter(|p| p.is_element() && !matches!(p.node_name().as_deref(), Some("body" | "html"))) {
        if letters(&parent, size) > size {
            break;
        }
        node = parent;
    }
    node
}

/// The characters of an element's text other than spaces, counted no further than past
/// `limit` (a kept box's parent may be the whole article: it is not read whole for each box).
fn letters(node: &NodeRef, limit: usize) -> usize {
    let mut count = 0;
    for text in node.descendants_it().filter(|n| n.is_text() && !is_code(n)) {
        count += text.text().chars().filter(|c| !c.is_whitespace()).count();
        if count > limit {
            break;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A box's prose, its own at every few words (templated text the same in every box is
    /// found in the choice but cannot place its box).
    fn prose(i: usize) -> String {
        format!("School {i} is known for rigour {i} and its flexible course {i} of study, with {i} required classes in year {i}.")
    }

    /// A ranking of `n` entries, each a box with a heading, a paragraph, a line of figures and
    /// a list of links; the boxes numbered in `dropped` left out of the extractor's `choice`,
    /// and the list of links cut from every box it kept. Returns (page, choice).
    fn ranking(n: usize, dropped: &[usize]) -> (String, String) {
        boxes(n, dropped, "div", "entry entry--wide", "entries")
    }

    /// [`ranking`]'s boxes as `tag`s of `class` in a container of `container` class.
    fn boxes(n: usize, dropped: &[usize], tag: &str, class: &str, container: &str) -> (String, String) {
        let entry = |i: usize, links: bool| {
            let more = if links { format!("<div class=entry-links><h4>More on {i}:</h4><ul><li><a href=/e{i}/a>Essays for entry {i} and more</a></li></ul></div>") } else { String::new() };
            format!(
                "<{tag} class=\"{class}\"><div class=entry-body><h2>{i}. <a href=/e{i}>School number {i} of the list</a></h2><p>{}</p>\
                 <ul class=stats><li>Class size: {i}00 students a year</li></ul></div>{more}</{tag}>",
                prose(i)
            )
        };
        let page = format!("<body><nav><a href=/>Home</a></nav><div class={container}>{}</div></body>", (1..=n).map(|i| entry(i, true)).collect::<String>());
        let choice = format!("<div id=readability-page-1><p>An introduction to the ranking, and why it was made.</p>{}</div>", (1..=n).filter(|i| !dropped.contains(i)).map(|i| entry(i, false)).collect::<String>());
        (page, choice)
    }

    fn headings(html: &str) -> Vec<String> {
        Document::from(html).select("h2").nodes().iter().map(|h| squash(&h.text())).collect()
    }

    #[test]
    fn the_dropped_boxes_of_a_run_partly_kept_are_put_back_in_the_pages_order() {
        let (page, choice) = ranking(8, &[1, 2, 5, 8]);
        let restored = restore(&choice, &Document::from(page.as_str())).expect("four boxes put back");
        let expected: Vec<String> = (1..=8).map(|i| format!("{i}. School number {i} of the list")).collect();
        assert_eq!(headings(&restored), expected);
        // Each box once, without the list of links the extractor cut from the kept ones.
        assert_eq!(restored.matches(&prose(5)).count(), 1);
        assert!(!restored.contains("Essays for entry"), "{restored}");
        assert!(restored.contains("Class size: 500"));
        // A choice missing none is left as it is.
        let (page, choice) = ranking(8, &[]);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
    }

    #[test]
    fn a_run_the_extractor_kept_too_little_of_is_left_as_it_chose() {
        // One box kept is no run kept.
        let (page, choice) = ranking(6, &[1, 2, 3, 4, 5]);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
        // Kept boxes holding a small share of the article: a feed's cards beside a long text.
        let (page, choice) = ranking(6, &[1, 2, 3]);
        let essay = format!("<p>{}</p>", prose(9).repeat(40));
        let choice = choice.replacen("<p>An introduction", &format!("{essay}<p>An introduction"), 1);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
        // Three boxes are too few for a run.
        let (page, choice) = ranking(3, &[2]);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
    }

    #[test]
    fn a_dropped_box_unlike_the_kept_ones_or_a_copy_of_another_stays_out() {
        // A box of the same class holding a menu: parts no kept box has.
        let (page, choice) = ranking(6, &[]);
        let menu = "<div class=\"entry entry--wide\"><ul class=menu><li><a href=/a>Solutions for every team here</a></li></ul></div>";
        let page = page.replacen("<div class=entries>", &format!("<div class=entries>{menu}"), 1);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
        // A carousel looping its slides: a dropped box and its copy are no entries of their
        // own (the last slide is set again after the first).
        let (page, choice) = ranking(7, &[7]);
        let slide = Document::from(page.as_str()).select("div.entry").nodes()[6].html().to_string();
        let page = page.replacen("</div></body>", &format!("{slide}</div></body>"), 1);
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
    }

    #[test]
    fn only_boxes_named_alike_in_the_articles_part_of_the_page_make_a_run() {
        assert!(restore(&boxes(6, &[2], "div", "entry", "entries").1, &Document::from(boxes(6, &[2], "div", "entry", "entries").0.as_str())).is_some());
        for (tag, class, container) in [("div", "", "entries"), ("li", "entry", "entries"), ("div", "entry", "sidebar")] {
            let (page, choice) = boxes(6, &[2], tag, class, container);
            assert!(restore(&choice, &Document::from(page.as_str())).is_none(), "{tag} {class} {container}");
        }
    }

    #[test]
    fn kept_boxes_the_choice_does_not_hold_apart_give_no_place_to_put_a_box_back() {
        let entry = |i: usize| format!("<div class=note><span>{}</span></div>", prose(i));
        let page = format!("<body><div class=notes>{}</div></body>", (1..=5).map(entry).collect::<String>());
        // The kept notes run together in one paragraph.
        let choice = format!("<div><p>{}</p></div>", (1..=4).map(|i| format!("<span>{}</span> ", prose(i))).collect::<String>());
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
        // A kept box larger in the page than its part of the choice (its links cut) would
        // take in its neighbour.
        let links = "<ul class=links><li>A list of many links the extractor cut from this box, with more words than the box itself holds in prose</li></ul>";
        let entry = |i: usize| format!("<div class=note><p>{}</p>{}</div>", prose(i), if i == 1 { links } else { "" });
        let page = format!("<body><div class=notes>{}</div></body>", (1..=5).map(entry).collect::<String>());
        let choice = format!("<div><div><p>{}</p><p>{}</p></div><p>{}</p><p>{}</p></div>", prose(1), prose(2), prose(3), prose(4));
        assert!(restore(&choice, &Document::from(page.as_str())).is_none());
    }

    #[test]
    fn text_is_found_by_its_runs_of_words_however_the_extractor_rewrote_its_markup() {
        let kept = Document::from("<div><p>Of the <span>400 city</span> laborers who work on water mains, many learn.</p><p>State Farm Group</p></div>");
        let choice = Choice::new(&kept);
        assert!(choice.find("Of the 400 city laborers who work on water mains").is_some());
        // A short text is found only whole: the contents' "State Farm Group" is not the
        // heading "1. State Farm Group".
        assert!(choice.find("1. State Farm Group").is_none());
        assert!(choice.find("State Farm Group").is_some());
        assert!(choice.find("A text the extractor never saw at all").is_none());
        // Placed by the runs it holds once: the second paragraph, though most of its runs
        // start in the first too.
        let kept = Document::from("<div><p>Alpha beta gamma delta.</p><p>Alpha beta gamma delta epsilon.</p></div>");
        let choice = Choice::new(&kept);
        let place = choice.find("Alpha beta gamma delta epsilon").flatten().expect("placed");
        assert!(place.text().contains("epsilon"));
    }

    /// [`ranking`]'s page with its boxes striped: "bg1" and "bg2" in turn, the first one
    /// marked "first" too, as a forum marks its posts.
    fn striped(n: usize, dropped: &[usize]) -> (String, String) {
        let (page, choice) = ranking(n, dropped);
        let mut striped = String::new();
        for (k, piece) in page.split("class=\"entry entry--wide\"").enumerate() {
            if k > 0 {
                let first = if k == 1 { " first" } else { "" };
                striped.push_str(&format!("class=\"entry entry--wide bg{}{first}\"", 2 - k % 2));
            }
            striped.push_str(piece);
        }
        (striped, choice)
    }

    #[test]
    fn boxes_striped_in_turn_or_marked_first_are_one_run() {
        let (page, choice) = striped(8, &[1, 4]);
        let restored = restore(&choice, &Document::from(page.as_str())).expect("two boxes put back");
        let expected: Vec<String> = (1..=8).map(|i| format!("{i}. School number {i} of the list")).collect();
        assert_eq!(headings(&restored), expected);
    }

    #[test]
    fn a_striped_run_that_cannot_be_read_whole_is_read_by_stripe() {
        // Boxes 2 and 4 (one stripe) run together in one paragraph of the choice: that
        // stripe gives no place to put a box back; the other stripe's dropped box 5 goes back.
        let (page, _) = striped(8, &[]);
        let choice = format!(
            "<div><p>{}</p><div><p>{} {}</p></div><div><p>{}</p></div><div><p>{}</p></div><div><p>{}</p></div><div><p>{}</p></div></div>",
            prose(1), prose(2), prose(4), prose(3), prose(6), prose(7), prose(8)
        );
        let restored = restore(&choice, &Document::from(page.as_str())).expect("box 5 put back");
        assert_eq!(restored.matches(&prose(5)).count(), 1, "{restored}");
        assert!(restored.find(&prose(5)) < restored.find(&prose(7)));
    }

    #[test]
    fn a_dropped_box_may_hold_a_small_part_of_its_own_but_not_one_the_choice_holds() {
        // A post's signature with a button no kept box has: a small part of the box.
        let (page, choice) = ranking(6, &[3]);
        let signature = "<div class=sig><input class=button value=Show>Quotes</div>";
        let page = page.replacen("Class size: 300 students a year</li></ul>", &format!("Class size: 300 students a year</li></ul>{signature}"), 1);
        let restored = restore(&choice, &Document::from(page.as_str())).expect("box 3 put back");
        assert_eq!(restored.matches(&prose(3)).count(), 1);
        // A box whose longest line the extractor cut (a side note) but whose text it kept is
        // no dropped box: it is not put back a second time.
        let (page, choice) = ranking(6, &[3]);
        let note = "<p>A side note of the second box, longer than any other line of it, that the extractor cut from the text it kept</p>";
        let more = format!("<p>{}</p><p>{}</p><p>{}</p>", prose(20), prose(21), prose(22));
        let page = page.replacen("Class size: 200 students a year</li></ul>", &format!("Class size: 200 students a year</li></ul>{more}{note}"), 1);
        let choice = choice.replacen("Class size: 200 students a year</li></ul>", &format!("Class size: 200 students a year</li></ul>{more}"), 1);
        let restored = restore(&choice, &Document::from(page.as_str())).expect("box 3 put back");
        assert_eq!(restored.matches(&prose(2)).count(), 1, "{restored}");
    }
}
