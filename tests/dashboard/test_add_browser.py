"""In headless Chromium: a hostile article (``<script>``, ``<img onerror>``, Markdown links,
``javascript:`` URLs in its text, title, outlet and url) is shown as plain text on every page, both
from the tables on disk and uploaded through the "Add articles" page; and the app makes no request
to any other host (page icon, fonts, map outline are local)."""

from __future__ import annotations

import json
import os

import pytest
from conftest import open_page, settle, start_server, stop_server

from etl.pipeline import build_tables

pytestmark = pytest.mark.browser

PAYLOADS = ['<script>window.__pwned = "script"</script>', '<img src="x" onerror="window.__pwned = \'img\'">',
            "[click here](https://evil.example/phish)", "[js](javascript:window.__pwned='md')",
            "javascript:window.__pwned='url'"]
HOSTILE = {
    "title": "Strike <script>window.__pwned='title'</script> [read](https://evil.example/t) "
             "<img src=x onerror=\"window.__pwned='title-img'\">",
    "outlet": "<b>Evil</b> [outlet](javascript:window.__pwned='outlet')",
    "url": "javascript:window.__pwned='href'",
    "published": "2025-06-02",
    "text": "Russian drones killed 3 people and wounded 14 in Kharkiv overnight, the regional governor said. "
            + " ".join(PAYLOADS) + "\n\nThe Sudanese army said shelling killed 41 people in El Fasher, Sudan, "
            "on Sunday " + PAYLOADS[1] + " " + PAYLOADS[2] + ".",
}
PAGES = ["Overview", "Casualties", "Drones & missiles", "Timeline", "Map", "Sources", "Data", "Add articles"]
INJECTED = """() => ({
    pwned: window.__pwned || null,
    imgs: [...document.querySelectorAll('img[src="x"], img[onerror]')].length,
    scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__pwned')).length,
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
             .filter(h => /javascript:|evil\\.example/i.test(h)),
    bold: [...document.querySelectorAll('b, strong')].filter(b => b.textContent === 'Evil').length,
})"""
CLEAN = {"pwned": None, "imgs": 0, "scripts": 0, "links": [], "bold": 0}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "raw").mkdir()
    (tmp / "raw" / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n")
    summary = build_tables([tmp / "raw"], tmp / "processed", warn=lambda m: None, progress=False)
    assert summary.measures >= 3
    proc, url = start_server(tmp / "processed", env={"TALLYBOARD_READ_ONLY": "1"})
    yield url
    stop_server(proc)


@pytest.fixture
def page(browser):
    yield from open_page(browser)



def go(pg, title):
    pg.get_by_role("link", name=title, exact=True).click()
    pg.wait_for_function(f"document.querySelector('[data-testid=\"stMainBlockContainer\"] h1')?.innerText == {title!r}")
    settle(pg)


def killed_shown(pg) -> int:
    pg.wait_for_selector("[data-testid='stMetric']")
    text = pg.locator("[data-testid='stMetric']", has_text="Killed").first.inner_text()
    return int(text.split()[-1].replace(",", ""))


def shot(pg, name: str) -> None:
    """Screenshots for a person to look at, when TALLYBOARD_SHOTS names a folder."""
    if os.environ.get("TALLYBOARD_SHOTS"):
        pg.screenshot(path=os.path.join(os.environ["TALLYBOARD_SHOTS"], f"{name}.png"), full_page=True)


def hosts(pg) -> set[str]:
    return {u.split("/")[2] for u in pg.requests if u.startswith(("http:", "https:", "ws:", "wss:"))}


def test_hostile_tables_show_as_plain_text_on_every_page_and_no_request_leaves(page, hostile_server):
    page.goto(hostile_server)
    settle(page)
    for title in PAGES:
        if title != "Overview":
            go(page, title)
        assert page.evaluate(INJECTED) == CLEAN, title
        if title == "Sources":  # the marked sentence: the payload's characters as typed
            shown = page.locator("[data-testid='stHtml']", has=page.locator("mark")).first.inner_text()
            assert "<script>window.__pwned" in shown and "[click here](https://evil.example/phish)" in shown
            shot(page, "sources_hostile")
    assert not page.dialogs
    assert page.evaluate("document.querySelector(\"link[rel='shortcut icon']\").href").startswith("data:image/svg")
    assert hosts(page) == {hostile_server.split("/")[2]}, hosts(page)


def test_hostile_upload_through_the_add_page(page, server, tmp_path):
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n")
    page.goto(server)
    settle(page)
    killed = killed_shown(page)
    go(page, "Add articles")
    page.get_by_role("tab", name="Upload files").click()
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    page.get_by_role("button", name="Read the files").click()
    page.wait_for_selector("mark")
    settle(page)
    shown = page.locator("[data-testid='stHtml']", has=page.locator("mark")).first.inner_text()
    assert "<img src=\"x\" onerror=" in shown and "javascript:window.__pwned" in shown
    assert page.locator("mark", has_text="killed 3 people").count() == 1
    assert page.evaluate(INJECTED) == CLEAN
    shot(page, "add_hostile")
    for title in ["Overview", "Sources", "Data", "Casualties"]:  # the upload joined every page, still inert
        go(page, title)
        assert page.evaluate(INJECTED) == CLEAN, title
        if title == "Overview":
            assert killed_shown(page) == killed + 3 + 41
    assert not page.dialogs
    assert hosts(page) == {server.split("/")[2]}, hosts(page)
