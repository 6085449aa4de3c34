"""Every error mapper raises on purpose; the CLI turns each into a one-line message and exit 2."""

from __future__ import annotations


class MapperError(Exception):
    """Base class: a problem the user can act on (bad input, missing data), never a bug."""


class InputError(MapperError):
    """Raised when an article file or record cannot be read or is malformed."""


class DateFormatError(MapperError):
    """Raised when a date given by the user (``--date``, front matter) is not YYYY-MM-DD."""


class GazetteerError(MapperError):
    """Raised when the gazetteer index is missing, unreadable or an import file is malformed."""


class RulesError(MapperError):
    """Raised when a rules or vocabulary file (TOML/CSV) is missing or malformed."""


class ModelError(MapperError):
    """Raised when the spaCy pipeline is not installed or cannot be loaded."""


class OutputError(MapperError):
    """Raised when an output file or directory cannot be written."""
