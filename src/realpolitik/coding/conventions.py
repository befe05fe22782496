"""Coding conventions where event datasets disagree, as one named setting (``--conventions``).

The coder decides an event's status (asserted, intended, negated ...) clause by clause; what a
status then *means* for the code is a convention, and the two gold standards we score follow
different ones:

- ``analyst`` (default; the te3dev guidelines, docs/evaluation.md): a scheduled or planned meeting,
  summit or round of talks is the intent to meet (036), asserted, between every pair of parties;
  planned or promised cooperation is its 03x intent code, asserted.
- ``petrarch`` (the PETRARCH-derived dev gold): a scheduled meeting keeps its own code (a summit
  is 044, talks 043 ...) with modality ``intended``.

Everything else (visits 042/043, vowed coercion 13x, negated cooperation 12x, symmetric acts both
ways) is shared by both conventions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conventions:
    name: str
    future_meeting_as_intent: bool  # "will meet / talks are scheduled" -> 036 asserted


CONVENTIONS: dict[str, Conventions] = {
    "analyst": Conventions("analyst", future_meeting_as_intent=True),
    "petrarch": Conventions("petrarch", future_meeting_as_intent=False),
}
DEFAULT = "analyst"


def conventions_named(name: str | None) -> Conventions:
    """The named conventions (``None``: the default); an unknown name is a ``ValueError``."""
    key = name or DEFAULT
    if key not in CONVENTIONS:
        raise ValueError(f"unknown conventions {key!r}: expected one of {', '.join(CONVENTIONS)}")
    return CONVENTIONS[key]


# CAMEO meeting codes a planned meeting is read from: consult (04x) minus the visit/host pair,
# which te3dev codes as visits even when announced, and the telephone call, which is not planned.
PLANNED_MEETING_CODES = frozenset({"040", "042", "043", "044", "046"})


def planned_meeting_code(code: str, modality: str, conv: Conventions) -> tuple[str, str] | None:
    """A future meeting under ``analyst`` conventions: (036, asserted); else None (keep the code)."""
    if conv.future_meeting_as_intent and modality == "intended" and code[:3] in PLANNED_MEETING_CODES:
        return "036", "asserted"
    return None
