//! Command-line arguments and the dispatch to the library.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use anthology::pipeline::{build, BuildOptions};
use anthology::print::{preflight, Paper, Target};

/// Turn a folder of scraped articles into an anthology: EPUB 3 and print PDF.
#[derive(Parser)]
#[command(name = "anthology", version, about)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the EPUB, the PDF and the JSON of a book folder.
    Build {
        /// The book folder: a `book.toml` with its sources, or just a folder of .txt/.md files.
        #[arg(default_value = "content")]
        book_dir: PathBuf,
        /// Where to write `<slug>.epub`, `<slug>.pdf` and `<slug>.json`.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Print the cleaning report and the build's warnings.
        #[arg(long, short)]
        verbose: bool,
        /// Also package for a print-on-demand service: kdp, ingramspark or lulu (repeatable).
        #[arg(long = "target", value_parser = parse_target)]
        targets: Vec<Target>,
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
    /// Clean a folder of scraped texts into editable Markdown, one `<stem>.md` per source.
    Clean {
        /// The folder of sources (with or without `book.toml`).
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Where to write the Markdown files and `cleaning-report.{txt,json}`.
        #[arg(long, default_value = "out/clean")]
        out: PathBuf,
    },
}

/// Parses the command line and runs the chosen command.
pub fn run() -> Result<()> {
    match Args::parse().command {
        Command::Build { book_dir, out, verbose, targets } => {
            let output = build(&BuildOptions { book_dir, out_dir: out, targets })?;
            if verbose {
                for a in &output.book.articles {
                    eprint!("{}", anthology::clean::report::summary(&a.report));
                }
                for w in &output.book.warnings {
                    eprintln!("warning: {}: {}", w.stage, w.message);
                }
            }
            for path in [&output.epub, &output.pdf, &output.json].into_iter().chain(&output.timeline_json) {
                println!("wrote {}", path.display());
            }
            for p in &output.packages {
                print!("{}", p.summary);
                for path in &p.paths {
                    println!("wrote {}", path.display());
                }
            }
            Ok(())
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
        Command::Clean { dir, out } => {
            let articles = anthology::clean::clean_folder(&dir, &out)?;
            for a in &articles {
                let r = &a.report;
                println!(
                    "{}: \"{}\", {} blocks, {} of {} lines removed, {} flags",
                    r.source, a.meta.title, a.blocks.len(), r.removed.len(), r.total_lines, r.flags.len()
                );
            }
            println!("wrote {} Markdown files and the report to {}", articles.len(), out.join("cleaning-report.txt").display());
            Ok(())
        }
    }
}


fn parse_target(s: &str) -> Result<Target, String> {
    Target::parse(s).ok_or_else(|| format!("unknown target `{s}`: use kdp, ingramspark or lulu"))
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("unknown paper `{s}`: use white or cream"))
}
