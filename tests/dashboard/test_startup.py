"""The server loads the tables and runs the default page once before it answers /_stcore/health."""

import json

from conftest import start_server, stop_server, write_rows

from dashboard import data
from dashboard.state import Filters


def runs(path):
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_the_default_page_runs_before_the_server_is_ready(seed_dir, tmp_path):
    timing = tmp_path / "runs.jsonl"
    proc, _ = start_server(seed_dir, env={"TALLYBOARD_TIMING": str(timing)})
    try:
        ready = runs(timing)  # read the moment /_stcore/health answered
    finally:
        stop_server(proc)
    assert [(r["page"], r["query"]) for r in ready] == [("Overview", {})]


def test_no_run_before_ready_when_the_tables_are_missing(tmp_path):
    """Missing tables are built by the first reader's page (with a spinner), not before the server answers."""
    timing = tmp_path / "runs.jsonl"
    proc, _ = start_server(tmp_path / "missing", env={"TALLYBOARD_TIMING": str(timing)})
    try:
        assert runs(timing) == []
        assert not (tmp_path / "missing").exists()
    finally:
        stop_server(proc)


def test_preload_loads_the_current_tables(seed_dir, use_data, monkeypatch):
    use_data(seed_dir)
    monkeypatch.setattr(data, "_STORES", {})
    data.preload()
    future = data._STORES[data.version(seed_dir)]
    assert future.done()
    got = future.result().headline(Filters(country=("UKR",), once=True)).set_index("metric")["value"].to_dict()
    assert (got["killed"], got["injured"], got["drones_launched"]) == (2, 9, 76)


def test_preload_without_tables_loads_nothing(tmp_path, use_data, monkeypatch):
    use_data(write_rows({"articles": [], "events": [], "measures": []}, tmp_path / "empty").parent / "nothing")
    monkeypatch.setattr(data, "_STORES", {})
    data.preload()
    assert data._STORES == {}


def test_preload_finishes_the_background_work(seed_dir, use_data, monkeypatch, tmp_path):
    """After preload the sentence table is in memory and, with a cache folder, the cache file is written."""
    use_data(seed_dir)
    monkeypatch.setenv("TALLYBOARD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(data, "_STORES", {})
    data.preload()
    store = data._store(data.version(seed_dir))
    assert store.sentences.is_set() and not store.saving.is_alive()
    assert len(list((tmp_path / "cache").glob("tallyboard-*.duckdb"))) == 1
    assert store.count(Filters(q="shahed"), "measures") == 1
