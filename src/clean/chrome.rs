//! Site chrome: furniture of the web page around the article.
//!
//! Takes the line units; [`mark`] removes lines that are chrome by phrase (the shipped list
//! in [`super::phrases`]) or by shape (image file names, breadcrumbs, share bars, bullets of
//! links, reading times, comment counts); [`main_text`] keeps the densest run of prose (a
//! maximum-sum segment over the lines, in the spirit of jusText) and cuts the teasers that
//! follow a "Latest articles"/"Related posts" header.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::phrases::{AD_SLOTS, BUTTONS, CHROME, COMMENT_HEADERS, EMPTY_WIDGETS, FORMS, MEDIA_BUTTONS, MEDIA_PLAYER, POSTER_STATUS, RELATED, SOCIAL, SOCIAL_CALLS, STOP_WORDS};
use super::{remove, Role, Unit};
use crate::model::{ArticleMeta, CleanReport};

static ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:issue|no\.|number)\s*#?\s*(\d{1,5})\b").unwrap());
static ISSUE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:issue|no\.)\s*#?\s*\d{1,5}$").unwrap());
static PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:donation to|donate to|subscribe to|support)\s+((?:the\s+)?\p{Lu}[\p{L}’'!]*(?:\s+\p{Lu}[\p{L}’'!]*){0,3})\s*[.!]?$").unwrap()
});

/// The publication a subscription or donation appeal names: not "Our Mailing List" or "Your
/// Newsletter", which name the appeal's own list, feed or channel.
fn appeal_publication(text: &str) -> Option<String> {
    let name = PUBLICATION.captures(text)?.get(1)?.as_str().trim();
    let first = name.split_whitespace().next()?.to_lowercase();
    let last = name.split_whitespace().last()?.to_lowercase();
    let possessive = matches!(first.as_str(), "our" | "your" | "my" | "this" | "us");
    let a_list = matches!(last.as_str(), "list" | "newsletter" | "newsletters" | "channel" | "feed" | "podcast" | "alerts" | "updates" | "subscriptions");
    (!possessive && !a_list).then(|| name.to_string())
}
static IMAGE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\p{L}\d]+[ _-])*[\p{L}\d]*[-_](?:[a-z]-?)?\d+$|\.(?:jpe?g|png|gif|webp|svg)$").unwrap()
});
static READING_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d+\s*(?:min|minute)s?\b.{0,12}$").unwrap());
/// Whether a short line states a reading time ("14 min read", "Oct 15, 2015 · 18 min read").
pub(super) fn is_reading_time(text: &str) -> bool {
    READING_TIME.is_match(text) || text.split_whitespace().count() <= 12 && text.to_lowercase().contains("min read")
}

/// Counters, alone or in a row, maybe in brackets: "12 comments", "Views: 184", "1.2K views
/// • 30 likes", "(Visited 1,902 times, 364 visits today)".
static COUNTERS: LazyLock<Regex> = LazyLock::new(|| {
    const WHAT: &str = r"(?:comments?|responses?|replies|shares?|likes?|reactions?|views?|reads|hits|visits?(?:\s+today)?|participants)";
    const COUNT: &str = r"\d[\d.,]*\s*[km]?";
    // (A widget sets its count and its word in two elements, with no space between: "0Reactions".)
    let item = format!(r"(?:{COUNT}\s*{WHAT}|{WHAT}\s*:?\s*{COUNT}|(?:visited|viewed|read)\s+{COUNT}\s+times?(?:\s+today)?)");
    // A forum thread's counts run on with spaces alone, and may name the last poster: "6.5K
    // views 5 replies 5 participants last post by Ana Jun 5, 2024".
    let last = r"(?:\s+last\s+(?:post|reply)\s+by\s+.{1,80})?";
    Regex::new(&format!(r"(?i)^\(?{item}(?:\s*[•·|,]\s*{item}|\s+{item})*{last}\)?$")).unwrap()
});
/// A call to subscribe, follow, share or install the site's app, opening a paragraph of its
/// own ("Sign up to get the best of the week in your inbox", "Subscribe to our newsletter
/// and follow us on …", "Follow The Ledger on Twitter", "Download our app for iOS"), or to
/// send it letters, tips and stories ("Submit your letter to the editor via this form", "Got a
/// story? Get in touch with our news team"), or to read more of them ("For more stories like
/// this, check our news page").
static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:when|if|once) you (?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|inbox|e-?mails?|updates)\b|(?:sign up|subscribe|register)(?:\s+(?:now|today|here|free|for free))?\s+(?:to|for)\b.{0,200}\b(?:newsletters?|inbox|e-?mails?|updates|deals|alerts|content|briefings?|round-?ups?|digests?)\b|subscribe to our\b|join our (?:newsletter|mailing list)\b|(?:follow|like) us on\b|(?:follow|get)\b.{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|(?:for the latest .{0,80})?download (?:the|our)\b.{0,60}\bapps?\b|get the latest .{0,60}\bwith (?:the|our)\b.{0,40}\bapp\b|(?:got|have|do you have) (?:a|any) (?:news )?(?:story|tips?)(?: for us)?\s*\?\s*(?:get in touch|contact|e-?mail|call|send|let us know|tell us|write)\b|for more (?:stories|news|articles|coverage)\b.{0,60}\b(?:check|visit|see|head to|go to|read|follow)\b|sharing is caring\b|spread the (?:news|word)\s*[:!.]?\s*$|(?:submit|send)(?: us)? (?:your|a) (?:letters?|stor(?:y|ies)|tips?|news tips?|photos?|videos?|pictures?|questions?|events?)\b.{0,80}\b(?:form|here|online|below|page|e-?mail)\b|.{0,200}\bunsubscribe (?:at any time|anytime)\b)").unwrap()
});
/// A call to keep the site's address and sign up for its newsletters, anywhere in a short
/// paragraph ("Our website is the place for the latest news. Please bookmark example.com and
/// sign up for our newsletters here.", "…, so make sure to bookmark our homepage and sign up
/// for our newsletters").
static BOOKMARK_APPEAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbookmark\b.{0,80}\band\s+(?:sign\s+up|subscribe)\b.{0,60}\bnewsletters?\b").unwrap());
/// A subscription's offer saying what subscribing pays for, anywhere in a paragraph of a
/// sales pitch's length ("Get the Ledger for just $5. … Subscriptions help fund the work we do
/// every day.").
static SUBSCRIPTION_PITCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsubscriptions?\s+(?:help|helps|let us|allow us to)\s+(?:to\s+)?(?:fund|support|pay for|sustain)\s+(?:the|our)\s+(?:work|journalism|reporting)\b").unwrap()
});
/// An error message of the site's software printed into the page: PHP's "Warning:
/// mysql_connect(): Access denied … in /www/htdocs/wp-content/plugins/tags.php on line 299".
static SERVER_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:php\s+)?(?:strict standards|warning|notice|deprecated|(?:catchable )?fatal error|parse error)\s*:\s.{1,500}?\sin\s+\S+\.php\s+on\s+line\s+\d+\W*$").unwrap()
});

/// More words than a call to subscribe has.
const APPEAL_WORDS: usize = 30;
/// More words than the short sentence a call opens on has ("Never miss the news from the
/// Ledger. Sign up for our newsletters …").
const APPEAL_LEAD_WORDS: usize = 10;

/// A call to sign up, subscribe or install the app (after a short sentence of its own, a
/// call to follow a writer is the writer's contact line: "Ana Lima may be reached at ….
/// Follow her on …").
static SIGN_UP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:sign up|subscribe|register|join|download (?:the|our))\b").unwrap());

/// What follows a paragraph's short first sentence or phrase before a colon (the whole text
/// when it has none): "Get the most out of your experience: download the app …".
fn after_a_lead(text: &str) -> &str {
    let end = text.char_indices().find(|&(i, c)| matches!(c, '.' | '!' | '?' | ':') && text[i + 1..].starts_with(' '));
    match end {
        Some((i, _)) if text[..i].split_whitespace().count() <= APPEAL_LEAD_WORDS => text[i + 1..].trim_start(),
        _ => text,
    }
}
/// A photo caption or credit set between paragraphs: "Photograph: X", "Photo by X / Getty",
/// "... (Photo: X)".
pub(super) static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo(?:graph(?:y|s)?)?s?|image|picture|illustrations?|credit|caption)\s*(?::|by\b)|^\W*courtesy\s+(?:of\s+)?(?-i:\p{Lu})[^.!?]{0,40}$|\((?:photo(?:graph)?|image|picture|illustration)s?\s*(?::|by\b)[^()]*\)$|\b(?:photo(?:graph)?|image):?\s.{0,60}(?:/|\bvia\b)\s*(?:getty|reuters|ap|afp|shutterstock|alamy|epa|pa)\b|\([^()]{2,60}/\s*(?:getty|reuters|ap|afp|shutterstock|alamy|epa|pa)\b[^()]{0,30}\)$|[.!?]\s+(?:(?:photo|image|picture)\s+)?credits?\s*:\s*(?-i:\p{Lu})[^!?:]{1,60}$").unwrap()
});
/// A picture's or video's label standing for it in the text: "Image", "Photo", "Video".
static MEDIA_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:image|photo|photograph|picture|video|graphic|illustration|advertisement)s?\W*$").unwrap()
});
/// A video's length alone on its line: "17m", "3m 20s"; or its player's time counter, the
/// time played of the length: "00:38 / 01:22".
static VIDEO_LENGTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}m(?:\s?\d{1,2}s)?$|^\d{1,2}(?::\d\d){1,2}\s*/\s*\d{1,2}(?::\d\d){1,2}$").unwrap());
/// A gallery's position counter: "Image 2 of 3", "Photo 4/12".
static GALLERY_COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:image|photo|picture|slide|gallery)\s+\d+\s*(?:of|/)\s*\d+$").unwrap());
/// A journal's citation line: "Journal of X, Vol. 14, No. 2, 2019, pp. 101–104".
static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\p{Lu}[^,]{2,80}?),?\s+vol(?:ume)?\.?\s*\d+(?:\s*,?\s*(?:no|issue|iss)\.?\s*(\d+))?\s*,?\s*\(?((?:1[89]|20)\d\d)\)?\s*[,:]?\s*(?:pp?\.\s*)?(?:\d+\s*[–-]\s*\d+)?\.?$").unwrap()
});
static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s[›»>/|]\s").unwrap());
static AGE_NOTICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^this (?:article|post|story) is (?:over|more than) .* old\.?$").unwrap());

static COOKIE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bcookies?\b.*\b(?:accept|consent|browse|browsing|experience|site|website|settings|policy)\b|\b(?:accept|consent|use)\b.*\bcookies\b").unwrap()
});

/// The rules of a video player's controls and of an advertisement's slot: chrome that stands
/// inside the text as well as around it, so it does not mark where the article ends.
const MEDIA_PLAYER_RULE: &str = "media-player";
const AD_SLOT_RULE: &str = "ad-slot";
pub(crate) const SERVER_ERROR_RULE: &str = "server-error";

fn media_player(lower: &str, words: usize) -> bool {
    MEDIA_BUTTONS.contains(&alone(lower)) || words <= 25 && MEDIA_PLAYER.iter().any(|p| contains_phrase(lower, p))
}

/// True when a line reads as a phrase-list chrome line: short, with a chrome phrase.
fn chrome_phrase(lower: &str, words: usize) -> bool {
    let social = SOCIAL.iter().filter(|p| contains_phrase(lower, p)).count();
    let button = social > 0 && (words <= 4 || social >= 2 || SOCIAL_CALLS.iter().any(|p| lower.contains(p)));
    // A button may show its count ("Save 4K", "Email 12") or a sign ("[+] Enlarge").
    let label = COUNT_AFTER.replace(lower.trim(), "");
    BUTTONS.contains(&alone(&label))
        || words <= 12 && (button || chrome_phrase_in(lower).is_some())
        || words <= 40 && FORMS.iter().any(|p| contains_phrase(lower, p))
}

/// Whether a line is a button's label of several words alone ("hide caption", "Toggle
/// menu"), which no section of an article is headed by (a one-word label may be: "Save").
pub(crate) fn is_button_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let label = alone(&lower);
    label.contains(' ') && BUTTONS.contains(&label)
}

/// A lowercased line as a label alone on it: without the marks around it ("— Advert —").
fn alone(lower: &str) -> &str {
    lower.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The site-chrome phrase a lowercased line holds, as a whole word or a label of the line
/// ("Share:", not a sentence's "look like this:"). Shared with `anthology check`.
pub(crate) fn chrome_phrase_in(lower: &str) -> Option<&'static str> {
    CHROME.iter().copied().find(|p| contains_phrase(lower, p) && (!p.ends_with(':') || labels_the_line(lower, p)))
}

/// Whether a label ("Share:", "Like this:", "photo:") labels the line: it does unless a
/// sentence ends on its words to introduce what follows ("It would look like this:").
fn labels_the_line(lower: &str, label: &str) -> bool {
    let sentence = lower.trim_end().strip_suffix(label).is_some_and(|before| before.split_whitespace().count() >= 3);
    !sentence
}

/// Spaces between a word and its colon.
static SPACE_BEFORE_COLON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\w)[\s\u{a0}]+:").unwrap());

/// A count after a button's label.
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+\d[\d.,]*\s*[km]?$").unwrap());

/// More words than a site's legal notice has.
const NOTICE_WORDS: usize = 60;

/// A site's copyright notice: a paragraph that opens with the sign or the word and reserves
/// rights ("© 2022 The Ledger. All rights reserved.", "… may not be republished"), or that
/// has a regulator's or a label's few words first and closes on "All rights reserved"
/// ("IPSO Regulated Copyright ©2023 …"). A caption opening with a photographer's credit ("©
/// Ana Lima Sandbags on the quay") reserves none.
static COPYRIGHT_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:©|\(c\)\s|copyright\b).*\b(?:rights reserved|copyrighted|permission|may not be|reprint|reproduc|redistribut|republish)|^\W*(?:\S+\s+){1,3}(?:©|copyright\b).*\ball rights reserved\W*$").unwrap()
});

/// Whether a paragraph is the site's copyright notice ("© 2022, The Ledger. This article is
/// the copyrighted property of …").
fn is_copyright_notice(text: &str) -> bool {
    text.split_whitespace().count() <= NOTICE_WORDS && COPYRIGHT_NOTICE.is_match(text)
}

/// A site's notice that it earns from the links it prints ("We are a participant in the
/// Amazon Services LLC Associates Program, an affiliate advertising program…", "We may earn
/// a commission when you buy through links on our site").
static AFFILIATE_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:associates program|affiliate (?:advertising )?program|affiliate links?|affiliate commission)\b|\b(?:we|site|may) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:share of (?:the )?(?:sales?|revenue)|(?:affiliate )?commissions?)\b.{0,80}\b(?:links?|buy|purchase)").unwrap()
});

/// A site's terms of use, printed under every page: "Registration on or use of this site
/// constitutes acceptance of our User Agreement", "By using this website you agree to …",
/// "Community Rules apply to all content you upload …".
static TERMS_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:use of|using|continuing to (?:use|browse))\s+(?:this|our|the)\s+(?:site|website|web site)\b.{0,40}\b(?:constitutes|signifies|you (?:agree|accept|consent))|\bapply to all content you (?:upload|submit|post)|\bprotected by recaptcha\b|^\W*(?:the\s+)?(?:opinions|views)\s+expressed\s+(?:by|in|here)\b.{0,80}\b(?:are\s+(?:their|his|her|the\s+authors?'?s?|the\s+writers?'?s?)\s+own|do\s+not\s+(?:necessarily\s+)?reflect)\b").unwrap()
});

/// A sign-up form's promise about the reader's address ("We promise never to rent or sell
/// your e-mail address to any third party").
static PRIVACY_PROMISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:never|not)\s+(?:to\s+)?(?:rent|sell|share|pass on)\b(?:\s+or\s+\w+)?\s+(?:your|any)\s+(?:e-?mail|personal|contact)").unwrap()
});

/// A sign-up form's line of consent under its button: "By signing up, you agree to our
/// Privacy Policy", "By submitting your email, you're agreeing to receive …", "By clicking
/// "Subscribe", you consent to …". The form's act is named: a how-to's "by joining the club,
/// you agree to its rules" is no form's.
static SIGNUP_CONSENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*by\s+(?:signing\s+up|subscribing|registering|submitting|clicking|entering\s+your)\b[^.]{0,60}?\byou(?:['’]re|\s+are)?\s+(?:agree|agreeing|consent|consenting|acknowledge|accept)\b").unwrap()
});

/// Whether a paragraph is a sign-up form's line of consent ([`SIGNUP_CONSENT`]).
pub(crate) fn is_signup_consent(text: &str) -> bool {
    text.split_whitespace().count() <= NOTICE_WORDS && SIGNUP_CONSENT.is_match(text)
}

/// Whether a line only says when the page was revised: a revision's label, then a day and a
/// time but no year ("Updated on September 19 at 3:15 p.m.", "Last updated 9:27 AM ET"), and
/// no other word.
fn is_revision_stamp(text: &str) -> bool {
    let Some(label) = REVISION_LABEL.find(text) else { return false };
    let rest = &text[label.end()..];
    let timeish = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        bare.is_empty()
            || bare.chars().all(|c| c.is_ascii_digit() || c == ':')
            || matches!(lower.as_str(), "on" | "at" | "am" | "pm" | "a.m" | "p.m" | "a" | "p" | "m")
            || lower.len() >= 3 && (super::dates::month_number(&lower).is_some() || super::dates::WEEKDAYS.iter().any(|d| d.starts_with(&lower)))
            || (2..=4).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase())
    };
    // (A whole date, its year with it, is a dateline the metadata reads: "Updated 12:34 PM ET,
    // Mon November 18, 2019".)
    let year = rest.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
    !year && rest.chars().any(|c| c.is_ascii_digit()) && rest.split_whitespace().count() <= 10 && rest.split_whitespace().all(timeish)
}

/// The rule of a line giving the page's age. The plain-text cleaner leaves such a line to
/// the metadata, which reads it as the head's time stamp (a section's label stands over one,
/// the headline under it).
const AGE_STAMP_RULE: &str = "age-stamp";

/// A line that gives only the page's age: "Published 6 days ago", "2 hours ago".
static AGE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:(?:first|last)\s+)?(?:published|posted|updated|modified)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$").unwrap()
});

/// A forum post's notice of its last edit, told in a sentence: "Last edited by Minoa on Sun Feb
/// 22, 2026 2:08 am, edited 108 times in total.", "Last edited by Minoa; 12-03-2019 at 10:15 AM.".
static EDIT_NOTICE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*last\s+edited\s+by\s+\S.*?(?:\s+on\s+|;\s*)\S.*\d").unwrap());

/// What stands before the date of an edit stamp alone on its line: "Last edited:", "Last edited
/// by Trilby (", "Last edited by a moderator".
static EDIT_STAMP_HEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*last\s+edited(?:\s*:|\s+by\s+[^,;()]{1,40})\s*\(?\s*$").unwrap());

/// What may close an edit stamp after its date: a time of day, a bracket.
static EDIT_STAMP_TAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?)?\s*\)?\W*$").unwrap());

/// A forum post's notice of its last edit ([`EDIT_NOTICE`]), or its stamp alone closing the
/// line: "Last edited: Jul 13, 2022", "Last edited by Trilby (2024-08-03 16:13:39)", "Last
/// edited by a moderator Oct 6, 2020" (not "Last edited: Jul 13, 2022, the map shows …").
fn is_edit_notice(text: &str) -> bool {
    let stamp = || {
        let date = super::dates::find_all(text, super::dates::NumericOrder::Unknown).into_iter().next();
        date.is_some_and(|d| EDIT_STAMP_HEAD.is_match(&text[..d.start]) && EDIT_STAMP_TAIL.is_match(&text[d.end..]))
    };
    EDIT_NOTICE.is_match(text) || REVISION_LABEL.is_match(text) && stamp()
}

/// More words than an edit notice has.
const EDIT_NOTICE_WORDS: usize = 24;

/// A revision's label opening a line: "Updated", "Last updated:", "Modified on".
static REVISION_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b\s*:?").unwrap());

/// Words that mix Latin letters with Cyrillic or Greek look-alikes ("Аdvеrtіѕе", its "А",
/// "е", "і" and "ѕ" Cyrillic): a text disguised from filters, an advertisement's trick.
/// Real words keep to one alphabet.
fn is_disguised(text: &str) -> bool {
    const DISGUISED_WORDS: usize = 3;
    let mixed = |w: &&str| {
        let latin = w.chars().any(|c| c.is_ascii_alphabetic());
        let lookalike = w.chars().any(|c| matches!(c, '\u{0370}'..='\u{03ff}' | '\u{0400}'..='\u{04ff}'));
        latin && lookalike
    };
    text.split_whitespace().filter(mixed).count() >= DISGUISED_WORDS
}

/// True when `phrase` occurs in `text` not inside a longer word ("print", not "blueprint").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        let starts_word = !phrase.starts_with(char::is_alphanumeric) || !word_char(before);
        let ends_word = !phrase.ends_with(char::is_alphanumeric) || !word_char(after) || phrase.ends_with(' ');
        starts_word && ends_word
    })
}

static COMMENT_COUNT_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d+\s+(?:comments?|responses?|replies|thoughts)\b").unwrap()
});

static COMMENT_COUNT_ON_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to)\s+[“"‘']"#).unwrap()
});

/// True when a short line is a related-content header ("Latest articles").
pub(super) fn related_header(text: &str) -> bool {
    // (A typographer's apostrophe as the list's: "Editor’s picks".)
    let lower = text.trim_end_matches([':', '.', '…']).trim().to_lowercase().replace('’', "'");
    let short = text.split_whitespace().count() <= 4;
    RELATED.contains(&lower.as_str())
        || short && RELATED.iter().any(|p| p.contains(' ') && lower.starts_with(&format!("{p} ")))
        // "More Great WIRED Stories", "More Top Stories", "Other Articles".
        || short_more(&lower)
        || COMMENT_HEADERS.contains(&lower.as_str())
        || COMMENT_COUNT_HEADER.is_match(text) && text.split_whitespace().count() <= 12
        // "10 thoughts on “Title of the article, however long”".
        || COMMENT_COUNT_ON_TITLE.is_match(text) && text.split_whitespace().count() <= 40
}

/// Whether a related-content header can head nothing but teasers: it speaks to the reader
/// ("You might be interested in"), ranks the site's pages ("Most read in News") or names
/// other pages of a kind ("Related news", "Latest stories"). ("Related", "Recommended
/// software" or "Related services" may head a section of the text.)
pub(super) fn names_teasers(text: &str) -> bool {
    let lower = text.trim_end_matches([':', '.', '…']).trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let kind = |w: &str| matches!(w, "stories" | "articles" | "news" | "posts" | "reads" | "videos" | "recipes");
    let ranks = lower.starts_with("most read") || lower.starts_with("most popular") || lower.starts_with("most viewed");
    let to_the_reader = matches!(words[..], ["you", "might" | "may", ..]);
    let of_a_kind = (2..=4).contains(&words.len())
        && matches!(words[0], "related" | "latest" | "recent" | "popular" | "trending")
        && words.last().is_some_and(|w| kind(w));
    related_header(text) && (ranks || to_the_reader || of_a_kind)
}

/// "More ... stories", "other ... articles" or "related ... videos" in a header of five
/// words at most, and "More stories like this (one)". ("Related work", an academic
/// section, names no kind of page.)
fn short_more(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let kind = |w: &&str| matches!(*w, "stories" | "articles" | "news" | "posts" | "reads" | "videos" | "coverage" | "links" | "recipes");
    let opens = matches!(words.first(), Some(&("more" | "other" | "related")));
    opens && words.len() <= 5 && words.last().is_some_and(kind)
        || opens && matches!(words[1..], [k, "like", "this"] | [k, "like", "this", "one"] if kind(&k))
}

/// The rule and reason that make one line (or HTML block) site furniture by its own text:
/// an age or cookie notice, a chrome phrase, a related-links header, a counter, a
/// breadcrumb. Shared by the plain-text cleaner and the HTML reader.
pub(crate) fn furniture(text: &str) -> Option<(&'static str, &'static str)> {
    // A label set with a space before its colon, as French typography and some sites set
    // it ("Category : News"), is the label.
    let lower = SPACE_BEFORE_COLON.replace_all(&text.to_lowercase(), "$1:").into_owned();
    let words = text.split_whitespace().count();
    if AGE_NOTICE.is_match(text) {
        Some(("age-notice", "an age notice of the web page"))
    } else if SERVER_ERROR.is_match(text) {
        Some((SERVER_ERROR_RULE, "an error message of the site's software, printed into the page"))
    } else if words <= 60 && COOKIE.is_match(text) {
        Some(("cookie-notice", "a cookie or consent notice"))
    } else if is_copyright_notice(text) {
        Some(("legal-notice", "the site's copyright notice"))
    } else if words <= NOTICE_WORDS && AFFILIATE_NOTICE.is_match(text) {
        Some(("legal-notice", "the site's notice of affiliate links"))
    } else if words <= NOTICE_WORDS && PRIVACY_PROMISE.is_match(text) {
        Some(("legal-notice", "a sign-up form's privacy notice"))
    } else if is_signup_consent(text) {
        Some(("legal-notice", "a sign-up form's consent to its terms"))
    } else if words <= NOTICE_WORDS && TERMS_NOTICE.is_match(text) {
        Some(("legal-notice", "the site's terms of use"))
    } else if words <= EDIT_NOTICE_WORDS && is_edit_notice(text) {
        Some(("edit-notice", "a forum post's notice of its last edit"))
    } else if is_revision_stamp(text) {
        Some(("dateline", "the time of a revision of the web page"))
    } else if AGE_STAMP.is_match(text) {
        Some((AGE_STAMP_RULE, "the page's age when it was saved (\"Published 6 days ago\"), no date"))
    } else if words <= APPEAL_WORDS && (APPEAL.is_match(text) || SIGN_UP.is_match(after_a_lead(text)) && APPEAL.is_match(after_a_lead(text)) || BOOKMARK_APPEAL.is_match(text))
        || words <= NOTICE_WORDS && SUBSCRIPTION_PITCH.is_match(text)
    {
        Some(("appeal", "a call to subscribe or follow the site"))
    } else if AD_SLOTS.contains(&alone(&lower)) {
        Some((AD_SLOT_RULE, "an advertisement's slot label, where the page set an advertisement"))
    } else if EMPTY_WIDGETS.contains(&alone(&lower)) {
        Some(("empty-widget", "a widget listing nothing (\"No posts\", \"Be the first to comment\")"))
    } else if POSTER_STATUS.contains(&alone(&lower)) {
        Some((super::forum::RULE, "a forum poster's status beside a post (\"Offline\")"))
    } else if media_player(&lower, words) {
        Some((MEDIA_PLAYER_RULE, "a video player's controls, printed as text where the player stood"))
    } else if chrome_phrase(&lower, words) && !super::metadata::is_dateline(text) && !super::metadata::is_byline(text) && !code_line(text) {
        // (Not a dateline beside its reading time, "Nov 18, 2019 • 2 min read", nor a byline
        // beside a follow button: metadata; nor a line of a program that names a cookie.)
        Some(("chrome-phrase", "a short line with a site-chrome phrase (call to action, navigation, social, legal)"))
    } else if is_disguised(text) {
        Some(("disguised", "a text disguised with look-alike letters of another alphabet (an advertisement)"))
    } else if related_header(text) {
        Some(("related-header", "a header of links to other articles"))
    } else if MEDIA_LABEL.is_match(text) {
        Some(("media-label", "a picture's or video's placeholder label"))
    } else if VIDEO_LENGTH.is_match(text.trim()) {
        Some(("media-label", "a video's length, printed where its player stood"))
    } else if READING_TIME.is_match(text) || is_counter(text) || GALLERY_COUNTER.is_match(text) {
        Some(("counter", "a reading-time, comment, share or gallery count"))
    } else if words <= 12 && BREADCRUMB.find_iter(text).count() >= 2 && !super::metadata::is_date_line(text) {
        Some(("breadcrumb", "a breadcrumb or menu line of short items"))
    } else {
        None
    }
}

/// Whether a line is a count of comments, shares, reactions or views alone ("884 shares").
pub(crate) fn is_counter(text: &str) -> bool {
    COUNTERS.is_match(text.trim())
}

/// Whether a short line is a picture's credit or caption ("Photograph: X", "(Image: © X)").
pub(crate) fn is_credit(text: &str) -> bool {
    text.split_whitespace().count() <= 30 && CREDIT.is_match(text)
}

/// More words than a bare credit has ("Photo: Ana Lima/Reuters via Getty Images").
const CREDIT_WORDS: usize = 8;

/// Credits [`CREDIT`] does not read: a copyright sign, "Image credit:", "Credit…", an
/// agency or a picture library after a slash ("Ana Lima / AP", "Ledger Party / Flickr"), a
/// gallery's count ("Slideshow (15 images)"), a photographer working for a publication in
/// capitals ("ANA LIMA FOR THE LEDGER"), a library's placeholder ("CONTRIBUTOR (4)").
static OTHER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:©|\(c\)\s|copyright\b|(?:image|photo|picture)\s+(?:credit|source|courtesy)\s*:|credit\W).+|^[\p{L} .'’-]+\s*/\s*(?:ap|ap photo|associated press|reuters|afp|getty images|shutterstock|alamy|epa|pa|dpa|istock|flickr|unsplash|pexels|pixabay|wikimedia commons)\W*$|^\W*(?:slideshow|gallery)\s*\(?\s*\d+\s*(?:images|photos|pictures)\s*\)?\W*$|^(?-i:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,2}\s+FOR\s+\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,4})$|^\W*(?:contributors?|handout)\s*(?:\(\d+\))?\W*$").unwrap()
});

/// A picture agency's name alone, the credit of the picture above or below it ("REUTERS",
/// "EPA", "AFP via Getty Images").
static AGENCY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    let agency = r"(?:reuters|afp|ap|epa|pa(?: wire| media)?|getty(?: images)?|shutterstock|alamy|anadolu|bloomberg|xinhua|dpa|ani|pti)";
    Regex::new(&format!(r"(?i)^\W*{agency}(?:\s*(?:/|via)\s*{agency})*\W*$")).unwrap()
});

/// Whether a paragraph is a picture agency's name alone: a credit set apart from its caption.
pub(crate) fn is_agency_alone(text: &str) -> bool {
    AGENCY_ALONE.is_match(text.trim())
}

/// Whether a caption is a picture's credit and nothing more ("photo: iStock", "© Ana Lima",
/// "(Image credit: HandyGames)"): the book prints no pictures, so it credits nothing.
pub(crate) fn is_bare_credit(text: &str) -> bool {
    let text = text.trim().trim_matches(|c: char| c == '*' || c == '_');
    text.split_whitespace().count() <= CREDIT_WORDS && (CREDIT.is_match(text) || OTHER_CREDIT.is_match(text))
}

/// Whether a text of any length is a picture's caption: it opens by pointing at the picture
/// ("In this photo taken…", "This image shows…") or carries a photo agency's credit
/// ("…(John Doe/AP Photo)").
pub(crate) fn is_caption_text(text: &str) -> bool {
    CAPTION_OPENER.is_match(text) || CREDIT.is_match(text) || CREDIT_FIRST.is_match(text) && !is_copyright_notice(text)
}

/// A caption that opens on its photographer's credit: "© Lucy Nicholson Detainees at the
/// centre, on May 18, 2018."
static CREDIT_FIRST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\W*©\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s+\p{Lu}").unwrap());

static CAPTION_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:in\s+)?(?:this|these|a|the)\s+(?:file\s+|undated\s+|handout\s+)?(?:photo(?:graph)?|image|picture|screenshot|still)s?\b\s+(?:\w+\s+){0,2}(?:dated|taken|released|provided|made|shows?|showing|from|of)\b|(?:file|representative|representational)\s+(?:photo(?:graph)?|image|picture)s?\b)").unwrap()
});

/// Removes chrome lines; notes the issue number and the publication they name.
pub(super) fn mark(units: &mut [Unit], report: &mut CleanReport, meta: &mut ArticleMeta) {
    let mut caption_next = false;
    for u in units.iter_mut() {
        if u.role == Role::Gone {
            continue;
        }
        let after_image = std::mem::take(&mut caption_next);
        if u.keep {
            continue;
        }
        let words = u.words();
        // A credit is part of the picture it names, not site chrome.
        if is_credit(&u.text) {
            u.role = Role::Caption;
            continue;
        }
        if let Some(c) = CITATION.captures(&u.text) {
            meta.publication.get_or_insert_with(|| c[1].trim().to_string());
            if let Some(issue) = c.get(2) {
                meta.issue.get_or_insert_with(|| issue.as_str().to_string());
            }
            meta.date.get_or_insert_with(|| c[3].to_string());
            remove(u, report, "metadata-citation", "the journal's citation line (publication, issue, year), carried into the metadata");
            continue;
        }
        if ISSUE_LINE.is_match(&u.text) {
            meta.issue.get_or_insert_with(|| ISSUE.captures(&u.text).map(|c| c[1].to_string()).unwrap_or_default());
            remove(u, report, "metadata-issue", "the issue number, carried into the metadata");
            continue;
        }
        let rule = if let Some(rule) = furniture(&u.text).filter(|(rule, _)| *rule != AGE_STAMP_RULE) {
            Some(rule)
        } else if words <= 3 && IMAGE_NAME.is_match(&u.text) && u.text.contains(char::is_alphabetic) {
            caption_next = true;
            Some(("image-name", "an image file name left as text"))
        } else if comment_mark(u) {
            Some(("comment-mark", "a reader comment's header, time stamp or reply link"))
        } else {
            None
        };
        if let Some((rule, reason)) = rule {
            if let Some(c) = ISSUE.captures(&u.text) {
                meta.issue.get_or_insert_with(|| c[1].to_string());
            }
            if let Some(name) = appeal_publication(&u.text) {
                meta.publication.get_or_insert(name);
            }
            remove(u, report, rule, reason);
            u.chrome = rule != MEDIA_PLAYER_RULE && rule != AD_SLOT_RULE;
        } else if after_image && words <= 25 {
            u.role = Role::Caption;
        }
    }
    comment_section(units, report);
    poster_profiles(units, report);
}

/// Removes the profiles a forum sets beside each post of a thread ([`super::forum::profiles`]).
fn poster_profiles(units: &mut [Unit], report: &mut CleanReport) {
    let live: Vec<usize> = (0..units.len()).filter(|&i| units[i].role != Role::Gone).collect();
    let lines: Vec<_> = live.iter().map(|&i| super::forum::Line { text: &units[i].text, heading: false }).collect();
    let profile = super::forum::profiles(&lines, None);
    for k in profile {
        let u = &mut units[live[k]];
        // (Furniture between the posts, no end of the text: not marked as chrome.)
        if !u.keep {
            remove(u, report, super::forum::RULE, super::forum::REASON);
        }
    }
}

/// True for a line of running prose: long enough, sentence-like, rich in function words.
pub(super) fn prose(u: &Unit, english: bool) -> bool {
    let words = u.words();
    // A note marker after the full stop ("end.*", "end.[2]") still ends a sentence.
    let text = match u.text.strip_suffix(super::NOTE_CLOSE) {
        Some(t) => &t[..t.rfind(super::NOTE_OPEN).unwrap_or(t.len())],
        None => &u.text,
    };
    let text = text.trim_end_matches(|c: char| c == '*' || c == '†' || c == '[' || c == ']' || c.is_ascii_digit());
    let ends = text.ends_with(['.', '!', '?', '"', '”', '’', ')', ':', '…', '。', '！', '？']);
    if words < 8 || (!ends && words < 15) {
        return false;
    }
    if u.text.starts_with("* ") || u.text.starts_with("- ") || u.text.starts_with("• ") {
        return words >= 20 && ends;
    }
    // Tag clouds and menus run on without punctuation.
    if words >= 15 && !u.text.contains([',', '.', ';', '!', '?', '、', '。']) {
        return false;
    }
    let letters = u.text.chars().filter(|c| c.is_alphabetic()).count();
    let cjk = u.text.chars().filter(|&c| super::is_cjk(c)).count();
    if english {
        stop_ratio(&u.text) >= 0.24
    } else if cjk * 2 >= letters {
        // Chinese, Japanese, Korean: no spaces to find function words by; a long line ending
        // a sentence is prose.
        true
    } else {
        // Other languages: function words are short words.
        short_ratio(&u.text) >= 0.1
    }
}

fn short_ratio(text: &str) -> f32 {
    let words: Vec<&str> = text.split_whitespace().collect();
    let short = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 3).count();
    if words.is_empty() { 0.0 } else { short as f32 / words.len() as f32 }
}

/// A reader comment's signature: "Ann says:", "Ann on May 2, 2019 at 6:34 am said:", "Reply".
/// ("X wrote:" is left alone: quoted mail and posts are set that way inside articles.)
static COMMENT_SIGNATURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:says|said):$|^(?:[*•+-]\s+)?reply$|^rating:|\bvotes?$").unwrap());
/// A line holding only a time stamp or an age: "6:34 pm", "3 days ago".
static COMMENT_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d{1,2}:\d{2}\s*(?:am|pm)?|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$").unwrap()
});

/// True for a line that heads or closes a reader comment: a signature or a time stamp alone.
fn comment_mark(u: &Unit) -> bool {
    signature(u) || COMMENT_TIME.is_match(&u.text)
}

fn signature(u: &Unit) -> bool {
    u.words() <= 14 && COMMENT_SIGNATURE.is_match(&u.text) && !introduces_a_quotation(&u.text)
}

/// Whether a line ending "said:" is a sentence that introduces what follows ("In an
/// interview, the mayor also said:"): a commenter's signature holds a name, and a date at most
/// ("Ann Lee on May 2, 2019 at 6:34 am said:").
fn introduces_a_quotation(text: &str) -> bool {
    let Some(before) = text.strip_suffix("said:").or_else(|| text.strip_suffix("says:")) else { return false };
    let date_word = |w: &str| matches!(w, "on" | "at" | "am" | "pm" | "a.m." | "p.m.");
    before.split_whitespace().any(|w| w.starts_with(char::is_lowercase) && !date_word(w))
}

/// Reader comments: from the first of at least three comment signatures that follow some
/// prose (the article), everything goes, with the section's header just above ("12
/// Comments", "Leave a reply"). Done before the body is looked for, so that a long thread
/// of comments is never taken for the article.
fn comment_section(units: &mut [Unit], report: &mut CleanReport) {
    let Some(first_prose) = units.iter().position(|u| u.role == Role::Text && prose(u, true)) else { return };
    let marks: Vec<usize> = (first_prose + 1..units.len()).filter(|&i| signature(&units[i])).collect();
    if marks.len() < 3 {
        return;
    }
    // A "Reply" link closes its comment: the thread starts at the first comment's dated
    // header above it.
    let closes = |u: &Unit| !u.text.to_lowercase().ends_with(':');
    let start = match marks[0] {
        m if closes(&units[m]) => (first_prose + 1..m).rev().take(6).find(|&i| super::metadata::is_date_line(&units[i].text)).unwrap_or(m),
        m => m,
    };
    for u in units[start..].iter_mut() {
        if !u.keep && u.role != Role::Gone {
            remove(u, report, "comments", "reader comments after the article");
        }
    }
}

/// The share of a text's words that are English function words: prose has many.
pub(crate) fn stop_ratio(text: &str) -> f32 {
    let mut n = 0;
    let mut stops = 0;
    for w in text.split_whitespace() {
        n += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if STOP_WORDS.contains(&w.as_str()) {
            stops += 1;
        }
    }
    if n == 0 { 0.0 } else { stops as f32 / n as f32 }
}

/// An entry of a printed table of contents: its heading, then leader dots to the page
/// number ("3. Storage model.......3").
pub(super) static LEADERED_ENTRY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(.*?\S)\s*\.{4,}\s*\d{1,4}$").unwrap());

/// A bulleted contents entry's mark.
static CONTENTS_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[•·▪◦‣*+-]|o)\s+").unwrap());

/// What a contents entry and its heading share: the words without a list's mark, a section
/// number ("3.7.1"), an encyclopedia's edit link ("History [ edit ]") or the leader dots to
/// a page number: "* 3.1 Trade", "3.1. Trade......9" and "Trade [ edit ]" are all "trade".
pub(super) fn contents_key(text: &str) -> String {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+(?:\.\d+)*\.?\s+|\s*\[\s*edit\s*\]$").unwrap());
    let text = CONTENTS_MARK.find(text).map_or(text, |m| &text[m.end()..]);
    let text = LEADERED_ENTRY.captures(text).and_then(|c| c.get(1)).map_or(text, |m| m.as_str());
    NUMBERED.replace_all(text, "").to_lowercase()
}

/// The article's own table of contents: its header ("Table of Contents", "In this
/// article") and bulleted entries that are headings further down the text. Part of the
/// article for the run of prose; the book prints its own contents, so they leave the body.
fn contents_list(units: &[Unit], body: &[usize]) -> Vec<bool> {
    const HEADERS: &[&str] = &["table of contents", "contents", "in this article", "on this page", "in this post", "jump to"];
    let key = contents_key;
    let mut last_seen: HashMap<String, usize> = HashMap::new();
    for &i in body {
        last_seen.insert(key(&units[i].text), i);
    }
    // A printed contents' entry names its heading before the dots that lead to its page.
    let printed_entry = |i: usize| {
        let u = &units[i];
        u.role == Role::Text && LEADERED_ENTRY.is_match(&u.text) && last_seen.get(&key(&u.text)).is_some_and(|&later| later > i)
    };
    let entry = |i: usize| {
        let u = &units[i];
        if !CONTENTS_MARK.is_match(&u.text) {
            return printed_entry(i);
        }
        u.role == Role::Text && u.words() <= 12 && last_seen.get(&key(&u.text)).is_some_and(|&later| later > i)
    };
    let mut marked: Vec<bool> = body.iter().map(|&i| entry(i)).collect();
    // At least three entries in the list the header opens.
    for (k, &i) in body.iter().enumerate() {
        let header = HEADERS.contains(&units[i].text.trim_end_matches(':').to_lowercase().as_str());
        if header && marked[k + 1..].iter().take(3).all(|&m| m) && k + 3 < body.len() {
            marked[k] = true;
        }
    }
    let entries = marked.iter().filter(|&&m| m).count();
    if entries < 3 {
        marked.iter_mut().for_each(|m| *m = false);
    }
    marked
}

/// Whether a line reads as a line of program code or of a table drawn in text: it ends on
/// a brace or semicolon, opens on a closing bracket, calls a function ("res.json()"),
/// compares or assigns, comments ("// true"), draws a table ("n │ score"), names a
/// snake_case identifier or an object's key (`"Content-Type": "text/plain",`, `method: "POST",`).
fn code_line(text: &str) -> bool {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"[;{]\s*$|^\s*[})\]]|^\s*"[^"]+"\s*:\s*\S|^\s*[a-z_]\w*:\s*["'\d\[{]|\w\.\w+\(|\w\([^()]*\)\s*[;{.]|\s[=!<>]=\s|\s=\s|=>|//\s|[│┃┼]|\b[a-z]+_[a-z_]+\b"#).unwrap()
    });
    CODE.is_match(text)
}

/// Keeps the densest run of prose among the body units and removes the text around it,
/// and every teaser after a related-content header that follows the body's start.
pub(super) fn main_text(units: &mut [Unit], report: &mut CleanReport) {
    cut_related_boxes(units, report);
    cut_truncated_teasers(units, report);
    let Some((first, _)) = densest_run(units) else { return };
    let region_words: usize = units[first..].iter().filter(|u| u.role == Role::Text).map(|u| u.words()).sum();
    let header = (first..units.len()).find(|&h| units[h].role == Role::Gone && related_header(&units[h].text));
    // Only in the body's last third: a "Read more" link near the top is just a link.
    let words_before = |h: usize| -> usize {
        units[first..h].iter().filter(|u| u.role == Role::Text).map(|u| u.words()).sum()
    };
    if let Some(h) = header.filter(|&h| h > first && words_before(h) * 3 >= region_words * 2) {
        for u in units[h + 1..].iter_mut() {
            if !u.keep && u.role != Role::Gone {
                remove(u, report, "teaser", "a teaser of another article, after a related-content header");
            }
        }
    }
    if let Some((first, last)) = densest_run(units) {
        cut_teaser_chain(units, report, first, last);
    }
    let Some((mut first, last)) = densest_run(units) else { return };
    // The article starts at its title: teasers above it that ran on into it are not the text.
    if let Some(t) = (first..last).rev().find(|&t| units[t].role == Role::Gone && units[t].raw.iter().any(|(n, _)| report.removed.iter().any(|r| r.line == *n && r.rule == "metadata-title"))) {
        first = t + 1;
    }
    // The text's first numbered section head ("1. Introduction") opens the run.
    if let Some(p) = (0..first).rev().find(|&p| units[p].role == Role::Text) {
        if super::structure::numbered_head(&units[p].text) {
            first = p;
        }
    }
    let body: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text || units[i].chrome).collect();
    for (k, is_entry) in contents_list(units, &body).into_iter().enumerate() {
        let u = &mut units[body[k]];
        if is_entry && u.role == Role::Text && !u.keep {
            remove(u, report, "contents-list", "the article's own table of contents (the book prints its own; the headings stay in the text)");
        }
    }
    for (i, u) in units.iter_mut().enumerate() {
        if (i < first || i > last) && u.role == Role::Text && !u.keep {
            remove(u, report, "outside-main-text", "outside the main run of prose (menus, teasers, footers)");
        }
    }
}

/// Teasers cut short: three or more bulleted lines in a row, each ending in an ellipsis
/// ("* Deportees return home NEW DELHI: Their American dream shattered …"). An article's
/// own list does not break off every item; a "Breaking news" box does, anywhere on the page.
fn cut_truncated_teasers(units: &mut [Unit], report: &mut CleanReport) {
    let truncated = |u: &Unit| {
        let t = u.text.trim_end();
        u.role == Role::Text && !u.keep && t.starts_with(['*', '+', '•', '-']) && (t.ends_with("...") || t.ends_with('…'))
    };
    let mut k = 0;
    while k < units.len() {
        // The run of such lines from k (blank lines are no units).
        let end = (k..units.len()).find(|&i| !truncated(&units[i])).unwrap_or(units.len());
        if end - k >= 3 {
            for u in &mut units[k..end] {
                remove(u, report, "teaser", "a list of teasers of other articles, each cut off by an ellipsis");
            }
        }
        k = end.max(k + 1);
    }
}

/// A picture's number in a gallery, at the head of its title: "* 2/50 Seals return".
static GALLERY_COUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\W*\d{1,3}/\d{1,3}\s+\p{Lu}").unwrap());

/// Words enough for a whole article before a gallery.
const ARTICLE_WORDS: usize = 300;

/// More words than a teaser's deck has.
const DECK_WORDS: usize = 60;

/// An item of a list of definitions: a term, then a colon and its definition in lower case
/// (`* "basic": a normal response`, `* Blob: a file's bytes`).
static DEFINITION_ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"^\W*[\w"“”'.()-]+(?:\s+[\w"“”'.()-]+){0,3}\s*:\s+\p{Ll}"#).unwrap());

/// A link list of other articles: three or more bulleted headlines, each followed closely
/// by its deck, after the first third of the run (or a gallery's counted pictures after a
/// whole article). Everything from the first one goes.
fn cut_teaser_chain(units: &mut [Unit], report: &mut CleanReport, first: usize, last: usize) {
    let live: Vec<usize> = (first..=last).filter(|&i| units[i].role == Role::Text).collect();
    let bullet = |u: &Unit| u.text.starts_with(['*', '+', '•']) && u.words() <= 20;
    // A headline opens on a capital; a list's definitions (`* "basic": a normal response`)
    // and items do not.
    let headline = |u: &Unit| !DEFINITION_ITEM.is_match(&u.text) && u.text.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // Each headline has a deck of its own, a sentence or two under it or an opening cut short
    // (past a date line at most), and follows the deck before: a list's items run on one
    // after another, and the paragraph after a list says more.
    let cut_short = |u: &Unit| u.text.ends_with("...") || u.text.ends_with('…');
    let deck = |u: &Unit| prose(u, true) && (u.words() <= DECK_WORDS || cut_short(u));
    // A gallery's pictures are counted ("* 2/50 Seals return"), their captions of any length.
    let counted = |u: &Unit| GALLERY_COUNT.is_match(&u.text);
    let after_an_item = |k: usize| k > 0 && bullet(&units[live[k - 1]]);
    let teasers: Vec<usize> = live
        .iter()
        .enumerate()
        .filter(|&(k, &i)| bullet(&units[i]) && headline(&units[i]) && !after_an_item(k) && live[k + 1..].iter().take(2).take_while(|&&n| !bullet(&units[n])).any(|&n| deck(&units[n]) || counted(&units[i]) && prose(&units[n], true)))
        .map(|(k, _)| k)
        .collect();
    // The chain: teasers no more than four lines apart, at least three of them.
    let mut start = None;
    let mut run = 0;
    for w in 0..teasers.len() {
        if w > 0 && teasers[w] - teasers[w - 1] <= 4 {
            run += 1;
        } else {
            run = 1;
            start = Some(teasers[w]);
        }
        if run >= 3 {
            break;
        }
    }
    let Some(s) = start.filter(|_| run >= 3) else { return };
    let total: usize = live.iter().map(|&i| units[i].words()).sum();
    let before: usize = live[..s].iter().map(|&i| units[i].words()).sum();
    // (A gallery of other news after a whole article may outweigh it; a gallery opening the
    // page is the article.)
    let gallery_after_an_article = counted(&units[live[s]]) && before >= ARTICLE_WORDS;
    if before * 3 < total && !gallery_after_an_article {
        return;
    }
    for &i in &live[s..] {
        if !units[i].keep {
            remove(&mut units[i], report, "teaser", "a list of headlines with teasers of other articles");
        }
    }
}

/// The lines of unbulleted lists that a line ending with a colon introduces: three or more
/// short lines that are not prose, nearly all sharing a shape (a figure, as in a list of
/// dates, or the same separator: "June 9 -- Arena, City"). Returns their indices in `body`.
fn introduced_lists(units: &[Unit], body: &[usize], english: bool) -> Vec<usize> {
    let item = |k: usize| {
        let u = &units[body[k]];
        u.role == Role::Text && !u.chrome && u.words() <= 25 && !prose(u, english) && !super::BULLET.is_match(&u.text)
    };
    let mut out = Vec::new();
    for k in 1..body.len() {
        let intro = &units[body[k - 1]];
        if intro.role != Role::Text || intro.words() < 4 || !intro.text.trim_end().ends_with(':') {
            continue;
        }
        let end = (k..body.len()).find(|&e| !item(e)).unwrap_or(body.len());
        let items = &body[k..end];
        let most = |f: &dyn Fn(&str) -> bool| items.iter().filter(|&&i| f(&units[i].text)).count() * 5 >= items.len() * 4;
        let figure = |t: &str| t.contains(|c: char| c.is_ascii_digit());
        let separated = [" -- ", " – ", " — ", " - ", ": "].iter().any(|sep| most(&|t: &str| t.contains(sep)));
        if items.len() >= 3 && (most(&figure) || separated) {
            out.extend(k..end);
        }
    }
    out
}

/// A list's item, whatever its mark ("+ " too: a changelog's additions).
pub(super) static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[•·▪◦‣*+-]\s+").unwrap());

/// What the items of lists that read as sentences add to the run of text: a changelog's or
/// a report's items ("+ Added a new player model with smaller arms"), three or more of them
/// and at least a third of their list, are the text however little prose stands around
/// them, and their list's short items ("+ Added Banners") are carried with them. A menu's
/// links are a word or two, mostly capitalised; a teaser or a caption stands alone among
/// other blocks.
fn sentence_list_scores(units: &[Unit], body: &[usize]) -> Vec<Option<i64>> {
    let item: Vec<bool> = body.iter().map(|&i| units[i].role == Role::Text && LIST_ITEM.is_match(&units[i].text)).collect();
    let sentence: Vec<bool> = body
        .iter()
        .zip(&item)
        .map(|(&i, &is_item)| {
            let words: Vec<&str> = units[i].text.split_whitespace().skip(1).collect();
            is_item && words.len() >= 5 && words.iter().filter(|w| w.starts_with(char::is_lowercase)).count() * 2 >= words.len()
        })
        .collect();
    let mut scores = vec![None; body.len()];
    let mut k = 0;
    while k < body.len() {
        let end = (k..body.len()).find(|&e| !item[e]).unwrap_or(body.len());
        let sentences = sentence[k..end].iter().filter(|&&s| s).count();
        if sentences >= 3 && sentences * 3 >= end - k {
            for e in k..end {
                scores[e] = Some(if sentence[e] { units[body[e]].words().min(20) as i64 / 3 } else { 0 });
            }
        }
        k = end.max(k + 1);
    }
    scores
}

/// What a row of a data table adds to the run of text it stands in.
const TABLE_ROW_SCORE: i64 = 4;

/// The cells of a line laid out as a table row: the text between runs of two or more
/// spaces, as a scraper pads the columns of a table.
pub(super) fn table_cells(raw: &str) -> Vec<&str> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S\s{2,}\S").unwrap());
    if !GAP.is_match(raw.trim()) {
        return Vec::new();
    }
    raw.trim().split("  ").map(str::trim).filter(|c| !c.is_empty()).collect()
}

/// Marks the body units that are rows of a data table: three or more single-line rows of
/// padded cells close together (one line that is not prose, a wrapped cell or a note, may
/// stand between two), at least half of them with the same number of cells and at least
/// half holding figures (a menu laid out as a table holds none; a page laid out in a
/// table has rows of every width).
pub(super) fn data_table_rows(units: &[Unit], body: &[usize]) -> Vec<bool> {
    let cells: Vec<Vec<&str>> = body
        .iter()
        .map(|&i| match units[i].raw.as_slice() {
            // (Cells of a few words: a layout table's cells hold paragraphs.)
            [(_, raw)] if units[i].role == Role::Text => {
                let cells = table_cells(raw);
                if cells.iter().all(|c| c.split_whitespace().count() <= 15) { cells } else { Vec::new() }
            }
            _ => Vec::new(),
        })
        .collect();
    let is_row = |k: usize| cells[k].len() >= 2;
    let mut rows = vec![false; body.len()];
    let mut k = 0;
    while k < body.len() {
        if !is_row(k) {
            k += 1;
            continue;
        }
        let mut block = vec![k];
        let mut n = k + 1;
        while n < body.len() {
            if is_row(n) {
                block.push(n);
            } else if !(n + 1 < body.len() && is_row(n + 1) && !prose(&units[body[n]], true)) {
                break;
            }
            n += 1;
        }
        let figures = block.iter().filter(|&&r| cells[r].iter().any(|c| c.contains(|ch: char| ch.is_ascii_digit()))).count();
        // Columns: three rows or more, and half of them, have the same number of cells.
        let width = |w: usize| block.iter().filter(|&&r| cells[r].len() == w).count();
        let columns = block.iter().map(|&r| width(cells[r].len())).max().unwrap_or(0);
        if columns >= 3 && columns * 2 >= block.len() && figures * 2 >= block.len() {
            block.iter().for_each(|&r| rows[r] = true);
        }
        k = n;
    }
    rows
}

/// A box of links inside the article: a related-content header ("More from UK") between
/// paragraphs, and the bulleted headlines right under it, before the text goes on. The links
/// go (the header in the body's last third still ends it, see [`main_text`]).
fn cut_related_boxes(units: &mut [Unit], report: &mut CleanReport) {
    let live = |u: &Unit| u.role != Role::Gone;
    let link = |u: &Unit| !u.keep && u.role == Role::Text && super::BULLET.is_match(&u.text) && u.words() <= 25;
    for h in 1..units.len() {
        if units[h].role != Role::Gone || !related_header(&units[h].text) {
            continue;
        }
        let before = units[..h].iter().rev().find(|u| live(u));
        let links: Vec<usize> = (h + 1..units.len()).filter(|&i| live(&units[i])).take_while(|&i| link(&units[i])).collect();
        let after = links.last().and_then(|&l| units[l + 1..].iter().find(|u| live(u)));
        let prose_around = before.is_some_and(|u| u.role == Role::Text && prose(u, true)) && after.is_some_and(|u| u.role == Role::Text && prose(u, true));
        if links.is_empty() || !prose_around {
            continue;
        }
        for i in links {
            remove(&mut units[i], report, "teaser", "a link to another article, in a box of related links inside the text");
        }
    }
}

/// The unit range of the maximum-sum run of text lines (Kadane: linear, and tolerant of
/// short lines inside the body), scoring prose positive and other lines negative.
pub(super) fn densest_run(units: &[Unit]) -> Option<(usize, usize)> {
    let body: Vec<usize> = (0..units.len()).filter(|&i| units[i].role == Role::Text || units[i].chrome).collect();
    let all_text: String = body.iter().map(|&i| units[i].text.as_str()).collect::<Vec<_>>().join(" ");
    let english = stop_ratio(&all_text) >= 0.15;
    let is_prose = |k: Option<&usize>| k.is_some_and(|&i| units[i].role == Role::Text && prose(&units[i], english));
    // A bulleted list that a paragraph introduces (it ends with a colon) and prose follows is
    // part of the text, however long it is.
    let bullet = |k: usize| units[body[k]].role == Role::Text && super::BULLET.is_match(&units[body[k]].text);
    let mut inside_list = vec![false; body.len()];
    // The paragraph introducing such a list counts as the prose it is.
    let mut intro = vec![false; body.len()];
    let mut k = 0;
    while k < body.len() {
        let end = (k..body.len()).find(|&e| !bullet(e)).unwrap_or(body.len());
        let introduced = k > 0 && {
            let intro = &units[body[k - 1]];
            intro.role == Role::Text && intro.words() >= 8 && intro.text.trim_end().ends_with(':')
        };
        // (Past a short line at most: a link to more under the list.)
        let prose_follows = is_prose(body.get(end)) || body.get(end).is_some_and(|&i| units[i].words() <= 12) && is_prose(body.get(end + 1));
        if end > k && introduced && prose_follows {
            inside_list[k..end].iter_mut().for_each(|b| *b = true);
            intro[k - 1] = true;
        }
        k = end.max(k + 1);
    }
    let in_table = data_table_rows(units, &body);
    let mut sentence_list = sentence_list_scores(units, &body);
    // Only on a page made of such lists: after an article, a list of headlines is teasers.
    let words = |f: &dyn Fn(usize) -> bool| -> usize { (0..body.len()).filter(|&k| f(k)).map(|k| units[body[k]].words()).sum() };
    if words(&|k| sentence_list[k].is_some()) < words(&|k| is_prose(body.get(k))) {
        sentence_list.iter_mut().for_each(|m| *m = None);
    }
    let contents = contents_list(units, &body);
    let listed = introduced_lists(units, &body, english);
    for &k in &listed {
        intro[k - 1] = true;
    }
    let scores: Vec<i64> = body
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let u = &units[i];
            if u.keep || inside_list[k] || contents[k] {
                0
            } else if in_table[k] || listed.contains(&k) {
                // A table of data is content, however little prose it holds.
                TABLE_ROW_SCORE
            } else if intro[k] {
                u.words().min(60) as i64
            } else if u.chrome && is_prose(k.checked_sub(1).and_then(|p| body.get(p))) && is_prose(body.get(k + 1)) {
                // A lone appeal inside the text: the text goes on around it.
                -2
            } else if u.chrome {
                // Chrome blocks mark where the article ends (share bars, tags, footers).
                -30

            } else if prose(u, english) {
                u.words().min(60) as i64
            } else if code_line(&u.text) {
                // A technical article's listing: its lines are short but no menu.
                -1
            } else if let Some(score) = sentence_list[k] {
                score
            } else {
                // Menus are runs of very short lines; longer non-prose lines (list items,
                // captions) are cheap to carry inside the body.
                -(4 + u.words().min(10) as i64)
            }
        })
        .collect();
    if !scores.iter().any(|&s| s > 0) {
        return None;
    }
    let (mut best, mut range, mut sum, mut start) = (i64::MIN, (0, 0), 0i64, 0);
    for (k, &s) in scores.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = k;
        }
        sum += s;
        if sum > best {
            best = sum;
            range = (start, k);
        }
    }
    Some((body[range.0], body[range.1]))
}

#[cfg(test)]
mod tests {
    use crate::model::Article;

    fn clean(page: &str) -> Article {
        crate::clean::clean(page, "page.txt", "ch01", &Default::default())
    }

    /// An article's body, its blocks in order.
    fn body(article: &Article) -> String {
        article.blocks.iter().map(|b| format!("{b:?}")).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_forum_thread_saved_as_text_loses_its_posters_profiles() {
        let page = "The winter timetable\n\nTora Lind\n\nHarbour Master\n\nPosts: 6217\n\nJoined: Oct 05, 2011\n\nReply with quote\n\n\
            by Tora Lind » Tue Aug 27, 2019 5:58 am\n\nThe winter timetable starts next week, and the last ferry leaves the quay at ten in the evening.\n\n\
            The night boat stops until the spring, as the council decided in June after a long debate about the fares.\n\n\
            Ana Quist\n\nPosts: 22\n\nLocation: Velmora\n\nby Ana Quist » Tue Aug 27, 2019 6:10 am\n\n\
            Thanks, that helps: the morning boats keep their times, and the fares stay as they were last winter.\n";
        let a = clean(page);
        let body = body(&a);
        for gone in ["Harbour Master", "Posts: 6217", "Joined: Oct", "Reply with quote", "Posts: 22", "Location: Velmora"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
        assert!(a.report.removed.iter().any(|r| r.rule == "forum-profile" && r.text.contains("Location: Velmora")), "{:?}", a.report.removed);
        assert!(body.contains("morning boats keep their times"), "{body}");
    }

    #[test]
    fn the_sites_software_errors_printed_into_the_page_leave_the_text() {
        let warning = "Warning: mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in /www/htdocs/w00/wp-content/plugins/tags/tags.php on line 299";
        let strict = "Strict Standards: Non-static method Gallery::get_option() should not be called statically in /www/htdocs/w00/wp-content/plugins/gallery/functions.php on line 12";
        let page = format!("The winter timetable\n\n{warning}\n\nThe winter timetable starts next week, and the last ferry leaves the quay at ten in the evening.\n\n{strict}\n\nThe night boat stops until the spring, as the council decided in June after a long debate about the fares.\n");
        let a = clean(&page);
        let body = body(&a);
        assert!(!body.contains("on line"), "{body}");
        assert_eq!(a.report.removed.iter().filter(|r| r.rule == super::SERVER_ERROR_RULE).count(), 2, "{:?}", a.report.removed);
        // A warning in the text's words names no program's file and line.
        assert!(super::furniture("Warning: the harbour board says the quay in the old town will close on line four of its plan.").is_none());
    }

    #[test]
    fn a_caption_closing_on_its_credit_is_a_credit() {
        assert!(super::is_credit("Volunteers count the seals on the mudflats at low tide. Credit: Tora Quist/Shutterstock.com"));
        assert!(super::is_credit("The estuary at dawn. Photo credit: Velmora Council"));
        // A sentence giving credit is no picture's.
        assert!(!super::is_credit("The council gave the volunteers the credit: they counted every seal."));
        assert!(!super::is_credit("Credit unions in Velmora lent more this year than the banks did, the council said."));
    }

    #[test]
    fn an_articles_own_contents_list_leaves_the_body_but_does_not_cut_it() {
        let para = |n: &str| format!("The {n} paragraph tells how the volunteers count the seals along both banks of the estuary at low tide.\n\n");
        let page = format!(
            "Home\n\nAbout\n\nCounting Seals\n\n{}{}Table of Contents\n\n* Low Tide\n\n+ The Mudflats\n\n+ The Banks\n\n* High Tide\n\n* Conclusion\n\n{}Low Tide\n\n{}The Mudflats\n\n{}The Banks\n\n{}High Tide\n\n{}Conclusion\n\n{}",
            para("first"), para("second"), para("third"), para("fourth"), para("fifth"), para("sixth"), para("seventh"), para("eighth")
        );
        let article = clean(&page);
        let text = body(&article);
        assert!(text.contains("The first paragraph"), "the opening stays: {text}");
        assert!(!text.contains("\"* High Tide\"") && !text.contains("Table of Contents"), "{text}");
        assert!(article.report.removed.iter().any(|r| r.rule == "contents-list" && r.text == "+ The Banks"));
        // Numbered entries, and headings carrying an encyclopedia's edit link.
        let page = page.replace("* Low Tide", "* 1 Low Tide").replace("+ The Mudflats", "+ 1.1 The Mudflats").replace("\nHigh Tide\n", "\nHigh Tide [ edit ]\n");
        let article = clean(&page);
        assert_eq!(article.report.removed.iter().filter(|r| r.rule == "contents-list").count(), 6, "{:?}", article.report.removed);
    }

    #[test]
    fn a_sites_terms_of_use_are_chrome_and_an_article_on_terms_is_not() {
        // (A legal notice, which the HTML reader takes out of paragraphs of any length.)
        for notice in [
            "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
            "By using this website you agree to the Velmora Gazette's terms of service.",
            "Community Rules apply to all content you upload or otherwise submit to this site.",
            "By signing up, you agree to our Privacy Policy & Terms and Conditions.",
            "By submitting your email, you're agreeing to receive offers from the Velmora Gazette.",
            "Press Council Regulated Copyright ©2023 Velmora Newspapers. \"Velmora Daily\" is a registered trademark. All rights reserved.",
        ] {
            assert_eq!(super::furniture(notice).map(|(rule, _)| rule), Some("legal-notice"), "{notice}");
        }
        assert!(super::furniture("Ad Choices").is_some());
        assert!(super::furniture("By joining the Velmora club, you agree to keep the quay clean.").is_none());
        let prose = "The court found that the use of the site by the shop's customers was a matter for the shop, and that Tora Quist had known of the terms since the spring, when the shop first wrote to her about them.";
        assert!(super::furniture(prose).is_none());
        let on_copyright = "Their copyright claim, the judge said, left all rights reserved to the shop until May.";
        assert!(super::furniture(on_copyright).is_none_or(|(rule, _)| rule != "legal-notice"));
    }

    #[test]
    fn a_video_players_controls_are_chrome() {
        let player = "Play Video\n\nPlay\n\nMute\n\nCurrent Time 0:00\n\n/\n\nDuration Time 0:00\n\nLoaded : 0%\n\nStream Type LIVE\n\nPlayback Rate\n\n* captions settings , opens captions settings dialog\n\nFullscreen\n\nThis is a modal window.\n\nForeground --- White Black Red Green Blue Yellow Magenta Cyan --- Opaque Semi-Opaque\n\nText Edge Style None Raised Depressed Uniform Dropshadow\n\nClose\n\nThis is a modal window. This modal can be closed by pressing the Escape key or activating the close button.\n\n";
        let para = |n: &str| format!("The volunteers count the seals along both banks of the estuary at low tide, {n} a month, and send the figures to the trust.");
        let page = format!("Counting Seals\n\n{}\n\n{}\n\n{player}{}\n\n{}\n", para("once"), para("twice"), para("thrice"), para("four times"));
        let article = clean(&page);
        let text = body(&article);
        assert_eq!(text.matches("The volunteers count").count(), 4, "{text}");
        for control in ["Play", "Mute", "Current Time", "Opaque", "modal", "Edge Style", "Close"] {
            assert!(!text.contains(control), "{control}: {text}");
        }
    }

    #[test]
    fn an_advertisements_slot_inside_the_text_does_not_end_it() {
        let para = |n: &str| format!("The volunteers count the seals along both banks of the estuary at low tide, {n} a month, and send the figures to the trust.");
        let page = format!("Counting Seals\n\n{}\n\nADVERTISING\n\nAd by Velmora\n\n{}\n\n{}\n\n{}\n", para("once"), para("twice"), para("thrice"), para("four times"));
        let article = clean(&page);
        let text = body(&article);
        assert_eq!(text.matches("The volunteers count").count(), 4, "{text}");
        assert!(article.report.removed.iter().any(|r| r.rule == "ad-slot" && r.text == "ADVERTISING"), "{:?}", article.report.removed);
    }

    #[test]
    fn a_pages_age_is_no_text() {
        for stamp in ["Published 6 days ago", "2 hours ago", "Updated: an hour ago"] {
            assert_eq!(super::furniture(stamp).map(|(rule, _)| rule), Some(super::AGE_STAMP_RULE), "{stamp}");
        }
        assert_eq!(super::furniture("Six days ago the seals came back."), None);
    }

    #[test]
    fn a_label_spaced_from_its_colon_is_the_label() {
        for line in ["Story date : 12/03/2024\u{a0}\u{a0}\u{a0}Category : Harbour News", "Tags : seals, tides"] {
            assert!(super::furniture(line).is_some(), "{line}");
        }
        assert_eq!(super::furniture("The seals came back : all nine of them, counted twice."), None);
    }

    #[test]
    fn a_text_size_controls_label_is_a_button() {
        for line in ["Adjust", "Text size", "[+] Font size"] {
            assert!(super::furniture(line).is_some(), "{line}");
        }
        assert_eq!(super::furniture("Adjust the sails before the squall."), None);
    }

    #[test]
    fn a_sentence_ending_on_a_widgets_words_and_a_program_naming_a_cookie_are_no_chrome() {
        for label in ["Like this:", "* Like this:", "Loading... Like this:", "Share: Facebook", "Tags: seals, tides", "Ivo Brand, photo: Velmora Archives"] {
            assert!(super::furniture(label).is_some(), "{label}");
        }
        for line in ["Sending the form, it would look like this:", r#"console.log(jar.has("Set-Cookie")); // false"#] {
            assert_eq!(super::furniture(line), None, "{line}");
        }
    }

    #[test]
    fn a_commenters_signature_is_chrome_and_a_sentence_introducing_a_list_is_not() {
        let line = |text: &str| super::Unit { line: 1, end: 1, text: text.to_string(), raw: vec![(1, text.to_string())], role: super::Role::Text, keep: false, chrome: false };
        for signature in ["Tora Quist says:", "Tora on May 2, 2019 at 6:34 am said:"] {
            assert!(super::comment_mark(&line(signature)), "{signature}");
        }
        assert!(!super::comment_mark(&line("In a long interview, the mayor of Velmora also said:")));
        // Such a sentence and its list stay in the text, the link to more under it too.
        let para = |n: &str| format!("The volunteers count the seals along both banks of the estuary at low tide, {n} a month, and send the figures to the trust.\n\n");
        let list = "In a long interview, the mayor of Velmora also said:\n\n* The ferry will run in winter\n\n* The quay will be mended\n\n* The museum opens in May\n\n* Tolls stay as they are\n\n* Buses will meet the ferry\n\n* The pier stays closed\n\nRead the whole interview\n\n";
        let kept = body(&clean(&format!("Counting Seals\n\n{}{}{list}{}{}", para("once"), para("twice"), para("thrice"), para("four times"))));
        assert!(kept.contains("once a month") && kept.contains("The pier stays closed"), "{kept}");
    }

    #[test]
    fn bulleted_headlines_with_their_decks_end_the_text_and_a_list_of_definitions_does_not() {
        let para = |n: &str| format!("The volunteers count the seals along both banks of the estuary at low tide, {n} a month, and send the figures to the trust.\n\n");
        let text = format!("{}{}{}", para("once"), para("twice"), para("thrice"));
        let deck = |n: &str| format!("The town council voted on {n} night to close the old ferry landing for the whole of the winter season.");
        let teasers = format!("* Ferry Landing Closes for Winter\n\n{}\n\n* Velmora Opens Its New Harbour Museum\n\n{}\n\n* Tide Tables for the Coming Month\n\n{}\n\n", deck("Monday"), deck("Tuesday"), deck("Friday"));
        let page = format!("Counting Seals\n\n{text}{teasers}");
        let kept = body(&clean(&page));
        assert!(kept.contains("thrice") && !kept.contains("Ferry Landing"), "{kept}");
        let definitions = format!("* \"basic\": a count made from the bank\n\n{}\n\n* \"boat\": a count made from the water\n\n{}\n\n* Air: a count made from a plane\n\n{}\n\n", para("from the bank"), para("from a boat"), para("from the air"));
        let page = format!("Counting Seals\n\n{text}{definitions}{}", para("four times"));
        let kept = body(&clean(&page));
        assert!(kept.contains("a count made from the water") && kept.contains("four times"), "{kept}");
        // A gallery's pictures, counted, each with its caption, however long, after an article
        // they outweigh.
        let long = |n: &str| format!("{} {}", para(n).trim(), para(n).trim().replace("volunteers", "rangers"));
        let caption = |n: &str| format!("{} {}", long(n), long(n).replace("seals", "terns"));
        let gallery: String = ["Seals Return", "Velmora Quay", "Ferry Landing", "Tide Tables", "The Old Pier", "Low Water", "Sandbanks", "Dusk"].iter().enumerate().map(|(k, t)| format!("* {}/8 {t}\n\n{}\n\n", k + 1, caption(t))).collect();
        let article: String = ["in May", "in June", "in July", "in August", "in autumn", "in winter", "twice again"].iter().map(|n| long(n) + "\n\n").collect();
        let kept = body(&clean(&format!("Counting Seals\n\n{article}{gallery}")));
        assert!(kept.contains("twice again") && !kept.contains("Velmora Quay"), "{kept}");
        // A gallery opening the page is the article.
        let kept = body(&clean(&format!("Counting Seals\n\n{gallery}")));
        assert!(kept.contains("Velmora Quay"), "{kept}");
        // Sections led by bulleted heads, each of several sentences; items, then a paragraph.
        let sections = format!("* Counting Anew\n\n{}\n\n* Better Boats\n\n{}\n\n* The Future\n\n{}\n\n", long("from the bank"), long("from a boat"), long("from the air"));
        let items = format!("* Extra counts at dawn\n\n* Counts at dusk\n\n{}\n\n* A second counter\n\n* A better boat\n\n{}\n\n* A spare boat\n\n* Dry suits\n\n{}\n\n", para("by day"), para("by night"), para("in winter"));
        for list in [sections, items] {
            let kept = body(&clean(&format!("Counting Seals\n\n{text}{list}{}", para("four times"))));
            assert!(kept.contains("four times"), "{kept}");
        }
    }

    #[test]
    fn a_page_made_of_a_list_of_sentences_keeps_them_and_an_articles_headlines_go() {
        let menu = "Home\n\n* News\n\n* Shop\n\n* Forums\n\n* Support\n\n";
        let changes = [
            "Added the lantern block, with a smooth version",
            "Added a harbour biome",
            "Seals now rest on the sandbanks at low tide",
            "Boats can be named in an anvil",
            "Villagers will mend nets and sell them at the quay",
            "Fixed the ferry sinking when it was loaded with sand",
            "Fixed /tide command",
            "Tora Quist made the lighthouse turn at night",
        ];
        let list: String = changes.iter().map(|c| format!("+ {c}\n\n")).collect();
        let page = format!("{menu}Velmora Update 1.4\n\n{list}Newer\n\nOlder\n");
        let kept = body(&clean(&page));
        assert!(kept.contains("Seals now rest") && kept.contains("Tora Quist made") && kept.contains("lantern block"), "{kept}");
        assert!(!kept.contains("\"Forums\"") && !kept.contains("Older"), "{kept}");
        // A scraper's "+ " marks a nested list's items: they are a list's items, their marks off.
        assert!(kept.starts_with("List") && !kept.contains("\"+ "), "{kept}");
        // After an article, a list of headlines in sentence case is teasers, however long.
        let para = |n: &str| format!("The volunteers count the seals along both banks of the estuary at low tide, {n} a month, and send the figures to the trust.\n\n");
        let article: String = ["once", "twice", "thrice", "four times", "five times"].iter().map(|n| para(n)).collect();
        let headlines: String = changes.iter().map(|c| format!("- How the {} was done\n\n", c.to_lowercase())).collect();
        let kept = body(&clean(&format!("{menu}Counting Seals\n\n{article}More in Science\n\n{headlines}")));
        assert!(kept.contains("five times") && !kept.contains("harbour biome"), "{kept}");
    }

    #[test]
    fn a_listing_inside_a_technical_article_does_not_cut_the_text() {
        let prose = "The counter reads the harbour gauge every minute and keeps the last hundred readings in memory, so that a surge shows at once.";
        let listing = "let readings = gauge.read();\n\nif (readings.len() > 100) {\n\nreadings.remove(0);\n\n}\n\nconsole.log(readings); // the last hundred\n\nsend(readings_to_station);\n\n});\n\n";
        let page = format!("Home\n\nArticles\n\nAbout\n\nReading a Harbour Gauge\n\n{prose}\n\nThe first step fetches the reading and drops the oldest one when the buffer is full, as the listing shows below.\n\n{listing}{listing}The second step sends the buffer to the station, which keeps a week of readings for the volunteers who count the seals.\n\nThe station answers with the week's summary, and the counter prints it for the volunteers on the quay every evening.\n\nHome\n\nAbout\n");
        let text = body(&clean(&page));
        assert!(text.contains("The first step fetches"), "{text}");
        assert!(text.contains("The second step sends"), "{text}");
        assert!(text.contains("gauge.read()"), "the listing stays in the text: {text}");
        assert!(!text.contains("\"Articles\""), "the menu still goes: {text}");
    }
}
