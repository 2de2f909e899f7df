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
