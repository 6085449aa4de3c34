"""Finding place names in text and putting each in the right place."""

from __future__ import annotations

import pytest
from geopy.distance import great_circle

from mapper.actors import find_actors
from mapper.gazetteer import Gazetteer
from mapper.geoparse import document_focus, find_mentions, is_reference, mentioned_countries
from mapper.models import Mention


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


def mentions(text: str, gazetteer: Gazetteer) -> dict[str, Mention]:
    actors = find_actors(text, countries=["SY"])
    return {m.text: m for m in find_mentions(text, gazetteer, actors)}


def km(m: Mention, lat: float, lon: float) -> float:
    assert m.place is not None, m.reasons
    return great_circle((m.place.lat, m.place.lon), (lat, lon)).km


def test_al_rae_resolves_to_ar_rai_near_the_border(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, rebels took over al-Rae town north of Aleppo.", gazetteer)
    assert km(found["al-Rae"], 36.61, 37.45) < 15


def test_anchor_of_relative_location_is_a_reference(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, rebels took over al-Rae town north of Aleppo.", gazetteer)
    assert is_reference(found["Aleppo"]) and not is_reference(found["al-Rae"])


def test_countryside_context_keeps_village_away_from_a_distant_namesake(
        gazetteer: Gazetteer) -> None:
    text = ("In Syria, the villages of al-Suwaida and Waqef in Aleppo northern countryside "
            "were cleared.")
    found = mentions(text, gazetteer)
    suwaida = found["al-Suwaida"]
    assert suwaida.place is None or km(suwaida, 36.2, 37.16) < 100


def test_village_unknown_to_gazetteer_is_kept_unresolved(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, the villages of Kobbet al-Turikman and Waqef were shelled.",
                     gazetteer)
    assert found["Kobbet al-Turikman"].place is None


def test_an_unknown_name_under_someones_control_is_a_place(gazetteer: Gazetteer) -> None:
    text = ("In Myanmar, Kyauktaw Pyin remains under Arakan Army control. Ngapyaw is in the "
            "hands of the junta, and Sinlet, held by the army since May, was shelled.")
    found = mentions(text, gazetteer)
    assert {"Kyauktaw Pyin", "Ngapyaw", "Sinlet"} <= set(found)


def test_a_person_in_good_hands_is_not_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("In Myanmar, Ko Zaw Htet remains in good hands, his doctor said.", gazetteer)
    assert not {"Ko Zaw Htet", "Zaw Htet", "Htet"} & set(found)


def test_the_press_names_for_a_country_are_the_country_not_a_town(
        gazetteer: Gazetteer) -> None:
    text = "Fighting in eastern Congo went on as Burma's junta lost ground."
    assert not {"Congo", "Burma"} & set(mentions(text, gazetteer))
    assert mentioned_countries(text).keys() >= {"CD", "MM"}


def test_person_after_a_lowercase_title_is_not_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("In Mali, a visit by then-prime minister Moussa Mara to Kidal angered "
                     "the rebels.", gazetteer)
    assert "Moussa Mara" not in found and "Kidal" in found


def test_person_after_title_is_not_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria talks went on. President Barack Obama spoke in Hangzhou.", gazetteer)
    assert "Obama" not in found


def test_out_of_area_city_is_resolved_in_its_own_country(gazetteer: Gazetteer) -> None:
    found = mentions("Fighting in Syria near Aleppo. Leaders met in Hangzhou, China.", gazetteer)
    assert found["Hangzhou"].place is not None and found["Hangzhou"].place.country_code == "CN"


def test_actor_names_are_not_places(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, the Free Syrian Army and the YPG clashed near Aleppo.", gazetteer)
    assert set(found) == {"Aleppo"}


def test_common_capitalised_words_are_not_places(gazetteer: Gazetteer) -> None:
    found = mentions("However, The ministry said. We are in Syria. He spoke.", gazetteer)
    assert found == {}


def test_exonym_kobane_resolves_to_ayn_al_arab(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, Kurdish fighters defended Kobane.", gazetteer)
    assert km(found["Kobane"], 36.89, 38.35) < 10


def test_resolution_keeps_its_reasons_and_candidates(gazetteer: Gazetteer) -> None:
    found = mentions("In Syria, the army shelled Jarablus.", gazetteer)
    assert found["Jarablus"].reasons and found["Jarablus"].candidates


def test_unknown_word_before_a_known_name_makes_one_unplaced_name(gazetteer: Gazetteer) -> None:
    found = mentions("By Tuesday troops had reached Kuweires Sharqi, next to the airfield.",
                     gazetteer)
    assert "Sharqi" not in found
    assert found["Kuweires Sharqi"].place is None


def test_longer_run_of_capitalised_words_is_not_made_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("It remains under the control of the Mujahideen Shura Council of Derna.",
                     gazetteer)
    assert "Mujahideen Shura" not in found


def test_facility_keeps_its_qualifier_and_is_placed_at_the_town(gazetteer: Gazetteer) -> None:
    found = mentions("Fighters seized Aden international airport on Tuesday.", gazetteer)
    assert found["Aden international airport"].place is not None


def test_month_abbreviation_is_not_a_place(gazetteer: Gazetteer) -> None:
    assert "Feb" not in mentions("The alliance announced on Feb. 19 that it held the town.",
                                 gazetteer)


def test_a_document_is_about_a_country_only_when_it_clearly_leads() -> None:
    from collections import Counter

    from mapper.geoparse import main_country

    assert main_country(Counter({"EG": 14, "IQ": 3})) == "EG"
    assert main_country(Counter({"UG": 12, "RW": 10, "CD": 9})) == ""
    assert main_country(Counter()) == ""


def test_a_close_spelling_far_from_the_documents_places_is_left_unplaced(
        gazetteer: Gazetteer) -> None:
    text = ("LASHIO, Myanmar - The alliance took Kunlong in November, weeks before Hsenwi and "
            "Lashio.")
    far = [m for m in find_mentions(text, gazetteer) if m.text == "Kunlong"]
    assert far and all(m.place is None or m.place.country_code == "MM" for m in far)


def test_an_ocean_named_for_a_nation_does_not_bring_its_country_into_focus() -> None:
    assert "IN" not in mentioned_countries("Al-Shabaab took the Indian Ocean port of Barawe.")
    assert "IN" in mentioned_countries("Indian troops took the post.")


def test_a_facility_opening_a_sentence_keeps_its_facility_word(gazetteer: Gazetteer) -> None:
    text = "The al-Omar oil field has been held by the SDF since October."
    assert [m.text for m in find_mentions(text, gazetteer)] == ["al-Omar oil field"]


def test_today_opening_a_sentence_is_not_part_of_a_name(gazetteer: Gazetteer) -> None:
    text = "Today Sinjar town is under the control of the Iraqi army."
    assert [m.text for m in find_mentions(text, gazetteer)] == ["Sinjar"]


def test_a_common_noun_facility_after_the_is_not_a_name(gazetteer: Gazetteer) -> None:
    text = "The air base, which the SDF captured from rebels, was quiet."
    assert find_mentions(text, gazetteer) == []


def test_a_name_found_by_its_cue_is_whole_where_the_gazetteer_knows_a_part(
        gazetteer: Gazetteer) -> None:
    text = ("Somalia digest: al-Shabab retakes Adan Yabaal\n\nKEY DEVELOPMENTS (14-20 April)"
            "\n\n- Adan Yabaal falls. Al-Shabaab fighters took control of Adan Yabaal, in "
            "Middle Shabelle, on Wednesday.")
    found = find_mentions(text, gazetteer, find_actors(text, countries=["SO"]))
    assert [m.text for m in found if m.start > text.index("- ")][:2] == ["Adan Yabaal"] * 2


def test_an_unknown_name_a_group_controls_is_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("In Somalia, al-Shabaab has controlled Mooqokori since April.", gazetteer)
    assert "Mooqokori" in found


def test_a_sea_and_a_port_named_for_it_are_not_places(gazetteer: Gazetteer) -> None:
    found = mentions("In Yemen, the fighting reached Mocha, the Red Sea port on the coast.",
                     gazetteer)
    assert "Mocha" in found and not any("Sea" in name for name in found)


def test_a_nationality_and_a_building_word_are_not_places(gazetteer: Gazetteer) -> None:
    found = mentions("In Russia, Chechen fighters attacked the Government House in Grozny.",
                     gazetteer)
    assert "Chechen" not in found and "House" not in found and "Grozny" in found


def test_a_possessive_place_before_a_facility_keeps_its_name(gazetteer: Gazetteer) -> None:
    found = mentions("In Libya, fighters retook Tripoli's international airport.", gazetteer)
    assert list(found) == ["Tripoli"]


def test_an_unknown_name_before_which_and_a_state_of_control_is_a_place(
        gazetteer: Gazetteer) -> None:
    found = mentions("In Ukraine, there were no gains near Novoprokopivka, which remains under "
                     "Russian control.", gazetteer)
    assert "Novoprokopivka" in found


def test_a_known_name_before_which_keeps_its_own_reading(gazetteer: Gazetteer) -> None:
    found = mentions("In Iraq, curfews were imposed in Tikrit, the capital of Salahuddin, which "
                     "remains in government hands.", gazetteer)
    assert "Salahuddin" not in found or found["Salahuddin"].place is None or (
        found["Salahuddin"].place.feature_code.startswith("A"))


def test_a_close_spelling_in_a_neighbouring_country_is_not_trusted(gazetteer: Gazetteer) -> None:
    text = ("Eastern Ghouta daily report\n\n- Beit Sawa: the village, which fell to government "
            "forces on Wednesday, is now a staging area.")
    found = find_mentions(text, gazetteer, find_actors(text, countries=["SY"]))
    beit = next(m for m in found if m.text == "Beit Sawa")
    assert beit.place is None or beit.place.country_code == "SY"


def test_an_unknown_name_taken_in_the_present_tense_is_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("In DR Congo, Kalengera, in Rutshuru territory, is taken after three days of "
                     "clashes.", gazetteer)
    assert "Kalengera" in found


def test_the_capital_of_a_province_is_not_the_province(gazetteer: Gazetteer) -> None:
    text = "IS captured Ramadi, the capital of Iraq's Anbar province, on Sunday."
    assert km(mentions(text, gazetteer)["Ramadi"], 33.42, 43.30) < 15


def test_every_name_of_a_list_after_a_capture_verb_is_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("The rebels later captured Kurmuk and Umm Darafa, near the border.",
                     gazetteer)
    assert {"Kurmuk", "Umm Darafa"} <= set(found)


def test_a_name_after_a_participle_of_taking_is_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("Militia commanders say they have taken Khazir Zgheir overnight.", gazetteer)
    assert "Khazir Zgheir" in found


def test_a_name_after_most_of_is_still_marked_by_the_verb(gazetteer: Gazetteer) -> None:
    found = mentions("By Friday the fighters had seized most of Karbeet.", gazetteer)
    assert "Karbeet" in found


def test_a_town_named_before_its_modifiers_and_cue_is_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("Troops retook the Umm Khafiz border trading town on Monday.", gazetteer)
    assert "Umm Khafiz" in found


def test_a_newspaper_before_that_and_a_town_is_not_a_place(gazetteer: Gazetteer) -> None:
    found = mentions("A commander told the Dispatch that the town had been cleared.", gazetteer)
    assert "Dispatch" not in found


def test_a_province_after_most_of_keeps_its_reading_as_a_province(gazetteer: Gazetteer) -> None:
    found = mentions("The militia still controls most of Sennar State.", gazetteer)
    assert "Sennar State" not in found and found["Sennar"].place is not None


def test_the_province_whose_countryside_locates_a_village_is_a_reference(
        gazetteer: Gazetteer) -> None:
    found = mentions("Troops entered Helfaya in the northern countryside of Hama.", gazetteer)
    assert is_reference(found["Hama"]) and not is_reference(found["Helfaya"])


def test_a_castle_is_named_with_its_facility_word(gazetteer: Gazetteer) -> None:
    found = mentions("Israeli troops pulled out of the Beaufort castle on Wednesday.", gazetteer)
    assert "Beaufort castle" in found


def test_a_provincial_capital_names_the_province_not_a_namesake(gazetteer: Gazetteer) -> None:
    found = mentions("Officials in Ar Ramadi said the Anbar provincial capital was quiet.",
                     gazetteer)
    assert found["Anbar"].place is not None and found["Anbar"].place.country_code == "IQ"
    assert km(found["Ar Ramadi"], 33.42, 43.31) < 10


def test_a_three_letter_alias_abroad_is_not_trusted(gazetteer: Gazetteer) -> None:
    found = mentions("Fighting continued in Mali near Timbuktu. It began in August around Ber, "
                     "a town east of Timbuktu.", gazetteer)
    place = found["Ber"].place
    assert place is None or place.country_code == "ML"


def test_another_name_of_a_distant_city_abroad_is_not_trusted(gazetteer: Gazetteer) -> None:
    text = ("BUNIA, Congo - Militiamen in Ituri, in eastern Congo, took the gold town of "
            "Mongbwalu on Monday. Congolese officials said another faction had seized Mambasa, "
            "on the road from Bunia to Kisangani, in October.")
    place = mentions(text, gazetteer)["Mambasa"].place
    assert place is None or place.country_code == "CD"


def test_another_name_of_a_city_in_the_documents_country_is_trusted(gazetteer: Gazetteer
                                                                   ) -> None:
    text = ("BAGHDAD, Iraq - Iraqi forces advanced in Anbar on Tuesday. Aid agencies said "
            "thousands of people remained in western Al Mawsil.")
    assert km(mentions(text, gazetteer)["Al Mawsil"], 36.34, 43.12) < 10


def test_a_name_opening_with_an_armed_group_word_is_never_a_place(gazetteer: Gazetteer) -> None:
    text = ("Government forces took the village on Tuesday, but the Jaish al-Izza rebel group "
            "said its fighters had retaken it. Liwa al-Fatah fighters later shelled Saraqib.")
    names = set(mentions(text, gazetteer))
    assert "Jaish al-Izza" not in names
    assert "Liwa al-Fatah" not in names
    assert "Saraqib" in names


def test_an_arabic_patronymic_keeps_a_facility_name_whole(gazetteer: Gazetteer) -> None:
    found = mentions("Government forces took the Khalid bin Walid camp near Mokha.", gazetteer)
    assert "Khalid bin Walid" in found and "Walid" not in found


def test_a_region_of_the_main_country_beats_a_namesake_village_abroad(
        gazetteer: Gazetteer) -> None:
    text = ("MAKHACHKALA, Russia - Federal troops in Dagestan shelled the Botlikh district, near "
            "the border with Chechnya, Russian officials said.")
    found = mentions(text, gazetteer)
    assert found["Chechnya"].place is not None and found["Chechnya"].place.country_code == "RU"


def test_a_word_in_an_organisations_name_is_not_a_place(gazetteer: Gazetteer) -> None:
    text = ("BAMAKO, Mali - The army fought the rebels of the Permanent Strategic Framework for "
            "Peace, Security and Development near Gao.")
    names = set(mentions(text, gazetteer))
    assert "Peace" not in names and "Gao" in names


def test_a_name_after_the_group_is_an_organisation(gazetteer: Gazetteer) -> None:
    text = "BAMAKO, Mali - Soldiers and Russian auxiliaries of the group Wagner entered Gao."
    names = set(mentions(text, gazetteer))
    assert "Wagner" not in names and "Gao" in names


def test_the_battle_for_a_city_still_names_the_city(gazetteer: Gazetteer) -> None:
    assert "Mosul" in mentions("The Battle for Mosul enters its third week.", gazetteer)


def test_a_name_joined_to_a_group_before_its_militias_is_not_a_place(
        gazetteer: Gazetteer) -> None:
    text = "Government forces drove the Houthi and Saleh militias out of Dhubab on Sunday."
    assert "Saleh" not in mentions(text, gazetteer)
    assert "Dhubab" in mentions(text, gazetteer)


def test_a_longer_name_found_in_running_text_is_kept_at_a_sentence_start(
        gazetteer: Gazetteer) -> None:
    text = ("Troops are moving north along the A9 towards the rebel positions at Elephant Pass, "
            "the ministry said on Friday.\n\nSPOKESMAN: Elephant Pass was lost to the rebels in "
            "April 2000, and we will take it back.")
    names = [m.text for m in find_mentions(text, gazetteer, find_actors(text, countries=["LK"]))]
    assert names.count("Elephant Pass") == 2 and "Pass" not in names


def test_a_spelling_the_gazetteer_lacks_takes_the_place_of_the_same_consonants(
        gazetteer: Gazetteer) -> None:
    text = ("Somali troops seized the central town of Buulobarde on Wednesday, officials said. "
            "Residents said soldiers rolled into Bulo Burde at dawn after the militants left.")
    found = mentions(text, gazetteer)
    assert found["Bulo Burde"].place == found["Buulobarde"].place is not None


def test_the_internet_is_not_a_place(gazetteer: Gazetteer) -> None:
    text = "Internet and telephone links to much of Kayah state have been cut since November."
    assert "Internet" not in mentions(text, gazetteer)


def test_a_religion_before_enclave_is_not_a_place(gazetteer: Gazetteer) -> None:
    text = ("SARAJEVO - Serb tanks pushed into the outskirts of Gorazde on Monday, but the Moslem "
            "enclave had not fallen and remained in the hands of the Bosnian army.")
    assert "Moslem" not in mentions(text, gazetteer)


def test_a_name_after_neighbouring_is_a_place_the_gazetteer_may_lack(
        gazetteer: Gazetteer) -> None:
    text = "In neighbouring Hpruso, junta troops abandoned their base on Friday, residents said."
    assert "Hpruso" in mentions(text, gazetteer)


def test_a_city_before_coastal_village_only_locates_the_village(gazetteer: Gazetteer) -> None:
    text = "Philippine troops retake Cotabato coastal village from MILF rebels"
    assert is_reference(mentions(text, gazetteer)["Cotabato"])


def test_a_city_before_suburb_of_only_locates_the_suburb(gazetteer: Gazetteer) -> None:
    text = "The western Sarajevo suburb of Ilidza fell to Bosnian Serb forces yesterday."
    assert is_reference(mentions(text, gazetteer)["Sarajevo"])


def test_a_name_before_district_of_is_the_district(gazetteer: Gazetteer) -> None:
    text = "Fighters had also captured the Kalafgan district of Takhar province."
    assert not is_reference(mentions(text, gazetteer)["Kalafgan"])


def test_a_capital_named_before_regime_is_a_government_not_a_place(gazetteer: Gazetteer
                                                                    ) -> None:
    text = ("MOSCOW - Russian troops took Stepove, the last stronghold of the Kiev regime in the "
            "area, the defence ministry said.")
    assert "Kiev" not in mentions(text, gazetteer)


def test_a_base_described_with_an_indefinite_article_is_no_named_place(gazetteer: Gazetteer
                                                                       ) -> None:
    text = ("KISMAYO - Al-Shabaab said its fighters had overrun Bulo Haji, a Jubaland base near "
            "the Kenyan border, on Tuesday.")
    assert "Jubaland base" not in mentions(text, gazetteer)


def test_the_town_a_place_lies_north_of_is_a_reference_with_its_description_between(
        gazetteer: Gazetteer) -> None:
    text = "Rebels seized the outpost at Amachach, north of the besieged garrison town of Tessalit."
    found = {m.text: m for m in find_mentions(text, gazetteer)}
    assert is_reference(found["Tessalit"])


def test_a_name_after_a_holders_hyphenated_held_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Taliban-held Zorbakh, on the Pakistani border, has been out of reach for years."
    assert "Zorbakh" in {m.text for m in find_mentions(text, gazetteer)}


def test_a_name_one_of_whose_kind_follows_it_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Deir Qanoun, one of the rebel-held villages strung along the valley, was shelled."
    assert "Deir Qanoun" in {m.text for m in find_mentions(text, gazetteer)}


def test_a_road_junction_numbered_with_one_digit_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Kilo 7, a road junction east of the centre, remains Houthi-controlled."
    assert "Kilo 7" in {m.text for m in find_mentions(text, gazetteer)}


def test_two_names_with_a_plural_kind_after_them_are_places(gazetteer: Gazetteer) -> None:
    text = ("Zorbakh and Qalat Nauabad, two villages north of the city, remain under Taliban "
            "control.")
    assert {"Zorbakh", "Qalat Nauabad"} <= {m.text for m in find_mentions(text, gazetteer)}


def test_names_after_a_plural_kind_and_such_as_are_places(gazetteer: Gazetteer) -> None:
    text = ("The rebels control the hills, and villages such as Zorbakh and Thabang are under "
            "their control.")
    assert "Zorbakh" in {m.text for m in find_mentions(text, gazetteer)}


def test_a_name_said_to_be_cleared_of_fighters_is_a_place(gazetteer: Gazetteer) -> None:
    text = "The army says Zorbakh was cleared of militants last month."
    assert "Zorbakh" in {m.text for m in find_mentions(text, gazetteer)}


def test_a_country_in_a_groups_name_does_not_bring_it_into_focus() -> None:
    text = "Some local commanders now speak for the Islamic State of Iraq and the Levant."
    assert "IQ" not in mentioned_countries(text, find_actors(text))
    assert "IQ" in mentioned_countries("Troops crossed into Iraq.", find_actors("Troops"))


def test_a_place_matched_only_by_a_spelling_variant_does_not_vote_for_its_country(
        gazetteer: Gazetteer) -> None:
    text = "Clashes continued in the Tirah valley. Families fled from Tirah to Peshawar."
    mentions = find_mentions(text, gazetteer)
    variants = [m for m in mentions if m.place is not None
                and m.reasons[0].startswith("spelling variant")]
    focus = document_focus(mentions, text)
    assert all(focus[m.place.country_code] == 0 for m in variants
               if m.place is not None and m.place.country_code != "PK")
