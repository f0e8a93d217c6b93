"""Date expressions in news prose, resolved against the article's publication date.

Public interface (called per sentence by the pipeline):

- ``DateSpan``: a best ``date`` and the ``[start, end]`` window it may lie in, with a ``precision``
  of ``day``, ``week``, ``month``, ``year`` or ``unknown``.
- ``DateMention``: one date expression with its character span and ``kind``:
  ``happening`` (when something happened), ``report`` (the day a statement was made:
  "said Wednesday", "announced on April 26"), ``since`` (the start of a running count),
  ``range`` ("from 2017 to 2021", "between 8 p.m. on Tuesday and 6 p.m. on Wednesday").
- ``find_dates(text, published, anchor=None)``: every date expression of a sentence/paragraph.
- ``report_window(published)``: the fallback date of a figure that has no date of its own.

Rules, not dateparser: weekdays resolve to the most recent such day on or before publication,
month-day dates without a year take the year that keeps them out of the future of publication,
relative expressions ("yesterday", "last month") are ``unknown`` when ``published`` is None.
Word lists live in ``etl/patterns/dates.json``.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from etl.lexicon import trie_regex

PATTERNS = Path(__file__).parent / "patterns" / "dates.json"

__all__ = ["DateMention", "DateSpan", "find_dates", "report_window"]


@dataclass(frozen=True)
class DateSpan:
    """A best date and the window [start, end] it may lie in; precision day/week/month/year/unknown."""

    date: date | None
    start: date | None
    end: date | None
    precision: str


@dataclass(frozen=True)
class DateMention:
    """A date expression: char offsets in the text, its surface, the resolved span and its kind."""

    start: int
    end: int
    text: str
    span: DateSpan
    kind: str  # happening, range, report ("said on Monday"), since, later:N, frame ("the deadliest this year")


UNKNOWN = DateSpan(None, None, None, "unknown")


@lru_cache(maxsize=1)
def _lex() -> dict:
    return json.loads(PATTERNS.read_text(encoding="utf-8"))


def _alt(words) -> str:
    """An alternation of ``words`` as a trie ("jan(?:uary)?"), spaces literal (etl.lexicon)."""
    return trie_regex(words, space=re.escape(" "))


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern]:
    lx = _lex()
    mon = rf"(?P<mon>{_alt(lx['months'])})(?:\.(?=\s*\d))?"
    wd = rf"(?P<wd>{_alt(lx['weekdays'])})\b"
    time = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)|\d{1,2}:\d{2}|noon|midnight)"
    timepre = rf"(?:{time}\s+(?:(?:local\s+time|GMT|UTC)\s+)?(?:on\s+)?)?"
    num = rf"(?P<n>\d+|{_alt(lx['number_words'])})"
    units = r"(?P<unit>hours?|days?|weeks?|months?|years?)"
    ypre = _alt(lx["year_preps"])
    mpre = _alt(lx["month_preps"])
    weekend_of = rf"(?:{_alt(lx['weekend_happenings'])})\b"  # "a weekend clash", not "a weekend market"
    pats = {
        "iso": r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
        # 03.10.2025: day, month, year with dots (a channel post's time stamp)
        "dotted": r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})(?![\d.]\d)",
        # 02/10/2024: a table's or a bulletin's day, day first or month first (see _r_slashed)
        "slashed": r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2})(?![\d/]|\.\d)",
        # Mon 14.04, Wed 16/04: a bulletin's or a table's day with its weekday and no year (see _r_wd_dm)
        "wd_dm": rf"\b{wd}\.?,?[^\S\n]+(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)\.?(?![./]?\d)",
        # May 21, 2025 / May 21 / May 21st
        "mdy": rf"\b{timepre}(?:on\s+)?{mon}[^\S\t\n]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"  # not "4 May<tab>3": cells
               rf"(?![,.:]\d|[-\u2013]\d|\s*(?:%|km\b|kilomet|mile))"  # not "1 Oct 23:50": a time
               rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?",
        # 21 May 2025 / 21 May / the 21st of May
        "dmy": rf"\b{timepre}(?:on\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}\b"
               rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?",
        # August 2024, in August 2024, since November 2024
        "my": rf"\b(?:(?P<pre>{mpre}|since\s+the\s+end\s+of|since\s+the\s+start\s+of|since\s+the\s+beginning\s+of)"
              rf"[\s-]+)?(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?"
              rf"{mon}\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b",
        # between 1 and 28 May, 1-28 May, May 1-28 (2025)
        "drange": rf"\b(?:(?:between|from)\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|until|-|\u2013)\s*"
                  rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}\b(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?"
                  rf"|\b(?:on\s+)?{mon.replace('?P<mon>', '?P<mon2>')}\s+(?P<d3>[0-3]?\d)\s*[-\u2013]\s*"
                  rf"(?P<d4>[0-3]?\d)\b(?!\s*(?:%|km|kilomet|mile))"
                  rf"(?:,?\s+(?P<y2>(?:19|20)\d{{2}})\b)?",
        # in March, last July, since March
        # ... and a month as the sentence's subject: "February was the deadliest month, with 201 homicides"
        "m": rf"(?:\b(?P<pre>{mpre})[\s-]+|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?={full_names('months')}\s+(?:was|has\s+been|"
             rf"had\s+been|saw|became|proved|marked)\b))(?:(?P<part>early|late|mid)[\s-]+)?{mon}\b(?!\s+\d)",
        # from 2017 to 2021, between 2017 and 2021
        "yrange": r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|and|until|through|-|–)\s+"
                  r"(?P<y2>(?:19|20)\d{2})\b"
                  r"|\b(?P<y3>(?:19|20)\d{2})\s*[-–]\s*(?P<y4>(?:19|20)\d{2}|\d{2})\b(?![-–]\w)",
        # in 2024, since 2022, the end of 2023, mid-2024
        # ... and the year of a happening: "since the 2021 coup"
        "y": rf"\b(?P<pre>since\s+the\s+(?:end|start|beginning)\s+of|since\s+(?:early|late|mid)|{ypre}|the\s+end\s+of"
             rf"|since\s+the(?=\s+(?:19|20)\d\d\s+[a-z])"
             # "during the 2022 protests", "in the first days of the 2022 invasion", "The 1982 massacre killed"
             rf"|(?:during|in|amid|throughout)\s+the(?:\s+(?:first|last|early|opening|final|closing)\s+(?:days|weeks|months|"
             rf"hours|stages?)\s+of\s+the)?(?=\s+(?:19|20)\d\d\s+[a-z])"
             rf"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))the(?=\s+(?:19|20)\d\d\s+[a-z])"
             # "including the 2013 siege of the Westgate mall, in which 67 people were killed"
             rf"|\bthe(?=\s+(?:19|20)\d\d\s+(?:siege|attack|assault|massacre|bombing|raid|ambush|war|invasion|offensive|"
             rf"coup|uprising|protests?|crackdown|killings?|shooting|hostage|insurgency|rebellion|riots?)\b)"
             rf"|the\s+start\s+of)[\s-]+(?:(?:early|late|mid)[\s-]+)?(?P<y>(?:19|20)\d{{2}})\b"
             rf"(?![-–]?\d|,\d|\s*(?:%|people|troops|soldiers|civilians|drones|missiles|local\s+time|hours|hrs\b|GMT|UTC))"
             # "2024 was the deadliest year ..., with at least 685 killed": a year as the sentence's subject
             r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?P<ys>(?:19|20)\d{2})(?=\s+(?:was|has\s+been|had\s+been|saw|"
             r"became|proved|remains|remained|marked|ended)\b)",
        "wd": rf"\b{timepre}(?:(?P<pre>on|last|this|next|past|late|early|since|by|until|from)\s+)?"
              rf"(?:(?:late|early)\s+)?{wd}"
              rf"(?:\s+(?P<part>morning|afternoon|evening|night))?"
              r"(?P<lastwk>\s+(?:of\s+)?last\s+week)?",  # "on Tuesday last week": the week before the report's
        "rel_day": r"\b(?:(?P<yday>yesterday|the\s+day\s+before\s+yesterday)"
                   r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
                   r"|(?P<lastnight>last\s+night|overnight|during\s+the\s+night|early\s+(?:on\s+)?(?:this\s+)?morning)"
                   r"|(?P<prevday>the\s+(?:previous|prior)\s+day|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+night)"
                   r"|(?P<pastday>(?:over|in|during|within)\s+the\s+(?:past|last)\s+day))\b",
        "rel_period": r"\b(?P<which>last|this|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the"
                      r"|late\s+last|early\s+last|earlier\s+last|next"
                      r"|the\s+previous|the\s+past|past|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)"
                      rf"|(?:over|at|during)\s+the(?=\s+weekend)|(?:an?|the)(?=\s+weekend(?:['’]s|\s+{weekend_of}))"
                      rf"|(?:from|after|following|in|by|during)(?=\s+weekend\s+{weekend_of}))\s+"  # "from weekend attacks"
                      r"(?P<unit>week|month|year|weekend)\b(?!\s*['’]s\s+(?:election|vote))",
        "past_n": rf"\b(?:over|in|during|within|for)?\s*(?:the\s+)?(?:past|last|previous)\s+{num}\s+{units}\b",
        "ago": rf"\b{num}\s+{units}\s+ago\b",
        "recent": r"\b(?:in|over|during|within)\s+(?:the\s+)?recent\s+(?P<unit>days|weeks|months)\b",
        # "in the first half of the year", "in the first five months of 2024", "in the first quarter"
        "part_year": r"\b(?:in|during|over|for|throughout)\s+the\s+(?P<which>first|second|third|fourth|last|final)\s+"
                     r"(?:(?P<part>half|quarter)|"
                     r"(?P<n>\w+)\s+months)\s+of\s+(?:the\s+year|this\s+year|(?P<y>(?:19|20)\d\d))\b",
        # "30 years since the genocide", "80 years after": a year that many years before the report
        "since_n": rf"\b{num}\s+(?P<unit>years|decades)\s+(?:since|after)\b",
        # "On Christmas Day", "on New Year's Eve"
        "holiday": rf"\b(?:on\s+)?(?P<hol>{_alt(lx['holidays'])})(?:\s+(?P<hy>(?:19|20)\d\d)\b)?\b",
        # "Two days later", "the next day", "a week after that": after the happening reported before
        "later": rf"\b(?:{num}\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)|the\s+(?:next|following)\s+(?P<nd>day|morning)"
                 rf"|a\s+(?P<aw>week|day)\s+(?:later|after\s+that)"
                 # "The strike came a day after a drone hit Tel Aviv": what the clause reports was a day before
                 rf"|(?:(?:came|comes|was|is|occurred|happened|followed)\s+|,\s+)(?:just\s+|only\s+)?(?P<back>a|one|two|three)"
                 rf"\s+(?P<bunit>days?|weeks?)\s+after(?!\s+that\b)"
                 # "Two days after the attack, police arrested five": that much after the happening before
                 rf"|(?P<fwd>a|one|two|three)\s+(?P<funit>days?|weeks?)\s+after(?!\s+that\b))\b",
    }
    return {k: re.compile(v, re.IGNORECASE) for k, v in pats.items()}


_REPORT_BEFORE = None
_REPORT_AFTER = None


@lru_cache(maxsize=1)
def _report_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    verbs = _alt(_lex()["report_verbs"])
    before = re.compile(rf"\b(?:{verbs})(?:\s+\w+)?\s*,?\s*$", re.IGNORECASE)
    # "On Monday, the group claimed on its channel that ...": a day opening the sentence before its source's verb
    fronted = re.compile(rf",?\s+(?:[A-Za-z][\w'\u2019.()-]*\s+){{1,6}}?(?:also\s+)?(?:{verbs})\b(?!\s+(?:to|by)\b)")
    after = re.compile(rf"^\s*(?:(?:also|again|repeatedly|earlier|later|separately)\s+)?(?:{verbs})\b",  # not
                       # "bombed the compound late on Monday, said a rescuer": the day of the bombing
                       re.IGNORECASE)
    return before, after, fronted


def _month_span(y: int, m: int) -> DateSpan:
    last = calendar.monthrange(y, m)[1]
    return DateSpan(date(y, m, 15 if last >= 15 else 1), date(y, m, 1), date(y, m, last), "month")


def _year_span(y: int) -> DateSpan:
    return DateSpan(date(y, 7, 1), date(y, 1, 1), date(y, 12, 31), "year")


def _clip(span: DateSpan, published: date | None) -> DateSpan:
    """Never a window reaching into the future of publication."""
    if published is None or span.end is None or span.end <= published:
        return span
    end = published
    start = min(span.start, published) if span.start else None
    d = span.date if span.date and span.date <= published else published
    return DateSpan(d, start, end, span.precision)


def _day(d: date) -> DateSpan:
    return DateSpan(d, d, d, "day")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _md(m: int, d: int, y: str | None, published: date | None) -> DateSpan:
    if y:
        dt = _safe_date(int(y), m, d)
        return _day(dt) if dt else UNKNOWN
    if published is None:
        return UNKNOWN
    dt = _safe_date(published.year, m, d)
    if dt and dt > published and (dt - published).days > _UPCOMING_DAYS:  # "planning attacks during the celebrations
        dt = _safe_date(published.year - 1, m, d)  # on Aug 14" (published Aug 2): a day to come (see _choose), not
        # a day of last year
    return _day(dt) if dt else UNKNOWN


_UPCOMING_DAYS = 60  # a month and day without a year this close after publication is a day to come


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _lex()["number_words"].get(s, 1)


def _window_precision(days: int) -> str:
    if days <= 3:
        return "day"
    if days <= 10:
        return "week"
    if days <= 45:
        return "month"
    if days <= 400:
        return "year"
    return "unknown"


# --- one resolver per pattern: (match, published, anchor) -> (DateSpan, kind) or None ------------

def _r_iso(m, pub, anchor):
    dt = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (_day(dt), "happening") if dt else None


def _r_slashed(m, pub, anchor):
    """Day first ("25/12/2024") or month first ("12/25/2024"), whichever the numbers allow; when both do
    ("02/10/2024"), the reading on or before publication and nearest to it (day first on a tie, as most
    of the world writes it)."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    days = [dt for dt in (_safe_date(y, b, a), _safe_date(y, a, b)) if dt]
    if pub is not None:
        days = sorted((dt for dt in days if dt <= pub), key=lambda dt: pub - dt) or days
    return (_day(days[0]), "happening") if days else None


def _r_wd_dm(m, pub, anchor):
    """The day and month (day first, else month first) that fall on the weekday given, in the year that
    puts them nearest on or before publication; no reading on that weekday is no date."""
    if pub is None or not m["wd"][0].isupper():
        return None
    wd = _lex()["weekdays"][m["wd"].lower().rstrip(".")]
    a, b = int(m["a"]), int(m["b"])
    for d, mon in ((a, b), (b, a)):
        span = _md(mon, d, None, pub) if 1 <= mon <= 12 and 1 <= d <= 31 else UNKNOWN
        if span.date is not None and span.date.weekday() == wd:
            return span, "happening"
    return None


def _r_mdy(m, pub, anchor):
    d = int(m["d"])
    if not 1 <= d <= 31 or m["mon"][0].islower():
        return None
    return _md(_lex()["months"][m["mon"].lower()], d, m["y"], pub), "happening"


def _r_my(m, pub, anchor):
    if m["mon"][0].islower():
        return None
    sp = _part_of_month(_month_span(int(m["y"]), _lex()["months"][m["mon"].lower()]), m["part"])
    return _since(sp, m, pub)


def _since(sp: DateSpan, m, pub):
    pre = (m["pre"] or "").lower() if "pre" in m.re.groupindex else ""
    if pre.startswith("since"):
        start = sp.end if re.search(r"end|late", pre) else sp.start
        return DateSpan(None, start, pub, "unknown"), "since"
    return _clip(sp, pub), "happening"


def _r_drange(m, pub, anchor):
    mon = m["mon"] or m["mon2"]
    if mon[0].islower():
        return None
    d1, d2 = (int(m["d1"]), int(m["d2"])) if m["d1"] else (int(m["d3"]), int(m["d4"]))
    mo = _lex()["months"][mon.lower()]
    if not 1 <= d1 < d2 <= 31:
        return None
    a = _md(mo, d1, m["y"] or m["y2"], pub)  # the year of the first day; the last is clipped to the report
    b = _safe_date(a.date.year, mo, d2) if a.date else None
    if b is None:
        return None
    if pub and b > pub >= a.date:
        b = pub
    return DateSpan(b, a.date, b, _window_precision((b - a.date).days)), "range"


def _part_of_month(sp: DateSpan, part: str | None) -> DateSpan:
    """'early March' (1-10), 'mid-March' (11-20), 'late March' or 'the end of March' (21 to the end), 'the start
    of March' (1-10): a third of the month, dated to its middle."""
    if not part or sp.start is None or sp.end is None:
        return sp
    p = part.lower()
    lo, hi = (1, 10) if p.startswith(("early", "the start", "the beginning")) else (11, 20) if p == "mid" \
        else (21, sp.end.day)
    start, end = sp.start.replace(day=lo), sp.start.replace(day=hi)
    return DateSpan(start + (end - start) / 2, start, end, _window_precision((end - start).days + 1))


def _r_m(m, pub, anchor):
    mon = m["mon"]
    if mon[0].islower() or (len(mon) <= 3 and mon.lower() != "may"):
        return None
    if pub is None:
        return UNKNOWN, "happening"
    mo = _lex()["months"][m["mon"].lower()]
    pre = (m["pre"] or "").lower()
    y = pub.year if mo < pub.month or (mo == pub.month and pre != "last") else pub.year - 1
    if pre == "next":
        y = pub.year if mo > pub.month else pub.year + 1
    span = _part_of_month(_month_span(y, mo), m["part"])
    return _since(span, m, pub) if pre != "next" else (span, "happening")


def _r_yrange(m, pub, anchor):
    y1, y2 = m["y1"] or m["y3"], m["y2"] or m["y4"]
    if len(y2) == 2:
        y2 = y1[:2] + y2
    a, b = int(y1), int(y2)
    if b < a:
        return None
    return DateSpan(None, date(a, 1, 1), date(b, 12, 31), "unknown"), "range"


def _r_y(m, pub, anchor):
    y = int(m["y"] or m["ys"])
    if pub and y > pub.year + 1:
        return None
    return _since(_year_span(y), m, pub)


def _last_weekday(ref: date, wd: int, strict: bool) -> date:
    back = (ref.weekday() - wd) % 7
    if back == 0 and strict:
        back = 7
    return ref - timedelta(days=back)


def _r_wd(m, pub, anchor):
    w = m["wd"]
    if w[0].islower() or (len(w) <= 3 and not w[0].isupper()):
        return None
    if _named_weekday().search(m.string, max(0, m.start("wd") - 12), m.start("wd")):
        return None  # "as people gathered for Palm Sunday", "the Good Friday agreement": a name
    if len(w.rstrip(".")) <= 4 and w.lower().rstrip(".") in ("sun", "sat", "wed", "mon"):
        return None  # "Sun", "Sat" are words or names, too risky
    pre = (m["pre"] or "").lower()
    if pub is None:
        return UNKNOWN, "happening"
    wd = _lex()["weekdays"][w.lower().rstrip(".")]
    if pre == "next":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return _day(d), "happening"
    d = _last_weekday(pub, wd, strict=(pre == "last"))
    if m["lastwk"]:
        d = pub - timedelta(days=pub.weekday() + 7 - wd)
    if pre == "since":
        return DateSpan(None, d, pub, _window_precision((pub - d).days)), "since"
    if (m["part"] or "").lower() == "night":
        return DateSpan(d, d, min(d + timedelta(days=1), pub), "day"), "happening"
    return _day(d), "happening"


def _r_rel_day(m, pub, anchor):
    ref = anchor or pub
    if ref is None:
        return UNKNOWN, "happening"
    if m["yday"]:
        n = 2 if "before" in m["yday"].lower() else 1
        return _day(pub - timedelta(days=n)) if pub else UNKNOWN, "happening"
    if m["today"]:
        return _day(pub) if pub else UNKNOWN, "happening"
    if m["lastnight"] or m["pastday"]:  # the night, or the 24 hours, ending on the report day
        return DateSpan(pub, pub - timedelta(days=1), pub, "day") if pub else UNKNOWN, "happening"
    return _day(ref - timedelta(days=1)), "happening"


_WS = re.compile(r"\s+")


def _r_rel_period(m, pub, anchor):
    if pub is None:
        return UNKNOWN, "happening"
    which = _WS.sub(" ", m["which"].lower())
    unit = m["unit"].lower()
    if which.startswith("since") and unit != "weekend":  # "since the start of the year": a running count
        return DateSpan(None, _r_rel_period_start(unit, pub), pub, "unknown"), "since"
    if unit == "weekend":
        sat = _last_weekday(pub, 5, strict=which in ("last", "the previous", "the past", "past") and pub.weekday() >= 5)
        return DateSpan(sat + timedelta(days=1) if sat + timedelta(days=1) <= pub else sat, sat,
                        min(sat + timedelta(days=1), pub), "day"), "happening"
    if which in ("the past", "past"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return DateSpan(pub - timedelta(days=_middle(days)), pub - timedelta(days=days), pub, unit), "happening"
    back = 1 if which in ("last", "late last", "early last", "earlier last", "the previous") else 0
    if which == "next":
        back = -1
    if unit == "week":
        mon = pub - timedelta(days=pub.weekday()) - timedelta(weeks=back)
        sp = DateSpan(mon + timedelta(days=3), mon, mon + timedelta(days=6), "week")
    elif unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - back, 12)
        sp = _month_span(y, mo + 1)
    else:
        sp = _year_span(pub.year - back)
    return (_clip(sp, pub) if back >= 0 else sp), "happening"


def _r_rel_period_start(unit: str, pub: date) -> date:
    if unit == "week":
        return pub - timedelta(days=pub.weekday())
    return date(pub.year, pub.month, 1) if unit == "month" else date(pub.year, 1, 1)


def _r_past_n(m, pub, anchor):
    if pub is None:
        return UNKNOWN, "happening"
    unit = m["unit"].lower().rstrip("s")
    days = max(1, round(_num(m["n"]) * _lex()["unit_days"][unit]))
    return DateSpan(pub - timedelta(days=_middle(days)), pub - timedelta(days=days), pub, _window_precision(days)), "happening"


def _middle(days: int) -> int:
    """Days back from the report to the date of a window of `days` ending on it: the middle of a week or two ("in the
    past seven days": what happened over it, not on its last day); a longer window keeps the report's day."""
    return days // 2 if days <= 14 else 0


def _r_since_n(m, pub, anchor):
    if pub is None:
        return UNKNOWN, "happening"
    years = _num(m["n"]) * (10 if m["unit"].lower() == "decades" else 1)
    return _year_span(pub.year - years), "happening"


def _r_part_year(m, pub, anchor):
    year = int(m["y"]) if m["y"] else (pub.year if pub else None)
    if year is None:
        return UNKNOWN, "happening"
    which = m["which"].lower()
    if m["part"]:
        months = 6 if m["part"].lower() == "half" else 3
        index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(which, 12 // months)  # last, final
        if index > 12 // months:
            return None  # "the third half"
        lo_m = (index - 1) * months + 1
    else:
        months = _num(m["n"]) if m["n"].lower() in _lex()["number_words"] or m["n"].isdigit() else 0
        if which not in ("first", "last", "final"):
            return None
        lo_m = 1 if which == "first" else 13 - months
    if not 0 < months <= 12:
        return None
    start = date(year, lo_m, 1)
    end = _month_span(year, lo_m + months - 1).end
    if pub and end > pub:
        end = pub
    if pub and start > pub:
        return None
    # "in the last quarter of 2024": its middle (a toll over the quarter, not on its last day)
    return DateSpan(start + (end - start) / 2, start, end, _window_precision((end - start).days)), "range"


def _r_holiday(m, pub, anchor):
    mo, d = _lex()["holidays"][re.sub(r"\s+", " ", m["hol"].lower())]
    return _md(mo, d, int(m["hy"]) if m["hy"] else None, pub), "happening"  # "on Christmas Eve 2023": that year's


def _r_later(m, pub, anchor):
    """Kind 'later:N': N days after the happening the text reported before (resolved by the caller)."""
    if m["back"]:
        days = -_num(m["back"]) * (7 if m["bunit"].lower().startswith("week") else 1)
    elif m["fwd"]:
        days = _num(m["fwd"]) * (7 if m["funit"].lower().startswith("week") else 1)
    elif m["n"]:  # "two days later"; "two days earlier": before the happening reported before
        days = _num(m["n"]) * (7 if m["unit"].lower().startswith("week") else 1) * (1 if m["dir"].lower() == "later" else -1)
    else:
        days = 7 if (m["aw"] or "").lower() == "week" else 1
    return UNKNOWN, f"later:{days}"


def _r_recent(m, pub, anchor):
    """'in recent weeks': a window back from the report, as long as the words suggest."""
    if pub is None:
        return UNKNOWN, "happening"
    days = {"days": 7, "weeks": 30, "months": 90}[m["unit"].lower()]
    return DateSpan(pub, pub - timedelta(days=days), pub, _window_precision(days)), "happening"


def _r_ago(m, pub, anchor):
    if pub is None:
        return UNKNOWN, "happening"
    unit = m["unit"].lower().rstrip("s")
    n = _num(m["n"])
    days = round(n * _lex()["unit_days"][unit])
    d = pub - timedelta(days=days)
    if unit in ("hour", "day"):
        return _day(d), "happening"
    if unit == "week":
        return DateSpan(d, d - timedelta(days=3), min(d + timedelta(days=3), pub), "week"), "happening"
    if unit == "month":
        return _month_span(d.year, d.month), "happening"
    return _year_span(d.year), "happening"


# order = priority on overlap (earlier wins when spans overlap and are equally long)
_RESOLVERS = [
    ("iso", _r_iso), ("dotted", _r_iso), ("slashed", _r_slashed), ("wd_dm", _r_wd_dm),
    ("yrange", _r_yrange), ("drange", _r_drange), ("mdy", _r_mdy), ("dmy", _r_mdy),
    ("my", _r_my),
    ("past_n", _r_past_n), ("ago", _r_ago), ("recent", _r_recent), ("since_n", _r_since_n), ("holiday", _r_holiday),
    ("part_year", _r_part_year),
    ("later", _r_later), ("rel_period", _r_rel_period),
    ("rel_day", _r_rel_day),
    ("wd", _r_wd), ("m", _r_m), ("y", _r_y),
]

_RANGE_GAP = re.compile(r"^\s*(?:,\s*)?(?:and|to|until|till|through|-|–|—)\s+$", re.IGNORECASE)
_RANGE_PRE = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
_DASH_GAP = re.compile(r"\s*[-\u2013\u2014]\s*")


_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|largest|biggest|worst|heaviest|highest|most|first|second|third|"
                          r"\w+est)\b[^,;.]{0,60}$", re.IGNORECASE)
_THIS_PERIOD = re.compile(r"(?:so\s+far\s+)?this\s+(?:year|month|week)", re.IGNORECASE)


def _kind(text: str, s: int, e: int, kind: str) -> str:
    if kind != "happening":
        return kind
    if _THIS_PERIOD.fullmatch(text, s, e) and _SUPERLATIVE.search(text, max(0, s - 70), s):
        return "frame"  # "one of the deadliest assaults on the military this year": a yardstick, not the day
    if text.startswith(("'s", "\u2019s"), e):
        return kind  # "said last week's offensive had killed 200": the offensive's time, not the saying's
    before, after, fronted = _report_res()
    if before.search(text[max(0, s - 40):s]) or after.match(text[e:e + 40]) \
            or ((_opens_sentence(text, s) or ((st := _STATEMENT_FRONT.search(text, max(0, s - 100), s))
                                              and _opens_sentence(text, st.start())))
                and fronted.match(text, e, e + 80)) \
            or _CLAIMED_BEFORE.search(text, max(0, s - 60), s) or _STATEMENT_BEFORE.search(text, max(0, s - 80), s):
        return "report"
    return kind


_OPENS = re.compile(r"(?:^|\n|[.!?][\"\u201d\u2019)]?[ \t]+)[ \t]*(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?$", re.IGNORECASE)


# "In a statement read on national television on Monday, the general staff said ...": the day of the statement
_STATEMENT_FRONT = re.compile(r"\bIn\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video|message|"
                              r"briefing|interview|communiqu\w+|speech|address|broadcast)\b[^.;,]{0,60}?\s(?:(?:late|early)\s+)?"
                              r"(?:on\s+)?$")


def _opens_sentence(text: str, s: int) -> bool:
    """The mention at ``s`` opens its sentence ("On Monday, ...", "Late on Tuesday, ...")."""
    return _OPENS.search(text, max(0, s - 30), s) is not None


# "the ministry said in a statement read on state television late Tuesday": the day of the statement
_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|announced|reported|added|wrote)\s+in\s+(?:a|an|its|their|his|her)\s+"
                               r"(?:[a-z]+\s+)?(?:statement|post|video|message|briefing|interview|communiqu\w+)\b[^.;,]{0,50}$",
                               re.IGNORECASE)
# "JNIM claimed the attack on Monday": the day of the claim, not of the attack
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claiming|claims)\s+(?:responsibility\s+for\s+)?(?:the\s+|an?\s+)?(?:\w+\s+)?"
                             r"(?:attacks?|assaults?|strikes?|bombings?|raids?|ambush(?:es)?|killings?|operations?|"
                             r"kidnappings?|abductions?)\s+$", re.IGNORECASE)


def _merge_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if not (prev and prev.span.date and m.span.date and prev.span.start <= m.span.end):
            out.append(m)
            continue
        # the words may stand outside the mentions or open them ("between January", "and March")
        lead = _LEAD_GAP.match(text, m.start)
        gap = text[prev.end:m.start] + (lead.group() if lead else "")
        pre = _RANGE_PRE.search(text[max(0, prev.start - 10):prev.start])
        s = prev.start - (len(text[max(0, prev.start - 10):prev.start]) - pre.start()) if pre else \
            (prev.start if _LEAD_PRE.match(text, prev.start) else -1)
        if s < 0 and _DASH_GAP.fullmatch(gap) and prev.span.precision == m.span.precision == "day":
            s = prev.start  # "Reporting period: 24 April - 7 May 2026"
        if _RANGE_GAP.match(gap) and s >= 0:
            days = (m.span.end - prev.span.start).days
            same = prev.span.precision == m.span.precision and days <= 2
            prec = prev.span.precision if same else _window_precision(days)
            sp = DateSpan(m.span.date, prev.span.start, m.span.end, prec)
            out[-1] = DateMention(s, m.end, text[s:m.end], sp, "range")
        else:
            out.append(m)
    return out


_NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NIGHT_TO = re.compile(r"\s*(?:to|into|-|\u2013)\s*([0-3]?\d)\b(?!\s*(?:%|km|people))")
_NIGHT_FROM = re.compile(r"\bnight\s+of\s+(?:the\s+)?([0-3]?\d)\s*(?:to|into|-|\u2013)\s*$", re.IGNORECASE)


def _merge_night(text: str, found: list[DateMention]) -> list[DateMention]:
    """'the night of August 19 to 20', 'the night of 19 to 20 August': the night ending on the
    second day (dated to it, the window from the first)."""
    out = []
    for m in found:
        sp = m.span
        if sp.precision == "day" and sp.date:
            nxt = _NIGHT_TO.match(text, m.end) if _NIGHT_OF.search(text, max(0, m.start - 20), m.start) else None
            prv = _NIGHT_FROM.search(text, max(0, m.start - 30), m.start)
            if nxt and int(nxt[1]) == (sp.date + timedelta(days=1)).day:
                end = sp.date + timedelta(days=1)
                m = DateMention(m.start, nxt.end(), text[m.start:nxt.end()], DateSpan(end, sp.date, end, "day"), m.kind)
            elif prv and int(prv[1]) == (sp.date - timedelta(days=1)).day:
                s = prv.start(1)
                m = DateMention(s, m.end, text[s:m.end], DateSpan(sp.date, sp.date - timedelta(days=1), sp.date, "day"),
                                m.kind)
        out.append(m)
    return out


_YEAR_TAIL = re.compile(r"(?:last|this)\s+year$", re.IGNORECASE)


def _merge_year_tail(text: str, found: list[DateMention], published: date | None) -> list[DateMention]:
    """'On June 25 last year', 'in March this year', 'since November last year': one date, in the year the
    tail names."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev and published and ((prev.span.date and prev.span.precision in ("day", "month"))
                                   or (prev.kind == "since" and prev.span.start)) \
                and _YEAR_TAIL.search(m.text) and re.fullmatch(r",?\s*", text[prev.end:m.start]):
            year = published.year - (1 if m.text.lower().startswith("last") else 0)
            shift = year - (prev.span.date or prev.span.start).year  # "since November last year": its start
            sp = prev.span
            if shift:
                sp = DateSpan(*(_safe_date(d.year + shift, d.month, d.day) if d else None
                                for d in (sp.date, sp.start, sp.end)), sp.precision)
            out[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], sp, prev.kind)
        else:
            out.append(m)
    return out


_LEAD_GAP = re.compile(r"(?:and|to|until|till|through)\s+", re.IGNORECASE)
_LEAD_PRE = re.compile(r"(?:between|from)\s+", re.IGNORECASE)


def find_dates(text: str, published: date | None, anchor: date | None = None) -> list[DateMention]:
    """All date expressions in ``text`` with char offsets, resolved against ``published``.

    ``anchor`` is the reference day for "the previous day" (defaults to ``published``); pass the
    date of the happening the paragraph reports when known.

    Works on a sentence or on a whole article: one scan finds the anchor words (month and weekday
    names, years, "yesterday", "week", "ago"...) and each pattern is only tried in a short window
    around an anchor it needs, which finds what a scan of the whole text with it finds.
    """
    if not text:
        return []
    found = _choose(text, _candidates(text, published, anchor), published)
    return [d for d in found if not _redundant_weekday(text, d, found)]


_ATTRIBUTIVE_DAY = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|market|worship)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _redundant_weekday(text: str, d: DateMention, found: list[DateMention]) -> bool:
    """'On 27 March, fighters attacked a mosque during Friday prayers': the weekday of a day
    named earlier in the sentence, as an attribute of a noun, is that day, not another Friday."""
    w = d.text.strip().lower()
    if w not in _WEEKDAYS or not _ATTRIBUTIVE_DAY.match(text, d.end):
        return False
    return any(e is not d and e.span.precision == "day" and e.span.date and e.end <= d.start
               and d.start - e.end < 200 and not re.search(r"[.!?]\s", text[e.end:d.start])
               and _WEEKDAYS[e.span.date.weekday()] == w for e in found)


def _candidates(text: str, published: date | None, anchor: date | None, full: bool = False) -> list:
    """(start, end, priority, (span, kind)) of every pattern match; ``full``: scan the whole
    text with every pattern (the slow reference the windowed scan must agree with)."""
    rx = _regexes()
    cands = []
    if full:
        hits = {name: None for name, _ in _RESOLVERS}
    else:
        anchors_cs, anchors_ci, by_word, year_pats = _anchors()
        low = text.lower()
        it = anchors_cs.finditer(low) if len(low) == len(text) else anchors_ci.finditer(text)
        hits = {}
        for am in it:
            w = am.group()
            for name in (year_pats if w[0].isdigit() else by_word[w.lower()]):
                hits.setdefault(name, []).append(am.start())
        if not hits:
            return cands
    n = len(text)
    for prio, (name, fn) in enumerate(_RESOLVERS):
        if name not in hits:
            continue
        pat = rx[name]
        ps = hits[name]
        before, after = _WINDOW[name]
        if ps is None:
            ms = [m for m in pat.finditer(text) if m.end() > m.start()]
        else:
            ms = []
            pos = 0
            for p in ps:  # ascending: the leftmost match from pos, as pat.finditer(text) finds it
                if p < pos:
                    continue
                m = pat.search(text, max(pos, p - before), min(n, p + after))
                if m is None or m.start() > p or m.end() == m.start():
                    continue  # a match starting after p holds a later anchor: found from that one
                pos = m.end()
                ms.append(m)
        for m in ms:
            r = fn(m, published, anchor)
            if r is None:
                continue
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            cands.append((s, e, prio, r))
    return cands


def _choose(text: str, cands: list, published: date | None = None) -> list[DateMention]:
    """The longest of overlapping candidates (then the pattern listed first), ranges and year
    tails ("June 25 last year") merged."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, _, (span, kind) in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(DateMention(s, e, text[s:e], span, _kind(text, s, e, kind)))
    chosen.sort(key=lambda d: d.start)
    merged = _merge_that_year(text, _merge_night(text, _merge_day_names(text, _merge_year_tail(
        text, _merge_ranges(text, chosen), published))))
    names = _date_names()
    return [DateMention(d.start, d.end, d.text, UNKNOWN, d.kind) if (published and d.span.date and d.span.date > published)
            or (d.span.precision == "day" and _future_before().search(text, max(0, d.start - 60), d.start))
            else d for d in merged  # a day still to come ("on Aug 14" a week before it; "would appear in court on
            # Friday") dates no happening
            if not (d.span.precision == "day" and names.match(text, d.end))  # "the 13 May square": a name
            and not _not_happenings().search(text, max(0, d.start - 25), d.start)]  # "born in 1968"


@lru_cache(maxsize=1)
def _named_weekday() -> re.Pattern:
    """The words that make the weekday after them part of a name (dates.json named_weekday_before)."""
    return re.compile(rf"\b(?:{'|'.join(_lex()['named_weekday_before'])})\s+$")


@lru_cache(maxsize=1)
def _future_before() -> re.Pattern:
    """The words before a day that make it one still to come (dates.json future_before)."""
    return re.compile(_lex()["future_before"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_happenings() -> re.Pattern:
    """The words before a date that make it a birth or a founding (dates.json not_happenings)."""
    return re.compile(_lex()["not_happenings"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_names() -> re.Pattern:
    """The nouns after a day that make it a name ("the 13 May square", "26 July Avenue"; dates.json date_names)."""
    return re.compile(rf"\s+(?:{_alt(_lex()['date_names'])})\b", re.IGNORECASE)


_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that\s+(?:same\s+)?year\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _merge_that_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """'In 2002 alone ... In May of that year': the month in the year named before, not the last May."""
    out: list[DateMention] = []
    for m in found:
        if m.span.date and m.span.precision in ("day", "month") and (tail := _THAT_YEAR.match(text, m.end)) \
                and (year := next((int(y[-1]) for y in (_A_YEAR.findall(d.text) for d in reversed(out)) if y), None)):
            shift = year - m.span.date.year
            sp = DateSpan(*(_safe_date(d.year + shift, d.month, d.day) if d else None
                            for d in (m.span.date, m.span.start, m.span.end)), m.span.precision)
            m = DateMention(m.start, tail.end(), text[m.start:tail.end()], sp, m.kind)
        out.append(m)
    return out


_DAY_NAME = re.compile(r"(?:on\s+)?(?:(?:late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_OVERNIGHT = re.compile(r"\b(?:overnight|last\s+night)\b", re.IGNORECASE)
_DAY_NAME_GAP = re.compile(r",?\s*(?:the\s+)?")
_OVERNIGHT_GAP = re.compile(r"[^,;.:!?\u2014\u2013]{0,60}")
_ATTRIBUTIVE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:raids?|attacks?|strikes?|assaults?|shelling|bombardments?|barrages?|"
                         r"offensives?|incursions?|ambush(?:es)?|operations?|clashes|fighting|salvos?|waves?)\b", re.I)
_SAME_SENTENCE_GAP = re.compile(r"[^.;!?]{0,120}")


def _merge_day_names(text: str, found: list[DateMention]) -> list[DateMention]:
    """'on Sunday, June 14': the date names the day (a bare weekday is the latest such day, which
    may be another one); 'overnight on Aug. 28', 'an overnight attack on a village on Thursday':
    the day named, not the night before the report."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev and m.span.precision == "day" and m.span.date and prev.span.precision == "day" \
                and _explicit(m.text):
            if _DAY_NAME.fullmatch(prev.text) and _DAY_NAME_GAP.fullmatch(text, prev.end, m.start):
                out[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], m.span, prev.kind)
                continue
        if prev and m.span.precision == "day" and m.span.date and _OVERNIGHT.fullmatch(prev.text) \
                and prev.kind == m.kind and _OVERNIGHT_GAP.fullmatch(text, prev.end, m.start):
            out[-1] = m
            continue
        if prev and prev.span.precision == "day" and prev.span.date and _explicit(prev.text) \
                and prev.kind == m.kind and _OVERNIGHT.fullmatch(m.text) and _ATTRIBUTIVE.match(text, m.end) \
                and _SAME_SENTENCE_GAP.fullmatch(text, prev.end, m.start):
            continue  # "On 15 March, gunmen killed six in an overnight raid": the night of the day named
        out.append(m)
    return out


def _explicit(mention: str) -> bool:
    """A date that names its month or a weekday ("June 14", "Aug. 28", "on Thursday")."""
    return bool(re.search(r"\d", mention)) or bool(_DAY_NAME.search(mention))


# per pattern: a match starts at most `before` chars before its anchor word and ends (lookaheads
# included) within `after` chars from the anchor's start; about twice the longest phrasing
_WINDOW = {
    "iso": (2, 20), "dotted": (8, 20), "slashed": (8, 20),
    "yrange": (20, 30), "drange": (40, 30), "y": (40, 30), "mdy": (60, 45), "dmy": (60, 35),
    "my": (60, 35),
    "m": (30, 20), "wd": (60, 35), "wd_dm": (2, 20), "rel_day": (25, 35), "rel_period": (45, 35), "past_n": (25, 40),
    "ago": (35, 10), "recent": (25, 20), "since_n": (25, 20), "holiday": (10, 25), "later": (25, 25),
    "part_year": (40, 40),
}


@lru_cache(maxsize=1)
def _anchors() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The anchor words of each pattern: every match of the pattern contains one of them."""
    lx = _lex()
    need: dict[str, set[str]] = {}
    groups = [
        (lx["months"], ("mdy", "dmy", "my", "m", "drange")),
        (lx["weekdays"], ("wd", "wd_dm")),
        (["yesterday", "today", "tonight", "overnight", "night", "day", "morning", "afternoon", "evening"],
         ("rel_day",)),
        (["week", "month", "year", "weekend"], ("rel_period",)),
        (["past", "last", "previous"], ("past_n",)),
        (["ago"], ("ago",)),
        (["recent"], ("recent",)),
        (["years", "decades"], ("since_n",)),
        (["half", "quarter", "months"], ("part_year",)),
        (["christmas", "year"], ("holiday",)),
        (["later", "next", "following", "week", "day", "weeks", "days"], ("later",)),
    ]
    for words, names in groups:
        for w in words:
            need.setdefault(w.lower(), set()).update(names)
    order = [name for name, _ in _RESOLVERS]
    by_word = {w: tuple(sorted(v, key=order.index)) for w, v in need.items()}
    # \b(?:words)\b|\b(?:19|20)\d\d(?!\d), with the \b look-behind after the first character: a
    # pattern that starts with a literal lets re skip ahead to the characters the words start with
    first: dict[str, list[str]] = {}
    for w in [*by_word, "19", "20"]:
        first.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rest in sorted(first.items()):
        words = [r for r in rest if not r.isdigit()] if c.isalpha() else []
        years = [r for r in rest if r.isdigit()]
        tails = ([rf"(?:{_alt(words)})\b"] if words else []) + ([rf"(?:{_alt(years)})\d\d(?!\d)"] if years else [])
        alts.append(rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(tails)})")
    rx = "|".join(alts)
    # case-sensitive on the lower-cased text (3x faster) unless lower-casing changes its length
    return re.compile(rx), re.compile(rx, re.IGNORECASE), by_word, ("iso", "dotted", "slashed", "yrange", "y")


def full_names(kind: str) -> str:
    """The full names of ``kind`` ("months" or "weekdays" in dates.json), capitalised, as one regex
    alternation ("January|February|..."): for patterns elsewhere that must tell a name from a count."""
    longest: dict[int, str] = {}
    for word, n in _lex()[kind].items():
        if len(word) > len(longest.get(n, "")):
            longest[n] = word
    return "|".join(w.capitalize() for _, w in sorted(longest.items()))


def report_window(published: date | None) -> DateSpan:
    """Fallback for a figure with no date of its own: the report date, with a wider window.

    ``date`` is the publication day, the window reaches back ``report_window_days`` days and the
    precision is ``week`` (no false day precision). Unknown when ``published`` is None.
    """
    if published is None:
        return UNKNOWN
    return _report_window(published)


@lru_cache(maxsize=256)
def _report_window(published: date) -> DateSpan:  # keyed by the date: one per article
    back = int(_lex()["report_window_days"])
    return DateSpan(published, published - timedelta(days=back), published, "week")
