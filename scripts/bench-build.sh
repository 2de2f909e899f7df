#!/bin/sh
# Times `anthology build` (release) on books of 5, 25 and 125 articles made by repeating the
# default sources, to check that a build stays linear in the size of the book.
# Usage: scripts/bench-build.sh
set -eu
cd "$(dirname "$0")/.."
. scripts/lib/repeat-book.sh
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for copies in 1 5 25; do
  book="$work/book-$copies"
  repeat_book "$book" "$copies" "Benchmark $copies"
  start=$(date +%s.%N)
  ./target/release/anthology build "$book" --out "$work/out-$copies" --quiet
  end=$(date +%s.%N)
  pages=$(pdfinfo "$work/out-$copies"/*.pdf | awk '/^Pages:/ {print $2}')
  printf '%4d articles  %5d pages  %6.2f s\n' "$((copies * 5))" "$pages" "$(echo "$end - $start" | bc)"
done
