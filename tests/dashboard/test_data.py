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


def test_search_reads_the_in_memory_sentences_once_loaded(seed_dir):
    store = Store(seed_dir)
    store.saving.join(timeout=30)
    assert store.sentences.is_set()
    # each sentence is kept once, lower-cased, under the key the figures and events hold
    assert store._one("SELECT count(*) FROM sent WHERE text <> lower(text)")[0] == 0
    assert store._one("SELECT count(*) FROM sent")[0] == store._one("SELECT count(DISTINCT sh) FROM sent")[0]
    assert store._one("SELECT count(*) FROM m WHERE sh NOT IN (SELECT sh FROM sent)")[0] == 0
    assert "76 shahed" in store._one("SELECT text FROM sent WHERE sh = (SELECT sh FROM m WHERE metric = 'drones_launched')")[0]
    ukr = Filters(country=("UKR",), q="DRONE")
    assert totals(store, ukr) == {"killed": 2, "injured": 9, "drones_launched": 76}
    assert store.count(Filters(q="shot down"), "events") == 1
    assert totals(store, Filters(q="no sentence says this")) == {}


def test_search_reads_the_parquet_sentences_until_then(seed_dir):
    store = Store(seed_dir)
    store.saving.join(timeout=30)
    store.sentences.clear()  # as if the sentence tables were still loading
    assert totals(store, Filters(country=("UKR",), q="DRONE")) == {"killed": 2, "injured": 9, "drones_launched": 76}
    assert store.count(Filters(q="shot down"), "events") == 1


def test_text_columns_come_back_as_text(seed):
    """Country, metric, claimant... are ENUMs inside DuckDB; every frame shows them as plain strings."""
    head = seed.headline(Filters())
    assert head["metric"].tolist() == sorted(head["metric"])  # ordered as text
    assert all(isinstance(v, str) for v in head["metric"])
    by_claimant = seed.totals(Filters(), by="claimant", metrics=("drones_intercepted",))
    assert set(by_claimant["claimant"]) == {"Russian Ministry of Defense", "Moscow Mayor Sergei Sobyanin"}
    assert not any(isinstance(dtype, pd.CategoricalDtype) for dtype in seed.timeline(Filters()).dtypes)
    vocab = seed.vocab()
    assert vocab["country"] == sorted(vocab["country"]) and "UKR" in vocab["country"]
    assert vocab["outlet"] == ["Arab News"]


def test_a_value_missing_from_the_data_matches_nothing(seed):
    assert totals(seed, Filters(country=("XYZ",))) == {}
    assert totals(seed, Filters(country=("XYZ", "UKR"), metric=("killed",))) == {"killed": 2}
    assert seed.places(Filters(), "no_such_metric").empty


def test_quotes_are_the_largest_figures_in_order(seed):
    by_country = seed.totals(Filters(), by="country", metrics=("drones_intercepted",)).set_index("country")
    assert by_country.loc["RUS", "quotes"] == ("“262 drones were shot down” — Russian Ministry of Defense<br>"
                                               "“16 drones downed” — Moscow Mayor Sergei Sobyanin")
    places = seed.places(Filters(), "drones_intercepted").set_index("layer")
    assert places.loc["country", "quotes"] == "“262 drones were shot down”"  # the map's hover names no claimant


def test_hover_text_and_plain_text_helpers():
    import pyarrow as pa

    from dashboard.data import _hover, _plain_text

    assert _hover(["killed two people", "28 deaths"], ["regional administration", None]) == (
        "“killed two people” — regional administration<br>“28 deaths”")
    assert _hover([], []) == ""
    table = pa.table({"metric": pa.array(["killed", "injured", "killed"]).dictionary_encode(), "value": [2, 9, 3]})
    plain = _plain_text(table)
    assert plain.schema.field("metric").type == pa.string() and plain.column("metric").to_pylist() == [
        "killed", "injured", "killed"]
    assert plain.column("value").to_pylist() == [2, 9, 3]


def test_warm_loads_the_tables_once_in_the_background(seed_dir, monkeypatch):
    from dashboard import data

    monkeypatch.setenv("TALLYBOARD_DATA_DIR", str(seed_dir))
    monkeypatch.setattr(data, "_STORES", {})
    data.warm()
    key = data.version(seed_dir)
    future = data._STORES[key]
    first = future.result(timeout=60)
    data.warm()
    assert data._STORES[key] is future and data._store(key) is first  # not loaded twice
    assert totals(first, Filters(country=("UKR",), once=True))["injured"] == 9


def test_warm_does_nothing_without_tables(tmp_path, monkeypatch):
    from dashboard import data

    monkeypatch.setenv("TALLYBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(data, "_STORES", {})
    data.warm()
    assert data._STORES == {}


def test_a_failed_load_is_tried_again(seed_dir, monkeypatch):
    from dashboard import data

    calls = []

    def flaky(directory):
        calls.append(directory)
        if len(calls) == 1:
            raise OSError("disk hiccup")
        return Store(directory)

    monkeypatch.setattr(data, "_STORES", {})
    monkeypatch.setattr(data, "Store", flaky)
    key = data.version(seed_dir)
    with pytest.raises(OSError, match="disk hiccup"):
        data._store(key)
    assert totals(data._store(key), Filters(country=("UKR",), once=True))["killed"] == 2
    assert len(calls) == 2


def test_events_carry_their_metrics_as_bits(seed):
    """The metric filter on events tests each event's metric bits; the same as looking the event up
    among the matching figures."""
    assert set(seed.metric_bits) == set(seed.vocab()["metric"])
    assert sorted(seed.metric_bits.values()) == [1 << i for i in range(len(seed.metric_bits))]
    launch = seed.sql("SELECT metrics FROM e WHERE ek = hash('e-launch')")["metrics"].iloc[0]
    assert launch == seed.metric_bits["drones_launched"]
    cases = [Filters(metric=("killed",)), Filters(metric=("killed", "troops")), Filters(metric=("nothing",)),
             Filters(metric=("injured",), country=("UKR",), once=True)]
    by_bits = [set(seed.table(f, "events")["event_id"]) for f in cases]
    assert by_bits[0] == {"e-sumy", "e-boats", "e-protests"} and by_bits[2] == set()
    bits, seed.metric_bits = seed.metric_bits, None  # the lookup the bits replace
    try:
        assert [set(seed.table(f, "events")["event_id"]) for f in cases] == by_bits
    finally:
        seed.metric_bits = bits


@pytest.mark.parametrize("which", ["seed", "synth"])
def test_overview_is_the_headline_totals_and_summary_in_one(which, seed, synth_dir):
    from dashboard.charts import HEADLINE

    store = seed if which == "seed" else Store(synth_dir)
    cases = [Filters(), Filters(once=True), Filters(country=("UKR",), metric=("killed", "injured")),
             Filters(q="drone", once=True), Filters(claimant=("Foro Penal",), once=True), Filters(metric=("nothing",))]
    for f in cases:
        got = store.overview(f, HEADLINE)
        pd.testing.assert_frame_equal(got["headline"], store.headline(f))
        pd.testing.assert_frame_equal(got["by_country"], store.totals(f, by="country", metrics=HEADLINE))
        assert {k: got[k] for k in ("articles", "events")} == store.summary(f)
    ukr = seed.overview(Filters(country=("UKR",), once=True), HEADLINE)
    assert ukr["headline"].set_index("metric")["value"].to_dict() == {"killed": 2, "injured": 9, "drones_launched": 76}
    assert (ukr["articles"], ukr["events"]) == (1, 3)


def test_equal_figures_give_the_same_quotes_every_time(tmp_path):
    """Among equal figures the hover quotes the first rows, so a total's hover text never changes."""
    rows = seed_tables()
    kyiv = next(r for r in rows["measures"] if r["quote"] == "four members of a family were injured")
    for i in range(5):
        rows["measures"].append({**kyiv, "measure_id": f"m-kyiv-{i}", "quote": f"injured {i}", "char_start": None,
                                 "char_end": None})
    store = Store(write_rows(rows, tmp_path))
    f = Filters(country=("UKR",), metric=("injured",))
    first = store.totals(f, by="country")["quotes"].tolist()
    assert first == [("“wounded five others” — regional administration<br>“four members of a family were injured” — "
                      "regional administration<br>“injured 0” — regional administration")]
    for _ in range(5):
        assert store.totals(f, by="country")["quotes"].tolist() == first


def test_missing_text_is_shown_empty_not_none():
    import datetime as dt

    import pandas as pd

    from dashboard.ui import shown_as_text

    df = pd.DataFrame({"claimant": ["army", None], "outlet": pd.array([None, "AP"], dtype="string"),
                       "value": pd.array([3, None], dtype="Int64"), "date": [dt.date(2025, 5, 21), None],
                       "url": ["https://x.example/a", None]})
    out = shown_as_text(df)
    assert out["url"].isna().tolist() == [False, True]  # a missing link stays no link
    assert out["claimant"].tolist() == ["army", ""] and out["outlet"].tolist() == ["", "AP"]
    assert out["value"].isna().tolist() == [False, True] and out["date"].tolist()[0] == dt.date(2025, 5, 21)
    assert df["claimant"].isna().tolist() == [False, True]  # the frame itself (what downloads hold) is untouched
