//! Command-line arguments and the dispatch to the library.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use anthology::check::{self, Checked};
use anthology::diagnostic::{self, Diagnostic, Rule, Severity};
use anthology::pipeline;
use anthology::print::{preflight, Paper, Target};

/// Turn a folder of scraped articles into an anthology: EPUB 3 and print PDF.
#[derive(Parser)]
#[command(name = "anthology", version, about)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

/// How much a command prints besides errors.
#[derive(clap::Args, Clone, Copy)]
struct Verbosity {
    /// Print every warning, and the cleaning report of every article.
    #[arg(long, short, conflicts_with = "quiet")]
    verbose: bool,
    /// Print errors only.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// `path:line:col: severity[rule]: message`, the line and a caret under the column.
    Text,
    /// A JSON array of diagnostics.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Build the EPUB, the PDF and the JSON of a book folder.
    Build {
        /// The book folder (default: the current folder if it holds a book.toml, else `content`).
        book_dir: Option<PathBuf>,
        /// Where to write `<slug>.epub`, `<slug>.pdf` and `<slug>.json`.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Also package for a print-on-demand service: kdp, ingramspark or lulu (repeatable).
        #[arg(long = "target", value_parser = parse_target)]
        targets: Vec<Target>,
        /// Fail, writing nothing, when there is any warning.
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        verbosity: Verbosity,
    },
    /// Report everything a build would warn about, without writing a book.
    Check {
        /// The book folder (default: the current folder if it holds a book.toml, else `content`).
        book_dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Exit with an error when there is any warning.
        #[arg(long)]
        strict: bool,
    },
    /// Check a PDF against a print-on-demand service's rules; exit 1 on a failure.
    Preflight {
        /// The interior PDF.
        file: PathBuf,
        /// The service: kdp, ingramspark or lulu.
        #[arg(long, value_parser = parse_target)]
        target: Target,
        /// Also check this full-wrap cover against the interior's page count.
        #[arg(long)]
        cover: Option<PathBuf>,
        /// The interior paper the cover's spine was sized for: white or cream.
        #[arg(long, default_value = "white", value_parser = parse_paper)]
        paper: Paper,
    },
    /// Clean a folder of scraped texts (or one page) into editable Markdown, one `<stem>.md` per source.
    Clean {
        /// The folder of sources, or one source file (default: the current folder if it holds a book.toml, else `content`).
        dir: Option<PathBuf>,
        /// Where to write the Markdown files and `cleaning-report.{txt,json}`.
        #[arg(long, default_value = "out/clean")]
        out: PathBuf,
        /// Overwrite Markdown files edited since `clean` wrote them.
        #[arg(long)]
        force: bool,
    },
    /// Start a book folder: a commented book.toml, an introduction and sources/.
    Init {
        /// The new book folder (created if need be).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// A folder of scraped files to copy into sources/ and list in book.toml.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Rebuild the book on every change to its folder, printing the diagnostics.
    Watch {
        /// The book folder (default: the current folder if it holds a book.toml, else `content`).
        book_dir: Option<PathBuf>,
        /// Where to write the book.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Open the PDF after the first build.
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        verbosity: Verbosity,
    },
}

/// Parses the command line and runs the chosen command.
pub fn run() -> Result<()> {
    match Args::parse().command {
        Command::Build { book_dir, out, strict, verbosity, targets } => {
            build(&book_folder(book_dir), &out, strict, verbosity, &targets, &mut pipeline::Cache::default())
        }
        Command::Preflight { file, target, cover, paper } => {
            let rules = target.rules();
            let read = |p: &PathBuf| std::fs::read(p).with_context(|| format!("cannot read {}", p.display()));
            let interior = read(&file)?;
            let report = preflight::interior(&interior, &file.display().to_string(), &rules)?;
            print!("{}", report.summary());
            let mut passed = report.passed;
            if let Some(cover) = cover {
                let (pages, trim) = preflight::interior_shape(&interior)?;
                let report = preflight::cover(&read(&cover)?, &cover.display().to_string(), &rules, pages, paper, trim)?;
                print!("{}", report.summary());
                passed &= report.passed;
            }
            if !passed {
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Check { book_dir, format, strict } => check(&book_folder(book_dir), format, strict),
        Command::Clean { dir, out, force } => clean(&book_folder(dir), &out, force),
        Command::Init { dir, from } => {
            for path in anthology::init::init(&dir, from.as_deref())? {
                println!("wrote {}", path.display());
            }
            if from.is_some() {
                println!("next: check what the cleaner found (marked \"check it\") in {}, then `anthology build {}`", dir.join("book.toml").display(), dir.display());
            } else {
                println!("next: put the scraped articles in {}, list them in book.toml, then `anthology build {}`", dir.join("sources").display(), dir.display());
            }
            Ok(())
        }
        Command::Watch { book_dir, out, open, verbosity } => watch(&book_folder(book_dir), &out, open, verbosity),
    }
}

/// The folder a command works on: the one named, else the current folder when it holds a
/// book.toml, else `content`.
fn book_folder(named: Option<PathBuf>) -> PathBuf {
    named.unwrap_or_else(|| if Path::new("book.toml").is_file() { PathBuf::from(".") } else { PathBuf::from("content") })
}

fn build(
    dir: &Path,
    out: &Path,
    strict: bool,
    verbosity: Verbosity,
    targets: &[Target],
    cache: &mut pipeline::Cache,
) -> Result<()> {
    let started = Instant::now();
    let Checked { diagnostics, composed } = with_progress(verbosity.quiet, "composing the book", || check::run_cached(dir, cache));
    let (errors, warnings) = diagnostic::counts(&diagnostics);
    for d in &diagnostics {
        // The title the book took from its folder is said on every build: it is on the cover.
        let said_anyway = d.rule == Rule::TitleFromFolder && !verbosity.quiet;
        if d.severity == Severity::Error || verbosity.verbose || said_anyway {
            eprint!("{}", d.render());
        }
    }
    let Some(composed) = composed.filter(|_| errors == 0) else {
        bail!("the book was not written: {}", diagnostic::summary(&diagnostics));
    };
    if strict && warnings > 0 {
        if !verbosity.verbose {
            diagnostics.iter().for_each(|d| eprintln!("{}", d.headline()));
        }
        bail!("the book was not written (--strict): {warnings} warnings");
    }
    let output = with_progress(verbosity.quiet, "writing the EPUB and the PDF", || pipeline::write_cached(composed, out, targets, cache))?;
    // What the cleaner removed: a line per cleaned article, the whole audit with --verbose.
    for a in output.book.articles.iter().filter(|a| !a.report.removed.is_empty()) {
        if verbosity.verbose {
            eprint!("{}", anthology::clean::report::summary(&a.report));
        } else if !verbosity.quiet {
            eprintln!("cleaned {}", anthology::clean::report::removal_line(&a.report));
        }
    }
    if !verbosity.quiet {
        for path in [&output.epub, &output.pdf, &output.json].into_iter().chain(&output.timeline_json) {
            println!("wrote {}", path.display());
        }
        for p in &output.packages {
            print!("{}", p.summary);
            for path in &p.paths {
                println!("wrote {}", path.display());
            }
        }
    }
    // The print packages' findings come after writing; they are said unless --quiet.
    let late: Vec<Diagnostic> = output.warnings.iter().map(|w| check::warning(w, dir)).collect();
    for d in late.iter().filter(|_| !verbosity.quiet) {
        eprint!("{}", d.render());
    }
    if !verbosity.quiet {
        let all: Vec<Diagnostic> = diagnostics.into_iter().chain(late.iter().cloned()).collect();
        eprintln!("built in {:.1} s; {}", started.elapsed().as_secs_f32(), diagnostic::summary(&all));
    }
    if strict && !late.is_empty() {
        bail!("the book was written, but --strict fails it: {} warnings from its print packages", late.len());
    }
    Ok(())
}

fn check(dir: &Path, format: Format, strict: bool) -> Result<()> {
    let Checked { diagnostics, .. } = with_progress(false, "checking the book", || check::run(dir));
    match format {
        Format::Text => diagnostics.iter().for_each(|d| print!("{}", d.render())),
        Format::Json => println!("{}", serde_json::to_string_pretty(&diagnostics)?),
    }
    let (errors, warnings) = diagnostic::counts(&diagnostics);
    eprintln!("{}", diagnostic::summary(&diagnostics).split(';').next().unwrap_or_default());
    if errors > 0 || strict && warnings > 0 {
        bail!("check failed: {}", if errors > 0 { format!("{errors} errors") } else { format!("{warnings} warnings (--strict)") });
    }
    Ok(())
}

fn clean(dir: &Path, out: &Path, force: bool) -> Result<()> {
    let cleaned = anthology::clean::clean_folder_to(dir, out, force)?;
    for a in &cleaned.articles {
        let r = &a.report;
        println!(
            "{}: \"{}\", {} blocks, {} of {} lines removed, {} flags",
            r.source, a.meta.title, a.blocks.len(), r.removed.len(), r.total_lines, r.flags.len()
        );
    }
    for (edited, beside) in &cleaned.kept {
        eprintln!(
            "kept {}: it was edited since `clean` wrote it; the new cleaning is in {} (--force overwrites)",
            edited.display(),
            beside.display()
        );
    }
    println!("wrote {} Markdown files and the report to {}", cleaned.articles.len() - cleaned.kept.len(), out.join("cleaning-report.txt").display());
    Ok(())
}

/// A changed file as the user named its folder: "sources/a.md" for `watch`, "book/sources/a.md"
/// for `watch book` (the watcher reports absolute paths, "/home/ann/book/./sources/a.md").
fn shown_in(dir: &Path, changed: &Path) -> PathBuf {
    let changed: PathBuf = changed.components().collect();
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    match changed.strip_prefix(&root) {
        Ok(inside) if dir == Path::new(".") => inside.to_path_buf(),
        Ok(inside) => dir.join(inside),
        Err(_) => changed,
    }
}

fn watch(dir: &Path, out: &Path, open: bool, verbosity: Verbosity) -> Result<()> {
    crate::keep_freed_memory();
    std::fs::create_dir_all(out)?;
    let watcher = anthology::watch::Watcher::new(dir, &[out.to_path_buf()])?;
    let mut cache = pipeline::Cache::default();
    let mut first = true;
    loop {
        match build(dir, out, false, verbosity, &[], &mut cache) {
            Ok(()) if first && open => open_pdf(out),
            Ok(()) => {}
            Err(e) => eprintln!("{e:#}"),
        }
        first = false;
        eprintln!("watching {} for changes (Ctrl-C to stop)", dir.display());
        let changed = watcher.next_change()?;
        if !verbosity.quiet {
            let names: Vec<String> = changed.iter().map(|p| shown_in(dir, p).display().to_string()).collect();
            eprintln!("changed: {}", names.join(", "));
        }
    }
}


fn parse_target(s: &str) -> Result<Target, String> {
    Target::parse(s).ok_or_else(|| format!("unknown target `{s}`: use kdp, ingramspark or lulu"))
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("unknown paper `{s}`: use white or cream"))
}

/// Opens the newest PDF of `out` in the desktop's viewer; failing to is not an error.
fn open_pdf(out: &Path) {
    let newest = std::fs::read_dir(out).ok().into_iter().flatten().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")).max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    if let Some(pdf) = newest {
        let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
        if std::process::Command::new(opener).arg(&pdf).spawn().is_err() {
            eprintln!("could not open {}; open it by hand", pdf.display());
        }
    }
}

/// Runs `work`, showing a spinner on a terminal when it takes more than a second.
fn with_progress<T>(quiet: bool, message: &'static str, work: impl FnOnce() -> T) -> T {
    if quiet || !std::io::stderr().is_terminal() {
        return work();
    }
    let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
    bar.set_message(message);
    let shown = bar.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        if !shown.is_finished() {
            shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            shown.enable_steady_tick(Duration::from_millis(120));
        }
    });
    let result = work();
    bar.finish_and_clear();
    result
}
