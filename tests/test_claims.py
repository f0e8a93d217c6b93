"""Claimants (who reported a figure) and claim status."""
import pytest

from etl.claims import claim_status, find_claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Russia launched 76 drones overnight at Ukraine, the Ukrainian air force said.", "Ukrainian air force"),
    ("Ukraine's air force said it shot down 40 drones.", "Ukraine's air force"),
    ("Putin visited the region the previous day, according to the Kremlin.", "Kremlin"),
    ("Two people were killed, the regional administration said.", "regional administration"),
    ("Russia’s Ministry of Defense on Wednesday repeatedly reported its air defenses shot down 20 drones.",
     "Russia’s Ministry of Defense"),
    ("A former governor died in prison on Saturday, a rights group said.", "a rights group"),
    ("At least 30 people were killed, the Gaza health ministry said.", "Gaza health ministry"),
    ("Officials said 12 people died.", "Officials"),
    ("North Korea sent up to 12,000 troops, according to Ukraine, the US and South Korea.",
     "Ukraine, the US and South Korea"),
    ("The Ukrainian Army General Staff said Wednesday that its forces repelled 13 assaults.",
     "Ukrainian Army General Staff"),
    ("According to official figures, Venezuela has around 200,000 troops.", "official figures"),
    ("The RSF killed 40 civilians in El Fasher, the Sudan Doctors Network said in a statement on Monday.",
     "Sudan Doctors Network"),
    ("The Houthis said they fired three missiles at Israel.", "Houthis"),
    ("“We will not allow it,” Col. Gabriel Rendon said Saturday.", "Col. Gabriel Rendon"),
    ("The toll rose to 45, said Mohammed Ali, a local official.", "Mohammed Ali"),
    ("Israeli strikes killed 25 people on Tuesday, local health officials said.", "local health officials"),
    ("Ukrainian officials, meanwhile, said Russian shelling killed three civilians.", "Ukrainian officials"),
    ("The Russian Ministry of Defense (MoD) claimed that its forces shot down 31 drones.", "Russian Ministry of Defense"),
    ("Three crew members were killed, US Central Command (Centcom) said.", "US Central Command"),
    ("Earlier this month the Emergency Lawyers group reported that 45 people were killed.", "Emergency Lawyers group"),
    ("The attorney general put the toll at 25, including two soldiers.", "attorney general"),
    ("The Baloch Liberation Army (BLA), which claimed the attack, said it had killed 100 soldiers.",
     "Baloch Liberation Army"),
    ("The rights group said it had verified 1,303 political prisoners, the highest number it has recorded.",
     "rights group"),
    # a name with its title between commas; the time after the verb is no source
    ("The toll rose to 9, among them two boys, Anna Berg, head of the city council, reported on Friday morning.",
     "Anna Berg"),
    ("\"We have found 12 bodies,\" said the village's chief.", "village's chief"),  # a quotation before the verb
    ("A study by the Institute of Peace and Conflict Studies estimated that 4,000 people died.",
     "Institute of Peace and Conflict Studies"),  # "and" inside a name
    ("Rebels in the north said they had killed 14 soldiers, a claim the army rejected, saying only 3 were hurt.",
     "Rebels in the north"),  # "Rebels" is no verb of a shorter subject
    ("The army fired 40 shells, according to the monitor, the heaviest barrage of the month.", "monitor"),
    ("The Rights Monitor (ARM) has documented the arrest of 1,870 people.", "Rights Monitor"),  # past the auxiliary
    ("Two peacekeepers were wounded near the town, the UN mission, MINUSCA, said.", "MINUSCA"),
    ("The mission, which has about 14,000 personnel in the country, said 3 were hurt.", "mission"),
    ("A military source who asked not to be named told AFP at least 40 had died.", "A military source"),
    ("The interior ministry gave a lower toll of 18 dead.", "interior ministry"),
    ("The centre has raised its toll to 14 dead and 52 wounded.", "centre"),
    ("The agency counts about 1.4 million displaced people.", "agency"),
    ("Two security sources tell us that two drones struck a depot.", "Two security sources"),
    ("More than 7,600 people have been killed, according to the group Deep South Watch, though violence has fallen.",
     "group Deep South Watch"),
    ("At least 412 people were killed in August, according to figures compiled by the UN office, up from 356 in July.",
     "UN office"),
    ("Rebels, who have fought the army since August 2023, said they had killed 150 soldiers.", "Rebels"),
])
def test_claimants(sentence, claimant):
    c, s, e = find_claimant(sentence)
    assert c == claimant
    assert sentence[s:e] in (claimant, "the " + claimant, "The " + claimant)


def test_title_then_name_between_commas():
    sentence = "The Ombudsman, Ana Ruiz, said her office had confirmed 8 deaths."
    c, s, e = find_claimant(sentence)
    assert c == "Ombudsman Ana Ruiz"  # title and name; not "said her office"
    assert sentence[s:e] == "The Ombudsman, Ana Ruiz"


def test_no_claimant():
    assert find_claimant("Five people were killed.") == (None, -1, -1)
    assert find_claimant("At least 40 were killed in Benue and Plateau states between January and May.")[0] is None
    assert find_claimant("Police arrested 46 suspects, among them two alleged commanders.")[0] is None
    assert find_claimant("Troops detained 31 civilians after an attack claimed by the Front.")[0] is None
    assert find_claimant("The United States sent ships to the Caribbean.")[0] is None


def test_main_clause_beats_subordinate_clause():
    s = ("Putin visited Kursk for the first time since Moscow claimed that it drove Ukrainian forces out, "
         "the Kremlin said Wednesday.")
    assert find_claimant(s)[0] == "Kremlin"


def test_nearest_attribution_to_the_figure():
    s = ("Moscow Mayor Sergei Sobyanin reported 16 drones downed on their way toward Moscow, and flights were "
         "halted at three airports, according to the civil aviation authority.")
    i = s.index("16 drones")
    assert find_claimant(s, "", i, i + 16)[0] == "Moscow Mayor Sergei Sobyanin"


def test_anaphors_resolved_from_paragraph():
    before = "Russia’s Ministry of Defense reported its air defenses shot down dozens of drones."
    c, s, e = find_claimant("In total, the ministry said 262 drones were shot down.", before)
    assert c == "Russia’s Ministry of Defense" and (s, e) == (14, 22)
    before = "“He was held in isolation,” said Alfredo Romero, director of the NGO Foro Penal."
    assert find_claimant("The group says there are 887 political prisoners.", before)[0] == "Foro Penal"
    before = "The Ukrainian army said that its drones struck a plant."
    assert find_claimant("According to the General Staff, 10 drones hit the plant.", before)[0] == \
        "Ukrainian General Staff"
    # a described source is one noun phrase: not "the dead were two police" for "Police"
    before = "Among the dead were two police officers and a 9-year-old girl, he said."
    assert find_claimant("Police said officers killed eight gang members.", before)[0] == "Police"
    assert find_claimant("The police said 4 were hurt.", "Clashes with the local police erupted.")[0] == "local police"


@pytest.mark.parametrize("sentence", [
    "According to him, 14 people were arrested.",
    "According to her office, 14 people were arrested.",
    "His spokesman said 14 people were arrested.",
])
def test_a_pronoun_or_what_the_person_owns_is_the_person_named_before(sentence):
    before = "Police chief Musa Bello said the raid began at dawn."
    assert find_claimant(sentence, before)[0] == "Police chief Musa Bello"


@pytest.mark.parametrize("before, sentence, claimant", [
    ("Health official Amina Yusuf spoke to reporters in Maiduguri on Monday.", "She put the toll at 12.",
     "Health official Amina Yusuf"),
    ("Borno governor Babagana Zulum visited the camp on Monday.", "He said 40 people were killed.",
     "Borno governor Babagana Zulum"),
    ("The attack happened on Monday.", "He said 40 people were killed.", None),
    ("On Monday Amina Yusuf spoke to reporters.", "It said 40 people were killed.", None),
])
def test_a_personal_pronoun_is_the_titled_name_opening_the_sentence_before(before, sentence, claimant):
    assert find_claimant(sentence, before)[0] == claimant


@pytest.mark.parametrize("before, sentence, claimant", [
    ("A bomber killed 6 people near the foreign ministry.", "Police arrested two suspects, the interior ministry said.",
     "interior ministry"),
    ("Afghanistan's Interior Ministry said the blast killed six.", "Police arrested two suspects, the interior ministry said.",
     "Afghanistan's Interior Ministry"),
    ("Police Minister Firoz Cachalia said 1,200 officers would be sent.", "Two people were killed, Gauteng police said.",
     "Gauteng police"),
])
def test_a_word_before_the_noun_must_be_in_the_name_referred_to(before, sentence, claimant):
    assert find_claimant(sentence, before)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    # a live blog's timestamp and "has just told"
    ("14:10 - Police spokesman Abdifatah Hassan has just told reporters that the toll has risen to 21 dead.",
     "Police spokesman Abdifatah Hassan"),
    # a relative clause, then an adverb before the verb
    ("The Ethiopian Human Rights Commission, which reports to parliament, also said security forces had detained "
     "more than 300 people.", "Ethiopian Human Rights Commission"),
    # a list of countries inside the relative clause
    ("The Multinational Joint Task Force (MNJTF), which groups troops from Chad, Nigeria, Niger and Cameroon, said "
     "its jets killed 12 fighters.", "Multinational Joint Task Force"),
    # the channel it spoke through
    ("The Islamic State group, through its Amaq news agency, claimed on Monday to have killed 15 villagers.",
     "Islamic State group"),
    # "according to figures it released" is the subject's own figures
    ("The International Organization for Migration said more than 8,000 people had been displaced, according to "
     "figures it released on Tuesday.", "International Organization for Migration"),
    # an agency relaying the source
    ("At least 13 fighters were killed in Taiz, a military official said on Sunday, Xinhua reported.",
     "a military official"),
    # a name and its initials after a description
    ("The military's media wing, Inter-Services Public Relations (ISPR), later said troops had killed 12 militants.",
     "Inter-Services Public Relations"),
    # a source of a town, its country after a comma
    ("Youth leaders in Pibor, South Sudan, said six young men were killed.", "Youth leaders in Pibor"),
    # after a quotation, a lower-case title and the name between commas
    ('"We took the base," the group\'s spokesman, Khine Thu Kha, wrote on Telegram.', "Khine Thu Kha"),
    # a title of a body or place, then the name
    ("A spokesperson for the Chinland Defense Force, Salai Thang, told VOA that 30 people were wounded.", "Salai Thang"),
    ("The Congolese army's spokesman in Ituri, Lieutenant Jules Ngongo, said 12 militiamen were killed.",
     "Lieutenant Jules Ngongo"),
    # a numbered point and a bullet before the source
    ("5. The ELN claimed that its fighters had killed 11 soldiers.", "ELN"),
    ("- The governor of the Moscow region, Andrei Vorobyov, said one person was killed.", "Andrei Vorobyov"),
    # "so far" between the auxiliary and the verb
    ("Hezbollah has so far announced the deaths of three fighters.", "Hezbollah"),
    # a long relative clause
    ("Chad's army, which contributes to the Multinational Joint Task Force (MNJTF) fighting Boko Haram around the "
     "lake, said on Thursday it had sent 350 soldiers.", "Chad's army"),
])
def test_sources_in_appositions_inserts_and_relays(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("before, sentence, claimant", [
    ('"We took the base," the group\'s spokesman, Khine Thu Kha, wrote on Telegram.',
     "He said eight fighters had died.", "Khine Thu Kha"),
    ('Government spokesman Legesse Tulu rejected the report. "The army does not target civilians," he told EBC.',
     'He said "more than 200 extremists" had been killed.', "Government spokesman Legesse Tulu"),
    ("The RSF denied targeting civilians in Kutum.", "In a statement on Sunday, it said its forces had killed 80 soldiers.",
     "RSF"),
    # "the statement added": the source of the statement named before
    ("ISPR said troops killed 12 militants.", "Five soldiers were injured, the statement added.", "ISPR"),
    ("Nine soldiers died, according to a statement by the Iraqi Joint Operations Command.",
     "Two others were wounded, the statement said.", "Iraqi Joint Operations Command"),
    ("A statement read on state television gave no details.", "Two others were wounded, the statement said.", None),
])
def test_a_pronoun_is_the_source_of_the_sentences_before(before, sentence, claimant):
    assert find_claimant(sentence, before)[0] == claimant


def test_a_spokesman_of_the_sentence_subject_is_the_subject():
    c = find_claimant("Prime Minister Abdul Karim ordered 600 troops into the district, his office said.",
                      "The Interior Ministry said it had arrested 19 gunmen.")[0]
    assert c == "Prime Minister Abdul Karim"


@pytest.mark.parametrize("sentence, following, status", [
    ("Russia announced on April 26 that its forces had pushed out the Ukrainian army.",
     ["Kyiv officials denied the claim."], "disputed"),
    ("Israel said it killed 20 militants.", ["Hamas rejected the figures as propaganda."], "disputed"),
    ("The army said it killed 50 fighters, a claim the RSF denied.", [], "disputed"),
    ("Kyiv dismissed the claims as false.", [], "disputed"),
    ("10 drones hit the plant.", ["It wasn’t possible to independently verify the claim."], "unverified"),
    ("The group said 30 were killed. Reuters could not independently verify the report.", [], "unverified"),
    ("The toll could not be independently confirmed.", [], "unverified"),
    ("The AP was unable to verify the figure.", [], "unverified"),
    ("The claim has not been independently verified.", [], "unverified"),
    ("Two people were killed, officials said.", [], "reported"),
    ("He was denied medical care in prison.", [], "reported"),
    ("Protests followed the disputed election.", [], "reported"),
    # a denial in the figure's own sentence: a relative clause, a dismissal "as fake news", a claim called false
    ("Rebels said they had shot down 12 drones, which the army dismissed.", [], "disputed"),
    ("The governor dismissed as \"fake news\" reports that fighters had killed \"over 20 soldiers\".", [], "disputed"),
    ("He said videos claiming that up to 20 people had died in the attack were \"false\".", [], "disputed"),
    # a later denial that holds its own count denies that count, not the figures before it
    ("Six of our soldiers died and 11 were wounded.", ["Reports claiming that over 40 soldiers were killed are false."],
     "reported"),
])
def test_claim_status(sentence, following, status):
    assert claim_status(sentence, following) == status


def test_denial_two_sentences_later_does_not_apply():
    assert claim_status("North Korea sent 12,000 troops.",
                        ["Russia announced it had won.", "Kyiv officials denied the claim."]) == "reported"


def test_a_next_sentence_with_its_own_attribution_qualifies_only_its_own_claim():
    assert claim_status("The health ministry says more than 41,000 people have been killed.",
                        ["Israel says it has killed over 17,000 militants, without providing evidence."]) == "reported"
    assert claim_status("Israel says it has killed over 17,000 militants, without providing evidence.") == "unverified"
    assert claim_status("The army said it downed 30 drones.",
                        ["The claim could not be independently verified."]) == "unverified"


@pytest.mark.parametrize("following", ["Reuters could not independently verify the report.",
                                       "Reuters said it could not independently verify the report.",
                                       "The Associated Press could not independently confirm the claims."])
def test_a_next_sentence_that_only_says_it_could_not_verify(following):
    assert claim_status("The army said 10 were killed.", [following]) == "unverified"


@pytest.mark.parametrize("sentence, expected", [
    ("Iran Human Rights, an Oslo-based group, said at least 326 people had been killed.", "Iran Human Rights"),
    ("The Sudan Doctors Network, a medical group tracking the war, said 40 people were killed.",
     "Sudan Doctors Network"),
    ("Oleh Syniehubov, the regional governor, said three people were injured.", "Oleh Syniehubov"),
    ("The Hind Rajab Foundation, which tracks casualties, said 30 were killed.", "Hind Rajab Foundation"),
])
def test_a_name_before_an_appositive_is_the_claimant(sentence, expected):
    assert find_claimant(sentence)[0] == expected


def test_an_anaphor_takes_the_described_source_before_it():
    assert find_claimant("Another 25 people were wounded, the group said.",
                         "An airstrike killed 17 civilians, a local resistance group said on Monday.")[0] \
        == "local resistance group"
    assert find_claimant("The ministry said the toll had risen to 3,558.",
                         "Strikes killed 33 people, Lebanon's health ministry said.")[0] == "Lebanon's health ministry"


def test_bullets_and_prepositional_phrases():
    assert find_claimant("- The Israeli army says 190 soldiers have been killed.")[0] == "Israeli army"
    assert find_claimant("The number of displaced people (IDPs) in Sudan is estimated at 10.1 million.")[0] is None


@pytest.mark.parametrize("sentence, status", [
    ("Activists said 100 were killed, a figure the government called false.", "disputed"),
    ("Hamas said 30 died, a toll Israel disputed.", "disputed"),
    ("The ministry said 30 died, the figure the UN used.", "reported"),
])
def test_a_figure_disputed_in_an_apposition(sentence, status):
    assert claim_status(sentence) == status


def test_a_claim_called_false_in_the_next_sentence_is_disputed():
    assert claim_status("Russia said up to 85 servicemen had been killed.",
                        ["Ukraine's military said the claim was false."]) == "disputed"


@pytest.mark.parametrize("sentence", [
    "Police detained 65,000 people after the 2020 election, which the president claimed to have won.",
    "Russia fired 40 missiles overnight. It did not say what happened to the missiles.",
    "The strikes killed 800 people, costing an estimated $2 billion in damage.",
])
def test_no_source_in_a_negated_or_infinitive_speech_verb(sentence):
    assert find_claimant(sentence)[0] is None


def test_status_reads_two_sentences_ahead():
    assert claim_status("Shelling killed at least 47 people on Sunday, a local medical source said.",
                        ["Heavy fighting continued.", "Reuters could not independently verify the casualty figures."]) \
        == "unverified"
    assert claim_status("More than 1,000 people have been killed in three days, a war monitor says.",
                        ["The BBC has not been able to verify the figures."]) == "unverified"
    assert claim_status("A drone hit a minibus, killing one woman, the governor said.",
                        ["The General Staff denied targeting civilian vehicles."]) == "disputed"


def test_no_observed_confirmation_is_unverified():
    assert claim_status("The Russian MoD claimed that its forces killed up to 200 servicemen.",
                        ["ISW has not observed confirmation of these claims."]) == "unverified"


def test_a_source_that_denies_and_gives_its_own_figure():
    s = "The Interior Ministry disputed the toll, saying eight people had died."
    assert find_claimant(s)[0] == "Interior Ministry"
    assert claim_status(s, [], True, "killed") == "reported"
    assert claim_status("At least 16 people were killed, Amnesty said.", [s], True, "killed") == "disputed"
    s = "The government denied that police had used a sound cannon, and said 11 officers were hurt."
    assert (find_claimant(s)[0], claim_status(s, [], True, "injured")) == ("government", "reported")


def test_a_denial_that_names_the_toll_does_not_dispute_arrests():
    following = ["The Interior Ministry disputed the toll, saying eight people had died."]
    assert claim_status("A rights group said 485 people had been arrested.", following, True, "arrested") == "reported"


def test_a_denial_in_a_sentence_with_its_own_attributed_figures_is_about_them():
    following = ["The UN said some 4,000 foreign troops were fighting alongside the rebels; the neighbour denies it."]
    assert claim_status("At least 700 people have been killed, the WHO said.", following, True, "killed") == "reported"


def test_a_source_behind_compiled_figures_and_no_borrowed_nationality():
    assert find_claimant("According to figures compiled by the United Nations, at least 1,900 civilians were "
                         "killed.")[0] == "United Nations"
    assert find_claimant("At least 2,800 Palestinians were killed, according to the health ministry.",
                         "Israel's military said it had arrested 50 people.")[0] == "health ministry"


def test_a_denial_of_sending_the_weapons_disputes_their_counts():
    s = "India's army said it had shot down 12 drones launched from Pakistan overnight."
    assert claim_status(s, ["Pakistan's military denied sending any drones."], False, "drones_intercepted") == "disputed"
    assert claim_status("The army said it killed 30 militants.", ["The group denied losing any fighters."]) == "disputed"
    # a denial of targeting civilians, with drones named after it, is about the casualties
    follow = ["The General Staff denied targeting civilian vehicles and said its drones had struck a depot."]
    assert claim_status("A drone hit a minibus, killing one woman.", follow, True, "killed") == "disputed"
    assert claim_status("The army said it shot down 40 drones.", follow, False, "drones_intercepted") == "reported"


def test_according_to_ends_at_a_comma_and_a_new_clause():
    s = "More than 60 people were killed, according to rights groups, and at least 1,200 were arrested."
    assert find_claimant(s)[0] == "rights groups"


@pytest.mark.parametrize("sentence, expected", [
    ("Iran fired some 550 missiles, according to Israeli military figures, most of which were intercepted.",
     "Israeli military figures"),
    ("Eleven of the dead were alleged gunmen, and authorities arrested nine suspects.", None),
])
def test_no_claimant_past_a_partitive_or_from_a_passive_verb(sentence, expected):
    assert find_claimant(sentence)[0] == expected


@pytest.mark.parametrize("following", [
    ["A military spokesman said the figure was \"a lie\"."],
    ["Pakistan's military denied any losses."],
])
def test_a_figure_called_a_lie_or_losses_denied_are_disputed(following):
    assert claim_status("The militants said they had killed 12 soldiers.", following) == "disputed"


def test_an_abbreviation_does_not_end_the_source_and_a_figure_called_propaganda_is_disputed():
    assert find_claimant("At least 30 people were killed, according to a U.N. report.")[0] == "a U.N. report"
    assert claim_status("The group said it had killed 35 soldiers.",
                        ["The information ministry called the figure \"propaganda\"."]) == "disputed"


@pytest.mark.parametrize("sentence, expected", [
    ("Twenty people were killed, said the governor.", "governor"),
    ("Eleven people had died, and six more were missing, said her office.", "her office"),
    ("Ibrahim Danjuma, a lawmaker, confirmed the attack, saying another four people were injured.", "Ibrahim Danjuma"),
    ("Police said the attackers belonged to the Gran Grif gang.", "Police"),
    ("In a video posted on TikTok, a gang leader claims his men killed 12 police officers.", "a gang leader"),
])
def test_an_inverted_attribution_to_a_described_source(sentence, expected):
    assert find_claimant(sentence)[0] == expected


def test_not_in_a_position_to_verify():
    assert claim_status("Armed groups killed 40 civilians, OCHA said.",
                        ["OCHA is not in a position to verify the figures."]) == "unverified"


@pytest.mark.parametrize("sentence, claimant", [
    ("Mali's army denied the claim, saying it had lost seven men.", "Mali's army"),
    ("OCHA gave a lower figure, saying its partners had confirmed 487 deaths.", "OCHA"),
    ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) gave a lower figure, saying its partners had "
     "confirmed 487 deaths.", "UN Office for the Coordination of Humanitarian Affairs"),
])
def test_a_figure_after_saying_is_the_subject_s(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Its spokesman, Sebby Sambom, said the fighters had killed five soldiers.", "Sebby Sambom"),
    ("The army's chief of staff, General Fructueux Gbaguidi, put the toll at eight dead.", "General Fructueux Gbaguidi"),
    ("The MPCP, led by Victor Quispe Palomino, alias Comrade Jose, claimed its fighters had killed nine soldiers.", "MPCP"),
    ("The Group to Support Islam and Muslims (JNIM) said its fighters had killed 41 soldiers.",
     "Group to Support Islam and Muslims"),
    ("Tasnim news agency quoted a provincial judiciary official as saying 73 people had been arrested.",
     "a provincial judiciary official"),
])
def test_names_set_off_by_titles_leaders_and_quotations(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


def test_a_name_after_its_title_before_an_inverted_verb():
    s = "Russian strikes hit Dnipro, killing two people, the head of the city's military administration, Oleksandr Vilkul, said."
    assert find_claimant(s)[0] == "Oleksandr Vilkul"


@pytest.mark.parametrize("sentence, claimant", [
    ("Fighting killed 14 people in Rakhine late Monday, the Arakan Army, an ethnic armed group that controls most of "
     "the state, said Wednesday.", "Arakan Army"),
    ("The AFC/M23, which UN experts say is backed by Rwanda, said its fighters had killed 40 soldiers.", "AFC/M23"),
    ("Al-Shabaab, in a statement carried by its Radio Andalus, claimed its fighters had killed 27 soldiers.", "Al-Shabaab"),
])
def test_a_source_set_off_by_a_long_apposition_or_insert(sentence, claimant):
    i = sentence.index("killed")
    assert find_claimant(sentence, "", i, i + 20)[0] == claimant


@pytest.mark.parametrize("sentence", [
    "Eight civilians are now confirmed dead, up from six reported yesterday.",
    "An earlier toll had put the number of wounded at 16.",
])
def test_a_clause_or_a_toll_is_no_source(sentence):
    assert find_claimant(sentence)[0] is None


@pytest.mark.parametrize("sentence, claimant", [
    ("The military's media wing, ISPR, said troops had killed 19 militants.", "ISPR"),
    ("The UN agency for Palestinian refugees, UNRWA, said about 85,000 people had fled.", "UNRWA"),
    ("The separatist Ambazonia Defence Forces (ADF) claimed in a video posted on social media that their fighters had "
     "killed 17 soldiers.", "separatist Ambazonia Defence Forces"),
])
def test_a_body_named_by_its_short_name_or_before_a_posted_video(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Later Monday, the group raised the death toll in the village to 48.", "group"),
    ("The ministry later revised the death toll to 31.", "ministry"),
])
def test_the_source_that_raises_or_revises_a_toll(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Magen David Adom, Israel's emergency service, said two people were wounded.", "Magen David Adom"),
    ("The head of the army, Gen Pierre Rabe, said 800 soldiers had been deployed.", "Gen Pierre Rabe"),
    ("Junta spokesman Zaw Min Tun denied that civilians had been hit, saying the air force had killed 40 fighters.",
     "Junta spokesman Zaw Min Tun"),
    ("A community council denied the accusation and said in a statement that five of its men had been executed.",
     "A community council"),
    ("Two military sources, who spoke on condition of anonymity because they were not authorised to speak to the "
     "media, told Reuters that at least 13 soldiers were killed.", "Two military sources"),
    ("The shadow National Unity Government (NUG), in a statement posted on its Telegram channel on Thursday, put the "
     "number of dead at 32.", "shadow National Unity Government"),
    ("The UN office in Haiti (BINUH), citing witnesses and local officials, said that 23 people were killed.",
     "UN office in Haiti"),
    ("Police did not confirm the death toll but said 14 people had been arrested in the capital.", "Police"),
    ("Army spokesman General Sylvain Ekenge dismissed the claim, telling AFP that the army had killed 37 rebels.",
     "Army spokesman General Sylvain Ekenge"),
    ("The army gave no figure for its own losses but said 30 militants had been killed.", "army"),
])
def test_appositions_inserts_and_coordinated_denials(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, figures", [
    # the subject of a while-clause gives the figure in its clause
    ("Gang members attacked the town, killing at least 15 people, the police said Monday, while a UN human rights "
     "office put the toll at 23 and said the number was likely to rise.",
     [("at least 15", "police"), ("toll at 23", "a UN human rights office")]),
    # a killers' verb before a later source's "and said" makes no claimant of the killers
    ("Gunmen killed at least 12 people in attacks on three villages, the police said on Saturday, but community "
     "leaders put the toll at more than 40 and said the number was rising.",
     [("killed", "police"), ("more than 40", "community leaders")]),
    # "according to MONUSCO;" before a semicolon is the first clause's source
    ("Militiamen attacked the camp, where at least 51 people were killed according to MONUSCO; the army put the toll at 35.",
     [("51", "MONUSCO"), ("35", "army")]),
])
def test_each_clause_of_a_two_source_sentence_gives_its_own_figure_its_source(sentence, figures):
    for needle, claimant in figures:
        i = sentence.index(needle)
        assert find_claimant(sentence, "", i, i + len(needle) + 10)[0] == claimant


@pytest.mark.parametrize("before, sentence, claimant", [
    ("Somaliland's defence ministry rejected those figures as fabricated.", "It said its troops repelled four attacks.",
     "Somaliland's defence ministry"),
    ("Junta spokesman Major General Zaw Min Tun denied that civilians had been targeted.",
     "\"Fourteen terrorists were killed,\" he told state broadcaster MRTV.", "Junta spokesman Major General Zaw Min Tun"),
    ("The Sudan Doctors Network said the attack killed 19 people.", "On Sunday the group raised the toll to 23.",
     "Sudan Doctors Network"),
])
def test_a_pronoun_or_group_is_the_body_or_titled_name_before(before, sentence, claimant):
    assert find_claimant(sentence, before)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Idlib's health directorate later raised the death toll to eight.", "Idlib's health directorate"),
    ("* Pakistan's military media wing, ISPR, said on Monday that 4 soldiers had been killed.", "ISPR"),
    ("Hospital officials in Chaman, in the province of Balochistan, said 6 civilians were wounded.",
     "Hospital officials in Chaman"),
    ('Separatist commander "General Ebube" said in a video that only two of his fighters had died.',
     "Separatist commander General Ebube"),
    ("The Islamic State West Africa Province, known as ISWAP, claimed the attack, saying it had killed 25 soldiers.",
     "Islamic State West Africa Province"),
    ("Bello Isa, chairman of the council in Sokoto, Nigeria, said on Monday that 23 bodies had been recovered.",
     "Bello Isa"),
    ("The state's Security Secretary, Arturo Medina, announced that 600 soldiers had been deployed.", "Arturo Medina"),
    ("Strikes killed 8 people, according to the health ministry, hours after the group launched missiles.",
     "health ministry"),
    ("The toll of the car bomb, according to the Manbij Civil Council, stands at 11 dead.", "Manbij Civil Council"),
    ("Figures released yesterday by the Lebanese Health Ministry raised the death toll to 31.", "Lebanese Health Ministry"),
    ("Isa said 23 bodies had been recovered and buried according to Islamic rites.", "Isa"),
])
def test_more_appositions_and_according_to(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, following, status", [
    ("Moscow has denied a Ukrainian claim that 18 Russian soldiers were captured.", [], "disputed"),
    ("Mujahid said Afghan forces had captured 2 Pakistani soldiers.",
     ["Pakistan denied that any of its soldiers had been captured."], "disputed"),
])
def test_denials_of_a_claim_and_that_any(sentence, following, status):
    assert claim_status(sentence, following, True, "arrested") == status


def test_a_long_subject_set_off_by_an_insert_and_a_claim_denied_in_an_apposition():
    s = ("A doctor at the provincial hospital in the city, speaking on condition of anonymity, said the hospital had "
         "received 13 wounded people.")
    assert find_claimant(s)[0] == "A doctor at the provincial hospital in the city"
    assert claim_status("The General Staff said its forces repelled 27 assaults.",
                        ["The defence ministry said its troops had captured the village, a claim Kyiv denied."],
                        True, "attacks") == "reported"


@pytest.mark.parametrize("sentence, claimant", [
    ("Syniehubov has updated the figures once again: at least 6 people are now confirmed dead.", "Syniehubov"),
    ("A community leader, Malam Sani Kairu, said the gunmen shot dead four men who tried to resist.", "Malam Sani Kairu"),
])
def test_updated_figures_and_an_indefinite_title(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("\"We killed at least 35 of the attackers,\" Captain Abdirahman Nur said by phone from the town.",
     "Captain Abdirahman Nur"),
    ("Strikes killed five people, according to the health ministry, in the deadliest day of attacks in weeks.",
     "health ministry"),
])
def test_said_by_phone_and_according_to_before_a_time_phrase(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


def test_a_source_across_a_semicolon_and_an_acronym_inside_a_subject():
    s = "The SAF claimed to have killed \"more than 100 rebels\"; the RSF said it killed 35 soldiers."
    i, j = s.index("more than 100"), s.index("35 soldiers")
    assert find_claimant(s, "", i, i + 20)[0] == "SAF"
    assert find_claimant(s, "", j, j + 11)[0] == "RSF"
    s = "Dhaka Metropolitan Police (DMP) spokesperson Talebur Rahman rejected the figure, saying 312 people had been arrested."
    assert find_claimant(s)[0] == "Dhaka Metropolitan Police (DMP) spokesperson Talebur Rahman"
    assert claim_status(s, [], True, "arrested") == "reported"


@pytest.mark.parametrize("sentence, claimant", [
    ("The army spokesman, General Sylvain Ekenge, blamed the rebels and said the shelling killed 12 civilians.",
     "General Sylvain Ekenge"),
    ("The State Police Command, through its spokesman, DSP Alfred Alabo, put the casualty figure at 11 dead.",
     "DSP Alfred Alabo"),
])
def test_a_named_spokesman_set_off_by_commas(sentence, claimant):
    assert find_claimant(sentence)[0] == claimant


def test_a_side_that_in_turn_denies_its_losses_and_gives_its_own_figure():
    denial = "The rival faction, in turn, denied losing any fighters and said only three of its members were wounded."
    assert find_claimant(denial)[0] == "rival faction"
    assert claim_status("One faction said its fighters had killed 23 rivals.", [denial], True, "killed") == "disputed"
    assert claim_status(denial, [], True, "injured") == "reported"


def test_a_figure_rejected_in_a_relative_clause_and_a_now_says_source():
    assert claim_status("Inmates said 30 prisoners were killed, which the prison authority rejected.", []) == "disputed"
    assert claim_status("A fight left 14 inmates dead, the SNAI prison authority said; families put the figure at 20, "
                        "which the SNAI rejected.", []) == "reported"  # the source rejects the other count, not its own
    assert claim_status("More than 7,000 civilians have been killed, a monitoring group said.",
                        ["The junta held elections in January, which Western governments dismissed as a sham."]) == "reported"
    assert find_claimant("The State Emergency Management Agency (SEMA) now says 19 people were killed.")[0] \
        == "State Emergency Management Agency"


@pytest.mark.parametrize("sentence, who", [
    ("Confirming the incident on phone, the Bawku Municipal Police Commander, Chief Superintendent Abdul-Rahman "
     "Yakubu, said three people had died.", "Chief Superintendent Abdul-Rahman Yakubu"),
    ("Scores of women have relocated, the NADMO Coordinator, Gifty Azure, said.", "Gifty Azure"),
    ("North Kordofan's governor, Abdelkhalig Abdellatif, said that 41 people were killed.", "Abdelkhalig Abdellatif"),
])
def test_a_long_or_capitalised_title_then_the_name(sentence, who):
    assert find_claimant(sentence)[0] == who


def test_a_figure_inside_denied_claims_is_disputed_and_not_the_denier_s():
    t = ("The police denied claims circulating on social media that five protesters were shot dead by officers "
         "on Monday.")
    assert find_claimant(t)[0] is None
    assert claim_status(t, []) == "disputed"


@pytest.mark.parametrize("sentence, who", [
    ("The Jordan Armed Forces-Arab Army (JAF) on Friday said it had killed five smugglers.",
     "Jordan Armed Forces-Arab Army"),
    ("A shell wounded two soldiers on Thursday night, Captain Mohamed Farah, a military officer in the district, said.",
     "Captain Mohamed Farah"),
    ("A spokesman, Maj Gen Zaw Min Tun, said a jet had killed about 20 fighters.", "Maj Gen Zaw Min Tun"),
    ("Ten people were killed in the blast, Iranian state media reports.", "Iranian state media"),
    ("Residents insist that four persons died.", "Residents"),
    ("Head of the St James Police Division, Superintendent Marlon Hylton, told the Tribune that two men were held.",
     "Superintendent Marlon Hylton"),
    ("A local elder, Haji Abdul Rauf, told us that at least 30 people had died.", "Haji Abdul Rauf"),
])
def test_more_attribution_shapes(sentence, who):
    assert find_claimant(sentence)[0] == who


def test_a_denial_with_a_counter_figure_disputes_the_figure_of_its_kind():
    wounded = ("Two Azerbaijani civilians were wounded on Wednesday when Armenian forces opened fire on the village, the "
               "Azerbaijani Defense Ministry said.")
    counter = ("Armenia's Defense Ministry denied the claim and said Azerbaijani troops had fired on the town of Ijevan, "
               "wounding one contract soldier.")
    assert claim_status(wounded, [counter], True, "injured") == "disputed"
    killed = ("The party said seven of its activists had been killed and that police had arrested more than 1,200 of "
              "its members.")
    rejected = "The police spokesman rejected the figure, saying 312 people had been arrested in the capital."
    assert claim_status(killed, [rejected], True, "killed") == "reported"
    assert claim_status(killed, [rejected], True, "arrested") == "disputed"


def test_a_claim_posted_online_and_denied():
    t = "The army denied a claim posted on Telegram that 30 soldiers were killed."
    assert find_claimant(t)[0] is None
    assert claim_status(t, [], True, "killed") == "disputed"


def test_a_denial_naming_the_source_s_figure_reaches_past_a_quote():
    claim = "A human rights group said at least 46 demonstrators were injured on Wednesday."
    following = ['"What we saw was a hunt," said Valeria Sosa, a lawyer for the group.',
                 "The ministry rejected the group's figure."]
    assert claim_status(claim, following, True, "injured") == "disputed"


def test_the_claims_of_x_are_false_and_verification_was_not_possible():
    assert claim_status("Security forces shot dead nine protesters, an opposition coalition said.",
                        ['"The claims of the so-called coalition are false," said the government spokesman.'],
                        True, "killed") == "disputed"
    assert claim_status("Police said two people were killed on Saturday.",
                        ["Independent verification of the figures given by the police was not possible."],
                        True, "killed") == "unverified"


@pytest.mark.parametrize("sentence, who", [
    ("A local NGO, Fundasaun Mahein, said up to 400 people had fled.", "Fundasaun Mahein"),
    ("But the rebels' military spokesman, Ali Haidar, said 12 drones were launched.", "Ali Haidar"),
    ("The chief of the indigenous region, Marcelo Ruiz, told EFE that police had killed two protesters.", "Marcelo Ruiz"),
    ("A rights group, Hengaw, said 30 people were arrested.", "Hengaw"),
    ("Rights groups estimate that at least 40 people were killed in the crackdown.", "Rights groups"),
])
def test_a_description_then_the_name_it_describes(sentence, who):
    assert find_claimant(sentence)[0] == who


def test_the_noun_inside_a_longer_name_refers_to_the_whole_name():
    before = "The Maldives Police Service said 58 people were arrested."
    assert find_claimant("According to the police, nine officers were injured.", before)[0] == "Maldives Police Service"


def test_a_figure_the_other_side_disputes_and_a_denial_that_anyone_died():
    assert claim_status("Rights groups say at least 40 people were killed, a figure the government disputes.",
                        [], True, "killed") == "disputed"
    left = "Activists said the clashes on Saturday left one dead."
    denial = "The government said 12 police officers had been injured and denied that anyone had been killed."
    assert claim_status(left, [denial], True, "killed") == "disputed"
    assert claim_status(denial, [], True, "injured") == "reported"  # its own count


def test_a_charge_rejected_in_the_next_sentence_is_that_sentence_s_accusation():
    deployed = "Burundi has deployed some 10,000 soldiers in the province, according to security sources."
    charge = "Bujumbura accuses Rwanda of backing the militia, a charge Kigali rejects."
    assert claim_status(deployed, [charge], True, "troops") == "reported"


def test_an_age_between_commas_and_i_am_told():
    assert find_claimant("A resident, Musa Danjuma, 47, told reporters that 31 bodies had been recovered.")[0] == "Musa Danjuma"
    assert find_claimant("I am told about 600 troops were sent to the border.")[0] is None


def test_a_short_name_after_or_and_a_denial_of_involvement():
    s = "The Pakistani Taliban, or TTP, said it had carried out the attack and claimed that more than 40 police had died."
    assert find_claimant(s)[0] == "Pakistani Taliban"
    released = "Police released five of the detainees after questioning, the prosecutor's office said."
    assert claim_status(released, ["The Kremlin denied any involvement."], True, "released") == "reported"
    killed = "Gunmen killed five villagers on Monday, police said."
    assert claim_status(killed, ["The group denied any involvement."], True, "killed") == "disputed"


def test_a_day_before_the_source_and_reports_called_fabricated_news():
    assert find_claimant("On 16 February the SSPDF said its forces had killed more than 60 fighters.")[0] == "SSPDF"
    toll = "The death toll has risen to at least 27, local officials said."
    denial = "A junta spokesman said reports of civilian casualties were \"fabricated news\"."
    assert claim_status(toll, [denial], True, "killed") == "disputed"


def test_a_figure_described_as_a_fabrication():
    claim = "The army said on Tuesday that it had killed 14 assailants near the town."
    assert claim_status(claim, ["The group described the army's figure as a fabrication."], True, "killed") == "disputed"


def test_a_caveat_that_names_another_kind_of_figure_leaves_ours_reported():
    s = "Police did not confirm the death toll but said 14 people had been arrested in the capital."
    assert claim_status(s, [], True, "arrested") == "reported"
    assert claim_status(s, [], True, "killed") == "unverified"
    said = "Police said 14 people had been arrested and three killed."
    assert claim_status(said, ["Reuters could not independently verify the death toll."], True, "arrested") == "reported"
    assert claim_status(said, ["Reuters could not independently verify the death toll."], True, "killed") == "unverified"
    assert claim_status(said, ["Reuters could not independently verify the figures."], True, "arrested") == "unverified"
    s = "Officials did not confirm the shelling but said border forces had opened fire, injuring five soldiers."
    assert claim_status(s, [], True, "injured") == "reported"
    long = ("Police said 14 people had been arrested. Reuters could not independently verify the reports from the town "
            "where the police station burned on Monday night")
    assert claim_status("Police said 14 people had been arrested.", [long.split(". ")[1]], True, "arrested") == "unverified"


def test_a_rejected_statement_of_a_source_is_its_claim_and_disputed():
    s = ("The Army rejects as false the statement of Cambodia's Ministry of National Defence that Thai aircraft dropped "
         "bombs on a pagoda, killing one civilian and wounding five.")
    i = s.index("one civilian")
    assert find_claimant(s, "", i, i + 12)[0] == "Cambodia's Ministry of National Defence"
    assert claim_status(s, [], True, "killed") == "disputed"
    s = "The army denied the claim by the rebels that its jets killed 12 civilians."
    assert find_claimant(s, "", s.index("12"), s.index("12") + 12)[0] == "rebels"


@pytest.mark.parametrize("line, claimant", [
    ("Killed since the RSF entered the city on 26 October: at least 1,460 (Sudan Doctors Network)", "Sudan Doctors Network"),
    ("\u2022 365 Palestinians arrested (Palestinian Prisoners' Society)", "Palestinian Prisoners' Society"),
    ("\u2022 1 Israeli soldier killed, 4 injured (Israeli army figures)", "Israeli army"),
])
def test_a_key_figure_line_names_its_source_in_brackets(line, claimant):
    assert find_claimant(line)[0] == claimant


def test_a_groups_initials_in_brackets_are_no_source():
    assert find_claimant("Nine members of the Volunteers for the Defence of the Homeland (VDP) were killed.")[0] is None


def test_a_sum_that_adds_miles_is_no_speech():
    s = ("Houthi forces have attacked more than 100 merchant ships, killing four seafarers, and each detour adds about "
         "3,200 nautical miles to the voyage.")
    assert find_claimant(s)[0] is None
    assert find_claimant("Five soldiers were killed, the army added.")[0] == "army"


def test_difficult_to_verify_is_a_caveat():
    assert claim_status("The army said more than 60 terrorists were eliminated.",
                        ["Such claims are also difficult to verify."], True, "killed") == "unverified"


def test_an_adverb_opening_the_sentence_is_no_source():
    s = ("Separately, the destroyer USS Carney shot down four drones over the southern Red Sea late Friday, said Navy "
         "spokesman Cmdr. Jordan Hale.")
    assert find_claimant(s)[0] == "Navy spokesman Cmdr. Jordan Hale"


def test_a_count_before_alleged_is_no_source():
    """'Two more alleged recruiters were detained': 'alleged' qualifies the noun; no one said anything."""
    assert find_claimant("Two more alleged recruiters were detained last week.")[0] is None
    assert find_claimant("The group alleged that 40 people were killed.")[0] == "group"


def test_a_live_entrys_stamp_is_no_source_and_it_is_the_body_that_revised():
    before = "09:40 GMT: UPDATE: The air force has revised its figures."
    assert find_claimant("It now says 144 drones were launched.", before)[0] == "air force"
    before = "09:40 GMT: The air force revised its figures."
    assert find_claimant("It now says 144 drones were launched.", before)[0] == "air force"


def test_a_caveat_on_the_death_toll_leaves_the_wounded_told_beside_it_reported():
    s = "The group said fighters shelled the village, and that more than 130 residents were wounded."
    following = ["Videos showed a mass burial in the village square.",
                 "The newspaper could not independently verify the death toll."]
    assert claim_status(s, following, True, "injured", 130) == "reported"
    assert claim_status(s, following, True, "killed", 87) == "unverified"
