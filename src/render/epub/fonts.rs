//! The EPUB's fonts: only the faces the book's styles use, each subset to the characters
//! the book contains.
//!
//! Takes the text of every content document and whether bold italic is needed; returns
//! the font files to package (name, bytes). Subsetting is skera's (the Rust port of
//! HarfBuzz's subsetter): unlike a PDF subsetter it keeps `cmap` and closes over the
//! OpenType layout tables, so the small caps (`smcp`, `c2sc`), figure styles and
//! ligatures the stylesheet asks for still work on the glyphs that remain. This is the
//! only module importing skera and read-fonts.

use std::collections::BTreeSet;

use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::FontRef;
use skera::{subset_font, Plan, SubsetFlags, DEFAULT_LAYOUT_FEATURES};

use crate::error::{Error, Result};

/// A face of the book's type: file name in the package and the full font.
pub struct Face {
    pub file: &'static str,
    bytes: &'static [u8],
}

/// Regular and italic set titles, bylines, standfirsts and small-capital display lines.
pub const REGULAR: Face = Face {
    file: "EBGaramond-Regular.ttf",
    bytes: include_bytes!("../../../fonts/EBGaramond-Regular.ttf"),
};
pub const ITALIC: Face = Face {
    file: "EBGaramond-Italic.ttf",
    bytes: include_bytes!("../../../fonts/EBGaramond-Italic.ttf"),
};
/// Headings are set in the semibold.
pub const BOLD: Face = Face {
    file: "EBGaramond-SemiBold.ttf",
    bytes: include_bytes!("../../../fonts/EBGaramond-SemiBold.ttf"),
};
/// Only needed when a heading holds emphasis.
pub const BOLD_ITALIC: Face = Face {
    file: "EBGaramond-SemiBoldItalic.ttf",
    bytes: include_bytes!("../../../fonts/EBGaramond-SemiBoldItalic.ttf"),
};

/// Features the stylesheet uses beyond HarfBuzz's defaults (which bring ligatures and
/// kerning): small capitals and the figure styles.
const EXTRA_FEATURES: [&[u8; 4]; 6] = [b"smcp", b"c2sc", b"onum", b"lnum", b"pnum", b"tnum"];

/// The characters the fonts are subset to for `texts`.
pub fn characters(texts: &[&str]) -> BTreeSet<char> {
    // Most characters are ASCII: marked in a table, not sorted in among millions of others.
    let mut ascii = [false; 128];
    let mut out = BTreeSet::new();
    for c in texts.iter().flat_map(|t| t.chars()) {
        match c.is_ascii() {
            true => ascii[c as usize] = true,
            false => _ = out.insert(c),
        }
    }
    out.extend((0..128u8).filter(|&b| ascii[b as usize]).map(char::from));
    out
}

/// `faces`, each subset to the characters of `texts`.
pub fn subset(faces: &[&Face], texts: &[&str]) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let chars = characters(texts);
    let mut unicodes = IntSet::<u32>::empty();
    // The space and no-break space are always needed, whatever the text holds.
    unicodes.extend([0x20u32, 0xA0]);
    unicodes.extend(chars.iter().map(|&c| c as u32));
    faces
        .iter()
        .map(|f| Ok((f.file, subset_face(f, &unicodes)?)))
        .collect()
}

fn subset_face(face: &Face, unicodes: &IntSet<u32>) -> Result<Vec<u8>> {
    let err = |e: String| Error::render("epub", format!("subsetting {}: {e}", face.file));
    let font = FontRef::new(face.bytes).map_err(|e| err(e.to_string()))?;
    let mut features = IntSet::<Tag>::empty();
    features.extend(DEFAULT_LAYOUT_FEATURES.iter().copied());
    features.extend(EXTRA_FEATURES.iter().map(|t| Tag::new(t)));
    let mut scripts = IntSet::<Tag>::empty();
    scripts.invert(); // every script
                      // Family and style names, copyright and the licence (the OFL asks that it stay).
    let mut names = IntSet::<NameId>::empty();
    names.insert_range(NameId::from(0)..=NameId::from(6));
    names.insert_range(NameId::from(13)..=NameId::from(14));
    let mut languages = IntSet::<u16>::empty();
    languages.insert(0x0409);
    let plan = Plan::new(
        &IntSet::<GlyphId>::empty(),
        unicodes,
        &font,
        SubsetFlags::SUBSET_FLAGS_DEFAULT,
        &IntSet::<Tag>::empty(),
        &scripts,
        &features,
        &names,
        &languages,
    );
    subset_font(&font, &plan).map_err(|e| err(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use read_fonts::TableProvider;

    #[test]
    fn subsets_keep_the_characters_and_small_caps() {
        let out = subset(&[&REGULAR], &["Petrograd 1917"]).unwrap();
        let font = FontRef::new(&out[0].1).unwrap();
        let cmap = font.cmap().unwrap();
        for c in "Petrograd 1917".chars() {
            assert!(cmap.map_codepoint(c).is_some(), "{c:?} lost");
        }
        assert!(
            cmap.map_codepoint('z').is_none(),
            "an unused character was kept"
        );
        let full = FontRef::new(REGULAR.bytes)
            .unwrap()
            .maxp()
            .unwrap()
            .num_glyphs();
        let kept = font.maxp().unwrap().num_glyphs();
        // The small capitals of the letters used come along through the layout closure.
        assert!(kept > 13 && kept < full / 20, "{kept} glyphs of {full}");
        let gsub = font.gsub().unwrap();
        let tags: Vec<Tag> = gsub
            .feature_list()
            .unwrap()
            .feature_records()
            .iter()
            .map(|r| r.feature_tag())
            .collect();
        assert!(tags.contains(&Tag::new(b"smcp")), "{tags:?}");
    }
}
