//! The back matter: the model's timeline and index in, units of set lines out.
//!
//! Both print page numbers from the page map of the already laid-out body; every number
//! is a link to the anchor it stands for, and runs of consecutive pages are joined
//! ("47–49"). The chronology is a two-column table (date | event), tagged as one (each
//! date the head of its row); the index is set in two text columns by the caller,
//! sub-entries indented one em and run-over lines two.

use std::collections::BTreeMap;

use super::book::tagged;
use super::fonts::Face;
use super::page::{CellKind, Role, Tag};
use super::paginate::Unit;
use super::paragraph::{Align, ParaStyle, Span, Target, Typesetter};
use super::shape::Style;
use crate::apparatus::index::ranges::page_ranges;
use crate::model::{Index, IndexEntry, Locator, Timeline};

const SIZE: f32 = 9.5;
const LEADING: f32 = 12.0;
/// Indent of an index entry's run-over lines, in ems: deeper than any sub-entry's first line.
const RUNOVER_EMS: f32 = 2.0;

fn span(text: impl Into<String>, face: Face, link: Option<Target>) -> Span {
    Span {
        text: text.into(),
        style: Style {
            face,
            small_caps: false,
        },
        offset: 0,
        link,
        note: None,
        anchors: Vec::new(),
    }
}

/// The pages an appendix's locators point to, in order: with the appendix itself and its
/// measure, everything its setting reads (the key of a set appendix kept for the next
/// build).
pub fn pages_read<'a>(locators: impl Iterator<Item = &'a Locator>, pages: &'a BTreeMap<String, String>) -> Vec<Option<&'a String>> {
    locators.map(|l| l.page.as_ref().or_else(|| pages.get(&l.anchor))).collect()
}

/// Every locator of the index's entries and sub-entries.
pub fn index_locators(entries: &[IndexEntry]) -> Vec<&Locator> {
    entries.iter().flat_map(|e| e.locators.iter().chain(index_locators(&e.subentries))).collect()
}

/// The page references of `locators` as linked spans: ", 12, 47–49" (one per distinct
/// page, as the EPUB index has them).
fn page_refs(locators: &[Locator], pages: &BTreeMap<String, String>) -> Vec<Span> {
    let page_of = |l: &Locator| l.page.clone().or_else(|| pages.get(&l.anchor).cloned());
    let mut out = Vec::new();
    for r in page_ranges(locators, page_of) {
        out.push(span(", ", Face::Regular, None));
        out.push(span(r.text(), Face::Regular, Some(Target::Dest(r.anchor))));
    }
    out
}

/// The chronology: a date column beside the event and the pages that mention it.
pub fn timeline(
    ts: &mut Typesetter,
    tl: &Timeline,
    pages: &BTreeMap<String, String>,
    measure: f32,
) -> Vec<Unit> {
    let date_w = measure * 0.34;
    let gap = SIZE;
    let left = ParaStyle {
        size: SIZE,
        leading: LEADING,
        indent: 0.0,
        align: Align::Left,
        small_caps_words: 0,
    };
    let mut units = Vec::new();
    if let Some(note) = &tl.headnote {
        let style = ParaStyle { align: Align::Justify, ..left.clone() };
        let lines = ts.paragraph(&[span(note.clone(), Face::Italic, None)], &style, measure, "timeline-headnote");
        let lines = tagged(lines, Role::Paragraph, "timeline-headnote", "");
        units.push(Unit { lines, space_before: 0.0, ..Unit::default() });
    }
    for (row, e) in tl.entries.iter().enumerate() {
        let date = ts.paragraph(
            &[span(e.date_label.clone(), Face::Italic, None)],
            &left,
            date_w,
            &e.id,
        );
        let mut ev = vec![span(e.text.clone(), Face::Regular, None)];
        let refs = page_refs(&e.sources, pages);
        if !refs.is_empty() {
            // "p. 12", but "pp. 12, 17" and "pp. 12–13".
            let plural = refs.len() > 2 || refs[1].text.contains('–');
            let abbr = if plural { " (pp." } else { " (p." };
            ev.push(span(abbr, Face::Regular, None));
            // Drop the leading comma of the first reference.
            ev.push(span(" ", Face::Regular, None));
            ev.extend(refs.into_iter().skip(1));
            ev.push(span(")", Face::Regular, None));
        }
        if let Some(n) = &e.note {
            ev.push(span(format!(" {n}."), Face::Italic, None));
        }
        let mut event = ts.paragraph(&ev, &left, measure - date_w - gap, &e.id);
        // A table row: the date heads it, the event is its data.
        let cell = |kind, part: &str| Tag::new(Role::Cell { kind, row: row as u32 }, &format!("{}/{part}", e.id), "chronology");
        let (date_tag, event_tag) = (cell(CellKind::RowHead, "date"), cell(CellKind::Data, "event"));
        // Side by side: the date's lines merged into the event's, the date read first.
        for (k, mut d) in date.into_iter().enumerate() {
            for r in &mut d.runs {
                r.x -= date_w + gap;
                r.tag = Some(date_tag.clone());
            }
            if k < event.len() {
                if let Some(first) = event[k].runs.first_mut() {
                    first.space_before = !d.runs.is_empty();
                }
                d.runs.append(&mut event[k].runs);
                event[k].runs = d.runs;
            } else {
                event.push(d);
            }
        }
        for l in &mut event {
            l.tag = event_tag.clone();
        }
        units.push(Unit {
            lines: event,
            space_before: 4.0,
            x: date_w + gap,
            // A destination, so the page map knows on which page each entry begins.
            dests: vec![e.id.clone()],
            ..Unit::default()
        });
    }
    units
}

/// The index entries (and subentries) as hanging-indented units for a column `measure` wide.
pub fn index(
    ts: &mut Typesetter,
    ix: &Index,
    pages: &BTreeMap<String, String>,
    measure: f32,
) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut letter = None;
    for e in &ix.entries {
        let initial = e.sort_key.chars().next().map(|c| c.to_ascii_uppercase());
        let space = if letter.is_some() && initial != letter {
            LEADING
        } else {
            0.0
        };
        letter = initial;
        entry(ts, e, pages, measure, 0, space, &mut units);
    }
    units
}

fn entry(
    ts: &mut Typesetter,
    e: &IndexEntry,
    pages: &BTreeMap<String, String>,
    measure: f32,
    depth: usize,
    space: f32,
    units: &mut Vec<Unit>,
) {
    // Chicago's indented style: a sub-entry starts one em in, run-over lines of every entry
    // two ems in, so that a run-over never reads as a sub-entry.
    let em = SIZE;
    let x = RUNOVER_EMS * em;
    let st = ParaStyle {
        size: SIZE,
        leading: LEADING,
        indent: depth as f32 * em - x,
        align: Align::Left,
        small_caps_words: 0,
    };
    let face = if e.work { Face::Italic } else { Face::Regular };
    let mut s = vec![span(e.heading.clone(), face, None)];
    s.extend(page_refs(&e.locators, pages));
    // "Soviets, 12. See also Bolsheviks": capitalised after the full stop, in italics.
    if !e.see.is_empty() {
        s.push(span(". ", Face::Regular, None));
        s.push(span("See ", Face::Italic, None));
        s.push(span(e.see.join("; "), Face::Regular, None));
    }
    if !e.see_also.is_empty() {
        s.push(span(". ", Face::Regular, None));
        s.push(span("See also ", Face::Italic, None));
        s.push(span(e.see_also.join("; "), Face::Regular, None));
    }
    let lines = tagged(ts.paragraph(&s, &st, measure - x, &e.id), Role::IndexEntry, &e.id, "index");
    let keep = !e.subentries.is_empty();
    units.push(Unit {
        lines,
        space_before: space,
        keep_with_next: keep,
        x,
        dests: vec![e.id.clone()],
        ..Unit::default()
    });
    for sub in &e.subentries {
        entry(ts, sub, pages, measure, depth + 1, 0.0, units);
    }
}
