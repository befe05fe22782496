"""Reading gold records (the JSONL format of shared/data/gold) and checking each line.

A malformed line is reported as an ``InputError`` naming file and line, and the rest of the file is
still loaded: one bad record should not hide the score of the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.errors import InputError


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence with the events a coder should find in it."""

    id: str
    text: str
    published: date | None
    events: list[dict[str, Any]]
    expect_no_event: bool
    scheme: str  # "cameo" | "plover"
    origin: str  # file:line
    split: str = ""  # "tune" | "check" where the gold file says (te3dev); "" otherwise

    @property
    def part(self) -> str:
        return self.id.split(":", 1)[0] if ":" in self.id else ""


@dataclass
class GoldSet:
    records: list[GoldRecord] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def _event_scheme(ev: Any, where: str, i: int) -> str:
    if not isinstance(ev, dict):
        raise InputError(f"{where}: events[{i}] is not an object")
    for side in ("source", "target"):
        if not isinstance(ev.get(side, ""), str):
            raise InputError(f"{where}: events[{i}].{side} must be a string")
    has_code = isinstance(ev.get("code"), str)
    has_plover = isinstance(ev.get("plover_event"), str) and ev["plover_event"].strip() != ""
    if has_code == has_plover:
        raise InputError(f"{where}: events[{i}] needs exactly one of 'code' or 'plover_event'")
    return "plover" if has_plover else "cameo"


def parse_record(obj: Any, where: str) -> tuple[GoldRecord, str | None]:
    """Validate one decoded line; returns the record and the scheme its events show (None if none)."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a gold record must be a JSON object")
    rid = obj.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise InputError(f"{where}: missing or empty 'id'")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: record {rid}: 'text' must be a string")
    events = obj.get("events", [])
    if not isinstance(events, list):
        raise InputError(f"{where}: record {rid}: 'events' must be a list")
    schemes = {_event_scheme(ev, f"{where}: record {rid}", i) for i, ev in enumerate(events)}
    if len(schemes) > 1:
        raise InputError(f"{where}: record {rid}: mixes CAMEO 'code' and PLOVER 'plover_event' events")
    expect_no_event = obj.get("expect_no_event", not events)
    if not isinstance(expect_no_event, bool):
        raise InputError(f"{where}: record {rid}: 'expect_no_event' must be true or false")
    if expect_no_event and events:
        raise InputError(f"{where}: record {rid}: expects no event but lists {len(events)}")
    raw_date = obj.get("date")
    published: date | None = None
    if raw_date is not None:
        try:
            published = date.fromisoformat(str(raw_date))
        except ValueError as exc:
            raise InputError(f"{where}: record {rid}: bad date {raw_date!r} (expected YYYY-MM-DD)") from exc
    split = obj.get("split", "")
    if not isinstance(split, str):
        raise InputError(f"{where}: record {rid}: 'split' must be a string")
    scheme = schemes.pop() if schemes else None
    record = GoldRecord(
        id=rid,
        text=text,
        published=published,
        events=[dict(ev) for ev in events],
        expect_no_event=expect_no_event,
        scheme=scheme or "cameo",
        origin=where,
        split=split,
    )
    return record, scheme


def parse_lines(lines: Iterable[str], name: str) -> GoldSet:
    """Parse gold JSONL lines. No-event records take the scheme of the file's other records."""
    out = GoldSet()
    file_schemes: set[str] = set()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.errors.append(InputError(f"{where}: invalid JSON: {exc.msg}"))
            continue
        try:
            record, scheme = parse_record(obj, where)
        except InputError as exc:
            out.errors.append(exc)
            continue
        if scheme:
            file_schemes.add(scheme)
        out.records.append(record)
    if file_schemes == {"plover"}:
        out.records = [r if r.events else replace(r, scheme="plover") for r in out.records]
    return out


def load_gold(paths: Iterable[str | Path]) -> GoldSet:
    """Load gold records from JSONL files; unreadable files and bad lines become errors."""
    total = GoldSet()
    for p in paths:
        path = Path(p)
        try:
            with path.open(encoding="utf-8") as fh:
                got = parse_lines(fh, str(path))
        except (OSError, UnicodeDecodeError) as exc:
            total.errors.append(InputError(f"{path}: cannot read gold file: {exc}"))
            continue
        total.records.extend(got.records)
        total.errors.extend(got.errors)
    return total


def select(
    records: list[GoldRecord], part: str | None = None, limit: int | None = None, split: str | None = None
) -> list[GoldRecord]:
    """Records of one part (id prefix) and one split (te3dev's ``tune``/``check``), at most `limit`
    of them, in file order."""
    chosen = [r for r in records if (part is None or r.id.startswith(part)) and (split is None or r.split == split)]
    return chosen[:limit] if limit is not None else chosen
