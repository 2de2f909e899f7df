//! The back-of-book index (issue 7), checked on the default book and on a fixture book in
//! another subject (the printing press), so that nothing is keyed to the sample texts.

use std::collections::HashSet;
use std::path::Path;

use anthology::model::{Block, Book, IndexEntry, Inline};

/// Assembles the book in `dir` and builds its index.
fn build(dir: &Path) -> Book {
    let manifest = anthology::config::Manifest::load(dir).expect("manifest loads");
    let mut book = anthology::pipeline::assemble(&manifest, dir).expect("book assembles");
    anthology::apparatus::index::apply(&mut book, &anthology::apparatus::index::IndexConfig::load(dir).unwrap(), manifest.index.mode).expect("index builds");
    book
}

fn entries(book: &Book) -> &[IndexEntry] {
    &book.index.as_ref().expect("an index").entries
}

/// Every entry and subentry, flattened.
fn all_entries(book: &Book) -> Vec<&IndexEntry> {
    entries(book)
        .iter()
        .flat_map(|e| std::iter::once(e).chain(&e.subentries))
        .collect()
}

fn headings(book: &Book) -> HashSet<String> {
    all_entries(book)
        .iter()
        .map(|e| e.heading.clone())
        .collect()
}

/// A copy of the printing fixture in a temporary folder, with `index_toml` as its control file.
fn printing_with(index_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        "tests/fixtures/index/printing/press.txt",
        dir.path().join("press.txt"),
    )
    .expect("copy fixture");
    std::fs::write(dir.path().join("index.toml"), index_toml).expect("write index.toml");
    dir
}

/// The text that follows anchor `id` in its block (whitespace collapsed), if the anchor is there.
fn text_after_anchor(block: &Block, id: &str) -> Option<String> {
    fn walk(inlines: &[Inline], id: &str, found: &mut bool, out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Anchor(a) if a == id => *found = true,
                Inline::Text(t) if *found => out.push_str(t),
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                    walk(c, id, found, out)
                }
                _ => {}
            }
        }
    }
    let runs: Vec<&Vec<Inline>> = match block {
        Block::Paragraph { content, .. }
        | Block::Heading { content, .. }
        | Block::Caption { content, .. } => vec![content],
        Block::Quote { paragraphs, .. } | Block::List { items: paragraphs, .. } => paragraphs.iter().collect(),
        Block::Table { table, .. } => table.runs().collect(),
        Block::Sources { .. } | Block::Code { .. } => vec![],
    };
    for run in runs {
        let (mut found, mut out) = (false, String::new());
        walk(run, id, &mut found, &mut out);
        if found {
            return Some(out.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    None
}

fn normalise(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Checks that every locator's anchor exists once, in its article, right before one of the
/// entry's forms.
fn assert_locators_are_right(book: &Book) {
    let mut ids = HashSet::new();
    let mut count = 0;
    for entry in all_entries(book) {
        for loc in &entry.locators {
            assert!(
                ids.insert(loc.anchor.clone()),
                "anchor {} used twice",
                loc.anchor
            );
            let article = book
                .articles
                .iter()
                .find(|a| a.id == loc.article)
                .expect("locator names an article");
            let after: Vec<String> = article
                .blocks
                .iter()
                .filter_map(|b| text_after_anchor(b, &loc.anchor))
                .collect();
            assert_eq!(
                after.len(),
                1,
                "anchor {} of {:?} found {} times",
                loc.anchor,
                entry.heading,
                after.len()
            );
            let after = normalise(&after[0]);
            let forms: Vec<String> = entry
                .aliases
                .iter()
                .chain([&entry.heading])
                .map(|f| normalise(f))
                .collect();
            assert!(
                forms.iter().any(|f| after.starts_with(f.as_str())),
                "anchor {} of {:?} stands before {:?}, none of {:?}",
                loc.anchor,
                entry.heading,
                after.chars().take(60).collect::<String>(),
                forms
            );
            count += 1;
        }
    }
    assert!(count > 0, "the index has locators");
}

/// Words that must never be index headings, whatever the book.
const NEVER_HEADINGS: &[&str] = &[
    "However",
    "Today",
    "The",
    "In",
    "But",
    "It",
    "This",
    "A",
    "As",
    "By",
    "Later",
    "Read",
    "Read more",
    "Read More",
    "Related Stories",
    "Stories",
    "Articles",
    "More",
    "Share",
    "Share this article",
    "Subscribe",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Sunday",
    "I",
    "He",
    "They",
    "We",
];

fn assert_no_false_headings(book: &Book) {
    let bad: HashSet<String> = NEVER_HEADINGS.iter().map(|w| w.to_lowercase()).collect();
    for h in headings(book) {
        assert!(!bad.contains(&h.to_lowercase()), "false heading {h:?}");
    }
}

#[test]
fn default_book_locators_point_at_their_terms() {
    assert_locators_are_right(&build(Path::new("content")));
}

#[test]
fn default_book_has_no_false_headings() {
    assert_no_false_headings(&build(Path::new("content")));
}

#[test]
fn default_book_covers_what_a_reader_looks_up() {
    let book = build(Path::new("content"));
    let have = headings(&book);
    let expected = std::fs::read_to_string("tests/fixtures/index/expected-headings.txt")
        .expect("expected headings");
    let missing: Vec<&str> = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|h| !have.contains(*h))
        .collect();
    assert!(missing.is_empty(), "missing headings: {missing:?}");
    // Alternative names point to each other.
    let find = |h: &str| entries(&book).iter().find(|e| e.heading == h).expect(h);
    assert_eq!(find("St Petersburg").see, ["Petrograd"]);
    assert!(
        find("St Petersburg").locators.is_empty(),
        "a see-reference has no locators"
    );
    assert_eq!(find("SRs").see, ["Socialist Revolutionaries"]);
    assert!(find("Bolsheviks")
        .see_also
        .contains(&"Mensheviks".to_string()));
    // Variants merged into one heading: "Lenin" and "Trotsky" alone are no headings.
    assert!(!have.contains("Lenin") && !have.contains("Trotsky") && !have.contains("Tsar"));
    assert!(
        find("Trotsky, Leon").locators.len()
            + find("Trotsky, Leon").subentries.iter().map(|s| s.locators.len()).sum::<usize>()
            > 5,
        "surname-only mentions count"
    );
    // Subentries.
    assert!(find("soviets")
        .subentries
        .iter()
        .any(|s| s.heading == "Petrograd Soviet"));
}

#[test]
fn default_book_reports_rejected_proposals() {
    let book = build(Path::new("content"));
    let report = book
        .warnings
        .iter()
        .find(|w| w.stage == "index" && w.message.contains("rejected"))
        .expect("a report");
    // (A heading the proposer still offers and index.toml removes: "Presidium", met only after
    // "a", no longer is one.)
    assert!(report.message.contains("Hutten"), "{}", report.message);
    let dangling: Vec<_> = book
        .warnings
        .iter()
        .filter(|w| w.message.contains("refers to"))
        .collect();
    assert!(
        dangling.is_empty(),
        "content/index.toml cross-references: {dangling:?}"
    );
    // Every curated heading (and every subentry's) is found in the text.
    let lost: Vec<_> = book
        .warnings
        .iter()
        .filter(|w| w.message.contains("not found"))
        .collect();
    assert!(lost.is_empty(), "{lost:?}");
}

#[test]
fn entries_are_collated() {
    let book = build(Path::new("content"));
    let keys: Vec<&str> = entries(&book).iter().map(|e| e.sort_key.as_str()).collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "entries sorted by key"
    );
    let pos = |h: &str| entries(&book).iter().position(|e| e.heading == h).expect(h);
    // "The History ..." is filed under H; word by word, "St Petersburg" before "Stalin".
    assert!(pos("History of the Russian Revolution, The") < pos("International Women’s Day"));
    assert!(pos("St Petersburg") < pos("Stalin, Joseph"));
}

#[test]
fn extractor_generalises_to_another_subject() {
    let book = build(Path::new("tests/fixtures/index/printing"));
    let have = headings(&book);
    for h in [
        "Gutenberg, Johannes",
        "Fust, Johann",
        "Luther, Martin",
        "Caxton, William",
        "Manutius, Aldus",
        "Mainz",
        "Venice",
        "Catholic Church",
        "Holy Roman Empire",
        "Gutenberg Bible",
    ] {
        assert!(have.contains(h), "missing {h:?} in {have:?}");
    }
    // Surnames, possessives and full names are one heading.
    for h in ["Gutenberg", "Luther", "Fust", "Gutenberg's"] {
        assert!(!have.contains(h), "variant {h:?} is its own heading");
    }
    assert_no_false_headings(&book);
    assert_locators_are_right(&book);
    let gutenberg = entries(&book)
        .iter()
        .find(|e| e.heading == "Gutenberg, Johannes")
        .unwrap();
    assert_eq!(
        gutenberg.locators.len(),
        2,
        "one locator per paragraph that names him"
    );
}

#[test]
fn editor_adds_renames_removes_and_cross_references() {
    let dir = printing_with(
        r#"
sort = "letter-by-letter"
remove = ["Latin", "England"]

[[entry]]
heading = "Pius II, Pope"
aliases = ["Enea Silvio Piccolomini", "Pope Pius II"]

[[entry]]
heading = "Piccolomini, Enea Silvio"
see = ["Pius II, Pope"]

[[entry]]
heading = "indulgences"
see_also = ["Catholic Church"]

[[entry]]
heading = "Catholic Church"

[[entry]]
heading = "printing"
aliases = ["presses", "press"]

[[entry.sub]]
heading = "italic type"
"#,
    );
    let book = build(dir.path());
    let have = headings(&book);
    let find = |h: &str| {
        entries(&book)
            .iter()
            .find(|e| e.heading == h)
            .unwrap_or_else(|| panic!("{h} in {have:?}"))
    };
    assert!(!have.contains("Latin") && !have.contains("England"));
    let report = book
        .warnings
        .iter()
        .find(|w| w.stage == "index" && w.message.contains("rejected"))
        .expect("report");
    assert!(report.message.contains("Latin") && report.message.contains("England"));
    // Renamed: the proposal "Piccolomini, Enea Silvio" and "Pope Pius II" became one heading.
    assert_eq!(find("Pius II, Pope").locators.len(), 1);
    assert!(!have.contains("Pope Pius II"));
    assert_eq!(find("Piccolomini, Enea Silvio").see, ["Pius II, Pope"]);
    // An added lowercase concept is found in any case and in the plural.
    assert_eq!(find("indulgences").locators.len(), 1);
    assert_eq!(find("indulgences").see_also, ["Catholic Church"]);
    assert!(find("printing").locators.len() >= 3);
    assert_eq!(find("printing").subentries[0].heading, "italic type");
    assert_locators_are_right(&book);
    // Letter by letter: "Holy Roman Empire" (holyromanempire) after "Hale, Margaret".
    let keys: Vec<&str> = entries(&book).iter().map(|e| e.sort_key.as_str()).collect();
    assert!(keys.contains(&"holyromanempire"), "{keys:?}");
}

#[test]
fn bad_index_toml_names_file_and_line() {
    let dir = printing_with("[[entry]]\nheading = \"A\"\nsee_allso = [\"B\"]\n");
    let manifest = anthology::config::Manifest::load(dir.path()).unwrap();
    let mut book = anthology::pipeline::assemble(&manifest, dir.path()).unwrap();
    let err = anthology::apparatus::index::IndexConfig::load(dir.path()).and_then(|c| anthology::apparatus::index::apply(&mut book, &c, Default::default()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("index.toml:3:"), "{err}");
}

#[test]
fn dangling_cross_references_are_dropped_with_a_warning() {
    let dir = printing_with(
        "[[entry]]\nheading = \"A\"\nsee = [\"Nowhere\"]\n\n\
         [[entry]]\nheading = \"Mainz\"\nsee_also = [\"Nowhere\", \"Venice\"]\n",
    );
    let book = build(dir.path());
    let warned = book
        .warnings
        .iter()
        .filter(|w| w.message.contains("Nowhere"))
        .count();
    assert_eq!(warned, 2);
    assert!(
        !headings(&book).contains("A"),
        "a see-entry pointing nowhere is left out"
    );
    let mainz = entries(&book)
        .iter()
        .find(|e| e.heading == "Mainz")
        .unwrap();
    assert_eq!(mainz.see_also, ["Venice"]);
}

#[test]
fn index_is_deterministic() {
    let a = build(Path::new("content"));
    let b = build(Path::new("content"));
    let json = |b: &Book| {
        serde_json::to_string(&(
            &b.index,
            &b.articles.iter().map(|a| &a.blocks).collect::<Vec<_>>(),
        ))
        .unwrap()
    };
    assert_eq!(json(&a), json(&b));
}

#[test]
fn pages_come_from_the_layout() {
    let mut book = build(Path::new("tests/fixtures/index/printing"));
    let first = entries(&book)[0].locators[0].anchor.clone();
    let mut page_map = anthology::model::PageMap::default();
    page_map.anchor_pages.insert(first.clone(), "7".to_string());
    anthology::pipeline::fill_pages(&mut book, &page_map);
    for e in all_entries(&book) {
        for loc in &e.locators {
            let want = (loc.anchor == first).then(|| "7".to_string());
            assert_eq!(loc.page, want, "{}", loc.anchor);
        }
    }
}

/// Copies `files` (name, text) into a temporary book folder.
fn book_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write fixture");
    }
    dir
}

#[test]
fn names_are_inverted_by_chicago_rules_and_page_furniture_is_not_proposed() {
    let book = build(Path::new("tests/fixtures/index/names"));
    let have = headings(&book);
    for h in [
        // East Asian names in their own order; single names as they are.
        "Xi Jinping",
        "Kim Jong-un",
        "Madonna",
        // Particles and suffixes placed as Chicago 16.71-16.92 places them.
        "Gaulle, Charles de",
        "Leyen, Ursula von der",
        "Gogh, Vincent van",
        "King, Martin Luther, Jr.",
        "Smith, Adam",
        // Organisations, places and works kept whole (a title's article after it).
        "Bank of England",
        "Hong Kong",
        "Wealth of Nations, The",
    ] {
        assert!(have.contains(h), "missing {h:?} in {have:?}");
    }
    for h in [
        "Jinping, Xi", "Jong-un, Kim", "Kong, Hong", "Bar, Touch", "Tue", "EST", "UPDATED",
        "NEWSWIRE", "I'll", "I’ll", "It's", "Wednesday", "Share", "Gaulle", "Smith", "Xi", "Kim",
        "Von der Leyen", "Leyen",
    ] {
        assert!(!have.contains(h), "junk or variant heading {h:?} in {have:?}");
    }
    let work = entries(&book).iter().find(|e| e.heading == "Wealth of Nations, The").unwrap();
    assert!(work.work, "a title the text sets in italics is a work");
    let bank = entries(&book).iter().find(|e| e.heading == "Bank of England").unwrap();
    assert!(!bank.work);
    assert_locators_are_right(&book);
}

/// Nine paragraphs naming Hong Kong, split between two articles or all in one.
fn busy_book(split: bool) -> tempfile::TempDir {
    let para = |n: usize| format!("Traders in Hong Kong waited for news on day {n}.\n\n");
    let first: String = (1..=5).map(para).collect();
    let second: String = (6..=9).map(para).collect();
    if split {
        book_with(&[
            ("a.md", &format!("+++\ntitle = \"Morning\"\n+++\n\n{first}")),
            ("b.md", &format!("+++\ntitle = \"Evening\"\n+++\n\n{second}")),
        ])
    } else {
        book_with(&[("a.md", &format!("+++\ntitle = \"All day\"\n+++\n\n{first}{second}"))])
    }
}

#[test]
fn a_quoted_title_in_a_sub_entry_keeps_one_closing_quote() {
    let para = |n: usize| format!("Traders in Hong Kong waited for news on day {n}.\n\n");
    let first: String = (1..=5).map(para).collect();
    let second: String = (6..=9).map(para).collect();
    let dir = book_with(&[
        ("a.md", &format!("+++\ntitle = \"“All Power to the Soviets!”\"\n+++\n\n{first}")),
        ("b.md", &format!("+++\ntitle = \"Evening\"\n+++\n\n{second}")),
    ]);
    let book = build(dir.path());
    let hk = entries(&book).iter().find(|e| e.heading == "Hong Kong").expect("Hong Kong");
    let subs: Vec<&str> = hk.subentries.iter().map(|s| s.heading.as_str()).collect();
    assert!(subs.contains(&"in “‘All Power to the Soviets!’”"), "{subs:?}");
    assert!(subs.iter().all(|s| !s.contains("””")), "{subs:?}");
}

#[test]
fn a_heading_with_more_than_eight_locators_is_divided_or_reported() {
    let dir = busy_book(true);
    let book = build(dir.path());
    let hk = entries(&book).iter().find(|e| e.heading == "Hong Kong").expect("Hong Kong");
    assert!(hk.locators.is_empty(), "the locators move to the sub-entries");
    let subs: Vec<(&str, usize)> =
        hk.subentries.iter().map(|s| (s.heading.as_str(), s.locators.len())).collect();
    assert_eq!(subs, [("in “Evening”", 4), ("in “Morning”", 5)]);

    let dir = busy_book(false);
    let book = build(dir.path());
    let hk = entries(&book).iter().find(|e| e.heading == "Hong Kong").expect("Hong Kong");
    assert_eq!(hk.locators.len(), 9);
    assert!(
        book.warnings
            .iter()
            .any(|w| w.stage == "index" && w.message.contains("\"Hong Kong\" has 9 locators")),
        "{:?}",
        book.warnings
    );
}

#[test]
fn a_long_heading_is_divided_by_the_headings_named_in_the_same_paragraphs() {
    // Ten paragraphs name Hong Kong: four with Anna Petrova, three with London, three alone.
    let para = |n: usize| match n {
        1..=4 => format!("Traders in Hong Kong met Anna Petrova on day {n}.\n\n"),
        5..=7 => format!("Traders in Hong Kong called London on day {n}.\n\n"),
        _ => format!("Traders in Hong Kong waited on day {n}.\n\n"),
    };
    let body: String = (1..=10).map(para).collect();
    let dir = book_with(&[("a.md", &format!("+++\ntitle = \"All day\"\n+++\n\n{body}"))]);
    let book = build(dir.path());
    let hk = entries(&book).iter().find(|e| e.heading == "Hong Kong").expect("Hong Kong");
    let subs: Vec<(&str, usize)> =
        hk.subentries.iter().map(|s| (s.heading.as_str(), s.locators.len())).collect();
    assert_eq!(subs, [("and London", 3), ("and Anna Petrova", 4)]);
    assert_eq!(hk.locators.len(), 3, "the paragraphs no topic shares stay with the heading");
    assert!(
        !book.warnings.iter().any(|w| w.message.contains("\"Hong Kong\"")),
        "{:?}",
        book.warnings
    );
    assert_locators_are_right(&book);
}

#[test]
fn index_mode_curated_keeps_only_the_editors_entries_and_off_drops_the_index() {
    let article = "+++\ntitle = \"Morning\"\n+++\n\nTraders in Hong Kong met Anna Petrova of the Bank of England.\n";
    let manifest = |mode: &str| {
        format!("title = \"T\"\n\n[index]\nmode = \"{mode}\"\n\n[[article]]\nsource = \"a.md\"\n")
    };
    let toml = "[[entry]]\nheading = \"Bank of England\"\n";
    let curated = manifest("curated");
    let dir = book_with(&[("a.md", article), ("book.toml", &curated), ("index.toml", toml)]);
    let book = build(dir.path());
    let have: Vec<&str> = entries(&book).iter().map(|e| e.heading.as_str()).collect();
    assert_eq!(have, ["Bank of England"]);

    let proposed = manifest("proposed");
    let dir = book_with(&[("a.md", article), ("book.toml", &proposed), ("index.toml", toml)]);
    let have = headings(&build(dir.path()));
    assert!(have.contains("Hong Kong") && have.contains("Bank of England"), "{have:?}");

    let off = manifest("off");
    let dir = book_with(&[("a.md", article), ("book.toml", &off)]);
    assert!(build(dir.path()).index.is_none());

    let bad = manifest("sometimes");
    let dir = book_with(&[("a.md", article), ("book.toml", &bad)]);
    let err = anthology::config::Manifest::load(dir.path()).expect_err("an unknown mode");
    assert!(err.to_string().contains("book.toml"), "{err}");
}

#[test]
fn a_capitalised_heading_is_not_located_in_the_same_word_lowercase() {
    let article = "+++\ntitle = \"Halibut\"\n+++\n\nPrime members paid less for halibut.\n\n\
                   Men of prime working age bought little of it.\n\n\
                   Tariffs rose in May, and the tariffs fell in June.\n\n\
                   A new Prime offer followed.\n";
    let manifest = "title = \"T\"\n\n[index]\nmode = \"curated\"\n\n[[article]]\nsource = \"a.md\"\n";
    let toml = "[[entry]]\nheading = \"Prime\"\n\n[[entry]]\nheading = \"tariffs\"\n";
    let dir = book_with(&[("a.md", article), ("book.toml", manifest), ("index.toml", toml)]);
    let book = build(dir.path());
    let located = |heading: &str| entries(&book).iter().find(|e| e.heading == heading).map_or(0, |e| e.locators.len());
    // Blocks 1 and 4, not "prime working age".
    assert_eq!(located("Prime"), 2);
    // A lowercase heading is found capitalised at a sentence's start too.
    assert_eq!(located("tariffs"), 1);
    assert_locators_are_right(&book);
}

/// A title in italics with a subtitle after its colon, and a series' "and" in it, is found
/// where the text names it: the colon stands inside the title as a comma does.
#[test]
fn a_title_with_a_subtitle_is_located_across_its_colon() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("tastes.md"),
        "+++\ntitle = \"On tastes\"\n+++\n\nAs Ada Quill argued in her *Tastes of Velmora: A Social History of Salts, Spices, and Oils* (1992), it changed. Critics panned *Velmora v Tarnhold: Dawn of Ashes* in March, said Ada Quill.\n\nAda Quill said so in Tamsa.\n",
    )
    .expect("write source");
    let book = build(dir.path());
    let h = headings(&book);
    for title in ["Tastes of Velmora: A Social History of Salts, Spices, and Oils", "Velmora v Tarnhold: Dawn of Ashes"] {
        assert!(h.contains(title), "{h:?}");
    }
    assert!(!h.contains("Spices") && !h.contains("Oils"), "{h:?}");
}
