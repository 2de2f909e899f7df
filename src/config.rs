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
//! targets = ["kdp"]     # print-on-demand packages: kdp, ingramspark, lulu
//! paper = "cream"       # white (default) or cream: sets the spine width
//! hyphenate_names = true  # let capitalised words (names) take a hyphen (default false)
//!
//! [[article]]           # one table per article, in reading order
//! source = "sources/first.txt"
//! author = "Overrides what the cleaner inferred"
//! ```
//!
//! A folder without `book.toml` is read in zero-config mode: every `*.txt`, `*.md`, `*.html`,
//! `*.htm` and `*.html.gz`
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
    /// The blurb for the back cover (and the book's description in its metadata).
    #[serde(default)]
    pub description: Option<String>,
    /// A cover image (JPEG or PNG), relative to the book folder: the EPUB's cover and the
    /// front of the print cover. Without one both get a typographic cover.
    #[serde(default)]
    pub cover: Option<String>,
    /// The editor's introduction, relative to the book folder.
    #[serde(default)]
    pub introduction: Option<String>,
    /// Catalogue data for the EPUB package (stores, library systems).
    #[serde(default)]
    pub subjects: Vec<String>,
    #[serde(default)]
    pub isbn: Option<String>,
    /// Publication date, ISO 8601 (`2026`, `2026-03` or `2026-03-15`).
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub series: Option<String>,
    #[serde(default)]
    pub print: PrintConfig,
    /// Cleaner controls that apply to every article.
    #[serde(default)]
    pub clean: CleanRules,
    /// `[timeline]`: whether the book gets a chronology appendix.
    #[serde(default)]
    pub timeline: TimelineSwitch,
    /// `[index] mode = "proposed" | "curated" | "off"`.
    #[serde(default)]
    pub index: crate::apparatus::index::IndexSettings,
    #[serde(default, rename = "article")]
    pub articles: Vec<ArticleEntry>,
}

/// `[timeline] enabled = false` turns the chronology off; its curation is `timeline.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineSwitch {
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

impl Default for TimelineSwitch {
    fn default() -> Self {
        TimelineSwitch { enabled: true }
    }
}

fn enabled_by_default() -> bool {
    true
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
    /// Print-on-demand services to package for: `kdp`, `ingramspark`, `lulu`.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Interior paper, which sets the spine width: `white` or `cream`.
    #[serde(default = "default_paper")]
    pub paper: String,
    /// Whether capitalised words (names, mostly) may be hyphenated in print.
    #[serde(default)]
    pub hyphenate_names: bool,
}

impl Default for PrintConfig {
    fn default() -> Self {
        PrintConfig {
            trim: default_trim(),
            bleed: 0.0,
            targets: Vec::new(),
            paper: default_paper(),
            hyphenate_names: false,
        }
    }
}

fn default_paper() -> String {
    "white".to_string()
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

/// The trim sizes print-on-demand services print, in points: 4-8.5 in wide, 6 in to A4 high.
const TRIM_WIDTH: std::ops::RangeInclusive<f32> = 288.0..=612.0;
const TRIM_HEIGHT: std::ops::RangeInclusive<f32> = 432.0..=297.0 * MM;
/// Bleed in inches: none, up to the 1/8 in services ask for.
const BLEED: std::ops::RangeInclusive<f32> = 0.0..=0.125;

/// A well-formed BCP 47 (RFC 5646) tag: language, then optional script, region, variants,
/// extensions and private use, in that order; or private use alone (`x-...`).
pub fn is_language_tag(tag: &str) -> bool {
    let alpha = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    let alnum = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let mut parts = tag.split('-').peekable();
    let Some(first) = parts.next() else { return false };
    if first.eq_ignore_ascii_case("x") {
        return parts.peek().is_some() && parts.all(|p| alnum(p, 1..=8));
    }
    if !alpha(first, 2..=8) {
        return false;
    }
    // Subtags come in this order; `stage` is how far the tag has got: 1 extended language,
    // 2 script, 3 region or variant, 4 extensions.
    let (mut stage, mut extlangs) = (0, 0);
    while let Some(part) = parts.next() {
        let region = alpha(part, 2..=2) || part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit());
        let variant = alnum(part, 5..=8) || part.len() == 4 && part.as_bytes()[0].is_ascii_digit() && alnum(part, 4..=4);
        if stage <= 1 && first.len() <= 3 && extlangs < 3 && alpha(part, 3..=3) {
            (stage, extlangs) = (1, extlangs + 1);
        } else if stage <= 1 && alpha(part, 4..=4) {
            stage = 2;
        } else if stage <= 2 && region || stage <= 3 && variant {
            stage = 3;
        } else if alnum(part, 1..=1) {
            // An extension (`u-...`) or private use (`x-...`) runs to the end or the next singleton.
            let private = part.eq_ignore_ascii_case("x");
            let mut any = false;
            while let Some(sub) = parts.peek() {
                if private && alnum(sub, 1..=8) || !private && alnum(sub, 2..=8) {
                    any = true;
                    parts.next();
                } else {
                    break;
                }
            }
            if !any {
                return false;
            }
            stage = 4;
        } else {
            return false;
        }
    }
    true
}

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
    /// The running head on the article's rectos, when the title is too long for one.
    #[serde(default)]
    pub short_title: Option<String>,
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
    /// The article's language (a BCP 47 tag), when it is not the one its source declares
    /// or its text shows.
    #[serde(default)]
    pub language: Option<String>,
    /// Cleaner controls for this article only.
    #[serde(default)]
    pub clean: CleanRules,
}

impl Manifest {
    /// Reads `dir/book.toml` if it exists, else infers a manifest from the folder.
    pub fn load(dir: &Path) -> Result<Manifest> {
        let path = dir.join("book.toml");
        let Some(text) = crate::input::read_optional_text(dir, &path)? else {
            return Manifest::infer(dir);
        };
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

    /// Zero-config mode: every `*.txt`, `*.md` and `*.html`/`*.htm`/`*.html.gz` of `dir` in
    /// file-name order.
    pub fn infer(dir: &Path) -> Result<Manifest> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        let mut sources = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let name = entry.file_name();
            let lossy = name.to_string_lossy();
            if !crate::source::is_source(&lossy) || entry.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            // Every article file is read (and a FIFO or a link out of the folder refused
            // there); a name that cannot be written in book.toml is refused here.
            match name.into_string() {
                Ok(name) => sources.push(name),
                Err(_) => {
                    return Err(Error::plain(
                        &entry.path(),
                        "has a file name that is not valid UTF-8",
                        "rename the file (e.g. `mv` it to a plain ASCII name) so the book can list it",
                    ))
                }
            }
        }
        sources.sort();
        if sources.is_empty() {
            return Err(Error::plain(
                dir,
                "no book.toml and no .txt, .md or .html files in this folder",
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
            description: None,
            cover: None,
            introduction: None,
            subjects: Vec::new(),
            isbn: None,
            date: None,
            series: None,
            print: PrintConfig::default(),
            clean: CleanRules::default(),
            timeline: TimelineSwitch::default(),
            index: Default::default(),
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
        if let Some(d) = self.date.as_deref().filter(|d| !is_iso_date(d)) {
            let (line, col) = locate(d);
            return Err(Error::at(
                path,
                line,
                col,
                format!("`date = \"{d}\"` is not a date"),
                "write the publication date as YYYY, YYYY-MM or YYYY-MM-DD",
            ));
        }
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
            // Only absence is checked here; `input::read` refuses what is not a regular file.
            if !crate::input::is_present(&dir.join(&entry.source)) {
                let (line, col) = locate(&entry.source);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("source `{}` does not exist", entry.source),
                    "check the file name; paths are relative to the folder holding book.toml",
                ));
            }
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
            if !crate::input::is_present(&dir.join(intro)) {
                let (line, col) = locate(intro);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("introduction `{intro}` does not exist"),
                    "check the file name; paths are relative to the folder holding book.toml",
                ));
            }
        }
        let Some((width, height)) = self.print.trim_points() else {
            let (line, col) = locate(&self.print.trim);
            return Err(Error::at(
                path,
                line,
                col,
                format!("unknown trim size `{}`", self.print.trim),
                "use `6x9`, `5.5x8.5`, `5x8`, `a5`, or a size such as `148x210mm`",
            ));
        };
        if !(TRIM_WIDTH.contains(&width) && TRIM_HEIGHT.contains(&height)) {
            let (line, col) = locate(&self.print.trim);
            return Err(Error::at(
                path,
                line,
                col,
                format!("trim size `{}` is outside what print services make", self.print.trim),
                "give a width of 4 to 8.5 in and a height of 6 to 11.69 in (A4), such as `6x9` or `a5`",
            ));
        }
        if !BLEED.contains(&self.print.bleed) {
            let (line, col) = locate("bleed");
            return Err(Error::at(
                path,
                line,
                col,
                format!("bleed {} in is outside 0 to 0.125 in", self.print.bleed),
                "use `bleed = 0.0` for a text interior or `bleed = 0.125` for full-bleed pages",
            ));
        }
        if !is_language_tag(&self.language) {
            let (line, col) = locate("language");
            return Err(Error::at(
                path,
                line,
                col,
                format!("`{}` is not a BCP 47 language tag", self.language),
                "give a tag such as `en`, `en-GB`, `fr` or `ru-Latn`",
            ));
        }
        for tag in self.articles.iter().filter_map(|a| a.language.as_deref()) {
            if !is_language_tag(tag) {
                let (line, col) = locate(tag);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("`{tag}` is not a BCP 47 language tag"),
                    "give the article's language as a tag such as `en`, `de`, `fr` or `pt-BR`",
                ));
            }
        }
        for name in &self.print.targets {
            if crate::print::Target::parse(name).is_none() {
                let (line, col) = locate(name);
                return Err(Error::at(
                    path,
                    line,
                    col,
                    format!("unknown print target `{name}`"),
                    "use `kdp`, `ingramspark` or `lulu`",
                ));
            }
        }
        if crate::print::Paper::parse(&self.print.paper).is_none() {
            let (line, col) = locate(&self.print.paper);
            return Err(Error::at(
                path,
                line,
                col,
                format!("unknown paper `{}`", self.print.paper),
                "use `white` or `cream`",
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

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01-12 and a day 01-31.
fn is_iso_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, len: usize, max: u32| {
        s.len() == len && s.parse::<u32>().is_ok_and(|n| (len == 4 || n >= 1) && n <= max)
    };
    match parts.as_slice() {
        [y] => num(y, 4, 9999),
        [y, m] => num(y, 4, 9999) && num(m, 2, 12),
        [y, m, dd] => num(y, 4, 9999) && num(m, 2, 12) && num(dd, 2, 31),
        _ => false,
    }
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
        let t = |s: &str| PrintConfig { trim: s.into(), ..Default::default() }.trim_points();
        assert_eq!(t("6x9"), Some((432.0, 648.0)));
        assert_eq!(t("5.5x8.5in"), Some((396.0, 612.0)));
        assert!(t("a5").is_some());
        assert!(t("huge").is_none());
    }

    #[test]
    fn language_tags() {
        for good in ["en", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "es-419", "x-klingon", "en-US-u-ca-gregory", "zh-yue-HK"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", " ", "english!", "e", "en-", "en--GB", "en-GB-GB-x", "toolonglanguage", "en-x", "fr_FR"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn folder_titles() {
        assert_eq!(title_from_folder("my-articles_2017"), "My Articles 2017");
    }
}
