"""The public CLI contract of `mapper extract` and `mapper map`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapper.cli import main

SEED = Path(__file__).parent.parent / "examples" / "articles" / "000_d4b7395a561064a2.txt"
CONTRACT = {"doc_id", "kind", "place", "name", "place_id", "lat", "lon", "country_code",
            "geo_precision", "new_controller", "old_controller", "date", "date_precision",
            "certainty", "confidence", "evidence", "start", "end"}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], capture_output=True,
                          text=True, timeout=300)


def test_extract_jsonl_records_carry_every_contract_field(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(SEED), "--date", "2016-09-04"])
    assert exit_.value.code == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(set(r) >= CONTRACT for r in records)
    assert {r["kind"] for r in records} == {"capture", "hold"}


def test_extract_csv_has_a_header_and_one_row_per_record(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--date", "2016-09-04", "--format", "csv", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and set(rows[0]) >= CONTRACT


def test_extract_geojson_has_null_geometry_for_unresolved_places(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--date", "2016-09-04", "--format", "geojson", "-o", str(out)])
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert any(f["geometry"] is None for f in features)
    assert all(f["geometry"]["coordinates"] == [f["properties"]["lon"], f["properties"]["lat"]]
               for f in features if f["geometry"])


def test_map_writes_html_geojson_and_timeline(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["map", str(SEED), "--date", "2016-09-04", "-o", str(tmp_path)])
    assert exit_.value.code == 0
    assert {p.name for p in tmp_path.iterdir()} >= {"map.html", "events.geojson", "timeline.csv"}


def test_missing_file_is_a_one_line_error_without_traceback() -> None:
    result = run_cli("extract", "no/such/article.txt")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no/such/article.txt" in result.stderr


def test_bad_date_is_a_one_line_error_without_traceback() -> None:
    result = run_cli("extract", str(SEED), "--date", "04/09/2016")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_malformed_jsonl_is_a_one_line_error_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Rebels took Manbij."}\n{not json\n', encoding="utf-8")
    result = run_cli("extract", str(bad))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and ":2" in result.stderr


def test_snapshot_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "control.png"
    with pytest.raises(SystemExit) as exit_:
        main(["snapshot", str(SEED), "--date", "2016-09-04", "--as-of", "2016-09-04",
              "-o", str(out)])
    assert exit_.value.code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timeline_as_of_prints_the_holder_of_each_place(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["timeline", str(SEED), "--date", "2016-09-04", "--as-of", "2016-09-04",
              "--place", "Jarablus"])
    out = capsys.readouterr().out
    assert "Turkey" in out and len(out.strip().splitlines()) == 1


def test_acled_export_has_the_acled_columns(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--date", "2016-09-04", "--format", "acled"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {"event_date", "sub_event_type", "actor1", "actor2", "location",
                     "latitude", "longitude", "geo_precision", "time_precision", "source",
                     "notes"} == set(rows[0])


@pytest.mark.parametrize("fmt", ["gpkg", "parquet"])
def test_geodata_exports_read_back_with_geopandas(tmp_path: Path, fmt: str) -> None:
    import geopandas as gpd

    out = tmp_path / f"events.{fmt}"
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--date", "2016-09-04", "--format", fmt, "-o", str(out)])
    gdf = gpd.read_file(out) if fmt == "gpkg" else gpd.read_parquet(out)
    assert len(gdf) > 5 and gdf.crs.to_epsg() == 4326
