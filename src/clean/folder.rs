//! `anthology clean`: a folder of scraped texts in, one Markdown file per source out.
//!
//! Takes a folder (with or without `book.toml`) and an output folder; writes `<stem>.md`
//! (front matter + body, see [`crate::markdown`]; `x.html.gz` gives `x.md`) per source, and the cleaning reports as
//! `cleaning-report.txt` (readable) and `cleaning-report.json` (every removed line and flag).
//! Returns the articles so the caller can print the summary.

use std::path::Path;

use crate::config::Manifest;
use crate::error::{Error, Result};
use crate::model::Article;
use crate::{markdown, pipeline, source};

/// Cleans every `.txt` and `.html`/`.htm`/`.html.gz` source of the book in `dir` into `out`; returns the articles.
pub fn clean_folder(dir: &Path, out: &Path) -> Result<Vec<Article>> {
    let manifest = Manifest::load(dir)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let mut articles = Vec::new();
    let mut summary = String::new();
    for (n, entry) in manifest.articles.iter().enumerate() {
        if entry.source.ends_with(".md") {
            continue;
        }
        let path = Manifest::resolve(dir, &entry.source);
        let text = source::read(&path)?.text;
        let rules = pipeline::compile_rules(&manifest.clean, &entry.clean)?;
        let id = format!("ch{:02}", n + 1);
        let mut article = if source::is_html(&entry.source) {
            super::html::clean(&text, &entry.source, &id, &rules)
        } else {
            super::clean(&text, &entry.source, &id, &rules)
        };
        pipeline::apply_overrides(&mut article, entry);
        let stem = source::stem(&entry.source);
        pipeline::write_atomically(&out.join(format!("{stem}.md")), markdown::write(&article).as_bytes())?;
        summary.push_str(&super::report::summary(&article.report));
        articles.push(article);
    }
    let reports: Vec<_> = articles.iter().map(|a| &a.report).collect();
    let json = serde_json::to_vec_pretty(&reports).map_err(|e| Error::render("json", e))?;
    pipeline::write_atomically(&out.join("cleaning-report.json"), &json)?;
    pipeline::write_atomically(&out.join("cleaning-report.txt"), summary.as_bytes())?;
    Ok(articles)
}
