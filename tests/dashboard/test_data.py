"""The data module over hand-made and synthetic tables (no streamlit runtime needed)."""

import datetime as dt

import pandas as pd
import pytest
from conftest import seed_tables, write_rows

from dashboard import contract
from dashboard.data import Store
from dashboard.state import Filters


@pytest.fixture(scope="module")
def seed(seed_dir):
    return Store(seed_dir)


def totals(store, f):
    return store.headline(f).set_index("metric")["value"].to_dict()


def test_seed_figures_for_ukraine(seed):
    got = totals(seed, Filters(country=("UKR",), once=True))
    assert got["killed"] == 2
    assert got["injured"] == 9
    assert got["drones_launched"] == 76


def test_seed_figures_everywhere(seed):
    got = totals(seed, Filters())
    assert got["drones_intercepted"] == 262 + 16
    assert got["troops"] == 12000 + 5600 + 200000
    assert got["killed"] == 2 + 87 + 28


def test_filters_combine(seed):
    f = Filters(metric=("drones_intercepted",), claimant=("Russian Ministry of Defense",))
    assert totals(seed, f) == {"drones_intercepted": 262}
    assert totals(seed, Filters(claim_status=("unverified",))) == {"drones_hit": 10}
    assert totals(seed, Filters(actor=("PRK",))) == {"troops": 12000}
    assert totals(seed, Filters(event_type=("protests",))) == {"arrested": 2400, "killed": 28, "released": 2000}
    assert totals(seed, Filters(q="SHAHED")) == {"drones_launched": 76}
    assert totals(seed, Filters(outlet=("Nobody",))) == {}


def test_date_range(seed):
    f = Filters(date_from=dt.date(2025, 12, 1), date_to=dt.date(2025, 12, 31))
    assert totals(seed, f) == {"detained": 887, "troops": 205600}


def test_articles_and_events_follow_the_measure_filters(seed):
    f = Filters(country=("VEN",))
    assert seed.table(f, "articles")["article_id"].tolist() == ["a-caracas"]
    assert set(seed.table(f, "events")["event_id"]) == {"e-sworn", "e-protests", "e-prisoners", "e-army"}
    assert seed.count(Filters(metric=("killed",)), "events") == 3
    assert seed.count(Filters(), "articles") == 2


def test_tables_keep_contract_columns_in_order(seed):
    for name in contract.TABLES:
        assert seed.table(Filters(), name).columns.tolist()[: len(contract.columns(name))] == contract.columns(name)


def test_quotes_behind_each_total(seed):
    by_country = seed.totals(Filters(), by="country", metrics=("killed",))
    row = by_country.set_index("country").loc["UKR"]
    assert row["value"] == 2 and "“killed two people” — regional administration" in row["quotes"]
    assert "at sea / unknown" in set(by_country["country"])  # the 87 killed at sea stay visible


def test_time_buckets(seed):
    weeks = seed.totals(Filters(country=("UKR",)), by="period", metrics=("injured",), every="week")
    assert weeks["value"].tolist() == [9]
    assert weeks["period"].iloc[0] == dt.date(2025, 5, 19)


def test_interception_needs_both_figures_of_one_event(tmp_path):
    rows = seed_tables()
    m = rows["measures"]
    launch = next(r for r in m if r["metric"] == "drones_launched")
    m.append({**launch, "measure_id": "m-x", "metric": "drones_intercepted", "value": 57})
    store = Store(write_rows(rows, tmp_path))
    rates = store.interception(Filters())
    assert rates[["event_id", "launched", "intercepted", "rate"]].values.tolist() == [["e-launch", 76, 57, 0.75]]
    assert store.interception(Filters(), kind="missiles").empty


def test_count_each_incident_once(tmp_path):
    """Three articles report one strike (2, 3 and 3 killed): counted once it is 3, not 8."""
    rows = seed_tables()
    sumy = next(r for r in rows["measures"] if r["measure_id"] == "m-e-sumy-killed")
    ev = next(r for r in rows["events"] if r["event_id"] == "e-sumy")
    for i, value in ((2, 3), (3, 3)):
        rows["events"].append({**ev, "event_id": f"e-sumy{i}"})
        rows["measures"].append({**sumy, "measure_id": f"m-sumy{i}", "event_id": f"e-sumy{i}", "value": value})
    store = Store(write_rows(rows, tmp_path))
    ukr = ("UKR",)
    assert totals(store, Filters(country=ukr, metric=("killed",))) == {"killed": 8}
    assert totals(store, Filters(country=ukr, metric=("killed",), once=True)) == {"killed": 3}
    assert store.count(Filters(country=ukr), "events") == 5
    assert store.count(Filters(country=ukr, once=True), "events") == 3
    assert store.has_incidents


def test_tables_without_optional_columns_still_load(tmp_path):
    rows = seed_tables()
    for r in rows["events"]:
        r.pop("incident_id")
    directory = write_rows(rows, tmp_path)
    import pyarrow.parquet as pq

    table = pq.read_table(directory / "events.parquet").drop(["incident_id", "trigger"])
    pq.write_table(table, directory / "events.parquet")
    store = Store(directory)
    assert not store.has_incidents
    assert totals(store, Filters(country=("UKR",), once=True))["injured"] == 9


def test_sources_mark_the_figure_in_its_sentence(seed):
    src = seed.sources(Filters(metric=("drones_launched",)))
    assert src["sentence"].tolist() == ["Russia ⟦launched 76 Shahed and decoy drones⟧ overnight at Ukraine, the "
                                        "Ukrainian air force said."]
    assert src["title"].iloc[0].startswith("Putin visited")


def test_map_layers(seed):
    places = seed.places(Filters(), "drones_intercepted")
    assert places.set_index("layer")["value"].to_dict() == {"country": 262, "point": 16}


def test_synthetic_tables_are_traceable(synth_dir):
    articles = pd.read_parquet(synth_dir / "articles.parquet")
    measures = pd.read_parquet(synth_dir / "measures.parquet")
    events = pd.read_parquet(synth_dir / "events.parquet")
    text = dict(zip(articles["article_id"], articles["text"], strict=False))
    assert all(text[r.article_id][r.char_start:r.char_end] == r.quote for r in measures.itertuples())
    assert all(text[r.article_id][r.char_start:r.char_end] == r.sentence for r in events.itertuples())
    assert set(measures["metric"]) <= set(contract.metrics())
    assert measures["country"].nunique() >= 5
    assert (events.groupby("incident_id")["article_id"].nunique() > 1).any()
    assert set(events["date_precision"]) >= {"day", "week", "month"}


def test_empty_tables_load_and_give_empty_frames(tmp_path):
    store = Store(write_rows({"articles": [], "events": [], "measures": []}, tmp_path))
    f = Filters(once=True)
    assert store.headline(f).empty and store.timeline(f).empty and store.sources(f).empty
    assert store.summary(f)["events"] == 0 and store.count(f, "articles") == 0
    assert not store.has_incidents


def test_columns_the_etl_adds_to_measures_are_used_as_they_are(tmp_path):
    """When measures carry event_type, incident_id and outlet themselves, no join is needed."""
    rows = seed_tables()
    events = {e["event_id"]: e for e in rows["events"]}
    for m in rows["measures"]:
        m.update(event_type=events[m["event_id"]]["event_type"], incident_id=events[m["event_id"]]["incident_id"],
                 outlet="Arab News")
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory = write_rows(rows, tmp_path)
    table = pq.read_table(directory / "measures.parquet")
    for col in ("event_type", "incident_id", "outlet"):
        table = table.append_column(col, pa.array([m[col] for m in rows["measures"]], pa.string()))
    pq.write_table(table, directory / "measures.parquet")
    store = Store(directory)
    assert totals(store, Filters(country=("UKR",), once=True)) == {"drones_launched": 76, "injured": 9, "killed": 2}
    assert totals(store, Filters(event_type=("protests",))) == {"arrested": 2400, "killed": 28, "released": 2000}
    assert store.table(Filters(), "measures").columns[-3:].tolist() == ["event_type", "incident_id", "outlet"]


def test_slim_tables_are_kept_between_starts_when_asked(seed_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("TALLYBOARD_CACHE_DIR", str(tmp_path / "cache"))
    cold = Store(seed_dir)
    cold.saving.join(timeout=30)
    assert len(list((tmp_path / "cache").glob("tallyboard-*.duckdb"))) == 1
    warm = Store(seed_dir)
    assert warm.saving is None  # read from the cache, not rebuilt
    for f in (Filters(country=("UKR",), once=True), Filters(q="drone", once=True), Filters(claimant=("Foro Penal",))):
        assert totals(warm, f) == totals(cold, f)
    assert warm.sources(Filters()).equals(cold.sources(Filters()))
