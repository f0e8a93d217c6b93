"""ETL throughput: the whole `python -m etl run` on >= 10 MB of news-like text, on one core.

    python benchmarks/bench_etl.py [--mb 10] [--keep DIR]

Generates a reproducible corpus of JSON Lines articles (random sentences in the shape of war
reporting: figures, dates, places, claimants, furniture-free prose), runs the CLI in a fresh
process pinned to one core, and prints MB/s and articles/s (startup included and excluded).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Kharkiv", "Sumy region", "Kyiv", "Odesa", "Belgorod region", "Kursk region", "Gaza City", "Khan Younis",
          "Khartoum", "El Fasher", "Goma", "Sanaa", "Hodeidah", "Aleppo", "Idlib", "Mandalay", "Caracas", "Beirut"]
CLAIMANTS = ["the regional governor said", "the health ministry said", "officials said", "the air force said",
             "according to the military", "a rights group said", "the defence ministry said", "police said"]
DAYS = ["on Monday", "on Tuesday", "overnight", "on Saturday", "last week", "the previous day", "on March 3", ""]
FIGURE_TEMPLATES = [
    "{Actor} launched {n} drones and {m} missiles at {place} {day}, {claimant}.",
    "Air defences shot down {n} of the {n2} drones, {claimant}.",
    "The strike killed {n} people and wounded {m} others in {place} {day}, {claimant}.",
    "At least {n} civilians were killed in {place} {day}.",
    "The death toll rose to {n}, {claimant}.",
    "Police arrested {n} protesters in {place} {day}.",
    "More than {n} people have been displaced by the fighting, {claimant}.",
    "{Actor} sent up to {n} troops to the border {day}.",
    "Its forces repelled {n} assaults near {place}, {claimant}.",
]
PROSE_TEMPLATES = [
    "The convoy travelled {n} kilometers in {m} hours before reaching {place}.",
    "The talks, the {ordinal} round since 2022, ended without agreement in {place}.",
    "Residents described long queues for water and power cuts lasting most of the day.",
    "The ministry said the figures could not be independently verified.",
    "Video shared online showed smoke rising over an industrial area of {place} {day}.",
    "Analysts said the offensive had stalled after months of costly fighting along the front line.",
    "{Actor} has repeatedly denied targeting civilian infrastructure, saying it strikes only military sites.",
    "The president is expected to travel to {place} next month for talks with regional leaders.",
    "Diplomats in Brussels and Washington are discussing a new package of sanctions and export controls.",
    "Schools in the area moved classes online, and several hospitals postponed planned operations.",
    "The governor urged residents to stay in shelters until the all-clear was given.",
    "Prices for bread and fuel have doubled since the start of the year, traders said.",
    "Aid agencies have warned for months that the humanitarian situation is deteriorating.",
    "The parliament session was adjourned after a heated debate over the budget.",
    "Opposition leaders called the election a sham and demanded an independent inquiry.",
]
FIGURE_SHARE = 0.25  # share of sentences that report a figure (the seed article: about 20%)
ACTORS = ["Russia", "Ukraine", "Israel", "The RSF", "The Houthis", "The army", "M23 rebels", "Hamas"]


def make_corpus(path: Path, mb: float, seed: int = 7) -> tuple[int, int]:
    rnd = random.Random(seed)
    target, size, n_articles = int(mb * 1024 * 1024), 0, 0
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            sents = []
            for _ in range(rnd.randint(12, 30)):
                t = rnd.choice(FIGURE_TEMPLATES if rnd.random() < FIGURE_SHARE else PROSE_TEMPLATES)
                n = rnd.choice([2, 5, 12, 29, 76, 262, 1200, 12000])
                sents.append(t.format(Actor=rnd.choice(ACTORS), n=n, n2=n + rnd.randint(1, 40), m=rnd.randint(1, 60),
                                      place=rnd.choice(PLACES), day=rnd.choice(DAYS), claimant=rnd.choice(CLAIMANTS),
                                      ordinal=rnd.choice(["third", "fifth", "12th"])).replace(" ,", ","))
            paras = ["\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3))]
            rec = {"id": f"bench-{n_articles}", "title": f"Report {n_articles}", "published": "2025-05-21",
                   "outlet": "Bench", "text": paras[0]}
            line = json.dumps(rec) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n_articles += 1
    return size, n_articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--keep", type=Path, default=None, help="keep corpus and output here")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="tallyboard-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    size, n = make_corpus(corpus, a.mb)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    t0 = time.perf_counter()
    subprocess.run(pin + [sys.executable, "-m", "etl", "run", str(corpus.with_suffix(".none")), "--out",
                          str(work / "empty"), "--quiet"], env=env, capture_output=True, check=False)
    t_start = time.perf_counter() - t0
    t0 = time.perf_counter()
    run = subprocess.run(pin + [sys.executable, "-m", "etl", "run", str(corpus), "--out", str(work / "out")],
                         env=env, capture_output=True, text=True, check=False)
    secs = time.perf_counter() - t0
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 1
    mb = size / 1024 / 1024
    print(run.stderr.strip().splitlines()[-1])
    print(f"corpus: {mb:.1f} MB, {n} articles")
    print(f"whole run: {secs:.1f} s -> {mb / secs:.2f} MB/s, {n / secs:.0f} articles/s (one core)")
    print(f"startup (imports, lexicons; no input): {t_start:.1f} s; "
          f"excluding it: {mb / max(secs - t_start, 1e-9):.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
