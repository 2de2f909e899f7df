//! Tokenises the book's indexable text: every `Inline::Text` of the articles' paragraphs,
//! headings, quotes and captions becomes a run of word [`Token`]s that remember where they
//! stand (text node and byte offset) and how they relate to their neighbours (sentence
//! start, joined to the previous word by spaces only).
//!
//! Bibliographies (`Block::Sources`) are not indexed: an index points into the text.

use crate::model::{Block, Book, Inline};

/// One word of the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// The word as written (apostrophes straightened).
    pub text: String,
    /// The word without a possessive ending (`Lenin’s` -> `Lenin`), lowercased.
    pub key: String,
    /// Whether the word carried a possessive ending (a name ends there).
    pub possessive: bool,
    /// Index into [`Corpus::nodes`].
    pub node: usize,
    /// Byte offset of the word in its text node.
    pub start: usize,
    /// The word opens a sentence (or block), so its capital says nothing.
    pub sentence_start: bool,
    /// Only spaces separate it from the previous token of the same text node.
    pub joined: bool,
    /// It stands in running text (paragraph, quote, caption), where terms are proposed.
    pub running: bool,
}

impl Token {
    /// Starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Where a text node sits: article, block, and its rank among the block's text nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeAt {
    pub article: usize,
    pub block: usize,
    pub ordinal: usize,
}

/// The tokenised book.
#[derive(Debug, Default)]
pub struct Corpus {
    pub tokens: Vec<Token>,
    pub nodes: Vec<NodeAt>,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "st", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "mt", "jr", "sr", "rev", "prof", "sgt",
    "capt",
];

/// Tokenises every indexable text node of the book, in reading order.
pub fn scan(book: &Book) -> Corpus {
    let mut corpus = Corpus::default();
    for (a, article) in book.articles.iter().enumerate() {
        for (b, block) in article.blocks.iter().enumerate() {
            let running = !matches!(block, Block::Heading { .. });
            let mut ordinal = 0;
            for_each_run(block, &mut |inlines| {
                let mut sentence_start = true;
                walk(inlines, &mut |text| {
                    let at = NodeAt {
                        article: a,
                        block: b,
                        ordinal,
                    };
                    ordinal += 1;
                    corpus.nodes.push(at);
                    let node = corpus.nodes.len() - 1;
                    tokenize(text, node, running, &mut sentence_start, &mut corpus.tokens);
                });
            });
        }
    }
    corpus
}

/// Calls `f` on each paragraph-like run of inlines of an indexable block.
pub fn for_each_run<'a>(block: &'a Block, f: &mut impl FnMut(&'a [Inline])) {
    match block {
        Block::Paragraph { content, .. }
        | Block::Heading { content, .. }
        | Block::Caption { content, .. } => f(content),
        Block::Quote { paragraphs, .. } => paragraphs.iter().for_each(|p| f(p)),
        Block::Sources { .. } => {}
    }
}

/// Visits the text nodes of `inlines` depth first, in reading order.
fn walk<'a>(inlines: &'a [Inline], f: &mut impl FnMut(&'a str)) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => f(t),
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Link { content: c, .. }
            | Inline::Lang { content: c, .. } => walk(c, f),
            Inline::NoteRef(_) | Inline::Anchor(_) => {}
        }
    }
}

/// Splits `text` into words; `sentence_start` carries across the text nodes of a run.
pub fn tokenize(
    text: &str,
    node: usize,
    running: bool,
    sentence_start: &mut bool,
    out: &mut Vec<Token>,
) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut gap_start = 0;
    let mut first = true;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let gap = &text[gap_start..chars[i].0];
        // A capital after a full stop, colon or opening quotation mark says nothing.
        if gap.contains(['.', '!', '?', ':', '…', '“', '‘', '"', '«']) {
            *sentence_start = true;
        }
        let joined = !first && gap.chars().all(char::is_whitespace);
        let start = i;
        // A word: letters and digits, with inner apostrophes, hyphens and dots ("U.S.").
        while i < chars.len() {
            let c = chars[i].1;
            let inner = matches!(c, '\'' | '’' | '-' | '.')
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner {
                i += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(i).map_or(text.len(), |(o, _)| *o);
        let mut word = text[chars[start].0..end].replace('’', "'");
        // An initial ("V.") or abbreviation ("St.") keeps its full stop.
        if chars.get(i).is_some_and(|(_, c)| *c == '.') {
            let lower = word.to_lowercase();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str()) {
                word.push('.');
                end += 1;
                i += 1;
            }
        }
        let (key, possessive) = strip_possessive(&word);
        out.push(Token {
            key: key.to_lowercase(),
            text: word,
            possessive,
            node,
            start: chars[start].0,
            sentence_start: *sentence_start,
            joined,
            running,
        });
        *sentence_start = false;
        first = false;
        gap_start = end;
    }
    if text[gap_start..].contains(['.', '!', '?', ':', '…']) {
        *sentence_start = true;
    }
}

/// `Lenin's` -> (`Lenin`, true); `workers'` is already stripped by the tokenizer.
fn strip_possessive(word: &str) -> (&str, bool) {
    match word.strip_suffix("'s").or_else(|| word.strip_suffix("'S")) {
        Some(stem) if !stem.is_empty() => (stem, true),
        _ => (word, false),
    }
}

/// Tokenises a term as the editor or the extractor wrote it: its word keys.
pub fn term_keys(term: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    tokenize(term, 0, true, &mut true, &mut tokens);
    tokens.into_iter().map(|t| t.key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        tokenize(text, 0, true, &mut true, &mut out);
        out
    }

    #[test]
    fn initials_abbreviations_and_possessives() {
        let t = words("Then V. I. Lenin’s party met in St. Petersburg. However, it");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Then",
                "V.",
                "I.",
                "Lenin's",
                "party",
                "met",
                "in",
                "St.",
                "Petersburg",
                "However",
                "it"
            ]
        );
        assert_eq!(t[3].key, "lenin");
        assert!(t[3].possessive);
        assert!(t[0].sentence_start && !t[1].sentence_start && !t[8].sentence_start);
        assert!(t[9].sentence_start, "after a full stop");
        assert!(!t[10].joined, "a comma separates");
    }
}
