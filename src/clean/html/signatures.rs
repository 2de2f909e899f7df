//! A forum member's signature, set under each of their posts: a motto, a list of gear, links
//! to their pages. The extractor keeps it with the post; it is marked on the page for the
//! block reader to leave out, and the audit reports it.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

use super::named;
use crate::clean::dates::{self, NumericOrder};

/// The names a forum gives the signature it sets under each of a member's posts (phpBB's and
/// MyBB's "signature", XenForo's "message-signature", FluxBB's "postsignature", vBulletin's
/// "signaturecontainer").
const SIGNATURES: &[&str] = &["signature", "postsignature", "signaturecontainer"];

/// More words than a member's signature holds (a motto, a list of gear, an advert's lines).
const MOST_WORDS: usize = 160;

/// More characters than a signature's words take.
const MOST_BYTES: usize = 4096;

/// More nodes than a signature's markup has.
const MOST_NODES: usize = 1000;

/// Whether a page's markup may hold a forum's signatures: every name of one holds
/// "signature". A cheap look at the text before the document is searched ([`find`]).
pub(super) fn may_hold(html: &str) -> bool {
    html.contains("signature")
}

/// The signatures a forum sets under its members' posts, the outermost of each
/// ([`is_signature`]); none on a page with fewer than two: a thread's members each sign
/// their posts, where a mail pasted into an article may hold its text in its "signature".
pub(super) fn find(doc: &Document) -> Vec<NodeRef<'_>> {
    // (Each element is judged once, in the page's order: one inside a signature found is
    // part of it.)
    let mut inside: HashSet<NodeId> = HashSet::new();
    let mut found = Vec::new();
    for node in doc.select("body [class], body [id]").nodes() {
        if !inside.contains(&node.id) && is_signature(node) {
            inside.extend(node.descendants_it().map(|d| d.id));
            found.push(*node);
        }
    }
    if found.len() < 2 {
        return Vec::new();
    }
    found
}

/// Whether an element is a forum member's signature under a post: a word of its classes or
/// id names one, and it holds a signature's few words, no heading and no date. A news site's
/// "signature" is its byline, dated ("par Ana Lima, le 15 septembre 2009"), as a Q&A site's
/// "post-signature" is the post's ("asked Feb 6, 2014 at 20:37"); a "Model signature"
/// heading is a manual's section. Read no further than a signature's size: every element so
/// named is asked, nested or not.
fn is_signature(el: &NodeRef) -> bool {
    if !named(el, SIGNATURES) || is_heading(el) {
        return false;
    }
    let (mut text, mut words) = (String::new(), 0);
    for (seen, node) in el.descendants_it().enumerate() {
        if seen > MOST_NODES || is_heading(&node) {
            return false;
        }
        if node.is_text() {
            let part = node.text();
            words += part.split_whitespace().take(MOST_WORDS + 1).count();
            if words > MOST_WORDS || text.len() + part.len() > MOST_BYTES {
                return false;
            }
            text.push_str(&part);
            text.push(' ');
        }
    }
    dates::find_all(&text, NumericOrder::Unknown).is_empty()
}

/// Whether an element is a heading, `<h1>` to `<h6>`.
fn is_heading(el: &NodeRef) -> bool {
    el.node_name().is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}
