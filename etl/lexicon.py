"""Helpers for word lists compiled into fast regular expressions.

Python's `re` tries the branches of a flat alternation one by one at every position, and
case-insensitive matching is several times slower again. Word lists are therefore compiled as a
trie (shared prefixes factored out) and matched against a lower-cased copy of the text, whose
offsets are the same as the original's (`lower_same_length`).
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


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


class WordGates:
    """Which of many patterns may match a lower-cased ASCII window, by one scan of the window for the
    words one of which each pattern's every match holds (`required_words`), instead of a search per
    pattern. A pattern whose words are not known always passes."""

    def __init__(self, patterns) -> None:
        needs = [required_words(p) for p in patterns]
        self.always = frozenset(i for i, words in enumerate(needs) if not words)
        by_word: dict[str, set[int]] = {}
        for i, words in enumerate(needs):
            for w in words or ():
                by_word.setdefault(w, set()).add(i)
        # the scan finds the longest word at each position; the shorter ones starting there are its prefixes
        self._passing = {w: frozenset().union(*(ids for v, ids in by_word.items() if w.startswith(v))) | self.always
                         for w in by_word}
        self._scan = re.compile("(?=(" + trie_regex(by_word, space=" ") + "))") if by_word else None

    def passing(self, low: str) -> frozenset[int]:
        """The indices of the patterns that may match somewhere in `low` (lower case, ASCII)."""
        if self._scan is None:
            return self.always
        return self.always.union(*(self._passing[m[1]] for m in self._scan.finditer(low)))


def lower_same_length(text: str) -> str:
    """`text` in lower case, keeping every offset (characters whose lower case is longer, such as
    'İ', are left as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@cache
def _typography() -> dict[int, str]:
    raw = json.loads(resources.files("etl.patterns").joinpath("numbers.json").read_text("utf-8"))
    return str.maketrans(raw["same_length_typography"])


def plain_same_length(text: str) -> str:
    """`text` with guillemets, low quotes, non-breaking hyphens and thin spaces in their plain form
    (numbers.json "same_length_typography"), one character for one: every offset stays."""
    if "\u00ab" in text or "\u00bb" in text:  # French spacing inside the marks ('« 20–30 soldiers »'): the space
        text = _SPACED_CLOSE.sub("\u00bb ", _SPACED_OPEN.sub(" \u00ab", text))  # goes outside them
    if "\u201e" in text and "\u201c" in text:
        text = _LOW_PAIR.sub(lambda m: m[0][:-1] + '"', text)  # German „...“: the upper mark closes
    return text.translate(_typography())


_SPACED_OPEN = re.compile("\u00ab[ \u00a0\u202f\u2009](?=\\S)")
_SPACED_CLOSE = re.compile("(?<=\\S)[ \u00a0\u202f\u2009]\u00bb")
_LOW_PAIR = re.compile("\u201e[^\u201c\u201d\"\n]{0,300}\u201c")


def required_words(pattern: str | re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of `pattern` contains (taken from its
    parse tree: a run of literals, or one run for each branch of an alternation), or None when
    no such set is known. A text whose lower-cased form contains none of them holds no match of
    a case-sensitive pattern; with IGNORECASE, this holds for ASCII text (where an ASCII letter
    matches only its two cases)."""
    import re._constants as c
    import re._parser as sre_parse

    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    else:
        flags = 0
    if not isinstance(pattern, str):
        return None

    def seq(items) -> frozenset[str] | None:
        best, run = None, ""

        def take(cand):
            nonlocal best
            if cand and (best is None or min(map(len, cand)) >= min(map(len, best))):  # a tie: the later run ("the win": "win")
                best = cand

        for op, av in items:
            if op is c.LITERAL and av < 128:
                run += chr(av).lower()
                continue
            take(frozenset([run]) if run else None)
            run = ""
            if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
                continue  # zero width: the run goes on around it
            take(node(op, av))
        take(frozenset([run]) if run else None)
        return best

    def node(op, av) -> frozenset[str] | None:
        if op is c.SUBPATTERN:
            return seq(av[3].data)
        if op is c.ATOMIC_GROUP:
            return seq(av.data)
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                r = seq(alt.data)
                if r is None:
                    return None
                out |= r
            return frozenset(out)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            return seq(av[2].data)
        return None

    try:
        return seq(sre_parse.parse(pattern, flags).data)
    except Exception:  # pragma: no cover - a pattern the parser of this Python reads differently
        return None
