#!/bin/sh
# Scores the cleaner on the real-world benchmark (../shared/bench-clean, see its README):
# cleans every page to Markdown, then prints the scorer's figures (last body line `F1 0.xyz`)
# and the title/author/date accuracy of the front matter (`META title ... author ... date ...`).
# Works on ../shared/bench-readability too (its meta.json is passed to the metadata scorer).
# Usage: scripts/bench-clean.sh [BENCH_DIR] [--per-page]
set -eu
bench="${1:-$(dirname "$0")/../../shared/bench-clean}"
[ $# -gt 0 ] && shift
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --quiet
./target/debug/anthology clean "$bench/pages" --out "$out" > /dev/null
# bench-readability has no scorers of its own: bench-clean's score it.
scorers="$(dirname "$0")/../../shared/bench-clean"
python3 "$scorers/score.py" "$bench/gold" "$out" "$@" | tail -n 4
python3 "$scorers/score_meta.py" "$out" --meta "$bench/meta.json" | tail -n 1
