//! The embedded faces: takes nothing, gives each face's bytes. EB Garamond sets the
//! book; DejaVu Serif (one upright face, wide coverage) sets only the characters
//! EB Garamond lacks; DejaVu Sans Mono sets code.
//!
//! The fonts are compiled into the binary so it works from any directory.

/// One face of the book's type family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Italic,
    SemiBold,
    SemiBoldItalic,
    /// Monospaced, for code: no italic or bold of its own.
    Mono,
}

impl Face {
    /// Every face, in a fixed order (the writer registers them in this order).
    pub const ALL: [Face; 5] = [
        Face::Regular,
        Face::Italic,
        Face::SemiBold,
        Face::SemiBoldItalic,
        Face::Mono,
    ];

    /// The face's TrueType bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR,
            Face::Italic => ITALIC,
            Face::SemiBold => SEMIBOLD,
            Face::SemiBoldItalic => SEMIBOLD_ITALIC,
            Face::Mono => MONO,
        }
    }

    /// The face with italics switched on.
    pub fn italic(self) -> Face {
        match self {
            Face::Regular | Face::Italic => Face::Italic,
            Face::SemiBold | Face::SemiBoldItalic => Face::SemiBoldItalic,
            Face::Mono => Face::Mono,
        }
    }

    /// The face with the semibold weight switched on.
    pub fn bold(self) -> Face {
        match self {
            Face::Regular | Face::SemiBold => Face::SemiBold,
            Face::Italic | Face::SemiBoldItalic => Face::SemiBoldItalic,
            Face::Mono => Face::Mono,
        }
    }

    /// Index into [`Face::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The glyph a face maps U+0020 to, if it has one.
pub fn space_glyph(bytes: &[u8]) -> Option<u16> {
    use read_fonts::TableProvider;
    let font = read_fonts::FontRef::new(bytes).ok()?;
    let id = font.cmap().ok()?.map_codepoint(' ')?;
    u16::try_from(id.to_u32()).ok()
}

/// The fallback face's TrueType bytes (DejaVu Serif, Bitstream Vera licence).
pub const FALLBACK: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/DejaVuSerif.ttf"
));

const REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/EBGaramond-Regular.ttf"
));
const ITALIC: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/EBGaramond-Italic.ttf"
));
const SEMIBOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/EBGaramond-SemiBold.ttf"
));
const SEMIBOLD_ITALIC: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/EBGaramond-SemiBoldItalic.ttf"
));

/// DejaVu Sans Mono (Bitstream Vera licence, as DejaVu Serif).
const MONO: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fonts/DejaVuSansMono.ttf"
));
