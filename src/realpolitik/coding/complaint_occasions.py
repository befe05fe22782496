"""Class COMPLAINT'S OCCASION: a protest or criticism with no addressee is aimed at whoever did what
occasioned it, told in a time or reason clause on the complaint.

"Ruritania lodged a protest **after a Freedonian patrol boat entered its waters**", "Sylvania
criticised the plan **because Freedonia had not consulted it**": the complaint names no one, and the
clause says whose act it answers. The doer is the clause's subject (or the "by" agent of a passive
clause), read as an actor, or through the nationality or possessor on it ("a Freedonian patrol boat").
The complainer's own country is never its own target ("protested after its embassy was attacked" leaves
the attack's unnamed doer unknown). It is a last route: any target the sentence names wins.

Class COMPLAINT THROUGH AN ENVOY: a complaint that is the purpose of summoning another state's envoy
("Ruritania summoned the Freedonian ambassador **to protest** the seizure", "called in B's envoy to
complain about ...") is aimed at the envoy's side: summoning an envoy is how a state hands a complaint
to the other state.

Class THREAT'S CONDITION reads the same doer from a condition clause: force, a cut in relations or a threat
of either, with no target of its own, is aimed at whoever the if/unless clause is about ("said it would
retaliate **if Freedonia deployed** missiles").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import agent_token, direct_objects, is_passive, lemma, prep_objects, subject_token
from realpolitik.model import Actor

OCCASION_MARKS = frozenset({"after", "because", "when", "since", "as", "following"})
CONDITION_MARKS = frozenset({"if", "unless", "should"})


def complaint_occasion(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The doer of the act a complaint answers, told in an after/because/when clause on ``verb``."""
    return clause_doer(verb, actors, OCCASION_MARKS)


# verbs that bring another state's envoy before the speaker ("summoned", "called in", "met")
SUMMONING_VERBS = frozenset({"summon", "call", "convoke", "meet"})


def envoy_complained_to(verb: Token, actors: ActorIndex) -> list[Actor]:
    """COMPLAINT THROUGH AN ENVOY (see the module docstring): the actors of the summoning verb's object
    when ``verb`` (or the verb whose object it is: "to lodge a protest") is that verb's to-infinitive of
    purpose; none of the complainer's own country."""
    clause = verb.head if verb.dep_ == "dobj" else verb
    if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    main = clause.head
    if lemma(main) not in SUMMONING_VERBS or main.i == clause.i:
        return []
    subj = subject_token(main)
    own = {a.code[:3] for a in (actors.np(subj) if subj is not None else [])}
    envoys = direct_objects(main) + [o for w, o in prep_objects(main) if w == "in"]  # "called in the envoy"
    return [a for o in envoys for a in actors.np(o) if a.code[:3] not in own | {"---"}]


def threat_condition(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The doer a conditional threat of force is aimed at (THREAT'S CONDITION), told in an if/unless clause on
    the verb or on what it threatens to do ("threatened to close the strait if B attacked")."""
    for head in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        found = clause_doer(head, actors, CONDITION_MARKS)
        if found:
            return found
    return []


def clause_doer(verb: Token, actors: ActorIndex, marks: frozenset[str]) -> list[Actor]:
    """The doer of an adverbial clause on ``verb`` opened by one of ``marks``, not of the verb's own side."""
    subj = subject_token(verb)
    own = {a.code[:3] for a in (actors.np(subj) if subj is not None else [])}
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod", "aux") and c.lower_ in marks
                                             for c in clause.children):
            continue
        doer = agent_token(clause) if is_passive(clause) else subject_token(clause)
        if doer is None:
            continue
        found = actors.np(doer) or actors.modifiers(doer, ("amod", "compound", "poss", "nmod"))
        if not found and actors.demonyms is not None:
            found = [a for c in doer.children if c.dep_ in ("amod", "compound") for a in actors.demonyms(c)]
        found = [a for a in found if a.code[:3] not in own and not a.code.startswith("---")]
        if found:
            return found
    return []
