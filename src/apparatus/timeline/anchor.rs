//! An article's own date as the anchor of partial and relative dates.
//!
//! Takes the publication date as the metadata writes it (`2019-11-18`, `28 November 2017`,
//! `November 28, 2017`, `August 2017`, `2017`) and answers which year an undated month or
//! day falls in (the latest one on or before the article), which day a weekday names ("on
//! Tuesday": the latest Tuesday on or before it), and "last month" or "last year".

use std::cmp::Ordering;

use super::calendar::{add_days, is_valid, key_parts, month_number, weekday, Ymd};

/// The article's date, to the precision the metadata gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// English weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

impl Anchor {
    /// Reads a publication date; `None` when it names no plausible year.
    pub fn parse(text: &str) -> Option<Anchor> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '/' || c == '.')
            .filter(|w| !w.is_empty())
            .collect();
        let year = words
            .iter()
            .filter(|w| w.len() == 4)
            .find_map(|w| w.parse::<i32>().ok())
            .filter(|y| (1000..=9999).contains(y))?;
        let named = words.iter().find_map(|w| month_number(w));
        let numbers: Vec<u32> = words
            .iter()
            .filter(|w| w.len() <= 2)
            .filter_map(|w| w.parse().ok())
            .collect();
        let (month, day) = match (named, numbers.as_slice()) {
            (Some(m), [d, ..]) => (Some(m), Some(*d)),
            (Some(m), []) => (Some(m), None),
            // ISO order: year, month, day.
            (None, [m, d, ..]) => (Some(*m), Some(*d)),
            (None, [m]) => (Some(*m), None),
            (None, []) => (None, None),
        };
        let month = month.filter(|m| (1..=12).contains(m));
        let day = day.filter(|&d| {
            month.is_some_and(|month| is_valid(Ymd { year, month, day: d }, false))
        });
        Some(Anchor { year, month, day })
    }

    /// The article's day, when the metadata gives one.
    pub fn full(self) -> Option<Ymd> {
        Some(Ymd {
            year: self.year,
            month: self.month?,
            day: self.day?,
        })
    }

    /// The year of an undated month (and day): the latest one on or before the article.
    /// `None` when the article's date has no month.
    pub fn year_of(self, month: u32, day: Option<u32>) -> Option<i32> {
        let am = self.month?;
        let before = (month, day.unwrap_or(1)) <= (am, self.day.unwrap_or(31));
        Some(if before { self.year } else { self.year - 1 })
    }

    /// The year of an undated month (and day) still to come: the earliest one on or after
    /// the article ("scheduled to launch in mid-December" in an article of 2 December).
    pub fn coming_year_of(self, month: u32, day: Option<u32>) -> Option<i32> {
        let am = self.month?;
        let after = (month, day.unwrap_or(31)) >= (am, self.day.unwrap_or(1));
        Some(if after { self.year } else { self.year + 1 })
    }

    /// The day a weekday names: the latest such day on or before the article's date
    /// (strictly before it after "last").
    pub fn weekday(self, name: &str, last: bool) -> Option<Ymd> {
        let target = WEEKDAYS.iter().position(|w| *w == name)? as i64;
        let date = self.full()?;
        let mut back = (weekday(date) as i64 - target).rem_euclid(7);
        if last && back == 0 {
            back = 7;
        }
        Some(add_days(date, -back, false))
    }

    /// The month before the article's: (year, month).
    pub fn last_month(self) -> Option<(i32, u32)> {
        let m = self.month?;
        Some(if m == 1 { (self.year - 1, 12) } else { (self.year, m - 1) })
    }

    /// Whether a Gregorian sort key names the article's own day.
    pub fn is_day(self, key: &str) -> bool {
        self.full().is_some_and(|d| key == format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
    }

    /// Whether a Gregorian sort key (`YYYY-MM-DD`, zeros when unknown) lies after the
    /// article's date: a plan or a forecast, not an event it reports.
    pub fn is_after(self, key: &str) -> bool {
        self.compare(key) == Ordering::Greater
    }

    /// Whether a sort key lies wholly before the article's date (not in its month or day).
    pub fn is_before(self, key: &str) -> bool {
        self.compare(key) == Ordering::Less
    }

    /// A sort key against the article's date, at the precision both have: `Equal` when the
    /// key falls in the article's own year, month or day as far as either says.
    fn compare(self, key: &str) -> Ordering {
        let (y, m, d) = key_parts(key);
        match (self.month, self.day) {
            _ if y != self.year => y.cmp(&self.year),
            (Some(am), _) if m != 0 && m != am => m.cmp(&am),
            (Some(_), Some(ad)) if m != 0 && d != 0 => d.cmp(&ad),
            _ => Ordering::Equal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_ways_of_writing_a_date() {
        let a = |y, m, d| Some(Anchor { year: y, month: m, day: d });
        assert_eq!(Anchor::parse("2019-11-18"), a(2019, Some(11), Some(18)));
        assert_eq!(Anchor::parse("28 November 2017"), a(2017, Some(11), Some(28)));
        assert_eq!(Anchor::parse("November 28, 2017"), a(2017, Some(11), Some(28)));
        assert_eq!(Anchor::parse("August 2017"), a(2017, Some(8), None));
        assert_eq!(Anchor::parse("2017"), a(2017, None, None));
        assert_eq!(Anchor::parse("0001-01-01"), None);
        assert_eq!(Anchor::parse("soon"), None);
    }

    #[test]
    fn resolves_partial_and_relative_dates() {
        let a = Anchor::parse("2019-11-20").unwrap(); // a Wednesday
        assert_eq!(a.year_of(7, None), Some(2019));
        assert_eq!(a.year_of(12, None), Some(2018));
        assert_eq!(a.year_of(11, Some(21)), Some(2018));
        assert_eq!(a.coming_year_of(11, None), Some(2019), "later this month");
        assert_eq!(a.coming_year_of(12, None), Some(2019));
        assert_eq!(a.coming_year_of(11, Some(19)), Some(2020));
        assert_eq!(a.weekday("Tuesday", false), Some(Ymd { year: 2019, month: 11, day: 19 }));
        assert_eq!(a.weekday("Wednesday", false), Some(Ymd { year: 2019, month: 11, day: 20 }));
        assert_eq!(a.weekday("Wednesday", true), Some(Ymd { year: 2019, month: 11, day: 13 }));
        assert_eq!(a.last_month(), Some((2019, 10)));
        assert!(a.is_after("2020-00-00") && a.is_after("2019-12-00") && a.is_after("2019-11-21"));
        assert!(!a.is_after("2019-11-20") && !a.is_after("2019-00-00") && !a.is_after("1905-01-22"));
        assert!(a.is_before("2019-11-19") && a.is_before("2019-10-00") && a.is_before("1905-01-22"));
        assert!(!a.is_before("2019-11-00") && !a.is_before("2019-00-00") && !a.is_before("2019-11-20"));
    }
}
