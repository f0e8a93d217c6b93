#!/usr/bin/env python3
"""Score the extractor on every audit round kept in benchmarks/audits/ (outside the test suite).

Each round is a folder holding `articles.jsonl` (original articles written for the audit) and
`gold.json` (an analyst's answers in the shared gold format, written before the extractor was run
and corrected only where the analyst's own reading was wrong). The ETL runs once per round and
`tests/eval/score.py` (a copy of the shared scorer) scores it.

    python benchmarks/score_audits.py                       # every round, then the totals
    python benchmarks/score_audits.py --save /tmp/a.json    # keep per-article results
    python benchmarks/score_audits.py --compare /tmp/a.json # list the articles whose errors changed
    python benchmarks/score_audits.py --rounds CP CQ        # some rounds only
    python benchmarks/score_audits.py --code /tmp/old       # an older checkout on the same rounds

Beside the scorer's figures it prints how many matched figures carry the gold's claim status, and of
those given an actor, how many name the gold's (the actor is not scored by the shared scorer).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDITS = ROOT / "benchmarks" / "audits"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def matched(scorer, gold: dict, out: Path):
    """The (gold, row) pairs of figures the scorer matches strictly, over every gold article found in ``out``."""
    articles = scorer.read_csv(out / "articles.csv")
    measures = scorer.read_csv(out / "measures.csv")
    for ga in gold["articles"]:
        art = scorer.find_article(articles, ga["title_contains"])
        if art is None:
            continue
        rows = [m for m in measures if m.get("article_id") == art.get("article_id")]
        yield from scorer.match(ga["measures"], rows, strict=True)


def status_agreement(scorer, gold: dict, out: Path) -> tuple[int, int]:
    """Of the figures matched strictly, how many carry the gold's claim status (reported / disputed / unverified)."""
    same = total = 0
    for g, r in matched(scorer, gold, out):
        total += 1
        same += (g.get("claim_status") or "reported") == r.get("claim_status")
    return same, total


def actor_agreement(scorer, gold: dict, out: Path) -> tuple[int, int, int]:
    """Of the figures matched strictly: how many carry an actor, how many of those are the gold's (group
    names compared through the actor lexicon's aliases), and how many gold actors there are."""
    from etl.actors import canonical

    def norm(x: str | None) -> str | None:
        return canonical(x or "").lower() or None

    given = right = wanted = 0
    for g, r in matched(scorer, gold, out):
        mine, theirs = norm(r.get("actor")), norm(g.get("actor"))
        given += mine is not None
        right += mine is not None and mine == theirs
        wanted += theirs is not None
    return right, given, wanted


# one process per share of the rounds, importing the checkout's etl once (`python -m etl run` per round
# spends most of its time starting up); each round's tables are written as the CLI writes them
_RUNNER = """
import sys
from pathlib import Path
from etl.pipeline import build_tables
out = Path(sys.argv[1])
for folder in map(Path, sys.argv[2:]):
    build_tables([folder / "articles.jsonl"], out / folder.name, warn=lambda msg: None, progress=False)
"""


def run_rounds(folders: list[Path], out: Path, code: Path = ROOT, jobs: int = 2) -> None:
    """The ETL of `code` (a checkout: its `etl` package is imported from there) on the rounds, in ``jobs``
    processes, each round's tables in ``out/<round>``."""
    procs = [subprocess.Popen([sys.executable, "-c", _RUNNER, str(out), *map(str, folders[k::jobs])], cwd=code)
             for k in range(jobs)]
    if any(p.wait() for p in procs):
        raise SystemExit("the ETL failed on a round (see above)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", nargs="*", help="round folder names (default: all)")
    ap.add_argument("--save", type=Path, help="write per-article results as JSON")
    ap.add_argument("--compare", type=Path, help="a file written by --save: print what changed")
    ap.add_argument("--jobs", type=int, default=2, help="processes running the rounds (default 2)")
    ap.add_argument("--code", type=Path, default=ROOT,
                    help="another checkout to run (e.g. `git worktree add /tmp/old HEAD~5`), scored on this one's rounds")
    a = ap.parse_args()
    scorer = load_scorer()
    folders = sorted(p for p in AUDITS.iterdir() if (p / "gold.json").exists())
    if a.rounds:
        folders = [p for p in folders if p.name in a.rounds]
    keys = ("gold", "system", "optional", "loose_tp", "strict_tp", "date_ok", "dated", "events_gold", "events_found")
    total = dict.fromkeys(keys, 0) | {"status_same": 0, "status_matched": 0, "actor_right": 0, "actor_given": 0,
                                      "actor_wanted": 0}
    saved: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        run_rounds(folders, Path(tmp), a.code.resolve(), max(1, a.jobs))
        for folder in folders:
            out = Path(tmp) / folder.name
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            res = scorer.score(gold, out)
            c = res["counts"]
            same, matched = status_agreement(scorer, gold, out)
            total["status_same"] += same
            total["status_matched"] += matched
            right, given, wanted = actor_agreement(scorer, gold, out)
            total["actor_right"] += right
            total["actor_given"] += given
            total["actor_wanted"] += wanted
            for k in keys:
                total[k] += c[k]
            for pa in res["per_article"]:
                saved[f"{folder.name}: {pa['article']}"] = pa
            print(f"{folder.name:>6}  loose F1 {res['loose']['f1']:.3f}  strict F1 {res['strict']['f1']:.3f}  "
                  f"P {res['loose']['precision']:.3f}  R {res['loose']['recall']:.3f}  "
                  f"dates {c['date_ok']}/{c['dated']}  status {same}/{matched}  actors {right}/{given} of {wanted}  "
                  f"quotes wrong {res['quote_offsets_wrong']}")
    scored = total["system"] - total["optional"]

    def f1(tp: int) -> tuple[float, float, float]:
        p, r = tp / max(scored, 1), tp / max(total["gold"], 1)
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    lp, lr, lf = f1(total["loose_tp"])
    _, _, sf = f1(total["strict_tp"])
    print(f" total  loose F1 {lf:.3f}  strict F1 {sf:.3f}  P {lp:.3f}  R {lr:.3f}  "
          f"dates {total['date_ok']}/{total['dated']}  status {total['status_same']}/{total['status_matched']}  "
          f"events {total['events_found']}/{total['events_gold']}  "
          f"actors right {total['actor_right']}/{total['actor_given']} given, of {total['actor_wanted']} in the gold  "
          f"({len(saved)} articles, {total['gold']} gold figures)")
    if a.save:
        a.save.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    if a.compare:
        before = json.loads(a.compare.read_text(encoding="utf-8"))
        for name, pa in saved.items():
            old = before.get(name)
            if old is not None and (old.get("missed_strict"), old.get("extra")) != (pa.get("missed_strict"), pa.get("extra")):
                print(f"changed {name}\n   before missed {old.get('missed_strict')} extra {old.get('extra')}"
                      f"\n   now    missed {pa.get('missed_strict')} extra {pa.get('extra')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
