"""JSON Lines and JSON: one object per article with `text` and optional `id`, `title`, `url`,
`published`, `outlet`. A JSON file may hold one object, a list of them, or {"articles": [...]}."""
from __future__ import annotations

import json
from collections.abc import Iterator

from etl.articles import RawArticle
from etl.readers import InputError, Warn, register
from etl.readers.text import dateline_of

_DATE_KEYS = ("published", "date", "published_at", "pubDate")


def _article(obj: object, source: str, where: str, warn: Warn) -> RawArticle | None:
    if not isinstance(obj, dict):
        warn(f"{where}: not a JSON object, skipped")
        return None
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        warn(f"{where}: no `text` field, skipped")
        return None
    published = next((obj[k] for k in _DATE_KEYS if obj.get(k)), None)
    return RawArticle(text=text, source_path=source, title=str(obj.get("title") or ""),
                      published=str(published) if published is not None else None,
                      outlet=str(obj.get("outlet") or ""), url=str(obj.get("url") or ""),
                      source_id=_id_of(obj), dateline=dateline_of(text))


def _id_of(obj: dict) -> str:
    """The given id as text; 0 is an id too."""
    value = obj.get("id")
    return "" if value is None else str(value).strip()


@register("jsonl")
def read_jsonl(text: str, source: str, warn: Warn) -> Iterator[RawArticle]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            warn(f"{source}:{n}: malformed JSON ({e.msg}), line skipped")
            continue
        if (a := _article(obj, source, f"{source}:{n}", warn)) is not None:
            yield a


@register("json")
def read_json(text: str, source: str, warn: Warn) -> Iterator[RawArticle]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        # perhaps JSON Lines saved as .json
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_jsonl(text, source, warn)
            return
        raise InputError(f"malformed JSON ({e.msg} at line {e.lineno})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        if (a := _article(obj, source, f"{source}[{i}]", warn)) is not None:
            yield a
