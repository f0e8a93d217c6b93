"""The strict gold set: one construction per short text, exact metric / value / qualifier."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.articles import RawArticle, finish
from etl.events import extract_article

GOLD = [json.loads(line) for line in (Path(__file__).parent / "gold" / "measures_strict.jsonl")
        .read_text("utf-8").splitlines() if line.strip()]


def measures_of(text: str) -> list[dict]:
    article = finish(RawArticle(text=text, source_path="test", title="Test", published="2025-05-21"))
    return extract_article(article)[1]


def test_gold_set_is_large_and_varied():
    assert len(GOLD) >= 60
    assert sum(1 for g in GOLD if not g["expect"]) >= 12  # non-measures
    metrics = {m for g in GOLD for m, _, _ in g["expect"]}
    assert metrics >= {"killed", "injured", "missing", "arrested", "detained", "released", "displaced", "troops",
                       "attacks", "drones_launched", "drones_intercepted", "drones_lost", "drones_hit",
                       "missiles_launched", "missiles_intercepted", "missiles_hit"}
    quals = {q for g in GOLD for _, _, q in g["expect"]}
    assert quals == {"exact", "at_least", "more_than", "at_most", "less_than", "approx", "vague"}


@pytest.mark.parametrize("case", GOLD, ids=[g["id"] for g in GOLD])
def test_strict_gold(case):
    rows = measures_of(case["text"])
    got = sorted((r["metric"], r["value"], r["qualifier"]) for r in rows)
    assert got == sorted(tuple(e) for e in case["expect"]), case["text"]


@pytest.mark.parametrize("case", GOLD, ids=[g["id"] for g in GOLD])
def test_quotes_match_offsets(case):
    article = finish(RawArticle(text=case["text"], source_path="t", title="T"))
    for r in extract_article(article)[1]:
        assert article.text[r["char_start"]:r["char_end"]] == r["quote"]
        assert r["quote"] in r["sentence"]
