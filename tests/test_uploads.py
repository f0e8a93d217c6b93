"""etl.uploads: files and pasted text read in memory, one message per problem naming its input,
deduplication, the same tables as the command line, and saving under names made from article ids."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from etl.articles import article_id
from etl.pipeline import build_frames, build_tables
from etl.uploads import display_name, extract, read_paste, read_uploads, save_articles, saved_name

DRONES = "Russia launched 76 Shahed drones at Ukraine overnight, the Ukrainian air force said."
KILLED = "Russian shelling killed two people and wounded five others in Kherson, the governor said."


def jsonl(*objs) -> bytes:
    return "".join(json.dumps(o) + "\n" for o in objs).encode()


def messages(result) -> list[tuple[str, str, str]]:
    return [(m.name, m.level, m.text) for m in result.messages]


def test_several_formats_at_once_with_progress(fixtures):
    files = [(p.name, p.read_bytes()) for p in (fixtures / "multi_outlets.txt", fixtures / "feed.rss",
                                                fixtures / "page.html")]
    files.append(("news.jsonl", jsonl({"text": DRONES, "title": "Drones", "outlet": "Wire", "published": "2025-05-21"})))
    seen = []
    result = read_uploads(files, progress=lambda done, total, name: seen.append((done, total, name)))
    assert seen == [(1, 4, "multi_outlets.txt"), (2, 4, "feed.rss"), (3, 4, "page.html"), (4, 4, "news.jsonl")]
    assert all(result.read[name] >= 1 for name, _ in files), result.read
    assert not [m for m in result.messages if m.level == "error"]
    frames = extract(result.articles)
    assert set(frames["articles"]["source_path"]) == {name for name, _ in files}
    m = frames["measures"]
    assert ((m["metric"] == "drones_launched") & (m["value"] == 76)).any()


def test_extract_gives_what_the_command_line_gives(fixtures):
    result = read_uploads([("multi_outlets.txt", (fixtures / "multi_outlets.txt").read_bytes())])
    steps = []
    ours = extract(result.articles, progress=lambda d, t, n: steps.append(d))
    theirs = build_frames(result.articles, warn=lambda m: None, progress=False)
    assert steps == list(range(1, len(result.articles) + 1))
    for table in ("articles", "events", "measures"):
        pd.testing.assert_frame_equal(ours[table], theirs[table])


def test_paste():
    result = read_paste(f"Drones over Ukraine\n\n{DRONES}\n")
    (art,) = result.articles
    assert art.title == "Drones over Ukraine" and art.source_path == "pasted text.txt"
    assert read_paste("  \n").messages[0].text == "nothing was pasted"


@pytest.mark.parametrize("name, data, fragment", [
    ("report.pdf", b"%PDF-1.4 ...", "not a file type Tallyboard reads (.pdf)"),
    ("noext", b"some text", "(no suffix)"),
    ("empty.txt", b"  \n", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("no_text.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ("broken.json", b'{"text": "unterminated', "malformed JSON"),
    ("only_titles.jsonl", jsonl({"title": "a"}, {"title": "b"}), "no article text"),
])
def test_a_bad_file_is_one_error_naming_it_and_the_others_are_read(name, data, fragment):
    good = ("good.jsonl", jsonl({"text": DRONES}))
    result = read_uploads([(name, data), good])
    errors = [m for m in result.messages if m.level == "error"]
    assert len(errors) == 1 and errors[0].name == name and fragment in errors[0].text, messages(result)
    assert errors[0].line().startswith(f"{name}: ")
    assert [a.source_path for a in result.articles] == ["good.jsonl"]


def test_over_the_size_limit():
    result = read_uploads([("big.txt", b"word " * 300_000), ("small.txt", DRONES.encode())], max_bytes=2**20)
    assert messages(result)[0] == ("big.txt", "error", "1.4 MB is over the 1 MB limit for one file; skipped")
    assert len(result.articles) == 1


def test_a_json_line_without_text_is_a_warning_naming_the_line():
    data = jsonl({"text": DRONES}, {"title": "no text here"}) + b"{not json\n" + jsonl({"text": KILLED})
    result = read_uploads([("mixed.jsonl", data)])
    assert messages(result) == [("mixed.jsonl", "warning",
                                 "line 2: no `text` field (nor `body`, `content`, `maintext`...), skipped"),
                                ("mixed.jsonl", "warning", ("line 3: malformed JSON (Expecting property name "
                                                            "enclosed in double quotes), line skipped"))]
    assert len(result.articles) == 2


def test_duplicates_kept_once_and_known_articles_reported():
    known = article_id(KILLED)
    result = read_uploads([("a.jsonl", jsonl({"text": DRONES})), ("b.jsonl", jsonl({"text": DRONES, "title": "T"})),
                           ("c.jsonl", jsonl({"text": KILLED, "title": "Kherson"}))], known_ids=[known])
    assert [a.title for a in result.articles] == ["T"]  # merged: the later copy filled the title
    assert result.duplicates == 2
    assert ("c.jsonl", "info", "article “Kherson” is already loaded") in messages(result)


@pytest.mark.parametrize("name, shown", [
    ("../../etc/passwd.txt", "passwd.txt"), ("C:\\Users\\me\\news.html", "news.html"),
    ("evil\x00\n.txt", "evil.txt"), ("", "unnamed file"), ("a" * 300 + ".txt", "a" * 119 + "…"),
])
def test_display_name_is_a_label_not_a_path(name, shown):
    assert display_name(name) == shown


def test_saved_files_are_named_by_article_id_and_read_back_the_same(tmp_path):
    result = read_uploads([("../../../../tmp/evil.jsonl", jsonl(
        {"text": DRONES, "title": "Drones", "url": "https://example.org/d", "outlet": "Wire", "published": "2025-05-21"},
        {"text": KILLED}))])
    raw = tmp_path / "raw"
    written = save_articles(result.articles, raw)
    assert sorted(p.name for p in written) == sorted(f"added_{a.article_id}.jsonl" for a in result.articles)
    assert sorted(p.name for p in raw.iterdir()) == sorted(p.name for p in written)  # no temp files left
    assert save_articles(result.articles, raw) == []  # already there
    summary = build_tables([raw], tmp_path / "out", warn=lambda m: None, progress=False)
    assert summary.articles == 2
    back = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("article_id")
    for a in result.articles:
        row = back.loc[a.article_id]
        assert (row["title"], row["url"], row["outlet"], row["text"]) == (a.title, a.url, a.outlet, a.text)
        assert row["published"] == a.published


@pytest.mark.parametrize("bad", ["../x", "0123456789abcdeg", "", "0123456789ABCDEF", "a/b"])
def test_saved_name_refuses_anything_but_an_id(bad):
    with pytest.raises(ValueError):
        saved_name(bad)


def test_uploads_module_does_not_import_streamlit():
    code = "import sys, etl.uploads; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False, cwd=Path(__file__).parents[1]).returncode == 0
