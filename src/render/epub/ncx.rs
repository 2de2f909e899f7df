//! The NCX (`toc.ncx`): the contents and page-list again, for EPUB 2 reading systems
//! (older Kindles and Kobos, Calibre's conversions), which do not read `nav.xhtml`.
//!
//! Takes the same contents entries and page-list as [`super::nav`]; returns the NCX text.

use super::nav::TocItem;
use super::xml::esc;

/// The whole `toc.ncx`; `uid` must equal the package's unique identifier.
pub fn ncx(uid: &str, title: &str, toc: &[TocItem], pages: &[(String, String)]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n\
         <meta name=\"dtb:uid\" content=\"{}\"/>\n<meta name=\"dtb:depth\" content=\"{}\"/>\n\
         <meta name=\"dtb:totalPageCount\" content=\"{}\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"{}\"/>\n\
         </head>\n<docTitle><text>{}</text></docTitle>\n<navMap>\n",
        esc(uid),
        toc.iter().map(|t| t.level).max().unwrap_or(1),
        pages.len(),
        pages.iter().filter_map(|(l, _)| l.parse::<u32>().ok()).max().unwrap_or(0),
        esc(title)
    );
    let mut order = 0;
    let mut depth = 0u8;
    for item in toc {
        // Levels never jump by more than one (see `nav::document_items`).
        let level = item.level.clamp(1, depth + 1);
        for _ in level..=depth {
            out.push_str("</navPoint>\n");
        }
        depth = level;
        order += 1;
        out.push_str(&format!(
            "<navPoint id=\"np-{order}\" playOrder=\"{order}\"><navLabel><text>{}</text></navLabel><content src=\"{}\"/>\n",
            esc(&item.text),
            esc(&item.href)
        ));
    }
    for _ in 0..depth {
        out.push_str("</navPoint>\n");
    }
    out.push_str("</navMap>\n");
    if !pages.is_empty() {
        out.push_str("<pageList>\n<navLabel><text>Pages</text></navLabel>\n");
        for (n, (label, href)) in pages.iter().enumerate() {
            // Roman folios are front matter; everything else is a normal page.
            let kind = match label.parse::<u32>() {
                Ok(_) => "normal",
                Err(_) => "front",
            };
            out.push_str(&format!(
                "<pageTarget id=\"pt-{}\" type=\"{kind}\" value=\"{}\" playOrder=\"{}\"><navLabel><text>{}</text></navLabel><content src=\"{}\"/></pageTarget>\n",
                n + 1,
                n + 1,
                order + n + 1,
                esc(label),
                esc(href)
            ));
        }
        out.push_str("</pageList>\n");
    }
    out.push_str("</ncx>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(level: u8, t: &str) -> TocItem {
        TocItem {
            level,
            href: format!("{t}.xhtml"),
            text: t.into(),
        }
    }

    #[test]
    fn nav_points_nest_and_balance() {
        let toc = [item(1, "a"), item(2, "b"), item(3, "c"), item(1, "d")];
        let pages = [("iv".to_string(), "a.xhtml#page-iv".to_string())];
        let out = ncx("urn:x", "T", &toc, &pages);
        assert_eq!(
            out.matches("<navPoint ").count(),
            out.matches("</navPoint>").count()
        );
        assert!(out
            .contains("c.xhtml\"/>\n</navPoint>\n</navPoint>\n</navPoint>\n<navPoint id=\"np-4\""));
        assert!(out.contains("type=\"front\" value=\"1\" playOrder=\"5\""));
    }
}
