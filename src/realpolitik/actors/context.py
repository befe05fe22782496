"""Context the sentence and the article give to actors: wire datelines and countryless sector nouns.

**Datelines.** Wire copy opens with the place it was filed from: "BAKU, May 2 (Reuters) -",
"Jerusalem, Nov. 1 (Xinhua) --", "NAIROBI (AP) --". ``find_dateline`` reads it from the first line;
the result is stored as ``doc._.rp_dateline`` (``Dateline``: place text, its country code or None,
and the token index where the story proper begins), for the coder too. Names inside the dateline are
where and who *filed*, not actors of the story, so they make no actor span; "here" in the story is
the dateline's place and is given a span with that country (kind ``place``).

**Countryless sector nouns** ("security forces", "gunmen", "the opposition leader", "rebels"): an
actor whose code is ``---`` + sector takes a country from, in this order,
1. the place of the sentence: a state or city named as the object of a locative preposition
   ("in Idlib"), or a place mention in any position ("seized the Malian town of …"), when exactly
   one country is so named;
2. the dateline's country.

Nothing is guessed when two places compete, and the sentence's other actors never lend their country
("Russian warplanes pounded rebel positions", "The government condemned Israel" stay countryless):
on te3dev that guess gave more false events than true ones. The component's ``place_country`` setting
turns this off (PETRARCH-derived data leaves such nouns ``---``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import Mention
from realpolitik.actors.resolver import NO_COUNTRY, NON_STATE_ROOTS, ActorResolver
from realpolitik.model import Actor

LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout", "around", "into",
                            "within", "on", "along"})
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^\s*(?:--\s*)?(?P<place>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,2}))?"
    r"(?:\s*,\s*" + _MONTH + r"\s*\d{1,2})?"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .\-&]{0,30})\)\s*(?:--|-|–|—|:|_)\s*")


@dataclass(frozen=True)
class Dateline:
    """Where a wire story was filed: the place as written, its country (None if unknown), and the
    token index after the dateline (the story's first token)."""

    place: str
    country: str | None
    end: int


def find_dateline(doc: Doc, resolver: ActorResolver, when: date | None) -> Dateline | None:
    """The wire dateline opening ``doc``, if any (see the module docstring)."""
    if len(doc) == 0:
        return None
    head = doc[: min(len(doc), 40)].text[:160]
    m = _DATELINE.match(head)
    if m is None:
        return None
    country = None
    for part in (m.group("place"), m.group("region")):
        if not part:
            continue
        res = resolver.lookup(part.title() if part.isupper() else part, when)
        if res is not None and res.country and res.kind in ("state", "place"):
            country = res.country
            break
    end_char = doc[0].idx + m.end()
    end = next((t.i for t in doc[: min(len(doc), 40)] if t.idx >= end_char), len(doc))
    return Dateline(place=m.group("place"), country=country, end=end)


def _phrase_top(tok: Token) -> Token:
    """Climb compounds and modifiers to the noun-phrase head ("Idlib" in "Idlib province" → "province")."""
    seen = 0
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "flat") and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    return tok


def _countryless(m: Mention) -> bool:
    return bool(m.actors) and all(a.code.startswith(NO_COUNTRY) and len(a.code) > 3 for a in m.actors)


def _state_country(m: Mention) -> str | None:
    """The one state of a mention; a region ("in Asia") is no country to give."""
    countries = {a.country for a in m.actors if a.country and a.code[:3] not in NON_STATE_ROOTS
                 and not (a.entity_id or "").startswith("region:")}
    return countries.pop() if len(countries) == 1 else None


def _is_place(m: Mention) -> bool:
    """A place mention ("the Malian town of …", "here"): where the act happened, in any position."""
    return m.kind == "place" and all(a.kind == "place" and len(a.code) == 3 for a in m.actors)


# Nouns for people who speak for, advise or assist someone: "a spokesman for the prime minister", "an aide
# to the president" belong to that principal's side. "ambassador to X" / "envoy to X" are sent *to* X, so
# "to" counts only for advisers and aides; "of" counts for any countryless agent.
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "aide", "aides", "adviser",
                        "advisers", "advisor", "advisors", "counsellor", "counselor", "secretary", "deputy",
                        "representative", "representatives", "envoy", "envoys", "emissary"})
ADVISES = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors", "counsellor", "counselor"})


def give_principals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A countryless agent tied by a preposition to the person or body it serves takes that principal's
    side: "a spokesman for <leader>", "an aide to <leader>", "officials of <body>" → the principal's
    country with the agent's own sector (an organisation's own code when the principal is an IGO)."""
    todo = [m for m in mentions if _countryless(m) and 0 <= m.head < len(doc)]
    if not todo:
        return mentions
    owner: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            owner.setdefault(i, m)
    for m in todo:
        head = doc[m.head]
        for prep in head.children:
            word = prep.lower_
            if prep.dep_ != "prep" or not (word == "of" or (word == "for" and head.lower_ in SPEAKS_FOR)
                                           or (word == "to" and head.lower_ in ADVISES)):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # a parse that leaves the preposition without its object: the phrase right after it
            principal = owner.get(obj.i if obj is not None else prep.i + 1)
            if principal is None or principal is m or not principal.actors or principal.place_only:
                continue
            roots = {a.code[:3] for a in principal.actors}
            if len(roots) != 1 or NO_COUNTRY in roots:
                continue
            a0 = principal.actors[0]
            if a0.code[:3] in NON_STATE_ROOTS:
                m.actors = [replace(a, code=a0.code, country=None, entity_id=a0.entity_id,
                                    how=f"{a.how}; serves {a0.text!r}") for a in m.actors]
            else:
                m.actors = [_with_country(a, a0.code[:3], f"its principal {a0.text!r}") for a in m.actors]
            break
    return mentions


# Bodies a state can lead that are no agent noun of their own: "the US-led coalition" is the leader's.
LED_BODIES = frozenset({"coalition", "coalitions", "alliance", "bloc", "force", "forces", "mission", "contingent",
                        "troops", "task force"})


def led_by(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"US-led forces", "a Saudi-led coalition": the led body is the leading state's (with the body's sector
    when it has one: "US-led forces" → USAMIL, "the Saudi-led coalition" → SAU). "-backed" is not so:
    a state's proxies are not its own forces."""
    drop: set[int] = set()
    for m in mentions:
        if m.end + 2 >= len(doc) or doc[m.end].text not in ("-", "–") or doc[m.end + 1].lower_ != "led":
            continue
        country = _state_country(m)
        org = m.actors[0] if len(m.actors) == 1 and m.actors[0].code[:3] in ("IGO", "NGO") else None
        led = doc[m.end + 1]
        body = led.head
        if (country is None and org is None) or body.i <= led.i or body.i - led.i > 3:
            continue
        target = next((b for b in mentions if b.start <= body.i < b.end and b is not m), None)
        if target is not None and _countryless(target):
            why = f"led by {m.actors[0].text!r}"
            target.actors = [_with_country(a, country, why) if country else _with_org(a, org, why)  # type: ignore[arg-type]
                             for a in target.actors]
            target.start = m.start
            drop.add(id(m))
        elif target is None and body.lower_ in LED_BODIES:
            text = doc[m.start : body.i + 1].text
            m.actors = [replace(a, text=text, how=f"{a.how}; leads the {body.text!r}") for a in m.actors]
            m.end, m.head = body.i + 1, body.i
    return [m for m in mentions if id(m) not in drop]


def give_countries(doc: Doc, mentions: list[Mention], dateline: Dateline | None) -> list[Mention]:
    """Fill in the country of countryless sector mentions (see the module docstring)."""
    # an aide's country is the principal's (``give_principals``), not the place where they are
    todo = [m for m in mentions if _countryless(m) and not (0 <= m.head < len(doc) and doc[m.head].lower_ in ADVISES)]
    if not todo:
        return mentions
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    for m in todo:
        if not 0 <= m.head < len(doc):
            continue
        peers = [p for p in by_sent.get(m.sentence, []) if p is not m and _state_country(p)]
        places: set[str] = set()
        for p in peers:
            if not 0 <= p.head < len(doc):
                continue
            top = _phrase_top(doc[p.head])
            if (top.dep_ == "pobj" and top.head.lower_ in LOCATIVE_PREPS) or _is_place(p):
                places.add(_state_country(p) or "")
        places.discard("")
        country, why = None, ""
        if len(places) == 1:
            country, why = places.pop(), "the sentence's place"
        elif not places and dateline is not None and dateline.country:
            country, why = dateline.country, "the dateline's place"
        if country:
            m.actors = [_with_country(a, country, why) for a in m.actors]
    return mentions


def _with_country(a: Actor, country: str, why: str) -> Actor:
    sector = a.code[len(NO_COUNTRY):]
    return replace(a, code=country + sector, country=country, confidence=min(a.confidence, 0.7),
                   entity_id=f"sector:{country}{sector}" if (a.entity_id or "").startswith("sector:") else a.entity_id,
                   how=f"{a.how}; country from {why}")


def _with_org(a: Actor, org: Actor, why: str) -> Actor:
    sector = a.code[len(NO_COUNTRY):]
    code = org.code if org.code.endswith(sector) else org.code + sector
    return replace(a, code=code, country=None, entity_id=org.entity_id, confidence=min(a.confidence, 0.7),
                   how=f"{a.how}; {why}")


def here_mentions(doc: Doc, dateline: Dateline | None, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """"here" in a datelined story is the dateline's place: a place mention with its country."""
    if dateline is None or not dateline.country:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in doc[dateline.end :]:
        if tok.lower_ == "here" and tok.i not in taken and tok.pos_ == "ADV":
            actor = Actor(text=tok.text, code=dateline.country, entity_id=f"state:{dateline.country}",
                          name=dateline.place, country=dateline.country, kind="place", confidence=0.8,
                          how=f"'here' = the dateline's place {dateline.place!r}")
            out.append(Mention(start=tok.i, end=tok.i + 1, head=tok.i, actors=[actor], kind="place",
                               sentence=sent_of[tok.i] if tok.i < len(sent_of) else 0))
    return out
