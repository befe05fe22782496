"""An office a state sets up at home is its own, whatever it is named after: "Ruritania has set up a
national WTO unit in its trade ministry", "the ministry created an EU desk" are domestic
administration, not an act toward the WTO or the EU. The body named in the unit's name is its
subject matter, not a party; a unit founded with a partner ("a joint commission with Freedonia",
"A and B set up a joint office") keeps its partner, who is named elsewhere in the clause.

The class removes the targets named only as modifiers of the founded unit's noun ("a national
**WTO** unit", "an **ASEAN** core group"); with none left, there is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import direct_objects, lemma
from realpolitik.model import Actor

FOUNDING_VERBS = frozenset({"establish", "set", "create", "form", "found", "launch", "open", "build", "institute"})
UNIT_NOUNS = frozenset({
    "unit", "office", "desk", "group", "committee", "department", "secretariat", "cell", "bureau", "division",
    "team", "section", "taskforce", "force", "directorate", "centre", "center", "council",
})  # fmt: skip
NAME_DEPS = ("compound", "amod", "nmod", "poss")


def _units(trigger: Token) -> list[Token]:
    units = [o for o in direct_objects(trigger) if lemma(o) in UNIT_NOUNS]
    units += [c for u in units for c in u.children if c.dep_ == "conj" and lemma(c) in UNIT_NOUNS]
    return units


def home_unit_targets(trigger: Token, targets: list[Actor], actors: ActorIndex) -> list[Actor]:
    """``targets`` less those named only in the name of a unit ``trigger`` founds."""
    if lemma(trigger) not in FOUNDING_VERBS or not targets:
        return targets
    units = _units(trigger)
    if not units:
        return targets
    if any(c.dep_ == "amod" and c.lower_ in ("joint", "bilateral", "common") for u in units for c in u.children):
        return targets  # "a joint committee": founded together
    named = {(a.code, a.text) for u in units for a in actors.modifiers(u, NAME_DEPS)}
    return [t for t in targets if (t.code, t.text) not in named]
