"""Articles a visitor adds on the "Add articles" page: kept in their session, merged into every
page's data by ``dashboard.data``, and — in local mode only — saved into ``data/raw`` with the
tables in ``data/processed`` rebuilt.

Read-only mode (for a public link) is on when the environment variable ``TALLYBOARD_READ_ONLY``
is ``1``/``true``/``yes``/``on`` or the Streamlit secret ``read_only`` is true: additions then live
only in the visitor's session (``st.session_state``, which no other visitor sees) and nothing is
written to disk.

The frame helpers at the bottom are pure (no streamlit) and tested on their own.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from etl.articles import Article

ENV_READ_ONLY = "TALLYBOARD_READ_ONLY"
ENV_RAW_DIR = "TALLYBOARD_RAW_DIR"
SECRET_READ_ONLY = "read_only"
TABLES = ("articles", "events", "measures")
_TRUE = {"1", "true", "yes", "on"}
_KEY = "tallyboard_added"
_SAVE_LOCK = threading.Lock()  # one rebuild of data/processed at a time in this server


def _truthy(value: object) -> bool:
    return value is True or str(value).strip().lower() in _TRUE


def read_only() -> bool:
    """True when the environment variable or the Streamlit secret switches read-only mode on."""
    if _truthy(os.environ.get(ENV_READ_ONLY, "")):
        return True
    try:
        return _truthy(st.secrets.get(SECRET_READ_ONLY, False))
    except Exception:  # no secrets.toml: the secret is simply not set
        return False


def raw_dir() -> Path:
    """Where saved articles go: ``$TALLYBOARD_RAW_DIR`` or ``data/raw`` in the repository."""
    from dashboard.data import REPO

    return Path(os.environ.get(ENV_RAW_DIR) or REPO / "data" / "raw")


@dataclass(frozen=True)
class Added:
    """What this session added: the articles and their three tables; ``token`` hashes the content."""

    articles: tuple[Article, ...] = ()
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    token: str = ""

    def ids(self) -> set[str]:
        return {a.article_id for a in self.articles}


def current() -> Added | None:
    """This session's additions, or None."""
    added = st.session_state.get(_KEY)
    return added if added and added.articles else None


def token() -> str:
    """Content hash of this session's additions ('' when none): part of every data cache key."""
    added = current()
    return added.token if added else ""


def add(articles: list[Article], frames: dict[str, pd.DataFrame]) -> Added:
    """Add articles (and the tables extracted from them) to this session."""
    before = current()
    merged = combine(before.frames if before else None, frames)
    st.session_state[_KEY] = Added(tuple(before.articles if before else ()) + tuple(articles), merged,
                                   content_token(merged))
    return st.session_state[_KEY]


def clear() -> None:
    st.session_state.pop(_KEY, None)


def save(processed: Path) -> tuple[list[Path], object]:
    """Local mode: write this session's articles into ``data/raw`` (names from their ids) and
    rebuild ``processed`` from all of ``data/raw`` (atomically). Returns (files written, summary)."""
    if read_only():
        raise PermissionError("read-only mode: nothing is written to disk")
    added = current()
    if added is None:
        return [], None
    from etl.pipeline import build_tables
    from etl.uploads import save_articles

    problems: list[str] = []
    with _SAVE_LOCK:
        written = save_articles(added.articles, raw_dir())
        summary = build_tables([raw_dir()], processed, warn=problems.append, progress=False)
    clear()
    return written, summary


# -- pure helpers ---------------------------------------------------------------------------------
def combine(old: dict[str, pd.DataFrame] | None, new: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Tables of two batches of additions, one after the other (ids are content hashes: no clash)."""
    if not old:
        return dict(new)
    out = {}
    for t in TABLES:
        parts = [df for df in (old[t], new[t]) if not df.empty]
        out[t] = pd.concat(parts, ignore_index=True) if len(parts) > 1 else (parts[0] if parts else new[t])
    return out


def content_token(frames: dict[str, pd.DataFrame]) -> str:
    """A hash of the tables' content: equal tokens mean equal additions."""
    h = hashlib.sha1()
    for t in TABLES:
        df = frames[t]
        h.update(f"{t}:{len(df)}:{','.join(map(str, df.columns))}".encode())
        if len(df):
            h.update(pd.util.hash_pandas_object(df.astype(str), index=False).values.tobytes())
    return h.hexdigest()[:20]


def highlighted(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per figure with its sentence split around the quote (``before``, ``quote``, ``after``),
    and metric, value, qualifier, country, date, claimant, claim status, article title and id."""
    ms, ev, arts = frames["measures"], frames["events"], frames["articles"]
    cols = ["article_id", "title", "metric", "value", "qualifier", "country", "date", "claimant", "claim_status",
            "before", "quote", "after"]
    if ms.empty:
        return pd.DataFrame(columns=cols)
    text = dict(zip(arts["article_id"], arts["text"], strict=True))
    title = dict(zip(arts["article_id"], arts["title"], strict=True))
    span = {e: (s, t) for e, s, t in zip(ev["event_id"], ev["char_start"], ev["char_end"], strict=True)}
    rows = []
    for m in ms.itertuples(index=False):
        body = text.get(m.article_id, "")
        q0, q1 = int(m.char_start), int(m.char_end)
        s0, s1 = span.get(m.event_id, (q0, q1))
        s0, s1 = (int(s0), int(s1)) if s0 <= q0 and q1 <= s1 else _around(body, q0, q1)
        rows.append({"article_id": m.article_id, "title": title.get(m.article_id, ""), "metric": m.metric,
                     "value": m.value, "qualifier": m.qualifier, "country": m.country, "date": m.date,
                     "claimant": m.claimant, "claim_status": m.claim_status,
                     "before": body[s0:q0], "quote": body[q0:q1], "after": body[q1:s1]})
    return pd.DataFrame(rows, columns=cols)


def _around(text: str, start: int, end: int, width: int = 120) -> tuple[int, int]:
    """A window of about ``width`` characters each side of the quote, within its line."""
    s = max(text.rfind("\n", 0, start) + 1, start - width)
    stop = text.find("\n", end)
    return s, min(stop if stop >= 0 else len(text), end + width)
