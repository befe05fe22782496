"""Bare weekdays after a name: "met President Lee Wednesday" has the name as its object.

Wire copy drops "on" before the day ("thanked President Humala Thursday", "the council of the AU
Monday urged ..."). The small English parser then reads the name as a compound of the weekday, so the
weekday heads the noun phrase and the verb's object or subject is a date. Where a weekday has a
named entity's last word right before it as a compound, the name takes the weekday's place in the tree
and the weekday becomes a modifier of the clause's verb, as "on Wednesday" would be.

It runs after the entity recogniser, since only a named person, organisation or place is a name here
("1600 GMT Thursday" is a time), and it touches one sentence's words at a time, so the result does not
depend on the batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from realpolitik.nlp.arrays import head_offset, positions

FACTORY = "realpolitik_bare_weekdays"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NAME_DEPS = frozenset({"compound", "nmod"})


def folded_name(day: Token) -> Token | None:
    """The last word of a name the parser folded into a bare weekday after it, or None."""
    if day.lower_ not in WEEKDAYS or day.i == 0 or day.head.i == day.i:
        return None
    name = day.doc[day.i - 1]
    if name.head.i != day.i or name.dep_ not in NAME_DEPS or name.pos_ != "PROPN":
        return None
    if name.ent_type_ not in NAME_ENTITIES or day.ent_type_ not in ("", "DATE"):
        return None
    return name


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a word, which a time phrase modifies."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def name_dep(day: Token, name: Token) -> str | None:
    """The label the name takes: the weekday's own, unless the parser had read the whole phrase as a
    time ("npadvmod"); then the name is the subject before its verb, or the object after it, where the
    verb lacks one."""
    if day.dep_ != "npadvmod":
        return day.dep_
    verb = day.head
    if name.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return "nsubj"
    if name.i > verb.i and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
        return "dobj"
    return None


def unfold(doc: Doc) -> Doc:
    """Give every folded name its weekday's place, and the weekday to the clause's verb."""
    arr: np.ndarray | None = None
    npadvmod = doc.vocab.strings["npadvmod"]
    for day in (doc[i] for i in positions(doc, LOWER, WEEKDAYS)):
        name = folded_name(day)
        verb = clause_verb(day) if name is not None else None
        dep = name_dep(day, name) if name is not None else None
        if name is None or verb is None or dep is None:
            continue
        if arr is None:
            arr = doc.to_array([HEAD, DEP]).astype(np.uint64)
        arr[name.i] = (head_offset(day.head.i - name.i), doc.vocab.strings[dep])
        for c in day.children:
            if c.i != name.i:
                arr[c.i, 0] = head_offset(name.i - c.i)
        arr[day.i] = (head_offset(verb.i - day.i), npadvmod)
    if arr is not None:
        doc.from_array([HEAD, DEP], arr)  # type: ignore[arg-type]
    return doc


@Language.factory(FACTORY, requires=["token.dep", "token.head", "token.ent_type"],
                  assigns=["token.dep", "token.head"])
def make_bare_weekdays(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return unfold
