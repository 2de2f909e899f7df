//! Paragraph setting: inline runs in, broken and justified lines of positioned runs out.
//!
//! Turns text into Knuth–Plass items (words as boxes, spaces as glue, hyphenation points
//! as flagged penalties), lets [`linebreak`] choose the breaks, then places each line's
//! pieces. Every piece remembers its byte offset into the block's plain text, so a line
//! knows where in the model it begins (the EPUB's page-break positions).

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::hyphenate::Hyphenator;
use super::linebreak::{self, Item, Setting};
use super::page::Tag;
use super::shape::{Shaped, Shaper, Style};
use crate::memo::{self, Memo};
use crate::model::{Inline, Warning};

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Hash)]
pub enum Target {
    /// A named destination in this PDF.
    Dest(String),
    /// An external address.
    Url(String),
}

/// A run of text with one style, as it comes from the model.
#[derive(Debug, Clone, Hash)]
pub struct Span {
    pub text: String,
    pub style: Style,
    /// Byte offset of `text` in the block's plain text.
    pub offset: usize,
    pub link: Option<Target>,
    /// A footnote marker: set small and raised, linked to its note, a destination itself.
    pub note: Option<String>,
    /// Anchor ids standing just before this span.
    pub anchors: Vec<String>,
}

/// How lines are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
pub enum Align {
    Justify,
    Left,
    Center,
}

/// The smallest type set anywhere (KDP's minimum; the preflight checks it).
pub const MIN_TYPE: f32 = 7.0;

/// Paragraph-level settings.
#[derive(Debug, Clone)]
pub struct ParaStyle {
    pub size: f32,
    pub leading: f32,
    pub indent: f32,
    pub align: Align,
    /// How many opening words are set in small capitals.
    pub small_caps_words: usize,
}

impl Hash for ParaStyle {
    fn hash<H: Hasher>(&self, h: &mut H) {
        [self.size, self.leading, self.indent].map(f32::to_bits).hash(h);
        self.align.hash(h);
        self.small_caps_words.hash(h);
    }
}

/// A shaped piece placed on a line.
#[derive(Debug, Clone)]
pub struct Run {
    pub x: f32,
    /// Baseline shift (negative raises, the page is y-down).
    pub rise: f32,
    pub size: f32,
    pub style: Style,
    pub shaped: Arc<Shaped>,
    pub link: Option<Target>,
    /// A named destination standing at this run.
    pub dest: Option<String>,
    /// A word space separates this run from the one before it on the line (the text
    /// layer writes it as a space character).
    pub space_before: bool,
    /// Drawn for the eye only (leader dots): an artifact, not text to read.
    pub decoration: bool,
    /// The structure element of this run when it differs from its line's (the cells of a
    /// table row share a line).
    pub tag: Option<Tag>,
}

/// A horizontal rule drawn with a line: from `x0` to `x1` (as the line's runs), `dy` below
/// its baseline (negative above), `width` thick.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRule {
    pub x0: f32,
    pub x1: f32,
    pub dy: f32,
    pub width: f32,
}

/// One set line.
#[derive(Debug, Clone)]
pub struct Line {
    pub runs: Vec<Run>,
    /// Distance from the previous baseline.
    pub leading: f32,
    /// Byte offset of the first word that starts on this line, if one does.
    pub word_start: Option<usize>,
    pub hyphenated: bool,
    /// A word runs on to the next line: the line ends in a hyphen, inserted or hard.
    pub broken_word: bool,
    /// Anchor ids set on this line.
    pub anchors: Vec<String>,
    /// Footnote ids referenced from this line.
    pub notes: Vec<String>,
    /// The structure element the line belongs to (set by whoever knows the block).
    pub tag: Tag,
    /// Rules drawn with the line (a table's).
    pub rules: Vec<LineRule>,
}

impl Line {
    /// A line with nothing on it yet, `leading` below the previous baseline.
    pub fn empty(leading: f32) -> Line {
        Line {
            runs: Vec::new(),
            leading,
            word_start: None,
            hyphenated: false,
            broken_word: false,
            anchors: Vec::new(),
            notes: Vec::new(),
            tag: Tag::default(),
            rules: Vec::new(),
        }
    }
}

/// What a box or penalty item stands for.
#[derive(Debug, Clone)]
struct Piece {
    shaped: Arc<Shaped>,
    style: Style,
    size: f32,
    rise: f32,
    offset: usize,
    word_start: bool,
    link: Option<Target>,
    note: Option<String>,
    anchors: Vec<String>,
    /// For a hyphen: the part before it shaped alone, as it is set when the line breaks
    /// here (without the kerning or ligature that joined it to the next part).
    pre_break: Option<Arc<Shaped>>,
}

/// The distinct places in `at`, in the order first seen, joined by commas.
fn places(at: &[String]) -> String {
    let mut seen = std::collections::HashSet::new();
    let distinct: Vec<&str> = at
        .iter()
        .filter(|p| seen.insert(p.as_str()))
        .map(String::as_str)
        .collect();
    distinct.join(", ")
}

/// Shaper, hyphenator and the warnings they raise, shared by every paragraph of a book
/// (and, through [`Typesetter::next_build`], by the builds of `anthology watch`).
pub struct Typesetter {
    pub shaper: Shaper,
    hyphenator: Hyphenator,
    /// Characters set in the fallback face, with the blocks they stand in.
    fallback: BTreeMap<char, Vec<String>>,
    /// Characters no face has, with the blocks they stand in.
    missing: BTreeMap<char, Vec<String>>,
    /// Paragraphs already set, by a hash of everything setting reads: the spans, the
    /// paragraph style, the measure, the block and the hyphenation of names. Setting is
    /// a function of these alone, so a paragraph that comes again (in the layout run
    /// again for a new gutter, or in the next build of `anthology watch`) is taken from
    /// here, the same lines to the bit.
    paragraphs: Memo<Arc<Set>>,
    /// While paragraphs (or chapters) are being set: the characters their shaping lacked,
    /// one list for each open [`Typesetter::recorded`] (a chapter's holds its paragraphs').
    recording: Vec<Lacks>,
}

/// A character the style's face lacks: `missing` when no face has it (else it is set in
/// the fallback face).
#[derive(Debug, Clone, Copy)]
struct Lack {
    c: char,
    missing: bool,
}

/// The characters shaping lacked while something was set, in order, each with the block
/// it stands in: recorded again whenever what was set is reused, so that the warnings of
/// a build that reuses it are those of a build that sets it.
#[derive(Debug, Clone, Default)]
pub struct Lacks(Vec<(Lack, String)>);

/// A set paragraph, with the characters its shaping lacked.
struct Set {
    lines: Vec<Line>,
    lacks: Lacks,
}

impl Typesetter {
    /// A typesetter with the embedded fonts and patterns.
    pub fn new() -> crate::error::Result<Typesetter> {
        Ok(Typesetter {
            shaper: Shaper::new(),
            hyphenator: Hyphenator::new()?,
            fallback: BTreeMap::new(),
            missing: BTreeMap::new(),
            paragraphs: Memo::default(),
            recording: Vec::new(),
        })
    }

    /// Starts another build: no warnings yet; the paragraphs of the last build stay at
    /// hand, those of the builds before it are forgotten.
    pub fn next_build(&mut self) {
        self.fallback.clear();
        self.missing.clear();
        self.paragraphs.next_build();
    }

    /// Warnings for every character EB Garamond could not set: one per character set
    /// in the fallback face, one per character no face has.
    pub fn warnings(&self) -> Vec<Warning> {
        let warn = |message: String| Warning {
            stage: "pdf".to_string(),
            message,
        };
        let fallback = self.fallback.iter().map(|(c, at)| {
            warn(format!("EB Garamond has no glyph for {c:?} (U+{:04X}) in {}; it is set in the fallback face DejaVu Serif", *c as u32, places(at)))
        });
        let missing = self.missing.iter().map(|(c, at)| {
            warn(format!("no font has a glyph for {c:?} (U+{:04X}) in {}; it prints as a placeholder square (the text layer keeps it)", *c as u32, places(at)))
        });
        fallback.chain(missing).collect()
    }

    /// Shapes `text`, recording fallback and missing glyphs against `context`.
    pub fn shape(&mut self, text: &str, style: Style, context: &str) -> Arc<Shaped> {
        let shaped = self.shaper.shape(text, style);
        let fallback = shaped.fallback.iter().map(|&c| Lack { c, missing: false });
        let missing = shaped.missing.iter().map(|&c| Lack { c, missing: true });
        for lack in fallback.chain(missing) {
            self.record(lack, context);
        }
        shaped
    }

    /// Records a character the face lacks against `context`.
    fn record(&mut self, lack: Lack, context: &str) {
        let seen = if lack.missing { &mut self.missing } else { &mut self.fallback };
        let at = seen.entry(lack.c).or_default();
        if at.last().map(String::as_str) != Some(context) {
            at.push(context.to_string());
        }
        for lacks in &mut self.recording {
            lacks.0.push((lack, context.to_string()));
        }
    }

    /// Runs `make`, returning with what it made the characters its shaping lacked.
    pub fn recorded<T>(&mut self, make: impl FnOnce(&mut Typesetter) -> T) -> (T, Lacks) {
        self.recording.push(Lacks::default());
        let made = make(self);
        (made, self.recording.pop().unwrap_or_default())
    }

    /// Records again the characters whose lack `lacks` recorded, for something reused.
    pub fn replay(&mut self, lacks: &Lacks) {
        for (lack, context) in &lacks.0 {
            self.record(*lack, context);
        }
    }

    /// Whether capitalised words may be hyphenated: a setting every set line depends on.
    pub fn hyphenates_names(&self) -> bool {
        self.hyphenator.names
    }

    /// Sets `spans` as one paragraph `measure` points wide, or takes the lines of the same
    /// paragraph set before.
    pub fn paragraph(
        &mut self,
        spans: &[Span],
        style: &ParaStyle,
        measure: f32,
        context: &str,
    ) -> Vec<Line> {
        let key = memo::key(&(spans, style, measure.to_bits(), context, self.hyphenator.names, self.hyphenator.words));
        let set = match self.paragraphs.get(&key) {
            Some(set) => {
                self.replay(&set.lacks);
                set
            }
            None => {
                let (lines, lacks) = self.recorded(|ts| ts.set(spans, style, measure, context));
                let set = Arc::new(Set { lines, lacks });
                self.paragraphs.insert(key, set.clone());
                set
            }
        };
        set.lines.clone()
    }

    fn set(
        &mut self,
        spans: &[Span],
        style: &ParaStyle,
        measure: f32,
        context: &str,
    ) -> Vec<Line> {
        let (items, pieces) = self.items(spans, style, measure, context);
        if pieces.iter().all(Option::is_none) {
            return Vec::new();
        }
        let expansion = if style.align == Align::Justify { GLYPH_EXPANSION } else { 0.0 };
        // Hanging punctuation widens a justified line (not the last, nor one broken in a
        // URL, which are set at their natural width): the breaker counts it.
        let hang = |start: usize, pos: usize| {
            if style.align != Align::Justify || pos + 1 == items.len() || is_url_break(&items, pos) {
                return 0.0;
            }
            let (left, right) = protrusion(&items, &pieces, start, pos);
            left + right
        };
        let breaks = linebreak::break_lines(&items, measure, expansion, &hang);
        let mut lines = Vec::with_capacity(breaks.len());
        let mut start = 0;
        let mut after_space = false;
        for b in &breaks {
            // The last line keeps its natural spacing but may still shrink to fit.
            // So does a line broken inside a URL: spreading the address would
            // open gaps that read as spaces in it.
            let justified = style.align == Align::Justify
                && b.pos + 1 < items.len()
                && !is_url_break(&items, b.pos);
            let mut line = if !justified {
                let set = linebreak::set_line(&items, start, b.pos, measure, expansion);
                let natural = if set.glue < 0.0 { set } else { Setting { scale: 1.0, glue: 0.0 } };
                place(&items, &pieces, start, b.pos, natural, style, measure)
            } else {
                // Hanging punctuation: the line is set that much wider, its edge marks
                // standing partly in the margins, so the edges look straight.
                let (left, right) = protrusion(&items, &pieces, start, b.pos);
                let set = linebreak::set_line(&items, start, b.pos, measure + left + right, expansion);
                let mut line = place(&items, &pieces, start, b.pos, set, style, measure);
                for r in &mut line.runs {
                    r.x -= left;
                }
                line
            };
            self.keep_word_hyphen(&mut line, context);
            // A line after a break at a word space reads that space first.
            if let Some(first) = line.runs.first_mut().filter(|_| after_space) {
                first.space_before = true;
            }
            after_space = is_space_break(&items, b.pos);
            line.broken_word = b.flagged;
            lines.push(line);
            start = next_box(&items, b.pos);
        }
        lines
    }

    /// A word's own hyphen ending a line is set as U+2010 HYPHEN (the same drawing and
    /// advance in EB Garamond): text extraction drops a hyphen-minus at a line end as if
    /// hyphenation had added it, and would read "selfsacrificing".
    fn keep_word_hyphen(&mut self, line: &mut Line, context: &str) {
        if line.hyphenated {
            return;
        }
        let Some(last) = line.runs.last_mut() else { return };
        let Some(stem) = last.shaped.text.strip_suffix('-').filter(|s| !s.is_empty()) else {
            return;
        };
        last.shaped = self.shape(&format!("{stem}\u{2010}"), last.style, context);
    }

    fn items(
        &mut self,
        spans: &[Span],
        style: &ParaStyle,
        measure: f32,
        context: &str,
    ) -> (Vec<Item>, Vec<Option<Piece>>) {
        let mut b = Builder {
            items: Vec::new(),
            pieces: Vec::new(),
            words: 0,
            style: style.clone(),
            measure,
            at_word_start: true,
            space_at: None,
            prev_word: String::new(),
            prev_previous: String::new(),
            last_word_at: 0,
            lead_in_done: false,
            lead_in_word: false,
            prev_style: None,
        };
        if style.indent != 0.0 {
            b.items.push(Item::Box {
                width: style.indent,
            });
            b.pieces.push(None);
        }
        let space = self.shape(" ", Style::ROMAN, context).width * style.size;
        let mut pending_anchors = Vec::new();
        for span in spans {
            pending_anchors.extend(span.anchors.iter().cloned());
            if let Some(id) = &span.note {
                // No type smaller than the print services accept (KDP: 7 pt).
                let size = (style.size * 0.65).max(MIN_TYPE);
                let shaped = self.shape(&span.text, Style::ROMAN, context);
                b.push_box(Piece {
                    shaped,
                    style: Style::ROMAN,
                    size,
                    rise: -style.size * 0.36,
                    offset: span.offset,
                    word_start: false,
                    link: span.link.clone(),
                    note: Some(id.clone()),
                    anchors: std::mem::take(&mut pending_anchors),
                    pre_break: None,
                });
                continue;
            }
            let mut pos = 0;
            for chunk in span.text.split(' ') {
                if pos > 0 {
                    b.push_space(space, style.align);
                }
                if !chunk.is_empty() {
                    let anchors = std::mem::take(&mut pending_anchors);
                    self.push_word(&mut b, span, chunk, span.offset + pos, anchors, context);
                }
                pos += chunk.len() + 1;
            }
        }
        if let Some(last) = b.pieces.iter_mut().rev().flatten().next() {
            last.anchors.extend(pending_anchors);
        }
        // Drop trailing glue, then end with \parfillskip and a forced break.
        while matches!(
            b.items.last(),
            Some(Item::Glue { .. } | Item::Penalty { .. })
        ) {
            b.items.pop();
            b.pieces.pop();
        }
        b.keep_last_word_whole();
        linebreak::finish_paragraph(&mut b.items);
        // The closing items set no text: no piece each.
        b.pieces.resize(b.items.len(), None);
        (b.items, b.pieces)
    }

    /// One space-free chunk: boxes with break opportunities between them.
    fn push_word(
        &mut self,
        b: &mut Builder,
        span: &Span,
        word: &str,
        offset: usize,
        anchors: Vec<String>,
        context: &str,
    ) {
        let mut style = span.style;
        let starts_word = b.at_word_start;
        if starts_word {
            b.lead_in_word = b.in_lead_in(word, style);
            // A display set ragged or centred (a title, a contents entry) does not end a
            // line on "A": "– A / slogan that launched a revolution".
            let ragged = b.style.align != Align::Justify;
            if no_break_between(&b.prev_word, word) || ragged && is_lone_article(&b.prev_word) {
                b.forbid_break_at_space();
            }
            b.space_at = None;
            b.prev_previous = std::mem::replace(&mut b.prev_word, word.to_string());
            b.prev_style = Some(style);
        } else {
            b.prev_word.push_str(word);
        }
        style.small_caps |= b.lead_in_word;
        b.at_word_start = false;
        if word.chars().any(char::is_alphabetic) {
            b.last_word_at = b.items.len();
        }
        let mut parts = split_word(word, &self.hyphenator, starts_word && b.opens_sentence());
        // Shape once, break after: the word is shaped whole and cut into its parts, so
        // kerning and ligatures survive wherever it is not broken.
        let whole = (parts.len() > 1).then(|| self.shape(word, style, context));
        if let Some(w) = &whole {
            parts = keep_ligatures(word, parts, w);
        }
        let mut first = true;
        let mut anchors = Some(anchors);
        for (text, rel, brk) in parts.drain(..) {
            let cut = whole.as_ref().and_then(|w| w.slice(rel..rel + text.len()));
            let shaped = match cut {
                Some(cut) => Arc::new(cut),
                None => self.shape(text, style, context),
            };
            let piece = Piece {
                shaped,
                style,
                size: b.style.size,
                rise: 0.0,
                offset: offset + rel,
                word_start: first && starts_word,
                link: span.link.clone(),
                note: None,
                anchors: anchors.take().unwrap_or_default(),
                pre_break: None,
            };
            first = false;
            let alone = match brk {
                Brk::Hyphen => Some(self.shape(text, style, context)),
                _ => None,
            };
            let cut_width = piece.shaped.width;
            // The first line also holds the indent: a piece wider than what is left there
            // could fit no line.
            if piece.shaped.width * piece.size > b.measure - b.style.indent {
                self.push_letters(b, piece, context);
            } else {
                b.push_box(piece);
            }
            match brk {
                Brk::None => {}
                Brk::Hyphen => {
                    let hyphen = self.shaper.break_hyphen(style);
                    let alone = alone.unwrap_or_else(|| self.shape(text, style, context));
                    let width = (hyphen.width + alone.width - cut_width) * b.style.size;
                    b.items.push(Item::Penalty {
                        width,
                        cost: HYPHEN_PENALTY,
                        flagged: true,
                    });
                    b.pieces.push(Some(Piece {
                        shaped: hyphen,
                        style,
                        size: b.style.size,
                        rise: 0.0,
                        offset: 0,
                        word_start: false,
                        link: None,
                        note: None,
                        anchors: Vec::new(),
                        pre_break: Some(alone),
                    }));
                }
                Brk::Url => {
                    // A little stretch inside the address, so the line's one space
                    // does not take all of the slack.
                    b.items.push(Item::Penalty {
                        width: 0.0,
                        cost: URL_BREAK_COST,
                        flagged: false,
                    });
                    b.items.push(Item::Glue {
                        width: 0.0,
                        stretch: b.style.size / 4.0,
                        shrink: 0.0,
                    });
                    b.pieces.extend([None, None]);
                }
                Brk::After(cost, flagged) => {
                    b.items.push(Item::Penalty {
                        width: 0.0,
                        cost,
                        flagged,
                    });
                    b.pieces.push(None);
                }
            }
        }
    }

    /// Emergency: a piece wider than the measure may break between any two letters.
    fn push_letters(&mut self, b: &mut Builder, piece: Piece, context: &str) {
        let text = piece.shaped.text.clone();
        for (n, (i, c)) in text.char_indices().enumerate() {
            if n > 0 {
                b.items.push(Item::Penalty {
                    width: 0.0,
                    cost: 500.0,
                    flagged: false,
                });
                b.pieces.push(None);
            }
            let shaped = self.shape(&text[i..i + c.len_utf8()], piece.style, context);
            b.push_box(Piece {
                shaped,
                offset: piece.offset + i,
                word_start: piece.word_start && n == 0,
                anchors: if n == 0 {
                    piece.anchors.clone()
                } else {
                    Vec::new()
                },
                ..piece.clone()
            });
        }
    }

    /// Lets capitalised words (names) take a hyphen (`[print] hyphenate_names`).
    pub fn hyphenate_names(&mut self, allow: bool) {
        self.hyphenator.names = allow;
    }

    /// Lets words take a hyphen at all: only text in the patterns' language (English) may.
    pub fn hyphenate_words(&mut self, allow: bool) {
        self.hyphenator.words = allow;
    }

    /// Whether words may take a hyphen: a setting every set line depends on.
    pub fn hyphenates_words(&self) -> bool {
        self.hyphenator.words
    }

    /// Shaped width of a plain string in points.
    pub fn width(&mut self, text: &str, style: Style, size: f32) -> f32 {
        self.shaper.shape(text, style).width * size
    }
}

struct Builder {
    items: Vec<Item>,
    pieces: Vec<Option<Piece>>,
    words: usize,
    style: ParaStyle,
    measure: f32,
    at_word_start: bool,
    /// Where the items of the last space begin, until a word follows it.
    space_at: Option<usize>,
    /// The current chunk (the one before the next, for the no-break rules).
    prev_word: String,
    /// The chunk before the current one.
    prev_previous: String,
    /// Where the items of the last word with letters begin.
    last_word_at: usize,
    /// The small-caps lead-in has ended.
    lead_in_done: bool,
    /// The current word belongs to the lead-in.
    lead_in_word: bool,
    /// The style of the previous word.
    prev_style: Option<Style>,
}

fn is_italic(s: Style) -> bool {
    s.face == s.face.italic()
}

/// How many words past `small_caps_words` a lead-in may run on to finish a name or title.
const LEAD_IN_RUN_ON: usize = 3;

impl Builder {
    /// Whether the current word opens a sentence: the paragraph's first, or after a full
    /// stop that ends more than an abbreviation ("St.", "Mr.").
    fn opens_sentence(&self) -> bool {
        let prev = self.prev_previous.trim_end_matches(['”', '’', '"', '\'', ')']);
        prev.is_empty()
            || (prev.ends_with(['.', '!', '?']) && prev.chars().filter(|c| c.is_alphabetic()).count() > 3)
    }

    /// Makes the space just pushed unbreakable: an infinite penalty before its glue, and
    /// the ragged setting's break penalty made infinite too.
    fn forbid_break_at_space(&mut self) {
        let Some(at) = self.space_at else { return };
        for item in &mut self.items[at..] {
            if let Item::Penalty { cost, .. } = item {
                *cost = linebreak::INFINITY;
            }
        }
        self.items.insert(at, Item::Penalty { width: 0.0, cost: linebreak::INFINITY, flagged: false });
        self.pieces.insert(at, None);
    }

    /// No hyphen in the paragraph's last word: a paragraph does not end on a fragment.
    fn keep_last_word_whole(&mut self) {
        for item in &mut self.items[self.last_word_at..] {
            if let Item::Penalty { cost, flagged: true, width } = item {
                if *width > 0.0 {
                    *cost = linebreak::INFINITY;
                }
            }
        }
    }

    /// Whether `word`, the next chunk, is set in small capitals: the first
    /// `small_caps_words` words, ended early by punctuation and carried on (a few words at
    /// most) while a name or a title in italics runs on, so the lead-in never splits one.
    fn in_lead_in(&mut self, word: &str, style: Style) -> bool {
        let wanted = self.style.small_caps_words;
        if wanted == 0 || self.lead_in_done {
            return false;
        }
        let k = self.words;
        let prev = self.prev_word.as_str();
        let clause_ended = prev.ends_with([',', '.', ';', ':', '!', '?', ')', '—', '–']);
        let capital = |w: &str| w.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase);
        let runs_on = (capital(prev) && capital(word))
            || (is_italic(style) && self.prev_style.is_some_and(is_italic));
        let take = k == 0 || (!clause_ended && (k < wanted || (runs_on && k < wanted + LEAD_IN_RUN_ON)));
        self.lead_in_done = !take;
        take
    }

    fn push_box(&mut self, piece: Piece) {
        self.items.push(Item::Box {
            width: piece.shaped.width * piece.size,
        });
        self.pieces.push(Some(piece));
    }

    fn push_space(&mut self, space: f32, align: Align) {
        if self.at_word_start {
            return; // collapse runs of spaces
        }
        self.words += 1;
        self.at_word_start = true;
        self.space_at = Some(self.items.len());
        if align == Align::Justify {
            self.items.push(Item::Glue {
                width: space,
                stretch: space * SPACE_STRETCH,
                shrink: space * SPACE_SHRINK,
            });
            self.pieces.push(None);
        } else {
            // Ragged: the stretch is only available at a break (TeX's \raggedright idiom).
            let rag = self.measure / 3.0;
            self.items.push(Item::Glue {
                width: 0.0,
                stretch: rag,
                shrink: 0.0,
            });
            self.items.push(Item::Penalty {
                width: 0.0,
                cost: 0.0,
                flagged: false,
            });
            self.items.push(Item::Glue {
                width: space,
                stretch: -rag,
                shrink: 0.0,
            });
            self.pieces.extend([None, None, None]);
        }
    }
}

/// What may follow a part of a word.
enum Brk {
    None,
    /// A discretionary hyphen.
    Hyphen,
    /// A break with this cost after the part, nothing inserted (`flagged` after a hard hyphen).
    After(f32, bool),
    /// A break inside a URL (after `/`, `.`, `?`...): nothing inserted.
    Url,
}

/// Whether a line may end at a hard hyphen between `before` (the word's part since its last
/// break) and `after`: not to leave a number or a piece of two letters on either line
/// ("GPT-|5", "COVID-|19", "e-|mail").
fn hyphen_breakable(before: &str, after: &str) -> bool {
    let piece = after.split('-').next().unwrap_or_default().trim_end_matches(|c: char| !c.is_alphanumeric());
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    letters(before) >= 2 && letters(piece) >= 3 && !piece.starts_with(|c: char| c.is_ascii_digit())
}

/// Splits a space-free chunk into parts with the break allowed after each.
/// Hard hyphens and dashes break after themselves; URLs after slashes and dots; plain words at
/// their hyphenation points (a word with a hard hyphen only at the hyphen).
fn split_word<'a>(word: &'a str, hyph: &Hyphenator, opens_sentence: bool) -> Vec<(&'a str, usize, Brk)> {
    let is_url = word.contains("://") || word.starts_with("www.");
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let next_letter = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        // URLs break after a slash and before other punctuation (Chicago 14.18), so a
        // line never ends in what looks like a hyphen or a full stop.
        let brk = match c {
            '-' if !is_url && k > 0 && next_letter && hyphen_breakable(&word[start..i], &word[end..]) => Some((end, Brk::After(50.0, true))),
            '—' | '–' if next_letter => Some((end, Brk::After(50.0, false))),
            '/' if is_url && end < word.len() && !word[end..].starts_with('/') => {
                Some((end, Brk::Url))
            }
            '.' | '?' | '&' | '=' | '-' | '_' | '#'
                if is_url && next_letter && i > start && word[..i].contains("//") =>
            {
                Some((i, Brk::Url))
            }
            _ => None,
        };
        if let Some((at, brk)) = brk {
            parts.push((&word[start..at], start, brk));
            start = at;
        }
    }
    if start < word.len() {
        parts.push((&word[start..], start, Brk::None));
    }
    if parts.len() == 1 && !is_url {
        return hyphenated(word, hyph, opens_sentence);
    }
    parts
}

/// Joins parts whose boundary falls inside a ligature of the whole word's shaping, so no
/// break splits a ligature.
fn keep_ligatures<'a>(
    word: &'a str,
    parts: Vec<(&'a str, usize, Brk)>,
    whole: &Shaped,
) -> Vec<(&'a str, usize, Brk)> {
    let mut out: Vec<(&'a str, usize, Brk)> = Vec::new();
    for (text, rel, brk) in parts {
        match out.last_mut() {
            Some(last) if !whole.is_cluster_boundary(rel) => {
                let start = last.1;
                *last = (&word[start..rel + text.len()], start, brk);
            }
            _ => out.push((text, rel, brk)),
        }
    }
    out
}

/// A plain word split at its hyphenation points (leading/trailing punctuation kept on).
fn hyphenated<'a>(word: &'a str, hyph: &Hyphenator, opens_sentence: bool) -> Vec<(&'a str, usize, Brk)> {
    let core_start = word.find(char::is_alphabetic).unwrap_or(word.len());
    let core_end = word.rfind(char::is_alphabetic).map_or(core_start, |i| {
        i + word[i..].chars().next().map_or(0, char::len_utf8)
    });
    if core_start >= core_end {
        return vec![(word, 0, Brk::None)];
    }
    let core = &word[core_start..core_end];
    let mut parts = Vec::new();
    let mut start = 0;
    for b in hyph.breaks(core, opens_sentence) {
        let at = core_start + b;
        parts.push((&word[start..at], start, Brk::Hyphen));
        start = at;
    }
    parts.push((&word[start..], start, Brk::None));
    parts
}

/// The cost of a discretionary hyphen: high enough that a line is hyphenated only when
/// that clearly evens the spacing (measured against Typst: `scripts/compare-typst.py`).
/// Glyph expansion gives the breaker room enough that a hyphen is rarely the better way.
const HYPHEN_PENALTY: f32 = 500.0;

/// How far a justified space may stretch and shrink, as a share of its width. The
/// glyph expansion's shrink lets a line take one more word rather than a hyphen, so the
/// spaces need not close up further than a third; the line breaker's tolerance bounds
/// the stretch.
const SPACE_STRETCH: f32 = 0.5;
const SPACE_SHRINK: f32 = 0.35;

/// How much a justified line's glyph advances may widen or narrow, as a share (microtype's
/// font expansion, kept within its ±2%): a loose line takes part of its slack in the
/// letters, so its word spaces open less. The breaker counts it as stretch and shrink.
const GLYPH_EXPANSION: f32 = 0.02;

/// Months, for the rule that keeps "25 October" (and "October 25") on one line.
const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// Abbreviations that stand before a number ("p. 12", "no. 4").
const BEFORE_NUMBER: [&str; 8] = ["p.", "pp.", "no.", "nos.", "vol.", "ch.", "fig.", "§"];

/// Whether the space between chunks `a` and `b` must not break: a spaced dash does not
/// start a line, an abbreviation keeps its number, a day keeps its month.
fn no_break_between(a: &str, b: &str) -> bool {
    if a.is_empty() {
        return false;
    }
    let starts_digit = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit());
    let is_day = |w: &str| {
        let d = w.trim_end_matches([',', '.', ';', ':']);
        !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit())
    };
    let is_month = |w: &str| {
        let m = w.trim_matches(|c: char| !c.is_alphabetic());
        MONTHS.contains(&m)
    };
    let abbreviation = a.trim_start_matches(['(', '[', '“', '‘', '"']);
    // An index's cross-reference reads as one phrase: "See also" is not broken.
    let see_also = a == "See" && b == "also";
    b.starts_with(['–', '—'])
        || see_also
        || (BEFORE_NUMBER.iter().any(|p| abbreviation.eq_ignore_ascii_case(p)) && starts_digit(b))
        || (is_day(a) && !a.ends_with([',', '.', ';', ':']) && is_month(b))
        || (is_month(a) && !a.ends_with([',', '.', ';', ':']) && is_day(b))
}

/// The one-letter article opening a title or its subtitle, which a display line should not
/// end on.
fn is_lone_article(word: &str) -> bool {
    word.trim_start_matches(['(', '“', '‘', '"', '\'']) == "A"
}

/// The cost of breaking a URL; no other break uses it.
const URL_BREAK_COST: f32 = 100.0;

fn is_url_break(items: &[Item], pos: usize) -> bool {
    matches!(items[pos], Item::Penalty { cost, .. } if cost == URL_BREAK_COST)
}

/// Whether a break at `pos` falls at a word space (glue, or the ragged idiom's free penalty).
fn is_space_break(items: &[Item], pos: usize) -> bool {
    match items[pos] {
        Item::Glue { .. } => true,
        Item::Penalty { width, cost, flagged } => !flagged && width == 0.0 && cost == 0.0,
        Item::Box { .. } => false,
    }
}

fn next_box(items: &[Item], pos: usize) -> usize {
    let mut i = pos + 1;
    while i < items.len() && !matches!(items[i], Item::Box { .. }) {
        i += 1;
    }
    i.min(items.len())
}

/// How far a line's first and last marks may stand in the margins, in points: a share
/// of the mark's advance (close to microtype's defaults). The indent and note markers do
/// not hang.
fn protrusion(items: &[Item], pieces: &[Option<Piece>], start: usize, pos: usize) -> (f32, f32) {
    let share = |c: char, right: bool| match c {
        '.' | ',' if right => 0.7,
        '’' | '”' | '\'' | '"' if right => 0.7,
        '‘' | '“' | '\'' | '"' if !right => 0.7,
        '-' | '‐' if right => 0.6,
        '–' if right => 0.3,
        ':' | ';' if right => 0.5,
        _ => 0.0,
    };
    let edge = |p: &Piece, right: bool| {
        if p.note.is_some() {
            return 0.0;
        }
        let glyph = if right { p.shaped.glyphs.last() } else { p.shaped.glyphs.first() };
        let c = if right { p.shaped.text.chars().last() } else { p.shaped.text.chars().next() };
        match (glyph, c) {
            (Some(g), Some(c)) => share(c, right) * g.advance * p.size,
            _ => 0.0,
        }
    };
    let left = match (&items[start], &pieces[start]) {
        (Item::Box { .. }, Some(p)) => edge(p, false),
        _ => 0.0,
    };
    let last = match (&items[pos], &pieces[pos]) {
        (Item::Penalty { width, .. }, Some(p)) if *width > 0.0 => Some(p),
        _ => (start..pos)
            .rev()
            .find(|&i| matches!(items[i], Item::Box { .. }))
            .and_then(|i| pieces[i].as_ref()),
    };
    (left, last.map_or(0.0, |p| edge(p, true)))
}

/// Places the pieces of one line: boxes widened by `set.scale` (their glyphs' advances
/// with them), glue set by `set.glue`.
fn place(
    items: &[Item],
    pieces: &[Option<Piece>],
    start: usize,
    pos: usize,
    set: Setting,
    style: &ParaStyle,
    measure: f32,
) -> Line {
    let mut line = Line::empty(style.leading);
    let expand = |shaped: &Arc<Shaped>| {
        if set.scale == 1.0 {
            shaped.clone()
        } else {
            Arc::new(shaped.expanded(set.scale))
        }
    };
    let mut x = 0.0;
    for i in start..=pos.min(items.len() - 1) {
        match items[i] {
            Item::Box { width } => {
                if let Some(p) = &pieces[i] {
                    push_run(&mut line, p, expand(&p.shaped), x);
                }
                x += width * set.scale;
            }
            Item::Glue {
                width,
                stretch,
                shrink,
            } if i < pos => {
                x += width
                    + if set.glue >= 0.0 {
                        set.glue * stretch
                    } else {
                        set.glue * shrink
                    };
            }
            Item::Penalty { width, .. } if i == pos && width > 0.0 => {
                if let Some(p) = &pieces[i] {
                    let mut at = x;
                    // The part before the hyphen is set as shaped alone.
                    if let (Some(pre), Some(last)) = (&p.pre_break, line.runs.last_mut()) {
                        if last.shaped.text == pre.text {
                            last.shaped = expand(pre);
                            at = last.x + last.shaped.width * last.size;
                        }
                    }
                    push_run(&mut line, p, expand(&p.shaped), at);
                    line.hyphenated = true;
                }
                x += width * set.scale;
            }
            _ => {}
        }
    }
    if style.align == Align::Center {
        let shift = ((measure - x) / 2.0).max(0.0);
        for r in &mut line.runs {
            r.x += shift;
        }
    }
    line
}

fn push_run(line: &mut Line, p: &Piece, shaped: Arc<Shaped>, x: f32) {
    if p.word_start && line.word_start.is_none() {
        line.word_start = Some(p.offset);
    }
    line.anchors.extend(p.anchors.iter().cloned());
    let dest = p.note.as_ref().map(|id| {
        line.notes.push(id.clone());
        format!("ref-{id}")
    });
    line.runs.push(Run {
        x,
        rise: p.rise,
        size: p.size,
        style: p.style,
        shaped,
        link: p.link.clone(),
        dest,
        space_before: p.word_start && !line.runs.is_empty(),
        decoration: false,
        tag: None,
    });
}

/// Flattens inline content into spans; `notes` maps footnote ids to their printed markers.
pub fn spans(inlines: &[Inline], base: Style, notes: &BTreeMap<String, String>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut anchors = Vec::new();
    flatten(
        inlines,
        base,
        None,
        notes,
        &mut offset,
        &mut anchors,
        &mut out,
    );
    if !anchors.is_empty() {
        out.push(Span {
            text: String::new(),
            style: base,
            offset,
            link: None,
            note: None,
            anchors,
        });
    }
    out
}

fn flatten(
    inlines: &[Inline],
    style: Style,
    link: Option<&Target>,
    notes: &BTreeMap<String, String>,
    offset: &mut usize,
    anchors: &mut Vec<String>,
    out: &mut Vec<Span>,
) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                // Line breaks and tabs inside a paragraph are just spaces. Only ASCII
                // whitespace is replaced, so byte offsets into the text stay exact.
                let text: String = t
                    .chars()
                    .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
                    .collect();
                out.push(Span {
                    text,
                    style,
                    offset: *offset,
                    link: link.cloned(),
                    note: None,
                    anchors: std::mem::take(anchors),
                });
                *offset += t.len();
            }
            Inline::Emphasis(c) => {
                let face = if style.face == style.face.italic() {
                    super::fonts::Face::Regular
                } else {
                    style.face.italic()
                };
                flatten(
                    c,
                    Style { face, ..style },
                    link,
                    notes,
                    offset,
                    anchors,
                    out,
                )
            }
            Inline::Strong(c) => flatten(
                c,
                Style {
                    face: style.face.bold(),
                    ..style
                },
                link,
                notes,
                offset,
                anchors,
                out,
            ),
            Inline::Link { url, content } => {
                let target = Target::Url(url.clone());
                flatten(content, style, Some(&target), notes, offset, anchors, out)
            }
            Inline::Lang { content, .. } => {
                flatten(content, style, link, notes, offset, anchors, out)
            }
            Inline::NoteRef(id) => {
                let marker = notes.get(id).cloned().unwrap_or_else(|| "*".to_string());
                out.push(Span {
                    text: marker,
                    style,
                    offset: *offset,
                    link: Some(Target::Dest(format!("note-{id}"))),
                    note: Some(id.clone()),
                    anchors: std::mem::take(anchors),
                });
            }
            Inline::Anchor(id) => anchors.push(id.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Inline> {
        vec![
            Inline::Text("Café\u{2009}society\nand ".to_string()),
            Inline::Emphasis(vec![Inline::Text("émigré".to_string())]),
            Inline::Text(
                " revolutionaries argued about counter-revolutionary democratic Kronstadt"
                    .repeat(8),
            ),
        ]
    }

    fn set(measure: f32) -> Vec<Line> {
        let mut ts = Typesetter::new().unwrap();
        let style = ParaStyle {
            size: 11.0,
            leading: 13.5,
            indent: 11.0,
            align: Align::Justify,
            small_caps_words: 0,
        };
        ts.paragraph(
            &spans(&sample(), Style::ROMAN, &BTreeMap::new()),
            &style,
            measure,
            "test",
        )
    }

    #[test]
    fn words_tied_wider_than_a_table_column_make_one_line() {
        // A table cell of a scraped page: no-break spaces tie its words, the name in a
        // bolder face is its own box, and together they overrun the column.
        let mut ts = Typesetter::new().unwrap();
        let cell = [Inline::Text("Quick\u{a0}bar\u{a0}".into()), Inline::Strong(vec![Inline::Emphasis(vec![Inline::Text("Twinsen".into())])])];
        for align in [Align::Left, Align::Justify] {
            let style = ParaStyle { size: 9.0, leading: 11.0, indent: 0.0, align, small_caps_words: 0 };
            let lines = ts.paragraph(&spans(&cell, Style::ROMAN, &BTreeMap::new()), &style, 49.0, "cell");
            assert_eq!(lines.len(), 1, "{align:?}");
        }
    }

    #[test]
    fn a_long_word_with_a_fallback_character_is_set() {
        let mut ts = Typesetter::new().unwrap();
        let style = ParaStyle { size: 11.0, leading: 13.5, indent: 11.0, align: Align::Justify, small_caps_words: 0 };
        for c in ['¹', 'ℵ', '→', '中', 'ᚠ'] {
            let word = format!("{}{c}{}", "a".repeat(58), "z".repeat(10));
            let lines = ts.paragraph(&spans(&[Inline::Text(word.clone())], Style::ROMAN, &BTreeMap::new()), &style, 300.0, "test");
            let set: String = lines.iter().flat_map(|l| &l.runs).map(|r| r.shaped.text.as_str()).collect();
            assert_eq!(set.replace(['-', '\u{AD}'], ""), word, "{c}");
        }
    }

    #[test]
    fn a_paragraph_set_again_has_the_same_lines_and_warnings() {
        let mut ts = Typesetter::new().unwrap();
        let style = ParaStyle { size: 11.0, leading: 13.5, indent: 11.0, align: Align::Justify, small_caps_words: 0 };
        let text = spans(&[Inline::Text("The signs ℵ and 中 are in neither face.".into())], Style::ROMAN, &BTreeMap::new());
        let first = ts.paragraph(&text, &style, 200.0, "p1");
        let messages = |ts: &Typesetter| ts.warnings().into_iter().map(|w| w.message).collect::<Vec<_>>();
        let warned = messages(&ts);
        assert_eq!(warned.len(), 2, "{warned:?}");
        // The next build starts without warnings, and the memo's lines bring theirs back.
        ts.next_build();
        assert!(messages(&ts).is_empty());
        let again = ts.paragraph(&text, &style, 200.0, "p1");
        assert_eq!(format!("{first:?}"), format!("{again:?}"));
        assert_eq!(messages(&ts), warned);
        // The same text in another block is a paragraph of its own: its warnings name it.
        ts.paragraph(&text, &style, 200.0, "p2");
        assert!(messages(&ts).iter().all(|m| m.contains("p1, p2")), "{:?}", messages(&ts));
    }

    #[test]
    fn line_offsets_are_word_starts_of_the_plain_text() {
        let plain = crate::model::plain_text(&sample());
        let lines = set(200.0);
        assert!(lines.len() > 5);
        assert_eq!(lines[0].word_start, Some(0));
        for l in &lines {
            let Some(o) = l.word_start else { continue };
            assert!(
                o == 0 || plain[..o].ends_with([' ', '\n', '-']),
                "offset {o} is inside a word"
            );
            let run = l
                .runs
                .iter()
                .find(|r| r.x >= 0.0 && plain[o..].starts_with(&r.shaped.text));
            assert!(run.is_some(), "no run starts the text at {o}");
        }
    }

    #[test]
    fn no_line_is_wider_than_the_measure() {
        for measure in [120.0, 200.0, 333.0] {
            for l in set(measure) {
                let end = l
                    .runs
                    .iter()
                    .map(|r| r.x + r.shaped.width * r.size)
                    .fold(0.0, f32::max);
                // A final punctuation mark hangs into the margin by part of its width.
                let last = l.runs.last().and_then(|r| r.shaped.text.chars().last());
                let hang = if last.is_some_and(char::is_alphanumeric) { 0.0 } else { 11.0 * 0.4 };
                assert!(
                    end <= measure + 0.01 + hang,
                    "line ends at {end} in a {measure} pt measure"
                );
            }
        }
    }

    /// The words set in small capitals when `text` opens a chapter.
    fn lead_in(text: &str, inlines: Vec<Inline>) -> Vec<String> {
        let mut ts = Typesetter::new().unwrap();
        let style = ParaStyle { size: 11.0, leading: 13.5, indent: 0.0, align: Align::Justify, small_caps_words: 3 };
        let mut all = vec![Inline::Text(text.to_string())];
        all.extend(inlines);
        let lines = ts.paragraph(&spans(&all, Style::ROMAN, &BTreeMap::new()), &style, 300.0, "test");
        // Runs that touch are syllables of one word.
        let mut words: Vec<String> = Vec::new();
        let mut end = f32::NEG_INFINITY;
        for r in lines.iter().flat_map(|l| &l.runs).filter(|r| r.style.small_caps) {
            match words.last_mut() {
                Some(w) if r.x - end < 0.01 => w.push_str(&r.shaped.text),
                _ => words.push(r.shaped.text.clone()),
            }
            end = r.x + r.shaped.width * r.size;
        }
        words
    }

    #[test]
    fn the_lead_in_ends_at_a_word_boundary_outside_names_and_titles() {
        assert_eq!(lead_in("In the spring of the year the city rose.", vec![]), ["In", "the", "spring"]);
        assert_eq!(lead_in("When Vladimir Ilyich Lenin arrived, all changed.", vec![]), ["When", "Vladimir", "Ilyich", "Lenin"]);
        assert_eq!(lead_in("Yesterday, we left the city.", vec![]), ["Yesterday,"]);
        let title = Inline::Emphasis(vec![Inline::Text("The State and Revolution".into())]);
        let set = lead_in("Reading ", vec![title, Inline::Text(" again, we".into())]);
        assert_eq!(set.join(" "), "Reading The State and Revolution");
    }

    #[test]
    fn words_are_shaped_whole_kerning_and_ligatures_kept() {
        let mut ts = Typesetter::new().unwrap();
        let style = ParaStyle { size: 11.0, leading: 13.5, indent: 0.0, align: Align::Left, small_caps_words: 0 };
        let text = "revolutionary officials affirmed";
        let lines = ts.paragraph(&spans(&[Inline::Text(text.into())], Style::ROMAN, &BTreeMap::new()), &style, 400.0, "test");
        assert_eq!(lines.len(), 1);
        let mut runs = lines[0].runs.iter();
        for word in text.split(' ') {
            let whole = ts.shaper.shape(word, Style::ROMAN);
            let (mut set, mut ids, mut width) = (String::new(), Vec::new(), 0.0);
            while set != word {
                let r = runs.next().expect("the runs cover the word");
                set.push_str(&r.shaped.text);
                ids.extend(r.shaped.glyphs.iter().map(|g| g.id));
                width += r.shaped.width;
            }
            assert_eq!(ids, whole.glyphs.iter().map(|g| g.id).collect::<Vec<_>>(), "{word}");
            assert!((width - whole.width).abs() < 1e-4, "{word}: {width} against {}", whole.width);
        }
    }

    #[test]
    fn no_break_before_a_spaced_dash_inside_a_reference_or_a_date() {
        assert!(no_break_between("power", "—"));
        assert!(no_break_between("pp.", "12–14"));
        assert!(no_break_between("no.", "4"));
        assert!(no_break_between("(p.", "19)"));
        assert!(no_break_between("25", "October"));
        assert!(no_break_between("October", "25,"));
        assert!(!no_break_between("October", "1917"));
        assert!(!no_break_between("in", "October"));
        assert!(!no_break_between("25.", "October"));
        assert!(no_break_between("See", "also"));
        assert!(is_lone_article("A") && is_lone_article("‘A") && !is_lone_article("a"));
    }

    #[test]
    fn hard_hyphens_break_only_at_the_hyphen() {
        for l in set(150.0) {
            let last = &l.runs.last().unwrap().shaped.text;
            if l.hyphenated {
                assert!(
                    !last.starts_with("counter") && !last.contains("revolutionary"),
                    "{last}"
                );
            }
        }
    }

    #[test]
    fn no_line_ends_at_a_hyphen_before_a_number_or_a_piece_of_two_letters() {
        assert!(hyphen_breakable("counter", "revolutionary"));
        assert!(hyphen_breakable("Soviet", "backed,"));
        assert!(!hyphen_breakable("GPT", "5"));
        assert!(!hyphen_breakable("COVID", "19."));
        assert!(!hyphen_breakable("e", "mail"));
        assert!(!hyphen_breakable("break", "up"));
        assert!(hyphen_breakable("Rimsky", "Korsakov-Smith"));
    }
}
