//! Metadata a page declares in its markup, gathered as evidence.
//!
//! Takes the parsed page; returns [`Evidence`]: every title, author, date, site name,
//! description, language and canonical URL the page states, each list in order of trust
//! (JSON-LD, then Open Graph and other `meta` tags, then `<time>`, bylines and `<title>`).
//! Choosing among them is `metadata`'s job; this module only reads.

use dom_query::{Document, NodeRef};
use serde_json::Value;

/// What the markup says about the article, strongest source first in every list.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Evidence {
    /// Declared titles (JSON-LD headline, `og:title`, `citation_title`, `dc.title`...).
    pub titles: Vec<String>,
    /// The `<title>` element, which usually carries the site name too.
    pub page_title: Option<String>,
    /// The body's `<h1>`s, in document order (a page's menus and boxes have theirs too).
    pub h1s: Vec<String>,
    /// Authors per source; each entry is one source's list of names.
    pub authors: Vec<Vec<String>>,
    /// The visible byline(s) of the page (`rel=author`, `.byline`, `.author`).
    pub bylines: Vec<String>,
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
}

/// How many of the body's first elements are searched for an unmarked "By X" line.
const BYLINE_SCAN: usize = 400;

/// Reads every metadata source of the page.
pub fn gather(doc: &Document) -> Evidence {
    let mut ev = Evidence::default();
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        if let Some(value) = parse_json_ld(&script.text()) {
            json_ld(&value, &mut ev);
        }
    }
    meta_tags(doc, &mut ev);
    itemprops(doc, &mut ev);
    if let Some(lang) = doc.select("html").attr("lang") {
        ev.languages.insert(0, lang.trim().to_string());
    }
    if let Some(href) = doc.select(r#"link[rel="canonical"]"#).attr("href") {
        ev.urls.insert(0, href.trim().to_string());
    }
    for time in doc.select("time[datetime]").iter() {
        ev.dates.push(time.attr("datetime").map(|d| d.trim().to_string()).unwrap_or_default());
    }
    for byline in doc.select(r#"a[rel="author"], [class*="byline"], [class*="author-name"], [rel="author"]"#).nodes() {
        if !inside_code(byline) {
            ev.bylines.push(squash(&byline.text()));
        }
    }
    // A short "By X" line at the top of the text, marked up or not, is a visible byline.
    let plain = doc.select("body p, body span, body address").nodes().iter().take(BYLINE_SCAN).find_map(|n| {
        let text = squash(&n.text());
        let byline = text.starts_with("By ") && text.split_whitespace().count() <= 8 && !inside_code(n);
        byline.then_some(text)
    });
    ev.bylines.extend(plain);
    ev.page_title = non_empty(&doc.select("head title").text());
    // Documentation pages end a heading with its permalink ("Installation¶", "Usage #").
    let permalink = |c: char| matches!(c, '¶' | '#' | '§' | '🔗') || c.is_whitespace();
    ev.h1s = doc
        .select("body h1")
        .iter()
        .map(|h| squash(&h.text()).trim_end_matches(permalink).to_string())
        .filter(|t| !t.is_empty())
        .take(MAX_H1S)
        .collect();
    for list in [&mut ev.titles, &mut ev.bylines, &mut ev.dates, &mut ev.sites, &mut ev.descriptions, &mut ev.languages, &mut ev.urls] {
        list.retain(|s| !s.trim().is_empty());
    }
    ev.authors.retain(|a| !a.is_empty());
    ev
}

/// Enough `<h1>`s to pass a page's menus and reach its article's.
const MAX_H1S: usize = 16;

/// Parses a JSON-LD block; tolerates the HTML comment and CDATA wrappers some CMSs add.
fn parse_json_ld(text: &str) -> Option<Value> {
    let t = text.trim();
    let t = t.trim_start_matches("<!--").trim_end_matches("-->").trim();
    let t = t.trim_start_matches("//<![CDATA[").trim_end_matches("//]]>").trim();
    serde_json::from_str(t).ok()
}

/// Types whose fields describe the article itself (schema.org `Article` and its kin).
fn is_article_type(value: &Value) -> bool {
    let is = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "WebPage";
    match value.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// Walks a JSON-LD value (objects, arrays, `@graph`) and collects the article's fields.
fn json_ld(value: &Value, ev: &mut Evidence) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, ev)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, ev);
            }
            if is_article_type(value) {
                article_fields(value, ev);
            } else if value.get("@type").and_then(Value::as_str) == Some("WebSite") {
                ev.sites.extend(string(value.get("name")));
            }
        }
        _ => {}
    }
}

/// The fields of one schema.org Article-like object.
fn article_fields(v: &Value, ev: &mut Evidence) {
    // A WebPage is weaker evidence than an Article: its name is often the <title>.
    let weak = v.get("@type").and_then(Value::as_str) == Some("WebPage");
    let titles = string(v.get("headline")).or_else(|| string(v.get("name")));
    if weak {
        ev.titles.extend(titles);
    } else {
        ev.titles.splice(0..0, titles);
        let names = people(v.get("author").or_else(|| v.get("creator")));
        if !names.is_empty() {
            ev.authors.push(names);
        }
    }
    for key in ["datePublished", "dateCreated"] {
        ev.dates.extend(string(v.get(key)));
    }
    ev.descriptions.extend(string(v.get("description")));
    if let Some(publisher) = v.get("publisher") {
        ev.sites.extend(string(publisher.get("name")).or_else(|| string(Some(publisher))));
    }
    ev.languages.extend(string(v.get("inLanguage")));
    ev.urls.extend(string(v.get("url")).or_else(|| v.get("mainEntityOfPage").and_then(|m| string(m.get("@id")))));
}

/// Names of the people in a JSON-LD `author` value (a string, an object, or a list).
fn people(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => split_names(s),
        Some(Value::Object(_)) => v.and_then(|o| string(o.get("name"))).map(|n| split_names(&n)).unwrap_or_default(),
        Some(Value::Array(items)) => items.iter().flat_map(|i| people(Some(i))).collect(),
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

/// `meta` tags: Open Graph, article:*, citation_*, Dublin Core, and common CMS names.
fn meta_tags(doc: &Document, ev: &mut Evidence) {
    let mut authors = Vec::new();
    for meta in doc.select("meta[content]").iter() {
        let key = meta.attr("property").or_else(|| meta.attr("name")).or_else(|| meta.attr("itemprop"));
        let Some(key) = key.map(|k| k.trim().to_ascii_lowercase()) else { continue };
        let Some(content) = meta.attr("content").and_then(|c| non_empty(&c)) else { continue };
        match key.as_str() {
            "og:title" | "citation_title" | "dc.title" | "dcterms.title" | "twitter:title" | "parsely-title" | "headline" => {
                ev.titles.push(content)
            }
            "author" | "article:author" | "citation_author" | "dc.creator" | "dcterms.creator" | "parsely-author"
            // Profile links and @handles name nobody a reader would recognise.
            | "sailthru.author" | "byl" | "twitter:creator" if !content.starts_with("http") && !content.starts_with('@') => {
                authors.push((key, content));
            }
            "article:published_time" | "citation_publication_date" | "citation_date" | "dc.date" | "dc.date.issued"
            | "dcterms.date" | "dcterms.created" | "parsely-pub-date" | "sailthru.date" | "pubdate" | "publish-date"
            | "publishdate" | "date" | "article.published" | "datepublished" | "og:published_time" => ev.dates.push(content),
            "og:site_name" | "application-name" | "citation_journal_title" | "dc.publisher" => ev.sites.push(content),
            "og:description" | "description" | "twitter:description" | "dc.description" => ev.descriptions.push(content),
            "og:locale" | "dc.language" | "citation_language" => ev.languages.push(content.replace('_', "-")),
            "og:url" => ev.urls.push(content),
            _ => {}
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
    ev.authors.extend(by_key.into_iter().map(|(_, names)| names));
}

/// Microdata outside `meta` tags: `itemprop="author"`, `headline`, `datePublished`.
fn itemprops(doc: &Document, ev: &mut Evidence) {
    for node in doc.select(r#"[itemprop="datePublished"]:not(meta)"#).iter() {
        ev.dates.extend(node.attr("datetime").or_else(|| node.attr("content")).and_then(|d| non_empty(&d)));
    }
    let names: Vec<String> = doc
        .select(r#"[itemprop="author"]:not(meta)"#)
        .iter()
        .map(|n| {
            let name = n.select(r#"[itemprop="name"]"#);
            squash(&if name.exists() { name.attr("content").unwrap_or_else(|| name.text()) } else { n.text() })
        })
        .filter(|n| !n.is_empty())
        .collect();
    if !names.is_empty() {
        ev.bylines.splice(0..0, names);
    }
}

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
/// so references left after parsing are decoded here, once.
fn non_empty(s: &str) -> Option<String> {
    let s = if s.contains('&') { html_escape::decode_html_entities(s) } else { s.into() };
    Some(squash(&s)).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(html: &str) -> Evidence {
        gather(&Document::from(html))
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
    fn entities_escaped_twice_are_decoded_once() {
        let e = ev(r#"<html><head><meta property="og:title" content="Meghan&amp;#39;s interview &amp;amp; more">
            <meta name="description" content="Pr&amp;auml;lat&amp;nbsp;Dutzmann">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"DLP&#8217;s top post"}</script>
            </head><body></body></html>"#);
        assert_eq!(e.titles, ["DLP\u{2019}s top post", "Meghan's interview & more"]);
        assert_eq!(e.descriptions, ["Pr\u{e4}lat Dutzmann"]);
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let e = ev(r#"<script type="application/ld+json">{"headline": "x",</script><title>Kept</title>"#);
        assert!(e.titles.is_empty());
        assert_eq!(e.page_title.as_deref(), Some("Kept"));
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
    }
}
