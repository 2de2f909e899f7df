//! The cleaner on the five samples, on fixtures in other site styles, and on bad input.
//!
//! Each fixture's expected Markdown was checked by hand against its input. Set
//! `ANTHOLOGY_BLESS=1` to rewrite the expected files after a deliberate change, then review
//! the diff before committing.

use std::path::{Path, PathBuf};

use anthology::clean::{clean, Rules};
use anthology::model::{Article, Block, Inline};
use anthology::{markdown, source};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Cleans `input` and compares its Markdown with `expected`; checks the audit trail.
fn check(input: &Path, source_name: &str, expected: &Path) -> Article {
    let text = source::decode_file(input, &std::fs::read(input).unwrap()).unwrap().text;
    let article = clean(&text, source_name, "ch01", &Rules::default());
    let md = markdown::write(&article);
    if std::env::var_os("ANTHOLOGY_BLESS").is_some() {
        std::fs::write(expected, &md).unwrap();
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    assert!(md == want, "{} differs from {}:\n{md}", input.display(), expected.display());
    audit_trail_is_complete(&text, &article);
    reads_back(&md, &article);
    article
}

/// The Markdown reads back to the same blocks and footnotes: an editor's copy starts equal
/// (up to the reader's typographic quotes).
fn reads_back(md: &str, article: &Article) {
    let back = markdown::read(md, Path::new("x.md"), "ch01").unwrap();
    let straight = |s: String| -> String {
        s.chars().map(|c| match c { '‘' | '’' => '\'', '“' | '”' => '"', c => c }).collect()
    };
    let texts = |a: &Article| -> Vec<(String, String)> {
        a.blocks.iter().map(|b| (b.id().to_string(), straight(b.plain_text()))).collect()
    };
    assert_eq!(texts(&back), texts(article));
    assert_eq!(back.meta, article.meta);
    assert_eq!(back.footnotes.len(), article.footnotes.len());
}

/// Every source line is in the report or its text is in the article.
fn audit_trail_is_complete(text: &str, article: &Article) {
    let squash = |s: &str| s.chars().filter(|c| c.is_alphabetic()).collect::<String>();
    // The Markdown holds every block, note marker and footnote.
    let body = squash(&markdown::write(article));
    for (i, line) in text.lines().enumerate() {
        // A line whose split word was rejoined is in the text, with the word whole.
        let rejoined = article.report.flags.iter().any(|f| f.line == i + 1 && f.reason.starts_with("rejoined"));
        let reported = rejoined || article.report.removed.iter().any(|r| r.line == i + 1);
        assert!(
            reported || body.contains(&squash(line)),
            "line {} is neither in the article nor in the report: {line}",
            i + 1
        );
    }
    assert_eq!(article.report.total_lines, text.lines().count());
}

#[test]
fn samples_clean_exactly() {
    let dir = root().join("content/sources");
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for path in names {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = root().join(format!("tests/fixtures/clean/samples/{stem}.md"));
        check(&path, &format!("sources/{stem}.txt"), &expected);
    }
}

#[test]
fn fixtures_in_other_site_styles_clean_exactly() {
    let dir = root().join("tests/fixtures/clean");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("input.txt").exists())
        .collect();
    cases.sort();
    assert!(cases.len() >= 5, "expected at least five fixtures, found {}", cases.len());
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        check(&case.join("input.txt"), &format!("{name}.txt"), &case.join("expected.md"));
    }
}

fn clean_str(text: &str) -> Article {
    clean(text, "a.txt", "ch01", &Rules::default())
}

#[test]
fn no_boilerplate_reaches_the_samples() {
    for entry in std::fs::read_dir(root().join("tests/fixtures/clean/samples")).unwrap() {
        let md = std::fs::read_to_string(entry.unwrap().path()).unwrap().to_lowercase();
        for phrase in ["donation", "sign up", "latest", "read more", "leave a", "skip to", "please wait", "years,", "bloggers"] {
            assert!(!md.contains(phrase), "`{phrase}` reached a sample");
        }
    }
}

#[test]
fn structure_is_recovered() {
    let a = clean_str(
        "The title here\n\nBy Jo Bloggs\n\nFirst paragraph of the article, long enough to be read as prose by the cleaner.*\n\nA heading line\n\nA second paragraph of the article, long enough to be read as prose too. She said:\n\nA quoted passage that is set off as its own paragraph of text, after the colon.\n\n*The note.\n",
    );
    assert_eq!(a.meta.title, "The title here");
    assert_eq!(a.meta.author.as_deref(), Some("Jo Bloggs"));
    assert!(matches!(a.blocks[1], Block::Heading { .. }), "{:?}", a.blocks);
    assert!(matches!(a.blocks[3], Block::Quote { .. }), "{:?}", a.blocks);
    assert_eq!(a.blocks.len(), 4);
    assert_eq!(a.footnotes.len(), 1);
    let Block::Paragraph { content, .. } = &a.blocks[0] else { panic!() };
    assert!(content.contains(&Inline::NoteRef(a.footnotes[0].id.clone())));
    let ids: Vec<_> = a.blocks.iter().map(|b| b.id().to_string()).collect();
    assert_eq!(ids, ["ch01-p1", "ch01-p2", "ch01-p3", "ch01-p4"]);
    assert_eq!(anthology::model::plain_text(&a.footnotes[0].content), "The note.");
}

/// A journal's notes as PDF-to-text prints them at a page's foot ("1. Our criteria…", run
/// over two lines; "2. https://…"), the next page going on with the paragraph the notes
/// interrupt: the notes are notes, linked from the raised numbers ("failure1 .", not the
/// "2" of "L2" or of a section number "4.2.1"), and the paragraph is whole.
#[test]
fn a_papers_numbered_notes_at_a_page_foot_are_notes() {
    let page = "Seal Counts from the Air\n\nTora Quist\n\n\
4.1 Data Description\n\
The criteria were two abnormal counts in a row, with at least 21.4% of the colony missing from the\n\
mudflats and one sighting of a pup alone on the far bank, a sign of early failure1 . We used an\n\
L2 penalty on the weights of the model, which was written in Velmora2 . The counts went on until the\n\
4.2.1 C OUNT M ATCHING\n\
We match each count to the next one at the same fraction of the tide as the count was taken, and the\n\
1. Our criteria most closely match the definition the trust used in its first survey of the estuary,\n\
though a later one was released in the spring of the same year by the council.\n\
2. https://example.org/velmora/counts\n\
\x0cmudflats were counted again from the ferry a week later by the volunteers of the estuary trust.\n\
4.3 Results\n\
The colony grew from forty animals to eighty over the ten years of the survey, most of them pups\n\
born on the far bank where the ferry does not go and the walkers do not reach in the spring.\n\
The volunteers counted the seals from the air twice a month, at low tide, when the mudflats are bare\n\
and the animals haul out to rest, and the counts from the air agreed with the counts from the ferry.\n";
    let a = clean_str(page);
    let notes: Vec<String> = a.footnotes.iter().map(|n| anthology::model::plain_text(&n.content)).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].starts_with("Our criteria most closely") && notes[0].ends_with("by the council."), "{notes:?}");
    let text: Vec<String> = a.blocks.iter().map(|b| match b {
        Block::Paragraph { content, .. } | Block::Heading { content, .. } => anthology::model::plain_text(content),
        _ => String::new(),
    }).collect();
    assert!(text.iter().any(|t| t.contains("4.2.1")), "the section number stays whole: {text:?}");
    assert!(text.iter().any(|t| t.contains("L2 penalty")), "{text:?}");
    assert!(text.iter().any(|t| t.contains("same fraction of the tide as the count was taken, and the mudflats were counted again")), "{text:?}");
    let refs = a.blocks.iter().filter_map(|b| match b { Block::Paragraph { content, .. } => Some(content), _ => None })
        .flat_map(|c| c.iter()).filter(|i| matches!(i, Inline::NoteRef(_))).count();
    assert_eq!(refs, 2);
}

#[test]
fn a_video_players_keyboard_help_is_chrome() {
    let a = clean_str("Seals Return to the Estuary\n\nPress spacebar to pause and continue. Press esc to stop.\n\nThe seals came back to the estuary this spring after an absence of thirty years, counted by volunteers.\n");
    let text: Vec<String> = a.blocks.iter().map(|b| match b { Block::Paragraph { content, .. } => anthology::model::plain_text(content), _ => String::new() }).collect();
    assert!(text.iter().all(|t| !t.contains("spacebar")), "{text:?}");
    assert!(a.report.removed.iter().any(|r| r.text.contains("spacebar")), "reported as removed");
}

#[test]
fn typos_are_flagged_not_fixed() {
    let a = clean_str("Title\n\nThe workers called/ for bread during1917 and after, in the twentieth century.\n");
    let excerpts: Vec<_> = a.report.flags.iter().map(|f| f.excerpt.as_str()).collect();
    assert_eq!(excerpts, ["called/ for", "during1917"]);
    assert!(a.blocks[0].plain_text().contains("called/ for bread during1917"));
}

#[test]
fn editor_rules_force_lines_in_and_out() {
    let text = "Title\n\nSubscribe to the Weekly\n\nA long paragraph of body text that the editor wants to remove from the book.\n\nAnother long paragraph of body text that stays in the article as it is.\n";
    let rules = Rules {
        keep: vec![regex::Regex::new("^Subscribe").unwrap()],
        drop: vec![regex::Regex::new("wants to remove").unwrap()],
    };
    let a = clean(text, "a.txt", "ch01", &rules);
    let texts: Vec<_> = a.blocks.iter().map(|b| b.plain_text()).collect();
    assert_eq!(texts[0], "Subscribe to the Weekly");
    assert!(!texts.iter().any(|t| t.contains("wants to remove")));
    assert!(a.report.removed.iter().any(|r| r.rule == "editor-drop"));
}

#[test]
fn bad_input_never_panics_or_loses_text() {
    let empty = clean_str("");
    assert!(empty.blocks.is_empty());
    assert_eq!(empty.meta.title, "A");

    let chrome = clean_str("Skip to content\n\nSubscribe\n\nShare on Facebook\n\nLeave a Reply\n");
    assert!(chrome.blocks.is_empty(), "{:?}", chrome.blocks);
    assert_eq!(chrome.report.removed.len(), 7);
    assert!(chrome.report.flags[0].reason.starts_with("no article text found"));

    let untitled = clean_str("This article has no title line at all, only a paragraph of prose text.\n");
    assert_eq!(untitled.meta.title, "A");
    assert_eq!(untitled.blocks.len(), 1);

    for bytes in [&b"\xEF\xBB\xBFTitle\r\n\r\nA paragraph in caf\xc3\xa9s, long enough to be prose.\r\n"[..], b"Title\n\nA paragraph in caf\xe9s, long enough to be prose.\n"] {
        let a = clean_str(&source::decode(bytes).text);
        assert_eq!(a.meta.title, "Title");
        assert_eq!(a.blocks[0].plain_text(), "A paragraph in cafés, long enough to be prose.");
    }
}

#[test]
fn cleaning_is_deterministic() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/clean/blog-related/input.txt")).unwrap();
    let md = |t: &str| markdown::write(&clean_str(t));
    assert_eq!(md(&text), md(&text));
}

#[test]
fn edited_markdown_wins_over_recleaning() {
    let dir = std::env::temp_dir().join(format!("anthology-edited-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("edited")).unwrap();
    std::fs::write(dir.join("a.txt"), "Scraped title\n\nScraped paragraph of the article, long enough to be prose.\n").unwrap();
    std::fs::write(dir.join("edited/a.md"), "+++\ntitle = \"Edited title\"\n+++\n\nThe editor corrected this paragraph.\n").unwrap();
    let manifest = anthology::config::Manifest::load(&dir).unwrap();
    let book = anthology::pipeline::assemble(&manifest, &dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(book.articles[0].meta.title, "Edited title");
    assert_eq!(book.articles[0].blocks[0].plain_text(), "The editor corrected this paragraph.");
}

#[test]
fn clean_command_writes_markdown_and_report() {
    let dir = std::env::temp_dir().join(format!("anthology-cleancmd-{}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join("tests/fixtures/clean/news-cookies/input.txt"), dir.join("news.txt")).unwrap();
    let articles = anthology::clean::clean_folder(&dir, &out).unwrap();
    assert_eq!(articles.len(), 1);
    let md = std::fs::read_to_string(out.join("news.md")).unwrap();
    let report = std::fs::read_to_string(out.join("cleaning-report.txt")).unwrap();
    let json = std::fs::read_to_string(out.join("cleaning-report.json")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(md.starts_with("+++\ntitle = \"The strike that stopped a city\""), "{md}");
    assert!(report.contains("[cookie-notice]"), "{report}");
    assert!(json.contains("\"rule\": \"breadcrumb\""));
}

#[test]
fn the_build_is_told_what_was_removed_and_what_is_missing() {
    let text = "Home\n\nNews\n\nThe strike that stopped a city\n\nBy Maria Lopez\n\nWhen the tram drivers walked out on a cold morning, nobody expected the strike to last a day.\n\nBy the end of the week it had spread to the docks, the bakeries and the offices of the city.\n";
    let a = clean(text, "strike.txt", "ch01", &Rules::default());
    assert_eq!(a.meta.author.as_deref(), Some("Maria Lopez"));
    assert!(a.meta.date.is_none(), "the build's check reports it as meta-missing");
    let line = anthology::clean::report::removal_line(&a.report);
    // Of six text lines, two menu lines went and the title and byline moved into the
    // metadata; the rules' counts add up to the total.
    assert!(line.starts_with("strike.txt: removed 4 of 6 text lines ("), "{line}");
    let parts: usize = line.rsplit_once('(').unwrap().1.trim_end_matches(')').split(", ")
        .map(|p| p.rsplit_once(' ').unwrap().1.parse::<usize>().unwrap()).sum();
    assert_eq!(parts, 4, "{line}");
    assert!(anthology::clean::report::prose_loss(&a.report).is_none(), "nothing of the prose was lost");
}

#[test]
fn numbered_heads_are_headings_and_credits_are_captions() {
    let a = clean_str("A study of bread queues\n\nBy Ann Lee\n\nThe queues for bread in the capital grew longer every week of that hard winter.\n\nPhotograph: Jo Bloggs / Getty Images\n\nWomen stood in them for hours, and they talked about the war as they waited.\n\n2. Method\n\nWe read the police reports of every district of the city for the whole winter.\n\nII. THE WAR\n\nThe war had taken the men to the front, and the women into the factories of the city.\n");
    let kinds: Vec<&str> = a.blocks.iter().map(|b| match b {
        Block::Heading { .. } => "heading",
        Block::Caption { .. } => "caption",
        Block::Paragraph { .. } => "paragraph",
        _ => "other",
    }).collect();
    assert_eq!(kinds, ["paragraph", "caption", "paragraph", "heading", "paragraph", "heading", "paragraph"], "{:?}", a.blocks);
}

#[test]
fn split_words_are_rejoined_only_on_the_texts_own_evidence() {
    let a = clean_str("Title\n\nThe most e cient method was also the most efficient in cost, and any one of them would be half as dear as before.\n\nThe eff ective rate was the effective one, and anyone could see it at a glance.\n");
    let text: Vec<String> = a.blocks.iter().map(|b| b.plain_text()).collect();
    let text = text.join(" ");
    assert!(text.contains("most efficient method") && text.contains("The effective rate"), "{text}");
    assert!(text.contains("any one of them") && text.contains("be half as dear"), "{text}");
    let rejoined: Vec<&str> = a.report.flags.iter().filter(|f| f.reason.starts_with("rejoined")).map(|f| f.excerpt.as_str()).collect();
    assert_eq!(rejoined, ["“e cient” as “efficient”", "“eff ective” as “effective”"]);
    // Two words the author writes three times are not a split of a typo written once.
    let b = clean_str("Title\n\nAstronomers have built the largest model of the universe yet, and it answers old questions.\n\nStars and black holes shape the galaxies of the model, and the black holes grow with them over time.\n\nSupermassive black holes sit at their hearts, and in one picture of it blackholes expel the gas.\n");
    let text: String = b.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join(" ");
    assert_eq!(text.matches("black holes").count(), 3, "{text}");
}

#[test]
fn running_heads_with_changing_page_numbers_are_furniture() {
    let a = clean_str("A history of the docks\n\nThe docks of the city were built in the eighteenth century by the merchants of the port.\n12 A History of the Docks\nThey grew for a hundred years, and by 1900 they employed twenty thousand men every day.\nTHE PORT AND ITS PEOPLE 13\nThe port and its people were bound together by the rhythm of the tides and the ships.\n14 A History of the Docks\nIn the end the container ships came, and the old docks closed one after another.\n");
    let heads = a.report.removed.iter().filter(|r| r.rule == "running-head").count();
    assert_eq!(heads, 3, "{:?}", a.report.removed);
    assert_eq!(a.blocks.len(), 4, "{:?}", a.blocks);
    assert!(a.blocks.iter().all(|b| !b.plain_text().to_lowercase().contains("history of the docks")));
}

#[test]
fn bulleted_lines_are_a_list_and_one_dash_line_a_paragraph() {
    let a = clean_str("What the strikers asked for\n\nBy Ann Lee\n\nThe strike committee met on the first evening and wrote down what the weavers wanted:\n\n• a shorter working day for everyone\n• a rise of a tenth in the weekly pay\n\n- the right to meet in the mill yard\n\n- Their petition went to the owners on the Friday, and nobody expected an answer soon.\n\nThe owners answered on the Monday, and the weavers went back to work that week.\n");
    let lists: Vec<Vec<String>> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List { items, .. } => Some(items.iter().map(|i| anthology::model::plain_text(i)).collect()),
            _ => None,
        })
        .collect();
    assert_eq!(
        lists,
        [vec![
            "a shorter working day for everyone".to_string(),
            "a rise of a tenth in the weekly pay".to_string(),
            "the right to meet in the mill yard".to_string(),
            "Their petition went to the owners on the Friday, and nobody expected an answer soon.".to_string()
        ]],
        "{:?}",
        a.blocks
    );
}

#[test]
fn the_headline_is_the_title_not_the_caption_or_standfirst_under_it() {
    let a = clean_str("* Home\n* Local\n\nOrchard growers count the cost of the late frost\n\nApple blossom in the valley last week.\n\nBy Tomas Reyes\n\nGrowers in the upper valley say the frost of the last week of April killed most of the blossom on their early apple trees.\n\nSome farms expect to lose half of this year's crop, and several say they will ask the county for help with the cost of replanting.\n\nThe frost came after the warmest March on record, which had brought the trees into flower two weeks early.\n");
    assert_eq!(a.meta.title, "Orchard growers count the cost of the late frost");
    assert_eq!(a.meta.author.as_deref(), Some("Tomas Reyes"));
}

#[test]
fn a_headline_repeated_on_the_page_is_still_the_title() {
    let head = "Ferry timetable changes for the winter season";
    let a = clean_str(&format!("Currently reading\n\n{head}\n\n* News\n* Sport\n\n{head}\n\nBy Ines Moura | 14 de março de 2021\n\nThe ferry company will run fewer crossings from November, with the last boat of the evening leaving an hour earlier than in summer.\n\nThe company said the change follows the fall in passengers after the tourist season, and that it will review the timetable in March.\n\nMost read\n\n{head}\n"));
    assert_eq!(a.meta.title, head);
    assert_eq!(a.meta.author.as_deref(), Some("Ines Moura"));
    assert_eq!(a.meta.date.as_deref(), Some("2021-03-14"));
}

#[test]
fn a_deck_under_the_headline_loses_to_it_even_without_a_full_stop() {
    // The deck repeats the opening more closely than the headline does, and stands nearer
    // the byline: still the headline is the title.
    let a = clean_str("* Home\n* Business\n\nHarbour council approves the new container terminal\n\n\u{201c}The terminal will bring three hundred jobs to the harbour,\u{201d} council leader Ruth Adair told members\n\nBy Colm Brady\n\nNov. 18, 2019 12:02 PM\n\nThe harbour council approved the new container terminal on Tuesday, after council leader Ruth Adair said it would bring three hundred jobs to the harbour.\n\nWork on the terminal should start next spring and take two years, the council said.\n\nResidents near the harbour had objected to the noise of lorries at night.\n");
    assert_eq!(a.meta.title, "Harbour council approves the new container terminal");
    assert_eq!(a.meta.author.as_deref(), Some("Colm Brady"));
    // A caption under the headline, past the date line between them.
    let a = clean_str("* News\n\nLibrary reopens after two years of repairs to its roof\n\nUpdated: March 4, 2021\n\nReaders queue at the library doors on Monday morning after the roof repairs (city archive)\n\nBy Ama Owusu\n\nThe city library reopened on Monday after two years of repairs to its roof, and readers queued at its doors before nine.\n\nThe repairs cost more than planned because the old beams were found to be rotten, the city said.\n\nThe library's reading room will open late on Thursdays from next month.\n");
    assert_eq!(a.meta.title, "Library reopens after two years of repairs to its roof");
}

#[test]
fn a_kicker_in_capitals_does_not_make_the_headline_under_it_a_deck() {
    let a = clean_str("* Menu\n\nGROWING A SMALL FARM BUSINESS\n\nWhy some small farms sell out at market and others never do\n\nBy Nell Carter\n\nSome small farms sell out at the weekly market by noon, while others never do, and the reason is rarely the quality of the produce.\n\nFarms that sell out tell their buyers what is coming next week, and keep the same stall in the market every time.\n\nThe others move about and are hard to find.\n");
    assert_eq!(a.meta.title, "Why some small farms sell out at market and others never do");
}

#[test]
fn a_credit_in_brackets_is_never_the_title() {
    // The credit names the company the article is about, so it repeats the opening's words.
    let a = clean_str("* Science\n\nEngineers test a folding sail for small satellites\n\nImage 2 of 2\n\nA drawing of the folding sail made by Nordic Sail Works.\n\n(Image credit: Nordic Sail Works, Inc.)\n\nNordic Sail Works has tested a folding sail that could slow small satellites at the end of their lives so that they burn up sooner.\n\nThe sail from Nordic Sail Works opens like a fan and needs no fuel, the company said.\n\nA first flight is planned for next year.\n");
    assert_eq!(a.meta.title, "Engineers test a folding sail for small satellites");
}

#[test]
fn padded_rows_of_figures_are_a_table_and_a_padded_menu_is_not() {
    let page = "Home      News      Sport      Weather\n\nBridge repairs to close the ring road for a month\n\nThe council will close the ring road for a month while the old bridge over the canal is repaired, it said on Monday.\n\nLane      Closed from   Reopens\nNorth     3 March       31 March\nSouth     10 March      7 April\n\nBuses will run on the old road through the town centre while the work goes on, and the council asks drivers to plan ahead.\n\nAbout us      Jobs      Contact      Privacy\n";
    let a = clean_str(page);
    let tables: Vec<_> = a.blocks.iter().filter_map(|b| if let Block::Table { table, .. } = b { Some(table) } else { None }).collect();
    assert_eq!(tables.len(), 1, "{:?}", a.blocks);
    assert_eq!(tables[0].columns(), 3);
    assert_eq!(tables[0].head.len(), 1);
    assert_eq!(tables[0].body.len(), 2);
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(!text.contains("Weather") && !text.contains("Privacy"), "{text}");
}

#[test]
fn a_thread_of_comments_with_reply_links_is_cut_even_when_longer_than_the_post() {
    let comment = |name: &str, day: u32, text: &str| format!("{name} · March {day}, 2017 at 11:55 AM\n\n{text}\n\n* Reply\n\n");
    let mut page = String::from("Why we moved our shop to the high street\n\nBy Ivo Brandt\n\nAfter ten years of selling only online, we opened a small shop on the high street last spring, and it has changed how we work.\n\nCustomers now come in to try things before they buy them, and fewer parcels come back to us.\n\n");
    page += &comment("Ada Mills", 10, "This is such an interesting story, and I wonder whether the rent on the high street is really worth it for a shop as small as yours, because ours was far too high.");
    page += &comment("Ivo Brandt", 11, "Thank you, Ada. The rent is high, but we save so much on returned parcels that it pays for itself, at least for now, and we meet our customers in person.");
    page += &comment("Sam Okafor", 12, "We did the same thing two years ago and never looked back, although the first winter was very quiet and we nearly gave up before the spring came round again.");
    let a = clean_str(&page);
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(text.starts_with("After ten years"), "{text}");
    assert!(text.ends_with("fewer parcels come back to us."), "{text}");
    assert!(a.report.removed.iter().any(|r| r.rule == "comments"));
}

#[test]
fn a_headline_naming_a_social_network_is_no_share_button() {
    let a = clean_str("* Politics\n\nCouncil under fire for Twitter account name switch\n\nBy Rhea Patel\n\n* Share on Facebook\n\n* Tweet\n\nThe city council was accused on Tuesday of misleading residents after it renamed its Twitter account during a debate on the budget.\n\nCouncillors said the change was a mistake by a junior officer and that the old name had been restored within the hour.\n\nThe opposition has asked for an inquiry into who approved it.\n\nMore Top Stories\n\n* Bridge reopens after repairs\n\n* Library hours extended at weekends\n");
    assert_eq!(a.meta.title, "Council under fire for Twitter account name switch");
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(!text.contains("Share on") && !text.contains("Tweet") && !text.contains("Bridge reopens"), "{text}");
    assert!(text.contains("renamed its Twitter account"), "{text}");
}

#[test]
fn two_sentences_under_the_headline_are_a_deck_not_the_title() {
    let a = clean_str("* Opinion\n\nOur view on the old bridge: a crossing at breaking point\n\nEditorial\n\nThe council's delays have only deepened the danger. It is up to the council to close the bridge before winter\n\nMon 18 Nov 2019 18.54 GMT\n\nThe old bridge over the river has carried traffic for a hundred and twenty years, and engineers now say it cannot carry it much longer.\n\nThe council has known this for three years and has put off the repairs twice.\n\nIt should close the bridge to lorries now.\n");
    assert_eq!(a.meta.title, "Our view on the old bridge: a crossing at breaking point");
}

#[test]
fn video_teasers_between_the_byline_and_the_text_are_not_the_title() {
    let a = clean_str("* Business\n\nMarkets cannot decide what to make of the shipping strike\n\nBy Jo Harker, City Desk\n\nUpdated November 19, 2019\n\nJUST WATCHED\n\nMinister says port talks are going well\n\nReplay\n\nMore Videos ...\n\nMinister says port talks are going well\n\nWhat a shipping strike means for dock workers\n\nWhy ports are the new front line\n\nShares in shipping companies fell for a third day on Tuesday as dock workers in four ports extended their strike over pay.\n\nInvestors said they could not tell how long the strike would last or how much it would cost the companies.\n\nTalks are due to resume on Thursday.\n");
    assert_eq!(a.meta.title, "Markets cannot decide what to make of the shipping strike");
}

#[test]
fn a_time_stamp_without_a_date_stands_between_the_headline_and_the_caption() {
    let a = clean_str("* Entertainment\n\nFolk band to reunite for a summer show at the lakeside theatre\n\nUpdated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM\n\nThe band performs at the lakeside theatre.\n\nBy Dana Wells\n\nThe folk band will reunite with its founding singer for a single show at the lakeside theatre next summer, the theatre said.\n\nTickets go on sale on Friday, and the band said it would play its first two albums in full.\n\nThe show is the band's first in the town for twenty years.\n");
    assert_eq!(a.meta.title, "Folk band to reunite for a summer show at the lakeside theatre");
    assert!(a.report.removed.iter().any(|r| r.rule == "metadata-time" && r.text.starts_with("Updated")));
}

#[test]
fn an_authors_view_more_link_is_chrome_and_the_headline_over_it_the_title() {
    let a = clean_str("Auto News\n\nAll-new compact sedan is what buyers here really wanted\n\nAna Cruz View More Articles\n\nNext-generation compact sedan makes its debut in Los Angeles\n\nCarmaker November 20, 2019 13:42\n\nThe carmaker showed the new generation of its compact sedan in Los Angeles this week, with a larger cabin and a smaller engine.\n\nThe sedan goes on sale here next year, and the local distributor said buyers had asked for exactly these changes.\n\nPrices will be announced in the spring.\n");
    assert_eq!(a.meta.title, "All-new compact sedan is what buyers here really wanted");
    assert!(a.report.removed.iter().any(|r| r.rule == "chrome-phrase" && r.text.contains("View More")));
}

#[test]
fn a_count_of_thoughts_on_the_title_opens_the_comments() {
    let a = clean_str("Why small shops close in January\n\nBy Lena Fisk\n\nJanuary is the hardest month for small shops, because the rent is due and the customers have spent their money on presents.\n\nMany owners say they would close for the month if their leases let them, and some now do.\n\nThe council is looking at ways to help them through the winter, including a lower rate for the first quarter.\n\nThose who survive January usually survive the year, one owner said.\n\n2 thoughts on “Why small shops close in January, and what the council could do about it this winter”\n\n1. Rob Tan\n\nJanuary 9, 2019 at 3:17 pm\n\nWe closed for January last year and it was the best decision we ever made for the shop and for ourselves.\n\n2. Mia Holt\n\nJanuary 10, 2019 at 7:07 pm\n\nThe council should have done this years ago, because every winter another shop on our street closes for good.\n");
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(text.ends_with("one owner said."), "{text}");
}

#[test]
fn japanese_prose_is_found_without_spaces_between_words() {
    let a = clean_str("* ホーム\n\n* ブログ\n\n* お問い合わせ\n\n商品の改造について\n\n先日、改造した電話を販売したとして、ある男性が逮捕されたというニュースを耳にしました。\n\n報道によると、販売されたのは、機能の制限を解除した電話だったとのことです。\n\nもともとは正規の販売店から購入したものでも、改造すれば別の商品になることがあります。\n\n関連記事\n\n* 2016年08月03日\n");
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(text.starts_with("先日") && text.contains("改造すれば"), "{text}");
    assert!(!text.contains("ホーム") && !text.contains("お問い合わせ") && !text.contains("2016"), "{text}");
    assert!(a.report.removed.iter().any(|r| r.rule == "related-header" && r.text == "関連記事"));
}

#[test]
fn a_box_of_related_links_inside_the_text_goes_and_the_text_goes_on() {
    let a = clean_str("New manager for the city club\n\nBy Tom Reed\n\nThe city club named a new manager on Wednesday, a day after it dismissed his predecessor following a poor run of results.\n\nThe new manager said he was excited to join a club with such a long history and such a loyal crowd.\n\nMore from Sport\n\n* Rowing crew breaks course record\n\n* Cricket ground to get new stand\n\n* Marathon route changed for roadworks\n\nHis first match in charge will be away from home on Saturday, against the league leaders.\n\nThe club said the appointment was for three seasons, with an option for a fourth.\n");
    let text: String = a.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n");
    assert!(!text.contains("Rowing") && !text.contains("Marathon"), "{text}");
    assert!(text.contains("His first match") && text.ends_with("option for a fourth."), "{text}");
}

#[test]
fn a_headline_printed_again_down_the_page_beats_a_phrase_of_the_text() {
    let body = [
        "“A cause for serious concern is the state of the northern dams, where the water board continues to delay the repairs and the families of the lower town wait for help,” the statement said.",
        "In a joint statement published Oct. 25, the city council and the water board accused the engineers of delaying the flood relief plan for the lower town and its families.",
        "The engineers rejected these accusations as false, and residents of the lower town told reporters that the claims of the council were not true either.",
        "The lower town has flooded four times in ten years, and each time the water reached the first floor of the houses nearest to the river bank.",
        "The relief plan, agreed two years ago, would raise the bank by a metre and build a second spillway at the northern dam above the town.",
        "Engineers say the spillway alone would have halved the damage of the last flood, which left a line of silt on every door in the old quarter.",
        "The water board says it needs another year to finish its survey, and that the council has not paid its share of the first stage of the works.",
        "Until then, the families of the lower town keep sandbags by their doors and move their furniture upstairs whenever the river rises in the spring.",
        "Source: City council statement, October 25, 2019",
    ];
    let page = format!(
        "Home\n\nNews\n\nRivers and Dams: Council Blocking the Flood Relief Plan\n\nNovember 18, 2019\n\nShare\n\nThe city council and the water board\n\n{}\n\nMore from News\n\nRivers and Dams: Council Blocking the Flood Relief Plan\n\nContact us\n",
        body.join("\n\n")
    );
    let a = clean_str(&page);
    assert_eq!(a.meta.title, "Rivers and Dams: Council Blocking the Flood Relief Plan");
}

#[test]
fn a_widgets_error_message_is_chrome_not_the_title() {
    let a = clean_str("Something went wrong with the connection!\n\n* News\n\n* Sport\n\nFerry fares rise for the island's commuters\n\nFerry fares for the island's commuters will rise by a tenth from March, the operator said on Monday.\n\nThe operator blamed the price of fuel and a new crew agreement for the rise, the first in four years.\n\nCommuters said they would ask the council to pay part of the increase.\n");
    assert_eq!(a.meta.title, "Ferry fares rise for the island's commuters");
    assert!(a.report.removed.iter().any(|r| r.rule == "chrome-phrase" && r.text.starts_with("Something went wrong")));
}
