"""Context the sentence and the article give to actors: wire datelines and countryless sector nouns.

**Datelines.** Wire copy opens with the place it was filed from: "BAKU, May 2 (Reuters) -",
"Jerusalem, Nov. 1 (Xinhua) --", "NAIROBI (AP) --". ``find_dateline`` reads it from the first line;
the result is stored as ``doc._.rp_dateline`` (``Dateline``: place text, its country code or None,
and the token index where the story proper begins), for the coder too. Names inside the dateline are
where and who *filed*, not actors of the story, so they make no actor span; "here" in the story is
the dateline's place and is given a span with that country (kind ``place``).

**Countryless sector nouns** ("security forces", "gunmen", "the opposition leader", "rebels"): an
actor whose code is ``---`` + sector takes a country from, in this order,
0. for troops, an army or police that someone orders or instructs, the commander's country
   (``commanding_state``, ORDERED OWN FORCES); then a bare definite that repeats the noun of a fuller
   mention earlier in its own sentence ("a spokesman of the Egyptian army said the army …") is that
   mention (SAME NOUN AGAIN IN ITS SENTENCE, ``definite_antecedent`` with ``window=0``);
1. the place of the sentence: a state or city named as the object of a locative preposition
   ("in Idlib"; not people aimed at with "at": "fired at a Chilean patrol"; not the venue of talks,
   ``venue_of_talks``), or a place mention in any
   position ("seized the Malian town of …"), when exactly
   one country is so named; "here" counts only in a sentence that names no other state (it is
   where the reporter is: "<state> has mobilised its army, officials here said" is no army of the bureau's state);
2. a bare definite ("the president", "the government", "the rebels") → its fuller earlier mention
   in the article with the same noun ("The president of Kenya …"), unless two sides compete;
3. for a domestic body (court, police, parliament, opposition, gunmen …), the one state its sentence
   states (``sentence_state.py``);
4. the dateline's country, unless the article's main state is another;
5. the article's main state (named in ≥ 2 sentences and in twice as many as any other): a story
   filed from Geneva about Burma is Burma's.

Before all this, an aide, adviser or spokesperson tied to its principal ("an aide to <leader>", "a
spokesman for <body>") takes the principal's side, and an "X-led" body is X's ("US-led forces").

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

from realpolitik.actors.coref import has_title
from realpolitik.actors.grouping import (
    NOT_LOCAL,
    PLACE_NOUNS,
    Mention,
    dealing_subject,
    dealing_verb,
    office_title,
    posted,
    said_not_local,
)
from realpolitik.actors.matcher import is_region
from realpolitik.actors.resolver import COUNTRYLESS_ROOTS, NO_COUNTRY, ActorResolver
from realpolitik.actors.sentence_state import co_arguments, named_place, phrase_top, sentence_state, venue_of_talks
from realpolitik.actors.towns import named_towns, pick
from realpolitik.model import Actor

LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout", "around", "into",
                            "within", "on", "along"})
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^\s*(?:--\s*)?(?P<place>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,2}))?"
    r"(?:\s*,\s*" + _MONTH + r"\s*\d{1,2}(?:\s*,\s*\d{4})?)?"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .\-&]{0,30})\)(?:\s*(?:--|-|–|—|:|_)\s*|[ \t]*\n\s*)")


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
    written = [part.title() if part.isupper() else part for part in (m.group("place"), m.group("region")) if part]
    for part in written:
        res = resolver.lookup(part, when)
        if res is not None and res.country and res.kind in ("state", "place"):
            country = res.country
            break
    if country is None:  # "NEWARK, N.J., May 2 (AP) -": a town GeoNames knows (GAZETTEER TOWN)
        town = pick(named_towns(written[0]), frozenset())
        country = town.country if town is not None else None
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
    countries = {a.country for a in m.actors if a.country and a.code[:3] not in COUNTRYLESS_ROOTS
                 and not is_region(a)}
    return countries.pop() if len(countries) == 1 else None


PEOPLE_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "CVL", "PPL", "CRM", "REF", "OPP"})


def _people(m: Mention) -> bool:
    """A sector of people ("fired at a Chilean army patrol", "at the Kenyan police"): the object of "at" is
    then whom an act is aimed at, not where it happens (PEOPLE ARE NO PLACE). Bodies that are also
    buildings ("at the Kenyan parliament", "at the embassy") still place the sentence."""
    return bool(m.actors) and all(a.code[3:6] in PEOPLE_SECTORS for a in m.actors)


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
# Adjectives of allegiance: "fighters loyal to <leader>", "militias allied with <party>" are on that side.
ALLEGIANCE = frozenset({"loyal", "allied", "aligned", "faithful", "affiliated", "linked", "attached"})


def _principal_preps(head: Token) -> list[Token]:
    """The prepositions that tie an agent to its principal: its own "of" (and "for"/"to" for those who
    speak for or advise), or the "to"/"with" of an adjective of allegiance on it ("loyal to")."""
    preps = [p for p in head.children if p.dep_ == "prep" and (
        p.lower_ == "of" or (p.lower_ == "for" and head.lower_ in SPEAKS_FOR)
        or (p.lower_ == "to" and head.lower_ in ADVISES))]
    for adj in head.children:
        if adj.dep_ in ("amod", "acl") and adj.lower_ in ALLEGIANCE:
            preps.extend(p for p in adj.children if p.dep_ == "prep" and p.lower_ in ("to", "with"))
    return preps


def give_principals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A countryless agent tied by a preposition to the person or body it serves takes that principal's
    side: "a spokesman for <leader>", "an aide to <leader>", "officials of <body>", "fighters loyal to
    <leader>" → the principal's country with the agent's own sector (an organisation's own code when the
    principal is an IGO)."""
    todo = [m for m in mentions if _countryless(m) and 0 <= m.head < len(doc)]
    if not todo:
        return mentions
    owner: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            owner.setdefault(i, m)
    for m in todo:
        head = doc[m.head]
        for prep in _principal_preps(head):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # a parse that leaves the preposition without its object: the phrase right after it
            principal = owner.get(obj.i if obj is not None else prep.i + 1)
            if principal is None or principal is m or not principal.actors or principal.place_only:
                continue
            roots = {a.code[:3] for a in principal.actors}
            if len(roots) != 1 or NO_COUNTRY in roots:
                continue
            a0 = principal.actors[0]
            if a0.code[:3] in COUNTRYLESS_ROOTS:
                m.actors = [replace(a, code=a0.code, country=None, entity_id=a0.entity_id,
                                    how=f"{a.how}; serves {a0.text!r}") for a in m.actors]
            else:
                m.actors = [_with_country(a, a0.code[:3], f"its principal {a0.text!r}") for a in m.actors]
            break
        if _countryless(m) and (body := named_in_apposition(doc, m, owner)) is not None:
            m.actors = [_with_country(a, body, "the body it is a member of") for a in m.actors]
    return mentions


def named_in_apposition(doc: Doc, m: Mention, owner: dict[int, Mention]) -> str | None:
    """Class MEMBER OF A NAMED BODY: "a lawmaker of the main opposition, the <party name>" — the body the
    agent belongs to is described inside the mention ("of the main opposition") and then named in
    apposition to that description; the named body (a party, a ministry, a union of one state) gives the
    member its country."""
    for t in doc[m.start : m.end]:
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            continue
        for c in t.children:
            found = owner.get(c.i) if c.dep_ == "appos" else None
            if found is None or found is m or found.place_only:
                continue
            roots = {a.code[:3] for a in found.actors}
            if len(roots) == 1 and (root := roots.pop()) not in COUNTRYLESS_ROOTS and root.isalpha():
                return root
    return None


# Bodies a state can lead that are no agent noun of their own: "the US-led coalition" is the leader's.
LED_BODIES = frozenset({"coalition", "coalitions", "alliance", "bloc", "force", "forces", "mission", "contingent",
                        "troops", "task force"})


# Participles after a hyphen that make the noun the named side's own (OWNED BY A STATE): "a Greek-owned
# tanker", "a Chinese-run company", "an Iranian-flagged ship" belong to that state's side.
OWNING_WORDS = frozenset({"owned", "run", "operated", "flagged"})


def led_by(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"US-led forces", "a Saudi-led coalition": the led body is the leading state's (with the body's sector
    when it has one: "US-led forces" → USAMIL, "the Saudi-led coalition" → SAU). "-backed" is not so:
    a state's proxies are not its own forces. An owned, run or flagged thing ("a Greek-owned tanker") is
    its owner's, when it is an actor of no country of its own."""
    drop: set[int] = set()
    for m in mentions:
        if m.end + 2 >= len(doc) or doc[m.end].text not in ("-", "–") or doc[m.end + 1].lower_ not in \
                OWNING_WORDS | {"led"}:
            continue
        country = _state_country(m)
        org = m.actors[0] if len(m.actors) == 1 and m.actors[0].code[:3] in ("IGO", "NGO") else None
        led = doc[m.end + 1]
        body = led.head
        if (country is None and org is None) or body.i <= led.i or body.i - led.i > 3:
            continue
        target = next((b for b in mentions if b.start <= body.i < b.end and b is not m), None)
        if target is not None and _countryless(target):
            why = f"{led.lower_} by {m.actors[0].text!r}"
            target.actors = [_with_country(a, country, why) if country else _with_org(a, org, why)  # type: ignore[arg-type]
                             for a in target.actors]
            target.start = m.start
            drop.add(id(m))
        elif target is None and body.lower_ in LED_BODIES and led.lower_ == "led":
            text = doc[m.start : body.i + 1].text
            m.actors = [replace(a, text=text, how=f"{a.how}; leads the {body.text!r}") for a in m.actors]
            m.end, m.head = body.i + 1, body.i
    return [m for m in mentions if id(m) not in drop]


# Sectors for a general public: "the international community", "world opinion" are no political actor.
PUBLICS = frozenset({"CVL", "PPL"})


# Reasons ``give_countries`` records in an actor's ``how``; ``country_from_place`` reads the first three back.
SENTENCE_PLACE = "the sentence's place"
DATELINE_PLACE = "the dateline's place"
MAIN_STATE = "the article's main state"


def give_countries(doc: Doc, mentions: list[Mention], dateline: Dateline | None,
                   loose: dict[int, list[tuple[int, str]]] | None = None) -> list[Mention]:
    """Fill in the country of countryless sector mentions (see the module docstring). ``loose``: per
    sentence, (token, country) of state names that made no actor ("Iraqi" in "Iraqi uniforms")."""
    mentions = [m for m in mentions if not (_countryless(m) and 0 <= m.head < len(doc) and not_local(doc, m)
                                            and all(a.code[3:6] in PUBLICS for a in m.actors))]
    # an aide's country is the principal's (``give_principals``), not the place where they are; "foreign
    # troops", "the international community" are said *not* to be the place's (``not_local``)
    todo = sorted((m for m in mentions if _countryless(m) and 0 <= m.head < len(doc)
                   and doc[m.head].lower_ not in ADVISES and not not_local(doc, m)),
                  key=lambda m: m.start)
    if not todo:
        return mentions
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    dominant = main_state(by_sent)
    derived = frozenset(id(m) for m in todo)
    for m in todo:
        if not 0 <= m.head < len(doc):
            continue
        peers = [p for p in by_sent.get(m.sentence, []) if p is not m and _state_country(p)]
        places: set[str] = set()
        others = {_state_country(p) for p in peers if 0 <= p.head < len(doc) and doc[p.head].lower_ != "here"}
        for p in peers:
            if not 0 <= p.head < len(doc) or posted(doc[m.head]):
                continue  # "diplomats said in Nairobi": a posting is no country (grouping.posted)
            if doc[p.head].lower_ == "here" and others - {_state_country(p), None}:
                continue  # where the reporter is, not the country of a sentence that names another state
            top = named_place(_phrase_top(doc[p.head]))
            if venue_of_talks(top) or at_border(doc[p.head], top):
                continue
            if posted(doc[p.head]) and p.actors and not _is_place(p):
                continue  # MISSION AS A SCENE: "outside the US consulate in Karachi" is in Karachi, not the US
            if (top.dep_ == "pobj" and top.head.lower_ in LOCATIVE_PREPS
                    and not (top.head.lower_ == "at" and _people(p))) or _is_place(p):
                places.add(_state_country(p) or "")
        if not posted(doc[m.head]):
            places.update(national_places(doc, (loose or {}).get(m.sentence, [])))
        places.discard("")
        country, why = None, ""
        if posted(doc[m.head]):
            # POSTED ENVOY: an embassy or a diplomat of no named state serves a state the story has not
            # named; the sentence's, the dateline's or the article's state is where it is posted, if
            # anything, so only a definite phrase pointing back ("the embassy") finds its country
            if (earlier := definite_antecedent(doc, m, mentions)) is not None:
                m.actors, m.kind = earlier
            continue
        if (commander := commanding_state(doc, m, peers)) is not None:
            country, why = commander, "the one who commands it"
        elif (repeated := definite_antecedent(doc, m, mentions, window=0, owned=False)) is not None:
            m.actors, m.kind = repeated
            continue
        elif (dealer := dealing_government(doc, m, peers)) is not None:
            country, why = dealer, "the government it deals with"
        elif len(places) == 1:
            country, why = places.pop(), SENTENCE_PLACE
        elif not places and (home := own_government(doc, m, peers)) is not None:
            country, why = home, "the government it acts on"
        elif not places and (earlier := definite_antecedent(doc, m, mentions)) is not None:
            m.actors, m.kind = earlier
            continue
        elif not places and (before := government_of_earlier_state(doc, m, peers, derived)) is not None:
            country, why = before, "the one state named before it in its sentence"
        elif not places and (stated := sentence_state(doc, m, by_sent.get(m.sentence, []),
                                                      (loose or {}).get(m.sentence, []), derived)) is not None:
            country, why = stated, "the one state its sentence states"
        elif not places and dateline is not None and dateline.country and (
                dominant in (None, dateline.country)):
            country, why = dateline.country, DATELINE_PLACE
        elif not places and dominant is not None:
            country, why = dominant, MAIN_STATE
        if country:
            m.actors = [_with_country(a, country, why) for a in m.actors]
    return mentions


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})  # lemmas


def at_border(tok: Token, top: Token) -> bool:
    """Class AT THE BORDER: "a village close to the Ruritanian border", "clashes on the Iraq border" -- a
    state that only modifies a border noun says where the border runs, not on which side of it the
    sentence is, so it places nothing. "The border town of X" is a town, and "the border with Iran"
    names the other side."""
    return top.lemma_.lower() in BORDER_NOUNS and (top.i == tok.i or tok.dep_ in ("compound", "amod", "poss", "nmod"))


def national_places(doc: Doc, loose: list[tuple[int, str]]) -> set[str]:
    """Class NATIONAL PLACE NOUN: "in the western Ruritanian state of X", "near the Ruritanian border
    town of Y" — a nationality adjective on a common noun for a place, in a locative phrase, says where
    the sentence is as the state's own name would ("in Ruritania"), though it made no actor. "State"
    is such a noun only with a named of-phrase (the state of X), else it is the country itself."""
    out: set[str] = set()
    for i, country in loose:
        tok = doc[i]
        noun = tok.head
        if tok.dep_ != "amod" or noun.i == tok.i:
            continue
        if noun.lemma_.lower() in BORDER_NOUNS:
            continue  # AT THE BORDER: "near the Ruritanian border" is on either side of it
        named_state = noun.lower_ in ("state", "states") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            for c in noun.children)
        if noun.lower_ not in PLACE_NOUNS and not named_state:
            continue
        top = named_place(_phrase_top(noun))
        if top.dep_ == "pobj" and top.head.lower_ in LOCATIVE_PREPS:
            out.add(country)
    return out


GOVERNMENT_NOUNS = frozenset({"government", "authorities", "cabinet"})  # not "administration": also management


def government_of_earlier_state(doc: Doc, m: Mention, peers: list[Mention], derived: frozenset[int]) -> str | None:
    """Class THE GOVERNMENT REFERS BACK: "Chile has doubled school spending, and the government plans more",
    "after Laos signed the accord, the authorities freed the prisoners" — a bare "the government" (or "the
    authorities") is the government of the one state named before it in its own sentence, as "the country"
    is that state (``coref._referring_state``). A state that is the other side of the government's own act
    ("Israel", in "the government condemned Israel") stands after it or is its co-argument, and lends nothing;
    two states before it leave it open, and a mention whose own country was given by context (``derived``)
    states nothing."""
    head = doc[m.head]
    if head.lower_ not in GOVERNMENT_NOUNS or m.end - m.start != 2 or doc[m.start].lower_ != "the" \
            or any(a.code != NO_COUNTRY + "GOV" for a in m.actors):
        return None
    others = {t.i for t in co_arguments(phrase_top(head))}
    states: set[str] = set()
    for p in peers:
        if p.end > m.start or not 0 <= p.head < len(doc) or _is_place(p) or id(p) in derived:
            continue
        if phrase_top(doc[p.head]).i in others:
            return None
        if (c := _state_country(p)) is not None and c != "KUR":
            states.add(c)
    return states.pop() if len(states) == 1 else None


def main_state(by_sent: dict[int, list[Mention]]) -> str | None:
    """The article's main state: one named in at least two sentences and in at least twice as many
    sentences as any other (a story filed from Geneva about Burma is Burma's, whatever the dateline)."""
    sentences: dict[str, int] = {}
    for ms in by_sent.values():
        for c in {c for m in ms if (c := _state_country(m))}:
            sentences[c] = sentences.get(c, 0) + 1
    ranked = sorted(sentences.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


# Sectors of a state's own society: when such a group, named with no country, acts on a government
# ("the farmers' union criticised the French government"), it is that government's own society.
SOCIETY = frozenset({"AGR", "LAB", "EDU", "OPP", "CVL", "BUS", "MED", "HLH", "JUD", "LEG", "COP", "PPL", "REF"})


COMMANDING_VERBS = frozenset({"order", "instruct", "command", "direct"})
COMMANDED_SECTORS = frozenset({"MIL", "COP", "SPY"})  # a state's own troops, police and agents


def commanding_state(doc: Doc, m: Mention, peers: list[Mention]) -> str | None:
    """Class ORDERED OWN FORCES: troops, an army or police named without a country whom someone orders or
    instructs ("the premier ordered the army to resume strikes on rebels in B", "instructed police to
    detain them") are the commander's own: a government commands its own forces, whatever place the
    order's act names. The commander is the verb's subject, of one country."""
    if not all(a.code[3:6] in COMMANDED_SECTORS for a in m.actors):
        return None
    head = doc[m.head]
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.pos_ != "VERB" or verb.lemma_.lower() not in COMMANDING_VERBS:
        return None
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    countries = {a.country for p in peers if p.head in subjects for a in p.actors if a.country}
    return countries.pop() if len(countries) == 1 else None


def own_government(doc: Doc, m: Mention, peers: list[Mention]) -> str | None:
    """The country of the one government a countryless society group acts on, as the subject of the verb
    whose object (or prepositional object) is that government."""
    if not all(a.code[3:6] in SOCIETY for a in m.actors):
        return None
    head = doc[m.head]
    if head.dep_ not in ("nsubj", "conj") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "dative")}
    objects |= {g.i for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    countries = set()
    for p in peers:
        if p.head in objects or any(p.start <= o < p.end for o in objects):
            for a in p.actors:
                if a.country and a.code[3:6] == "GOV":
                    countries.add(a.country)
    return countries.pop() if len(countries) == 1 else None


DEALING_SIDES = SOCIETY | {"REB", "INS"}


def dealing_government(doc: Doc, m: Mention, peers: list[Mention]) -> str | None:
    """Class DEALING GOVERNMENT: rebels, the opposition or a union named without a country, which a
    government meets, negotiates, signs or agrees with ("the Ruritanian government signed a truce with
    the rebels in Oslo", "officials of B held talks with rebel leaders in Geneva"), are that
    government's own: such dealings are often held in a third country, so their place is a venue
    (``grouping.dealing_verb``), not the side. The other side is the verb's subject, a government of
    one country."""
    if not m.actors or not all(a.code[3:6] in DEALING_SIDES for a in m.actors):
        return None
    verb = dealing_verb(doc[m.head])
    if verb is None:
        return None
    subject = dealing_subject(verb)
    if subject is None:
        return None
    countries = {a.country for p in peers if p.start <= subject.i < p.end
                 for a in p.actors if a.country and a.code[3:6] == "GOV"}
    return countries.pop() if len(countries) == 1 else None


DEFINITE_WINDOW = 15  # sentences to look back for the fuller mention of "the president"
# adjectives that make a definite description point away from an earlier holder ("the new government")
OTHER_ONE = frozenset({"new", "former", "previous", "next", "incoming", "outgoing", "future", "old", "late",
                       "interim", "caretaker", "transitional", "other", "opposing", "rival", "foreign", "ex"})


def definite_antecedent(doc: Doc, m: Mention, mentions: list[Mention], window: int = DEFINITE_WINDOW,
                        owned: bool = True) -> tuple[list[Actor], str | None] | None:
    """"the president", "the government", "the rebels" with no country of their own → the earlier
    mention in the article whose phrase holds the same noun and has one country or organisation ("The
    president of Kenya met … The president urged …" → the Kenyan president), as actors and kind.

    A definite description repeated with the same head noun refers back to its first, fuller mention
    (the "given" reading of a definite). Only a bare phrase ("the" + the agent noun, adjectives of the
    title allowed) asks: "the new government" or "a president" may be another one. Candidates lie within
    ``DEFINITE_WINDOW`` sentences before; two of different sides ("Obama met Medvedev. The president
    …") leave the phrase open. The sentence's own place wins over an antecedent in an earlier sentence
    (``give_countries`` asks it first), but not over one in the same sentence (``window=0``, SAME NOUN
    AGAIN IN ITS SENTENCE): in "a spokesman of the Egyptian army said the army was fighting in Libya"
    the second army is the first, not Libya's. Only a phrase with no possessor asks so early
    (``owned=False``): "the government's spokesman" may speak for another government than the one the
    sentence names. A possessor counts the same way: "the government's spokesman" is the spokesman of the government
    named before, and takes its country with its own sector (POSSESSED AGENT OF A DEFINITE BODY)."""
    if m.end - m.start < 2 or doc[m.start].lower_ != "the":
        return None
    owner_end = next((t for t in range(m.start + 2, m.end - 1) if doc[t].lower_ in ("'s", "’s")), None)
    if owner_end is not None and not owned:
        return None
    if any(doc[t].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[t].lower_ in OTHER_ONE
           for t in range(m.start + 1, m.end) if t != owner_end):
        return None
    title = " ".join(doc[t].lower_ for t in range(m.start + 1, owner_end or m.end))
    found: list[Mention] = []
    for prev in mentions:
        if prev.end > m.start or m.sentence - prev.sentence > window or not prev.actors or prev.place_only:
            continue
        roots = {a.code[:3] for a in prev.actors}
        if len(roots) != 1 or NO_COUNTRY in roots:
            continue
        words = " ".join(t.lower_ for t in doc[prev.start : prev.end])
        role = (prev.actors[0].role or "").lower()
        if has_title(words, title) or (prev.kind == "person" and has_title(role, title)):
            found.append(prev)
    if not found or len({p.actors[0].code[:3] for p in found}) != 1:
        return None
    prev = max(found, key=lambda p: p.start)
    a = prev.actors[0]
    text = doc[m.start : m.end].text
    how = f"{text!r} → {a.text!r}"
    if prev.kind == "person" and len(prev.actors) == 1 and not m.plural and owner_end is None:
        return [replace(a, text=text, how=how, confidence=min(a.confidence, 0.8))], "person"
    if a.country:
        return [_with_country(x, a.country, f"its fuller mention {a.text!r}") for x in m.actors], m.kind
    return [replace(a, text=text, how=how, confidence=min(a.confidence, 0.8))], m.kind


def not_local(doc: Doc, m: Mention) -> bool:
    """Whether a modifier of the mention's head says the group is not of the place it is in."""
    return said_not_local(doc[m.head]) or any(
        doc[i].lower_ in NOT_LOCAL and not office_title(doc[i].text, doc[i + 1].text) for i in range(m.start, m.head))


# The reasons ``give_countries`` lends a countryless mention the country of where things happen or are
# told from; the mention itself says nothing of whose it is.
PLACE_REASONS = (SENTENCE_PLACE, DATELINE_PLACE, MAIN_STATE)
COUNTRY_FROM = "; country from "


def country_from_place(a: Actor) -> bool:
    """Was this actor's country lent by the sentence's place, the dateline or the article's main state?"""
    how = a.how or ""
    return any(f"{COUNTRY_FROM}{why}" in how for why in PLACE_REASONS)


def _with_country(a: Actor, country: str, why: str) -> Actor:
    sector = a.code[len(NO_COUNTRY):]
    return replace(a, code=country + sector, country=country, confidence=min(a.confidence, 0.7),
                   entity_id=f"sector:{country}{sector}" if (a.entity_id or "").startswith("sector:") else a.entity_id,
                   how=f"{a.how}{COUNTRY_FROM}{why}")


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
