"""First stage: read articles (text files with optional front matter, JSONL, directories) and
strip scraping boilerplate with rules kept as data (rules/boilerplate.toml)."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from mapper.dates import parse_iso_date
from mapper.errors import DateFormatError, InputError, RulesError
from mapper.models import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled boilerplate patterns: whole lines, and sentences inside paragraphs."""

    lines: tuple[re.Pattern[str], ...]
    sentences: tuple[re.Pattern[str], ...]


@cache
def load_boilerplate_rules(path: Path | None = None) -> BoilerplateRules:
    """The boilerplate rules of ``path`` (default: the bundled rules/boilerplate.toml)."""
    try:
        text = path.read_text("utf-8") if path else (
            files("mapper") / "rules" / "boilerplate.toml").read_text("utf-8")
        data = tomllib.loads(text)
        lines = tuple(re.compile(rf"^(?:{p})$", re.I) for p in data["line_patterns"])
        sentences = tuple(re.compile(rf"(?<![^\s.!?\"”])\s*{p}", re.I)
                          for p in data["sentence_patterns"])
    except (OSError, KeyError, re.error, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"boilerplate rules {path or 'boilerplate.toml'}: {exc}") from exc
    return BoilerplateRules(lines, sentences)


def strip_boilerplate(text: str, rules: BoilerplateRules | None = None) -> str:
    """Text without boilerplate lines and sentences; paragraph breaks kept, spaces tidied."""
    rules = rules or load_boilerplate_rules()
    kept: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
        if any(p.match(line) for p in rules.lines):
            continue
        for pattern in rules.sentences:
            line = pattern.sub("", line)
        line = line.strip()
        if not line and kept and kept[-1] == "":
            continue
        kept.append(line)
    return "\n".join(kept).strip("\n") + ("\n" if kept else "")


def _front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    fields: dict[str, str] = {}
    for number, line in enumerate(m.group("body").splitlines(), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field = _FIELD.match(line.strip())
        if field is None:
            raise InputError(f"{where}:{number}: front matter line is not 'key: value'")
        fields[field.group("key").lower()] = field.group("value").strip().strip("\"'")
    return fields, text[m.end():]


def _date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return parse_iso_date(str(value))
    except DateFormatError as exc:
        raise DateFormatError(f"{where}: {exc}") from exc


def parse_article(text: str, *, doc_id: str, path: str | None = None,
                  default_date: dt.date | None = None) -> Document:
    """A Document from the text of one article (front matter optional)."""
    where = path or doc_id
    fields, body = _front_matter(text, where)
    title = fields.get("title")
    if title:
        body = f"{title}\n\n{body}"
    return Document(
        doc_id=doc_id,
        text=strip_boilerplate(body),
        date=_date(fields.get("date"), where) or default_date,
        source=fields.get("source") or None,
        url=fields.get("url") or None,
        path=path,
    )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _jsonl_documents(path: Path, default_date: dt.date | None) -> Iterator[Document]:
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError(f"{where}: each line needs a JSON object with a 'text' string")
            title = obj.get("title")
            text = f"{title}\n\n{obj['text']}" if isinstance(title, str) and title else obj["text"]
            yield Document(
                doc_id=str(obj.get("id") or f"{path.stem}:{number}"),
                text=strip_boilerplate(text),
                date=_date(obj.get("date"), where) or default_date,
                source=str(obj["source"]) if obj.get("source") else None,
                url=str(obj["url"]) if obj.get("url") else None,
                path=str(path),
            )


def _files_under(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
            yield path


def read_documents(paths: Iterable[str | Path], *, default_date: dt.date | None = None
                   ) -> Iterator[Document]:
    """Documents from files and directories, one at a time, in a stable order."""
    for item in paths:
        path = Path(item)
        if not path.exists():
            raise InputError(f"no such file or directory: {item}")
        targets = _files_under(path) if path.is_dir() else iter([path])
        for target in targets:
            if target.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_documents(target, default_date)
            else:
                yield parse_article(_read_text(target), doc_id=target.stem, path=str(target),
                                    default_date=default_date)
