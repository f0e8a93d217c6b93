"""Command line: `python -m etl run INPUT... --out DIR`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl.pipeline import build_tables


def _schema_error(e: BaseException) -> bool:
    """pandera's SchemaError (pandera is imported only when a table fails the plain checks)."""
    errors = sys.modules.get("pandera.errors")
    return errors is not None and isinstance(e, errors.SchemaError)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl", description="Tallyboard ETL: articles to tidy tables.")
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="read articles and write the articles, events and measures tables")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or globs")
    run.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the tables")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    run.add_argument("--jobs", type=int, default=1, metavar="N",
                     help="extract with N processes (default 1; the output is the same)")
    args = ap.parse_args(argv)

    try:
        summary = build_tables(args.inputs, args.out, progress=not args.quiet, jobs=max(1, args.jobs))
    except OSError as e:  # DIR is a file, read-only, or the disk is full: the previous tables are kept
        print(f"tallyboard: cannot write to {args.out}: {e.strerror or e}", file=sys.stderr)
        return 1
    except Exception as e:  # a bug in the extractor (pandera's SchemaError): say which column, write nothing
        if not _schema_error(e):
            raise
        print(f"tallyboard: tables not written, they fail their schema: {e}".splitlines()[0], file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"tallyboard: {summary.line()}", file=sys.stderr)
    if summary.articles == 0:
        print("tallyboard: no article could be read; nothing written", file=sys.stderr)
        return 2
    return 0
