"""Actor aliases -> one canonical actor, with sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.actors import find_actors, load_actor_vocabulary
from mapper.errors import RulesError


def actors_of(text: str, countries: tuple[str, ...] = ("SY",)) -> list[str]:
    return [m.actor for m in find_actors(text, countries=countries)]


def test_islamic_state_spellings_are_one_actor() -> None:
    assert set(actors_of("ISIS, ISIL, IS, Daesh and the Islamic State")) == {"Islamic State"}


def test_lowercase_is_is_not_the_islamic_state() -> None:
    assert actors_of("The town is quiet and this is it.") == []


def test_fsa_is_turkish_backed_when_the_article_says_turkey_backs_it() -> None:
    text = "Turkish-backed rebels advanced. The FSA took the town."
    assert actors_of(text)[-1] == "Turkish-backed opposition"


def test_fsa_is_syrian_opposition_otherwise() -> None:
    assert actors_of("The FSA took the town.") == ["Syrian opposition"]


def test_generic_descriptor_stands_for_the_main_jihadist_actor() -> None:
    found = find_actors("ISIS lost ground. The extremist group retreated.", countries=["SY"])
    assert [(m.actor, m.generic) for m in found] == [
        ("Islamic State", False), ("Islamic State", True)]


def test_kurdish_forces_mean_sdf_in_syria_and_peshmerga_in_iraq() -> None:
    assert actors_of("Kurdish forces advanced.", ("SY",)) == ["SDF"]
    assert actors_of("Kurdish forces advanced.", ("IQ",)) == ["Peshmerga"]


def test_curly_apostrophe_alias_matches() -> None:
    assert actors_of("Turkey\u2019s military moved in.") == ["Turkey"]


def test_every_actor_side_has_a_colour() -> None:
    vocab = load_actor_vocabulary()
    assert all(a.side in vocab.colours for a in vocab.actors)


def test_one_actors_the_army_does_not_hide_anothers_army() -> None:
    found = find_actors("The army took the town.", countries=["SY"])
    assert [a.actor for a in found] == ["Syrian government"]


def test_a_state_the_vocabulary_lacks_gets_forces_named_for_it() -> None:
    assert actors_of("Colombian troops moved in.", ("CO",)) == ["Colombian government"]
    assert actors_of("Cameroonian soldiers held the bridge.", ("CM",)) == ["Cameroonian government"]


def test_plain_army_is_a_default_state_only_where_it_is_the_main_country() -> None:
    assert actors_of("The army said the road was open.", ("CO", "VE")) == ["Colombian government"]
    assert actors_of("The army said the road was open.", ("VE", "CO")) != ["Colombian government"]


def test_a_listed_state_keeps_its_own_name_over_the_default() -> None:
    assert actors_of("South Sudan's army retook the town.", ("SS",)) == ["South Sudanese army"]
    assert actors_of("Ethiopian troops crossed the border.", ("SO",)) == ["Ethiopia"]


def test_the_guerrilla_is_the_farc_only_in_colombia() -> None:
    assert actors_of("The guerrillas overran the police post.", ("CO",)) == ["FARC"]
    assert actors_of("The guerrillas overran the police post.", ("PH",)) != ["FARC"]


def test_balkan_parties_have_one_name_each() -> None:
    text = ("Bosnian Serbs and the VRS shelled the town; Mladic's forces entered it. "
            "The JNA and the Yugoslav army had taken Vukovar.")
    assert actors_of(text, ("BA",)) == ["Bosnian Serb forces"] * 3 + ["Yugoslav People's Army"] * 2


def test_russian_mercenaries_are_wagner_in_mali_and_russia_in_ukraine() -> None:
    assert actors_of("Russian mercenaries entered Kidal.", ("ML",)) == ["Wagner Group"]
    assert "Wagner Group" not in actors_of("Russian mercenaries entered Bakhmut.", ("UA",))


def test_the_paramilitary_is_the_rsf_in_sudan() -> None:
    assert actors_of("The paramilitary's fighters took the village.", ("SD",)) == [
        "Rapid Support Forces"]


def test_the_azerbaijani_spelling_of_aliyev_is_azerbaijan() -> None:
    assert actors_of("İlham Əliyev announced the news.", ("AZ",)) == ["Azerbaijan"]


def test_the_afc_is_the_m23() -> None:
    assert actors_of("M23 and the AFC control Goma.", ("CD",)) == ["M23", "M23"]


def test_the_armed_forces_general_command_is_the_saf_in_sudan() -> None:
    text = "The General Command of the Armed Forces announces that our forces liberated Singa."
    assert actors_of(text, ("SD",))[0] == "Sudanese Armed Forces"


def test_russian_groups_of_forces_are_russia() -> None:
    assert actors_of("Units of the Zapad Group of Forces advanced.", ("UA",)) == ["Russia"]


def test_burkina_defence_and_security_forces_are_its_army() -> None:
    assert actors_of("Djibo remains under the control of the FDS.", ("BF",)) == [
        "Burkina Faso army"]


def test_the_philippine_government_is_its_army() -> None:
    assert actors_of("Philippine government forces retook Marawi.", ("PH",)) == [
        "Philippine army"]


def test_the_islamic_emirate_is_the_taliban() -> None:
    text = "Islamic Emirate forces are now in control of Kabul, a spokesman said."
    assert actors_of(text, ("AF",)) == ["Taliban"]


def test_military_before_a_facility_is_an_adjective_not_the_army() -> None:
    assert actors_of("Shells hit the military airport and an army base near Hama.") == []


def test_the_military_alone_is_still_the_army() -> None:
    assert actors_of("The military said it had retaken the town.") == ["Syrian government"]


def test_afp_outside_the_philippines_is_the_news_agency() -> None:
    assert actors_of("The army said, according to AFP, that it had taken Kidal.", ("ML",)) == [
        "Malian government"]


def test_serb_forces_in_bosnia_are_the_bosnian_serbs() -> None:
    assert actors_of("Serb forces shelled the town.", ("BA",)) == ["Bosnian Serb forces"]


def test_serb_forces_in_croatia_are_the_krajina_serbs() -> None:
    assert actors_of("Serb forces shelled the town.", ("HR",)) == ["Krajina Serbs"]


def test_government_troops_in_bosnia_are_the_bosnian_army() -> None:
    assert actors_of("Government troops took the town.", ("BA",)) == ["Bosnian army"]


def test_libyas_internationally_recognised_government_is_the_gna() -> None:
    text = "Forces of Libya's internationally recognised government advanced."
    assert actors_of(text, ("LY",)) == ["GNA forces"]


def test_a_government_alias_does_not_cut_a_longer_name_short() -> None:
    text = "Forces of the UN-recognised Government of National Accord advanced."
    found = find_actors(text, countries=["LY"])
    assert [(m.text, m.actor) for m in found] == [("Government of National Accord", "GNA forces")]


def test_karabakh_armenians_are_armenia() -> None:
    found = actors_of("the Karabakh Armenians and ethnic Armenians", ("AZ",))
    assert found == ["Armenia", "Armenia"]


def test_the_national_defence_force_in_ethiopia_is_the_state() -> None:
    assert actors_of("the National Defence Force", ("ET",)) == ["Ethiopia"]


def test_sit_tat_is_myanmars_military() -> None:
    assert actors_of("shelled by Sit-Tat naval vessels", ("MM",)) == ["Myanmar military"]


def test_turkish_backed_armed_factions_are_the_turkish_backed_opposition() -> None:
    assert actors_of("Turkish-backed armed factions took the town.") == [
        "Turkish-backed opposition"]


def test_a_nationality_before_border_names_a_place_not_forces() -> None:
    found = find_actors("Rebels hold Dhobley, on the coast near the Kenyan border.")
    assert [a.actor for a in found] == []


def test_a_nationality_before_troops_still_names_forces() -> None:
    found = find_actors("Kenyan troops hold Dhobley, near the border.")
    assert [a.actor for a in found] == ["Kenya"]


def test_the_older_taleban_spelling_is_the_taliban() -> None:
    assert actors_of("The Taleban militia said Taleban fighters held the pass.", ("AF",)) == [
        "Taliban", "Taliban"]


def test_abkhaz_formations_are_the_abkhaz_forces() -> None:
    assert actors_of("Abkhaz formations and Abkhaz separatist forces attacked.", ("GE",)) == [
        "Abkhaz forces", "Abkhaz forces"]


def test_the_pmf_acronym_is_the_popular_mobilisation_forces_side() -> None:
    assert actors_of("A PMF spokesman said the PMU had held the village.", ("IQ",)) == [
        "Iraqi government", "Iraqi government"]


def test_a_kind_of_islamic_state_is_not_the_group() -> None:
    assert actors_of('The fighters proclaimed an "independent Islamic state" in the valley.',
                     ("RU",)) == []


def test_a_lower_case_national_army_is_still_the_state() -> None:
    assert actors_of("Subunits of the national army took the heights.", ("AZ",)) == [
        "Azerbaijan"]


def test_a_haitian_gang_and_the_police_are_actors() -> None:
    assert actors_of("The 400 Mawozo gang fled when Haitian police arrived.", ("HT",)) == [
        "400 Mawozo", "Haitian National Police"]


def test_a_generic_gang_named_after_its_area_is_not_the_leading_gang() -> None:
    text = "Viv Ansanm gangs hold the capital; the gang of Canaan holds the road north."
    assert actors_of(text, ("HT",)) == ["Viv Ansanm"]


def test_a_nationality_before_a_generic_word_keeps_it_from_the_main_state() -> None:
    found = find_actors("Serbian special police drove the rebels out.", countries=("XK",),
                        main_country="XK")
    assert "Kosovar government" not in [a.actor for a in found]


def test_a_generic_word_of_the_articles_own_nationality_is_still_its_state() -> None:
    assert actors_of("Yemeni pro-government fighters retook the base.", ("YE",)) == [
        "Yemeni government"]


def test_the_more_central_countrys_reading_of_rebels_wins() -> None:
    found = find_actors("Chechen officials said the rebels still held the village.",
                        countries=("RU", "SY"), main_country="RU")
    assert [a.actor for a in found] == ["Chechen separatists"]


def test_houthi_statements_name_their_forces_the_army_and_popular_committees() -> None:
    assert actors_of("The army and popular committees liberated the district.", ("YE",)) == [
        "Houthis"]


def test_the_33rd_front_is_a_farc_dissident_front() -> None:
    assert actors_of("The 33rd Front said the dissidents still held the village.", ("CO",)) == [
        "FARC dissidents", "FARC dissidents"]


def test_the_ministry_named_again_is_the_ministry_named_before() -> None:
    found = find_actors("Russia's defence ministry said it had taken Sudzha. The ministry said "
                        "more villages had fallen.", countries=("RU", "UA"))
    assert [(a.text, a.actor) for a in found][-1] == ("The ministry", "Russia")


def test_yemens_popular_resistance_is_on_the_governments_side() -> None:
    vocab = load_actor_vocabulary()
    assert vocab.compatible("Popular Resistance", "Yemeni government")
    assert actors_of("a Popular Resistance commander said", ("YE",)) == ["Popular Resistance"]


def test_the_mujahideen_stand_for_the_main_jihadist_actor() -> None:
    text = "HTS denied the claim. The village is held by the mujahideen, its media office said."
    assert actors_of(text) == ["Jabhat al-Nusra", "Jabhat al-Nusra"]


def test_a_capitalised_generic_word_opening_a_name_is_not_the_generic() -> None:
    text = ("IS fighters left the city. The port is held by the Mujahideen Shura Council of "
            "Benghazi.")
    assert actors_of(text, ("LY",)) == ["Islamic State"]


def test_maoists_in_nepal_are_the_cpn_maoist_and_the_royal_army_is_the_state() -> None:
    text = "Maoist rebels attacked the Royal Nepal Army barracks at Bhimad."
    assert actors_of(text, ("NP",)) == ["Communist Party of Nepal (Maoist)", "Nepali government"]


def test_sierra_leone_has_state_forces_of_its_own() -> None:
    assert actors_of("Sierra Leonean troops retook the town.", ("SL",)) == [
        "Sierra Leonean government"]


def test_wagners_gains_in_ukraine_are_russias_gains() -> None:
    assert load_actor_vocabulary().compatible("Wagner Group", "Russia")


def test_the_army_in_an_article_about_chad_is_chads_army() -> None:
    text = "Chadian troops fought rebels near Massaguet. The army said the attack was beaten off."
    assert actors_of(text, ("TD", "SD")) == ["Chadian army", "Chadian army"]


def test_the_shining_path_and_its_guerrillas_in_peru_are_one_group() -> None:
    text = "Shining Path guerrillas attacked the police post. The guerrillas withdrew at dawn."
    assert actors_of(text, ("PE",)) == ["Shining Path", "Shining Path"]


def test_rebels_in_sierra_leone_are_the_ruf() -> None:
    assert actors_of("The rebels captured Mange on Sunday.", ("SL", "LR")) == ["RUF"]


def test_rebels_in_liberia_next_door_are_not_the_ruf() -> None:
    assert "RUF" not in actors_of("The rebels seized the port on Saturday.", ("LR", "SL"))


def test_us_army_troops_and_marines_in_iraq_are_the_coalition() -> None:
    text = "US Army troops seized the bridge, and Marines took the town."
    assert actors_of(text, ("IQ",)) == ["US-led coalition", "US-led coalition"]


def test_the_republican_guard_in_iraq_is_the_iraqi_government() -> None:
    text = "Kut is still held by the Baghdad Division of the Republican Guard."
    assert actors_of(text, ("IQ",)) == ["Iraqi government"]


def test_the_armed_forces_of_ichkeria_are_the_chechen_separatists() -> None:
    text = "The village is under control of the armed forces of Ichkeria, Udugov said."
    assert actors_of(text, ("RU",)) == ["Chechen separatists"]


def test_the_sect_in_a_story_about_boko_haram_is_boko_haram() -> None:
    text = "Boko Haram attacked Gajiganna. Katarko, which the sect overran in 2014, is deserted."
    assert actors_of(text, ("NG",)) == ["Boko Haram", "Boko Haram"]


def test_the_revolutionaries_of_a_libyan_translation_are_the_rebels() -> None:
    text = "The revolutionaries in the city of Misrata announced that they liberated the town."
    assert actors_of(text, ("LY",)) == ["National Transitional Council"]


def test_a_nationality_before_television_names_an_outlet_not_forces() -> None:
    text = "Lysenko denied reports on Russian television that the village had fallen."
    assert actors_of(text, ("UA",)) == []


def test_the_zenki_movement_is_on_the_syrian_oppositions_side() -> None:
    vocab = load_actor_vocabulary()
    assert actors_of("The Nour al-Din al-Zenki movement said it recaptured Banes.") == [
        "Nour al-Din al-Zenki"]
    assert vocab.compatible("Nour al-Din al-Zenki", "Syrian opposition")


def test_taylors_forces_in_liberia_are_the_npfl() -> None:
    text = "Taylor's forces still hold Ganta, and ECOMOG troops took Kakata."
    assert actors_of(text, ("LR",)) == ["NPFL", "ECOMOG"]


def test_karabakhs_defence_army_is_armenias_side() -> None:
    text = "Tsakuri in Karabakh is firmly under the control of the Defence Army, Yerevan said."
    assert [(m.text, m.actor) for m in find_actors(text, countries=("AZ", "AM"))
            if "Army" in m.text] == [("Defence Army", "Armenia")]


def test_ahlu_sunnah_wa_jama_is_the_cabo_delgado_insurgency() -> None:
    text = "PEMBA, Mozambique - Fighters of Ahlu Sunnah Wa-Jama occupied Mungue in April."
    found = {a.text: a.actor for a in find_actors(text, countries=("MZ",))}
    assert found.get("Ahlu Sunnah Wa-Jama") == "Cabo Delgado insurgents"


def test_karabakh_self_defence_units_are_the_armenian_side() -> None:
    text = ("STEPANAKERT - Shosh is held by Karabakh self-defence units, and the self-defence "
            "forces of Nagorno-Karabakh said they had repelled an attack.")
    found = {a.text: a.actor for a in find_actors(text, countries=("AZ", "AM"))}
    assert found.get("Karabakh self-defence units") == "Armenia"
    assert found.get("self-defence forces of Nagorno-Karabakh") == "Armenia"


def test_a_known_name_ending_a_longer_group_name_is_not_that_group() -> None:
    text = "Rebels of the Zapatista National Liberation Army seized Ocosingo on Saturday."
    assert "ELN" not in [a.actor for a in find_actors(text, countries=["MX"])]


def test_a_known_name_after_a_nationality_is_still_the_group() -> None:
    text = "Fighters of the Iraqi Popular Mobilisation Forces took Baiji on Saturday."
    assert "Iraqi government" in [a.actor for a in find_actors(text, countries=["IQ"])]


def test_guerrillas_in_el_salvador_are_the_fmln() -> None:
    text = ("The guerrillas still hold Mejicanos. The Farabundo Marti National Liberation Front "
            "denied it.")
    assert actors_of(text, ("SV",)) == ["FMLN", "FMLN"]


def test_the_armed_forces_of_el_salvador_are_its_state() -> None:
    text = "The Armed Forces of El Salvador announced the recovery of the district."
    assert actors_of(text, ("SV",)) == ["Salvadoran government"]


def test_the_sandinistas_are_the_fsln_and_the_national_guard_nicaraguas_state() -> None:
    text = "Matagalpa fell to the Sandinistas after the National Guard garrison surrendered."
    assert actors_of(text, ("NI",)) == ["FSLN", "Nicaraguan government"]


def test_a_national_guard_outside_nicaragua_is_not_somozas() -> None:
    text = "The National Guard and the Sandinistas are both mentioned in the archive."
    assert "Nicaraguan government" not in actors_of(text, ("US",))


def test_south_ossetian_militiamen_are_the_south_ossetian_forces() -> None:
    text = "South Ossetian militiamen backed by Russian troops seized Kekhvi."
    assert actors_of(text, ("GE",))[0] == "South Ossetian forces"


def test_assads_militias_are_the_syrian_government() -> None:
    text = "Assad's militias took Kafr Sajna; the Assad militias then shelled Hish."
    assert actors_of(text, ("SY",)) == ["Syrian government", "Syrian government"]


def test_islamic_states_central_africa_province_is_the_cabo_delgado_insurgency() -> None:
    text = "Fighters of its Central Africa Province captured the post at Pundanhar."
    assert actors_of(text, ("MZ",)) == ["Cabo Delgado insurgents"]


def test_the_krajina_army_is_the_krajina_serbs() -> None:
    text = "Krajina army units retook the village of Kijevo."
    assert actors_of(text, ("HR",)) == ["Krajina Serbs"]


def test_ahmad_massoud_leads_the_nrf_not_his_fathers_northern_alliance() -> None:
    text = "Ahmad Massoud's fighters still hold Dara; Ahmad Shah Massoud held it in 1998."
    assert actors_of(text, ("AF",)) == ["National Resistance Front", "Northern Alliance"]


def test_the_mongla_army_is_not_the_kokang_army_whose_name_ends_like_it() -> None:
    text = ("The Myanmar National Democratic Alliance Army took Laukkai; the National Democratic "
            "Alliance Army stayed out.")
    assert actors_of(text, ("MM",)) == ["MNDAA", "NDAA"]


def test_the_group_right_after_a_named_group_is_that_group() -> None:
    text = ("IS fighters are squeezed into a pocket. Hezbollah's war media said that the group "
            "had captured the ridge.")
    assert actors_of(text, ("SY", "LB")) == ["Islamic State", "Hezbollah", "Hezbollah"]



def test_a_wars_own_words_apply_only_in_articles_dated_in_it() -> None:
    text = "Government forces still hold Nha Trang."
    then = [m.actor for m in find_actors(text, countries=("VN",), year=1975)]
    now = [m.actor for m in find_actors(text, countries=("VN",), year=2015)]
    assert (then, now) == (["South Vietnamese government"], ["Vietnamese government"])


def test_an_actor_bound_to_a_period_needs_the_articles_date() -> None:
    assert "South Vietnamese government" not in [
        m.actor for m in find_actors("Government forces still hold Hue.", countries=("VN",))]


def test_a_period_bound_actor_needs_a_year_not_a_date(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nname = "X"\naliases = ["X"]\nwhen_before = "1976"\n')
    with pytest.raises(RulesError, match="must be a year"):
        load_actor_vocabulary(path)


def test_georgias_civil_war_rebels_are_the_zviadists() -> None:
    assert actors_of("Zviadist forces seized Abasha.", ("GE",)) == ["Zviadists"]


def test_rebels_in_rwandas_war_are_the_rpf_where_the_article_names_it() -> None:
    text = "The RPF advanced from the north. The rebels took Byumba."
    assert actors_of(text, ("RW",)) == ["RPF", "RPF"]


def test_the_spla_before_the_peace_agreement_is_the_rebel_army_not_south_sudans() -> None:
    then = [m.actor for m in find_actors("The SPLA took Yei.", countries=("SS",), year=1997)]
    now = [m.actor for m in find_actors("The SPLA took Bor.", countries=("SS",), year=2014)]
    assert (then, now) == (["SPLA"], ["South Sudanese army"])


def test_ukraines_defence_forces_are_ukraine_in_its_own_war() -> None:
    assert actors_of("Units of the Defence Forces liberated the village.", ("UA",)) == [
        "Ukraine"]
