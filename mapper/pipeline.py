"""The whole path as library calls: the CLI and the notebooks are thin layers over these."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from mapper.actors import load_actor_vocabulary
from mapper.corpus import CorpusSummary, run_corpus
from mapper.corpus import iter_events as iter_records
from mapper.export import atomic_write, events_as_text, periods_as_csv
from mapper.extract import iter_document_events
from mapper.ingest import Report, Skipped, read_documents
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


class Progress:
    """A documents/s bar on stderr (only on a terminal) that also counts skipped inputs."""

    def __init__(self, show: bool | None = None, report: Report | None = None) -> None:
        self.skipped = 0
        self._report = report
        self._bar = tqdm(desc="articles", unit="doc", file=sys.stderr,
                         disable=not (sys.stderr.isatty() if show is None else show))

    @property
    def report(self) -> Report | None:
        """The callback to give ``read_documents``: None keeps "bad input raises"."""
        return self._skipped if self._report is not None else None

    def _skipped(self, item: Skipped) -> None:
        if item.fatal:
            self.skipped += 1
            self._bar.set_postfix(skipped=self.skipped, refresh=False)
        assert self._report is not None
        self._report(item)

    def advance(self, documents: int = 1) -> None:
        self._bar.update(documents)

    def counted(self, documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            yield document
            self.advance()

    def close(self) -> None:
        self._bar.close()


def extract_paths(paths: Sequence[str | Path], date: dt.date | None = None,
                  progress: bool | None = None, report: Report | None = None,
                  workers: int | None = 1) -> list[ControlEvent]:
    """Read articles (files, directories, globs, JSONL, CSV, stdin) and return their events.

    ``report`` receives every skipped or repaired input (default: bad input raises);
    ``workers`` processes share the work (None: all cores for large inputs).
    """
    return list(iter_path_events(paths, date, progress, report, workers))


def iter_path_events(paths: Sequence[str | Path], date: dt.date | None = None,
                     progress: bool | None = None, report: Report | None = None,
                     workers: int | None = 1) -> Iterator[ControlEvent]:
    """Events of the articles at ``paths`` as they are found, in input order (for streaming);
    the progress bar counts documents/s and skipped inputs."""
    bar = Progress(progress, report)
    try:
        documents = read_documents(paths, default_date=date, report=bar.report)
        yield from _events(bar.counted(documents), workers)
    finally:
        bar.close()


def extract_from_documents(documents: Iterable[Document], progress: bool | None = None,
                           workers: int | None = 1) -> list[ControlEvent]:
    """Control events of documents, with a progress bar (documents/s) on a terminal."""
    return list(iter_events(documents, progress, workers))


def iter_events(documents: Iterable[Document], progress: bool | None = None,
                workers: int | None = 1) -> Iterator[ControlEvent]:
    """Control events as they are found, in input order (for streaming output)."""
    bar = Progress(progress)
    try:
        yield from _events(bar.counted(documents), workers)
    finally:
        bar.close()


def _events(documents: Iterable[Document], workers: int | None) -> Iterator[ControlEvent]:
    if workers == 1:
        for doc_events in iter_document_events(documents):
            yield from doc_events
    else:
        for record in iter_records(documents, workers):
            yield event_from_record(record)


def extract_corpus(paths: Sequence[str | Path], out_dir: Path, date: dt.date | None = None,
                   *, report: Report | None = None, progress: bool | None = None,
                   engine: str = "local", workers: int | None = None,
                   partition_size: int = 200, scheduler: str | None = None) -> CorpusSummary:
    """Read a corpus and write its records as resumable partitions in ``out_dir``
    (see ``mapper.corpus.run_corpus``), with a progress bar counting skipped inputs."""
    bar = Progress(progress, report)
    try:
        documents = read_documents(paths, default_date=date, report=bar.report)
        return run_corpus(documents, out_dir, engine=engine, workers=workers,
                          partition_size=partition_size, scheduler=scheduler,
                          progress=bar.advance)
    finally:
        bar.close()


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
