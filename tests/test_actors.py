"""The side that did it: ISO3 for states, the group's name otherwise."""
import pytest

from etl.actors import article_actors, article_attackers, canonical, find_actors, resolve_actor
from etl.places import PlaceContext


def actor(sentence, quote, metric, country=None, sides=(), attackers=None):
    """The actor of ``quote`` in ``sentence``; ``sides`` the article's, each shown attacking once unless ``attackers``."""
    s = sentence.index(quote)
    ctx = PlaceContext(article_countries=list(sides), article_actors=list(sides),
                       attackers=dict.fromkeys(sides, 1) if attackers is None else attackers)
    return resolve_actor(sentence, s, s + len(quote), metric, country, ctx)


@pytest.mark.parametrize("sentence, quote, metric, country, expected", [
    ("Russia launched 76 drones overnight at Ukraine, the Ukrainian air force said.", "launched 76 drones",
     "drones_launched", "UKR", "RUS"),
    ("In Ukraine, Russian drone attacks killed two people and wounded five others.", "killed two people",
     "killed", "UKR", "RUS"),
    ("In Ukraine, Russian drone attacks killed two people and wounded five others.", "wounded five others",
     "injured", "UKR", "RUS"),
    ("North Korea sent up to 12,000 troops to help the Russian army take back Kursk.", "sent up to 12,000 troops",
     "troops", "RUS", "PRK"),
    ("The Venezuelan army swore in 5,600 soldiers on Saturday, as the United States cranks up pressure.",
     "swore in 5,600 soldiers", "troops", "VEN", "VEN"),
    ("American forces have carried out deadly strikes on more than 20 vessels, killing at least 87.",
     "killing at least 87", "killed", None, "USA"),
    ("Ukrainian forces repelled 13 Russian assaults in Kursk.", "repelled 13 Russian assaults", "attacks", "RUS",
     "RUS"),
    ("The RSF killed at least 40 civilians in El Fasher.", "killed at least 40", "killed", "SDN", "RSF"),
    ("M23 rebels seized Goma, and at least 700 people were killed.", "700 people were killed", "killed", "COD",
     "M23"),
    ("The Houthis said they fired three ballistic missiles at Israel.", "fired three ballistic missiles",
     "missiles_launched", "ISR", "Houthis"),
    ("US strikes on Houthi targets in Hodeidah killed 12 people.", "killed 12 people", "killed", "YEM", "USA"),
    ("Israeli strikes killed 25 people across the Gaza Strip.", "killed 25 people", "killed", "PSE", "ISR"),
    ("Hezbollah fired 40 rockets into northern Israel.", "fired 40 rockets", "missiles_launched", "ISR",
     "Hezbollah"),
    ("Myanmar's military carried out airstrikes in Sagaing, killing 15 villagers.", "killing 15", "killed", "MMR",
     "MMR"),
    ("Hamas-led militants killed some 1,200 people in Israel.", "killed some 1,200 people", "killed", "ISR", "Hamas"),
    ("Bandits in Zamfara, Nigeria, killed 30 villagers on Friday.", "killed 30 villagers", "killed", "NGA", None),
    ("Gang members stormed the Haitian town of Mirebalais, killing at least 12 people.", "killing at least 12 people",
     "killed", "HTI", None),
    ("The army said it had two soldiers KIA and five WIA.", "five WIA", "injured", "MLI", None),  # killed in action
    ("Between 1 and 5 December, KIA units carried out 19 attacks.", "carried out 19 attacks", "attacks", "MMR",
     "Kachin Independence Army"),
])
def test_actor_named_in_sentence(sentence, quote, metric, country, expected):
    assert actor(sentence, quote, metric, country) == expected


def test_interceptions_take_the_launcher():
    s = "Ukraine's air force said it shot down 40 of the 50 drones launched by Russia overnight."
    assert actor(s, "shot down 40", "drones_intercepted", "UKR") == "RUS"
    s = "Russia said it destroyed 30 Ukrainian drones over the Belgorod region."
    assert actor(s, "destroyed 30 Ukrainian drones", "drones_intercepted", "RUS") == "UKR"


def test_opposing_side_from_context_for_weapons():
    s = "In total, the ministry said 262 drones were shot down."
    assert actor(s, "262 drones were shot down", "drones_intercepted", "RUS", ("RUS", "UKR")) == "UKR"
    s = "Four members of a family were injured when debris from a downed drone hit their home."
    assert actor(s, "Four members of a family were injured", "injured", "UKR", ("RUS", "UKR")) == "RUS"


def test_no_wild_guess():
    assert actor("The protests resulted in 28 deaths.", "28 deaths", "killed", "VEN", ("VEN", "USA")) is None
    assert actor("262 drones were shot down.", "262 drones", "drones_intercepted", "FRA", ("RUS", "UKR")) is None
    s = "Nine soldiers were killed when their vehicle hit a roadside bomb in North Waziristan, officials said."
    assert actor(s, "Nine soldiers were killed", "killed", "PAK", ("PAK", "AFG")) is None  # insurgents' weapon


def test_claimant_is_the_actor_when_it_speaks_of_itself():
    s = "The Ukrainian army said that its drones struck a plant in Russia’s Oryol region, hitting 3 workshops."
    assert actor(s, "hitting 3 workshops", "attacks", "RUS") == "UKR"


def test_a_source_speaking_of_itself_is_the_actor_not_a_side_named_in_its_relative_clause():
    s = ("Chad's army, which contributes to the task force fighting Boko Haram around the lake, said on Thursday it "
         "had sent 350 soldiers to reinforce its positions.")
    assert actor(s, "sent 350 soldiers", "troops", "TCD") == "TCD"


def test_death_in_custody_is_the_state():
    s = "A former opposition governor died in prison on Saturday, a rights group said."
    assert actor(s, "died in prison", "killed", "VEN") == "VEN"


def test_find_actors_and_article_actors():
    kinds = {(a.text, a.actor, a.kind) for a in find_actors("The Kremlin and Hamas; IDF troops; RSF fighters.")}
    assert ("Kremlin", "RUS", "institution") in kinds and ("Hamas", "Hamas", "group") in kinds
    assert ("IDF", "ISR", "institution") in kinds and ("RSF", "RSF", "group") in kinds
    assert article_actors("RSF fighters attacked. The RSF said. The army fought.", ["SDN"])[:2] == ["SDN", "RSF"]


def test_no_opponent_guessed_in_a_multi_topic_article():
    from etl.articles import RawArticle, finish
    from etl.events import extract_article

    text = ("Myanmar's military bombed a village in Sagaing region, killing 40 people, witnesses said. "
            "The junta said the strike hit rebel fighters in Myanmar.\n\n"
            "Security forces in Iran arrested 28 people, Iranian state media reported.\n\n"
            "In Mali, a roadside bomb killed twenty-one civilians near Bandiagara, local officials said.")
    art = finish(RawArticle(text=text, source_path="t", title="World roundup", published="2024-04-12"))
    rows = {m["value"]: m for m in extract_article(art)[1]}
    assert rows[21]["country"] == "MLI"
    assert rows[21]["actor"] in (None, "")


@pytest.mark.parametrize("sentence, quote, metric, expected", [
    # a side named before a target noun is what was hit, not who hit it
    ("The Israeli military said it had struck more than 40 Hamas targets and killed a senior commander.",
     "struck more than 40 Hamas targets", "attacks", "ISR"),
    ("The Israeli military said it had struck more than 40 Hamas targets and killed a senior commander.",
     "killed a senior commander", "killed", "ISR"),
    # the launcher inside the counted phrase, the number in words
    ("The U.S. military said it destroyed three Houthi drones over the Red Sea.", "destroyed three Houthi drones",
     "drones_intercepted", "Houthis"),
    # "saying they fired": the claimant's group, not its country
    ("Yemen's Houthi rebels claimed an attack on a ship, saying they fired two ballistic missiles at it.",
     "fired two ballistic missiles", "missiles_launched", "Houthis"),
])
def test_targets_number_words_and_groups(sentence, quote, metric, expected):
    assert actor(sentence, quote, metric) == expected


def test_more_armed_groups_by_their_names():
    assert [(a.text, a.actor) for a in find_actors("The Pakistani Taliban and the BLA claimed the attacks.")] == \
        [("Pakistani Taliban", "TTP"), ("BLA", "BLA")]


def test_said_on_a_weekday_that_they_fired():
    s = "Yemen's Houthi rebels said on Thursday they fired a ballistic missile at an airbase in southern Israel."
    assert actor(s, "fired a ballistic missile", "missiles_launched", "ISR") == "Houthis"


def test_a_country_naming_its_group_and_a_war_between_two_sides():
    s = ("A drone strike by Sudan's paramilitary Rapid Support Forces on a mosque in El Fasher killed at least "
         "75 people.")
    assert actor(s, "killed at least 75 people", "killed", "SDN") == "RSF"
    s = "The war between the army and the RSF has killed tens of thousands of people."
    assert actor(s, "killed tens of thousands of people", "killed", "SDN") is None


def test_a_made_in_demonym_is_no_side_and_launched_by_wins():
    s = "Pakistan's army said it had downed 25 Israeli-made Harop drones launched by India."
    assert actor(s, "downed 25 Israeli-made Harop drones", "drones_intercepted", "PAK", ("PAK", "IND")) == "IND"


def test_no_group_is_guessed_as_the_other_side():
    s = "A drone strike in Ethiopia's Amhara region killed at least 30 people on Sunday, residents said."
    assert actor(s, "killed at least 30 people", "killed", "ETH", ("ETH", "Fano")) is None


def test_attacks_by_a_side_named_after_the_count():
    s = "Battlegroup units repelled 23 counterattacks by Ukrainian assault groups, the ministry said."
    assert actor(s, "repelled 23 counterattacks", "attacks", "RUS") == "UKR"


def test_the_sides_an_article_shows_attacking():
    text = ("Israeli strikes killed 20 people. IS fighters attacked a base. Shelling by the RSF hit a market. "
            "The Ukrainian army said that its drones struck a plant. The US struck Houthi targets. "
            "Iran-backed militias were blamed. A Britain-based monitor counted the dead. U.S. air strikes on the "
            "port killed 12 people.")  # weapons "on" a target: their side attacks
    assert article_attackers(text) == {"USA": 2, "ISR": 1, "Islamic State": 1, "RSF": 1, "UKR": 1}


@pytest.mark.parametrize("sentence, quote, metric, country, expected", [
    # a side joined to a modifier is no side: a monitor's base, a ship's flag, a mission's leader
    ("The Syrian Observatory for Human Rights, a Britain-based war monitor, said 17 people had died.", "17 people had died",
     "killed", "SYR", None),
    ("Haitian police said officers backed by the Kenyan-led mission killed nine gang members.", "killed nine gang members",
     "killed", "HTI", None),
    ("A drone struck a Panama-flagged oil tanker, leaving two crew members missing.", "two crew members missing",
     "missing", None, None),
    # whose dead, not who killed them
    ("Two Armenian servicemen were killed and another was wounded when Azerbaijani forces opened fire.",
     "another was wounded", "injured", "ARM", None),
    ("Two Israeli reserve soldiers were killed and another was wounded in the attack.", "another was wounded", "injured",
     "ISR", None),
    ("Puntland forces said they had killed 57 Islamic State fighters in the mountains.", "killed 57 Islamic State fighters",
     "killed", "SOM", None),
    # the side the clause shows attacking rather than the first one named
    ("Cambodia's spokeswoman said Thai F-16 jets had bombed a road and one Cambodian civilian was killed.",
     "one Cambodian civilian was killed", "killed", "KHM", "THA"),
    ("Thailand's health ministry says the Thai death toll has risen to 15.", "death toll has risen to 15", "killed", "THA",
     None),
    ("The Gaza health ministry said four Palestinians were killed and 64 people wounded.", "64 people wounded", "injured",
     "PSE", None),
    ("Al-Shabab, which is linked to al-Qaeda, said its fighters had killed more than 30 soldiers.",
     "killed more than 30 soldiers", "killed", "SOM", "al-Shabaab"),
    # people displaced flee a war, not one side
    ("Sudan's war has displaced more than 12 million people.", "displaced more than 12 million people", "displaced", "SDN",
     None),
    # the first of two sides named together; a group after "from" is still the side, a country is where it came from
    ("Hours later, U.S. and British aircraft carried out five strikes on Houthi targets.", "five strikes", "attacks", "YEM",
     "USA"),
    ("Fighters from the CODECO militia killed at least 22 people in an overnight attack.", "killed at least 22 people",
     "killed", "COD", "CODECO"),
    # a side that repelled attacks did not make them; with no side named, no guess
    ("The group said its fighters had repelled three attacks by army units on its positions.", "three attacks", "attacks",
     "SDN", None),
    # a source speaking of what its staff counted or treated did not do it
    ("Amnesty International Nigeria said its researchers had documented 97 deaths.", "97 deaths", "killed", "NGA", None),
    ("The Libyan Red Crescent said it had evacuated 230 people from the worst-affected streets.", "evacuated 230 people",
     "displaced", "LBY", None),
    # a group's spokesman speaking of "the group"; not a third party speaking of it
    ("Houthi military spokesman Yahya Saree said in a televised speech that the group had fired two ballistic missiles.",
     "fired two ballistic missiles", "missiles_launched", None, "Houthis"),
    ("CENTCOM said in a statement that the group had fired three anti-ship ballistic missiles.",
     "fired three anti-ship ballistic missiles", "missiles_launched", None, None),
    # two sources speaking of themselves: each its own figure
    ("Guatemala said it had deployed 1,200 soldiers to the border, while Mexico's defence ministry said it had sent 800 "
     "additional troops to Chiapas.", "sent 800 additional troops", "troops", "MEX", "MEX"),
    ("The Israeli army said its troops had killed two gunmen and that it had arrested 23 wanted suspects.",
     "arrested 23 wanted suspects", "arrested", "PSE", "ISR"),
    # "said it had neutralised 21 ... and that three soldiers were killed": the later clause is not the source's deed
    ("Mali's army said it had neutralised 21 terrorists and that three soldiers were killed.", "three soldiers were killed",
     "killed", "MLI", None),
])
def test_who_did_it_in_the_sentence(sentence, quote, metric, country, expected):
    assert actor(sentence, quote, metric, country, attackers={}) == expected


@pytest.mark.parametrize("sentence, quote, metric, country, attackers, expected", [
    # the other side: the one the article shows attacking, never the figure's own country
    ("Debris from a downed drone fell on a house, injuring two.", "injuring two", "injured", "UKR", {"RUS": 5, "UKR": 1},
     "RUS"),
    ("Debris from a downed drone fell on a house, injuring two.", "injuring two", "injured", "RUS", {"RUS": 5, "UKR": 1},
     "UKR"),
    # two sides attacking as often: no guess
    ("A shell hit a house in the village, killing six.", "killing six", "killed", "BFA", {"MLI": 2, "NER": 2}, None),
    # a state and a group fighting on its soil: either may have fired the shell
    ("A shell hit a house in the village, killing six.", "killing six", "killed", "MMR", {"MMR": 4, "Arakan Army": 3}, None),
    # the source speaks for the side that was hit
    ("The Houthi-run health ministry said the strikes killed six people.", "killed six people", "killed", "YEM",
     {"Houthis": 6, "USA": 3}, "USA"),
    # weapons fired from a country: the group of that country the article shows attacking, or that country
    ("About 90 rockets had been fired from Lebanon into northern Israel.", "90 rockets", "missiles_launched", "ISR",
     {"ISR": 5, "Hezbollah": 3}, "Hezbollah"),
    ("The army said it intercepted 16 drones launched from Iran.", "intercepted 16 drones", "drones_intercepted", "ISR",
     {"IRN": 2, "ISR": 3}, "IRN"),
    ("In July 2024, a rocket fired by Hezbollah from Lebanon killed 12 children.", "killed 12 children", "killed", "ISR",
     {"Hezbollah": 3, "ISR": 5}, "Hezbollah"),
    ("The Israeli military said about 40 projectiles crossed from Lebanon.", "about 40 projectiles crossed from Lebanon",
     "missiles_launched", "ISR", {"Hezbollah": 3, "ISR": 5}, "Hezbollah"),
    ("The RSF said its forces had repelled three army assaults in the area.", "three army assaults", "attacks", "SDN",
     {"RSF": 3, "SDN": 2}, "SDN"),
    # the governor a side installed speaks for it: the other side is the figure's own country, so no guess
    ("Sevastopol's Russian-installed governor said debris from a downed drone injured two people.", "injured two people",
     "injured", "UKR", {"RUS": 5, "UKR": 2}, None),
    # a group is not guessed for casualties: the state's strikes kill in the group's war too
    ("A drone strike on a bus station in the region killed at least 34 people.", "killed at least 34 people", "killed",
     "ETH", {"Fano": 4}, None),
    ("A separate shelling attack on the camp killed seven people on Wednesday.", "killed seven people", "killed", "SDN",
     {"RSF": 3}, None),  # a group's name of three capitals is no state
    ("Sudan's army said its troops had killed more than 100 RSF fighters and lost a tank.", "killed more than 100 RSF fighters",
     "killed", "SDN", {"RSF": 3}, "SDN"),
    # stray fire across a border: no one
    ("Two mortar shells fired from Congolese territory landed in Rubavu, killing three people.", "killing three people",
     "killed", "RWA", {"M23": 3}, None),
])
def test_the_other_side_from_the_article(sentence, quote, metric, country, attackers, expected):
    assert actor(sentence, quote, metric, country, tuple(attackers), attackers) == expected


def test_canonical_names():
    assert canonical("Ansar Allah") == "Houthis"
    assert canonical(" IDF ") == "ISR"
    assert canonical("Los Chapitos") == "Los Chapitos"
