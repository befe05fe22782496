"""A country's tour is its national team's: "England's tour of Pakistan", "the Lions tour of New
Zealand", "Australia's tour to India" are sport. Leaders, ministers and delegations tour on
political business, and the news names them ("the premier's tour of Asia", "a Chinese trade
delegation's tour"); a state named alone as the one touring is a team, so the tour is no visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma
from realpolitik.model import Actor

TOUR_NOUNS = frozenset({"tour"})


MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def team_tour(noun: Token | None, sources: list[Actor]) -> bool:
    """Is ``noun`` a tour whose only tourers are states named alone on it ("England's tour",
    "the Lions tour")? People named with a nationality ("Chinese astronauts made tours") are not."""
    if noun is None or lemma(noun) not in TOUR_NOUNS or not sources:
        return False
    if not any(c.dep_ in MODIFIER_DEPS and c.pos_ in ("PROPN", "ADJ") for c in noun.children):
        return False
    return all(len(a.code) == 3 and a.kind in (None, "state") for a in sources)
