"""Shared SQL building blocks: filters (dates, modality) and actor matching on the ``events`` table.

Every analysis builds its SQL from these, so "TUR" means the same thing everywhere: an actor whose
CAMEO code starts with TUR (TUR, TURGOV, TURMIL...) or whose country column is TUR. Only asserted
events count unless the caller asks for other modalities: hypothetical, intended or negated
statements are not things that happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from realpolitik.errors import InputError
from realpolitik.model import MODALITIES

_CODE = re.compile(r"^[A-Z0-9]{3,15}$")


def check_code(code: str) -> str:
    """Normalise an actor code typed by a person; reject anything that is not a CAMEO-style code."""
    clean = code.strip().upper()
    if not _CODE.match(clean):
        raise InputError(f"actor code {code!r}: expected letters/digits such as TUR or TURGOV")
    return clean


def parse_modalities(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``None``/"asserted" → asserted only; "all" → no filter (None); "a,b" → those modalities."""
    if value is None:
        return ("asserted",)
    items = [v.strip().lower() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    if items == ["all"]:
        return None
    unknown = [m for m in items if m not in MODALITIES]
    if unknown or not items:
        raise InputError(f"modality {value!r}: use 'all' or any of {', '.join(MODALITIES)}")
    return tuple(items)


def modality_label(modalities: tuple[str, ...] | None) -> str:
    return "all modalities" if modalities is None else "modality: " + ", ".join(modalities)


@dataclass(frozen=True)
class Filters:
    """Which events an analysis looks at."""

    since: date | None = None
    until: date | None = None
    modalities: tuple[str, ...] | None = ("asserted",)

    def sql(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A WHERE fragment (always valid, ``TRUE`` when empty) and its parameters."""
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.since is not None:
            parts.append(f"{alias}.event_date >= ?")
            params.append(self.since)
        if self.until is not None:
            parts.append(f"{alias}.event_date <= ?")
            params.append(self.until)
        if self.modalities is not None:
            parts.append(f"{alias}.modality IN ({', '.join('?' for _ in self.modalities)})")
            params.extend(self.modalities)
        return " AND ".join(parts), params

    @property
    def label(self) -> str:
        return modality_label(self.modalities)


def actor_match(side: str, alias: str = "e") -> str:
    """SQL testing one side (``source``/``target``) against a ``?`` code parameter, by prefix."""
    return f"(starts_with({alias}.{side}_code, ?) OR {alias}.{side}_country = ?)"


def country_expr(side: str, alias: str = "e") -> str:
    """The country code of one event side: the stored country, else the code's first three letters.

    This is cheap on purpose (it runs on every row); it may yield non-states such as IGO or GOV, so
    queries aggregate first and then keep only known states with ``known_states()``.
    """
    return f"coalesce(nullif({alias}.{side}_country, ''), left({alias}.{side}_code, 3))"


def known_states() -> str:
    """SQL list literal of every CAMEO state code in the reference tables (for ``x IN (...)``)."""
    from realpolitik.analysis.structural import countries

    return ", ".join(f"'{c}'" for c in sorted(countries()))


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run a query and return rows as dicts (results are aggregates, never whole tables)."""
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def parse_day(value: str | date | None, what: str = "date") -> date | None:
    """``YYYY-MM-DD`` (or YYYY-MM / YYYY, taking the first day) → date; None stays None."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    for fmt_len, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(text) == fmt_len:
            try:
                return date.fromisoformat(text + suffix)
            except ValueError:
                break
    raise InputError(f"{what} {value!r}: expected YYYY-MM-DD")
