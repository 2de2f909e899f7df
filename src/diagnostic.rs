//! Diagnostics: what `check` and `build` found, where, and how to show it.
//!
//! Takes findings of any stage (a [`Rule`], a file, a line and column, a message) and
//! returns them rendered for a person (`path:line:col: severity[rule]: message`, then the
//! offending line with a caret under the column, drawn by `annotate-snippets`) or as JSON.
//! This is the only module that imports `annotate-snippets`.

use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::error::Error;

/// How bad a finding is: errors stop a build, warnings do not (unless `--strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The stable rule IDs of `anthology check`, documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A file of the book folder cannot be read as it is (book.toml syntax, bad front matter...).
    InputError,
    /// A source named in book.toml does not exist.
    SourceMissing,
    /// A source is a folder, a FIFO or a device, not a file.
    SourceNotFile,
    /// The same source is listed twice.
    SourceDuplicate,
    /// A source holds no text.
    SourceEmpty,
    /// A source holds binary data, not text.
    SourceBinary,
    /// A cleaning report (or the clean state file) is listed as an article.
    SourceIsReport,
    /// An article has no title, author or date.
    MetaMissing,
    /// Quotation marks that open and never close (or the reverse) in a paragraph.
    UnbalancedQuotes,
    /// Brackets that open and never close (or the reverse) in a paragraph.
    UnbalancedBrackets,
    /// A straight quote the typographer could not decide (a space on both sides).
    StraightQuote,
    /// A double hyphen left in the text (inside a word or URL-like run).
    DoubleHyphen,
    /// A phrase of site chrome ("Share this article") left in an article.
    ChromePhrase,
    /// A suspect typo ("called/ for", "during1917").
    SuspectTypo,
    /// The cleaner removed more than a fifth of an article's prose-like lines.
    ProseLost,
    /// A saved page shows no article text, or only a teaser (a paywall, a page written by
    /// script).
    TextMissing,
    /// A source line was repaired or left out (the introduction has no cleaning report).
    SourceRepaired,
    /// The book has no book.toml, so its title is its folder's name.
    TitleFromFolder,
    /// The cover image is under the printers' resolution at its print size.
    CoverResolution,
    /// A print-on-demand package fails its preflight.
    PreflightFailed,
    /// A character no font of the print edition has: it prints as a box.
    GlyphMissing,
    /// A character EB Garamond lacks, set in the fallback face.
    GlyphFallback,
    /// A timeline suggestion that does not reach the book.
    TimelineSuggestion,
    /// An index suggestion that does not reach the book.
    IndexSuggestion,
    /// A Markdown list or table the renderers cannot yet set (it is flattened).
    UnsupportedMarkdown,
    /// A `[clean]` keep/drop rule that no longer applies because the article is hand-edited.
    CleanRuleIgnored,
}

impl Rule {
    /// The rule's ID as printed (`source-missing`).
    pub fn id(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// One finding, located in a file (line 0 when it concerns the whole file).
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub rule: Rule,
    pub message: String,
    /// What to do about it, when there is something to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A warning at a line and column of `path`.
    pub fn warning(rule: Rule, path: &Path, line: usize, column: usize, message: String) -> Diagnostic {
        Diagnostic { path: path.to_path_buf(), line, column, severity: Severity::Warning, rule, message, hint: None }
    }

    /// The same finding as an error.
    pub fn error(mut self) -> Diagnostic {
        self.severity = Severity::Error;
        self
    }

    /// The same finding with advice.
    pub fn hint(mut self, hint: &str) -> Diagnostic {
        self.hint = Some(hint.to_string());
        self
    }

    /// A library error as a diagnostic (for `check`, which reports rather than stops).
    pub fn from_error(err: &Error) -> Diagnostic {
        let (path, line, column, message, hint) = match err {
            Error::Input { path, line, col, message, hint } => {
                (path.clone(), *line, *col, message.clone(), Some(hint.clone()))
            }
            Error::Io { path, .. } => (path.clone(), 0, 0, strip_location(&err.to_string(), path), None),
            Error::Render { stage, message } => (PathBuf::from(*stage), 0, 0, message.clone(), None),
            Error::Env { name, message, hint } => (PathBuf::from(name), 0, 0, message.clone(), Some(hint.clone())),
        };
        Diagnostic { path, line, column, severity: Severity::Error, rule: Rule::InputError, message, hint }
    }

    /// `path:line:col: severity[rule]: message` (the location shortened to `path` for a
    /// whole-file finding).
    pub fn headline(&self) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{}: {severity}[{}]: {}", self.location(), self.rule.id(), self.message)
    }

    fn location(&self) -> String {
        if self.line == 0 {
            self.path.display().to_string()
        } else {
            format!("{}:{}:{}", self.path.display(), self.line, self.column)
        }
    }

    /// The headline, then the offending line with a caret under the column and the hint.
    pub fn render(&self) -> String {
        let mut out = self.headline();
        out.push('\n');
        out.push_str(&snippet(&self.path, self.line, self.column, self.severity, self.hint.as_deref()));
        out
    }
}

/// An `Error::Input`'s headline without its own `path: error:` prefix.
fn strip_location(text: &str, path: &Path) -> String {
    let prefix = format!("{}: error: ", path.display());
    text.strip_prefix(&prefix).unwrap_or(text).to_string()
}

/// The line `line` of `path` with a caret under `column`, and the hint; empty when the
/// file or line cannot be read.
pub fn snippet(path: &Path, line: usize, column: usize, severity: Severity, hint: Option<&str>) -> String {
    // Only an ordinary file is opened (a FIFO named in an error must not hang the report).
    let readable = line > 0 && std::fs::metadata(path).is_ok_and(|m| m.is_file());
    let text = readable.then(|| std::fs::read(path).ok()).flatten().map(|b| crate::source::decode(&b).text);
    let Some(source_line) = text.as_deref().and_then(|t| t.lines().nth(line - 1)) else {
        return hint.map(|h| format!("  = help: {h}\n")).unwrap_or_default();
    };
    let start = source_line.char_indices().nth(column.saturating_sub(1)).map(|(i, _)| i).unwrap_or(source_line.len());
    let end = source_line[start..].chars().next().map(|c| start + c.len_utf8()).unwrap_or(start);
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut group = Group::with_level(level.clone()).element(
        Snippet::source(source_line)
            .line_start(line)
            .annotation(AnnotationKind::Primary.span(start..end)),
    );
    if let Some(hint) = hint {
        group = group.element(Level::HELP.message(hint));
    }
    let mut out = Renderer::plain().render(&[group]);
    out.push('\n');
    out
}

/// A library error for the terminal: its headline, the offending line with a caret, the hint.
pub fn render_error(err: &Error) -> String {
    match err {
        Error::Input { path, line, col, message, hint } if *line > 0 => {
            let mut out = format!("{}:{line}:{col}: error: {message}\n", path.display());
            out.push_str(&snippet(path, *line, *col, Severity::Error, Some(hint)));
            out
        }
        _ => format!("{err}\n"),
    }
}

/// Counts of errors and warnings, for the summary line.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    (errors, diagnostics.len() - errors)
}

/// `N warnings; run with --verbose or anthology check for details` (and errors, if any).
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let (errors, warnings) = counts(diagnostics);
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(plural(errors, "error"));
    }
    parts.push(plural(warnings, "warning"));
    format!("{}; run with --verbose or anthology check for details", parts.join(", "))
}
