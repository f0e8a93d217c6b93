"""Who reported a figure, and whether the text disputes or could not verify it.

Public interface:

- ``find_claimant(sentence, paragraph_before="") -> (claimant | None, start, end)``: the source
  named in the sentence ("Ukraine's air force said", "according to the Kremlin", "..., a rights
  group said", "said Alfredo Romero"), with its span in ``sentence``. Anaphors ("the ministry
  said", "the group says", "it said") are resolved to the fuller name in ``paragraph_before``
  when possible; the span then still points at the anaphor. A leading "the" is dropped.
- ``claim_status(sentence, following=()) -> 'reported' | 'disputed' | 'unverified'``: disputed
  when a denial by another party is reported in the sentence or the next sentences, unverified
  when the text says the claim could not be verified.

Word lists and status patterns live in ``etl/patterns/claims.json``.
"""
from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from etl.dates import _alt  # a trie alternation: longest match first, one pass per position
from etl.lexicon import trie_regex
from etl.numbers import number_words

PATTERNS = Path(__file__).parent / "patterns" / "claims.json"

__all__ = ["claim_status", "find_claimant", "issuer", "one_source", "speaker"]


class _Lower:
    """A case-insensitive pattern (lower-case literals only) run case-sensitively on the
    lower-cased text, 3-4x faster in ``re`` than IGNORECASE; only match positions are used."""

    def __init__(self, pattern: str):
        if any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
            raise ValueError(f"upper-case letter in a lower-case pattern: {pattern}")
        self.cs = re.compile(pattern)
        self.ci = re.compile(pattern, re.IGNORECASE)

    def _on(self, text: str) -> tuple[re.Pattern, str]:
        low = text.lower()
        return (self.cs, low) if len(low) == len(text) else (self.ci, text)

    def search(self, text: str):
        rx, t = self._on(text)
        return rx.search(t)

    def match(self, text: str):
        rx, t = self._on(text)
        return rx.match(t)

    def finditer(self, text: str):
        rx, t = self._on(text)
        return rx.finditer(t)


_ASIDE = r"(?:,\s+(?:in\s+turn|however|meanwhile|for\s+(?:its|their|his|her)\s+part),)?"  # "The faction, in turn, denied"


@lru_cache(maxsize=1)
def _lex() -> dict:
    d = json.loads(PATTERNS.read_text(encoding="utf-8"))
    verbs = _alt(d["speech_verbs"])
    d["verb_re"] = re.compile(rf"\b(?:{verbs})\b")
    bodies = _alt(d["body_words"])
    d["body_last_re"] = re.compile(rf"\b(?:{bodies})$", re.I)
    # "Junta spokesman Zaw Min Tun denied ..., saying", "A Tebu community council denied ... and said"
    d["lead_subject_re"] = re.compile(
        r"\s*((?:The\s+)?[A-Za-z][\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’.-]*"
        r"|\s+\([A-Z][\w.&-]{1,12}\)){0,7}"
        rf"(?:(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{bodies}|spokesman|spokeswoman|spokesperson)"
        r"(?:\s+[A-Z][\w'’.-]*){0,5}(?:,\s+(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*,)?)?)"
        r"(?:\s+\([A-Z][\w.&-]{1,12}\))?" + _ASIDE +
        rf"\s+(?:(?:also|later|again)\s+)?(?:[a-z]+ed|{_alt(d['lead_verbs'])})\b")  # not "Gang members attacked"
    acc = _alt(d["according"])
    d["acc_re"] = _Lower(rf"\b(?:{acc})\s+")
    b = _alt(d["boundaries"])
    d["bound_re"] = _Lower(rf"(?:^|[,;“”\"()–—]|(?<!\d):|:(?!\d)|\b(?:{b})\b)")  # not the colon of "14:10"
    d["strip_t"] = _Lower(rf"(?:\s+|^)(?:{_alt(d['strip_trailing'])})\s*$")
    d["strip_l"] = _Lower(rf"^(?:{_alt(d['strip_leading'])})\b[\s,]*")
    d["pron"] = {p.lower() for p in d["pronouns"]}
    d["owned_re"] = re.compile(rf"(?:his|her|their)\s+(?:{_alt(d['owned_by_pronoun'])})")
    d["not_a_source_start"] = frozenset(d["not_a_source_start"])
    d["inserts_re"] = re.compile(d["inserts"], re.IGNORECASE)
    d["negated_re"] = re.compile(d["negated_before"], re.IGNORECASE)
    d["infinitive_re"] = re.compile(d["infinitive_after"])
    # one alternation per status, tried only when one of its cue words occurs
    d["dispute_topics"] = [(re.compile(rf"\b(?:{rx})"), set(ms)) for rx, ms in d["dispute_topics"].items()]
    d["disputed_acts_re"] = re.compile("|".join(f"(?:{p})" for p in d["disputed"] + d["disputed_acts"]), re.IGNORECASE)
    for status in ("disputed", "unverified"):
        d[f"{status}_re"] = re.compile("|".join(f"(?:{p})" for p in d[status]), re.IGNORECASE)
        d[f"{status}_cue"] = tuple(c.lower() for c in d[f"{status}_cues"])
        # whether any cue occurs, in one search (a pattern that never matches when there is none)
        d[f"{status}_cue_re"] = re.compile(trie_regex(d[f"{status}_cue"], space=" ") or r"(?!)")
    d["titled_re"] = re.compile(  # "..., Serhii Lysak, head of the regional administration, reported"
        r"(?:^|,\s+)(?P<name>[A-Z][\w\u2019'.\-]+(?:\s+[A-Z][\w\u2019'.\-]+){1,3}),\s+(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:{_alt(d['titles'])})\b[^,;]{{0,80}}(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)?,\s*$")
    titles = _alt(d["titles"])
    # "Its spokesman, Sebby Sambom, said", "The army's chief of staff, General Fructueux Gbaguidi, put": the name
    d["own_title_re"] = re.compile(r"(?:^[\s*\u2022\u00b7-]*|[;:\u201c\u201d\"]\s*)"
                                   r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*['\u2019]s?)\s+"
                                   r"|(?=[A-Z]))"  # or a capitalised title opening it ("Head of the X Division, Y, told")
                                   rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?i:{titles})(?:\s+(?:of|for|in|at)\s+(?:the\s+)?[\w'\u2019-]+"
                                   r"(?:\s+[\w'\u2019-]+){0,3})?"
                                   r",\s+(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]+),\s*$")
    # "..., the head of the city's military administration, Oleksandr Vilkul, said": the name after its title
    d["title_name_re"] = re.compile(rf",\s+(?:the|a|an|through\s+its|through\s+their|via\s+its)\s+"  # "through its spokesman, X,"
                                    rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?i:{titles})\b[^,;]{{0,60}}"
                                    r",\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s*$")
    d["no_subject_start"] = frozenset(d["not_a_subject_start"])
    d["alone_no"] = frozenset(d["not_a_source_alone"])
    d["not_speakers"] = frozenset(d["not_speaker_labels"])
    d["answer_labels"] = frozenset(d["answer_labels"])
    d["answer_header_re"] = re.compile(d["answer_header"])
    d["question_re"] = re.compile(rf"(?:^|\n)\s*(?:{_alt(d['question_labels'])})(?:\s*:|\.)\s+[A-Z\"\u201c]")
    d["presented_re"] = re.compile(  # "Mariam Okafor is the emergency coordinator for ...": an interviewee presented
        rf"(?<![\w'\u2019])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),?\s+(?:is|was|,)?\s*(?:the\s+|an?\s+)?"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?i:{titles})\b[^.\n]{{0,120}}")
    d["verbs_low"] = frozenset(v for v in d["speech_verbs"] if " " not in v)
    d["anaphor_re"] = re.compile(  # matched against the lower-cased phrase
        rf"^(?:the|its|their|a|this|that)?\s*(?:\w+\s+)?({_alt(d['anaphors'])})s?$")
    return d


_DATE_TAIL = re.compile(r"(?:\s+(?:on|late|early)?\s*(?:\w+day)(?:\s+(?:night|morning|evening|afternoon))?"
                        r"|\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?"
                        r"|\s+in\s+a\s+(?:statement|post|video|report)(?:\s+on\s+\w+)?)\s*$", re.IGNORECASE)


_LIST_MARK = re.compile(r"^\(?\d{1,3}[.)]\s+")
# a live blog entry's time before its text (also read by events): "14:10 - ", "09:40 GMT: UPDATE: ", "UPDATE, 09:30 (Doha): "
_UPDATE = r"(?:UPDATE[SD]?|BREAKING)\s*[,:\u2013\u2014-]\s*"
TIMESTAMP = re.compile(rf"^(?:{_UPDATE})?\[?\d{{1,2}}[:.]\d{{2}}\]?\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{{2,4}}T)?"
                       rf"\s*(?:\([A-Z][\w .'-]{{0,30}}\)\s*)?[-\u2013\u2014|:]\s*(?:{_UPDATE})?")


def _clean(np: str) -> str:
    """Strip leading connectives/"the" and trailing dates/adverbs from a claimant phrase."""
    lx = _lex()
    np = _LIST_MARK.sub("", TIMESTAMP.sub("", np.strip(" ,.;:\"“”'")).lstrip("-–—•*· "))  # bullets: "- The Israeli
    # army says", numbered points: "5. The ELN claimed"
    while True:
        m = lx["strip_t"].search(np) or _DATE_TAIL.search(np)
        if not m or m.start() == 0:
            break
        np = np[:m.start()].rstrip(" ,")
    while True:
        m = lx["strip_l"].match(np)
        if not m or m.end() == 0 or m.end() >= len(np):
            break
        np = np[m.end():]
    return _PERFECT_TAIL.sub("", np).strip(" ,.;:\"“”'")


_PERFECT_TAIL = re.compile(r"\s+(?:has|have|had)\s+[a-z]+ed$")  # "A section of social media has circulated (claims)"
_DIGIT = re.compile(r"\d")
_NAME_WITH_DIGIT = re.compile(r"\b[A-Z]\w*\d|\d\w*[A-Z]"  # "M23", "3R"; a unit's ordinal: "the 3rd Infantry Division"
                              r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Division|Brigade|Battalion|Regiment|"
                              r"Corps|Army|Front|Command|Fleet|Wing|Group|Squadron|Company|District|Region|Sector|Military)\b")
_CAPITAL = re.compile(r"[A-Z]")
_LEAD_PHRASE = re.compile(r"^\s*[A-Z][^,]{0,40},\s*$")
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")


def _valid(np: str) -> bool:
    lx = _lex()
    words = np.split()
    if not words or len(words) > lx["max_words"]:
        return False
    low = np.lower()
    if low in lx["pron"]:
        return True  # resolved later
    if len(words) == 1 and low in lx["alone_no"]:
        return False  # "the country recorded", "Several said"
    if len(words) > 1 and words[-1].lower() in _TRAILING_PRONOUNS:
        return False  # "the highest number it (has recorded)", "a figure it (said)": no source
    if not np[0].isalpha() or words[0] in lx["not_a_source_start"]:  # "(IDPs) in Sudan is estimated at"
        return False
    if words[0] in lx["verbs_low"] and words[0] not in _NOUN_TOO:  # "..., said her office
        # had confirmed": the phrase of another verb
        return False
    if "number of" in low or words[-1].lower() in ("toll", "tally", "figure", "count", "estimate", "total"):
        return False  # "An earlier toll had put the number of wounded at 16": no source
    if len(words) > 1 and words[-1].lower() in ("are", "is", "were", "was"):
        return False  # "Eight civilians are now confirmed dead, up from six reported": a clause, not a source
    # "262 drones were shot down" is no source; "M23" is
    return not (_DIGIT.search(np) and not _NAME_WITH_DIGIT.search(np))


def _span(sentence: str, sub: str, lo: int, hi: int) -> tuple[int, int]:
    i = sentence.find(sub, lo, hi + len(sub))
    return (i, i + len(sub)) if i >= 0 else (lo, hi)


_TRAILING_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "which", "that", "who"])
_SENT_BREAK = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")


# "the London School of Hygiene and Tropical Medicine": "and" inside a name of the form "X of Y and Z"
_NAME_OF_BEFORE = re.compile(r"\b(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}$")  # "Group to Support Islam and"


def _bounds(text: str) -> list[tuple[int, int]]:
    """The clause boundaries of ``text`` (connectives, commas, quotes), less an "and" inside a name."""
    out = []
    for m in _lex()["bound_re"].finditer(text):
        if m.group() == "and" and text[m.end():m.end() + 2].strip()[:1].isupper() \
                and _NAME_OF_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


_ADVERB_SUBJECT = frozenset(["also", "meanwhile", "later", "too", "separately", "earlier", "again", "however",
                             "previously", "now", "then"])
_ANONYMOUS = re.compile(r",?\s+who\s+(?:asked|spoke|declined|requested|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed)"
                        r"[^,.;]{0,120}?,?\s+$")
_AUX_BEFORE = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|now|previously|already|since|just|so\s+far|initially|earlier|first|"
                         r"originally))?\s+$")


def _subject_before(sentence: str, vpos: int, bounds: list[tuple[int, int]] | None = None,
                    ) -> tuple[str, int, int] | None:
    """The subject phrase right before the verb at ``vpos``. ``bounds``: the clause boundaries of
    the whole sentence (those ending by ``vpos`` are the boundaries of ``sentence[:vpos]``: the
    verb starts a word, so no boundary runs across it)."""
    if anon := _ANONYMOUS.search(sentence, max(0, vpos - 160), vpos):
        vpos = anon.start()  # "A military source who asked not to be named told AFP"
    if aux := _AUX_BEFORE.search(sentence, max(0, vpos - 30), vpos):
        vpos = aux.start()  # "Azadi Rights Monitor (ARM) has documented"
    for _ in range(2):  # "The shadow government (NUG), in a statement posted on Telegram, put the number"
        if ins := _lex()["inserts_re"].search(sentence, max(0, vpos - 80), vpos):
            vpos = ins.start()  # "Ukrainian officials, meanwhile, said", "US Central Command (Centcom) said"
    head = sentence[:vpos]
    if bounds is None:
        bounds = _bounds(head)
    last = 0
    for bs, be in bounds:
        if be > vpos:
            break
        if be > last or bs == 0:
            last = be
    for sb in _SENT_BREAK.finditer(head, last):  # text of several sentences: no subject across a full stop
        last = sb.end()
    np = head[last:].strip()
    if (lead := _DATE_LEAD.match(np)) and np[lead.end():][:1].isupper():  # "On 16 February the SSPDF said": the
        last = head.index(np, last) + lead.end()  # source after the day
        np = head[last:].strip()
    if np.lower() in _ADVERB_SUBJECT and last:  # "The Commission, which reports to parliament, also said"
        head, np = head[:last], ""
    if not np:
        return _appositive_subject(sentence, head)
    np2 = _clean(np)
    if not np2 or not _valid(np2):
        return None
    s, e = _span(sentence, np2, last, vpos)
    return np2, s, e


_APPOSITIVE = re.compile(r"(?:^|[;:\u201c\u201d\"]\s*|,\s+(?:and|but|while|as)\s+|,\s+the\s+(?=[A-Z]))"
                         r"(?P<name>[A-Z][\w\u2019'./\-]*(?:\s+[\w\u2019'./\-]+){0,8}?)"
                         r"(?:\s+\([A-Za-z][\w.&-]{1,14}\))?"  # "The Baloch Liberation Army (BLA), which claimed ..."
                         r",\s+(?:an?|the|which|who|whose|speaking|writing|talking|addressing|quoted|interviewed|citing|"
                         r"appearing|led|headed|founded|commanded|run|known|in|near|from|[A-Z][\w.-]*['\u2019]s)\s(?:[^,;]|,(?=\d{3})|,\s+(?=alias\b|also\s+known\s+as\b)"
                         # "which groups troops from Chad, Niger and Mali": a list
                         r"|,\s+(?=[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:,\s+[A-Z]|\s+and\s)))"
                         r"{1,120},\s*$")  # "The MPCP, led by Victor Quispe, alias Comrade Jose, claimed"


# 'Separatist commander "General Ebube" said': a title and a nom de guerre in quotes
_QUOTED_NAME = re.compile(r"(?:^|[;:]\s*)(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}\s+"
                          r"[\"\u201c][A-Z][^\"\u201d,.;]{1,30}[\"\u201d])\s*$")


# "Youth leaders in Pibor, South Sudan, said": a source of a town, the town's country after a comma
_TOWN_COUNTRY = re.compile(r"(?:^|[;:\u201c\u201d\"]\s*)(?P<name>[A-Z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3}\s+"
                           r"(?:in|of|from)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s+"
                           r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,\s*$")


# "The Ombudsman, Iris Marin, said": the title and the name
_NAMED_TITLE = re.compile(r"(?:^[\s*\u2022\u00b7-]*|[;:\u201c\u201d\"]\s*)"
                          r"(?P<name>The\s+[A-Z][\w\u2019'.\-]*(?:\s+[A-Z][\w\u2019'.\-]*){0,2}"
                          r",\s+[A-Z][\w\u2019'.\-]*(?:\s+[A-Z][\w\u2019'.\-]*){1,3}),\s*$")


# "..., the UN mission, MINUSCA, said": the body's own short name
_ACRONYM_APPOSITIVE = re.compile(r"(?:^[\s*\u2022\u00b7-]*|,\s+)"  # "* Pakistan's military media wing, ISPR, said"
                                 r"(?:[Tt]he\s+)?[\w'\u2019. -]{2,50}?,\s+(?P<name>[A-Z][A-Z.&-]{1,11}"
                                 # "The military's media wing, Inter-Services Public Relations (ISPR), later said"
                                 r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,5}(?=\s+\([A-Z][A-Z.&-]{1,11}\)))"
                                 r"(?:\s+\([A-Z][A-Z.&-]{1,11}\))?,\s*$")


# "A local NGO, Fundasaun Mahein, said", "But the group's military spokesman, Yahya Saree, said", "The chief of
# the indigenous region, Marcelino Montezuma, told EFE": a description, then the name it describes
_DESCRIBED_NAME = re.compile(r"(?:^[\s*\u2022\u00b7-]*|[;:\u201c\u201d\"]\s*)(?:(?:But|And|Yet|However|Meanwhile),?\s+)?"
                             r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,;\"\u201c\u201d]{2,90}?,\s+"
                             r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|da|del|al|bin|van|von|el)){0,4}),\s*$")


def _appositive_subject(sentence: str, head: str) -> tuple[str, int, int] | None:
    """'Iran Human Rights, an Oslo-based group, said', 'The foundation, which tracks casualties,
    said': the name before the appositive or relative clause."""
    m = _NAMED_TITLE.search(head) or _lex()["own_title_re"].search(head) or _lex()["title_name_re"].search(head) \
        or _APPOSITIVE.search(head) or _QUOTED_NAME.search(head) or _TOWN_COUNTRY.search(head) \
        or _lex()["titled_re"].search(head) \
        or _ACRONYM_APPOSITIVE.search(head) or _DESCRIBED_NAME.search(head)
    if not m:
        return None
    # "The Ombudsman, Iris Marin" -> "Ombudsman Iris Marin"; 'commander "General Ebube"' -> 'commander General Ebube'
    np = _clean(re.sub("[\"\u201c\u201d]", "", m["name"])).replace(", ", " ")
    if not np or not _valid(np):
        return None
    s, e = _span(sentence, np, m.start("name"), m.end("name"))
    return np, s, e


def _subject_after(sentence: str, vend: int) -> tuple[str, int, int] | None:
    """Inverted attribution: '..., said Alfredo Romero, director of ...'."""
    tail = sentence[vend:]
    m = re.match(r"\s+((?:the\s+|a\s+)?[A-Za-z][\w’'.\-]*(?:\s+(?!on\b|in\b|that\b|it\b)[\w’'.\-]+){0,6}?)"
                 r"\s*(?:[,.;]|$)", tail)
    if not m:
        return None
    if m.group(1).split()[0].lower().rstrip(".") in _lex()["no_subject_start"]:
        return None  # "..., reported on Saturday morning": a time
    np = _clean(m.group(1))
    described = re.match(r"(?:the|her|his|its|their)\s", m.group(1), re.I) and len(m.group(1).split()) <= 4 \
        and re.search(r",[\"\u201d\u2019']?\s*\w+$", sentence[max(0, vend - 20):vend]) \
        and not re.match(r",\s+\w+ing\b", sentence[vend + m.end(1) - 0:])  # "..., said the governor"; not
    # "confirmed the attack, saying ..."
    if not np or not (np[0].isupper() or np.lower().startswith(("a ", "an ")) or described) or not _valid(np):
        return None
    s, e = _span(sentence, np, vend, vend + m.end())
    return np, s, e


def _according(sentence: str) -> tuple[str, int, int] | None:
    lx = _lex()
    m = lx["acc_re"].search(sentence)
    if not m:
        return None
    start = m.end()
    rest = sentence[start:]
    before = sentence[:m.start()].rstrip()
    at_end = bool(before) and before[-1] in ",;–—"
    stop = re.search(r"\s+(?:which|who|that|on\s+\w+day|in\s+a\s+statement)\b|(?<![A-Z])[.!?](?:\s|$)|[;:](?:\s|$)"
                     r"|,\s+(?:including|among|of\s+wh(?:om|ich)|while|whereas|as|but|and|or|with|though|although|up|down|"
                     r"compared|against|bringing|raising)\b"
                     r"|,\s+(?:most|many|some|all|none|several|half|one|two|three)\s+of\b"
                     # "according to the ministry, hours after ...", "according to the council, stands at 11 dead"
                     r"|,\s+(?:(?:a|an|one|two|three|several|just|only|some)\s+)?(?:hours?|days?|weeks?|minutes?|moments?|shortly|soon)\b"
                     r"|,\s+(?:stands|stood|is|was|were|are|has|had|have|rose|reached|put|puts|said|says|told)\b"
                     r"|,\s+(?:in|on|at|during|amid)\s+(?:the|a|an|what)\s"  # "..., in the deadliest day of attacks"
                     + (r"|,\s+(?:the|an?)\s(?![^,]*\band\s)" if at_end else r"|,"), rest)  # "according to the air force, the
    # largest strike of the year": the source, not what is said of the strike
    np = rest[:stop.start()] if stop else rest
    if _NOT_A_SOURCE_ACC.search(np) or _ITS_OWN_FIGURES.match(np):
        return None  # "buried according to Islamic rites": a rule, no source; "according to figures it
        # released": the sentence's own source
    if at_end and ((stop and lx["verb_re"].match(stop.group().lstrip(", ")))
                   or lx["verb_re"].match(np.split(", ")[1] if ", " in np else "")):
        return None  # "The UN office (BINUH), citing witnesses, said ...": a source of the source, in its apposition
    np = _clean(np)
    if not np or not _valid(np):
        return None
    s, e = _span(sentence, np, start, start + len(rest))
    return np, s, e


_NOT_A_SOURCE_ACC = re.compile(r"\b(?:rites?|customs?|traditions?|tradition|law|laws|plans?|schedule|protocols?|procedures?|"
                               r"rules|regulations|guidelines|instructions|orders)\s*$", re.I)
_ITS_OWN_FIGURES = re.compile(r"(?:(?:the\s+)?(?:figures|data|numbers|statistics|estimates?|tallies|counts?|reports?)\s+"
                              r"(?:it|they|he|she|we)\b|(?:its|their|his|her|our)\s+(?:own\s+)?(?:latest\s+)?"
                              r"(?:figures|data|numbers|statistics|estimates?|tally|count|records?)\s*$)", re.I)
_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "a", "an", "this", "that"])


def _resolve_anaphor(np: str, paragraph_before: str) -> str | None:
    """The source named before that ``np`` refers back to ("the ministry" -> "Russia's Ministry of
    Defense"). A word before the noun must be in that name: "the interior ministry" is no
    back-reference to "the foreign ministry", nor "Gauteng police" to "Police Minister X"."""
    full = _refers_to(np, paragraph_before)
    words = np.lower().split()
    words = words[1:] if words and words[0] in _DETERMINERS else words
    if full and len(words) > 1 and words[0] not in full.lower():
        return None
    return full


def _refers_to(np: str, paragraph_before: str) -> str | None:
    lx = _lex()
    low = np.lower()
    if not paragraph_before:
        return None
    if low in lx["pron"]:
        return _last_named(paragraph_before) or (_last_subject(paragraph_before) if low in _PERSONAL else
                                                 _last_body(paragraph_before) if low in ("it", "they") else None)
    if lx["owned_re"].fullmatch(low):
        return _last_named(paragraph_before)  # "According to her office": the person named before
    m = lx["anaphor_re"].match(low)
    if not m or _CAPITAL.search(np[1:] if not np.lower().startswith("the ") else np[4:]):
        return None
    head = m.group(1).lower()
    syns = lx["anaphors"].get(head) or lx["anaphors"].get(head.rstrip("s")) or [head]
    # a capitalised name that contains the noun ("Russia's Ministry of Defense", "Foro Penal" after "NGO")
    best = None
    para_low = paragraph_before.lower()
    for syn in syns:
        if syn.lower() not in para_low:
            continue  # both patterns need the noun itself
        pat, after = _anaphor_res(syn)
        names = {}  # end of the noun -> (start, name)
        for mm in pat.finditer(paragraph_before):
            txt = mm.group(1).strip()
            if txt[:1].isupper() and len(txt.split()) > 1 and (best is None or mm.start() > best[0]):
                best = (mm.start(), txt)
            names[mm.end(1)] = (mm.start(1), txt)
        for mm in after.finditer(paragraph_before):
            txt = mm.group(1).strip()
            if mm.group()[:2].istitle() and (whole := names.get(mm.start() + len(syn))):  # "the Maldives Police
                txt = paragraph_before[whole[0]:mm.end(1)].strip()  # Service": the noun is inside a longer name
            if txt[:1].isupper() and (best is None or mm.start() > best[0]):
                best = (mm.start(), txt)
    if best:
        return re.sub(r"^(?:The|A|An)\s+", "", best[1])
    # no name holds the noun: a described source before it ("a local resistance group said ...
    # the group said" -> "local resistance group", "Lebanon's health ministry")
    for syn in syns:
        if syn.lower() not in para_low:
            continue
        described = list(_described_re(syn.lower()).finditer(paragraph_before))
        if described:
            return described[-1].group(1) or described[-1].group(2)
    return None


@lru_cache(maxsize=256)
def _described_re(noun: str) -> re.Pattern:
    """'a local resistance group', "Lebanon's health ministry": a source described, not named
    (no 'a shootout with police')."""
    n = re.escape(noun)
    word = (r"(?!(?:with|of|in|by|from|at|on|for|to|and|or|against|were|was|are|is|been|had|has|have|said|says|"
            r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s)[a-z][\w-]*\s+")  # no preposition, verb
    # or count: one noun phrase (not "the dead were two police" for "Police")
    return re.compile(rf"\b(?:an?|the)\s+((?:{word}){{1,3}}{n}s?)\b"
                      rf"|\b([A-Z][\w-]*['\u2019]s\s+(?:{word}){{0,3}}{n}s?)\b")


@lru_cache(maxsize=256)
def _anaphor_res(syn: str) -> tuple[re.Pattern, re.Pattern]:
    """A capitalised name that holds the noun ``syn`` ("Russia's Ministry of Defense"), and the
    noun followed by a name ("the group Foro Penal")."""
    sp = "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in syn)
    pat = re.compile(
        rf"((?:[A-Z][\w\-]*['’]s\s+)?(?:(?:[A-Z][\w\-]*|of|the|and|for)\s+)*?(?:[A-Z][\w\-]*\s+)*"
        rf"{sp}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?)")
    return pat, re.compile(rf"\b{sp}\s+((?:[A-Z][\w\-]*\s?){{1,5}})")


_PERSONAL = frozenset(["he", "she", "him", "her"])


def _last_subject(paragraph: str) -> str | None:
    """The titled name opening the paragraph's last sentence ("Health official Amina Yusuf spoke to
    reporters. She put the toll at 12."): who a personal pronoun stands for, when no one spoke before."""
    for last in reversed(re.split(r"(?<=[.!?])\s+", paragraph.strip())[-3:]):  # "Spokesman X rejected the
        m = _owner_re().match(last)  # report. 'The army does not target civilians,' he told EBC. He said ..."
        if m and len(m.group(1).split()) >= 2:
            return m.group(1)
    return None


def _last_body(paragraph: str) -> str | None:
    """The body opening the paragraph's last sentence ("Somaliland's defence ministry rejected the
    figures. It said ..."): what "it" stands for, when no one spoke before."""
    last = TIMESTAMP.sub("", re.split(r"(?<=[.!?])\s+", paragraph.strip())[-1])  # not "GMT" of "09:40 GMT: The air force ..."
    m = _lex()["lead_subject_re"].match(_PERFECT.sub("", last, count=1))  # "The air force has revised its figures. It now says"
    np = _clean(m.group(1)) if m and (_lex()["body_last_re"].search(m.group(1)) or _ACRONYM_BODY.fullmatch(m.group(1))) else None
    return np if np and _valid(np) else None


_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?=[a-z]+ed\b)")
_ACRONYM_BODY = re.compile(r"(?:The\s+)?[A-Z][A-Z0-9&-]{1,7}")  # "The RSF denied ... It said": a group by its initials


def _last_named(paragraph: str) -> str | None:
    sents = _FULL_STOP.split(paragraph)
    for s in reversed(sents):
        c, _, _ = _find(s)
        if c and c.lower() not in _lex()["pron"]:
            if by := _DOCUMENT_BY.match(c):
                return by[1]  # "according to a statement by the Iraqi Joint Operations Command"
            if not _DOCUMENT.search(c):  # not "a statement read on state television": whose, it does not say
                return c
    return None


_DOCUMENT_BY = re.compile(r"(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|post|report|release)\s+"
                          r"(?:by|from|of)\s+(?:the\s+)?(.+)$", re.I)
_DOCUMENT = re.compile(r"\b(?:statement|communiqu\w+)\b", re.I)


def _recent(maxsize: int = 8):
    """Memoise the last few distinct calls (least recently used out). One sentence is analysed
    for its event, each of its figures, its place and its actor in a row; this window over
    consecutive calls is no cache of the corpus. Results must be immutable."""
    def deco(fn):
        memo: dict = {}

        def wrapper(*args):
            if args in memo:
                v = memo.pop(args)
            else:
                v = fn(*args)
                if len(memo) >= maxsize:
                    del memo[next(iter(memo))]
            memo[args] = v
            return v

        wrapper.__wrapped__ = fn
        wrapper.cache_clear = memo.clear
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return deco


_BY_AFTER = re.compile(r"\s+by\b(?!\s+(?:tele)?phone\b|\s+video\s+link\b|\s+text\s+message\b|\s+e-?mail\b)")  # "said by phone"
_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|(?:between|in|of|and|or|where|which|to|across|along|have|had|were|are|on|from|"
                        r"with|for|by|that\s+(?:have|had|were|are|border))\b)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*\s*$")
_THAT_CLAIM = re.compile(r"[^.;]{0,40}?\bthat\s")
_CLAIM_NOUN_BEFORE = re.compile(r"\b(?:claims?|statements?|videos?|reports?|posts?|messages?|figures?|communiqu\w*)\s+$", re.I)
_PREP_PHRASE = re.compile(r"(?:In|On|At|From|With|During|After|Before|Under|Over|Through)\s")
_DATE_LEAD = re.compile(r"(?:On|In|By|Since)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)(?:,?\s+\d{4})?"
                        r",?\s+(?:the\s+)?")
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|is|are|am|been|be|being)\s+(?:initially\s+|first\s+|originally\s+|earlier\s+|"
                             r"also\s+|later\s+|reportedly\s+)?$")  # "were initially reported injured": no source
_NOUN_TOO = frozenset(["report", "reports", "claim", "claims", "estimate", "estimates", "count", "counts", "statement"])
# "a U.N. report": a noun; not "The UN estimates"
_NOUN_BEFORE = re.compile(r"\b(?:a|an|its|their|his|her)\s+(?:[\w.'\u2019-]+\s+)?$"  # "denied claims that ...": a noun
                          r"|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|"
                          r"disputes|contradicted|contradicts)\s+$", re.I)


@_recent()
def _cands(sentence: str) -> tuple[tuple[float, tuple[str, int, int]], ...]:
    """Every attribution of the sentence with its rank (before any figure distance)."""
    lx = _lex()
    cands = []
    acc = _according(sentence)
    if acc:
        at_end = not sentence[acc[2]:].strip(" .,;:!?\"”’'")
        cands.append((2.5 if at_end or acc[1] < 20 else 1.0, acc))
    bounds = None
    for m in lx["verb_re"].finditer(sentence):
        if lx["negated_re"].search(sentence, max(0, m.start() - 12), m.start()) \
                or (lx["infinitive_re"].match(sentence, m.end()) and not _CLAIMED_TO_HAVE.match(sentence, m.start())) \
                or _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) \
                or (m.group().lower() in _NOUN_TOO and _NOUN_BEFORE.search(sentence, max(0, m.start() - 24), m.start())):
            continue  # "did not say", "claimed to have won", "were alleged gunmen": no source of the figures
        if m.group() in ("posted", "published", "released", "issued") and _CLAIM_NOUN_BEFORE.search(sentence, 0, m.start()):
            continue  # "denied a claim posted on Telegram that ...": a participle, no attribution
        if _BY_AFTER.match(sentence, m.end()):
            continue  # "an attack on a checkpoint claimed by the Front": a participle, no attribution of the figures
        if m.group() in ("adds", "added", "add") and _ADDS_OBJECT.match(sentence, m.end()):
            continue  # "each detour adds about 3,200 nautical miles": a sum, no speech
        if m.group() in ("states", "state", "reports", "report") and _NOUN_AFTER.match(sentence, m.end()) \
                and not (m.group() == "reports" and _SENTENCE_END.match(sentence, m.end())):  # ", state media reports."
            continue  # "in Benue and Plateau states between January and May": the noun, not the verb
        if bounds is None:
            bounds = _bounds(sentence)
        r = _subject_before(sentence, m.start(), bounds)
        if r is None:
            r = _subject_after(sentence, m.end())
        if r and _PARTICIPLE.match(r[0]):
            continue  # "OCHA gave a lower figure, saying its partners had confirmed 487": OCHA's (below)
        if r and not _PREP_PHRASE.match(r[0]):  # "In a video posted on TikTok, a gang leader claims": not the video
            cands.append((_rank(sentence, r, m), r))
    if _KEY_LINE.match(sentence) and (ps := _PAREN_SOURCE.search(sentence)) and (np := _clean(ps["who"])) and _valid(np):
        cands.append((2.0, (np, ps.start("who"), ps.start("who") + len(ps["who"]))))  # "• 365 Palestinians arrested
        # (Palestinian Prisoners' Society)", "Killed since 26 October: at least 1,460 (Sudan Doctors Network)"
    if (c := _CLAIM_OF.search(sentence)) and (np := _clean(c["who"])) and _valid(np):
        cands.append((3.0, (np, c.start("who"), c.end("who"))))  # "rejects as false the statement of Cambodia's
        # Ministry of National Defence that Thai aircraft ... killed one civilian": the figures are that source's
    if (q := _QUOTED_AS.search(sentence)) and (np := _clean(q["who"])) and _valid(np):
        cands.append((2.0, (np, q.start("who"), q.end("who"))))  # "Tasnim quoted a judiciary official as saying"
    if (said := _AND_SAID.search(sentence)) and (subj := _lex()["lead_subject_re"].match(sentence)) \
            and not lx["verb_re"].search(sentence, subj.end(), said.start()) \
            and not any(r[1] == subj.start(1) for _, r in cands):  # a speech verb read this subject whole (not
        # "Gunmen killed 12 people, the police said, but leaders put the toll at 40 and said": the leaders' verb)
        np = _clean(_TRAILING_ACRONYM.sub("", subj[1]))  # "The ministry disputed the toll, saying ..."
        if named := _APPOSED_NAME.search(subj[1]):  # "The army spokesman, General X, blamed ... and said": X
            np = named[1]
        if np and _valid(np):
            cands.append((1.5, (np, subj.start(1), subj.end(1))))
    if relay := _RELAY.search(sentence):  # "..., a military official said on Sunday, Xinhua reported.": the
        cands = [(sc - 3.0 if r[1] >= relay.start("relay") else sc, r) for sc, r in cands]  # agency relays it
    return tuple(cands)


# a key-figures line or a bullet, and the source it names in brackets at its end
_KEY_LINE = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u00b7*]\s+|[A-Z][^:\n]{1,90}:\s+)")
_PAREN_SOURCE = re.compile(r"(?<=[\d+%a-z])\s*\((?P<who>(?!(?:as\s+of|[Uu]pdated|[Ee]st|[Aa]pprox)\b)"
                           r"[A-Z][\w'\u2019.&\- ]{1,60}?)"
                           r"(?:\s+(?:figures?|data|estimates?|count|tally))?\)\s*[.;]?\s*$")
_ADDS_OBJECT = re.compile(r"\s+(?:about|some|nearly|around|roughly|more\s+than|up\s+to|another|an?\s|\d|to\s+(?:the|its|their))",
                          re.I)
_CLAIM_OF = re.compile(r"\b(?:the|a)\s+(?:statement|claim|report|assertion|allegation|accusation)s?\s+(?:of|by|from)\s+"
                       r"(?P<who>(?:the\s+)?(?:[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,6}"
                       r"|[a-z]+(?:\s+[a-z]+)?))\s+that\b")
_RELAY = re.compile(r",\s+[^,]{2,80}?\s+(?:said|says|told\s+[\w ]{2,30}?)(?:\s+(?:on\s+)?\w+day)?,\s+"
                    r"(?P<relay>(?:the\s+)?[A-Z][\w .'\u2019-]{1,40}?)\s+(?:reported|reports|said|says)[.!\"\u201d]*\s*$")


def _find(sentence: str, fig: tuple[int, int] | None = None) -> tuple[str | None, int, int]:
    cands = _cands(sentence)
    if not cands:
        return None, -1, -1
    if fig:
        def dist(r):
            return max(0, fig[0] - r[2], r[1] - fig[1])

        def own_clause(r):  # "..., while a UN office put the toll at 23": the figure is its subordinate clause's own
            return 2.0 if 0 <= fig[0] - r[2] <= 40 and not _CLAUSE_BREAK.search(sentence, r[2], fig[0]) \
                and _SUBORD.search(sentence[max(0, r[1] - 12):r[1]]) else 0.0
        def other_clause(r):  # "The SAF claimed to have killed 100; the RSF said it killed 35": across a semicolon
            lo, hi = (r[2], fig[0]) if r[2] <= fig[0] else (fig[1], r[1])
            return 3.0 if ";" in sentence[lo:hi] else 0.0
        cands = [(sc - 0.02 * dist(r) + own_clause(r) - other_clause(r), r) for sc, r in cands]
    return max(cands, key=lambda c: c[0])[1]


_CLAUSE_BREAK = re.compile(r"[,;:\"\u201c\u201d]")
_SUBORD = _Lower(r"\b(?:since|that|when|because|after|before|if|while|as|although|though|which|who)\s+$")
_TAIL = _Lower(r"^\s*(?:(?:on\s+)?\w+day|in\s+a\s+statement|on\s+\w+|late|early|today|yesterday|morning|evening|night|"
               r"this\s+\w+|last\s+\w+|\s)*\s*[.!?\"”]*\s*$")


def _rank(sentence: str, r: tuple[str, int, int], verb: re.Match) -> float:
    """Main-clause attributions win: sentence-final ', X said.' and sentence-initial 'X said'."""
    score = 0.0
    if _TAIL.match(sentence[verb.end():]) or r[1] >= verb.end():
        score += 2
    if _SUBORD.search(sentence[max(0, r[1] - 12):r[1]]):
        score -= 2
    if r[1] <= 2 or _LEAD_PHRASE.match(sentence[:r[1]]):
        score += 1
    return score - 0.001 * r[1]


def find_claimant(sentence: str, paragraph_before: str = "", fig_start: int | None = None,
                  fig_end: int | None = None) -> tuple[str | None, int, int]:
    """Who reported the figures of ``sentence``: (claimant, start, end) or (None, -1, -1).

    With ``fig_start``/``fig_end`` (the figure's span in ``sentence``), the attribution nearest
    the figure wins when a sentence has several ("X reported 16 drones downed ..., and flights
    were halted, according to Y")."""
    fig = (fig_start, fig_end if fig_end is not None else fig_start) if fig_start is not None else None
    np, s, e = _find(sentence, fig)
    if np is not None and np.lower() in _lex()["opening_adverbs"] and (lead := _LEAD_ADVERB.match(sentence)):
        np, s, e = _find(" " * lead.end() + sentence[lead.end():], fig)  # "Separately, ..., said Cmdr. Hale": not
        # the adverb opening the sentence
    if np is None:
        return None, -1, -1
    if s > 0 and _lex()["owned_re"].fullmatch(np.lower()) and (owner := _owner_re().match(sentence)):
        return owner.group(1), s, e  # "President X ordered ..., his spokesman said": the sentence's subject
    full = (s > 0 and np.lower() in _lex()["pron"] and _resolve_anaphor(np, sentence[:s])) \
        or _resolve_anaphor(np, paragraph_before)  # "A rescue group gave a different picture: it said": the group
    if full:
        return full, s, e
    if np.lower() in _lex()["pron"] or _count_only(np):
        return None, -1, -1  # "Two more alleged recruiters were detained": a count, no source
    return _nationalise(np, paragraph_before), s, e


_COUNT_TAIL = frozenset(["more", "other", "others", "of", "them", "a", "few", "several", "some", "many"])


def _count_only(np: str) -> bool:
    """'Two more', 'Dozens of them': a count, no source (the subject of 'Two more alleged recruiters were detained')."""
    words = np.lower().replace(",", "").split()
    return bool(words) and all(w.isdigit() or w in number_words() or w in _COUNT_TAIL for w in words) \
        and any(w.isdigit() or w in number_words() for w in words)


_LEAD_ADVERB = re.compile(r"\s*[A-Z][a-z]+,\s*")


# a sentence opening with a titled name ("President Bola Tinubu ordered", "Borno governor Babagana Zulum
# visited"), not with a time or an article
@cache
def _owner_re() -> re.Pattern:
    titles = _alt(_lex()["titles"] + ["health", "police", "army", "military", "local", "state", "district"])
    return re.compile(r"\s*(?!(?:The|A|An|On|In|At|After|Before|When|But|And|Last|This|Earlier|Later)\b)"
                      rf"([A-Z][\w.'\u2019-]*\s+(?:(?:[A-Z][\w.'\u2019-]*|{titles})\s+){{0,6}}[A-Z][\w'\u2019-]+)"
                      r"\s+(?:[a-z]+ed|has|had|was|is|spoke|met|went|told|gave|came)\b")


_INSTITUTION = re.compile(r"^(?:General\s+Staff|[Aa]ir\s+[Ff]orce|[Aa]rmy|[Mm]ilitary|[Nn]avy|"
                          r"[Dd]efen[cs]e\s+[Mm]inistry|"
                          r"[Ff]oreign\s+[Mm]inistry|[Gg]eneral\s+[Ss]taff|[Aa]rmed\s+[Ff]orces|"
                          r"[Mm]inistry\s+of\s+[A-Z]\w+|[Ss]ecurity\s+[Ss]ervice|[Ee]mergency\s+[Ss]ervices?)$")


def _nationalise(np: str, paragraph_before: str) -> str:
    """'the General Staff' after 'The Ukrainian army said ...' -> 'Ukrainian General Staff'."""
    if not paragraph_before or not _INSTITUTION.match(np):
        return np
    from etl.places import find_places

    prev = _last_named(paragraph_before)
    if not prev:
        return np
    for p in find_places(prev):
        if p.kind == "demonym":
            return f"{p.text} {np}"
        if p.possessive and p.kind == "country":
            return f"{p.text} {np}"
    return np


# "Mukendi: We have ...", "[15.03, 10:45] Terekhov: The toll ...", "Mr. Idriss (Sudan): Our forces ..."
_TITLED_LABEL = re.compile(r"[A-Z][A-Z'\u2019 .,&-]{3,100}?\s+\((?P<name>[A-Z][A-Z'\u2019 .-]{3,50})\):\s+")
_LABEL = re.compile(r"(?:\[[^\]\n]{1,24}\]\s*|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[-\u2013\u2014|]\s*)?)?"
                    r"(?!(?:GMT|UTC|[A-Z]{1,3}T)\b)(?P<name>[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,3})"  # "09:40 GMT:"
                    r"(?:\s+\((?P<seat>[A-Z][\w .'\u2019-]{1,30})\))?(?:\s+\([A-Z][\w .'\u2019-]{1,12}\))?:\s+[A-Z\"\u201c]")


def speaker(paragraph: str, article_before: str = "") -> str | None:
    """The speaker of an interview answer: a paragraph that opens with a name and a colon
    ("Mukendi: We have counted 34 dead."), the name as the article gave it in full before
    ("Colonel Jean-Baptiste Mukendi"). Not a heading label ("Key figures:", "Update:") nor a
    place ("Kharkiv: two injured" in a live blog)."""
    lx = _lex()
    if (a := _ANSWER.match(paragraph)) and a[1] in lx["answer_labels"]:
        return interviewee(article_before)  # "A: We have registered about 18,000 new arrivals"
    # the last heading before: "Answered on 9 September 2026 by Alistair Fenwick, Minister ...": his answer
    if head := next(reversed(list(lx["answer_header_re"].finditer(article_before))), None):
        return head["who"].strip()
    last = article_before.rstrip().rsplit("\n", 1)[-1].strip()
    if post := _POST_HEADER.fullmatch(last):  # "[Governor of Bryansk region Aleksandr Bogomaz, 07:40, translated
        # from Russian]", "[Post 1 | Russian Defence Ministry | 07:02]" over the post
        return next((w for w in re.split(r"\s*[,|]\s*", post["body"]) if _CAPITAL.match(w) and not _DIGIT.search(w)
                     and w.split()[0].lower() not in _NOT_A_POSTER), None)
    if t := _TITLED_LABEL.match(paragraph):  # "THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI A. P. SINGH):"
        return t["name"].title() if t["name"].isupper() else t["name"]
    m = _LABEL.match(paragraph)
    if not m or m["name"] in _lex()["not_speakers"] or any(c.isdigit() for c in m["name"]):
        return None
    from etl.dates import find_dates
    from etl.places import find_places

    name = m["name"]
    if find_places(name) or find_dates(name, None):
        return None
    # the name in full as told before, on one line ("Colonel Tomasz Wierzbicki" for "WIERZBICKI:")
    full = re.search(rf"(?:(?:[A-Z][\w'\u2019\-]{{0,3}}\.|[A-Z][\w'\u2019\-]+)[ \t]+){{1,3}}(?i:{re.escape(name)})\b",
                     article_before)
    name = full[0] if full else name
    return f"{name} ({m['seat']})" if m["seat"] else name  # a delegate and the state it speaks for


_POST_HEADER = re.compile(r"\[(?P<body>[^\[\]\n]{3,160})\]")
_NOT_A_POSTER = frozenset(["post", "update", "updated", "translated", "translation", "edited", "video", "photo", "image",
                           "source", "original", "repost", "reposted", "forwarded", "pinned", "time", "live"])
_GUEST = re.compile(r"(?:^|\n)\s*(?:Guest|Guests|Interviewee|Speaker)\s*:\s+(?P<who>[A-Z][^.\n]{2,100})")
_ANSWER = re.compile(r"([A-Za-z]+)(?:\s*:|\.)\s+(?=[A-Z\"\u201c])")  # "A: We ...", "A. We ..."
_NAME_WORD = r"[A-Z][a-z'\u2019-]+"
_ORG = re.compile(r"\s(?:for|of|at|with)\s+(?:the\s+)?(?P<org>[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|for|and|on)\s+)?"
                  r"[A-Z][\w'\u2019&-]*)*)")


def interviewee(article_before: str) -> str | None:
    """The person a question-and-answer interview is with: named with a title in the introduction
    before the first question ("Mariam Okafor is the emergency coordinator for the Norwegian
    Refugee Council in eastern Chad"), with the body they speak for when it is named."""
    from etl.places import find_places

    lx = _lex()
    q = lx["question_re"].search(article_before)
    if q is None:  # no question before: no interview
        return None
    intro = article_before[:q.start()]
    if guest := _GUEST.search(intro):  # "Guest: Kharkiv regional governor Oleksandr Tkachuk."
        return guest["who"].strip()
    for m in lx["presented_re"].finditer(intro):
        name = m["name"]
        if name.split()[0] in ("The", "A", "An", "In", "On", "At") or find_places(name):
            continue
        org = _ORG.search(m.group(), m.end("name") - m.start())
        body = re.sub(r"\s+(?:of|for|and|on)$", "", org["org"]) if org else ""
        return f"{name} ({body})" if body and not any(p.start == 0 and p.end == len(body) for p in find_places(body)) \
            else name
    for m in _INTRO_NAME.finditer(intro):  # "Dr Amna Tahir coordinates the emergency response of a charity"
        if not find_places(m["name"]):
            return m["name"]
    return None


# a person opening the introduction, with a verb of what they do
_INTRO_NAME = re.compile(r"(?:^|\n)\s*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Col|Gen|Maj|Capt)\.?\s+)?[A-Z][a-z'\u2019-]+"
                         r"(?:\s+[A-Z][a-z'\u2019-]+){1,2})\s+(?:is|was|has|[a-z]{3,}s)\s")


def issuer(outlet: str | None, text: str = "") -> str | None:
    """The outlet itself when it is a source that issues its own figures ("UN OCHA", "ISPR",
    "Ministry of Defence of the Russian Federation"), not a newsroom ("The Kyiv Independent");
    else the heading line of a release that names its issuer ("Ministry of Defence of the Russian
    Federation" above "- During the past night, air defence systems destroyed 96 drones")."""
    if found := _issuing(outlet):
        return found
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 90 and first[-1] not in ".!?:;,\"\u201d" and "\n" in text.lstrip() \
            and first[0].isupper() and not _DIGIT.search(first):
        return _issuing(first)
    return None


def _issuing(outlet: str | None) -> str | None:
    if not outlet:
        return None
    lx = _lex()
    if "newsroom_re" not in lx:
        lx["issuer_re"] = re.compile(rf"(?<![\w-])(?:{_alt(lx['issuer_words'])})(?![\w-])")
        lx["newsroom_re"] = re.compile(rf"(?<![\w-])(?:{_alt(lx['newsroom_words'])})(?![\w-])")
    if lx["newsroom_re"].search(outlet) or not lx["issuer_re"].search(outlet):
        return None
    return outlet.strip()


def _own_claim(sentence: str) -> bool:
    """A sentence that reports figures of its own, attributed to someone (not the parts of a figure told
    before: "Among the victims are 15 civilians, according to the town's hospital")."""
    from etl.numbers import find_numbers

    counts = [n for n in find_numbers(sentence) if not _NO_ONE.search(sentence, 0, n.end)]  # "said no one has been
    # killed": a denial, no count of its own
    return not _PARTS_START.match(sentence) and bool(counts) and find_claimant(sentence)[0] is not None


_NO_ONE = re.compile(r"\b[Nn]o\s+one$")


_SAID_NONE = re.compile(r"(?:said|says|insisted|insists|maintained|maintains)\s", re.I)
_PARTS_START = re.compile(r"\s*(?:Among\s+(?:them|those|whom|the\s+\w+)|Of\s+(?:them|these|those|whom)|They\s+include)\b")
# "He denied that any of the missiles had been intercepted": the figure's own source, after it
_PRONOUN_DENIAL = re.compile(r"\s*(?:He|She|They|It)\s+(?:also\s+|later\s+)?(?:denied|rejected|dismissed|disputed)\b")


def _restates(t: str, start: int, value: int | None) -> bool:
    """The denial names the figure's own value ("The TNLA denied losing 37 fighters"): it denies that figure."""
    from etl.numbers import find_numbers

    return value is not None and any(n.value == value for n in find_numbers(t[start:]))


def _denies_own_count(m: re.Match) -> bool:
    """The denial holds the count it denies ("claims that 40 soldiers were killed are false"; not "no one")."""
    from etl.numbers import find_numbers

    return any(n.value is not None and n.value > 1 for n in find_numbers(m.group()))


@_recent(16)
def _status_match(status: str, key: str, text: str) -> re.Match | None:
    """The status pattern ``key`` in ``text``, searched only when a cue word of ``status`` occurs. A
    sentence is looked at for each of its figures and again as a following sentence of the ones before."""
    lx = _lex()
    return lx[key].search(text) if lx[f"{status}_cue_re"].search(text.lower()) else None


def claim_status(sentence: str, following: list[str] | tuple[str, ...] = (), acts: bool = True,
                 metric: str | None = None, value: int | None = None) -> str:
    """'disputed' when a denial by another party is reported (in the sentence or the following
    ones), 'unverified' when the text says the claim could not be verified, else 'reported'. A
    following sentence with figures and an attribution of its own ("Israel says it killed 17,000,
    without providing evidence") qualifies its own claim, and ends the look-ahead. ``acts``: a
    denial of the act ("denied targeting civilians") disputes too (casualties and damage; not the
    launch and interception counts the other side keeps). ``metric``: a denial that names what it
    disputes ("disputed the toll") disputes only figures of that kind. A source's denial in its own
    sentence ("The ministry disputed the toll, saying eight people had died") does not dispute the
    figure it gives. ``value``: the figure's own value, which a later denial may name ("denied losing 37
    fighters")."""
    texts = [sentence, *following]
    norm = [t.replace("’", "'") for t in texts]
    own: dict[int, bool] = {}  # found only when a status pattern matches: most sentences have none

    def owns(k: int) -> bool:
        if k not in own:
            own[k] = _own_claim(texts[k])
        return own[k]

    for status in ("disputed", "unverified"):
        key = "disputed_acts_re" if acts and status == "disputed" else f"{status}_re"
        for k, t in enumerate(norm):
            m = _status_match(status, key, t)
            if m is None:
                continue
            if status == "disputed" and k == 0 and _SAID_NONE.match(m.group()):
                continue  # "X said no soldiers had died and that one soldier suffered minor injuries": its own account
            if status == "disputed" and k > 0 and (ap := _APPOSED_CLAIM.match(m.group())) \
                    and (ap["noun"].lower() in ("accusation", "allegation", "charge")
                         or ((its := find_claimant(t)[0]) and not one_source(its, find_claimant(sentence)[0]))):
                continue  # "The ministry said it captured the village, a claim Kyiv denied": that claim, not ours;
                # "X accuses Rwanda of backing the militia, a charge Kigali rejects": its own accusation
            if status == "disputed" and (_other_topic(t, m, metric) or _other_party(t, m, sentence)
                                         or (k == 0 and (_own_denial(t, m) or (
                    _COORD_DENIAL.search(t, 0, m.start()) and 0 <= find_claimant(t)[1] <= 4)))  # "Al-Shabaab claimed ...
                    # and denied losing any fighters": the source's own denial
                                         or _denied_by_its_source(sentence, t, m)
                                         or (k > 0 and _PRONOUN_DENIAL.match(t) and find_claimant(sentence)[0] is not None)):
                continue
            if status == "unverified" and k > 1 and _THAT_ONE.search(m.group()):
                continue  # "We are still validating that": the claim right before it only
            if status == "unverified" and (_caveat_of_other_kind(t, m, metric)
                                           or (k == 0 and _BUT_SAID.match(t, m.end()) and not _caveat_names(t, m, metric))):
                continue  # "Police did not confirm the death toll but said 14 people had been arrested", "did not
                # confirm the shelling but said Taliban forces had opened fire, injuring five soldiers": what they said
            if status == "disputed" and k > 0 and _restates(t, m.start(), value):
                return status
            if status == "disputed" and k > 0 and _denies_own_count(m):
                continue  # "Reports on social media claiming that over 40 soldiers were killed are false": that count
            if status == "unverified" and k > 1 and (acc := _ALL_ACCOUNTS.search(t)) \
                    and not _ONE_PARTY.search(t, max(0, acc.start() - 30), acc.start()):
                return status  # "could not verify the residents' accounts": every claim before it
            named_ours = status == "disputed" and k > 0 and _party_is_ours(m, sentence)  # "called the NPA account
            # propaganda", though its sentence gives the denier's own figure
            ours = _names_metric(t, m, metric, texts[1:k]) or (  # "verify the toll": across a claim of other things
                k > 1 and _names_its_source(t, sentence)) or named_ours  # "The ministry's figures could not be confirmed"
            if not ours and any(find_claimant(texts[j])[0] is not None and not same_source(texts[j], sentence)
                                and not _PARTS_START.match(texts[j]) for j in range(1, k)):
                break  # "Russia announced it had won. Kyiv denied the claim.": about the claim before it
            if any(owns(j) and not (ours and (j < k or named_ours or _DENIES_ANY.match(t, m.start())))
                   and not same_source(texts[j], sentence)
                   for j in range(1, k + (not (status == "disputed" and _own_denial(t, m))))):
                break  # a sentence with its own attributed figures says it: it qualifies that one, unless
            return status  # it disputes ours to give its own ("The ministry disputed the toll, saying ...", "The
            # government said 12 officers had been injured and denied that anyone had been killed")
    return "reported"


_THAT_ONE = re.compile(r"\b(?:that|this|it)$")
# a denial that any such thing happened: it disputes the other side's count, whatever its own sentence claims
_DENIES_ANY = re.compile(r"(?:denied|denies|deny|denying)\s+(?:that\s+(?:anyone|anybody|any)\b|suffering|having\s+suffered|"
                         r"any\s+(?:losses|casualties|deaths))", re.I)


def independent(claimant: str | None) -> bool:
    """A source outside the fighting: residents, medics, monitors, aid and rights groups (``independent_sources``)."""
    lx = _lex()
    if "independent_re" not in lx:
        lx["independent_re"] = re.compile(rf"\b(?:{_alt(lx['independent_sources'])})", re.I)
    return bool(claimant) and lx["independent_re"].search(claimant) is not None


def disclaims(sentence: str) -> bool:
    """The sentence says that what was reported could not be verified ("Reuters could not
    independently verify the casualty figures", "Neither claim could be verified")."""
    lx = _lex()
    low = sentence.lower()
    return lx["unverified_cue_re"].search(low) is not None \
        and lx["unverified_re"].search(sentence.replace("\u2019", "'")) is not None


def denies(sentence: str) -> bool:
    """The sentence reports a denial of a claim ("The administration rejected the account")."""
    lx = _lex()
    low = sentence.lower().replace("\u2019", "'")
    return any(c in low for c in lx["disputed_cue"]) and lx["disputed_re"].search(sentence.replace("\u2019", "'")) is not None


_BUT_SAID = re.compile(r"[^.;]{0,60}?\bbut\s+(?:\w+\s+){0,2}?(?:said|says|added|reported|insisted)\b", re.I)
_CAVEAT_OBJECT = re.compile(r"[^,;:.]{0,40}?(?=[,;:.]|\s+but\b|\s+and\s+(?:said|added)\b|$)|[^,;:.]{0,40}", re.I)


def _caveat_topic(text: str, m: re.Match) -> list[str] | None:
    """The metrics of what a caveat names ('could not verify the death toll': the casualties), or None."""
    named = _CAVEAT_OBJECT.match(text, m.end()).group().lower()
    return next((metrics for topic, metrics in _lex()["dispute_topics"] if topic.search(named)), None)


def _caveat_of_other_kind(text: str, m: re.Match, metric: str | None) -> bool:
    """'could not verify the death toll' names what cannot be verified: not an arrest count."""
    return metric is not None and (metrics := _caveat_topic(text, m)) is not None and metric not in metrics


def _caveat_names(text: str, m: re.Match, metric: str | None) -> bool:
    return metric is not None and metric in (_caveat_topic(text, m) or ())


def _names_metric(text: str, m: re.Match, metric: str | None, between: list[str]) -> bool:
    """'could not independently verify the toll' names our kind of figure, and no sentence in
    between speaks of that kind: it qualifies ours across a claim about something else ("The
    sources said 27 tanker trucks had been set on fire")."""
    if metric is None:
        return False
    named = text[max(0, m.start() - 15):m.end() + 40].lower()
    for topic, metrics in _lex()["dispute_topics"]:
        if metric in metrics and topic.search(named):
            return not any(topic.search(b.lower()) for b in between)
    return False


_PARTY_CLAIMS = re.compile(r"\b(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|[a-z]+s(?=['\u2019]\s))(?:['\u2019]s?)?\s+"
                           r"(?:claims?|figures?|account|"
                           r"allegations?|reports?|tolls?|version)\b")


_APPOSED_CLAIM = re.compile(r"(?:a|an|the)\s+(?P<noun>figure|claim|toll|number|report|account|accusation|allegation|charge)\b"
                            r"(?!\s+(?:was|were|is|are)\b)", re.I)  # not "the figure was too low": a verdict on ours


def _other_party(text: str, m: re.Match, sentence: str) -> bool:
    """The denial names whose claims it rejects ("rejected the Houthi claims"), and that is not the
    source of the figure ("The Israeli army said one missile was intercepted")."""
    who = _named_party(m)
    ours = find_claimant(sentence)[0] if who else None
    return bool(ours) and not _is_party(who, ours)


def _named_party(m: re.Match) -> str | None:
    """Whose claims the denial names ("rejected the Houthi claims": Houthi), if it names anyone."""
    named = _PARTY_CLAIMS.search(m.group())
    if named and named["who"] not in _NO_PARTY:
        return named["who"]
    owned = _POSSESSED_CLAIM.search(m.group())  # "the group's figure was 'a lie'": the group
    who = re.sub(r"^(?:.*\s)?(?:the|The)\s+", "", owned["who"]) if owned else None
    return who if who and who not in _NO_PARTY and who.lower() not in _lex()["pron"] else None


_NO_PARTY = frozenset(["The", "A", "An", "This", "That", "These", "Those", "Its", "Their"])


def _is_party(who: str, source: str) -> bool:
    """``who`` names the source: a word of it, or its initials ("NPA": the New People's Army)."""
    w = who.lower().rstrip("s")
    if w in source.lower() or any(x.rstrip("s") == w for x in source.lower().split()):
        return True
    initials = "".join(x[0] for x in re.findall(r"[A-Z][\w'\u2019-]*", source))
    return len(who) >= 2 and who.isupper() and who == initials


def _party_is_ours(m: re.Match, sentence: str) -> bool:
    """The denial names the figure's own source ("called the NPA account propaganda" after "The New People's
    Army said it had killed seven soldiers")."""
    who = _named_party(m)
    ours = find_claimant(sentence)[0] if who else None
    return bool(ours) and _is_party(who, ours)


def _names_its_source(text: str, sentence: str) -> bool:
    """The caveat names the figure's own source ("The ministry's figures"), however far back."""
    named = _POSSESSED_CLAIM.search(text)
    if not named:
        return False
    who = re.sub(r"^(?:.*\s)?(?:the|The)\s+", "", named["who"])  # "The ministry rejected the group's figure": group
    return one_source(who, find_claimant(sentence)[0])


def same_source(text: str, sentence: str) -> bool:
    """The sentence's source is named again by a back-reference ("two security sources said ...
    The sources said ..."): the same source's claim, no other one."""
    np = _find(text)[0]
    if np is None:
        return False
    words = np.lower().split()
    if len(words) == 1 and words[0] in _lex()["pron"]:
        return True
    if any(re.search(rf"\b{re.escape(a)}\b", sentence) or a in _initials(sentence) for a in _ACRONYM.findall(np)):
        return True  # "The Arakan Army (AA) said ... An AA statement said ...": one source, by its initials
    return len(words) == 2 and words[0] == "the" and re.search(rf"\b{re.escape(words[1])}\b", sentence.lower()) is not None


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITAL_RUN = re.compile(r"(?:\b[A-Z][\w'\u2019-]*(?:\s+(?:of|for|the|and)\s+|\s+)){1,6}(?:[A-Z][\w'\u2019-]*)")


def _initials(sentence: str) -> set[str]:
    """The initials of the sentence's capitalised names ("Arakan Army": AA, "Rapid Support Forces": RSF)."""
    return {"".join(w[0] for w in m.group().split() if w[0].isupper()) for m in _CAPITAL_RUN.finditer(sentence)}


def _other_topic(text: str, m: re.Match, metric: str | None) -> bool:
    """'disputed the toll' names what it disputes: no dispute of an arrest count."""
    if metric is None:
        return False
    stop = m.end() + 40
    if (own := _OWN_DENIAL.search(text, m.end(), stop)) is None:
        if _THAT_CLAIM.match(text, m.end()):  # "denied a claim posted on Telegram that 30 soldiers were killed": what
            stop = min(len(text), m.end() + 90)  # the claim says
        named = text[m.start():stop].lower()
        for topic, metrics in _lex()["dispute_topics"]:  # casualties first, then weapons, troops, arrests
            if topic.search(named):
                return metric not in metrics
        return False
    # "denied the claim and said Azerbaijani troops had fired ..., wounding one soldier": the claim, then the
    # kind of the denier's own counter-figure ("rejected the figure, saying 312 people had been arrested")
    for k, part in enumerate((text[m.start():own.start()].lower(), text[own.end():own.end() + 80].lower())):
        for topic, metrics in _lex()["dispute_topics"]:
            if not (k and "troops" in metrics) and topic.search(part):  # the counter-claim's actors are no topic
                return metric not in metrics
    return False


_DENY_VERB = re.compile(r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes)\b",
                        re.I)
_DENIER = re.compile(r"(?:^|[,;:]\s*|\b(?:that|which|as)\s+|\b(?:charge|claim|accusation|allegation|report|figure|toll|account)s?"
                     r"\s+)(?:[Tt]he\s+)?(?!(?:which|that|who)\s)(?P<who>[A-Za-z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){0,3}?)\s+(?:has\s+|have\s+|had\s+)?"
                     r"(?:[a-z]+ly\s+)?$")


def _denied_by_its_source(sentence: str, t: str, m: re.Match) -> bool:
    """The denial is by the figure's own source ("Police said they had arrested 11 people. ... a
    charge the state police denied"): no dispute of its figure."""
    v = _DENY_VERB.search(t, m.start(), m.end() + 1)
    if not v:
        return False
    d = _DENIER.search(t, max(0, v.start() - 60), v.start())
    if not d:
        return False
    return one_source(d["who"], find_claimant(sentence)[0])


def one_source(a: str | None, b: str | None) -> bool:
    """Two names of one source, the one inside the other ("the spokesperson" and "An army
    spokesperson", "state police" and "Police")."""
    if not a or not b:
        return False
    la, lb = a.lower(), b.lower()
    return la in lb or lb in la


def _own_denial(sentence: str, m: re.Match) -> bool:
    """'The government denied that ..., and said 11 officers were hurt', 'The ministry disputed the
    toll, saying eight people had died': the source denies and gives its own figure."""
    return bool(_OWN_DENIAL.search(sentence, m.end()) and _SUBJECT_ONLY.fullmatch(sentence, 0, m.start()))


# "Al-Shabaab claimed to have killed 27 soldiers": its claim (not "is said to be", "claimed to represent")
_CLAIMED_TO_HAVE = re.compile(r"(?:claimed|claims|claim|said|says)\s+to\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ot)\b")
_COORD_DENIAL = re.compile(r"\s(?:and|but)\s+(?:also\s+|later\s+)?$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|ing|es)\s+(?P<who>[^,.;\"\u201c]{2,70}?)\s+as\s+say(?:ing|s)\b")
_PARTICIPLE = re.compile(r"(?:saying|adding|noting|stating|claiming|insisting|explaining)\b", re.I)
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w'\u2019.-]*\s+){1,4}[A-Z][\w'\u2019.-]*),$")
# "UN Office for ... Affairs (OCHA)", "Interior Ministry (MUP USK)": the name
_TRAILING_ACRONYM = re.compile(r"\s+\([A-Z][\w.&-]{1,12}(?:\s[A-Z][\w.&-]{1,10})?\)$")
_ONE_PARTY = re.compile(r"[A-Za-z][’']s\s+$")  # "the ministry's figures", "Hamas's claims": one party's
_ALL_ACCOUNTS = re.compile(r"\b(?:accounts|claims|figures|reports|tolls|numbers|statements)\b"
                           r"|\b(?:either|neither)\s+(?:figure|claim|account|toll|report|version)\b", re.I)
# the source a caveat names: "The ministry's figures could not be independently confirmed"
_POSSESSED_CLAIM = re.compile(r"\b(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})['\u2019]s?\s+(?:own\s+)?"
                              r"(?:figures?|tolls?|claims?|accounts?|numbers?|reports?|statements?)\b")
# the subject's own second verb: "A council denied ... and said", "Police did not confirm the toll but said"
_AND_SAID = re.compile(r",\s+(?:saying|telling)\b|,?\s+(?:and|but)\s+(?:said|says|added|told)\b")
_OWN_DENIAL = re.compile(r",\s+saying\b|,?\s+and\s+(?:said|says|added|told)\b")
_SUBJECT_ONLY = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[\w'’.()-]+){0,8}?" + _ASIDE
                           + r"(?:,\s+(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*,)?"  # "..., Lieutenant Marc Elongo, disputed"
                           + r"\s+(?:(?:also|later|again|has|have|had)\s+)?")
