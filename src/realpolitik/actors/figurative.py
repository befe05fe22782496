"""Class FIGURATIVE TITLE: "a former beauty queen", "the talk-show queen", "the pop princess", "a media
king" — a royal title led by a common-noun compound names someone famous in that field, not a sovereign.

Royal titles are office nouns like "minister" ("the Thai princess visited Laos" is the Thai state's
act), but unlike ministers, whose compound names a portfolio ("the oil minister"), a crowned head has no
portfolio: a noun before the title ("beauty", "pop", "soap") is the field where the word is a
compliment, and the person is no political actor. A proper noun before the title ("the Jordan queen"
is rare, "Queen Rania" is a name) and a nationality adjective ("the Thai princess") keep the office.
"""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.actors.grouping import Mention

ROYAL_TITLES = frozenset({"queen", "queens", "king", "kings", "princess", "princesses", "prince", "princes",
                          "emperor", "emperors", "empress", "sultan", "emir", "monarch"})


def figurative_title(doc: Doc, m: Mention) -> bool:
    """Whether the mention's head is a royal title led by a common-noun compound."""
    if not 0 <= m.head < len(doc) or m.kind != "agent":
        return False
    head = doc[m.head]
    if head.lower_ not in ROYAL_TITLES:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() for c in head.children)


def drop_figurative_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not figurative_title(doc, m)]
