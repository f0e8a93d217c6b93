"""Command line: `python -m etl run INPUT... --out DIR`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pandera.errors import SchemaError

from etl.pipeline import build_tables


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
    except SchemaError as e:  # a bug in the extractor: say which column, write nothing
        print(f"tallyboard: tables not written, they fail their schema: {e}".splitlines()[0], file=sys.stderr)
        return 1
    except OSError as e:  # DIR is a file, read-only, or the disk is full: the previous tables are kept
        print(f"tallyboard: cannot write to {args.out}: {e.strerror or e}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"tallyboard: {summary.line()}", file=sys.stderr)
    if summary.articles == 0:
        print("tallyboard: no article could be read; nothing written", file=sys.stderr)
        return 2
    return 0
