"""The example corpus (examples/corpus, 32 articles over eight months) gives the periods an
analyst derives: a town changing hands three times, merged sources, one contradiction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mapper.models import ControlPeriod
from mapper.names import fold
from mapper.pipeline import extract_paths
from mapper.timeline import build_periods, state_as_of

CORPUS = Path(__file__).parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def periods() -> list[ControlPeriod]:
    return build_periods(extract_paths([CORPUS], progress=False))


def of(periods: list[ControlPeriod], name: str) -> list[ControlPeriod]:
    keys = {p.place_key for p in periods for e in p.events if fold(e.place) == fold(name)}
    return [p for p in periods if p.place_key in keys]


def test_al_rai_changes_hands_three_times(periods: list[ControlPeriod]) -> None:
    assert [(p.controller, p.start) for p in of(periods, "al-Rai")] == [
        ("Islamic State", None),
        ("Syrian opposition", dt.date(2016, 4, 7)),
        ("Islamic State", dt.date(2016, 4, 11)),
        ("Turkish-backed opposition", dt.date(2016, 8, 16))]


def test_three_reports_of_jarablus_merge_into_one_period(periods: list[ControlPeriod]) -> None:
    latest = of(periods, "Jarablus")[-1]
    assert latest.controller == "Turkish-backed opposition"
    assert latest.start == dt.date(2016, 8, 24)
    assert {e.source for e in latest.events} == {"Ankara Desk", "Euphrates Daily", "Levant Wire"}


def test_the_contradiction_over_akhtarin_is_kept_and_marked(periods: list[ControlPeriod]) -> None:
    latest = of(periods, "Akhtarin")[-1]
    assert latest.contested
    assert {e.new_controller for e in latest.events} == {"Turkish-backed opposition",
                                                         "Islamic State"}
    assert [p for p in periods if p.contested] == [latest]


def test_state_as_of_mid_june(periods: list[ControlPeriod]) -> None:
    state = {p.place: p.controller for p in state_as_of(periods, dt.date(2016, 6, 15))}
    assert state["Ar Rā‘ī"] == "Islamic State"
    assert state["Māri‘"] == "Syrian opposition"


def test_plans_and_repelled_assaults_are_not_captures(periods: list[ControlPeriod]) -> None:
    al_bab = of(periods, "al-Bab")
    assert {p.controller for p in al_bab} == {"Islamic State"}
    akhtarin = of(periods, "Akhtarin")
    assert akhtarin[0].end == dt.date(2016, 10, 16)
