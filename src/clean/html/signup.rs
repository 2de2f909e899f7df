//! A sign-up box the page sets inside the article: a heading that asks the reader to
//! subscribe ("Sign up for the Ledger's free newsletters", "Subscribe to The Ledger",
//! "Newsletter Signup") and the short pitch under it ("Get the day's headlines delivered to
//! your inbox", "You have been successfully subscribed!"). The extractor keeps them when the
//! box stands between the article's paragraphs; the form itself never reaches the text.
//!
//! Takes the body's blocks; returns them without the boxes, whose lines go to the report.

use std::sync::LazyLock;

use regex::Regex;

use super::SetAside;
use crate::clean::chrome;
use crate::model::{ArticleMeta, Block};

/// More words than a sign-up heading has.
const HEADING_WORDS: usize = 12;
/// More words than a sign-up box's pitch has.
const PITCH_WORDS: usize = 30;
/// A form's consent to its terms stands within so many lines under the box's heading.
const PITCH_LINES: usize = 3;

/// A heading that names what the reader would sign up for without asking in so many words:
/// "Newsletter Signup", "Breaking News Emails", "Keep up with the Daily newsletter".
static SIGNUP_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:newsletters?|sign[- ]?up|subscribe|subscription|e-?mails)\b").unwrap());

/// A pitch's words: what the subscription brings and where ("delivered to your inbox",
/// "Stay up to date on …", "Never miss …"), or the form's own messages ("You have been
/// successfully subscribed!").
static PITCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\binbox\b|\bdelivered\b|\bstay up to date\b|\bkeep up with\b|\bsubscri(?:be|bed|bing|ption)\b|\bsign(?:ing)? up\b|\b(?:don'?t|never) miss\b").unwrap()
});

/// The marks a quotation opens on.
const QUOTE_MARKS: [char; 6] = ['"', '\'', '‘', '“', '«', '„'];

/// Takes out each sign-up box: the heading that asks, and the short paragraphs under it
/// that pitch (the first one whatever it says, when the heading asks in so many words).
pub(super) fn take_boxes(body: Vec<Block>, meta: &ArticleMeta, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let mut boxed = vec![false; body.len()];
    for (i, block) in body.iter().enumerate() {
        let Block::Heading { .. } = block else { continue };
        let heading = block.plain_text();
        if heading.split_whitespace().count() > HEADING_WORDS {
            continue;
        }
        let short = |b: &Block| {
            let text = b.plain_text();
            matches!(b, Block::Paragraph { .. }) && text.split_whitespace().count() <= PITCH_WORDS && !text.trim_end().ends_with(':')
        };
        let pitch = |b: &Block| short(b) && PITCH.is_match(&b.plain_text());
        // A heading over a form's consent to its terms, a pitch or two between, heads
        // the form's box whatever it offers ("Want more industry news?").
        let consent = |b: &Block| matches!(b, Block::Paragraph { .. }) && chrome::is_signup_consent(&b.plain_text());
        let consent_at = (i + 1..body.len().min(i + 1 + PITCH_LINES)).take_while(|&k| consent(&body[k]) || pitch(&body[k])).find(|&k| consent(&body[k]));
        let asks = asks_to_subscribe(&heading, meta.publication.as_deref());
        if !asks && consent_at.is_none() && !SIGNUP_WORDS.is_match(&heading) {
            continue;
        }
        let mut end = consent_at.map_or(i + 1, |k| k + 1);
        if consent_at.is_some() || body.get(end).is_some_and(|b| if asks { short(b) } else { pitch(b) }) {
            end += usize::from(consent_at.is_none());
            while body.get(end).is_some_and(pitch) {
                end += 1;
            }
        }
        // (A heading only naming newsletters, with no pitch under it, heads a section. So
        // does one quoting its section's speaker over a box whose own heading was left out:
        // "'Ends recession debate': the accountants' economist".)
        let quoting = !SIGNUP_WORDS.is_match(&heading) && heading.trim_start().starts_with(QUOTE_MARKS);
        if asks || end > i + 1 {
            boxed[i + usize::from(quoting)..end].iter_mut().for_each(|b| *b = true);
        }
    }
    let mut kept = Vec::with_capacity(body.len());
    for (block, boxed) in body.into_iter().zip(boxed) {
        if boxed {
            aside.push((block.plain_text(), "signup-box", "a box asking the reader to subscribe, and its pitch".into()));
        } else {
            kept.push(block);
        }
    }
    kept
}

/// Whether a heading asks the reader to subscribe in so many words: a call to sign up for
/// a newsletter, or to subscribe to the publication itself ("Subscribe to The Ledger").
fn asks_to_subscribe(heading: &str, publication: Option<&str>) -> bool {
    let appeal = chrome::furniture(heading).is_some_and(|(rule, _)| rule == "appeal");
    let to_the_publication = publication.is_some_and(|p| {
        let lower = heading.trim().trim_end_matches(['.', '!']).to_lowercase();
        let name = lower.strip_prefix("subscribe to ").map(|n| n.strip_prefix("the ").unwrap_or(n));
        let p = p.to_lowercase();
        name.is_some_and(|n| n == p || n == p.strip_prefix("the ").unwrap_or(&p))
    });
    appeal || to_the_publication
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::html::test_blocks::{paragraph, text};

    fn heading(s: &str) -> Block {
        Block::Heading { id: String::new(), level: 2, content: vec![text(s)] }
    }

    const BEFORE: &str = "The ferry ran late all week, and the harbour master blamed the new timetable for it.";
    const AFTER: &str = "She said the crossings would run on time again by the spring, when the second boat is back.";

    fn taken(blocks: Vec<Block>, publication: Option<&str>) -> (Vec<String>, Vec<String>) {
        let meta = ArticleMeta { publication: publication.map(str::to_string), ..Default::default() };
        let mut aside = Vec::new();
        let kept = take_boxes(blocks, &meta, &mut aside);
        (kept.iter().map(Block::plain_text).collect(), aside.into_iter().map(|(t, _, _)| t).collect())
    }

    #[test]
    fn a_box_asking_for_the_newsletter_goes_with_its_pitch() {
        let (kept, gone) = taken(
            vec![
                paragraph(vec![text(BEFORE)]),
                heading("Sign up for the Ledger's Free Newsletters"),
                paragraph(vec![text("From our morning briefing to a weekly digest, the best of the Ledger.")]),
                paragraph(vec![text(AFTER)]),
            ],
            None,
        );
        assert_eq!(kept, [BEFORE, AFTER]);
        assert_eq!(gone.len(), 2);
    }

    #[test]
    fn subscribing_to_the_publication_itself_is_a_box() {
        let blocks = || vec![paragraph(vec![text(BEFORE)]), heading("Subscribe to The Ledger"), paragraph(vec![text("Escape the noise. Get the facts.")]), paragraph(vec![text(AFTER)])];
        assert_eq!(taken(blocks(), Some("The Ledger")).0, [BEFORE, AFTER]);
        // (Another name is a section on a magazine to take.)
        assert_eq!(taken(blocks(), Some("Harbour Weekly")).0.len(), 4);
    }

    #[test]
    fn a_heading_naming_emails_is_a_box_only_over_a_pitch() {
        let boxed = vec![
            heading("Harbour News Emails"),
            paragraph(vec![text("Get the harbour's news and stories, delivered weekday mornings.")]),
            paragraph(vec![text("You have been successfully subscribed!")]),
            paragraph(vec![text(AFTER)]),
        ];
        assert_eq!(taken(boxed, None).0, [AFTER]);
        let section = vec![heading("Writing the newsletter"), paragraph(vec![text("Keep it short and plain.")]), paragraph(vec![text(AFTER)])];
        assert_eq!(taken(section, None).0.len(), 3);
    }

    #[test]
    fn a_heading_over_a_forms_consent_to_its_terms_heads_the_box_whatever_it_offers() {
        let consent = "By signing up, you agree to our Privacy Policy & Terms and Conditions.";
        let (kept, gone) = taken(vec![paragraph(vec![text(BEFORE)]), heading("Want more harbour news?"), paragraph(vec![text(consent)]), heading("Our harbour reports"), paragraph(vec![text(AFTER)])], None);
        assert_eq!(kept, [BEFORE, "Our harbour reports", AFTER]);
        assert_eq!(gone, ["Want more harbour news?", consent]);
        // (A short pitch between.)
        let offer = "Sign up to get the latest from the quay every Friday.";
        let terms = "By submitting your email, you agree to the Velmora Gazette's privacy policy.";
        let (kept, gone) = taken(vec![heading("Want more harbour news?"), paragraph(vec![text(offer)]), paragraph(vec![text(terms)]), paragraph(vec![text(AFTER)])], None);
        assert_eq!(kept, [AFTER]);
        assert_eq!(gone, ["Want more harbour news?", offer, terms]);
        // Not past a section's paragraph of text.
        let (kept, _) = taken(vec![heading("Harbour news"), paragraph(vec![text(AFTER)]), paragraph(vec![text(consent)])], None);
        assert_eq!(kept, ["Harbour news", AFTER, consent]);
        // A heading quoting its section's speaker stays over its text; the consent goes.
        let (kept, gone) = taken(vec![heading("‘Wages will follow’: Velmora Bank"), paragraph(vec![text(consent)]), paragraph(vec![text(AFTER)])], None);
        assert_eq!(kept, ["‘Wages will follow’: Velmora Bank", AFTER]);
        assert_eq!(gone, [consent]);
        let (_, gone) = taken(vec![heading("“Sign up for the harbour letter”"), paragraph(vec![text(consent)]), paragraph(vec![text(AFTER)])], None);
        assert_eq!(gone.len(), 2, "a quoted call to sign up is the box's");
        // A question heading a section stays.
        assert_eq!(taken(vec![heading("Want more harbour news?"), paragraph(vec![text(AFTER)])], None).0.len(), 2);
    }

    #[test]
    fn a_long_paragraph_under_the_heading_is_the_text_again() {
        let long = format!("{BEFORE} {AFTER}");
        let (kept, gone) = taken(vec![heading("Subscribe to our newsletter"), paragraph(vec![text(&long)])], None);
        assert_eq!(kept, [long]);
        assert_eq!(gone, ["Subscribe to our newsletter"]);
    }
}
