//! The index measured on a seventy-fifth blind book (tests/fixtures/blind75): ten English
//! pages of 2018-2025, one from the Postlight (Mercury) parser's fixtures, four from
//! htmldate's evaluation pages and five from the tiptopjaw Web Content Extraction Benchmark
//! (an Android malware analyst's guide, a browser's security note, a Python performance essay,
//! a writer's morning script, a web novel's prologue, ten ways to measure body fat, six smart
//! lamps, tax programs, a ranking of business schools, event planners' hosting trends), whose
//! gold index headings were written by reading them before the proposer ran on them. Prints
//! the figures (run with `--nocapture`); the assertions hold the level first measured, so
//! that it can only improve.

use crate::gold;

/// Share of the gold index headings present and junk proposed on the seventy-fifth blind
/// book, first measured blind (session index59, with the library of main at 09e1d57):
/// 66.5% present (127 of 191), 42 junk of 234 proposed. Its misses: lowercase topics
/// ("packers", "malware", "performance", "automation", "body fat percentage", "skinfold
/// calipers", "hydrostatic weighing", "smart lamps", "tax software", "small business owners",
/// "business schools", "hosting trends", "event planners", "storytelling", "progressive
/// dining"); lowercase software and tools with figures or hyphens ("radare2", "dex2jar",
/// "jd-gui", "jadx", "strace", "frida-server", "cython", "objsize", "n8n", "subprocess");
/// names that are words or short ("Android", "Windows", "Java", "C", "Teams", "Marshmallow",
/// "Fortinet", "Microsoft", "MIT", "HBS", "BCG", "GMAT", "Forbes", "Businessweek");
/// products named with a lowercase tail ("Govee RGBIC floor lamp", "HiFree smart table
/// lamp"); places after a comma in a table's "Location:" line ("Chicago, Illinois",
/// "Pittsburgh", "Atlanta, Georgia", "Bloomington, Indiana"); a school named after a comma
/// ("Cornell University, Johnson", proposed inverted as "Johnson, Cornell"); persons and a firm
/// named after a job title ("Co-Owner and Lead Planner Erica Vanco", "Lead Designer Cathleen
/// Holloway", "Lead Planner Bianca Hall"; "The Privilege is Mine" cut). Its junk besides:
/// photographs' credits inverted as persons ("Photography, Ryan Ray"), a table's labels
/// ("Acceptance Rate", "Class Size", "GPA Median", "Middle 80"), "FUCK", "Irene", "MO",
/// "Master", "Media", "Consumption", "Critique", "Xrelocate", "Microsoft’s Seattle", two
/// periodicals joined by "and" ("Journal of Accountancy and The Tax Advisor").
/// Then (session index59's rules): a firm named after its founder by its trade keeps the
/// name's order ("Beth Helmstetter Events", "Ryan Ray Photography", no "Photography, Ryan
/// Ray"); a planner or a designer before a name is a role ("Lead Planner Erica Vanco",
/// "Lead Designer Cathleen Holloway"), and after a role a given name and an institution's
/// noun are a person's names ("Lead Planner Bianca Hall" is "Hall, Bianca"). 68.6% (131 of
/// 191), 35 junk; blind45 one junk fewer ("Melissa Zink Photography"), every other book
/// unchanged.
/// Then an article capitalised after "and" opens a title of its own ("Journal of Accountancy
/// and The Tax Advisor" is two names). 68.6% (131 of 191), 33 junk; every other book
/// unchanged.
/// Left (68.6%, 33 junk): the lowercase topics and tools ("body fat percentage", "tax
/// software", "radare2", "jd-gui", "n8n", "objsize"); short names that are words or acronyms
/// ("Android", "Windows", "Teams", "MIT", "HBS", "GMAT", "Forbes"); a city opening a table's
/// "Location:" line ("Chicago, Illinois"); "Cornell University, Johnson" inverted; "Talk
/// Android" read as a person; "University of Pennsylvania and MIT" joined; "Microsoft’s
/// Seattle"; a table's labels ("Acceptance Rate", "Class Size").
/// Then (session index67's): a word with a capital inside, met twice only at sentence
/// starts, is a name ("TaxAct"). 69.1% (132 of 191), 33 junk.
const PRESENT_REACHED: f64 = 0.691;
const JUNK_REACHED: usize = 33;

#[test]
fn blind75_index() {
    gold::holds_index("tests/fixtures/blind75", PRESENT_REACHED, JUNK_REACHED);
}
