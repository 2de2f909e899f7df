//! The editor's control file, `index.toml`, and how it reshapes the proposals: entries add
//! or rename headings (claiming every proposal that shares a form with them), `remove`
//! rejects proposals, `see` / `see_also` add cross-references, `sub` adds subentries,
//! `sort_key` overrides collation.
//!
//! ```toml
//! title = "Index"              # optional
//! sort = "word-by-word"        # or "letter-by-letter"
//! remove = ["Read More"]       # proposed headings or forms to reject
//!
//! [[entry]]
//! heading = "Petrograd"
//! aliases = ["St Petersburg"]  # forms that locate this heading in the text
//! see_also = ["Moscow"]
//!
//! [[entry]]
//! heading = "St Petersburg"
//! see = ["Petrograd"]          # a pure cross-reference: no locators
//!
//! [[entry.sub]]                # subentries of the entry above them
//! heading = "Second Congress"
//! aliases = ["Second Congress of Soviets"]
//!
//! [[entry]]
//! heading = "History of the Russian Revolution, The"
//! work = true                  # a title: set in italics (proposals set so in the text are)
//! ```

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::propose::Proposal;
use crate::config::line_col;
use crate::error::{Error, Result};

/// Collation style (Chicago Manual of Style 16.58-61).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SortMode {
    /// "New York" before "Newark": a space sorts before any letter.
    #[default]
    WordByWord,
    /// "Newark" before "New York": spaces and hyphens are ignored up to the first comma.
    LetterByLetter,
}

/// `index.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexConfig {
    pub title: Option<String>,
    #[serde(default)]
    pub sort: SortMode,
    /// Proposed headings or forms the editor rejects.
    #[serde(default)]
    pub remove: Vec<String>,
    #[serde(default)]
    pub entry: Vec<EntryConfig>,
}

/// One `[[entry]]` (or `[[entry.sub]]`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryConfig {
    pub heading: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub sort_key: Option<String>,
    #[serde(default)]
    pub see: Vec<String>,
    #[serde(default)]
    pub see_also: Vec<String>,
    #[serde(default)]
    pub sub: Vec<EntryConfig>,
    /// The heading is the title of a work, set in italics.
    #[serde(default)]
    pub work: bool,
}

/// A heading to locate in the text, with what the editor set for it.
#[derive(Debug, Clone, Default)]
pub struct Term {
    pub heading: String,
    /// Forms to look for in the text.
    pub forms: Vec<String>,
    pub sort_key: Option<String>,
    pub see: Vec<String>,
    pub see_also: Vec<String>,
    pub subs: Vec<Term>,
    /// The title of a work, set in italics.
    pub work: bool,
}

impl IndexConfig {
    /// Reads `dir/index.toml`, or the default (no editor control) when absent.
    pub fn load(dir: &Path) -> Result<IndexConfig> {
        let path = dir.join("index.toml");
        let Some(text) = crate::input::read_optional_text(dir, &path)? else {
            return Ok(IndexConfig::default());
        };
        let config: IndexConfig = toml::from_str(&text).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((1, 1));
            Error::at(&path, line, col, e.message().to_string(), "fix the TOML or the key named here (see the `index.toml` example in src/apparatus/index/curate.rs)")
        })?;
        config.check(&path)?;
        Ok(config)
    }

    /// Every entry needs a heading.
    fn check(&self, path: &Path) -> Result<()> {
        if self.entry.iter().any(|e| e.heading.trim().is_empty()) {
            return Err(Error::plain(
                path,
                "an [[entry]] has an empty heading",
                "give every entry a `heading`",
            ));
        }
        Ok(())
    }
}

/// The outcome of curation: the terms to locate and the proposals the editor rejected.
pub struct Curated {
    pub terms: Vec<Term>,
    pub rejected: Vec<String>,
}

/// Applies the editor's entries and removals to the proposals.
pub fn curate(proposals: Vec<Proposal>, config: &IndexConfig) -> Curated {
    let removed: std::collections::HashSet<String> =
        config.remove.iter().map(|s| fold(s)).collect();
    let mut terms: Vec<Term> = config.entry.iter().map(term_of).collect();
    // Which editor entry (or subentry) owns each form: its heading and aliases
    // (see-entries own only their heading, so the proposal vanishes behind the reference).
    let mut owner: HashMap<String, (usize, Option<usize>)> = HashMap::new();
    for (n, e) in config.entry.iter().enumerate() {
        let subs = e.sub.iter().enumerate().map(|(s, sub)| (Some(s), sub));
        for (s, e) in std::iter::once((None, e)).chain(subs) {
            let forms = if e.see.is_empty() {
                e.aliases.iter().chain([&e.heading]).collect::<Vec<_>>()
            } else {
                vec![&e.heading]
            };
            for f in forms {
                owner.entry(fold(f)).or_insert((n, s));
            }
        }
    }
    let mut rejected = Vec::new();
    // The terms taken from proposals, by their folded heading.
    let mut proposed: HashMap<String, usize> = HashMap::new();
    for p in proposals {
        let claimed = std::iter::once(&p.heading)
            .chain(&p.forms)
            .find_map(|f| owner.get(&fold(f)).copied());
        if let Some((n, s)) = claimed {
            let term = match s {
                Some(s) => &mut terms[n].subs[s],
                None => &mut terms[n],
            };
            term.work |= p.work;
            if term.see.is_empty() {
                add_forms(term, p.forms);
            }
        } else if std::iter::once(&p.heading)
            .chain(&p.forms)
            .any(|f| removed.contains(&fold(f)))
        {
            rejected.push(p.heading);
        } else if let Some(&n) = proposed.get(&fold(&p.heading)) {
            // "Irishman, The" in italics and "Irishman" in roman: one work, headed as a title;
            // "The Associated Press" and "Associated Press": one name, headed without its
            // article, as an index sorts it.
            let term = &mut terms[n];
            let article = |h: &str| h.split_once(' ').is_some_and(|(a, _)| super::titles::ARTICLES.contains(&a));
            if (p.work && !term.work) || (p.work == term.work && article(&term.heading) && !article(&p.heading)) {
                term.heading = p.heading;
            }
            term.work |= p.work;
            add_forms(term, p.forms);
        } else {
            proposed.insert(fold(&p.heading), terms.len());
            terms.push(Term {
                heading: p.heading,
                forms: p.forms,
                work: p.work,
                ..Term::default()
            });
        }
    }
    Curated { terms, rejected }
}

/// Adds the forms a term lacks, as the text writes them ("The History of Tarn" is looked for,
/// not only the inverted heading).
fn add_forms(term: &mut Term, forms: Vec<String>) {
    for f in forms {
        if !term.forms.iter().any(|g| g.to_lowercase() == f.to_lowercase()) {
            term.forms.push(f);
        }
    }
}

/// A form as entries and proposals are matched: in lowercase, a title's article in front or
/// after it left out ("The History of the Russian Revolution" is the editor's "History of the
/// Russian Revolution, The").
fn fold(form: &str) -> String {
    let lower = form.to_lowercase();
    let front = ["the ", "a ", "an "].iter().find_map(|a| lower.strip_prefix(a));
    let back = [", the", ", a", ", an"].iter().find_map(|a| lower.strip_suffix(a));
    front.or(back).unwrap_or(&lower).to_string()
}

/// An editor entry as a term: its heading and aliases are its forms, unless it only refers.
fn term_of(e: &EntryConfig) -> Term {
    let forms = if e.see.is_empty() {
        std::iter::once(&e.heading)
            .chain(&e.aliases)
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    Term {
        heading: e.heading.clone(),
        forms,
        sort_key: e.sort_key.clone(),
        see: e.see.clone(),
        see_also: e.see_also.clone(),
        subs: e.sub.iter().map(term_of).collect(),
        work: e.work,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_with_its_article_in_front_is_the_editors_inverted_title() {
        let config = IndexConfig {
            entry: vec![EntryConfig { heading: "History of Tarn, The".into(), work: true, ..EntryConfig::default() }],
            ..IndexConfig::default()
        };
        let proposal = Proposal { heading: "The History of Tarn".into(), forms: vec!["The History of Tarn".into()], count: 2, work: false };
        let curated = curate(vec![proposal], &config);
        assert_eq!(curated.terms.len(), 1, "{:?}", curated.terms);
        assert!(curated.terms[0].forms.iter().any(|f| f == "The History of Tarn"));
    }

    #[test]
    fn two_proposals_of_one_title_with_and_without_its_article_are_one_work() {
        let p = |heading: &str, work: bool| Proposal { heading: heading.into(), forms: vec![heading.into()], count: 1, work };
        let curated = curate(vec![p("Tarnman", false), p("Tarnman, The", true)], &IndexConfig::default());
        assert_eq!(curated.terms.len(), 1, "{:?}", curated.terms);
        assert_eq!(curated.terms[0].heading, "Tarnman, The");
        assert!(curated.terms[0].work);
    }
}
