"""Class SOLE-STATE SENTENCE: a countryless domestic body takes the one state its sentence states.

"Police fired on marchers outside parliament, the Ugandan news agency said", "a court verdict cost the
former Bangladeshi ruler his seat, police said": a court, police force, parliament, opposition, government
or band of gunmen named with no country, in a sentence whose every stated state is one and the same, is
that state's. A news outlet named after its country ("the Zambia Daily Mail", "the official news agency
of Nigeria") is such a statement, and so is a nationality on a thing ("gunmen in Iraqi police uniforms").

What does not count as the sentence's state, because it says where someone *else* is from or goes:
- the state of one of the body's co-arguments in its own clause ("The government condemned Israel",
  "Russian warplanes pounded rebel positions": the other side of the act is no evidence of the body's
  side, and never the attacker's country);
- an actor named as the object of a verb or of a preposition that is not a place or a source ("police
  arrested two Nigerian nationals", "the president left for Brazil", "arms sent to Iran");
- a state's armed forces, spies or diplomats, which act abroad as often as at home ("a Turkish drone",
  "the Chilean ambassador").
Bodies people often are not of the place (victims, crowds, reporters, spies; troops and envoys by their
head noun) or said not to be (``not_local``) are never given a country here,
and the rule asks only after the sentence's place and a fuller earlier mention (``context.give_countries``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import PLACE_NOUNS, Mention
from realpolitik.actors.resolver import NON_STATE_ROOTS

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
REGION = "region:"
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


def _evidence_ok(doc: Doc, tok: Token, is_actor: bool) -> bool:
    """Whether a state named at ``tok`` is evidence of where the sentence is (see the module docstring)."""
    top = named_place(phrase_top(tok))
    if top.lower_ in SENT_ABROAD:
        return False
    if not is_actor:
        return True
    if top.dep_ in OBJECT_DEPS:
        return False
    if top.dep_ == "pobj":
        prep = top.head
        word = prep.lower_
        if word == "to" and prep.head.lower_ == "according":
            return True
        return word in SOURCE_PREPS
    return True


def sentence_state(doc: Doc, m: Mention, peers: list[Mention], loose: list[tuple[int, str]],
                   derived: frozenset[int] = frozenset()) -> str | None:
    """The one state the sentence of countryless mention ``m`` states, if it may be ``m``'s (see the module
    docstring). ``peers``: the sentence's other mentions; ``loose``: (token, country) of state names that
    made no actor (a nationality on a thing), in the same sentence; ``derived``: ids of peers whose country
    was itself given by context, which state nothing."""
    if not m.actors or any(a.code[3:6] not in DOMESTIC_SECTORS for a in m.actors) or doc[m.head].lower_ in SENT_ABROAD:
        return None
    top = phrase_top(doc[m.head])
    others = {t.i for t in co_arguments(top)}
    countries: set[str] = set()
    for p in peers:
        if p is m or id(p) in derived or not p.actors or not 0 <= p.head < len(doc):
            continue
        roots = {a.code[:3] for a in p.actors}
        if len(roots) != 1 or next(iter(roots)) in NON_STATE_ROOTS or not next(iter(roots)).isalpha() \
                or any((a.entity_id or "").startswith(REGION) for a in p.actors):
            continue  # "the worst attack in Asia": a region is no state
        if any(a.code[3:6] in ABROAD_SECTORS for a in p.actors):
            continue
        ptop = phrase_top(doc[p.head])
        if ptop.i in others:
            return None  # the other side of the body's own act
        if _evidence_ok(doc, doc[p.head], True):
            countries.add(next(iter(roots)))
    for i, country in loose:
        ptop = phrase_top(doc[i])
        if ptop.i in others:
            return None
        if _evidence_ok(doc, doc[i], False):
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None
