"""The filter state and its URL form.

The whole view lives in the query string, so a copied address reproduces it elsewhere. ``PARAMS``
is the one table of URL parameters (name, field, kind, label, help); everything else here —
parsing, writing, the plain-language description — is driven by it. No streamlit import here:
the sidebar widgets in ``dashboard/app.py`` bind to these same names with
``bind="query-params"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import NamedTuple

from dashboard import contract


class Param(NamedTuple):
    name: str  # in the URL
    field: str  # on Filters
    kind: str  # "date", "list", "text" or "flag"
    label: str
    help: str


PARAMS: tuple[Param, ...] = (
    Param("from", "date_from", "date", "From", "First day of the happenings counted (inclusive)."),
    Param("to", "date_to", "date", "To", "Last day of the happenings counted (inclusive)."),
    Param("country", "country", "list", "Country", "Where it happened (ISO 3166-1 alpha-3)."),
    Param("metric", "metric", "list", "Metric", "What is counted: killed, injured, drones_launched..."),
    Param("actor", "actor", "list", "Actor", "The side that did it: the launcher of drones, the sender of troops."),
    Param("claimant", "claimant", "list", "Claimant", "Who reported the figure."),
    Param("status", "claim_status", "list", "Claim status", "reported, disputed or unverified."),
    Param("type", "event_type", "list", "Event type", "ACLED event type of the happening."),
    Param("outlet", "outlet", "list", "Outlet", "Publisher of the article."),
    Param("q", "q", "text", "Search sentences", "Words the figure's sentence contains (case-insensitive)."),
    Param("once", "once", "flag", "Count each incident once",
          "When several articles report the same incident, keep one figure per incident and metric "
          "(the largest) instead of adding them up."),
)
BY_NAME = {p.name: p for p in PARAMS}
# Page-level view settings that also live in the URL (bound by the page that draws them).
VIEW_PARAMS = {"every": ("day", "week", "month"), "weapon": ("drones", "missiles"), "figure": None}

# Fixed vocabularies from the contract; data-dependent ones (country, actor...) come from the data.
FIXED_VOCAB = {"metric": contract.metrics(), "claim_status": contract.CLAIM_STATUSES,
               "event_type": contract.EVENT_TYPES}
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Filters:
    """What the user filters on. Hashable, so cached data functions can key on it."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: tuple[str, ...] = ()
    metric: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    claimant: tuple[str, ...] = ()
    claim_status: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    q: str = ""
    once: bool = False

    @classmethod
    def from_query_params(
        cls, params: Mapping[str, str | Iterable[str]], vocab: Mapping[str, Iterable[str]] | None = None,
        once_default: bool = False,
    ) -> tuple[Filters, list[str]]:
        """Parse URL parameters; return the filters and a note for each ignored parameter or value.

        ``params`` maps a name to a value or a list of values (repeated parameters). ``vocab``
        optionally maps a field to its allowed values (e.g. the countries in the data); values
        outside it are dropped with a note. Never raises on user input.
        """
        vocab = {**FIXED_VOCAB, **(vocab or {})}
        values: dict[str, object] = {"once": once_default}
        notes: list[str] = []
        for name, raw in params.items():
            items = [raw] if isinstance(raw, str) else [str(v) for v in raw]
            param = BY_NAME.get(name)
            if param is None:
                if name not in VIEW_PARAMS:
                    notes.append(f"unknown parameter “{name}”")
                continue
            value, note = _PARSERS[param.kind](items, vocab.get(param.field), param)
            if note:
                notes.append(note)
            if value is not None:
                values[param.field] = value
        filters = cls(**values)
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            notes.append("“from” was after “to”: the dates were swapped")
            filters = replace(filters, date_from=filters.date_to, date_to=filters.date_from)
        return filters, notes

    def to_query_params(self, once_default: bool = False) -> dict[str, list[str]]:
        """URL parameters for these filters; values equal to the default are left out."""
        out: dict[str, list[str]] = {}
        for p in PARAMS:
            value = getattr(self, p.field)
            if p.kind == "date" and value is not None:
                out[p.name] = [value.isoformat()]
            elif p.kind == "list" and value:
                out[p.name] = list(value)
            elif p.kind == "text" and value:
                out[p.name] = [value]
            elif p.kind == "flag" and value != once_default:
                out[p.name] = ["true" if value else "false"]
        return out

    def describe(self) -> str:
        """Plain-language line, e.g. ``country is UKR, metric is killed, 2025-05-01 to 2025-05-31``."""
        parts = []
        for p in PARAMS:
            value = getattr(self, p.field)
            if p.kind == "list" and value:
                verb = "is" if len(value) == 1 else "is one of"
                parts.append(f"{p.label.lower()} {verb} {', '.join(value)}")
            elif p.kind == "text" and value:
                parts.append(f"sentence contains “{value}”")
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "the start"
            end = self.date_to.isoformat() if self.date_to else "the end"
            parts.append(f"{start} to {end}")
        if self.once:
            parts.append("each incident counted once")
        return ", ".join(parts) if parts else "all figures"

    def slug(self) -> str:
        """Short file-name-safe form of the filters, for download names."""
        parts = [f"{p.name}-{'+'.join(v)}" for p in PARAMS if p.kind == "list" and (v := getattr(self, p.field))]
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}_{self.date_to or ''}")
        if self.q:
            parts.append(f"q-{self.q}")
        slug = re.sub(r"[^A-Za-z0-9_+.-]+", "-", "_".join(parts))[:80].strip("-_")
        return slug or "all"

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) == f.default for f in fields(self) if f.name != "once")


def _parse_date(items: list[str], _vocab, param: Param):
    text = items[-1].strip()
    if not text:
        return None, None
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        return None, f"“{param.name}={text}” is not a date (YYYY-MM-DD)"


def _parse_list(items: list[str], vocab, param: Param):
    kept, dropped = [], []
    for item in items:
        if not item.strip() or item in kept:
            continue
        if (param.field == "country" and vocab is None and not _ISO3.match(item)) or (
            vocab is not None and item not in set(vocab)
        ):
            dropped.append(item)
        else:
            kept.append(item)
    note = None
    if dropped:
        note = f"{param.name}={', '.join(dropped)} is not in the data"
    return (tuple(kept) if kept else None), note


def _parse_text(items: list[str], _vocab, param: Param):
    text = items[-1].strip()[:200]
    return (text or None), None


def _parse_flag(items: list[str], _vocab, param: Param):
    text = items[-1].strip().lower()
    if text in _TRUE:
        return True, None
    if text in _FALSE:
        return False, None
    return None, f"“{param.name}={items[-1]}” is not true or false"


_PARSERS = {"date": _parse_date, "list": _parse_list, "text": _parse_text, "flag": _parse_flag}
