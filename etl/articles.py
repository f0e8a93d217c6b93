"""Articles: the normalised unit every later stage works on.

A reader yields :class:`RawArticle` values (whatever the source gave); :func:`finish` turns one
into an :class:`Article` with a cleaned body, a stable id and a parsed publication date.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"',
                         "\u00bb": '"'})
_WS = re.compile(r"\s+")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")  # also "2024-01-02T10:00:00Z"
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")  # "21/05/2025", "21.05.2025"


@dataclass
class RawArticle:
    """What a reader found: text and whatever metadata the source carried."""

    text: str
    source_path: str
    title: str = ""
    published: str | date | None = None
    outlet: str = ""
    url: str = ""
    dateline: str = ""
    source_id: str = ""
    position: int = 0  # order inside the source file


@dataclass(frozen=True)
class Article:
    article_id: str
    title: str
    published: date | None
    outlet: str
    url: str
    dateline: str
    source_path: str
    source_id: str
    text: str
    position: int = field(default=0, compare=False)


def normalise(text: str) -> str:
    """The form two copies of one article share: NFKC, quotes and whitespace folded."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip().lower()


def article_id(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


# a count glued to a lower-case word after it (not "4th", "1990s", "450kg", nor inside a name or an address:
# "Su-27", "Kh101", "v2.3beta"), and a qualifier glued to a count after it
_GLUED_AFTER = re.compile(r"(?<![\w./:=#@-])(\d{1,3}(?:,\d{3})+|\d+)(?=[a-z]{4,}\b)")
_GLUED_BEFORE = re.compile(r"\b(least|about|around|nearly|almost|some|over|than|approximately|roughly)(?=\d)", re.I)


def clean_text(text: str) -> str:
    """Normalise line ends, strip trailing spaces, collapse runs of blank lines; keep wording. A count
    glued to its word in pasted copy gets its space back ("at least27 people", "74drones", "2,300people")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _GLUED_AFTER.sub(r"\1 ", _GLUED_BEFORE.sub(r"\1 ", text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip("\n")


def parse_date(value: str | date | datetime | None) -> date | None:
    """Publication dates as sources write them: ISO, RFC 822, '21 May 2025', 'May 21, 2025',
    '21/05/2025' and '21.05.2025' (day first when both readings fit)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    if m := _ISO.search(s):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    for rx, order in ((_DMY, (3, 2, 1)), (_MDY, (3, 1, 2))):
        if m := rx.search(s):
            month = _MONTHS.get(m[order[1]].lower())
            if month:
                return _safe_date(int(m[order[0]]), month, int(m[order[2]]))
    if m := _NUMERIC.search(s):  # day first unless that cannot be ("05/21/2025"): outlets outside the US
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        return _safe_date(y, a, b) if b > 12 else _safe_date(y, b, a)
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def finish(raw: RawArticle) -> Article | None:
    """Clean a raw article; None when no text is left."""
    text = clean_text(raw.text)
    if not text.strip():
        return None
    title = _WS.sub(" ", raw.title).strip()
    return Article(article_id=article_id(text), title=title, published=parse_date(raw.published),
                   outlet=raw.outlet.strip(), url=raw.url.strip(), dateline=raw.dateline.strip(),
                   source_path=raw.source_path, source_id=str(raw.source_id or ""), text=text,
                   position=raw.position)


def merge(first: Article, later: Article) -> Article:
    """The same article seen twice: keep the first, fill what it lacks from the later copy."""
    fill = {k: getattr(later, k) for k in ("title", "published", "outlet", "url", "dateline", "source_id")
            if not getattr(first, k) and getattr(later, k)}
    return replace(first, **fill) if fill else first
