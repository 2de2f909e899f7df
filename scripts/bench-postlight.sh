#!/bin/sh
# Scores the HTML cleaner's metadata on a fifth benchmark: the ~160 saved pages (2016-2022,
# news and magazines in English, Japanese, German, French) of the Postlight (Mercury) parser's
# test fixtures, https://github.com/postlight/parser (fixtures/*.html). Each page's test,
# src/extractors/custom/<site>/index.test.js, states the title, author and publication day
# the parser must find: the headline as the page shows it, the byline's name (the first of
# several is scored), the day in the test machine's time zone (so a day either side of
# the page's own is common).
# Usage: scripts/bench-postlight.sh CHECKOUT [--per-page]
# Prints title/author/date accuracy (../shared/bench-clean/score_meta.py).
set -eu
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
checkout="$1"; shift
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/html" "$work/out"
python3 - "$checkout" "$work" <<'PY'
import glob, json, os, re, shutil, sys
checkout, work = sys.argv[1:]
quoted = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""
def unquote(m):
    return re.sub(r"\\(.)", r"\1", next(g for g in m.groups()[-3:] if g is not None))
meta = {}
for test in sorted(glob.glob(os.path.join(checkout, "src/extractors/custom/*/index.test.js"))):
    text = open(test, encoding="utf-8").read()
    # One test file may check several fixtures: each readFileSync opens its part.
    parts = re.split(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+\.html)['\"]", text)
    for name, part in zip(parts[1::2], parts[2::2]):
        page = os.path.join(checkout, "fixtures", name)
        if not os.path.exists(page):
            continue
        def expected(field):
            m = re.search(r"assert\.equal\(\s*" + field + r"\s*,\s*" + quoted, part)
            return unquote(m) if m else None
        author = expected("author")
        date = expected("new_date_published") or expected("date_published")
        key = name[:-len(".html")]
        meta[key] = {
            "title": expected("title"),
            "author": re.split(r",\s*|\s+and\s+|\s*&\s*", author.strip())[0] if author else None,
            "date": date[:10] if date else None,
        }
        shutil.copy(page, os.path.join(work, "html", name))
json.dump(meta, open(os.path.join(work, "meta.json"), "w"))
PY
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
"$here/target/release/anthology" clean "$work/html" --out "$work/out" > /dev/null
echo "== postlight parser fixtures: $(ls "$work/html" | wc -l) pages"
python3 "$here/../shared/bench-clean/score_meta.py" "$work/out" --meta "$work/meta.json" "$@" | tail -n 4
