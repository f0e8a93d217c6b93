"""End to end in headless Chromium (Debian's package): the server this test starts, real pages.

Charts and the map are drawn (counted as SVG shapes), the map's world outline comes from the app
itself (no request leaves 127.0.0.1), a URL's query parameters set the filters and survive a page
switch, and a download holds the filtered rows.
"""

import contextlib

import pandas as pd
import pytest
from conftest import open_page, settle

pytestmark = pytest.mark.browser

PLOTLY_SHAPES = ("document.querySelectorAll('.js-plotly-plot .barlayer .point path, .js-plotly-plot .scatterlayer "
                 ".point, .js-plotly-plot .choroplethlocation, .js-plotly-plot .scattergeo .point').length")
VEGA_SHAPES = "document.querySelectorAll('[data-testid=\"stVegaLiteChart\"] svg.marks path').length"
# page -> (selector that appears once its first chart is drawn, JS counting drawn shapes, minimum)
PAGES = {
    "Overview": ("[data-testid='stVegaLiteChart'] svg.marks", VEGA_SHAPES, 8),
    "Casualties": (".js-plotly-plot .barlayer .point", PLOTLY_SHAPES, 6),
    "Drones & missiles": (".js-plotly-plot .barlayer .point", f"{PLOTLY_SHAPES} + {VEGA_SHAPES}", 8),
    "Timeline": (".js-plotly-plot .scatterlayer .point", PLOTLY_SHAPES, 8),
    "Map": (".js-plotly-plot .geo .countries path", PLOTLY_SHAPES, 2),
    "Sources": ("[data-testid='stDataFrame']", "document.querySelectorAll('mark').length", 1),
    "Data": ("[data-testid='stDataFrame']",
             "document.querySelectorAll('[data-testid=\"stDownloadButton\"]').length", 9),
}


@pytest.fixture
def page(browser, server):
    yield from open_page(browser, accept_downloads=True)



def metric(pg, label):
    return pg.locator("[data-testid='stMetric']", has_text=label).first.inner_text().split()[-1]


def go(pg, title):
    """Switch page the way a reader does: through the sidebar (no reload)."""
    pg.get_by_role("link", name=title, exact=True).click()
    pg.wait_for_function(f"document.querySelector('[data-testid=\"stMainBlockContainer\"] h1')?.innerText == {title!r}")
    settle(pg)


def test_every_page_draws_its_charts(page, server):
    page.goto(server)
    settle(page)
    for title, (ready, count, minimum) in PAGES.items():
        if title != "Overview":
            go(page, title)
        page.wait_for_selector(ready)
        with contextlib.suppress(Exception):
            page.wait_for_function(f"({count}) >= {minimum}", timeout=15_000)
        assert page.evaluate(count) >= minimum, title
    assert not page.locator("[data-testid='stException']").count()


def test_map_renders_offline_from_the_served_outline(page, server):
    page.goto(f"{server}/map?figure=drones_intercepted")
    settle(page)
    page.wait_for_selector(".js-plotly-plot .geo .countries path")
    assert page.locator(".js-plotly-plot .choroplethlocation").count() >= 1  # Russia, known only to the country
    assert page.locator(".js-plotly-plot .scattergeo .point").count() >= 1  # Moscow
    assert any(u.endswith("/app/static/topojson/world_110m.json") for u in page.requests)
    hosts = {u.split("/")[2] for u in page.requests if u.startswith("http")}
    assert hosts == {server.split("/")[2]}, hosts


def test_url_sets_the_filters_and_they_survive_a_page_switch(page, server):
    page.goto(f"{server}/?country=UKR&metric=killed&metric=injured&junk=1")
    settle(page)
    assert (metric(page, "Killed"), metric(page, "Injured"), metric(page, "Drones launched")) == ("2", "9", "0")
    assert "country is UKR, metric is one of killed, injured" in page.inner_text("body")
    assert "junk" in page.locator("[data-testid='stAlert']").inner_text()
    go(page, "Casualties")
    # set after the run, with history.pushState: polled from the page, not waited for as a load
    page.wait_for_function("location.pathname.endsWith('/casualties') && location.search.includes('metric=killed')",
                           timeout=30000)
    here = page.evaluate("location.href")
    assert "/casualties?" in here and "country=UKR" in here and "metric=killed" in here
    page.wait_for_selector(".js-plotly-plot .barlayer .point")
    assert metric(page, "Injured") == "9"
    page.goto(here)  # the address alone, in a fresh load, gives the same view
    settle(page)
    assert metric(page, "Injured") == "9" and "country is UKR" in page.inner_text("body")


def test_download_holds_the_filtered_rows(page, server):
    page.goto(f"{server}/data?country=UKR")
    settle(page)
    page.get_by_role("tab", name="measures").click()
    with page.expect_download() as info:
        page.get_by_role("tabpanel").get_by_role("button", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "measures_country-UKR.csv"
    rows = pd.read_csv(download.path())
    assert set(rows["country"]) == {"UKR"}
    assert sorted(rows["value"]) == [2, 4, 5, 76]
    assert (rows.set_index("metric")["quote"].loc["drones_launched"]) == "launched 76 Shahed and decoy drones"


def test_the_numbers_behind_a_chart_are_drawn_once_opened(page, server):
    """A closed expander costs the browser nothing; opening it draws the table and its downloads."""
    page.goto(f"{server}/?country=UKR")
    settle(page)
    inside = "[data-testid='stExpander'] [data-testid='stDataFrame']"
    assert page.locator(inside).count() == 0
    page.get_by_text("The numbers behind this chart").click()
    page.wait_for_selector(inside)
    settle(page)
    buttons = "[data-testid='stExpander'] [data-testid='stDownloadButton']"
    page.wait_for_function(f"document.querySelectorAll(\"{buttons}\").length >= 3", timeout=30_000)
    assert page.locator(buttons).count() == 3
    with page.expect_download() as info:
        page.locator("[data-testid='stExpander']").get_by_role("button", name="CSV").click()
    rows = pd.read_csv(info.value.path())
    assert rows.set_index("metric")["value"].to_dict() == {"killed": 2, "injured": 9, "drones_launched": 76}
