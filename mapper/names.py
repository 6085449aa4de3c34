"""Name folding: one key for every spelling of a place name (al-Rae, al-Rai, Ar Rā‘ī -> "rai")."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from mapper.errors import RulesError


@dataclass(frozen=True, slots=True)
class NameRules:
    """The folding vocabulary of ``rules/names.toml``, compiled."""

    drop: frozenset[str]
    letters: dict[str, str]
    article: re.Pattern[str]
    words: dict[str, str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]


@cache
def load_name_rules() -> NameRules:
    """Read and compile the bundled name rules once per process."""
    try:
        data = tomllib.loads((files("mapper") / "rules" / "names.toml").read_text("utf-8"))
        forms = sorted({f.strip("-") for f in data["article"]["forms"]}, key=len, reverse=True)
        article = re.compile(r"(?:(?<=^)|(?<=\s))(?:" + "|".join(forms) + r")[\s-]+(?=\w)")
        words = {v: k for k, variants in data["words"].items() for v in variants}
        rewrites = tuple((re.compile(p), r) for p, r in data["phonetic"]["rewrites"])
        return NameRules(
            drop=frozenset(data["drop_chars"]),
            letters=dict(data["letters"]),
            article=article,
            words=words,
            rewrites=rewrites,
        )
    except (KeyError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"rules/names.toml is malformed: {exc}") from exc


def _plain(text: str, rules: NameRules) -> str:
    """Lower-case ASCII-ish text: diacritics, ayn/hamza marks and punctuation removed."""
    text = "".join(rules.letters.get(ch, ch) for ch in text.lower() if ch not in rules.drop)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(rules.letters.get(ch, ch) for ch in text.lower())
    text = re.sub(r"[^\w\s-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Exact matching key: case, diacritics, marks, hyphens and the Arabic article folded, until
    nothing changes (so that folding a key gives the key: "EL_0" is "0", not "el 0")."""
    rules = load_name_rules()
    text = _plain(name, rules)
    while True:
        folded = re.sub(r"[\s_-]+", " ", rules.article.sub("", text)).strip()
        if folded == text:
            return folded
        text = folded


@lru_cache(maxsize=200_000)
def phonetic_key(name: str) -> str:
    """Loose key for transliteration variants (ae/ai, q/k, ou/u, Tell/Tal ...); scored lower."""
    rules = load_name_rules()
    words = [rules.words.get(w, w) for w in fold(name).split()]
    text = " ".join(words)
    for pattern, replacement in rules.rewrites:
        text = " ".join(pattern.sub(replacement, w) for w in text.split())
    return text


@lru_cache(maxsize=200_000)
def consonant_key(name: str) -> str:
    """Loosest key, for spellings within one article: the folded name's consonants, a doubled
    one once ("Bulo Burde" and "Buulobarde" -> "blbrd")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouwy]", "", fold(name)))
