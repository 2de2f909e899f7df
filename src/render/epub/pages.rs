//! Print page numbers in the EPUB: where each page-break marker goes.
//!
//! Takes the print edition's [`PageMap`], the file each block lives in and the file of
//! each place (an article's or appendix's opening, an appendix entry, the front matter);
//! returns the markers to insert, those inside blocks grouped by block and sorted by byte
//! offset, those at places grouped by place, plus the page-list entries in reading order.
//! A page start naming something unknown is kept (the page-list has one entry per
//! printed page) and placed right after the previous page's marker.

use std::collections::{BTreeSet, HashMap};

use super::xml::esc;
use crate::model::PageMap;

/// One page-break marker.
#[derive(Debug, Clone)]
pub struct Marker {
    /// Byte offset into the block's plain text (0 at a place).
    pub offset: usize,
    /// Printed page label.
    pub label: String,
    /// Element id of the marker (`page-12`).
    pub id: String,
}

impl Marker {
    /// The empty, labelled element that marks the break.
    pub fn span(&self) -> String {
        format!(
            "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"{}\" aria-label=\"{}\"></span>",
            esc(&self.id),
            esc(&self.label)
        )
    }
}

/// Where every marker goes.
#[derive(Debug, Default)]
pub struct PagePlan {
    /// Markers per block id, sorted by offset (reading order kept for equal offsets).
    pub by_block: HashMap<String, Vec<Marker>>,
    /// Markers per place id, in reading order.
    pub by_place: HashMap<String, Vec<Marker>>,
    /// Page-list entries in reading order: label, href (`file#id`).
    pub entries: Vec<(String, String)>,
}

/// Where a page start resolved to.
#[derive(Clone)]
enum Spot {
    Block(String, usize),
    Place(String),
}

impl PagePlan {
    /// Plans the markers; `block_files` and `place_files` map block and place ids to
    /// their XHTML file, and `first_block` is where page starts before anything known go.
    pub fn new(
        pages: &PageMap,
        block_files: &HashMap<String, String>,
        place_files: &HashMap<String, String>,
        first_block: Option<&str>,
    ) -> Self {
        let mut plan = PagePlan::default();
        let mut used = BTreeSet::new();
        let mut previous = first_block.map(|b| Spot::Block(b.to_string(), 0));
        for start in &pages.page_starts {
            let spot = if block_files.contains_key(&start.block) {
                Spot::Block(start.block.clone(), start.offset)
            } else if place_files.contains_key(&start.block) {
                Spot::Place(start.block.clone())
            } else {
                match &previous {
                    Some(p) => p.clone(),
                    None => continue, // a book without a single block has nowhere to mark
                }
            };
            let (file, list, offset) = match &spot {
                Spot::Block(b, o) => (&block_files[b], plan.by_block.entry(b.clone()), *o),
                Spot::Place(p) => (&place_files[p], plan.by_place.entry(p.clone()), 0),
            };
            let id = unique_id(&start.label, &mut used);
            plan.entries.push((start.label.clone(), format!("{file}#{id}")));
            list.or_default().push(Marker { offset, label: start.label.clone(), id });
            previous = Some(spot);
        }
        for markers in plan.by_block.values_mut() {
            markers.sort_by_key(|m| m.offset); // stable: equal offsets keep page order
        }
        plan
    }

    /// The markers of the pages that begin at `place`, in order ("" for none).
    pub fn at(&self, place: &str) -> String {
        self.by_place.get(place).map(|ms| ms.iter().map(Marker::span).collect()).unwrap_or_default()
    }

    /// Every marker id, which no other element of the book may reuse.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_block.values().chain(self.by_place.values()).flatten().map(|m| m.id.as_str())
    }
}

/// `page-<label>`, made id-safe and unique.
fn unique_id(label: &str, used: &mut BTreeSet<String>) -> String {
    let safe: String = label
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
        .collect();
    let mut id = format!("page-{safe}");
    let mut n = 2;
    while used.contains(&id) {
        id = format!("page-{safe}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PageStart;

    #[test]
    fn unknown_blocks_follow_the_previous_page() {
        let files: HashMap<_, _> = [("a".to_string(), "x.xhtml".to_string())].into();
        let starts = [("1", "a", 5), ("2", "zz", 0), ("2", "a", 9)].map(|(l, b, o)| PageStart {
            label: l.into(),
            block: b.into(),
            offset: o,
        });
        let map = PageMap { page_starts: starts.to_vec(), ..Default::default() };
        let places: HashMap<_, _> = [("art".to_string(), "x.xhtml".to_string())].into();
        let plan = PagePlan::new(&map, &files, &places, Some("a"));
        assert_eq!(plan.entries.len(), 3);
        let ids: Vec<_> = plan.by_block["a"].iter().map(|m| (m.offset, m.id.as_str())).collect();
        assert_eq!(ids, [(5, "page-1"), (5, "page-2"), (9, "page-2-2")]);
    }

    #[test]
    fn places_take_markers_before_blocks() {
        let files: HashMap<_, _> = [("a".to_string(), "x.xhtml".to_string())].into();
        let places: HashMap<_, _> = [("art".to_string(), "x.xhtml".to_string())].into();
        let starts = [("i", "art", 0), ("1", "a", 7)].map(|(l, b, o)| PageStart {
            label: l.into(),
            block: b.into(),
            offset: o,
        });
        let map = PageMap { page_starts: starts.to_vec(), ..Default::default() };
        let plan = PagePlan::new(&map, &files, &places, None);
        assert!(plan.at("art").contains("id=\"page-i\" aria-label=\"i\""));
        assert_eq!(plan.by_block["a"][0].offset, 7);
        assert_eq!(plan.entries[0], ("i".to_string(), "x.xhtml#page-i".to_string()));
    }
}
