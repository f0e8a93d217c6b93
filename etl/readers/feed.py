"""RSS and Atom feeds (feedparser): one article per item, with its link and date."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from etl.articles import RawArticle
from etl.readers import InputError, Warn, register
from etl.readers.text import dateline_of, drop_furniture

_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding=["'][^"']*["']""")  # text is decoded already


def html_to_text(fragment: str, furniture: bool = True) -> str:
    """Plain text of an HTML fragment, one paragraph per block element; without captions, asides
    and page furniture (``furniture=False`` keeps every line: for a title)."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, lxml.etree.ParserError):
        return fragment
    for bad in root.xpath("//script|//style|//figcaption|//aside|//nav|//footer"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//h5|//h6|//blockquote|//figure"):
        block.tail = "\n\n" + (block.tail or "")
    return drop_furniture(root.text_content()) if furniture else root.text_content()


@register("feed")
def read_feed(text: str, source: str, warn: Warn) -> Iterator[RawArticle]:
    import feedparser  # heavy imports, made only when a feed is read

    # bytes, never a str: feedparser would take a str that looks like a URL or path and fetch it
    parsed = feedparser.parse(_XML_ENCODING.sub(r"\1", text, count=1).encode("utf-8"))
    if not parsed.entries:
        raise InputError("feed with no items")
    outlet = parsed.feed.get("title", "")
    for n, entry in enumerate(parsed.entries, 1):
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        body = html_to_text(body)
        if not body.strip():
            warn(f"{source}: item {n} has no text, skipped")
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawArticle(text=body, source_path=source, title=html_to_text(entry.get("title", ""), furniture=False),
                         published=date(*when[:3]) if when else None, outlet=outlet,
                         url=entry.get("link", ""), source_id=entry.get("id", ""),
                         dateline=dateline_of(body))
