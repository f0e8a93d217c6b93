"""Events and their figures: one pass over an article's sentences.

For each sentence: its figures (etl.measures), the happening it reports (patterns/events.json),
and the context of both: date (etl.dates), place (etl.places), actor (etl.actors), claimant and
claim status (etl.claims). Figures of one sentence share one event. `link_incidents` then gives
the events of several articles that report the same happening one `incident_id`.
"""
from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from itertools import pairwise

from etl import claims, dates, places
from etl.articles import Article
from etl.grids import grid_figures
from etl.lexicon import lower_same_length, plain_same_length, required_words, trie_regex
from etl.measures import (
    WHO,
    Figure,
    counted_weapons,
    find_figures,
    heading_action,
    listed_figures,
    scan,
    side_of,
    without_disaster_strikes,
)
from etl.measures import lex as measures_lex
from etl.nlp import sentences
from etl.readers.text import dateline_end, is_bullet

try:  # the actors module is optional until it lands
    from etl import actors as _actors
except ImportError:  # pragma: no cover
    _actors = None


@dataclass(frozen=True)
class _EventLex:
    taxonomy: dict
    metric_types: dict
    strong: set
    patterns: list   # [(id, sub_event_type, compiled, compiled `unless` or None)] in priority order
    keys_rx: re.Pattern   # word starts that a pattern's match must contain
    key_patterns: dict    # matched key (lower case) -> indexes of the patterns it may start
    protest_family: set
    protest_outcomes: list  # [(sub_event_type, compiled)] most severe first
    armed_targets: re.Pattern
    no_casualties: frozenset
    background_nouns: frozenset  # the war as background after a possessive ("Russia's invasion")
    reference_nouns: frozenset   # back-references after "the", "this" ("The incursion was...")
    generic_nouns: frozenset     # back-references to any happening ("the attack")
    possessive: re.Pattern
    definite: re.Pattern
    duration: re.Pattern  # "after months of fighting": the war as background
    separate: re.Pattern  # "In a separate incident, ...": another happening (events.json "separate_happening")
    later_action: re.Pattern  # "in a follow-up raid": a happening after the story's (events.json "later_action")
    toll_of_its_own: re.Pattern  # "the toll from Sunday's strike": a toll of a happening named (events.json)
    overall_toll: re.Pattern  # "an overall toll": a sum of the counts before it (events.json "overall_toll")



@cache
def lex() -> _EventLex:
    raw = json.loads(resources.files("etl.patterns").joinpath("events.json").read_text("utf-8"))
    pats = [(p["id"], p["sub_event_type"], re.compile(p["regex"], re.I),
             re.compile(p["unless"], re.I) if "unless" in p else None) for p in raw["patterns"]]
    stems = {k.lower() for p in raw["patterns"] for k in p["keys"]}
    key_patterns = {s: frozenset(i for i, p in enumerate(raw["patterns"])
                                 if any(s.startswith(k.lower()) for k in p["keys"])) for s in stems}
    po, bg = raw["protest_outcomes"], raw["background"]
    return _EventLex(raw["taxonomy"], raw["metric_types"], set(raw["strong_metrics"]), pats,
                     re.compile(rf"(?<![\w-]){trie_regex(stems)}"), key_patterns, set(po["family"]),
                     [(sub, re.compile(rx, re.I)) for sub, rx in po["order"]],
                     re.compile(raw["armed_targets"]["regex"], re.I),
                     frozenset(raw["no_casualties"]["sub_event_types"]),
                     frozenset(bg["background_nouns"]), frozenset(bg["nouns"]), frozenset(bg["generic_nouns"]),
                     re.compile(bg["possessive"], re.I), re.compile(bg["definite"], re.I),
                     re.compile(bg["duration"], re.I), re.compile(raw["separate_happening"]["regex"]),
                     re.compile(raw["later_action"]["regex"], re.I),
                     re.compile(raw["toll_of_its_own"]["regex"], re.I), re.compile(raw["overall_toll"]["regex"], re.I))


_WS = re.compile(r"\s+")


def candidates(text: str) -> list[tuple[int, frozenset]]:
    """(position, pattern indexes) of every prefilter key in `text`, in one pass."""
    kp = lex().key_patterns
    return [(m.start(), kp[_WS.sub(" ", m.group())]) for m in lex().keys_rx.finditer(lower_same_length(text))]


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


_NEGATED = re.compile(r"\b(?:(?:not|never|no|n't)\s+(?:\w+\s+)?|without\s+(?:\w+\s+){0,2})$", re.I)  # "it had not
# attacked civilians", "the talks ended without agreement", "without reaching a ceasefire"


def classify(sentence: str, figures: list[Figure] = (), cands: frozenset | None = None,
             offset: int = 0) -> tuple[str, str, int, int] | None:
    """(sub_event_type, pattern id, trigger start, trigger end) of the happening a sentence reports,
    offsets relative to the sentence. `cands`: indexes of the patterns whose keys occur in the
    sentence (found here when None); `offset`: where the sentence starts in the figures' text."""
    lx = lex()
    metrics = [f.metric for f in figures]
    strong = next((m for m in metrics if m in lx.strong), None)
    if strong:
        f = figures[metrics.index(strong)]
        return lx.metric_types[strong], f"metric.{strong}", f.start - offset, f.end - offset
    if cands is None:
        cands = frozenset().union(*(ids for _, ids in candidates(sentence)))
    casualties = any(m in ("killed", "injured") for m in metrics)
    for i in sorted(cands):
        pid, sub, rx, unless = lx.patterns[i]
        if casualties and sub in lx.no_casualties:
            continue  # "injured when debris from a downed drone hit their home" is no interception
        if (m := rx.search(sentence)) and not (unless and unless.search(sentence)) \
                and not _NEGATED.search(sentence, max(0, m.start() - 24), m.start()):
            weapon = next((f for f in figures if f.metric.startswith(("drones_", "missiles_"))), None)
            if sub == "attack" and weapon is not None:  # "attacked Ukraine with 479 drones": a drone strike
                return lx.metric_types[weapon.metric], f"metric.{weapon.metric}", weapon.start - offset, weapon.end - offset
            if sub == "attack" and lx.armed_targets.search(sentence):
                sub = "armed_clash"  # armed people or military sites attacked: a clash, not violence against civilians
            return sub, pid, m.start(), m.end()
    if figures:
        f = figures[0]
        return lx.metric_types[f.metric], f"metric.{f.metric}", f.start - offset, f.end - offset
    return None


@dataclass
class _Sentence:
    start: int
    end: int
    para: int
    text: str


# counts a side keeps of what was launched or shot down: a denial of the act does not dispute them
_KEPT_COUNTS = frozenset(["drones_launched", "drones_intercepted", "drones_lost", "missiles_launched",
                          "missiles_intercepted"])
_STOCKS = frozenset(["hold", "custody"])  # "has 11,000 troops", "are held": now, not the paragraph's past day
_RUNNING = re.compile(r"(?<!\bto\s)\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|since\s+)?(?:been\s+)?"
                      r"(?!(?:counted|confirmed|found|recovered|identified)\b)[a-z]+(?:ed|en)\b",  # "We have counted 34
                      re.I)  # dead": a count of the happening told, not a running one
_SINCE = re.compile(r"\bsince\b[^.;,:\u2014]{0,100}$", re.I)  # a date inside a since-clause
# "Sanaa, which the Houthis have controlled since 2014, ...": a since-date describing something else
_RELATIVE_SINCE = re.compile(r"\b(?:which|who|whom|whose|where)\b[^.;,]{0,80}$"  # "a ceasefire that has held since 2020"
                             r"|\b[a-z]+\s+that\s+(?:has|have|had)\s+(?:\w+\s+)?(?:held|lasted|existed|been)\b[^.;,\d]{0,60}$"
                             r"|\b[a-z]+\s+that\s+(?:once\s+|had\s+|have\s+)?(?:fought|battled|ruled|controlled|seized|"
                             r"captured|governed|joined|formed|split|emerged)\b[^.;,]{0,80}$",  # "groups that fought side
                             re.I)  # by side against Al-Shabaab two years ago": the groups' past, not the count's day
# "Fano, the Amhara militia fighting federal forces since 2023, said ...": a date in the source's apposition
_APPOSED = re.compile(r",\s+(?:the|a|an)\s[^,;.]{0,80}$", re.I)
# a noun phrase set beside a place or group, telling its past ("Crimea, the peninsula Russia seized from Ukraine in")
_APPOSED_THING = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:peninsula|region|province|territory|city|town|"
                            r"country|state|enclave|group|movement|militia|party|camp|port|base|area)\b[^,;.]{0,60}$", re.I)
_BEGAN = re.compile(r"\b(?:which|that)\s+(?:\w+\s+)?(?:began|started|erupted|broke\s+out|flared)\b[^.;,]{0,40}$", re.I)


# "up from 578,000 in June", "triple the number from a year ago": the date of the figure compared with
_COMPARED = re.compile(r"\b(?:up|down|rising|falling)\s+from\s+(?:(?:about|some|roughly|around|nearly|almost|just|only|"
                       r"a\s+peak\s+of|a\s+high\s+of|a\s+low\s+of|a\s+record)\s+)*[\d,.]+(?:\s+\w+)?\s+$|"
                       r"\bcompared\s+(?:with|to)\s+[\d,.]+(?:\s+\w+)?\s+$|"
                       r"\b(?:number|figure|level|total|toll)\s+(?:from|of)\s+$|\bthan\s+$", re.I)
_WHEN = re.compile(r",?\s+when\b")


def _when_clause(d, sentence: str, pos: int, published):
    """'since September 2021, when 119 inmates were killed': the figure in the when-clause happened
    then; the since-date is its date, not the start of a running count."""
    if d.kind == "since" and d.start < pos and _WHEN.match(sentence, d.end):
        again = dates.find_dates(re.sub(r"^since\b", "in", d.text, flags=re.I), published)
        if len(again) == 1 and again[0].span.precision != "unknown":
            return replace(d, span=again[0].span, kind="when")
    if d.kind == "happening" and d.start < pos and _WHEN.match(sentence, d.end) \
            and re.search(r"\bsince\b[^.;,]{0,40}$", sentence[max(0, d.start - 50):d.start], re.I):
        return replace(d, kind="when")  # "the largest since February 3, when Russia fired 450 drones", "since
        # the war began on Oct. 7, 2023, when militants killed around 1,200 people"
    return d


_CLAUSE_MARK = re.compile(r"[,;](?!\d)")
# a time named outright ("in August", "in October 2025"), not one relative to another ("the previous three months")
_NAMED_TIME = re.compile(r"\b(?:1[89]\d\d|20\d\d|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")


_EARLIER = re.compile(r"[^,;.]{0,25}?\b(?:(?P<m>(?:a|one)\s+month\s+(?:earlier|before)|"
                      r"the\s+(?:previous|preceding|prior)\s+month|the\s+month\s+before)|(?P<y>(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+same\s+(?:period|month|time|"
                      r"quarter)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year|the\s+(?:previous|preceding|prior)\s+year|"
                      r"the\s+year\s+before)|(?P<q>the\s+(?:previous|preceding|prior)\s+quarter|the\s+quarter\s+before)|"
                      r"(?P<w>(?:a|one)\s+week\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+week))\b", re.I)


def _earlier_period(sentence: str, pos: int, base: dict | None):
    """'against 529 the month before', 'compared with 4,239 in the same period last year': the span of
    the figure compared with, a month, year or week back (none when that figure has no date)."""
    m = _EARLIER.match(sentence, pos)
    if m is None or base is None or base["date_precision"] not in ("day", "week", "month", "year") or not base["date"]:
        return None

    def back(d):
        if m["w"]:
            return d - timedelta(days=7)
        months = 1 if m["m"] else 3 if m["q"] else 12
        y, mo = divmod(d.year * 12 + d.month - 1 - months, 12)
        return date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))

    return dates.DateSpan(back(base["date"]), back(base["date_start"]), back(base["date_end"]), base["date_precision"])


def _clause_end(sentence: str, pos: int) -> int:
    m = _CLAUSE_MARK.search(sentence, pos)
    return m.start() if m else len(sentence)


_OTHER_COUNT = re.compile(r"[,;]\s+(?:and|while|but|whereas)\s+"
                          r"(?!(?:also\s+)?(?:wounded|injured|wounding|injuring|hurt|abducted|kidnapped|displaced)\s)"  # not the
                          # same subject's next verb: "killed eight civilians, among them three children, and wounded 15
                          # others on Sunday"
                          r"[^,;]*?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|dozens|hundreds|thousands)\b)"
                          r"|\([^()]*:\s*\d", re.I)  # "Civilians killed: 214 (December 2025: 187)": the month's own count


_ELSEWHERE = re.compile(r"[,;]\s+(?:while|whereas|but)\s+(?:in|at|near|across)\s+", re.I)
_A_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", re.I)


def _same_clause(sentence: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not _CLAUSE_MARK.search(sentence, lo, hi)  # not the comma of "1,031"


_PERIOD_LINE = re.compile(r"^[ \t]*(?:[-\u2022*]\s*)?(?:reporting\s+period|period\s+covered|period\s+under\s+review|"
                          r"covering(?:\s+the\s+period)?|coverage)\s*:?\s*(?P<when>[^\n]{4,60})$", re.I | re.M)


_UPDATED_LINE = re.compile(r"(?:(?:last\s+)?updated|published|posted)\b", re.I)


def _live_entries(text: str, published) -> list[tuple[int, int, dates.DateSpan]]:
    """The entries of a live blog: (start, end, day) from each line that gives a day and nothing
    else ("15 June, 21:55", "Sunday 6 July", "Mon 22 Jul 2024") to the next; none unless two or
    more such lines head text. An entry's "overnight", "this evening" or "on Tuesday" is counted
    from its day, and its undated figures take that day, not the page's last update."""
    heads = []
    pos = 0
    for raw in text.split("\n"):
        at, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not 4 <= len(line) <= 60 or not any(c.isdigit() for c in line):
            continue
        found = dates.find_dates(line, published)
        if len(found) == 1 and found[0].span.precision == "day" and found[0].span.date \
                and _issue_line(line, [(found[0].start, found[0].end)]) \
                and not _UPDATED_LINE.match(line) \
                and (published is None or found[0].span.date <= published):
            heads.append((at, found[0].span))
    if len(heads) < 2:
        return []
    ends = [h[0] for h in heads[1:]] + [len(text)]
    return [(start, end, span) for (start, span), end in zip(heads, ends, strict=True)]


def _entry_dates(text: str, published, entries: list) -> list:
    """The text's date mentions, those of a live blog entry resolved against its own day."""
    if not entries:
        return dates.find_dates(text, published)
    found = [d for d in dates.find_dates(text[:entries[0][0]], published)]
    for start, end, span in entries:
        found += [replace(d, start=d.start + start, end=d.end + start) for d in dates.find_dates(text[start:end], span.date)]
    return found


def _reporting_period(text: str, published, title: str = "", tabled: bool = False) -> list:
    """The window a report's line names ("Reporting period: 24 April - 7 May 2026"), as a list of
    its one span (empty when the text names none). A table's compilation names it in its title ("Central Sahel
    weekly conflict table, 9-15 June 2025", "militant violence by district, October 2025") or in the lines that
    introduce it ("The table below summarises incidents recorded during the week of 3 to 9 February 2025")."""
    m = _PERIOD_LINE.search(text)
    if m:
        found = [d for d in dates.find_dates(m["when"], published) if d.kind == "range" and d.span.start]
        return [found[0].span] if found else []
    if not tabled:
        if _BULLETIN.search(title or ""):  # "Mali Security Bulletin No. 38 — September 2023": the month it covers
            months = [d.span for d in dates.find_dates(title, published) if d.span.precision == "month"
                      and d.span.start and (published is None or d.span.start <= published)]
            return months if len(months) == 1 else []
        return []
    intro = text[:next((g.start() for g in _TABLE_LINE.finditer(text)), len(text))]
    for where in (title, *[s for s in re.split(r"(?<=[.:])\s+|\n+", intro) if _COMPILED.search(s)]):
        spans = [d.span for d in dates.find_dates(where or "", published) if d.kind in ("range", "happening")
                 and d.span.start and d.span.end and 1 <= (d.span.end - d.span.start).days <= 31]
        if len(spans) == 1:
            return spans
    return []


_TABLE_LINE = re.compile(r"^[^\n|]*\|[^\n]*\|", re.M)  # the first line of a table's cells
_BULLETIN = re.compile(r"\b(?:bulletin|update|digest|brief|briefing|snapshot|sitrep|situation\s+report|overview|"
                       r"monthly\s+report|report\s+for|dashboard|monitor)\b", re.I)
_COMPILED = re.compile(r"\b(?:table|tables|figures|compiles?|compiled|summari[sz]es?|recorded|snapshot|weekly|monthly|"
                       r"records|breakdown|by\s+(?:district|region|province|state|zone|country|governorate|week|month))\b", re.I)


_PAST_SPAN = re.compile(r"\b(?:past|last|previous|preceding)\s+(?:\d+\s+|two\s+|three\s+|seven\s+|few\s+)?"
                        r"(?:hours|days|day|week|weeks)\b", re.I)


def _to_statement_day(found: list, published) -> list:
    """'said Sunday that 6,300 people had been displaced in the past week': the week before the
    statement's day, not before the report's."""
    said = next((d for d in found if d.kind == "report" and d.span.precision == "day" and d.span.date
                 and published and d.span.date < published), None)
    if said is None:
        return found
    out = []
    for d in found:
        if d.kind == "happening" and _PAST_SPAN.search(d.text) and (again := dates.find_dates(d.text, said.span.date)):
            d = replace(d, span=again[0].span)
        out.append(d)
    return out


def _recent_span(span, published) -> bool:
    return published is None or span.end is None or (published - span.end).days <= 366


# a happening named as known ("the attack", "the deadly raid"): what a statement's day came after, and what a
# sentence that dates a toll names again
_HAPPENING_NOUNS = (r"(?:attacks?|strikes?|air\s?strikes?|raids?|bombing|bombardment|ambush|assault|massacre|shelling|explosion|"
                    r"blast|shooting|killings?)")
# "the toll of Tuesday's militia attack", "the toll from a weekend attack": the day of the happening counted, not a
# toll of that day compared
_DAY_OF_HAPPENING = re.compile(rf"(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,2}}?{_HAPPENING_NOUNS}\b", re.I)
_AFTER_WHAT = re.compile(rf"\s+the\s+(?:[\w-]+\s+)?{_HAPPENING_NOUNS}\b", re.I)


def _after_the_happening_told(sentence: str, d, found: list) -> bool:
    """", three days after the attack" right after a statement's day ("rescuers said on Wednesday"): the day of
    the attack the sentence counts the dead of."""
    return bool(sentence) and d.text.lower().endswith("after") and _AFTER_WHAT.match(sentence, d.end) is not None \
        and any(o.kind == "report" and o.end == d.start for o in found)


def _date_for(found: list, pos: int, para_dates: list, published, sentence: str = "",
              running: bool = False) -> dates.DateSpan:
    """The date of what a sentence reports at `pos`: its own nearest happening date, else its
    report date ("said Wednesday"), else the paragraph's last date, else the report window.
    A running total ("since the war began in April 2023", "since October 7") is dated to the
    report, with the window from its start: the start is not when the figure happened. So is a
    figure in the present perfect (`running`) beside a date over a month before the report ("The
    war erupted in April 2023 and has killed tens of thousands")."""
    # "Two days later, the army said": before the figure; not "before a ceasefire the following day"
    found = [replace(d, kind="happening") if d.kind == "later" else d for d in found
             if (d.kind != "later" or d.start < pos or (sentence and d.start - pos < 60 and d.text.lower().endswith("later")
                                                         and _same_clause(sentence, pos, d.start))
                 or _after_the_happening_told(sentence, d, found))
             and d.kind != "frame"]  # "the deadliest this year": no date; "were released ten days later": that day;
    # "..., rescuers said on Wednesday, three days after the attack": the attack's day
    if sentence:
        # "Sudan's war, which began in April 2023, has killed ...": the start of a running count; other
        # dates in a relative clause describe something else ("Sanaa, which they have held since 2014")
        began = {id(d) for d in found if d.start < pos and _BEGAN.search(sentence, max(0, d.start - 60), d.start)}
        found = [_when_clause(replace(d, kind="since") if id(d) in began else d, sentence, pos, published)
                 for d in found
                 if (id(d) in began or not ((_RELATIVE_SINCE.search(sentence, 0, d.start)
                                             or (d.start < pos and _APPOSED.search(sentence, 0, d.start)
                                                 and sentence.find(",", d.end, pos) >= 0
                                                 and not _WHEN.match(sentence, d.end)))
                                            and not _same_clause(sentence, d.end, pos)))
                 and not (_COMPARED.search(sentence, max(0, d.start - 40), d.start)
                          and not _DAY_OF_HAPPENING.match(sentence, d.end))
                 and not (d.start > pos and d.span.precision == "year"  # "over Crimea, the peninsula Russia seized
                          and _APPOSED_THING.search(sentence, max(pos, d.start - 100), d.start))]  # in 2014": the place's
    if sentence:  # not the day of a later clause with a count of its own ("..., while in Niger 17 were killed on
        # July 8", "In June 2023, gunmen killed 30, and in March this year an attack killed 11")
        found = [d for d in found if not (d.start > pos and _OTHER_COUNT.search(sentence, pos, _clause_end(sentence, d.end)))]
        if (b := _ELSEWHERE.search(sentence, 0, pos)) and _A_COUNT.search(sentence, 0, b.start()):
            # "... on Saturday, wounding three, while in Syria an attack killed seven": the days before are
            # the other place's count's, and so are the paragraph's
            found, para_dates = [d for d in found if d.end > b.start()], []
    whens = {d.start for d in found if d.kind == "when"}  # "since February 3, when ...": that day, no since-date
    found = [replace(d, kind="happening") if d.kind == "when" else d for d in found]
    since = [d for d in found if d.kind == "since" or (sentence and d.start not in whens
                                                      and (m := _SINCE.search(sentence, 0, d.start))
                                                      and not m.start() < pos < d.start)]
    # "Tensions have soared since gunmen killed 14 pilgrims on 2 May": the since-clause tells the
    # figure's own happening, and its date is that day
    happening = [d for d in found if d.kind in ("happening", "range") and d.span.precision != "unknown"
                 and d not in since]
    if sentence and any(d.start < pos for d in happening):  # "On Saturday, a missile ... injuring 16 people, and on
        happening = [d for d in happening if not (d.start > pos and _NEXT_CLAUSE_DAY.search(sentence, pos, d.start))]
        # Thursday fragments hit a school": the day that opens the next clause is that clause's
    if happening and since:  # "31 deaths between 12 and 18 January, bringing the total since 8 December to 142"
        near_since = min(since, key=lambda d: abs(d.start - pos))
        closer = abs(near_since.start - pos) < min(abs(d.start - pos) for d in happening)
        if closer and ((near_since.start < pos and all(d.start < near_since.start for d in happening))
                       or (near_since.start > pos and sentence and _same_clause(sentence, pos, near_since.start)
                           and all(d.start > near_since.end or (d.end <= pos and not _same_clause(sentence, d.end, pos))
                                   for d in happening))):  # "In February, a colleague was killed ..., and another
            # officer has been missing since Tuesday": the day of another clause's count
            happening = []  # "arrested 1,031 people since July 2024, the secretary said on Thursday"
    if not happening:  # "in the 2019-2020 offensive": years long past, with no day of their own
        past = [d for d in found if d.kind == "range" and d not in since and d.span.start and d.span.end
                and (published is None or (published - d.span.end).days > 31)]
        if past:
            return min(past, key=lambda d: abs(d.start - pos)).span
    if happening:
        near = min(happening, key=lambda d: abs(d.start - pos))
        if sentence and near.end <= pos and near.span.precision == "day" and near.span.date \
                and (cause := _CAUSE_AFTER.search(sentence, near.end, pos)) \
                and not _CLAUSE_MARK.search(sentence, cause.end(), pos):
            return dates.report_window(near.span.date)  # "deployed troops on Monday after a weekend of violence in
            # which gunmen killed four people": before that day, not on it
        if not (running and published and near.span.end and (published - near.span.end).days > 31):
            return near.span
        since, happening = [*since, near], []
    if happening:
        return min(happening, key=lambda d: abs(d.start - pos)).span
    if since:
        first = min((d.span.start for d in since if d.span.start), default=None)
        return dates.DateSpan(published, first, published, "unknown") if published else since[0].span
    report = [d for d in found if d.span.precision != "unknown"]
    if report:
        return min(report, key=lambda d: abs(d.start - pos)).span
    if para_dates:
        return para_dates[-1]
    return dates.report_window(published)


_SAME_PERIOD = re.compile(r"\b(?:during|over|in|for|throughout)\s+(?:the\s+same\s+(?P<same>period|month|year)"
                          r"|the\s+(?:[\w-]+-(?:day|week|month)\s+)?(?P<unit>month|year|period)"
                          r"(?!\s+(?:before|earlier|after|prior|to|of|since|ago)\b))\b", re.I)


def _last_period(found: list, last: dict, sentence: str = "") -> dict:
    """The last month and the last year a happening was dated to ({"month": span, "year": span, "period": either});
    not a yardstick's ("98 shootings, up from 81 in 2023")."""
    for d in found:
        if d.kind not in ("happening", "range") or not d.span.start or _COMPARED.search(sentence, max(0, d.start - 40), d.start):
            continue
        if d.span.precision in ("month", "year"):  # (not a span of days: "between March 6 and March 10" told
            last = {**last, d.span.precision: d.span, "period": d.span}  # before a rival toll "over the same period"
    return last


def _same_period(sentence: str, found: list, last: dict) -> list:
    """'Three Israelis were killed during the month', '612 were injured over the same period': the month, year or
    period a happening was dated to before, when the sentence dates none of its own."""
    if not last or any(d.kind in ("happening", "range") and d.span.precision != "unknown" for d in found):
        return found
    m = _SAME_PERIOD.search(sentence)
    span = m and last.get((m["same"] or m["unit"]).lower())
    return [*found, dates.DateMention(m.start(), m.end(), m.group(), span, "happening")] if span else found


_NEXT_CLAUSE_DAY = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:on\s+|in\s+|at\s+|late\s+|early\s+|last\s+)*$", re.I)
# a clause of what came before the main clause's day: "on Monday after gunmen killed four people"
_CAUSE_AFTER = re.compile(r"\b(?:after|following)\s+(?!(?:dawn|daybreak|sunrise|noon|midday|dusk|sunset|nightfall|midnight|"
                          r"\d|hours|minutes|days)\b)", re.I)
# more of the casualties a happening placed before had ("11 others were wounded", "were wounded in the strikes")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|while)?\s*")  # "killing one civilian and wounding three soldiers"
_MORE_OF_THEM = re.compile(r"\b(?:other|others|another|further)\b|\bmore(?!\s+than)\b", re.I)  # "11 others were wounded"
# a count that adds to or picks from a happening told before
_GOES_ON_WITH = re.compile(_MORE_OF_THEM.pattern + r"|\b(?:also|of\s+(?:the|these|those|them|whom|which))\b", re.I)
_IN_THE_HAPPENING = re.compile(rf"[^.;,]{{0,30}}?\b(?:in|by|during|from)\s+the\s+(?:[\w-]+\s+)?{_HAPPENING_NOUNS}\b", re.I)
_ANOTHER_SOURCE = re.compile(r"\s*(?:Another|A\s+second|A\s+third)\s+(?:[a-z]+\s+)?(?:source|official|witness|resident|doctor|"
                             r"medic|officer|commander)\b")  # "Another source said at least 63 had been killed"
# "JNIM claimed the attack on Monday, saying it had killed 73": the attack told of before, on its day
_CLAIMED_THE = re.compile(r"\b(?:claimed|claiming|claims)\s+(?:responsibility\s+for\s+)?the\s+(?:\w+\s+)?(?:attack|assault|"
                          r"strike|bombing|raid|ambush|killings?|operation)\b", re.I)
_GOES_ON = re.compile(r"\s*(?:(?:At\s+least|More\s+than|Some|About|Around|Nearly|Up\s+to)\s+)?"
                      r"(?:\d|(?:The|They|It|Its|Their|He|She|His|Her|Those|These|Two|Three|Four|Five|Six|Seven|Eight|"
                      r"Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|"
                      r"Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Dozens|Hundreds|Thousands|Several|Many|Most|All|Among)\b)")
_DEFINITE_START = re.compile(r"\s*(?:The|They|It|Its|Their|Those|These)\s")
_SAID_THAT = re.compile(r"[^,.;\"\u201c]{0,80}?\b(?:said|says|told\s+\w+|reported|added)\s+(?:that\s+)?"
                        r"(?=the\s+(?:[\w-]+\s+){1,3}?(?:had\s+)?(?:[a-z]+ed|struck|shot|hit|fought|blew|broke|began|set|"
                        r"overran|stormed)\b)")  # "... said the attackers stormed the village late on Sunday"
_SPEECH_LED = re.compile(r"\s*The\s+(?:[\w'\u2019-]+\s+){1,3}?(?:said|says|reported|added|announced|stated)\b")
_BY_BEFORE = re.compile(r"\b(?:by|until|till|as\s+of)\s+(?:late\s+|early\s+)?$", re.I)  # "brought in by Tuesday evening"
_CAUSE_BEFORE = re.compile(r"\b(?:after|before|following|since|until|(?:in\s+|a\s+)?response\s+to|retaliation\s+for|revenge\s+for"
                           # "erupted after blasts on Thursday", "a response to a missile launched on Saturday"; not
                           r"|(?<!killed )(?<!wounded )(?<!injured )(?<!died )(?<!hurt )when)\b"  # (but "were killed when
                           # the militia attacked the ship on Sunday" is the killing's day)
                           r"(?!\s+(?:dawn|daybreak|sunrise|first\s+light|noon|midday|dusk|sunset|nightfall|midnight)\b)"
                           r"[^,;]*$", re.I)  # "began before dawn on Sunday"
_HURT_BEFORE = re.compile(r"\b(?:killed|wounded|injured|died|hurt)\b[^.;]{0,80}$", re.I)


def _cause_before(text: str, lo: int, hi: int) -> bool:
    """A day in a clause of cause before the happening's ("erupted after blasts on Thursday"); not a when-clause
    that tells when the casualties before it fell ("33 were injured, including one police officer, when fighting
    broke out on Sunday")."""
    m = _CAUSE_BEFORE.search(text, lo, hi)
    return m is not None and not (m.group().lower().startswith("when") and _HURT_BEFORE.search(text, 0, m.start()))


_AFTERWARDS = frozenset(["release", "rescue", "return"])  # what becomes of the people a happening before took
_RELATIVE_NIGHT = re.compile(r"(?:overnight|last\s+night|during\s+the\s+night)", re.I)  # a night told from the report day
_COUNT_WORDS = re.compile(r"\b(?:number|toll|total|tally)\b", re.I)


_OWN_PLACE_WORD = re.compile(r"\b(?:in|on|at|near|over)\s+(?:the\s+)?"  # not a month ("30 in October")
                             rf"(?!(?:{dates.full_names('months')}|{dates.full_names('weekdays')})\b)"
                             r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
_LEAD_NAME = re.compile(r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s*,?\s+(?:with|at)\s")  # "Plateau with 1,870"
_OF_THOSE_OPEN = re.compile(r"\s*(?:Of|Among)\s+(?:those|these|them|which|the\s+total)\s*,\s*$")


_HAPPENING_OWNS = re.compile(r"\b(?:strike|attack|blast|bombing|explosion|raid|massacre|ambush|shelling)['\u2019]s\s+$",
                             re.I)


def _told_before(measures: list[dict], sents: list[_Sentence], i: int) -> list[dict]:
    """The rows of the sentence before, in the same paragraph, the latest first."""
    if not i or sents[i - 1].para != sents[i].para:
        return []
    return [m for m in reversed(measures) if m["_sent"] == sents[i - 1].start]


def _part_of_before(measures: list[dict], sents: list[_Sentence], i: int, f) -> dict | None:
    """The count of the sentence before that "Eleven of them remain in hospital" picks from (same metric,
    larger), or that a sentence opening "Of those, 2,000 ..." breaks down into counts adding up to it
    ("... 2,900 bodies had been recovered. Of those, 2,000 have been buried and 900 remain in morgues"); not
    a count of another kind ("58 peacekeepers lost their lives. Of these, 16 were killed in malicious acts,
    while the rest died of illness")."""
    sent = sents[i]
    if f.start == f.num_start and _OF_THEM.match(sent.text, f.num_end - sent.start):  # "23 people were wounded. Eleven
        # of them remain in hospital"; not "Soldiers neutralised six of them" (the attackers)
        return next((m for m in _told_before(measures, sents, i) if m["metric"] == f.metric and m["value"] > f.value),
                    None)
    if not _OF_THOSE_OPEN.fullmatch(sent.text, 0, f.num_start - sent.start):
        return None
    parts = sum(n.value or 0 for n in scan(sent.text)[0])
    return next((m for m in _told_before(measures, sents, i) if m["metric"] == f.metric and m["value"] == parts), None)


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)


def _whole_before(measures: list[dict], sents: list[_Sentence], i: int, f) -> dict | None:
    """The count of the sentence before that "12 of them" picks from, in the same paragraph, when it was
    dated: the part happened in its time and place ("1,268 Ukrainians crossed into Moldova last year. At
    least 12 of them were found dead")."""
    if not _OF_THEM.match(sents[i].text, f.num_end - sents[i].start):
        return None
    return next((m for m in _told_before(measures, sents, i) if m["value"] > f.value
                 and m["date_precision"] != "unknown"), None)


def _goes_on(sents: list[_Sentence], i: int) -> bool:
    """A paragraph that goes on with the happening of the one-sentence paragraph before it
    ("Jihadists stormed the base early on Saturday. // At least 40 soldiers were killed"): it opens
    with a count or a back-reference, not with a new place, time or topic ("In Niger, ...",
    "Separately, ..."). An answer goes on with the question before it ("Q: What happened on
    Wednesday? // A: It killed two brothers"), and so does one naming again, as known, a thing it named."""
    return bool(_GOES_ON.match(sents[i].text)) or (i > 0 and sents[i - 1].text.rstrip().endswith("?")) \
        or (i > 0 and _same_thing(sents[i - 1].text, sents[i].text)
            and not lex().separate.match(sents[i].text))  # "... condemns the attack on the village of Gungong on
    # Monday 6 November. // According to witnesses, armed men stormed the village at about 3 a.m., killing nine"


_THING = re.compile(r"\b(?:base|attack|assault|raid|strike|ambush|village|town|camp|convoy|post|checkpoint|market|school|"
                    r"hospital|mosque|church|bus|train|ship|vessel|prison|building|station|outpost|barracks|compound)"
                    r"(?:e?s)?\b", re.I)


def _thing(word: str) -> str:
    """The singular of a ``_THING`` noun ("villages": village; "barracks", "bus" stay)."""
    w = word.lower()
    return w if w in ("barracks", "bus") else w[:-2] if w.endswith(("ses", "ches")) else w[:-1] if w.endswith("s") else w


def _same_thing(sentence: str, nxt: str) -> bool:
    """The next sentence names again, as known, a thing the sentence named ("an attack on an army base
    ... // Hundreds of fighters stormed the base at dawn on Sunday")."""
    named = {_thing(m.group()) for m in _THING.finditer(sentence)}
    if not named:
        return False
    return any(_thing(m.group()) in named and re.search(r"\bthe\s+(?:[\w-]+\s+)?$", nxt[max(0, m.start() - 20):m.start()], re.I)
               for m in _THING.finditer(nxt))


def _next_day(nxt: _Sentence, found: list, sent: _Sentence, named: bool = False):
    """The day the next sentence gives the happening when it goes on about it ("Militants killed 17
    soldiers, officers said Wednesday. The fighters attacked the base late Monday."): a mention
    with the next sentence's day, placed at the end of this one. Not when the next sentence is
    somebody's statement, a total, or counts the same things again (a happening of its own). ``named``: only when it
    names again a thing this one named, or says how it happened (to date anew a night told from the report day)."""
    days = [d for d in found if d.kind == "happening" and d.span.precision == "day" and d.span.date
            and not _cause_before(nxt.text, max(0, d.start - nxt.start - 60), d.start - nxt.start)
            and not _BY_BEFORE.search(nxt.text, max(0, d.start - nxt.start - 20), d.start - nxt.start)]
    if len(days) != 1:  # (first: most sentences have no day, and the tests below are dearer)
        return None
    told = _SAID_THAT.match(nxt.text)  # "Police spokesman Ahmed Rufai said the attackers stormed the village late on Sunday"
    if not ((_DEFINITE_START.match(nxt.text) and not named) or _same_thing(sent.text, nxt.text)
            or told) or _COUNT_WORDS.search(nxt.text) \
            or _SPEECH_LED.match(nxt.text):
        return None
    return replace(days[0], start=len(sent.text), end=len(sent.text))


def _after_last(found: list, last_day) -> list:
    """'Two days later', 'the next day' ('later:N' mentions) dated from the last day the text dated
    a happening to; dropped when there is none."""
    out = []
    base = last_day  # the sentence's own day before the mention, else the last one before the sentence
    for d in found:
        if d.kind in ("happening", "range", "report") and d.span.precision == "day" and d.span.date:
            base = d.span
        if d.kind.startswith("later:"):
            if base is None or not base.date:
                continue
            day = base.date + timedelta(days=int(d.kind[6:]))
            d = replace(d, span=dates.DateSpan(day, day, day, "day"), kind="later")
        out.append(d)
    return out


# "have been killed in a cattle raid": a count of one happening, not a running total
_ONE_HAPPENING = re.compile(r"\b(?:in|during|after)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}(?:attack|raid|strike|airstrike|"
                            r"ambush|bombing|explosion|blast|clash|assault|shelling|massacre|shooting)\b"
                            # "Clashes near Sirte have killed at least 12": the happening as the subject
                            r"|^\s*(?:(?:The|A|An)\s+)?(?:[\w-]+\s+){0,2}(?:attack|raid|strike|airstrike|ambush|bombing|explosion|"
                            r"blast|clashes|assault|shelling|massacre|shooting)\s+(?:(?:on|in|near|at)\s+[^,.;]{1,50}?\s+)?"
                            r"(?:has|have)\s+killed\b"
                            r"|\b(?:killed|wounded|injured)\s+when\s", re.I)  # "the number of people killed when gunmen stormed"
_ATTACKED = re.compile(r"\b(?:attacked|struck|targeted|hit)\b")
_FAMILY = {"killed": "casualties", "injured": "casualties", "missing": "casualties",
           **{f"{w}_{a}": "weapons" for w in ("drones", "missiles") for a in ("launched", "intercepted", "lost", "hit")}}
# arrests, releases and deployments told after an attack mostly happen on the day they are told
_TOLD_ON_THEIR_DAY = frozenset(["troops", "arrested", "released", "detained", "displaced"])


_HEADING = re.compile(r"\s*(?:[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){0,3})\s*:?\s*$")


def _section_country(line: str) -> str | None:
    """A heading line that is only a country's name ("SUDAN", "Burkina Faso:"): its ISO3 code."""
    if not _HEADING.fullmatch(line):
        return None
    found = places.find_places(line.strip().rstrip(":").title())
    return found[0].country if len(found) == 1 and found[0].kind == "country" \
        and found[0].end - found[0].start >= len(line.strip().rstrip(":")) - 1 else None


def _told_only(span: dates.DateSpan, found: list, pub) -> bool:
    """The figure's date is only when it was told: a statement's day ("said on Wednesday") or the
    report's window, no day of a happening of its own sentence or paragraph."""
    return span == dates.report_window(pub) or any(d.kind == "report" and d.span == span for d in found)


# "The death toll from a junta airstrike on the town has risen to 37": one happening's toll, though in the perfect (not
# "the toll of the war has risen to 60,000")
_RUNNING_UPDATE = re.compile(rf"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:an?|the|last|this|{dates.full_names('weekdays')})\b"
                             r"(?![^.;]*\b(?:war|conflict|fighting|insurgency|since)\b)"
                             r"[^.;]*\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|jumped|reached)\b", re.I)
# the happening named again by the sentence that dates it ("At least 57 people were injured in the attack early on
# Tuesday"): the day of the toll updated in the lede too
_THE_HAPPENING = re.compile(rf"\bthe\s+{_HAPPENING_NOUNS}\b", re.I)
_THE_DAY_OF = re.compile(rf"\bthe\s+day\s+of\s+the\s+{_HAPPENING_NOUNS}\s*,?\s*$", re.I)
_EARLIER_TOLL_DAY = re.compile(r"\b(?:up|down)\s+from\b[^.;]{0,80}$", re.I)
_EARLIER_TOLL_TOLD = re.compile(r"[^.;]{0,40}?\bhad\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:reported|said|"
                                r"put|given|announced|counted|confirmed)\b[^.;]{0,30}?(?:\d|\b(?:one|two|three|four|five|six|seven|"
                                r"eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b)", re.I)


def _to_main_day(measures: list[dict], events: list[dict], sents: list, dates_by: list, figures_by: list, pub,
                 dateline_end: int = 0, ctx: places.PlaceContext | None = None) -> None:
    """A figure dated only by when it was told ("the group said Wednesday it had killed 12 soldiers",
    "officials say 32 people have been killed") takes the day of the story's happening, told in its
    first paragraphs ("The rebels attacked a convoy on Monday"), when that day lies in the week
    before: the day the figure counts, not the day it was said."""
    paras = sorted({s.para for s in sents})[:3]
    days = [(d.span, k, d) for k, s in enumerate(sents) if s.para in paras for d in dates_by[k]
            if d.kind in ("happening", "range") and d.span.precision == "day" and d.span.date
            and d.start >= dateline_end  # "Bogota, Apr 21 (EFE).-": the day of the report
            and (pub is None or d.span.date <= pub)
            and not _EARLIER_TOLL_DAY.search(s.text, 0, d.start - s.start)  # not an earlier toll's day ("rose to 37
            # on Wednesday, up from 22 on Monday", "On Wednesday evening officials had reported 11 dead")
            and not (_EARLIER_TOLL_TOLD.match(s.text, d.end - s.start)
                     and not _THE_DAY_OF.search(s.text, 0, d.start - s.start))]  # "On the day of the attack, June 24,
    # officials had reported nine dead": that day is the attack's
    mains = [x for x in days if not _cause_before(sents[x[1]].text, 0, x[2].start - sents[x[1]].start)] \
        or [x for x in days if figures_by[x[1]]]  # not "erupted after blasts on Thursday", unless it is the only day
    # told, beside counts ("The army said on Wednesday it had killed 30 assailants after jihadists ambushed a convoy on
    # Tuesday": the ambush's)
    told = {id(m) for m in measures if m.pop("_told", False)}
    if not mains:
        return
    updates = [m for m in measures if id(m) in told and m["pattern_id"] in _UPDATED_TOLLS and m["date"]]
    if updates and mains[0][0].date >= min(m["date"] for m in updates):  # "The death toll ... rose to 23 on
        mains = [x for x in mains if x[0].date < mains[0][0].date] or mains[:1]  # Wednesday. // The RSF fired
        # shells on Monday afternoon": the lede's day is the toll's update; the happening's day is told after
    day, k, said = mains[0]
    # a day told after with counts of its own is theirs ("The army said it killed 40 fighters on Monday"); told
    # before, in the lede, it is the story's ("Gunmen killed 17 late Saturday"), for counts of the same kind; not
    # a day far from its sentence's counts ("the patrol was ambushed on Friday by ... and the army's response had
    # 'neutralised dozens of terrorists'": the ambush's day, the story's)
    counts = {_FAMILY.get(f.metric, f.metric) for f in figures_by[k]
              if min(abs(said.start - f.end), abs(f.start - said.end)) <= 40 or f.start <= said.start <= f.end}
    if "casualties" in counts and _ATTACKED.search(sents[k].text):
        counts.add("weapons")  # "Four crew were killed when the Houthis attacked the ship on Sunday": the missiles
        # and drones of that attack, told after, are that day's too
    where = {e["country"] for e in events if e["char_start"] == sents[k].start and e["country"]} \
        or places.countries_named(sents[k].text, ctx)
    moved: dict[str, bool] = {}  # event id -> every figure of it moved to the day
    for m in measures:
        moves = False
        if id(m) in told and m["metric"] not in _TOLD_ON_THEIR_DAY and m["date"] and m["date"] >= day.date \
                and (m["date"] - day.date).days <= 7 \
                and not (counts and (m["char_start"] < sents[k].end or _FAMILY.get(m["metric"], m["metric"]) not in counts)
                         and not (m in updates and _THE_HAPPENING.search(sents[k].text))) \
                and not (where and m["country"] and m["country"] not in where) \
                and not lex().later_action.search(m["sentence"]):  # not "In Niger, 40 were killed", nor "neutralised
            m.update(_date_cols(day))  # five fighters in a follow-up raid": a happening of its own, after the story's
            moves = True
        moved[m["event_id"]] = moved.get(m["event_id"], True) and moves
    for e in events:  # the event of those figures happened that day too
        if moved.get(e["event_id"]):
            e.update(_date_cols(day))


def _date_cols(span: dates.DateSpan) -> dict:
    return {"date": span.date, "date_start": span.start, "date_end": span.end, "date_precision": span.precision}


def _place_cols(p: places.Place) -> dict:
    return {"country": p.country, "admin1": p.admin1, "location": p.location, "geo_precision": p.geo_precision,
            "lat": p.lat, "lon": p.lon}


_CLAUSE = re.compile(r"(?:,\s+|;\s+|\s+)(?:as|while|whereas|but|and\s+(?=[A-Z]))\s+(?=[A-Z][\w'\u2019-]+\s+"
                     r"(?:said|says|claimed|announced|reported|added|stated|\w+ed)\b)|;\s+")


_QUOTED = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")


def _quoted(sentence: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation of the sentence (an unclosed quote runs to its end)."""
    return any(m.start() < pos < m.end() for m in _QUOTED.finditer(sentence))


def _no_new_happening(sentence: str, sub: str, ts: int, te: int, reported: set[str]) -> bool:
    """A happening named without a figure that is no new event: the war as background ("its
    full-scale invasion", "Russia's invasion of Ukraine") or a back-reference to a happening of the
    same sub-type the article has reported already ("The incursion was the first time...")."""
    lx = lex()
    noun = re.sub(r"\s+", " ", sentence[ts:te].lower())
    before = sentence[max(0, ts - 40):ts]
    if (noun in lx.background_nouns and lx.possessive.search(before)) or lx.duration.search(before):
        return True
    if sub in lx.protest_family and sentence[te:te + 1] in ("'", "\u2019"):  # "the protesters' demands"
        return True
    definite = bool(lx.definite.search(before) or ts == 0)
    return definite and ((sub in reported and noun in lx.reference_nouns) or (bool(reported) and noun in lx.generic_nouns))


def _clause_context(sent: _Sentence, fs: int, fe: int, metric: str,
                    ctx) -> tuple[places.Place, str | None, str | None]:
    """Place, actor and (when the clause names one) claimant of a figure, read first in its own
    clause when the sentence joins two ("Israeli strikes killed 12 in Lebanon, as Hezbollah said
    it fired 115 rockets at Israel"), else in the whole sentence (claimant None: the caller's)."""
    cut = 0
    for m in _CLAUSE.finditer(sent.text, 0, fs):
        cut = m.end()
    if cut:
        clause = _Sentence(sent.start + cut, sent.end, sent.para, sent.text[cut:])
        place = places.resolve_place(clause.text, fs - cut, fe - cut, metric, ctx)
        if place.country or place.at_sea:
            claimant = claims.find_claimant(clause.text, sent.text[:cut], fs - cut, fe - cut)[0]
            return place, _actor(clause, fs - cut, fe - cut, metric, place.country, ctx), claimant
    place = places.resolve_place(sent.text, fs, fe, metric, ctx)
    return place, _actor(sent, fs, fe, metric, place.country, ctx), None


def _actor(sent: _Sentence, fs: int, fe: int, metric: str | None, country: str | None, ctx) -> str | None:
    if _actors is None:
        return None
    return _actors.resolve_actor(sent.text, fs, fe, metric, country, ctx)


def _masked(sent: _Sentence, end: int) -> _Sentence:
    """The sentence with the part before ``end`` (the article's dateline) blanked, offsets kept."""
    cut = min(end, sent.end) - sent.start
    return _Sentence(sent.start, sent.end, sent.para, " " * cut + sent.text[cut:])


def _buckets(sents: list[_Sentence], items: list, pos) -> list[list]:
    """Items (sorted by position) grouped by the sentence holding their position."""
    out: list[list] = [[] for _ in sents]
    i = 0
    for item in items:
        p = pos(item)
        while i < len(sents) and sents[i].end <= p:
            i += 1
        if i < len(sents) and sents[i].start <= p:
            out[i].append(item)
    return out


_VIOLENT = {"battles", "explosions_remote_violence", "violence_against_civilians"}


def _target(sub: str, actor1: str | None, country: str | None) -> str | None:
    """The side acted on: for violence and interceptions, the country it happened in when that is
    not the actor's own (drones launched at Ukraine by Russia: actor1 RUS, actor2 UKR)."""
    if country and actor1 and country != actor1 and (lex().taxonomy[sub] in _VIOLENT
                                                       or sub == "disrupted_weapons_use"):
        return country
    return None


_SAME_COUNT_AGAIN = frozenset(["compared", "other_count", "changed_to", "toll", "toll_to_number", "injury_toll"])
# a toll names where it fell only by the count it updates, near it and of no happening named of its own (not "The
# death toll from Sunday's drone strike on an army base ... has risen to three", "the toll of the 7 October attack")
_TOLLS = frozenset(["toll", "toll_to_number", "injury_toll"])


def extract_article(article: Article) -> tuple[list[dict], list[dict]]:
    """The events and measures rows of one article (contract columns, offsets into article.text).
    Guillemets, low quotes and thin spaces are read in their plain form (`plain_same_length`); the
    quotes and sentences are then the article's own characters at the same offsets."""
    plain = plain_same_length(article.text)
    if plain == article.text:
        return _extract_article(article)
    events, measures = _extract_article(replace(article, text=plain))
    text = article.text
    for e in events:
        e["sentence"] = text[e["char_start"]:e["char_end"]]
    for m in measures:
        m["quote"] = text[m["char_start"]:m["char_end"]]
        at = _sentence_at(plain, m["sentence"], m["char_start"])
        if at is not None:
            m["sentence"] = text[at:at + len(m["sentence"])]
    return events, measures


def _sentence_at(text: str, sentence: str, inside: int) -> int | None:
    """Where `sentence` starts in `text` around the offset `inside`."""
    at = text.find(sentence, max(0, inside - len(sentence)))
    while at != -1 and at <= inside:
        if inside < at + len(sentence) or not sentence:
            return at
        at = text.find(sentence, at + 1)
    return None


def _extract_article(article: Article) -> tuple[list[dict], list[dict]]:
    text, pub = article.text, article.published
    sents = [_Sentence(s, e, p, text[s:e]) for s, e, p in sentences(text)]
    para_of = {s.start: s.para for s in sents}
    nums, singles = scan(text)
    nums_by = _buckets(sents, nums, lambda n: n.start)
    singles_by = _buckets(sents, singles, lambda m: m.start())
    keys_by = _buckets(sents, candidates(text), lambda k: k[0])
    entries = _live_entries(text, pub)  # a live blog's dated entries: each resolves its dates from its own day
    dates_by = _buckets(sents, _entry_dates(text, pub, entries), lambda d: d.start)
    ctx = None
    issuer = claims.issuer(article.outlet, text)  # "UN OCHA": its own document's figures are its claims
    dl = dateline_end(text)
    events: list[dict] = []
    measures: list[dict] = []
    measure_ids: set[str] = set()
    grid_by = _buckets(sents, grid_figures(text), lambda f: f.num_start)  # a table's rows: their cells' figures
    period = _reporting_period(text, pub, article.title or "", any(grid_by))  # "Reporting period: 24 April - 7 May":
    para_dates: list = list(period)  # the window of undated figures
    prev_claim: tuple[int, str | None] = (-1, None)  # the sentence before's claimant, when it had one
    last_day = None  # the last day a happening was dated to, for "Two days later"
    # the last month and year a happening was dated to (the title's first), for "during the month", "over the same period"
    last_period = _last_period(dates.find_dates(article.title or "", pub), {})
    # (paragraph, place, sentence start, end in the sentence) of the last casualty count its words placed
    last_placed: tuple[int, places.Place, int, int] | None = None
    last_report = None  # the last day a statement was dated to, when no happening was
    reported: set[str] = set()  # sub-event types of the events so far
    lone_days: list = []  # the happening days of the previous paragraph, when it is one sentence
    lone_counted = False  # that sentence counted something itself (a lede): only a back-reference goes on with it
    header_days: list = []  # the dates of a heading line ending in a colon, for the bullets under it
    figures_by: list[list] = []
    heading = None  # the verb of a line opening a list ("... shot down/suppressed 183 air attack assets:")
    heading_of: dict[int, int] = {}  # a list line read with its heading's verb -> the heading's index
    for i, sent in enumerate(sents):
        prev = figures_by[-1][-1] if figures_by and figures_by[-1] else None
        klass = prev.klass if prev else counted_weapons(text, nums_by[i - 1], sents[i - 1].end) if i else ""
        figures_by.append(grid_by[i] if grid_by[i] else find_figures(
            text, sent.start, sent.end, nums_by[i], singles_by[i], klass, prev)
            if (nums_by[i] or singles_by[i]) and not _ASKED.match(sent.text) else [])  # not a reporter's question
        listed = []
        if heading is not None and not figures_by[i] and nums_by[i]:
            listed = listed_figures(text, sent.start, sent.end, nums_by[i], heading[0])  # "✅ 4 Kh-101 cruise missiles;"
            totals = figures_by[heading[1]]
            for f in listed:
                if (k := next((k for k, t in enumerate(totals) if t.metric == f.metric), None)) is not None:
                    part = text[f.start:sent.end].rstrip(" ;.,")  # "41 UAVs over the territory of the Bryansk region"
                    totals[k] = replace(totals[k], breakdown="; ".join(filter(None, [totals[k].breakdown, part])))
                else:  # "intercepted 118 drones: // - 41 UAVs over the Bryansk region;": a part of the total
                    figures_by[i].append(f)
                    heading_of[i] = heading[1]
        if sent.text.rstrip().endswith(":"):
            act = heading_action(text, sent.start, sent.end, nums_by[i])
            heading = (act, i) if act else None
        elif not listed:
            heading = None  # the list ended: a line that is no item of it
    section: str | None = None  # the country of a digest's section heading ("SUDAN" above its bullets)
    heading_end = 0  # the end of a paragraph's own country heading ("MALI - On 18 November, ..."): no claimant
    for i, sent in enumerate(sents):
        if (i == 0 or sents[i - 1].para != sent.para) and (opened := places.section_heading(sent.text)):
            heading_end = sent.start + opened[1]
        if (i + 1 < len(sents) and sents[i + 1].para != sent.para and (i == 0 or sents[i - 1].para != sent.para)
                and (heading := _section_country(sent.text))):
            section = heading
            continue
        if i and sents[i - 1].para != sent.para:
            if is_bullet(sent.text) and header_days:  # "Key figures as of 31 October 2026:" dates its bullets
                para_dates = list(header_days)
            else:
                header_days = []
                goes_on = _goes_on(sents, i) and (not lone_counted or _DEFINITE_START.match(sent.text))
                para_dates = (lone_days if goes_on else []) or list(period) or [
                    span for s, e, span in entries if s <= sent.start < e][:1]  # the live blog entry's day
        asked = lone_days  # a question heading between a happening and its counts keeps the happening's days
        if i + 1 == len(sents) or sents[i + 1].para != sent.para:
            lone_days = []
        figures = figures_by[i]
        cands = frozenset().union(*(ids for _, ids in keys_by[i])) if keys_by[i] else frozenset()
        typed = classify(sent.text, figures, cands, sent.start) if figures or cands else None
        issue = _issue_line(sent.text, [(d.start - sent.start, d.end - sent.start) for d in dates_by[i]])
        found = [replace(d, start=d.start - sent.start, end=d.end - sent.start,
                         kind="report" if d.start < dl or issue else d.kind) for d in dates_by[i]]  # a dateline's date
        found = _to_statement_day(_after_last(found, last_day or last_report), pub)
        found = _same_period(sent.text, found, last_period)
        last_period = _last_period(found, last_period, sent.text)
        if found and (sent.text.rstrip().endswith(":") or (  # "KEY DATA, 1-31 JANUARY 2026" over its bullets
                len(sent.text) < 80 and not is_bullet(sent.text) and i + 1 < len(sents) and is_bullet(sents[i + 1].text))):
            header_days = [d.span for d in found if d.span.precision != "unknown"]
        last_report = next((d.span for d in reversed(found) if d.kind == "report" and d.span.precision == "day"),
                           last_report)  # "the military said on Monday. The operation came three days after ..."
        night = any(_RELATIVE_NIGHT.fullmatch(d.text) for d in found)
        if i + 1 < len(sents) and not {f.metric for f in figures_by[i + 1]} & {f.metric for f in figures} \
                and not any(d.kind in ("happening", "range", "since") and not _RELATIVE_NIGHT.fullmatch(d.text)
                            for d in found) \
                and (nxt := _next_day(sents[i + 1], dates_by[i + 1], sent, named=night)):
            found = [d for d in found if not _RELATIVE_NIGHT.fullmatch(d.text)] + [nxt]  # "Militants killed 17
            # soldiers, officers said. The fighters attacked late Monday."; "killed in overnight attacks ... has risen
            # to 38, the government said on Tuesday. Gunmen stormed the villages late on Sunday": Sunday night
        if i + 1 < len(sents) and sents[i + 1].para != sent.para and (i == 0 or sents[i - 1].para != sent.para) \
                and (not figures or i == 0) and not _SINCE.search(sent.text):  # a happening told before its counts, or
            # the lede's ("At least eight people died on Monday ... // The operation led to the arrest of 14 suspects")
            lone_counted = bool(figures)
            days = [d for d in found if d.kind in ("happening", "range") and d.span.precision == "day"]
            main = [d for d in days if not _cause_before(sent.text, max(0, d.start - 60), d.start)]  # not "after
            # several of the wounded died in hospital overnight": the lede's main happening
            lone_days = [d.span for d in (main or days)] or (
                asked if sent.text.rstrip().endswith("?") and not found else [])  # "What are the casualty figures?"
        day_before = last_day  # the last day a happening was dated to before this sentence
        last_day = next((d.span for d in reversed(found) if d.kind in ("happening", "range", "later")
                         and d.span.precision == "day"), last_day)
        if typed is not None and not figures and (_quoted(sent.text, typed[2]) or _no_new_happening(
                sent.text, typed[0], typed[2], typed[3], reported)):
            typed = None  # named only inside a quotation ("we will not allow an invasion"), or no new happening
        if typed is None:  # a sentence of no happening names the paragraph's time; not history in a paragraph
            # about now ("... killed six on Thursday. The dispute behind the violence dates back to 1957.")
            now = any(_recent_span(x, pub) for x in para_dates)
            para_dates.extend(d.span for d in found if d.kind in ("happening", "range") and d.span.precision != "unknown"
                              and not (now and not _recent_span(d.span, pub)))
            continue
        if ctx is None:
            ctx = places.article_context(article.title, text[dl:],  # the dateline once, with its country
                                         text[:dl] if dl else article.dateline or None)
        sub, pid, ts, te = typed
        ctx.paragraph = "" if lex().separate.match(sent.text) else _paragraph(text, sents, i, dl)  # not the places of
        # the happening before "In a separate incident, ..."
        if i in heading_of:  # a list line's places: its own, else its heading's ("attacked Ukraine with ...:")
            ctx.paragraph = sents[heading_of[i]].text + "\n" + sent.text
        if section is not None:  # the section's country first, for lines that name no place of their own
            ctx.article_countries = [section, *(c for c in ctx.article_countries if c != section)]
        sent_ = sent if sent.start >= max(dl, heading_end) else _masked(sent, max(dl, heading_end))  # for who and
        # where: no dateline, no section heading
        claimant, c_s, _ = claims.find_claimant(sent_.text, text[_para_start(sents, i):sent.start])
        carried = prev_claim[1] if prev_claim[0] == i - 1 and sents[i - 1].para == sent.para else None
        if carried is None and claimant is None and figures and i and sents[i - 1].para == sent.para \
                and prev_claim[0] != i - 1 and not figures_by[i - 1] and (tail := _SAID_TAIL.search(sents[i - 1].text)):
            c, cs, _ = claims.find_claimant(sents[i - 1].text, text[_para_start(sents, i - 1):sents[i - 1].start])
            carried = c if cs >= tail.start() else None  # "The assault happened on Tuesday, Gen X said in a
            # statement. Another 10 soldiers were injured.": the source a sentence of no count ends on
        if claimant is None:  # "Mukendi: We have counted 34 dead.": an interview answer is its speaker's, before
            j = i  # a source another of its sentences names ("... the ministry has recorded nine deaths. Our
            while j > 0 and sents[j - 1].para == sent.para:  # forces repelled four attacks")
                j -= 1
            claimant = claims.speaker(text[sents[j].start:sents[j].start + 200], text[:sents[j].start])
        if claimant is None and carried:
            claimant = carried  # "..., the Air Force reported. Ukrainian forces downed 42 drones."
        prev_claim = (i, claimant) if claimant else (-1, None)
        following = _following(sents, i)
        status = claims.claim_status(sent.text, following)
        span = _date_for(found, ts, para_dates, pub, sent.text)
        if span.precision != "unknown" and not any(d.kind == "since" and _WHEN.match(sent.text, d.end) for d in found):
            para_dates.append(span)  # not "the first attack since March, when a bomber killed 6": a time gone by
        typed_by = pid[len("metric."):] if pid.startswith("metric.") else None  # a figure typed it: its conventions
        place = places.resolve_place(sent_.text, ts, te, typed_by, ctx)
        places.remember_sites(sent_.text, ctx)
        event_id = _hash(article.article_id, sent.start, sub)
        reported.add(sub)
        first_metric = figures[0].metric if figures else None
        actor1 = _actor(sent_, ts, te, first_metric, place.country, ctx)
        events.append({
            "event_id": event_id, "article_id": article.article_id, "event_type": lex().taxonomy[sub],
            "sub_event_type": sub, **_date_cols(span), **_place_cols(place),
            "actor1": actor1, "actor2": _target(sub, actor1, place.country),
            "claimant": claimant or issuer, "claim_status": status, "incident_id": event_id,
            "trigger": sent.text[ts:te][:120], "pattern_id": pid, "sentence": sent.text,
            "char_start": sent.start, "char_end": sent.end})
        many = len(figures) > 1 or _CLAUSE.search(sent.text) is not None
        recent = {x.start for x in sents[max(0, i - 2):i]}  # the two sentences before: a rival claim's
        for f in figures:
            fs, fe = f.start - sent.start, f.end - sent.start
            if (whole := _part_of_before(measures, sents, i, f)) is not None:
                whole["breakdown"] = "; ".join(filter(None, [whole["breakdown"], text[f.start:f.end]]))
                continue  # "... at least 2,900 bodies had been recovered. Of those, 2,000 have been buried": a part
            dated = any(d.kind in ("happening", "range", "since", "later") for d in found)
            whole = None if dated else _whole_before(measures, sents, i, f)
            own_day = None if whole is None else dates.DateSpan(whole["date"], whole["date_start"], whole["date_end"],
                                                               whole["date_precision"])  # "1,268 Ukrainians crossed
            # into Moldova last year. At least 12 of them were found dead": last year
            if own_day is None and day_before is not None and (_GOES_ON_WITH.search(text, f.start, f.end)
                                                               or _ANOTHER_SOURCE.match(sent.text)
                                                               or _CLAIMED_THE.search(sent.text)) \
                    and f.action not in _STOCKS and f.action not in _AFTERWARDS \
                    and not _RUNNING.search(sent.text, max(0, fs - 60), fe) and not dated:
                own_day = day_before  # "six other people were wounded", "two of the drones were shot down"; not "38 of
                # the hostages had been released" (after the day they were seized)
            rival = None
            if own_day is None and day_before is not None and f.action not in _STOCKS and claimant \
                    and not _RUNNING.search(sent.text, max(0, fs - 60), fe) \
                    and not any(d.kind in ("happening", "range", "since", "later") for d in found) \
                    and (rival := next((m for m in reversed(measures) if m["metric"] == f.metric
                                        and m["_sent"] in recent and m["date_precision"] == "day"), None)) \
                    and not (rival["date"] == day_before.date and rival["claimant"]
                             and not _same_sources({claimant}, {rival["claimant"]})):
                rival = None  # "the BLA said its fighters had killed more than 40": another side's count of the
                # happening told before (in the same country; see below), its day
            if f.pattern_id == "compared":  # "compared with 6,297 in August": only with the time it names
                own_day = next((d.span for d in found if d.kind in ("happening", "range") and 0 <= d.start - fe <= 45
                                and d.span.precision != "unknown" and _NAMED_TIME.search(sent.text, d.start, d.end)
                                and not _CLAUSE_MARK.search(sent.text, fe, d.start)), None)
                if own_day is None:
                    own_day = _earlier_period(sent.text, fe, next((m for m in reversed(measures)
                                                                   if m["metric"] == f.metric), None))
                if own_day is None:
                    continue
            lo = max(fs - 60, sent.text.rfind(":", 0, fs) + 1, sent.text.rfind(";", 0, fs) + 1, 0)  # its own clause:
            running = bool(_RUNNING.search(sent.text, lo, fe))  # "has massed", "have been killed"; not "violence has
            # continued to rise: the country recorded 8,248 homicides last year"
            inner = [d for d in found if fs <= d.start and d.end <= f.num_start - sent.start]
            f_found = inner if inner and f.pattern_id in _UPDATED_TOLLS else found  # the toll's own words date it
            if who := WHO.search(sent.text, f.num_end - sent.start, fe):  # "40 people who were detained in
                f_found = [d for d in f_found if not who.start() <= d.start < fe]  # March were released": not March
            fplace, factor, fclaimant = _clause_context(sent_, fs, fe, f.metric, ctx)
            if f.pattern_id.endswith(".ellipsis") and fplace.start != fs and (name := _LEAD_NAME.match(sent_.text, fs, fe)):
                fplace = next((x for x in places.find_places(sent_.text, ctx.article_countries[:4])
                               if x.start == fs and x.country and x.kind != "demonym"), None) \
                    or places.Place(fplace.country, None, name[1], "place", None, None, kind="named")  # "followed by
                # Mandalay Region with 41": the ranking's own place, named first (a name the gazetteer lacks, no point)
            if f.pattern_id.endswith(".ellipsis") and fplace.start >= 0 and not fs <= fplace.start < fe \
                    and fplace.geo_precision != "country" and (own := _OWN_PLACE_WORD.search(sent_.text, fs, fe)):
                fplace = places.Place(fplace.country, None, own["name"], "place", None, None, kind="named")  # "31
                # in Caraga, 22 on Negros Island": a place of its own the gazetteer lacks (no point), not the item's before
            if f.metric == "troops" and fplace.start < 0 and factor and places.country_name(factor) \
                    and factor != fplace.country and _OWN_BORDER.search(sent_.text):
                fplace = places.Place(factor, None, None, "country", None, None, kind="context")  # "The Guatemalan
                # army said it had sent 500 troops to reinforce the border": its own side of it, no place named
            if whole is not None and fplace.kind == "context" and whole["country"]:
                fplace = replace(fplace, country=whole["country"], admin1=whole["admin1"], location=whole["location"],
                                 geo_precision=whole["geo_precision"], lat=whole["lat"], lon=whole["lon"])
            if f.pattern_id in _SAME_COUNT_AGAIN and fplace.kind == "context" and (
                    base := next((m for m in reversed(measures) if m["metric"] == f.metric), None)) \
                    and (f.pattern_id not in _TOLLS
                         or (sent.para - para_of[base["_sent"]] <= 1 and not claims.TIMESTAMP.match(sent.text.lstrip())
                             and not lex().toll_of_its_own.search(sent.text, max(0, fs - 20), fe + 40))):
                fplace = replace(fplace, country=base["country"], admin1=base["admin1"], location=base["location"],
                                 geo_precision=base["geo_precision"], lat=base["lat"], lon=base["lon"])
                factor = factor or base["actor"]  # "That was up from 5,912 in August": where the count compared was;
                # "Israeli fire had killed 22 people in ... // A ministry update put the toll at 24 dead": the same toll
            if fplace.kind == "context" and last_placed and sent.para - last_placed[0] <= 1 \
                    and _FAMILY.get(f.metric) == "casualties" \
                    and (_MORE_OF_THEM.search(sent_.text, max(0, fs - 15), fe) or _IN_THE_HAPPENING.match(sent_.text, fe)
                         or (last_placed[2] == sent.start and _COORDINATED.fullmatch(sent_.text, last_placed[3], fs))):
                fplace = replace(last_placed[1], start=-1, end=-1, kind="context")  # "Israeli strikes on two villages
                # in south Lebanon's Bint Jbeil district killed six // The ministry said 11 others were wounded in the
                # strikes on Aitaroun": the happening placed before; "killing one Israeli civilian and wounding three
                # soldiers": the same happening's
            elif fplace.kind != "context" and (fplace.country or fplace.at_sea) and _FAMILY.get(f.metric) == "casualties":
                last_placed = (sent.para, fplace, sent.start, fe)
            phrase = _counted_phrase(text, f) if f.metric == "displaced" and f.counted else ""
            if phrase and (people := next((p for p in places.find_places(phrase) if p.kind == "demonym" and p.country
                                           and not phrase[:p.start].lower().endswith("ethnic ")), None)) \
                    and people.country != fplace.country:  # not "13,000 ethnic Armenians have fled Nagorno-Karabakh"
                fplace = replace(people, start=-1, end=-1, kind="context")  # "60,000 Israelis were evacuated"; and
                # where they fled from, not where they went ("8,000 Malians had crossed into Mauritania")
            if rival is not None and own_day is None and fplace.country == rival["country"]:
                own_day = day_before
            if f.metric in ("drones_launched", "missiles_launched") and fplace.country \
                    and (fplace.kind != "context" or fplace.country == ctx.weapons_target):
                ctx.weapons_target = fplace.country  # the interceptions told after it are there
                ctx.weapons_sentence = sent_.text
            if not fclaimant:  # the attribution nearest the figure
                fclaimant, f_cs, _ = claims.find_claimant(sent_.text, text[_para_start(sents, i):sent.start], fs, fe) \
                    if many else (claimant, c_s, -1)
                if fclaimant and f_cs > fe and (ct := _CONTRAST.search(sent_.text, fe, f_cs)) and f_cs - ct.end() <= 4:
                    fclaimant = carried  # "Those attacks killed 92 civilians, while security forces said they killed
                    # 214": the source of the other clause is not the first figure's
            fclaimant = f.source or fclaimant or (claimant if many else None) or issuer
            measure_id = _hash(article.article_id, f.start, f.metric, f.value)
            if measure_id in measure_ids:  # "killed two Marines and two civilians": two counts, one verb
                measure_id = _hash(article.article_id, f.start, f.metric, f.value, f.num_start)
            measure_ids.add(measure_id)
            measures.append({
                "measure_id": measure_id, "event_id": event_id,
                "event_type": lex().taxonomy[sub], "incident_id": event_id, "outlet": article.outlet or None,
                "article_id": article.article_id, "metric": f.metric, "value": f.value,
                "qualifier": "approx" if f.qualifier == "exact" and _ESTIMATE_TAG.match(sent.text, fe) else f.qualifier,
                "value_low": f.low, "value_high": f.high, "weapon": f.weapon or None,
                **_place_cols(fplace), "actor": factor,
                "claimant": fclaimant, "claim_status": claims.claim_status(  # the metric: what a denial names
                    sent.text, following, f.metric not in _KEPT_COUNTS, f.metric, f.value),
                **_date_cols(f_span := own_day or _date_for(f_found, f.num_start - sent.start, published=pub,
                                                            sentence=sent.text, para_dates=[] if f.action in _STOCKS
                                                            or running else para_dates, running=running)),
                "_told": _HAPPENING_OWNS.search(text, max(0, f.num_start - 30), f.num_start) is not None or (
                    own_day is None and f.action not in _STOCKS and (
                        not running or _ONE_HAPPENING.search(sent.text) or _RUNNING_UPDATE.search(text, f.start, f.end))
                    and (_told_only(f_span, f_found, pub)  # not "the war has killed 150,000"
                         or (f.pattern_id in _UPDATED_TOLLS and f_span.precision == "day"  # "The toll rose to 23 on
                             and measures_lex().toll_update.search(sent.text) is not None))),  # Wednesday": when it
                # was told; "The strike's five victims ... were buried on Saturday": a happening told before
                "quote": text[f.start:f.end], "char_start": f.start, "char_end": f.end, "sentence": sent.text,
                "pattern_id": f.pattern_id, "counted": f.counted or None, "breakdown": f.breakdown or None,
                "_sent": sent.start, "_named": fplace.kind == "named"})
    _escalate_protests(events, sents)
    _denied_later(measures, sents, figures_by)  # a denial first: it says more than a caveat beside it
    _disclaimed(measures, sents, figures_by)
    keep = _on_topic(text, sents, article.title or "")  # None for an article of armed conflict (most)
    measures = _off_topic(measures, keep)
    events = _off_topic_events(events, measures, keep)
    measures = _drop_superseded(measures)
    measures = _bullet_parts(measures)
    measures = _singular_parts(measures, sents)
    measures = _summed_parts(measures)
    measures = _held_already_counted(measures)
    measures = _drop_vague_repeats(measures, sents)
    _to_main_day(measures, events, sents, dates_by, figures_by, pub, dl, ctx)
    types = {e["event_id"]: e["event_type"] for e in events}
    for m in measures:
        m["event_type"] = types[m["event_id"]]
    return events, measures


_OWN_BORDER = re.compile(r"\b(?:border|frontier)s?\b(?!\s+with)", re.I)  # "to reinforce the border", "border guards"
_UPDATED_TOLLS = frozenset(["toll", "injury_toll", "toll_to_number", "injury_toll_to_number", "detained_to_number",
                            "arrested_to_number", "displaced_to_number", "changed_to"])


def _running_total(u: dict) -> bool:
    """The update's words, or the few after them, call it a total ("raising the total death toll
    to 2,141", "bringing to 34 the number of troops killed since the invasion began"), or a day's
    toll right before them ("bringing Sunday's toll in the district to five")."""
    words, day_before, _ = measures_lex().toll_total
    start, end = u["char_start"] - u["_sent"], u["char_end"] - u["_sent"]
    return bool(words.search(u["quote"]) or words.search(u["sentence"], end, end + 40)
                or day_before.search(u["sentence"][max(0, start - 30):start]))


_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Aa]ll)\s+(?:[Tt]he\s+)?$")


def _held_already_counted(measures: list[dict]) -> list[dict]:
    """People held told again with the definite article after their arrest ("Police arrested nine
    people. The nine suspects ... are in custody"; "The six detainees were handed over"): the
    arrested count, not a second one of detained."""
    def again(m: dict) -> bool:
        return m["metric"] == "detained" and bool(_DEFINITE_BEFORE.search(m["sentence"], 0, m["char_start"] - m["_sent"])) \
            and any(a["metric"] in ("arrested", "detained") and a["value"] == m["value"] and a["char_start"] < m["char_start"]
                    for a in measures)
    return [m for m in measures if not again(m)]


_EXPLAINS = re.compile(r"[^.;]{0,20}?,?\s+(?:saying|adding|explaining)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?")


@cache
def _combatant_rx() -> re.Pattern:
    """The words of a party to the fighting as a source (measures.json "combatant_sources")."""
    words = json.loads(resources.files("etl.patterns").joinpath("measures.json").read_text("utf-8"))["combatant_sources"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def _drop_superseded(measures: list[dict]) -> list[dict]:
    """A toll that was updated ("raising the toll to 13", "has risen to 18") replaces the earlier
    count of the same toll: the increment in its own sentence ("a police officer was also killed,
    raising the toll to 13") and a smaller figure at least half as large ("killing at least 12
    people"; "At least 9 people were killed ... The death toll later rose to 12"), unless its place
    or day differ; an update in a later sentence that names no place or day takes the earlier
    figure's. A figure its sentence calls an earlier report ("Earlier, officials had reported 16
    dead") goes beside a larger one anywhere in the article. A daily figure beside a running total
    stays ("strikes killed 22 on Tuesday, raising the total death toll since October 2023 to
    2,141"): the total is no update of it."""
    lx = measures_lex()
    stale = [m for m in measures if _told_as_stale(m, measures, lx.stale_report)]
    updates = [u for u in measures if u["pattern_id"] in _UPDATED_TOLLS  # the words up to the figure
               and lx.toll_update.search(u["sentence"], max(0, u["char_start"] - u["_sent"] - 30),
                                         u["char_end"] - u["_sent"])
               and not any(u is m for m in stale)]  # not "revised down to seven ..., after an official had earlier put
    # the toll at 12": the earlier count, not an update
    if not updates and not stale:
        return measures

    def older(m: dict, u: dict) -> bool:  # m: a smaller count of u's toll, not of another place or day (but "The
        # figure rose to 55 on Thursday" is the count told before, revised on another day)
        return m is not u and m["metric"] == u["metric"] and m["value"] < u["value"] and (
            _same_figure(m, u) or (u["pattern_id"] == "changed_to" and m["char_start"] < u["char_start"]
                                   and _same_place(m, u) and _same_side(m, u) and _days_apart(m, u, 7)))

    def rival(m: dict, u: dict) -> bool:  # another source's lower count told after the update: a competing count
        return m["char_start"] > u["char_end"] and bool(m["claimant"]) \
            and (not u["claimant"] or not claims.one_source(m["claimant"], u["claimant"])) \
            and not lx.stale_report.search(m["sentence"])  # (an update of no named source: a named count after it is
        # its own: "it revised the figure to 20 ... The junta said the air force had killed 'more than 10 terrorists'")

    def contested(m: dict, u: dict) -> bool:  # an "update" by another kind of source than the count before it, or one
        # its own words leave unconfirmed ("... killed at least 28, according to health workers. A spokesman for the
        # militia said the toll had reached 40."; "... had risen to six, a figure the prosecutor did not confirm"): rivals
        if not (m["claimant"] and u["claimant"]) or claims.one_source(m["claimant"], u["claimant"]):
            return False
        combatant = _combatant_rx()
        return (bool(combatant.search(u["claimant"])) and not combatant.search(m["claimant"])) \
            or u["claim_status"] != "reported"

    dropped: set[int] = set()
    for u in updates:
        parts = [m for m in measures if older(m, u) and m["char_start"] < u["char_start"]]
        total = sum(m["value"] for m in parts)
        if len(parts) > 1 and (total == u["value"] or (u["qualifier"] in ("more_than", "at_least", "approx")
                                                       and u["value"] <= total <= u["value"] * 1.1)) \
                and (sum(1 for m in parts if m["_sent"] != u["_sent"]) > 1
                     or lex().overall_toll.search(u["sentence"], 0, u["char_start"] - u["_sent"] + 12)):
            continue  # "killing two soldiers ... troops shot dead three attackers ... a vendor was killed,
            # bringing the number of dead to six": the parts of the total, not earlier counts of it; "More than 740
            # civilians have been killed ... 125 members of the security forces and 148 fighters had also died,
            # bringing the overall toll to more than 1,000"
        for m in measures:  # an increment: in the update's sentence, unless that is a running total
            if m["_sent"] == u["_sent"] and m["metric"] == u["metric"] and m["value"] < u["value"] \
                    and m["char_start"] < u["char_start"] and measures_lex().toll_total[2].search(m["quote"]):
                dropped.add(id(m))  # "three of whom died overnight, bringing the toll to 16": part of it, any day
            elif m["_sent"] == u["_sent"] and m["metric"] == u["metric"] and m["value"] < u["value"] \
                    and m["char_start"] >= u["char_end"] \
                    and _EXPLAINS.fullmatch(u["sentence"], u["char_end"] - u["_sent"], m["char_start"] - m["_sent"]):
                dropped.add(id(m))  # "put the number of dead at 11, saying one man died later in hospital": why it rose
            elif older(m, u) and not rival(m, u) and not contested(m, u) \
                    and (not _running_total(u) and m["value"] * 20 >= u["value"]
                         if m["_sent"] == u["_sent"] else m["value"] * 2 >= u["value"]):
                # (not "412 people had been wounded, bringing the total number of injured to 153,213": a day's count
                # beside a running total)
                dropped.add(id(m))
                if m["_sent"] != u["_sent"]:
                    _inherit(u, m)
    dropped |= {id(m) for m in stale for u in measures  # "Earlier, officials had reported 16 dead": anywhere
                if m is not u and m["metric"] == u["metric"] and _same_figure(m, u)
                and (u["value"] > m["value"] >= u["value"] / 2  # "Three people were killed ..., lowering an
                     or (u["_sent"] == m["_sent"] and u["value"] != m["value"] and u not in stale  # earlier toll
                         and (u["char_start"] < m["char_start"] or u["pattern_id"] in _UPDATED_TOLLS
                              or u["pattern_id"] == "other_count")))}  # of six"; "Earlier, CENTCOM said ... seven drones
    # ...; a spokesperson later corrected the figure to six"; not "Earlier, the ministry said 16 drones
    # had been shot down ..., and that a patrol ship had destroyed three unmanned boats": the next count is another
    return [m for m in measures if id(m) not in dropped]


def _told_as_stale(m: dict, measures: list[dict], stale_report: re.Pattern) -> bool:
    """The figure's own words call it an earlier report ("Earlier, officials had reported 16 dead", "lowering an
    earlier toll of six"): the last such words before its end, with no other figure of its sentence between
    them and it (not "Three people were killed ..., lowering an earlier toll of six": the three is the news)."""
    last = None
    for found in stale_report.finditer(m["sentence"], 0, m["char_end"] - m["_sent"]):
        last = found
    if last is None:
        return False
    lo = m["_sent"] + last.start()
    return not any(o is not m and o["_sent"] == m["_sent"] and lo <= o["char_start"] < m["char_start"] for o in measures)


def _singular_parts(measures: list[dict], sents: list[_Sentence]) -> list[dict]:
    """One person told of right after a small count of the same in its paragraph ("Two people were
    injured. A 17-year-old was hospitalized with shrapnel wounds, he added.") or after a toll in its
    sentence ("put the toll at seven, saying a woman had died of her wounds") is one of them: a
    breakdown of that count, not a count of its own, unless it names another place or day."""
    index = {s.start: k for k, s in enumerate(sents)}
    para = {s.start: s.para for s in sents}
    out: list[dict] = []
    for m in measures:
        k = index.get(m["_sent"], -9)
        whole = next((t for t in reversed(out) if m["pattern_id"].endswith(".singular") and m["value"] == 1
                      and t["metric"] == m["metric"] and 1 < t["value"] <= 50 and para[t["_sent"]] == para[m["_sent"]]
                      and (0 < k - index.get(t["_sent"], -99) <= 2 or (  # or one its toll's sentence explains after
                          t["_sent"] == m["_sent"] and t["pattern_id"] in _UPDATED_TOLLS and t["char_end"] <= m["char_start"]))
                      and _same_figure(m, t)), None)
        if whole is not None:
            whole["breakdown"] = "; ".join(filter(None, [whole["breakdown"], m["quote"]]))
            continue
        out.append(m)
    return out


_NP_AND = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _summed_parts(measures: list[dict]) -> list[dict]:
    """Counts of one sentence that add up to a total told before ("killing 11 people ... Seven men and four
    women were killed"): the total's breakdown, not figures of their own, unless a place or day differs."""
    out: list[dict] = []
    i = 0
    while i < len(measures):
        m = measures[i]
        j = i
        while j + 1 < len(measures) and measures[j + 1]["_sent"] == m["_sent"] and measures[j + 1]["metric"] == m["metric"]:
            j += 1
        parts = measures[i:j + 1]
        one_phrase = len(parts) > 1 and all(  # "Seven men and four women were killed", not two clauses' counts
            _NP_AND.fullmatch(m["sentence"], a["char_end"] - a["_sent"], b["char_start"] - b["_sent"])
            for a, b in pairwise(parts))
        total = next((t for t in reversed(out) if one_phrase and t["metric"] == m["metric"] and t["_sent"] < m["_sent"]
                      and t["value"] == sum(p["value"] for p in parts) and all(_same_figure(p, t) for p in parts)), None)
        if total is not None:
            total["breakdown"] = "; ".join(filter(None, [total["breakdown"], *(p["quote"] for p in parts)]))
        else:
            out.extend(parts)
        i = j + 1
    return out


def _bullet_parts(measures: list[dict]) -> list[dict]:
    """A total followed by a bulleted list of its parts ("killed at least 19 civilians ... - Sagaing
    region: 12 killed - Magway region: 5 killed"): the bullets are the total's breakdown, not more
    figures, when there are two or more of them and they add up to no more than the total."""
    out: list[dict] = []
    i = 0
    while i < len(measures):
        t = measures[i]
        out.append(t)
        i += 1
        if is_bullet(t["sentence"]):
            continue
        j = i
        while j < len(measures) and is_bullet(measures[j]["sentence"]):
            j += 1
        parts = [m for m in measures[i:j] if m["metric"] == t["metric"]]
        if len(parts) >= 2 and sum(m["value"] for m in parts) <= t["value"]:
            t["breakdown"] = "; ".join(filter(None, [t["breakdown"], *(m["quote"] for m in parts)]))
            out.extend(m for m in measures[i:j] if m["metric"] != t["metric"])
            i = j
    return out


_PLACE_COLS = ("country", "admin1", "location", "geo_precision", "lat", "lon")
_DATE_COLS = ("date", "date_start", "date_end", "date_precision")


def _inherit(update: dict, earlier: dict) -> None:
    """'At least 9 people were killed in Kyiv overnight ... The death toll later rose to 12': the
    update names neither place nor day; it is the earlier figure's, which it replaces. A figure
    revised on a later day ("The figure rose to 55 on Thursday") keeps the happening's day."""
    if not update["location"] and not update["admin1"] and (earlier["location"] or earlier["admin1"]):
        if update["country"] in (None, earlier["country"]):
            update.update({c: earlier[c] for c in _PLACE_COLS})
    if (update["date_precision"] in ("week", "unknown") or (update["pattern_id"] == "changed_to"
                                                             and earlier["date"] and update["date"]
                                                             and earlier["date"] < update["date"])) \
            and earlier["date_precision"] == "day" \
            and not measures_lex().toll_total[0].search(update["quote"]):
        update.update({c: earlier[c] for c in _DATE_COLS})


def _drop_vague_repeats(measures: list[dict], sents: list[_Sentence]) -> list[dict]:
    """One row per figure: a repeat of the same figure (metric and value, and no other place or
    day) is dropped, the body's occurrence staying rather than a summary bullet's (a bullet repeating
    the one body figure of its metric and value is a summary of it, whatever place it names), and so
    is a definite back-reference to a figure given before, wherever it is placed ("Of the four
    injured, three...") or a figure in a direct quotation ("'Sixty-four people have been detained,'
    the minister told reporters on Sunday"); so is a
    vague amount beside an exact count of the same thing in its paragraph (its summary: "shot down
    dozens of drones ... In total, 262 drones were shot down" is 262, not 262 + 24). Removes the
    rows' working key `_sent` (their sentence's start). A count corrected to the value told before ("shot down three
    drones ... the command later corrected the number to three") is that figure."""
    para_of = {s.start: s.para for s in sents}
    definite = [(bool(_DEFINITE.search(m["sentence"], 0, m["char_start"] - m["_sent"]))
                 or bool(_OF_THE_COUNTED.match(m["quote"]))) and m["pattern_id"] not in _UPDATED_TOLLS
                for m in measures]  # not "the death toll had risen to 14": an update, merged below with its toll
    quoted = [_quoted(m["sentence"], m["char_start"] - m["_sent"]) for m in measures]
    paras = [para_of.get(m.pop("_sent"), -1) for m in measures]
    exact: dict[tuple, set] = {}
    for p, m in zip(paras, measures, strict=True):
        if m["qualifier"] != "vague":
            exact.setdefault((p, m["metric"]), set()).add(side_of(m["counted"]))
    # not another side's: "killed dozens of soldiers and lost five fighters" are two figures
    keep = [not (m["qualifier"] == "vague" and (p, m["metric"]) in exact
                 and not ((side := side_of(m["counted"])) and None not in exact[(p, m["metric"])]
                          and side not in exact[(p, m["metric"])]))
            and not (m["qualifier"] == "vague" and any(_vague_of(m, e) for e in measures))
            for p, m in zip(paras, measures, strict=True)]
    rows = [m for k, m in zip(keep, measures, strict=True) if k]
    back_refs = [d for k, d in zip(keep, definite, strict=True) if k]
    in_quotes = [q for k, q in zip(keep, quoted, strict=True) if k]
    # one row per figure: the body's occurrence, not a summary bullet's above it
    body: dict[tuple, list[dict]] = {}
    for m in rows:
        if not _summary_line(m["sentence"]):
            body.setdefault((m["metric"], m["value"]), []).append(m)
    kept: list[dict] = []
    seen: dict[tuple, list[dict]] = {}
    for m, back, quote in zip(rows, back_refs, in_quotes, strict=True):
        key = (m["metric"], m["value"])
        before = seen.get(key, ())
        if (part := _PART_OF_THE.match(m["quote"])) and any(
                k["metric"] == m["metric"] and k["value"] > m["value"] and _same_place(m, k)
                and part["noun"].lower().rstrip("s") in (k["quote"] + " " + (k["counted"] or "")).lower() for k in kept):
            continue  # "Two Ghanaian soldiers were wounded. One of the soldiers suffered shrapnel wounds": a part of it
        if (back and before) or (quote and any(_restates(m, k) for k in before)) or any(_same_figure(m, k) for k in before) \
                or (m["pattern_id"] == "changed_to" and before) \
                or (m["pattern_id"] in _UPDATED_TOLLS and any(_same_place(m, k) for k in before)) \
                or any(_update_told_first(k, m) for k in before) \
                or (_summary_line(m["sentence"]) and (len(body.get(key, ())) == 1
                                                  or any(_same_figure(m, b) for b in body.get(key, ())))):
            if m["claimant"] and (same := next((k for k in before if k["claimant"] is None and _same_figure(m, k)), None)):
                same["claimant"] = m["claimant"]  # "Police detained 27 people ... The ministry said 27 had been detained"
            if not back and not quote and (same := next((k for k in before if _same_figure(m, k)), None)
                                           or next((k for k in before if m["pattern_id"] in _UPDATED_TOLLS
                                                    and _same_place(m, k)), None)
                                           or next((k for k in before if _update_told_first(k, m)), None)):
                _inherit(same, m)  # a lede's figure told again with its town and day: the row takes them
                if same["qualifier"] == "exact" and m["qualifier"] == "at_least" and same["value"] == m["value"]:
                    same.update(qualifier="at_least", value_high=m["value_high"])  # "The toll has risen to 28 ...
                    # At least 28 people were killed": a bound the body puts on it
                if _update_told_first(same, m) and m["date_precision"] == "day" and same["date"] and m["date"] < same["date"]:
                    same.update({c: m[c] for c in _DATE_COLS})  # "revised down on Monday to 19 ... Nineteen villagers
                    # had been killed [on Saturday]": the toll's day is the killing's
                if same.get("_told") and not m.get("_told") and same["date"] and m["date"] and m["date"] < same["date"] \
                        and m["date_precision"] == "day":
                    same.update({c: m[c] for c in _DATE_COLS})  # dated by "officials said Sunday"; the body's day
                if same["claim_status"] == "reported" and m["claim_status"] == "unverified":
                    same["claim_status"] = "unverified"  # and the caveat the body puts on it (a denial near a
                    # repeat is too often another claim's to reach back)
            continue
        seen.setdefault(key, []).append(m)
        kept.append(m)
    return kept


def _vague_of(m: dict, e: dict) -> bool:
    """A vague amount and a count of the same thing anywhere in the article, the count inside its
    bounds ("forcing thousands of people to flee ... nearly 5,000 people had fled"): the count."""
    return e is not m and e["qualifier"] != "vague" and e["metric"] == m["metric"] and _same_place(m, e) \
        and _same_side(m, e) and m["value_low"] is not None and m["value_low"] <= e["value"] \
        and (m["value_high"] is None or e["value"] <= m["value_high"])


def _update_told_first(u: dict, m: dict) -> bool:
    """A toll update in the lede ("revised down to 19 the number of people killed", told on Monday)
    and the body's count of the same toll ("Nineteen villagers had been killed", on Saturday): one
    figure, when no place or side differs and the days are within a week."""
    return u["pattern_id"] in _UPDATED_TOLLS and m["pattern_id"] not in _UPDATED_TOLLS and u["metric"] == m["metric"] \
        and u["value"] == m["value"] and _same_place(u, m) and _same_side(u, m) and _days_apart(u, m, 7)


def _summary_line(sentence: str) -> bool:
    """A summary bullet, or a heading line ("20:55 EAT - Rights commission: 11 dead, 52 injured"):
    short, with no closing punctuation; its figures are the body's, told again."""
    t = sentence.strip()
    return is_bullet(t) or (len(t) <= 150 and not t.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ":")))


# "One of the soldiers suffered shrapnel wounds": one of those counted before
_PART_OF_THE = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+(?:the|those|these)\s+"
                          r"(?![\d,]+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)"
                          r"(?:[a-z-]+\s+)??(?P<noun>[a-z]{3,})", re.I)
# "The bodies of the eight men were found": the dead counted before
_OF_THE_COUNTED = re.compile(r"(?:[Tt]he\s+)?(?:bodies|remains|names|funerals?)\s+of\s+(?:the|these|those|all)\s+", re.I)
# a question ("Q: Can you confirm reports that a missile hit the carrier?"): what is asked is no one's figure
_ASKED = re.compile(r"\s*(?:(?:Q|QUESTION|Question)\s*[:.\-\u2013\u2014]\s*)?"
                    r"(?:Can|Could|Is|Are|Was|Were|Do|Does|Did|Will|Would|Has|Have|Had|How|Why|Is\s+it\s+true)\b[^?]*\?[\"'\u201d\u2019]?\s*$")
_DEFINITE = re.compile(r"\b(?:[Oo]f\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")  # "Of the four injured, three...": a back-reference


def _restates(a: dict, b: dict) -> bool:
    """A quotation restating an earlier figure: same qualifier (or the count beside its lower bound: "killed at least
    21 soldiers ... 'We counted 21 bodies,' the official said"), no other country (its day is the quote's)."""
    return not (a["country"] and b["country"] and a["country"] != b["country"]) \
        and (a["qualifier"] == b["qualifier"] or {a["qualifier"], b["qualifier"]} == {"exact", "at_least"})


def _same_place(a: dict, b: dict) -> bool:
    """No place column of the two rows differs ("killing at least 14 people ... By Monday the toll had risen to
    14": the update repeats the toll, whatever day it is told on)."""
    if any(x.get("_named") and x["location"] != y["location"] for x, y in ((a, b), (b, a))):
        return False  # "two in Nobol" (a town the gazetteer lacks) and "two police officers killed in Los Ríos"
    return not any(a[col] and b[col] and a[col] != b[col] for col in ("country", "admin1", "location"))


# what a line of issue has besides its date: "Beirut, 17 July 2026.", "Updated Wednesday 9 September 2026, 11:30 PKT"
_ISSUE_REST = re.compile(r"\s*(?:[^\w\s]{1,3}\s*)?"  # a pin or a bullet: "\U0001F4CC 03.10.2025, 09:12"
                         r"(?:(?:(?:[Ll]ast\s+)?[Uu]pdated|[Pp]ublished|[Pp]osted|[Ff]irst\s+published|[Ii]ssued)\b:?)?"
                         r"\s*(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?[\s,.:|\u2013\u2014-]*"
                         r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs|h))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?[\s,.]*")


def _issue_line(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """A line of one date and nothing else but a place, a time or "Updated": the day the piece was
    issued ("Beirut, 17 July 2026."), no day of a happening."""
    if len(spans) != 1 or len(sentence) > 90:
        return False
    s, e = spans[0]
    return bool(_ISSUE_REST.fullmatch(sentence[:s]) and _ISSUE_REST.fullmatch(sentence[e:]))


def _counted_phrase(text: str, f: Figure) -> str:
    """The counted noun with its modifiers ("4,500 Burkinabe refugees": Burkinabe refugees)."""
    phrase = text[f.num_end:f.end]
    return phrase[:phrase.find(f.counted) + len(f.counted)] if f.counted in phrase else f.counted


def _days_apart(a: dict, b: dict, days: int) -> bool:
    """Both rows dated to a day or a week, at most ``days`` apart (not yearly figures of a series)."""
    return a["date_precision"] in ("day", "week") and b["date_precision"] in ("day", "week") \
        and bool(a["date"]) and bool(b["date"]) and abs((_as_date(a["date"]) - _as_date(b["date"])).days) <= days


def _as_date(x) -> date:
    return x if isinstance(x, date) else date.fromisoformat(str(x))


def _same_side(a: dict, b: dict) -> bool:
    """No two sides' counts: "12 soldiers ... 12 fighters" are two figures."""
    return not ((sa := side_of(a["counted"])) and (sb := side_of(b["counted"])) and sa != sb)


def _same_figure(a: dict, b: dict) -> bool:
    """Two rows of one metric and value report the same figure unless their places or days differ
    ("killed two people in Kherson" and "two people were killed in Donetsk" are two figures)."""
    if not _same_place(a, b):
        return False
    if a["sentence"] != b["sentence"] and (lex().separate.match(a["sentence"]) or lex().separate.match(b["sentence"])):
        return False  # "In a separate incident, three Levies personnel were martyred"
    if a["metric"] == "troops" and a["actor"] and b["actor"] and a["actor"] != b["actor"]:
        return False  # "UNIFIL has about 10,000 troops ... The Lebanese army has deployed 10,000 soldiers"
    if not _same_side(a, b):
        return False  # "12 soldiers were killed ... The SPLA-IO said it had lost 12 fighters": two sides' dead
    if a["date_precision"] == b["date_precision"] == "day" and a["date"] and b["date"] and a["value"] == b["value"] \
            and abs((a["date"] - b["date"]).days) == 1 \
            and ({a["qualifier"], b["qualifier"]} == {"exact", "at_least"}
                 or (a["qualifier"] == b["qualifier"] and (a.get("_told") or b.get("_told")))):
        return True  # "At least 24 people were killed [said Sunday] ... He said 24 people died in the attack
        # [Saturday evening]": the lede's bound and the body's count of one toll, a day apart (or the same count, one
        # dated only by when it was said)
    if a["date_start"] and b["date_start"] and a["date_end"] and b["date_end"] \
            and (a["date_end"] < b["date_start"] or b["date_end"] < a["date_start"]):
        return False  # "killing four seafarers [this week]" and "In July 2025 ... killing four crew members"
    return not (a["date_precision"] == b["date_precision"] == "day" and a["date"] != b["date"])



def _escalate_protests(events: list[dict], sents: list[_Sentence]) -> None:
    """A protest takes the sub-type of the most severe outcome its paragraph (or the next two
    sentences) reports: protesters rioting, force against protesters, police dispersing it."""
    lx = lex()
    rank = [sub for sub, _ in lx.protest_outcomes]
    index = {s.start: k for k, s in enumerate(sents)}
    for e in events:
        k = index.get(e["char_start"])
        if e["sub_event_type"] not in lx.protest_family or k is None:
            continue
        near = [s.text for s in sents[k:k + 6] if s.para == sents[k].para]
        if len(near) == 1:  # one-sentence paragraphs (pasted pages): look at the next two sentences
            near += [s.text for s in sents[k + 1:k + 3]]
        current = rank.index(e["sub_event_type"]) if e["sub_event_type"] in rank else len(rank)
        for sub, rx in lx.protest_outcomes[:current]:
            if any(rx.search(t) for t in near):
                e["sub_event_type"], e["event_type"] = sub, lx.taxonomy[sub]
                break


def _off_topic(measures: list[dict], keep) -> list[dict]:
    """An article about a game, a disaster or a disease that names no armed side: its tolls and injuries
    told without a cause of their own are no conflict figures ("Twelve people remain missing and 37 were
    injured, the agency said" in a storm report; "already without four injured players"). Figures of a
    paragraph naming an armed side or an attack stay (measures.json "off_topic"; ``keep`` from `_on_topic`)."""
    metrics = measures_lex().off_topic["metrics"]
    return measures if keep is None else [m for m in measures if m["metric"] not in metrics
                                          or keep(m["_sent"], m["sentence"])]


def _off_topic_events(events: list[dict], measures: list[dict], keep) -> list[dict]:
    """The happenings of an article about a game, a disaster or a disease keep to the sentences its
    figures would keep to ("Braga killed off Benfica's unbeaten run", "the outbreak has killed 112": no attack);
    a happening with a figure kept stays."""
    if keep is None:
        return events
    counted = {m["event_id"] for m in measures}
    return [e for e in events if e["event_id"] in counted or keep(e["char_start"], e["sentence"])]


@cache
def _gate(rx: re.Pattern) -> frozenset[str] | None:
    return required_words(rx)


def _may_match(rx: re.Pattern, low: str) -> bool:
    """Whether the lower-cased text holds one of the words every match of ``rx`` needs (see lexicon.required_words)."""
    words = _gate(rx)
    return words is None or any(w in low for w in words)


def _on_topic(text: str, sents: list[_Sentence], title: str):
    """None for an article of armed conflict (most); for one about a game, a disaster or a disease, the test
    (sentence start, sentence) -> whether that sentence's figures and happenings are the conflict's."""
    ml = measures_lex()
    cfg, (_, accident, armed, disasters), conflict = ml.off_topic, ml.non_conflict_far, ml.non_conflict[3]
    told = title + "\n" + text  # the title names the subject too ("Two passenger trains collide near Zagazig")
    low = told.lower()  # a pattern none of whose words the text holds is not run (most articles: no game, no disaster)
    n_sport = len(ml.sports.findall(text)) if _may_match(ml.sports, low) else 0
    n_disaster = sum(len(rx.findall(told)) for rx in (disasters, cfg["diseases"], accident) if _may_match(rx, low)) \
        if n_sport < cfg["sports_min"] else 0  # an accident told twice ("A fuel tanker overturned and exploded")
    if n_sport < cfg["sports_min"] and n_disaster < cfg["disaster_min"]:
        return None  # most articles: no game, disaster or disease named often enough to be their subject
    relief = {s.start for s in sents if cfg["relief"].search(s.text)}  # not "deployed 600 soldiers and two helicopters
    # to help clear roads", "using 12 excavators and two drones to scan the ash fields" (the search for survivors)
    n_armed = sum(len(armed.findall(s.text)) for s in sents if s.start not in relief)
    sport = n_sport >= cfg["sports_min"] and n_sport >= 2 * n_armed
    disaster = n_armed <= cfg["armed_max"] and n_disaster >= cfg["disaster_min"] \
        and not any(s.start not in relief or not cfg["relief_kit"].fullmatch(c.group())
                    for s in sents for c in conflict.finditer(without_disaster_strikes(s.text)))
    # ("A magnitude 6.4 earthquake struck": no strike; the drones of a search for survivors are no weapons, but
    # "aid agencies said fighting on roads was delaying deliveries" is fighting)
    if not (sport or disaster):
        return None
    para_text: dict[int, str] = {}
    for s in sents:
        para_text[s.para] = para_text.get(s.para, "") + " " + ("" if s.start in relief and disaster else s.text)
    para_of = {s.start: s.para for s in sents}

    def keep(start: int, sentence: str) -> bool:
        own = para_text.get(para_of.get(start), sentence)
        if sport:
            return bool(cfg["keep_sport"].search(sentence))
        return bool(armed.search(own) or conflict.search(without_disaster_strikes(own)))
    return keep


def _para_start(sents: list[_Sentence], i: int) -> int:
    """Where the text a sentence's source may refer back to starts: its paragraph, or for a
    paragraph's first sentence the paragraph before ("Lt. Col. X said ... at around 2 p.m. The
    firefight lasted 45 minutes. // Three rebels were killed, he said": X)."""
    j = i
    while j > 0 and sents[j - 1].para == sents[i].para:
        j -= 1
    if j < i or not i:
        return sents[j].start
    k = i - 1
    while k > 0 and sents[k - 1].para == sents[i - 1].para:
        k -= 1
    return sents[k].start


def _paragraph(text: str, sents: list[_Sentence], i: int, dateline_end: int = 0) -> str:
    """The sentence's paragraph (up to 8 sentences either side), its dateline blanked."""
    same = [s for s in sents[max(0, i - 8):i + 8] if s.para == sents[i].para]
    start, end = same[0].start, same[-1].end
    cut = max(0, min(dateline_end, end) - start)
    return " " * cut + text[start + cut:end]


# a name's number ("the Project 22160 patrol ship"), no count; not a day's ("On Monday 12 soldiers")
_NAME_NUMBER = re.compile(rf"(?<=\s)(?!(?:{dates.full_names('weekdays')}|{dates.full_names('months')})\b)"
                          r"[A-Z][a-z]+\s+\d[\d-]*(?=\s+[a-z])")
_HAS_NUMBER = re.compile(r"(?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", re.I)
_NAMED_SOURCE = re.compile(r"(?<!either )(?<!Neither )(?<!Either )(?<!both )(?<!Both )(?<!each )(?<!Each )"
                           r"\b(?!(?:[Nn]either|[Bb]oth|[Ee]ither|[Ee]ach|[Ee]very)\b)(?:the\s+)?"
                           r"((?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*)['\u2019]s?\s+"
                           r"(?:reports?|claims?|accounts?|figures?|tolls?|statements?|numbers)\b"
                           # "The toll given by the army could not be verified"
                           r"|\b(?:reports?|claims?|accounts?|figures?|tolls?|statements?|numbers?)\s+(?:given|provided|released|"
                           r"issued|reported|published|announced)\s+by\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*)")


def _same_source(named: str, claimant: str | None) -> bool:
    """'the General Staff's reports' and 'Ukraine's General Staff'; 'the residents' accounts' and
    'three residents': a word of the name (singular or plural) in the claimant."""
    if not claimant:
        return False
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]+", named) if w.lower() not in ("the", "side")}
    have = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]+", claimant)}
    return bool(words & have)


_EVERY_CLAIM = re.compile(r"\b(?:neither|either\s+(?:side|claim|account|toll|figure|report|version)|"
                          r"both\s+(?:sides|claims|accounts|tolls|figures|reports|versions)|"
                          r"(?:the|these|those)\s+(?:claims|accounts|figures)|all\s+sides)\b", re.I)


def _disclaimed(measures: list[dict], sents: list[_Sentence], figures_by: list[list]) -> None:
    """A disclaimer with no numbers of its own reaches back over paragraph breaks ("... killing at
    least 31 people, a doctors' group said. // The RSF did not respond. // Reuters could not
    independently verify the casualty figures."): the reported figures of up to three sentences
    before it are unverified. It opens its paragraph, or closes a paragraph of figures ("The
    ministry said another 161 were wounded. Its figures could not be independently verified."),
    and reaches into earlier paragraphs only for figures of the same source as the nearest ones;
    within its paragraph "Neither claim" covers every source. It keeps to a source it names ("the
    General Staff's reports") and to the deaths when it names the toll."""
    starts = {s.start: k for k, s in enumerate(sents)}
    for j, sent in enumerate(sents):
        if figures_by[j] or j == 0:
            continue
        both = _TWO_ACCOUNTS.search(sent.text)
        every = _EVERY_FIGURE.search(sent.text)
        # its own clause ("None of the figures could be independently verified; NetBlocks reported connectivity at
        # 30%"), a name's number left out ("France 24 could not verify ...")
        said = sent.text[:sent.text.find(";", every.end())] if every and ";" in sent.text[every.end():] else sent.text
        said = _NAMED_NUMBER.sub("", said)
        if (sents[j - 1].para == sent.para and not figures_by[j - 1] and not both
                and not _HAS_NUMBER.search(_NAME_NUMBER.sub(" ", sents[j - 1].text)) and not _FIGURES_NAMED.search(sent.text)) \
                or _HAS_NUMBER.search(said) or not claims.disclaims(said):
            continue  # not "..., a claim India has not confirmed" (about its own sentence); after a sentence of
            # counts that are no figures of ours ("10 civilians were among the dead", "taken 65 soldiers prisoner"), yes;
            # and after a sentence with no count when it names the figures ("... did not comment on casualties. The
            # Associated Press could not independently verify the toll.")
        named = None if both or every else _NAMED_SOURCE.search(sent.text)  # "the General Staff's reports", "the residents'
        # accounts"; not "the figures given by both sides"
        only = {"killed"} if _DEATHS_NAMED.search(sent.text) else \
            {"killed", "injured"} if both and _A_TOLL.search(sent.text) else None  # "could not confirm the death
        # toll", "could not verify either toll"
        reach: set[int] = set()
        source: set | None = None  # the claimants of the nearest figures
        sides = _EITHER_SIDE.search(sent.text)
        if _RIVAL_CLAIMS.search(sent.text) or every or sides:  # "Reuters could not independently verify the competing
            reach = {x.start for x in sents[:j]}  # tolls", "None of the figures", "either side's figures": every
            # side's figures told before it, however far back
            only = {"killed", "injured"} if _TOLLS_NAMED.search(sent.text) or sides else None
        last = next((k for k in range(j - 1, -1, -1) if figures_by[k] or sents[k].para != sent.para), j - 1)
        two = both and len(figures_by[last]) == 1 and sum(  # "... claimed it had killed 40. [The army denied
            1 for k in range(j) if sents[k].para == sent.para and _HAS_NUMBER.search(sents[k].text)) == 1  # it.]
        # Reuters could not verify either account.": the claim before it and the one told before that, across a
        # paragraph break, when its own paragraph holds no other count
        sources = 0
        near = next((k for k in range(j - 1, max(-1, j - 9), -1) if figures_by[k]), j - 1) \
            if _FIGURES_NAMED.search(sent.text) else j - 1  # the nearest figures, over sentences of none, when it
        # names them ("... killed at least 38 people ... [five sentences of reactions] // The figures could not be
        # independently verified."); not "the claim", which may be the words just before it
        for k in range(j - 1, max(-1, near - (5 if two else 3)) if not reach else j - 1, -1):
            if figures_by[k] and only is not None and not any(m["metric"] in only for m in measures
                                                              if m["_sent"] == sents[k].start):
                continue  # "... more than 130 residents were wounded. [...] Sudan Tribune could not independently
                # verify the death toll.": the toll told before the wounded, not the wounded
            if figures_by[k]:
                whose = {m["claimant"] for m in measures if m["_sent"] == sents[k].start}
                every = _EVERY_CLAIM.search(sent.text) and sents[k].para == sent.para
                other = source is not None and (not _same_sources(whose, source) or None in whose)
                if other and two and sources < 2 and None not in whose:
                    sources += 1
                elif other and not every and named is None:
                    break  # another (or an unnamed) source's figures: the disclaimer is about the nearer ones
                sources += source is None
                source = whose
            elif source is None and k == j - 1 and sents[k].para == sent.para and _HAS_NUMBER.search(sents[k].text) \
                    and (said := claims.find_claimant(sents[k].text)[0]) is not None:
                source = {said}  # "The group said its fighters 'killed and wounded more than 40'. The statement could not
                # be verified.": that source's claim, a count of none of ours; not another source's figures before it
                sources += 1
            reach.add(sents[k].start)
            if figures_by[k] and _ONE_FIGURE.search(sent.text) and not named and not two:
                break  # "The figure could not be independently verified": the nearest one only (but "The toll
                # given by the army" is that source's toll, wherever in reach)
        for m in measures:
            if sides and claims.independent(m["claimant"]) and m["_sent"] != sents[j - 1].start:
                continue  # "either side's claims": the warring sides', not the residents' or the hospital's (but the
                # claim right before the caveat is one of the sides', whoever tells it)
            if m["_sent"] in reach and m["claim_status"] == "reported" and starts.get(m["_sent"], j) < j \
                    and (named is None or _same_source(named[1] or named[2], m["claimant"])) \
                    and (only is None or m["metric"] in only):
                m["claim_status"] = "unverified"


# "either account", "both tolls", "the figures given by both sides", "both sides' claims"
_TWO_ACCOUNTS = re.compile(r"\b(?:either|neither)\s+(?:account|claim|toll|figure|report|version)\b|"
                           r"\bboth\s+(?:accounts|claims|tolls|figures|reports|versions)\b|"
                           r"\b(?:accounts|claims|tolls|figures|numbers)\s+(?:given|provided|offered|issued|released)\s+by\s+"
                           r"both\s+sides\b|\bboth\s+sides['\u2019]\s+(?:accounts|claims|tolls|figures|numbers)\b", re.I)
_NAMED_NUMBER = re.compile(r"\b[A-Z][a-z]+\s+\d{1,3}(?=\s+(?:could|can|cannot|was|has|had|did|is)\b)")
# every figure told before: "None of the figures", "either set of figures"
_EVERY_FIGURE = re.compile(r"\b(?:none|any)\s+of\s+(?:the|these|those)\s+(?:[a-z]+\s+)?"
                           r"(?:figures|claims|tolls|numbers|accounts)\b|"
                           r"\b(?:either|both)\s+sets?\s+of\s+(?:[a-z]+\s+)?(?:figures|claims|numbers|tolls)\b", re.I)
# the warring sides' casualty figures told before: "either side's claims" (not "either side's account": the account
# of the events told just before it)
_EITHER_SIDE = re.compile(r"\b(?:n?either|each)\s+(?:side|party|camp)['\u2019]s\s+(?:[a-z]+\s+)?(?:figures|claims|tolls|"
                          r"numbers)\b",
                          re.I)
# a denial that names the claim it denies ("rejected the account", "dismissed the toll as inflated")
_DENIED_CLAIM = re.compile(r"\b(?:the|this|that|these|those|such|its|their|his|her)\s+(?:[\w'\u2019-]+\s+)?(?:account|accounts|"
                           r"claim|claims|toll|tolls|figure|figures|report|reports|allegation|allegations|version|numbers|"
                           r"communiqu(?:e|\u00e9)s?|statements?|assertions?)\b"
                           r"|\bthat\s+(?:so|as|that)\s+many\b", re.I)  # "denied that so many of its fighters had died"


def _denied_later(measures: list[dict], sents: list[_Sentence], figures_by: list[list]) -> None:
    """A denial with no numbers of its own that names the claim it denies reaches back over
    paragraph breaks, as a disclaimer does ("... killed 31 people, a local official said. // "They
    came at dawn," he said. // The administration rejected the account, saying the toll was
    inflated."): the nearest source's reported figures of up to three sentences before it are
    disputed, unless the denier is that source; the deaths and injuries only when it names the toll."""
    for j, sent in enumerate(sents):
        # the words before its own counts: "An SNA spokesman rejected the figure as "inflated", saying only six of its
        # fighters had died" denies the figure told before and gives its own
        head = sent.text[:num.start()] if (num := _HAS_NUMBER.search(sent.text)) else sent.text
        if j == 0 or (num and not _DENIED_CLAIM.search(head)) \
                or not (_DENIED_CLAIM.search(head) or _NAMED_SOURCE.search(head)) or not claims.denies(head):
            continue
        opens = j
        while opens > 0 and sents[opens - 1].para == sent.para:
            opens -= 1
        if opens == 0 or any(figures_by[x] for x in range(opens, j)) or (opens < j and not _HE_DENIED.match(sent.text)):
            continue  # a denial beside its claim is read with it already; later in its paragraph only the speaker
            # who opened it ("Its spokesman said ... He denied that civilians had been harmed and called the
            # casualty figures fabricated"), not "The rebels called it fake. Police denied the allegation."
        denier = claims.find_claimant(sent.text)[0]
        only = {"killed", "injured", "missing"} if _TOLLS_OR_DEATHS.search(head) else \
            {"killed"} if _OFFICIAL_FIGURE.search(head) else None  # "rejected the official figure": the toll
        named = _NAMED_SOURCE.search(head)  # "Israel disputes the ministry's figures": all of that source's
        nearest: set | None = None
        for k in range(opens - 1, max(-1, opens - 4), -1):
            if not figures_by[k]:
                continue
            ours = [m for m in measures if m["_sent"] == sents[k].start]
            if only is not None and not any(m["metric"] in only for m in ours):
                continue  # "... left 16 inmates dead. Three guards were released, the minister said. Relatives
                # rejected the official toll": the toll denied is told before the releases
            if named and not any(_same_source(named[1] or named[2], m["claimant"]) for m in ours):
                continue  # another source's figures: the denial names the one before them
            whose = {m["claimant"] for m in ours}
            if not named and nearest is not None and (None in whose or not _same_sources(whose, nearest)):
                break  # the nearest source's figures only ("He said the army lost 3 soldiers. // M23 dismissed
            nearest = whose if nearest is None else nearest  # the figures": also the 40 he gave before)
            for m in ours:
                if m["claim_status"] == "reported" and (only is None or m["metric"] in only) \
                        and not (denier and m["claimant"] and _same_sources({denier}, {m["claimant"]})):
                    m["claim_status"] = "disputed"


_SAID_TAIL = re.compile(r",\s+[^,;]{2,90}?\s+(?:said|says|told\s+[\w ]{2,40}?|reported|added)"
                        r"(?:\s+(?:on\s+)?\w+day)?(?:\s+in\s+a\s+statement)?[.\"\u201d]*\s*$")
_HE_DENIED = re.compile(r"\s*(?:He|She|They|It)\s+(?:also\s+)?(?:denied|rejected|dismissed|disputed|called)\b")
_TOLLS_OR_DEATHS = re.compile(r"\b(?:tolls?|casualt\w*|deaths?|dead|died|killed|wounded|injured)\b", re.I)
_OFFICIAL_FIGURE = re.compile(r"\b(?:official|government|authorities['\u2019])\s+(?:figure|count|number)\b", re.I)


# "52,000 people newly displaced ... (estimate)": a key figure tagged as an estimate
_ESTIMATE_TAG = re.compile(r"[^.;()]{0,80}\((?:estimated?|est\.?|approx(?:imate|imately|\.)?|provisional)\)", re.I)
_CONTRAST = re.compile(r"[,;]\s+(?:while|whereas|but)\s", re.I)
_ONE_FIGURE = re.compile(r"\b(?:the|this|that|his|her|its)\s+(?:figure|claim|number|count|toll|account|estimate)\b(?!s)"
                         r"|\b(?:validating|verifying|confirming|checking|verify|confirm)\s+(?:that|this|it)\b", re.I)  # "We are
# still validating that": the claim right before it


def _same_sources(a: set, b: set) -> bool:
    """The claimants of two sentences are one source: 'the spokesperson' told of before as 'An Indian
    army spokesperson'."""
    def one(x, ys):
        return any(x == y or claims.one_source(x, y) for y in ys)
    return all(one(x, b) for x in a) and all(one(y, a) for y in b)


# every side's tolls at once, however far back: "could not independently verify the competing tolls"
_RIVAL_CLAIMS = re.compile(r"\b(?:competing|conflicting|rival|differing|contradictory)\s+(?:death\s+)?"
                           r"(?:tolls|casualty\s+figures)\b|\b(?:the|these|those)\s+(?:death\s+|casualty\s+)?tolls\b", re.I)
_TOLLS_NAMED = re.compile(r"\b(?:tolls|casualty|casualties|death)\b", re.I)
_A_TOLL = re.compile(r"\b(?:tolls?|casualty|casualties)\b", re.I)
_FIGURES_NAMED = re.compile(r"\b(?:(?:death|casualty)\s+)?(?:tolls?|figures|numbers|casualty\s+figures?)\b", re.I)
_DEATHS_NAMED = re.compile(r"\b(?:death\s+toll|deaths|dead|killed|fatalities)\b", re.I)


def _following(sents: list[_Sentence], i: int) -> list[str]:
    """The next two sentences of the paragraph ("The RSF denied targeting civilians. Reuters could
    not independently verify the figures."); or, for a paragraph's last sentence, a one-sentence
    paragraph right after it ("It wasn't possible to independently verify the claim.")."""
    if i + 1 >= len(sents):
        return []
    nxt = sents[i + 1]
    if nxt.para == sents[i].para:
        return [s.text for s in sents[i + 1:i + 3] if s.para == sents[i].para]
    alone = i + 2 >= len(sents) or sents[i + 2].para != nxt.para
    if alone:
        return [nxt.text] if len(nxt.text) < 160 else []
    # the next paragraph's second sentence, past a first of the same source ("The Arakan Army (AA) said ... killing 20.
    # // An AA statement said its fighters seized two guns. The claims could not be independently verified.")
    return [nxt.text, sents[i + 2].text] if claims.same_source(nxt.text, sents[i].text) else []


def link_incidents(events: list[dict], measures: list[dict]) -> None:
    """Events of different articles reporting the same happening share one incident_id: same
    sub-type and country, dates within a day, and the same place or the same figure.

    Events are bucketed by (sub-type, country, place) and (sub-type, country, figure); within a
    bucket, sorted by date, each event joins the nearest earlier event of another article that is
    at most a day apart (union-find, so the cost stays near-linear)."""
    figs: dict[str, set] = {}
    for m in measures:
        figs.setdefault(m["event_id"], set()).add((m["metric"], m["value"]))
    buckets: dict[tuple, list[dict]] = {}
    for e in events:
        if not (e["country"] and e["date"] and e["date_precision"] in ("day", "week")):
            continue
        base = (e["sub_event_type"], e["country"])
        keys = [base + ("loc", e["location"])] if e["location"] else []
        keys += [base + ("adm", e["admin1"])] if e["admin1"] else []
        keys += [base + ("fig",) + f for f in figs.get(e["event_id"], ())]
        for k in keys:
            buckets.setdefault(k, []).append(e)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for bucket in buckets.values():
        bucket.sort(key=lambda e: (e["date"], e["event_id"]))
        recent: list[dict] = []  # the latest event of each of the last two articles seen
        for e in bucket:
            for r in recent:
                if r["article_id"] != e["article_id"] and e["date"] - r["date"] <= timedelta(days=1):
                    a, b = root(r["event_id"]), root(e["event_id"])
                    if a != b:
                        parent[max(a, b)] = min(a, b)
                    break
            recent = [e] + [r for r in recent if r["article_id"] != e["article_id"]][:1]
    for e in events:
        e["incident_id"] = root(e["event_id"])
    for m in measures:
        m["incident_id"] = root(m["event_id"])
