//! The furniture a page sets after the article, which the extractor takes for its last
//! lines: the writer's card ("More by Ana Lima", a link to the author's page), the
//! article's categories and tags, and the links to the next page or the rest of a teaser.
//!
//! Takes the body's blocks; returns them without those lines, which go to the report with
//! their reason. Only the body's last blocks are read: the same words inside the article
//! ("Tags:" in a how-to on tagging) are its own.

use std::sync::LazyLock;

use regex::Regex;

use super::metadata::person;
use super::SetAside;
use crate::model::{plain_text, ArticleMeta, Block, Inline};

/// How far from the end of the body the page's closing furniture is looked for.
const TAIL_BLOCKS: usize = 6;

/// More words than a card, a tag line or a pagination link has.
const FURNITURE_WORDS: usize = 12;

/// An address of a person's page on the site or a network: "/author/ana-lima/",
/// "/profile/…", "linkedin.com/in/…".
pub(super) static PERSON_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:authors?|autor(?:en)?|auteurs?|profiles?|users?|members?|contributors?|writers?)/|linkedin\.com/in/").unwrap()
});

/// The label over an author's card, alone on its line.
static CARD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:published by|written by|posted by|about the author|about the writer|more by|more from this author)\W*$").unwrap()
});

/// A blog post's signature after its text: "Posted by Ann Lee at December 16, 2025 11:15 AM",
/// "Written by Ann on 3 May 2021".
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:posted|published|written)\s+by\s+((?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){0,3})\s+(?:at|on)\s+\S.*\d").unwrap()
});

/// A byline closing the text, perhaps with a link to follow the writer: "-- By Ana Lima
/// [Follow @analima]", "— by Ana Lima".
static CLOSING_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:--?|—|–)?\s*(?i:by)\s+((?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){1,3})\s*(?:[|,·]\s*)?(?:(?i:follow)\b.*|@\w+.*)?$").unwrap()
});

/// A line of the article's categories or tags ("Category: Blog Popular", "Tags: a, b",
/// "TOPICS", "#Climate #Energy").
static TAXONOMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:categor(?:y|ies)|tags?|topics?|filed under|posted in|keywords|hashtags?)\s*(?::.*)?|(?:#\w+\s*)+)$").unwrap()
});

/// A link to the article's next page or to the rest of a teaser ("Next Page", "Pages: 1 2
/// 3", "Read the rest").
static PAGINATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:next page|previous page|pages?\s*:?\s*\d+(?:\s+\d+)*|read the rest|continue reading|read (?:the )?full (?:article|story|post))\W*$").unwrap()
});

/// A paywall's notice where the article's text stops: "This article is exclusive to STAT+
/// subscribers", "Unlock this article", "Already a subscriber? Log in", "Subscribe to
/// continue reading", "Continue reading for free", "Subscribed to the Ledger? Register …",
/// "We hope you're enjoying the Ledger's journalism"; or an archive's ("The article you
/// requested has been archived").
static PAYWALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:this (?:article|story|content|post) is (?:exclusive|available|only available|reserved) (?:to|for)\b.*\b(?:subscribers|members)\b|[\w+&-]+\s+exclusive\s+story\W*$|unlock (?:this|the (?:full|rest of (?:the|this))) (?:article|story)\b|already a (?:subscriber|member)\s*\?|(?:subscribe|log in|sign in|register) to (?:continue|keep) reading\b|(?:continue|keep) reading with (?:a|your) subscription\b|(?:for )?(?:subscribers|members) only\W*$|the (?:article|story|page) you (?:requested|are looking for) (?:has been|is) archived\b|(?:continue|keep) reading for free\W*$|subscribed to\b.{1,60}\?\s*(?:register|log in|sign in)\b|we hope you(?:'re|’re| are) enjoying\b.{0,60}\b(?:journalism|reporting|coverage|articles|stories|content)\b)").unwrap()
});

/// More words than a paywall's notice has.
const PAYWALL_WORDS: usize = 25;

/// The label of a link to the next or previous article ("Next: Seeking Solitude").
static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:next|previous|read next|up next)\s*:").unwrap());

/// Takes the page's closing furniture out of the body's last blocks; a writer's card names
/// the author when the markup did not.
pub(super) fn take_furniture(body: Vec<Block>, meta: &mut ArticleMeta, aside: &mut Vec<SetAside>) -> Vec<Block> {
    let tail = body.len().saturating_sub(TAIL_BLOCKS);
    let publisher = publishers_closing(&body, meta.publication.as_deref());
    let mut kept = Vec::with_capacity(body.len());
    for (i, block) in body.into_iter().enumerate() {
        if i >= publisher {
            aside.push((block.plain_text(), "publisher", "the publisher's closing message or description, not the article's".into()));
            continue;
        }
        match (i >= tail).then(|| furniture(&block)).flatten() {
            Some((rule, reason)) if matches!(block, Block::List { .. }) => {
                let Block::List { items, .. } = &block else { continue };
                aside.extend(items.iter().map(|item| (plain_text(item), rule, reason.into())));
            }
            Some((rule, reason)) => {
                let text = block.plain_text();
                if rule == "author-card" && meta.author.is_none() {
                    meta.author = card_name(&block);
                }
                // (A desk's credit is no writer's: the signature names the writer.)
                let desk = meta.author.as_deref().is_some_and(|a| a.split_whitespace().any(|w| DESK_WORDS.contains(&w.to_lowercase().as_str())));
                if rule == "signature" && (meta.author.is_none() || desk) {
                    // (A given name alone names no one the front matter can credit.)
                    let name = SIGNATURE.captures(&text).or_else(|| CLOSING_BYLINE.captures(&text)).and_then(|c| person(&c[1])).filter(|n| n.contains(' '));
                    meta.author = name.or(meta.author.take());
                }
                aside.push((text, rule, reason.into()));
            }
            None => kept.push(block),
        }
    }
    kept
}

/// How far from the end of the body a heading opening the publisher's closing is looked for
/// (its message and its description run to several paragraphs and a list).
const PUBLISHER_BLOCKS: usize = 12;

/// A heading that opens the publisher's own closing: a description of the site or its
/// company ("About {publication} Media") or a message from its people ("A message from
/// Ana Lima, co-founder of {publication}:"). Returns the index it opens at (the body's
/// length where there is none): it and everything after it are the publisher's.
fn publishers_closing(body: &[Block], publication: Option<&str>) -> usize {
    let Some(publication) = publication.map(str::trim).filter(|p| !p.is_empty()) else { return body.len() };
    let names_it = |text: &str| {
        let text = text.trim().trim_end_matches(':').trim_end();
        let about = text.strip_prefix("About ").and_then(|rest| rest.strip_prefix(publication)).is_some_and(|rest| COMPANY_SUFFIX.is_match(rest));
        let message = MESSAGE_FROM.is_match(text) && text.contains(publication);
        about || message
    };
    let reach = body.len().saturating_sub(PUBLISHER_BLOCKS);
    (reach..body.len()).find(|&i| matches!(&body[i], Block::Heading { .. }) && names_it(&body[i].plain_text())).unwrap_or(body.len())
}

/// What may follow a publication's name in the name of its company: nothing, "Media",
/// "Inc.", "Group" …
static COMPANY_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s+(?:Media|Group|Inc\.?|Ltd\.?|LLC|Network|Company|Co\.|Publishing|Holdings))?$").unwrap());

/// A heading over a message of the publisher's people ("A message from …", "A note from …").
static MESSAGE_FROM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:an?\s+)?(?:message|note|letter|word)\s+from\s").unwrap());

/// Words of a desk's or a team's credit, not a person's name ("Staff Report").
const DESK_WORDS: &[&str] = &["staff", "team", "report", "desk", "editorial", "editors", "newsroom", "redaktion"];

/// The person a writer's card links to by name.
fn card_name(block: &Block) -> Option<String> {
    let (Block::Paragraph { content, .. } | Block::Heading { content, .. }) = block else { return None };
    let [(url, name)] = links(content).try_into().ok()?;
    let desk = name.split_whitespace().any(|w| DESK_WORDS.contains(&w.to_lowercase().as_str()));
    (PERSON_PAGE.is_match(&url) && !desk).then(|| person(&name)).flatten().filter(|n| n.contains(' '))
}

/// An address of the site's page for a tag, a topic or a category ("/tag/ferries",
/// "/newstopics/delhi-police.html"); a forum's "/topic/" numbers a thread ("/topic/2251-…").
static TAXONOMY_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)/(?:tags?|topics|newstopics|categor(?:y|ies)|keywords?|subjects?|themen|schlagwort)/|/topic/[^\d/]").unwrap());

/// A link's call to act on an offer, closing it ("… Register Now!", "Download today").
static CALL_TO_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:register|sign up|join|subscribe|download|buy|shop|book|apply|order|play|enrol|enroll|claim)\s+(?:now|today|here)\W*$").unwrap()
});

/// The rule and reason that make one closing block furniture.
fn furniture(block: &Block) -> Option<(&'static str, &'static str)> {
    let content = match block {
        Block::Paragraph { content, .. } | Block::Heading { content, .. } => content,
        // Each item a link alone to a tag's page: the article's tags.
        Block::List { items, .. } => {
            let tag = |item: &Vec<Inline>| matches!(links(item).as_slice(), [(url, name)] if TAXONOMY_PAGE.is_match(url) && plain_text(item).trim() == name.trim());
            return items.iter().all(tag).then_some(("taxonomy", "the article's categories or tags"));
        }
        _ => return None,
    };
    // A link alone calling to act on an offer: an advertisement.
    if matches!(links(content).as_slice(), [(_, name)] if plain_text(content).trim() == name.trim() && CALL_TO_ACT.is_match(name)) {
        return Some(("advertisement", "an advertisement's link after the article (a call to act on an offer)"));
    }
    let text = plain_text(content);
    let text = text.trim();
    let words = text.split_whitespace().count();
    // (A paywall's pitch runs longer than a label: "Unlock this article — plus analysis, …".)
    if words <= PAYWALL_WORDS && PAYWALL.is_match(text) {
        return Some(("paywall", "a paywall's or an archive's notice where the page stops the article"));
    }
    if words > FURNITURE_WORDS {
        return None;
    }
    let links = links(content);
    let words_outside = || {
        let inside: usize = links.iter().map(|(_, t)| t.split_whitespace().count()).sum();
        text.split_whitespace().count().saturating_sub(inside)
    };
    let to_a_person = links.len() == 1 && PERSON_PAGE.is_match(&links[0].0) && words_outside() <= 2;
    if to_a_person || CARD_LABEL.is_match(text) {
        Some(("author-card", "the writer's card after the article (a link to their page)"))
    } else if SIGNATURE.is_match(text) || CLOSING_BYLINE.is_match(text) {
        Some(("signature", "the post's signature after the text (its writer and time)"))
    } else if TAXONOMY.is_match(text) {
        Some(("taxonomy", "the article's categories or tags"))
    } else if PAGINATION.is_match(text) || NEXT_LABEL.is_match(text) && links.len() == 1 && words_outside() <= 2 {
        Some(("pagination", "a link to another page of the site"))
    } else {
        None
    }
}

/// The links of a run, each as its address and its text.
pub(super) fn links(content: &[Inline]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for inline in content {
        match inline {
            Inline::Link { url, content } => out.push((url.clone(), plain_text(content))),
            Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Lang { content: inner, .. } => out.extend(links(inner)),
            Inline::Text(_) | Inline::NoteRef(_) | Inline::Anchor(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::html::test_blocks::{paragraph, text};

    fn link(url: &str, s: &str) -> Inline {
        Inline::Link { url: url.into(), content: vec![text(s)] }
    }

    const PROSE: &str = "The ferry ran late all week, and the harbour master blamed the new timetable for it.";

    #[test]
    fn a_byline_closing_the_text_leaves_it_and_names_the_writer() {
        for (line, author, expected) in [
            (vec![text("-- By Tora Quist "), link("https://x.org/tq", "Follow @toraquist")], None, Some("Tora Quist")),
            (vec![text("— by Tora Quist")], Some("National Desk"), Some("Tora Quist")),
            (vec![text("By Tora Quist")], Some("Ana Lima"), Some("Ana Lima")),
        ] {
            let mut meta = ArticleMeta { author: author.map(str::to_string), ..Default::default() };
            let mut aside = Vec::new();
            let kept = take_furniture(vec![paragraph(vec![text(PROSE)]), paragraph(line)], &mut meta, &mut aside);
            assert_eq!(kept.len(), 1);
            assert_eq!(meta.author.as_deref(), expected);
        }
        // A sentence that opens so stays.
        let mut meta = ArticleMeta::default();
        let body = vec![paragraph(vec![text(PROSE)]), paragraph(vec![text("By Tuesday the harbour was open again.")])];
        assert_eq!(take_furniture(body, &mut meta, &mut Vec::new()).len(), 2);
    }

    #[test]
    fn a_posts_signature_leaves_the_end_of_the_body() {
        let mut meta = ArticleMeta::default();
        let mut aside = Vec::new();
        let body = vec![paragraph(vec![text(PROSE)]), paragraph(vec![text("Posted by Tora Quist at December 16, 2025 11:15 AM")])];
        let kept = take_furniture(body, &mut meta, &mut aside);
        assert_eq!(kept.len(), 1);
        assert_eq!(meta.author.as_deref(), Some("Tora Quist"));
        // A sentence that opens so is the article's.
        assert!(furniture(&paragraph(vec![text("Posted by the harbour master at the gate since 1990, the notice still stands.")])).is_none());
    }

    #[test]
    fn the_writers_card_tags_and_next_page_leave_the_end_of_the_body() {
        let body = vec![
            paragraph(vec![text(PROSE)]),
            paragraph(vec![text("More by "), link("https://example.org/author/jo-ruiz/", "Jo Ruiz")]),
            Block::Heading { id: String::new(), level: 2, content: vec![text("Published by")] },
            paragraph(vec![text("Tags: "), link("/tag/ferries", "ferries"), text(", "), link("/tag/harbours", "harbours")]),
            paragraph(vec![text("#Ferries #Harbours")]),
            paragraph(vec![link("/2019/06/ferry/2/", "Next Page")]),
            paragraph(vec![Inline::Strong(vec![text("Next:")]), text(" "), link("/2019/06/ferry-part-2/", "The Winter Crossing")]),
        ];
        let mut aside = Vec::new();
        let mut meta = ArticleMeta::default();
        let kept = take_furniture(body, &mut meta, &mut aside);
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(meta.author.as_deref(), Some("Jo Ruiz"));
        let rules: Vec<&str> = aside.iter().map(|(_, rule, _)| *rule).collect();
        assert_eq!(rules, ["author-card", "author-card", "taxonomy", "taxonomy", "pagination", "pagination"]);
    }

    #[test]
    fn a_list_of_tag_links_read_full_article_and_an_offers_link_leave_the_end_of_the_body() {
        let list = |items: Vec<Vec<Inline>>| Block::List { id: String::new(), ordered: false, start: 1, items };
        let body = vec![
            paragraph(vec![text(PROSE)]),
            list(vec![vec![link("/newstopics/ferries.html", "ferries")], vec![link("/newstopics/velmora-police.html", "velmora police")]]),
            paragraph(vec![text("Read full article")]),
            paragraph(vec![Inline::Strong(vec![link("/promo/quiz", "Test your harbour knowledge and win a boat trip. Register Now!")])]),
        ];
        let mut aside = Vec::new();
        let kept = take_furniture(body, &mut ArticleMeta::default(), &mut aside);
        assert_eq!(kept.len(), 1, "{kept:?}");
        let rules: Vec<&str> = aside.iter().map(|(_, rule, _)| *rule).collect();
        assert_eq!(rules, ["taxonomy", "taxonomy", "pagination", "advertisement"]);
        // A list of links to other pages, and a sentence linking an offer inside it, stay.
        let body = vec![
            paragraph(vec![text(PROSE)]),
            list(vec![vec![link("/2019/ferries.html", "The ferries")], vec![link("/topics/police.html", "police")]]),
            list(vec![vec![link("/topic/2251-ferries/", "1")], vec![link("/topic/2251-ferries/page/2/", "2")]]),
            paragraph(vec![text("The harbour board said: "), link("/boats", "book now")]),
        ];
        assert_eq!(take_furniture(body, &mut ArticleMeta::default(), &mut Vec::new()).len(), 4, "a forum's pages");
    }

    #[test]
    fn the_publishers_message_and_description_leave_the_end_of_the_body() {
        let heading = |s: &str| Block::Heading { id: String::new(), level: 3, content: vec![text(s)] };
        let closing = |headings: [&str; 2]| {
            let body = vec![
                paragraph(vec![text(PROSE)]),
                heading(headings[0]),
                paragraph(vec![text("Support our mission to keep the harbour news free.")]),
                heading(headings[1]),
                paragraph(vec![text("Velmora Post Media is a leader in island news, founded by Tora Quist.")]),
            ];
            let mut meta = ArticleMeta { publication: Some("Velmora Post".into()), ..ArticleMeta::default() };
            let mut aside = Vec::new();
            take_furniture(body, &mut meta, &mut aside).len()
        };
        assert_eq!(closing(["A message from Tora Quist, co-founder of Velmora Post:", "About Velmora Post Media"]), 1);
        assert_eq!(closing(["The ferry's winter", "About Velmora Post"]), 3, "the description alone");
        // A section about something the publication did is the article's.
        assert_eq!(closing(["The ferry's winter", "About Velmora Post’s ferry coverage"]), 5);
        assert_eq!(closing(["A message from the harbour master", "The timetable"]), 5, "another's message");
    }

    #[test]
    fn a_paywalls_notice_leaves_the_end_of_the_body() {
        let heading = |s: &str| Block::Heading { id: String::new(), level: 2, content: vec![text(s)] };
        for notice in [
            "Velmora+ Exclusive Story",
            "This article is exclusive to Velmora+ subscribers",
            "Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts from the harbour.",
            "Already a subscriber? Log in",
            "Subscribe to continue reading",
            "The article you requested has been archived",
            "Continue reading for free",
            "Subscribed to the Velmora Post? Register your account with the same email as your subscription.",
            "We hope you're enjoying the Velmora Post's refreshingly plain journalism.",
        ] {
            assert_eq!(furniture(&heading(notice)).map(|(rule, _)| rule), Some("paywall"), "{notice}");
        }
        for sentence in [
            "The mayor gave the Post an exclusive story on the ferry.",
            "Members only, the club said, since 1990.",
            "We hope you're enjoying the summer as much as we are.",
            "She had subscribed to the paper for years? Not quite: register books show two.",
        ] {
            assert!(furniture(&paragraph(vec![text(sentence)])).is_none(), "{sentence}");
        }
    }

    #[test]
    fn the_articles_own_lines_stay() {
        let body = vec![
            paragraph(vec![text(PROSE)]),
            // A link to a person's page inside a sentence is the article's.
            paragraph(vec![text("Read what "), link("https://example.org/author/jo-ruiz/", "Jo Ruiz"), text(" wrote about the ferry last spring.")]),
            paragraph(vec![text("Next, the council will vote on the new timetable.")]),
            paragraph(vec![text("Topics for the next meeting include the harbour fees.")]),
            paragraph(vec![text("Next: the vote.")]),
        ];
        let mut aside = Vec::new();
        assert_eq!(take_furniture(body, &mut ArticleMeta::default(), &mut aside).len(), 5, "{aside:?}");
    }
}
