//! Escaping untrusted text for XHTML and OPF, and the shared document shell.
//!
//! Takes strings from the model (scraped, so untrusted) and returns text that is always
//! well-formed XML: markup characters escaped by quick-xml, and characters XML or HTML
//! forbid (C0/C1 controls, noncharacters) replaced by U+FFFD so nothing vanishes silently.

use std::borrow::Cow;

/// `text` escaped for element content or a double-quoted attribute value.
pub fn esc(text: &str) -> String {
    let clean: Cow<str> = if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(|c| if allowed(c) { c } else { '\u{FFFD}' }).collect())
    };
    quick_xml::escape::escape(clean.as_ref()).into_owned()
}

/// Whether `c` may appear in an XHTML content document (XML 1.0 `Char` minus HTML's
/// control characters and noncharacters).
fn allowed(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => false,
        '\u{FDD0}'..='\u{FDEF}' => false,
        c => (c as u32) & 0xFFFE != 0xFFFE,
    }
}

/// A string usable as an XML id (`NCName`-safe ASCII), derived from arbitrary text.
pub fn id_token(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        out.insert(0, 'x');
    }
    out
}

/// A model id as an element id or URL fragment: letters, digits and `-_.:` kept, anything
/// else (spaces, `#`, `%`, quotes) made `_`, so ids never break markup or links.
pub fn frag(id: &str) -> String {
    id.chars().map(|c| if c.is_alphanumeric() || "-_.:".contains(c) { c } else { '_' }).collect()
}

/// A complete XHTML content document around `body` (which includes the `<body>` element).
pub fn xhtml(lang: &str, title: &str, body: &str) -> String {
    let lang = esc(lang);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" \
         xml:lang=\"{lang}\" lang=\"{lang}\">\n<head>\n<meta charset=\"UTF-8\"/>\n\
         <title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"css/epub.css\"/>\n\
         </head>\n{body}</html>\n",
        esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(esc("<script>a & b ]]>"), "&lt;script&gt;a &amp; b ]]&gt;");
        assert_eq!(esc("a\u{1}b\u{85}c\u{FFFF}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        assert_eq!(esc("“curly” – dash\tok"), "“curly” – dash\tok");
    }

    #[test]
    fn id_tokens_are_names() {
        assert_eq!(id_token("iv"), "iv");
        assert_eq!(id_token("12"), "x12");
        assert_eq!(id_token("a b"), "a_b");
        assert_eq!(frag("ch01-p1"), "ch01-p1");
        assert_eq!(frag("a b#\"c"), "a_b__c");
    }
}
