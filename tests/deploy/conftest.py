"""Fixtures and helpers for the deployment tests: the seed tables, Debian's chromium, starting and
stopping servers (streamlit, nginx).

tests/deploy is a package so that this module is ``deploy.conftest``: the dashboard tests import
their own conftest by module name (``from conftest import ...``). The seed tables and browser
settings are the dashboard tests' own, loaded under another module name.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest
from servers import free_port, stop, wait_healthy  # noqa: F401  (re-exported to the tests)

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("tallyboard_dashboard_fixtures", REPO / "tests/dashboard/conftest.py")
dash = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dash)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def need(path: str, what: str) -> None:
    """Skip when a system program is missing, except in CI (CI=true), where it is a failure."""
    if not Path(path).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing in CI (.ci/run installs Debian's {what})")
        pytest.skip(f"{what} not installed")


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    return dash.write_rows(dash.seed_tables(), tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def browser(pytestconfig):
    yield from dash.one_browser(pytestconfig)  # the same Chromium as the dashboard tests in this process


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.sockets = []
    pg.on("websocket", lambda ws: pg.sockets.append(ws.url))
    yield pg
    context.close()


def settle(pg) -> None:
    """Wait until the page's script run is over and nothing on screen is stale."""
    pg.wait_for_selector("[data-testid='stMainBlockContainer'] h1")
    pg.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"], [data-stale=\"true\"], "
                         "[data-testid=\"stSpinner\"]')")
