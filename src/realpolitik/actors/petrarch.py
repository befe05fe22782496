"""Read PETRARCH/TABARI ``.actors`` dictionaries (the Phoenix format) into our entries.

The format, as used by the files people migrating from PETRARCH bring along::

    RECEP_TAYYIP_ERDOGAN_  # comment
    +ERDOGAN_
        [TURGOV 021118-030314]
        [TURGOV >030314]
    ANKARA_ [TUR]

A name line starts an entry (``_`` joins words, a trailing ``_`` means whole word), ``+`` lines add
synonyms, and bracketed code lines give the code, optionally restricted by date: ``>D`` from D,
``<D`` until D (exclusive), ``D1-D2``. Dates are YYMMDD (00–30 → 20YY) or YYYYMMDD. As in PETRARCH
the first code line whose restriction matches wins, so an undated line is the fallback.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.actors.entries import LoadReport, Problem, entry_from_dict, slug

_CODE_LINE = re.compile(r"^\[([^\]\s]+)(?:\s+([^\]]*))?\]\s*$")
_INLINE_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


def parse_petrarch_date(text: str) -> date:
    """YYMMDD or YYYYMMDD, as PETRARCH reads them; ValueError otherwise."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r} (want YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_restriction(text: str | None) -> tuple[date | None, date | None]:
    """``>D`` / ``<D`` / ``D1-D2`` → (start, end exclusive)."""
    if not text or not text.strip():
        return None, None
    text = text.strip()
    if text.startswith(">"):
        return parse_petrarch_date(text[1:].strip()), None
    if text.startswith("<"):
        return None, parse_petrarch_date(text[1:].strip())
    if "-" in text:
        a, b = text.split("-", 1)
        return parse_petrarch_date(a.strip()), parse_petrarch_date(b.strip())
    raise ValueError(f"bad date restriction {text!r} (want >D, <D or D1-D2)")


def _name(raw: str) -> str:
    return " ".join(raw.strip().rstrip("_").replace("_", " ").split())


def parse_petrarch(text: str, label: str) -> tuple[list[tuple[dict[str, Any], str]], list[Problem]]:
    """Return (our JSON-like entry objects with their ``file:line``, problems)."""
    entries: list[tuple[dict[str, Any], str]] = []
    problems: list[Problem] = []
    current: dict[str, Any] | None = None
    where = label
    bad = False

    def close() -> None:
        nonlocal current, bad
        if current is not None and not bad:
            if not current["_codes"]:
                problems.append(Problem(where, f"entry {current['names'][0]!r} has no [CODE] line"))
            else:
                obj, note = _to_obj(current)
                if note:
                    problems.append(Problem(where, note))
                entries.append((obj, where))
        current, bad = None, False

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        here = f"{label}:{lineno}"
        if stripped.startswith("["):
            m = _CODE_LINE.match(stripped)
            if current is None:
                problems.append(Problem(here, "code line with no entry above it"))
                continue
            if m is None:
                problems.append(Problem(here, f"malformed code line {stripped!r}"))
                bad = True
                continue
            try:
                start, end = parse_restriction(m.group(2))
            except ValueError as exc:
                problems.append(Problem(here, str(exc)))
                bad = True
                continue
            current["_codes"].append((m.group(1), start, end))
            continue
        if stripped.startswith("+"):
            if current is None:
                problems.append(Problem(here, "synonym line with no entry above it"))
                continue
            name = _name(_INLINE_CODE.sub("", stripped[1:]))
            if name:
                current["names"].append(name)
            continue
        if stripped.startswith(("<", "{", "=", "!")):
            problems.append(Problem(here, f"unrecognised line {stripped!r}"))
            continue
        close()
        where = here
        m = _INLINE_CODE.search(stripped)
        name = _name(_INLINE_CODE.sub("", stripped))
        if not name:
            problems.append(Problem(here, "entry line without a name"))
            continue
        current = {"names": [name], "_codes": []}
        if m:
            try:
                start, end = parse_restriction(m.group(2))
                current["_codes"].append((m.group(1), start, end))
            except ValueError as exc:
                problems.append(Problem(here, str(exc)))
                bad = True
    close()
    return entries, problems


def _trim(start: date, end: date, taken: list[tuple[date, date]]) -> tuple[date, date]:
    for s, e in taken:
        if start < e and s < end:
            if s <= start:
                start = e
            else:
                end = s
    return start, end


def _to_obj(cur: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """First matching code line wins: dated lines before the first undated one become roles.

    Overlapping periods are legal in PETRARCH (the earlier line wins), so they are trimmed to
    what PETRARCH would do and reported as a note rather than rejected.
    """
    roles = []
    fallback = None
    taken: list[tuple[date, date]] = []
    note = None
    for code, start, end in cur["_codes"]:
        if start is None and end is None:
            fallback = code
            break
        s, e = _trim(start or date.min, end or date.max, taken)
        if (s, e) != (start or date.min, end or date.max):
            note = f"overlapping role periods for {cur['names'][0]!r}: later line trimmed (first line wins)"
        if s >= e:
            continue
        taken.append((s, e))
        role: dict[str, Any] = {"code": code}
        if s != date.min:
            role["from"] = s.isoformat()
        if e != date.max:
            role["until"] = e.isoformat()
        roles.append(role)
    names = list(dict.fromkeys(n.title() if n.isupper() and len(n) > 4 else n for n in cur["names"]))
    obj: dict[str, Any] = {"names": names, "name": names[0]}
    if roles:
        obj["roles"] = roles
        obj["kind"] = "person"
        obj["id"] = f"person:{slug(names[0])}"
    else:
        obj["kind"] = "org"
        obj["id"] = f"user:{slug(names[0])}"
    if fallback:
        obj["code"] = fallback
    return obj, note


def read_petrarch(path: Path, layer: int, report: LoadReport, roots: frozenset[str] | None) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.problems.append(Problem(str(path), f"cannot read: {exc}"))
        return
    objs, problems = parse_petrarch(text, str(path))
    report.problems.extend(problems)
    for obj, where in objs:
        entry = entry_from_dict(obj, where, layer, roots, report.problems)
        if entry is not None:
            report.entries.append(entry)
