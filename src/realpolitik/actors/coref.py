"""Light, rule-based coreference over the actors already found in an article.

- "he" / "she" / "him" / "her" → the most recent person mentioned in the last few sentences;
- "his government" → that person's country + the agent's sector;
- "the two leaders", "both heads of state", "the two countries" → the last two distinct actors of
  that sort (a list: a subject like this yields events for both);
- a surname repeated after a first mention that was resolved through a title ("Turkish Foreign
  Minister Mevlut Cavusoglu" … "Cavusoglu said") → the same actor.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.parts_of_speech import PRON, PROPN
from spacy.tokens import Doc

from realpolitik.actors.docview import DocView
from realpolitik.actors.grouping import Mention
from realpolitik.actors.resolver import NO_COUNTRY, ActorResolver
from realpolitik.model import Actor

__all__ = ["Mention", "resolve_references"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
POSSESSIVE = frozenset({"his", "her"})
PEOPLE_NOUNS = frozenset({"leader", "leaders", "president", "presidents", "head", "heads", "minister",
                          "ministers", "counterpart", "counterparts", "premier", "premiers"})
STATE_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states", "government",
                         "governments", "side", "sides", "capital", "capitals", "ally", "allies"})
WINDOW = 3  # sentences to look back for a pronoun's antecedent
PLURAL_WINDOW = 6  # … and for "the two leaders"


def _retag(actor: Actor, text: str, how: str) -> Actor:
    return replace(actor, text=text, how=how, confidence=min(actor.confidence, 0.8))


def resolve_references(doc: Doc, mentions: list[Mention], resolver: ActorResolver,
                       when: date | None, view: DocView | None = None) -> list[Mention]:
    view = view or DocView.of(doc)
    sent_of = view.sent
    strings = doc.vocab.strings
    mentions.sort(key=lambda m: m.start)
    covered = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    surnames: dict[int, Actor] = {}
    for m in mentions:
        if m.kind == "person" and len(m.actors) == 1 and m.actors[0].entity_id:
            if view.pos[m.head] == PROPN:
                surnames.setdefault(view.lower[m.head], m.actors[0])
    pronouns = {strings.add(p) for p in PERSON_PRONOUNS}
    her = strings.add("her")
    candidates = [i for i, (low, pos) in enumerate(zip(view.lower, view.pos, strict=True))
                  if not covered[i] and ((pos == PRON and low in pronouns) or (pos == PROPN and low in surnames))]
    out: list[Mention] = []
    pending = sorted(mentions, key=lambda m: m.start)
    pi = 0
    for i in candidates + [len(doc)]:
        while pi < len(pending) and pending[pi].start <= i:
            m = pending[pi]
            pi += 1
            _resolve_plural(doc, m, out, sent_of)
            _resolve_possessor(doc, m, out, sent_of)
            _resolve_conjunct(doc, m, out)
            out.append(m)
        if i >= len(doc):
            break
        tok = doc[i]
        if view.pos[i] == PRON:
            if view.lower[i] == her and tok.dep_ == "poss":
                continue
            ante = _last_person(out, sent_of[i])
            if ante is not None:
                out.append(Mention(i, i + 1, i, [_retag(ante, tok.text, f"pronoun → {ante.text!r}")],
                                   kind="person", sentence=sent_of[i]))
        else:
            a = surnames[view.lower[i]]
            out.append(Mention(i, i + 1, i, [_retag(a, tok.text, f"surname of {a.text!r}")],
                               kind="person", sentence=sent_of[i]))
    return out


def _last_person(previous: list[Mention], sentence: int) -> Actor | None:
    for m in reversed(previous):
        if sentence - m.sentence > WINDOW:
            return None
        if m.kind == "person" and len(m.actors) == 1:
            return m.actors[0]
    return None


def _resolve_plural(doc: Doc, m: Mention, previous: list[Mention], sent_of: list[int]) -> None:
    """"the two leaders" / "both heads of state": replace a country-less agent by two earlier actors."""
    if m.agent is None or (m.actors and m.actors[0].country is not None):
        return
    words = {t.lower_ for t in doc[m.start : m.end]}
    head = doc[m.head].lower_
    definite_plural = doc[m.start].lower_ == "the" and m.plural and m.end - m.start == 2
    if not (words & {"two", "both"}) and not definite_plural:
        return
    want_people = head in PEOPLE_NOUNS
    if not want_people and head not in STATE_NOUNS:
        return
    found: list[Actor] = []
    seen: set[str] = set()
    for prev in reversed(previous):
        if m.sentence - prev.sentence > PLURAL_WINDOW:
            break
        if want_people and prev.kind != "person":
            continue
        for a in prev.actors:
            key = (a.entity_id or a.code) if want_people else (a.country or a.code)
            if key in seen or not a.country:
                continue
            seen.add(key)
            found.append(a)
        if len(found) >= 2:
            break
    if len(found) < 2:
        return
    text = doc[m.start : m.end].text
    if want_people:
        m.actors = [_retag(a, text, f"{text!r} → {a.text!r}") for a in reversed(found[:2])]
    else:
        suffix = m.agent if head.startswith("government") else ""
        m.actors = [Actor(text=text, code=(a.country or NO_COUNTRY) + (suffix or ""), entity_id=f"state:{a.country}",
                          name=a.country, country=a.country, sector=suffix or None, kind="state", confidence=0.8,
                          how=f"{text!r} → {a.text!r}") for a in reversed(found[:2])]


def _resolve_conjunct(doc: Doc, m: Mention, previous: list[Mention]) -> None:
    """"Israeli helicopters and tanks": a country-less agent conjoined to one with a country shares it."""
    if m.agent is None or not m.actors or m.actors[0].country is not None:
        return
    head = doc[m.head]
    if head.dep_ != "conj":
        return
    for prev in reversed(previous[-4:]):
        if prev.head == head.head.i and len(prev.actors) == 1 and prev.actors[0].country:
            country = prev.actors[0].country
            code = country + (m.agent or "")
            text = doc[m.start : m.end].text
            m.actors = [Actor(text=text, code=code, entity_id=f"sector:{code}", name=text, country=country,
                              sector=m.agent, kind="sector", confidence=0.8,
                              how=f"conjoined with {prev.actors[0].text!r}")]
            return


def _resolve_possessor(doc: Doc, m: Mention, previous: list[Mention], sent_of: list[int]) -> None:
    """"his government" → the antecedent person's country + GOV."""
    if m.agent is None or (m.actors and m.actors[0].country is not None):
        return
    head = doc[m.head]
    poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE]
    if not poss:
        return
    ante = _last_person(previous, m.sentence)
    if ante is None or not ante.country:
        return
    text = doc[min(m.start, poss[0].i) : m.end].text
    m.start = min(m.start, poss[0].i)
    code = ante.country + (m.agent or "")
    m.actors = [Actor(text=text, code=code, entity_id=f"sector:{code}", name=text, country=ante.country,
                      sector=m.agent, kind="sector", confidence=0.7, how=f"possessor → {ante.text!r}")]
