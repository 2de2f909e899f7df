//! The page references of an index entry, computed once for both editions so that the EPUB
//! and the print index agree page for page: locators and a page lookup in, one reference per
//! distinct printed page (linked to the first occurrence on it) out, runs of consecutive
//! pages joined into a range ("11–14").

use crate::model::Locator;

/// One printed reference: a page or a run of consecutive pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRange {
    /// Label of the first page ("11").
    pub first: String,
    /// Label of the last page; equal to `first` for a single page.
    pub last: String,
    /// The anchor of the first occurrence on the first page: where the reference links.
    pub anchor: String,
    /// The article the anchor stands in.
    pub article: String,
}

impl PageRange {
    /// As printed: "12" or "11–14" (en dash).
    pub fn text(&self) -> String {
        if self.first == self.last {
            self.first.clone()
        } else {
            format!("{}–{}", self.first, self.last)
        }
    }

    /// The accessible name of the link: "page 12" or "pages 11 to 14".
    pub fn label(&self) -> String {
        if self.first == self.last {
            format!("page {}", self.first)
        } else {
            format!("pages {} to {}", self.first, self.last)
        }
    }
}

/// The page references of `locators` (in reading order), given each locator's printed page
/// (`page_of`; a locator without one is left out). Arabic page numbers are sorted and joined
/// into ranges; other labels (roman front matter) keep their order, after them.
pub fn page_ranges(
    locators: &[Locator],
    page_of: impl Fn(&Locator) -> Option<String>,
) -> Vec<PageRange> {
    // (number, label, first locator on that page), one per distinct page.
    let mut pages: Vec<(u32, String, &Locator)> = Vec::new();
    for l in locators {
        let Some(label) = page_of(l) else { continue };
        if !pages.iter().any(|p| p.1 == label) {
            pages.push((label.parse().unwrap_or(u32::MAX), label, l));
        }
    }
    pages.sort_by_key(|p| p.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j].0 != u32::MAX && pages[j + 1].0 == pages[j].0 + 1 {
            j += 1;
        }
        out.push(PageRange {
            first: pages[i].1.clone(),
            last: pages[j].1.clone(),
            anchor: pages[i].2.anchor.clone(),
            article: pages[i].2.article.clone(),
        });
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(anchor: &str, page: &str) -> Locator {
        Locator {
            article: "ch01".into(),
            anchor: anchor.into(),
            page: Some(page.into()),
        }
    }

    #[test]
    fn one_reference_per_page_and_ranges() {
        let ls = [
            loc("a", "12"),
            loc("b", "11"),
            loc("c", "12"),
            loc("d", "13"),
            loc("e", "14"),
            loc("f", "20"),
            loc("g", "20"),
        ];
        let r = page_ranges(&ls, |l| l.page.clone());
        let texts: Vec<String> = r.iter().map(PageRange::text).collect();
        assert_eq!(texts, ["11–14", "20"]);
        assert_eq!(r[0].anchor, "b", "linked to the first occurrence on page 11");
        assert_eq!(r[1].anchor, "f", "the first of the two on page 20");
        assert_eq!(r[0].label(), "pages 11 to 14");
        assert_eq!(r[1].label(), "page 20");
    }
}
