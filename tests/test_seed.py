"""The user's sample article gives the answers an analyst expects (issue 2 acceptance)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from geopy.distance import great_circle

from mapper.models import ControlEvent
from mapper.pipeline import extract_paths

SEED = Path(__file__).parent.parent / "examples" / "articles" / "000_d4b7395a561064a2.txt"
CLEARED = ["al-Qadi", "Kobbet al-Turikman", "al-Battal hill", "Aar hill", "al-Suwaida", "Waqef"]
TURKEY_SIDE = {"Turkey", "Turkish-backed opposition"}


@pytest.fixture(scope="module")
def events() -> list[ControlEvent]:
    return extract_paths([SEED], dt.date(2016, 9, 4), progress=False)


def by_place(events: list[ControlEvent], kind: str) -> dict[str, ControlEvent]:
    return {e.place: e for e in events if e.kind == kind and not e.unnamed}


def test_two_unnamed_villages_are_recorded_but_not_mapped(events: list[ControlEvent]) -> None:
    unnamed = [e for e in events if e.unnamed]
    assert [(e.place, e.lat, e.old_controller) for e in unnamed] == [
        ("two villages", None, "Islamic State")]


def test_al_rae_is_a_claimed_capture_by_turkey_from_islamic_state(
        events: list[ControlEvent]) -> None:
    rae = by_place(events, "capture")["al-Rae"]
    assert rae.lat is not None and rae.lon is not None
    assert great_circle((rae.lat, rae.lon), (36.61, 37.45)).km < 15
    assert rae.new_controller in TURKEY_SIDE
    assert rae.old_controller == "Islamic State"
    assert rae.certainty == "claimed"


def test_jarablus_is_captured_by_turkey_from_islamic_state(events: list[ControlEvent]) -> None:
    jarablus = by_place(events, "capture")["Jarablus"]
    assert (jarablus.new_controller, jarablus.old_controller) == ("Turkey", "Islamic State")


@pytest.mark.parametrize("place", CLEARED)
def test_cleared_places_are_captures_from_islamic_state(
        events: list[ControlEvent], place: str) -> None:
    assert by_place(events, "capture")[place].old_controller == "Islamic State"


def test_al_suwaida_is_never_put_at_the_southern_city(events: list[ControlEvent]) -> None:
    suwaida = by_place(events, "capture")["al-Suwaida"]
    if suwaida.lat is not None and suwaida.lon is not None:
        assert great_circle((suwaida.lat, suwaida.lon), (32.71, 36.57)).km > 200


def test_raqqa_afrin_and_kobane_are_holds(events: list[ControlEvent]) -> None:
    holds = by_place(events, "hold")
    assert holds["Raqqa"].new_controller == "Islamic State"
    assert holds["Afrin"].new_controller == "SDF"
    assert holds["Kobane"].new_controller == "SDF"


def test_no_capture_at_places_only_mentioned(events: list[ControlEvent]) -> None:
    captured = set(by_place(events, "capture"))
    never = {"Al-Bab", "Aleppo", "Afrin", "Kobane", "Raqqa", "Hangzhou", "Karkamis", "Suruc",
             "Gaziantep", "Ramussa", "Al-Rai"}
    assert captured & never == set()


def test_exactly_the_expected_captures(events: list[ControlEvent]) -> None:
    assert set(by_place(events, "capture")) == {"al-Rae", "Jarablus", *CLEARED}


def test_every_record_carries_its_evidence_sentence_and_offsets(
        events: list[ControlEvent]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for event in events:
        assert event.place in event.evidence
        assert event.end > event.start
    assert all(e.doc_id == SEED.stem for e in events)
    assert text
