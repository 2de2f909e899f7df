//! Metadata a page declares in its markup, gathered as evidence.
//!
//! Takes the parsed page; returns [`Evidence`]: every title, author, date, site name,
//! description, language and canonical URL the page states, each list in order of trust
//! (JSON-LD, then Open Graph and other `meta` tags, then `<time>`, bylines and `<title>`).
//! Choosing among them is `metadata`'s job; this module only reads.

use std::sync::LazyLock;

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};
use regex::Regex;
use serde_json::Value;

/// What the markup says about the article, strongest source first in every list.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Evidence {
    /// Declared titles (JSON-LD headline, `og:title`, `citation_title`, `dc.title`...).
    pub titles: Vec<String>,
    /// How many of `titles`, at their head, are articles' headlines (JSON-LD), in page order.
    pub(super) headlines: usize,
    /// The `<title>` element, which usually carries the site name too.
    pub page_title: Option<String>,
    /// The body's `<h1>`s, in document order (a page's menus and boxes have theirs too).
    pub h1s: Vec<String>,
    /// The body's lesser headings (`<h2>` to `<h6>`), in document order: a page may set its
    /// headline in one.
    pub subheads: Vec<String>,
    /// Authors per source; each entry is one source's list of names.
    pub authors: Vec<Vec<String>>,
    /// The visible byline(s) of the page (`rel=author`, `.byline`, `.author`).
    pub bylines: Vec<String>,
    /// Names a plain `<meta name="author">` gives that the page shows nowhere: a template's
    /// (a theme's designer, a blog's owner), weaker than any byline the page shows.
    pub unshown_authors: Vec<String>,
    /// The holder a page's own notice names ("© Ana Lima", "Copyright 2018 Ana Lima. All rights
    /// reserved."): on a personal site, the writer, when nothing else names one.
    pub rights_holders: Vec<String>,
    /// Publication dates as written (`2019-11-19T10:00:00-05:00`, `November 19, 2019`).
    pub dates: Vec<String>,
    /// Site or publication names (`og:site_name`, JSON-LD publisher / WebSite).
    pub sites: Vec<String>,
    /// Descriptions (JSON-LD, `og:description`, `description`).
    pub descriptions: Vec<String>,
    /// Language tags (`<html lang>`, JSON-LD `inLanguage`, `og:locale`).
    pub languages: Vec<String>,
    /// Canonical URLs (`link rel=canonical`, `og:url`, JSON-LD `url`).
    pub urls: Vec<String>,
    /// The address the headline links to as the post's own (`<h2><a rel="bookmark"
    /// href="/blog/2020/01/13/…">`), where the page has one such link: a blog's permalink,
    /// which may file the post under its day.
    pub permalink: Option<String>,
    /// Names the markup gives as organisations, not people (a JSON-LD author typed
    /// `Organization`, `<meta name="publisher">`): an author only when no person is named.
    pub organisations: Vec<String>,
    /// Dates the page only shows: short lines a page marks as its date ("31. Mai 2019" in
    /// a `.entry-date`, "Veröffentlicht am 06.10.2023"), in document order; weaker than any
    /// declared date.
    pub shown_dates: Vec<String>,
    /// The site's motto as the page prints it in its masthead ("Things that matter. Pass 'em
    /// on.") or declares it for the whole site (JSON-LD `WebSite`): no article's standfirst.
    pub taglines: Vec<String>,
    /// The deck the page prints under its headline and marks as its article's description.
    pub printed_deck: Option<String>,
    /// The sentence set right under the headline: the deck, where the body sets it as a
    /// heading.
    pub headline_deck: Option<String>,
    /// Dates of a revision the page shows ("Updated: Dec 15, 2016 2:57 PM UTC"): the
    /// article's date only when nothing else dates it, some pages showing no other.
    pub revision_dates: Vec<String>,
}

/// How many of the body's first elements are searched for an unmarked "By X" line.
const BYLINE_SCAN: usize = 400;

/// More words than a byline has, a date and a label included ("Ein Artikel von Pamela
/// Sladky | 27.01.2022 - 12:45").
pub(super) const BYLINE_WORDS: usize = 12;

/// The phrases a byline opens with, in the languages pages are commonly written in:
/// "Written by", "Geschrieben von", "Ein Artikel von", "Publié par", "Escrito por"…
/// Shared with `metadata`, which takes them off a name.
pub(super) const BYLINE_PHRASES_RE: &str = r"(?:(?:written|posted|published|reported|words|text|photos?\s+and\s+text)\s+by|(?:ein(?:en)?\s+)?(?:artikel|beitrag|interview|kommentar|bericht|text|blog\s*beitrag)\s+von|(?:geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|gepostet)\s+von|(?:un\s+article\s+)?(?:publié|écrit|rédigé|posté)\s+par|(?:escrito|publicado|redactado)\s+por|(?:scritto|pubblicato)\s+da|(?:geschreven|gepubliceerd)\s+door)";

/// The single words a byline opens with: "By", "Von", "Par", "Por", "Door", "Di", "Av".
pub(super) const BYLINE_WORDS_RE: &str = r"(?:by|von|par|por|door|di|av|af|przez)";

/// The labels a byline opens with, a colon after them: "Autor: …", "Text: …", "Auteur : …".
pub(super) const BYLINE_LABELS_RE: &str =
    r"(?:autor(?:in)?|auteur|author|autore|text|texte|words|redaktion|reporter)(?:\s+(?:und|and|&|et|y|e|\+)\s+\p{L}+)?";

/// A line that opens as a byline: a byline's phrase ("Gespeichert von rasos"), a byline's
/// word and then a capitalised name ("Von Roland Brockmann", not "von der Leyen"), or a
/// label and a colon ("Autor: uriebe").
pub(super) static BYLINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{BYLINE_PHRASES_RE}\s*:?\s+\w|{BYLINE_WORDS_RE}\s*:?\s+(?-i:\p{{Lu}})|{BYLINE_LABELS_RE}\s*:\s*\S)"
    ))
    .unwrap()
});

/// Reads every metadata source of the page.
pub fn gather(doc: &Document) -> Evidence {
    let mut ev = Evidence::default();
    // Some CMSs leave the type off a JSON-LD script; its `@context` names schema.org.
    let blocks: Vec<Value> = doc
        .select(r#"script[type="application/ld+json"], script:not([type])"#)
        .iter()
        .filter(|s| s.attr("type").is_some() || (s.text().trim_start().starts_with('{') && s.text().contains("schema.org")))
        .filter_map(|s| parse_json_ld(&s.text()))
        .collect();
    // A graph names each person once and points to them by `@id` (Yoast's "author": {"@id": …}).
    let mut ids = Vec::new();
    blocks.iter().for_each(|b| named_ids(b, &mut ids));
    for value in &blocks {
        json_ld(value, &ids, &mut ev);
    }
    meta_tags(doc, &mut ev);
    itemprops(doc, &mut ev);
    if let Some(lang) = doc.select("html").attr("lang") {
        ev.languages.insert(0, lang.trim().to_string());
    }
    if let Some(href) = doc.select(r#"link[rel="canonical"]"#).attr("href") {
        ev.urls.insert(0, href.trim().to_string());
    }
    // (A list of posts links each headline so: no one of them is the page's.)
    if let [permalink] = doc.select(r#"h1 a[rel~="bookmark"][href], h2 a[rel~="bookmark"][href], h3 a[rel~="bookmark"][href]"#).nodes() {
        ev.permalink = permalink.attr("href").map(|h| h.trim().to_string());
    }
    for time in doc.select("time[datetime]").iter() {
        ev.dates.push(time.attr("datetime").map(|d| d.trim().to_string()).unwrap_or_default());
    }
    // An abbreviation's title as the older form of `<time>` ("<abbr
    // title="2011-08-25T01:40:40Z">1 hr ago</abbr>"; hAtom's `published` is read later).
    for abbr in doc.select("abbr[title]").nodes() {
        let title = abbr.attr("title").map(|t| t.trim().to_string()).unwrap_or_default();
        let published = abbr.attr("class").is_some_and(|c| c.split_whitespace().any(|t| t == "published"));
        if ISO_TIMESTAMP.is_match(&title) && !published && !in_comments(abbr) {
            ev.dates.push(title);
        }
    }
    let spine = headline_spine(doc);
    // hCard: the name inside a byline marked up as a card ("<p class="author vcard"><b
    // class="fn">Ana Lima</b> <span>Senior Correspondent</span></p>") is the name alone.
    for card in doc.select(r#"[class~="vcard"]"#).nodes() {
        let name = card.descendants_it().find(|d| d.attr("class").is_some_and(|c| c.split_whitespace().any(|t| t == "fn")));
        let Some(name) = name.filter(|n| !inside_code(n) && !in_comments(n) && !outside_article(n, &spine) && !names_a_thing(n)) else { continue };
        let text = short_text(&name, SHORT_LINE);
        if text.is_some() && text != short_text(card, SHORT_LINE) {
            ev.bylines.extend(text);
        }
    }
    // (Classes in any case: a styled component's "css-1wkce1i-Byline".)
    for byline in doc.select(r#"a[rel="author"], [class*="byline" i], [class*="author-name" i], [rel="author"]"#).nodes() {
        if !inside_code(byline) && !in_comments(byline) {
            ev.bylines.extend(short_text(byline, usize::MAX));
        }
    }
    // A short "By X" line at the top of the text, marked up or not, is a visible byline (a
    // menu's "By Company Size" is none).
    let plain = doc.select("body p, body span, body address").nodes().iter().take(BYLINE_SCAN).find_map(|n| {
        let text = squash(&n.text());
        let byline = text.starts_with("By ") && text.split_whitespace().count() <= 8 && !inside_code(n) && !in_menu(n);
        byline.then_some(text)
    });
    ev.bylines.extend(plain);
    // Weaker: an element a theme marks as the author ("author vcard", "entry-author"), and a
    // short line opening with a byline's words in the page's language ("Von …", "Par …",
    // "Autor: …", "Posted by …").
    for node in doc.select(r#"body [class*="author"], body [id*="author"], body [class~="fn"]"#).nodes().iter().take(BYLINE_SCAN) {
        if !inside_code(node) && !in_comments(node) && !outside_article(node, &spine) && !names_a_thing(node) && !in_figure_or_quote(node) && !links_a_topic(node) && !in_teaser(node) {
            let text = short_text(node, SHORT_LINE).unwrap_or_default();
            // An avatar's initials in the writer's picture's place ("AL") name nobody.
            let initials = text.len() <= 3 && text.chars().all(char::is_uppercase);
            if (1..=BYLINE_WORDS).contains(&byline_words(&text)) && !initials {
                ev.bylines.push(text);
            }
        }
    }
    let prefixed = doc.select("body p, body span, body div, body em, body i, body small, body li, body h2, body h3, body h4, body h5, body h6, body address, body td");
    let prefixed = prefixed.nodes().iter().take(4 * BYLINE_SCAN).filter_map(|n| {
        // Marks before the words ("---- by Kenneth Surin", "- Redaktion: …") are no part of them.
        let text = short_text(n, SHORT_LINE)?.trim_start_matches(|c: char| !c.is_alphanumeric()).to_string();
        let byline = text.split_whitespace().count() <= BYLINE_WORDS && BYLINE_PREFIX.is_match(&text) && names_after_word(&text);
        (byline && !inside_code(n) && !in_comments(n) && !outside_article(n, &spine) && !in_teaser(n)).then_some(text)
    });
    // Nested elements repeat a line: each line once, the first few.
    let mut lines: Vec<String> = Vec::new();
    for line in prefixed {
        if !lines.contains(&line) {
            lines.push(line);
        }
        if lines.len() == PREFIXED_LINES {
            break;
        }
    }
    ev.bylines.extend(lines);
    ev.bylines.extend(labelled_name(doc));
    shown_dates(doc, &spine, &mut ev);
    for motto in doc.select(TAGLINES).nodes() {
        ev.taglines.extend(short_text(motto, SHORT_LINE));
    }
    ev.page_title = non_empty(&doc.select("head title").text());
    ev.rights_holders = rights_holders(doc);
    // Documentation pages end a heading with its permalink ("Installation¶", "Usage #").
    let permalink = |c: char| matches!(c, '¶' | '#' | '§' | '🔗') || c.is_whitespace();
    let headings = |selector: &str, most: usize| -> Vec<String> {
        let nodes = doc.select(selector).nodes().to_vec();
        let texts = nodes.iter().filter(|h| !is_logo(h)).map(|h| squash(&broken_text(h)).trim_end_matches(permalink).to_string());
        texts.filter(|t| !t.is_empty()).take(most).collect()
    };
    ev.h1s = headings("body h1", MAX_H1S);
    ev.subheads = headings("body h2, body h3, body h4, body h5, body h6", MAX_SUBHEADS);
    for list in [
        &mut ev.titles,
        &mut ev.bylines,
        &mut ev.dates,
        &mut ev.sites,
        &mut ev.descriptions,
        &mut ev.languages,
        &mut ev.urls,
        &mut ev.organisations,
        &mut ev.shown_dates,
    ] {
        list.retain(|s| !s.trim().is_empty());
    }
    ev.authors.retain(|a| !a.is_empty());
    ev.headline_deck = headline_deck(doc, &ev.titles);
    ev
}

/// Fewer words than a deck has: a shorter line under the headline is a kicker or a label.
const DECK_WORDS: usize = 8;

/// The sentence a page sets right under its headline (`<h1>…</h1><hr><h2 class="subhead">In
/// a world marked by war, … constant disruption.</h2>`): its deck, where the body sets it in a
/// heading's type, a section's heading being a phrase. The headline is the first `<h1>` or a
/// heading reading as a declared title; only an empty element or a rule may stand between.
/// (A story whose paragraphs are all set in a heading's type sets its lead so, away from the
/// headline.)
fn headline_deck(doc: &Document, titles: &[String]) -> Option<String> {
    let declared = |h: &NodeRef| titles.iter().any(|t| squash(t) == squash(&h.text()));
    let headings = doc.select("body h1, body h2, body h3").nodes().to_vec();
    let first_h1 = headings.iter().find(|h| h.node_name().as_deref() == Some("h1")).map(|h| h.id);
    let headline = headings.iter().find(|h| Some(h.id) == first_h1 || declared(h))?;
    let next = std::iter::successors(headline.next_element_sibling(), NodeRef::next_element_sibling)
        .find(|e| e.node_name().as_deref() != Some("hr") && !e.text().trim().is_empty())?;
    let text = squash(&next.text());
    let sentence = text.ends_with(['.', '?', '!']) && !text.ends_with("...");
    // (A headline set twice, its second setting without its dashes, is no deck.)
    let words = super::audit::words;
    let repeats = titles.iter().map(String::as_str).chain([headline.text().as_ref()]).any(|t| words(t) == words(&text));
    (sentence && !repeats && text.split_whitespace().count() >= DECK_WORDS).then_some(text)
}

/// Where a theme prints the site's motto: WordPress's `site-description`, a masthead's
/// `tagline` or `slogan`, anything in the site's branding block.
const TAGLINES: &str = r#"[class~="site-description"], [class~="tagline"], [class~="site-tagline"], [class~="slogan"], [class~="site-slogan"], [id="branding"] *, [class~="site-branding"] *"#;

/// A date and time as machines write it: "2011-08-25T01:40:40Z".
static ISO_TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d").unwrap());

/// Enough `<h1>`s to pass a page's menus and reach its article's.
const MAX_H1S: usize = 16;
/// The lesser headings a page's headline is looked for among (its menus' come first).
const MAX_SUBHEADS: usize = 64;

/// Parses a JSON-LD block; tolerates the HTML comment and CDATA wrappers some CMSs add.
fn parse_json_ld(text: &str) -> Option<Value> {
    let t = text.trim();
    let t = t.trim_start_matches("<!--").trim_end_matches("-->").trim();
    let t = t.trim_start_matches("//<![CDATA[").trim_end_matches("//]]>").trim();
    serde_json::from_str(t).ok()
}

/// Types whose fields describe the article itself (schema.org `Article` and its kin, and a
/// recipe page's `Recipe`).
fn is_article_type(value: &Value) -> bool {
    let is = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "WebPage" || t == "Recipe";
    match value.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// Whether a microdata property belongs to a picture: its nearest `itemscope` is an
/// ImageObject or a Photograph, whose `author` is the photographer or the agency ("(Image:
/// Getty Images)"). (A video's is the page's own on a video's page: its maker.)
fn of_a_picture(node: &NodeRef) -> bool {
    let types = item_type(node).unwrap_or_default();
    types.split_whitespace().any(|t| matches!(t.trim_end_matches('/').rsplit('/').next(), Some("ImageObject" | "Photograph")))
}

/// The `itemtype` of the microdata item a node's properties belong to: its nearest
/// `itemscope`'s. None outside any item.
fn item_type(node: &NodeRef) -> Option<String> {
    let item = node.ancestors_it(None).find(|a| a.has_attr("itemscope"))?;
    Some(item.attr("itemtype").map(|t| t.to_string()).unwrap_or_default())
}

/// Every node of a JSON-LD value that has both an `@id` and a `name`, as (id, node).
fn named_ids<'a>(value: &'a Value, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| named_ids(v, out)),
        Value::Object(map) => {
            if let (Some(Value::String(id)), Some(_)) = (map.get("@id"), map.get("name")) {
                out.push((id.clone(), value));
            }
            map.values().for_each(|v| named_ids(v, out));
        }
        _ => {}
    }
}

/// Named JSON-LD nodes by `@id`.
type Ids<'a> = [(String, &'a Value)];

/// Walks a JSON-LD value (objects, arrays, `@graph`) and collects the article's fields.
fn json_ld(value: &Value, ids: &Ids, ev: &mut Evidence) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, ids, ev)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, ids, ev);
            }
            if is_article_type(value) {
                article_fields(value, ids, ev);
            } else if value.get("@type").and_then(Value::as_str) == Some("WebSite") {
                ev.sites.extend(string(value.get("name")));
                ev.taglines.extend(string(value.get("description")));
            }
        }
        _ => {}
    }
}

/// The fields of one schema.org Article-like object.
fn article_fields(v: &Value, ids: &Ids, ev: &mut Evidence) {
    // A WebPage is weaker evidence than an Article: its name is often the <title>.
    let weak = v.get("@type").and_then(Value::as_str) == Some("WebPage");
    // A recipe's name is the dish's, not the article's headline ("Pear Jam" in "Homemade Pear
    // Jam for the Holidays"); its author and date are the page's.
    let recipe = v.get("@type").and_then(Value::as_str) == Some("Recipe");
    // The headline, then a name that differs from it (a headline may hold a description).
    let mut titles: Vec<String> = string(v.get("headline")).into_iter().collect();
    titles.extend(string(v.get("name")).filter(|n| !titles.contains(n)));
    titles.retain(|_| !recipe);
    if weak {
        ev.titles.extend(titles);
    } else {
        // Before a web page's name, after the headlines read before it: the page's own
        // article comes first, its teasers' own JSON-LD after ("Related: …").
        for title in titles {
            ev.titles.insert(ev.headlines, title);
            ev.headlines += 1;
        }
        let mut organisations = Vec::new();
        let names = people(v.get("author").or_else(|| v.get("creator")), ids, &mut organisations);
        if !names.is_empty() {
            ev.authors.push(names);
        }
        ev.organisations.extend(organisations);
    }
    for key in ["datePublished", "dateCreated"] {
        ev.dates.extend(string(v.get(key)).or_else(|| unix_time(v.get(key))));
    }
    ev.descriptions.extend(string(v.get("description")));
    if let Some(publisher) = v.get("publisher") {
        ev.sites.extend(string(publisher.get("name")).or_else(|| string(Some(publisher))));
    }
    ev.languages.extend(string(v.get("inLanguage")));
    ev.urls.extend(string(v.get("url")).or_else(|| v.get("mainEntityOfPage").and_then(|m| string(m.get("@id")))));
}

/// Names of the people in a JSON-LD `author` value (a string, an object, a reference by
/// `@id` to a node of the graph, or a list); the names of authors typed as organisations
/// are also added to `organisations`.
fn people(v: Option<&Value>, ids: &Ids, organisations: &mut Vec<String>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => split_names(s),
        Some(value @ Value::Object(o)) => {
            let node = match (o.get("name"), o.get("@id").and_then(Value::as_str)) {
                (None, Some(id)) => ids.iter().find(|(i, _)| i == id).map_or(value, |(_, n)| *n),
                _ => value,
            };
            let names = string(node.get("name")).map(|n| split_names(&n)).unwrap_or_default();
            // A node typed both Person and Organization (a one-person site) is a person.
            let is_org = |t: &str| t.contains("Organization") || t == "Corporation";
            let org = match node.get("@type") {
                Some(Value::String(t)) => is_org(t),
                Some(Value::Array(ts)) => {
                    let types: Vec<&str> = ts.iter().filter_map(Value::as_str).collect();
                    types.iter().any(|t| is_org(t)) && !types.contains(&"Person")
                }
                _ => false,
            };
            if org {
                organisations.extend(names.iter().cloned());
            }
            names
        }
        Some(Value::Array(items)) => items.iter().flat_map(|i| people(Some(i), ids, organisations)).collect(),
        _ => Vec::new(),
    }
}

/// A JSON string value, whitespace squashed; `None` for other kinds or empty strings.
fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => non_empty(s),
        Value::Array(items) => items.iter().find_map(|i| string(Some(i))),
        _ => None,
    }
}

/// A date written as Unix time, in seconds or milliseconds ("datePublished": 1676551869), as
/// an ISO timestamp.
fn unix_time(v: Option<&Value>) -> Option<String> {
    let n = v?.as_i64()?;
    // Past 10^11 seconds lies the year 5138: such a number counts milliseconds.
    let secs = if n.abs() >= 100_000_000_000 { n / 1000 } else { n };
    (secs > 0).then(|| crate::time::Civil::from_unix(secs).iso8601())
}

/// `meta` tags: Open Graph, article:*, citation_*, Dublin Core, and common CMS names.
fn meta_tags(doc: &Document, ev: &mut Evidence) {
    let mut authors = Vec::new();
    // Yoast's reading-time card: `twitter:label1` = "Written by", `twitter:data1` = the name.
    let mut labels: Vec<(String, String)> = Vec::new();
    let (mut plain_dates, mut application) = (Vec::new(), Vec::new());
    // Pages saved through Mercury-based readers carry the value in `value`, not `content`.
    for meta in doc.select("meta[content], meta[value]").iter() {
        let key = meta.attr("property").or_else(|| meta.attr("name")).or_else(|| meta.attr("itemprop").filter(|_| !meta.nodes().first().is_some_and(of_a_picture)));
        let Some(key) = key.map(|k| k.trim().to_ascii_lowercase()) else { continue };
        let Some(content) = meta.attr("content").or_else(|| meta.attr("value")).and_then(|c| non_empty(&c)) else { continue };
        match key.as_str() {
            "og:title" | "citation_title" | "dc.title" | "dcterms.title" | "twitter:title" | "parsely-title" | "headline" => {
                ev.titles.push(content)
            }
            "author" | "article:author" | "article_author" | "citation_author" | "citation_authors" | "dc.creator" | "dcterms.creator" | "parsely-author"
            // Profile links and @handles name nobody a reader would recognise.
            | "sailthru.author" | "byl" | "twitter:creator" if !content.starts_with("http") && !content.starts_with('@') => {
                authors.push((key, content));
            }
            "article:published_time" | "og:article:published_time" | "citation_publication_date" | "dc.date.issued"
            | "parsely-pub-date" | "article.published" | "datepublished" | "og:published_time" | "originalpublicationdate"
            | "rnews:datepublished" => ev.dates.push(content),
            // Parse.ly's record of the page, as JSON: its "pub_date" and "author".
            "parsely-page" => {
                let record = parse_json_ld(&content);
                ev.dates.extend(record.as_ref().and_then(|v| string(v.get("pub_date"))));
                let author = record.as_ref().and_then(|v| string(v.get("author"))).and_then(|a| non_empty(&a));
                authors.extend(author.map(|a| (key.clone(), a)));
            }
            // A date not said to be the publication's may be a revision's: after those that are.
            "citation_date" | "dc.date" | "dcterms.date" | "dcterms.created" | "sailthru.date" | "pubdate" | "publish-date"
            | "publishdate" | "date" => plain_dates.push(content),
            "og:site_name" | "citation_journal_title" | "dc.publisher" => ev.sites.push(content),
            // An application's name may be the site's slug ("theatlantic"): after the site's own.
            "application-name" => application.push(content),
            "og:description" | "description" | "twitter:description" | "dc.description" => ev.descriptions.push(content),
            "og:locale" | "dc.language" | "citation_language" => ev.languages.push(content.replace('_', "-")),
            "og:url" => ev.urls.push(content),
            "publisher" | "article:publisher" if !content.starts_with("http") => ev.organisations.push(content),
            // The rights holder is the publisher ("Copyright (c) Condé Nast 2022"), though some
            // pages credit it as the author too.
            "copyright" | "dcterms.rightsholder" => {
                let holder = COPYRIGHT_WORDS.replace_all(&content, "");
                ev.organisations.extend(non_empty(holder.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ',')));
            }
            k if k.starts_with("twitter:label") || k.starts_with("twitter:data") => labels.push((key, content)),
            _ => {}
        }
    }
    ev.dates.extend(plain_dates);
    ev.sites.extend(application);
    for (key, label) in &labels {
        let Some(n) = key.strip_prefix("twitter:label") else { continue };
        if WRITTEN_BY.is_match(label) {
            let data = format!("twitter:data{n}");
            if let Some((_, name)) = labels.iter().find(|(k, _)| *k == data) {
                authors.push(("twitter:data".to_string(), name.clone()));
            }
        }
    }
    // One list per tag name, so several citation_author tags make one list of authors.
    let mut by_key: Vec<(String, Vec<String>)> = Vec::new();
    for (key, name) in authors {
        match by_key.iter_mut().find(|(k, _)| *k == key) {
            Some((_, names)) => names.extend(split_names(&name)),
            None => by_key.push((key, split_names(&name))),
        }
    }
    // A template's `<meta name="author">` credits whoever set the site up ("Posted by <span
    // class="fn">Ana Lima</span>" under a post whose meta names the theme's designer).
    // (The body's text is read only for that tag.)
    let mut shown: Option<String> = None;
    for (key, names) in by_key {
        let unshown = key == "author" && {
            let shown = shown.get_or_insert_with(|| doc.select("body").text().to_string());
            !names.iter().any(|n| shown.contains(n.as_str()))
        };
        if unshown {
            ev.unshown_authors.extend(names);
        } else {
            ev.authors.push(names);
        }
    }
}

/// The words around a rights holder's name: "Copyright", "(c)", "©", years, "All rights reserved".
static COPYRIGHT_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)copyright|\(c\)|©|\b\d{4}\b(?:\s*[-–]\s*\d{4})?|all rights reserved").unwrap());

/// The holders the page's copyright notices name, each once, the words of the notice
/// ("©", years, "All rights reserved") taken away: the notice is read from the element whose
/// text opens on its sign.
fn rights_holders(doc: &Document) -> Vec<String> {
    let mut holders: Vec<String> = Vec::new();
    let body = doc.select("body");
    let Some(body) = body.nodes().first() else { return holders };
    let opens_a_notice = |d: &NodeRef| {
        let text = d.text();
        let text = text.trim_start();
        text.starts_with('©') || text.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
    };
    let notices = body.descendants_it().filter(|d| d.is_text() && opens_a_notice(d));
    for text in notices.take(MAX_NOTICES) {
        let Some(element) = text.parent() else { continue };
        // A picture's credit ("© Ana Lima" under a photograph) names its photographer: a
        // picture in the small box around the notice, up to the first element holding more.
        let mut boxes = std::iter::successors(Some(element), NodeRef::parent).take_while(|a| short_text(a, CREDIT_BOX_CHARS).is_some());
        let pictured = boxes.any(|a| a.descendants_it().any(|d| matches!(d.node_name().as_deref(), Some("img" | "picture" | "video" | "figure"))));
        if pictured {
            continue;
        }
        // The notice's first part alone: a footer runs on ("… Ana Lima. Design by …").
        let footer = short_text(&element, SHORT_LINE).unwrap_or_default();
        let end = NOTICE_END.captures(&footer).and_then(|c| c.get(1).or(c.get(2))).map_or(footer.len(), |m| m.start());
        let notice = &footer[..end];
        if notice.len() > NOTICE_CHARS {
            continue;
        }
        let holder = COPYRIGHT_WORDS.replace_all(notice, "");
        let holder = holder.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '|' | '–'));
        if !holder.is_empty() && !holders.iter().any(|h| h == holder) {
            holders.push(holder.to_string());
        }
    }
    holders
}

/// More characters than a copyright notice has.
const NOTICE_CHARS: usize = 80;

/// The end of a notice's first part: a sentence's (a word of two letters or more before
/// the stop, not an initial's) or a bar's ("© Ana Lima | Powered by …").
static NOTICE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}{2}(\.)\s|(\s)[|·•]\s").unwrap());

/// How many texts opening like a notice are read (a page of pictures credits each).
const MAX_NOTICES: usize = 64;

/// More characters than a picture's box holds beside its credit (a caption and the credit).
const CREDIT_BOX_CHARS: usize = 300;

/// A label that says the next value is the author: "Written by", "Verfasst von", "Écrit par".
static WRITTEN_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{BYLINE_PHRASES_RE}|{BYLINE_WORDS_RE}|{BYLINE_LABELS_RE}\s*:?)$")).unwrap());

/// Microdata outside `meta` tags: `itemprop="author"`, `headline`, `datePublished`.
fn itemprops(doc: &Document, ev: &mut Evidence) {
    for node in doc.select(r#"[itemprop="datePublished"]:not(meta)"#).iter() {
        match node.attr("datetime").or_else(|| node.attr("content")).or_else(|| node.attr("title")).and_then(|d| non_empty(&d)) {
            Some(date) => ev.dates.push(date),
            // Marked as the publication date, written only as text ("20.06.2019 11:43").
            None => ev.shown_dates.extend(non_empty(&node.text())),
        }
    }
    // The hAtom microformat: `<abbr class="published" title="2017-07-23T17:06:45+0000">`.
    for node in doc.select(r#"abbr.published[title], [class~="published"][title]"#).iter() {
        ev.dates.extend(node.attr("title").and_then(|d| non_empty(&d)));
    }
    ev.printed_deck = printed_deck(doc);
    let authors: Vec<(Option<NodeId>, String)> = doc
        .select(r#"[itemprop~="author"]:not(meta)"#)
        .iter()
        .filter(|n| !n.nodes().first().is_some_and(|n| in_figure_or_quote(n) || of_a_picture(n)))
        .map(|n| {
            let name = n.select(r#"[itemprop="name"]"#);
            let parent = n.nodes().first().and_then(|n| n.parent()).map(|p| p.id);
            (parent, squash(&if name.exists() { name.attr("content").unwrap_or_else(|| name.text()) } else { n.text() }))
        })
        .filter(|(_, n)| !n.is_empty())
        .collect();
    // The writers of one byline are siblings ("By <span itemprop=author>Ana Lima</span>,
    // <span itemprop=author>Jo Lee</span>"): one group, the way a byline names them all.
    let first = authors.first().map(|(parent, _)| *parent);
    let byline: Vec<String> = authors.iter().filter(|(p, _)| Some(*p) == first).map(|(_, n)| n.clone()).collect();
    if byline.len() > 1 {
        ev.authors.push(byline);
    } else if !authors.is_empty() {
        ev.bylines.splice(0..0, authors.into_iter().map(|(_, n)| n));
    }
}

/// Whether a node is in a figure, its caption or a quotation (a pull quote's box): a name
/// there is a picture's photographer's or a quote's speaker's, not the writer's.
fn in_figure_or_quote(node: &NodeRef) -> bool {
    node.ancestors_it(None).chain(std::iter::once(*node)).any(|a| {
        matches!(a.node_name().as_deref(), Some("figure" | "figcaption" | "blockquote")) || a.attr("class").is_some_and(|c| c.to_lowercase().contains("quote"))
    })
}

/// The deck a page prints under its headline and marks as its article's description
/// (`<p itemprop="description">` in a `NewsArticle`'s scope): the standfirst as written
/// where the body leaves it out, the meta tags' description being often the body's opening
/// cut short. Only the one
/// such mark of a page: a list of teasers marks each of theirs, and a description in a
/// writer's, a picture's or a product's scope is theirs, not the article's.
fn printed_deck(doc: &Document) -> Option<String> {
    let marked = doc.select(r#"[itemprop="description"]:not(meta)"#);
    let [deck] = marked.nodes() else { return None };
    let article = ARTICLE_TYPE.is_match(&item_type(deck)?);
    if !article || in_figure_or_quote(deck) {
        return None;
    }
    // A `<p>` written around the deck's own `<p>` is closed by the parser before it: the
    // deck is the empty mark's next paragraph.
    let text = squash(&unescaped(&deck.text()));
    let text = if text.is_empty() { squash(&unescaped(&deck.next_element_sibling()?.text())) } else { text };
    // A teaser cut short ("… review its Falkland...") is an excerpt, no deck.
    (!text.is_empty() && !cut_short(&text)).then_some(text)
}

/// Whether a description ends in an ellipsis, cut short by the site ("… [...]").
pub(super) fn cut_short(description: &str) -> bool {
    let trimmed = description.trim_end();
    ["…", "...", "[…]", "[...]"].iter().any(|e| trimmed.ends_with(e))
}

/// A schema.org type of article: `Article`, `NewsArticle`, `BlogPosting`, `ReportageNewsArticle`.
static ARTICLE_TYPE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:Article|BlogPosting)/?$").unwrap());

/// How many of the page's elements are searched for a date it only shows.
const DATE_SCAN: usize = 20_000;

/// More words than a line showing the article's date has ("Veröffentlicht am 06.10.2023",
/// "Dienstag, 2. November 2021", "Posted on September 21, 2020 by Adi Tzlil").
const DATE_WORDS: usize = 16;

/// The labels of a publication date, in the languages pages are commonly written in.
pub(super) static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:published|posted|written|date|datum|dated|veröffentlicht|erschienen|publiziert|gepostet|erstellt|publié|mis en ligne|publicado|fecha|pubblicato|data|gepubliceerd|opublikowano|publicerad)\b").unwrap()
});

/// A publication's word anywhere in a line, the date after it.
static PUBLISHED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:published|posted on|veröffentlicht|erschienen|publiziert|publié|publicado|pubblicato|gepubliceerd|opublikowano|publicerad)\b").unwrap()
});

/// The labels of a later revision's date, which is not the publication's.
pub(super) static UPDATED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\(?(?:last\s+)?(?:updated|modified|edited|revised)|aktualisiert|zuletzt|letzte[sr]?\s+(?:update|änderung|aktualisierung)|geändert|stand\b|mis à jour|modifié|actualizado|aggiornato|bijgewerkt)").unwrap()
});

/// Whether a line gives a revision's date: it opens with its label ("Updated …"), or the
/// label comes before its first date ("page revision: 8, last edited: 17 Jun 2018").
fn revision(text: &str) -> bool {
    let before_digits = &text[..text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len())];
    UPDATED_LABEL.is_match(text) || (!PUBLISHED_LABEL.is_match(text) && REVISED_WORD.is_match(before_digits))
}

/// A revision's word anywhere in a line.
static REVISED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:updated|modified|edited|revised|revision|aktualisiert|geändert|änderung|mis à jour|modifié|actualizado|aggiornato|bijgewerkt)\b").unwrap()
});

/// Dates the page shows without declaring them: short lines in elements a theme marks as
/// a date or the post's details (`.entry-date`, `.post-meta`, `.date-header`), and short
/// lines that open with a publication label ("Veröffentlicht am …", "Posted on …"). Lines in
/// comments, sidebars and footers are no article's date; a revision's ("Updated …",
/// `.updated`) is kept apart.
fn shown_dates(doc: &Document, spine: &HashSet<NodeId>, ev: &mut Evidence) {
    const MARKED: &[&str] = &["date", "time", "publish", "posted", "meta", "info", "byline", "submitted", "author", "datum"];
    const LINES: &[&str] = &["p", "div", "span", "li", "small", "em", "i", "b", "strong", "td", "dd", "time", "font", "h2", "h3", "h4", "h5", "h6"];
    let order = doc.select("body *");
    // Dates alone under the headline, unmarked (a utility framework's classes name no
    // date): the page's day where no marked line shows one.
    let mut under_headline = Vec::new();
    let mut since_headline: Option<usize> = None;
    for node in order.nodes().iter().take(DATE_SCAN) {
        since_headline = if node.node_name().as_deref() == Some("h1") { Some(0) } else { since_headline.map(|n| n + 1) };
        if since_headline.is_some_and(|n| n <= UNDER_HEADLINE) && node.element_children().is_empty() {
            under_headline.extend(short_text(node, SHORT_LINE).filter(|t| date_alone(t)));
        }
        let names = ["class", "id", "data-testid", "itemprop"].map(|a| node.attr(a).unwrap_or_default().to_string());
        let class = names.join(" ").to_lowercase();
        // A `<time>` without its machine-readable date still marks its text as a date.
        let time = node.node_name().as_deref() == Some("time");
        let revised_class = class.contains("update") || class.contains("modif");
        let marked = time || MARKED.iter().any(|m| class.contains(m)) || revised_class;
        let line = node.node_name().is_some_and(|n| LINES.contains(&n.as_ref()));
        if !marked && !line {
            continue;
        }
        let Some(text) = short_text(node, SHORT_LINE) else { continue };
        if text.is_empty() || text.split_whitespace().count() > DATE_WORDS || !text.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023": the date after the label.
        let text = match PUBLISHED_WORD.find(&text) {
            Some(m) if m.start() > 0 => text[m.start()..].to_string(),
            _ => text,
        };
        let labelled = PUBLISHED_LABEL.is_match(&text) || UPDATED_LABEL.is_match(&text);
        if !(marked || labelled) || inside_code(node) || in_comments(node) || outside_article(node, spine) {
            continue;
        }
        if revised_class || revision(&text) {
            ev.revision_dates.push(text);
        } else {
            ev.shown_dates.push(text);
        }
    }
    if ev.shown_dates.is_empty() {
        ev.shown_dates = under_headline.into_iter().filter(|t| !ev.revision_dates.contains(t)).collect();
    }
}

/// How many elements after the headline a date alone is looked for in.
const UNDER_HEADLINE: usize = 40;

/// Whether a line is a date alone, perhaps with the reading time after it ("Dec 17, 2025",
/// "December 18, 2025 ・ 3 min read").
fn date_alone(text: &str) -> bool {
    let found = super::super::dates::find_all(text, super::super::dates::NumericOrder::Unknown);
    found.first().is_some_and(|d| text[..d.start].trim().is_empty() && READING_TIME_OR_NOTHING.is_match(&text[d.end..]))
}

/// Nothing, or a reading time after a separator.
static READING_TIME_OR_NOTHING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:[·•|・,–—-]\s*)?(?:\d+\s*min(?:ute)?s?(?:\s+read)?)?\s*$").unwrap());

/// How many lines opened by a byline's words are kept, in page order (a menu's "Von
/// Hand gemacht" may come before the article's).
const PREFIXED_LINES: usize = 4;

/// The words of an author's element; of one opening as a byline, those before the date it
/// goes on with ("Written by Ana Lima in Harbour on 1 June 2019 at 08:34 PM EDT. 51
/// Comments": what follows the date is no part of the name).
fn byline_words(text: &str) -> usize {
    let dated = BYLINE_PREFIX.is_match(text).then(|| super::super::dates::find_all(text, super::super::dates::NumericOrder::Unknown).first().map(|d| d.start)).flatten();
    text[..dated.unwrap_or(text.len())].split_whitespace().count()
}

/// Whether a line opened by a byline's single word ("Von", "By", "Par") goes on with names
/// only, up to a separator or a number: capitalised words, the particles of family names
/// and "and" ("Von Lea Roth und Max Kern, NDR"; not "Von Berlin nach Hamburg"). A phrase
/// ("Gespeichert von") or a label ("Autor:") says enough by itself.
fn names_after_word(line: &str) -> bool {
    const AND: &[&str] = &["und", "and", "et", "y", "e", "&"];
    let Some(word) = SHORT_WORD.find(line) else { return true };
    let rest = &line[word.end()..];
    let names = rest.split([',', '|', '(', '/', '–', '—']).next().unwrap_or_default();
    let names = names.split(" - ").next().unwrap_or_default();
    let names = &names[..names.find(|c: char| c.is_ascii_digit()).unwrap_or(names.len())];
    let joining = |w: &str| AND.contains(&w) || super::metadata::NAME_PARTICLES.contains(&w);
    names.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || joining(&w.to_lowercase()))
}

/// A line opened by a byline's single word and a space.
static SHORT_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^{BYLINE_WORDS_RE}\s*:?\s+")).unwrap());

/// A name in the element after a byline's label set apart ("<h2>Article by</h2><div>Ana
/// Lima</div>", "<dt>Author</dt><dd>Ana Lima</dd>"), wherever the page puts them.
fn labelled_name(doc: &Document) -> Option<String> {
    let nodes = doc.select("body *");
    let labels = nodes.nodes().iter().filter(|n| n.element_children().is_empty() && BYLINE_LABEL_ALONE.is_match(&squash(&n.text())));
    labels.filter(|n| !inside_code(n) && !in_comments(n)).find_map(|n| short_text(&labelled(n)?, SHORT_LINE).filter(|t| name_alone(t)))
}

/// What a label alone labels: the element after it, or after the block it stands alone in
/// ("<div><p><b>By</b></p></div><div><p>Ana Lima</p></div>").
fn labelled<'a>(label: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let text = short_text(label, SHORT_LINE)?;
    let mut alone = std::iter::successors(Some(*label), NodeRef::parent).take_while(|a| short_text(a, SHORT_LINE).is_some_and(|t| t == text));
    alone.find_map(|a| a.next_element_sibling())
}

/// A byline's label standing alone: "Article by", "Written by", "Author:".
static BYLINE_LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:(?:article|post|story|text|words)\s+)?(?:written\s+)?by|authors?|writers?|posted by|about the author)\s*:?$").unwrap()
});

/// An element's text with its line breaks as spaces: a headline set a word a line
/// ("WEEKEND<br>CODING<br>AGENT") is words apart.
fn broken_text(node: &NodeRef) -> String {
    let mut text = String::new();
    for d in node.descendants_it() {
        if d.is_text() {
            text.push_str(&d.text());
        } else if d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("br")) {
            text.push(' ');
        }
    }
    text
}

/// Whether a block's text is a name alone: two to four capitalised words of letters.
fn name_alone(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
}

/// Whether an element starts a line of its own in a browser.
fn is_block(node: &NodeRef) -> bool {
    matches!(node.node_name().as_deref(), Some("div" | "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "address" | "td" | "th" | "dd" | "dt" | "section" | "header" | "footer"))
}

/// More bytes of text than a byline or a dateline has.
const SHORT_LINE: usize = 300;

/// A node's text, whitespace squashed, when it is no longer than `limit` bytes; `None` for
/// a longer one, read no further (a page's containers hold all of its text).
fn short_text(node: &NodeRef, limit: usize) -> Option<String> {
    let mut text = String::new();
    let mut previous_parent = None;
    let mut block_start = 0;
    let mut line_break = false;
    let mut previous_text: Option<NodeRef> = None;
    // The block each text sits in: two texts in inline elements of two blocks side by side
    // ("<div>by <a>jsteinhardt</a></div><div><time>18th Dec 2025</time></div>") are two lines.
    let block_of = |d: &NodeRef| d.ancestors_it(None).take_while(|a| a.id != node.id).find(is_block).map(|b| b.id);
    let mut previous_block = None;
    for d in node.descendants_it() {
        if d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("br")) {
            line_break = true;
            continue;
        }
        if !d.is_text() {
            continue;
        }
        // (Text the page hides: "<span style="display:none">site.com</span>" after a name.)
        if d.ancestors_it(None).take_while(|a| a.id != node.id).any(|a| invisible(&a)) {
            continue;
        }
        let piece = d.text();
        if piece.trim().is_empty() {
            text.push(' ');
            continue;
        }
        // "<span>By</span><a>Ana Lima</a>": a word closing one element and a capital opening
        // the next are two words, though no space stands between them; so are the texts of
        // two blocks, and a block holding a name alone ends it ("<div>Ana Lima</div><div>AI
        // Writer, Quill</div>" reads "Ana Lima | AI Writer, Quill", the role set off).
        let joined_words = text.ends_with(|c: char| c.is_lowercase()) && piece.starts_with(char::is_uppercase);
        let parent = d.parent();
        // (A line break parts two lines as two blocks do: "By Ana Lima<br>Ledger Editor".)
        let block = block_of(&d);
        let across_blocks = std::mem::take(&mut line_break)
            || previous_parent.is_some_and(|p: NodeRef| Some(p.id) != parent.map(|q| q.id) && (is_block(&p) || parent.is_some_and(|q| is_block(&q))))
            || previous_text.is_some() && previous_block != block;
        previous_block = block;
        let ends_name = name_alone(&SHORT_WORD.replace(&text[block_start..], "")) || previous_text.is_some_and(|t| link_alone(&t, node, &text[block_start..]));
        if across_blocks && ends_name && piece.trim_start().starts_with(char::is_uppercase) {
            text.push_str(" | ");
        } else if joined_words || across_blocks {
            text.push(' ');
        }
        if across_blocks {
            block_start = text.len();
        }
        previous_parent = parent;
        previous_text = Some(d);
        text.push_str(&piece);
        if text.len() > limit {
            return None;
        }
    }
    Some(squash(&text))
}

/// Whether a block's text is all one link's, the link holding the text node that ends it:
/// a writer's name linked to their profile, whatever its form ("<a href="/@x">linksc</a>"
/// over "<p>Creating Search Engine API</p>": a handle, then the writer's line about
/// themselves).
fn link_alone(last: &NodeRef, within: &NodeRef, block: &str) -> bool {
    let link = last.ancestors_it(None).take_while(|a| a.id != within.id).find(|a| a.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")));
    link.is_some_and(|a| squash(&a.text()) == squash(block))
}

/// Whether the page hides an element from every reader, screen readers too: `hidden`, or an
/// inline style of `display: none` or `visibility: hidden` (a site's name tucked into a
/// byline for search engines).
fn invisible(el: &NodeRef) -> bool {
    let style = el.attr("style").unwrap_or_default().to_ascii_lowercase();
    let declares = |property: &str, value: &str| {
        style.split(';').any(|d| d.split_once(':').is_some_and(|(p, v)| p.trim() == property && v.trim().trim_end_matches("!important").trim() == value))
    };
    el.has_attr("hidden") || declares("display", "none") || declares("visibility", "hidden")
}

/// The microformats whose "fn" names a thing, not a person: a recipe's, a product's, a
/// reviewed item's, an event's.
const THING_FORMATS: &[&str] = &["hrecipe", "h-recipe", "hproduct", "h-product", "hreview", "h-review", "item", "vevent", "h-event", "hlisting"];

/// The hCard classes that make its "fn" an organisation's or a place's name ("<div
/// class="fn org country-name">").
const NOT_A_PERSON: &[&str] = &["org", "organization-name", "country-name", "locality", "region", "street-address", "adr"];

/// Whether an element marked "fn" is the name of a thing ("<div class="hrecipe"><div
/// class="fn"><h1>Cheesy Potato Bake</h1></div>"): inside such a microformat, or holding a
/// headline, and no person's card around it; or itself marked as an organisation or a place.
fn names_a_thing(node: &NodeRef) -> bool {
    let classes = |n: &NodeRef| n.attr("class").unwrap_or_default().to_ascii_lowercase();
    let own = classes(node);
    if !own.split_whitespace().any(|c| c == "fn") {
        return false;
    }
    if own.split_whitespace().any(|c| NOT_A_PERSON.contains(&c)) {
        return true;
    }
    let around: Vec<String> = node.ancestors_it(None).map(|a| classes(&a)).collect();
    let marked = |formats: &[&str]| around.iter().any(|c| c.split_whitespace().any(|c| formats.contains(&c)));
    let (card, thing) = (marked(&["vcard", "h-card"]), marked(THING_FORMATS));
    let headline = node.descendants_it().any(|d| d.node_name().is_some_and(|n| matches!(n.as_ref(), "h1" | "h2" | "h3")));
    !card && (thing || headline)
}

/// Whether an `<h1>` is the site's logo: the heading links to the site's home page, or sits
/// in such a link ("<a href="/"><h1>Antoyo's Blog</h1></a>"), and is no article's headline.
fn is_logo(h1: &NodeRef) -> bool {
    let home = |a: &NodeRef| a.node_name().as_deref() == Some("a") && a.attr("href").is_some_and(|href| is_home_page(&href));
    let whole_link = || h1.descendants_it().filter(|n| n.node_name().as_deref() == Some("a")).any(|a| home(&a) && squash(&a.text()) == squash(&h1.text()));
    h1.ancestors_it(None).any(|a| home(&a)) || whole_link()
}

/// Whether a link's target is a site's home page: "/", "https://example.com/", "index.html".
fn is_home_page(href: &str) -> bool {
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |slash| &rest[slash..]),
        None => href,
    };
    matches!(path.trim(), "/" | "/index.html" | "/index.php" | "./" | "index.html")
}

/// Whether a node is part of the site's menus (`<nav>`, "sub-menu", "dropdown"). A sidebar
/// is not: a one-writer site's sidebar says who writes it ("By Ana Lima").
fn in_menu(node: &NodeRef) -> bool {
    std::iter::once(*node).chain(node.ancestors_it(None)).any(|a| {
        let names = a.attr("class").unwrap_or_default().to_lowercase();
        a.node_name().as_deref() == Some("nav") || names.split_whitespace().any(|t| t.contains("menu") || t.contains("dropdown"))
    })
}

/// Whether a node links to a topic's or a category's page (`?content_topic=906`,
/// `/category/hr/`): a section's label, even under a class or id that names the author.
fn links_a_topic(node: &NodeRef) -> bool {
    let mut links = std::iter::once(*node).chain(node.descendants_it()).filter_map(|n| n.attr("href"));
    links.any(|href| TOPIC_LINK.is_match(&href))
}

/// A link to a topic's, category's, tag's or section's page.
static TOPIC_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[/?&](?:content_)?(?:categor(?:y|ies)|tags?|topics?|sections?)[/=]").unwrap());

/// How many levels above a writer's name a teaser's box may be.
const TEASER_LEVELS: usize = 3;

/// Whether a node sits in a teaser of another article: a box a few levels up with one
/// heading, before the node, that is a link to another page ("<h3><a href=/funding>Funding
/// for …</a></h3><div>by <a>Bo Ek</a></div>"), the teaser's byline naming that article's
/// writer. (A post's own headline may link to itself, an `<h1>` or `rel="bookmark"`; an
/// article's sections have headings of their own.)
fn in_teaser(node: &NodeRef) -> bool {
    let linked = |h: &NodeRef| {
        let text = squash(&h.text());
        let links = std::iter::once(*h).chain(h.ancestors_it(Some(1))).chain(h.descendants_it()).filter(|n| n.node_name().as_deref() == Some("a"));
        let elsewhere = |a: &NodeRef| a.attr("href").is_some_and(|href| !href.starts_with('#')) && !a.attr("rel").is_some_and(|r| r.contains("bookmark"));
        links.filter(elsewhere).any(|a| !text.is_empty() && squash(&a.text()).contains(&text))
    };
    let heading = |n: &NodeRef| matches!(n.node_name().as_deref(), Some("h1" | "h2" | "h3" | "h4"));
    for b in node.ancestors_it(Some(TEASER_LEVELS)) {
        let headings: Vec<_> = b.descendants_it().filter(heading).take(2).collect();
        match headings.as_slice() {
            [] => continue,
            // (The page's own headline, linked to the page or not, heads its byline.)
            [h] => return h.node_name().as_deref() != Some("h1") && linked(h) && h.id < node.id,
            _ => return false,
        }
    }
    false
}

/// Whether a node is part of the readers' comments (`#comments`, `.comment-meta`, `#respond`).
fn in_comments(node: &NodeRef) -> bool {
    std::iter::once(*node).chain(node.ancestors_it(None)).any(|a| {
        let names = format!("{} {}", a.attr("class").unwrap_or_default(), a.attr("id").unwrap_or_default()).to_lowercase();
        names.contains("comment") || names.contains("respond") || names.contains("reply")
    })
}

/// The elements that hold the article's headline (its `<h1>`s but a logo's, and a single
/// post's hAtom `entry-title` in whatever heading a theme sets it): whatever their classes
/// say ("story-template-sidebar", Blogger's "widget Blog"), they are the article's, not its
/// furniture.
fn headline_spine(doc: &Document) -> HashSet<NodeId> {
    let h1s = doc.select("body h1");
    let h1s = h1s.nodes().iter().filter(|h| !is_logo(h));
    let entry_titles = doc.select(r#"body [class~="entry-title"]"#);
    // (A list of posts titles each of them so: none holds the page's article.)
    let entry_title = entry_titles.nodes().first().filter(|_| entry_titles.length() == 1);
    h1s.chain(entry_title).flat_map(|h| h.ancestors_it(None)).map(|a| a.id).collect()
}

/// Whether a node sits in the page's furniture around the article: a footer (not the
/// article's own), a sidebar, a navigation bar or menu, a widget.
fn outside_article(node: &NodeRef, spine: &HashSet<NodeId>) -> bool {
    // The body's and the root's classes describe the page's layout ("one-sidebar").
    let outward = std::iter::once(*node).chain(node.ancestors_it(None));
    let layout = |a: &NodeRef| matches!(a.node_name().as_deref(), Some("body" | "html")) || spine.contains(&a.id);
    outward.filter(|a| !layout(a)).any(|a| {
        // An article's own footer holds its byline and date ("post-footer", `<article><footer>`).
        let own = |token: &str| ["article", "entry", "post", "story", "node"].iter().any(|o| token.contains(o));
        let in_article = || a.ancestors_it(None).any(|b| b.node_name().as_deref() == Some("article"));
        let furniture = match a.node_name().as_deref() {
            Some("aside" | "nav") => true,
            Some("footer") => !in_article(),
            _ => false,
        };
        let names = format!("{} {}", a.attr("class").unwrap_or_default(), a.attr("id").unwrap_or_default()).to_lowercase();
        // A token that names the furniture ("sidebar-left", "site-footer"); a layout's
        // modifier does not ("has-double-sidebar", "wrapper__with-sidebar" hold the article).
        let names_furniture = |token: &str| {
            let modifier = ["has-", "with-", "no-"].iter().any(|m| token.starts_with(m) || token.contains(&format!("_{m}")));
            // Page builders call every block of a page a widget ("elementor-widget-post-info").
            let modifier = modifier || PAGE_BUILDERS.iter().any(|b| token.starts_with(b));
            let modifier = modifier || (token.contains("footer") && own(token));
            ["sidebar", "widget", "footer", "related", "menu", "dropdown"].iter().any(|f| {
                token.starts_with(f) || (!modifier && (token.ends_with(&format!("-{f}")) || token.ends_with(&format!("_{f}"))))
            })
        };
        furniture || names.split_whitespace().any(names_furniture)
    })
}

/// The class prefixes of page builders, whose names describe a block's kind, not its place.
const PAGE_BUILDERS: &[&str] = &["elementor-", "et_pb_", "wpb_", "vc_"];

/// Splits "A, B and C" into names; a single name is returned whole.
fn split_names(s: &str) -> Vec<String> {
    s.split(" and ")
        .flat_map(|p| p.split(" & "))
        .flat_map(|p| p.split(';'))
        .map(squash)
        .filter(|n| !n.is_empty())
        .collect()
}

/// Whether a node sits inside script-like content no reader sees.
fn inside_code(node: &NodeRef) -> bool {
    node.ancestors_it(None).any(|a| matches!(a.node_name().as_deref(), Some("script" | "style" | "noscript" | "template")))
}

/// Whitespace runs collapsed to one space, trimmed.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A declared value, squashed; `None` when empty. CMSs often escape a title twice or
/// write HTML entities into JSON-LD ("Harry and Meghan&#39;s", "Thermen- &#038; Vulkanland"),
/// so references left after parsing are decoded here, once; and some write the editor's
/// markup into a description ("<p>Lunacal: …</p>"), whose tags are no words of it.
fn non_empty(s: &str) -> Option<String> {
    let s = unescaped(s);
    // (A block's tag parts words; an inline one sits inside a word's run: "<em>Hamlet</em>'s".)
    let s = if s.contains('<') { MARKUP_TAG.replace_all(&s, |c: &regex::Captures| if c.get(1).is_some() { " " } else { "" }).into_owned() } else { s };
    Some(squash(&s)).filter(|s| !s.is_empty())
}

/// An entity's reference: "&rsquo;", "&#x27;", "&#8217;".
static ENTITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});").unwrap());

/// A field's text with its entities read, twice where the site escaped them twice
/// ("DC&amp;rsquo;s" in the markup, "DC&rsquo;s" once read, is "DC’s").
fn unescaped(s: &str) -> String {
    let mut s = s.to_string();
    for _ in 0..2 {
        if !ENTITY.is_match(&s) {
            break;
        }
        s = html_escape::decode_html_entities(&s).into_owned();
    }
    s
}

/// A tag of the text's markup an editor's field may carry: paragraphs, breaks, emphasis,
/// links and spans.
static MARKUP_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?(?:(p|br|div|h[1-6])|em|strong|i|b|u|span|a|sup|sub)(?:\s[^<>]*)?/?>").unwrap());

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(html: &str) -> Evidence {
        gather(&Document::from(html))
    }

    #[test]
    fn a_journals_citation_authors_are_the_writers() {
        let e = ev(r#"<head><meta name="citation_authors" content="Ana Lima"><meta name="citation_authors" content="Tora Quist"></head>"#);
        assert_eq!(e.authors, [["Ana Lima", "Tora Quist"]]);
    }

    #[test]
    fn a_menus_by_line_and_a_topics_link_name_no_writer() {
        let e = ev(r#"<body><header><ul class="sub-menu"><li><p>By Company Size</p></li></ul></header>
            <nav><span>By Industry Type</span></nav><article><h1>Rivers rise</h1>
            <p class="post-topic"><a href="/blog/?content_topic=906" id="author-modal">Harbour Policy</a></p>
            <p class="post-topic"><a href="/category/rivers/" class="author-link">River Works</a></p>
            <p>The rivers of the north rose through the night.</p></article></body>"#);
        assert!(e.bylines.is_empty(), "{:?}", e.bylines);
        // A one-writer site's sidebar says who writes it; a writer's own page is no topic's.
        let e = ev(r#"<body><div id="Sidebar"><p>By <strong>Tora Quist</strong></p></div><article><h1>Rivers rise</h1>
            <p class="author"><a href="/author/ana-lima/">Ana Lima</a></p><p>The rivers of the north rose through the night.</p></article></body>"#);
        assert_eq!(e.bylines, ["By Tora Quist", "Ana Lima"]);
    }

    #[test]
    fn json_ld_graph_and_author_arrays() {
        let e = ev(r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Ledger"},
              {"@type":"NewsArticle","headline":"Rivers rise","datePublished":"2021-03-04T08:00:00Z",
               "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Bo Chen"}],
               "publisher":{"@type":"Organization","name":"The Ledger"},"inLanguage":"en-GB"}]}
            </script></head><body></body></html>"#);
        assert_eq!(e.titles, ["Rivers rise"]);
        assert_eq!(e.authors, [vec!["Ana Lima".to_string(), "Bo Chen".to_string()]]);
        assert_eq!(e.dates, ["2021-03-04T08:00:00Z"]);
        assert_eq!(e.sites, ["The Ledger", "The Ledger"]);
        assert_eq!(e.languages, ["en-GB"]);
    }

    #[test]
    fn the_pages_own_headline_comes_before_its_teasers() {
        let e = ev(r#"<head><script type="application/ld+json">{"@type":"WebPage","name":"Rivers | The Ledger"}</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise"}</script></head>
            <body><div class="teaser"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridges fall"}</script></div></body>"#);
        assert_eq!(e.titles, ["Rivers rise", "Bridges fall", "Rivers | The Ledger"]);
    }

    #[test]
    fn a_bylines_blocks_are_separate_words() {
        let e = ev(r#"<body><div class="author-name-wrap"><div class="author-name">Ana Lima</div><div class="author-role">AI Writer, Quill</div></div></body>"#);
        assert!(e.bylines.contains(&"Ana Lima | AI Writer, Quill".to_string()), "{:?}", e.bylines);
        let e = ev(r#"<body><div class="author"><div class="name"><a href="/@qt"><strong>quillet</strong></a>
            <p>Building Parsers For Fun</p></div></div></body>"#);
        assert!(e.bylines.contains(&"quillet | Building Parsers For Fun".to_string()), "{:?}", e.bylines);
        assert!(e.bylines.iter().all(|b| !b.contains("LimaAI")), "{:?}", e.bylines);
        let e = ev(r#"<body><span class="byline">By: <a href="/a">Ana Lima</a><br>Ledger Executive News Editor</span></body>"#);
        assert_eq!(e.bylines.first().map(String::as_str), Some("By: Ana Lima | Ledger Executive News Editor"), "{:?}", e.bylines);
        // Inline texts in two blocks side by side: a handle, then the date in the next block.
        let info = r#"<div class="post-authorInfo"><span>by <span><a href="/users/quillet">quillet</a></span></span></div>"#;
        let date = r#"<div class="post-date"><span><time datetime="2025-12-18">18th Dec 2025</time></span></div>"#;
        let e = ev(&format!(r#"<body><div class="post-authorAndInfo">{info}{date}</div></body>"#));
        assert!(e.bylines.iter().all(|b| !b.contains("quillet18th")), "{:?}", e.bylines);
        assert!(e.bylines.iter().any(|b| b.starts_with("by quillet") && b.contains("quillet 18th")), "{:?}", e.bylines);
    }

    #[test]
    fn a_recipes_name_is_no_byline() {
        let e = ev(r#"<body><div class="hrecipe"><div class="fn"><h1>Velmora Potato Bake</h1></div>
            <span class="fn">Velmora Bake</span></div><p class="author vcard"><span class="fn">Tora Quist</span></p></body>"#);
        assert!(e.bylines.iter().all(|b| !b.contains("Velmora")), "{:?}", e.bylines);
        assert!(e.bylines.iter().any(|b| b == "Tora Quist"), "{:?}", e.bylines);
        let place = ev(r#"<body><table class="infobox vcard"><tr><td><div class="fn org country-name">Velmora</div></td></tr></table>
            <p>Velmora is an island country.</p></body>"#);
        assert!(place.bylines.is_empty(), "a card for a country names no author: {:?}", place.bylines);
    }

    #[test]
    fn a_bylines_hidden_words_are_not_read() {
        let e = ev(r#"<body><span class="author_byline"><a href="/u/tq">Tora Quist</a> <span style="display: none; ">velmora.example</span>
            <span hidden>Velmora Post</span><a class="follow">Follow</a></span></body>"#);
        assert_eq!(e.bylines.first().map(String::as_str), Some("Tora Quist Follow"), "{:?}", e.bylines);
    }

    #[test]
    fn a_deck_marked_as_the_articles_description_is_found() {
        let page = |deck: &str| {
            ev(&format!(
                r#"<head><meta name="description" content="The ferry ran again on Monday, and the island's..."></head>
                <body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Velmora's ferry returns</h1>
                {deck}<p>The ferry ran again on Monday.</p></article></body>"#
            ))
            .printed_deck
        };
        let written = "After a winter ashore, the island's boat is back.";
        assert_eq!(page(&format!(r#"<p itemprop="description">{written}</p>"#)).as_deref(), Some(written));
        assert_eq!(page(&format!(r#"<p itemprop="description"><p>{written}</p></p>"#)).as_deref(), Some(written), "a paragraph in a paragraph");
        let bio = format!(r#"<div itemprop="author" itemscope itemtype="https://schema.org/Person"><p itemprop="description">{written}</p></div>"#);
        assert_eq!(page(&bio), None, "a writer's description");
        assert_eq!(page(&format!(r#"<figure><figcaption itemprop="description">{written}</figcaption></figure>"#)), None, "a caption");
        let teasers = format!(r#"<p itemprop="description">{written}</p><p itemprop="description">Tora Quist on boats.</p>"#);
        assert_eq!(page(&teasers), None, "a list's teasers");
        assert_eq!(page(r#"<p itemprop="description">After a winter ashore, the...</p>"#), None, "cut short");
    }

    #[test]
    fn an_abbreviation_titled_with_a_timestamp_dates_the_page() {
        let e = ev(r#"<body><cite class="byline">By Ana Lima <abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite><abbr title="World Health Organization">WHO</abbr></body>"#);
        assert_eq!(e.dates, ["2011-08-25T01:40:40Z"]);
    }

    #[test]
    fn a_teasers_byline_names_another_articles_writer() {
        let teaser = r#"<div class="card"><h3><a href="https://ledger.example/funding">Funding for the new weir</a></h3><div class="meta"><span class="meta-author">by <a class="meta-author-link" href="/author/bo">Bo Ekdahl</a></span></div></div>"#;
        let own = r##"<div class="head"><h1>Rivers rise</h1><div class="meta"><span class="meta-author">by <a class="meta-author-link" href="/author/ana">Ana Lima</a></span></div></div>"##;
        let page = |body: &str| ev(&format!("<html><body><article>{body}<p>The rivers of the north rose through the night.</p></article></body></html>"));
        assert!(!page(teaser).bylines.iter().any(|b| b.contains("Bo Ekdahl")), "{:?}", page(teaser).bylines);
        assert!(page(own).bylines.iter().any(|b| b.contains("Ana Lima")));
        // A post's headline linking to itself, or to its own section, is no teaser's.
        let bookmark = own.replace("<h1>Rivers rise</h1>", r#"<h2><a rel="bookmark" href="https://ledger.example/rivers">Rivers rise</a></h2>"#);
        assert!(page(&bookmark).bylines.iter().any(|b| b.contains("Ana Lima")), "{:?}", page(&bookmark).bylines);
        let headline = own.replace("<h1>Rivers rise</h1>", r#"<h1><a href="https://ledger.example/rivers">Rivers rise</a></h1>"#);
        assert!(page(&headline).bylines.iter().any(|b| b.contains("Ana Lima")));
        let anchored = own.replace("<h1>Rivers rise</h1>", r##"<h2><a href="#rivers">Rivers rise</a></h2>"##);
        assert!(page(&anchored).bylines.iter().any(|b| b.contains("Ana Lima")));
        // A linked heading after the byline (the article's first section) is no teaser's.
        let after = own.replace("<h1>Rivers rise</h1>", "") + r#"<h2><a href="https://ledger.example/weir">The weir</a></h2>"#;
        assert!(page(&format!("<div>{after}</div>")).bylines.iter().any(|b| b.contains("Ana Lima")));
    }

    #[test]
    fn a_bylines_card_names_the_writer_alone() {
        let e = ev(r#"<body><p class="author vcard"><a href="/team/ana"><b class="fn">Ana Lima</b></a>
            <span class="blogtitle">Senior Washington Correspondent</span></p></body>"#);
        assert_eq!(e.bylines.first().map(String::as_str), Some("Ana Lima"), "{:?}", e.bylines);
    }

    #[test]
    fn a_templates_meta_author_the_page_never_shows_is_set_apart() {
        let page = |byline: &str| {
            ev(&format!(r#"<head><meta name="author" value="Bo Ekdahl"><meta name="article:author" content="Jo Lee"></head>
                <body><p>{byline}</p></body>"#))
        };
        let unshown = page("Posted by Ana Lima");
        assert_eq!(unshown.unshown_authors, ["Bo Ekdahl"]);
        // (Only the plain tag: a CMS's own fields name the article's writer.)
        assert_eq!(unshown.authors, [vec!["Jo Lee".to_string()]]);
        let shown = page("Posted by Bo Ekdahl");
        assert!(shown.unshown_authors.is_empty(), "{:?}", shown.unshown_authors);
        assert!(shown.authors.contains(&vec!["Bo Ekdahl".to_string()]), "{:?}", shown.authors);
    }

    #[test]
    fn a_sites_copyright_notice_names_its_holder_but_a_pictures_credit_does_not() {
        let prose = "<p>The rivers of the north rose through the night, and by morning the quay was under water.</p>".repeat(4);
        let e = ev(&format!(r#"<body><div class="post"><h1>Rivers rise</h1><img src="a.jpg">{prose}<p>© 2019 Ana Lima</p></div>
            <div class="photo"><img src="b.jpg"><span class="caption">The quay at dawn.</span><span class="credit">© Bo Ekdahl</span></div>
            <figure><img src="c.jpg"><figcaption>© Jo Lee</figcaption></figure>
            <table><tr><td class="copyright">Copyright 2025 &copy; Tora Quist. All Rights Reserved.</td></tr></table>
            <p>Copyright (c) 2012- Ivo Brandt. All rights reserved. Design by <a href="/t">Free Page Templates</a> for everyone who wants one.</p>
            <p>© 2021 J. Okafor | Powered by a blogging engine</p></body>"#));
        assert_eq!(e.rights_holders, ["Ana Lima", "Tora Quist", "Ivo Brandt", "J. Okafor"]);
    }

    #[test]
    fn a_field_the_site_escaped_twice_is_read_twice() {
        let e = ev(r#"<head><meta name="description" content="The ferry&amp;rsquo;s last run"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay &amp;amp; harbour","description":"&lt;p&gt;Here&amp;#x27;s the ferry&lt;/p&gt;"}</script></head>
            <body><div itemscope itemtype="https://schema.org/NewsArticle"><p itemprop="description">Tora&amp;rsquo;s boat is back.</p></div></body>"#);
        assert_eq!(e.descriptions, ["Here\u{27}s the ferry", "The ferry\u{2019}s last run"]);
        assert_eq!(e.titles, ["Quay & harbour"]);
        assert_eq!(e.printed_deck.as_deref(), Some("Tora\u{2019}s boat is back."));
        // Once escaped, an ampersand read stays one ("AT&T", "Quay & harbour").
        assert_eq!(unescaped("AT&amp;T"), "AT&T");
    }

    #[test]
    fn a_microdata_property_of_a_picture_is_none_of_the_articles() {
        let picture = |prop: &str| format!(r#"<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="a.jpg">{prop}</div>"#);
        let body = |inner: &str| ev(&format!(r#"<body><article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="author" content="Tora Quist">{inner}<p>The quay flooded.</p></article></body>"#));
        for credit in [r#"<meta itemprop="author" content="(Image: Velmora Pictures)">"#, r#"<span itemprop="author">Velmora Pictures</span>"#] {
            let e = body(&picture(credit));
            let named: Vec<&String> = e.authors.iter().flatten().chain(&e.bylines).chain(&e.unshown_authors).collect();
            assert!(named.iter().all(|n| !n.contains("Velmora")), "{named:?}");
            assert!(named.iter().any(|n| *n == "Tora Quist"), "{named:?}");
        }
        // Any other item's are read: a post's, an answer's, a video's (its maker, on its page).
        for item in ["BlogPosting", "Answer", "VideoObject"] {
            let e = ev(&format!(r#"<body><div itemscope itemtype="http://schema.org/{item}"><meta itemprop="author" content="Bo Ekdahl"><p>By Bo Ekdahl</p></div><meta itemprop="datePublished" content="2021-04-02"></body>"#));
            assert_eq!(e.authors, [vec!["Bo Ekdahl".to_string()]], "{item}");
            assert_eq!(e.dates, ["2021-04-02"], "{item}");
        }
    }

    #[test]
    fn a_single_posts_entry_title_holds_its_byline_in_any_container() {
        let post = r#"<div class="post hentry"><h3 class="post-title entry-title">Rivers rise</h3><p>Text.</p>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ana Lima</span></span></div></div>"#;
        let page = |posts: usize| ev(&format!(r#"<body><div class="widget Blog">{}</div></body>"#, post.repeat(posts)));
        assert_eq!(page(1).bylines.first().map(String::as_str), Some("Ana Lima"), "{:?}", page(1).bylines);
        // A list of posts in a widget: no one of them is the page's article.
        assert!(page(2).bylines.is_empty(), "{:?}", page(2).bylines);
    }

    #[test]
    fn a_logo_heading_that_links_home_is_no_headline() {
        let e = ev(r#"<body><header><a href="/"><h1>Quill and Ink</h1></a></header>
            <h1 class="logo"><a href="https://quill.example">Quill and Ink</a></h1>
            <article><h1>Rivers rise</h1><p><a href="/">home</a></p></article></body>"#);
        assert_eq!(e.h1s, ["Rivers rise"]);
        let e = ev(r#"<body><h1><a href="/2021/rivers-rise">Rivers rise</a></h1></body>"#);
        assert_eq!(e.h1s, ["Rivers rise"], "a headline linking to its own page stays");
        let e = ev("<body><h1> Rivers<br>Rise <span>Again</span><br/>Today</h1></body>");
        assert_eq!(e.h1s, ["Rivers Rise Again Today"], "a headline set a word a line");
    }

    #[test]
    fn entities_escaped_twice_are_decoded_once() {
        let e = ev(r#"<html><head><meta property="og:title" content="Meghan&amp;#39;s interview &amp;amp; more">
            <meta name="description" content="Pr&amp;auml;lat&amp;nbsp;Dutzmann">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"DLP&#8217;s top post"}</script>
            </head><body></body></html>"#);
        assert_eq!(e.titles, ["DLP\u{2019}s top post", "Meghan's interview & more"]);
        assert_eq!(e.descriptions, ["Pr\u{e4}lat Dutzmann"]);
    }

    #[test]
    fn a_byline_whose_words_stand_in_separate_elements_reads_as_a_line() {
        let e = ev(r#"<html><body><h1>Rivers rise</h1>
            <div class="x1 y2"><span class="k9">By</span><span><a href="/team/ana-lima">Ana Lima</a></span></div>
            <p>The river rose all night.</p></body></html>"#);
        assert!(e.bylines.iter().any(|b| b == "By Ana Lima"), "{:?}", e.bylines);
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let e = ev(r#"<script type="application/ld+json">{"headline": "x",</script><title>Kept</title>"#);
        assert!(e.titles.is_empty());
        assert_eq!(e.page_title.as_deref(), Some("Kept"));
    }

    #[test]
    fn json_ld_authors_named_by_id_and_organisations() {
        let e = ev(r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Article","headline":"Rivers rise","author":{"@id":"https://ex.org/#/person/1"}},
              {"@type":["Person"],"@id":"https://ex.org/#/person/1","name":"Ana Lima"}]}
            </script><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Rivers rise","author":{"@type":"Organization","name":"The Ledger"}}
            </script></head><body></body></html>"#);
        assert_eq!(e.authors, [vec!["Ana Lima".to_string()], vec!["The Ledger".to_string()]]);
        assert_eq!(e.organisations, ["The Ledger"]);
        // A script whose type was left off is read when it names schema.org.
        let e = ev(r#"<head><script>{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-01-28T06:00:00+01:00"}</script>
            <script>var x = {"a": 1};</script></head>"#);
        assert_eq!(e.dates, ["2022-01-28T06:00:00+01:00"]);
        let e = ev(r#"<script type="application/ld+json">{"@type":"Recipe","name":"Plum cake","author":{"@type":"Person","name":"jesusfreak"}}</script>"#);
        assert_eq!(e.authors, [vec!["jesusfreak".to_string()]]);
    }

    #[test]
    fn bylines_in_other_languages_and_theme_author_elements() {
        let e = ev(r#"<body><nav><p>Von Lea Roth</p></nav><p>Von Berlin nach Hamburg</p><article><h1>Flüsse steigen</h1>
            <h5><em>Von Roland Brockmann</em></h5><p>Der Fluss stieg in der Nacht.</p></article></body>"#);
        assert_eq!(e.bylines, ["Von Roland Brockmann"]);
        let e = ev(r#"<body><article><div class="entry-meta">Publié le 3 mars 2019 <span class="author vcard"><a class="url fn n" href="/a/x">Loïc Martin</a></span></div>
            <div id="comments"><span class="comment-author">Julia</span></div></article>
            <aside class="widget"><p>Par Jean Dupont</p></aside></body>"#);
        assert_eq!(e.bylines, ["Loïc Martin", "Loïc Martin"]);
        // A phrase may open a user name written in lowercase; a single word needs a capital.
        let e = ev(r#"<body><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div><p>von der Leyen sagte</p></body>"#);
        assert_eq!(e.bylines, ["Gespeichert von rasos am 24. Juli 2017 - 18:55"]);
        // Several lines, in page order, each once; marks before the words and "Von:" too.
        let e = ev(r#"<body><p>Von Hand Gemacht</p><div id="author_header">Lea Roth</div><p><b>Von:</b> Max Kern</p><p>---- by Ana Lima</p><p>Von Hand Gemacht</p></body>"#);
        assert_eq!(e.bylines, ["Lea Roth", "Von Hand Gemacht", "Von: Max Kern", "by Ana Lima"]);
    }

    #[test]
    fn yoast_written_by_card_and_meta_publisher() {
        let e = ev(r#"<head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Steffi Berg">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">
            <meta name="publisher" content="Ledger Media"></head>"#);
        assert_eq!(e.authors, [vec!["Steffi Berg".to_string()]]);
        assert_eq!(e.organisations, ["Ledger Media"]);
        let e = ev(r#"<head><meta name="application-name" content="theledger"><meta property="og:site_name" content="The Ledger"></head>"#);
        assert_eq!(e.sites, ["The Ledger", "theledger"]);
    }

    #[test]
    fn dates_the_page_only_shows() {
        let e = ev(r#"<body><article><h1>Rivers rise</h1><div class="date-header"><span>Samstag, 5. Oktober 2013</span></div>
            <p class="meta">Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023</p><p>Aktualisiert am 17.01.2021</p>
            <span class="updated">2 May 2020</span><p>Veröffentlicht am 06.10.2023</p><p>The flood of 12.03.2020 was worse.</p>
            <div class="comment-meta"><span class="date">April 19, 2019</span></div></article>
            <footer><span class="date">1 January 2024</span></footer></body>"#);
        assert_eq!(e.shown_dates, ["Samstag, 5. Oktober 2013", "Erschienen am: 01.11.2023", "Veröffentlicht am 06.10.2023"]);
        let e = ev(r#"<body><p>Posted <abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr></p>
            <div itemprop="datePublished">20.06.2019 11:43</div></body>"#);
        assert_eq!(e.dates, ["2017-07-23T17:06:45+0000"]);
        assert_eq!(e.shown_dates[0], "20.06.2019 11:43");
        let e = ev(r#"<body><article><h1>Rivers rise</h1><time class="text-grey">Aug 04, 2025</time></article></body>"#);
        assert_eq!(e.shown_dates, ["Aug 04, 2025"]);
        let e = ev(r#"<body><h1>Rivers rise</h1><div class="byline">Ana Lima / <span>Updated: Oct 9, 2019, 11:05 IST</span></div>
            <p class="last-modified">Oct 10, 2019</p></body>"#);
        assert!(e.shown_dates.is_empty());
        assert_eq!(e.revision_dates, ["Ana Lima / Updated: Oct 9, 2019, 11:05 IST", "Updated: Oct 9, 2019, 11:05 IST", "Oct 10, 2019"]);
        let e = ev(r#"<head><meta value="2016-11-29T20:26:06.000Z" name="article:published_time"></head>"#);
        assert_eq!(e.dates, ["2016-11-29T20:26:06.000Z"], "a saved page's meta value");
        let e = ev(r#"<head><meta name="sailthru.date" content="2016-12-15T13:50:38Z">
            <meta property="og:article:published_time" content="2016-12-14T06:02:15Z"></head>"#);
        assert_eq!(e.dates, ["2016-12-14T06:02:15Z", "2016-12-15T13:50:38Z"], "the publication's date first");
        let e = ev(r#"<body><h1>Rivers rise</h1><span class="x1">Updated: Dec 15, 2016 2:57 PM UTC</span></body>"#);
        assert_eq!(e.revision_dates, ["Updated: Dec 15, 2016 2:57 PM UTC"]);
        let e = ev(r#"<head><meta name="copyright" content="Copyright (c) Ledger Media 2022. All rights reserved."></head>"#);
        assert_eq!(e.organisations, ["Ledger Media"]);
        let e = ev(r#"<head><meta name="application-name" content="theledger"><meta property="og:site_name" content="The Ledger"></head>"#);
        assert_eq!(e.sites, ["The Ledger", "theledger"]);
    }

    #[test]
    fn a_layouts_class_names_no_sidebar() {
        let e = ev(r#"<body class="one-sidebar"><div class="sidebar-second"><p>Von Max Kern</p></div>
            <div class="main has-double-sidebar"><p>Von Lea Roth</p></div></body>"#);
        assert_eq!(e.bylines, ["Von Lea Roth"]);
        let e = ev(r#"<body><footer><p>Von Max Kern</p></footer><article><p>Rivers rose.</p>
            <div class="group-article-footer"><p>Von Lea Roth</p></div></article></body>"#);
        assert_eq!(e.bylines, ["Von Lea Roth"]);
    }

    #[test]
    fn a_container_holding_the_headline_is_no_sidebar_and_a_builders_widget_no_widget() {
        let e = ev(r#"<body><div class="story-template-sidebar"><h1>Rivers rise</h1>
            <div class="story-date"><span>May 31, 2024</span></div></div>
            <div class="sidebar"><h3>More</h3><span class="date">June 2, 2024</span></div></body>"#);
        assert_eq!(e.shown_dates, ["May 31, 2024"]);
        let e = ev(r#"<body><h1>Rivers rise</h1><div class="elementor-widget elementor-widget-post-info">
            <span class="post-info__item--type-date"><time>July 27, 2025</time></span></div></body>"#);
        assert_eq!(e.shown_dates[0], "July 27, 2025");
    }

    #[test]
    fn meta_tags_and_time() {
        let e = ev(r#"<html lang="en"><head><meta property="og:title" content="A &amp; B">
            <meta name="author" content="https://facebook.com/someone">
            <meta name="citation_author" content="Wu, Lin"><meta name="citation_author" content="Roe, Kim">
            <link rel="canonical" href="https://ex.org/a"></head>
            <body><time datetime="2020-01-02">2 Jan</time></body></html>"#);
        assert_eq!(e.titles, ["A & B"]);
        assert_eq!(e.authors, [vec!["Wu, Lin".to_string(), "Roe, Kim".to_string()]]);
        assert_eq!(e.dates, ["2020-01-02"]);
        assert_eq!(e.languages, ["en"]);
        assert_eq!(e.urls, ["https://ex.org/a"]);
        for head in [
            r#"<meta name="article_author" content="Tora Quist">"#,
            r#"<meta name="parsely-page" content='{"title": "Rivers rise", "author": "Tora Quist"}'>"#,
        ] {
            assert_eq!(ev(&format!("<head>{head}</head>")).authors, [vec!["Tora Quist".to_string()]], "{head}");
        }
    }

    #[test]
    fn dates_in_news_systems_own_tags() {
        for head in [
            "<meta name='OriginalPublicationDate' content='2014-06-30T16:54:02+00:00'>",
            "<meta property='rnews:datePublished' content='2014-06-30T16:54:02+00:00'>",
            r#"<meta name="parsely-page" content='{"title": "Rivers rise", "pub_date": "2014-06-30T16:54:02+00:00", "author": ""}'>"#,
        ] {
            assert_eq!(ev(&format!("<head>{head}</head>")).dates, ["2014-06-30T16:54:02+00:00"], "{head}");
        }
        for unix in ["1404147242", "1404147242000"] {
            let e = ev(&format!(r#"<script type="application/ld+json">{{"@type":"Article","datePublished":{unix}}}</script>"#));
            assert_eq!(e.dates, ["2014-06-30T16:54:02Z"], "{unix}");
        }
    }

    #[test]
    fn the_writers_of_one_byline_are_one_group() {
        let e = ev(r#"<body><p class="byline-dateline">By <span itemprop="author creator"><span itemprop="name">ANA LIMA</span></span>,
            <span itemprop="author creator"><span itemprop="name">JO LEE</span></span> and <span itemprop="author"><span itemprop="name">BO CHEN</span></span></p>
            <div class="teaser"><span itemprop="author">Max Kern</span></div></body>"#);
        assert_eq!(e.authors, [vec!["ANA LIMA".to_string(), "JO LEE".to_string(), "BO CHEN".to_string()]]);
    }

    #[test]
    fn a_date_alone_under_the_headline_is_the_pages_day() {
        let e = ev(r#"<body><header><a href="/">Tora Quist</a></header><h1>Proofs as types</h1><p class="text-muted text-xl">December 15, 2025</p><p>The text opens.</p></body>"#);
        assert_eq!(e.shown_dates, ["December 15, 2025"]);
        let e = ev(r#"<body><h1>Proofs as types</h1><div><span class="text-sm">Dec 18, 2025 ・ 3 min read</span></div></body>"#);
        assert_eq!(e.shown_dates, ["Dec 18, 2025 ・ 3 min read"]);
        // A date in a sentence is no stamp; nor one before the headline, nor one a marked line outranks.
        assert!(ev("<body><h1>Proofs</h1><p>On December 15, 2025 the proof ran.</p></body>").shown_dates.is_empty());
        assert!(ev("<body><p>December 15, 2025</p><h1>Proofs</h1></body>").shown_dates.is_empty());
        let e = ev(r#"<body><h1>Proofs</h1><p>December 15, 2025</p><span class="post-date">December 1, 2025</span></body>"#);
        assert_eq!(e.shown_dates, ["December 1, 2025"]);
    }

    #[test]
    fn an_avatars_initials_are_no_byline() {
        let e = ev(r#"<body><span class="author-avatar"><span>TQ</span></span><span class="author-name">Tora Quist</span></body>"#);
        assert!(e.bylines.iter().all(|b| b != "TQ"), "{:?}", e.bylines);
    }

    #[test]
    fn a_byline_classed_in_capitals_is_a_byline() {
        let e = ev(r#"<body><div class="css-1wkce1i-Byline"><div class="css-1i94zmg-Avatar"></div><span class="css-1vq">Tora Quist</span></div></body>"#);
        assert_eq!(e.bylines.first().map(String::as_str), Some("Tora Quist"), "{:?}", e.bylines);
    }

    #[test]
    fn a_name_after_a_byline_label_set_apart_is_a_byline() {
        let e = ev("<body><article><h1>Proofs</h1><p>The text.</p></article><section><h2>Article by</h2><div>Tora Quist</div></section></body>");
        assert!(e.bylines.contains(&"Tora Quist".to_string()), "{:?}", e.bylines);
        let e = ev("<body><dl><dt>Author: </dt><dd>Tora Quist</dd></dl></body>");
        assert!(e.bylines.contains(&"Tora Quist".to_string()), "{:?}", e.bylines);
        let e = ev("<body><h2>Written by</h2><p>the whole team of the harbour office, over a year.</p></body>");
        assert!(e.bylines.is_empty(), "{:?}", e.bylines);
        // The label alone in blocks of its own, the name in the next block.
        let e = ev("<body><div class='names'><div class='field'><p class='label'><strong>By</strong></p></div><div class='field'><p>Tora Quist</p></div></div></body>");
        assert!(e.bylines.contains(&"Tora Quist".to_string()), "{:?}", e.bylines);
    }

    #[test]
    fn a_pictures_or_a_quotes_author_is_no_writer() {
        let e = ev(r#"<body><figure><img src="a.jpg"><figcaption>The harbour at dawn. <small itemprop="author">Photograph by Tora Quist</small></figcaption></figure>
            <div class="pull-quote"><blockquote>The tide waits.</blockquote><div class="pull-quote__author"><span class="author">Bo Quist</span></div></div>
            <p>By <span itemprop="author">Ana Lima</span></p></body>"#);
        assert_eq!(e.bylines[0], "Ana Lima");
        assert!(e.bylines.iter().all(|b| !b.contains("Quist")), "{:?}", e.bylines);
    }
}
