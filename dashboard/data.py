"""The dashboard's one data module: the ETL's Parquet tables, filtered with DuckDB.

Reads ``articles``, ``events`` and ``measures`` Parquet files from ``TALLYBOARD_DATA_DIR``
(default ``data/processed`` in the repository). Measures and events are loaded once into an
in-memory DuckDB database, with the article and event columns the filters need joined on;
article texts stay in the Parquet file until a download asks for them.

Every frame a page shows or offers for download comes from one ``Store`` method, called through
:func:`frame` (cached per filter state). ``Store`` itself has no streamlit dependency, so tests
can drive it directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import streamlit as st

from dashboard import contract
from dashboard.state import Filters

REPO = Path(__file__).resolve().parents[1]
ENV_DIR = "TALLYBOARD_DATA_DIR"
SHOWN_ROWS = 5_000  # rows a table on screen holds; downloads hold every row
_DUCK_TYPES = {"string": "VARCHAR", "date": "DATE", "integer": "BIGINT", "number": "DOUBLE"}
# Columns joined onto each measure and event so that every filter is a one-table WHERE.
_EVENT_COLS = ("event_type", "sub_event_type", "incident_id")
_ARTICLE_COLS = ("title", "outlet", "url", "published")


def data_dir() -> Path:
    """Directory holding the tables: ``$TALLYBOARD_DATA_DIR`` or ``data/processed``."""
    path = Path(os.environ.get(ENV_DIR) or REPO / "data" / "processed")
    return path if path.is_absolute() else Path.cwd() / path


def tables_present(directory: Path) -> bool:
    return all((directory / f"{t}.parquet").exists() for t in contract.TABLES)


def build_tables(directory: Path, raw: Path = REPO / "data" / "raw") -> None:
    """Build the tables from ``data/raw`` with the ETL (``etl.pipeline.build_tables``)."""
    from etl.pipeline import build_tables as etl_build  # the ETL is only needed on first start

    etl_build([raw], directory)


def version(directory: Path) -> tuple:
    """Changes whenever a table file changes, so caches keyed on it refresh."""
    out = [str(directory)]
    for t in contract.TABLES:
        stat = (directory / f"{t}.parquet").stat()
        out += [stat.st_mtime_ns, stat.st_size]
    return tuple(out)


def _conformed(table: str, path: Path) -> tuple[str, list[str]]:
    """SELECT list giving every contract column (NULL when the file lacks it), then any extras."""
    present = pq.read_schema(path).names
    sel = []
    for name, kind, _ in contract.load()[table]:
        sel.append(f'"{name}"' if name in present else f'CAST(NULL AS {_DUCK_TYPES[kind]}) AS "{name}"')
    extras = [c for c in present if c not in contract.columns(table)]
    sel += [f'"{c}"' for c in extras]
    return ", ".join(sel), contract.columns(table) + extras


class Store:
    """DuckDB over one directory of tables; methods map a ``Filters`` to a DataFrame."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.con = duckdb.connect(":memory:", config={"threads": 2})
        self.columns: dict[str, list[str]] = {}
        paths = {t: str(directory / f"{t}.parquet").replace("'", "''") for t in contract.TABLES}
        sel = {}
        for t in contract.TABLES:
            sel[t], self.columns[t] = _conformed(t, directory / f"{t}.parquet")
        con = self.con
        con.execute(f"CREATE VIEW articles AS SELECT {sel['articles']} FROM read_parquet('{paths['articles']}')")
        con.execute(f"CREATE TABLE ev AS SELECT {sel['events']} FROM read_parquet('{paths['events']}')")
        con.execute(f"CREATE TABLE ms AS SELECT {sel['measures']} FROM read_parquet('{paths['measures']}')")
        art = ", ".join(f"a.{c} AS {c}" for c in _ARTICLE_COLS)
        evc = ", ".join(f"e.{c} AS {c}" for c in _EVENT_COLS)
        con.execute(f"""CREATE TABLE m AS SELECT ms.*, {evc}, {art} FROM ms
            LEFT JOIN ev e ON e.event_id = ms.event_id
            LEFT JOIN (SELECT article_id, {', '.join(_ARTICLE_COLS)} FROM articles) a
                   ON a.article_id = ms.article_id""")
        con.execute(f"""CREATE TABLE e AS SELECT ev.*, {art} FROM ev
            LEFT JOIN (SELECT article_id, {', '.join(_ARTICLE_COLS)} FROM articles) a
                   ON a.article_id = ev.article_id""")
        con.execute("DROP TABLE ms")
        con.execute("DROP TABLE ev")
        self.has_incidents = bool(self._one("SELECT count(incident_id) FROM e")[0])

    # -- plumbing -------------------------------------------------------------------------
    def _one(self, sql: str, params: list | None = None):
        return self.con.cursor().execute(sql, params or []).fetchone()

    def sql(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """Run a query; DATE columns come back as ``datetime.date`` (ISO dates in CSV), not timestamps."""
        rel = self.con.cursor().sql(sql, params=params or None)
        table = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # duckdb 2.x / 1.x
        return table.to_pandas(date_as_object=True)

    def vocab(self) -> dict[str, list[str]]:
        """Distinct values of each list filter, for the sidebar's options."""
        out = {}
        for field, (table, cols) in _VOCAB_SOURCES.items():
            union = " UNION ".join(f"SELECT {c} AS v FROM {table} WHERE {c} IS NOT NULL" for c in cols)
            out[field] = [r[0] for r in self.con.cursor().execute(f"SELECT DISTINCT v FROM ({union}) ORDER BY v").fetchall()]
        return out

    def span(self) -> tuple:
        return self._one("SELECT min(date), max(date) FROM m")

    # -- filtered relations (SQL text + parameters) ----------------------------------------
    def measures_sql(self, f: Filters) -> tuple[str, list]:
        where, params = _where(f, "measures")
        sql = f"SELECT * FROM m WHERE {where}"
        if f.once:
            sql += (" QUALIFY row_number() OVER (PARTITION BY coalesce(incident_id, measure_id), metric"
                    " ORDER BY value DESC, measure_id) = 1")
        return sql, params

    def events_sql(self, f: Filters) -> tuple[str, list]:
        where, params = _where(f, "events")
        if f.metric:
            where += " AND event_id IN (SELECT event_id FROM m WHERE list_contains(?, metric))"
            params.append(list(f.metric))
        sql = f"SELECT * FROM e WHERE {where}"
        if f.once:
            sql += " QUALIFY row_number() OVER (PARTITION BY coalesce(incident_id, event_id) ORDER BY date, event_id) = 1"
        return sql, params

    def articles_sql(self, f: Filters) -> tuple[str, list]:
        if f.is_empty():
            return "SELECT * FROM articles", []
        msql, mp = self.measures_sql(f)
        esql, ep = self.events_sql(f)
        ids = f"SELECT article_id FROM ({msql}) UNION SELECT article_id FROM ({esql})"
        return f"SELECT * FROM articles WHERE article_id IN ({ids})", mp + ep

    # -- frames the pages show and download ------------------------------------------------
    def table(self, f: Filters, name: str, limit: int | None = None) -> pd.DataFrame:
        """The filtered ``articles``, ``events`` or ``measures`` table, contract columns first."""
        sql, params = {"articles": self.articles_sql, "events": self.events_sql, "measures": self.measures_sql}[name](f)
        cols = ", ".join(f'"{c}"' for c in self.columns[name])
        order = {"articles": "published DESC NULLS LAST, article_id", "events": "date DESC NULLS LAST, event_id",
                 "measures": "date DESC NULLS LAST, measure_id"}[name]
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self.sql(f"SELECT {cols} FROM ({sql}) ORDER BY {order}{tail}", params)

    def count(self, f: Filters, name: str) -> int:
        sql, params = {"articles": self.articles_sql, "events": self.events_sql, "measures": self.measures_sql}[name](f)
        return int(self._one(f"SELECT count(*) FROM ({sql})", params)[0])

    def headline(self, f: Filters) -> pd.DataFrame:
        """One row per metric: total value and number of figures."""
        sql, params = self.measures_sql(f)
        return self.sql(f"SELECT metric, sum(value)::BIGINT AS value, count(*) AS figures FROM ({sql})"
                        " GROUP BY metric ORDER BY metric", params)

    def summary(self, f: Filters) -> dict:
        """Counts of articles, events and figures, and the date span of the figures."""
        msql, mp = self.measures_sql(f)
        n_m, first, last = self._one(f"SELECT count(*), min(date), max(date) FROM ({msql})", mp)
        return {"articles": self.count(f, "articles"), "events": self.count(f, "events"), "figures": n_m,
                "first": first, "last": last}

    def totals(self, f: Filters, by: str, metrics: tuple[str, ...] = (), every: str = "month") -> pd.DataFrame:
        """Sum of values per ``by`` group and metric, with the top quotes behind each sum.

        ``by`` is ``country``, ``actor``, ``claimant`` or ``period`` (date truncated to ``every``).
        """
        sql, params = self.measures_sql(f)
        key = f"date_trunc('{_EVERY[every]}', date)::DATE" if by == "period" else _BY[by]
        cond = "list_contains(?, metric)" if metrics else "TRUE"
        q = f"""SELECT {key} AS {by}, metric, sum(value)::BIGINT AS value, count(*) AS figures,
                   array_to_string(max_by('“' || quote || '” — ' || coalesce(claimant, 'unnamed source'), value, 3), '<br>') AS quotes
                FROM ({sql}) WHERE {cond} {'AND date IS NOT NULL' if by == 'period' else ''}
                GROUP BY ALL ORDER BY 1, 2"""
        return self.sql(q, params + ([list(metrics)] if metrics else []))

    def interception(self, f: Filters, kind: str | None = None) -> pd.DataFrame:
        """Events where both launched and intercepted are reported, with the interception rate.

        ``kind`` keeps only ``drones`` or ``missiles``.
        """
        sql, params = self.measures_sql(f)
        metrics = [m for m in ("drones_launched", "drones_intercepted", "missiles_launched", "missiles_intercepted")
                   if kind is None or m.startswith(kind)]
        q = f"""SELECT event_id, any_value(date) AS date, any_value(country) AS country,
                   any_value(claimant) AS claimant, kind,
                   sum(value) FILTER (WHERE metric LIKE '%_launched') AS launched,
                   sum(value) FILTER (WHERE metric LIKE '%_intercepted') AS intercepted
                FROM (SELECT *, split_part(metric, '_', 1) AS kind FROM ({sql})
                      WHERE list_contains(?, metric))
                GROUP BY event_id, kind HAVING launched > 0 AND intercepted IS NOT NULL
                ORDER BY date DESC NULLS LAST, event_id"""
        out = self.sql(q, params + [metrics])
        out["rate"] = (out["intercepted"] / out["launched"]).round(3)
        return out

    def timeline(self, f: Filters, limit: int = 2_000) -> pd.DataFrame:
        """Events with their date window, most recent first (at most ``limit``)."""
        sql, params = self.events_sql(f)
        return self.sql(f"""SELECT event_id, date, date_start, date_end, date_precision, country, event_type,
                   sub_event_type, claimant, sentence, title, outlet FROM ({sql})
                   WHERE date IS NOT NULL OR date_start IS NOT NULL
                   ORDER BY coalesce(date, date_start) DESC, event_id LIMIT {int(limit)}""", params)

    def places(self, f: Filters, metric: str) -> pd.DataFrame:
        """Sum of ``metric`` per place with coordinates (``layer`` = point) and per country for the
        figures known only to the country (``layer`` = country)."""
        sql, params = self.measures_sql(f)
        return self.sql(f"""SELECT CASE WHEN lat IS NULL OR lon IS NULL THEN 'country' ELSE 'point' END AS layer,
                   country, coalesce(location, admin1, country) AS place, round(lat, 3) AS lat, round(lon, 3) AS lon,
                   sum(value)::BIGINT AS value, count(*) AS figures,
                   array_to_string(max_by('“' || quote || '”', value, 3), '<br>') AS quotes
                FROM ({sql}) WHERE metric = ? AND (country IS NOT NULL OR lat IS NOT NULL)
                GROUP BY ALL ORDER BY value DESC""", params + [metric])

    def sources(self, f: Filters, limit: int | None = None) -> pd.DataFrame:
        """Every figure with its provenance; ``sentence`` marks the quoted figure with ⟦ ⟧."""
        sql, params = self.measures_sql(f)
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self.sql(f"""SELECT metric, value, qualifier, claimant, claim_status, country, date,
                   title, outlet, published, url, quote,
                   CASE WHEN strpos(sentence, quote) > 0 THEN
                        substr(sentence, 1, strpos(sentence, quote) - 1) || '⟦' || quote || '⟧'
                        || substr(sentence, strpos(sentence, quote) + length(quote))
                   ELSE coalesce(sentence, '⟦' || quote || '⟧') END AS sentence,
                   measure_id, article_id, char_start, char_end
                FROM ({sql}) ORDER BY date DESC NULLS LAST, measure_id{tail}""", params)


_BY = {"country": "coalesce(country, 'at sea / unknown')", "actor": "coalesce(actor, 'unknown')",
       "claimant": "coalesce(claimant, 'unnamed source')"}
_EVERY = {"day": "day", "week": "week", "month": "month"}
_VOCAB_SOURCES = {
    "country": ("m", ("country",)), "actor": ("m", ("actor",)), "claimant": ("m", ("claimant",)),
    "outlet": ("m", ("outlet",)), "metric": ("m", ("metric",)), "event_type": ("e", ("event_type",)),
    "claim_status": ("m", ("claim_status",)),
}
# Filter field -> SQL on the measures table (m) and on the events table (e); "?" takes a list.
_FILTER_SQL: dict[str, tuple[str | None, str | None]] = {
    "country": ("list_contains(?, country)", "list_contains(?, country)"),
    "metric": ("list_contains(?, metric)", None),  # events: handled through their measures
    "actor": ("list_contains(?, actor)", "(list_contains(?, actor1) OR list_contains(?, actor2))"),
    "claimant": ("list_contains(?, claimant)", "list_contains(?, claimant)"),
    "claim_status": ("list_contains(?, claim_status)", "list_contains(?, claim_status)"),
    "event_type": ("list_contains(?, event_type)", "list_contains(?, event_type)"),
    "outlet": ("list_contains(?, outlet)", "list_contains(?, outlet)"),
    "date_from": ("date >= ?", "date >= ?"),
    "date_to": ("date <= ?", "date <= ?"),
    "q": ("contains(lower(sentence), ?)", "contains(lower(sentence), ?)"),
}


def _where(f: Filters, table: str) -> tuple[str, list]:
    """WHERE clause and parameters for ``f`` on ``measures`` or ``events``."""
    side = 0 if table == "measures" else 1
    clauses, params = ["TRUE"], []
    for field, sqls in _FILTER_SQL.items():
        value = getattr(f, field)
        if not value or sqls[side] is None:
            continue
        clause = sqls[side]
        clauses.append(clause)
        arg = list(value) if isinstance(value, tuple) else (value.lower() if field == "q" else value)
        params += [arg] * clause.count("?")
    return " AND ".join(clauses), params


# -- streamlit side: one cached store per data version, cached frames per filter state ------
@st.cache_resource(show_spinner=False, max_entries=2)
def _store(key: tuple) -> Store:
    return Store(Path(key[0]))


def store() -> Store:
    """The Store for the current data directory (reloaded when a table file changes)."""
    return _store(version(data_dir()))


@st.cache_data(show_spinner=False, max_entries=512)
def _frame(key: tuple, method: str, f: Filters, kwargs: tuple):
    return getattr(_store(key), method)(f, **dict(kwargs))


def frame(method: str, f: Filters, **kwargs):
    """``Store.<method>(f, **kwargs)``, cached per data version and filter state."""
    return _frame(version(data_dir()), method, f, tuple(sorted(kwargs.items())))


@st.cache_data(show_spinner=False, max_entries=4)
def _vocab(key: tuple) -> dict[str, list[str]]:
    return _store(key).vocab()


def vocab() -> dict[str, list[str]]:
    """Distinct values of each list filter in the current data (the sidebar's options)."""
    return _vocab(version(data_dir()))


def full(method: str, f: Filters, **kwargs) -> Callable[[], pd.DataFrame]:
    """A deferred, uncached ``Store.<method>`` call: what a download button runs on click."""
    directory = data_dir()
    return lambda: _store(version(directory)).__getattribute__(method)(f, **kwargs)
