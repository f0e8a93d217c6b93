"""Synthetic Tallyboard tables of realistic shape, for the dashboard's tests and benchmark.

    python benchmarks/synth.py --measures 1000000 --out benchmarks/_data

Writes ``articles``, ``events`` and ``measures`` Parquet files with every contract column
(``etl/contract.json``). Happenings in several countries over a year are reported by one to three
articles each (same ``incident_id``); every event has a sentence in its article's text, every
figure a ``quote`` that is an exact substring of that text at ``char_start:char_end``. Dates carry
a precision (some known only to the week or month, drawn as a window), places a geo precision
(some known only to the country: no coordinates). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import contract

PLACES = {
    "UKR": ("Ukraine", [("Kyiv", "Kyiv", 50.45, 30.52), ("Kharkiv", "Kharkiv", 49.99, 36.23),
                        ("Sumy", "Sumy", 50.91, 34.80), ("Odesa", "Odesa", 46.48, 30.72),
                        ("Zaporizhzhia", "Zaporizhzhia", 47.84, 35.14), ("Dnipro", "Dnipropetrovsk", 48.46, 35.05)]),
    "RUS": ("Russia", [("Moscow", "Moscow", 55.76, 37.62), ("Kursk", "Kursk", 51.73, 36.19),
                       ("Belgorod", "Belgorod", 50.60, 36.60), ("Bryansk", "Bryansk", 53.24, 34.36),
                       ("Oryol", "Oryol", 52.97, 36.06)]),
    "PSE": ("Gaza", [("Gaza City", "Gaza", 31.50, 34.47), ("Khan Younis", "Khan Younis", 31.34, 34.30),
                     ("Jenin", "West Bank", 32.46, 35.30)]),
    "ISR": ("Israel", [("Tel Aviv", "Tel Aviv", 32.08, 34.78), ("Haifa", "Haifa", 32.79, 34.99)]),
    "SDN": ("Sudan", [("Khartoum", "Khartoum", 15.50, 32.56), ("El Fasher", "North Darfur", 13.63, 25.35)]),
    "VEN": ("Venezuela", [("Caracas", "Capital District", 10.48, -66.90), ("Maracaibo", "Zulia", 10.65, -71.64)]),
    "MMR": ("Myanmar", [("Mandalay", "Mandalay", 21.97, 96.08), ("Sagaing", "Sagaing", 21.88, 95.98)]),
}
ENEMY = {"UKR": "RUS", "RUS": "UKR", "PSE": "ISR", "ISR": "PSE", "SDN": "RSF", "VEN": "VEN", "MMR": "MMR"}
CLAIMANTS = {
    "UKR": ["Ukrainian air force", "regional administration", "Ukrainian General Staff"],
    "RUS": ["Russian Ministry of Defense", "regional governor", "Moscow Mayor Sergei Sobyanin"],
    "PSE": ["Gaza Health Ministry", "Palestinian Red Crescent", "Israeli military"],
    "ISR": ["Israeli military", "Magen David Adom"],
    "SDN": ["Sudan Doctors Network", "UN OCHA"],
    "VEN": ["Foro Penal", "Venezuelan army"],
    "MMR": ["Assistance Association for Political Prisoners", "National Unity Government"],
}
OUTLETS = ["Arab News", "Reuters", "Associated Press", "Kyiv Independent", "Al Jazeera", "BBC News"]
WEAPONS = ["Shahed", "decoy", "Geran-2", "Kh-59", "Iskander", ""]
QUALIFIERS = [("exact", "", 0.7), ("at_least", "at least ", 0.15), ("more_than", "more than ", 0.07),
              ("approx", "about ", 0.05), ("at_most", "up to ", 0.03)]
STATUS = [("reported", 0.85), ("disputed", 0.08), ("unverified", 0.07)]

# kind -> (event_type, sub_event_type, sentence template, [(metric, quote template, low, high)])
# Sentence templates hold {q0}, {q1}... where the quotes go, so every quote is a real substring.
KINDS = {
    "strike": ("explosions_remote_violence", "air_drone_strike",
               "In {place}, {enemy_adj} drone attacks {q0} and {q1}, the {claimant} said.",
               [("killed", "killed {v} people", 1, 30), ("injured", "wounded {v} others", 1, 80)]),
    "shelling": ("explosions_remote_violence", "shelling_artillery_missile_attack",
                 "{enemy_adj} shelling of {place} {q0}, according to the {claimant}.",
                 [("killed", "killed {v} civilians", 1, 20)]),
    "drones": ("strategic_developments", "disrupted_weapons_use",
               "{enemy_adj} forces launched {q0} overnight at {country}, and {q1}, the {claimant} said.",
               [("drones_launched", "{v} {weapon} drones", 5, 500),
                ("drones_intercepted", "{v} were shot down", 1, 450)]),
    "drones_lost": ("strategic_developments", "disrupted_weapons_use",
                    "Of the drones sent toward {place}, {q0} and {q1}, the {claimant} said.",
                    [("drones_lost", "{v} were lost from radar", 1, 60), ("drones_hit", "{v} hit targets", 1, 20)]),
    "missiles": ("explosions_remote_violence", "shelling_artillery_missile_attack",
                 "The {claimant} said {enemy_adj} forces fired {q0} at {place}; {q1}.",
                 [("missiles_launched", "{v} missiles", 1, 90),
                  ("missiles_intercepted", "{v} were intercepted", 1, 80)]),
    "assaults": ("battles", "armed_clash",
                 "The {claimant} said its forces {q0} near {place}.",
                 [("attacks", "repelled {v} assaults", 1, 60)]),
    "arrests": ("strategic_developments", "arrests",
                "Police in {place} {q0} after the protests, the {claimant} said.",
                [("arrested", "arrested {v} people", 1, 3000)]),
    "troops": ("strategic_developments", "troop_deployment",
               "The {claimant} said {q0} were deployed to {place}.",
               [("troops", "{v} troops", 100, 20000)]),
    "displaced": ("violence_against_civilians", "attack",
                  "Fighting around {place} has {q0}, the {claimant} said.",
                  [("displaced", "displaced {v} people", 10, 50000)]),
}
KIND_WEIGHTS = {"strike": 30, "shelling": 12, "drones": 25, "drones_lost": 5, "missiles": 8, "assaults": 8,
                "arrests": 5, "troops": 4, "displaced": 3}
ADJ = {"UKR": "Ukrainian", "RUS": "Russian", "PSE": "Palestinian", "ISR": "Israeli", "RSF": "RSF",
       "VEN": "government", "MMR": "junta"}
FILLER = [
    "Officials did not immediately comment on the report.",
    "The war has now lasted for more than three years.",
    "Residents described a night of loud explosions.",
    "Emergency services worked through the morning to clear the debris.",
    "Analysts said the attacks were meant to wear down air defences.",
]


def _hid(*parts: object) -> str:
    return hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).hexdigest()


def _pick(rng: random.Random, weighted: list) -> tuple:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def _window(day: dt.date, precision: str) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    if precision == "day":
        return day, day, day
    if precision == "week":
        start = day - dt.timedelta(days=day.weekday())
        return day, start, start + dt.timedelta(days=6)
    if precision == "month":
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return start, start, end
    return None, None, None


def _happening(rng: random.Random, n: int, start: dt.date, days: int) -> dict:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    country = rng.choices(list(PLACES), weights=[40, 30, 12, 4, 6, 4, 4])[0]
    place = rng.choice(PLACES[country][1])
    geo = rng.choices(["place", "admin1", "country"], weights=[75, 10, 15])[0]
    precision = rng.choices(["day", "week", "month", "unknown"], weights=[82, 7, 9, 2])[0]
    day = start + dt.timedelta(days=rng.randrange(days))
    values = []
    for _metric, _tmpl, lo, hi in KINDS[kind][3]:
        values.append(int(lo + (hi - lo) * rng.random() ** 3))
    if kind == "drones":  # intercepted never exceeds launched
        values[1] = min(values[1], values[0])
    return {"n": n, "kind": kind, "country": country, "place": place, "geo": geo, "precision": precision,
            "day": day, "values": values, "weapon": rng.choice(WEAPONS),
            "actor": ENEMY[country] if kind not in ("assaults", "arrests", "troops") else country,
            "incident": _hid("incident", n)}


def _sentence(rng: random.Random, h: dict, claimant: str) -> tuple[str, list[tuple[str, int, str, str]]]:
    """Render a happening's sentence; return it with (metric, value, qualifier, quote) per figure."""
    _, _, template, figures = KINDS[h["kind"]]
    quotes, rows = {}, []
    for i, ((metric, qtmpl, _, _), value) in enumerate(zip(figures, h["values"], strict=False)):
        qualifier, words, _ = _pick(rng, QUALIFIERS)
        value = max(1, value + rng.choice([0, 0, 0, 1, -1]))  # outlets disagree a little
        number = f"{words}{value:,}"
        quote = qtmpl.format(v=number, weapon=h["weapon"] or "attack").replace("  ", " ")
        quotes[f"q{i}"] = quote
        rows.append((metric, value, qualifier, quote))
    name, place = PLACES[h["country"]][0], h["place"][0]
    text = template.format(place=place, country=name, claimant=claimant,
                           enemy_adj=ADJ.get(h["actor"], h["actor"]), **quotes)
    return text[0].upper() + text[1:], rows


def make_tables(n_measures: int, seed: int = 7, start: dt.date = dt.date(2025, 1, 1), days: int = 365) -> dict:
    """Return ``{table: pyarrow.Table}`` with about ``n_measures`` measures (contract columns)."""
    rng = random.Random(seed)
    cols = {t: {c: [] for c in contract.columns(t)} for t in contract.TABLES}
    n_events = n_happen = n_articles = 0
    happenings: list[dict] = []
    while len(cols["measures"]["measure_id"]) < n_measures:
        outlet = rng.choice(OUTLETS)
        article_id = _hid("article", seed, n_articles)
        reported = []
        for _ in range(rng.randint(1, 5)):
            # a recent happening is reported again by another article about a third of the time
            if not happenings or rng.random() < 0.7:
                happenings.append(_happening(rng, n_happen, start, days))
                n_happen += 1
                happenings = happenings[-40:]
                reported.append(happenings[-1])
            else:
                reported.append(rng.choice(happenings))
        published = max(h["day"] for h in reported) + dt.timedelta(days=rng.randint(0, 2))
        parts, pos = [], 0
        title = None
        for h in reported:
            claimant = rng.choice(CLAIMANTS[h["country"]])
            status = _pick(rng, STATUS)[0]
            if rng.random() < 0.5:
                parts.append(rng.choice(FILLER) + " ")
                pos += len(parts[-1])
            sentence, figures = _sentence(rng, h, claimant)
            if title is None:
                title = sentence.split(",")[0][:90]
            s_start = pos
            parts.append(sentence + " ")
            pos += len(parts[-1])
            event_id = _hid("event", article_id, n_events)
            n_events += 1
            date, d0, d1 = _window(h["day"], h["precision"])
            name, admin1, lat, lon = h["place"]
            geo = h["geo"]
            has_point = geo in ("place", "admin1")
            event_type, sub_type = KINDS[h["kind"]][:2]
            place_cols = {"country": h["country"], "admin1": admin1 if geo != "country" else None,
                          "location": name if geo == "place" else None, "geo_precision": geo,
                          "lat": lat if has_point else None, "lon": lon if has_point else None,
                          "claimant": claimant, "claim_status": status, "date": date, "date_start": d0,
                          "date_end": d1, "date_precision": h["precision"]}
            ev = {**place_cols, "event_id": event_id, "article_id": article_id, "event_type": event_type,
                  "sub_event_type": sub_type, "actor1": h["actor"], "actor2": h["country"],
                  "incident_id": h["incident"], "trigger": KINDS[h["kind"]][3][0][0], "pattern_id": h["kind"],
                  "sentence": sentence, "char_start": s_start, "char_end": s_start + len(sentence)}
            for c in cols["events"]:
                cols["events"][c].append(ev.get(c))
            for metric, value, qualifier, quote in figures:
                q_start = s_start + sentence.index(quote)
                low = {"more_than": value + 1, "at_most": 0, "less_than": 0}.get(qualifier, value)
                high = value if qualifier in ("exact", "at_most", "approx") else None
                weapon = (h["weapon"] or None) if "drones" in metric else None
                ms = {**place_cols, "measure_id": _hid("measure", event_id, metric), "event_id": event_id,
                      "article_id": article_id, "metric": metric, "value": value, "qualifier": qualifier,
                      "value_low": low, "value_high": high, "weapon": weapon,
                      "actor": h["actor"], "quote": quote, "char_start": q_start, "char_end": q_start + len(quote),
                      "sentence": sentence, "pattern_id": f"{h['kind']}.{metric}", "counted": quote.split()[-1],
                      "breakdown": None}
                for c in cols["measures"]:
                    cols["measures"][c].append(ms.get(c))
        text = "".join(parts).rstrip()
        art = {"article_id": article_id, "title": title, "published": published, "outlet": outlet,
               "url": f"https://news.example.org/{published:%Y/%m/%d}/{article_id}", "dateline": None,
               "source_path": f"synthetic/{n_articles:07d}.txt", "source_id": None, "text": text}
        for c in cols["articles"]:
            cols["articles"][c].append(art.get(c))
        n_articles += 1
    return {t: pa.Table.from_pydict(cols[t], schema=contract.arrow_schema(t)) for t in contract.TABLES}


def write_tables(tables: dict, out: Path) -> None:
    """Write ``{table: pyarrow.Table}`` as ``out/<table>.parquet``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        pq.write_table(table, out / f"{name}.parquet", row_group_size=128_000)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/_data"))
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    tables = make_tables(args.measures, seed=args.seed)
    write_tables(tables, args.out)
    sizes = ", ".join(f"{k} {v.num_rows:,}" for k, v in tables.items())
    print(f"synth: {sizes} -> {args.out} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
