"""Articles handed over in memory (uploaded files, pasted text) -> the same ETL as the command line.

The dashboard's "Add articles" page calls these; nothing here imports streamlit or touches the
disk except :func:`save_articles`, whose file names come from article ids (hashes), never from the
names the user gave.

    result = read_uploads([("news.jsonl", b"..."), ("page.html", b"...")], known_ids=loaded)
    frames = extract(result.articles)          # {"articles", "events", "measures"} DataFrames
    for m in result.messages: print(m.name, m.text)
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from etl import tables
from etl.articles import Article, finish, merge
from etl.pipeline import article_row
from etl.readers import SUFFIXES, InputError, read_input

Progress = Callable[[int, int, str], None]  # (done, total, what) after each step
PASTE_NAME = "pasted text"
_ID = re.compile(r"^[0-9a-f]{16}$")
_SAVED_PREFIX = "added_"


@dataclass(frozen=True)
class Message:
    """One line for the user about one input: ``level`` is ``error`` (input skipped), ``warning``
    (part of it skipped) or ``info``."""

    name: str
    level: str
    text: str

    def line(self) -> str:
        return f"{self.name}: {self.text}"


@dataclass
class Result:
    """What a batch of inputs gave: new articles (deduplicated), messages, and counts per input."""

    articles: list[Article] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    read: dict[str, int] = field(default_factory=dict)  # input name -> new articles from it
    duplicates: int = 0


def display_name(name: str, limit: int = 120) -> str:
    """The last path component of a user-given file name, without control characters, shortened.

    Only ever used as a label (and as the ``source_path`` of an article read in memory)."""
    base = PurePosixPath(str(name).replace("\\", "/")).name
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip()
    return (base[: limit - 1] + "…" if len(base) > limit else base) or "unnamed file"


def size(n: int) -> str:
    """Bytes as people read them (MB = 2**20 bytes, as streamlit's ``server.maxUploadSize``)."""
    for unit, scale in (("MB", 2**20), ("kB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def read_uploads(files: Iterable[tuple[str, bytes]], max_bytes: int | None = None,
                 known_ids: Iterable[str] = (), progress: Progress | None = None) -> Result:
    """Read ``(name, bytes)`` pairs in memory; each problem becomes a :class:`Message` naming its input.

    Inputs with a suffix no reader takes, over ``max_bytes``, undecodable or without article text
    are skipped with an ``error`` message; a bad record inside an input (a JSON line without text)
    gives a ``warning`` and the rest of that input is read. Articles already in ``known_ids`` or
    read twice in this batch are kept once."""
    files = list(files)
    known = set(known_ids)
    by_id: dict[str, Article] = {}
    result = Result()
    for i, (name, data) in enumerate(files):
        label = display_name(name)
        _read_one(label, data, max_bytes, known, by_id, result)
        if progress:
            progress(i + 1, len(files), label)
    result.articles = list(by_id.values())
    return result


def read_paste(text: str, known_ids: Iterable[str] = ()) -> Result:
    """Pasted text, read like a ``.txt`` file (several articles split at their date lines)."""
    result = Result()
    if not text.strip():
        result.messages.append(Message(PASTE_NAME, "error", "nothing was pasted"))
        return result
    by_id: dict[str, Article] = {}
    _read_one(PASTE_NAME, text.encode("utf-8"), None, set(known_ids), by_id, result, suffix=".txt")
    result.articles = list(by_id.values())
    return result


def _read_one(label: str, data: bytes, max_bytes: int | None, known: set[str], by_id: dict[str, Article],
              result: Result, suffix: str | None = None) -> None:
    def say(level: str, text: str) -> None:
        result.messages.append(Message(label, level, text))

    suffix = suffix or PurePosixPath(label).suffix.lower()
    if suffix not in SUFFIXES:
        say("error", f"not a file type Tallyboard reads ({suffix or 'no suffix'}); use one of "
                     f"{', '.join(sorted(set(SUFFIXES)))}")
        return
    if max_bytes is not None and len(data) > max_bytes:
        say("error", f"{size(len(data))} is over the {size(max_bytes)} limit for one file; skipped")
        return
    record_problems: list[str] = []
    source = label if label.lower().endswith(suffix) else label + suffix
    try:
        raws = read_input(source, data, record_problems.append)
    except Exception as e:  # InputError says why; a reader bug must not take the page down
        raws = None
        why = str(e) if isinstance(e, InputError) else f"could not be read ({type(e).__name__})"
    for problem in record_problems:
        say("warning", _record_problem(problem, source))
    if raws is None:
        say("error", f"{why}; skipped")
        return
    new = 0
    for raw in raws:
        art = finish(raw)
        if art is None:
            say("warning", f"article {raw.position + 1} has no text; skipped")
        elif art.article_id in known:
            result.duplicates += 1
            say("info", f"article “{art.title or art.article_id}” is already loaded")
        elif art.article_id in by_id:
            result.duplicates += 1
            by_id[art.article_id] = merge(by_id[art.article_id], art)
        else:
            by_id[art.article_id] = art
            new += 1
    result.read[label] = new


def _record_problem(problem: str, source: str) -> str:
    """A reader's "name:3: no `text` field" as "line 3: no `text` field" (the name is the label)."""
    m = re.match(rf"{re.escape(source)}(?::(\d+)|\[(\d+)\])?:\s*(.*)", problem, re.DOTALL)
    if not m:
        return problem
    where = f"line {m[1]}: " if m[1] else f"item {int(m[2]) + 1}: " if m[2] else ""
    return where + m[3]


def extract(articles: list[Article], progress: Progress | None = None) -> dict[str, pd.DataFrame]:
    """The tables of ``articles``: the same steps and columns as ``etl.pipeline.build_frames``,
    one article at a time so that ``progress`` can follow."""
    from etl.events import extract_article, link_incidents

    events, measures = [], []
    for i, art in enumerate(articles):
        ev, ms = extract_article(art)
        events.extend(ev)
        measures.extend(ms)
        if progress:
            progress(i + 1, len(articles), art.title or art.article_id)
    link_incidents(events, measures)
    return {"articles": tables.frame("articles", [article_row(a) for a in articles]),
            "events": tables.frame("events", events),
            "measures": tables.frame("measures", measures)}


def saved_name(article_id: str) -> str:
    """``added_<article id>.jsonl``: the only file name :func:`save_articles` writes."""
    if not _ID.match(article_id):
        raise ValueError(f"not an article id: {article_id!r}")
    return f"{_SAVED_PREFIX}{article_id}.jsonl"


def save_articles(articles: Iterable[Article], raw_dir: Path) -> list[Path]:
    """Write each article as one JSON Lines file in ``raw_dir`` (atomically; an existing file is
    left as it is). Reading the file back gives the same article id, title, date, outlet and url."""
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for a in articles:
        path = raw_dir / saved_name(a.article_id)
        if path.exists():
            continue
        obj = {"id": a.source_id or a.article_id, "title": a.title, "text": a.text, "url": a.url,
               "outlet": a.outlet, "published": a.published.isoformat() if a.published else None}
        fd, tmp = tempfile.mkstemp(prefix=".added-", suffix=".tmp", dir=raw_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(path)
    return written
