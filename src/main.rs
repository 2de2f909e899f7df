//! The `anthology` command: parses arguments, calls the library, reports errors.

mod cli;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Err(err) = cli::run() {
        // A located library error is shown with its line and a caret under the column.
        match err.downcast_ref::<anthology::error::Error>() {
            Some(e) => eprint!("{}", anthology::diagnostic::render_error(e)),
            None => eprintln!("error: {err:#}"),
        }
        std::process::exit(1);
    }
}
