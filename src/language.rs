//! The language an article is written in: what its text shows (the `whatlang` crate's
//! trigram detector, trusted only when it is sure), else what its source declares (a
//! CMS declares its default language for every page, whatever the page's own).
//!
//! An anthology may gather articles in several languages. The language decides the
//! chapter's `lang` in the EPUB (what a screen reader pronounces), whether the print
//! edition hyphenates it (the embedded patterns are English), and whether the chronology
//! and the index, whose rules read English, propose from it.

use whatlang::Lang;

use crate::model::{Article, Block};

/// Enough text to tell a language: the detector is sure long before this.
const SAMPLE_CHARS: usize = 2000;

/// The article's prose the detector reads: enough of it to tell a language.
pub fn sample(article: &Article) -> String {
    let mut sample = String::new();
    for block in &article.blocks {
        // Its prose, wherever it stands: some pages are all lists.
        if let Block::Paragraph { .. } | Block::Quote { .. } | Block::List { .. } | Block::Heading { .. } = block {
            sample.push_str(&block.plain_text());
            sample.push('\n');
            if sample.len() >= SAMPLE_CHARS {
                break;
            }
        }
    }
    sample
}

/// The language `sample` is in, as an ISO 639-1 code, when the detector is sure and the
/// language has such a code; `None` for too little or mixed text.
pub fn detect(sample: &str) -> Option<String> {
    let info = whatlang::detect(sample).filter(|i| i.is_reliable())?;
    iso_639_1(info.lang()).map(str::to_string)
}

/// The language of an article: its own (declared or detected), else the book's. One
/// that shares the book's language subtag is the book's, more exactly ("en" in an
/// "en-GB" book is "en-GB").
pub fn of<'a>(article: Option<&'a str>, book: &'a str) -> &'a str {
    match article.filter(|a| !a.is_empty()) {
        Some(a) if primary(a) != primary(book) => a,
        _ => book,
    }
}

/// Whether an article of a book in `book_language` is in English: the chronology and
/// the index read its text only then.
pub fn reads_english(article: &Article, book_language: &str) -> bool {
    is_english(of(article.meta.language.as_deref(), book_language))
}

/// Whether a language tag names English, the language of the hyphenation patterns and
/// of the chronology's and the index's rules.
pub fn is_english(tag: &str) -> bool {
    primary(tag) == "en"
}

/// A tag's language subtag, lowercased ("en-GB" -> "en", "pt_BR" -> "pt").
fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

/// The two-letter code of the languages the detector tells apart (Mandarin is "zh";
/// Akan has none the detector could be trusted with).
fn iso_639_1(lang: Lang) -> Option<&'static str> {
    use Lang::*;
    Some(match lang {
        Epo => "eo", Eng => "en", Rus => "ru", Cmn => "zh", Spa => "es", Por => "pt", Ita => "it",
        Ben => "bn", Fra => "fr", Deu => "de", Ukr => "uk", Kat => "ka", Ara => "ar", Hin => "hi",
        Jpn => "ja", Heb => "he", Yid => "yi", Pol => "pl", Amh => "am", Jav => "jv", Kor => "ko",
        Nob => "nb", Dan => "da", Swe => "sv", Fin => "fi", Tur => "tr", Nld => "nl", Hun => "hu",
        Ces => "cs", Ell => "el", Bul => "bg", Bel => "be", Mar => "mr", Kan => "kn", Ron => "ro",
        Slv => "sl", Hrv => "hr", Srp => "sr", Mkd => "mk", Lit => "lt", Lav => "lv", Est => "et",
        Tam => "ta", Vie => "vi", Urd => "ur", Tha => "th", Guj => "gu", Uzb => "uz", Pan => "pa",
        Aze => "az", Ind => "id", Tel => "te", Pes => "fa", Mal => "ml", Ori => "or", Mya => "my",
        Nep => "ne", Sin => "si", Khm => "km", Tuk => "tk", Zul => "zu", Sna => "sn", Afr => "af",
        Lat => "la", Slk => "sk", Cat => "ca", Tgl => "tl", Hye => "hy",
        Aka => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "ch01".into(),
            source: "a.txt".into(),
            meta: Default::default(),
            blocks: paragraphs
                .iter()
                .map(|p| Block::Paragraph { id: String::new(), content: vec![Inline::Text(p.to_string())] })
                .collect(),
            footnotes: Vec::new(),
            report: Default::default(),
        }
    }

    #[test]
    fn the_text_tells_its_language_when_there_is_enough_of_it() {
        let german = article(&["Die Stadtverwaltung hat am Montag beschlossen, die Brücke über den Fluss zu sanieren. \
            Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des Jahres dauern, teilte der Bürgermeister mit."]);
        assert_eq!(detect(&sample(&german)).as_deref(), Some("de"));
        let english = article(&["The council decided on Monday to repair the bridge over the river. The work is to \
            begin in the spring and to last until the end of the year, the mayor said."]);
        assert_eq!(detect(&sample(&english)).as_deref(), Some("en"));
        assert_eq!(detect(&sample(&article(&["OK"]))), None);
    }

    #[test]
    fn an_article_in_the_books_language_takes_the_books_exact_tag() {
        assert_eq!(of(Some("en"), "en-GB"), "en-GB");
        assert_eq!(of(Some("de-AT"), "en-GB"), "de-AT");
        assert_eq!(of(None, "en-GB"), "en-GB");
        assert!(is_english("en-US") && is_english("EN") && !is_english("de"));
    }
}
