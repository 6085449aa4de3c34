"""The gazetteer index: a small SQLite file of places and folded name keys, opened read-only."""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from pathlib import Path

from mapper.errors import GazetteerError
from mapper.models import Place
from mapper.names import fold, phonetic_key

SCHEMA = """
CREATE TABLE places (
    place_id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country_code TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0, admin1 TEXT,
    feature_code TEXT, source TEXT
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, place_id, kind)) WITHOUT ROWID;
CREATE TABLE sources (name TEXT PRIMARY KEY, description TEXT, licence TEXT);
"""

EXACT, PHONETIC, FUZZY = "exact", "phonetic", "fuzzy"
FUZZY_MIN_SCORE = 88.0


def default_path() -> Path:
    """Where the index lives: $MAPPER_GAZETTEER, else gazetteer/gazetteer.sqlite in the project."""
    env = os.environ.get("MAPPER_GAZETTEER")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "gazetteer" / "gazetteer.sqlite"


class Gazetteer:
    """Read-only lookups of places by any spelling of their name."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            raise GazetteerError(
                f"gazetteer index not found at {self.path}: run 'make gazetteer' to build it"
            )
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                       check_same_thread=False)
            self._db.execute("SELECT 1 FROM places LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer index {self.path} is unreadable: {exc}") from exc
        self._cache: dict[tuple[str, str], tuple[Place, ...]] = {}

    def _places(self, key: str, kinds: str) -> tuple[Place, ...]:
        rows = self._db.execute(
            "SELECT DISTINCT p.place_id, p.name, p.lat, p.lon, p.country_code, p.population,"
            " p.admin1, p.feature_code FROM names n JOIN places p USING (place_id)"
            f" WHERE n.key = ? AND n.kind IN ({kinds}) ORDER BY p.population DESC, p.place_id",
            (key,),
        ).fetchall()
        return tuple(Place(*row) for row in rows)

    def candidates(self, name: str, how: str = EXACT) -> tuple[Place, ...]:
        """Places whose folded (``exact``) or phonetic (``phonetic``) key equals the name's."""
        key = fold(name) if how == EXACT else phonetic_key(name)
        if not key:
            return ()
        cached = self._cache.get((how, key))
        if cached is None:
            cached = self._places(key, "0,1" if how == EXACT else "2")
            self._cache[(how, key)] = cached
        return cached

    def fuzzy(self, name: str, min_score: float = FUZZY_MIN_SCORE, limit: int = 10
              ) -> tuple[tuple[Place, float], ...]:
        """Places whose phonetic key is close to the name's (rapidfuzz ratio >= ``min_score``);
        a fallback for when exact and phonetic keys find nothing."""
        from rapidfuzz import fuzz, process

        key = phonetic_key(name)
        if len(key) < 5:
            return ()
        prefix = key[:3]
        rows = self._db.execute(
            "SELECT DISTINCT key FROM names WHERE kind = 2 AND key >= ? AND key < ? LIMIT 20000",
            (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)),
        ).fetchall()
        keys = [r[0] for r in rows]
        matches = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=min_score,
                                  limit=limit)
        found: list[tuple[Place, float]] = []
        for matched, score, _ in matches:
            for place in self._places(matched, "2"):
                found.append((place, float(score)))
        return tuple(found[:limit])

    def place_names(self, limit: int) -> list[str]:
        """The names of the first ``limit`` places by id (samples for benchmarks)."""
        rows = self._db.execute("SELECT name FROM places ORDER BY place_id LIMIT ?", (limit,))
        return [row[0] for row in rows]

    def place(self, place_id: int) -> Place | None:
        """The place with this GeoNames id, if known."""
        row = self._db.execute(
            "SELECT place_id, name, lat, lon, country_code, population, admin1, feature_code"
            " FROM places WHERE place_id = ?", (place_id,)).fetchone()
        return Place(*row) if row else None

    def sources(self) -> list[tuple[str, str, str]]:
        """(name, description, licence) of every source loaded into the index."""
        return self._db.execute("SELECT name, description, licence FROM sources").fetchall()

    def counts_by_country(self) -> dict[str, int]:
        """Number of places per ISO country code."""
        rows = self._db.execute("SELECT country_code, count(*) FROM places GROUP BY 1")
        return dict(rows.fetchall())


@cache
def default_gazetteer() -> Gazetteer:
    """The project's gazetteer, opened once per process."""
    return Gazetteer()
