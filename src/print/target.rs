//! The print-on-demand services' rules as data: one [`Rules`] table per [`Target`].
//!
//! The layout reads the margins and gutter bands, the writer reads whether the file is
//! PDF/X and how the page count must end, the cover reads the paper and spine rules, and
//! the preflight checks any PDF against the same table. Sources of every number are
//! listed in the README ("Print-on-demand").

use serde::Serialize;

/// Points per inch.
pub const INCH: f32 = 72.0;

/// A print-on-demand service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Kdp,
    IngramSpark,
    Lulu,
}

/// Interior paper stock, which sets the spine width per page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    White,
    Cream,
}

/// Everything a service demands of an interior and a cover. Lengths in points.
#[derive(Debug, Clone, Serialize)]
pub struct Rules {
    pub target: Target,
    /// The service's name as an editor knows it.
    pub name: &'static str,
    /// Least distance of any mark (text, folio, running head, rule) from the trim, without
    /// and with bleed.
    pub safety: f32,
    pub safety_with_bleed: f32,
    /// Inside margin by page count: `(last page of the band, least gutter)`.
    pub gutter_bands: &'static [(usize, f32)],
    /// Page count limits of a paperback.
    pub min_pages: usize,
    pub max_pages: usize,
    pub min_type: f32,
    pub min_rule: f32,
    /// The interior's last page must carry no mark.
    pub blank_last_page: bool,
    /// The interior must be PDF/X-1a:2001 (output intent, `GTS_PDFXVersion`, `Trapped`).
    pub pdfx: bool,
    /// Bleed of the cover on every outside edge.
    pub cover_bleed: f32,
    /// Least distance of the cover's text from the trim and the spine folds.
    pub cover_safety: f32,
    /// Spine text only from this page count, kept this far from each fold.
    pub spine_text_pages: usize,
    pub spine_clearance: f32,
    /// The clear area for the barcode, bottom right of the back cover (width, height).
    pub barcode: (f32, f32),
    /// Images must reach this resolution at their printed size.
    pub min_dpi: f32,
    /// The cover's colours must be CMYK (or grey).
    pub cover_cmyk: bool,
}

/// KDP's gutter table (in inches: 0.375 up to 150 pages, then 0.5, 0.625, 0.75, 0.875).
const KDP_GUTTER: &[(usize, f32)] = &[
    (150, 0.375 * INCH),
    (300, 0.5 * INCH),
    (500, 0.625 * INCH),
    (700, 0.75 * INCH),
    (usize::MAX, 0.875 * INCH),
];

/// IngramSpark and Lulu ask for the 0.5 in safety on every side; their gutter guidance
/// (Lulu: 0.5 in plus more for thick books) is met by the same bands.
const SAFE_GUTTER: &[(usize, f32)] = &[
    (150, 0.5 * INCH),
    (300, 0.5 * INCH),
    (500, 0.625 * INCH),
    (700, 0.75 * INCH),
    (usize::MAX, 0.875 * INCH),
];

impl Target {
    pub const ALL: [Target; 3] = [Target::Kdp, Target::IngramSpark, Target::Lulu];

    /// The name used on the command line, in `book.toml` and in file names.
    pub fn key(self) -> &'static str {
        match self {
            Target::Kdp => "kdp",
            Target::IngramSpark => "ingramspark",
            Target::Lulu => "lulu",
        }
    }

    /// `kdp`, `ingramspark` (or `ingram`), `lulu`.
    pub fn parse(s: &str) -> Option<Target> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kdp" => Some(Target::Kdp),
            "ingramspark" | "ingram" => Some(Target::IngramSpark),
            "lulu" => Some(Target::Lulu),
            _ => None,
        }
    }

    /// The service's rules.
    pub fn rules(self) -> Rules {
        let common = Rules {
            target: self,
            name: "",
            safety: 0.5 * INCH,
            safety_with_bleed: 0.5 * INCH,
            gutter_bands: SAFE_GUTTER,
            min_pages: 24,
            max_pages: 828,
            min_type: 7.0,
            min_rule: 0.5,
            blank_last_page: false,
            pdfx: false,
            cover_bleed: 0.125 * INCH,
            cover_safety: 0.25 * INCH,
            spine_text_pages: 80,
            spine_clearance: 0.0625 * INCH,
            barcode: (2.0 * INCH, 1.2 * INCH),
            min_dpi: 300.0,
            cover_cmyk: false,
        };
        match self {
            Target::Kdp => Rules {
                name: "Amazon KDP",
                safety: 0.25 * INCH,
                safety_with_bleed: 0.375 * INCH,
                gutter_bands: KDP_GUTTER,
                min_rule: 0.75,
                spine_text_pages: 79,
                ..common
            },
            Target::IngramSpark => Rules {
                name: "IngramSpark",
                min_pages: 18,
                max_pages: 1200,
                blank_last_page: true,
                pdfx: true,
                cover_cmyk: true,
                ..common
            },
            Target::Lulu => Rules {
                name: "Lulu",
                min_pages: 32,
                max_pages: 800,
                spine_clearance: 0.125 * INCH,
                ..common
            },
        }
    }
}

impl Paper {
    pub fn parse(s: &str) -> Option<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "white" => Some(Paper::White),
            "cream" | "creme" => Some(Paper::Cream),
            _ => None,
        }
    }
}

impl Rules {
    /// The least gutter for a book of `pages` pages.
    pub fn gutter(&self, pages: usize) -> f32 {
        self.gutter_bands
            .iter()
            .find(|(last, _)| pages <= *last)
            .map_or(self.gutter_bands[0].1, |b| b.1)
    }

    /// The least distance of a mark from the trim for an interior with `bleed`.
    pub fn mark_safety(&self, bleed: f32) -> f32 {
        if bleed > 0.0 {
            self.safety_with_bleed
        } else {
            self.safety
        }
    }

    /// Spine width in points for `pages` interior pages on `paper`: KDP's per-page
    /// thickness, IngramSpark's pages-per-inch, Lulu's formula (pages / 444 + 0.06 in).
    pub fn spine_width(&self, pages: usize, paper: Paper) -> f32 {
        let p = pages as f32;
        let inches = match (self.target, paper) {
            (Target::Kdp, Paper::White) => p * 0.002252,
            (Target::Kdp, Paper::Cream) => p * 0.0025,
            (Target::IngramSpark, Paper::White) => p / 444.0,
            (Target::IngramSpark, Paper::Cream) => p / 400.0,
            (Target::Lulu, _) => p / 444.0 + 0.06,
        };
        inches * INCH
    }

    /// Whether a book of `pages` pages may carry text on its spine.
    pub fn spine_text(&self, pages: usize) -> bool {
        pages >= self.spine_text_pages
    }

    /// Full-wrap cover size (width, height) for a trim and page count, bleed included.
    pub fn cover_size(&self, trim: (f32, f32), pages: usize, paper: Paper) -> (f32, f32) {
        let (w, h) = trim;
        (
            2.0 * w + self.spine_width(pages, paper) + 2.0 * self.cover_bleed,
            h + 2.0 * self.cover_bleed,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kdp_gutter_bands_follow_the_page_count() {
        let r = Target::Kdp.rules();
        assert_eq!(r.gutter(24), 27.0);
        assert_eq!(r.gutter(150), 27.0);
        assert_eq!(r.gutter(151), 36.0);
        assert_eq!(r.gutter(301), 45.0);
        assert_eq!(r.gutter(828), 63.0);
    }

    #[test]
    fn spine_widths() {
        let kdp = Target::Kdp.rules();
        assert!((kdp.spine_width(300, Paper::White) / INCH - 0.6756).abs() < 1e-4);
        assert!((kdp.spine_width(300, Paper::Cream) / INCH - 0.75).abs() < 1e-4);
        let lulu = Target::Lulu.rules();
        assert!((lulu.spine_width(444, Paper::White) / INCH - 1.06).abs() < 1e-4);
        assert!(kdp.spine_text(79) && !Target::Lulu.rules().spine_text(79));
    }

    #[test]
    fn names_round_trip() {
        for t in Target::ALL {
            assert_eq!(Target::parse(t.key()), Some(t));
        }
        assert_eq!(Paper::parse("Cream"), Some(Paper::Cream));
    }
}
