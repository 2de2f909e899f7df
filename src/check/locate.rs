//! Finding a piece of an article's text back in the file it came from.
//!
//! Takes the text of the file an article was read from and, paragraph after paragraph,
//! the few words before a finding; returns the 1-based line and column where those words
//! end in the file. The cleaner joins wrapped lines and the typographer curls quotes, so
//! words are matched with any run of white space and any punctuation between them.

use regex::Regex;

use crate::config::line_col;

/// A forward-moving search over one file's text.
pub struct Locator {
    text: String,
    cursor: usize,
}

impl Locator {
    /// A locator over the text of an article's file.
    pub fn new(text: String) -> Locator {
        Locator { text, cursor: 0 }
    }

    /// Line and column just after the last (up to four) words of `before`, searched from the
    /// last place found (or from the start); `None` when the words are not found.
    pub fn after(&mut self, before: &str) -> Option<(usize, usize)> {
        let words: Vec<&str> = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return None;
        }
        let tail = &words[words.len().saturating_sub(4)..];
        let pattern = tail.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join(r"[^\p{L}\p{N}]+");
        let re = Regex::new(&pattern).ok()?;
        let found = re.find_at(&self.text, self.cursor).or_else(|| re.find(&self.text))?;
        self.cursor = found.start();
        Some(line_col(&self.text, found.end()))
    }

    /// Line and column of the first words of a paragraph, moving the search on to it.
    pub fn start_of(&mut self, paragraph: &str) -> Option<(usize, usize)> {
        let first: String = paragraph.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let (line, col) = self.after(&first)?;
        let words = first.chars().count();
        Some((line, col.saturating_sub(words).max(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_across_wrapped_lines() {
        let mut l = Locator::new("Title\n\nThe strike\nbegan on \"Monday\" (at dawn.\n".into());
        assert_eq!(l.after("began on “Monday” (at dawn"), Some((4, 27)));
    }
}
