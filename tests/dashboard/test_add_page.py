"""The "Add articles" page through streamlit's AppTest: paste and upload (good and bad files), the
new figures on every page, one session's additions unseen by another, local-mode saving into
data/raw with an atomic rebuild, and read-only mode writing nothing (data/ byte-identical)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import APP, REPO
from streamlit.testing.v1 import AppTest

ADD = "views/add.py"
SUDAN = ("Shelling in El Fasher\n\nPublished: March 3, 2024 10:15 am\n\nThe Sudanese army said RSF shelling killed "
         "41 people in El Fasher, Sudan, on Sunday.")
KHARKIV = {"title": "Drone strike on Kharkiv", "published": "2024-03-03", "outlet": "Wire",
           "text": "Russian drones killed 3 people and wounded 14 in Kharkiv overnight, the regional governor said."}


def app(params: dict | None = None, **secrets) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    for k, v in secrets.items():
        at.secrets[k] = v
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def goto(at: AppTest, page: str) -> AppTest:
    return ok(at.switch_page(page).run())


def paste(at: AppTest, text: str) -> AppTest:
    goto(at, ADD)
    at.text_area(key="paste_text").set_value(text)
    return ok(at.button(key="FormSubmitter:paste_form-Read the text").click().run())


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    goto(at, ADD)
    at.file_uploader[0].set_value([(name, data, "application/octet-stream") for name, data in files]).run()
    return ok(at.button(key="read_files").click().run())


def metric(at: AppTest, label: str) -> str:
    return {m.label: m.value for m in at.metric}[label]


def alerts(at: AppTest, kind: str) -> str:
    return " ".join(a.value for a in getattr(at, kind)).replace("\\", "")


def marked(at: AppTest) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def tree(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def local(tmp_path, seed_dir, use_data, monkeypatch):
    """Local mode over a copy of the seed tables, with an empty raw folder: (processed, raw)."""
    processed = use_data(Path(shutil.copytree(seed_dir, tmp_path / "processed")))
    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("TALLYBOARD_RAW_DIR", str(raw))
    monkeypatch.delenv("TALLYBOARD_READ_ONLY", raising=False)
    return processed, raw


def test_paste_shows_each_figure_in_its_sentence_and_joins_every_page(local):
    at = app()
    assert "SDN" not in at.multiselect(key="country").options
    paste(at, SUDAN)
    assert "1 new articles, 1 figures" in alerts(at, "success")
    assert "shelling <mark>killed 41 people</mark> in El Fasher" in marked(at)
    assert "killed: 41 (exact) · country SDN · date 2024-03-03 · claimant Sudanese army" in marked(at)
    table = at.dataframe[0].value
    assert table[["metric", "value", "country", "claimant"]].values.tolist() == [["killed", 41, "SDN", "Sudanese army"]]
    goto(at, "views/overview.py")
    assert "SDN" in at.multiselect(key="country").options
    at.multiselect(key="country").set_value(["SDN"]).run()
    assert metric(ok(at), "Killed") == "41"
    for page in ("views/casualties.py", "views/sources.py", "views/tables.py", "views/timeline.py", "views/map.py"):
        goto(at, page)
        assert not at.info or "No " not in at.info[0].value, page  # the added figure is there, not an empty state


def test_upload_several_files_good_and_bad(local):
    at = app()
    paste(at, SUDAN)  # already loaded: must survive the bad files below
    good = json.dumps(KHARKIV).encode() + b"\n" + b'{"title": "a line without text"}\n'
    upload(at, [("kharkiv.jsonl", good), ("report.pdf", b"%PDF-1.7"), ("empty.txt", b""),
                ("binary.html", bytes(range(256)) * 20), ("nothing.html", b"<html><body><nav>Menu</nav></body></html>"),
                ("big.txt", b"x" * (21 * 2**20)), ("../../etc/passwd.txt", SUDAN.encode())])
    errors, warnings, infos = alerts(at, "error"), alerts(at, "warning"), alerts(at, "info")
    for name, why in [("report.pdf", "not a file type Tallyboard reads"), ("empty.txt", "empty file"),
                      ("binary.html", "binary"), ("nothing.html", "HTML page with no article text"),
                      ("big.txt", "21 MB is over the 20 MB limit")]:
        assert f"{name}: {why}" in errors, (name, errors)
    assert "kharkiv.jsonl: line 2: no `text` field" in warnings
    assert "passwd.txt: article “Shelling in El Fasher” is already loaded" in infos
    assert "killed 3 people" in marked(at) and "wounded 14" in marked(at)
    titles = at.dataframe[-1].value["title"].tolist()
    assert titles == ["Shelling in El Fasher", "Drone strike on Kharkiv"]
    goto(at, "views/casualties.py")
    at.multiselect(key="country").set_value(["SDN", "UKR"]).run()
    assert metric(ok(at), "Killed") == "46"  # 41 pasted + 3 uploaded + 2 in the seed


def test_an_empty_paste_is_a_message_not_an_error(local):
    at = paste(app(), "   ")
    assert "nothing was pasted" in alerts(at, "error")


def test_one_session_never_sees_another_sessions_additions(local):
    a, b = app(), app()
    paste(a, SUDAN)
    goto(b, "views/overview.py")
    assert "SDN" not in b.multiselect(key="country").options
    goto(a, "views/overview.py")
    assert "SDN" in a.multiselect(key="country").options
    assert metric(b, "Killed") != metric(a, "Killed")


def test_local_mode_saves_into_raw_and_rebuilds_the_tables(local):
    processed, raw = local
    at = paste(app(), SUDAN)
    ok(at.button(key="save").click().run())
    (saved,) = raw.iterdir()
    assert saved.name.startswith("added_") and saved.suffix == ".jsonl"
    assert json.loads(saved.read_text())["title"] == "Shelling in El Fasher"
    assert "Saved 1 articles into data/raw" in alerts(at, "success")
    arts = pd.read_parquet(processed / "articles.parquet")
    assert arts["title"].tolist() == ["Shelling in El Fasher"]  # rebuilt from raw (the seed tables were hand-made)
    assert not list(processed.glob(".staging-*"))
    assert "Nothing yet." in [t.value for t in at.text]  # the session's additions are now the files' articles
    goto(at, "views/overview.py")
    at.multiselect(key="country").set_value(["SDN"]).run()
    assert metric(ok(at), "Killed") == "41"  # now from the files on disk


@pytest.mark.parametrize("switch", ["env", "secret"])
def test_read_only_mode_writes_nothing(switch, monkeypatch):
    monkeypatch.delenv("TALLYBOARD_DATA_DIR", raising=False)  # the repository's own data/
    monkeypatch.delenv("TALLYBOARD_RAW_DIR", raising=False)
    if switch == "env":
        monkeypatch.setenv("TALLYBOARD_READ_ONLY", "1")
    else:
        monkeypatch.delenv("TALLYBOARD_READ_ONLY", raising=False)
    before = tree(REPO / "data")
    at = app(**({"read_only": True} if switch == "secret" else {}))
    paste(at, SUDAN)
    upload(at, [("kharkiv.jsonl", json.dumps(KHARKIV).encode()), ("bad.pdf", b"%PDF")])
    assert "Read-only link" in alerts(at, "info")
    assert "killed 3 people" in marked(at)
    assert not [b for b in at.button if b.key == "save"]
    goto(at, "views/overview.py")
    at.multiselect(key="country").set_value(["SDN"]).run()
    assert metric(ok(at), "Killed") == "41"  # the additions are in this session's view...
    assert tree(REPO / "data") == before  # ...and nothing was written
