"""Importing GeoNames dumps and CSVs into the gazetteer index, and resolving with them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from geopy.distance import great_circle

from mapper.errors import GazetteerError
from mapper.extract import extract_document
from mapper.gazetteer import PHONETIC, Gazetteer, default_path
from mapper.gazetteer_build import create_index, import_files
from mapper.ingest import parse_article

FIXTURES = Path(__file__).parent / "data" / "geonames"
SEED = Path(__file__).parent.parent / "examples" / "articles" / "000_d4b7395a561064a2.txt"
CLEARED = ["al-Qadi", "Kobbet al-Turikman", "al-Battal hill", "Aar hill", "al-Suwaida", "Waqef"]


@pytest.fixture(scope="module")
def villages_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the default index with the fixture villages merged in."""
    index = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    shutil.copy(default_path(), index)
    import_files(index, [FIXTURES / "SY_fixture.txt", FIXTURES / "alternateNames_fixture.txt",
                         FIXTURES / "villages.csv"])
    return index


def test_geonames_dump_places_are_found_by_alternate_names(villages_index: Path) -> None:
    found = Gazetteer(villages_index).candidates("Tal Battal")
    assert [p.name for p in found] == ["Tall Baţţāl"]


def test_alternate_names_file_adds_names_but_not_links(villages_index: Path) -> None:
    gazetteer = Gazetteer(villages_index)
    assert gazetteer.candidates("Dabeq")
    assert not gazetteer.candidates("https://example.org/Dabiq")


def test_csv_import_adds_places_with_alternate_names(villages_index: Path) -> None:
    assert Gazetteer(villages_index).candidates("Tell Rifaat")


def test_import_keeps_the_default_places(villages_index: Path) -> None:
    assert Gazetteer(villages_index).candidates("Aleppo")


def test_import_records_its_source(villages_index: Path) -> None:
    names = [s[0] for s in Gazetteer(villages_index).sources()]
    assert "SY_fixture.txt" in names and "cities500" in names


def test_malformed_geonames_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "SY.txt"
    bad.write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"SY.txt:1"):
        import_files(tmp_path / "g.sqlite", [bad])


def test_csv_without_coordinates_is_rejected_with_the_columns_needed(tmp_path: Path) -> None:
    bad = tmp_path / "places.csv"
    bad.write_text("name,country\nDabiq,SY\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="name, lat, lon"):
        import_files(tmp_path / "g.sqlite", [bad])


def test_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="make gazetteer"):
        Gazetteer(tmp_path / "absent.sqlite")


def test_zipped_dump_imports_like_plain(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "SY_fixture.txt", "SY.txt")
    index = tmp_path / "g.sqlite"
    create_index(index).close()
    [summary] = import_files(index, [archive])
    assert summary.places == 8
    assert Gazetteer(index).candidates("Waqef", PHONETIC)


def test_seed_villages_resolve_near_al_rai_with_a_village_gazetteer(villages_index: Path) -> None:
    document = parse_article(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem,
                             default_date=dt.date(2016, 9, 4))
    events = {e.place: e for e in extract_document(document, Gazetteer(villages_index))
              if e.kind == "capture"}
    for place in CLEARED:
        event = events[place]
        assert event.lat is not None and event.lon is not None, place
        assert great_circle((event.lat, event.lon), (36.61, 37.45)).km < 25, place
        assert event.geo_precision == 1, place


def test_seed_villages_without_village_data_are_placed_approximately() -> None:
    document = parse_article(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem,
                             default_date=dt.date(2016, 9, 4))
    events = {e.place: e for e in extract_document(document) if e.kind == "capture"}
    for place in CLEARED:
        event = events[place]
        assert event.geo_precision in (2, 3), place
        assert event.lat is not None and event.lon is not None
        assert great_circle((event.lat, event.lon), (32.71, 36.57)).km > 300, place
