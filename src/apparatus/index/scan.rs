//! Tokenises the book's indexable text: every `Inline::Text` of the articles' paragraphs,
//! headings, quotes and captions becomes a run of word [`Token`]s that remember where they
//! stand (text node and byte offset) and how they relate to their neighbours (sentence
//! start, joined to the previous word by spaces only).
//!
//! Bibliographies (`Block::Sources`) are not indexed: an index points into the text. Other
//! text that is no prose (reference entries, equations, ticket titles: [`nonprose`]) and
//! words clipped by an ellipsis ("Hurri...") are located but propose nothing; words of a
//! title-case line ("Man Shot at Dallas Gas Station Dies") are marked, as their capitals say
//! little.

use std::sync::LazyLock;

use regex::Regex;

use super::nonprose;
use crate::model::{plain_text, Article, Block, Inline};

/// A web address: a scheme, or a lowercase domain with a path ("pic.twitter.com/KQLpngeTbO").
static WEB_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"://|^www\.|[a-z0-9-]+\.[a-z]{2,}/").expect("valid regex"));

/// Operators that only formulas put between words.
const MATH_OPERATORS: &[char] = &['=', '⊗', '∼', '≡', '∑', '∈', '≤', '≥', '∝', '∂', '∇', '≈'];

/// One word of the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// The word as written (apostrophes straightened).
    pub text: String,
    /// The word without a possessive ending (`Lenin’s` -> `Lenin`), lowercased.
    pub key: String,
    /// Whether the word carried a possessive ending (a name ends there).
    pub possessive: bool,
    /// Index into [`Corpus::nodes`].
    pub node: usize,
    /// Byte offset of the word in its text node.
    pub start: usize,
    /// The word opens a sentence (or block), so its capital says nothing.
    pub sentence_start: bool,
    /// Only spaces separate it from the previous token of the same text node.
    pub joined: bool,
    /// It stands in running text (paragraph, quote, caption; no word clipped by an
    /// ellipsis), where terms are proposed.
    pub running: bool,
    /// It stands in a title-case line, where every word is capitalised.
    pub headline: bool,
    /// It is set in italics (a title of a work, a foreign term).
    pub italic: bool,
    /// It is set in bold (a kicker, a label, a list item's lead).
    pub bold: bool,
    /// It stands in a section heading of its article.
    pub heading: bool,
    /// The last quotation mark between the previous word and this one, if any (`“` or `‘`
    /// opens a quotation before it, `”` or `’` closed one).
    pub quote_before: Option<char>,
    /// A comma, and nothing but spaces, separates it from the previous word (a list).
    pub comma_before: bool,
    /// An opening bracket stands between it and the previous word ("a young woman (Ada
    /// Quell)").
    pub bracket_before: bool,
    /// An opening square bracket does: an editor's insertion into a quotation ("Andrew [Quell]
    /// and I").
    pub square_before: bool,
    /// An en dash, and nothing else, joins it to the previous word ("Kullback–Leibler").
    pub en_dash_before: bool,
    /// A full stop, question or exclamation mark stands between it and the previous word: a
    /// new sentence, even inside a quotation ("a series. “But Mike…").
    pub stop_before: bool,
    /// A spaced em or en dash ends the gap before it ("…in February. — Ada Quill"): a credit
    /// may follow.
    pub dash_before: bool,
    /// A tracker's user handle follows it ("Masatoshi Kimura [:emk]", "Tim Nguyen :ntim"):
    /// the nickname of a person.
    pub handle_after: bool,
    /// It opens an attribution, after its dash ("– Kyle Orrel, Writer"): a person's name.
    pub attribution: bool,
    /// It opens a cell of a table set in plain text: a column gap stands before it.
    pub cell: bool,
    /// The cell of a table it stands in (a list's item is one of a column): the table
    /// (numbered through the book), the column and the row.
    pub table_cell: Option<(usize, usize, usize)>,
}

impl Token {
    /// Starts with a capital letter, after an Arabic article ("al-Bashir") or an elided
    /// French one ("Palme d’Or", "Côte d'Ivoire").
    pub fn capitalised(&self) -> bool {
        let name = ["al-", "el-", "d’", "d'", "l’", "l'"].iter().find_map(|a| self.text.strip_prefix(a)).unwrap_or(&self.text);
        name.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Where a text node sits: article, block, and its rank among the block's text nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeAt {
    pub article: usize,
    pub block: usize,
    pub ordinal: usize,
}

/// The tokenised book.
#[derive(Debug, Default)]
pub struct Corpus {
    pub tokens: Vec<Token>,
    pub nodes: Vec<NodeAt>,
    /// Each article's title, by its number among the corpus's articles.
    pub titles: Vec<String>,
}

impl Corpus {
    /// The articles' corpora in reading order as one, with the size of each (to split it
    /// again): text nodes and tables renumbered to follow on from the article before.
    pub fn join(parts: Vec<Corpus>) -> (Corpus, Vec<Size>) {
        // Room for every part at once: grown a part at a time, the book's tokens were copied
        // over and over.
        let mut corpus = Corpus {
            tokens: Vec::with_capacity(parts.iter().map(|p| p.tokens.len()).sum()),
            nodes: Vec::with_capacity(parts.iter().map(|p| p.nodes.len()).sum()),
            titles: Vec::with_capacity(parts.len()),
        };
        let mut sizes = Vec::with_capacity(parts.len());
        let mut tables = 0;
        for part in parts {
            let size = Size { tokens: part.tokens.len(), nodes: part.nodes.len(), tables: part.tables() };
            let nodes = corpus.nodes.len();
            corpus.tokens.extend(part.tokens.into_iter().map(|mut t| {
                t.node += nodes;
                if let Some((table, _, _)) = &mut t.table_cell {
                    *table += tables;
                }
                t
            }));
            corpus.nodes.extend(part.nodes);
            corpus.titles.extend(part.titles);
            tables += size.tables;
            sizes.push(size);
        }
        (corpus, sizes)
    }

    /// Undoes [`Corpus::join`]: the articles' corpora, each numbered on its own again.
    pub fn split(self, sizes: &[Size]) -> Vec<Corpus> {
        let (mut tokens, mut nodes, mut titles) = (self.tokens.into_iter(), self.nodes.into_iter(), self.titles.into_iter());
        let (mut node_base, mut table_base) = (0, 0);
        let mut parts = Vec::with_capacity(sizes.len());
        for size in sizes {
            let part_tokens = tokens.by_ref().take(size.tokens).map(|mut t| {
                t.node -= node_base;
                if let Some((table, _, _)) = &mut t.table_cell {
                    *table -= table_base;
                }
                t
            });
            let (tokens, nodes) = (part_tokens.collect(), nodes.by_ref().take(size.nodes).collect());
            parts.push(Corpus { tokens, nodes, titles: titles.next().into_iter().collect() });
            node_base += size.nodes;
            table_base += size.tables;
        }
        parts
    }

    /// The number of the last table a token stands in: an article's count of tables.
    fn tables(&self) -> usize {
        self.tokens.iter().filter_map(|t| t.table_cell.map(|(table, _, _)| table)).max().unwrap_or(0)
    }
}

/// How much of a joined corpus one article's words fill.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    tokens: usize,
    nodes: usize,
    tables: usize,
}

/// Abbreviations whose full stop does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "st", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "mt", "jr", "sr", "rev", "prof", "sgt",
    "capt", "gov", "sen", "rep", "co", "inc", "corp", "ltd", "vs", "ft", "sens", "reps", "govs", "drs",
    // A firm's "Brothers" ("Quorran Bros. Discovery").
    "bros",
];

/// US state abbreviations of datelines ("HAYWARD, Calif."), when capitalised.
#[rustfmt::skip]
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// A US state's abbreviation ("calif"), lowercased and without its full stop.
pub fn is_state_abbreviation(key: &str) -> bool {
    STATE_ABBREVIATIONS.contains(&key)
}

/// Invisible unless a line breaks there.
const SOFT_HYPHEN: char = '\u{ad}';

/// The Unicode hyphen and the one a line may not break at ("Jia Zhang\u{2011}ke"): a typeset
/// page's hyphens, read as the keyboard's.
const TYPESET_HYPHENS: [char; 2] = ['\u{2010}', '\u{2011}'];

/// The most words of a table's cell read as an item of its column, no line of text: a name's.
const CELL_ITEM_MAX_WORDS: usize = 12;

/// A line with this many words of four letters or more (function words aside), nearly all
/// capitalised, is a title-case headline.
const HEADLINE_MIN_WORDS: usize = 3;

/// The words of article number `a`, its tables numbered from 1 (see [`Corpus::join`]).
pub fn scan_article(a: usize, article: &Article, proposes: bool) -> Corpus {
    let mut corpus = Corpus { titles: vec![article.meta.title.clone()], ..Corpus::default() };
    let mut tables: usize = 0;
    // The table the paragraphs made of a name alone stand in, once one is met.
    let mut lone_names: Option<usize> = None;
    // The table the names in bold of title-case lines stand in ([`bold_names`]), and its rows.
    let mut bold_column: Option<usize> = None;
    let mut bold_rows: usize = 0;
    for (b, block) in article.blocks.iter().enumerate() {
        let running = !matches!(block, Block::Heading { .. });
        let paragraph = matches!(block, Block::Paragraph { .. });
        let references = match block {
            Block::List { items, .. } => nonprose::is_reference_list(&items.iter().map(|i| plain_text(i)).collect::<Vec<_>>()),
            _ => false,
        };
        let mut ordinal = 0;
        // A table's cells run row by row after its caption: each run's column and row.
        let table = match block {
            Block::Table { table, .. } => Some((table.align.len().max(1), usize::from(table.caption.is_some()))),
            // A list is read as a table of one column: a name filling an item is a cell of it,
            // and a list of persons is told like a column of them ("1. Rob Halford").
            Block::List { .. } => Some((1, 0)),
            _ => None,
        };
        let mut run: usize = 0;
        tables += usize::from(table.is_some());
        let table_id = tables;
        for_each_run(block, &mut |inlines| {
            let mut sentence_start = true;
            let first = corpus.tokens.len();
            let cell = table.and_then(|(width, caption)| run.checked_sub(caption).map(|r| (table_id, r % width, r / width)));
            run += 1;
            // The style of the text node of the last word, and whether only blanks followed it.
            let mut last: Option<(Style, bool)> = None;
            // Whether the last text node with words was a title set in italics of its own: two
            // words or more, the first capitalised.
            let mut last_title = false;
            // An opening quotation mark closing a text node, to open the next one's words.
            let mut open_quote: Option<char> = None;
            // A dash closing a text node, before the next one's words: a signature set in
            // italics of its own closing the paragraph ("… — *Ada Quill*").
            let mut open_dash = false;
            let mut signed: Option<usize> = None;
            let spec_box = paragraph && is_spec_box(inlines);
            let caption = matches!(block, Block::Caption { .. });
            walk_styled(inlines, Style::default(), &mut |text, style| {
                let italic = style.italic;
                let at = NodeAt {
                    article: a,
                    block: b,
                    ordinal,
                };
                ordinal += 1;
                corpus.nodes.push(at);
                let node = corpus.nodes.len() - 1;
                let from = corpus.tokens.len();
                tokenize(text, node, running, &mut sentence_start, &mut corpus.tokens);
                corpus.tokens[from..].iter_mut().for_each(|t| {
                    t.italic = italic;
                    t.bold = style.strong;
                    t.heading = !running;
                });
                // "withhold “[Free, Prior and Informed Consent](…)”": the link's words stand in
                // the quotation opened before it.
                if let Some(word) = corpus.tokens.get_mut(from).filter(|w| w.quote_before.is_none()) {
                    word.quote_before = open_quote;
                    if open_dash && style.italic && !word.dash_before {
                        word.dash_before = true;
                        signed = Some(from);
                    }
                }
                if corpus.tokens.len() > from || !text.trim().is_empty() {
                    open_quote = text.trim_end().chars().last().filter(|c| matches!(c, '“' | '‘'));
                    // (A spaced dash: "*Magnum, P.I.*–*Murder, She Wrote*" joins two titles.)
                    open_dash = text.trim_end().strip_suffix(['—', '–']).is_some_and(|r| r.ends_with(char::is_whitespace));
                }
                // "*Ana Lima/Ledger Images* Fans wait at the gate": the photographer's credit
                // opening a caption is no subject of the text.
                let opening_credit = caption && from == first && style.italic && nonprose::is_credit_caption(text);
                if spec_box && style.strong || opening_credit {
                    corpus.tokens[from..].iter_mut().for_each(|t| t.running = false);
                }
                // "Pilates leads. Mikolette / Getty Images": the credit closing a caption.
                if let Some(at) = nonprose::closing_credit(text).filter(|_| caption) {
                    corpus.tokens[from..].iter_mut().filter(|t| t.start >= at).for_each(|t| t.running = false);
                }
                nonprose::mark_equations(&mut corpus.tokens[from..], text);
                // "The Office for [Students](…)": a text node of one word goes on with the word
                // before when only blanks part them and they are set alike (not "**Developer**
                // Paintbucket Games", nor "[Befrienders Worldwide](…)" after "and", a name of
                // its own). Nor do lowercase words set in italics word by word ("*Annals* *of
                // the* *Velmora*": one title; not "*and* *Tamsa Trust*", a name of its own).
                let one_word = corpus.tokens.len() == from + 1;
                let italic_lowercase = style.italic && text.split_whitespace().all(|w| w.starts_with(char::is_lowercase));
                // (Not a capitalised word after a title of several words in italics: "*Look
                // Back* *Anora* *Flow*" lists titles one after another.)
                let next_title = style.italic && last_title && !italic_lowercase;
                if let Some(word) = corpus.tokens.get_mut(from) {
                    if last == Some((style, true)) && (one_word || italic_lowercase) && open_before(text) && !word.sentence_start && !next_title {
                        word.joined = true;
                    }
                }
                if corpus.tokens.len() > from {
                    let words = &corpus.tokens[from..];
                    last_title = style.italic && words.len() >= 2 && words[0].capitalised();
                }
                last = match last {
                    _ if corpus.tokens.len() > from => Some((style, open_after(text))),
                    Some((set, open)) => Some((set, open && text.trim().is_empty())),
                    None => None,
                };
            });
            // (Words after the italics: a title the dash set off, "a series — *Who We Are* — on …".)
            if let Some(k) = signed.filter(|&k| corpus.tokens[k..].iter().any(|t| t.node != corpus.tokens[k].node)) {
                corpus.tokens[k].dash_before = false;
            }
            corpus.tokens[first..].iter_mut().for_each(|t| t.table_cell = cell);
            bold_name_apart(block, inlines, &mut corpus.tokens[first..]);
            nonprose::mark_ticket_titles(&mut corpus.tokens[first..]);
            mark_section_number(&mut corpus.tokens[first..]);
            let credit = matches!(block, Block::Caption { .. }) && nonprose::is_credit_caption(&plain_text(inlines));
            let plain = plain_text(inlines);
            if references || credit || nonprose::is_citation(&plain) || nonprose::is_rights_notice(&plain) {
                corpus.tokens[first..].iter_mut().for_each(|t| t.running = false);
            }
            let tokens = &corpus.tokens[first..];
            // "| 2 | Kellogg School of Management | 3.7 |": a short cell of a table's body holds
            // an item of its column, no headline, however capitalised (its head's are labels;
            // a long one is read as a line: "| **Ada Quist Bo Lind**, writer **…** |").
            let body_cell = tokens.len() <= CELL_ITEM_MAX_WORDS
                && matches!(block, Block::Table { table, .. } if cell.is_some_and(|(_, _, row)| row >= table.head.len()));
            let title_case = (is_headline(tokens) || (paragraph && is_short_title(tokens))) && !is_name_line(tokens) && !body_cell;
            let attribution = is_attribution(inlines);
            if ((!ends_sentence(inlines) && title_case) || title_case_question(inlines, tokens)) && !attribution {
                // "The Green Tea Collector, 29 October 2025 Ada Quist and Tora Velm": the
                // names after a post's date are its byline, no words of its title.
                let title_end = first + byline_after_date(tokens).unwrap_or(tokens.len());
                corpus.tokens[first..title_end].iter_mut().for_each(|t| t.headline = true);
                unmark_set_off_names(&mut corpus.tokens[first..title_end]);
                // Its names in bold are read as a column of a table, so that those known to
                // be persons vouch for the rest.
                let names = bold_names(&corpus.tokens[first..title_end]);
                if !names.is_empty() {
                    let column = *bold_column.get_or_insert_with(|| {
                        tables += 1;
                        tables
                    });
                    for (a, b) in names {
                        let row = bold_rows;
                        bold_rows += 1;
                        corpus.tokens[first + a..first + b].iter_mut().for_each(|t| {
                            t.headline = false;
                            t.table_cell = Some((column, 0, row));
                        });
                    }
                }
            }
            open_after_run_in_heads(&mut corpus.tokens[first..]);
            // "**Go Easy on Styling:** Keep it…": a paragraph's or an item's run-in head.
            let item = paragraph || matches!(block, Block::List { .. });
            if item && matches!(inlines.first(), Some(Inline::Strong(_))) {
                let lead = corpus.tokens[first..].iter().take_while(|t| t.bold).count();
                if is_run_in_head(&corpus.tokens[first..], lead) {
                    corpus.tokens[first..first + lead].iter_mut().for_each(|t| t.headline = true);
                }
            }
            if let Some(name) = corpus.tokens.get_mut(first).filter(|_| attribution) {
                name.attribution = true;
            }
            if is_link_bar(inlines) {
                corpus.tokens[first..].iter_mut().for_each(|t| t.running = false);
            }
            // "Jandy Orrel" alone between a book's title and its publisher, as each author of
            // the list is: the paragraphs that are a name alone are read as one column of a
            // table, so that the names known to be persons vouch for the rest.
            if paragraph && table.is_none() && is_lone_name(&plain_text(inlines), &corpus.tokens[first..]) {
                let column = *lone_names.get_or_insert_with(|| {
                    tables += 1;
                    tables
                });
                corpus.tokens[first..].iter_mut().for_each(|t| t.table_cell = Some((column, 0, b)));
            }
        });
    }
    // The proposer's rules read English (German capitalises every noun, so its capitals
    // name nothing): an article in another language proposes no heading (the editor's and
    // those proposed elsewhere are found in it still).
    if !proposes {
        corpus.tokens.iter_mut().for_each(|t| t.running = false);
    }
    corpus
}

/// Whether a paragraph (its plain text and its words) is a name alone: two to four
/// capitalised words of running text in roman, set in no bold, with no mark but an initial's
/// full stop, a hyphen or an apostrophe ("Laurie Halse Anderson", "E. Lockhart").
fn is_lone_name(text: &str, tokens: &[Token]) -> bool {
    (2..=4).contains(&tokens.len())
        && tokens.iter().all(|t| t.capitalised() && t.running && !t.italic && !t.bold && !t.headline && t.node == tokens[0].node)
        && text.trim().chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')
}

/// Calls `f` on each paragraph-like run of inlines of an indexable block (code is not).
pub fn for_each_run<'a>(block: &'a Block, f: &mut impl FnMut(&'a [Inline])) {
    match block {
        Block::Paragraph { content, .. }
        | Block::Heading { content, .. }
        | Block::Caption { content, .. } => f(content),
        Block::Quote { paragraphs, .. } | Block::List { items: paragraphs, .. } => paragraphs.iter().for_each(|p| f(p)),
        Block::Table { table, .. } => table.runs().for_each(|c| f(c)),
        Block::Sources { .. } | Block::Code { .. } => {}
    }
}

/// Visits the text nodes of `inlines` depth first, in reading order, saying whether each
/// is in italics.
fn walk<'a>(inlines: &'a [Inline], italic: bool, f: &mut impl FnMut(&'a str, bool)) {
    walk_styled(inlines, Style { italic, strong: false }, &mut |text, style| f(text, style.italic));
}

/// How a text node is set: in italics, in bold.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Style {
    italic: bool,
    strong: bool,
}

/// Visits the text nodes of `inlines` depth first, in reading order, with their style.
fn walk_styled<'a>(inlines: &'a [Inline], style: Style, f: &mut impl FnMut(&'a str, Style)) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => f(t, style),
            Inline::Emphasis(c) => walk_styled(c, Style { italic: true, ..style }, f),
            Inline::Strong(c) => walk_styled(c, Style { strong: true, ..style }, f),
            Inline::Link { content: c, .. } | Inline::Lang { content: c, .. } => walk_styled(c, style, f),
            Inline::NoteRef(_) | Inline::Anchor(_) => {}
        }
    }
}

/// Whether `text` ends in a word, or only blanks follow its last word: a word of the next
/// text node may go on with it.
fn open_after(text: &str) -> bool {
    text.trim_end().ends_with(char::is_alphanumeric)
}

/// Whether `text` opens with a word, after blanks at most.
fn open_before(text: &str) -> bool {
    text.trim_start().starts_with(char::is_alphanumeric)
}

/// A section number opening a heading or a contents entry ("1 Etymology", "3.1 Foreign
/// relations", "2. Method"): the word after it opens the heading, and its capital says
/// nothing. Parts of one to three digits (not a year: "1905 Revolution").
fn mark_section_number(tokens: &mut [Token]) {
    let section = tokens.first().is_some_and(|t| {
        t.text.split('.').all(|part| (1..=3).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit()))
    });
    if let Some(next) = tokens.get_mut(1).filter(|_| section) {
        next.sentence_start = true;
    }
}

/// Whether a paragraph holds a bar of links or page items ("Order Reprints | Today’s Paper |
/// Subscribe"): the page's furniture, located but proposing nothing.
fn is_link_bar(inlines: &[Inline]) -> bool {
    let mut bars = 0;
    walk(inlines, false, &mut |text, _| bars += text.matches(" | ").count());
    bars >= 2
}

/// The fewest labels of a specification box.
const SPEC_BOX_MIN_LABELS: usize = 4;

/// The most words of a label of a specification box.
const SPEC_LABEL_MAX_WORDS: usize = 3;

/// Whether a paragraph is a specification box: opened by a label in bold, and made of short
/// labels in bold each followed by its value ("**Developer** Paintbucket Games
/// **Multiplayer?** No **Link** Official site"). Its labels are the page's, no names.
fn is_spec_box(inlines: &[Inline]) -> bool {
    let label = |i: &Inline| match i {
        Inline::Strong(c) => {
            let mut words = 0;
            walk(c, false, &mut |text, _| words += text.split_whitespace().count());
            (1..=SPEC_LABEL_MAX_WORDS).contains(&words)
        }
        _ => false,
    };
    let valued = inlines.windows(2).filter(|w| label(&w[0]) && !matches!(w[1], Inline::Strong(_))).count();
    inlines.first().is_some_and(label) && valued >= SPEC_BOX_MIN_LABELS
}

/// Whether the last text of `inlines` closes a sentence (a headline does not).
fn ends_sentence(inlines: &[Inline]) -> bool {
    let mut last = String::new();
    walk(inlines, false, &mut |text, _| last = text.to_string());
    last.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？'])
}

/// The most words of a short title set as a paragraph of its own.
const SHORT_TITLE_MAX_WORDS: usize = 8;

/// A short paragraph in title case, "A Job for Tuft Cells": every word of three letters or
/// more capitalised, two at least, and a function word in lowercase among them (a name alone,
/// "Herbert Dürr", has none).
fn is_short_title(tokens: &[Token]) -> bool {
    let content: Vec<&Token> = tokens.iter().filter(|t| t.text.chars().count() >= 3 && !super::words::is_stop(&t.key)).collect();
    let function_word = tokens.iter().any(|t| super::words::is_stop(&t.key) && t.text.chars().all(char::is_lowercase));
    tokens.len() <= SHORT_TITLE_MAX_WORDS && content.len() >= 2 && content.iter().all(|t| t.capitalised()) && function_word
}

/// The most words of a run-in label in bold that opens a sentence.
const RUN_IN_LABEL_MAX_WORDS: usize = 3;

/// "The villas opened. **Guestrooms** Grounded in local craft, …": a label in bold of a few
/// capitalised words opening a sentence, and a capital right after it, with no mark
/// between: the label is a section's run-in head and the word after it opens the sentence,
/// its capital saying nothing.
fn open_after_run_in_heads(tokens: &mut [Token]) {
    let mut a = 0;
    while a < tokens.len() {
        let node = tokens[a].node;
        let b = (a + 1..tokens.len()).find(|&k| tokens[k].node != node).unwrap_or(tokens.len());
        let label = tokens[a].bold && tokens[a].sentence_start && (1..=RUN_IN_LABEL_MAX_WORDS).contains(&(b - a)) && tokens[a..b].iter().all(Token::capitalised);
        if let Some(next) = tokens.get_mut(b).filter(|n| label && !n.bold && n.capitalised() && !n.stop_before && !n.comma_before && !n.dash_before) {
            next.sentence_start = true;
        }
        a = b;
    }
}

/// The most words of a run-in head in bold.
const RUN_IN_HEAD_MAX_WORDS: usize = 8;

/// Whether the first `lead` words of a paragraph, set in bold, are its run-in head: in title
/// case, a function word in lowercase or an ampersand among them ("**Dining and Drinking**",
/// "**Meetings & Events**", "**Make It the Focal Point:**"), and a new sentence after them.
/// Their capitals are a headline's, no name's; not a subject in bold that the sentence goes on
/// from ("**Ada Lind and Tora Quist** spoke").
fn is_run_in_head(tokens: &[Token], lead: usize) -> bool {
    let head = &tokens[..lead.min(tokens.len())];
    let joiner = |t: &Token| t.text == "&" || (super::words::is_stop(&t.key) && t.text.chars().all(char::is_lowercase));
    let capitals = head.iter().filter(|t| t.capitalised() && !joiner(t)).count();
    let title_case = head.iter().all(|t| t.capitalised() || joiner(t)) && head.iter().any(joiner);
    let new_sentence = tokens.get(lead).is_some_and(Token::capitalised);
    (2..=RUN_IN_HEAD_MAX_WORDS).contains(&lead) && capitals >= 2 && title_case && new_sentence
}

/// Whether a line is a person's name alone, after any number of a list ("**1. Ada Lind
/// Quarel**" heading an entry of a list of persons): a given name and one or two more words
/// shaped as names, none of an institution. Its capitals are the name's, no
/// headline's.
fn is_name_line(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens.iter().skip_while(|t| t.text.chars().all(|c| c.is_ascii_digit() || c == '.')).collect();
    let name_shaped = |t: &&Token| {
        t.text.chars().next().is_some_and(char::is_uppercase) && t.text.chars().skip(1).all(char::is_lowercase) && !super::words::is_non_person(&t.key)
    };
    let given = words.first().is_some_and(|t| super::words::is_given_name(&t.key) || super::words::is_census_given_name(&t.key));
    (2..=3).contains(&words.len()) && given && words.iter().all(name_shaped)
}

/// "- **Ada Quist**, Velmora University": an item of a list led by a name in bold, its
/// affiliation after it (a letter's signatories, a cast). The name is the item's cell of the
/// list's column, the rest a second column, so that the names known to be persons vouch for
/// the others as a column of names alone does.
fn bold_name_apart(block: &Block, inlines: &[Inline], tokens: &mut [Token]) {
    if !matches!(block, Block::List { .. }) || !matches!(inlines.first(), Some(Inline::Strong(_))) {
        return;
    }
    let lead = tokens.iter().take_while(|t| t.bold).count();
    if lead < tokens.len() && is_name_shaped(&tokens[..lead]) {
        for t in &mut tokens[lead..] {
            t.table_cell = t.table_cell.map(|(table, _, row)| (table, 1, row));
        }
    }
}

/// The fewest names in bold whose given names a list knows that a title-case line holds for
/// its other names in bold to be read with them.
const BOLD_NAMES_MIN: usize = 3;

/// The text nodes in bold of a title-case line shaped as persons' names, each set off alone
/// ("**Ada Quist**, Velmora University **Kavro D. Thelwin**, writer": a letter's
/// signatories, a cast): their ranges, when three of them at least are names whose given
/// names a list knows ([`is_name_line`]), and those are half of them at least.
fn bold_names(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut names = Vec::new();
    let mut from = 0;
    while from < tokens.len() {
        let node = tokens[from].node;
        let to = (from + 1..tokens.len()).find(|&k| tokens[k].node != node).unwrap_or(tokens.len());
        if tokens[from].bold && is_name_shaped(&tokens[from..to]) {
            names.push((from, to));
        }
        from = to;
    }
    let known = names.iter().filter(|&&(a, b)| is_name_line(&tokens[a..b])).count();
    if known >= BOLD_NAMES_MIN && known * 2 >= names.len() {
        names
    } else {
        Vec::new()
    }
}

/// Whether words are shaped as a person's name: two or three capitalised words of letters
/// (hyphenated ones, "Anne-Marie", or prefixed, "McWhorter", "O'Hara"), besides initials
/// ("W.") and a suffix ("Jr."). Four words are two names run together.
fn is_name_shaped(tokens: &[Token]) -> bool {
    let part = |p: &str| p.chars().next().is_some_and(char::is_uppercase) && p.chars().count() > 1 && p.chars().skip(1).all(|c| c.is_lowercase() || c == '\'');
    let plain = |w: &str| {
        let w = w.strip_prefix("Mc").or_else(|| w.strip_prefix("Mac")).or_else(|| w.strip_prefix("O'")).filter(|r| r.starts_with(char::is_uppercase)).unwrap_or(w);
        w.split('-').all(part)
    };
    let initial = |w: &str| w.len() == 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.ends_with('.');
    let words = tokens.iter().filter(|t| !initial(&t.text) && !super::words::is_name_suffix(&t.key)).count();
    (2..=3).contains(&words)
        && tokens.first().is_some_and(|t| plain(&t.text))
        && tokens.iter().all(|t| plain(&t.text) || initial(&t.text) || super::words::is_name_suffix(&t.key))
}

/// A person's name set off alone in a title-case line, between its start or end, a spaced
/// dash, a bracket or a colon ([`set_off`]) ("Ada Quist – Velmora Nights (Tutor: Tora Lind)", a list of
/// winners): a name, as a line of a name alone is ([`is_name_line`]), whose capitals say what
/// they do in running text; the rest of the line stays a headline.
fn unmark_set_off_names(tokens: &mut [Token]) {
    let mut from = 0;
    while from < tokens.len() {
        let node = tokens[from].node;
        let to = (from + 1..tokens.len())
            .find(|&k| set_off(&tokens[k]) || tokens[k].node != node)
            .unwrap_or(tokens.len());
        if is_name_line(&tokens[from..to]) {
            tokens[from..to].iter_mut().for_each(|t| t.headline = false);
        }
        from = to;
    }
}

/// Whether a spaced dash, a bracket or a colon (a sentence opened without a full stop) stands
/// before a word of a line. Not a full stop: "…, 1979. © Ada Quist" is a credit's tail.
fn set_off(t: &Token) -> bool {
    t.dash_before || t.bracket_before || (t.sentence_start && !t.stop_before)
}

/// Where a byline starts after a date in a title-case line ("A New Velmora API, 9 September
/// 2025 Ada Quist, Tora Velm, and Ivo Lind"; "…, September 9, 2025 Ada Quist"): the first
/// capitalised word right after a date of a day, a month's name and a year of four digits,
/// with another word after it. None when no date stands before the line's last two words.
fn byline_after_date(tokens: &[Token]) -> Option<usize> {
    let number = |t: &Token, max: usize| !t.text.is_empty() && t.text.len() <= max && t.text.chars().all(|c| c.is_ascii_digit());
    let year = |t: &Token| t.text.len() == 4 && number(t, 4);
    let month = |t: &Token| super::words::is_month(&t.key) && t.key.chars().count() > 3;
    (3..tokens.len().saturating_sub(1)).find(|&k| {
        let date = (number(&tokens[k - 3], 2) && month(&tokens[k - 2]) || month(&tokens[k - 3]) && number(&tokens[k - 2], 2)) && year(&tokens[k - 1]);
        let node = tokens[k - 3].node;
        date && tokens[k - 2..=k + 1].iter().all(|t| t.node == node) && tokens[k].capitalised()
    })
}

/// A question of three words or more, every one capitalised, function words too ("What Does
/// Stadia Offer?"), or a short title asked as a question ("A Change in Diet?"): a section
/// heading.
fn title_case_question(inlines: &[Inline], tokens: &[Token]) -> bool {
    let mut last = String::new();
    walk(inlines, false, &mut |text, _| last = text.to_string());
    last.trim_end().ends_with('?') && ((tokens.len() >= 3 && tokens.iter().all(Token::capitalised)) || is_short_title(tokens))
}

/// Whether `gap` (trimmed at its end) ends in a dash: an em or en dash, or one typed as two
/// hyphens ("-- Ada Quill") or as one hyphen set apart ("Tamsa - the town"; not the hyphen of
/// "x-y").
fn typed_dash(gap: &str) -> bool {
    let hyphen = gap.strip_suffix('-').is_some_and(|g| g.is_empty() || g.ends_with(char::is_whitespace) || g.ends_with('-'));
    gap.ends_with(['—', '–']) || hyphen
}

/// Whether a run is an attribution, a dash before a name ("– Kyle Orrel, Writer" under a
/// quotation): its capitals are a name's and a role's, not a title's.
fn is_attribution(inlines: &[Inline]) -> bool {
    let text = plain_text(inlines);
    let rest = text.trim_start().strip_prefix(['–', '—']).map(str::trim_start);
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// A title-case line: its content words nearly all capitalised.
pub fn is_headline(tokens: &[Token]) -> bool {
    let content: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.text.chars().count() >= 4 && !super::words::is_stop(&t.key))
        .collect();
    let capitals = content.iter().filter(|t| t.capitalised()).count();
    content.len() >= HEADLINE_MIN_WORDS && capitals * 5 >= content.len() * 4
}

/// The most words of a dateline or a source's name before the dash opening a text.
const DATELINE_MAX_WORDS: usize = 4;

/// Splits `text` into words; `sentence_start` carries across the text nodes of a run.
/// The quotation mark that the character `c` at `k` in the gap before a word makes, curly:
/// straight marks open or close by the quotation open ("'I Notice, I Wonder'", "\" God Save
/// the Queen \""), and a closing mark after a blank before a capital opens one ("’I Notice,
/// I Wonder’"; not "’90s"). An apostrophe inside a word is no mark.
fn quote_mark(gap: &str, k: usize, c: char, capital_next: bool, single_open: bool, double_open: bool) -> Option<char> {
    let opens_word = gap[k + c.len_utf8()..].trim().is_empty() && (k == 0 || gap[..k].ends_with([' ', '(', '[', '\n']));
    let closes_word = k == 0;
    match c {
        '“' | '”' | '‘' => Some(c),
        '’' if opens_word && !single_open && capital_next && k > 0 => Some('‘'),
        '’' => Some('’'),
        '"' if double_open => Some('”'),
        '"' => Some('“'),
        '\'' if opens_word && !single_open && capital_next && k > 0 => Some('‘'),
        '\'' if closes_word && single_open => Some('’'),
        _ => None,
    }
}

/// Whether the full stop at `i` ends a sentence whose space after it was lost ("on
/// Wednesday.The stabbing"): two lowercase letters before it, a capital and a lowercase letter
/// after it. Not a web address ("Booking.com") nor an abbreviation ("U.S.", "ASP.NET").
fn glued_sentence(chars: &[(usize, char)], i: usize) -> bool {
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    at(i) == Some('.')
        && i >= 2
        && at(i - 1).is_some_and(char::is_lowercase)
        && at(i - 2).is_some_and(char::is_lowercase)
        && at(i + 1).is_some_and(char::is_uppercase)
        && at(i + 2).is_some_and(char::is_lowercase)
}

/// Whether the slash at `i`, closing the word opening at `start`, joins it to the next word
/// as one name ("the new Velmora/Port Quist Airport"): both capitalised, in lowercase after
/// their capital, the first after a lowercase word (not a credit's "Tora Quist/The Velmora
/// Times", "Inc Velmora/Quist"), the second no article and followed by a space and another capitalised word.
fn slashed_name(chars: &[(usize, char)], start: usize, i: usize) -> bool {
    let gap = chars[..start].iter().rev().take_while(|(_, c)| *c == ' ').count();
    let word_before = &chars[..start - gap];
    let first = word_before.iter().rev().take_while(|(_, c)| c.is_alphabetic()).last();
    if gap == 0 || !first.is_some_and(|(_, c)| c.is_lowercase()) {
        return false;
    }
    let shaped = |from: usize, to: usize| {
        to > from + 1 && chars[from].1.is_uppercase() && chars[from + 1..to].iter().all(|(_, c)| c.is_lowercase())
    };
    let next_end = (i + 1..chars.len()).find(|&k| !chars[k].1.is_alphabetic()).unwrap_or(chars.len());
    let second: String = chars[i + 1..next_end].iter().map(|(_, c)| *c).collect();
    shaped(start, i)
        && !["The", "A", "An"].contains(&second.as_str())
        && next_end < chars.len()
        && shaped(i + 1, next_end)
        && chars[next_end].1 == ' '
        && chars.get(next_end + 1).is_some_and(|(_, c)| c.is_uppercase())
}

pub fn tokenize(
    text: &str,
    node: usize,
    running: bool,
    sentence_start: &mut bool,
    out: &mut Vec<Token>,
) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut gap_start = 0;
    let mut first = true;
    let mut single_open = false;
    let mut double_open = false;
    let from = out.len();
    // "Industrial Light & Magic": an ampersand between spaces is a word of a name.
    let ampersand = |i: usize| {
        chars[i].1 == '&' && i > 0 && chars[i - 1].1 == ' ' && chars.get(i + 1).is_some_and(|(_, c)| *c == ' ')
    };
    while i < chars.len() {
        // A reference marker ("[173]", "[n 3]", "[a]") is no word: a sentence ended before it
        // still ends there ("without trees.[173] Massive deforestation").
        if let Some(len) = reference_marker(&chars[i..]).or_else(|| backlinks(&chars[i..])) {
            i += len;
            continue;
        }
        if !chars[i].1.is_alphanumeric() && !ampersand(i) {
            i += 1;
            continue;
        }
        let gap = &text[gap_start..chars[i].0];
        // A capital after a full stop, colon, semicolon (items of a list: "downloads; New
        // vulnerabilities") or opening quotation mark says nothing.
        // "…やめておきます。= I’ll stop": the full stops of Chinese and Japanese end sentences too.
        if gap.contains(['.', '!', '?', ':', ';', '…', '“', '‘', '"', '«', '。', '！', '？']) {
            *sentence_start = true;
        }
        // "PanARMENIAN.Net - Verified footage", "LONDON (Reuters) — The": a dash between
        // spaces after a text's first few words, all capitalised, closes a dateline; so does
        // a dash or a double hyphen after a date in brackets ("OSLO (May 3) --
        // Declaring…"; not after a source's name, "OSLO (AP) — Velmora officials", which
        // has long been read inside the sentence).
        let opening = &out[from..];
        let figure = |t: &Token| t.text.chars().all(|c| c.is_ascii_digit());
        let mark = gap.strip_prefix(')').filter(|_| opening.iter().any(figure)).unwrap_or(gap);
        let dash = ["-", "--", "—", "–"].contains(&mark.trim()) && mark.starts_with(' ');
        if dash && (1..=DATELINE_MAX_WORDS).contains(&opening.len()) && opening.iter().all(|t| t.capitalised() || figure(t)) {
            *sentence_start = true;
        }
        // Two spaces or a tab inside a line are a column gap of a table set in plain text
        // ("Capital        Wellington", "Christchurch  Canterbury"): a new cell, whose capital
        // says nothing and which no name runs into.
        let column_gap = !first && (gap.contains("  ") || gap.contains('\t')) && !gap.contains('\n');
        if column_gap {
            *sentence_start = true;
        }
        // "Takin’ It To the Streets": an apostrophe right after a word, with no single
        // quotation open, elides a letter; it closes no quotation and parts no words. (After
        // an "s" it is a plural's possessive, which ends a name: "the Nittany Lions’ Nov. 9
        // loss".)
        let after_s = out.last().is_some_and(|t: &Token| t.node == node && t.text.ends_with('s'));
        let elision = !first
            && !single_open
            && !after_s
            && gap.strip_prefix('’').is_some_and(|rest| !rest.is_empty() && rest.chars().all(char::is_whitespace));
        let capital_next = chars[i].1.is_uppercase();
        let mut quote_before = None;
        for (k, c) in gap.char_indices() {
            let mark = quote_mark(gap, k, c, capital_next, single_open, double_open).filter(|_| !(elision && c == '’'));
            match mark {
                Some('‘') => single_open = true,
                Some('’') => single_open = false,
                Some('“') => double_open = true,
                Some('”') => double_open = false,
                _ => {}
            }
            quote_before = mark.or(quote_before);
        }
        let joined = !first && !column_gap && (elision || gap.chars().all(char::is_whitespace));
        let start = i;
        let amp = ampersand(i);
        i += usize::from(amp);
        // A word: letters and digits, with inner apostrophes, hyphens and dots ("U.S.").
        while !amp && i < chars.len() {
            let c = chars[i].1;
            // A soft hyphen ("Vladi\u{ad}mir") marks where the word may break: no boundary.
            // "3.Charlotte Jones": a list's number, its full stop and a capital are two words.
            let numbered = c == '.' && i > start && chars[start..i].iter().all(|(_, d)| d.is_ascii_digit()) && chars.get(i + 1).is_some_and(|(_, n)| n.is_uppercase());
            let inner = (matches!(c, '\'' | '’' | '-' | '.' | SOFT_HYPHEN) || TYPESET_HYPHENS.contains(&c))
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                && !numbered;
            // "AT&T", "PG&E": an ampersand between capitals is a letter of the abbreviation;
            // "Tor&Quist": one set close between a capitalised word's letter and a capital
            // joins a brand's two words into one.
            let capitalised_word = |k: usize| chars[start].1.is_uppercase() && chars[k].1.is_alphabetic();
            let inner = inner || (c == '&' && i > start && (chars[i - 1].1.is_uppercase() || capitalised_word(i - 1)) && chars.get(i + 1).is_some_and(|(_, n)| n.is_uppercase()));
            // "Velmora/Port Quist Airport": a slash between two capitalised words, the second
            // going on into a name, joins two places that share the name; one word.
            let inner = inner || (c == '/' && slashed_name(&chars, start, i));
            // "SNS에": a Korean particle after a Latin name; a word of a script with capitals
            // ends where one without them begins.
            let cased = |c: char| c.is_uppercase() || c.is_lowercase();
            let new_script = i > start && c.is_alphabetic() && chars[i - 1].1.is_alphabetic() && cased(c) != cased(chars[i - 1].1);
            if new_script || glued_sentence(&chars, i) {
                break;
            }
            if c.is_alphanumeric() || inner {
                i += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(i).map_or(text.len(), |(o, _)| *o);
        let mut word = text[chars[start].0..end].replace('’', "'").replace(SOFT_HYPHEN, "").replace(TYPESET_HYPHENS, "-");
        // An initial ("V.") or abbreviation ("St.") keeps its full stop.
        if chars.get(i).is_some_and(|(_, c)| *c == '.') {
            let lower = word.to_lowercase();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let state = STATE_ABBREVIATIONS.contains(&lower.as_str())
                && word.chars().next().is_some_and(char::is_uppercase);
            // "U.S.", "Ph.D.": short parts between dots; not a name with a dotted suffix at a
            // sentence's end ("built with Next.js."), nor a decimal number ("cost $4.80.").
            let number = word.chars().all(|c| c.is_ascii_digit() || c == '.');
            let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() <= 3) && !number;
            if initial || state || dotted || ABBREVIATIONS.contains(&lower.as_str()) {
                word.push('.');
                end += 1;
                i += 1;
            }
        }
        let (key, possessive) = strip_possessive(&word);
        // "Universities and Colleges Employers’ Association", "the Workers’ Party": a plural's
        // possessive before the noun of a body of members goes on with the name, its
        // apostrophe with it (not "the Joneses’ Barn", "the Lions’ Nov. 9 loss").
        let owners_body = after_s
            && ["’ ", "' "].contains(&gap)
            && word.starts_with(char::is_uppercase)
            && BODIES_OF_MEMBERS.contains(&key.to_lowercase().as_str())
            && out.last().is_some_and(Token::capitalised);
        if owners_body {
            if let Some(owner) = out.last_mut() {
                owner.text.push('’');
            }
        }
        let joined = joined || owners_body;
        // "Hurri..." is a word cut short; not one the next word follows straight after the
        // dots, a pause between the two ("Erykah Badu…and Betty Davis").
        let dots = ["...", "…"].iter().find_map(|d| text[end..].strip_prefix(d));
        let clipped = dots.is_some_and(|rest| !rest.starts_with(char::is_alphabetic));
        // "@MikeBeauvais": an account's handle names no one the reader looks up, nor does a
        // part of a web address.
        let handle = (start > 0 && chars[start - 1].1 == '@') || in_web_address(text, chars[start].0);
        // "STATICFILES_DIRS": a part of an identifier joined by an underscore is code.
        let identifier = (start > 0 && chars[start - 1].1 == '_') || chars.get(i).is_some_and(|(_, c)| *c == '_');
        // "Σ = Kq ⊗ Kq", "= Kmm t": a symbol of a formula beside a mathematical operator
        // (a paper converted from PDF runs its formulas into the text) is no name.
        let next_gap = text[end..].split(char::is_alphanumeric).next().unwrap_or("");
        let formula = |g: &str| g.contains(MATH_OPERATORS);
        // "$x \Rightarrow y$": a word right after a backslash is a TeX command of a formula.
        let command = start > 0 && chars[start - 1].1 == '\\';
        let nameless = handle || identifier || command || formula(gap) || formula(next_gap);
        out.push(Token {
            key: key.to_lowercase(),
            text: word,
            possessive,
            node,
            start: chars[start].0,
            sentence_start: *sentence_start,
            joined,
            running: running && !clipped && !nameless,
            headline: false,
            italic: false,
            bold: false,
            heading: false,
            quote_before,
            // (A text node may open with the comma: "[Ada Quill](…), who".)
            comma_before: gap.trim() == ",",
            bracket_before: !first && gap.contains('('),
            square_before: !first && gap.contains('['),
            en_dash_before: !first && gap == "–",
            stop_before: gap.contains(['.', '!', '?', '…', '。', '！', '？']),
            dash_before: typed_dash(gap.trim_end()) && gap.ends_with(' '),
            handle_after: is_handle(&text[end..]),
            cell: column_gap,
            attribution: false,
            table_cell: None,
        });
        *sentence_start = false;
        first = false;
        gap_start = end;
    }
    if text[gap_start..].contains(['.', '!', '?', ':', '…', '。', '！', '？']) {
        *sentence_start = true;
    }
    join_plural_owners_of_bodies(&mut out[from..], text);
    join_bracketed_given_names(&mut out[from..], text);
}

/// "Coach (Tomas) Vellin came in", "[Ada] Quill said": a given name a writer inserts in
/// brackets before a surname goes on with it. In square brackets inside a sentence, an
/// editor's insertion, any name-shaped word does, whatever the lists know of it ("President
/// [Barvo] Quill"), before a name-shaped word that is no body's or place's noun (not a label
/// opening a line: "[Front] Posted Mar 5").
fn join_bracketed_given_names(tokens: &mut [Token], text: &str) {
    let name_shaped = |t: &Token| t.text.chars().count() > 2 && t.capitalised() && t.text.chars().skip(1).all(char::is_lowercase);
    for k in 1..tokens.len() {
        let (given, word) = (&tokens[k - 1], &tokens[k]);
        let opened = text[..given.start].ends_with('(') || text[..given.start].ends_with('[');
        let closed = text[..word.start].ends_with(") ") || text[..word.start].ends_with("] ");
        let inserted = k >= 2
            && text[..given.start].ends_with('[')
            && name_shaped(given)
            && !given.possessive
            && name_shaped(word)
            && !super::words::is_non_person(&word.key);
        if opened && closed && word.capitalised() && (super::words::is_given_name(&given.key) || inserted) {
            tokens[k].joined = true;
        }
    }
}

/// The most words after a plural's possessive up to the noun of the body it opens.
const OWNED_BODY_MAX_WORDS: usize = 4;

/// "The Citizens’ Independent Transportation Trust", "the Teachers’ Retirement Fund": a
/// plural's possessive before capitalised words that run on to a body's noun opens the body's
/// name, its apostrophe with it (the noun right after it is joined as the words are read; not
/// "the Lions’ Nov. 9 loss").
fn join_plural_owners_of_bodies(tokens: &mut [Token], text: &str) {
    for k in 1..tokens.len() {
        let (owner, word) = (&tokens[k - 1], &tokens[k]);
        let after_plural = text[..word.start].ends_with("s’ ") || text[..word.start].ends_with("s' ");
        if word.joined || !after_plural || !owner.capitalised() || !word.capitalised() {
            continue;
        }
        let body = tokens[k..]
            .iter()
            .enumerate()
            .take_while(|(n, t)| *n == 0 || (t.joined && t.capitalised()))
            .take(OWNED_BODY_MAX_WORDS)
            .any(|(_, t)| super::words::is_non_person(&t.key));
        if body {
            tokens[k - 1].text.push('’');
            tokens[k].joined = true;
        }
    }
}

/// The nouns of bodies that a plural's possessive may open ("Employers’ Association").
const BODIES_OF_MEMBERS: &[&str] = &[
    "association", "union", "party", "federation", "council", "league", "alliance", "guild",
    "society", "congress", "fund", "front", "movement", "committee", "commission", "club",
];

/// The longest reference marker: a number, a lowercase letter or a note number ("n 3") in
/// square brackets.
const MARKER_MAX_CHARS: usize = 8;

/// The length in characters of the reference marker `chars` opens with, if any: "[173]",
/// "[n 3]", "[a]", "[citation needed]" is not one (a phrase the reader may index).
fn reference_marker(chars: &[(usize, char)]) -> Option<usize> {
    if chars.first()?.1 != '[' {
        return None;
    }
    let close = chars.iter().take(MARKER_MAX_CHARS + 2).position(|(_, c)| *c == ']')?;
    let inner: String = chars[1..close].iter().map(|(_, c)| c).collect();
    let number = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit());
    let letter = inner.chars().count() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
    let note = inner.split_once(' ').is_some_and(|(n, d)| n.len() <= 4 && n.chars().all(|c| c.is_ascii_lowercase()) && !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    (number || letter || note).then_some(close + 1)
}

/// The length in characters of a wiki's backlink marks `chars` opens with, if any: a caret
/// and the letters of each place citing the note ("^ a b Ethnicity figures…"). The word after
/// them opens the note.
fn backlinks(chars: &[(usize, char)]) -> Option<usize> {
    if !matches!(chars.first()?.1, '^' | '↑') {
        return None;
    }
    let mut len = 1;
    // " a", " b": a space and one lowercase letter standing alone.
    while chars.get(len).is_some_and(|(_, c)| *c == ' ')
        && chars.get(len + 1).is_some_and(|(_, c)| c.is_ascii_lowercase())
        && chars.get(len + 2).is_none_or(|(_, c)| *c == ' ')
    {
        len += 2;
    }
    Some(len)
}

/// Whether the byte `at` of `text` lies in a web address (the run of non-spaces around it).
fn in_web_address(text: &str, at: usize) -> bool {
    // After the space's own bytes: a no-break space is two.
    let from = text[..at].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(k, c)| k + c.len_utf8());
    let to = text[at..].find(char::is_whitespace).map_or(text.len(), |k| at + k);
    WEB_ADDRESS.is_match(&text[from..to])
}

/// Whether `rest` opens with a user handle of a tracker or a social network: " [:emk]",
/// " :ntim", " (@cooperlund)" (a post's signature).
fn is_handle(rest: &str) -> bool {
    let nick = rest.strip_prefix(" [:").or_else(|| rest.strip_prefix(" :")).or_else(|| rest.strip_prefix(" (@"));
    nick.and_then(|n| n.chars().next()).is_some_and(|c| c.is_alphanumeric())
}

/// `Lenin's` -> (`Lenin`, true); `workers'` is already stripped by the tokenizer.
fn strip_possessive(word: &str) -> (&str, bool) {
    match word.strip_suffix("'s").or_else(|| word.strip_suffix("'S")) {
        Some(stem) if !stem.is_empty() => (stem, true),
        _ => (word, false),
    }
}

/// The tokens of one text, for the tests of the modules that read them.
#[cfg(test)]
pub(super) fn tokens_of(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(text, 0, true, &mut true, &mut out);
    out
}

/// Tokenises a term as the editor or the extractor wrote it: its word keys, with a "," key
/// where a comma stands between two words ("Academy of Allergy, Asthma and Immunology"),
/// each with whether the term writes that word capitalised.
pub fn term_words(term: &str) -> Vec<(String, bool)> {
    let mut tokens = Vec::new();
    tokenize(term, 0, true, &mut true, &mut tokens);
    tokens
        .iter()
        .flat_map(|t| t.comma_before.then(|| (",".to_string(), false)).into_iter().chain([(t.key.clone(), t.capitalised())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A token's word, text node and table cell.
    type Numbered = (String, usize, Option<(usize, usize, usize)>);

    /// Word, node and table cell of each token: what joining renumbers.
    fn numbering(corpus: &Corpus) -> Vec<Numbered> {
        corpus.tokens.iter().map(|t| (t.text.clone(), t.node, t.table_cell)).collect()
    }

    #[test]
    fn a_line_of_a_person_s_name_alone_is_no_headline() {
        let line = |text: &str| {
            let mut tokens = Vec::new();
            tokenize(text, 0, true, &mut true, &mut tokens);
            is_name_line(&tokens)
        };
        assert!(line("1. Loretta Jean Quarel"));
        assert!(line("Marla Orrel"));
        assert!(!line("Velmora Harbour Tales"));
        assert!(!line("Loretta Harbour Museum"));
        assert!(!line("Alexandria Quarel Retracing Narratives"));
    }

    #[test]
    fn articles_joined_and_split_again_keep_their_numbering() {
        let text = "# Drivers\n\nAnna Smith wrote it.\n\n| Driver | Team |\n|---|---|\n| Denny Hamlin | Gibbs |\n";
        let article = |id: &str| crate::markdown::read(text, std::path::Path::new("a.md"), id).expect("the Markdown reads");
        let parts = vec![scan_article(0, &article("ch01"), true), scan_article(1, &article("ch02"), true)];
        let alone: Vec<_> = parts.iter().map(numbering).collect();
        assert!(alone[0].iter().any(|(_, _, cell)| cell.is_some()), "the table's words have cells");
        let (joined, sizes) = Corpus::join(parts);
        // The second article's nodes and table follow on from the first's.
        let (first, second) = joined.tokens.split_at(alone[0].len());
        assert!(second.iter().all(|t| joined.nodes[t.node].article == 1));
        assert!(first.iter().all(|t| joined.nodes[t.node].article == 0));
        let tables = |ts: &[Token]| ts.iter().filter_map(|t| t.table_cell.map(|c| c.0)).collect::<std::collections::HashSet<_>>();
        assert!(tables(first).is_disjoint(&tables(second)));
        let again: Vec<_> = joined.split(&sizes).iter().map(numbering).collect();
        assert_eq!(again, alone);
    }

    fn words(text: &str) -> Vec<Token> {
        tokens_of(text)
    }

    #[test]
    fn a_title_case_cell_of_a_table_s_body_is_no_headline() {
        let text = "# Schools\n\nThe ranks.\n\n| Ranking | Business School |\n|---|---|\n| 1 | Velmora Quist School of Business |\n";
        let article = crate::markdown::read(text, std::path::Path::new("a.md"), "ch01").expect("the Markdown reads");
        let tokens = scan_article(0, &article, true).tokens;
        let headline = |word: &str| tokens.iter().find(|t| t.text == word).map(|t| t.headline);
        assert_eq!(headline("Velmora"), Some(false));
        // A long cell is read as a line, its names in bold as a column.
        let long = "# Schools\n\nThe ranks.\n\n| Signed |\n|---|\n| **Ada Quist Bo Lind**, Velmora Harbour College **Tova Noel Ivo Marsh**, Quarn Valley Institute of Letters |\n";
        let article = crate::markdown::read(long, std::path::Path::new("a.md"), "ch01").expect("the Markdown reads");
        let tokens = scan_article(0, &article, true).tokens;
        assert!(tokens.iter().find(|t| t.text == "Harbour").is_some_and(|t| t.headline));
        // The head's labels are as before.
        let label = "# Schools\n\nThe ranks.\n\n| Previous Velmora News Ranking | School |\n|---|---|\n| 1 | Quist |\n";
        let article = crate::markdown::read(label, std::path::Path::new("a.md"), "ch01").expect("the Markdown reads");
        let tokens = scan_article(0, &article, true).tokens;
        assert!(tokens.iter().find(|t| t.text == "Previous").is_some_and(|t| t.headline));
    }

    #[test]
    fn a_square_bracket_stands_before_the_word_after_it() {
        let t = words("and Andrew [Quell] and (Ada)");
        assert!(t[2].square_before && !t[2].bracket_before && t[4].bracket_before && !t[4].square_before);
    }

    #[test]
    fn a_spaced_dash_stands_before_the_word_after_it() {
        let t = words("It fell. — Our Ada, and a well-known x–y pair");
        assert!(t[2].dash_before && !t[3].dash_before && t.iter().filter(|t| t.dash_before).count() == 1);
    }

    #[test]
    fn a_dash_typed_as_hyphens_stands_before_the_word_after_it() {
        let t = words("It fell. -- Tora Quist wrote it - all of it, well-known - not");
        let dashed: Vec<&str> = t.iter().filter(|t| t.dash_before).map(|t| t.key.as_str()).collect();
        assert_eq!(dashed, ["tora", "all", "not"]);
    }

    #[test]
    fn a_comma_opening_a_text_node_stands_before_its_first_word() {
        let t = words(", who was black");
        assert!(t[0].comma_before && !t[1].comma_before);
    }

    #[test]
    fn a_lists_number_glued_to_a_name_is_a_word_of_its_own() {
        let t = words("3.Ada Lind Quill leads; version 2.5 and the U.S. follow.");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts[..4], ["3", "Ada", "Lind", "Quill"]);
        assert!(t[1].sentence_start);
        assert!(texts.contains(&"2.5") && texts.contains(&"U.S."), "{texts:?}");
    }

    #[test]
    fn initials_abbreviations_and_possessives() {
        let t = words("Then V. I. Lenin’s party met in St. Petersburg. However, it");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Then",
                "V.",
                "I.",
                "Lenin's",
                "party",
                "met",
                "in",
                "St.",
                "Petersburg",
                "However",
                "it"
            ]
        );
        assert_eq!(t[3].key, "lenin");
        assert!(t[3].possessive);
        assert!(t[0].sentence_start && !t[1].sentence_start && !t[8].sentence_start);
        assert!(t[9].sentence_start, "after a full stop");
        assert!(!t[10].joined, "a comma separates");
    }

    #[test]
    fn a_social_handle_is_no_word_and_marks_the_name_before_it() {
        let tokens = words("— Mike Beauvais (@MikeBeauvais) November 18, 2019");
        let handle = tokens.iter().find(|t| t.text == "MikeBeauvais").expect("the handle");
        assert!(!handle.running);
        assert!(tokens.iter().find(|t| t.text == "Beauvais").is_some_and(|t| t.handle_after));
    }

    #[test]
    fn a_short_title_case_line_or_question_is_a_headline() {
        assert!(is_short_title(&words("A Job for Tuft Cells")));
        assert!(!is_short_title(&words("Herbert Dürr")) && !is_short_title(&words("Light as a medium, and stories")));
        let question = "What Does Stadia Offer?";
        assert!(title_case_question(&[Inline::Text(question.into())], &words(question)));
        let prose = "Is Google Stadia the future?";
        assert!(!title_case_question(&[Inline::Text(prose.into())], &words(prose)));
        let short = "A Turn in Tariffs?";
        assert!(title_case_question(&[Inline::Text(short.into())], &words(short)));
    }

    fn strong(s: &str) -> Inline {
        Inline::Strong(vec![Inline::Text(s.into())])
    }

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    /// The tokens of one paragraph of these inlines.
    fn paragraph_tokens(inlines: Vec<Inline>) -> Vec<Token> {
        let block = Block::Paragraph { id: "ch01-p1".into(), content: inlines };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        scan_article(0, &article, true).tokens
    }

    #[test]
    fn names_in_bold_of_a_title_case_line_are_read_as_a_column_of_names() {
        let mut line = vec![strong("Mary Quist"), text(", Velmora University "), strong("John Velm"), text(", writer ")];
        line.extend([strong("Kavro D. Thelwin"), text(", Tamsa College "), strong("Zeph McOrrel"), text(", Orrin Institute ")]);
        let tokens = paragraph_tokens([line.clone(), vec![strong("David Brenn"), text(", poet")]].concat());
        let of = |w: &str| tokens.iter().find(|t| t.text == w).unwrap();
        for w in ["Kavro", "Thelwin", "McOrrel", "Mary"] {
            assert!(!of(w).headline && of(w).table_cell.is_some_and(|(_, c, _)| c == 0), "{w}: {:?}", of(w));
        }
        assert_eq!(of("Kavro").table_cell.map(|c| c.0), of("Mary").table_cell.map(|c| c.0));
        assert!(of("Velmora").headline && of("Velmora").table_cell.is_none(), "{:?}", of("Velmora"));
        // Two names a list knows vouch for no others.
        let tokens = paragraph_tokens(line);
        assert!(tokens.iter().find(|t| t.text == "Kavro").is_some_and(|t| t.headline), "{tokens:?}");
    }

    #[test]
    fn an_items_name_in_bold_is_its_cell_apart_from_its_affiliation() {
        let items = vec![vec![strong("Mary Quist"), text(", Velmora University")], vec![strong("Kavro Thelwin")], vec![strong("Opening hours"), text(" run to noon")]];
        let block = Block::List { id: "ch01-p1".into(), ordered: false, start: 1, items };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        let tokens = scan_article(0, &article, true).tokens;
        let column = |w: &str| tokens.iter().find(|t| t.text == w).and_then(|t| t.table_cell).map(|c| c.1);
        assert_eq!((column("Quist"), column("University"), column("Thelwin")), (Some(0), Some(1), Some(0)), "{tokens:?}");
        // An item whose bold lead is not shaped as a name stays one cell.
        assert_eq!((column("Opening"), column("noon")), (Some(0), Some(0)));
    }

    #[test]
    fn the_word_after_a_run_in_label_in_bold_opens_a_sentence() {
        let tokens = paragraph_tokens(vec![text("The villas opened in May. "), strong("Guestrooms"), text(" Grounded in local craft, the rooms face the sea.")]);
        assert!(tokens.iter().find(|t| t.text == "Grounded").is_some_and(|t| t.sentence_start), "{tokens:?}");
        // Not a name in bold inside a sentence, nor before a comma.
        let tokens = paragraph_tokens(vec![text("We met "), strong("Tora Quist"), text(" Velmora Books said.")]);
        assert!(tokens.iter().find(|t| t.text == "Velmora").is_some_and(|t| !t.sentence_start), "{tokens:?}");
        let tokens = paragraph_tokens(vec![text("It rained. "), strong("Tora Quist"), text(", Velmora Books")]);
        assert!(tokens.iter().find(|t| t.text == "Velmora").is_some_and(|t| !t.sentence_start), "{tokens:?}");
    }

    #[test]
    fn a_run_in_head_in_bold_is_a_headline() {
        for head in ["Dining and Drinking", "Meetings & Events", "Go Easy on Styling:"] {
            let tokens = paragraph_tokens(vec![strong(head), Inline::Text(" The Velmora terrace opens at noon.".into())]);
            let headline: Vec<&str> = tokens.iter().filter(|t| t.headline).map(|t| t.text.as_str()).collect();
            assert!(headline.contains(&"Drinking") || headline.contains(&"Events") || headline.contains(&"Styling"), "{head}: {headline:?}");
            assert!(!headline.contains(&"Velmora"), "{head}: {headline:?}");
        }
        // A subject in bold the sentence goes on from, and a name alone, are no heads.
        let tokens = paragraph_tokens(vec![strong("Ada Lind and Tora Quist"), Inline::Text(" spoke at the Velmora terrace.".into())]);
        assert!(tokens.iter().all(|t| !t.headline), "{tokens:?}");
        let tokens = paragraph_tokens(vec![strong("Tora Quist:"), Inline::Text(" We opened the Velmora terrace at noon, as the guests asked.".into())]);
        assert!(tokens.iter().all(|t| !t.headline), "{tokens:?}");
    }

    #[test]
    fn the_names_after_a_date_in_a_title_case_line_are_its_byline() {
        for line in [
            "A New Velmora Compiler, 9 September 2025 Tora Quist, Ivo Lind, and Ada Brenn",
            "A New Velmora Compiler, September 9, 2025 Tora Quist and Ivo Lind",
        ] {
            let block = Block::Paragraph { id: "ch01-p1".into(), content: vec![Inline::Text(line.into())] };
            let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
            let tokens = scan_article(0, &article, true).tokens;
            let title: Vec<&str> = tokens.iter().filter(|t| t.headline).map(|t| t.text.as_str()).collect();
            assert_eq!(title[..4], ["A", "New", "Velmora", "Compiler"], "{line}");
            assert!(tokens.iter().filter(|t| ["Tora", "Quist", "Ivo", "Lind"].contains(&t.text.as_str())).all(|t| !t.headline), "{line}");
        }
        // A date closing the line leaves no byline.
        assert!(byline_after_date(&words("The Velmora Compiler Turns Ten, 9 September 2025")).is_none());
        assert_eq!(byline_after_date(&words("The Velmora Compiler, 9 September 2025 Tora Quist")), Some(6));
    }

    #[test]
    fn a_part_of_an_identifier_is_no_running_text() {
        let tokens = words("Set MEDIA_ROOT and Tamsa_Path before Ada Quill deploys.");
        let running: Vec<&str> = tokens.iter().filter(|t| t.running).map(|t| t.text.as_str()).collect();
        assert_eq!(running, ["Set", "and", "before", "Ada", "Quill", "deploys"]);
    }

    #[test]
    fn a_tex_command_is_no_running_text() {
        let tokens = words("so $A \\subseteq B \\Rightarrow x$ holds for Ada Quill");
        let running: Vec<&str> = tokens.iter().filter(|t| t.running).map(|t| t.text.as_str()).collect();
        assert!(!running.contains(&"Rightarrow") && running.contains(&"Quill"), "{running:?}");
    }

    #[test]
    fn a_web_address_is_no_running_text() {
        let tokens = words("Drive,\" 2014. https://t.co/hFciHO5Qc7 pic.twitter.com/KQLpngeTbO and U.S./Canada");
        let running: Vec<&str> = tokens.iter().filter(|t| t.running).map(|t| t.text.as_str()).collect();
        assert_eq!(running, ["Drive", "2014", "and", "U.S.", "Canada"]);
    }

    /// How many words of an article of one block stand in running text.
    fn running_words(block: Block) -> usize {
        let mut article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        article.meta.language = crate::language::detect(&crate::language::sample(&article));
        let proposes = crate::language::reads_english(&article, "en-GB");
        scan_article(0, &article, proposes).tokens.iter().filter(|t| t.running).count()
    }

    #[test]
    fn a_link_on_a_name_s_last_word_goes_on_with_it_a_link_on_a_whole_name_does_not() {
        let link = |text: &str| Inline::Link { url: "https://example.org".into(), content: vec![Inline::Text(text.into())] };
        let content = vec![
            Inline::Text("The Board for ".into()),
            link("Orchards"),
            Inline::Text(" met the ".into()),
            link("Velmora Guild"),
            Inline::Text(" and ".into()),
            link("Tamsa Trust"),
            Inline::Text(" today.".into()),
        ];
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![Block::Paragraph { id: "ch01-p1".into(), content }], footnotes: Vec::new(), report: Default::default() };
        let tokens = scan_article(0, &article, true).tokens;
        let joined = |word: &str| tokens.iter().find(|t| t.text == word).is_some_and(|t| t.joined);
        assert!(joined("Orchards"), "{tokens:?}");
        assert!(!joined("Velmora") && !joined("Tamsa"), "{tokens:?}");
    }

    #[test]
    fn a_word_in_italics_after_a_title_in_italics_opens_a_title_of_its_own() {
        let italic = |text: &str| Inline::Emphasis(vec![Inline::Text(text.into())]);
        let content = vec![
            Inline::Text("My list: ".into()),
            italic("Velmora Rising"),
            Inline::Text(" ".into()),
            italic("Tamsarine"),
            Inline::Text(" ".into()),
            italic("The Quist Affair"),
            Inline::Text(" ".into()),
            italic("Orrindale"),
            Inline::Text(", and the ".into()),
            italic("Annals"),
            Inline::Text(" ".into()),
            italic("of the"),
            Inline::Text(" ".into()),
            italic("Velmar"),
            Inline::Text(".".into()),
        ];
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![Block::Paragraph { id: "ch01-p1".into(), content }], footnotes: Vec::new(), report: Default::default() };
        let tokens = scan_article(0, &article, true).tokens;
        let joined = |word: &str| tokens.iter().find(|t| t.text == word).is_some_and(|t| t.joined);
        assert!(!joined("Tamsarine") && !joined("Orrindale"), "{tokens:?}");
        assert!(joined("of") && joined("Velmar"), "italics set word by word run on: {tokens:?}");
    }

    #[test]
    fn an_attribution_under_a_quotation_is_no_headline_and_opens_with_a_name() {
        let block = Block::Paragraph { id: "ch01-p1".into(), content: vec![Inline::Strong(vec![Inline::Text("– Tamberlo Quade, The Velmora Gazette Editor".into())])] };
        let article = Article { id: "ch01".into(), source: String::new(), meta: Default::default(), blocks: vec![block], footnotes: Vec::new(), report: Default::default() };
        let tokens = scan_article(0, &article, true).tokens;
        assert!(tokens[0].attribution && tokens.iter().all(|t| !t.headline), "{tokens:?}");
    }

    #[test]
    fn the_labels_of_a_specification_box_are_no_running_words() {
        let running = |content: Vec<Inline>| running_words(Block::Paragraph { id: "ch01-p1".into(), content });
        let spec = vec![
            strong("Maker"), text(" Orvin Works "), strong("Price"), text(" $20 "),
            strong("Tested on"), text(" Velmora Mark 2 "), strong("Online?"), text(" Yes"),
        ];
        assert_eq!(running(spec), 7, "only the values run");
        let prose = vec![text("Then "), strong("Ada Quill"), text(" met "), strong("Tam Orrel"), text(", "), strong("Ida Vell"), text(" and "), strong("Bo Lane"), text(".")];
        assert_eq!(running(prose), 11);
    }

    #[test]
    fn an_article_in_german_proposes_nothing() {
        let running = |text: &str| running_words(Block::Paragraph { id: "ch01-p1".into(), content: vec![Inline::Text(text.into())] });
        let german = "Die Kunden und die Besucher der Messe sind mit dem Angebot zufrieden, und wir haben auch für die Partner ein neues Programm. ".repeat(4);
        assert_eq!(running(&german), 0);
        let english = "The visitors of the fair in Leipzig were pleased with the new programme, and the partners were too. ".repeat(4);
        assert!(running(&english) > 0);
    }

    #[test]
    fn a_caption_that_only_credits_its_picture_is_no_running_text() {
        let running = |caption: &str| running_words(Block::Caption { id: "ch01-p1".into(), content: vec![Inline::Text(caption.into())] });
        assert_eq!(running("Devindra Hardawar/AOL"), 0);
        assert_eq!(running("Photo: Jane Doe/Reuters"), 0);
        assert_eq!(running("(Ann Lee Images/Moodboard/Getty)"), 0);
        assert_eq!(running("jdoe77/iStock/Getty Images"), 0);
        assert!(running("Lee/Moodboard, the studio of two brothers, shot it in Leeds") > 0);
        assert!(running("Sarah Gille at the lab in Boston") > 0);
        // A credit in italics opening the caption: its words alone are no running text.
        let credited = Block::Caption { id: "ch01-p1".into(), content: vec![Inline::Emphasis(vec![Inline::Text("Ana Lima/Ledger Images".into())]), Inline::Text(" Fans wait at the gate.".into())] };
        assert_eq!(running_words(credited), 5);
        // A credit closing the caption after its sentence: the sentence's words alone.
        assert_eq!(running("Fans wait at the gate. Tisk / Velmora Images"), 5);
        assert_eq!(running("Fans wait at the gate. Ana Lima/Ledger Images"), 5);
        // Not a slash inside the sentence, nor words after the credit's shape.
        assert_eq!(running("Fans of Tisk / Velmora wait."), 5);
        assert_eq!(running("Fans wait. Tisk / Velmora Images open the gate"), 8);
    }

    #[test]
    fn a_script_without_capitals_ends_a_latin_word() {
        let texts: Vec<String> = words("그는 SNS에 글을 올렸다 and PM2.5 rose").into_iter().map(|t| t.text).collect();
        assert_eq!(texts, ["그는", "SNS", "에", "글을", "올렸다", "and", "PM2.5", "rose"]);
    }

    #[test]
    fn a_word_after_a_no_break_space_is_read() {
        // A scraped page's no-break space (two bytes) before a word: no panic, a running word.
        let tokens = words("a graduate student named\u{a0}Sarah Gille and\u{2003}Ellen");
        let running: Vec<&str> = tokens.iter().filter(|t| t.running).map(|t| t.text.as_str()).collect();
        assert_eq!(running, ["a", "graduate", "student", "named", "Sarah", "Gille", "and", "Ellen"]);
    }

    #[test]
    fn a_bar_of_page_items_is_no_running_text() {
        let bar = [Inline::Text("Order Reprints | Today’s Paper | Subscribe".into())];
        let sentence = [Inline::Text("Prices rose | fell, and rose again.".into())];
        assert!(is_link_bar(&bar) && !is_link_bar(&sentence));
    }

    #[test]
    fn a_reference_marker_is_no_word_and_keeps_the_sentence_end() {
        let t = words("The land was bare.[173] Massive fires followed[n 3] in the north[a].");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["The", "land", "was", "bare", "Massive", "fires", "followed", "in", "the", "north"]);
        assert!(t[4].sentence_start, "after the full stop and the marker");
        assert!(!t[7].sentence_start);
    }

    #[test]
    fn a_section_number_opens_its_heading() {
        for text in ["1 Etymology", "3.1 Foreign relations and military", "2. Method"] {
            let mut t = words(text);
            mark_section_number(&mut t);
            assert!(t[1].sentence_start, "{text}");
        }
        let mut t = words("1905 Revolution");
        mark_section_number(&mut t);
        assert!(!t[1].sentence_start);
    }

    #[test]
    fn a_terms_comma_is_one_of_its_keys() {
        let term_keys = |t: &str| term_words(t).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(term_keys("Academy of Allergy, Asthma"), ["academy", "of", "allergy", ",", "asthma"]);
        assert_eq!(term_keys("Lenin's party"), ["lenin", "party"]);
    }

    #[test]
    fn a_wikis_backlink_marks_are_no_words() {
        let t = words("^ a b Ethnicity figures add to more than 100%.");
        assert_eq!(t[0].text, "Ethnicity");
        assert!(t[0].sentence_start);
    }

    #[test]
    fn an_apostrophe_of_elision_joins_the_words_a_plurals_possessive_and_a_quotation_do_not() {
        let t = words("“Ramblin’ Down” and the Joneses’ Barn; ‘Some Tune’ then");
        assert!(t[1].joined && t[1].quote_before.is_none(), "{:?}", t[1]);
        assert!(!t[5].joined, "a plural's possessive ends a name: {:?}", t[5]);
        assert_eq!(t[8].quote_before, Some('’'));
        assert!(!t[8].joined);
    }

    #[test]
    fn a_capital_after_a_datelines_dash_says_nothing() {
        let t = words("Lakeview.Net - Confirmed reports say Oslo - Bergen trains stopped.");
        assert!(t[1].sentence_start, "{:?}", t[1]);
        assert!(!t[5].sentence_start, "{:?}", t[5]);
    }

    #[test]
    fn a_symbol_beside_a_formulas_operator_stands_in_no_running_text() {
        let t = words("is expressed as Σ = K M ⊗ K T, where Kmm = Velmora fits.");
        let running = |w: &str| t.iter().find(|t| t.text == w).map(|t| t.running);
        assert_eq!((running("M"), running("Kmm"), running("Velmora"), running("expressed")), (Some(false), Some(false), Some(false), Some(true)));
    }

    #[test]
    fn a_capital_after_a_dated_datelines_double_hyphen_says_nothing() {
        let t = words("OSLO (May 3) -- Declaring the plan dead, Tora Vell left.");
        assert!(t[3].sentence_start, "{:?}", t[3]);
    }

    #[test]
    fn a_capital_after_a_semicolon_says_nothing() {
        let t = words("Toward secure package downloads; New vulnerabilities in drupal");
        assert!(t[4].sentence_start);
    }

    #[test]
    fn a_column_gap_starts_a_cell() {
        let t = words("Wellington        Wellington   418,500   12   New Plymouth  Taranaki");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["Wellington", "Wellington", "418", "500", "12", "New", "Plymouth", "Taranaki"]);
        assert!(!t[1].joined && t[1].sentence_start);
        assert!(t[6].joined && !t[6].sentence_start, "one space inside a cell");
        assert!(!t[7].joined && t[7].sentence_start);
    }

    #[test]
    fn a_soft_hyphen_is_inside_the_word() {
        let t = words("Vladi\u{ad}mir Putin met Netan\u{ad}yahu’s envoy.");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["Vladimir", "Putin", "met", "Netanyahu's", "envoy"]);
        assert_eq!(t[3].key, "netanyahu");
    }

    #[test]
    fn a_typeset_hyphen_is_inside_the_word_as_a_hyphen() {
        let t = words("Tora Vel\u{2011}ma met I\u{2010}Quist there.");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["Tora", "Vel-ma", "met", "I-Quist", "there"]);
    }

    #[test]
    fn a_dotted_suffix_ending_a_sentence_keeps_no_full_stop() {
        let t = words("They used React.js and Next.js. The U.S. agreed.");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["They", "used", "React.js", "and", "Next.js", "The", "U.S.", "agreed"]);
        assert!(t[5].sentence_start && t[5].stop_before, "{:?}", t[5]);
    }

    #[test]
    fn a_decimal_number_ending_a_sentence_keeps_no_full_stop() {
        let t = words("The price is $4.80. Drat. Version 2.7.1. Then it rained.");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["The", "price", "is", "4.80", "Drat", "Version", "2.7.1", "Then", "it", "rained"]);
        assert!(t[4].sentence_start && t[4].stop_before, "{:?}", t[4]);
        assert!(t[7].sentence_start && t[7].stop_before, "{:?}", t[7]);
    }

    #[test]
    fn the_full_stops_of_chinese_and_japanese_end_sentences() {
        let t = words("私は学生です。Remember the word. 本当ですか？Maybe later");
        let remember = t.iter().find(|t| t.text == "Remember").expect("a word");
        let maybe = t.iter().find(|t| t.text == "Maybe").expect("a word");
        assert!(remember.sentence_start && remember.stop_before, "{remember:?}");
        assert!(maybe.sentence_start && maybe.stop_before, "{maybe:?}");
    }

    #[test]
    fn a_word_before_dots_and_another_word_is_whole() {
        let t = words("She hums Ada Marr…and sings Lo Vint… Then Hurri...");
        let running = |w: &str| t.iter().find(|t| t.text == w).expect("a word").running;
        assert!(running("Marr"));
        assert!(!running("Vint"));
        assert!(!running("Hurri"));
    }
}
