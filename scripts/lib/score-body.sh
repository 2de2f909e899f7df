# Sourced by the bench scripts: `score_body SCORE_PY GOLD CLEANED [ARGS]` prints the body's
# precision/recall/F1 (score.py, ARGS passed on), then the same scored as text only.
# score.py ignores Markdown punctuation but reads a link's destination as words of the text;
# the text-only score drops the destinations and keeps the link's words.
score_body() {
  scorer="$1" gold="$2" cleaned="$3"
  shift 3
  python3 "$scorer" "$gold" "$cleaned" "$@" | tail -n 4
  mkdir -p "$cleaned-text"
  for f in "$cleaned"/*.md; do
    perl -0pe 's/\]\(<[^>]*>\)|\]\((?:[^()\s]|\([^()]*\))*\)/]/g' "$f" > "$cleaned-text/$(basename "$f")"
  done
  echo "text only (link destinations dropped):"
  python3 "$scorer" "$gold" "$cleaned-text" | tail -n 2
}
