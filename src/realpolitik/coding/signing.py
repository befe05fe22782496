"""Signing an agreement is the agreement (CAMEO 057), whatever the agreement is about.

CAMEO.2.0's verb dictionary codes signing by the agreement's topic: "sign a trade agreement" or an
oil accord as the intent to cooperate economically (0311), a defence or military pact as the intent
to cooperate militarily (0312), "conclude a deal" as intent (030). Its own codebook defines 057
(sign formal agreement) for exactly that act, and a signature is done, not promised: a free trade
agreement signed on Friday is an agreement, not a statement of intent. So a signing verb whose object
is an agreement noun codes 057 whatever compound names the topic; a planned or promised signing
still becomes an intent through the clause rules (``conventions.planned_act_code``, ``rules.intent_code``).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

SIGN_FORMALLY = "057"
SIGNING_VERBS = frozenset({"sign", "ratify", "ink", "initial", "conclude", "countersign"})
AGREEMENT_NOUNS = frozenset(
    {"agreement", "accord", "treaty", "pact", "deal", "protocol", "convention", "memorandum", "contract", "charter"}
)
# the codes CAMEO.2.0 gives a topical signing: intents (03x) and the material cooperation the topic names (06x)
RECODED_ROOTS = frozenset({"03", "06"})


def signed_agreement_code(trigger: Token, noun: Token | None, code: str) -> str | None:
    """057 for a signing verb whose matched object is an agreement ("signed a free trade agreement",
    "ratified a defence pact") coded by its topic; None where the code stands."""
    if noun is None or code[:2] not in RECODED_ROOTS or code[:3] == SIGN_FORMALLY:
        return None
    if lemma(trigger) not in SIGNING_VERBS or noun.head.i != trigger.i and noun.i != trigger.i:
        return None
    return SIGN_FORMALLY if lemma(noun) in AGREEMENT_NOUNS or noun.lower_ in AGREEMENT_NOUNS else None
