//! Blocks and inlines to XHTML, with page-break markers inserted at byte offsets.
//!
//! Takes model blocks, the markers planned for them and the id-to-file table; returns
//! XHTML fragments. Offsets count bytes of [`Block::plain_text`], so the walk below adds
//! up text exactly as `plain_text` does (quote paragraphs and source items joined by
//! "\n\n", note references and anchors zero-width).

use std::collections::{HashMap, HashSet};

use super::pages::{Marker, PagePlan};
use super::xml::{esc, frag};
use crate::model::{Block, ColumnAlign, Footnote, Inline, Table};

/// What rendering one document needs to know about the whole book.
pub struct Ctx<'a> {
    /// Where the page-break markers go.
    plan: &'a PagePlan,
    /// Ids of the page markers: a model anchor of the same name must not repeat one.
    reserved: HashSet<String>,
    /// Ids written so far in this document (a duplicate id would break the XHTML).
    used_ids: HashSet<String>,
    /// Footnote id -> its number in the document being rendered.
    notes: HashMap<String, usize>,
    /// Note-reference ids written so far in this document, per footnote id.
    note_refs: HashMap<String, Vec<String>>,
    /// Blocks whose XHTML holds fewer letters than their text (none, unless a bug).
    pub lost: Vec<String>,
}

impl<'a> Ctx<'a> {
    /// A context with no document-specific state yet.
    pub fn new(plan: &'a PagePlan) -> Self {
        let reserved = plan.ids().map(str::to_string).collect();
        Ctx {
            plan,
            reserved,
            used_ids: HashSet::new(),
            notes: HashMap::new(),
            note_refs: HashMap::new(),
            lost: Vec::new(),
        }
    }

    /// ` id="..."` the first time `id` is seen in the document, nothing for a repeat.
    pub fn id_attr(&mut self, id: &str) -> String {
        let id = frag(id);
        if id.is_empty() || self.reserved.contains(&id) || !self.used_ids.insert(id.clone()) {
            return String::new();
        }
        format!(" id=\"{id}\"")
    }

    /// The markers of the pages that begin at `place` (a chapter's opening).
    pub fn place(&self, place: &str) -> String {
        self.plan.at(place)
    }

    /// Starts a document whose footnotes are `notes`.
    pub fn begin_document(&mut self, notes: &[Footnote]) {
        // Notes are numbered 1, 2, 3 in each document, whatever mark the source used
        // (an asterisk is a poor link: too small to tap and unnamed to a screen reader).
        self.notes = notes.iter().enumerate().map(|(k, n)| (n.id.clone(), k + 1)).collect();
        self.note_refs.clear();
        self.used_ids.clear();
    }
}

/// Walks a block's inlines, tracking the plain-text byte position for the markers.
struct Walker<'m> {
    out: String,
    pos: usize,
    markers: &'m [Marker],
    next: usize,
}

impl Walker<'_> {
    /// Writes every marker whose offset is at or before `upto`.
    fn flush_to(&mut self, upto: usize) {
        while let Some(m) = self.markers.get(self.next).filter(|m| m.offset <= upto) {
            self.out.push_str(&m.span());
            self.next += 1;
        }
    }

    /// Writes a text run, splitting it where markers fall inside it.
    fn text(&mut self, text: &str) {
        let end = self.pos + text.len();
        let mut from = 0;
        while let Some(m) = self.markers.get(self.next).filter(|m| m.offset < end) {
            let mut at = m.offset.saturating_sub(self.pos).max(from);
            while !text.is_char_boundary(at) {
                at += 1;
            }
            self.out.push_str(&esc(&text[from..at]));
            from = at;
            self.flush_to(m.offset);
        }
        self.out.push_str(&esc(&text[from..]));
        self.pos = end;
    }

    /// Skips the "\n\n" that `plain_text` puts between paragraphs or items.
    fn separator(&mut self) {
        self.pos += 2;
    }

    fn take(&mut self) -> String {
        std::mem::take(&mut self.out)
    }
}

/// Renders the blocks of one document; `prev_level` is the level of the heading above them.
pub fn blocks(ctx: &mut Ctx, blocks: &[Block], prev_level: u8) -> String {
    let mut out = String::new();
    let mut level = prev_level;
    for block in blocks {
        let start = out.len();
        let markers = ctx.plan.by_block.get(block.id()).map(Vec::as_slice).unwrap_or(&[]);
        let mut w = Walker { out: String::new(), pos: 0, markers, next: 0 };
        let id = ctx.id_attr(block.id());
        match block {
            Block::Paragraph { content, .. } => {
                inlines(ctx, &mut w, content);
                w.flush_to(usize::MAX);
                out.push_str(&format!("<p{id}>{}</p>\n", w.take()));
            }
            Block::Caption { content, .. } => {
                inlines(ctx, &mut w, content);
                w.flush_to(usize::MAX);
                out.push_str(&format!("<p{id} class=\"caption\">{}</p>\n", w.take()));
            }
            // A heading with no text would be an empty heading to assistive technology.
            Block::Heading { content, .. } if block.plain_text().trim().is_empty() => {
                inlines(ctx, &mut w, content);
                w.flush_to(usize::MAX);
                out.push_str(&format!("<p{id}>{}</p>\n", w.take()));
            }
            Block::Heading { level: l, content, .. } => {
                // Never skip a level: assistive technology navigates by them.
                level = (*l).max(prev_level + 1).min(6).min(level + 1);
                // A page break never stands inside a heading (a screen reader would read
                // the page number as part of it): all its markers go before it.
                w.flush_to(usize::MAX);
                out.push_str(&w.take());
                inlines(ctx, &mut w, content);
                out.push_str(&format!("<h{level}{id}>{}</h{level}>\n", w.take()));
            }
            Block::Quote { paragraphs, .. } => {
                out.push_str(&format!("<blockquote{id}>\n"));
                parts(ctx, &mut w, &mut out, paragraphs, "p", false);
                w.flush_to(usize::MAX);
                out.push_str(&w.take());
                out.push_str("</blockquote>\n");
            }
            Block::Sources { title, items, .. } => {
                let h = (prev_level + 1).min(6);
                // Markers within the title stand before the section, not in its heading.
                w.flush_to(if items.is_empty() { usize::MAX } else { title.len() });
                out.push_str(&w.take());
                w.text(title);
                out.push_str(&format!(
                    "<section{id} epub:type=\"bibliography\" role=\"doc-bibliography\">\n<h{h}>{}</h{h}>\n",
                    w.take()
                ));
                if !items.is_empty() {
                    out.push_str("<ul class=\"sources\">\n");
                    parts(ctx, &mut w, &mut out, items, "li", true);
                    out.push_str("</ul>\n");
                }
                out.push_str("</section>\n");
            }
            Block::List { ordered, start, items, .. } => {
                let (tag, from) = match (ordered, start) {
                    (false, _) => ("ul", String::new()),
                    (true, 1) => ("ol", String::new()),
                    (true, n) => ("ol", format!(" start=\"{n}\"")),
                };
                out.push_str(&format!("<{tag}{id}{from}>\n"));
                // Page markers stand inside the items (a list holds only items).
                parts(ctx, &mut w, &mut out, items, "li", false);
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Table { table, .. } => out.push_str(&table_xhtml(ctx, &mut w, &id, table)),
            Block::Code { text, .. } => {
                w.text(text);
                w.flush_to(usize::MAX);
                out.push_str(&format!("<pre{id} class=\"code\"><code>{}</code></pre>\n", w.take()));
            }
        }
        if letters_outside_tags(&out[start..]) < block.plain_text().chars().filter(|c| c.is_alphabetic()).count() {
            ctx.lost.push(block.id().to_string());
        }
    }
    out
}

/// The letters of an XHTML fragment's text (markup skipped; entity names counted, which
/// can only overcount).
/// Each of a block's `parts` (a quote's paragraphs, a list's items) in its own `<el>`, with
/// the page markers that fall inside it; the last takes those at the block's end.
/// `after_text`: text of the block (a title) comes before the first part.
fn parts(ctx: &mut Ctx, w: &mut Walker, out: &mut String, parts: &[Vec<Inline>], el: &str, after_text: bool) {
    for (n, p) in parts.iter().enumerate() {
        if n > 0 || after_text {
            w.separator();
        }
        inlines(ctx, w, p);
        if n + 1 == parts.len() {
            w.flush_to(usize::MAX);
        }
        out.push_str(&format!("<{el}>{}</{el}>\n", w.take()));
    }
}

/// A table: `<caption>`, a `<thead>` of column headers (`th scope="col"`, an empty one a
/// plain cell) and a `<tbody>`. A table of header rows only sets them as data (a header
/// must head some data). Page markers stand inside the caption and the cells.
fn table_xhtml(ctx: &mut Ctx, w: &mut Walker, id: &str, table: &Table) -> String {
    let mut out = format!("<table{id}>\n");
    let mut first = true;
    let mut next_run = |w: &mut Walker| {
        if !std::mem::take(&mut first) {
            w.separator();
        }
    };
    let runs = table.runs().count();
    let mut seen = 0;
    let mut cell = |ctx: &mut Ctx, w: &mut Walker, content: &[Inline]| {
        next_run(w);
        inlines(ctx, w, content);
        seen += 1;
        if seen == runs {
            w.flush_to(usize::MAX);
        }
        w.take()
    };
    if let Some(caption) = &table.caption {
        let text = cell(ctx, w, caption);
        out.push_str(&format!("<caption>{text}</caption>\n"));
    }
    let headed = !table.head.is_empty() && !table.body.is_empty();
    if headed {
        out.push_str("<thead>\n");
        for row in &table.head {
            out.push_str("<tr>");
            for (content, align) in row.iter().zip(&table.align) {
                let class = align_class(*align);
                let text = cell(ctx, w, content);
                if content.is_empty() {
                    out.push_str(&format!("<td{class}>{text}</td>"));
                } else {
                    out.push_str(&format!("<th scope=\"col\"{class}>{text}</th>"));
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</thead>\n");
    }
    out.push_str("<tbody>\n");
    let rows: Vec<&Vec<Vec<Inline>>> = if headed { table.body.iter().collect() } else { table.head.iter().chain(&table.body).collect() };
    for row in rows {
        out.push_str("<tr>");
        for (content, align) in row.iter().zip(&table.align) {
            let class = align_class(*align);
            let text = cell(ctx, w, content);
            out.push_str(&format!("<td{class}>{text}</td>"));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The class that aligns a column's cells (the stylesheet's `.right`, `.center`).
fn align_class(align: ColumnAlign) -> &'static str {
    match align {
        ColumnAlign::Default | ColumnAlign::Left => "",
        ColumnAlign::Center => " class=\"center\"",
        ColumnAlign::Right => " class=\"right\"",
    }
}

fn letters_outside_tags(xhtml: &str) -> usize {
    let mut in_tag = false;
    let mut n = 0;
    for c in xhtml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && c.is_alphabetic() => n += 1,
            _ => {}
        }
    }
    n
}

/// Renders inlines without page markers (titles, footnotes, timeline and index text).
pub fn plain_inlines(ctx: &mut Ctx, content: &[Inline]) -> String {
    let mut w = Walker { out: String::new(), pos: 0, markers: &[], next: 0 };
    inlines(ctx, &mut w, content);
    w.take()
}

fn inlines(ctx: &mut Ctx, w: &mut Walker, content: &[Inline]) {
    for inline in content {
        match inline {
            Inline::Text(t) => w.text(t),
            Inline::Emphasis(c) => wrap(ctx, w, "<em>", c, "</em>"),
            Inline::Strong(c) => wrap(ctx, w, "<strong>", c, "</strong>"),
            Inline::Link { url, content } => match safe_url(url) {
                Some(href) => {
                    wrap(ctx, w, &format!("<a href=\"{}\">", esc(&href)), content, "</a>")
                }
                None => inlines(ctx, w, content),
            },
            Inline::Anchor(id) => {
                let attr = ctx.id_attr(id);
                if !attr.is_empty() {
                    w.out.push_str(&format!("<span{attr}></span>"));
                }
            }
            Inline::NoteRef(note) => note_ref(ctx, w, note),
            Inline::Lang { lang, content } => {
                let lang = esc(lang);
                wrap(ctx, w, &format!("<span xml:lang=\"{lang}\" lang=\"{lang}\">"), content, "</span>")
            }
        }
    }
}

fn wrap(ctx: &mut Ctx, w: &mut Walker, open: &str, content: &[Inline], close: &str) {
    w.out.push_str(open);
    inlines(ctx, w, content);
    w.out.push_str(close);
}

fn note_ref(ctx: &mut Ctx, w: &mut Walker, note: &str) {
    let Some(&number) = ctx.notes.get(note) else {
        return; // the model guarantees the note exists; an orphan reference has nowhere to go
    };
    let refs = ctx.note_refs.entry(note.to_string()).or_default();
    let ref_id = match refs.len() {
        0 => format!("{note}-ref"),
        n => format!("{note}-ref-{}", n + 1),
    };
    refs.push(ref_id.clone());
    let attr = ctx.id_attr(&ref_id);
    w.out.push_str(&format!(
        "<a{attr} class=\"noteref\" href=\"#{}\" epub:type=\"noteref\" role=\"doc-noteref\" aria-label=\"Note {number}\">{number}</a>",
        frag(note),
    ));
}

/// The document's notes: a numbered list under a "Notes" heading, each note opening
/// with its number as a link back to its first reference. They are end-of-chapter
/// notes (list items, not `aside`s), so a reading system that hides `aside` footnotes
/// as pop-ups never leaves the heading alone over nothing.
pub fn footnotes(ctx: &mut Ctx, notes: &[Footnote], heading_level: u8, doc_id: &str) -> String {
    if notes.is_empty() {
        return String::new();
    }
    let h = heading_level.min(6);
    let title_id = format!("{}-notes", frag(doc_id));
    let mut out = format!(
        "<section class=\"notes\" epub:type=\"endnotes\" role=\"doc-endnotes\" aria-labelledby=\"{title_id}\">\n\
         <h{h} id=\"{title_id}\" class=\"notes-title\">Notes</h{h}>\n<ol>\n"
    );
    for (k, note) in notes.iter().enumerate() {
        let number = k + 1;
        let id = ctx.id_attr(&note.id);
        let back = match ctx.note_refs.get(&note.id).and_then(|r| r.first()) {
            Some(r) => format!(
                "<a class=\"backlink\" href=\"#{}\" role=\"doc-backlink\" aria-label=\"Back to the text of note {number}\">{number}</a> ",
                frag(r)
            ),
            None => format!("<span class=\"note-number\">{number}</span> "),
        };
        let body = plain_inlines(ctx, &note.content);
        out.push_str(&format!(
            "<li{id} value=\"{number}\"><p>{back}{body}</p></li>\n"
        ));
    }
    out.push_str("</ol>\n</section>\n");
    out
}

/// A URL shown as its own link text (plain text when it is not a safe link).
pub fn plain_link(url: &str) -> String {
    match safe_url(url) {
        Some(href) => format!("<a href=\"{}\">{}</a>", esc(&href), esc(url)),
        None => esc(url),
    }
}

/// Only links a reader can follow safely and EPUBCheck accepts as URLs.
fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let scheme_ok = ["http://", "https://", "mailto:"].iter().any(|s| lower.starts_with(s));
    if !scheme_ok || url.chars().any(|c| c.is_control() || "<>\"{}|\\^`".contains(c)) {
        return None;
    }
    // Square brackets may stand only around a host's address: elsewhere ("?tag=[]in[p]x",
    // as a shop's tracking codes write them) they are percent-encoded.
    let path_at = url.find("://").map_or(0, |i| i + 3);
    let path_at = path_at + url[path_at..].find(['/', '?', '#']).unwrap_or(url.len() - path_at);
    let (authority, rest) = url.split_at(path_at);
    Some(format!("{authority}{}", rest.replace('[', "%5B").replace(']', "%5D")).replace(' ', "%20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(offset: usize, label: &str) -> Marker {
        Marker { offset, label: label.into(), id: format!("page-{label}") }
    }

    #[test]
    fn links_are_urls_epubcheck_accepts() {
        assert_eq!(safe_url("https://shop.example/book?tag=[]in[p]x&q=a b").as_deref(), Some("https://shop.example/book?tag=%5B%5Din%5Bp%5Dx&q=a%20b"));
        assert_eq!(safe_url("http://[2001:db8::1]/a[1]").as_deref(), Some("http://[2001:db8::1]/a%5B1%5D"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
    }

    #[test]
    fn markers_split_text_at_byte_offsets() {
        let plan = PagePlan {
            by_block: [("b1".to_string(), vec![marker(0, "1"), marker(6, "2")])].into(),
            ..Default::default()
        };
        let mut ctx = Ctx::new(&plan);
        let block = Block::Paragraph {
            id: "b1".into(),
            content: vec![
                Inline::Text("Hello ".into()),
                Inline::Emphasis(vec![Inline::Text("world".into())]),
            ],
        };
        let html = blocks(&mut ctx, &[block], 1);
        let p1 = html.find("page-1").unwrap();
        let p2 = html.find("page-2").unwrap();
        assert!(p1 < html.find("Hello").unwrap());
        assert!(html[p2..].contains("world") && html[..p2].contains("Hello"));
    }

    #[test]
    fn markers_inside_quotes_land_in_the_right_paragraph() {
        let plan = PagePlan {
            by_block: [("q".to_string(), vec![marker(5, "3")])].into(),
            ..Default::default()
        };
        let mut ctx = Ctx::new(&plan);
        let block = Block::Quote {
            id: "q".into(),
            paragraphs: vec![vec![Inline::Text("abc".into())], vec![Inline::Text("défg".into())]],
        };
        let html = blocks(&mut ctx, &[block], 1);
        let m = html.find("page-3").unwrap();
        assert!(html[m..].starts_with("page-3\" aria-label=\"3\"></span>défg"), "{html}");
    }

    #[test]
    fn markers_never_stand_inside_headings() {
        let plan = PagePlan {
            by_block: [("h".to_string(), vec![marker(0, "13"), marker(4, "14")])].into(),
            ..Default::default()
        };
        let mut ctx = Ctx::new(&plan);
        let block = Block::Heading {
            id: "h".into(),
            level: 2,
            content: vec![Inline::Text("Was the October Revolution a coup?".into())],
        };
        let html = blocks(&mut ctx, &[block], 1);
        assert!(html.find("page-14").unwrap() < html.find("<h2").unwrap(), "{html}");
        assert!(html.contains("<h2 id=\"h\">Was the October Revolution a coup?</h2>"), "{html}");
    }

    #[test]
    fn unsafe_links_lose_their_href() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("https://a.b/c d").as_deref(), Some("https://a.b/c%20d"));
    }
}
