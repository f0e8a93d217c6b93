"""The fast forms of word lists (etl.lexicon, measures._words) find what the plain forms find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.lexicon import WordGates, plain_same_length, trie_regex
from etl.measures import _words

# prefixes of one another, a phrase, a pattern item, words sharing no prefix
ITEMS = ["kill", "killed", "killed off", "kil", "shot down", "shot", "shelled", "crossed\\s+the\\s+(?:\\w+\\s+){1,2}into",
         "downed", "down", "u.s.", "red cross"]
PATTERNS = [r"\bdeath\s+toll\b", r"(?:killed|wounded)\s+by", r"\bkill", r"toll(?:s)?\s+(?:rose|climbed)", r"\w+",
            r"[0-9]+\s+drones", r"(?i:Red\s+Cross)"]
PIECES = ["kill", "killed", "killed off", "kil", "led", "shot", " down", "shot  down", "shelled", "crossed the Red river into",
          "u.s.", "uXsY", "death toll", "death  toll", "tolls rose", "wounded by", "12 drones", "red cross", "Red Cross", " ",
          ",", "x", "Toll", "DOWNED"]

texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_trie_alternation_finds_what_the_flat_list_finds(text):
    flat = re.compile("(?P<w>" + "|".join(w.replace(" ", r"\s+") for w in sorted(ITEMS, key=len, reverse=True))
                      + r")(?:\s+\w+)?\s*$", re.I)
    trie = re.compile("(?P<w>" + _words(ITEMS) + r")(?:\s+\w+)?\s*$", re.I)
    a, b = flat.search(text), trie.search(text)
    assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w")))


def test_trie_alternation_prefers_the_longest_word_then_backs_off():
    rx = re.compile("(?P<w>" + _words(["shot", "shot down", "shot down by"]) + r")\s+\d+$", re.I)
    assert rx.search("they SHOT DOWN 12")["w"] == "SHOT DOWN"
    assert rx.search("they shot 12")["w"] == "shot"
    assert trie_regex(["kill", "killed"], space=" ") == "kill(?:ed)?"


@settings(max_examples=300, deadline=None)
@given(texts)
def test_word_gates_never_skip_a_pattern_that_matches(text):
    gates = WordGates([re.compile(p, re.I) for p in PATTERNS])
    low = text.lower()
    if not low.isascii():
        return
    passing = gates.passing(low)
    for i, p in enumerate(PATTERNS):
        if re.search(p, text, re.I):
            assert i in passing, (p, text)


def test_word_gates_skip_patterns_whose_words_are_absent():
    gates = WordGates([re.compile(p, re.I) for p in PATTERNS])
    assert gates.passing("the death toll rose") == {0, 3, 4}  # r"\w+" needs no word: always tried
    assert gates.passing("killed by shelling") == {1, 2, 4}  # "kill" is a prefix of "killed"
    assert gates.passing("12 drones") == {4, 5}


def test_every_trigger_list_holds_each_phrase_once():
    import json
    from pathlib import Path

    raw = json.loads((Path(__file__).parent.parent / "etl" / "patterns" / "measures.json").read_text("utf-8"))
    for trig in raw["triggers"]:
        for side in ("before", "after"):
            words = trig.get(side, [])
            assert len(words) == len(set(words)), (trig["id"], side, sorted(w for w in set(words) if words.count(w) > 1))


@given(st.text(alphabet="\u00ab\u00bb\u201e\u201c\u201d\u2011\u2009 \u00a0ab1\"'", max_size=40))
def test_plain_typography_keeps_every_offset(text):
    assert len(plain_same_length(text)) == len(text)


def test_plain_typography_reads_guillemets_low_quotes_and_thin_spaces():
    assert plain_same_length("killed \u00ab more than 60 \u00bb rebels") == 'killed  "more than 60"  rebels'
    assert plain_same_length("had \u201eintercepted\u201c 143") == 'had "intercepted" 143'
    assert plain_same_length("Iskander\u2011M, 12\u2009000") == "Iskander-M, 12 000"
    assert plain_same_length("\u201cEnglish\u201d") == "\u201cEnglish\u201d"  # English marks stay
