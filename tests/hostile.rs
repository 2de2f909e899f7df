//! Hostile and unusual book folders, through the binary as a user meets them: links out of
//! the folder, FIFOs and devices, sizes and trims out of range, bad metadata, planted
//! temporaries, concurrent builds. Each must end in a clear error (or a correct book), never a
//! hang, an escape or a half-written out folder.

use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A build is allowed this long before the test calls it a hang.
const HANG: Duration = Duration::from_secs(60);

/// Runs `anthology build <book> --out <out>` with extra environment, killing it on a hang.
fn build_with(book: &Path, out: &Path, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(["build", book.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the anthology binary runs");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > HANG {
            child.kill().unwrap();
            panic!("the build hung for {HANG:?} on {}", book.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn build(book: &Path, out: &Path) -> Output {
    build_with(book, out, &[])
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const PROSE: &str = "It opens with a paragraph about the town, its mills and the people who worked in them for most of the century.\n\nIt closes with another paragraph, about what remained when the mills had gone.\n";

/// A book folder with one article and the given extra `book.toml` lines.
fn book(extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::write(dir.path().join("sources/a.txt"), format!("The Mills\n\n{PROSE}")).unwrap();
    let toml = format!("title = \"Hostile\"\n{extra}\n[[article]]\nsource = \"sources/a.txt\"\n");
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    dir
}

/// Runs a build that must fail; returns its message, after checking it wrote nothing.
fn refused(book: &Path, env: &[(&str, &str)]) -> String {
    let out_dir = tempfile::tempdir().unwrap();
    let out = build_with(book, out_dir.path(), env);
    assert!(!out.status.success(), "the build should fail: {}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(out.status.code(), Some(1), "an error, not a crash: {}", stderr(&out));
    assert!(no_outputs(out_dir.path()), "a failed build wrote files");
    stderr(&out)
}

/// True when `dir` holds no output and no temporary (the lock file may stay).
fn no_outputs(dir: &Path) -> bool {
    names(dir).iter().all(|n| n == ".anthology.lock")
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success());
}

#[test]
fn a_source_linked_out_of_the_book_is_refused() {
    let dir = book("");
    let source = dir.path().join("sources/a.txt");
    std::fs::remove_file(&source).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", &source).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("sources/a.txt") && err.contains("outside the book folder"), "{err}");
    assert!(!err.contains("root:"), "{err}");
}

#[test]
fn every_kind_of_input_linked_out_of_the_book_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x"), "title = \"Elsewhere\"\n").unwrap();
    for name in ["introduction.md", "edited/a.md", "timeline.toml", "index.toml", "book.toml"] {
        let dir = book("introduction = \"introduction.md\"");
        std::fs::write(dir.path().join("introduction.md"), "# Introduction\n\nA word.\n").unwrap();
        std::fs::create_dir_all(dir.path().join("edited")).unwrap();
        let path = dir.path().join(name);
        let _ = std::fs::remove_file(&path);
        std::os::unix::fs::symlink(outside.path().join("x"), &path).unwrap();
        let err = refused(dir.path(), &[]);
        assert!(err.contains(name) && err.contains("outside the book folder"), "{name}: {err}");
    }
}

#[test]
fn fifos_are_refused_by_name_without_hanging() {
    for name in ["introduction.md", "edited/a.md", "timeline.toml", "index.toml", "book.toml", "sources/a.txt"] {
        let dir = book("introduction = \"introduction.md\"");
        std::fs::write(dir.path().join("introduction.md"), "# Introduction\n\nA word.\n").unwrap();
        std::fs::create_dir_all(dir.path().join("edited")).unwrap();
        let path = dir.path().join(name);
        let _ = std::fs::remove_file(&path);
        mkfifo(&path);
        let err = refused(dir.path(), &[]);
        assert!(err.contains(name) && err.contains("is a FIFO"), "{name}: {err}");
    }
}

#[test]
fn a_link_to_dev_zero_is_refused() {
    let dir = book("introduction = \"introduction.md\"");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("introduction.md")).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("introduction.md"), "{err}");
}

#[test]
fn a_directory_as_introduction_is_refused_by_name() {
    let dir = book("introduction = \"introduction.md\"");
    std::fs::create_dir(dir.path().join("introduction.md")).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("introduction.md") && err.contains("is a directory"), "{err}");
}

#[test]
fn inputs_over_the_size_limits_name_the_file_and_the_way_to_raise_it() {
    let dir = book("");
    let big = PROSE.repeat(1_100_000 / PROSE.len() + 1);
    std::fs::write(dir.path().join("sources/a.txt"), format!("The Mills\n\n{big}")).unwrap();
    let err = refused(dir.path(), &[("ANTHOLOGY_MAX_FILE_MB", "1")]);
    assert!(err.contains("sources/a.txt") && err.contains("ANTHOLOGY_MAX_FILE_MB="), "{err}");
    let err = refused(dir.path(), &[("ANTHOLOGY_MAX_BOOK_MB", "1")]);
    assert!(err.contains("sources/a.txt") && err.contains("ANTHOLOGY_MAX_BOOK_MB="), "{err}");
    let err = refused(dir.path(), &[("ANTHOLOGY_MAX_FILE_MB", "lots")]);
    assert!(err.contains("ANTHOLOGY_MAX_FILE_MB"), "{err}");
}

#[test]
fn a_broken_book_toml_link_is_an_error() {
    let dir = book("");
    std::fs::remove_file(dir.path().join("book.toml")).unwrap();
    std::os::unix::fs::symlink("gone.toml", dir.path().join("book.toml")).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("book.toml") && err.contains("broken symbolic link"), "{err}");
}

#[test]
fn a_source_with_a_name_that_is_not_utf8_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), format!("The Mills\n\n{PROSE}")).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), format!("The Cafe\n\n{PROSE}")).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("caf") && err.contains("not valid UTF-8"), "{err}");
}

#[test]
fn trims_and_bleeds_out_of_range_are_refused_at_their_line() {
    let cases = [
        ("[print]\ntrim = \"3000000x9\"", "3:9"),
        ("[print]\ntrim = \"1e30x1e30\"", "3:9"),
        ("[print]\ntrim = \"2x3\"", "3:9"),
        ("[print]\ntrim = \"NaNx9\"", "3:9"),
        ("[print]\nbleed = 1e30", "3:1"),
        ("[print]\nbleed = -0.1", "3:1"),
    ];
    for (print, at) in cases {
        let dir = book(print);
        let err = refused(dir.path(), &[]);
        assert!(err.contains(&format!("book.toml:{at}")), "{print}: {err}");
    }
}

#[test]
fn an_empty_or_malformed_language_is_refused() {
    for language in ["", "english!", "en_GB", "e"] {
        let dir = book(&format!("language = \"{language}\""));
        let err = refused(dir.path(), &[]);
        assert!(err.contains("book.toml:2:1") && err.contains("BCP 47"), "{language}: {err}");
    }
}

#[test]
fn source_date_epoch_outside_four_digit_years_is_refused() {
    let dir = book("");
    for epoch in ["253402300800", "-62167219201", "soon"] {
        let err = refused(dir.path(), &[("SOURCE_DATE_EPOCH", epoch)]);
        assert!(err.contains("SOURCE_DATE_EPOCH"), "{epoch}: {err}");
    }
}

#[test]
fn a_title_of_any_length_builds_under_a_bounded_name() {
    let dir = book("");
    let toml = std::fs::read_to_string(dir.path().join("book.toml")).unwrap();
    let title = "Revolution and Counter-Revolution in Europe ".repeat(8);
    std::fs::write(dir.path().join("book.toml"), toml.replace("Hostile", title.trim())).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let names = names(out_dir.path());
    assert!(names.iter().all(|n| n.len() < 100), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with(".epub")), "{names:?}");
}

#[test]
fn a_symlink_planted_at_a_temporary_name_is_not_followed() {
    let dir = book("");
    let out_dir = tempfile::tempdir().unwrap();
    let victim = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(victim.path(), "precious").unwrap();
    for ext in ["pdf", "epub", "json"] {
        std::os::unix::fs::symlink(victim.path(), out_dir.path().join(format!(".hostile.{ext}.tmp"))).unwrap();
    }
    std::os::unix::fs::symlink(victim.path(), out_dir.path().join(".anthology.lock.tmp")).unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(victim.path()).unwrap(), "precious");
}

#[test]
fn a_failed_rebuild_leaves_every_previous_output_and_no_temporary() {
    let dir = book("");
    let out_dir = tempfile::tempdir().unwrap();
    assert!(build(dir.path(), out_dir.path()).status.success());
    let before: Vec<(String, Vec<u8>)> =
        names(out_dir.path()).into_iter().map(|n| (n.clone(), std::fs::read(out_dir.path().join(&n)).unwrap())).collect();
    // The rebuild changes the book, and one output's name is taken by a folder.
    std::fs::write(dir.path().join("sources/a.txt"), format!("The Looms\n\n{PROSE}")).unwrap();
    let json = out_dir.path().join("hostile.json");
    std::fs::remove_file(&json).unwrap();
    std::fs::create_dir_all(json.join("in-the-way")).unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("hostile.json"), "{}", stderr(&out));
    for (name, bytes) in before.iter().filter(|(n, _)| n != "hostile.json") {
        assert_eq!(&std::fs::read(out_dir.path().join(name)).unwrap(), bytes, "{name} changed");
    }
    assert!(names(out_dir.path()).iter().all(|n| !n.ends_with(".tmp")), "{:?}", names(out_dir.path()));
}

#[test]
fn concurrent_builds_into_one_folder_both_succeed_with_whole_outputs() {
    let (a, b) = (book(""), book(""));
    std::fs::write(b.path().join("sources/a.txt"), format!("The Looms\n\n{PROSE}")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out_path = out_dir.path().to_path_buf();
    let (pa, pb) = (a.path().to_path_buf(), b.path().to_path_buf());
    let first = std::thread::spawn({
        let out_path = out_path.clone();
        move || build(&pa, &out_path)
    });
    let second = build(&pb, &out_path);
    let first = first.join().unwrap();
    assert!(first.status.success() && second.status.success(), "{} {}", stderr(&first), stderr(&second));
    // Whichever finished last, the EPUB and the JSON are of the same build.
    let json = std::fs::read_to_string(out_dir.path().join("hostile.json")).unwrap();
    let epub = std::fs::read(out_dir.path().join("hostile.epub")).unwrap();
    let looms_in_epub = unzip_text(&epub).contains("Looms");
    assert_eq!(json.contains("The Looms"), looms_in_epub);
    assert!(names(out_dir.path()).iter().all(|n| !n.ends_with(".tmp")));
}

/// The concatenated text of an EPUB's XHTML documents.
fn unzip_text(epub: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(epub)).unwrap();
    let mut text = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if file.name().unwrap().ends_with(".xhtml") {
            std::io::Read::read_to_string(&mut file, &mut text).unwrap();
        }
    }
    text
}

#[test]
fn one_edited_file_does_not_replace_two_articles_sharing_a_stem() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["one", "two", "edited"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
    }
    std::fs::write(dir.path().join("one/x.txt"), format!("The Mills\n\n{PROSE}")).unwrap();
    std::fs::write(dir.path().join("two/x.txt"), format!("The Looms\n\n{PROSE}")).unwrap();
    std::fs::write(dir.path().join("edited/x.md"), "+++\ntitle = \"Edited\"\n+++\n\nCorrected text.\n").unwrap();
    let toml = "title = \"Hostile\"\n[[article]]\nsource = \"one/x.txt\"\n[[article]]\nsource = \"two/x.txt\"\n";
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let err = refused(dir.path(), &[]);
    assert!(err.contains("edited/x.md") && err.contains("one/x.txt") && err.contains("two/x.txt"), "{err}");
}

#[test]
fn stray_bytes_and_private_use_characters_are_repaired_and_reported() {
    let dir = book("");
    let text = format!("The Mills of “Petrograd”\n\nWorkers’ councils — soviets — met in the mills.\n\nShare \u{E000} this\n\n{PROSE}");
    let mut bytes = text.into_bytes();
    let at = bytes.iter().position(|&b| b == b'W').unwrap();
    bytes.splice(at..at, [0xE9, 0xFF]);
    std::fs::write(dir.path().join("sources/a.txt"), bytes).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let json = std::fs::read_to_string(out_dir.path().join("hostile.json")).unwrap();
    assert!(json.contains("Workers’ councils — soviets"), "mojibake: {json}");
    assert!(json.contains("stray-bytes") && json.contains("private-use"), "{json}");
    assert!(!json.contains('\u{E000}'));
}

#[test]
fn a_long_word_with_a_character_the_main_font_lacks_reaches_the_pdf() {
    let dir = book("");
    let words: Vec<String> = ['¹', 'ℵ', '→', 'ᚠ'].iter().enumerate()
        .map(|(i, c)| format!("{}{c}{}", char::from(b'a' + i as u8).to_string().repeat(58), "z".repeat(10)))
        .collect();
    // Markdown, so the cleaner's judgement of such lines plays no part.
    let text = format!("+++\ntitle = \"The Long Word\"\n+++\n\n{PROSE}\n{}\n\nThe closing paragraph is ordinary prose.\n", words.join("\n\n"));
    std::fs::write(dir.path().join("sources/a.md"), text).unwrap();
    let toml = std::fs::read_to_string(dir.path().join("book.toml")).unwrap();
    std::fs::write(dir.path().join("book.toml"), toml.replace("a.txt", "a.md")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = Command::new("pdftotext").arg(out_dir.path().join("hostile.pdf")).arg("-").output().expect("pdftotext is required");
    let text: String = String::from_utf8_lossy(&pdf.stdout).chars().filter(|c| c.is_alphanumeric()).collect();
    for word in &words {
        let letters: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        assert!(text.contains(&letters), "{word} is missing from the PDF");
    }
    assert!(text.contains("Theclosingparagraph"), "the paragraph after the long words is missing");
}

/// What scraped pages hold and the sample texts do not: a no-break space before a word (once
/// a panic of the index's scan), words tied by no-break spaces in a narrow table column (the
/// line breaker's panic on such a cell is unit-tested in `paragraph`, at the column's width).
#[test]
fn scraped_oddities_build_a_book_not_a_panic() {
    let dir = book("");
    let article = "+++\ntitle = \"Rankings\"\n+++\n\n\
        A graduate student named\u{a0}Sarah Gille found the record in\u{a0}1963.\n\n\
        |  | General UX | UX draft | UX review | UI mockup | UI review | Implementation draft | Implementation review | Final review |\n\
        |---|---|---|---|---|---|---|---|---|\n\
        | Quick\u{a0}bar\u{a0}***Twinsen*** |  |  |  |  |  |  |  |  |\n";
    std::fs::write(dir.path().join("sources/b.md"), article).unwrap();
    let toml = std::fs::read_to_string(dir.path().join("book.toml")).unwrap();
    std::fs::write(dir.path().join("book.toml"), format!("{toml}\n[[article]]\nsource = \"sources/b.md\"\n")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(names(out_dir.path()).iter().any(|n| n.ends_with(".pdf")));
}
