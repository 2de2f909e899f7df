//! Packaging for print-on-demand: the book, its screen edition and the chosen services in;
//! for each service T the bytes of `<slug>-T-interior.pdf`, `<slug>-T-cover.pdf` and
//! `<slug>-T-preflight.json` out (the pipeline writes them with the other outputs), each
//! PDF checked by the preflight, with a summary to print.

use std::path::PathBuf;

use serde::Serialize;

use super::preflight::{self, Report};
use super::target::{Paper, Target, INCH};
use crate::error::{Error, Result};
use crate::model::{Book, Warning};
use crate::render::pdf::{self, PdfOutput};

/// What was written for one service.
#[derive(Debug, Clone)]
pub struct Package {
    pub target: Target,
    /// Interior, cover and preflight JSON: file name and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Where the pipeline wrote them, in the same order.
    pub paths: Vec<PathBuf>,
    pub passed: bool,
    /// The preflight lines of both files, and whether the book was laid out again.
    pub summary: String,
}

/// `<slug>-T-preflight.json`.
#[derive(Serialize)]
struct PreflightJson<'a> {
    target: Target,
    service: &'static str,
    pages: usize,
    paper: Paper,
    spine_width_in: f32,
    spine_text: bool,
    /// Why the interior was laid out again rather than taken from the screen edition.
    relaid: Option<&'a str>,
    passed: bool,
    interior: &'a Report,
    cover: &'a Report,
}

/// Writes every target's package for `book` into `out_dir`.
pub fn package(
    book: &Book,
    screen: &PdfOutput,
    targets: &[Target],
    paper: Paper,
) -> Result<(Vec<Package>, Vec<Warning>)> {
    let mut packages = Vec::new();
    let mut warnings = Vec::new();
    let trim = (book.meta.print.trim_width, book.meta.print.trim_height);
    for &target in targets {
        let rules = target.rules();
        let stem = format!("{}-{}", book.meta.slug, target.key());
        let interior = pdf::interior(book, screen, &rules)?;
        let (cover, cover_warnings) = pdf::cover(book, &rules, interior.pages, paper)?;
        warnings.extend(cover_warnings);
        let (interior_name, cover_name, json_name) =
            (format!("{stem}-interior.pdf"), format!("{stem}-cover.pdf"), format!("{stem}-preflight.json"));
        let inside = preflight::interior(&interior.bytes, &interior_name, &rules)?;
        let outside = preflight::cover(&cover, &cover_name, &rules, interior.pages, paper, trim)?;
        let passed = inside.passed && outside.passed;
        let json = PreflightJson {
            target,
            service: rules.name,
            pages: interior.pages,
            paper,
            spine_width_in: rules.spine_width(interior.pages, paper) / INCH,
            spine_text: rules.spine_text(interior.pages),
            relaid: interior.relaid.as_deref(),
            passed,
            interior: &inside,
            cover: &outside,
        };
        let bytes = serde_json::to_vec_pretty(&json).map_err(|e| Error::render("json", e))?;
        let mut summary = String::new();
        if let Some(why) = &interior.relaid {
            summary.push_str(&format!("{why}\n"));
        }
        summary.push_str(&format!(
            "{}: {} pages, spine {:.3} in on {:?} paper{}\n",
            rules.name,
            interior.pages,
            rules.spine_width(interior.pages, paper) / INCH,
            paper,
            if rules.spine_text(interior.pages) { ", with spine text" } else { ", too thin for spine text" }
        ));
        summary.push_str(&inside.summary());
        summary.push_str(&outside.summary());
        if !passed {
            warnings.push(Warning { stage: "print".into(), message: format!("{} package fails its preflight: see {json_name}", rules.name) });
        }
        let files = vec![(interior_name, interior.bytes), (cover_name, cover), (json_name, bytes)];
        packages.push(Package { target, files, paths: Vec::new(), passed, summary });
    }
    Ok((packages, warnings))
}
