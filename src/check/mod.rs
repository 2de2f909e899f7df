//! `anthology check`: everything a build would warn about, without writing a book.
//!
//! Takes a book folder; returns its diagnostics (see [`crate::diagnostic`]) and, when the
//! book could be composed, the composed book, so `build` and `watch` report exactly what
//! `check` does and then write it. The rules live by what they look at:
//! 1. `sources`: the files book.toml lists (missing, folders, duplicates, empty, binary);
//! 2. `text`: each article's text after cleaning and typography, located in its file;
//! 3. `edited`: Markdown the renderers cannot set, `[clean]` rules a hand edit bypasses;
//! 4. the build's own warnings (fonts, timeline, index), one diagnostic each.

mod edited;
mod locate;
mod sources;
mod text;

use std::path::Path;

use crate::clean::report::flag_typos;
use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::model::{CleanReport, Warning};
use crate::pipeline::{self, article_file, edited_path, Composed};
use crate::project::Project;

/// What `check` found, and the book when it could be composed.
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    pub composed: Option<Composed>,
}

impl Checked {
    /// True when a diagnostic is an error (the book must not be written).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Checks the book in `dir`: sources first; the book is composed only when they are sound.
pub fn run(dir: &Path) -> Checked {
    run_cached(dir, &mut pipeline::Cache::default())
}

/// [`run`], reusing the articles `cache` cleaned in earlier runs (for `watch`).
pub fn run_cached(dir: &Path, cache: &mut pipeline::Cache) -> Checked {
    // 1. The sources, before any is read as an article.
    let (mut diagnostics, manifest) = sources::check(dir);
    let Some(manifest) = manifest.filter(|_| !diagnostics.iter().any(|d| d.severity == Severity::Error)) else {
        return Checked { diagnostics, composed: None };
    };
    // 2. Read the rest of the configuration, and compose the book as a build does; a
    // failure is an error diagnostic.
    let composed = Project::with_manifest(dir, manifest).and_then(|project| pipeline::compose_cached(project, cache));
    match composed {
        Ok(composed) => {
            // 3. The rules over the composed book.
            diagnostics.extend(book(&composed, dir, cache));
            Checked { diagnostics, composed: Some(composed) }
        }
        Err(e) => {
            diagnostics.push(Diagnostic::from_error(&e));
            Checked { diagnostics, composed: None }
        }
    }
}

/// The rules over a composed book: text, Markdown, typos, then the build's warnings.
fn book(composed: &Composed, dir: &Path, cache: &mut pipeline::Cache) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // (An article left out of the book leaves a gap: each article is its entry's by its id.)
    let by_id: std::collections::HashMap<&str, &crate::model::Article> = composed.book.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    for (n, entry) in composed.project.manifest.articles.iter().enumerate() {
        let Some(article) = by_id.get(pipeline::article_id(n).as_str()).copied() else { continue };
        let file = article_file(dir, &entry.source);
        let Ok(text) = read_text(dir, &file, cache) else { continue };
        let mut locator = locate::Locator::new(text.clone());
        out.extend(text::check(article, &file, &mut locator));
        out.extend(typos(article, &file, &text));
        if file.extension().is_some_and(|e| e == "md") {
            out.extend(edited::unsupported(&text, &file));
        }
        if file == edited_path(dir, &entry.source) {
            let source_file = crate::config::Manifest::resolve(dir, &entry.source);
            let source_text = read_text(dir, &source_file, cache).unwrap_or_default();
            if let Ok(rules) = pipeline::compile_rules(&composed.project.manifest.clean, &entry.clean) {
                out.extend(edited::stale_rules(&text, &file, &source_text, &source_file, &rules));
            }
        }
    }
    if let Some(intro) = &composed.project.manifest.introduction {
        let file = crate::config::Manifest::resolve(dir, intro);
        if let Ok(text) = read_text(dir, &file, cache) {
            out.extend(edited::unsupported(&text, &file));
        }
    }
    out.extend(said_once(&composed.book.warnings).map(|w| warning(w, dir)));
    out
}

/// The build's warnings, each said once: mentions alike make the same suggestion (a sources
/// list's "Accessed 11 Apr. 2025." under five entries).
fn said_once(warnings: &[Warning]) -> impl Iterator<Item = &Warning> {
    let mut seen = std::collections::HashSet::new();
    warnings.iter().filter(move |w| seen.insert((w.stage.as_str(), w.message.as_str())))
}

/// A file of the book as text, decoded as the build decodes it (and by `watch` only once).
fn read_text(dir: &Path, file: &Path, cache: &mut pipeline::Cache) -> crate::error::Result<String> {
    Ok(cache.decode_file(file, &crate::input::read(dir, file)?)?.text)
}

/// Suspect typos: the cleaner's flags for a scraped source, a fresh look for Markdown.
fn typos(article: &crate::model::Article, file: &Path, text: &str) -> Vec<Diagnostic> {
    let flags = if file.extension().is_some_and(|e| e == "md") {
        let mut report = CleanReport::default();
        for (n, line) in text.lines().enumerate() {
            flag_typos(&mut report, n + 1, line);
        }
        report.flags
    } else {
        article.report.flags.clone()
    };
    let lines: Vec<&str> = text.lines().collect();
    flags
        .into_iter()
        .map(|f| {
            // A flag on the whole page: its text was not found.
            if f.line == 0 && f.excerpt.is_empty() {
                return Diagnostic::warning(Rule::TextMissing, file, 0, 0, f.reason)
                    .hint("save the page again once the browser shows the whole article, or paste the article's text into a .md source");
            }
            let col = lines.get(f.line.wrapping_sub(1)).and_then(|l| l.find(&f.excerpt)).map(|b| lines[f.line - 1][..b].chars().count() + 1).unwrap_or(1);
            Diagnostic::warning(Rule::SuspectTypo, file, f.line, col, format!("`{}`: {}", f.excerpt, f.reason))
                .hint("correct it in an edited copy (anthology clean), or leave it if it is right")
        })
        .collect()
}

/// A build warning as a diagnostic, against the file that controls it.
pub fn warning(w: &Warning, dir: &Path) -> Diagnostic {
    // A cleaner's or a source's warning starts with the source path it concerns.
    let named_source = || w.message.split(": ").next().unwrap_or_default().split(':').next().unwrap_or_default().to_string();
    let (rule, file) = match w.stage.as_str() {
        "timeline" => (Rule::TimelineSuggestion, "timeline.toml".to_string()),
        "index" => (Rule::IndexSuggestion, "index.toml".to_string()),
        "clean" => (Rule::ProseLost, named_source()),
        "source" => (Rule::SourceRepaired, named_source()),
        "page" => (Rule::TextMissing, named_source()),
        "book" => (Rule::TitleFromFolder, String::new()),
        "print" if w.message.contains(": the cover image ") => (Rule::CoverResolution, named_source()),
        "print" => (Rule::PreflightFailed, String::new()),
        _ if w.message.starts_with("no font") => (Rule::GlyphMissing, String::new()),
        _ => (Rule::GlyphFallback, String::new()),
    };
    let controlling = dir.join(&file);
    let path = if !file.is_empty() && controlling.is_file() {
        controlling
    } else if Path::new(&file).is_file() {
        Path::new(&file).to_path_buf()
    } else {
        dir.to_path_buf()
    };
    // The path now stands in front of the message: it is not said twice.
    let message = [file.clone(), path.display().to_string()]
        .iter()
        .filter(|p| !p.is_empty())
        .find_map(|p| w.message.strip_prefix(&format!("{p}: ")))
        .unwrap_or(&w.message);
    Diagnostic::warning(rule, &path, 0, 0, message.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_made_again_by_mentions_alike_is_said_once() {
        let w = |stage: &str, message: &str| Warning { stage: stage.into(), message: message.into() };
        let all = [w("timeline", "Accessed 11 Apr."), w("timeline", "Accessed 11 Apr."), w("index", "Accessed 11 Apr."), w("timeline", "Accessed 4 Nov.")];
        let once: Vec<_> = said_once(&all).map(|w| (w.stage.as_str(), w.message.as_str())).collect();
        assert_eq!(once, [("timeline", "Accessed 11 Apr."), ("index", "Accessed 11 Apr."), ("timeline", "Accessed 4 Nov.")]);
    }
}
