"""Downloads: formula neutralisation, the three formats, datapackage.json from the contract."""

import io
import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard import contract, exports


@pytest.fixture
def hostile():
    return pd.DataFrame({
        "title": ["=HYPERLINK(\"http://x\")", "+1+2", "-cmd", "@SUM(A1)", "plain", None, "\tx"],
        "value": [-5, 3, -1, 0, 7, 1, 2],
        "share": [-0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
    })


def test_neutralise_only_touches_text(hostile):
    out = exports.neutralise(hostile)
    assert out["title"].tolist()[:5] == ["'=HYPERLINK(\"http://x\")", "'+1+2", "'-cmd", "'@SUM(A1)", "plain"]
    assert out["title"].isna().tolist()[5]
    assert out["value"].tolist() == [-5, 3, -1, 0, 7, 1, 2]  # a negative number is data
    assert out["share"].iloc[0] == -0.5
    assert hostile["title"].iloc[0].startswith("=")  # the input frame is not changed


def test_object_columns_with_mixed_values():
    df = pd.DataFrame({"mixed": pd.Series(["=1", 5, None, "-x"], dtype=object)})
    assert exports.neutralise(df)["mixed"].tolist() == ["'=1", 5, None, "'-x"]


def test_csv(hostile):
    back = pd.read_csv(io.BytesIO(exports.to_csv(hostile)))
    assert back["title"].iloc[0] == "'=HYPERLINK(\"http://x\")"
    assert back["value"].tolist() == hostile["value"].tolist()


def test_excel(hostile):
    sheet = load_workbook(io.BytesIO(exports.to_excel(hostile))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("title", "value", "share")
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")" and rows[1][1] == -5
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)  # no formula cells


def test_parquet_keeps_values_as_they_are(hostile):
    back = pd.read_parquet(io.BytesIO(exports.to_parquet(hostile)))
    assert back["title"].iloc[0] == hostile["title"].iloc[0]


def test_datapackage_describes_every_column_from_the_contract():
    cols = {t: contract.columns(t) + (["extra"] if t == "measures" else []) for t in contract.TABLES}
    pkg = json.loads(exports.datapackage_json(cols, "country is UKR", "country=UKR", "country-UKR"))
    assert [r["name"] for r in pkg["resources"]] == list(contract.TABLES)
    measures = pkg["resources"][2]
    assert measures["path"] == "measures_country-UKR.csv"
    fields = {f["name"]: f for f in measures["schema"]["fields"]}
    assert fields["value"]["type"] == "integer" and fields["lat"]["type"] == "number"
    assert fields["quote"]["description"] and "extra" in fields
    assert "country is UKR" in pkg["description"] and "?country=UKR" in pkg["description"]


def test_contract_metrics_vocabulary():
    assert {"killed", "injured", "drones_launched", "missiles_hit"} <= set(contract.metrics())
