//! The editor's control over the timeline: `timeline.toml` in the book folder.
//!
//! Takes the file (absent means defaults) and applies it to the merged entries: the title,
//! the calendar convention (book-wide and per article), the year range to include, and
//! `[[remove]]`, `[[edit]]`, `[[merge]]` and `[[add]]` rules. Returns warnings for every
//! entry set aside and for rules that matched nothing.
//!
//! ```toml
//! title = "Chronology"
//! calendar = "julian"          # Russian events before 1 Feb 1918 Old Style (default), or "gregorian"
//! years = [1900, 1925]         # inclusive range of years to keep
//! [[article]]
//! source = "sources/paris.txt"
//! calendar = "gregorian"       # or "julian": every date of this text before 1918 is Old Style
//! [[remove]]
//! date = "1917-01"             # prefix of the entry's Gregorian sort key (optional)
//! match = "wrote in"           # case-insensitive part of its text
//! [[edit]]
//! match = "Gary Johns"
//! set_date = "2017-01"         # YYYY, YYYY-MM or YYYY-MM-DD, Gregorian unless calendar = "julian"
//! text = "Gary Johns writes in The Australian"
//! [[merge]]
//! into = { match = "Lenin arrived" }
//! from = { match = "return of Lenin" }
//! [[add]]
//! date = "1917-10-25"
//! calendar = "julian"
//! text = "The Bolsheviks take the Winter Palace"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::calendar::{is_valid, julian_to_gregorian, month_name, Ymd};
use super::extract::Convention;
use super::Draft;
use crate::error::{Error, Result};
use crate::model::{DatePrecision, TimelineEntry};

/// `timeline.toml`, parsed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    title: Option<String>,
    calendar: Option<String>,
    years: Option<[i32; 2]>,
    #[serde(default)]
    article: Vec<ArticleRule>,
    #[serde(default)]
    remove: Vec<Selector>,
    #[serde(default)]
    edit: Vec<Edit>,
    #[serde(default)]
    merge: Vec<Merge>,
    #[serde(default)]
    add: Vec<Add>,
    #[serde(skip)]
    path: PathBuf,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleRule {
    source: String,
    calendar: String,
}

/// Picks entries: by the start of their sort key and a part of their text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Selector {
    date: Option<String>,
    #[serde(rename = "match")]
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    date: Option<String>,
    #[serde(rename = "match")]
    text: String,
    set_date: Option<Spanned<String>>,
    calendar: Option<String>,
    #[serde(rename = "text")]
    new_text: Option<String>,
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Merge {
    into: Selector,
    from: Selector,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Add {
    date: Spanned<String>,
    calendar: Option<String>,
    text: String,
    note: Option<String>,
}

const HINT: &str =
    "see the timeline.toml keys in the module documentation of apparatus::timeline::editor";

impl Config {
    /// Reads `dir/timeline.toml`; defaults when there is none.
    pub fn load(dir: &Path) -> Result<Config> {
        let path = dir.join("timeline.toml");
        let Some(text) = crate::input::read_optional_text(dir, &path)? else {
            return Ok(Config::default());
        };
        let mut config: Config = toml::from_str(&text).map_err(|e| {
            let (line, col) = e
                .span()
                .map_or((0, 0), |s| crate::config::line_col(&text, s.start));
            Error::at(&path, line, col, e.message().to_string(), HINT)
        })?;
        config.path = path.clone();
        let calendars = config
            .calendar
            .iter()
            .chain(config.article.iter().map(|a| &a.calendar))
            .chain(config.edit.iter().filter_map(|e| e.calendar.as_ref()))
            .chain(config.add.iter().filter_map(|a| a.calendar.as_ref()));
        for c in calendars {
            if convention(c).is_none() {
                return Err(Error::plain(
                    &path,
                    &format!("unknown calendar “{c}”"),
                    "write calendar = \"julian\" or \"gregorian\"",
                ));
            }
        }
        let dates = config
            .add
            .iter()
            .map(|a| (&a.date, &a.calendar))
            .chain(
                config
                    .edit
                    .iter()
                    .filter_map(|e| e.set_date.as_ref().map(|d| (d, &e.calendar))),
            );
        for (date, calendar) in dates {
            let julian = calendar.as_deref().and_then(convention) == Some(Convention::Julian);
            if parse_date(date.get_ref(), julian).is_none() {
                let (line, col) = crate::config::line_col(&text, date.span().start);
                return Err(Error::at(
                    &path,
                    line,
                    col,
                    format!("no such date “{}”", date.get_ref()),
                    "write YYYY, YYYY-MM or YYYY-MM-DD with a day that exists in that month \
                     (years 1 to 9999)",
                ));
            }
        }
        Ok(config)
    }

    /// The appendix title.
    pub fn title(&self) -> String {
        self.title
            .clone()
            .unwrap_or_else(|| "Chronology".to_string())
    }

    /// The book-wide calendar convention: `julian` (the default) reads the dates of events
    /// in Russia before its reform as Old Style, `gregorian` reads every date as New Style.
    pub fn default_convention(&self) -> Convention {
        match self.calendar.as_deref().and_then(convention) {
            Some(Convention::Gregorian) => Convention::Gregorian,
            _ => Convention::Russian,
        }
    }

    /// The convention the editor set for one article source, if any.
    pub fn article_convention(&self, source: &str) -> Option<Convention> {
        self.article
            .iter()
            .find(|a| a.source == source)
            .and_then(|a| convention(&a.calendar))
    }

    /// Whether a sort key's year lies in the configured range.
    pub fn in_year_range(&self, sort_key: &str) -> bool {
        let year: i32 = sort_key.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        self.years.is_none_or(|[lo, hi]| (lo..=hi).contains(&year))
    }

    /// Applies the remove, edit, merge and add rules; returns the warnings.
    pub(crate) fn edit(&self, drafts: &mut Vec<Draft>) -> Vec<String> {
        let mut warnings = Vec::new();
        let file = self.path.display();
        let unmatched = |warnings: &mut Vec<String>, kind: &str, s: &Selector| {
            warnings.push(format!(
                "{file}: [[{kind}]] rule {} matched no entry; update or delete it",
                describe(s)
            ));
        };
        for rule in &self.remove {
            let before = drafts.len();
            let mut removed = Vec::new();
            drafts.retain(|d| {
                let hit = rule.selects(&d.entry);
                if hit {
                    removed.push(format!("{}: {}", d.entry.date_label, d.entry.text));
                }
                !hit
            });
            if drafts.len() == before {
                unmatched(&mut warnings, "remove", rule);
            }
            for r in removed {
                warnings.push(format!(
                    "suggestion removed by timeline.toml, not in the book: {r}"
                ));
            }
        }
        for rule in &self.edit {
            let sel = Selector {
                date: rule.date.clone(),
                text: rule.text.clone(),
            };
            let mut hit = false;
            for d in drafts.iter_mut().filter(|d| sel.selects(&d.entry)) {
                hit = true;
                let e = &mut d.entry;
                let julian =
                    rule.calendar.as_deref().and_then(convention) == Some(Convention::Julian);
                if let Some(date) = rule.set_date.as_ref().and_then(|d| parse_date(d.get_ref(), julian)) {
                    let (key, label, precision) = render(date, julian);
                    e.sort_key = key;
                    e.end_sort_key = None;
                    e.date_label = label;
                    e.precision = precision;
                    e.note = None;
                }
                if let Some(t) = &rule.new_text {
                    e.text = t.clone();
                }
                if let Some(n) = &rule.note {
                    e.note = Some(n.clone());
                }
            }
            if !hit {
                unmatched(&mut warnings, "edit", &sel);
            }
        }
        for rule in &self.merge {
            let Some(into) = drafts.iter().position(|d| rule.into.selects(&d.entry)) else {
                unmatched(&mut warnings, "merge", &rule.into);
                continue;
            };
            let from: Vec<usize> = (0..drafts.len())
                .filter(|&i| i != into && rule.from.selects(&drafts[i].entry))
                .collect();
            if from.is_empty() {
                unmatched(&mut warnings, "merge", &rule.from);
            }
            for &i in from.iter().rev() {
                let sources = drafts[i].entry.sources.clone();
                let target = &mut drafts[into].entry.sources;
                for s in sources {
                    if !target
                        .iter()
                        .any(|t| t.article == s.article && t.anchor == s.anchor)
                    {
                        target.push(s);
                    }
                }
            }
            let mut i = 0;
            drafts.retain(|_| {
                i += 1;
                !from.contains(&(i - 1))
            });
        }
        for rule in &self.add {
            let julian = rule.calendar.as_deref().and_then(convention) == Some(Convention::Julian);
            let Some(date) = parse_date(rule.date.get_ref(), julian) else {
                continue;
            };
            let (sort_key, date_label, precision) = render(date, julian);
            drafts.push(Draft::added(TimelineEntry {
                id: String::new(),
                date_label,
                sort_key,
                end_sort_key: None,
                precision,
                text: rule.text.clone(),
                note: rule.note.clone(),
                sources: Vec::new(),
            }));
        }
        warnings
    }
}

impl Selector {
    fn selects(&self, e: &TimelineEntry) -> bool {
        self.date
            .as_deref()
            .is_none_or(|d| e.sort_key.starts_with(d))
            && e.text.to_lowercase().contains(&self.text.to_lowercase())
    }
}

fn describe(s: &Selector) -> String {
    match &s.date {
        Some(d) => format!("(date {d}, match “{}”)", s.text),
        None => format!("(match “{}”)", s.text),
    }
}

fn convention(name: &str) -> Option<Convention> {
    match name.to_ascii_lowercase().as_str() {
        "julian" | "old style" | "os" => Some(Convention::Julian),
        "gregorian" | "new style" | "ns" => Some(Convention::Gregorian),
        _ => None,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as (year, month or 0, day or 0): a day that exists in
/// that month of the given calendar, in a year whose Gregorian date has four digits.
fn parse_date(s: &str, julian: bool) -> Option<(i32, u32, u32)> {
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let d = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let exists = match (m, d) {
        (0, 0) => true,
        (1..=12, 0) => true,
        (_, 0) | (0, _) => false,
        _ => {
            let date = Ymd { year: y, month: m, day: d };
            is_valid(date, julian)
                && (!julian || (1..=9999).contains(&julian_to_gregorian(date).year))
        }
    };
    (parts.next().is_none() && (1..=9999).contains(&y) && exists).then_some((y, m, d))
}

/// Sort key, label and precision of an editor's date.
fn render((year, month, day): (i32, u32, u32), julian: bool) -> (String, String, DatePrecision) {
    if month == 0 {
        return (
            format!("{year:04}-00-00"),
            year.to_string(),
            DatePrecision::Year,
        );
    }
    if day == 0 {
        return (
            format!("{year:04}-{month:02}-00"),
            format!("{} {year}", month_name(month)),
            DatePrecision::Month,
        );
    }
    let written = Ymd { year, month, day };
    if !julian {
        return (
            format!("{year:04}-{month:02}-{day:02}"),
            format!("{day} {} {year}", month_name(month)),
            DatePrecision::Day,
        );
    }
    let g = julian_to_gregorian(written);
    let label = if g.year == year {
        format!(
            "{day} {} ({} {}) {year}",
            month_name(month),
            g.day,
            month_name(g.month)
        )
    } else {
        format!(
            "{day} {} {year} ({} {} {})",
            month_name(month),
            g.day,
            month_name(g.month),
            g.year
        )
    };
    (
        format!("{:04}-{:02}-{:02}", g.year, g.month, g.day),
        label,
        DatePrecision::Day,
    )
}
