"""Test articles written for this project, each with the records a careful analyst expects.

Every expected record must be found with the fields given; no other capture or hold may be
found (unnamed counts excepted); places listed as not captured must not be captured.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from geopy.distance import great_circle

from mapper.evaluate import same_place
from mapper.extract import extract_document
from mapper.ingest import read_documents

DATA = Path(__file__).parent / "data"
ARTICLES = sorted(p for d in ("articles_core", "articles") if (DATA / d).is_dir()
                  for p in (DATA / d).glob("*.txt"))


def _expected(article: Path) -> dict[str, Any]:
    return json.loads(article.with_suffix(".expected.json").read_text(encoding="utf-8"))


def _matches(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    if found["kind"] != wanted["kind"] or not same_place(found["place"], wanted["place"]):
        return False
    for key, value in wanted.items():
        if key in ("kind", "place"):
            continue
        if key in ("lat", "lon"):
            continue
        if found.get(key) != value:
            return False
    if "lat" in wanted:
        if found["lat"] is None:
            return False
        distance = great_circle((found["lat"], found["lon"]), (wanted["lat"], wanted["lon"])).km
        if distance > 15:
            return False
    return True


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_gives_the_expected_records(article: Path) -> None:
    expected = _expected(article)
    [document] = list(read_documents([article]))
    found = [e.to_record() for e in extract_document(document) if not e.unnamed]
    unmatched = list(found)
    for wanted in expected["records"]:
        hit = next((f for f in unmatched if _matches(f, wanted)), None)
        assert hit is not None, (
            f"missing {wanted}\nfound: "
            + json.dumps([{k: f[k] for k in ("kind", "place", "new_controller", "old_controller",
                                             "certainty", "date", "date_precision", "lat",
                                             "lon")} for f in found], indent=1, default=str))
        unmatched.remove(hit)
    extra = [(f["kind"], f["place"], f["new_controller"], f["evidence"]) for f in unmatched]
    assert not extra, f"unexpected records: {extra}"
    captured = [f["place"] for f in found if f["kind"] == "capture"]
    for place in expected.get("not_captured", []):
        assert not any(same_place(place, c) for c in captured), f"{place} wrongly captured"


def test_there_are_at_least_ten_test_articles() -> None:
    assert len(ARTICLES) >= 10
