//! Hyphenation: a word in, the byte offsets where it may take a hyphen out.
//!
//! Liang patterns (en-US, embedded) with at least 3 letters before and 3 after a break,
//! overridden by the project's exceptions list for words the patterns get wrong.
//! Capitalised words (names, mostly) are not hyphenated unless the editor allows it
//! (`[print] hyphenate_names`). Words with a hard hyphen or other non-letters are not
//! hyphenated here: the line breaker breaks them only after their hyphen.

use std::collections::HashMap;

use hyphenation::{Hyphenator as _, Language, Load, Standard};

use crate::error::{Error, Result};

/// `word = hy-phen-a-tion` lines; `#` starts a comment.
const EXCEPTIONS: &str = include_str!("hyphenation-exceptions.txt");

/// The shortest word worth hyphenating.
const MIN_WORD: usize = 6;

/// Liang patterns plus the project's exceptions.
pub struct Hyphenator {
    patterns: Standard,
    exceptions: HashMap<String, Vec<usize>>,
    /// Whether capitalised words may be hyphenated.
    pub names: bool,
    /// Whether the text is in the patterns' language (English): text in another is set
    /// without hyphens, not broken where English would break it.
    pub words: bool,
}

/// The fewest letters a break leaves on either side.
const MIN_PART: usize = 3;

impl Hyphenator {
    /// Loads the embedded patterns and the exceptions list.
    pub fn new() -> Result<Hyphenator> {
        let patterns = Standard::from_embedded(Language::EnglishUS)
            .map_err(|e| Error::render("pdf", format!("hyphenation patterns: {e}")))?;
        let mut exceptions = HashMap::new();
        for line in EXCEPTIONS.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut breaks = Vec::new();
            let mut word = String::new();
            for c in line.chars() {
                if c == '-' {
                    breaks.push(word.len());
                } else {
                    word.push(c);
                }
            }
            exceptions.insert(word.to_lowercase(), breaks);
        }
        Ok(Hyphenator {
            patterns,
            exceptions,
            names: false,
            words: true,
        })
    }

    /// Byte offsets in `word` after which a hyphen may be inserted. Empty for short
    /// words, capitalised words (unless `names`, or the word opens a sentence, where a
    /// capital says nothing about a name) and anything that is not a plain run of letters.
    pub fn breaks(&self, word: &str, opens_sentence: bool) -> Vec<usize> {
        let letters = word.chars().count();
        if !self.words || letters < MIN_WORD || !word.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !self.names && !opens_sentence {
            return Vec::new();
        }
        let breaks = match self.exceptions.get(&word.to_lowercase()) {
            Some(b) => b.clone(),
            None => self.patterns.hyphenate(word).breaks,
        };
        breaks
            .into_iter()
            .filter(|&b| {
                word[..b].chars().count() >= MIN_PART && word[b..].chars().count() >= MIN_PART
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_another_language_takes_no_hyphen() {
        let mut h = Hyphenator::new().unwrap();
        assert!(!h.breaks("hyphenation", false).is_empty());
        h.words = false;
        assert!(h.breaks("hyphenation", false).is_empty());
    }

    fn show(h: &Hyphenator, w: &str) -> String {
        let mut out = String::new();
        let b = h.breaks(w, false);
        for (i, c) in w.char_indices() {
            if b.contains(&i) {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn exceptions_fix_bad_pattern_breaks() {
        let mut h = Hyphenator::new().unwrap();
        h.names = true;
        assert_eq!(show(&h, "democratic"), "demo-cratic");
        assert_eq!(show(&h, "Kornilov"), "Kor-nilov");
        assert_eq!(show(&h, "Kronstadt"), "Kron-stadt");
        assert_eq!(show(&h, "revolutionary"), "rev-o-lu-tion-ary");
    }

    #[test]
    fn names_and_short_ends_are_not_broken() {
        let h = Hyphenator::new().unwrap();
        assert!(h.breaks("Kornilov", false).is_empty());
        assert!(h.breaks("October", false).is_empty());
        assert!(!h.breaks("Homosexuality", true).is_empty());
        for w in ["revolutionary", "democratic", "government", "enormous", "abolition"] {
            for b in h.breaks(w, false) {
                assert!(b >= 3 && w.len() - b >= 3, "{}", show(&h, w));
            }
        }
    }

    #[test]
    fn hard_hyphen_words_are_left_alone() {
        let h = Hyphenator::new().unwrap();
        assert!(h.breaks("counter-revolution", false).is_empty());
    }
}
