#!/usr/bin/env python3
"""Our print PDF against Typst 0.15 setting the same article text in the same face,
size, measure and page.

  compare-typst.py [--bin target/debug/anthology] [--content content] [--out target/compare-typst]

Builds the book (`anthology build`), takes every article's paragraphs from the book's JSON,
sets them with Typst (PyPI `typst`, fonts from fonts/) on a page of the geometry the JSON
records, in the body size and leading measured from our PDF, and measures both PDFs the
same way:

  gap median/p95/max  space between words on justified body lines, in em
  hyphenated          share of justified body lines ending in a break hyphen
  names broken        break hyphens inside a capitalised word
  fragments           paragraphs whose last line is only the end of a hyphenated word
  overfull            body lines whose last letter passes the right edge of the text block
  widows/orphans      a paragraph's last line alone at a page top / first line alone at a foot
  run together        extracted lines holding two words with no space between them, read
                      by pdftotext, MuPDF (mutool) and Ghostscript (txtwrite)

Body lines are recognised by the height of their word boxes (EB Garamond's box is 1.305 em
tall), so notes, quotes, captions and heads are left out. A line is justified when it reaches
the right edge of the text block (the commonest line end on its page) and a paragraph starts
with an indented line. Needs poppler-utils, mupdf-tools and ghostscript.
"""
import argparse
import json
import re
import statistics
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
BOX_EM = 1.305
# A break hyphen as extractors read it: a hyphen, or a soft hyphen (Typst).
HYPHENS = ("-", "\u00ad", "\u2010")
LETTERS = re.compile(r"[^\W\d_]+")


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def inline_text(inlines):
    out = []
    for i in inlines:
        kind, value = i.get("type"), i.get("value")
        if kind == "text":
            out.append(value)
        elif isinstance(value, list):
            out.append(inline_text(value))
        elif isinstance(value, dict) and isinstance(value.get("content"), list):
            out.append(inline_text(value["content"]))
    return "".join(out)


def paragraphs(book):
    """(title, [paragraph text]) per article."""
    out = []
    for a in book["articles"]:
        paras = [" ".join(inline_text(b["content"]).split())
                 for b in a["blocks"] if b["type"] == "paragraph"]
        out.append((a["meta"]["title"], [p for p in paras if p]))
    return out


def strings(value):
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def pages(pdf):
    """Per page, its lines, each a list of (x0, y0, x1, y1, text)."""
    xml = run("pdftotext", "-bbox-layout", str(pdf), "-")
    out = []
    for page in xml.split("<page ")[1:]:
        lines = []
        for line in page.split("<line ")[1:]:
            words = [(*map(float, m.groups()[:4]), m.group(5).replace("&amp;", "&"))
                     for m in WORD.finditer(line)]
            if words:
                lines.append(words)
        out.append(lines)
    return out


def body_size(all_pages):
    heights = [round(w[3] - w[1], 2) for lines in all_pages for l in lines for w in l]
    return statistics.mode(heights) / BOX_EM


def leading(all_pages, size):
    steps = []
    for lines in all_pages:
        body = [l for l in lines if is_body(l, size)]
        steps += [round(b[0][3] - a[0][3], 2) for a, b in zip(body, body[1:])]
    return statistics.mode(s for s in steps if s > 0)


def is_body(line, size):
    return all(abs((w[3] - w[1]) - BOX_EM * size) < 0.25 for w in line)


def measure(pdf, size, vocabulary):
    gaps, justified, hyphenated, names, fragments, overfull = [], 0, 0, [], 0, []
    widows = orphans = 0
    continues = False  # the previous page's last body line runs on
    for lines in pages(pdf):
        body = [l for l in lines if is_body(l, size)]
        if len(body) < 3:
            continues = False
            continue
        right = statistics.mode(round(l[-1][2], 1) for l in body)
        left = statistics.mode(round(l[0][0], 1) for l in body)
        full = [l[-1][2] >= right - 0.75 for l in body]
        starts = [l[0][0] > left + 0.4 * size for l in body]
        for k, l in enumerate(body):
            last = l[-1][4]
            if l[-1][2] > right + 0.5 and last[-1:].isalnum():
                overfull.append(" ".join(w[4] for w in l))
            if not full[k]:
                continue
            gaps += [(b[0] - a[2]) / size for a, b in zip(l, l[1:])]
            ends_paragraph = k + 1 < len(body) and starts[k + 1]
            if ends_paragraph:
                continue  # a last line that happens to be full
            justified += 1
            if last.endswith(HYPHENS) and k + 1 < len(body):
                head = LETTERS.findall(last)
                tail = LETTERS.findall(body[k + 1][0][4])
                if head and tail and (head[-1] + tail[0]).lower() in vocabulary:
                    hyphenated += 1
                    if head[-1][0].isupper():
                        names.append(head[-1] + "-" + tail[0])
                    nxt = body[k + 1]
                    if len(nxt) == 1 and not full[k + 1]:
                        fragments += 1
        if continues and not full[0] and not starts[0] and len(body[0]) > 0:
            widows += 1
        if starts[-1] and full[-1]:
            orphans += 1
        continues = full[-1]
    gaps.sort()
    return {
        "gap median": statistics.median(gaps),
        "gap p95": gaps[min(len(gaps) - 1, int(0.95 * len(gaps)))],
        "gap max": gaps[-1],
        "justified lines": justified,
        "hyphenated": hyphenated / max(justified, 1),
        "names broken": len(names),
        "fragments": fragments,
        "overfull": len(overfull),
        "widows": widows,
        "orphans": orphans,
        **run_together(pdf, vocabulary),
    }


def chars_per_line(pdf, size):
    """Mean characters (spaces included) of the justified body lines."""
    counts = []
    for lines in pages(pdf):
        body = [l for l in lines if is_body(l, size)]
        if len(body) < 3:
            continue
        right = statistics.mode(round(l[-1][2], 1) for l in body)
        counts += [sum(len(w[4]) for w in l) + len(l) - 1 for l in body if l[-1][2] >= right - 0.75]
    return statistics.mean(counts)


def run_together(pdf, vocabulary):
    """Lines read by each extractor that hold a letter run made of two known words."""
    with tempfile.TemporaryDirectory() as tmp:
        texts = {
            "pdftotext": run("pdftotext", str(pdf), "-"),
            "mutool": run("mutool", "draw", "-q", "-F", "txt", "-o", "-", str(pdf)),
            "gs": run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite",
                      f"-sOutputFile={tmp}/out.txt", str(pdf)) and "" or Path(tmp, "out.txt").read_text(errors="replace"),
        }
    out = {}
    for tool, text in texts.items():
        bad = 0
        for line in text.splitlines():
            if any(joined(w.lower(), vocabulary) for w in LETTERS.findall(line)):
                bad += 1
        out[f"run together ({tool})"] = bad
    return out


def joined(word, vocabulary):
    if word in vocabulary or len(word) < 5:
        return False
    return any(word[:i] in vocabulary and word[i:] in vocabulary and len(word[:i]) > 1
               and len(word[i:]) > 1 for i in range(2, len(word) - 1))


def geometry(all_pages, size, trim):
    """The text block of our PDF: left edges of rectos and versos, right edge, top of the
    first line and foot of the last, from the body lines of full pages."""
    left = {0: [], 1: []}
    right, top, foot = [], [], []
    for n, lines in enumerate(all_pages):
        body = [l for l in lines if is_body(l, size)]
        if len(body) < 20:
            continue
        left[n % 2] += [round(l[0][0], 1) for l in body]
        width = statistics.mode(round(l[-1][2], 1) for l in body) - statistics.mode(
            round(l[0][0], 1) for l in body)
        right.append(round(width, 1))
        top.append(min(w[1] for l in body for w in l))
        foot.append(max(w[3] for l in body for w in l))
    recto, verso = statistics.mode(left[0]), statistics.mode(left[1])
    measure = statistics.mode(right)
    return {"trim_width": trim[0], "trim_height": trim[1], "inner": recto, "outer": verso,
            "measure": measure, "top": statistics.median(top),
            "bottom": trim[1] - statistics.median(foot)}


def typst_source(arts, g, size, lead):
    def esc(s):
        return s.replace("\\", "\\\\").replace('"', '\\"')
    body = []
    for title, paras in arts:
        body.append(f'#pagebreak(weak: true)\n#align(center, text(20pt, "{esc(title)}"))\n#v(2em)\n')
        body += [f'#"{esc(p)}"\n' for p in paras]
    return f"""#set page(width: {g['trim_width']}pt, height: {g['trim_height']}pt,
  margin: (inside: {g['inner']}pt, outside: {g['outer']}pt, top: {g['top']}pt,
           bottom: {g['bottom']}pt))
#set text(font: "EB Garamond", size: {size}pt, lang: "en", hyphenate: true,
          number-type: "old-style", top-edge: "ascender", bottom-edge: "descender")
#set par(justify: true, first-line-indent: {size}pt, leading: {lead - size * BOX_EM}pt,
         spacing: {lead - size * BOX_EM}pt)
""" + "\n".join(body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/debug/anthology"))
    ap.add_argument("--content", default=str(ROOT / "content"))
    ap.add_argument("--out", default=str(ROOT / "target/compare-typst"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([args.bin, "build", args.content, "--out", str(out), "-q"], check=True)
    book_json = next(p for p in out.glob("*.json")
                     if not p.name.endswith("-timeline.json") and not p.name.startswith("."))
    book = json.loads(book_json.read_text())
    ours = book_json.with_suffix(".pdf")
    arts = paragraphs(book)
    # Every word of the book (introduction, notes, apparatus too), so that a word printed
    # outside the articles is not taken for two words run together.
    vocabulary = {w.lower() for text in strings(book) for w in LETTERS.findall(text)}
    our_pages = pages(ours)
    size = round(body_size(our_pages), 2)
    lead = leading(our_pages, size)
    trim = book["meta"]["print"]
    g = geometry(our_pages, size, (trim["trim_width"], trim["trim_height"]))
    src = out / "typst.typ"
    src.write_text(typst_source(arts, g, size, lead))
    import typst
    theirs = out / "typst.pdf"
    typst.compile(str(src), output=str(theirs), font_paths=[str(ROOT / "fonts")])
    a, b = measure(ours, size, vocabulary), measure(theirs, size, vocabulary)
    print(f"body {size} pt on {lead} pt, measure {g['measure']:.1f} pt, "
          f"{chars_per_line(ours, size):.0f} characters a full line")
    print(f"{'':24}{'anthology':>12}{'Typst':>12}")
    for k in a:
        fmt = (lambda v: f"{v:.1%}") if k == "hyphenated" else \
              (lambda v: f"{v:.3f}") if k.startswith("gap") else str
        print(f"{k:24}{fmt(a[k]):>12}{fmt(b[k]):>12}")


if __name__ == "__main__":
    main()
