"""The seed scored by the shared scorer: the issue's thresholds, asserted."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from etl.pipeline import build_tables

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not beside the repository")
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = tmp_path_factory.mktemp("seed")
    build_tables([RAW], out, warn=lambda m: None, progress=False)
    return score.score(json.loads((EVAL / "seed_gold.json").read_text("utf-8")), out)


def test_loose_precision_and_recall(result):
    assert result["loose"]["precision"] >= 0.95
    assert result["loose"]["recall"] >= 0.95
    assert result["quote_offsets_wrong"] == 0


def test_strict_dates_and_events(result):
    assert result["strict"]["f1"] >= 0.90
    assert result["date_accuracy"] >= 0.95
    assert result["event_recall"] >= 0.85
