"""STATE FORCES USE MILITARY FORCE: when a state's armed forces wound, injure or kill people, the act is
conventional military force (CAMEO 190), not the unconventional assault (18x) the harm verb's own row
gives ("troops wounded two villagers", "soldiers shot dead one man and wounded another"). CAMEO keeps 18x
for violence by other means and actors (abduction, torture, bombing, mob killings); the te3dev coders
code every violent act of a military source under 19x. A sentence then yields one root for one assault,
not a 19x and an 18x event for the same pair. Bombing (183), abduction (181) and torture (1822) keep
their codes; police keep theirs (a baton charge is an assault, not war). The ``armed_forces_as_force``
convention turns this on (analyst; PETRARCH codes the verb's row).

ARMED FORCES' STRIKE: a strike that armed forces carry out or launch ("the jets carried out strikes on the
town", "drones conducted three strikes") is an attack (190), never the work stoppage or boycott (143)
that CAMEO.2.0's bare noun "strike" reads; soldiers named as striking workers are rare enough to leave."""

from __future__ import annotations

from realpolitik.model import Actor

HARM_CODES = frozenset({"180", "182", "1823"})
STRIKE_ROOT = "143"
MILITARY_SECTOR = "MIL"
MILITARY_FORCE = "190"


def military_force_code(code: str, source: Actor) -> str:
    """The code of an act of harm, or of a strike, by ``source``: 190 for a state's armed forces, else
    ``code``."""
    if (code in HARM_CODES or code.startswith(STRIKE_ROOT)) and source.code[3:6] == MILITARY_SECTOR:
        return MILITARY_FORCE
    return code
