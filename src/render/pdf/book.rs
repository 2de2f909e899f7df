//! Book structure: the model in, the finished page model and the page map out.
//!
//! Order of the book: front matter (see `front`), then the body (introduction and
//! articles, each opening on a recto with a sink), then the chronology and the index
//! (see `appendix`). Front matter is numbered in roman, the rest in arabic from 1.
//! The body is laid out first: its page numbers do not depend on the front matter,
//! which is padded to an even count so that page 1 is a recto.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::appendix;
use super::audit::Placed;
use super::fonts::Face;
use super::front::{self, Entry};
use super::page::{Bookmark, Document, LinkArea, Numbering, Page, Role, Rule, Tag, TextRun};
use super::paginate::{Frame, Paginator, Unit};
use super::paragraph::{spans, Align, Lacks, Line, ParaStyle, Run, Span, Target, Typesetter};
use super::shape::Style;
use crate::memo::{self, Memo};
use crate::model::{place, Block, Book, Footnote, PageMap, PageStart, PrintSettings};
use crate::print::Rules;

/// Body type size and leading, in points. EB Garamond has a small x-height: 12 pt reads
/// as 11 pt of most book faces.
pub(super) const SIZE: f32 = 12.0;
pub(super) const LEADING: f32 = 14.5;
/// The measure a reader's eye takes in comfortably: about 66 characters a line
/// (Bringhurst's ideal), at EB Garamond's average of 0.39 em a character of English text
/// (spaces included; measured with `scripts/compare-typst.py`).
const CHARACTERS_A_LINE: f32 = 66.0;
const EM_A_CHARACTER: f32 = 0.39;
/// The outer margin may grow to this multiple of the inner one to bring the measure down.
const MAX_OUTER_TO_INNER: f32 = 1.5;
/// Footnote type.
const NOTE_SIZE: f32 = 8.5;
const NOTE_LEADING: f32 = 10.5;
/// Words of a chapter's first paragraph set in small capitals.
const OPENING_SMALL_CAPS: usize = 3;

/// Page geometry: trim, mirrored margins and the text block.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Geometry {
    pub trim_width: f32,
    pub trim_height: f32,
    pub bleed: f32,
    /// Inside (gutter-side) and outside margins.
    pub inner: f32,
    pub outer: f32,
    pub top: f32,
    /// Height of the text block down to the last baseline.
    pub text_height: f32,
    pub measure: f32,
}

/// The running head's baseline above the text block, and the folio's below its last
/// baseline.
const HEAD_RAISE: f32 = 22.0;
const FOLIO_DROP: f32 = 30.0;
/// How far the running head's ascenders reach above its baseline, and the folio's
/// old-style figures below theirs (with room to spare).
const HEAD_ASCENT: f32 = 10.5;
const FOLIO_DESCENT: f32 = 4.0;

impl Geometry {
    /// Geometry for a book of about `pages` pages printed under `rules`: the gutter
    /// follows the target's page-count bands plus a constant 0.375 in for the eye, and
    /// the margins keep every mark, running heads and folios included, the target's
    /// safety distance from the trim.
    pub fn new(print: &PrintSettings, pages: usize, rules: &Rules) -> Geometry {
        let safety = rules.mark_safety(print.bleed);
        let inner = rules.gutter(pages) + 27.0;
        let least_outer = (print.trim_width * 0.1).max(36.0).max(safety);
        let ideal = CHARACTERS_A_LINE * EM_A_CHARACTER * SIZE;
        let outer = (print.trim_width - inner - ideal).min(inner * MAX_OUTER_TO_INNER).max(least_outer);
        let top = (print.trim_height * 0.085).max(40.0).max(safety + HEAD_RAISE + HEAD_ASCENT);
        let bottom = (print.trim_height * 0.095).max(45.0).max(safety + FOLIO_DROP + FOLIO_DESCENT);
        let lines = ((print.trim_height - top - bottom) / LEADING).floor();
        Geometry {
            trim_width: print.trim_width,
            trim_height: print.trim_height,
            bleed: print.bleed,
            inner,
            outer,
            top,
            text_height: lines * LEADING,
            measure: print.trim_width - inner - outer,
        }
    }

    /// The text block's left edge on a recto or a verso.
    pub fn left(&self, recto: bool) -> f32 {
        if recto {
            self.inner
        } else {
            self.outer
        }
    }
}

/// An opening unit of the body: the introduction or an article.
#[derive(serde::Serialize)]
struct Chapter<'a> {
    id: &'a str,
    title: &'a str,
    /// The running head on rectos, when the editor gave one (`short_title`).
    short_title: Option<&'a str>,
    /// The contributor's note, printed at the end.
    bio: Option<&'a str>,
    author: Option<&'a str>,
    standfirst: Option<&'a str>,
    blocks: &'a [Block],
    footnotes: &'a [Footnote],
    /// Set with hyphens: the chapter is in English, the hyphenation patterns' language.
    hyphenate: bool,
}

/// The laid-out book.
pub struct Layout {
    pub document: Document,
    pub page_map: PageMap,
    /// The letters placed for each body block, to check that none was lost.
    pub placed: Placed,
}

/// A chapter paginated: its footnotes set and its pages' text blocks filled, with the
/// characters their shaping lacked. Pagination is a function of the chapter, the
/// geometry and the hyphenation of names alone (a chapter begins on a recto whatever its
/// page number), so a chapter that comes again in the next build of `anthology watch`,
/// even moved to other pages by an edit before it, is taken from [`Earlier`].
struct Paginated {
    notes: BTreeMap<String, Vec<Line>>,
    frames: Vec<Frame>,
    lacks: Lacks,
    /// The letters its frames place, per block (counted once, when paginated).
    placed: Placed,
}

/// What earlier layouts set that this one may reuse: paginated chapters and the set
/// lines of the appendices, by a hash of what setting them reads.
#[derive(Default)]
pub struct Earlier {
    chapters: Memo<Arc<Paginated>>,
    appendices: Memo<Arc<(Vec<Unit>, Lacks)>>,
}

impl Earlier {
    /// Starts another build: what the last one used stays at hand, anything older goes.
    pub fn next_build(&mut self) {
        self.chapters.next_build();
        self.appendices.next_build();
    }
}

/// Lays out the whole book with geometry `g`, taking from `earlier` the chapters
/// paginated and the appendices set before with the same inputs.
pub fn layout(book: &Book, ts: &mut Typesetter, g: &Geometry, earlier: &mut Earlier) -> Layout {
    let chapters = chapters(book);
    // The book's own pages (front matter, appendices) are in the book's language; each
    // chapter sets its own while it is paginated.
    let book_hyphenates = crate::language::is_english(&book.meta.language);
    ts.hyphenate_words(book_hyphenates);
    let mut body: Vec<Page> = Vec::new();
    let mut outline = Vec::new();
    let mut page_map = PageMap::default();
    let mut placed = Placed::default();
    let mut entries: Vec<Entry> = Vec::new();
    for ch in &chapters {
        to_recto(&mut body, &mut page_map, ch.id);
        entries.push(Entry {
            id: ch.id.to_string(),
            title: ch.title.to_string(),
            author: ch.author.map(str::to_string),
            page: body.len() as u32 + 1,
        });
        outline.push(Bookmark {
            title: ch.title.to_string(),
            level: 0,
            dest: ch.id.to_string(),
        });
        for b in ch.blocks {
            if let Block::Heading { id, content, .. } = b {
                outline.push(Bookmark {
                    title: crate::model::plain_text(content),
                    level: 1,
                    dest: id.clone(),
                });
            }
        }
        let paginated = paginate(ts, ch, g, &mut earlier.chapters);
        placed.add(&paginated.placed);
        let (notes, frames) = (&paginated.notes, &paginated.frames);
        let heads = Heads::new(ts, &book.meta.title, ch.short_title.unwrap_or(ch.title), g);
        for (k, frame) in frames.iter().enumerate() {
            let mut page = Page::new(Numbering::Arabic, body.len() as u32 + 1);
            let recto = page.number % 2 == 1;
            let head = (k > 0).then(|| heads.on(recto));
            compose(ts, &mut page, frame, notes, g, recto, head);
            let starts = page_map.page_starts.len();
            record(&page, frame, notes, &mut page_map);
            if k == 0 {
                // A chapter's first page begins with its title, not its first block.
                page_map.page_starts.truncate(starts);
                page_map.page_starts.push(place_start(&page, ch.id));
            }
            body.push(page);
        }
    }
    ts.hyphenate_words(book_hyphenates);
    // Back matter: page numbers come from the body just laid out.
    let columns_gap = SIZE * 1.5;
    let col = (g.measure - columns_gap) / 2.0;
    if let Some(tl) = &book.timeline {
        let read = appendix::pages_read(tl.entries.iter().flat_map(|e| &e.sources), &page_map.anchor_pages);
        let key = memo::serde_key(&(tl, read, g.measure, (ts.hyphenates_names(), ts.hyphenates_words())));
        let units = set_appendix(ts, key, &mut earlier.appendices, |ts| appendix::timeline(ts, tl, &page_map.anchor_pages, g.measure));
        back_matter(
            ts,
            &mut body,
            &mut entries,
            &mut outline,
            book,
            g,
            (place::CHRONOLOGY, &tl.title),
            &units.0,
            None,
            &mut page_map,
        );
    }
    if let Some(ix) = &book.index {
        let read = appendix::pages_read(appendix::index_locators(&ix.entries).into_iter(), &page_map.anchor_pages);
        let key = memo::serde_key(&(ix, read, col, (ts.hyphenates_names(), ts.hyphenates_words())));
        let units = set_appendix(ts, key, &mut earlier.appendices, |ts| appendix::index(ts, ix, &page_map.anchor_pages, col));
        back_matter(
            ts,
            &mut body,
            &mut entries,
            &mut outline,
            book,
            g,
            (place::INDEX, &ix.title),
            &units.0,
            Some(col + columns_gap),
            &mut page_map,
        );
    }
    let (mut pages, places) = front::front_matter(book, ts, g, &entries);
    let mut front_starts: Vec<PageStart> =
        pages.iter().zip(&places).map(|(p, place)| place_start(p, place)).collect();
    if pages.len() % 2 == 1 {
        let blank = Page::new(Numbering::Roman, pages.len() as u32 + 1);
        // The blank before the body: its marker goes where the body begins.
        let first = chapters.first().map_or(place::CONTENTS, |c| c.id);
        front_starts.push(place_start(&blank, first));
        pages.push(blank);
    }
    // Every printed page in reading order: the front matter, then the body and appendices.
    front_starts.append(&mut page_map.page_starts);
    page_map.page_starts = front_starts;
    pages.extend(body);
    outline.insert(
        0,
        Bookmark {
            title: "Contents".to_string(),
            level: 0,
            dest: "contents".to_string(),
        },
    );
    let document = Document {
        trim_width: g.trim_width,
        trim_height: g.trim_height,
        bleed: g.bleed,
        pages,
        outline,
    };
    Layout { document, page_map, placed }
}

/// Sets and paginates a chapter, or takes it from `chapters` (its lacking characters
/// recorded again).
fn paginate(ts: &mut Typesetter, ch: &Chapter, g: &Geometry, chapters: &mut Memo<Arc<Paginated>>) -> Arc<Paginated> {
    ts.hyphenate_words(ch.hyphenate);
    // (Whether its words take hyphens is the chapter's own, `ch.hyphenate`.)
    let key = memo::serde_key(&(ch, g, ts.hyphenates_names()));
    if let Some(paginated) = chapters.get(&key) {
        ts.replay(&paginated.lacks);
        return paginated;
    }
    let ((notes, frames), lacks) = ts.recorded(|ts| {
        let notes = footnotes(ts, ch.footnotes, g.measure);
        let units = chapter_units(ts, ch, g);
        let frames = balanced_spreads(&units, &notes, g);
        (notes, frames)
    });
    let mut placed = Placed::default();
    frames.iter().for_each(|f| placed.count(f));
    let paginated = Arc::new(Paginated { notes, frames, lacks, placed });
    chapters.insert(key, paginated.clone());
    paginated
}

/// An appendix's units made by `set`, or taken from `appendices` by `key` (their lacking
/// characters recorded again).
fn set_appendix(
    ts: &mut Typesetter,
    key: memo::Key,
    appendices: &mut Memo<Arc<(Vec<Unit>, Lacks)>>,
    set: impl FnOnce(&mut Typesetter) -> Vec<Unit>,
) -> Arc<(Vec<Unit>, Lacks)> {
    if let Some(set) = appendices.get(&key) {
        ts.replay(&set.1);
        return set;
    }
    let made = Arc::new(ts.recorded(set));
    appendices.insert(key, made.clone());
    made
}

/// Paginates a chapter so that facing pages end on the same baseline. Where a spread's
/// pages differ (widow and orphan control or the space around headings and quotes made
/// one short), the shorter page's spaces between blocks and paragraphs stretch to make
/// up the difference when they can (as TeX's `\flushbottom`); otherwise both pages are
/// limited to the shorter depth and that spread alone is laid out again from where it
/// began. Limits only shrink, so a few rounds settle a spread, and the chapter is laid
/// out in time linear in its length. The chapter's last page may be short.
fn balanced_spreads(
    units: &[Unit],
    notes: &BTreeMap<String, Vec<Line>>,
    g: &Geometry,
) -> Vec<Frame> {
    const ROUNDS: usize = 8;
    // The shorter page of spread `k` and by how much, if the pages differ.
    let short = |frames: &[Frame], k: usize| {
        let (a, b) = (frames[k].depth, frames[k + 1].depth);
        ((a - b).abs() > 0.01).then(|| if a < b { (k, b - a) } else { (k + 1, a - b) })
    };
    let mut p = Paginator::new(g.text_height, LEADING * 6.0, notes, NOTE_LEADING).grid(LEADING);
    // Frame 0 is the opener (a recto); frames k (verso) and k + 1 (recto) face each other.
    let mut k = 1;
    let mut done = p.fill(units, k);
    while !done {
        let start = p.checkpoint();
        done = p.fill(units, k + 2);
        // A spread is balanced only when the chapter goes on after it.
        for _ in 0..ROUNDS {
            let Some((s, by)) = (!done).then(|| short(p.frames(), k)).flatten() else { break };
            if stretchable(&p.frames()[s], by) {
                stretch(&mut p.frames()[s], by);
                break;
            }
            let d = p.frames()[k].depth.min(p.frames()[k + 1].depth);
            p.restore(&start);
            p.limit(k, d);
            p.limit(k + 1, d);
            done = p.fill(units, k + 2);
        }
        k += 2;
    }
    p.finish()
}

/// Where the lines of `frame` may move apart, with how far: after the space before a
/// block (a heading, a quote) half a line. Paragraphs never move apart: the space
/// between them is the leading, on the baseline grid.
fn breaks(frame: &Frame) -> Vec<(usize, f32)> {
    (1..frame.lines.len())
        .filter_map(|i| {
            let (a, b) = (&frame.lines[i - 1], &frame.lines[i]);
            (b.y - a.y > b.line.leading + 0.01).then_some((i, LEADING * 0.5))
        })
        .collect()
}

/// Whether `frame` can grow by `by` at its breaks (footnote pages already reach the
/// foot).
fn stretchable(frame: &Frame, by: f32) -> bool {
    let room: f32 = breaks(frame).iter().map(|(_, r)| r).sum();
    frame.notes.is_empty() && by <= room + 0.01
}

/// Spreads `by` over the breaks of `frame`, in proportion to how far each may move.
fn stretch(frame: &mut Frame, by: f32) {
    let breaks = breaks(frame);
    let room: f32 = breaks.iter().map(|(_, r)| r).sum();
    let mut shift = 0.0;
    let mut next = breaks.iter().peekable();
    for (i, p) in frame.lines.iter_mut().enumerate() {
        if let Some((_, r)) = next.next_if(|(at, _)| *at == i) {
            shift += by * r / room;
        }
        p.y += shift;
    }
    frame.depth += by;
}

/// Paginates a section in two columns, evening out the columns of its last page: the
/// least depth for that page's columns that still holds the rest of the section, found
/// by bisection. Only the last page is laid out again for each trial depth: the pages
/// before it do not depend on its limits.
fn balanced_columns(mut p: Paginator, units: &[Unit], height: f32) -> Vec<Frame> {
    // Two frames at a time, keeping where the last page (two columns) begins.
    let mut first = 0;
    let mut start = p.checkpoint();
    while !p.fill(units, first + 2) {
        first += 2;
        start = p.checkpoint();
    }
    let pages_limited_to = |p: &mut Paginator, l: f32| {
        p.restore(&start);
        p.limit(first, l);
        p.limit(first + 1, l);
        p.fill(units, usize::MAX);
        (p.frames().len() + 1).div_ceil(2)
    };
    let pages = first / 2 + 1;
    let (mut lo, mut hi) = (0.0, height);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if pages_limited_to(&mut p, mid) > pages {
            lo = mid
        } else {
            hi = mid
        }
    }
    if pages_limited_to(&mut p, hi) != pages {
        pages_limited_to(&mut p, height);
    }
    p.finish()
}

/// Adds a blank verso if needed so that the next page is a recto.
/// Adds a blank verso when the next opening would fall on one; its page starts where
/// `next` (the part that opens on the following recto) begins.
fn to_recto(body: &mut Vec<Page>, map: &mut PageMap, next: &str) {
    if body.len() % 2 == 1 {
        let blank = Page::new(Numbering::Arabic, body.len() as u32 + 1);
        map.page_starts.push(place_start(&blank, next));
        body.push(blank);
    }
}

/// The page-map entry of a page that begins at a place rather than inside a block: a
/// chapter or appendix opening, front matter, a blank page.
fn place_start(page: &Page, place: &str) -> PageStart {
    PageStart { label: page.label(), block: place.to_string(), offset: 0 }
}

/// An appendix opening on a recto under a full-width title, set in one column or, with
/// `column_step` (the distance between column starts), in two.
#[allow(clippy::too_many_arguments)]
fn back_matter(
    ts: &mut Typesetter,
    body: &mut Vec<Page>,
    entries: &mut Vec<Entry>,
    outline: &mut Vec<Bookmark>,
    book: &Book,
    g: &Geometry,
    (id, title): (&str, &str),
    units: &[Unit],
    column_step: Option<f32>,
    map: &mut PageMap,
) {
    to_recto(body, map, id);
    entries.push(Entry {
        id: id.to_string(),
        title: title.to_string(),
        author: None,
        page: body.len() as u32 + 1,
    });
    outline.push(Bookmark {
        title: title.to_string(),
        level: 0,
        dest: id.to_string(),
    });
    let head = ParaStyle {
        size: 20.0,
        leading: 24.0,
        indent: 0.0,
        align: Align::Center,
        small_caps_words: 0,
    };
    let title_lines = tagged(balanced(ts, &plain(title, Style::ROMAN), &head, g.measure, id), Role::Heading(1), id, "");
    let heads = Heads::new(ts, &book.meta.title, title, g);
    let sink = LEADING * 6.0;
    let below = sink + title_lines.iter().map(|l| l.leading).sum::<f32>() + LEADING * 2.0;
    let none = BTreeMap::new();
    let per_page = if column_step.is_some() { 2 } else { 1 };
    let p = Paginator::new(g.text_height, below, &none, 0.0).sink_frames(per_page);
    let frames = if per_page == 2 { balanced_columns(p, units, g.text_height) } else { p.run(units) };
    for (k, chunk) in frames.chunks(per_page).enumerate() {
        let mut page = Page::new(Numbering::Arabic, body.len() as u32 + 1);
        let recto = page.number % 2 == 1;
        let mut frame = chunk[0].clone();
        if let Some(step) = column_step {
            for f in &chunk[1..] {
                frame.lines.extend(f.lines.iter().cloned().map(|mut p| {
                    p.x += step;
                    p
                }));
            }
        }
        if k == 0 {
            let mut y = sink;
            for l in &title_lines {
                y += l.leading;
                draw_line(&mut page, l, g.left(recto), g.top + y);
            }
            page.dests
                .push((id.to_string(), g.left(recto), g.top + sink));
        }
        let head = (k > 0).then(|| heads.on(recto));
        compose(ts, &mut page, &frame, &none, g, recto, head);
        // The page begins at the appendix title, else at the first entry that starts on it.
        let first_entry = frame.lines.iter().find_map(|p| p.dests.first());
        let at = match (k, first_entry) {
            (0, _) | (_, None) => id,
            (_, Some(entry)) => entry.as_str(),
        };
        map.page_starts.push(place_start(&page, at));
        body.push(page);
    }
}

fn chapters(book: &Book) -> Vec<Chapter<'_>> {
    let mut out = Vec::new();
    let english = |article: Option<&str>| crate::language::is_english(crate::language::of(article, &book.meta.language));
    if let Some(intro) = &book.introduction {
        out.push(Chapter {
            id: &intro.id,
            title: &intro.title,
            short_title: None,
            bio: None,
            author: intro.author.as_deref(),
            standfirst: None,
            blocks: &intro.blocks,
            footnotes: &intro.footnotes,
            hyphenate: english(None),
        });
    }
    for a in &book.articles {
        out.push(Chapter {
            id: &a.id,
            title: &a.meta.title,
            short_title: a.meta.short_title.as_deref(),
            bio: a.meta.bio.as_deref(),
            author: a.meta.author.as_deref(),
            standfirst: a.meta.standfirst.as_deref(),
            blocks: &a.blocks,
            footnotes: &a.footnotes,
            hyphenate: english(a.meta.language.as_deref()),
        });
    }
    out
}

/// Page starts and anchor pages of one composed body page.
fn record(page: &Page, frame: &Frame, notes: &BTreeMap<String, Vec<Line>>, map: &mut PageMap) {
    let label = page.label();
    if let Some((block, offset)) = frame
        .lines
        .iter()
        .find_map(|p| Some((p.block.clone()?, p.line.word_start?)))
    {
        map.page_starts.push(PageStart {
            label: label.clone(),
            block,
            offset,
        });
    }
    for p in &frame.lines {
        if let Some(b) = &p.block {
            map.anchor_pages
                .entry(b.clone())
                .or_insert_with(|| label.clone());
        }
        for a in &p.line.anchors {
            map.anchor_pages
                .entry(a.clone())
                .or_insert_with(|| label.clone());
        }
    }
    // Anchors in the page's footnotes stand on this page too.
    for l in frame.notes.iter().filter_map(|id| notes.get(id)).flatten() {
        for a in &l.anchors {
            map.anchor_pages
                .entry(a.clone())
                .or_insert_with(|| label.clone());
        }
    }
}

fn body_style(indent: bool) -> ParaStyle {
    ParaStyle {
        size: SIZE,
        leading: LEADING,
        indent: if indent { SIZE } else { 0.0 },
        align: Align::Justify,
        small_caps_words: 0,
    }
}

/// A plain string as spans in one style.
pub(super) fn plain(text: &str, style: Style) -> Vec<Span> {
    vec![Span {
        text: text.to_string(),
        style,
        offset: 0,
        link: None,
        note: None,
        anchors: Vec::new(),
    }]
}

/// Marks `lines` as continuing their element's text after a word space (a title's
/// second part set as its own paragraph).
pub(super) fn after_space(mut lines: Vec<Line>) -> Vec<Line> {
    if let Some(first) = lines.first_mut().and_then(|l| l.runs.first_mut()) {
        first.space_before = true;
    }
    lines
}

/// `lines` as parts of one structure element.
pub(super) fn tagged(mut lines: Vec<Line>, role: Role, element: &str, group: &str) -> Vec<Line> {
    let tag = Tag::new(role, element, group);
    for l in &mut lines {
        l.tag = tag.clone();
    }
    lines
}

pub(super) fn styled(face: Face, small_caps: bool) -> Style {
    Style { face, small_caps }
}

pub(super) fn unit(lines: Vec<Line>, space_before: f32) -> Unit {
    Unit {
        lines,
        space_before,
        ..Unit::default()
    }
}

/// The units of a chapter: the opener's title block, then its blocks.
fn chapter_units(ts: &mut Typesetter, ch: &Chapter, g: &Geometry) -> Vec<Unit> {
    let m = g.measure;
    let ctx = ch.id;
    let mut units = Vec::new();
    let title = ParaStyle {
        size: 20.0,
        leading: 24.0,
        indent: 0.0,
        align: Align::Center,
        small_caps_words: 0,
    };
    let mut u = unit(
        tagged(balanced(ts, &plain(ch.title, Style::ROMAN), &title, m * 0.85, ctx), Role::Heading(1), ctx, ""),
        0.0,
    );
    for l in &mut u.lines {
        for r in &mut l.runs {
            r.x += m * 0.075;
        }
    }
    u.dests = vec![ch.id.to_string()];
    u.keep_with_next = true;
    units.push(u);
    if let Some(author) = ch.author {
        let st = ParaStyle {
            size: SIZE,
            leading: LEADING,
            indent: 0.0,
            align: Align::Center,
            small_caps_words: 0,
        };
        let mut u = unit(
            tagged(ts.paragraph(&plain(author, styled(Face::Regular, true)), &st, m, ctx), Role::Paragraph, &format!("{ctx}-author"), ""),
            LEADING * 0.5,
        );
        u.keep_with_next = true;
        units.push(u);
    }
    if let Some(sf) = ch.standfirst {
        let st = ParaStyle {
            size: 10.5,
            leading: LEADING,
            indent: 0.0,
            align: Align::Center,
            small_caps_words: 0,
        };
        let mut u = unit(
            tagged(ts.paragraph(&plain(sf, styled(Face::Italic, false)), &st, m * 0.8, ctx), Role::Paragraph, &format!("{ctx}-standfirst"), ""),
            LEADING,
        );
        for l in &mut u.lines {
            for r in &mut l.runs {
                r.x += m * 0.1;
            }
        }
        u.keep_with_next = true;
        units.push(u);
    }
    let markers: BTreeMap<String, String> = ch
        .footnotes
        .iter()
        .map(|f| (f.id.clone(), f.marker.clone()))
        .collect();
    let mut prev_paragraph = false;
    let mut gap = LEADING * 2.0;
    let mut first = true;
    for block in ch.blocks {
        // The opening words in small caps go to the first paragraph, whatever precedes it
        // (a caption or a heading).
        let opening = first && matches!(block, Block::Paragraph { .. });
        let mut bu = block_units(ts, block, prev_paragraph, &markers, g, opening);
        if let Some(u) = bu.first_mut() {
            u.space_before = u.space_before.max(gap);
        }
        gap = match block {
            Block::Quote { .. } | Block::Caption { .. } | Block::Table { .. } | Block::Code { .. } => LEADING * 0.5,
            _ => 0.0,
        };
        prev_paragraph = matches!(block, Block::Paragraph { .. });
        first &= !opening;
        units.extend(bu);
    }
    if let Some(bio) = ch.bio {
        // The contributor's note closes the article, a line below it, ragged.
        let st = ParaStyle {
            size: 10.0,
            leading: LEADING,
            indent: 0.0,
            align: Align::Left,
            small_caps_words: 0,
        };
        let lines = ts.paragraph(&plain(bio, styled(Face::Italic, false)), &st, m, ctx);
        units.push(unit(lines, LEADING));
    }
    units
}

/// A centred display set in as few lines as at full measure, but with lines of even
/// length (no lone word on a title's last line).
pub(super) fn balanced(
    ts: &mut Typesetter,
    spans: &[Span],
    st: &ParaStyle,
    measure: f32,
    ctx: &str,
) -> Vec<Line> {
    let (mut out, width) = even_lines(ts, spans, st, measure, ctx);
    for r in out.iter_mut().flat_map(|l| l.runs.iter_mut()) {
        r.x += (measure - width) / 2.0;
    }
    out
}

/// The lines of `spans` at the narrowest measure that does not add a line to those set at
/// `measure` (found by bisection), and that measure: lines of even length, no lone word on
/// the last line.
pub(super) fn even_lines(
    ts: &mut Typesetter,
    spans: &[Span],
    st: &ParaStyle,
    measure: f32,
    ctx: &str,
) -> (Vec<Line>, f32) {
    let lines = ts.paragraph(spans, st, measure, ctx);
    if lines.len() < 2 {
        return (lines, measure);
    }
    let (mut lo, mut hi) = (measure * 0.4, measure);
    for _ in 0..10 {
        let mid = (lo + hi) / 2.0;
        if ts.paragraph(spans, st, mid, ctx).len() > lines.len() {
            lo = mid
        } else {
            hi = mid
        }
    }
    (ts.paragraph(spans, st, hi, ctx), hi)
}

/// Adds `base` to every span's offset (a paragraph inside a multi-paragraph block).
fn shifted(mut s: Vec<Span>, base: usize) -> Vec<Span> {
    for span in &mut s {
        span.offset += base;
    }
    s
}

fn block_units(
    ts: &mut Typesetter,
    block: &Block,
    indent: bool,
    markers: &BTreeMap<String, String>,
    g: &Geometry,
    opening: bool,
) -> Vec<Unit> {
    let m = g.measure;
    let id = block.id();
    // Every block is a destination: index and timeline locators may name a block.
    let with_block = |mut u: Unit| {
        u.block = Some(id.to_string());
        u.dests.push(id.to_string());
        u
    };
    match block {
        Block::Paragraph { content, .. } => {
            let mut st = body_style(indent);
            if opening {
                st.small_caps_words = OPENING_SMALL_CAPS;
            }
            let lines = ts.paragraph(&spans(content, Style::ROMAN, markers), &st, m, id);
            vec![with_block(unit(tagged(lines, Role::Paragraph, id, ""), 0.0))]
        }
        Block::Heading { content, level, .. } => {
            let st = ParaStyle {
                size: 12.0,
                leading: LEADING,
                indent: 0.0,
                align: Align::Left,
                small_caps_words: 0,
            };
            let lines = ts.paragraph(
                &spans(content, styled(Face::Italic, false), markers),
                &st,
                m,
                id,
            );
            // The chapter's title is the level-1 heading; the article's start at level 2.
            let level = (*level).clamp(2, 6);
            let mut u = with_block(unit(tagged(lines, Role::Heading(level), id, ""), LEADING));
            u.keep_with_next = true;
            u.dests = vec![id.to_string()];
            vec![u]
        }
        Block::Quote { paragraphs, .. } => {
            let inset = SIZE * 1.5;
            let mut base = 0;
            let mut out = Vec::new();
            for (k, p) in paragraphs.iter().enumerate() {
                let st = ParaStyle {
                    size: 10.0,
                    leading: 12.5,
                    indent: if k > 0 { 10.0 } else { 0.0 },
                    align: Align::Justify,
                    small_caps_words: 0,
                };
                let lines = ts.paragraph(
                    &shifted(spans(p, Style::ROMAN, markers), base),
                    &st,
                    m - 2.0 * inset,
                    id,
                );
                let lines = tagged(lines, Role::Quote, &format!("{id}/{k}"), id);
                let mut u = with_block(unit(lines, if k == 0 { LEADING * 0.5 } else { 0.0 }));
                u.x = inset;
                out.push(u);
                base += crate::model::plain_text(p).len() + 2;
            }
            out
        }
        Block::Caption { content, .. } => {
            // Set as a caption, not a display: small roman, ragged, at the measure.
            let st = ParaStyle {
                size: 9.0,
                leading: 11.0,
                indent: 0.0,
                align: Align::Left,
                small_caps_words: 0,
            };
            let lines = ts.paragraph(&spans(content, Style::ROMAN, markers), &st, m, id);
            vec![with_block(unit(tagged(lines, Role::Caption, id, ""), LEADING * 0.5))]
        }
        Block::Sources { title, items, .. } => {
            let st = ParaStyle {
                size: 10.0,
                leading: 12.5,
                indent: 0.0,
                align: Align::Left,
                small_caps_words: 0,
            };
            let mut out = Vec::new();
            let mut u = with_block(unit(
                tagged(ts.paragraph(&plain(title, styled(Face::Regular, true)), &st, m, id), Role::Heading(2), &format!("{id}/title"), ""),
                LEADING,
            ));
            u.keep_with_next = true;
            out.push(u);
            let mut base = title.len() + 2;
            // Items hang, as in a bibliography: turnover lines indented.
            let hang = SIZE;
            let item_style = ParaStyle {
                indent: -hang,
                ..st.clone()
            };
            for (k, item) in items.iter().enumerate() {
                let lines = ts.paragraph(
                    &shifted(spans(item, Style::ROMAN, markers), base),
                    &item_style,
                    m - hang,
                    id,
                );
                let mut u = with_block(unit(tagged(lines, Role::ListItem, &format!("{id}/{k}"), id), 3.0));
                u.x = hang;
                out.push(u);
                base += crate::model::plain_text(item).len() + 2;
            }
            out
        }
        Block::List { ordered, start, items, .. } => {
            // Each item's text and turnover lines stand at one indent; its mark hangs to the
            // left of it (numbers aligned on their full stops).
            let marks: Vec<String> = (0..items.len())
                .map(|n| if *ordered { format!("{}.\u{2002}", *start as usize + n) } else { "•\u{2002}".to_string() })
                .collect();
            let widths: Vec<f32> = marks.iter().map(|mk| ts.width(mk, Style::ROMAN, SIZE)).collect();
            let hang = widths.iter().copied().fold(SIZE, f32::max);
            let mut out = Vec::new();
            let mut base = 0;
            for (n, item) in items.iter().enumerate() {
                let st = ParaStyle { size: SIZE, leading: LEADING, indent: -widths[n], align: Align::Left, small_caps_words: 0 };
                let mut item_spans = plain(&marks[n], Style::ROMAN);
                item_spans[0].offset = base;
                item_spans.extend(shifted(spans(item, Style::ROMAN, markers), base));
                let lines = tagged(ts.paragraph(&item_spans, &st, m - hang, id), Role::ListItem, &format!("{id}/{n}"), id);
                let mut u = with_block(unit(lines, if n == 0 { LEADING * 0.5 } else { 0.0 }));
                u.x = hang;
                out.push(u);
                base += crate::model::plain_text(item).len() + 2;
            }
            out
        }
        Block::Code { text, .. } => {
            let lines = super::code::lines(ts, id, text, m);
            vec![with_block(unit(tagged(lines, Role::Paragraph, id, ""), LEADING * 0.5))]
        }
        Block::Table { table, .. } => {
            let mut out = super::table::units(ts, id, table, markers, m, LEADING * 0.75);
            for u in &mut out {
                u.block = Some(id.to_string());
            }
            if let Some(first) = out.first_mut() {
                first.dests.push(id.to_string());
            }
            out
        }
    }
}

/// Each footnote set in note type, its marker linked back to the reference.
fn footnotes(ts: &mut Typesetter, notes: &[Footnote], measure: f32) -> BTreeMap<String, Vec<Line>> {
    let st = ParaStyle {
        size: NOTE_SIZE,
        leading: NOTE_LEADING,
        indent: 0.0,
        align: Align::Justify,
        small_caps_words: 0,
    };
    let markers = BTreeMap::new();
    notes
        .iter()
        .map(|f| {
            let mut s = vec![Span {
                text: format!("{}\u{a0}", f.marker),
                style: Style::ROMAN,
                offset: 0,
                link: Some(Target::Dest(format!("ref-{}", f.id))),
                note: None,
                anchors: Vec::new(),
            }];
            s.extend(spans(&f.content, Style::ROMAN, &markers));
            let mut lines = tagged(ts.paragraph(&s, &st, measure, &f.id), Role::Note, &f.id, "");
            if let Some(r) = lines.first_mut().and_then(|l| l.runs.first_mut()) {
                r.dest = Some(format!("note-{}", f.id));
            }
            (f.id.clone(), lines)
        })
        .collect()
}

/// Draws a frame, its footnotes, running head and folio onto `page`.
pub(super) fn compose(
    ts: &mut Typesetter,
    page: &mut Page,
    frame: &Frame,
    notes: &BTreeMap<String, Vec<Line>>,
    g: &Geometry,
    recto: bool,
    head: Option<&str>,
) {
    let left = g.left(recto);
    for p in &frame.lines {
        draw_line(page, &p.line, left + p.x, g.top + p.y);
        for d in &p.dests {
            page.dests
                .push((d.clone(), left, g.top + p.y - p.line.leading));
        }
        for a in &p.line.anchors {
            page.dests
                .push((a.clone(), left, g.top + p.y - p.line.leading));
        }
    }
    let foot: Vec<&Line> = frame
        .notes
        .iter()
        .filter_map(|id| notes.get(id))
        .flatten()
        .collect();
    if !foot.is_empty() {
        let h: f32 = foot.iter().map(|l| l.leading).sum();
        let mut y = g.top + g.text_height - h;
        let rule_y = y - NOTE_LEADING * 0.45;
        page.rules.push(Rule {
            x0: left,
            y0: rule_y,
            x1: left + g.measure * 0.3,
            y1: rule_y,
            width: FOOTNOTE_RULE,
        });
        for l in foot {
            y += l.leading;
            draw_line(page, l, left, y);
            for a in &l.anchors {
                page.dests.push((a.clone(), left, y - l.leading));
            }
        }
    }
    if let Some(h) = head {
        let w = ts.width(h, HEAD_STYLE, HEAD_SIZE);
        let shaped = ts.shape(h, HEAD_STYLE, "running head");
        page.texts.push(TextRun {
            x: left + (g.measure - w) / 2.0,
            y: g.top - HEAD_RAISE,
            size: HEAD_SIZE,
            style: HEAD_STYLE,
            shaped,
            space_before: false,
            tag: Tag::default(),
        });
    }
    folio(ts, page, g, left);
}

/// Running heads: one case convention for all (small capitals throughout, whatever the
/// source's capitalisation), in one size.
const HEAD_STYLE: Style = Style { face: Face::Regular, small_caps: true };
const HEAD_SIZE: f32 = 9.5;

/// The footnote rule's weight: KDP's minimum line weight.
const FOOTNOTE_RULE: f32 = 0.75;

/// The running heads of one part: the book's title on versos, the part's on rectos.
pub(super) struct Heads {
    verso: String,
    recto: String,
}

impl Heads {
    /// Heads for a part titled `title` in a book titled `book`: each shortened to fit the
    /// measure, and the recto's never a repeat of the verso's (a title that opens with
    /// the book's title gives its other half).
    pub(super) fn new(ts: &mut Typesetter, book: &str, title: &str, g: &Geometry) -> Heads {
        let room = g.measure * 0.9;
        let verso = short_head(ts, book, room, None);
        let recto = short_head(ts, title, room, Some(&verso));
        Heads { verso, recto }
    }

    pub(super) fn on(&self, recto: bool) -> &str {
        if recto {
            &self.recto
        } else {
            &self.verso
        }
    }
}

/// A running head that fits `room` and differs from `not`: the title, else its part
/// before a colon or dash, else the part after, else its first words and an ellipsis.
/// Lower case, for the all-small-capitals setting.
fn short_head(ts: &mut Typesetter, title: &str, room: f32, not: Option<&str>) -> String {
    let title = title.to_lowercase();
    let quotes: &[char] = &['“', '”', '‘', '’', '"', ' '];
    let mut candidates = vec![title.clone()];
    if let Some(i) = title.find([':', '–', '—']) {
        let cut = title[i..].chars().next().map_or(1, char::len_utf8);
        candidates.push(title[..i].trim_matches(quotes).to_string());
        candidates.push(title[i + cut..].trim_matches(quotes).to_string());
    }
    let same = |a: &str, b: &str| {
        let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
        letters(a) == letters(b)
    };
    let fits = |ts: &mut Typesetter, h: &str| ts.width(h, HEAD_STYLE, HEAD_SIZE) <= room;
    for c in &candidates {
        if !c.is_empty() && fits(ts, c) && !not.is_some_and(|n| same(n, c)) {
            return c.clone();
        }
    }
    let mut out = String::new();
    for w in title.split_whitespace() {
        let next = if out.is_empty() {
            w.to_string()
        } else {
            format!("{out} {w}")
        };
        if !fits(ts, &format!("{next}…")) {
            break;
        }
        out = next;
    }
    format!("{out}…")
}

fn folio(ts: &mut Typesetter, page: &mut Page, g: &Geometry, left: f32) {
    let label = page.label();
    let w = ts.width(&label, Style::ROMAN, 10.0);
    let shaped = ts.shape(&label, Style::ROMAN, "folio");
    page.texts.push(TextRun {
        x: left + (g.measure - w) / 2.0,
        y: g.top + g.text_height + FOLIO_DROP,
        size: 10.0,
        style: Style::ROMAN,
        shaped,
        space_before: false,
        tag: Tag::default(),
    });
}

pub(super) fn draw_line(page: &mut Page, line: &Line, x: f32, y: f32) {
    let first_link = page.links.len();
    for r in &line.runs {
        draw_run(page, r, r.tag.as_ref().unwrap_or(&line.tag), x, y);
    }
    for r in &line.rules {
        page.rules.push(Rule { x0: x + r.x0, y0: y + r.dy, x1: x + r.x1, y1: y + r.dy, width: r.width });
    }
    // One link area per stretch of a line with the same target, not one per word.
    let mut merged: Vec<LinkArea> = Vec::new();
    for l in page.links.drain(first_link..) {
        match merged.last_mut() {
            Some(m) if m.target == l.target && (m.rect[1] - l.rect[1]).abs() < 0.01 => {
                m.rect[0] = m.rect[0].min(l.rect[0]);
                m.rect[2] = m.rect[2].max(l.rect[2]);
            }
            _ => merged.push(l),
        }
    }
    page.links.extend(merged);
}

fn draw_run(page: &mut Page, r: &Run, tag: &Tag, x: f32, y: f32) {
    let (rx, ry) = (x + r.x, y + r.rise);
    page.texts.push(TextRun {
        x: rx,
        y: ry,
        size: r.size,
        style: r.style,
        shaped: r.shaped.clone(),
        space_before: r.space_before,
        tag: if r.decoration { Tag::default() } else { tag.clone() },
    });
    if let Some(t) = &r.link {
        let w = r.shaped.width * r.size;
        page.links.push(LinkArea {
            rect: [rx, ry - r.size * 0.8, rx + w, ry + r.size * 0.25],
            target: t.clone(),
            tag: tag.clone(),
        });
    }
    if let Some(d) = &r.dest {
        page.dests.push((d.clone(), rx, ry - r.size * 1.5));
    }
}
