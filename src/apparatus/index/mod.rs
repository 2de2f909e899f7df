//! The back-of-book index: proposes terms from the articles, lets the editor's
//! `index.toml` curate them, marks every occurrence with an anchor and collates the
//! entries into [`crate::model::Index`]. Page numbers are filled in later from the PDF
//! layout (`PageMap::anchor_pages`).
//!
//! Steps, one file each: [`scan`] tokenises the text, [`propose`] extracts and groups
//! candidates ([`titles`] finds the works the text names as such, [`terms`] the lowercase
//! terms), [`curate`] applies
//! `index.toml`, [`locate`] inserts anchors and collects
//! locators, [`collate`] computes sort keys, [`divide`] gives a long entry sub-entries;
//! [`ranges`] turns locators into the page references both editions print.

mod abbreviations;
mod collate;
mod curate;
mod divide;
mod locate;
mod nonprose;
mod propose;
pub mod ranges;
mod scan;
mod terms;
mod titles;
mod words;

pub(crate) use words::{is_census_given_name, is_given_name, is_honorific, is_non_person};

use std::collections::{HashMap, HashSet};

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
use crate::memo;
use crate::model::{Book, Index, IndexEntry, Warning};
use curate::Term;
use locate::Found;

/// Builds the index of `book` (curated by the editor's `index.toml`, `config`), inserts its
/// anchors into the articles and stores it in `book.index`. Proposals the editor rejected
/// are reported as a warning. `Mode::Off` leaves the book without an index;
/// `Mode::Curated` keeps only the editor's entries.
pub fn apply(book: &mut Book, config: &IndexConfig, mode: Mode) -> Result<()> {
    let keys: Vec<memo::Key> = book.articles.iter().map(memo::article_key).collect();
    let mut cache = Cache::default();
    plan_cached(book, config, mode, &keys, &mut cache).apply(book, config, &mut cache)
}

/// What `anthology watch` keeps of the index from one build to the next: each article's
/// words, by its place in the book and its [`memo::article_key`] (the proposals themselves weigh
/// every article against the others, so they are made again).
#[derive(Default)]
pub struct Cache {
    words: HashMap<memo::Key, scan::Corpus>,
}

/// The index's headings, proposed from the text and curated by the editor, before any is
/// located: made without changing the book, so that `anthology watch` can make it beside
/// the chronology. `None` when the book has no index.
pub struct Plan(Option<Planned>);

struct Planned {
    corpus: scan::Corpus,
    sizes: Vec<scan::Size>,
    keys: Vec<memo::Key>,
    curated: curate::Curated,
}

/// Steps 1-3 of [`apply`]: what the index will hold, from the text alone, tokenising again
/// only the articles `cache` has not seen (`keys`: each article's [`memo::article_key`]).
pub fn plan_cached(book: &Book, config: &IndexConfig, mode: Mode, keys: &[memo::Key], cache: &mut Cache) -> Plan {
    if mode == Mode::Off {
        return Plan(None);
    }
    // 1. Tokenise the articles once, or take their words from the last build.
    // Only an article in English proposes headings (the rules read English).
    let proposes: Vec<bool> = book.articles.iter().map(|a| crate::language::reads_english(a, &book.meta.language)).collect();
    let keys: Vec<memo::Key> = keys.iter().zip(&proposes).enumerate().map(|(a, (key, p))| memo::key(&(a, key, p))).collect();
    let parts = (book.articles.iter().zip(&keys).zip(&proposes).enumerate())
        .map(|(a, ((article, key), &p))| cache.words.remove(key).unwrap_or_else(|| scan::scan_article(a, article, p)))
        .collect();
    let (corpus, sizes) = scan::Corpus::join(parts);
    // 2. Propose headings from the text, grouped with their variants.
    let proposals = match mode {
        Mode::Curated => Vec::new(),
        _ => propose::propose(&corpus),
    };
    // 3. Let the editor add, rename, merge and reject.
    let curated = curate::curate(proposals, config);
    Plan(Some(Planned { corpus, sizes, keys, curated }))
}

impl Plan {
    /// Steps 4-5 of [`apply`]: locates and anchors the headings in `book` and sets
    /// `book.index`.
    pub fn apply(self, book: &mut Book, config: &IndexConfig, cache: &mut Cache) -> Result<()> {
        let Some(Planned { corpus, sizes, keys, curated }) = self.0 else {
            book.index = None;
            return Ok(());
        };
        // 4. Find every occurrence, anchor it, and collect locators.
        let found = locate::locate(book, &corpus, &curated.terms);
        cache.words = keys.into_iter().zip(corpus.split(&sizes)).collect();
        // 5. Collate, keeping only cross-references that lead somewhere.
        let mut entries = entries(&curated.terms, &found, config.sort);
        drop_dangling_references(&mut entries, &mut book.warnings);
        divide::divide_long_entries(&mut entries, book, config.sort);
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
