//! `anthology clean`: a folder of scraped texts in, one Markdown file per source out.
//!
//! Takes a folder (with or without `book.toml`) and an output folder; writes `<stem>.md`
//! (front matter + body, see [`crate::markdown`]; `x.html.gz` gives `x.md`) per source, and the cleaning reports as
//! `cleaning-report.txt` (readable) and `cleaning-report.json` (every removed line and flag).
//! Returns the articles so the caller can print the summary, and the files it left alone.
//!
//! Hand edits are never overwritten: the SHA-256 of every `<stem>.md` written is kept in
//! `.anthology-clean.json` in the output folder. A `<stem>.md` whose bytes no longer match
//! (the editor changed it, or it was not written by `clean`) is left as it is and the new
//! cleaning goes beside it as `<stem>.new.md`, unless `force` is set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::Manifest;
use crate::error::{Error, Result};
use crate::input::Budget;
use crate::model::Article;
use crate::output::OutFolder;
use crate::{markdown, pipeline, source};

/// The name of the state file `clean` keeps in its output folder.
pub const STATE_FILE: &str = ".anthology-clean.json";

/// What a `clean` run did.
#[derive(Debug)]
pub struct Cleaned {
    /// Every cleaned article, in book order.
    pub articles: Vec<Article>,
    /// Hand-edited files left untouched, each with the file the new cleaning went to.
    pub kept: Vec<(PathBuf, PathBuf)>,
}

/// Cleans every `.txt` and `.html`/`.htm`/`.html.gz` source of the book in `dir` into `out`
/// without overwriting hand edits.
pub fn clean_folder(dir: &Path, out: &Path) -> Result<Vec<Article>> {
    Ok(clean_folder_to(dir, out, false)?.articles)
}

/// The book folder and manifest of a folder, or of one source in its folder.
fn book_of(path: &Path) -> Result<(std::path::PathBuf, Manifest)> {
    let (Some(name), true) = (path.file_name(), path.is_file()) else {
        return Ok((path.to_path_buf(), Manifest::load(path)?));
    };
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut manifest = Manifest::infer(folder)?;
    manifest.articles.retain(|a| Path::new(&a.source) == Path::new(name));
    if manifest.articles.is_empty() {
        return Err(Error::plain(path, "is no source `clean` reads", "name a .txt, .md, .html, .htm or .html.gz file, or a folder of them"));
    }
    Ok((folder.to_path_buf(), manifest))
}

/// Cleans every `.txt` source of the book in `dir` into `out`; `force` overwrites hand edits.
/// `dir` may name one source instead ("page.html"): it is cleaned alone.
pub fn clean_folder_to(dir: &Path, out: &Path, force: bool) -> Result<Cleaned> {
    let (dir, manifest) = book_of(dir)?;
    let dir = dir.as_path();
    let mut cleaned = Cleaned { articles: Vec::new(), kept: Vec::new() };
    let mut files = Vec::new();
    let mut summary = String::new();
    let mut budget = Budget::new(dir)?;
    let mut sources = BTreeMap::new();
    for (n, entry) in manifest.articles.iter().enumerate() {
        if entry.source.ends_with(".md") {
            continue;
        }
        let path = Manifest::resolve(dir, &entry.source);
        let src = source::decode_file(&path, &budget.read(&path)?)?;
        let rules = pipeline::compile_rules(&manifest.clean, &entry.clean)?;
        let id = format!("ch{:02}", n + 1);
        let mut article = super::clean_scraped(&src.text, &entry.source, &id, &rules);
        source::report_repairs(&src, &mut article.report);
        pipeline::apply_overrides(&mut article, entry);
        let name = format!("{}.md", pipeline::stem(&entry.source));
        if let Some(other) = sources.insert(name.clone(), entry.source.clone()) {
            return Err(Error::plain(
                &path,
                &format!("shares its file name with `{other}`: both would be cleaned into `{name}`"),
                "rename one of the two sources so their names (without extension) differ",
            ));
        }
        files.push((name, markdown::write(&article)));
        summary.push_str(&super::report::summary(&article.report));
        cleaned.articles.push(article);
    }
    let reports: Vec<_> = cleaned.articles.iter().map(|a| &a.report).collect();
    let json = serde_json::to_string_pretty(&reports).map_err(|e| Error::render("json", e))?;
    // Decide under the folder's lock which Markdown files are still ours to replace.
    let folder = OutFolder::open(out)?;
    let mut state = State::load(out)?;
    for (name, text) in &mut files {
        let target = folder.path(name);
        if force || state.is_ours(&target, name, text.as_bytes())? {
            state.files.insert(name.clone(), hex(text.as_bytes()));
        } else {
            let beside = format!("{}.new.md", name.trim_end_matches(".md"));
            cleaned.kept.push((target, folder.path(&beside)));
            *name = beside;
        }
    }
    files.push(("cleaning-report.json".into(), json));
    files.push(("cleaning-report.txt".into(), summary));
    files.push((STATE_FILE.into(), serde_json::to_string_pretty(&state).map_err(|e| Error::render("json", e))?));
    let files: Vec<(String, &[u8])> = files.iter().map(|(n, t)| (n.clone(), t.as_bytes())).collect();
    folder.write_all(&files)?;
    Ok(cleaned)
}

/// The hash of every file `clean` last wrote in an output folder, by file name.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct State {
    files: BTreeMap<String, String>,
}

impl State {
    fn load(out: &Path) -> Result<State> {
        let path = out.join(STATE_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::plain(
                    &path,
                    &format!("unreadable state file: {e}"),
                    "delete it: `clean` then treats every existing Markdown file as hand-edited",
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
            Err(e) => Err(Error::io(&path, e)),
        }
    }

    /// True when `path` is absent, still holds exactly what `clean` last wrote there, or
    /// already holds `new`.
    fn is_ours(&self, path: &Path, name: &str, new: &[u8]) -> Result<bool> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(bytes == new || self.files.get(name) == Some(&hex(&bytes))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
            Err(e) => Err(Error::io(path, e)),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
