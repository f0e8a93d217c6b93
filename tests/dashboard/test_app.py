"""Every page through streamlit's AppTest: with and without filters, the seed's figures, notes on
bad URL parameters, empty states, and article text shown as text."""

from pathlib import Path

import pytest
from conftest import APP, REPO, seed_tables, write_rows
from streamlit.testing.v1 import AppTest

PAGES = ["views/overview.py", "views/casualties.py", "views/drones.py", "views/timeline.py", "views/map.py",
         "views/sources.py", "views/tables.py"]
FILTERS = [
    {},
    {"country": "UKR", "metric": ["killed", "injured"]},
    {"from": "2025-05-01", "to": "2025-05-31", "once": "false", "q": "drone", "every": "week"},
]


def run(page: str, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page != PAGES[0]:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("params", FILTERS, ids=["no-filter", "country-metric", "dates-search"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(page, params, seed_dir, use_data):
    use_data(seed_dir)
    at = run(page, params)
    assert at.title[0].value
    assert any(t.value.startswith("Showing: ") for t in at.text)


def test_overview_shows_the_seed_figures_for_ukraine(seed_dir, use_data):
    use_data(seed_dir)
    at = run(PAGES[0], {"country": "UKR"})
    got = metrics(at)
    assert (got["Killed"], got["Injured"], got["Drones launched"]) == ("2", "9", "76")
    assert "Showing: country is UKR, each incident counted once" in [t.value for t in at.text]
    assert at.multiselect(key="country").value == ["UKR"]


def test_casualties_and_drones_pages_show_the_seed_figures(seed_dir, use_data):
    use_data(seed_dir)
    assert metrics(run(PAGES[1], {"country": "UKR"})) == {"Killed": "2", "Injured": "9"}
    got = metrics(run(PAGES[2]))
    assert (got["Drones launched"], got["Drones intercepted"], got["Drones hit"]) == ("76", "278", "10")


def test_bad_parameters_are_ignored_with_a_visible_note(seed_dir, use_data):
    use_data(seed_dir)
    at = run(PAGES[0], {"country": ["UKR", "ATLANTIS"], "from": "yesterday", "junk": "1", "once": "perhaps"})
    note = " ".join(w.value for w in at.warning)
    for fragment in ("ATLANTIS", "from=yesterday", "junk", "once=perhaps"):
        assert fragment in note.replace("\\", "")
    assert metrics(at)["Killed"] == "2"  # the good part of the address still applies


def test_a_filter_that_matches_nothing_shows_an_empty_state(seed_dir, use_data):
    use_data(seed_dir)
    for page in PAGES:
        at = run(page, {"q": "no sentence says this"})
        assert at.info and "No " in at.info[0].value, page
        assert not at.get("plotly_chart") and not at.get("arrow_vega_lite_chart")


def test_changing_a_widget_reruns_with_the_new_filter(seed_dir, use_data):
    use_data(seed_dir)
    at = run(PAGES[0])
    at.multiselect(key="country").set_value(["VEN"]).run()
    assert metrics(at)["Troops"] == "205,600"
    at.checkbox(key="once").uncheck().run()
    assert not at.exception


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    rows = seed_tables()
    text = 'Officials said <script>alert("x")</script> **12 people were killed** in [Kharkiv](javascript:alert(1)).'
    rows["articles"].append({"article_id": "a-evil", "title": '=HYPERLINK("http://evil.example")', "text": text,
                             "outlet": "@evil", "url": "javascript:alert(1)"})
    quote = "12 people were killed"
    start = text.index(quote)
    rows["events"].append({"event_id": "e-evil", "article_id": "a-evil", "country": "UKR", "sentence": text,
                           "char_start": 0, "char_end": len(text)})
    rows["measures"].append({"measure_id": "m-evil", "event_id": "e-evil", "article_id": "a-evil", "metric": "killed",
                             "value": 12, "qualifier": "exact", "country": "UKR", "quote": quote, "sentence": text,
                             "char_start": start, "char_end": start + len(quote)})
    return write_rows(rows, tmp_path_factory.mktemp("hostile"))


def test_sources_show_article_text_as_text(hostile_dir, use_data):
    use_data(hostile_dir)
    at = run(PAGES[5], {"metric": "killed", "country": "UKR", "q": "script"})
    html = [e.proto.body for e in at.get("html")]
    assert html and "&lt;script&gt;" in html[0] and "<script>" not in html[0]
    assert "<mark>12 people were killed</mark>" in html[0]
    assert "**<mark>" in html[0] and "[Kharkiv](javascript" in html[0]  # Markdown is not interpreted either
    for page in PAGES:  # no page breaks on hostile text
        run(page, {"q": "script"})


REAL = REPO / "data" / "processed"


@pytest.mark.skipif(not (REAL / "measures.parquet").exists(), reason="data/processed not built yet by the ETL")
def test_real_processed_tables_show_the_seed_figures(use_data):
    use_data(REAL)
    got = metrics(run(PAGES[0], {"country": "UKR"}))
    assert (got["Killed"], got["Injured"], got["Drones launched"]) == ("2", "9", "76")
