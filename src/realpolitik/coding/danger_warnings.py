"""Class WARNING OF A DANGER: a warning is a threat (CAMEO 13x) only when what it warns of would come
from the warner's own side; a warning that someone else, or something, will do harm is a forecast, a
pessimistic comment (012).

CAMEO's 130 covers "coercive or forceful warnings with serious potential repercussions": "warned that
it would retaliate", "warned that offenders would be prosecuted", "warned of heavy consequences". News
uses the same verb for forecasts: "the ministry warned villagers that the volcano could erupt again",
"the army chief warned that the guerrillas would raid more towns", "a diplomat warned that the truce
might not hold". Read as threats, these make the warner coerce the party it only worries
about. The content clause decides: when its subject is neither the warner's side (a pronoun or a
possessive pointing back, an actor of the warner's own code, the forces of its state) nor tied to a
penalty word ("prosecuted", "consequences", "punishable", "retaliation", relations set back), the
warning is 012. A warning with
no content clause ("warned X of consequences", "warned X against ...", "warned X to be careful")
keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.cameo import THREAT_ROOT
from realpolitik.coding.frames import lemma
from realpolitik.model import Actor

WARNING_VERBS = frozenset({"warn", "caution"})
PESSIMISTIC_COMMENT = "012"
PENALTY_WORDS = frozenset({
    "consequence", "repercussion", "punish", "punishment", "punishable", "prosecute", "prosecution", "penalty",
    "penalize", "penalise", "retaliate", "retaliation", "reprisal", "sanction", "response", "respond", "measure",
    "action", "arrest", "jail", "imprison", "tolerate", "relation", "tie", "force", "crack", "crackdown", "ban",
    "target",
})  # fmt: skip
ARMED_ARMS = frozenset({"MIL", "COP", "SPY"})  # a state's own forces carry out what its leaders warn of
OWN_PRONOUNS = frozenset({"we", "i", "it", "he", "she", "they"})
OWN_POSSESSIVES = frozenset({"our", "my", "its", "his", "her", "their"})


def _own_side(subject: Token, sources: list[Actor], actors: ActorIndex) -> bool:
    if subject.lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                                             for c in subject.children):
        return True
    for a in actors.np(subject):
        for s in sources:
            if a.code == s.code or (a.country and a.country == s.country and a.sector in ARMED_ARMS):
                return True
    return False


def danger_warning(trigger: Token, code: str, sources: list[Actor], actors: ActorIndex) -> bool:
    """Is this threat (13x) a warning of what another party, or a thing, will do (see the module
    docstring)?"""
    if not code.startswith(THREAT_ROOT) or lemma(trigger) not in WARNING_VERBS or trigger.pos_ != "VERB":
        return False
    content = next((c for c in trigger.children if c.dep_ == "ccomp"), None) or next(
        (a for o in trigger.children if o.dep_ == "dobj" for a in o.children  # "warned [residents that ...]"
         if a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)), None)
    if content is None:
        return False
    if any(lemma(t) in PENALTY_WORDS for t in content.subtree):
        return False
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and not _own_side(subject, sources, actors)
