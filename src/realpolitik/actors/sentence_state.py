"""Class SOLE-STATE SENTENCE: a countryless domestic body takes the one state its sentence states.

"Police fired on marchers outside parliament, the Ugandan news agency said", "the court jailed a former
Malagasy minister, officials said": a court, police force, parliament, opposition, government
or band of gunmen named with no country, in a sentence whose every stated state is one and the same, is
that state's. A news outlet named after its country ("the Malawi Nation", "the state news agency
of Ghana") is such a statement, and so is a nationality on a thing ("gunmen waving Yemeni flags").

What does not count as the sentence's state, because it says where someone *else* is from or goes:
- the state of one of the body's co-arguments in its own clause ("The government condemned Israel",
  "Russian warplanes pounded rebel positions": the other side of the act is no evidence of the body's
  side, and never the attacker's country);
- an actor named as the object of a verb or of a preposition that is not a place or a source ("police
  arrested two Nigerian nationals", "the president left for Brazil", "arms sent to Iran");
- a state's armed forces, spies or diplomats, which act abroad as often as at home ("a Turkish drone",
  "the Chilean ambassador");
- the venue of talks, a meeting or a summit (class VENUE OF TALKS, ``venue_of_talks``: "the talks in
  Pretoria"), where parties meet, often abroad;
- a traveller (class TRAVELLER IS AWAY): the subject of a verb of travel ("Chilean ministers toured
  Peru", "the Kenyan leader arrived in Kampala") is away from home, so its state is not where the sentence
  is; the place it travels to (the object of "toured", "visited") is.
Bodies people often are not of the place (victims, crowds, reporters, spies; troops and envoys by their
head noun) or said not to be (``not_local``) are never given a country here,
and the rule asks only after the sentence's place and a fuller earlier mention (``context.give_countries``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import PLACE_NOUNS, Mention
from realpolitik.actors.matcher import is_region
from realpolitik.actors.resolver import COUNTRYLESS_ROOTS
from realpolitik.model import Actor

# Sectors of a state's own institutions that act at home (courts, police, parliaments, the opposition, its
# parties) and of its gunmen, rebels, criminals, firms and workers: named bare, they are the sentence's
# state's. A government or an army acts abroad as often as at home (as ``coding.roles.domestic_sources``
# holds), and a crowd, victims, reporters or activists are as often foreign as not: those are left alone.
DOMESTIC_SECTORS = frozenset({"COP", "JUD", "LEG", "OPP", "UAF", "REB", "PTY", "CRM", "LAB", "BUS"})
# Sectors of a state's people abroad: their country says nothing about where the sentence is.
ABROAD_SECTORS = frozenset({"MIL", "SPY", "REF"})
# Head nouns of people a state sends abroad.
SENT_ABROAD = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "diplomat",
                         "diplomats", "delegation", "delegations", "consul", "consulate", "emissary", "mission",
                         "nationals", "national", "tourist", "tourists", "citizen", "citizens", "expatriates",
                         "migrants", "workers", "troops", "soldiers", "peacekeepers"})
# Prepositions whose object says where something is or who reports it, not a partner or destination.
SOURCE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout", "around", "within",
                          "along", "through", "of", "by", "from"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "pobj", "obj", "oprd"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "oprd"})
# Verbs of travel (lemmas): their subject is away from home, their direct object is the place (TRAVELLER IS AWAY).
TRAVEL_VERBS = frozenset({"visit", "tour", "arrive", "travel", "fly", "land", "come", "go", "head", "return",
                          "leave", "depart"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
CLIMB = frozenset({"compound", "amod", "poss", "nmod", "flat", "appos"})


def phrase_top(tok: Token) -> Token:
    """Climb modifiers, appositions and coordinated nouns to the noun phrase the token belongs to ("Iran"
    in "accused India and Iran" is an object as "India" is)."""
    for _ in range(8):
        if tok.head.i == tok.i or not (tok.dep_ in CLIMB or (tok.dep_ == "conj" and tok.head.pos_ in NOMINAL)):
            break
        tok = tok.head
    return tok


def named_place(top: Token) -> Token:
    """Class NAMED PLACE NOUN: "in the northern city of Kano", "heading to the town of Goma" — a place noun
    named by an of-phrase stands where the name stands: the name is as locative (or as much a
    destination) as the noun is."""
    prep = top.head
    if top.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS and prep.head.i < top.i:
        return phrase_top(prep.head)
    return top


def clause_verb(tok: Token) -> Token | None:
    """The verb whose argument the phrase topped by ``tok`` is (through a preposition, once)."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        tok = tok.head
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def co_arguments(tok: Token) -> list[Token]:
    """The tops of the other argument phrases of the verb ``tok``'s phrase is an argument of."""
    verb = clause_verb(tok)
    if verb is None:
        return []
    out = []
    for c in verb.children:
        if c.dep_ in ("prep", "agent"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ARGUMENT_DEPS:
            out.append(c)
    return [t for t in out if t.i != tok.i]


# VENUE OF TALKS: talks, a meeting or a summit are held where their parties meet, often abroad
TALKS_NOUNS = frozenset({"talks", "talk", "meeting", "meetings", "summit", "summits", "conference", "conferences",
                         "negotiations", "negotiation", "consultations", "dialogue", "forum", "round", "session"})


def venue_of_talks(top: Token) -> bool:
    """Class VENUE OF TALKS: "dismissed the planned talks in Pretoria between rebels and officials", "a
    day after the summit in Nairobi collapsed": a place that locates talks, a meeting or a summit says
    where their parties met, which is often neither side's country, so it gives no countryless
    party in the sentence (rebels, the opposition) its country."""
    if top.dep_ != "pobj" or top.head.lower_ not in SOURCE_PREPS | {"into", "on"}:
        return False
    noun = top.head.head
    return noun.i != top.head.i and noun.pos_ == "NOUN" and noun.lower_ in TALKS_NOUNS


def _evidence_ok(doc: Doc, tok: Token, is_actor: bool) -> bool:
    """Whether a state named at ``tok`` is evidence of where the sentence is (see the module docstring)."""
    top = named_place(phrase_top(tok))
    if top.lower_ in SENT_ABROAD or venue_of_talks(top):
        return False
    travel = top.head.lemma_ in TRAVEL_VERBS and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i
    if travel and top.dep_ in ("nsubj", "nsubjpass"):
        return False
    if not is_actor:
        return True
    if top.dep_ in OBJECT_DEPS:
        return travel and top.dep_ == "dobj" and top.head.lemma_ in ("visit", "tour")
    if top.dep_ == "pobj":
        prep = top.head
        word = prep.lower_
        if word == "to" and prep.head.lower_ == "according":
            return True
        return word in SOURCE_PREPS
    return True


def sentence_state(doc: Doc, m: Mention, peers: list[Mention], loose: list[tuple[int, str]],
                   derived: frozenset[int] = frozenset(), strict: bool = False) -> str | None:
    """The one state the sentence of countryless mention ``m`` states, if it may be ``m``'s (see the module
    docstring). ``peers``: the sentence's other mentions; ``loose``: (token, country) of state names that
    made no actor (a nationality on a thing), in the same sentence; ``derived``: ids of peers whose country
    was itself given by context, which state nothing."""
    if not m.actors or any(a.code[3:6] not in DOMESTIC_SECTORS for a in m.actors) or doc[m.head].lower_ in SENT_ABROAD:
        return None
    top = phrase_top(doc[m.head])
    args = co_arguments(top)
    others = {t.i for t in args}
    if strict:  # anything inside the other side's phrases is the other side's ("criticised the war in Iraq")
        others |= {i for t in args for i in range(t.left_edge.i, t.right_edge.i + 1)}
    countries: set[str] = set()
    for p in peers:
        if p is m or id(p) in derived or not p.actors or not 0 <= p.head < len(doc):
            continue
        roots = {a.code[:3] for a in p.actors}
        if len(roots) != 1 or next(iter(roots)) in COUNTRYLESS_ROOTS or not next(iter(roots)).isalpha() \
                or any(is_region(a) for a in p.actors):
            continue  # "the worst attack in Asia": a region is no state
        if any(a.code[3:6] in ABROAD_SECTORS for a in p.actors):
            continue
        ptop = phrase_top(doc[p.head])
        if ptop.i in others or (strict and p.head in others):
            return None  # the other side of the body's own act
        if _evidence_ok(doc, doc[p.head], True):
            countries.add(next(iter(roots)))
    for i, country in loose:
        ptop = phrase_top(doc[i])
        if ptop.i in others or (strict and i in others):
            return None
        if _evidence_ok(doc, doc[i], False):
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None


# Words any country's party may be named with: a party named only with these ("the Democratic Party", "the
# Labour Party", "the National Front") is a name several states' parties share.
GENERIC_PARTY_WORDS = frozenset({
    "the", "of", "for", "and", "party", "democratic", "democrats", "democracy", "progressive", "progressives",
    "republican", "republicans", "labour", "labor", "conservative", "conservatives", "liberal", "liberals",
    "christian", "union", "free", "national", "front", "people's", "people", "peoples", "popular", "grand",
    "all", "congress", "action", "movement", "change", "united", "league", "regions", "law", "justice",
    "socialist", "socialists", "communist", "workers", "workers'", "green", "greens", "alliance", "social",
    "rally", "new", "reform", "unity", "development", "freedom", "independence", "citizens", "civic"})


def generic_party(a: Actor) -> bool:
    """Whether the actor is a dictionary party whose name only holds words any country's party uses."""
    if not (a.entity_id or "").startswith("party:") or not a.name:
        return False
    return all(w in GENERIC_PARTY_WORDS for w in a.name.lower().replace("-", " ").split())


def place_generic_parties(doc: Doc, mentions: list[Mention], loose: dict[int, list[tuple[int, str]]]) -> None:
    """Class PARTY OF THE STATED STATE: a party known by a name many states' parties share ("the Democratic
    Progressive Party", "the Labour Party") is the dictionary's party only if the article names that
    party's state; otherwise, when its sentence states one other state (``sentence_state``, strictly: not
    inside the other side of its act), or else the article has a main state (named in at least two
    sentences and twice as many as any other), it is that state's party of the same name."""
    named: set[str] = set()
    by_sent: dict[int, list[Mention]] = {}
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
        for a in m.actors:
            if a.country and a.code[:3] not in COUNTRYLESS_ROOTS and not generic_party(a) \
                    and not is_region(a):
                named.add(a.country)
                sentences.setdefault(a.country, set()).add(m.sentence)
    ranked = sorted(((len(v), c) for c, v in sentences.items()), reverse=True)
    main = ranked[0][1] if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]) \
        else None
    for m in mentions:
        if len(m.actors) != 1 or not generic_party(a := m.actors[0]) or a.country in named \
                or not 0 <= m.head < len(doc):
            continue
        country = sentence_state(doc, m, by_sent.get(m.sentence, []), loose.get(m.sentence, []), strict=True) \
            or main
        if country and country != a.country:
            m.actors = [replace(a, code=country + "PTY", country=country, sector="PTY",
                                entity_id=f"{a.entity_id}@{country}", confidence=min(a.confidence, 0.7),
                                how=f"{a.how}; a party name several states share, in a sentence about {country}")]
