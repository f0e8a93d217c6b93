"""Events: typing by ACLED sub-event type, figures linked to their event, incidents across articles."""
from __future__ import annotations

from datetime import date

import pytest

from etl.articles import RawArticle, finish
from etl.events import classify, extract_article, link_incidents

TYPED = [
    ("Warplanes bombed a market in the town, residents said.", "air_drone_strike"),
    ("A drone strike hit a car on the highway.", "air_drone_strike"),
    ("Artillery shelling hit residential areas of the city overnight.", "shelling_artillery_missile_attack"),
    ("Government troops clashed with rebels near the border.", "armed_clash"),
    ("The army recaptured the town from insurgents on Monday.", "government_regains_territory"),
    ("Rebels seized control of the district capital after a week of fighting.", "non_state_actor_overtakes_territory"),
    ("Residents reported a chlorine gas attack on the suburb.", "chemical_weapon"),
    ("A roadside bomb exploded as the patrol passed.", "remote_explosive_landmine_ied"),
    ("A suicide bomber blew himself up at the checkpoint.", "suicide_bomb"),
    ("Attackers threw a grenade into the crowded bar.", "grenade"),
    ("Gunmen shot dead a village chief in his home.", "attack"),
    ("Soldiers were accused of raping women during the raid.", "sexual_violence"),
    ("Armed men abducted three aid workers on the road to the camp.", "abduction_forced_disappearance"),
    ("Thousands of people took to the streets to protest against the new law.", "peaceful_protest"),
    ("Police fired tear gas to disperse the protest outside parliament.", "protest_with_intervention"),
    ("Security forces opened fire on protesters, killing four.", "excessive_force_against_protesters"),
    ("Rioters torched cars and pelted police with stones.", "violent_demonstration"),
    ("An angry mob lynched a man accused of theft.", "mob_violence"),
    ("The two sides signed a ceasefire agreement in the capital.", "agreement"),
    ("Police arrested the opposition leader at his home.", "arrests"),
    ("Air defences intercepted the missiles over the capital.", "disrupted_weapons_use"),
    ("Allied jets had neutralised four of the objects that entered Polish airspace overnight.", "disrupted_weapons_use"),
    ("The militia set up a new base outside the town.", "headquarters_or_base_established"),
    ("Fighters looted shops and burned down houses in the village.", "looting_property_destruction"),
    ("Government forces withdrew from the town, handing over control to local elders.", "non_violent_transfer_of_territory"),
    ("The president visited troops on the front line.", "visit"),
    ("Flights were suspended at the city's airport.", "flight_suspension"),
    ("Authorities shut down mobile internet in three provinces.", "internet_shutdown"),
    ("The country deployed thousands of troops to the border.", "troop_deployment"),
    ("The ministry claimed its forces had captured the village.", "territory_claim"),
    ("An activist died in custody after his arrest last month.", "death_in_custody"),
]


@pytest.mark.parametrize("sentence,sub", TYPED, ids=[s for _, s in TYPED])
def test_sentence_typing(sentence, sub):
    typed = classify(sentence)
    assert typed is not None and typed[0] == sub, sentence
    assert sentence[typed[2]:typed[3]]  # the trigger span is inside the sentence


def test_no_event_in_plain_prose():
    assert classify("Prices for bread have doubled since the start of the year.") is None


def _article(text, title="T", published="2025-05-21", path="a"):
    return finish(RawArticle(text=text, source_path=path, title=title, published=published))


def test_figures_of_one_sentence_share_one_event():
    art = _article("Russian drone attacks killed two people and wounded five others in the Sumy region, "
                   "the regional administration said.")
    events, measures = extract_article(art)
    assert [(m["metric"], m["value"]) for m in measures] == [("killed", 2), ("injured", 5)]
    assert len({m["event_id"] for m in measures}) == 1
    (event,) = [e for e in events if e["event_id"] == measures[0]["event_id"]]
    assert event["sub_event_type"] == "air_drone_strike"
    assert event["event_type"] == "explosions_remote_violence"
    assert event["country"] == "UKR"
    assert measures[0]["country"] == "UKR" and measures[0]["admin1"] == "Sumy"
    assert art.text[event["char_start"]:event["char_end"]] == event["sentence"]


def test_interception_is_disrupted_weapons_use():
    art = _article("Russia's Ministry of Defense said 262 drones were shot down over Russian regions.")
    events, measures = extract_article(art)
    assert measures[0]["metric"] == "drones_intercepted"
    assert events[0]["sub_event_type"] == "disrupted_weapons_use"
    assert measures[0]["country"] == "RUS"


def test_event_without_a_number():
    art = _article("Flights were halted at Moscow's airports on Wednesday, the aviation authority said.")
    events, measures = extract_article(art)
    assert measures == []
    assert [(e["sub_event_type"], e["country"], e["date"]) for e in events] == \
        [("flight_suspension", "RUS", date(2025, 5, 21))]


def test_repeated_figure_is_one_row():
    art = _article("The strike killed 12 people in Kharkiv. Officials said the strike killed 12 people.")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"]) for m in measures] == [("killed", 12)]


def _rows(*articles):
    events, measures = [], []
    for a in articles:
        e, m = extract_article(a)
        events += e
        measures += m
    link_incidents(events, measures)
    return events, measures


def test_same_strike_in_two_articles_is_one_incident():
    a = _article("A Russian missile strike on Kharkiv killed seven people on Tuesday, the governor said.",
                 path="one", published="2025-05-21")
    b = _article("Seven civilians died when Russian missiles hit the city of Kharkiv on Tuesday night, "
                 "officials said.", path="two", published="2025-05-22")
    events, measures = _rows(a, b)
    killed = [m for m in measures if m["metric"] == "killed"]
    assert [m["value"] for m in killed] == [7, 7]
    inc = {e["event_id"]: e["incident_id"] for e in events}
    assert inc[killed[0]["event_id"]] == inc[killed[1]["event_id"]]


def test_different_strikes_stay_apart():
    a = _article("A missile strike on Kharkiv killed seven people on Tuesday.", path="one")
    b = _article("A missile strike on Odesa killed three people on Tuesday.", path="two")
    events, measures = _rows(a, b)
    ids = {e["event_id"]: e["incident_id"] for e in events}
    assert len({ids[m["event_id"]] for m in measures}) == 2


def test_according_to_is_no_agreement():
    assert classify("Prices rose sharply, according to the statistics office.") is None


@pytest.mark.parametrize("sentence,sub", [
    ("Militants attacked an army checkpoint, killing four soldiers.", "armed_clash"),
    ("Soldiers killed five civilians in the village.", "attack"),
])
def test_attacks_on_armed_people_are_clashes(sentence, sub):
    assert classify(sentence)[0] == sub


def test_protest_takes_its_most_severe_outcome():
    art = _article("Hundreds of students protested outside the university on Monday. Police fired tear gas "
                   "to disperse the crowd.\n\nIn another city, a march against fuel prices turned violent "
                   "when protesters torched cars.")
    events, _ = extract_article(art)
    subs = [e["sub_event_type"] for e in events]
    assert subs[0] == "protest_with_intervention"
    assert "violent_demonstration" in subs


def test_actor2_is_the_side_attacked():
    art = _article("Russia launched 76 drones overnight at Ukraine, the Ukrainian air force said.")
    events, measures = extract_article(art)
    assert (events[0]["actor1"], events[0]["actor2"], events[0]["country"]) == ("RUS", "UKR", "UKR")
    assert measures[0]["actor"] == "RUS"


def test_casualties_from_debris_are_a_strike_not_an_interception():
    art = _article("In the Kyiv region, four members of a family were injured when debris from a downed drone "
                   "hit their home, according to the regional administration.")
    events, measures = extract_article(art)
    assert measures[0]["metric"] == "injured" and measures[0]["value"] == 4
    assert events[0]["sub_event_type"] == "air_drone_strike"
    assert measures[0]["event_type"] == "explosions_remote_violence"


def test_vague_summary_beside_an_exact_count_is_not_a_second_figure():
    art = _article("The ministry said its air defences shot down dozens of drones over several regions. "
                   "In total, 262 drones were shot down, the ministry said.\n\n"
                   "Elsewhere, dozens of drones were shot down over the sea.")
    _, measures = extract_article(art)
    assert sorted((m["metric"], m["value"], m["qualifier"]) for m in measures) == [
        ("drones_intercepted", 24, "vague"), ("drones_intercepted", 262, "exact")]
    assert measures[-1]["char_start"] > art.text.index("Elsewhere")


def test_two_clauses_two_sides():
    art = _article("Israeli air strikes killed at least 12 people in southern Lebanon on Sunday, the Lebanese "
                   "health ministry said, as Hezbollah said it fired about 115 rockets at northern Israel.")
    _, measures = extract_article(art)
    rows = {m["metric"]: m for m in measures}
    assert (rows["killed"]["value"], rows["killed"]["country"], rows["killed"]["actor"]) == (12, "LBN", "ISR")
    assert rows["killed"]["claimant"] == "Lebanese health ministry"
    rockets = rows["missiles_launched"]
    assert (rockets["value"], rockets["qualifier"], rockets["country"], rockets["actor"], rockets["claimant"]) == \
        (115, "approx", "ISR", "Hezbollah", "Hezbollah")


def test_happenings_named_only_in_a_quotation_make_no_event():
    art = _article("\u201cUnder no circumstances will we allow an invasion,\u201d the colonel said on Saturday. "
                   "Only one visit from his daughter was allowed. Putin has rejected proposals for a ceasefire.")
    events, _ = extract_article(art)
    assert [e["sub_event_type"] for e in events] == []


def test_a_visit_to_a_region_bordering_a_country_is_in_the_region():
    art = _article("Putin visited Russia's Kursk region on Tuesday. He visited the region bordering Ukraine "
                   "the previous day, according to the Kremlin.")
    events, _ = extract_article(art)
    assert [(e["sub_event_type"], e["country"]) for e in events] == [("visit", "RUS"), ("visit", "RUS")]


def test_running_totals_are_dated_to_the_report():
    art = _article("More than 10 million people have been displaced within Sudan since the war began in April 2023, "
                   "the UN said on Friday.", published="2024-06-15")
    _, measures = extract_article(art)
    m = measures[0]
    assert (m["metric"], m["value"], m["country"]) == ("displaced", 10_000_000, "SDN")
    assert (m["date"], m["date_start"], m["date_end"], m["date_precision"]) == \
        (date(2024, 6, 15), date(2023, 4, 1), date(2024, 6, 15), "unknown")


def test_the_war_as_background_is_no_event():
    art = _article("Many wore the letter Z, one of the symbols of Russia's invasion of Ukraine. "
                   "The visit came even though its full-scale invasion has been slow and costly. "
                   "Their offensive has stalled, analysts said.")
    events, _ = extract_article(art)
    assert events == []


@pytest.mark.parametrize("text", [
    "Prices have doubled after months of costly fighting along the front line.",
    "Years of war have left the city in ruins.",
])
def test_a_happening_named_as_a_span_of_time_is_background(text):
    events, _ = extract_article(_article(text))
    assert events == []


def test_a_happening_after_a_span_of_calm_or_of_a_few_days_is_kept():
    events, _ = extract_article(_article("Fighting resumed on Monday after weeks of calm.", published="2025-05-21"))
    assert [(e["sub_event_type"], e["date"]) for e in events] == [("armed_clash", date(2025, 5, 19))]
    events, _ = extract_article(_article("The minister spoke in Popayan after three days of attacks in Cauca.",
                                         published="2025-05-21"))
    assert [(e["sub_event_type"], e["country"]) for e in events] == [("attack", "COL")]


def test_a_definite_back_reference_is_no_second_event():
    art = _article("Rebels launched an incursion into the province in August 2024. "
                   "The incursion was the first of its kind in a decade. "
                   "This offensive did not change the course of the war.")
    events, _ = extract_article(art)
    assert [(e["sub_event_type"], e["trigger"]) for e in events] == [("armed_clash", "incursion")]


def test_a_definite_happening_reported_first_is_kept():
    art = _article("The incursion into the province began on Monday, the army said.")
    events, _ = extract_article(art)
    assert [(e["sub_event_type"], e["trigger"]) for e in events] == [("armed_clash", "incursion")]


def test_a_date_inside_a_since_clause_does_not_date_the_happening():
    art = _article("Putin visited the Kursk region for the first time since Moscow claimed that it drove Ukrainian "
                   "forces out of the area last month, the Kremlin said Wednesday.", published="2025-05-21")
    events, _ = extract_article(art)
    assert [(e["sub_event_type"], e["date"]) for e in events] == [("visit", date(2025, 5, 21))]


def test_a_dateline_names_the_bureau_not_the_place():
    art = _article("KYIV, June 9 (Reuters) - Russia attacked Ukraine overnight with 479 drones, Ukraine's air force said.\n\n"
                   "CAIRO (AP) is not a place here either.", title="Record drone attack")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"], m["location"]) for m in measures] == \
        [("drones_launched", 479, "UKR", None)]


def test_a_wire_story_filed_from_another_country_takes_the_story_country():
    art = _article("CAIRO (AP) — Paramilitary fighters attacked a camp in Sudan's North Darfur province, killing at "
                   "least 40 people, activists said Saturday.\n\nNineteen other people were wounded, doctors said.",
                   title="Fighters attack a displacement camp in Sudan")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"]) for m in measures] == [("killed", 40, "SDN"), ("injured", 19, "SDN")]


def test_a_generic_back_reference_and_a_possessive_trigger_are_no_events():
    art = _article("Russia attacked Ukraine overnight with 479 drones, the air force said. "
                   "It said the attack mainly targeted western Ukraine. "
                   "The court met one of the protesters' main demands.")
    events, _ = extract_article(art)
    assert [e["sub_event_type"] for e in events] == ["air_drone_strike"]


def test_political_prisoners_named_without_a_count_are_no_arrest():
    art = _article("Alfredo Romero directs Foro Penal, which defends political prisoners. "
                   "The group says there are at least 887 political prisoners in Venezuela.")
    events, measures = extract_article(art)
    assert [(e["sub_event_type"], e["char_start"] > 0) for e in events] == [("arrests", True)]
    assert [(m["metric"], m["value"]) for m in measures] == [("detained", 887)]


def test_a_figure_in_a_summary_bullet_and_the_body_keeps_the_body_quote():
    art = _article("- Russian strikes killed 12 people in Kharkiv.\n- Ukraine shot down 40 drones.\n\n"
                   "KHARKIV: Russian strikes killed 12 people in Kharkiv on Monday, the governor said.")
    _, measures = extract_article(art)
    body = art.text.index("KHARKIV")
    assert [(m["metric"], m["value"], m["char_start"] > body) for m in measures] == \
        [("drones_intercepted", 40, False), ("killed", 12, True)]


def test_the_same_count_in_two_places_is_two_figures():
    art = _article("Russian shelling killed two people in Kherson, the governor said.\n\n"
                   "In the Donetsk region, two people were killed, officials said.\n\n"
                   "The two people killed in Kherson were brothers, the governor added.")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["admin1"]) for m in measures] == [("killed", 2, "Kherson"), ("killed", 2, "Donetsk")]


def test_a_figure_right_after_an_attributed_one_in_its_paragraph_shares_the_source():
    art = _article("Russia launched 78 drones at Ukraine overnight, the Air Force reported. Ukrainian forces downed "
                   "42 drones.\n\nSeparately, 3 people were killed in Kherson.")
    _, measures = extract_article(art)
    assert [(m["value"], m["claimant"]) for m in measures] == [(78, "Air Force"), (42, "Air Force"), (3, None)]


def test_a_present_perfect_total_beside_an_old_date_is_dated_to_the_report():
    art = _article("The war between the army and the RSF erupted in April 2023 and has killed tens of thousands "
                   "of people and displaced about 12 million.", published="2025-09-20")
    _, measures = extract_article(art)
    assert [(m["metric"], m["date"], m["date_start"], m["date_precision"], m["actor"]) for m in measures] == [
        ("killed", date(2025, 9, 20), date(2023, 4, 1), "unknown", None),
        ("displaced", date(2025, 9, 20), date(2023, 4, 1), "unknown", None)]


def test_a_recent_present_perfect_figure_keeps_its_day():
    art = _article("Russia has launched 300 drones at Ukraine overnight, the air force said.", published="2025-09-20")
    _, measures = extract_article(art)
    assert [(m["date"], m["date_precision"]) for m in measures] == [(date(2025, 9, 20), "day")]


def test_the_places_of_the_parts_are_not_the_place_of_the_total():
    # the parts by place after a colon are figures of their own, each with its region; the total keeps none of them
    art = _article("MOSCOW, March 11 (Reuters) - Russian air defence units destroyed 337 Ukrainian drones overnight: "
                   "126 over the Kursk region, 91 over the Moscow region and 38 over the Bryansk region, the defence "
                   "ministry said.", published="2025-03-11")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"], m["admin1"], m["location"]) for m in measures] == [
        ("drones_intercepted", 337, "RUS", None, None), ("drones_intercepted", 126, "RUS", "Kursk", None),
        ("drones_intercepted", 91, "RUS", "Moscow", None), ("drones_intercepted", 38, "RUS", "Bryansk", None)]


def test_a_breakdown_ends_where_a_new_clause_starts():
    art = _article("The attack killed seven people, including a child, and injured 20 others in Kharkiv.",
                   published="2025-06-10")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["breakdown"], m["country"], m["admin1"]) for m in measures] == [
        ("killed", 7, None, "UKR", "Kharkiv"), ("injured", 20, None, "UKR", "Kharkiv")]


def test_each_count_takes_the_weapon_named_with_it():
    art = _article("Russian forces attacked with four Iskander-M ballistic missiles and 145 Shahed-type attack drones, "
                   "the air force said.", published="2025-06-10")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["weapon"]) for m in measures] == [
        ("missiles_launched", 4, "Iskander, ballistic missile"), ("drones_launched", 145, "Shahed")]


def test_an_interception_event_follows_the_convention_of_its_figure():
    art = _article("Ukraine's air force said Russia launched 112 drones overnight, of which 73 were shot down.",
                   published="2025-06-10")
    events, measures = extract_article(art)
    assert [(m["metric"], m["country"]) for m in measures] == [("drones_launched", "UKR"), ("drones_intercepted", "UKR")]
    assert [(e["sub_event_type"], e["country"]) for e in events] == [("disrupted_weapons_use", "UKR")]


def test_an_updated_toll_replaces_the_earlier_count_of_its_paragraph():
    art = _article("Gang members stormed the town of Mirebalais on Monday, killing at least 12 people, authorities "
                   "said. Police said a police officer was also killed, raising the toll to 13.", published="2025-04-01")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"]) for m in measures] == [("killed", 13, "HTI")]


def test_an_earlier_report_beside_a_larger_toll_is_dropped():
    art = _article("Eighteen people were killed in Friday's missile strike on Kryvyi Rih, the governor said on "
                   "Saturday. Earlier, officials had reported 16 dead.", published="2025-04-05")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"]) for m in measures] == [("killed", 18, date(2025, 4, 4))]


def test_a_daily_figure_beside_a_running_toll_stays():
    art = _article("The ministry said the overall death toll in Gaza had risen to 59,106. On Monday, strikes "
                   "killed 50 people across the territory.", published="2025-07-22")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"]) for m in measures] == [("killed", 59106), ("killed", 50)]


def test_a_definite_back_reference_is_no_new_figure():
    art = _article("Three crew members were killed and at least four injured when a missile hit a bulk carrier in "
                   "the Gulf of Aden on Wednesday, Centcom said.\n\nThe ship was about 50 nautical miles south-west "
                   "of Aden when it was struck. Of the four injured, three were in critical condition.",
                   published="2024-03-07")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"]) for m in measures if m["metric"] != "missiles_hit"] == [
        ("killed", 3, None), ("injured", 4, None)]


def test_a_bracketed_dateline_is_the_bureau_not_the_place():
    art = _article("(Beirut) \u2013 Iranian authorities executed at least 975 people in 2024, Human Rights Watch "
                   "said today.", published="2025-01-30")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["country"], m["location"]) for m in measures] == [("killed", 975, "IRN", None)]


def test_a_bracketed_dateline_with_its_date_is_the_bureau_not_the_place():
    art = _article("(Dakar, June 20, 2024) \u2013 Militiamen fighting alongside Burkina Faso's army killed at least 43 "
                   "civilians in a village of the Nord region on May 18, 2024, a rights group said today.",
                   title="Burkina Faso: Militia killed at least 43 villagers", published="2024-06-20")
    _, measures = extract_article(art)
    assert [(m["value"], m["country"], m["location"], str(m["date"])) for m in measures] == [
        (43, "BFA", None, "2024-05-18")]  # not Dakar


def test_a_town_named_as_a_speakers_surname_is_no_place_of_the_article():
    art = _article("Forty-four police personnel were killed during the uprising, Police Headquarters said, "
                   "AIG Inamul Haque Sagar told reporters in Dhaka.\n\nAt least 17 officers remain missing, Sagar said.",
                   title="Police HQ: 44 personnel killed", published="2024-08-13")
    _, measures = extract_article(art)
    assert {m["country"] for m in measures} == {"BGD"}  # not India's Sagar


def test_the_date_of_a_dateline_is_the_report_day_not_the_happening():
    art = _article("Nairobi, 26 June 2025 \u2013 At least 16 people were killed during protests on Wednesday, "
                   "Amnesty Kenya said.", published="2025-06-26")
    _, measures = extract_article(art)
    assert [(m["value"], m["country"], m["date"], m["date_precision"]) for m in measures] == [
        (16, "KEN", date(2025, 6, 25), "day")]


@pytest.mark.parametrize("dateline", ["ADEN, 22 July 2024 \u2013 ", "GENEVA (22 July 2024) \u2013 "])
def test_a_capitalised_dateline_with_its_day_is_the_report_day(dateline):
    art = _article(dateline + "Four children were killed when shells struck a neighbourhood in Taiz on Saturday evening, "
                   "Save the Children said.", published="2024-07-22")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(4, date(2024, 7, 20))]


def test_years_long_past_date_a_figure_without_a_day():
    art = _article("Some 2,000 people were killed in the 2019-2020 offensive on Tripoli.", published="2025-05-13")
    _, measures = extract_article(art)
    assert [(m["value"], m["date"], m["date_start"], m["date_end"], m["date_precision"]) for m in measures] == [
        (2000, None, date(2019, 1, 1), date(2020, 12, 31), "unknown")]


def test_a_total_since_a_date_runs_from_it_beside_a_weekly_count():
    art = _article("Between 12 and 18 January, health authorities recorded 31 civilian deaths, bringing the "
                   "cumulative total since 8 December to 142 killed.", published="2025-01-20")
    _, measures = extract_article(art)
    assert [(m["value"], m["date_start"], m["date_end"]) for m in measures] == [
        (31, date(2025, 1, 12), date(2025, 1, 18)), (142, date(2024, 12, 8), date(2025, 1, 20))]


def test_a_standing_strength_is_not_dated_to_the_paragraphs_past():
    art = _article("Somalia in 2022 launched a large-scale offensive against al-Shabaab. AUSSOM has about 11,000 "
                   "troops in the country.", published="2025-05-10")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"]) for m in measures] == [("troops", 11000, date(2025, 5, 10))]


def test_a_singular_weapon_in_a_background_when_clause_is_no_figure():
    art = _article("It was the first ballistic missile launch by North Korea since January, when it fired a new "
                   "hypersonic intermediate-range missile.", published="2025-05-08")
    _, measures = extract_article(art)
    assert measures == []


def test_a_diplomatic_protest_is_no_protest_event():
    events, _ = extract_article(_article("Japan lodged a formal protest through diplomatic channels in Beijing."))
    assert events == []
    events, _ = extract_article(_article("Thousands protested in Tokyo against the new base."))
    assert [e["sub_event_type"] for e in events] == ["peaceful_protest"]


@pytest.mark.parametrize("text", [
    "The group, founded in 1964, said on Monday it had not attacked civilians.",
    "No attacks were reported overnight, the army said.",
    "The talks, the third round this year, ended without agreement in Geneva.",
    "The envoys left without reaching a ceasefire deal.",
])
def test_a_negated_happening_is_no_event(text):
    events, _ = extract_article(_article(text))
    assert events == []


def test_the_weapons_named_again_are_no_new_event():
    events, _ = extract_article(_article("Russia fired 40 missiles at Kyiv overnight. It did not say what happened to "
                                         "the missiles."))
    assert [e["sub_event_type"] for e in events] == ["shelling_artillery_missile_attack"]


def test_the_month_of_march_is_no_protest_march():
    assert classify("MOSCOW, March 4 (Reuters) - A drone strike killed 3 people.")[0] == "air_drone_strike"
    assert classify("Marchers were beaten by police.")[0] == "excessive_force_against_protesters"


@pytest.mark.parametrize("text, expected", [
    ("The army said 20 guerrillas had been captured.", None),
    ("The army said it captured the town.", "territory_claim"),
    ("About 400 families have arrived in the city's shelters.", None),
    ("The president arrived in Kyiv on Monday.", "visit"),
    ("The group, which has been fighting for over 17 years, controls parts of the south.", None),
    ("Fighting raged in the city.", "armed_clash"),
])
def test_patterns_that_do_not_apply(text, expected):
    typed = classify(text)
    assert (typed[0] if typed else None) == expected


def test_a_daily_toll_beside_the_running_total_it_raises_stays():
    art = _article("Lebanon's health ministry said Israeli strikes had killed 22 people on Tuesday, raising the total "
                   "death toll since October 2023 to 2,141.", published="2024-10-09")
    _, measures = extract_article(art)
    assert [(m["value"], m["date"], m["date_start"], m["date_precision"]) for m in measures] == [
        (22, date(2024, 10, 8), date(2024, 10, 8), "day"), (2141, date(2024, 10, 9), date(2023, 10, 1), "unknown")]


def test_an_earlier_report_in_another_paragraph_is_dropped():
    art = _article("The death toll from Friday's missile strike on Kryvyi Rih has risen to 18, the governor said.\n\n"
                   "Earlier, officials had reported 16 dead.", published="2025-04-05")
    _, measures = extract_article(art)
    assert [m["value"] for m in measures] == [18]


def test_a_since_phrase_before_the_figure_does_not_beat_its_own_day_after_it():
    art = _article("Rwandan forces, deployed in the province since July 2021 with some 4,000 troops, said they had "
                   "killed 15 insurgents in a clash near the town on Wednesday.", published="2025-02-28")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"], m["date_precision"]) for m in measures
            if m["metric"] == "killed"] == [("killed", 15, date(2025, 2, 26), "day")]


def test_a_denial_of_the_act_disputes_its_toll_not_the_interception_counts():
    art = _article("Russia pounded Kyiv with drones and missiles overnight, Ukrainian officials said. Air defenses shot "
                   "down or jammed 288 drones and three missiles, the air force said. Moscow denied hitting residential "
                   "buildings.", published="2025-07-31")
    _, measures = extract_article(art)
    assert {(m["metric"], m["country"], m["claim_status"]) for m in measures} == {
        ("drones_intercepted", "UKR", "reported"), ("missiles_intercepted", "UKR", "reported")}
    art = _article("A drone hit a minibus on Monday, killing one woman, the governor said. The General Staff denied "
                   "targeting civilian vehicles.", published="2025-06-03")
    _, measures = extract_article(art)
    assert [(m["metric"], m["claim_status"]) for m in measures if m["metric"] == "killed"] == [("killed", "disputed")]


def test_an_age_in_a_relative_clause_is_no_figure():
    art = _article("The soldiers, one of whom is 26 and the other 20, were wounded and taken to Kyiv, Zelensky said.",
                   published="2025-01-13")
    _, measures = extract_article(art)
    assert [m["value"] for m in measures] == []


def test_a_recent_arrest_wave_is_not_dated_to_the_paragraphs_past():
    art = _article("During the 2022 protests, security forces killed more than 500 people. In a wave of arrests in "
                   "recent weeks, intelligence agents detained at least 12 members of the community.",
                   published="2025-01-30")
    _, measures = extract_article(art)
    assert [(m["value"], m["date_start"].year) for m in measures] == [(500, 2022), (12, 2024)]


def test_a_later_toll_update_replaces_the_first_count_and_takes_its_place_and_day():
    art = _article("At least 9 people were killed in Kyiv overnight, the mayor said.\n\nThe death toll later rose to 12, "
                   "the mayor said.", published="2025-04-24")
    _, measures = extract_article(art)
    assert [(m["value"], m["location"], m["date"], m["date_precision"]) for m in measures] == [
        (12, "Kyiv", date(2025, 4, 24), "day")]


def test_the_place_of_a_part_does_not_place_the_next_sentence():
    art = _article("Israeli strikes killed at least 85 people across the Gaza Strip on Tuesday, according to the "
                   "territory's health ministry, including 22 in Jabalia. The Israeli military said it had struck more "
                   "than 115 targets.", published="2025-05-21")
    _, measures = extract_article(art)
    assert [(m["value"], m["admin1"], m["location"], m["claimant"]) for m in measures] == [
        (85, "Gaza Strip", None, "territory's health ministry"), (115, "Gaza Strip", None, "Israeli military")]


def test_a_chain_of_later_days_and_named_holidays():
    art = _article("On March 3, militants attacked an army post, killing 12 soldiers.\n\nTwo days later, the army said it "
                   "had killed 20 militants.\n\nA week after that, gunmen killed nine civilians.", published="2024-04-07")
    _, measures = extract_article(art)
    assert [(m["value"], m["date"], m["date_precision"]) for m in measures] == [
        (12, date(2024, 3, 3), "day"), (20, date(2024, 3, 5), "day"), (9, date(2024, 3, 12), "day")]
    art = _article("On Christmas Day, Russia fired 78 missiles at Ukraine's energy system.", published="2024-12-29")
    assert [m["date"] for m in extract_article(art)[1]] == [date(2024, 12, 25)]


@pytest.mark.parametrize("text, published, year", [
    ("Rwanda began a week of mourning to mark 30 years since about 800,000 people were killed in the genocide.",
     "2024-04-07", 1994),
    ("Thirty years ago, forces killed more than 8,000 men and boys at Srebrenica.", "2025-07-11", 1995),
    ("In the first days of the 2022 invasion, Russia launched more than 100 missiles at Ukrainian cities.",
     "2025-02-24", 2022),
    ("The 1982 massacre killed up to 3,500 civilians.", "2025-09-16", 1982),
])
def test_historical_figures_keep_their_year(text, published, year):
    _, measures = extract_article(_article(text, published=published))
    assert [(m["date_start"].year, m["date_precision"]) for m in measures] == [(year, "year")]


def test_a_since_date_describing_a_place_does_not_date_the_strike():
    art = _article("In the Yemeni capital Sanaa, which the Houthis have controlled since 2014, an air strike killed four "
                   "people on Monday.", published="2024-03-12")
    _, measures = extract_article(art)
    assert [(m["value"], m["date"], m["date_precision"]) for m in measures] == [(4, date(2024, 3, 11), "day")]


def test_a_present_perfect_total_is_not_dated_to_the_paragraphs_past():
    art = _article("Ukraine launched a surprise incursion in August. Moscow has massed tens of thousands of troops in "
                   "the region, Kyiv says.", published="2024-11-18")
    _, measures = extract_article(art)
    assert [(m["metric"], m["date"].month) for m in measures] == [("troops", 11)]


def test_a_dateline_with_place_country_and_date():
    art = _article("SRINAGAR, India, May 13 (Reuters) - Security forces killed three suspected militants in a forest "
                   "area on Sunday, police said.", published="2024-05-13")
    _, measures = extract_article(art)
    assert [(m["value"], m["country"], m["location"], m["date"]) for m in measures] == [(3, "IND", None, date(2024, 5, 12))]


def test_a_day_after_counts_back_or_forward_from_the_last_dated_happening():
    art = _article("Israeli jets struck the port of Hodeidah on Saturday. The strike came a day after a drone hit Tel "
                   "Aviv, killing one man.", published="2024-07-21")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(1, date(2024, 7, 19))]
    art = _article("Gunmen attacked the village on March 3. Two days after the attack, police arrested five suspects.",
                   published="2024-04-07")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(5, date(2024, 3, 5))]


def test_a_bulleted_list_of_parts_is_the_totals_breakdown():
    art = _article("Air strikes killed at least 19 civilians over the weekend, the NUG said on Sunday.\n\n"
                   "- Sagaing region: 12 killed\n- Magway region: 5 civilians killed\n- Rakhine state: two villagers "
                   "killed", published="2025-02-03")
    _, measures = extract_article(art)
    assert [(m["value"], m["breakdown"]) for m in measures] == [
        (19, "12 killed; 5 civilians killed; two villagers killed")]
    art = _article("Russian attacks hit several regions overnight.\n\n- Kharkiv region: 3 killed, 12 injured\n"
                   "- Sumy region: 2 killed", published="2025-02-03")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("killed", 3), ("injured", 12), ("killed", 2)]


def test_a_part_of_a_toll_given_before_is_no_new_figure():
    art = _article("At least 31 inmates died during a riot at the prison on Sunday. Of the 31 dead, 27 died of "
                   "asphyxiation and four were hanged.", published="2025-11-11")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("killed", 31)]


def test_a_later_clause_with_its_own_count_keeps_its_place_and_refugees_leave_from_home():
    art = _article("C\u00daCUTA, Colombia \u2014 More than 11,000 people have been displaced from their homes, and some "
                   "5 000 refugees have crossed into Venezuela, according to OCHA. The army said it had evacuated 120 "
                   "people by helicopter.", published="2025-01-20")
    _, measures = extract_article(art)
    assert [(m["value"], m["country"], m["location"]) for m in measures] == [
        (11000, "COL", None), (5000, "COL", None), (120, "COL", None)]


def test_a_figure_in_a_when_clause_after_since_is_dated_then():
    art = _article("It was the deadliest prison violence since September 2021, when 119 inmates were killed in the "
                   "port city.", published="2025-11-11")
    assert [(m["date_start"], m["date_precision"]) for m in extract_article(art)[1]] == [(date(2021, 9, 1), "month")]


@pytest.mark.parametrize("text", [
    "The president, who declared an internal armed conflict against gangs in January 2024, said 400 soldiers had "
    "been deployed to the prison.",
    "More than 700,000 people are now internally displaced in the country, up from 578,000 in June, the IOM said.",
    "At least 11 people were killed when rival clan militias clashed over grazing land, elders said, the latest "
    "flare-up among groups that fought side by side against the insurgents two years ago.",
])
def test_a_date_of_something_else_in_the_sentence_does_not_date_the_figure(text):
    _, measures = extract_article(_article(text, published="2025-11-11"))
    assert [m["date_start"] >= date(2025, 11, 1) for m in measures if m["pattern_id"] != "compared"] == [True]
    # the figure compared with is one of its own, of the month it names
    assert [(m["value"], m["date"].month) for m in measures if m["pattern_id"] == "compared"] == (
        [(578000, 6)] if "578,000" in text else [])


@pytest.mark.parametrize("text, published, expected", [
    ("Russia attacked Ukraine overnight with 178 drones and two missiles, the air force said, adding that air defences "
     "had shot down 130 of the drones.", "2025-03-14",
     [("drones_launched", 178, "UKR"), ("missiles_launched", 2, "UKR"), ("drones_intercepted", 130, "UKR")]),
    ("Air defense systems destroyed 524 Ukrainian drones over the past week, the Russian Defense Ministry said.",
     "2025-05-07", [("drones_intercepted", 524, "RUS")]),
    ("Pakistan said that Indian missile strikes had killed 31 civilians and wounded 57, while India said Pakistani "
     "artillery fire had killed 15 civilians.", "2025-05-08",
     [("killed", 31, "PAK"), ("injured", 57, "PAK"), ("killed", 15, "IND")]),
    ("Police said none of the 25 protesters detained on Saturday had been charged.", "2025-05-05",
     [("arrested", 25, None)]),
])
def test_regressions_found_by_re_running_the_audits(text, published, expected):
    _, measures = extract_article(_article(text, published=published))
    assert [(m["metric"], m["value"], m["country"]) for m in measures] == expected


def test_dates_of_a_toll_phrase_and_of_a_day_after():
    art = _article("The death toll from Friday's missile strike on Kryvyi Rih rose to 18 on Saturday, the governor "
                   "said.", published="2025-04-05")
    assert [m["date"] for m in extract_article(art)[1]] == [date(2025, 4, 4)]
    art = _article("The rebels said Tuesday they had fired two ballistic missiles at Israel, a day after US strikes on "
                   "Sanaa killed at least six people.", published="2025-05-06")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(2, date(2025, 5, 6)), (6, date(2025, 5, 5))]
    art = _article("Last Tuesday, Azerbaijan launched an offensive. At least 200 people were killed in the fighting, "
                   "officials said, before a ceasefire was agreed the following day.", published="2023-09-25")
    assert [m["date"] for m in extract_article(art)[1]] == [date(2023, 9, 19)]


def test_claims_called_false_running_totals_since_and_compared_dates():
    art = _article("The ministry said claims that 300 soldiers had died in the strike were false.", published="2025-02-21")
    assert [(m["value"], m["claim_status"]) for m in extract_article(art)[1]] == [(300, "disputed")]
    art = _article("Security forces arrested 1,031 people since July 2024, the security secretary said at a news "
                   "conference on Thursday.", published="2025-02-15")
    assert [(m["date_start"], m["date_precision"]) for m in extract_article(art)[1]] == [(date(2024, 7, 1), "unknown")]
    art = _article("More than 1 million people are now internally displaced, triple the number from a year ago, the "
                   "IOM said.", published="2025-04-01")
    assert [m["date_start"].year for m in extract_article(art)[1]] == [2025]


@pytest.mark.parametrize("text, published, expected", [
    ("Not a single one of the 18 missiles was intercepted, the military admitted.", "2025-08-12",
     [("missiles_launched", 18, "week")]),
    ("Sudan's war, which began in April 2023, has killed tens of thousands of people.", "2025-05-02",
     [("killed", 20000, "unknown")]),
    ("The General Staff said that Russia had launched 126 drones at Ukraine overnight, of which 79 were shot down.",
     "2025-03-11", [("drones_launched", 126, "day"), ("drones_intercepted", 79, "day")]),
])
def test_regressions_found_by_the_last_re_run(text, published, expected):
    _, measures = extract_article(_article(text, published=published))
    assert [(m["metric"], m["value"], m["date_precision"]) for m in measures] == expected


def test_a_disclaimer_about_all_accounts_and_places_of_later_counts():
    art = _article("A drone strike in the Amhara region killed at least 30 people on Sunday, three residents said. "
                   "Another resident put the death toll at 34. Reuters could not independently verify the residents' "
                   "accounts.", published="2025-03-04")
    assert [m["claim_status"] for m in extract_article(art)[1]] == ["unverified", "unverified"]
    art = _article("A dozen police officers were wounded on Monday. Five people were killed in Sonora.",
                   published="2025-03-14")
    assert [(m["value"], m["admin1"]) for m in extract_article(art)[1]] == [(12, None), (5, "Sonora")]
    art = _article("Gunmen killed six people, including two minors, at a car wash in Culiac\u00e1n on Friday night, "
                   "prosecutors said.", published="2025-02-15")
    assert [m["location"] for m in extract_article(art)[1]] == ["Culiac\u00e1n"]


def test_a_disclaimer_of_one_partys_figures_and_a_since_date_of_a_place():
    art = _article("Israel's military said it killed 20 militants in the operation. The Gaza health ministry said 45 "
                   "civilians were killed. Reuters could not independently verify the ministry's figures.",
                   published="2025-03-04")
    assert [m["claim_status"] for m in extract_article(art)[1]] == ["reported", "unverified"]
    art = _article("In Sanaa, which the Houthis have controlled since 2014, an air strike killed four people.",
                   published="2024-03-12")
    assert [(m["date_start"], m["date_precision"]) for m in extract_article(art)[1]] == [(date(2024, 3, 6), "week")]


@pytest.mark.parametrize("text, published, day", [
    ("Seven soldiers were killed on Sunday, June 14, the army said.", "2026-06-21", date(2026, 6, 14)),
    ("Gunmen killed 38 civilians in an overnight attack on a village on Thursday.", "2026-06-21", date(2026, 6, 18)),
    ("Russia launched 502 drones at Ukraine overnight on Aug. 28, the air force said.", "2025-09-03", date(2025, 8, 28)),
    # "this year" after a superlative is a yardstick: the report day dates the attack
    ("Jihadists killed around 50 soldiers in Djibo, sources said on Monday, one of the deadliest attacks this year.",
     "2025-08-04", date(2025, 8, 4)),
])
def test_the_day_named_beats_a_weekday_overnight_or_yardstick(text, published, day):
    _, measures = extract_article(_article(text, published=published))
    assert [(m["date"], m["date_precision"]) for m in measures] == [(day, "day")]


def test_the_next_sentence_dates_the_lede_when_it_goes_on_about_it():
    art = _article("Militants killed at least 17 soldiers in an attack on a base in Marte, officers said Wednesday. "
                   "The fighters attacked the base late Monday with gun trucks.", published="2026-03-18")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(17, date(2026, 3, 16))]
    # not when the next sentence reports counts of its own, or a total since a day
    art = _article("Militants killed at least 17 soldiers in an attack on a base, officers said Wednesday. "
                   "The army said it killed 40 fighters near the town on Monday.", published="2026-03-18")
    assert [(m["value"], m["date"]) for m in extract_article(art)[1]] == [(17, date(2026, 3, 18)), (40, date(2026, 3, 16))]


def test_a_one_sentence_paragraph_dates_the_counts_that_follow_it():
    text = ("Jihadists stormed the army base in Djibo early on Saturday.\n\n"
            "At least 40 soldiers were killed and about 30 others wounded, a security source said.")
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published="2025-08-04"))[1]] == [
        (40, date(2025, 8, 2)), (30, date(2025, 8, 2))]
    # a new place or topic opens a new happening; a paragraph with counts of its own dates only those
    for first in ("Jihadists stormed the army base in Djibo early on Saturday.\n\nIn Niger, ",
                  "Police detained 300 people in the capital on Saturday.\n\n"):
        art = _article(first + "At least 40 soldiers were killed, a security source said.", published="2025-08-04")
        assert next(m["date"] for m in extract_article(art)[1] if m["value"] == 40) != date(2025, 8, 2)


def test_a_summary_bullet_or_a_quotation_restating_a_figure_is_one_row():
    text = ("Two people were killed in Lviv and nine were wounded in the city of Lutsk.\n\nKey developments:\n"
            "- Two killed, 14 injured in Lviv; nine injured in Lutsk")
    rows = extract_article(_article(text, published="2025-07-14"))[1]
    assert sorted((m["metric"], m["value"], m["location"]) for m in rows) == [
        ("injured", 9, "Lutsk"), ("injured", 14, "Lviv"), ("killed", 2, "Lviv")]
    text = ("Police arrested 64 people in Belgrade on Saturday night.\n\n"
            "\"Sixty-four people have been detained,\" the minister told reporters on Sunday.")
    assert [(m["metric"], m["value"]) for m in extract_article(_article(text, published="2026-09-14"))[1]] == [
        ("arrested", 64)]


def test_a_figure_compared_with_is_a_figure_of_the_time_it_names():
    text = ("Russia launched 7,140 drones at Ukraine in October, twice as many as the 3,560 it launched in "
            "October 2025, and up from just 340 in October 2023.")
    rows = extract_article(_article(text, published="2026-11-04"))[1]
    assert [(m["metric"], m["value"], m["date_precision"], m["date"].year, m["date"].month) for m in rows] == [
        ("drones_launched", 7140, "month", 2026, 10), ("drones_launched", 3560, "month", 2025, 10),
        ("drones_launched", 340, "month", 2023, 10)]
    # a time only relative to another one ("the previous three months") dates nothing: no row; "a year
    # earlier", "the month before", "the same period last year" date it from the figure compared with
    rows = extract_article(_article("Gangs killed at least 1,520 people in March, up from 1,086 in the previous three "
                                    "months.", published="2026-06-21"))[1]
    assert [m["value"] for m in rows] == [1520]
    rows = extract_article(_article("Gangs killed at least 1,520 people in March, up from 1,086 a year earlier.",
                                    published="2026-06-21"))[1]
    assert [(m["value"], m["date"].year, m["date"].month, m["date_precision"]) for m in rows] == [
        (1520, 2026, 3, "month"), (1086, 2025, 3, "month")]


@pytest.mark.parametrize("text, expected", [
    # a note of its own paragraph reaches back over a paragraph without figures
    ("A drone strike hit a market on Saturday, killing at least 31 people, a doctors' group said.\n\n"
     "The RSF did not respond to a request for comment.\n\nReuters could not independently verify the casualty figures.",
     [(31, "unverified")]),
    # closing a paragraph of the ministry's figures, it covers the ministry's toll before
    ("Israeli strikes killed at least 38 Palestinians, the health ministry said.\n\n"
     "The ministry said another 161 people were wounded. Its figures could not be independently verified.",
     [(38, "unverified"), (161, "unverified")]),
    # not figures of another source in an earlier paragraph
    ("More than 6,000 people have been killed since 2017, according to ACLED data.\n\n"
     "The army said it had killed 15 insurgents on Wednesday. The claim could not be independently verified.",
     [(6000, "reported"), (15, "unverified")]),
    # a source it names: only that source's figures
    ("Police said 12 people were arrested. Residents said 40 people were wounded.\n\n"
     "The Observer could not verify the residents' accounts.",
     [(12, "reported"), (40, "unverified")]),
    # a note about its own sentence reaches nothing before it
    ("Officials said 20 people were killed in the town.\n\n"
     "The army said its air force had shot down five jets, a claim the rebels have not confirmed.",
     [(20, "reported")]),
    # naming the figures, it reaches them over paragraphs of reactions with none
    ("Air strikes on the fuel port killed at least 38 people and wounded 102 others, the health ministry said.\n\n"
     "A spokesman said the toll could rise. Most of the victims were port workers, he said.\n\n"
     "The US military said its forces had struck the port, but did not comment on casualties. An official said the "
     "military was reviewing the reports.\n\nThe figures could not be independently verified.",
     [(38, "unverified"), (102, "unverified")]),
    # and after a sentence with no count in its own paragraph
    ("Gunmen killed 12 villagers on Sunday, local officials said. The army did not comment on casualties. "
     "The Associated Press could not independently verify the toll.", [(12, "unverified")]),
    # but "the claim" so far away is another claim's
    ("Air strikes on the fuel port killed at least 38 people, the health ministry said.\n\n"
     "A spokesman said the toll could rise. Most of the victims were port workers, he said.\n\n"
     "The group said it had also shot down an American drone. We could not independently verify the claim.",
     [(38, "reported"), (1, "unverified")]),
])
def test_a_disclaimer_reaches_the_figures_it_is_about(text, expected):
    rows = extract_article(_article(text, published="2025-09-14"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == expected


def test_a_heading_line_repeating_the_body_keeps_the_bodys_sentence():
    text = ("20:55 EAT \u2014 Rights commission: 11 dead, 52 injured\n\n"
            "The rights commission says 11 people were killed and 52 injured during today's protests.")
    rows = extract_article(_article(text, published="2025-07-07"))[1]
    assert [(m["value"], m["quote"], m["claimant"]) for m in rows] == [
        (11, "11 people were killed", "rights commission"), (52, "52 injured", "rights commission")]


def test_a_count_adding_to_a_happening_told_before_takes_its_day():
    text = ("Gunmen killed at least 11 civilians in the village on Sunday, officials said.\n\n"
            "\"They came with machetes,\" said a community leader.\n\n"
            "The district administrator said six other people were wounded.")
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published="2026-01-13"))[1]] == [
        (11, date(2026, 1, 11)), (6, date(2026, 1, 11))]
    # not a total given "more than", nor a standing count
    text = ("Gunmen killed at least 11 civilians in the village on Sunday, officials said.\n\n"
            "More than 3.5 million people have been displaced by the conflict.")
    assert [m["date"] for m in extract_article(_article(text, published="2026-01-13"))[1]][1] != date(2026, 1, 11)


@pytest.mark.parametrize("text, published, expected", [
    # the day of a cause in the next sentence is not the happening's
    ("He said nine fighters had been killed. The clashes erupted after explosions in the capital on Thursday.",
     "2026-10-11", [(9, date(2026, 10, 11))]),
    # "since February 3, when ...": the figure of the when-clause happened that day
    ("The attack was the largest since February 3, when Russia fired 450 drones.", "2026-02-14", [(450, date(2026, 2, 3))]),
    # "three days after" counts back from the day of the statement when no happening was dated
    ("Troops killed nine militants, the military said on Monday. The operation came three days after a suicide "
     "bomber rammed a checkpost, killing five police officers.", "2026-03-16", [(9, date(2026, 3, 16)), (5, date(2026, 3, 13))]),
    # a since-clause that tells the figure's own happening: its day
    ("Tensions have soared since gunmen killed 14 pilgrims in the district on 2 May.", "2026-05-08",
     [(14, date(2026, 5, 2))]),
    # a group claims the attack on a later day: the attack's day
    ("Militants stormed an army post early on Saturday. The group claimed the attack on Monday, saying it had killed "
     "73 soldiers.", "2026-05-27", [(73, date(2026, 5, 23))]),
    # a present perfect in another clause does not make the figure a running count
    ("Violence has continued to rise: the country recorded 8,248 homicides last year.", "2026-10-02",
     [(8248, date(2025, 7, 1))]),
])
def test_days_from_causes_since_clauses_and_statements(text, published, expected):
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published=published))[1]] == expected


def test_a_town_followed_by_the_country_it_is_in_is_of_that_country():
    # Bwera and Tirah are in the gazetteer only as towns of Pakistan and Israel
    assert [(m["value"], m["country"], m["location"]) for m in extract_article(_article(
        "Two people were killed in Bwera, Uganda, on Tuesday.", published="2026-03-05"))[1]] == [(2, "UGA", "Bwera")]
    assert [(m["value"], m["country"]) for m in extract_article(_article(
        "Troops raided a hideout in the Tirah valley in Pakistan's Khyber district on Monday night, killing 23 "
        "militants.", published="2026-08-19"))[1]] == [(23, "PAK")]
    # the country after a comma that starts a clause of its own is not the town's
    assert [(m["value"], m["country"]) for m in extract_article(_article(
        "Israeli strikes killed 12 people in Gaza, Israel's military said.", published="2026-08-19"))[1]] == [(12, "PSE")]


def test_a_town_named_with_a_region_word_then_alone_is_one_local_namesake():
    text = ("PESHAWAR, Pakistan - Pakistani troops raided a hideout in the Tirah valley on Monday night, the army said. "
            "Pakistan's military said four soldiers had been killed.\n\n"
            "The Pakistani Taliban said their fighters had ambushed a convoy in Tirah and killed 16 soldiers.")
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-08-19"))[1]] == [
        (4, "PAK"), (16, "PAK")]


def test_a_figure_told_again_takes_the_caveat_the_body_puts_on_it():
    text = ("Rebels said they killed 16 soldiers in an ambush near Kidal, Mali, on Monday.\n\n"
            "In a statement, the rebels said they killed 16 soldiers near Kidal on Monday. The claim could not be "
            "independently verified.")
    assert [(m["value"], m["claim_status"]) for m in extract_article(_article(text, published="2026-08-19"))[1]] == [
        (16, "unverified")]


def test_a_town_of_a_country_named_nowhere_else_is_a_local_namesake():
    text = ("RSF fighters attacked villages in North Kordofan, Sudan's army said. Sudan's government condemned "
            "the attack on Sudanese civilians. In the nearby town of Bara, a rights group said that the fighters "
            "had killed 19 civilians.")  # Bara in the gazetteer is a town in Nigeria
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2025-09-14"))[1]] == [
        (19, "SDN")]
    # a name of several countries is read by the article's other places
    text = ("BACOLOD, Philippines - Fighting forced some 1,400 people to flee their homes in Buenavista, officials said.")
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-06-06"))[1]] == [
        (1400, "PHL")]
    # a name only of countries the article names nowhere: a local namesake the gazetteer lacks (Junin is a
    # town of Argentina and of Colombia, and a region of Peru)
    text = "Police in Peru said 12 people were killed in clashes in Junín on Sunday."
    assert [(m["value"], m["country"], m["location"]) for m in extract_article(_article(text))[1]] == [
        (12, "PER", None)]


def test_one_person_told_of_after_a_small_count_is_one_of_them():
    text = "Two people were injured, the mayor said. A teenager was hospitalized with shrapnel wounds, he added."
    rows = extract_article(_article(text))[1]
    assert [(m["value"], m["breakdown"]) for m in rows] == [(2, "A teenager was hospitalized")]
    # not of another place, nor of a large toll in another paragraph
    rows = extract_article(_article("Two people were killed in Kherson. A soldier was killed in the Donetsk region."))[1]
    assert [m["value"] for m in rows] == [2, 1]
    text = "The toll since the war began rose to 61,499 killed.\n\nOn Monday the army said a soldier was killed."
    assert [m["value"] for m in extract_article(_article(text))[1]] == [61499, 1]


def test_a_clause_with_a_count_of_its_own_keeps_its_place_and_day():
    text = ("In neighbouring Mali, the army said it killed 23 militants, while in Niger at least 17 soldiers were killed "
            "on July 8.")
    rows = extract_article(_article(text, published="2026-08-03"))[1]
    assert [(m["value"], m["country"], m["date"] == date(2026, 7, 8)) for m in rows] == [
        (23, "MLI", False), (17, "NER", True)]
    text = "In June 2023, gunmen killed about 30 people in the village, and in March this year an attack killed 11."
    rows = extract_article(_article(text, published="2026-08-03"))[1]
    assert [(m["value"], m["date"].year, m["date"].month) for m in rows] == [(30, 2023, 6), (11, 2026, 3)]


def test_interceptions_told_after_a_launch_are_where_the_weapons_flew():
    text = ("KYIV - Russia launched 6,847 drones at Ukraine in September, the air force said.\n\n"
            "The air force reported that 6,196 drones were shot down in September.")
    art = finish(RawArticle(text=text, source_path="t", title="Russia's drone barrage was heaviest yet",
                            published="2026-10-02"))
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(6847, "UKR"), (6196, "UKR")]


def test_two_days_earlier_counts_back_from_the_happening_before():
    text = "Gunmen attacked the town on August 18, killing nine people. Two days earlier, 16 soldiers were killed nearby."
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published="2026-08-20"))[1]] == [
        (9, date(2026, 8, 18)), (16, date(2026, 8, 16))]


def test_another_source_a_displaced_demonym_and_dated_headings():
    text = ("Gunmen stormed the base on Tuesday morning, killing 40 soldiers, a security source said. "
            "Another source said at least 63 people had been killed.")
    assert [m["date"] for m in extract_article(_article(text, published="2026-09-17"))[1]] == [date(2026, 9, 15)] * 2
    text = "Hezbollah fired rockets from Lebanon, the army said. Lebanon denied it.\n\nSome 60,000 Israelis were evacuated."
    assert [(m["value"], m["country"]) for m in extract_article(_article(text))[1]] == [(60000, "ISR")]
    text = ("Fighting continued across the region.\n\nKey figures as of 31 October 2026:\n\n"
            "- 58 people killed in attacks on villages\n- 12,000 people newly displaced")
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published="2026-11-05"))[1]] == [
        (58, date(2026, 10, 31)), (12000, date(2026, 10, 31))]


def test_troops_from_other_countries_are_placed_where_they_serve():
    text = ("The mission has about 1,000 personnel from Kenya, Jamaica, Guatemala, El Salvador and the Bahamas "
            "in Haiti, officials said.")
    assert [(m["value"], m["country"]) for m in extract_article(_article(text))[1]] == [(1000, "HTI")]


def test_a_when_clause_after_a_war_began_is_dated_then_and_placed_apart():
    text = ("Israeli strikes killed 30 people in Gaza City on Tuesday. More than 57,000 Palestinians have been killed "
            "since the war began on Oct. 7, 2023, when Hamas-led militants killed around 1,200 people in southern Israel.")
    rows = extract_article(_article(text, published="2026-07-03"))[1]
    assert [(m["value"], m["country"], m["date"]) for m in rows][1:] == [
        (57000, "PSE", date(2026, 7, 3)), (1200, "ISR", date(2023, 10, 7))]


def test_a_count_in_another_place_s_clause_takes_not_the_first_clause_s_day():
    # the lede's "while in Syria ... killed seven" is told again in the body with its own day: one row, that day
    text = ("Drones struck an oil field in Iraq's Kurdistan region on Saturday, wounding three workers, the ministry "
            "said, while in neighbouring Syria an attack killed seven members of the security forces.\n\n"
            "In Syria, militants attacked a checkpoint in Deir el-Zor late on Friday, killing seven members of the "
            "security forces.")
    rows = extract_article(_article(text, published="2026-08-15"))[1]
    assert [(m["value"], m["country"], m["date"]) for m in rows] == [
        (3, "IRQ", date(2026, 8, 15)), (7, "SYR", date(2026, 8, 14))]


def test_a_deadline_in_the_next_sentence_is_no_day_of_the_happening():
    text = ("A drone strike on a market killed at least 31 people on Monday, witnesses said. \"I counted 31 bodies "
            "myself,\" said a health worker. He said 47 wounded people had been brought to the hospital by Tuesday evening.")
    rows = extract_article(_article(text, published="2026-03-18"))[1]
    assert [(m["metric"], m["value"], m["date"]) for m in rows] == [
        ("killed", 31, date(2026, 3, 16)), ("injured", 47, date(2026, 3, 17))]


def test_an_interview_answer_is_its_speaker_s():
    text = ("We spoke to Colonel Jean Mbala, who heads the security council.\n\n"
            "Q: What happened at the camp?\n\n"
            "Mbala: On the night of 19 May, fighters attacked the camp. We have counted 34 dead. Another 40 people "
            "were wounded.\n\n"
            "Update: Kharkiv: Two people were injured on Monday.")
    rows = extract_article(_article(text, published="2026-05-27"))[1]
    assert [(m["value"], m["claimant"], m["date"]) for m in rows] == [
        (34, "Colonel Jean Mbala", date(2026, 5, 19)), (40, "Colonel Jean Mbala", date(2026, 5, 19)),
        (2, None, date(2026, 5, 25))]  # a heading label or a place names no speaker


def test_an_upper_case_speaker_label_takes_the_name_as_told_before_on_one_line():
    text = ("Speakers: Colonel Tomasz Wierzbicki, spokesman of the Operational Command.\n\n"
            "MODERATOR: We begin with a statement from the Operational Command.\n\n"
            "WIERZBICKI: Nobody was killed. Two people were lightly injured by broken glass on Thursday.")
    rows = extract_article(_article(text, published="2026-06-12"))[1]
    assert [(m["metric"], m["value"], m["claimant"]) for m in rows] == [("injured", 2, "Colonel Tomasz Wierzbicki")]


def test_an_answer_label_is_the_interviewee_presented_before_the_first_question():
    text = ("Amina Yusuf is the field coordinator for the Danish Refugee Council in eastern Chad. She spoke to us "
            "by phone on Tuesday.\n\n"
            "Q: What is happening at the border?\n\n"
            "A: We have registered about 9,000 new arrivals since Thursday.\n\n"
            "Q. And the army?\n\n"
            "A. The Chadian army has deployed around 800 soldiers along the border.")
    rows = extract_article(_article(text, published="2026-08-12"))[1]
    assert [(m["metric"], m["value"], m["claimant"]) for m in rows] == [
        ("displaced", 9000, "Amina Yusuf (Danish Refugee Council)"),
        ("troops", 800, "Amina Yusuf (Danish Refugee Council)")]


def test_an_interviewee_opening_the_introduction_with_what_she_does():
    text = ("Dr Amna Tahir coordinates the emergency response of a medical charity in South Kordofan. She spoke to us "
            "on Wednesday.\n\nQ: What is the situation this week?\nA: Very bad. On Monday the RSF shelled the central "
            "market. We counted 19 dead in the market alone.")
    rows = extract_article(_article(text, published="2026-07-23"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(19, "Dr Amna Tahir")]


def test_a_paragraph_opening_with_a_is_no_answer_outside_an_interview():
    text = ("Amina Yusuf, the field coordinator for the Danish Refugee Council, visited the camp on Tuesday.\n\n"
            "A Russian drone killed five people in Kherson on Monday.")
    rows = extract_article(_article(text, published="2026-08-12"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(5, None)]


def test_a_disclaimer_reaches_the_same_source_named_shorter_and_a_singular_one_the_nearest_figure():
    text = ("An army spokesperson said air defences had shot down 47 drones overnight. Debris fell on a field.\n\n"
            "\"The enemy attempted attacks at 26 locations,\" the spokesperson said. The figures could not be "
            "independently verified.")
    rows = extract_article(_article(text, published="2026-05-08"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(47, "unverified"), (26, "unverified")]
    text = ("Militants attacked a base on Sunday, killing 17 soldiers, the army said.\n\n"
            "Army spokesman General Ali Musa said troops had killed 96 assailants. The figure could not be "
            "independently verified.")
    rows = extract_article(_article(text, published="2026-02-24"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(17, "reported"), (96, "unverified")]


def test_troops_of_two_sides_are_two_figures_even_of_one_size():
    text = "Rwanda has about 5,000 troops in Cabo Delgado. Tanzania has deployed 5,000 soldiers in the province too."
    rows = extract_article(_article(text, published="2026-11-05"))[1]
    assert [(m["value"], m["actor"]) for m in rows] == [(5000, "RWA"), (5000, "TZA")]


def test_the_source_of_a_contrasting_clause_is_not_the_first_figure_s():
    text = ("The think tank recorded 118 attacks in October. Those attacks killed 92 civilians, while security forces "
            "said they killed 214 militants.")
    rows = extract_article(_article(text, published="2026-11-02"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [
        (118, "think tank"), (92, "think tank"), (214, "security forces")]
    # a source at the end covers every clause
    text = "A strike killed four people, while three were killed in another strike, according to the news agency."
    rows = extract_article(_article(text, published="2026-11-02"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(4, "news agency"), (3, "news agency")]


def test_a_key_figure_tagged_as_an_estimate_is_approximate():
    text = "Key figures:\n\n- 52,000 people newly displaced in Upper Nile since 3 April (estimate)"
    rows = extract_article(_article(text, published="2026-04-17"))[1]
    assert [(m["value"], m["qualifier"]) for m in rows] == [(52000, "approx")]


def test_a_denial_by_the_figure_s_own_source_disputes_not_its_figure():
    text = ("Police said they had arrested 11 people. Activists accused security forces of siding with armed mobs, "
            "a charge the state police denied.")
    rows = extract_article(_article(text, published="2026-03-30"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [(11, "Police", "reported")]
    text = ("Separatists killed six soldiers in an ambush on Thursday, according to the defence ministry. A separatist "
            "commander, speaking in a video, claimed his fighters had killed \"more than 20 soldiers\", a claim the "
            "ministry dismissed as \"lies\".")
    rows = extract_article(_article(text, published="2026-07-08"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [
        (6, "defence ministry", "reported"), (20, "A separatist commander", "disputed")]


@pytest.mark.parametrize("text, published, expected", [
    # the next sentence dates the lede, also when it is somebody's statement about the happening
    ("Fighters killed 44 civilians at a mosque, the government said. The attack took place Monday in the village, the "
     "ministry said in a statement read on state television late Tuesday.", "2026-04-22", [(44, date(2026, 4, 20))]),
    ("Bandits killed 31 villagers in an attack on a farming community, police said. Police spokesman Ali Musa said the "
     "attackers stormed the village late on Sunday.", "2026-07-21", [(31, date(2026, 7, 19))]),
    ("An air strike killed 19 civilians, a rescue worker said Wednesday. The jet bombed a monastery where families were "
     "sheltering late on Monday, said a member of a local rescue team.", "2026-08-05", [(19, date(2026, 8, 3))]),
    # a year naming the happening
    ("The group staged some of the deadliest attacks in the country, including the 2013 siege of a shopping mall in "
     "Nairobi in which 67 people were killed.", "2026-06-09", [(67, date(2013, 7, 1))]),
    # another side's count of the happening told just before: its day
    ("Gunmen attacked a camp on Tuesday, killing nine soldiers, the military said. In a statement, the group said its "
     "fighters had killed \"more than 40 personnel\".", "2026-10-08", [(9, date(2026, 10, 6)), (40, date(2026, 10, 6))]),
    # not a plan told in the next sentence
    ("Police said 11 people were detained after a scuffle. Student leaders said they would hold another rally on "
     "Sept 20.", "2026-09-13", [(11, date(2026, 9, 13))]),
    # a day opening the sentence of a claim is the day it was claimed: the attack's day told before
    ("Jihadists attacked an army base in the north on Saturday, killing 20 soldiers, the army said.\n\nOn Monday, the "
     "group claimed on its propaganda channel that its fighters had killed \"more than 60\" soldiers.", "2025-04-03",
     [(20, date(2025, 3, 29)), (60, date(2025, 3, 29))]),
    ("Militants ambushed a convoy near the town on Saturday, the army said.\n\nIn a statement read on national "
     "television on Monday, the general staff said 12 soldiers had died.", "2025-06-23",
     [(12, date(2025, 6, 21))]),
    # but a day opening a sentence of a happening is its own
    ("Gunmen attacked a village on Saturday. On Monday, gunmen killed 5 people in a nearby town, police said.",
     "2025-04-03", [(5, date(2025, 3, 31))]),
    # a toll raised "when gunmen stormed the town", the storming's day told two paragraphs on ("before dawn" is a time)
    ("The number of people killed when gunmen stormed the town has risen to 53, the civil protection agency said on "
     "Thursday.\n\nResidents said the gangs burned dozens of homes.\n\nThe attack began before dawn on Sunday, when "
     "hundreds of gang members entered the town from several directions.", "2025-04-03", [(53, date(2025, 3, 30))]),
])
def test_days_from_the_next_sentence_a_named_year_and_a_rival_claim(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert [(m["value"], m["date"]) for m in rows] == expected


def test_a_named_source_s_toll_is_unverified_and_an_accusation_rejected_disputed():
    text = ("Fighters killed 23 soldiers in an attack on a base, the army said Wednesday. \"Our men fought bravely and 31 "
            "others were wounded,\" army spokesman Ali Musa said. The toll given by the army could not be independently "
            "verified.")
    rows = extract_article(_article(text, published="2026-03-11"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(23, "unverified"), (31, "unverified")]
    text = ("Human Rights Watch said soldiers had executed at least 12 civilians in November, an accusation the "
            "defense ministry rejected.")
    rows = extract_article(_article(text, published="2026-04-22"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(12, "disputed")]


def test_a_later_day_told_after_the_figure_in_its_clause_dates_it():
    text = ("On 3 May, forces detained 31 civilians in the district. Twelve of them were released ten days later on "
            "the guarantee of local elders.")
    rows = extract_article(_article(text, published="2026-08-12"))[1]
    assert [(m["value"], m["date"]) for m in rows] == [(31, date(2026, 5, 3)), (12, date(2026, 5, 13))]


@pytest.mark.parametrize("outlet, claimant", [
    ("UN OCHA", "UN OCHA"), ("Ministry of Defence of the Russian Federation", "Ministry of Defence of the Russian Federation"),
    ("Afghan Rights Monitor", "Afghan Rights Monitor"), ("The Kyiv Independent", None), ("Reuters", None), ("", None),
])
def test_a_document_of_an_issuing_body_is_its_claim(outlet, claimant):
    text = "Key figures:\n\n- 27,600 people newly displaced since 14 February\n\nThe army said 38 civilians were killed."
    art = finish(RawArticle(text=text, source_path="a", title="T", published="2026-02-20", outlet=outlet))
    rows = extract_article(art)[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(27600, claimant), (38, "army")]


def test_neither_side_s_account_is_every_claim_of_its_paragraph():
    text = ("Rebels attacked a post, killing 7 soldiers, the army's media centre said. The rebels' spokesman said his "
            "forces had repelled 4 attacks. Neither side's account could be verified.")
    rows = extract_article(_article(text, published="2026-11-10"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(7, "unverified"), (4, "unverified")]


def test_a_caveat_on_the_competing_tolls_reaches_every_toll_before_it():
    text = ("Militants ambushed a convoy in central Mali on Tuesday, killing at least 14 soldiers, two security sources "
            "said.\n\nThe sources said 27 tanker trucks had been set on fire.\n\nThe group JNIM said its fighters had "
            "killed 41 soldiers. Mali's army denied the claim, saying it had lost seven men.\n\nThe army said its "
            "aircraft had killed more than 30 fighters overnight. Reuters could not independently verify the competing "
            "tolls.")
    rows = extract_article(_article(text, published="2026-01-15"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [
        (14, "two security sources", "unverified"), (41, "group JNIM", "disputed"), (7, "Mali's army", "unverified"),
        (30, "Mali's army", "unverified")]  # "The army" said it: Mali's


def test_a_caveat_naming_the_toll_reaches_over_the_same_source_s_claim_of_other_things():
    text = ("Gunmen killed 14 soldiers in an ambush on Tuesday, two security sources said. The sources said 27 trucks "
            "had been burned. Reuters could not independently verify the toll.")
    rows = extract_article(_article(text, published="2026-01-15"))[1]
    assert [(m["metric"], m["value"], m["claim_status"]) for m in rows] == [("killed", 14, "unverified")]


def test_history_told_in_a_paragraph_about_now_does_not_date_its_figures():
    text = ("Clashes in Bawku killed at least six people on Thursday and Friday, police said. The dispute behind the "
            "violence dates back to 1957. Police arrested 31 people and imposed a curfew.")
    rows = extract_article(_article(text, published="2026-07-18"))[1]
    assert [(m["value"], m["date"]) for m in rows] == [(6, date(2026, 7, 16)), (31, date(2026, 7, 16))]
    text = ("Authorities launched a crackdown after the disputed August 2020 election. More than 35,000 people were "
            "arrested in the protests that followed.")
    rows = extract_article(_article(text, published="2024-11-21"))[1]
    assert [(m["value"], m["date"].year, m["date"].month) for m in rows] == [(35000, 2020, 8)]


def test_a_time_gone_by_in_a_when_clause_does_not_date_the_next_sentence():
    text = ("A suicide bomber struck near a Kabul market on Wednesday. It was the first major attack in the capital "
            "since March, when a suicide bomber killed 6 people. Police arrested two suspects near the scene.")
    rows = extract_article(_article(text, published="2026-11-13"))[1]
    assert [(m["value"], m["date"].month) for m in rows] == [(6, 3), (2, 11)]


@pytest.mark.parametrize("dateline", ["Lima, Aug 19 (EFE).- ", "LIMA (EFE).- ", "Lima, 19 Aug (EFE).- ",
                                      "Lima [Peru], August 19 (ANI): ", "Pichari (Cusco) [Peru], August 19 (ANI): "])
def test_an_efe_dateline_names_the_bureau_and_its_day_is_no_happening(dateline):
    text = (dateline + "Four Peruvian soldiers were killed and three were wounded in an ambush in the VRAEM region, the "
            "army said.\n\nThe attack took place on Monday night near Pichari.")
    rows = extract_article(_article(text, published="2026-08-19"))[1]
    assert [(m["value"], m["country"], m["location"], m["date"]) for m in rows] == [
        (4, "PER", None, date(2026, 8, 17)), (3, "PER", None, date(2026, 8, 17))]


def test_a_heading_over_bullets_dates_them():
    text = ("Monthly monitor\n\nKEY DATA, 1-31 JANUARY 2026\n- Civilians killed by junta forces: 214 (December 2025: 187)\n"
            "- Civilians injured: 389")
    rows = extract_article(_article(text, published="2026-02-04"))[1]
    assert [(m["metric"], m["value"], m["date"].month, m["date_precision"]) for m in rows] == [
        ("killed", 214, 1, "month"), ("injured", 389, 1, "month")]


def test_either_account_reaches_the_claim_in_the_paragraph_before():
    text = ("Niger's defence ministry said on Wednesday that four soldiers were killed in Tillaberi on Tuesday.\n\n"
            "The Islamic State Sahel Province claimed its fighters had killed \"more than 40 soldiers\". Reuters could "
            "not independently verify either account.")
    rows = extract_article(_article(text, published="2026-01-08"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(4, "unverified"), (40, "unverified")]
    text = ("Officials said 1,200 people were evacuated last week.\n\nThe ministry said the army had lost 1,340 troops. "
            "It also said its forces had destroyed 312 drones. Neither claim could be verified.")
    rows = extract_article(_article(text, published="2026-01-08"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows if m["value"] == 1200] == [(1200, "reported")]


def test_a_denial_of_the_account_in_a_later_paragraph_disputes_the_nearest_figures():
    text = ("At least 31 people were killed in Duk County, South Sudan, on Tuesday, a local official said.\n\n"
            "\"They came at dawn with guns,\" he said.\n\nThe information minister of the Pibor administration "
            "rejected the account, saying the death toll had been \"inflated\".")
    rows = extract_article(_article(text, published="2026-04-02"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(31, "disputed")]


def test_a_source_that_claims_and_denies_its_own_losses_is_not_disputed():
    text = "Al-Shabaab claimed to have killed 27 soldiers and denied losing any fighters."
    rows = extract_article(_article(text, published="2026-04-27"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [(27, "Al-Shabaab", "reported")]


def test_the_same_count_of_two_sides_dead_is_two_figures():
    text = ("The army said 12 soldiers were killed in Ayod County, South Sudan, on Sunday. The SPLA-IO said it had "
            "lost 12 fighters.")
    rows = extract_article(_article(text, published="2026-04-02"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(12, "army"), (12, "SPLA-IO")]
    text = "Twelve people were killed on Sunday, officials said. The 12 soldiers died when their convoy was ambushed."
    rows = extract_article(_article(text, published="2026-04-02"))[1]
    assert [m["value"] for m in rows] == [12]  # people: no side, the same figure told again


def test_the_past_week_runs_back_from_the_statement_day():
    text = "The U.N. migration agency said Sunday that 6,300 people had been displaced in Kordofan in the past week."
    m = extract_article(_article(text, published="2026-03-10"))[1][0]
    assert (m["date"], m["date_start"], m["date_end"]) == (date(2026, 3, 5), date(2026, 3, 1), date(2026, 3, 8))  # its middle


def test_a_reporting_period_dates_the_undated_figures():
    text = ("Sudan: Kordofan flash update No. 4\nReporting period: 24 April - 7 May 2026\n\nSome 12,000 people were "
            "displaced from Babanusa, according to IOM.\n\nOn 2 May, a drone strike killed 7 people in El Obeid.")
    rows = extract_article(_article(text, published="2026-05-09"))[1]
    assert [(m["value"], m["date_start"], m["date_end"]) for m in rows] == [
        (12000, date(2026, 4, 24), date(2026, 5, 7)), (7, date(2026, 5, 2), date(2026, 5, 2))]


def test_a_bulletins_title_month_dates_its_undated_figures():
    text = ("Summary\n\u2022 142 civilians killed in the centre\n\u2022 33,000 people newly displaced in Gao\n\n"
            "On 1 October the army said it had killed 14 rebels.")
    rows = extract_article(_article(text, title="Mali Security Bulletin No. 38 \u2014 September 2023",
                                    published="2023-10-05"))[1]
    assert [(m["value"], m["date_start"], m["date_end"], m["date_precision"]) for m in rows] == [
        (142, date(2023, 9, 1), date(2023, 9, 30), "month"), (33000, date(2023, 9, 1), date(2023, 9, 30), "month"),
        (14, date(2023, 10, 1), date(2023, 10, 1), "day")]
    plain = extract_article(_article(text, title="Mali: army claims gains \u2014 September 2023", published="2023-10-05"))[1]
    assert plain[0]["date_precision"] != "month"  # no bulletin: the title's month is no period of its figures


def test_a_denial_of_losing_aircraft_disputes_the_shoot_down_not_the_toll():
    text = ("The RSF claimed its fighters had killed 140 federal soldiers and had shot down a TB2 drone. The military "
            "denied losing any aircraft.")
    rows = extract_article(_article(text, published="2026-09-02"))[1]
    assert [(m["metric"], m["claim_status"]) for m in rows] == [("killed", "reported"), ("drones_intercepted", "disputed")]


def test_a_source_that_denies_and_says_gives_its_own_figure():
    text = ("A junta spokesman denied that civilians had been targeted and said the air force had killed 32 TNLA fighters.")
    rows = extract_article(_article(text, published="2026-09-02"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [(32, "A junta spokesman", "reported")]


def test_the_same_count_told_again_for_later_years_without_its_noun():
    text = ("ACLED recorded 526 civilians killed in the Central African Republic in 2021. By 2023 the number had fallen "
            "to 312. In 2025 it rose again, to 404. Prices rose to 12 per cent.")
    rows = extract_article(_article(text, published="2026-05-30"))[1]
    assert [(m["metric"], m["value"], m["date"].year) for m in rows] == [
        ("killed", 526, 2021), ("killed", 312, 2023), ("killed", 404, 2025)]


def test_a_count_that_rose_is_no_rise_of_a_larger_count_before_it():
    text = ("The blast killed 12 people and wounded 40, police said on Saturday. By evening it had climbed to 31, "
            "officials said.")
    rows = extract_article(_article(text, published="2026-05-10"))[1]
    assert [(m["metric"], m["value"]) for m in rows] == [("killed", 12), ("injured", 40)]  # 31 is no rise of 40


@pytest.mark.parametrize("dateline", ["Bangkok (dpa) - ", "Bangkok (Thailand) (AFP) - "])
def test_a_title_case_dateline_with_an_agency_names_the_bureau(dateline):
    text = dateline + "Myanmar military airstrikes killed 15 civilians in a town in northern Shan State on Tuesday."
    rows = extract_article(_article(text, published="2026-09-02"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(15, "MMR")]
    from etl.readers.text import dateline_of
    assert dateline_of(text) == "Bangkok"


def test_a_later_denial_of_a_named_source_s_figures_disputes_all_of_them():
    text = ("The Gaza Health Ministry said 112 people had been killed in the past day. It said 398 people had been "
            "injured.\n\nIsrael disputes the ministry's figures.")
    rows = extract_article(_article(text, published="2026-04-09"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(112, "disputed"), (398, "disputed")]


def test_a_date_inside_a_who_clause_is_not_the_main_verb_s():
    text = "Forty people who were detained in March were released on Friday, the rights group said."
    rows = extract_article(_article(text, published="2026-05-10"))[1]
    assert [(m["metric"], m["value"], str(m["date"])) for m in rows] == [("released", 40, "2026-05-08")]
    text = "Five people abducted by gunmen in March were released on Friday, the rights group said."  # a participle clause
    rows = extract_article(_article(text, published="2026-05-10"))[1]
    assert [(m["metric"], m["value"], str(m["date"])) for m in rows] == [("released", 5, "2026-05-08")]


@pytest.mark.parametrize("text, statuses", [
    # a denial in an apposition of the claim, with a possessive
    ("Rebels said on Tuesday they had killed 37 soldiers in an ambush, a claim the country's army rejected.",
     [(37, "disputed")]),
    # "called the X figures 'a pack of lies'"
    ("A rebel spokesman said the group had killed 45 soldiers. The military called the rebel figures \"a pack of lies\".",
     [(45, "disputed")]),
    # a denial in its own paragraph reaches every figure of the nearest source; a force's name with digits is no count
    ("Army spokesman Jean Mbala said troops had killed 40 M23 fighters on Saturday. He said the army lost 3 soldiers.\n\n"
     "M23 spokesman Paul Kaba dismissed the figures as propaganda.", [(40, "disputed"), (3, "disputed")]),
    # a caveat that names the figure's source reaches past another party's statement
    ("The health ministry said strikes on the port had killed 8 people. The military said it targeted fuel depots. "
     "The ministry's figures could not be independently confirmed.", [(8, "unverified")]),
    ("The health ministry said 330 people have been killed in strikes since the truce. The military says most were "
     "fighters. Neither figure could be independently verified.", [(330, "unverified")]),
    # "either figure" after two figures of one source: those two, not an earlier paragraph's
    ("The ombudsman said about 11,000 people had been displaced.\n\nThe governor said 41 people had been killed and "
     "that 19 remained missing. Reporters could not independently confirm either figure.",
     [(11000, "reported"), (41, "unverified"), (19, "unverified")]),
    # the source's own denial of an act disputes nothing of its own figures
    ("The army said its strikes had killed about 20 fighters. The army denied hitting the market.", [(20, "reported")]),
    # a denier named by an apposition gives its own counter-figure: the dispute is of the figure before
    ("Fighting in the district has killed at least 31 people since Sunday, local civil society leaders said. He said "
     "about 250 houses had been torched.\n\nThe army's spokesman for the province, Lieutenant John Okello, disputed the "
     "figures, saying seven soldiers had died.", [(31, "disputed"), (7, "reported")]),
    # "None of the figures" reaches every source's figures, past a clause of its own with a percentage
    ("Security forces killed 17 protesters on Tuesday, a rights group said. Another 96 people were injured, it said.\n\n"
     "The governor said 300 rioters had been detained. None of the figures could be independently verified; internet "
     "connectivity had fallen to 30% of normal levels.", [(17, "unverified"), (96, "unverified"), (300, "unverified")]),
    ("Clashes killed 18 police officers on Monday, according to a monitoring group.\n\nThe ministry said that 60 gunmen "
     "had been arrested.\n\nThe agency could not independently verify either set of figures.",
     [(18, "unverified"), (60, "unverified")]),
    # "either side's claims": the warring sides' casualty figures, however far back, not the residents'
    ("Militants attacked a base on Monday, killing 17 soldiers, military officials said. Residents said 30 civilians "
     "were killed.\n\nThe group said in a statement that it had killed 61 soldiers.\n\nThe BBC could not independently "
     "confirm either side's claims.", [(17, "unverified"), (30, "reported"), (61, "unverified")]),
    # a later "It rejected the toll given by ..." in the paragraph of the denier's other words
    ("At least 70 people were wounded in the attack on Tuesday, according to the city hospital.\n\nThe military said its "
     "troops had fired warning shots at suspects. It rejected the toll given by the hospital as \"inflated\".",
     [(70, "disputed")]),
    # a denial that states the opposite, with "no one" (no count of its own)
    ("Hengaw said security forces fired on protesters, adding that four protesters had been shot dead. The judiciary "
     "said no one has been killed by security forces.", [(4, "disputed")]),
    ("A gang leader claimed the gangs had killed three officers. The police said no officers had died.",
     [(3, "disputed")]),
    # a claim in the present tense, disputed by many
    ("Herders said 12 herders had been killed, a claim local leaders dispute.", [(12, "disputed")]),
    # "denied that so many of its fighters had died": the deaths, not the captures beside them
    ("State television said on Sunday that 63 rebel fighters had been killed and 12 captured.\n\nThe rebel group said "
     "in a statement that it had withdrawn from the town and denied that so many of its fighters had died.",
     [(63, "disputed"), (12, "reported")]),
    # "termed the claim 'a pack of lies'" (single quotes); "Neither side's claims" reaches both sides' figures
    ("The Taliban said 18 personnel had been killed and several wounded. The army termed the claim 'a pack of lies'.",
     [(18, "disputed")]),
    ("The army said it killed 215 fighters.\n\nThe militia said 42 soldiers had been neutralised. Neither side's "
     "claims could be independently verified.", [(215, "unverified"), (42, "unverified")]),
    # "The Guardian could not independently verify the death tolls": every toll before it
    ("At least 243 protesters have been killed, the rights group said.\n\nOn Monday alone, security forces killed at "
     "least 14 people in the city, witnesses said.\n\nState media said 38 members of the security forces had been "
     "killed.\n\nThe Guardian could not independently verify the death tolls.",
     [(243, "unverified"), (14, "unverified"), (38, "unverified")]),
    # a caveat on a source's claim that counts none of our figures stays with it, not with another source's before it
    ("The group claimed it killed dozens of soldiers, while the army said it lost five personnel.\n\nThe group said "
     "its fighters \"killed and wounded more than 40 soldiers\". The statement could not be independently verified.",
     [(5, "reported")]),
    # a verdict on the figure itself ("was far too low", "was grossly understated") disputes it
    ("Police said 12 protesters were arrested on Monday. Organisers said the figure was far too low.", [(12, "disputed")]),
    ("Police said 12 protesters were arrested on Monday. Organisers said the police figure was grossly understated.",
     [(12, "disputed")]),
    # the same source again by its initials, then a caveat: the figure a paragraph before too
    ("The Arakan Army (AA) said on Thursday it had overrun an outpost, killing at least 20 soldiers.\n\nAn AA statement "
     "said its fighters seized two guns and more than 60 rifles at the outpost. The claims could not be independently "
     "verified, and the junta did not comment.", [(20, "unverified")]),
    # the rival names the group's figure: a lie, though it gives its own
    ("The militant group Jaish al-Adl said its fighters had killed \"at least 10\" members of the security forces. The "
     "police command said the group's figure was \"a lie\" and that five officers died.", [(10, "disputed"), (5, "reported")]),
    ("The rebel spokesman said 40 soldiers were killed in the ambush. He gave no evidence.", [(40, "unverified")]),
])
def test_claim_status_reach(text, statuses):
    rows = extract_article(_article(text, published="2026-06-03"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == statuses


def test_a_rubbished_claim_is_disputed():
    text = "Police said militants killed 12 soldiers. A Levies spokesman rubbished the claim as baseless propaganda."
    rows = extract_article(_article(text, published="2026-06-20"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(12, "disputed")]


def test_a_total_that_sums_the_parts_told_before_replaces_none_of_them():
    text = ("Gunmen attacked a patrol late Sunday, killing two soldiers, before troops shot dead three of the attackers, "
            "the ministry said.\n\nA spokesman said a street vendor was killed by a stray bullet, bringing the number "
            "of dead to six.")
    rows = extract_article(_article(text, published="2026-06-09"))[1]
    assert sorted(m["value"] for m in rows if m["metric"] == "killed") == [1, 2, 3, 6]


def test_another_source_s_lower_count_after_an_update_stays():
    text = ("The toll has risen to six, the rights commission says. \"Only three deaths have been confirmed to us,\" "
            "a police spokesman said.")
    rows = extract_article(_article(text, published="2026-07-07"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(6, "rights commission"), (3, "a police spokesman")]


def test_an_increment_in_the_update_s_sentence_is_still_replaced():
    text = ("A drone strike on a market killed at least 28 people on Tuesday, a health worker said.\n\n"
            "Four of the wounded had since died, bringing the toll to at least 32, he said.")
    rows = extract_article(_article(text, published="2026-04-09"))[1]
    assert [m["value"] for m in rows if m["metric"] == "killed"] == [32]


def test_the_countries_troops_come_from_are_not_where_they_are():
    rows = extract_article(_article("The mission in Haiti has about 1,000 troops on the ground, mostly from Kenya, "
                                    "El Salvador and Guatemala.", published="2026-06-09"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(1000, "HTI")]


def test_a_timestamped_speaker_label_and_a_delegate_s_seat_name_the_claimant():
    text = ("[15.03, 10:45] Terekhov: The toll from the bomb strike has risen to 3 dead. In total 14 people are injured."
            "\n\nMr. Idriss (Sudan): The health ministry has recorded nine deaths. Our forces have repelled four "
            "attacks and shot down 31 drones.")
    rows = extract_article(_article(text, published="2026-05-20"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [
        (3, "Terekhov"), (14, "Terekhov"), (9, "health ministry"), (4, "Mr. Idriss (Sudan)"), (31, "Mr. Idriss (Sudan)")]


def test_a_release_s_heading_line_names_its_issuer():
    text = ("Ministry of Defence of the Republic\n\n- During the past night, air defence systems intercepted and "
            "destroyed 96 drones over the regions.")
    rows = extract_article(_article(text, published="2026-08-11"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(96, "Ministry of Defence of the Republic")]


def test_a_month_of_that_year_is_in_the_year_named_before():
    text = "In 2002 alone, the war killed thousands. In May of that year, 79 people died when a church was bombed."
    rows = extract_article(_article(text, published="2026-03-09"))[1]
    assert [(m["value"], str(m["date"]), m["date_precision"]) for m in rows] == [(79, "2002-05-15", "month")]


def test_where_a_source_speaks_from_is_not_where_the_figure_is():
    text = ("Clashes in Falam, Myanmar, killed four. \"More than 30 were wounded,\" he told AFP by phone from across "
            "the border in India's Mizoram state.")
    rows = extract_article(_article(text, published="2026-02-26"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(4, "MMR"), (30, "MMR")]


def test_a_hansard_speaker_with_seat_and_party_is_the_claimant():
    text = "Sir Geoffrey Pellham (Tatton Vale) (Con): Israeli strikes killed 12 people, wounding three civilians."
    rows = extract_article(_article(text, published="2026-09-09"))[1]
    assert {m["claimant"] for m in rows} == {"Sir Geoffrey Pellham (Tatton Vale)"}


def test_a_figure_dated_only_by_when_it_was_told_takes_the_day_of_the_happening():
    text = ("Separatist rebels said Wednesday they had killed 12 soldiers in an ambush near the border.\n\n"
            "The rebels said their fighters attacked an army convoy on Monday near the town.\n\n"
            "Police said on Wednesday they had arrested four suspects.")
    rows = extract_article(_article(text, published="2026-07-02"))[1]
    assert [(m["metric"], m["value"], str(m["date"])) for m in rows] == [
        ("killed", 12, "2026-06-29"), ("arrested", 4, "2026-07-01")]  # the arrests: on the day they were told


def test_a_toll_in_the_present_perfect_takes_the_day_of_the_raid_told_next():
    text = ("At least 32 people have been killed in a cattle raid, local officials say. Armed youths attacked several "
            "villages early on Saturday.")
    rows = extract_article(_article(text, published="2026-07-20"))[1]
    assert [(m["value"], str(m["date"]), m["date_precision"]) for m in rows] == [(32, "2026-07-18", "day")]


@pytest.mark.parametrize("text, expected", [
    # a since-date in the source's apposition or in a whose-clause dates no figure
    ("Fano, the militia fighting federal forces since 2023, said in a statement on Tuesday that 11 civilians had been "
     "killed in the strike.", (11, "2026-02-17", "day")),
    ("\"At least 25 are dead,\" said Maria Quinonez, 52, whose son has been held in the prison since 2022.",
     (25, "2026-02-18", "week")),
])
def test_since_dates_about_a_source_are_no_running_windows(text, expected):
    rows = extract_article(_article(text, published="2026-02-18"))[1]
    assert [(m["value"], str(m["date"]), m["date_precision"]) for m in rows] == [expected]


def test_a_denial_of_another_party_s_claims_disputes_none_of_ours():
    text = ("The army said one missile was intercepted. The military rejected the Houthi claims that any target had "
            "been hit.")
    rows = extract_article(_article(text, published="2026-04-14"))[1]
    assert [(m["metric"], m["claim_status"]) for m in rows] == [("missiles_intercepted", "reported")]


def test_a_sea_named_after_land_regions_leaves_the_land_s_country():
    text = ("Air defences destroyed 43 drones overnight over Krasnodar, Rostov, Belgorod and Bryansk regions, as well as "
            "over the Sea of Azov.")
    rows = extract_article(_article(text, published="2026-03-02"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(43, "RUS")]
    text = "The navy shot down four drones over the Red Sea and later struck radar sites in Hodeidah province."
    rows = extract_article(_article(text, published="2026-03-02"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(4, None)]


def test_an_accented_dateline_with_a_date_is_the_report_s_not_the_happening_s():
    text = ("Bogot\u00e1, Apr 21 (EFE).- Two soldiers were killed and seven were wounded when dissidents attacked a "
            "base with drones, the Army reported on Tuesday.\n\nThe attack took place on Sunday night against the base.")
    rows = extract_article(_article(text, published="2026-04-21"))[1]
    assert [(m["value"], str(m["date"])) for m in rows] == [(2, "2026-04-19"), (7, "2026-04-19")]


def test_a_broadcast_s_presenter_and_correspondent_are_no_sources():
    text = ("PRESENTER (Luc\u00eda Herrera): The army says at least eleven people have been killed in an attack on a base."
            "\n\nCORRESPONDENT (Andr\u00e9s Pulido): Twenty-six people were wounded.")
    rows = extract_article(_article(text, published="2026-05-22"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(11, "army"), (26, None)]  # not "CORRESPONDENT"


def test_a_speaker_s_later_denial_in_his_own_paragraph_disputes_the_other_side_s_toll():
    text = ("Strikes on the port killed at least nine people and wounded 26 others, government officials said.\n\n"
            "The rebels' spokesman said the group had targeted military sites. He denied that civilians had been harmed "
            "and called the casualty figures \"fabricated\".")
    rows = extract_article(_article(text, published="2026-10-21"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(9, "disputed"), (26, "disputed")]
    text = ("Two other rebels were arrested at the spot, the officer said.\n\n"
            "Meanwhile, the rebels issued a pamphlet calling the encounter fake. Police denied the allegation.")
    rows = extract_article(_article(text, published="2026-10-21"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(2, "reported")]


def test_the_event_of_figures_moved_to_the_happening_s_day_moves_with_them():
    text = ("Separatist rebels said Wednesday they had killed 12 soldiers in an ambush near the border.\n\n"
            "The rebels said their fighters attacked an army convoy on Monday near the town.")
    events, rows = extract_article(_article(text, published="2026-07-02"))
    assert [str(m["date"]) for m in rows] == ["2026-06-29"]
    assert next(str(e["date"]) for e in events if e["event_id"] == rows[0]["event_id"]) == "2026-06-29"


def test_a_sentence_of_no_count_that_ends_on_its_source_names_the_next_one_s():
    text = ("The assault happened early on Tuesday, army chief of staff Gen Fructueux Gbaguidi said in a statement. "
            "Another 10 soldiers were injured and two are missing.")
    rows = extract_article(_article(text, published="2026-05-07"))[1]
    assert {m["claimant"] for m in rows} == {"army chief of staff Gen Fructueux Gbaguidi"}
    text = "No group has claimed responsibility for the attack. Another 10 soldiers were injured."
    rows = extract_article(_article(text, published="2026-05-07"))[1]
    assert [m["claimant"] for m in rows] == [None]


def test_a_denial_of_the_jihadists_figure_disputes_not_the_army_s():
    text = ("The group said it had killed about 30 soldiers. The army chief said troops had killed 21 militants.\n\n"
            "A government spokesman dismissed the jihadists' figure as \"propaganda\".")
    rows = extract_article(_article(text, published="2026-05-07"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows if m["value"] == 21] == [(21, "reported")]


def test_a_digest_s_country_heading_places_the_lines_under_it():
    text = ("SUDAN\n\n- 12 May: Drones struck a market in El Obeid, killing 19 civilians.\n\nETHIOPIA\n\n"
            "- The federal government said it had deployed an additional 3,000 troops to the region.")
    rows = extract_article(_article(text, published="2026-05-18"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(19, "SDN"), (3000, "ETH")]


@pytest.mark.parametrize("text, published, expected", [
    # the weekday of a noun ("Friday prayers") is the day named before it, not another Friday
    ("On 27 March, fighters attacked a mosque in Fambita, Niger, during Friday prayers, killing 22 worshippers.",
     "2026-04-06", [(22, date(2026, 3, 27))]),
    ("Fighters attacked a mosque in Fambita, Niger, during Friday prayers, killing 22 worshippers.",
     "2026-04-06", [(22, date(2026, 4, 3))]),
    # a numbered paragraph's number is no sentence: its day carries to the next paragraph's count
    ("2. On the morning of 21 May 2019, fighters opened fire on villagers in Gbadolo, Central African Republic.\n\n"
     "3. The Chamber found that 46 civilians were killed in the two villages.", "2026-07-15", [(46, date(2019, 5, 21))]),
    # "claimed to have killed" is one happening, not a running total
    ("On 6 April, Fano militias attacked army positions in Debre Markos, Ethiopia. Fano claimed to have killed 60 "
     "soldiers, a figure the federal government denied.", "2026-04-14", [(60, date(2026, 4, 6))]),
])
def test_days_of_attributive_weekdays_numbered_paragraphs_and_claims_to_have(text, published, expected):
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published=published))[1]] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a country's name before a road word names the road
    ("On Monday night, gunmen killed 14 people in three neighbourhoods of Culiacan. On Wednesday, the bodies of 9 men "
     "were dumped on the Costa Rica highway.", "2026-08-21", [(14, "MEX"), (9, "MEX")]),
    # a place in a contrasting clause after the figure is that clause's
    ("Israel's military says it intercepted two ballistic missiles launched from Yemen overnight, while Israeli jets "
     "struck Yemen's Hodeidah port.", "2026-05-22", [(2, "ISR")]),
])
def test_roads_named_for_countries_and_places_of_a_contrasting_clause(text, published, expected):
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published=published))[1]] == expected


def test_a_denial_of_the_official_figure_is_of_the_toll_not_of_the_releases_told_after_it():
    text = ("A riot at the prison in Esmeraldas, Ecuador, on Sunday left 16 inmates dead, the prison service said.\n\n"
            "Three guards who had been taken hostage during the riot were released on Monday, the Interior Minister "
            "said.\n\nRelatives of the inmates rejected the official figure.")
    rows = extract_article(_article(text, published="2026-09-15"))[1]
    assert [(m["metric"], m["value"], m["claim_status"]) for m in rows] == [
        ("killed", 16, "disputed"), ("released", 3, "reported")]


@pytest.mark.parametrize("text, published, expected", [
    # an ANI dateline ("Aden [Yemen], October 5 (ANI):") is the report's day, not the happening's
    ("Aden [Yemen], October 5 (ANI): At least 13 Houthi fighters were killed in clashes in Al Bayda on Saturday, a "
     "military official said on Sunday.", "2026-10-05", [(13, date(2026, 10, 3))]),
    # a since-date of "a ceasefire that has held since 2020" is no window of the clashes' toll, which takes the day
    # of the fighting told after it
    ("Clashes near the Libyan city of Sirte have killed at least 12 fighters, medical sources said, threatening a "
     "ceasefire that has largely held since 2020.\n\nThe fighting broke out on Sunday evening.", "2026-04-14",
     [(12, date(2026, 4, 12))]),
])
def test_agency_datelines_and_since_dates_of_another_thing(text, published, expected):
    assert [(m["value"], m["date"]) for m in extract_article(_article(text, published=published))[1]] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the country across a border is not where it happened
    ("Egypt's army said it shot down two small drones carrying narcotics near the border with the Gaza Strip on Monday.",
     "2026-07-24", [(2, "EGY")]),
    ("Jordan's army said its border guards killed two smugglers in a gunfight along the frontier with Syria on Sunday.",
     "2026-07-24", [(2, "JOR")]),
    # a country's name before "nationals" says whose they are
    ("Police in Churachandpur, India, said they apprehended 14 Myanmar nationals near Behiang on Thursday.",
     "2026-10-10", [(14, "IND")]),
])
def test_neighbours_across_a_border_and_nationals_are_not_the_place(text, published, expected):
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published=published))[1]] == expected


def test_a_bracketed_post_header_and_a_guest_label_name_the_speaker():
    text = ("[Governor of Bryansk region Aleksandr Bogomaz, 07:40, translated from Russian]\n\n"
            "\"As a result of a drone attack on the village of Klimovo, Russia, a civilian was killed and two more were "
            "injured.\"\n\n[07:55]\n\nTwo people were killed in Kherson, Ukraine.")
    rows = extract_article(_article(text, published="2026-07-13"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [
        (1, "Governor of Bryansk region Aleksandr Bogomaz"), (2, "Governor of Bryansk region Aleksandr Bogomaz"),
        (2, None)]  # a bracketed time names no one
    text = "[Post 1 | Russian Defence Ministry | 07:02]\n\n\"Air defence systems destroyed 41 Ukrainian drones.\""
    rows = extract_article(_article(text, published="2026-07-13"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(41, "Russian Defence Ministry")]
    text = ("Morning show, 16 May 2026\n\nGuest: Kharkiv regional governor Oleksandr Tkachuk.\n\n"
            "Q: What about casualties?\n\nA: As of this hour, two people have been killed in Kharkiv, Ukraine.")
    rows = extract_article(_article(text, published="2026-05-16"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(2, "Kharkiv regional governor Oleksandr Tkachuk")]


def test_a_written_answer_heading_names_the_minister_for_the_paragraphs_under_it():
    text = ("Written questions and answers\n\nAsked by Dr Helen Ashworth\n\nTo ask the Secretary of State how many drones "
            "have been engaged.\n\nAnswered on 9 September 2026 by Alistair Fenwick, Minister of State for the Armed "
            "Forces\n\nRoyal Navy ships have destroyed 13 one-way attack drones launched by the Houthis.\n\n"
            "Around 750 UK personnel are currently deployed in the region.")
    rows = extract_article(_article(text, published="2026-09-10"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(13, "Alistair Fenwick"), (750, "Alistair Fenwick")]


def test_a_toll_updated_to_the_same_value_is_the_same_toll():
    text = ("A Russian missile strike on Dnipro killed at least 14 people on Saturday, officials said. By Monday the "
            "death toll had risen to 14, the mayor said. The toll could not be independently verified.")
    rows = extract_article(_article(text, published="2026-01-19"))[1]
    assert [(m["value"], m["date"], m["claim_status"]) for m in rows] == [(14, date(2026, 1, 17), "unverified")]


def test_a_dismissal_of_such_communiques_disputes_them():
    text = ("The Polisario's war communique said its fighters carried out 11 attacks on Moroccan positions in the Mahbes "
            "sector.\n\nRabat dismisses such communiques as fiction.")
    rows = extract_article(_article(text, published="2026-06-12"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == [(11, "disputed")]


def _dates_of(text, published):
    return sorted((m["metric"], m["value"], str(m["date"])) for m in extract_article(_article(text, published=published))[1])


def test_an_answer_takes_the_day_its_question_asks_about_not_the_issue_line():
    text = ("Interview by a staff reporter. Beirut, 17 July 2026.\n\nWe spoke by phone with the town's mayor.\n\n"
            "Q: What happened on Wednesday?\nA: The drone hit a car near the school. It killed two brothers and "
            "wounded five people.")
    assert _dates_of(text, "2026-07-17") == [("injured", 5, "2026-07-15"), ("killed", 2, "2026-07-15")]


def test_a_question_heading_keeps_the_day_of_the_happening_before_it():
    text = ("Updated Wednesday 9 September 2026, 11:30 PKT\n\nHeavy fighting broke out along the border on the night "
            "of Sunday to Monday.\n\nWhat are the casualty figures?\n- Pakistan: the army says 11 soldiers were killed "
            "and 23 were injured.")
    assert _dates_of(text, "2026-09-09") == [("injured", 23, "2026-09-07"), ("killed", 11, "2026-09-07")]


def test_a_sentence_may_end_on_a_time_and_a_pronoun_source_reaches_the_paragraph_before():
    text = ("Lt. Col. Arnel Bautista, the battalion commander, said soldiers on patrol were fired upon at around "
            "2 p.m. The firefight lasted 45 minutes.\n\nThree rebels were killed and four soldiers were wounded, he said.")
    rows = extract_article(_article(text, published="2026-11-20"))[1]
    assert [(m["metric"], m["value"], m["claimant"]) for m in rows] == [
        ("killed", 3, "Arnel Bautista"), ("injured", 4, "Arnel Bautista")]
    text = "The shelling began shortly after 3 a.m. Regional governor Andriy Raikovych said 19 people were wounded."
    rows = extract_article(_article(text, published="2026-02-10"))[1]
    assert [(m["value"], m["claimant"]) for m in rows] == [(19, "Regional governor Andriy Raikovych")]


def test_a_tally_listed_under_a_heading_takes_the_heading_s_verb():
    text = ("On the night of July 20, the enemy attacked Ukraine with 221 means of air attack:\n\n"
            "\U0001f539 4 Kh-101 air-launched cruise missiles from the Saratov region;\n"
            "\U0001f539 2 Kinzhal aeroballistic missiles from the airspace of the Lipetsk region;\n"
            "\U0001f539 212 strike UAVs of the Shahed type and decoy drones.\n\n"
            "As of 09:00, air defence shot down/suppressed 183 enemy air attack assets:\n"
            "\u2705 4 Kh-101 cruise missiles;\n\u2705 177 enemy UAVs of the Shahed type and decoys.\n\n"
            "The main direction of the strike was Kyiv.")
    rows = extract_article(_article(text, published="2026-07-20"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == [
        ("missiles_launched", 4, "UKR"), ("missiles_launched", 2, "UKR"), ("drones_launched", 212, "UKR"),
        ("missiles_intercepted", 4, "UKR"), ("drones_intercepted", 177, "UKR")]


def test_a_list_of_parts_under_a_counted_total_is_its_breakdown():
    text = ("Air defence systems intercepted and destroyed 118 Ukrainian drones overnight:\n"
            "- 41 UAVs over the territory of the Bryansk region;\n- 27 UAVs over the territory of the Kursk region;\n"
            "- 50 UAVs over the waters of the Black Sea.")
    rows = extract_article(_article(text, published="2026-10-14"))[1]
    assert [(m["metric"], m["value"]) for m in rows] == [("drones_intercepted", 118)]
    assert rows[0]["breakdown"].startswith("41 UAVs over the territory of the Bryansk region; 27 UAVs")


def test_a_later_paragraph_that_goes_on_with_the_lede_takes_its_day():
    text = ("At least eight people died on Monday during a police operation in the city, official sources reported.\n\n"
            "The operation, which mobilised some 400 agents, led to the arrest of 14 suspects, according to the police.")
    assert _dates_of(text, "2026-10-21") == [("arrested", 14, "2026-10-19"), ("killed", 8, "2026-10-19")]


def test_a_count_in_words_above_ten_goes_on_with_the_happening_before():
    text = ("Jihadists stormed two army posts near the town shortly before dawn on Thursday, a general said.\n\n"
            "Eleven soldiers were wounded, three of them seriously, he said.")
    assert _dates_of(text, "2026-01-17") == [("injured", 11, "2026-01-15")]


def test_a_long_upper_case_office_label_names_the_member_in_brackets():
    text = ("THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI ARVIND PRATAP SINGH): Sir, three persons "
            "were killed and eleven were injured on Sunday.")
    rows = extract_article(_article(text, published="2026-04-22"))[1]
    assert {m["claimant"] for m in rows} == {"Shri Arvind Pratap Singh"}


def test_a_region_after_a_country_s_possessive_is_that_country_s_and_officials_speak_from_their_seat():
    # Punjab is a province of Pakistan and a state of India: the possessive says whose, whatever the story's country
    text = ("The BSF shot down three drones in Punjab's Tarn Taran district, Indian officials said.\n\n"
            "In Pakistan's Punjab province, police said on Sunday they had arrested five men.")
    rows = extract_article(_article(text, published="2026-11-09"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == [
        ("drones_intercepted", 3, "IND"), ("arrested", 5, "PAK")]
    # officials of a governorate named with its region's possessive report from where it happened
    text = ("Officials in the Kurdistan Region's Duhok governorate said the strikes had killed two shepherds.\n\n"
            "At home, police detained 47 suspects in 11 provinces, including Diyarbakir and Istanbul, the Interior "
            "Ministry said.")
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-09-23"))[1]] == [
        (2, "IRQ"), (47, "TUR")]


def test_two_counts_of_one_value_for_soldiers_and_for_civilians_are_two_figures():
    text = ("Two soldiers were killed when militants attacked a base in northern Iraq, the ministry said.\n\n"
            "Local officials said air strikes had killed two shepherds near the town.")
    rows = extract_article(_article(text, published="2026-09-23"))[1]
    assert [(m["value"], m["counted"]) for m in rows] == [(2, "soldiers"), (2, "shepherds")]


@pytest.mark.parametrize("text, statuses", [
    # a caveat on both sides' figures reaches the first side's, a paragraph before
    ("Mali's army said its escort had killed 19 militants.\n\nJNIM said it had killed more than 30 soldiers. The army "
     "denied the claim, and the figures given by both sides could not be independently verified.",
     [(19, "unverified"), (30, "disputed")]),
    # "Neither account" after the denial of the second: the first side's account is the other one
    ("Government forces killed 23 al-Shabaab fighters, the deputy information minister said.\n\nAl-Shabaab claimed it "
     "had killed 30 soldiers. The government dismissed the claim as propaganda. Neither account could be verified "
     "independently.", [(23, "unverified"), (30, "disputed")]),
    # "either toll": the deaths and injuries, not the arrests told with them
    ("The police spokesman said rioters had killed two members of the security forces and injured four. He said 18 "
     "people had been detained.\n\nHe denied that forces had fired on civilians. AFP could not independently verify "
     "either toll.", [(2, "unverified"), (4, "unverified"), (18, "reported")]),
    # a denial naming whose figures it rejects reaches them over a sentence of no count
    ("Amnesty International said at least eight people had been killed in Makeni on Tuesday. Residents said shops "
     "remained closed on Wednesday.\n\nThe Inspector General of Police rejected Amnesty's figures.", [(8, "disputed")]),
    # a newsroom's own caveat in the first person, with a contraction
    ("Russia's Defence Ministry says its air defences destroyed 64 Ukrainian drones overnight. Kyiv has not "
     "commented, and we can't independently verify those figures.", [(64, "unverified")]),
])
def test_caveats_and_denials_that_reach_past_a_sentence_or_a_paragraph(text, statuses):
    rows = extract_article(_article(text, published="2026-09-13"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == statuses


def test_refugees_who_arrived_somewhere_are_of_the_country_they_fled():
    text = "The UNHCR said more than 4,500 Burkinabe refugees had arrived in the Tillaberi region since January."
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-04-25"))[1]] == [
        (4500, "BFA")]


@pytest.mark.parametrize("text, statuses", [
    # a denial that names the figure's own value denies it, though it counts as a figure of its own
    ("The state newspaper said 37 rebel fighters were killed in the operation on Wednesday. The rebels denied "
     "losing 37 fighters.", [(37, "disputed")]),
    # the source's own denial after its figure ("He denied ...") disputes nothing it said
    ("Yahya Saree said the group had fired 14 missiles. He denied that any of the missiles had been intercepted. "
     "Al Jazeera could not independently verify either account.", [(14, "unverified")]),
    # a caveat reaches past a sentence of the parts of the toll
    ("At least 22 people were killed when rebels attacked the town on Thursday, local sources said. Among the "
     "victims are 15 civilians, according to the town's hospital. The toll could not be independently verified.",
     [(22, "unverified")]),
])
def test_denials_that_name_the_value_or_come_from_the_source_and_caveats_past_the_parts(text, statuses):
    rows = extract_article(_article(text, published="2026-06-19"))[1]
    assert [(m["value"], m["claim_status"]) for m in rows] == statuses


def test_the_somali_region_of_ethiopia_and_mambasa_in_ituri():
    text = "Officials said 19 civilians were killed in the Siti zone of the Somali region on Sunday."
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-01-13"))[1]] == [
        (19, "ETH")]
    text = "ADF fighters hacked to death nine civilians near Mambasa on Monday night."
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-04-16"))[1]] == [
        (9, "COD")]


@pytest.mark.parametrize("text, expected", [
    # whom a speaker calls on is no place
    ("The prime minister called on the United States and France to act. The army has deployed about 10,000 soldiers "
     "south of the Litani river in Lebanon, he said.", [(10000, "LBN")]),
    # where things were smuggled to, or people flown to, is no place of the count
    ("Police in Valencia, in Venezuela's Carabobo state, said they had detained seven people accused of smuggling rifles "
     "to armed groups in Colombia.", [(7, "VEN")]),
    ("MANAGUA - The Nicaraguan government released 22 political prisoners on Friday and put them on a flight to "
     "Guatemala, a human rights monitor said.", [(22, "NIC")]),
    # "the Chadian part of Tine": that side of a town split by a border
    ("A shell fired from Sudan landed in the Chadian part of Tine on Wednesday, killing a gendarme.", [(1, "TCD")]),
    # shells fired during fighting in one country that landed in another: where they landed
    ("Two civilians were killed on Thursday when artillery shells fired during fighting in Sudan's North Darfur state "
     "landed in the Chadian town of Tine, local officials said.", [(2, "TCD")]),
    ("Five Chinese citizens were wounded when shells fired during fighting in Myanmar's Kokang region landed in "
     "Nansan town in China's Yunnan province.", [(5, "CHN")]),
    # local officials speak from where it happened, whoever launched it
    ("Russian-installed officials in occupied Oleshky said a Ukrainian drone dropped explosives on a market, killing "
     "one man. Kyiv did not comment on the claim.", [(1, "UKR")]),
])
def test_places_that_are_not_where_things_happened_and_a_side_of_a_border_town(text, expected):
    rows = extract_article(_article(text, published="2026-07-14"))[1]
    assert [(m["value"], m["country"]) for m in rows] == expected


def test_a_denial_naming_the_source_by_its_initials_and_a_unit_with_an_ordinal_as_source():
    text = ("The New People's Army said it had killed seven soldiers in an ambush on Saturday. The Army's 3rd Infantry "
            "Division said only one soldier had died and called the NPA account \"pure propaganda\".")
    rows = extract_article(_article(text, published="2026-04-17"))[1]
    assert [(m["value"], m["claimant"], m["claim_status"]) for m in rows] == [
        (7, "New People's Army", "disputed"), (1, "Army's 3rd Infantry Division", "reported")]
    text = ("The Bokkos Cultural Development Council (BCDC) said 46 people had been killed. The police described the "
            "BCDC figure as exaggerated.")
    assert [(m["value"], m["claim_status"]) for m in extract_article(_article(text, published="2026-11-21"))[1]] == [
        (46, "disputed")]


def test_an_attacker_s_capital_in_the_headline_is_no_story_country():
    title = "Moscow pounds Ukraine's Danube ports"
    text = ("Two port workers were killed and five people were wounded in Kiliia, where a grain silo caught fire, a "
            "regional official said on Telegram.")
    rows = extract_article(_article(text, title=title, published="2026-02-17"))[1]
    assert [(m["value"], m["country"]) for m in rows] == [(2, "UKR"), (5, "UKR")]


def test_a_denial_that_no_one_was_harmed_and_names_holding_a_country_word():
    text = ("Pakistani air strikes killed 18 civilians in Khost, the Taliban said on Monday. Pakistan's military said no "
            "civilians were harmed.")
    assert [(m["value"], m["claim_status"]) for m in extract_article(_article(text, published="2026-08-03"))[1]] == [
        (18, "disputed")]
    # the source's own "no soldiers had died" is its account, not a denial of its figure
    text = ("Army spokesman Domingos Kiala said no soldiers had died and that one soldier suffered minor injuries.")
    assert [(m["value"], m["claim_status"]) for m in extract_article(_article(text, published="2026-06-30"))[1]] == [
        (1, "reported")]
    # "Datu Saudi Ampatuan" is a town of Maguindanao del Sur, not Saudi Arabia
    text = ("Troops clashed with militants in Datu Saudi Ampatuan, Maguindanao del Sur, on Thursday. Seven militants "
            "were killed, the army said.")
    assert [(m["value"], m["country"]) for m in extract_article(_article(text, published="2026-03-14"))[1]] == [
        (7, "PHL")]


def test_a_ledes_bound_and_the_bodys_count_a_day_apart_are_one_figure():
    # an invented text: the lede's "at least" dated by when it was told, the body's count by the attack
    art = _article("At least 31 people were killed when gunmen stormed a market in the northern town, officials said "
                   "Sunday.\n\nA police spokesman said the attackers opened fire on Saturday evening. He said 31 people "
                   "died in the attack and 40 were wounded.", published="2026-04-05")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["qualifier"], m["date"]) for m in measures] == [
        ("killed", 31, "at_least", date(2026, 4, 4)), ("injured", 40, "exact", date(2026, 4, 4))]


def test_two_exact_counts_on_two_days_stay_two_figures():
    art = _article("Two soldiers were killed in a shelling attack on Saturday, the army said. On Sunday, two soldiers "
                   "were killed in a second attack on the same post.", published="2026-04-06")
    _, measures = extract_article(art)
    assert [(m["value"], m["date"]) for m in measures] == [(2, date(2026, 4, 4)), (2, date(2026, 4, 5))]


def test_an_updated_toll_takes_the_day_of_the_attack_told_after_it():
    # an invented text: the lede's day is when the toll rose, the second paragraph's when the shells fell
    art = _article("The death toll from the shelling of a market in the northern town rose to 19 on Thursday, the "
                   "health ministry said.\n\nRebels fired shells into the market on Tuesday afternoon, witnesses said.",
                   published="2025-06-12")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"]) for m in measures] == [("killed", 19, date(2025, 6, 10))]


def test_a_live_blog_entry_dates_its_figures_from_its_own_heading():
    art = _article("Live: strikes on the city\n\n4 Oct 08:10\nThe governor says two people were killed overnight.\n\n"
                   "2 Oct 21:40\nThree people were killed and 13 wounded in a missile strike this evening, medics said.",
                   published="2024-10-04")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"]) for m in measures] == [
        ("killed", 2, date(2024, 10, 4)), ("killed", 3, date(2024, 10, 2)), ("injured", 13, date(2024, 10, 2))]


def test_a_claim_in_the_lede_dated_by_when_it_was_said_is_the_bodys_count():
    art = _article("The army said on Thursday that its troops had killed more than 200 rebel fighters near the town.\n\n"
                   "Soldiers repelled an assault on Wednesday, killing more than 200 fighters, a spokesman said.",
                   published="2025-08-14")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["qualifier"]) for m in measures] == [("killed", 200, "more_than")]


def test_a_country_named_as_a_side_does_not_outweigh_where_it_happened():
    # Uganda is named three times, always as a side (its army, its troops, its defence force); Somalia once,
    # with the region where the base stood: the unplaced counts are Somalia's
    text = ("Al-Shabaab fighters stormed a base in Somalia's Middle Shabelle region on Sunday, Uganda's army said.\n\n"
            "The Uganda People's Defence Force said five soldiers had died and that its troops had killed 20 attackers. "
            "Another 9 soldiers were wounded.")
    rows = extract_article(_article(text, title="Ugandan troops killed in attack on base", published="2025-06-23"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == [
        ("killed", 5, "SOM"), ("killed", 20, "SOM"), ("injured", 9, "SOM")]


def test_a_statements_day_gives_way_to_the_ambush_day_told_next_far_from_that_sentences_own_counts():
    text = ("The defence ministry said on Sunday that 12 soldiers had been killed and 17 wounded in an attack on an "
            "army patrol in the Tillaberi region.\n\n"
            "It said the patrol was ambushed on Friday by several hundred fighters on motorcycles and that the army's "
            "response, supported by air assets, had neutralised dozens of the attackers.")
    rows = extract_article(_article(text, published="2025-03-24"))[1]
    assert [(m["metric"], m["value"], m["date"]) for m in rows][:2] == [
        ("killed", 12, date(2025, 3, 21)), ("injured", 17, date(2025, 3, 21))]


def test_an_article_about_a_storm_or_a_game_has_no_conflict_tolls_in_its_later_sentences():
    storm = ("Typhoon Kiko killed at least 40 people in the central provinces, the disaster agency said on Monday.\n\n"
             "Twelve people remain missing and 37 were injured, most of them in coastal towns, the agency said. "
             "More than 20,000 people were evacuated before the typhoon made landfall.")
    assert extract_article(_article(storm, published="2026-09-14"))[1] == []
    game = ("United beat City 2-1 in the derby on Sunday, with a late goal in stoppage time.\n\n"
            "City, already without four injured players, had most of the possession in the first half. "
            "Police arrested 12 fans after fights outside the stadium, and two supporters were injured in the clashes.")
    rows = extract_article(_article(game, published="2026-09-14"))[1]
    assert [(m["metric"], m["value"]) for m in rows] == [("arrested", 12), ("injured", 2)]


def test_refugees_named_by_their_nation_are_counted_where_they_fled_from():
    text = ("NOUAKCHOTT - The UN refugee agency said more than 8,000 Malians had crossed into Mauritania in the past "
            "month, and about 1,200 Malians arrived at the Mbera camp in Hodh Ech Chargui last week.")
    rows = extract_article(_article(text, published="2025-09-20"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == [("displaced", 8000, "MLI"), ("displaced", 1200, "MLI")]


@pytest.mark.parametrize("text, expected", [
    # a possessive country and its state reached: not where they fled from
    ("BOGOTA - Fighting between two guerrilla groups in Colombia's Catatumbo region killed 20 people this week. "
     "Around 1,500 others crossed the border into Venezuela's Zulia state, officials said.", ("displaced", 1500, "COL")),
    # where they came from, told in the count's own words, beats the country the source speaks from
    ("In neighbouring India, Mizoram police said 600 people from Myanmar's Chin State had crossed into Champhai "
     "district over the past week.", ("displaced", 600, "MMR")),
    # a town of the country reached, named after the crossing, is no place of the count either
    ("KHARTOUM - Clashes spread across Sudan's White Nile state on Monday. The UN refugee agency said more than 12,000 "
     "people had crossed into Chad through the Adre crossing in the past week.", ("displaced", 12000, "SDN")),
    ("Fighting in Somalia's Gedo region killed nine people. Some 4,000 residents fled across the border into Mandera, "
     "Kenya, according to the Kenya Red Cross.", ("displaced", 4000, "SOM")),
    ("Fighting in Somalia's Gedo region killed nine people. In Chad's Ouaddai province, the agency registered 2,300 new "
     "arrivals from Sudan in the Adre crossing area.", ("displaced", 2300, "SDN")),
    # fleeing to a town of one's own country crosses no border
    ("ABUJA - Gunmen killed 12 villagers in Nigeria's Benue state. More than 3,000 people have fled to the nearby town "
     "of Otukpo, officials said.", ("displaced", 3000, "NGA")),
])
def test_people_who_fled_across_a_border_are_counted_where_they_fled_from(text, expected):
    rows = extract_article(_article(text, published="2025-06-20"))[1]
    assert expected in [(m["metric"], m["value"], m["country"]) for m in rows]


def test_a_country_named_as_a_town_is_that_town_in_every_mention_of_the_article():
    art = _article("Three rebels were killed in a clash with soldiers in the town of Mexico, Pampanga, on Monday, the military "
                   "said. A soldier was slightly wounded.\n\nPolice arrested five people in Iloilo province.",
                   title="Rebels killed in Mexico, Pampanga clash", published="2025-06-10")
    rows = extract_article(art)[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == [
        ("killed", 3, "PHL"), ("injured", 1, "PHL"), ("arrested", 5, "PHL")]


def test_a_quoted_count_restating_the_ledes_lower_bound_is_one_figure():
    text = ("BAMAKO, Mali - Jihadist fighters killed at least 21 Malian soldiers in an ambush near the town of Niono on "
            "Monday, security sources said.\n\n\"We counted 21 bodies of soldiers,\" a local official said.")
    rows = extract_article(_article(text, published="2025-03-12"))[1]
    assert [(m["metric"], m["value"], m["qualifier"]) for m in rows] == [("killed", 21, "at_least")]


def test_a_toll_revised_in_the_lede_and_counted_in_the_body_is_one_figure_of_the_killing_day():
    art = _article("KINSHASA (AFP) - The governor of Congo's Mai-Ndombe province on Monday revised down to 19 the number "
                   "of people killed in an attack by militiamen on the village of Nkana, after initially announcing 26 "
                   "deaths over the weekend.\n\nGovernor Lebon Nkoso told reporters that the attack took place on "
                   "Saturday. Nineteen villagers, among them six children, had been killed on Saturday, he said.",
                   published="2025-08-05")
    _, measures = extract_article(art)
    assert [(m["metric"], m["value"], m["date"]) for m in measures if m["value"] == 19] == [("killed", 19, date(2025, 8, 2))]


def test_ethnic_people_who_fled_are_counted_where_they_fled_from():
    art = _article("More than 13,000 ethnic Armenians have fled Nagorno-Karabakh into Armenia since Sunday.",
                   published="2023-09-27")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [("displaced", 13000, "AZE")]


def test_a_vague_amount_beside_a_count_in_its_bounds_is_that_count():
    art = _article("Gang members stormed the town overnight, forcing thousands of people to flee, officials said Tuesday."
                   "\n\nThe mayor said nearly 5,000 people had fled.", published="2025-04-01")
    assert [(m["metric"], m["value"], m["qualifier"]) for m in extract_article(art)[1]] == [("displaced", 5000, "approx")]


def test_an_earthquake_that_struck_is_no_strike_and_its_tolls_are_no_conflict_figures():
    art = _article("A magnitude 6.4 earthquake struck the northern coast before dawn on Saturday, killing at least 19 people "
                   "and injuring more than 210, the risk management secretariat said.\n\nBy Sunday morning the toll had "
                   "risen to 23 dead, and seven people were still missing in the town of Muisne. The quake hit at 4:12 "
                   "a.m.\n\nThe government said it had deployed 2,500 soldiers to help with rescue work and that 12 "
                   "people had been arrested for looting shops.", published="2024-09-22")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("troops", 2500), ("arrested", 12)]


def test_troops_sent_to_their_own_border_are_in_the_sending_country():
    art = _article("Mexican troops clashed with cartel gunmen in Chiapas on Saturday, killing 12. The Guatemalan army said "
                   "it had sent 500 troops to reinforce the border.", published="2025-07-15")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [
        ("killed", 12, "MEX"), ("troops", 500, "GTM")]


def test_rockets_told_again_without_a_target_keep_the_target_named_before_and_their_interceptions_too():
    art = _article("Hezbollah said it launched dozens of rockets at army positions in the Golan Heights on Tuesday.\n\n"
                   "The Israeli military said about 40 rockets were fired from Lebanon in two barrages, of which 25 were "
                   "intercepted.", published="2024-07-10")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [
        ("missiles_launched", 40, "SYR"), ("missiles_intercepted", 25, "SYR")]


def test_troops_abroad_named_often_leave_the_story_where_its_lede_places_it():
    art = _article("MOGADISHU - Militants stormed a base used by Ugandan troops near the town of Sabiid in Lower Shabelle "
                   "region on Sunday.\n\nThe group said its fighters had killed 57 Ugandan soldiers. Uganda's army "
                   "rejected the claim, saying two Ugandan soldiers were killed.\n\nUganda contributes the largest "
                   "contingent.",
                   title="Militants claim 57 Ugandan troops killed; Kampala says two died", published="2025-07-21")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(57, "SOM"), (2, "SOM")]


def test_a_government_answering_from_abroad_does_not_make_its_troops_country_the_place():
    art = _article("The Tigray Interim Administration has accused Eritrean troops stationed in parts of the region of "
                   "killing at least eleven civilians in a remote district over the past week.\n\nEritrea's Information "
                   "Minister dismissed the report. Asmara has consistently denied keeping forces in Tigray, and the "
                   "district lies along the border with Eritrea.",
                   title="Tigray officials say Eritrean troops killed 11; Asmara dismisses report", published="2025-01-22")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(11, "ETH")]


def test_one_of_those_counted_before_is_no_figure_of_its_own():
    art = _article("Two Ghanaian peacekeepers were wounded on Monday. One of the peacekeepers suffered shrapnel wounds and "
                   "was evacuated to a hospital. Gunmen killed 12 villagers. Three of the attackers were killed by soldiers.",
                   published="2025-03-04")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("injured", 2), ("killed", 12), ("killed", 3)]


def test_a_speaker_label_after_a_rank_is_no_place():
    art = _article("COL. DIZON: On Sunday, troops engaged the group in Lanao del Norte. Six fighters were killed.\n\n"
                   "COL. DIZON: We received a report that two civilians were wounded. We are still validating that.",
                   published="2024-03-19")
    assert [(m["value"], m["country"], m["claim_status"]) for m in extract_article(art)[1]] == [
        (6, "PHL", "reported"), (2, "PHL", "unverified")]


def test_a_toll_reached_by_a_party_leaves_the_medics_count_before_it():
    art = _article("A drone strike on a market on Saturday killed at least 28 civilians, according to health workers at the "
                   "referral hospital.\n\nA spokesman for the militia said the toll had reached 40.", published="2025-03-04")
    assert [(m["value"], m["claimant"]) for m in extract_article(art)[1]] == [
        (28, "health workers at the referral hospital"), (40, "A spokesman for the militia")]


def test_a_bombing_told_in_a_sports_report_keeps_its_toll():
    art = _article("Rizwan struck an unbeaten 94 as Pakistan beat Sri Lanka by six wickets in the first one-day "
                   "international, with the bowlers taking early wickets and the batsmen chasing 280 runs in 45 overs.\n\n"
                   "The series had been in doubt after a suicide bomber killed 12 people and wounded 27 outside a court "
                   "complex on Tuesday. The second match of the series, the third innings and the final over drew fans.",
                   title="Rizwan's unbeaten 94 steers Pakistan past Sri Lanka", published="2025-11-13")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("killed", 12), ("injured", 27)]


def test_a_countrys_police_arrest_at_home():
    art = _article("Turkish jets struck 20 PKK targets in northern Iraq, killing 12 militants.\n\nSeparately, Turkish police "
                   "detained 113 people in raids across 32 provinces, the Interior Ministry said.", published="2025-06-05")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [
        ("attacks", 20, "IRQ"), ("killed", 12, "IRQ"), ("arrested", 113, "TUR")]
    # a force abroad ("Kenyan police officers" of a mission in Haiti) arrests where it serves
    art = _article("Gangs stormed the hillside town of Kenscoff near Port-au-Prince on Monday.\n\nKenyan police officers "
                   "of the mission arrested two suspects, the mission said.", published="2025-02-19")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [("arrested", 2, "HTI")]


def test_a_boats_owner_is_no_place_at_sea():
    art = _article("KALEMIE, DR Congo \u2014 Police arrested two people, the boat's owner and its captain, on Saturday, "
                   "the governor's office said.", published="2025-04-13")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(2, "COD")]


def test_an_armed_group_as_actor_never_becomes_the_country_of_troops_sent_to_a_border():
    art = _article("Fighting in Colombia's Catatumbo region has killed 80 people. President Gustavo Petro suspended peace "
                   "talks with the ELN and said he had ordered the deployment of 5,000 soldiers to the region, which "
                   "borders Venezuela.", published="2025-01-20")
    assert [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]] == [
        ("killed", 80, "COL"), ("troops", 5000, "COL")]


def test_a_roundup_paragraph_opened_by_its_country_in_capitals_is_in_that_country():
    art = _article("Our weekly round-up of security incidents, 17-23 November 2025.\n\nMALI - On 18 November, militants "
                   "ambushed a fuel convoy on the main road, killing at least 15 drivers, according to a transport union."
                   "\n\nBURKINA FASO - Local sources said 12 civilians were killed in an attack on the town of Diapaga on "
                   "20 November.\n\nCHAD | N'Djamena said it had deployed 1,500 additional troops to the lake area.",
                   published="2025-11-24")
    got = [(m["metric"], m["value"], m["country"], m["claimant"]) for m in extract_article(art)[1]]
    assert got == [("killed", 15, "MLI", "a transport union"), ("killed", 12, "BFA", "Local sources"),
                   ("troops", 1500, "TCD", "N'Djamena")]


def test_a_roundup_paragraph_opened_by_its_country_in_title_case_is_in_that_country():
    art = _article("Around the region this week.\n\nKenya \u2014 Police in Nairobi said four officers were killed when "
                   "their vehicle hit a roadside bomb near Mandera, Kenya's border town.\n\nLibya \u2014 Fighting between "
                   "rival armed groups in the capital on Monday killed 27 people, the emergency medicine centre said."
                   "\n\nSudan: 480 children were killed in 2023, the report says. In Ukraine, it verified the killing of "
                   "95 children.", published="2024-06-12")
    got = [(m["value"], m["country"]) for m in extract_article(art)[1]]
    assert got[:2] == [(4, "KEN"), (27, "LBY")] and got[-1] == (95, "UKR")  # "Sudan:" a lead word, not a section,
    # when the paragraph moves on to another country


def test_the_day_that_opens_the_next_clause_is_not_the_figures():
    text = ("On Saturday, a missile that the air defences failed to intercept slammed into a playground in Jaffa, lightly "
            "injuring 16 people, and on Thursday fragments of an interceptor hit a school in Ramat Gan.")
    rows = extract_article(_article(text, published="2024-12-22"))[1]
    assert [(m["value"], str(m["date"])) for m in rows] == [(16, "2024-12-21")]

def test_a_bulletins_country_heading_may_end_with_a_full_stop():
    art = _article("This is the news.\n\nDR CONGO. M23 rebels say they have taken Goma. Kinshasa calls it a 'declaration "
                   "of war' and denies the city has fallen. Hospitals report at least 17 dead and 367 wounded since Sunday; "
                   "the UN says three peacekeepers were among those killed.\n\nSYRIA. Aleppo countryside: a Turkish drone "
                   "strike on a vehicle killed 4 SDF fighters, the Kurdish-led force says. Ankara says it 'neutralised' 11 "
                   "'terrorists' in northern Syria over the weekend.\n\nU.S. Central Command said it struck 30 targets "
                   "overnight.", published="2025-01-27")
    got = [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1]]
    assert got[:3] == [("killed", 17, "COD"), ("injured", 367, "COD"), ("killed", 4, "SYR")]
    assert all(m["country"] != "USA" for m in extract_article(art)[1])  # "U.S." opens a sentence, no heading


def test_a_roundup_whose_first_heading_reads_as_a_dateline_keeps_that_country():
    art = _article("SOMALIA \u2013 On 18 February, militants stormed a military base near the capital. The defence ministry "
                   "said troops repelled the assault, killing 27 militants.\n\nSUDAN \u2013 Shelling of Omdurman killed 12 "
                   "civilians on 19 February, medics said. Sudan's army blamed the RSF.\n\nSUDAN \u2013 The RSF said it "
                   "had taken two villages.", published="2024-02-23")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(27, "SOM"), (12, "SDN")]


def test_a_neighbour_named_beside_a_roundup_section_is_not_the_place():
    art = _article("Weekly security roundup.\n\nBENIN - At least 28 soldiers were killed on Wednesday when fighters "
                   "overran a military position close to the borders with Niger and Burkina Faso, the army said.\n\n"
                   "NIGER - Gunmen killed 17 worshippers at a mosque in Fambita on Friday.", published="2025-01-12")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(28, "BEN"), (17, "NER")]


def test_people_held_told_again_with_the_article_after_their_arrest_are_no_second_count():
    art = _article("Police arrested nine people on Sunday over the theft of ballot boxes. The nine suspects, including two "
                   "presiding officers, are in custody. Another 12 suspects are in custody in the capital.",
                   published="2026-08-12")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("arrested", 9), ("detained", 12)]


def test_a_capital_that_did_not_comment_or_is_accused_is_no_place():
    art = _article("The militants claimed to have killed 17 soldiers in Somalia's Gedo region on Monday. Addis Ababa "
                   "did not comment.\n\nTwo shells landed in Burundi's Cibitoke province, killing a farmer. Burundi "
                   "accused Kigali of supplying the artillery.", published="2025-01-15")
    events, measures = extract_article(art)
    assert [(m["value"], m["country"]) for m in measures] == [(17, "SOM"), (1, "BDI")]
    assert {e["country"] for e in events} <= {"SOM", "BDI"}


def test_a_ship_attack_s_weapons_told_later_take_its_day_and_its_missing_crew_are_at_sea():
    art = _article("Four crew members of a bulk carrier were killed when the militia attacked the ship in the Red Sea on "
                   "Sunday, its manager said on Tuesday.\n\nThe company said 19 of the crew had been rescued by a passing "
                   "container ship. Two crew members remain missing. The crew were from the Philippines, India and "
                   "Ukraine.\n\nThe group's spokesman said it had fired six anti-ship missiles at the vessel. Ukraine's "
                   "grain exports continue.", published="2026-03-11")
    got = [(m["metric"], m["value"], str(m["date"]), m["country"]) for m in extract_article(art)[1]]
    assert got == [("killed", 4, "2026-03-08", None), ("missing", 2, "2026-03-08", None),
                   ("missiles_launched", 6, "2026-03-08", None)]


def test_a_town_named_inside_another_country_s_region_is_no_namesake_abroad():
    art = _article("An airstrike on a monastery in Sagaing Region's Kani Township on Sunday killed 23 people, a local "
                   "administration said.\n\nThe Kani Township People's Administration said at least 40 others were "
                   "injured.", title="Kani monastery airstrike kills 23", published="2025-08-05")
    assert [(m["value"], m["country"]) for m in extract_article(art)[1]] == [(23, "MMR"), (40, "MMR")]


def test_channel_posts_take_their_stamped_day_and_launch_directions_are_no_place():
    art = _article("Air Force of the Armed Forces of Ukraine - channel posts\n\n\U0001F4CC 03.10.2025, 09:12\nOvernight, the "
                   "enemy attacked with 109 strike UAVs. Launch directions: Kursk, Millerovo, Oryol.\nAir defence shot down "
                   "84 drones in the north of the country.\n\n\U0001F4CC 04.10.2025, 08:47\nOvernight, the enemy launched 381 "
                   "drones. Main targets: Lviv and Ivano-Frankivsk regions.", published="2025-10-05")
    got = [(m["metric"], m["value"], m["country"], str(m["date"])) for m in extract_article(art)[1]]
    assert got == [("drones_launched", 109, "UKR", "2025-10-03"), ("drones_intercepted", 84, "UKR", "2025-10-03"),
                   ("drones_launched", 381, "UKR", "2025-10-04")]


@pytest.mark.parametrize("text, title, published, expected", [
    # a storm and a train crash named in the title: no tolls, but the storm's relief troops
    ("The death toll from Cyclone Gezani rose to 59 on Wednesday, the disaster office said.\n\nAt least 112 people were "
     "injured and 16 are still missing, the office said.\n\nGezani struck with sustained winds of 185 kilometers per "
     "hour.\n\nThe army has deployed 600 soldiers and two helicopters to help clear roads and distribute food.",
     "Cyclone Gezani toll climbs to 59", "2026-02-11", [("troops", 600)]),
    ("At least 17 people were killed and 61 injured on Tuesday when a passenger train ran into the back of another near "
     "the city, the health ministry said.\n\nThe toll was raised from nine dead in a first statement. Train number 1902 "
     "struck the stationary train at about 8:40 am.\n\nIn 2021, 32 people were killed when two trains collided in Sohag.",
     "Two passenger trains collide, killing 17", "2024-10-16", []),
    # an accident told twice, and a bike race
    ("A fuel tanker overturned and exploded on the highway late on Sunday, killing 11 people who had rushed to siphon "
     "fuel, police said.\n\nThe tanker swerved to avoid a minibus and rolled over at about 9 p.m.\n\nThe death toll rose "
     "from seven overnight to 11 by Monday afternoon. The transport authority said 4,458 people died on the country's "
     "roads in 2024.", "Tanker explosion kills 11", "2025-10-20", []),
    ("Dutch rider Sven van der Berg won the fifth stage on Thursday after a series of late attacks on the final climb, as "
     "a crash brought down about 30 riders.\n\nVan der Berg, 27, attacked four times on the climb before breaking clear. "
     "Three riders were taken to hospital, the race doctor said.", "Van der Berg wins stage five", "2024-06-06", []),
    # an eruption's evacuees, burns, missing and search drones
    ("The death toll from Tuesday's eruption of the volcano rose to 11 on Wednesday, the disaster agency said.\n\nMore "
     "than 9,400 people have been evacuated to 27 shelters, and at least 56 were being treated for burns, the agency said. "
     "Seven people remain missing.\n\nThe military deployed 450 soldiers to help with the search, using 12 excavators and "
     "two drones to scan the ash fields.", "Eruption toll rises to 11", "2026-01-14", [("troops", 450)]),
    # but a disease article that tells of fighting, in a sentence of aid, keeps the war's displacement
    ("A cholera outbreak has killed at least 68 people in the camps, a medical charity said.\n\nThe fall of the city to "
     "the paramilitaries displaced more than 100,000 people, the IOM says.\n\nA vaccination campaign is due to start, but "
     "aid agencies said fighting on roads was delaying deliveries.", "Cholera kills 68", "2025-10-15",
     [("displaced", 100000)]),
    # a storm whose country "is struck by" typhoons every year; a drink-driving crash; a crowd surge at a concert
    ("The death toll from Typhoon Kalo rose to 21 on Wednesday, the disaster council said.\n\nNine people remained "
     "missing, and at least 37 were injured by falling trees, the council said. Nearly 140,000 people were evacuated "
     "from coastal areas before the storm made landfall.\n\nThe island nation is struck by an average of 20 typhoons "
     "a year.", "Typhoon Kalo toll rises to 21", "2026-07-22", []),
    ("A motorist who drove into a bus shelter while more than twice the drink-drive limit, killing three people and "
     "injuring four others, has been jailed for 11 years.\n\nHe admitted three counts of causing death by careless "
     "driving.", "Driver jailed for bus shelter deaths", "2024-03-14", []),
    ("Twenty-seven people were injured, three of them seriously, when a crowd surged toward the stage during a concert "
     "at the city stadium on Saturday night, the health secretariat said.\n\nPolice said they had detained 11 people "
     "outside the stadium for selling counterfeit tickets. Paramedics treated dozens for crush injuries after the crowd "
     "surge.", "Crowd surge at concert injures 27", "2025-04-13", [("arrested", 11)]),
    # a football report's "launched 27 attacks" and injured players; a landslide that "struck" and its bodies
    ("Newcastle launched 27 attacks down the left and fired 31 crosses into the box but managed only four shots on "
     "target. Brentford, who had six first-team players injured, defended deep.\n\nThe winger struck in the 84th "
     "minute. Three players were booked and the captain limped off with a hamstring problem in stoppage time.",
     "Brentford edge Newcastle 2-1", "2025-12-01", []),
    ("The death toll from a landslide that buried a hamlet rose to 19 on Saturday, the disaster agency said.\n\n"
     "Rescuers recovered eight more bodies overnight. The slide struck the district on Thursday after two days of "
     "heavy rain.\n\nSome 600 soldiers, police officers and volunteers are taking part in the search.",
     "Landslide buries hamlet; 19 dead", "2026-01-24", [("troops", 600)]),
])
def test_articles_about_a_disaster_an_accident_a_disease_or_a_race_keep_only_conflict_figures(text, title, published,
                                                                                             expected):
    rows = extract_article(_article(text, title=title, published=published))[1]
    assert [(m["metric"], m["value"]) for m in rows] == expected


def test_a_year_of_birth_dates_nothing_and_molotov_cocktails_are_no_place():
    art = _article("Two civilians were injured this morning, a man born in 1968 and a woman, the governor said.\n\n"
                   "In Tbilisi, participants threw Molotov cocktails at officers, and police detained 224 people.",
                   published="2025-03-14")
    got = [(m["value"], str(m["date"]), m["country"]) for m in extract_article(art)[1]]
    assert got == [(2, "2025-03-14", "GEO"), (224, "2025-03-14", "GEO")]


def test_a_day_still_to_come_dates_nothing_and_stray_shells_from_fighting_are_where_they_landed():
    art = _article("Two police officers were slightly hurt, the spokesman said, adding that the suspects would appear in "
                   "court on Friday.", published="2025-09-25")
    (m,) = extract_article(art)[1]
    assert (m["value"], str(m["date"])) == (2, "2025-09-25")
    art = _article("Two Thai residents were wounded when stray shells from fighting in the Myanmar border town of Myawaddy "
                   "landed in Mae Sot district on Sunday, Thai army officials said.", published="2024-04-22")
    (m,) = extract_article(art)[1]
    assert (m["value"], m["country"], str(m["date"])) == (2, "THA", "2024-04-21")


def test_a_governors_own_town_places_his_figures_and_a_caveat_on_a_claim_of_no_count_stays_with_it():
    # "Kherson's governor said": the town he governs, not the region named in the paragraph before; "The claim could
    # not be verified" after a claim with only a name's number ("the Project 22160 patrol ship") is that claim's
    art = _article("Air defences downed four drones over the Sea of Azov and two over the Krasnodar region, the "
                   "ministry said.\n\nKherson's governor said a man was killed and two others were injured when "
                   "debris fell on a house.\n\nThe navy said on Sunday its sea drones had struck a Project 22160 "
                   "patrol ship off Novorossiysk. The claim could not be independently verified.\n\nIn Novorossiysk, "
                   "authorities said two port workers were wounded by shrapnel.", published="2025-08-24")
    got = [(m["metric"], m["value"], m["country"], m["claim_status"]) for m in extract_article(art)[1]]
    assert ("killed", 1, "UKR", "reported") in got
    assert ("injured", 2, "UKR", "reported") in got
    assert ("injured", 2, "RUS", "reported") in got


@pytest.mark.parametrize("text, published, expected", [
    # the toll's update day and the earlier toll's day ("up from 22 on Monday") are no days of the deaths
    ("The death toll from an airstrike on a market town has risen to 37, the rebel army said on Wednesday, up from 22 "
     "on Monday.\n\nA jet dropped two bombs on the town's market on Sunday evening, residents said.",
     "2026-02-11", [("killed", 37, "2026-02-08")]),
    ("The death toll from an assault on the town rose to 58 on Saturday, a security source said, up from the 31 "
     "reported by the army on Thursday evening.\n\nThe attack began at dawn on Thursday, when fighters stormed a "
     "military camp.", "2025-06-14", [("killed", 58, "2025-06-12")]),
    # a when-clause after the casualties tells their day, commas between or not
    ("The death toll from a prison riot rose to 31 on Wednesday after guards found 27 more bodies.\n\nThe prison "
     "agency had initially said four inmates were killed and 33 were injured, including one police officer, when "
     "fighting broke out between rival gangs on Sunday afternoon.", "2025-11-12",
     [("killed", 31, "2025-11-09"), ("killed", 4, "2025-11-09"), ("injured", 33, "2025-11-09")]),
])
def test_a_toll_update_takes_the_day_of_the_deaths_it_counts(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert [(m["metric"], m["value"], str(m["date"])) for m in rows] == expected


def test_figures_of_a_clause_of_what_came_before_the_days_happening_are_not_dated_to_it():
    # "deployed troops on Monday after a weekend of violence in which gunmen killed four people": before Monday, and
    # the body's "On Sunday, gunmen ... killing four people" is the same figure, with its day
    art = _article("The government deployed 1,500 soldiers to the city on Monday after a weekend of violence in which "
                   "a prison riot left 15 inmates dead and gunmen killed four people at a market, officials said.\n\n"
                   "The riot broke out on Saturday evening. Fifteen inmates were killed.\n\nOn Sunday, gunmen opened "
                   "fire at a fish market, killing four people, police said.", published="2026-02-10")
    got = [(m["metric"], m["value"], str(m["date"])) for m in extract_article(art)[1]]
    assert got == [("troops", 1500, "2026-02-09"), ("killed", 15, "2026-02-07"), ("killed", 4, "2026-02-08")]
    alone = extract_article(_article("Troops were deployed to the city on Monday after gunmen killed four people at a "
                                     "market.", published="2026-02-10"))[1]
    assert [(m["value"], str(m["date"]), m["date_precision"]) for m in alone] == [(4, "2026-02-09", "week")]


def test_the_ledes_only_day_in_an_after_clause_dates_the_figures_told_later():
    # the ambush "on Tuesday" is told in an after-clause, and it is the only day the lede gives
    art = _article("The army said on Wednesday that it had killed about 30 assailants after jihadists ambushed a fuel "
                   "convoy near the border on Tuesday.\n\nIn a statement read on state television, the army said four "
                   "soldiers escorting the convoy were killed and nine wounded.", published="2025-10-09")
    got = [(m["metric"], m["value"], str(m["date"])) for m in extract_article(art)[1]]
    assert got == [("killed", 30, "2025-10-07"), ("killed", 4, "2025-10-07"), ("injured", 9, "2025-10-07")]


def test_the_site_named_before_places_a_later_figure_and_the_strikers_source_does_not():
    # "the refinery" is the one struck in Saratov; "Ukraine's" in the striking side's source is no target
    art = _article("Ukrainian drones struck an oil refinery in Saratov overnight, the regional governor said.\n\nA "
                   "source in Ukraine's SBU security service told Reuters that the service's drones had hit the refinery "
                   "and that \"at least 20 drones reached their targets.\"", published="2026-02-10")
    rows = extract_article(art)[1]
    assert [(m["metric"], m["value"], m["country"], m["location"]) for m in rows] == [("drones_hit", 20, "RUS", "Saratov")]


def test_another_source_puts_the_figure_at_a_count_of_the_same_people():
    art = _article("Police said 12 gang members were killed in the raid on Monday.\n\nA police source quoted by a "
                   "newspaper put the figure at 37 gang members.", published="2026-02-10")
    got = [(m["metric"], m["value"], (m["claimant"] or "").split(" quoted")[0]) for m in extract_article(art)[1]]
    assert got == [("killed", 12, "Police"), ("killed", 37, "A police source")]


def test_most_of_the_victims_place_is_the_wholes():
    art = _article("Israeli jets struck Sanaa and the Houthi-held port of Hodeida on Tuesday. The missile was intercepted by "
                   "Israel's Arrow system, the Israeli military said.\n\nThe health ministry said the strikes killed "
                   "nine people and wounded 74, most of them workers at a power station in Hodeida.", published="2024-11-13")
    got = [(m["metric"], m["value"], m["country"]) for m in extract_article(art)[1] if m["metric"] in ("killed", "injured")]
    assert got == [("killed", 9, "YEM"), ("injured", 74, "YEM")]


@pytest.mark.parametrize("text, published, expected", [
    # a capital that fires is the attacker, not the place ("in which Tehran fired")
    ("Israel says 28 people were killed by Iran's retaliatory missile attacks, in which Tehran fired around 550 "
     "ballistic missiles.", "2025-06-25", [("killed", 28, "ISR")]),
    # most of the victims' place is the whole's, in a story told from Israel
    ("Israeli jets struck the capital, Sanaa, and the port of Hodeida on Tuesday, the Israeli military said. Israel "
     "said its Arrow system intercepted the missile over Israel.\n\nThe health ministry said the strikes killed nine "
     "people, most of them workers at a power station in Hodeida.", "2024-11-13", [("killed", 9, "YEM")]),
])
def test_the_country_of_a_figure_is_not_the_attackers(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows if m["metric"] == expected[0][0]] == expected


def test_a_toll_revised_down_after_an_earlier_count_keeps_the_revised_figure():
    art = _article("Cameroon's defence ministry on Tuesday revised down to seven the number of soldiers killed when "
                   "separatist fighters ambushed a military convoy in the North-West region, after a regional official "
                   "had earlier put the toll at 12.\n\n\"Seven of our soldiers fell in the line of duty and five others "
                   "were wounded,\" the spokesman said. The ambush took place on Sunday.", published="2023-09-19")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("killed", 7), ("injured", 5)]


def test_a_day_after_the_same_subjects_next_verb_dates_both_counts():
    art = _article("Artillery shelling on the city killed eight civilians, among them three children, and wounded 15 "
                   "others on Sunday, the doctors' network said.", published="2026-01-27")
    assert [(m["value"], str(m["date"])) for m in extract_article(art)[1]] == [(8, "2026-01-25"), (15, "2026-01-25")]


def test_the_dead_counted_again_at_a_sentence_start_are_no_new_figure():
    art = _article("Police shot dead two young men in the town on Monday. The two dead were aged 19 and 23, police said.",
                   published="2024-10-29")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("killed", 2)]


def test_a_reporters_question_gives_no_figure_but_the_answer_does():
    art = _article("Q: Can you confirm reports that a Houthi missile hit the bulk carrier on Sunday?\n\nMS. SINGH: I can "
                   "confirm that. One missile struck the vessel.\n\nQ: Were 12 sailors killed in the attack?\n\nMS. "
                   "SINGH: No.", published="2024-03-12")
    got = [(m["metric"], m["value"], m["quote"]) for m in extract_article(art)[1]]
    assert got == [("missiles_hit", 1, "One missile struck")]


def test_figures_of_a_follow_up_raid_told_later_keep_the_day_they_were_told():
    art = _article("Separatist fighters set ablaze the main market on Monday night, killing a trader and a motorbike "
                   "rider.\n\nIn a communique on Tuesday, the prefect said troops had neutralised five fighters in a "
                   "follow-up raid on a camp.", published="2025-11-20")
    assert [(m["value"], str(m["date"])) for m in extract_article(art)[1]] == [(2, "2025-11-17"), (5, "2025-11-18")]


def test_a_count_corrected_to_the_value_told_before_is_that_figure():
    art = _article("The military said its forces had shot down three drones launched toward the Red Sea.\n\nAn official had "
                   "earlier told reporters that five drones were shot down, but the command later corrected the number to "
                   "three.", published="2024-02-27")
    assert [(m["metric"], m["value"]) for m in extract_article(art)[1]] == [("drones_intercepted", 3)]


@pytest.mark.parametrize("text, published, expected", [
    # a point given in nautical miles off a port, told in the sentence before the figure: at sea
    ("18 JUN 2024 - 95 NM west of Hodeidah: a vessel was struck by an uncrewed surface vessel. One crew member missing.",
     "2024-06-22", [("missing", 1, None)]),
    # a country's name in a local place name ("the Kuwait roundabout" in Gaza City) is no country
    ("The hospital in Gaza City said it had received the bodies of nine people killed while waiting for flour trucks at "
     "the Kuwait roundabout.", "2024-03-01", [("killed", 9, "PSE")]),
])
def test_places_at_sea_and_countries_inside_local_names(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows] == expected


def test_a_night_told_from_the_report_day_takes_the_day_the_next_sentence_gives_that_happening():
    text = ("The number of people killed in overnight attacks by gunmen on three villages in Plateau state has risen "
            "to 38, the state government said on Tuesday, while community leaders said 51 people had died.\n\n"
            "Gunmen stormed the villages late on Sunday, shooting residents, witnesses said.")
    assert ("killed", 51, "2026-05-24") in _dates_of(text, "2026-05-26")
    # a next sentence about another happening leaves the night as told
    text = ("A doctor at the main hospital said it had received 47 injured people overnight.\n\n"
            "The government had deployed police ahead of the march, which began on Sunday.")
    assert _dates_of(text, "2026-05-27") == [("injured", 47, "2026-05-27")]


def test_a_day_given_for_what_a_strike_answered_is_not_the_strike_s_day():
    text = ("Hours later, a warplane struck the port of Hodeidah. The health ministry said the strike killed six people "
            "and wounded 42. Israel's military said the strike was a response to a missile launched at Eilat on Saturday.")
    assert _dates_of(text, "2026-02-10") == [("injured", 42, "2026-02-10"), ("killed", 6, "2026-02-10"),
                                             ("missiles_launched", 1, "2026-02-07")]


def test_days_after_the_attack_told_beside_the_statement_day_date_the_attack():
    text = ("Seventeen people were killed in an air strike on a monastery, local rescuers said on Wednesday, three days "
            "after the attack.")
    assert _dates_of(text, "2025-05-21") == [("killed", 17, "2025-05-18")]
    # a happening's own day keeps it: the arrests were on Wednesday
    assert _dates_of("Police arrested 12 suspects on Wednesday, two days after the attack.", "2025-05-21") == [
        ("arrested", 12, "2025-05-21")]


def test_a_paragraph_naming_again_the_thing_of_a_dated_one_sentence_paragraph_goes_on_with_its_day():
    text = ("The network condemns the attack on the village of Gungong in the early hours of Monday 6 November 2023.\n\n"
            "According to testimonies gathered by our monitors, armed men stormed the village at about 3 a.m., killing "
            "nine civilians.")
    assert _dates_of(text, "2023-11-08") == [("killed", 9, "2023-11-06")]


@pytest.mark.parametrize("text, published, expected", [
    # the day of the happening a revised toll counts, named in its own sentence
    ("KALEMIE - Authorities in Nyunzu territory on Thursday revised down the toll of Tuesday's militia attack on the "
     "village of Kabeya to 14 dead, from the 18 announced the day before.", "2023-08-18", ("killed", 14, "2023-08-15")),
    # or told after: the revision's day ("on Monday raised to 37") is when the toll was told, not when they died
    ("BUNIA - The Congolese army on Monday raised to 37 the number of displaced people killed when militiamen stormed a "
     "camp near Djugu overnight Saturday, up from the 19 it had announced on Sunday morning.", "2025-05-19",
     ("killed", 37, "2025-05-17")),
    ("The state prosecutor's office on Wednesday lowered to five the number of people killed in an ambush on a convoy "
     "of community police, after one man reported dead turned up alive in hospital.\n\nOn Tuesday the office had said "
     "six officers were killed when gunmen opened fire on their trucks on Monday afternoon.", "2025-10-30",
     ("killed", 5, "2025-10-27")),
    # "since November last year, when ...": the when-clause's month, in the year the tail names
    ("QUETTA - A suicide bomber killed 30 people at a checkpoint on Monday. The attack was the deadliest in the city "
     "since November last year, when a suicide bomber killed 26 people at the railway station.", "2025-03-05",
     ("killed", 26, "2024-11-15")),
    # a year telling the past of a place set beside it does not date the count
    ("Ukraine launched drones at Russia overnight. Moscow said another nine drones were shot down over Crimea, the "
     "peninsula Russia seized from Ukraine in 2014.", "2025-08-14", ("drones_intercepted", 9, "2025-08-14")),
])
def test_a_figure_is_dated_to_the_happening_it_counts_not_to_a_revision_or_a_places_past(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert expected in [(m["metric"], m["value"], str(m["date"])) for m in rows]


def test_a_table_row_is_dated_by_its_slashed_date_cell():
    text = ("The following table compiles incidents verified by our monitors in the North-West region of Cameroon.\n\n"
            "Date | Location | Perpetrator | Killed | Injured\n"
            "02/10/2024 | Bamenda | Separatist fighters | 3 | 5\n"
            "12/10/2024 | Mamfe | Army | 6 | 4\n")
    rows = extract_article(_article(text, published="2024-10-18"))[1]
    assert {(m["metric"], m["value"], str(m["date"])) for m in rows} >= {
        ("killed", 3, "2024-10-02"), ("injured", 5, "2024-10-02"), ("killed", 6, "2024-10-12"), ("injured", 4, "2024-10-12")}


@pytest.mark.parametrize("title, intro", [
    ("Central Sahel weekly conflict table, 9-15 June 2025", "Weekly figures compiled from local sources."),
    ("Protection monitoring: weekly snapshot", "The table below summarises incidents recorded during the week of 9 to 15 June "
                                               "2025."),
])
def test_a_tables_period_named_in_its_title_or_introduction_dates_its_rows(title, intro):
    text = (f"{intro}\n\n| Country | Attacks | Killed | Injured |\n|---|---|---|---|\n| Burkina Faso | 31 | 212 | 87 |\n"
            "| Mali | 18 | 96 | 40 |\n")
    rows = extract_article(_article(text, title=title, published="2025-06-17"))[1]
    killed = {m["value"]: m for m in rows if m["metric"] == "killed"}
    assert set(killed) == {212, 96}
    assert (str(killed[212]["date_start"]), str(killed[212]["date_end"])) == ("2025-06-09", "2025-06-15")
    # a news story naming a week in its title dates nothing of its own by it
    story = extract_article(_article("Gunmen killed 12 villagers in Mali on Monday, officials said.",
                                     title="Sahel violence, 9-15 June 2025", published="2025-06-17"))[1]
    assert [(m["value"], str(m["date"])) for m in story] == [(12, "2025-06-16")]


@pytest.mark.parametrize("text, published, expected", [
    # more casualties of a happening placed before are placed there
    ("Israeli strikes on two villages in south Lebanon's Bint Jbeil district killed six people on Wednesday, "
     "Lebanon's Health Ministry said.\n\n"
     "The ministry said 11 others were wounded in the strikes on Aitaroun and Yaroun.\n\n"
     "Israel's military said it had struck Hezbollah. Hezbollah later fired rockets at the Israeli town of Metula "
     "and at an army base in Israel near Kiryat Shmona, and Israel's army said Israel would respond. Israeli "
     "officials said Israel was on alert.", "2025-03-06", [("killed", 6, "LBN"), ("injured", 11, "LBN")]),
    # a count coordinated with one its words placed shares its place (not Gaza, the war's name; nor Lebanon)
    ("BEIRUT (AP) - Hezbollah fighters fired anti-tank missiles at army posts along the border on Sunday, killing "
     "one Israeli civilian and wounding three soldiers, the military said, in the heaviest exchange of fire since "
     "the war in Gaza began.\n\n"
     "Israel responded with artillery strikes on Lebanese villages. Lebanon said Lebanon would complain to the UN.",
     "2023-10-15", [("killed", 1, "ISR"), ("injured", 3, "ISR")]),
])
def test_casualties_told_with_a_placed_happening_take_its_place(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows if m["metric"] in ("killed", "injured")] == expected


def test_a_town_named_with_its_country_is_that_countrys_in_every_mention():
    text = ("TRIPOLI, Lebanon - Four people were killed and 17 wounded in overnight gunfights between rival "
            "neighbourhoods in Tripoli, the army said on Tuesday.\n\n"
            "Tripoli, the country's second city, should not be confused with the Libyan capital of the same name, "
            "where militia clashes in Libya's west killed eight people in May.")
    rows = extract_article(_article(text, published="2025-06-10"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in rows][:2] == [("killed", 4, "LBN"), ("injured", 17, "LBN")]


def test_a_figure_told_again_with_a_bound_keeps_the_bound():
    text = ("YANGON - The death toll from a military air strike on a market in Sagaing Region has risen to 28, rescuers "
            "said on Saturday.\n\nAt least 28 people, including seven children, were killed when a jet bombed the "
            "market on Thursday, a rescue worker said.")
    rows = [m for m in extract_article(_article(text, published="2024-11-16"))[1] if m["metric"] == "killed"]
    assert [(m["value"], m["qualifier"]) for m in rows] == [(28, "at_least")]


def test_what_became_of_people_a_happening_took_is_not_dated_to_that_happening():
    text = ("Gunmen seized 41 people during an attack on 4 January in the village, killing two people.\n\n"
            "A police spokesperson said on Monday that 38 of the hostages had been released.")
    assert _dates_of(text, "2026-01-20") == [("killed", 2, "2026-01-04"), ("released", 38, "2026-01-19")]


def test_an_update_of_one_sides_dead_does_not_replace_the_other_sides_count():
    text = ("The army on Monday revised to five the number of rebels killed in the clash, after earlier reporting seven.\n\n"
            "The NPA's Apolinario Gatmaitan Command, in a statement posted on Facebook, acknowledged the loss of three "
            "fighters. It claimed its fighters had killed four soldiers, a figure the army denied.")
    rows = extract_article(_article(text, published="2025-04-22"))[1]
    assert 4 in [r["value"] for r in rows if r["metric"] == "killed"]


def test_a_two_bureau_dateline_and_the_attackers_weapons_are_not_the_place():
    text = ("ISLAMABAD/NEW DELHI, May 8 (Reuters) - Pakistan's military said on Thursday that 31 civilians were killed "
            "in Indian missile strikes early on Wednesday. Another 57 people were wounded, a military spokesman said.\n\n"
            "India said its forces had struck nine sites in Pakistan. Indian officials gave no toll.")
    rows = extract_article(_article(text, title="Pakistan raises civilian toll from Indian missile strikes; India says "
                                          "it hit nine sites", published="2025-05-08"))[1]
    assert {(r["metric"], r["value"], r["country"]) for r in rows} >= {("killed", 31, "PAK"), ("injured", 57, "PAK")}


def test_a_list_by_place_whose_first_item_is_told_whole_gives_each_place_its_count():
    text = ("MOSCOW - Russia's defence ministry said on Thursday that 22 drones were downed over the Bryansk region, "
            "16 over Kursk, 11 over Oryol and 10 over the Sea of Azov.")
    rows = extract_article(_article(text, published="2025-02-20"))[1]
    assert [(r["metric"], r["value"], r["country"], r["admin1"]) for r in rows] == [
        ("drones_intercepted", 22, "RUS", "Bryansk"), ("drones_intercepted", 16, "RUS", "Kursk"),
        ("drones_intercepted", 11, "RUS", "Oryol"), ("drones_intercepted", 10, None, None)]


def test_two_counts_of_one_verb_and_one_value_have_their_own_ids():
    text = "In November 2010 a North Korean barrage on Yeonpyeong killed two Marines and two civilians."
    rows = extract_article(_article(text, published="2024-01-05"))[1]
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 2), ("killed", 2)]
    assert len({r["measure_id"] for r in rows}) == 2


def test_an_earlier_report_is_not_replaced_by_another_count_told_after_it_in_its_sentence():
    text = ("Earlier, the ministry said that 16 Ukrainian drones had been shot down over the Black Sea overnight, and that "
            "a patrol ship had destroyed three unmanned boats.")
    rows = extract_article(_article(text, published="2023-08-11"))[1]
    assert ("drones_intercepted", 16) in [(r["metric"], r["value"]) for r in rows]


def test_an_updated_toll_naming_no_place_falls_where_the_count_it_updates_fell():
    text = ("Israeli troops stayed in the border strip on Sunday, the Israeli army said, after Israel asked to keep them "
            "there. Israeli officials in Jerusalem said the Israeli withdrawal would wait, and Israel's cabinet agreed."
            "\n\nBy nightfall Lebanon's health ministry said Israeli fire had killed 22 people in border villages. A "
            "ministry update on Monday put the toll at 24 dead.")
    rows = extract_article(_article(text, title="Israeli troops fire on villagers as Israel stays",
                                    published="2025-01-27"))[1]
    assert [(r["metric"], r["value"], r["country"]) for r in rows] == [("killed", 22, "LBN"), ("killed", 24, "LBN")]


def test_counts_summing_to_an_overall_toll_are_its_parts_not_earlier_counts_of_it():
    text = ("BEIRUT - More than 740 civilians have been killed in Syria's coastal region since Thursday, a war monitor "
            "said on Saturday.\n\nThe Observatory said 125 soldiers and 148 pro-Assad fighters had also died, bringing "
            "the overall toll to more than 1,000.")
    rows = extract_article(_article(text, published="2025-03-08"))[1]
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 740), ("killed", 125), ("killed", 148),
                                                          ("killed", 1000)]


def test_an_earlier_report_corrected_later_in_its_sentence_gives_way_to_the_correction():
    text = ("Earlier, CENTCOM said US forces had shot down seven drones launched from Yemen in the preceding 24 hours; a "
            "spokesperson later corrected the figure to six.")
    rows = extract_article(_article(text, published="2025-02-07"))[1]
    assert [(r["metric"], r["value"]) for r in rows] == [("drones_intercepted", 6)]


@pytest.mark.parametrize("text, title, published, expected", [
    # "during the month", "over the same period": the month named before (the title's)
    ("Israeli forces killed 71 Palestinians in the West Bank, OCHA says. Three Israelis were killed by Palestinians in "
     "the West Bank during the month, the agency adds. OCHA also says 612 Palestinians were injured over the same period.",
     "UN says 71 Palestinians killed in January", "2025-02-04",
     {("killed", 3): ("2025-01-15", "month"), ("injured", 612): ("2025-01-15", "month")}),
    # a yardstick year ("up from 81 in 2023") is no period for "during the year"
    ("Armed violence claimed 67 lives in 2024, police said on Monday. The report recorded 98 shootings, up from 81 in "
     "2023. Police arrested 45 people suspected of links to the group during the year.",
     "Police: armed violence claimed 67 lives in 2024", "2024-12-31", {("arrested", 45): ("2024-07-01", "year")}),
    # "during the period", "over the one-month period", paragraphs after the month was named
    ("In May, at least 1,300 people were killed in Benue and Plateau, Amnesty said on Tuesday.\n\nAt least 812 people "
     "were killed in Benue State over the one-month period, it said.\n\nSecurity forces arrested only 43 suspects during "
     "the period, the report found.", "Amnesty: 1,300 killed", "2025-06-03",
     {("killed", 812): ("2025-05-15", "month"), ("arrested", 43): ("2025-05-15", "month")}),
])
def test_a_period_told_before_dates_during_the_month_the_year_or_the_period(text, title, published, expected):
    rows = extract_article(_article(text, title=title, published=published))[1]
    got = {(m["metric"], m["value"]): (str(m["date"]), m["date_precision"]) for m in rows}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # "12 of them" picks from the count of the sentence before: its year
    ("Moldova's border police on Thursday found the body of a Ukrainian man on the bank of the Dniester.\n\n"
     "According to the border police, 1,268 Ukrainian citizens crossed into Moldova outside official checkpoints last "
     "year, most of them men of conscription age. At least 12 of them were found dead on Moldovan territory.",
     "2024-01-19", {("killed", 12): ("2023-07-01", "year", "MDA")}),
    # not the day of the happening told before
    ("Rescuers found a Ukrainian man dead on Tuesday in the Maramures mountains.\n\nLast year, Romanian border guards "
     "detained 6,824 migrants who entered Romania illegally. The authorities say 11 of them died while crossing.",
     "2025-01-15", {("killed", 11): ("2024-07-01", "year", "ROU")}),
])
def test_a_part_of_the_count_before_happened_in_its_time_and_place(text, published, expected):
    rows = extract_article(_article(text, published=published))[1]
    got = {(m["metric"], m["value"]): (str(m["date"]), m["date_precision"], m["country"]) for m in rows}
    assert {k: got.get(k) for k in expected} == expected


def test_a_list_of_counts_by_place_names_each_place_even_one_the_gazetteer_lacks():
    text = ("Of the 118, 46 were killed in Eastern Visayas, 31 in Caraga, 22 on Negros Island and 19 in Northern "
            "Mindanao, the army said.")
    rows = extract_article(_article(text, published="2024-11-22"))[1]
    assert [(m["value"], m["country"], m["admin1"], m["location"]) for m in rows] == [
        (46, "PHL", "Eastern Visayas", None), (31, "PHL", "Caraga", None), (22, "PHL", None, "Negros Island"),
        (19, "PHL", "Northern Mindanao", None)]


def test_a_since_day_in_the_figures_own_clause_beats_another_clauses_month():
    ms = extract_article(_article("In February, a soldier was killed in an ambush in the same area, and another "
                                  "officer has been missing since Tuesday, the police said.", published="2026-03-27"))[1]
    assert [(m["metric"], m["value"], m["date_start"]) for m in ms] == [
        ("killed", 1, date(2026, 2, 1)), ("missing", 1, date(2026, 3, 24))]


@pytest.mark.parametrize("text", [
    "The Russian Defense Ministry said 102 drones were downed overnight across 11 regions and over Crimea.",
    "Russia's Defence Ministry said 46 Ukrainian drones had been intercepted overnight over nine regions and over the "
    "Sea of Azov.",
])
def test_interceptions_over_unnamed_regions_are_over_the_reporting_country(text):
    ms = extract_article(_article(text))[1]
    assert [(m["metric"], m["country"]) for m in ms] == [("drones_intercepted", "RUS")]


def test_a_capital_that_keeps_troops_abroad_is_the_sender_not_the_place():
    ms = extract_article(_article("Pemba, Mozambique (Lusa) - Insurgents beheaded four men in two villages of Muidumbe "
                                  "district, in the northern Mozambican province of Cabo Delgado, on Wednesday.\n\n"
                                  "Rwandan forces, deployed in Cabo Delgado since July 2021, began patrolling the district "
                                  "on Thursday, the same sources said. Kigali keeps some 4,000 military and police "
                                  "personnel in the province under a bilateral agreement with Maputo.",
                                  published="2025-03-14"))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in ms if m["metric"] == "troops"] == [("troops", 4000, "MOZ")]


def test_a_drone_that_crashed_into_a_building_is_no_accident():
    ms = extract_article(_article("Six people were lightly injured early on Friday when a drone crashed into a "
                                  "building in Taba, Egyptian officials said."))[1]
    assert [(m["metric"], m["value"], m["country"]) for m in ms] == [("injured", 6, "EGY")]


def test_a_count_by_month_keeps_the_place_and_takes_its_month():
    ms = extract_article(_article("Police killed 160 people in Culiacan in September, and 30 in October.",
                                  published="2024-12-01"))[1]
    assert [(m["value"], m["location"], m["date_start"]) for m in ms] == [
        (160, "Culiacán", date(2024, 9, 1)), (30, "Culiacán", date(2024, 10, 1))]


def test_a_ranking_by_place_counts_each_place_with_its_own_figure():
    ms = extract_article(_article("The arrests map shows Yangon Region again leading with 58 arrests, followed by "
                                  "Mandalay Region with 41 and Sagaing Region with 33."))[1]
    assert [(m["metric"], m["value"], m["admin1"]) for m in ms] == [
        ("arrested", 58, "Yangon"), ("arrested", 41, "Mandalay"), ("arrested", 33, "Sagaing")]


def test_a_caveat_on_the_death_toll_reaches_back_past_the_wounded_to_the_toll():
    art = _article("Fighters killed at least 87 people in an assault on the village on Wednesday, activists said on "
                   "Thursday.\n\nThe activists said the fighters shelled the village, and that more than 130 residents "
                   "were wounded. Videos showed a mass burial in the village square. The newspaper could not "
                   "independently verify the death toll.", published="2024-06-07")
    assert [(m["metric"], m["claim_status"]) for m in extract_article(art)[1]] == [
        ("killed", "unverified"), ("injured", "reported")]
