"""Plain records that flow one way: ingest -> geoparse -> extract -> timeline -> render."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from mapper.names import fold

EventKind = Literal["capture", "hold"]
Certainty = Literal["reported", "claimed", "partial"]
DatePrecision = Literal["day", "week", "month", "year", "report"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text after boilerplate stripping, and what is known about it."""

    doc_id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (GeoNames-style): a named point with its country and feature."""

    place_id: int
    name: str
    lat: float
    lon: float
    country_code: str
    population: int = 0
    admin1: str = ""
    feature_code: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written in a document, with its character span and its resolution.

    ``place`` is None when the name is place-like (a cue such as "the village of" says so)
    but no gazetteer candidate fits; ``approximate`` is then a position inferred from the
    text ("in Aleppo's northern countryside"), with ``geo_precision`` 2 or 3. ``reasons``
    explains the choice for the popup and CLI. ``reference`` marks a name used only to
    locate something else ("north of Aleppo"), never a capture target.
    """

    text: str
    start: int
    end: int
    place: Place | None = None
    geo_precision: int = 1
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    candidates: tuple[Place, ...] = ()
    approximate: tuple[float, float] | None = None
    reference: bool = False

    @property
    def lat(self) -> float | None:
        """Latitude of the resolved place, else of the approximate position, else None."""
        if self.place is not None:
            return self.place.lat
        return self.approximate[0] if self.approximate else None

    @property
    def lon(self) -> float | None:
        """Longitude of the resolved place, else of the approximate position, else None."""
        if self.place is not None:
            return self.place.lon
        return self.approximate[1] if self.approximate else None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date phrase in the text ("on Sunday", "last month", "24 August 2016") made absolute."""

    text: str
    start: int
    end: int
    date: dt.date
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class ControlEvent:
    """One statement of control: a capture ("X took Y") or a hold ("Y, held by X").

    Field names and meanings are the public record contract of ``mapper extract``.
    """

    doc_id: str
    kind: EventKind
    place: str
    name: str | None
    place_id: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    geo_precision: int | None
    new_controller: str | None
    old_controller: str | None
    date: dt.date | None
    date_precision: DatePrecision | None
    certainty: Certainty
    confidence: float
    evidence: str
    start: int
    end: int
    source: str | None = None
    url: str | None = None
    new_side: str | None = None
    old_side: str | None = None
    reasons: tuple[str, ...] = field(default=())
    unnamed: bool = False

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready dict of this event (dates as ISO strings, reasons joined)."""
        record = asdict(self)
        record["date"] = self.date.isoformat() if self.date else None
        record["reasons"] = "; ".join(self.reasons)
        return record


@dataclass(frozen=True, slots=True)
class ControlPeriod:
    """A stretch of time during which one actor held one place, with the events behind it."""

    place_key: str
    place: str
    place_id: int | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    controller: str | None
    side: str | None
    start: dt.date | None
    end: dt.date | None
    events: tuple[ControlEvent, ...]
    contested: bool = False


def place_key(event: ControlEvent) -> str:
    """Events about the same place share this key: the gazetteer id, else the folded name."""
    if event.place_id is not None:
        return f"geonames:{event.place_id}"
    return f"name:{fold(event.place)}"


def event_from_record(record: dict[str, Any]) -> ControlEvent:
    """The ControlEvent of a record written by ``ControlEvent.to_record`` (JSON round trip)."""
    values = dict(record)
    values["date"] = dt.date.fromisoformat(values["date"]) if values.get("date") else None
    reasons = values.get("reasons") or ""
    values["reasons"] = tuple(reasons.split("; ")) if isinstance(reasons, str) and reasons \
        else tuple(reasons or ())
    names = ControlEvent.__slots__
    return ControlEvent(**{k: v for k, v in values.items() if k in names})
