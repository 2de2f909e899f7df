//! The driver: one book folder in, EPUB, PDF and JSON out.
//!
//! sources -> clean -> model::Book -> apparatus -> render::pdf (layout, page map)
//! -> render::epub -> print packages -> out/<slug>.{epub,pdf,json}, out/<slug>-T-*

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::clean;
use crate::config::{ArticleEntry, CleanRules, Manifest};
use crate::error::{Error, Result};
use crate::model::{
    Article, Book, BookMeta, Catalogue, IndexEntry, Locator, PageMap, PrintSettings, RemovedLine,
    Section, Warning,
};
use crate::input::{self, Budget};
use crate::memo::{self, Memo};
use crate::source::Source;
use crate::output::OutFolder;
use crate::project::Project;
use crate::print::{package::Package, Paper, Target};
use crate::{apparatus, markdown, print, render, source, typography};

/// What `anthology build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The book folder (with or without `book.toml`).
    pub book_dir: PathBuf,
    /// Where the outputs go.
    pub out_dir: PathBuf,
    /// Print-on-demand services to package for, besides those in `[print] targets`.
    pub targets: Vec<Target>,
}

/// The files a build wrote.
#[derive(Debug, Clone)]
pub struct BuildOutput {
    pub epub: PathBuf,
    pub pdf: PathBuf,
    pub json: PathBuf,
    /// The chronology as TimelineJS JSON, when the book has a timeline.
    pub timeline_json: Option<PathBuf>,
    /// The print-on-demand packages, one per target.
    pub packages: Vec<Package>,
    /// The assembled book, with page numbers filled in.
    pub book: Book,
    /// What writing found that composing could not: a cover image too coarse, a print
    /// package that fails its preflight.
    pub warnings: Vec<Warning>,
}

/// Builds the book in `opts.book_dir` into `opts.out_dir`.
pub fn build(opts: &BuildOptions) -> Result<BuildOutput> {
    let composed = compose(&opts.book_dir)?;
    write(composed, &opts.out_dir, &opts.targets)
}

/// A book read, enriched and laid out, not yet written: what `check` inspects and what
/// `build` writes.
pub struct Composed {
    /// The book folder's configuration, as read (the manifest may be inferred).
    pub project: Project,
    /// The assembled book, with page numbers filled in.
    pub book: Book,
    /// The print edition, laid out (written by [`write`]).
    pub pdf: render::pdf::Laid,
}

/// Steps 1-3 of a build: reads the book folder, assembles and lays out the book.
pub fn compose(book_dir: &Path) -> Result<Composed> {
    compose_cached(Project::load(book_dir)?, &mut Cache::default())
}

/// What earlier builds made that the next can reuse, so that `watch` redoes only what
/// changed: cleaned articles, by a hash of everything the cleaner reads, the dated events
/// found in each article, each article's words for the index, the sources decoded, the print
/// layout's set paragraphs and paginated chapters, the EPUB's subset fonts and its files
/// compressed.
#[derive(Default)]
pub struct Cache {
    /// Decoded sources by their path and bytes (decoding normalises every character).
    sources: Memo<Source>,
    articles: Memo<Article>,
    /// Detected languages by the text sampled.
    languages: Memo<Option<String>>,
    timeline: apparatus::timeline::Cache,
    index: apparatus::index::Cache,
    pdf: render::pdf::Cache,
    epub: render::epub::Cache,
}

impl Cache {
    /// The source file `path` of `bytes` decoded, or as decoded before.
    pub(crate) fn decode_file(&mut self, path: &Path, bytes: &[u8]) -> Result<Source> {
        let key = crate::memo::key(&(path, bytes));
        if let Some(source) = self.sources.get(&key) {
            return Ok(source);
        }
        let source = source::decode_file(path, bytes)?;
        self.sources.insert(key, source.clone());
        Ok(source)
    }
}

/// [`compose`] for a project already read, reusing the cleaned articles of `cache` and
/// filling it.
pub fn compose_cached(project: Project, cache: &mut Cache) -> Result<Composed> {
    // 1. Assemble the book from the sources the manifest lists (or the folder holds).
    let mut book = assemble_cached(&project.manifest, &project.dir, cache)?;
    // 2. Enrich it with the apparatus: the timeline, then the index (which anchors terms).
    // What the apparatus reads of each article, hashed once for both.
    let keys: Vec<memo::Key> = book.articles.iter().map(memo::article_key).collect();
    // Both read the text only, so the index's headings are proposed on the other core while
    // the chronology is made; then the index anchors its headings in the text.
    let (timeline, index) = std::thread::scope(|s| {
        let index = s.spawn(|| {
            apparatus::index::plan_cached(&book, &project.index, project.manifest.index.mode, &keys, &mut cache.index)
        });
        let timeline = (project.manifest.timeline.enabled)
            .then(|| apparatus::timeline::compile_cached(&book, &project.timeline, &keys, &mut cache.timeline));
        (timeline, index.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    if let Some(timeline) = timeline {
        timeline.apply(&mut book);
    }
    index.apply(&mut book, &project.index, &mut cache.index)?;
    // 3. Lay out the print edition once; its page numbers feed the EPUB and the JSON.
    let mut pdf = render::pdf::lay_out_cached(&book, &mut cache.pdf)?;
    book.warnings.append(&mut pdf.warnings);
    fill_pages(&mut book, &pdf.page_map);
    Ok(Composed { project, book, pdf })
}

/// Steps 4-6 of a build: writes the EPUB, the PDF, the JSON and the print packages for
/// `[print] targets` and `extra_targets` into `out_dir`.
pub fn write(composed: Composed, out_dir: &Path, extra_targets: &[Target]) -> Result<BuildOutput> {
    write_cached(composed, out_dir, extra_targets, &mut Cache::default())
}

/// [`write`], reusing what `cache` kept from earlier builds.
pub fn write_cached(composed: Composed, out_dir: &Path, extra_targets: &[Target], cache: &mut Cache) -> Result<BuildOutput> {
    let Composed { project, mut book, pdf } = composed;
    let manifest = &project.manifest;
    // 4. Write the PDF and, on the other core, the EPUB with the print edition's page-list
    // and the JSON editions.
    let (pdf_bytes, epub, json) = std::thread::scope(|s| {
        let others = s.spawn(|| {
            let epub = render::epub::render_cached(&book, &pdf.page_map, &mut cache.epub);
            (epub, json_editions(&book, &pdf.page_map))
        });
        let pdf_bytes = pdf.write(&book);
        let (epub, json) = others.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (pdf_bytes, epub, json)
    });
    let (pdf, epub, (mut json, timeline)) = (pdf.written(pdf_bytes?), epub?, json?);
    // 5. Package the print-on-demand editions: interior, cover and preflight per target.
    let mut targets: Vec<Target> =
        manifest.print.targets.iter().filter_map(|t| Target::parse(t)).chain(extra_targets.iter().copied()).collect();
    targets.sort();
    targets.dedup();
    let paper = Paper::parse(&manifest.print.paper).unwrap_or(Paper::White);
    let (mut packages, warnings) = print::package::package(&book, &pdf, &targets, paper)?;
    if !warnings.is_empty() {
        // The book's JSON lists its warnings: those of the packages too.
        book.warnings.extend(warnings.iter().cloned());
        json = json_editions(&book, &pdf.page_map)?.0;
    }
    // 6. Write everything or nothing, under a lock on the out folder.
    let slug = book.meta.slug.clone();
    let mut files = vec![
        (format!("{slug}.pdf"), pdf.bytes.as_slice()),
        (format!("{slug}.epub"), epub.as_slice()),
        (format!("{slug}.json"), json.as_slice()),
    ];
    files.extend(timeline.as_deref().map(|t| (format!("{slug}-timeline.json"), t)));
    files.extend(packages.iter().flat_map(|p| p.files.iter().map(|(n, b)| (n.clone(), b.as_slice()))));
    let out = OutFolder::open(out_dir)?;
    let mut written = out.write_all(&files)?.into_iter();
    let mut next = || written.next().expect("one path per file written");
    let (pdf_path, epub_path, json_path) = (next(), next(), next());
    let timeline_json = timeline.is_some().then(&mut next);
    for p in &mut packages {
        p.paths = p.files.iter().map(|_| next()).collect();
    }
    Ok(BuildOutput { epub: epub_path, pdf: pdf_path, json: json_path, timeline_json, packages, book, warnings })
}

/// The book as JSON, and its chronology as TimelineJS JSON when it has one.
fn json_editions(book: &Book, page_map: &PageMap) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
    let json = serde_json::to_vec_pretty(&BookJson { book, page_map }).map_err(|e| Error::render("json", e))?;
    let timeline = match &book.timeline {
        Some(timeline) => {
            let web = apparatus::timeline::timelinejs(timeline, &book.meta);
            Some(serde_json::to_vec_pretty(&web).map_err(|e| Error::render("json", e))?)
        }
        None => None,
    };
    Ok((json, timeline))
}

/// Copies the printed page of every timeline and index locator from the layout's page map.
pub fn fill_pages(book: &mut Book, pages: &PageMap) {
    let timeline = book.timeline.iter_mut().flat_map(|t| t.entries.iter_mut()).flat_map(|e| e.sources.iter_mut());
    let mut locators: Vec<&mut Locator> = timeline.collect();
    if let Some(index) = &mut book.index {
        let mut stack: Vec<&mut IndexEntry> = index.entries.iter_mut().collect();
        while let Some(entry) = stack.pop() {
            locators.extend(entry.locators.iter_mut());
            stack.extend(entry.subentries.iter_mut());
        }
    }
    for locator in locators {
        locator.page = pages.anchor_pages.get(&locator.anchor).cloned();
    }
}

/// The shape of `out/<slug>.json` (documented in the README).
#[derive(serde::Serialize)]
struct BookJson<'a> {
    #[serde(flatten)]
    book: &'a Book,
    page_map: &'a PageMap,
}

/// Reads, cleans and assembles every article of the manifest into a [`Book`].
pub fn assemble(manifest: &Manifest, dir: &Path) -> Result<Book> {
    assemble_cached(manifest, dir, &mut Cache::default())
}

/// The id of the manifest's `n`th article (from 0): "ch01".
pub fn article_id(n: usize) -> String {
    format!("ch{:02}", n + 1)
}

/// [`assemble`], taking cleaned articles from `cache` when their inputs are unchanged.
pub fn assemble_cached(manifest: &Manifest, dir: &Path, cache: &mut Cache) -> Result<Book> {
    cache.articles.next_build();
    cache.languages.next_build();
    cache.sources.next_build();
    let mut articles = Vec::with_capacity(manifest.articles.len());
    let mut warnings = Vec::new();
    let mut newest = 0i64;
    let mut digest = Sha256::new();
    let mut budget = Budget::new(dir)?;
    for (n, entry) in manifest.articles.iter().enumerate() {
        let path = Manifest::resolve(dir, &entry.source);
        newest = newest.max(mtime(&path));
        let src = cache.decode_file(&path, &budget.read(&path)?)?;
        digest.update(src.text.as_bytes());
        let id = article_id(n);
        let rules = compile_rules(&manifest.clean, &entry.clean)?;
        // An editor's corrected Markdown (`<book>/edited/<stem>.md`) wins over re-cleaning.
        let edited = edited_path(dir, &entry.source);
        let mut article = if input::is_present(&edited) {
            refuse_shared_stem(manifest, entry, &edited)?;
            let text = cache.decode_file(&edited, &budget.read(&edited)?)?;
            let mut article = markdown::read(&text.text, &edited, &id)?;
            source::report_repairs(&text, &mut article.report);
            article
        } else if entry.source.ends_with(".md") {
            let mut article = markdown::read(&src.text, &path, &id)?;
            source::report_repairs(&src, &mut article.report);
            article
        } else {
            let mut article = clean_cached(cache, &src.text, entry, &id, &rules);
            source::report_repairs(&src, &mut article.report);
            article
        };
        let cleaned = !input::is_present(&edited) && !entry.source.ends_with(".md");
        // The text's language, when the detector is sure, over the one the source declares:
        // a CMS declares its default ("en-US") for every page it serves. The editor's wins.
        let sample = crate::language::sample(&article);
        if let Some(found) = cache.languages.get_or_make(memo::key(&sample), || crate::language::detect(&sample)) {
            article.meta.language = Some(found);
        }
        apply_overrides(&mut article, entry);
        typography::article(&mut article);
        if cleaned {
            warnings.extend(clean::report::prose_loss(&article.report));
        }
        // A page the cleaner found no text in (a bot's wall, a script's empty shell) would
        // print as a blank chapter: it is left out, and the warning says so.
        if cleaned && article.blocks.is_empty() && article.report.flags.iter().any(|f| f.line == 0 && f.excerpt.is_empty()) {
            warnings.push(Warning {
                stage: "page".into(),
                message: format!("{}: left out of the book: no article text found in the page (save it again once the browser shows the whole article)", article.report.source),
            });
            continue;
        }
        articles.push(article);
    }
    let introduction = match &manifest.introduction {
        Some(rel) => {
            let path = Manifest::resolve(dir, rel);
            newest = newest.max(mtime(&path));
            let src = source::decode(&budget.read(&path)?);
            digest.update(src.text.as_bytes());
            let (mut section, removed) = introduction(&src.text, &path)?;
            // The introduction has no cleaning report: what was repaired or not set is a warning.
            warnings.extend(src.repairs.iter().chain(&removed).map(|r| Warning {
                stage: "source".into(),
                message: format!("{}:{}: {} `{}`: {}", path.display(), r.line, r.rule, r.text, r.reason),
            }));
            typography::section(&mut section);
            Some(section)
        }
        None => None,
    };
    digest.update(manifest.title.as_bytes());
    let cover = manifest.cover.as_deref().map(|file| crate::cover_image::CoverImage::read(dir, file)).transpose()?;
    if let Some(c) = &cover {
        digest.update(c.bytes.as_slice());
    }
    if !dir.join("book.toml").exists() {
        warnings.push(Warning {
            stage: "book".into(),
            message: format!(
                "{}: no book.toml, so the book is titled \"{}\" after its folder; to choose the title, write a book.toml there with a line such as title = \"My Anthology\"",
                dir.display(),
                manifest.title
            ),
        });
    }
    let (trim_width, trim_height) =
        manifest.print.trim_points().expect("trim size was checked when the manifest loaded");
    let hash = digest.finalize();
    let meta = BookMeta {
        title: manifest.title.clone(),
        subtitle: manifest.subtitle.clone(),
        editor: manifest.editor.clone(),
        publisher: manifest.publisher.clone(),
        language: manifest.language.clone(),
        rights: manifest.rights.clone(),
        description: manifest.description.clone(),
        slug: slug(&manifest.title),
        identifier: format!("urn:uuid:{}", uuid_from_hash(&hash)),
        modified: source_date_epoch()?.unwrap_or(newest.min(LAST_SECOND)),
        print: PrintSettings {
            trim_width,
            trim_height,
            bleed: manifest.print.bleed * 72.0,
            hyphenate_names: manifest.print.hyphenate_names,
        },
        cover,
        catalogue: Catalogue {
            subjects: manifest.subjects.clone(),
            isbn: manifest.isbn.clone(),
            date: manifest.date.clone(),
            series: manifest.series.clone(),
        },
    };
    Ok(Book { meta, introduction, articles, timeline: None, index: None, warnings })
}

/// Cleans a scraped source (text or web page), or takes the article cleaned from the same
/// inputs before.
fn clean_cached(cache: &mut Cache, text: &str, entry: &ArticleEntry, id: &str, rules: &clean::Rules) -> Article {
    let mut key = Sha256::new();
    for part in [text, &entry.source, id] {
        key.update(part.as_bytes());
        key.update([0]);
    }
    for pattern in rules.keep.iter().chain(&rules.drop) {
        key.update(pattern.as_str().as_bytes());
        key.update([1]);
    }
    cache.articles.get_or_make(key.finalize().into(), || clean::clean_scraped(text, &entry.source, id, rules))
}

/// The file an article is read from: the editor's corrected Markdown when there is one,
/// else its source.
pub fn article_file(dir: &Path, source: &str) -> PathBuf {
    let edited = edited_path(dir, source);
    if input::is_present(&edited) {
        edited
    } else {
        Manifest::resolve(dir, source)
    }
}

/// Where an editor's corrected Markdown for a source lives: `<book>/edited/<stem>.md`
/// (`anthology clean <book> --out <book>/edited` writes them there to start from).
pub fn edited_path(dir: &Path, source: &str) -> PathBuf {
    dir.join("edited").join(format!("{}.md", stem(source)))
}

/// A source's file name without its extensions: `sources/x.txt` -> `x`, `x.html.gz` -> `x`.
pub fn stem(source: &str) -> String {
    source::stem(source)
}

/// An edited file is keyed by the source's stem: refuse it when two sources share that stem,
/// rather than put one correction in place of two different articles.
fn refuse_shared_stem(manifest: &Manifest, entry: &ArticleEntry, edited: &Path) -> Result<()> {
    let own = stem(&entry.source);
    match manifest.articles.iter().find(|a| a.source != entry.source && stem(&a.source) == own) {
        Some(other) => Err(Error::plain(
            edited,
            &format!("would replace two different articles, `{}` and `{}`", entry.source, other.source),
            "rename one of the two sources so their names (without extension) differ, then name the edited file after it",
        )),
        None => Ok(()),
    }
}

/// The editor's introduction: Markdown whose first `#` heading is its title.
fn introduction(text: &str, path: &Path) -> Result<(Section, Vec<RemovedLine>)> {
    let article = markdown::read(text, path, "intro")?;
    let section = Section {
        id: "introduction".to_string(),
        title: article.meta.title,
        author: article.meta.author,
        blocks: article.blocks,
        footnotes: article.footnotes,
    };
    Ok((section, article.report.removed))
}

pub(crate) fn compile_rules(book: &CleanRules, article: &CleanRules) -> Result<clean::Rules> {
    let compile = |pats: Vec<&String>| -> Vec<regex::Regex> {
        // Patterns were validated when the manifest loaded.
        pats.into_iter().filter_map(|p| regex::Regex::new(p).ok()).collect()
    };
    Ok(clean::Rules {
        keep: compile(book.keep.iter().chain(&article.keep).collect()),
        drop: compile(book.drop.iter().chain(&article.drop).collect()),
    })
}

/// Manifest metadata wins over what the cleaner inferred.
pub(crate) fn apply_overrides(article: &mut Article, entry: &ArticleEntry) {
    let m = &mut article.meta;
    if let Some(t) = &entry.title {
        m.title = t.clone();
    }
    let pairs = [
        (&mut m.standfirst, &entry.standfirst),
        (&mut m.short_title, &entry.short_title),
        (&mut m.author, &entry.author),
        (&mut m.date, &entry.date),
        (&mut m.publication, &entry.publication),
        (&mut m.issue, &entry.issue),
        (&mut m.url, &entry.url),
        (&mut m.language, &entry.language),
    ];
    for (field, value) in pairs {
        if value.is_some() {
            *field = value.clone();
        }
    }
}

/// The longest slug: output names (`<slug>-timeline.json`, temporaries) stay well under the
/// 255 bytes file systems allow, whatever the title's length.
const SLUG_MAX: usize = 80;

/// "Ten Days: 1917!" -> "ten-days-1917", cut at a word boundary to [`SLUG_MAX`] bytes.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(|c| c.to_lowercase()) {
        if out.len() >= SLUG_MAX {
            out.truncate(out.rfind('-').filter(|&at| at > SLUG_MAX / 2).unwrap_or(SLUG_MAX));
            break;
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "book".to_string()
    } else {
        out
    }
}

/// A UUID-shaped string (version 8, content-derived) from a hash.
fn uuid_from_hash(hash: &[u8]) -> String {
    let h: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-8{}-a{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

/// The last second of the year 9999: dates in EPUB and PDF metadata have four-digit years.
const LAST_SECOND: i64 = 253_402_300_799;
/// The first second of the year 0000.
const FIRST_SECOND: i64 = -62_167_219_200;

/// `SOURCE_DATE_EPOCH`, when set: a whole number of seconds within the years 0000-9999.
fn source_date_epoch() -> Result<Option<i64>> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else { return Ok(None) };
    match value.trim().parse::<i64>() {
        Ok(secs) if (FIRST_SECOND..=LAST_SECOND).contains(&secs) => Ok(Some(secs)),
        Ok(_) => Err(Error::env(
            "SOURCE_DATE_EPOCH",
            format!("`{value}` is outside the years 0000-9999 that EPUB and PDF dates can hold"),
            "give seconds since 1970 between -62167219200 and 253402300799, e.g. `date +%s`",
        )),
        Err(_) => Err(Error::env(
            "SOURCE_DATE_EPOCH",
            format!("`{value}` is not a whole number of seconds"),
            "give seconds since 1970, e.g. `date +%s`, or unset it",
        )),
    }
}

fn mtime(path: &Path) -> i64 {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Ten Days: 1917!"), "ten-days-1917");
        assert_eq!(slug("«»"), "book");
        let long = slug(&"Revolution and counter-revolution ".repeat(20));
        assert!(long.len() <= SLUG_MAX && long.starts_with("revolution-and-") && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn uuid_shape() {
        let u = uuid_from_hash(&[0xab; 32]);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "8");
    }
}
