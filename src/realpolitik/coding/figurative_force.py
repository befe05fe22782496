"""FORCE BETWEEN UNARMED PARTIES: a generic verb or noun of force between two parties neither of which
bears arms is a contest of words, votes or markets, not the use of force.

CAMEO.2.0 gives its bare verbs of force ("struggle", "shatter", "dominate", "wipe out", "engage",
"target", "defeat", "break") and our nominal class FIGHTING ("battle", "clash", "attack", "war") the
catch-all 190 (conventional force). Between parties that cannot wage it, such as a government and its
teachers, two parties, a firm and campaigners, or a parliament and the prosecutors, the words are
figurative: "the ministry targeted teachers for its training scheme", "a long battle between unions
and publishers", "the party dominated the cabinet". Force stays coded when either side is armed
(military, police, rebels, militants, unidentified attackers, criminals), when a state itself or an
armed body acts (states wage war), when the verb names physical harm or shooting ("kill", "stab",
"fire at"), and for hand-written patterns, which name their own readings ("clashed with police").
"""

from __future__ import annotations

from realpolitik.coding.cameo import ARMED_ROOTS
from realpolitik.coding.domestic import sectors
from realpolitik.coding.patterns import Pattern
from realpolitik.model import Actor

# sectors that bear arms, or whose members do
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "RAD", "SPY", "CRM", "SEP"})
# actor codes that are armed groups whatever their sectors (international militant groups)
ARMED_GROUP_CODES = frozenset({"IMG", "UAF"})
# verbs whose bare sense is bodily harm, which unarmed people can do too
PHYSICAL_HARM = frozenset({
    "kill", "shoot", "murder", "slay", "stab", "wound", "injure", "behead", "assassinate", "bomb", "shell",
    "strangle", "lynch", "beat", "torture", "massacre", "slaughter", "execute", "burn", "hack", "fire",
    "hit", "ransack", "loot", "smash", "damage", "assault",
})  # fmt: skip
# bodies whose own act of force is military whatever their sectors (an alliance's airstrike)
ARMED_BODIES = ("IGOWSTNAT",)
GENERIC_SOURCES = ("c2-", "nx-")  # converted CAMEO.2.0 rows and our composed nominal classes


def armed(actor: Actor) -> bool:
    code = actor.code
    return code[:3] in ARMED_GROUP_CODES or code.startswith(ARMED_BODIES) or bool(sectors(actor) & ARMED_SECTORS)


def figurative_force(pattern: Pattern, code: str, src: Actor, tgt: Actor) -> bool:
    """Is this 18-20 reading of a generic (unconstrained) verb or noun of force between two parties
    neither of which is armed, with no state itself acting?"""
    if code[:2] not in ARMED_ROOTS or not pattern.id.startswith(GENERIC_SOURCES):
        return False
    if pattern.frame not in ("V", "N") or not pattern.lemma_only:
        return False
    if pattern.lemma in PHYSICAL_HARM or len(src.code) == 3:
        return False
    return not (armed(src) or armed(tgt))
