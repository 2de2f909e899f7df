//! The print-on-demand cover: the book's metadata, a service's rules and the interior's
//! page count in, a one-page full-wrap page model (back, spine, front) out.
//!
//! The page is the trim of back + spine + front with the service's bleed on every
//! outside edge; the spine is as wide as the interior's pages on the chosen paper. The
//! design matches the EPUB's typographic cover (`render/epub/cover.rs`): the same ground
//! and ink, title in EB Garamond SemiBold from the upper quarter, a rule, the subtitle in
//! italic, the editor near the foot. The spine carries title and editor only from the page
//! count the service allows, kept its clearance from the folds; the back carries the
//! description and leaves the barcode area clear (white). Colours are CMYK.

use super::book::{balanced, draw_line, plain, styled};
use super::fonts::Face;
use super::page::{Cmyk, Document, Fill, Numbering, Page, PlacedImage, Rule, TextRun};
use super::paragraph::{Align, Line, ParaStyle, Typesetter};
use crate::cover_image::CoverImage;
use crate::error::Result;
use crate::model::{Book, Warning};
use crate::print::{Paper, Rules};

/// The EPUB cover's ground (#6e1a1a) and ink (#f4ecd8) in CMYK, and paper white.
const GROUND: Cmyk = Cmyk([0, 194, 194, 145]);
const INK: Cmyk = Cmyk([0, 8, 30, 11]);
const WHITE: Cmyk = Cmyk([0, 0, 0, 0]);
/// Proportions of the EPUB cover (1600 x 2560 px): side margin, title top, title size,
/// subtitle and editor sizes, editor baseline, as fractions of the panel.
const MARGIN: f32 = 170.0 / 1600.0;
const TITLE_TOP: f32 = 620.0 / 2560.0;
const TITLE_SIZE: f32 = 200.0 / 1600.0;
const SUBTITLE_SIZE: f32 = 86.0 / 1600.0;
const EDITOR_SIZE: f32 = 72.0 / 1600.0;
const EDITOR_BASELINE: f32 = (2560.0 - 300.0) / 2560.0;

/// The cover of `book` for an interior of `pages` pages on `paper`, and a warning when
/// the editor's cover image is too coarse for print.
pub fn cover(book: &Book, ts: &mut Typesetter, rules: &Rules, pages: usize, paper: Paper) -> Result<(Document, Option<Warning>)> {
    let meta = &book.meta;
    let (w, h) = (meta.print.trim_width, meta.print.trim_height);
    let spine = rules.spine_width(pages, paper);
    let bleed = rules.cover_bleed;
    let width = 2.0 * w + spine;
    let mut page = Page::new(Numbering::Arabic, 1);
    page.ink = Some(INK);
    page.fills.push(Fill { rect: [-bleed, -bleed, width + bleed, h + bleed], colour: GROUND });
    let warning = match &meta.cover {
        // The editor's picture is the whole front, out to the bleed.
        Some(image) => picture(&mut page, image, [w + spine, -bleed, width + bleed, h + bleed], rules)?,
        None => {
            front(&mut page, ts, book, rules, w + spine, (w, h));
            None
        }
    };
    back(&mut page, ts, book, rules, (w, h));
    if rules.spine_text(pages) {
        spine_text(&mut page, ts, book, rules, w, spine, h);
    }
    Ok((Document { trim_width: width, trim_height: h, bleed, pages: vec![page], outline: Vec::new() }, warning))
}

/// `image` scaled to fill `panel` (left, top, right, bottom), its overflow cut away evenly
/// on both sides; a warning when that leaves it under the service's resolution.
fn picture(page: &mut Page, image: &CoverImage, panel: [f32; 4], rules: &Rules) -> Result<Option<Warning>> {
    let [l, t, r, b] = panel;
    let (px_w, px_h) = (image.width as f32, image.height as f32);
    // Points per pixel: the larger scale fills the panel in both directions.
    let scale = ((r - l) / px_w).max((b - t) / px_h);
    let visible = image.cmyk()?.centre(((r - l) / scale).round() as u32, ((b - t) / scale).round() as u32);
    page.images.push(PlacedImage { rect: panel, pixels: visible });
    let dpi = 72.0 / scale;
    Ok((dpi < rules.min_dpi).then(|| Warning {
        stage: "print".into(),
        message: format!(
            "{}: the cover image is {dpi:.0} dpi at {}'s cover size ({:.2} x {:.2} in with bleed), under the {:.0} dpi printers ask for; give an image of at least {} x {} pixels",
            image.file,
            rules.name,
            (r - l) / 72.0,
            (b - t) / 72.0,
            rules.min_dpi,
            ((r - l) / 72.0 * rules.min_dpi).ceil(),
            ((b - t) / 72.0 * rules.min_dpi).ceil(),
        ),
    }))
}

fn centred(size: f32, leading: f32) -> ParaStyle {
    ParaStyle { size, leading, indent: 0.0, align: Align::Center, small_caps_words: 0 }
}

/// Title, rule, subtitle and editor on the front panel starting at `x0`.
fn front(page: &mut Page, ts: &mut Typesetter, book: &Book, rules: &Rules, x0: f32, (w, h): (f32, f32)) {
    let meta = &book.meta;
    let margin = (w * MARGIN).max(rules.cover_safety);
    let measure = w - 2.0 * margin;
    // Title: as large as fits in five lines with no word broken.
    let mut size = w * TITLE_SIZE;
    let title = plain(&meta.title, styled(Face::SemiBold, false));
    let mut lines = balanced(ts, &title, &centred(size, size * 1.15), measure, "cover title");
    while (lines.len() > 5 || lines.iter().any(|l| l.hyphenated)) && size > w * 0.05 {
        size *= 0.92;
        lines = balanced(ts, &title, &centred(size, size * 1.15), measure, "cover title");
    }
    let mut y = h * TITLE_TOP;
    for l in &lines {
        draw_line(page, l, x0 + margin, y);
        y += l.leading;
    }
    let rule_y = y - size * 0.35;
    page.rules.push(Rule { x0: x0 + w * 0.4, y0: rule_y, x1: x0 + w * 0.6, y1: rule_y, width: 1.0 });
    y += size * 0.45;
    if let Some(sub) = &meta.subtitle {
        let s = w * SUBTITLE_SIZE;
        for l in balanced(ts, &plain(sub, styled(Face::Italic, false)), &centred(s, s * 1.25), measure, "cover subtitle") {
            draw_line(page, &l, x0 + margin, y);
            y += l.leading;
        }
    }
    if let Some(ed) = &meta.editor {
        let s = w * EDITOR_SIZE;
        let lines = balanced(ts, &plain(&format!("Edited by {ed}"), styled(Face::Regular, false)), &centred(s, s * 1.25), measure, "cover editor");
        let mut y = h * EDITOR_BASELINE - (lines.len() as f32 - 1.0) * s * 1.25;
        // Keep the editor's line inside the safety area on a short trim.
        y = y.min(h - rules.cover_safety - s * 0.3 - (lines.len() as f32 - 1.0) * s * 1.25);
        for l in &lines {
            draw_line(page, l, x0 + margin, y);
            y += l.leading;
        }
    }
}

/// The description on the back panel, above the clear barcode area.
fn back(page: &mut Page, ts: &mut Typesetter, book: &Book, rules: &Rules, (w, h): (f32, f32)) {
    let margin = (w * MARGIN).max(rules.cover_safety);
    let measure = w - 2.0 * margin;
    let (bw, bh) = rules.barcode;
    let barcode = [w - rules.cover_safety - bw, h - rules.cover_safety - bh, w - rules.cover_safety, h - rules.cover_safety];
    page.fills.push(Fill { rect: barcode, colour: WHITE });
    let Some(text) = &book.meta.description else { return };
    let top = h * 0.15;
    let room = barcode[1] - rules.cover_safety - top;
    // The largest size from 12 pt down to 8 pt at which the description fits; each line
    // with the space above it (half a line more between paragraphs).
    let set = |ts: &mut Typesetter, size: f32| -> Vec<(f32, Line)> {
        let style = ParaStyle { size, leading: size * 1.35, indent: 0.0, align: Align::Justify, small_caps_words: 0 };
        let mut lines = Vec::new();
        for para in text.split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")) {
            let gap = if lines.is_empty() { 0.0 } else { style.leading * 0.5 };
            let set = ts.paragraph(&plain(&para, styled(Face::Regular, false)), &style, measure, "cover description");
            lines.extend(set.into_iter().enumerate().map(|(i, l)| (if i == 0 { gap + l.leading } else { l.leading }, l)));
        }
        lines
    };
    let depth = |lines: &[(f32, Line)]| lines.iter().map(|(d, _)| d).sum::<f32>();
    let mut size = 12.0;
    let mut lines = set(ts, size);
    while depth(&lines) > room && size > 8.0 {
        size -= 0.5;
        lines = set(ts, size);
    }
    let mut y = top;
    for (down, l) in &lines {
        y += down;
        draw_line(page, l, margin, y);
    }
}

/// Title and editor along the spine, reading top to bottom, centred on its width.
fn spine_text(page: &mut Page, ts: &mut Typesetter, book: &Book, rules: &Rules, x0: f32, spine: f32, h: f32) {
    let meta = &book.meta;
    let room = spine - 2.0 * rules.spine_clearance;
    let length = h - 2.0 * (rules.cover_safety + rules.cover_bleed);
    let (title_style, editor_style) = (styled(Face::SemiBold, false), styled(Face::Regular, false));
    let editor = meta.editor.clone().unwrap_or_default();
    let gap = "\u{2003}";
    // Cap height plus descent fill about 0.95 em of the spine's width.
    let mut size = (room / 0.95).min(14.0);
    let width = |ts: &mut Typesetter, size: f32| {
        ts.width(&meta.title, title_style, size) + ts.width(gap, editor_style, size) + ts.width(&editor, editor_style, size)
    };
    while width(ts, size) > length && size > 4.0 {
        size *= 0.95;
    }
    let total = width(ts, size);
    let baseline = x0 + spine / 2.0 - size * 0.3;
    let mut along = (h - total) / 2.0;
    for (text, style) in [(meta.title.as_str(), title_style), (gap, editor_style), (editor.as_str(), editor_style)] {
        if text.is_empty() {
            continue;
        }
        let shaped = ts.shape(text, style, "spine");
        let advance = shaped.width * size;
        page.turned.push(TextRun { x: baseline, y: along, size, style, shaped, space_before: false, tag: Default::default() });
        along += advance;
    }
}
