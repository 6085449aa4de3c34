"""Sentence splitting before any parsing."""

from __future__ import annotations

from mapper.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_sentence_ends_at_a_full_stop_before_a_capital() -> None:
    assert sentences("Rebels took Sol. The army denied it.") == [
        "Rebels took Sol.", "The army denied it."]


def test_a_title_abbreviation_does_not_end_a_sentence() -> None:
    assert len(sentences("Gen. Surovikin said the troops took Sol.")) == 1


def test_a_translators_language_label_in_brackets_does_not_end_a_sentence() -> None:
    text = "Units completed the liberation of Sol [Ukr. Sil] and Podgorodnoye [Ukr. Pidhorodne]."
    assert sentences(text) == [text]


def test_a_full_stop_at_the_end_of_a_line_ends_the_sentence_before_a_bullet() -> None:
    text = "- 2 May: IS claimed Risala. ISF denied it.\n- 3 May: An attack on Najjar was repelled."
    assert sentences(text) == ["- 2 May: IS claimed Risala.", "ISF denied it.",
                               "- 3 May: An attack on Najjar was repelled."]
