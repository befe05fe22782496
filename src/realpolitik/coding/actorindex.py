"""Token → actors for the event coder, read once per doc from ``doc.spans["rp_actors"]``.

Besides the actor spans themselves it follows coordination ("Turkey and Venezuela"), lists misparsed
as appositions ("Chile, Peru, and Bolivia"), modifiers ("a Hezbollah depot") and,
through an optional lookup, nationality adjectives that the actor component leaves unspanned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from realpolitik.coding.frames import prep_objects, with_conjuncts
from realpolitik.model import Actor

DemonymLookup = Callable[[Token], list[Actor]]
# plural agent nouns: negotiators, mediators, lawmakers, leaders, activists, delegates, envoys, representatives
NATIONALITY_POS = frozenset({"ADJ", "PROPN", "CCONJ", "PUNCT"})
AGENT_SUFFIXES = ("ors", "ers", "ists", "ants", "ents", "ians", "ives", "ates", "oys", "ats", "ees")


class ActorIndex:
    """Token → actors, read from ``doc.spans['rp_actors']`` once per doc."""

    def __init__(self, doc: Doc, demonyms: DemonymLookup | None = None) -> None:
        self.demonyms = demonyms
        self.by_token: dict[int, tuple[Span, list[Actor]]] = {}
        group = doc.spans["rp_actors"] if "rp_actors" in doc.spans else []
        for span in group:
            actors = [a for a in (span._.rp_actors or []) if a is not None and a.code]
            if not actors:
                continue
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, (span, actors))
            self._coordinated_modifiers(doc, span, actors)
        for span in group:
            self._shared_office(span)
        self._holders: dict[int, Span] = {}
        for span, found in self.by_token.values():
            for actor in found:
                self._holders.setdefault(id(actor), span)

    def _coordinated_modifiers(self, doc: Doc, span: Span, actors: list[Actor]) -> None:
        """Coordinated nationality adjectives on a people noun ("Indian and Pakistani negotiators"):
        each adjective names a party of its own, and the noun they modify is the mention, so the
        noun stands for every country named (the actor component spans the adjectives alone)."""
        adjs = [t for t in span if t.dep_ in ("amod", "conj") and t.text[:1].isupper()]
        if len(adjs) < 2 or self.demonyms is None or span.end >= len(doc):
            return
        if any(t.pos_ not in NATIONALITY_POS or t.dep_ not in ("amod", "conj", "cc", "punct") for t in span):
            return
        noun = doc[span.end]
        if noun.pos_ != "NOUN" or span.root.head.i != noun.i or noun.i in self.by_token:
            return
        if not noun.lower_.endswith(AGENT_SUFFIXES):  # people ("negotiators"), not things ("vessels")
            return
        found = unique([a for t in adjs for a in (self.demonyms(t) or [])])
        if len(found) < 2:
            return
        for i in range(span.start, span.end + 1):
            self.by_token[i] = (span, found)

    def _shared_office(self, span: Span) -> None:
        """SHARED OFFICE: a plural office held "of" or "from" coordinated states ("the foreign ministers of
        A and B", "officials from A and B") is each state's office, so every state after the first, which
        the parser hangs on the first as a conjunct and the actor component spans alone, takes the
        office's sector too (A's ministers and B's, not A's ministers and B itself)."""
        hit = self.by_token.get(span.root.i)
        if hit is None or (hit[0].start, hit[0].end) != (span.start, span.end) or span.root.tag_ != "NNS":
            return
        office = hit[1]
        if not office or any(not a.sector or a.country is None or a.code != a.country + a.sector for a in office):
            return
        sector = office[0].sector
        if any(a.sector != sector for a in office):
            return
        for word, obj in prep_objects(span.root):
            if word not in ("of", "from"):
                continue
            for other in obj.conjuncts:
                found = self.by_token.get(other.i)
                if other.i < obj.i or found is None or found[0].start < span.end:
                    continue
                if not all(len(a.code) == 3 and a.kind == "state" and a.country == a.code for a in found[1]):
                    continue
                shared = [replace(a, code=a.code + sector, sector=sector, kind="sector",  # type: ignore[operator]
                                  entity_id=f"sector:{a.code}{sector}",
                                  how=f"{a.how}; shares the office of {span.text!r}") for a in found[1]]
                for i in range(found[0].start, found[0].end):
                    self.by_token[i] = (found[0], shared)

    def span_holding(self, actor: Actor) -> Span | None:
        """The mention an actor value came from (identity, not equality: two mentions may be equal)."""
        return self._holders.get(id(actor))  # the index keeps each actor alive, so its id is its own

    def mentions_in(self, sent: Span) -> list[tuple[Span, list[Actor]]]:
        """Each actor mention of a sentence with its actors, once each, in text order."""
        seen: set[int] = set()
        out: list[tuple[Span, list[Actor]]] = []
        for i in range(sent.start, sent.end):
            hit = self.by_token.get(i)
            if hit is not None and id(hit[1]) not in seen:
                seen.add(id(hit[1]))
                out.append(hit)
        return out

    def span_of(self, tok: Token) -> Span | None:
        hit = self.by_token.get(tok.i)
        return hit[0] if hit else None

    def at(self, tok: Token) -> list[Actor]:
        """Actors of the mention covering ``tok``, or of an apposition to it ("Maduro, the president")."""
        hit = self.by_token.get(tok.i)
        if hit:
            return hit[1]
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.by_token:
                return self.by_token[c.i][1]
        return []

    def np(self, tok: Token) -> list[Actor]:
        """Actors of a noun phrase and of everything coordinated with it."""
        out: list[Actor] = []
        seen_spans: set[int] = set()
        hit = self.by_token.get(tok.i)
        heads = (
            [tok] if hit is None else [t for t in hit[0] if t.dep_ in ("conj", "nsubj", "dobj", "pobj") or t.i == tok.i]
        )
        members = [m for h in heads for m in with_conjuncts(h)]
        for c in tok.children:  # "the two leaders, A and B"; not "A, head of B and former minister of C",
            # whose coordinated titles are one person's roles (ROLES OF ONE PERSON)
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) and not (
                _roles_of_one(tok, c) and self.at(tok)
            ):
                members.extend(with_conjuncts(c))
        for t in members:
            hit = self.by_token.get(t.i)
            key = hit[0].start if hit else -1 - t.i
            if key in seen_spans:
                continue
            seen_spans.add(key)
            out.extend(self.at(t))
        return unique(out)

    def np_deep(self, tok: Token, depth: int = 2) -> list[Actor]:
        """Actors of a phrase, else of its modifiers: misattached names ("Assad Tuesday") and
        actor-modified nouns ("a Hezbollah depot") still point at their actor."""
        found = self.np(tok) or self.modifiers(tok, ("compound", "poss", "nmod", "amod"))
        if found or depth <= 1:
            return found
        for c in tok.children:
            if c.dep_ in ("compound", "nmod"):
                found = self.np_deep(c, depth - 1)
                if found:
                    return found
        return []

    def modifiers(self, tok: Token, deps: tuple[str, ...] = ("poss", "compound", "amod", "nmod")) -> list[Actor]:
        """Actors among a noun's modifiers that are not part of the noun's own actor span."""
        own = self.span_of(tok)
        out: list[Actor] = []
        for c in tok.children:
            if c.dep_ not in deps:
                continue
            span = self.span_of(c)
            if span is not None and own is not None and span.start == own.start:
                continue
            found = self.np(c)
            if not found and span is None and self.demonyms is not None and (
                    c.dep_ == "amod" or (c.dep_ == "compound" and c.pos_ == "ADJ")):  # "Togolese positions"
                found = self.demonyms(c)
            out.extend(found)
        return unique(out)


def unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


def mere_place(actor: Actor) -> bool:
    """A town, a dateline's "here" or another place that stands for its state only as the scene of an act
    (kind ``place`` with a bare country code): it can be where an act is aimed, never who acts. Seats of
    power ("the White House", kind ``place`` too) carry a sector and do act."""
    return actor.kind == "place" and len(actor.code) == 3


def bare_states(actors: list[Actor]) -> list[Actor]:
    """The actors coded as a state and nothing more (a three-letter country code, not the countryless
    ``---``): what a place phrase names when it names a country ("in Chad", "from Sylvania")."""
    return [a for a in actors if len(a.code) == 3 and a.code != "---"]


def between_parties_of(tokens: list[Token], actors: ActorIndex) -> list[Actor]:
    """The parties a ``between`` phrase on any of ``tokens`` names ("a truce **between A and B**"): two
    distinct actors at least, else ``[]`` (one side alone is no pair)."""
    parties = unique([a for tok in tokens for w, o in prep_objects(tok) if w == "between" for a in actors.np(o)])
    return parties if len({a.code for a in parties}) >= 2 else []


def _roles_of_one(noun: Token, appos: Token) -> bool:
    """ROLES OF ONE PERSON: titles coordinated in apposition to one singular noun ("A, head of B and
    former minister of C") are that one's roles, where names ("Chile, Peru and Bolivia") or
    titles after a plural ("the two leaders, the president of B and the premier of C") are many. A
    person the dictionary does not know still takes the roles' actors."""
    return noun.tag_ in ("NN", "NNP") and appos.pos_ == "NOUN"
