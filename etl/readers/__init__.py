"""Readers, one per input format, chosen through one registry by suffix and content.

A reader takes the decoded text of one input and yields :class:`~etl.articles.RawArticle` values.
Whole-input problems raise :class:`InputError` (the input is skipped); problems with one record
of an input (a JSON line) are passed to ``warn`` and only that record is skipped.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from etl.articles import RawArticle

Warn = Callable[[str], None]
Reader = Callable[[str, str, Warn], Iterator[RawArticle]]


class InputError(Exception):
    """An input that cannot be read at all; the message says why."""


READERS: dict[str, Reader] = {}
SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
            ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".xml": "feed",
            ".rss": "feed", ".atom": "feed"}
_SNIFF = [("feed", re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL | re.IGNORECASE)),
          ("html", re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                              r"<(?:!doctype html|html|head|body|article|div|p)\b", re.DOTALL | re.IGNORECASE)),
          ("jsonl", re.compile(r"^\s*\{[^\n]*\}\s*\n\s*\{", re.DOTALL)),
          ("json", re.compile(r"^\s*[\[{]"))]
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def register(name: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        READERS[name] = fn
        return fn
    return deco


def sniff(text: str) -> str | None:
    head = text[:4096]
    return next((name for name, rx in _SNIFF if rx.match(head)), None)


def pick(name: str, text: str) -> str:
    """The reader for an input: content decides when it is clearly markup or JSON, else the suffix.

    Pasted text may start with "[" or "{" ("[Photo] ..."), so JSON wins over a text suffix only
    when the input really parses as JSON."""
    by_suffix = SUFFIXES.get(Path(name).suffix.lower())
    by_content = sniff(text)
    if by_content in ("json", "jsonl"):
        if by_suffix in ("json", "jsonl"):
            return by_suffix
        if not _parses_as_json(text, by_content):
            return by_suffix or "text"
    return by_content or by_suffix or "text"


def _parses_as_json(text: str, kind: str) -> bool:
    sample = text.lstrip().split("\n", 1)[0] if kind == "jsonl" else text
    try:
        json.loads(sample)
    except ValueError:
        return False
    return True


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding; binary is refused."""
    if not data.strip():
        raise InputError("empty file")
    head = data[:8192]
    if head.count(b"\x00") > 0 and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = _detected(data)
    if text is None:
        raise InputError("not valid UTF-8 and no other text encoding fits")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 8192) + 2:
        raise InputError("binary file, not text")
    return text


def _detected(data: bytes) -> str | None:
    """Text in the encoding charset-normalizer finds. Short Western texts fit many single-byte code
    pages equally well (cp775, cp1250, cp1252...); a tie is broken for the Western ones."""
    from charset_normalizer import from_bytes  # only for input that is not UTF-8

    results = list(from_bytes(data))
    if not results:
        return None
    least = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least + 0.01]
    for western in _WESTERN:
        if any(western in r.could_be_from_charset for r in tied):
            return data.decode(western)
    return str(tied[0])


def read_input(name: str, data: bytes, warn: Warn) -> list[RawArticle]:
    """All raw articles of one input (a file or an upload), or InputError."""
    text = decode(data, name)
    kind = pick(name, text)
    articles = list(READERS[kind](text, name, warn))
    if not articles:
        raise InputError(f"no article text found ({kind})")
    for i, a in enumerate(articles):
        a.position = i
    return articles


import etl.readers.feed
import etl.readers.html
import etl.readers.jsonl
import etl.readers.text  # noqa: F401
