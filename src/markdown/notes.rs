//! Footnotes the print edition could not place: the notes of one Markdown article and the
//! labels its body references in, the notes every edition can set (and report lines for the
//! rest) out.
//!
//! The PDF sets a note at the foot of the page that references it, so a note must be
//! referenced from the body: a note referenced only from another note is set inside that
//! note, in parentheses; a note referenced from nowhere is dropped and reported; a reference
//! from a note to a note the body references becomes its marker in brackets.

use std::collections::{BTreeMap, HashSet};

use crate::model::{plain_text, Footnote, Inline, RemovedLine};

/// Returns the notes to set, in order; what could not be set goes to `report`.
pub fn settle(
    notes: Vec<Footnote>,
    body_refs: &HashSet<String>,
    lines: &BTreeMap<String, usize>,
    report: &mut Vec<RemovedLine>,
) -> Vec<Footnote> {
    let by_id: BTreeMap<String, Footnote> = notes.iter().map(|n| (n.id.clone(), n.clone())).collect();
    let mut inlined = HashSet::new();
    let set: Vec<Footnote> = notes
        .iter()
        .filter(|n| body_refs.contains(&n.id))
        .map(|n| {
            let mut seen = HashSet::from([n.id.clone()]);
            Footnote { content: resolve(&n.content, &by_id, body_refs, &mut seen, &mut inlined), ..n.clone() }
        })
        .collect();
    for note in notes.iter().filter(|n| !body_refs.contains(&n.id) && !inlined.contains(&n.id)) {
        report.push(RemovedLine {
            line: lines.get(&note.id).copied().unwrap_or(0),
            text: plain_text(&note.content),
            rule: "unreferenced-footnote".into(),
            reason: format!("footnote [^{}] is referenced nowhere in the text, so no page can set it", note.marker),
        });
    }
    set
}

/// A note's content with its references to other notes resolved (see the module comment).
fn resolve(
    content: &[Inline],
    notes: &BTreeMap<String, Footnote>,
    body_refs: &HashSet<String>,
    seen: &mut HashSet<String>,
    inlined: &mut HashSet<String>,
) -> Vec<Inline> {
    let mut out = Vec::with_capacity(content.len());
    for inline in content {
        match inline {
            Inline::NoteRef(id) => match notes.get(id) {
                Some(target) if !body_refs.contains(id) && seen.insert(id.clone()) => {
                    inlined.insert(id.clone());
                    out.push(Inline::Text(" (".into()));
                    out.extend(resolve(&target.content, notes, body_refs, seen, inlined));
                    out.push(Inline::Text(")".into()));
                }
                Some(target) => out.push(Inline::Text(format!("[{}]", target.marker))),
                None => {}
            },
            Inline::Emphasis(c) => out.push(Inline::Emphasis(resolve(c, notes, body_refs, seen, inlined))),
            Inline::Strong(c) => out.push(Inline::Strong(resolve(c, notes, body_refs, seen, inlined))),
            Inline::Link { url, content } => out.push(Inline::Link {
                url: url.clone(),
                content: resolve(content, notes, body_refs, seen, inlined),
            }),
            other => out.push(other.clone()),
        }
    }
    out
}
