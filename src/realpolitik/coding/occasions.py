"""Organising a cultural or leisure occasion is no political event: "the exhibition was organised by
the Ruritanian embassy and the Freedonian arts council", "the two ministries co-hosted a film
festival" tell of culture, not of diplomatic cooperation (05) between the organisers, whatever their
offices. Coding them would put an embassy's concert into a network of state relations.

The occasion is the object of a verb of organising (or its passive subject): a noun of the arts or
of leisure ("exhibition", "festival", "concert", "gala"), or a gathering word called cultural or
artistic ("a cultural week", "an artistic evening"). Talks, conferences, seminars, forums and
summits stay events of their kind: the lexicon codes what they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import direct_objects, lemma

ORGANISING_VERBS = frozenset({
    "organise", "organize", "co-organise", "co-organize", "host", "co-host", "cohost", "stage", "sponsor",
    "co-sponsor", "hold", "arrange", "present", "mount", "put", "launch", "open", "inaugurate",
})  # fmt: skip
OCCASION_NOUNS = frozenset({
    "exhibition", "exhibit", "festival", "concert", "gala", "carnival", "expo", "exposition", "show",
    "performance", "screening", "recital", "opera", "ballet", "fashion", "pageant", "contest", "fete",
})  # fmt: skip
GATHERING_NOUNS = frozenset({"week", "evening", "night", "day", "month", "year", "event", "programme", "program"})
CULTURAL_WORDS = frozenset({"cultural", "artistic", "musical", "art", "arts", "film", "music", "photo", "culture"})


def occasion(noun: Token) -> bool:
    """Is ``noun`` a cultural or leisure occasion?"""
    if lemma(noun) in OCCASION_NOUNS or noun.lower_ in OCCASION_NOUNS:
        return True
    return lemma(noun) in GATHERING_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in CULTURAL_WORDS for c in noun.children
    )


def organised_occasion(trigger: Token) -> bool:
    """Is ``trigger`` a verb of organising whose object (or passive subject) is such an occasion?"""
    if lemma(trigger) not in ORGANISING_VERBS:
        return False
    objects = direct_objects(trigger) + [c for c in trigger.children if c.dep_ == "nsubjpass"]
    if trigger.dep_ in ("acl", "amod") and trigger.tag_ == "VBN":
        objects.append(trigger.head)  # "an exhibition organised by the embassy"
    return any(occasion(o) for o in objects)
