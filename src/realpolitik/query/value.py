"""The one filter value behind every listing and analysis, whichever face asks (CLI, HTTP, Python).

A ``Query`` is built from CLI flags, HTTP query parameters or keyword arguments through the same
``Query.build``; it parses dates with ``parse_date`` and actor codes with ``parse_code`` so that
"TUR", "2017-10" or "asserted,reported" mean the same thing everywhere. Its ``sql`` method is the one
translation of a filter into a WHERE fragment on the ``events`` table.

The actor-match rule (``actor_sql``): an event side matches code X when its CAMEO code starts with X
(``TUR`` matches ``TURGOV``) or its country column is X (a person resolved to Turkey matches ``TUR``
even if their code is an IGO or party code).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from realpolitik.errors import InputError
from realpolitik.model import MODALITIES

MAX_LIMIT = 1000
_CODE = re.compile(r"^[A-Z0-9]{3,15}$")
_EVENT_CODE = re.compile(r"^[0-9]{1,4}$")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class QueryError(InputError):
    """A filter value that cannot be used; ``field`` names it (``since``, ``actor``, ``limit``…)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


SQL_LIMIT_MAX = 2**63 - 2  # DuckDB's LIMIT is a signed 64-bit integer, and listings fetch one row more

def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the first day of that month or year) → date.

    The one date parser for filters (``since``, ``until``, ``as_of``, a lookup ``date``); ingest's
    publication dates are a different job (free-form dates in input files) and live in ``dates.py``.
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = _DAY.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError as exc:
            raise QueryError(field, f"{text!r} is not a valid date ({exc})") from None
    raise QueryError(field, f"{text!r}: expected YYYY-MM-DD (or YYYY-MM, YYYY)")


def parse_code(value: str, field: str = "actor") -> str:
    """Normalise an actor code typed by a person; reject anything that is not a CAMEO-style code."""
    clean = str(value).strip().upper()
    if not clean:
        raise QueryError(field, "an empty actor code matches every event; give a code such as TUR or TURGOV")
    if not _CODE.match(clean):
        raise QueryError(field, f"{value!r}: expected a CAMEO actor code, letters/digits such as TUR or TURGOV")
    return clean


def parse_modalities(value: str | Iterable[str] | None, field: str = "modality") -> tuple[str, ...] | None:
    """``None`` → asserted only; ``"all"`` → every modality (None); ``"a,b"`` or a list → those, sorted."""
    if value is None:
        return ("asserted",)
    raw = value.split(",") if isinstance(value, str) else [p for v in value for p in str(v).split(",")]
    items = sorted({v.strip().lower() for v in raw if v.strip()})
    if items == ["all"]:
        return None
    unknown = [m for m in items if m not in MODALITIES]
    if unknown or not items:
        raise QueryError(field, f"{value!r}: use 'all' or any of {', '.join(MODALITIES)}")
    return tuple(items)


def modality_label(modalities: tuple[str, ...] | None) -> str:
    return "all modalities" if modalities is None else "modality: " + ", ".join(modalities)


def actor_sql(side: str, alias: str = "e") -> str:
    """SQL testing one event side (``source``/``target``) against one ``?`` code; bind the code twice."""
    return f"(starts_with({alias}.{side}_code, ?) OR {alias}.{side}_country = ?)"


def encode_cursor(event_date: date | None, event_id: str) -> str:
    """An opaque position in the listing order (event date, nulls last; then event id)."""
    raw = json.dumps([event_date.isoformat() if event_date else None, event_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[date | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        if not isinstance(event_id, str) or not (day is None or isinstance(day, str)):
            raise ValueError("wrong types")
        return (date.fromisoformat(day) if day else None), event_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise QueryError("cursor", f"{cursor!r} is not a cursor returned by a previous page") from None


@dataclass(frozen=True)
class Query:
    """Which events a listing or an analysis looks at.

    ``since``/``until``: inclusive dates. ``modalities``: the modalities counted (None: all; default
    asserted only, because hypothetical, intended or negated statements are not things that
    happened). ``actors``: events whose source or target matches any code. ``dyad``: (A, B) in either
    direction unless ``directed``. ``code``: CAMEO event-code prefix. ``quad``: QuadClass 1–4.
    ``limit``/``cursor``: paging of listings (analyses ignore them).
    """

    since: date | None = None
    until: date | None = None
    modalities: tuple[str, ...] | None = ("asserted",)
    actors: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None
    directed: bool = False
    code: str | None = None
    quad: int | None = None
    min_confidence: float | None = None
    limit: int | None = None
    cursor: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "since", parse_date(self.since, "since"))
        set_(self, "until", parse_date(self.until, "until"))
        if self.modalities is not None:
            set_(self, "modalities", parse_modalities(self.modalities))
        set_(self, "actors", tuple(parse_code(a, "actor") for a in self.actors))
        if self.dyad is not None:
            if len(self.dyad) != 2:
                raise QueryError("dyad", f"expected two actor codes, got {len(self.dyad)}")
            set_(self, "dyad", (parse_code(self.dyad[0], "dyad"), parse_code(self.dyad[1], "dyad")))
        if self.code is not None:
            code = str(self.code).strip()
            if not _EVENT_CODE.match(code):
                raise QueryError("code", f"{self.code!r}: expected a CAMEO event code prefix such as 04 or 163")
            set_(self, "code", code)
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise QueryError("quad", f"QuadClass must be 1-4, got {self.quad}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise QueryError("min_confidence", f"must be between 0 and 1, got {self.min_confidence}")
        if self.limit is not None and not 0 <= self.limit <= SQL_LIMIT_MAX:
            raise QueryError("limit", f"must be between 0 and {SQL_LIMIT_MAX:,}, got {self.limit}")
        if self.since and self.until and self.since > self.until:
            raise QueryError("since", f"{self.since} is after until {self.until}")
        if self.cursor is not None:
            decode_cursor(self.cursor)

    @classmethod
    def build(cls, **params: Any) -> Query:
        """A Query from loosely typed values (strings from a command line or a URL, or Python values).

        ``actor``/``actors`` take a code or a list; ``modality`` a name, a comma list or "all";
        ``dyad`` two codes (a pair, or "A,B"); numbers may be strings. Unknown names are an error.
        """
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in params.items():
            if value is None:
                continue
            name = {"actor": "actors", "modality": "modalities"}.get(key, key)
            if name not in known:
                raise QueryError(key, "unknown filter")
            values[name] = _coerce(name, value)
        return cls(**values)

    @classmethod
    def from_params(cls, params: Mapping[str, Any], allowed: Sequence[str] | None = None) -> Query:
        """From an HTTP query string (multi-valued ``actor``); ``allowed`` limits which names apply."""
        getall = getattr(params, "getlist", None)
        values: dict[str, Any] = {}
        for key in params:
            if allowed is not None and key not in allowed:
                continue
            values[key] = getall(key) if getall and key == "actor" else params[key]
        return cls.build(**values)

    def with_(self, **changes: Any) -> Query:
        return replace(self, **changes)

    @property
    def label(self) -> str:
        return modality_label(self.modalities)

    def sql(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A WHERE fragment on ``events`` (always valid, ``TRUE`` when empty) and its parameters."""
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.actors:
            either = f"({actor_sql('source', alias)} OR {actor_sql('target', alias)})"
            parts.append("(" + " OR ".join(either for _ in self.actors) + ")")
            for a in self.actors:
                params += [a, a, a, a]
        if self.dyad:
            a, b = self.dyad
            forward = f"({actor_sql('source', alias)} AND {actor_sql('target', alias)})"
            if self.directed:
                parts.append(forward)
                params += [a, a, b, b]
            else:
                parts.append(f"({forward} OR {forward})")
                params += [a, a, b, b, b, b, a, a]
        if self.code:
            parts.append(f"starts_with({alias}.event_code, ?)")
            params.append(self.code)
        if self.quad is not None:
            parts.append(f"{alias}.quad_class = ?")
            params.append(self.quad)
        if self.since is not None:
            parts.append(f"{alias}.event_date >= ?")
            params.append(self.since)
        if self.until is not None:
            parts.append(f"{alias}.event_date <= ?")
            params.append(self.until)
        if self.modalities is not None:
            parts.append(f"{alias}.modality IN ({', '.join('?' for _ in self.modalities)})")
            params.extend(self.modalities)
        if self.min_confidence is not None:
            parts.append(f"{alias}.confidence >= ?")
            params.append(self.min_confidence)
        return " AND ".join(parts), params


# The words a boolean flag takes in a URL or on a command line (the ones FastAPI/pydantic accept).
_TRUE = frozenset({"true", "1", "yes", "y", "on", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "off", "f"})


def _coerce(name: str, value: Any) -> Any:
    try:
        if name == "actors":
            items = [value] if isinstance(value, str) else list(value)
            codes = tuple(p for v in items for p in str(v).split(",") if p.strip())
            if items and not codes:
                raise QueryError("actor", "an empty actor code would match every event; give a code such as TUR")
            return codes
        if name == "dyad":
            pair = value.split(",") if isinstance(value, str) else list(value)
            if len(pair) != 2:
                raise QueryError("dyad", f"{value!r}: expected two actor codes")
            return (pair[0], pair[1])
        if name == "modalities":
            return parse_modalities(value, "modality")
        if name in ("quad", "limit"):
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if name == "min_confidence":
            return float(value)
        if name == "directed":
            if isinstance(value, str):
                word = value.strip().lower()
                if word not in _TRUE and word not in _FALSE:
                    raise ValueError(value)
                return word in _TRUE
            return bool(value)
    except (TypeError, ValueError):
        raise QueryError(name, f"{value!r} has the wrong type") from None
    return value
