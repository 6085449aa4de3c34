"""Name folding: every spelling of a place meets its gazetteer entry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapper.names import fold, phonetic_key


@pytest.mark.parametrize("spelling", ["al-Rai", "Al-Rai", "Ar Rā‘ī", "ar-Ra'i", "AL RAI"])
def test_article_and_ayn_marks_fold_away(spelling: str) -> None:
    assert fold(spelling) == "rai"


def test_vowel_variant_meets_on_phonetic_key() -> None:
    assert phonetic_key("al-Rae") == phonetic_key("Ar Rā‘ī")


def test_turkish_letters_fold_to_ascii() -> None:
    assert fold("Karkamış") == fold("Karkamis")
    assert fold("Suruç") == "suruc"


def test_sun_letter_articles_are_stripped() -> None:
    assert fold("as-Suwayda") == fold("Suwayda")
    assert fold("Deir ez-Zor") == "deir zor"


def test_qubbat_and_kobbet_share_a_phonetic_key() -> None:
    assert phonetic_key("Kobbet al-Turkman") == phonetic_key("Qubbat at Turkman")


def test_tell_and_tall_share_a_phonetic_key() -> None:
    assert phonetic_key("Tell Abyad") == phonetic_key("Tall Abyad")


@given(st.text())
def test_fold_never_raises_and_is_idempotent(name: str) -> None:
    once = fold(name)
    assert fold(once) == once


@given(st.text())
def test_phonetic_key_never_raises(name: str) -> None:
    assert isinstance(phonetic_key(name), str)


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20))
def test_case_does_not_change_the_fold(name: str) -> None:
    assert fold(name.upper()) == fold(name.lower()) or not name.isascii()
