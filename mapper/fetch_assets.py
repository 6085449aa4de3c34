"""Fetch the map's JavaScript, CSS and border data from the npm registry into mapper/assets/.

Run by ``make assets`` (stdlib only, before the virtual env exists). The files are embedded in
offline maps, so a map opens with no network. Provenance: mapper/assets/PROVENANCE.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"
PACKAGES = {
    "leaflet@1.9.4": {
        "package/dist/leaflet.js": "leaflet.js",
        "package/dist/leaflet.css": "leaflet.css",
        "package/dist/images/layers.png": "layers.png",
        "package/dist/images/layers-2x.png": "layers-2x.png",
        "package/dist/images/marker-icon.png": "marker-icon.png",
        "package/dist/images/marker-icon-2x.png": "marker-icon-2x.png",
        "package/dist/images/marker-shadow.png": "marker-shadow.png",
    },
    "leaflet.markercluster@1.5.3": {
        "package/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
        "package/dist/MarkerCluster.css": "MarkerCluster.css",
        "package/dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
    },
    "world-atlas@2.0.2": {
        "package/countries-50m.json": "countries-50m.json",
        "package/countries-110m.json": "countries-110m.json",
    },
}
PROVENANCE = """# Map assets (fetched at setup by mapper/fetch_assets.py; not committed)

| file | npm package | licence |
| --- | --- | --- |
| leaflet.js, leaflet.css, *.png | leaflet 1.9.4 | BSD-2-Clause (c) Volodymyr Agafonkin, CloudMade |
| leaflet.markercluster.js, MarkerCluster*.css | leaflet.markercluster 1.5.3 | MIT |
| countries-50m.json, countries-110m.json | world-atlas 2.0.2 | ISC (package); \
Natural Earth data: public domain |
"""


def main() -> int:
    npm = shutil.which("npm")
    if npm is None:
        print("fetch_assets: npm is not installed; install Node.js/npm (Debian: apt-get install "
              "npm) and run 'make assets' again", file=sys.stderr)
        return 1
    ASSETS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, members in PACKAGES.items():
            if all((ASSETS / name).exists() for name in members.values()):
                continue
            result = subprocess.run([npm, "pack", spec, "--silent"], cwd=tmp,
                                    capture_output=True, text=True)
            if result.returncode != 0:
                print(f"fetch_assets: npm pack {spec} failed: {result.stderr.strip()}",
                      file=sys.stderr)
                return 1
            archive = Path(tmp) / result.stdout.strip().splitlines()[-1]
            with tarfile.open(archive) as tar:
                for member, name in members.items():
                    source = tar.extractfile(member)
                    if source is None:
                        print(f"fetch_assets: {member} missing in {spec}", file=sys.stderr)
                        return 1
                    (ASSETS / name).write_bytes(source.read())
    (ASSETS / "PROVENANCE.md").write_text(PROVENANCE, encoding="utf-8")
    print(f"fetch_assets: map assets ready in {ASSETS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
