//! The typographic cover: title, subtitle and editor set in EB Garamond on a plain ground.
//!
//! Takes the book metadata; returns PNG bytes (1600 x 2560 px) and the alt text. Glyph
//! outlines come from the embedded fonts through rustybuzz (shaping, so kerning and
//! ligatures match the book) and are filled with tiny-skia: no system fonts, so the bytes
//! are the same on every machine.

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use rustybuzz::{Face, UnicodeBuffer};
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

use crate::error::{Error, Result};
use crate::model::BookMeta;

const WIDTH: u32 = 1600;
const HEIGHT: u32 = 2560;
/// Side margin of the text block, in pixels.
const MARGIN: f32 = 170.0;
const GROUND: (u8, u8, u8) = (0x6e, 0x1a, 0x1a);
const INK: (u8, u8, u8) = (0xf4, 0xec, 0xd8);

static SEMIBOLD: &[u8] = include_bytes!("../../../fonts/EBGaramond-SemiBold.ttf");
static ITALIC: &[u8] = include_bytes!("../../../fonts/EBGaramond-Italic.ttf");
static REGULAR: &[u8] = include_bytes!("../../../fonts/EBGaramond-Regular.ttf");

/// The cover PNG and its alternative text.
pub fn cover(meta: &BookMeta) -> Result<(Vec<u8>, String)> {
    let face = |data| {
        Face::from_slice(data, 0)
            .ok_or_else(|| Error::render("epub", "embedded cover font is unreadable"))
    };
    let (bold, italic, regular) = (face(SEMIBOLD)?, face(ITALIC)?, face(REGULAR)?);
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT)
        .ok_or_else(|| Error::render("epub", "cannot allocate the cover"))?;
    pixmap.fill(Color::from_rgba8(GROUND.0, GROUND.1, GROUND.2, 255));
    let mut paint = Paint::default();
    paint.set_color_rgba8(INK.0, INK.1, INK.2, 255);
    paint.anti_alias = true;
    let mut path = PathBuilder::new();
    let width = WIDTH as f32 - 2.0 * MARGIN;

    // Title: as large as fits in five lines, from the upper third down.
    let mut size = 200.0;
    let mut lines = wrap(&bold, &meta.title, size, width);
    while lines.len() > 5 && size > 80.0 {
        size -= 10.0;
        lines = wrap(&bold, &meta.title, size, width);
    }
    let mut y = 620.0;
    for l in &lines {
        draw_centred(&mut path, &bold, l, size, y);
        y += size * 1.15;
    }
    rule(&mut path, y - size * 0.35);
    y += size * 0.45;
    if let Some(sub) = &meta.subtitle {
        let s = 86.0;
        for l in wrap(&italic, sub, s, width) {
            draw_centred(&mut path, &italic, &l, s, y);
            y += s * 1.25;
        }
    }
    if let Some(ed) = &meta.editor {
        let s = 72.0;
        let text = format!("Edited by {ed}");
        let lines = wrap(&regular, &text, s, width);
        let mut y = HEIGHT as f32 - 300.0 - (lines.len() as f32 - 1.0) * s * 1.25;
        for l in &lines {
            draw_centred(&mut path, &regular, l, s, y);
            y += s * 1.25;
        }
    }
    if let Some(p) = path.finish() {
        pixmap.fill_path(&p, &paint, FillRule::Winding, Transform::identity(), None);
    }
    let png = pixmap.encode_png().map_err(|e| Error::render("epub", e))?;
    Ok((png, alt_text(meta)))
}

/// The cover's alternative text: what a typographic cover says (and what an editor's
/// picture is taken to show).
pub fn alt_text(meta: &BookMeta) -> String {
    let mut alt = format!("Cover: {}", meta.title);
    if let Some(s) = &meta.subtitle {
        alt.push_str(&format!(". {s}"));
    }
    if let Some(e) = &meta.editor {
        alt.push_str(&format!(". Edited by {e}"));
    }
    alt.push('.');
    alt
}

/// A short centred rule below the title.
fn rule(path: &mut PathBuilder, y: f32) {
    let w = 240.0;
    if let Some(r) = Rect::from_xywh((WIDTH as f32 - w) / 2.0, y, w, 5.0) {
        path.push_rect(r);
    }
}

/// Shaped glyphs of `text`: (glyph id, x offset, y offset, advance) in font units.
fn shape(face: &Face, text: &str) -> Vec<(u16, i32, i32, i32)> {
    let mut buf = UnicodeBuffer::new();
    buf.push_str(text);
    let out = rustybuzz::shape(face, &[], buf);
    out.glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(i, p)| (i.glyph_id as u16, p.x_offset, p.y_offset, p.x_advance))
        .collect()
}

fn measure(face: &Face, text: &str, size: f32) -> f32 {
    let units: i32 = shape(face, text).iter().map(|g| g.3).sum();
    units as f32 * size / face.units_per_em() as f32
}

/// Greedy word wrap to `width` pixels (a single over-long word gets a line of its own).
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let trial = if cur.is_empty() { word.to_string() } else { format!("{cur} {word}") };
        if !cur.is_empty() && measure(face, &trial, size) > width {
            lines.push(std::mem::replace(&mut cur, word.to_string()));
        } else {
            cur = trial;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn draw_centred(path: &mut PathBuilder, face: &Face, text: &str, size: f32, baseline: f32) {
    let scale = size / face.units_per_em() as f32;
    let mut x = (WIDTH as f32 - measure(face, text, size)) / 2.0;
    for (gid, dx, dy, adv) in shape(face, text) {
        let mut pen =
            Pen { path, x: x + dx as f32 * scale, y: baseline - dy as f32 * scale, scale };
        face.outline_glyph(GlyphId(gid), &mut pen);
        x += adv as f32 * scale;
    }
}

/// Turns font outlines (y up, font units) into pixel paths (y down).
struct Pen<'a> {
    path: &'a mut PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl Pen<'_> {
    fn p(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y - y * self.scale)
    }
}

impl OutlineBuilder for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let (a, b) = self.p(x, y);
        self.path.move_to(a, b);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (a, b) = self.p(x, y);
        self.path.line_to(a, b);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((a, b), (c, d)) = (self.p(x1, y1), self.p(x, y));
        self.path.quad_to(a, b, c, d);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((a, b), (c, d), (e, f)) = (self.p(x1, y1), self.p(x2, y2), self.p(x, y));
        self.path.cubic_to(a, b, c, d, e, f);
    }
    fn close(&mut self) {
        self.path.close();
    }
}
