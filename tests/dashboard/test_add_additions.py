"""dashboard.additions without a server: read-only switch, combining batches, content tokens, and
each figure split around its quote inside its sentence."""

from __future__ import annotations

import pytest

from dashboard import additions
from etl.uploads import extract, read_paste, read_uploads

TEXT = ("Strikes on Kherson\n\nRussian shelling killed two people and wounded five others in Kherson, the governor "
        "said on Monday. Separately, Russia launched 76 drones at Ukraine overnight, the air force said.")


@pytest.mark.parametrize("value, on", [("1", True), ("true", True), ("YES", True), ("on", True), ("0", False),
                                       ("", False), ("false", False), ("no", False)])
def test_read_only_from_the_environment(monkeypatch, value, on):
    monkeypatch.setenv(additions.ENV_READ_ONLY, value)
    assert additions.read_only() is on


def test_highlighted_splits_each_sentence_around_its_figure():
    frames = extract(read_paste(TEXT).articles)
    found = additions.highlighted(frames)
    assert len(found) == len(frames["measures"]) >= 3
    body = frames["articles"]["text"].iloc[0]
    for r in found.itertuples():
        assert r.quote and r.before + r.quote + r.after in body  # the sentence, figure in the middle
    killed = found.set_index("metric").loc["killed"]
    assert killed["value"] == 2 and killed["title"] == "Strikes on Kherson"
    assert killed["before"].startswith("Russian shelling") and "Kherson" in killed["after"]
    assert additions.highlighted({t: frames[t].iloc[0:0] for t in frames}).empty


def test_combine_and_content_token():
    a = extract(read_paste(TEXT).articles)
    b = extract(read_uploads([("b.jsonl", b'{"text": "Ukraine said it shot down 29 drones overnight."}\n')]).articles)
    both = additions.combine(a, b)
    assert {t: len(both[t]) for t in both} == {t: len(a[t]) + len(b[t]) for t in a}
    assert additions.combine(None, a) == a
    assert additions.content_token(a) == additions.content_token(extract(read_paste(TEXT).articles))
    assert len({additions.content_token(a), additions.content_token(b), additions.content_token(both)}) == 3
