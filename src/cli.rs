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
}

/// Parses the command line and runs the chosen command.
pub fn run() -> Result<()> {
    match Args::parse().command {
        Command::Build { book_dir, out, verbose } => {
            let output = build(&BuildOptions { book_dir, out_dir: out })?;
            if verbose {
                for article in &output.book.articles {
                    eprint!("{}", report_summary(&article.report));
                }
                for w in &output.book.warnings {
                    eprintln!("warning: {}: {}", w.stage, w.message);
                }
            }
            for path in [&output.epub, &output.pdf, &output.json] {
                println!("wrote {}", path.display());
            }
            Ok(())
        }
    }
}

/// A readable summary of one cleaning report: counts per rule, then each removed line.
fn report_summary(report: &anthology::model::CleanReport) -> String {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &report.removed {
        *counts.entry(r.rule.as_str()).or_default() += 1;
    }
    let per_rule: Vec<String> = counts.iter().map(|(rule, n)| format!("{rule} {n}")).collect();
    let mut out = format!(
        "{}: {} lines, {} not in the text ({})\n",
        report.source,
        report.total_lines,
        report.removed.len(),
        per_rule.join(", ")
    );
    for r in report.removed.iter().filter(|r| r.rule != "blank") {
        out.push_str(&format!("  {:>4}  {:<16} {}  [{}]\n", r.line, r.rule, r.text.trim(), r.reason));
    }
    for f in &report.flags {
        out.push_str(&format!("  {:>4}  flag: {} ({})\n", f.line, f.excerpt, f.reason));
    }
    out
}
