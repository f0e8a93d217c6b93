"""Copied text: pasted pages split into articles, furniture dropped, title/date/dateline kept."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.articles import RawArticle, article_id, finish, normalise, parse_date
from etl.readers import read_input

PUTIN = "Putin visited Russia\u2019s Kursk region for first time since Moscow said it drove out Ukrainian forces"
VENEZUELA = "Venezuela swears in 5,600 troops after US military build-up"


def read(name: str, text: str) -> list:
    warnings: list[str] = []
    arts = [finish(r) for r in read_input(name, text.encode("utf-8"), warnings.append)]
    assert warnings == []
    return arts


@pytest.fixture(scope="module")
def seed_articles(seed):
    return read(seed.name, seed.read_text("utf-8"))


def test_seed_splits_into_exactly_two_articles(seed_articles):
    got = [(a.title, a.published, a.dateline) for a in seed_articles]
    assert got == [(PUTIN, date(2025, 5, 21), "MOSCOW"), (VENEZUELA, date(2025, 12, 7), "CARACAS")]


def test_seed_body_kept(seed_articles):
    putin, venezuela = (a.text for a in seed_articles)
    assert putin.startswith("MOSCOW: President Vladimir Putin visited Russia\u2019s Kursk region")
    assert putin.endswith("It wasn\u2019t possible to independently verify the claim.")
    assert "262 drones were shot down" in putin
    assert "Ukraine says it stopped Russian attacks in Kursk" in putin  # a subheading is body
    assert venezuela.startswith("CARACAS: The Venezuelan army swore in 5,600 soldiers on Saturday")
    assert "at least 887 political prisoners" in venezuela
    assert "Venezuela swears in" not in putin and "Kursk" not in venezuela


def test_seed_furniture_gone(seed_articles):
    for art in seed_articles:
        lines = [line.strip() for line in art.text.split("\n")]
        assert "Short Url" not in lines and "Follow" not in lines
        assert not any(line.startswith("Updated") for line in lines)
        assert not any(line.startswith("\u2022") for line in lines)  # summary bullets
        assert art.title not in lines  # the repeated headline
        assert "(Reuters)" not in art.text and "still image taken from video" not in art.text
    putin, venezuela = (a.text for a in seed_articles)
    # the bullets repeat body sentences: each is left once, in the body
    assert putin.count("Putin\u2019s unannounced visit appeared to be an effort") == 1
    assert venezuela.count("deadly strikes on more than 20 vessels") == 1


def test_plain_single_article_first_line_is_title():
    text = ("Kyiv hit by overnight missile attack\n\nKYIV: Russia fired missiles at Kyiv overnight, "
            "officials said.\n\nAir defences were active for three hours.\n")
    (art,) = read("plain.txt", text)
    assert art.title == "Kyiv hit by overnight missile attack"
    assert art.published is None
    assert art.dateline == "KYIV"
    assert art.text == ("KYIV: Russia fired missiles at Kyiv overnight, officials said.\n\n"
                        "Air defences were active for three hours.")


def test_plain_text_without_title_keeps_everything():
    (art,) = read("note.txt", "Two people were killed in the strike, officials said.\n")
    assert art.title == ""
    assert art.text == "Two people were killed in the strike, officials said."


@pytest.fixture(scope="module")
def outlets(fixtures):
    return read("multi_outlets.txt", (fixtures / "multi_outlets.txt").read_text("utf-8"))


def test_other_outlets_split_with_titles_dates_datelines(outlets):
    assert [(a.title, a.published, a.dateline) for a in outlets] == [
        ("Russian drones hit Kharkiv apartment block, killing three", date(2024, 3, 3), "KHARKIV"),
        ("Ukraine says it downed 29 drones overnight", date(2024, 3, 4), "KYIV"),  # AP, time first
        ("Israel says it intercepted rocket fired from Lebanon", date(2024, 3, 5), "JERUSALEM"),
    ]


def test_other_outlets_bodies_without_furniture(outlets):
    kharkiv, kyiv, israel = (a.text for a in outlets)
    assert kharkiv == ("KHARKIV, Ukraine \u2014 Russian drones struck an apartment block in Kharkiv overnight, "
                       "killing three people and wounding 12, the regional governor said on Sunday.\n\n"
                       "Firefighters put out the blaze by morning.")
    assert kyiv.startswith("KYIV, Ukraine (AP) \u2014 Ukraine's air force said Monday")
    assert kyiv.endswith("The attack targeted energy infrastructure in the south.")
    assert israel.startswith("JERUSALEM: The Israeli military") and "Share" not in israel
    for text in (kharkiv, kyiv, israel):
        for junk in ("By Jane", "BY JOHN", "Last updated", "ago", "Listen to this article", "(Photo: AFP)",
                     "Reporting by", "Published", "Updated", "GMT", "World\n"):
            assert junk not in text


@pytest.mark.parametrize("line", ["Last updated 2 hours ago", "Published 5 minutes ago", "3 hours ago",
                                  "Updated: yesterday", "Share on Facebook", "By Jane Doe and Ivan Petrenko"])
def test_relative_times_and_share_lines_are_furniture_not_dates(line):
    from etl.readers.text import is_furniture, split_articles

    assert is_furniture(line)
    text = f"Shelling hits Donetsk\n{line}\n\nDONETSK: Shelling killed two people, officials said.\n"
    ((title, date_text, body),) = split_articles(text)
    assert (title, date_text) == ("Shelling hits Donetsk", "")
    assert body == "DONETSK: Shelling killed two people, officials said."


@pytest.mark.parametrize("line, when", [
    ("Published: March 3, 2024 10:15 am", date(2024, 3, 3)),
    ("Updated 21 May 2025", date(2025, 5, 21)),
    ("Updated 10:42 AM GMT+2, March 4, 2024", date(2024, 3, 4)),
    ("Tue 5 Mar 2024 07.30 GMT", date(2024, 3, 5)),
    ("Posted on Monday, 2 September 2024 at 14:05", date(2024, 9, 2)),
    ("Last updated: 2024-06-12", date(2024, 6, 12)),
    ("Monday, 23 November 2026 | 4 min read", date(2026, 11, 23)),  # a reading time after the date
    ("March 3, 2024 \u00b7 12 comments", date(2024, 3, 3)),
    ("Dhaka | Published: 19 November 2026, 11:42 AM | Updated: 19 November 2026, 03:15 PM", date(2026, 11, 19)),
])
def test_date_lines_of_several_outlets(line, when):
    text = f"Strike on Sumy kills two\n{line}\n\nSUMY: A strike killed two people, the governor said.\n"
    (art,) = read("a.txt", text)
    assert (art.title, art.published, art.dateline) == ("Strike on Sumy kills two", when, "SUMY")
    assert art.text == "SUMY: A strike killed two people, the governor said."


def test_date_line_above_the_headline():
    text = "Updated 21 May 2025\nShort Url\nStrike on Sumy kills two\n\nSUMY: A strike killed two people.\n"
    (art,) = read("a.txt", text)
    assert (art.title, art.published, art.text) == ("Strike on Sumy kills two", date(2025, 5, 21),
                                                    "SUMY: A strike killed two people.")


def test_text_starting_with_bracket_is_text_not_json():
    (art,) = read("a.txt", "[Photo] Shelling hits Donetsk\n\nDONETSK: Shelling killed two people.\n")
    assert art.title == "[Photo] Shelling hits Donetsk"
    assert art.text == "DONETSK: Shelling killed two people."


@pytest.mark.parametrize("body, place", [
    ("MOSCOW: President Putin said", "MOSCOW"),
    ("KYIV, Ukraine (AP) \u2014 Ukraine's air force said", "KYIV"),
    ("EL FASHER, Sudan \u2014 Shelling killed", "EL FASHER"),
    ("PORT-AU-PRINCE, Haiti (Reuters) - Gangs", "PORT-AU-PRINCE"),
    ("The army said on Monday", ""),
    ("NATO: the alliance said", "NATO"),  # limitation: an all-caps subject looks like a dateline
    ("MOSCOW, May 7. /TASS/. Air defense systems destroyed", "MOSCOW"),
    ("(Beirut) – Iranian authorities executed", "Beirut"),
    ("Nairobi, 26 June 2025 – At least 16 people", "Nairobi"),
    ("Nairobi, June 26 - At least 16 people", "Nairobi"),
    ("Police said (on Monday) - that", ""),
    ("Kenya, the country - at least", ""),
    ("Aden [Yemen], October 5 (ANI): At least 13", "Aden"),
    ("Churachandpur (Manipur) [India], October 10 (ANI): Two", "Churachandpur"),
    ("Port-au-Prince, Oct 29 (EFE).- At least 31", "Port-au-Prince"),
    ("Kyiv, 5 October: two people", ""),  # no agency: a colon alone opens no dateline
])
def test_dateline(body, place):
    from etl.readers.text import dateline_of

    assert dateline_of(body) == place


def test_id_is_a_stable_hash_of_folded_text():
    a = "Russia\u2019s \u201cdrones\u201d  hit\u00a0Kyiv.\n\nTwo killed."
    b = "Russia's \"drones\" hit Kyiv. Two killed."
    assert normalise(a) == normalise(b) == "russia's \"drones\" hit kyiv. two killed."
    assert article_id(a) == article_id(b) == article_id("\uff32ussia's \"drones\" hit Kyiv. Two killed.")  # NFKC
    assert article_id(a) != article_id("Russia's drones hit Kyiv. Three killed.")
    assert article_id("x") == "11f6ad8ec52a2984"  # sha1 of the folded text: the same on every machine


def test_finish_cleans_and_drops_empty():
    art = finish(RawArticle(text="\r\n  \r\nLine one  \r\n\r\n\r\n\r\nLine two\u00a0end\r\n", source_path="x",
                            title="  A   title ", published="2024-01-02T10:00:00Z"))
    assert (art.title, art.published, art.text) == ("A title", date(2024, 1, 2), "Line one\n\nLine two end")
    assert finish(RawArticle(text=" \n\t\n", source_path="x")) is None


@pytest.mark.parametrize("value, when", [
    ("2025-05-21", date(2025, 5, 21)), ("21 May 2025", date(2025, 5, 21)), ("May 21, 2025", date(2025, 5, 21)),
    ("Sept. 3, 2024", date(2024, 9, 3)), ("Tue, 05 Mar 2024 07:30:00 GMT", date(2024, 3, 5)),
    ("2024-01-02T10:00:00Z", date(2024, 1, 2)), ("2 hours ago", None), ("", None), (None, None),
    ("31 February 2024", None), ("yesterday", None),
    ("Published: 21/05/2025", date(2025, 5, 21)), ("21.05.2025", date(2025, 5, 21)),
    ("05/21/2025", date(2025, 5, 21)), ("03/04/2025", date(2025, 4, 3)),
])
def test_parse_date(value, when):
    assert parse_date(value) == when


LINES = ["Updated 21 May 2025", "Short Url", "Follow", "Strike on Sumy kills two", "\u2022 A bullet line",
         "MOSCOW: The Kremlin said on Tuesday it had talks.", "", "Published: March 3, 2024 10:15 am",
         "Photo of the scene (Reuters)", "Two people were killed, officials said.", "3 hours ago", "By Jane Doe"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=60)), max_size=30))
def test_any_pasted_text_reads_or_is_refused_cleanly(lines):
    """Never a crash: articles with text, or an InputError."""
    from etl.readers import InputError

    try:
        raws = read_input("fuzz.txt", "\n".join(lines).encode("utf-8", "surrogatepass"), lambda m: None)
    except (InputError, UnicodeEncodeError):
        return
    for raw in raws:
        art = finish(raw)
        assert art is None or (art.text.strip() and len(art.article_id) == 16)


def test_credit_captions_and_read_also_lines_are_furniture():
    text = ("Russian attacks kill 5 over past day\n\nby The news desk\nApril 2, 2025 10:41 AM\n2 min read\n\n"
            "Rescuers work at the site of a drone attack in Kharkiv on April 1, 2025. (State Emergency Service / Telegram)"
            "\n\nRussian attacks killed five civilians, regional authorities reported.\n\n"
            "Read also: Ukraine war latest: Russia attacks Sumy again\n\nThree people were injured in Kherson.\n")
    (art,) = read("ki.txt", text)
    assert art.published == date(2025, 4, 2)
    assert art.text == ("Russian attacks killed five civilians, regional authorities reported.\n\n"
                        "Three people were injured in Kherson.")


def test_kicker_standfirst_byline_and_closing_lines_of_a_long_form_page(fixtures):
    """Kicker, headline, standfirst right under it, "Name in City" byline, a body caption with
    "Photograph:", and "First published on ..." at the end, which starts no second article."""
    (art,) = read("guardian_style.txt", (fixtures / "guardian_style.txt").read_text(encoding="utf-8"))
    assert art.title == "Russian missile strike on Kryvyi Rih kills 18, including nine children"
    assert art.published == date(2025, 4, 5)
    assert art.text.startswith("A Russian ballistic missile strike on the central Ukrainian city of Kryvyi Rih")
    assert art.text.endswith("Ukraine's military said the claim was false.")
    for junk in ("Zelenskyy says", "Dan Sabbagh", "Photograph", "First published", "amended"):
        assert junk not in art.text


def test_standfirst_under_the_headline_is_not_body_text(fixtures):
    """Two pasted pages: headline, a standfirst ending with a full stop, "Published On" date lines
    and a "Save articles" line; the figures of the standfirst are not read twice."""
    arts = read("two_wire_pages.txt", (fixtures / "two_wire_pages.txt").read_text(encoding="utf-8"))
    assert [(a.title, a.published) for a in arts] == [
        ("Israeli strikes kill 30 in Gaza as ceasefire talks stall", date(2025, 3, 12)),
        ("Houthis claim missile attack on Israel", date(2025, 3, 13))]
    assert arts[0].text.startswith("Israeli air strikes across the Gaza Strip have killed at least 30")
    assert arts[1].text.startswith("Yemen's Houthi rebels said on Thursday")
    assert not any("Save articles" in a.text or "Health officials say" in a.text for a in arts)


def test_lists_of_other_stories_under_a_heading_are_not_body_text():
    text = ("Police detain 56 in Belgrade\nMarch 15, 2025\n\nPolice detained 56 people in Belgrade on Saturday, the "
            "interior ministry said.\n\nRELATED\nKosovo: 4 officers wounded in northern clash\n\nMost read\n"
            "Police say 9 injured in Gori stadium crush\nWatch: 5 injured as car ploughs into protesters\n\n"
            "The protests continue on Sunday, organisers said.\n")
    (art,) = read("a.txt", text)
    assert art.text == ("Police detained 56 people in Belgrade on Saturday, the interior ministry said.\n\n"
                        "The protests continue on Sunday, organisers said.")


def test_a_follow_us_line_is_no_headline():
    (art,) = read("a.txt", "Curfew extended as toll climbs\nFollow us\nJuly 20, 2024\n\nPolice arrested 532 people.\n")
    assert art.title == "Curfew extended as toll climbs"


def test_a_caption_with_a_picture_credit_between_headline_and_date_is_no_title():
    text = ("Enga tribal fight toll rises to 26\n\nRelatives mourn at a village near Wabag after the attack. Picture: "
            "SUPPLIED\n\nWednesday, November 18, 2026 - 10:14am\n\nBy KILA AIPO\n\nPORT MORESBY - At least 26 people "
            "were killed in a tribal fight in Enga province, police said on Tuesday.\n")
    arts = read("p.txt", text)
    assert [(a.title, a.published) for a in arts] == [("Enga tribal fight toll rises to 26", date(2026, 11, 18))]
    assert "Picture" not in arts[0].text and arts[0].text.startswith("PORT MORESBY - At least 26")


def test_a_caption_with_a_photo_credit_in_bars_is_no_title():
    text = ("Six killed as protests turn deadly in Nairobi\n\nProtesters run from tear gas on Moi Avenue, Nairobi, on "
            "Monday. PHOTO | JAMES KARIUKI | NAIROBI DIGEST\n\nBy Wanjiru Mwangi\nTuesday November 17 2026\n\n"
            "At least six people were killed on Monday, the commission said.\n")
    (art,) = read("a.txt", text)
    assert (art.title, art.published) == ("Six killed as protests turn deadly in Nairobi", date(2026, 11, 17))


def test_a_caption_ending_on_photo_by_is_no_title():
    text = ("Drone strike kills four in Mir Ali\n\nTribesmen gather near the house on Thursday. \u2014 Photo by the "
            "writer\n\nBy Zahid Wazir\nPublished November 20, 2026\n\nMIRAN SHAH: At least four people were killed "
            "on Thursday, officials said.\n")
    (art,) = read("a.txt", text)
    assert (art.title, art.published) == ("Drone strike kills four in Mir Ali", date(2026, 11, 20))
    assert "Photo by" not in art.text


def test_a_byline_role_line_is_no_title():
    text = ("Bandits kill six in Baringo dawn raid\n\nResidents view the bodies on Wednesday. PHOTO | KIPRONO CHEBET\n\n"
            "By KIPRONO CHEBET\nNation Correspondent\nThursday, November 19, 2026\n\n"
            "Six people were killed when armed bandits raided Chesegon village on Wednesday, police said.\n")
    (art,) = read("a.txt", text)
    assert (art.title, art.published) == ("Bandits kill six in Baringo dawn raid", date(2026, 11, 19))
    assert "Correspondent" not in art.text


def test_a_bulleted_list_of_other_stories_under_related_is_dropped():
    text = ("Militia attack kills 26 in eastern camp\n\nBUNIA - Fighters killed at least 26 people in an attack on a "
            "camp on Saturday night, a local leader said on Sunday.\n\nRelated\n"
            "- DR Congo: 40 killed in Ituri church attack\n"
            "- 'We ran with nothing': 7 million displaced in eastern Congo\n")
    (a,) = read("page.txt", text)
    assert "40 killed" not in a.text and "7 million" not in a.text
    assert "killed at least 26 people" in a.text


def test_breadcrumb_and_outlet_lines_are_not_the_title():
    text = ("Niger: soldiers killed in attack on army post, toll disputed\n\nSahel Observer\n\nHome > Africa > Niger\n\n"
            "By A. Reporter\nPublished 22 November 2026, 13:05 GMT | 5 min read\n\n"
            "NIAMEY, Nov 22 - Gunmen killed at least 21 soldiers near the town on Friday, officials said.\n")
    (a,) = read("page.txt", text)
    assert a.title == "Niger: soldiers killed in attack on army post, toll disputed"
    assert "Home > Africa" not in a.text
    (b,) = read("page.txt", text.replace("Home > Africa > Niger", "Home / Africa / Niger"))
    assert b.title == a.title


@pytest.mark.parametrize("body, dateline", [
    ("ISLAMABAD/NEW DELHI, May 8 (Reuters) - Pakistan said", "ISLAMABAD/NEW DELHI, May 8 (Reuters) - "),
    ("KABUL / PESHAWAR: Six civilians were killed", "KABUL / PESHAWAR: "),
    ("RIO DE JANEIRO, 13 March 2025 — The observatory", "RIO DE JANEIRO, 13 March 2025 — "),
])
def test_a_dateline_of_two_bureaus_is_one_dateline(body, dateline):
    from etl.readers.text import dateline_end

    assert body[:dateline_end(body)] == dateline


@pytest.mark.parametrize("pasted, cleaned", [
    ("shot down 74drones", "shot down 74 drones"),
    ("at least27 people and some 2,300people", "at least 27 people and some 2,300 people"),
    ("the 4th brigade since the 1990s, with 450kg of TNT", "the 4th brigade since the 1990s, with 450kg of TNT"),
    ("Su-27, Kh101, COVID19 and example.com/a123bcde", "Su-27, Kh101, COVID19 and example.com/a123bcde"),
])
def test_a_count_glued_to_its_word_gets_its_space_back(pasted, cleaned):
    assert finish(RawArticle(text=pasted, source_path="t")).text == cleaned


def test_links_to_other_stories_inside_the_body_are_not_body_text():
    text = ("Strike on Nabatieh\nOctober 17, 2024\n\nAn Israeli strike on Nabatieh killed five people, the health "
            "ministry said.\n\nRead more >> Three Israeli soldiers killed in south Lebanon clash\n\n"
            "Also on Channels: Troops neutralise 45 terrorists in Borno\n\nSee also: 12 hurt in Tyre\n\n"
            "Rescuers were still searching the rubble, the mayor said.\n")
    (art,) = read("a.txt", text)
    assert art.text == ("An Israeli strike on Nabatieh killed five people, the health ministry said.\n\n"
                        "Rescuers were still searching the rubble, the mayor said.")
