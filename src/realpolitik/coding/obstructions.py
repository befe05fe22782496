"""Class PUBLIC OBSTRUCTION: people who block a road, a gate or a force protest by obstruction (CAMEO 144).

CAMEO.2.0's bare rows for "block" and "blockade" read coercion (170), and a blockade is imposed (191),
which fits a state that blocks a port or a border. CAMEO's own definition of 144 ("obstruct passage,
block") is protest by blocking entry to or exit from a building or an area, by people: "villagers blocked
the road to the mine", "striking dockers barricaded the port gates". When every source of the bare verb
is the public (civilians, workers, students, farmers, refugees, an opposition, or a people the dictionary
gives the bare country code), the act is that protest. A state's forces keep the 170 row, and blocking a
measure, a bid or talks is read by the verb x object classes before this.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from realpolitik.coding.domestic import PUBLIC_SECTORS
from realpolitik.coding.frames import lemma
from realpolitik.coding.state_protests import state_itself
from realpolitik.model import Actor

OBSTRUCTING_VERBS = frozenset({"block", "blockade", "barricade"})
COERCION = "170"
BLOCKADE = "191"
OBSTRUCT_PASSAGE = "144"


def public_obstruction_code(trigger: Token, noun: Token | None, code: str, sources: Sequence[Actor]) -> str | None:
    """144 for a bare "block" or "blockade" (coded 170 or 191) whose every source is the public, else None."""
    if code not in (COERCION, BLOCKADE) or noun is not None or lemma(trigger) not in OBSTRUCTING_VERBS or not sources:
        return None
    if all(_public(a) for a in sources):
        return OBSTRUCT_PASSAGE
    return None


def _public(source: Actor) -> bool:
    """A public sector, or a people named by the bare country code ("hundreds of Bolivian miners"),
    not the state itself."""
    return source.sector in PUBLIC_SECTORS or (len(source.code) == 3 and not state_itself(source))
