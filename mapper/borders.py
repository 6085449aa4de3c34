"""Country borders for offline maps: Natural Earth (world-atlas TopoJSON) decoded to GeoJSON."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from mapper.errors import OutputError

Ring = list[list[float]]


def decode_topojson(topology: dict[str, Any], name: str = "countries") -> dict[str, Any]:
    """The GeoJSON FeatureCollection of one object of a TopoJSON topology (quantized or not)."""
    transform = topology.get("transform")
    scale = transform["scale"] if transform else (1.0, 1.0)
    translate = transform["translate"] if transform else (0.0, 0.0)
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0.0
        points = []
        for dx, dy, *_ in arc:
            if transform:
                x, y = x + dx, y + dy
                points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
            else:
                points.append([dx, dy])
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for index in indexes:
            points = arcs[index] if index >= 0 else arcs[~index][::-1]
            out.extend(points if not out else points[1:])
        return out

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coords: Any = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coords = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "properties": dict(geometry.get("properties", {})),
                         "geometry": {"type": kind, "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


@cache
def country_borders(resolution: str = "50m") -> dict[str, Any]:
    """Natural Earth country polygons from the assets fetched at setup (``make assets``)."""
    path = files("mapper") / "assets" / f"countries-{resolution}.json"
    try:
        topology = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"country borders not found ({exc}): run 'make assets'") from exc
    return decode_topojson(topology)


def borders_within(bounds: tuple[float, float, float, float], margin: float = 8.0,
                   resolution: str = "50m", digits: int = 3) -> dict[str, Any]:
    """Countries overlapping (south, west, north, east) plus a margin, coordinates rounded."""
    south, west, north, east = bounds
    south, west, north, east = south - margin, west - margin, north + margin, east + margin
    kept = []
    for feature in country_borders(resolution)["features"]:
        xs, ys = _extent(feature["geometry"]["coordinates"])
        if xs[1] < west or xs[0] > east or ys[1] < south or ys[0] > north:
            continue
        kept.append({"type": "Feature", "properties": feature["properties"],
                     "geometry": {"type": feature["geometry"]["type"],
                                  "coordinates": _round(feature["geometry"]["coordinates"],
                                                        digits)}})
    return {"type": "FeatureCollection", "features": kept}


def _extent(coords: Any) -> tuple[tuple[float, float], tuple[float, float]]:
    xs: list[float] = []
    ys: list[float] = []
    stack = [coords]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], (int, float)):
            xs.append(item[0])
            ys.append(item[1])
        else:
            stack.extend(item)
    return (min(xs), max(xs)), (min(ys), max(ys))


def _round(coords: Any, digits: int) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    return [_round(c, digits) for c in coords]
