"""HTML pages: main text, title, date and site name through trafilatura."""
from __future__ import annotations

from collections.abc import Iterator

from etl.articles import RawArticle, normalise
from etl.readers import InputError, Warn, register
from etl.readers.text import dateline_of

_MIN_WORDS = 8


@register("html")
def read_html(text: str, source: str, warn: Warn) -> Iterator[RawArticle]:
    import trafilatura  # a heavy import (0.2 s), made only when an HTML page is read

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True)  # tables: see etl/grids.py
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (doc.title or "") if doc is not None else ""
    first, _, rest = body.partition("\n")
    if title and normalise(first) == normalise(title):  # the headline repeated as the body's first line
        body = rest.lstrip("\n")
    if len(body.split()) < _MIN_WORDS:  # what is left of menus and footers, not an article
        raise InputError("HTML page with no article text")
    yield RawArticle(text=body, source_path=source, title=title, published=doc.date,
                     outlet=doc.sitename or "", url=doc.url or "", dateline=dateline_of(body))
