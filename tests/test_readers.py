"""Readers: HTML (trafilatura), JSON Lines / JSON, RSS / Atom, decoding, and the registry's choice."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.articles import finish
from etl.readers import READERS, InputError, decode, pick, read_input


def read(name: str, data: bytes | str) -> tuple[list, list[str]]:
    warnings: list[str] = []
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return [finish(r) for r in read_input(name, raw, warnings.append)], warnings


def test_registry_has_the_four_formats():
    assert {"text", "html", "jsonl", "json", "feed"} <= set(READERS)


@pytest.mark.parametrize("name, text, kind", [
    ("a.txt", "Title\n\nBody.", "text"),
    ("a.html", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),  # content wins over suffix
    ("a.xml", '<?xml version="1.0"?><rss version="2.0"></rss>', "feed"),
    ("a.html", '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("a.jsonl", '{"text": "a"}', "jsonl"),
    ("a.json", '{"text": "a"}\n{"text": "b"}', "json"),  # the json reader falls back to lines
    ("a", '{"text": "a"}\n{"text": "b"}', "jsonl"),
    ("a.dat", '[{"text": "a"}]', "json"),
    ("a.txt", "[Photo] Strike hits Kharkiv\n\nText.", "text"),  # looks like JSON, is not
    ("a.txt", "{Editor's note} Strike hits Kharkiv\n\nText.", "text"),
    ("noext", "Title\n\nBody.", "text"),
])
def test_pick(name, text, kind):
    assert pick(name, text) == kind


def test_html_page_title_date_outlet_url_and_main_text(fixtures):
    (art,), warnings = read("page.html", (fixtures / "page.html").read_bytes())
    assert warnings == []
    assert art.title == "Drone strike on Odesa port kills four, governor says"
    assert art.published == date(2024, 6, 12)
    assert art.outlet == "The Harbour Times"
    assert art.url == "https://harbourtimes.example/world/odesa-port-strike"
    assert art.dateline == "ODESA"
    assert art.text.startswith("ODESA, Ukraine \u2014 A Russian drone strike on the port of Odesa overnight")
    assert "shot down 18 of the 22 drones" in art.text
    assert art.text.endswith("since withdrawing from a Black Sea grain deal last year.")
    for noise in ("Subscribe", "Most read", "salads", "Privacy", "All rights reserved", "dataLayer",
                  "Share on", "Home"):
        assert noise not in art.text


def test_html_with_no_article_text_is_refused(fixtures):
    with pytest.raises(InputError, match="no article text"):
        read("no_text.html", (fixtures / "no_text.html").read_bytes())


JSONL = "\n".join([
    json.dumps({"id": "a-1", "title": "Strike on Sumy", "url": "https://x.example/1", "published": "2024-03-01",
                "outlet": "Wire", "text": "SUMY: A strike killed two people."}),
    "",
    json.dumps({"id": 0, "text": "Second article.", "published": "2024-03-02T08:00:00+02:00"}),
    json.dumps({"text": "Third article.", "date": "March 3, 2024"}),
])


def test_jsonl_fields_and_source_id():
    arts, warnings = read("a.jsonl", JSONL)
    assert warnings == []
    first, second, third = arts
    assert (first.source_id, first.title, first.url, first.published, first.outlet, first.dateline) == (
        "a-1", "Strike on Sumy", "https://x.example/1", date(2024, 3, 1), "Wire", "SUMY")
    assert first.text == "SUMY: A strike killed two people."
    assert (second.source_id, second.published) == ("0", date(2024, 3, 2))
    assert (third.source_id, third.published) == ("", date(2024, 3, 3))


def test_jsonl_bad_lines_skipped_with_line_numbers():
    data = ('{"id": 1, "text": "Good one."}\n{"id": 2, "text": "broken\n{"id": 3, "title": "No text"}\n'
            '["not", "an", "object"]\n{"id": 5, "text": "Good two."}')
    arts, warnings = read("feed.jsonl", data)
    assert [a.source_id for a in arts] == ["1", "5"]
    assert len(warnings) == 3
    assert warnings[0].startswith("feed.jsonl:2: malformed JSON")
    assert warnings[1].startswith("feed.jsonl:3: no `text` field")
    assert warnings[2].startswith("feed.jsonl:4: not a JSON object")
    assert all("\n" not in w for w in warnings)


@pytest.mark.parametrize("payload", [
    [{"id": "x1", "text": "One.", "published": "2024-05-01"}, {"id": "x2", "text": "Two."}],
    {"articles": [{"id": "x1", "text": "One.", "published": "2024-05-01"}, {"id": "x2", "text": "Two."}]},
])
def test_json_list_and_wrapped(payload):
    arts, warnings = read("a.json", json.dumps(payload))
    assert warnings == []
    assert [(a.source_id, a.text, a.published) for a in arts] == [("x1", "One.", date(2024, 5, 1)),
                                                                  ("x2", "Two.", None)]


def test_json_single_object():
    (art,), _ = read("a.json", json.dumps({"id": 7, "title": "T", "text": "Body.", "published": "2024-05-01"}))
    assert (art.source_id, art.title, art.text, art.published) == ("7", "T", "Body.", date(2024, 5, 1))


def test_json_without_text_is_refused_naming_the_record():
    warnings: list[str] = []
    with pytest.raises(InputError, match="no article text"):
        read_input("a.json", json.dumps([{"id": 1, "title": "No body"}]).encode(), warnings.append)
    assert warnings == ["a.json[0]: no `text` field (nor `body`, `content`, `maintext`...), skipped"]


def test_malformed_json_is_refused_with_line():
    with pytest.raises(InputError, match=r"malformed JSON .* line 2"):
        read("a.json", '[\n{"text": "a",,}]')


def test_rss_items_with_link_date_and_html_to_text(fixtures):
    arts, warnings = read("feed.rss", (fixtures / "feed.rss").read_bytes())
    assert warnings == ["feed.rss: item 3 has no text, skipped"]
    israel, sudan = arts
    assert (israel.title, israel.url, israel.published, israel.outlet, israel.source_id, israel.dateline) == (
        "Israel says it intercepted rocket fired from Lebanon", "https://frontline.example/2024/03/05/rocket-lebanon",
        date(2024, 3, 5), "Frontline Wire", "fw-1001", "JERUSALEM")
    assert israel.text == ("JERUSALEM: The Israeli military said on Tuesday it intercepted a rocket fired from "
                           "Lebanon.\n\nNo injuries were reported.")
    assert sudan.title == "Sudan: shelling of El Fasher market kills 15"
    assert sudan.text.startswith("EL FASHER, Sudan \u2014 Shelling of the central market in El Fasher killed at "
                                 "least 15 people on Saturday, a local resistance committee said.\n\nAid groups")
    assert "<" not in sudan.text
    assert sudan.published == date(2024, 5, 11)


def test_atom_entries(fixtures):
    arts, warnings = read("feed.atom", (fixtures / "feed.atom").read_bytes())
    assert warnings == []
    assert [(a.title, a.url, a.published, a.outlet, a.source_id, a.dateline) for a in arts] == [
        ("Gunmen kill 12 villagers in northern Burkina Faso", "https://sahel.example/2024/07/01/burkina-attack",
         date(2024, 7, 1), "Sahel Monitor", "urn:sahel:2001", "OUAGADOUGOU"),
        ("Mali junta extends transition", "https://sahel.example/2024/06/30/mali-transition",
         date(2024, 6, 30), "Sahel Monitor", "urn:sahel:2002", "BAMAKO"),  # no <published>: <updated>
    ]
    assert arts[0].text == ("OUAGADOUGOU: Gunmen killed 12 villagers in an attack in northern Burkina Faso, "
                            "local sources said on Monday.\n\nNo group claimed the attack.")


def test_feed_with_no_items_is_refused(fixtures):
    with pytest.raises(InputError, match="feed with no items"):
        read("empty_feed.rss", (fixtures / "empty_feed.rss").read_bytes())


def test_feed_text_that_is_a_url_is_not_fetched(monkeypatch):
    import urllib.request

    def no_network(*a, **k):
        raise AssertionError("feedparser tried to fetch")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    with pytest.raises(InputError):
        read("links.xml", "http://example.com/feed.xml")


def test_feed_with_declared_latin1_encoding():
    xml = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Fil</title>'
           '<item><title>Frappe sur Kharkiv</title><description>Une frappe a bless\u00e9 deux personnes pr\u00e8s du '
           'mus\u00e9e.</description></item></channel></rss>').encode("latin-1")
    (art,), _ = read("fil.rss", xml)
    assert art.text == "Une frappe a bless\u00e9 deux personnes pr\u00e8s du mus\u00e9e."


CAFE = ("Caf\u00e9 strike kills two\n\nThe army\u2019s \u201cdrone\u201d hit a caf\u00e9 in the town, officials said "
        "on Monday. Two people were killed and the r\u00e9sidents fled.\n")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_other_encodings_are_detected(encoding):
    text = CAFE if encoding != "latin-1" else CAFE.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    assert decode(text.encode(encoding), "a.txt").replace("\r\n", "\n") == text


def test_short_latin1_text_is_read_as_western():
    text = "Frapp\u00e9 at Mus\u00e9e\n\nThe mus\u00e9e was struck. Na\u00efve people fled from the caf\u00e9.\n"
    (art,), _ = read("a.txt", text.encode("latin-1"))
    assert art.title == "Frapp\u00e9 at Mus\u00e9e"
    assert art.text == "The mus\u00e9e was struck. Na\u00efve people fled from the caf\u00e9."


def test_cp1251_cyrillic_is_detected():
    text = "\u0423\u0434\u0430\u0440 \u043f\u043e \u0425\u0430\u0440\u044c\u043a\u043e\u0432\u0443\n\n" + \
        "\u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0438\u0435 \u0431\u0435\u0441\u043f\u0438\u043b\u043e\u0442" \
        "\u043d\u0438\u043a\u0438 \u0430\u0442\u0430\u043a\u043e\u0432\u0430\u043b\u0438 \u0436\u0438\u043b\u043e\u0439 " \
        "\u0434\u043e\u043c \u0432 \u0425\u0430\u0440\u044c\u043a\u043e\u0432\u0435.\n"
    assert decode(text.encode("cp1251"), "ru.txt") == text


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file"),
    (bytes(range(0x80, 0x100)) * 20, "no other text encoding fits"),
])
def test_undecodable_inputs_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a"]),
       data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=300).map(str.encode),
                      st.sampled_from(['{"text": 1}', '[1, 2]', '{"articles": 5}', "<rss><channel><item>",
                                       "<html><body><p>", '{"text": "x"}\n[', "null", '"text"']).map(str.encode)))
def test_any_bytes_read_or_refused_cleanly(name, data):
    try:
        raws = read_input(name, data, lambda m: None)
    except InputError:
        return
    assert raws and all(isinstance(r.text, str) for r in raws)


def test_json_field_names_of_other_tools():
    """news-please (maintext, date_publish, source_domain) and NewsAPI (content, publishedAt, source.name)."""
    lines = [{"maintext": "Shelling killed two people in Kherson.", "title": "Kherson shelled",
              "date_publish": "2025-03-01 10:00:00", "source_domain": "example.org", "url": "https://example.org/a"},
             {"content": "Drones hit Odesa overnight, officials said.", "headline": "Odesa hit",
              "publishedAt": "2025-03-02T08:00:00Z", "source": {"id": None, "name": "Wire"}, "link": "https://w.example/b",
              "guid": "b-2"}]
    arts = read_input("x.jsonl", "\n".join(json.dumps(x) for x in lines).encode(), lambda m: None)
    assert [(a.title, a.published, a.outlet, a.url, a.source_id) for a in arts] == [
        ("Kherson shelled", "2025-03-01 10:00:00", "example.org", "https://example.org/a", ""),
        ("Odesa hit", "2025-03-02T08:00:00Z", "Wire", "https://w.example/b", "b-2")]
    assert arts[0].text.startswith("Shelling killed two people")


def test_html_headline_repeated_as_first_line_is_dropped_and_its_figures_read_once(fixtures, tmp_path):
    """trafilatura keeps the <h1> as the body's first line; the figures are the body's."""
    from etl.pipeline import build_tables

    (art,), _ = read("odesa_wire.html", (fixtures / "odesa_wire.html").read_bytes())
    assert art.title == "Drone attack kills 3 in Odesa"
    assert art.dateline == "ODESA"
    assert art.text.startswith("ODESA, Ukraine (AP) \u2014 A Russian drone attack")
    build_tables([fixtures / "odesa_wire.html"], tmp_path, progress=False)
    rows = pd.read_csv(tmp_path / "measures.csv")
    assert list(zip(rows.metric, rows.value, rows.country, rows.quote, strict=True)) == [
        ("killed", 3, "UKR", "killed three people"), ("injured", 11, "UKR", "wounded 11"),
        ("drones_launched", 47, "UKR", "launched 47 drones"),
        ("missiles_launched", 2, "UKR", "launched 47 drones and two Iskander-M ballistic missiles"),
        ("drones_intercepted", 35, "UKR", "shot down 35 drones")]


def test_json_text_kept_as_html_is_read_as_text():
    line = {"text": "<p>Russian strikes killed <strong>five</strong> people in Kharkiv.</p><p>Officials said 12 were hurt.</p>"}
    (art,) = read_input("x.jsonl", (json.dumps(line) + "\n").encode(), lambda m: None)
    assert "<" not in art.text and "killed five people in Kharkiv." in art.text and "Officials said 12" in art.text


def test_json_plain_text_drops_a_pasted_pages_related_list():
    text = ("Police detained 56 people in Belgrade on Saturday.\n\nRelated stories\n"
            "\u2022 3 killed as drone hits monastery in the north\n\u2022 Over 20,000 flee fighting in the east\n\n"
            "Subscribe to our newsletter")
    (art,) = read_input("x.jsonl", (json.dumps({"text": text}) + "\n").encode(), lambda m: None)
    assert "monastery" not in art.text and "20,000" not in art.text
    assert art.text.startswith("Police detained 56 people in Belgrade on Saturday.")


def test_feed_items_drop_read_more_lines_related_lists_and_captions():
    body = ("&lt;p&gt;Police detained 56 people in Belgrade on Saturday.&lt;/p&gt;"
            "&lt;figure&gt;&lt;img src='x.jpg'/&gt;"
            "&lt;figcaption&gt;6 dead, 22 wounded. Photo: AP&lt;/figcaption&gt;&lt;/figure&gt;"
            "&lt;p&gt;&lt;a href='/k'&gt;Read more: Kenya's protests one year on \u2013 60 killed in 2024&lt;/a&gt;&lt;/p&gt;"
            "&lt;h3&gt;Related&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Kosovo: 4 officers wounded in northern clash&lt;/li&gt;"
            "&lt;li&gt;Police say 9 injured in stadium crush&lt;/li&gt;&lt;/ul&gt;")
    xml = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Watch: Belgrade</title>'
           f'<description>{body}</description></item></channel></rss>')
    (art,), _ = read("wire.rss", xml)
    assert art.text == "Police detained 56 people in Belgrade on Saturday."
    assert art.title == "Watch: Belgrade"
