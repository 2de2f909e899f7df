//! `anthology init`: a new book folder an editor can fill in.
//!
//! Takes a folder (created if need be) and, optionally, a folder of scraped files; writes a
//! commented `book.toml`, an `introduction.md` to fill in and `sources/`. Without scraped
//! files, `sources/` holds one example article so the new book builds at once; with them,
//! each file is copied into `sources/` (the originals are never touched) and `book.toml`
//! lists it with the title, author and date the cleaner recovered, for the editor to
//! correct. Returns the files written. Never overwrites: an existing `book.toml` is an error.

use std::path::{Path, PathBuf};

use crate::clean::{clean_scraped, Rules};
use crate::error::{Error, Result};
use crate::source;

const HEADER: &str = r#"# The book's manifest; every key is described in the README (section "book.toml").
title = "{title}"                 # required: the book's title
# subtitle = "..."
# editor = "Your Name"            # printed on the title page and in the colophon
# publisher = "..."
language = "en-GB"                # BCP 47 tag of the text
# rights = "Each article remains the copyright of its author."
introduction = "introduction.md"  # the editor's introduction (Markdown)

[print]
trim = "6x9"                      # 6x9, 5.5x8.5, 5x8, a5, or e.g. 148x210mm
bleed = 0.0                       # inches

[clean]                           # lines every article keeps or drops (regexes on a whole line)
keep = []
drop = []

# One [[article]] table per article, in reading order. Only `source` is required; the
# other keys override what the cleaner finds (title, standfirst, author, date,
# publication, issue, url) and `clean = { keep = [...], drop = [...] }` is per article.
"#;

const INTRODUCTION: &str = r#"+++
title = "Introduction"
author = "Your Name"
+++

Say here why these articles belong together, where they first appeared and how they were
edited. This is Markdown: a blank line starts a new paragraph, `*italic*` and `## Heading`
work, and footnotes are written like this.[^1]

[^1]: A footnote.
"#;

const EXAMPLE: &str = "An Example Article\n\nBy A. Writer\n\n1 May 2024\n\nReplace this file with the text of a scraped web page: menus, share buttons and \
footers are removed by the cleaner, and the title, author and date are recovered.\n\nThen list the file in book.toml and run `anthology build`.\n";

/// Creates a book folder in `dir`, from the scraped files of `from` when given.
pub fn init(dir: &Path, from: Option<&Path>) -> Result<Vec<PathBuf>> {
    let manifest = dir.join("book.toml");
    if manifest.exists() {
        return Err(Error::plain(&manifest, "a book.toml is already here", "edit it, or init another folder"));
    }
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).map_err(|e| Error::io(&sources, e))?;
    let articles = match from {
        Some(folder) => import(folder, dir)?,
        None => {
            let example = sources.join("example.txt");
            if !example.exists() {
                write_new(&example, EXAMPLE.as_bytes())?;
            }
            vec![(example, "sources/example.txt".to_string(), Vec::new())]
        }
    };
    let title = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "My Anthology".to_string());
    let mut text = HEADER.replace("{title}", &title.replace('"', "'"));
    for (_, source, found) in &articles {
        text.push_str(&format!("\n[[article]]\nsource = {}\n", quoted(source)));
        for (key, value) in found {
            text.push_str(&format!("{key} = {}{}\n", quoted(value), " # found by the cleaner: check it"));
        }
    }
    let mut written: Vec<PathBuf> = articles.into_iter().map(|(p, _, _)| p).collect();
    let intro = dir.join("introduction.md");
    if !intro.exists() {
        write_new(&intro, INTRODUCTION.as_bytes())?;
        written.push(intro);
    }
    write_new(&manifest, text.as_bytes())?;
    written.push(manifest);
    Ok(written)
}

/// Writes a new file; an existing one is never replaced.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A source copied into the book: where it is, its path in book.toml, and the metadata the
/// cleaner recovered from it (key, value).
type Imported = (PathBuf, String, Vec<(&'static str, String)>);

/// Copies every source file of `folder` (`.txt`, `.md`, a saved web page; in name order) into `dir/sources` unless it
/// is already inside `dir`; returns each with its path in book.toml and what the cleaner found.
fn import(folder: &Path, dir: &Path) -> Result<Vec<Imported>> {
    let entries = std::fs::read_dir(folder).map_err(|e| Error::io(folder, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| source::is_source(&n.to_string_lossy())))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("cleaning-report")))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::plain(folder, "no .txt, .md or .html files in this folder", "name the folder that holds the scraped articles"));
    }
    let inside = |p: &Path| -> Option<String> {
        let (p, d) = (p.canonicalize().ok()?, dir.canonicalize().ok()?);
        Some(p.strip_prefix(d).ok()?.to_string_lossy().replace('\\', "/"))
    };
    let mut out = Vec::new();
    for file in files {
        let (path, rel) = match inside(&file) {
            Some(rel) => (file.clone(), rel),
            None => {
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let target = dir.join("sources").join(&name);
                let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
                write_new(&target, &bytes)?;
                (target, format!("sources/{name}"))
            }
        };
        out.push((path.clone(), rel.clone(), recovered(&path, &rel)?));
    }
    Ok(out)
}

/// The title, author and date the cleaner recovers from a scraped file.
fn recovered(path: &Path, rel: &str) -> Result<Vec<(&'static str, String)>> {
    if rel.ends_with(".md") {
        return Ok(Vec::new());
    }
    let text = source::decode_file(path, &std::fs::read(path).map_err(|e| Error::io(path, e))?)?.text;
    let meta = clean_scraped(&text, rel, "ch", &Rules::default()).meta;
    let fields = [("title", Some(meta.title)), ("author", meta.author), ("date", meta.date), ("publication", meta.publication)];
    Ok(fields.into_iter().filter_map(|(k, v)| v.filter(|v| !v.trim().is_empty()).map(|v| (k, v))).collect())
}
