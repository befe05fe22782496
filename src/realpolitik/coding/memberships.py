"""Joining an organisation is membership, not a meeting.

CAMEO.2.0 gives the bare verb *join* the meeting code (040: "joined the talks", "joined them for
a meeting"), and a joint act of co-subjects. But a state that joins, or bids to join, an alliance,
a union or an intergovernmental body ("Ruritania joined NATO", "Ankara's bid to join the EU",
"Laos and Cambodia will join the bloc") meets no one: it enters the body, which CAMEO codes as
diplomatic cooperation with it, as it codes joining a coalition (050). The joiner acts on the body,
not the body on the joiner, and co-joiners do not act on each other. An organisation named only by
a common noun ("the grouping") is no actor, so such a clause gives no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import MEETING_ROOT
from realpolitik.coding.frames import lemma
from realpolitik.model import Actor

JOINING_VERBS = frozenset({"join"})
MEMBERSHIP_CODE = "050"
ORGANISATION_NOUNS = frozenset(
    {
        "alliance",
        "bloc",
        "grouping",
        "union",
        "organisation",
        "organization",
        "coalition",
        "club",
        "eurozone",
        "community",
        "federation",
        "league",
        "association",
        "commonwealth",
    }
)


def is_body(actor: Actor) -> bool:
    return actor.code.startswith("IGO")


def joins_body(trigger: Token, code: str, targets: list[Actor]) -> bool:
    """Is the meeting act at ``trigger`` a joining of an organisation: *join* with a direct object
    that is an intergovernmental body or a noun naming an organisation?"""
    if code[:2] != MEETING_ROOT or lemma(trigger) not in JOINING_VERBS:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if any(lemma(o) in ORGANISATION_NOUNS for o in objects):
        return True
    # the body must be the object itself ("joined NATO"), not a modifier of people joined
    # ("joined officials from the EU at the conference": a meeting)
    return any(o.pos_ == "PROPN" for o in objects) and any(is_body(t) for t in targets)


def joined_bodies(targets: list[Actor]) -> list[Actor]:
    """The targets of a joining act that are the body joined (not co-joiners, not the venue)."""
    return [t for t in targets if is_body(t)]
