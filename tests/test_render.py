"""The map: markers by side, escaped article text, offline assets, deterministic output."""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from typing import Any

from mapper.borders import decode_topojson
from mapper.models import ControlEvent
from mapper.render import render_map
from mapper.timeline import build_periods

COLOURS = {"Islamic State": "#222222", "Turkey and allies": "#17becf"}
PAYLOADS = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(2)>", "</script><script>alert(3)</script>"]


def event(place: str, new: str, side: str, day: int, evidence: str = "Troops took the town.",
          lat: float | None = 36.8, source: str = "Wire", url: str | None = None,
          lon: float = 38.0) -> ControlEvent:
    return ControlEvent(
        doc_id="doc", kind="capture", place=place, name=place,
        place_id=None if lat is None else zlib.crc32(place.encode()),
        lat=lat, lon=None if lat is None else lon, country_code="SY",
        geo_precision=None if lat is None else 1, new_controller=new, old_controller=None,
        date=dt.date(2016, 8, day), date_precision="day", certainty="reported", confidence=0.9,
        evidence=evidence, start=0, end=len(place), source=source, url=url, new_side=side)


def data(html: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The place features and string table the page's script reads."""
    places = re.search(r"var places = (\[.*?\]);\n", html)
    strings = re.search(r"var S = (\[.*?\]);\n", html)
    assert places and strings
    return json.loads(places.group(1)), json.loads(strings.group(1))


def page(*events: ControlEvent, offline: bool = True) -> str:
    return render_map(build_periods(events), [e for e in events if e.lat is None], COLOURS,
                      offline=offline)


def test_script_payload_in_evidence_is_escaped() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24, evidence=PAYLOADS[0]))
    assert "<script>alert" not in html
    assert PAYLOADS[0] in data(html)[1]
    assert "popupFor" in html and "innerHTML" not in html.split("popupFor", 1)[1][:3000]


def test_payloads_in_place_actor_and_source_never_appear_as_markup() -> None:
    for payload in PAYLOADS:
        html = page(event(payload, payload, "Turkey and allies", 24, evidence=payload,
                          source=payload),
                    event(payload + " village", payload, "Turkey and allies", 25, lat=None,
                          evidence=payload))
        assert payload not in html


def test_javascript_url_is_not_a_link() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24,
                      url="javascript:alert(1)"))
    assert 'href="javascript' not in html
    assert "/^https?:\\/\\//i.test(url)" in html


def test_offline_map_has_no_remote_scripts_or_styles() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24))
    assert not re.search(r'<script[^>]+src="https?:', html)
    assert not re.search(r'<link[^>]+href="https?:', html)
    assert "L.circleMarker" in html and "Leaflet" in html


def test_online_map_keeps_tiles_from_the_web() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24), offline=False)
    assert "tile.openstreetmap.org" in html


def test_unresolved_places_are_listed_in_the_side_panel() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24),
                event("Waqef", "Turkey", "Turkey and allies", 24, lat=None))
    panel = html[html.index('id="mapper-panel"'):]
    assert "Waqef" in panel[:2000]


def test_marker_colour_follows_latest_holder() -> None:
    html = page(event("Dabiq", "Islamic State", "Islamic State", 1),
                event("Dabiq", "Turkey", "Turkey and allies", 16))
    [place], strings = data(html)
    assert strings[place["c"]] == COLOURS["Turkey and allies"]


def test_time_slider_knows_every_change_date() -> None:
    html = page(event("Dabiq", "Islamic State", "Islamic State", 1),
                event("Dabiq", "Turkey", "Turkey and allies", 16))
    assert '"2016-08-01"' in html and '"2016-08-16"' in html
    assert 'id="mapper-range"' in html


def test_output_is_deterministic() -> None:
    events = (event("Jarablus", "Turkey", "Turkey and allies", 24),
              event("Dabiq", "Islamic State", "Islamic State", 2))
    assert page(*events) == page(*events)


def test_topojson_decoder_gives_polygons_with_absolute_coordinates() -> None:
    topology = {
        "type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Square"}}]}},
    }
    [feature] = decode_topojson(topology)["features"]
    assert feature["properties"]["name"] == "Square"
    assert feature["geometry"]["coordinates"][0] == [[10, 20], [11, 20], [11, 21], [10, 21],
                                                      [10, 20]]


def test_popup_says_why_the_place_is_where_it_is() -> None:
    located = event("Jarablus", "Turkey", "Turkey and allies", 24)
    located = located.__class__(**{**{f: getattr(located, f) for f in located.__slots__},
                                   "reasons": ("frame 'capture'", "geocoding: exact name")})
    html = page(located)
    [place], strings = data(html)
    assert [strings[i] for i in place["w"]] == ["exact name"]
    assert "placed here because: " in html


def test_a_far_away_place_does_not_widen_the_view() -> None:
    html = page(event("Jarablus", "Turkey", "Turkey and allies", 24),
                event("Manbij", "Turkey", "Turkey and allies", 25),
                event("al-Bab", "Turkey", "Turkey and allies", 26),
                event("Hangzhou", "Turkey", "Turkey and allies", 27, lat=30.3, lon=120.2))
    bounds = re.search(r"fitBounds\((\[\[.*?\]\])", html)
    assert bounds and "120.2" not in bounds.group(1)
    assert "Hangzhou" in data(html)[1]
