//! Scoring against gold sets written by reading the articles: a gold chronology
//! (`chronology.toml`: event dates per article, exact printed labels where the calendar
//! matters) and a gold list of index headings (`a | b` alternatives, `~` acceptable only).
//! Shared by every book of this test binary.

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use anthology::model::Book;
use serde::Deserialize;

/// Assembles the book in `dir` (no apparatus).
pub fn assemble(dir: &Path) -> Book {
    let manifest = anthology::config::Manifest::load(dir).expect("manifest loads");
    anthology::pipeline::assemble(&manifest, dir).expect("book assembles")
}

/// The book in `dir` with its index built from its own `index.toml` (if any).
pub fn with_index(dir: &Path) -> Book {
    let manifest = anthology::config::Manifest::load(dir).expect("manifest loads");
    let mut book = anthology::pipeline::assemble(&manifest, dir).expect("book assembles");
    let config = anthology::apparatus::index::IndexConfig::load(dir).expect("index.toml loads");
    anthology::apparatus::index::apply(&mut book, &config, manifest.index.mode).expect("index builds");
    book
}

/// The book in `dir` with its chronology built by the extractor alone (no timeline.toml).
pub fn with_extracted_timeline(dir: &Path) -> Book {
    let mut book = assemble(dir);
    let empty = tempfile::tempdir().expect("temp dir");
    let config = anthology::apparatus::timeline::editor::Config::load(empty.path()).expect("no timeline.toml");
    anthology::apparatus::timeline::apply(&mut book, &config).expect("timeline builds");
    book
}

#[derive(Deserialize)]
struct Chronology {
    article: Vec<GoldArticle>,
}

#[derive(Deserialize)]
struct GoldArticle {
    source: String,
    events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    date: String,
    label: Option<String>,
    #[allow(dead_code)]
    what: String,
}

pub struct ChronologyScore {
    pub recall: f64,
    pub precision: f64,
    pub exact: usize,
    pub labels: usize,
    /// Missed and extra dates, one a line.
    pub report: String,
    pub summary: String,
}

/// Recall and precision of (article, Gregorian date) pairs against `gold` (a chronology.toml).
pub fn score_chronology(book: &Book, gold: &Path) -> ChronologyScore {
    let gold: Chronology =
        toml::from_str(&std::fs::read_to_string(gold).expect("gold chronology")).expect("toml");
    let id_of = |source: &str| {
        book.articles
            .iter()
            .find(|a| a.source.ends_with(source))
            .unwrap_or_else(|| panic!("{source} is not in the gold book"))
            .id
            .clone()
    };
    let mut want = BTreeSet::new();
    let mut labels = Vec::new();
    for a in &gold.article {
        let id = id_of(&a.source);
        for e in &a.events {
            want.insert((id.clone(), e.date.clone()));
            if let Some(l) = &e.label {
                labels.push((id.clone(), e.date.clone(), l.clone()));
            }
        }
    }
    let entries = book.timeline.as_ref().map_or(&[][..], |t| &t.entries[..]);
    let mut got = BTreeSet::new();
    for e in entries {
        for s in &e.sources {
            got.insert((s.article.clone(), e.sort_key.clone()));
        }
    }
    let hit = want.intersection(&got).count();
    let recall = if want.is_empty() { 1.0 } else { hit as f64 / want.len() as f64 };
    let precision = if got.is_empty() { 0.0 } else { hit as f64 / got.len() as f64 };
    let exact = labels
        .iter()
        .filter(|(id, date, label)| {
            entries.iter().any(|e| {
                &e.sort_key == date && &e.date_label == label && e.sources.iter().any(|s| &s.article == id)
            })
        })
        .count();
    let title = |id: &str| book.articles.iter().find(|a| a.id == id).map_or(String::new(), |a| a.source.clone());
    let mut report = String::new();
    for (id, d) in want.difference(&got) {
        let _ = writeln!(report, "missed {d} in {}", title(id));
    }
    for e in entries {
        for s in &e.sources {
            if !want.contains(&(s.article.clone(), e.sort_key.clone())) {
                let _ = writeln!(report, "extra  {} [{}] in {}: {}", e.sort_key, e.date_label, title(&s.article), e.text);
            }
        }
    }
    if std::env::var_os("TIMELINE_DUMP").is_some() {
        for e in entries {
            let from: Vec<&str> = e.sources.iter().map(|s| s.article.as_str()).collect();
            println!("{} [{}] {}: {}", e.sort_key, e.date_label, from.join(","), e.text);
        }
    }
    let summary = format!(
        "{} gold event dates, {} extracted, {hit} matched: recall {recall:.3}, precision {precision:.3}; \
         exact printed dates {exact}/{}",
        want.len(),
        got.len(),
        labels.len()
    );
    ChronologyScore { recall, precision, exact, labels: labels.len(), report, summary }
}

/// Top-level headings of the book's index.
pub fn headings(book: &Book) -> Vec<String> {
    book.index.as_ref().map(|i| i.entries.iter().map(|e| e.heading.clone()).collect()).unwrap_or_default()
}

/// Case, a leading "The", curly quotes, punctuation other than the comma, and spaces ignored.
pub fn norm(s: &str) -> String {
    let s = s.trim().to_lowercase().replace('’', "'");
    // A leading article and one placed after the heading are the same title ("A Paradise
    // Built in Hell", "Paradise Built in Hell, A"; Chicago 16.52).
    let s = ["the ", "a ", "an "].iter().find_map(|a| s.strip_prefix(a)).unwrap_or(&s);
    let s = [", the", ", a", ", an"].iter().find_map(|a| s.strip_suffix(a)).unwrap_or(s).to_string();
    s.chars().filter(|c| c.is_alphanumeric() || *c == ',').collect()
}

pub struct Headings {
    required: Vec<Vec<String>>,
    acceptable: HashSet<String>,
}

pub fn gold_headings(path: &Path) -> Headings {
    let text = std::fs::read_to_string(path).expect("gold file");
    let mut g = Headings { required: Vec::new(), acceptable: HashSet::new() };
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (optional, line) = match line.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let alts: Vec<String> = line.split('|').map(norm).collect();
        g.acceptable.extend(alts.iter().cloned());
        if !optional {
            g.required.push(alts);
        }
    }
    g
}

pub struct IndexScore {
    pub proposed: usize,
    pub present: f64,
    pub missing: Vec<String>,
    pub junk: Vec<String>,
    pub required: usize,
}

/// Share of required headings present, the missing ones, and the proposals matching no line.
pub fn score_index(book: &Book, g: &Headings) -> IndexScore {
    let have = headings(book);
    let normed: HashSet<String> = have.iter().map(|h| norm(h)).collect();
    let missing: Vec<String> = g
        .required
        .iter()
        .filter(|alts| !alts.iter().any(|a| normed.contains(a)))
        .map(|alts| alts[0].clone())
        .collect();
    let proposed = have.len();
    let junk: Vec<String> = have.into_iter().filter(|h| !g.acceptable.contains(&norm(h))).collect();
    let present = 1.0 - missing.len() as f64 / g.required.len() as f64;
    if std::env::var_os("INDEX_DUMP").is_some() {
        for e in book.index.iter().flat_map(|i| &i.entries) {
            println!("{} {:?}", e.heading, e.aliases);
        }
    }
    IndexScore { proposed, present, missing, junk, required: g.required.len() }
}

impl IndexScore {
    pub fn summary(&self) -> String {
        format!(
            "{} headings proposed; gold present {:.1}% ({} of {}); junk {}\nmissing: {:?}\njunk: {:?}",
            self.proposed,
            self.present * 100.0,
            self.required - self.missing.len(),
            self.required,
            self.junk.len(),
            self.missing,
            self.junk
        )
    }
}

/// Scores the chronology the extractor finds in the blind book `dir` against its
/// `chronology.toml`, prints the figures, and fails below the levels already reached.
pub fn holds_chronology(dir: &str, recall: f64, precision: f64) -> ChronologyScore {
    let dir = Path::new(dir);
    let s = score_chronology(&with_extracted_timeline(dir), &dir.join("chronology.toml"));
    println!("{} chronology: {}\n{}", dir.display(), s.summary, s.report);
    // A book built for its chronology is a book of unseen text for the index too.
    with_index(dir);
    assert!(s.recall >= recall, "recall {:.3}\n{}", s.recall, s.report);
    assert!(s.precision >= precision, "precision {:.3}\n{}", s.precision, s.report);
    s
}

/// Scores the index proposed for the blind book `dir` against its `gold-headings.txt`,
/// prints the figures, and fails below the levels already reached.
pub fn holds_index(dir: &str, present: f64, junk: usize) {
    let dir = Path::new(dir);
    let s = score_index(&with_index(dir), &gold_headings(&dir.join("gold-headings.txt")));
    println!("{} index: {}", dir.display(), s.summary());
    // And of unseen text for the chronology: it must at least come through it (a panic on
    // a no-break space was found this way).
    with_extracted_timeline(dir);
    assert!(s.present >= present, "{}", s.summary());
    assert!(s.junk.len() <= junk, "{}", s.summary());
}
