//! The `anthology` command: parses arguments, calls the library, reports errors.

mod cli;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's options, from the C library the `mimalloc` crate links in (its Rust bindings
// leave this one out).
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
}

/// `mi_option_purge_delay` in mimalloc.h: how long freed memory stays mapped before it is
/// handed back to the system, in milliseconds (1000 by default; -1: never).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// For `anthology watch`, which builds the same book again and again: memory a build freed
/// stays mapped for the next instead of going back to the system, to be faulted in and
/// zeroed by the kernel again (a seventh of a rebuild's time). The process keeps the
/// largest build's memory, no more.
fn keep_freed_memory() {
    // SAFETY: sets an allocator option, which mimalloc allows at any time; -1 is a valid value.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // The bundled mimalloc (v3) purges after 1000 ms by default (options.c): option 15 is it.
        // SAFETY: reads and sets allocator options, allowed at any time.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        keep_freed_memory();
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, -1);
    }
}
