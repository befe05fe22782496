"""Which mentions name a whole state, as against a place inside it.

``countries.jsonl`` gives each state one list of names: its own names and demonyms first, then its
capital, then the cities, provinces and landmarks Phoenix files under it. All of them resolve to the
bare state code, so "Sichuan" and "China" both read as CHN. Some coding conventions need to tell them
apart: an act on a province or a city of one's own state is coded ("a curfew on the capital", praise
for a province's work), while the bare state on one side of a domestic dyad ("the president praised
Kenyans", "the US opposed the plan") names no body that could take part in it.
"""

from __future__ import annotations

import json
from functools import cache

from realpolitik.actors.loader import data_dir
from realpolitik.model import Actor

# names kept when a state's list does not name its capital (so that we cannot tell where its own
# names end): the first few are its names and demonyms
LEADING_NAMES = 4


def _own_names(entry: dict[str, object]) -> list[str]:
    listed = entry.get("names")
    names = [n for n in listed if isinstance(n, str)] if isinstance(listed, list) else []
    capital = entry.get("capital")
    if isinstance(capital, str) and capital in names:
        return names[: names.index(capital)]
    return names[:LEADING_NAMES]


@cache
def whole_state_names() -> dict[str, frozenset[str]]:
    """State code → lower-cased names that mean the state itself (names, demonyms and their plurals)."""
    out: dict[str, frozenset[str]] = {}
    path = data_dir() / "countries.jsonl"
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, str):
            continue
        own = {n.lower() for n in _own_names(entry)}
        out[code] = frozenset(own | {n + "s" for n in own if not n.endswith("s")})
    return out


def names_whole_state(actor: Actor) -> bool:
    """Does this bare-state mention name the state itself ("Chile", "all Kenyans", "the US"), not a
    city, province or landmark inside it?"""
    text = actor.text.lower().strip().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019 ")
    names = whole_state_names().get(actor.code[:3], frozenset())
    return text in names or any(text.endswith(" " + n) for n in names)
