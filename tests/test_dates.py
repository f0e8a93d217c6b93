"""Date expressions resolved against a fixed publication date (2025-05-21, a Wednesday)."""
from datetime import date

import pytest

from etl.dates import DateSpan, find_dates, report_window

PUB = date(2025, 5, 21)
D = date.fromisoformat


def one(text, published=PUB, **kw):
    found = find_dates(text, published, **kw)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize("text, day", [
    ("The attack happened on Wednesday.", "2025-05-21"),
    ("Officials met on Tuesday.", "2025-05-20"),
    ("Rebels attacked the town Saturday.", "2025-05-17"),
    ("He visited on Thursday.", "2025-05-15"),
    ("the previous day", "2025-05-20"),
    ("yesterday", "2025-05-20"),
    ("today", "2025-05-21"),
    ("Russia announced on April 26 that its forces had won.", "2025-04-26"),
    ("Fighting resumed April 26.", "2025-04-26"),
    ("Fighting resumed on 26 April.", "2025-04-26"),
    ("The vote was held May 21, 2025.", "2025-05-21"),
    ("The report was dated 2025-05-03.", "2025-05-03"),
    ("Posted 03.05.2025, 09:12", "2025-05-03"),  # day.month.year, a channel post's stamp
    ("Talks collapsed on December 30.", "2024-12-30"),  # never in the future of publication
    ("two days ago", "2025-05-19"),
    ("Police killed 28 gang members on Tuesday last week.", "2025-05-13"),  # the weekday of the week before
    ("Police killed 28 gang members on Thursday of last week.", "2025-05-15"),
])
def test_day_expressions(text, day):
    m = one(text)
    assert m.span.date == D(day) and m.span.precision == "day"


def test_overnight_is_report_day_with_night_window():
    m = one("Russia launched 76 drones overnight at Ukraine.")
    assert m.span == DateSpan(D("2025-05-21"), D("2025-05-20"), D("2025-05-21"), "day")


@pytest.mark.parametrize("text", [
    "On 15 May, gunmen killed six people in an overnight raid on a hamlet.",
    "- 15 May, Kajuru: gunmen kill 6 in overnight attack on farming hamlet.",
])
def test_overnight_raid_on_a_day_named_is_that_day(text):
    assert one(text).span.date == D("2025-05-15")


def test_overnight_after_a_day_named_in_another_sentence_is_its_own_night():
    found = find_dates("On Monday, gunmen killed six people. Overnight, drones killed three more.", PUB)
    assert [m.span.date for m in found] == [D("2025-05-19"), D("2025-05-21")]


@pytest.mark.parametrize("text, day", [
    ("in the past week", "2025-05-18"), ("over the past seven days", "2025-05-18"),  # the middle of a week
    ("in the past 30 days", "2025-05-21"), ("over the past year", "2025-05-21"),  # a longer window: the report's day
])
def test_a_window_ending_on_the_report_day_is_dated_by_its_middle_when_short(text, day):
    assert one(text).span.date == D(day)


def test_a_quarter_is_dated_by_its_middle():
    assert one("in the fourth quarter of 2024").span.date == D("2024-11-15")


def test_last_night():
    assert one("Explosions were heard last night.").span.start == D("2025-05-20")


def test_time_range_between_two_days():
    t = "between 8 p.m. on Tuesday and 6 p.m. on Wednesday, the ministry said 262 drones were shot down"
    m = one(t)
    assert m.kind == "range" and m.text.startswith("between 8 p.m.")
    assert (m.span.date, m.span.start, m.span.end, m.span.precision) == (D("2025-05-21"), D("2025-05-20"),
                                                                          D("2025-05-21"), "day")


@pytest.mark.parametrize("text, start, end, prec", [
    ("last month", "2025-04-01", "2025-04-30", "month"),
    ("earlier this month", "2025-05-01", "2025-05-21", "month"),
    ("in August 2024", "2024-08-01", "2024-08-31", "month"),
    ("in March", "2025-03-01", "2025-03-31", "month"),
    ("in July", "2024-07-01", "2024-07-31", "month"),
    ("last week", "2025-05-12", "2025-05-18", "week"),
    ("this week", "2025-05-19", "2025-05-21", "week"),
    ("last year", "2024-01-01", "2024-12-31", "year"),
    ("in 2023", "2023-01-01", "2023-12-31", "year"),
    ("over the past 24 hours", "2025-05-20", "2025-05-21", "day"),
    ("in the past week", "2025-05-14", "2025-05-21", "week"),
    ("Earlier in the week", "2025-05-19", "2025-05-21", "week"),
    ("during the 2022 protests", "2022-01-01", "2022-12-31", "year"),
    ("between January and March", "2025-01-01", "2025-03-31", "year"),
    ("from February to April", "2025-02-01", "2025-04-30", "year"),
    ("On June 25 last year", "2024-06-25", "2024-06-25", "day"),
    ("in March this year", "2025-03-01", "2025-03-31", "month"),
    ("in recent weeks", "2025-04-21", "2025-05-21", "month"),
    ("in the first half of the year", "2025-01-01", "2025-05-21", "year"),
    ("in the first quarter of 2024", "2024-01-01", "2024-03-31", "year"),
    ("in the last quarter of 2024", "2024-10-01", "2024-12-31", "year"),
    ("during the second quarter of 2024", "2024-04-01", "2024-06-30", "year"),  # April to June, not the last three
    ("in the final three months of 2024", "2024-10-01", "2024-12-31", "year"),
    # a year as the sentence's subject
    ("2024 was the deadliest year in a decade, with 685 killed", "2024-01-01", "2024-12-31", "year"),
    ("February was the deadliest month, with 201 homicides", "2025-02-01", "2025-02-28", "month"),
])
def test_periods(text, start, end, prec):
    m = one(text)
    assert (m.span.start, m.span.end, m.span.precision) == (D(start), D(end), prec)


def test_since_month_is_a_running_window():
    m = one("the sixth to die in prison since November 2024")
    assert m.kind == "since" and m.span.date is None
    assert (m.span.start, m.span.end) == (D("2024-11-01"), PUB)


@pytest.mark.parametrize("text, start", [
    ("700,000 people have fled since the start of the year", D("2025-01-01")),
    ("since the beginning of this month", D("2025-05-01")),
    ("since the start of the week", D("2025-05-19")),
    ("3.5 million people have been displaced since the 2021 coup", D("2021-01-01")),
])
def test_since_the_start_of_a_period_or_a_dated_happening(text, start):
    m = one(text)
    assert (m.kind, m.span.date, m.span.start, m.span.end) == ("since", None, start, PUB)


@pytest.mark.parametrize("text, start, end, prec", [
    ("Between 1 and 28 May, at least 150 civilians were killed.", "2025-05-01", "2025-05-21", "month"),
    ("From 3 to 9 March 2024, 40 people died.", "2024-03-03", "2024-03-09", "week"),
    ("On April 1-2, 12 people died.", "2025-04-01", "2025-04-02", "day"),
])
def test_day_ranges_within_a_month(text, start, end, prec):
    m = one(text)
    assert (m.kind, m.span.start, m.span.end, m.span.precision) == ("range", D(start), D(end), prec)


def test_over_the_weekend():
    m = one("Strikes killed 12 people over the weekend.", D("2025-03-10"))
    assert (m.span.start, m.span.end, m.span.precision) == (D("2025-03-08"), D("2025-03-09"), "day")


@pytest.mark.parametrize("text", ["Troops found nine bodies after a weekend clash in the province.",
                                  "The weekend's clashes killed four people.",
                                  "The death toll from weekend attacks on three villages has risen to 56."])
def test_a_weekend_happening_is_the_weekend_before_the_report(text):
    m = one(text, D("2025-03-10"))
    assert (m.span.start, m.span.end, m.span.precision) == (D("2025-03-08"), D("2025-03-09"), "day")


@pytest.mark.parametrize("text", ["The strike killed 22 people travelling to a weekend market.",
                                  "The market was crowded with traders ahead of the weekend."])
def test_a_weekend_market_or_the_coming_weekend_dates_nothing(text):
    assert [d for d in find_dates(text, D("2025-03-10")) if "weekend" in d.text] == []


def test_over_the_past_day_is_the_24_hours_before_the_report():
    m = one("Shelling killed two people over the past day.")
    assert (m.span.date, m.span.start, m.span.end, m.span.precision) == (PUB, D("2025-05-20"), PUB, "day")


def test_year_range():
    m = one("governor from 2017 to 2021")
    assert m.kind == "range" and (m.span.start, m.span.end) == (D("2017-01-01"), D("2021-12-31"))


def test_report_kind():
    assert one("the Kremlin said Wednesday.").kind == "report"
    assert one("The army said on Tuesday that it won.").kind == "report"
    assert one("Drones hit the plant on Tuesday.").kind == "happening"


@pytest.mark.parametrize("text", [
    "since World War II", "the 1,000-kilometer front", "killed 2000 people", "a three-year war",
    "it may 3 times", "Kursk-II plant", "at 8 p.m.", "held for a year", "Police said 2024 people were detained.",
    "The ship was attacked at around 1930 local time.",
])
def test_not_dates(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text", ["clashes near the 13 May square", "a march along 26 July Avenue",
                                  "members of the April 6 Movement"])
def test_a_day_in_a_name_dates_nothing(text):
    assert [m.span.date for m in find_dates(text, PUB) if m.span.date] == []


def test_no_published_date():
    found = find_dates("On Tuesday, May 3, 2024 and yesterday, last month", None)
    kinds = {m.text: m.span for m in found}
    assert kinds["May 3, 2024"].date == D("2024-05-03")
    assert kinds["yesterday"].precision == "unknown" and kinds["yesterday"].date is None
    assert kinds["last month"].precision == "unknown"


def test_anchor_for_previous_day():
    m = one("the day before", anchor=D("2025-05-10"))
    assert m.span.date == D("2025-05-09")


def test_report_window():
    w = report_window(PUB)
    assert w.date == PUB and w.end == PUB and w.start < PUB and w.precision == "week"
    assert report_window(None).precision == "unknown" and report_window(None).date is None


def test_other_conflicts():
    pub = D("2025-12-07")  # a Sunday
    assert one("The army swore in 5,600 soldiers on Saturday.", pub).span.date == D("2025-12-06")
    assert one("RSF fighters stormed El Fasher in late October.", pub).span.start == D("2025-10-21")  # its last third
    assert one("Israeli strikes on Friday night killed 30.", pub).span.date == D("2025-12-05")


TRICKY = [
    ("Between 8 p.m. on Tuesday and 6 p.m. on Wednesday, 41 drones were shot down; since the end of 2023 "
    "and in early March 2024, the army (in mid-2024) said. On the 21st of May, 2025, at 11:30 p.m. local time on "
    "Sunday night, the previous day, the day before yesterday, over the past 24 hours, in the past  two weeks, "
    "a couple of days ago, twelve months ago, last week, earlier this month, late last year, this weekend."),
    ("From 2017 to 2021 and in 2019-20, the 2,024 troops; May 5, May 6 and may 7; Sun, Sat, Wed. MONDAY, "
    "SEPT. 3 and sept 4, the Jan 2024 vote, last  \n night, overnight, during the night, early this morning."),
    ("He may go in May. In March, last July, since November 2024, next month, by June 2025, through 2024, "
    "as of April, 2001 - 2003, 1999–2000 and 2022-2023-2024, in 2024 people, since early 2022, "
    "the end of 2023, in the first week, a year ago, mid-March, the previous night, İstanbul on Monday."),
    ("Between 1 and 28 May, from 3 to 9 March 2024, on May 1-28, the 1-2 May attacks, over the past day, in the "
     "last day, over the weekend. Since the beginning of the year and since the start of this month, "
     "since the 2021 coup, since the 2,021 troops, since the start of the week; since the start of the war."),
]


@pytest.mark.parametrize("published", [PUB, None, date(2024, 1, 3)])
def test_windowed_scan_finds_what_a_full_scan_finds(seed, published):
    """find_dates tries each pattern only around its anchor words; a scan of the whole text with
    every pattern must give the same mentions."""
    from etl.dates import _candidates, _choose

    texts = [*TRICKY, " ".join(TRICKY), seed.read_text(encoding="utf-8")]
    for text in texts:
        full = _choose(text, _candidates(text, published, None, full=True), published)
        assert find_dates(text, published) == full
        for sent in text.split(". "):
            assert find_dates(sent, published) == _choose(sent, _candidates(sent, published, None, full=True), published)


def test_the_night_of_two_days_is_the_night_ending_on_the_second():
    m = one("On the night of August 19 to 20, air defences destroyed drones.", published=date(2025, 8, 20))
    assert (m.span.date, m.span.start, m.span.end, m.span.precision) == (D("2025-08-20"), D("2025-08-19"),
                                                                       D("2025-08-20"), "day")


def test_a_dash_between_two_days_is_a_range():
    from etl.dates import find_dates as fd
    found = fd("Reporting period: 24 April - 7 May 2026", date(2026, 5, 9))
    assert [(d.kind, d.span.start, d.span.end) for d in found] == [("range", date(2026, 4, 24), date(2026, 5, 7))]
    found = fd("He was killed on 3 May - 2 of his sons survived", date(2026, 5, 9))
    assert [(d.kind, d.span.date) for d in found] == [("happening", date(2026, 5, 3))]


def test_a_month_and_day_just_after_publication_is_a_day_to_come_not_last_year():
    m = one("They planned attacks during the celebrations on June 14.")  # published 2025-05-21
    assert m.span.precision == "unknown"
    assert one("Talks collapsed on August 30.").span.date == D("2024-08-30")  # over two months ahead: last year


def test_a_holiday_with_its_year_is_that_years_and_a_table_cell_is_no_day_of_a_month():
    from etl.articles import finish
    from etl.events import extract_article
    from etl.readers import RawArticle
    art = finish(RawArticle(text="Raids on Christmas Eve 2023 killed nearly 200 people in Bokkos.", source_path="a",
                            title="T", published="2026-05-10"))
    assert [m["date"] for m in extract_article(art)[1]] == [date(2023, 12, 24)]
    text = ("Launches reported by the army.\n\nDate\tMissiles launched\tMissiles intercepted\n4 May\t1\t0\n6 May\t2\t2")
    art = finish(RawArticle(text=text, source_path="a", title="Tracker", published="2025-05-12"))
    assert sorted((m["metric"], m["value"], m["date"]) for m in extract_article(art)[1]) == [
        ("missiles_intercepted", 2, date(2025, 5, 6)), ("missiles_launched", 1, date(2025, 5, 4)),
        ("missiles_launched", 2, date(2025, 5, 6))]


@pytest.mark.parametrize("text, day", [
    ("12/05/2025 | Kumba | Army | 7 | 2", "2025-05-12"),  # both readings allowed: the nearer on or before publication
    ("02/05/2025 | Kumba | Army | 7 | 2", "2025-05-02"),  # day first (5 February is further back)
    ("Attack of 25/04/2025 on the market", "2025-04-25"),  # only day first is a date
    ("Attack of 04/25/2025 on the market", "2025-04-25"),  # only month first is a date
    ("Bulletin 1/2/2025", "2025-02-01"),
])
def test_slashed_dates_day_or_month_first(text, day):
    assert one(text).span.date == D(day)


@pytest.mark.parametrize("text", ["a ratio of 3/4 of the votes", "fraction 12/5/3", "the 2024/25 season", "page 3/10/20257"])
def test_slashes_that_are_no_dates(text):
    assert find_dates(text, PUB) == [] or all("/" not in m.text for m in find_dates(text, PUB))


@pytest.mark.parametrize("text,day", [
    ("Mon 19.05 | 133 | 78", "2025-05-19"),   # a weekly table's rows: weekday, day and month
    ("Fri 16/05 | 12 | 4", "2025-05-16"),
    ("Wed. 14.05: 40 drones", "2025-05-14"),
    ("Thu 5.15 | 9", "2025-05-15"),            # only month first falls on that weekday
    ("Sat 21.12 | 7", "2024-12-21"),           # a December row in a May bulletin: last year's
])
def test_a_weekday_with_day_and_month_is_that_day(text, day):
    m = one(text)
    assert m.span.date == D(day) and m.span.precision == "day"


@pytest.mark.parametrize("text", ["Tue 12.05 | 7", "Sun 3.5 km away"])  # neither reading falls on that weekday
def test_a_weekday_with_numbers_off_its_weekday_is_no_such_date(text):
    assert not any(ch.isdigit() for m in find_dates(text, PUB) for ch in m.text)


def test_a_possessive_day_after_a_speech_verb_is_the_happenings():
    m = one("The ombudsman said last week's offensive had killed at least 200 people.")
    assert m.kind == "happening" and (m.span.start, m.span.end) == (D("2025-05-12"), D("2025-05-18"))


@pytest.mark.parametrize("text", ["Crowds gathered for Palm Sunday in the city centre.", "the Good Friday agreement",
                                  "marches on the anniversary of Bloody Sunday"])
def test_a_weekday_in_a_name_is_no_day(text):
    assert find_dates(text, PUB) == []


def test_a_day_beside_a_feast_named_by_its_weekday_keeps_the_day():
    m = one("On 13 April, two missiles hit the centre of Sumy as people gathered for Palm Sunday, killing 35 civilians.")
    assert m.span.date == D("2025-04-13")


@pytest.mark.parametrize("text, start, end", [
    ("after the fighting in late January", date(2025, 1, 21), date(2025, 1, 31)),
    ("the massacre in early December 2024", date(2024, 12, 1), date(2024, 12, 10)),
    ("clashes in mid-March", date(2025, 3, 11), date(2025, 3, 20)),
    ("by the end of February 2025", date(2025, 2, 21), date(2025, 2, 28)),
])
def test_early_mid_and_late_in_a_month_are_its_thirds(text, start, end):
    d = find_dates(text, date(2025, 4, 20))[0].span
    assert (d.start, d.end) == (start, end) and d.start <= d.date <= d.end
