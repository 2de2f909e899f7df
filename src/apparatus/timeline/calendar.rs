//! Calendar arithmetic: Julian (Old Style) and Gregorian (New Style) dates through the
//! Julian day number, so conversions are exact across month and year ends.

/// A calendar date; `month` 1-12, `day` 1-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// The year, month and day of an entry's sort key (`YYYY-MM-DD`, `00` for an unknown month
/// or day; 0 for a part that does not parse), split on its dashes so that a year of five
/// digits does not shift the month and day.
pub fn key_parts(key: &str) -> (i32, u32, u32) {
    let mut parts = key.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0) as i32, parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month number (1-12) of an English month name or its abbreviation ("Nov.", "Sept").
pub fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.');
    let full = MONTHS.iter().position(|m| *m == name);
    let short = || {
        (name.len() == 3 || name == "Sept")
            .then(|| MONTHS.iter().position(|m| m.starts_with(name)))
            .flatten()
    };
    full.or_else(short).map(|i| i as u32 + 1)
}

/// The English name of month 1-12.
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn days_in_month(year: i32, month: u32, julian: bool) -> u32 {
    let leap = if julian {
        year % 4 == 0
    } else {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    };
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether the day exists in the given calendar (31 April does not).
pub fn is_valid(date: Ymd, julian: bool) -> bool {
    (1..=12).contains(&date.month)
        && date.day >= 1
        && date.day <= days_in_month(date.year, date.month, julian)
}

fn jdn(date: Ymd, julian: bool) -> i64 {
    let a = (14 - date.month as i64) / 12;
    let y = date.year as i64 + 4800 - a;
    let m = date.month as i64 + 12 * a - 3;
    let base = date.day as i64 + (153 * m + 2) / 5 + 365 * y + y / 4;
    if julian {
        base - 32083
    } else {
        base - y / 100 + y / 400 - 32045
    }
}

fn from_jdn(j: i64, julian: bool) -> Ymd {
    let (b, c) = if julian {
        (0, j + 32082)
    } else {
        let a = j + 32044;
        let b = (4 * a + 3) / 146097;
        (b, a - 146097 * b / 4)
    };
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    Ymd {
        day: (e - (153 * m + 2) / 5 + 1) as u32,
        month: (m + 3 - 12 * (m / 10)) as u32,
        year: (100 * b + d - 4800 + m / 10) as i32,
    }
}

/// The Gregorian date of a Julian (Old Style) date.
pub fn julian_to_gregorian(date: Ymd) -> Ymd {
    from_jdn(jdn(date, true), false)
}

/// The date `days` later (negative: earlier) in the same calendar.
pub fn add_days(date: Ymd, days: i64, julian: bool) -> Ymd {
    from_jdn(jdn(date, julian) + days, julian)
}

/// How many days `to` lies after `from` (negative: before), both Gregorian.
pub fn days_between(from: Ymd, to: Ymd) -> i64 {
    jdn(to, false) - jdn(from, false)
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher).
pub fn western_easter(year: i32) -> Ymd {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Ymd { year, month: month as u32, day: day as u32 }
}

/// The United States' Thanksgiving of a Gregorian year: the fourth Thursday of November.
pub fn us_thanksgiving(year: i32) -> Ymd {
    let first = Ymd { year, month: 11, day: 1 };
    let to_thursday = (3 + 7 - weekday(first)) % 7;
    Ymd { year, month: 11, day: 1 + to_thursday + 21 }
}

/// The day of the week of a Gregorian date, 0 for Monday to 6 for Sunday.
pub fn weekday(date: Ymd) -> u32 {
    jdn(date, false).rem_euclid(7) as u32
}

/// Russia's last Old Style day was 31 January 1918 (O.S.); the default convention reads
/// earlier dates as Old Style.
pub fn before_russian_reform(date: Ymd) -> bool {
    (date.year, date.month) < (1918, 2) && date.year >= 1700
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> Ymd {
        Ymd { year, month, day }
    }

    #[test]
    fn thanksgiving_is_novembers_fourth_thursday() {
        assert_eq!(us_thanksgiving(2014), ymd(2014, 11, 27));
        assert_eq!(us_thanksgiving(2018), ymd(2018, 11, 22));
        assert_eq!(us_thanksgiving(2012), ymd(2012, 11, 22));
        assert_eq!(us_thanksgiving(2025), ymd(2025, 11, 27));
    }

    #[test]
    fn converts_across_month_and_year_ends() {
        assert_eq!(julian_to_gregorian(ymd(1917, 10, 25)), ymd(1917, 11, 7));
        assert_eq!(julian_to_gregorian(ymd(1917, 2, 23)), ymd(1917, 3, 8));
        assert_eq!(julian_to_gregorian(ymd(1917, 12, 19)), ymd(1918, 1, 1));
        assert_eq!(julian_to_gregorian(ymd(1918, 1, 31)), ymd(1918, 2, 13));
        assert_eq!(julian_to_gregorian(ymd(1825, 12, 14)), ymd(1825, 12, 26));
        // The gap grows from 12 to 13 days after the Julian-only leap day of 1900.
        assert_eq!(julian_to_gregorian(ymd(1900, 2, 29)), ymd(1900, 3, 13));
        assert_eq!(julian_to_gregorian(ymd(1900, 3, 1)), ymd(1900, 3, 14));
        assert!(is_valid(ymd(1900, 2, 29), true) && !is_valid(ymd(1900, 2, 29), false));
        assert_eq!(add_days(ymd(1917, 2, 28), 1, true), ymd(1917, 3, 1));
        // 19 November 2019 was a Tuesday, 7 November 1917 a Wednesday.
        assert_eq!(weekday(ymd(2019, 11, 19)), 1);
        assert_eq!(western_easter(2019), ymd(2019, 4, 21));
        assert_eq!(western_easter(2024), ymd(2024, 3, 31));
        assert_eq!(western_easter(1917), ymd(1917, 4, 8));
        assert_eq!(weekday(ymd(1917, 11, 7)), 2);
    }
}
