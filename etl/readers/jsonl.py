"""JSON Lines and JSON: one object per article with `text` and optional `id`, `title`, `url`,
`published`, `outlet` (or the other names of each that `patterns/fields.json` lists: `body`,
`headline`, `publishedAt`, `source`...). A JSON file may hold one object, a list of them, or
{"articles": [...]}."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from etl.articles import RawArticle
from etl.readers import InputError, Warn, register
from etl.readers.text import dateline_of, drop_furniture

_MARKUP = re.compile(r"<(?:p|br|div|span|a|strong|em|li|h[1-6])\b[^>]*>", re.I)


@cache
def _fields() -> dict[str, list[str]]:
    return json.loads(resources.files("etl.patterns").joinpath("fields.json").read_text("utf-8"))


def _field(obj: dict, name: str) -> str | None:
    """The first non-empty value among the names `fields.json` lists for `name`, as text."""
    for key in _fields()[name]:
        value = obj.get(key)
        if isinstance(value, dict):  # NewsAPI: "source": {"id": ..., "name": "Reuters"}
            value = value.get("name")
        if value is not None and (str(value).strip() or value == 0):
            return str(value).strip() if name != "text" else str(value)
    return None


def _article(obj: object, source: str, where: str, warn: Warn) -> RawArticle | None:
    if not isinstance(obj, dict):
        warn(f"{where}: not a JSON object, skipped")
        return None
    text = _field(obj, "text")
    if not text or not text.strip():
        others = ", ".join(f"`{k}`" for k in _fields()["text"][1:4])
        warn(f"{where}: no `text` field (nor {others}...), skipped")
        return None
    if _MARKUP.search(text):  # an export that kept the page's paragraphs as HTML
        from etl.readers.feed import html_to_text

        text = html_to_text(text)
    else:  # a scraper's plain text may keep the page's "Related stories" list, share buttons, credits
        text = drop_furniture(text) or text
    return RawArticle(text=text, source_path=source, title=_field(obj, "title") or "",
                      published=_field(obj, "published"), outlet=_field(obj, "outlet") or "",
                      url=_field(obj, "url") or "", source_id=_field(obj, "id") or "", dateline=dateline_of(text))


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
