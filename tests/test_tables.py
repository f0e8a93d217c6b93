"""The tables on disk: contract columns, schema checks, datapackage.json, stable bytes, atomic writes."""
from __future__ import annotations

import json
import os
import time
from datetime import date

import pandas as pd
import pytest
from pandera.errors import SchemaError

from etl import tables
from etl.cli import main
from etl.pipeline import build_tables

# the columns DATA_CONTRACT.md names for each table (others may be added, none dropped or renamed)
CONTRACT = {
    "articles": "article_id title published outlet url dateline source_path text",
    "events": "event_id article_id event_type sub_event_type date date_start date_end date_precision country admin1 "
              "location geo_precision lat lon actor1 actor2 claimant claim_status incident_id sentence char_start "
              "char_end",
    "measures": "measure_id event_id article_id metric value qualifier value_low value_high weapon country admin1 "
                "location geo_precision lat lon actor claimant claim_status date date_start date_end date_precision "
                "quote char_start char_end",
}
FILES = ["articles.csv", "articles.parquet", "datapackage.json", "events.csv", "events.parquet", "measures.csv",
         "measures.parquet"]


@pytest.fixture(scope="module")
def inputs(seed, fixtures):
    return [str(seed), str(fixtures / "multi_outlets.txt"), str(fixtures / "feed.rss"), str(fixtures / "feed.atom"),
            str(fixtures / "page.html")]


@pytest.fixture(scope="module")
def built(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    summary = build_tables(inputs, out, warn=lambda m: None, progress=False)
    assert summary.articles == 2 + 3 + 1 + 2 + 1  # the feed's Israel item is the text file's third article
    return out


def snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("table", tables.TABLES)
def test_contract_columns_present_in_order(table):
    cols = tables.columns(table)
    assert len(cols) == len(set(cols))
    named = CONTRACT[table].split()
    assert [c for c in cols if c in named] == named


def test_files_written(built):
    assert sorted(p.name for p in built.iterdir()) == FILES


def test_two_runs_give_byte_identical_csv(built, inputs, tmp_path):
    build_tables(list(reversed(inputs)), tmp_path, warn=lambda m: None, progress=False)
    for name in ("articles.csv", "events.csv", "measures.csv", "datapackage.json"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_csv_is_utf8_with_header_and_iso_dates(built):
    raw = (built / "articles.csv").read_bytes()
    assert b"\r\n" not in raw
    header = raw.decode("utf-8").split("\n", 1)[0]
    assert header == ",".join(tables.columns("articles"))
    arts = pd.read_csv(built / "articles.csv", keep_default_na=False, dtype=str)
    assert "2025-05-21" in arts["published"].tolist() and "2024-06-12" in arts["published"].tolist()
    assert all(p == "" or len(p) == 10 for p in arts["published"])
    assert arts["article_id"].is_unique


def test_parquet_matches_csv(built):
    for table in tables.TABLES:
        pq = pd.read_parquet(built / f"{table}.parquet")
        assert list(pq.columns) == tables.columns(table)
        assert len(pq) == len(pd.read_csv(built / f"{table}.csv"))
    pq = pd.read_parquet(built / "articles.parquet")
    assert pq.loc[pq["title"].str.startswith("Putin"), "published"].tolist() == [date(2025, 5, 21)]


def test_datapackage_describes_every_column_of_every_table(built):
    pkg = json.loads((built / "datapackage.json").read_text("utf-8"))
    assert pkg["profile"] == "tabular-data-package"
    assert [r["name"] for r in pkg["resources"]] == list(tables.TABLES)
    for res in pkg["resources"]:
        fields = res["schema"]["fields"]
        header = (built / res["path"]).read_text("utf-8").split("\n", 1)[0].split(",")
        assert [f["name"] for f in fields] == header == tables.columns(res["name"])
        for f in fields:
            assert f["type"] in {"string", "integer", "number", "date"}, f
            assert isinstance(f.get("description"), str) and len(f["description"]) > 3, f
    measures = {f["name"]: f for f in pkg["resources"][2]["schema"]["fields"]}
    assert measures["value"]["type"] == "integer" and measures["lat"]["type"] == "number"
    assert measures["date"]["type"] == "date"
    assert measures["metric"]["constraints"]["enum"] == tables.vocabularies()["metric"]
    assert pkg == tables.datapackage()


def measure(**kw) -> dict:
    return {"measure_id": "m1", "event_id": "e1", "article_id": "a1", "metric": "killed", "value": 3,
            "qualifier": "exact", **kw}


def test_schema_accepts_a_good_row_and_empty_tables():
    tables.validate("measures", tables.frame("measures", [measure()]))
    for table in tables.TABLES:
        df = tables.frame(table, [])
        assert list(df.columns) == tables.columns(table) and len(df) == 0
        tables.validate(table, df)


@pytest.mark.parametrize("row, column, bad", [
    (measure(metric="foo"), "metric", "foo"),
    (measure(value=-3), "value", "-3"),
    (measure(qualifier="roughly"), "qualifier", "roughly"),
    (measure(lat=123.0), "lat", "123"),
    (measure(char_start=-1), "char_start", "-1"),
])
def test_schema_rejects_bad_values_naming_the_column(row, column, bad):
    with pytest.raises(SchemaError) as e:
        tables.validate("measures", tables.frame("measures", [row]))
    message = str(e.value)
    assert message.startswith("table measures: ") and f"'{column}'" in message and bad in message


def test_schema_rejects_duplicate_ids():
    with pytest.raises(SchemaError, match="measure_id"):
        tables.validate("measures", tables.frame("measures", [measure(), measure(value=4)]))


def test_schema_failure_writes_nothing_and_cli_says_why(built, tmp_path, monkeypatch, capsys, seed):
    import etl.pipeline

    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("previous", "utf-8")

    def bad_rows(articles, warn, progress=True, jobs=1):
        return [], [measure(metric="foo", article_id=articles[0].article_id)]

    monkeypatch.setattr(etl.pipeline, "extract_rows", bad_rows)
    assert main(["run", str(seed), "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "table measures" in err[0] and "'metric'" in err[0]
    assert snapshot(out) == {"articles.csv": b"previous"}


@pytest.fixture
def previous(built, tmp_path):
    """DIR with the tables of an earlier run, and a file of the user's."""
    out = tmp_path / "out"
    out.mkdir()
    for name in FILES:
        (out / name).write_bytes((built / name).read_bytes())
    (out / "notes.md").write_text("mine", "utf-8")
    return out, snapshot(out)


def other_frames():
    from etl.articles import RawArticle, finish
    from etl.pipeline import build_frames

    art = finish(RawArticle(text="A different article.", source_path="x.txt", title="Different"))
    return build_frames([art], warn=lambda m: None, progress=False)


@pytest.mark.parametrize("failing_call", [2, 4, 7])
def test_crash_while_moving_files_into_place_keeps_previous_tables(previous, monkeypatch, failing_call):
    out, before = previous
    frames = other_frames()
    real_replace, calls = os.replace, []

    def crashing_replace(src, dst):
        calls.append(dst)
        if len(calls) == failing_call:
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crashing_replace)
    with pytest.raises(OSError, match="disk full"):
        tables.write_tables(out, frames)
    monkeypatch.undo()
    assert snapshot(out) == before  # every file the old one: no mix of old and new tables
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]


def test_crash_while_writing_keeps_previous_tables(previous, monkeypatch):
    out, before = previous
    frames = other_frames()

    def crash(self, *a, **k):
        raise KeyboardInterrupt  # the run is interrupted half-way through writing the Parquet files

    monkeypatch.setattr(pd.DataFrame, "to_parquet", crash)
    with pytest.raises(KeyboardInterrupt):
        tables.write_tables(out, frames)
    assert snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]


def test_successful_write_replaces_tables_and_keeps_other_files(previous):
    out, before = previous
    tables.write_tables(out, other_frames())
    after = snapshot(out)
    assert after["notes.md"] == b"mine"
    assert after["articles.csv"] != before["articles.csv"]
    assert pd.read_csv(out / "articles.csv")["title"].tolist() == ["Different"]
    assert sorted(after) == sorted(FILES + ["notes.md"])


def test_staging_folder_of_a_killed_run_is_cleaned_up(previous):
    out, _ = previous
    stale = out / ".staging-killed"
    stale.mkdir()
    (stale / "articles.csv").write_text("half", "utf-8")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = out / ".staging-running"  # perhaps another run writing right now: left alone
    fresh.mkdir()
    tables.write_tables(out, other_frames())
    assert not stale.exists() and fresh.exists()
