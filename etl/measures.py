"""Figures: attach a metric to each number phrase of a sentence, through the pattern data.

For every number phrase (etl.numbers) in a sentence:
  1. the counted thing: the head noun right after the number ("76 Shahed and decoy drones",
     "four members of a family", "28 deaths") mapped to a class (patterns/measures.json);
  2. the trigger: a word before the number (active: "shot down 29 drones", "killing at least
     87"), after the counted noun (passive or subject: "262 drones were shot down", "10 drones
     hit"), a toll ("the death toll rose to 45"), or the noun itself ("2,400 arrests");
  3. metric = class x trigger action, from the `metrics` table.
Special shapes: "38 of the 42 drones" (two figures), breakdowns ("including 2 women": not a new
figure), a singular "a ballistic missile" / "a governor died" (= 1) and bare numbers after a
casualty verb ("killing at least 87"). Every figure keeps the id of the pattern that read it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from etl.dates import full_names
from etl.lexicon import WordGates, lower_same_length, trie_regex
from etl.numbers import MACHINE_NOUNS, NumberPhrase, bounds, find_numbers, number_words
from etl.numbers import lexicon as numbers_lexicon

# a possessor between a verb and its count: "killed the soldier's two children", "his family's three"
_POSSESSOR = r"(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*['\u2019]s"

@dataclass(frozen=True)
class Figure:
    metric: str
    value: int
    qualifier: str
    low: int | None
    high: int | None
    start: int          # quote span, absolute offsets into the text given to find_figures
    end: int
    num_start: int
    num_end: int
    counted: str        # the counted noun as written ("" when bare)
    klass: str
    pattern_id: str
    weapon: str = ""
    breakdown: str = ""
    trigger: str = ""
    action: str = ""
    source: str = ""    # who reported it, when its own words say (a table's Source column)


def _force_members(fm: dict) -> re.Pattern:
    kinds = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in fm["force_kinds"])
    return re.compile(r"\s+of\s+(?:the|its|their|our)?\s*(?:(?:[A-Z][\w'\u2019-]*\s+){0,3}"
                      rf"(?:(?:{kinds})\s+)?(?:{kinds})\s+[Ff]orces|(?:[A-Z][\w'\u2019-]*\s+){{0,2}}(?i:{_words(fm['force_names'])})"
                      r"(?!\s+(?:force|forces|unit|units|station|stations|chief|commander)\b))\b"
                      rf"(?:\s+and\s+(?:the\s+)?(?:{_words(fm['joined_forces'])})\b)?"
                      r"(?!\s+and\b)")  # "members of the National Guard and the army"; not "the New People's Army"


_LITERAL = re.compile(r"[\w '\u2019-]+")  # a word list item that is plain words, not a pattern


def _words(items) -> str:
    """An alternation of word-list items, longest first, a space matching any whitespace. Runs of
    plain words are factored as a trie (etl.lexicon.trie_regex), which tries the same words in the
    same order of preference as the flat list: Python's `re` tries the branches of a flat
    alternation one by one at every position, and this is the hottest search of the extractor."""
    branches: list[str] = []
    run: list[str] = []
    for w in [*sorted(items, key=len, reverse=True), None]:
        if w is not None and _LITERAL.fullmatch(w):
            run.append(w)
            continue
        if run:
            branches.append(trie_regex(run))
            run = []
        if w is not None:
            branches.append(w.replace(" ", r"\s+"))
    return "|".join(branches)


_ACTION_OF: dict[str, str] = {}
_REGEX_WORD = re.compile(r"[\\(\[?|]")  # a trigger written as a pattern ("crossed\\s+the\\s+...") rather than words


class _Actions(dict):
    """(position, normalised trigger words) -> [(trigger id, action)]; a trigger written as a
    pattern is found by matching the words against it ("crossed the Ruzizi river into")."""

    def __init__(self) -> None:
        super().__init__()
        self.patterns: list[tuple[str, re.Pattern, list]] = []

    def get(self, key, default=None):
        found = super().get(key)
        if found is not None:
            return found
        return next((acts for pos, rx, acts in self.patterns if pos == key[0] and rx.fullmatch(key[1])), default)


@dataclass
class _Lex:
    class_rx: re.Pattern
    class_full: list
    singular_rx: re.Pattern
    before_rx: re.Pattern
    after_rx: re.Pattern
    actions: dict            # normalised trigger words -> [(trigger id, action)]
    metrics: dict
    patterns: list
    bare: set
    breakdown: re.Pattern
    of_total: re.Pattern
    not_subject: re.Pattern
    mixed: re.Pattern
    mixed_before: re.Pattern
    intransitive: frozenset  # measures.json "intransitive": verbs that take no object ("had died")
    natural: re.Pattern
    non_conflict: tuple      # (before, after, when-clause, conflict words) patterns of causes that are no act of conflict
    non_conflict_far: tuple  # (far before, accident sentence, armed words, disaster nouns): measures.json non_conflict_far_doc
    sports: re.Pattern       # words of a game: no attacks counted beside them
    off_topic: dict          # measures.json "off_topic": an article about a game, a disaster or a disease
    running: tuple           # (before, people_number, number_rose, [(metric, words)]): measures.json "running_total"
    unreal: tuple            # (before, within, negated number) patterns of figures of what did not happen
    bodies: tuple            # (body nouns, "bodies of" before a count, verbs of remains handed over, "deceased" after it)
    toll_update: re.Pattern  # the words of a toll that was updated ("rose to", "raising the toll to")
    jammed_after: re.Pattern  # downed by jamming, not shot down: "neutralised five of the drones with jamming equipment"
    rescue_not_release: re.Pattern  # "from the rubble" after a rescue count
    rescue_captivity: re.Pattern  # a word of captivity near a rescue count
    return_captivity: re.Pattern  # a word of a swap or captivity near people returned
    sides: dict  # counted noun -> the side it names ("soldiers": forces, "fighters": armed groups)
    stale_report: re.Pattern  # a sentence that gives an earlier report ("Earlier, officials had reported")
    toll_total: tuple  # (words, day_before, part): measures.json "toll_total"
    stop: set
    bare_followers: frozenset  # words that may follow a bare number ("wounded 11 overnight")
    weapons: tuple
    not_figures: dict  # compiled from measures.json "not_figures" (see its _doc)
    force_members: re.Pattern  # measures.json "force_members": "members of the security forces" are troops
    before_objects: tuple  # measures.json "before_objects": (verbs, action, what must follow the counted noun)
    verb_objects: tuple  # measures.json "verb_objects": (verbs, action, object pattern, classes taking any object,
    # counted nouns taking any object, words between noun and verb taking any object)
    apposed_size: re.Pattern  # measures.json "apposed_size": "a boy of about 10," (an age), "population 22,000"
    thing_verbs: re.Pattern  # measures.json "thing_verbs": verbs of things ("destroyed 11 tanks and another 372")
    phrase_speech: frozenset  # measures.json "phrase_speech_verbs": "A nurse at the centre said it had treated 12"
    other_harm: re.Pattern  # measures.json "other_harm_verbs": "and more than 100 women raped"
    kin: str = ""  # measures.json "kin_nouns": a relative of someone counted ("... and her son was injured")
    survivor_kin: frozenset = frozenset()  # measures.json "survivor_kin": family a survivor lost
    trigger_words: set = field(default_factory=set)


_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s.strip().lower())


@cache
def _pattern_gates() -> WordGates:
    """Which of the toll and special-shape patterns may match a lower-cased ASCII window."""
    return WordGates([p["rx"] for p in lex().patterns])


@cache
def lex() -> _Lex:
    raw = json.loads(resources.files("etl.patterns").joinpath("measures.json").read_text("utf-8"))
    order = ["prisoners", "deaths", "injuries", "arrests", "disappearances", "displaced", "troops", "drones", "missiles",
             "attacks", "people"]
    # nationals counted as people: "100,500 Armenians have fled", "3,000 Sudanese crossed into Chad"
    demonyms = json.loads(resources.files("etl.patterns").joinpath("demonyms.json").read_text("utf-8"))["demonyms"]
    nationals = {d for d in demonyms if d[-1:] == "s" or d.endswith("ese")} \
        | {d + "s" for d in demonyms if d.endswith(("an", "i"))}  # Armenian -> Armenians, Iraqi -> Iraqis
    raw["classes"]["people"] = [*raw["classes"]["people"], *map(re.escape, sorted(nationals))]
    class_full = [(c, re.compile(rf"(?:{_words(raw['classes'][c])})", re.I)) for c in order]
    all_nouns = [w for c in order for w in raw["classes"][c]]
    actions = _Actions()
    before, after = set(), set()
    for t in raw["triggers"]:
        _ACTION_OF[t["id"]] = t["action"]
        for pos, bag in (("before", before), ("after", after)):
            for w in t.get(pos, []):
                bag.add(w)
                if _REGEX_WORD.search(w):
                    actions.patterns.append((pos, re.compile(w, re.I), [(f"{t['id']}.{pos}", t["action"])]))
                else:
                    actions.setdefault((pos, _norm(w)), []).append((f"{t['id']}.{pos}", t["action"]))
    _ACTION_OF.update({p["id"]: p["action"] for p in raw["patterns"] if "action" in p})
    fill = _words(raw["fillers"])
    aux = _words(raw["aux"])
    adv = _words(raw["adverbs"])
    weapons = json.loads(resources.files("etl.patterns").joinpath("weapons.json").read_text("utf-8"))
    return _Lex(
        class_rx=re.compile(rf"(?:{_words(all_nouns)})(?![\w-])", re.I),
        class_full=class_full,
        singular_rx=re.compile(rf"(?:{_words(raw['singular'])})(?![\w-])", re.I),
        # a trigger may stand in quotes: 'were "lost" due to electronic warfare', '"neutralised" 19'
        before_rx=re.compile(rf"(?<![\w-])(?P<trig>{_words(before)})[\"\u201d\u2019']?(?:\s+(?:{fill}|{_POSSESSOR}))*"
                             rf"(?:\s+[\"\u201c\u2018'](?:{fill})(?=\s))?"  # intercepting "all eight" drones
                             rf"\s+[\"\u201c\u2018']?$", re.I),  # killed "more than 50 soldiers"
        after_rx=re.compile(rf"[\"\u201d\u2019']?(?:\s*(?:,|[\u2013\u2014]|--?)(?=\s))?\s+(?:more\s+)?(?:(?:{aux})\s+)?"
                            rf"(?:(?:{adv})\s+)*?[\"\u201c\u2018']?(?P<trig>{_words(after)})"
                            rf"(?![\w-])", re.I),
        actions=actions,
        metrics=raw["metrics"],
        patterns=[dict(p, rx=re.compile(p["before"], re.I),
                       nouns_rx=re.compile(("" if p["nouns"].startswith("-") else r"\s+") + p["nouns"])  # "-strong force"
                       if "nouns" in p else None) for p in raw["patterns"]],
        bare=set(raw["bare_actions"]),
        breakdown=re.compile(raw["breakdown"], re.I),
        of_total=re.compile(raw["of_total"], re.I),
        not_subject=re.compile(raw["not_subject_before"], re.I),
        mixed=re.compile(raw["mixed_casualties"], re.I),
        mixed_before=re.compile(raw["mixed_casualties_before"], re.I),
        intransitive=frozenset(raw["intransitive"]),
        natural=re.compile(raw["not_a_killing"], re.I),
        non_conflict=(re.compile(raw["non_conflict_before"], re.I), re.compile(raw["non_conflict_after"], re.I),
                      re.compile(raw["non_conflict_when"], re.I), re.compile(raw["conflict_words"], re.I)),
        unreal=(re.compile(raw["unreal_before"], re.I), re.compile(raw["unreal_within"], re.I),
                re.compile(raw["negated_number"]), re.compile(raw["background_figure"], re.I),
                re.compile(raw["modal_clause"], re.I), re.compile(raw["retracted_after"], re.I),
                re.compile(raw["retracted_before"], re.I), re.compile(raw["unreal_after"], re.I)),
        non_conflict_far=(re.compile(rf"\b(?:{raw['disaster_nouns']})\b(?:,\s+(?:which|that)\s+(?:[^,.;:\u2014]{{0,80}},\s+)?)?"
                                     rf"[^,.;:\u2014]{{0,100}}$", re.I),  # "The quake, which struck on March 28, killed"
                          re.compile(raw["accident_sentence"], re.I), re.compile(raw["armed_words"], re.I),
                          re.compile(rf"\b(?:{raw['disaster_nouns']})\b", re.I)),
        sports=re.compile(raw["sports_words"], re.I),
        off_topic=dict(raw["off_topic"], diseases=re.compile(raw["off_topic"]["diseases"], re.I),
                       relief=re.compile(raw["off_topic"]["relief"], re.I),
                       relief_kit=re.compile(raw["off_topic"]["relief_kit"], re.I),
                       keep_sport=re.compile(raw["off_topic"]["keep_sport"], re.I),
                       metrics=frozenset(raw["off_topic"]["metrics"])),
        running=(re.compile(raw["running_total"]["before"], re.I), re.compile(raw["running_total"]["people_number"]),
                 re.compile(raw["running_total"]["number_rose"]),
                 [(m, re.compile(w, re.I)) for m, w in raw["running_total"]["metric_words"]]),
        toll_update=re.compile(raw["toll_update"], re.I),
        jammed_after=re.compile(raw["jammed_after"], re.I),
        rescue_not_release=re.compile(raw["rescue_not_release"], re.I),
        rescue_captivity=re.compile(raw["rescue_captivity"], re.I),
        return_captivity=re.compile(raw["return_captivity"], re.I),
        sides={noun: side for side, nouns in raw["counted_sides"].items() for noun in nouns},
        bodies=tuple(re.compile(raw["bodies_moved"][k], re.I) for k in ("nouns", "of_before", "verbs", "dead_counted")),
        stale_report=re.compile(raw["stale_report"], re.I),
        toll_total=tuple(re.compile(raw["toll_total"][k], re.I) for k in ("words", "day_before", "part")),
        not_figures={
            "object_bodies": re.compile(rf"\b(?:{_words(raw['not_figures']['object_bodies'])})\s+bodies\b", re.I),
            "deaths_not_dead": re.compile(raw["not_figures"]["deaths_not_dead"], re.I),
            "former_held": re.compile(raw["not_figures"]["former_held"], re.I),
            "one_drone_strike_verbs": frozenset(raw["not_figures"]["one_drone_strike_verbs"]),
            "group_after_one": re.compile(rf"\s+(?:{_words(raw['not_figures']['group_after_one'])})\b", re.I),
            "document_after_one": re.compile(rf"\s+(?:{_words(raw['not_figures']['document_after_one'])})\b", re.I),
            "model_before_one": re.compile(raw["not_figures"]["model_before_one"]),
            "aircraft_fighters": re.compile(raw["not_figures"]["aircraft_fighters"]),
            "missed_after": re.compile(raw["not_figures"]["missed_after"], re.I),
            "criterion_before": re.compile(raw["not_figures"]["criterion_before"], re.I),
            "armed_nouns": frozenset(raw["not_figures"]["armed_nouns"]),
            "vague_over_years": re.compile(raw["not_figures"]["vague_over_years"], re.I),
            "vague_since_year": re.compile(raw["not_figures"]["vague_since_year"]),
            "one_strike_on": re.compile(raw["not_figures"]["one_strike_on"], re.I),
            "debris_of_before": re.compile(raw["not_figures"]["debris_of_before"], re.I),
            "thing_after_people": re.compile(rf"\s+(?:{_words(raw['not_figures']['thing_after_people'])})\b", re.I),
            "thing_after_deaths": re.compile(rf"\s+(?:{_words(raw['not_figures']['thing_after_deaths'])})\b", re.I),
            "attack_means": re.compile(rf"\s+(?:{_words(raw['not_figures']['attack_means'])})\b", re.I),
            "attempted_deaths": re.compile(raw["not_figures"]["attempted_deaths"], re.I),
            "animals_of": re.compile(rf"\s+of\s+(?:their|the|its|his|her|our)\s+(?:[a-z]+\s+)?"
                                     rf"(?:{_words(raw['not_figures']['animals_of'])})\b", re.I),
            "thing_after_weapon": re.compile(rf"\s+(?:{_words(raw['not_figures']['thing_after_weapon'])})\b", re.I),
            "evacuated_by": re.compile(raw["not_figures"]["evacuated_by"], re.I),
            "aid_to_before": re.compile(raw["not_figures"]["aid_to_before"], re.I),
            "source_before": re.compile(raw["not_figures"]["source_before"], re.I),
            "likeness_of_before": re.compile(raw["not_figures"]["likeness_of_before"], re.I),
            "treated_as_after": re.compile(raw["not_figures"]["treated_as_after"], re.I),
            **{k: re.compile(raw["not_figures"][k], re.I)
               for k in ("things_of_which_after", "picked_up_rescued_after", "into_water_after", "document_released_after",
                         "among_those_after", "freed_places_after", "rite_for_before")},
            "disease_cases": re.compile(raw["not_figures"]["disease_cases"], re.I),
            "part_described": re.compile(raw["not_figures"]["part_described"], re.I),
            "civil_drones": re.compile(raw["not_figures"]["civil_drones"], re.I),
            "release_sought": re.compile(raw["not_figures"]["release_sought"], re.I),
            "place_holding": re.compile(raw["not_figures"]["place_holding"], re.I),
            "civil_occasion": re.compile(raw["not_figures"]["civil_occasion"], re.I),
            "fiction": re.compile(raw["not_figures"]["fiction"], re.I),
            "illness_before": re.compile(raw["not_figures"]["illness_before"], re.I),
            "hospital_checks_after": re.compile(raw["not_figures"]["hospital_checks_after"], re.I),
            "prison_term_verbs": re.compile(raw["not_figures"]["prison_term_verbs"], re.I),
            "prison_term_after": re.compile(raw["not_figures"]["prison_term_after"], re.I),
            "cyber": re.compile(raw["not_figures"]["cyber"], re.I),
            "share_of_before": re.compile(raw["not_figures"]["share_of_before"], re.I),
            "force_member_heads": frozenset(raw["not_figures"]["force_member_heads"]),
            "hurt_then_died_after": re.compile(raw["not_figures"]["hurt_then_died_after"], re.I),
            "adjective_trigger_after": re.compile(raw["not_figures"]["adjective_trigger_after"]),
            "medical_evacuation": re.compile(raw["not_figures"]["medical_evacuation"], re.I),
            "medical_evacuation_before": re.compile(raw["not_figures"]["medical_evacuation_before"], re.I),
            "hospital_freed_counted": re.compile(raw["not_figures"]["hospital_freed_counted"], re.I),
            "things_of_the": re.compile(rf"(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(raw['not_figures']['things_of_the'])})\b",
                                        re.I),
            "quantifiers": frozenset(raw["not_figures"]["quantifiers"]),
            "hostages_taken_before": re.compile(raw["not_figures"]["hostages_taken_before"], re.I),
            "release_planned_after": re.compile(raw["not_figures"]["release_planned_after"], re.I),
            "hostages_taken_after": re.compile(raw["not_figures"]["hostages_taken_after"], re.I),
            "space_launch": re.compile(raw["not_figures"]["space_launch"], re.I),
            "police_operation": re.compile(raw["not_figures"]["police_operation"], re.I),
            "police_nouns": re.compile(raw["not_figures"]["police_nouns"], re.I)},
        force_members=_force_members(raw["force_members"]),
        before_objects=tuple((frozenset(r["verbs"]), r["action"], re.compile(r["after"], re.I))
                             for r in raw["before_objects"]["rules"]),
        verb_objects=tuple((frozenset(r["verbs"]), r["action"], re.compile(r["after"], re.I), frozenset(r["any_object_for"]),
                            re.compile(rf"\b(?:{_words(r['object_words'])})$", re.I) if r["object_words"] else None,
                            re.compile(rf"\b(?:{_words(r['between_words'])})\b", re.I) if r["between_words"] else None)
                           for r in raw["verb_objects"]["rules"]),
        stop={w.lower() for w in raw["modifier_stop"]},
        bare_followers=frozenset(raw["bare_followers"]),
        weapons=([w["name"] for w in weapons["weapons"]],
                 # matched on lower-cased text: no re.I, which is several times slower
                 re.compile(r"(?<![\w-])(?:" + "|".join(rf"(?P<w{i}>{'|'.join(w['match']).lower()})"
                                                         for i, w in enumerate(weapons["weapons"])) + r")(?![\w-])")),
        apposed_size=re.compile(raw["apposed_size"], re.I),
        thing_verbs=re.compile(raw["thing_verbs"], re.I),
        phrase_speech=frozenset(raw["phrase_speech_verbs"]),
        other_harm=re.compile(rf"\s+(?:{_words(raw['other_harm_verbs'])})\b", re.I),
        kin=_words(raw["kin_nouns"]),
        survivor_kin=frozenset(raw["survivor_kin"]),
        trigger_words={_norm(w) for w in before | after},
    )


_COUNTED_PARTICIPLES = frozenset(["killed", "dead", "wounded", "injured", "slain", "martyred", "arrested", "detained",
                                  "missing", "captured"])


def side_of(counted: str | None) -> str | None:
    """The side a counted noun names ("12 Malian soldiers": forces), by its last words (past a participle: "the
    number of NPA rebels killed")."""
    words = counted.lower().split() if counted else []
    while len(words) > 1 and words[-1] in _COUNTED_PARTICIPLES:
        words.pop()
    return (lex().sides.get(" ".join(words[-2:])) or lex().sides.get(words[-1])) if words else None


def class_of(noun: str) -> str | None:
    for name, rx in lex().class_full:
        if rx.fullmatch(noun):
            return name
    return None


# a word, or an age or size modifier ("18-year-old", "155mm") between a number and its noun
_TOKEN = re.compile(r"\s*(?:(?P<punct>[,;:.!?()\u2014\u2013\"\u201c\u201d])|(?P<word>(?:[A-Z]\.){2,3}(?=\s)|"  # "U.S."
                    r"[A-Za-z\u00c0-\u024f][\w'\u2019\-/]*"
                    r"|\d{1,3}-(?:year|month|week|day)s?-old\b))")
_POST = re.compile(r"\s+of\s+(?:whom|them|which)(?=\s)"  # "three of whom were killed", "30 of which"
                   r"|\s+of\s+(?:the\s+)?\d+[A-Z][\w-]*(?=\s+(?:were|was|had|have)\b)"  # "5 elements of the 3R were"
                   r"|\s+(?:and|or)\s+(?:decoys?|decoy\s+drones|imitation\s+drones|imitators)(?=\s+(?:were|was|had|have)\b)"
                   # "Seventeen people sheltering in a monastery in Kani Township of Sagaing Region were killed"
                   r"|\s+(?:sheltering|living|staying|hiding|working|travell?ing|waiting|gathered|praying|studying|sleeping)"
                   r"\s+(?:in|at|inside|near|on|under)\s+[^,.;\d]{1,100}?(?=\s+(?:were|was|had\s+been|have\s+been)\s)"
                   r"|\s+of\s+(?:neighbou?ring|nearby|surrounding|adjacent)\s+(?:[a-z]+\s+)?(?:houses|homes|buildings|villages|"
                   r"streets|blocks|areas|communities)(?=\s+(?:were|was|had|have)\b)"  # "About 30 residents of neighbouring
                   # houses were evacuated"
                   r"|\s+of\s+those(?=\s+(?:had|have|has|were|was|are|is|remain|remained|later)\b)"  # "13 of those
                   # had been released"
                   r"|\s+(?:of|from)\s+(?:a|an|the|one|their|his|her|its|our|the\s+same)\s+(?:same\s+)?"
                   # "of the suspected kidnappers"
                   r"(?:(?:suspected|alleged|presumed|armed|unarmed|remaining|so-called)\s+){0,2}[a-z]+"
                   r"(?:\s+family|\s+[A-Z]{2,5}\b|\s+(?!(?:were|was|had|have|has|and|or|who|which|that|are|is)\b)[a-z]+"
                   r"(?=,|\s+(?:were|was|had\s+been|have\s+been)\b))?"  # "Two of the ballistic missiles were intercepted"
                   r"|\s+(?:in|from|of|on|at|near|over|across)\s+(?:the\s+)?(?:\d{1,4}(?:st|nd|rd|th)\s+)?"  # "the 111th Brigade"
                   # "nine members of the Volunteers for the Defence of the Homeland (VDP)": a name's small words too
                   r"(?:[A-Z][\w'\u2019\-]*(?:\s+(?:(?:for|of|and)\s+(?:the\s+)?)?(?=[A-Z]))?){1,6}"
                   r"(?:\s+(?:region|city|province|oblast|district|area|governorate|state|town|village))?"
                   r"(?:\s+\d{1,4}(?![\d,.]\d))?"  # "members of the Barrio 18 gang", "of Task Force 3": a name's number
                   r"(?:\s+(?:gang|group|unit|cartel|faction|militia|cell|network|movement|brigade|battalion|regiment))?"
                   r"(?:\s+\([A-Z][\w.&-]{1,12}\))?"  # "members of the New People's Army (NPA) were killed"
                   # ", including South African, Malawian and Uruguayan troops, were killed": a list inside
                   r"|,\s(?:including|among\s+them|mostly|mainly|(?:most|many|some|all|both|several|two|three|four|five|six|"
                   r"seven|eight|nine|ten|\d{1,3})\s+of\s+them)\s(?:(?!\b(?:said|says|told|while|whereas|but)\b)[^.;]){1,160}?,"
                   r"(?=\s+(?:were|was|had|have)\b)"  # ", two of
                   # them children who had been sheltering with their grandmother in a ground-floor flat, were killed"
                   r"|\s(?:including|among\s+them)\s[^.;,]{1,40}?(?=\s+(?:were|was|had|have|has)\b)"  # or no commas
                   r"|,?\s+\d{1,2}\s*,(?=\s+(?:was|were|had|has|is)\b)"  # "One soldier, Sepoy Waqar Ahmed, 24, was martyred"
                   # "At least six soldiers and the train's driver were killed", "seven police officers involved had been
                   r"|\s+and\s+(?:the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?[a-z]+(?=\s+(?:were|was|had|have)\b)"
                   r"|\s+(?:involved|concerned|responsible|implicated)(?=\s+(?:were|was|had|have|are)\b)"  # detained"
                   # "some 1,500 troops backed by helicopters had been sent", "20 officials close to Machar, ... had been"
                   r"|\s+(?:(?:backed|supported|accompanied|escorted)\s+by|close\s+to|loyal\s+to|linked\s+to|allied\s+(?:to|with)|"
                   r"affiliated\s+with)\s+[^,.;]{1,40}?(?=,|\s+(?:were|was|had|have)\b)"
                   r"|\s+(?:aboard|on\s+board|onboard|inside)(?=\s+(?:were|was|had|have)\b)"  # "Three men aboard were killed"
                   r"|\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|to|-)\s*\d{1,3})?(?=\s+(?:were|was|had|have)\b)"  # "seven
                   # suspects aged between 22 and 45 were arrested"
                   # "Two others taken in the same operation were found dead"
                   r"|\s+(?:taken|held|abducted|kidnapped|captured|seized|detained|arrested)\s+(?:in|by|during|on|at|from)\s+"
                   r"[^,.;]{1,40}?(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:later\s+)?(?:found|killed|shot|freed|released)\b)"
                   # "three quadcopters used by the militants had been shot down"
                   r"|\s+(?:used|launched|fired|flown|operated|sent|carrying|belonging\s+to)\s+(?:by\s+)?[^,.;]{1,40}?"
                   r"(?=\s+(?:were|was|had|have)\s+(?:also\s+)?(?:been\s+)?(?:shot|downed|intercepted|destroyed|neutrali[sz]ed)\b)"
                   # "two employees of the bus company, a dispatcher and a mechanic, had been detained": who they are
                   r"|,\s(?:an?|the|one|both)\s(?:[^.;,\d]|\b\d{1,3}s?\b){1,90}?,(?=\s+(?:were|was|had\s+been|have\s+been)\s"
                   r"(?!held|kept)\b)"  # ", a woman aged 75 and a man in his 40s, were hurt"
                   r"|,\s+aged\s+(?:about\s+|between\s+)?\d{1,3}(?:\s*(?:,|and|to|-)\s*(?:and\s+)?\d{1,3})*\s*,"  # "aged 19,
                   # 24 and 31,"
                   r"|,\s[^,.;]{1,60},"
                   r"|\s*\([^()]{1,40}\)"  # "50 soldiers and VDP (volunteers) were killed": a gloss
                   r"|\s+and\s+[A-Z]{2,6}s?\b(?=\s+(?:\(|were|was|had|have))"  # and an acronym's members
                   # "3 people suspected of taking part in the kidnapping had been arrested"
                   r"|\s+(?:suspected|accused|believed|thought)\s+(?:of|to\s+be)\s+[^,.;]{1,60}?(?=\s+(?:were|was|had|have)\b)"
                   # "Ten journalists covering the protests were detained": a participle phrase before the verb
                   r"|\s+(?!(?:adding|saying|noting|claiming|stating|reporting|warning|citing|according)\b)[a-z]+ing"
                   r"\s+(?:(?:the|a|an|their|its)\s+)?(?:(?!that\b)[a-z][\w'\u2019-]*\s+){0,2}?(?!that\b)[a-z][\w'\u2019-]*"
                   r"(?=\s+(?:were|was|had|have|are|is)\b)"
                   # "- roughly 17,500 people -"
                   r"|\s+(?:[\u2013\u2014]|--?)\s[^\u2013\u2014.;]{1,80}?\s(?:[\u2013\u2014]|--?)(?=\s)"
                   r"|\s+(?:and|or)\s+[a-z][\w'-]*[\"\u201d](?=\s)"  # 41 "rioters and instigators" had been arrested
                   r"|\s+(?:and|or)\s+[\"\u201c][a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}[\"\u201d](?=\s)"  # 23 fighters and "khwarij"
                   r"|\s+and\s+(?:their|his|her)\s+(?:families|relatives|dependants|dependents)\b")  # "800 miners and
# their families had fled": the count is the miners'


_OF_DET = re.compile(r"\s+(?:the|its|their|his|her)(?=\s)", re.I)
_OF_POSS = re.compile(r"\s+(?:more\s+)?of\s+(?:its|their|his|her|our|the\s+[\w-]+['\u2019]s)(?=\s)",
                      re.I)  # "13 of the party's supporters", "three more of its soldiers"


_PLURAL_HEAD = re.compile(r"\s+([a-z][a-z-]{2,}s)\b(?!\s+of\b)")  # the head after a noun used as a modifier


def _noun_group(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """(class, head start, head end) of the counted noun right after `pos`, or None."""
    lx = lex()
    origin = pos
    mods = 0
    if text[max(0, pos - 3):pos].lower() == " of" or text[max(0, pos - 3):pos].lower() == "of":
        if d := _OF_DET.match(text, pos, limit):  # "dozens of the group's fighters"
            pos = d.end()
    elif d := _OF_POSS.match(text, pos, limit):  # "four of his soldiers": four soldiers
        pos = d.end()
    names = 0  # capitalised words among the modifiers: a group's name may be long
    while mods - min(names, 3) <= 4:  # "more than 20 Islamic State West Africa Province (ISWAP) fighters"
        if mods == 0 and (q := _QUOTED_LABEL.match(text, pos, limit)) and _ACRONYM_HURT.match(text, q.end(), limit) \
                and not lx.class_rx.match(text, q.start(1), limit):
            return "people", q.start(1), q.end(1)  # 412 "miscreants" had been taken into custody: a label of people
        at = pos + len(text[pos:limit]) - len(text[pos:limit].lstrip())
        if text[at:at + 1] in ('"', "\u201c", "\u2018") and mods == 0:
            at += 1  # 14 "rioters"; a straight quote closing the count: launched "at least nine" drones
            if text[at - 1] == '"' and (skip := len(text[at:limit]) - len(text[at:limit].lstrip())):
                at = pos = at + skip  # closing: its modifiers follow ('"more than 20" Thai drones')
        elif text[pos:pos + 1] in ("'", '"', "\u2019", "\u201d") and mods == 0:
            at = pos = pos + 1 + len(text[pos + 1:limit]) - len(text[pos + 1:limit].lstrip())  # 'more than 20' soldiers
        m = lx.class_rx.match(text, at, limit)
        if m and text[m.end():m.end() + 2] in ("'s", "\u2019s") and m.group()[:1].isupper():
            m = None  # "Two New People's Army rebels": a name's word, not the counted noun
        if m and (m.start() - pos <= 2 or (mods == 0 and text[pos:m.start()].isspace())):  # "95        Palestinians
            klass = class_of(m.group())  # killed": a key-figures column padded with spaces
            shut = m.end() + (text[m.end():m.end() + 1] in ('"', "\u201d", "\u2019"))  # nine "terrorist" sites
            if klass in ("people", "troops") and (thing := lx.not_figures["thing_after_people"].match(text, shut, limit)) \
                    and not _noun_next(text, thing.end(), limit):
                return None  # "two police posts", "three civilian vehicles": things of theirs, not people (but
                # "three civilian truck drivers" are people)
            if klass == "deaths" and lx.not_figures["thing_after_deaths"].match(text, shut, limit):
                return None  # "50 body bags", "30 body parts": things, not the dead
            if klass == "injuries" and m.group().lower() in ("wounded", "injured") and _COUNT_NEXT.match(text, m.end(), limit):
                return None  # "Debris from one wounded four soldiers": the verb of the count after it
            if (klass in ("injuries", "deaths") or _PARTICIPLE_HEAD.fullmatch(m.group())) \
                    and _AND_WORD.search(text, origin, m.start()):
                return None  # "three members of one family and wounded 12 others", "16,000 homes and displaced
                # some 400,000": the verb of the next clause
            if _AND_COUNT.search(text, origin, m.start()):
                return None  # "two Houthi radar sites and one UAV ground control station": another count's noun
            if klass == "attacks" and lx.not_figures["attack_means"].match(text, m.end(), limit):
                return None  # "112 air attack assets", "12 attack helicopters": the means of attack, not attacks
            if klass in _WEAPONS and lx.not_figures["thing_after_weapon"].match(text, m.end(), limit):
                return None  # "2 anti-ship missile launchers": things of theirs, not weapons
            if klass == "troops" and not m.group().lower().endswith("s") and (head := _PLURAL_HEAD.match(text, m.end(), limit)) \
                    and class_of(head[1]) in (None, "people") and head[1] not in lx.not_figures["force_member_heads"]:
                return "people", head.start(1), head.end(1)  # "600 volunteer lawyers": lawyers, who bear no arms
            if klass:
                return _extend_head(text, klass, m.start(), m.end(), limit)
        if mods == 0 and text[at - 1:at] in ('"', "\u201c", "\u2018") and text[pos:at].strip() in ('"', "\u201c", "\u2018") \
                and at > pos and text[at:at + 1].isalpha():
            pos = at  # 16 "strategic drones": the modifiers inside the quotes
            mods += 1
            continue
        if mods == 0 and (bn := _BRACKETED_NUMBER.match(text, pos, limit)):
            pos = bn.end()  # "7 (seven) persons": the count spelled out again
            continue
        if mods and (br := _BRACKETED_ACRONYM.match(text, pos, limit)):
            pos = br.end()  # "Three Kenya Defence Forces (KDF) soldiers": the force's short name among the modifiers
            continue
        if names and (mn := _MODEL_NUMBER.match(text, pos, limit)) and _CAP_END.search(text, max(0, pos - 20), pos):
            pos = mn.end()  # "two Hermes 450 drones", "Two Heron 1 drones": the model's number
            continue
        t = _TOKEN.match(text, pos, limit)
        if mods and t and t["punct"] in ('"', "\u201d") and text[t.start("punct") - 1:t.start("punct")].isalnum():
            pos = t.end()  # two "Palestine-2" missiles: past the closing quote of a quoted modifier
            continue
        if mods == 0 and t and t["word"] and _ACRONYM.fullmatch(t["word"]) and _ACRONYM_HURT.match(text, t.end(), limit):
            return "people", t.start("word"), t.end("word")  # "34 soldiers and 17 VDP were killed": a force's members
        if mods and t and t["punct"] == "," and _HYPHENED_END.search(text, max(0, t.start() - 25), t.start("punct")) \
                and _HYPHENED_NEXT.match(text, t.end(), limit):
            pos = t.end()  # "11 long-range, fixed-wing RSF kamikaze drones": adjectives in a row, a comma between
            continue
        if not t or t["punct"] or (t["word"].lower() in lx.stop and not (mods and _ACRONYM.fullmatch(t["word"]))) \
                or (mods and t["word"].lower() in _PLACE_NOUNS):  # "two Tulkarm camps and Jenin camp remain
            # displaced": places counted, not people
            if t and t["word"] and t["word"].lower() == "and" and mods:
                pos = t.end()
                continue
            return None
        if mods == 0 and ((_norm(t["word"]) in lx.trigger_words and t["word"].islower()
                           and not _noun_next(text, t.end(), limit))  # "80 detained protesters": an adjective
                          or t["word"] in ("and", "or")):
            return None  # "killed 5 and wounded 30": no noun follows the number
        if mods and t["word"].endswith("ing") and t["word"].islower() and _THINGS_THEN.search(text, origin, t.start("word")):
            return None  # "destroyed two motorcycles carrying fleeing gunmen": things that carried people
        pos = t.end()
        mods += 1
        names += t["word"][:1].isupper()
    return None


_HYPHENED_END = re.compile(r"\b[a-z]+-[a-z]+\s*$")
_HYPHENED_NEXT = re.compile(r"\s*[a-z]+-[a-z]+\s")
_MODEL_NUMBER = re.compile(rf"\s\d{{1,4}}(?=\s+{MACHINE_NOUNS})")  # the number numbers.py takes for a model's
_CAP_END = re.compile(r"\b[A-Z][A-Za-z]+$")
_PLACE_NOUNS = frozenset(["villages", "towns", "camps", "districts", "provinces", "regions", "communities", "settlements",
                          "neighbourhoods", "neighborhoods", "hamlets", "cities", "sites", "shelters"])
_THINGS_THEN = re.compile(r"\b[a-z]{3,}[^s\W]s\s+$")  # a plural noun right before ("motorcycles carrying")


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_DISTANCE_WORD = re.compile(r"\d[\d,.]*-(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?)")
_LIST_CLOSE_PLURAL = re.compile(r",\s+(?:were|are|have\s+been|had\s+been)\b")
_WERE_NEXT = re.compile(r"\s+(?:were|have\s+been)\b")
_AGE_OF = re.compile(r"\s+(?:of\s+\d{1,2}(?=[\s,])|in\s+(?:his|her)\s+(?:(?:early|mid|late)[\s-])?(?:\d0s|"
                     r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)\b)")  # "A boy of 11", "a man in his 80s"
_NAME_APPOSED = re.compile(r"\b(?!(?:In|On|At|By|From|Near|Last|Late|Early)\s)"  # "said Fuad al-Absi, a teacher ..."
                           r"[A-Z][\w'\u2019.-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'\u2019.-]+)+,\s+$")
_ORDINAL_APPOSED = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|other|last|latest|youngest|oldest)\s+"
                              r"(?:victim|casualty|fatality|person|man|woman|child|body|hostage|captive|detainee),\s+$", re.I)
# "sent reinforcements, including about 400 fighters": the whole has no count, the part is the figure
_UNCOUNTED_WHOLE = re.compile(r"\breinforcements,?\s*$", re.I)
_CASUALTIES_WHOLE = re.compile(r"(?:\bcasualties\b[^.;:]{0,40}?\d[^.;:]{0,20}?|\d[\d,.]*\s+(?:[a-z]+\s+)?casualties),?\s*$",
                               re.I)  # "casualties at around 4,000, including", "120 casualties, including"
_LIST_CUE = re.compile(r"(?:including|such\s+as|mostly|mainly)\b", re.I)  # "including two officers held since March"
_VERB_OF_PART = re.compile(r"\b(?:were|was|are|is|had|have|has|been|remain|remained)\b", re.I)
_BRACKETED_NUMBER = re.compile(r"\s*\((?:[a-z]+(?:[\s-][a-z]+){0,3}|\d[\d,]*)\)(?=\s)")
_BRACKETED_ACRONYM = re.compile(r"\s*\((?:[A-Z][A-Za-z.&-]{1,10}|[a-z]{1,3}-[A-Z][\w'\u2019-]{1,15})\)(?=\s)")  # "(KDF)",
# "(al-Shabaab)"
# a rate, not a count: "38 homicides per 100,000 inhabitants"
_RATE_AFTER = re.compile(r"\s+per\s+(?:100|1,?000|10,?000|100,?000|million|capita|head)\b"
                         r"|\s+(?:(?:on\s+)?average\s+)?(?:(?:every|each|per)\s+(?:single\s+)?(?:day|week|month|year|hour|night)\b"
                         r"|a\s+(?:day|week|month|year|hour|night)\b(?!\s+(?:after|before|ago|earlier|later|prior|since|into|of|"
                         r"in|when|that|during)\b))"
                         r"|\s+(?:(?:roughly|about|around|nearly|almost|on\s+average)\s+)?every\s+(?:\d+|two|three|four|five|six|"
                         r"few)\s+(?:minutes|hours|days|weeks|months)\b", re.I)  # "70 people murdered every day", not "a day
# after"; "a leader is killed roughly every 53 hours"
_AVERAGE_OF = re.compile(r"\b(?:an\s+)?average\s+of\s+(?:(?:about|around|some|nearly|roughly|almost)\s+)?$", re.I)
_ACRONYM_HURT = re.compile(r"\s+(?:(?:were|had\s+been|have\s+been|are|remain)\s+(?:also\s+)?(?:killed|wounded|injured|hurt|"
                           r"missing|arrested|detained|taken\s+into\s+custody|captured)|(?:also\s+)?(?:lost\s+their\s+lives|"
                           r"died|perished|fell\s+(?:on|in)))\b")  # "Four soldiers and three VDP lost their lives", "4 VDP
# fell on the field of honour"
_QUOTED_LABEL = re.compile(r"\s*[\"\u201c\u2018']([a-z][\w\u2019-]*(?:\s+[a-z][\w\u2019-]*){0,2})[\"\u201d\u2019']")


def _noun_next(text: str, pos: int, limit: int) -> bool:
    """A counted noun starts right after `pos` (past spaces)."""
    at = pos + len(text[pos:limit]) - len(text[pos:limit].lstrip())
    m = lex().class_rx.match(text, at, limit)
    return m is not None and class_of(m.group()) is not None


def _extend_head(text: str, klass: str, hs: int, he: int, limit: int) -> tuple[str, int, int]:
    """'Shahed and decoy drones', 'Russian assaults', 'attack drones': the last noun of the group."""
    lx, pos, steps = lex(), he, 0
    if klass == "people" and text[hs:he].lower() in ("members", "member") \
            and (force := lx.force_members.match(text, he, limit)):
        return "troops", hs, force.end()  # "2,000 members of the General Security forces": troops
    while steps < 4:
        if (br := _BRACKETED_ACRONYM.match(text, pos, limit)) and lex().class_rx.match(text, br.end() + 1, limit):
            pos = br.end()  # "47 Khawarij (al-Shabaab) militants": past the gloss to the noun after it
            continue
        t = _TOKEN.match(text, pos, limit)
        if t and t["punct"] == "," and ((klass == "troops" and _LIST_OF_NOUNS.match(text, pos, limit))
                                        or (klass == "people" and (ln := _LIST_THEN_VERB.match(text, pos, limit))
                                            and not any(w in number_words() or w in lx.stop for w in
                                                        re.findall(r"[a-z][\w-]*", ln.group().lower()) if w != "and"))):
            pos, steps = t.end(), steps + 1  # "60,000 troops, police and paramilitary rangers"; "At least 50
            continue  # journalists, camera operators and photographers have been injured"
        if not t or t["punct"]:
            break
        w = t["word"].lower()
        if w in number_words() or w in lx.not_figures["quantifiers"] or (w in lx.stop and w not in ("and", "or")) \
                or (t["word"].islower() and (_norm(w) in lx.trigger_words or w.endswith(("ed", "ing")))
                    and not (w.endswith("ed") and _norm(w) not in lx.trigger_words
                             and text[max(0, pos - 4):pos].lower() == " and" and _noun_next(text, t.end(), limit))):
            break  # a number, a function word or a verb ends the group ("three police officers escorting them", "17
            # deaths following Sunday's clashes"; not "soldiers and allied militiamen")
        m = lx.class_rx.match(text, t.start("word"), limit)
        if m and (k := class_of(m.group())):
            if {k, klass} == {"drones", "missiles"}:  # "300 drones and missiles": no count of either
                if (a := _ATTACKS_AFTER.match(text, m.end(), limit)):
                    return "attacks", hs, a.end()  # "170 drone and rocket attacks"
                return "drones+missiles", hs, m.end()
            if {k, klass} == {"troops", "people"}:  # "4,000 soldiers and police officers": a force
                klass, he, pos, steps = "troops", m.end(), m.end(), 0
                continue
            klass, hs, he, pos, steps = k, m.start(), m.end(), m.end(), 0
            continue
        pos, steps = t.end(), steps + 1
    return klass, hs, he


_OF_THESE = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|which|(?:the|this|that|[A-Z][a-z]+['\u2019]s)\s+"
                       r"(?:[a-z-]+\s+)?(?:launches|barrage|salvo|attack|wave))\s*,?\s*$")  # "Of these, 64 were shot
# down", "Of June's launches, 4,617 were shot down": of the things counted before
_OF_THEM_AFTER = re.compile(r"[\"\u201d]?\s+of\s+them\b")  # "jammed 19 of them", '"up to four" of them'
_AND_END = re.compile(r"\band\s+$")
_BY_AGENT = re.compile(r"\bby\s+$")
_COMMA_THEN_AUX = re.compile(r",\s*(?:(?:were|was|had\s+been|have\s+been)\s*)?$")
_DIED_NEXT = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:died|perished)\b")


def _counted_of_them(text: str, bd: re.Match, start: int, at: int) -> bool:
    """'Eighteen of them were killed and six wounded': 'of them' after a count of its own is that count's, no
    breakdown cue for a number coordinated after it (not "Two of them, both under 12, died")."""
    if not bd.group().startswith("of ") or not _AND_END.search(text, bd.start(), at):
        return False
    word = text[max(start, bd.start() - 20):bd.start()].split()[-1:]
    return bool(word) and (word[0][0].isdigit() or word[0].lower() in number_words())


_FIRED_A_WEAPON = re.compile(r"\s+(?:(?:a|an|two|three|four|several|its|\d+)\s+)(?:[\w-]+\s+){0,2}?"
                             r"(?:missiles?|rockets?|bombs?|munitions?|shells?|grenades?)\b", re.I)
# a bare count that opens its sentence ("Two were intercepted")
_BARE_SUBJECT = re.compile(r"\s*(?:[-\u2022\u00b7*]\s+)?"  # "- Two were shot down" on a bullet line
                           # "As of 08:30, 56 had been shot down": an opening time
                           r"(?:(?:[Aa]s\s+of|[Bb]y|[Aa]t)\s+\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|local\s+time))?,\s+)?"
                           # "The Israeli military said one was intercepted", "Overnight into Friday, it said, 12 more"
                           r"(?:(?:[A-Z][^,.;:\d]{0,50}?\s+|[A-Z][^,.;:\d]{0,40}?,\s+(?:it|he|she|they)\s+)"
                           r"(?:said|says|added|reported)(?:\s+that)?,?\s+)?"
                           r"(?:(?:[Aa]ll|[Oo]nly|[Jj]ust|[Aa]nother|[Bb]ut|[Aa]nd|[Tt]he\s+other|[Tt]he\s+remaining|"
                           r"[Tt]he\s+last)\s+)?$")
_PLURAL_WHOLE_BEFORE = re.compile(r"\b[a-z]{3,}s,\s*$")
_OWN_PASSIVE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|are|is|(?:had|have|has)\s+to\s+be|"
                          r"(?:need|needed|needs)\s+to\s+be)"
                          r"\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ft)\b")  # "and 68 patients had to be
# evacuated", "and around 4,000 residents were temporarily left without power"
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+$")
_QUOTED_NEXT = re.compile(r"\s+[\"\u201c]")
_COUNT_IN_LIST = re.compile(r"[^.;]*?\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                            r"twenty|thirty|forty|fifty|dozens|hundreds)\s+[^.;]*?\band\s+$", re.I)
_MORE_BARE = re.compile(r"\s+more\s*(?:[,.;]|$|\s+(?:on|in|over|near|off|during|overnight|later|the|that|this|before|after)\b)")
_ATTACKS_AFTER = re.compile(r"\s+(?:attacks|strikes|launches|barrages)\b", re.I)
_LIST_THEN_VERB = re.compile(r"\s*,\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+and\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                             r"(?=\s+(?:have|has|had|were|was|are|is|remain|remained)\b)")  # a people list, then its verb
_LIST_OF_NOUNS = re.compile(r"\s*,\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+and\s+[a-z]")  # ", police and paramilitary rangers"
_OR = re.compile(r"\s+or\s+$")
_AND_BEFORE = re.compile(r"\s+and\s+$")
_HANDED_OVER = re.compile(r"(?:handed|handing|hands)\s+over$", re.I)
_UNCOUNTED_DASH = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s\s(?:[\u2013\u2014]|--?)\s"
                             r"(?:(?!\s(?:[\u2013\u2014]|--?)\s)[^.;\d]){0,60}$")
_DASH_CLOSES = re.compile(r"(?:(?!\s(?:[\u2013\u2014]|--?)\s)[^.;\d]){0,60}\s(?:[\u2013\u2014]|--?)\s")
_DASH_OPEN = re.compile(r"\s(?:[\u2013\u2014]|--?)\s")  # a dash opening an insert: the parts of a count


def _before(text: str, start: int, floor: int) -> tuple[str, list, int] | None:
    m = lex().before_rx.search(text, max(floor, start - 90), start)
    if not m:
        return None
    # "shot down or jammed 460 drones": two verbs share the count, the first one names it
    if ((o := _OR.search(text, max(floor, m.start("trig") - 8), m.start("trig")))
            or (_HANDED_OVER.match(m["trig"]) and (o := _AND_BEFORE.search(text, max(floor, m.start("trig") - 8),
                                                                           m.start("trig"))))) and \
            (first := lex().before_rx.search(text, max(floor, o.start() - 40), o.start() + 1)):
        m = first  # (and "arrested and handed over 31,000 suspects to China": arrested, then handed over)
    return m["trig"], lex().actions.get(("before", _norm(m["trig"])), []), m.start("trig")


def _after(text: str, pos: int, limit: int, klass: str | None = None, relative: bool = True) -> tuple[str, list, int] | None:
    """The trigger after a counted noun, right after it or past one or two inserts ("Five members of
    the same family, including three children, were killed")."""
    lx = lex()
    p = pos
    for skips in range(3):
        if skips:
            s = _POST.match(text, p, limit)
            if not s:
                break
            p = s.end()
        m = lx.after_rx.match(text, p, limit)
        if m and any(a in ("abduct", "custody") for _, a in lx.actions.get(("after", _norm(m["trig"])), [])) \
                and (freed := _AND_LATER_FREED.match(text, m.end("trig"), limit)):
            return freed["trig"], lx.actions.get(("after", "released"), []), freed.end("trig")  # "Two polling
            # officials were kidnapped in Chenalhó and later released", "were briefly held hostage and later freed": freed
        if m and (not text[p:m.start("trig")].strip() or _REL_START.match(text, p, limit)) \
                and (m["trig"].lower() not in _FINITE_ONLY or _REL_START.match(text, p, limit)) \
                and (later := _LATER_MAIN.match(text, m.end("trig"), limit)) \
                and (m2 := lx.after_rx.match(text, later.end(), limit)) \
                and any(a in _LATER_ACTIONS or (a in _VICTIM_ACTIONS and _STANDING.intersection(first))
                        or (a in ("kill", "custody") and _HELD.intersection(first))  # "two men arrested during the protests
                        for first in [{b for _, b in lx.actions.get(("after", _norm(m["trig"])), [])}]  # were hanged"
                        for _, a in lx.actions.get(("after", _norm(m2["trig"])), [])) \
                and _object_ok(text, (m2["trig"], lx.actions.get(("after", _norm(m2["trig"])), []), m2.end("trig")),
                               limit, klass):  # not "treated for injuries and discharged" (from hospital)
            m = m2  # "533 people detained after the election had been released": released; "... remain missing"
        if m:
            e = m.end("trig")
            e += text[e:e + 1] in ('"', "\u201d", "\u2019", "'") and text[m.start("trig") - 1] in ('"', "\u201c", "\u2018", "'")
            acts = lx.actions.get(("after", _norm(m["trig"])), [])
            if (whole := lx.actions.get(("after", _norm(text[p:m.end("trig")]).strip(" ,\"'"))) ) is not None:
                acts = whole  # "22,000 people remain detained": the auxiliary and verb together say a stock
            if _active(text, p, m, acts, limit):
                return None  # "Twenty gunmen killed three soldiers": the killers, not the dead
            return _object_ok(text, (m["trig"], acts, e), limit, klass, pos)
    return _object_ok(text, _far_after(text, pos, limit, klass, relative), limit, klass, pos)


def _object_ok(text: str, found: tuple[str, list, int] | None, limit: int, klass: str | None,
               noun_end: int = -1) -> tuple[str, list, int] | None:
    """Drop the action of a verb that makes a figure only with the right object after it: people
    "moved to" a shelter are displaced, not those "moved to hospital"; inmates "discharged from 46
    prisons" are released, not patients "discharged from hospital" (measures.json "verb_objects")."""
    if found is None:
        return None
    trig, acts, e = found
    for verbs, action, after, any_object, nouns, between in lex().verb_objects:
        if _norm(trig) in verbs and klass not in any_object and not after.match(text, e, limit) \
                and not (nouns and noun_end > 0 and nouns.search(text, max(0, noun_end - 30), noun_end)) \
                and not (between and 0 < noun_end < e and between.search(text, noun_end, e)):  # "civilians fleeing
            # Djibo have reached"
            acts = [(i, a) for i, a in acts if a != action]
    return (trig, acts, e) if acts else None


_PHRASE_OPEN = re.compile(r"\s+(?:from|for|with|of(?!\s+(?:(?:the|those|these|its|their)\s+[a-z]|them|whom|which))|in|"
                          r"at(?!\s+risk)|near|across|"
                          r"on|inside|outside|around|aboard|(?P<that>that)|[a-z]+ing|(?P<by>[a-z]{3,}ed)(?=\s+by\s)|loaded|laden|packed|fitted|rigged|armed|equipped|"
                          r"(?:convicted|accused|suspected|charged|found\s+guilty)(?=\s+(?:of|with)\s))\s")
# (a participle of a charge: "Three men convicted of spying for Israel were hanged")
_WORD = re.compile(r"\s+[\w'\u2019-]+")
# a comma inside a list of names: "13 peacekeepers from South Africa, Malawi and Uruguay had been killed"
_NAMES_COMMA = re.compile(r",\s+[A-Z][\w'\u2019-]+(?=(?:\s+[A-Z][\w'\u2019-]+)?(?:,\s+[A-Z]|\s+and\s+[A-Z]))")
_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\b")
_OF_THOSE_DONE = re.compile(r"\s+of\s+(?:those|the\s+people)\s+"  # "18 of those arrested ... had been released"
                            r"(?:arrested|detained|held|abducted|kidnapped|seized|rounded\s+up|freed|released|rescued|"
                            r"evacuated)\b")  # "37 of those freed were injured"
_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z]+ly\s+)?(?:injured|wounded|casualties|victims)\b", re.I)
_TRIED_TO = re.compile(r"\b(?:tried|attempted|trying|attempting|sought|seeking)\s+to\s+$")
_NOUN_PREPS = frozenset(["on", "in", "at", "of", "for", "from", "with", "under", "during"])
_DETERMINERS = frozenset(["the", "their", "his", "her", "its", "our", "those", "these"])
_REL_START = re.compile(r"\s+(?:who|that|which)\s")  # "one drone that entered Polish airspace was shot down"
WHO = re.compile(r"\s+(?:who\s|(?:abducted|kidnapped|taken(?:\s+away)?|held|detained|arrested|captured|seized)\s+"
                 r"(?:by|in|during|on|at|from)\s)")
# a relative or participle clause on a counted noun ("who were detained in March", "abducted by gunmen in March"; also
# read by events for its dates)


def _far_after(text: str, pos: int, limit: int, klass: str | None = None,
               relative: bool = True) -> tuple[str, list, int] | None:
    found = _far_after_phrase(text, pos, limit, klass, relative)
    if found and _ABOARD.match(text, pos, limit) and all(a == "rescue" for _, a in found[1]):
        return None  # "all 22 people aboard that ship were rescued": saved at sea, no captives freed
    return found


_ABOARD = re.compile(r"\s+aboard\s")
_YEAR = re.compile(r"(?:19|20)\d\d")  # "who signed the 2016 peace agreement were killed": a year inside the phrase
_AT_SEA = re.compile(r"\s+(?:aboard|on\s+board)\s|\s+(?:at\s+sea|from\s+the\s+(?:sea|water))\b|\s+off\s+the\s+coast\b"
                     r"|\s+from\s+(?:an?|the|their|two|three|several|\d+)\s+(?:[\w-]+\s+)?(?:boats?|ships?|vessels?|dinghy|dinghies|"
                     r"rafts?)\b", re.I)


def _far_after_phrase(text: str, pos: int, limit: int, klass: str | None = None,
                      relative: bool = True) -> tuple[str, list, int] | None:
    """The trigger past a phrase of up to seven words that opens with a preposition, a relative or
    a participle ("1,800 people from rural areas had been forced from their homes", "18,000
    refugees fleeing fighting in Sudan's North Darfur crossed into Chad"), with no punctuation,
    number or trigger word inside it."""
    o = _PHRASE_OPEN.match(text, pos, limit) or (klass and _MEMBERS_OF.match(text, pos, limit)) \
        or (relative and klass in ("people", "troops") and WHO.match(text, pos, limit))
    if not o or (o.re is _PHRASE_OPEN and o["that"] and klass not in _WEAPONS):
        return None  # "one drone that entered Polish airspace was shot down"; not "citizens who died"
    if not klass and o.re is _PHRASE_OPEN and o.group().strip().endswith("ing") and _PLURAL_NEXT.match(text, o.end(), limit):
        return None  # "149 polling booths ... were relocated": a bare number's noun, not a participle
    passive_only = o.re is WHO  # "312 people who tried to cross were detained", never "citizens who died"
    rel = o.re is _PHRASE_OPEN and bool(o["that"])  # "one drone that entered Polish airspace was shot down": the
    own = None  # main verb after the relative clause's own ("entered"), which counts only when there is none
    prev_low = o.group().split()[-1].lower() if o.group().split() else ""
    lx, p, clause_verb = lex(), pos, passive_only and not o.group().lstrip().startswith("who")  # "abducted from
    # the village last week have regained their freedom": the participle is the clause's own verb
    for _ in range(5 if o.re is _PHRASE_OPEN and o["by"] else 10):  # "members federalized by the Pentagon arrived",
        # not "A commander contacted by AFP denied that any of his fighters had died"
        if (acr := _ACRONYM_IN_BRACKETS.match(text, p, limit)):
            p = acr.end()  # "members of the Afghan National Defence and Security Forces (ANDSF) were detained"
            if (m := lx.after_rx.match(text, p, limit)) and not _active(
                    text, p, m, acts := lx.actions.get(("after", _norm(m["trig"])), []), limit):
                return m["trig"], acts, m.end("trig")
        w = _WORD.match(text, p, limit) or _NAMES_COMMA.match(text, p, limit)  # "from South Africa, Malawi and Uruguay"
        if not w:
            return own
        word = w.group().strip(", ")
        low = word.lower()
        after_prep, prev_low = prev_low in _NOUN_PREPS, low  # "on guard duty": a noun after a preposition
        if low in _SUBORDINATORS or (low in _PREP_OR_SUBORDINATOR and _PRONOUN_NEXT.match(text, w.end(), limit)) \
                or low in lx.phrase_speech:
            return own  # "31 soldiers in Basilan since it was deployed": a clause of its own, with its own verb; "A
            # nurse at the health centre said it had treated 12 people": what the speaker said, not what befell them
        if _DISTANCE_WORD.fullmatch(word):
            p = w.end()  # "1,100 residents of villages within a 5-kilometre radius were evacuated": a distance
            continue
        if (word[0].isdigit() or word.lower() in number_words()) and _PLACES_COUNTED.match(text, w.end(), limit):
            p = w.end()  # "2,000 residents of three villages have fled": a count of places, not of ours
            continue
        if (word[0].isdigit() and not _YEAR.fullmatch(word)) \
                or (_norm(word) in lx.trigger_words and not passive_only and not (rel and own)
                                 and not after_prep) \
                or (word.lower() in number_words() and word.lower() not in ("of", "a", "an", "and", "both")):
            return own
        p = w.end()
        clause_verb = clause_verb or (passive_only and (word.lower() in _CLAUSE_AUX or word.lower().endswith(("ed", "ing"))))
        m = lx.after_rx.match(text, p, limit)
        if m and (_TRIED_TO.search(text, max(0, m.start("trig") - 20), m.start("trig")) or low in _DETERMINERS
                  or (word[:1].isupper() and m["trig"][:1].isupper())  # "of the District Reserve Guard": a name's word
                  or (low in _NOUN_PREPS and (not m["trig"].lower().endswith(("ed", "en", "wn"))
                                              or _noun_next(text, m.end("trig"), limit)))):  # "Two relatives of
            # detained men said": an adjective
            continue  # "Two passengers who tried to flee were wounded": what they tried, not what happened; "Two
            # residents who helped carry the wounded said", "A gendarme on guard duty was killed": a noun, no verb
        if m and (not passive_only or _AUX_BEFORE.search(text, p, m.start("trig")) or clause_verb):  # "300 villagers
            # who had been sheltering in the compound fled": past the relative clause's own verb, the main verb
            acts = lx.actions.get(("after", _norm(m["trig"])), [])
            if passive_only and (later := _LATER_MAIN.match(text, m.end("trig"), limit)) \
                    and (m2 := lx.after_rx.match(text, later.end(), limit)) \
                    and (acts2 := lx.actions.get(("after", _norm(m2["trig"])), [])) \
                    and any(a in _LATER_ACTIONS for _, a in acts2) and not _active(text, later.end(), m2, acts2, limit):
                return m2["trig"], acts2, m2.end("trig")  # "28 soldiers who had been surrounded and held for 48 hours
                # by residents were released": what became of them, past the relative clause's own verb
            if not _active(text, p, m, acts, limit):
                if rel and own is None and not _AUX_BEFORE.search(text, p, m.start("trig")):
                    own = (m["trig"], acts, m.end("trig"))
                    continue
                return m["trig"], acts, m.end("trig")
    return own


_SINGULAR_AUX = re.compile(r"\s(?:was|has\s+been|is)\s+(?:[a-z]+ly\s+)?\S*$")
_PLURAL_NEXT = re.compile(r"[a-z]{3,}s\b")
_PASSED_BEFORE = re.compile(r"\b(?:passed|passes|passing|exceeded|exceeds|surpassed|surpasses|topped|tops|crossed)\s+"
                            r"(?:the\s+)?$",
                            re.I)
_SHARED_BOUNDS = frozenset(["at_least", "more_than"])
_CLAUSE_AUX = frozenset(["had", "has", "have", "been", "was", "were", "is", "are"])

_SUBORDINATORS = frozenset(["because", "although", "though", "whereas", "while", "whilst", "until", "unless", "when", "whenever"])
_PREP_OR_SUBORDINATOR = frozenset(["since", "after", "before", "as", "once"])
_PRONOUN_NEXT = re.compile(r"\s+(?:it|they|he|she|we|i|you)\b", re.I)
# (a dash opening an insert too: "Two protesters - a 17-year-old and a 23-year-old man - were shot dead": who the two were)
_PART_WORDS = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+(?:whom|them)|such\s+as)\b|,|\s(?:[\u2013\u2014]|--?)\s",
                         re.I)
_NEIGHBOURING_PLACES = re.compile(r"\s+(?:neighbou?ring|nearby|other|surrounding|adjacent|border)\s+(?:villages|towns|districts|"
                                  r"communities|settlements|provinces|states|countries|areas|ones)\b")  # "from his village
# and two neighbouring ones"
_FAMILY_SIZE = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of\s+$", re.I)
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the\s+|[A-Z][\w'\u2019-]*['\u2019]s\s+)?(?:most\s+|least\s+|[a-z]+est\b)")
_MEMBERS_OF = re.compile(r"\s+of\s+the\s")  # after a counted noun "of the" describes it ("members of the security forces")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z][\w.&-]{1,12}\)")
_PLACES_COUNTED = re.compile(r"\s+(?:(?:neighbou?ring|nearby|other|surrounding|adjacent|border|apartment|residential|"
                             r"high-rise)\s+)?"
                             r"(?:villages|towns|districts|camps|provinces|regions|communities|states|countries|areas|settlements|"
                             r"neighbourhoods|neighborhoods|blocks|buildings|streets|houses|hamlets|locations|sites|places|"
                             r"(?<=neighbouring\s)ones|(?<=neighboring\s)ones|(?<=nearby\s)ones)\b")
_VICTIM_ACTIONS = frozenset(["kill", "injure", "arrest", "custody"])  # "6,270 people fled the town": they did flee
# (and "31.2 million passengers in the quarter and held a market share": not held in custody)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\b", re.I)  # a passive; "had killed three" is active
_OBJECT_AFTER = re.compile(r"\s+(?:(?:at\s+least|more\s+than|over(?=\s+\d)|nearly|almost|some|about|around|up\s+to|"
                           r"as\s+many\s+as)\s+)?"
                           r"(?:\d|(?:an?|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|several|many|people|civilians|"
                           r"soldiers|troops|police|protesters)\b|(?:part|parts|much|most|half|all|some)\s+of\b|"  # "a missile
                           # destroyed part of a residential building": a missile that hit, not one shot down
                           r"the\s+(?!(?:previous|next|same|following|day|night|week|"
                           r"morning|evening|weekend)\b)"  # (a name: "shot dead Jaime Morales")
                           r"|(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|In|At|On|Near|As|After|By|During|From|"
                           r"Over|Across|Outside|Inside|Since|And|Or)\b)[A-Z][a-z]+\s+[A-Z][a-z]+))", re.I)


def _active(text: str, p: int, m: re.Match, acts: list, limit: int) -> bool:
    """A bare past tense with an object after it is the active voice: the counted are the doers ("Twenty
    gunmen killed three soldiers"; "an Israeli drone fired on a group of people": a drone that shot, not
    one launched)."""
    if _AUX_BEFORE.search(text, p, m.start("trig")):
        return False
    if any(a == "launch" for _, a in acts) and _FIRED_ON.match(text, m.end("trig"), limit):
        return True
    if any(a == "release" for _, a in acts) and _norm(m["trig"]) in _SWAPS and _SWAPPED_WHAT.match(text, m.end("trig"), limit):
        return True  # "The two neighbours exchanged missile and drone strikes": they traded blows, nobody was freed
    return any(a in _DOERS_OBJECT for _, a in acts) and bool(_OBJECT_AFTER.match(text, m.end("trig"), limit))


_DOERS_OBJECT = _VICTIM_ACTIONS | {"intercept"}  # "an armed drone also destroyed two motorcycles": a drone that destroyed
_SWAPS = frozenset(["exchanged", "swapped", "traded"])
_SWAPPED_WHAT = re.compile(r"\s+(?!(?:for|on|in|at|under|as|with|by|between|after|during|since|yesterday|today|overnight|"
                           r"last|this|earlier|later|again|too|also|and|or|but)\b)[a-z]")


_AND_COUNT = re.compile(r"\band\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|no|\d)\b", re.I)
_AND_WORD = re.compile(r"\band\b")
_COUNT_NEXT = re.compile(r"\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|over|another)\s+)?"
                         r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several)\b)",
                         re.I)
_PICK_UP = re.compile(r"\bpick(?:ed|ing|s)?\s+up\b", re.I)
_IN_CUSTODY = re.compile(r"\s*(?:in\s+)?(?:(?:the\s+)?[A-Z][\w'\u2019-]+\s+|rebel\s+|militant\s+|enemy\s+)?"
                         r"(?:custody|captivity|detention)\b")  # "40 of its personnel in Houthi custody"
_KIN_VERBS = frozenset(["lost", "losing", "buried", "burying"])  # "lost his wife", "have buried a brother"
_OF_THEM_LIST = re.compile(r",\s+(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom)\s+[^,;.\d]{1,40}?\s+and\s+", re.I)  # "72 wounded,
# 19 of them women and 9 children": the second part of a breakdown, no count of its own
_DIED_IN = re.compile(r"\b(?:died|dead|perished|were\s+killed|was\s+killed|have\s+died|had\s+died)\s+(?:while\s+)?in\b", re.I)
_PARTICIPLE_HEAD = re.compile(r"(?:displaced|uprooted|injured|wounded|killed|detained|arrested|abducted|kidnapped)", re.I)
_FIRED_ON = re.compile(r"\s+(?:on|upon|into)\s+(?:a|an|the|two|three|several|dozens|\d)", re.I)


def _metric(klass: str | None, actions: list) -> tuple[str, str] | None:
    table = lex().metrics
    for pid, action in actions:
        if klass and (metric := table.get(klass, {}).get(action)):
            return metric, pid
    return None


def _weapon(text: str, start: int, end: int) -> str:
    names_of, rx = lex().weapons
    names = [names_of[int(m.lastgroup[1:])] for m in rx.finditer(lower_same_length(text[start:end]))]
    if "ballistic missile" in names or "cruise missile" in names:
        names = [n for n in names if n != "rocket"]
    return ", ".join(dict.fromkeys(names))


def _own_weapon(text: str, f: Figure, figures: list[Figure]) -> Figure:
    """The weapon named for the figure's own things: past another kind of thing counted in its
    lead-in ("attacked with four Iskander-M missiles and 145 Shahed drones": the drones are Shaheds)."""
    other = [g.end for g in figures if g.klass != f.klass and f.start <= g.num_start < f.num_start]
    if not other:
        return f
    return replace(f, weapon=_weapon(text, min(max(other), f.num_start), f.end))


_MORE_THINGS = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<noun>[a-z][\w-]*s)\b")  # "two more border posts"


def _bare_ok(text: str, pos: int, limit: int) -> bool:
    """A bare number ends its phrase: punctuation, the end, or a function word follows."""
    if _TIMES_NEXT.match(text, pos, limit):
        return False  # "displaced five or more times": how often, not how many
    t = _TOKEN.match(text, pos, limit)
    if t is not None and t["word"] and t["word"].lower() == "more":  # "wounded 30 more", not "30 more than", nor
        return not re.match(r"\s+than\b", text[t.end():limit]) \
            and not ((th := _MORE_THINGS.match(text, t.end(), limit)) and class_of(th["noun"]) is None)  # "captured
    # two more border posts": things
    if (t is None or t["punct"]) and (q := _QUOTED_LABEL.match(text, pos, limit)) \
            and lex().not_figures["thing_after_people"].match(text, q.end(), limit):
        return False  # destroyed nine "terrorist" sites: the quoted word is the places' modifier
    if t is not None and t["punct"] in ('"', "\u201d") and (w := _TOKEN.match(text, t.end(), limit)) is not None \
            and w["word"] and w["word"][:1].islower() and w["word"].lower() not in lex().stop \
            and w["word"].lower() not in lex().bare_followers and w["word"].lower() != "and":
        return False  # destroyed "around 120" surface-to-surface missile launchers: the quote closes on the number only
    if t is not None and t["word"] and t["word"].lower() in ("around", "along", "throughout") \
            and not ((nxt := _TOKEN.match(text, t.end(), limit)) and nxt["word"]
                     and (nxt["word"][:1].isdigit() or nxt["word"].lower() in number_words())):
        return True  # "wounded between 10 and 15 around Hodeidah": a place past the count, no "around 20"
    if (whose := _OF_THE_THINGS.match(text, pos, limit)) \
            and lex().not_figures["thing_after_people"].fullmatch(" " + whose["noun"]):
        return False  # "neutralised four of the objects that entered Polish airspace": things, no people
    return t is None or bool(t["punct"]) or t["word"].lower() in lex().stop or t["word"].lower() == "and" \
        or t["word"].lower() in lex().bare_followers


_OF_THE_THINGS = re.compile(r"\s+of\s+(?:the|its|their|these|those|our|his|her|my|your)\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\b"
                            r"(?!['\u2019]|\s+(?:and|or)\b)")
_TIMES_NEXT = re.compile(r"\s+(?:or\s+(?:more|so)\s+)?times\b")
_APPOSED_OPEN = re.compile(r"\s*,\s*$")
_NEXT_PART = re.compile(r"(?:\s+[A-Za-z][\w'\u2019-]*){1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_OPEN = re.compile(r"\b(?:between|from|and)\s+$", re.I)  # a range, or the tail of another list
_LISTED = frozenset(["people", "troops", "drones", "missiles", "attacks"])


def _number_list(text: str, nums: list[NumberPhrase], i: int, start: int, end: int
                 ) -> tuple[list[Figure], set[int]] | None:
    """Counts listed before one noun after one verb ("lost 40 and 65 fighters respectively", "killed 124, 52 and 33
    people in Tonde, Bassiri and Were"): one figure each, of the verb and the noun. None when nums[i] opens no list."""
    k = i
    while k + 1 < len(nums) and _LIST_SEP.fullmatch(text, nums[k].end, nums[k + 1].start):
        k += 1
    if k == i or "and" not in text[nums[k - 1].end:nums[k].start] \
            or any(m.value is None or m.qualifier == "vague" or m.kind == "range" for m in nums[i:k + 1]) \
            or _LIST_OPEN.search(text, max(start, nums[i].start - 10), nums[i].start):
        return None
    group = _noun_group(text, nums[k].end, end)
    b = _before(text, nums[i].start, start)
    if group is None or group[0] not in _LISTED or b is None or not (metric := _metric(group[0], b[1])):
        return None
    return ([_figure(text, m, metric[0], metric[1] + ".list", b[2], group[2] if m is nums[k] else m.end,
                     text[group[1]:group[2]], group[0], b[0])  # each quoted from the verb to its own number
             for m in nums[i:k + 1]], set(range(i + 1, k + 1)))


def _apposed_parts(text: str, whole: Figure, nums: list[NumberPhrase], i: int) -> tuple[int, int] | None:
    """How many counts from nums[i] on, set off by a comma right after a figure, name its parts, and where
    they end: two or more that add up to it ("freed 39 Palestinian prisoners, six women and 33 teenagers")."""
    n = nums[i]
    head = whole.end if whole.end <= n.start else (_noun_group(text, whole.num_end, n.start) or (None, None, -1))[2]
    if n.value is None or whole.klass not in ("people", "prisoners", "troops") or head < 0 \
            or not _APPOSED_OPEN.fullmatch(text, head, n.start):
        return None  # not "killed 8 soldiers, 5 police officers and 3 civilians": three sides, whatever the sum
    total, k = n.value, i
    while k + 1 < len(nums) and total < whole.value and nums[k + 1].value is not None \
            and _NEXT_PART.fullmatch(text, nums[k].end, nums[k + 1].start):
        k += 1
        total += nums[k].value
    if any((g := _noun_group(text, p.end, len(text))) is not None and g[0] != "people" for p in nums[i:k + 1]):
        return None  # (a part may be bare: "Three jawans, two from the DRG and an STF constable, were injured")
    last_end = (_noun_group(text, nums[k].end, len(text)) or (None, None, nums[k].end))[2]
    if total + 1 == whole.value and (last := _NEXT_PART.match(text, nums[k].end)) \
            and (one := _singular_rx().match(text, last.end())) and _single_class(one["head"]) in ("people", "troops"):
        total, last_end = total + 1, one.end()  # "killing three people, two patients and a nurse"
    return (k - i + 1, last_end) if total == whole.value and (k > i or total > n.value) else None


def counted_weapons(text: str, nums: list[NumberPhrase], end: int) -> str:
    """The kind of weapon the last count of a sentence without figures counts ("Radar detected two drones."):
    what a bare count in the next sentence counts ("Both were brought down")."""
    for n in reversed(nums):
        if (g := _noun_group(text, n.end, end)) and g[0] in _WEAPONS:
            return g[0]
    return ""


def find_figures(text: str, start: int = 0, end: int | None = None,
                 nums: list[NumberPhrase] | None = None, singles: list[re.Match] | None = None,
                 before_klass: str = "", before_fig: Figure | None = None) -> list[Figure]:
    """Figures in the sentence text[start:end] (offsets stay absolute).

    `nums` and `singles` are the sentence's number phrases and singular candidates when the caller
    found them in one pass over the whole text (see `scan`); otherwise they are found here.
    `before_klass`: what the sentence before counted last ("Russia attacked with 88 drones. Of
    these, 64 were shot down."); `before_fig`: its last figure ("... 6,847 drones in September.
    That was up from 5,912 in August")."""
    end = len(text) if end is None else end
    if nums is None:
        nums = [replace(n, start=n.start + start, end=n.end + start, num_start=n.num_start + start)
                for n in find_numbers(text[start:end])]
    figures: list[Figure] = []
    pending: list[tuple[NumberPhrase, tuple]] = []
    prev_trigger: tuple | None = None  # a number that counted nothing of ours: (its end, actions, words, start)
    consumed: set[int] = set()
    for i, n in enumerate(nums):
        if i in consumed:
            continue
        if n.value == 1 and text[n.end:n.end + 2] in ("'s", "\u2019s"):
            continue  # "the reason for one's arrest": a pronoun
        if n.value is not None and n.value < 120 and text[n.end:n.end + 1] == "," and n.num_start == n.start \
                and _APPOSED_AGE.search(text, max(start, n.start - 30), n.start) \
                and not (figures and figures[-1].pattern_id.endswith(".ellipsis")
                         and _SEMI_NAME_GAP.match(text, figures[-1].end, n.start)):
            continue  # "The hostage, 84, was freed": an age (not "Mandalay, nine; Sagaing, 22, including": a list)
        if text[n.end:n.end + 1] in (",", ")") and lex().apposed_size.search(text, max(start, n.start - 70), n.start):
            continue
        if n.num_start == n.start and text[n.end:n.end + 1] == "," and _NAME_BEFORE_NUMBER.search(text, max(start, n.start - 30),
                                                                                                 n.start):
            continue  # "The vessel, the MB Amani 2, had left the port": a name's number
        if n.value is not None and n.value <= 10 and (r := _RATIO.match(text, n.end, end)) \
                and (r["rate"] or _RATE_VERB.match(text, r.end(), end)):
            consumed.add(i + 1)  # "Nine in ten residents", "Two out of three drones are now ...": a ratio
            continue
        if (listed := _number_list(text, nums, i, start, end)) is not None:
            figures.extend(listed[0])  # "killed 124, 52 and 33 people in Tonde, Bassiri and Were respectively"
            consumed.update(listed[1])
            continue
        if figures and figures[-1].num_end <= n.start < figures[-1].end \
                and _DASH_OPEN.search(text, figures[-1].num_end, n.start):
            prev = figures[-1]  # "five civilians — a farmer, his wife and three of their neighbours — were killed"
            figures[-1] = replace(prev, breakdown="; ".join(filter(None, [prev.breakdown, _span_words(text, n.start, end)])))
            continue
        if _UNCOUNTED_DASH.search(text, max(start, n.start - 100), n.start) and _DASH_CLOSES.match(text, n.end, end):
            continue  # "the freed captives - seven women and four men - were released": who an uncounted whole was
        if figures and (parts := _apposed_parts(text, figures[-1], nums, i)):
            prev = figures[-1]  # "freed 39 Palestinian prisoners, six women and 33 teenagers, from Ofer": its parts
            figures[-1] = replace(prev, breakdown="; ".join(filter(None, [prev.breakdown, text[n.start:parts[1]]])))
            consumed.update(range(i + 1, i + parts[0]))
            continue
        if (bd := lex().breakdown.search(text, max(start, n.start - 60), n.start)) \
                and not _SPEECH_BETWEEN.search(text, bd.start(), n.start) \
                and not _UNCOUNTED_WHOLE.search(text, max(start, bd.start() - 30), bd.start()) \
                and (figures or not (bd.start() <= start + 2 or _own_outcome(text, n, end))) \
                and not ((b := _before(text, n.start, start)) and b[2] > bd.start()) \
                and not _counted_of_them(text, bd, start, n.start):  # not "of them and killing nine";
            # with no figure before it, a part is a figure of its own ("Three of them were released", "1,932
            # incidents, including 214 killings")
            alt = _read(text, n, _noun_group(text, n.end, end), start, end, figures) if figures else None
            if alt is not None and alt.metric != figures[-1].metric and alt.pattern_id.endswith(".after") \
                    and alt.metric != "troops" and _noun_group(text, alt.end, end) is None \
                    and not (_LIST_CUE.match(bd.group()) and (alt.metric == "detained" or (
                        alt.metric == "arrested" and not _VERB_OF_PART.search(text, n.end, alt.end)))) \
                    and not WHO.search(text, n.end, alt.end) \
                    and (_LIST_CUE.match(bd.group()) or _VERB_OF_PART.search(text, n.end, alt.end)
                         or alt.trigger.lower() in _FINITE_ONLY):  # "hurt 12,000 people, of whom 2,317 died"
                figures.append(alt)  # "detained 300 people, of whom 120 were later released": a figure of its own;
                continue  # not "released 6 hostages, including two officers held since March", "five of them with wounds",
                # "killed 13, including nine South African troops serving with the SADC mission", "including 12 in a
                # strike on a school sheltering displaced families" (an adjective)
            if (not figures or figures[-1].num_start > bd.start()) \
                    and _CASUALTIES_WHOLE.search(text, max(start, bd.start() - 50), bd.start()) \
                    and (alt := _read(text, n, _noun_group(text, n.end, end), start, end, figures)) is not None \
                    and alt.metric in ("killed", "injured", "missing") \
                    and not (figures and figures[-1].metric == alt.metric):
                figures.append(alt)  # "put casualties at around 4,000, including about 600 killed (and 3,400
                continue  # wounded)": the whole is no count of ours (killed and wounded together), so its parts are
            if figures:
                prev = figures[-1]
                figures[-1] = replace(prev, breakdown="; ".join(filter(None, [prev.breakdown, _span_words(text, n.start, end)])))
            continue
        if (key := _KEY_FIGURE.match(text, n.end, end)) and not _LINE_START.fullmatch(text, start, n.start):
            key = None
        if key is not None:
            n = replace(n, end=key.end())  # "- 1.4 million: people newly displaced": a key figure and its gloss
        group = _noun_group(text, n.end, end)
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if group is not None and (part := _object_share(text, n, start)) is not None \
                and (shared := _of_total(text, part, n, start, end, figures)):
            figures.extend(shared)  # "shot down half of the 30 drones launched": 15 shot down of 30 launched
            continue
        if group is None and nxt is not None and lex().of_total.match(text[n.end:nxt.start]):
            consumed.add(i + 1)
            figures.extend(_of_total(text, n, nxt, start, end, figures, _coordinated_part(text, n, figures)))
            continue
        one = _plus_one(text, n, group, start)
        foe = None  # "A Kosovo police officer and three Serb gunmen were killed": two sides' dead, not one sum
        if one is not None and {side_of(one.group().split(" and")[0]), side_of(text[group[1]:group[2]])} \
                == {"forces", "armed_groups"}:
            foe, one = one, None
        if one is not None:  # "A soldier and two civilians were killed", "killed a woman and her four children"
            n = replace(n, start=one.start(), value=n.value + 1, low=n.low + 1 if n.low is not None else None,
                        high=n.high + 1 if n.high is not None else None)
        fig = _read(text, n, group, start, end, figures, before_klass)
        if fig is None and (inv := _inverted(text, n, group, start, figures, before_klass)) is not None:
            fig = inv  # "Killed in the attack were 12 soldiers", "Injured, the commission added, were 109"
        if fig is None and group is not None and group[0] in _WEAPONS \
                and (total := _TARGETS_LISTED.search(text, max(start, n.start - 40), n.start)) \
                and (verb := _before(text, total.start(), start)) and (metric := _metric(group[0], verb[1])):
            fig = _figure(text, n, metric[0], metric[1] + ".listed", n.start, group[2], text[group[1]:group[2]], group[0],
                          verb[0])  # "Defenders destroyed 428 air targets — 408 drones and 20 missiles": its parts
        if fig is not None and key is not None and fig.pattern_id.startswith("noun.") and text[key.end()].isupper():
            fig = None  # "33: Hostages Hamas is to free": a key figure's gloss with no verb of its own is no count
        if fig is not None and foe is not None:
            head = foe.group()[:foe.group().rfind(" and")].rstrip()
            single = NumberPhrase(foe.start(), foe.start() + len(head), foe.start(), 1, "exact", 1, 1, "article")
            figures.append(_figure(text, single, fig.metric, fig.pattern_id.split(".")[0] + ".singular", foe.start(),
                                   foe.start() + len(head), head, fig.klass, fig.trigger, fig.action))
        if fig is not None and fig.metric == "injured" and figures and figures[-1].metric == "killed" \
                and fig.trigger.lower().startswith("with") and _OF_THEM_AFTER.match(text, n.end, end):
            continue  # "nine bodies were found, five of them with gunshot wounds": how the dead died
        if fig is not None and fig.metric in ("injured", "displaced") and _OF_THE_HURT.match(text, n.end, end):
            continue  # "Twelve of the injured remain in hospital", "Four of the wounded were evacuated": a part of
            # the count told before, not a count of its own (those who later died are: "two of the wounded died")
        if fig is None and one is not None and (b := _before(text, one.start(), start)) \
                and (metric := _metric(group[0], b[1])):
            fig = _figure(text, n, metric[0], metric[1], b[2], group[2], text[group[1]:group[2]], group[0], b[0])
        elif fig is None and group is not None and one is None \
                and (other := _A_THING_AND.search(text, max(start, n.start - 90), n.start)) \
                and (b := _before(text, other.start(), start)) and (metric := _metric(group[0], b[1])):
            # "launched a missile and 40 drones": the verb of a thing named before, of another kind
            fig = _figure(text, n, metric[0], metric[1].split(".")[0] + ".coordinated", n.start, group[2],
                          text[group[1]:group[2]], group[0], b[0])  # quote: the count (the thing before has its own)
        if fig is None and group is not None and prev_trigger and _COORD_OBJ.match(text, prev_trigger[0], n.start):
            # "destroyed 11 tanks and 40 drones": the verb of an earlier object that counted nothing of ours
            if metric := _metric(group[0], prev_trigger[1]):
                fig = _figure(text, n, metric[0], metric[1].split(".")[0] + ".coordinated", prev_trigger[3], group[2],
                              text[group[1]:group[2]], group[0], prev_trigger[2])
        last = figures[-1] if figures else (before_fig if before_fig is not None and _THAT_WAS.match(text, start) else None)
        if fig is None and last is not None and (group is None or group[0] == last.klass) \
                and not (group is None and _AND_A_NUMBER.match(text, n.end)) and (  # "compared with 19 and 58 the
                # previous week": last week's killed and injured, paired in order; no figure of the last metric
                ((cue := _COMPARED_WITH.search(text, max(start, n.start - 40), n.start)) and cue.start() >= (
                    last.end if figures else start))
                or (last.pattern_id == "compared" and (cue := _AND_ANOTHER_TIME.match(text, last.end, n.start)))
                or ((cue := _FROM_BEFORE.search(text, max(start, n.start - 40), n.start)) and cue.start() >= last.end
                    and "toll" not in last.pattern_id  # "the toll rose to 12 from 9": an earlier count, replaced
                    and _CHANGED_TO.search(text, max(start, last.num_start - 40), last.num_start))):
            # "5,600 drones so far this month, compared with 6,297 in August": the figure compared
            prev = last
            fig = _figure(text, n, prev.metric, "compared", cue.start() if cue.re is _COMPARED_WITH else n.start,
                          group[2] if group else n.end,
                          text[group[1]:group[2]] if group else "", prev.klass, prev.trigger, prev.action)
        if fig is None and group is None and (base := before_fig if not figures else figures[-1]) is not None \
                and (cue := _FIGURE_CHANGED.search(text, max(start if not figures else base.end, n.start - 70), n.start)) \
                and (not figures or _THAT_NUMBER.match(cue.group()) or _REVISING.match(cue.group())) \
                and not _FIGURE_CHANGED_NOUN.match(text, n.end, end) \
                and (not cue["way"] or (n.value > base.value if cue["way"].lower() in _RISEN
                                        else n.value < base.value)):
            # not "killed 12 and wounded 40. By evening it had climbed to 31": no rise of the 40
            # "... recorded 526 civilians killed in 2021. By 2023 the number had fallen to 312.": the same count, later;
            # "nine people were initially reported injured; by the afternoon that number had risen to 12"
            fig = _figure(text, n, base.metric, "changed_to", cue.start(), n.end, base.counted, base.klass,
                          base.trigger, base.action)
        if fig is None and group is None and figures and figures[-1].pattern_id in _CHAINED_FROM \
                and (cue := _CHAIN_CHANGED.search(text, max(figures[-1].end, n.start - 60), n.start)):
            # "The figure rose to 55 on Thursday and was raised again to 61 on Friday": the same toll, later
            prev = figures[-1]
            fig = _figure(text, n, prev.metric, "changed_to", cue.start(), n.end, prev.counted, prev.klass,
                          prev.trigger, prev.action)
        if fig is None and figures and group is None and (_CONTRAST_BEFORE.search(text, figures[-1].end, n.start)
                                                          or _APPOSED_PUT.match(text, figures[-1].end, n.start)
                                                          or _CORRECT_NUMBER.match(text, figures[-1].end, n.start)) \
                and figures[-1].value / 10 <= n.value <= figures[-1].value * 10 \
                and (cue := _PUT_THE_FIGURE.search(text, max(start, n.start - 60), n.start)):
            prev = figures[-1]  # "at least 12 soldiers had been killed, while a local official put the figure at
            fig = _figure(text, n, prev.metric, "other_count", cue.start(), n.end, prev.counted, prev.klass,  # 20"
                          prev.trigger, prev.action)
        if fig is None and not figures and before_fig is not None \
                and before_fig.value / 10 <= n.value <= before_fig.value * 10 \
                and not _THE_REST.search(text, start, n.start) \
                and ((group is None and (cue := _PUT_THE_FIGURE.search(text, max(start, n.start - 60), n.start)))
                     or (group is not None and group[0] == before_fig.klass  # "put the figure at 37 gang members"
                         and (cue := _PUT_THE_FIGURE.search(text, max(start, n.start - 60), n.start)))
                     or (group is None and (cue := _SAYS_BARE.search(text, max(start, n.start - 30), n.start))
                         and _BARE_END.match(text, n.end, end))):
            # "Police said 14 inmates were killed. Families put the figure at 20.", "The ministry says 96.": another
            # source's count of the same thing (of its order: not a crowd of 300,000 after 40 arrests)
            fig = _figure(text, n, before_fig.metric, "other_count", cue.start(), n.end, before_fig.counted, before_fig.klass,
                          before_fig.trigger, before_fig.action)
        if fig is None and (group is None or group[0] == "troops") \
                and (run := _running_total(text, n, start, end, figures)) is not None:
            fig = run  # "..., bringing the number held since Thursday to 224", "the total deployed ... to 5,000 elements"
        tail = None
        if fig is None and (group is None or group[0] == "people") \
                and (lab := _LABEL_LINE.fullmatch(text, start, n.start)) \
                and (group is not None or _LABEL_VALUE_END.match(text, n.end, end)
                     or (tail := _LABEL_VERB_TAIL.match(text, n.end, end))):
            fig = _label_figure(text, n, lab, tail.group() if group is None and tail else "")  # "- Civilians killed by
            # junta forces: 214", "Displaced: more than 16,500 people registered in 89 shelters", "Ballistic missiles: 2
            # intercepted"
        b = _before(text, n.start, start) if fig is None else None
        if fig is not None:
            figures.append(fig)
        elif group is not None and (b is None or (group[0] in _WEAPONS and not _metric(group[0], b[1]))):
            pending.append((n, group))  # not "lost four fighters and seven were wounded": an object of its own verb (but
            # "recorded 1,270 drones and 61 missiles launched": a verb that counts none of them)
        elif b is None and (back := _OF_THE_AFTER.match(text, n.end, end)) \
                and (part_of := _noun_group(text, back.end(), end)) \
                and nxt is not None and _COORD.match(text, part_of[2], nxt.start):
            pending.append((n, part_of))  # "Five of the missiles and 39 of the drones were shot down": a part, as a subject
        prev_trigger = (n.end, b[1], b[0], b[2]) if b else None
    if singles is None:
        singles = list(_singular_rx().finditer(text, start, end))
    if singles:  # before the pending subjects: "Four police officers and a civilian were killed" share its verb
        figures.extend(_singulars(text, start, end, figures, singles))
        figures.sort(key=lambda f: f.start)
    for n, (klass, hs, he) in reversed(pending):  # the last subject first: "21 drones, two cruise missiles and one
        # ballistic missile are downed" joins the first to the second once the second has the verb
        # "Of the 76 drones, 54 were shot down": the total launched, when its part is reported
        if klass in ("drones", "missiles") and _OF_FRONT.search(text, max(start, n.start - 20), n.start) and any(
                f.start > he and f.klass == klass and f.metric.endswith(("_intercepted", "_lost", "_hit")) for f in figures):
            if metric := _metric(klass, [("launch.of_total", "launch")]):
                figures.append(_figure(text, n, metric[0], metric[1], n.start, he, text[hs:he], klass))
                continue
        # "300 drones and 30 missiles were launched": the subjects share the verb
        nxt = min((f for f in figures if f.start >= he), key=lambda f: f.start, default=None)
        if nxt is not None and ((nxt.pattern_id.endswith((".after", ".after.singular"))
                                 and (_COORD.match(text, he, nxt.start) or _OF_COORD.match(text, he, nxt.start)))
                                or (nxt.pattern_id.endswith(".coordinated") and nxt.start == nxt.num_start
                                    and (klass in _WEAPONS  # (not "three women, four children and two men were killed"
                                         or (klass in ("people", "troops") and nxt.klass in ("people", "troops")
                                             and side_of(text[hs:he]) in ("forces", "armed_groups")  # a side's dead,
                                             # not "three women, four children and two men": the parts of a toll
                                             and not any(f.end <= n.start for f in figures)  # after a toll: its parts)
                                             and ":" not in text[start:n.start]))  # "12 soldiers, 3 police officers and 2
                                    and _LIST_COMMA.fullmatch(text, he, nxt.start))):  # civilians were killed": all three
            if metric := _metric(klass, [(nxt.pattern_id.split(".")[0] + ".coordinated", nxt.action)]):
                figures.append(_figure(text, n, metric[0], metric[1], n.start, he, text[hs:he], klass, nxt.trigger,
                                       nxt.action))
                if n.qualifier in _SHARED_BOUNDS and nxt.qualifier == "exact" and nxt.num_start == nxt.start \
                        and not nxt.pattern_id.endswith(".singular") \
                        and _COORD.match(text, he, nxt.start):  # "at least 270 security personnel and 180 civilians
                    k = figures.index(nxt)  # were killed": the bound covers both counts
                    figures[k] = replace(nxt, qualifier=n.qualifier, high=None,
                                         low=nxt.value + (n.qualifier == "more_than"))
    if pending:
        figures.sort(key=lambda f: f.start)
    if figures and (more := _ONE_MORE.search(text, figures[-1].end, end)) \
            and any(f.klass in ("people", "troops") and f.action in _KILL_OR_INJURE for f in figures):
        # "killing two drivers and wounding a third": one more person
        n = NumberPhrase(more.start("one"), more.end("one"), more.start("one"), 1, "exact", 1, 1, "article")
        verb = more["verb"].lower()
        metric, action = ("killed", "kill") if verb.startswith("kill") else ("injured", "injure")
        figures.append(_figure(text, n, metric, f"{action}.before.one_more", more.start("verb"), more.end("one"),
                               more["one"], "people", more["verb"], action))
    elif figures and (people := [f for f in figures if f.klass in ("people", "troops", "prisoners")]) \
            and (more := _ONE_MORE_PASSIVE.search(text, figures[-1].end, end) or _kin_more().match(text, people[-1].end, end)):
        # "two labourers were shot dead ... and a third was wounded", "Four suspects were arrested, and a fifth was
        # killed": one more person of those counted
        n = NumberPhrase(more.start("one"), more.end("one"), more.start("one"), 1, "exact", 1, 1, "article")
        verb = more["verb"].lower()
        metric, action = ("killed", "kill") if verb.startswith(("kill", "shot")) else ("arrested", "arrest") \
            if verb.startswith(("arrest", "detain", "captur")) else ("injured", "injure")
        figures.append(_figure(text, n, metric, f"{action}.after.one_more", more.start("one"), more.end("verb"),
                               more["one"], "people", more["verb"], action))
    for f in [f for f in figures if f.action in ("arrest", "custody") and f.pattern_id.endswith(".after")]:
        if (freed := _THEN_FREED.match(text, f.end, end)) \
                and not any(g is not f and f.end <= g.start < freed.end() for g in figures):  # "Three aid workers
            figures.append(replace(f, metric="released", pattern_id="release.after.then", end=freed.end(),  # were
                                   trigger=freed["verb"], action="release"))  # detained at a checkpoint and released"
    figures = [_own_weapon(text, f, figures) for f in figures if not _no_force(f)]
    figures = [replace(f, qualifier="more_than", low=f.value + 1, high=None)
               if f.qualifier == "exact" and _PASSED_BEFORE.search(text, max(start, f.num_start - 20), f.num_start) else f
               for f in figures]  # "the toll had passed 61,500": more than that
    figures = [replace(f, metric="drones_lost", pattern_id=f.pattern_id + ".jammed")
               if f.metric == "drones_intercepted" and lex().jammed_after.match(text, f.end, end) else f for f in figures]
    figures = [_share_of(text, f, start) for f in figures]
    figures = sorted(figures + _shares_of_them(text, figures, start, end) + _all_launched(text, figures, start, end),
                     key=lambda f: f.start)
    kept, dropped = [], None
    calm = not _combat_in(text, start, end) \
        and not lex().non_conflict_far[2].search(text, start, end)
    caused = [_non_conflict(text, f, start, end) for f in figures]
    far = _far_non_conflict(text, figures, start, end, calm)
    if calm and (any(f.metric in _HUMAN_TOLL and c for f, c in zip(figures, caused, strict=True))
                 or lex().sports.search(text, start, end)):  # "The death toll from the earthquake rose to 2,886, with
        far = set(range(len(figures)))  # 4,639 people injured": the sentence's other tolls too; "injuries to two defenders"
    for k, f in enumerate(figures):  # "Floods have killed 45 people and displaced 10,000": both go
        if caused[k] or (dropped and _COORD.match(text, dropped.end, f.start)) \
                or (k in far and f.metric in _HUMAN_TOLL):
            dropped = f
        elif f.pattern_id != "bodies_at_hospital" and ((f.klass == "deaths" and lex().bodies[0].search(f.counted))
              or lex().bodies[1].search(text, max(start, f.num_start - 30), f.num_start)) \
                and (moved := [v.group().lower() for v in lex().bodies[2].finditer(text, start, end)]) \
                and not (all(v.startswith("receiv") for v in moved) and _MEDICAL_PLACE.search(text, start, end)):
            dropped = None  # "757 bodies were returned", "identified 1,500 bodies": remains handed over, no toll (but a
            # hospital's "12 bodies had been received" are its dead)
        elif f.metric in ("released", "detained", "missing") and lex().bodies[3].match(text, f.num_end):
            dropped = None  # "the return of 15 deceased hostages": remains, no one freed
        elif any(g is not f and g.metric == f.metric and g.end == f.end and g.num_end <= f.num_start
                 and g.value is not None and f.value is not None and g.value > f.value
                 and "," in text[g.num_end:f.num_start] for g in figures):
            dropped = None  # "Two other people, a city councilor and one of the mayor's bodyguards, were wounded":
            # a part named between the count and its verb
        elif _THEY_ARE.fullmatch(text, start, f.num_start):
            dropped = None  # "Four people were killed ... They are two civilians, including a woman, killed by sniper
            # fire, and two Asayish members": who the dead told before were
        elif (part := _OF_THE_PART.search(text, max(start, f.num_start - 140), f.num_start)) \
                and _PART_NOUN_METRIC.get(part["noun"].split()[-1].lower()) == f.metric:
            dropped = None  # "Of the 31 dead, 27 died of asphyxiation": a part of a toll given before
        elif (f.metric == "attacks" and (f.value == 1 or lex().sports.search(text, start, end))) \
                or (f.qualifier == "vague" and f.pattern_id == "noun.displaced"):
            dropped = None  # "One strike hit a house", "27 attacks in the first half": no count of attacks; "where
            # tens of thousands of displaced
            # people are sheltering": a description, not a figure
        elif _not_a_figure(text, f, start, end):
            dropped = None
        elif f.action == "displace" and f.trigger.lower() in ("forced", "forcing") \
                and _FORCED_TO_DO.match(text, f.end, end):
            dropped = None  # "forced at least 30 teenagers to join its ranks": conscripted, not driven from home
        elif f.action in ("rescue", "release") and lex().rescue_not_release.search(text, f.end, min(end, f.end + 80)) \
                and (f.action == "rescue" or not lex().rescue_captivity.search(text, max(0, start - 400), end)):
            dropped = None  # "rescued 12 people from the rubble", "Rescuers freed 2,500 people from vehicles trapped in
            # snowdrifts": no captives freed
        elif f.action == "rescue" and f.klass != "prisoners" \
                and not lex().rescue_captivity.search(text, max(0, start - 400), end):
            dropped = None  # "Sixty-one people were rescued": from a boat, a fire, not from captivity
        elif _home_not_freed(text, f, start, end):
            dropped = None  # "200,000 people have returned home": no captives freed, without a swap told
        elif f.action == "launch" and f.klass == "drones" and f.pattern_id.endswith(("after", "after.singular")) \
                and _FIRED_A_WEAPON.match(text, f.end, end):
            dropped = None  # "An Israeli drone fired a missile": the drone launched, it was not launched
        elif f.metric == "killed" and lex().not_figures["attempted_deaths"].search(text, f.num_end, f.end):
            dropped = None  # "67 attempted murders"
        elif lex().not_figures["animals_of"].match(text, f.num_end):
            dropped = None  # "60 of their cattle were killed": animals, no people
        elif f.pattern_id == "noun.prisoners" and _DIED_NEXT.match(text, f.end):
            dropped = None  # "14 detainees died of the disease": what befell them, no count of people held
        elif _RATE_AFTER.match(text, f.end, end) or _AVERAGE_OF.search(text, max(start, f.num_start - 30), f.num_start):
            dropped = None  # "38 homicides per 100,000 inhabitants", "an average of about 70 people murdered every day"
        elif f.value > 1 and f.counted.lower() in ("hostage", "captive"):
            dropped = None  # "took 30 villagers hostage": an abduction, counted by no metric of ours
        elif _unreal(text, f, start, end):
            dropped = None  # "could kill up to 10,000", "will deploy 5,000 troops", "No one was killed"
        elif f.action == "kill" and f.trigger.lower().rpartition(" ")[2] in _KIN_VERBS and f.counted \
                and _singular(f.counted.split()[-1].lower()) in lex().survivor_kin:
            dropped = None  # "a farmer who lost his wife and two sons", "have buried a brother": a survivor's own dead
        elif held := _held_not_force(text, f, end):
            kept.append(replace(f, metric="detained", pattern_id=held, action="custody"))
            dropped = None  # "the group now holds 33 UN personnel", "40 of its personnel in Houthi custody": captives
            continue
        elif f.action == "custody" and _DIED_IN.search(text, f.num_end, f.end):
            kept.append(replace(f, metric="killed", pattern_id="custody.died", action="kill"))
            dropped = None  # "at least 38 people who died in custody": deaths in custody, the dead
            continue
        elif f.pattern_id.endswith(".singular") and f.action == "custody":
            dropped = None  # "a 19-year-old student held at Obo prison": a description of one person, no count
        elif f.metric == "displaced" and (back := _GONE_BACK.match(text, f.end, end)) \
                and not any(g.num_start >= f.end and g.num_start < back.end() for g in figures):
            dropped = None  # "580,000 people displaced by the war have gone back to their towns": returns, no one
            # newly displaced
        elif f.metric == "killed" and _OF_THE_HURT.match(text, f.num_end) \
                and any(g is not f and g.metric == "killed" and g.num_start < f.num_start for g in figures):
            dropped = None  # "put the death toll at four, saying two of the injured had died": why the toll rose
        elif f.metric == "killed" and _OF_THE_DEAD.match(text, f.num_end):
            dropped = None  # "Relatives buried 27 of the dead in a mass grave": a part of the dead told before
        elif f.metric == "arrested" and f.action == "intercept" and (
                not f.trigger.lower().startswith("intercept") or f.counted.lower() in ("", "others", "more")
                or class_of(f.counted.split()[-1]) != "people"
                or _CROWD_BEFORE.search(text, max(start, f.start - 30), f.start)
                or (f.pattern_id.endswith(".after") and "," in text[f.num_end:f.end])):
            dropped = None  # people intercepted are held ("intercepted 1,136 migrants at sea"); not a bare count
            # intercepted (the weapons told around it: "91 were intercepted"), not "repelled a jihadist assault", not
            # "residents intercepted two young men", "the ambulance, carrying three young men with gunshot wounds, was
            # intercepted"
        elif f.pattern_id.endswith(".singular") and _THE_KILLING_OF.match(f.trigger):
            dropped = None  # "hours after the killing of a senior commander": the cause of what is told, no count
        elif f.pattern_id.endswith(".singular") and _SINCE_WHEN.search(text, max(start, f.start - 100), f.start):
            dropped = None  # "the first launch since January, when it fired a missile": background
        elif f.pattern_id.endswith(".singular") and f.metric in ("drones_hit", "missiles_hit") \
                and (any(g.metric in ("killed", "injured") for g in figures) or _KILLING_NEXT.match(text, f.end, end)):
            dropped = None  # "a drone hit a minibus, killing one man": the casualties are the figures, not one hit
            # (also when they are named, not counted: "struck by a drone ..., killing the driver, a midwife and the patient")
        elif kept and kept[-1].metric == f.metric and _OF_WHOM.match(text, f.num_end) and f.value <= kept[-1].value:
            # "113 police officers were injured, three of whom were hospitalised": a part of the total (not
            # "put the death toll at eight, saying troops had ... killed 11 of them": more than the total)
            kept[-1] = replace(kept[-1], breakdown="; ".join(filter(None, [kept[-1].breakdown, text[f.start:f.end]])))
        else:
            kept.append(f)
    return kept


# "12 children were handed over. ... all remaining abductees, whose number local authorities put at 21": the others
_THE_REST = re.compile(r"\b(?:remaining|the\s+rest\s+of|the\s+others)\b", re.I)
_CROWD_BEFORE = re.compile(r"\b(?:residents|villagers|locals|a\s+mob|a\s+crowd|youths)\s+(?:[a-z]+\s+)?$", re.I)
_GATHERING_OF = re.compile(r"\b(?:protests?|counter-protests?|rall(?:y|ies)|demonstrations?|marche?s?|vigils?|gatherings?|"
                           r"meetings?|crowds?|sit-ins?)\s+of\s+(?:(?:around|about|some|roughly|nearly|more\s+than|over|at\s+least|"
                           r"up\s+to)\s+)?$", re.I)
_RELEASE_OF_BEFORE = re.compile(r"\b(?:the\s+)?release\s+(?:[^.;]{0,60}?\s)?of\s+$")
_WHO_BEFORE_TRIGGER = re.compile(r"\s+who\b")
_SPEAKS_NEXT = re.compile(r"[^.;]{0,100}?\s(?:told|said|say|says|recalled|recounted|described)\b")
_ALONG_WITH = re.compile(r"\b(?P<trig>killed|killing|wounded|wounding|injured|injuring|arrested|detained|freed|released)\s+"
                         r"(?:[A-Za-z][\w'\u2019.-]*\s+){1,6}?(?:along|together)\s+with\s+$")
_KIN_OF = re.compile(r"\b(?:relatives?|famil(?:y|ies)|parents?|mother|father|wife|husband|sons?|daughters?|brothers?|"
                     r"sisters?|lawyers?|friends?)\s+of\s+$", re.I)
_OF_THE_DEAD = re.compile(r"\s+of\s+the\s+(?:dead|victims|bodies)\b", re.I)
_KILLING_NEXT = re.compile(r"[^.;]{0,120}?,\s+(?:killing|wounding|injuring)\b", re.I)
_THE_KILLING_OF = re.compile(r"(?:the\s+)?(?:killing|murder|assassination)\s+of\b", re.I)
_MEDICAL_PLACE = re.compile(r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|medical\s+(?:source|centre|center|staff)s?)\b",
                            re.I)
_AMONG_THE_DEAD = re.compile(r"\b[Aa]mong\s+(?:the\s+)?(?:dead|killed|victims|wounded|injured)\s+(?:was|were|is|are)\s+$")
_MILITARY_WORDS = re.compile(r"\b(?:soldiers|troops|army|military|personnel|servicemen|marines|paratroopers)\b", re.I)


_AUX = re.compile(r"\b(?:have|has|had|were|was|are|is|will)\b")
_LISTED_WHOLE_BEFORE = re.compile(r"\s*(?:The|Its|Their)\s+(?:[a-z]+\s+)?(?:crew|passengers|hostages|captives|victims|dead|"
                                  r"wounded|injured|detainees|prisoners|casualties|suspects)\s*,\s+(?:[^,;.()]{1,40},\s+)+")


def _not_a_figure(text: str, f: Figure, start: int, end: int) -> bool:
    """Shapes of ours that count nothing of ours (measures.json "not_figures"): '16 drone bodies'
    seized; 'eliminated a terrorist cell'; 'a missile landed in the water' (a miss); 'incidents with
    at least one death, injury or abduction' (a method's threshold); '4 more smugglers fled back'
    (armed men retreating, not people displaced)."""
    nf = lex().not_figures
    if f.metric == "displaced" and nf["aid_to_before"].search(text, max(start, f.num_start - 120), f.num_start):
        return True  # "distributed hot meals to 4,800 displaced people": people served
    if f.start == f.num_start and nf["source_before"].search(text, max(start, f.num_start - 20), f.num_start):
        return True  # "according to two detainees released last month": who told it
    if nf["likeness_of_before"].search(text, max(start, f.num_start - 30), f.num_start):
        return True  # "Sketches of three suspects have been released": pictures, no one freed
    if f.start == f.num_start and _LISTED_WHOLE_BEFORE.fullmatch(text, start, f.num_start):
        return True  # "The crew, 17 Indians, two Sri Lankans, a Filipino and a Pakistani, were being held": a part of it
    if f.klass in ("troops", "people") and nf["aircraft_fighters"].match(text, f.num_end):
        return True  # "10 F-35 stealth fighters stationed in Puerto Rico": jets
    if f.pattern_id.endswith(".after") and nf["share_of_before"].search(text, max(start, f.start - 80), f.start) \
            and _AUX.search(text, f.num_end, f.end):
        return True  # "the vast majority of the enclave's 2.3 million people have been displaced": a part of them
    if f.metric == "injured" and f.pattern_id.endswith((".after", ".after.singular")) \
            and nf["hurt_then_died_after"].match(text, f.end, end):
        return True  # "Two more passengers wounded in Sunday's attack died in hospital": dead, not hurt
    if f.metric == "released" and f.pattern_id.endswith(".after") and nf["freed_places_after"].match(text, f.end):
        return True  # "70 residents of liberated settlements had been taken out": an adjective of the places
    if f.pattern_id.endswith(".after") and nf["adjective_trigger_after"].match(text, f.end):
        return True  # "including 12 in a strike on a school sheltering displaced families": an adjective
    if f.metric == "missing" and lex().bodies[0].search(text, f.num_end, f.end):
        return True  # '"dozens" of bodies remained under the rubble': the dead, not the missing
    if f.metric in ("released", "arrested", "detained", "displaced") and nf["things_of_which_after"].match(text, f.num_end):
        return True  # "13 of which were knocked down and one of which was 'set free'": a missile, not a captive
    if f.pattern_id.endswith(".after") and not _AUX.search(text, f.num_end, f.end) \
            and nf["among_those_after"].match(text, f.end, end):
        return True  # "Two men arrested during the 2022 protests were among those executed": who they were
    if f.metric == "detained" and f.pattern_id.endswith(".after") \
            and nf["rite_for_before"].search(text, max(start, f.num_start - 40), f.num_start):
        return True  # "Funeral prayers for the four men ... were held": the prayers were held
    if f.metric == "released" and nf["document_released_after"].match(text, f.num_end):
        return True  # "put the number of abductions at 80 in a report released on Tuesday": a report released
    if f.metric == "arrested" and _PICK_UP.search(f.trigger) \
            and nf["picked_up_rescued_after"].match(text, f.end, end):
        return True  # "Eight of the men were picked up alive by other fishing vessels": rescued, not arrested
    if f.metric == "displaced" and f.trigger.lower().startswith("forc") and nf["into_water_after"].match(text, f.end, end):
        return True  # "forcing at least 11 fishermen into the water": overboard, not displaced
    if f.metric == "injured" and nf["treated_as_after"].match(text, f.end):
        return True  # "15 Malian soldiers, who are being treated in accordance with international law": captives
    if f.metric == "injured" and not f.counted and nf["illness_before"].search(text, start, f.start):
        return True  # "27 concertgoers were treated for heat exhaustion, and two were taken to hospital": the ill
    if f.metric == "injured" and "hospital" in f.trigger.lower() \
            and (nf["hospital_freed_counted"].search(f.counted) or nf["hospital_checks_after"].match(text, f.end, end)):
        return True  # "The 12 freed hostages were taken to hospital for checks": no one hurt
    if f.metric == "arrested" and nf["prison_term_verbs"].match(f.trigger) \
            and nf["prison_term_after"].match(text, max(f.end, f.num_end), end):
        return True  # "Two procurement officers were jailed for nine years each": a court's sentence, no arrest
    if f.metric == "displaced" and f.trigger.lower().startswith(("evacuat", "airlift", "medevac")) \
            and (nf["medical_evacuation"].match(text, max(f.end, f.num_end), end)
                 or nf["medical_evacuation_before"].search(text, start, f.start)):
        return True  # "evacuated three with burns to a hospital in Muscat": the wounded, no displacement
    if f.metric == "attacks" and nf["cyber"].search(text, start, end):
        return True  # "carried out at least 1,100 attacks using a variant of the LockBit malware": hackers'
    if nf["fiction"].search(text, start, end):
        return True  # "a single 11-minute take in which a drone strike kills three children": a film's story
    if f.metric.startswith("missiles_") and nf["space_launch"].search(text, start, end):
        return True  # "launched 31 rockets ..., carrying 486 satellites into orbit": space launches
    if f.metric == "troops" and nf["police_operation"].match(_norm(f.trigger)) and nf["police_nouns"].search(f.counted) \
            and not _MILITARY_WORDS.search(f.counted):
        return True  # "raids involving some 400 police officers": an operation's police, no troops
    if f.metric == "troops" and nf["police_nouns"].search(f.counted) and not _MILITARY_WORDS.search(f.counted) \
            and nf["civil_occasion"].search(text, start, end):
        return True  # "Some 7,500 police officers were deployed across the city for the vote": policing, no troops
    if f.klass == "deaths" and nf["object_bodies"].search(text, max(start, f.num_end), f.end + 1):
        return True
    if f.metric == "detained" and nf["former_held"].match(text, f.num_end, end):
        return True  # "testimony from 55 former detainees held at Sde Teiman": once held
    if f.klass == "deaths" and nf["deaths_not_dead"].match(text, f.num_end, min(end, f.num_end + 80)):
        return True  # "Both bodies said ...", "three very different death tolls were circulating"
    if f.metric == "released" and re.match(r"the\s+(?:release|freedom|return)\s+of\b", text[f.start:f.num_start], re.I) \
            and nf["release_sought"].search(text, max(start, f.start - 80), f.start):
        return True  # "in a bid to secure a ceasefire and the release of 115 hostages": sought, not done
    if f.metric == "detained" and nf["place_holding"].search(text, max(start, f.num_start - 120), f.num_start):
        return True  # "a transit centre built for 3,000 people was holding about 12,000": sheltered, not held
    if f.metric.startswith("drones_") and nf["civil_drones"].search(text, start, end):
        return True  # "Police intercepted 14 drones that were being flown illegally over the festival"
    if f.metric in ("killed", "injured") and nf["part_described"].match(text, f.num_end, end):
        return True  # "Two of the children killed were brothers aged seven and nine": a part told of, no count
    if f.klass == "deaths" and nf["disease_cases"].search(text, max(start, f.start - 100), min(end, f.end + 60)):
        return True  # "312 new suspected cases in a week, with nine deaths": an outbreak's count
    if f.pattern_id.endswith(".singular") and f.metric == "killed" and nf["group_after_one"].match(text, f.end):
        return True
    if f.pattern_id.endswith(".singular") and _one_of_no_count(text, f, start):
        return True
    if f.metric.endswith("_hit") and nf["missed_after"].match(text, f.end):
        return True
    if f.value == 1 and f.qualifier in ("at_least", "more_than") and nf["criterion_before"].search(
            text, max(start, f.start - 20), f.start) and re.match(r"\s*(?:,|or\b)", text[f.end:end]):
        return True
    if f.qualifier == "vague" and (nf["vague_over_years"].match(text, f.end, end)
                                   or nf["vague_since_year"].search(text, max(start, f.start - 60), f.start)):
        return True  # "Since 2001, thousands have died in cycles of violence": years of background, no toll
    if f.pattern_id == "attacks_on" and nf["one_strike_on"].search(text, max(start, f.num_start - 60), f.num_start):
        return True  # "a drone strike on two pick-up trucks": one strike
    if f.metric.startswith(("drones_", "missiles_")) and f.metric not in ("drones_launched", "missiles_launched") \
            and nf["debris_of_before"].search(text, max(start, f.start - 20), f.start):
        return True  # "Debris from one of the drones fell near a village": the drone was downed or hit before
    if f.metric == "displaced" and nf["evacuated_by"].match(text, f.end, end) and f.counted.lower() not in _CIVILIAN_HEADS \
            and re.search(r"\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?evacuated$", text[f.start:f.end]):
        return True  # "Two of the soldiers were evacuated by helicopter to Bucaramanga": the wounded flown out (not
        # "the army evacuated 120 people by helicopter")
    if f.metric == "displaced" and not f.counted and _OF_WHOM.match(text, f.num_end) \
            and (ante := _ANTECEDENT.search(text, max(start, f.num_start - 40), f.num_start)) \
            and ante[1].lower() in nf["armed_nouns"]:
        return True  # "expelled French troops, 1,500 of whom left Niger": troops withdrawn, no one displaced
    return f.metric == "displaced" and f.counted.lower() in nf["armed_nouns"]


_CIVILIAN_STAFF = re.compile(r"\b(?:UN|U\.N\.|aid|humanitarian|NGO|embassy|relief|medical|health)\b")


def _held_not_force(text: str, f: Figure, end: int) -> str | None:
    """The pattern id of a force's count that counts captives: "the group now holds 33 UN personnel" (civilian
    staff held), "more than 40 of its personnel in Houthi custody"; None for a force."""
    if f.metric != "troops":
        return None
    if f.trigger.lower() in ("holds", "held", "holding", "hold") and _CIVILIAN_STAFF.search(text, f.num_end, f.end):
        return "custody.before.staff"
    if f.pattern_id.startswith("hold") and _IN_CUSTODY.match(text, f.end, end):
        return "custody.held_force"
    return None


def _singular(noun: str) -> str:
    """'sons' -> 'son', 'wives' -> 'wife', 'children' -> 'child' (enough for the heads of a word list)."""
    if noun.endswith("children"):
        return noun[:-3]
    if noun.endswith("wives"):
        return noun[:-3] + "fe"
    return noun[:-1] if noun.endswith("s") else noun


_CIVILIAN_HEADS = frozenset(["residents", "civilians", "people", "families", "villagers", "inhabitants"])
_ANTECEDENT = re.compile(r"\b([a-z]+)\s*,\s*$")  # the noun a relative "N of whom" counts


def _one_of_no_count(text: str, f: Figure, start: int) -> bool:
    """A singular head ("an official", "a drone") that counts nothing of ours (measures.json not_figures)."""
    nf = lex().not_figures
    if nf["document_after_one"].match(text, f.end):
        return True  # "has yet to release an official death toll": an adjective
    if not f.metric.startswith(("drones_", "missiles_")) and nf["model_before_one"].search(text, max(start, f.start), f.end):
        return True  # "destroyed a MiG-31 fighter": a machine (drones and missiles are named by their models)
    if f.metric in ("missiles_hit", "drones_hit") and _CASUALTIES_WHEN.search(text, max(start, f.start - 160), f.start):
        return True  # "an eight-year-old boy killed when a BM-21 rocket struck a petrol station": how they died
    if f.metric == "drones_launched" and (f.pattern_id.startswith("operation.")
                                          or _norm(f.trigger).split(" ")[0] in nf["one_drone_strike_verbs"]):
        return True  # "a Ukrainian drone attacked a car", "a car was targeted with a drone", "a drone entered": one
        # armed drone's strike (its casualties count), no count of drones launched
    return f.metric == "troops"  # "a 20-year-old staff sergeant serving in the Givati Brigade": one soldier, no force


_CASUALTIES_WHEN = re.compile(r"\b(?:killed|wounded|injured|died|dead|hurt|killing|wounding|injuring)\b[^.;]{0,120}?"
                              r"\b(?:when|where|after|as)\s+$", re.I)


def _share_of(text: str, f: Figure, start: int) -> Figure:
    """A stated share of a whole ("About half of the village's roughly 3,000 residents have since fled",
    "two-thirds of the town's 12,000 inhabitants had fled"): the share's count, about that many."""
    if not f.pattern_id.endswith(".after") or f.value is None \
            or not (m := _share_rx().search(text, max(start, f.start - 80), f.start)) \
            or not _AUX.search(text, f.num_end, f.end):
        return f
    part = _share_part(m, f, "approx")  # "about half of": no more exact than the share
    return replace(f, value=part.value, qualifier=part.qualifier, low=part.low, high=part.high, start=m.start(),
                   pattern_id=f.pattern_id + ".share")


def _share_part(m: re.Match, whole: NumberPhrase | Figure, bare: str = "") -> NumberPhrase:
    """The count a share names ("half" of 30: 15), as exact as the whole (or `bare`) unless a qualifier
    says otherwise ("more than half")."""
    part = numbers_lexicon()["shares"][re.sub(r"[\s-]+", " ", m["frac"].lower())]
    value = round(whole.value * part)
    words = re.sub(r"\s+", " ", m["q"].lower()) if m["q"] else ""
    qualifier = numbers_lexicon()["qual"].get(words, "approx") if words else bare or whole.qualifier
    low, high = bounds(value, qualifier, words)
    return NumberPhrase(m.start(), m.end(), m.start("frac"), value, qualifier, low, high, "share")


def _object_share(text: str, n: NumberPhrase, start: int) -> NumberPhrase | None:
    """The part a share of a counted whole names as a verb's object ("shot down half of the 30 drones",
    "killed a third of the 90 passengers"), to read as "15 of the 30 drones"."""
    if n.value is None or n.kind == "vague" or " of " not in text[max(start, n.start - 80):n.start] \
            or not (m := _share_rx().search(text, max(start, n.start - 80), n.start)) \
            or _before(text, m.start(), start) is None:
        return None
    return _share_part(m, n)


def _shares_of_them(text: str, figures: list[Figure], start: int, end: int) -> list[Figure]:
    """A verb's share of the count told just before ("attacked with 96 drones, and air defences shot down
    half of them"): that many of the same things."""
    out = []
    for m in _share_of_them_rx().finditer(text, start, end):
        prev = [f for f in figures if f.end <= m.start() and f.klass]
        trig = _before(text, m.start(), start)
        if not prev or trig is None or not (metric := _metric(prev[-1].klass, trig[1])) \
                or metric[0] == prev[-1].metric or trig[2] < prev[-1].end:
            continue
        part = _share_part(m, prev[-1])
        out.append(_figure(text, part, metric[0], metric[1] + ".share", trig[2], m.end(), prev[-1].counted,
                           prev[-1].klass, trig[0]))
    return out


_GONE_BACK = re.compile(r"(?:(?!\b(?:and|but|while|none|some|others|few|many|most)\b)[^.;,\d]){0,120}?"
                        r"\b(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?(?:returned|gone\s+back|come\s+back)\b")
_INVERTED = re.compile(r"(?P<vp>[A-Za-z][a-z]+)(?P<mid>[^.;:\d]{0,100}?)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+$")
_INVERTED_AUX = re.compile(r"\s(?:were|was|been|are|is)\s+$")
_WORD_START = re.compile(r"\b(?=[A-Za-z])")
_CLAUSE_JOIN = re.compile(r"(?:\b(?:and|while|but|whereas|said|says|added|reported|stated)(?:\s+that)?|[;:\u2013\u2014])\s*$")


def _inverted(text: str, n: NumberPhrase, group, start: int, figures: list[Figure], before_klass: str) -> Figure | None:
    """A participle fronted before its count: "Killed in the attack were 12 soldiers", "arrested were 528",
    "Hospitalised after the dispersal were 27 protesters"."""
    lo = max(start, n.start - 140)
    if not _INVERTED_AUX.search(text, lo, n.start):
        return None
    klass = group[0] if group else (figures[-1].klass if figures and figures[-1].klass else before_klass or "people")
    if group is None and (back := _OF_THE_AFTER.match(text, n.end)) and (g := _noun_group(text, back.end(), len(text))):
        klass = g[0]  # "Intercepted were three of the missiles"
    for w in _WORD_START.finditer(text, lo, n.start):
        if (text[start:w.start()].strip() and not _CLAUSE_JOIN.search(text, start, w.start())) \
                or not (m := _INVERTED.match(text, w.start(), n.start)):
            continue
        t = lex().after_rx.match(" " + text[m.start("vp"):m.end("mid")])
        if t is not None and t.start("trig") == 1 \
                and (metric := _metric(klass, lex().actions.get(("after", _norm(t["trig"])), []))):
            return _figure(text, n, metric[0], metric[1] + ".inverted", m.start("vp"), group[2] if group else n.end,
                           text[group[1]:group[2]] if group else "", klass, t["trig"])
    return None


_TARGETS_LISTED = re.compile(r"(?:\d[\d,]*|[a-z]+)\s+(?:air\s+|aerial\s+)?(?:targets|objects)\s*(?:[\u2013\u2014:]|--?)\s*$")
_ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+|of\s+the\s+)?$", re.I)
_REL_LAUNCHED = re.compile(r"\s+(?:(?:that|which)\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}|it|they|"
                           r"the\s+[a-z]+)\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|sent)\b")


def _all_launched(text: str, figures: list[Figure], start: int, end: int) -> list[Figure]:
    """"shot down all 10 Shahed drones that Russia launched": as many launched as were downed."""
    out = []
    for f in figures:
        if f.metric in ("drones_intercepted", "missiles_intercepted") and f.pattern_id.endswith(".before") \
                and _ALL_BEFORE.search(text, max(start, f.num_start - 12), f.num_start) \
                and (rel := _REL_LAUNCHED.match(text, f.end, end)) \
                and (launched := lex().metrics.get(f.klass, {}).get("launch")) \
                and not any(g.metric == launched for g in figures):
            out.append(replace(f, metric=launched, end=rel.end(), pattern_id="launch.all_of", trigger=rel.group().split()[-1],
                               action="launch"))
    return out


def _share_words() -> str:
    """A share (numbers.json "shares") and its qualifier: "more than half"."""
    nl = numbers_lexicon()
    shares = "|".join(re.sub(r" ", r"[\\s-]+", w) for w in sorted(nl["shares"], key=len, reverse=True))
    quals = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(nl["qual"], key=len, reverse=True))
    return rf"(?:\b(?P<q>{quals})\s+)?\b(?P<frac>{shares})\s+of\s+"


@cache
def _share_of_them_rx() -> re.Pattern:
    return re.compile(_share_words() + r"(?:them|those|these)\b", re.I)


@cache
def _share_rx() -> re.Pattern:
    """A share before "of the N": "more than half of the 80"."""
    return re.compile(_share_words() + r"(?:the\s+|its\s+|their\s+)?"
                      r"(?:[\w'\u2019.-]+['\u2019]s\s+)?(?:(?:total|estimated|entire|whole|some|about|around|nearly|roughly|"
                      r"over)\s+)*$", re.I)


def _unreal(text: str, f: Figure, start: int, end: int) -> bool:
    """A figure of what did not happen: hypothetical, planned, conditional or negated. A negated
    number with a later verb of its own negates that verb ("none of the 25 protesters detained on
    Saturday had been charged"); "Not a single one of the 18 missiles" still launched 18."""
    before, within, negated, background, modal, retracted, taken_back, after = lex().unreal
    # "5,000 troops would be sent", "will send 1,200 soldiers": a deployment announced counts (not one that "could"
    # happen, nor "if" it did)
    plan = f.metric == "troops" and f.pattern_id.startswith("deploy") \
        and _SENT.search(f.trigger or text[f.start:f.num_start]) is not None
    if f.value == 0 or _unreal_match(before.search(text, max(start, f.start - 110), f.start), plan) \
            or retracted.match(text, f.end, end) \
            or taken_back.search(text, max(start, f.start - 200), f.start) \
            or _unreal_match(within.search(text, f.start, f.num_start), plan) \
            or _unreal_match(within.search(text, f.num_end, f.end), plan) \
            or (background.search(text, f.end, min(end, f.end + 120)) and f.metric not in _NEW_HAPPENINGS):
        return True  # "... killed some 1,200 people in the attack that started the war": background (not "detained
        # 15 people involved in the kidnappings that set off the fighting": the arrests are news)
    if f.qualifier == "vague" and _NO_FIGURE_GIVEN.match(text, f.end, end):
        return True  # "thousands of Ukrainians are still held in Russia but gave no figure": no count
    if f.pattern_id.startswith("toll") and _WITHDREW_THE.search(text, max(start, f.start - 40), f.start):
        return True  # "a spokesman withdrew a death toll of 50": a retracted toll
    if f.metric == "detained" and after.match(text, f.end, end):
        return True  # "a list of 735 prisoners it would release": held, but counted as ones to be freed
    if f.pattern_id.startswith("release_exchange") and modal.search(text, max(start, f.start - 120), f.start):
        return True  # "Hamas would free 33 hostages ... in exchange for hundreds of detainees"
    if (f.metric.endswith("_launched") and f.pattern_id.endswith("of_total")) or _MAIN_VERB_AFTER.match(text, f.end):
        return False
    return bool(negated.search(text, max(start, f.num_start - 30), f.num_start)
                or (f.num_start > f.start and negated.search(text, max(start, f.start - 30), f.start)))


def _unreal_match(m: re.Match | None, plan: bool) -> bool:
    """``m``, a modal or planning phrase, makes the figure unreal, unless ``plan`` (a deployment) and the phrase
    announces it ("would", "will", "plans to") rather than doubts or conditions it."""
    return m is not None and not (plan and _ANNOUNCED.search(m.group()) and not _DOUBTED.search(m.group()))


_SENT = re.compile(r"\b(?:send|sent|sending|deploy|deployed|deploying|dispatch|dispatched|dispatching|flown\s+in|"
                   r"put|puts|putting)\b", re.I)
_ANNOUNCED = re.compile(r"\b(?:will|would|shall|(?:plans?|planned|planning|intends?|intended|agreed|agrees|promised|"
                        r"promises|pledged|pledges|vowed|decided|preparing)\s+to)\b", re.I)  # not "expected to reach"
_DOUBTED = re.compile(r"\b(?:if|unless|whether|could|might|may|not|never|no|n't|rumou?rs?|speculation)\b", re.I)
_NO_FIGURE_GIVEN = re.compile(r"[^.;]{0,80}?\b(?:gave|giving|provided|offered|cited)\s+no\s+(?:exact\s+|precise\s+|specific\s+)?"
                              r"(?:figures?|numbers?|tolls?|counts?|details)\b", re.I)
_WITHDREW_THE = re.compile(r"\b(?:retracted|withdrew|withdrawn|deleted|withdrawing|retracting|disowned)\s+"
                           r"(?:a|an|the|its|their|his|her)\s+$", re.I)
_NEW_HAPPENINGS = frozenset(["arrested", "released"])
_LATER_ACTIONS = frozenset(["release", "return", "rescue", "missing", "intercept", "hit", "lose", "arrest"])  # "a drone
# launched from Lebanon was shot down": the main verb
_AND_LATER_FREED = re.compile(r"[^,.;]{0,80}?\s+(?:and\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?|before\s+being\s+)"
                              r"(?P<trig>released|freed)\b")
_FINITE_ONLY = frozenset(["died", "perished", "fled"])  # "five soldiers died and the assault was repelled": no
# participle, so no later main verb
_HELD = frozenset(["arrest", "custody"])  # "two men detained in May were executed": the main verb
_STANDING = frozenset(["hold", "deploy"])  # "nine soldiers serving with the UN mission had been killed": the main verb
_LATER_MAIN = re.compile(r"(?:(?!\b(?:and|but)\s+(?:that|the\s+(?:other|others|rest|remaining|second|third|fourth|last)|"
                         r"another|one)\b|\b(?:and|but|while)\s+(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|many)\b|\b(?:when|while|because|until|unless|where|whom|whose|he|she|they|it|we|said|says|told)\b)(?:[^,.;\d]|(?<=[A-Z])\.|"
                         r",\s(?:including|among\s+them)\s[^.;,]{1,80}?,(?=\s+(?:had|has|have|were|was|remain|remained|are)\s)|"
                         r",\s(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom)\s[^.;,\d]{1,40}?,(?=\s+(?:had|has|have|were|was|remain|"
                         r"remained|are)\s)|"  # ", 13 of them South Africans, were killed": an insert
                         r",(?=\s[^,.;\d]{1,40},\s+(?:had|has|have|were|was|remain|remained|are)\s)|"  # ", south-east
                         r",(?=\s+(?:had|has|have|were|was|remain|remained|are)\s)|"  # of Khartoum, were": an insert
                         # "eight missiles fired at Satwari, Samba, RS Pura and Arnia were intercepted": a list of names
                         r",(?=\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s|\s+and\s+[A-Z]))|"
                         r"\d+(?=\s+(?:hours|days|weeks|months)\b)|"
                         r"\b(?:19|20)\d\d\b(?![,.]\d)|[\"\u201c][^\"\u201c\u201d\d.;]{1,40}[\"\u201d]|"  # "during the 2022
                         # \"Woman, Life, Freedom\" protests were hanged": a year, a quoted name
                         r"(?:(?<=Sector\s)|(?<=Zone\s)|(?<=Brigade\s)|(?<=Battalion\s)|(?<=Division\s)|(?<=Regiment\s)|"
                         r"(?<=Corps\s)|(?<=Unit\s))\d{1,4}\b)){0,110}?"
                         r"(?=\s+(?:had|has|have|were|was|remain|remained|are)\s|\s+died\b|\s+(?:returned|came)\s+home\b)")
# not past another count's clause ("and that 10 of them were intercepted"); "... last week have regained their freedom":
# the main verb; "Two of the men held with us died"; "held in Russian captivity returned home"
_MAIN_VERB_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:had|has|have|were|was|are|is)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")


_SINCE_WHEN = re.compile(r"\bsince\b[^.;]{0,60},\s+when\b[^.;]*$", re.I)
_FORCED_TO_DO = re.compile(r"\s+(?:(?!to\b)[\w-]+\s+){0,3}?to\s+"  # the first "to": "forced 2,500 people to flee to the bush"
                           r"(?!flee|leave|abandon|evacuate|relocate|move|seek|escape|shelter|take)[a-z]+")
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|which|them)\b", re.I)



_HUMAN_TOLL = frozenset(["killed", "injured", "missing", "displaced"])


_DISASTER_STRUCK = re.compile(r"\b(?:earthquakes?|quakes?|floods?|storms?|cyclones?|typhoons?|hurricanes?|tsunamis?|"
                              r"landslides?|mudslides?|slides?|avalanches?|wildfires?|eruptions?|tornado(?:e?s)?),?\s+"
                              r"(?:that\s+|which\s+)?(?:struck|hit)\b"  # ("The quake, which struck on March 28")
                              # "The archipelago is struck by an average of 20 typhoons"
                              r"|\b(?:is|are|was|were|been|gets?|got)\s+(?:[a-z]+ly\s+)?(?:struck|hit)\s+by\s+(?:[\w-]+\s+){0,6}?"
                              r"(?:earthquakes?|quakes?|floods?|storms?|cyclones?|typhoons?|hurricanes?|tsunamis?|landslides?)\b"
                              # "Gezani struck with sustained winds of 185 km/h"
                              r"|\b(?:struck|hit)\s+(?:land\s+)?with\s+(?:sustained\s+|maximum\s+|strong\s+|heavy\s+)?"
                              r"(?:winds|gusts|rains?)\b"
                              # "evacuated before it struck": a storm's landfall (the pronoun right after a time word)
                              r"|\b(?:before|after|when|as|since)\s+it\s+(?:struck|hit)\b(?!\s+(?:a|an|the|its)\b)"
                              # "train number 1902 ... struck the stationary train"; not "a bus struck a roadside bomb"
                              r"|\b(?:trains?|bus|truck|lorry|vehicle)\b[^.;]{0,60}?\bstruck\b(?!\s+by\b)"
                              r"(?!\s+(?:an?|the)\s+(?:roadside\s+)?(?:bomb|mine|landmine|IED|explosive))"
                              # firefighting: "two pilots died when their water bomber crashed while fighting the blaze"
                              r"|\bwater[\s-]bombers?\b|\b(?:fighting|fought|battling|battled|combating|combat)\s+"
                              r"(?:the\s+)?(?:[a-z]+\s+)?(?:blazes?|fires?|flames|wildfires?|inferno)\b", re.I)


def _combat_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an act of conflict once a disaster's own verbs ("the earthquake struck", "water
    bomber") are blanked; the blanking only when a conflict word is there at all (most sentences: none)."""
    conflict = lex().non_conflict[3]
    return bool(conflict.search(text, start, end)) and bool(conflict.search(without_disaster_strikes(text[start:end])))


def without_disaster_strikes(text: str) -> str:
    """``text`` with "an earthquake struck", "the quake hit" blanked: a disaster's verbs, no strike of a conflict."""
    return _DISASTER_STRUCK.sub(" ", text)


_WHICH_KILLED = re.compile(r"^\S+(?:\s+\S+)?,\s+(?:which|that)\s+(?:has\s+|had\s+)?$")


def _far_non_conflict(text: str, figures: list[Figure], start: int, end: int, calm: bool) -> set[int]:
    """The tolls of a sentence that tells a disaster or an accident farther from them than
    `_non_conflict` looks (their indexes in ``figures``): "Floods and landslides triggered by two days of
    rain have killed 47 people, with 12 missing", "A bus plunged into a ravine, killing 23", "Dengue has
    killed 412". In a `calm` sentence (no attack, no armed side), all of its tolls; else only a toll
    whose own clause, from the disaster to it, names none ("Ebola has killed 31, while gunmen killed 12")."""
    far, accident, armed, disaster = lex().non_conflict_far
    tolls = [k for k, f in enumerate(figures) if f.metric in _HUMAN_TOLL]
    if not tolls:
        return set()
    para = text.rfind("\n", max(0, start - 600), start) + 1 if start else 0  # the paragraph before the sentence
    before = para if para else max(0, start - 600)
    has_accident = accident.search(text, start, end) is not None
    if not has_accident and not disaster.search(text, before, end):
        return set()  # the common case: no disaster named at all
    conflict = lex().non_conflict[3]
    own = {k for k in tolls  # "Floods triggered by rain have killed at least 41 people ..., as the army deployed 5,600
           if (m := far.search(text, max(start, figures[k].start - 160), figures[k].start))  # soldiers"; not "A strike
           and ((not conflict.search(_DISASTER_STRUCK.sub(" ", text[start:figures[k].end]))  # on a hospital treating
                 # earthquake victims killed 12"
                 and not armed.search(text, start, figures[k].end))
                or _WHICH_KILLED.search(m.group()))}  # "its 2024 outbreak, which killed 15": the outbreak's own toll
    if not calm:
        return own
    window = text[before:start]
    told_before = bool(window and disaster.search(window)) and not armed.search(window) \
        and not conflict.search(_DISASTER_STRUCK.sub(" ", window))  # "An earthquake struck ...": no strike of ours
    named = any(disaster.search(text, figures[k].num_end, figures[k].end)  # "1,705 dengue deaths"
                or disaster.search(text, start, figures[k].start) for k in tolls)  # "the deadliest rail accident
    # since 2006, when 11 people died"
    return set(tolls) if own or told_before or named or has_accident else set()


def _non_conflict(text: str, f: Figure, start: int, end: int) -> bool:
    """A toll of a disaster, an accident or a disease ("The earthquake killed 2,000", "died in a
    stampede", "drowned when their boat capsized"): no figure of a conflict."""
    if f.metric not in _HUMAN_TOLL:
        return False
    before, after, when, conflict = lex().non_conflict
    if when.match(text[f.end:min(end, f.end + 130)]) and not _combat_in(text, start, end):
        return True  # "15 people died when the canopy of the station collapsed"
    toll = _TOLL_OF.search(text, f.start, f.end) if f.pattern_id.endswith(("toll", "toll_to_number")) else None
    hit = before.search(text, max(start, f.start - 160), f.start)
    if hit and not _WHICH.search(text, hit.start(), f.start) \
            and conflict.search(text, max(start, text.rfind(",", start, hit.start()) + 1), f.start):
        hit = None  # "A strike on a hospital treating earthquake victims killed 12": the strike's toll (not "the
        # earthquake of 9 April, which killed", nor "Israeli strikes killed 30, while floods displaced 10,000")
    return bool(hit or after.match(text[f.end:min(end, f.end + 80)])
                or (f.klass == "deaths" and after.match(text[f.num_end:f.end]))  # "3,138 road deaths"
                or (toll and after.match(text[toll.end():min(f.end, toll.end() + 80)]))  # "The death toll from the
                # earthquake that struck ... has risen to 640"
                or "drown" in text[f.start:f.end].lower())  # "Twelve migrants drowned"


_WHICH = re.compile(r"\b(?:which|that)\b")
_TOLL_OF = re.compile(r"\b(?:toll|number\s+of\s+(?:deaths|dead|fatalities|people\s+killed))\b", re.I)


_A_THING_AND = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w'\u2019\"\u201c\u201d-]+\s+){1,5}?"
                          # "fired a hypersonic missile at Ben Gurion airport and three drones": where the first went
                          r"(?:(?:at|on|toward|towards|against|into)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?)?"
                          r"(?:and|as\s+well\s+as)\s+$")


def _own_outcome(text: str, n: NumberPhrase, end: int) -> bool:
    """'214 killings', '12 arrests': a count whose noun says what happened."""
    g = _noun_group(text, n.end, end)
    return g is not None and g[0] in _NAMED_OUTCOMES


def _plus_one(text: str, n: NumberPhrase, group, start: int) -> re.Match | None:
    """'A soldier and two civilians', 'a woman and her four children', 'the driver and two
    passengers': one person more than the number counts, named before it (people only)."""
    if group is None or group[0] not in ("people", "troops"):
        return None
    one = _one_and().search(text, max(start, n.start - 60), n.start)
    if one is None and text[group[1]:group[2]].lower() == "others":
        return _HE_AND.search(text, max(start, n.start - 12), n.start)  # "in which he and five others were wounded"
    if one is None:  # "killing him and six relatives": he was killed too
        him = _HIM_AND.search(text, max(start, n.start - 20), n.start)
        return him if him and _VERB_BEFORE.search(text, max(start, him.start() - 20), him.start()) else None
    return None if _named_one(one.group()) else one


_HE_AND = re.compile(r"\b(?:he|she)\s+and\s+$", re.I)
_HIM_AND = re.compile(r"\b(?:him|her)\s+and\s+(?:(?:his|her)\s+)?$", re.I)


def _named_one(words: str) -> bool:
    """'the Presidential Guard and': a force's name before 'and', no one person."""
    named = [w for w in words.split()[1:] if w.lower() not in ("and", "his", "her", "their", "its")]
    return bool(named) and all(w[:1].isupper() for w in named)


@cache
def _one_and() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:an?|one|the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){{0,2}}?"
                      rf"(?:{lex().singular_rx.pattern})\s+and\s+(?:(?:his|her|their|its)\s+)?$", re.I)


_TIMES_SIGN = re.compile(r"\s?[x\u00d7](?=\s+[A-Za-z])")


def scan(text: str) -> tuple[list[NumberPhrase], list[re.Match]]:
    """Number phrases and singular candidates ("a drone", "an officer") of a whole text, in one pass each."""
    nums = [replace(n, end=x.end()) if n.kind == "digits" and (x := _TIMES_SIGN.match(text, n.end)) else n
            for n in find_numbers(text)]  # "5 x NA soldiers KIA, 8 x WIA": a log's count sign
    return nums, [m for m in _singular_rx().finditer(text)
                                if not m["def"] or _VERB_BEFORE.search(text, max(0, m.start() - 16), m.start())]


def _span_words(text: str, pos: int, end: int) -> str:
    m = re.match(r"[^,;.)]*", text[pos:end])
    return text[pos:pos + m.end()].strip()


_MODEL_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]+\s+$")  # a name before its number: "Kemankes 2"


def _object_rules(text: str, before: tuple[str, list, int] | None, head_end: int, end: int) -> tuple[str, list, int] | None:
    """``before`` less the action a rule of measures.json "before_objects" takes away when the words after the
    counted noun are not the rule's: "treated 39 people with gunshot wounds" are injured, not "treated 200 patients";
    "handing a rival candidate victory" frees no one."""
    if before:
        for verbs, action, needs in lex().before_objects:
            if _norm(before[0]) in verbs and not needs.match(text, head_end, end):
                kept = [a for a in before[1] if a[1] != action]
                return (before[0], kept, before[2]) if kept else None
    return before


def _read(text: str, n: NumberPhrase, group, start: int, end: int, figures: list[Figure],
          before_klass: str = "") -> Figure | None:
    lx = lex()
    klass, head_end, counted = None, n.end, ""
    if group is None and (back := _OF_THE_HURT.match(text, n.end, end)) and back.group().endswith(("injured", "wounded")):
        group = ("injuries", back.end() - len(back.group().split()[-1]), back.end())  # "Two of the critically
        # injured died": the part of the injured that died
    if group:
        klass, hs, head_end = group
        counted = text[hs:head_end]
        if counted.lower() == "others" and figures and figures[-1].klass in _WEAPONS:
            klass = figures[-1].klass  # "shot down 60 of the drones, while 23 others were lost": drones
        if klass in _WEAPONS and n.value is not None and n.value > 1 and n.num_start == n.start \
                and not counted.lower().endswith("s") and _MODEL_NAME_BEFORE.search(text, max(start, n.start - 30), n.start):
            return None  # "a Kemankes 2 loitering munition": a model's number, no count (two would be munitions)
    ns = n.start - 1 if n.start > start and text[n.start - 1] in _OPEN_QUOTES else n.start  # struck "more than 120 targets"
    first = ns if ns < n.start and text[n.end:n.end + 1] in ('"', "\u201d") else n.start  # '"about 3,000" troops'
    if group is None and first < n.start:
        head_end = n.end + 1  # '"up to four" of the drones were shot down': the count in its quotes
    lo = max(start, n.start - 250)  # a toll's subject may be far ("The number of people killed in ..., the capital
    # of ..., rose to 23")
    low = text[lo:ns].lower() if text[lo:ns].isascii() else None  # a pattern none of whose words occur cannot match
    passing = _pattern_gates().passing(low) if low is not None else None
    for i, p in enumerate(lx.patterns):  # tolls and special shapes first
        if passing is not None and i not in passing:
            continue
        m = p["rx"].search(text, lo, ns)
        if not m:
            continue
        if p.get("block"):  # no figure of ours: "returned the bodies of 1,000 soldiers" (with "nouns": only before them)
            if "nouns" in p and not p["nouns_rx"].match(text, n.end, end):
                continue
            return None
        if p.get("adjective") and (_before(text, n.start, start) or _THE_BEFORE.search(text, max(start, n.start - 6), n.start)):
            continue  # a casualty adjective counts only a bare count: not "killed 5 wounded soldiers", not "The two
            # injured officers were airlifted" (those counted before)
        if "not_after" in p and re.match(p["not_after"], text[n.end:end], re.I):
            continue  # "takes the strength of central forces to 268 companies": units, no headcount
        if p.get("uncounted") and _COUNTED_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "112 strikes on 14 settlements": the strikes are counted already
        if p.get("uncounted") and not _PLURAL_WORD.match(text, m.start()) \
                and _ONE_OF_A_KIND.search(text, max(start, m.start() - 40), m.start()):
            continue  # "a gun and drone attack on two villages": one attack
        if "nouns" in p:  # a count of attacks read from their targets: "struck 40 targets"
            g = p["nouns_rx"].match(text, n.end, end)
            if g:  # the quote from the pattern's "q" group when it has one (the words before it only set the scene)
                qs = m.start("q") if "q" in m.re.groupindex and m.start("q") >= 0 else m.start()
                return _figure(text, n, p["metric"], p["id"], qs, g.end(), text[g.start():g.end()].strip(), "")
            continue
        if "metric" in p and (group is None or p.get("any_noun")
                              or (klass or class_of(counted)) in ("people", "troops", "deaths", "injuries", "prisoners",
                                                                  "displaced")):
            if group is None and p.get("any_noun"):
                g = re.match(r"\s+[\"\u201c]?(?:[A-Za-z][\w-]*[\"\u201d]?\s+){0,2}?[a-z]+s\b", text[n.end:end])  # nine
                # "terrorist infrastructure" sites
                if not g:
                    continue
                head_end, counted = n.end + g.end(), g.group().strip()
            return _figure(text, n, p["metric"], p["id"], m.start(), max(head_end, n.end), counted, klass or "")
        if "action" in p and (metric := _metric(klass, [(p["id"], p["action"])])):
            return _figure(text, n, metric[0], metric[1], m.start(), head_end, counted, klass)
    if n.value == 1 and _KIN_OF.search(text, max(start, n.start - 20), n.start):
        return None  # "A relative of one hostage said": whose kin, no count
    if n.value == 1 and group is None and _ONE_OF_THE_MOST.match(text, n.end, end):
        return None  # "one of Asia's longest running", "one of the deadliest": no count
    if _PLACES_COUNTED.match(text, n.end, end) or _NEIGHBOURING_PLACES.match(text, n.end, end) \
            or _FAMILY_SIZE.search(text, max(start, n.start - 20), n.start):
        return None  # "two neighbouring villages have fled": places; "a mother of five who fled": her family
    if group is None and (part := _OF_THOSE_DONE.match(text, n.end, end)):
        klass, head_end, counted = "people", part.end(), ""  # "18 of those arrested in Sfax had been released"
    before = _before(text, n.start, start)
    if before is None and klass in ("people", "troops") and (aw := _ALONG_WITH.search(text, max(start, n.start - 90), n.start)):
        before = (aw["trig"], lx.actions.get(("before", _norm(aw["trig"])), []), aw.start("trig"))  # "killed senior
        # commander Fuad Shukr along with five civilians": the verb of the one named, the count beside him
    hurt = klass == "troops" and _HURT_MODIFIER.search(text, n.end, head_end) is not None  # "The two injured officers
    # were airlifted to Nairobi": casualties moved, no deployment (but "Seven injured fighters were taken to hospital")
    if before and group is None and _norm(before[0]) in ("loss of", "the loss of"):
        before = None  # "up from a loss of 6.1 million a year earlier": money, no lives
    if before and klass == "troops" and lx.sides.get(counted.lower()) == "armed_groups" \
            and _SIZE_OF_GROUP.search(text, max(start, n.start - 70), n.start):
        before = None  # "a bandit group, numbering at least 40 fighters, ...": the group's size in passing
    before = _object_rules(text, before, head_end, end)
    if before and _norm(before[0]).endswith("deaths of") and text[before[2] + len(before[0]):n.start].strip().lower() == "the":
        before = None  # "holds the RSF responsible for the deaths of the 30 civilians": the dead told before
    if before and before[1] and all(a == "rescue" for _, a in before[1]) and _AT_SEA.match(text, head_end, end):
        before = None  # "rescued 112 people aboard makeshift boats": saved at sea, no captives freed
    after = _after(text, head_end + 1 if group and text[head_end:head_end + 1] == ")" and text[n.start - 1:n.start] == "("
                   else head_end, end, klass)  # "2,740 households (13,700 individuals) were displaced": the count
    # and its noun in brackets
    if after and all(a == "custody" for _, a in after[1]) and _GATHERING_OF.search(text, max(start, n.start - 40), n.start):
        after = None  # "A counter-protest of around 50 people was held near Trafalgar Square": an event held, no one
    if after and before is None and all(a == "custody" for _, a in after[1]) \
            and (freed := _RELEASE_OF_BEFORE.search(text, max(start, n.start - 90), n.start)):
        before, after = ("the release of", lx.actions.get(("before", "the release of"), []), freed.start()), None
        # "welcomes the release on Friday of eleven (11) of our members who had been held without charge": freed
    if after and klass in ("people", "troops") and n.value is not None and n.value <= 10 \
            and any(a == "displace" for _, a in after[1]) \
            and _WHO_BEFORE_TRIGGER.match(text, head_end, after[2]) and _SPEAKS_NEXT.match(text, after[2], end):
        after = None  # "Two residents who fled to the regional capital told VOA": who spoke, no count of the displaced
    if after and n.qualifier == "vague" and head_end < after[2] - len(after[0]) \
            and _SINGULAR_AUX.search(text, head_end, after[2] - len(after[0]) + 1):
        after = None  # "A volunteer who had pulled dozens of people from the rubble was killed": another's verb
    if after and before is None and klass in ("people", "troops") and _BY_AGENT.search(text, max(start, n.start - 6), n.start) \
            and _COMMA_THEN_AUX.search(text, head_end, after[2] - len(after[0])):
        after = None  # "soldiers, who had been held by some 300 residents of the village, were released": the agent of
        # a clause inside, not who was released
    if before and after and all(a == "hold" for _, a in before[1]) and any(a in _HURT_ACTIONS for _, a in after[1]) \
            and not text[head_end:after[2] - len(after[0])].strip():
        before = None  # "it had two soldiers killed and five wounded": what befell them, not a force it has
    if hurt:
        before, after = (None if x is None or not any(a in _HURT_ACTIONS for _, a in x[1]) else x for x in (before, after))
    if before and (lx.mixed.match(text, before[2] + len(before[0]), end)
                   or (any(a == "injure" for _, a in before[1])
                       and lx.mixed_before.search(text, max(start, before[2] - 25), before[2]))):
        before = None  # "killed or wounded 1,040", "killed and wounded 40 people": a casualty count, not deaths
    if after and (lx.mixed.match(text, after[2], end) or lx.natural.match(text, after[2], end)):
        after = None  # "killed or wounded": casualties; "died of cholera": not a conflict death
    if after and not before and klass in _WEAPONS and _PARTICIPLE_FROM.match(text, head_end, end) and (
            (figures and figures[-1].action and _COORD.match(text, figures[-1].end, n.start))
            or ((other := _A_THING_AND.search(text, max(start, n.start - 90), n.start))
                and _before(text, other.start(), start))):
        after = None  # "intercepted two missiles and three drones launched from Yemen", "intercepted a ballistic missile
        # and two drones launched from Yemen": the shared verb, not the participle
    if klass is None:  # bare number: the class of the figure before it, else people
        ok_before = before and any(a in lx.bare for _, a in before[1]) and _bare_ok(text, n.end, end) \
            and not (lx.thing_verbs.match(before[0]) and (things := _THINGS_AND.search(text, max(start, n.start - 90), n.start))
                     and class_of(things["noun"]) is None)  # "damaged 3,428 educational institutions and destroyed
        # another 372": more of those things
        ok_after = after and any(a in lx.bare for _, a in after[1]) and not (
            (size := _SIZE_OF_GROUP.search(text, max(start, n.start - 70), n.start))
            and (class_of(size["noun"]) is None or lx.sides.get(size["noun"]) in ("forces", "armed_groups")))
        if not (ok_before or ok_after):
            prev = figures[-1] if figures else None  # "shot down 104 of the missiles and 42 of the drones"
            if prev is not None and prev.action and (_OF_THE_AND.match(text, prev.end, n.start)
                                                      or _COORD.match(text, prev.end, n.start)) \
                    and (back := _OF_THE_AFTER.match(text, n.end, end)) and (g := _noun_group(text, back.end(), end)) \
                    and (metric := _metric(g[0], [(prev.pattern_id.split(".")[0] + ".coordinated", prev.action)])):
                return _figure(text, n, metric[0], metric[1], n.start, g[2], text[g[1]:g[2]], g[0], prev.trigger,
                               prev.action)
            if prev is not None and (prev.action or prev.pattern_id.startswith("noun.")) \
                    and (_ELLIPSIS_GAP.match(text, prev.end, n.start)
                                                      or (_ENDS_IN.search(text, prev.start, prev.end)  # "troops are in
                                                          and _NAME_THEN_AND.match(text, prev.end, n.start))  # Syria, and"
                                                      or _BY_PLACE_LIST.match(text, prev.end, n.start)
                                                      or (_PLACE_THEN_COMMA.match(text, prev.end, n.start)  # "over
                                                          and _PLACE_LIST_AND.match(text, n.end, end))  # Bryansk, 16 over"
                                                      or (_COMMA_PLUS.match(text, prev.end, n.start)  # "3,000 troops ...,
                                                          and _MORE_DEPLOYED.match(text, n.end, end))  # plus 7,000 more"
                                                      or (prev.pattern_id.endswith(".ellipsis")
                                                          and _LIST_NEXT.match(text, prev.end, n.start))
                                                      or _MONTH_THEN_COMMA.match(text, prev.end, n.start)) \
                    and (where := _ELLIPSIS_AFTER.match(text, n.end, end) or _ELLIPSIS_WHEN.match(text, n.end, end)
                         or (_IN_MONTH.search(text, prev.start, n.start)  # "160 murders in September, 181 in October
                             and _IN_MONTH.match(text, n.end, end))):  # and 164 in November"
                # "killed 5 people in Kharkiv and 3 in Sumy", "arrested 31 on Friday and 40 on Saturday"
                return _figure(text, n, prev.metric, prev.pattern_id.split(".")[0] + ".ellipsis", n.start, where.end(),
                               prev.counted, prev.klass, prev.trigger, prev.action)
            if prev is not None and (prev.action or prev.pattern_id.startswith("noun.")) \
                    and _NAME_COMMA_BEFORE.search(text, max(start, prev.num_start - 40), prev.num_start) \
                    and (gap := _SEMI_NAME_GAP.match(text, prev.end, n.start)) and _ITEM_END.match(text, n.end, end):
                # "By region: Yangon, 14 arrested, most of them young men; Mandalay, nine; Sagaing, 22": a list by
                # place, each item its place, a comma and its count, the first told whole
                return _figure(text, n, prev.metric, prev.pattern_id.split(".")[0] + ".ellipsis", gap.start("name"),
                               n.end, prev.counted, prev.klass, prev.trigger, prev.action)
            if prev is not None and (prev.action or prev.pattern_id.startswith("noun.")) \
                    and (named := _NAMED_WITH.match(text, prev.end, n.start)) and _bare_ok(text, n.end, end):
                # "Benue recorded the highest toll, with 2,930 people killed, followed by Plateau with 1,870 and Zamfara
                # with 1,545": a ranking by place, each with its own count
                return _figure(text, n, prev.metric, prev.pattern_id.split(".")[0] + ".ellipsis", named.start("name"),
                               n.end, prev.counted, prev.klass, prev.trigger, prev.action)
            return None
        acts = (before[1] if ok_before else []) + (after[1] if ok_after else [])
        klass = figures[-1].klass if figures else (before_klass if _OF_THESE.match(text, start, n.start)
                                                   or _OF_THEM_AFTER.match(text, n.end, end)  # "jammed 19 of them"
                                                   or (before_klass in _WEAPONS and (_BARE_SUBJECT.match(text, start, n.start)
                                                                                     or _MORE_BARE.match(text, n.end, end)))
                                                   else "")  # "Hezbollah fired two rockets. One was intercepted."; "A
        # British destroyer shot down two more": more of the things counted before
        if not figures and _OF_THEM_AFTER.match(text, n.end, end) and (own := [
                c for c in (class_of(m.group()) for m in lex().class_rx.finditer(text, start, n.start)) if c in _WEAPONS]):
            klass = own[-1]  # "The missiles were not intercepted, and two of them hit the port": the sentence's own things
        front = _OF_THE.search(text, max(start, n.start - 80), n.start)
        if front and (g := _noun_group(text, front.end(1) if front.group(1) else front.end(2), front.end())):
            klass = g[0]  # "Of the 76 drones, 54 were shot down", "Of the drones, 109 were shot down"
        back = _OF_THE_AFTER.match(text, n.end, end)
        if back and (g := _noun_group(text, back.end(), end)):
            klass = g[0]  # "shot down 130 of the drones"
        elif back and lx.not_figures["things_of_the"].match(text, back.end(), end):
            klass = klass if klass in _WEAPONS else before_klass  # "neutralized three of the aircraft": the
            if klass not in _WEAPONS:  # drones counted before; things, not people, when there were none
                return None
        if not _metric(klass, acts):
            if (klass in _WEAPONS or (not figures and before_klass in _WEAPONS)) and ok_after \
                    and after[0].lower().endswith("unaccounted for"):
                return None  # "Of those, 2,905 were shot down ... That leaves about 270 unaccounted for": drones
            if all(a == "intercept" for _, a in acts):
                return None  # "Ballistic missiles: 2 intercepted": things (a label may say which), not people held
            if ok_before and not ok_after and before[0].lower().startswith("destroy"):
                return None  # "when crews destroyed 86": things destroyed (drones told before), no one killed
            klass = "people"  # that no metric of ours counts, not missing people
    if before and (metric := _metric(klass, before[1])):
        return _figure(text, n, metric[0], metric[1], before[2], head_end, counted, klass, before[0])
    if after and klass == "injuries" and _OF_FRONT.search(text, max(start, n.start - 20), n.start) \
            and any(a == "kill" for _, a in after[1]):
        return _figure(text, n, "injured", "noun.injuries", n.start, head_end, counted, klass)  # "four of the more than
        # 50 injured died": the 50 were injured; the part that died is counted on its own
    if after and klass in _WEAPONS and figures and figures[-1].action and figures[-1].klass in _WEAPONS \
            and (_COORD.match(text, figures[-1].end, n.start) or _WEAPON_GAP.match(text, figures[-1].end, n.start)) \
            and _LAUNCHED_FROM.match(text, head_end, end):
        after = None  # "destroyed four UAVs ... and one anti-ship ballistic missile launched from Houthi-controlled
        # areas": the shared verb counts it; "launched from" only says where it came from
    if after and before and before[2] + len(before[0]) >= n.start - 1 and n.end < after[2] - len(after[0]) \
            and (_AND_OWN_VERB.search(text, n.end, after[2] - len(after[0]))
                 or (_ACTIVE_PERFECT.search(text, n.end, after[2] - len(after[0]))
                     and _norm(after[0]) not in lx.intransitive  # "claimed more than 50 gunmen had died": no object
                     and not _PARTS_NEXT.match(text, head_end) and not _REL_START.match(text, head_end)
                     and not _THEM_NEXT.match(text, after[2]))):
        after = None  # the object of its own verb, not the subject of the next: "kidnapped 19 passengers from a bus and
        # freed 12 of them", "A gang that abducted nine people ... has freed eight of them" (not "1.1 million people who
        # have crossed", "Gunmen who kidnapped 12 pupils have released them")
    if after and klass in ("people", "troops") and after[0].lower() in ("wounded", "injured", "hurt") \
            and not text[head_end:after[2] - len(after[0])].strip() and (died := _THEN_DIED.match(text, after[2], end)):
        return _figure(text, n, "killed", "kill.after", first, died.end(), counted, klass, died["verb"], "kill")  # "Two
        # more passengers wounded in Sunday's attack have died": the wounded who died, the sentence's own verb
    if after and klass in ("people", "troops") and any(a == "injure" for _, a in after[1]) \
            and _AUX_ONLY.fullmatch(text, head_end, after[2] - len(after[0])) \
            and (died := _AND_THEN_DIED.match(text, after[2], end)):
        return _figure(text, n, "killed", "kill.after", first, died.end(), counted, klass, died["verb"], "kill")  # "Two
        # protesters were hit by live rounds and died in hospital": they died of it
    if after and (metric := _metric(klass, after[1])):
        return _figure(text, n, metric[0], metric[1], first, after[2], counted, klass, after[0])
    if figures and group and figures[-1].action == "kill" and klass in ("people", "troops") \
            and (_COORD.match(text, figures[-1].end, n.start)) and (ward := _IN_HOSPITAL.match(text, head_end, end)):
        return _figure(text, n, "injured", "injure.after", first, ward.end(), counted, klass, ward["ward"], "injure")
        # "Seven soldiers died and about two dozen others in hospital": the wounded, not more dead
    if figures and group and figures[-1].action and klass not in _NAMED_OUTCOMES and not (
            after and klass not in _WEAPONS and not _RELATIVE.search(text, head_end, after[2])) \
            and not _AMONG_NEXT.match(text, head_end, end) \
            and not _OF_THEM_LIST.fullmatch(text, figures[-1].end, n.start) \
            and not (after is None and (_OWN_PASSIVE.match(text, head_end, end) or lx.other_harm.match(text, head_end, end))) \
            and (  # "11 people were wounded and at
            # least 30 others were taken into the forest": a verb of its own, none of ours
            # "17 civilians killed and at least 12 people (were) abducted": a verb of its own, not the shared one (not
            # "freed 14 pupils and two teachers who had been kidnapped"; "Hits by 7 drones and 3 missiles were recorded")
            _COORD.match(text, figures[-1].end, n.start) or _LIST_GAP.match(text, figures[-1].end, n.start)
            or _ASIDE_COORD.match(text, figures[-1].end, n.start)  # "143 drones, including 90 Shaheds, and five missiles"
            or _SOURCE_COORD.match(text, figures[-1].end, n.start)  # "killed 2,251 Palestinians, according to UN figures,
            # and 73 people on the Israeli side"
            or (klass in ("people", "troops") and figures[-1].klass in ("people", "troops")  # "killed 12 soldiers, 5
                and not figures[-1].pattern_id.endswith(".after")
                and _LIST_COMMA.match(text, figures[-1].end, n.start) and _LIST_GOES_ON.match(text, head_end, end)  # police
                and not _LIST_SPEAKS.match(text, head_end, end))
            # officers and 3 civilians": a list shares the verb
            or (klass in ("people", "troops") and figures[-1].klass in ("people", "troops")
                and _COORD_PAST_PHRASE.match(text, figures[-1].end, n.start))
            or (klass in _WEAPONS and figures[-1].klass in _WEAPONS and (_LIST_COMMA.match(text, figures[-1].end, n.start)
                                                                         or _WEAPON_GAP.match(text, figures[-1].end, n.start)))):
        prev = figures[-1]  # "launched 93 drones and two missiles": the object shares the verb
        if metric := _metric(klass, [(prev.pattern_id.split(".")[0] + ".coordinated", prev.action)]):
            qs = n.start if prev.pattern_id.endswith(".after") or _COORD_PAST_PHRASE.match(text, prev.end, n.start) \
                else prev.start  # from the shared verb (past a when or where, the count alone)
            return _figure(text, n, metric[0], metric[1], qs, head_end, counted, klass, prev.trigger, prev.action)
    if group and (not after or (klass in _NAMED_OUTCOMES and not _metric(klass, after[1]))) \
            and (metric := lx.metrics.get(klass, {}).get("noun")) \
            and not _AND_ANOTHER.match(text, head_end, end) \
            and not (klass == "deaths" and lx.natural.match(text, head_end, end)) \
            and not (klass == "prisoners" and (_ESCAPED_AFTER.match(text, head_end, end)
                                               or "escaped" in text[n.end:head_end].lower()
                                               or lx.not_figures["hostages_taken_before"].search(text, max(start, n.start - 90),
                                                                                                n.start)
                                               or lx.not_figures["release_planned_after"].match(text, head_end, end)
                                               or lx.not_figures["hostages_taken_after"].match(text, head_end, end))):
        # "2,000 prisoners escaped": none, nor "26 detainees who escaped are still at large", "Of the 20 escaped
        # prisoners, 13 ...", "taking some 250 hostages", "240 hostages taken that day", "33 captives are to be freed";
        # "21 hostages and four soldiers were killed": the shared verb, not the noun, says
        # what happened (see the pending subjects); "37 deaths from meningitis": no conflict's
        if klass == "prisoners" and _FREED_ADJ.search(text, n.end, head_end):
            return _figure(text, n, "released", "noun.prisoners.freed", n.start, head_end, counted, klass)  # "buses
            # carrying 88 freed prisoners": freed ones
        return _figure(text, n, metric, f"noun.{klass}", n.start, head_end, counted, klass)
    return None


_FREED_ADJ = re.compile(r"\b(?:freed|released|returned|repatriated|newly\s+freed|newly\s+released)\s")


# "The intruders, believed to number up to 40, crossed ...": the size of a group named before, no subject of the verb
# (not "The refugees, numbering about 3,000, crossed into Chad": people of ours, no force or armed group)
_SIZE_OF_GROUP = re.compile(r"\b(?P<noun>[a-z]+),\s+(?:(?:believed|thought|said|estimated|reported)\s+to\s+number|numbering"
                            r"|(?:who|which)\s+(?:numbered|number)|estimated\s+at)\s+"  # "the attackers, who numbered more
                            # than a hundred,", "the attackers, estimated at about 15,"
                            r"(?:(?:up\s+to|about|around|some|roughly|nearly|more\s+than|over|at\s+least|as\s+many\s+as)\s+)?$")
_ESCAPED_AFTER = re.compile(r"\s+(?:[^,.;]{0,40}?\s)?(?:who|that)\s+(?:had\s+|have\s+)?(?:escaped|broke\s+out|fled|were\s+freed|"
                            r"were\s+released)\b|\s+(?:are|were|remain|remained)\s+(?:still\s+)?at\s+large\b|"
                            r"\s+(?:(?:briefly|also|later|reportedly)\s+)?(?:escaped|broke\s+out|fled\s+(?:the|their)\b)", re.I)
# "killed 5 people in Kharkiv and 3 in Sumy", "has 2,500 troops in Iraq and some 900 in Syria": the same count elsewhere
_OPERATION_MIN = 20  # the fewest soldiers an operation verb ("stormed", "entered") counts as a force's strength


def _no_force(f: Figure) -> bool:
    """A count an operation verb read that is no state force's strength: "some 800 soldiers and police officers entered
    the facility" is one; "20 gunmen stormed the village" and "two soldiers entered the house" (a few men) are not;
    weapons keep their own reading ("19 drones entered Polish airspace": launched)."""
    return f.pattern_id.startswith("operation.") and f.klass not in _WEAPONS \
        and (side_of(f.counted) != "forces" or f.value < _OPERATION_MIN)
_ONE_OF_SUBJECT = re.compile(r"\b(?P<noun>drones?|missiles?|rockets?|UAVs?|Shaheds?)\s+(?:was|were|is|are)\s+"
                             r"(?:one|two|three|four|five|\d+)\s+(?:of|among)\s+(?:the\s+)?$", re.I)
_ELLIPSIS_GAP = re.compile(r"\s+(?:in|at|near|across|on|over|inside|outside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?"
                           # "in gang violence in Haiti in 2025, according to the United Nations, and another 1,617"
                           r"[A-Z][^,;.\d]{0,40}?(?:\s+in\s+(?:19|20)\d\d)?(?:,\s+[^,;.\d]{1,60}?)?\s*,?\s*"
                           r"(?:and|while|but|as\s+well\s+as|plus)\s+(?:another\s+|a\s+further\s+|further\s+|an\s+additional\s+)?$"
                           # "arrested for drug possession and two for assault"
                           r"|\s+for\s+(?:[a-z][\w-]*\s+){1,3}?(?:and|while)\s+$"
                           # "shot down over the peninsula and a further 14 over the Black Sea"
                           r"|\s+(?:in|at|near|across|over|inside)\s+the\s+(?:peninsula|region|city|capital|province|oblast|area|"
                           r"border\s+area|front(?:\s+line)?|sea|coast)\s*,?\s*(?:and|while|but|as\s+well\s+as|plus)\s+"
                           r"(?:another\s+|a\s+further\s+|further\s+|an\s+additional\s+)?$"
                           # "detained on the night of March 7 and another 67 on Wednesday night": a day, then the next
                           rf"|\s+(?:on|during|overnight\s+on)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?"
                           rf"(?:(?:{full_names('weekdays')})(?:\s+(?:morning|afternoon|evening|night))?"
                           rf"|(?:{full_names('months')})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{full_names('months')}))"
                           r"\s*,?\s*(?:and|while|but)\s+(?:another\s+|a\s+further\s+|further\s+|an\s+additional\s+)?$")
_COMMA_PLUS = re.compile(r"[^.;\d]{0,60}?,\s*(?:and|plus|as\s+well\s+as)\s+$")
_MORE_DEPLOYED = re.compile(r"\s+more\s+(?:(?:are|were)\s+)?(?:deployed|stationed|based|sent|serving)\b")  # "and 7,000 more
# deployed", "and an estimated 7,000 more are deployed"
_ENDS_IN = re.compile(r"\b(?:in|at|near|over|inside)$")
_NAME_THEN_AND = re.compile(r"\s+(?:the\s+)?[A-Z][^,;.\d]{0,40}?\s*,?\s*(?:and|while|but)\s+(?:another\s+|a\s+further\s+)?$")
# "destroyed 41 drones overnight: 29 over occupied Crimea and 12 over the Black Sea": the count by place after a colon
_BY_PLACE_LIST = re.compile(r"(?:\s+[a-z][\w-]*){0,4}(?:,\s+[^,;.:\d]{1,60}?\s+(?:said|says|reported|announced)"
                            r"(?:\s+on\s+[A-Z][a-z]+)?)?\s*:\s*$")  # "destroyed 35 drones overnight, the ministry said:"
# "22 drones were downed over the Bryansk region, 16 over Kursk, 11 over Oryol and 10 over the Sea of Azov": a list by
# place, its first item told whole
_NAME_COMMA_BEFORE = re.compile(r"(?:^|[:;]\s*)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},\s*$")
_SEMI_NAME_GAP = re.compile(r"(?:[^.:;\d]|\d{1,3}-year-old){0,80}?;\s*"
                            r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}),\s*$")
_ITEM_END = re.compile(r"\s*(?:[;.]|,\s+(?:including|among\s+them|of\s+whom|most\s+of\s+them)\b|$)")
_PLACE_THEN_COMMA = re.compile(r"\s+(?:in|at|near|over|inside|on)\s+(?:the\s+)?[A-Z][^,;.\d]{0,40}?,\s*$")
_PLACE_LIST_AND = re.compile(r"\s+(?:in|at|near|over|inside|on)\s+(?:the\s+)?[A-Z][^,;.\d]{0,40}?"
                             r"(?:,\s*[\w,]+\s+(?:in|at|near|over|inside|on)\s+(?:the\s+)?[A-Z][^,;.\d]{0,40}?)*"
                             r",?\s+and\s+[\w,]+\s+(?:in|at|near|over|inside|on)\s+(?:the\s+)?[A-Z]")
_LIST_NEXT = re.compile(r"[^.;:\d]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
_ELLIPSIS_AFTER = re.compile(rf"{_MORE_DEPLOYED.pattern}|"
                             r"\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:deployed|stationed|based)\b|"  # "and some
                             # 2,500 are stationed in Iraq"
                             # "and two for assault"
                             r"\s+for\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s*[,.;]|\s*$|\s+(?:on|in|at|during|after)\b)|"
                             r"\s+(?:more\s+)?(?:in|at|near|across|on|over|inside|outside)\s+"
                             r"(?:(?:the|occupied|northern|southern|eastern|western|central|north-eastern|north-western|"
                             r"south-eastern|south-western|neighbouring|neighboring|nearby|adjacent|besieged|embattled|"
                             r"restive|frontline|front-line|border|annexed|Russian-annexed|Russian-occupied)\s+)*"
                             rf"(?!(?:{full_names('months')}|{full_names('weekdays')})\b)[A-Z][\w'\u2019-]*"
                             r"(?:\s+[A-Z][\w'\u2019-]*)?|"
                             r"\s+more(?=\s*[,.;]|\s*$|\s+(?:under|with|as\s+part\s+of)\s)|"  # "and an estimated 7,000 more under
                             # bilateral agreements"
                             # "and another three in the sea off Cape Tarkhankut"
                             r"\s+(?:more\s+)?(?:in|at|over|on)\s+(?:the\s+)?(?:open\s+)?(?:sea|water|waters|air)\b|"
                             # "and another 1,617 between January and early March this year"
                             rf"\s+(?:between|from)\s+(?:{full_names('months')})\b")
# "31 people were arrested on Friday night and 40 on Saturday": the same count another day
_ELLIPSIS_WHEN = re.compile(r"\s+(?:more\s+)?(?:(?:on|by|late|early)\s+)?"
                            rf"(?:(?:{full_names('weekdays')})(?:\s+(?:morning|afternoon|evening|night))?"
                            r"|the\s+(?:next|following)\s+day|overnight"
                            rf"|(?:{full_names('months')})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{full_names('months')}))"
                            r"(?=\s*(?:[,.;:]|$|\s(?:when|as|after|before|while|in|at|near)\b))")
# the next place of a ranking and its count: ", followed by Plateau with 1,870", "and Sagaing Region with 33"
_NAMED_WITH = re.compile(r"[^.;:\d]{0,40}?(?:,\s*|\s+)(?:(?:followed|trailed)\s+by|ahead\s+of|and|then)\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s*,?\s+(?:with|at)\s+$")
# a month a count by month names ("181 in October", after "160 murders in September")
_IN_MONTH = re.compile(rf"\s+(?:more\s+)?in\s+(?:the\s+(?:rest|remainder|first\s+half|second\s+half)\s+of\s+)?"
                       rf"(?:(?:early|late|mid)[\s-]+)?(?:{full_names('months')})\b(?:\s+(?:19|20)\d\d\b)?")  # "4,100 more in
# February"
_MONTH_THEN_COMMA = re.compile(_IN_MONTH.pattern + r"\s*,\s*$")  # "181 homicides in the remainder of September, 189 in
# October"
# "killed at least 160 gang members in August, along with at least 9 bystanders": the same verb past a when or where
_AMONG_NEXT = re.compile(r"(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:were|was|are|is)\s+(?:also\s+)?among\b")  # "and five soldiers
# were among the dead": a verb of its own, no object of the verb before
_COORD_PAST_PHRASE = re.compile(r"\s+(?:in|on|at|near|during|over|across)\s+[^,;.\d]{1,30}?,?\s+(?:along\s+with|as\s+well\s+as|"
                                r"together\s+with|alongside|plus)\s+$"
                                # "arrested 17 inmates suspected of leading the riot and two prison guards"
                                r"|\s+(?:suspected|accused|believed|linked|wanted)\s+(?:of|to|for|in)\s+[^,;.\d]{1,60}?\s+and\s+$"
                                # "killed 18 members of the security forces and 25 insurgents"
                                r"|\s+of\s+(?:the\s+|an?\s+)?[A-Za-z][^,;.\d]{0,40}?\s+and\s+$",
                                re.I)
_PARTICIPLE_FROM = re.compile(r"\s+(?:launched|fired|sent)\s+(?:from|by|at|toward|towards|overnight|during\s+the\s+night|"
                              r"(?:over|in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:period|night|hours|day|weekend))\b"
                              r"|\s+(?:that|which)\s+(?:had\s+|have\s+)?(?:entered|crossed|flew|approached|violated)\b", re.I)
# (and "three drones that had entered the kingdom's airspace": where they came from, not their own launch; "shoot
# down 14 drones and two cruise missiles fired over a 10-hour period": when they came)
# "the two drones launched from Lebanon late Tuesday": past the launch and its where and when
_LAUNCH_TAIL = re.compile(r"\s+(?:launched|fired|sent|used|deployed)"  # "52 of the 61 missiles launched by the occupiers"
                          r"(?:\s+(?:by|from|at|toward|towards|overnight|on|late|early|last)"
                          r"(?:\s+(?!(?:were|was|had|have|has|are|is)\b)[\w'\u2019-]+){0,5})*")
_HURT_ACTIONS = frozenset(["injure", "kill", "missing", "release", "rescue", "return"])  # what befalls the hurt, not a
# deployment or an arrival
_HURT_MODIFIER = re.compile(r"\b(?:injured|wounded|dead|sick|captured|killed|missing)\b", re.I)
_NAME_BEFORE_NUMBER = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b(?:[A-Z]{2,}\s+)?[A-Z][a-z]+\s$")  # "the MB Amani 2,"
_AGE_SET_OFF = re.compile(r",\s+\d{1,3},(?=\s+and\s)")  # "killing a woman, 67, and her grandson": her age
_APPOSED_AGE = re.compile(r"\b(?:[A-Z][^\W\d_]*|[^\W\d_]*[^\W\d_s]|[Oo]ne\s+of\s+(?:the|our|its|their|his|her)\s+"
                          r"(?:[\w-]+\s+){0,2}?[^\W\d_]+),\s+$")  # a singular noun or a name ("Aurelio
# Quiguanás, 52,") set off by commas before the number
_RATIO = re.compile(r"\s+(?:(?P<rate>in\s+(?:every\s+)?)|out\s+of\s+)(?:two|three|four|five|six|seven|eight|nine|ten|"
                    r"hundred|a\s+hundred|\d{1,3})\b", re.I)
_RATE_VERB = re.compile(r"[^.;]{0,40}?\b(?:are|is|get|gets)\b", re.I)
_THEY_ARE = re.compile(r"\s*(?:They|These|Those)\s+(?:are|were|include|included)\s+(?:the\s+)?")
_OF_THE_PART = re.compile(r"(?:\b[Oo]f\s+(?:the|these|those)\s+(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+"  # "Of the 31 dead,"
                          r"|\bOf\s+(?:the|these|those)\s+)"  # "Of the injured, seven are being treated"
                          r"(?P<noun>(?:people\s+)?(?:dead|"
                          r"killed|victims|deaths|injured|wounded|detained|arrested|detainees))\b[^.;]{0,20},[^.;]*$")
_PART_NOUN_METRIC = {"dead": "killed", "killed": "killed", "victims": "killed", "deaths": "killed", "injured": "injured",
                     "wounded": "injured", "detained": "arrested", "arrested": "arrested", "detainees": "detained"}
_AND_ANOTHER = re.compile(r"\s+(?:and|or|as\s+well\s+as)\s+(?:(?:at\s+least|about|some|nearly)\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|another|dozens|hundreds)\b)"
                          r"(?:[^.;,]|,\s+(?:most|many|some|all|including|among)\b[^.;,]{0,50},){0,100}?"  # ", most of them
                          r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+[a-z]+(?:ed|en)\b", re.I)  # Thai farm workers,"
# "125 members of the security forces and 148 gunmen had been killed": the first subject's of-phrase
_OF_COORD = re.compile(r"\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+$", re.I)
_OF_THE_AND = re.compile(r"\s+of\s+(?:the|these|those)\s+[\w-]+\s*,?\s+"
                         r"(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+$")
_SINGULAR_VERB = re.compile(r"\b(?:was|is|has)\b")
_PLURAL_VERB = re.compile(r"\b(?:were|are|have)\b")
_ACTIVE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|already\s+)?$", re.I)
_PARTS_NEXT = re.compile(r"\s+of\s+(?:whom|them|which)\b")
_THEM_NEXT = re.compile(r"\s+(?:them|all\s+of\s+them|all)\b")  # "Gunmen who kidnapped 12 pupils have released them"
_LAUNCHED_FROM = re.compile(r"\s+(?:launched|fired)\s+(?:from|by)\b")
_AUX_ONLY = re.compile(r"\s*(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?")
_AND_THEN_DIED = re.compile(r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?P<verb>died|succumbed)\b")
_THEN_DIED = re.compile(r"(?:\s+(?:in|during|at|by|on|when)\s+[^,.;]{1,60}?)?\s+(?:have\s+|had\s+|has\s+)?"
                        r"(?:later\s+|since\s+|also\s+|subsequently\s+)?(?P<verb>died|succumbed)\b")
_OWN_HURT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:seriously|critically|badly|slightly|lightly|severely|fatally)\s+"
                       r"(?P<verb>wounded|injured|hurt)\b")
_AND_OWN_VERB = re.compile(r"\s(?:and|but|then)\s+(?:(?:later|then|also)\s+)?$")
_CLAUSE_OPEN = re.compile(r"(?:[,;:]|\b(?:and|that)|[\"\u201c]"
                          r"|^[A-Z][A-Z .'\u2019/-]{1,40}(?:,[^\u2014\u2013]{1,40})?\s+(?:[\u2014\u2013]|--?))\s*$")
# (also after a dateline: "KADUNA — Eleven of the 20 worshippers ...")
_PLURAL_WORD = re.compile(r"[A-Za-z-]+s\b")
_ONE_OF_A_KIND = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){1,3}$")
_COUNTED_BEFORE = re.compile(r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds))"
                             r"\s+(?:[A-Za-z-]+\s+){0,2}$", re.I)  # "three missile strikes at 11 locations"
_OF_THE_AFTER = re.compile(r"[\"\u201d]?\s+of\s+(?:the|these|those|their|its)\s+(?:[A-Za-z][\w-]*['\u2019]s?\s+)?")  # a quoted
# count: '"up to four" of the drones'; a possessive: "two of the group's mortar positions"
_OF_FRONT = re.compile(r"\b[Oo]f\s+(?:the|these|those)\s+$")
_OF_THE = re.compile(r"\b[Oo]f\s+(?:the|these|those)\s+(?:(?:\d[\d,.]*|[a-z]+)(\s)[^,;.]{2,50}|()[a-z][\w-]*),\s*$")
# "destroyed 11 tanks and 40 drones", "launched 1,460 guided bombs, 670 drones and 30 missiles"
_COORD_OBJ = re.compile(r"(?:(?:\s+[A-Za-z][\w'\u2019-]*){1,4}\s*,){0,3}(?:\s+[A-Za-z][\w'\u2019-]*){1,4}\s*"
                        r"(?:,\s*(?:(?:and|or|as\s+well\s+as|plus)\s+)?|"
                        r"(?:and|or|as\s+well\s+as|plus)\s+)$", re.I)
_COORD = re.compile(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|along\s+with|together\s+with|"
                    r"alongside)\s+"
                    r"(?:all\s+(?:the\s+)?)?$", re.I)  # "and all seven"; "three uncrewed aerial vehicles (UAVs) and one USV"
_THINGS_AND = re.compile(r"\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+s)\s+and\s+(?:[a-z]+\s+){1,2}$")
_IN_HOSPITAL = re.compile(r"\s+(?:(?:are|were|remain|remained|still)\s+)*(?P<ward>in\s+(?:a\s+|the\s+)?hospitals?)\b", re.I)
_SOURCE_COORD = re.compile(r",\s+according\s+to\s+[^,;.\d]{1,50},\s+(?:and|as\s+well\s+as|plus)\s+$", re.I)
_ASIDE_COORD = re.compile(r",\s+(?:including|among\s+them|mostly|mainly)\s[^,;.]{1,60},\s*(?:and|as\s+well\s+as|plus)\s+$", re.I)
# "1.4 million: people displaced", "476 \u2014 people arrested"
_KEY_FIGURE = re.compile(r"(?::|\s*[\u2014\u2013]|\s+--?)\s+(?=[A-Za-z])")  # "1,913: Russian air strikes"
_LINE_START = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u00b7\u2023\u25e6*]\s*)?"
                         r"(?:(?:some|about|around|over|more\s+than|nearly|at\s+least)\s+)?", re.I)
_THAT_WAS = re.compile(r"\s*(?:That|This|It|The\s+figure|The\s+total|The\s+number)\s+(?:was|is)\s+(?:(?:up|down)\s+from|"
                       r"(?:more|fewer|less)\s+than|(?:twice|double|triple|\w+\s+times))\b", re.I)  # next sentence
# "fell to 126 in July from 209 in June": the figure it changed from
_CHANGED_TO = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|dropped|dropping|climbed|climbing|increased|decreased|"
                         r"jumped|declined|surged|grew|grown|plunged|plummeted|soared|doubled|halved)\s+to\s+"
                         r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|a\s+record)\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"(?:,\s*|\s+)from\s+(?:(?:just|only|about|around|some|nearly|roughly|a\s+peak\s+of|a\s+high\s+of|"
                          r"a\s+low\s+of)\s+)?$", re.I)
_AND_A_NUMBER = re.compile(r"\s+and\s+\d")
_AND_ANOTHER_TIME = re.compile(r"\s+in\s+[\w\s]{3,25}?\s+and\s+(?:(?:barely|just|only|some|about|around|nearly|almost)\s+)?$")
# "up from 356 in March and 298 in January", "compared with 1,940 in November and barely 300 in December"
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|"
                            r"(?:nearly\s+|almost\s+)?(?:double|triple|half)\s+the|"
                            r"(?:twice|(?:two|three|four|five|ten)\s+times)\s+"
                            r"as\s+many\s+as|against|versus|vs\.?)\s+(?:(?:just|only|the|some|about|around|nearly|roughly|a\s+peak\s+of|"
                            r"a\s+high\s+of|a\s+low\s+of|a\s+record)\s+)*$", re.I)
# "1,700 drones, around 1,100 guided bombs and 80 missiles": items of other things between two of ours
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:(?:around|about|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
                       r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)"
                       r"(?:\s+[A-Za-z][\w'\u2019-]*){1,5}){1,3}\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|along\s+with)\s+$"
                       r"|\s+and\s+[a-z][\w-]*\s*,?\s*(?:as\s+well\s+as|plus|along\s+with)\s+$",  # "drones and decoys as well as"
                       re.I)
# "118 drones and decoys and two missiles", "four cruise missiles from a submarine and 31 drones", "three of the
# missiles and 27 drones": weapons that share the verb past a word, a where or a part
_WEAPON_GAP = re.compile(r"(?:/[\w-]+)?(?:\s+[a-z][\w-]*){0,2}"  # "6 Iskander-M/KN-23 ballistic missiles from Kursk region and"
                         r"\s+(?:and\s+[a-z][\w-]*|(?:from|off|over|toward|towards|at|of|against|on|into)\s+(?:the\s+|an?\s+)?"
                         r"[^,;.\d]{1,50}?(?:\s+(?:in|over|during)\s+the\s+(?:previous|past|last)\s+\d{1,2}\s+hours)?)"
                         r"(?:\s+and(?:\s+all)?|,?\s+as\s+well\s+as|,?\s+along\s+with|,?\s+plus)\s+$")  # "... against Ukraine, as
# well as", "destroyed 15 of the missiles and all 14 drones"
_LIST_COMMA = re.compile(r"\s*,\s*$")  # "1,487 drones, 12 missiles and 22 rockets": weapons listed share the verb
_LIST_SPEAKS = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[^,.;]{1,40}?\s(?:told|said|says|say|reported|added)\b")  # "wounding
# 17 others, two health workers and a local official told Reuters": who told it, no more wounded
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:at\s+least|more\s+than|some|about|around|nearly)\s+)?"
                           r"(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
                           r"thirty|forty|fifty|dozens|hundreds)\b)", re.I)


def _action(pid: str) -> str:
    return _ACTION_OF.get(pid.split(".")[0], "")


# "One of them said at least 18 others were wounded": the speaker is one of them, the count is no part; nor is
# a toll brought up to date ("Four of them had since died, bringing the toll to at least 32")
_SPEECH_BETWEEN = re.compile(r"\b(?:said|says|told|reported|added|claimed|estimated|bringing|raising|taking|pushing)\b")
_REVISE_VERBS = r"raised|raising|revised|revising|lowered|lowering|corrected|increased|updated"
_FIGURE_CHANGED = re.compile(rf"\b(?:{_REVISE_VERBS}|put)\s+"
                             r"(?:up\s+|down\s+)?"
                             r"(?:that|this|the)\s+(?:number|figure|toll|total|tally|count)\s+(?:up\s+|down\s+)?(?:to|at)\s+"
                             r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$|"  # "have since
                             # raised that figure to 17"
                             r"\b(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:number|figure|toll|total|tally|count)|[Ii]t|[Tt]hat)\s+"
                             r"(?:(?:had\s+|has\s+)?"
                             r"(?P<way>fell|fallen|rose|risen|dropped|climbed|increased|decreased|jumped|grew|grown)\s+"
                             r"(?:again\s*|sharply\s+|slightly\s+|further\s+)?,?\s*to"
                             r"|[\"\u201c]?(?:now\s+)?(?:stands|stood)\s+at)\s+"  # 'the figure "now stands at 26"'
                             r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$")
_REVISING = re.compile(rf"(?:{_REVISE_VERBS})\b", re.I)  # "..., later
# raising the figure to 22": the count told before in its sentence, revised
_THAT_NUMBER = re.compile(r"(?:[Tt]hat|[Tt]his)\s+(?:number|figure|toll|total|tally|count)\b")
_CHAINED_FROM = frozenset(["changed_to", "toll", "injury_toll"])
_CHAIN_CHANGED = re.compile(r"\b(?:and|then|but|before\s+being)\s+(?:it\s+|that\s+)?(?:was\s+|had\s+been\s+|has\s+been\s+)?"
                            r"(?:later\s+|then\s+)?(?:raised|revised|lowered|corrected|increased|rose|climbed|jumped|fell|"
                            r"dropped|updated)\s+(?:again\s+)?(?:(?:up|down)(?:ward)?\s+)?to\s+"
                            r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$", re.I)
_PUT_THE_FIGURE = re.compile(r"\b(?:the\s+(?:correct|real|actual|true|right)\s+(?:number|figure|toll|count)\s+(?:was|is)|"
                             r"(?:put|puts|putting|placed|places|gave|gives|giving)\s+"
                             r"(?:the|that|this|its\s+own|their\s+own)\s+(?:figure|number|count|tally|total)\s+(?:at|as)|"
                             r"(?:a\s+)?(?:figure|number|toll|count)\s+(?:that\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?"
                             r"(?:put|puts|placed|places)\s+at)\s+"
                             r"[\"\u201c]?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|closer\s+to)\s+)?$",
                             re.I)
# "killed 11 soldiers, a figure the army put at three", "killed dozens, later putting the number at 25"
_APPOSED_PUT = re.compile(r"[^.;]{0,80}?,\s+(?:a\s+(?:figure|number|toll|count)\s+(?:that\s+)?(?:the\s+)?"
                          r"(?:[\w'\u2019-]+\s+){1,3}?(?:put|puts|placed|places)\s+at|"
                          r"(?:later|then|subsequently)\s+(?:putting|placing))\b", re.I)
# "withdrew a statement claiming that 80 had been killed, saying ... the correct number was 41": the count that replaces it
_CORRECT_NUMBER = re.compile(r"[^.;]{0,120}?\bthe\s+(?:correct|real|actual|true|right)\s+(?:number|figure|toll|count)\s+"
                             r"(?:was|is|stood\s+at|stands\s+at)\s+$", re.I)
_CONTRAST_BEFORE = re.compile(r",\s+(?:while|whereas|but)\b|;\s+", re.I)
_SAYS_BARE = re.compile(r"\b(?:says|said|say|counts|counted)\s+"
                        r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|only|just)\s+)?$")
_BARE_END = re.compile(r"\s*(?:\.|,\s+(?:not|rather\s+than)\b|$)")
_RISEN = frozenset(["rose", "risen", "climbed", "increased", "jumped", "grew", "grown"])
_FIGURE_CHANGED_NOUN = re.compile(r"\s*(?:%|per\s*cent|percent)")
# a key-figures line that names the count before it: "- Civilians killed: 214", "Political arrests: 476 (in May)"
_LABEL_LINE = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u00b7\u2023\u25e6*]\s*)?"
                         r"(?!(?:of\s+wh(?:om|ich)|of\s+them|including|among|out\s+of)\b|incl\.)"  # a part of the line before
                         r"(?P<label>[A-Za-z](?:[^:\n\d()]|\([^()\n]{0,40}\)"
                         # "Killed since the RSF entered the city on 26 October: at least 1,460": a day inside the label
                         rf"|(?<=\s)\d{{1,2}}(?=\s+(?:{full_names('months')})\b)"
                         r"|(?<=\s)(?:19|20)\d\d(?=\s*:)){2,90}?)\s*:\s*"
                         r"(?:(?:some|about|around|over|more\s+than|nearly|at\s+least|an\s+estimated)\s+)?", re.I)
_LABEL_VERB_TAIL = re.compile(r"\s+(?:were\s+|was\s+)?(?:intercepted|shot\s+down|destroyed|downed|killed|wounded|injured|"
                              r"arrested|detained|released|missing|displaced|recorded)(?=\s*[.;]?\s*$)", re.I)
# the end of a key-figures line's value; "Deaths: 98, of which 41 security personnel": its parts may follow
_LABEL_VALUE_END = re.compile(r"\s*(?:\(|$|[.;]?\s*$|\n|,\s+(?:of\s+wh(?:ich|om)|including|among\s+them|incl\.)\s"
                              r"|,\s+(?:[\w-]+|\d[\d,]*)\s+of\s+(?:them|whom)\b)")  # "Injured: 22, eight of them seriously"


def _label_figure(text: str, n: NumberPhrase, lab: re.Match, tail: str = "") -> Figure | None:
    """The figure of a key-figures line read as if its label followed the number ("214 civilians
    killed by junta forces"); the quote is the line's own words, label to number (and the ``tail`` of
    words after the number: "Ballistic missiles: 2 intercepted")."""
    label = re.sub(r"\s*\([^()]*\)", "", lab["label"])  # "Political prisoners still detained (as of 31 January)"
    if label[1:2].islower():
        label = label[0].lower() + label[1:]
    number = text[n.num_start:n.end]
    found = [f for f in find_figures(f"{number} {label}{tail}") if f.num_start == 0]
    if not found:
        return None
    f = found[0]
    return replace(f, value=n.value, qualifier=n.qualifier, low=n.low, high=n.high, start=lab.start("label"),
                   end=n.end + len(tail),
                   num_start=n.num_start, num_end=n.end, pattern_id=f"label.{f.pattern_id}",
                   weapon=_weapon(text, lab.start("label"), n.end))


_RUNNING_END = re.compile(r"\s*(?:[.,;:)\u2014\u2013]|-\s|$|(?:on|in|since|by|as|from|after|this|last|according|up|over|"
                          r"elements)\b)")  # "bringing the total deployed in Sinaloa to 5,000 elements"


def _home_not_freed(text: str, f: Figure, start: int, end: int) -> bool:
    """People who 'returned' or 'came home' with no swap or captivity told in the sentence or the 400
    characters before ('3,870 people returned to their areas of origin'), or 'handed over' (suspects handed
    over by a state: a transfer): no captives freed (measures.json "return_captivity")."""
    return f.action == "return" and f.klass == "people" \
        and (f.pattern_id.startswith("handover") or not lex().return_captivity.search(text, max(0, start - 400), end))


_RUNNING_DOWNED = re.compile(r"\b(?:shot\s+down|downed|intercepted|destroyed)\b")


def _running_total(text: str, n: NumberPhrase, start: int, end: int, figures: list[Figure]) -> Figure | None:
    """'bringing the total deployed in the state to about 2,900', 'The number of people forced from their
    homes ... has climbed to more than 9,000': a running total whose metric its words name, else the
    metric of the sentence's figure before it (see measures.json "running_total")."""
    before, people, rose, words = lex().running
    lo = max(start, n.start - 160)
    m = before.search(text, lo, n.start) or people.search(text, lo, n.start) or rose.search(text, lo, n.start)
    if m is None or not _RUNNING_END.match(text, n.end, end):
        return None
    metric = next((k for k, rx in words if rx.search(m["between"])), None)
    prev = next((f for f in reversed(figures) if f.end <= m.start() and not _home_not_freed(text, f, start, end)), None)
    if metric is None and prev is not None and m.re is rose:
        metric = prev.metric  # "reported nine injured, but ... said the number had risen to 11"
    elif metric is None and prev is not None and m.re is before:
        metric = prev.metric
        if metric == "injured" and any(f.metric == "killed" and f.end <= m.start() for f in figures):
            metric = "killed"  # "82 people were killed and 234 injured ..., bringing the total since 7 October to
            # 35,173": a toll's running total is of its dead
    if metric is None or (metric.startswith(("drones", "missiles")) and not _RUNNING_DOWNED.search(m["between"])):
        return None  # "raising the number it shot down to 112" (not "bringing the total launched since 2022 to ...")
    return _figure(text, n, metric, "running_total", m.start(), n.end, "", "people" if metric != "attacks" else "attacks")


def _figure(text, n: NumberPhrase, metric, pid, qs, qe, counted, klass, trigger="", action="") -> Figure:
    qs, qe = min(qs, n.start), max(qe, n.end)
    return Figure(metric=metric, value=n.value, qualifier=n.qualifier, low=n.low, high=n.high, start=qs,
                  end=qe, num_start=n.num_start, num_end=n.end, counted=counted, klass=klass or "",
                  pattern_id=pid, weapon=_weapon(text, max(qs, n.start - 40) if qs > n.start - 40 else qs, qe),
                  trigger=trigger, action=action or _action(pid))


_ONE_THING_AND = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:and|as\s+well\s+as)\s+$")
# "shot down 24 of 31 drones launched across the country, and one of two missiles": past where the first ones flew
_AND_NEXT = re.compile(r"(?:\s+(?:across|over|at|towards?|into|in|on|from)\s+[^,;.\d]{1,40}?)?"
                       r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s+$", re.I)


def _coordinated_part(text, part: NumberPhrase, figures: list[Figure]) -> tuple[str, list, int] | None:
    """The trigger of a part-of-a-total just before, joined by "and" ("shot down 98 of the 126 drones and
    two of the seven missiles": the missiles' part shares the verb)."""
    prev = [f for f in figures[-2:] if f.pattern_id.endswith(".of_total")]
    if not prev or not _AND_NEXT.fullmatch(text, max(f.end for f in figures[-2:]), part.start):
        if (one := _ONE_THING_AND.search(text, max(0, part.start - 60), part.start)) is not None:
            return _before(text, one.start(), max(0, one.start() - 90))  # "intercepted a ballistic missile and one of
        return None  # two drones": the verb of the single thing before it
    words = prev[-1].trigger
    return words, lex().actions.get(("before", _norm(words)), []), prev[-1].start


def _of_total(text, part: NumberPhrase, total: NumberPhrase, start, end, figures, coord=None) -> list[Figure]:
    """'38 of the 42 drones launched were shot down' / 'destroyed 71 out of 80 drones'; `coord`: the trigger
    of a part joined before it."""
    group = _noun_group(text, total.end, end)
    if group is None and (one := _ONE_OF_SUBJECT.search(text, max(start, total.start - 60), total.start)) \
            and (kind := class_of(one["noun"])) and (fig := _read(text, total, (kind, total.end, total.end), start, end,
                                                                 figures)):
        return [fig]  # "The drone was one of 171 launched by Russia": the total, of the subject's kind
    if group is None:
        return []
    klass, hs, he = group
    out = []
    total_fig = _read(text, total, group, start, end, figures)
    if klass not in ("drones", "missiles"):
        b = _object_rules(text, _before(text, part.start, start), he, end)  # not "forced seven of the 22 passengers
        # into a pickup truck"
        if b and (metric := _metric(klass, b[1])):  # "killing 179 of the 181 people on board": the part
            return [_figure(text, part, metric[0], metric[1], b[2], he, text[hs:he], klass, b[0])]
        if total_fig is not None and (_MAIN_VERB.match(text, he, total_fig.end)
                                      or _SINGULAR_VERB.search(text, total_fig.num_end, total_fig.end)
                                      or (part.value == 1 and part.qualifier == "exact"
                                          and (not text[start:part.start].strip() or _CLAUSE_OPEN.search(text, start, part.start))
                                          and not _PLURAL_VERB.search(text, he, total_fig.end))
                                      or ((not text[start:part.start].strip() or _CLAUSE_OPEN.search(text, start, part.start)
                                           or _SAID_BEFORE.search(text, start, part.start))
                                          and total_fig.pattern_id.endswith(".after") and total_fig.end <= end
                                          and (not _VERB_NEXT.match(text, total_fig.end, end)
                                               or _AUX_TRIGGER.search(text, he, total_fig.end)))):
            # "One of its 23 crew members, a Filipino sailor, suffered minor injuries": one, as its own clause opens;
            # "Two of the tanker's 23 crew members suffered minor injuries": the verb after the total is the part's (not
            # "12 of the 20 people killed in the attack were children": a participle, then the clause's verb; but "12 of
            # the 40 protesters arrested on Monday had been released" are 12)
            # "One of its 25 crew members was injured": one injured, as "a crew member was injured" is;
            # "1.9 million of Gaza's 2.1 million people are displaced": the sentence's verb is the part's
            return [replace(total_fig, value=part.value, qualifier=part.qualifier, low=part.low, high=part.high,
                            start=part.start, num_start=part.num_start, num_end=part.end,
                            pattern_id=total_fig.pattern_id + ".of_total")]
        return [total_fig] if total_fig else []  # "12 of the 20 people killed were children": the total
    lx = lex()
    # the part takes the trigger before it, or the one after the total's noun (past "launched")
    before = _before(text, part.start, start)
    if coord and not (before and _metric(klass, before[1])):
        before = coord
    tail = _LAUNCH_TAIL.match(text[he:end])
    after = _after(text, he + (tail.end() if tail else 0), end)
    part_metric = None
    for trig in (before, after):
        if trig and (part_metric := _metric(klass, trig[1])):
            qs = part.start if trig is coord else min(trig[2], part.start)  # a shared verb: the count's own words
            qe = max(trig[2] + len(trig[0]) if trig is before else trig[2], he)  # _after gives the trigger's end
            out.append(_figure(text, part, part_metric[0], part_metric[1] + ".of_total", qs, qe,
                               text[hs:he], klass, trig[0]))
            break
    if total_fig is None or (part_metric and total_fig.metric == part_metric[0]):
        launched = lx.metrics.get(klass, {}).get("launch")
        if launched:
            total_fig = _figure(text, total, launched, "of_total.total", total.start, he + (tail.end() if tail else 0),
                                text[hs:he], klass)
        else:
            total_fig = None
    if total_fig is not None:
        out.append(total_fig)
    return out


_AGE = re.compile(r"\d{1,3}-(?:year|month|week|day)-old")
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|reported|added)\s*$")
_AUX_TRIGGER = re.compile(r"\s(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?[\w-]+\s*$")
_VERB_NEXT = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:are|is|were|was|remain|remained|included|include|have|had|has)\b", re.I)
_MAIN_VERB = re.compile(r"\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been|remain|remained)\b", re.I)


def _single_class(head: str) -> str | None:
    """The class of a singular head ("soldier": troops; "son": people, as "sons")."""
    if _AGE.fullmatch(head):
        return "people"  # "a 17-year-old was killed"
    plural = head[:-2] + "ves" if head.lower().endswith("wife") else head + "s"  # "wounded his wife"
    return class_of(head) or ("people" if lex().class_rx.fullmatch(plural) else None)


@cache
def _and_one_more() -> re.Pattern:
    """'and her 10-year-old son' ending an object: a second person."""
    return re.compile(_and_one("an?|his|her|their|its")
                      + r"(?=[,.;:]|\s+(?:in|on|at|near|inside|outside|during|from|who|when|while|as|and|after|before)\b|$)",
                      re.I)


@cache
def _and_one_subject() -> re.Pattern:
    """'and his grandson' right before the verb of both: a second person of the subject."""
    return re.compile(_and_one("his|her|their|its") + r"\s+(?:were|have\s+been|had\s+been)\b", re.I)


def _and_one(determiners: str) -> str:
    return rf"\s+and\s+(?:{determiners})\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?P<head2>{lex().singular_rx.pattern})"


@cache
def _singular_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<a>an?|another|[Tt]he\s+other|(?:(?<=ing )|(?<=ed ))(?P<def>the|its|his|her|their))\s+"
                      rf"(?P<mods>(?:(?!(?:an?|another|the|its|his|her|their)\s)[\"\u201c]?[\w'\u2019.-]+[\"\u201d]?\s+){{0,3}}?)"
                      rf"(?P<head>{lex().singular_rx.pattern}|\d{{1,3}}-year-old(?=\s+(?:was|has\s+been|had\s+been|died)\b))"
                      rf"(?!\s+(?:{lex().singular_rx.pattern})\b)"  # "a civilian driver": the last noun is the head
                      rf"(?(def)(?!['\u2019]s\b))", re.I)  # "a 17-year-old was killed": the age names the person


_KILL_OR_INJURE = frozenset(["kill", "injure"])
_LIST_AFTER_ONE = re.compile(r",\s+(?:an?|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|and\b)"
                             r"|\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s|(?:children|sons|daughters|relatives|family)\b)")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|added|recalled|explained)\s+$")
_ONE_MORE = re.compile(r"(?:\band|,)\s+(?P<verb>wounding|injuring|killing|wounded|injured|killed)\s+(?P<one>another|a\s+third|"
                       r"a\s+fourth|a\s+fifth|one\s+more|one\s+other)\b(?!\s+(?:of|[a-z]+ing|\d|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|dozens?|hundreds?|[a-z]+s)\b)(?![\w-])", re.I)
_THEN_FREED = re.compile(r"[^.;]{0,60}?\s+and\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:later\s+|then\s+|subsequently\s+|"
                         r"eventually\s+|since\s+)?(?P<verb>released|freed|set\s+free)\b(?!\s+(?:\d|the\s+other|others))")
_OWN_VERB = re.compile(r"\s+(?:was|were|is|are|has|had|have|remained|remains|died|later|also|who|whose)\b")  # its own clause
# "said a security guard at the port was killed": its own clause past where the one was
_OWN_VERB_PAST_PLACE = re.compile(r"(?:\s+(?:at|in|on|near|of|from)\s+(?:the|a|an)?\s*[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*)?)?"
                                  r"\s+(?:was|were|is|are|has|had|have|remained|remains|died|later|also)\b")
_ONE_MORE_PASSIVE = re.compile(r"(?:\band|,)\s+(?P<one>a\s+third|a\s+fourth|a\s+fifth|a\s+sixth|one\s+more|one\s+other)"
                               r"(?:\s+(?:person|man|woman|soldier|officer|policeman|worker|civilian|suspect|attacker|gunman|"
                               r"militant|child|member|labourer|laborer|passenger|one))?\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
                               r"(?:also\s+|later\s+|seriously\s+|critically\s+|badly\s+|slightly\s+|lightly\s+)?"
                               r"(?P<verb>wounded|injured|killed|hurt|shot\s+dead|arrested|detained|captured)\b",
                               re.I)


@cache
def _kin_more() -> re.Pattern:
    """'A woman was killed and her son was injured': one more person, a relative (measures.json kin_nouns)."""
    return re.compile(r"(?:\s+(?:on|in|at|near)\s+[^,;.\d]{1,30}?)?,?\s+and\s+(?P<one>(?:his|her|their)\s+"
                      rf"(?:[a-z][\w-]*\s+)?(?:{lex().kin}))\s+(?:(?:was|has\s+been|had\s+been)\s+)"
                      r"(?:also\s+|later\s+|seriously\s+|critically\s+|badly\s+|slightly\s+|lightly\s+)?"
                      r"(?P<verb>wounded|injured|killed|hurt|shot\s+dead)\b", re.I)


# "killing the driver": a definite one counts only right after a verb of killing or wounding (see _singulars)
_VERB_BEFORE = re.compile(r"\b(?:kill|wound|injur|shot|shoot|hang|execut|behead|murder|eliminat|neutrali[sz])\w*\s+$", re.I)
_NAMED_OUTCOMES = frozenset(["injuries", "deaths", "arrests", "displaced", "disappearances"])  # "17 wounded": the noun says what
# a short quoted name goes on past the head: "a terrorist logistics base"
_QUOTE_GOES_ON = re.compile(r"(?:\s+(?!(?:and|or|plus)\b)[a-z][\w-]*){1,3}[\"\u201d\u2019']")
_OPEN_QUOTES = frozenset('"\u201c\u2018\'')
_WEAPONS = frozenset(["drones", "missiles"])
_WEAPON_COMPOUND = re.compile(r"\s+(?:and\s+(?:sea\s+|naval\s+|kamikaze\s+|air\s+)?(?:missile|drone|rocket)\s+)?"
                              r"(?:attack|strike|raid|assault|barrage|campaign|"
                              r"operation|programme|program|threat|alert|incursion|sighting|war|warfare|footage|video|system|launcher|battery|"
                              r"site|depot|factory|warehouse|unit|squadron|swarm|fleet|wave|base|team|operator|pilot|boat|vessel)s?\b",
                              re.I)  # "a surface-to-air missile system", "a drone squadron": a thing


# a weapon's launch told only to say whose it was ("shot down three drones and a missile fired by the Houthis"): the
# trigger is a participle followed by its agent or origin
_LAUNCHED_BY = re.compile(r"(?<=fired|nched)\s+(?:by|from)\b")  # fired, launched
_AGENT_BEFORE_MAIN = re.compile(r"\s+(?:by|from)\s+[^,.;:]{1,60}?(?=\s+(?:struck|hit|slammed|crashed|smashed|landed|exploded|"
                                r"was|were)\b)")


_PART_NAMED_BEFORE = re.compile(r"\b(?:[\w-]+|\d[\d,]*)\s+of\s+(?:the|those|these)\s+(?:injured|wounded|dead|victims|casualties|"
                                r"hostages|detainees|abductees)\s*,\s*(?:[^,.;:]{1,50}?\s+and\s+)?$", re.I)


def _singulars(text: str, start: int, end: int, figures: list[Figure], singles: list[re.Match]) -> list[Figure]:
    """'A drone hit ...', 'fired a ballistic missile', 'A former governor died' -> 1."""
    lx = lex()
    out = []
    for m in singles:
        if _SPEAKER_BEFORE.search(text, max(start, m.start() - 12), m.start()) \
                and not _OWN_VERB_PAST_PLACE.match(text, age.end() if (age := _AGE_OF.match(text, m.end(), end)) else m.end()) \
                and _single_class(m["head"]) not in _WEAPONS:  # (a drone speaks for no one: "said a drone approaching
            continue  # ... had been intercepted") "said a 55-year-old passenger freed on Tuesday": the speaker, not a count
        if (bd := lex().breakdown.search(text, max(start, m.start() - 40), m.start())) \
                and ((figures and figures[-1].end <= m.start() and bd.start() >= figures[-1].end - 2
                      and not re.search(r"[.;]", text[figures[-1].end:m.start()]))
                     or _COUNT_IN_LIST.match(text, bd.start(), m.start())
                     or _PLURAL_WHOLE_BEFORE.search(text, max(start, bd.start() - 40), bd.start())):
            continue  # "the number of wounded at 97, among them a Red Crescent volunteer hit by shrapnel": a part;
            # "The captives, including 19 women and an 8-month-old baby, were released", "The injured civilians, among them
            # a 7-year-old girl, were taken to a hospital": a part of the uncounted whole
        if _PART_NAMED_BEFORE.search(text, max(start, m.start() - 100), m.start()):
            continue  # "Two of the injured, a police officer and a local TV reporter, are being treated": who they are
        mods = m["mods"].split()
        if any(w.lower() in lx.stop or _norm(w) in lx.trigger_words or (w[0].isdigit() and not _AGE.fullmatch(w))
               for w in mods):
            continue
        if any(f.start <= m.start() < f.end and not (f.pattern_id.endswith(".after") and f.num_end < m.start()
                                                      and text[max(0, m.start() - 5):m.start()].endswith("and ")
                                                      and not _PART_WORDS.search(text, f.num_end, m.start()))
               and not WHO.search(text, f.num_end, m.start())  # "Five men who killed a guard were arrested"
               for f in figures):
            continue  # inside a figure's words; not "Three members of the NPA and a soldier were killed"
        if _LIST_AFTER_ONE.match(text, m.end()):
            continue  # "killed a father, a mother and their three children": one of a list, no count of one
        if any(f.end <= m.start() and f.action in _KILL_OR_INJURE and f.value and f.value > 1
               and ":" in text[f.end:m.start()] for f in figures):
            continue  # "Three people were wounded: a woman and her granddaughter were hurt ..., and a man was hit":
            # who the three were
        klass = _single_class(m["head"])
        if klass is None or (klass in _WEAPONS and _WEAPON_COMPOUND.match(text, m.end())):
            continue  # "hit by a drone attack", "a missile strike": the attack, no count of weapons
        if text[max(0, m.start() - 1):m.start()] in _OPEN_QUOTES and _QUOTE_GOES_ON.match(text, m.end()):
            continue  # destroyed "a terrorist logistics base": a quoted name of a thing, no one killed
        n = NumberPhrase(m.start(), m.start("a") + len(m["a"]), m.start(), 1, "exact", 1, 1, "article")
        if klass in ("people", "troops") and (_QUOTED_NEXT.match(text, m.end())
                                               or lx.not_figures["thing_after_people"].match(text, m.end())):
            continue  # "destroyed a rebel \"logistics base\"", "a police post": a thing of theirs, no person
        before = _object_rules(text, _before(text, m.start(), start), m.end(), end)
        if m["def"] and not (klass in ("people", "troops") and before and before[2] + len(before[0]) + 1 == m.start()
                             and any(a in _KILL_OR_INJURE for _, a in before[1])):
            continue  # "killing the driver": one person, right after the verb; no other definite one counts
        if before and (metric := _metric(klass, before[1])):
            qe = m.end()
            if klass in ("people", "troops") and (two := _and_one_more().match(
                    text, aged.end() if (aged := _AGE_SET_OFF.match(text, m.end(), end)) else m.end(), end)) \
                    and _single_class(two["head2"]) in ("people", "troops"):
                n, qe = replace(n, value=2, low=2, high=2), two.end()  # "killed a woman and her 10-year-old son"
            out.append(_figure(text, n, metric[0], metric[1] + ".singular", before[2], qe, m["head"], klass,
                               before[0]))
            continue
        prev = next((f for f in reversed(figures) if f.end <= m.start()), None)
        if before is None and prev is not None and prev.action and klass in _WEAPONS and prev.klass in _WEAPONS \
                and _COORD.match(text, prev.end, m.start()) and ((a := _after(text, m.end(), end, klass, relative=False)) is None
                                                                 or _LAUNCHED_BY.match(text, a[2])) \
                and (metric := _metric(klass, [(prev.pattern_id.split(".")[0] + ".coordinated", prev.action)])):
            out.append(_figure(text, n, metric[0], metric[1] + ".singular", m.start(), m.end(), m["head"], klass,
                               prev.trigger, prev.action))  # "fired two ballistic missiles and a drone"
            continue
        coord_person = before is None and prev is not None and prev.action in _KILL_OR_INJURE \
            and klass in ("people", "troops") and prev.klass in ("people", "troops") and _COORD.match(text, prev.end, m.start())
        if coord_person and (own := _OWN_HURT.match(text, m.end(), end)):
            out.append(_figure(text, n, "injured", "injure.after.singular", m.start(), own.end(), m["head"], klass,
                               own["verb"], "injure"))
            continue  # "Four gendarmes were killed and a civilian taxi driver seriously wounded": its own verb, left bare
        if coord_person \
                and not _after(text, m.end(), end, klass, relative=False) and not _OWN_VERB.match(text, m.end(), end) \
                and (metric := _metric(klass, [(prev.pattern_id.split(".")[0] + ".coordinated", prev.action)])):
            out.append(_figure(text, n, metric[0], metric[1] + ".singular", m.start(), m.end(), m["head"], klass,
                               prev.trigger, prev.action))  # "wounding five police officers and a civilian"
            continue
        if lx.not_subject.search(text, max(start, m.start() - 12), m.start()) \
                or _AMONG_THE_DEAD.search(text, max(start, m.start() - 40), m.start()):
            continue  # "Among the dead was an eight-year-old boy": one of a toll told, no count of its own
        he = age.end() if (age := _AGE_OF.match(text, m.end(), end)) else m.end()  # "A boy of 11 was wounded"
        after = _after(text, he, end, klass, relative=klass in ("people", "troops"))  # past inserts: "Another
        # reservist from X was hurt", "A vigilante who tried to stop the attackers was shot dead"
        if after and klass in _WEAPONS and _LAUNCHED_BY.match(text, after[2]) \
                and (agent := _AGENT_BEFORE_MAIN.match(text, after[2], end)) \
                and (main := _after(text, agent.end(), end, klass, relative=False)):
            after = main  # "A missile fired by Yemen's Houthis struck a container ship": it hit; its launch says whose
        if after and klass in ("people", "troops") and (_REL_START.match(text, he) or (
                not text[he:after[2] - len(after[0])].strip() and _norm(after[0]) in ("injured", "wounded", "hurt"))) \
                and _THEN_DIED.match(text, after[2], end):
            continue  # "a woman who was seriously injured died in the ambulance", "a port worker injured in Tuesday's
            # strike died of his wounds": what befell them is the main verb's (one of a toll told)
        if after and klass in ("people", "troops") and text[max(start, m.start() - 2):m.start()] == ", " \
                and _PLURAL_VERB.search(text, he, after[2]):
            continue  # "guarding the home of Vital Kamerhe, a candidate for speaker, were shot dead": not its verb
        if after and klass in ("people", "troops") and _LIST_CLOSE_PLURAL.match(text, he, end):
            continue  # "the soldiers, a major and a staff sergeant, were killed": who the plural subject was
        if after and age and _WERE_NEXT.match(text, he, end):
            continue  # "Two men, aged 58 and 33, and a woman in her 40s were taken to hospital": the last of a list
        if after and klass in ("people", "troops") and _NAME_APPOSED.search(text, max(start, m.start() - 60), m.start()) \
                and not _VERB_OF_PART.search(text, m.end(), after[2] - len(after[0])):
            continue  # "said Fuad al-Absi, a 38-year-old teacher released by the Houthis": who he is, no count
        if _ORDINAL_APPOSED.search(text, max(start, m.start() - 40), m.start()):
            continue  # "The third victim, a 45-year-old man, died in hospital": one of a toll told, who they were
        if after and after[0].lower().startswith(("dropped", "fell on", "fell onto", "landed on")):
            continue  # "a Russian drone dropped explosives on a car": the weapon of an attack, no count of drones
        if after and (lx.natural.match(text, after[2], end) or lx.mixed.match(text, after[2], end)):
            continue  # "One evacuee had died of an illness": no conflict death (as for a count)
        if after and klass in ("people", "troops") and " " not in after[0].strip() \
                and (_OBJECT_AFTER.match(text, after[2]) or ((obj := _WORD.match(text, after[2], end))
                                                               and class_of(obj.group().strip()) in ("people", "troops"))):
            continue  # "where a man stabbed passengers on a crowded platform": the attacker, no one hurt
        if after and (metric := _metric(klass, after[1])) and metric[0] != "displaced":  # "a trader who fled": no count
            qs = m.start()
            if klass in ("people", "troops") and (one := _one_and().search(text, max(start, m.start() - 60), m.start())) \
                    and not _named_one(one.group()):
                if _AMONG_THE_DEAD.search(text, max(start, one.start() - 40), one.start()):
                    continue  # "Among the dead were an eight-year-old boy and a 15-year-old girl": of a toll told
                n, qs = replace(n, value=2, low=2, high=2), one.start()  # "A boy and a girl were killed"
            elif klass in ("people", "troops") and (two := _and_one_subject().match(text, m.end(), end)) \
                    and _single_class(two["head2"]) in ("people", "troops"):
                n = replace(n, value=2, low=2, high=2)  # "A 67-year-old farmer and his grandson were killed"
            out.append(_figure(text, n, metric[0], metric[1] + ".singular", qs, after[2], m["head"], klass, after[0]))
    return out


_LIST_LEAD = re.compile(r"[\W_]*")  # what may open a list line before its count: bullets, emoji, dashes


def heading_action(text: str, start: int, end: int, nums: list[NumberPhrase]) -> tuple[str, list, int] | None:
    """The verb of a line that opens a list and ends with a colon ("the enemy attacked Ukraine with
    221 means of air attack:", "air defence shot down/suppressed 183 enemy air attack assets:"):
    (trigger, actions, position), read before its last count, or before the colon when it has none."""
    pos = nums[-1].start if nums else end - 1
    if b := _before(text, pos, start):
        return b
    lo = max(start, pos - 170)
    for p in lex().patterns:
        if "action" in p and (m := p["rx"].search(text, lo, pos)):
            return text[m.start():pos].strip(), [(p["id"], p["action"])], m.start()
    return None


def listed_figures(text: str, start: int, end: int, nums: list[NumberPhrase],
                   heading: tuple[str, list, int]) -> list[Figure]:
    """The count a list line opens with, read with its heading's verb ("... shot down/suppressed 183
    enemy air attack assets: // ✅ 4 Kh-101 cruise missiles;" is missiles_intercepted 4)."""
    if not nums or not _LIST_LEAD.fullmatch(text, start, nums[0].start):
        return []
    n = nums[0]
    group = _noun_group(text, n.end, end)
    if group is None or not (metric := _metric(group[0], heading[1])):
        return []
    return [_figure(text, n, metric[0], metric[1].split(".")[0] + ".listed", n.start, group[2], text[group[1]:group[2]],
                    group[0], heading[0], dict(heading[1]).get(metric[1], ""))]
