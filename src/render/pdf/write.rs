//! Writing: the page model in, PDF bytes out. The only module importing krilla.
//!
//! Fonts are embedded and subset by krilla; page labels follow the folios. The screen
//! [`Edition`] has named destinations behind the outline and every internal link, and
//! claims PDF/A-2b (krilla's validator refuses to write it if the content breaks that
//! claim). The print edition is plain PDF 1.4 with no outline, link or annotation, text
//! in DeviceGray and cover colours in DeviceCMYK, the base a PDF/X file needs.

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::ops::Range;

use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target as KTarget};
use krilla::color::cmyk;
use krilla::configure::{Archival, ConfigurationBuilder, PdfVersion};
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

use super::fonts::{Face, FALLBACK};
use super::page::{Bookmark, Cmyk, Document, Numbering, Page, PlacedImage, TextRun};
use super::paragraph::Target;
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
    /// For reading on a screen: outline, links, PDF/A-2b.
    Screen,
    /// For a printer: PDF 1.4, no outline, links or annotations.
    Print,
}

/// Writes `doc` as PDF bytes with `meta`'s metadata.
pub fn write(doc: &Document, meta: &BookMeta, edition: Edition) -> Result<Vec<u8>> {
    let screen = edition == Edition::Screen;
    let config = if screen {
        ConfigurationBuilder::new().with_archival_validator(Archival::A2_B)
    } else {
        ConfigurationBuilder::new().with_version(PdfVersion::Pdf14)
    }
    .finish()
    .map_err(|e| Error::render("pdf", format!("PDF configuration: {e:?}")))?;
    let mut pdf = KDocument::new_with(SerializeSettings {
        configuration: config,
        // The print edition's metadata lives in the Info dictionary, where PDF/X reads it.
        xmp_metadata: screen,
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
    let faces = Faces { fonts, fallback };
    let b = doc.bleed;
    let mut dest_pages: BTreeMap<String, (usize, f32, f32)> = BTreeMap::new();
    if screen {
        for (i, page) in doc.pages.iter().enumerate() {
            for (name, x, y) in &page.dests {
                dest_pages.entry(name.clone()).or_insert((i, x + b, y + b));
            }
        }
    }
    for page in &doc.pages {
        let settings = settings(doc, page)?;
        let mut p = pdf.start_page_with(settings);
        {
            let mut s = p.surface();
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
            for run in &page.texts {
                draw_run(&mut s, run, &faces, (run.x + b, run.y + b));
            }
            for run in &page.turned {
                // A quarter turn clockwise about the run's origin: it reads top to bottom.
                s.push_transform(&Transform::from_row(0.0, 1.0, -1.0, 0.0, run.x + b, run.y + b));
                draw_run(&mut s, run, &faces, (0.0, 0.0));
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
            p.add_annotation(Annotation::new_link(
                LinkAnnotation::new(rect, target),
                None,
            ));
        }
        p.finish();
    }
    for (name, &(pi, x, y)) in &dest_pages {
        pdf.register_named_destination(NamedDestination::new(
            name.clone(),
            XyzDestination::new(pi, Point::from_xy(x, y)),
        ))
        .ok_or_else(|| Error::render("pdf", format!("destination {name} registered twice")))?;
    }
    if screen {
        pdf.set_outline(outline(&doc.outline, &dest_pages));
    }
    pdf.set_metadata(metadata(meta));
    pdf.finish()
        .map_err(|e| Error::render("pdf", format!("krilla refused the document: {e:?}")))
}

/// The embedded faces, loaded once per file.
struct Faces {
    fonts: Vec<Font>,
    fallback: Font,
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
