"""Tables written as text lines (pipes, tabs, markdown, HTML tables): one figure per metric cell."""
from __future__ import annotations

from etl.articles import RawArticle, finish
from etl.events import extract_article
from etl.grids import grid_figures
from etl.readers import read_input


def _rows(text, published="2026-02-19"):
    art = finish(RawArticle(text=text, source_path="a", title="Incidents report", published=published))
    return extract_article(art)[1]


def _got(rows):
    return sorted((m["metric"], m["value"], str(m["date"]), m["country"]) for m in rows)


PIPES = ("Civilian harm in Sagaing Region, Myanmar, documented by our researchers in January. Myanmar's "
         "military has bombed villages across Sagaing since the 2021 coup.\n\n"
         "Township | Date | Killed | Injured | Arrested\n"
         "Kani | 4 January | 9 | 14 | 0\n"
         "Depayin | 17 January | 23 | 31 | 0\n"
         "Total | | 32 | 45 | 0\n\n"
         "The military denied harming civilians.")


def test_pipe_table_gives_one_figure_per_metric_cell_dated_by_its_row():
    assert _got(_rows(PIPES)) == [("injured", 14, "2026-01-04", "MMR"), ("injured", 31, "2026-01-17", "MMR"),
                                  ("killed", 9, "2026-01-04", "MMR"), ("killed", 23, "2026-01-17", "MMR")]


def test_table_row_is_the_quote_and_the_pattern_names_the_column():
    text = PIPES
    rows = {(m["metric"], m["value"]): m for m in _rows(text)}
    m = rows[("killed", 23)]
    assert m["quote"] == "Depayin | 17 January | 23 | 31 | 0" == text[m["char_start"]:m["char_end"]]
    assert m["pattern_id"] == "grid.killed" and m["counted"] == "Killed"


def test_total_row_zero_and_empty_cells_give_nothing():
    values = {(f.metric, f.value) for f in grid_figures(PIPES)}
    assert ("killed", 32) not in values and ("injured", 45) not in values  # the total row
    assert not any(f.metric == "arrested" for f in grid_figures(PIPES))  # zeros


def test_markdown_table_with_rule_line_and_qualified_cells():
    text = ("| Date | Province | Deaths | Wounded |\n|---|---|---|---|\n"
            "| 3 March 2026 | Kunar | at least 12 | about 30 |\n| 5 March 2026 | Nangarhar | 4 | - |\n")
    got = [(f.metric, f.value, f.qualifier) for f in grid_figures(text)]
    assert got == [("killed", 12, "at_least"), ("injured", 30, "approx"), ("killed", 4, "exact")]


def test_tab_separated_table_and_bracketed_header_notes():
    text = "District\tKilled (confirmed)\tDisplaced\nBeni\t17\t2,400\n"
    assert [(f.metric, f.value) for f in grid_figures(text)] == [("killed", 17), ("displaced", 2400)]


def test_table_of_no_metric_columns_and_prose_with_pipes_give_nothing():
    assert grid_figures("Year | Event | Place\n2014 | 12 villages | Kani\n") == []
    assert grid_figures("Politics | World | 3 min read\nAt least 12 people were killed.") == []


def test_row_of_another_width_is_no_row_of_the_table():
    text = "Town | Killed | Injured\nKani | 9 | 14\nNote | 5\n"
    assert [(f.metric, f.value) for f in grid_figures(text)] == [("killed", 9), ("injured", 14)]


def test_table_row_repeating_a_body_figure_is_one_row_the_body_quote_kept():
    text = ("Civilian harm in Sagaing Region, Myanmar.\n\nTownship | Date | Killed\nYe-U | 22 January | 3\n\n"
            "In Ye-U on 22 January, soldiers killed three villagers after a shelling.")
    rows = [m for m in _rows(text) if m["metric"] == "killed"]
    assert [(m["value"], str(m["date"]), m["quote"]) for m in rows] == [(3, "2026-01-22", "killed three villagers")]


def test_html_table_is_read_through_the_html_reader():
    html = ("<html><head><title>Attacks in Sagaing</title></head><body><article><h1>Attacks in Sagaing</h1>"
            "<p>Published 19 February 2026. The network documented these incidents in Sagaing Region, Myanmar.</p>"
            "<table><tr><th>Township</th><th>Date</th><th>Killed</th><th>Injured</th></tr>"
            "<tr><td>Kani</td><td>4 January</td><td>9</td><td>14</td></tr></table>"
            "<p>The military denied harming civilians in a statement released on Friday afternoon.</p>"
            "</article></body></html>")
    (raw,) = read_input("a.html", html.encode(), lambda m: None)
    art = finish(raw)
    assert "| Kani | 4 January | 9 | 14 |" in art.text
    assert _got(extract_article(art)[1]) == [("injured", 14, "2026-01-04", "MMR"), ("killed", 9, "2026-01-04", "MMR")]


def test_a_source_column_is_the_claimant_of_its_row():
    text = ("Incidents in the North West region of Cameroon this month, as documented by our monitors.\n\n"
            "Date | Place | Incident | Killed | Injured | Source\n"
            "3 Oct 2026 | Bamenda | Roadside bomb hits army patrol | 4 | 2 | Army\n"
            "5 Oct 2026 | Kumbo | Raid on a village | 3 | 0 | Local residents\n")
    rows = _rows(text, published="2026-10-10")
    assert [(m["metric"], m["value"], m["claimant"], str(m["date"])) for m in rows] == [
        ("killed", 4, "Army", "2026-10-03"), ("injured", 2, "Army", "2026-10-03"),
        ("killed", 3, "Local residents", "2026-10-05")]
    assert grid_figures("Town | Source\nKani | Army\n") == []  # a source column alone makes no table of figures


def test_a_violent_deaths_column_is_killed():
    rows = _rows("Weekly security report for Ecuador, 5-11 May.\n\nProvince | Violent deaths | Injured | Weapons seized\n"
                 "Guayas | 61 | 23 | 88\nManabi | 27 | 9 | 12", published="2025-05-19")
    assert sorted((m["metric"], m["value"]) for m in rows) == [("injured", 9), ("injured", 23), ("killed", 27), ("killed", 61)]


def test_rows_of_places_are_the_figures_and_the_total_row_gives_nothing():
    # each row keeps its place; the total row sums them and gives nothing, so a sum of the table counts each death
    # once; "Incidents" are no attacks of ours (security incidents include arrests and finds)
    text = ("Attacks in Ituri, Democratic Republic of Congo, in December.\n\n"
            "Territory | Incidents | Killed | Injured\nDjugu | 6 | 61 | 20\nIrumu | 4 | 40 | 15\nTotal | 10 | 101 | 35\n")
    got = sorted((m["metric"], m["value"]) for m in _rows(text, published="2024-01-05"))
    assert got == [("injured", 15), ("injured", 20), ("killed", 40), ("killed", 61)]


def test_a_header_naming_who_before_the_metric_word_is_that_metric():
    text = ("Attacks in Balochistan province, Pakistan, recorded by the provincial government in March.\n\n"
            "District | Civilians killed | Soldiers wounded | Militants killed | Vehicles burned\n"
            "Kech | 3 | 5 | 7 | 2\n"
            "Panjgur | 1 | 2 | 4 | 6\n")
    assert sorted((m["metric"], m["value"]) for m in _rows(text)) == [
        ("injured", 2), ("injured", 5), ("killed", 1), ("killed", 3), ("killed", 4), ("killed", 7)]


def test_headers_of_homicides_reported_missing_drones_lost_and_strikes_are_metrics():
    text = ("Violence in Sinaloa state, Mexico, recorded by the state prosecutor's office.\n\n"
            "Date | Homicides | Reported missing | Arrests (federal forces)\n"
            "9 September | 5 | 4 | 2\n"
            "10 September | 9 | 6 | 3\n")
    assert sorted((m["metric"], m["value"]) for m in _rows(text, published="2024-09-16")) == [
        ("arrested", 2), ("arrested", 3), ("killed", 5), ("killed", 9), ("missing", 4), ("missing", 6)]
    text = ("Russian drone attacks on Ukraine this week, according to Ukraine's air force.\n\n"
            "Day | Drones launched | Drones shot down | Drones lost (EW)\n"
            "Monday | 133 | 78 | 42\n")
    assert sorted((m["metric"], m["value"]) for m in _rows(text)) == [
        ("drones_intercepted", 78), ("drones_launched", 133), ("drones_lost", 42)]
    text = ("Air war in Myanmar's Sagaing Region this month.\n\n"
            "Township | Air/drone strikes | Killed\nKani | 14 | 23\n")
    assert sorted((m["metric"], m["value"]) for m in _rows(text)) == [("attacks", 14), ("killed", 23)]


SLASHES = ("BEIRUT - Israeli strikes across Lebanon on Monday killed 492 people, the health ministry said.\n\n"
           "The ministry's breakdown by governorate, killed / wounded:\n"
           "South Lebanon: 274 / 893\n"
           "Nabatieh: 151 / 502\n"
           "Total: 425 / 1,395\n\n"
           "Schools were turned into shelters.")


def test_table_told_with_slashes_names_its_columns_in_the_line_opening_it():
    got = [(f.metric, f.value, f.pattern_id) for f in grid_figures(SLASHES)]
    assert got == [("killed", 274, "grid.killed"), ("injured", 893, "grid.injured"),
                   ("killed", 151, "grid.killed"), ("injured", 502, "grid.injured")]  # not the total row
    rows = {(m["metric"], m["value"]): m for m in _rows(SLASHES, "2024-09-24")}
    assert rows[("injured", 502)]["quote"] == "Nabatieh: 151 / 502"
    assert rows[("killed", 151)]["admin1"] == "Nabatieh" and rows[("killed", 151)]["country"] == "LBN"


def test_slashes_in_prose_or_under_a_heading_of_no_metric_give_nothing():
    assert grid_figures("Prices, bread / fuel:\nBeirut: 12 / 40\n") == []
    assert grid_figures("The figures (killed / injured):\nThe rest of the story has 3 / 4 of the text.\n") == []
    assert grid_figures("Killed / injured: 12 / 40 in the first week, officials said.\n") == []


def test_columns_aligned_with_spaces_are_a_table():
    text = ("Our teams documented 126 deaths and 318 injuries in three states during the week.\n\n"
            "State             Killed   Injured   Main cause\n"
            "North Darfur          61       174   RSF shelling, El Fasher\n"
            "Al Jazirah            48        97   RSF raids on villages\n"
            "--------------------------------------------------\n"
            "Total                126       318\n")
    assert [(f.metric, f.value) for f in grid_figures(text)] == [("killed", 61), ("injured", 174), ("killed", 48),
                                                                 ("injured", 97)]


def test_prose_with_double_spaces_is_no_table():
    text = "Police said  12 people were killed.  Another  30 were wounded in the  attack on Monday.\n"
    assert grid_figures(text) == []


def test_an_air_forces_table_of_drones_shot_down_and_lost_by_region():
    text = "Region\tShot down\tLocationally lost\nKyiv\t21\t14\nSumy\t12\t9\nTotal\t33\t23\n"
    assert [(f.metric, f.value) for f in grid_figures(text)] == [
        ("drones_intercepted", 21), ("drones_lost", 14), ("drones_intercepted", 12), ("drones_lost", 9)]


def test_stat_lines_of_labels_and_counts_give_one_figure_per_metric_label():
    text = ("Activists published the toll of Sunday's raid on a village in Gezira, Sudan.\n\n"
            "Killed: 38 | Injured: 61 | Missing: 9 | Detained by RSF: 14\n\n"
            "Past 24 hours: Killed: 90; Injured: 177\n\n"
            "The committees said the dead included 11 children.")
    got = [(f.metric, f.value, f.pattern_id) for f in grid_figures(text)]
    assert got == [("killed", 38, "grid.killed"), ("injured", 61, "grid.injured"), ("missing", 9, "grid.missing"),
                   ("killed", 90, "grid.killed"), ("injured", 177, "grid.injured")]  # no metric of 'Detained by RSF'
    rows = {(m["metric"], m["value"]): m for m in _rows(text, "2024-06-18")}
    assert rows[("missing", 9)]["quote"] == "Killed: 38 | Injured: 61 | Missing: 9 | Detained by RSF: 14"
    assert rows[("killed", 38)]["country"] == "SDN"


def test_a_line_of_one_label_or_of_prose_between_pipes_is_no_stat_line():
    assert grid_figures("Killed: 38\n") == []
    assert grid_figures("Note: 12 people | see the map: 3 regions\n") == []  # no label of ours
    assert grid_figures("Killed: 38 | the rest was unclear\n") == []  # a cell with no count
