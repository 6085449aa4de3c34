"""Sentence spans of a document, cheap enough to run before any parsing."""

from __future__ import annotations

import re

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|No|vs|etc|approx|Sen|Rep|Gov|Pres|Prof|Brig|Cmdr|km)\.|\b(?:[A-Z]\.){2,}"
    r"|[\[(][A-Za-z]{1,5}\.)$"  # a bracket's opening abbreviation: "Sol [Ukr. Sil]"
)
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+|\n\s*\n|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at ., ! or ? before a capital/quote, and at newlines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0)[0] in ".!?":
            rest = text[end:end + 2]
            if rest and not (rest[0].isupper() or rest[0] in "\"“‘'(" or rest[0].isdigit()
                             or "\n" in m.group(0)):  # "the claim.\n- 3 May: ..." ends a line
                continue
            if _ABBREVIATIONS.search(text[max(0, m.start() - 12):m.start() + 1]):
                continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
