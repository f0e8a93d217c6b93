"""Helpers for word lists compiled into fast regular expressions.

Python's `re` tries the branches of a flat alternation one by one at every position, and
case-insensitive matching is several times slower again. Word lists are therefore compiled as a
trie (shared prefixes factored out) and matched against a lower-cased copy of the text, whose
offsets are the same as the original's (`lower_same_length`).
"""
from __future__ import annotations

import re


def trie_regex(words, space: str = r"\s+") -> str:
    """An alternation of `words` (literal, lower case) factored as a trie; longest match wins.
    A space inside a word matches any run of whitespace (`space`)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [(space if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if end else "")

    return build(trie)


def lower_same_length(text: str) -> str:
    """`text` in lower case, keeping every offset (characters whose lower case is longer, such as
    'İ', are left as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
