//! The boilerplate decision, made by the `dom_smoothie` crate (a port of Mozilla's
//! Readability, the Firefox reader view; the only module importing it).
//!
//! Takes a page's HTML; returns the HTML of its main content: the article body without
//! menus, share bars, teasers, comments and footers. The crate was chosen by measurement on
//! `bench-clean` and `bench-readability` against `rs-trafilatura` and `trafilatura`
//! (figures in the README).

/// The page's main content, as HTML; empty when the page has none the extractor can find.
pub fn main_content(html: &str) -> String {
    // The extractor is third-party code run on hostile input: a panic inside it must not
    // abort the build, so it is caught and read as "no main content found".
    let result = std::panic::catch_unwind(|| {
        dom_smoothie::Readability::new(html, None, None).and_then(|mut r| r.parse()).map(|a| a.content.to_string())
    });
    match result {
        Ok(Ok(content)) => content,
        Ok(Err(_)) | Err(_) => String::new(),
    }
}
