"""Class CURRENCY NAME: "50 million US dollars", "Hong Kong dollars", "the Chinese yuan", "Japanese
yen" — a state's name or nationality that names its money is no actor.

News gives sums in a named currency all the time, often beside the parties of an act ("the bank lent
Ghana 300 million US dollars", "a relief budget worth two billion Hong Kong dollars"). Read as a state, the
currency's country becomes a party the sentence never mentions: a target of the aid, of the release,
of the investigation. The name modifies a currency noun, so it says which money, not who acts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.actors.grouping import Mention

CURRENCY_NOUNS = frozenset({
    "dollar", "yuan", "renminbi", "yen", "euro", "pound", "sterling", "rupee", "franc", "peso", "ruble", "rouble",
    "shilling", "dinar", "riyal", "rial", "rand", "won", "ringgit", "baht", "lira", "kwacha", "naira", "cedi",
    "krone", "krona", "dirham", "rupiah", "dong", "taka", "kyat", "real", "zloty", "forint", "hryvnia", "lari",
    "tenge", "som", "birr", "leone", "kip", "riel", "currency", "cent",
})  # fmt: skip
NAME_KINDS = frozenset({"state", "place"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def names_currency(doc: Doc, m: Mention) -> bool:
    """Whether the mention is a state or place name modifying a currency noun just after it."""
    bare = bool(m.actors) and all(len(a.code) == 3 for a in m.actors)  # "Hong Kong": a territory's bare code
    if not (m.kind in NAME_KINDS or bare) or not 0 <= m.head < len(doc):
        return False
    tok = doc[m.head]
    for _ in range(3):
        head = tok.head
        if tok.dep_ not in MODIFIER_DEPS or head.i == tok.i:
            return False
        if head.i >= m.end and head.lemma_.lower() in CURRENCY_NOUNS:
            return True
        if head.i >= m.end:
            return False
        tok = head
    return False


def drop_currencies(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """The mentions that are not currency names, and the tokens of those that are: a currency's
    country is no evidence of where the sentence is either."""
    kept: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        if names_currency(doc, m):
            dropped.update(range(m.start, m.end))
        else:
            kept.append(m)
    return kept, dropped
