//! The timeline appendix: extraction quality on the sample book against a hand-written
//! chronology, the shipped timeline.toml, calendar handling and the TimelineJS export.

use std::collections::BTreeSet;
use std::path::Path;

use anthology::apparatus::timeline;
use anthology::model::{Book, DatePrecision, TimelineEntry};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Expected {
    event: Vec<Event>,
}

#[derive(Debug, Deserialize)]
struct Event {
    date: String,
    label: String,
    #[serde(rename = "match")]
    words: String,
    text: Option<String>,
    articles: Vec<String>,
}

fn expected() -> Vec<Event> {
    let text = std::fs::read_to_string("tests/fixtures/timeline/expected.toml").unwrap();
    toml::from_str::<Expected>(&text).unwrap().event
}

fn book(dir: &str) -> Book {
    let dir = Path::new(dir);
    let manifest = anthology::config::Manifest::load(dir).unwrap();
    anthology::pipeline::assemble(&manifest, dir).unwrap()
}

/// The sample book's timeline; `control` is the folder whose timeline.toml applies.
fn sample_timeline(control: &Path) -> (Vec<TimelineEntry>, Vec<String>) {
    let mut book = book("content");
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(control).unwrap()).unwrap();
    let warnings = book
        .warnings
        .iter()
        .filter(|w| w.stage == "timeline")
        .map(|w| w.message.clone())
        .collect();
    (book.timeline.unwrap().entries, warnings)
}

fn matches(e: &TimelineEntry, x: &Event) -> bool {
    e.sort_key == x.date
        && (e.text.to_lowercase().contains(&x.words.to_lowercase())
            || x.text.as_ref() == Some(&e.text))
}

/// One-to-one pairing of expected events with entries: (pairs, unmatched expected).
fn pair<'a>(
    entries: &'a [TimelineEntry],
    expected: &'a [Event],
) -> (Vec<(&'a Event, &'a TimelineEntry)>, Vec<&'a Event>) {
    let mut used = vec![false; entries.len()];
    let mut pairs = Vec::new();
    let mut missed = Vec::new();
    for x in expected {
        match (0..entries.len()).find(|&i| !used[i] && matches(&entries[i], x)) {
            Some(i) => {
                used[i] = true;
                pairs.push((x, &entries[i]));
            }
            None => missed.push(x),
        }
    }
    (pairs, missed)
}

#[test]
fn extractor_alone_finds_95_percent_with_95_percent_precision() {
    let empty = tempfile::tempdir().unwrap();
    let (entries, _) = sample_timeline(empty.path());
    let expected = expected();
    let (pairs, missed) = pair(&entries, &expected);
    let recall = pairs.len() as f64 / expected.len() as f64;
    let precision = pairs.len() as f64 / entries.len() as f64;
    let extra: Vec<String> = entries
        .iter()
        .filter(|e| !pairs.iter().any(|(_, p)| p.id == e.id))
        .map(|e| format!("{} {}: {}", e.sort_key, e.date_label, e.text))
        .collect();
    println!(
        "timeline extractor: {} expected, {} extracted, {} matched: recall {:.1}%, precision {:.1}%",
        expected.len(),
        entries.len(),
        pairs.len(),
        recall * 100.0,
        precision * 100.0
    );
    println!(
        "missed: {:#?}\nextra: {extra:#?}",
        missed
            .iter()
            .map(|x| (&x.date, &x.words))
            .collect::<Vec<_>>()
    );
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(precision >= 0.95, "precision {precision:.3}");
}

#[test]
fn shipped_timeline_toml_gives_the_expected_chronology_exactly() {
    let (entries, warnings) = sample_timeline(Path::new("content"));
    let expected = expected();
    let (pairs, missed) = pair(&entries, &expected);
    assert!(
        missed.is_empty(),
        "missing: {:#?}",
        missed
            .iter()
            .map(|x| (&x.date, &x.words))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        entries.len(),
        expected.len(),
        "extra entries: {:#?}",
        entries
            .iter()
            .map(|e| (&e.sort_key, &e.text))
            .collect::<Vec<_>>()
    );
    for (x, e) in pairs {
        assert_eq!(e.date_label, x.label, "{}", x.words);
        if let Some(t) = &x.text {
            assert_eq!(&e.text, t);
        }
        let articles: BTreeSet<&str> = e.sources.iter().map(|s| s.article.as_str()).collect();
        let want: BTreeSet<&str> = x.articles.iter().map(String::as_str).collect();
        assert_eq!(articles, want, "sources of “{}”", x.words);
    }
    // Sorted by Gregorian date; ids unique; every source names a block of its article.
    assert!(entries.windows(2).all(|w| w[0].sort_key <= w[1].sort_key));
    let ids: BTreeSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), entries.len());
    let book = book("content");
    for e in &entries {
        for s in &e.sources {
            let article = book.articles.iter().find(|a| a.id == s.article).unwrap();
            assert!(
                article.blocks.iter().any(|b| b.id() == s.anchor),
                "{} not in {}",
                s.anchor,
                s.article
            );
        }
    }
    // Nothing is lost: suggestions that did not become entries are still reported.
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("removed by timeline.toml") || w.contains("not a timeline entry")),
        "{warnings:#?}"
    );
    // The footnote of ch02 states the Julian convention; its dates are Old Style.
    let women = entries
        .iter()
        .find(|e| e.text.contains("Women’s Day"))
        .unwrap();
    assert_eq!(women.precision, DatePrecision::Day);
}

#[test]
fn the_calendar_convention_is_stated_once_above_the_entries() {
    let mut book = book("content");
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(Path::new("content")).unwrap()).unwrap();
    let tl = book.timeline.unwrap();
    let headnote = tl.headnote.expect("Old Style dates call for a headnote");
    assert!(headnote.contains("Old Style") && headnote.contains("New Style"), "{headnote}");
    assert!(tl.entries.iter().any(|e| e.date_label.contains('(')), "some dates are given in both calendars");
    for e in &tl.entries {
        assert!(!e.note.as_deref().unwrap_or("").contains("Old Style"), "{}: {:?}", e.date_label, e.note);
    }
}

/// Issue 11: an inferred year or day is marked once in the label and explained once in the
/// headnote, not noted in italics on every entry.
#[test]
fn inferred_years_and_relative_days_are_marked_and_explained_once() {
    let empty = tempfile::tempdir().unwrap();
    let mut book = book("content");
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(empty.path()).unwrap()).unwrap();
    let tl = book.timeline.unwrap();
    let entries = &tl.entries;
    let abdication = entries
        .iter()
        .find(|e| e.text.contains("abdicated"))
        .unwrap();
    assert_eq!(abdication.date_label, "3 March (16 March) 1917*");
    let strike = entries
        .iter()
        .find(|e| e.text.contains("200,000 were on strike"))
        .unwrap();
    assert!(strike.date_label.ends_with('*'), "{}", strike.date_label);
    assert!(entries.iter().all(|e| e.note.is_none()), "no entry carries an inference note");
    let headnote = tl.headnote.unwrap();
    assert_eq!(headnote.matches("marked *").count(), 1, "{headnote}");
    // An explicit date carries no mark.
    let collapse = entries.iter().find(|e| e.text.contains("empire of the Tsars collapsed")).unwrap();
    assert_eq!(collapse.date_label, "27 February (12 March) 1917");
    let conference = entries
        .iter()
        .find(|e| e.text.contains("conference of factory committees"))
        .unwrap();
    assert_eq!(conference.end_sort_key.as_deref(), Some("1917-06-18"));
}

fn fixture_timeline() -> (Book, Vec<TimelineEntry>, Vec<String>) {
    let dir = "tests/fixtures/timeline/other";
    let mut book = book(dir);
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(Path::new(dir)).unwrap()).unwrap();
    let warnings = book.warnings.iter().map(|w| w.message.clone()).collect();
    let entries = book.timeline.clone().unwrap().entries;
    (book, entries, warnings)
}

fn entry<'a>(entries: &'a [TimelineEntry], words: &str) -> &'a TimelineEntry {
    entries
        .iter()
        .find(|e| e.text.contains(words))
        .unwrap_or_else(|| panic!("no entry for “{words}”: {entries:#?}"))
}

#[test]
fn other_styles_gregorian_essay_and_american_dates() {
    let (_, entries, _) = fixture_timeline();
    // "All dates in this essay follow the Gregorian calendar": no conversion.
    let rising = entry(&entries, "National Guard refused");
    assert_eq!(
        (rising.date_label.as_str(), rising.sort_key.as_str()),
        ("18 March 1871", "1871-03-18")
    );
    // "two days later", from 26 March.
    let proclaimed = entries.iter().find(|e| e.sort_key == "1871-03-28").unwrap();
    assert_eq!(proclaimed.date_label, "28 March 1871*");
    let week = entry(&entries, "army of Versailles");
    assert_eq!(week.date_label, "21–28 May 1871");
    let siege = entry(&entries, "laid siege");
    assert_eq!(
        (siege.date_label.as_str(), siege.precision),
        ("1870", DatePrecision::Year)
    );
    let exile = entry(&entries, "fleeing to London");
    assert_eq!(exile.date_label, "June 1871*");
    assert_eq!(exile.note, None);
    // The article's own subject year, mentioned bare, dates nothing.
    assert!(!entries.iter().any(|e| e.text.contains("Marx praised")));
}

#[test]
fn old_style_across_year_ends_and_centuries() {
    let (_, entries, warnings) = fixture_timeline();
    let decembrists = entry(&entries, "Senate Square");
    assert_eq!(
        (
            decembrists.date_label.as_str(),
            decembrists.sort_key.as_str()
        ),
        ("14 December (26 December) 1825", "1825-12-26")
    );
    let commissars = entry(&entries, "grain requisitions");
    assert_eq!(commissars.date_label, "19 December 1917 (1 January 1918)");
    assert_eq!(commissars.sort_key, "1918-01-01");
    let assembly = entry(&entries, "Constituent Assembly");
    assert_eq!(assembly.date_label, "5 January (18 January) 1918");
    // After 1 February 1918 (O.S.) Russia counts New Style.
    let treaty = entry(&entries, "Brest-Litovsk");
    assert_eq!(treaty.date_label, "3 March 1918*");
    // A pair of dates that does not agree with the 13-day difference is flagged, not fixed.
    let strike = entry(&entries, "Railway workers");
    assert_eq!(strike.date_label, "10 January (25 January) 1918*");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("calendar conflict") && w.contains("23 January")),
        "{warnings:#?}"
    );
}

#[test]
fn conflicts_are_shown_and_flagged() {
    let (_, entries, warnings) = fixture_timeline();
    assert!(
        entries.iter().any(|e| e.sort_key == "1871-03-29"),
        "{entries:#?}"
    );
    assert!(entries.iter().any(|e| e.sort_key == "1871-03-28"));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("conflicting dates") && w.contains("29 March 1871")),
        "{warnings:#?}"
    );
}

#[test]
fn an_article_without_dates_gives_no_entries() {
    let (book, entries, _) = fixture_timeline();
    let quiet = &book
        .articles
        .iter()
        .find(|a| a.meta.title == "On Method")
        .unwrap()
        .id;
    assert!(entries
        .iter()
        .all(|e| e.sources.iter().all(|s| &s.article != quiet)));
}

#[test]
fn timeline_toml_rules_and_year_range() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("timeline.toml"),
        r#"title = "Dates"
years = [1900, 1999]
[[remove]]
match = "Berlin wall"
[[merge]]
into = { date = "1917-02", match = "first revolution" }
from = { date = "1917-02", match = "army came together" }
[[add]]
date = "1917-10-25"
calendar = "julian"
text = "The Second Congress of Soviets opens"
"#,
    )
    .unwrap();
    let mut book = book("content");
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(dir.path()).unwrap()).unwrap();
    let tl = book.timeline.as_ref().unwrap();
    assert_eq!(tl.title, "Dates");
    let warnings: Vec<&str> = book.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(!tl
        .entries
        .iter()
        .any(|e| e.sort_key.starts_with("2012") || e.text.contains("Berlin")));
    assert!(warnings
        .iter()
        .any(|w| w.contains("year range") && w.contains("Marikana")));
    assert!(warnings
        .iter()
        .any(|w| w.contains("removed") && w.contains("Berlin")));
    let first = tl
        .entries
        .iter()
        .find(|e| e.text.contains("first revolution"))
        .unwrap();
    assert!(first.sources.iter().any(|s| s.article == "ch03"));
    assert!(!tl
        .entries
        .iter()
        .any(|e| e.text.contains("army came together")));
    let added = tl
        .entries
        .iter()
        .find(|e| e.text.contains("Second Congress"))
        .unwrap();
    assert_eq!(
        (added.date_label.as_str(), added.sort_key.as_str()),
        ("25 October (7 November) 1917", "1917-11-07")
    );
}

#[test]
fn bad_timeline_toml_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("timeline.toml"),
        "title = \"x\"\n[[remove]]\nmatc = \"y\"\n",
    )
    .unwrap();
    let mut book = book("tests/fixtures/timeline/other");
    let err = anthology::apparatus::timeline::editor::Config::load(dir.path()).and_then(|c| timeline::apply(&mut book, &c))
        .unwrap_err()
        .to_string();
    assert!(err.contains("timeline.toml:3:"), "{err}");
    std::fs::write(dir.path().join("timeline.toml"), "calendar = \"mayan\"\n").unwrap();
    let err = anthology::apparatus::timeline::editor::Config::load(dir.path()).and_then(|c| timeline::apply(&mut book, &c))
        .unwrap_err()
        .to_string();
    assert!(err.contains("julian"), "{err}");
}

#[test]
fn timelinejs_export() {
    let (book, _, _) = fixture_timeline();
    let json = timeline::timelinejs(book.timeline.as_ref().unwrap(), &book.meta);
    assert_eq!(json["title"]["text"]["text"], "Barricades and Winters");
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), book.timeline.as_ref().unwrap().entries.len());
    let commissars = events
        .iter()
        .find(|e| e["text"]["headline"].as_str().unwrap().contains("grain"))
        .unwrap();
    assert_eq!(
        commissars["start_date"],
        serde_json::json!({"year": 1918, "month": 1, "day": 1})
    );
    assert_eq!(
        commissars["display_date"],
        "19 December 1917 (1 January 1918)"
    );
    let siege = events
        .iter()
        .find(|e| e["text"]["headline"].as_str().unwrap().contains("siege"))
        .unwrap();
    assert_eq!(siege["start_date"], serde_json::json!({"year": 1870}));
    let week = events
        .iter()
        .find(|e| {
            e["text"]["headline"]
                .as_str()
                .unwrap()
                .contains("Versailles")
        })
        .unwrap();
    assert_eq!(
        week["end_date"],
        serde_json::json!({"year": 1871, "month": 5, "day": 28})
    );
}

#[test]
fn deterministic() {
    let (a, _, _) = fixture_timeline();
    let (b, _, _) = fixture_timeline();
    assert_eq!(
        serde_json::to_string(&a.timeline).unwrap(),
        serde_json::to_string(&b.timeline).unwrap()
    );
}

/// Issue 16: an `[[add]]` entry has no source; the conflict check once read its first one.
#[test]
fn an_added_entry_next_to_extracted_ones_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("timeline.toml"),
        "[[add]]\ndate = \"1917-11-08\"\ntext = \"The storming of the Winter Palace\"\n\
         [[add]]\ndate = \"1917-11-07\"\ntext = \"The storming of the Winter Palace begins\"\n",
    )
    .unwrap();
    let mut book = book("content");
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(dir.path()).unwrap()).unwrap();
    let added = entry(&book.timeline.as_ref().unwrap().entries, "The storming of the Winter Palace");
    assert!(added.sources.is_empty());
}

/// Issue 16: "31 February 1917" was accepted; a day that does not exist is an error naming
/// the file and the line.
#[test]
fn impossible_dates_in_timeline_toml_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = book("tests/fixtures/timeline/other");
    for (toml, line) in [
        ("title = \"x\"\n\n[[add]]\ndate = \"1917-02-31\"\ntext = \"Nothing\"\n", 4),
        ("[[edit]]\nmatch = \"x\"\nset_date = \"1917-04-31\"\n", 3),
        ("[[add]]\ndate = \"1900-02-29\"\ntext = \"Gregorian 1900 has no leap day\"\n", 2),
        ("[[add]]\ndate = \"12017-11-07\"\ntext = \"Too far\"\n", 2),
        ("[[add]]\ndate = \"9999-12-31\"\ncalendar = \"julian\"\ntext = \"Overflows\"\n", 2),
    ] {
        std::fs::write(dir.path().join("timeline.toml"), toml).unwrap();
        let err = anthology::apparatus::timeline::editor::Config::load(dir.path()).and_then(|c| timeline::apply(&mut book, &c)).unwrap_err().to_string();
        assert!(err.contains(&format!("timeline.toml:{line}:")), "{toml}: {err}");
        assert!(err.contains("no such date"), "{err}");
    }
    // The Julian calendar has 29 February 1900; it is accepted as Old Style.
    std::fs::write(
        dir.path().join("timeline.toml"),
        "[[add]]\ndate = \"1900-02-29\"\ncalendar = \"julian\"\ntext = \"A Julian leap day\"\n",
    )
    .unwrap();
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(dir.path()).unwrap()).unwrap();
}

/// Issue 16: the TimelineJS export read month and day at fixed offsets, so a year of five
/// digits gave month 43 and day 55.
#[test]
fn timelinejs_dates_are_parsed_by_field_not_offset() {
    use anthology::model::{Locator, Timeline};
    let (book, _, _) = fixture_timeline();
    let entry = |key: &str| TimelineEntry {
        id: format!("tl-{key}"),
        date_label: key.to_string(),
        sort_key: key.to_string(),
        end_sort_key: None,
        precision: DatePrecision::Day,
        text: "An event".to_string(),
        note: None,
        sources: Vec::<Locator>::new(),
    };
    let tl = Timeline {
        title: "T".into(),
        headnote: None,
        entries: vec![entry("10000-01-13"), entry("1917-11-07")],
    };
    let json = timeline::timelinejs(&tl, &book.meta);
    let events = json["events"].as_array().unwrap();
    assert_eq!(events[0]["start_date"], serde_json::json!({"year": 10000, "month": 1, "day": 13}));
    assert_eq!(events[1]["start_date"], serde_json::json!({"year": 1917, "month": 11, "day": 7}));
    for e in events {
        let d = &e["start_date"];
        assert!(d["month"].as_u64().is_none_or(|m| (1..=12).contains(&m)), "{d}");
        assert!(d["day"].as_u64().is_none_or(|m| (1..=31).contains(&m)), "{d}");
    }
}

/// Builds `dir` with the binary; returns the out folder, the EPUB's file names and the PDF's
/// text.
fn build_outputs(dir: &Path) -> (tempfile::TempDir, Vec<String>, String) {
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(["build", dir.to_str().unwrap(), "--out", out.path().to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let file = |ext: &str| {
        std::fs::read_dir(out.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == ext) && !p.to_string_lossy().contains("timeline"))
            .unwrap()
    };
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file("epub")).unwrap()).unwrap();
    let mut names = Vec::new();
    let mut nav = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        if name.ends_with("nav.xhtml") {
            std::io::Read::read_to_string(&mut f, &mut nav).unwrap();
        }
        names.push(name);
    }
    names.push(nav);
    let pdf = std::process::Command::new("pdftotext")
        .args([file("pdf").to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is required");
    (out, names, String::from_utf8_lossy(&pdf.stdout).into_owned())
}

fn write_book(dir: &Path, manifest_extra: &str, body: &str) {
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::write(
        dir.join("book.toml"),
        format!("title = \"Quiet Things\"\n{manifest_extra}\n[[article]]\nsource = \"sources/a.md\"\n"),
    )
    .unwrap();
    std::fs::write(dir.join("sources/a.md"), format!("+++\ntitle = \"Piece\"\n+++\n\n{body}\n")).unwrap();
}

/// `[timeline] enabled = false`, and a book with no datable events: no appendix, no contents
/// entry, no TimelineJS file, in either edition.
#[test]
fn no_chronology_when_disabled_or_when_nothing_is_dated() {
    let dated = "The mill opened on 3 May 1921 and closed in 1968, when the river silted up.";
    let undated = "The mill stood by the river. Nobody remembers when it closed, or why.";
    for (extra, body) in [("[timeline]\nenabled = false\n", dated), ("", undated)] {
        let dir = tempfile::tempdir().unwrap();
        write_book(dir.path(), extra, body);
        let (out, epub, pdf) = build_outputs(dir.path());
        assert!(!epub.iter().any(|n| n.contains("timeline")), "{epub:?}");
        assert!(!epub.iter().any(|n| n.contains("Chronology")));
        assert!(!pdf.contains("Chronology"), "{pdf}");
        let files: Vec<_> = std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(!files.iter().any(|f| f.to_string_lossy().contains("timeline")), "{files:?}");
    }
    // The same dated book with the chronology on has it in both editions.
    let dir = tempfile::tempdir().unwrap();
    write_book(dir.path(), "", dated);
    let (_out, epub, pdf) = build_outputs(dir.path());
    assert!(epub.iter().any(|n| n.contains("Chronology")));
    assert!(pdf.contains("Chronology"));
}

/// A regional news page in the style of a wire story: every chronology entry must be a
/// self-contained clause; stamps, captions, forecasts, reported statements and dependent
/// phrases are set aside with a reason, and a date's multi-word preposition goes cleanly.
#[test]
fn entries_are_self_contained_clauses_on_a_news_page() {
    let body = "\
Updated 9:12 am CET, March 4, 2021

This aerial photo from the county archive shows the flooded quarry in April 2020.

As of 2019, the quarry had supplied stone for more than 400 bridges across the valley.

The quarry first opened in 1887, when a railway spur reached the village.

Following a long dispute over water rights in 2020.

Mayor Ilse Brandt, a former engineer, told the regional paper in January 2021 that the site was unsafe.

The council will close the access road in 2022 and sell the land.

After a wet winter the lower terrace collapsed in February 2021, burying two excavators.

STONEBRIDGE, Ont. (Valley Press) - The quarry company laid off 40 workers on 2 March 2021.

Shops in the village expect crowds of visitors on Black Friday.

The rescue began on Saturday, February 27, 2021, when divers reached the flooded pit.

A local trust has managed the quarry's museum since 1952, with volunteers from the village.

Ilse Brandt’s 1998 book Stone Country describes the valley before the quarry grew.

January brought the first cracks in the lower terrace.

The quarry changed owners last fall after a long sale.

The day after Easter, the foreman — a quiet man from the next valley — switched off the pumps.";
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    std::fs::write(
        dir.path().join("book.toml"),
        "title = \"Stone\"\n[[article]]\nsource = \"sources/a.md\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sources/a.md"),
        format!("+++\ntitle = \"The Quarry\"\ndate = \"2021-03-04\"\n+++\n\n{body}\n"),
    )
    .unwrap();
    let mut book = book(dir.path().to_str().unwrap());
    timeline::apply(&mut book, &anthology::apparatus::timeline::editor::Config::load(dir.path()).unwrap()).unwrap();
    let entries = book.timeline.clone().map(|t| t.entries).unwrap_or_default();
    let texts: Vec<&str> = entries.iter().map(|e| e.text.as_str()).collect();
    let warnings: Vec<&str> = book.warnings.iter().map(|w| w.message.as_str()).collect();
    // The events, whole.
    assert!(entry(&entries, "first opened").text.starts_with("The quarry first opened"), "{texts:?}");
    assert!(entry(&entries, "terrace collapsed").text.contains("the lower terrace collapsed"), "{texts:?}");
    // Not events: each set aside, with its reason, for the editor.
    for (words, reason) in [
        ("9:12", "time stamp"),
        ("aerial photo", "caption"),
        ("water rights", "main clause"),
        ("close the access road", "forecast"),
        // A running total as of a date is a figure.
        ("supplied stone", "status as of"),
    ] {
        assert!(!texts.iter().any(|t| t.contains(words)), "{words} kept: {texts:?}");
        assert!(
            warnings.iter().any(|w| w.contains(reason) && w.contains(words)),
            "{words}: no “{reason}” warning in {warnings:#?}"
        );
    }
    assert!(!texts.iter().any(|t| t.contains("was unsafe") || t.starts_with("Told")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains(" as,") || t.starts_with("As,")), "{texts:?}");
    // A wire dateline is not part of the event; a weekday in a name or before its full date
    // is no date of its own; the comma that closed a removed date goes with it.
    assert_eq!(entry(&entries, "laid off").text, "The quarry company laid off 40 workers");
    assert!(!texts.iter().any(|t| t.contains("Black")), "{texts:?}");
    let rescue: Vec<_> = entries.iter().filter(|e| e.text.contains("rescue began")).collect();
    assert_eq!(rescue.len(), 1, "{texts:?}");
    assert_eq!(rescue[0].sort_key, "2021-02-27");
    assert_eq!(rescue[0].text, "The rescue began when divers reached the flooded pit");
    // A state since a date, its beginning untold, dates nothing (the gold books' convention);
    // a work's year dates the work; a month that is the subject stays in its clause.
    assert!(entries.iter().all(|e| !e.text.contains("museum")), "{texts:?}");
    assert_eq!(entry(&entries, "Stone Country").sort_key, "1998-00-00");
    let cracks = entry(&entries, "first cracks");
    assert_eq!(cracks.sort_key, "2021-01-00");
    assert!(cracks.text.starts_with("January brought"), "{}", cracks.text);
    // "last fall" in an article of March 2021: the autumn of 2020, its year inferred.
    let sale = entry(&entries, "changed owners");
    assert_eq!(sale.sort_key, "2020-00-00");
    assert!(sale.date_label.ends_with('*'), "{}", sale.date_label);
    // The last Easter before the article (12 April 2020), a day later; an aside between dashes
    // is no part of the entry.
    let pumps = entry(&entries, "pumps");
    assert_eq!(pumps.sort_key, "2020-04-13");
    assert_eq!(pumps.text, "The foreman switched off the pumps");
}

/// Entries are self-contained clauses: a part of a sentence after a dash that opens with a
/// preposition ("—from 10,000 in February to 80,000 in April") takes back the subject and
/// verb of the clause it continues.
#[test]
fn sample_entries_take_back_the_clause_a_dash_part_continues() {
    let (entries, _) = sample_timeline(Path::new("content"));
    let figures: Vec<&TimelineEntry> = entries
        .iter()
        .filter(|e| e.text.contains("membership") || (e.text.starts_with("From ") && e.text.contains(",000")))
        .collect();
    assert_eq!(figures.len(), 4, "{figures:#?}");
    for e in figures {
        assert!(e.text.starts_with("Bolshevik party membership grew"), "a fragment: {}", e.text);
    }
}
