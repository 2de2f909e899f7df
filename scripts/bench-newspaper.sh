#!/bin/sh
# Scores the HTML reader's body on newspaper3k's saved pages of 2013-2014: a fourth body
# benchmark of ~110 English news and magazine pages from sites none of the others has.
# Its gold is newspaper3k's own extraction, kept as that library's regression data, not a
# person's reading: it misses a gallery's items and some last paragraphs, so a precision
# under 1 is partly the gold's. Pages whose gold has under 500 bytes (a note, or nothing)
# and gold files without their page are left out.
# Usage: scripts/bench-newspaper.sh NEWSPAPER_CHECKOUT [--per-page]
#   NEWSPAPER_CHECKOUT holds tests/data/html and tests/data/text of
#   https://github.com/codelucas/newspaper (MIT).
set -eu
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:?usage: scripts/bench-newspaper.sh NEWSPAPER_CHECKOUT [--per-page]}/tests/data"
shift
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
. "$here/scripts/lib/score-body.sh"
mkdir -p "$out/gold" "$out/pages"
for gold in "$data"/text/*.txt; do
  name="$(basename "$gold" .txt)"
  if [ -f "$data/html/$name.html" ] && [ "$(wc -c < "$gold")" -ge 500 ]; then
    cp "$gold" "$out/gold/"
    cp "$data/html/$name.html" "$out/pages/"
  fi
done
"$here/target/release/anthology" clean "$out/pages" --out "$out/clean" > /dev/null
echo "== newspaper3k: $(ls "$out/pages" | wc -l) pages"
score_body "$here/../shared/bench-clean/score.py" "$out/gold" "$out/clean" "$@"
