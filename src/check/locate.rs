//! Finding a piece of an article's text back in the file it came from.
//!
//! Takes the text of the file an article was read from and, paragraph after paragraph,
//! the few words before a finding; returns the 1-based line and column where those words
//! end in the file. The cleaner joins wrapped lines and the typographer curls quotes, so
//! words are matched with any run of white space and any punctuation between them.
//!
//! The file is split into words once, and each search moves forward from the last place
//! found, so locating every paragraph of an article takes time linear in its length.

use std::ops::Range;

/// A forward-moving search over one file's text.
pub struct Locator {
    text: String,
    /// The byte ranges of the file's words (runs of letters and digits), in order.
    words: Vec<Range<usize>>,
    /// Where each line starts.
    line_starts: Vec<usize>,
    /// The word the last search found its match at.
    cursor: usize,
}

impl Locator {
    /// A locator over the text of an article's file.
    pub fn new(text: String) -> Locator {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push(s..text.len());
        }
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Locator { text, words, line_starts, cursor: 0 }
    }

    /// Line and column just after the last (up to four) words of `before`, searched from the
    /// last place found (or from the start); `None` when the words are not found.
    pub fn after(&mut self, before: &str) -> Option<(usize, usize)> {
        let words: Vec<&str> = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let tail = &words[words.len().saturating_sub(4)..];
        if tail.is_empty() {
            return None;
        }
        let (at, end) = self.find(tail, self.cursor).or_else(|| self.find(tail, 0))?;
        self.cursor = at;
        Some(self.line_col(end))
    }

    /// Line and column of the first words of a paragraph, moving the search on to it.
    pub fn start_of(&mut self, paragraph: &str) -> Option<(usize, usize)> {
        let first: String = paragraph.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let (line, col) = self.after(&first)?;
        let words = first.chars().count();
        Some((line, col.saturating_sub(words).max(1)))
    }

    /// The first place from word `from` on where the file's words read `tail`: the first
    /// may be the end of a longer word, the last the start of one, those between whole.
    /// Returns the index of the word the match begins in and the byte where it ends.
    fn find(&self, tail: &[&str], from: usize) -> Option<(usize, usize)> {
        let word = |i: usize| &self.text[self.words[i].clone()];
        let n = tail.len();
        (from..self.words.len()).find_map(|i| {
            let last = i + n - 1;
            if last >= self.words.len() {
                return None;
            }
            let fits = if n == 1 {
                word(i).contains(tail[0])
            } else {
                word(i).ends_with(tail[0])
                    && (1..n - 1).all(|k| word(i + k) == tail[k])
                    && word(last).starts_with(tail[n - 1])
            };
            fits.then(|| {
                let end = if n == 1 {
                    self.words[i].start + word(i).find(tail[0]).unwrap_or(0) + tail[0].len()
                } else {
                    self.words[last].start + tail[n - 1].len()
                };
                (i, end)
            })
        })
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
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

    #[test]
    fn the_search_moves_on_and_comes_back_when_it_must() {
        let mut l = Locator::new("a cat sat\nthe cat ran\n".into());
        assert_eq!(l.after("the cat"), Some((2, 8)));
        // Not found after the cursor: searched again from the start.
        assert_eq!(l.after("a cat"), Some((1, 6)));
        // One word may stand inside a longer one, as the words of a search may.
        assert_eq!(l.after("ra"), Some((2, 11)));
        assert_eq!(l.after("dog"), None);
    }
}
