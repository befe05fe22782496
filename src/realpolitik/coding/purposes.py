"""A purpose clause states an aim, not a deed: "Ruritania is buying tanks **to deter** Freedonia".

The coder reads every verb with a pattern as an act, so a to-infinitive that gives the reason for
another act ("built a wall to keep out smugglers", "is arming itself in order to counter Freedonia's
navy", "will try and block the resolution") would be coded as the subject's act, asserted. The
te3dev guidelines code no motive ("hoping to bring X to the table" is not an event). The aim is
kept, with modality ``intended``, so nothing is lost and default analyses do not count it.

Three kinds of purpose clause stay acts:
* when the governing verb is itself the same act ("met in Oslo to negotiate"), which
  ``rules.restates_governing_event`` already folds into one event;
* when the purpose is material help or yielding, done in the doing ("sent engineers to help
  Bolivia", ``MEANS_ROOTS``); purposes of force are ``rules.purposed_act``'s, intended whatever
  the governing verb;
* when the governing verb is not a building-up of means for later (``BUILDING_VERBS``): an occasion
  or channel used for an act ("used the holiday to call on X", "summoned the envoy to protest")
  carries the act out at once.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import FORCE_ROOTS
from realpolitik.coding.frames import lemma, to_marked
from realpolitik.coding.modality import INTENT_HEADS
from realpolitik.coding.rules import infinitive_of_purpose

TRYING = frozenset({"try", "attempt"})
# codes whose purpose clause is done by its means: material cooperation and aid (06, 07), yielding
# (08); force (15, 17-20) is left to rules.purposed_act
MEANS_ROOTS = frozenset({"06", "07", "08"}) | FORCE_ROOTS


# verbs whose to-infinitive says what their object is to do or what they mean to do: not a purpose
CONTROL_VERBS = frozenset(
    {
        "ask", "urge", "call", "persuade", "tell", "allow", "permit", "invite", "help", "force", "encourage",
        "press", "order", "request", "enable", "expect", "want", "need", "require", "advise", "warn",
        "instruct", "authorize", "authorise", "appeal", "pressure", "lead", "get", "convince", "compel",
        "oblige", "cause", "push", "challenge", "dare", "beg", "remind", "mandate", "empower", "prompt",
        "inspire", "entitle", "choose", "elect", "appoint", "nominate", "select", "hire", "commission",
    }
)  # fmt: skip


def _purpose_not_control(xcomp: Token) -> bool:
    """An ``xcomp`` read as purpose: the governing verb already has its object and does not control
    the infinitive ("is constructing missiles **to counter** ..." but not "asked Oslo **to mediate**")."""
    head = xcomp.head
    has_object = any(c.dep_ == "dobj" and c.i < xcomp.i for c in head.children)
    return has_object and lemma(head) not in CONTROL_VERBS and lemma(head) not in INTENT_HEADS


def purpose_clause(verb: Token) -> Token | None:
    """The purpose clause ``verb`` heads or sits in ("bought tanks **to deter**", "in order to counter",
    "to try and **block**", "is building ships **to try to** counter"), or None: a purpose infinitive as
    ``rules.infinitive_of_purpose`` reads it, or an ``xcomp`` after the governing verb's own object."""
    tok = verb
    if tok.dep_ == "conj" and lemma(tok.head) in TRYING:  # "to try and block": the pseudo-coordination
        tok = tok.head
    if tok.dep_ == "xcomp" and lemma(tok.head) in TRYING:  # "to try to block"
        tok = tok.head
    if tok.head.i == tok.i or not to_marked(tok):
        return None
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and _purpose_not_control(tok):
        return tok
    return tok if infinitive_of_purpose(tok) else None


def _governor(clause: Token) -> Token:
    """The verb a purpose clause is the purpose of ("bought radar in order **to** watch" → bought)."""
    head = clause.head
    if head.lower_ == "order" and head.head.i != head.i:
        return head.head.head  # order ← in ← bought
    return head


# Acts that build up a capability for later: their purpose is still to come ("is buying radar to
# deter ...", "massed troops to threaten ..."). Occasions and channels used for an act ("used the
# holiday to call on ...", "summoned the envoy to protest", "wrote to demand") carry it out at once.
BUILDING_VERBS = frozenset(
    {
        "build", "construct", "buy", "purchase", "acquire", "develop", "deploy", "mass", "amass", "move",
        "prepare", "arm", "rearm", "strengthen", "modernize", "modernise", "increase", "boost", "expand",
        "launch", "create", "establish", "form", "set", "train", "recruit", "raise", "invest", "upgrade",
        "station", "reinforce", "equip", "stockpile", "order", "produce", "manufacture", "design", "install",
        "assemble", "mobilize", "mobilise", "gather", "collect", "seek", "plan", "draft", "pass", "adopt",
    }
)  # fmt: skip


def aimed_act(verb: Token, code: str) -> bool:
    """Is the event of ``verb`` (code ``code``) only the aim of building something up?"""
    if verb.pos_ not in ("VERB", "AUX") or code[:2] in MEANS_ROOTS:
        return False
    clause = purpose_clause(verb)
    if clause is None:
        return False
    return lemma(_governor(clause)) in BUILDING_VERBS
