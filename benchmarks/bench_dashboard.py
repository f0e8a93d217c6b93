"""Dashboard speed with 1,000,000 synthetic measures: first draw, filter-change rerun, memory.

    .venv/bin/python benchmarks/bench_dashboard.py [--measures 1000000] [--reuse]

1. Writes synthetic tables (benchmarks/synth.py) to benchmarks/_data (``--reuse`` keeps them).
2. Launches headless Chromium (Debian's /usr/bin/chromium; a reader's browser is already open,
   so its start-up is not counted), then starts ``streamlit run dashboard/app.py`` on a free port
   and waits for ``/_stcore/health`` (the app loads the tables and runs its default page once
   before it answers; that start-up time is printed too).
3. Opens the Overview and times, from the moment the server is ready, until the headline figures
   and the small multiples are drawn. Then the same for a second visitor (new browser profile:
   nothing cached) and for a returning reader (same profile: Streamlit's static files, which it
   serves as immutable, come from the browser cache), both once the server has the tables loaded.
4. Changes filters in the sidebar as a reader would (a country, a metric, a search, "count each
   incident once" off) and reads how long each rerun took on the server: the app appends the
   duration of every script run to ``TALLYBOARD_TIMING``.
5. Reads the server process's resident memory (now and peak) from /proc.

Targets (issue 5): first draw <= 2 s, rerun <= 0.3 s, RSS < 1 GB. Prints the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IDLE = "!document.querySelector('[data-testid=\"stStatusWidget\"], [data-stale=\"true\"], [data-testid=\"stSpinner\"]')"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


STARTS: list[float] = []  # seconds from launching each server to its /_stcore/health answering


def start_server(data: Path, timing: Path, cache: Path) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    launched = time.perf_counter()
    env = {**os.environ, "TALLYBOARD_DATA_DIR": str(data), "TALLYBOARD_TIMING": str(timing),
           "TALLYBOARD_CACHE_DIR": str(cache)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    STARTS.append(time.perf_counter() - launched)
                    return proc, url, time.perf_counter()
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not become ready in 120 s")


def rss_mb(pid: int) -> tuple[float, float]:
    status = Path(f"/proc/{pid}/status").read_text()
    field = {line.split(":")[0]: line.split()[1] for line in status.splitlines() if line.startswith("Vm")}
    return int(field["VmRSS"]) / 1024, int(field["VmHWM"]) / 1024


def runs(timing: Path) -> list[dict]:
    if not timing.exists():
        return []
    return [json.loads(line) for line in timing.read_text().splitlines() if line.strip()]


def wait_rerun(page, timing: Path, before: int) -> dict:
    """Wait until the server logged a new script run and the page is idle; return that run."""
    deadline = time.monotonic() + 60
    while len(runs(timing)) <= before and time.monotonic() < deadline:
        time.sleep(0.02)
    page.wait_for_function(IDLE, timeout=60_000)
    return runs(timing)[-1]


def pick(page, label: str, option: str) -> None:
    box = page.locator("[data-testid='stMultiSelect']", has_text=label).first
    box.click()
    page.keyboard.type(option)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def draw(page, url: str, since: float) -> tuple[float, float]:
    """Open the Overview; seconds from ``since`` until the app shell shows, and until the headline
    figures and the small-multiples chart are drawn."""
    page.goto(url)
    page.wait_for_selector("[data-testid='stSidebarNav']", timeout=120_000)
    shell = time.perf_counter() - since
    page.wait_for_selector("[data-testid='stMetric']", timeout=120_000)
    page.wait_for_selector("[data-testid='stVegaLiteChart'] svg.marks path", state="attached", timeout=120_000)
    drawn = time.perf_counter() - since
    page.wait_for_function(IDLE, timeout=60_000)
    return drawn, shell


VIEWPORT = {"width": 1400, "height": 1000}


def measure(browser, url: str, ready_at: float, timing: Path) -> dict:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    first_draw, shell = draw(page, url, ready_at)
    first_run = runs(timing)[-1]["seconds"]
    # a second visitor (a new browser profile, nothing cached): the server has the tables in memory now
    other = browser.new_page(viewport=VIEWPORT)
    second_draw, _ = draw(other, url, time.perf_counter())
    second_run = runs(timing)[-1]["seconds"]
    other.close()
    # a returning reader: a new tab in the first visitor's profile, static files from the browser cache
    again = context.new_page()
    returning_draw, _ = draw(again, url, time.perf_counter())
    returning_run = runs(timing)[-1]["seconds"]
    again.close()

    reruns = []
    search = page.get_by_role("textbox", name="Search sentences")
    once = page.get_by_test_id("stCheckbox").get_by_text("Count each incident once")
    steps = [
        ("country UKR", lambda: pick(page, "Country", "UKR")),
        ("metric killed", lambda: pick(page, "Metric", "killed")),
        ("search 'drone'", lambda: (search.fill("drone"), page.keyboard.press("Enter"))),
        ("count once off", lambda: once.click()),
        ("clear search", lambda: (search.fill(""), page.keyboard.press("Enter"))),
        ("country + RUS", lambda: pick(page, "Country", "RUS")),
    ]
    for name, act in steps:
        before = len(runs(timing))
        act()
        run = wait_rerun(page, timing, before)
        reruns.append((name, run["seconds"]))
    context.close()
    final = runs(timing)[-1]["query"]
    assert final.get("country") == ["UKR", "RUS"] and "q" not in final, f"the filters did not reach the server: {final}"
    return {"first_draw": first_draw, "shell": shell, "first_run": first_run, "second_draw": second_draw,
            "second_run": second_run, "returning_draw": returning_draw, "returning_run": returning_run,
            "reruns": reruns}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=REPO / "benchmarks" / "_data")
    parser.add_argument("--reuse", action="store_true", help="keep tables already in --data")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")

    if not (args.reuse and (args.data / "measures.parquet").exists()):
        sys.path.insert(0, str(REPO / "benchmarks"))
        import synth

        t0 = time.perf_counter()
        synth.write_tables(synth.make_tables(args.measures), args.data)
        print(f"synthetic tables: {time.perf_counter() - t0:.1f} s")
    import pyarrow.parquet as pq

    n = {t: pq.ParquetFile(args.data / f"{t}.parquet").metadata.num_rows for t in ("articles", "events", "measures")}
    print("tables: " + ", ".join(f"{k} {v:,}" for k, v in n.items()))

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        timing, cache = Path(tmp) / "runs.jsonl", Path(tmp) / "cache"
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        proc, url, ready_at = start_server(args.data, timing, cache)
        try:
            result = measure(browser, url, ready_at, timing)
            rss, peak = rss_mb(proc.pid)
            deadline = time.monotonic() + 120  # the slim tables are saved in the background
            while not list(cache.glob("*.duckdb")) and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        # a restart on the same tables reads the saved slim tables instead of rebuilding them
        proc, url, ready_at = start_server(args.data, timing, cache)
        try:
            warm_draw, warm_shell = draw(browser.new_page(viewport=VIEWPORT), url, ready_at)
            warm_run = runs(timing)[-1]["seconds"]
            warm_rss, _ = rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        browser.close()

    times = [s for _, s in result["reruns"]]
    print(f"server start to ready (/_stcore/health): {STARTS[0]:.2f} s cold, {STARTS[1]:.2f} s on the restart"
          " (the app loads the tables and runs the default page once before it answers)")
    print(f"first page drawn after server ready: {result['first_draw']:.2f} s   target <= 2 s\n"
          f"  of which: app shell in the browser {result['shell']:.2f} s; first script run on the server "
          f"{result['first_run']:.2f} s (whatever start-up left to the first reader)")
    print(f"first page drawn for a second visitor (tables already loaded, nothing in the browser cache): "
          f"{result['second_draw']:.2f} s (server script run {result['second_run']:.2f} s)")
    print(f"first page drawn for a returning reader (static files from the browser cache): "
          f"{result['returning_draw']:.2f} s (server script run {result['returning_run']:.2f} s)")
    print(f"first page drawn after a restart (slim tables read from TALLYBOARD_CACHE_DIR): {warm_draw:.2f} s "
          f"(app shell {warm_shell:.2f} s, server script run {warm_run:.2f} s; RSS {warm_rss:.0f} MB)")
    for name, seconds in result["reruns"]:
        print(f"  rerun after {name:<16} {seconds:.3f} s")
    print(f"filter-change rerun on the server: median {statistics.median(times):.3f} s, max {max(times):.3f} s"
          "   target <= 0.3 s")
    print(f"server RSS: {rss:.0f} MB now, {peak:.0f} MB peak   target < 1024 MB")


if __name__ == "__main__":
    main()
