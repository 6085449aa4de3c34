"""Write events and periods to files: JSONL, CSV, GeoJSON; each file written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from mapper.errors import OutputError
from mapper.models import ControlEvent, ControlPeriod

FORMATS = ("jsonl", "csv", "geojson")
RECORD_FIELDS = (
    "doc_id", "kind", "place", "name", "place_id", "lat", "lon", "country_code", "geo_precision",
    "new_controller", "old_controller", "date", "date_precision", "certainty", "confidence",
    "evidence", "start", "end", "source", "url", "new_side", "old_side", "reasons", "unnamed",
)
PERIOD_FIELDS = ("place", "place_id", "lat", "lon", "geo_precision", "controller", "side",
                 "start", "end", "contested", "sources", "evidence")


def atomic_write(path: Path, data: str) -> None:
    """Write text to a temp file beside ``path`` then rename, so no reader sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only when fully written (temp file, then rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def events_as_text(events: Sequence[ControlEvent], fmt: str) -> str:
    """The events serialised as ``jsonl``, ``csv`` or ``geojson``."""
    records = [{k: e.to_record()[k] for k in RECORD_FIELDS} for e in events]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        return _csv(records, RECORD_FIELDS)
    if fmt == "geojson":
        return _geojson(records)
    raise OutputError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")


def _csv(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _geojson(records: Sequence[dict[str, Any]]) -> str:
    features = [{
        "type": "Feature",
        "geometry": ({"type": "Point", "coordinates": [r["lon"], r["lat"]]}
                     if r["lat"] is not None and r["lon"] is not None else None),
        "properties": r,
    } for r in records]
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=1) + "\n"


def periods_as_csv(periods: Sequence[ControlPeriod]) -> str:
    """The timeline: one row per control period."""
    rows = [{
        "place": p.place, "place_id": p.place_id, "lat": p.lat, "lon": p.lon,
        "geo_precision": p.geo_precision, "controller": p.controller, "side": p.side,
        "start": p.start.isoformat() if p.start else "", "end": p.end.isoformat() if p.end else "",
        "contested": p.contested,
        "sources": "; ".join(sorted({e.source or e.doc_id for e in p.events})),
        "evidence": " | ".join(dict.fromkeys(e.evidence for e in p.events)),
    } for p in periods]
    return _csv(rows, PERIOD_FIELDS)


ACLED_FIELDS = ("event_date", "sub_event_type", "actor1", "actor2", "location", "latitude",
                "longitude", "geo_precision", "time_precision", "source", "notes")
_TIME_PRECISION = {"day": 1, "week": 2, "report": 2, "month": 3, "year": 3}


def events_as_acled_csv(events: Sequence[ControlEvent]) -> str:
    """Captures in ACLED's column layout, so they load into tools built for ACLED data."""
    from mapper.actors import load_actor_vocabulary

    vocab = load_actor_vocabulary()
    rows = []
    for e in events:
        if e.kind != "capture":
            continue
        state = vocab.is_state(e.new_controller)
        rows.append({
            "event_date": e.date.isoformat() if e.date else "",
            "sub_event_type": "Government regains territory" if state
            else "Non-state actor overtakes territory",
            "actor1": e.new_controller or "", "actor2": e.old_controller or "",
            "location": e.name or e.place, "latitude": e.lat, "longitude": e.lon,
            "geo_precision": e.geo_precision or "",
            "time_precision": _TIME_PRECISION.get(e.date_precision or "", ""),
            "source": e.source or e.doc_id,
            "notes": f"{e.evidence} [certainty: {e.certainty}, confidence {e.confidence}]",
        })
    return _csv(rows, ACLED_FIELDS)


GEO_FORMATS = {".gpkg": "GPKG", ".parquet": "parquet", ".geojson": "GeoJSON"}


def write_geodata(events: Sequence[ControlEvent], path: Path) -> None:
    """Events as a GeoPackage (.gpkg) or GeoParquet (.parquet) file through geopandas."""
    from mapper.timeline import events_to_geodataframe

    kind = GEO_FORMATS.get(path.suffix.lower())
    if kind is None or kind == "GeoJSON":
        raise OutputError(f"{path}: use .gpkg (GeoPackage) or .parquet (GeoParquet)")
    gdf = events_to_geodataframe(events)
    tmp = path.with_name(f".tmp-{path.name}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "parquet":
            gdf.to_parquet(tmp)
        else:
            tmp.unlink(missing_ok=True)
            gdf.to_file(tmp, driver="GPKG", layer="events")
        os.replace(tmp, path)
    except (OSError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc}") from exc


def stream_events(events: Iterable[ControlEvent], fmt: str, out: TextIO) -> int:
    """Write events to ``out`` as they come (jsonl, csv or geojson), so memory does not grow
    with the corpus; returns the number written. Same bytes as ``events_as_text``."""
    count = 0
    if fmt == "geojson":
        out.write('{\n "type": "FeatureCollection",\n "features": [')
    for event in events:
        record = {k: event.to_record()[k] for k in RECORD_FIELDS}
        if fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            text = _csv([record], RECORD_FIELDS)
            out.write(text if count == 0 else text.split("\n", 1)[1])
        elif fmt == "geojson":
            feature = json.loads(_geojson([record]))["features"][0]
            body = json.dumps(feature, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            out.write(("," if count else "") + "\n  " + body)
        else:
            raise OutputError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
        count += 1
    if fmt == "csv" and count == 0:
        out.write(_csv([], RECORD_FIELDS))
    if fmt == "geojson":
        out.write("\n ]\n}\n")
    return count
