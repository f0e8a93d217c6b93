"""Downloads: one frame in CSV, Excel or Parquet, and the datapackage.json describing it.

Pure functions (no streamlit). CSV and Excel cells that hold text starting with ``= + - @`` (or a
tab or carriage return) are prefixed with ``'`` so a spreadsheet shows them as text instead of
running them as formulas. Only text cells are touched: ``-5`` in a number column is data.
Parquet keeps the values exactly as they are.
"""

from __future__ import annotations

import io
import json

import pandas as pd

from dashboard import contract

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_575  # one row less than a sheet holds: the header takes one


def _guard(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` whose text cells cannot be read as spreadsheet formulas."""
    out = frame.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_string_dtype(s.dtype) and not pd.api.types.is_object_dtype(s.dtype):
            risky = s.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
            if risky.any():
                out[col] = s.where(~risky, "'" + s)
        elif pd.api.types.is_object_dtype(s.dtype):
            out[col] = s.map(_guard)
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    return neutralise(frame).to_csv(index=False).encode("utf-8")


def to_excel(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    if len(frame) > EXCEL_MAX_ROWS:
        raise ValueError(f"{len(frame):,} rows do not fit in an Excel sheet ({EXCEL_MAX_ROWS:,} at most)")
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # openpyxl is only needed once Excel is asked for

    safe = neutralise(frame)
    for col in safe.columns:  # characters Excel refuses (control characters) are dropped
        if pd.api.types.is_string_dtype(safe[col].dtype) or pd.api.types.is_object_dtype(safe[col].dtype):
            safe[col] = safe[col].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name=sheet[:31])
    return buf.getvalue()


def to_parquet(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


FORMATS = {  # name -> (file suffix, mime type, writer)
    "CSV": ("csv", "text/csv", to_csv),
    "Excel": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_excel),
    "Parquet": ("parquet", "application/vnd.apache.parquet", to_parquet),
}


def datapackage_json(columns: dict[str, list[str]], description: str, query: str, slug: str = "") -> bytes:
    """datapackage.json for the filtered tables' CSV downloads (``<table>_<slug>.csv``), naming the
    filters and the view's address."""
    desc = f"Filtered view: {description}. Address query: ?{query}" if query else f"Filtered view: {description}."
    package = contract.datapackage(columns, desc, "csv", f"_{slug}" if slug else "")
    return json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
