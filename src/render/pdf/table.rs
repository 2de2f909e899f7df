//! Tables in print: a model table in, the units the paginator places out.
//!
//! Column widths come from the content, as a browser's automatic table layout: each
//! column wants its widest cell on one line and needs at least its longest word; when
//! the wants do not fit the measure, the room above the needs is shared in proportion to
//! what each column wants beyond its need. Cells are set with the paragraph machinery in
//! small type, ragged (or centred or flush right, as the source aligns the column); the
//! column heads in italic, as the book's headings. Three rules, of the print targets'
//! least weight: above the table, under the heads and below the table.
//!
//! Each row is one unit of lines (a line holding the row's cells side by side, each run
//! tagged with its cell), never split across pages; a row that begins a page has the
//! column heads set again above it, as artifacts, so the text reads them once. A table of
//! more columns than the measure can hold at a few characters each is set as a paragraph
//! per row, its cells separated by " | ".

use std::collections::BTreeMap;

use super::book::unit;
use super::page::{CellKind, Role, Tag};
use super::paginate::Unit;
use super::paragraph::{spans, Align, Line, LineRule, ParaStyle, Span, Typesetter};
use super::fonts::Face;
use super::shape::Style;
use crate::model::{plain_text, ColumnAlign, Inline, Table};

/// Cell type: a size below the body's, as captions and quotes.
const SIZE: f32 = 9.5;
const LEADING: f32 = 12.0;
/// Space between columns.
const GAP: f32 = SIZE;
/// Space above each body row after the first, and between the heads' rule and the body.
const ROW_SPACE: f32 = 2.0;
/// The narrowest a column may be: about three characters.
const MIN_COLUMN: f32 = SIZE * 1.6;
/// Space between the caption's last baseline and the table's first, less a line.
const CAPTION_SPACE: f32 = 6.0;
/// The rules' weight: the print targets' least (KDP's 0.75 pt), as the footnote rule.
const RULE: f32 = 0.75;
/// A rule above a line stands this far above its baseline; one below, this far below.
const RULE_ABOVE: f32 = SIZE + 1.5;
const RULE_BELOW: f32 = 4.0;

/// The units of `table` (block `id`) at measure `m`: the caption, the column heads, then
/// a unit per body row. `space_before` is the room above the table.
pub(super) fn units(
    ts: &mut Typesetter,
    id: &str,
    table: &Table,
    markers: &BTreeMap<String, String>,
    m: f32,
    space_before: f32,
) -> Vec<Unit> {
    let headed = !table.head.is_empty() && !table.body.is_empty();
    let head_style = Style { face: Face::Italic, small_caps: false };
    if table.columns() as f32 * (MIN_COLUMN + GAP) - GAP > m {
        return row_paragraphs(ts, id, table, markers, m, space_before);
    }
    let widths = column_widths(ts, table, headed, head_style, m);
    let total: f32 = widths.iter().sum::<f32>() + GAP * widths.len().saturating_sub(1) as f32;
    // A table narrower than the measure stands in its middle.
    let inset = ((m - total) / 2.0).max(0.0);
    let mut out = Vec::new();
    let mut base = 0;
    if let Some(caption) = &table.caption {
        let st = ParaStyle { size: 9.0, leading: 11.0, indent: 0.0, align: Align::Left, small_caps_words: 0 };
        let lines = ts.paragraph(&shifted(spans(caption, Style::ROMAN, markers), base), &st, total.max(m * 0.5), id);
        let mut u = unit(tag_lines(lines, Tag::new(Role::Caption, &format!("{id}/caption"), id)), space_before);
        u.x = inset;
        u.keep_with_next = true;
        out.push(u);
        base += plain_text(caption).len() + 2;
    }
    let cells = Cells { widths: &widths, align: &table.align, id, markers };
    let mut head_lines = Vec::new();
    let rows: Vec<(bool, &Vec<Vec<Inline>>)> =
        table.head.iter().map(|r| (headed, r)).chain(table.body.iter().map(|r| (false, r))).collect();
    let body_start = if headed { table.head.len() } else { 0 };
    for (r, (header, row)) in rows.iter().enumerate() {
        let style = if *header { head_style } else { Style::ROMAN };
        let mut lines = cells.row(ts, row, r as u32, *header, style, &mut base);
        let rule = |dy: f32| LineRule { x0: 0.0, x1: total, dy, width: RULE };
        if r == 0 {
            lines[0].rules.push(rule(-RULE_ABOVE));
        }
        if *header && r + 1 == body_start {
            if let Some(last) = lines.last_mut() {
                last.rules.push(rule(RULE_BELOW));
            }
        }
        if r + 1 == rows.len() {
            if let Some(last) = lines.last_mut() {
                last.rules.push(rule(RULE_BELOW));
            }
        }
        if *header {
            head_lines.extend(lines);
            continue;
        }
        let space = if r == 0 && table.caption.is_none() {
            space_before
        } else if r == 0 {
            CAPTION_SPACE
        } else if r == body_start {
            ROW_SPACE + RULE_BELOW
        } else {
            ROW_SPACE
        };
        let mut u = unit(lines, space);
        u.whole = true;
        u.x = inset;
        if r > body_start {
            u.repeat = repeated(&head_lines);
        }
        out.push(u);
    }
    if !head_lines.is_empty() {
        let space = if table.caption.is_none() { space_before } else { CAPTION_SPACE };
        let mut u = unit(head_lines, space);
        u.keep_with_next = true;
        u.whole = true;
        u.x = inset;
        out.insert(usize::from(table.caption.is_some()), u);
    }
    out
}

/// A table too wide for the measure: its caption, then a paragraph per row (cells
/// separated by " | "), each tagged as a paragraph.
fn row_paragraphs(ts: &mut Typesetter, id: &str, table: &Table, markers: &BTreeMap<String, String>, m: f32, space_before: f32) -> Vec<Unit> {
    let st = ParaStyle { size: SIZE, leading: LEADING, indent: 0.0, align: Align::Left, small_caps_words: 0 };
    let mut base = 0;
    let mut out = Vec::new();
    let mut paragraphs: Vec<Vec<Span>> = Vec::new();
    if let Some(caption) = &table.caption {
        paragraphs.push(shifted(spans(caption, Style::ROMAN, markers), base));
        base += plain_text(caption).len() + 2;
    }
    for row in table.head.iter().chain(&table.body) {
        let mut line: Vec<Span> = Vec::new();
        for cell in row {
            let cell_spans = shifted(spans(cell, Style::ROMAN, markers), base);
            if !line.is_empty() && !cell_spans.is_empty() {
                let mut bar = cell_spans[0].clone();
                (bar.text, bar.link, bar.note, bar.anchors) = (" | ".into(), None, None, Vec::new());
                line.push(bar);
            }
            line.extend(cell_spans);
            base += plain_text(cell).len() + 2;
        }
        paragraphs.push(line);
    }
    for (k, p) in paragraphs.iter().enumerate() {
        let lines = ts.paragraph(p, &st, m, id);
        out.push(unit(tag_lines(lines, Tag::new(Role::Paragraph, &format!("{id}/{k}"), "")), if k == 0 { space_before } else { 2.0 }));
    }
    out
}

/// The column heads as set again on a later page (with their rules): the same lines read
/// as artifacts, with no anchors, notes or page-map offset of their own.
fn repeated(head: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = head.to_vec();
    for l in &mut out {
        l.tag = Tag::default();
        l.runs.iter_mut().for_each(|r| r.tag = Some(Tag::default()));
        l.anchors.clear();
        l.notes.clear();
        l.word_start = None;
    }
    out
}

/// What setting a row's cells needs.
struct Cells<'a> {
    widths: &'a [f32],
    align: &'a [ColumnAlign],
    id: &'a str,
    markers: &'a BTreeMap<String, String>,
}

impl Cells<'_> {
    /// The lines of row `r`: line k holds the k-th line of every cell, each run tagged
    /// with its cell. `base` is the offset of the row's first cell in the block's text.
    fn row(&self, ts: &mut Typesetter, row: &[Vec<Inline>], r: u32, header: bool, style: Style, base: &mut usize) -> Vec<Line> {
        let mut columns: Vec<Vec<Line>> = Vec::new();
        let mut x = 0.0;
        for (c, cell) in row.iter().enumerate() {
            let width = self.widths[c];
            let align = match self.align[c] {
                ColumnAlign::Center => Align::Center,
                _ => Align::Left,
            };
            let st = ParaStyle { size: SIZE, leading: LEADING, indent: 0.0, align, small_caps_words: 0 };
            let mut lines = ts.paragraph(&shifted(spans(cell, style, self.markers), *base), &st, width, self.id);
            let kind = if header { CellKind::ColumnHead } else { CellKind::Data };
            let tag = Tag::new(Role::Cell { kind, row: r }, &format!("{}/{r}/{c}", self.id), self.id);
            for l in &mut lines {
                let shift = if self.align[c] == ColumnAlign::Right { (width - line_width(l)).max(0.0) } else { 0.0 };
                for run in &mut l.runs {
                    run.x += x + shift;
                    run.tag = Some(tag.clone());
                }
            }
            columns.push(lines);
            x += width + GAP;
            *base += plain_text(cell).len() + 2;
        }
        let depth = columns.iter().map(Vec::len).max().unwrap_or(0).max(1);
        (0..depth)
            .map(|k| {
                let mut line = blank_line();
                for lines in &columns {
                    let Some(l) = lines.get(k) else { continue };
                    let after_cell = !line.runs.is_empty();
                    let mut runs = l.runs.clone();
                    // The text layer reads a space between two cells of a line.
                    if let Some(first) = runs.first_mut().filter(|_| after_cell) {
                        first.space_before = true;
                    }
                    if line.word_start.is_none() {
                        line.word_start = l.word_start;
                    }
                    line.runs.extend(runs);
                    line.anchors.extend(l.anchors.iter().cloned());
                    line.notes.extend(l.notes.iter().cloned());
                    line.hyphenated |= l.hyphenated;
                    line.broken_word |= l.broken_word;
                    if line.tag == Tag::default() {
                        line.tag = l.runs.first().and_then(|r| r.tag.clone()).unwrap_or_default();
                    }
                }
                line
            })
            .collect()
    }
}

/// A line with nothing on it, at the table's leading.
fn blank_line() -> Line {
    Line::empty(LEADING)
}

/// Where a line's last run ends.
fn line_width(line: &Line) -> f32 {
    line.runs.iter().map(|r| r.x + r.shaped.width * r.size).fold(0.0, f32::max)
}

/// Each column's width: its cells' widest line within the measure `m` (less the gaps),
/// each at least its longest word where the measure allows.
fn column_widths(ts: &mut Typesetter, table: &Table, headed: bool, head_style: Style, m: f32) -> Vec<f32> {
    let n = table.columns();
    let (mut need, mut want) = (vec![SIZE; n], vec![SIZE; n]);
    let rows = table.head.iter().map(|r| (headed, r)).chain(table.body.iter().map(|r| (false, r)));
    for (header, row) in rows {
        let style = if header { head_style } else { Style::ROMAN };
        for (c, cell) in row.iter().enumerate() {
            let text = plain_text(cell);
            // A little over the shaped width: a line set at exactly its width may break.
            want[c] = want[c].max(ts.width(&text, style, SIZE) * 1.02 + 1.0);
            for word in text.split_whitespace() {
                need[c] = need[c].max(ts.width(word, style, SIZE) * 1.02 + 1.0);
            }
        }
    }
    let room = (m - GAP * n.saturating_sub(1) as f32).max(SIZE * n as f32);
    let (needs, wants): (f32, f32) = (need.iter().sum(), want.iter().sum());
    if wants <= room {
        want
    } else if needs <= room {
        let share = (room - needs) / (wants - needs);
        need.iter().zip(&want).map(|(n, w)| n + (w - n) * share).collect()
    } else {
        // Words longer than the measure allows: every column narrowed alike.
        need.iter().map(|n| n * room / needs).collect()
    }
}

/// Tags every line of a paragraph set for one element.
fn tag_lines(mut lines: Vec<Line>, tag: Tag) -> Vec<Line> {
    for l in &mut lines {
        l.tag = tag.clone();
    }
    lines
}

/// Adds `base` to every span's offset (a cell's text within the table's).
fn shifted(mut s: Vec<Span>, base: usize) -> Vec<Span> {
    for span in &mut s {
        span.offset += base;
    }
    s
}
