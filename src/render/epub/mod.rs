//! The EPUB 3 edition: our own packager on zip + quick-xml.
//!
//! Takes the finished [`Book`] and the print edition's [`PageMap`]; returns the bytes of a
//! reproducible EPUB 3.3 file:
//! 1. plan the page-break markers from the page map ([`pages`]);
//! 2. draw the typographic cover ([`cover`]) and write the XHTML documents in reading
//!    order ([`docs`], [`inline`]);
//! 3. write the navigation document ([`nav`]) and its EPUB 2 twin ([`ncx`]), then the
//!    stylesheet and the fonts, subset to the book's characters ([`fonts`]);
//! 4. list every file in the package document ([`opf`]);
//! 5. zip it all: `mimetype` first and stored, fixed timestamps and permissions, entries
//!    in a fixed order, so two builds of the same book are byte-identical.

mod cover;
mod docs;
mod fonts;
mod inline;
mod nav;
mod ncx;
mod opf;
mod pages;
mod xml;

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use crate::error::{Error, Result};
use crate::memo::{self, Memo};
use crate::model::{place, Block, Book, BookMeta, IndexEntry, Inline, PageMap};
use inline::Ctx;
use nav::{Landmark, TocItem};
use opf::{Features, Item};

static STYLESHEET: &str = include_str!("../../../styles/epub.css");
/// The fonts' licence travels with them (the SIL Open Font License requires it).
static FONT_LICENCE: &str = include_str!("../../../fonts/OFL.txt");
/// Apple Books ignores a book's fonts unless the book asks for them here.
const APPLE_DISPLAY_OPTIONS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<display_options>\n  <platform name=\"*\">\n    <option name=\"specified-fonts\">true</option>\n  </platform>\n</display_options>\n";
const XHTML: &str = "application/xhtml+xml";

/// What one EPUB keeps for the next (`anthology watch`): the fonts subset to the book's
/// characters, which an edit seldom changes, and every file of the package compressed,
/// by its name and bytes (deflate is most of a rebuild's zipping).
#[derive(Default)]
pub struct Cache {
    fonts: Memo<Vec<(&'static str, Vec<u8>)>>,
    zipped: Memo<Arc<Vec<u8>>>,
}

/// Writes the book as an EPUB 3 file.
pub fn render(book: &Book, pages: &PageMap) -> Result<Vec<u8>> {
    render_cached(book, pages, &mut Cache::default())
}

/// [`render`], subsetting the fonts again only for characters `cache` has not seen.
pub fn render_cached(book: &Book, pages: &PageMap, cache: &mut Cache) -> Result<Vec<u8>> {
    cache.fonts.next_build();
    cache.zipped.next_build();
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
    let plan = pages::PagePlan::new(pages, &block_files, &place_files(book), first_block);
    let mut ctx = Ctx::new(&plan);
    let lang = &book.meta.language;

    // 2. The content documents, in reading order, with their contents entries.
    // The editor's cover image as it is, or a typographic cover drawn from the metadata.
    let (cover_bytes, cover_ext, cover_type, alt) = match &book.meta.cover {
        Some(image) => (image.bytes.to_vec(), image.extension(), image.media_type(), cover::alt_text(&book.meta)),
        None => {
            let (png, alt) = cover::cover(&book.meta)?;
            (png, "png", "image/png", alt)
        }
    };
    let cover_href = format!("images/cover.{cover_ext}");
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
    doc(&mut files, &mut items, "cover", docs::cover(book, &cover_href, &alt));
    doc(&mut files, &mut items, "titlepage", docs::titlepage(book, &plan));
    toc.push(TocItem { level: 1, href: "titlepage.xhtml".into(), text: "Title Page".into() });
    doc(&mut files, &mut items, "colophon", docs::colophon(book, &plan));
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
        // Print numbers the introduction page 1: the body of the book starts here.
        landmarks.push(Landmark {
            kind: "bodymatter",
            href: format!("{id}.xhtml"),
            text: "Start of Content",
        });
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
        if n == 0 && book.introduction.is_none() {
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
            docs::timeline(book, tl, &targets, &titles, &page_of, &plan),
        );
        toc.push(TocItem { level: 1, href: "timeline.xhtml".into(), text: tl.title.clone() });
    }
    if let Some(idx) = &book.index {
        doc(&mut files, &mut items, "index", docs::index(book, idx, &targets, &titles, &page_of, &plan));
        toc.push(TocItem { level: 1, href: "index.xhtml".into(), text: idx.title.clone() });
        landmarks.push(Landmark { kind: "index", href: "index.xhtml".into(), text: "Index" });
    }

    doc(&mut files, &mut items, "licence", docs::font_licence(book, FONT_LICENCE));

    // 3. The navigation document, then the stylesheet and fonts.
    files.insert(
        nav_index,
        ("nav.xhtml".into(), nav::nav(lang, &toc, &landmarks, &plan.entries, &plan.at(place::CONTENTS)).into_bytes()),
    );
    let texts: Vec<&str> =
        files.iter().filter_map(|(_, b)| std::str::from_utf8(b).ok()).collect();
    let faces = used_faces(book);
    let key = memo::key(&(faces.iter().map(|f| f.file).collect::<Vec<_>>(), fonts::characters(&texts)));
    let subset = match cache.fonts.get(&key) {
        Some(subset) => subset,
        None => {
            let subset = fonts::subset(&faces, &texts)?;
            cache.fonts.insert(key, subset.clone());
            subset
        }
    };
    let ncx_text = ncx::ncx(&book.meta.identifier, &book.meta.title, &toc, &plan.entries);
    let mut support: Vec<(String, &'static str, Vec<u8>)> = vec![
        ("toc.ncx".into(), "application/x-dtbncx+xml", ncx_text.into_bytes()),
        ("css/epub.css".into(), "text/css", font_faces(&faces).into_bytes()),
    ];
    support.extend(subset.into_iter().map(|(name, b)| (format!("fonts/{name}"), "font/ttf", b)));
    for (n, (href, media_type, bytes)) in support.into_iter().enumerate() {
        let id = match href.as_str() {
            "toc.ncx" => "ncx".to_string(),
            "css/epub.css" => "css".to_string(),
            _ => format!("res-{n}"),
        };
        files.push((href.clone(), bytes));
        items.push(Item { id, href, media_type, properties: "", spine: false });
    }
    // 4. The cover image and the package document.
    files.push((cover_href.clone(), cover_bytes));
    items.push(Item {
        id: "cover-image".into(),
        href: cover_href,
        media_type: cover_type,
        properties: "cover-image",
        spine: false,
    });
    let features =
        Features { has_index: book.index.is_some(), has_page_list: !plan.entries.is_empty() };
    let opf = opf::package(book, &items, &features);

    // 5. The container.
    let mut entries: Vec<(String, Vec<u8>)> = vec![
        ("META-INF/container.xml".into(), CONTAINER.as_bytes().to_vec()),
        (
            "META-INF/com.apple.ibooks.display-options.xml".into(),
            APPLE_DISPLAY_OPTIONS.as_bytes().to_vec(),
        ),
        ("OEBPS/package.opf".into(), opf.into_bytes()),
    ];
    entries.extend(files.into_iter().map(|(name, bytes)| (format!("OEBPS/{name}"), bytes)));
    zip_container(&entries, &mut cache.zipped)
}

const CONTAINER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\
  <rootfiles>\n    <rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>\n  </rootfiles>\n\
</container>\n";

/// Zips the entries after a stored `mimetype`, with fixed times and permissions. Each
/// entry is compressed alone into a one-entry zip (or taken from `zipped`, by its name
/// and bytes), then copied in as it is: a fresh build and a rebuild take the same path.
fn zip_container(entries: &[(String, Vec<u8>)], zipped: &mut Memo<Arc<Vec<u8>>>) -> Result<Vec<u8>> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("mimetype", entry_options()?.compression_method(CompressionMethod::Stored)).map_err(zip_error)?;
    z.write_all(b"application/epub+zip").map_err(|e| Error::render("epub", e))?;
    for (name, bytes) in entries {
        let key = memo::key(&(name, bytes));
        let alone = match zipped.get(&key) {
            Some(alone) => alone,
            None => {
                let alone = Arc::new(deflated_alone(name, bytes)?);
                zipped.insert(key, alone.clone());
                alone
            }
        };
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(alone.as_slice())).map_err(zip_error)?;
        z.raw_copy_file(archive.by_index_raw(0).map_err(zip_error)?).map_err(zip_error)?;
    }
    Ok(z.finish().map_err(zip_error)?.into_inner())
}

/// A zip holding `bytes` alone as `name`, deflated.
fn deflated_alone(name: &str, bytes: &[u8]) -> Result<Vec<u8>> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file(name, entry_options()?.compression_method(CompressionMethod::Deflated)).map_err(zip_error)?;
    z.write_all(bytes).map_err(|e| Error::render("epub", e))?;
    Ok(z.finish().map_err(zip_error)?.into_inner())
}

/// Every entry's fixed time and permissions, so that two builds are byte-identical.
fn entry_options() -> Result<SimpleFileOptions> {
    let time = zip::DateTime::from_date_and_time(2000, 1, 1, 0, 0, 0).map_err(|e| Error::render("epub", e))?;
    Ok(SimpleFileOptions::default().last_modified_time(time).unix_permissions(0o644))
}

fn zip_error(e: zip::result::ZipError) -> Error {
    Error::render("epub", e)
}

/// The faces the stylesheet sets: regular, italic and semibold always (titles,
/// standfirsts, headings); semibold italic only when a heading holds emphasis.
fn used_faces(book: &Book) -> Vec<&'static fonts::Face> {
    let emphasis_in_heading = all_blocks(book).any(|b| match b {
        Block::Heading { content, .. } => content.iter().any(|i| matches!(i, Inline::Emphasis(_))),
        _ => false,
    });
    let mut faces = vec![&fonts::REGULAR, &fonts::ITALIC, &fonts::BOLD];
    if emphasis_in_heading {
        faces.push(&fonts::BOLD_ITALIC);
    }
    faces
}

/// The stylesheet with an `@font-face` rule for each packaged face.
fn font_faces(faces: &[&fonts::Face]) -> String {
    let mut css = String::new();
    for f in faces {
        let style = if f.file.contains("Italic") { "italic" } else { "normal" };
        let weight = if f.file.contains("SemiBold") { "bold" } else { "normal" };
        css.push_str(&format!(
            "@font-face {{\n  font-family: \"EB Garamond\";\n  font-style: {style};\n  font-weight: {weight};\n  src: url(\"../fonts/{}\");\n}}\n",
            f.file
        ));
    }
    css.push_str(STYLESHEET);
    css
}

/// The file of every place a printed page can begin at without a block: the front
/// matter, each chapter's opening, the appendices and their entries.
fn place_files(book: &Book) -> HashMap<String, String> {
    fn entries(list: &[IndexEntry], out: &mut HashMap<String, String>) {
        for e in list {
            out.entry(e.id.clone()).or_insert_with(|| "index.xhtml".into());
            entries(&e.subentries, out);
        }
    }
    let mut out: HashMap<String, String> = [
        (place::TITLE_PAGE, "titlepage.xhtml"),
        (place::COLOPHON, "colophon.xhtml"),
        (place::CONTENTS, "nav.xhtml"),
    ]
    .into_iter()
    .map(|(p, f)| (p.to_string(), f.to_string()))
    .collect();
    let chapters = book.introduction.iter().map(|s| &s.id).chain(book.articles.iter().map(|a| &a.id));
    for id in chapters {
        out.insert(id.clone(), format!("{}.xhtml", xml::id_token(id)));
    }
    if let Some(tl) = &book.timeline {
        out.insert(place::CHRONOLOGY.into(), "timeline.xhtml".into());
        for e in &tl.entries {
            out.entry(e.id.clone()).or_insert_with(|| "timeline.xhtml".into());
        }
    }
    if let Some(ix) = &book.index {
        out.insert(place::INDEX.into(), "index.xhtml".into());
        entries(&ix.entries, &mut out);
    }
    out
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
                Inline::Emphasis(c)
                | Inline::Strong(c)
                | Inline::Link { content: c, .. }
                | Inline::Lang { content: c, .. } => anchors(c, file, out),
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
                Block::Quote { paragraphs: ps, .. } | Block::Sources { items: ps, .. } | Block::List { items: ps, .. } => {
                    ps.iter().for_each(|p| anchors(p, &file, &mut out))
                }
                Block::Table { table, .. } => table.runs().for_each(|c| anchors(c, &file, &mut out)),
                Block::Code { .. } => {}
            }
        }
        for n in notes {
            out.entry(n.id.clone()).or_insert_with(|| file.clone());
            anchors(&n.content, &file, &mut out);
        }
    }
    out
}
