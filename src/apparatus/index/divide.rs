//! Sub-entries for a heading with more locators than a reader will look through: first by
//! the topic that co-occurs with it (another heading of the index named in the same
//! paragraphs: "Bolsheviks — and Lenin, 12, 15"), then, for what no topic gathers, by
//! article ("in “Title”"); what neither divides is reported to the editor.

use std::collections::{HashMap, HashSet};

use super::collate;
use super::curate::SortMode;
use super::scan::for_each_run;
use crate::model::{Book, IndexEntry, Inline, Locator, Warning};

/// More locators than a reader will look through under one heading.
pub const MAX_LOCATORS: usize = 8;
/// A topic gathers a sub-entry when it shares at least this many paragraphs.
const MIN_SHARED: usize = 2;
/// Locators left undivided under the heading itself, at most.
const MAX_UNDIVIDED: usize = MAX_LOCATORS / 2;

/// A paragraph of the book: (article index, block index).
type Paragraph = (usize, usize);

/// Divides each top-level heading with more than [`MAX_LOCATORS`] locators (and no
/// sub-entries of the editor's) into sub-entries; reports the ones it cannot divide.
pub fn divide_long_entries(entries: &mut [IndexEntry], book: &mut Book, mode: SortMode) {
    let paragraph_of = anchor_paragraphs(book);
    let at = |l: &Locator| paragraph_of.get(l.anchor.as_str()).copied();
    // The paragraphs each heading is named in, the name a sub-entry gives it, and its
    // collation key (a sub-entry "and Anna Petrova" files under "Petrova, Anna").
    let topics: Vec<(HashSet<Paragraph>, String, String)> = entries
        .iter()
        .map(|e| {
            let paragraphs = e
                .locators
                .iter()
                .chain(e.subentries.iter().flat_map(|s| &s.locators))
                .filter_map(at)
                .collect();
            (paragraphs, topic_name(e), e.sort_key.clone())
        })
        .collect();
    // The headings named in each paragraph, to count shared paragraphs from the locators'
    // side: the book's long headings by every heading would be quadratic in its length.
    let mut named_in: HashMap<Paragraph, Vec<usize>> = HashMap::new();
    for (t, (paragraphs, _, _)) in topics.iter().enumerate() {
        for &p in paragraphs {
            named_in.entry(p).or_default().push(t);
        }
    }
    let mut warnings = Vec::new();
    for (n, e) in entries.iter_mut().enumerate() {
        if e.locators.len() <= MAX_LOCATORS {
            continue;
        }
        if !e.subentries.is_empty() {
            warnings.push(format!(
                "index heading \"{}\" keeps {} locators beside its sub-entries; give them \
                 sub-entries of their own in index.toml",
                e.heading,
                e.locators.len()
            ));
            continue;
        }
        let total = e.locators.len();
        let mut rest = std::mem::take(&mut e.locators);
        let mut subs = Vec::new();
        while rest.len() > MAX_UNDIVIDED {
            // The topic sharing most of the remaining paragraphs, first in collation order on
            // a tie; one named wherever the heading is says nothing.
            let mut shared_with: HashMap<usize, usize> = HashMap::new();
            for t in rest.iter().filter_map(at).flat_map(|p| named_in.get(&p).into_iter().flatten()) {
                *shared_with.entry(*t).or_default() += 1;
            }
            let best = shared_with
                .into_iter()
                .filter(|&(t, shared)| t != n && shared >= MIN_SHARED && shared < total)
                .map(|(t, shared)| (shared, t))
                .max_by_key(|(shared, t)| (*shared, std::cmp::Reverse(*t)));
            let Some((_, t)) = best else { break };
            let (paragraphs, name, key) = &topics[t];
            let (with, without): (Vec<Locator>, Vec<Locator>) =
                rest.into_iter().partition(|l| at(l).is_some_and(|p| paragraphs.contains(&p)));
            rest = without;
            subs.push(sub_entry(e, format!("and {name}"), key.clone(), subs.len(), with));
        }
        if rest.len() > MAX_UNDIVIDED {
            let by_article = by_article(rest, book);
            if by_article.len() > 1 {
                rest = Vec::new();
                for (a, locators) in by_article {
                    let title = book.articles.get(a).map_or("", |a| short_title(&a.meta.title));
                    let heading = format!("in “{}”", nest_quotes(title));
                    subs.push(sub_entry(e, heading, collate::sort_key(title, mode), subs.len(), locators));
                }
            } else {
                rest = by_article.into_iter().flat_map(|(_, ls)| ls).collect();
            }
        }
        e.locators = rest;
        if subs.is_empty() {
            warnings.push(format!(
                "index heading \"{}\" has {} locators in one article; divide it with \
                 [[entry.sub]] tables in index.toml",
                e.heading,
                e.locators.len()
            ));
            continue;
        }
        subs.sort_by(|a, b| (&a.sort_key, &a.heading).cmp(&(&b.sort_key, &b.heading)));
        for s in subs.iter().filter(|s| s.locators.len() > MAX_LOCATORS) {
            warnings.push(format!(
                "index sub-entry \"{}\" of \"{}\" has {} locators; divide it with \
                 [[entry.sub]] tables in index.toml",
                s.heading,
                e.heading,
                s.locators.len()
            ));
        }
        e.subentries = subs;
    }
    book.warnings.extend(warnings.into_iter().map(|message| Warning {
        stage: "index".to_string(),
        message,
    }));
}

fn sub_entry(parent: &IndexEntry, heading: String, sort_key: String, n: usize, locators: Vec<Locator>) -> IndexEntry {
    IndexEntry {
        id: format!("{}-s{n}", parent.id),
        work: false,
        sort_key,
        heading,
        aliases: parent.aliases.clone(),
        locators,
        subentries: Vec::new(),
        see: Vec::new(),
        see_also: Vec::new(),
    }
}

/// How a sub-entry names another heading: in its running-text order, the fullest form the
/// text writes ("Vladimir Lenin" for "Lenin, Vladimir", "The History of the Russian
/// Revolution" for "History of the Russian Revolution, The"), else the heading.
fn topic_name(e: &IndexEntry) -> String {
    if !e.heading.contains(", ") {
        return e.heading.clone();
    }
    e.aliases
        .iter()
        .filter(|a| !a.contains(','))
        .max_by_key(|a| (a.chars().count(), std::cmp::Reverse(a.as_str())))
        .cloned()
        .unwrap_or_else(|| e.heading.clone())
}

/// The locators grouped by article, in reading order.
fn by_article(locators: Vec<Locator>, book: &Book) -> Vec<(usize, Vec<Locator>)> {
    let mut out: Vec<(usize, Vec<Locator>)> = Vec::new();
    for l in locators {
        let a = book.articles.iter().position(|a| a.id == l.article).unwrap_or(usize::MAX);
        match out.iter_mut().find(|(b, _)| *b == a) {
            Some((_, ls)) => ls.push(l),
            None => out.push((a, vec![l])),
        }
    }
    out
}

/// The paragraph each index anchor stands in.
fn anchor_paragraphs(book: &Book) -> HashMap<&str, Paragraph> {
    fn walk<'a>(inlines: &'a [Inline], at: Paragraph, out: &mut HashMap<&'a str, Paragraph>) {
        for inline in inlines {
            match inline {
                Inline::Anchor(id) => {
                    out.insert(id.as_str(), at);
                }
                Inline::Emphasis(c) | Inline::Strong(c) => walk(c, at, out),
                Inline::Link { content, .. } | Inline::Lang { content, .. } => walk(content, at, out),
                Inline::Text(_) | Inline::NoteRef(_) => {}
            }
        }
    }
    let mut out = HashMap::new();
    for (a, article) in book.articles.iter().enumerate() {
        for (b, block) in article.blocks.iter().enumerate() {
            for_each_run(block, &mut |inlines| walk(inlines, (a, b), &mut out));
        }
    }
    out
}

/// A title's own double quotation marks turned single, for the title to stand inside
/// double ones (Chicago 13.30): "“All Power to the Soviets!”" -> "‘All Power to the
/// Soviets!’", not a doubled closing quote.
fn nest_quotes(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut prev: Option<char> = None;
    for c in title.chars() {
        out.push(match c {
            '“' => '‘',
            '”' => '’',
            '"' if prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p)) => '‘',
            '"' => '’',
            c => c,
        });
        prev = Some(c);
    }
    out
}

/// A title without its subtitle ("Russia’s 1917 revolution: When workers took power" ->
/// "Russia’s 1917 revolution"), unless that leaves a single word.
fn short_title(title: &str) -> &str {
    [": ", " – ", " — ", " - "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()
        .map(|at| title[..at].trim())
        .filter(|short| short.split_whitespace().count() > 1)
        .unwrap_or(title)
}
