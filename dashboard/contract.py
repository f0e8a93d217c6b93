"""The column contract (``etl/contract.json``) as the dashboard uses it.

The contract is the single source of the tables' columns: names, types and descriptions. This
module only reads it; it never lists columns itself. No streamlit import here.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

import pyarrow as pa

TABLES = ("articles", "events", "measures")

# Vocabularies the contract fixes (DATA_CONTRACT.md); used to validate URL parameters.
CLAIM_STATUSES = ("reported", "disputed", "unverified")
EVENT_TYPES = (
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
)
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")

_ARROW_TYPES = {"string": pa.string(), "date": pa.date32(), "integer": pa.int64(), "number": pa.float64()}
_FRICTIONLESS_TYPES = {"string": "string", "date": "date", "integer": "integer", "number": "number"}


@cache
def load() -> dict[str, list[tuple[str, str, str]]]:
    """Return ``{table: [(column, type, description), ...]}`` read from ``etl/contract.json``."""
    raw = _raw()
    return {table: [tuple(col) for col in raw[table]] for table in TABLES}


@cache
def _raw() -> dict:
    beside = Path(__file__).resolve().parents[1] / "etl" / "contract.json"
    if beside.exists():  # a source checkout or an editable install
        return json.loads(beside.read_text(encoding="utf-8"))
    # an installed wheel ships it as etl package data
    return json.loads(resources.files("etl").joinpath("contract.json").read_text(encoding="utf-8"))


def columns(table: str) -> list[str]:
    """Column names of ``table`` in contract order."""
    return [name for name, _, _ in load()[table]]


def column_types(table: str) -> dict[str, str]:
    """``{column: contract type}`` of ``table``."""
    return {name: kind for name, kind, _ in load()[table]}


def metrics() -> tuple[str, ...]:
    """The metric vocabulary, from the contract's ``vocabularies``."""
    return tuple(_raw()["vocabularies"]["metric"])


def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema of ``table`` (contract columns only, in contract order)."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind, _ in load()[table]])


def conform(table: str, frame_columns: list[str]) -> list[str]:
    """Contract columns first (those present), then any extra columns the ETL added."""
    known = [c for c in columns(table) if c in frame_columns]
    return known + [c for c in frame_columns if c not in known]


def datapackage(resources_: dict[str, list[str]], description: str, fmt: str = "csv", suffix: str = "") -> dict:
    """A Frictionless Data Package descriptor for the given ``{table: columns}`` downloads, whose
    files are named ``<table><suffix>.<fmt>``."""
    out = []
    for table, cols in resources_.items():
        described = {name: (kind, desc) for name, kind, desc in load()[table]}
        fields = []
        for col in cols:
            kind, desc = described.get(col, ("string", "Column added by the ETL beyond the contract"))
            fields.append({"name": col, "type": _FRICTIONLESS_TYPES[kind], "description": desc})
        out.append(
            {
                "name": table,
                "path": f"{table}{suffix}.{fmt}",
                "format": fmt,
                "mediatype": "text/csv" if fmt == "csv" else "application/octet-stream",
                "encoding": "utf-8",
                "schema": {"fields": fields},
            }
        )
    return {
        "name": "tallyboard-filtered",
        "title": "Tallyboard: figures reported in conflict news",
        "description": description,
        "resources": out,
    }
