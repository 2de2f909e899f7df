#!/bin/sh
# Scores the cleaner on the real-world benchmark (../shared/bench-clean, see its README):
# cleans every page to Markdown, then prints the scorer's figures; the last line is `F1 0.xyz`.
# Usage: scripts/bench-clean.sh [BENCH_DIR] [--per-page]
set -eu
bench="${1:-$(dirname "$0")/../../shared/bench-clean}"
[ $# -gt 0 ] && shift
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --quiet
./target/debug/anthology clean "$bench/pages" --out "$out" > /dev/null
python3 "$bench/score.py" "$bench/gold" "$out" "$@" | tail -n 4
