//! The back-of-book index: proposes terms from the articles, lets the editor's
//! `index.toml` curate them, marks every occurrence with an anchor and collates the
//! entries into [`crate::model::Index`]. Page numbers are filled in later from the PDF
//! layout (`PageMap::anchor_pages`).
//!
//! Steps, one file each: [`scan`] tokenises the text, [`propose`] extracts and groups
//! candidates, [`curate`] applies `index.toml`, [`locate`] inserts anchors and collects
//! locators, [`collate`] computes sort keys; [`ranges`] turns locators into the page
//! references both editions print.

mod collate;
mod curate;
mod locate;
mod propose;
pub mod ranges;
mod scan;
mod words;

use std::collections::HashSet;

use serde::Deserialize;

pub use curate::{IndexConfig, SortMode};

/// The `[index]` table of `book.toml`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexSettings {
    #[serde(default)]
    pub mode: Mode,
}

/// Which headings the index holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The extractor's proposals, curated by `index.toml` when there is one.
    #[default]
    Proposed,
    /// Only the entries of `index.toml`.
    Curated,
    /// No index (and no contents entry for it).
    Off,
}

use crate::error::Result;
use crate::model::{Book, Index, IndexEntry, Warning};
use curate::Term;
use locate::Found;

/// Builds the index of `book` (curated by the editor's `index.toml`, `config`), inserts its
/// anchors into the articles and stores it in `book.index`. Proposals the editor rejected
/// are reported as a warning. `Mode::Off` leaves the book without an index;
/// `Mode::Curated` keeps only the editor's entries.
pub fn apply(book: &mut Book, config: &IndexConfig, mode: Mode) -> Result<()> {
    if mode == Mode::Off {
        book.index = None;
        return Ok(());
    }
    // 1. Tokenise the articles once.
    let corpus = scan::scan(book);
    // 2. Propose headings from the text, grouped with their variants.
    let proposals = match mode {
        Mode::Curated => Vec::new(),
        _ => propose::propose(&corpus),
    };
    // 3. Let the editor add, rename, merge and reject.
    let curated = curate::curate(proposals, &config);
    // 4. Find every occurrence, anchor it, and collect locators.
    let found = locate::locate(book, &corpus, &curated.terms);
    // 5. Collate, keeping only cross-references that lead somewhere.
    let mut entries = entries(&curated.terms, &found, config.sort);
    drop_dangling_references(&mut entries, &mut book.warnings);
    divide_long_entries(&mut entries, book, config.sort);
    if !curated.rejected.is_empty() {
        book.warnings.push(Warning {
            stage: "index".to_string(),
            message: format!(
                "index.toml rejected {} proposed heading(s): {}",
                curated.rejected.len(),
                curated.rejected.join("; ")
            ),
        });
    }
    for t in curated
        .terms
        .iter()
        .filter(|t| t.see.is_empty() && t.subs.is_empty())
    {
        if !entries.iter().any(|e| e.heading == curl(&t.heading)) {
            book.warnings.push(Warning {
                stage: "index".to_string(),
                message: format!(
                    "index heading \"{}\" was not found in the text and is left out",
                    t.heading
                ),
            });
        }
    }
    book.index = Some(Index {
        title: config.title.clone().unwrap_or_else(|| "Index".to_string()),
        entries,
    });
    Ok(())
}

/// More locators than a reader will look through under one heading.
const MAX_LOCATORS: usize = 8;

/// Divides a heading with more than [`MAX_LOCATORS`] locators (and no sub-entries of the
/// editor's) by article, one sub-entry "in “Title”" each; one whose locators all lie in one
/// article, or that has the editor's sub-entries besides, is reported for the editor to
/// divide in `index.toml`.
fn divide_long_entries(entries: &mut [IndexEntry], book: &mut Book, mode: SortMode) {
    for e in entries.iter_mut() {
        if e.locators.len() <= MAX_LOCATORS {
            continue;
        }
        if !e.subentries.is_empty() {
            book.warnings.push(Warning {
                stage: "index".to_string(),
                message: format!(
                    "index heading \"{}\" keeps {} locators beside its sub-entries; give them \
                     sub-entries of their own in index.toml",
                    e.heading,
                    e.locators.len()
                ),
            });
            continue;
        }
        let mut by_article: Vec<(usize, Vec<crate::model::Locator>)> = Vec::new();
        for l in std::mem::take(&mut e.locators) {
            let a = book.articles.iter().position(|a| a.id == l.article).unwrap_or(usize::MAX);
            match by_article.iter_mut().find(|(b, _)| *b == a) {
                Some((_, ls)) => ls.push(l),
                None => by_article.push((a, vec![l])),
            }
        }
        if by_article.len() < 2 {
            e.locators = by_article.into_iter().flat_map(|(_, ls)| ls).collect();
            book.warnings.push(Warning {
                stage: "index".to_string(),
                message: format!(
                    "index heading \"{}\" has {} locators in one article; divide it with \
                     [[entry.sub]] tables in index.toml",
                    e.heading,
                    e.locators.len()
                ),
            });
            continue;
        }
        e.subentries = by_article
            .into_iter()
            .map(|(a, locators)| {
                let title = book.articles.get(a).map_or("", |a| short_title(&a.meta.title));
                let heading = format!("in “{}”", nest_quotes(title));
                IndexEntry {
                    id: format!("{}-a{a}", e.id),
                    work: false,
                    sort_key: collate::sort_key(title, mode),
                    heading,
                    aliases: e.aliases.clone(),
                    locators,
                    subentries: Vec::new(),
                    see: Vec::new(),
                    see_also: Vec::new(),
                }
            })
            .collect();
        sort(&mut e.subentries);
    }
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

/// Removes `see` / `see_also` targets that are no heading of the index (misspelt, or a
/// heading the text never mentions), with a warning each, and then the pure cross-reference
/// entries left pointing nowhere.
fn drop_dangling_references(entries: &mut Vec<IndexEntry>, warnings: &mut Vec<Warning>) {
    let headings: HashSet<String> = entries.iter().map(|e| e.heading.clone()).collect();
    let all = entries.iter_mut().flat_map(|e| {
        let subs: Vec<&mut IndexEntry> = e.subentries.iter_mut().collect();
        let (see, see_also, heading) = (&mut e.see, &mut e.see_also, e.heading.clone());
        std::iter::once((heading, see, see_also)).chain(
            subs.into_iter()
                .map(|s| (s.heading.clone(), &mut s.see, &mut s.see_also)),
        )
    });
    for (heading, see, see_also) in all {
        for targets in [see, see_also] {
            targets.retain(|t| {
                let ok = headings.contains(t);
                if !ok {
                    warnings.push(Warning {
                        stage: "index".to_string(),
                        message: format!(
                            "index.toml: \"{}\" refers to \"{t}\", which is no heading of the \
                             index; the reference is left out (fix its spelling or add an [[entry]])",
                            heading
                        ),
                    });
                }
                ok
            });
        }
    }
    entries.retain(|e| !(e.locators.is_empty() && e.subentries.is_empty() && e.see.is_empty()));
}

/// The collated entries: terms with locators, subentries or cross-references.
fn entries(terms: &[Term], found: &Found, mode: SortMode) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::new();
    for (n, term) in terms.iter().enumerate() {
        let mut subs: Vec<IndexEntry> = term
            .subs
            .iter()
            .enumerate()
            .filter_map(|(s, sub)| {
                let locators = found.get(&(n, Some(s))).cloned().unwrap_or_default();
                (!locators.is_empty())
                    .then(|| entry(sub, locators, Vec::new(), mode, &format!("idx-{n}-{s}")))
            })
            .collect();
        sort(&mut subs);
        let locators = found.get(&(n, None)).cloned().unwrap_or_default();
        if locators.is_empty() && subs.is_empty() && term.see.is_empty() {
            continue;
        }
        entries.push(entry(term, locators, subs, mode, &format!("idx-{n}")));
    }
    sort(&mut entries);
    entries
}

fn entry(
    term: &Term,
    locators: Vec<crate::model::Locator>,
    subentries: Vec<IndexEntry>,
    mode: SortMode,
    id: &str,
) -> IndexEntry {
    IndexEntry {
        id: id.to_string(),
        heading: curl(&term.heading),
        work: term.work,
        sort_key: term
            .sort_key
            .clone()
            .unwrap_or_else(|| collate::sort_key(&term.heading, mode)),
        aliases: term.forms.clone(),
        locators,
        subentries,
        see: term.see.iter().map(|s| curl(s)).collect(),
        see_also: term.see_also.iter().map(|s| curl(s)).collect(),
    }
}

/// Typographic apostrophes: "International Women’s Day".
fn curl(heading: &str) -> String {
    heading.replace('\'', "’")
}

/// Collation order; the heading breaks ties so the order never depends on input order.
fn sort(entries: &mut [IndexEntry]) {
    entries.sort_by(|a, b| (&a.sort_key, &a.heading).cmp(&(&b.sort_key, &b.heading)));
}
