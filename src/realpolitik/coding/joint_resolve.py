"""Class SPEAKER AMONG BOTH SIDES: "both nations must expand trade", said by a leader of one of the
two, is that side's own resolve to cooperate with the other, an intent (CAMEO 03x) from the
speaker to its partner, and asserted.

The guidelines code planned or promised cooperation as the 03x intent. A speaker who advises a
cooperation that includes the speaker's own state ("both sides must expand trade", "Ruritania and
Freedonia need to work together", said by a Ruritanian minister) makes no conditional claim about two
distant parties: the advice is a proposal to the partner, what CAMEO calls expressing intent to
cooperate. Read as it stands the modal makes the act hypothetical, and the two states then only
might cooperate with each other; a demand reading ("told reporters that both sides must ...") would
even make the speaker press its own state.

Only the speaker's side proposes, so the intent runs one way, from the speaker to each partner. The
advice must be an obligation or a need ("should", "must", "ought to", "need to", "have to");
speculation ("could", "might") stays hypothetical, and a plan ("will") is already a joint intent
under the conventions. A third party's advice to a pair ("Ruritania hopes both sides will talk") is
not this class.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma
from realpolitik.coding.modality import NECESSITY_VERBS  # "need to", "have to"
from realpolitik.coding.rules import advised, complement_chain
from realpolitik.model import Actor

ADVISABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _needed(trigger: Token) -> bool:
    """Is the act governed by "need to" / "have to" ("the two sides need to [step up] cooperation")?"""
    return any(tok.dep_ == "xcomp" and lemma(tok.head) in NECESSITY_VERBS and tok.head.pos_ in ("VERB", "AUX")
               for tok in complement_chain(trigger))


def speaker_partners(trigger: Token, code: str, speaker: Actor | None, sources: list[Actor]) -> list[Actor]:
    """The partners of a cooperation the speaker advises for its own state and them together (see the
    module docstring); empty when the act is not of this class."""
    if speaker is None or not speaker.country or code[:2] not in ADVISABLE_ROOTS:
        return []
    countries = {a.country for a in sources if a.country}
    if speaker.country not in countries or len(countries) < 2:
        return []
    if not (advised(trigger) or _needed(trigger)):
        return []
    return [a for a in sources if a.country and a.country != speaker.country]


def obliges_own_side(speakers: list[Actor], obliged: list[Actor]) -> bool:
    """Does a stated obligation ("X said that Y must ...") bind a pair of states that holds the
    speaker's own ("both sides must expand trade")? That is no demand on the others (see the module
    docstring)."""
    own = {a.country for a in speakers if a.country}
    countries = {a.country for a in obliged if a.country}
    return bool(own & countries) and len(countries) >= 2
