"""The command line: bad inputs reported on one line and skipped, exit codes, progress and summary."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import time

import pandas as pd
import pytest

from etl.cli import main

GOOD = "Strike on Sumy kills two\n\nSUMY: A Russian strike killed two people on Monday, the governor said.\n"
SUMMARY = re.compile(r"^tallyboard: (\d+) articles read, (\d+) skipped(?:, \d+ duplicate)?, \d+ events, "
                     r"\d+ measures, \d+\.\d\d s$")


def counts(line: str) -> tuple[str, str]:
    """(articles read, skipped) of a summary line; fails when the line is not one."""
    m = SUMMARY.match(line)
    assert m, line
    return m[1], m[2]


def cli(capsys, *args) -> tuple[int, list[str]]:
    code = main(["run", *map(str, args)])
    return code, capsys.readouterr().err.splitlines()


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "in" / "good.txt"
    path.parent.mkdir()
    path.write_text(GOOD, "utf-8")
    return path


@pytest.fixture
def previous(tmp_path, good, capsys):
    """DIR holding the tables of an earlier run and a file of the user's."""
    out = tmp_path / "out"
    assert main(["run", str(good), "--out", str(out)]) == 0
    (out / "notes.md").write_text("mine", "utf-8")
    capsys.readouterr()
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def titles(out) -> list[str]:
    return pd.read_csv(out / "articles.csv")["title"].tolist()


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"\n  \n", "empty file"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
    "junk.txt": (bytes(range(0x80, 0x100)) * 8, "not valid UTF-8"),
    "no_text.json": (b'[{"id": 1, "title": "no body"}]', "no `text` field"),
    "broken.json": (b'{"text": "unterminated', "malformed JSON"),
    "no_text.html": ((b"<!DOCTYPE html><html><head><title>404</title></head><body><nav><a href='/'>Home</a>"
                      b"</nav><footer>(c) 2024</footer></body></html>"), "HTML page with no article text"),
    "empty_feed.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Q</title></channel></rss>',
                       "feed with no items"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_reported_skipped_others_kept(name, tmp_path, good, previous, capsys):
    out, before = previous
    data, message = BAD[name]
    bad = tmp_path / "in" / name
    bad.write_bytes(data)
    code, err = cli(capsys, bad, good, "--out", out)
    assert code == 0
    problems = [line for line in err if not SUMMARY.match(line)]
    assert problems and all(line.startswith(f"tallyboard: {bad}") for line in problems)
    assert message in problems[0]
    assert counts(err[-1]) == ("1", "1")  # one article read, one input skipped
    assert titles(out) == ["Strike on Sumy kills two"]
    assert (out / "notes.md").read_text("utf-8") == "mine"
    assert set(before) <= {p.name for p in out.iterdir()}


def test_malformed_json_line_names_the_line(tmp_path, capsys):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "a", "text": "First."}\n{"id": "b", "text": \n{"id": "c", "text": "Third."}\n', "utf-8")
    code, err = cli(capsys, path, "--out", tmp_path / "out")
    assert code == 0
    assert err[0].startswith(f"tallyboard: {path}:2: malformed JSON")
    assert len(err) == 2 and counts(err[1]) == ("2", "1")
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["source_id"].tolist() == ["a", "c"]


def test_cp1252_file_is_read(tmp_path, capsys):
    path = tmp_path / "windows.txt"
    path.write_bytes("Caf\u00e9 hit in Kherson\n\nKHERSON: The army\u2019s shelling hit a caf\u00e9.\n".encode("cp1252"))
    code, err = cli(capsys, path, "--out", tmp_path / "out")
    assert code == 0 and len(err) == 1
    assert titles(tmp_path / "out") == ["Caf\u00e9 hit in Kherson"]


def test_missing_path_reported_others_processed(tmp_path, good, capsys):
    missing = tmp_path / "nope.txt"
    code, err = cli(capsys, missing, good, "--out", tmp_path / "out")
    assert code == 0
    assert err[0] == f"tallyboard: {missing}: no such file or folder, skipped"
    assert titles(tmp_path / "out") == ["Strike on Sumy kills two"]


def test_nothing_readable_exits_2_and_keeps_dir(tmp_path, previous, capsys):
    out, before = previous
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "empty.txt").write_bytes(b"")
    code, err = cli(capsys, folder, "--out", out)
    assert code == 2
    assert err[0] == f"tallyboard: {folder / 'empty.txt'}: empty file; skipped"
    assert err[-1] == "tallyboard: no article could be read; nothing written"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    code, err = cli(capsys, empty_folder, "--out", out)
    assert code == 2 and f"tallyboard: {empty_folder}: folder holds no readable files" in err[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_folders_recursive_and_globs(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One title\n\nFirst body.", "utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Two title\n\nSecond body.", "utf-8")
    (tmp_path / "a" / "b" / ".hidden.txt").write_text("Hidden\n\nHidden body.", "utf-8")
    (tmp_path / "a" / "b" / "image.png").write_bytes(b"\x89PNG\x00")
    code, _ = cli(capsys, tmp_path / "a", "--out", tmp_path / "o1")
    assert code == 0 and sorted(titles(tmp_path / "o1")) == ["One title", "Two title"]
    code, _ = cli(capsys, f"{tmp_path}/a/**/t*.txt", "--out", tmp_path / "o2")
    assert code == 0 and titles(tmp_path / "o2") == ["Two title"]


def test_same_article_in_two_files_and_in_a_feed_is_one_row(tmp_path, fixtures, seed, capsys):
    (tmp_path / "copy.txt").write_text(seed.read_text("utf-8").replace("\u2019", "'"), "utf-8")
    code, err = cli(capsys, seed, tmp_path / "copy.txt", fixtures / "multi_outlets.txt", fixtures / "feed.rss",
                    "--out", tmp_path / "out")
    assert code == 0
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert arts["article_id"].is_unique and len(arts) == 2 + 3 + 1
    israel = arts[arts["title"] == "Israel says it intercepted rocket fired from Lebanon"]
    assert len(israel) == 1
    # the first copy in path order (the feed) wins, with its link, outlet and id
    row = israel.iloc[0]
    assert (row["source_path"], row["url"], row["outlet"], row["source_id"], row["published"]) == (
        str(fixtures / "feed.rss"), "https://frontline.example/2024/03/05/rocket-lebanon", "Frontline Wire",
        "fw-1001", "2024-03-05")
    putin = arts[arts["title"].str.startswith("Putin visited")]
    assert len(putin) == 1 and putin["source_path"].iloc[0] in (str(seed), str(tmp_path / "copy.txt"))
    assert "3 duplicate" in err[-1]


def long_article(size: int) -> str:
    para = ("The regional administration said the shelling damaged houses, a school and power lines in "
            "several villages near the border, and that repair crews were working through the night.\n\n")
    return "A very long report\n\n" + para * (size // len(para) + 1)


def test_article_of_5_mb(tmp_path, capsys, monkeypatch):
    """Reading, splitting, ids and the table write on 5 MB. The extractor is stubbed here: it needs
    about a minute for 5 MB (see test_long_article_through_the_extractor for the real thing)."""
    import etl.pipeline

    seen = []
    monkeypatch.setattr(etl.pipeline, "extract_rows", lambda arts, warn, progress=True, jobs=1: seen.extend(arts) or ([], []))
    big = tmp_path / "big.txt"
    big.write_text(long_article(5_000_000), "utf-8")
    assert big.stat().st_size > 5_000_000
    t0 = time.perf_counter()
    code, err = cli(capsys, big, "--out", tmp_path / "out")
    assert code == 0 and counts(err[-1]) == ("1", "0")
    assert time.perf_counter() - t0 < 30
    assert len(seen) == 1 and len(seen[0].text) > 4_900_000
    arts = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert arts["title"].tolist() == ["A very long report"] and len(arts["text"][0]) == len(seen[0].text)


def test_long_article_through_the_extractor(tmp_path, capsys):
    big = tmp_path / "long.txt"
    big.write_text(long_article(200_000), "utf-8")
    code, err = cli(capsys, big, "--out", tmp_path / "out")
    assert code == 0 and counts(err[-1]) == ("1", "0")


def test_summary_line(seed, tmp_path, capsys):
    code, err = cli(capsys, seed, "--out", tmp_path / "out")
    assert code == 0 and len(err) == 1
    assert counts(err[0]) == ("2", "0")


def test_quiet_prints_nothing(seed, tmp_path, capsys):
    code, err = cli(capsys, seed, "--out", tmp_path / "out", "--quiet")
    assert (code, err) == (0, [])


def many_files(tmp_path, n=25):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"Title {i}\n\nBody number {i} of the series.\n", "utf-8")
    return folder


def test_progress_silent_when_stderr_is_not_a_tty(tmp_path, capsys):
    code, err = cli(capsys, many_files(tmp_path), "--out", tmp_path / "out")
    assert code == 0
    assert len(err) == 1 and counts(err[0])[0] == "25"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_tty(tmp_path, monkeypatch):
    from etl.pipeline import build_tables

    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    summary = build_tables([many_files(tmp_path)], tmp_path / "out", warn=lambda m: None)
    assert summary.articles == 25
    assert "reading" in tty.getvalue() and "25/25" in tty.getvalue()


def test_python_dash_m_etl(repo, tmp_path):
    """The real entry point, in a process of its own (on an input that needs no extraction: fast)."""
    (tmp_path / "empty.txt").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "etl", "run", str(tmp_path / "empty.txt"), "--out",
                           str(tmp_path / "out")], cwd=repo, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"tallyboard: {tmp_path / 'empty.txt'}: empty file; skipped",
                                        "tallyboard: 0 articles read, 1 skipped, 0 events, 0 measures, "
                                        + done.stderr.split(" measures, ")[1].split("\n")[0],
                                        "tallyboard: no article could be read; nothing written"]
    assert not (tmp_path / "out").exists()


def test_out_dir_that_is_a_file(tmp_path, good, capsys):
    out = tmp_path / "taken"
    out.write_text("a file", "utf-8")
    code, err = cli(capsys, good, "--out", out)
    assert code == 1 and err == [f"tallyboard: cannot write to {out}: File exists"]
    assert out.read_text("utf-8") == "a file"


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["run", "x.txt"])  # no --out
    assert e.value.code == 2


def test_jobs_give_the_same_tables(tmp_path):
    """--jobs N spreads extraction over processes; the CSVs are byte-identical to a serial run."""
    import json

    from etl.cli import main as cli_main

    corpus = tmp_path / "many.jsonl"
    texts = [f"Russian strikes killed {i} people in Kharkiv on Tuesday, the governor said. "
             f"Air defences shot down {i + 10} drones overnight." for i in range(2, 42)]
    corpus.write_text("\n".join(json.dumps({"id": str(i), "title": f"T{i}", "published": "2025-05-21", "text": t})
                                for i, t in enumerate(texts)), "utf-8")
    assert cli_main(["run", str(corpus), "--out", str(tmp_path / "one"), "--quiet"]) == 0
    assert cli_main(["run", str(corpus), "--out", str(tmp_path / "two"), "--quiet", "--jobs", "2"]) == 0
    for t in ("articles", "events", "measures"):
        assert (tmp_path / "one" / f"{t}.csv").read_bytes() == (tmp_path / "two" / f"{t}.csv").read_bytes()
    assert (tmp_path / "two" / "measures.csv").read_text("utf-8").count("drones_intercepted") == 40
