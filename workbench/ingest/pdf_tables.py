"""Tables a PDF draws with ruling lines, read from PDFium's page objects.

A table is a grid of thin path objects (or the edges of cell rectangles) that cross: at least
two rows and two columns. Each cell's text is the text PDFium finds inside its box; where a row
has no rule between two columns, the cells are one (a merged cell). Boxes around a paragraph (one
column) and lines under headings are no tables. Pages with very many drawings (maps) are not
searched: a map is no table, and its objects would cost more than the text.

The same pass finds shaded panels: a fact box set on a light fill (one rectangle, or one per
line stacked edge to edge). Text in a panel is an inset of the text around it, so its title is
a heading below the heading of that text, whatever its type (text.py).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

RULE = 2.0  # points: thinner than this is a line, not a shape
NEAR = 2.5  # points: rules this close count as meeting
MAX_OBJECTS = 4000  # a page with more drawings is a map or a figure
PANEL_WIDTH = 120.0  # points: a shaded panel is at least this wide (a column of text)
LIGHT = 180  # each colour channel of a panel's fill at least this: text stays readable on it


@dataclass(slots=True)
class Table:
    left: float
    bottom: float
    right: float
    top: float
    rows: list[list[str]]

    def holds(self, x: float, y: float) -> bool:
        return self.left - NEAR <= x <= self.right + NEAR and self.bottom - NEAR <= y <= self.top


@dataclass(slots=True)
class Panel:
    """A shaded box on a page: left, bottom, right, top."""

    left: float
    bottom: float
    right: float
    top: float

    def holds(self, x: float, y: float) -> bool:
        return self.left - NEAR <= x <= self.right + NEAR and self.bottom <= y <= self.top


def ruled_tables(page, textpage, panels: list[Panel] | None = None) -> list[Table]:
    """The ruled tables of a page, top first; `panels` gets the page's shaded panels."""
    import ctypes

    import pypdfium2.raw as raw

    fills: list[tuple[float, float, float, float]] = []
    page_width, page_height = page.get_size() if panels is not None else (0.0, 0.0)
    colour = [ctypes.c_uint() for _ in range(4)]
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()

    handle = page.raw
    count = raw.FPDFPage_CountObjects(handle)
    if count > MAX_OBJECTS:
        return []
    horizontal: list[tuple[float, float, float]] = []  # (y, x0, x1)
    vertical: list[tuple[float, float, float]] = []  # (x, y0, y1)
    left, bottom, right, top = (raw.FS_FLOAT(), raw.FS_FLOAT(), raw.FS_FLOAT(), raw.FS_FLOAT())
    get_object, get_type, path = (
        raw.FPDFPage_GetObject,
        raw.FPDFPageObj_GetType,
        raw.FPDF_PAGEOBJ_PATH,
    )
    for index in range(count):  # one a line of text, mostly: the names above looked up once
        obj = get_object(handle, index)
        if get_type(obj) != path:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height < RULE and width > 4 * RULE:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif width < RULE and height > 2 * RULE:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif width > 4 * RULE and height > 2 * RULE and raw.FPDFPath_CountSegments(obj) <= 5:
            horizontal += [(y0, x0, x1), (y1, x0, x1)]  # a cell's rectangle: its edges
            vertical += [(x0, y0, y1), (x1, y0, y1)]
            if (
                panels is not None
                and width >= PANEL_WIDTH
                and not (width > 0.8 * page_width and height > 0.6 * page_height)  # a ground
                and _light_fill(raw, obj, colour, fill_mode, stroke)
            ):
                fills.append((x0, y0, x1, y1))
    if panels is not None and fills:
        panels.extend(_stacked(fills))
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    horizontal, vertical = _joined(horizontal), _joined(vertical)
    tables = []
    for hs, vs in _grids(horizontal, vertical):
        table = _table(hs, vs, textpage)
        if table is not None:
            tables.append(table)
    return sorted(tables, key=lambda t: -t.top)


def _light_fill(raw, obj, colour, fill_mode, stroke) -> bool:
    """The path is filled in a light colour that is not white (a page's own ground)."""
    import ctypes

    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return False
    if not fill_mode.value:
        return False
    if not raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(c) for c in colour)):
        return False
    red, green, blue, alpha = (c.value for c in colour)
    channels = (red, green, blue)
    return alpha > 0 and min(channels) >= LIGHT and min(channels) < 250


def _stacked(fills: list[tuple[float, float, float, float]]) -> list[Panel]:
    """Fills of the same width standing edge to edge, as one panel each (a box Word shades
    paragraph by paragraph)."""
    panels: list[Panel] = []
    for x0, y0, x1, y1 in sorted(fills, key=lambda f: (round(f[0]), round(f[2]), -f[3])):
        last = panels[-1] if panels else None
        if (
            last is not None
            and abs(last.left - x0) <= NEAR
            and abs(last.right - x1) <= NEAR
            and y1 >= last.bottom - NEAR
        ):
            last.bottom = min(last.bottom, y0)
            last.top = max(last.top, y1)
        else:
            panels.append(Panel(x0, y0, x1, y1))
    return panels


def _joined(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear pieces that meet as one rule (Word draws a column's rule row by row)."""
    out: list[tuple[float, float, float]] = []
    for at, start, end in sorted(rules, key=lambda r: (round(r[0]), r[1])):
        if out and abs(out[-1][0] - at) <= NEAR / 2 and start <= out[-1][2] + NEAR:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], end))
        else:
            out.append((at, start, end))
    return out


def _grids(horizontal, vertical):
    """Groups of rules that cross one another (union-find over crossings)."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    offset = len(horizontal)
    for h, (y, x0, x1) in enumerate(horizontal):
        for v, (x, y0, y1) in enumerate(vertical):
            if x0 - NEAR <= x <= x1 + NEAR and y0 - NEAR <= y <= y1 + NEAR:
                parent[find(h)] = find(offset + v)
    groups: dict[int, tuple[list, list]] = {}
    for h, rule in enumerate(horizontal):
        groups.setdefault(find(h), ([], []))[0].append(rule)
    for v, rule in enumerate(vertical):
        groups.setdefault(find(offset + v), ([], []))[1].append(rule)
    return [group for group in groups.values() if group[0] and group[1]]


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > NEAR:
            out.append(value)
    return out


def _crossed(inner: list[float], bottom: float, top: float, rows: int, textpage) -> bool:
    """Text runs across a column rule: the lines are a drawing over the text (a legend's
    boxes, a frame), not the borders of cells."""
    for x in inner:
        strip = textpage.get_text_bounded(x - 0.3, bottom, x + 0.3, top)
        if sum(ch.isalnum() for ch in strip) >= max(2, rows // 2 + 1):
            return True
    return False


def _table(horizontal, vertical, textpage) -> Table | None:
    ys = _distinct([y for y, _, _ in horizontal])[::-1]  # top first
    xs = _distinct([x for x, _, _ in vertical])
    if len(ys) < 3 or len(xs) < 3:
        return None  # two rows and two columns at least: else a box or a rule
    if _crossed(xs[1:-1], ys[-1], ys[0], len(ys) - 1, textpage):
        return None
    rows: list[list[str]] = []
    for upper, lower in itertools.pairwise(ys):
        middle = (upper + lower) / 2
        if upper - lower < 4:
            continue
        # Column edges this row really has: a merged cell lacks the rule between.
        edges = [xs[0]] + [
            x for x in xs[1:-1] if any(abs(x - vx) <= NEAR and y0 - NEAR <= middle <= y1 + NEAR
                                       for vx, y0, y1 in vertical)
        ] + [xs[-1]]  # fmt: skip
        cells = [
            " ".join(textpage.get_text_bounded(a, lower, b, upper).split())
            for a, b in itertools.pairwise(edges)
        ]
        if any(cells):
            rows.append(cells)
    if len(rows) < 2 or max(len(row) for row in rows) < 2:
        return None
    return Table(xs[0], ys[-1], xs[-1], ys[0], rows)
