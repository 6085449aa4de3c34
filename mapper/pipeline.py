"""The whole path as library calls: the CLI and the notebooks are thin layers over these."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from mapper.actors import load_actor_vocabulary
from mapper.export import atomic_write, events_as_text, periods_as_csv
from mapper.extract import iter_document_events
from mapper.ingest import Report, read_documents
from mapper.models import ControlEvent, ControlPeriod, Document, event_from_record
from mapper.timeline import build_periods


@dataclass(frozen=True, slots=True)
class MapOutputs:
    """What ``build_maps`` wrote and what it found."""

    map_html: Path
    events_geojson: Path
    timeline_csv: Path
    events: tuple[ControlEvent, ...]
    periods: tuple[ControlPeriod, ...]


def extract_paths(paths: Sequence[str | Path], date: dt.date | None = None,
                  progress: bool | None = None, report: Report | None = None,
                  workers: int | None = 1) -> list[ControlEvent]:
    """Read articles (files, directories, globs, JSONL, CSV, stdin) and return their events.

    ``report`` receives every skipped or repaired input (default: bad input raises);
    ``workers`` processes share the work (None: all cores for large inputs).
    """
    documents = read_documents(paths, default_date=date, report=report)
    return extract_from_documents(documents, progress, workers)


def extract_from_documents(documents: Iterable[Document], progress: bool | None = None,
                           workers: int | None = 1) -> list[ControlEvent]:
    """Control events of documents, with a progress bar (documents/s) on a terminal."""
    return list(iter_events(documents, progress, workers))


def iter_events(documents: Iterable[Document], progress: bool | None = None,
                workers: int | None = 1) -> Iterator[ControlEvent]:
    """Control events as they are found, in input order (for streaming output)."""
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(desc="articles", unit="doc", disable=not show, file=sys.stderr)
    counted = _counted(documents, bar)
    try:
        if workers == 1:
            for doc_events in iter_document_events(counted):
                yield from doc_events
        else:
            from mapper.corpus import iter_events as iter_records

            for record in iter_records(counted, workers):
                yield event_from_record(record)
    finally:
        bar.close()


def _counted(documents: Iterable[Document], bar: tqdm) -> Iterable[Document]:
    for document in documents:
        yield document
        bar.update(1)


def build_maps(paths: Sequence[str | Path], outdir: Path, date: dt.date | None = None,
               offline: bool = True, progress: bool | None = None,
               report: Report | None = None, workers: int | None = 1) -> MapOutputs:
    """Articles -> events -> periods -> map.html, events.geojson, timeline.csv in ``outdir``."""
    from mapper.render import render_map, write_map

    events = extract_paths(paths, date, progress, report, workers)
    periods = build_periods(events)
    vocab = load_actor_vocabulary()
    sides = {p.side for p in periods if p.side} | {e.new_side for e in events if e.new_side}
    colours = {side: vocab.colour_of(side) for side in sorted(sides)}
    unresolved = [e for e in events if e.lat is None]
    html = render_map(periods, unresolved, colours, offline=offline)
    outputs = MapOutputs(outdir / "map.html", outdir / "events.geojson", outdir / "timeline.csv",
                         tuple(events), tuple(periods))
    write_map(html, outputs.map_html)
    atomic_write(outputs.events_geojson, events_as_text(events, "geojson"))
    atomic_write(outputs.timeline_csv, periods_as_csv(periods))
    return outputs
