//! Shaping: a word and a style in, positioned glyphs out (kerning, ligatures, text
//! figures, letterspaced small caps).
//!
//! The only module importing rustybuzz. Words repeat, so results are cached per
//! (text, style); the cache makes shaping a whole book take milliseconds.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::fonts::Face;

/// Extra space after each small capital, in em.
const SMALL_CAPS_TRACKING: f32 = 0.05;

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
}

/// One shaped glyph; lengths are in em (font units divided by units per em).
#[derive(Debug, Clone)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the shaped text this glyph's cluster stands for.
    pub text: Range<usize>,
}

/// A shaped piece of text.
#[derive(Debug, Clone)]
pub struct Shaped {
    pub text: String,
    pub glyphs: Vec<Glyph>,
    /// Total advance in em.
    pub width: f32,
    /// Characters the face has no glyph for.
    pub missing: Vec<char>,
}

/// A caching shaper over the four embedded faces.
pub struct Shaper {
    faces: Vec<rustybuzz::Face<'static>>,
    /// Text figures everywhere; small capitals on request.
    text: [rustybuzz::Feature; 1],
    small_caps: [rustybuzz::Feature; 2],
    cache: HashMap<(String, Style), Rc<Shaped>>,
}

impl Shaper {
    /// Parses the embedded faces.
    pub fn new() -> Shaper {
        let faces = Face::ALL
            .iter()
            .map(|f| rustybuzz::Face::from_slice(f.bytes(), 0).expect("embedded font parses"))
            .collect();
        let feature = |tag: &[u8; 4]| {
            rustybuzz::Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(tag), 1, ..)
        };
        Shaper {
            faces,
            text: [feature(b"onum")],
            small_caps: [feature(b"onum"), feature(b"smcp")],
            cache: HashMap::new(),
        }
    }

    /// Shapes `text` in `style` (cached).
    pub fn shape(&mut self, text: &str, style: Style) -> Rc<Shaped> {
        if let Some(s) = self.cache.get(&(text.to_string(), style)) {
            return s.clone();
        }
        let shaped = Rc::new(self.shape_uncached(text, style));
        self.cache.insert((text.to_string(), style), shaped.clone());
        shaped
    }

    fn shape_uncached(&self, text: &str, style: Style) -> Shaped {
        let face = &self.faces[style.face.index()];
        let upem = face.units_per_em() as f32;
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.set_script(rustybuzz::script::LATIN);
        let features: &[rustybuzz::Feature] = if style.small_caps {
            &self.small_caps
        } else {
            &self.text
        };
        // Small capitals are letterspaced a little (Bringhurst 3.2.2).
        let tracking = if style.small_caps {
            SMALL_CAPS_TRACKING
        } else {
            0.0
        };
        let out = rustybuzz::shape(face, features, buffer);
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut missing = Vec::new();
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // A cluster ends where the next different cluster begins.
            let end = infos[i..]
                .iter()
                .map(|g| g.cluster as usize)
                .find(|&c| c > start)
                .unwrap_or(text.len());
            let (mut id, mut advance) =
                (info.glyph_id as u16, pos.x_advance as f32 / upem + tracking);
            if id == 0 {
                missing.extend(text[start..end].chars());
                // No face has it: print a visible placeholder (PDF/A forbids .notdef);
                // the text layer still carries the real character.
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
            });
        }
        let width = glyphs.iter().map(|g| g.advance).sum();
        Shaped {
            text: text.to_string(),
            glyphs,
            width,
            missing,
        }
    }
}
