"""Synthetic news articles for benchmarks: many templates, real place names, seeded variety.

Not test data for accuracy (the gold sets are hand-written); these exist to measure speed,
memory and robustness at corpus scale.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from mapper.gazetteer import default_path

ACTORS = {
    "SY": ["Kurdish-led forces", "the Syrian army", "Turkish-backed rebels",
           "Islamic State fighters", "the SDF", "government troops", "Nusra Front militants",
           "rebel fighters"],
    "IQ": ["Iraqi forces", "Peshmerga fighters", "Islamic State militants", "the Iraqi army",
           "Popular Mobilisation units", "counter-terrorism troops"],
    "UA": ["Russian forces", "Ukrainian troops", "Russian troops", "Ukraine's army"],
    "LY": ["GNA forces", "Haftar's LNA", "Islamic State militants"],
}
CAPTURE = ["captured {p}", "seized {p}", "took control of {p}", "retook {p}", "overran {p}",
           "took over {p} after days of fighting", "drove {o} out of {p}", "expelled {o} from {p}"]
PASSIVE = ["{p} was captured by {a}", "{p} fell to {a}", "{p} was retaken by {a}",
           "the town of {p} was cleared of {o}"]
NOT_CAPTURE = ["{a} vowed to retake {p}", "{a} failed to capture {p}", "{a} shelled {p}",
               "{a} aims to seize {p} before winter", "{a} repelled an attack on {p}",
               "{a} denied that {p} had fallen", "if {a} takes {p}, the road will be cut",
               "{a} entered the outskirts of {p}"]
WHEN = ["on Sunday", "on Monday", "yesterday", "last week", "over the weekend", "on Tuesday night",
        "earlier this month", "", "", ""]
SOURCES = ["a spokesman said", "the Syrian Observatory for Human Rights said", "residents said",
           "a military statement said", "according to a local monitor", "officials told reporters"]
NOISE = ["Share", "Advertisement", "Please see our terms of service.", "All rights reserved.",
         "Follow us on Twitter", "Read more:"]
FILLER = ["Aid agencies warned of a humanitarian crisis as thousands fled the fighting.",
          "The United Nations called for a ceasefire and safe passage for civilians.",
          "Diplomats met in Geneva to discuss a political settlement.",
          "Electricity and water supplies were cut in several districts.",
          "Analysts said the offensive could reshape the front line in the coming weeks."]


def place_names(country: str, limit: int = 400) -> list[str]:
    """Real place names of a country from the gazetteer index, biggest first."""
    with sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT name FROM places WHERE country_code = ? AND feature_code = 'P' "
                          "ORDER BY population DESC LIMIT ?", (country, limit)).fetchall()
    return [r[0] for r in rows]


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``n`` JSONL-ready articles (id, date, source, text)."""
    rng = random.Random(seed)
    names = {c: place_names(c) for c in ACTORS}
    start = dt.date(2016, 1, 1)
    for i in range(n):
        country = rng.choice(list(ACTORS))
        places, actors = names[country], ACTORS[country]
        paragraphs = []
        headline_place = rng.choice(places)
        paragraphs.append(f"{rng.choice(actors).capitalize()} push towards {headline_place}")
        for _ in range(rng.randint(3, 8)):
            a, o = rng.sample(actors, 2)
            p = rng.choice(places)
            kind = rng.random()
            if kind < 0.35:
                body = f"{a.capitalize()} {rng.choice(CAPTURE).format(p=p, o=o)}"
            elif kind < 0.55:
                s = rng.choice(PASSIVE).format(p=p, a=a, o=o)
                body = s[0].upper() + s[1:]
            elif kind < 0.8:
                s = rng.choice(NOT_CAPTURE).format(p=p, a=a)
                body = s[0].upper() + s[1:]
            else:
                body = rng.choice(FILLER).rstrip(".")
            when = rng.choice(WHEN)
            sentence = f"{body} {when}".rstrip() + f", {rng.choice(SOURCES)}."
            paragraphs.append(sentence)
            if rng.random() < 0.15:
                paragraphs.append(rng.choice(NOISE))
        date = start + dt.timedelta(days=rng.randint(0, 900))
        yield {"id": f"syn-{i:06d}", "date": date.isoformat(), "source": "Synthetic Wire",
               "text": "\n\n".join(paragraphs)}


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` articles as JSONL (skipped when a file of that size already exists)."""
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == n:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for article in articles(n, seed):
            fh.write(json.dumps(article) + "\n")
    return path
