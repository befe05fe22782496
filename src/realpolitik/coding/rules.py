"""Clause-level coding rules: threats, symmetric codes and which dyads are admissible (refusals are
read in ``refusals``, which takes the rejection codes defined here).

They turn the act a clause describes into the event CAMEO codes for the whole construction
("refused to meet" is a rejection, "threatened to impose sanctions" a threat) and say when two
coordinated actors did something to each other.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from realpolitik.actors.context import country_from_place
from realpolitik.coding.cameo import ARMED_ROOTS, FORCE_ROOTS, PROTEST_ROOT
from realpolitik.coding.frames import (
    COMMITMENT_HEADS,
    SPEECH_VERBS,
    attribution_holder,
    auxiliaries,
    lemma,
    rules_out,
    speech_head,
    to_marked,
)
from realpolitik.coding.modality import BACKSHIFT_AUX, FUTURE_AUX, conditional
from realpolitik.coding.state_protests import state_itself
from realpolitik.model import STATE_SECTORS, Actor

PROMISABLE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
REFUSAL_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REFUSAL_BY_BASE = {"057": "127", "054": "1232"}  # te3dev: refusing to recognise is 1232
THREAT_BY_ROOT = {"14": "133", "15": "138", "17": "137", "18": "138", "19": "138", "20": "138"}
THREAT_BY_BASE = {"161": "1313", "163": "1312", "162": "1311", "160": "131", "164": "131", "166": "131"}
THREAT_HEADS = frozenset({"threaten", "warn"})
READINESS_HEADS = frozenset({"ready", "prepared", "willing"})
MATRIX_VERBS = frozenset(
    {
        "hope",
        "plan",
        "intend",
        "want",
        "wish",
        "seek",
        "aim",
        "expect",
        "prepare",
        "try",
        "attempt",
        "agree",
        "offer",
        "pledge",
        "promise",
        "vow",
        "decide",
        "refuse",
        "decline",
        "fail",
        "threaten",
        "need",
        "begin",
        "start",
        "continue",
        "help",
        "consider",
    }
)
# "said", "told", "delivered a message to": a plain statement introduces events, it is not one
BARE_STATEMENTS = frozenset({"010"})
SYMMETRIC_BASES = frozenset(
    {
        "030",
        "031",
        "032",
        "036",
        "040",
        "041",
        "044",
        "045",
        "046",
        "050",
        "054",  # "A and B established diplomatic ties": each recognises the other
        "019",  # JOINT ACCORD: "A and B agreed on the need for ...": each voices accord with the other
        "057",
        "060",
        "061",
        "062",
        "063",
        "064",
        "190",
        "193",
        "194",
        "195",
        "160",
        "161",
    }
)
SYMMETRIC_ROOTS = frozenset({"03", "06"})
ASYMMETRIC_BASES = frozenset({"033", "042", "043"})


def is_symmetric(code: str) -> bool:
    """Codes that describe a joint act when the actors are coordinated ("X and Y met/signed/clashed")."""
    if code[:3] in ASYMMETRIC_BASES:
        return False
    return code[:3] in SYMMETRIC_BASES or code[:2] in SYMMETRIC_ROOTS


MULTILATERAL_PARTIES = 5


def multilateral(sources: list[Actor], targets: list[Actor], code: str) -> bool:
    """MULTILATERAL GATHERING: a joint act of five or more states with no single party on one side
    ("leaders of ten states met in Hanoi", "the six powers and the three hosts signed the text") is one
    gathering, not a web of bilateral acts. Coding every pair makes one sentence tens of dyads that
    each say two states met, which no analyst would claim: the network and the blocs would read a
    summit's seating list as ties. One state acting with a group ("China met the ten ASEAN
    leaders") does meet each of them and stays, as does any act of four or fewer parties. Parties
    are counted by country, so a state's government and army are one party."""
    if not is_symmetric(code):
        return False
    own = {a.code[:3] for a in sources}
    other = {a.code[:3] for a in targets}
    return len(own) >= 2 and len(other) != 1 and len(own | other) >= MULTILATERAL_PARTIES


def threat_code(trigger: Token, code: str, modality: str, vow_is_threat: bool = False) -> str | None:
    """An announced or conditional coercive act is a threat (CAMEO 13): "threatened to break off
    relations", "will withdraw its force unless ...", "intends to impose quotas". A vowed or
    pledged one ("vowed to crush the rebels") is a threat too under analyst conventions
    (``vow_is_threat``); PETRARCH codes it as the act itself, intended."""
    threat = THREAT_BY_BASE.get(code[:3]) or THREAT_BY_ROOT.get(code[:2])
    if threat is None:
        return None
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in THREAT_HEADS:
        return threat
    if trigger.dep_ == "ccomp" and own_warning(trigger.head):
        return threat  # WARNED OWN ACT: "warned it would strike B (if provoked)"
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in trigger.children):
        return threat
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in READINESS_HEADS:
        return threat  # "stands ready to declare a state of siege": readiness to coerce is held over someone
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in COMMITMENT_HEADS:
        return threat if vow_is_threat else None  # "pledged to expel": a commitment to coerce
    if modality == "hypothetical" and speech_head(trigger) is not None and not advised(trigger) and not (
            conditional(trigger)):
        return threat  # "the opposition said it would shun ...": a stated conditional harm
    return threat if modality == "intended" and announced_future(trigger) else None


REDUCTION_ROOT = "16"


def decided_reduction(trigger: Token, code: str) -> Token | None:
    """The "decided" of "decided to halt talks with X", "has decided to recall its envoy and cut aid":
    a government's decision to reduce relations (CAMEO 16) is the reduction itself, taken when it is
    announced, not a threat of it (a threat warns of an act that depends on the target's conduct).
    Returns the deciding verb, whose modality the event takes; None otherwise."""
    if code[:2] != REDUCTION_ROOT:
        return None
    tok = trigger
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "xcomp" and lemma(head) == "decide" and head.pos_ in ("VERB", "AUX"):
            return head
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
            return None
        tok = head
    return None


ADVICE_MODALS = frozenset({"should", "must", "ought"})


def complement_chain(trigger: Token, steps: int = 4) -> Iterator[Token]:
    """The trigger and the verbs it completes or is coordinated with, upward ("must **try** to
    **cut**": cut, try), at most ``steps`` words: where a modal or a governing verb of the act sits."""
    tok = trigger
    for _ in range(steps):
        yield tok
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return
        tok = tok.head


def advised(trigger: Token) -> bool:
    """Is the reported act only advised or required ("said X **should** break off talks", "must cut
    ties")? Advice or a stated obligation is no conditional harm its speaker holds over anyone."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ADVICE_MODALS
               for tok in complement_chain(trigger) for c in tok.children)


FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
# heads that announce what their subject is going to do ("plans to", "is set to", "is due to")
ANNOUNCING_HEADS = frozenset({"plan", "intend", "set", "schedule", "prepare", "due", "consider", "mull", "going"})


def announced_future(trigger: Token) -> bool:
    """Does the clause announce the act as its subject's own future (a future modal, "is going to",
    "plans/intends/is set to")? Only such an announcement of coercion is a threat (te3dev: "a
    coercive announcement is a 13x threat"). An aim ("are seeking to oust X", "hope to topple"), a
    purpose ("troops sent to crush the revolt"), a judgement ("it is in their interest to contain X")
    or a plan named by a noun ("the planned rally") tells of no announcement, and keeps the act's own
    code with modality ``intended``."""
    for tok in complement_chain(trigger):
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if any(
            (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lower_ in FUTURE_MODALS)
            or (c.dep_ == "aux" and c.lower_ == "going")
            for c in tok.children
        ):
            return True
        head = tok.head
        if tok.dep_ == "xcomp" and (lemma(head) in ANNOUNCING_HEADS or head.lower_ in ANNOUNCING_HEADS):
            return True
    return False


YIELD_ROOT = "08"
ACCEDING_HEADS = frozenset({"agree"})
COMMITMENT_NOUNS = frozenset({"offer", "pledge", "promise", "commitment", "vow", "undertaking"})
INTENT_BY_CODE = {
    "045": "039",
    "057": "030",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}


OWN_WISH_VERBS = frozenset({"want", "wish"})


def own_wish(verb: Token) -> bool:
    """OWN WISH IS INTENT: "A wants to improve ties with B", "wishes to join the talks" -- a wish whose
    infinitive has the wanter as its own doer (no object or subject of its own before it: not "wants B
    to ...") states the wanter's intent, as "is willing to" does: a cooperative act wished for is its
    intent code (03x, ``intent_head``), and no demand made of anyone. PETRARCH's dictionaries code it
    so too ("wants to help B" is 033)."""
    if lemma(verb) not in OWN_WISH_VERBS or any(c.dep_ in ("dobj", "ccomp", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and to_marked(c) and not any(g.dep_ == "nsubj" for g in c.children)
               for c in verb.children)


WARNING_HEADS = frozenset({"warn", "caution"})
SELF_SUBJECTS = frozenset({"it", "they", "we", "i", "he", "she"})


def own_warning(verb: Token) -> bool:
    """WARNED OWN ACT: "A warned (that) it would strike B", "warned they will expel the envoys" -- a
    warning whose clause has the warner as its doer (a pronoun subject) and a future or conditional
    modal announces the warner's own act, a threat held over B, and no advice to anyone: what it
    governs is no act only warned against, as in "warned B against ..." or "warned that B would
    ...". A warning with an addressee of its own ("warned B that ...") keeps its own target."""
    if lemma(verb) not in WARNING_HEADS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" and g.lower_ in SELF_SUBJECTS for g in c.children)
        and any(g.dep_ == "aux" and g.tag_ == "MD" and g.lower_ in FUTURE_MODALS for g in c.children)
        for c in verb.children
    )


def intent_head(trigger: Token) -> Token | None:
    """The word expressing a commitment that governs ``trigger``: the verb or adjective of "pledged
    to **help**", "agreed to **meet** and **sign**", "is ready to **mediate**", or the noun of "an
    offer to **mediate**"."""
    tok = trigger
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "xcomp" and (lemma(tok.head) in COMMITMENT_HEADS or own_wish(tok.head)):
            return tok.head
        if (
            tok.dep_ == "advcl"
            and lemma(tok.head) in COMMITMENT_HEADS
            and to_marked(tok)
        ):
            return tok.head  # "offered its engineers to assist them": what the offer is for is promised too
        if tok.dep_ == "acl" and lemma(tok.head) in COMMITMENT_NOUNS and any(c.lower_ == "to" for c in tok.children):
            return tok.head
        if tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def intent_code(trigger: Token, code: str) -> tuple[str, Token] | None:
    """A cooperative act that someone pledges, promises, offers or agrees to do is CAMEO 03 ("express
    intent to ..."), the specific sub-code chosen by the act: "offered to mediate" 039, "promised to
    send food" 0333, "agreed to meet" 036. The intent code already says the act is only promised, so
    the commitment itself is the event: (code, the committing word, whose modality the event takes).
    Agreeing to a concession ("agreed to ease the embargo") is acceding, which CAMEO codes as the
    yielding act (08) itself; PLOVER still calls it AGREE (see ``extract._make_event``)."""
    head = intent_head(trigger)
    if head is None:
        return None
    if code[:2] == "03" or (code[:2] == YIELD_ROOT and lemma(head) in ACCEDING_HEADS):
        return code, head  # already an intent code; agreeing to yield is acceding (CAMEO 08) itself
    intent = INTENT_BY_CODE.get(code[:3]) or INTENT_BY_ROOT.get(code[:2])
    return (intent, head) if intent is not None else None


AGREEMENT_HEADS = frozenset({"agree"})
AGREEMENT_INTENT = "030"
BARE_AGREEMENT = "050"  # CAMEO.2.0's code for a bare "agree"
EXPRESS_ACCORD = "019"
NORMATIVE_AUX = frozenset({"should", "must", "ought", "need"})


def promisable(code: str) -> bool:
    """Does a committed act have a code of its own once promised: an intent (03x) or a threat (13x)?"""
    return (
        code[:2] == "03"
        or code[:3] in INTENT_BY_CODE
        or code[:2] in INTENT_BY_ROOT
        or code[:3] in THREAT_BY_BASE
        or code[:2] in THREAT_BY_ROOT
        or code[:2] == YIELD_ROOT
    )


def agreed_act(trigger: Token) -> Token | None:
    """What an agreement commits to: the to-infinitive of "agreed (with B) **to reopen** ...", or the
    gerund of "agreed on **building** ..."; None when "agree" only voices accord ("agreed with her")."""
    if lemma(trigger) not in AGREEMENT_HEADS:
        return None
    for c in trigger.children:
        if c.dep_ in ("xcomp", "advcl") and to_marked(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    return g
    return None


def agreement_code(trigger: Token, code: str) -> str | None:
    """An agreement to do something whose own code is not an intent is the intent to cooperate
    (030), asserted: "A agreed with B to rebuild the bridge", "A and B agreed to hold a census".
    AGREED VIEW: a bare "agree" (050) over a that-clause agrees on what the clause says: on what ought to
    be or what is ("agreed that the talks must resume", "agree that the region is unstable") it voices
    accord (019); on what will be done ("agreed that aid will reach the camps") it is a plan (030)."""
    if code[:2] == "03":
        return None
    if agreed_act(trigger) is not None:
        return AGREEMENT_INTENT
    if code[:3] != BARE_AGREEMENT or lemma(trigger) not in AGREEMENT_HEADS:
        return None
    for clause in trigger.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        auxes = auxiliaries(clause)
        if auxes & (FUTURE_AUX | BACKSHIFT_AUX):
            return AGREEMENT_INTENT
        if auxes & NORMATIVE_AUX or lemma(clause) in ("be", "need") or clause.tag_ in ("VBZ", "VBP"):
            return EXPRESS_ACCORD
    return None


def agreed_with(trigger: Token) -> bool:
    """ "A agreed **with B** to ...": an agreement both parties make (coded both ways)."""
    return agreed_act(trigger) is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


# Words that stop or call off an event ("broke off talks", "declared an end to negotiations",
# "pulled out of the conference"): a meeting so governed did not go on; halting it is CAMEO 164.
HALTING_VERBS = frozenset(
    {"end", "halt", "suspend", "stop", "cancel", "abandon", "terminate", "freeze", "boycott", "scrap"}
)
HALTING_PHRASALS = frozenset({("break", "off"), ("call", "off"), ("pull", "out"), ("walk", "out"), ("break", "up")})
# ENDED TALKS: "the failure of negotiations between A and B", "the breakdown of the talks" halt them too
HALTING_NOUNS = frozenset({"end", "halt", "suspension", "cancellation", "termination", "freeze", "boycott",
                           "collapse", "breakdown", "failure", "stalling", "deadlock", "stalemate", "impasse"})
HALTED_MEETING = "164"


def halted(noun: Token) -> bool:
    """Is the event noun the object of a halting word ("suspended the talks", "an end to talks",
    "walked out of the negotiations")?"""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.i != noun.i:
        return _halting_verb(head)
    if noun.dep_ == "pobj" and head.head.i != head.i:
        holder = head.head
        if head.lower_ in ("to", "of", "on") and holder.pos_ == "NOUN" and lemma(holder) in HALTING_NOUNS:
            return True
        if head.lower_ in ("of", "from") and holder.dep_ in ("prep", "prt") and holder.head.i != holder.i:
            return (lemma(holder.head), holder.lower_) in HALTING_PHRASALS  # "pulled out of the talks"
        return holder.pos_ == "VERB" and _halting_verb(holder)
    return False


def _halting_verb(verb: Token) -> bool:
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"} | ({verb.head.lower_} if verb.dep_ == "prt" else set())
    return lemma(verb) in HALTING_VERBS or any((lemma(verb), p) in HALTING_PHRASALS for p in prts)


def halted_code(noun: Token | None, code: str) -> str | None:
    """A meeting, talks or negotiation that someone halts is the halting of negotiations (164)."""
    if noun is None or code[:2] != "04" or not halted(noun):
        return None
    return HALTED_MEETING


# Acts that exist only between states: reducing or breaking diplomatic relations (161). "Kenya recalled
# its ambassador" names no host, and its own government is none. (054 is not here: a faction may
# recognise a domestic leader's authority.)
INTERSTATE_ONLY = frozenset({"161"})


ORGAN_SECTORS = STATE_SECTORS | {"ELI", "ADM", "BUR"}


def own_organ(part: Actor, body: Actor) -> bool:
    """ORGANISATION AND ITS OWN ORGAN: an organisation's own officials, auditors or court
    ("IGOEUREECGOV", "the EU's top financial watchdog") acting on the organisation itself ("IGOEUREEC")
    is its internal business, as a state's government acting on the state is; the organ's code is the
    body's own code followed by sector blocks only."""
    if body.code[:3] not in ("IGO", "NGO") or len(part.code) <= len(body.code) or not part.code.startswith(body.code):
        return False
    rest = part.code[len(body.code):]
    return len(rest) % 3 == 0 and all(rest[i:i + 3] in ORGAN_SECTORS for i in range(0, len(rest), 3))


def distinct_dyad(src: Actor, tgt: Actor, code: str = "") -> bool:
    """Source and target must differ. Meeting or visiting one's own country ("VENGOV" and "VEN", as in
    "Maduro ... visit Caracas") is a metonymy artefact, not an interaction; other acts of a government
    on its own country ("ordered a curfew in Arica") are kept. Two actors with no known country
    ("insurgents killed people") give no dyad anyone can place."""
    if src.code == tgt.code or own_organ(src, tgt) or own_organ(tgt, src):
        return False
    if not placed(src) and not placed(tgt):
        return False
    same_country = src.code[:3] == tgt.code[:3] and src.code[:3] != "---"
    if same_country and code[:3] in INTERSTATE_ONLY:
        return False
    return not (same_country and (len(src.code) == 3 or len(tgt.code) == 3) and code[:2] in ("", "04"))


def placed(actor: Actor) -> bool:
    return not actor.code.startswith("---")


CLAIMABLE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def is_claim(trigger: Token, code: str, modality: str) -> bool:
    """A past coercive or violent act stated by a speaker who opens the sentence ("France claimed
    that Sudan had attacked Chad"): the statement, not the act, is what the sentence reports."""
    if code[:2] not in CLAIMABLE_ROOTS or modality not in ("asserted", "reported"):
        return False
    head = speech_head(trigger)
    return head is not None and head.i < trigger.i


def claim_event(speaker: Actor, src: Actor, tgt: Actor) -> tuple[str, Actor, Actor]:
    """The speaker claims responsibility (015) for its own act, or accuses (112) the actor of another's."""
    if speaker.code == src.code:
        return "015", speaker, tgt
    return "112", speaker, src


LATER_MARKS = frozenset({"before", "until", "till"})
BACKGROUND_MARKS = frozenset({"after", "since", "when", "while", "as", "because"})


def time_clause_mark(trigger: Token) -> str | None:
    """The subordinator of the time clause the trigger stands in ("comes a week **before** the envoy flies
    to Quito", "**Before** flying to Lima", "called for a vote **after** judges acquitted her"),
    climbing coordinated and complement verbs to the clause head; None in a main clause."""
    tok = trigger
    for _ in range(4):
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in LATER_MARKS | BACKGROUND_MARKS:
                return c.lower_
        if tok.dep_ == "pcomp" and tok.head.lower_ in LATER_MARKS | BACKGROUND_MARKS:
            return None if attribution_holder(tok) is not None else tok.head.lower_
        if tok.dep_ in ("conj", "xcomp", "dobj") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return None
    return None


# time clauses whose act comes with or just before the main clause's, so shares its status; "as" and
# "while" clauses tell what is going on meanwhile ("was due to tour X as he wraps up a visit"), not planned
SHARED_TIME_MARKS = frozenset({"after", "when", "once"})
UNREAL = frozenset({"intended", "hypothetical"})
PERFECT_AUX = frozenset({"has", "have", "had"})


def _shared_time_mark(c: Token) -> bool:
    """"after", "when", "once", or the "as" of "as soon as" (which the parser splits: "soon" hangs on
    the main verb, "as" marks the clause)."""
    if c.dep_ not in ("mark", "advmod"):
        return False
    return c.lower_ in SHARED_TIME_MARKS or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "soon")


def time_clause_governor(trigger: Token) -> Token | None:
    """The main-clause verb a time clause ("after X meets Y", "when A signs", "as soon as B agrees")
    hangs from, or None."""
    tok = trigger
    for _ in range(4):
        if any(_shared_time_mark(c) and c.i < tok.i for c in tok.children):
            if tok.dep_ != "advcl" or tok.head.i == tok.i:
                return None
            head = tok.head
            return head.head if head.lower_ == "soon" and head.dep_ == "advmod" else head
        if tok.dep_ == "pcomp" and tok.head.lower_ in SHARED_TIME_MARKS:
            prep = tok.head
            return prep.head if prep.head.i != prep.i else None
        if tok.dep_ in ("conj", "xcomp", "dobj") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return None
    return None


BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})


def shared_future(trigger: Token, governor: Token, main_modality: str | None) -> str | None:
    """A time clause under a planned or hypothetical main clause is as unreal as it ("the border will
    reopen **after** the presidents meet", "the accord would be signed **once** both sides agreed"): the
    main clause's modality. Not for a clause in the perfect ("after they have met": done already), nor
    under a past counterfactual ("might have calmed things **when** A shelled B": B was shelled), nor a
    past-tense clause unless the main clause's own modal backshifts it ("would sign after they met")."""
    if main_modality not in UNREAL:
        return None
    if any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in [*trigger.children, *governor.children]):
        return None
    if trigger.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFT_MODALS for c in governor.children
    ):
        return None
    return main_modality


def is_time_clause_event(trigger: Token, main_event: bool) -> bool:
    """Events in a time clause only date the sentence's main statement: a ``before``/``until`` clause
    tells of something still to come (not yet an event), and an ``after``/``since``/``when`` clause
    gives the background of a main-clause event, which is the one a coder reports. With no event in
    the main clause, a background clause is the only news and is kept."""
    mark = time_clause_mark(trigger)
    if mark is None:
        return False
    return mark in LATER_MARKS or main_event


def state_organ(actor: Actor) -> bool:
    """A state itself or one of its organs (``STATE_SECTORS``), not an IGO, party or group within it."""
    country = actor.code[:3]
    if not placed(actor) or country in ("IGO", "NGO", "IMG", "MNC"):
        return False
    return len(actor.code) == 3 or actor.code[3:6] in STATE_SECTORS


def same_state_side(speaker: Actor, actor: Actor) -> bool:
    """Do two different actors belong to one state's apparatus ("an army spokesman" and "the troops",
    "the government" and "the police")? Such a speaker reports or confirms its own side's act; it
    neither accuses that actor nor claims another's act. An opposition party or a rebel group of the
    same country speaks against the state, so it still accuses."""
    return (
        speaker.code != actor.code
        and speaker.code[:3] == actor.code[:3]
        and state_organ(speaker)
        and state_organ(actor)
    )


# Verbs that deny what their clause or object says, and nouns for something alleged: the act told in
# "denied that its troops had shelled ...", "rejected charges that it armed ..." is negated by its
# teller; in "reports that troops shelled ..." it is only alleged.
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
# Verbs that only allege what their clause says ("prosecutors allege that troops shot ..."): the
# allegation is the speaker's act, the content is reported, not asserted (class ALLEGED CONTENT).
ALLEGING_VERBS = frozenset({"allege", "contend"})
ALLEGATION_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "report", "rumour", "rumor", "suspicion", "assertion",
     "suggestion"}
)


# What is only supposed: ruled out, its content is denied (RULED-OUT CLAIM, nonevents.ruled_out_claim)
SUPPOSITION_NOUNS = frozenset({"possibility", "likelihood", "chance", "theory", "idea", "notion", "speculation"})


# UNCONFIRMED CONTENT: what someone has not confirmed, said or announced ("did not confirm it would attend",
# "did not say that troops had crossed") is not told as so; it stays open (hypothetical)
CONFIRMING_VERBS = frozenset({"confirm", "say", "announce", "reveal", "disclose", "indicate", "state", "specify",
                              "verify"})


def content_stance(trigger: Token) -> str | None:
    """How a clause that is the content of a denial or an allegation stands: ``negated`` when denied
    ("Kenya denied that its troops had attacked ...", "dismissed reports that ...", "reports that ...
    were denied"), ``reported`` when only alleged ("charges that Kenya armed the rebels", "prosecutors
    allege that troops fired on ..."), ``hypothetical`` when its holder has not confirmed or said it
    (UNCONFIRMED CONTENT), None for a clause that is nobody's content. The trigger's own clause head is
    reached through coordinated and complement verbs."""
    clause = trigger
    for _ in range(4):
        if clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
            continue
        break
    holder = clause.head
    if clause.dep_ not in ("ccomp", "acl") or holder.i == clause.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    if clause.dep_ == "ccomp" and holder.pos_ == "VERB" and lemma(holder) in DENIAL_VERBS:
        return "negated"
    if clause.dep_ == "ccomp" and holder.pos_ == "VERB" and lemma(holder) in ALLEGING_VERBS:
        return "reported"
    if clause.dep_ == "ccomp" and holder.pos_ == "VERB" and lemma(holder) in CONFIRMING_VERBS \
            and any(c.dep_ == "neg" for c in holder.children):
        return "hypothetical"  # UNCONFIRMED CONTENT: "did not confirm it would attend"
    ruled_out = holder.dep_ == "dobj" and rules_out(holder.head)
    if holder.pos_ == "NOUN" and lemma(holder) in SUPPOSITION_NOUNS and ruled_out:
        return "negated"  # "ruled out the theory that a neighbour's gunboats sank its ship"
    if holder.pos_ != "NOUN" or lemma(holder) not in ALLEGATION_NOUNS:
        return None
    if holder.dep_ in ("dobj", "nsubjpass") and (lemma(holder.head) in DENIAL_VERBS or ruled_out):
        return "negated"
    return "reported"


def own_state_acts(speaker: Actor, acts: list[tuple[str, Actor, Actor]]) -> bool:
    """Are all the acts a speaker reports done by its own state ("Norway said it had expelled ...", "the
    army spokesman said troops had shelled ...")? A state is the authority on its own acts: they stand
    as asserted, not as what the speaker alleges."""
    return bool(acts) and all(
        state_organ(speaker) and (src.code == speaker.code or same_state_side(speaker, src)) for _, src, _ in acts
    )


# Verbs by which a speaker owns up to an act: with them a state's own violence is a claim of
# responsibility (015); "said", "confirmed" or "announced" only report what its forces did.
OWNING_VERBS = frozenset({"claim", "admit", "acknowledge"})
# MEDIA REPORT: a newspaper, agency or broadcaster that reports another's act passes on the news; only
# when it "claims" or "alleges" the act does it charge the actor
MEDIA_SECTOR = "MED"
ACCUSING_CLAIMS = frozenset({"claim", "allege"})


def claims_for(
    speaker: Actor, code: str, acts: list[tuple[str, Actor, Actor]], verb: str = "claim"
) -> list[tuple[str, Actor, Actor]]:
    """The statements a speaker's claim makes of the acts it reports: an accusation (112) of another
    actor, or a claim of responsibility (015) for its own violence. A speaker reporting its own
    non-violent act ("Norway said it had ordered out three attaches"), a state reporting its own
    forces' operation ("the army said it was shelling ...": ``verb`` not one of ``OWNING_VERBS``) or
    any act of its own state's other organs ("a defence ministry spokesman said the army had shelled
    ...") claims nothing: the act itself is the news. Nor does a PLACE-LENT SPEAKER, one that took its
    country from the sentence's place, the dateline or the article (``actors.context``): an unnamed
    spokesman telling of a raid in Somalia is as likely the raiders' as the Somalis', so the act is
    only reported."""
    out: list[tuple[str, Actor, Actor]] = []
    if speaker.code[3:6] == MEDIA_SECTOR and verb not in ACCUSING_CLAIMS:
        return out  # MEDIA REPORT: "local papers reported that the army had shelled X" is news, not a charge
    if country_from_place(speaker):
        return out  # PLACE-LENT SPEAKER: "a spokesman said Kenyan troops raided Somalia" is no Somali charge
    for _, src, tgt in acts:
        if speaker.code == src.code and (
            code[:2] not in ARMED_ROOTS or (state_organ(speaker) and verb not in OWNING_VERBS)
        ):
            continue
        if same_state_side(speaker, src):
            continue
        claim = claim_event(speaker, src, tgt)
        if distinct_dyad(claim[1], claim[2]):
            out.append(claim)
    return out


def restates_governing_event(trigger: Token, code: str, event_codes: dict[int, str]) -> bool:
    """A clause that says how or why another event happened is part of that event, not a second one:
    a means clause ("widen a partnership **by funding** railways") and a purpose clause of the
    same kind ("will confer in Oslo **to negotiate** ...": both 040). A purpose of another kind adds
    an event ("travelled to Turkey **to meet** Erdogan": 042 then 040). ``event_codes`` maps the
    index of every event trigger in the sentence to its CAMEO code."""
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ == "pcomp" and head.lower_ == "by" and head.head.i in event_codes:
        return head.head.i != trigger.i
    if trigger.dep_ in ("advcl", "xcomp") and to_marked(trigger):
        governing = event_codes.get(head.i)
        return governing is not None and governing[:3] == code[:3]
    return False


# Coercive and violent acts (force posture, coercion, assault, fighting, mass violence) that a clause
# states only as its purpose ("sent troops to Somalia **to fight** the militants", "deployed police
# **to stop** smugglers") have not happened yet: the sending or deploying is the news (``FORCE_ROOTS``).
PURPOSE_MARKS = frozenset({"so", "as", "order"})


def infinitive_of_purpose(trigger: Token) -> bool:
    """Is ``trigger`` the verb of a purpose infinitive: an adverbial to-clause of a governing verb
    ("sent troops **to fight** X"), or the clause of "in order to" / "so as to"?"""
    if trigger.pos_ not in ("VERB", "AUX") or not to_marked(trigger):
        return False
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return not any(c.dep_ == "mark" and c.lower_ not in PURPOSE_MARKS for c in trigger.children)
    return trigger.dep_ == "acl" and head.lower_ in PURPOSE_MARKS  # "in order to curb ..."


# MOTIVE OF A MEETING: whatever a meeting or a trip is for ("the leaders met **to coordinate** their
# stand", "flew to Nairobi **to sign** a pact") is its motive, which the guidelines do not code; the
# meeting or the trip is the news.
GATHERING_VERBS = frozenset({"meet", "gather", "convene", "assemble", "travel", "fly", "arrive", "come", "visit",
                             "head", "leave", "return", "confer"})


def purposed_act(trigger: Token, code: str) -> bool:
    """A coercive or violent act told only as the purpose of another clause, or any act told as the
    purpose of a meeting or a trip (see ``infinitive_of_purpose``, ``GATHERING_VERBS``)."""
    first = trigger
    for _ in range(3):  # "met to consult and [to] coordinate": the conjunct shares the purpose
        if first.dep_ != "conj" or first.head.i == first.i or first.head.pos_ not in ("VERB", "AUX"):
            break
        first = first.head
    if first.dep_ == "xcomp" and to_marked(first) and lemma(first.head) in GATHERING_VERBS:
        return True  # "are meeting to consult": the parser's complement of a verb that takes no complement
    if not infinitive_of_purpose(first):
        return False
    return code[:2] in FORCE_ROOTS or lemma(first.head) in GATHERING_VERBS


EMERGENCY_RULE_CODES = frozenset({"1723", "1724", "0813", "0814"})  # curfew, martial law, imposed or eased
# the words of emergency rule: a sentence naming one state may still hold an act on its implied population
EMERGENCY_RULE_WORDS = frozenset({"curfew", "curfews", "martial", "emergency"})
# PROTEST CALLED OFF (``compositions.tsv``): ending one's own protest eases dissent (082) toward those it was aimed at
PROTEST_EASED = "082"


def implied_targets(code: str, sources: list[Actor]) -> list[Actor]:
    """The target a construction implies when the sentence names none: a protest is aimed at the
    protesters' own state (``home_authorities``), and so is its calling off; a curfew or martial law is
    imposed on the government's own population (``home_population``), and eased for it."""
    if code[:2] == PROTEST_ROOT or code[:3] == PROTEST_EASED:
        return home_authorities(sources)
    if code[:4] in EMERGENCY_RULE_CODES:
        return home_population(sources)
    return []


def own_territory_ruled(code: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """OWN TERRITORY UNDER EMERGENCY RULE: a state that imposes or lifts a curfew or martial law in a
    place of its own ("Ruritania lifted the curfew in its capital") acts on its own people, but the
    place resolves to the state itself, the same actor as the source. The targets are then the
    state's population; any other targets are kept as they are."""
    if code[:4] not in EMERGENCY_RULE_CODES or not targets:
        return targets
    own = {s.code for s in sources if len(s.code) == 3}
    if not own or any(t.code not in own for t in targets):
        return targets
    return home_population([s for s in sources if s.code in own]) or targets


def home_population(sources: list[Actor]) -> list[Actor]:
    """The civilians of a state actor's own country ("Iraq's government stands ready to declare
    martial law" → Iraqi civilians)."""
    out: list[Actor] = []
    for src in sources:
        country = src.code[:3]
        if (
            not country.isalpha()
            or country in ("IGO", "NGO")
            or (len(src.code) > 3 and src.code[3:6] not in STATE_SECTORS)
        ):
            continue
        if all(a.country != country for a in out):
            out.append(
                Actor(
                    text=src.text,
                    code=country + "CVL",
                    country=country,
                    sector="CVL",
                    kind="sector",
                    confidence=0.6,
                    how="implied: population under emergency rule",
                )
            )
    return out


def home_authorities(sources: list[Actor]) -> list[Actor]:
    """Whom a protest with no stated target is aimed at: a domestic group's own state ("opposition
    parties in Nepal organized a general strike" → Nepal's government), the Phoenix convention for
    strikes, riots and demonstrations. State organs protesting name their target or have none, and so
    does a state named as the state ("Seoul protested", an official complaint, ``state_protests``): no
    state lodges a complaint with itself."""
    out: list[Actor] = []
    for src in sources:
        country = src.code[:3]
        if country == "---" or country.startswith("IGO") or country.startswith("NGO") or src.code[3:6] in STATE_SECTORS:
            continue
        if state_itself(src):
            continue
        code = country + "GOV"
        if code not in {a.code for a in out}:
            out.append(
                Actor(
                    text=src.text,
                    code=code,
                    country=country,
                    sector="GOV",
                    kind="state",
                    confidence=0.6,
                    how="implied: target of a domestic protest",
                )
            )
    return out


def nested_in_event(noun: Token, event_heads: set[int]) -> bool:
    """An event noun inside the phrase of another event word describes that event's subject matter
    ("opposed to Brazilian arbitration **within border talks** with Peru", "rejected an offer **for
    direct talks**"), not a second event."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "compound", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in event_heads:
            return True
    return False


DEMAND_ROOTS = frozenset({"02", "10"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "relcl"})
CONTENT_PREPS = frozenset({"against", "for", "on"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def asker_phrase(tok: Token, demand_heads: set[int]) -> bool:
    """Is ``tok`` the subject of a demand, the one who asks? What hangs on it — "the minister, **who
    met** his Chilean counterpart on Monday, urged ...", "the envoy, **visiting** Lima, called for ..." —
    describes the asker and is told as done; only the demand's complement is what is asked for."""
    return (tok.dep_ in SUBJECT_DEPS and tok.head.i in demand_heads) or askers_own_participle(tok, demand_heads)


def askers_own_participle(tok: Token, demand_heads: set[int]) -> bool:
    """ASKER'S OWN PARTICIPLE: an -ing clause set off after an appeal ("told the police to search the
    depots, **vowing** to jail hoarders", "urged Ruritania to talk, **warning** that sanctions loom") has
    the asker as its subject and tells what the asker does besides asking; it is not what is asked for.
    A participle that is the thing asked ("urged them to stop **firing**") hangs below the infinitive,
    not on the appeal verb, and stays inside; so does what a speech participle reports ("..., **saying**
    the army can hold the city"), which explains the appeal and is not told as done."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and lemma(tok) not in SPEECH_VERBS
        and tok.head.i in demand_heads
        and not to_marked(tok)
        and not any(c.dep_ in ("mark", *SUBJECT_DEPS) for c in tok.children)
        and tok.i > tok.head.i
        and any(t.dep_ == "punct" and t.lower_ in (",", ";", "--", "-") for t in tok.doc[tok.head.i : tok.i])
    )


def inside_demand(trigger: Token, demand_heads: set[int]) -> bool:
    """Is the trigger part of what an appeal or demand asks for ("demanded that Japan
    **equal** the EU's support", "said Chad must **hand back** a seized plane", "demanded an admission
    that Soviet forces **murdered** ...")? What is demanded has not happened; the demand is the event.
    ``demand_heads`` holds the trigger and noun indices of the sentence's demand events."""
    tok = trigger
    crossed = False
    for _ in range(6):
        if tok.head.i == tok.i or asker_phrase(tok, demand_heads):
            return False
        crossed = (
            crossed
            or tok.dep_ in CONTENT_DEPS
            or (tok.dep_ == "advcl" and to_marked(tok))
            or (tok.dep_ == "pcomp" and tok.head.lower_ in CONTENT_PREPS)  # "warned against sending ..."
        )
        tok = tok.head
        if crossed and tok.i in demand_heads:
            return True
    return False


# "Attack" nouns read as words, not force, when a modifier says so ("a stinging attack on the
# government", "a scathing broadside against the minister"): CAMEO 111, criticise or denounce.
ATTACK_NOUNS = frozenset({"attack", "assault", "broadside", "onslaught", "salvo", "tirade", "offensive"})
VERBAL_MODIFIERS = frozenset(
    {
        "stinging", "scathing", "bitter", "harsh", "sharp", "verbal", "furious", "vitriolic", "blistering",
        "withering", "personal", "fierce", "rhetorical", "angry", "strongly-worded", "outspoken", "stern",
        "diplomatic", "virulent", "savage", "unprecedented",
    }
)  # fmt: skip
VERBAL_ATTACK = "111"


def verbal_attack(noun: Token | None) -> bool:
    """Is ``noun`` an attack made in words ("delivered a stinging attack on ...")?"""
    if noun is None or lemma(noun) not in ATTACK_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in VERBAL_MODIFIERS for c in noun.children)


# Taking over an office ("takes over the EU presidency", "took over the chairmanship of the bloc") is
# a rotation or an appointment, not a seizure (CAMEO 17): the seized thing is an office, not a place.
OFFICE_NOUNS = frozenset(
    {"presidency", "chairmanship", "chair", "helm", "leadership", "post", "office", "portfolio", "premiership", "seat",
     "role", "duty", "duties", "mandate", "secretariat"}
)  # fmt: skip


def office_taken(verb: Token, code: str) -> bool:
    """Is a seizure code read off a verb whose object is an office?"""
    if code[:2] != "17":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in OFFICE_NOUNS for c in verb.children)


# What an appeal (02) or a demand (10) asks for picks its CAMEO sub-code: "urged Y to withdraw" is an
# appeal to de-escalate (0256), "demanded that Y free the prisoners" a demand for release (1053), "called
# on Y to hold talks" an appeal to meet (026). Keys are the requested act's code (longest prefix wins);
# values are (appeal code, demand code). Demands mirror appeals (101 material cooperation ... 105
# yield, 106 meet, 107 settle, 108 mediation) as the CAMEO descriptions define them; the short names
# of 105-108 in the code table are shifted, so the descriptions decide.
REQUESTED: dict[str, tuple[str, str]] = {
    "087": ("0256", "1056"),
    "081": ("0251", "1051"),
    "082": ("0252", "1052"),
    "084": ("0253", "1053"),
    "085": ("0254", "1054"),
    "086": ("0255", "1055"),
    "083": ("024", "104"),
    "08": ("025", "105"),
    "045": ("028", "108"),
    "04": ("026", "106"),
    "057": ("027", "107"),
    "05": ("022", "102"),
    "061": ("0211", "1011"),
    "062": ("0212", "1012"),
    "063": ("0213", "1013"),
    "064": ("0214", "1014"),
    "06": ("021", "101"),
    "071": ("0231", "1031"),
    "072": ("0232", "1032"),
    "073": ("0233", "1033"),
    "074": ("0234", "1034"),
    "07": ("023", "103"),
}
GENERIC_REQUESTS = frozenset({"020", "100"})
CEASING_VERBS = HALTING_VERBS | frozenset({"cease", "stop", "end", "halt", "quit", "refrain"})


def requested_code(request: str, content: str, halted: bool) -> str | None:
    """The sub-code of a generic appeal or demand (020, 100) by the act it asks for; None to keep it.
    Asking that an act of force stop is asking for de-escalation (0256 / 1056); asking that any other
    act stop ("stop interfering", "end its support for the rebels") is asking for a policy change."""
    if request not in GENERIC_REQUESTS:
        return None
    appeal = request[:2] == "02"
    if halted:
        if content[:2] in FORCE_ROOTS:
            return "0256" if appeal else "1056"
        return "0242" if appeal else "1042"
    for key in (content[:4], content[:3], content[:2]):
        if key in REQUESTED:
            return REQUESTED[key][0 if appeal else 1]
    return None


def ceased(trigger: Token) -> bool:
    """Is the act at ``trigger`` what a ceasing verb stops ("stop **shelling**", "end its **attacks**",
    "halt the **offensive**", "refrain from **attacking**")?"""
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ in ("xcomp", "dobj", "pcomp") and lemma(head) in CEASING_VERBS:
        return True
    return (
        trigger.dep_ == "pobj"
        and head.head.i != head.i
        and lemma(head.head) in CEASING_VERBS
        and head.lower_ in ("from", "to")
    )
