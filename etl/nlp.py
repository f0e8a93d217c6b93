"""Sentences and paragraphs with character offsets (rule-based, fast, offline)."""
from __future__ import annotations

import re

_ABBREV = {"mr", "mrs", "ms", "dr", "gov", "col", "gen", "lt", "sgt", "maj", "capt", "cmdr", "adm", "rep",
           "sen", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec", "mt", "ft", "pres", "prof", "rev", "gens", "govs", "vs", "etc", "approx", "inc", "corp",
           "ltd", "co", "jr", "sr", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "fig", "est", "ca", "appr"}
# a sentence ends at . ! ? (and closing quotes/brackets) followed by space and a capital, digit or quote
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_PARA = re.compile(r"\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line block; each line of a pasted article is a paragraph."""
    out, pos = [], 0
    for m in _PARA.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


_TIME_GOES_ON = re.compile(r"\s+(?:\(|[A-Z]{2,5}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                           r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|local\b|Moscow\s+time|Kyiv\s+time)")
_LIST_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*$")


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _END.finditer(text, start, end):
        word = _LAST_WORD.search(text[max(s, m.start() - 12):m.start() + 1])
        w = (word[1] if word else "").lower().rstrip(".")
        if w in ("a.m", "p.m") and not _TIME_GOES_ON.match(text, m.end(), end):
            pass  # "shortly after 3 a.m. Regional governor X said": a sentence ends on a time, not "3 a.m. Monday"
        elif w in _ABBREV or (len(w) == 1 and w.isalpha()) or _LIST_NUMBER.fullmatch(text, s, m.end()):
            continue  # "Gov. Alexander", "U.S. forces", "J. Smith"; "2. On the morning of 21 May": a numbered paragraph
        out.append((s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        out.append((s, end))
    return out


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of every sentence; text[start:end] is the sentence."""
    out = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        out.extend((s, e, p) for s, e in _split(text, ps, pe))
    return out
