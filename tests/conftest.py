"""Shared fixtures. Keep this small: fixtures used by several test files only."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """tests/fixtures: small input files."""
    return REPO / "tests" / "fixtures"


@pytest.fixture(scope="session")
def seed(repo: Path) -> Path:
    """The seed file of pasted articles (data/raw)."""
    return repo / "data" / "raw" / "000_6375904225a6e15a.txt"


@pytest.fixture
def etl_run(tmp_path: Path):
    """build_tables in-process without a progress bar: returns (summary, warnings, out_dir)."""
    from etl.pipeline import build_tables

    def run(*inputs, out: Path | None = None):
        out = tmp_path / "out" if out is None else out
        warnings: list[str] = []
        summary = build_tables([str(i) for i in inputs], out, warn=warnings.append, progress=False)
        return summary, warnings, out

    return run
