//! Property tests: arbitrary input to the source decoder, the cleaner, the Markdown reader and
//! the three TOML files never panics, and what each promises holds. The case count stays
//! small so `cargo test` stays fast; `scripts/fuzz.sh` searches far longer.

use std::path::Path;

use anthology::config::Manifest;
use anthology::{apparatus, clean, markdown, pipeline, source};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text made of the pieces the readers care about, in any order.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("```\n".to_string()),
        Just("[^1]".to_string()),
        Just("[^1]: ".to_string()),
        Just("+++\n".to_string()),
        Just("25 October 1917".to_string()),
        Just("\u{E000}".to_string()),
        "[a-zA-Z ,.]{1,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// A scratch book folder with one article and `name` holding `text`.
fn book(name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::write(dir.path().join("book.toml"), "title = \"P\"\n[[article]]\nsource = \"sources/a.txt\"\n").unwrap();
    std::fs::write(
        dir.path().join("sources/a.txt"),
        "The Storming\n\nOn 25 October 1917 the Red Guards took the Winter Palace, and the Congress met.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    dir
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decoding_keeps_lines_and_prints_nothing_unprintable(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let s = source::decode(&bytes);
        prop_assert!(!s.text.chars().any(|c| c.is_control() && c != '\n'));
        let private = '\u{E000}'..='\u{F8FF}';
        prop_assert!(!s.text.chars().any(|c| private.contains(&c)), "a private-use character is left");
    }

    #[test]
    fn valid_utf8_keeps_its_line_count(text in texty()) {
        let s = source::decode(text.as_bytes());
        let lines = |t: &str| t.replace("\r\n", "\n").replace('\r', "\n").matches('\n').count();
        prop_assert_eq!(lines(&s.text), lines(&text));
    }

    #[test]
    fn the_cleaner_accounts_for_every_line(text in texty()) {
        let text = source::decode(text.as_bytes()).text;
        let article = clean::clean(&text, "a.txt", "ch01", &clean::Rules::default());
        prop_assert!(article.report.removed.iter().all(|r| r.line >= 1 && r.line <= text.lines().count()));
    }

    #[test]
    fn the_markdown_reader_never_panics_and_notes_resolve(text in texty()) {
        if let Ok(a) = markdown::read(&text, Path::new("a.md"), "ch01") {
            let ids: Vec<&str> = a.footnotes.iter().map(|n| n.id.as_str()).collect();
            let mut seen = std::collections::HashSet::new();
            prop_assert!(ids.iter().all(|id| seen.insert(*id)), "duplicate footnote ids {:?}", ids);
        }
    }

    #[test]
    fn any_book_toml_loads_or_errs(text in texty()) {
        let dir = book("book.toml", &text);
        let _ = Manifest::load(dir.path());
    }

    #[test]
    fn any_timeline_or_index_toml_applies_or_errs(text in texty(), which in 0..2usize) {
        let name = ["timeline.toml", "index.toml"][which];
        let dir = book(name, &text);
        let manifest = Manifest::load(dir.path()).unwrap();
        let mut book = pipeline::assemble(&manifest, dir.path()).unwrap();
        if anthology::apparatus::timeline::editor::Config::load(dir.path()).and_then(|c| apparatus::timeline::apply(&mut book, &c)).is_ok() {
            let _ = apparatus::index::IndexConfig::load(dir.path()).and_then(|c| apparatus::index::apply(&mut book, &c, manifest.index.mode));
        }
    }

    #[test]
    fn dates_in_any_article_text_never_panic(text in texty()) {
        let dir = book("sources/a.txt", &format!("The Storming\n\n{text}\n"));
        let manifest = Manifest::load(dir.path()).unwrap();
        let mut book = pipeline::assemble(&manifest, dir.path()).unwrap();
        if anthology::apparatus::timeline::editor::Config::load(dir.path()).and_then(|c| apparatus::timeline::apply(&mut book, &c)).is_ok() {
            if let Some(t) = &book.timeline {
                let _ = apparatus::timeline::timelinejs(t, &book.meta);
            }
        }
    }
}
