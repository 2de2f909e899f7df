//! Writing: the page model in, PDF bytes out. With `tagging`, the only modules importing
//! krilla.
//!
//! Fonts are embedded and subset by krilla; page labels follow the folios. The text
//! layer reads back: a line's runs are drawn as contiguous glyph runs with a real space
//! glyph (U+0020) carrying each justified word space, a break hyphen reads as a soft
//! hyphen, ligatures map to their letters. The screen [`Edition`] is tagged (structure
//! tree, artifacts, `/Lang`), has named destinations behind the outline and every
//! internal link, and claims PDF/A-2a and PDF/UA-1 together (krilla checks both, and
//! refuses to write the file if the content breaks either claim). The print edition is plain PDF 1.4 with no outline, link or annotation, text
//! in DeviceGray and cover colours in DeviceCMYK, the base a PDF/X file needs.

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::ops::Range;
use std::sync::Arc;

use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target as KTarget};
use krilla::color::cmyk;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::{Destination, NamedDestination, XyzDestination};
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::image::{BitsPerComponent, CustomImage, Image, ImageColorspace};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId};
use krilla::{Document as KDocument, SerializeSettings};
use rustc_hash::FxHashSet;

use super::fonts::{space_glyph, Face, FALLBACK};
use super::page::{Bookmark, Cmyk, Document, Numbering, Page, PlacedImage, Tag, TextRun};
use super::tagging::{content_tag, decoration, Structure};
use super::paragraph::Target;
use super::shape::Shaped;
use crate::error::{Error, Result};
use crate::model::BookMeta;

/// A glyph in krilla's terms (advances in em).
struct PdfGlyph {
    id: u16,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
    text: Range<usize>,
}

impl krilla::text::Glyph for PdfGlyph {
    fn glyph_id(&self) -> GlyphId {
        GlyphId::new(self.id as u32)
    }
    fn text_range(&self) -> Range<usize> {
        self.text.clone()
    }
    fn x_advance(&self, size: f32) -> f32 {
        self.advance * size
    }
    fn x_offset(&self, size: f32) -> f32 {
        self.x_offset * size
    }
    fn y_offset(&self, size: f32) -> f32 {
        self.y_offset * size
    }
    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

/// Which file the pages become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// For reading on a screen: tagged, outline, links, PDF/A-2a and PDF/UA-1.
    Screen,
    /// For a printer: PDF 1.4, no outline, links or annotations.
    Print,
}

/// Writes `doc` as PDF bytes with `meta`'s metadata.
pub fn write(doc: &Document, meta: &BookMeta, edition: Edition) -> Result<Vec<u8>> {
    let screen = edition == Edition::Screen;
    let config = if screen {
        ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_A)
            .with_accessibility_validator(Accessibility::UA1)
    } else {
        ConfigurationBuilder::new().with_version(PdfVersion::Pdf14)
    }
    .finish()
    .map_err(|e| Error::render("pdf", format!("PDF configuration: {e:?}")))?;
    let mut pdf = KDocument::new_with(SerializeSettings {
        configuration: config,
        // The print edition's metadata lives in the Info dictionary, where PDF/X reads it.
        xmp_metadata: screen,
        // The screen edition is tagged (PDF/UA); the print edition, PDF/X-1a, need not be.
        enable_tagging: screen,
        ..Default::default()
    });
    let fonts: Vec<Font> = Face::ALL
        .iter()
        .map(|f| {
            Font::new(f.bytes().into(), 0)
                .ok_or_else(|| Error::render("pdf", "an embedded font did not load"))
        })
        .collect::<Result<_>>()?;
    let fallback = Font::new(FALLBACK.into(), 0)
        .ok_or_else(|| Error::render("pdf", "the embedded fallback font did not load"))?;
    let faces = Faces {
        fonts,
        fallback,
        spaces: Face::ALL.iter().map(|f| space_glyph(f.bytes())).collect(),
        fallback_space: space_glyph(FALLBACK),
    };
    let b = doc.bleed;
    let mut dest_pages: BTreeMap<String, (usize, f32, f32)> = BTreeMap::new();
    if screen {
        for (i, page) in doc.pages.iter().enumerate() {
            for (name, x, y) in &page.dests {
                dest_pages.entry(name.clone()).or_insert((i, x + b, y + b));
            }
        }
    }
    let mut structure = Structure::default();
    // The pages' segments are made on the other core, a few pages ahead of the drawing (a
    // whole book's at once would fill memory), while krilla draws and writes on this one.
    std::thread::scope(|scope| -> Result<()> {
        let (ahead, made) = std::sync::mpsc::sync_channel(PAGES_AHEAD);
        let faces = &faces;
        scope.spawn(move || {
            for page in &doc.pages {
                // The drawing stopped (on an error): no more pages are wanted.
                if ahead.send(segments(&page.texts, faces, b)).is_err() {
                    break;
                }
            }
        });
        for (i, page) in doc.pages.iter().enumerate() {
            let segs = made.recv().map_err(|_| Error::render("pdf", "the pages' text stopped coming"))?;
            let settings = settings(doc, page)?;
            let mut p = pdf.start_page_with(settings);
            {
                let mut s = p.surface();
                if i == 0 {
                    register_glyphs(&mut s, &doc.pages, faces);
                }
                s.start_tagged(decoration());
                for f in &page.fills {
                    let [l, t, r, bo] = f.rect;
                    if let Some(rect) = Rect::from_ltrb(l + b, t + b, r + b, bo + b) {
                        let mut pb = PathBuilder::new();
                        pb.push_rect(rect);
                        if let Some(path) = pb.finish() {
                            s.set_stroke(None);
                            s.set_fill(Some(Fill { paint: cmyk_paint(f.colour).into(), ..Default::default() }));
                            s.draw_path(&path);
                        }
                    }
                }
                draw_images(&mut s, &page.images, b);
                let ink = || Fill { paint: page.ink.map_or_else(|| Fill::default().paint, |c| cmyk_paint(c).into()), ..Default::default() };
                s.set_fill(Some(ink()));
                s.end_tagged();
                for (k, seg) in segs.iter().enumerate() {
                    if let Some(text) = &seg.opens {
                        if k > 0 {
                            s.end_tagged();
                        }
                        let id = s.start_tagged(content_tag(seg.tag));
                        structure.content(seg.tag, id, text);
                    }
                    s.draw_glyphs(Point::from_xy(seg.x, seg.y), &seg.glyphs, seg.font.clone(), &seg.text, seg.size, false);
                }
                if !segs.is_empty() {
                    s.end_tagged();
                }
                s.start_tagged(decoration());
                for run in &page.turned {
                    // A quarter turn clockwise about the run's origin: it reads top to bottom.
                    s.push_transform(&Transform::from_row(0.0, 1.0, -1.0, 0.0, run.x + b, run.y + b));
                    draw_run(&mut s, run, faces, (0.0, 0.0));
                    s.pop();
                }
                for rule in &page.rules {
                    let mut pb = PathBuilder::new();
                    pb.move_to(rule.x0 + b, rule.y0 + b);
                    pb.line_to(rule.x1 + b, rule.y1 + b);
                    if let Some(path) = pb.finish() {
                        s.set_fill(None);
                        s.set_stroke(Some(Stroke {
                            width: rule.width,
                            paint: ink().paint,
                            ..Default::default()
                        }));
                        s.draw_path(&path);
                    }
                }
                s.end_tagged();
                s.finish();
            }
            for link in page.links.iter().filter(|_| screen) {
                let [l, t, r, bo] = link.rect;
                let Some(rect) = Rect::from_ltrb(l + b, t + b, r + b, bo + b) else {
                    continue;
                };
                let target = match &link.target {
                    Target::Url(u) => KTarget::Action(Action::Link(LinkAction::new(u.clone()))),
                    Target::Dest(name) => match dest_pages.get(name) {
                        Some(&(pi, x, y)) => {
                            KTarget::Destination(Destination::Named(NamedDestination::new(
                                name.clone(),
                                XyzDestination::new(pi, Point::from_xy(x, y)),
                            )))
                        }
                        None => continue,
                    },
                };
                let alt = match &link.target {
                    Target::Url(u) => u.clone(),
                    Target::Dest(name) => dest_pages
                        .get(name)
                        .map_or_else(String::new, |&(pi, _, _)| format!("Go to page {}", doc.pages[pi].label())),
                };
                let id = p.add_tagged_annotation(Annotation::new_link(LinkAnnotation::new(rect, target), Some(alt)));
                structure.link(&link.tag, id);
            }
            p.finish();
        }
        Ok(())
    })?;
    for (name, &(pi, x, y)) in &dest_pages {
        pdf.register_named_destination(NamedDestination::new(
            name.clone(),
            XyzDestination::new(pi, Point::from_xy(x, y)),
        ))
        .ok_or_else(|| Error::render("pdf", format!("destination {name} registered twice")))?;
    }
    if screen {
        pdf.set_outline(outline(&doc.outline, &dest_pages));
        pdf.set_tag_tree(structure.tree(&meta.language));
    }
    pdf.set_metadata(metadata(meta));
    let mut bytes = pdf.finish()
        .map_err(|e| Error::render("pdf", format!("krilla refused the document: {e:?}")))?;
    blank_default_suspects(&mut bytes);
    Ok(bytes)
}

/// Blanks the catalog's `/Suspects false`, which says what leaving it out says (ISO 32000-1
/// 14.7.1; PDF/UA allows either) but which poppler 22 (Debian 12's pdfinfo, pdftoppm)
/// reports as "Syntax Error: Suspects object is wrong type". Spaces of the same length keep
/// every byte offset of the file.
fn blank_default_suspects(pdf: &mut [u8]) {
    const DICT: &[u8] = b"/MarkInfo";
    const KEY: &[u8] = b"/Suspects false";
    let find = |hay: &[u8], needle: &[u8]| memchr::memmem::find(hay, needle);
    let Some(dict) = find(pdf, DICT).map(|at| at + DICT.len()) else { return };
    let end = pdf[dict..].iter().position(|&b| b == b'>').map_or(dict, |n| dict + n);
    if let Some(at) = find(&pdf[dict..end], KEY).map(|n| dict + n) {
        pdf[at..at + KEY.len()].fill(b' ');
    }
}

/// The embedded faces, loaded once per file, with each face's space glyph.
struct Faces {
    fonts: Vec<Font>,
    fallback: Font,
    spaces: Vec<Option<u16>>,
    fallback_space: Option<u16>,
}

/// Registers every face's glyphs with krilla, in glyph-id order, before any page is drawn.
/// krilla numbers a font's glyphs in the order it first meets them, so without this an
/// edit on one page renumbers the glyphs of every page after it; registered up front, an
/// unchanged page writes the same content stream after an edit elsewhere, and a rebuild
/// of `anthology watch` finds the stream already compressed (krilla's memoized deflate).
/// Each glyph is registered with the text of its first use, as drawing would have done,
/// so the text layer is unchanged. The glyphs go to a stream that is never placed.
fn register_glyphs(s: &mut Surface, pages: &[Page], faces: &Faces) {
    let fallback = faces.fonts.len();
    // Per face, the text of each glyph id's first use (a flat table: every glyph of the
    // book passes through here).
    let mut first_text: Vec<Vec<Option<&str>>> = vec![Vec::new(); fallback + 1];
    fn note<'t>(texts: &mut Vec<Option<&'t str>>, id: u16, text: &'t str) {
        let id = usize::from(id);
        if texts.len() <= id {
            texts.resize(id + 1, None);
        }
        texts[id].get_or_insert(text);
    }
    // Turned runs are drawn as they are, without `segments`' word spaces.
    let texts = pages.iter().flat_map(|p| p.texts.iter().map(|r| (r, true)).chain(p.turned.iter().map(|r| (r, false))));
    // Runs share their shaped words: each word is noted once.
    let mut seen: FxHashSet<(*const Shaped, bool)> = FxHashSet::default();
    for (run, segmented) in texts {
        let shaped = &run.shaped;
        if !seen.insert((Arc::as_ptr(shaped), segmented && run.space_before)) {
            continue;
        }
        let face_of = |fallen: bool| if fallen { fallback } else { run.style.face.index() };
        // The space glyph `segments` draws before a run that follows a word space.
        if let Some(first) = shaped.glyphs.first().filter(|_| segmented && run.space_before) {
            let face = face_of(first.fallback);
            let space = if first.fallback { faces.fallback_space } else { faces.spaces[face] };
            if let Some(id) = space {
                note(&mut first_text[face], id, " ");
            }
        }
        for g in &shaped.glyphs {
            note(&mut first_text[face_of(g.fallback)], g.id, &shaped.text[g.text.clone()]);
        }
    }
    let mut builder = s.stream_builder();
    let mut surface = builder.surface();
    for (face, texts) in first_text.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        let font = faces.fonts.get(face).unwrap_or(&faces.fallback);
        let mut text = String::new();
        let glyphs: Vec<PdfGlyph> = texts
            .iter()
            .enumerate()
            .filter_map(|(id, t)| Some((u16::try_from(id).ok()?, (*t)?)))
            .map(|(id, t)| {
                let start = text.len();
                text.push_str(t);
                PdfGlyph { id, advance: 0.0, x_offset: 0.0, y_offset: 0.0, text: start..text.len() }
            })
            .collect();
        surface.draw_glyphs(Point::from_xy(0.0, 0.0), &glyphs, font.clone(), &text, 10.0, false);
    }
    surface.finish();
    builder.finish();
}

/// Glyphs in one font and size along one baseline, drawn with one call: the runs of a
/// line that continue one another, with a space glyph carrying each justified word space.
struct Segment<'a> {
    tag: &'a Tag,
    x: f32,
    y: f32,
    /// Where the last glyph's advance ends.
    end: f32,
    font: Font,
    /// Face index, or `None` for the fallback face (fonts compare by this).
    face: Option<usize>,
    size: f32,
    text: String,
    glyphs: Vec<PdfGlyph>,
    /// For the first segment of a run of segments with one tag: the run's text, which the
    /// tag's structure element is given.
    opens: Option<String>,
}

/// The characters of a long line of text: what a segment's buffers start with.
const LINE_ROOM: usize = 80;

/// How many pages' segments may wait to be drawn.
const PAGES_AHEAD: usize = 4;

/// The page's runs as segments. A run that follows a word space starts with a space
/// glyph (U+0020) reaching from the previous run's end to the run, so text extraction
/// reads the space instead of guessing it from the gap.
fn segments<'a>(runs: &'a [TextRun], faces: &Faces, bleed: f32) -> Vec<Segment<'a>> {
    let mut out: Vec<Segment> = Vec::new();
    let mut previous_end: Option<(f32, f32)> = None;
    for run in runs {
        let y = run.y + bleed;
        let mut pen = run.x + bleed;
        // From the previous run's end on the same line; at a line's start, no width.
        let mut space_from = run.space_before.then(|| {
            previous_end.filter(|&(e, py)| py == y && e < pen).map_or(pen, |(e, _)| e)
        });
        let shaped = &run.shaped;
        for group in shaped.glyphs.chunk_by(|a, b| a.fallback == b.fallback) {
            let (face, font, scale, space) = if group[0].fallback {
                (None, &faces.fallback, shaped.fallback_scale, faces.fallback_space)
            } else {
                let i = run.style.face.index();
                (Some(i), &faces.fonts[i], 1.0, faces.spaces[i])
            };
            let size = run.size * scale;
            let start = space_from.filter(|_| space.is_some()).unwrap_or(pen);
            let continues = out.last().is_some_and(|s| {
                s.face == face && s.size == size && s.y == y && (s.end - start).abs() < 0.01 && *s.tag == run.tag
            });
            if !continues {
                // Room for a line's worth: a segment grows run by run.
                let (text, glyphs) = (String::with_capacity(LINE_ROOM), Vec::with_capacity(LINE_ROOM));
                out.push(Segment { tag: &run.tag, x: start, y, end: start, font: font.clone(), face, size, text, glyphs, opens: None });
            }
            let Some(seg) = out.last_mut() else { continue };
            if let (Some(from), Some(id)) = (space_from.take(), space) {
                let at = seg.text.len();
                seg.text.push(' ');
                seg.glyphs.push(PdfGlyph { id, advance: (pen - from) / size, x_offset: 0.0, y_offset: 0.0, text: at..at + 1 });
            }
            let first = group.iter().map(|g| g.text.start).min().unwrap_or(0);
            let last = group.iter().map(|g| g.text.end).max().unwrap_or(0);
            let base = seg.text.len();
            seg.text.push_str(&shaped.text[first..last]);
            seg.glyphs.extend(group.iter().map(|g| PdfGlyph {
                id: g.id,
                advance: g.advance / scale,
                x_offset: g.x_offset / scale,
                y_offset: g.y_offset / scale,
                text: g.text.start - first + base..g.text.end - first + base,
            }));
            pen += group.iter().map(|g| g.advance).sum::<f32>() * run.size;
            seg.end = pen;
        }
        previous_end = Some((pen, y));
    }
    let mut k = 0;
    while k < out.len() {
        let end = k + out[k..].iter().take_while(|x| x.tag == out[k].tag).count();
        out[k].opens = Some(out[k..end].iter().map(|x| x.text.as_str()).collect());
        k = end;
    }
    out
}

/// Pixels already separated into CMYK, as krilla takes a custom image.
#[derive(Clone, Hash)]
struct CmykImage(crate::cover_image::CmykPixels);

impl CustomImage for CmykImage {
    fn color_channel(&self) -> &[u8] {
        &self.0.data
    }
    fn alpha_channel(&self) -> Option<&[u8]> {
        None
    }
    fn bits_per_component(&self) -> BitsPerComponent {
        BitsPerComponent::Eight
    }
    fn size(&self) -> (u32, u32) {
        (self.0.width, self.0.height)
    }
    fn icc_profile(&self) -> Option<&[u8]> {
        None
    }
    fn color_space(&self) -> ImageColorspace {
        ImageColorspace::Cmyk
    }
}

/// Each image scaled into its rectangle, offset by the bleed `b`.
fn draw_images(s: &mut Surface, images: &[PlacedImage], b: f32) {
    for im in images {
        let [l, t, r, bo] = im.rect;
        let (Some(size), Ok(image)) = (Size::from_wh(r - l, bo - t), Image::from_custom(CmykImage(im.pixels.clone()), true)) else {
            continue;
        };
        s.push_transform(&Transform::from_translate(l + b, t + b));
        s.draw_image(image, size);
        s.pop();
    }
}

fn cmyk_paint(c: Cmyk) -> cmyk::Color {
    let [c, m, y, k] = c.0;
    cmyk::Color::new(c, m, y, k)
}

/// Draws one shaped run with its baseline origin at `at`. A word may mix faces: each
/// stretch of glyphs goes in its own font, the fallback at its scaled size, one after the
/// other on the baseline.
fn draw_run(s: &mut Surface, run: &TextRun, faces: &Faces, at: (f32, f32)) {
    let shaped = &run.shaped;
    let mut x = at.0;
    for group in shaped.glyphs.chunk_by(|a, b| a.fallback == b.fallback) {
        let (font, scale) = if group[0].fallback {
            (faces.fallback.clone(), shaped.fallback_scale)
        } else {
            (faces.fonts[run.style.face.index()].clone(), 1.0)
        };
        let glyphs: Vec<PdfGlyph> = group
            .iter()
            .map(|g| PdfGlyph {
                id: g.id,
                advance: g.advance / scale,
                x_offset: g.x_offset / scale,
                y_offset: g.y_offset / scale,
                text: g.text.clone(),
            })
            .collect();
        s.draw_glyphs(
            Point::from_xy(x, at.1),
            &glyphs,
            font,
            &shaped.text,
            run.size * scale,
            false,
        );
        x += group.iter().map(|g| g.advance).sum::<f32>() * run.size;
    }
}

fn settings(doc: &Document, page: &Page) -> Result<PageSettings> {
    let b = doc.bleed;
    let (w, h) = (doc.trim_width + 2.0 * b, doc.trim_height + 2.0 * b);
    let size = Size::from_wh(w, h).ok_or_else(|| Error::render("pdf", "page size is empty"))?;
    let trim = Rect::from_xywh(b, b, doc.trim_width, doc.trim_height);
    let mut settings = PageSettings::new(size).with_trim_box(trim);
    if b > 0.0 {
        settings = settings.with_bleed_box(Rect::from_xywh(0.0, 0.0, w, h));
    }
    // krilla starts a label range on every page, so every page states its own label.
    let style = match page.numbering {
        Numbering::Roman => NumberingStyle::LowerRoman,
        Numbering::Arabic => NumberingStyle::Arabic,
    };
    Ok(settings.with_page_label(PageLabel::new(
        Some(style),
        None,
        NonZeroU32::new(page.number),
    )))
}

/// The nested outline: each bookmark becomes a child of the last one a level up.
fn outline(marks: &[Bookmark], dests: &BTreeMap<String, (usize, f32, f32)>) -> Outline {
    let node = |m: &Bookmark| {
        dests.get(&m.dest).map(|&(pi, x, y)| {
            OutlineNode::new(
                m.title.clone(),
                XyzDestination::new(pi, Point::from_xy(x, y)),
            )
        })
    };
    let mut out = Outline::new();
    let mut top: Option<OutlineNode> = None;
    for m in marks {
        let Some(n) = node(m) else { continue };
        if m.level == 0 {
            if let Some(t) = top.take() {
                out.push_child(t);
            }
            top = Some(n);
        } else if let Some(t) = top.as_mut() {
            t.push_child(n);
        } else {
            out.push_child(n);
        }
    }
    if let Some(t) = top {
        out.push_child(t);
    }
    out
}

fn metadata(meta: &BookMeta) -> Metadata {
    let t = crate::time::Civil::from_unix(meta.modified);
    let date = DateTime::new(t.year.clamp(0, 9999) as u16)
        .month(t.month)
        .day(t.day)
        .hour(t.hour)
        .minute(t.minute)
        .second(t.second)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    let mut m = Metadata::new()
        .title(meta.title.clone())
        .language(meta.language.clone())
        .creator("anthology".to_string())
        .producer("anthology (krilla)".to_string())
        .creation_date(date)
        .document_id(meta.identifier.clone());
    if let Some(editor) = &meta.editor {
        m = m.authors(vec![editor.clone()]);
    }
    if let Some(sub) = &meta.subtitle {
        m = m.description(sub.clone());
    }
    m
}
