//! The editor's workflow through the binary (issue 15): init, check, safe hand edits,
//! messages, the default folder and watch.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn anthology_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("the anthology binary runs")
}

fn anthology(args: &[&str]) -> Output {
    anthology_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const ARTICLE: &str = "The Strike at the Mill\n\nBy Maria Lopez\n\n12 March 1912\n\n\
The strike began on a Monday, when the weavers walked out of the mill and gathered at the gates in the rain.\n\n\
By the end of the week the whole town had joined them, and the owners sent for the police from the county town.\n";

/// A small book: book.toml and one scraped article per `(name, text)`.
fn book(articles: &[(&str, &str)], extra_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    let mut toml = format!("title = \"A Small Book\"\n{extra_toml}\n");
    for (name, body) in articles {
        std::fs::write(dir.path().join("sources").join(name), body).unwrap();
        toml.push_str(&format!("\n[[article]]\nsource = \"sources/{name}\"\n"));
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    dir
}

/// `path:line:col: severity[rule]: message` headlines of a check's output.
fn headlines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("warning[") || l.contains("error["))
        .map(str::to_string)
        .collect()
}

#[test]
fn init_then_build() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("my-book");
    let init = anthology(&["init", s(&dir)]);
    assert!(init.status.success(), "{}", text(&init));
    let manifest = std::fs::read_to_string(dir.join("book.toml")).unwrap();
    assert!(manifest.contains("# ") && manifest.contains("[[article]]"), "{manifest}");
    assert!(dir.join("introduction.md").is_file() && dir.join("sources").is_dir());
    let out = root.path().join("out");
    let build = anthology(&["build", s(&dir), "--out", s(&out)]);
    assert!(build.status.success(), "{}", text(&build));
    assert!(out.join("my-book.epub").is_file(), "{}", text(&build));
    // A second init never overwrites the editor's book.toml.
    let again = anthology(&["init", s(&dir)]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(dir.join("book.toml")).unwrap(), manifest);
}

#[test]
fn init_from_a_folder_lists_what_the_cleaner_found() {
    let root = tempfile::tempdir().unwrap();
    let scraped = root.path().join("scraped");
    std::fs::create_dir_all(&scraped).unwrap();
    std::fs::write(scraped.join("b.txt"), ARTICLE).unwrap();
    std::fs::write(scraped.join("a.txt"), ARTICLE.replace("The Strike at the Mill", "Bread and Roses")).unwrap();
    // A saved web page too: its metadata comes from the markup.
    std::fs::write(
        scraped.join("c.html"),
        "<html><head><title>The Weavers' Return | Mill Gazette</title><meta property=\"og:site_name\" content=\"Mill Gazette\">\
         <meta name=\"author\" content=\"Ann Lee\"></head><body><article><h1>The Weavers' Return</h1>\
         <p>The weavers went back to the mill on a cold Monday, a month after the strike had begun.</p>\
         <p>Their pay was higher by a tenth, and the owners had promised a shorter day for everyone.</p></article></body></html>",
    )
    .unwrap();
    let dir = root.path().join("book");
    let init = anthology(&["init", s(&dir), "--from", s(&scraped)]);
    assert!(init.status.success(), "{}", text(&init));
    let manifest = std::fs::read_to_string(dir.join("book.toml")).unwrap();
    let a = manifest.find("source = \"sources/a.txt\"").expect(&manifest);
    let b = manifest.find("source = \"sources/b.txt\"").expect(&manifest);
    assert!(a < b, "{manifest}");
    assert!(manifest.contains("title = \"Bread and Roses\"") && manifest.contains("author = \"Maria Lopez\""), "{manifest}");
    assert!(dir.join("sources/a.txt").is_file() && scraped.join("a.txt").is_file());
    assert!(manifest.contains("source = \"sources/c.html\"\ntitle = \"The Weavers' Return\""), "{manifest}");
    assert!(manifest.contains("author = \"Ann Lee\""), "{manifest}");
    let build = anthology(&["build", s(&dir), "--out", s(&root.path().join("out")), "--quiet"]);
    assert!(build.status.success(), "{}", text(&build));
}

#[test]
fn check_passes_on_the_sample_book() {
    let out = anthology(&["check", "content"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    for line in headlines(&out) {
        assert!(line.starts_with("content"), "{line}");
    }
    let json = anthology(&["check", "content", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("check --format json prints JSON");
    assert!(parsed.as_array().unwrap().iter().all(|d| d["rule"].is_string() && d["severity"] == "warning"));
}

#[test]
fn check_names_bad_sources_with_rule_and_line() {
    let dir = book(&[("a.txt", ARTICLE), ("empty.txt", "  \n")], "");
    std::fs::create_dir_all(dir.path().join("sources/folder.txt")).unwrap();
    std::fs::write(dir.path().join("sources/picture.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let mut toml = std::fs::read_to_string(dir.path().join("book.toml")).unwrap();
    for name in ["a.txt", "folder.txt", "picture.txt", "missing.txt"] {
        toml.push_str(&format!("\n[[article]]\nsource = \"sources/{name}\"\n"));
    }
    std::fs::write(dir.path().join("book.toml"), &toml).unwrap();
    let out = anthology(&["check", s(dir.path())]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let lines = headlines(&out).join("\n");
    let line_of = |needle: &str| toml[..toml.rfind(needle).unwrap()].matches('\n').count() + 1;
    for (rule, name, severity) in [
        ("source-empty", "empty.txt", "warning"),
        ("source-duplicate", "a.txt", "warning"),
        ("source-not-file", "folder.txt", "error"),
        ("source-binary", "picture.txt", "error"),
        ("source-missing", "missing.txt", "error"),
    ] {
        let expected = format!("book.toml:{}:11: {severity}[{rule}]", line_of(name));
        assert!(lines.contains(&expected), "{expected} not in\n{lines}");
    }
    assert!(text(&out).contains("is a folder, not a file"), "{}", text(&out));
}

#[test]
fn check_finds_problems_in_the_text() {
    let planted = "The Meeting\n\nA paragraph that opens a quotation, “and never closes it, though the meeting went on for hours.\n\n\
A paragraph with a bracket (that never closes, as the speaker went on about the harvest.\n\n\
A paragraph with a rule line from the page ---- that the cleaner carried into the text.\n\n\
Written during1917 by someone who typed too fast and did not notice it at all.\n";
    let dir = book(&[("a.txt", planted)], "");
    let out = anthology(&["check", s(dir.path()), "--format", "text"]);
    assert_eq!(out.status.code(), Some(0), "warnings only: {}", text(&out));
    let lines = headlines(&out).join("\n");
    for expected in [
        "sources/a.txt:3:37: warning[unbalanced-quotes]",
        "sources/a.txt:5:28: warning[unbalanced-brackets]",
        "sources/a.txt:7:44: warning[double-hyphen]",
        "sources/a.txt:9:9: warning[suspect-typo]",
        "sources/a.txt: warning[meta-missing]",
    ] {
        assert!(lines.contains(expected), "{expected} not in\n{lines}");
    }
    // The caret is drawn under the column.
    assert!(String::from_utf8_lossy(&out.stdout).contains("^"), "{}", text(&out));
    let strict = anthology(&["check", s(dir.path()), "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", text(&strict));
}

#[test]
fn check_reports_markdown_the_book_cannot_set_and_bypassed_rules() {
    let dir = book(&[("a.txt", ARTICLE)], "[clean]\ndrop = [\"^Advertisement$\"]\n");
    std::fs::create_dir_all(dir.path().join("edited")).unwrap();
    let edited = "+++\ntitle = \"The Strike\"\nauthor = \"Maria Lopez\"\ndate = \"1912\"\n+++\n\nA paragraph.\n\nAdvertisement\n\n- a list item\n  - nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 | 5 |\n";
    std::fs::write(dir.path().join("edited/a.md"), edited).unwrap();
    let out = anthology(&["check", s(dir.path())]);
    let lines = headlines(&out).join("\n");
    for expected in [
        "edited/a.md:9:1: warning[clean-rule-ignored]",
        "edited/a.md:12:3: warning[unsupported-markdown]",
        // A table is set as a table; only the cell beyond its columns is reported.
        "edited/a.md:17:1: warning[unsupported-markdown]",
    ] {
        assert!(lines.contains(expected), "{expected} not in\n{lines}");
    }
    assert!(!lines.contains("edited/a.md:14:1") && !lines.contains("edited/a.md:16:1"), "{lines}");
}

#[test]
fn a_second_clean_keeps_hand_edits() {
    let dir = book(&[("a.txt", ARTICLE)], "");
    let out = dir.path().join("edited");
    let first = anthology(&["clean", s(dir.path()), "--out", s(&out)]);
    assert!(first.status.success(), "{}", text(&first));
    let edited = std::fs::read_to_string(out.join("a.md")).unwrap().replace("weavers", "weavers and spinners");
    std::fs::write(out.join("a.md"), &edited).unwrap();
    let second = anthology(&["clean", s(dir.path()), "--out", s(&out)]);
    assert!(second.status.success(), "{}", text(&second));
    assert_eq!(std::fs::read_to_string(out.join("a.md")).unwrap(), edited, "the hand edit was overwritten");
    assert!(out.join("a.new.md").is_file());
    assert!(text(&second).contains("a.new.md") && text(&second).contains("--force"), "{}", text(&second));
    // An untouched file is refreshed silently; --force overwrites the edit.
    let forced = anthology(&["clean", s(dir.path()), "--out", s(&out), "--force"]);
    assert!(forced.status.success(), "{}", text(&forced));
    assert!(!std::fs::read_to_string(out.join("a.md")).unwrap().contains("spinners"));
}

#[test]
fn build_inside_the_book_folder_needs_no_argument() {
    let dir = book(&[("a.txt", ARTICLE)], "");
    let out = anthology_in(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(dir.path().join("out/a-small-book.pdf").is_file(), "{}", text(&out));
}

#[test]
fn a_build_ends_with_a_warnings_summary() {
    let dir = book(&[("a.txt", &ARTICLE.replace("a Monday", "a Monday during1917"))], "");
    let out_dir = tempfile::tempdir().unwrap();
    let out = anthology(&["build", s(dir.path()), "--out", s(out_dir.path())]);
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(" warning") && stderr.contains("; run with --verbose or anthology check for details"), "{stderr}");
    assert!(!stderr.contains("suspect-typo"), "warnings are summed up, not listed: {stderr}");
    let verbose = anthology(&["build", s(dir.path()), "--out", s(out_dir.path()), "--verbose"]);
    assert!(text(&verbose).contains("warning[suspect-typo]"), "{}", text(&verbose));
    let quiet = anthology(&["build", s(dir.path()), "--out", s(out_dir.path()), "--quiet"]);
    assert!(quiet.status.success() && text(&quiet).is_empty(), "{}", text(&quiet));
    let strict = anthology(&["build", s(dir.path()), "--out", s(tempfile::tempdir().unwrap().path()), "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", text(&strict));
}

#[test]
fn a_manifest_error_shows_the_line_and_a_caret() {
    let dir = book(&[("a.txt", ARTICLE)], "titel = \"oops\"");
    let out = anthology(&["build", s(dir.path()), "--out", s(&dir.path().join("out"))]);
    assert_eq!(out.status.code(), Some(1));
    let msg = text(&out);
    assert!(msg.contains("book.toml:2:1: error") && msg.contains("titel"), "{msg}");
    let shown = msg.lines().position(|l| l.contains("2 | titel = \"oops\"")).expect(&msg);
    assert!(msg.lines().nth(shown + 1).unwrap().trim_end().ends_with("| ^"), "{msg}");
}

#[test]
fn file_system_errors_are_said_once() {
    let dir = book(&[("a.txt", ARTICLE)], "");
    let not_a_folder = dir.path().join("out");
    std::fs::write(&not_a_folder, "a file where the out folder should be").unwrap();
    let out = anthology(&["build", s(dir.path()), "--out", s(&not_a_folder)]);
    assert_eq!(out.status.code(), Some(1));
    let msg = text(&out);
    assert!(msg.contains(s(&not_a_folder)), "{msg}");
    assert!(!msg.contains("os error"), "{msg}");
    let lines: Vec<&str> = msg.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(lines.len(), 1, "{msg}");
}

#[test]
fn direct_build_and_clean_round_trip_agree_on_punctuation() {
    let body = "The Quote\n\nHe said \"we won't go back\" -- and the '90s proved him right... or so they say.\n";
    let dir = book(&[("a.txt", body)], "");
    let direct = anthology::pipeline::assemble(&anthology::config::Manifest::load(dir.path()).unwrap(), dir.path()).unwrap();
    anthology::clean::clean_folder(dir.path(), &dir.path().join("edited")).unwrap();
    let round = anthology::pipeline::assemble(&anthology::config::Manifest::load(dir.path()).unwrap(), dir.path()).unwrap();
    let para = |b: &anthology::model::Book| b.articles[0].blocks[0].plain_text();
    assert_eq!(para(&direct), "He said “we won’t go back” — and the ’90s proved him right… or so they say.");
    assert_eq!(para(&direct), para(&round));
}

#[test]
fn watch_rebuilds_after_a_change() {
    let dir = book(&[("a.txt", ARTICLE)], "");
    let out_dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(["watch", s(dir.path()), "--out", s(out_dir.path())])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |needle: &str| -> Result<(), String> {
        let mut seen = String::new();
        loop {
            match rx.recv_timeout(Duration::from_secs(180)) {
                Ok(line) if line.contains(needle) => return Ok(()),
                Ok(line) => seen.push_str(&(line + "\n")),
                Err(_) => return Err(format!("no `{needle}` within the time allowed:\n{seen}")),
            }
        }
    };
    let first = wait_for("watching");
    let pdf = out_dir.path().join("a-small-book.pdf");
    let before = std::fs::read(&pdf).ok();
    std::fs::write(dir.path().join("sources/a.txt"), ARTICLE.replace("the rain", "the pouring rain of March")).unwrap();
    let second = wait_for("changed:").and_then(|_| wait_for("watching"));
    let after = std::fs::read(&pdf).ok();
    child.kill().unwrap();
    child.wait().unwrap();
    first.unwrap();
    second.unwrap();
    assert!(before.is_some() && before != after, "the PDF was not rebuilt");
}

#[test]
fn a_build_says_what_the_cleaner_removed_and_check_locates_a_prose_loss() {
    // Two lines of the article's own prose hold a chrome phrase, so a chrome rule takes them.
    let lossy = "The Strike at the Mill\n\nBy Maria Lopez\n\n12 March 1912\n\n\
Share this article with a friend who cares about the mill and its weavers.\n\n\
Subscribe to our newsletter for more stories about the weavers of the town.\n\n\
The strike began on a Monday, when the weavers walked out of the mill and gathered at the gates in the rain.\n";
    let dir = book(&[("a.txt", lossy)], "");
    let out_dir = tempfile::tempdir().unwrap();
    let out = anthology(&["build", s(dir.path()), "--out", s(out_dir.path())]);
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.starts_with("cleaned sources/a.txt: removed ")), "{stderr}");
    let check = anthology(&["check", s(dir.path()), "--format", "text"]);
    let lines = headlines(&check).join("\n");
    assert!(!lines.contains("glyph-fallback"), "a cleaner's warning is not a font warning:\n{lines}");
    assert!(lines.contains("sources/a.txt: warning[prose-lost]: the cleaner removed"), "located in its source, said once:\n{lines}");
}

#[test]
fn a_book_titled_after_its_folder_says_so_on_every_build() {
    // A zero-config folder of sources, no book.toml: the title taken is said, with the fix.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("harbour-strikes");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("a.txt"), ARTICLE).unwrap();
    let out = anthology(&["build", s(&folder), "--out", s(&dir.path().join("out"))]);
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning[title-from-folder]") && stderr.contains("titled \"Harbour Strikes\""), "{stderr}");
    assert!(stderr.contains("title = \"My Anthology\""), "the fix is named: {stderr}");
    let quiet = anthology(&["build", s(&folder), "--out", s(&dir.path().join("out")), "--quiet"]);
    assert!(text(&quiet).is_empty(), "{}", text(&quiet));
}
