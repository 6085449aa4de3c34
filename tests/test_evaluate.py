"""Scoring against gold files: actor names, place spellings, dates, several files at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.evaluate import canonical_actor, same_place, score_records


def test_gold_actor_names_are_read_through_the_vocabulary() -> None:
    gold = [{"place": "Manbij", "new_controller": "ISIL", "date": "2016-08-12"}]
    found = [{"place": "Manbij", "new_controller": "Islamic State", "date": "2016-08-13"}]
    assert score_records("captures", gold, found, "new_controller", 2).true_positives == 1


def test_capture_outside_the_date_window_is_a_miss_and_a_false_alarm() -> None:
    gold = [{"place": "Manbij", "new_controller": "SDF", "date": "2016-08-12"}]
    found = [{"place": "Manbij", "new_controller": "SDF", "date": "2016-08-20"}]
    match = score_records("captures", gold, found, "new_controller", 2)
    assert (match.true_positives, match.false_positives, match.false_negatives) == (0, 1, 1)


def test_unknown_group_is_compared_as_written_without_the_article() -> None:
    assert canonical_actor("The Arakan Militia") == canonical_actor("Arakan Militia")
    assert canonical_actor("Arakan Militia") != canonical_actor("Kachin Militia")


def test_a_facilitys_qualifier_does_not_make_another_place() -> None:
    assert same_place("Hama military airport", "Hama airport")
    assert same_place("Minnigh military airbase", "Minnigh airbase")
    assert not same_place("New Halfa", "Halfa")


def test_a_final_site_word_names_the_same_place() -> None:
    assert same_place("Handarat camp", "Handarat")
    assert same_place("Naursky district", "Naursky")
    assert same_place("Paloich", "Paloich oil field")
    assert same_place("Hamza military camp", "Hamza")


def test_an_airport_or_dam_is_not_its_town() -> None:
    assert not same_place("Hama airport", "Hama")
    assert not same_place("Tabqa dam", "Tabqa")


def test_transliterations_of_one_place_are_the_same_place() -> None:
    assert same_place("Afgoye", "Afgooye")
    assert same_place("Nasib border crossing", "Nasib")
    assert not same_place("Kobani", "Manbij")


def test_evaluate_scores_several_gold_files_together(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "docs" / "a.txt"
    article.parent.mkdir()
    article.write_text("Kurdish-led forces captured Manbij in Syria from ISIS on Friday.",
                       encoding="utf-8")
    first = tmp_path / "one.jsonl"
    first.write_text(json.dumps({"doc_id": "a", "path": "docs/a.txt", "date": "2016-08-13",
                                 "captures": [{"place": "Manbij", "new_controller": "SDF",
                                               "date": "2016-08-12"}], "holds": []}) + "\n",
                     encoding="utf-8")
    second = tmp_path / "two.jsonl"
    second.write_text(json.dumps({"doc_id": "b", "date": "2016-08-13", "text":
                                  "Rebels in Syria vowed to retake Azaz.",
                                  "captures": [], "holds": []}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["evaluate", str(first), str(second)])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "extraction: 2 gold documents" in out
    row = next(line for line in out.splitlines()
               if line.startswith("mapper") and "captures" in line)
    assert row.split()[-3:] == ["1", "0", "0"]
    assert "baseline" in out


def test_unknown_group_written_shorter_is_the_same_group() -> None:
    gold = [{"place": "Ajdabiya", "controller": "Mujahideen Shura Council of Ajdabiya"}]
    found = [{"place": "Ajdabiya", "controller": "Mujahideen Shura Council"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 1


def test_a_gold_month_matches_any_day_of_that_month_and_no_other() -> None:
    gold = [{"place": "Anah", "new_controller": "Iraqi government", "date": "2017-09"}]
    inside = [{"place": "Anah", "new_controller": "Iraqi government", "date": "2017-09-22"}]
    outside = [{"place": "Anah", "new_controller": "Iraqi government", "date": "2017-11-03"}]
    assert score_records("captures", gold, inside, "new_controller", 2).true_positives == 1
    assert score_records("captures", gold, outside, "new_controller", 2).true_positives == 0


def test_an_unknown_group_by_its_initials_is_the_same_group() -> None:
    gold = [{"place": "Demoso", "controller": "Karenni Nationalities Defence Force"}]
    found = [{"place": "Demoso", "controller": "KNDF"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 1


def test_an_unknown_group_without_the_noun_for_its_members_is_the_same_group() -> None:
    gold = [{"place": "Ubari", "controller": "Tuareg fighters"}]
    found = [{"place": "Ubari", "controller": "Tuareg"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 1


def test_a_known_group_without_the_noun_for_its_members_is_the_same_group() -> None:
    gold = [{"place": "Badhan", "controller": "Puntland"}]
    found = [{"place": "Badhan", "controller": "Puntland forces"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 1


def test_another_group_of_the_same_people_is_not_the_same_group() -> None:
    gold = [{"place": "Ubari", "controller": "Tuareg fighters"}]
    found = [{"place": "Ubari", "controller": "Tebu"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 0


def test_an_actor_name_written_in_another_case_is_the_same_actor() -> None:
    gold = [{"place": "Shaqra", "controller": "southern forces"}]
    found = [{"place": "Shaqra", "controller": "Southern forces"}]
    assert score_records("holds", gold, found, "controller", None).true_positives == 1


def test_a_country_named_as_the_taker_is_its_states_forces() -> None:
    assert canonical_actor("Rwanda") == canonical_actor("Rwandan troops")


def test_a_nations_government_and_its_army_are_one_actor_in_gold_files() -> None:
    assert canonical_actor("Nigerian government") == canonical_actor("Nigerian army")


def test_a_named_nationality_wins_over_the_articles_other_countries() -> None:
    neighbours_first = ("UG", "RW", "CD")
    assert canonical_actor("Congolese government", neighbours_first) == "Congolese army"
    assert canonical_actor("Burkinabe government", ("CD",)) == "Burkina Faso army"
