"""First stage: read articles (text files with optional front matter, JSONL, directories) and
strip scraping boilerplate with rules kept as data (rules/boilerplate.toml)."""

from __future__ import annotations

import csv
import datetime as dt
import glob
import gzip
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

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
    body = "\n".join(kept).strip("\n")
    return body + "\n" if body else ""  # all boilerplate: nothing, every time


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


MAX_DOCUMENT_CHARS = 2_000_000
BINARY_SAMPLE = 8192
_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.I)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input passed over (or repaired) with the reason, for warnings and the run summary."""

    where: str
    reason: str
    fatal: bool = True


Report = Callable[[Skipped], None]


def _raise(skipped: Skipped) -> None:
    if skipped.fatal:
        raise InputError(f"{skipped.where}: {skipped.reason}")


def html_to_text(page: str) -> str:
    """The readable text of an HTML page: scripts, styles and tags removed, blocks as lines."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "style", "noscript", "template", "svg"):
                self.skip += 1
            elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "article",
                         "section", "title"):
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "noscript", "template", "svg") and self.skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = _Text()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def _decode(data: bytes, where: str, report: Report) -> str | None:
    """Text of a file's bytes: UTF-8, else the detected encoding, else UTF-8 with replacement."""
    if not data.strip():
        report(Skipped(where, "empty file"))
        return None
    if b"\x00" in data[:BINARY_SAMPLE] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report(Skipped(where, "binary file (NUL bytes), not text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is not None and best.encoding:
            report(Skipped(where, f"not UTF-8: decoded as {best.encoding}", fatal=False))
            return data.decode(best.encoding, errors="replace")
    except ImportError:
        pass
    report(Skipped(where, "not valid UTF-8: undecodable bytes replaced", fatal=False))
    return data.decode("utf-8", errors="replace")


def _document(text: str, *, doc_id: str, where: str, path: str | None,
              default_date: dt.date | None, report: Report, fields: dict[str, Any] | None = None
              ) -> Document | None:
    """A Document from raw text and optional metadata, or None (reported) if nothing is left."""
    if _HTML.match(text[:2000]):
        text = html_to_text(text)
        report(Skipped(where, "HTML page: its text was extracted", fatal=False))
    if len(text) > MAX_DOCUMENT_CHARS:
        report(Skipped(where, f"longer than {MAX_DOCUMENT_CHARS:,} characters: truncated",
                       fatal=False))
        text = text[:MAX_DOCUMENT_CHARS]
    if fields is None:
        try:
            fields, text = _front_matter(text, where)
        except InputError as exc:
            report(Skipped(where, f"{exc}; front matter ignored", fatal=False))
            fields = {}
            text = FRONT_MATTER.sub("", text, count=1)
    title = fields.get("title")
    if isinstance(title, str) and title:
        text = f"{title}\n\n{text}"
    date = default_date
    raw_date = fields.get("date")
    if raw_date not in (None, ""):
        try:
            parsed = parse_iso_date(str(raw_date))
            if parsed > dt.date.today() + dt.timedelta(days=1):
                report(Skipped(where, f"date {parsed} is in the future: ignored", fatal=False))
            else:
                date = parsed
        except DateFormatError:
            report(Skipped(where, f"invalid date '{raw_date}': expected YYYY-MM-DD; ignored",
                           fatal=False))
    cleaned = strip_boilerplate(text)
    if not cleaned.strip():
        report(Skipped(where, "no text left after removing boilerplate"))
        return None
    source, url = fields.get("source"), fields.get("url")
    return Document(doc_id=doc_id, text=cleaned, date=date,
                    source=str(source) if source else None, url=str(url) if url else None,
                    path=path)


def _read_bytes(path: Path, where: str, report: Report) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        report(Skipped(where, f"cannot read: {exc.strerror or exc}"))
        return None


def _open_lines(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")


def _opened(path: Path, report: Report) -> IO[str] | None:
    """A text handle on a (possibly gzipped) file, or None with the reason reported."""
    try:
        return _open_lines(path)
    except OSError as exc:
        report(Skipped(str(path), f"cannot read: {exc.strerror or exc}"))
        return None


def _jsonl_records(lines: Iterable[tuple[int, str]], where: str, id_prefix: str,
                   path: str | None, default_date: dt.date | None, report: Report
                   ) -> Iterator[Document]:
    """Documents from numbered JSON lines; each bad line is reported and skipped."""
    for number, line in lines:
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            report(Skipped(at, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            report(Skipped(at, "each line needs a JSON object with a 'text' string"))
            continue
        doc = _document(obj["text"], doc_id=str(obj.get("id") or f"{id_prefix}:{number}"),
                        where=at, path=path, default_date=default_date, report=report,
                        fields=obj)
        if doc is not None:
            yield doc


def _jsonl_documents(path: Path, default_date: dt.date | None, report: Report
                     ) -> Iterator[Document]:
    handle = _opened(path, report)
    if handle is None:
        return
    with handle:
        try:
            yield from _jsonl_records(enumerate(handle, 1), str(path), path.stem, str(path),
                                      default_date, report)
        except (OSError, EOFError) as exc:
            report(Skipped(str(path), f"unreadable compressed data ({exc})"))


def _csv_documents(path: Path, default_date: dt.date | None, report: Report
                   ) -> Iterator[Document]:
    """CSV with a header naming a 'text' column (optional: id, date, source, url, title)."""
    csv.field_size_limit(MAX_DOCUMENT_CHARS * 4)
    handle = _opened(path, report)
    if handle is None:
        return
    with handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
            report(Skipped(str(path), "CSV needs a header with a 'text' column"))
            return
        try:
            for number, row in enumerate(reader, 2):
                row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
                where = f"{path}:{number}"
                text = row.get("text")
                if not text:
                    report(Skipped(where, "empty 'text' cell"))
                    continue
                doc = _document(text, doc_id=str(row.get("id") or f"{path.stem}:{number}"),
                                where=where, path=str(path), default_date=default_date,
                                report=report, fields=row)
                if doc is not None:
                    yield doc
        except csv.Error as exc:
            report(Skipped(str(path), f"malformed CSV ({exc})"))


def _stdin_documents(default_date: dt.date | None, report: Report) -> Iterator[Document]:
    """Standard input: JSONL when every line is a JSON object, else one plain-text article."""
    text = sys.stdin.read()
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from _jsonl_records(enumerate(lines, 1), "<stdin>", "stdin", None, default_date,
                                  report)
        return
    doc = _document(text, doc_id="stdin", where="<stdin>", path=None,
                    default_date=default_date, report=report)
    if doc is not None:
        yield doc


def _files_under(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue
        if path.is_file() and _kind(path) is not None:
            yield path


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson"):
        if name.endswith(suffix):
            return "jsonl"
    if name.endswith((".csv", ".csv.gz")):
        return "csv"
    if path.suffix.lower() in TEXT_SUFFIXES | {".html", ".htm"}:
        return "text"
    return None


def _expand(item: str | Path) -> list[Path]:
    text = str(item)
    if text != "-" and not Path(text).exists() and any(ch in text for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(text, recursive=True))
    return [Path(text)]


def read_documents(paths: Iterable[str | Path], *, default_date: dt.date | None = None,
                   report: Report | None = None) -> Iterator[Document]:
    """Documents from files, directories, globs, JSONL(.gz), CSV and stdin ("-"), one at a time.

    Without ``report`` any bad input raises InputError; with it, bad inputs are reported as
    ``Skipped`` and the stream goes on (repairs such as a guessed encoding are reported with
    ``fatal=False``).
    """
    on_skip = report or _raise
    for item in paths:
        if str(item) == "-":
            yield from _stdin_documents(default_date, on_skip)
            continue
        targets = _expand(item)
        if not targets or not all(t.exists() for t in targets):
            raise InputError(f"no such file or directory: {item}")
        for target in targets:
            files = _files_under(target) if target.is_dir() else iter([target])
            for path in files:
                kind = _kind(path) or "text"
                if kind == "jsonl":
                    yield from _jsonl_documents(path, default_date, on_skip)
                elif kind == "csv":
                    yield from _csv_documents(path, default_date, on_skip)
                else:
                    data = _read_bytes(path, str(path), on_skip)
                    text = None if data is None else _decode(data, str(path), on_skip)
                    if text is None:
                        continue
                    doc = _document(text, doc_id=path.stem, where=str(path), path=str(path),
                                    default_date=default_date, report=on_skip)
                    if doc is not None:
                        yield doc
