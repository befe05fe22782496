"""Predicates a speaker ascribes to another actor: blame and expectation as events.

Two lexical classes whose event word is an adjective, not the verb, so no verb/frame pattern can
hold them (the adjective hangs on the object or on a ``that``-clause, never as a direct object):

* **Blame by ascription** (CAMEO 112 accuse): a verb of naming or judging with a blame predicate on
  its object — "held X responsible", "identified X as culpable", "declared X accountable for ...",
  and, for naming verbs only, a relative clause saying so: "named the X managers who
  were to blame for ...". CAMEO.2.0 lists "hold * responsible" as a verb + noun pattern, which never
  fires because the parser hangs the adjective on the object.
* **Concern about another actor** (CAMEO 012): "X is concerned about Y's ...", "X was alarmed by
  Y's ..." (CAMEO.2.0 codes "remain concerned" and "express alarm" 012; the adjective with its
  about/over/by phrase is the common form it misses).
* **Linked to outlaws** (CAMEO 112 accuse): "linked X with Al-Qaeda", "tied the minister to a drug
  cartel" — tying an actor to an armed, terrorist or criminal group ascribes guilt to the actor. It is
  not the economic link (0311) CAMEO.2.0's "link with" row reads, which joins things ("linked their
  power grids"), nor any act toward the group.
* **Verdict of guilt** (CAMEO 116 find guilty): "found X guilty of ...", "declared X liable for ..." is a
  court's verdict on X, not an accusation.
* **Expectation about another actor** (CAMEO 013 optimistic / 012 pessimistic comment): an
  adjective of confidence or doubt, or a noun of it that the speaker expresses, completed by a
  ``that``-clause about an actor — "X is confident that Y will ...", "X expressed hope that Y
  would ...", "X was sceptical that Y would ...". The clause's subject is the target; what it is
  expected to do is not itself coded here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import PERSONAL_PRONOUNS, direct_objects, lemma, prep_objects, subject_token
from realpolitik.coding.patterns import LAYER_CURATED, Pattern
from realpolitik.coding.roles import Roles, find_sources, judged_roles, speaker_for
from realpolitik.model import Actor

BLAME = Pattern("rp-ascribed-blame", "V", "", "", "", "", "112", "", LAYER_CURATED, "built-in: X held Y responsible")
OPTIMISM = Pattern("rp-expectation-hope", "V", "", "", "", "", "013", "", LAYER_CURATED, "built-in: X is sure Y will")
PESSIMISM = Pattern("rp-expectation-doubt", "V", "", "", "", "", "012", "", LAYER_CURATED, "built-in: X doubts Y will")
CONCERN = Pattern("rp-stated-concern", "V", "", "", "", "", "012", "", LAYER_CURATED, "built-in: X is worried by Y")

# verbs that tie their object to someone else ("linked X to Al-Qaeda"); the groups such a tie accuses
LINKING_VERBS = frozenset({"link", "tie", "connect", "associate"})
OUTLAW_ROOTS = ("IMG",)
OUTLAW_SECTORS = frozenset({"REB", "INS", "UAF", "CRM", "TER"})
# verbs that state a judgement on their object ("held/found/declared X responsible")
JUDGING_VERBS = frozenset({"hold", "find", "declare", "deem", "consider", "pronounce", "judge", "brand", "call"})
# verbs that single out their object ("named/identified X as responsible")
NAMING_VERBS = frozenset({"name", "identify", "list", "single", "pinpoint"})
# "guilty"/"liable" are a court's verdict, not an accusation; "not responsible" clears the object
BLAME_WORDS = frozenset({"responsible", "accountable", "culpable", "blameworthy"})


def _blame_word(tok: Token) -> bool:
    return tok.lower_ in BLAME_WORDS and not any(c.dep_ == "neg" for c in tok.children)


HOPEFUL_WORDS = frozenset({"optimistic", "confident", "convinced", "hopeful", "sure", "certain", "upbeat"})
DOUBTFUL_WORDS = frozenset({"pessimistic", "doubtful", "sceptical", "skeptical", "unconvinced", "dubious"})
HOPE_NOUNS = frozenset({"optimism", "confidence", "hope", "conviction", "certainty"})
DOUBT_NOUNS = frozenset({"pessimism", "doubt", "scepticism", "skepticism"})
# a speaker's concern about what an actor does (CAMEO.2.0: remain concerned, declare worried -> 012)
CONCERNED_WORDS = frozenset(
    {"concerned", "worried", "alarmed", "troubled", "anxious", "uneasy", "apprehensive", "perturbed", "disturbed"}
)
CONCERN_PREPS = frozenset({"about", "over", "by", "at", "of"})
# STATED DOUBT: "X is sceptical about / of Y's ..." comments on Y as pessimistically as concern does
CONCERN_WORDS = CONCERNED_WORDS | DOUBTFUL_WORDS
# "disturbed by media reports that ...": the reports carry the news, their author is not its subject
REPORT_NOUNS = frozenset({"report", "news", "account", "rumour", "rumor", "word", "claim"})
EXPRESSING_VERBS = frozenset({"express", "voice", "convey", "reiterate", "share", "state", "declare", "signal"})

Found = tuple[Pattern, Token, Roles]


def _blamed(obj: Token) -> bool:
    """Does a blame word sit on the object, directly ("X responsible") or through ``as``?"""
    for c in obj.children:
        if _blame_word(c) and c.dep_ in ("amod", "oprd", "acomp", "ccomp", "xcomp"):
            return True
    return False


def _blame_on_verb(verb: Token) -> bool:
    """A blame word hung on the verb: "held X responsible" (oprd/ccomp/xcomp), "named X as
    responsible" (``as`` with the adjective as its object or modifier)."""
    for c in verb.children:
        if _blame_word(c) and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advmod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(_blame_word(g) for g in c.children):
            return True
    return False


def _relative_blame(obj: Token) -> bool:
    """ "the managers who are accountable": a relative clause predicating blame."""
    return any(
        c.dep_ == "relcl" and any(_blame_word(g) and g.dep_ in ("acomp", "attr") for g in c.children)
        for c in obj.children
    )


def _outlaw(a: Actor) -> bool:
    return a.code.startswith(OUTLAW_ROOTS) or a.code[3:6] in OUTLAW_SECTORS


def linked_to_outlaws(verb: Token, actors: ActorIndex) -> bool:
    """LINKED TO OUTLAWS (see the module docstring): "linked X with/to <an armed, terrorist or criminal
    group>"; whoever X is, no link with the group is made."""
    if lemma(verb) not in LINKING_VERBS or not direct_objects(verb):
        return False
    return any(_outlaw(a) for w, o in prep_objects(verb) if w in ("with", "to") for a in actors.np_deep(o))


def blame_hits(sent: Span, actors: ActorIndex) -> list[Found]:
    """Blame ascribed to a verb's object: source the verb's subject, target the object."""
    out: list[Found] = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        low = lemma(tok)
        if low in LINKING_VERBS and linked_to_outlaws(tok, actors):
            sources, inherited = find_sources(tok, actors)
            roles = judged_roles(sources, [t for o in direct_objects(tok) for t in actors.np_deep(o)], inherited)
            if roles is not None:
                out.append((BLAME, tok, roles))
            continue
        if low not in JUDGING_VERBS | NAMING_VERBS:
            continue
        on_verb = _blame_on_verb(tok)
        for obj in direct_objects(tok):
            conjuncts = [c for c in obj.children if c.dep_ == "conj"]
            relative = any(_relative_blame(o) for o in [obj, *conjuncts])
            if not (on_verb or _blamed(obj) or (low in NAMING_VERBS and relative)):
                continue
            targets = actors.np_deep(obj) or _owner(obj, actors)
            if relative:  # SHARED RELATIVE: "named the X managers and the Y inspectors who were to blame"
                targets = [*targets, *(a for c in conjuncts for a in actors.np_deep(c) or _owner(c, actors))]
            sources, inherited = find_sources(tok, actors)
            roles = judged_roles(sources, targets, inherited)
            if roles is not None:
                out.append((BLAME, tok, roles))
            break
    return out


def _owner(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Actors an object belongs to: "executives of the X company" blame the company's side."""
    for word, o in prep_objects(noun):
        if word == "of":
            found = actors.np_deep(o)
            if found:
                return found
    return []


def _clause_actors(clause: Token, actors: ActorIndex) -> list[Actor]:
    """The actor a ``that``-clause is about: its subject, or the subject's owner ("that the members
    of X will ..."). An actor further down the clause is what the subject acts on or with, not
    whom the expectation is about."""
    subj = subject_token(clause)
    if subj is None:
        return []
    return actors.np_deep(subj) or _owner(subj, actors)


def _that_clause(word: Token) -> Token | None:
    for c in word.children:
        if (
            c.dep_ in ("ccomp", "acl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ):
            return c
    return None


def expectation_hits(sent: Span, actors: ActorIndex) -> list[Found]:
    """ "X is confident that Y will ...", "X expressed hope that Y would ...": 013 (012 for doubt)."""
    out: list[Found] = []
    for tok in sent:
        low = tok.lower_
        anchor: Token | None = None
        if low in HOPEFUL_WORDS | DOUBTFUL_WORDS and tok.dep_ in ("acomp", "oprd", "xcomp"):
            anchor, hopeful = tok.head, low in HOPEFUL_WORDS
        elif tok.pos_ == "NOUN" and lemma(tok) in HOPE_NOUNS | DOUBT_NOUNS and tok.dep_ == "dobj":
            if lemma(tok.head) in EXPRESSING_VERBS:
                anchor, hopeful = tok.head, lemma(tok) in HOPE_NOUNS
        if anchor is None:
            continue
        clause = _that_clause(tok)
        if clause is None:
            continue
        targets = _clause_actors(clause, actors)
        sources, inherited = find_sources(anchor, actors)
        roles = judged_roles(sources, targets, inherited)
        if roles is not None:
            out.append((OPTIMISM if hopeful else PESSIMISM, anchor, roles))
    return out


def _concern_objects(word: Token, actors: ActorIndex) -> list[Actor]:
    """Whose doing the concern is about: the about/over/by/at object's actor or its owner ("worried
    about X's debt", "alarmed by the X drills")."""
    for c in word.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in CONCERN_PREPS:
            continue
        for o in c.children:
            if o.dep_ == "pobj" and lemma(o) not in REPORT_NOUNS:
                found = actors.np_deep(o) or _owner(o, actors)
                if found:
                    return found
    return []


def concern_hits(sent: Span, actors: ActorIndex) -> list[Found]:
    """ "X is concerned about Y's ...", "X was alarmed by Y's ...", "X is sceptical of Y's ...": a
    pessimistic comment (012) on Y."""
    out: list[Found] = []
    for tok in sent:
        if tok.lower_ not in CONCERN_WORDS or any(c.dep_ == "neg" for c in tok.children):
            continue
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if tok.dep_ in ("acomp", "oprd"):
            anchor = tok.head
            sources, inherited = find_sources(anchor, actors)
        elif passive is not None:
            anchor = tok
            sources, inherited = actors.np(passive), False
            speaker = speaker_for(tok, actors) if passive.lower_ in PERSONAL_PRONOUNS else None
            if speaker is not None:  # "we are alarmed by ...," the minister said
                sources, inherited = [speaker], True
        else:
            continue
        targets = _concern_objects(tok, actors)
        roles = judged_roles(sources, targets, inherited)
        if roles is not None:
            out.append((CONCERN, anchor, roles))
    return out


GUILT = Pattern("rp-found-guilty", "V", "", "", "", "", "116", "", LAYER_CURATED, "built-in: X found Y guilty")
# verbs by which a court or a panel states a verdict on its object ("found X guilty", "declared X liable")
VERDICT_VERBS = frozenset({"find", "declare", "pronounce", "rule", "judge", "hold"})
GUILT_WORDS = frozenset({"guilty", "liable"})


def guilt_hits(sent: Span, actors: ActorIndex) -> list[Found]:
    """VERDICT OF GUILT (CAMEO 116): "the court found B's officers guilty of ...",
    "a tribunal declared B liable for ...". The adjective hangs on the verb or on its object, so no verb
    pattern holds it; a negated verdict ("found him not guilty") acquits and is no event."""
    out: list[Found] = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in VERDICT_VERBS:
            continue
        objects = direct_objects(tok)
        words = [c for h in (tok, *objects) for c in h.children
                 if c.lower_ in GUILT_WORDS and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "amod", "advmod")]
        # "found the pirates guilty": the parser often makes the object the adjective's own subject
        objects = objects or [g for w in words for g in w.children if g.dep_ == "nsubj"]
        if not objects or not words or any(g.dep_ == "neg" or g.lower_ in ("not", "never") for w in words
                                           for g in w.children):
            continue
        sources, inherited = find_sources(tok, actors)
        roles = judged_roles(sources, [t for o in objects for t in actors.np_deep(o) or _owner(o, actors)], inherited)
        if roles is not None:
            out.append((GUILT, tok, roles))
    return out


def ascription_hits(sent: Span, actors: ActorIndex) -> list[Found]:
    """Every ascribed blame, verdict of guilt, stated expectation and stated concern in the sentence."""
    return blame_hits(sent, actors) + guilt_hits(sent, actors) + expectation_hits(sent, actors) \
        + concern_hits(sent, actors)
