# Sourced by the bench scripts: `score_body SCORE_PY GOLD CLEANED [ARGS]` prints the body's
# precision/recall/F1 (score.py, ARGS passed on), then the same scored as text only.
# score.py ignores Markdown punctuation but reads a link's destination as words of the text;
# the text-only score drops the destinations and keeps the link's words.
score_body() {
  scorer="$1" gold="$2" cleaned="$3"
  shift 3
  python3 "$scorer" "$gold" "$cleaned" "$@" | tail -n 4
  without_link_destinations "$cleaned" "$cleaned-text"
  echo "text only (link destinations dropped):"
  python3 "$scorer" "$gold" "$cleaned-text" | tail -n 2
}

# `without_link_destinations CLEANED OUT` copies CLEANED's Markdown files into OUT with each
# link's destination dropped and its words kept.
without_link_destinations() {
  mkdir -p "$2"
  for f in "$1"/*.md; do
    perl -0pe 's/\]\(<[^>]*>\)|\]\((?:[^()\s]|\([^()]*\))*\)/]/g' "$f" > "$2/$(basename "$f")"
  done
}

# `score_prepared HERE WORK LABEL [ARGS]` builds the release binary under HERE, cleans the
# pages a bench script prepared in WORK (html/, gold/, meta.json) into WORK/out, and prints
# the body's figures on the text alone (link destinations dropped) and the front matter's.
score_prepared() {
  here="$1" work="$2" label="$3"
  shift 3
  cargo build --release --quiet --manifest-path "$here/Cargo.toml"
  "$here/target/release/anthology" clean "$work/html" --out "$work/out" > /dev/null
  echo "== $label: $(ls "$work/html" | wc -l) pages"
  without_link_destinations "$work/out" "$work/text"
  python3 "$here/../shared/bench-clean/score.py" "$work/gold" "$work/text" "$@" | tail -n 2
  python3 "$here/../shared/bench-clean/score_meta.py" "$work/out" --meta "$work/meta.json" "$@" | tail -n 4
}
