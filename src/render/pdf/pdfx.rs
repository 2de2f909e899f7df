//! PDF/X-1a:2001 from the print edition: PDF bytes in, PDF bytes out, with `lopdf`.
//!
//! krilla cannot write PDF/X, but its print edition already holds to the profile's content
//! rules (fonts embedded, text and rules in DeviceGray, cover colours in DeviceCMYK, no
//! transparency, TrimBox on every page). What is missing is the file's identity: the
//! output intent (CGATS TR 001, the registered characterisation of US web offset
//! printing, so no ICC profile is embedded), `GTS_PDFXVersion`, `GTS_PDFXConformance`,
//! `Trapped` and `ModDate` in the Info dictionary, and the PDF 1.3 header the 2001 profile
//! is based on. The file claims no PDF/A.

use lopdf::{dictionary, Document, Object, StringFormat};

use crate::error::{Error, Result};
use crate::model::BookMeta;

/// The registered characterisation named by the output intent.
pub const OUTPUT_CONDITION: &str = "CGATS TR 001";

/// Adds the PDF/X-1a:2001 identity to `pdf`.
pub fn convert(pdf: &[u8], meta: &BookMeta) -> Result<Vec<u8>> {
    let err = |e: lopdf::Error| Error::render("pdf/x", e);
    let mut doc = Document::load_mem(pdf).map_err(err)?;
    doc.version = "1.3".to_string();
    let intent = doc.add_object(dictionary! {
        "Type" => "OutputIntent",
        "S" => "GTS_PDFX",
        "OutputConditionIdentifier" => text(OUTPUT_CONDITION),
        "OutputCondition" => text("SWOP (Publication) Grade 5 Paper"),
        "RegistryName" => text("http://www.color.org"),
        "Info" => text("U.S. Web Coated (SWOP), CGATS TR 001-1995"),
    });
    let catalog = doc.catalog_mut().map_err(err)?;
    catalog.set("OutputIntents", vec![Object::Reference(intent)]);
    let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    let mut info = match info_id.and_then(|id| doc.get_dictionary(id).ok()) {
        Some(d) => d.clone(),
        None => lopdf::Dictionary::new(),
    };
    if !info.has(b"Title") {
        info.set("Title", text(&meta.title));
    }
    if let Ok(created) = info.get(b"CreationDate").cloned() {
        info.set("ModDate", created);
    }
    info.set("GTS_PDFXVersion", text("PDF/X-1:2001"));
    info.set("GTS_PDFXConformance", text("PDF/X-1a:2001"));
    info.set("Trapped", Object::Name(b"False".to_vec()));
    match info_id {
        Some(id) => {
            *doc.get_object_mut(id).map_err(err)? = Object::Dictionary(info);
        }
        None => {
            let id = doc.add_object(info);
            doc.trailer.set("Info", id);
        }
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| Error::render("pdf/x", e))?;
    Ok(out)
}

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}
