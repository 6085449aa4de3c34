"""Events -> control periods per place: who held it, from when to when, on what evidence."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import geopandas as gpd
from shapely.geometry import Point

from mapper.models import ControlEvent, ControlPeriod, place_key

CONTESTED_WINDOW = dt.timedelta(days=2)


def _order(event: ControlEvent) -> tuple[dt.date, int, str, int]:
    return (event.date or dt.date.min, 0 if event.kind == "capture" else 1, event.doc_id,
            event.start)


def build_periods(events: Iterable[ControlEvent],
                  compatible: Callable[[str | None, str | None], bool] | None = None
                  ) -> list[ControlPeriod]:
    """Successive control periods per place, sorted by place then start date.

    A capture closes the holder's period and opens the capturer's; a capture that names the
    previous holder also opens a period for it (start unknown) when nothing earlier is known.
    A hold by a different actor, or a capture by a different actor from another source, within
    two days of a period's start marks the period contested and keeps both reports in it;
    ``compatible`` actors (default: the actor vocabulary's) are the same event, not a dispute.
    """
    by_place: dict[str, list[ControlEvent]] = defaultdict(list)
    for event in events:
        if event.new_controller is None and event.kind == "hold":
            continue
        by_place[place_key(event)].append(event)
    if compatible is None:
        from mapper.actors import load_actor_vocabulary

        compatible = load_actor_vocabulary().compatible
    periods: list[ControlPeriod] = []
    for key in sorted(by_place):
        periods.extend(_place_periods(key, sorted(by_place[key], key=_order), compatible))
    return periods


def _place_periods(key: str, events: Sequence[ControlEvent],
                   compatible: Callable[[str | None, str | None], bool]) -> list[ControlPeriod]:
    first = events[0]
    resolved = next((e for e in events if e.lat is not None), first)
    out: list[ControlPeriod] = []

    def new_period(controller: str | None, side: str | None, start: dt.date | None,
                   evidence: tuple[ControlEvent, ...]) -> ControlPeriod:
        return ControlPeriod(
            place_key=key, place=resolved.name or resolved.place, place_id=resolved.place_id,
            lat=resolved.lat, lon=resolved.lon, geo_precision=resolved.geo_precision,
            controller=controller, side=side, start=start, end=None, events=evidence,
        )

    for event in events:
        current = out[-1] if out else None
        if current is None:
            if event.kind == "capture" and event.old_controller:
                out.append(replace(new_period(event.old_controller, event.old_side, None, ()),
                                   end=event.date))
            out.append(new_period(event.new_controller, event.new_side, event.date, (event,)))
            continue
        if event.new_controller is None or compatible(event.new_controller, current.controller):
            out[-1] = replace(current, events=(*current.events, event))
            continue
        near_start = (current.start is not None and event.date is not None
                      and abs(event.date - current.start) <= CONTESTED_WINDOW)
        other_source = all(_source(e) != _source(event) for e in current.events)
        if near_start and (event.kind == "hold" or other_source):
            out[-1] = replace(current, events=(*current.events, event), contested=True)
            continue
        out[-1] = replace(current, end=event.date)
        out.append(new_period(event.new_controller, event.new_side, event.date, (event,)))
    return out


def _source(event: ControlEvent) -> str:
    return event.source or event.doc_id


def current_periods(periods: Sequence[ControlPeriod]) -> list[ControlPeriod]:
    """The latest period of each place."""
    latest: dict[str, ControlPeriod] = {}
    for period in periods:
        latest[period.place_key] = period
    return list(latest.values())


def state_as_of(periods: Sequence[ControlPeriod], date: dt.date) -> list[ControlPeriod]:
    """The period in force on ``date`` for each place that has one."""
    state: dict[str, ControlPeriod] = {}
    for p in periods:
        starts_ok = p.start is None or p.start <= date
        ends_ok = p.end is None or p.end > date
        if starts_ok and ends_ok:
            state[p.place_key] = p
    return list(state.values())


def periods_to_geodataframe(periods: Sequence[ControlPeriod]) -> gpd.GeoDataFrame:
    """One row per period; point geometry (lon, lat) in EPSG:4326, None where unresolved."""
    rows = [{
        "place_key": p.place_key, "place": p.place, "place_id": p.place_id,
        "controller": p.controller, "side": p.side,
        "start": p.start.isoformat() if p.start else None,
        "end": p.end.isoformat() if p.end else None,
        "contested": p.contested, "geo_precision": p.geo_precision,
        "sources": "; ".join(sorted({e.source or e.doc_id for e in p.events})),
        "evidence": " | ".join(e.evidence for e in p.events),
    } for p in periods]
    geometry = [Point(p.lon, p.lat) if p.lat is not None and p.lon is not None else None
                for p in periods]
    return gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:4326")


def events_to_geodataframe(events: Sequence[ControlEvent]) -> gpd.GeoDataFrame:
    """One row per event record; point geometry (lon, lat) in EPSG:4326, None where unresolved."""
    geometry = [Point(e.lon, e.lat) if e.lat is not None and e.lon is not None else None
                for e in events]
    return gpd.GeoDataFrame([e.to_record() for e in events], geometry=geometry, crs="EPSG:4326")
