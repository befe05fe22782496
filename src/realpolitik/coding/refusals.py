"""Refusal frames beyond "refused/declined to V": a cooperative act that someone resists, balks at,
is unwilling to do, or whose refusal is reported did not happen; the refusal is the event (CAMEO 12).

``read_refusal`` is the one entry the coder asks. It tries two readings, in this order, because they
answer different questions:

* ``refusal_code`` (only for an act already marked ``negated``): the act is governed by one of the
  verbs that ``modality`` counts as negating (refuse, decline, fail, reject, deny, renege: "failed to
  reach", "refused to hold talks", climbing objects and prepositions), or is an acceptance negated in
  its own clause ("did not approve the plan"). Not accepting or failing to do a cooperative act is the
  rejection itself, asserted.
* ``refusal_frame`` (any act): the wider refusing vocabulary, where the refusal is coded or what lies
  inside it is ``negated``. News words refusals in more ways, each a linguistic class:

* other refusing verbs with an infinitive or gerund: "resisted recognising", "spurned joining";
* a particle verb of refusing (RULED OUT) with a gerund: "ruled out sending troops", as its object
  ("ruled out any aid") is refused like the object of "rejected";
* a refusing verb with a prepositional gerund: "balked at recognising", "refrained from sending";
* a refusing adjective: "is unwilling to recognise", "loath to join";
* coordination carries the frame: "refused to recognise X and to negotiate with it";
* a bare verb the parser hangs on the finite refusing verb continues its infinitive list: in
  "refused to disarm, recognise X and ..." *recognise* (base form) cannot be a second finite
  predicate of the past-tense *refused*, so it is refused too (``listed_after_refusal``).

What lies inside a refusal did not happen either, and is ``negated``:

* a nominal cooperative act (meeting, aid, cooperation, concessions) that is the direct object of a
  refusing verb ("rejected Freedonian aid", "turned down talks with X"); offers and criticism are
  not in this class, since "rejected the offer" or "rejected the criticism" tells that the offer or
  the criticism was made;
* an act nested in what was refused, through an infinitive, a prepositional gerund or a request
  noun ("refused to send troops **to join** the mission", "rejected calls to resume **negotiations**
  with X"); a clause beside the refusal ("rejected the plan, accusing X of ..."), a passive participle
  ("rejected the sanctions imposed by X": done) and rejected criticism or accusations ("rejected
  criticism of its crackdown": the crackdown happened) are not inside it.

A refused act that has no rejection code (a refused attack) is ``negated``, not a rejection.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.failed_attempts import failed_attempt
from realpolitik.coding.frames import lemma, to_marked
from realpolitik.coding.modality import conditional, refusal_head
from realpolitik.coding.rules import REFUSAL_BY_BASE, REFUSAL_BY_ROOT

REFUSING_VERBS = frozenset({"refuse", "decline", "reject", "resist", "balk", "baulk", "spurn", "refrain", "shun"})
REFUSING_ADJS = frozenset({"unwilling", "loath", "loth"})
REFUSING_PREPS = frozenset({"at", "from"})
OBJECT_REFUSERS = frozenset(
    {"refuse", "decline", "reject", "spurn", "rebuff", "disavow", "repudiate", "renounce", "disown"}
)
# particle verbs of refusing: "ruled out sending troops", "turned down the aid"
REFUSING_PHRASALS = frozenset({("rule", "out"), ("turn", "down")})
GERUND_LINKS = frozenset({"xcomp", "advcl"})


def refusing_phrasal(tok: Token) -> bool:
    return any(c.dep_ == "prt" and (lemma(tok), c.lower_) in REFUSING_PHRASALS for c in tok.children)


def refusing_word(trigger: Token) -> Token | None:
    """The refusing verb or adjective that governs the act at ``trigger``, if any."""
    tok = trigger
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        hl = lemma(head)
        if tok.dep_ == "xcomp" and (hl in REFUSING_VERBS or hl in REFUSING_ADJS):
            return head
        if tok.dep_ in GERUND_LINKS and tok.tag_ == "VBG" and refusing_phrasal(head):
            return head  # "ruled out sending troops"
        if tok.dep_ == "pcomp" and head.lower_ in REFUSING_PREPS and lemma(head.head) in REFUSING_VERBS:
            return head.head
        if listed_after_refusal(tok):
            return head
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or head.pos_ not in ("VERB", "AUX"):
            return None
        if tok.tag_ in ("VBD", "VBZ"):
            return None  # "refused to sign and **recognised** X": a finite conjunct is a second act
        tok = head
    return None


# Forms a bare base verb cannot share a subject with as a second predicate ("has refused ... recognise",
# "refuses ... recognise"); not frames.FINITE_TAGS, which holds VBP and leaves out the participle.
UNLIKE_BASE_TAGS = frozenset({"VBD", "VBZ", "VBN"})


def listed_after_refusal(verb: Token) -> bool:
    """Is ``verb`` a base-form member of a refused infinitive list that the parser conjoined to the
    refusing verb itself ("declined to withdraw, **recognise** X or pay")? A base form beside a finite
    past or third-person verb is not a second predicate of the same subject; the refusing verb
    must already govern an infinitive before it, so "refused, and will recognise X" is not read."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.tag_ in UNLIKE_BASE_TAGS
        and lemma(head) in REFUSING_VERBS
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "xcomp" and c.i < verb.i and to_marked(c) for c in head.children)
    )


NESTING = frozenset({"xcomp", "advcl", "dobj", "pobj", "prep", "pcomp", "conj", "acl", "compound", "amod", "nmod"})
INTO_REFUSAL = frozenset({"xcomp", "dobj", "prep", "pcomp"})
GIVEN_ROOTS = frozenset({"04", "05", "06", "07", "08"})


REQUEST_NOUNS = frozenset(
    {"call", "demand", "request", "proposal", "offer", "invitation", "plan", "appeal", "bid", "suggestion", "idea"}
)


def _unrealised(tok: Token) -> bool:
    """A word that only names what would happen: an infinitive, a gerund after a preposition, or a
    request noun ("calls", "a proposal"). Rejected criticism or accusations name acts that did happen."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok.dep_ == "pcomp" or to_marked(tok)
    return tok.lemma_.lower() in REQUEST_NOUNS


def inside_refusal(trigger: Token) -> bool:
    """Is the act at ``trigger`` nested inside what a refusing verb or adjective turns down?"""
    tok = trigger
    unrealised = False
    for _ in range(7):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in NESTING or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            return False
        unrealised = unrealised or _unrealised(tok)
        if _refusing(head) and (tok.dep_ in INTO_REFUSAL or _misattached_content(tok)):
            return unrealised and (tok.i != trigger.i or tok.dep_ != "dobj")
        tok = head
    return False


def _refusing(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # "a decline in trade", "the rejection of" are read elsewhere
    tl = lemma(tok)
    if tl in REFUSING_VERBS or tl in OBJECT_REFUSERS or tl in REFUSING_ADJS:
        return True
    return refusing_phrasal(tok)


def _misattached_content(clause: Token) -> bool:
    """ "rejected calls **to resume** talks": the parser often hangs the request's infinitive on the
    refusing verb (advcl) rather than on the requesting noun; with an object present it is its content."""
    return (
        clause.dep_ == "advcl"
        and to_marked(clause)
        and any(c.dep_ == "dobj" and c.i < clause.i for c in clause.head.children)
    )


def refused_object(noun: Token) -> bool:
    """Is the event noun the thing a refusing verb turns down ("rejected Freedonian aid")?"""
    head = noun.head
    if noun.dep_ != "dobj" or head.i == noun.i:
        return False
    return lemma(head) in OBJECT_REFUSERS or refusing_phrasal(head)


def refusal_frame(trigger: Token, route: str, code: str) -> tuple[str | None, str] | None:
    """(rejection code or None, modality) when the act at ``trigger`` is refused; None when not.

    A verbal act under a refusing word gives its CAMEO 12 code, asserted (None and ``negated`` when
    the act has no rejection code); a nominal event refused as an object is ``negated``."""
    if route == "noun" and code[:2] in GIVEN_ROOTS and refused_object(trigger):
        return None, "negated"
    if route == "noun" or refusing_word(trigger) is None:
        return (None, "negated") if inside_refusal(trigger) else None
    rejection = REFUSAL_BY_BASE.get(code[:3]) or REFUSAL_BY_ROOT.get(code[:2])
    return (rejection, "asserted") if rejection else (None, "negated")


ACCEPTANCE_VERBS = frozenset(
    {"accept", "agree", "allow", "approve", "permit", "recognize", "recognise", "endorse", "accede", "heed"}
)


def refusal_code(trigger: Token, code: str) -> str | None:
    """A refused cooperative act is a rejection (CAMEO 12): "refused to deploy", "failed to reach",
    and so is a negated acceptance ("will not admit further migrants", "did not approve the plan"):
    not accepting is itself the answer. Other negated acts ("did not sign") stay negated events."""
    if code[:2] not in REFUSAL_BY_ROOT:
        return None
    head = refusal_head(trigger)
    if head is None and not negated_acceptance(trigger):
        return None
    if failed_attempt(trigger, head):
        return None  # "failed to persuade X": an effort that did not succeed, nothing refused
    return REFUSAL_BY_BASE.get(code[:3]) or REFUSAL_BY_ROOT[code[:2]]


def negated_acceptance(trigger: Token) -> bool:
    """ "will **not accept**", "never recognised": an acceptance verb negated in its own clause."""
    return lemma(trigger) in ACCEPTANCE_VERBS and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in trigger.children
    )


def read_refusal(trigger: Token, route: str, code: str, modality: str) -> tuple[str | None, str] | None:
    """(rejection code or None, modality) when the act at ``trigger`` is refused, None when not: a
    negated act under a negating verb or a negated acceptance is its rejection, asserted
    (``refusal_code``), or only supposed when it is a condition ("will stop the gas if B will not sign":
    CONDITIONAL REFUSAL); otherwise the wider frames of ``refusal_frame`` decide."""
    if modality == "negated":
        rejection = refusal_code(trigger, code)
        if rejection is not None:
            return rejection, "hypothetical" if conditional(trigger) else "asserted"
    return refusal_frame(trigger, route, code)
