"""Map at scale: build and size of the offline map for 10,000 places x 20 time steps.

Each place gets 20 control periods (a change of holder at every step), so the time slider has
20+ positions and every marker 20 periods. Run: .venv/bin/python bench/map_scale.py [PLACES]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from mapper.actors import load_actor_vocabulary
from mapper.models import ControlEvent
from mapper.render import render_map
from mapper.timeline import build_periods

SIDES = [("Islamic State", "Islamic State"), ("SDF", "Kurdish-led forces"),
         ("Syrian government", "Syrian government and allies"),
         ("Turkish-backed opposition", "Turkey and allies")]


def events(places: int, steps: int, seed: int = 5) -> list[ControlEvent]:
    rng = random.Random(seed)
    out = []
    start = dt.date(2016, 1, 1)
    for i in range(places):
        lat, lon = rng.uniform(32.5, 37.2), rng.uniform(35.8, 42.0)
        for step in range(steps):
            actor, side = rng.choice(SIDES)
            out.append(ControlEvent(
                doc_id=f"d{i}-{step}", kind="capture", place=f"Place {i}", name=f"Place {i}",
                place_id=i, lat=lat, lon=lon, country_code="SY", geo_precision=1,
                new_controller=actor, old_controller=None,
                date=start + dt.timedelta(days=7 * step), date_precision="day",
                certainty="reported", confidence=0.9,
                evidence=f"{actor} took Place {i} in week {step}.", start=0, end=7,
                source="Bench Wire", new_side=side))
    return out


def main() -> None:
    places = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    steps = 20
    evs = events(places, steps)
    t0 = time.perf_counter()
    periods = build_periods(evs)
    timeline_s = time.perf_counter() - t0
    vocab = load_actor_vocabulary()
    colours = {side: vocab.colour_of(side) for _, side in SIDES}
    t0 = time.perf_counter()
    html = render_map(periods, [], colours, offline=True)
    render_s = time.perf_counter() - t0
    print(f"{places:,} places x {steps} steps: {len(evs):,} events, {len(periods):,} periods")
    print(f"timeline: {timeline_s:.1f} s; render: {render_s:.1f} s; "
          f"HTML {len(html.encode()) / 2**20:.1f} MiB")
    with open("/tmp/mapper_scale_map.html", "w", encoding="utf-8") as fh:
        fh.write(html)
    print("written to /tmp/mapper_scale_map.html")


if __name__ == "__main__":
    main()
