"""Class RECALLED OWN ENVOY: a state that recalls or withdraws its own ambassador acts toward the state the
envoy served in, or toward the state whose act it protests, never toward the envoy.

"Ruritania recalled **its** ambassador **from Freedonia**", "... its envoy **to Freedonia** for
consultations", "... its ambassador **in protest at Freedonia's** decision": the recalled official belongs
to the recalling state, so taking him as the target gives a countryless or self-directed actor and no
event. The target is the place of the posting (a ``from``/``to``/``in``/``at`` phrase on the verb or on the
envoy) or, failing that, the state named in a protest or reason phrase on the verb ("in protest
against", "over", "after"), reading one level into it ("protest **against** Freedonia's **decision**").
An envoy owned by someone else ("recalled the Freedonian envoy") is no own envoy: the class stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import lemma, prep_objects
from realpolitik.model import Actor

RECALL_VERBS = frozenset({"recall", "withdraw", "summon"})
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "consul", "charge", "representative",
                         "chargé", "attache", "attaché", "delegation", "mission"})
OWN_MARKS = frozenset({"its", "their", "his", "her", "our", "own"})
POSTING_PREPS = ("from", "to", "in", "at")
PROTEST_PREPS = ("in", "over", "after", "against", "at", "following")


def own_envoy(noun: Token) -> bool:
    """Whether the object is the recalling state's own envoy: a possessive pronoun or "own" marks it, and
    a bare "the ambassador" is the subject's too (only an envoy of another country is named by it)."""
    if lemma(noun) not in ENVOY_NOUNS:
        return False
    marks = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    return not marks or any(c.lower_ in OWN_MARKS for c in marks)


def _countries(found: list[Actor]) -> list[Actor]:
    return [a for a in found if a.code[:3] not in ("---", "")]


def recalled_envoy_target(verb: Token, noun: Token | None, actors: ActorIndex) -> list[Actor] | None:
    """The state an own envoy is recalled from or over, ``[]`` when the sentence names none, ``None``
    when the class does not apply (no recalling verb, or not the subject's own envoy)."""
    if noun is None or lemma(verb) not in RECALL_VERBS or not own_envoy(noun):
        return None
    for head in (noun, verb):
        for word, o in prep_objects(head):
            if word in POSTING_PREPS and lemma(o) != "protest":
                found = _countries(actors.np_deep(o))
                if found:
                    return found
    for word, o in [*prep_objects(verb), *prep_objects(noun)]:
        if word not in PROTEST_PREPS:
            continue
        for phrase in [o, *(inner for _, inner in prep_objects(o))]:
            found = _countries(actors.np_deep(phrase) or actors.modifiers(phrase, ("poss", "compound", "amod")))
            if found:
                return found
    return []
