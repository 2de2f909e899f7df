//! Shaping: a word and a style in, positioned glyphs out (kerning, ligatures, text
//! figures, letterspaced small caps). Characters the style's face lacks are shaped
//! in the fallback face, so a word may be made of several runs.
//!
//! The only module importing rustybuzz. Words repeat, so results are cached per
//! (text, style); the cache makes shaping a whole book take milliseconds.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::fonts::{Face, FALLBACK};

/// Extra space after each small capital, in em.
const SMALL_CAPS_TRACKING: f32 = 0.05;

/// What a hyphen added at a line break stands for.
const SOFT_HYPHEN: char = '\u{AD}';

/// Printed for a character no face has (a white square).
const PLACEHOLDER: char = '\u{25A1}';

/// How a run of text is set: the face and whether lowercase becomes small capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Style {
    pub face: Face,
    pub small_caps: bool,
}

impl Style {
    /// Roman, no small caps.
    pub const ROMAN: Style = Style {
        face: Face::Regular,
        small_caps: false,
    };
    /// Monospaced, for code.
    pub const MONO: Style = Style {
        face: Face::Mono,
        small_caps: false,
    };
}

/// One shaped glyph; lengths are in em of the text's size (font units divided by units
/// per em, times [`Shaped::fallback_scale`] for a fallback glyph).
#[derive(Debug, Clone)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the shaped text this glyph's cluster stands for.
    pub text: Range<usize>,
    /// Set in the fallback face rather than the style's face.
    pub fallback: bool,
}

/// A shaped piece of text: one or more runs, each in the style's face or the fallback.
#[derive(Debug, Clone)]
pub struct Shaped {
    pub text: String,
    pub glyphs: Vec<Glyph>,
    /// Total advance in em.
    pub width: f32,
    /// The fallback face is drawn at this multiple of the text's size, so its capitals
    /// stand as tall as the main face's.
    pub fallback_scale: f32,
    /// Characters the style's face lacks, set in the fallback face.
    pub fallback: Vec<char>,
    /// Characters neither face has (printed as a placeholder).
    pub missing: Vec<char>,
}

impl Shaped {
    /// Whether byte `at` of the text falls between glyph clusters (not inside a ligature).
    pub fn is_cluster_boundary(&self, at: usize) -> bool {
        !self.glyphs.iter().any(|g| g.text.start < at && at < g.text.end)
    }

    /// The glyphs standing for the bytes `range` of the text, as shaped in context (the
    /// kerning and ligatures of the whole word kept): `None` when a glyph's cluster (a
    /// ligature) straddles either end. Fallback and missing characters stay with the whole.
    pub fn slice(&self, range: Range<usize>) -> Option<Shaped> {
        let mut glyphs = Vec::new();
        for g in &self.glyphs {
            if g.text.end <= range.start || g.text.start >= range.end {
                continue;
            }
            if g.text.start < range.start || g.text.end > range.end {
                return None;
            }
            let text = g.text.start - range.start..g.text.end - range.start;
            glyphs.push(Glyph { text, ..g.clone() });
        }
        Some(Shaped {
            text: self.text.get(range)?.to_string(),
            width: glyphs.iter().map(|g| g.advance).sum(),
            glyphs,
            fallback_scale: self.fallback_scale,
            fallback: Vec::new(),
            missing: Vec::new(),
        })
    }

    /// The same glyphs with every advance times `scale`: a line's glyph expansion, the
    /// letters a hair further apart or closer (their drawings unchanged).
    pub fn expanded(&self, scale: f32) -> Shaped {
        let glyphs = self.glyphs.iter().map(|g| Glyph { advance: g.advance * scale, ..g.clone() }).collect();
        Shaped { glyphs, width: self.width * scale, ..self.clone() }
    }
}

/// A caching shaper over the four embedded faces and the fallback face.
pub struct Shaper {
    faces: Vec<rustybuzz::Face<'static>>,
    fallback: rustybuzz::Face<'static>,
    fallback_scale: f32,
    /// Text figures everywhere; small capitals on request.
    text: [rustybuzz::Feature; 1],
    small_caps: [rustybuzz::Feature; 2],
    cache: HashMap<(String, Style), Arc<Shaped>>,
    break_hyphens: HashMap<Style, Arc<Shaped>>,
}

impl Shaper {
    /// Parses the embedded faces.
    pub fn new() -> Shaper {
        let parse = |bytes: &'static [u8]| {
            rustybuzz::Face::from_slice(bytes, 0).expect("embedded font parses")
        };
        let faces: Vec<_> = Face::ALL.iter().map(|f| parse(f.bytes())).collect();
        let fallback = parse(FALLBACK);
        let cap = |f: &rustybuzz::Face| {
            f.capital_height().unwrap_or(f.ascender()) as f32 / f.units_per_em() as f32
        };
        let fallback_scale = cap(&faces[Face::Regular.index()]) / cap(&fallback);
        let feature = |tag: &[u8; 4]| {
            rustybuzz::Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(tag), 1, ..)
        };
        Shaper {
            faces,
            fallback,
            fallback_scale,
            text: [feature(b"onum")],
            small_caps: [feature(b"onum"), feature(b"smcp")],
            cache: HashMap::new(),
            break_hyphens: HashMap::new(),
        }
    }

    /// The hyphen a line break adds: printed as a hyphen, standing for a soft hyphen
    /// (U+00AD) in the text layer, so extraction and screen readers join the word again
    /// (PDF 32000-1, 14.8.2.2.3). Set with the face's own soft-hyphen glyph when it has
    /// one, so that the glyph maps to U+00AD without clashing with the word hyphen's
    /// mapping.
    pub fn break_hyphen(&mut self, style: Style) -> Arc<Shaped> {
        if let Some(s) = self.break_hyphens.get(&style) {
            return s.clone();
        }
        let mut shaped = (*self.shape("-", style)).clone();
        shaped.text = SOFT_HYPHEN.to_string();
        let face = &self.faces[style.face.index()];
        let soft = face.glyph_index(SOFT_HYPHEN).filter(|_| shaped.glyphs.len() == 1);
        for g in &mut shaped.glyphs {
            g.text = 0..SOFT_HYPHEN.len_utf8();
            if let Some(id) = soft.filter(|_| !g.fallback) {
                g.id = id.0;
            }
        }
        let shaped = Arc::new(shaped);
        self.break_hyphens.insert(style, shaped.clone());
        shaped
    }

    /// Shapes `text` in `style` (cached).
    pub fn shape(&mut self, text: &str, style: Style) -> Arc<Shaped> {
        if let Some(s) = self.cache.get(&(text.to_string(), style)) {
            return s.clone();
        }
        let shaped = Arc::new(self.shape_uncached(text, style));
        self.cache.insert((text.to_string(), style), shaped.clone());
        shaped
    }

    /// Splits `text` into runs by coverage: `true` marks a run of characters the
    /// style's face lacks and the fallback face has. A combining mark, joiner or
    /// variation selector stays with the character before it.
    fn runs(&self, text: &str, face: &rustybuzz::Face) -> Vec<(Range<usize>, bool)> {
        let mut runs: Vec<(Range<usize>, bool)> = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let fallback = match runs.last() {
                // An invisible format character ("\u{2063}" from a web page) needs no face:
                // the shaper hides it in whichever run it falls in.
                Some((_, previous)) if is_invisible(c) => *previous,
                None if is_invisible(c) => false,
                Some((_, true)) if joins_previous(c) => true,
                _ => face.glyph_index(c).is_none() && self.fallback.glyph_index(c).is_some(),
            };
            match runs.last_mut() {
                Some((r, f)) if *f == fallback => r.end = end,
                _ => runs.push((i..end, fallback)),
            }
        }
        runs
    }

    fn shape_uncached(&self, text: &str, style: Style) -> Shaped {
        let main = &self.faces[style.face.index()];
        // Small capitals are letterspaced a little (Bringhurst 3.2.2).
        let tracking = if style.small_caps {
            SMALL_CAPS_TRACKING
        } else {
            0.0
        };
        let mut glyphs = Vec::with_capacity(text.len());
        let mut fallback_chars = Vec::new();
        let mut missing = Vec::new();
        for (range, fallback) in self.runs(text, main) {
            let (face, scale, features): (_, _, &[rustybuzz::Feature]) = if fallback {
                fallback_chars.extend(text[range.clone()].chars());
                // The fallback face has no small capitals.
                (&self.fallback, self.fallback_scale, &self.text)
            } else if style.small_caps {
                (main, 1.0, &self.small_caps)
            } else {
                (main, 1.0, &self.text)
            };
            let upem = face.units_per_em() as f32 / scale;
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(&text[range.clone()]);
            buffer.set_direction(rustybuzz::Direction::LeftToRight);
            buffer.set_script(rustybuzz::script::LATIN);
            let out = rustybuzz::shape(face, features, buffer);
            let infos = out.glyph_infos();
            let positions = out.glyph_positions();
            for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
                let start = range.start + info.cluster as usize;
                // A cluster ends where the next different cluster begins.
                let end = infos[i..]
                    .iter()
                    .map(|g| range.start + g.cluster as usize)
                    .find(|&c| c > start)
                    .unwrap_or(range.end);
                let (mut id, mut advance) =
                    (info.glyph_id as u16, pos.x_advance as f32 / upem + tracking);
                if id == 0 {
                    missing.extend(text[start..end].chars());
                    // No face has it: print a visible placeholder (PDF/A forbids
                    // .notdef); the text layer still carries the real character.
                    if let Some(g) = face
                        .glyph_index(PLACEHOLDER)
                        .or_else(|| face.glyph_index('?'))
                    {
                        id = g.0;
                        advance = face.glyph_hor_advance(g).unwrap_or(0) as f32 / upem;
                    }
                }
                glyphs.push(Glyph {
                    id,
                    advance,
                    x_offset: pos.x_offset as f32 / upem,
                    y_offset: pos.y_offset as f32 / upem,
                    text: start..end,
                    fallback,
                });
            }
        }
        let width = glyphs.iter().map(|g| g.advance).sum();
        Shaped {
            text: text.to_string(),
            glyphs,
            width,
            fallback_scale: self.fallback_scale,
            fallback: fallback_chars,
            missing,
        }
    }
}

/// Whether `c` is a default-ignorable format character, drawn as nothing: zero-width
/// space and joiners, direction marks and embeddings, the word joiner and the invisible
/// operators, variation selectors, the byte order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{034F}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Whether `c` belongs to the character before it (combining diacritics, joiners,
/// variation selectors), so it is set in the same face.
fn joins_previous(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_format_characters_take_no_face_and_no_room() {
        let mut shaper = Shaper::new();
        let plain = shaper.shape("word", Style::ROMAN);
        let marked = shaper.shape("wo\u{2063}rd\u{200B}", Style::ROMAN);
        assert!(marked.fallback.is_empty() && marked.missing.is_empty(), "{:?} {:?}", marked.fallback, marked.missing);
        assert!((marked.width - plain.width).abs() < 1e-3, "{} {}", marked.width, plain.width);
    }
}
