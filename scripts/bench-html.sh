#!/bin/sh
# Scores the HTML reader on the saved pages of both benchmarks (../shared/bench-clean/html and
# ../shared/bench-readability/html, see their READMEs): cleans every page to Markdown, then
# prints body precision/recall/F1 (score.py), also on the text alone (link destinations
# dropped), and title/author/date accuracy (score_meta.py).
# Usage: scripts/bench-html.sh [SHARED_DIR] [--per-page]
set -eu
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
[ $# -gt 0 ] && shift
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
. "$here/scripts/lib/score-body.sh"
for bench in bench-clean bench-readability; do
  dir="$shared/$bench"
  mkdir -p "$out/$bench"
  "$here/target/release/anthology" clean "$dir/html" --out "$out/$bench" > /dev/null
  echo "== $bench: $(ls "$dir/html" | wc -l) pages"
  score_body "$shared/bench-clean/score.py" "$dir/gold" "$out/$bench" "$@"
  python3 "$shared/bench-clean/score_meta.py" "$out/$bench" --meta "$dir/meta.json" "$@" | tail -n 4
done
