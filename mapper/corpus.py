"""Corpus runs: many documents in partitions, on local processes or a Dask cluster, resumable.

Documents are read as a stream and cut into numbered partitions of ``partition_size``; each
finished partition is written atomically as ``part-NNNNN.jsonl`` (and ``.parquet`` for Dask),
so an interrupted run resumes by skipping the partitions already on disk, and no record is
written twice. Memory holds only the partitions in flight, whatever the corpus size.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from mapper.errors import OutputError
from mapper.export import RECORD_FIELDS, atomic_write
from mapper.models import Document

MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """What a corpus run did."""

    documents: int
    partitions: int
    skipped_partitions: int
    records: int
    out_dir: Path


def partitions(documents: Iterable[Document], size: int) -> Iterator[tuple[int, list[Document]]]:
    """Numbered lists of ``size`` documents, in input order."""
    it = iter(documents)
    index = 0
    while chunk := list(islice(it, size)):
        yield index, chunk
        index += 1


def extract_partition(documents: list[Document]) -> list[dict[str, Any]]:
    """Records of one partition; runs in a worker process (pipeline and gazetteer per process,
    the gazetteer file itself shared through the operating system's page cache)."""
    from mapper.extract import iter_document_events

    return [e.to_record() for events in iter_document_events(documents) for e in events]


def part_path(out_dir: Path, index: int, suffix: str = ".jsonl") -> Path:
    return out_dir / f"part-{index:05d}{suffix}"


def _write_partition(out_dir: Path, index: int, records: list[dict[str, Any]],
                     parquet: bool) -> None:
    if parquet:
        _write_parquet(part_path(out_dir, index, ".parquet"), records)
    atomic_write(part_path(out_dir, index),
                 "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def _write_parquet(path: Path, records: list[dict[str, Any]]) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    geometry = [Point(r["lon"], r["lat"]) if r["lat"] is not None else None for r in records]
    gdf = gpd.GeoDataFrame(records or None, columns=list(RECORD_FIELDS), geometry=geometry,
                           crs="EPSG:4326")
    tmp = path.with_name(f".{path.name}.tmp")
    gdf.to_parquet(tmp)
    os.replace(tmp, path)


def _check_manifest(out_dir: Path, partition_size: int) -> None:
    manifest = out_dir / MANIFEST
    if manifest.exists():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        if recorded.get("partition_size") != partition_size:
            raise OutputError(
                f"{out_dir} holds a run with partition size {recorded.get('partition_size')}; "
                f"resume with --partition-size {recorded.get('partition_size')} or use a new "
                "directory")
    else:
        atomic_write(manifest, json.dumps({"partition_size": partition_size}) + "\n")


def run_corpus(
    documents: Iterable[Document],
    out_dir: Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    partition_size: int = 200,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> CorpusSummary:
    """Extract every document into ``out_dir`` partitions; finished partitions are skipped.
    ``workers`` None means all cores (local engine) or a 2-worker cluster (Dask)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _check_manifest(out_dir, partition_size)
    parquet = engine == "dask"

    def todo() -> Iterator[tuple[int, list[Document]]]:
        for index, chunk in partitions(documents, partition_size):
            if part_path(out_dir, index).exists():
                stats["skipped"] += 1
                stats["documents"] += len(chunk)
                if progress:
                    progress(len(chunk))
                continue
            yield index, chunk

    stats = {"documents": 0, "partitions": 0, "skipped": 0, "records": 0}

    def done(index: int, chunk: list[Document], records: list[dict[str, Any]]) -> None:
        _write_partition(out_dir, index, records, parquet)
        stats["documents"] += len(chunk)
        stats["partitions"] += 1
        stats["records"] += len(records)
        if progress:
            progress(len(chunk))

    if engine == "dask":
        _run_dask(todo(), done, scheduler, workers)
    elif (workers or os.cpu_count() or 1) <= 1:
        for index, chunk in todo():
            done(index, chunk, extract_partition(chunk))
    else:
        _run_processes(todo(), done, workers or os.cpu_count() or 1)
    return CorpusSummary(stats["documents"], stats["partitions"] + stats["skipped"],
                         stats["skipped"], stats["records"], out_dir)


def _run_processes(todo: Iterator[tuple[int, list[Document]]],
                   done: Callable[[int, list[Document], list[dict[str, Any]]], None],
                   workers: int) -> None:
    """Partitions extracted on a process pool and written in input order."""
    for index, chunk, records in _in_order_on_processes(todo, workers):
        done(index, chunk, records)


def _in_order_on_processes(chunks: Iterable[tuple[int, list[Document]]], workers: int
                           ) -> Iterator[tuple[int, list[Document], list[dict[str, Any]]]]:
    """Each numbered partition with its records, in input order, with a bounded window of
    partitions in flight on ``workers`` processes (memory does not grow with the corpus)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        window: deque[tuple[int, list[Document], Future[list[dict[str, Any]]]]] = deque()
        for index, chunk in chunks:
            window.append((index, chunk, pool.submit(extract_partition, chunk)))
            if len(window) >= 2 * workers:
                i, c, fut = window.popleft()
                yield i, c, fut.result()
        while window:
            i, c, fut = window.popleft()
            yield i, c, fut.result()


def _run_dask(todo: Iterator[tuple[int, list[Document]]],
              done: Callable[[int, list[Document], list[dict[str, Any]]], None],
              scheduler: str | None, workers: int | None) -> None:
    """Partitions as Dask futures on a distributed cluster (``scheduler`` address) or a local
    one, with a bounded number in flight."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise OutputError("the dask engine needs 'dask[distributed]': pip install "
                          "'mapper[dask]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 2)
        pending = as_completed()
        meta: dict[Any, tuple[int, list[Document]]] = {}
        for index, chunk in todo:
            future = client.submit(extract_partition, chunk, pure=False)
            meta[future.key] = (index, chunk)
            pending.add(future)
            if pending.count() >= limit:
                finished = next(pending)
                i, c = meta.pop(finished.key)
                done(i, c, finished.result())
        for finished in pending:
            i, c = meta.pop(finished.key)
            done(i, c, finished.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def read_partitions(out_dir: Path) -> Iterator[dict[str, Any]]:
    """All records of a corpus run, in partition order."""
    for path in sorted(out_dir.glob("part-*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


AUTO_PARALLEL_AFTER = 256


def iter_events(documents: Iterable[Document], workers: int | None = None,
                partition_size: int = 64) -> Iterator[dict[str, Any]]:
    """Records of every document, in input order, on ``workers`` processes (None: all cores
    once the stream proves longer than a few hundred documents; small inputs stay in-process,
    where starting workers would cost more than it saves)."""
    it = iter(documents)
    if workers is None:
        head = list(islice(it, AUTO_PARALLEL_AFTER))
        if len(head) < AUTO_PARALLEL_AFTER:
            yield from extract_partition(head)
            return
        workers = os.cpu_count() or 1
        it = chain(head, it)
    if workers <= 1:
        for _, chunk in partitions(it, partition_size):
            yield from extract_partition(chunk)
        return
    for _, _, records in _in_order_on_processes(partitions(it, partition_size), workers):
        yield from records
