#!/usr/bin/env python3
"""Inter-word spacing of justified lines, measured from a PDF with `pdftotext -bbox-layout`.

  spacing.py measure BOOK.pdf [--size 11]   median and 95th percentile of the space
                                            between words on justified body lines, in em
  spacing.py typst PARAGRAPHS.txt OUT.pdf   typeset the same texts with Typst (PyPI
                                            `typst`) on the same page, font, size and measure

PARAGRAPHS.txt is written by `cargo test --test pdf` to target/pdf-test/paragraphs.txt
(one paragraph per line, `# ` lines are article titles). A line counts as justified when
it reaches the right edge of the text block on its page (the commonest line end) and is not the last line of a
paragraph; body lines are recognised by the height of their word boxes (EB Garamond's
box is 1.305 em tall).
"""
import re
import statistics
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
BOX_EM = 1.305


def lines_by_page(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    for page in xml.split("<page ")[1:]:
        out = []
        for line in page.split("<line ")[1:]:
            words = [tuple(map(float, m.groups())) for m in WORD.finditer(line)]
            if words:
                out.append(words)
        yield out


def measure(pdf, size):
    spaces = []
    for lines in lines_by_page(pdf):
        body = [l for l in lines
                if all(abs((w[3] - w[1]) - BOX_EM * size) < 0.25 for w in l) and len(l) > 1]
        if not body:
            continue
        # The right edge of the block: the commonest line end (punctuation may hang past it).
        right = statistics.mode(round(l[-1][2], 1) for l in body)
        for l in body:
            if l[-1][2] < right - 0.75:
                continue  # a paragraph's last line (or a short one): not justified
            spaces += [(b[0] - a[2]) / size for a, b in zip(l, l[1:])]
    spaces.sort()
    p95 = spaces[min(len(spaces) - 1, int(0.95 * len(spaces)))]
    print(f"{pdf}: {len(spaces)} spaces on justified lines; "
          f"median {statistics.median(spaces):.3f} em, 95th percentile {p95:.3f} em")


def typst(paragraphs, out):
    root = Path(__file__).resolve().parent.parent
    body = []
    for line in Path(paragraphs).read_text().splitlines():
        esc = line.replace("\\", "\\\\").replace('"', '\\"')
        if line.startswith("# "):
            body.append(f'#pagebreak(weak: true)\n#align(center, text(20pt, "{esc[2:]}"))\n#v(2em)\n')
        elif line.strip():
            body.append(f'#"{esc}"\n')
    # The same page as ours: 6 x 9 in, mirrored margins, a 334.8 pt measure, 11 pt type.
    doc = """#set page(width: 6in, height: 9in, margin: (inside: 54pt, outside: 43.2pt, top: 55.08pt, bottom: 61.56pt))
#set text(font: "EB Garamond", size: 11pt, lang: "en", hyphenate: true)
#set par(justify: true, first-line-indent: 11pt, leading: 5.6pt, spacing: 5.6pt)
""" + "\n".join(body)
    src = Path(out).with_suffix(".typ")
    src.write_text(doc)
    import typst as ty
    ty.compile(str(src), output=out, font_paths=[str(root / "fonts")])
    print(f"wrote {out}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "measure":
        size = float(sys.argv[sys.argv.index("--size") + 1]) if "--size" in sys.argv else 11.0
        measure(sys.argv[2], size)
    elif len(sys.argv) == 4 and sys.argv[1] == "typst":
        typst(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
