"""The side that did it: ISO3 for states, else the armed group's canonical name.

Public interface:

- ``find_actors(text)``: actor mentions (states via countries, demonyms, capital metonyms and
  institutions such as "Kremlin"; groups from ``etl/patterns/actors.json``) with spans.
- ``resolve_actor(sentence, fig_start, fig_end, metric, country, context)``: the actor of the
  figure at ``sentence[fig_start:fig_end]``:
  1. for launcher-type metrics (drones/missiles launched or hit, attacks, troops) an actor named
     inside the counted phrase ("13 Russian assaults", "12,000 North Korean troops");
  2. the subject: the nearest actor mention before the figure in its clause, skipping places
     after a preposition ("at Ukraine"), the claimant ("the Ukrainian air force said") and, for
     interceptions, the interceptor;
  3. "said its drones struck" -> the claimant's side; deaths "in prison" -> the state;
  4. for drones/missiles (and casualties caused by a named weapon) with no named side: the
     other side of the article (context), never the figure's own country; else None.
- ``article_actors(text, countries)``: the article's sides, most mentioned first.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.claims import _Lower, _recent
from etl.dates import _alt  # a trie alternation: longest match first, one pass per position
from etl.numbers import find_numbers, number_words

PATTERNS = Path(__file__).parent / "patterns" / "actors.json"

__all__ = ["ActorMention", "article_actors", "article_attackers", "canonical", "find_actors", "resolve_actor"]


@dataclass(frozen=True)
class ActorMention:
    """An actor mention: span, surface text, actor (ISO3 or group name), kind, place cue."""

    start: int
    end: int
    text: str
    actor: str
    kind: str  # group, institution, country, demonym, metonym
    cued: bool = False  # preceded by a place preposition ("at Ukraine"): a target/place


@lru_cache(maxsize=1)
def _lex() -> dict:
    d = json.loads(PATTERNS.read_text(encoding="utf-8"))
    names = {}
    for canon, aliases in d["groups"].items():
        for a in [canon, *aliases]:
            names[a] = ("group", canon)
    for a, iso in d["institutions"].items():
        names.setdefault(a, ("institution", iso))
    d["names"] = names
    # (?<![\w-])(?:names)(?![\w-]) with the look-behind after each name's first letter: a pattern
    # that starts with a literal lets re skip ahead to the letters names start with
    first: dict[str, list[str]] = {}
    for n in names:
        first.setdefault(n[0], []).append(n[1:])
    alts = "|".join(rf"{re.escape(c)}(?<![\w-].)(?:{_alt(rest)})" for c, rest in sorted(first.items()))
    d["names_re"] = re.compile(rf"(?:{alts})(?:(?![\w-])|(?=-led\b))")  # "Hamas-led militants": Hamas
    d["weapon_re"] = _Lower(rf"\b(?:{_alt(w.lower() for w in d['weapon_cues'])})\b")
    d["insurgent_re"] = _Lower(rf"\b(?:{_alt(w.lower() for w in d['insurgent_weapon_cues'])})\b")
    d["custody_re"] = _Lower(rf"\b(?:{_alt(w.lower() for w in d['custody_cues'])})\b")
    d["self_re"] = _Lower(d["self_reference"])
    d["target_re"] = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_alt(d['target_nouns'])})\b", re.I)
    d["repelled_re"] = re.compile(rf"\b(?:{_alt(d['repel_verbs'])})\b", re.I)
    d["origin_re"] = re.compile(rf"\b(?:{_alt(d['origin_verbs'])})\s+(?:in\s+|over\s+|across\s+)?from\s+"
                                r"(?:across\s+the\s+border\s+in\s+|the\s+)?", re.I)
    d["patron_re"] = re.compile(rf"\b(?:{_alt(d['patron_words'])})\s+(?:to|with)\s+(?:the\s+)?$", re.I)
    d["group_self_re"] = re.compile(rf"\bthe\s+(?:{_alt(d['group_self_words'])})\b", re.I)
    d["speaks_for_re"] = re.compile(rf"([A-Z][\w.'\u2019]*)-(?:{_alt(d['speaks_for_suffixes'])})\b")
    d["modifier_re"] = re.compile(rf"-(?:{_alt(d['modifier_suffixes'])})\b", re.I)
    d["victim_noun_re"] = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_alt(d['victim_nouns'])})\b(?!{d['attack_verb_after']})")
    d["not_self_agent_re"] = _Lower(d["not_self_agent"])
    d["own_attack_re"] = re.compile(d["own_attack"], re.I)
    d["attacker_re"] = re.compile(rf"(?:\s+(?:[a-z-]+\s+)?(?:{_alt(d['attacker_nouns'])})\b"
                                  rf"|(?:\s+(?:{_alt(d['force_nouns'])}))?{d['attack_verb_after']})")
    return d


@_recent()
def _mentions(text: str) -> tuple[ActorMention, ...]:
    from etl.places import _cue, find_places

    lx = _lex()
    out: list[ActorMention] = []
    spans = []
    for m in lx["names_re"].finditer(text):
        if m.group().isupper() and _STATUS_NEXT.match(text, m.end()) and _counted_before(text, m.start()):
            continue  # "two soldiers KIA and five WIA": killed in action, not the Kachin Independence Army
        kind, actor = lx["names"][m.group()]
        out.append(ActorMention(m.start(), m.end(), m.group(), actor, kind, _is_object(text, m.start(), m.end())))
        spans.append((m.start(), m.end()))
    for p in find_places(text):
        if not p.country or p.kind in ("territory", "sea") or any(s <= p.start < e for s, e in spans):
            continue
        if p.kind not in ("country", "demonym", "metonym") or lx["modifier_re"].match(text, p.end) \
                or ("-" in p.text and lx["modifier_re"].search(p.text)):
            continue  # "a Britain-based monitor", "the U.S.-led coalition": no side
        cued = (p.kind != "demonym" and (_cue(text, p) > 0 or bool(_APPOSED.search(text, max(0, p.start - 60), p.start)))) \
            or (p.kind == "demonym" and bool(_PLACE_NOUN.match(text, p.end))) or _is_object(text, p.start, p.end)
        out.append(ActorMention(p.start, p.end, p.text, p.country, p.kind, cued))
    out.sort(key=lambda a: a.start)
    # an institution name that is also a capital city after a preposition ("toward Moscow") is a place
    return tuple(a if not (a.kind == "institution" and _is_place_use(text, a)) else
                 ActorMention(a.start, a.end, a.text, a.actor, a.kind, True) for a in out)


_STATUS_NEXT = re.compile(r"\s*(?:[,.;:)]|$|(?:and|who|since|in|on|at|near|during)\b)")


def _counted_before(text: str, start: int) -> bool:
    """A count right before, past at most two lower-case words ("two soldiers", "12"): an abbreviation after
    it is a casualty status ("two soldiers KIA"), not a group ("between 28 November and 5 December, KIA ...")."""
    words = text[max(0, start - 40):start].split()[-3:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.replace(",", "").isdigit() or w.lower() in number_words() - {"a", "an", "and", "of"}:
            return not w.endswith(",")
        if not (w.isalpha() and w.islower()):
            return False
    return False


# "Bandits in Zamfara, Nigeria, killed": the country of a place named before it; "the Haitian town
# of Mirebalais": a demonym naming a place. Neither is a side.
_APPOSED = re.compile(r"\b(?:in|at|near|outside|from|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2},\s+$")
_PLACE_NOUN = re.compile(r"\s+(?:towns?|city|cities|villages?|capital|regions?|provinces?|districts?|ports?|coast|island|"
                         r"territory|enclave|oblast)\b")
_OBJECT = _Lower(r"\b(?:on|against|targeting|targeted|hit|struck|at|toward|towards)\s+(?:the\s+)?$")
_PLACE_USE = _Lower(r"\b(?:in|at|over|into|toward|towards|on|near|to|from|across|around|of)\s+(?:the\s+)?$")


def _is_object(text: str, start: int, end: int | None = None) -> bool:
    """'strikes on Houthi targets', 'attacks against Russian positions', 'struck 40 Hamas targets':
    the target, not the actor."""
    if end is not None and _lex()["target_re"].match(text, end):
        return True
    return bool(_OBJECT.search(text[max(0, start - 16):start])  # not "linked to al-Qaeda": a patron, no side
                or _lex()["patron_re"].search(text, max(0, start - 30), start))


def _is_place_use(text: str, a: ActorMention) -> bool:
    return bool(_PLACE_USE.search(text[max(0, a.start - 20):a.start]))


def group_homes() -> dict[str, str]:
    """Where each group fires from (actors.json group_home: "Houthis" -> "YEM")."""
    return _lex()["group_home"]


def canonical(name: str) -> str:
    """The canonical name of a group or institution alias ("Ansar Allah" -> "Houthis", "IDF" -> "ISR"), else ``name``."""
    hit = _lex()["names"].get(name.strip())
    return hit[1] if hit else name.strip()


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions (groups, institutions, countries, demonyms, metonyms) in ``text``."""
    return list(_mentions(text))


def article_actors(text: str, countries: list[str] | None = None) -> list[str]:
    """The article's sides, most mentioned first (groups and states)."""
    cnt: Counter[str] = Counter()
    lx = _lex()
    names = lx["names"]
    for m in lx["names_re"].finditer(text or ""):
        cnt[names[m.group()][1]] += 1
    for i, c in enumerate(countries or []):
        cnt[c] += max(1, 10 - i)  # keep the order given by the place counts
    return [a for a, _ in cnt.most_common()]


_ATTACK_BY = re.compile(r"\b(?:strikes?|air\s?strikes?|attacks?|shelling|bombardment|bombing|raids?|assaults?|fired|launched|"
                        r"carried\s+out|conducted)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _attacking(text: str, a: ActorMention, own: bool = False) -> bool:
    """``a`` named attacking: before its weapons or an attack verb, after "shelling by"; with ``own``, also as
    the source of "said its drones struck"."""
    lx = _lex()
    if a.kind != "group" and _FROM_BEFORE.search(text, max(0, a.start - 12), a.start):
        return False  # "a rocket fired from Lebanon killed": where it came from (not "fighters from the CODECO militia")
    return bool(lx["attacker_re"].match(text, a.end) or _ATTACK_BY.search(text, max(0, a.start - 60), a.start)
                or (own and lx["own_attack_re"].match(text, a.end)))


def article_attackers(text: str) -> dict[str, int]:
    """The sides the article shows attacking, with how often: a name before its weapons ("Israeli strikes",
    "Houthi missiles", "a junta airstrike"), the subject of an attack verb ("Russia launched", "the RSF
    shelled") or the agent after "by" ("shelling by the RSF"). A target ("strikes on Houthi targets", "at
    Ukraine") is none, nor a maker or backer ("Iranian-made drones", "Iran-backed Houthis")."""
    cnt: Counter[str] = Counter()
    for a in _mentions(text or ""):
        if not a.cued and _attacking(text, a, own=True):
            cnt[a.actor] += 1
    return dict(cnt.most_common())


_BETWEEN = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,6}(?:and\s+(?:the\s+)?)?$", re.I)
_GROUP_OF = re.compile(r"[\w .-]+?['’]s\s+(?:[a-z][\w-]*\s+){0,3}")  # "Sudan's paramilitary " before its group


def _clause_start(sentence: str, pos: int) -> int:
    k = max(sentence.rfind(";", 0, pos), sentence.rfind(" — ", 0, pos), sentence.rfind(" – ", 0, pos))
    return k + 1 if k >= 0 else 0


def _opponent(country: str | None, exclude: set[str], context, casualties: bool = False) -> str | None:
    """The other side for a figure with no named actor: of the sides the article shows attacking
    (``article_attackers``), other than the figure's own country and ``exclude``, the one the paragraph
    names when it names one only, else the one the article shows attacking at least twice as often as
    any other. In a war of a state and a group on its own soil (the figure's country attacks too, as
    often as the group), either may have struck: None. A group is never guessed for ``casualties``
    (right only 63% of the time on the audit rounds, 177 to 103: the state's strikes kill in the group's war too)."""
    if not country or context is None:
        return None
    return _other_side(exclude | {country}, context, casualties, home=country)


def _other_side(exclude: set[str], context, casualties: bool = False, home: str | None = None) -> str | None:
    """``_opponent``'s choice among the sides the article shows attacking, but ``exclude``."""
    attackers = getattr(context, "attackers", None) or {}
    cands = [(a, n) for a, n in attackers.items() if a not in exclude]
    if not cands:
        return None
    para = getattr(context, "paragraph", "") or ""
    named = {a.actor for a in _mentions(para)} if para else set()
    in_para = [a for a in cands if a[0] in named]
    if len(in_para) == 1:
        pick = in_para[0]
    elif len(cands) == 1 or cands[0][1] >= 2 * cands[1][1]:
        pick = cands[0]
    else:
        return None
    if not _is_state(pick[0]) and (casualties or (home is not None and attackers.get(home, 0) >= pick[1])):
        return None
    return pick[0]


_STATE = re.compile(r"[A-Z]{3}")
_AND_ONLY = re.compile(r"\s*(?:and|&|,)\s*")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")


def _is_state(actor: str) -> bool:
    """An ISO3 code, not a group whose name looks like one (RSF, ADF, ELN, TTP)."""
    return bool(_STATE.fullmatch(actor)) and _lex()["names"].get(actor, ("",))[0] != "group"


def _from_origin(sentence: str, origin: re.Match, ments: tuple[ActorMention, ...], context) -> str | None:
    """The launcher of weapons "fired from Lebanon": the group of that country the article shows attacking
    (Hezbollah), or that country when the article shows it attacking ("drones launched from Iran"); else
    no one (stray fire across a border)."""
    src = next((a for a in ments if a.start == origin.end() and a.kind in ("country", "demonym")), None)
    if src is None or context is None:
        return None
    attackers = getattr(context, "attackers", None) or {}
    home = _lex()["group_home"]
    groups = [g for g in attackers if home.get(g) == src.actor]
    if len(groups) == 1:
        return groups[0]
    return src.actor if not groups and src.actor in attackers else None


_ONE_WORD = re.compile(r"\s*(?:[a-z-]+\s+)?$")


def _counted(sentence: str, start: int) -> bool:
    """A count right before ``start``, past one word at most: "57 Islamic State fighters", "seven Hezbollah operatives"."""
    lo = max(0, start - 30)
    nums = find_numbers(sentence[lo:start])
    return bool(nums) and bool(_ONE_WORD.fullmatch(sentence, lo + nums[-1].end, start))

_NEW_CLAUSE = re.compile(r"\band\s+that\b|\bwhile\b|;", re.I)
_ITSELF_AGAIN = re.compile(r"\s+(?:it|they|we|its\s+\w+|their\s+\w+|our\s+\w+)\b", re.I)


def _speaking_of_itself(sentence: str, fig_start: int, cs: int, ce: int, ments: tuple[ActorMention, ...],
                        before: bool) -> ActorMention | None:
    """The side of a source that speaks of itself ("Yemen's Houthi rebels said they fired", "the spokesman said
    the group had launched"): its group rather than its country; not for a figure in a later clause ("said it
    had neutralised 21 terrorists and that three soldiers were killed"); with ``before``, only before the figure."""
    lx = _lex()
    owns = list(lx["self_re"].finditer(sentence))
    own = next((m for m in reversed(owns) if m.end() <= fig_start), None) or next(iter(owns), None)
    if own is None or (own.end() > fig_start and before):
        return None
    if (new := _NEW_CLAUSE.search(sentence, own.end(), fig_start)) is not None:
        own = _ITSELF_AGAIN.match(sentence, new.end())  # "... and that it had arrested 23": itself again
        if own is None or _NEW_CLAUSE.search(sentence, own.end(), fig_start):
            return None
    if lx["not_self_agent_re"].search(sentence[own.start():own.end() + 40]):
        return None
    group_only = bool(lx["group_self_re"].search(sentence, own.start(), own.end()))  # "the group had": a group speaks
    return next((a for a in sorted(ments, key=lambda a: a.kind != "group")
                 if cs <= a.start < ce and (a.kind == "group" or not group_only)), None)


def _claimant_sides(sentence: str, cs: int, ce: int, ments: tuple[ActorMention, ...]) -> set[str]:
    """The sides the figure's source speaks for: named in it ("the Ukrainian air force", "Yemen's Houthi
    rebels") or running it ("the Houthi-run health ministry", "the Russian-installed governor"). A side does
    not tell of its own strikes without naming itself, so none of these is the other side of a figure it gives."""
    if cs >= ce:
        return set()
    out = {a.actor for a in ments if cs <= a.start < ce}
    for m in _lex()["speaks_for_re"].finditer(sentence, max(0, cs - 25), ce):
        out.update(a.actor for a in _mentions(m[1]) if not a.cued)
    return out


def resolve_actor(sentence: str, fig_start: int, fig_end: int, metric: str | None,
                  country: str | None, context=None) -> str | None:
    """The side that did what the figure counts (ISO3 or group name), or None."""
    from etl.claims import find_claimant

    lx = _lex()
    metric = metric or ""
    if metric in lx["no_actor_metrics"]:
        return None
    ments = _mentions(sentence)
    claimant, cs, ce = find_claimant(sentence, "", fig_start, fig_end)
    # 1. "launched by X"; else the actor inside the counted phrase ("25 Israeli-made drones" is no side)
    by = re.search(r"\blaunched\s+by\s+(?:the\s+)?", sentence) if metric in lx["target_metrics"] else None
    if by:
        for a in ments:
            if a.start >= by.end() and not a.cued:
                return a.actor
    if metric == "attacks" and (by_after := _BY_AFTER.match(sentence, fig_end)):
        for a in ments:  # "repelled 23 counterattacks by Ukrainian assault groups"
            if by_after.end() <= a.start < by_after.end() + 40 and a.kind != "metonym":
                return a.actor
    if metric in lx["launcher_metrics"] or metric in lx["target_metrics"]:
        for a in ments:
            if fig_start <= a.start < fig_end + 2 and a.kind != "metonym" and not a.cued \
                    and find_numbers(sentence[fig_start:a.start]) \
                    and not _FROM_BEFORE.search(sentence, max(0, a.start - 12), a.start):  # ("Israeli-made": no mention)
                return a.actor  # not "40 projectiles crossed from Lebanon": where they came from (below)
    if metric == "attacks" and lx["repelled_re"].search(sentence, _clause_start(sentence, fig_start), fig_end) \
            and find_numbers(sentence[fig_start:fig_end]):  # a count of attacks, not the clash it names
        # "its fighters repelled three attacks": the attacks were the other side's
        sides = {a.actor for a in ments if a.start < fig_start} | _claimant_sides(sentence, cs, ce, ments)
        return _other_side(sides, context) if sides and context is not None else None
    # "X launched N drones, M of which were shot down"
    if metric in lx["target_metrics"]:
        for a in ments:
            if a.start < fig_start and not a.cued and not cs <= a.start < ce and \
                    re.match(r"\s*(?:forces\s+|military\s+|army\s+|troops\s+)?(?:launched|fired|sent)\b",
                             sentence[a.end:a.end + 30]):
                return a.actor
    # 2. the subject: the first actor of the figure's clause before it; "Chad's army, which fights Boko Haram,
    # said it had sent 350 soldiers": the source speaking of itself, not a side named in its relative clause
    elif claimant and (mine := _speaking_of_itself(sentence, fig_start, cs, ce, ments, before=True)):
        return mine.actor
    else:
        lo = _clause_start(sentence, fig_start)
        victims = metric in lx["victim_metrics"]
        cands = []
        for k, a in enumerate(ments):
            if a.start >= fig_start or a.start < lo or a.cued or cs <= a.start < ce \
                    or (a.kind != "group" and _FROM_BEFORE.search(sentence, max(0, a.start - 12), a.start)):
                continue  # not "fired from Lebanon": where things came from (step 4)
            if victims and ((lx["victim_noun_re"].match(sentence, a.end)
                             and (a.kind == "demonym" or (a.kind == "group" and _counted(sentence, a.start))))
                            or (a.kind == "demonym" and a.text.endswith("s") and not _attacking(sentence, a))):
                continue  # "two Armenian servicemen were killed", "19 Hamas militants", "four Palestinians": whose
                # dead, not who killed them
            if _BETWEEN.search(sentence, max(lo, a.start - 60), a.start):
                continue  # "the war between the army and the RSF has killed": no one side
            cands.append(k)
        # the side the clause shows attacking nearest the figure ("the spokesman said Thai jets bombed a road
        # and one Cambodian civilian was killed"), else the first
        attacking = [k for k in cands if _attacking(sentence, ments[k])]
        if attacking or cands:
            k = attacking[-1] if attacking else cands[0]
            while k > 0 and k - 1 in cands and _AND_ONLY.fullmatch(sentence, ments[k - 1].end, ments[k].start):
                k -= 1  # "U.S. and British aircraft": the first of the pair
            a = ments[k]
            nxt = ments[k + 1] if k + 1 < len(ments) else None
            if a.kind == "country" and nxt is not None and nxt.kind == "group" and not nxt.cued \
                    and nxt.start < fig_start and _GROUP_OF.fullmatch(sentence, a.start, nxt.start):
                return nxt.actor  # "Sudan's paramilitary Rapid Support Forces", "Yemen's Houthi rebels"
            return a.actor
    # 3. "said its drones struck" -> the claimant; deaths in custody -> the state
    if claimant and metric not in lx["target_metrics"] \
            and (mine := _speaking_of_itself(sentence, fig_start, cs, ce, ments, before=False)):
        return mine.actor
    if metric in ("killed", "injured", "detained") and country and lx["custody_re"].search(sentence):
        return country
    # 4. the other side of the article for weapons with no named launcher
    if metric.startswith(("drones_", "missiles_")) or metric == "attacks" or (
            metric in ("killed", "injured") and lx["weapon_re"].search(sentence)
            and not lx["insurgent_re"].search(sentence)):
        if (origin := lx["origin_re"].search(sentence)) is not None:
            return _from_origin(sentence, origin, ments, context)
        speaks_for = _claimant_sides(sentence, cs, ce, ments) if metric not in lx["launcher_metrics"] else set()
        counted = {a.actor for a in ments if fig_start <= a.start <= fig_end + 2 and lx["victim_noun_re"].match(sentence, a.end)}
        return _opponent(country, speaks_for | counted, context, casualties=metric in ("killed", "injured"))
    return None
