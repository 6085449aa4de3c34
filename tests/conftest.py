"""Shared fixtures: the real gazetteer and a helper that extracts events from a short text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mapper.extract import extract_document
from mapper.models import ControlEvent, Document

Extract = Callable[..., list[ControlEvent]]


@pytest.fixture(scope="session")
def extract() -> Extract:
    """Extract events from a text, as if it were an article dated 2016-09-04 by default."""

    def run(text: str, date: dt.date = dt.date(2016, 9, 4), doc_id: str = "t"
            ) -> list[ControlEvent]:
        return extract_document(Document(doc_id, text, date, "Test Wire"))

    return run


def captures(events: list[ControlEvent]) -> dict[str, ControlEvent]:
    """Capture events by place as written."""
    return {e.place: e for e in events if e.kind == "capture"}


def holds(events: list[ControlEvent]) -> dict[str, ControlEvent]:
    """Hold events by place as written."""
    return {e.place: e for e in events if e.kind == "hold"}
