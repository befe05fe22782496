"""Coding conventions where event datasets disagree, as one named setting (``--conventions``).

The coder decides an event's status (asserted, intended, negated ...) clause by clause; what a
status then *means* for the code is a convention, and the two gold standards we score follow
different ones:

- ``analyst`` (default; the te3dev guidelines, docs/evaluation.md): a scheduled or planned meeting,
  summit or round of talks is the intent to meet (036), asserted, between every pair of parties;
  planned or promised cooperation is its 03x intent code, asserted.
- ``petrarch`` (the PETRARCH-derived dev gold): a scheduled meeting keeps its own code (a summit
  is 044, talks 043 ...) with modality ``intended``.

- ``analyst`` also codes a vowed or pledged coercive act as a 13x threat (asserted), joint acts
  (meet, call, talks, sign) both ways, and every visit as hosted by the visited place (043); both
  sides must be identifiable, so an actor of no known country ("the international community",
  "pirates", ``---CVL``) makes no event, where PETRARCH codes it ``---``; parties meeting in a
  place ("A and B will confer in Oslo") meet each other, where PETRARCH makes the place the target;
  the place where an act happened is not its target when nothing else ties the act to that state
  ("freed in Lima", unnamed gunmen striking foreigners in Kabul: ``placeroles.scene_only_target``);
  and intent, cooperation or aid between a state and its own parts is domestic administration, no
  event (``coding/domestic.py``), where PETRARCH's dev gold codes both; and an act told as a habit
  ("rebels frequently ambush patrols", ``modality.habitual``) is background, not the news of the day,
  where the CAMEO manual's examples code it; and a bare generic verb ("boost", "link", "add") whose
  only code is the catch-all 060 is no event (``coding/unspecified_cooperation.py``), where PETRARCH
  codes its dictionary block's default; and a state's troops wounding or killing people use military
  force (190, ``coding/military_force.py``), where PETRARCH codes the harm verb's 18x row; and a state
  or a government that protests complains officially (114, ``coding/state_protests.py``), where
  PETRARCH codes the verb's 14x row.

Everything else (negated cooperation 12x, the reason clause of a criticism, what is only wanted) is
shared by both conventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

A = TypeVar("A")


@dataclass(frozen=True)
class Conventions:
    name: str
    planned_cooperation_as_intent: bool  # "will meet / are to sign" -> the 03x intent code, asserted
    vowed_coercion_as_threat: bool  # "pledged to destroy X's camps" -> 13x threat, asserted
    symmetric_both_ways: bool  # "A met B", "A negotiated with B" -> also B->A
    visited_place_hosts: bool  # "A arrived in Lima for a visit" -> also PER->A 043 (host a visit)
    countryless_sides: bool  # may one side be an actor of no known country ("---CVL", "the protesters")?
    place_hosts_joint_meeting: bool = False  # "A and B will confer in Oslo" -> A->NOR, B->NOR (else A<->B)
    scene_as_target: bool = True  # "freed in Lima", "gunmen struck a bus in Kabul" -> the place's state is the target
    domestic_cooperation: bool = True  # "the government will help farmers" -> XXXGOV->XXXAGR (coding/domestic.py)
    habits_as_events: bool = True  # "rebels frequently ambush patrols" -> asserted (else historical)
    unspecified_cooperation: bool = True  # bare "boost", "link", "add" -> 060 (coding/unspecified_cooperation.py)
    weapon_attackers_of_place: bool = True  # "a car bomb killed ten in Kabul" -> AFGUAF (else no attacker named)
    armed_forces_as_force: bool = False  # "troops wounded two men" -> 190 (coding/military_force.py), else 18x
    states_protest_officially: bool = False  # "Washington protested the plan" -> 114 (coding/state_protests.py)


CONVENTIONS: dict[str, Conventions] = {
    "analyst": Conventions(
        "analyst",
        planned_cooperation_as_intent=True,
        vowed_coercion_as_threat=True,
        symmetric_both_ways=True,
        visited_place_hosts=True,
        countryless_sides=False,
        scene_as_target=False,
        domestic_cooperation=False,
        habits_as_events=False,
        unspecified_cooperation=False,
        weapon_attackers_of_place=False,
        armed_forces_as_force=True,
        states_protest_officially=True,
    ),
    "petrarch": Conventions(
        "petrarch",
        planned_cooperation_as_intent=False,
        vowed_coercion_as_threat=False,
        symmetric_both_ways=False,
        visited_place_hosts=False,
        countryless_sides=True,
        place_hosts_joint_meeting=True,
    ),
}
DEFAULT = "analyst"


def conventions_named(name: str | None) -> Conventions:
    """The named conventions (``None``: the default); an unknown name is a ``ValueError``."""
    key = name or DEFAULT
    if key not in CONVENTIONS:
        raise ValueError(f"unknown conventions {key!r}: expected one of {', '.join(CONVENTIONS)}")
    return CONVENTIONS[key]


# Cooperative roots whose planned act is an intent (CAMEO 03): consult, diplomatic and material
# cooperation, aid, yielding. Meetings of every kind (visits included: "will travel to") are the
# intent to meet, 036, except mediation, whose intent has its own code (039).
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
MEETING_INTENT = "036"
# Acts that two parties do together: a meeting, a call, talks, a signature (te3dev codes them both
# ways even when the sentence names one side as subject and the other as object).
JOINT_BASES = frozenset({"036", "040", "041", "044", "046", "057"})


def planned_act_code(code: str, modality: str, conv: Conventions) -> tuple[str, str] | None:
    """A planned or scheduled cooperative act under ``analyst`` conventions: (intent code, asserted);
    None where the code stays (petrarch conventions, a non-cooperative act, an act not planned)."""
    from realpolitik.coding.rules import INTENT_BY_CODE, INTENT_BY_ROOT

    if not conv.planned_cooperation_as_intent or modality != "intended":
        return None
    if code[:2] == "03":
        return code, "asserted"  # already an intent code ("will sign a trade pact" is 0311)
    if code[:2] not in COOPERATIVE_ROOTS:
        return None
    if code[:2] == "04" and code[:3] != "045":
        return MEETING_INTENT, "asserted"
    intent = INTENT_BY_CODE.get(code[:3]) or INTENT_BY_ROOT.get(code[:2])
    return (intent, "asserted") if intent else None


VISIT, HOST = "042", "043"


def hosted_visits(emitted: list[tuple[str, A, A]], conv: Conventions) -> list[tuple[str, A, A]]:
    """Under ``analyst`` conventions every visit (042) is hosted by whom or where it visits (043)."""
    if not conv.visited_place_hosts:
        return []
    return [(HOST, tgt, src) for code, src, tgt in emitted if code[:3] == VISIT]


def is_joint(code: str, conv: Conventions) -> bool:
    """Is the act done together, so that an event A->B is also B->A under these conventions?"""
    return conv.symmetric_both_ways and code[:3] in JOINT_BASES
