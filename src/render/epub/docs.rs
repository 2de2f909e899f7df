//! The XHTML content documents: cover, title page, colophon, introduction, one per
//! article, and the timeline and index appendices.
//!
//! Each function takes the part of the model it shows and returns a complete XHTML
//! document; block-level rendering and page markers live in [`super::inline`].

use std::collections::{HashMap, HashSet};

use super::inline::{self, Ctx};
use super::pages::PagePlan;
use super::xml::{esc, frag, id_token, xhtml};
use crate::apparatus::index::ranges::page_ranges;
use crate::model::{
    place, Article, ArticleMeta, Book, Index, IndexEntry, Locator, Section, Timeline,
};

/// Id -> file table used to link timeline and index locators.
pub type Targets = HashMap<String, String>;

/// The cover page: the generated cover image, with its alt text.
pub fn cover(book: &Book, src: &str, alt: &str) -> String {
    let body = format!(
        "<body epub:type=\"frontmatter\">\n<section epub:type=\"cover\" class=\"cover\">\n\
         <img role=\"doc-cover\" src=\"{}\" alt=\"{}\"/>\n</section>\n</body>\n",
        esc(src),
        esc(alt)
    );
    xhtml(&book.meta.language, "Cover", &body)
}

/// The title page: title, subtitle, editor, publisher.
pub fn titlepage(book: &Book, plan: &PagePlan) -> String {
    let m = &book.meta;
    let mut body = format!(
        "<body epub:type=\"frontmatter\">\n<section epub:type=\"titlepage\" class=\"titlepage\" aria-labelledby=\"book-title\">\n{}",
        plan.at(place::TITLE_PAGE)
    );
    body.push_str(&format!("<h1 id=\"book-title\" class=\"title\">{}</h1>\n", esc(&m.title)));
    if let Some(s) = &m.subtitle {
        body.push_str(&format!("<p class=\"subtitle\">{}</p>\n", esc(s)));
    }
    if let Some(e) = &m.editor {
        body.push_str(&format!("<p class=\"editor\">Edited by {}</p>\n", esc(e)));
    }
    if let Some(p) = &m.publisher {
        body.push_str(&format!("<p class=\"publisher\">{}</p>\n", esc(p)));
    }
    body.push_str("</section>\n</body>\n");
    xhtml(&m.language, &m.title, &body)
}

/// The colophon: rights, where each article first appeared, the type and the identifier.
pub fn colophon(book: &Book, plan: &PagePlan) -> String {
    let m = &book.meta;
    let mut body = format!(
        "<body epub:type=\"frontmatter\">\n<section epub:type=\"colophon\" role=\"doc-colophon\" class=\"colophon\" aria-labelledby=\"colophon-title\">\n{}\
         <h1 id=\"colophon-title\">About This Edition</h1>\n",
        plan.at(place::COLOPHON)
    );
    body.push_str(&format!("<p><cite>{}</cite>", esc(&m.title)));
    if let Some(e) = &m.editor {
        body.push_str(&format!(", edited by {}", esc(e)));
    }
    if let Some(p) = &m.publisher {
        body.push_str(&format!(". Published by {}", esc(p)));
    }
    body.push_str(".</p>\n");
    if let Some(r) = &m.rights {
        body.push_str(&format!("<p class=\"rights\">{}</p>\n", esc(r)));
    }
    if !book.articles.is_empty() {
        body.push_str("<h2>Sources of the Texts</h2>\n<ul class=\"attributions\">\n");
        for a in &book.articles {
            body.push_str(&format!("<li>{}</li>\n", attribution(&a.meta, &book.meta.language)));
        }
        body.push_str("</ul>\n");
    }
    body.push_str(
        "<p>Set in EB Garamond, by Georg Duffner and Octavio Pardo, under the <a href=\"licence.xhtml\">SIL Open Font License</a>.</p>\n",
    );
    body.push_str(&format!("<p class=\"identifier\">Identifier: {}</p>\n", esc(&m.identifier)));
    body.push_str("</section>\n</body>\n");
    xhtml(&m.language, "About This Edition", &body)
}

/// The fonts' licence (the SIL Open Font License asks that it travel with the fonts),
/// one paragraph per block of the licence text.
pub fn font_licence(book: &Book, licence: &str) -> String {
    let mut body = String::from(
        "<body epub:type=\"backmatter\">\n<section id=\"licence\" class=\"licence\" aria-labelledby=\"licence-title\">\n\
         <h1 id=\"licence-title\">Font Licence</h1>\n",
    );
    for para in licence.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<String> = para.lines().map(|l| esc(l.trim())).collect();
        body.push_str(&format!("<p>{}</p>\n", lines.join("<br/>")));
    }
    body.push_str("</section>\n</body>\n");
    xhtml(&book.meta.language, "Font Licence", &body)
}

/// "‘Title’ by Author, first published in Publication, issue 12, 2017."
fn attribution(meta: &ArticleMeta, language: &str) -> String {
    // Titles that already open or close with a single quote get double quotes around them.
    let nested = meta.title.starts_with(['‘', '\'']) || meta.title.ends_with(['’', '\'']);
    let (open, close) = if nested { ('“', '”') } else { ('‘', '’') };
    let mut s = format!("{open}{}{close}", esc(&title_of(meta)));
    if let Some(a) = &meta.author {
        s.push_str(&format!(" by {}", esc(a)));
    }
    let source = source_line(meta, language);
    if !source.is_empty() {
        s.push_str(", ");
        s.push_str(&source.replacen("First", "first", 1));
    } else {
        s.push('.');
    }
    s
}

/// The article's title, or a placeholder when the source gave none (an empty heading
/// would leave the chapter without a name in the contents and for screen readers).
pub fn title_of(meta: &ArticleMeta) -> String {
    match meta.title.trim() {
        "" => "Untitled".to_string(),
        t => t.to_string(),
    }
}

/// The introduction's title, "Introduction" when its Markdown has no heading.
pub fn section_title(sec: &Section) -> String {
    match sec.title.trim() {
        "" => "Introduction".to_string(),
        t => t.to_string(),
    }
}

/// "First published in <cite>Publication</cite>, issue 12, 2017. <a>url</a>" (empty when
/// nothing is known).
fn source_line(meta: &ArticleMeta, language: &str) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &meta.publication {
        parts.push(format!("<cite>{}</cite>", esc(p)));
    }
    if let Some(i) = &meta.issue {
        let i = esc(i);
        parts.push(if i.starts_with(|c: char| c.is_ascii_digit()) {
            format!("issue {i}")
        } else {
            i
        });
    }
    if let Some(d) = &meta.date {
        parts.push(esc(&crate::time::written_date(d, language)));
    }
    let mut s = String::new();
    if !parts.is_empty() {
        s = if meta.publication.is_some() {
            format!("First published in {}.", parts.join(", "))
        } else {
            format!("First published {}.", parts.join(", "))
        };
    }
    if let Some(url) = &meta.url {
        let link = inline::plain_link(url);
        s = if s.is_empty() { format!("Source: {link}") } else { format!("{s} {link}") };
    }
    s
}

/// The introduction (or any titled section outside the articles).
pub fn section(ctx: &mut Ctx, book: &Book, sec: &Section) -> String {
    ctx.begin_document(&sec.footnotes);
    let id = ctx.id_attr(&sec.id);
    let title_id = format!("{}-title", sec.id);
    let mut body = format!(
        "<body epub:type=\"bodymatter\">\n<section{id} epub:type=\"introduction\" role=\"doc-introduction\" aria-labelledby=\"{}\">\n{}<header>\n<h1{}>{}</h1>\n",
        frag(&title_id),
        ctx.place(&sec.id),
        ctx.id_attr(&title_id),
        esc(&section_title(sec))
    );
    if let Some(a) = &sec.author {
        body.push_str(&format!(
            "<p class=\"byline\">by <span class=\"author\">{}</span></p>\n",
            esc(a)
        ));
    }
    body.push_str("</header>\n");
    body.push_str(&inline::blocks(ctx, &sec.blocks, 1));
    body.push_str(&inline::footnotes(ctx, &sec.footnotes, 2, &sec.id));
    body.push_str("</section>\n</body>\n");
    xhtml(&book.meta.language, &section_title(sec), &body)
}

/// One article: its header (title, standfirst, byline, source), text, bio and notes.
pub fn article(ctx: &mut Ctx, book: &Book, a: &Article) -> String {
    ctx.begin_document(&a.footnotes);
    let m = &a.meta;
    let id = ctx.id_attr(&a.id);
    let title_id = format!("{}-title", a.id);
    // An article in another language than the book's says so; the book's own words in its
    // header ("by") keep the book's.
    let book_lang = &book.meta.language;
    let lang = crate::language::of(m.language.as_deref(), book_lang);
    let (lang_attr, book_lang_attr) = match lang == book_lang.as_str() {
        true => (String::new(), String::new()),
        false => (format!(" lang=\"{0}\" xml:lang=\"{0}\"", esc(lang)), format!(" lang=\"{0}\" xml:lang=\"{0}\"", esc(book_lang))),
    };
    let mut body = format!(
        "<body epub:type=\"bodymatter\">\n<section{id}{lang_attr} epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"{}\">\n{}<header>\n<h1{}>{}</h1>\n",
        frag(&title_id),
        ctx.place(&a.id),
        ctx.id_attr(&title_id),
        esc(&title_of(m))
    );
    if let Some(s) = &m.standfirst {
        body.push_str(&format!("<p class=\"standfirst\">{}</p>\n", esc(s)));
    }
    if let Some(au) = &m.author {
        body.push_str(&format!(
            "<p class=\"byline\"{book_lang_attr}>by <span class=\"author\">{}</span></p>\n",
            esc(au)
        ));
    }
    let source = source_line(m, &book.meta.language);
    if !source.is_empty() {
        body.push_str(&format!("<p class=\"source\"{book_lang_attr}>{source}</p>\n"));
    }
    body.push_str("</header>\n");
    body.push_str(&inline::blocks(ctx, &a.blocks, 1));
    if let Some(bio) = &m.bio {
        body.push_str(&format!("<footer>\n<p class=\"bio\">{}</p>\n</footer>\n", esc(bio)));
    }
    body.push_str(&inline::footnotes(ctx, &a.footnotes, 2, &a.id));
    body.push_str("</section>\n</body>\n");
    xhtml(&book.meta.language, &title_of(m), &body)
}

/// A link to a locator: `file#anchor` when the anchor exists, else the article's file.
fn locator_href(loc: &Locator, targets: &Targets) -> Option<String> {
    if let Some(file) = targets.get(&loc.anchor) {
        return Some(format!("{file}#{}", frag(&loc.anchor)));
    }
    targets.get(&loc.article).cloned()
}

/// The visible text of a locator link: its printed page when known, else `fallback`.
fn locator_text(loc: &Locator, pages: &HashMap<&str, &str>, fallback: &str) -> String {
    loc.page
        .as_deref()
        .or_else(|| pages.get(loc.anchor.as_str()).copied())
        .unwrap_or(fallback)
        .to_string()
}

/// The chronology appendix: a list of entries, each its date, the event and where the
/// texts mention it. Not a table: the stylesheet stacks the three on a narrow screen
/// (and in reading systems that ignore media queries) and sets them side by side only
/// where the screen is wide enough, so no entry is ever wider than the text column.
pub fn timeline(
    book: &Book,
    tl: &Timeline,
    targets: &Targets,
    titles: &HashMap<&str, &str>,
    pages: &HashMap<&str, &str>,
    plan: &PagePlan,
) -> String {
    let mut body = format!(
        "<body epub:type=\"backmatter\">\n<section id=\"timeline\" epub:type=\"appendix\" role=\"doc-appendix\" aria-labelledby=\"timeline-title\">\n{}\
         <h1 id=\"timeline-title\">{}</h1>\n",
        plan.at(place::CHRONOLOGY),
        esc(&tl.title)
    );
    if let Some(note) = &tl.headnote {
        body.push_str(&format!("<p class=\"headnote\">{}</p>\n", esc(note)));
    }
    body.push_str("<ol class=\"chronology\">\n");
    let mut used: HashSet<String> = ["timeline".to_string(), "timeline-title".to_string()].into();
    for e in &tl.entries {
        let id = id_token(&e.id);
        let id = match used.insert(id.clone()) {
            true => format!(" id=\"{}\"", esc(&id)),
            false => String::new(),
        };
        let note = e
            .note
            .as_ref()
            .map(|n| format!(" <span class=\"note\">({})</span>", esc(n)))
            .unwrap_or_default();
        let links: Vec<String> = e
            .sources
            .iter()
            .map(|loc| {
                let title = titles.get(loc.article.as_str()).copied().unwrap_or(&loc.article);
                let page = locator_text(loc, pages, "");
                let text = match page.is_empty() {
                    true => esc(title),
                    false => format!("{}, p.\u{a0}{}", esc(title), esc(&page)),
                };
                match locator_href(loc, targets) {
                    Some(href) => format!("<a href=\"{href}\">{text}</a>"),
                    None => text,
                }
            })
            .collect();
        let sources = match links.is_empty() {
            true => String::new(),
            false => format!("<p class=\"sources\">In the texts: {}</p>", links.join("; ")),
        };
        body.push_str(&format!(
            "<li{id}>{}<p class=\"date\">{}</p><p class=\"event\">{}{note}</p>{sources}</li>\n",
            plan.at(&e.id),
            esc(&e.date_label),
            esc(&e.text),
        ));
    }
    body.push_str("</ol>\n</section>\n</body>\n");
    xhtml(&book.meta.language, &tl.title, &body)
}

/// The index, marked up per EPUB Indexes 1.0: nested entry lists, locators as links,
/// cross-references linked to the entry they name.
pub fn index(
    book: &Book,
    idx: &Index,
    targets: &Targets,
    titles: &HashMap<&str, &str>,
    pages: &HashMap<&str, &str>,
    plan: &PagePlan,
) -> String {
    let mut body = format!(
        "<body epub:type=\"backmatter\">\n<section id=\"index\" class=\"index\" epub:type=\"index\" role=\"doc-index\" aria-labelledby=\"index-title\">\n{}\
         <h1 id=\"index-title\">{}</h1>\n",
        plan.at(place::INDEX),
        esc(&idx.title)
    );
    let mut ix = IndexCtx {
        plan,
        targets,
        titles,
        pages,
        headings: idx.entries.iter().map(|e| (e.heading.as_str(), id_token(&e.id))).collect(),
        used: ["index".to_string(), "index-title".to_string()].into(),
    };
    // Letter groups (EPUB Indexes `index-group`), so a reader can jump to "K". Their ids
    // contain a dot, which entry ids (made by `id_token`) never do.
    let mut rest = idx.entries.as_slice();
    let mut n = 0;
    while let Some(first) = rest.first() {
        let letter = group_letter(&first.sort_key);
        let len = rest.iter().take_while(|e| group_letter(&e.sort_key) == letter).count();
        n += 1;
        body.push_str(&format!(
            "<section epub:type=\"index-group\" aria-labelledby=\"index-group.{n}\">\n\
             <h2 id=\"index-group.{n}\">{}</h2>\n",
            esc(&letter)
        ));
        index_list(&mut body, &rest[..len], &mut ix);
        body.push_str("</section>\n");
        rest = &rest[len..];
    }
    body.push_str("</section>\n</body>\n");
    xhtml(&book.meta.language, &idx.title, &body)
}

/// The group heading of a collation key: its first letter, "0–9" or "Symbols".
fn group_letter(sort_key: &str) -> String {
    match sort_key.trim_start().chars().next() {
        Some(c) if c.is_numeric() => "0–9".to_string(),
        Some(c) if c.is_alphabetic() => c.to_uppercase().collect(),
        _ => "Symbols".to_string(),
    }
}

/// What writing the index needs besides the entries.
struct IndexCtx<'a> {
    plan: &'a PagePlan,
    targets: &'a Targets,
    titles: &'a HashMap<&'a str, &'a str>,
    pages: &'a HashMap<&'a str, &'a str>,
    /// Top-level heading -> element id, for "see" and "see also" links.
    headings: HashMap<&'a str, String>,
    /// Ids written so far in the index document.
    used: HashSet<String>,
}

fn index_list(out: &mut String, entries: &[IndexEntry], ix: &mut IndexCtx) {
    out.push_str("<ul epub:type=\"index-entry-list\">\n");
    for e in entries {
        let id = id_token(&e.id);
        let id = match ix.used.insert(id.clone()) {
            true => format!(" id=\"{}\"", esc(&id)),
            false => String::new(),
        };
        let term = if e.work { format!("<i>{}</i>", esc(&e.heading)) } else { esc(&e.heading) };
        out.push_str(&format!(
            "<li epub:type=\"index-entry\"{id}>{}<span epub:type=\"index-term\">{term}</span>",
            ix.plan.at(&e.id),
        ));
        let page_of = |l: &Locator| {
            l.page.clone().or_else(|| ix.pages.get(l.anchor.as_str()).map(|p| p.to_string()))
        };
        // One link per distinct printed page (or run of pages), as the print index has them.
        let mut locs: Vec<String> = page_ranges(&e.locators, page_of)
            .into_iter()
            .map(|r| {
                let loc = Locator { article: r.article.clone(), anchor: r.anchor.clone(), page: None };
                let text = esc(&r.text());
                match locator_href(&loc, ix.targets) {
                    Some(h) => format!(
                        "<a epub:type=\"index-locator\" href=\"{h}\" aria-label=\"{}\">{text}</a>",
                        esc(&r.label())
                    ),
                    None => text,
                }
            })
            .collect();
        // Without a print layout, each locator names its article.
        for loc in e.locators.iter().filter(|l| page_of(l).is_none()) {
            let fallback = ix.titles.get(loc.article.as_str()).copied().unwrap_or(&loc.article);
            let text = esc(fallback);
            locs.push(match locator_href(loc, ix.targets) {
                Some(h) => format!("<a epub:type=\"index-locator\" href=\"{h}\">{text}</a>"),
                None => text,
            });
        }
        if !locs.is_empty() {
            out.push_str(", ");
            out.push_str(&locs.join(", "));
        }
        for (label, kind, list) in [
            ("See", "index-xref-preferred", &e.see),
            ("See also", "index-xref-related", &e.see_also),
        ] {
            if list.is_empty() {
                continue;
            }
            let refs: Vec<String> = list
                .iter()
                .map(|t| match ix.headings.get(t.as_str()) {
                    Some(target) => {
                        format!("<a epub:type=\"{kind}\" href=\"#{}\">{}</a>", esc(target), esc(t))
                    }
                    None => format!("<span epub:type=\"{kind}\">{}</span>", esc(t)),
                })
                .collect();
            out.push_str(&format!(". <i>{label}</i> {}", refs.join("; ")));
        }
        if !e.subentries.is_empty() {
            out.push('\n');
            index_list(out, &e.subentries, ix);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_line_writes_the_date_out() {
        let meta = ArticleMeta {
            title: "The strike".into(),
            publication: Some("The Ledger".into()),
            date: Some("2018-09-25".into()),
            ..Default::default()
        };
        assert_eq!(source_line(&meta, "en-GB"), "First published in <cite>The Ledger</cite>, 25 September 2018.");
        assert_eq!(attribution(&meta, "en-US"), "‘The strike’, first published in <cite>The Ledger</cite>, September 25, 2018.");
    }
}
