//! The audit trail of an HTML page: every text block of the page that is not in the body.
//!
//! Takes the parsed page, its source text, the text the article kept and the blocks set
//! aside with a known reason (title, byline, editor's drop patterns); returns the
//! [`CleanReport`] entries: one per text block of the page that did not reach the body, with
//! the source line where it was found and why it went (code, site navigation, outside the
//! extractor's main content...). Matching is by words, so markup differences between the
//! page and the extractor's output do not matter.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

use super::markup::squash;
use crate::clean::report;
use crate::model::CleanReport;

/// Elements whose content is code, not text.
pub(super) const CODE: &[&str] = &["script", "style", "noscript", "template", "svg"];

/// Elements that break the page's text into blocks.
const BREAKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "table",
    "tr", "td", "th", "figure", "figcaption", "caption", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr",
    "form", "button", "select", "option", "address", "title", "body", "center", "details", "summary", "label", "menu",
];

/// Nesting deeper than this is read as one block.
const MAX_DEPTH: usize = 256;

/// A text block of the page and what it sits in.
struct Segment {
    text: String,
    /// Why it would have gone, judged from its ancestors (navigation, footer...).
    reason: (&'static str, String),
}

/// What the article kept, as word n-grams, for telling kept blocks from removed ones.
pub struct Kept {
    trigrams: HashSet<String>,
    short: HashSet<String>,
}

impl Kept {
    /// Indexes the kept texts (one string per block).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Kept {
        let mut kept = Kept { trigrams: HashSet::new(), short: HashSet::new() };
        for text in texts {
            let words = words(text);
            for n in 1..=3 {
                for w in words.windows(n) {
                    let gram = w.join(" ");
                    if n == 3 {
                        kept.trigrams.insert(gram.clone());
                    }
                    // One-word n-grams only count as whole blocks ("Notes"), not as any word.
                    if n > 1 || words.len() == 1 {
                        kept.short.insert(gram);
                    }
                }
            }
        }
        kept
    }

    /// Whether most of a page block's words made it into the article.
    fn contains(&self, words: &[String]) -> bool {
        if words.len() <= 3 {
            return self.short.contains(&words.join(" "));
        }
        let grams: Vec<String> = words.windows(3).map(|w| w.join(" ")).collect();
        let found = grams.iter().filter(|g| self.trigrams.contains(*g)).count();
        found * 2 >= grams.len()
    }
}

/// Lower-case alphanumeric words, the unit of comparison.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Records in `report` every text block of the page not kept in the article. `set_aside`
/// holds texts taken out on purpose, with their rule and reason. Returns the number of
/// text blocks the page has.
/// `known` names the texts that repeat the front matter (a byline the extractor dropped).
pub fn record(
    doc: &Document,
    source: &str,
    kept: &Kept,
    set_aside: &[(String, &str, String)],
    known: &dyn Fn(&str) -> Option<(&'static str, String)>,
    report: &mut CleanReport,
) -> usize {
    let mut segments = Vec::new();
    let mut open = String::new();
    let reason = ("html-boilerplate", "outside the main content the extractor chose (site furniture, teasers, comments)".to_string());
    let marks = Marks::of(doc, source);
    walk(&doc.root(), &reason, &marks, &mut open, &mut segments, 0);
    close(&mut open, &reason, &mut segments);
    let aside: Vec<(Vec<String>, &str, &str)> = set_aside.iter().map(|(t, r, why)| (words(t), *r, why.as_str())).collect();
    let mut lines = LineFinder::new(source);
    for seg in &segments {
        let w = words(&seg.text);
        let line = lines.find(&seg.text);
        if let Some((_, rule, why)) = aside.iter().find(|(a, _, _)| *a == w) {
            report::removed(report, line, &seg.text, rule, why);
        } else if let Some((rule, why)) = (!kept.contains(&w)).then(|| known(&seg.text)).flatten() {
            report::removed(report, line, &seg.text, rule, &why);
        } else if seg.reason.0 == "html-code" || !kept.contains(&w) {
            report::removed(report, line, &seg.text, seg.reason.0, &seg.reason.1);
        }
    }
    segments.len()
}

/// Document-order walk that cuts the page's text into blocks at block elements.
fn walk(node: &NodeRef, reason: &(&'static str, String), marks: &Marks, open: &mut String, out: &mut Vec<Segment>, depth: usize) {
    for child in node.children_it(false) {
        if child.is_text() {
            open.push_str(&child.text());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if CODE.contains(&name.as_str()) {
            close(open, reason, out);
            let code = squash(&child.text());
            if !code.is_empty() {
                let excerpt: String = code.chars().take(120).collect();
                let why = format!("<{name}>: code or styling, never text ({} characters)", code.chars().count());
                out.push(Segment { text: excerpt, reason: ("html-code", why) });
            }
            continue;
        }
        if super::screen_reader_label(&child) {
            close(open, reason, out);
            let label = squash(&child.text());
            if !label.is_empty() {
                let why = "a label for screen readers only, hidden on the page".to_string();
                out.push(Segment { text: label, reason: ("screen-reader", why) });
            }
            continue;
        }
        let inner = landmark(&child, &name, marks).unwrap_or_else(|| reason.clone());
        if depth > MAX_DEPTH {
            open.push_str(&child.text());
        } else if BREAKS.contains(&name.as_str()) || super::blocks::is_inline_caption(&child) || super::is_count_widget(&child) {
            close(open, reason, out);
            walk(&child, &inner, marks, open, out, depth + 1);
            close(open, &inner, out);
        } else {
            walk(&child, &inner, marks, open, out, depth + 1);
        }
    }
}

/// The elements the reader found by looking at the page as a whole, each to be reported as
/// what it is: forum signatures, and boxes of links under a label.
struct Marks {
    signatures: HashSet<NodeId>,
    link_boxes: HashSet<NodeId>,
}

impl Marks {
    fn of(doc: &Document, source: &str) -> Marks {
        // (A page naming no signature is not walked for them.)
        let signatures = if super::signatures::may_hold(source) { super::signatures::find(doc).iter().map(|n| n.id).collect() } else { HashSet::new() };
        let link_boxes = super::link_boxes::find(doc).iter().map(|n| n.id).collect();
        Marks { signatures, link_boxes }
    }
}

/// Ends the open block, keeping it if it has any text.
fn close(open: &mut String, reason: &(&'static str, String), out: &mut Vec<Segment>) {
    let text = squash(open);
    open.clear();
    if !text.is_empty() {
        out.push(Segment { text, reason: reason.clone() });
    }
}

/// The rule and reason an element's text is site furniture, when its tag, role or name says
/// so.
fn landmark(el: &NodeRef, name: &str, marks: &Marks) -> Option<(&'static str, String)> {
    if marks.signatures.contains(&el.id) {
        return Some(("forum-signature", "a forum member's signature under a post".into()));
    }
    let role = el.attr("role").map(|r| r.to_ascii_lowercase());
    let what = match (name, role.as_deref()) {
        ("nav", _) | (_, Some("navigation")) => "the page's navigation",
        ("header", _) | (_, Some("banner")) => "the page's header",
        ("footer", _) | (_, Some("contentinfo")) => "the page's footer",
        ("aside", _) | (_, Some("complementary")) => "a sidebar",
        ("form", _) | (_, Some("search")) => "a form",
        ("title", _) => "the page's <title> (the article's title is in the front matter)",
        _ if super::is_toast(el) => "a notice the page pops up after a click",
        _ if super::is_hidden_access_box(el) => "a hidden gate for readers without access (sign-in, paywall)",
        _ if super::is_count_widget(el) => "a widget's count of shares, reactions or comments",
        _ if marks.link_boxes.contains(&el.id) => "a box of links to other pages under its label",
        _ => return None,
    };
    Some(("html-chrome", format!("in {what}, outside the main content")))
}

/// Finds source lines for page text, moving forward through the source as blocks come in
/// document order, so the whole page is scanned about once.
struct LineFinder<'a> {
    source: &'a str,
    pos: usize,
    line: usize,
}

/// How far ahead a block's text is looked for; beyond it the previous line is used.
const WINDOW: usize = 64 * 1024;

impl<'a> LineFinder<'a> {
    fn new(source: &'a str) -> Self {
        LineFinder { source, pos: 0, line: 1 }
    }

    /// The line where `text` starts, at or after the last match: found by its first three
    /// words, else by the longest of its first six (entities and markup inside the words
    /// can make both unfindable: then the last line found is given).
    fn find(&mut self, text: &str) -> usize {
        let plain = |w: &&&str| !w.contains(['&', '<', '"', '\'']);
        let words: Vec<&str> = text.split_whitespace().take(6).collect();
        let phrase = words.iter().take(3).copied().collect::<Vec<_>>().join(" ");
        let longest = words.iter().filter(plain).max_by_key(|w| w.len()).copied().unwrap_or("");
        let mut end = (self.pos + WINDOW).min(self.source.len());
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let window = &self.source[self.pos..end];
        let at = [phrase.as_str(), longest].into_iter().filter(|n| n.len() >= 3).find_map(|n| window.find(n));
        if let Some(at) = at {
            let found = self.pos + at;
            self.line += self.source[self.pos..found].matches('\n').count();
            self.pos = found;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_blocks_carry_line_and_reason() {
        let html = "<html><head><title>T | Site</title><script>var a=1;</script></head>\n<body>\n<nav><a href=/>Home</a></nav>\n<p>Kept paragraph with several words in it.</p>\n<p>Teaser line about something else entirely here.</p>\n</body></html>";
        let doc = Document::from(html);
        let kept = Kept::new(["Kept paragraph with several words in it."]);
        let mut rep = CleanReport::default();
        let n = record(&doc, html, &kept, &[], &|_| None, &mut rep);
        assert_eq!(n, 5);
        let got: Vec<(usize, &str, &str)> = rep.removed.iter().map(|r| (r.line, r.rule.as_str(), r.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "html-chrome", "T | Site"),
                (1, "html-code", "var a=1;"),
                (3, "html-chrome", "Home"),
                (5, "html-boilerplate", "Teaser line about something else entirely here.")
            ]
        );
    }
}
