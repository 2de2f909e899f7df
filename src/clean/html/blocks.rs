//! The extracted main content's markup turned into our model's blocks.
//!
//! Takes the HTML of the article body (what the extractor kept); returns [`Block`]s and
//! [`Footnote`]s numbered under the article id. Structure is kept where the model can hold
//! it: headings (`h1`/`h2` become level 2, deeper levels follow), block quotes, captions
//! (`figcaption`, table `caption`), footnotes (a marker linking to a note inside the page),
//! lists (`ul`/`ol`, a nested list's items after its parent item's), tables (see
//! [`Builder::table`]), emphasis, strong text and links. Scripts, styles, forms and media
//! never reach the text.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

use crate::model::{Block, ColumnAlign, Footnote, Inline, Table};

/// Elements whose content is never article text.
const SKIPPED: &[&str] =
    &["script", "style", "noscript", "template", "svg", "iframe", "button", "form", "input", "select", "textarea", "object", "canvas", "video", "audio", "img", "picture", "head", "title", "meta", "link"];

/// Elements that end the paragraph before them and start a new one after them.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "table",
    "thead", "tbody", "tfoot", "tr", "figure", "pre", "address", "hr", "center", "details", "summary", "body", "html",
];

/// Whether an element starts a block of its own (a paragraph, a heading, a caption...).
pub(super) fn is_block_element(el: &NodeRef) -> bool {
    el.node_name().is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        BLOCKS.contains(&n.as_str()) || matches!(n.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figcaption" | "blockquote")
    })
}

/// Nesting deeper than this is read as flat text: hostile pages nest thousands deep.
const MAX_DEPTH: usize = 256;
/// More words than any heading has: a longer "heading" element is a paragraph set large.
const MAX_HEADING_WORDS: usize = 30;

/// More nodes than a row of short pieces holds: a larger division is read no further.
const ROW_NODES: usize = 40;

/// More pieces, or more words, than a row of short pieces has.
const ROW_PIECES: usize = 8;
const ROW_WORDS: usize = 10;

/// The text of a division whose pieces are short divisions side by side, a number among
/// them ("<div><div>Fat</div><div>11</div><div>g</div></div>"), the pieces joined by spaces;
/// `None` for any other. No link or picture in it, and read up to [`ROW_NODES`] nodes, so
/// that each division costs little however large.
fn fragment_row(el: &NodeRef) -> Option<String> {
    let mut pieces: Vec<String> = Vec::new();
    for (n, d) in el.descendants_it().enumerate() {
        if n > ROW_NODES {
            return None;
        }
        let Some(name) = d.node_name() else { continue };
        match name.to_ascii_lowercase().as_str() {
            "div" | "p" => {
                let leaf = !d.children_it(false).any(|c| c.node_name().is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "div" | "p")));
                let text = crate::clean::html::markup::squash(&d.text());
                if leaf && !text.is_empty() {
                    pieces.push(text);
                }
            }
            "span" | "strong" | "b" | "em" | "i" => {}
            _ => return None,
        }
    }
    let words: usize = pieces.iter().map(|p| p.split_whitespace().count()).sum();
    let number = pieces.iter().any(|p| p.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%')) && p.chars().any(|c| c.is_ascii_digit()));
    let short = pieces.iter().all(|p| p.split_whitespace().count() <= 3);
    ((2..=ROW_PIECES).contains(&pieces.len()) && words <= ROW_WORDS && short && number).then(|| pieces.join(" "))
}

/// More words than a picture's caption has: a gallery's slide holding more tells the story.
const CAPTION_WORDS: usize = 60;

/// Whether a picture's caption is a gallery slide's text: paragraphs of more words than a
/// caption has ("<figcaption><p>"Oftentimes …," Sasha says. …</p></figcaption>").
fn tells_the_story(el: &NodeRef) -> bool {
    el.children_it(false).any(|c| c.node_name().as_deref() == Some("p")) && el.text().split_whitespace().count() > CAPTION_WORDS
}

/// What stands between two elements whose words would run together ([`runs_into`]) until
/// [`tidy`] reads it as a space, or [`parted`] as a heading's [`PART_SEPARATOR`] (a
/// noncharacter: no page text holds one).
const PART_BREAK: &str = "\u{FDD0}";

/// What a `<br>` leaves in a paragraph's inlines until [`Builder::flush`] reads its lines
/// (a line separator: no page text holds one); [`tidy`] reads one left as a space.
const LINE_BREAK: &str = "\u{2028}";

/// A list item written by hand, one per line: "12. Name", "12) Name", "- Name", "• Name".
static LINE_ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:(\d{1,3})[.)]|([-•–·*]))(?:\s+|$)").unwrap());

/// A footnote marker: "1", "[12]", "*", "†".
/// The "[edit]" / "[edit source]" control a wiki sets beside every heading, and the
/// permalink mark a blog or a documentation site sets after one ("Results #", "Usage¶",
/// "Usage#section2" run into the heading's last word).
static HEADING_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\s*\[\s*edit(\s*source)?(\s*\|\s*edit\s*source)?\s*\]|\s+#|\b#[a-z][\w-]*|\s*[¶🔗])\s*$").unwrap()
});

static MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\[?(\d{1,3}|[*†‡§])\]?$").unwrap());

/// The body of the article, as blocks and footnotes; `page` is the whole page, where the
/// notes are looked for when the extractor left them out of the content.
pub fn convert(content_html: &str, page: &Document, article_id: &str) -> (Vec<Block>, Vec<Footnote>) {
    let doc = Document::fragment(content_html);
    let notes = find_notes(&doc, page, article_id);
    let targets: NoteTargets = notes.iter().map(|n| (n.target.clone(), n.id.clone())).collect();
    let mut b = Builder { article_id, next: 0, blocks: Vec::new(), open: Vec::new(), targets: &targets, page };
    b.walk(&doc.root(), 0);
    b.flush();
    promote_bold_heads(&mut b.blocks);
    let blocks = gather_sources(b.blocks);
    let footnotes = notes
        .iter()
        .map(|n| Footnote { id: n.id.clone(), marker: n.marker.clone(), content: tidy(n.content.clone()) })
        .filter(|f| !f.content.is_empty())
        .collect();
    (blocks, footnotes)
}

/// A year a citation gives ("2009;170:679-86", "(1980)").
static CITATION_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(1[5-9]\d\d|20\d\d)\b").unwrap());

/// A "References" or "Further reading" heading and the entries under it (a list, or
/// paragraphs that each cite a work: a year and the punctuation of a citation) become one
/// sources list, as the text cleaner makes: set as a bibliography, and kept out of the
/// index and the chronology, which point into the text, not at the works it cites.
fn gather_sources(blocks: Vec<Block>) -> Vec<Block> {
    let entry = |item: &[Inline]| {
        let text = crate::model::plain_text(item);
        (2..=150).contains(&text.split_whitespace().count()) && text.contains([',', '.']) && CITATION_YEAR.is_match(&text)
    };
    let entries = |b: &Block| match b {
        Block::List { items, .. } if 2 * items.iter().filter(|i| entry(i)).count() >= items.len() => Some(items.clone()),
        Block::Paragraph { content, .. } if entry(content) => Some(vec![content.clone()]),
        _ => None,
    };
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut rest = blocks.into_iter().peekable();
    while let Some(block) = rest.next() {
        let title = match &block {
            Block::Heading { content, .. } => crate::model::plain_text(content).trim().to_string(),
            _ => String::new(),
        };
        if !crate::clean::structure::SOURCES_TITLE.is_match(&title) {
            out.push(block);
            continue;
        }
        let mut items = Vec::new();
        while let Some(more) = rest.peek().and_then(entries) {
            items.extend(more);
            rest.next();
        }
        match block {
            Block::Heading { id, .. } if !items.is_empty() => out.push(Block::Sources { id, title, items }),
            heading => out.push(heading),
        }
    }
    out
}


/// `<p><strong>The al-Tanf base</strong></p>` before a paragraph: a section head written as
/// bold text. It becomes a heading at the level of the article's other heads (second by
/// default), so that it is set, listed and tagged like them.
fn promote_bold_heads(blocks: &mut [Block]) {
    let mut levels = std::collections::BTreeMap::<u8, usize>::new();
    for b in blocks.iter() {
        if let Block::Heading { level, .. } = b {
            *levels.entry(*level).or_default() += 1;
        }
    }
    let level = levels.iter().max_by_key(|(l, n)| (**n, std::cmp::Reverse(**l))).map_or(2, |(l, _)| *l);
    for i in 0..blocks.len().saturating_sub(1) {
        let head = match &blocks[i] {
            Block::Paragraph { content, .. } if is_bold_head(content) => content.clone(),
            _ => continue,
        };
        if !matches!(blocks[i + 1], Block::Paragraph { .. } | Block::List { .. }) {
            continue;
        }
        let Block::Paragraph { id, .. } = &blocks[i] else { continue };
        let id = id.clone();
        let content = match head.as_slice() {
            [Inline::Strong(inner)] => inner.clone(),
            _ => head,
        };
        blocks[i] = Block::Heading { id, level, content };
    }
}

/// All strong text, short, not a sentence or a lead-in, not a link ("Related: …", "CLICK
/// HERE TO GET THE APP" are promotions, not section heads) and not shouted in capitals.
fn is_bold_head(content: &[Inline]) -> bool {
    let [Inline::Strong(inner)] = content else { return false };
    if inner.iter().any(|i| matches!(i, Inline::Link { .. })) {
        return false;
    }
    let text = crate::model::plain_text(content);
    let text = text.trim().trim_end_matches(['”', '’', '"', '\'', ')']);
    let words = text.split_whitespace().count();
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let shouted = letters.len() > 3 && letters.iter().all(|c| c.is_uppercase());
    // A byline ("Name, Correspondent"), a signature ("– Name") or a score row is no head.
    let numbers = text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_digit())).count();
    (1..=12).contains(&words)
        && !shouted
        && !text.contains([':', '.', '!', '?', ';', ','])
        && !text.starts_with(['–', '—', '-'])
        && numbers * 3 <= words
}

/// A footnote found in the content: its target element id, model id, marker and text.
struct Note {
    target: String,
    id: String,
    marker: String,
    content: Vec<Inline>,
}

/// Footnotes: links whose text is a marker and whose `#target` is an element of the
/// content, or else of the page.
fn find_notes(doc: &Document, page: &Document, article_id: &str) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut seen = HashSet::new();
    let mut ids: HashMap<String, NodeRef> = HashMap::new();
    for n in page.select("[id]").nodes().iter().chain(doc.select("[id]").nodes()) {
        if let Some(id) = n.attr("id") {
            ids.insert(id.to_string(), *n);
        }
    }
    for a in doc.select(r##"a[href^="#"]"##).iter() {
        let marker = a.text().trim().to_string();
        let target = a.attr("href").map(|h| h[1..].to_string()).unwrap_or_default();
        if target.is_empty() || !MARKER.is_match(&marker) || !seen.insert(target.clone()) {
            continue;
        }
        let Some(el) = ids.get(&target) else { continue };
        let mut content = Vec::new();
        inline_children(el, &mut content, 0, &HashMap::new());
        strip_marker(&mut content, &marker);
        let id = format!("{article_id}-fn{}", notes.len() + 1);
        let marker = marker.trim_matches(|c| c == '[' || c == ']').to_string();
        notes.push(Note { target, id, marker, content });
    }
    notes
}

/// Takes the note's own marker and back-link arrows off the start and end of its text.
fn strip_marker(content: &mut Vec<Inline>, marker: &str) {
    if let Some(Inline::Text(t)) = content.first_mut() {
        let rest = t.trim_start();
        let bare = marker.trim_matches(|c| c == '[' || c == ']');
        for m in [marker, bare] {
            if let Some(r) = rest.strip_prefix(m) {
                *t = r.trim_start_matches(['.', ')', ' ']).to_string();
                break;
            }
        }
    }
    content.retain(|i| !matches!(i, Inline::Link { url, .. } if url.starts_with('#')));
    if let Some(Inline::Text(t)) = content.last_mut() {
        *t = t.trim_end_matches(['↩', '↑', '^', '\u{fe0e}', ' ']).to_string();
    }
}

/// Block-level walk of the content, collecting inline runs into paragraphs.
struct Builder<'a> {
    article_id: &'a str,
    next: usize,
    blocks: Vec<Block>,
    /// The paragraph being filled.
    open: Vec<Inline>,
    targets: &'a NoteTargets,
    /// The whole page, where a table's column alignment is looked up when the extractor
    /// dropped the attributes that gave it.
    page: &'a Document,
}

impl Builder<'_> {
    fn id(&mut self) -> String {
        self.next += 1;
        format!("{}-p{}", self.article_id, self.next)
    }

    /// Ends the open paragraph, if it has any text.
    fn flush(&mut self) {
        // A blank line (two `<br>`s) parts paragraphs, as a browser shows them.
        for paragraph in split_at_blank_lines(std::mem::take(&mut self.open)) {
            self.flush_paragraph(paragraph);
        }
    }

    fn flush_paragraph(&mut self, open: Vec<Inline>) {
        let lines = split_at_line_breaks(lifted_line_breaks(open.clone()));
        if let Some((lead, list)) = list_of_lines(&lines) {
            self.push_block(|id, content| Block::Paragraph { id, content }, lead);
            let id = self.id();
            self.blocks.push(Block::List { id, ordered: list.ordered, start: list.start, items: list.items });
            return;
        }
        if is_column(&lines) {
            let id = self.id();
            self.blocks.push(Block::List { id, ordered: false, start: 1, items: lines.into_iter().map(tidy).collect() });
            return;
        }
        // Lines of prose broken by `<br>` (a narrow column, an address) read on as one, a
        // run of italic or a link broken across two lines one still.
        self.push_block(|id, content| Block::Paragraph { id, content }, joined(split_at_line_breaks(open), LINE_BREAK));
    }

    fn push_block(&mut self, make: impl FnOnce(String, Vec<Inline>) -> Block, content: Vec<Inline>) {
        let content = tidy(content);
        if !content.is_empty() {
            let id = self.id();
            self.blocks.push(make(id, content));
        }
    }

    fn walk(&mut self, node: &NodeRef, depth: usize) {
        let mut glued = false;
        let mut element_before = None;
        for child in node.children_it(false) {
            if child.is_text() {
                if element_before.as_ref().is_some_and(|before| sentence_runs_on(before, &self.open, &child.text())) {
                    self.open.push(Inline::Text(PART_BREAK.into()));
                }
                self.open.extend(after_drop_capital(&child.text(), &mut glued));
                element_before = None;
            } else if child.is_element() {
                if element_before.as_ref().is_some_and(|before| runs_into(before, &self.open, &child)) {
                    self.open.push(Inline::Text(PART_BREAK.into()));
                }
                glued = opens_on_drop_capital(&child, &self.open);
                self.element(&child, depth + 1);
                element_before = Some(child);
            }
        }
    }

    fn element(&mut self, el: &NodeRef, depth: usize) {
        let name = el.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if left_out(el, &name) || self.is_note_target(el) {
            return;
        }
        let targets = self.targets;
        if depth > MAX_DEPTH {
            self.open.push(Inline::Text(el.text().to_string()));
            return;
        }
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = name[1..].parse::<u8>().unwrap_or(2).max(2);
                let mut content = parted(inlines_of(el, targets));
                drop_heading_control(&mut content);
                // A gallery's "headline" of several sentences is a caption or a paragraph
                // set large, not a heading.
                let text = crate::model::plain_text(&content);
                let caption = crate::clean::chrome::is_caption_text(&text);
                if text.split_whitespace().count() > MAX_HEADING_WORDS {
                    if caption {
                        self.push_block(|id, content| Block::Caption { id, content }, content);
                    } else {
                        self.push_block(|id, content| Block::Paragraph { id, content }, content);
                    }
                } else if caption && text.trim_end().ends_with('.') {
                    // A picture's caption set in a heading's type ("File photo of Ana Lima.").
                    self.push_block(|id, content| Block::Caption { id, content }, content);
                } else {
                    self.push_block(|id, content| Block::Heading { id, level, content }, unbolded(content));
                }
            }
            // A gallery's slide tells its part of the story in paragraphs under the picture.
            "figcaption" if tells_the_story(el) => {
                self.flush();
                self.walk(el, depth);
                self.flush();
            }
            "figcaption" | "caption" => {
                self.flush();
                self.push_block(|id, content| Block::Caption { id, content }, caption_inlines(el, targets));
            }
            "blockquote" => {
                self.flush();
                self.quote(el, depth);
            }
            // Preformatted text keeps its lines and spaces: code, a terminal, a plain-text
            // document.
            "pre" => {
                self.flush();
                let text = preformatted_text(&code_beside_controls(el).unwrap_or(*el)).replace("\r\n", "\n").replace('\r', "\n");
                let text = text.trim_matches('\n').trim_end();
                if !text.trim().is_empty() {
                    let id = self.id();
                    self.blocks.push(Block::Code { id, text: text.to_string() });
                }
            }
            "ul" | "ol" => {
                self.flush();
                self.list(el, name == "ol", depth);
            }
            "table" => {
                self.flush();
                self.table(el, depth);
            }
            // A cell of a layout table (or a stray one) holds blocks like a division.
            "td" | "th" => {
                self.flush();
                self.walk(el, depth);
                self.flush();
            }
            "br" => self.open.push(Inline::Text(LINE_BREAK.into())),
            n if BLOCKS.contains(&n) => {
                self.flush();
                // A row a style sheet lays out of short pieces, each in a division of its own
                // ("Fat", "11", "g", "17", "%" of a recipe's nutrition label): one line.
                match (n == "div").then(|| fragment_row(el)).flatten() {
                    Some(row) => self.open.push(Inline::Text(row)),
                    None => self.walk(el, depth),
                }
                self.flush();
            }
            // A span or link wrapped round paragraphs (a site's template, or Readability's
            // rewrite of one) holds blocks: read as inline text, its paragraphs and captions
            // would run together into one.
            // (So does one wrapped round a caption: it comes apart from the paragraph.)
            _ if el.descendants_it().any(|d| is_block_element(&d) || is_inline_caption(&d)) => self.walk(el, depth),
            // "<p><span class="caption">© Provided by X Nintendo/Apple</span> Nintendo and
            // Apple shocked…": a picture's caption set inline at a paragraph's head is a
            // caption block, not words of the paragraph.
            _ if is_inline_caption(el) && !continues_a_line(el) => {
                self.flush();
                self.push_block(|id, content| Block::Caption { id, content }, caption_inlines(el, targets));
            }
            _ => inline_element(el, &mut self.open, depth, targets),
        }
    }

    /// A list: each item's text (its paragraphs joined) is an item; a nested list's items
    /// follow its parent item's.
    fn list(&mut self, el: &NodeRef, ordered: bool, depth: usize) {
        let mut items: Vec<Vec<Inline>> = Vec::new();
        for child in el.element_children() {
            let mut inner = Builder { article_id: self.article_id, next: 0, blocks: Vec::new(), open: Vec::new(), targets: self.targets, page: self.page };
            let is_item = child.node_name().is_some_and(|n| n.eq_ignore_ascii_case("li"));
            if is_item && !self.is_note_target(&child) {
                inner.walk(&child, depth + 1);
            } else {
                inner.element(&child, depth + 1);
            }
            inner.flush();
            let mut item: Vec<Inline> = Vec::new();
            for block in inner.blocks {
                match block {
                    Block::List { items: nested, .. } => {
                        items.extend((!item.is_empty()).then(|| std::mem::take(&mut item)));
                        items.extend(nested);
                    }
                    Block::Table { table, .. } => {
                        items.extend((!item.is_empty()).then(|| std::mem::take(&mut item)));
                        items.extend(row_paragraphs(&table));
                    }
                    other => {
                        if !item.is_empty() {
                            item.push(Inline::Text(" ".into()));
                        }
                        item.extend(match other {
                            Block::Paragraph { content, .. } | Block::Heading { content, .. } | Block::Caption { content, .. } => content,
                            Block::Quote { paragraphs, .. } => joined(paragraphs, " "),
                            Block::Sources { title, .. } => vec![Inline::Text(title)],
                            Block::Code { text, .. } => vec![Inline::Text(text)],
                            Block::Table { .. } | Block::List { .. } => Vec::new(),
                        });
                    }
                }
            }
            items.extend((!item.is_empty()).then_some(item));
        }
        if !items.is_empty() {
            let start = if ordered { el.attr("start").and_then(|s| s.trim().parse::<u32>().ok()).unwrap_or(1) } else { 1 };
            let id = self.id();
            self.blocks.push(Block::List { id, ordered, start, items });
        }
    }

    /// A table: a data table (rows of cells in at least two columns) becomes a
    /// [`Block::Table`], its header rows those of `thead` or else the leading rows of `th`
    /// cells; a cell spanning columns or rows is set in its first cell, the others left
    /// empty. A layout table (page structure: marked `role="presentation"`, holding a
    /// table or block structure such as headings, lists or paragraphs in its cells, or
    /// only one column of text) is read as the blocks of its cells in order.
    fn table(&mut self, el: &NodeRef, depth: usize) {
        let caption = el.element_children().into_iter().find(|c| is(c, &["caption"]));
        match data_table(el, self.targets) {
            Some((head, body, mut align)) => {
                if align.iter().all(|a| *a == ColumnAlign::Default) {
                    align = self.page_alignment(&head, &body).unwrap_or(align);
                }
                let caption = caption.map(|c| tidy(inlines_of(&c, self.targets))).filter(|c| !c.is_empty());
                let id = self.id();
                self.blocks.push(Block::Table { id, table: Table::new(caption, align, head, body) });
            }
            None => self.walk(el, depth),
        }
    }

    /// The column alignment of the page's table with these rows.
    fn page_alignment(&self, head: &Rows, body: &Rows) -> Option<Vec<ColumnAlign>> {
        let texts = |rows: &Rows| rows.iter().map(|r| r.iter().map(|c| crate::model::plain_text(c)).collect::<Vec<_>>()).collect::<Vec<_>>();
        let want = (texts(head), texts(body));
        self.page.select("table").nodes().iter().find_map(|t| {
            let (h, b, align) = data_table(t, self.targets)?;
            ((texts(&h), texts(&b)) == want).then_some(align)
        })
    }

    /// A block quotation: each paragraph inside it becomes one of the quote's paragraphs.
    fn quote(&mut self, el: &NodeRef, depth: usize) {
        let mut inner = Builder { article_id: self.article_id, next: 0, blocks: Vec::new(), open: Vec::new(), targets: self.targets, page: self.page };
        inner.walk(el, depth);
        inner.flush();
        let paragraphs: Vec<Vec<Inline>> = inner
            .blocks
            .into_iter()
            .flat_map(|b| match b {
                Block::Paragraph { content, .. } | Block::Heading { content, .. } | Block::Caption { content, .. } => vec![content],
                Block::Quote { paragraphs, .. } => paragraphs,
                // A list quoted (a certificate's numbered clauses) keeps its items apart,
                // numbered as the page numbers them.
                Block::List { items, ordered, start, .. } => items
                    .into_iter()
                    .zip(start..)
                    .map(|(mut item, n)| {
                        if ordered {
                            item.insert(0, Inline::Text(format!("{n}. ")));
                        }
                        item
                    })
                    .collect(),
                Block::Sources { title, .. } => vec![vec![Inline::Text(title)]],
                Block::Table { table, .. } => row_paragraphs(&table),
                Block::Code { text, .. } => vec![vec![Inline::Text(text)]],
            })
            .collect();
        if !paragraphs.is_empty() {
            let id = self.id();
            self.blocks.push(Block::Quote { id, paragraphs });
        }
    }

    fn is_note_target(&self, el: &NodeRef) -> bool {
        el.attr("id").is_some_and(|id| self.targets.contains_key(&*id))
    }
}

/// Paragraphs (or lines) read on as one, `between` each two (their words must not run
/// together: "…the kernel.Any problems"): a space, or a line break that [`tidy`] reads as
/// one.
fn joined(paragraphs: Vec<Vec<Inline>>, between: &str) -> Vec<Inline> {
    paragraphs
        .into_iter()
        .reduce(|mut a, b| {
            a.push(Inline::Text(between.into()));
            a.extend(b);
            a
        })
        .unwrap_or_default()
}

/// Inlines cut where two `<br>`s or more, with only spaces between, leave a blank line.
fn split_at_blank_lines(open: Vec<Inline>) -> Vec<Vec<Inline>> {
    let mut paragraphs = vec![Vec::new()];
    // The line breaks (and spaces) since the last text, not yet placed.
    let mut pending: Vec<Inline> = Vec::new();
    for inline in open {
        match &inline {
            Inline::Text(t) if t == LINE_BREAK || t.trim().is_empty() && !pending.is_empty() => pending.push(inline),
            _ => {
                let breaks = pending.iter().filter(|i| matches!(i, Inline::Text(t) if t == LINE_BREAK)).count();
                if breaks >= 2 {
                    paragraphs.push(Vec::new());
                } else {
                    paragraphs.last_mut().expect("one paragraph at least").append(&mut pending);
                }
                pending.clear();
                paragraphs.last_mut().expect("one paragraph at least").push(inline);
            }
        }
    }
    paragraphs.last_mut().expect("one paragraph at least").append(&mut pending);
    paragraphs
}

/// A paragraph's inlines cut at its `<br>`s, blank lines left out.
fn split_at_line_breaks(open: Vec<Inline>) -> Vec<Vec<Inline>> {
    let mut lines = vec![Vec::new()];
    for inline in open {
        match &inline {
            Inline::Text(t) if t == LINE_BREAK => lines.push(Vec::new()),
            _ => lines.last_mut().expect("one line at least").push(inline),
        }
    }
    lines.retain(|l| !crate::model::plain_text(l).trim().is_empty());
    lines
}

/// The most words a line of a column of short lines holds ([`is_column`]), and a line of
/// any column.
const COLUMN_LINE_WORDS: usize = 12;
const COLUMN_ENTRY_WORDS: usize = 40;

/// Whether lines are a column of entries written without a list's marks: three lines or
/// more, each led alike: by its name in bold, short ("**Ada Quist**, Velmora University<br>
/// **Tora Lind**<br>**Kavro Thelwin**, writer": a letter's signatories, a cast), by the
/// no-break spaces that indent an item by hand, or by the day it dates (a schedule's
/// "Tuesday, March 4, 2025 at 9:00 AM (…)"). Read on as one paragraph, the entries would
/// blur into each other; they are a list's items.
fn is_column(lines: &[Vec<Inline>]) -> bool {
    // A line's first run that shows something (no-break spaces do).
    fn first(line: &[Inline]) -> Option<&Inline> {
        line.iter().find(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty() && !t.contains('\u{a0}')))
    }
    let bold_led = |line: &Vec<Inline>| matches!(first(line), Some(Inline::Strong(_)));
    let words = |line: &Vec<Inline>| crate::model::plain_text(line).split_whitespace().count();
    let indented = |line: &Vec<Inline>| matches!(first(line), Some(Inline::Text(t)) if t.trim_start_matches(|c: char| c.is_whitespace() && c != '\u{a0}').starts_with("\u{a0}\u{a0}"));
    let dated = |line: &Vec<Inline>| {
        let text = crate::model::plain_text(line);
        let text = text.trim();
        let found = super::super::dates::find_all(text, super::super::dates::NumericOrder::Unknown).into_iter().next();
        found.is_some_and(|f| f.iso.len() == 10 && WEEKDAY_BEFORE.is_match(&text[..f.start]))
    };
    let all = |test: &dyn Fn(&Vec<Inline>) -> bool| lines.iter().all(test);
    lines.len() >= 3
        && all(&|l| words(l) <= COLUMN_ENTRY_WORDS)
        && (all(&|l| bold_led(l) && words(l) <= COLUMN_LINE_WORDS) || all(&indented) || all(&dated))
}

/// What may stand before a date opening a line: nothing, or its weekday.
static WEEKDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$").unwrap());

/// Inlines whose bold, italic or linked runs holding a `<br>` are cut at it, the break
/// between the two halves (`<b>Ada Quist<br>Tora Lind</b>`: two lines, each in bold).
fn lifted_line_breaks(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        // The run's content, and the run emptied to wrap each part in.
        let (content, shell) = match inline {
            Inline::Strong(c) => (c, Inline::Strong(Vec::new())),
            Inline::Emphasis(c) => (c, Inline::Emphasis(Vec::new())),
            Inline::Link { url, content } => (content, Inline::Link { url, content: Vec::new() }),
            other => {
                out.push(other);
                continue;
            }
        };
        let make = |part: Vec<Inline>| match &shell {
            Inline::Strong(_) => Inline::Strong(part),
            Inline::Link { url, .. } => Inline::Link { url: url.clone(), content: part },
            _ => Inline::Emphasis(part),
        };
        let mut part = Vec::new();
        for inner in lifted_line_breaks(content) {
            if matches!(&inner, Inline::Text(t) if t == LINE_BREAK) {
                out.extend((!part.is_empty()).then(|| make(std::mem::take(&mut part))));
                out.push(inner);
            } else {
                part.push(inner);
            }
        }
        out.extend((!part.is_empty()).then(|| make(part)));
    }
    out
}

/// A list a page wrote as lines ("1. Ann<br>2. Bo<br>3. Cy", "• Ann<br>• Bo").
struct LineList {
    ordered: bool,
    start: u32,
    items: Vec<Vec<Inline>>,
}

/// The lines of a paragraph as a list, when two or more are items of one kind (numbers
/// counting up by one, or one bullet) and only the first may be something else (its
/// lead-in: "The winners:"). Returns the lead-in (perhaps empty) and the list, the items'
/// markers taken off.
fn list_of_lines(lines: &[Vec<Inline>]) -> Option<(Vec<Inline>, LineList)> {
    let marker = |line: &Vec<Inline>| {
        let Some(Inline::Text(first)) = line.first() else { return None };
        let c = LINE_ITEM.captures(first)?;
        let number = c.get(1).map(|n| n.as_str().parse::<u32>().ok());
        let text_start = c.get(0).map_or(0, |m| m.end());
        let item = crate::model::plain_text(line).chars().count() > first[..text_start].chars().count();
        item.then(|| (number, text_start, c.get(2).map(|b| b.as_str().to_string())))
    };
    let lead = usize::from(marker(lines.first()?).is_none());
    let marked: Vec<_> = lines[lead..].iter().map(marker).collect::<Option<_>>()?;
    if marked.len() < 2 {
        return None;
    }
    let ordered = marked[0].0.is_some();
    let start = marked[0].0.flatten().unwrap_or(1);
    let one_kind = marked.iter().enumerate().all(|(k, (number, _, bullet))| match number {
        Some(n) => ordered && *n == Some(start + k as u32),
        None => !ordered && *bullet == marked[0].2,
    });
    if !one_kind {
        return None;
    }
    let items = lines[lead..]
        .iter()
        .zip(&marked)
        .map(|(line, (_, text_start, _))| {
            let mut item = line.clone();
            if let Some(Inline::Text(first)) = item.first_mut() {
                *first = first[*text_start..].to_string();
            }
            tidy(item)
        })
        .collect();
    let lead_in = if lead == 1 { lines[0].clone() } else { Vec::new() };
    Some((lead_in, LineList { ordered, start, items }))
}

/// A code block's code where the block also holds its controls, links or buttons beside
/// the code ("<pre><a class="run" href="…">Run</a><code>…</code></pre>", a playground's).
fn code_beside_controls<'a>(pre: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let children = pre.children_it(false).filter(|c| !c.is_text() || !c.text().trim().is_empty());
    let (mut code, mut controls) = (None, 0);
    for child in children {
        match child.node_name().map(|n| n.to_ascii_lowercase()).as_deref() {
            Some("code") if code.is_none() => code = Some(child),
            Some("a" | "button") => controls += 1,
            _ => return None,
        }
    }
    code.filter(|_| controls > 0)
}

/// The text of a `<pre>` as a browser shows it: its text nodes as written, a `<br>` a new
/// line, a block element inside it (a highlighter's line `<div>`) on lines of its own.
fn preformatted_text(el: &NodeRef) -> String {
    fn walk(node: &NodeRef, out: &mut String) {
        for child in node.children_it(false) {
            if child.is_text() {
                out.push_str(&child.text());
            } else if child.is_element() {
                let name = child.node_name().map(|n| n.to_lowercase()).unwrap_or_default();
                if name == "br" {
                    out.push('\n');
                } else if !left_out(&child, &name) {
                    let block = BLOCKS.contains(&name.as_str());
                    if block && !out.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                    walk(&child, out);
                    if block && !out.ends_with('\n') {
                        out.push('\n');
                    }
                }
            }
        }
    }
    let mut out = String::new();
    walk(el, &mut out);
    out
}

/// Takes a wiki's trailing "[edit]" control or a permalink mark off a heading: controls
/// of the site, not words of the title.
fn drop_heading_control(content: &mut Vec<Inline>) {
    let text = crate::model::plain_text(content);
    let Some(m) = HEADING_CONTROL.find(&text) else { return };
    let mut excess = text.len() - m.start();
    while excess > 0 {
        match content.last_mut() {
            Some(Inline::Text(t)) if t.len() > excess => {
                t.truncate(t.len() - excess);
                excess = 0;
            }
            Some(last) => {
                excess = excess.saturating_sub(crate::model::plain_text(std::slice::from_ref(last)).len());
                content.pop();
            }
            None => break,
        }
    }
}

/// A heading's content without the bold wrapped round all of it (`<h3><strong>1.
/// Normalize challenges.</strong></h3>`): a heading is set bold by its rank, and a bold
/// inside it would print as bold on bold or show its asterisks in the Markdown.
fn unbolded(content: Vec<Inline>) -> Vec<Inline> {
    let blank = |i: &Inline| matches!(i, Inline::Text(t) if t.trim().is_empty());
    let all_bold = content.iter().any(|i| matches!(i, Inline::Strong(_))) && content.iter().all(|i| matches!(i, Inline::Strong(_)) || blank(i));
    if !all_bold {
        return content;
    }
    content.into_iter().flat_map(|i| match i {
        Inline::Strong(inner) => inner,
        other => vec![other],
    }).collect()
}

/// What stands between a heading's parts that the page sets apart by its style sheet alone.
const PART_SEPARATOR: &str = " — ";

/// A heading whose parts are elements run together in the markup, which the page's style sheet
/// sets on lines of their own ("<a>Ann Lee</a><em>Rain</em><span>Label</span>" is the artist,
/// the album and its label): a separator between two parts where a word would run into a
/// capital. A letter set apart as an initial runs into its word as it should.
fn parted(content: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(content.len());
    for inline in content {
        if matches!(&inline, Inline::Text(t) if t == PART_BREAK) {
            out.push(Inline::Text(PART_SEPARATOR.into()));
            continue;
        }
        if let Some(last) = out.last() {
            let (left, right) = (crate::model::plain_text(std::slice::from_ref(last)), crate::model::plain_text(std::slice::from_ref(&inline)));
            let elements = !matches!(last, Inline::Text(_)) || !matches!(inline, Inline::Text(_));
            let glued = left.chars().last().is_some_and(char::is_alphanumeric) && right.chars().next().is_some_and(char::is_uppercase);
            if elements && glued && left.chars().count() > 1 {
                out.push(Inline::Text(PART_SEPARATOR.into()));
            }
        }
        out.push(inline);
    }
    out
}

/// A footnote's target element id and its model id.
type NoteTargets = HashMap<String, String>;

/// A table inside a quote or a list item, which the model cannot nest: its caption, then a
/// paragraph per row of its cells separated by " | ".
fn row_paragraphs(table: &Table) -> Vec<Vec<Inline>> {
    let rows = table.head.iter().chain(&table.body).map(|row| {
        let mut out = Vec::new();
        for cell in row.iter().filter(|c| !c.is_empty()) {
            if !out.is_empty() {
                out.push(Inline::Text(" | ".into()));
            }
            out.extend(cell.iter().cloned());
        }
        out
    });
    table.caption.iter().cloned().chain(rows).filter(|p| !p.is_empty()).collect()
}

/// Whether a cell is empty or all strong text.
fn all_strong(cell: &[Inline]) -> bool {
    matches!(cell, [] | [Inline::Strong(_)])
}

/// Whether `el` is one of the elements `names`.
fn is(el: &NodeRef, names: &[&str]) -> bool {
    el.node_name().is_some_and(|n| names.iter().any(|m| n.eq_ignore_ascii_case(m)))
}

/// Elements whose presence in a cell marks a layout table (a page's structure, not data).
const LAYOUT_CONTENT: &[&str] = &["table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "figure", "pre", "form", "article", "section", "nav", "aside"];

/// The most columns and rows one cell may span (a hostile `colspan="100000"`).
const MAX_SPAN: usize = 64;

/// Rows of one table: (whether in `thead`, the row element), in document order, with
/// `tfoot` rows last as browsers show them.
fn table_rows<'a>(table: &NodeRef<'a>) -> Vec<(bool, NodeRef<'a>)> {
    let mut rows = Vec::new();
    let mut foot = Vec::new();
    for child in table.element_children() {
        if is(&child, &["tr"]) {
            rows.push((false, child));
        } else if is(&child, &["thead", "tbody", "tfoot"]) {
            let head = is(&child, &["thead"]);
            let into = if is(&child, &["tfoot"]) { &mut foot } else { &mut rows };
            into.extend(child.element_children().into_iter().filter(|r| is(r, &["tr"])).map(|r| (head, r)));
        }
    }
    rows.extend(foot);
    rows
}

/// A cell's alignment from its `align` attribute or `text-align` style.
fn cell_align(cell: &NodeRef) -> Option<ColumnAlign> {
    let style = cell.attr("style").map(|s| s.to_ascii_lowercase()).unwrap_or_default();
    let from_style = style.split(';').find_map(|d| d.split_once(':').filter(|(k, _)| k.trim() == "text-align").map(|(_, v)| v.trim().to_string()));
    let value = from_style.or_else(|| cell.attr("align").map(|a| a.trim().to_ascii_lowercase()))?;
    match value.as_str() {
        "left" | "start" => Some(ColumnAlign::Left),
        "center" => Some(ColumnAlign::Center),
        "right" | "end" => Some(ColumnAlign::Right),
        _ => None,
    }
}

/// A span attribute (`colspan`, `rowspan`) as a count from 1 to [`MAX_SPAN`].
fn span(cell: &NodeRef, attr: &str) -> usize {
    cell.attr(attr).and_then(|v| v.trim().parse::<usize>().ok()).unwrap_or(1).clamp(1, MAX_SPAN)
}

type Rows = Vec<Vec<Vec<Inline>>>;

/// The header rows, body rows and column alignments of a data table; `None` for a
/// layout table.
fn data_table(table: &NodeRef, targets: &NoteTargets) -> Option<(Rows, Rows, Vec<ColumnAlign>)> {
    let role = table.attr("role").map(|r| r.to_ascii_lowercase()).unwrap_or_default();
    if role == "presentation" || role == "none" {
        return None;
    }
    let rows = table_rows(table);
    let mut grid: Vec<(bool, Vec<Vec<Inline>>)> = Vec::new();
    let mut align: Vec<Option<ColumnAlign>> = Vec::new();
    let mut head_align: Vec<Option<ColumnAlign>> = Vec::new();
    // Rows still covered by a cell spanning down from above, per column.
    let mut covered: Vec<usize> = Vec::new();
    let mut paragraphs_in_a_cell = false;
    for (in_head, tr) in &rows {
        let cells: Vec<NodeRef> = tr.element_children().into_iter().filter(|c| is(c, &["td", "th"])).collect();
        let all_th = !cells.is_empty() && cells.iter().all(|c| is(c, &["th"]));
        let mut row: Vec<Vec<Inline>> = Vec::new();
        let mut cells = cells.into_iter();
        loop {
            while covered.get(row.len()).is_some_and(|&n| n > 0) {
                covered[row.len()] -= 1;
                row.push(Vec::new());
            }
            let Some(cell) = cells.next() else { break };
            if cell.descendants_it().any(|d| d.is_element() && is(&d, LAYOUT_CONTENT)) {
                return None;
            }
            paragraphs_in_a_cell |= cell.descendants_it().filter(|d| is(d, &["p"])).count() > 1 || cell.descendants_it().filter(|d| is(d, &["br"])).count() > 1;
            let (across, down) = (span(&cell, "colspan"), span(&cell, "rowspan"));
            let col = row.len();
            let aligns = if *in_head || all_th { &mut head_align } else { &mut align };
            if aligns.len() < col + 1 {
                aligns.resize(col + 1, None);
            }
            aligns[col] = aligns[col].or(cell_align(&cell));
            row.push(tidy(inlines_of(&cell, targets)));
            row.resize(col + across, Vec::new());
            if covered.len() < col + across {
                covered.resize(col + across, 0);
            }
            covered[col..col + across].iter_mut().for_each(|c| *c = down - 1);
        }
        grid.push((*in_head || all_th, row));
    }
    let texts_in = |col: usize| grid.iter().any(|(_, r)| r.get(col).is_some_and(|c| !c.is_empty()));
    let columns = grid.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    // One column of text, or one row of cells holding paragraphs (or lines): a page's layout.
    let rows_of_text = grid.iter().filter(|(_, r)| r.iter().any(|c| !c.is_empty())).count();
    if (0..columns).filter(|&c| texts_in(c)).count() < 2 || (paragraphs_in_a_cell && rows_of_text < 2) {
        return None;
    }
    // Header rows: those of `thead`, else the leading rows of header cells only, else a
    // first row whose every cell is all strong text (the heads of a table written
    // without header cells), set as heads without the bold.
    let has_thead = rows.iter().any(|(h, _)| *h);
    let lead = grid.iter().take_while(|(h, _)| *h).count();
    let split = if has_thead {
        rows.iter().take_while(|(h, _)| *h).count()
    } else if lead == 0 && grid.len() > 1 && grid[0].1.iter().any(|c| !c.is_empty()) && grid[0].1.iter().all(|c| all_strong(c)) {
        for cell in &mut grid[0].1 {
            if let [Inline::Strong(inner)] = cell.as_slice() {
                *cell = inner.clone();
            }
        }
        1
    } else {
        lead
    };
    let (head, body): (Rows, Rows) = {
        let mut all = grid.into_iter().map(|(_, r)| r);
        let head = all.by_ref().take(split).collect();
        (head, all.collect())
    };
    let align = (0..columns).map(|c| align.get(c).copied().flatten().or(head_align.get(c).copied().flatten()).unwrap_or_default()).collect();
    Some((head, body, align))
}


/// Whether an inline element is marked as a picture's caption by its class ("caption",
/// "image-caption", "photo_caption"; a newspaper's "cutline"), or as its credit.
pub(super) fn is_inline_caption(el: &NodeRef) -> bool {
    el.attr("class").is_some_and(|c| {
        c.split_whitespace().any(|t| {
            let t = t.to_ascii_lowercase();
            ["caption", "cutline", "credit"].iter().any(|name| t == *name || t.ends_with(&format!("-{name}")) || t.ends_with(&format!("_{name}")))
        })
    })
}

/// Whether an element marked as a credit opens on a separator ("&nbsp;|&nbsp; Guest
/// Columnists" after the writers' names): it goes on the line before it (a byline's role),
/// as a picture's caption or credit never opens so.
fn continues_a_line(el: &NodeRef) -> bool {
    el.text().trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}').starts_with(['|', '·', '•', '/'])
}

/// A caption's text. A caption built of sibling elements with nothing between them
/// (`<span>The pier in 1920.</span><span>Credit</span><span>Jo Lee</span>`) is spaced by
/// style on the page: its parts are kept apart by a space, and a part repeating the one
/// before it (a label written twice, once for screen readers) is left out.
fn caption_inlines(el: &NodeRef, targets: &NoteTargets) -> Vec<Inline> {
    let elements: Vec<NodeRef> = el.children_it(false).filter(|c| c.is_element()).collect();
    let only_elements = el.children_it(false).all(|c| c.is_element() || c.text().trim().is_empty());
    if elements.len() < 2 || !only_elements {
        return inlines_of(el, targets);
    }
    let mut out = Vec::new();
    let mut previous = String::new();
    let mut previous_at = 0;
    for child in elements {
        let part = caption_inlines(&child, targets);
        let text = crate::model::plain_text(&part).trim().to_string();
        if text.is_empty() || text == previous {
            continue;
        }
        // "Credit" then "Credit Jo Lee": the label is in the part after it too.
        if !previous.is_empty() && text.starts_with(&format!("{previous} ")) {
            out.truncate(previous_at);
        }
        previous_at = out.len();
        if !out.is_empty() {
            out.push(Inline::Text(" ".into()));
        }
        out.extend(part);
        previous = text;
    }
    out
}

fn inlines_of(el: &NodeRef, targets: &NoteTargets) -> Vec<Inline> {
    let mut out = Vec::new();
    inline_children(el, &mut out, 0, targets);
    out
}

fn inline_children(el: &NodeRef, out: &mut Vec<Inline>, depth: usize, targets: &NoteTargets) {
    let mut glued = false;
    let mut element_before = None;
    for child in el.children_it(false) {
        if child.is_text() {
            if element_before.as_ref().is_some_and(|before| sentence_runs_on(before, out, &child.text())) {
                out.push(Inline::Text(PART_BREAK.into()));
            }
            out.extend(after_drop_capital(&child.text(), &mut glued));
            element_before = None;
        } else if child.is_element() {
            if element_before.as_ref().is_some_and(|before| runs_into(before, out, &child)) {
                out.push(Inline::Text(PART_BREAK.into()));
            }
            glued = opens_on_drop_capital(&child, out);
            inline_element(&child, out, depth + 1, targets);
            element_before = Some(child);
        }
    }
}

/// Whether an element's words would run into the words of the element right before it, with
/// no space between them in the markup: a lowercase letter before a capitalised word ("Ana
/// Lima" "The Associated Press" read as "LimaThe"). The page's style sheet sets such parts on
/// lines of their own; a [`PART_BREAK`] stands between them. (A letter set apart runs into
/// its word: "i" "Phone".) So do a time stamp's figures and the words after it ("21:00"
/// "Ana Lima" of a live blog's entry, read as "21:00Ana").
fn runs_into(before: &NodeRef, out: &[Inline], el: &NodeRef) -> bool {
    // (Not an element left out, whose first words are none: a button; nor a block, which
    // sets its words apart itself.)
    let shown = el.node_name().is_some_and(|n| !SKIPPED.contains(&n.to_ascii_lowercase().as_str())) && !is_block_element(el);
    let stamp = before.node_name().is_some_and(|n| n.eq_ignore_ascii_case("time")) && last_letter(out).is_some_and(|c| c.is_ascii_digit());
    let lowercase = last_letter(out).is_some_and(char::is_lowercase);
    // (The next words are read only after a letter or a stamp that may run into them.)
    if !shown || !(stamp || lowercase) {
        return false;
    }
    let next = first_text(el, 0).unwrap_or_default();
    let mut next = next.chars();
    let (first, second) = (next.next(), next.next());
    (stamp && first.is_some_and(char::is_alphabetic) || lowercase && first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase))
        && before.text().trim().chars().count() > 1
}

/// Whether a sentence's end and the next sentence run together across an empty element
/// between them, the page's own line break ("for several years.<span class=br></span>A
/// series of incidents" read as "years.A series"). So do a part set in an element of its
/// own and the sentence after the break ("<span class=strong>A Newborn Survives</span><span
/// class=br></span>One of the …" read as "SurvivesOne"); a word's letters either side of an
/// empty element, in one run of text, are one word ("Java<wbr>Script").
fn sentence_runs_on(before: &NodeRef, out: &[Inline], text: &str) -> bool {
    let mut next = text.chars();
    let (first, second) = (next.next(), next.next());
    let last = last_letter(out);
    let sentence_end = last.is_some_and(|c| matches!(c, '.' | '!' | '?'));
    let part_end = || last.is_some_and(char::is_lowercase) && second.is_some_and(char::is_lowercase) && after_a_part(before);
    // (The element's text, the dearest to read, last.)
    first.is_some_and(char::is_uppercase) && (sentence_end || part_end()) && before.text().trim().is_empty()
}

/// Whether the empty elements ending at `el` follow an element with words of its own.
fn after_a_part(el: &NodeRef) -> bool {
    let mut sibling = el.prev_sibling();
    while let Some(node) = sibling {
        if !node.is_element() {
            return false;
        }
        if !node.text().trim().is_empty() {
            return true;
        }
        sibling = node.prev_sibling();
    }
    false
}

/// An element's first text, however deep (a space when it opens on one).
fn first_text(el: &NodeRef, depth: usize) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    el.children_it(false).find_map(|child| {
        if child.is_text() {
            Some(child.text().to_string()).filter(|t| !t.is_empty())
        } else if child.is_element() && (is_block_element(&child) || child.node_name().is_some_and(|n| n.eq_ignore_ascii_case("br"))) {
            // (A break before the words: they do not run in.)
            Some("\n".to_string())
        } else if child.is_element() && !SKIPPED.contains(&child.node_name()?.to_ascii_lowercase().as_str()) {
            first_text(&child, depth + 1)
        } else {
            None
        }
    })
}

/// The last character of a run's text (None after a space, or where the run has no text).
fn last_letter(run: &[Inline]) -> Option<char> {
    match run.last()? {
        Inline::Text(t) => t.chars().last(),
        Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { content: inner, .. } | Inline::Lang { content: inner, .. } => last_letter(inner),
        Inline::NoteRef(_) | Inline::Anchor(_) => None,
    }
}

/// A text node as a run, the space set after a drop capital left out: the rest of its word
/// follows ("T" "he ferry"). `glued` says a drop capital came before; it lasts until a text.
fn after_drop_capital(text: &str, glued: &mut bool) -> Option<Inline> {
    let text = &without_stray_format_marks(text);
    let text = if *glued { text.trim_start() } else { text };
    (!text.is_empty()).then(|| {
        *glued = false;
        Inline::Text(text.to_string())
    })
}

/// Whether an element is the drop capital of the paragraph `open` starts.
fn opens_on_drop_capital(el: &NodeRef, open: &[Inline]) -> bool {
    is_drop_capital(el) && crate::model::plain_text(open).trim().is_empty()
}

/// Whether an element is a paragraph's drop capital: one capital letter, styled apart by a
/// class that says so ("dropcap", "g-drop", "initial", "first-letter"). Not "A", "I" or
/// "O", which are words of their own ("A man" is no "Aman").
fn is_drop_capital(el: &NodeRef) -> bool {
    let class = el.attr("class").unwrap_or_default().to_ascii_lowercase();
    let text = el.text();
    let mut letters = text.trim().chars();
    let letter = letters.next().filter(|c| c.is_uppercase() && !matches!(c, 'A' | 'I' | 'O'));
    letter.is_some() && letters.next().is_none() && ["drop", "initial", "first-letter", "firstletter"].iter().any(|k| class.contains(k))
}

/// Bold content without the bold inside it: `<b><strong>Fed</strong></b>` is bold once (the
/// Markdown of bold in bold, `****Fed****`, is no emphasis at all).
fn unnested_strong(content: Vec<Inline>) -> Vec<Inline> {
    content
        .into_iter()
        .flat_map(|inline| match inline {
            Inline::Strong(inner) => unnested_strong(inner),
            Inline::Emphasis(inner) => vec![Inline::Emphasis(unnested_strong(inner))],
            Inline::Link { url, content } => vec![Inline::Link { url, content: unnested_strong(content) }],
            other => vec![other],
        })
        .collect()
}

/// Whether an element's text is no part of the body: a control, code, a forum signature's
/// text marked for us.
fn left_out(el: &NodeRef, name: &str) -> bool {
    SKIPPED.contains(&name) || el.has_class(super::LEFT_OUT)
}

/// One inline element: emphasis, strong, a link, a footnote reference, or plain content.
fn inline_element(el: &NodeRef, out: &mut Vec<Inline>, depth: usize, targets: &NoteTargets) {
    let name = el.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
    if left_out(el, &name) {
        return;
    }
    if depth > MAX_DEPTH {
        out.push(Inline::Text(el.text().to_string()));
        return;
    }
    let mut inner = Vec::new();
    match name.as_str() {
        "em" | "i" | "cite" | "dfn" => {
            inline_children(el, &mut inner, depth, targets);
            out.push(Inline::Emphasis(inner));
        }
        "strong" | "b" => {
            inline_children(el, &mut inner, depth, targets);
            out.push(Inline::Strong(unnested_strong(inner)));
        }
        "a" => {
            let href = el.attr("href").map(|h| h.to_string()).unwrap_or_default();
            if let Some(id) = href.strip_prefix('#').and_then(|t| targets.get(t)) {
                out.push(Inline::NoteRef(id.clone()));
                return;
            }
            inline_children(el, &mut inner, depth, targets);
            if href.starts_with("http://") || href.starts_with("https://") {
                out.push(Inline::Link { url: href, content: inner });
            } else {
                out.extend(inner);
            }
        }
        "br" => out.push(Inline::Text(LINE_BREAK.into())),
        _ => {
            if BLOCKS.contains(&name.as_str()) {
                out.push(Inline::Text(" ".into()));
            }
            inline_children(el, out, depth, targets);
        }
    }
}

/// Whitespace collapsed across inline boundaries, adjacent texts merged, empty wrappers
/// dropped, the run trimmed at both ends (of the no-break spaces a page indents a paragraph
/// with and of a stray byte-order mark too: a line of nothing else is no paragraph).
pub fn tidy(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut space = true;
    collapse(inlines, &mut out, &mut space);
    let mut out = join_runs(out);
    spaced_line_breaks(&mut out);
    spaced_after_labels(&mut out);
    trim_start(&mut out);
    trim_end(&mut out);
    out
}

/// The line breaks [`collapse`] kept (so that [`join_runs`] does not join the runs either
/// side of one: `<b>Ada Quist</b><br><b>Tora Lind</b>` is two names), and the breaks
/// between parts, read as spaces.
fn spaced_line_breaks(inlines: &mut [Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) if t.contains(LINE_BREAK) || t.contains(PART_BREAK) => *t = t.replace(LINE_BREAK, " ").replace(PART_BREAK, " "),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => spaced_line_breaks(c),
            _ => {}
        }
    }
}

/// A bold label's colon followed by a word set close ("<b>Ana:</b>When I …", the space left
/// to the style sheet): a space after the colon.
fn spaced_after_labels(inlines: &mut [Inline]) {
    for i in 1..inlines.len() {
        let (head, tail) = inlines.split_at_mut(i);
        let label = matches!(&head[i - 1], Inline::Strong(c) if crate::model::plain_text(c).ends_with(':'));
        if let (true, Inline::Text(t)) = (label, &mut tail[0]) {
            if t.starts_with(char::is_alphabetic) {
                t.insert(0, ' ');
            }
        }
    }
}

/// Runs of the same emphasis the page wrote back to back, or apart by a space alone, joined
/// into one (`<b>Barack Obama</b><b>?</b>` is one bold question, not "**Barack
/// Obama****?**"), and the texts that then meet joined too.
fn join_runs(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::Strong(c) => push_joined(&mut out, Inline::Strong(unnested_strong(join_runs(c)))),
            Inline::Emphasis(c) => reverse_italics(join_runs(c)).into_iter().for_each(|i| push_joined(&mut out, i)),
            Inline::Link { url, content } => push_joined(&mut out, Inline::Link { url, content: join_runs(content) }),
            other => push_joined(&mut out, other),
        }
    }
    out
}

/// Italic content with italic inside it: italic once where the inner run is all of it
/// (`<em><em>…</em></em>`), else the inner run set in roman, as a title inside italic text
/// is (the Markdown of italic in italic, `**`, would read as bold).
fn reverse_italics(content: Vec<Inline>) -> Vec<Inline> {
    let content = match <[Inline; 1]>::try_from(content) {
        Ok([Inline::Emphasis(inner)]) => return vec![Inline::Emphasis(inner)],
        Ok(one) => Vec::from(one),
        Err(content) => content,
    };
    let mut out = Vec::new();
    let mut italic = Vec::new();
    for inline in content {
        match inline {
            Inline::Emphasis(inner) => {
                if !italic.is_empty() {
                    out.push(Inline::Emphasis(std::mem::take(&mut italic)));
                }
                out.extend(inner);
            }
            other => italic.push(other),
        }
    }
    if !italic.is_empty() {
        out.push(Inline::Emphasis(italic));
    }
    out
}

/// Pushes a run whose own content is joined already, joining it to the last one.
fn push_joined(out: &mut Vec<Inline>, inline: Inline) {
    let n = out.len();
    let spaced = n >= 2 && matches!(&out[n - 1], Inline::Text(t) if t == " ") && same_emphasis(&out[n - 2], &inline);
    let space = if spaced { out.pop() } else { None };
    match (out.last_mut(), inline) {
        (Some(Inline::Text(prev)), Inline::Text(t)) => prev.push_str(&t),
        (Some(Inline::Strong(prev)), Inline::Strong(c)) | (Some(Inline::Emphasis(prev)), Inline::Emphasis(c)) if !broken_between(prev, &c) => {
            for item in space.into_iter().chain(c) {
                push_joined(prev, item);
            }
        }
        (_, inline) => out.extend(space.into_iter().chain(std::iter::once(inline))),
    }
}

/// Whether a line break ends one run or starts the next (`<b>Ada Quist<br></b><b>Tora
/// Lind</b>`): two lines, not one run.
fn broken_between(prev: &[Inline], next: &[Inline]) -> bool {
    matches!(prev.last(), Some(Inline::Text(t)) if t.ends_with(LINE_BREAK)) || matches!(next.first(), Some(Inline::Text(t)) if t.starts_with(LINE_BREAK))
}

/// Whether two runs are of one emphasis: both bold, or both italic.
fn same_emphasis(a: &Inline, b: &Inline) -> bool {
    matches!((a, b), (Inline::Strong(_), Inline::Strong(_)) | (Inline::Emphasis(_), Inline::Emphasis(_)))
}

/// Characters a run's start shows nothing of: spaces, no-break spaces and the invisible
/// format marks ([`is_format_mark`]).
fn blank_at_start(c: char) -> bool {
    c.is_whitespace() || is_format_mark(c)
}

/// The invisible marks a page's editor leaves in its text: a zero-width space or joiner, a
/// non-joiner, a word joiner, a byte-order mark.
fn is_format_mark(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// A text without the format marks that stand beside a space, a Latin letter or another
/// mark, or at its edges: there they join or part nothing ("supply \u{200c}and", a
/// paragraph of one non-joiner), and they hide a word's capital from the index. Between two
/// letters of another script they are the script's own (a Thai word break, a Persian
/// non-joiner, the joiner inside an emoji).
fn without_stray_format_marks(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_format_mark) {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let plain = |c: Option<&char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii() || is_format_mark(*c));
    let kept = chars.iter().enumerate().filter(|&(i, c)| !is_format_mark(*c) || !(plain(i.checked_sub(1).and_then(|j| chars.get(j))) || plain(chars.get(i + 1))));
    std::borrow::Cow::Owned(kept.map(|(_, c)| c).collect())
}

/// Removes what shows nothing at the start of a run (inside its first wrapper too).
pub(super) fn trim_start(out: &mut Vec<Inline>) {
    while let Some(first) = out.first_mut() {
        match first {
            Inline::Text(t) => {
                let trimmed = t.trim_start_matches(blank_at_start);
                if trimmed.is_empty() {
                    out.remove(0);
                    continue;
                }
                *t = trimmed.to_string();
            }
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                trim_start(c);
                if c.is_empty() {
                    out.remove(0);
                    continue;
                }
            }
            _ => {}
        }
        break;
    }
}

fn collapse(inlines: Vec<Inline>, out: &mut Vec<Inline>, space: &mut bool) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                let mut s = String::new();
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{a0}' {
                        if !*space {
                            s.push(' ');
                            *space = true;
                        }
                        if c == '\u{2028}' {
                            break_last_space(&mut s, out);
                        }
                    } else {
                        s.push(c);
                        *space = false;
                    }
                }
                match out.last_mut() {
                    Some(Inline::Text(prev)) => prev.push_str(&s),
                    _ if !s.is_empty() => out.push(Inline::Text(s)),
                    _ => {}
                }
            }
            Inline::Emphasis(c) => wrap(c, out, space, Inline::Emphasis),
            Inline::Strong(c) => wrap(c, out, space, Inline::Strong),
            Inline::Link { url, content } => wrap(content, out, space, |c| Inline::Link { url: url.clone(), content: c }),
            other => {
                out.push(other);
                *space = false;
            }
        }
    }
}

/// Makes the space just collapsed (at the end of `s`, or else of the text before it) a
/// line break: a run of spaces and breaks collapses to one break.
fn break_last_space(s: &mut String, out: &mut [Inline]) {
    let last = if s.is_empty() {
        match out.last_mut() {
            Some(Inline::Text(prev)) => prev,
            _ => return,
        }
    } else {
        s
    };
    if last.ends_with(' ') {
        last.pop();
        last.push_str(LINE_BREAK);
    }
}

fn wrap(content: Vec<Inline>, out: &mut Vec<Inline>, space: &mut bool, make: impl Fn(Vec<Inline>) -> Inline) {
    let mut inner = Vec::new();
    collapse(content, &mut inner, space);
    if inner.iter().any(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty())) {
        out.push(make(inner));
    } else if !inner.is_empty() && !out.is_empty() {
        out.push(Inline::Text(" ".into()));
    }
}

/// Removes what shows nothing at the end of a run (inside its last wrapper too).
fn trim_end(out: &mut Vec<Inline>) {
    while let Some(last) = out.last_mut() {
        match last {
            Inline::Text(t) => {
                let trimmed = t.trim_end_matches(blank_at_start).to_string();
                if trimmed.is_empty() {
                    out.pop();
                    continue;
                }
                *t = trimmed;
            }
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => trim_end(c),
            _ => {}
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    fn texts(html: &str) -> Vec<String> {
        convert(html, &Document::from(""), "t").0.iter().map(|b| b.plain_text()).collect()
    }

    #[test]
    fn a_blank_line_of_two_line_breaks_parts_paragraphs_and_one_break_does_not() {
        let got = texts("<div>The ferry left at ten.<br><br>\n<br>The night boat stopped in June,<br>\nas the council decided.</div>");
        assert_eq!(got, ["The ferry left at ten.", "The night boat stopped in June, as the council decided."]);
    }

    #[test]
    fn a_signatures_marked_text_is_left_out_whatever_element_the_extractor_made_of_its_mark() {
        let mark = super::super::LEFT_OUT;
        let got = texts(&format!("<div><p>The ferry left at ten.</p><p class={mark}>Member of the Harbour Club</p><div class={mark}>Sailing since 1990</div>\
            <p>The night boat <b><span class={mark}>Club motto</span></b>stopped.</p><pre>ls -l<span class={mark}>\nMy gear</span></pre></div>"));
        assert_eq!(got, ["The ferry left at ten.", "The night boat stopped.", "ls -l"]);
    }

    #[test]
    fn a_paragraph_indented_with_no_break_spaces_starts_at_its_first_word() {
        assert_eq!(texts("<p>\u{a0}\u{a0}<b>\u{a0}Rivers</b> rise\u{a0}</p><p>\u{feff}</p><p>10\u{a0}km</p>"), ["Rivers rise", "10\u{a0}km"]);
    }

    #[test]
    fn format_marks_beside_spaces_and_latin_letters_leave_the_text_and_a_scripts_own_stay() {
        let got = texts("<p>\u{200c}</p><p><b>CEO:</b>\u{a0}\u{200b}\u{200b}Ana Lima, of the harbour \u{200c}and\u{2060} the quay.</p><p>ภาษา\u{200b}ไทย and کتاب\u{200c}ها 👩\u{200d}🚀</p>");
        assert_eq!(got, ["CEO:\u{a0}Ana Lima, of the harbour and the quay.", "ภาษา\u{200b}ไทย and کتاب\u{200c}ها 👩\u{200d}🚀"]);
    }

    #[test]
    fn a_drop_capital_set_apart_rejoins_its_word() {
        let drop = |letter: &str, rest: &str| texts(&format!("<p><span class=\"g-drop\">{letter}</span> <span class=\"upper\">{rest}</span> the harbour.</p>"))[0].clone();
        assert_eq!(drop("T", "he ferry"), "The ferry the harbour.");
        assert_eq!(drop("A", "ferry"), "A ferry the harbour.", "a word of one letter");
        assert_eq!(texts("<p><span class=\"dropcap\">W</span>hen the ferry</p>"), ["When the ferry"]);
        // A letter without a drop capital's class is a word: "Plan B then".
        assert_eq!(texts("<p><span>B</span> then the ferry</p>"), ["B then the ferry"]);
        // Only at the paragraph's start.
        assert_eq!(texts("<p>Plan <span class=\"initial\">B</span> then</p>"), ["Plan B then"]);
    }

    #[test]
    fn a_bold_labels_colon_is_spaced_from_the_answer() {
        assert_eq!(texts("<p><strong>Quist:</strong>When I saw it.</p>"), ["Quist: When I saw it."]);
        assert_eq!(texts("<p><strong>Quist:</strong> When I saw it.</p>"), ["Quist: When I saw it."]);
    }

    #[test]
    fn bold_inside_bold_is_bold_once() {
        let (blocks, _) = convert("<p>Traders read <b><strong><a href=\"/x\"><strong>the statement</strong></a></strong></b> as gloomy.</p>", &Document::from(""), "a");
        let Block::Paragraph { content, .. } = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(content[1], Inline::Strong(vec![Inline::Text("the statement".into())]), "{content:?}");
    }

    #[test]
    fn bold_runs_back_to_back_are_one() {
        let content = |html: &str| {
            let (blocks, _) = convert(html, &Document::from(""), "a");
            let Block::Paragraph { content, .. } = &blocks[0] else { panic!("{blocks:?}") };
            content.clone()
        };
        let text = |s: &str| Inline::Text(s.into());
        assert_eq!(
            content("<p><b>Will you screen it for your friend</b> <b>Tora Quist</b><b>?</b></p>"),
            [Inline::Strong(vec![text("Will you screen it for your friend Tora Quist?")])]
        );
        assert_eq!(content("<p><b><i>The Velmora Post</i></b><b><i>.</i></b> Then</p>"), [Inline::Strong(vec![Inline::Emphasis(vec![text("The Velmora Post.")])]), text(" Then")]);
        let italic = content("<p><em><em>See the <strong>Velmora Rates</strong></em> <em>below.</em></em></p>");
        assert_eq!(italic, [Inline::Emphasis(vec![text("See the "), Inline::Strong(vec![text("Velmora Rates")]), text(" below.")])], "italic in italic");
        let title = content("<p><em>Quist, Tora (2006). <em>Velmora</em>. Harbour Press.</em></p>");
        assert_eq!(title, [Inline::Emphasis(vec![text("Quist, Tora (2006). ")]), text("Velmora"), Inline::Emphasis(vec![text(". Harbour Press.")])], "a title in italic text");
        // Runs apart by words stay apart.
        assert_eq!(content("<p><b>One</b> and <b>two</b></p>").len(), 3);
    }

    #[test]
    fn a_caption_set_inline_at_a_paragraphs_head_is_a_caption() {
        let (blocks, _) = convert(
            "<p><span class=\"storyimage\"><span class=\"image\"><img src=x></span>\
             <span class=\"caption truncate\"><span class=\"attribution\">© Provided by Tarn Press</span> \
             <span>Velmo/Quill</span></span></span> Velmo and Quill shocked the world this year.</p>",
            &Document::from(""),
            "t",
        );
        assert!(matches!(blocks[0], Block::Caption { .. }), "{blocks:?}");
        assert_eq!(blocks[0].plain_text(), "© Provided by Tarn Press Velmo/Quill");
        assert_eq!(blocks[1].plain_text(), "Velmo and Quill shocked the world this year.");
    }

    #[test]
    fn structure_is_kept() {
        let (blocks, _) = convert(
            "<h2>Part one</h2><p>Some <em>very</em> plain text.</p><blockquote><p>A.</p><p>B.</p></blockquote>\
             <figure><img src=x><figcaption>A bridge at dusk.</figcaption></figure>",
            &Document::from(""),
            "t",
        );
        assert!(matches!(&blocks[0], Block::Heading { level: 2, .. }));
        assert!(matches!(&blocks[1], Block::Paragraph { content, .. } if content[1] == Inline::Emphasis(vec![Inline::Text("very".into())])));
        assert!(matches!(&blocks[2], Block::Quote { paragraphs, .. } if paragraphs.len() == 2));
        assert!(matches!(&blocks[3], Block::Caption { .. }));
        assert_eq!(blocks[3].plain_text(), "A bridge at dusk.");
    }

    #[test]
    fn a_gallery_slides_paragraphs_under_its_picture_are_text_and_a_caption_stays_one() {
        let long = "Buy one good piece and keep it, Tora says. ".repeat(8);
        let (blocks, _) = convert(
            &format!("<figure><img src=x><figcaption><p>{long}</p><p>Then paint the walls.</p></figcaption></figure>\
             <figure><img src=y><figcaption><p>The harbour at dawn.</p></figcaption></figure>"),
            &Document::from(""),
            "t",
        );
        assert!(matches!(&blocks[0], Block::Paragraph { .. }), "{blocks:?}");
        assert_eq!(blocks[1].plain_text(), "Then paint the walls.");
        assert!(matches!(&blocks[2], Block::Caption { .. }), "{blocks:?}");
    }

    #[test]
    fn a_row_of_short_divisions_a_number_among_them_is_one_line() {
        let (blocks, _) = convert(
            "<div class=label><div>Nutrition Facts</div>\
             <div class=row><div><div>Fat</div><div>&nbsp;</div><div><div>11</div><div>g</div></div></div><div><div>17</div><div>%</div></div></div>\
             <div><div>Ferries</div><div><a href=/f>12</a></div></div>\
             <div><div>The ferry left at dawn.</div><div>The crew sang.</div></div><div><div>Seals</div><div>Terns</div></div><div><div>The winter ferry timetable</div><div>2024</div></div></div>",
            &Document::from(""),
            "t",
        );
        let text: Vec<String> = blocks.iter().map(Block::plain_text).collect();
        assert!(text.contains(&"Fat 11 g 17 %".to_string()), "{text:?}");
        assert!(text.contains(&"Ferries".to_string()) && text.contains(&"The crew sang.".to_string()) && text.contains(&"Terns".to_string()), "a link, sentences, no number: {text:?}");
        assert!(text.contains(&"2024".to_string()), "a piece of more words than a row's: {text:?}");
    }

    /// The runs of a one-paragraph page.
    fn runs(html: &str) -> Vec<Inline> {
        match convert(html, &Document::from(""), "t").0.into_iter().next() {
            Some(Block::Paragraph { content, .. }) => content,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn runs_either_side_of_a_line_break_stay_apart() {
        let strong = |t: &str| Inline::Strong(vec![Inline::Text(t.into())]);
        let two_names = [strong("Ada Quist"), Inline::Text(" ".into()), strong("Tora Lind")];
        assert_eq!(runs("<p><b>Ada Quist</b><br><b>Tora Lind</b></p>"), two_names);
        // A break inside a span or inside the bold breaks the line as well.
        assert_eq!(runs("<p><span><b>Ada Quist</b><br>\n<b>Tora Lind</b></span></p>"), two_names);
        let bold_runs = runs("<p><b>Ada Quist</b><b><br>Tora Lind</b></p>");
        assert_eq!((bold_runs.len(), plain_text(&bold_runs)), (2, "Ada Quist Tora Lind".to_string()), "{bold_runs:?}");
        // Runs apart by a space alone are still one.
        assert_eq!(runs("<p><b>Ada</b> <b>Quist</b></p>"), [strong("Ada Quist")]);
        // A run of italic broken across two lines stays one run.
        assert_eq!(runs("<p><em>Thanks to Ada<br>Quist.</em></p>"), [Inline::Emphasis(vec![Inline::Text("Thanks to Ada Quist.".into())])]);
    }

    #[test]
    fn a_column_of_lines_led_by_names_in_bold_is_a_list() {
        let html = "<table><tr><td><span><strong>Ada Quist</strong><br><strong>Tora Lind</strong>, Velmora University<br>\
                    <strong>Kavro Thelwin</strong><strong><br>Mira Holt</strong>, writer</span></td>\
                    <td><span><strong>Oda Brenn</strong>, poet<br><strong>Lis Varga</strong><br><strong>Ena Dorr</strong></span></td></tr>\
                    <tr><td></td></tr></table>";
        let (blocks, _) = convert(html, &Document::from(""), "t");
        let items: Vec<Vec<String>> = blocks
            .iter()
            .map(|b| match b {
                Block::List { ordered: false, items, .. } => items.iter().map(|i| plain_text(i)).collect(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(items, [vec!["Ada Quist", "Tora Lind, Velmora University", "Kavro Thelwin", "Mira Holt, writer"], vec!["Oda Brenn, poet", "Lis Varga", "Ena Dorr"]]);
        // Two such lines, long lines, or lines not led in bold read on as prose.
        assert_eq!(texts("<p><b>Ada Quist</b>, poet<br><b>Tora Lind</b></p>"), ["Ada Quist, poet Tora Lind"]);
        assert_eq!(texts("<p><b>Ada</b> came<br><b>Tora</b> went<br>Kavro stayed</p>"), ["Ada came Tora went Kavro stayed"]);
        let long = "<p><b>Q:</b> Where did the old mill road run before the river moved its bed in the flood?<br><b>A:</b> East.<br><b>Q:</b> Why?</p>";
        assert_eq!(convert(long, &Document::from(""), "t").0.len(), 1);
    }

    #[test]
    fn lines_indented_by_hand_or_each_dated_are_a_list() {
        let items = |html: &str| match convert(html, &Document::from(""), "t").0.as_slice() {
            [Block::List { ordered: false, items, .. }] => items.iter().map(|i| plain_text(i)).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        let indented = "<p>&#160;&#160;&#160;A ferry pass for the summer<br>\n&#160;&#160;&#160;Two nights at the lighthouse<br>\n&#160;&#160;&#160;A seal count with Tora Lind</p>";
        assert_eq!(items(indented), ["A ferry pass for the summer", "Two nights at the lighthouse", "A seal count with Tora Lind"]);
        let dated = "<p>Tuesday, March 4, 2025 at 9:00 AM (at the Velmora Hall)<br>Monday, May 12, 2025 at 9:00 AM<br>June 3, 2025 at 6:00 PM (at the pier)</p>";
        assert_eq!(items(dated).len(), 3);
        // Lines of prose, one of them alone dated or indented, read on.
        let prose = "<p>On March 4, 2025 the ferry ran late.<br>The seals were counted twice.<br>&#160;&#160;Nobody minded.</p>";
        assert_eq!(texts(prose).len(), 1);
    }

    #[test]
    fn lines_numbered_by_hand_inside_a_span_are_a_list() {
        let (blocks, _) = convert("<p><span>1. Ann Vale<br>2. Bo Lund<br>3. Éva Kis</span></p>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::List { ordered: true, items, .. } if items.len() == 3), "{blocks:?}");
    }

    #[test]
    fn lines_numbered_or_bulleted_by_hand_are_a_list() {
        let (blocks, _) = convert("<p>The winners:<br>7. Ann Vale<br>8. <em>Bo</em> Lund<br>9. Éva Kis</p>", &Document::from(""), "t");
        assert_eq!(blocks[0].plain_text(), "The winners:");
        assert!(matches!(&blocks[1], Block::List { ordered: true, start: 7, items, .. } if items.len() == 3));
        assert_eq!(blocks[1].plain_text(), "Ann Vale\n\nBo Lund\n\nÉva Kis");
        let (blocks, _) = convert("<div>• Flour<br>• Sugar<br></div>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::List { ordered: false, items, .. } if items.len() == 2));
        // Numbers that do not count up, or prose lines, stay one paragraph.
        assert_eq!(texts("<p>1. Ann<br>3. Bo</p>"), ["1. Ann 3. Bo"]);
        assert_eq!(texts("<p>12 Main Street<br>Springfield</p>"), ["12 Main Street Springfield"]);
        assert_eq!(texts("<p>1. Ann<br>A note after the list.</p>"), ["1. Ann A note after the list."]);
    }

    #[test]
    fn a_references_heading_and_its_citations_are_a_sources_list() {
        let (blocks, _) = convert(
            "<p>The study followed 400 patients.</p><h2>References</h2>\
             <ol><li>Lind A, Berg K. Fever in winter. Lancet. 2009;170:679-86.</li><li>Moss T. Cold hands. BMJ. 2012;3:12.</li></ol>\
             <p>Vale R. Notes on rain (London, 1998).</p><h2>About us</h2><p>We write about rain.</p>",
            &Document::from(""),
            "t",
        );
        assert!(matches!(&blocks[1], Block::Sources { title, items, .. } if title == "References" && items.len() == 3), "{blocks:?}");
        assert!(matches!(&blocks[2], Block::Heading { .. }));
        // A heading of that name over prose stays a heading.
        let (blocks, _) = convert("<h2>Further reading</h2><p>Start with the library.</p>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::Heading { .. }));
    }

    fn table_of(html: &str) -> Table {
        let (blocks, _) = convert(html, &Document::from(""), "t");
        let tables: Vec<Table> = blocks
            .into_iter()
            .filter_map(|b| match b {
                Block::Table { table, .. } => Some(table),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 1, "{html}");
        tables.into_iter().next().unwrap()
    }

    fn cells(rows: &[Vec<Vec<Inline>>]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| plain_text(c)).collect()).collect()
    }

    #[test]
    fn paragraphs_wrapped_in_a_span_stay_apart() {
        let (blocks, _) = convert(
            "<span><span><div><p>Rent a hall.</p><p>Ask a friend.</p><figcaption>Ann Lee/Stock</figcaption></div></span></span>\
             <span><div><p>Cook at home.</p></div></span><p>A <span>plain</span> end.</p>",
            &Document::from(""),
            "t",
        );
        let texts: Vec<String> = blocks.iter().map(|b| b.plain_text()).collect();
        assert_eq!(texts, ["Rent a hall.", "Ask a friend.", "Ann Lee/Stock", "Cook at home.", "A plain end."]);
        assert!(matches!(&blocks[2], Block::Caption { .. }));
    }

    #[test]
    fn a_data_table_keeps_its_caption_heads_rows_and_alignment() {
        let t = table_of(
            "<table><caption>Strikes in <em>1905</em></caption><thead><tr><th>Year</th><th align=right>Strikes</th></tr></thead>             <tbody><tr><td>1904</td><td style=\"text-align: right\">68</td></tr><tr><td>1905</td><td>13,995</td></tr></tbody>             <tfoot><tr><td>Total</td><td>14,063</td></tr></tfoot></table>",
        );
        assert_eq!(plain_text(t.caption.as_ref().unwrap()), "Strikes in 1905");
        assert_eq!(cells(&t.head), [["Year", "Strikes"]]);
        assert_eq!(cells(&t.body), [["1904", "68"], ["1905", "13,995"], ["Total", "14,063"]]);
        assert_eq!(t.align, [ColumnAlign::Default, ColumnAlign::Right]);
    }

    #[test]
    fn leading_rows_of_header_cells_are_the_heads_and_spans_leave_cells_empty() {
        let t = table_of(
            "<table><tr><th>City</th><th colspan=2>Soviets</th></tr>             <tr><td rowspan=2>Petrograd</td><td>1905</td><td>1917</td></tr><tr><td>yes</td><td>yes</td></tr></table>",
        );
        assert_eq!(cells(&t.head), [["City", "Soviets", ""]]);
        assert_eq!(cells(&t.body), [["Petrograd", "1905", "1917"], ["", "yes", "yes"]]);
        // Heads written as bold cells; a cell of two paragraphs in a table of rows.
        let t = table_of("<table><tr><td><strong>Symptom</strong></td><td><b>Cause</b></td></tr><tr><td><p>Slow</p><p>pages</p></td><td>Load</td></tr></table>");
        assert_eq!(cells(&t.head), [["Symptom", "Cause"]]);
        assert!(matches!(t.head[0][0].as_slice(), [Inline::Text(_)]), "the bold goes with the heads");
        assert_eq!(cells(&t.body), [["Slow pages", "Load"]]);
    }

    #[test]
    fn a_table_in_a_quote_is_a_paragraph_per_row() {
        let (blocks, _) = convert("<blockquote><table><tr><th>Release</th><th>Date</th></tr><tr><td>4.2</td><td>April</td></tr></table></blockquote>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::Quote { paragraphs, .. } if paragraphs.iter().map(|p| plain_text(p)).collect::<Vec<_>>() == ["Release | Date", "4.2 | April"]));
    }

    #[test]
    fn a_list_or_a_quote_in_a_quote_keeps_its_paragraphs_apart() {
        let quoted = |html: &str| match convert(html, &Document::from(""), "t").0.first() {
            Some(Block::Quote { paragraphs, .. }) => paragraphs.iter().map(|p| plain_text(p)).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(quoted("<blockquote><ol><li><p>I have read it.</p></li><li><p>It is sound.</p></li></ol></blockquote>"), ["1. I have read it.", "2. It is sound."]);
        assert_eq!(quoted("<blockquote><ul><li>Rain</li><li>Wind</li></ul></blockquote>"), ["Rain", "Wind"]);
        assert_eq!(quoted("<blockquote><p>She wrote:</p><blockquote><p>Come.</p><p>Soon.</p></blockquote></blockquote>"), ["She wrote:", "Come.", "Soon."]);
        // In a list's item, a quote's paragraphs read on with a space between them.
        let (blocks, _) = convert("<ol><li><blockquote><p>Hello.</p><p>What do you pay?</p></blockquote></li></ol>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::List { items, .. } if plain_text(&items[0]) == "Hello. What do you pay?"), "{blocks:?}");
    }

    #[test]
    fn layout_tables_are_read_as_the_blocks_of_their_cells() {
        for html in [
            // One column of text.
            "<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>",
            // Page structure in a cell.
            "<table><tr><td><h2>Title</h2></td><td><p>First paragraph.</p></td></tr></table>",
            "<table><tr><td>Side</td><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table></td></tr></table>",
            "<table role=presentation><tr><td>Left</td><td>Right</td></tr></table>",
        ] {
            let (blocks, _) = convert(html, &Document::from(""), "t");
            assert!(!blocks.iter().any(|b| matches!(b, Block::Table { .. })), "{html}: {blocks:?}");
            assert!(blocks.len() >= 2, "{html}: {blocks:?}");
        }
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_spaces() {
        let (blocks, _) = convert(
            "<p>Build it:</p><pre><code>// add.c\nint add(int a, int b) {\n    return a + b; // \"sum\"\n}\n</code></pre>\
             <pre><span>one</span><br><span>two</span><div>three</div>four</pre>",
            &Document::from(""),
            "t",
        );
        assert!(matches!(&blocks[1], Block::Code { text, .. } if text == "// add.c\nint add(int a, int b) {\n    return a + b; // \"sum\"\n}"), "{blocks:?}");
        assert!(matches!(&blocks[2], Block::Code { text, .. } if text == "one\ntwo\nthree\nfour"), "{blocks:?}");
        // A playground's button beside the code is no line of it.
        let (blocks, _) = convert("<pre><a class=\"run\" href=\"https://play.example/?code=x\">Run</a><code>let x = 1;\nx + 1</code></pre>", &Document::from(""), "t");
        assert!(matches!(&blocks[0], Block::Code { text, .. } if text == "let x = 1;\nx + 1"), "{blocks:?}");
    }

    #[test]
    fn lists_and_tables_are_kept() {
        let (blocks, _) = convert(
            "<ul><li>One</li><li><p>Two</p><p>more</p></li><li><p></p></li><li>Three<ul><li>nested</li></ul></li></ul>\
             <ol start=3><li>Third</li></ol><table><tr><th>A</th><td>1</td></tr></table>",
            &Document::from(""),
            "t",
        );
        let lists: Vec<(bool, u32, Vec<String>)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::List { ordered, start, items, .. } => Some((*ordered, *start, items.iter().map(|i| plain_text(i)).collect())),
                _ => None,
            })
            .collect();
        assert_eq!(
            lists,
            [(false, 1, vec!["One".into(), "Two more".into(), "Three".into(), "nested".into()]), (true, 3, vec!["Third".into()])]
        );
        assert!(matches!(blocks.last().unwrap(), Block::Table { .. }));
        assert_eq!(blocks.last().unwrap().plain_text(), "A\n\n1");
    }

    #[test]
    fn a_bold_line_before_a_paragraph_is_a_head_at_the_articles_level() {
        let page = Document::from("<html></html>");
        let html = "<p>Opening paragraph of the piece.</p><p><strong>The border base</strong></p><p>Troops remain there.</p>\
            <h4>The camp</h4><p>It lies in the desert.</p><p><b>Note:</b></p><p>See below.</p><p><strong>A whole sentence in bold.</strong></p><p>More.</p>\
            <p><strong>CLICK HERE TO GET THE APP</strong></p><p>More.</p><p><strong><a href=\"https://example.com/x\">Related story</a></strong></p><p>More.</p>";
        let (blocks, _) = convert(html, &page, "t");
        let heads: Vec<(u8, String)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, content, .. } => Some((*level, crate::model::plain_text(content))),
                _ => None,
            })
            .collect();
        assert_eq!(heads, [(4, "The border base".to_string()), (4, "The camp".to_string())]);
    }

    #[test]
    fn a_headings_parts_run_together_in_the_markup_are_set_apart() {
        assert_eq!(texts(r#"<h2><span><a href="https://x.org/a">Tora Quist</a><em>Velmora</em><span>Rain Label</span></span></h2>"#), ["Tora Quist — Velmora — Rain Label"]);
        // An initial set apart runs into its word; parts with their own spaces keep them.
        assert_eq!(texts("<h2><b>T</b>he Velmora <em>Story</em>: Rain</h2>"), ["The Velmora Story: Rain"]);
    }

    #[test]
    fn a_paragraphs_parts_run_together_in_the_markup_are_set_apart() {
        let byline = "<div><span>By </span><span><span class=name>Ana Lima</span><span class=agency>The Velmora Post</span></span></div>";
        assert_eq!(texts(byline), ["By Ana Lima The Velmora Post"]);
        assert_eq!(texts("<p><a href=/a>Ana Lima</a><a href=/b>Tora Quist</a></p>"), ["Ana Lima Tora Quist"]);
        // A letter set apart runs into its word; a break or a space keeps the parts apart.
        assert_eq!(texts("<p>The <span>i</span><span>Phone</span> rang.</p>"), ["The iPhone rang."]);
        assert_eq!(texts("<p><span>Ana Lima</span><span><br>Tora Quist</span></p>"), ["Ana Lima Tora Quist"]);
        assert_eq!(texts("<p><span>the harbour</span> <span>The Velmora Post</span></p>"), ["the harbour The Velmora Post"]);
        // A part left out (a button) or read apart (a credit) leaves no space behind.
        assert_eq!(texts("<p><span>Ana Lima</span><button>Follow</button> and Tora Quist</p>"), ["Ana Lima and Tora Quist"]);
        assert_eq!(texts("<div><span>By Ana Lima</span><span class=photo-credit>Tora Quist</span></div>"), ["By Ana Lima", "Tora Quist"]);
        assert_eq!(texts("<h2><span>Ana Lima</span><div>Tora Quist</div></h2>"), ["Ana Lima Tora Quist"]);
        // A live blog's time stamp and its writer; a figure ending another part runs on.
        assert_eq!(texts("<div><time>21:00</time><mark>Ana Lima</mark></div>"), ["21:00 Ana Lima"]);
        assert_eq!(texts("<div><time>20:42</time><span>KEY EVENT</span></div>"), ["20:42 KEY EVENT"]);
        assert_eq!(texts("<p><span>Room 21</span><span>Annex</span></p>"), ["Room 21Annex"]);
        // A page's own line break, an empty element, between two sentences.
        assert_eq!(texts("<div>It rained for years.<span class=br></span>A flood came.</div>"), ["It rained for years. A flood came."]);
        // Not after an element with words, before a lowercase word, nor within a sentence.
        assert_eq!(texts("<p>It rained.<b>!</b>Then a flood.<span></span>and more<span></span>Rain</p>"), ["It rained.!Then a flood.and moreRain"]);
        // A part in an element of its own, a break, and the sentence after it; not a word's
        // letters in one run of text, nor a break no part stands before.
        assert_eq!(texts("<div><span>A Calf Survives</span><span></span><span></span>One calf lived.</div>"), ["A Calf Survives One calf lived."]);
        assert_eq!(texts("<p>Java<wbr>Script and Type<span></span>Script</p>"), ["JavaScript and TypeScript"]);
        assert_eq!(texts("<p><span>more</span>x<span></span>Rain</p>"), ["morexRain"]);
    }

    #[test]
    fn a_wikis_edit_control_leaves_the_heading() {
        assert_eq!(
            texts(r#"<h2>Spectral properties<span>[<a href="?action=edit">edit</a>]</span></h2><h3>Uses [edit source]</h3><h2>How to [edit] text</h2>"#),
            ["Spectral properties", "Uses", "How to [edit] text"]
        );
        assert_eq!(
            texts(r##"<h2>Let’s unify <a href="#unify">#</a></h2><h3>Usage<a class="headerlink" href="#usage">¶</a></h3><h2>Why C# and F#</h2>"##),
            ["Let’s unify", "Usage", "Why C# and F#"]
        );
        assert_eq!(texts(r##"<h2 id="s2">Rivers and towns<a class="anchor" href="#s2">#section2</a></h2><h2>The #floods tag</h2>"##), ["Rivers and towns", "The #floods tag"]);
    }

    #[test]
    fn scripts_never_reach_the_text_and_entities_are_decoded() {
        assert_eq!(texts("<p>Fish &amp; chips<script>var x = '<p>no</p>';</script><style>p{}</style></p>"), ["Fish & chips"]);
    }

    #[test]
    fn footnotes_are_gathered() {
        let (blocks, notes) = convert(
            r##"<p>A claim.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">1. The source. <a href="#r1">↩</a></li></ol>"##,
            &Document::from(""),
            "t",
        );
        assert_eq!(blocks.len(), 1);
        assert!(matches!(&blocks[0], Block::Paragraph { content, .. } if content.contains(&Inline::NoteRef("t-fn1".into()))));
        assert_eq!(plain_text(&notes[0].content), "The source.");
        assert_eq!(notes[0].marker, "1");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}deep{}", "<div><span>".repeat(5000), "</span></div>".repeat(5000));
        assert_eq!(texts(&html), ["deep"]);
    }

    #[test]
    fn a_heading_set_wholly_in_bold_loses_the_bold() {
        let heading = |html: &str| match convert(html, &Document::from(""), "a").0.into_iter().next() {
            Some(Block::Heading { content, .. }) => content,
            other => panic!("{other:?}"),
        };
        assert_eq!(heading("<h3><strong>1. Hold the line.</strong></h3>"), [Inline::Text("1. Hold the line.".into())]);
        assert_eq!(heading("<h3> <b>Velmora</b> <strong>rises</strong></h3>").iter().filter(|i| matches!(i, Inline::Strong(_))).count(), 0);
        assert!(heading("<h3>The <strong>Velmora</strong> rises</h3>").iter().any(|i| matches!(i, Inline::Strong(_))), "a bold word inside stays");
    }

    #[test]
    fn a_credit_opening_on_a_bar_goes_on_the_line_before_it() {
        let (blocks, _) = convert("<p><span class=\"authors\">Ana Lima</span> <span class=\"credit\">&nbsp;|&nbsp; Guest Columnist</span></p>", &Document::from(""), "a");
        assert!(matches!(&blocks[..], [Block::Paragraph { .. }]), "{blocks:?}");
        assert!(blocks[0].plain_text().contains("Ana Lima") && blocks[0].plain_text().contains("Guest Columnist"));
        let (blocks, _) = convert("<p><span class=\"credit\">Photo: Jo Lee</span> The quay at dawn.</p>", &Document::from(""), "a");
        assert!(matches!(&blocks[0], Block::Caption { .. }), "{blocks:?}");
    }

}
