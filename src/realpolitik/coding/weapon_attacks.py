"""A killing or wounding told through a heavy weapon is an attack with that weapon, not a massacre or
an unspecified assault.

The lexicon codes "kill civilians" as mass killing (CAMEO 202, after CAMEO.2.0), which fits a
massacre by gunmen or a militia's slaughter of villagers. When the sentence tells the deaths through
the weapon that caused them — "mortar rounds left nine villagers dead", "ten civilians were killed in
an air strike", "tanks shelled the town, killing ten civilians" — the event is the armed attack, and
CAMEO codes it by its weapon: artillery and tanks 194, aerial weapons (missiles, aircraft) 195; a
bomb or a bombing is read by ``bombings`` (dropped by a state, 195; planted, 183). The deaths are its
toll. The same holds for the unspecified readings of harm and force ("mortar rounds wounded four
civilians", 180; "artillery hit the town", 190): the weapon names the kind of attack.

The weapon is the killing verb's subject (or that subject's modifier: "artillery shells"), its
``by``/``in``/``with``/``during`` phrase, or the verb whose result the killing is ("shelled …,
killing", "bombed … and killed"): that verb's lemma or its subject or object.

WEAPON USED IN COMBAT: "used artillery against B's positions" is such an attack too, though CAMEO.2.0
codes "use <weapon>" as violent repression (175); that stays for a state's weapons turned on its own public.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from realpolitik.coding.domestic import PUBLIC_SECTORS
from realpolitik.coding.frames import agent_token, is_passive, lemma, prep_objects, subject_token
from realpolitik.model import Actor

MASS_KILLING = "202"
# codes whose act a heavy weapon specifies: mass killing, unspecified assault, unspecified force
TOLD_BY_WEAPON = frozenset({MASS_KILLING, "180", "182", "190"})
ARTILLERY = "194"
AERIAL = "195"

# weapon nouns and the attack code CAMEO gives their use
WEAPON_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ("artillery", "shell", "shelling", "mortar", "tank", "howitzer", "cannon", "rocket", "katyusha",
         "barrage", "bombardment"),
        ARTILLERY,
    ),
    **dict.fromkeys(
        ("airstrike", "warplane", "jet", "aircraft", "plane", "helicopter", "gunship", "drone", "missile",
         "bomber", "air"),
        AERIAL,
    ),
}  # fmt: skip
# verbs of attacking with such a weapon
# (bombs and bombings are read by ``bombings``: planted or dropped, the agent decides)
WEAPON_VERBS: dict[str, str] = {"shell": ARTILLERY, "bombard": ARTILLERY, "strafe": AERIAL}
INSTRUMENT_PREPS = frozenset({"by", "in", "with", "during", "from"})
RESULT_DEPS = frozenset({"advcl", "conj", "xcomp"})


def _weapon_of(tok: Token | None) -> str | None:
    """The code of the weapon ``tok`` names, itself or through a modifier ("artillery shells",
    "an air strike")."""
    if tok is None:
        return None
    if lemma(tok) in WEAPON_NOUNS or tok.lower_ in WEAPON_NOUNS:
        return WEAPON_NOUNS.get(lemma(tok)) or WEAPON_NOUNS[tok.lower_]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and lemma(c) in WEAPON_NOUNS:
            return WEAPON_NOUNS[lemma(c)]
    return None


def _clause_weapon(verb: Token) -> str | None:
    """The weapon of ``verb``'s own clause: its subject, passive agent or instrument phrase."""
    subj = agent_token(verb) if is_passive(verb) else subject_token(verb)
    found = _weapon_of(subj)
    if found:
        return found
    for word, obj in prep_objects(verb):
        if word in INSTRUMENT_PREPS and (found := _weapon_of(obj)):
            return found
    return None


def weapon_attack_code(trigger: Token, code: str) -> str | None:
    """The weapon's attack code for a mass killing (202), an unspecified assault (180, 182) or an
    unspecified use of force (190) told through a heavy weapon; else None."""
    if code[:3] not in TOLD_BY_WEAPON:
        return None
    found = _clause_weapon(trigger)
    if found:
        return found
    if trigger.dep_ in RESULT_DEPS and trigger.head.i != trigger.i:
        cause = trigger.head
        if lemma(cause) in WEAPON_VERBS:
            return WEAPON_VERBS[lemma(cause)]
        found = _clause_weapon(cause)
        if found:
            return found
        for obj in (c for c in cause.children if c.dep_ == "dobj"):
            if (found := _weapon_of(obj)):
                return found  # "fired rockets at the town, killing ..."
    return None


# WEAPON USED IN COMBAT: CAMEO.2.0 codes "use <weapon>" as violent repression (175), which is what a state's
# police do to their own people ("used tear gas on the marchers"); a weapon used on anyone else is an armed
# attack, coded by its weapon as above (small arms 193, artillery 194, aerial weapons 195); the means of crowd
# control (tear gas, batons, water cannon) stay repression
REPRESSION = "175"
SMALL_ARMS = "193"
UNSPECIFIED_FORCE = "190"
SMALL_ARMS_NOUNS = frozenset({
    "gun", "rifle", "firearm", "pistol", "kalashnikov", "carbine", "ak-47", "machinegun", "handgun", "revolver",
})  # fmt: skip
USING_VERBS = frozenset({"use", "employ", "deploy"})
CROWD_CONTROL_MODIFIERS = frozenset({"water", "tear", "rubber", "stun", "sound", "plastic", "pepper"})
REPRESSED_SECTORS = PUBLIC_SECTORS | {"MED", "REL"}  # the press and the clergy are repressed too


def _repressed(source: Actor, target: Actor) -> bool:
    """The target is the source state's own public: the repression CAMEO's 175 is for."""
    return bool(source.country) and source.country == target.country and target.sector in REPRESSED_SECTORS


def combat_weapon_code(trigger: Token, noun: Token | None, code: str, sources: Sequence[Actor],
                       targets: Sequence[Actor]) -> str | None:
    """The armed attack's code for "use <weapon>" (175) aimed at anyone but the user's own public
    (WEAPON USED IN COMBAT); else None."""
    if code != REPRESSION or noun is None or lemma(trigger) not in USING_VERBS or not sources or not targets:
        return None
    if all(_repressed(s, t) for s in sources for t in targets):
        return None
    if any(c.lower_ in CROWD_CONTROL_MODIFIERS for c in noun.children):
        return None  # "water cannon", "rubber bullets", "stun guns"
    if lemma(noun) in SMALL_ARMS_NOUNS or noun.lower_ in SMALL_ARMS_NOUNS:
        return SMALL_ARMS
    if lemma(noun) == "bomb":
        return AERIAL if any(s.sector == "MIL" for s in sources) else UNSPECIFIED_FORCE
    return _weapon_of(noun)  # tear gas, batons, water cannon: crowd control stays repression
