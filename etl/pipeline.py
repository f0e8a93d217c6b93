"""Paths in, tables out: expand inputs, read articles, extract rows, write the tables.

`build_tables(inputs, out_dir)` is what the command line and the dashboard call.
"""
from __future__ import annotations

import glob
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from etl import tables
from etl.articles import Article, finish, merge
from etl.readers import SUFFIXES, InputError, read_input

Warn = Callable[[str], None]
_PROGRESS_MIN = 20  # show a bar only for runs over this many files or articles


@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0          # inputs or records that could not be read
    duplicates: int = 0       # articles seen again (same normalised text)
    events: int = 0
    measures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        dup = f", {self.duplicates} duplicate" if self.duplicates else ""
        return (f"{self.articles} articles read, {self.skipped} skipped{dup}, {self.events} events, "
                f"{self.measures} measures, {self.seconds:.2f} s")


def _stderr(msg: str) -> None:
    print(f"tallyboard: {msg}", file=sys.stderr)


def expand(inputs: Iterable[str | Path], warn: Warn) -> list[Path]:
    """Files named, files under folders (recursive, known suffixes, no hidden files), glob matches."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_file():
            found.append(p)
        elif p.is_dir():
            files = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                     and not any(part.startswith(".") for part in f.relative_to(p).parts)]
            if not files:
                warn(f"{p}: folder holds no readable files (.txt .html .json .jsonl .xml .rss .atom)")
            found.extend(files)
        elif any(ch in str(item) for ch in "*?["):
            matches = [Path(m) for m in glob.glob(str(item), recursive=True) if Path(m).is_file()]
            if not matches:
                warn(f"{item}: pattern matches no files")
            found.extend(matches)
        else:
            warn(f"{item}: no such file or folder, skipped")
    return sorted(set(found), key=str)


def read_articles(paths: list[Path], warn: Warn, summary: Summary, progress: bool = True) -> list[Article]:
    """Every article of every path, the same text once (the first copy, filled from later ones)."""
    by_id: dict[str, Article] = {}
    bar = tqdm(paths, desc="reading", unit="file", disable=not progress or len(paths) < _PROGRESS_MIN
               or not sys.stderr.isatty(), file=sys.stderr)

    warned = 0  # records of the current input skipped so far

    def record_warn(msg: str) -> None:
        nonlocal warned
        summary.skipped += 1
        warned += 1
        warn(msg)

    for path in bar:
        warned = 0
        try:
            raws = read_input(str(path), path.read_bytes(), record_warn)
        except (InputError, OSError) as e:
            why = e if isinstance(e, InputError) else f"cannot read ({e.strerror or e})"
            warn(f"{path}: {why}; skipped")
            summary.skipped += warned == 0  # its bad records are counted already
            continue
        for raw in raws:
            art = finish(raw)
            if art is None:
                record_warn(f"{path}: article {raw.position + 1} has no text; skipped")
            elif art.article_id in by_id:
                summary.duplicates += 1
                by_id[art.article_id] = merge(by_id[art.article_id], art)
            else:
                by_id[art.article_id] = art
    return list(by_id.values())


def article_row(a: Article) -> dict:
    return {c: getattr(a, c) for c in tables.columns("articles")}


def extract_rows(articles: list[Article], warn: Warn, progress: bool = True,
                 jobs: int = 1) -> tuple[list[dict], list[dict]]:
    """Events and measures of every article (and incidents across articles). With `jobs` > 1 the
    articles are spread over that many processes; the rows come back in the same order."""
    from etl.events import extract_article, link_incidents

    events, measures = [], []
    show = progress and len(articles) >= _PROGRESS_MIN and sys.stderr.isatty()
    if jobs > 1 and len(articles) >= 4 * jobs:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(extract_article, articles, chunksize=max(1, min(64, len(articles) // (8 * jobs))))
            for ev, ms in tqdm(results, total=len(articles), desc="extracting", unit="article", file=sys.stderr,
                               disable=not show):
                events.extend(ev)
                measures.extend(ms)
    else:
        for art in tqdm(articles, desc="extracting", unit="article", file=sys.stderr, disable=not show):
            ev, ms = extract_article(art)
            events.extend(ev)
            measures.extend(ms)
    link_incidents(events, measures)
    return events, measures


def build_frames(articles: list[Article], warn: Warn = _stderr, progress: bool = True,
                 jobs: int = 1) -> dict[str, pd.DataFrame]:
    events, measures = extract_rows(articles, warn, progress, jobs)
    return {"articles": tables.frame("articles", [article_row(a) for a in articles]),
            "events": tables.frame("events", events),
            "measures": tables.frame("measures", measures)}


def build_tables(inputs: Iterable[str | Path], out_dir: Path | None, warn: Warn = _stderr,
                 progress: bool = True, jobs: int = 1) -> Summary:
    """Read `inputs`, extract, and (when any article was read and out_dir is given) write tables."""
    t0 = time.perf_counter()
    summary = Summary()

    def collect(msg: str) -> None:
        summary.problems.append(msg)
        warn(msg)

    paths = expand(inputs, collect)
    summary.skipped += sum(1 for p in summary.problems)  # missing paths and empty folders
    articles = read_articles(paths, collect, summary, progress)
    summary.articles = len(articles)
    if articles:
        frames = build_frames(articles, collect, progress, jobs)
        summary.events, summary.measures = len(frames["events"]), len(frames["measures"])
        if out_dir is not None:
            tables.write_tables(Path(out_dir), frames)
    summary.seconds = time.perf_counter() - t0
    return summary
