"""The dashboard's one data module: the ETL's Parquet tables, filtered with DuckDB.

Reads ``articles``, ``events`` and ``measures`` Parquet files from ``TALLYBOARD_DATA_DIR``
(default ``data/processed`` in the repository). A slim copy of measures and events is loaded once
into an in-memory DuckDB database (see ``Store``); long texts are read from the Parquet files
by row number when a page lists rows or a download asks for them.

Every frame a page shows or offers for download comes from one ``Store`` method, called through
:func:`frame` (cached per filter state). ``Store`` itself has no streamlit dependency, so tests
can drive it directly. The Store of the committed tables is built once per process in a
background thread (:func:`warm`, :func:`preload`: before the server answers its health check).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import streamlit as st

from dashboard import additions, contract
from dashboard.state import Filters

REPO = Path(__file__).resolve().parents[1]
ENV_DIR = "TALLYBOARD_DATA_DIR"
SHOWN_ROWS = 5_000  # rows a table on screen holds; downloads hold every row
_DUCK_TYPES = {"string": "VARCHAR", "date": "DATE", "integer": "BIGINT", "number": "DOUBLE"}
# Article columns kept in memory (the rest, with the text, stays in the Parquet file).
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


def _conformed(table: str, path: Path) -> tuple[str, list[str], set[str]]:
    """SELECT list giving every contract column (NULL when the file lacks it), then any extras;
    also the column names and the set of columns the file really has."""
    present = pq.read_schema(path).names
    sel = []
    for name, kind, _ in contract.load()[table]:
        sel.append(f'"{name}"' if name in present else f'CAST(NULL AS {_DUCK_TYPES[kind]}) AS "{name}"')
    extras = [c for c in present if c not in contract.columns(table)]
    sel += [f'"{c}"' for c in extras]
    return ", ".join(sel), contract.columns(table) + extras, set(present)


# Filters on what a report says rather than on the happening: with "count each incident once" they
# need the exact (slower) dedup among the matching rows, see Store.measures_sql.
_REPORT_LEVEL = ("claimant", "claim_status", "outlet", "q")


CACHE_ENV = "TALLYBOARD_CACHE_DIR"
_SLIM_VERSION = 3  # bump when the slim tables change shape


_THREADS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _background(target: Callable, *args) -> threading.Thread:
    """Run ``target`` in a daemon thread that the interpreter waits for at exit (a DuckDB query cut
    off by the interpreter's shutdown aborts the process)."""
    thread = threading.Thread(target=target, args=args, daemon=True)
    _THREADS.add(thread)
    thread.start()
    return thread


@atexit.register
def _join_background() -> None:
    for thread in list(_THREADS):
        thread.join(timeout=60)


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _cache_file(directory: Path) -> Path | None:
    """Where the slim tables of ``directory``'s current files are kept between starts, when
    ``$TALLYBOARD_CACHE_DIR`` is set (off by default)."""
    root = os.environ.get(CACHE_ENV)
    if not root:
        return None
    key = hashlib.sha1(repr((_SLIM_VERSION, version(directory))).encode()).hexdigest()[:16]
    Path(root).mkdir(parents=True, exist_ok=True)
    return Path(root) / f"tallyboard-{key}.duckdb"


class Store:
    """DuckDB over one directory of tables; methods map a ``Filters`` to a DataFrame.

    Loaded into memory: a slim copy of measures and events (the columns filters and charts use,
    with integer keys, the event type, incident and outlet joined on) and the articles' headers;
    then, in the background, each distinct sentence once, lower-cased, for text search. Long texts
    (sentences as written, article bodies) stay in the Parquet files and are read by row number
    for the rows a page lists or a download asks for.
    """

    def __init__(self, directory: Path, added: dict[str, pd.DataFrame] | None = None):
        """``added``: a session's extra ``articles``/``events``/``measures`` frames (the "Add articles"
        page), appended to the files' rows with row numbers after the files' own."""
        self.dir = directory
        self.con = con = duckdb.connect(":memory:", config={"threads": 2})
        self.columns: dict[str, list[str]] = {}
        self.src: dict[str, str] = {}
        present: dict[str, set[str]] = {}
        for t in contract.TABLES:
            path = str(directory / f"{t}.parquet").replace("'", "''")
            sel, self.columns[t], present[t] = _conformed(t, directory / f"{t}.parquet")
            self.src[t] = (f"(SELECT file_row_number::INTEGER AS rid, {sel}"
                           f" FROM read_parquet('{path}', file_row_number=true))")
            if added is not None and len(added[t]):
                self.src[t] = _with_added(con, t, self.src[t], directory / f"{t}.parquet", added[t], sel)
        cache = None if added is not None else _cache_file(directory)  # a session's own tables stay in memory
        self.saving: threading.Thread | None = None
        self._searches: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()
        self.sentences = threading.Event()  # set once the sentence tables (text search) are in memory
        if cache is not None and cache.exists():  # a restart on the same tables: no rebuild
            con.execute(f"ATTACH '{_quote(cache)}' AS warm (READ_ONLY)")
            for t in _SLIM_TABLES:
                con.execute(f"CREATE VIEW {t} AS SELECT * FROM warm.{t}")
            self.sentences.set()
        else:
            self._build(present)
            # the sentences for text search load in the background (then the slim tables are saved)
            self.saving = _background(self._finish, cache)
        self.has_incidents = bool(self._one("SELECT count(inc) FROM e")[0])
        # metric -> its bit in e.metrics (None when there are too many metrics for one bit each)
        self.metric_bits: dict[str, int] | None = None
        names = (self._one("SELECT enum_range(metric) FROM m LIMIT 1") or [[]])[0]
        if len(names) <= 64 and self._one("SELECT count(*) FROM e WHERE metrics IS NULL")[0] == 0:
            self.metric_bits = {name: 1 << i for i, name in enumerate(names)}

    def _build(self, present: dict[str, set[str]]) -> None:
        """Load the slim tables ``a`` (articles), ``e`` (events) and ``m`` (measures).

        Articles are keyed by their row number (``aid``); the few-valued text columns filters and
        charts group on (country, metric, actor...) are ENUMs, so filtering and grouping a million
        rows compares small integers; rows are ordered by date, so a date range skips whole blocks."""
        con = self.con
        con.execute(f"""CREATE TABLE a AS SELECT rid AS aid, hash(article_id) AS ak, {', '.join(_ARTICLE_COLS)}
                        FROM {self.src['articles']}""")
        # measures: event type, incident and outlet from the measures file when the ETL adds them there,
        # else joined on from events and articles
        m_event_type = "s.event_type" if "event_type" in present["measures"] else "e.event_type"
        m_outlet = "s.outlet" if "outlet" in present["measures"] else "a.outlet"
        sources = {  # enum type -> the expressions whose values it holds
            "t_country": ["SELECT country FROM {m}", "SELECT country FROM {e}"],
            "t_metric": ["SELECT metric FROM {m}"],
            "t_actor": ["SELECT actor FROM {m}", "SELECT actor1 FROM {e}", "SELECT actor2 FROM {e}"],
            "t_claimant": ["SELECT claimant FROM {m}", "SELECT claimant FROM {e}"],
            "t_status": ["SELECT claim_status FROM {m}", "SELECT claim_status FROM {e}"],
            "t_event_type": ["SELECT event_type FROM {e}"]
            + (["SELECT event_type FROM {m}"] if "event_type" in present["measures"] else []),
            "t_outlet": ["SELECT outlet FROM a"] + (["SELECT outlet FROM {m}"] if "outlet" in present["measures"] else []),
        }
        for name, parts in sources.items():
            union = " UNION ".join(p.format(m=self.src["measures"], e=self.src["events"]) for p in parts)
            values = sorted(r[0] for r in con.execute(f"SELECT DISTINCT x FROM ({union}) v(x) WHERE x IS NOT NULL").fetchall())
            con.execute(f"CREATE TYPE {name} AS ENUM ({', '.join(_literal(v) for v in values)})")
            if name == "t_metric":
                n_metrics = len(values)
        # each event's metrics as one bit each (the metric's place in t_metric): the metric filter on events
        # tests a bit instead of looking the event up among the matching figures
        metrics = ("coalesce(mm.metrics, 0::UBIGINT)" if n_metrics <= 64 else "NULL::UBIGINT")
        con.execute(f"""CREATE TABLE e AS
            WITH s AS (SELECT s.rid, hash(s.event_id) AS ek, a.aid, s.event_type::t_event_type AS event_type,
                    s.sub_event_type, s.country::t_country AS country, s.date, s.date_start, s.date_end, s.date_precision,
                    s.actor1::t_actor AS actor1, s.actor2::t_actor AS actor2, s.claimant::t_claimant AS claimant,
                    s.claim_status::t_status AS claim_status,
                    CASE WHEN s.incident_id IS NULL THEN NULL ELSE hash(s.incident_id) END AS inc,
                    hash(coalesce(s.incident_id, s.event_id)) AS grp, a.outlet::t_outlet AS outlet, {metrics} AS metrics,
                    {_SENTENCE_KEY} AS sh
                FROM {self.src['events']} s LEFT JOIN a ON a.ak = hash(s.article_id)
                LEFT JOIN (SELECT hash(event_id) AS ek, bit_or(1::UBIGINT << enum_code(metric::t_metric)) AS metrics
                           FROM {self.src['measures']} WHERE metric IS NOT NULL GROUP BY 1) mm ON mm.ek = hash(s.event_id))
            SELECT s.*, s.rid IN (SELECT min(rid) FROM s GROUP BY grp) AS top FROM s""")
        inc = ("CASE WHEN s.incident_id IS NULL THEN NULL ELSE hash(s.incident_id) END"
               if "incident_id" in present["measures"] else "e.inc")
        # the figure that stands for its incident and metric when each incident is counted once: the largest
        con.execute(f"""CREATE TABLE m AS
            WITH s AS (SELECT s.rid, hash(s.event_id) AS ek, a.aid, s.metric::t_metric AS metric, s.value, s.qualifier,
                    s.country::t_country AS country, s.actor::t_actor AS actor, s.claimant::t_claimant AS claimant,
                    s.claim_status::t_status AS claim_status, s.date, s.date_precision, s.lat, s.lon,
                    coalesce(s.location, s.admin1) AS place, s.quote, {m_event_type}::t_event_type AS event_type,
                    {m_outlet}::t_outlet AS outlet, CASE WHEN {inc} IS NULL THEN hash(s.measure_id, s.metric)
                                                         ELSE hash({inc}, s.metric) END AS grp, {_SENTENCE_KEY} AS sh
                FROM {self.src['measures']} s
                LEFT JOIN (SELECT ek, inc, event_type FROM e) e ON e.ek = hash(s.event_id)
                LEFT JOIN (SELECT ak, aid, outlet FROM a) a ON a.ak = hash(s.article_id))
            SELECT s.*, s.rid IN (SELECT arg_max(rid, value::HUGEINT * 4294967296 - rid) FROM s GROUP BY grp) AS top
            FROM s""")

    def _build_sentences(self) -> None:
        """The sentences text search reads, each stored once, lower-cased (``sent``), keyed by the
        hash of the sentence that the figures and events hold (``sh``)."""
        union = " UNION ALL ".join(f"SELECT hash(sentence) AS sh, sentence FROM {self.src[t]} WHERE sentence IS NOT NULL"
                                   for t in ("measures", "events"))
        self.con.cursor().execute(f"CREATE TABLE sent AS SELECT sh, lower(any_value(sentence)) AS text FROM ({union})"
                                  " GROUP BY sh")
        self.sentences.set()

    def _finish(self, cache: Path | None) -> None:
        """Background work after the slim tables are loaded: the sentence tables, then the cache file."""
        try:
            self._build_sentences()
        except duckdb.Error:
            return  # searches keep reading the sentences from the Parquet files
        if cache is not None:
            self._save(cache)

    def _save(self, cache: Path) -> None:
        """Write the slim tables to ``cache`` (atomically) so the next start skips the build."""
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        try:
            cur = self.con.cursor()
            cur.execute(f"ATTACH '{_quote(tmp)}' AS save")
            for t in _SLIM_TABLES:
                cur.execute(f"CREATE TABLE save.{t} AS SELECT * FROM memory.main.{t}")
            cur.execute("DETACH save")
            os.replace(tmp, cache)
        except (duckdb.Error, OSError):
            tmp.unlink(missing_ok=True)

    # -- plumbing -------------------------------------------------------------------------
    def _one(self, sql: str, params: list | None = None):
        return self.con.cursor().execute(sql, params or []).fetchone()

    def sql(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """Run a query; DATE columns come back as ``datetime.date`` (ISO dates in CSV), not timestamps."""
        rel = self.con.cursor().sql(sql, params=params or None)
        table = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # duckdb 2.x / 1.x
        return _plain_text(table).to_pandas(date_as_object=True)

    def _quotes(self, frame: pd.DataFrame, claimants: bool) -> pd.DataFrame:
        """Replace ``r3`` (the row numbers of each group's three largest figures) by one ``quotes``
        hover text: their quotes, with their claimants when ``claimants``."""
        rids = sorted({int(r) for rs in frame["r3"] for r in rs})
        found = {}
        if rids:
            rows = self.con.cursor().execute(
                "SELECT rid, quote, coalesce(claimant::VARCHAR, 'unnamed source') FROM m WHERE rid IN (SELECT unnest(?))",
                [rids]).fetchall()
            found = {rid: (quote, claimant) for rid, quote, claimant in rows}
        texts = []
        for rs in frame["r3"]:
            picked = [found[int(r)] for r in rs]
            texts.append(_hover([q for q, _ in picked], [c if claimants else None for _, c in picked]))
        frame["quotes"] = texts
        return frame.drop(columns="r3")

    def vocab(self) -> dict[str, list[str]]:
        """Distinct values of each list filter, for the sidebar's options."""
        out = {}
        for field, (table, col) in _VOCAB_SOURCES.items():
            rows = self.con.cursor().execute(f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL ORDER BY 1")
            out[field] = [r[0] for r in rows.fetchall()]
        return out

    def search(self, table: str, text: str) -> str:
        """SQL condition on the rows of ``table`` (``m`` or ``e``): their sentence contains ``text``
        (case-insensitive). Each search's matches are kept in a table: the sentences' keys once the
        sentence table is loaded, else the row numbers, read from the sentences in the Parquet file."""
        ready = self.sentences.is_set()
        key = ("sent" if ready else table, text.lower())
        with self._lock:
            if key not in self._searches:
                name = f"search_{len(self._searches)}"
                if ready:
                    sql = "SELECT sh FROM sent WHERE contains(text, ?)"
                else:
                    sql = f"SELECT rid FROM {self.src[table]} WHERE contains(lower(sentence), ?)"
                self.con.cursor().execute(f"CREATE TABLE {name} AS {sql}", [text.lower()])
                self._searches[key] = name
            name = self._searches[key]
        return f"sh IN (SELECT sh FROM {name})" if ready else f"rid IN (SELECT rid FROM {name})"

    # -- filtered relations (SQL text + parameters) ----------------------------------------
    def measures_sql(self, f: Filters) -> tuple[str, list]:
        """Filtered slim measures. Counting each incident once keeps, per incident and metric, the
        largest matching figure: the precomputed ``top`` row, or — when a filter picks reports
        (claimant, status, outlet, search) and may leave that row out — the largest among the rest."""
        where, params = _where(f, "measures", self)
        return f"SELECT * FROM m WHERE {where}" + _once(f, "value DESC, rid"), params

    def events_sql(self, f: Filters) -> tuple[str, list]:
        where, params = _where(f, "events", self)
        if f.metric and self.metric_bits is not None:
            where += " AND metrics & ? <> 0"
            params.append(sum(self.metric_bits.get(m, 0) for m in f.metric))
        elif f.metric:
            where += " AND ek IN (SELECT ek FROM m WHERE list_contains(?, metric))"
            params.append(list(f.metric))
        return f"SELECT * FROM e WHERE {where}" + _once(f, "rid"), params

    def _article_keys(self, f: Filters) -> tuple[str, list]:
        msql, mp = self.measures_sql(f)
        esql, ep = self.events_sql(f)
        return f"SELECT aid FROM ({msql}) UNION SELECT aid FROM ({esql})", mp + ep

    # -- frames the pages show and download ------------------------------------------------
    def table(self, f: Filters, name: str, limit: int | None = None) -> pd.DataFrame:
        """The filtered ``articles``, ``events`` or ``measures`` table: every column of the file
        (contract columns first), most recent first."""
        cols = ", ".join(f'"{c}"' for c in self.columns[name])
        tail = f" LIMIT {int(limit)}" if limit else ""
        if name == "articles":
            order = "published DESC NULLS LAST, article_id"
            if f.is_empty():
                return self.sql(f"SELECT {cols} FROM {self.src['articles']} ORDER BY {order}{tail}")
            keys, params = self._article_keys(f)
            return self.sql(f"SELECT {cols} FROM {self.src['articles']} WHERE rid IN ({keys})"
                            f" ORDER BY {order}{tail}", params)
        sql, params = (self.measures_sql if name == "measures" else self.events_sql)(f)
        rids = f"SELECT rid FROM ({sql}) ORDER BY date DESC NULLS LAST, rid{tail}"
        return self.sql(f"SELECT {cols} FROM {self.src[name]} WHERE rid IN ({rids})"
                        " ORDER BY date DESC NULLS LAST, rid", params)

    def count(self, f: Filters, name: str) -> int:
        if name == "articles":
            if f.is_empty():
                return int(self._one("SELECT count(*) FROM a")[0])
            keys, params = self._article_keys(f)
            return int(self._one(f"SELECT count(*) FROM ({keys})", params)[0])
        sql, params = (self.measures_sql if name == "measures" else self.events_sql)(f)
        return int(self._one(f"SELECT count(*) FROM ({sql})", params)[0])

    def headline(self, f: Filters) -> pd.DataFrame:
        """One row per metric: total value, number of figures, first and last date."""
        sql, params = self.measures_sql(f)
        return self.sql(f"SELECT metric, sum(value)::BIGINT AS value, count(*) AS figures, min(date) AS first,"
                        f" max(date) AS last FROM ({sql}) GROUP BY metric ORDER BY metric", params)

    def summary(self, f: Filters) -> dict:
        """Counts of articles and events (the figures' count and dates are in ``headline``)."""
        return {"articles": self.count(f, "articles"), "events": self.count(f, "events")}

    def overview(self, f: Filters, metrics: tuple[str, ...]) -> dict:
        """What the Overview shows, in one statement (each filtered table is read once): ``headline``
        as :meth:`headline`, ``by_country`` as ``totals(f, by="country", metrics=metrics)``, and the
        ``articles`` and ``events`` counts of :meth:`summary`."""
        msql, mp = self.measures_sql(f)
        esql, ep = self.events_sql(f)
        articles = ("(SELECT count(*) FROM a)" if f.is_empty()
                    else "(SELECT count(*) FROM (SELECT aid FROM mm UNION SELECT aid FROM ee))")
        out = self.sql(f"""WITH mm AS MATERIALIZED (SELECT rid, aid, metric, value, date,
                                   {_BY['country']} AS country FROM ({msql})),
                 ee AS MATERIALIZED (SELECT aid FROM ({esql})),
                 g AS (SELECT GROUPING(country) AS whole, country, metric, sum(value)::BIGINT AS value,
                              count(*) AS figures, min(date) AS first, max(date) AS last, {_TOP3} AS r3
                       FROM mm GROUP BY GROUPING SETS ((country, metric), (metric)))
            SELECT c.articles, c.events, g.* FROM (SELECT {articles} AS articles, (SELECT count(*) FROM ee) AS events) c
            LEFT JOIN g ON TRUE ORDER BY g.whole DESC, g.country, g.metric""", mp + ep)
        rows = out[out["metric"].notna()].astype({"value": "int64", "figures": "int64"})  # no figures: one NULL row
        whole = rows["whole"] == 1
        headline = rows[whole][["metric", "value", "figures", "first", "last"]].reset_index(drop=True)
        by_country = rows[~whole & rows["metric"].isin(metrics)][["country", "metric", "value", "figures", "r3"]]
        return {"headline": headline, "by_country": self._quotes(by_country.reset_index(drop=True), claimants=True),
                "articles": int(out["articles"].iloc[0]), "events": int(out["events"].iloc[0])}

    def totals(self, f: Filters, by: str, metrics: tuple[str, ...] = (), every: str = "month") -> pd.DataFrame:
        """Sum of values per ``by`` group and metric, with the top quotes behind each sum.

        ``by`` is ``country``, ``actor``, ``claimant`` or ``period`` (date truncated to ``every``).
        """
        sql, params = self.measures_sql(f)
        key = f"date_trunc('{_EVERY[every]}', date)::DATE" if by == "period" else _BY[by]
        cond = "list_contains(?, metric)" if metrics else "TRUE"
        q = f"""SELECT {key} AS {by}, metric, sum(value)::BIGINT AS value, count(*) AS figures,
                   {_TOP3} AS r3
                FROM ({sql}) WHERE {cond} {'AND date IS NOT NULL' if by == 'period' else ''}
                GROUP BY ALL ORDER BY 1, 2"""
        return self._quotes(self.sql(q, params + ([list(metrics)] if metrics else [])), claimants=True)

    def interception(self, f: Filters, kind: str | None = None) -> pd.DataFrame:
        """Events where both launched and intercepted are reported, with the interception rate.

        ``kind`` keeps only ``drones`` or ``missiles``.
        """
        sql, params = self.measures_sql(f)
        metrics = [m for m in ("drones_launched", "drones_intercepted", "missiles_launched", "missiles_intercepted")
                   if kind is None or m.startswith(kind)]
        q = f"""SELECT any_value(e.event_id) AS event_id, any_value(x.date) AS date, any_value(x.country) AS country,
                   any_value(x.claimant) AS claimant, x.kind,
                   sum(x.value) FILTER (WHERE x.metric LIKE '%_launched') AS launched,
                   sum(x.value) FILTER (WHERE x.metric LIKE '%_intercepted') AS intercepted
                FROM (SELECT *, split_part(metric, '_', 1) AS kind FROM ({sql}) WHERE list_contains(?, metric)) x
                LEFT JOIN (SELECT ek, rid FROM e) ee ON ee.ek = x.ek
                LEFT JOIN (SELECT rid, event_id FROM {self.src['events']}) e ON e.rid = ee.rid
                GROUP BY x.ek, x.kind HAVING launched > 0 AND intercepted IS NOT NULL
                ORDER BY date DESC NULLS LAST, event_id"""
        out = self.sql(q, [*params, metrics])
        out["rate"] = (out["intercepted"] / out["launched"]).round(3)
        return out

    def timeline(self, f: Filters, limit: int = 2_000) -> pd.DataFrame:
        """Events with their date window and sentence, most recent first (at most ``limit``)."""
        sql, params = self.events_sql(f)
        return self.sql(f"""SELECT s.event_id, x.date, x.date_start, x.date_end, x.date_precision, x.country,
                   x.event_type, x.sub_event_type, x.claimant, s.sentence, a.title, a.outlet
                FROM (SELECT * FROM ({sql}) WHERE date IS NOT NULL OR date_start IS NOT NULL
                      ORDER BY coalesce(date, date_start) DESC, rid LIMIT {int(limit)}) x
                JOIN (SELECT rid, event_id, sentence FROM {self.src['events']}) s ON s.rid = x.rid
                LEFT JOIN a ON a.aid = x.aid
                ORDER BY coalesce(x.date, x.date_start) DESC, x.rid""", params)

    def places(self, f: Filters, metric: str) -> pd.DataFrame:
        """Sum of ``metric`` per place with coordinates (``layer`` = point) and per country for the
        figures known only to the country (``layer`` = country)."""
        sql, params = self.measures_sql(f)
        out = self.sql(f"""SELECT CASE WHEN lat IS NULL OR lon IS NULL THEN 'country' ELSE 'point' END AS layer,
                   country, coalesce(place, country) AS place, round(lat, 3) AS lat, round(lon, 3) AS lon,
                   sum(value)::BIGINT AS value, count(*) AS figures, {_TOP3} AS r3
                FROM ({sql}) WHERE metric = ? AND (country IS NOT NULL OR lat IS NOT NULL)
                GROUP BY ALL ORDER BY value DESC""", [*params, metric])
        return self._quotes(out, claimants=False)

    def sources(self, f: Filters, limit: int | None = None) -> pd.DataFrame:
        """Every figure with its provenance; ``sentence`` marks the quoted figure with ⟦ ⟧."""
        sql, params = self.measures_sql(f)
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self.sql(f"""SELECT s.metric, s.value, s.qualifier, s.claimant, s.claim_status, s.country, s.date,
                   a.title, a.outlet, a.published, a.url, s.quote,
                   CASE WHEN strpos(s.sentence, s.quote) > 0 THEN
                        substr(s.sentence, 1, strpos(s.sentence, s.quote) - 1) || '⟦' || s.quote || '⟧'
                        || substr(s.sentence, strpos(s.sentence, s.quote) + length(s.quote))
                   ELSE coalesce(s.sentence, '⟦' || s.quote || '⟧') END AS sentence,
                   s.measure_id, s.article_id, s.char_start, s.char_end
                FROM {self.src['measures']} s LEFT JOIN a ON a.ak = hash(s.article_id)
                WHERE s.rid IN (SELECT rid FROM ({sql}) ORDER BY date DESC NULLS LAST, rid{tail})
                ORDER BY s.date DESC NULLS LAST, s.rid""", params)


def _with_added(con, table: str, src: str, path: Path, frame: pd.DataFrame, sel: str) -> str:
    """Copy a session's added rows into the database (``added_<table>``, typed like the file's
    columns, row numbers after the file's) and return ``src`` with them appended."""
    schema = pq.read_schema(path)
    cols = [c for c in frame.columns if c in schema.names]
    arrow = pa.Table.from_pandas(frame[cols].reset_index(drop=True), preserve_index=False)
    arrow = arrow.cast(pa.schema([schema.field(c) for c in cols]))
    first = pq.ParquetFile(path).metadata.num_rows
    arrow = arrow.append_column("rid", pa.array(range(first, first + len(arrow)), pa.int32()))
    name = f"added_{table}"
    con.register("_incoming", arrow)
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM _incoming")
    con.unregister("_incoming")
    return f"({src[1:-1]} UNION ALL BY NAME SELECT rid, {sel} FROM {name})"


def _plain_text(table: pa.Table) -> pa.Table:
    """ENUM columns (dictionary-encoded in Arrow) as plain text, like every other text column."""
    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(field.type.value_type))
    return table


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _hover(quotes: list[str], claimants: list[str | None]) -> str:
    """The hover text of a total: its largest figures' quotes, each with who reported it."""
    return "<br>".join(f"“{q}”" + (f" — {c}" if c else "") for q, c in zip(quotes, claimants, strict=True))


_BY = {"country": "coalesce(country::VARCHAR, 'at sea / unknown')", "actor": "coalesce(actor::VARCHAR, 'unknown')",
       "claimant": "coalesce(claimant::VARCHAR, 'unnamed source')"}
_SLIM_TABLES = ("a", "e", "m", "sent")
# the row numbers of a group's three largest figures, largest first; among equal figures the first rows
_TOP3 = "max_by(rid, value::HUGEINT * 4294967296 - rid, 3)"
_SENTENCE_KEY = "CASE WHEN s.sentence IS NULL THEN NULL ELSE hash(s.sentence) END"  # see Store.search
_EVERY = {"day": "day", "week": "week", "month": "month"}
def _once(f: Filters, order: str) -> str:
    """The SQL tail that counts each incident once: the precomputed representative (``top``), or,
    when a report-level filter may have left it out, the first remaining row by ``order``."""
    if not f.once:
        return ""
    if any(getattr(f, k) for k in _REPORT_LEVEL):
        return f" QUALIFY row_number() OVER (PARTITION BY grp ORDER BY {order}) = 1"
    return " AND top"


_VOCAB_SOURCES = {
    "country": ("m", "country"), "actor": ("m", "actor"), "claimant": ("m", "claimant"), "outlet": ("a", "outlet"),
    "metric": ("m", "metric"), "event_type": ("e", "event_type"), "claim_status": ("m", "claim_status"),
}
# Filter field -> SQL on the measures table (m) and on the events table (e); "?" takes the value.
# "{src}" is the table's Parquet file (for the sentences, which stay on disk).
_FILTER_SQL: dict[str, tuple[str | None, str | None]] = {
    "country": ("list_contains(?, country)", "list_contains(?, country)"),
    "metric": ("list_contains(?, metric)", None),  # events: through their measures, see events_sql
    "actor": ("list_contains(?, actor)", "(list_contains(?, actor1) OR list_contains(?, actor2))"),
    "claimant": ("list_contains(?, claimant)", "list_contains(?, claimant)"),
    "claim_status": ("list_contains(?, claim_status)", "list_contains(?, claim_status)"),
    "event_type": ("list_contains(?, event_type)", "list_contains(?, event_type)"),
    "outlet": ("list_contains(?, outlet)", "list_contains(?, outlet)"),
    "date_from": ("date >= ?", "date >= ?"),
    "date_to": ("date <= ?", "date <= ?"),
    "q": ("{search}", "{search}"),  # see Store.search
}


def _where(f: Filters, table: str, store: Store) -> tuple[str, list]:
    """WHERE clause and parameters for ``f`` on ``measures`` or ``events``."""
    side = 0 if table == "measures" else 1
    clauses, params = ["TRUE"], []
    for field, sqls in _FILTER_SQL.items():
        value = getattr(f, field)
        if not value or sqls[side] is None:
            continue
        if field == "q":
            clauses.append(sqls[side].replace("{search}", store.search(table, value)))
            continue
        clauses.append(sqls[side])
        params += [list(value) if isinstance(value, tuple) else value] * sqls[side].count("?")
    return " AND ".join(clauses), params


# -- streamlit side: one cached store per data version, cached frames per filter state ------
# A session that added articles (dashboard.additions) gets its own Store, kept in its session state:
# the committed tables plus its additions. Cache keys end with the additions' content hash ('' for
# none), so a session only ever reads frames computed from what it can see itself.
_STORES: dict[tuple, Future] = {}  # data version -> the Store being built or built (the last two kept)
_STORES_LOCK = threading.Lock()


def _building(key: tuple) -> Future:
    """The Store of data version ``key``, built once per process in a background thread."""
    with _STORES_LOCK:
        future = _STORES.get(key)
        if future is None or (future.done() and future.exception() is not None):  # a failed load is retried
            future = _STORES[key] = Future()
            _background(_fill, future, key)
            for old in list(_STORES)[:-2]:
                del _STORES[old]
        return future


def _fill(future: Future, key: tuple) -> None:
    try:
        future.set_result(Store(Path(key[0])))
    except BaseException as exc:  # handed to whoever waits for the Store
        future.set_exception(exc)


def _store(key: tuple) -> Store:
    return _building(key).result()


def warm() -> None:
    """Start loading the current data directory's tables in the background, so the first page's
    imports and the load overlap (``dashboard/app.py`` calls this first). Does nothing when the
    tables are missing (the page builds them) or already loaded."""
    directory = data_dir()
    if tables_present(directory):
        _building(version(directory))


def _key() -> tuple:
    return (*version(data_dir()), additions.token())


def _resolve(key: tuple) -> Store:
    if not key[-1]:
        return _store(key[:-1])
    held = st.session_state.get("_tallyboard_store")
    if held is None or held[0] != key:
        held = (key, Store(Path(key[0]), added=additions.current().frames))
        st.session_state["_tallyboard_store"] = held
    return held[1]


def store() -> Store:
    """The Store for the current data directory (reloaded when a table file changes), with this
    session's added articles when it has any."""
    return _resolve(_key())


@st.cache_data(show_spinner=False, max_entries=512)
def _frame(key: tuple, method: str, f: Filters, kwargs: tuple):
    return getattr(_resolve(key), method)(f, **dict(kwargs))


def frame(method: str, f: Filters, **kwargs):
    """``Store.<method>(f, **kwargs)``, cached per data version, session additions and filter state."""
    return _frame(_key(), method, f, tuple(sorted(kwargs.items())))


@st.cache_data(show_spinner=False, max_entries=16)
def _vocab(key: tuple) -> dict[str, list[str]]:
    return _resolve(key).vocab()


def vocab() -> dict[str, list[str]]:
    """Distinct values of each list filter in the current data (the sidebar's options)."""
    return _vocab(_key())


def article_ids() -> set[str]:
    """Ids of every article this session sees (the files' and its own additions)."""
    s = store()
    return set(s.sql(f"SELECT article_id FROM {s.src['articles']}")["article_id"])


def full(method: str, f: Filters, **kwargs) -> Callable[[], pd.DataFrame]:
    """A deferred, uncached ``Store.<method>`` call: what a download button runs on click."""
    s = store()
    return lambda: getattr(s, method)(f, **kwargs)


def preload() -> None:
    """Load the current tables (waiting for them) and import what the pages use: what the server
    does before it takes its first reader."""
    import dashboard.charts
    import dashboard.ui  # noqa: F401

    directory = data_dir()
    if tables_present(directory):
        store = _store(version(directory))
        # the background work too: the sentence table (text search is fast from the first reader on) and,
        # with TALLYBOARD_CACHE_DIR, the cache file (a one-off after the tables change; it would otherwise
        # take a core from the first readers for a few seconds)
        if store.saving is not None:
            store.saving.join(timeout=300)
