//! Collation keys in the Chicago Manual of Style manner: case and accents folded
//! ("Émile" with "Emile"), a leading article ignored ("The Times", "Times, The" under T), numbers before
//! letters and in numeric order ("2nd" before "10th"), and either word-by-word ("New York"
//! before "Newark") or letter-by-letter ("Newark" before "New York") ordering, where the
//! part before a comma always sorts first ("Lenin, Vladimir" before "Lenin Prize").
//!
//! Keys are plain strings compared bytewise: `' '` separates the inverted part at a
//! comma, `'_'` separates words (both sort before digits and letters).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::curate::SortMode;

/// Width digit runs are padded to, so that numbers compare by value.
const NUMBER_WIDTH: usize = 10;

/// The collation key of a heading.
pub fn sort_key(heading: &str, mode: SortMode) -> String {
    let folded = fold(heading);
    let text = strip_article(&folded);
    let mut parts = text.splitn(2, ',');
    let head = words(parts.next().unwrap_or(""), mode);
    match parts.next() {
        Some(rest) => format!("{head} {}", words(rest, mode)),
        None => head,
    }
}

/// Lowercase, accents removed, ligatures spelled out.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'ł' => out.push('l'),
            'þ' => out.push_str("th"),
            _ => out.push(c),
        }
    }
    out
}

/// "the times" and "times, the" -> "times"; a heading that is only "The" stays.
fn strip_article(s: &str) -> &str {
    for (lead, trail) in [("the ", ", the"), ("a ", ", a"), ("an ", ", an")] {
        if let Some(rest) = s.strip_prefix(lead).or_else(|| s.strip_suffix(trail)) {
            if !rest.trim().is_empty() {
                return rest;
            }
        }
    }
    s
}

/// The words of `s` (letters and padded numbers), joined by `_` or run together.
fn words(s: &str, mode: SortMode) -> String {
    let sep = match mode {
        SortMode::WordByWord => "_",
        SortMode::LetterByLetter => "",
    };
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|w| pad_numbers(&w))
        .collect::<Vec<_>>()
        .join(sep)
}

/// Left-pads each digit run with zeros so "9" sorts before "10".
fn pad_numbers(w: &str) -> String {
    let mut out = String::with_capacity(w.len() + NUMBER_WIDTH);
    let mut digits = String::new();
    for c in w.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.extend(std::iter::repeat_n(
                '0',
                NUMBER_WIDTH.saturating_sub(digits.len()),
            ));
            out.push_str(&digits);
            digits.clear();
        }
        if c != ' ' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mode: SortMode, headings: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = headings.iter().map(|s| s.to_string()).collect();
        v.sort_by_key(|h| sort_key(h, mode));
        v
    }

    #[test]
    fn word_by_word_and_letter_by_letter() {
        let h = ["Newark", "New York", "Newton, Isaac", "New Deal"];
        assert_eq!(
            sorted(SortMode::WordByWord, &h),
            ["New Deal", "New York", "Newark", "Newton, Isaac"]
        );
        assert_eq!(
            sorted(SortMode::LetterByLetter, &h),
            ["Newark", "New Deal", "Newton, Isaac", "New York"]
        );
    }

    #[test]
    fn articles_accents_numbers_and_commas() {
        let h = [
            "The Times",
            "Tilly",
            "Thames, The",
            "Émile",
            "Ellis",
            "10th Army",
            "2nd Army",
            "Lenin Prize",
            "Lenin, Vladimir",
        ];
        assert_eq!(
            sorted(SortMode::WordByWord, &h),
            [
                "2nd Army",
                "10th Army",
                "Ellis",
                "Émile",
                "Lenin, Vladimir",
                "Lenin Prize",
                "Thames, The",
                "Tilly",
                "The Times"
            ]
        );
    }
}
