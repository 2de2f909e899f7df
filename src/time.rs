//! Unix time to a civil UTC date, for the dated metadata both renderers write
//! (`dcterms:modified` in the EPUB, the PDF's creation and modification dates).

/// A UTC date and time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Civil {
    /// Seconds since the Unix epoch to the proleptic Gregorian date (Howard Hinnant's
    /// `civil_from_days`).
    pub fn from_unix(secs: i64) -> Civil {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        Civil {
            year: yoe + era * 400 + i64::from(month <= 2),
            month: month as u8,
            day: day as u8,
            hour: (rem / 3600) as u8,
            minute: (rem % 3600 / 60) as u8,
            second: (rem % 60) as u8,
        }
    }

    /// `2017-01-01T00:00:00Z`.
    pub fn iso8601(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

/// An ISO date (`2018-09-25`, `2018-09`, `2018`) as a reader writes it in the book's language:
/// "25 September 2018", "September 25, 2018" in American English. A language other than
/// English, or a date that is not ISO, keeps the date as given.
pub fn written_date(iso: &str, language: &str) -> String {
    let parts: Vec<Option<u32>> = iso.split('-').map(|p| p.parse().ok()).collect();
    if !language.to_lowercase().starts_with("en") {
        return iso.to_string();
    }
    let month = |m: u32| (1..=12).contains(&m).then(|| crate::apparatus::timeline::calendar::month_name(m));
    let american = language.eq_ignore_ascii_case("en-US");
    match parts.as_slice() {
        [Some(y), Some(m), Some(d)] if (1..=31).contains(d) => match month(*m) {
            Some(name) if american => format!("{name} {d}, {y}"),
            Some(name) => format!("{d} {name} {y}"),
            None => iso.to_string(),
        },
        [Some(y), Some(m)] => month(*m).map_or_else(|| iso.to_string(), |name| format!("{name} {y}")),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::Civil;

    #[test]
    fn dates() {
        assert_eq!(Civil::from_unix(0).iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(Civil::from_unix(1_483_228_800).iso8601(), "2017-01-01T00:00:00Z");
        assert_eq!(Civil::from_unix(951_782_400 + 3661).iso8601(), "2000-02-29T01:01:01Z");
        assert_eq!(Civil::from_unix(1_700_000_000).iso8601(), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn iso_dates_are_written_out() {
        assert_eq!(super::written_date("2018-09-25", "en-GB"), "25 September 2018");
        assert_eq!(super::written_date("2018-09-25", "en-US"), "September 25, 2018");
        assert_eq!(super::written_date("2018-09", "en"), "September 2018");
        assert_eq!(super::written_date("2018", "en"), "2018");
        assert_eq!(super::written_date("2018-09-25", "fr"), "2018-09-25");
        assert_eq!(super::written_date("2018-13-25", "en"), "2018-13-25");
    }
}
