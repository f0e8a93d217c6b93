"""The tidy tables: columns from `contract.json`, schema checks, and the atomic write.

`frame(name, rows)` builds a typed DataFrame with exactly the contract's columns in order;
`validate(name, df)` checks it against a pandera schema derived from the same contract;
`write_tables(out_dir, frames)` writes CSV + Parquet + datapackage.json so that a run killed
half-way leaves the previous tables intact.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

TABLES = ("articles", "events", "measures")
PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "date": "date"}
PRIMARY_KEYS = {"articles": "article_id", "events": "event_id", "measures": "measure_id"}
SORT_KEYS = {"articles": [], "events": ["article_id", "char_start", "event_id"],
             "measures": ["article_id", "char_start", "measure_id"]}


@cache
def contract() -> dict[str, list[tuple[str, str, str]]]:
    """{table: [(column, type, description), ...]} as in DATA_CONTRACT.md plus our extra columns."""
    return {t: [tuple(c) for c in _raw()[t]] for t in TABLES}


@cache
def _raw() -> dict:
    return json.loads(resources.files("etl").joinpath("contract.json").read_text("utf-8"))


def vocabularies() -> dict[str, list[str]]:
    """The closed vocabularies of the contract: metric, qualifier, claim_status, ... -> values."""
    return _raw()["vocabularies"]


def columns(table: str) -> list[str]:
    return [c for c, _, _ in contract()[table]]


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the contract's columns, typed, in a stable row order."""
    df = pd.DataFrame.from_records(rows, columns=columns(table))
    for col, typ, _ in contract()[table]:
        if typ == "date":
            df[col] = pd.to_datetime(df[col], errors="coerce").dt.date.astype("object")
            df[col] = df[col].where(df[col].notna(), None)
        else:
            df[col] = df[col].astype(PANDAS_DTYPES[typ])
    if len(df) and SORT_KEYS[table]:
        df = df.sort_values(SORT_KEYS[table], kind="stable", na_position="last").reset_index(drop=True)
    return df


@cache
def schema(table: str):
    import pandera.pandas as pa

    cols = {}
    for col, typ, desc in contract()[table]:
        checks = [pa.Check.isin(vocabularies()[col])] if col in vocabularies() else []
        if col == "lat":
            checks.append(pa.Check.in_range(-90, 90))
        if col == "lon":
            checks.append(pa.Check.in_range(-180, 180))
        if col in ("char_start", "char_end", "value"):
            checks.append(pa.Check.ge(0))
        dtype = None if typ == "date" else PANDAS_DTYPES[typ]
        cols[col] = pa.Column(dtype, checks=checks, nullable=col != PRIMARY_KEYS[table],
                              unique=col == PRIMARY_KEYS[table], description=desc)
    return pa.DataFrameSchema(cols, strict=True, ordered=True, name=table)


@cache
def _dtypes(table: str) -> dict[str, object]:
    """The dtype `frame` gives each non-date column of `table`."""
    return {col: pd.Series([], dtype=PANDAS_DTYPES[typ]).dtype for col, typ, _ in contract()[table] if typ != "date"}


def _plainly_valid(table: str, df: pd.DataFrame) -> bool:
    """Every check of `schema(table)`, in plain pandas: True only when pandera would pass the frame
    (then pandera, slow to import and to run, is not needed); False sends it to pandera."""
    cols = columns(table)
    if list(df.columns) != cols:
        return False
    dtypes = _dtypes(table)
    vocab = vocabularies()
    pk = PRIMARY_KEYS[table]
    for col in cols:
        s = df[col]
        if col in dtypes and s.dtype != dtypes[col]:
            return False
        if col == pk:
            if s.isna().any() or s.duplicated().any():
                return False
        lo, hi = {"lat": (-90, 90), "lon": (-180, 180), "char_start": (0, None), "char_end": (0, None),
                  "value": (0, None)}.get(col, (None, None))
        if col not in vocab and lo is None:
            continue
        s = s.dropna()
        if col in vocab and not s.isin(vocab[col]).all():
            return False
        if lo is not None and not ((s >= lo).all() and (hi is None or (s <= hi).all())):
            return False
    return True


def validate(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Raise pandera's SchemaError naming the table, column and bad values."""
    if _plainly_valid(table, df):
        return df
    from pandera.errors import SchemaError

    try:
        return schema(table).validate(df)
    except SchemaError as e:
        raise SchemaError(e.schema, e.data, f"table {table}: {e}", failure_cases=e.failure_cases,
                          check=e.check, check_index=e.check_index, reason_code=e.reason_code,
                          column_name=getattr(e, "column_name", None)) from e


def datapackage() -> dict:
    """A Frictionless Tabular Data Package describing every column of the three tables."""
    ftype = {"string": "string", "integer": "integer", "number": "number", "date": "date"}
    resources_ = []
    for table in TABLES:
        fields = []
        for col, typ, desc in contract()[table]:
            field = {"name": col, "type": ftype[typ], "description": desc}
            if col in vocabularies():
                field["constraints"] = {"enum": vocabularies()[col]}
            fields.append(field)
        res_schema: dict = {"fields": fields, "primaryKey": [PRIMARY_KEYS[table]], "missingValues": [""]}
        if table != "articles":
            res_schema["foreignKeys"] = [{"fields": ["article_id"],
                                          "reference": {"resource": "articles", "fields": ["article_id"]}}]
        resources_.append({"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
                           "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                           "schema": res_schema})
    return {"name": "tallyboard", "title": "Tallyboard: figures reported in conflict news",
            "profile": "tabular-data-package", "licenses": [{"name": "CC-BY-4.0"}],
            "resources": resources_}


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_tables(out_dir: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Validate, then write every file into a staging folder inside `out_dir` and move each into
    place with an atomic rename. The previous files are kept (hard links or copies) until every
    rename has succeeded, and put back when one fails: an interrupted run leaves the previous set
    of tables whole, never a mix of old and new."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        validate(table, frames[table])
    _remove_stale_stages(out_dir)
    stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=out_dir))
    try:
        names = _write_files(stage, frames)
        backup = stage / ".previous"
        backup.mkdir()
        for name in names:
            if (out_dir / name).exists():
                _keep(out_dir / name, backup / name)
        done: list[str] = []
        try:
            for name in names:
                os.replace(stage / name, out_dir / name)
                done.append(name)
        except BaseException:
            for name in done:  # roll back to the previous set
                if (backup / name).exists():
                    os.replace(backup / name, out_dir / name)
                else:
                    (out_dir / name).unlink(missing_ok=True)
            raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)


_STAGE_PREFIX = ".staging-"
_STALE_SECONDS = 3600  # a staging folder this old was left by a killed run


def _write_files(stage: Path, frames: dict[str, pd.DataFrame]) -> list[str]:
    names = []
    for table in TABLES:
        df = frames[table]
        (stage / f"{table}.csv").write_bytes(to_csv_bytes(df))
        df.to_parquet(stage / f"{table}.parquet", index=False)
        names += [f"{table}.csv", f"{table}.parquet"]
    (stage / "datapackage.json").write_text(json.dumps(datapackage(), indent=2) + "\n", "utf-8")
    names.append("datapackage.json")
    for name in names:
        with open(stage / name, "rb") as f:
            os.fsync(f.fileno())
    return names


def _keep(path: Path, copy: Path) -> None:
    try:
        os.link(path, copy)
    except OSError:
        shutil.copy2(path, copy)


def _remove_stale_stages(out_dir: Path) -> None:
    now = time.time()
    for old in out_dir.glob(_STAGE_PREFIX + "*"):
        try:
            if old.is_dir() and now - old.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
