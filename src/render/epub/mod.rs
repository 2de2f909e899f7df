//! The EPUB 3 edition: our own packager on zip + quick-xml.
//!
//! Takes the finished [`Book`] and the print edition's [`PageMap`]; returns the bytes of a
//! reproducible EPUB 3.3 file:
//! 1. plan the page-break markers from the page map ([`pages`]);
//! 2. draw the typographic cover ([`cover`]) and write the XHTML documents in reading
//!    order ([`docs`], [`inline`]);
//! 3. write the navigation document ([`nav`]);
//! 4. list every file in the package document ([`opf`]);
//! 5. zip it all: `mimetype` first and stored, fixed timestamps and permissions, entries
//!    in a fixed order, so two builds of the same book are byte-identical.

mod cover;
mod docs;
mod inline;
mod nav;
mod opf;
mod pages;
mod xml;

use std::collections::HashMap;
use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use crate::error::{Error, Result};
use crate::model::{Block, Book, BookMeta, Inline, PageMap};
use inline::Ctx;
use nav::{Landmark, TocItem};
use opf::{Features, Item};

static STYLESHEET: &str = include_str!("../../../styles/epub.css");
static FONTS: [(&str, &[u8]); 4] = [
    ("EBGaramond-Regular.ttf", include_bytes!("../../../fonts/EBGaramond-Regular.ttf")),
    ("EBGaramond-Italic.ttf", include_bytes!("../../../fonts/EBGaramond-Italic.ttf")),
    ("EBGaramond-SemiBold.ttf", include_bytes!("../../../fonts/EBGaramond-SemiBold.ttf")),
    (
        "EBGaramond-SemiBoldItalic.ttf",
        include_bytes!("../../../fonts/EBGaramond-SemiBoldItalic.ttf"),
    ),
];
const XHTML: &str = "application/xhtml+xml";

/// Writes the book as an EPUB 3 file.
pub fn render(book: &Book, pages: &PageMap) -> Result<Vec<u8>> {
    // A package, a title page and a cover all need a title, even if the manifest gave "".
    let titled;
    let book = match book.meta.title.trim().is_empty() {
        true => {
            titled = Book {
                meta: BookMeta { title: "Untitled".into(), ..book.meta.clone() },
                ..book.clone()
            };
            &titled
        }
        false => book,
    };
    // 1. Which file holds each id, and where the page breaks go.
    let targets = targets(book);
    let block_files: HashMap<String, String> = all_blocks(book)
        .filter_map(|b| targets.get(b.id()).map(|f| (b.id().to_string(), f.clone())))
        .collect();
    let first_block = all_blocks(book).next().map(Block::id);
    let plan = pages::PagePlan::new(pages, &block_files, first_block);
    let mut ctx = Ctx::new(&plan.by_block);
    let lang = &book.meta.language;

    // 2. The content documents, in reading order, with their contents entries.
    let (cover_png, alt) = cover::cover(&book.meta)?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut toc: Vec<TocItem> = Vec::new();
    let mut landmarks = vec![
        Landmark { kind: "cover", href: "cover.xhtml".into(), text: "Cover" },
        Landmark { kind: "titlepage", href: "titlepage.xhtml".into(), text: "Title Page" },
        Landmark { kind: "toc", href: "nav.xhtml#toc".into(), text: "Contents" },
    ];
    let doc =
        |files: &mut Vec<(String, Vec<u8>)>, items: &mut Vec<Item>, id: &str, text: String| {
            let href = format!("{id}.xhtml");
            files.push((href.clone(), text.into_bytes()));
            items.push(Item {
                id: id.to_string(),
                href,
                media_type: XHTML,
                properties: "",
                spine: true,
            });
        };
    doc(&mut files, &mut items, "cover", docs::cover(book, &alt));
    doc(&mut files, &mut items, "titlepage", docs::titlepage(book));
    toc.push(TocItem { level: 1, href: "titlepage.xhtml".into(), text: "Title Page".into() });
    doc(&mut files, &mut items, "colophon", docs::colophon(book));
    toc.push(TocItem {
        level: 1,
        href: "colophon.xhtml".into(),
        text: "About This Edition".into(),
    });
    // The contents page sits here in the spine; its bytes come last (it lists everything).
    let nav_index = items.len();
    items.push(Item {
        id: "nav".into(),
        href: "nav.xhtml".into(),
        media_type: XHTML,
        properties: "nav",
        spine: true,
    });
    if let Some(intro) = &book.introduction {
        let id = xml::id_token(&intro.id);
        doc(&mut files, &mut items, &id, docs::section(&mut ctx, book, intro));
        toc.extend(nav::document_items(
            &format!("{id}.xhtml"),
            &docs::section_title(intro),
            &intro.blocks,
        ));
    }
    for (n, a) in book.articles.iter().enumerate() {
        let id = xml::id_token(&a.id);
        doc(&mut files, &mut items, &id, docs::article(&mut ctx, book, a));
        toc.extend(nav::document_items(
            &format!("{id}.xhtml"),
            &docs::title_of(&a.meta),
            &a.blocks,
        ));
        if n == 0 {
            landmarks.push(Landmark {
                kind: "bodymatter",
                href: format!("{id}.xhtml"),
                text: "Start of Content",
            });
        }
    }
    if let Some(id) = ctx.lost.first() {
        return Err(Error::render("epub", format!("block {id} lost text in the EPUB; please report this with the book folder")));
    }
    // How appendix locators name an article: its author ("Judith Orr, p. 47"), else its title.
    let names: Vec<(&str, String)> = book
        .articles
        .iter()
        .map(|a| {
            let author = a.meta.author.as_deref().map(str::trim).filter(|s| !s.is_empty());
            (a.id.as_str(), author.map_or_else(|| docs::title_of(&a.meta), str::to_string))
        })
        .chain(book.introduction.iter().map(|s| (s.id.as_str(), docs::section_title(s))))
        .collect();
    let titles: HashMap<&str, &str> = names.iter().map(|(id, t)| (*id, t.as_str())).collect();
    let page_of: HashMap<&str, &str> =
        pages.anchor_pages.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    if let Some(tl) = &book.timeline {
        doc(
            &mut files,
            &mut items,
            "timeline",
            docs::timeline(book, tl, &targets, &titles, &page_of),
        );
        toc.push(TocItem { level: 1, href: "timeline.xhtml".into(), text: tl.title.clone() });
    }
    if let Some(idx) = &book.index {
        doc(&mut files, &mut items, "index", docs::index(book, idx, &targets, &titles, &page_of));
        toc.push(TocItem { level: 1, href: "index.xhtml".into(), text: idx.title.clone() });
        landmarks.push(Landmark { kind: "index", href: "index.xhtml".into(), text: "Index" });
    }

    // 3. The navigation document, then the stylesheet and fonts.
    files.insert(
        nav_index,
        ("nav.xhtml".into(), nav::nav(lang, &toc, &landmarks, &plan.entries).into_bytes()),
    );
    files.push(("css/epub.css".into(), STYLESHEET.as_bytes().to_vec()));
    items.push(Item {
        id: "css".into(),
        href: "css/epub.css".into(),
        media_type: "text/css",
        properties: "",
        spine: false,
    });
    for (n, (name, bytes)) in FONTS.iter().enumerate() {
        files.push((format!("fonts/{name}"), bytes.to_vec()));
        items.push(Item {
            id: format!("font-{}", n + 1),
            href: format!("fonts/{name}"),
            media_type: "font/ttf",
            properties: "",
            spine: false,
        });
    }
    // 4. The cover image and the package document.
    files.push(("images/cover.png".into(), cover_png));
    items.push(Item {
        id: "cover-image".into(),
        href: "images/cover.png".into(),
        media_type: "image/png",
        properties: "cover-image",
        spine: false,
    });
    let features =
        Features { has_index: book.index.is_some(), has_page_list: !plan.entries.is_empty() };
    let opf = opf::package(book, &items, &features);

    // 5. The container.
    let mut entries: Vec<(String, Vec<u8>)> = vec![
        ("META-INF/container.xml".into(), CONTAINER.as_bytes().to_vec()),
        ("OEBPS/package.opf".into(), opf.into_bytes()),
    ];
    entries.extend(files.into_iter().map(|(name, bytes)| (format!("OEBPS/{name}"), bytes)));
    zip_container(&entries)
}

const CONTAINER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\
  <rootfiles>\n    <rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>\n  </rootfiles>\n\
</container>\n";

/// Zips the entries after a stored `mimetype`, with fixed times and permissions.
fn zip_container(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    let zerr = |e: zip::result::ZipError| Error::render("epub", e);
    let time = zip::DateTime::from_date_and_time(2000, 1, 1, 0, 0, 0)
        .map_err(|e| Error::render("epub", e))?;
    let base = SimpleFileOptions::default().last_modified_time(time).unix_permissions(0o644);
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("mimetype", base.compression_method(CompressionMethod::Stored)).map_err(zerr)?;
    z.write_all(b"application/epub+zip").map_err(|e| Error::render("epub", e))?;
    let deflated = base.compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        z.start_file(name.as_str(), deflated).map_err(zerr)?;
        z.write_all(bytes).map_err(|e| Error::render("epub", e))?;
    }
    Ok(z.finish().map_err(zerr)?.into_inner())
}

/// Every block of the book in reading order.
fn all_blocks(book: &Book) -> impl Iterator<Item = &Block> {
    book.introduction
        .iter()
        .flat_map(|s| &s.blocks)
        .chain(book.articles.iter().flat_map(|a| &a.blocks))
}

/// Id -> XHTML file for every linkable id (sections, blocks, anchors, footnotes).
fn targets(book: &Book) -> HashMap<String, String> {
    fn anchors(inlines: &[Inline], file: &str, out: &mut HashMap<String, String>) {
        for i in inlines {
            match i {
                Inline::Anchor(id) => {
                    out.entry(id.clone()).or_insert_with(|| file.to_string());
                }
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                    anchors(c, file, out)
                }
                Inline::Text(_) | Inline::NoteRef(_) => {}
            }
        }
    }
    let mut out = HashMap::new();
    let parts = book
        .introduction
        .iter()
        .map(|s| (&s.id, &s.blocks, &s.footnotes))
        .chain(book.articles.iter().map(|a| (&a.id, &a.blocks, &a.footnotes)));
    for (id, blocks, notes) in parts {
        let file = format!("{}.xhtml", xml::id_token(id));
        out.entry(id.clone()).or_insert_with(|| file.clone());
        for b in blocks {
            out.entry(b.id().to_string()).or_insert_with(|| file.clone());
            match b {
                Block::Paragraph { content, .. }
                | Block::Heading { content, .. }
                | Block::Caption { content, .. } => anchors(content, &file, &mut out),
                Block::Quote { paragraphs: ps, .. } | Block::Sources { items: ps, .. } => {
                    ps.iter().for_each(|p| anchors(p, &file, &mut out))
                }
            }
        }
        for n in notes {
            out.entry(n.id.clone()).or_insert_with(|| file.clone());
            anchors(&n.content, &file, &mut out);
        }
    }
    out
}
