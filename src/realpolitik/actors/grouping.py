"""Dictionary matches → actor noun phrases, using the dependency parse.

Matches that modify one another ("Turkish" → "President" → "Erdogan", "Maduro" 's → "government")
are joined into one mention whose span runs from the leftmost modifier (plus a leading
determiner) to the syntactic head. The mention's code comes from its parts: a person or
organisation gives its own code; a country (or a person's country) plus an agent noun gives
country + sector ("Turkish officials" → TURGOV); an agent alone gives ``---`` + sector.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from realpolitik.actors.entries import Entry, slug
from realpolitik.actors.matcher import Match
from realpolitik.actors.resolver import NO_COUNTRY, ActorResolver, Resolution, resolve_entry
from realpolitik.model import Actor

CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn"})
NOUNISH = frozenset({"NOUN", "PROPN"})
ATTACH_PREPS = frozenset({"in", "of", "from"})
NAMED_KINDS = frozenset({"person", "org", "group", "place", "state"})


@dataclass
class Mention:
    """One actor mention before it becomes a span: token range, parts, resolved actors."""

    start: int
    end: int
    head: int
    actors: list[Actor] = field(default_factory=list)
    kind: str | None = None  # kind of the main entry: person, state, agent...
    sentence: int = 0
    agent: str | None = None  # sector of a bare agent noun ("the two leaders" → GOV)
    plural: bool = False


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _root(doc: Doc, m: Match) -> Token:
    return doc[m.root] if m.root >= 0 else doc[m.start : m.end].root


def group_matches(doc: Doc, matches: list[Match], resolver: ActorResolver, when: date | None,
                  sent_of: list[int] | None = None) -> list[Mention]:
    """Join matches that belong to one noun phrase and resolve each group to actors."""
    matches = [m for m in matches if _plausible(doc, m)]
    owner = [-1] * len(doc)
    for k, m in enumerate(matches):
        for i in range(m.start, m.end):
            owner[i] = k
    uf = _UnionFind(len(matches))
    for k, m in enumerate(matches):
        tok = _root(doc, m)
        seen = 0
        while tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i and seen < 8:
            seen += 1
            head = tok.head
            if head.pos_ not in NOUNISH and head.pos_ != "ADJ":
                break
            if owner[head.i] >= 0 and owner[head.i] != k:
                uf.union(k, owner[head.i])
                break
            if owner[head.i] == k:
                tok = head
                continue
            if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and tok.dep_ in ("compound", "flat", "appos"):
                break
            tok = head
        # "Turkish and Venezuelan officials": the second adjective is a conj of the first
        if tok.dep_ == "conj" and owner[tok.head.i] >= 0 and _is_modifier(doc, matches[owner[tok.head.i]]):
            uf.union(k, owner[tok.head.i])
        # "the regime in Caracas": a place in a prepositional phrase attached to an agent noun
        if tok.dep_ == "pobj" and tok.head.lower_ in ATTACH_PREPS:
            prep = tok.head
            governor = prep.head
            g = owner[governor.i]
            if not (g >= 0 and matches[g].is_agent and governor.i == _root(doc, matches[g]).i):
                # the parser often hangs the phrase on the verb; "regime in Caracas" is adjacent
                g = owner[prep.i - 1] if prep.i > 0 and m.start in (prep.i + 1, prep.i + 2) else -1
                if g >= 0 and (not matches[g].is_agent or matches[g].end != prep.i):
                    g = -1
            if g >= 0:
                uf.union(k, g)
    groups: dict[int, list[int]] = {}
    for k in range(len(matches)):
        groups.setdefault(uf.find(k), []).append(k)
    if sent_of is None:
        sent_of = [0] * len(doc)
        for n, s in enumerate(doc.sents):
            sent_of[s.start : s.end] = [n] * (s.end - s.start)
    mentions: list[Mention] = []
    for members in groups.values():
        parts = [matches[k] for k in members]
        mention = _resolve_group(doc, parts, resolver, when)
        if mention is None:
            continue
        mention.sentence = sent_of[mention.head]
        mentions.append(mention)
    return mentions


def _is_modifier(doc: Doc, m: Match) -> bool:
    return _root(doc, m).dep_ in ("amod", "compound", "poss", "nmod")


def _plausible(doc: Doc, m: Match) -> bool:
    """Agent nouns must be nouns here ("general" in "general mismanagement" is not an army)."""
    if m.is_agent:
        last = doc[m.end - 1]
        return last.pos_ in NOUNISH or (m.end - m.start > 1)
    return True


def _head_token(doc: Doc, parts: list[Match]) -> Token:
    """The token every part hangs from: the root of the smallest subtree containing all parts."""
    if len(parts) == 1:
        return _root(doc, parts[0])
    start = min(p.start for p in parts)
    end = max(p.end for p in parts)
    root = doc[start:end].root
    last = max(parts, key=lambda p: p.end)
    lr = _root(doc, last)
    return root if root.i >= lr.i or root.i < start else lr


def _resolve_group(doc: Doc, parts: list[Match], resolver: ActorResolver, when: date | None) -> Mention | None:
    parts.sort(key=lambda p: p.start)
    head = _head_token(doc, parts)
    head_part = next((p for p in parts if p.start <= head.i < p.end), parts[-1])
    start = parts[0].start
    end = max(p.end for p in parts) if len(parts) > 1 else parts[0].end
    # extend the span to the noun-phrase head when it is a following proper name (Minister Cavusoglu)
    top = head
    while top.dep_ in ("compound", "flat") and top.head.i > top.i and top.head.ent_type_ == "PERSON":
        top = top.head
    if top.i >= end:
        end = top.i + 1
    # leading determiner / numeral / predeterminer ("the", "both", "the two") belongs to the phrase
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ not in ("det", "predet", "nummod") or not start <= prev.head.i < end:
            break
        start -= 1
    named = [p for p in parts if p.best.kind in NAMED_KINDS]
    agents = [p for p in parts if p.is_agent]
    text = doc[start:end].text
    head_entry = head_part.best
    kind = head_entry.kind
    if not named and not agents:
        return None
    # a bare demonym adjective on a non-actor noun ("Venezuelan oil") is not an actor mention
    if len(parts) == 1 and not agents:
        root = _root(doc, head_part)
        if root.pos_ == "ADJ" and root.dep_ in ("amod", "compound") and root.head.i != root.i:
            return None
    actors: list[Actor] = []
    agent_code = _agent_code(agents, head_part)
    ethnic = False
    if head_entry.agent and head_entry.kind != "agent" and any(p is not head_part for p in named):
        # an ethnic or social group named by a country ("Syrian Kurds" → SYR + KUR)
        agents = agents + [head_part]
        named = [p for p in named if p is not head_part]
        agent_code = head_entry.agent
        ethnic = True
    if not agents and len(named) > 1 and _hyphenated(doc, named):
        # "Ankara-Caracas relations", "the Maduro-Erdogan meeting": each side is an actor
        for p in named:
            res = resolve_entry(p.best, when)
            if res.code not in {a.code for a in actors}:
                actors.append(res.to_actor(text, how=f"{res.source}: {res.why}; one of a hyphenated pair"))
    elif not ethnic and (kind in ("person", "org", "group", "place") or (kind == "state" and not agent_code)):
        res = resolve_entry(head_entry, when)
        if head_entry.kind == "person" and not head_entry.roles and agent_code:
            res = _with_country(res, head_entry.country, agent_code, head_entry)
        elif head_entry.kind == "person" and head_entry.roles and res.valid_from is None and res.valid_until is None:
            if agent_code and head_entry.country:
                res = _with_country(res, head_entry.country, agent_code, head_entry)
        actors.append(res.to_actor(text, how=f"{res.source}: {res.why}"))
    else:
        countries = _countries(named, when)
        sector = agent_code or ""
        title_entry: Entry | None = None
        if top.i != head.i and top.ent_type_ == "PERSON":
            kind = "person"
        for country, src in countries or [(None, None)]:
            if country is None:
                code = NO_COUNTRY + sector
                how = f"agent {agents[0].key!r} with no country"
            else:
                code = country + sector
                how = f"{src} + agent {agents[0].key!r}" if agents else str(src)
            entity_id = f"sector:{code}"
            name = text
            role = None
            if country and agents and len(countries) == 1 and kind != "person":
                title_entry = resolver.person_with_title(country, agents[-1].key, when)
                if title_entry is not None:
                    r = resolve_entry(title_entry, when)
                    code, entity_id, name, role = r.code, r.entity_id, r.name, r.role
                    how += f"; title held by {r.name} ({r.why})"
                    kind = "person"
            if kind == "person" and title_entry is None and top.i != head.i:
                entity_id = f"person:{slug(_person_name(doc, top))}"
                name = _person_name(doc, top)
            out_kind = "person" if kind == "person" else "group" if ethnic else "sector"
            actors.append(Actor(text=text, code=code, entity_id=entity_id, name=name, country=country,
                                sector=sector or None, role=role, kind=out_kind,
                                confidence=0.9 if country else 0.5, how=how))
    mention = Mention(start=start, end=end, head=top.i, actors=actors, kind=kind)
    if agents and not named:
        mention.agent = agent_code
        mention.plural = head.tag_ in ("NNS", "NNPS")
    return mention


def _hyphenated(doc: Doc, parts: list[Match]) -> bool:
    return all(b.start - a.end == 1 and doc[a.end].text in ("-", "–", "/")
               for a, b in zip(parts, parts[1:], strict=False))


def _person_name(doc: Doc, top: Token) -> str:
    for ent in doc.ents:
        if ent.start <= top.i < ent.end and ent.label_ == "PERSON":
            return ent.text
    return top.text


def _agent_code(agents: list[Match], head_part: Match) -> str | None:
    if not agents:
        return None
    chosen = head_part if head_part.is_agent else agents[-1]
    return chosen.best.agent


def _countries(named: list[Match], when: date | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in named:
        res = resolve_entry(p.best, when)
        country = res.country or p.best.country
        if country and country not in (c for c, _ in out):
            out.append((country, f"{p.best.source} ({p.key!r})"))
    return out


def _with_country(res: Resolution, country: str | None, agent: str, entry: Entry) -> Resolution:
    code = (country or NO_COUNTRY) + agent
    return Resolution(code=code, entity_id=res.entity_id, name=res.name, kind=res.kind, country=country,
                      sector=agent, role=res.role, valid_from=None, valid_until=None, source=res.source,
                      why=res.why + f"; title gives sector {agent}")
