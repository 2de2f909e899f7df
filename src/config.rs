//! `book.toml`: the manifest of a book folder, as typed tables.
//!
//! ```toml
//! title = "Ten Days, a Hundred Years"
//! subtitle = "Writings on the Russian Revolution of 1917"
//! editor = "A. N. Editor"
//! language = "en-GB"
//!
//! [print]
//! trim = "6x9"          # or "5.5x8.5", "5x8", "a5"
//!
//! [[article]]           # one table per article, in reading order
//! source = "sources/first.txt"
//! author = "Overrides what the cleaner inferred"
//! ```
//!
//! A folder without `book.toml` is read in zero-config mode: every `*.txt` and `*.md`
//! in file-name order, metadata inferred (see [`Manifest::infer`]).

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The parsed and checked `book.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub editor: Option<String>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub rights: Option<String>,
    /// The editor's introduction, relative to the book folder.
    #[serde(default)]
    pub introduction: Option<String>,
    #[serde(default)]
    pub print: PrintConfig,
    /// Cleaner controls that apply to every article.
    #[serde(default)]
    pub clean: CleanRules,
    #[serde(default, rename = "article")]
    pub articles: Vec<ArticleEntry>,
}

fn default_language() -> String {
    "en-GB".to_string()
}

/// `[print]`: page geometry of the PDF.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintConfig {
    /// Trim size: `6x9`, `5.5x8.5`, `5x8` (inches), `a5`, or `WxHin` / `WxHmm`.
    #[serde(default = "default_trim")]
    pub trim: String,
    /// Bleed in inches (0.125 for full-bleed covers; 0 for text interiors).
    #[serde(default)]
    pub bleed: f32,
}

impl Default for PrintConfig {
    fn default() -> Self {
        PrintConfig { trim: default_trim(), bleed: 0.0 }
    }
}

fn default_trim() -> String {
    "6x9".to_string()
}

impl PrintConfig {
    /// Trim width and height in points, or `None` when the size is not understood.
    pub fn trim_points(&self) -> Option<(f32, f32)> {
        let t = self.trim.trim().to_ascii_lowercase();
        match t.as_str() {
            "a5" => return Some((148.0 * MM, 210.0 * MM)),
            "a4" => return Some((210.0 * MM, 297.0 * MM)),
            _ => {}
        }
        let (body, unit) = if let Some(b) = t.strip_suffix("mm") {
            (b, MM)
        } else {
            (t.strip_suffix("in").unwrap_or(&t), 72.0)
        };
        let (w, h) = body.split_once('x')?;
        let (w, h): (f32, f32) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
        (w > 0.0 && h > 0.0).then_some((w * unit, h * unit))
    }
}

const MM: f32 = 72.0 / 25.4;

/// Lines or patterns the editor forces in or out of the article text.
///
/// Patterns are regular expressions matched against a whole trimmed line.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CleanRules {
    #[serde(default)]
    pub keep: Vec<String>,
    #[serde(default)]
    pub drop: Vec<String>,
}

/// One `[[article]]` table: a source and the metadata that overrides the cleaner's guesses.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub source: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub standfirst: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub publication: Option<String>,
    #[serde(default)]
    pub issue: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// Cleaner controls for this article only.
    #[serde(default)]
    pub clean: CleanRules,
}

impl Manifest {
    /// Reads `dir/book.toml` if it exists, else infers a manifest from the folder.
    pub fn load(dir: &Path) -> Result<Manifest> {
        let path = dir.join("book.toml");
        if !path.exists() {
            return Manifest::infer(dir);
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let manifest: Manifest = toml::from_str(&text).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((1, 1));
            Error::at(
                &path,
                line,
                col,
                e.message().to_string(),
                "fix the TOML syntax or the key named here (see README, `book.toml`)",
            )
        })?;
        manifest.check(&path, &text)?;
        Ok(manifest)
    }

    /// Zero-config mode: every `*.txt` and `*.md` of `dir` in file-name order.
    pub fn infer(dir: &Path) -> Result<Manifest> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        let mut sources: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
            .collect();
        sources.sort();
        if sources.is_empty() {
            return Err(Error::plain(
                dir,
                "no book.toml and no .txt or .md files in this folder",
                "point `anthology build` at a folder of articles, or add a book.toml",
            ));
        }
        let title = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .map(|n| title_from_folder(&n))
            .unwrap_or_else(|| "Anthology".to_string());
        Ok(Manifest {
            title,
            subtitle: None,
            editor: None,
            publisher: None,
            language: default_language(),
            rights: None,
            introduction: None,
            print: PrintConfig::default(),
            clean: CleanRules::default(),
            articles: sources
                .into_iter()
                .map(|source| ArticleEntry { source, ..Default::default() })
                .collect(),
        })
    }

    /// Refuses sources outside the book folder, unknown trim sizes and bad patterns.
    fn check(&self, path: &Path, text: &str) -> Result<()> {
        let locate = |needle: &str| {
            text.find(needle).map(|at| line_col(text, at)).unwrap_or((1, 1))
        };
        if self.articles.is_empty() {
            return Err(Error::at(
                path,
                1,
                1,
                "the manifest lists no articles".into(),
                "add one `[[article]]` table with a `source = \"...\"` key per article",
            ));
        }
        for entry in &self.articles {
            if !is_inside(&entry.source) {
                let (line, col) = locate(&entry.source);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("source `{}` leaves the book folder", entry.source),
                    "copy the file into the book folder and give a relative path such as `sources/name.txt`",
                ));
            }
        }
        let dir = path.parent().unwrap_or(Path::new("."));
        for entry in &self.articles {
            let found = std::fs::metadata(dir.join(&entry.source));
            let problem = match &found {
                Ok(m) if m.is_file() => continue,
                Ok(m) if m.is_dir() => ("is a folder, not a file", "name one file of the folder, with one [[article]] table per file"),
                Ok(_) => ("is not a regular file (a FIFO, socket or device)", "copy the text into an ordinary file and name that"),
                Err(_) => ("does not exist", "check the file name; paths are relative to the folder holding book.toml"),
            };
            let (line, col) = locate(&entry.source);
            return Err(Error::at(path, line, col, format!("source `{}` {}", entry.source, problem.0), problem.1));
        }
        if let Some(intro) = &self.introduction {
            if !is_inside(intro) {
                let (line, col) = locate(intro);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("introduction `{intro}` leaves the book folder"),
                    "give a path relative to the book folder, such as `introduction.md`",
                ));
            }
        }
        if self.print.trim_points().is_none() {
            let (line, col) = locate(&self.print.trim);
            return Err(Error::at(
                path,
                line,
                col,
                format!("unknown trim size `{}`", self.print.trim),
                "use `6x9`, `5.5x8.5`, `5x8`, `a5`, or a size such as `148x210mm`",
            ));
        }
        let patterns = self.articles.iter().flat_map(|a| a.clean.keep.iter().chain(&a.clean.drop));
        for pattern in self.clean.keep.iter().chain(&self.clean.drop).chain(patterns) {
            if let Err(e) = regex::Regex::new(pattern) {
                let (line, col) = locate(pattern);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("bad pattern `{pattern}`: {e}"),
                    "write a regular expression (Rust regex syntax) matching a whole line",
                ));
            }
        }
        Ok(())
    }

    /// The absolute path of a source of this book.
    pub fn resolve(dir: &Path, source: &str) -> PathBuf {
        dir.join(source)
    }
}

/// True when a relative path stays inside its folder (no `..`, not absolute).
fn is_inside(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && p.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}

/// "my-articles_2017" -> "My Articles 2017".
fn title_from_folder(name: &str) -> String {
    name.split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|f| f.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_book_are_refused() {
        assert!(is_inside("sources/a.txt"));
        assert!(is_inside("./a.txt"));
        assert!(!is_inside("../a.txt"));
        assert!(!is_inside("/etc/passwd"));
        assert!(!is_inside("sources/../../a.txt"));
    }

    #[test]
    fn trim_sizes() {
        let t = |s: &str| PrintConfig { trim: s.into(), bleed: 0.0 }.trim_points();
        assert_eq!(t("6x9"), Some((432.0, 648.0)));
        assert_eq!(t("5.5x8.5in"), Some((396.0, 612.0)));
        assert!(t("a5").is_some());
        assert!(t("huge").is_none());
    }

    #[test]
    fn folder_titles() {
        assert_eq!(title_from_folder("my-articles_2017"), "My Articles 2017");
    }
}
