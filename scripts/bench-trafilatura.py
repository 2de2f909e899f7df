#!/usr/bin/env python3
"""Scores the HTML cleaner on trafilatura's evaluation set: a third benchmark, of ~950
saved pages in many languages and site styles, none of which the cleaner was tuned on.

Usage: scripts/bench-trafilatura.py TRAFILATURA_CHECKOUT [--bin PATH] [--per-page]
       [--only en|de|...] [--half even|odd] [--keep DIR]

TRAFILATURA_CHECKOUT is a clone of https://github.com/adbar/trafilatura (Apache-2.0); its
tests/evaldata.json lists, per page, snippets the article text must contain ("with") and
must not ("without"), and for most pages the title, author and date a person read off it.
Body: trafilatura's own measure (a "with" snippet found is a true positive, missed a false
negative; a "without" snippet found is a false positive), as precision, recall and F1 over
all snippets. Metadata: accuracy where the gold has the field, compared as
../shared/bench-clean/score_meta.py does (titles 0.9 similar or one containing 60% of the
other, authors by family name, dates by day). `--only` keeps pages whose `region` is given.
`--half even` keeps the pages whose id (p0000, p0001, ... numbered over the whole set, so
an id never changes) is even, the half rules may be tuned on; `--half odd` the held-out half,
which is only measured.
"""
import difflib, json, os, re, shutil, subprocess, sys, tempfile, tomllib, unicodedata

args = sys.argv[1:]
if not args or args[0].startswith("-"):
    sys.exit(__doc__)
checkout = args[0]
opt = lambda name, default=None: args[args.index(name) + 1] if name in args else default
here = os.path.dirname(os.path.abspath(__file__))
binary = opt("--bin", os.path.join(here, "..", "target", "release", "anthology"))
per_page = "--per-page" in args
only = opt("--only")
half = opt("--half")
if half not in (None, "even", "odd"):
    sys.exit("--half takes even or odd")

evaldata = json.load(open(os.path.join(checkout, "tests", "evaldata.json"), encoding="utf-8"))


def page_path(name):
    for folder in ("eval", "cache"):
        path = os.path.join(checkout, "tests", folder, name)
        if os.path.isfile(path):
            return path
    return None


pages = []  # (id, gold)
for url, gold in sorted(evaldata.items()):
    path = page_path(gold["file"])
    if path and (only is None or (gold.get("region") or "").lower() == only.lower()):
        pages.append((f"p{len(pages):04d}", gold, path))
if half:
    pages = [p for p in pages if int(p[0][1:]) % 2 == (half == "odd")]

work = opt("--keep") or tempfile.mkdtemp()
src, out = os.path.join(work, "pages"), os.path.join(work, "out")
shutil.rmtree(src, ignore_errors=True)
shutil.rmtree(out, ignore_errors=True)
os.makedirs(src)
for pid, _, path in pages:
    shutil.copyfile(path, os.path.join(src, pid + ".html"))
subprocess.run([binary, "clean", src, "--out", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = s.translate(str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                                   "»": '"', "–": "-", "—": "-", "\u00ad": None}))
    return re.sub(r"\s+", " ", s).strip()


def markdown_text(md):
    """The words of an article's Markdown: front matter, link destinations and marks dropped."""
    md = re.sub(r"\A\+\+\+\n.*?\n\+\+\+\n", "", md, flags=re.S)
    md = re.sub(r"\]\(<[^>]*>\)|\]\((?:[^()\s]|\([^()]*\))*\)", "]", md)
    # (A numbered item keeps its number: a page that numbers by hand shows it.)
    md = re.sub(r"(?m)^\s{0,3}(#+|>|[-*+])\s+", "", md)
    md = re.sub(r"[*_`\[\]\\]", "", md)
    return norm(md)


def front(md):
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+", md, re.S)
    try:
        return tomllib.loads(m.group(1)) if m else {}
    except tomllib.TOMLDecodeError:
        return {}


def word_norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'-]", " ", norm(s))).strip()


def title_ok(a, b):
    a, b = word_norm(a), word_norm(b)
    if not a or not b:
        return False
    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.9:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def author_ok(a, b):
    family = lambda s: (word_norm(re.split(r";|,| and ", s)[0]).split() or [""])[-1]
    return bool(a) and family(a) == family(b)


def date_ok(a, b):
    return bool(a) and str(a)[:10] == b[:10]


tp = fn = fp = tn = 0
right = {"title": 0, "author": 0, "date": 0}
total = dict(right)
for pid, gold, path in pages:
    try:
        md = open(os.path.join(out, pid + ".md"), encoding="utf-8").read()
    except OSError:
        md = ""
    text, fm = markdown_text(md), front(md)
    missed = [s for s in gold["with"] if norm(s) not in text]
    kept = [s for s in gold["without"] if norm(s) in text]
    tp += len(gold["with"]) - len(missed)
    fn += len(missed)
    fp += len(kept)
    tn += len(gold["without"]) - len(kept)
    row = []
    for field, ok in (("title", title_ok), ("author", author_ok), ("date", date_ok)):
        expected = gold.get(field)
        expected = "; ".join(expected) if isinstance(expected, list) else expected
        if not expected:
            continue
        total[field] += 1
        got = fm.get(field)
        got = "" if got is None else str(got)
        good = ok(got, expected)
        right[field] += good
        if not good:
            row.append(f"{field}: {got[:50]!r} vs {expected[:50]!r}")
    if per_page and (missed or kept or row):
        print(f"{pid} {gold['file'][:40]}", *(f"missed {s[:50]!r}" for s in missed), *(f"kept {s[:50]!r}" for s in kept), *row, sep="\n    ")

precision = tp / (tp + fp) if tp + fp else 0
recall = tp / (tp + fn) if tp + fn else 0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
print(f"pages {len(pages)}  snippets with {tp + fn}, without {fp + tn}")
print(f"precision {precision:.3f}  recall {recall:.3f}  accuracy {(tp + tn) / (tp + fn + fp + tn):.3f}")
print(f"F1 {f1:.3f}")
acc = {f: right[f] / total[f] if total[f] else 0 for f in right}
print("  ".join(f"{f}: {right[f]}/{total[f]}" for f in right))
print(f"META title {acc['title']:.3f} author {acc['author']:.3f} date {acc['date']:.3f}")
if not opt("--keep"):
    shutil.rmtree(work)
