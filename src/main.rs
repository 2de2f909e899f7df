//! The `anthology` command: parses arguments, calls the library, reports errors.

mod cli;

fn main() {
    if let Err(err) = cli::run() {
        eprintln!("{err:#}");
        std::process::exit(1);
    }
}
