//! The chronology measured on material it was not tuned on: the gold book
//! (tests/fixtures/timeline/gold: ten news pages and two articles in other styles, none about
//! 1917) against a chronology written by reading it. Reports recall and precision of event
//! dates (article, Gregorian date) and the share of printed dates that are exact where the
//! calendar matters (Old Style dual dates and their absence).

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

const GOLD: &str = "tests/fixtures/timeline/gold";

#[derive(Deserialize)]
struct Gold {
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

fn articles_of(e: &anthology::model::TimelineEntry) -> String {
    e.sources.iter().map(|s| s.article.as_str()).collect::<Vec<_>>().join(",")
}

#[test]
fn gold_chronology_recall_and_precision() {
    let dir = Path::new(GOLD);
    let manifest = anthology::config::Manifest::load(dir).unwrap();
    let mut book = anthology::pipeline::assemble(&manifest, dir).unwrap();
    // No timeline.toml: the extractor alone.
    let empty = tempfile::tempdir().unwrap();
    anthology::apparatus::timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(empty.path()).unwrap()).unwrap();
    let gold: Gold =
        toml::from_str(&std::fs::read_to_string(dir.join("chronology.toml")).unwrap()).unwrap();
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
    let recall = hit as f64 / want.len() as f64;
    let precision = if got.is_empty() { 0.0 } else { hit as f64 / got.len() as f64 };
    let exact = labels
        .iter()
        .filter(|(id, date, label)| {
            entries.iter().any(|e| {
                &e.sort_key == date
                    && &e.date_label == label
                    && e.sources.iter().any(|s| &s.article == id)
            })
        })
        .count();
    let title = |id: &str| {
        book.articles.iter().find(|a| a.id == id).map_or(String::new(), |a| a.source.clone())
    };
    let mut report = String::new();
    for (id, d) in want.difference(&got) {
        report += &format!("missed {d} in {}\n", title(id));
    }
    for e in entries {
        for s in &e.sources {
            if !want.contains(&(s.article.clone(), e.sort_key.clone())) {
                report += &format!(
                    "extra  {} [{}] in {}: {}\n",
                    e.sort_key,
                    e.date_label,
                    title(&s.article),
                    e.text
                );
            }
        }
    }
    if std::env::var_os("TIMELINE_DUMP").is_some() {
        for e in entries {
            println!("{} [{}] {}: {}", e.sort_key, e.date_label, articles_of(e), e.text);
        }
    }
    println!(
        "gold chronology: {} gold event dates, {} extracted, {hit} matched: recall {recall:.3}, \
         precision {precision:.3}; exact printed dates {exact}/{}\n{report}",
        want.len(),
        got.len(),
        labels.len()
    );
    assert!(recall >= 0.95, "recall {recall:.3}\n{report}");
    assert!(precision >= 0.95, "precision {precision:.3}\n{report}");
    assert_eq!(exact, labels.len(), "printed dates\n{report}");
}

/// Entries on unseen material read as events: self-contained clauses (no dangling relative
/// pronoun, conjunction, participle or copula), in New Style order, one entry for an event
/// two articles state, with both sources.
#[test]
fn gold_entries_are_self_contained_sorted_and_merged() {
    let dir = Path::new(GOLD);
    let manifest = anthology::config::Manifest::load(dir).unwrap();
    let mut book = anthology::pipeline::assemble(&manifest, dir).unwrap();
    let empty = tempfile::tempdir().unwrap();
    anthology::apparatus::timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(empty.path()).unwrap()).unwrap();
    let entries = &book.timeline.as_ref().unwrap().entries;
    for e in entries {
        let first = e.text.split_whitespace().next().unwrap_or("");
        assert!(
            first.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            "{}",
            e.text
        );
        assert!(
            !["Which", "Who", "Whom", "Or", "And", "But", "Was", "Were", "Writing", "As", "To"]
                .contains(&first),
            "{}",
            e.text
        );
        for tail in [" was", " were", " is", " said", " wrote"] {
            assert!(!e.text.ends_with(tail), "{}", e.text);
        }
        assert!(e.note.is_none(), "{}: {:?}", e.text, e.note);
    }
    assert!(entries.windows(2).all(|w| w[0].sort_key <= w[1].sort_key));
    let id = |stem: &str| {
        book.articles.iter().find(|a| a.source.ends_with(stem)).unwrap().id.clone()
    };
    let (wire, bbc) = (id("assange-wire.md"), id("assange-bbc.md"));
    let release = entries
        .iter()
        .find(|e| e.sort_key == "2010-00-00" && e.sources.iter().any(|s| s.article == wire))
        .unwrap();
    assert!(release.sources.iter().any(|s| s.article == bbc), "{release:#?}");
    // The headnote states the calendar and explains the mark once.
    let headnote = book.timeline.as_ref().unwrap().headnote.clone().unwrap();
    assert!(headnote.contains("Old Style") && headnote.contains("marked *"), "{headnote}");
}
