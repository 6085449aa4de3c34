"""Geocoding benchmark: accuracy on the gold set (mapper vs largest namesake), load time and
lookups per second of the default gazetteer.

Run: .venv/bin/python bench/geocode.py [tests/data/gold/geocode.jsonl]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from mapper.evaluate import evaluate_geocoding, geocoding_report, read_gold
from mapper.gazetteer import EXACT, PHONETIC, Gazetteer
from mapper.geoparse import find_mentions

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold_path = Path(args[0]) if args else ROOT / "tests/data/gold/geocode.jsonl"
    t0 = time.perf_counter()
    gazetteer = Gazetteer()
    gazetteer.candidates("Aleppo")
    print(f"gazetteer load + first lookup: {(time.perf_counter() - t0) * 1000:.1f} ms")

    names = gazetteer.place_names(20_000)
    random.Random(1).shuffle(names)
    sample = names[:5000]
    for how in (EXACT, PHONETIC):
        fresh = Gazetteer()
        t0 = time.perf_counter()
        for name in sample:
            fresh.candidates(name, how)
        rate = len(sample) / (time.perf_counter() - t0)
        print(f"lookups/s ({how}, uncached): {rate:,.0f}")

    rows = read_gold(gold_path)
    text = " ".join(str(r["text"]) for r in rows[:100])
    t0 = time.perf_counter()
    mentions = find_mentions(text, gazetteer)
    elapsed = time.perf_counter() - t0
    print(f"find_mentions on {len(text):,} chars: {len(mentions)} mentions in {elapsed:.2f} s "
          f"({len(text) / elapsed / 1000:,.0f} k chars/s)")

    t0 = time.perf_counter()
    scores = evaluate_geocoding(rows, gazetteer)
    print(f"evaluation: {time.perf_counter() - t0:.1f} s")
    print(geocoding_report(scores, details="--details" in sys.argv))


if __name__ == "__main__":
    main()
