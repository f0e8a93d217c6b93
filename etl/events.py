"""Events: placeholder until the extractor lands."""
from __future__ import annotations

from etl.articles import Article


def extract_article(article: Article) -> tuple[list[dict], list[dict]]:
    return [], []


def link_incidents(events: list[dict], measures: list[dict]) -> None:
    return None
