//! Finds every occurrence of the curated terms in the tokenised text and marks it: an
//! `Inline::Anchor("ix-<article>-<n>")` goes right before the first occurrence of a term in
//! each block, and the term gets a [`Locator`] to it. Anchors are numbered within their
//! article, so that an occurrence added or removed in one article leaves the anchors of
//! every other article as they were (and `watch` reuses their laid-out chapters).
//!
//! One greedy longest-match scan over the tokens with a hash map of term word sequences:
//! linear in the book (times the longest term's word count).

use std::collections::{HashMap, HashSet};

use super::curate::Term;
use super::scan::{term_words, Corpus, NodeAt};
use crate::model::{Block, Book, Inline, Locator};

/// Which term (or subentry of a term) a match belongs to.
pub type Target = (usize, Option<usize>);

/// Locators found for each target.
pub type Found = HashMap<Target, Vec<Locator>>;

/// Locates every term of `terms` in `corpus`, inserts the anchors into `book` and returns
/// the locators per target.
pub fn locate(book: &mut Book, corpus: &Corpus, terms: &[Term]) -> Found {
    let (table, longest) = build_table(terms);
    // The words a form begins with: a quick test that skips most words of the text.
    let firsts: HashSet<&str> = table.keys().filter_map(|k| k.split(WORD_SEP).next()).collect();
    let mut found: Found = HashMap::new();
    let mut anchors: HashMap<NodeAt, Vec<(usize, String)>> = HashMap::new();
    let mut seen: HashSet<(Target, usize, usize)> = HashSet::new();
    let mut anchors_in_article = vec![0usize; book.articles.len()];
    let tokens = &corpus.tokens;
    let mut i = 0;
    let mut key = String::new();
    let mut ends: Vec<usize> = Vec::with_capacity(longest);
    while i < tokens.len() {
        if !firsts.contains(tokens[i].key.as_str()) {
            i += 1;
            continue;
        }
        // The longest run of words starting at i that is one of the terms (a comma may stand
        // inside one: "Academy of Allergy, Asthma and Immunology"; so may a subtitle's colon
        // in a title: "Star Wars: The Last Jedi").
        let subtitle = |k: usize| {
            let t = &tokens[k];
            t.node == tokens[k - 1].node && t.sentence_start && !t.stop_before && t.quote_before.is_none()
        };
        let mut len = 1;
        while len < longest && i + len < tokens.len() && (tokens[i + len].joined || tokens[i + len].comma_before || subtitle(i + len)) {
            len += 1;
        }
        // The key of the longest run, and where the key of each shorter run ends in it.
        key.clear();
        ends.clear();
        for (k, t) in tokens[i..i + len].iter().enumerate() {
            if k > 0 {
                key.push(WORD_SEP);
            }
            if k > 0 && t.comma_before {
                key.push(',');
                key.push(WORD_SEP);
            }
            key.push_str(&t.key);
            ends.push(key.len());
        }
        let hit = (1..=len).rev().find_map(|n| {
            let &(target, capital) = table.get(&key[..ends[n - 1]])?;
            capital.is_none_or(|k| tokens[i + k].capitalised()).then_some((n, target))
        });
        let Some((n, target)) = hit else {
            i += 1;
            continue;
        };
        let at = corpus.nodes[tokens[i].node];
        if seen.insert((target, at.article, at.block)) {
            anchors_in_article[at.article] += 1;
            let id = format!("ix-{}-{}", book.articles[at.article].id, anchors_in_article[at.article]);
            anchors
                .entry(at)
                .or_default()
                .push((tokens[i].start, id.clone()));
            found.entry(target).or_default().push(Locator {
                article: book.articles[at.article].id.clone(),
                anchor: id,
                page: None,
            });
        }
        i += n;
    }
    insert_anchors(book, &anchors);
    found
}

/// The form table: word sequences of every form (and its plural) -> target, and which of
/// a match's words must be capitalised, if one must (only when every form of that sequence
/// capitalises it): a name's "Bill" or "Prime" is not the "bill" or "prime" of running
/// text. Only the first word after a leading article counts: a name's later words vary in
/// case ("Ninety Mile beach"), and so does its article ("the New York Times"). The first
/// term to claim a sequence keeps it. Also returns the longest form's word count. A sequence
/// is one string, its words joined by [`WORD_SEP`], so that the text's runs of words are
/// looked up as slices of one key.
type Table = HashMap<String, (Target, Option<usize>)>;

/// Parts the words of a [`Table`] key (no word holds a control character).
const WORD_SEP: char = '\u{1f}';

fn build_table(terms: &[Term]) -> (Table, usize) {
    let mut table: Table = HashMap::new();
    let mut longest = 1;
    let mut add = |form: &str, target: Target| {
        let (keys, capitals): (Vec<String>, Vec<bool>) = term_words(form).into_iter().unzip();
        if keys.is_empty() {
            return;
        }
        let first = usize::from(keys.len() > 1 && matches!(keys[0].as_str(), "the" | "a" | "an"));
        let capital = capitals[first].then_some(first);
        longest = longest.max(keys.len());
        let mut plural = keys.clone();
        if let Some(last) = plural.last_mut() {
            last.push('s');
        }
        for keys in [keys, plural] {
            let (claimed, must) = table.entry(keys.join(&WORD_SEP.to_string())).or_insert((target, capital));
            if *claimed == target && *must != capital {
                *must = None;
            }
        }
    };
    for (n, term) in terms.iter().enumerate() {
        for (s, sub) in term.subs.iter().enumerate() {
            sub.forms.iter().for_each(|f| add(f, (n, Some(s))));
        }
        term.forms.iter().for_each(|f| add(f, (n, None)));
    }
    (table, longest)
}

/// Splits the text nodes at the recorded offsets and puts the anchors in.
fn insert_anchors(book: &mut Book, anchors: &HashMap<NodeAt, Vec<(usize, String)>>) {
    for (a, article) in book.articles.iter_mut().enumerate() {
        for (b, block) in article.blocks.iter_mut().enumerate() {
            let mut ordinal = 0;
            let mut visit = |inlines: &mut Vec<Inline>| {
                *inlines = rebuild(std::mem::take(inlines), &mut |text| {
                    let at = NodeAt {
                        article: a,
                        block: b,
                        ordinal,
                    };
                    ordinal += 1;
                    split(text, anchors.get(&at))
                });
            };
            match block {
                Block::Paragraph { content, .. }
                | Block::Heading { content, .. }
                | Block::Caption { content, .. } => visit(content),
                Block::Quote { paragraphs, .. } | Block::List { items: paragraphs, .. } => paragraphs.iter_mut().for_each(visit),
                Block::Table { table, .. } => table.runs_mut().for_each(visit),
                Block::Sources { .. } | Block::Code { .. } => {}
            }
        }
    }
}

/// Rebuilds `inlines`, replacing each text node (in the scan's order) by `f(text)`.
fn rebuild(inlines: Vec<Inline>, f: &mut impl FnMut(String) -> Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.extend(f(t)),
            Inline::Emphasis(c) => out.push(Inline::Emphasis(rebuild(c, f))),
            Inline::Strong(c) => out.push(Inline::Strong(rebuild(c, f))),
            Inline::Link { url, content } => out.push(Inline::Link {
                url,
                content: rebuild(content, f),
            }),
            Inline::Lang { lang, content } => out.push(Inline::Lang {
                lang,
                content: rebuild(content, f),
            }),
            other => out.push(other),
        }
    }
    out
}

/// `text` with an anchor before each recorded offset.
fn split(text: String, anchors: Option<&Vec<(usize, String)>>) -> Vec<Inline> {
    let Some(anchors) = anchors else {
        return vec![Inline::Text(text)];
    };
    let mut out = Vec::with_capacity(anchors.len() * 2 + 1);
    let mut from = 0;
    for (offset, id) in anchors {
        if *offset > from {
            out.push(Inline::Text(text[from..*offset].to_string()));
        }
        out.push(Inline::Anchor(id.clone()));
        from = *offset;
    }
    if from < text.len() {
        out.push(Inline::Text(text[from..].to_string()));
    }
    out
}
