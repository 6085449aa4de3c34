"""Gazetteer at GeoNames scale: import a synthetic dump in GeoNames format (default 1,000,000
places with 4 alternate names each, about 5 million names), then reopen and look up names.
Figures extrapolate to allCountries (about 12.5 million places, 13 million names).

Run: .venv/bin/python bench/gazetteer_scale.py [PLACES]
"""

from __future__ import annotations

import random
import resource
import string
import sys
import tempfile
import time
from pathlib import Path

from mapper.gazetteer import EXACT, Gazetteer
from mapper.gazetteer_build import create_index, import_files


def synthetic_dump(path: Path, n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    names = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            name = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 11)))
            name = name.capitalize()
            alternates = [name + suffix for suffix in ("", "a", "e", "ah")]
            names.append(name)
            lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
            fh.write("\t".join([str(10_000_000 + i), name, name, ",".join(alternates),
                                f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", "XX", "", "01", "", "",
                                "", str(rng.randint(0, 50_000)), "", "0", "UTC",
                                "2024-01-01"]) + "\n")
    return names


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "XX.txt"
        names = synthetic_dump(dump, n)
        index = Path(tmp) / "g.sqlite"
        create_index(index).close()
        t0 = time.perf_counter()
        [summary] = import_files(index, [dump])
        build = time.perf_counter() - t0
        size = index.stat().st_size / 2**20
        print(f"import: {summary.places:,} places, {summary.names:,} name keys in {build:.0f} s "
              f"({summary.places / build:,.0f} places/s), index {size:,.0f} MiB")
        t0 = time.perf_counter()
        gazetteer = Gazetteer(index)
        gazetteer.candidates(names[0])
        print(f"reopen + first lookup: {(time.perf_counter() - t0) * 1000:.1f} ms")
        sample = random.Random(1).sample(names, 20_000)
        t0 = time.perf_counter()
        for name in sample:
            gazetteer.candidates(name, EXACT)
        rate = len(sample) / (time.perf_counter() - t0)
        print(f"lookups/s (exact, uncached): {rate:,.0f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:,.0f} MiB")
        per_place = build / summary.places
        print(f"extrapolated allCountries import (12.5 M places): {per_place * 12.5e6 / 60:,.0f} "
              f"min; index about {size / summary.places * 12.5e6 / 1024:,.1f} GiB")


if __name__ == "__main__":
    main()
