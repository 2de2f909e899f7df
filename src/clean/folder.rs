//! `anthology clean`: a folder of scraped texts in, one Markdown file per source out.
//!
//! Takes a folder (with or without `book.toml`) and an output folder; writes `<stem>.md`
//! (front matter + body, see [`crate::markdown`]) per source, and the cleaning reports as
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
use crate::model::Article;
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

/// Cleans every `.txt` source of the book in `dir` into `out` without overwriting hand edits.
pub fn clean_folder(dir: &Path, out: &Path) -> Result<Vec<Article>> {
    Ok(clean_folder_to(dir, out, false)?.articles)
}

/// Cleans every `.txt` source of the book in `dir` into `out`; `force` overwrites hand edits.
pub fn clean_folder_to(dir: &Path, out: &Path, force: bool) -> Result<Cleaned> {
    let manifest = Manifest::load(dir)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let mut state = State::load(out)?;
    let mut cleaned = Cleaned { articles: Vec::new(), kept: Vec::new() };
    let mut summary = String::new();
    for (n, entry) in manifest.articles.iter().enumerate() {
        if entry.source.ends_with(".md") {
            continue;
        }
        let path = Manifest::resolve(dir, &entry.source);
        let text = source::read(&path)?.text;
        let rules = pipeline::compile_rules(&manifest.clean, &entry.clean)?;
        let mut article = super::clean(&text, &entry.source, &format!("ch{:02}", n + 1), &rules);
        pipeline::apply_overrides(&mut article, entry);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let name = format!("{stem}.md");
        let bytes = markdown::write(&article).into_bytes();
        let target = out.join(&name);
        if force || state.is_ours(&target, &name, &bytes)? {
            pipeline::write_atomically(&target, &bytes)?;
            state.files.insert(name, hex(&bytes));
        } else {
            let beside = out.join(format!("{stem}.new.md"));
            pipeline::write_atomically(&beside, &bytes)?;
            cleaned.kept.push((target, beside));
        }
        summary.push_str(&super::report::summary(&article.report));
        cleaned.articles.push(article);
    }
    let reports: Vec<_> = cleaned.articles.iter().map(|a| &a.report).collect();
    let json = serde_json::to_vec_pretty(&reports).map_err(|e| Error::render("json", e))?;
    pipeline::write_atomically(&out.join("cleaning-report.json"), &json)?;
    pipeline::write_atomically(&out.join("cleaning-report.txt"), summary.as_bytes())?;
    state.save(out)?;
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

    fn save(&self, out: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| Error::render("json", e))?;
        pipeline::write_atomically(&out.join(STATE_FILE), &json)
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
