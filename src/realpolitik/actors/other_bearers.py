"""Class ANOTHER BEARER OF A LISTED SURNAME: "Gamal Mubarak", "the lawyer Adel Hamid Abbas" — a
listed person's one-word name after a given name that none of that person's names holds is someone
else's surname.

The dictionaries list leaders under their bare surnames too ("Abbas", "Mubarak"), so that "Abbas met
Olmert" resolves; the matcher then finds that word inside any longer name. Read as the leader, a
murdered lawyer, a leader's son or a shopkeeper becomes a head of government, and the act done to
them becomes an act against a state. A full name the text spells out decides: when the word before
the surname is a proper noun of the same name (one entity, whatever label the small model gives it,
or a compound of the surname) and no word of any of the listed person's
names begins as it does (spellings differ: "Mahmud", "Mahmoud"), the surname is not that person's.
A title before the name ("President Abbas") is matched as an agent, not read as a given name. The same
holds for the bare-surname lookup of names the dictionary does not list (``component._add_surnames``),
except after a matched title or body ("OAS Secretary-General Ana Ferrer", ``titled``), where the
lookup's match is what lets grouping join the name to the title that decides who the person is.
"""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.actors.entries import Entry, fold
from realpolitik.actors.matcher import Match
from realpolitik.actors.place_surnames import NOT_GIVEN

PREFIX = 3  # letters of a name word that must agree: spellings of one name ("Sergei", "Sergey")


def bears_name(word: str, entry: Entry) -> bool:
    """Does some word of one of the entry's names begin as ``word`` does (case and accents folded)?"""
    start = fold(word)[:PREFIX]
    return any(w[:PREFIX] == start for n in entry.names for w in fold(n).replace("-", " ").split())


def given_word(doc: Doc, i: int, surname: int) -> bool:
    """Is ``doc[i]`` a capitalised proper noun of one name with the surname at ``surname``: one entity
    (the small model labels many full names a facility or an organisation) or its compound?"""
    tok, last = doc[i], doc[surname]
    if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and len(tok) >= 2
            and fold(tok.text) not in NOT_GIVEN):
        return False
    one_entity = bool(tok.ent_type_) and last.ent_iob_ == "I" and last.ent_type_ == tok.ent_type_
    return one_entity or (tok.dep_ == "compound" and tok.head.i == surname)


def titled(doc: Doc, given: int, covered: set[int]) -> bool:
    """Does a matched title or body stand right before the full name whose given name ends at ``given``
    ("OAS Secretary-General Ana Ferrer")? The title then decides who the person is, and grouping needs
    the surname's match to join the name to it."""
    i = given
    while i >= 0 and i not in covered and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i -= 1
    return i >= 0 and i in covered and i < given


def drop_other_bearers(doc: Doc, matches: list[Match]) -> list[Match]:
    """The matches less one-word listed people right after a given name of the same person entity that
    none of their names holds (see the module docstring)."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    kept: list[Match] = []
    for m in matches:
        prev = m.start - 1
        if (m.end - m.start == 1 and m.best.kind == "person" and prev >= 0 and prev not in covered
                and given_word(doc, prev, m.start) and not any(bears_name(doc[prev].text, e) for e in m.entries)):
            continue
        kept.append(m)
    return kept
