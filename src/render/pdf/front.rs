//! Front matter: the book's metadata and the contents entries in, the roman-numbered
//! pages out: half-title, blank, title page, colophon (with every article's
//! attribution), then the contents with dot leaders and linked page numbers, opening
//! on a recto.

use std::collections::BTreeMap;

use super::book::{after_space, balanced, compose, even_lines, draw_line, plain, styled, tagged, unit, Geometry, LEADING, SIZE};
use super::page::Role;
use super::fonts::Face;
use super::page::{Numbering, Page};
use super::paginate::{Frame, Paginator, Unit};
use super::paragraph::{Align, Line, ParaStyle, Run, Span, Target, Typesetter};
use super::shape::Style;
use crate::model::{place, Book};

/// A line of the contents: what opens where.
pub struct Entry {
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub page: u32,
}

/// Half-title, title page, colophon and contents; with each page, the place of the
/// book it shows, for the page map (the half-title counts as the title page).
pub fn front_matter(
    book: &Book,
    ts: &mut Typesetter,
    g: &Geometry,
    entries: &[Entry],
) -> (Vec<Page>, Vec<&'static str>) {
    let meta = &book.meta;
    let none = BTreeMap::new();
    let m = g.measure;
    let center = |size: f32, leading: f32| ParaStyle {
        size,
        leading,
        indent: 0.0,
        align: Align::Center,
        small_caps_words: 0,
    };
    let mut pages = Vec::new();
    // i: half-title.
    let half = vec![unit(
        tagged(
            ts.paragraph(&plain(&meta.title, styled(Face::Regular, true)), &center(14.0, 18.0), m, "half-title"),
            Role::Paragraph,
            "half-title",
            "",
        ),
        0.0,
    )];
    pages.push(frame_page(&half, g, g.text_height * 0.25, &none, 1));
    // ii: blank.
    pages.push(Page::new(Numbering::Roman, 2));
    // iii: title page.
    let mut title = vec![unit(
        tagged(
            balanced(ts, &plain(&meta.title, Style::ROMAN), &center(26.0, 31.0), m, "title page"),
            Role::Heading(1),
            "title",
            "",
        ),
        0.0,
    )];
    if let Some(sub) = &meta.subtitle {
        title.push(unit(
            tagged(
                ts.paragraph(&plain(sub, styled(Face::Italic, false)), &center(14.0, 18.0), m, "title page"),
                Role::Paragraph,
                "subtitle",
                "",
            ),
            12.0,
        ));
    }
    if let Some(ed) = &meta.editor {
        let by = ts.paragraph(&plain("Edited by", styled(Face::Italic, false)), &center(11.0, 14.0), m, "title page");
        title.push(unit(tagged(by, Role::Paragraph, "editor", ""), LEADING * 4.0));
        let name = ts.paragraph(&plain(ed, styled(Face::Regular, true)), &center(13.0, 16.0), m, "title page");
        title.push(unit(tagged(after_space(name), Role::Paragraph, "editor", ""), 4.0));
    }
    if let Some(p) = &meta.publisher {
        title.push(unit(
            tagged(
                ts.paragraph(&plain(p, styled(Face::Regular, true)), &center(10.0, 13.0), m, "title page"),
                Role::Paragraph,
                "publisher",
                "",
            ),
            LEADING * 12.0,
        ));
    }
    pages.push(frame_page(&title, g, g.text_height * 0.18, &none, 3));
    let mut places = vec![place::TITLE_PAGE; pages.len()];
    // iv...: colophon.
    let col = colophon(book, ts, m);
    // The colophon stands at the foot of its page when it fits on one.
    let depth: f32 = col
        .iter()
        .map(|u| u.space_before + u.lines.iter().map(|l| l.leading).sum::<f32>())
        .sum();
    let sink = (g.text_height - depth).max(0.0);
    for frame in Paginator::new(g.text_height, sink, &none, 0.0).run(&col) {
        let n = pages.len() as u32 + 1;
        let mut page = Page::new(Numbering::Roman, n);
        compose_plain(&mut page, &frame, g, n % 2 == 1);
        pages.push(page);
        places.push(place::COLOPHON);
    }
    if pages.len() % 2 == 1 {
        pages.push(Page::new(Numbering::Roman, pages.len() as u32 + 1));
        places.push(place::CONTENTS); // the blank before the contents
    }
    // Contents, on a recto.
    let units = contents(ts, entries, m);
    for (k, frame) in Paginator::new(g.text_height, LEADING * 4.0, &none, 0.0)
        .run(&units)
        .iter()
        .enumerate()
    {
        let n = pages.len() as u32 + 1;
        let mut page = Page::new(Numbering::Roman, n);
        if k == 0 {
            page.dests
                .push((place::CONTENTS.to_string(), g.left(true), g.top));
        }
        compose(ts, &mut page, frame, &none, g, n % 2 == 1, None);
        pages.push(page);
        places.push(place::CONTENTS);
    }
    (pages, places)
}

/// A page with no folio (half-title, title page) holding `units` after a `sink`.
fn frame_page(
    units: &[Unit],
    g: &Geometry,
    sink: f32,
    notes: &BTreeMap<String, Vec<Line>>,
    n: u32,
) -> Page {
    let mut page = Page::new(Numbering::Roman, n);
    let frames = Paginator::new(g.text_height, sink, notes, 0.0).run(units);
    if let Some(f) = frames.first() {
        compose_plain(&mut page, f, g, n % 2 == 1);
    }
    page
}

fn compose_plain(page: &mut Page, frame: &Frame, g: &Geometry, recto: bool) {
    for p in &frame.lines {
        draw_line(page, &p.line, g.left(recto) + p.x, g.top + p.y);
    }
}

/// The colophon: rights, then where each text first appeared.
fn colophon(book: &Book, ts: &mut Typesetter, m: f32) -> Vec<Unit> {
    let st = ParaStyle {
        size: 8.5,
        leading: 11.0,
        indent: 0.0,
        align: Align::Left,
        small_caps_words: 0,
    };
    let meta = &book.meta;
    let mut units = Vec::new();
    let mut line = |ts: &mut Typesetter, s: Vec<Span>, space: f32| {
        let element = format!("colophon/{}", units.len());
        units.push(unit(tagged(ts.paragraph(&s, &st, m, "colophon"), Role::Paragraph, &element, ""), space));
    };
    let mut first = meta.title.clone();
    if let Some(ed) = &meta.editor {
        first.push_str(&format!(", edited by {ed}"));
    }
    line(ts, plain(&first, styled(Face::Italic, false)), 0.0);
    if let Some(r) = &meta.rights {
        line(ts, plain(r, Style::ROMAN), 6.0);
    }
    line(ts, plain("Sources", styled(Face::Regular, true)), 11.0);
    for a in &book.articles {
        let m = &a.meta;
        let mut s = plain(&m.title, styled(Face::Italic, false));
        let mut rest: Vec<String> = Vec::new();
        if let Some(x) = &m.author {
            rest.push(format!("by {x}"));
        }
        if let Some(x) = &m.publication {
            rest.push(x.clone());
        }
        if let Some(x) = &m.issue {
            rest.push(x.clone());
        }
        if let Some(x) = &m.date {
            rest.push(crate::time::written_date(x, &book.meta.language));
        }
        let mut tail = if rest.is_empty() {
            String::new()
        } else {
            format!(", {}.", rest.join(", "))
        };
        if let Some(u) = &m.url {
            tail.push(' ');
            s.push(Span {
                text: tail,
                style: Style::ROMAN,
                offset: 0,
                link: None,
                note: None,
                anchors: Vec::new(),
            });
            s.push(Span {
                text: u.clone(),
                style: Style::ROMAN,
                offset: 0,
                link: Some(Target::Url(u.clone())),
                note: None,
                anchors: Vec::new(),
            });
        } else {
            s.push(Span {
                text: tail,
                style: Style::ROMAN,
                offset: 0,
                link: None,
                note: None,
                anchors: Vec::new(),
            });
        }
        line(ts, s, 5.0);
    }
    line(
        ts,
        plain("Set in EB Garamond by anthology.", Style::ROMAN),
        11.0,
    );
    line(ts, plain(&meta.identifier, Style::ROMAN), 3.0);
    units
}

/// The contents: each chapter's title with leaders to its page number, author below.
fn contents(ts: &mut Typesetter, entries: &[Entry], m: f32) -> Vec<Unit> {
    let head = ParaStyle {
        size: 16.0,
        leading: 20.0,
        indent: 0.0,
        align: Align::Center,
        small_caps_words: 0,
    };
    let mut units = vec![unit(
        tagged(
            ts.paragraph(&plain("Contents", styled(Face::Regular, true)), &head, m, "contents"),
            Role::Heading(1),
            "contents",
            "",
        ),
        0.0,
    )];
    let st = ParaStyle {
        size: SIZE,
        leading: LEADING,
        indent: 0.0,
        align: Align::Left,
        small_caps_words: 0,
    };
    let sub = ParaStyle {
        size: 9.5,
        leading: 12.0,
        indent: 0.0,
        align: Align::Left,
        small_caps_words: 0,
    };
    for e in entries {
        let target = Target::Dest(e.id.clone());
        // A title over two lines or more breaks evenly: no lone word before the leaders.
        let (mut lines, _) = even_lines(ts, &plain(&e.title, Style::ROMAN), &st, m - 3.0 * SIZE, "contents");
        if let Some(last) = lines.last_mut() {
            leaders(ts, last, &e.page.to_string(), m);
        }
        for r in lines.iter_mut().flat_map(|l| l.runs.iter_mut()) {
            r.link = Some(target.clone());
        }
        let entry = format!("contents/{}", e.id);
        let mut u = unit(
            tagged(lines, Role::ContentsEntry, &entry, "contents"),
            if units.len() == 1 {
                LEADING * 2.0
            } else {
                LEADING * 0.6
            },
        );
        if let Some(a) = &e.author {
            u.keep_with_next = true;
            units.push(u);
            let by = ts.paragraph(&plain(a, styled(Face::Italic, false)), &sub, m - 3.0 * SIZE, "contents");
            units.push(unit(tagged(after_space(by), Role::ContentsEntry, &entry, "contents"), 0.0));
        } else {
            units.push(u);
        }
    }
    units
}

/// Dot leaders from the end of `line` to a right-aligned page number.
fn leaders(ts: &mut Typesetter, line: &mut Line, number: &str, m: f32) {
    let end = line
        .runs
        .iter()
        .map(|r| r.x + r.shaped.width * r.size)
        .fold(0.0, f32::max);
    let nw = ts.width(number, Style::ROMAN, SIZE);
    let dot = ts.shape(".", Style::ROMAN, "contents");
    let pitch = SIZE * 0.75;
    // Dots sit on a fixed grid so that they align from line to line.
    let mut x = ((end + SIZE * 0.6) / pitch).ceil() * pitch;
    while x + pitch < m - nw - SIZE * 0.3 {
        line.runs.push(Run {
            x,
            rise: 0.0,
            size: SIZE,
            style: Style::ROMAN,
            shaped: dot.clone(),
            link: None,
            dest: None,
            space_before: false,
            decoration: true,
            tag: None,
        });
        x += pitch;
    }
    let shaped = ts.shape(number, Style::ROMAN, "contents");
    line.runs.push(Run {
        x: m - nw,
        rise: 0.0,
        size: SIZE,
        style: Style::ROMAN,
        shaped,
        link: None,
        dest: None,
        space_before: true,
        decoration: false,
        tag: None,
    });
}
