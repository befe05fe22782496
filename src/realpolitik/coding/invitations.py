"""An invitation is one side's act: the inviter offers to receive or meet the invitee.

"Ruritania invited the Freedonian premier to visit" tells what Ruritania did; the premier has done
nothing yet (he may decline). So an invitation is never a joint act coded both ways, whatever its
code: only inviter -> invitee. An invitation to a meeting, visit or talks is the inviter's stated
intent to meet (CAMEO 036) under the analyst conventions; the CAMEO.2.0 verb entry's 040 (consult)
would say the meeting has taken place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from realpolitik.coding.frames import direct_objects, lemma, prep_objects

INVITING_VERBS = frozenset({"invite", "reinvite"})
# What an invitation may ask the invitee to do that is meeting the inviter: come, visit, attend ...
MEETING_VERBS = frozenset(
    {"visit", "attend", "come", "meet", "talk", "negotiate", "confer", "discuss", "tour", "travel", "join", "take"}
)
INVITED_TO_NOUNS = frozenset(
    {
        "talk", "talks", "negotiation", "dialogue", "meeting", "summit", "conference", "visit", "ceremony",
        "celebration", "session", "forum", "consultation", "round", "parade", "inauguration", "gathering",
    }
)  # fmt: skip
MEETING_INTENT = "036"
OFFERED_COOPERATION = "030"
APPEAL = "020"


# TENDERED INVITATION: the verbs that hand an invitation over ("extended / issued / sent an invitation to B")
TENDERING_VERBS = frozenset({"extend", "issue", "send", "deliver", "convey", "hand", "renew", "forward"})
INVITATION_NOUNS = frozenset({"invitation"})
EXTENDED_INVITATION = "028"  # CAMEO.2.0's "extend invitation" row


# A SUMMONS GOES ONE WAY: the summoner calls the other to come; CAMEO.2.0 codes "summon" as consult (040),
# but only the summoner has acted ("summoned the envoy", "a witness summoned by the court")
SUMMONING_VERBS = frozenset({"summon", "convoke", "resummon"})


def summons(trigger: Token, noun: Token | None) -> bool:
    """Is the act a summons (the verb "summon" itself), which only the summoner does?"""
    return noun is None and lemma(trigger) in SUMMONING_VERBS


def tendered_invitation(trigger: Token, noun: Token | None) -> bool:
    """TENDERED INVITATION: "extended an invitation to B to visit", "issued / sent B an invitation" is
    the inviting itself, said with a light verb and the noun; "accepted the invitation" is the invitee's
    act and is not one."""
    return noun is not None and lemma(noun) in INVITATION_NOUNS and lemma(trigger) in TENDERING_VERBS


def is_invitation(trigger: Token, noun: Token | None) -> bool:
    """Is the act the verb "invite" itself, or an invitation tendered (``tendered_invitation``), not a
    noun such as "accepted the invitation", where the invitee acts?"""
    return (noun is None and lemma(trigger) in INVITING_VERBS) or tendered_invitation(trigger, noun)


def _meeting_noun(tok: Token) -> bool:
    return lemma(tok) in INVITED_TO_NOUNS or tok.lower_ in INVITED_TO_NOUNS


def _invitation_words(trigger: Token, noun: Token | None) -> list[Token]:
    """Where what is asked of the invitee hangs: the verb, and for a tendered invitation the noun and
    its invitee ("an invitation to B **for talks**")."""
    if noun is None:
        return [trigger]
    return [trigger, noun, *(o for w, o in prep_objects(noun) if w == "to")]


def invitation_to_meet(trigger: Token, noun: Token | None = None) -> bool:
    """Does the invitation ask the invitee to meet the inviter: to visit, attend, come or take part
    in talks ("invited B to visit", "invited B to a summit", "invited B for talks", "invited B to
    start accession talks")? An invitation to bid, invest or enlist is not a meeting."""
    words = _invitation_words(trigger, noun)
    for word, o in (wo for w in words for wo in prep_objects(w)):
        if word in ("to", "for") and _meeting_noun(o):
            return True
    for c in (v for w in words for v in _invited_verbs(w)):
        if lemma(c) == "come":
            if any(w == "to" for w, _ in prep_objects(c)) or any(g.lower_ == "here" for g in c.children):
                return True  # "to come to Lima", "to come here": a visit; "to come forward" is not
            continue
        if lemma(c) in MEETING_VERBS and lemma(c) not in ("join", "take"):
            return True
        objects = [*direct_objects(c), *(o for _, o in prep_objects(c))]
        if any(_meeting_noun(o) for o in objects):
            return True  # "to start talks", "to join the negotiations", "to attend a summit"
    return False


def _invited_verbs(trigger: Token) -> Iterator[Token]:
    """The verbs of what an invitation asks the invitee to do ("invited B **to join** the programme",
    "an invitation **to attend**": an infinitive on the noun)."""
    deps = ("xcomp", "ccomp", "advcl") if trigger.pos_ in ("VERB", "AUX") else ("acl",)
    return (c for c in trigger.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX"))


def invited_act(trigger: Token, noun: Token | None = None) -> Token | None:
    """The act an invitation asks of the invitee, if a verb: the first of ``_invited_verbs``."""
    return next((v for w in _invitation_words(trigger, noun) for v in _invited_verbs(w)), None)


def invitation_code(trigger: Token, noun: Token | None, code: str, intent_codes: bool) -> str | None:
    """The code of an invitation where it differs from the pattern's (040, consult), under conventions
    that code planned meetings as intent (``intent_codes``): 036 (intent to meet) for an invitation to
    meet; for an invitation to do something else (INVITED TO ACT), the invitation is what the inviter
    does: an offer of cooperation (030) when it asks the invitee to join ("invited the state to join
    its customs union"), an appeal (020) for any other act ("invited oil firms to tender", "invited
    the neighbour's police to send officers"). None otherwise."""
    if not intent_codes or not is_invitation(trigger, noun):
        return None
    if code[:2] != "04" and not (tendered_invitation(trigger, noun) and code == EXTENDED_INVITATION):
        return None
    if invitation_to_meet(trigger, noun):
        return MEETING_INTENT
    act = invited_act(trigger, noun)
    if act is None:
        return None
    return OFFERED_COOPERATION if lemma(act) == "join" else APPEAL
