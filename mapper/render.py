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


def _safe_json(data: Any) -> str:
    """JSON that cannot close a <script> element or open a comment in an HTML page."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Strings:
    """A table of the page's strings: features refer to them by index, so an actor, source or
    date repeated across thousands of places is written once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: object) -> int | None:
        if value is None:
            return None
        text = str(value)
        return self.index.setdefault(text, len(self.index))

    def table(self) -> list[str]:
        return list(self.index)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _features(periods: Sequence[ControlPeriod], colours: Mapping[str, str],
              strings: _Strings) -> list[dict[str, Any]]:
    """Compact place features: coordinates, current side, and every period with its events.
    Popups are built from these in the browser with textContent, so no article text is ever
    parsed as HTML."""
    by_place: dict[str, list[ControlPeriod]] = defaultdict(list)
    for p in periods:
        by_place[p.place_key].append(p)
    features = []
    for key in sorted(by_place):
        group = by_place[key]
        latest = group[-1]
        if latest.lat is None or latest.lon is None:
            continue
        why = [r.removeprefix("geocoding: ") for e in latest.events for r in e.reasons
               if r.startswith("geocoding: ")][:4]
        features.append({
            "g": [round(latest.lon, 5), round(latest.lat, 5)],
            "n": strings(latest.place),
            "s": strings(latest.side or "unknown"),
            "c": strings(colours.get(latest.side or "", UNKNOWN_COLOUR)),
            "q": latest.geo_precision or 1,
            "r": PRECISION_RADIUS_M.get(latest.geo_precision or 1, 0),
            "x": int(any(p.contested for p in group)),
            "w": [strings(r) for r in why],
            "p": [[strings(_iso(p.start)), strings(_iso(p.end)),
                   strings(p.controller or "unknown"),
                   strings(colours.get(p.side or "", UNKNOWN_COLOUR)), int(p.contested),
                   [[strings(_iso(e.date) or "undated"), strings(e.date_precision),
                     strings(e.new_controller), strings(e.old_controller),
                     strings(e.certainty), round(e.confidence, 2),
                     strings(e.source or e.doc_id), strings(e.url), strings(e.evidence),
                     strings(e.kind)] for e in p.events]] for p in group],
        })
    return features


def _e(value: object) -> str:
    """HTML-escaped text of any article-derived value (None -> '')."""
    return html.escape("" if value is None else str(value), quote=True)


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

_SCRIPT = Template(r"""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var places = {{ this.places }};
  var dates = {{ this.dates }};
  var useCluster = {{ this.cluster }};
  if (!isFinite(map.getMaxZoom())) map.setMaxZoom(18);
  if (!isFinite(map.getMinZoom())) map.setMinZoom(2);
  var renderer = L.canvas({padding: 0.5});
  var sides = {};
  var markers = [];
  var control = L.control.layers(null, null, {collapsed: true, position: 'topleft'}).addTo(map);
  {% if this.offline %}
  control.addOverlay(L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'}),
    'OpenStreetMap tiles (needs network)');
  {% endif %}
  var S = {{ this.strings }};
  function str(i) { return i === null || i === undefined ? '' : S[i]; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function popupFor(p) {
    var root = el('div', null, 'mapper-popup');
    root.appendChild(el('h4', str(p.n)));
    if (p.q > 1) root.appendChild(el('div', 'approximate position (precision ' + p.q + ')',
                                     'approx'));
    if (p.w.length) root.appendChild(el('div', 'placed here because: ' +
                                        p.w.map(str).join('; '), 'why'));
    p.p.slice().reverse().forEach(function (q) {
      var box = el('div', null, 'period');
      box.appendChild(el('b', str(q[2])));
      box.appendChild(document.createTextNode(' ' + (str(q[0]) || '?') + ' \u2192 ' +
                                              (str(q[1]) || 'now')));
      if (q[4]) box.appendChild(el('span', ' contested', 'contested'));
      var list = el('ul');
      q[5].forEach(function (ev) {
        var li = el('li');
        li.appendChild(el('b', str(ev[0])));
        var verb = str(ev[9]) === 'hold' ? ' holds' : ' took';
        var from = ev[3] === null ? '' : ' from ' + str(ev[3]);
        li.appendChild(document.createTextNode(' (' + str(ev[1]) + ') ' +
          (str(ev[2]) || 'unknown') + verb + from + ' \u2014 '));
        li.appendChild(el('i', str(ev[4])));
        li.appendChild(document.createTextNode(', confidence ' + ev[5]));
        li.appendChild(el('br'));
        var src = el('span', str(ev[6]), 'src');
        var url = str(ev[7]);
        if (/^https?:\/\//i.test(url)) {
          var a = el('a', ' link');
          a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
          src.appendChild(a);
        } else if (url) {
          src.appendChild(document.createTextNode(' (' + url + ')'));
        }
        li.appendChild(src);
        li.appendChild(el('blockquote', str(ev[8])));
        list.appendChild(li);
      });
      box.appendChild(list);
      root.appendChild(box);
    });
    return root;
  }
  places.forEach(function (p) {
    var ll = [p.g[1], p.g[0]];
    var side = str(p.s), colour = str(p.c);
    var m = L.circleMarker(ll, {renderer: renderer, radius: 7, weight: p.x ? 3 : 1,
      color: p.x ? '#b00' : '#222', fillColor: colour, fillOpacity: 0.9});
    m.bindPopup(function () { return popupFor(p); }, {maxWidth: 380});
    m.bindTooltip(function () { return el('span', str(p.n)); });
    m.mapperPlace = p;
    if (!sides[side]) {
      sides[side] = useCluster ? L.markerClusterGroup({chunkedLoading: true})
                               : L.layerGroup();
      sides[side].addTo(map);
      control.addOverlay(sides[side], el('span', side).outerHTML);
    }
    sides[side].addLayer(m);
    markers.push(m);
    if (p.r > 0) {
      L.circle(ll, {radius: p.r, color: colour, weight: 1, dashArray: '4 4',
        fill: false, interactive: false}).addTo(map);
    }
  });
  window.mapperMarkers = markers;
  function holderOn(p, day) {
    for (var i = p.p.length - 1; i >= 0; i--) {
      var q = p.p[i], start = str(q[0]), end = str(q[1]);
      if ((!start || start <= day) && (!end || day < end)) return q;
    }
    return null;
  }
  function showDate(day) {
    markers.forEach(function (m) {
      var q = holderOn(m.mapperPlace, day);
      m.setStyle({fillColor: q ? str(q[3]) : '#ffffff', fillOpacity: q ? 0.9 : 0.25});
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

    def __init__(self, places: str, strings: str, dates: str, bounds: str | None,
                 cluster: bool, offline: bool) -> None:
        super().__init__()
        self._name = "MapperPlaces"
        self.places, self.strings, self.dates, self.bounds = places, strings, dates, bounds
        self.offline = offline
        self.cluster = "true" if cluster else "false"


def render_map(periods: Sequence[ControlPeriod], unresolved: Sequence[ControlEvent],
               side_colours: Mapping[str, str], *, offline: bool = True,
               title: str = "mapper") -> str:
    """The full HTML of the map: one marker per place coloured by its current holder."""
    strings = _Strings()
    features = _features(periods, side_colours, strings)
    in_view = _main_area(features)
    lats = [f["g"][1] for f in in_view]
    lons = [f["g"][0] for f in in_view]
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
    if dates:
        dates.insert(0, (dt.date.fromisoformat(dates[0]) - dt.timedelta(days=1)).isoformat())
    cluster = len(features) > CLUSTER_ABOVE
    padded = None if bounds is None else json.dumps(
        [[bounds[0], bounds[1]], [bounds[2], bounds[3]]])
    fmap.add_child(_PlacesLayer(_safe_json(features), _safe_json(strings.table()),
                                _safe_json(dates), padded, cluster, offline))
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
    lats = sorted(f["g"][1] for f in features)
    lons = sorted(f["g"][0] for f in features)
    centre = (lats[len(lats) // 2], lons[len(lons) // 2])
    near = [f for f in features if great_circle(centre, (f["g"][1], f["g"][0])).km <= km]
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
