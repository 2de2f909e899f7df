//! The tagged PDF's structure tree: the writer reports each marked stretch of content
//! and each link annotation with the page model's [`Tag`]; out comes krilla's tag tree,
//! elements in the order first drawn (so a paragraph continued overleaf stays one
//! element and its footnotes follow it). With `writer`, the only modules importing krilla.

use std::collections::HashMap;
use std::num::NonZeroU16;
use std::sync::Arc;

use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope,
    Tag as KTag, TagGroup, TagKind, TagTree,
};

use super::page::{CellKind, Role, Tag};

/// How content with `tag` is marked in the content stream.
pub fn content_tag(tag: &Tag) -> ContentTag<'static> {
    match tag.role {
        // Running heads, folios: pagination artifacts, skipped by assistive technology.
        Role::Artifact => ContentTag::Artifact(Artifact::with_kind(ArtifactType::PaginationOther)),
        _ => ContentTag::Span(SpanTag::empty()),
    }
}

/// Marks drawn content that is decoration only (rules, a cover's ground).
pub fn decoration() -> ContentTag<'static> {
    ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout))
}

/// One structure element being collected.
struct Element {
    tag: Tag,
    /// The element's text, for a heading's title.
    text: String,
    children: Vec<Node>,
}

/// The structure elements met so far, in reading order.
#[derive(Default)]
pub struct Structure {
    elements: Vec<Element>,
    index: HashMap<(Role, Arc<str>), usize>,
    /// Links on artifacts (none expected): kept at the top level so every annotation
    /// has its one parent.
    loose: Vec<Node>,
}

impl Structure {
    /// Content marked `id` belongs to `tag`'s element and reads `text`.
    pub fn content(&mut self, tag: &Tag, id: Identifier, text: &str) {
        if tag.role == Role::Artifact {
            return;
        }
        let e = self.element(tag);
        e.text.push_str(text);
        e.children.push(Node::Leaf(id));
    }

    /// A link annotation on `tag`'s text.
    pub fn link(&mut self, tag: &Tag, id: Identifier) {
        let link = Node::Group(TagGroup::with_children(KTag::Link, vec![Node::Leaf(id)]));
        if tag.role == Role::Artifact {
            self.loose.push(link);
        } else {
            self.element(tag).children.push(link);
        }
    }

    fn element(&mut self, tag: &Tag) -> &mut Element {
        let key = (tag.role, tag.element.clone());
        let next = self.elements.len();
        let i = *self.index.entry(key).or_insert(next);
        if i == next {
            self.elements.push(Element { tag: tag.clone(), text: String::new(), children: Vec::new() });
        }
        &mut self.elements[i]
    }

    /// The tag tree in `lang`. Consecutive elements that nest in the same group share
    /// their enclosing elements (a block quote, a list, the contents, the index; a
    /// table, and a table row within it).
    pub fn tree(self, lang: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
        // The enclosing elements open around the last element, outermost first.
        let mut open: Vec<(Enclosing, TagGroup)> = Vec::new();
        for e in self.elements {
            let path = enclosing(&e.tag);
            let shared = open.iter().zip(&path).take_while(|((a, _), (b, _))| a == b).count();
            close(&mut open, shared, &mut tree);
            open.extend(path.into_iter().skip(shared).map(|(key, kind)| (key, TagGroup::new(kind))));
            let node = element_group(&e);
            match open.last_mut() {
                Some((_, g)) => g.push(node),
                None => tree.push(node),
            }
        }
        close(&mut open, 0, &mut tree);
        for l in self.loose {
            tree.push(l);
        }
        tree
    }
}

/// Closes the open enclosing elements beyond the first `keep`, each into its parent.
fn close(open: &mut Vec<(Enclosing, TagGroup)>, keep: usize, tree: &mut TagTree) {
    while open.len() > keep {
        let Some((_, g)) = open.pop() else { break };
        match open.last_mut() {
            Some((_, parent)) => parent.push(g),
            None => tree.push(g),
        }
    }
}

/// What identifies an enclosing element: its kind's name, its group and (a row) its number.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Enclosing(&'static str, Arc<str>, u32);

/// The elements that enclose an element with `tag`, outermost first.
fn enclosing(tag: &Tag) -> Vec<(Enclosing, TagKind)> {
    let g = || tag.group.clone();
    match tag.role {
        Role::Quote => vec![(Enclosing("BlockQuote", g(), 0), KTag::BlockQuote.into())],
        Role::ListItem => vec![(Enclosing("L", g(), 0), KTag::L(ListNumbering::None).into())],
        Role::ContentsEntry => vec![(Enclosing("TOC", g(), 0), KTag::TOC.into())],
        Role::IndexEntry => vec![(Enclosing("Index", g(), 0), KTag::Index.into())],
        // A table's caption is its first child.
        Role::Caption if !tag.group.is_empty() => vec![(Enclosing("Table", g(), 0), KTag::Table.into())],
        Role::Cell { row, .. } => vec![
            (Enclosing("Table", g(), 0), KTag::Table.into()),
            (Enclosing("TR", g(), row), KTag::TR.into()),
        ],
        _ => Vec::new(),
    }
}

fn element_group(e: &Element) -> TagGroup {
    let children = e.children.clone();
    match e.tag.role {
        Role::Heading(level) => {
            let level = NonZeroU16::new(level.into()).unwrap_or(NonZeroU16::MIN);
            let title = e.text.replace('\u{AD}', "");
            TagGroup::with_children(KTag::Hn(level, Some(title)), children)
        }
        Role::Caption => TagGroup::with_children(KTag::Caption, children),
        Role::Note => TagGroup::with_children(KTag::Note, children),
        Role::ListItem => TagGroup::with_children(
            KTag::LI,
            vec![Node::Group(TagGroup::with_children(KTag::LBody, children))],
        ),
        Role::ContentsEntry => TagGroup::with_children(KTag::TOCI, children),
        Role::Cell { kind: CellKind::ColumnHead, .. } => TagGroup::with_children(KTag::TH(TableHeaderScope::Column), children),
        Role::Cell { kind: CellKind::RowHead, .. } => TagGroup::with_children(KTag::TH(TableHeaderScope::Row), children),
        Role::Cell { kind: CellKind::Data, .. } => TagGroup::with_children(KTag::TD, children),
        Role::Artifact | Role::Paragraph | Role::Quote | Role::IndexEntry => {
            TagGroup::with_children(KTag::P, children)
        }
    }
}
