"""An office a state sets up at home is its own, whatever it is named after: "Ruritania has set up a
national WTO unit in its trade ministry", "the ministry created an EU desk" are domestic
administration, not an act toward the WTO or the EU. The body named in the unit's name is its
subject matter, not a party; a unit founded with a partner ("a joint commission with Freedonia",
"A and B set up a joint office") keeps its partner, who is named elsewhere in the clause.

The class removes the targets named in the founded unit's name, its modifiers ("a national **WTO**
unit", "an **ASEAN** core group"); a phrase or clause after it ("a desk **with** Freedonia", "a team
to audit **Chinese** firms") still names parties. With no target left, there is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import direct_objects, lemma
from realpolitik.model import Actor

FOUNDING_VERBS = frozenset({"establish", "set", "create", "form", "found", "launch", "open", "build", "institute"})
UNIT_NOUNS = frozenset({
    "unit", "office", "desk", "group", "committee", "department", "secretariat", "cell", "bureau", "division",
    "team", "section", "directorate", "centre", "center", "council",
})  # fmt: skip
JOINT_WORDS = frozenset({"joint", "bilateral", "common"})


def _object_chain(trigger: Token) -> list[Token]:
    """The founded objects and the nouns coordinated or set in apposition to them (the parser often
    makes a name the object and the unit its apposition: "a national Customs Union (CU) office")."""
    chain = list(direct_objects(trigger))
    for tok in chain:
        chain += [c for c in tok.children if c.dep_ in ("conj", "appos") and c not in chain]
    return chain


NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def home_unit_targets(trigger: Token, targets: list[Actor], actors: ActorIndex) -> list[Actor]:
    """``targets`` less those named only in the name of a unit ``trigger`` founds."""
    if lemma(trigger) not in FOUNDING_VERBS or not targets:
        return targets
    chain = _object_chain(trigger)
    if not any(lemma(o) in UNIT_NOUNS for o in chain):
        return targets
    if any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS for o in chain for c in o.children):
        return targets  # "a joint committee": founded together
    inside: set[int] = set()
    for obj in chain:
        inside.add(obj.i)
        inside |= {t.i for c in obj.children if c.dep_ in NAME_DEPS for t in c.subtree}
    kept = []
    for t in targets:
        span = actors.span_holding(t)
        if span is None or span.root.i not in inside:
            kept.append(t)
    return kept
