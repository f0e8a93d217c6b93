"""The repository itself: committed tables up to date, README and CI agree, etl/ free of streamlit."""
from __future__ import annotations

import ast
import os
import re
import tomllib

from etl.pipeline import build_tables

TABLE_FILES = ["articles.csv", "events.csv", "measures.csv", "datapackage.json"]


def test_data_processed_is_up_to_date(repo, tmp_path, monkeypatch):
    """Fails when the extractor changed and data/processed was not rebuilt. The fix:
    python -m etl run data/raw --out data/processed"""
    monkeypatch.chdir(repo)  # source_path is written as given: data/raw/...
    summary = build_tables(["data/raw"], tmp_path, warn=lambda m: None, progress=False)
    assert summary.articles >= 2
    stale = [name for name in TABLE_FILES
             if not (repo / "data/processed" / name).exists()
             or (repo / "data/processed" / name).read_bytes() != (tmp_path / name).read_bytes()]
    assert not stale, (f"data/processed is out of date ({', '.join(stale)}); rebuild it with "
                       "`python -m etl run data/raw --out data/processed` and commit it")
    for name in ("articles.parquet", "events.parquet", "measures.parquet"):
        assert (repo / "data/processed" / name).exists()


def readme_commands(repo) -> list[str]:
    text = (repo / "README.md").read_text("utf-8")
    return [m.strip() for m in re.findall(r"^    (python3 -m venv .+)$", text, re.MULTILINE)]


def test_readme_starts_with_the_two_setup_commands(repo):
    head = (repo / "README.md").read_text("utf-8").split("\n")[:25]
    commands = [line.strip() for line in head if line.startswith("    python3 -m venv")]
    assert len(commands) == 2
    assert "streamlit run dashboard/app.py" in commands[0] and "pip install -q -e ." in commands[0]
    assert '".[test]"' in commands[1] and "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command(repo):
    ci = (repo / ".ci" / "run").read_text("utf-8")
    (ci_command,) = re.findall(r"^TEST_COMMAND='(.+)'$", ci, re.MULTILINE)
    assert ci_command == readme_commands(repo)[1]
    assert 'bash -c "$TEST_COMMAND"' in ci and "set -euo pipefail" in ci
    assert os.access(repo / ".ci" / "run", os.X_OK)


def test_readme_documents_the_command_line(repo):
    text = (repo / "README.md").read_text("utf-8")
    assert "python -m etl run INPUT" in text and "--out DIR" in text
    for fmt in (".txt", ".html", ".jsonl", ".json", ".xml", ".rss", ".atom"):
        assert fmt in text, fmt


def imported_modules(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield node.lineno, node.module or ""
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            yield node.lineno, str(node.args[0].value)


def test_etl_never_imports_streamlit(repo):
    offenders = [f"{path.relative_to(repo)}:{line} imports {name}"
                 for path in sorted((repo / "etl").rglob("*.py"))
                 for line, name in imported_modules(ast.parse(path.read_text("utf-8")))
                 if name.split(".")[0] == "streamlit"]
    assert offenders == []
    assert len(list((repo / "etl").rglob("*.py"))) >= 10


def test_pyproject_dependencies_have_lower_bounds(repo):
    project = tomllib.loads((repo / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"
    deps = project["dependencies"] + project["optional-dependencies"]["test"]
    assert all(">=" in d for d in deps), [d for d in deps if ">=" not in d]
    names = {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}
    assert {"trafilatura", "lxml-html-clean", "feedparser", "pandera", "pyarrow", "pytest", "pytest-xdist"} <= names


def test_ruff_is_clean(repo):
    """The project's lint rules (pyproject [tool.ruff]) hold on every module and test."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    run = subprocess.run([ruff, "check", "etl", "dashboard", "tests", "benchmarks"], cwd=repo,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-2000:]
