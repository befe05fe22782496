"""Class SURNAME THAT NAMES A PLACE: "Mayor Pablo Toledo", "Senator Charles Georgia", "harbour master
Ricardo Lima" — a place's name right after a given name is the person's surname, not the place. And class
GIVEN NAME THAT NAMES A PLACE: "Jordan Henderson", "Karen Hughes" — a one-word state or demonym that opens
a name the entity recogniser reads as a person, before a capitalised proper noun, is a given name.

Many family names are also the names of cities and states (Toledo, Lima, Madrid, Georgia, Jordan). Read
as the place, the person becomes that state's official ("Mayor Pablo Toledo" → Spain's government),
the place becomes a party to whatever the person does, and a bare surname may even be taken for a
listed office holder of that name. The small English model often labels such a surname a place (GPE)
and splits it from the given name, so the entity label cannot decide; the given name can.

Given names are read from the dictionaries themselves: the first words of listed people's names that
begin two or more of them ("Pablo", "Charles", "Ricardo"), less every word that is itself a dictionary
name (a title, a state, a city, a nationality: "President", "Georgia", "Santiago") and the particles and
compass words that open place names ("San", "Mount", "South", "Sri", "Abu").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from realpolitik.actors.entries import fold
from realpolitik.actors.matcher import Match
from realpolitik.actors.resolver import ActorResolver

PLACE_KINDS = frozenset({"state", "place"})
# words that open a place name, a title, an institution or a political label as often as a person's name
# ("Communist China", "Supreme Iraqi ...", "Sheikh Zayed"); the dictionaries list such words as people's
# first words because Phoenix writes titles and labels into names
NOT_GIVEN = frozenset({
    "al", "el", "le", "la", "de", "du", "da", "del", "abu", "bin", "ibn", "san", "santa", "saint", "sao", "port",
    "mount", "north", "south", "east", "west", "upper", "lower", "central", "greater", "new", "sri", "hong", "kong",
    "sir", "lord", "dame", "baron", "baroness", "pope", "ayatollah", "sheikh", "sheik", "raja", "prime", "secretary",
    "vice", "first", "deputy", "acting", "former", "communist", "socialist", "national", "nationalist", "united",
    "republic", "republika", "supreme", "assembly", "defense", "defence", "foreign", "house", "human", "crown",
    "royal", "federal", "islamic", "democratic", "free", "jihad", "jaish", "tawhid", "alpha", "plaza", "papa", "pan",
})  # fmt: skip
MIN_LENGTH = 3
MIN_NAMES = 2


@lru_cache(maxsize=8)
def given_names(resolver: ActorResolver) -> frozenset[str]:
    """Folded first words that begin at least ``MIN_NAMES`` listed people's names and name nothing alone."""
    firsts: Counter[str] = Counter()
    for entry in resolver.entries:
        if entry.kind != "person":
            continue
        for name in entry.names:
            words = fold(name).split()
            if len(words) >= 2 and words[0].isalpha():
                firsts[words[0]] += 1
    return frozenset(w for w, n in firsts.items()
                     if n >= MIN_NAMES and len(w) >= MIN_LENGTH and w not in NOT_GIVEN | STOP_WORDS
                     and not resolver.entries_for(w))


def is_given_name(doc: Doc, i: int, names: frozenset[str]) -> bool:
    tok = doc[i]
    return (tok.pos_ == "PROPN" and not tok.is_stop and tok.text[:1].isupper() and tok.is_alpha
            and not tok.is_sent_start and fold(tok.text) in names)


def drop_place_surnames(doc: Doc, matches: list[Match], resolver: ActorResolver) -> tuple[list[Match], set[int]]:
    """The matches less one-word place and state names right after an unmatched given name, and the
    tokens of those surnames (which no bare-surname lookup should read as someone else either)."""
    names = given_names(resolver)
    covered = {i for m in matches for i in range(m.start, m.end)}
    person_starts = {e.start for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    kept: list[Match] = []
    surnames: set[int] = set()
    for m in matches:
        if (m.end - m.start == 1 and m.best.kind in PLACE_KINDS and m.start > 0 and m.start - 1 not in covered
                and is_given_name(doc, m.start - 1, names)):
            surnames.add(m.start)
            continue
        if m.end - m.start == 1 and m.best.kind in PLACE_KINDS and m.start in person_starts \
                and m.end < len(doc) and m.end not in covered and doc[m.end].pos_ == "PROPN" \
                and doc[m.end].text[:1].isupper():
            continue  # GIVEN NAME THAT NAMES A PLACE: "Jordan Henderson", "Karen Hughes" (a person's name)
        kept.append(m)
    return kept, surnames
