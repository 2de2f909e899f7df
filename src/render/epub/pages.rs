//! Print page numbers in the EPUB: where each page-break marker goes.
//!
//! Takes the print edition's [`PageMap`] and the file each block lives in; returns the
//! markers to insert, grouped by block and sorted by byte offset, plus the page-list
//! entries in reading order. A page start naming an unknown block is kept (the page-list
//! has one entry per printed page) and placed right after the previous page's marker.

use std::collections::{BTreeSet, HashMap};

use crate::model::PageMap;

/// One page-break marker.
#[derive(Debug, Clone)]
pub struct Marker {
    /// Byte offset into the block's plain text.
    pub offset: usize,
    /// Printed page label.
    pub label: String,
    /// Element id of the marker (`page-12`).
    pub id: String,
}

/// Where every marker goes.
#[derive(Debug, Default)]
pub struct PagePlan {
    /// Markers per block id, sorted by offset (reading order kept for equal offsets).
    pub by_block: HashMap<String, Vec<Marker>>,
    /// Page-list entries in reading order: label, href (`file#id`).
    pub entries: Vec<(String, String)>,
}

impl PagePlan {
    /// Plans the markers; `block_files` maps each block id to its XHTML file, and
    /// `first_block` is where page starts before any known block go.
    pub fn new(
        pages: &PageMap,
        block_files: &HashMap<String, String>,
        first_block: Option<&str>,
    ) -> Self {
        let mut plan = PagePlan::default();
        let mut used = BTreeSet::new();
        let mut previous: Option<(String, usize)> = first_block.map(|b| (b.to_string(), 0));
        for start in &pages.page_starts {
            let (block, offset) = match block_files.contains_key(&start.block) {
                true => (start.block.clone(), start.offset),
                false => match &previous {
                    Some(p) => p.clone(),
                    None => continue, // a book without a single block has nowhere to mark
                },
            };
            let Some(file) = block_files.get(&block) else { continue };
            let id = unique_id(&start.label, &mut used);
            plan.entries.push((start.label.clone(), format!("{file}#{id}")));
            plan.by_block.entry(block.clone()).or_default().push(Marker {
                offset,
                label: start.label.clone(),
                id,
            });
            previous = Some((block, offset));
        }
        for markers in plan.by_block.values_mut() {
            markers.sort_by_key(|m| m.offset); // stable: equal offsets keep page order
        }
        plan
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
        let plan = PagePlan::new(&map, &files, Some("a"));
        assert_eq!(plan.entries.len(), 3);
        let ids: Vec<_> = plan.by_block["a"].iter().map(|m| (m.offset, m.id.as_str())).collect();
        assert_eq!(ids, [(5, "page-1"), (5, "page-2"), (9, "page-2-2")]);
    }
}
