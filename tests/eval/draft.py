"""A labelling aid, not part of the measurement: draft an expected outline from a PDF's typography.

    .venv/bin/python -m tests.eval.draft FILE.pdf [FIRST [LAST]] > draft.toml

Prints, per page, every line whose font or size differs from the body text's (pypdf's text
visitor gives both), as TOML entries with a level guessed from the number's depth; lines that
repeat on three or more pages (running heads) and dotted table-of-contents lines are left out.
The draft is then checked and corrected by hand against the document's table of contents and its
pages: typography proposes, a reader decides.
"""

from __future__ import annotations

import collections
import re
import sys

_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,3})*)\.?\s+(\S.*)$")
_TOC_LEADER = re.compile(r"\.{4,}|(?:\. ){4,}|…{2,}")


def styled_lines(path: str, first: int = 1, last: int | None = None):
    """(page, font, size, text) per baseline of each page."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    last = last or len(reader.pages)
    for number in range(first, last + 1):
        fragments: list[tuple[int, str, float, str]] = []

        def visit(text, cm, tm, fontdict, fontsize, fragments=fragments):
            if not text.strip():
                return
            font = str((fontdict or {}).get("/BaseFont", "?")).split("+")[-1].lstrip("/")
            size = abs(fontsize * (tm[3] or 1) * (cm[3] or 1))
            y = round(tm[5] * (cm[3] or 1) + cm[5])
            for piece in text.split("\n"):
                if piece.strip():
                    fragments.append((y, font, round(size, 1), piece))

        reader.pages[number - 1].extract_text(visitor_text=visit)
        rows: dict[int, list[tuple[str, float, str]]] = {}
        for y, font, size, piece in fragments:
            key = next((k for k in rows if abs(k - y) <= 2), y)
            rows.setdefault(key, []).append((font, size, piece))
        for parts in rows.values():
            text = re.sub(r"\s+", " ", " ".join(p[2].strip() for p in parts)).strip()
            font, size, _ = max(parts, key=lambda p: len(p[2].strip(" .")))
            yield number, font, size, text


def draft(path: str, first: int = 1, last: int | None = None) -> str:
    lines = list(styled_lines(path, first, last))
    weight: collections.Counter = collections.Counter()
    pages_of: dict[str, set[int]] = collections.defaultdict(set)
    for page, font, size, text in lines:
        weight[(font, size)] += len(text)
        pages_of[re.sub(r"\d+", "#", text)].add(page)
    body = weight.most_common(1)[0][0]
    styles = sorted({(f, s) for _, f, s, _ in lines if (f, s) != body}, key=lambda fs: -fs[1])
    out = []
    for page, font, size, text in lines:
        if (font, size) == body or _TOC_LEADER.search(text) or len(text) > 160:
            continue
        if len(pages_of[re.sub(r"\d+", "#", text)]) >= 3:
            continue
        match = _NUMBER.match(text)
        number, title = (match.group(1), match.group(2)) if match else ("", text)
        level = number.count(".") + 1 if number else 1 + styles.index((font, size)) % 4
        title = title.replace('"', '\\"')
        out.append(
            f'  {{ level = {level}, number = "{number}", title = "{title}" }},'
            f"  # p. {page}, {font} {size}"
        )
    return "headings = [\n" + "\n".join(out) + "\n]\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.stdout.write(draft(args[0], *(int(a) for a in args[1:3])))
