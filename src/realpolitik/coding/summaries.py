"""Running totals and summaries: many acts told at once over a span that reaches up to now.

A present perfect with a span ("rebels **have shelled** the border town **since March**", "air raids
**have killed** 40 soldiers **so far this year**", "**over the past two months**, police **have
detained** reporters", "**under the curfew law**, troops **have searched** homes") sums up a series
of acts rather than telling one act of the day. The guidelines code no generic or habitual
statement, so the coder marks such a clause ``historical`` (stored, not counted as asserted).

A nominal act that is the clause's subject ("**clashes** between the two armies **have killed** 40
soldiers since January") is summed up the same way.

Span markers read on the clause's own verb: a ``since`` phrase or clause, "so far", "to date",
"thus far", a ``over``/``in``/``during``/``throughout`` phrase whose period is recent and plural or
open ("the past three weeks", "recent months", "this year"), and a regime phrase with ``under``
(a decree, law, rule or state of emergency in force). Only the present perfect counts: "bombed
the bridge since" is not English, and "had killed ... since" is the past perfect of background.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

PERFECT_AUX = frozenset({"have", "has", "'ve", "'s"})
SPAN_PREPS = frozenset({"over", "in", "during", "throughout", "within"})
RECENT_WORDS = frozenset({"past", "last", "recent", "previous", "this"})
PERIOD_NOUNS = frozenset({"day", "week", "month", "year", "decade", "period", "time", "season"})
SO_FAR_HEADS = frozenset({"so", "thus"})
REGIME_NOUNS = frozenset(
    {
        "decree", "ordinance", "law", "rule", "regime", "emergency", "curfew", "order", "act", "martial",
        "legislation", "crackdown", "policy",
    }
)  # fmt: skip
CLAUSE_LINKS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "compound", "amod"})


def _clause_verb(trigger: Token) -> Token | None:
    tok = trigger
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i or tok.dep_ not in CLAUSE_LINKS | {"nsubj"}:
            return None
        tok = tok.head
    return None


def _shares_clause(verb: Token) -> bool:
    """A conjunct verb with no subject or auxiliary of its own ("have raided ... and **detained**")."""
    return (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def present_perfect(verb: Token) -> bool:
    """ "has shelled", "have been detained", and a conjunct sharing the auxiliary ("have raided and
    seized")."""
    while _shares_clause(verb) and verb.tag_ in ("VBN", "VBD"):
        verb = verb.head
    if verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX and c.tag_ in ("VBP", "VBZ") for c in verb.children)


# a "since" of the last few days opens the news of the day, not a span ("since Wednesday")
RECENT_POINTS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "morning", "afternoon", "evening", "night", "dawn", "weekend", "midnight", "noon",
    }
)  # fmt: skip
# "the third time the warship **has visited** the port since ...": the count frames the visit of the day
TIME_COUNT_NOUNS = frozenset({"time", "occasion"})


def _since_span(prep: Token) -> bool:
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return not any(w.lower_ in RECENT_POINTS for o in objs for w in o.subtree)


def _span_marker(verb: Token) -> bool:
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "prep" and low == "since":
            return _since_span(c)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
        if c.dep_ == "advmod" and _so_far(c):
            return True
        if c.dep_ == "prep" and low in ("to", "thus") and any(o.lower_ in ("date", "far") for o in c.children):
            return True
        if c.dep_ == "prep" and low in SPAN_PREPS:
            for o in c.children:
                if o.dep_ == "pobj" and _recent_period(o):
                    return True
        if c.dep_ == "prep" and low == "under":
            if any(o.dep_ == "pobj" and lemma(o) in REGIME_NOUNS for o in c.children):
                return True
        if c.dep_ == "npadvmod" and _recent_period(c) and any(d.lower_ == "this" for d in c.children):
            return True
    return False


def _so_far(adv: Token) -> bool:
    """ "so far", "thus far", however the parser splits them."""
    if adv.lower_ == "far":
        return any(c.lower_ in SO_FAR_HEADS for c in adv.children) or adv.doc[adv.i - 1].lower_ in SO_FAR_HEADS
    return adv.lower_ in SO_FAR_HEADS and adv.i + 1 < len(adv.doc) and adv.doc[adv.i + 1].lower_ == "far"


def _recent_period(noun: Token) -> bool:
    """ "the past three weeks", "recent months", "the last decade", "this year"."""
    if lemma(noun) not in PERIOD_NOUNS:
        return False
    return any(c.lower_ in RECENT_WORDS for c in noun.children)


def running_total(trigger: Token) -> bool:
    """Is the act at ``trigger`` told in a present perfect clause with a span reaching up to now?"""
    verb = _clause_verb(trigger)
    if verb is None or not present_perfect(verb):
        return False
    if verb.dep_ in ("relcl", "acl") and lemma(verb.head) in TIME_COUNT_NOUNS:
        return False
    tok = verb
    while True:
        if _span_marker(tok):
            return True
        if not _shares_clause(tok):
            return False
        tok = tok.head
