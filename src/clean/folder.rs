//! `anthology clean`: a folder of scraped texts in, one Markdown file per source out.
//!
//! Takes a folder (with or without `book.toml`) and an output folder; writes `<stem>.md`
//! (front matter + body, see [`crate::markdown`]; `x.html.gz` gives `x.md`) per source, and the cleaning reports as
//! `cleaning-report.txt` (readable) and `cleaning-report.json` (every removed line and flag).
//! Returns the articles so the caller can print the summary.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Manifest;
use crate::error::{Error, Result};
use crate::model::Article;
use crate::input::Budget;
use crate::output::OutFolder;
use crate::{markdown, pipeline, source};

/// Cleans every `.txt` and `.html`/`.htm`/`.html.gz` source of the book in `dir` into `out`; returns the articles.
pub fn clean_folder(dir: &Path, out: &Path) -> Result<Vec<Article>> {
    let manifest = Manifest::load(dir)?;
    let mut articles = Vec::new();
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
        let mut article = if source::is_html(&entry.source) {
            super::html::clean(&src.text, &entry.source, &id, &rules)
        } else {
            super::clean(&src.text, &entry.source, &id, &rules)
        };
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
        articles.push(article);
    }
    let reports: Vec<_> = articles.iter().map(|a| &a.report).collect();
    let json = serde_json::to_string_pretty(&reports).map_err(|e| Error::render("json", e))?;
    files.push(("cleaning-report.json".into(), json));
    files.push(("cleaning-report.txt".into(), summary));
    let files: Vec<(String, &[u8])> = files.iter().map(|(n, t)| (n.clone(), t.as_bytes())).collect();
    OutFolder::open(out)?.write_all(&files)?;
    Ok(articles)
}
