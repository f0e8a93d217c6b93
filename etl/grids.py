"""Tables written as text lines: a header of column names, then rows of cells split by '|', tabs or
columns aligned with runs of spaces.

    Township | Date    | Killed | Injured
    Kani     | 4 March | 9      | 14

A column whose header names a metric (`patterns/grids.json`) gives one figure per row with a
count in it; the row is the figure's quote and sentence, so its other cells (a place, a date)
give it context as any sentence does. Markdown separators (|---|---|) are skipped; a row of
totals ("Total | | 41 | 50") sums the rows above and gives nothing; zero and empty cells give
nothing.

A table may also be told with slashes, its columns named at the end of the line that opens it:

    The ministry's breakdown by governorate, killed / wounded:
    South Lebanon: 274 / 893
    Nabatieh: 151 / 502
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from etl.measures import Figure, _weapon
from etl.numbers import find_numbers

_LINE = re.compile(r"[^\n]+")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # |---|:--:|
_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")  # "Killed (confirmed)", "Injured [1]"
# "(killed / injured, 26-31 January):", "by governorate, killed / wounded:": the columns of the rows below
_SLASH_HEAD = re.compile(r"(?<![\w-])(?P<cols>[a-z]+(?:\s+[a-z]+)?(?:\s*/\s*[a-z]+(?:\s+[a-z]+)?)+)\s*(?:[,;)][^/\n]*)?:\s*$",
                         re.I)
_SLASH_ROW = re.compile(r"\s*(?:[-\u2014\u2013\u2022*]\s*)?[^:\n]{1,80}?:\s*(?P<cells>[^:\n]*?/[^:\n]*?)\s*$")
_CLASS = {"drones_": "drones", "missiles_": "missiles", "attacks": "attacks"}


@cache
def _lex() -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    raw = json.loads(resources.files("etl.patterns").joinpath("grids.json").read_text("utf-8"))
    headers = {h: (c["metric"], c["id"]) for c in raw["columns"] for h in c["headers"]}
    for who in raw["who_headers"]:  # "Militants killed", "Soldiers wounded": the metric of whom
        for c in raw["columns"]:
            for h in c["headers"]:
                if " " not in h and c["metric"] in _WHO_METRICS:
                    headers.setdefault(f"{who} {h}", (c["metric"], c["id"]))
    headers.update({h: ("", "source") for h in raw["source_headers"]})  # the column of who reported the row
    total = re.compile(r"(?:" + "|".join(map(re.escape, raw["total_rows"])) + r")\b", re.I)
    return headers, total


_WHO_METRICS = frozenset(["killed", "injured", "missing", "arrested", "detained", "released"])


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """(start, end) of each cell of a line split by '|' or tabs (outer pipes dropped, cells
    stripped), or None when the line is no table row (fewer than two separators' worth of cells)."""
    line = text[start:end]
    sep = "|" if line.count("|") >= 2 or (line.count("|") == 1 and "\t" not in line) else "\t"
    if line.count(sep) < 1:
        return _aligned_cells(text, start, end)
    out, pos = [], start
    for part in line.split(sep):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    if sep == "|" and line.strip().startswith("|"):
        out = out[1:]
    if sep == "|" and line.strip().endswith("|"):
        out = out[:-1]
    return out if len(out) >= 2 else None


_GAP = re.compile(r"\S(?:[^\S\n]?\S)*")  # a cell of columns aligned with spaces: words one space apart


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a line whose columns are aligned with runs of two spaces or more ("North Darfur    61    174"),
    or None when no such run splits it."""
    if "  " not in text[start:end].strip():
        return None
    out = [(m.start(), m.end()) for m in _GAP.finditer(text, start, end)]
    return out if len(out) >= 2 else None


def _header(text: str, cells: list[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """Column index -> (metric, pattern id) for the columns a header row names; empty when the
    line is no header (a cell holds a digit, or no column names a metric)."""
    headers, _ = _lex()
    if any(any(ch.isdigit() for ch in text[s:e]) for s, e in cells):
        return {}
    cols = {}
    for k, (s, e) in enumerate(cells):
        name = re.sub(r"\s+", " ", _NOTE.sub(" ", text[s:e])).strip(" :*_").lower()
        if name in headers:
            cols[k] = headers[name]
    return cols if any(metric for metric, _ in cols.values()) else {}


def _count(text: str, s: int, e: int):
    """The number phrase filling a cell ("9", "at least 12", "about 300", "1,200"), or None."""
    if s >= e:
        return None
    nums = find_numbers(text[s:e])
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != e - s or nums[0].value <= 0:
        return None
    return nums[0]


def _figure(text: str, start: int, end: int, n, s: int, name: str, metric: str, pid: str, source: str = "") -> Figure:
    """The figure of one cell: a count `n` found at `s`, in the column `name` of the row text[start:end]."""
    return Figure(metric=metric, value=n.value, qualifier=n.qualifier, low=n.low, high=n.high, start=start, end=end,
                  num_start=s + n.num_start, num_end=s + n.end, counted=name,
                  klass=next((c for p, c in _CLASS.items() if metric.startswith(p)), "people"), pattern_id=pid,
                  weapon=_weapon(text, start, end) if metric.startswith(("drones_", "missiles_")) else "",
                  trigger=name, source=source)


def _slash_figures(text: str) -> list[Figure]:
    """The figures of tables told with slashes: a line ending in a colon names the columns
    ("killed / injured:"), each line below is a row ("Nabatieh: 151 / 502")."""
    headers, total = _lex()
    figures: list[Figure] = []
    cols: list[tuple[str, str, str]] = []
    for m in _LINE.finditer(text):
        if (head := _SLASH_HEAD.search(m.group())) and not any(ch.isdigit() for ch in head["cols"]):
            names = [re.sub(r"\s+", " ", c).strip() for c in head["cols"].split("/")]
            cols = [(c, *headers[c.lower()]) for c in names if headers.get(c.lower(), ("",))[0]]
            cols = cols if len(cols) == len(names) else []
            continue
        row = _SLASH_ROW.fullmatch(m.group()) if cols else None
        if row is None or total.match(m.group().lstrip(" -\u2014\u2013\u2022*")):
            cols = cols if row else []
            continue
        cells = row["cells"].split("/")
        if len(cells) != len(cols):
            cols = []
            continue
        s = m.start() + row.start("cells")
        for cell, (name, metric, pid) in zip(cells, cols, strict=True):
            lead = len(cell) - len(cell.lstrip())
            if (n := _count(text, s + lead, s + len(cell.rstrip()))) is not None:
                figures.append(_figure(text, m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), n, s + lead,
                                       name, metric, pid))
            s += len(cell) + 1
    return figures


_STAT_SEP = re.compile(r"\s*[|;\t\u2022\u00b7]\s*")
_STAT_CELL = re.compile(r"(?P<label>[A-Za-z][^:\d|;\n]{0,40}?)\s*:\s*(?P<num>[^:|;\n]+?)\s*$")


def _stat_figures(text: str) -> list[Figure]:
    """The figures of stat lines: labels and counts side by side, split by pipes, semicolons,
    tabs or bullets ("Killed: 38 | Injured: 61 | Missing: 9", "Past 24 hours: Killed: 90 | Injured: 177").
    Every cell must be a label and its count, and one label at least a column name of ours."""
    headers, total = _lex()
    figures: list[Figure] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if ":" not in line or not _STAT_SEP.search(line) or line.count(":") < 2:
            continue
        cells, pos = [], m.start()
        for part in _STAT_SEP.split(line):
            at = text.index(part, pos) if part else pos
            cells.append((at, at + len(part)))
            pos = at + len(part)
        cells = [(s, e) for s, e in cells if s < e]
        found = []
        for s, e in cells:
            c = _STAT_CELL.search(text, s, e)
            n = _count(text, c.start("num"), c.end("num")) if c and c.end() == e else None
            if n is None:
                break
            name = re.sub(r"\s+", " ", _NOTE.sub(" ", c["label"])).strip(" *_").lower()
            found.append((name, n, c.start("num"), c["label"].strip()))
        else:
            if len(found) < 2:
                continue
            start = m.start() + len(line) - len(line.lstrip())
            for name, n, s, label in found:
                metric, pid = headers.get(name, ("", ""))
                if metric and not total.match(name):
                    figures.append(_figure(text, start, m.end(), n, s, label, metric, pid))
    return figures


def grid_figures(text: str) -> list[Figure]:
    """The figures of every text table in `text`, in reading order, offsets into `text`."""
    pipes = _pipe_figures(text) if "|" in text or "\t" in text or "  " in text else []
    slashes = _slash_figures(text) if "/" in text else []
    stats = _stat_figures(text) if ":" in text else []
    taken = {f.num_start for f in pipes + slashes}
    stats = [f for f in stats if f.num_start not in taken]
    return sorted(pipes + slashes + stats, key=lambda f: f.num_start)


def _pipe_figures(text: str) -> list[Figure]:
    """The figures of tables whose cells are split by pipes or tabs."""
    _, total = _lex()
    figures: list[Figure] = []
    cols: dict[int, tuple[str, str]] = {}
    width = 0
    names: list[str] = []
    for m in _LINE.finditer(text):
        if _RULE.match(m.group()):
            continue
        cells = _cells(text, m.start(), m.end())
        if cells is None:
            cols = {}
            continue
        if head := _header(text, cells):
            cols, width, names = head, len(cells), [text[s:e] for s, e in cells]
            continue
        if not cols or len(cells) != width or total.match(text, *cells[0]):
            continue
        source = next((text[slice(*cells[k])] for k, (metric, _) in cols.items() if not metric), "")  # a Source column
        for k, (metric, pid) in cols.items():
            n = _count(text, *cells[k]) if metric else None
            if n is None:
                continue
            figures.append(_figure(text, cells[0][0], cells[-1][1], n, cells[k][0], names[k], metric, pid,
                                   source if _count(source, 0, len(source)) is None else ""))
    return figures
