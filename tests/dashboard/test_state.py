"""Filters <-> URL query parameters, and the plain-language description."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.state import PARAMS, Filters

_char = st.characters(min_codepoint=33, max_codepoint=0x2FF, exclude_characters=",")
_word = st.text(_char, min_size=1, max_size=12).filter(lambda s: s.strip() == s)
_names = st.lists(_word, max_size=3, unique=True).map(tuple)
_day = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def filters(draw):
    d0, d1 = sorted([draw(_day), draw(_day)])
    return Filters(
        date_from=draw(st.none() | st.just(d0)), date_to=draw(st.none() | st.just(d1)),
        country=draw(st.lists(st.sampled_from(["UKR", "RUS", "VEN", "PSE"]), max_size=3, unique=True).map(tuple)),
        metric=draw(st.lists(st.sampled_from(["killed", "injured", "drones_launched"]), max_size=2,
                             unique=True).map(tuple)),
        actor=draw(_names), claimant=draw(_names), outlet=draw(_names),
        claim_status=draw(st.lists(st.sampled_from(["reported", "disputed"]), max_size=2, unique=True).map(tuple)),
        event_type=draw(st.lists(st.sampled_from(["battles", "protests"]), max_size=2, unique=True).map(tuple)),
        q=draw(st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=20)),
        once=draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None)
@given(filters(), st.booleans())
def test_query_params_round_trip(f, once_default):
    params = f.to_query_params(once_default)
    back, notes = Filters.from_query_params(params, once_default=once_default)
    assert notes == []
    assert back == f
    assert back.to_query_params(once_default) == params


def test_defaults_are_left_out_of_the_url():
    assert Filters().to_query_params() == {}
    assert Filters(once=True).to_query_params(once_default=True) == {}
    assert Filters(once=False).to_query_params(once_default=True) == {"once": ["false"]}


def test_repeated_parameters_are_lists():
    f, notes = Filters.from_query_params({"country": ["UKR", "RUS"], "metric": "killed", "from": "2025-05-01"})
    assert (f.country, f.metric, f.date_from) == (("UKR", "RUS"), ("killed",), dt.date(2025, 5, 1))
    assert notes == []


def test_unknown_and_malformed_parameters_are_ignored_with_a_note():
    f, notes = Filters.from_query_params(
        {"junk": "1", "from": "2025-13-45", "once": "maybe", "metric": ["killed", "bogus"], "status": "rumour",
         "country": "Ukraine", "every": "week"},
    )
    assert f == Filters(metric=("killed",))
    text = " | ".join(notes)
    for fragment in ("junk", "from=2025-13-45", "once=maybe", "metric=bogus", "status=rumour", "country=Ukraine"):
        assert fragment in text
    assert "every" not in text  # a page's own view parameter, not unknown


def test_values_outside_the_data_are_dropped():
    f, notes = Filters.from_query_params({"country": ["UKR", "ZZZ"]}, vocab={"country": ["UKR", "RUS"]})
    assert f.country == ("UKR",)
    assert notes == ["country=ZZZ is not in the data"]


def test_swapped_dates_are_put_in_order():
    f, notes = Filters.from_query_params({"from": "2025-06-01", "to": "2025-05-01"})
    assert (f.date_from, f.date_to) == (dt.date(2025, 5, 1), dt.date(2025, 6, 1))
    assert notes


def test_plain_language_description():
    f = Filters(country=("UKR",), metric=("killed",), date_from=dt.date(2025, 5, 1), date_to=dt.date(2025, 5, 31))
    assert f.describe() == "country is UKR, metric is killed, 2025-05-01 to 2025-05-31"
    assert Filters().describe() == "all figures"
    assert "country is one of UKR, RUS" in Filters(country=("UKR", "RUS")).describe()
    assert "sentence contains “drone”" in Filters(q="drone").describe()


def test_every_param_is_documented():
    assert all(p.help and p.label for p in PARAMS)
    assert len({p.name for p in PARAMS}) == len(PARAMS)


def test_slug_is_file_name_safe():
    slug = Filters(country=("UKR",), q="a/b c", date_from=dt.date(2025, 1, 1)).slug()
    assert "/" not in slug and " " not in slug and "UKR" in slug
    assert Filters().slug() == "all"
