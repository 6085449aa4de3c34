"""Dates: the user's --date, and date phrases in text made absolute against the article's date."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files

from mapper.errors import DateFormatError, RulesError
from mapper.models import DateExpression, DatePrecision

# A year as the press writes one; the pattern the other stages use too.
YEAR = r"(?:19|20)\d\d"
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1}


def parse_iso_date(value: str) -> dt.date:
    """A YYYY-MM-DD date, or DateFormatError saying what was expected."""
    text = str(value).strip()
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise DateFormatError(f"invalid date '{value}': expected YYYY-MM-DD")


@dataclass(frozen=True, slots=True)
class DateRules:
    """The vocabulary of rules/dates.toml, compiled into one scanner."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str]]
    parts: dict[str, int]
    pattern: re.Pattern[str]
    sequence: re.Pattern[str] = re.compile("(?!)")
    months_pattern: re.Pattern[str] = re.compile("(?!)")
    seasons: dict[str, int] = field(default_factory=dict)
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)


@cache
def load_date_rules() -> DateRules:
    """Read rules/dates.toml once per process."""
    try:
        data = tomllib.loads((files("mapper") / "rules" / "dates.toml").read_text("utf-8"))
        months = {k.lower(): int(v) for k, v in data["months"].items()}
        weekdays = {k.lower(): int(v) for k, v in data["weekdays"].items()}
        relative = {k.lower(): (int(v[0]), str(v[1])) for k, v in data["relative"].items()}
        parts = {k.lower(): int(v) for k, v in data["parts"].items()}
        sequence = [str(w) for w in data.get("sequence_words", [])]
        seasons = {k.lower(): int(v) for k, v in data.get("seasons", {}).items()}
        holidays = {k.lower().replace("’", "'"): (int(v[0]), int(v[1]))
                    for k, v in data.get("holidays", {}).items()}
    except (KeyError, ValueError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"rules/dates.toml is malformed: {exc}") from exc

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    rf"(?P<month>{alt(list(months))})\.?"
    holiday_names = alt(list(holidays)).replace("'", "['’]") or "(?!)"
    bare_seasons = alt([s for s in seasons if s != "fall"]) or "(?!)"  # not "the fall of X"
    pattern = re.compile(
        rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
        rf"|\b(?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+"  # "the 18th of December"
        rf"(?P<m1>{alt(list(months))})\.?"
        rf"(?:,?\s+(?P<y1>\d{{4}}))?)\b"
        rf"|\b(?P<mdy>(?P<m2>{alt(list(months))})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?"  # "February 25-26, 1992": the first night,
        rf"|\s+(?:to|and)\s+\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+{YEAR}\b))?"  # "25 to 26, 1992"
        rf"(?:,?\s+(?P<y2>\d{{4}}))?)\b"
        rf"|\b(?P<partmonth>(?:(?:in|by|since|until)\s+)?(?:the\s+)?(?P<part>{alt(list(parts))})"
        rf"(?:\s+of)?[\s-]+(?P<m3>{alt(list(months))})(?:\s+(?P<y3>\d{{4}}))?)\b"
        rf"|\b(?P<monthyear>(?:(?:in|since|by|until|during|that|(?P<lastm>last|this))\s+"
        rf"(?:the\s+month\s+of\s+)?(?P<m4>{alt(list(months))})"  # "in the month of June"
        rf"(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
        rf"(?:\s+(?:of\s+(?:the\s+)?(?:year\s+)?)?(?P<y4>\d{{4}}))?)|(?P<m6>{alt(list(months))})\s+(?P<y6>{YEAR}))\b"
        rf"|\b(?P<holiday>(?:on\s+)?(?P<hn>{holiday_names})"
        rf"(?:,?\s+(?P<hy>{YEAR}))?)(?![\w'’])"
        rf"|\b(?P<weekend>(?:over\s+|at\s+|during\s+)?(?:the|this|last)\s+weekend)\b"
        rf"|\b(?P<weekday>(?:(?:on|last|this|early|late)\s+)?(?P<wd>{alt(list(weekdays))})"
        rf"(?:\s+(?:morning|afternoon|evening|night))?)\b"
        rf"|\b(?P<ago>(?P<n>\d+|{alt(list(NUMBER_WORDS))})\s+(?P<unit>days?|weeks?|months?)\s+ago)\b"
        # "three days later", "days later"; "a week before." but not "a week before the vote"
        rf"|\b(?P<later>(?:(?P<ln>\d+|{alt(list(NUMBER_WORDS))}|a\s+few|several|a\s+couple\s+of"
        rf"|an?)\s+(?P<lu>days?|weeks?|months?)|(?P<lu_>days|weeks))\s+"
        rf"(?P<ld>later|earlier|before(?=\s*(?:[.,;:)]|$)))"
        rf"|the\s+(?:next|following)\s+(?P<nu>day|morning|afternoon|evening|night|week|month)"
        rf"|(?P<same>(?:the\s+(?:very\s+)?same|that(?:\s+(?:very\s+)?same)?"
        rf"|the\s+(?:first|opening))\s+(?P<su>days|day|morning|afternoon|evening|night|week|"
        rf"month))"
        rf"|(?P<after>(?:in\s+)?the\s+(?:(?:next|following)\s+days|days\s+that\s+followed))"
        # "When the soldiers came back on Friday ... By the afternoon they had retaken it"
        rf"|(?P<byday>by\s+(?:the\s+)?(?:morning|afternoon|evening|nightfall|dusk|midday|noon"
        rf"|sunset|sundown)))\b"
        rf"|\b(?P<thismonth>earlier\s+this\s+month|this\s+month)\b"
        # "In October, the rebels took Daloa on the 13th": a day of the month written before
        rf"|\b(?P<ordinal>on\s+the\s+(?P<od>\d{{1,2}})(?:st|nd|rd|th))\b(?!\s+of\b)"
        rf"|\b(?P<relative>{alt(list(relative))})\b"
        rf"|\b(?P<season>(?:(?:in|since|by|until|during)\s+)?(?:the\s+)?"
        rf"(?P<sn>{alt(list(seasons)) or '(?!)'})\s+(?:of\s+)?(?P<sy>{YEAR})"
        # "in the spring", "last summer": the latest such season before the article
        rf"|(?:(?:in|during)\s+the|last|this)\s+(?P<sn2>{bare_seasons})(?!\s+(?:of\s+)?\d))\b"
        rf"|\b(?P<year>(?:in|since|by|until|during)\s+(?:(?:early|late|mid)[\s-]+)?"
        rf"(?P<yy>{YEAR}))\b"
        rf"|\b(?P<yearref>(?:(?:later|earlier|in|by)\s+)?(?:that|the\s+same)\s+year"
        rf"|(?:in\s+)?the\s+(?P<yn>following|next)\s+year|a\s+year\s+later)\b",
        re.IGNORECASE,
    )
    sequence_pattern = re.compile(
        r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sequence) + r")\b"
        if sequence else "(?!)", re.IGNORECASE)
    return DateRules(months, weekdays, relative, parts, pattern, sequence_pattern,
                     re.compile(rf"\b(?:{alt(list(months))})\b", re.IGNORECASE), seasons,
                     holidays)


def _latest(month: int, day: int, reference: dt.date | None, year: str | None) -> dt.date | None:
    """The given month/day in the given year, else the latest one not after the reference."""
    try:
        if year:
            return dt.date(int(year), month, day)
        if reference is None:
            return None
        candidate = dt.date(reference.year, month, day)
        if candidate > reference:
            candidate = dt.date(reference.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _resolve(m: re.Match[str], rules: DateRules, ref: dt.date | None
             ) -> tuple[dt.date, DatePrecision] | None:
    g = m.groupdict()
    if g["iso"]:
        try:
            return dt.date.fromisoformat(g["iso"]), "day"
        except ValueError:
            return None
    if g["dmy"] or g["mdy"]:
        month = rules.months[(g["m1"] or g["m2"]).lower()]
        day = int(g["d1"] or g["d2"])
        date = _latest(month, day, ref, g["y1"] or g["y2"])
        return (date, "day") if date else None
    if g["holiday"]:
        month, day = rules.holidays[re.sub(r"\s+", " ", g["hn"].lower().replace("’", "'"))]
        date = _latest(month, day, ref, g["hy"])
        return (date, "day") if date else None
    if g["partmonth"]:
        month = rules.months[g["m3"].lower()]
        date = _latest(month, rules.parts[g["part"].lower()], ref, g["y3"])
        return (date, "month") if date else None
    if g["monthyear"]:
        month = rules.months[(g["m4"] or g["m6"]).lower()]
        if g["lastm"] and not g["y4"]:
            if ref is None:
                return None
            this = g["lastm"].lower() == "this"
            year = ref.year - (0 if this or month < ref.month else 1)
            return dt.date(year, month, 1), "month"
        date = _latest(month, 1, ref, g["y4"] or g["y6"])
        return (date, "month") if date else None
    if g["season"] and g["sy"]:
        return dt.date(int(g["sy"]), rules.seasons[g["sn"].lower()], 1), "month"
    if g["season"]:
        if ref is None:
            return None
        month = rules.seasons[g["sn2"].lower()]
        return dt.date(ref.year - (0 if month <= ref.month else 1), month, 1), "month"
    if g["year"]:
        return dt.date(int(g["yy"]), 1, 1), "year"
    if ref is None:
        return None
    if g["weekend"]:
        back = (ref.weekday() - 5) % 7
        saturday = ref - dt.timedelta(days=back)
        if g["weekend"].lower().split()[-2] == "last" and back < 2:
            saturday -= dt.timedelta(days=7)
        return saturday, "week"
    if g["weekday"]:
        wanted = rules.weekdays[g["wd"].lower()]
        back = (ref.weekday() - wanted) % 7
        if g["weekday"].lower().startswith("last") and back == 0:
            back = 7
        return ref - dt.timedelta(days=back), "day"
    if g["ago"]:
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * n
        precision: DatePrecision = "day" if unit == "day" else ("week" if unit == "week"
                                                                 else "month")
        return ref - dt.timedelta(days=min(days, 36_500)), precision
    if g["thismonth"]:
        return ref.replace(day=1), "month"
    if g["relative"]:
        back, prec = rules.relative[re.sub(r"\s+", " ", g["relative"].lower())]
        if g["relative"].lower() == "last month":
            first = ref.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1), "month"
        return ref - dt.timedelta(days=back), prec  # type: ignore[return-value]
    return None


def _day_of_month(m: re.Match[str], found: Sequence[DateExpression], reference: dt.date | None
                  ) -> tuple[dt.date, DatePrecision] | None:
    """'In October, the MPCI took Daloa on the 13th': that day of the month last written in the
    paragraph, else of the latest month not after the article's date."""
    day = int(m.group("od"))
    months = _in_paragraph(m, found, ("day", "month"))
    if months:
        return months[-1].date.replace(day=day), "day"
    if reference is None:
        return None
    month = reference.replace(day=1)
    if day > reference.day:
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return month.replace(day=day), "day"


@cache
def _restated() -> re.Pattern[str]:
    """A span restated by the day right after it ("two days later, on Monday", "a week later,
    on March 3", "two days earlier, on 3 January"), from the vocabulary's day and month names."""
    rules = load_date_rules()

    def names(words: Iterable[str]) -> str:
        return "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))

    days, months = names(rules.weekdays), names(rules.months)
    return re.compile(rf",?\s+on\s+(?:(?:{days})\b|(?:{months})\s+\d{{1,2}}\b"
                      rf"|\d{{1,2}}\s+(?:{months})\b)")


def _later(m: re.Match[str], found: Sequence[DateExpression], reference: dt.date | None
           ) -> tuple[dt.date, DatePrecision] | None:
    """'On January 21 the rebels took Minova. Two days later (or 'the same day') they captured
    Sake', 'Rajo had been taken five days earlier': a span from
    the last date written before it (a day or a week), not after the article's date; 'that
    year', 'the following year' after the last year written."""
    if m.group("later") and _restated().match(m.string, m.end()):
        return None  # "two days later, on Monday": the day written next says which
    if m.group("yearref"):
        year = _last_year_written(found, m.string, m.start())
        if year is None:
            return None
        later = m.group("yn") or m.group("yearref").lower().startswith("a ")
        return dt.date(year + (1 if later else 0), 1, 1), "year"
    months = [d for d in found if d.precision in ("day", "week", "month")]
    if (m.group("nu") or "").lower() == "month":
        # "seized it in September 2015 before troops retook it the following month"
        if not months:
            return None
        following = _months_after(months[-1].date, 1)
        return (following, "month") if reference is None or following <= reference else None
    if (m.group("su") or "").lower() in ("week", "month"):  # "that same month"
        if not months:
            return None
        last = months[-1].date
        return (last.replace(day=1), "month") if m.group("su").lower() == "month" else (
            last, "week" if months[-1].precision == "day" else months[-1].precision)
    if m.group("byday"):  # the day written last in its paragraph, if any
        here = _in_paragraph(m, found, ("day",))
        return (here[-1].date, "day") if here else None
    if m.group("after"):  # "In the days that followed the villages were overrun as well"
        here = _in_paragraph(m, found, ("day",))
        return (here[-1].date, "week") if here else None
    if m.group("same") and (m.group("su") or "").lower() in ("day", "days", "night") and re.match(
            r"the\s+(?:first|opening)", m.group("same"), re.IGNORECASE):
        return _first_days(m, found)
    unit = (m.group("lu") or m.group("lu_") or "").lower()
    if unit.startswith("month") and months and months[-1].precision == "month":
        # "retook Mosul in July 2017, and the SDF drove IS out of Raqqa three months later"
        date = _months_after(months[-1].date, _count(m))
        return (date, "month") if reference is None or date <= reference else None
    before = [d for d in found if d.precision in ("day", "week")]
    if found and found[-1].precision == "month" and unit.startswith(("day", "week")) and \
            (days := abs(_count(m)) * (7 if unit.startswith("week") else 1)) <= 21:
        # "In March they took Sabiid ... The army expelled them a few days later": that month,
        # not a day written earlier; "in late October ... two weeks later": November
        last = found[-1].date
        if m.group("ld").lower() == "later":
            last = (last + dt.timedelta(days=days)).replace(day=1)
        return (last, "month") if reference is None or last <= reference else None
    if not before or (found[-1].precision in ("month", "year") and not unit.startswith("month")
                      and not m.group("same") and not m.group("nu")):
        return None  # "In 2014 ... five days later": not from a day written earlier
    precision: DatePrecision = before[-1].precision
    if m.group("same"):  # "the same day", "that morning"
        return _same_day(m, before, reference)
    if m.group("nu"):
        days = 7 if m.group("nu").lower() == "week" else 1
    else:
        days = _count(m) * (30 if unit.startswith("month") else 7 if unit.startswith("week")
                            else 1)
        if unit.startswith("month"):
            precision = "month"
    if _count_word(m) in _VAGUE_COUNTS and precision == "day":
        precision = "week"  # "a few days later": about then
    date = before[-1].date + dt.timedelta(days=min(days, 3650))
    if reference is not None and date > reference and _year_given(before[-1].text):
        return None  # (a day written without its year may yet move to an earlier one:
    return date, precision  # "began on March 5 [1991]. ... fell two days later")


# "a few days later": counted as about this many.
_VAGUE_COUNTS = {"a few": 3, "several": 3, "a couple of": 2}


def _count_word(m: re.Match[str]) -> str:
    """The count of 'three days later', 'a  few days later' as one lower-case phrase."""
    return " ".join(m.group("ln").lower().split()) if m.group("ln") else "several"


def _count(m: re.Match[str]) -> int:
    """How many units 'three months later' counts: negative for 'earlier'."""
    word = _count_word(m)
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else \
        NUMBER_WORDS.get(word) or _VAGUE_COUNTS[word]
    return n if m.group("ld").lower() == "later" else -n


def _months_after(day: dt.date, n: int) -> dt.date:
    """The first of the month ``n`` months after (before, if negative) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _first_days(m: re.Match[str], found: Sequence[DateExpression]
                ) -> tuple[dt.date, DatePrecision] | None:
    """'The alliance launched Operation 1027 on Oct. 27. On the first day (in the first days)
    it seized Chinshwehaw': the start last written in the paragraph; none when the phrase
    carries its own date ("in the first days of the war in April 2023", "on the first day of
    the fighting, Sept. 27")."""
    if _DATED_AFTER.match(m.string, m.end()):
        return None
    here = _in_paragraph(m, found, ("day", "week", "month")) or [
        d for d in found if d.precision == "day" and m.start() - d.end < 600][-1:]
    if not here:  # (or a day written just before, across a photo caption)
        return None
    start = here[-1]
    days = m.group("su").lower() == "days"
    return start.date, "week" if days and start.precision == "day" else start.precision


def _in_paragraph(m: re.Match[str], found: Sequence[DateExpression],
                  precisions: tuple[str, ...]) -> list[DateExpression]:
    """The dates of these precisions written before ``m`` in its paragraph (a blank line
    ends one)."""
    paragraph = m.string.rfind("\n\n", 0, m.start())
    return [d for d in found if d.start > paragraph and d.precision in precisions]


# "... of the war in April", "... of the fighting, Sept. 27", "... of the invasion, which
# began on Feb. 24": the phrase's own date follows
_DATED_AFTER = re.compile(r"\s+of\s+(?:the|their|its|his|her|this|that)\s+[\w'’-]+"
                          r"(?:\s+[\w'’-]+)?(?:\s+(?:in|on)\s+\w|\s*,\s+[A-Za-z]{3,9}\.?\s+\d|"
                          r"\s*,?\s+which\s+(?:began|started)\s+(?:in|on)\s)",
                          re.IGNORECASE)


def _same_day(m: re.Match[str], before: Sequence[DateExpression], reference: dt.date | None
              ) -> tuple[dt.date, DatePrecision]:
    """The day 'the same day' repeats: the last one written in its paragraph, else the last
    one of the story's own time (the year before the article), not of a history told between
    ("Shusha was occupied on 8 May 1992. ... On the same day the ministry reported")."""
    here = _in_paragraph(m, before, ("day", "week"))
    recent = [d for d in before if reference is not None
              and 0 <= (reference - d.date).days <= 366]
    chosen = (here or recent or before)[-1]
    return chosen.date, chosen.precision


_RELATIVE_YEAR = re.compile(r",?\s+(?:of\s+)?(last|this)\s+year\b", re.IGNORECASE)
# "last March", "this January": a month counted back from the article's date.
_RELATIVE_MONTH = re.compile(r"^(?:last|this)\s", re.IGNORECASE)
# "June 10 that year", "late July of that year": the year last written.
_YEAR_TAIL = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_YEAR = re.compile(rf"\b{YEAR}\b")
# A year written on its own ("a loss of 2001"), not a count ("2000 fighters").
_BARE_YEAR = re.compile(rf"\b{YEAR}\b(?!\s+[a-z])")
# "Two months later", "the next day": counted from a date written before, so its year.
_AFTER = re.compile(r"\b(?:later|next|following)\b", re.IGNORECASE)


def _year_given(phrase: str) -> bool:
    """Whether a date phrase fixes its own year: written ("June 2014"), relative to the
    article's ("last March", "of last year"), to one written before ("that year"), or counted
    from another date ("two days later")."""
    return any(p.search(phrase) for p in (_YEAR, _RELATIVE_YEAR, _YEAR_TAIL, _AFTER,
                                          _RELATIVE_MONTH))


def written_years(text: str) -> list[int]:
    """The years written in ``text`` ("fell to IS in June 2014" -> [2014])."""
    return [int(y) for y in _YEAR.findall(text)]


def _last_year_written(found: Sequence[DateExpression], text: str = "", pos: int = 0
                       ) -> int | None:
    """The year of the last phrase that wrote one ("in 2014", "June 10 that year"), or a year
    written bare after it in the same paragraph ("the first big loss of 2001: it fell in
    November that year")."""
    written = next((d for d in reversed(found)
                    if _YEAR.search(d.text) or _YEAR_TAIL.search(d.text)), None)
    paragraph = max((m.end() for m in _PARAGRAPH.finditer(text, 0, pos)), default=0)
    start = max(paragraph, written.end if written else 0)
    bare = list(_BARE_YEAR.finditer(text, start, pos))
    if bare:
        return int(bare[-1].group(0))
    return written.date.year if written else None


def find_date_expressions(text: str, reference: dt.date | None) -> list[DateExpression]:
    """Every date phrase in ``text`` resolved against the article date ``reference`` (phrases
    that need a reference are skipped without one; impossible dates are skipped)."""
    rules = load_date_rules()
    found: list[DateExpression] = []
    for m in rules.pattern.finditer(text):
        if found and m.start() < found[-1].end:
            continue
        try:
            resolved = (_later(m, found, reference) if m.group("later") or m.group("yearref")
                        else _day_of_month(m, found, reference) if m.group("ordinal")
                        else _resolve(m, rules, reference))
        except (ValueError, OverflowError, KeyError):
            resolved = None
        if resolved is None:
            continue
        date, precision = resolved
        end = m.end()
        tail = _RELATIVE_YEAR.match(text, end)
        if tail and reference and precision in ("day", "month") and not any(
                m.group(y) for y in ("y1", "y2", "y3", "y4", "y6")):
            year = reference.year - (1 if tail.group(1).lower() == "last" else 0)
            try:
                date, end = date.replace(year=year), tail.end()
            except ValueError:
                continue
        that = _YEAR_TAIL.match(text, end)
        if that and precision in ("day", "month") and not any(
                m.group(y) for y in ("y1", "y2", "y3", "y4", "y6")):
            written = _last_year_written(found, text, m.start())
            if written is not None:
                with suppress(ValueError):
                    date, end = date.replace(year=written), that.end()
        found.append(DateExpression(text[m.start():end], m.start(), end, date, precision))
    return _narrative_years(text, found, reference, rules)


# "held since 2014", "until March": a date that bounds a state, not one that dates a change.
BOUND = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)


def _narrative_years(text: str, found: list[DateExpression], reference: dt.date | None,
                     rules: DateRules) -> list[DateExpression]:
    """'On 8 May 1992 they took Shusha. Ten days later, on 18 May, they took Lachin': a day or
    month written without a year, in a paragraph that last wrote an earlier year, is in that
    year when a sequence word leads to it, when its sentence wrote the year before it ("on 23
    August 1993, Qubadli on 31 August"), or when the article's year would put it in the
    future and the year before leaves it months before the article (not "on December 28" in
    a January report)."""
    if reference is None:
        return found
    out: list[DateExpression] = []
    # the year last written: (year, where, date, whether a day came with it or was told in it:
    # "on 10 January 2013")
    last_year: tuple[int, int, dt.date, bool] | None = None
    breaks = [p.end() for p in _PARAGRAPH.finditer(text)]
    moved_from: tuple[dt.date, int] | None = None  # the last date moved, and by how many years
    for expression in found:
        index = bisect_right(breaks, expression.start)
        paragraph = breaks[index - 1] if index else 0
        if moved_from and _AFTER.search(expression.text) and not _YEAR.search(expression.text) \
                and 0 <= (expression.date - moved_from[0]).days <= 400:
            with suppress(ValueError):  # "in late October seized Mubi ... retook Mubi two
                expression = replace(  # weeks later": counted from the date as moved
                    expression, date=expression.date.replace(
                        year=expression.date.year + moved_from[1]))
        moved_from = None
        if _year_given(expression.text):
            # "held since early 2012" bounds a state; it is not the year the story goes on in
            if not BOUND.match(expression.text):
                last_year = (expression.date.year, expression.start, expression.date,
                             expression.precision == "day")
        elif (last_year and last_year[0] < reference.year
              and expression.precision in ("day", "month")
              and rules.months_pattern.search(expression.text)):
            sentence = max(text.rfind(". ", 0, expression.start), paragraph)
            rolled = expression.date.year < reference.year and \
                (reference - expression.date).days > 90
            # "Agdam fell on July 23, 1993. ... In April, Azerbaijan had lost Kalbajar": a
            # paragraph about a year long past, and no recent date meant
            historical = last_year[0] < reference.year - 1 and \
                (reference - expression.date).days > 90 and \
                not _THIS_YEAR.search(text, last_year[1], expression.start)
            previous = index >= 1 and last_year[1] >= _paragraph_before(breaks, index) \
                and not any(paragraph <= d.start < expression.start
                            and d.date.year != last_year[0] for d in out)
            # "... on the last day of February 1991.\n\nBy March 2, rebels had seized most of
            # Basra" in a piece marking the thirtieth anniversary: nothing written so far is
            # recent, so the story is told in that year
            told_past = all(d.date.year < reference.year - 1 for d in out)
            with suppress(ValueError):
                moved = expression.date.replace(year=last_year[0])
                gapped = last_year[1] >= sentence and moved >= last_year[2]
                word = rules.sequence.search(text, sentence, expression.start)
                # "on 13 November of last year ... Since then ... in January": what follows
                # in the story cannot move to before the date it follows
                sequel = word is not None and (
                    moved >= last_year[2] or word.group(0).lower() == "earlier")
                # "seized Konna on 10 January 2013 ... retook Konna on 17 January": a day told
                # weeks after a dated day of a year long past goes on in that year
                diary = last_year[3] and last_year[0] < reference.year - 1 and \
                    expression.precision == "day" and 0 <= (moved - last_year[2]).days <= 92
                if (last_year[1] >= paragraph and (
                        rolled or historical or gapped or sequel or diary)) or (
                        previous and rolled and moved >= last_year[2] - dt.timedelta(days=31)
                ) or (previous and told_past and 0 <= (moved - last_year[2]).days <= 45):
                    moved_from = (expression.date, moved.year - expression.date.year)
                    expression = replace(expression, date=moved)
                    last_year = (moved.year, expression.start, moved, True)  # the story goes on
        out.append(expression)
    return _year_headings(text, _years_ahead(text, out, reference, rules), reference, rules)


def _paragraph_before(breaks: list[int], index: int) -> int:
    """Where the paragraph before paragraph ``index`` starts, passing over the short lines
    between them ("Advertisement", a photo caption)."""
    def start(i: int) -> int:
        return breaks[i - 1] if i >= 1 else 0

    i = index - 1
    while i >= 1 and breaks[i] - start(i) < _SHORT_LINE:
        i -= 1
    return start(i)


_SHORT_LINE = 120


# A year alone on its line heads a chronology's section ("2014\nApril 12 - ...").
_YEAR_HEADING = re.compile(rf"^[ \t]*(?P<y>{YEAR})[ \t]*:?[ \t]*$", re.MULTILINE)


def _year_headings(text: str, found: list[DateExpression], reference: dt.date,
                   rules: DateRules) -> list[DateExpression]:
    """'2014 / April 12 - Armed separatists storm Sloviansk': in a chronology, a day or month
    written without a year is in the year of the heading above it (until the next heading),
    and a relative phrase in an entry ('overnight') is the entry's own day."""
    headings = [(m.start(), int(m.group("y"))) for m in _YEAR_HEADING.finditer(text)]
    if not headings:
        return found
    starts = [h for h, _ in headings]
    out: list[DateExpression] = []
    entry: DateExpression | None = None  # the date that opens the current line
    for expression in found:
        index = bisect_right(starts, expression.start) - 1
        year = headings[index][1] if index >= 0 else None
        line = text.rfind("\n", 0, expression.start) + 1
        named = rules.months_pattern.search(expression.text) is not None
        if year is not None and year < reference.year and \
                expression.precision in ("day", "week", "month") and named and \
                not _year_given(expression.text) and \
                expression.date.year >= reference.year - 1:
            with suppress(ValueError):
                expression = replace(expression, date=expression.date.replace(year=year))
        elif year is not None and not named and not _YEAR.search(expression.text) and \
                entry is not None and entry.start >= line:
            # "July 5 - Girkin's fighters abandon Sloviansk overnight": the entry's own day
            expression = replace(expression, date=entry.date, precision=entry.precision)
        if expression.start == line and named:
            entry = expression
        out.append(expression)
    return out


# What may stand between "in October" and ", on November 8, 2020," for the year to carry back:
# no clause of its own ("which", "since") and no sentence end.
_CLAUSE_BREAK = re.compile(r"[.;!?]|\b(?:which|that|who|whom|since|after|before|when|until|than|"
                           r"while|because|although)\b", re.IGNORECASE)


def _years_ahead(text: str, found: list[DateExpression], reference: dt.date,
                 rules: DateRules) -> list[DateExpression]:
    """'Its army recaptured Jabrayil and Fuzuli in October and, on November 8, 2020, took
    Shusha': a month written without a year, followed in the same clause chain by an earlier
    year's date later in that year, is in that year."""
    out = list(found)
    for i, (expression, following) in enumerate(zip(found, found[1:], strict=False)):
        if expression.precision not in ("day", "month") or not rules.months_pattern.search(
                expression.text) or _year_given(expression.text):
            continue
        year = _YEAR.search(following.text)
        if year is None or following.date.year >= reference.year or \
                following.precision not in ("day", "month") or \
                _CLAUSE_BREAK.search(text, expression.end, following.start) or \
                following.start - expression.end > 80:
            continue
        with suppress(ValueError):
            moved = expression.date.replace(year=following.date.year)
            if moved <= following.date:
                out[i] = replace(expression, date=moved)
    return out
