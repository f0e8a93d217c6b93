# ruff: noqa: E501  (article texts are kept verbatim, one paragraph a line)
"""Fixtures for the dashboard tests: hand-made tables, synthetic tables, a live server.

``seed_dir`` holds, written by hand, the figures of the seed article (shared/seeds): in Ukraine
2 killed and 5 + 4 injured, 76 drones launched; in Russia 262 and 16 drones shot down, 10 hit, 13
assaults, up to 12,000 North Korean troops; in Venezuela 5,600 troops sworn in, 87 killed at sea...
Each quote is an exact substring of its article text, at its offsets.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from servers import free_port, stop, wait_healthy

from dashboard import contract

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
CHROMIUM = "/usr/bin/chromium"

KURSK = """Putin visited Russia’s Kursk region for first time since Moscow said it drove out Ukrainian forces

North Korea sent up to 12,000 troops to help the Russian army take back control of Kursk, according to Ukraine, the US and South Korea.

The Ukrainian Army General Staff said Wednesday that its forces repelled 13 Russian assaults in Kursk.

Russia’s Ministry of Defense on Wednesday repeatedly reported its air defenses shot down dozens of drones over multiple Russian regions. In total, between 8 p.m. on Tuesday and 6 p.m. on Wednesday, the ministry said 262 drones were shot down.

Moscow Mayor Sergei Sobyanin reported a total of 16 drones downed on their way toward Moscow.

In Ukraine, Russian drone attacks killed two people and wounded five others in the northern Sumy region, the regional administration said.

In the Kyiv region, four members of a family were injured when debris from a downed drone hit their home, according to the regional administration.

Russia launched 76 Shahed and decoy drones overnight at Ukraine, the Ukrainian air force said.

According to the General Staff, 10 drones hit the Bolkhov Semiconductor Devices Plant, one of Russia’s key producers of microelectronics for the military-industrial complex.

It wasn’t possible to independently verify the claim."""

CARACAS = """Venezuela swears in 5,600 troops after US military build-up

CARACAS: The Venezuelan army swore in 5,600 soldiers on Saturday, as the United States cranks up military pressure on the oil-producing country.
American forces have carried out deadly strikes on more than 20 vessels, killing at least 87.
According to official figures, Venezuela has around 200,000 troops and an additional 200,000 police officers.
The protests resulted in 28 deaths and around 2,400 arrests, with nearly 2,000 people released since then.
The group says there are at least 887 political prisoners in Venezuela."""

D = dt.date
ARTICLES = [
    dict(article_id="a-kursk", title="Putin visited Russia’s Kursk region for first time since Moscow said it drove "
         "out Ukrainian forces", published=D(2025, 5, 21), outlet="Arab News", url="https://www.arabnews.com/kursk",
         dateline="MOSCOW", source_path="data/raw/000_6375904225a6e15a.txt", text=KURSK),
    dict(article_id="a-caracas", title="Venezuela swears in 5,600 troops after US military build-up",
         published=D(2025, 12, 7), outlet="Arab News", url="https://www.arabnews.com/caracas", dateline="CARACAS",
         source_path="data/raw/000_6375904225a6e15a.txt", text=CARACAS),
]
PLACE = {  # name -> (admin1, location, geo_precision, lat, lon)
    "Sumy": ("Sumy", None, "admin1", 50.91, 34.80), "Kyiv": ("Kyiv", None, "admin1", 50.45, 30.52),
    "Moscow": ("Moscow", "Moscow", "place", 55.76, 37.62), "Oryol": ("Oryol", None, "admin1", 52.97, 36.06),
    "Kursk": ("Kursk", None, "admin1", 51.73, 36.19), "Caracas": ("Capital District", "Caracas", "place", 10.48, -66.90),
    None: (None, None, "country", None, None),
}
W = (D(2025, 5, 20), D(2025, 5, 20), D(2025, 5, 21), "day")  # overnight before publication
# (event id, article, event_type, sub_event_type, country, place, actor, claimant, status, (date, start, end, precision),
#  [(metric, value, qualifier, quote, weapon)])
EVENTS = [
    ("e-sumy", "a-kursk", "explosions_remote_violence", "air_drone_strike", "UKR", "Sumy", "RUS",
     "regional administration", "reported", W,
     [("killed", 2, "exact", "killed two people", None), ("injured", 5, "exact", "wounded five others", None)]),
    ("e-kyiv", "a-kursk", "explosions_remote_violence", "air_drone_strike", "UKR", "Kyiv", "RUS",
     "regional administration", "reported", W, [("injured", 4, "exact", "four members of a family were injured", None)]),
    ("e-launch", "a-kursk", "explosions_remote_violence", "air_drone_strike", "UKR", None, "RUS",
     "Ukrainian air force", "reported", W, [("drones_launched", 76, "exact", "launched 76 Shahed and decoy drones", "Shahed")]),
    ("e-mod", "a-kursk", "strategic_developments", "disrupted_weapons_use", "RUS", None, "UKR",
     "Russian Ministry of Defense", "reported", W, [("drones_intercepted", 262, "exact", "262 drones were shot down", None)]),
    ("e-moscow", "a-kursk", "strategic_developments", "disrupted_weapons_use", "RUS", "Moscow", "UKR",
     "Moscow Mayor Sergei Sobyanin", "reported", W, [("drones_intercepted", 16, "exact", "16 drones downed", None)]),
    ("e-oryol", "a-kursk", "explosions_remote_violence", "air_drone_strike", "RUS", "Oryol", "UKR",
     "Ukrainian General Staff", "unverified", W, [("drones_hit", 10, "exact", "10 drones hit", None)]),
    ("e-kursk", "a-kursk", "battles", "armed_clash", "RUS", "Kursk", "RUS", "Ukrainian Army General Staff",
     "reported", (D(2025, 5, 21), D(2025, 5, 21), D(2025, 5, 21), "day"),
     [("attacks", 13, "exact", "repelled 13 Russian assaults", None)]),
    ("e-prk", "a-kursk", "strategic_developments", "troop_deployment", "RUS", "Kursk", "PRK",
     "Ukraine, the US and South Korea", "reported", (D(2024, 10, 1), D(2024, 8, 1), D(2025, 4, 26), "month"),
     [("troops", 12000, "at_most", "sent up to 12,000 troops", None)]),
    ("e-sworn", "a-caracas", "strategic_developments", "troop_deployment", "VEN", "Caracas", "VEN",
     "Venezuelan army", "reported", (D(2025, 12, 6), D(2025, 12, 6), D(2025, 12, 6), "day"),
     [("troops", 5600, "exact", "swore in 5,600 soldiers", None)]),
    ("e-boats", "a-caracas", "explosions_remote_violence", "air_drone_strike", None, None, "USA", None, "reported",
     (None, None, None, "unknown"),
     [("attacks", 20, "more_than", "strikes on more than 20 vessels", None),
      ("killed", 87, "at_least", "killing at least 87", None)]),
    ("e-protests", "a-caracas", "protests", "excessive_force_against_protesters", "VEN", None, "VEN", None,
     "reported", (D(2024, 7, 1), D(2024, 7, 1), D(2024, 7, 31), "month"),
     [("killed", 28, "exact", "28 deaths", None), ("arrested", 2400, "approx", "around 2,400 arrests", None),
      ("released", 2000, "approx", "nearly 2,000 people released", None)]),
    ("e-prisoners", "a-caracas", "strategic_developments", "other", "VEN", None, "VEN", "Foro Penal", "reported",
     (D(2025, 12, 7), D(2025, 12, 7), D(2025, 12, 7), "day"),
     [("detained", 887, "at_least", "at least 887 political prisoners", None)]),
    ("e-army", "a-caracas", "strategic_developments", "other", "VEN", None, "VEN", "official figures", "reported",
     (D(2025, 12, 7), D(2025, 12, 7), D(2025, 12, 7), "day"),
     [("troops", 200000, "approx", "around 200,000 troops", None)]),
]
BOUNDS = {"exact": (0, 0), "at_least": (0, None), "more_than": (1, None), "at_most": (None, 0), "approx": (0, 0)}


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind("\n", 0, start) + 1, text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0)
    newline, stop = text.find("\n", end), text.find(". ", end)
    return s, min(newline if newline >= 0 else len(text), stop + 1 if stop >= 0 else len(text))


def seed_tables() -> dict[str, list[dict]]:
    """Rows of the three tables, by hand (offsets found in the texts)."""
    texts = {a["article_id"]: a["text"] for a in ARTICLES}
    events, measures = [], []
    for eid, aid, etype, sub, country, place, actor, claimant, status, (date, d0, d1, prec), figs in EVENTS:
        admin1, location, geo, lat, lon = PLACE[place]
        text = texts[aid]
        first = text.index(figs[0][3])
        s0, s1 = _sentence_of(text, first, first + len(figs[0][3]))
        common = dict(country=country, admin1=admin1, location=location, geo_precision=geo, lat=lat, lon=lon,
                      claimant=claimant, claim_status=status, date=date, date_start=d0, date_end=d1, date_precision=prec)
        events.append(dict(common, event_id=eid, article_id=aid, event_type=etype, sub_event_type=sub, actor1=actor,
                           actor2=country, incident_id=f"i-{eid}", sentence=text[s0:s1], char_start=s0, char_end=s1))
        for metric, value, qual, quote, weapon in figs:
            start = text.index(quote)
            lo, hi = BOUNDS[qual]
            measures.append(dict(common, measure_id=f"m-{eid}-{metric}", event_id=eid, article_id=aid, metric=metric,
                                 value=value, qualifier=qual, value_low=None if lo is None else value + lo,
                                 value_high=None if hi is None else value + hi, weapon=weapon, actor=actor,
                                 quote=quote, char_start=start, char_end=start + len(quote), sentence=text[s0:s1],
                                 event_type=etype, incident_id=f"i-{eid}",
                                 outlet=next(a.get("outlet") for a in ARTICLES if a["article_id"] == aid)))
    return {"articles": ARTICLES, "events": events, "measures": measures}


def write_rows(rows: dict[str, list[dict]], out: Path) -> Path:
    """Write ``{table: [row dict]}`` as Parquet with the contract's columns (missing keys -> null)."""
    out.mkdir(parents=True, exist_ok=True)
    for table in contract.TABLES:
        cols = {c: [r.get(c) for r in rows[table]] for c in contract.columns(table)}
        pq.write_table(pa.Table.from_pydict(cols, schema=contract.arrow_schema(table)), out / f"{table}.parquet")
    return out


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    return write_rows(seed_tables(), tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import synth
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    out = tmp_path_factory.mktemp("synth")
    synth.write_tables(synth.make_tables(3_000, seed=3), out)
    return out


@pytest.fixture
def use_data(monkeypatch):
    """Point the dashboard at a directory of tables for one test."""
    def use(directory: Path) -> Path:
        monkeypatch.setenv("TALLYBOARD_DATA_DIR", str(directory))
        return directory
    return use


# -- a live server for the browser tests -------------------------------------------------------
def start_server(data_dir: Path, port: int | None = None, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """Start ``streamlit run dashboard/app.py`` on a free port; return the process and its URL once healthy."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--server.enableStaticServing", "true",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, "TALLYBOARD_DATA_DIR": str(data_dir), **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(f"{url}/_stcore/health", proc)
    except RuntimeError:
        proc.kill()
        raise
    return proc, url


stop_server = stop



CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def one_browser(config):
    """Chromium for the session: launched once per test process and shared with tests/deploy (one
    process can drive only one Playwright sync instance at a time), kept on the pytest config."""
    shared = getattr(config, "_tallyboard_browser", None)
    if shared is not None:
        yield shared
        return
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI (.ci/run installs Debian's chromium)")
        pytest.skip(f"{CHROMIUM} not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        config._tallyboard_browser = b
        try:
            yield b
        finally:
            del config._tallyboard_browser
            b.close()


@pytest.fixture(scope="session")
def browser(pytestconfig):
    yield from one_browser(pytestconfig)


@pytest.fixture(scope="session")
def server(seed_dir):
    """A dashboard server over the seed tables, shared by the browser tests of one worker."""
    proc, url = start_server(seed_dir)
    yield url
    stop_server(proc)


def open_page(browser, **context_options):
    """A fresh browser context and page (1400x1000) that records every request URL and dialog;
    for fixtures: `yield from open_page(browser)`."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, **context_options)
    pg = context.new_page()
    pg.set_default_timeout(60_000)  # a loaded 2-core CI machine: Streamlit reruns can take long
    pg.requests, pg.dialogs = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def settle(pg, pause_ms: int = 300):
    """Wait until the page's script run is over and nothing on screen is stale, then let charts draw."""
    pg.wait_for_selector("[data-testid='stMainBlockContainer'] h1")
    pg.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"], [data-stale=\"true\"], "
                         "[data-testid=\"stSpinner\"]')")
    pg.wait_for_timeout(pause_ms)
