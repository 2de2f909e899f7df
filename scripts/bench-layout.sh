#!/bin/sh
# Layout time per page for one article of 50 KB, 500 KB and 5 MB of prose (issue 16: it must
# stay flat, every stage linear in the article's length). The article is the default sources'
# prose repeated, as Markdown, so the cleaner's choices do not vary with the size.
# Usage: scripts/bench-layout.sh [sizes in KB, default "50 500 5000"]
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prose="$work/prose.txt"
# The sample articles' paragraphs of more than 200 characters: prose, not furniture.
cat content/sources/*.txt | awk 'length($0) > 200' > "$prose"
for kb in ${*:-50 500 5000}; do
  book="$work/book-$kb"
  mkdir -p "$book"
  printf '+++\ntitle = "A Long Article"\nauthor = "A. Writer"\ndate = "2017-11-07"\n+++\n' > "$book/long.md"
  while [ "$(wc -c < "$book/long.md")" -lt $((kb * 1024)) ]; do
    awk '{print; print ""}' "$prose" >> "$book/long.md"
  done
  printf 'title = "Layout Benchmark"\n[timeline]\nenabled = false\n[index]\nmode = "off"\n[[article]]\nsource = "long.md"\n' > "$book/book.toml"
  start=$(date +%s.%N)
  ./target/release/anthology build "$book" --out "$work/out-$kb" --quiet
  end=$(date +%s.%N)
  pages=$(pdfinfo "$work/out-$kb"/*.pdf | awk '/^Pages:/ {print $2}')
  printf '%6d KB  %6d pages  %7.2f s  %6.1f ms/page\n' "$kb" "$pages" "$(echo "$end - $start" | bc)" \
    "$(echo "($end - $start) * 1000 / $pages" | bc -l)"
done
