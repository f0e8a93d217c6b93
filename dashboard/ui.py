"""What every page shares: the sidebar of filters bound to the URL, the header, downloads.

``page_setup()`` runs in ``dashboard/app.py`` before the page; pages call ``current()`` to get
the filters and the store.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import urllib.parse
from collections.abc import Callable
from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard import data, exports
from dashboard.state import BY_NAME, PARAMS, Filters

_DATE_BOUNDS = dict(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


class Context(NamedTuple):
    filters: Filters
    store: data.Store
    once_default: bool


def _ensure_tables() -> None:
    directory = data.data_dir()
    if data.tables_present(directory):
        return
    with st.spinner(f"First start: building the tables in {directory} from data/raw…"):
        try:
            data.build_tables(directory)
        except Exception as exc:
            st.error(f"No tables in {directory}, and building them from data/raw failed: {exc}")
            st.stop()


def _raw_params() -> dict[str, list[str]]:
    qp = st.query_params
    return {k: qp.get_all(k) for k in qp}


def page_setup() -> Context:
    """Sidebar filters (bound to the URL), notes on ignored URL parameters; returns the context."""
    _ensure_tables()
    store = data.store()
    vocab = data.vocab()
    once_default = store.has_incidents
    _, notes = Filters.from_query_params(_raw_params(), vocab, once_default)
    if notes:
        st.session_state["url_notes"] = notes
    sb = st.sidebar
    sb.markdown("### Filters")
    c1, c2 = sb.columns(2)
    values = {
        "date_from": c1.date_input("From", value=None, key="from", bind="query-params", **_DATE_BOUNDS),
        "date_to": c2.date_input("To", value=None, key="to", bind="query-params", **_DATE_BOUNDS),
    }
    for p in PARAMS:
        if p.kind == "list":
            values[p.field] = tuple(
                sb.multiselect(p.label, vocab.get(p.field, []), key=p.name, help=p.help, bind="query-params")
            )
    values["q"] = sb.text_input("Search sentences", key="q", help=BY_NAME["q"].help, bind="query-params").strip()
    values["once"] = sb.checkbox(
        "Count each incident once", value=once_default, key="once", help=BY_NAME["once"].help, bind="query-params",
        disabled=not once_default,
    ) and once_default
    if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
        values["date_from"], values["date_to"] = values["date_to"], values["date_from"]
        sb.caption("“From” was after “To”: the dates are read the other way round.")
    filters = Filters(**values)
    # Streamlit's page switch can leave the address bar bare while the bound widgets keep their values
    # (the new page's first run arrives with no query string and the later run's bound values are never
    # re-sent). An update with nothing re-sends the query string as this run ends it; the browser only
    # rewrites its address when that differs.
    st.query_params.update({})
    st.session_state["context"] = Context(filters, store, once_default)
    return st.session_state["context"]


def text(value, default: str) -> str:
    """A cell as text: ``default`` for a missing value (None, NaN, NA)."""
    return default if value is None or pd.isna(value) else str(value)


def shown_as_text(df: pd.DataFrame, keep: tuple[str, ...] = ("url",)) -> pd.DataFrame:
    """A copy to display: missing text cells are empty, not "None" (numbers, dates and the `keep`
    columns untouched: a missing link stays no link)."""
    out = df.copy()
    for col in out.columns:
        if col in keep:
            continue
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            if not out[col].map(lambda v: isinstance(v, (dt.date, dt.datetime))).any():
                out[col] = out[col].astype("object").where(out[col].notna(), "")
    return out


def md_escape(text: str) -> str:
    """Text shown through a Markdown element (st.warning, st.info) shows as typed, links and all."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\\\1", text)


def record_run(page: str, started: float) -> None:
    """With ``TALLYBOARD_TIMING=<file>``, append how long this script run took (the benchmark reads it)."""
    path = os.environ.get("TALLYBOARD_TIMING")
    if path:
        line = {"page": page, "seconds": round(time.perf_counter() - started, 4), "query": dict(_raw_params())}
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")


def current() -> Context:
    return st.session_state["context"]


def header(title: str, ctx: Context) -> None:
    """Page title, the plain-language filter line, and notes on ignored URL parameters."""
    st.title(title)
    st.text(f"Showing: {ctx.filters.describe()}")  # text, never Markdown: it echoes user input
    notes = st.session_state.get("url_notes")
    if notes:
        with st.container(border=True):
            st.warning(md_escape("Ignored from the address: " + "; ".join(notes) + "."), icon="⚠️")
            if st.button("Dismiss", key="dismiss_notes"):
                del st.session_state["url_notes"]
                st.rerun()


def empty(ctx: Context, what: str = "figures") -> None:
    st.info(md_escape(f"No {what} match these filters ({ctx.filters.describe()}). Clear a filter in the sidebar "
                      "to see more."), icon="🔎")


def share_query(ctx: Context) -> str:
    return urllib.parse.urlencode(ctx.filters.to_query_params(ctx.once_default), doseq=True)


def downloads(name: str, make: Callable[[], pd.DataFrame], ctx: Context, rows: int, key: str) -> None:
    """CSV, Excel and Parquet buttons for the frame ``make()`` returns (built on click)."""
    cols = st.columns(len(exports.FORMATS))
    stem = f"{name}_{ctx.filters.slug()}"
    for col, (label, (suffix, mime, write)) in zip(cols, exports.FORMATS.items(), strict=False):
        too_big = label == "Excel" and rows > exports.EXCEL_MAX_ROWS
        col.download_button(
            f"{label}", data=(lambda w=write: w(make())), file_name=f"{stem}.{suffix}", mime=mime,
            key=f"dl_{key}_{suffix}", disabled=too_big or rows == 0, on_click="ignore", icon=":material/download:",
            help="Too many rows for one Excel sheet: use CSV or Parquet" if too_big else None,
        )
