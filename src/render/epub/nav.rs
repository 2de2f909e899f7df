//! The navigation document: contents (nested to the articles' section headings),
//! landmarks and the print page-list.
//!
//! Takes the list of documents in reading order and the page-list entries; returns
//! `nav.xhtml`, which is also in the spine as the book's contents page.

use super::xml::{esc, frag, xhtml};
use crate::model::{plain_text, Block};

/// A contents entry: nesting level (1 = document), href, visible text.
pub struct TocItem {
    pub level: u8,
    pub href: String,
    pub text: String,
}

/// The entries for one document: its title, then its headings nested below it.
pub fn document_items(file: &str, title: &str, blocks: &[Block]) -> Vec<TocItem> {
    let mut items = vec![TocItem { level: 1, href: file.to_string(), text: title.to_string() }];
    let mut level = 1u8;
    for block in blocks {
        if let Block::Heading { id, level: l, content } = block {
            // Same levelling as the XHTML headings: never deeper than one below the last.
            level = (*l).clamp(2, 6).min(level + 1);
            let text = plain_text(content);
            if !text.trim().is_empty() {
                items.push(TocItem { level, href: format!("{file}#{}", frag(id)), text });
            }
        }
    }
    items
}

/// A landmark: `epub:type`, href, text.
pub struct Landmark {
    pub kind: &'static str,
    pub href: String,
    pub text: &'static str,
}

/// The whole `nav.xhtml`; `markers` are the page breaks of the printed contents.
pub fn nav(
    lang: &str,
    toc: &[TocItem],
    landmarks: &[Landmark],
    pages: &[(String, String)],
    markers: &str,
) -> String {
    // Page-break markers stand before the `nav`, whose content model allows only a
    // heading and a list.
    let mut body = format!(
        "<body epub:type=\"frontmatter\">\n{markers}<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n\
         <h1 id=\"toc-title\">Contents</h1>\n",
    );
    nested(&mut body, toc);
    body.push_str("</nav>\n");
    if !landmarks.is_empty() {
        body.push_str("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n<h2 id=\"landmarks-title\">Landmarks</h2>\n<ol>\n");
        for l in landmarks {
            body.push_str(&format!(
                "<li><a epub:type=\"{}\" href=\"{}\">{}</a></li>\n",
                l.kind,
                esc(&l.href),
                l.text
            ));
        }
        body.push_str("</ol>\n</nav>\n");
    }
    if !pages.is_empty() {
        body.push_str("<nav epub:type=\"page-list\" role=\"doc-pagelist\" id=\"page-list\" aria-labelledby=\"page-list-title\" hidden=\"hidden\">\n<h2 id=\"page-list-title\">Pages</h2>\n<ol>\n");
        for (label, href) in pages {
            body.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", esc(href), esc(label)));
        }
        body.push_str("</ol>\n</nav>\n");
    }
    body.push_str("</body>\n");
    xhtml(lang, "Contents", &body)
}

/// Nested `<ol>`s from a flat list of levelled items (each level at most one deeper than
/// the previous, which [`document_items`] guarantees).
fn nested(out: &mut String, items: &[TocItem]) {
    out.push_str("<ol>\n");
    let mut depth = 1u8;
    for (n, item) in items.iter().enumerate() {
        let level = item.level.clamp(1, depth + 1);
        if n > 0 {
            if level > depth {
                out.push_str("\n<ol>\n");
            } else {
                out.push_str("</li>\n");
                for _ in level..depth {
                    out.push_str("</ol>\n</li>\n");
                }
            }
        }
        depth = level;
        out.push_str(&format!("<li><a href=\"{}\">{}</a>", esc(&item.href), esc(&item.text)));
    }
    if !items.is_empty() {
        out.push_str("</li>\n");
        for _ in 1..depth {
            out.push_str("</ol>\n</li>\n");
        }
    }
    out.push_str("</ol>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(level: u8, t: &str) -> TocItem {
        TocItem { level, href: format!("{t}.xhtml"), text: t.into() }
    }

    #[test]
    fn nesting_is_balanced() {
        let mut out = String::new();
        nested(&mut out, &[item(1, "a"), item(2, "b"), item(3, "c"), item(1, "d"), item(2, "e")]);
        assert_eq!(out.matches("<ol>").count(), out.matches("</ol>").count());
        assert_eq!(out.matches("<li>").count(), out.matches("</li>").count());
        assert!(
            out.contains("c</a></li>\n</ol>\n</li>\n</ol>\n</li>\n<li><a href=\"d.xhtml\""),
            "{out}"
        );
    }
}
