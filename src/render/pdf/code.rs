//! Code: a preformatted block's lines set in the monospaced face at a smaller size, each
//! source line on a line of its own, its indentation kept, never justified or hyphenated.
//! A block whose longest line is wider than the measure is set smaller, down to a floor;
//! a line still too wide wraps after its last space that fits (else at the last character
//! that fits), its turnovers indented two characters further, as a terminal shows them.

use super::paragraph::{Line, Run, Typesetter};
use super::shape::Style;

const CODE_SIZE: f32 = 8.5;
/// The smallest size a wide block is set at (a plain-text document's 72 columns fit).
const MIN_CODE_SIZE: f32 = 6.5;
/// Leading as a multiple of the size.
const CODE_LEADING: f32 = 1.3;
/// Columns a tab at the start of a line stands for.
const TAB: usize = 4;
/// Extra columns of indent on a wrapped line's turnovers.
const TURNOVER: usize = 2;
/// The fewest characters a line carries, however deep its indent.
const MIN_COLUMNS: usize = 12;

/// The set lines of `text` (a block's), within `measure`, for block `id`.
pub(super) fn lines(ts: &mut Typesetter, id: &str, text: &str, measure: f32) -> Vec<Line> {
    let em = ts.width("0", Style::MONO, 1.0);
    let widest = text.lines().map(|l| l.chars().map(|c| if c == '\t' { TAB } else { 1 }).sum::<usize>()).max().unwrap_or(0);
    let size = (measure / (widest.max(1) as f32 * em)).clamp(MIN_CODE_SIZE, CODE_SIZE);
    let (advance, leading) = (em * size, size * CODE_LEADING);
    let columns = (measure / advance).floor() as usize;
    let mut out = Vec::new();
    let mut line_start = 0;
    for raw in text.split('\n') {
        let body = raw.trim_start();
        let lead = &raw[..raw.len() - body.len()];
        let indent = lead.chars().map(|c| if c == '\t' { TAB } else { 1 }).sum::<usize>();
        // Inner tabs become spaces of the same byte length: offsets into the text hold.
        let body = body.trim_end().replace('\t', " ");
        let mut chars: Vec<(usize, char)> = body.char_indices().collect();
        if chars.is_empty() {
            out.push(Line::empty(leading));
        }
        let mut first = true;
        while !chars.is_empty() {
            let at = indent + if first { 0 } else { TURNOVER };
            let mut fit = columns.saturating_sub(at).max(MIN_COLUMNS).min(chars.len());
            if fit < chars.len() {
                // After the last space in the line's second half, if there is one.
                let space = (fit / 2..fit).rev().find(|&k| chars[k].1 == ' ');
                fit = space.map_or(fit, |k| k + 1);
            }
            let rest = chars.split_off(fit);
            let from = chars[0].0;
            let to = rest.first().map_or(body.len(), |&(i, _)| i);
            let starts_word = !chars[0].1.is_whitespace() && (from == 0 || body[..from].ends_with(char::is_whitespace));
            let mut line = Line::empty(leading);
            line.word_start = starts_word.then_some(line_start + lead.len() + from);
            line.runs.push(Run {
                x: at as f32 * advance,
                rise: 0.0,
                size,
                style: Style::MONO,
                shaped: ts.shape(&body[from..to], Style::MONO, id),
                link: None,
                dest: None,
                space_before: false,
                decoration: false,
                tag: None,
            });
            out.push(line);
            chars = rest;
            first = false;
        }
        line_start += raw.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_indentation_and_wrap_past_the_measure() {
        let mut ts = Typesetter::new().unwrap();
        let set = lines(&mut ts, "c", "fn main() {\n    println!(\"hi\");\n\n}", 300.0);
        assert_eq!(set.len(), 4);
        let x = |l: &Line| l.runs.first().map(|r| r.x);
        assert!(x(&set[1]) > x(&set[0]) && x(&set[2]).is_none(), "indent kept, blank line kept");
        assert!(set.iter().flat_map(|l| &l.runs).all(|r| r.style == Style::MONO && r.size == CODE_SIZE));
        assert_eq!(set[1].runs[0].shaped.text, "println!(\"hi\");", "quotes as written");
        // Wider than the measure at the floor size: smaller, wrapped after spaces, whole.
        let long = "word ".repeat(40);
        let set = lines(&mut ts, "c", long.trim_end(), 300.0);
        assert!(set.len() > 1 && set[0].runs[0].size == MIN_CODE_SIZE);
        assert!(set[1].runs[0].x > set[0].runs[0].x, "turnovers indented");
        let joined: String = set.iter().map(|l| l.runs[0].shaped.text.clone()).collect();
        assert_eq!(joined, long.trim_end());
    }
}
