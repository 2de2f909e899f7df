//! Pagination: set lines grouped in units in, page frames out.
//!
//! A frame is the text block of one page: lines with their baselines, and the footnotes
//! that must stand at its foot. The rules, in order of precedence:
//! - a footnote stands on the page of the line that references it;
//! - no widows or orphans: a paragraph split across pages leaves at least two lines on
//!   each side, otherwise it moves whole (or gives a line to the next page);
//! - a unit marked `keep_with_next` (a heading) stays with the first two lines after it;
//! - a unit marked `whole` (a table row) is never split, unless it is taller than a page;
//!   a unit that begins a page sets its `repeat` lines (a table's column heads) above it;
//! - a page does not end with a hyphenated line when a line can move over instead;
//! - with a baseline grid, text set on the grid's leading goes back onto the grid after
//!   anything set otherwise (a quote, a caption, a title), so baselines line up across a
//!   spread.
//!
//! Pages may therefore run a line short; the text never runs past the block.

use std::collections::BTreeMap;

use super::paragraph::Line;

/// Lines that belong together (a paragraph, a heading) and how they relate to neighbours.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub lines: Vec<Line>,
    /// Extra space above, dropped at the top of a page.
    pub space_before: f32,
    pub keep_with_next: bool,
    /// Left indent within the text block.
    pub x: f32,
    /// The model block these lines set, for the page map.
    pub block: Option<String>,
    /// Named destinations standing at the unit's first line.
    pub dests: Vec<String>,
    /// Never split across pages (a table row), unless taller than a page.
    pub whole: bool,
    /// Lines set again above the unit when it begins a page (a table's column heads),
    /// read as artifacts.
    pub repeat: Vec<Line>,
}

/// A line placed in a frame.
#[derive(Debug, Clone)]
pub struct Placed {
    pub x: f32,
    /// Baseline, from the top of the text block.
    pub y: f32,
    pub line: Line,
    pub block: Option<String>,
    /// Named destinations at this line.
    pub dests: Vec<String>,
}

/// The text block of one page.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    pub lines: Vec<Placed>,
    /// Footnote ids set at the foot, in order.
    pub notes: Vec<String>,
    /// How deep the page is filled (the full height when it has footnotes, which stand
    /// at the foot).
    pub depth: f32,
}

/// Fills frames of a fixed height with units.
pub struct Paginator<'a> {
    height: f32,
    notes: &'a BTreeMap<String, Vec<Line>>,
    /// Space between the text and the footnote rule.
    note_gap: f32,
    frames: Vec<Frame>,
    cur: Frame,
    used: f32,
    foot: f32,
    sink: f32,
    /// How many frames start at the sink (2 for a two-column opener).
    sink_frames: usize,
    /// Per-frame depth limits below the full height (to balance facing pages).
    limits: Vec<f32>,
    /// The baseline grid's pitch, if there is one.
    grid: Option<f32>,
    /// Where placing resumes: a unit and a line within it.
    pos: (usize, usize),
}

/// A paginator's state between two frames, to go back to and lay the next frames out
/// again under tighter limits (without laying out the frames before it again).
#[derive(Debug, Clone)]
pub struct Checkpoint {
    frames: usize,
    cur: Frame,
    used: f32,
    foot: f32,
    pos: (usize, usize),
}

impl<'a> Paginator<'a> {
    /// A paginator for a text block `height` points tall (baseline of the last line).
    /// `sink` is where the first page's text begins (a chapter opener's drop).
    pub fn new(
        height: f32,
        sink: f32,
        notes: &'a BTreeMap<String, Vec<Line>>,
        note_gap: f32,
    ) -> Paginator<'a> {
        Paginator {
            height,
            notes,
            note_gap,
            frames: Vec::new(),
            cur: Frame::default(),
            used: sink,
            foot: 0.0,
            sink,
            sink_frames: 1,
            limits: Vec::new(),
            grid: None,
            pos: (0, 0),
        }
    }

    /// Puts lines of leading `pitch` on a grid of that pitch from the top of the block.
    pub fn grid(mut self, pitch: f32) -> Paginator<'a> {
        self.grid = Some(pitch);
        self
    }

    /// The space before `line` that puts its baseline back on the grid, at least `space`.
    fn on_grid(&self, line: &Line, space: f32) -> f32 {
        match self.grid {
            Some(g) if (line.leading - g).abs() < 0.01 => {
                let top = self.used + space;
                (top / g - 0.01).ceil() * g - self.used
            }
            _ => space,
        }
    }

    /// Lets the first `n` frames start at the sink (the columns of an opener page).
    pub fn sink_frames(mut self, n: usize) -> Paginator<'a> {
        self.sink_frames = n;
        self
    }

    /// The depth the current frame may fill.
    fn cap(&self) -> f32 {
        self.limits
            .get(self.frames.len())
            .map_or(self.height, |l| l.min(self.height))
    }

    fn close_frame(&mut self) {
        self.cur.depth = if self.foot > 0.0 {
            self.height
        } else {
            self.used
        };
        self.frames.push(std::mem::take(&mut self.cur));
    }

    /// Places all `units`, in order.
    pub fn run(mut self, units: &[Unit]) -> Vec<Frame> {
        self.fill(units, usize::MAX);
        self.finish()
    }

    /// Places `units` from where the last call stopped until `upto` frames are closed
    /// (the next unit's lines would begin frame `upto`); true when every unit is placed.
    pub fn fill(&mut self, units: &[Unit], upto: usize) -> bool {
        while let Some(unit) = units.get(self.pos.0) {
            if !self.place(unit, units.get(self.pos.0 + 1), upto) {
                return false;
            }
            self.pos = (self.pos.0 + 1, 0);
        }
        true
    }

    /// Closes the last frame and returns them all.
    pub fn finish(mut self) -> Vec<Frame> {
        self.close_frame();
        self.frames
    }

    /// The frames closed so far.
    pub fn frames(&mut self) -> &mut [Frame] {
        &mut self.frames
    }

    /// The state now, for [`Paginator::restore`].
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint { frames: self.frames.len(), cur: self.cur.clone(), used: self.used, foot: self.foot, pos: self.pos }
    }

    /// Goes back to `c`, dropping the frames closed since (limits set since stay).
    pub fn restore(&mut self, c: &Checkpoint) {
        self.frames.truncate(c.frames);
        self.cur = c.cur.clone();
        (self.used, self.foot, self.pos) = (c.used, c.foot, c.pos);
    }

    /// Limits the depth of frame `i` to `depth`.
    pub fn limit(&mut self, i: usize, depth: f32) {
        if self.limits.len() <= i {
            self.limits.resize(i + 1, self.height);
        }
        self.limits[i] = depth;
    }

    fn new_page(&mut self) {
        self.close_frame();
        self.used = if self.frames.len() < self.sink_frames {
            self.sink
        } else {
            0.0
        };
        self.foot = 0.0;
    }

    /// Height of the footnotes `line` would add to the current page.
    fn note_height(&self, line: &Line, foot: f32, pending: &[String]) -> f32 {
        let mut h = 0.0;
        for id in &line.notes {
            if self.cur.notes.contains(id) || pending.contains(id) {
                continue;
            }
            if foot + h == 0.0 {
                h += self.note_gap;
            }
            h += self
                .notes
                .get(id)
                .map_or(0.0, |ls| ls.iter().map(|l| l.leading).sum());
        }
        h
    }

    /// How many of `lines` fit on the current page after `space`, once the lines `pre`
    /// (after `pre_space`) stand there too.
    fn fitting(&self, pre: &[Line], pre_space: f32, lines: &[Line], space: f32) -> usize {
        let (mut used, mut foot) = (self.used + pre_space, self.foot);
        let mut pending = Vec::new();
        for line in pre {
            used += line.leading;
            foot += self.note_height(line, foot, &pending);
            pending.extend(line.notes.iter().cloned());
        }
        used += space;
        for (k, line) in lines.iter().enumerate() {
            used += line.leading;
            foot += self.note_height(line, foot, &pending);
            pending.extend(line.notes.iter().cloned());
            if used + foot > self.cap() + 0.01 {
                return k;
            }
        }
        lines.len()
    }

    /// How many of `lines` (a unit, `keep` if it keeps with the next) go on the current
    /// page after `pre`, by the rules above; 0 sends the unit to the next page.
    fn take(
        &self,
        (pre, pre_space): (&[Line], f32),
        lines: &[Line],
        space: f32,
        (keep, whole): (bool, bool),
        empty: bool,
    ) -> usize {
        let n = lines.len();
        let mut k = self.fitting(pre, pre_space, lines, space);
        if k < n && whole && !empty {
            return 0;
        }
        if k < n {
            // Widows and orphans: two lines on each side of a page break.
            if n - k < 2 {
                k = n.saturating_sub(2);
            }
            // A word broken across a page turn is hard to read (TeX's \brokenpenalty);
            // two hyphenated lines may end in a row, so look back past both.
            if k >= 2 && lines[k - 1].broken_word {
                let mut j = k;
                while j > 2 && lines[j - 1].broken_word {
                    j -= 1;
                }
                k = if !lines[j - 1].broken_word {
                    j
                } else if empty {
                    k
                } else {
                    0
                };
            }
            if k < 2 || keep {
                k = 0;
            }
            if k == 0 && empty {
                // Nothing fits on an empty page: set what fits, at least a line.
                k = self.fitting(pre, pre_space, lines, 0.0).max(1);
            }
        }
        k
    }

    /// Places `unit` from line `self.pos.1` on; false when it stopped because `upto`
    /// frames are closed (`self.pos.1` then says where to resume).
    fn place(&mut self, unit: &Unit, next: Option<&Unit>, upto: usize) -> bool {
        let mut at = self.pos.1;
        while at < unit.lines.len() {
            let rest = &unit.lines[at..];
            let first = at == 0;
            let empty = self.cur.lines.is_empty();
            // Lines repeated above a unit that begins a page.
            let repeat: &[Line] = if empty { &unit.repeat } else { &[] };
            let space = if repeat.is_empty() { self.on_grid(&rest[0], if empty { 0.0 } else { unit.space_before }) } else { unit.space_before };
            let n = rest.len();
            let k = self.take((repeat, 0.0), rest, space, (unit.keep_with_next, unit.whole), empty);
            // The unit after a heading must be able to begin on this page, by its own rules
            // (two lines, or all of a short paragraph).
            let orphaned_heading = k == n
                && first
                && unit.keep_with_next
                && !empty
                && next.is_some_and(|next| self.take((rest, space), &next.lines, next.space_before, (next.keep_with_next, next.whole), false) == 0);
            if k > 0 && !orphaned_heading {
                let dests = if first { unit.dests.clone() } else { Vec::new() };
                self.push(repeat, 0.0, unit.x, None, Vec::new());
                self.push(&rest[..k], space, unit.x, unit.block.clone(), dests);
                at += k;
                if at == unit.lines.len() {
                    break;
                }
            }
            self.new_page();
            if self.frames.len() >= upto {
                self.pos.1 = at;
                return false;
            }
        }
        true
    }

    fn push(&mut self, lines: &[Line], space: f32, x: f32, block: Option<String>, mut dests: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        self.used += space;
        for line in lines {
            self.used += line.leading;
            let h = self.note_height(line, self.foot, &[]);
            self.foot += h;
            for id in &line.notes {
                if !self.cur.notes.contains(id) {
                    self.cur.notes.push(id.clone());
                }
            }
            self.cur.lines.push(Placed {
                x,
                y: self.used,
                line: line.clone(),
                block: block.clone(),
                dests: std::mem::take(&mut dests),
            });
        }
    }
}
