"""Class ELIDED COMPASS NAME: "North and South Korea", "South and North Sudan", "East and West Germany"
name two states, and the first has lost its head word to the coordination.

The dictionary matches only the full name that ends the phrase ("South Korea"), and the parser hangs the
bare "North" on "Korea" as a modifier, so the phrase became one mention of the second state and a meeting
"between North and South Korea" had one side. When a compass word (north, south, east, west) and "and" /
"or" / "&" stand right before a state's name that itself starts with a compass word, the first compass
word with the rest of that name is looked up; a state of that name is a mention of its own, and the
second name's mention starts at its own first word. A region ("North and South America") is left as it is.

Class BOTH HALVES OF A DIVIDED NAME: "the two Koreas", "both Koreas", "the two Germanys" name the two
states that share the name, so the plural is a mention of both (``DIVIDED_NAMES``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from spacy.tokens import Doc

from realpolitik.actors.entries import Entry
from realpolitik.actors.grouping import Mention
from realpolitik.actors.matcher import Match
from realpolitik.actors.resolver import resolve_entry

COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
JOINERS = frozenset({"and", "or", "&"})
DIVIDED_NAMES = {"koreas": ("north korea", "south korea"), "germanys": ("east germany", "west germany"),
                 "germanies": ("east germany", "west germany"), "sudans": ("sudan", "south sudan"),
                 "yemens": ("north yemen", "south yemen")}
BOTH_WORDS = frozenset({"two", "both"})


def _elided_entry(doc: Doc, m: Match, index: Mapping[str, Sequence[Entry]]) -> Entry | None:
    first = doc[m.start].lower_
    if first not in COMPASS_WORDS or m.start < 2 or m.best.kind != "state":
        return None
    joiner, word = doc[m.start - 1], doc[m.start - 2]
    if joiner.lower_ not in JOINERS or word.lower_ not in COMPASS_WORDS or word.lower_ == first:
        return None
    if not word.text[:1].isupper():
        return None
    entries = index.get(word.lower_ + m.key[len(first):])
    return entries[0] if entries and entries[0].kind == "state" else None


def elided_compass_names(doc: Doc, mentions: list[Mention], matches: list[Match],
                         index: Mapping[str, Sequence[Entry]], when: date | None,
                         sent_of: Sequence[int]) -> list[Mention]:
    """``mentions`` with each elided first conjunct a mention of its own (see the module)."""
    out = list(mentions)
    for m in matches:
        entry = _elided_entry(doc, m, index)
        if entry is None:
            continue
        word = m.start - 2
        holder = next((x for x in out if x.start <= word < x.end), None)
        if holder is not None and not (holder.start == word and holder.end >= m.end):
            continue  # the compass word belongs to some other phrase
        res = resolve_entry(entry, when)
        actor = res.to_actor(doc[word].text, how=f"{res.source}: {res.why}; elided name before {m.key!r}")
        if holder is not None:
            holder.start = m.start
        out.append(Mention(start=word, end=word + 1, head=word, actors=[actor], kind="state",
                           sentence=sent_of[word]))
    return sorted(out, key=lambda x: (x.start, x.end))


def divided_name_pairs(doc: Doc, mentions: list[Mention], index: Mapping[str, Sequence[Entry]], when: date | None,
                       sent_of: Sequence[int]) -> list[Mention]:
    """``mentions`` with "the two Koreas" and the like a mention of both states (see the module)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for tok in doc:
        names = DIVIDED_NAMES.get(tok.lower_)
        if names is None or tok.i in covered or not tok.text[:1].isupper():
            continue
        if not any(c.lower_ in BOTH_WORDS for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod")):
            continue
        found = [index.get(n) for n in names]
        entries = [e[0] for e in found if e and e[0].kind == "state"]
        if len(entries) != 2:
            continue
        actors = []
        for entry in entries:
            res = resolve_entry(entry, when)
            actors.append(res.to_actor(tok.text, how=f"{res.source}: {res.why}; one of {tok.text!r}"))
        start = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod"))])
        added.append(Mention(start=start, end=tok.i + 1, head=tok.i, actors=actors, kind="state",
                             plural=True, sentence=sent_of[tok.i]))
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else mentions
