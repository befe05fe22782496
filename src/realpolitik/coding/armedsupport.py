"""Armed backing is no praise: "support" and "back" between fighting forces.

The verbs of support read as political backing (CAMEO 051, praise or endorse) when a state or a
leader is their subject. Two kinds of clause use them for combat instead:

* **A force backed by its own means.** "Troops supported by helicopters", "police backed by armoured
  cars": the ``by`` agent is equipment that belongs to the force, so nobody acts on anybody; a
  country the resolver lends the equipment from elsewhere in the sentence is no source.
* **One armed force backing another.** "Chadian troops backing Malian army units": material help in
  fighting is military cooperation (CAMEO 062), not a statement of support. So is armed men's backing
  of anyone ("fighters backing the government"), and any backing against an armed foe ("supports the
  government against the rebels").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import ARMED_ROOTS
from realpolitik.coding.frames import agent_token, lemma, prep_objects, subject_token
from realpolitik.coding.patterns import NOT_AN_EVENT
from realpolitik.model import Actor

BACKING_VERBS = frozenset({"support", "back", "assist", "aid", "escort", "cover", "reinforce", "accompany"})
# equipment and arms a force fights with
MEANS = frozenset(
    {
        "helicopter", "gunship", "aircraft", "airplane", "plane", "jet", "warplane", "fighter", "bomber", "drone",
        "tank", "armour", "armor", "artillery", "vehicle", "car", "boat", "ship", "warship", "vessel",
        "bulldozer", "mortar", "missile", "rocket", "dog",
    }
)  # fmt: skip
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF"})
MILITARY_COOPERATION = "062"
NO_EVENT = NOT_AN_EVENT


def _armed(actor: Actor) -> bool:
    return actor.code[3:6] in ARMED_SECTORS


def armed_backing(trigger: Token, code: str, sources: list[Actor], targets: list[Actor]) -> str | None:
    """The code a verb of support takes between fighting forces: ``---`` (no event) when its agent is
    the force's own equipment, 062 when an armed force backs another, None when neither applies."""
    if code[:2] != "05" or lemma(trigger) not in BACKING_VERBS:
        return None
    agent = agent_token(trigger)
    if agent is not None and lemma(agent) in MEANS:
        return NOT_AN_EVENT
    if sources and targets and (all(_armed(a) for a in sources) or _armed_agent(trigger) or _against_a_force(trigger)):
        return MILITARY_COOPERATION  # an armed backer (whoever it backs), or a backing against an armed foe
    return None


# armed men, as the backer ("fighters backing the government") or the foe ("against the rebels")
FOE_NOUNS = frozenset(
    {
        "force", "rebel", "insurgent", "militant", "militia", "fighter", "guerrilla", "islamist", "army",
        "troop", "gunman", "separatist", "insurgency", "rebellion", "jihadist", "extremist", "warlord",
    }
)  # fmt: skip


def _armed_agent(trigger: Token) -> bool:
    """Is the backer named by a noun of armed men ("Kurdish fighters backing the government")?"""
    agent = trigger.head if trigger.dep_ == "acl" else subject_token(trigger)
    return agent is not None and lemma(agent) in FOE_NOUNS


def _against_a_force(trigger: Token) -> bool:
    """SUPPORT AGAINST A FOE: "backs the regime against the insurgents": backing in a fight is military
    help, not a statement (the object may carry the phrase)."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]  # the parser may hang it on the object
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(
        o.dep_ == "pobj" and lemma(o) in FOE_NOUNS for o in c.children) for h in heads for c in h.children)


# fighting that two sides do to each other ("A and B clashed / fought / exchanged fire")
RECIPROCAL_FIGHTING = frozenset(
    {
        "clash", "fight", "battle", "skirmish", "feud", "spar", "exchange", "engage", "duel", "scuffle", "brawl",
        "fighting", "firefight", "gunbattle", "gunfight", "hostility", "confrontation", "war", "warfare", "combat",
    }
)  # fmt: skip


RECIPROCAL_OBJECTS = frozenset({"each", "one", "other", "another"})  # "fought each other / one another"


def _cognate(obj: Token) -> bool:
    """A fight named as the object of fighting: "fought a battle", "fought two of their wars"."""
    return lemma(obj) in RECIPROCAL_FIGHTING or any(
        lemma(g) in RECIPROCAL_FIGHTING for w, g in prep_objects(obj) if w == "of")


def co_agents_fight_each_other(code: str, trigger: Token, noun: Token | None) -> bool:
    """Do coordinated subjects of an armed act act on each other? Only when the act is reciprocal
    ("Chadian and Nigerien forces clashed"); allies who "continued a joint offensive" or "bombed rebel
    positions" together are co-agents of one act on a third party, and so are those who fight or combat
    an object ("pledged to combat smuggling"), whatever the verb."""
    if code[:2] not in ARMED_ROOTS:
        return True
    if noun is None and trigger.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ not in RECIPROCAL_OBJECTS and not _cognate(c) for c in trigger.children):
        return False  # "fought the rebels together", "vowed to combat piracy" (not "fought a war")
    return lemma(trigger) in RECIPROCAL_FIGHTING or (noun is not None and lemma(noun) in RECIPROCAL_FIGHTING)
