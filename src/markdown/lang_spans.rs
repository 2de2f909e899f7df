//! Language spans in the Markdown: `[dvoevlastie]{lang=ru-Latn}` (Pandoc's bracketed
//! span with a `lang` attribute) marks a passage in another language.
//!
//! pulldown-cmark has no such syntax and hands the brackets through as text; this pass
//! takes the blocks and notes it read and returns them with each such span turned into
//! an [`Inline::Lang`]. Brackets that do not close with `]{lang=TAG}` stay text.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Block, Footnote, Inline};

/// The closing half: `]{lang=TAG}`, the tag optionally quoted (smart punctuation may
/// have curled the quotes).
static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\]\{lang=["“”']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)["“”']?\}"#)
        .expect("valid pattern")
});

/// Marks the language spans in every block and note.
pub fn mark_blocks(blocks: &mut [Block], notes: &mut [Footnote]) {
    for b in blocks {
        match b {
            Block::Paragraph { content, .. }
            | Block::Heading { content, .. }
            | Block::Caption { content, .. } => mark_in_place(content),
            Block::Quote { paragraphs: ps, .. } | Block::Sources { items: ps, .. } | Block::List { items: ps, .. } => {
                ps.iter_mut().for_each(mark_in_place)
            }
            Block::Table { table, .. } => table.runs_mut().for_each(mark_in_place),
            Block::Code { .. } => {}
        }
    }
    for n in notes {
        mark_in_place(&mut n.content);
    }
}

fn mark_in_place(inlines: &mut Vec<Inline>) {
    *inlines = mark(std::mem::take(inlines));
}

/// An inline, or an opening bracket waiting for its `]{lang=…}`.
enum Piece {
    Inline(Inline),
    Open,
}

/// The inlines with every matched `[…]{lang=TAG}` made a [`Inline::Lang`].
fn mark(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Piece> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for inline in inlines {
        let inline = match inline {
            Inline::Emphasis(c) => Inline::Emphasis(mark(c)),
            Inline::Strong(c) => Inline::Strong(mark(c)),
            Inline::Link { url, content } => Inline::Link {
                url,
                content: mark(content),
            },
            Inline::Lang { lang, content } => Inline::Lang {
                lang,
                content: mark(content),
            },
            Inline::Text(t) => {
                split_text(&t, &mut out, &mut open);
                continue;
            }
            other => other,
        };
        out.push(Piece::Inline(inline));
    }
    let mut merged = Vec::new();
    for piece in out {
        let inline = match piece {
            Piece::Inline(i) => i,
            Piece::Open => Inline::Text("[".into()),
        };
        match (merged.last_mut(), inline) {
            (Some(Inline::Text(prev)), Inline::Text(next)) => prev.push_str(&next),
            (_, inline) => merged.push(inline),
        }
    }
    merged
}

/// Splits a text node at brackets, closing spans as their `]{lang=…}` arrives.
fn split_text(text: &str, out: &mut Vec<Piece>, open: &mut Vec<usize>) {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '[' {
            flush(&mut plain, out);
            open.push(out.len());
            out.push(Piece::Open);
            rest = &rest[1..];
            continue;
        }
        if c == ']' {
            if let (Some(m), Some(&start)) = (CLOSE.captures(rest), open.last()) {
                flush(&mut plain, out);
                open.pop();
                let content: Vec<Inline> = out
                    .drain(start..)
                    .skip(1)
                    .map(|p| match p {
                        Piece::Inline(i) => i,
                        Piece::Open => Inline::Text("[".into()),
                    })
                    .collect();
                // Openings inside the span that never closed were drained with it.
                open.retain(|&k| k < start);
                let lang = m[1].to_string();
                out.push(Piece::Inline(Inline::Lang {
                    lang,
                    content: mark(content),
                }));
                rest = &rest[m[0].len()..];
                continue;
            }
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut plain, out);
}

fn flush(plain: &mut String, out: &mut Vec<Piece>) {
    if !plain.is_empty() {
        out.push(Piece::Inline(Inline::Text(std::mem::take(plain))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn a_bracketed_span_with_lang_becomes_a_language_span() {
        let got = mark(vec![t("the [dvoevlastie]{lang=ru-Latn} of 1917")]);
        assert_eq!(
            got,
            vec![
                t("the "),
                Inline::Lang {
                    lang: "ru-Latn".into(),
                    content: vec![t("dvoevlastie")]
                },
                t(" of 1917"),
            ]
        );
    }

    #[test]
    fn spans_may_hold_emphasis_and_other_brackets_stay_text() {
        let got = mark(vec![
            t("[a] and ["),
            Inline::Emphasis(vec![t("Vsya vlast' sovetam")]),
            t("]{lang=“ru-Latn”}!"),
        ]);
        assert_eq!(
            got,
            vec![
                t("[a] and "),
                Inline::Lang {
                    lang: "ru-Latn".into(),
                    content: vec![Inline::Emphasis(vec![t("Vsya vlast' sovetam")])],
                },
                t("!"),
            ]
        );
        assert_eq!(
            mark(vec![t("x [y]{lang=} z [")]),
            vec![t("x [y]{lang=} z [")]
        );
    }
}
