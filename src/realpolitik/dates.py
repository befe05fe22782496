"""Dates: publication dates from inputs, and event dates stated in sentences.

Event dates are normalised against the publication date: "on October 6" in an article published
2017-10-09 is 2017-10-06; "in October 2016" is 2016-10 with month precision.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from realpolitik.errors import InputError

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def parse_published(value: str | date | datetime | None) -> date | None:
    """Parse a publication date given by a user or an input file; raise InputError if unreadable."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text) or _COMPACT.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise InputError(f"invalid date {text!r}: {exc}") from exc
    try:
        from dateutil import parser as du

        return du.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError, ImportError) as exc:
        raise InputError(f"unknown date {text!r} (expected YYYY-MM-DD)") from exc
