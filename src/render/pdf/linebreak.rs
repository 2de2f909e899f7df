//! Knuth–Plass total-fit line breaking: boxes, glue and penalties in, breakpoints out.
//!
//! Knuth & Plass, "Breaking Paragraphs into Lines" (1981). The paragraph is a list of
//! [`Item`]s; a line may end at a glue preceded by a box or at a penalty below
//! [`INFINITY`]. Among all feasible sets of breaks we choose the one with the least
//! total demerits. Deviations from the paper, each for a stated reason:
//! - no more than [`MAX_HYPHENS_IN_A_ROW`] consecutive hyphenated lines: the house rule
//!   is absolute, so such breaks are infeasible rather than merely expensive;
//! - an emergency pass with unbounded tolerance runs when the first pass finds nothing,
//!   so no line is ever overfull (the caller guarantees no box is wider than the measure);
//! - boxes may stretch and shrink too, by a share `expansion` of their width (glyph
//!   expansion, as pdfTeX's): it counts in a line's stretch and shrink, so the breaker
//!   weighs it, up to that share and no further (see [`set_line`]);
//! - a line may be wider than the measure by what its edge marks hang into the margins
//!   (margin kerning, as microtype's protrusion), known to the breaker through `hang`.

/// A penalty this large forbids a break; its negative forces one.
pub const INFINITY: f32 = 10000.0;
/// The most adjustment ratio a line may have in the first pass (TeX's tolerance 800):
/// loose enough that a paragraph rarely needs a hyphen to be set, the demerits keep most
/// lines far tighter.
const TOLERANCE: f32 = 2.0;
/// Added to every line's badness before squaring (TeX's \linepenalty).
const LINE_PENALTY: f32 = 10.0;
/// Two flagged (hyphenated) breaks in a row (TeX's \doublehyphendemerits).
const DOUBLE_HYPHEN_DEMERITS: f32 = 10000.0;
/// A hyphen on the paragraph's penultimate line (TeX's \finalhyphendemerits).
const FINAL_HYPHEN_DEMERITS: f32 = 5000.0;
/// Adjacent lines of very different tightness (TeX's \adjdemerits).
const FITNESS_DEMERITS: f32 = 3000.0;
/// The house limit on hyphenated line ends in a row.
pub const MAX_HYPHENS_IN_A_ROW: u8 = 2;

/// One element of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// Unbreakable material of a fixed width.
    Box { width: f32 },
    /// Space that can stretch and shrink; a possible break when it follows a box.
    Glue {
        width: f32,
        stretch: f32,
        shrink: f32,
    },
    /// A possible break costing `cost`; `width` is typeset only if the line breaks here
    /// (a hyphen). `flagged` marks hyphen breaks.
    Penalty {
        width: f32,
        cost: f32,
        flagged: bool,
    },
}

/// A chosen break: the line ends at item `pos` with this adjustment ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Break {
    pub pos: usize,
    pub ratio: f32,
    /// The line ends with an inserted hyphen.
    pub flagged: bool,
}

#[derive(Clone, Copy)]
struct Node {
    pos: usize,
    /// First item of the line that starts after this break.
    start: usize,
    fitness: u8,
    hyphens: u8,
    flagged: bool,
    demerits: f32,
    ratio: f32,
    prev: Option<usize>,
}

/// Running sums of width, stretch and shrink up to each item.
struct Sums {
    width: Vec<f32>,
    stretch: Vec<f32>,
    shrink: Vec<f32>,
    /// The share of a box's width it may stretch or shrink by.
    expansion: f32,
}

impl Sums {
    fn new(items: &[Item], expansion: f32) -> Sums {
        let n = items.len() + 1;
        let (mut width, mut stretch, mut shrink) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
        for (i, item) in items.iter().enumerate() {
            let (w, st, sh) = match *item {
                Item::Box { width } => (width, width * expansion, width * expansion),
                Item::Glue {
                    width,
                    stretch,
                    shrink,
                } => (width, stretch, shrink),
                Item::Penalty { .. } => (0.0, 0.0, 0.0),
            };
            width[i + 1] = width[i] + w;
            stretch[i + 1] = stretch[i] + st;
            shrink[i + 1] = shrink[i] + sh;
        }
        Sums {
            width,
            stretch,
            shrink,
            expansion,
        }
    }
}

/// Ends a paragraph as TeX's `\parfillskip` does: glue that fills the last line, so it is
/// set flush left, then a forced break. A penalty forbids breaking at that glue: a word too
/// wide for the measure would otherwise be followed by an empty line.
pub fn finish_paragraph(items: &mut Vec<Item>) {
    items.push(Item::Penalty { width: 0.0, cost: INFINITY, flagged: false });
    items.push(Item::Glue { width: 0.0, stretch: INFINITY, shrink: 0.0 });
    items.push(Item::Penalty { width: 0.0, cost: -INFINITY, flagged: false });
}

/// How far the line starting at item `start` and ending at the break at `pos` may stand
/// in the margins, in points, both sides together.
pub type Hang<'a> = &'a dyn Fn(usize, usize) -> f32;

/// Breaks `items` into lines of `measure` points (plus each line's `hang`), boxes
/// stretching and shrinking by up to the share `expansion` of their width (0 for none).
/// The list must end with a forced break (a penalty of `-INFINITY`), normally added by
/// [`finish_paragraph`].
pub fn break_lines(items: &[Item], measure: f32, expansion: f32, hang: Hang) -> Vec<Break> {
    let sums = Sums::new(items, expansion);
    run(items, measure, hang, &sums, TOLERANCE, false)
        .or_else(|| run(items, measure, hang, &sums, f32::INFINITY, true))
        .unwrap_or_else(|| greedy(items, measure, &sums))
}

/// The last resort, when no set of breaks keeps every line within the measure (a box wider
/// than a line): break at the last legal break before each line overflows, letting a line
/// that cannot fit stick out, so no text is ever dropped.
fn greedy(items: &[Item], measure: f32, sums: &Sums) -> Vec<Break> {
    let mut breaks = Vec::new();
    let (mut start, mut candidate) = (0, None);
    let push = |breaks: &mut Vec<Break>, start: &mut usize, pos: usize, flagged: bool| {
        let ratio = line_ratio(items, sums, *start, pos, measure).max(-1.0);
        breaks.push(Break { pos, ratio, flagged });
        *start = next_start(items, pos);
    };
    for pos in 0..items.len() {
        let Some((cost, flagged)) = is_legal(items, pos) else { continue };
        if line_ratio(items, sums, start, pos, measure) < -1.0 {
            if let Some((at, was_flagged)) = candidate.take() {
                push(&mut breaks, &mut start, at, was_flagged);
            }
        }
        if cost <= -INFINITY || pos + 1 == items.len() {
            push(&mut breaks, &mut start, pos, flagged);
            candidate = None;
        } else {
            candidate = Some((pos, flagged));
        }
    }
    breaks
}

/// How the line from `start` to the break at `pos` fills `measure` points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setting {
    /// The factor every box's width takes (1 + the glyph expansion).
    pub scale: f32,
    /// The adjustment ratio of the glue, boxes scaled.
    pub glue: f32,
}

/// How the line from `start` to the break at `pos` is set (in time linear in the line's
/// length): boxes take the line's adjustment ratio times `expansion`, never more than
/// `expansion` either way, and the glue makes up the rest.
pub fn set_line(items: &[Item], start: usize, pos: usize, measure: f32, expansion: f32) -> Setting {
    let line = &items[start..=pos];
    let ratio = line_ratio(line, &Sums::new(line, expansion), 0, pos - start, measure);
    let scale = 1.0 + ratio.clamp(-1.0, 1.0) * expansion;
    let scaled: Vec<Item> = line
        .iter()
        .map(|item| match *item {
            Item::Box { width } => Item::Box { width: width * scale },
            Item::Penalty { width, cost, flagged } => Item::Penalty { width: width * scale, cost, flagged },
            glue => glue,
        })
        .collect();
    let glue = line_ratio(&scaled, &Sums::new(&scaled, 0.0), 0, pos - start, measure);
    Setting { scale, glue }
}

fn line_ratio(items: &[Item], sums: &Sums, start: usize, pos: usize, measure: f32) -> f32 {
    let mut width = sums.width[pos] - sums.width[start];
    let mut extra = 0.0;
    if let Item::Penalty { width: w, .. } = items[pos] {
        width += w;
        extra = w * sums.expansion;
    }
    if width < measure {
        let stretch = sums.stretch[pos] - sums.stretch[start] + extra;
        if stretch > 0.0 {
            (measure - width) / stretch
        } else {
            INFINITY
        }
    } else if width > measure {
        let shrink = sums.shrink[pos] - sums.shrink[start] + extra;
        if shrink > 0.0 {
            (measure - width) / shrink
        } else {
            -INFINITY
        }
    } else {
        0.0
    }
}

fn fitness(ratio: f32) -> u8 {
    match ratio {
        r if r < -0.5 => 0,
        r if r <= 0.5 => 1,
        r if r <= 1.0 => 2,
        _ => 3,
    }
}

/// Where the next line starts after a break at `pos`: discardable items are dropped.
fn next_start(items: &[Item], pos: usize) -> usize {
    let mut i = pos + 1;
    while i < items.len() && !matches!(items[i], Item::Box { .. }) {
        if let Item::Penalty { cost, .. } = items[i] {
            if cost <= -INFINITY {
                break;
            }
        }
        i += 1;
    }
    i
}

fn is_legal(items: &[Item], i: usize) -> Option<(f32, bool)> {
    match items[i] {
        Item::Penalty { cost, flagged, .. } if cost < INFINITY => Some((cost, flagged)),
        Item::Glue { .. } if i > 0 && matches!(items[i - 1], Item::Box { .. }) => {
            Some((0.0, false))
        }
        _ => None,
    }
}

fn run(
    items: &[Item],
    measure: f32,
    hang: Hang,
    sums: &Sums,
    tolerance: f32,
    emergency: bool,
) -> Option<Vec<Break>> {
    let mut nodes = vec![Node {
        pos: 0,
        start: 0,
        fitness: 1,
        hyphens: 0,
        flagged: false,
        demerits: 0.0,
        ratio: 0.0,
        prev: None,
    }];
    let mut active: Vec<usize> = vec![0];
    for pos in 0..items.len() {
        let Some((cost, flagged)) = is_legal(items, pos) else {
            continue;
        };
        let forced = cost <= -INFINITY;
        // Best new node per (fitness class, hyphens-in-a-row).
        let mut best: Vec<Option<Node>> = vec![None; 4 * (MAX_HYPHENS_IN_A_ROW as usize + 2)];
        let mut keep = Vec::with_capacity(active.len());
        for &a in &active {
            let node = nodes[a];
            let r = line_ratio(items, sums, node.start, pos, measure + hang(node.start, pos));
            if r < -1.0 || forced {
                // The line only grows from here: this node is done.
            } else {
                keep.push(a);
            }
            if r < -1.0 || r > tolerance {
                continue;
            }
            let hyphens = if flagged { node.hyphens + 1 } else { 0 };
            if hyphens > MAX_HYPHENS_IN_A_ROW && !emergency {
                continue;
            }
            let d = demerits(r, cost, flagged, &node, forced)
                + node.demerits
                + if hyphens > MAX_HYPHENS_IN_A_ROW {
                    1e7
                } else {
                    0.0
                };
            let fit = fitness(r);
            let slot = fit as usize * (MAX_HYPHENS_IN_A_ROW as usize + 2)
                + hyphens.min(MAX_HYPHENS_IN_A_ROW + 1) as usize;
            if best[slot].is_none_or(|b| d < b.demerits) {
                best[slot] = Some(Node {
                    pos,
                    start: next_start(items, pos),
                    fitness: fit,
                    hyphens,
                    flagged,
                    demerits: d,
                    ratio: r,
                    prev: Some(a),
                });
            }
        }
        active = keep;
        for node in best.into_iter().flatten() {
            nodes.push(node);
            active.push(nodes.len() - 1);
        }
        if active.is_empty() {
            return None;
        }
    }
    let last = items.len().checked_sub(1)?;
    let end = active
        .iter()
        .copied()
        .filter(|&a| nodes[a].pos == last)
        .min_by(|&a, &b| nodes[a].demerits.total_cmp(&nodes[b].demerits))?;
    let mut breaks = Vec::new();
    let mut cur = Some(end);
    while let Some(i) = cur {
        let n = nodes[i];
        if n.prev.is_some() {
            breaks.push(Break {
                pos: n.pos,
                ratio: n.ratio,
                flagged: n.flagged,
            });
        }
        cur = n.prev;
    }
    breaks.reverse();
    Some(breaks)
}

/// The paper's demerits formula, plus the flagged, final-hyphen and fitness terms.
fn demerits(r: f32, cost: f32, flagged: bool, prev: &Node, forced: bool) -> f32 {
    let badness = 100.0 * r.abs().powi(3);
    let base = (LINE_PENALTY + badness).powi(2);
    let mut d = if cost >= 0.0 {
        base + cost * cost
    } else if cost > -INFINITY {
        base - cost * cost
    } else {
        base
    };
    if flagged && prev.flagged {
        d += DOUBLE_HYPHEN_DEMERITS;
    }
    if forced && prev.flagged {
        d += FINAL_HYPHEN_DEMERITS;
    }
    if fitness(r).abs_diff(prev.fitness) > 1 {
        d += FITNESS_DEMERITS;
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words of the given widths separated by spaces, each word hyphenable in the middle.
    fn paragraph(words: &[f32], hyphenable: bool) -> Vec<Item> {
        let mut items = Vec::new();
        for (i, &w) in words.iter().enumerate() {
            if i > 0 {
                items.push(Item::Glue {
                    width: 3.0,
                    stretch: 1.5,
                    shrink: 1.0,
                });
            }
            if hyphenable {
                items.push(Item::Box { width: w / 2.0 });
                items.push(Item::Penalty {
                    width: 3.0,
                    cost: 50.0,
                    flagged: true,
                });
                items.push(Item::Box { width: w / 2.0 });
            } else {
                items.push(Item::Box { width: w });
            }
        }
        finish_paragraph(&mut items);
        items
    }

    fn widths(items: &[Item], breaks: &[Break]) -> Vec<f32> {
        let mut start = 0;
        let mut out = Vec::new();
        for b in breaks {
            let r = set_line(items, start, b.pos, 100.0, 0.0).glue;
            assert!(r >= -1.0, "overfull line: ratio {r}");
            out.push(r);
            start = next_start(items, b.pos);
        }
        out
    }

    #[test]
    fn a_box_wider_than_the_measure_is_set_not_dropped() {
        let mut items = vec![Item::Box { width: 11.0 }, Item::Box { width: 299.0 }];
        finish_paragraph(&mut items);
        let breaks = break_lines(&items, 300.0, 0.0, &|_, _| 0.0);
        // One overfull line: no break at the \parfillskip, no empty line after it (its start
        // would lie past its end).
        let ends: Vec<usize> = breaks.iter().map(|b| b.pos).collect();
        assert_eq!(ends, [items.len() - 1]);
    }

    #[test]
    fn no_line_is_overfull() {
        let words: Vec<f32> = (0..200).map(|i| 10.0 + (i * 7 % 23) as f32).collect();
        let items = paragraph(&words, false);
        let breaks = break_lines(&items, 100.0, 0.0, &|_, _| 0.0);
        assert!(breaks.len() > 10);
        widths(&items, &breaks);
        assert_eq!(breaks.last().unwrap().pos, items.len() - 1);
    }

    #[test]
    fn at_most_two_hyphens_in_a_row() {
        // Long words that only fit well when hyphenated.
        let words: Vec<f32> = (0..300).map(|i| 40.0 + (i * 13 % 31) as f32).collect();
        let items = paragraph(&words, true);
        let breaks = break_lines(&items, 100.0, 0.0, &|_, _| 0.0);
        widths(&items, &breaks);
        let mut run = 0;
        for b in &breaks {
            run = if b.flagged { run + 1 } else { 0 };
            assert!(run <= MAX_HYPHENS_IN_A_ROW);
        }
    }

    #[test]
    fn a_word_longer_than_the_measure_with_break_points_fits() {
        // A URL split at its slashes: boxes with zero-width break opportunities.
        let mut items = vec![
            Item::Box { width: 30.0 },
            Item::Glue {
                width: 3.0,
                stretch: 1.5,
                shrink: 1.0,
            },
        ];
        for _ in 0..12 {
            items.push(Item::Box { width: 22.0 });
            items.push(Item::Penalty {
                width: 0.0,
                cost: 100.0,
                flagged: false,
            });
        }
        finish_paragraph(&mut items);
        let breaks = break_lines(&items, 100.0, 0.0, &|_, _| 0.0);
        assert!(breaks.len() >= 3);
        widths(&items, &breaks);
    }

    #[test]
    fn last_line_is_set_at_natural_width() {
        let items = paragraph(&[20.0, 20.0, 20.0], false);
        let breaks = break_lines(&items, 100.0, 0.0, &|_, _| 0.0);
        assert_eq!(breaks.len(), 1);
        assert!(breaks[0].ratio < 0.01);
    }

    #[test]
    fn glyph_expansion_takes_part_of_the_slack_within_its_bound() {
        let words: Vec<f32> = (0..120).map(|i| 12.0 + (i * 7 % 19) as f32).collect();
        let items = paragraph(&words, false);
        let expansion = 0.02;
        let breaks = break_lines(&items, 100.0, expansion, &|_, _| 0.0);
        let mut start = 0;
        let mut expanded = 0;
        for b in &breaks[..breaks.len() - 1] {
            let set = set_line(&items, start, b.pos, 100.0, expansion);
            assert!((set.scale - 1.0).abs() <= expansion + 1e-6, "scale {}", set.scale);
            // Boxes scaled and glue set fill the measure exactly.
            let line = &items[start..b.pos];
            let width: f32 = line
                .iter()
                .map(|item| match *item {
                    Item::Box { width } => width * set.scale,
                    Item::Glue { width, stretch, shrink } => {
                        width + if set.glue >= 0.0 { set.glue * stretch } else { set.glue * shrink }
                    }
                    Item::Penalty { .. } => 0.0,
                })
                .sum();
            assert!((width - 100.0).abs() < 0.01, "line {width} wide");
            // The glue takes the same ratio as the boxes until they reach their bound.
            let unscaled = set_line(&items, start, b.pos, 100.0, 0.0).glue;
            assert!(set.glue.abs() <= unscaled.abs() + 1e-6);
            expanded += usize::from(set.scale != 1.0);
            start = next_start(&items, b.pos);
        }
        assert!(expanded > 0);
    }
}
