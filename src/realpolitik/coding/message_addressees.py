"""Class MESSAGE'S AUTHOR: a message, letter or telegram "from" someone that an envoy or aide delivers,
hands over or conveys is that someone's act; the carrier only carries it ("the envoy delivered a letter
from the Ruritanian president to the Freedonian king": Ruritania writes to Freedonia).

Class ADDRESSEE OF THE MESSAGE: a cooperative statement made in a message, letter or telegram to
someone, with no target of its own, is addressed to that someone.

"**In a message to** President Bloggs of Freedonia, the Ruritanian leader praised the ties between the two
states", "**in his letter to** the Sylvanian premier, he pledged further support": the praise or the pledge
names nothing the coder can take as its target ("the ties", "support"), and the scene phrase says whom it
is sent to. A speech or broadcast to an audience addresses it the same way ("in his address to the nation,
the king called for calm": an appeal to his people). Only cooperative statements take it (comments, appeals,
intents, praise, sympathy: CAMEO 01, 02, 03, 05): a
criticism made in a letter to a third party ("writing to UN headquarters, A criticised ...") is about someone
else, not the addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import lemma, prep_objects
from realpolitik.model import Actor

MESSAGE_NOUNS = frozenset({"message", "letter", "telegram", "cable", "note"})
# a speech or broadcast is addressed to its audience as a message is to its reader
ADDRESS_NOUNS = MESSAGE_NOUNS | frozenset({"speech", "address", "broadcast", "sermon", "homily"})
ADDRESSED_ROOTS = frozenset({"01", "02", "03", "05"})
SCENE_PREPS = frozenset({"in", "through", "via"})


def message_author(noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """MESSAGE'S AUTHOR: the actors of the message noun's "from" phrase, or ``[]``."""
    if noun is None or lemma(noun) not in MESSAGE_NOUNS:
        return []
    holders = [noun, *(o for w, o in prep_objects(noun) if w == "of")]  # "a message of support from B"
    return [a for h in holders for w, o in prep_objects(h) if w == "from" for a in actors.np_deep(o)]


MUTUAL_VERBS = frozenset({"exchange", "trade", "swap"})


def one_way_message(verb: Token, noun: Token | None) -> bool:
    """A message sent, delivered or handed over goes one way: the exchange of views it carries (040) is
    the author's toward the addressee, not a meeting both hold ("exchanged messages" is mutual)."""
    return noun is not None and lemma(noun) in MESSAGE_NOUNS and lemma(verb) not in MUTUAL_VERBS


def message_addressee(verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """The addressee of the message a cooperative statement is made in, or ``[]``."""
    if code[:2] not in ADDRESSED_ROOTS:
        return []
    clause = verb
    for _ in range(3):  # "in a message to B, A said it would help": the scene hangs on the main verb
        for word, scene in prep_objects(clause):
            if word in SCENE_PREPS and lemma(scene) in ADDRESS_NOUNS:
                found = [a for w, o in prep_objects(scene) if w == "to" for a in actors.np_deep(o)]
                # the parser may hang the audience on the verb: "called for calm in an address to B"
                found = found or [a for w, o in prep_objects(clause) if w == "to" and o.i > scene.i
                                  for a in actors.np_deep(o)]
                if found:
                    return found
        if clause.dep_ not in ("ccomp", "conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    return []
