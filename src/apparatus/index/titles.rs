//! Titles of works the text names after saying what they are ("her book “A Paradise Built
//! in Hell: …”", "the 2012 book L’être et le Néon", "a book called Le Monde Primitif", "his
//! last published work, The Lair of the White Worm,"): the whole title is one heading, a
//! work, however many lowercase words it holds; its subtitle (after a colon) is left out.

use super::scan::Token;
use super::words;

/// The words a title in title case leaves in lowercase: articles, short prepositions and
/// conjunctions (in English or the title's own language).
#[rustfmt::skip]
const MINOR: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
    "from", "with", "as", "v", "v.", "vs", "vs.", "into", "via", "de", "la", "le", "les", "et", "del", "der",
    "von", "van", "y", "du", "des", "di", "da", "el",
];

/// Nouns that say the next words are a work's title.
#[rustfmt::skip]
const WORK_NOUNS: &[&str] = &[
    "book", "books", "novel", "novels", "work", "works", "film", "films", "movie", "album",
    "song", "poem", "play", "essay", "memoir", "treatise", "opera", "painting", "sculpture",
    "series", "documentary", "collection", "volume",
    // Writings of a scholar or a journalist ("a seminal paper, “Electronic Markets”").
    "paper", "article",
    // Genres of film and television ("the thriller “Parasite”", "comedy “Fleabag”").
    "thriller", "drama", "comedy", "biopic", "sitcom", "musical", "miniseries",
];

/// Whether `key` is a noun of a work ("book", "novel", "work").
pub fn is_work_noun(key: &str) -> bool {
    WORK_NOUNS.contains(&key)
}

/// Verbs that introduce a name or a title ("a book called …"), or a work by its making
/// ("the collective designed Spider on the Bridge").
/// Not "wrote", a verb of saying too ("“…,” wrote Jennifer Light").
const NAMING_VERBS: &[&str] = &["called", "titled", "entitled", "designed", "painted", "composed", "directed"];

/// Possessive determiners: "His book “The Future of Work”" at a sentence start is a noun's
/// owner, no name.
const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// The end (exclusive) of the title of a work opening at `i`, when the words before it say
/// that a work is named there and the title runs to at least two words.
pub fn work_title_end(tokens: &[Token], i: usize) -> Option<usize> {
    let cue = i.checked_sub(1).map(|k| &tokens[k]).filter(|k| k.node == tokens[i].node)?;
    let first = &tokens[i];
    // A noun, not a verb: after an article, a possessive, an adjective or a year ("her book",
    // "Stoker’s last published work", "the 1968 work"; not "the Gophers play Saturday").
    let determined = i >= 2 && {
        let d = &tokens[i - 2];
        // A plural's possessive too ("The Corrs’ song": its apostrophe is read as a quote's).
        let plural_owner = d.text.ends_with('s') && matches!(cue.quote_before, Some('’' | '\''));
        // "South Korean thriller", "British comedy": an adjective of nationality is no verb's
        // subject either.
        let national = d.capitalised() && (words::is_nationality(&d.key) || words::is_adjectival(&d.key));
        let owner = d.possessive || plural_owner || POSSESSIVE_DETERMINERS.contains(&d.key.as_str());
        d.node == cue.node && (cue.joined || plural_owner) && (owner || national || !d.capitalised())
    };
    let after_noun = WORK_NOUNS.contains(&cue.key.as_str()) && cue.text.chars().all(char::is_lowercase) && determined;
    let quoted = matches!(first.quote_before, Some('“' | '‘'));
    // "a project named “Postcolonial Remembrance in the City”": "named" introduces a person
    // too ("a man named Ada Quill"), whose name is not quoted.
    let after_verb = NAMING_VERBS.contains(&cue.key.as_str()) || (quoted && cue.key == "named");
    // "the book L’être…", "the book “A Paradise…”", "his work, The Lair…": joined, quoted,
    // or set off by a comma after a noun; after a naming verb, joined or quoted only.
    let set_off = !first.joined && !quoted;
    // "written a series. “But Mike wanted…”": a new sentence names no work.
    let cued = (after_noun || (after_verb && !set_off)) && !first.stop_before;
    if !cued || !first.capitalised() || words::is_calendar(&first.key) {
        return None;
    }
    let mut end = i + 1;
    let mut j = i + 1;
    // A quoted title runs to its closing mark, commas included ("a poem called “Winter
    // Solstice, Camelot Station,”").
    let inside = |t: &Token| t.joined || (quoted && t.comma_before);
    while j < tokens.len() && tokens[j].node == first.node && inside(&tokens[j]) && tokens[j].quote_before.is_none() {
        let t = &tokens[j];
        // "something called Margaritaville in Napa County is…": after "called" alone, a title
        // not quoted ends before a preposition of place, which locates what it names.
        let located = cue.key == "called" && !after_noun && !quoted && ["in", "at", "on", "near", "from"].contains(&t.key.as_str());
        if located {
            break;
        }
        if t.capitalised() || is_numeral(t) {
            end = j + 1;
        // Function words stay inside a title, in any language ("et", "le", "of the").
        } else if !(words::is_stop(&t.key) || words::is_connector(&t.key) || t.key.chars().count() <= 2) {
            break;
        }
        j += 1;
    }
    // "their work Starry Night in Van Gogh’s famous painting": an owner of what follows is
    // no word of the title; the title ends before the function word leading to it.
    let owns_next = tokens[end - 1].possessive && tokens.get(end).is_some_and(|t| t.joined && !t.capitalised());
    if owns_next {
        if let Some(k) = (i + 1..end).rev().find(|k| !tokens[*k].capitalised()) {
            end = k;
            while end > i + 1 && !tokens[end - 1].capitalised() {
                end -= 1;
            }
        }
    }
    let closed = tokens.get(end).is_none_or(|t| !t.joined || t.node != first.node);
    // A title set off by a comma ends at punctuation too ("his book, The X, in 1911"), so
    // that a sentence going on after a name ("in his book, Kaplan and Smith argue") is none.
    let whole = !set_off || closed;
    // Two capitalised words at least: "called London on day 5" names no work; after
    // "titled" or "entitled", which name nothing else, one ("a colossal work titled Aspects"),
    // and so after a work's noun when the quotation is the title whole ("the song
    // “Breathless”").
    let capitals = tokens[i..end].iter().filter(|t| t.capitalised()).count();
    let titled = ["titled", "entitled"].contains(&cue.key.as_str());
    // (The paragraph may end with the quotation: "comedy “Fleabag.”")
    let closes_quote = tokens.get(end).is_none_or(|t| t.node != first.node || matches!(t.quote_before, Some('”' | '’')));
    let quoted_whole = quoted && after_noun && closes_quote;
    ((capitals >= 2 || ((titled || quoted_whole) && capitals == 1)) && whole).then_some(end)
}

/// The end (exclusive) of a title the text sets in italics on its own, opening at `i`
/// ("[*Ingrid Goes West*](…) is a dark comedy", "*Lady Bird* topped my list"): the whole
/// italic run is one work, its honorific, owner and given name included ("Lady Bird", "Henry
/// Gamble's Birthday Party", not a person "West, Ingrid Goes"). Title case, two capitalised
/// words at least, up to a subtitle's colon; not words of a longer passage in italics ("*is
/// streaming on* [*Google Play*]"), nor a species ("*Yersinia pestis*").
pub fn italic_title_end(tokens: &[Token], i: usize) -> Option<usize> {
    let first = &tokens[i];
    // After italics ending in a capital and set apart by a text in roman, a second title
    // opens ("*Tarn, P.I.*–*Murder, She Sang*"; not "*is streaming on* [*Google Play*]", nor
    // "*[Ada Quill](…), Engineer at Tarn*").
    let after_title = |before: &Token| set_apart(before, first) && before.capitalised();
    let opens = i == 0 || (tokens[i - 1].node != first.node && (!tokens[i - 1].italic || after_title(&tokens[i - 1])));
    if !first.italic || !opens || !first.capitalised() || words::is_calendar(&first.key) {
        return None;
    }
    // "*-- Tora Quist*", "*— Tora Quist, Velmora Books*" closing a notice: a signature after
    // its dash, no title.
    if first.dash_before {
        return None;
    }
    // Italics set word by word ("*Annals* *of the* *Velmora*") run on through the nodes that
    // only blanks part (see `scan`'s joined words); a title's commas or subtitle's colon
    // before a capitalised word of one italic node do not end it ("*Gödel, Escher, Bach*",
    // "*Star Wars: The Last Jedi*"; a full stop does).
    // (Not a label's colon: "*Artist: Quillan Marsh*".)
    let titled = |k: usize| tokens[i..k].iter().filter(|t| t.capitalised()).count() >= 2;
    let subtitle = |t: &Token| t.sentence_start && !t.stop_before && t.quote_before.is_none();
    let listed = |t: &Token, k: usize| t.node == tokens[k - 1].node && t.capitalised() && (t.comma_before || (subtitle(t) && titled(k)));
    // A series' last "and" after its comma, before a capital of the same node, goes on too
    // ("*Tastes of Velmora: A History of Salts, Spices, and Oils*").
    let serial = |t: &Token, k: usize| {
        t.node == tokens[k - 1].node
            && t.comma_before
            && ["and", "or", "&"].contains(&t.text.as_str())
            && tokens.get(k + 1).is_some_and(|n| n.node == t.node && n.joined && n.capitalised())
    };
    let end = (i + 1..tokens.len())
        .find(|k| !(tokens[*k].joined || listed(&tokens[*k], *k) || serial(&tokens[*k], *k)) || !tokens[*k].italic)
        .unwrap_or(tokens.len());
    let node_end = (end..tokens.len()).find(|k| tokens[*k].node != tokens[end - 1].node).unwrap_or(tokens.len());
    // More italics going on in lowercase or across blanks only make a passage ("*is streaming
    // on* [*Google Play*]"); a capitalised title set apart opens a title of its own ("*Tarn,
    // P.I.*–*Murder, She Sang*").
    if tokens.get(node_end).is_some_and(|t| t.italic && !(set_apart(&tokens[end - 1], t) && t.capitalised())) {
        return None;
    }
    // Past the subtitle's colon the title goes on in capitals ("Star Wars: The Last Jedi");
    // a sentence set in italics goes on in lowercase ("…, and she lives in Tamsa").
    // (A year may follow: "*Speaker Training Workshop, 2015*".)
    if tokens.get(end).is_some_and(|t| end < node_end && !t.capitalised() && !t.text.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let title_word = |t: &Token| t.capitalised() || is_numeral(t) || MINOR.contains(&t.text.as_str());
    // "*Written by Ada Quill*", "*Courtesy of Tarn News*", "*Photo Source: Ada Quill*": a
    // credit, no title.
    let label_end = (i + 1..end).find(|k| subtitle(&tokens[*k])).unwrap_or(i + 1);
    let credit = tokens.get(i + 1).is_some_and(|t| t.key == "by") || tokens[i..label_end].iter().any(|t| CREDITS.contains(&t.key.as_str()));
    let last = &tokens[end - 1];
    // "*Ada Quill’s* caucus": a name stressed, owning what follows.
    if last.possessive {
        return None;
    }
    let capitals = tokens[i..end].iter().filter(|t| t.capitalised()).count();
    (capitals >= 2 && !credit && tokens[i..end].iter().all(title_word) && (last.capitalised() || is_numeral(last)))
        .then_some(end)
}

/// Whether a text node without words (a dash, a space) stands between `before` and `after`,
/// and more than blanks part them.
fn set_apart(before: &Token, after: &Token) -> bool {
    after.node > before.node + 1 && !after.joined
}

/// Words of a credit's label ("Courtesy of", "Photo Source:").
const CREDITS: &[&str] = &["courtesy", "credit", "credits", "source", "via", "photo", "photograph", "image"];

/// A word of digits ("1917", a title's number).
fn is_numeral(t: &Token) -> bool {
    t.text.chars().all(|c| c.is_ascii_digit())
}

/// Words looked at on each side of an italic name for the passage it may stand in.
const PASSAGE_REACH: usize = 12;

/// Whether the italic words `start..end` stand inside a longer passage set in italics, which
/// holds lowercase words no title has ("*is currently streaming on* [*Amazon Prime*]"): a
/// stress or a note, not a title of a work.
pub fn in_italic_passage(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = tokens[start.saturating_sub(PASSAGE_REACH)..start].iter().rev().take_while(|t| t.italic);
    let after = tokens[end..tokens.len().min(end + PASSAGE_REACH)].iter().take_while(|t| t.italic);
    before.chain(after).any(|t| !t.capitalised() && !MINOR.contains(&t.text.as_str()) && !t.text.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `word` names a kind of periodical ("Journal", "Times", "Gazette").
pub fn is_periodical_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const PERIODICALS: &[&str] = &[
        "Journal", "Times", "Post", "News", "Magazine", "Review", "Gazette", "Herald", "Tribune",
        "Chronicle", "Observer", "Guardian", "Independent", "Economist", "Telegraph", "Standard",
        "Mail", "Express", "Monthly", "Weekly", "Quarterly", "Daily", "Record", "Courier", "Inquirer",
    ];
    PERIODICALS.contains(&word)
}

/// The articles a title may open on, which an index sets after it.
pub const ARTICLES: &[&str] = &["A", "An", "The"];

/// A work's heading: a leading article goes after the title (Chicago 16.52), "Paradise
/// Built in Hell, A".
pub fn work_heading(words: &[String]) -> String {
    match words {
        // A newspaper or magazine drops its article (Chicago 8.170): "Wall Street Journal".
        [the, rest @ ..] if the == "The" && rest.last().is_some_and(|w| is_periodical_noun(w)) => rest.join(" "),
        [article, rest @ ..] if !rest.is_empty() && ARTICLES.contains(&article.as_str()) => {
            format!("{}, {article}", rest.join(" "))
        }
        _ => words.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::tokenize;
    use super::*;

    fn title(text: &str) -> Option<String> {
        let mut tokens = Vec::new();
        tokenize(text, 0, true, &mut true, &mut tokens);
        (0..tokens.len()).find_map(|i| {
            work_title_end(&tokens, i).map(|end| tokens[i..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "))
        })
    }

    #[test]
    fn a_title_after_a_work_noun_is_whole_without_its_subtitle() {
        assert_eq!(
            title("In her book “A Paradise Built in Hell: The Extraordinary Communities,” she wrote.").as_deref(),
            Some("A Paradise Built in Hell")
        );
        assert_eq!(title("In the 2012 book L’être et le Néon, which was translated").as_deref(), Some("L'être et le Néon"));
        assert_eq!(title("Nauman’s 1968 work My Name as Though It Were Written on the Surface of the Moon poked fun").as_deref(),
            Some("My Name as Though It Were Written on the Surface of the Moon"));
        assert_eq!(title("He published a book called Le Monde Primitif, tracing").as_deref(), Some("Le Monde Primitif"));
        assert_eq!(title("Stoker’s last published work, The Lair of the White Worm, in 1911.").as_deref(), Some("The Lair of the White Worm"));
        assert_eq!(title("They drew on their work Starry Night in Van Gogh’s famous painting.").as_deref(), Some("Starry Night"));
        assert_eq!(title("A poem called “Winter Solstice, Camelot Station,” won.").as_deref(), Some("Winter Solstice Camelot Station"));
        assert_eq!(title("He toiled at a colossal work, over 140,000 words long, titled Aspects.").as_deref(), Some("Aspects"));
        assert_eq!(title("The French collective designed Spider on the Bridge: eighty spiders.").as_deref(), Some("Spider on the Bridge"));
        assert_eq!(title("The band’s song “Lanterns” was a hit.").as_deref(), Some("Lanterns"));
        assert_eq!(title("The Lamplighters’ song “Lanterns” was a hit.").as_deref(), Some("Lanterns"));
    }

    #[test]
    fn a_quoted_title_after_a_genre_of_film_or_television_is_a_work() {
        assert_eq!(title("It beat the South Korean thriller “Lanterns” at the awards.").as_deref(), Some("Lanterns"));
        assert_eq!(title("The prize went to quirky British comedy “Tarnfield.”").as_deref(), Some("Tarnfield"));
        assert_eq!(title("She played a lawyer in the domestic drama “Marl Street.”").as_deref(), Some("Marl Street"));
        // A name after the genre, not quoted whole, is no title of one word.
        assert_eq!(title("The drama Ada Lind wrote was staged."), None);
    }

    #[test]
    fn a_quoted_title_after_a_paper_an_owner_s_book_or_named_is_a_work() {
        assert_eq!(title("In 1990 she wrote a seminal paper, “Tidal Markets and Tidal Hierarchies”. It sold.").as_deref(),
            Some("Tidal Markets and Tidal Hierarchies"));
        assert_eq!(title("His book “The Age of Lanterns” in 2004 foresaw it.").as_deref(), Some("The Age of Lanterns"));
        assert_eq!(title("Orrel, author of the 2017 article “The Case for Lanterns,” argued.").as_deref(), Some("The Case for Lanterns"));
        assert_eq!(title("The city runs a project named “Lantern Memory in the Town” this year.").as_deref(),
            Some("Lantern Memory in the Town"));
        // A person introduced by "named" is no work.
        assert_eq!(title("A man named Ada Quill came in."), None);
    }

    #[test]
    fn no_title_without_a_cue_or_where_a_sentence_goes_on() {
        assert_eq!(title("She met Anna Petrova in Paris."), None);
        assert_eq!(title("In his book, Kaplan and Smith argue that it works."), None);
        assert_eq!(title("The book Kaplan wrote sold well."), None);
        assert_eq!(title("Traders in Hong Kong called London on day 5."), None);
        assert_eq!(title("“It was rote,” wrote Jennifer Light, a historian."), None);
        assert_eq!(title("The Gophers play Saturday against the Wildcats."), None);
        assert_eq!(title("It was a series. “But Mike wanted to write.”"), None);
        assert_eq!(title("The band’s song “Lanterns Fade” spoke of “Ruth and Ellis”."), Some("Lanterns Fade".to_string()));
        assert_eq!(title("A song, “Run,” she said."), None);
        assert_eq!(title("A place called Harbourville in Marin County is planned."), None);
    }

    /// The tokens of `text`, a text node per stretch between asterisks, those inside set in
    /// italics.
    fn italic_tokens(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut sentence_start = true;
        for (node, (piece, italic)) in text.split('*').zip([false, true].into_iter().cycle()).enumerate() {
            let from = tokens.len();
            tokenize(piece, node, true, &mut sentence_start, &mut tokens);
            tokens[from..].iter_mut().for_each(|t| t.italic = italic);
        }
        tokens
    }

    #[test]
    fn a_name_inside_a_passage_in_italics_is_no_title() {
        let in_passage = |text: &str, name: &str| {
            let tokens = italic_tokens(text);
            let start = tokens.iter().position(|t| t.text == name).unwrap();
            in_italic_passage(&tokens, start, start + 1)
        };
        assert!(in_passage("It *is available to rent on* *Velmo* now.", "Velmo"));
        assert!(!in_passage("He read *Velmo* twice.", "Velmo"));
        assert!(!in_passage("He read *The History of Velmo* twice.", "Velmo"));
    }

    fn italic_title(text: &str) -> Option<String> {
        let tokens = italic_tokens(text);
        (0..tokens.len()).find_map(|i| {
            italic_title_end(&tokens, i).map(|end| tokens[i..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "))
        })
    }

    #[test]
    fn a_title_set_in_italics_is_one_work_whatever_its_words() {
        assert_eq!(italic_title("*Ingrid Goes West* is a dark comedy.").as_deref(), Some("Ingrid Goes West"));
        assert_eq!(italic_title("The film *Lady Quill* topped my list.").as_deref(), Some("Lady Quill"));
        assert_eq!(italic_title("His films such as *Henry Vale’s Birthday Party* combine").as_deref(), Some("Henry Vale's Birthday Party"));
        assert_eq!(italic_title("Few movies could top *The Big Sick*, which").as_deref(), Some("The Big Sick"));
        assert_eq!(italic_title("It topped *Tarn Wars: The Last Knight* at once.").as_deref(), Some("Tarn Wars The Last Knight"));
        assert_eq!(italic_title("He played *Tarn Dot / Lift Off* twice.").as_deref(), Some("Tarn Dot"));
        assert_eq!(italic_title("He read *Memoirs of a Tarn Keeper* twice.").as_deref(), Some("Memoirs of a Tarn Keeper"));
    }

    #[test]
    fn words_of_a_passage_in_italics_or_a_species_are_no_title() {
        assert_eq!(italic_title("It *is streaming on* *Velmo Play* now."), None);
        assert_eq!(italic_title("The germ *Yersinia pestis* spread."), None);
        assert_eq!(italic_title("*Artist: Quillan Marsh*"), None);
        assert_eq!(italic_title("*Mother!* is a film."), None);
        assert_eq!(italic_title("She said it *was* the Big Sick."), None);
        assert_eq!(italic_title("*Written by Ada Quill for the Tarn Gazette*"), None);
        assert_eq!(italic_title("*Photo by Ada Quill*"), None);
        assert_eq!(italic_title("*Photo Source: Ada Quill from Tarn.*"), None);
        assert_eq!(italic_title("*Courtesy of Tarn News*"), None);
        assert_eq!(italic_title("*Ada Quill is a Senior Engineer for Velmora Works, and she lives in Tamsa.*"), None);
        assert_eq!(italic_title("It was *Ada Quill’s* caucus that voted."), None);
    }

    #[test]
    fn a_leading_article_goes_after_the_title() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(work_heading(&w("A Paradise Built in Hell")), "Paradise Built in Hell, A");
        assert_eq!(work_heading(&w("Le Monde Primitif")), "Le Monde Primitif");
        assert_eq!(work_heading(&w("The Tarn Street Journal")), "Tarn Street Journal");
    }
}
