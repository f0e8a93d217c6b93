"""Copied text: one or more articles pasted one after another, with page furniture.

The shape (see data/raw/): a headline, perhaps a photo caption and share buttons, a date line
("Updated 21 May 2025"), the headline again, summary bullets, then the body, whose first line may
start with a dateline ("MOSCOW:"). Every date line marks one article; its headline is the nearest
headline-like line before it. Text with no date line is one article whose first line is the title.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from etl.articles import RawArticle, normalise, parse_date
from etl.readers import Warn, register

_LOOKBACK = 6  # non-empty lines searched before a date line for its headline


@cache
def _rules() -> dict:
    path = resources.files("etl").joinpath("patterns", "furniture.json")  # etl.patterns is a namespace
    raw = json.loads(path.read_text("utf-8"))
    months = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
    date = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\.?,?\s+\d{{4}}|(?:{months})\.?\s+\d{{1,2}}"
            rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})")
    weekday = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    clock = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
    lead = rf"(?:{clock}\s*,?\s*)?"  # AP: "Updated 10:42 AM GMT+2, March 4, 2024"
    tail = rf"(?:\s*(?:,|at|-|\u2013|\|)?\s*{clock})?(?:{raw['date_suffix']})?\s*$"  # "| 4 min read"
    return {
        "lines": set(raw["lines"]),
        "section_headings": {h.lower() for h in raw["section_headings"]},
        "line_regex": re.compile("|".join(raw["line_regex"]), re.IGNORECASE),
        "caption": re.compile(raw["caption_credit"]),
        "bullet": re.compile(r"^\s*[" + re.escape(raw["bullets"]) + r"]\s+\S"),
        # the prefix ("Updated", "Published:") is optional: a line that is only a date is one too
        # "Dhaka | Published: 19 November 2026, 11:42 AM | Updated: ...": a place before, an update after
        "date_line": re.compile(rf"^\s*(?:[A-Z][\w .'\u2019-]{{1,30}}\s*[|\u00b7\u2022]\s*(?={raw['date_prefix']}))?"
                                rf"(?:{raw['date_prefix']})?{lead}{weekday}({date}){tail}", re.IGNORECASE),
    }


# "KYIV, June 9 (Reuters) - ", "CAIRO (AP) — ", "MOSCOW, May 7. /TASS/. ", "(Beirut) – ",
# "Nairobi, 26 June 2025 – " (a place in title case only with a date after it)
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- /]{1,40}[A-Z\u00c0-\u00de])(?:,\s*[A-Z][\w .]{1,30}?){0,2}"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"  # "ADEN, 22 July 2024 - "
    r"(?:\s*\([A-Za-z0-9 ,]{2,20}\)\s*(?::|\u2014|\u2013|--| - |\.-)|\.?\s*/[A-Za-z-]{2,20}/\.?|\s*(?::|\u2014|\u2013|--| - ))"
    r"|\((?P<place2>[A-Z][\w .'\u2019-]{1,30}?)(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\)"
    r"\s*(?:\u2014|\u2013|--| - )"  # "(Nairobi) – ", a rights group's "(Dakar, June 20, 2024) – "
    # "Juba (dpa) - ", "Peshawar (Pakistan) (AFP) - ": a place in title case before a news agency's name
    r"|(?P<place5>[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+)?)(?:\s*\([A-Z][\w .'\u2019-]{1,25}\))?\s*"
    r"\((?:AFP|AP|dpa|DPA|AA|Reuters|EFE|Xinhua|Kyodo|Anadolu|IANS|PTI|ANI|Sputnik|TASS|Yonhap|KUNA|WAFA|SANA|IRNA|"
    r"Bernama|Lusa|ANSA)\)\s*(?:\u2014|\u2013|--| - |:|\.-)"
    r"|(?P<place3>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[a-z]{2,3}-[A-Z][a-z]+)?(?:\s[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?)"
    r"(?:\s*\([A-Z][\w .'\u2019-]{1,25}\))?(?:\s*\[[A-Z][\w .'\u2019-]{1,25}\])?,\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    # EFE: "Lima, Aug 19 (EFE).- "; ANI: "Aden [Yemen], October 5 (ANI): "
    r"(?:\s*\([A-Za-z ]{2,20}\)\s*(?:\u2014|\u2013|--| - |\.-|:)|\s*(?:\u2014|\u2013|--| - |\.-)))\s*")


def is_furniture(line: str) -> bool:
    s = line.strip()
    r = _rules()
    return s.lower().rstrip(":") in r["lines"] or bool(r["line_regex"].match(s))


def is_bullet(line: str) -> bool:
    """A summary bullet line ("• Putin's unannounced visit...", "- At least 24,100...")."""
    return bool(_rules()["bullet"].match(line))


def _headline_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 250 and not s.endswith((".", ":", ";", ",")) and not is_furniture(s) \
        and not _rules()["caption"].search(s) and not _rules()["bullet"].match(s)


def _listed_headline(line: str) -> bool:
    """A headline in a list of other stories, bulleted or not ("- DR Congo: 40 killed in Ituri")."""
    if m := _rules()["bullet"].match(line):
        line = line[m.end() - 1:]
    return _headline_like(line)


def dateline_of(body: str) -> str:
    m = _DATELINE.match(body.lstrip())
    return (m["place"] or m["place2"] or m["place3"] or m["place5"]).strip() if m else ""


def dateline_end(body: str) -> int:
    """Where the dateline that opens ``body`` ("KYIV, June 9 (Reuters) - ", "CAIRO (AP) — ") ends; 0
    when there is none. It names where the report was filed, not where anything happened."""
    lead = len(body) - len(body.lstrip())
    m = _DATELINE.match(body, lead)
    return m.end() if m else 0


def _anchors(lines: list[str]) -> list[int]:
    rx = _rules()["date_line"]
    # "First published on Sat 5 Apr 2025" closes an article (furniture), it starts none
    return [i for i, line in enumerate(lines) if len(line) < 120 and rx.match(line) and not is_furniture(line.strip())]


def _title_index(lines: list[str], anchor: int, floor: int) -> int | None:
    """The headline of the article whose date line is at `anchor`: a line just before it that is
    repeated just after it, else the nearest headline-like line before it."""
    before, i = [], anchor - 1
    while i >= floor and len(before) < _LOOKBACK:
        if lines[i].strip():
            before.append(i)
        i -= 1
    after = {normalise(x) for x in lines[anchor + 1:anchor + 1 + 4 * _LOOKBACK] if x.strip()}
    for i in before:
        if _headline_like(lines[i]) and normalise(lines[i]) in after:
            return i
    like = [i for i in before if _headline_like(lines[i])]
    # a headline says something; a short line nearer the date is an outlet's or a section's name ("Sahel Observer")
    i = next((i for i in like if len(lines[i].split()) >= 4), like[0] if like else None)
    return None if i is None else _above_standfirst(lines, i, floor)


def _above_standfirst(lines: list[str], i: int, floor: int) -> int:
    """The headline when line `i` is the standfirst printed right under it: the line just above,
    shorter, of four words or more ("Russian missile strike on Kryvyi Rih kills 18" above
    "Zelenskyy says attack hit residential area near playground as Kremlin claims...")."""
    j = i - 1
    if j >= floor and _headline_like(lines[j]) and len(lines[j].split()) >= 4 \
            and len(lines[j].strip()) < len(lines[i].strip()) and len(lines[i].split()) >= 10:
        return j
    return i


def _section_heading(line: str) -> bool:
    """'Related', 'Most read:': the heading of a list of other stories."""
    return line.strip().rstrip(":").strip().lower() in _rules()["section_headings"]


def drop_furniture(text: str) -> str:
    """Text without furniture lines and without the lists of other stories under a section
    heading ('Related' then headlines): for text converted from HTML fragments (feeds, JSON)."""
    kept, in_list = [], False
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            kept.append(line)
            continue
        if _section_heading(s):
            in_list = True
            continue
        if in_list and _listed_headline(s):
            continue  # a headline of another story
        in_list = False
        if not is_furniture(s):
            kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


def _body(lines: list[str], title: str) -> str:
    """Drop furniture, captions, the repeated headline, the summary bullets before the body and
    the lists of other stories under a section heading."""
    r, kept, in_header, in_list = _rules(), [], True, False
    title_key = normalise(title)
    for line in lines:
        s = line.strip()
        if not s:
            kept.append("")
            continue
        if _section_heading(s):
            in_list = True
            continue
        if in_list and _listed_headline(s):
            continue  # "Related" then other stories' headlines
        in_list = False
        if is_furniture(s) or r["date_line"].match(s) or normalise(s) == title_key:
            continue
        if in_header and (r["bullet"].match(s) or r["caption"].search(s)):
            continue
        in_header = False
        kept.append(line.rstrip())
    return "\n".join(kept).strip("\n")


def split_articles(text: str) -> list[tuple[str, str, str]]:
    """(title, date text, body) for every article pasted into `text`."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    anchors = _anchors(lines)
    starts: list[tuple[int, int]] = []  # (title line, anchor line)
    floor = 0
    for a in anchors:
        t = _title_index(lines, a, floor)
        if t is not None:
            starts.append((t, a))
            floor = a + 1
    if not starts:
        return _single(lines)
    out = []
    pre = _body(lines[:starts[0][0]], "")
    if len(pre) > 200:  # substantial text before the first dated article is an article too
        out.extend(split_articles(pre))
    for k, (t, a) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        title = lines[t].strip()
        date_text = _rules()["date_line"].match(lines[a])[1]
        # between headline and date line: standfirst, byline, captions, share links; not the body
        body = _body(lines[a + 1:end], title)
        if body.strip():
            out.append((title, date_text, body))
    return out


def _single(lines: list[str]) -> list[tuple[str, str, str]]:
    """One article: its first line is the title, after any date or furniture lines at the top
    ("Updated 21 May 2025" above the headline gives the date)."""
    r, date_text, first = _rules(), "", None
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or is_furniture(s):
            continue
        if (m := r["date_line"].match(s)) and len(s) < 120:
            date_text = date_text or m[1]
            continue
        first = i
        break
    if first is None:
        return []
    title = lines[first].strip() if _headline_like(lines[first]) else ""
    body = _body(lines[first + 1:] if title else lines[first:], title)
    if not body.strip():
        return [(title, date_text, title)] if title else []
    return [(title, date_text, body)]


@register("text")
def read_text(text: str, source: str, warn: Warn) -> Iterator[RawArticle]:
    for title, date_text, body in split_articles(text):
        yield RawArticle(text=body, source_path=source, title=title, published=parse_date(date_text),
                         dateline=dateline_of(body))
