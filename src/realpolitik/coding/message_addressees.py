"""Class ADDRESSEE OF THE MESSAGE: a cooperative statement made in a message, letter or telegram to
someone, with no target of its own, is addressed to that someone.

"**In a message to** President Bloggs of Freedonia, the Ruritanian leader praised the ties between the two
states", "**in his letter to** the Sylvanian premier, he pledged further support": the praise or the pledge
names nothing the coder can take as its target ("the ties", "support"), and the scene phrase says whom it
is sent to. Only cooperative statements take it (comments, intents, praise, sympathy: CAMEO 01, 03, 05): a
criticism made in a letter to a third party ("writing to UN headquarters, A criticised ...") is about someone
else, not the addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import lemma, prep_objects
from realpolitik.model import Actor

MESSAGE_NOUNS = frozenset({"message", "letter", "telegram", "cable", "note"})
ADDRESSED_ROOTS = frozenset({"01", "03", "05"})
SCENE_PREPS = frozenset({"in", "through", "via"})


def message_addressee(verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """The addressee of the message a cooperative statement is made in, or ``[]``."""
    if code[:2] not in ADDRESSED_ROOTS:
        return []
    clause = verb
    for _ in range(3):  # "in a message to B, A said it would help": the scene hangs on the main verb
        for word, scene in prep_objects(clause):
            if word in SCENE_PREPS and lemma(scene) in MESSAGE_NOUNS:
                found = [a for w, o in prep_objects(scene) if w == "to" for a in actors.np_deep(o)]
                if found:
                    return found
        if clause.dep_ not in ("ccomp", "conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    return []
