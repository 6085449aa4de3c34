"""Control periods from events: merging sources, re-captures and contradictions."""

from __future__ import annotations

import datetime as dt

from mapper.models import ControlEvent
from mapper.timeline import build_periods, periods_to_geodataframe, state_as_of


def event(place: str, new: str | None, day: int, kind: str = "capture", old: str | None = None,
          source: str = "Wire A", place_id: int | None = 1) -> ControlEvent:
    return ControlEvent(
        doc_id=f"{source}-{day}", kind=kind, place=place, name=place, place_id=place_id,  # type: ignore[arg-type]
        lat=36.5, lon=37.9, country_code="SY", geo_precision=1, new_controller=new,
        old_controller=old, date=dt.date(2016, 8, day), date_precision="day",
        certainty="reported", confidence=0.9, evidence=f"{new} took {place}.", start=0,
        end=len(place), source=source, new_side=new, old_side=old)


def test_reports_of_the_same_capture_merge_into_one_period_with_all_sources() -> None:
    periods = build_periods([event("Manbij", "SDF", 12, source="Wire A"),
                             event("Manbij", "SDF", 13, source="Wire B")])
    assert len(periods) == 1
    assert {e.source for e in periods[0].events} == {"Wire A", "Wire B"}


def test_recapture_gives_successive_periods() -> None:
    periods = build_periods([event("Dabiq", "Islamic State", 1),
                             event("Dabiq", "Syrian opposition", 16, old="Islamic State"),
                             event("Dabiq", "Islamic State", 28)])
    assert [(p.controller, p.start, p.end) for p in periods] == [
        ("Islamic State", dt.date(2016, 8, 1), dt.date(2016, 8, 16)),
        ("Syrian opposition", dt.date(2016, 8, 16), dt.date(2016, 8, 28)),
        ("Islamic State", dt.date(2016, 8, 28), None)]


def test_capture_naming_previous_holder_opens_a_period_for_it() -> None:
    periods = build_periods([event("Jarablus", "Turkey", 24, old="Islamic State")])
    assert [(p.controller, p.start, p.end) for p in periods] == [
        ("Islamic State", None, dt.date(2016, 8, 24)), ("Turkey", dt.date(2016, 8, 24), None)]


def test_conflicting_hold_from_another_source_marks_the_period_contested() -> None:
    periods = build_periods([event("al-Bab", "Syrian opposition", 10, source="Wire A"),
                             event("al-Bab", "Islamic State", 10, kind="hold", source="Wire B")])
    assert periods[-1].contested
    assert {e.new_controller for e in periods[-1].events} == {"Syrian opposition",
                                                             "Islamic State"}


def test_state_as_of_gives_the_holder_on_that_day() -> None:
    periods = build_periods([event("Dabiq", "Islamic State", 1),
                             event("Dabiq", "Syrian opposition", 16)])
    [period] = state_as_of(periods, dt.date(2016, 8, 20))
    assert period.controller == "Syrian opposition"


def test_unresolved_places_are_kept_by_name() -> None:
    periods = build_periods([event("Waqef", "Turkey", 3, place_id=None),
                             event("al-Qadi", "Turkey", 3, place_id=None)])
    assert {p.place for p in periods} == {"Waqef", "al-Qadi"}


def test_geodataframe_has_lon_lat_points_in_wgs84() -> None:
    gdf = periods_to_geodataframe(build_periods([event("Manbij", "SDF", 12)]))
    assert gdf.crs.to_epsg() == 4326
    assert (gdf.geometry.iloc[0].x, gdf.geometry.iloc[0].y) == (37.9, 36.5)
