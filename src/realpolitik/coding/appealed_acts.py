"""An act that is only asked for has not been done: "a call for negotiations with B", "urged a dialogue with B",
"urged the release of the hostages", "sought Ruritanian assistance", "a demand for the withdrawal of
B's troops" report an appeal (02) or a demand (10) by the one who asks, with the sub-code of the act
asked for (``rules.REQUESTED``: 026 to meet, 0253 for a release, 023 for aid, 0256 / 1056 for a
withdrawal), not the act itself (a meeting both ways, a release, aid given) done by the asker.

The act's noun is the object of asking: the ``for`` phrase of a noun or verb of asking ("a call
**for** talks", "pressed **for** negotiations"), or the direct object of a verb of urging or seeking
("urged talks", "sought the release"). Only a noun coded as a cooperative or yielding act (roots 04 to
08, the acts ``REQUESTED`` maps) is turned; the verb forms the lexicon already codes as a request
("called for talks", 026) keep their code, since their code is the asking verb's, not the noun's.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma
from realpolitik.coding.rules import REQUESTED

# nouns and verbs whose ``for`` phrase names what is asked for
ASKING_FOR = frozenset({"call", "appeal", "plea", "demand", "request", "press", "push", "plead", "clamour", "clamor"})
# verbs whose direct object names what is asked for
URGING_VERBS = frozenset({"urge", "demand", "request", "seek"})
# asking words that make a demand (10) rather than an appeal (02)
DEMANDING = frozenset({"demand"})


def asking_word(noun: Token) -> Token | None:
    """The noun or verb that asks for ``noun`` (or for the first of the nouns it is coordinated with)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ == "pobj" and head.lower_ == "for":
        asker = head.head
        return asker if asker.i != head.i and lemma(asker) in ASKING_FOR else None
    return head if noun.dep_ == "dobj" and lemma(head) in URGING_VERBS else None


def appealed_act_code(noun: Token | None, code: str) -> str | None:
    """The appeal or demand code when ``noun``, coded as the act ``code``, is only asked for; else None."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    key = next((k for k in (code[:4], code[:3], code[:2]) if k in REQUESTED), None)
    if key is None:
        return None
    asker = asking_word(noun)
    if asker is None:
        return None
    return REQUESTED[key][1 if lemma(asker) in DEMANDING else 0]
