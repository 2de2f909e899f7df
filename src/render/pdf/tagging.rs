//! The tagged PDF's structure tree: the writer reports each marked stretch of content
//! and each link annotation with the page model's [`Tag`]; out comes krilla's tag tree,
//! elements in the order first drawn (so a paragraph continued overleaf stays one
//! element and its footnotes follow it). With `writer`, the only modules importing krilla.

use std::collections::HashMap;
use std::num::NonZeroU16;
use std::rc::Rc;

use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag as KTag,
    TagGroup, TagKind, TagTree,
};

use super::page::{Role, Tag};

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
    index: HashMap<(Role, Rc<str>), usize>,
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
    /// one enclosing element (a block quote, a list, the contents, the index).
    pub fn tree(self, lang: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
        let mut open: Option<(Role, Rc<str>, TagGroup)> = None;
        for e in self.elements {
            let role = e.tag.role;
            let node = element_group(&e);
            match enclosing(role) {
                Some(kind) => {
                    let same = open.as_ref().is_some_and(|(r, g, _)| *r == role && *g == e.tag.group);
                    if !same {
                        if let Some((_, _, g)) = open.take() {
                            tree.push(g);
                        }
                        open = Some((role, e.tag.group.clone(), TagGroup::new(kind)));
                    }
                    if let Some((_, _, g)) = open.as_mut() {
                        g.push(node);
                    }
                }
                None => {
                    if let Some((_, _, g)) = open.take() {
                        tree.push(g);
                    }
                    tree.push(node);
                }
            }
        }
        if let Some((_, _, g)) = open {
            tree.push(g);
        }
        for l in self.loose {
            tree.push(l);
        }
        tree
    }
}

/// The element that encloses a run of elements with `role`.
fn enclosing(role: Role) -> Option<TagKind> {
    match role {
        Role::Quote => Some(KTag::BlockQuote.into()),
        Role::ListItem => Some(KTag::L(ListNumbering::None).into()),
        Role::ContentsEntry => Some(KTag::TOC.into()),
        Role::IndexEntry => Some(KTag::Index.into()),
        _ => None,
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
        Role::Artifact | Role::Paragraph | Role::Quote | Role::IndexEntry => {
            TagGroup::with_children(KTag::P, children)
        }
    }
}
