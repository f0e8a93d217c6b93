"""Number phrases in news prose: digits, number words, vague amounts, ranges and qualifiers.

`find_numbers(text)` returns every phrase that can count something, with its value, qualifier,
bounds and character span (the span includes the qualifier: "at least 87"). Numbers that are
not counts are left out here: years, dates, times of day, percentages, money, ages, distances
and durations, compound adjectives ("three-year", "1,000-kilometer") and model or place names
with digits ("Shahed-136", "S-300", "Plant-2"). The word lists are in patterns/numbers.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from etl.lexicon import lower_same_length, trie_regex


@dataclass(frozen=True)
class NumberPhrase:
    start: int          # of the whole phrase, qualifier included
    end: int
    num_start: int      # of the number itself
    value: int
    qualifier: str      # exact, at_least, more_than, at_most, less_than, approx, vague
    low: int | None
    high: int | None
    kind: str           # digits, words, vague, range, article

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def lexicon() -> dict:
    raw = json.loads(resources.files("etl.patterns").joinpath("numbers.json").read_text("utf-8"))
    units, tens, scales = raw["units"], raw["tens"], raw["scales"]
    word_scales = {k: v for k, v in scales.items() if len(k) > 3}
    words = dict(units) | dict(tens) | {k: v for k, v in word_scales.items()}
    numword = trie_regex([w for w in words if not w.startswith("a ")] + ["dozen", "score"])  # "three score": 60
    first_word = trie_regex([w for w in list(units) + list(tens) if not w.startswith("a ")])
    qual = {w.lower(): q["qualifier"] for q in raw["qualifiers"] for w in q["words"]}
    digits = (r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]\d)"  # South Asia's lakh grouping: "1,30,000", "12,50,000"
              r"|\d{1,3}(?:(?:,|\u202f|\u00a0|\u2009)\d{3})+(?![\d,]\d)|\d{1,3}(?: \d{3})+(?![\d])"
              r"|\d{1,3}(?:[\u2019']\d{3})+(?![\d\u2019'])|\d+")  # "30’800": the Swiss apostrophe
    scale_words = trie_regex(word_scales)
    core = (rf"(?P<dig>(?:{digits})(?:\.\d+|,\d{{1,2}}(?=\s*(?:{scale_words}|mn|mln|bn)\b))?)"  # "0,7 million": a decimal comma
            rf"(?:\s*(?P<scale>{scale_words})\b|(?P<sfx>k|mn|mln|bn)\b)?"
            rf"|(?P<vague>{trie_regex(v['words'] for v in raw['vague'])})\b"
            rf"|(?P<frac>{trie_regex(raw['fractions'])})\b"  # "half a million", "half a dozen"
            rf"|(?P<ahund>a\s+(?:hundred|thousand)(?:(?:\s+|-)(?:and\s+)?{numword})+)\b"  # "a hundred and forty-two"
            rf"|(?P<aword>{trie_regex([w for w in units if w.startswith('a ')])})\b"
            # "detained two and released another.", "a villager was killed and another injured": one more
            r"|(?P<another>another)(?=\s*[.,;:]|\s+(?:(?:seriously|critically|badly|slightly|lightly|severely)\s+(?=injured|wounded|hurt)"
            r"|was|is|had|has|died|injured|wounded|hurt|killed|arrested|detained|"
            r"abducted|kidnapped|missing|during|in|on|at|when|after|near|sustained|suffered)\b)"
            rf"|(?P<words>{first_word}(?:\s+(?:and\s+)?{numword}(?!-(?!(?:{numword})\b)[a-z])|-(?:and\s+)?{numword})*)\b")  # not
    # "twenty-one one-way drones": a word joined by a hyphen to what follows is an adjective's
    # matched against lower_same_length(text): no re.I, which is several times slower
    number = re.compile(rf"(?<![\w$\u20ac\u00a3.:])(?<![a-z]-)(?:{core})(?![\w@])")
    qual_rx = re.compile(rf"\b(?:{_alt(qual)})\s+$", re.I)
    return {
        "words": {k.lower(): v for k, v in words.items()},
        "fractions": raw["fractions"],
        "shares": raw["shares"],
        "units": units, "scales": scales,
        "vague": {re.sub(r"\s+", " ", v["words"]): v for v in raw["vague"]},
        "qual": qual, "number": number, "qual_rx": qual_rx,
        "approx_below": {"nearly", "almost", "close to", "just under"},
        "band": raw["approx_band"],
        "not_after": re.compile(rf"^\s*(?:{_alt(raw['not_after'])})(?![\w])"
                                r"|^(?:-(?!strong\b|odd\b)[A-Za-z]|:\d|/\d|\.\d|%|-\d+-)", re.I),
        # "arrests of 10 to 15 days": the first end of a span of time or distance
        "range_unit_after": re.compile(rf"^\s*(?:to|-|\u2013)\s*\d[\d,.]*\s*(?:{_alt(raw['not_after'])})(?![\w])", re.I),
        "not_before": re.compile(rf"(?:(?<![\w])(?:{_alt(raw['not_before'])})[^\S\n]*|[#$\u20ac\u00a3+/])$", re.I),  # not
        # across a line: "... at Mbebeli checkpoint\n\nFour gendarmes were killed"
        # "Aug. 12", but not "on 6 March. Twelve were released": a full name's dot ends the sentence
        "month_before": re.compile(  # "March 12" (not across a line: "since January\n318 - people arrested")
            rf"\b(?:(?:{_alt(raw['months'][12:])})\.?|(?:{_alt(raw['months'][:12])}))[^\S\n]+$", re.I),
        # a date right before a count in words: "on May 4 two soldiers", "On 4 May two soldiers"
        "day_before": re.compile(rf"\b(?:{_alt(raw['months'])})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s$|"
                                 rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_alt(raw['months'])})\.?,?\s+$", re.I),
        "month_after": re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_alt(raw['months'])})\b|^,\s*\d{{4}}\b", re.I),
        # "the 444 Brigade's commander": a unit's name (case-sensitive, singular)
        "unit_name_after": re.compile(rf"\s+(?:(?:{'|'.join(raw['unit_adjectives'])})\s+)?"
                                      rf"(?:{'|'.join(raw['unit_nouns'])})\b(?!s)"
                                      r"|\s+(?:[A-Z][a-z]+\s+){1,2}(?:Rifles|Regiment|Battalion)\b"  # "9 Rajputana Rifles"
                                      r"(?!\s+(?:personnel|troops|soldiers|members|men|officers|jawans)\b)"),
    }


def number_words() -> frozenset[str]:
    """Every single word that can start or continue a number phrase."""
    return _number_words()


@cache
def _number_words() -> frozenset[str]:
    lx = lexicon()
    return frozenset(w for k in lx["words"] for w in k.split()) | {"dozens", "hundreds", "thousands", "scores"}


def words_value(text: str) -> int | None:
    """'twenty-two' -> 22, 'three hundred and five' -> 305, 'a dozen' -> 12."""
    lx = lexicon()
    total = current = 0
    seen = False
    for tok in re.split(r"[\s-]+", text.lower().strip()):
        if tok in ("and", "a", ""):
            continue
        if tok in ("dozen", "score"):
            current = (current or 1) * (12 if tok == "dozen" else 20)
        elif tok in lx["units"] or tok in ("zero",):
            v = lx["units"][tok]
            if current % 100 and (v >= 10 or current % 10 or current % 100 < 20):
                return None  # "four one-way drones", "ten five": two counts side by side, no compound
            current += v
        elif tok in lx["words"] and lx["words"][tok] < 100:
            if current % 100:
                return None  # "five twenty"
            current += lx["words"][tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in lx["scales"]:
            total += (current or 1) * lx["scales"][tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def bounds(value: int, qualifier: str, qual_words: str) -> tuple[int | None, int | None]:
    """(value_low, value_high) of a count with its qualifier ("about": the approx band around it)."""
    lx = lexicon()
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "at_most":
        return None, value
    if qualifier == "less_than":
        return None, max(value - 1, 0)
    lo = int(round(value * (1 - lx["band"])))
    if qual_words in lx["approx_below"]:
        return lo, value
    return lo, int(round(value * (1 + lx["band"])))


def _core_value(m: re.Match) -> tuple[int | None, str]:
    lx = lexicon()
    if m["dig"]:
        dig = m["dig"]
        if "," in dig and _DECIMAL_COMMA.search(dig):
            dig = dig.replace(",", ".")  # "0,7 million", "3,5 million"
        raw = _GROUP_SEP.sub("", dig)
        scale = (m["scale"] or m["sfx"] or "").lower()
        mult = lx["scales"].get(_WS.sub(" ", scale), 1) if scale else 1
        if "." in raw and mult == 1:  # "1.270 drones", "3.000 soldiers": a thousands dot; 2.5 of something is a
            return (int(raw.replace(".", "")) if _DOT_THOUSANDS.fullmatch(raw) else None), "digits"  # measurement
        return int(round(float(raw) * mult)), "digits"
    if m["frac"]:
        return lx["fractions"][re.sub(r"\s+", " ", m["frac"].lower())], "words"
    if m["aword"]:
        return lx["words"].get(re.sub(r"\s+", " ", m["aword"].lower())) or lx["units"].get(
            re.sub(r"\s+", " ", m["aword"].lower())), "words"
    if m["words"] or m["ahund"]:
        return words_value(m["words"] or m["ahund"]), "words"
    if m["another"]:
        return 1, "words"
    return None, "vague"


_WS = re.compile(r"\s+")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_FIRST_WORD = re.compile(r"[a-z]+", re.I)
_GROUP_SEP = re.compile(r"[,\u202f\u00a0\u2009\u2019' ]")
_COUNT_VERB_NUMBER = re.compile(r"(?:\b(?:now|still|together|already|which|who|that|they)|[a-z]s|ed)\s+number\s*$", re.I)
_AND_AFTER_AGES = re.compile(r",\s+and\s+$")  # "two children aged 4 and 11, and 34 injured": the ages end, a count
_COUNTED_AFTER = re.compile(r"\s+(?:injured|wounded|killed|dead|hurt|missing|people|others|more|civilians|soldiers)\b", re.I)
_DIGIT_END = re.compile(r"\d[^\S\n-]?-?$(?<!\d)")  # "555 1234" or "2-3", not a number at a line's end
_DIGIT_START = re.compile(r"[ -]\d")
_AGE_AFTER = re.compile(r"\s\d{1,3}-(?:year|month|week|day)")
_SECTION_BEFORE = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})+\s$")
_AGED_BEFORE = re.compile(r"\bas\s+(?:young|old)\s+as\s+$|\bages?\s+(?:\d{1,3}\s*(?:,|and|to|-)\s*)+$|"
                          r"\baged\s+(?:between\s+|from\s+|about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|"
                          r"almost\s+|over\s+|under\s+)?(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:,|and|to|-)\s*(?:and\s+)?)*$")
# "ages 19 and 20", "aged between 14 and 35", "aged 19, 24 and 31", "aged between four and 17", "a man aged about 50",
# "children as young as two"
_MODEL_BEFORE = re.compile(r"(?P<det>\b[A-Za-z]+|\d)\s+[A-Z][A-Za-z]+\s$")  # "its Hermes ", "60 Shahed "
MACHINE_NOUNS = r"(?:drones?|UAVs?|missiles?|rockets?|jets?|aircraft|helicopters?|planes?|bombers?|tanks?)\b"  # after a model
_MACHINE_AFTER = re.compile(rf"\s*{MACHINE_NOUNS}")
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our"])
_ALL_BUT = re.compile(r"\b(?:all|everyone|everybody)\s+but\s+$", re.I)
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:only\s+|just\s+|still\s+)?$", re.I)
_AT_THE_TIME = re.compile(r"\s+(?:years?\s+old\s+)?(?:at\s+the\s+time|when)\b", re.I)
_RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+(?:[^\W\d_][\w'\u2019-]*\s+){1,2}in\s+(?:every\s+)?$", re.I)
_YEARLIKE = re.compile(r"(1[89]|20)\d\d")
_TIMES_AFTER = re.compile(r"\s+times\b")
_TIMES_LIST = re.compile(r"(?:\s*,?\s*(?:or\s+|and\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)){1,3}"
                         r"\s+times\b(?!\s+(?:as|more|higher|larger|bigger|over|the)\b)", re.I)


def _excluded(text: str, m: re.Match, value: int) -> bool:
    lx = lexicon()
    before, after = text[max(0, m.start() - 24):m.start()], text[m.end():m.end() + 24]
    if lx["not_after"].search(after) or lx["range_unit_after"].search(after):
        return True
    if (label := lx["not_before"].search(before)) \
            and not (label.group().strip()[-1:].isalpha() and _TIMES_AFTER.match(after)) \
            and not (label.group().strip().lower() == "number" and _COUNT_VERB_NUMBER.search(before)):
        return True  # "Route 8", "aged 19"; not "attacked positions in the sector eight times": how often; not "the
        # injured now number 11": the verb
    if (_DIGIT_END.search(before) or _DIGIT_START.match(after)) and not _hyphen_range(before, after, value) \
            and not (m["words"] and (_AGE_AFTER.match(after)
                                     or _SECTION_BEFORE.search(before) or lx["day_before"].search(before))):
        return True  # part of a phone-like run of digit groups (not "Two 18-year-old conscripts", not a
        # report's paragraph number before a sentence: "5.1 Three detainees died", not a date: "on May 4 two soldiers")
    if m.group().lower() == "both" and (_BOTH_AND.match(text, m.end()) or (before.rstrip().endswith(",")
                                                                and _BOTH_APPOSED.match(text, m.end()))):
        return True  # "both soldiers and civilians were killed": two kinds, no count of two; "Two other people,
        # both women, are missing": who the two counted before are
    if (_AGED_BEFORE.search(before) and not (_AND_AFTER_AGES.search(before) and _COUNTED_AFTER.match(after))) \
            or (_BE_BEFORE.search(before) and _AT_THE_TIME.match(after)):
        return True  # "aged 58 and 63", "who were 17 at the time of the alleged crime": an age
    if _ALL_BUT.search(before):
        return True  # "all but one have since been released": the rest, not a count of one
    if m["dig"] and (model := _MODEL_BEFORE.search(before)) and _MACHINE_AFTER.match(after) \
            and (model["det"][0].isdigit() or model["det"].lower() in _DETERMINERS or model["det"].lower() in number_words()):
        return True  # "one of its Hermes 900 drones", "60 Shahed 136 drones": a model's number
    if value <= 10 and _TIMES_LIST.match(text, m.end()):
        return True  # "displaced two, three, four times": how often, no count
    if _RATIO_BEFORE.search(before):
        return True  # "nearly one Burkinabe in ten": a share, not a count
    if m["dig"] and lx["unit_name_after"].match(after):
        return True  # "the 444 Brigade's commander", "the 3rd ... 47 Mechanized Brigade": a unit's name
    if (lx["month_before"].search(before) and not (m["words"] and lx["day_before"].search(before))) \
            or lx["month_after"].search(after):
        return True
    if m["dig"] and not m["scale"] and not m["sfx"] and _YEARLIKE.fullmatch(m["dig"]) \
            and re.search(r"['\u2019]s\s+$", before):
        return True  # "Ecuador's 2025 homicides": the year's
    if m["dig"] and not m["scale"] and not m["sfx"] and _YEARLIKE.fullmatch(m["dig"]):
        # a bare four-digit number from 1800 to 2099 is a year unless a plural noun follows
        return not re.match(r"\s+(?:(?!(?:has|was|is|as|his|its|this|thus|plus|across|less|unless|its)\b)[a-z]+s|people|"
                            r"personnel|dead|wounded|injured)\b", after)  # "2,009 soldiers"; not "2009 has killed"
    return False


_RANGE_NEXT = re.compile(r"[-\u2013](\d{1,3}(?:,\d{3})+|\d+)(?![\d,.\-\u2013/:])")  # "40-50", "2,000-2,500"
_RANGE_PREV = re.compile(r"(?<![\d,.\-\u2013/:])(\d{1,3}(?:,\d{3})+|\d+)[-\u2013]$")


def _hyphen_range(before: str, after: str, value: int) -> bool:
    """One end of a range told with a hyphen ("40-50 people", "2,000-2,500"): the later end is the larger."""
    if (nxt := _RANGE_NEXT.match(after)) and int(nxt[1].replace(",", "")) > value and not _RANGE_PREV.search(before):
        return not lexicon()["month_after"].search(after[nxt.end():])  # not "7-12 Jan": days
    return bool((prv := _RANGE_PREV.search(before)) and int(prv[1].replace(",", "")) < value and not _RANGE_NEXT.match(after))


_BOTH_APPOSED = re.compile(r"\s+(?!of\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,", re.I)  # ", both women,"; not ", both of which"
_BOTH_AND = re.compile(r"\s+(?:(?:the|its|their)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:and|or)\s+(?!\d)"
                       r"|\s+(?:sides|parties|ends|directions|banks|camps|sexes)\b", re.I)  # "on both sides"
_PHRASAL_OVER = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|taken|tak(?:es|ing)|won|pass(?:ed|es|ing)?|"
                           r"carr(?:ied|ies|y)|pour(?:ed|ing)?|took)\s+over\b", re.I)


def find_numbers(text: str) -> list[NumberPhrase]:
    """Every counting number phrase in `text`, left to right, ranges merged."""
    lx = lexicon()
    found: list[NumberPhrase] = []
    lowered = lower_same_length(text)
    pos = 0
    while (m := lx["number"].search(lowered, pos)) is not None:
        pos = m.end()
        if m["vague"]:
            v = lx["vague"][re.sub(r"\s+", " ", m["vague"].lower())]
            found.append(NumberPhrase(m.start(), m.end(), m.start(), v["value"], "vague", v["low"], v["high"], "vague"))
            continue
        spoken_end = None
        if (spoken := _SPOKEN_POINT.match(lowered, m.start())) is not None:
            whole, tenths = lx["units"].get(spoken["whole"]), lx["units"].get(spoken["tenth"], 0)
            pos = spoken_end = spoken.end()  # "one point four million", said aloud: 1.4 million
            value, kind = round((whole + tenths / 10) * _SPOKEN_SCALES[spoken["scale"]]), "words"
        else:
            value, kind = _core_value(m)
        if value is None and m["words"] and (first := _FIRST_WORD.match(m["words"])) and first.end() < len(m["words"]):
            m = lx["number"].match(lowered, m.start(), m.start() + first.end())  # "four one-way attack drones": four,
            value, kind = _core_value(m) if m else (None, "words")  # and a one-way kind; "five and three drones": five,
            pos = m.end() if m else pos  # then three
        if value is None or _excluded(text, m, value):
            continue
        start, qualifier, qual_words = m.start(), "exact", ""
        if (q := lx["qual_rx"].search(text, max(0, m.start() - 30), m.start())) \
                and not _PHRASAL_OVER.search(text, max(0, q.start() - 12), q.start() + 5) \
                and not _CAME_UNDER.search(text, max(0, q.start() - 12), m.start()):  # "handed over eight", "came
            # under 12 drone attacks"
            qual_words = _WS.sub(" ", q.group().strip().lower())
            qualifier, start = lx["qual"][qual_words], q.start()
        end = spoken_end or m.end()
        if qualifier == "exact" and m["dig"] and (sign := _SIGN.match(text, end)):
            qualifier, end = "at_least", sign.end(1)  # a key figure's "40,000+": at least 40,000
        elif qualifier == "exact" and m["dig"] and m.start() and text[m.start() - 1] == "~":
            qualifier, start = "approx", m.start() - 1  # "~1,000": about 1,000
        if (about := _OR_SO.match(text, end) or _ODD.match(text, end)) is not None:
            qualifier, end = "approx" if qualifier == "exact" else qualifier, about.end()  # "another 40 or so were
            # wounded": about
        low, high = bounds(value, qualifier, qual_words)
        found.append(NumberPhrase(start, end, m.start(), value, qualifier, low, high, kind))
    return _merge_ranges(text, found)


_SPOKEN_POINT = re.compile(r"(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten)\s+point\s+"
                           r"(?P<tenth>zero|one|two|three|four|five|six|seven|eight|nine)\s+(?P<scale>thousand|million|billion)\b")
_SPOKEN_SCALES = {"thousand": 1000, "million": 1000000, "billion": 1000000000}
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming|been|fell|falls|placed|put|remains?|remained|kept|held)\s+under\s+$",
                         re.I)
_SIGN = re.compile(r"(\+)(?=\s|$|[,;.)])")
_OR_SO = re.compile(r"\s+or\s+so\b", re.I)
_ODD = re.compile(r"[- ]odd\b", re.I)  # "50-odd drones", "thirty-odd persons": about


_RANGE_GAP = re.compile(r"^\s*(?:and|to|-|\u2013)\s*$", re.I)
_BETWEEN = re.compile(r"\b(?:(?:anywhere|somewhere)\s+)?(?:between|from)\s+$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)  # "rose by five to 21": the change, then the new count
_POSSIBLY_GAP = re.compile(r"^\s*,?\s*and\s+(?:possibly|perhaps|maybe|probably)\s*$", re.I)  # "at least 30 and possibly as
# many as 45"
_SCALED = re.compile(r"\b(dozen|hundred|thousand|million)$", re.I)  # "two or three dozen"
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000}
_CHANGED_FROM = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|increasing|jumped|grew|grown|went\s+up|"
                           r"fell|fallen|dropped|declined|revised|raised|lowered|updated)\s+(?:sharply\s+|further\s+)?$", re.I)


def _merge_ranges(text: str, nums: list[NumberPhrase]) -> list[NumberPhrase]:
    """'between 22 and 25', '22 to 25', '22-25' -> one approx phrase with bounds 22..25."""
    out: list[NumberPhrase] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums) and a.kind != "vague":
            b = nums[i + 1]
            gap = text[a.end:b.start]
            between = _BETWEEN.search(text, max(0, a.start - 24), a.start)
            if between and _CHANGED_FROM.search(text, max(0, between.start() - 40), between.start()):
                out.append(a)  # "the toll rose from two to three": an earlier count and a later one, no range
                i += 1
                continue
            if gap.strip().lower() == "to" and _BY_BEFORE.search(text, max(0, a.start - 4), a.start):
                out.append(a)  # "the toll rose by five to 21": a change and the new count, no range
                i += 1
                continue
            if _POSSIBLY_GAP.match(gap) and a.qualifier in ("at_least", "exact") and b.qualifier == "at_most" \
                    and b.value > a.value:
                out.append(NumberPhrase(a.start, b.end, a.num_start, a.value, "approx", a.value, b.value, "range"))
                i += 2  # "at least 30 and possibly as many as 45": a range
                continue
            is_and = gap.strip().lower() == "and"
            is_or = gap.strip().lower() == "or" and a.kind == b.kind  # "three or four", "10 or 12": a rough count
            if gap.strip().lower() == "or" and a.value < 10 and (sc := _SCALED.search(text, b.start, b.end)) \
                    and b.value > a.value * _SCALES[sc[1].lower()] >= 2 * a.value:
                low = a.value * _SCALES[sc[1].lower()]  # "two or three dozen": 24 to 36
                out.append(NumberPhrase(a.start, b.end, a.num_start, low, "approx", low, b.value, "range"))
                i += 2
                continue
            if (_RANGE_GAP.match(gap) or (is_or and b.value <= 2 * a.value + 2)) and b.value > a.value \
                    and b.kind != "vague" and (between or not is_and):
                start = between.start() if between else a.start
                out.append(NumberPhrase(start, b.end, a.num_start, a.value, "approx", a.value, b.value, "range"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
