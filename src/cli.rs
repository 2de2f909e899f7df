//! Command-line arguments and the dispatch to the library.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

use anthology::pipeline::{build, BuildOptions};

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
        Command::Build { book_dir, out, verbose } => {
            let output = build(&BuildOptions { book_dir, out_dir: out })?;
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

