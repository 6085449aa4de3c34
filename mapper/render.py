"""Last stage: control periods -> an interactive Folium map (markers by side, history popups,
time slider, legend, side panel of unresolved places), embeddable offline."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from mapper.borders import borders_within
from mapper.errors import OutputError
from mapper.models import ControlEvent, ControlPeriod

UNKNOWN_COLOUR = "#8c8c8c"
PRECISION_RADIUS_M = {2: 10_000, 3: 40_000}
CLUSTER_ABOVE = 1500
OFFLINE_ASSETS = ("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css",
                  "leaflet.js", "leaflet.markercluster.js")


def _e(value: object) -> str:
    """HTML-escaped text of any article-derived value (None -> '')."""
    return html.escape("" if value is None else str(value), quote=True)


def _safe_json(data: Any) -> str:
    """JSON that cannot close a <script> element or open a comment in an HTML page."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _link(url: str | None) -> str:
    if url and re.match(r"^https?://", url, re.I):
        return f' <a href="{_e(url)}" target="_blank" rel="noopener noreferrer">link</a>'
    return f" ({_e(url)})" if url else ""


def _event_html(event: ControlEvent) -> str:
    who = event.new_controller or "unknown"
    verb = "holds" if event.kind == "hold" else "took"
    lost = f" from {_e(event.old_controller)}" if event.old_controller else ""
    date = event.date.isoformat() if event.date else "undated"
    source = event.source or event.doc_id
    return (f'<li><b>{_e(date)}</b> ({_e(event.date_precision)}) {_e(who)} {verb}{lost} '
            f'&mdash; <i>{_e(event.certainty)}</i>, confidence {event.confidence:.2f}<br>'
            f'<span class="src">{_e(source)}{_link(event.url)}</span>'
            f'<blockquote>{_e(event.evidence)}</blockquote></li>')


def _popup_html(name: str, periods: Sequence[ControlPeriod]) -> str:
    latest = periods[-1]
    where = ""
    if latest.geo_precision and latest.geo_precision > 1:
        where = (f'<div class="approx">approximate position (precision '
                 f'{latest.geo_precision})</div>')
    geocoding = [r.removeprefix("geocoding: ") for e in latest.events for r in e.reasons
                 if r.startswith("geocoding: ")][:4]
    if geocoding:
        where += ('<div class="why">placed here because: '
                  + "; ".join(_e(r) for r in geocoding) + "</div>")
    rows = []
    for p in periods:
        span = f"{p.start or '?'} &rarr; {p.end or 'now'}"
        flag = ' <span class="contested">contested</span>' if p.contested else ""
        events = "".join(_event_html(e) for e in p.events)
        rows.append(f'<div class="period"><b>{_e(p.controller or "unknown")}</b> '
                    f'{span}{flag}<ul>{events}</ul></div>')
    return f'<div class="mapper-popup"><h4>{_e(name)}</h4>{where}{"".join(reversed(rows))}</div>'


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _features(periods: Sequence[ControlPeriod], colours: Mapping[str, str]) -> list[dict[str, Any]]:
    by_place: dict[str, list[ControlPeriod]] = defaultdict(list)
    for p in periods:
        by_place[p.place_key].append(p)
    features = []
    for key in sorted(by_place):
        group = by_place[key]
        latest = group[-1]
        if latest.lat is None or latest.lon is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [latest.lon, latest.lat]},
            "properties": {
                "name": latest.place,
                "side": latest.side or "unknown",
                "colour": colours.get(latest.side or "", UNKNOWN_COLOUR),
                "precision": latest.geo_precision or 1,
                "radius_m": PRECISION_RADIUS_M.get(latest.geo_precision or 1, 0),
                "contested": any(p.contested for p in group),
                "periods": [{"start": _iso(p.start), "end": _iso(p.end),
                             "controller": p.controller or "unknown",
                             "colour": colours.get(p.side or "", UNKNOWN_COLOUR)} for p in group],
                "popup": _popup_html(latest.place, group),
            },
        })
    return features


def _legend_html(colours: Mapping[str, str], approximate: bool) -> str:
    items = "".join(f'<div><span class="swatch" style="background:{_e(c)}"></span>{_e(s)}</div>'
                    for s, c in colours.items())
    note = ('<div class="note">rings: approximate positions (precision 2: ~10 km, '
            '3: ~40 km)</div>' if approximate else "")
    return (f'<div id="mapper-legend" class="mapper-box"><b>Who holds it</b>{items}'
            f'<div><span class="swatch" style="background:{UNKNOWN_COLOUR}"></span>unknown</div>'
            f'{note}</div>')


def _panel_html(unresolved: Sequence[ControlEvent], approximate: Sequence[ControlPeriod]) -> str:
    items = []
    for e in unresolved:
        label = "unnamed" if e.unnamed else "not located"
        items.append(f'<li><b>{_e(e.place)}</b> <i>({label})</i>: '
                     f'{_e(e.new_controller or "unknown")} {_e(e.kind)}, {_e(e.date)}'
                     f'<div class="ev">{_e(e.evidence)}</div></li>')
    for p in approximate:
        items.append(f'<li><b>{_e(p.place)}</b> <i>(approximate, precision '
                     f'{p.geo_precision})</i>: {_e(p.controller or "unknown")}</li>')
    if not items:
        return ""
    return (f'<div id="mapper-panel" class="mapper-box"><details open><summary><b>'
            f'Unresolved and approximate places ({len(items)})</b></summary><ul>'
            f'{"".join(items)}</ul></details></div>')


_STYLE = """
<style>
.mapper-box{position:absolute;z-index:1000;background:rgba(255,255,255,.93);padding:6px 9px;
 font:12px/1.35 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.35)}
#mapper-legend{bottom:24px;right:10px;max-width:240px}
#mapper-panel{top:10px;right:10px;max-width:330px;max-height:45%;overflow:auto}
#mapper-panel ul{padding-left:16px;margin:4px 0}#mapper-panel .ev{color:#555;font-size:11px}
#mapper-slider{bottom:34px;left:50%;transform:translateX(-50%);width:min(520px,50%)}
#mapper-slider input{width:100%}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:6px;
 border:1px solid #333;vertical-align:middle}
.mapper-popup{max-height:320px;overflow:auto;font:12px/1.35 sans-serif}
.mapper-popup h4{margin:0 0 4px}.mapper-popup ul{padding-left:14px;margin:2px 0 6px}
.mapper-popup blockquote{margin:2px 0 4px 6px;color:#444;border-left:2px solid #ccc;
 padding-left:5px}.mapper-popup .src{color:#666}
.contested{color:#b00;font-weight:bold}.approx{color:#a60}.why{color:#666;font-size:11px}
.note{color:#666;font-size:11px;margin-top:3px}
</style>
"""

_SCRIPT = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var places = {{ this.places }};
  var dates = {{ this.dates }};
  var useCluster = {{ this.cluster }};
  var renderer = L.canvas({padding: 0.5});
  var sides = {};
  var markers = [];
  var control = L.control.layers(null, null, {collapsed: true, position: 'topleft'}).addTo(map);
  places.features.forEach(function (f) {
    var p = f.properties;
    var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
    var m = L.circleMarker(ll, {renderer: renderer, radius: 7, weight: p.contested ? 3 : 1,
      color: p.contested ? '#b00' : '#222', fillColor: p.colour, fillOpacity: 0.9});
    m.bindPopup(p.popup, {maxWidth: 380});
    m.bindTooltip(document.createTextNode(p.name).textContent);
    m.mapperPlace = p;
    if (!sides[p.side]) {
      sides[p.side] = useCluster ? L.markerClusterGroup({chunkedLoading: true})
                                 : L.layerGroup();
      sides[p.side].addTo(map);
      control.addOverlay(sides[p.side], document.createTextNode(p.side).textContent);
    }
    sides[p.side].addLayer(m);
    markers.push(m);
    if (p.radius_m > 0) {
      L.circle(ll, {radius: p.radius_m, color: p.colour, weight: 1, dashArray: '4 4',
        fill: false, interactive: false}).addTo(map);
    }
  });
  window.mapperMarkers = markers;
  function holderOn(p, day) {
    for (var i = p.periods.length - 1; i >= 0; i--) {
      var q = p.periods[i];
      if ((q.start === null || q.start <= day) && (q.end === null || day < q.end)) return q;
    }
    return null;
  }
  function showDate(day) {
    markers.forEach(function (m) {
      var q = holderOn(m.mapperPlace, day);
      m.setStyle({fillColor: q ? q.colour : '#ffffff', fillOpacity: q ? 0.9 : 0.25});
    });
    var label = document.getElementById('mapper-date');
    if (label) label.textContent = day;
  }
  window.mapperShowDate = showDate;
  var slider = document.getElementById('mapper-range');
  if (slider && dates.length) {
    slider.max = dates.length - 1;
    slider.value = dates.length - 1;
    slider.addEventListener('input', function () { showDate(dates[+slider.value]); });
    showDate(dates[dates.length - 1]);
  }
  {% if this.bounds %}map.fitBounds({{ this.bounds }}, {padding: [30, 30], maxZoom: 11});{% endif %}
})();
{% endmacro %}
""")


class _PlacesLayer(MacroElement):
    """Circle markers on canvas, popups, layer per side and the time slider logic."""

    _template = _SCRIPT

    def __init__(self, places: str, dates: str, bounds: str | None, cluster: bool) -> None:
        super().__init__()
        self._name = "MapperPlaces"
        self.places, self.dates, self.bounds = places, dates, bounds
        self.cluster = "true" if cluster else "false"


def render_map(periods: Sequence[ControlPeriod], unresolved: Sequence[ControlEvent],
               side_colours: Mapping[str, str], *, offline: bool = True,
               title: str = "mapper") -> str:
    """The full HTML of the map: one marker per place coloured by its current holder."""
    features = _features(periods, side_colours)
    in_view = _main_area(features)
    lats = [f["geometry"]["coordinates"][1] for f in in_view]
    lons = [f["geometry"]["coordinates"][0] for f in in_view]
    bounds = (min(lats), min(lons), max(lats), max(lons)) if features else None
    fmap = folium.Map(location=[(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2]
                      if bounds else [34.8, 38.9], zoom_start=7 if bounds else 5, tiles=None,
                      prefer_canvas=True, control_scale=True)
    root: Any = fmap.get_root()
    root.header.add_child(Element(f"<title>{_e(title)}</title>"))
    root.header.add_child(Element(_STYLE))
    borders = borders_within(bounds or (29.0, 33.0, 38.0, 49.0))
    folium.GeoJson(borders, name="Country borders (Natural Earth)", control=False,
                   style_function=lambda _: {"color": "#555", "weight": 1, "fillColor": "#f4f1ea",
                                             "fillOpacity": 1.0},
                   interactive=False).add_to(fmap)
    if not offline:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=False,
                         control=True).add_to(fmap)
    dates = sorted({d for p in periods for d in (_iso(p.start), _iso(p.end)) if d})
    cluster = len(features) > CLUSTER_ABOVE
    padded = None if bounds is None else json.dumps(
        [[bounds[0], bounds[1]], [bounds[2], bounds[3]]])
    fmap.add_child(_PlacesLayer(_safe_json({"type": "FeatureCollection", "features": features}),
                                _safe_json(dates), padded, cluster))
    latest: dict[str, ControlPeriod] = {}
    for p in periods:
        latest[p.place_key] = p
    approximate = [p for p in latest.values() if (p.geo_precision or 1) > 1 and p.lat is not None]
    body = root.html
    body.add_child(Element(_legend_html(side_colours, bool(approximate))))
    body.add_child(Element(_panel_html(unresolved, approximate)))
    if dates:
        body.add_child(Element(
            '<div id="mapper-slider" class="mapper-box"><b>Control on <span id="mapper-date">'
            f'{_e(dates[-1])}</span></b><input id="mapper-range" type="range" min="0" '
            f'max="{len(dates) - 1}" value="{len(dates) - 1}" step="1"></div>'))
    page = fmap.get_root().render()
    page = _deterministic_ids(page)
    return _inline_assets(page, cluster) if offline else _online_extras(page, cluster)


def _main_area(features: list[dict[str, Any]], km: float = 1500.0) -> list[dict[str, Any]]:
    """The places that frame the view: those within ``km`` of the median place, so that one
    far-away mention (a summit in Hangzhou) does not zoom the map out to the whole world."""
    from geopy.distance import great_circle

    if len(features) < 3:
        return features
    lats = sorted(f["geometry"]["coordinates"][1] for f in features)
    lons = sorted(f["geometry"]["coordinates"][0] for f in features)
    centre = (lats[len(lats) // 2], lons[len(lons) // 2])
    near = [f for f in features if great_circle(
        centre, (f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])).km <= km]
    return near or features


def _deterministic_ids(page: str) -> str:
    """folium names elements with random hex ids; number them in order of appearance."""
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        return mapping.setdefault(m.group(0), f"{m.group(1)}_{len(mapping):04d}")

    return re.sub(r"\b([a-z_]+?)_([0-9a-f]{32})(?![0-9a-f])", repl, page)


_REMOTE = re.compile(r'<script[^>]+src="https?://[^"]+"[^>]*>\s*</script>\s*'
                     r'|<link[^>]+href="https?://[^"]+"[^>]*/?>\s*', re.I)


def _asset(name: str) -> str:
    path = files("mapper") / "assets" / name
    try:
        return path.read_text("utf-8")
    except OSError as exc:
        raise OutputError(f"map asset {name} is missing: run 'make assets' ({exc})") from exc


def _css_with_images(name: str) -> str:
    """A stylesheet whose url(images/x.png) references are inlined as data URIs."""
    import base64

    def data_uri(m: re.Match[str]) -> str:
        path = files("mapper") / "assets" / m.group(1)
        try:
            encoded = base64.b64encode(path.read_bytes()).decode("ascii")
        except OSError:
            return m.group(0)
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, _asset(name))


def _inline_assets(page: str, cluster: bool) -> str:
    """Replace every remote <script>/<link> with the bundled Leaflet files, inlined."""
    page = _REMOTE.sub("", page)
    names = OFFLINE_ASSETS if cluster else ("leaflet.css", "leaflet.js")
    styles = "".join(f"<style>{_css_with_images(n)}</style>\n" for n in names
                     if n.endswith(".css"))
    scripts = "".join(f"<script>{_asset(n)}</script>\n" for n in names if n.endswith(".js"))
    head = page.index("<head>") + len("<head>")
    return page[:head] + "\n" + styles + scripts + page[head:]


def _online_extras(page: str, cluster: bool) -> str:
    if not cluster:
        return page
    cdn = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/"
    extra = (f'<link rel="stylesheet" href="{cdn}MarkerCluster.css"/>'
             f'<link rel="stylesheet" href="{cdn}MarkerCluster.Default.css"/>'
             f'<script src="{cdn}leaflet.markercluster.js"></script>')
    return page.replace("</head>", extra + "</head>", 1)


def write_map(html_text: str, path: Path) -> None:
    """Write the map atomically (temp file, then rename): a crash never leaves half a map."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html_text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
