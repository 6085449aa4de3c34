"""Actor vocabulary: aliases -> canonical actor -> side and colour, read from rules/actors.toml."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from mapper.errors import RulesError

UNKNOWN_SIDE_COLOUR = "#8c8c8c"
_PALETTE = ("#e377c2", "#8c564b", "#ff7f0e", "#17a589", "#5d6d7e", "#a04000", "#6c3483")


@dataclass(frozen=True, slots=True)
class Actor:
    """One way the press names an armed actor, with the conditions under which it applies."""

    name: str
    side: str
    aliases: tuple[str, ...]
    category: str = ""
    when_mentions: tuple[str, ...] = ()
    when_country: tuple[str, ...] = ()
    priority: int = 0
    state: bool = False
    countries: tuple[str, ...] = ()
    compatible_with: tuple[str, ...] = ()
    home: str | None = None
    metonyms: tuple[str, ...] = ()
    when_central: tuple[str, ...] = ()
    when_abroad: tuple[str, ...] = ()  # only where none of these is the article's main country
    when_before: int | None = None  # only in articles dated before this year


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a document: the span as written and the canonical actor it stands for."""

    text: str
    start: int
    end: int
    actor: str
    side: str
    generic: bool = False
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class ActorVocabulary:
    """All actors, generic descriptors and side colours of one vocabulary file."""

    actors: tuple[Actor, ...]
    generics: tuple[tuple[str, tuple[str, ...]], ...]
    colours: dict[str, str]
    metonym_verbs: tuple[str, ...] = ()
    metonym_agent_marks: tuple[str, ...] = ()
    modified_nouns: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    outlet_nouns: tuple[str, ...] = ()

    def side_of(self, actor: str | None) -> str | None:
        """The side of a canonical actor; an unknown actor is its own side."""
        if actor is None:
            return None
        for candidate in self.actors:
            if candidate.name == actor:
                return candidate.side
        return actor

    def knows(self, actor: str | None) -> bool:
        """Whether ``actor`` is a canonical name of this vocabulary (not a group kept verbatim)."""
        return any(a.name == actor for a in self.actors)

    def compatible(self, a: str | None, b: str | None) -> bool:
        """Whether two actors' reports of one change can be the same event (same actor, or
        one listed as compatible with the other)."""
        if a == b:
            return True
        return any((x.name == a and b in x.compatible_with)
                   or (x.name == b and a in x.compatible_with) for x in self.actors)

    def aliases_of(self, actor: str) -> tuple[str, ...]:
        """Every alias the vocabulary gives the canonical actor ``actor``."""
        return tuple(alias for a in self.actors if a.name == actor for alias in a.aliases)

    def is_state(self, actor: str | None) -> bool:
        """Whether the actor is a state's forces (government, army)."""
        return any(a.name == actor and a.state for a in self.actors)

    def home_actor(self, country_code: str | None, abroad: bool = False) -> str | None:
        """The state actor that governs ``country_code`` (its forces 'liberate' their towns);
        with ``abroad``, also a state named only in wars outside it ("Libyan forces" in Chad)."""
        return next((a.name for a in self.actors if country_code and a.home == country_code
                     and (abroad or not a.when_abroad)), None)

    def colour_of(self, side: str | None) -> str:
        """The colour of a side; unknown sides get a stable colour from a small palette."""
        if side is None:
            return UNKNOWN_SIDE_COLOUR
        if side in self.colours:
            return self.colours[side]
        return _palette_colour(side)


def _palette_colour(side: str) -> str:
    """A stable colour for a side the vocabulary gives none."""
    return _PALETTE[sum(map(ord, side)) % len(_PALETTE)]


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective -> ISO code ("Syrian" -> SY), from rules/demonyms.csv."""
    import csv
    import io

    text = (files("mapper") / "rules" / "demonyms.csv").read_text("utf-8")
    return {row["demonym"]: row["country_code"] for row in csv.DictReader(io.StringIO(text))
            if row["country_code"]}


def _default_states(spec: object, actors: Sequence[Actor]) -> list[Actor]:
    """The forces of every state of demonyms.csv that no state actor is ``home`` of or bound to
    (by ``when_country``), made from the vocabulary's ``[default_state]`` templates ("South
    Sudanese army", and "the army" where South Sudan is the article's main country); a state
    bound only by ``when_country`` (Libya) gets them for articles about other countries."""
    if not spec:
        return []
    if not isinstance(spec, dict) or "name" not in spec:
        raise RulesError("[default_state] in the actor vocabulary needs a 'name' template")
    covered = {a.home for a in actors if a.home} | {
        c for a in actors if a.state for c in a.when_country}
    first: dict[str, str] = {}
    for demonym, code in demonyms().items():
        first.setdefault(code, demonym)
    aliases = _as_strings(spec.get("aliases", []), "[default_state] aliases")
    generic = _as_strings(spec.get("generic_aliases", []), "[default_state] generic_aliases")
    ministry = _as_strings(spec.get("ministry_aliases", []), "[default_state] ministry_aliases")
    made = [Actor(name=a.name, side=a.side, state=True, countries=(a.home,),
                  aliases=tuple(m.format(demonym=first[a.home]) for m in ministry))
            for a in actors if a.state and a.home in first and ministry]
    aliases += ministry
    # a state the vocabulary names by its home ("Chadian army") but gives no plain "the army"
    # for: in an article about that state, its generic aliases are that state's
    spoken = {c for a in actors if a.state for c in (*a.when_country, *a.when_central)}
    for a in actors:
        if a.state and a.home and a.home not in spoken and generic:
            spoken.add(a.home)
            made.append(Actor(name=a.name, side=a.side, state=True, countries=(a.home,),
                              when_central=(a.home,), aliases=generic))
    homes = {a.home for a in actors if a.home}
    for code, demonym in sorted(first.items()):
        if code in covered:
            if code not in homes:  # Libya: its own wars name factions, a war abroad its state
                name = str(spec["name"]).format(demonym=demonym)
                made.append(Actor(name=name, side=name, state=True, home=code,
                                  countries=(code,), priority=-1, when_abroad=(code,),
                                  aliases=tuple(a.format(demonym=demonym) for a in aliases)))
            continue
        name = str(spec["name"]).format(demonym=demonym)
        made.append(Actor(name=name, side=name, state=True, home=code, countries=(code,),
                          priority=-1, aliases=tuple(a.format(demonym=demonym) for a in aliases)))
        if generic:
            made.append(Actor(name=name, side=name, state=True, countries=(code,),
                              when_central=(code,), aliases=generic))
    return made


def _as_strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{where} must be a list of strings")
    return tuple(value)


@cache
def load_actor_vocabulary(path: Path | None = None) -> ActorVocabulary:
    """Read an actor vocabulary (default: the bundled rules/actors.toml)."""
    try:
        text = path.read_text("utf-8") if path else (
            files("mapper") / "rules" / "actors.toml").read_text("utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"cannot read actor vocabulary {path or 'actors.toml'}: {exc}") from exc
    colours = {name: str(spec.get("colour", UNKNOWN_SIDE_COLOUR))
               for name, spec in data.get("sides", {}).items()}
    actors = []
    for i, spec in enumerate(data.get("actor", [])):
        if "name" not in spec:
            raise RulesError(f"actor entry {i + 1} in the actor vocabulary has no 'name'")
        actors.append(Actor(
            name=spec["name"],
            side=spec.get("side", spec["name"]),
            aliases=_as_strings(spec.get("aliases", []), f"aliases of {spec['name']}"),
            category=spec.get("category", ""),
            when_mentions=_as_strings(spec.get("when_mentions", []), "when_mentions"),
            when_country=_as_strings(spec.get("when_country", []), "when_country"),
            when_central=_as_strings(spec.get("when_central", []), "when_central"),
            priority=int(spec.get("priority", 0)),
            state=bool(spec.get("state", False)),
            countries=_as_strings(spec.get("countries", []), "countries"),
            compatible_with=_as_strings(spec.get("compatible_with", []), "compatible_with"),
            home=str(spec["home"]) if spec.get("home") else None,
            metonyms=_as_strings(spec.get("metonyms", []), f"metonyms of {spec['name']}"),
            when_before=_as_year(spec.get("when_before"), spec["name"]),
        ))
    defaults = _default_states(data.get("default_state"), actors)
    actors.extend(defaults)
    colours.update({a.side: _palette_colour(a.side) for a in defaults if a.side not in colours})
    generics = tuple((g["category"], _as_strings(g["phrases"], "generic phrases"))
                     for g in data.get("generic", []))
    return ActorVocabulary(tuple(actors), generics, colours,
                           _as_strings(data.get("metonym_verbs", []), "metonym_verbs"),
                           _as_strings(data.get("metonym_agent_marks", []),
                                       "metonym_agent_marks"),
                           _as_strings(data.get("modified_nouns", []), "modified_nouns"),
                           _as_strings(data.get("place_nouns", []), "place_nouns"),
                           _as_strings(data.get("outlet_nouns", []), "outlet_nouns"))


def _as_year(value: object, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise RulesError(f"when_before of {name} in the actor vocabulary must be a year, "
                         f"not {value!r}")
    return value


def _applies(actor: Actor, text_lower: str, countries: Iterable[str], main: str = "",
             year: int | None = None) -> bool:
    conditions = []
    if actor.when_before is not None:
        conditions.append(year is not None and year < actor.when_before)
    if actor.when_mentions:
        conditions.append(any(cue.lower() in text_lower for cue in actor.when_mentions))
    if actor.when_country:
        conditions.append(bool(set(actor.when_country) & set(countries)))
    if actor.when_central:
        conditions.append(main in actor.when_central)
    if actor.when_abroad:
        conditions.append(main not in actor.when_abroad)
    return all(conditions) if conditions else True


def _alias_pattern(alias: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in alias.split()).replace("'", "['’]")
    flags = 0 if alias.isupper() else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + body + r"(?![\w])", flags)


@cache
def _compiled(alias: str) -> re.Pattern[str]:
    return _alias_pattern(alias)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One actor an alias key can stand for, with what the key is for that actor: written in
    capitals somewhere (then only an exact match counts), only ever in lower case (then not
    inside a proper name), a two-word proper name ("Islamic State": then "an independent
    Islamic state" is a kind of state, not the group), or a capital standing for its
    government."""

    actor: Actor
    capitals: bool
    lower_only: bool
    metonym: bool
    proper: bool = False


@cache
def _alias_index(vocabulary: ActorVocabulary) -> tuple[re.Pattern[str], re.Pattern[str],
                                                      dict[str, list[_Reading]]]:
    """One regex for the case-sensitive aliases (IS, SDF), one for the rest, and alias key ->
    the actors it can stand for."""
    by_alias: dict[str, list[_Reading]] = {}
    for actor in vocabulary.actors:
        keys = dict.fromkeys(_alias_key(a) for a in (*actor.aliases, *actor.metonyms))
        for key in keys:
            written = [a for a in actor.aliases if _alias_key(a) == key]
            by_alias.setdefault(key, []).append(_Reading(
                actor, any(a.isupper() for a in written), all(a.islower() for a in written),
                key in {_alias_key(m) for m in actor.metonyms},
                bool(written) and all(len(a.split()) == 2 and a.split()[-1][0].isupper()
                                      for a in written)))

    def alternation(aliases: list[str]) -> str:
        return (r"(?<![\w-])" + _trie([a.split() for a in aliases]) + r"(?![\w])"
                r"(?!-(?:backed|supported|allied|aligned|sponsored|trained|funded|armed)\b)"
                # "the UN-recognised Government of National Accord", "the Army of Conquest":
                # a longer name goes on
                r"(?!(?<=overnment)\s+of\s+(?-i:[A-Z]))"
                r"(?!(?<=(?-i:Army))\s+of\s+(?:the\s+)?(?-i:[A-Z]))")

    aliases = sorted({a for actor in vocabulary.actors for a in (*actor.aliases, *actor.metonyms)})
    exact = re.compile(alternation([a for a in aliases if a.isupper()]) or "(?!)")
    loose = re.compile(alternation([a for a in aliases if not a.isupper()]) or "(?!)",
                       re.IGNORECASE)
    return exact, loose, by_alias


def _trie(phrases: list[list[str]]) -> str:
    """One regex for many aliases, factored by shared leading words, so that scanning a text
    tries each first word once instead of every alias (hundreds with the default states);
    longer phrases before their prefixes, so the longest alias wins as before."""
    if not phrases:
        return "(?!)"
    groups: dict[str, list[list[str]]] = {}
    for words in phrases:
        groups.setdefault(words[0], []).append(words[1:])
    branches = []
    for first in sorted(groups, key=len, reverse=True):
        word = re.escape(first).replace("'", "['’]")
        rests = [r for r in groups[first] if r]
        tail = rf"(?:[\"“”]?\s+[\"“”]?{_trie(rests)})" if rests else ""  # '"Centre" group'
        ends = any(not r for r in groups[first])
        branches.append(word + (tail + "?" if ends and tail else tail))
    return "(?:" + "|".join(branches) + ")"


def _alias_key(alias: str) -> str:
    """Aliases compare without case, spacing or a leading 'the' ("the army" is "army", so one
    actor's "the army" never hides another's "army")."""
    key = " ".join(re.sub(r"[\"“”]", "", alias.replace("’", "'")).split()).lower()
    return key[4:] if key.startswith("the ") else key


def find_actors(
    text: str, vocabulary: ActorVocabulary | None = None, countries: Sequence[str] = (),
    main_country: str | None = None, year: int | None = None,
) -> list[ActorMention]:
    """Every actor mention in ``text``; longest match wins, generic descriptors resolved last.
    ``countries`` is the document's country focus, most central first; ``main_country`` the one
    the document is clearly about (default: the first of ``countries``; "" for none), which
    decides ``when_central`` aliases; ``year``, the document's, decides ``when_before`` ones."""
    main = next(iter(countries), "") if main_country is None else main_country
    vocab = vocabulary or load_actor_vocabulary()
    lower = text.lower()
    exact, loose, by_alias = _alias_index(vocab)
    found: list[tuple[int, int, int, int, ActorMention]] = []
    rank = {c: i for i, c in enumerate(countries)}

    def country_rank(actor: Actor) -> int:
        """How central the actor's country is to the document (0: the main one)."""
        return min((rank.get(c, len(rank)) for c in (*actor.when_country, *actor.when_central)),
                   default=len(rank))

    usable: dict[str, list[_Reading]] = {}
    for regex in (exact, loose):
        for m in regex.finditer(text):
            key = _alias_key(m.group(0))
            if key not in usable:
                usable[key] = [r for r in by_alias.get(key, [])
                               if _applies(r.actor, lower, countries, main, year)]
            if usable[key] and _tail_of_longer_name(text, m.start(), m.group(0)):
                continue  # "Zapatista National Liberation Army": not the ELN
            for reading in usable[key]:
                actor = reading.actor
                if regex is loose and reading.capitals:
                    continue
                if reading.lower_only and m.group(0)[0].isupper() and \
                        _inside_proper_name(text, m.start()):
                    continue
                if reading.lower_only and not actor.state and m.group(0)[0].islower() and \
                        _ACRONYM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "the GUNT rebels": the group the acronym names, kept as written
                    # (not "ANDSF commandos", "FARDC soldiers": a state's forces)
                if reading.proper and m.group(0).split()[-1][0].islower() and \
                        _A_KIND.search(text[max(0, m.start() - 40):m.start()]):
                    continue  # "declaring an 'independent Islamic state'": a kind of state
                if reading.metonym and not _acts(text, m.start(), m.end(), vocab):
                    continue
                if reading.lower_only and _modifies(vocab.modified_nouns).match(text, m.end()):
                    continue
                nation = _after_demonym().search(text[max(0, m.start() - 40):m.start()]) \
                    if reading.lower_only and reading.actor.state else None
                if nation and demonyms()[nation.group(1)] not in (actor.home, *actor.countries):
                    continue  # "Serbian special police": Serbia's, named as written, not the
                    # state the generic word would stand for in this document
                if m.group(0) in demonyms() and _modifies(
                        (*vocab.place_nouns, *vocab.outlet_nouns)).match(text, m.end()):
                    continue  # "near the Kenyan border", "reports on Russian television": a
                    # place or an outlet, not the state's forces
                if reading.lower_only and _KIND_OF.match(text, m.end()) and \
                        _INDEFINITE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "a coalition of Islamist factions", "an army of volunteers"
                mention = ActorMention(m.group(0), m.start(), m.end(), actor.name, actor.side,
                                       countries=actor.countries)
                found.append((m.start(), -(m.end() - m.start()), -actor.priority,
                              country_rank(actor), mention))
    chosen = _non_overlapping(found)
    counts = Counter(m.actor for m in chosen)
    for category, phrases in vocab.generics:
        members = [a.name for a in vocab.actors if a.category == category]
        ranked = [name for name, _ in counts.most_common() if name in members]
        if not ranked:
            continue
        side = vocab.side_of(ranked[0]) or ranked[0]
        for phrase in phrases:
            for m in _compiled(phrase).finditer(text):
                if _NAMED_AFTER.match(text, m.end()) or (
                        m.group(0).split()[-1][:1].isupper()
                        and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3])):
                    continue  # "the gang of Canaan", "the Mujahideen Shura Council": a group
                    # named, not the leading one
                mention = ActorMention(m.group(0), m.start(), m.end(), ranked[0], side, True)
                just = _group_before(chosen, text, m.start(), vocab) \
                    if m.group(0).lower() in _NEUTRAL_DESCRIPTORS else None
                if just is not None:  # "Hezbollah's war media said that the group and Syrian
                    # troops had captured X": the group just named, not the leading one
                    mention = replace(mention, actor=just.actor, side=just.side)
                found.append((m.start(), -(m.end() - m.start()), 10, 0, mention))
    chosen = _non_overlapping(found)
    ministries = [a for a in chosen if "ministry" in a.text.lower()]
    for m in _THE_MINISTRY.finditer(text) if ministries else ():
        named = [a for a in ministries if a.end <= m.start()]
        if named and not any(a.start < m.end() and m.start() < a.end for a in chosen):
            # "Russia's defence ministry said ... The ministry said troops had retaken X"
            chosen.append(ActorMention(m.group(0), m.start(), m.end(), named[-1].actor,
                                       named[-1].side, True, named[-1].countries))
    starts = {a.start for a in chosen}
    return sorted((a for a in chosen if not (  # "soldiers of the UPDF": the UPDF's, not the
        _written_lower(a.text, by_alias)  # army "soldiers" would stand for
        and (of := _OF_THE.match(text, a.end)) and of.end() in starts)), key=lambda a: a.start)


# Descriptors that say nothing of a group's kind, so may stand for any group just named.
_NEUTRAL_DESCRIPTORS = frozenset({"the group", "the organisation", "the organization",
                                  "the movement"})
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _group_before(chosen: Sequence[ActorMention], text: str, start: int,
                  vocab: ActorVocabulary) -> ActorMention | None:
    """The armed group (not a state) named last before ``start`` in the same sentence."""
    last = next((a for a in reversed(chosen) if a.end <= start and not a.generic
                 and not vocab.is_state(a.actor)), None)
    if last is None or _SENTENCE_BREAK.search(text, last.end, start):
        return None
    return last


def _written_lower(alias: str, by_alias: dict[str, list[_Reading]]) -> bool:
    """A lower-case alias, capitalised or not ("Soldiers of the Kenya Defence Forces")."""
    return alias.islower() or (alias[1:].islower() and any(
        r.lower_only for r in by_alias.get(_alias_key(alias), [])))


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


@cache
def _after_demonym() -> re.Pattern[str]:
    """A nationality and at most one lower-case word right before a generic alias."""
    names = "|".join(re.escape(d) for d in sorted(demonyms(), key=len, reverse=True))
    return re.compile(rf"\b({names})\s+(?:[a-z][\w-]*\s+)?$")


_KIND_OF = re.compile(r"\s+of\b")
# A ministry named again without its country: the last ministry named before.
_THE_MINISTRY = re.compile(r"\b[Tt]he\s+(?:(?:[Dd]efen[cs]e|[Ii]nterior)\s+)?[Mm]inistry\b"
                           r"(?!\s+of\b)")
_NAMED_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])")
_A_KIND = re.compile(r"\b(?:a|an)\s+(?:[\"“‘']?[a-z][\w-]*\s+)?[\"“‘']?$", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.I)


@cache
def _acting(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"['’]s\b|,?\s+(?:(?:has|have|had|also|again|then|later|now|has\s+also)"
                      rf"\s+)*(?:{words})\b|,\s+which\s+(?:says|said|claims|insists)\b")


def speaks_for_a_state(text: str, start: int, end: int, vocab: ActorVocabulary) -> bool:
    """Whether a place named at ``start``-``end`` speaks or acts as a government ("Paris let
    the rebels stay", "Kinshasa says"): not a town a later 'the town' can point back to."""
    return _acting(vocab.metonym_verbs).match(text, end) is not None and \
        not text[end:end + 3].startswith(("'s", "’s")) and not re.search(
            r"\b(?:in|of|at|near|from|to|for|into|outside|around|towards?)\s+$",
            text[max(0, start - 12):start], re.I)  # "Rebels in Aleppo lost the road"


def _acts(text: str, start: int, end: int, vocab: ActorVocabulary) -> bool:
    """Whether a capital named at ``start``-``end`` acts as its government ("Kabul said",
    "Moscow's troops", "the cities still controlled by Kyiv"), rather than being the city
    ("the Taliban closed in on Kabul")."""
    return _acting(vocab.metonym_verbs).match(text, end) is not None or \
        _acted_for(vocab.metonym_agent_marks).search(text, max(0, start - 30), start) is not None


@cache
def _modifies(nouns: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(r"\s+".join(map(re.escape, n.split())) for n in nouns) or "(?!)"
    return re.compile(rf"\s+(?:{words})\b", re.I)


@cache
def _acted_for(marks: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(r"\s+".join(map(re.escape, m.split())) for m in marks) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+$", re.I)


_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{1,4})?[ \t]+$")


def _tail_of_longer_name(text: str, start: int, alias: str) -> bool:
    """'National Liberation Army' in 'the Zapatista National Liberation Army': a name of
    capitalised words right after another capitalised word (not a nationality, nor a sentence's
    first word) ends a longer name, another group's."""
    words = alias.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or \
            words[-1] not in _ORGANISATION_WORDS:  # not "President Ilham Aliyev"
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(2) not in demonyms() and \
        before.group(1) not in ".!?:\"“‘'(-–—"


_ORGANISATION_WORDS = frozenset({"Army", "Front", "Forces", "Movement", "Council", "Party",
                                 "Brigade", "Brigades", "Alliance", "Guard", "Union", "Group",
                                 "Organisation", "Organization", "Coalition", "Corps"})
_WORD_BEFORE = re.compile(r"(\S)[ \t]+([A-Z][a-z]+)[ \t]+$")


def _inside_proper_name(text: str, start: int) -> bool:
    """'Army' in 'the Khalid ibn al-Walid Army': a common noun written capitalised after another
    capitalised word, inside a sentence, is part of a name, not the generic alias."""
    before = re.search(r"(?:^|[^.!?\n]\s+|[^.!?\n\s])\b([A-Z][\w'’-]*|al|ibn|bin|el|de)[ \t]+$",
                       text[max(0, start - 60):start])
    return before is not None


def _non_overlapping(found: list[tuple[int, int, int, int, ActorMention]]
                     ) -> list[ActorMention]:
    """Keep the longest, then most central-country, then highest-priority of overlapping
    mentions ("army" in an Iraqi story is Iraq's; "rebels" in a Chechen story that names one
    Syrian town are Chechnya's), in text order."""
    taken: list[ActorMention] = []
    occupied: set[int] = set()
    for _, _, _, _, mention in sorted(found, key=lambda f: (f[1], f[3], f[2], f[0])):
        span = range(mention.start, mention.end)
        if not any(i in occupied for i in span):
            taken.append(mention)
            occupied.update(span)
    return sorted(taken, key=lambda m: m.start)
