"""The Dockerfile without Docker (no engine on this machine): its instructions are checked, the
build context (.dockerignore applied) is copied to a temporary /app, the files ``pip install .``
puts in site-packages are built from it, and the image's CMD and HEALTHCHECK are run from that
/app with the image's ENV, then the served dashboard is opened in Chromium."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, free_port, settle, stop, wait_healthy

DOCKERFILE = (REPO / "Dockerfile").read_text("utf-8")


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    out = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def one(word: str) -> str:
    (args,) = [a for w, a in instructions() if w == word]
    return args


def image_env(app: Path) -> dict[str, str]:
    env = {}
    for args in (a for w, a in instructions() if w == "ENV"):
        for item in shlex.split(args):
            key, _, value = item.partition("=")
            env[key] = value.replace("/app", str(app))
    return env


def ignored(rel: str, patterns: list[str]) -> bool:
    parts = rel.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for p in patterns:
        if p.startswith("**/"):
            if any(fnmatch.fnmatch(part, p[3:]) for part in parts):
                return True
        elif any(fnmatch.fnmatch(prefix, p) for prefix in prefixes):
            return True
    return False


def build_context(dest: Path) -> Path:
    """COPY . /app: the repository minus what .dockerignore leaves out."""
    patterns = [p.strip() for p in (REPO / ".dockerignore").read_text().splitlines() if p.strip() and p[0] != "#"]
    for root, dirs, files in os.walk(REPO):
        here = Path(root).relative_to(REPO)
        dirs[:] = [d for d in dirs if not ignored((here / d).as_posix(), patterns)]
        for name in files:
            if not ignored((here / name).as_posix(), patterns):
                (dest / here / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(Path(root) / name, dest / here / name)
    return dest


def tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_dockerfile_instructions():
    assert one("FROM") == "python:3.11-slim"
    assert one("WORKDIR") == "/app" and one("COPY") == ". /app"
    assert re.fullmatch(r"pip install (--no-cache-dir )?\.", one("RUN"))
    env = image_env(Path("/app"))
    assert env["TALLYBOARD_DATA_DIR"] == "/app/data/processed" and env["TALLYBOARD_READ_ONLY"] == "1"
    cmd = json.loads(one("CMD"))
    assert cmd[:2] == ["sh", "-c"]
    for flag in ("streamlit run dashboard/app.py", "--server.address 0.0.0.0", "--server.port 8501",
                 '--server.baseUrlPath "$BASE_URL_PATH"'):
        assert flag in cmd[2], flag
    ignore = (REPO / ".dockerignore").read_text().split()
    assert {".git", ".venv", "tests"} <= set(ignore)


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    """A stand-in for the image: /app (the build context) and site-packages (what `pip install .` puts there)."""
    tmp = tmp_path_factory.mktemp("image")
    app = build_context(tmp / "app")
    site = tmp / "site"
    subprocess.run([sys.executable, "-c", "import sys, setuptools; sys.argv = ['setup.py', '-q', 'build_py', '-d', "
                    f"{str(site)!r}]; setuptools.setup()"], cwd=app, check=True, capture_output=True)
    return app, site


def test_the_build_context_and_the_installed_package(image):
    app, site = image
    assert (app / "data/processed/measures.parquet").exists() and (app / ".streamlit/config.toml").exists()
    assert not (app / ".git").exists() and not (app / ".venv").exists() and not (app / "tests").exists()
    for path in ("dashboard/static/topojson/world_110m.json", "etl/patterns/measures.json", "etl/contract.json",
                 "dashboard/views/overview.py", "etl/uploads.py"):
        assert (site / path).exists(), path
    code = "import dashboard.data as d, etl; print(d.__file__); print(etl.__file__); print(d.data_dir())"
    probe = subprocess.run([sys.executable, "-c", code], cwd=site.parent, capture_output=True, text=True, check=True,
                           env={**os.environ, **image_env(app), "PYTHONPATH": str(site)})
    dash_file, etl_file, data_dir = probe.stdout.split()
    assert dash_file.startswith(str(site)) and etl_file.startswith(str(site))  # the installed copy, not the repo
    assert data_dir == str(app / "data/processed")


@pytest.mark.browser
def test_the_image_command_serves_the_dashboard_read_only(image, page):
    app, site = image
    before = tree(app / "data")
    port = free_port()
    command = json.loads(one("CMD"))
    command[2] = command[2].replace("--server.address 0.0.0.0", "--server.address 127.0.0.1").replace(
        "--server.port 8501", f"--server.port {port}") + " --server.fileWatcherType none"
    env = {**os.environ, **image_env(app), "BASE_URL_PATH": "tallyboard", "PYTHONPATH": str(site),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.Popen(command, cwd=app, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/tallyboard"
        wait_healthy(f"{url}/_stcore/health", proc)
        health = one("HEALTHCHECK").removeprefix("CMD ").replace("8501", str(port))
        assert subprocess.run(["sh", "-c", health], env=env, check=False).returncode == 0
        page.goto(f"{url}/")
        settle(page)
        assert page.locator("h1").first.inner_text() == "Overview"
        # the headline figures are drawn one after another: wait for all six, not the first
        page.wait_for_function("document.querySelectorAll(\"[data-testid='stMetric']\").length >= 6", timeout=60_000)
        assert page.locator("[data-testid='stMetric']").count() >= 6
        assert not page.locator("[data-testid='stException']").count()
        page.goto(f"{url}/add")  # the image is read-only: no Save button
        settle(page)
        assert "Read-only link" in page.inner_text("body")
        assert not page.get_by_role("button", name="Save into data/raw and rebuild the tables").count()
    finally:
        stop(proc)
    assert tree(app / "data") == before
