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
    if let Some(isbn) = &m.catalogue.isbn {
        let digits: String = isbn.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        line(&mut md, format!("<dc:identifier id=\"isbn\">urn:isbn:{}</dc:identifier>", esc(&digits)));
        // ONIX code list 5: 15 is an ISBN-13, 02 an ISBN-10.
        let kind = if digits.len() == 13 { "15" } else { "02" };
        line(&mut md, format!("<meta refines=\"#isbn\" property=\"identifier-type\" scheme=\"onix:codelist5\">{kind}</meta>"));
    }
    line(&mut md, format!("<dc:title id=\"title\">{}</dc:title>", esc(&m.title)));
    line(&mut md, "<meta refines=\"#title\" property=\"title-type\">main</meta>".into());
    line(&mut md, format!("<meta refines=\"#title\" property=\"file-as\">{}</meta>", esc(&title_sort(&m.title))));
    if let Some(s) = &m.subtitle {
        line(&mut md, format!("<dc:title id=\"subtitle\">{}</dc:title>", esc(s)));
        line(&mut md, "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>".into());
    }
    // The editor is the book's creator; the article authors contribute to it.
    if let Some(e) = &m.editor {
        person(&mut md, "creator", "editor", e, "edt");
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
        person(&mut md, "contributor", &format!("author-{}", n + 1), au, "aut");
    }
    line(&mut md, format!("<dc:language>{lang}</dc:language>"));
    let date = m.catalogue.date.clone().unwrap_or_else(|| {
        crate::time::Civil::from_unix(m.modified).iso8601()[..10].to_string()
    });
    line(&mut md, format!("<dc:date>{}</dc:date>", esc(&date)));
    if let Some(p) = &m.publisher {
        line(&mut md, format!("<dc:publisher>{}</dc:publisher>", esc(p)));
    }
    if let Some(r) = &m.rights {
        line(&mut md, format!("<dc:rights>{}</dc:rights>", esc(r)));
    }
    if let Some(d) = &m.description {
        line(&mut md, format!("<dc:description>{}</dc:description>", esc(d)));
    }
    for s in &m.catalogue.subjects {
        line(&mut md, format!("<dc:subject>{}</dc:subject>", esc(s)));
    }
    if let Some(s) = &m.catalogue.series {
        line(&mut md, format!("<meta property=\"belongs-to-collection\" id=\"series\">{}</meta>", esc(s)));
        line(&mut md, "<meta refines=\"#series\" property=\"collection-type\">series</meta>".into());
        // Calibre (and through it Kindle conversions) reads the series from this form.
        line(&mut md, format!("<meta name=\"calibre:series\" content=\"{}\"/>", esc(s)));
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
    let toc = match items.iter().any(|it| it.id == "ncx") {
        true => " toc=\"ncx\"",
        false => "",
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"{lang}\">\n\
         <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n{md}</metadata>\n\
         <manifest>\n{manifest}</manifest>\n<spine{toc}>\n{spine}</spine>\n</package>\n"
    )
}

/// A `dc:creator` or `dc:contributor` with its MARC relator role and sort name.
fn person(md: &mut String, element: &str, id: &str, name: &str, role: &str) {
    md.push_str(&format!(
        "    <dc:{element} id=\"{id}\">{}</dc:{element}>\n\
         \x20   <meta refines=\"#{id}\" property=\"role\" scheme=\"marc:relators\">{role}</meta>\n\
         \x20   <meta refines=\"#{id}\" property=\"file-as\">{}</meta>\n",
        esc(name),
        esc(&sort_name(name))
    ));
}

/// "Glanz, David" for "David Glanz"; a name of one word, or one that is already
/// inverted, stays as it is. Generational suffixes stay after the given names
/// ("King, Martin Luther, Jr.").
pub fn sort_name(name: &str) -> String {
    let name = name.trim();
    // Already inverted, or a body rather than a person ("The Anthology Editors").
    if name.contains(',') {
        return name.to_string();
    }
    if name.starts_with("The ") {
        return title_sort(name);
    }
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let suffix = match words.last() {
        Some(w) if words.len() > 2 && ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"].contains(w) => {
            words.pop()
        }
        _ => None,
    };
    match words.split_last() {
        Some((last, given)) if !given.is_empty() => {
            let mut s = format!("{last}, {}", given.join(" "));
            if let Some(x) = suffix {
                s.push_str(&format!(", {x}"));
            }
            s
        }
        _ => name.to_string(),
    }
}

/// The title without a leading English article, for sorting ("Ten Days", not "The ...").
fn title_sort(title: &str) -> String {
    let t = title.trim();
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = t.strip_prefix(article).filter(|r| !r.is_empty()) {
            return format!("{rest}, {}", article.trim());
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_names_put_the_surname_first() {
        assert_eq!(sort_name("David Glanz"), "Glanz, David");
        assert_eq!(sort_name(" Rosa  Luxemburg "), "Luxemburg, Rosa");
        assert_eq!(sort_name("Martin Luther King Jr."), "King, Martin Luther, Jr.");
        assert_eq!(sort_name("Trotsky"), "Trotsky");
        assert_eq!(sort_name("Reed, John"), "Reed, John");
        assert_eq!(sort_name("The Anthology Editors"), "Anthology Editors, The");
    }
}
