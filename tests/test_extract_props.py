"""Property tests: any text, however odd, never crashes the extractor, and every quote is the
exact slice of the article text its offsets name."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.articles import RawArticle, finish
from etl.events import extract_article
from etl.measures import find_figures
from etl.numbers import find_numbers

WORDS = ["killed", "wounded", "drones", "were", "shot", "down", "at least", "up to", "12,000", "two", "dozens of",
         "people", "Russia", "launched", "of the", "missiles", "1.2 million", "between", "and", "including", "a",
         "death toll", "rose to", "on Tuesday", "in Kyiv", "said", ".", ",", "\n", "\n\n", "Shahed-136", "11k",
         "troops", "sent", "-", "%", "$", "2024", "Twenty-two", "\u201c", "\u2019s", "the",
         # constructions added later: datelines, of-which, bullets, quotes around triggers, disasters, ranges
         "KYIV (Reuters) -", "CAIRO:", "of which", "of whom", "Of the", "- ", "\u2022", "\"lost\"", "or jammed",
         "earthquake", "the attack", "its invasion", "between 1 and 28 May", "over the weekend", "since the 2021",
         "times", "US$", "more", "overnight", "in exchange for", "Armenians", "fled", "21/05/2025",
         # typography read in its plain form, one character for one: guillemets, low quotes, thin spaces
         "\u00ab ", " \u00bb", "\u00ab", "\u201e", "\u201c", "12\u2009000", "30\u2019800", "Iskander\u2011M"]

newsish = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
anytext = st.text(max_size=400)


def _check(text: str) -> None:
    art = finish(RawArticle(text=text, source_path="t", title="T", published="2025-05-21"))
    if art is None:
        return
    events, measures = extract_article(art)
    for m in measures:
        assert art.text[m["char_start"]:m["char_end"]] == m["quote"]
        assert m["value"] >= 0 and m["quote"]
        if m["value_low"] is not None and m["value_high"] is not None:
            assert m["value_low"] <= m["value_high"]
    for e in events:
        assert art.text[e["char_start"]:e["char_end"]] == e["sentence"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsish)
def test_newsish_text_never_crashes_and_quotes_match(text):
    _check(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anytext)
def test_arbitrary_text_never_crashes(text):
    _check(text)
    for f in find_figures(text):
        assert 0 <= f.start <= f.num_start < f.end <= len(text)
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)


def test_figures_read_through_guillemets_keep_the_articles_own_quotes_and_sentences():
    text = "Goma, 3 Feb. \u2014 The army said it had killed \u00ab more than 60 \u00bb rebels on Sunday."
    art = finish(RawArticle(text=text, source_path="t", title="T", published="2025-02-03"))
    events, measures = extract_article(art)
    (m,) = measures
    assert (m["metric"], m["value"], m["qualifier"]) == ("killed", 60, "more_than")
    assert m["quote"] == "killed \u00ab more than 60 \u00bb rebels" and m["sentence"] in text
    assert all(text[e["char_start"]:e["char_end"]] == e["sentence"] and "\u00ab" in e["sentence"] for e in events)
