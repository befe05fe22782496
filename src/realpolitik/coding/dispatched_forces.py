"""Class FORCES SENT BY THEIR OWN STATE: in an agentless passive of sending, a state's own troops,
police or officials are sent by that state, and an international body's peacekeepers or observers
by that body.

"French paratroopers are being sent to Mali", "two hundred Kenyan police were deployed to Haiti",
"EU monitors were deployed to Georgia": the passive names no agent, but only a state sends its own
armed forces, police or officials abroad, so the passive subject is the source as well as what is
sent, and the destination (found by the usual target route) the target. A ``by`` agent, when
present, keeps priority ("troops sent by the UN"); a subject that is not a state's own forces or
officials ("aid was sent to Haiti", "refugees were sent to camps") gives nothing, and so does a
sending with no destination ("an aide was sent for trial", "troops were deployed in the capital"),
which is no dispatch abroad.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.domestic import sectors
from realpolitik.coding.frames import lemma, passive_subject, prep_objects
from realpolitik.model import Actor

DISPATCH_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "station", "airlift", "post"})
STATE_AGENTS = frozenset({"MIL", "COP", "GOV"})
DESTINATION_PREPS = frozenset({"to", "into"})


def dispatched_forces(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The state forces an agentless passive of sending sends (its source), or ``[]``."""
    if lemma(verb) not in DISPATCH_VERBS:
        return []
    subj = passive_subject(verb)
    if subj is None or not any(word in DESTINATION_PREPS for word, _ in prep_objects(verb)):
        return []
    return [
        a for a in actors.np(subj)
        if a.code.startswith("IGO") or (a.country and a.code[:3].isalpha() and sectors(a) & STATE_AGENTS)
    ]
