//! Reading a PDF for the preflight: PDF bytes in, [`Facts`] out (page boxes, the marks
//! each page paints with their bounding boxes, type sizes, stroke widths, colour spaces,
//! fonts, transparency, annotations, outline, images, PDF/X identity), with `lopdf`.
//!
//! Marks come from interpreting every content stream (and the form XObjects it draws):
//! the graphics state's matrix stack, the text state, and each font's widths, ascent and
//! descent give a box for every run of text; paths give theirs from their points (strokes
//! widened by half the line width), images from the unit square. Boxes are in points in
//! the page's default space, y upwards.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::error::{Error, Result};

/// Left, bottom, right, top.
pub type Rect = [f32; 4];

/// What painted a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Text,
    Stroke,
    Fill,
    Image,
}

/// One painted thing and where it lies.
#[derive(Debug, Clone)]
pub struct Mark {
    pub kind: MarkKind,
    pub bbox: Rect,
}

/// An image drawn on a page, with its effective resolution.
#[derive(Debug, Clone)]
pub struct ImageUse {
    pub page: usize,
    pub dpi: f32,
}

/// One page.
#[derive(Debug, Clone, Default)]
pub struct PageFacts {
    pub media: Rect,
    pub trim: Option<Rect>,
    pub bleed: Option<Rect>,
    pub marks: Vec<Mark>,
    pub annotations: Vec<String>,
    pub transparency_group: bool,
}

/// Everything the preflight judges.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub version: String,
    pub pages: Vec<PageFacts>,
    /// Smallest type size and thinnest stroke painted, in points.
    pub min_type: Option<f32>,
    pub min_stroke: Option<f32>,
    pub colour_spaces: BTreeSet<String>,
    /// Fonts by base name, with whether the font program is embedded.
    pub fonts: Vec<(String, bool)>,
    /// What uses transparency: soft masks, constant alpha, blend modes, groups.
    pub transparency: Vec<String>,
    pub outline_items: usize,
    pub images: Vec<ImageUse>,
    pub output_intent: Option<String>,
    pub pdfx_version: Option<String>,
    pub trapped: Option<String>,
    pub claims_pdfa: bool,
}

/// Reads `pdf`.
pub fn inspect(pdf: &[u8]) -> Result<Facts> {
    let err = |e: lopdf::Error| Error::render("preflight", format!("cannot read the PDF: {e}"));
    let doc = Document::load_mem(pdf).map_err(err)?;
    let mut facts = Facts { version: doc.version.clone(), ..Default::default() };
    let mut fonts = HashMap::new();
    for (n, (_, id)) in doc.get_pages().into_iter().enumerate() {
        let page = page_facts(&doc, id, n, &mut facts, &mut fonts)?;
        facts.pages.push(page);
    }
    catalog_facts(&doc, &mut facts);
    let mut fonts: Vec<(String, bool)> = Vec::new();
    for (_, obj) in doc.objects.iter() {
        if let Ok(d) = obj.as_dict() {
            if d.has_type(b"Font") && !matches!(d.get(b"Subtype").and_then(Object::as_name), Ok(b"Type0")) {
                let name = d.get(b"BaseFont").and_then(Object::as_name).map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
                let embedded = d
                    .get_deref(b"FontDescriptor", &doc)
                    .and_then(Object::as_dict)
                    .is_ok_and(|fd| fd.has(b"FontFile") || fd.has(b"FontFile2") || fd.has(b"FontFile3"));
                fonts.push((name, embedded));
            }
        }
    }
    fonts.sort();
    fonts.dedup();
    facts.fonts = fonts;
    Ok(facts)
}

fn rect(obj: Option<&Object>, doc: &Document) -> Option<Rect> {
    let arr = doc.dereference(obj?).ok()?.1.as_array().ok()?;
    let v: Vec<f32> = arr.iter().filter_map(|o| o.as_float().ok()).collect();
    (v.len() == 4).then(|| [v[0].min(v[2]), v[1].min(v[3]), v[0].max(v[2]), v[1].max(v[3])])
}

/// A page attribute, inherited from the page tree when the page lacks it.
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut d = page;
    for _ in 0..32 {
        if let Ok(v) = d.get(key) {
            return Some(v);
        }
        d = d.get_deref(b"Parent", doc).and_then(Object::as_dict).ok()?;
    }
    None
}

/// Font metrics read so far, by the font dictionary's object.
type FontCache = HashMap<ObjectId, Rc<FontMetrics>>;

fn page_facts(doc: &Document, id: ObjectId, n: usize, facts: &mut Facts, fonts: &mut FontCache) -> Result<PageFacts> {
    let dict = doc.get_dictionary(id).map_err(|e| Error::render("preflight", e))?;
    let media = rect(inherited(doc, dict, b"MediaBox"), doc).unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let mut page = PageFacts {
        media,
        trim: rect(dict.get(b"TrimBox").ok(), doc),
        bleed: rect(dict.get(b"BleedBox").ok(), doc),
        ..Default::default()
    };
    if let Ok(g) = dict.get_deref(b"Group", doc).and_then(Object::as_dict) {
        if matches!(g.get(b"S").and_then(Object::as_name), Ok(b"Transparency")) {
            page.transparency_group = true;
            facts.transparency.push(format!("page {} has a transparency group", n + 1));
        }
    }
    if let Ok(annots) = doc.get_page_annotations(id) {
        for a in annots {
            let kind = a.get(b"Subtype").and_then(Object::as_name).map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default();
            page.annotations.push(kind);
        }
    }
    let resources = inherited(doc, dict, b"Resources").and_then(|r| doc.dereference(r).ok()).and_then(|(_, r)| r.as_dict().ok());
    let content = doc.get_page_content(id);
    let ops = Content::decode(&content).map_err(|e| Error::render("preflight", format!("page {}: unreadable content: {e}", n + 1)))?;
    let mut painter = Painter { doc, facts, fonts, marks: Vec::new(), page: n };
    painter.run(&ops.operations, resources, IDENTITY, 0);
    page.marks = painter.marks;
    Ok(page)
}

fn catalog_facts(doc: &Document, facts: &mut Facts) {
    let Ok(cat) = doc.catalog() else { return };
    if let Ok(outlines) = cat.get_deref(b"Outlines", doc).and_then(Object::as_dict) {
        // Count the items by walking First/Next, children included.
        let mut stack: Vec<&Dictionary> = outlines.get_deref(b"First", doc).and_then(Object::as_dict).into_iter().collect();
        let mut n = 0;
        while let Some(item) = stack.pop() {
            n += 1;
            if n > 100_000 {
                break;
            }
            stack.extend(item.get_deref(b"Next", doc).and_then(Object::as_dict));
            stack.extend(item.get_deref(b"First", doc).and_then(Object::as_dict));
        }
        facts.outline_items = n;
    }
    if let Ok(intents) = cat.get_deref(b"OutputIntents", doc).and_then(Object::as_array) {
        for i in intents {
            let Ok(d) = doc.dereference(i).and_then(|(_, o)| o.as_dict()) else { continue };
            let s = d.get(b"S").and_then(Object::as_name).map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default();
            let id = d.get(b"OutputConditionIdentifier").and_then(Object::as_str).map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default();
            if s == "GTS_PDFX" {
                facts.output_intent = Some(id);
            } else if s == "GTS_PDFA1" {
                facts.claims_pdfa = true;
            }
        }
    }
    if let Ok(meta) = cat.get_deref(b"Metadata", doc).and_then(Object::as_stream) {
        let xmp = meta.decompressed_content().unwrap_or_else(|_| meta.content.clone());
        facts.claims_pdfa |= String::from_utf8_lossy(&xmp).contains("pdfaid:part");
    }
    let info = doc.trailer.get_deref(b"Info", doc).and_then(Object::as_dict);
    if let Ok(info) = info {
        facts.pdfx_version = info.get(b"GTS_PDFXVersion").and_then(Object::as_str).ok().map(|s| String::from_utf8_lossy(s).into_owned());
        facts.trapped = info.get(b"Trapped").ok().and_then(|t| t.as_name().ok().map(|n| String::from_utf8_lossy(n).into_owned()));
    }
}

/// A PDF matrix [a b c d e f].
type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`: a point goes through `m` first.
fn concat(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// How much `m` scales lengths (the square root of its determinant).
fn scale(m: &Matrix) -> f32 {
    (m[0] * m[3] - m[1] * m[2]).abs().sqrt()
}

fn bbox_of(points: &[(f32, f32)]) -> Option<Rect> {
    let first = points.first()?;
    Some(points.iter().fold([first.0, first.1, first.0, first.1], |b, &(x, y)| {
        [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
    }))
}

/// The metrics of a font needed to place its text.
struct FontMetrics {
    two_byte: bool,
    widths: std::collections::HashMap<u32, f32>,
    default_width: f32,
    ascent: f32,
    descent: f32,
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    line_width: f32,
}

struct Painter<'a, 'f> {
    doc: &'a Document,
    facts: &'f mut Facts,
    fonts: &'f mut FontCache,
    marks: Vec<Mark>,
    page: usize,
}

impl<'a> Painter<'a, '_> {
    fn run(&mut self, ops: &[lopdf::content::Operation], resources: Option<&'a Dictionary>, base: Matrix, depth: usize) {
        let num = |o: &Object| o.as_float().unwrap_or(0.0);
        let mut gs = State { ctm: base, line_width: 1.0 };
        let mut stack: Vec<State> = Vec::new();
        let mut path: Vec<(f32, f32)> = Vec::new();
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        let (mut size, mut leading, mut rise, mut char_space, mut word_space, mut hscale) = (0.0f32, 0.0f32, 0.0f32, 0.0f32, 0.0f32, 1.0f32);
        let mut font: Option<Rc<FontMetrics>> = None;
        for op in ops {
            let a = &op.operands;
            match op.operator.as_str() {
                "q" => stack.push(gs.clone()),
                "Q" => gs = stack.pop().unwrap_or(State { ctm: base, line_width: 1.0 }),
                "cm" if a.len() == 6 => {
                    let m = [num(&a[0]), num(&a[1]), num(&a[2]), num(&a[3]), num(&a[4]), num(&a[5])];
                    gs.ctm = concat(&m, &gs.ctm);
                }
                "w" if !a.is_empty() => gs.line_width = num(&a[0]),
                "gs" => self.ext_gstate(resources, a.first(), &mut gs),
                "m" | "l" if a.len() == 2 => path.push(apply(&gs.ctm, num(&a[0]), num(&a[1]))),
                "c" if a.len() == 6 => {
                    for k in 0..3 {
                        path.push(apply(&gs.ctm, num(&a[2 * k]), num(&a[2 * k + 1])));
                    }
                }
                "v" | "y" if a.len() == 4 => {
                    for k in 0..2 {
                        path.push(apply(&gs.ctm, num(&a[2 * k]), num(&a[2 * k + 1])));
                    }
                }
                "re" if a.len() == 4 => {
                    let (x, y, w, h) = (num(&a[0]), num(&a[1]), num(&a[2]), num(&a[3]));
                    for (px, py) in [(x, y), (x + w, y), (x, y + h), (x + w, y + h)] {
                        path.push(apply(&gs.ctm, px, py));
                    }
                }
                "S" | "s" | "B" | "B*" | "b" | "b*" => {
                    let w = gs.line_width * scale(&gs.ctm);
                    self.facts.min_stroke = Some(self.facts.min_stroke.map_or(w, |m: f32| m.min(w)));
                    if let Some(b) = bbox_of(&path) {
                        let h = w / 2.0;
                        self.marks.push(Mark { kind: MarkKind::Stroke, bbox: [b[0] - h, b[1] - h, b[2] + h, b[3] + h] });
                    }
                    path.clear();
                }
                "f" | "F" | "f*" => {
                    if let Some(b) = bbox_of(&path) {
                        self.marks.push(Mark { kind: MarkKind::Fill, bbox: b });
                    }
                    path.clear();
                }
                "n" => path.clear(),
                "g" | "G" => self.colour("DeviceGray"),
                "rg" | "RG" => self.colour("DeviceRGB"),
                "k" | "K" => self.colour("DeviceCMYK"),
                "cs" | "CS" => {
                    if let Some(name) = a.first().and_then(|n| n.as_name().ok()) {
                        let space = self.colour_space(resources, name);
                        self.colour(&space);
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" if a.len() == 2 => {
                    size = num(&a[1]);
                    font = a[0].as_name().ok().and_then(|n| self.font(resources, n));
                }
                "TL" if !a.is_empty() => leading = num(&a[0]),
                "Ts" if !a.is_empty() => rise = num(&a[0]),
                "Tc" if !a.is_empty() => char_space = num(&a[0]),
                "Tw" if !a.is_empty() => word_space = num(&a[0]),
                "Tz" if !a.is_empty() => hscale = num(&a[0]) / 100.0,
                "Td" | "TD" if a.len() == 2 => {
                    if op.operator == "TD" {
                        leading = -num(&a[1]);
                    }
                    tlm = concat(&[1.0, 0.0, 0.0, 1.0, num(&a[0]), num(&a[1])], &tlm);
                    tm = tlm;
                }
                "Tm" if a.len() == 6 => {
                    tlm = [num(&a[0]), num(&a[1]), num(&a[2]), num(&a[3]), num(&a[4]), num(&a[5])];
                    tm = tlm;
                }
                "T*" | "'" | "\"" => {
                    tlm = concat(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                    tm = tlm;
                    if op.operator != "T*" {
                        if let (Some(f), Some(s)) = (&font, a.last().and_then(|o| o.as_str().ok())) {
                            let run = TextRun { size, rise, char_space, word_space, hscale };
                            self.show(f, &run, &[Object::string_literal(s.to_vec())], &mut tm, &gs.ctm);
                        }
                    }
                }
                "Tj" | "TJ" => {
                    if let Some(f) = &font {
                        let items: Vec<Object> = match a.first() {
                            Some(Object::Array(items)) => items.clone(),
                            Some(o) => vec![o.clone()],
                            None => Vec::new(),
                        };
                        let run = TextRun { size, rise, char_space, word_space, hscale };
                        self.show(f, &run, &items, &mut tm, &gs.ctm);
                    }
                }
                "Do" if depth < 8 => {
                    if let Some(name) = a.first().and_then(|n| n.as_name().ok()) {
                        self.xobject(resources, name, &gs.ctm, depth);
                    }
                }
                "BI" | "ID" | "EI" => self.marks.push(Mark { kind: MarkKind::Image, bbox: unit_square(&gs.ctm) }),
                "sh" => {
                    self.facts.colour_spaces.insert("shading".into());
                }
                _ => {}
            }
        }
    }

    fn colour(&mut self, space: &str) {
        self.facts.colour_spaces.insert(space.to_string());
    }

    fn resource(&self, resources: Option<&'a Dictionary>, kind: &[u8], name: &[u8]) -> Option<&'a Object> {
        let dict = resources?.get_deref(kind, self.doc).ok()?.as_dict().ok()?;
        let (_, o) = self.doc.dereference(dict.get(name).ok()?).ok()?;
        Some(o)
    }

    fn colour_space(&self, resources: Option<&'a Dictionary>, name: &[u8]) -> String {
        let plain = String::from_utf8_lossy(name).into_owned();
        if matches!(name, b"DeviceGray" | b"DeviceRGB" | b"DeviceCMYK" | b"Pattern") {
            return plain;
        }
        match self.resource(resources, b"ColorSpace", name) {
            Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
            Some(Object::Array(arr)) => {
                let family = arr.first().and_then(|f| f.as_name().ok()).map(|f| String::from_utf8_lossy(f).into_owned()).unwrap_or_default();
                if family == "ICCBased" {
                    let n = arr.get(1).and_then(|s| self.doc.dereference(s).ok()).and_then(|(_, s)| s.as_stream().ok()).and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok()).unwrap_or(0);
                    format!("ICCBased ({n} components)")
                } else {
                    family
                }
            }
            _ => plain,
        }
    }

    fn ext_gstate(&mut self, resources: Option<&'a Dictionary>, name: Option<&Object>, gs: &mut State) {
        let Some(name) = name.and_then(|n| n.as_name().ok()) else { return };
        let Some(d) = self.resource(resources, b"ExtGState", name).and_then(|o| o.as_dict().ok()) else { return };
        if let Ok(w) = d.get(b"LW").and_then(Object::as_float) {
            gs.line_width = w;
        }
        for key in [&b"CA"[..], b"ca"] {
            if let Ok(v) = d.get(key).and_then(Object::as_float) {
                if v < 1.0 {
                    self.facts.transparency.push(format!("page {}: constant alpha {v}", self.page + 1));
                }
            }
        }
        if d.get(b"SMask").is_ok_and(|s| s.as_name().map_or(true, |n| n != b"None")) {
            self.facts.transparency.push(format!("page {}: soft mask", self.page + 1));
        }
        if let Ok(bm) = d.get(b"BM").and_then(Object::as_name) {
            if bm != b"Normal" && bm != b"Compatible" {
                self.facts.transparency.push(format!("page {}: blend mode {}", self.page + 1, String::from_utf8_lossy(bm)));
            }
        }
    }

    /// The metrics of font resource `name`, read once per font object.
    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<FontMetrics>> {
        let reference = resources?.get_deref(b"Font", self.doc).ok()?.as_dict().ok()?.get(name).ok()?.as_reference().ok();
        if let Some(cached) = reference.and_then(|r| self.fonts.get(&r)) {
            return Some(cached.clone());
        }
        let metrics = Rc::new(self.read_font(resources, name)?);
        if let Some(r) = reference {
            self.fonts.insert(r, metrics.clone());
        }
        Some(metrics)
    }

    fn read_font(&self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<FontMetrics> {
        let f = self.resource(resources, b"Font", name)?.as_dict().ok()?;
        let doc = self.doc;
        let type0 = matches!(f.get(b"Subtype").and_then(Object::as_name), Ok(b"Type0"));
        let mut widths = std::collections::HashMap::new();
        let (descriptor, default_width) = if type0 {
            let d = f.get_deref(b"DescendantFonts", doc).ok()?.as_array().ok()?.first()?;
            let d = doc.dereference(d).ok()?.1.as_dict().ok()?;
            if let Ok(w) = d.get_deref(b"W", doc).and_then(Object::as_array) {
                let mut i = 0;
                while i + 1 < w.len() {
                    let first = w[i].as_i64().unwrap_or(0) as u32;
                    match doc.dereference(&w[i + 1]).map(|x| x.1) {
                        Ok(Object::Array(list)) => {
                            for (k, v) in list.iter().enumerate() {
                                widths.insert(first + k as u32, v.as_float().unwrap_or(0.0));
                            }
                            i += 2;
                        }
                        _ if i + 2 < w.len() => {
                            let last = w[i + 1].as_i64().unwrap_or(0) as u32;
                            let v = w[i + 2].as_float().unwrap_or(0.0);
                            for c in first..=last.min(first + 65_536) {
                                widths.insert(c, v);
                            }
                            i += 3;
                        }
                        _ => break,
                    }
                }
            }
            (d.get_deref(b"FontDescriptor", doc).and_then(Object::as_dict).ok(), d.get(b"DW").and_then(Object::as_float).unwrap_or(1000.0))
        } else {
            let first = f.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0) as u32;
            if let Ok(w) = f.get_deref(b"Widths", doc).and_then(Object::as_array) {
                for (k, v) in w.iter().enumerate() {
                    widths.insert(first + k as u32, v.as_float().unwrap_or(0.0));
                }
            }
            (f.get_deref(b"FontDescriptor", doc).and_then(Object::as_dict).ok(), 0.0)
        };
        let metric = |k: &[u8], d: f32| descriptor.and_then(|fd| fd.get(k).and_then(Object::as_float).ok()).unwrap_or(d);
        Some(FontMetrics { two_byte: type0, widths, default_width, ascent: metric(b"Ascent", 800.0), descent: metric(b"Descent", -200.0) })
    }

    /// Places the strings of a Tj/TJ: one mark for the run, and the type size used.
    fn show(&mut self, f: &FontMetrics, run: &TextRun, items: &[Object], tm: &mut Matrix, ctm: &Matrix) {
        let start = *tm;
        let mut x = 0.0;
        for item in items {
            match item {
                Object::String(bytes, _) => {
                    let codes: Vec<u32> = if f.two_byte {
                        bytes.chunks(2).map(|c| (c[0] as u32) << 8 | *c.get(1).unwrap_or(&0) as u32).collect()
                    } else {
                        bytes.iter().map(|&b| b as u32).collect()
                    };
                    for c in codes {
                        let w = f.widths.get(&c).copied().unwrap_or(f.default_width) / 1000.0;
                        let space = if !f.two_byte && c == 32 { run.word_space } else { 0.0 };
                        x += (w * run.size + run.char_space + space) * run.hscale;
                    }
                }
                o => x -= o.as_float().unwrap_or(0.0) / 1000.0 * run.size * run.hscale,
            }
        }
        *tm = concat(&[1.0, 0.0, 0.0, 1.0, x, 0.0], tm);
        let m = concat(&start, ctm);
        let effective = run.size * scale(&m);
        if effective > 0.0 {
            self.facts.min_type = Some(self.facts.min_type.map_or(effective, |t: f32| t.min(effective)));
        }
        let (lo, hi) = (f.descent / 1000.0 * run.size + run.rise, f.ascent / 1000.0 * run.size + run.rise);
        let corners: Vec<(f32, f32)> = [(0.0, lo), (x, lo), (0.0, hi), (x, hi)].iter().map(|&(px, py)| apply(&m, px, py)).collect();
        if let Some(b) = bbox_of(&corners) {
            if x.abs() > 0.0 {
                self.marks.push(Mark { kind: MarkKind::Text, bbox: b });
            }
        }
    }

    fn xobject(&mut self, resources: Option<&'a Dictionary>, name: &[u8], ctm: &Matrix, depth: usize) {
        let Some(stream) = self.resource(resources, b"XObject", name).and_then(|o| o.as_stream().ok()) else { return };
        let d = &stream.dict;
        match d.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => {
                let bbox = unit_square(ctm);
                let width_px = d.get(b"Width").and_then(Object::as_i64).unwrap_or(0) as f32;
                let inches = (bbox[2] - bbox[0]).max(bbox[3] - bbox[1]) / 72.0;
                let height_px = d.get(b"Height").and_then(Object::as_i64).unwrap_or(0) as f32;
                let px = if bbox[2] - bbox[0] >= bbox[3] - bbox[1] { width_px } else { height_px };
                if inches > 0.0 {
                    self.facts.images.push(ImageUse { page: self.page, dpi: px / inches });
                }
                if d.has(b"SMask") {
                    self.facts.transparency.push(format!("page {}: image with a soft mask", self.page + 1));
                }
                if let Some(cs) = d.get(b"ColorSpace").ok().and_then(|c| c.as_name().ok()) {
                    let cs = String::from_utf8_lossy(cs).into_owned();
                    self.colour(&cs);
                }
                self.marks.push(Mark { kind: MarkKind::Image, bbox });
            }
            Ok(b"Form") => {
                let m = d.get(b"Matrix").and_then(Object::as_array).ok().map(|a| {
                    let v: Vec<f32> = a.iter().map(|o| o.as_float().unwrap_or(0.0)).collect();
                    if v.len() == 6 { [v[0], v[1], v[2], v[3], v[4], v[5]] } else { IDENTITY }
                }).unwrap_or(IDENTITY);
                if let Ok(g) = d.get(b"Group").and_then(Object::as_dict) {
                    if matches!(g.get(b"S").and_then(Object::as_name), Ok(b"Transparency")) {
                        self.facts.transparency.push(format!("page {}: transparency group", self.page + 1));
                    }
                }
                let inner = d.get_deref(b"Resources", self.doc).and_then(Object::as_dict).ok().or(resources);
                let content = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
                if let Ok(ops) = Content::decode(&content) {
                    self.run(&ops.operations, inner, concat(&m, ctm), depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// The text state a show operator needs.
struct TextRun {
    size: f32,
    rise: f32,
    char_space: f32,
    word_space: f32,
    hscale: f32,
}

fn unit_square(ctm: &Matrix) -> Rect {
    let pts: Vec<(f32, f32)> = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)].iter().map(|&(x, y)| apply(ctm, x, y)).collect();
    bbox_of(&pts).unwrap_or_default()
}
