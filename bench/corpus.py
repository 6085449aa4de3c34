"""Corpus scale: generate a synthetic corpus (default 100,000 articles), then report documents/s
for 1 and 2 local processes and for Dask on a 2-worker LocalCluster, with peak memory; and
check that a run killed halfway and resumed gives exactly the records of an uninterrupted run.

Run: .venv/bin/python bench/corpus.py [--articles 100000] [--measure 20000] [--kill-resume]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

from mapper.corpus import read_partitions, run_corpus  # noqa: E402
from mapper.ingest import read_documents  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "mapper-bench"


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure(corpus: Path, n: int, engine: str, workers: int) -> None:
    out = Path(tempfile.mkdtemp(prefix=f"mapper-{engine}-{workers}-"))
    docs = islice(read_documents([corpus]), n)
    t0 = time.perf_counter()
    summary = run_corpus(docs, out, engine=engine, workers=workers, partition_size=250)
    elapsed = time.perf_counter() - t0
    print(f"{engine:5} x{workers}: {summary.documents:,} docs in {elapsed:,.0f} s = "
          f"{summary.documents / elapsed:,.1f} docs/s, {summary.records:,} records, "
          f"peak RSS so far {peak_mib():,.0f} MiB", flush=True)


def digest(out: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    for record in read_partitions(out):
        h.update(json.dumps(record, sort_keys=True).encode())
        n += 1
    return n, h.hexdigest()[:16]


def kill_and_resume(corpus: Path, workers: int) -> None:
    """Run the CLI on the whole corpus, kill it halfway, resume, compare with a clean run."""
    total = sum(1 for _ in corpus.open(encoding="utf-8"))
    base = [sys.executable, "-m", "mapper", "extract", str(corpus), "--workers", str(workers),
            "--partition-size", "500", "--out-dir"]
    clean, resumed = (Path(tempfile.mkdtemp(prefix=p)) for p in ("clean-", "resumed-"))
    t0 = time.perf_counter()
    subprocess.run([*base, str(clean)], check=True, stderr=subprocess.DEVNULL)
    full = time.perf_counter() - t0
    proc = subprocess.Popen([*base, str(resumed)], stderr=subprocess.DEVNULL,
                            start_new_session=True)
    while len(list(resumed.glob("part-*.jsonl"))) < total // 500 // 2:
        time.sleep(1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    halfway = len(list(resumed.glob("part-*.jsonl")))
    subprocess.run([*base, str(resumed)], check=True, stderr=subprocess.DEVNULL)
    a, b = digest(clean), digest(resumed)
    print(f"kill/resume on {total:,} articles: clean run {full:,.0f} s; killed with {halfway} "
          f"of {-(-total // 500)} partitions written; resumed records {b[0]:,} "
          f"(hash {b[1]}) vs uninterrupted {a[0]:,} (hash {a[1]}): "
          f"{'IDENTICAL' if a == b else 'DIFFERENT'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--measure", type=int, default=None,
                        help="documents per speed measurement (default: all)")
    parser.add_argument("--kill-resume", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    corpus = write_corpus(CACHE / f"corpus-{args.articles}.jsonl", args.articles)
    size = corpus.stat().st_size / 2**20
    print(f"corpus: {args.articles:,} articles, {size:,.0f} MiB JSONL "
          f"({time.perf_counter() - t0:,.0f} s to generate or reuse) at {corpus}", flush=True)
    n = args.measure or args.articles
    if not args.skip_speed:
        measure(corpus, n, "local", 1)
        measure(corpus, n, "local", 2)
        measure(corpus, n, "dask", 2)
    if args.kill_resume:
        kill_and_resume(corpus, 2)


if __name__ == "__main__":
    main()
