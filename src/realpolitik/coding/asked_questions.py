"""ASKED QUESTION: "Asked whether X would ..., the minister said ..." tells that someone (a reporter,
mostly) put a question to the speaker; the speaker asked nobody for anything.

The participle "asked" opening the sentence, with no subject and no "by" agent of its own, hangs on
the speaker's main clause, so the coder took the speaker as the one who asks and made an appeal
(02) of a press question. Its complement is the question ("whether/if ...", "about ..."), not a
request, so no appeal is coded. "Asked by Canada to extradite him, Cuba refused" names its asker and
is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

QUESTION_VERBS = frozenset({"ask", "question", "query"})
QUESTION_MARKERS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who", "which"})


def _question_complement(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("about", "on", "over"):
            return True
        if c.dep_ in ("ccomp", "advcl", "xcomp") and any(
            g.lower_ in QUESTION_MARKERS for g in c.children if g.dep_ in ("mark", "advmod", "nsubj", "dobj")
        ):
            return True
    return False


def asked_question(trigger: Token) -> bool:
    """Is ``trigger`` a subjectless, agentless "asked" adjunct putting a question to the speaker?"""
    if lemma(trigger) not in QUESTION_VERBS or trigger.tag_ != "VBN" or trigger.dep_ not in ("advcl", "ccomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "dobj") for c in trigger.children):
        return False
    return _question_complement(trigger)
