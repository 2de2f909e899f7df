//! Typographic punctuation, made once for every path into the book.
//!
//! Takes an assembled [`Article`] or [`Section`] (cleaned from scraped text or read from
//! Markdown, which is read without smart punctuation so both paths agree) and returns it
//! with straight quotes curled, `--`/`---` as dashes and `...` as an ellipsis. Quotes are
//! decided by the characters on both sides, across inline markup, so `"*Pravda*"` curls
//! the right way. A straight quote with a space on both sides cannot be decided and is
//! left straight, for `anthology check` to report.

use crate::model::{Article, Block, Footnote, Inline, Section};

/// Makes the punctuation of every text of an article typographic.
pub fn article(article: &mut Article) {
    let m = &mut article.meta;
    m.title = smarten(&m.title);
    for text in [&mut m.standfirst, &mut m.author, &mut m.bio].into_iter().flatten() {
        *text = smarten(text);
    }
    blocks(&mut article.blocks);
    footnotes(&mut article.footnotes);
}

/// Makes the punctuation of the introduction typographic.
pub fn section(section: &mut Section) {
    section.title = smarten(&section.title);
    blocks(&mut section.blocks);
    footnotes(&mut section.footnotes);
}

fn blocks(blocks: &mut [Block]) {
    for block in blocks {
        match block {
            Block::Paragraph { content, .. }
            | Block::Heading { content, .. }
            | Block::Caption { content, .. } => inlines(content),
            Block::Quote { paragraphs, .. } | Block::List { items: paragraphs, .. } => paragraphs.iter_mut().for_each(|p| inlines(p)),
            Block::Sources { title, items, .. } => {
                *title = smarten(title);
                items.iter_mut().for_each(|i| inlines(i));
            }
            Block::Table { table, .. } => table.runs_mut().for_each(|c| inlines(c)),
            // Code keeps its straight quotes, hyphens and dots as written.
            Block::Code { .. } => {}
        }
    }
}

fn footnotes(notes: &mut [Footnote]) {
    notes.iter_mut().for_each(|n| inlines(&mut n.content));
}

/// Smartens a run of inlines as one text, so a quote sees its neighbours across markup.
fn inlines(content: &mut [Inline]) {
    let mut texts = Vec::new();
    collect(content, &mut texts);
    let joined: String = texts.iter().map(|t| t.as_str()).collect();
    let chars: Vec<char> = joined.chars().collect();
    let mut at = 0;
    for text in texts {
        let len = text.chars().count();
        *text = smarten_range(&chars, at, at + len);
        at += len;
    }
}

fn collect<'a>(content: &'a mut [Inline], out: &mut Vec<&'a mut String>) {
    for inline in content {
        match inline {
            Inline::Text(t) => out.push(t),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } | Inline::Lang { content: c, .. } => {
                collect(c, out)
            }
            Inline::NoteRef(_) | Inline::Anchor(_) => {}
        }
    }
}

/// The typographic form of one standalone text.
pub fn smarten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    smarten_range(&chars, 0, chars.len())
}

/// Smartens `chars[from..to]`, looking at the characters around it for context.
fn smarten_range(chars: &[char], from: usize, to: usize) -> String {
    let mut out = String::with_capacity(to - from);
    let mut i = from;
    while i < to {
        let (before, after) = (i.checked_sub(1).map(|j| chars[j]), chars.get(i + 1).copied());
        match chars[i] {
            '"' => out.push(double(before, after)),
            '\'' => out.push(single(before, after)),
            '-' if after == Some('-') => {
                let run = chars[i..to].iter().take_while(|&&c| c == '-').count();
                let between_digits = run == 2
                    && before.is_some_and(|c| c.is_ascii_digit())
                    && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit());
                match run {
                    2 if between_digits => out.push('–'),
                    2 | 3 => out.push('—'),
                    // A longer run is a rule line from the web page, not a dash: left for `check`.
                    _ => out.extend(std::iter::repeat_n('-', run)),
                }
                i += run - 1;
            }
            '.' if chars.get(i + 1) == Some(&'.') && chars.get(i + 2) == Some(&'.') && i + 2 < to => {
                out.push('…');
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// True for what may stand before an opening quote: nothing, a space, an opening bracket
/// or a dash.
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘'))
}

fn double(before: Option<char>, after: Option<char>) -> char {
    let space_after = after.is_none_or(char::is_whitespace);
    match (opens_after(before), space_after) {
        (true, false) => '“',
        (false, _) => '”',
        // A space (or nothing) on both sides: an opening or closing quote? Left for `check`.
        (true, true) => '"',
    }
}

fn single(before: Option<char>, after: Option<char>) -> char {
    let space_after = after.is_none_or(char::is_whitespace);
    // An elision before a number ('90s) or of a word's start ('tis) is an apostrophe.
    let elision = after.is_some_and(|c| c.is_ascii_digit());
    match (opens_after(before), space_after) {
        (true, false) if !elision => '‘',
        (true, true) if before.is_some() => '\'',
        _ => '’',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_curl_by_context() {
        assert_eq!(smarten(r#"He said "no" and 'yes'."#), "He said “no” and ‘yes’.");
        assert_eq!(smarten("It's the workers' party"), "It’s the workers’ party");
        assert_eq!(smarten("in the '90s"), "in the ’90s");
        assert_eq!(smarten(r#"("quoted")"#), "(“quoted”)");
    }

    #[test]
    fn dashes_and_ellipses() {
        assert_eq!(smarten("war -- and peace"), "war — and peace");
        assert_eq!(smarten("pages 10--12"), "pages 10–12");
        assert_eq!(smarten("wait---what... so"), "wait—what… so");
        assert_eq!(smarten("a ---- b"), "a ---- b");
    }

    #[test]
    fn undecidable_quotes_stay_straight() {
        assert_eq!(smarten(r#"a " b"#), r#"a " b"#);
    }

    #[test]
    fn quotes_see_across_markup() {
        let mut content = vec![
            Inline::Text("read \"".into()),
            Inline::Emphasis(vec![Inline::Text("Pravda".into())]),
            Inline::Text("\" daily".into()),
        ];
        inlines(&mut content);
        assert_eq!(crate::model::plain_text(&content), "read “Pravda” daily");
    }

    #[test]
    fn typographic_text_is_left_alone() {
        assert_eq!(smarten("“Done” — it’s…"), "“Done” — it’s…");
    }
}
