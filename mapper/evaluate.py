"""Score mapper against gold files: geocoding (distance) and extraction (precision/recall/F1).

Each score is printed beside a simple baseline so that what each rule buys is visible.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from geopy.distance import great_circle

from mapper.errors import InputError
from mapper.gazetteer import EXACT, PHONETIC, Gazetteer
from mapper.geoparse import find_mentions, load_place_rules, mentioned_countries, resolve_name
from mapper.names import fold, phonetic_key


def read_gold(path: Path, resolve_paths: bool = False) -> list[dict[str, Any]]:
    """The JSON objects of a gold JSONL file (errors name the file and line); with
    ``resolve_paths``, each document 'path' is made absolute from the gold file's folder."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        if resolve_paths and "path" in row:
            row["path"] = str((path.parent / str(row["path"])).resolve())
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """One gold mention: where the system put it and how far that is from the truth."""

    gold_id: str
    mention: str
    category: str
    predicted: tuple[float, float] | None
    error_km: float | None


@dataclass(frozen=True, slots=True)
class GeocodeScores:
    """Accuracy within 10 km and 161 km (100 miles) over a gold set."""

    system: str
    results: tuple[GeocodeResult, ...]

    def accuracy(self, km: float, category: str | None = None) -> float:
        rows = [r for r in self.results if category is None or r.category == category]
        if not rows:
            return 0.0
        return sum(1 for r in rows if r.error_km is not None and r.error_km <= km) / len(rows)


def _locate(row: dict[str, Any], gazetteer: Gazetteer) -> tuple[float, float] | None:
    text, name = str(row["text"]), str(row["mention"])
    at = text.find(name)
    for mention in find_mentions(text, gazetteer):
        if mention.start <= at < mention.end and mention.lat is not None:
            assert mention.lon is not None
            return mention.lat, mention.lon
    mention = resolve_name(name, gazetteer, text)
    if mention.lat is None or mention.lon is None:
        return None
    return mention.lat, mention.lon


def _largest_namesake(row: dict[str, Any], gazetteer: Gazetteer) -> tuple[float, float] | None:
    name = str(row["mention"])
    pool = gazetteer.candidates(name, EXACT) or gazetteer.candidates(name, PHONETIC)
    if not pool:
        return None
    best = max(pool, key=lambda p: (p.population, -p.place_id))
    return best.lat, best.lon


GEOCODERS: dict[str, Callable[[dict[str, Any], Gazetteer], tuple[float, float] | None]] = {
    "mapper": _locate,
    "largest namesake": _largest_namesake,
}


def evaluate_geocoding(rows: Sequence[dict[str, Any]], gazetteer: Gazetteer
                       ) -> list[GeocodeScores]:
    """mapper's resolver and the largest-namesake baseline on the same gold mentions."""
    scores = []
    for system, locate in GEOCODERS.items():
        results = []
        for row in rows:
            predicted = locate(row, gazetteer)
            error = None
            if predicted is not None:
                error = great_circle(predicted, (float(row["lat"]), float(row["lon"]))).km
            results.append(GeocodeResult(str(row.get("id", "")), str(row["mention"]),
                                         str(row.get("category", "")), predicted, error))
        scores.append(GeocodeScores(system, tuple(results)))
    return scores


def geocoding_report(scores: Sequence[GeocodeScores], details: bool = False) -> str:
    """A plain-text table of accuracy at 10 km and 161 km, overall and per category."""
    categories = sorted({r.category for s in scores for r in s.results})
    lines = [f"geocoding: {len(scores[0].results)} gold mentions",
             f"{'system':18} {'category':18} {'n':>4} {'<=10 km':>8} {'<=161 km':>9}"]
    for s in scores:
        for category in [None, *categories]:
            n = sum(1 for r in s.results if category is None or r.category == category)
            lines.append(f"{s.system:18} {category or 'ALL':18} {n:>4} "
                         f"{s.accuracy(10, category):>8.1%} {s.accuracy(161, category):>9.1%}")
    if details:
        lines.append("misses of mapper (error > 161 km or unplaced):")
        for r in scores[0].results:
            if r.error_km is None or r.error_km > 161:
                where = "unplaced" if r.error_km is None else f"{r.error_km:.0f} km off"
                lines.append(f"  {r.gold_id} {r.mention} ({r.category}): {where}")
    return "\n".join(lines)


# ---- extraction -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """Precision, recall and F1 of one record type, with the misses and false alarms."""

    name: str
    true_positives: int
    false_positives: int
    false_negatives: int
    misses: tuple[str, ...] = field(default=())
    false_alarms: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@cache
def _place_noise() -> re.Pattern[str]:
    """Words two spellings of one place may differ by: feature words, and a facility's qualifier
    ("Hama military airport", "Hama airport")."""
    rules = load_place_rules()
    facilities = "|".join(re.escape(fold(w)) for w in sorted(rules.facility_words, key=len,
                                                             reverse=True))
    return re.compile(rf"\b(?:hill|town|village|city|border crossing|crossing|air base|airbase|"
                      rf"international|(?:{_qualifiers()})(?=\s+(?:{facilities})\b))\b")


@cache
def _site_suffix() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(load_place_rules().site_suffixes, key=len,
                                                    reverse=True))
    return re.compile(rf"(?<=\w)(?:\s+(?:{_qualifiers()}))?\s+(?:{words or '(?!)'})$")


@cache
def _qualifiers() -> str:
    """A facility's qualifiers, folded, as a regex alternation ("military", "international")."""
    return "|".join(re.escape(fold(w)) for w in load_place_rules().facility_qualifiers)


def same_place(a: str, b: str) -> bool:
    """Whether two written forms name the same place (folded, feature words, a facility's
    qualifier and a final site word such as "camp" or "district" ignored, or the same
    transliteration key: Afgoye / Afgooye, Debaltseve / Debaltsevo)."""
    x, y = (_site_suffix().sub("", " ".join(_place_noise().sub("", fold(n)).split()))
            for n in (a, b))
    return x == y or phonetic_key(x) == phonetic_key(y)


@cache
def canonical_actor(name: str, countries: tuple[str, ...] = ()) -> str:
    """The vocabulary's actor for a written name ("ISIL" -> "Islamic State", "YPG" -> "SDF" in
    a Syrian article; a country or a nationality's government or army, "Rwanda", "Nigerian
    government", is its state's forces), else the folded name: gold files may name actors as
    the press does."""
    from mapper.actors import demonyms, find_actors, load_actor_vocabulary
    from mapper.geoparse import country_names

    if load_actor_vocabulary().knows(name):
        return name
    state = re.fullmatch(r"(?:the\s+)?(.+?)(?:\s+(?:government|army|military|armed\s+forces|"
                         r"forces|troops))?", name.strip(), re.I)
    words = state.group(1) if state else name.strip()
    home = load_actor_vocabulary().home_actor(country_names().get(words) or demonyms().get(words),
                                               abroad=True)
    if home is not None:
        return home
    named = [a for a in find_actors(name, countries=countries) if not a.generic]
    if named:
        return max(named, key=lambda a: a.end - a.start).actor
    return re.sub(r"^the\s+", "", fold(name))


def _same_actor(gold: Any, found: Any, countries: tuple[str, ...]) -> bool:
    """Same actor, or actors the vocabulary declares compatible (the timeline merges them); an
    unknown group written shorter ("Mujahideen Shura Council" for "... of Derna"), by its
    initials ("KNDF" for "Karenni Nationalities Defence Force") or without the noun for its
    members ("Tebu" for "Tebu fighters") is the same."""
    from mapper.actors import load_actor_vocabulary
    from mapper.extract import load_control_rules

    if found is None:
        return False
    a, b = canonical_actor(str(gold), countries), canonical_actor(str(found), countries)
    folded = (fold(a).split(), fold(b).split())
    if folded[0] == folded[1] or load_actor_vocabulary().compatible(a, b):
        return True
    members = load_control_rules().member_nouns
    if len({" ".join(w[:-1]) if len(w) > 1 and w[-1] in members else " ".join(w)
            for w in folded}) == 1:
        return True  # "Shia rebels" and "Shia"
    initials = sorted((str(gold).split(), str(found).split()), key=len)
    if len(initials[0]) == 1 and initials[0][0].isupper() and len(initials[1]) > 1:
        return initials[0][0] == "".join(w[0] for w in initials[1] if w[0].isupper())
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) >= 2 and long[:len(short)] == short


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _date_range(value: Any) -> tuple[dt.date, dt.date] | None:
    """The days a gold date covers: "2017-09-14" one day, "2017-09" a month, "2014" a year."""
    text = str(value)
    day = _date(text)
    if day:
        return day, day
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2) or 0)
    if not month:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


def score_records(name: str, expected: Iterable[dict[str, Any]], found: Iterable[dict[str, Any]],
                  controller_key: str, date_window: int | None,
                  countries: tuple[str, ...] = (), doc: str = "") -> Match:
    """Greedy one-to-one matching on place, controller and (optionally) date within a window;
    actor names are compared through the vocabulary, read for the document's ``countries``.
    Misses and false alarms are labelled with ``doc``."""
    label = f"[{doc}] " if doc else ""
    remaining = list(found)
    tp = 0
    misses = []
    for gold in expected:
        hit = None
        for candidate in remaining:
            if not same_place(str(gold["place"]), str(candidate["place"])):
                continue
            if gold.get(controller_key) and not _same_actor(
                    gold[controller_key], candidate.get(controller_key), countries):
                continue
            if date_window is not None and gold.get("date") and candidate.get("date"):
                span, c = _date_range(gold["date"]), _date(candidate["date"])
                if span and c and not (span[0] - dt.timedelta(days=date_window) <= c
                                       <= span[1] + dt.timedelta(days=date_window)):
                    continue
            hit = candidate
            break
        if hit is None:
            misses.append(f"{label}{gold['place']} ({gold.get(controller_key)}, "
                          f"{gold.get('date')})")
        else:
            remaining.remove(hit)
            tp += 1
    alarms = tuple(f"{label}{c['place']} ({c.get(controller_key)}, {c.get('date')}): "
                   f"{c.get('evidence', '')}" for c in remaining)
    return Match(name, tp, len(remaining), len(misses), tuple(misses), alarms)


@dataclass(frozen=True, slots=True)
class ExtractionScores:
    """Captures, holds and geocoding scores of one system over a gold set."""

    system: str
    captures: Match
    holds: Match
    geocoding: Match


Extractor = Callable[[Any], list[dict[str, Any]]]


def _gold_document(row: dict[str, Any], base: Path) -> Any:
    from mapper.ingest import parse_article
    from mapper.models import Document

    if "text" in row:
        return Document(str(row.get("doc_id", "")), str(row["text"]), _date(row.get("date")),
                        row.get("source"), row.get("url"))
    if "path" in row:
        path = (base / str(row["path"])).resolve()
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"gold document {path}: {exc.strerror or exc}") from exc
        return parse_article(raw, doc_id=str(row.get("doc_id", path.stem)), path=str(path),
                             default_date=_date(row.get("date")))
    raise InputError(f"gold line for '{row.get('doc_id')}' has neither 'text' nor 'path'")


def _mapper_records(document: Any) -> list[dict[str, Any]]:
    from mapper.extract import extract_document

    return [e.to_record() for e in extract_document(document) if not e.unnamed]


def _baseline_records(document: Any) -> list[dict[str, Any]]:
    """Capture verb + nearest place: every sentence with a capture verb yields a capture at the
    place mention nearest the verb, by the actor before it; 'held'/'capital' sentences a hold."""
    from mapper.actors import find_actors
    from mapper.gazetteer import default_gazetteer
    from mapper.sentences import sentence_spans

    verbs = re.compile(r"\b(?:captur|seiz|took|take|taken|liberat|retook|recaptur|overr|"
                       r"clear|fell|expell|ousted|lost|withdr|regain|wrest|free)\w*", re.I)
    holds = re.compile(r"\b(?:held|capital|stronghold|control of|hands of|canton)\w*", re.I)
    text = document.text
    actors = find_actors(text)
    mentions = find_mentions(text, default_gazetteer(), actors)
    records = []
    for start, end in sentence_spans(text):
        here = [m for m in mentions if start <= m.start < end]
        if not here:
            continue
        for regex, kind in ((verbs, "capture"), (holds, "hold")):
            match = regex.search(text, start, end)
            if not match:
                continue
            place = min(here, key=lambda m: abs(m.start - match.start()))
            before = [a for a in actors if start <= a.start < match.start()]
            after = [a for a in actors if match.end() <= a.start < end]
            actor = before[-1] if before else (after[0] if after else None)
            records.append({"kind": kind, "place": place.text,
                            "new_controller": actor.actor if actor else None,
                            "lat": place.lat, "lon": place.lon,
                            "date": document.date.isoformat() if document.date else None,
                            "evidence": text[start:end]})
    return records


EXTRACTORS: dict[str, Extractor] = {
    "mapper": _mapper_records,
    "baseline (verb + nearest place)": _baseline_records,
}


def evaluate_extraction(rows: Sequence[dict[str, Any]], base: Path,
                        systems: Sequence[str] = tuple(EXTRACTORS)) -> list[ExtractionScores]:
    """Score each system on the gold documents: captures (place + new controller + date within
    2 days), holds (place + controller) and geocoding (captured places within 25 km). A loss
    with no taker ("IS withdrew from X") names no new controller, so it is not scored as a
    capture."""
    documents = [(row, _gold_document(row, base)) for row in rows]
    out = []
    for system in systems:
        cap = [Match("captures", 0, 0, 0)]
        hol = [Match("holds", 0, 0, 0)]
        geo = [Match("geocoding", 0, 0, 0)]
        for row, document in documents:
            found = EXTRACTORS[system](document)
            for r in found:
                r.setdefault("evidence", "")
                r["doc"] = document.doc_id
            captures = [r for r in found if r["kind"] == "capture" and r.get("new_controller")]
            held = [dict(r, controller=r.get("new_controller")) for r in found
                    if r["kind"] == "hold"]
            countries = tuple(c for c, _ in mentioned_countries(document.text).most_common())
            cap.append(score_records("captures", row.get("captures", []), captures,
                                     "new_controller", 2, countries, document.doc_id))
            hol.append(score_records("holds", row.get("holds", []), held, "controller", None,
                                     countries, document.doc_id))
            geo.append(_score_geocoding(row.get("places", []), captures))
        out.append(ExtractionScores(system, _sum(cap), _sum(hol), _sum(geo)))
    return out


def _score_geocoding(places: Iterable[dict[str, Any]], found: Sequence[dict[str, Any]]) -> Match:
    gold = [p for p in places if p.get("lat") is not None]
    tp = fp = fn = 0
    misses = []
    for p in gold:
        hits = [r for r in found if same_place(str(p["place"]), str(r["place"]))]
        located = [r for r in hits if r.get("lat") is not None]
        if not hits:
            continue
        if located and great_circle((located[0]["lat"], located[0]["lon"]),
                                    (p["lat"], p["lon"])).km <= 25:
            tp += 1
        elif located:
            fp += 1
            fn += 1
            misses.append(f"{p['place']} placed {located[0]['lat']}, {located[0]['lon']}")
        else:
            fn += 1
            misses.append(f"{p['place']} unplaced")
    return Match("geocoding", tp, fp, fn, tuple(misses))


def _sum(matches: Sequence[Match]) -> Match:
    return Match(matches[0].name, sum(m.true_positives for m in matches),
                 sum(m.false_positives for m in matches), sum(m.false_negatives for m in matches),
                 tuple(x for m in matches for x in m.misses),
                 tuple(x for m in matches for x in m.false_alarms))


def extraction_report(scores: Sequence[ExtractionScores], n_docs: int, details: bool = False
                      ) -> str:
    """A plain-text table of precision, recall and F1 per record type and system."""
    lines = [f"extraction: {n_docs} gold documents",
             f"{'system':34} {'records':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} "
             f"{'fn':>4}"]
    for s in scores:
        for m in (s.captures, s.holds, s.geocoding):
            lines.append(f"{s.system:34} {m.name:10} {m.precision:>6.2f} {m.recall:>6.2f} "
                         f"{m.f1:>6.2f} {m.true_positives:>4} {m.false_positives:>4} "
                         f"{m.false_negatives:>4}")
    if details:
        mapper = scores[0]
        for m in (mapper.captures, mapper.holds, mapper.geocoding):
            for miss in m.misses:
                lines.append(f"miss        {m.name}: {miss}")
            for alarm in m.false_alarms:
                flat = re.sub(r"\s+", " ", alarm)[:300]
                lines.append(f"false alarm {m.name}: {flat}")
    return "\n".join(lines)
