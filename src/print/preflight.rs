//! The preflight: a PDF, a print target's [`Rules`] and, for a cover, the interior's page
//! count in; a [`Report`] out, one pass/fail [`Check`] per rule with the value measured.
//!
//! It judges any PDF, ours or not, from what [`inspect`] reads in the file: page boxes,
//! the marks painted on each page, fonts, colour spaces, transparency, annotations,
//! outline, page count, type sizes, rule weights, image resolution and, for PDF/X
//! targets, the file's identity.

use serde::Serialize;

use super::inspect::{self, Facts, MarkKind, PageFacts, Rect};
use super::target::{Paper, Rules, Target, INCH};
use crate::error::Result;

/// One rule's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub rule: &'static str,
    pub passed: bool,
    /// What the file has.
    pub measured: String,
    /// What the service asks for.
    pub required: String,
}

/// The verdicts for one file.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub target: Target,
    pub service: &'static str,
    /// `interior` or `cover`.
    pub kind: &'static str,
    pub file: String,
    pub passed: bool,
    pub checks: Vec<Check>,
}

impl Report {
    fn new(rules: &Rules, kind: &'static str, file: &str, checks: Vec<Check>) -> Report {
        Report {
            target: rules.target,
            service: rules.name,
            kind,
            file: file.to_string(),
            passed: checks.iter().all(|c| c.passed),
            checks,
        }
    }

    /// One line per rule, then the verdict: what the build and `anthology preflight` print.
    pub fn summary(&self) -> String {
        let mut out = format!("{} {} preflight of {}:\n", self.service, self.kind, self.file);
        for c in &self.checks {
            let mark = if c.passed { "pass" } else { "FAIL" };
            out.push_str(&format!("  {mark}  {:<22} {} (required: {})\n", c.rule, c.measured, c.required));
        }
        let failed = self.checks.iter().filter(|c| !c.passed).count();
        out.push_str(&if failed == 0 {
            format!("  passed all {} checks\n", self.checks.len())
        } else {
            format!("  FAILED {failed} of {} checks\n", self.checks.len())
        });
        out
    }
}

fn check(rule: &'static str, passed: bool, measured: impl Into<String>, required: impl Into<String>) -> Check {
    Check { rule, passed, measured: measured.into(), required: required.into() }
}

fn inches(pt: f32) -> String {
    format!("{:.3} in", pt / INCH)
}

/// Checks an interior PDF against `rules`.
pub fn interior(pdf: &[u8], file: &str, rules: &Rules) -> Result<Report> {
    let facts = inspect::inspect(pdf)?;
    let mut checks = Vec::new();
    let n = facts.pages.len();
    checks.extend(boxes(&facts));
    let parity = n % 2 == 0 && (rules.min_pages..=rules.max_pages).contains(&n);
    checks.push(check("page count", parity, format!("{n} pages"), format!("even, {} to {}", rules.min_pages, rules.max_pages)));
    if rules.blank_last_page {
        let blank = facts.pages.last().is_some_and(|p| p.marks.is_empty());
        let measured = if blank { "blank".to_string() } else { format!("{} marks", facts.pages.last().map_or(0, |p| p.marks.len())) };
        checks.push(check("last page blank", blank, measured, "no marks"));
    }
    checks.push(margins(&facts, rules));
    checks.push(gutter(&facts, rules));
    checks.extend(content(&facts, rules, true));
    Ok(Report::new(rules, "interior", file, checks))
}

/// Checks a cover PDF against `rules` for an interior of `pages` pages on `paper`, of
/// trim `trim` (points).
pub fn cover(pdf: &[u8], file: &str, rules: &Rules, pages: usize, paper: Paper, trim: (f32, f32)) -> Result<Report> {
    let facts = inspect::inspect(pdf)?;
    let mut checks = Vec::new();
    checks.push(check("one page", facts.pages.len() == 1, format!("{} pages", facts.pages.len()), "1 page"));
    let Some(page) = facts.pages.first() else {
        return Ok(Report::new(rules, "cover", file, checks));
    };
    let (w, h) = rules.cover_size(trim, pages, paper);
    let (mw, mh) = (page.media[2] - page.media[0], page.media[3] - page.media[1]);
    let fits = (mw - w).abs() <= 0.01 * INCH && (mh - h).abs() <= 0.01 * INCH;
    checks.push(check(
        "cover size",
        fits,
        format!("{} x {}", inches(mw), inches(mh)),
        format!("{} x {} for {pages} pages on {paper:?} paper", inches(w), inches(h)),
    ));
    let spine = rules.spine_width(pages, paper);
    let b = rules.cover_bleed;
    let trim_box = page.trim.unwrap_or(page.media);
    let bleed_ok = page.trim.is_some()
        && [trim_box[0] - page.media[0], trim_box[1] - page.media[1], page.media[2] - trim_box[2], page.media[3] - trim_box[3]]
            .iter()
            .all(|d| (d - b).abs() <= 0.005 * INCH);
    checks.push(check(
        "bleed",
        bleed_ok,
        format!("TrimBox {} inside the page", if page.trim.is_some() { "set" } else { "missing" }),
        format!("{} on every outside edge", inches(b)),
    ));
    // Folds of the spine, in page space.
    let left_fold = trim_box[0] + trim.0;
    let right_fold = left_fold + spine;
    // A ground colour or a picture may run out to the bleed; text and rules keep clear.
    let texts: Vec<&Rect> = page.marks.iter().filter(|m| !matches!(m.kind, MarkKind::Fill | MarkKind::Image)).map(|m| &m.bbox).collect();
    let on_spine: Vec<&&Rect> = texts.iter().filter(|r| r[2] > left_fold && r[0] < right_fold).collect();
    if rules.spine_text(pages) {
        let clear = on_spine.iter().map(|r| (r[0] - left_fold).min(right_fold - r[2])).fold(f32::INFINITY, f32::min);
        let measured = if on_spine.is_empty() { "no spine text".to_string() } else { format!("{} from the folds", inches(clear)) };
        checks.push(check("spine text clearance", on_spine.is_empty() || clear >= rules.spine_clearance - 0.01, measured, format!(">= {}", inches(rules.spine_clearance))));
    } else {
        checks.push(check(
            "no spine text",
            on_spine.is_empty(),
            format!("{} marks on the spine", on_spine.len()),
            format!("none below {} pages", rules.spine_text_pages),
        ));
    }
    let inset = rules.cover_safety;
    let worst = texts
        .iter()
        .map(|r| (r[0] - trim_box[0]).min(r[1] - trim_box[1]).min(trim_box[2] - r[2]).min(trim_box[3] - r[3]))
        .fold(f32::INFINITY, f32::min);
    checks.push(check("text safety", worst >= inset - 0.01, if texts.is_empty() { "no text".into() } else { format!("{} from the trim", inches(worst)) }, format!(">= {}", inches(inset))));
    let (bw, bh) = rules.barcode;
    let area = [trim_box[0] + trim.0 - inset - bw, trim_box[1] + inset, trim_box[0] + trim.0 - inset, trim_box[1] + inset + bh];
    let inside = texts.iter().filter(|r| r[0] < area[2] && r[2] > area[0] && r[1] < area[3] && r[3] > area[1]).count();
    checks.push(check("barcode area clear", inside == 0, format!("{inside} marks in it"), format!("{} x {} bottom right of the back, empty", inches(bw), inches(bh))));
    checks.extend(content(&facts, rules, false));
    Ok(Report::new(rules, "cover", file, checks))
}

/// Every page the same size, TrimBox everywhere, BleedBox and bleed when bleeding.
fn boxes(facts: &Facts) -> Vec<Check> {
    let first = facts.pages.first();
    let trim = |p: &PageFacts| p.trim.unwrap_or(p.media);
    let size = |r: Rect| (r[2] - r[0], r[3] - r[1]);
    let (tw, th) = first.map(|p| size(trim(p))).unwrap_or_default();
    let same = facts.pages.iter().all(|p| {
        let (w, h) = size(trim(p));
        (w - tw).abs() < 0.5 && (h - th).abs() < 0.5
    });
    let missing = facts.pages.iter().filter(|p| p.trim.is_none()).count();
    let bleeds: Vec<f32> = facts.pages.iter().map(|p| (size(p.media).0 - size(trim(p)).0) / 2.0).collect();
    let bleed = bleeds.first().copied().unwrap_or(0.0);
    let bleed_ok = bleeds.iter().all(|b| (b - bleed).abs() < 0.5)
        && (bleed.abs() < 0.5 || ((bleed - 0.125 * INCH).abs() < 0.01 * INCH && facts.pages.iter().all(|p| p.bleed.is_some())));
    vec![
        check("trim size", same && !facts.pages.is_empty(), format!("{} x {}{}", inches(tw), inches(th), if same { "" } else { ", varies" }), "one trim size on every page"),
        check("TrimBox on every page", missing == 0, format!("missing on {missing} pages"), "TrimBox on every page"),
        check("bleed", bleed_ok, inches(bleed), "none, or 0.125 in with a BleedBox on every page"),
    ]
}

/// The least distance of any mark from the top, bottom and outside trim edges.
fn margins(facts: &Facts, rules: &Rules) -> Check {
    let mut worst: Option<(f32, usize, &str)> = None;
    for (i, p) in facts.pages.iter().enumerate() {
        let t = p.trim.unwrap_or(p.media);
        let recto = i % 2 == 0;
        for m in &p.marks {
            let r = m.bbox;
            let outside = if recto { t[2] - r[2] } else { r[0] - t[0] };
            for (d, side) in [(t[3] - r[3], "top"), (r[1] - t[1], "bottom"), (outside, "outside")] {
                if worst.is_none_or(|(w, _, _)| d < w) {
                    worst = Some((d, i + 1, side));
                }
            }
        }
    }
    let bleed = facts.pages.first().map(|p| p.bleed.is_some()).unwrap_or(false);
    let need = rules.mark_safety(if bleed { 1.0 } else { 0.0 });
    match worst {
        Some((d, page, side)) => check("margins", d >= need - 0.01, format!("{} ({side}, page {page})", inches(d)), format!(">= {} from the trim", inches(need))),
        None => check("margins", true, "no marks", format!(">= {} from the trim", inches(need))),
    }
}

/// The least distance of any mark from the binding edge against the band for the count.
fn gutter(facts: &Facts, rules: &Rules) -> Check {
    let need = rules.gutter(facts.pages.len()).max(rules.mark_safety(0.0));
    let mut worst: Option<(f32, usize)> = None;
    for (i, p) in facts.pages.iter().enumerate() {
        let t = p.trim.unwrap_or(p.media);
        for m in &p.marks {
            let d = if i % 2 == 0 { m.bbox[0] - t[0] } else { t[2] - m.bbox[2] };
            if worst.is_none_or(|(w, _)| d < w) {
                worst = Some((d, i + 1));
            }
        }
    }
    match worst {
        Some((d, page)) => check("gutter", d >= need - 0.01, format!("{} (page {page})", inches(d)), format!(">= {} for {} pages", inches(need), facts.pages.len())),
        None => check("gutter", true, "no marks", format!(">= {}", inches(need))),
    }
}

/// Rules on what the file contains, shared by interiors and covers.
fn content(facts: &Facts, rules: &Rules, interior: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let unembedded: Vec<&str> = facts.fonts.iter().filter(|(_, e)| !e).map(|(n, _)| n.as_str()).collect();
    out.push(check(
        "fonts embedded",
        unembedded.is_empty(),
        if unembedded.is_empty() { format!("{} fonts, all embedded", facts.fonts.len()) } else { format!("not embedded: {}", unembedded.join(", ")) },
        "every font embedded",
    ));
    let spaces: Vec<&str> = facts.colour_spaces.iter().map(String::as_str).collect();
    let allowed: &[&str] = if interior { &["DeviceGray"] } else if rules.cover_cmyk { &["DeviceGray", "DeviceCMYK"] } else { &["DeviceGray", "DeviceCMYK", "DeviceRGB", "ICCBased (3 components)", "ICCBased (4 components)", "ICCBased (1 components)"] };
    let bad: Vec<&str> = spaces.iter().copied().filter(|s| !allowed.contains(s)).collect();
    out.push(check(
        "colour spaces",
        bad.is_empty(),
        if spaces.is_empty() { "none".to_string() } else { spaces.join(", ") },
        allowed.join(" or "),
    ));
    out.push(check(
        "no transparency",
        facts.transparency.is_empty(),
        if facts.transparency.is_empty() { "none".to_string() } else { facts.transparency.iter().take(3).cloned().collect::<Vec<_>>().join("; ") },
        "no soft masks, alpha, blend modes or groups",
    ));
    let annots: Vec<String> = facts.pages.iter().flat_map(|p| p.annotations.iter().cloned()).collect();
    let links = annots.iter().filter(|a| *a == "Link").count();
    out.push(check(
        "no annotations",
        annots.is_empty(),
        if annots.is_empty() { "none".to_string() } else { format!("{} annotations ({links} links)", annots.len()) },
        "no links or other annotations",
    ));
    out.push(check(
        "no outline",
        facts.outline_items == 0,
        if facts.outline_items == 0 { "none".to_string() } else { format!("{} bookmarks", facts.outline_items) },
        "no bookmarks",
    ));
    match facts.min_type {
        Some(t) => out.push(check("type size", t >= rules.min_type - 0.01, format!("smallest {t:.2} pt"), format!(">= {} pt", rules.min_type))),
        None => out.push(check("type size", true, "no text", format!(">= {} pt", rules.min_type))),
    }
    match facts.min_stroke {
        Some(w) => out.push(check("rule weight", w >= rules.min_rule - 0.01, format!("thinnest {w:.2} pt"), format!(">= {} pt", rules.min_rule))),
        None => out.push(check("rule weight", true, "no rules", format!(">= {} pt", rules.min_rule))),
    }
    let low: Vec<String> = facts.images.iter().filter(|i| i.dpi < rules.min_dpi).map(|i| format!("{:.0} dpi on page {}", i.dpi, i.page + 1)).collect();
    out.push(check(
        "image resolution",
        low.is_empty(),
        if facts.images.is_empty() { "no images".to_string() } else if low.is_empty() { format!("{} images, all >= {} dpi", facts.images.len(), rules.min_dpi) } else { low.join(", ") },
        format!(">= {} dpi", rules.min_dpi),
    ));
    if rules.pdfx {
        let ok = facts.pdfx_version.as_deref().is_some_and(|v| v.starts_with("PDF/X-1") || v.starts_with("PDF/X-3"))
            && facts.output_intent.is_some()
            && matches!(facts.trapped.as_deref(), Some("True" | "False"))
            && !facts.claims_pdfa;
        out.push(check(
            "PDF/X",
            ok,
            format!(
                "GTS_PDFXVersion {}, output intent {}, Trapped {}, PDF {}{}",
                facts.pdfx_version.as_deref().unwrap_or("missing"),
                facts.output_intent.as_deref().unwrap_or("missing"),
                facts.trapped.as_deref().unwrap_or("missing"),
                facts.version,
                if facts.claims_pdfa { ", claims PDF/A" } else { "" }
            ),
            "PDF/X-1a:2001 or X-3:2002 with a GTS_PDFX output intent and Trapped",
        ));
    }
    out
}

/// An interior's page count and trim size (points), which its cover must fit.
pub fn interior_shape(pdf: &[u8]) -> Result<(usize, (f32, f32))> {
    let facts = inspect::inspect(pdf)?;
    let trim = facts.pages.first().map(|p| {
        let t = p.trim.unwrap_or(p.media);
        (t[2] - t[0], t[3] - t[1])
    });
    Ok((facts.pages.len(), trim.unwrap_or_default()))
}
