"""Reading articles: front matter, JSONL, and scraping boilerplate kept out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapper.errors import DateFormatError, InputError
from mapper.ingest import parse_article, read_documents, strip_boilerplate


def test_front_matter_gives_date_source_and_url() -> None:
    doc = parse_article("---\ndate: 2016-08-13\nsource: Levant Wire\nurl: https://e.org/a\n---\n"
                        "Rebels took Manbij.", doc_id="a")
    assert (doc.date, doc.source, doc.url) == (dt.date(2016, 8, 13), "Levant Wire",
                                               "https://e.org/a")
    assert doc.text.strip() == "Rebels took Manbij."


def test_default_date_applies_only_when_the_article_has_none() -> None:
    doc = parse_article("Rebels took Manbij.", doc_id="a", default_date=dt.date(2016, 1, 1))
    assert doc.date == dt.date(2016, 1, 1)


def test_share_and_advertisement_lines_are_removed() -> None:
    text = "Share\nRebels took Manbij.\n\nAdvertisement\nThe army shelled Azaz."
    assert strip_boilerplate(text) == "Rebels took Manbij.\n\nThe army shelled Azaz.\n"


def test_legal_sentence_inside_a_paragraph_is_removed_but_neighbours_kept() -> None:
    text = ("Anadolu said the wounded were children. Doing so may result in civil and/or "
            "criminal penalties. Rebels took Manbij.")
    assert strip_boilerplate(text).strip() == (
        "Anadolu said the wounded were children. Rebels took Manbij.")


def test_bad_front_matter_date_names_the_file() -> None:
    with pytest.raises(DateFormatError, match="story.txt"):
        parse_article("---\ndate: 13/08/2016\n---\nText.", doc_id="story", path="story.txt")


def test_missing_path_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/no/such/file.txt"]))


def test_jsonl_without_text_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "text": "ok"}\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a.jsonl:2"):
        list(read_documents([path]))


@given(st.text(max_size=500))
def test_boilerplate_stripping_never_raises_and_is_idempotent(text: str) -> None:
    once = strip_boilerplate(text)
    assert strip_boilerplate(once) == once


def test_a_text_of_boilerplate_only_strips_to_nothing() -> None:
    assert strip_boilerplate("ALL RIGHTS RESERVED") == ""
    assert strip_boilerplate(strip_boilerplate("ALL RIGHTS RESERVED")) == ""
