//! The index measured on a twenty-eighth blind book (tests/fixtures/blind28): ten English pages
//! of trafilatura's evaluation set whose gold index headings were written by reading them
//! before the proposer ran on them. Prints the figures (run with `--nocapture`); the assertions
//! hold the level first measured, so that it can only improve.

mod gold;

/// Share of the gold index headings present and junk proposed on the twenty-eighth blind book,
/// first measured blind (session index17): 81.3% present (122 of 150), 18 junk of 174 proposed.
/// Its junk classes: persons of one occurrence left uninverted ("Barack Obama", "Carl Sagan",
/// "Ann Wilson" beside "Nancy Wilson"), a Korean name inverted ("Ho, Bong Joon"), a name's
/// words cut from it ("Apple" of "Apple TV+", "Medicare" of "Medicare for All", "Office" of a
/// name whose last word is a link, "Colleges Employers" and "Association" of a name with a
/// plural possessive inside), a lowercase noun glued on ("Tahoe area"), an adjective
/// ("Native"), oaths ("God", "Jesus"), "Hairspray" and "Team" of a joke's quoted titles,
/// "Pete" of "Mayor Pete", "Ann", "Appellate Court". Its misses: lowercase topics
/// ("deforestation", "fires", "casualisation", "rolling blackouts", "product liability",
/// "coronavirus", "self-isolation"), quoted titles of one word or after a capital ("Alone",
/// "Joker", "Behind the Music", "What About Love", "Little Women", "1917"), the names of a
/// review's signatures ("Michael Di Iorio, The Brag Magazine Editor"), "SpaceX", "MTV",
/// "Labour", "Conservative Party" (the text says "Conservative"), "vh1" written in lowercase.
const PRESENT_REACHED: f64 = 0.813;
const JUNK_REACHED: usize = 18;

#[test]
fn blind28_index() {
    gold::holds_index("tests/fixtures/blind28", PRESENT_REACHED, JUNK_REACHED);
}
