//! The chronology measured on material it was not tuned on: the gold book
//! (tests/fixtures/timeline/gold: ten news pages and two articles in other styles, none about
//! 1917) against a chronology written by reading it. Reports recall and precision of event
//! dates (article, Gregorian date) and the share of printed dates that are exact where the
//! calendar matters (Old Style dual dates and their absence).

use crate::gold;

use std::path::Path;

const GOLD: &str = "tests/fixtures/timeline/gold";

#[test]
fn gold_chronology_recall_and_precision() {
    let dir = Path::new(GOLD);
    let book = gold::with_extracted_timeline(dir);
    let s = gold::score_chronology(&book, &dir.join("chronology.toml"));
    println!("gold chronology: {}\n{}", s.summary, s.report);
    assert!(s.recall >= 0.95, "recall {:.3}\n{}", s.recall, s.report);
    assert!(s.precision >= 0.95, "precision {:.3}\n{}", s.precision, s.report);
    assert_eq!(s.exact, s.labels, "printed dates\n{}", s.report);
}

/// Entries on unseen material read as events: self-contained clauses (no dangling relative
/// pronoun, conjunction, participle or copula), in New Style order, one entry for an event
/// two articles state, with both sources.
#[test]
fn gold_entries_are_self_contained_sorted_and_merged() {
    let dir = Path::new(GOLD);
    let book = gold::with_extracted_timeline(dir);
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
