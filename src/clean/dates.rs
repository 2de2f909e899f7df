//! Publication dates as pages write them, read into ISO form.
//!
//! Takes a line of text; finds dates written as `2019-03-03` (with or without a time),
//! `2019/03/03`, `March 3, 2019`, `3rd Mar 2019`, `18 NOV 2019`, `November 2019`, and
//! numeric `12/04/2018`, `18.11.2019`, `11/19/19`, whose day/month order is settled by the
//! page's own unambiguous numeric dates ([`NumericOrder::of_page`]). Month names are read in
//! English and in the other languages scraped pages are commonly written in ("22 de outubro
//! de 2010", "Maret 30, 2015", "11 октября 2018", "3. März 2019"). A date glued to what
//! follows it by a scraper ("Nov 20 20194:29 AM", "2019Updated") is still read. Returns
//! `YYYY-MM-DD`, or `YYYY-MM` when the page gives only a month.

use std::sync::LazyLock;

use regex::Regex;

/// English month names and abbreviations, read by their first three letters.
const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// Month names of other languages (Spanish, Portuguese, French, German, Italian, Dutch,
/// Indonesian; Russian in the genitive a date takes), with the month each names. The
/// abbreviations here are only read next to a day number.
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("enero", 1), ("janeiro", 1), ("janvier", 1), ("januar", 1), ("jänner", 1), ("gennaio", 1), ("januari", 1), ("января", 1), ("janv", 1), ("ene", 1),
    ("febrero", 2), ("fevereiro", 2), ("février", 2), ("februar", 2), ("febbraio", 2), ("februari", 2), ("февраля", 2), ("févr", 2), ("fev", 2),
    ("marzo", 3), ("março", 3), ("mars", 3), ("märz", 3), ("maart", 3), ("maret", 3), ("марта", 3), ("mär", 3),
    ("abril", 4), ("avril", 4), ("aprile", 4), ("апреля", 4), ("abr", 4), ("avr", 4),
    ("mayo", 5), ("maio", 5), ("mai", 5), ("maggio", 5), ("mei", 5), ("мая", 5),
    ("junio", 6), ("junho", 6), ("juin", 6), ("juni", 6), ("giugno", 6), ("июня", 6),
    ("julio", 7), ("julho", 7), ("juillet", 7), ("juli", 7), ("luglio", 7), ("июля", 7), ("juil", 7),
    ("agosto", 8), ("août", 8), ("augustus", 8), ("agustus", 8), ("августа", 8), ("ago", 8), ("agu", 8),
    ("septiembre", 9), ("setiembre", 9), ("setembro", 9), ("septembre", 9), ("settembre", 9), ("сентября", 9), ("set", 9),
    ("octubre", 10), ("outubro", 10), ("octobre", 10), ("oktober", 10), ("ottobre", 10), ("октября", 10), ("okt", 10), ("out", 10),
    ("noviembre", 11), ("novembro", 11), ("novembre", 11), ("ноября", 11),
    ("diciembre", 12), ("dezembro", 12), ("décembre", 12), ("dezember", 12), ("dicembre", 12), ("desember", 12), ("декабря", 12), ("déc", 12), ("dez", 12), ("dic", 12), ("des", 12),
];

/// Every month name, longest first so a full name wins over its abbreviation.
static ANY_MONTH: LazyLock<String> = LazyLock::new(|| month_alternation(|_| true));
/// Full month names only, for a month and year without a day ("outubro de 2010").
static FULL_MONTH: LazyLock<String> = LazyLock::new(|| month_alternation(|name| name.chars().count() > 4));

fn month_alternation(keep: impl Fn(&str) -> bool) -> String {
    let mut names: Vec<&str> = FOREIGN_MONTHS.iter().map(|(n, _)| *n).filter(|n| keep(n)).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    format!(r"({}|{})\.?", names.join("|"), &MONTH[1..MONTH.len() - 4])
}

/// Every date shape, one alternative per capture group set (see [`parse_at`]). There is no
/// closing word boundary: [`find_all`] checks what follows a match.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let (any, full) = (ANY_MONTH.as_str(), FULL_MONTH.as_str());
    Regex::new(&format!(
        r"(?i)\b(?:(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?:T[\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|(\d{{1,2}})([/.-])(\d{{1,2}})[/.-](\d{{4}}|\d{{2}})|(\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of|de))?\s+{any},?(?:\s+de)?\s+(\d{{4}})|{any}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|{full},?(?:\s+de)?\s+(\d{{4}}))"
    ))
    .unwrap()
});

/// Digits glued after a year are a time of day ("20194:29 AM"), never more of the year.
static GLUED_TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}:\d\d").unwrap());

/// How the page orders day and month in numeric dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumericOrder {
    DayFirst,
    MonthFirst,
    /// Nothing on the page settles it: slashes read month first (the common web usage),
    /// dots and dashes day first.
    Unknown,
}

impl NumericOrder {
    /// The order shown by the page's unambiguous numeric dates (a first number over 12 is
    /// a day; a second over 12 is one too); `Unknown` when none settles it or they disagree.
    pub(super) fn of_page<'a>(lines: impl Iterator<Item = &'a str>) -> NumericOrder {
        let (mut day_first, mut month_first) = (false, false);
        for line in lines {
            for c in DATE.captures_iter(line) {
                if let (Some(a), Some(b)) = (c.get(4), c.get(6)) {
                    let (a, b): (u32, u32) = (a.as_str().parse().unwrap_or(0), b.as_str().parse().unwrap_or(0));
                    day_first |= a > 12 && b <= 12;
                    month_first |= b > 12 && a <= 12;
                }
            }
        }
        match (day_first, month_first) {
            (true, false) => NumericOrder::DayFirst,
            (false, true) => NumericOrder::MonthFirst,
            _ => NumericOrder::Unknown,
        }
    }
}

/// A date found in a line: its byte span and its ISO form.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub iso: String,
}

/// Every date in `text`, in order.
pub(super) fn find_all(text: &str, order: NumericOrder) -> Vec<Found> {
    DATE.captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let after = &text[m.end()..];
            let ends = !after.starts_with(|c: char| c.is_ascii_digit()) || GLUED_TIME.is_match(after);
            ends.then_some(())?;
            Some(Found { start: m.start(), end: m.end(), iso: parse_at(&c, order)? })
        })
        .collect()
}

/// The first date in `text`, as ISO.
pub(super) fn first(text: &str, order: NumericOrder) -> Option<String> {
    find_all(text, order).into_iter().next().map(|f| f.iso)
}

/// A time stamp's day without its year: "Nov 18", "Posted Nov 19, 6:51 AM", "Updated:
/// Tuesday, March 4 at 9:10 pm ET", the whole of `piece`.
static YEARLESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(posted|published|updated|modified)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?)?$"
    ))
    .unwrap()
});

/// The month and day of a yearless time stamp (see [`YEARLESS`]), and whether it dates an
/// update.
pub(super) fn yearless_day(piece: &str) -> Option<(u32, u32, bool)> {
    let c = YEARLESS.captures(piece.trim())?;
    let month = month_number(&c[2])?;
    let day: u32 = c[3].parse().ok()?;
    let updated = c.get(1).is_some_and(|w| matches!(w.as_str().to_lowercase().as_str(), "updated" | "modified"));
    (1..=31).contains(&day).then_some((month, day, updated))
}

/// The English weekdays' names, lowercase.
pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A month's number from its name or abbreviation, in English or another common language.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    if let Some((_, m)) = FOREIGN_MONTHS.iter().find(|(n, _)| *n == key) {
        return Some(*m);
    }
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    names.iter().position(|n| key.starts_with(n)).map(|p| p as u32 + 1)
}

fn num(c: &regex::Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

/// The ISO form of one match, or None when it is no real date (month 13, day 32).
fn parse_at(c: &regex::Captures, order: NumericOrder) -> Option<String> {
    let (year, month, day) = if let Some(y) = num(c, 1) {
        (y, num(c, 2)?, Some(num(c, 3)?))
    } else if let Some(a) = num(c, 4) {
        let b = num(c, 6)?;
        let raw_year = c.get(7)?.as_str();
        let mut y: u32 = raw_year.parse().ok()?;
        if raw_year.len() == 2 {
            y += if y < 70 { 2000 } else { 1900 };
        }
        let day_first = match order {
            _ if a > 12 => true,
            _ if b > 12 => false,
            NumericOrder::DayFirst => true,
            NumericOrder::MonthFirst => false,
            NumericOrder::Unknown => &c[5] != "/",
        };
        if day_first { (y, b, Some(a)) } else { (y, a, Some(b)) }
    } else if let Some(d) = num(c, 8) {
        (num(c, 10)?, month_number(&c[9])?, Some(d))
    } else if let Some(m) = c.get(11) {
        (num(c, 13)?, month_number(m.as_str())?, Some(num(c, 12)?))
    } else {
        (num(c, 15)?, month_number(&c[14])?, None)
    };
    if !(1000..=2999).contains(&year) || !(1..=12).contains(&month) || day.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    Some(match day {
        Some(d) => format!("{year:04}-{month:02}-{d:02}"),
        None => format!("{year:04}-{month:02}"),
    })
}

#[cfg(test)]
mod tests {
    use super::{first, NumericOrder};

    fn iso(s: &str) -> Option<String> {
        first(s, NumericOrder::Unknown)
    }

    #[test]
    fn yearless_stamps() {
        use super::yearless_day;
        assert_eq!(yearless_day("Nov 18"), Some((11, 18, false)));
        assert_eq!(yearless_day("Posted Nov 19, 6:51 AM"), Some((11, 19, false)));
        assert_eq!(yearless_day("Updated: Tuesday, March 4 at 9:10 pm ET"), Some((3, 4, true)));
        assert_eq!(yearless_day("Marcus 18"), None);
        assert_eq!(yearless_day("Nov 18 events in the park"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(iso("March 3, 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(iso("3 Mar 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(iso("Updated 3rd March, 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(iso("18 NOV 2019").as_deref(), Some("2019-11-18"));
        assert_eq!(iso("Sept. 9, 2018 at 10:00").as_deref(), Some("2018-09-09"));
        assert_eq!(iso("August 2017").as_deref(), Some("2017-08"));
        assert_eq!(iso("2019-03-03T10:00").as_deref(), Some("2019-03-03"));
        assert_eq!(iso("2019-11-19T12:48:00Z").as_deref(), Some("2019-11-19"));
        assert_eq!(iso("21:17 18.11.2019").as_deref(), Some("2019-11-18"));
        assert_eq!(iso("11/19/19 06:56 AM").as_deref(), Some("2019-11-19"));
        assert_eq!(iso("a day in May"), None);
        // Glued to what follows by the scraper.
        assert_eq!(iso("Published Wed, Mar 4 20214:29 AM EST").as_deref(), Some("2021-03-04"));
        assert_eq!(iso("Mar. 4, 2021Updated: Mar. 5, 2021").as_deref(), Some("2021-03-04"));
        assert_eq!(iso("12/04/20189"), None);
        assert_eq!(iso("13/13/2019"), None);
    }

    #[test]
    fn month_names_of_other_languages() {
        assert_eq!(iso("segunda-feira, 22 de outubro de 2010 às 20:13").as_deref(), Some("2010-10-22"));
        assert_eq!(iso("5 de mayo de 2020").as_deref(), Some("2020-05-05"));
        assert_eq!(iso("Posted on Maret 30, 2015 by Admin").as_deref(), Some("2015-03-30"));
        assert_eq!(iso("Текст: Анна Иванова · 11 октября 2018").as_deref(), Some("2018-10-11"));
        assert_eq!(iso("3. März 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(iso("02 Ago 2017").as_deref(), Some("2017-08-02"));
        assert_eq!(iso("le 14 juillet 2021").as_deref(), Some("2021-07-14"));
        assert_eq!(iso("outubro de 2010").as_deref(), Some("2010-10"));
        // An abbreviation is a month only beside a day.
        assert_eq!(iso("tickets sold out 2019 times"), None);
    }

    #[test]
    fn numeric_order_comes_from_the_page() {
        let page = ["Posted 12/04/2018", "Comment of 25/04/2018"];
        let order = NumericOrder::of_page(page.iter().copied());
        assert_eq!(order, NumericOrder::DayFirst);
        assert_eq!(first(page[0], order).as_deref(), Some("2018-04-12"));
        let us = NumericOrder::of_page(["04/25/2018"].iter().copied());
        assert_eq!(first("12/04/2018", us).as_deref(), Some("2018-12-04"));
        assert_eq!(first("12/04/2018", NumericOrder::Unknown).as_deref(), Some("2018-12-04"));
        assert_eq!(first("12.04.2018", NumericOrder::Unknown).as_deref(), Some("2018-04-12"));
    }
}
