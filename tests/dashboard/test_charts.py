"""Chart builders, tested through their figure spec (no streamlit)."""

import json

import pytest

from dashboard import charts
from dashboard.data import Store
from dashboard.state import Filters


@pytest.fixture(scope="module")
def seed(seed_dir):
    return Store(seed_dir)


def test_small_multiples_one_panel_per_country(seed):
    spec = charts.small_multiples(seed.totals(Filters(), by="country", metrics=charts.HEADLINE))
    assert spec["facet"]["field"] == "country"
    values = next(iter(spec["datasets"].values()))
    ukr = {(r["metric"], r["value"]) for r in values if r["country"] == "UKR"}
    assert ukr == {("killed", 2), ("injured", 9), ("drones_launched", 76)}
    json.dumps(spec)  # plain JSON, as st.vega_lite_chart sends it
    bars = spec["spec"]["layer"][0]["encoding"]
    assert bars["color"]["scale"]["domain"] == list(charts.HEADLINE)  # the seed has all six
    assert bars["y"]["sort"][:2] == ["killed", "injured"]
    rus = next(r for r in values if r["country"] == "RUS" and r["metric"] == "drones_intercepted")
    assert rus["largest"].startswith("“262 drones were shot down” — Russian Ministry of Defense  ·  ")


def test_small_multiples_is_valid_vega_lite(seed):
    """The hand-written spec validates against the Vega-Lite schema altair ships."""
    import altair as alt

    spec = charts.small_multiples(seed.totals(Filters(), by="country", metrics=charts.HEADLINE))
    alt.Chart.from_dict(spec)  # raises on a spec the schema rejects


def test_bars_hover_shows_the_quotes(seed):
    fig = charts.bars(seed.totals(Filters(country=("UKR",)), by="country", metrics=("killed", "injured")), by="country")
    traces = {t.name: t for t in fig.data}
    assert list(traces["killed"].y) == [2] and list(traces["injured"].y) == [9]
    assert "killed two people" in traces["killed"].customdata[0][0]
    assert "customdata[0]" in traces["killed"].hovertemplate
    assert fig.layout.barmode == "group"


def test_over_time_uses_a_date_axis(seed):
    fig = charts.over_time(seed.totals(Filters(), by="period", metrics=("killed",), every="month"), "month")
    assert fig.layout.xaxis.type == "date"
    assert sum(fig.data[0].y) == 2 + 28  # the 87 at sea have no date


def test_claims_side_by_side(seed):
    spec = charts.claims_side_by_side(
        seed.totals(Filters(), by="claimant", metrics=("drones_intercepted",))).to_dict()
    assert spec["encoding"]["y"]["field"] == "claimant"
    claimants = {r["claimant"] for r in next(iter(spec["datasets"].values()))}
    assert claimants == {"Russian Ministry of Defense", "Moscow Mayor Sergei Sobyanin"}


def test_interception_scatter():
    import pandas as pd

    df = pd.DataFrame({"event_id": ["e"], "date": ["2025-05-21"], "country": ["UKR"], "claimant": ["air force"],
                       "kind": ["drones"], "launched": [76], "intercepted": [57], "rate": [0.75]})
    fig = charts.interception(df)
    assert list(fig.data[0].x) == [76] and list(fig.data[0].y) == [57]
    assert fig.data[-1].name == "all intercepted"


def test_timeline_draws_windows_as_spans_and_days_as_points(seed):
    fig = charts.timeline(seed.timeline(Filters()))
    spans = [t for t in fig.data if t.type == "bar"]
    points = [t for t in fig.data if t.type == "scatter"]
    assert spans and points
    assert all(t.orientation == "h" for t in spans)
    n_span = sum(len(t.y) for t in spans)
    assert n_span == 2  # North Korean troops (month window) and the protests (July 2024)
    assert any("killed two people" in str(c) for t in points for c in t.customdata)
    assert fig.layout.xaxis.type == "date"


def test_map_has_points_and_a_country_layer_and_no_cdn(seed):
    fig = charts.world_map(seed.places(Filters(), "drones_intercepted"), "drones_intercepted")
    kinds = {t.type for t in fig.data}
    assert kinds == {"choropleth", "scattergeo"}
    choro = next(t for t in fig.data if t.type == "choropleth")
    assert list(choro.locations) == ["RUS"] and choro.locationmode == "ISO-3"
    assert fig.layout.geo.resolution == 110 and fig.layout.geo.scope == "world"
    assert "cdn" not in json.dumps(charts.MAP_CONFIG) and charts.MAP_CONFIG["topojsonURL"].startswith("app/static/")


def test_served_outline_exists():
    from pathlib import Path

    outline = Path(charts.__file__).parent / "static" / "topojson" / "world_110m.json"
    topo = json.loads(outline.read_text())
    assert topo["type"] == "Topology" and "countries" in topo["objects"]
    ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert {"UKR", "RUS", "VEN"} <= ids


def test_pure_modules_do_not_import_streamlit():
    import subprocess
    import sys

    code = ("import sys; import dashboard.charts, dashboard.state, dashboard.exports, dashboard.contract; "
            "print('streamlit' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_over_time_ticks_once_per_period(seed):
    fig = charts.over_time(seed.totals(Filters(), by="period", metrics=("drones_launched",), every="week"), "week")
    assert fig.layout.xaxis.dtick == 7 * 86_400_000
    assert charts.over_time(seed.totals(Filters(), by="period", metrics=("killed",), every="month"),
                            "month").layout.xaxis.dtick == "M1"
