"""NON-MILITARY BOMBING: an attack with improvised explosives is unconventional violence (CAMEO 183),
not conventional force.

The lexicon reads the verb of a bomb attack by what the bomb did: a roadside bomb "hit" a patrol,
"struck" a vehicle, a car bombing "killed" ten people. Those verbs code 190 (conventional force), and
the verb "bomb" and the noun "bombing" code 195 (aerial weapons). CAMEO keeps a separate family for
bombs that are not dropped from the air: 183 (makeshift or improvised bombs), 1831 suicide bombing,
1832 car bombing, 1833 roadside bombing; 195 is only for bombs dropped from aircraft. The root
differs (18, not 19), so the reading matters at the level events are compared and counted.

An act is a bombing here when its means is a bomb: the clause's subject or passive agent ("a car
bomb hit …"), its instrument phrase ("killed in a suicide bombing", "attacked … with explosives"),
the object of a verb of setting off ("detonated a device"), the verb "bomb" or "blow up" itself, or
the event noun "bombing"/"blast". Aircraft named anywhere in those phrases keep the aerial reading
("warplanes bombed the airport"). When nothing marks the bomb as improvised, a state or its armed
forces keep the aerial reading too (and an unspecified reading of harm, force or killing becomes it:
"killed in an Israeli bombing", 195), since states bomb from the air; an improvised cue (suicide,
car, roadside, explosives, an explosive device) makes it 183 whoever acts. The more specific
readings — assassination (185, 186), abduction, blockade, occupation, ceasefire violation — are
kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from realpolitik.coding.domestic import sectors
from realpolitik.coding.frames import agent_token, direct_objects, is_passive, lemma, prep_objects, subject_token
from realpolitik.coding.weapon_attacks import AERIAL, INSTRUMENT_PREPS, WEAPON_NOUNS
from realpolitik.model import Actor

BOMBING = "183"
SUICIDE_BOMBING = "1831"
CAR_BOMBING = "1832"
ROADSIDE_BOMBING = "1833"

# codes a bombing replaces: the unspecified force, assault and fighting readings, and mass killing
RECODED = frozenset({"180", "182", "183", "190", "193", "194", "195", "202"})
RECODED_PREFIXES = ("182", "183")
# readings that name no weapon: a state's bombing told with them is read as from the air
UNSPECIFIED = frozenset({"180", "182", "190", "202"})
BOMB_NOUNS = frozenset({
    "bomb", "bombing", "blast", "explosion", "explosive", "ied", "car-bomb", "carbomb", "firebomb",
})  # fmt: skip
BOMB_VERBS = frozenset({"bomb", "firebomb"})
# verbs of setting off or delivering a charge: their object is the means ("detonated a device")
DELIVERY_VERBS = frozenset({"detonate", "explode", "set", "plant", "ram", "drive", "hurl", "throw", "blow"})
# the aircraft and missiles that make an attack aerial (``weapon_attacks``), with spellings of their own;
# "bomber" is read apart, since a "suicide bomber" is no aircraft
AIRCRAFT_WORDS = frozenset(w for w, c in WEAPON_NOUNS.items() if c == AERIAL and w != "bomber") | frozenset(
    {"airplane", "air-strike", "airforce"}
)
SUICIDE = frozenset({"suicide", "kamikaze"})
VEHICLES = frozenset({"car", "truck", "lorry", "vehicle", "van", "car-bomb", "carbomb", "motorcycle", "motorbike"})
ROADSIDE = frozenset({"roadside", "wayside"})
# words that mark an explosive as improvised rather than ordnance dropped or fired by an army
IMPROVISED = SUICIDE | ROADSIDE | frozenset({"car-bomb", "carbomb", "explosive", "ied", "improvised", "makeshift"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
STATE_FORCES = frozenset({"MIL", "GOV"})
OUTCOME_DEPS = frozenset({"advcl", "xcomp"})


def _phrase(tok: Token) -> Iterator[Token]:
    """The words of one noun phrase, without the clauses it governs (a relative clause can name
    something else entirely)."""
    yield tok
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "det", "prep", "pobj", "acl", "hmod", "npadvmod"):
            yield from _phrase(c)


def _means_phrases(trigger: Token, noun: Token | None) -> list[Token]:
    """The heads of the phrases that can name the act's means: subject or passive agent, instrument
    objects, the object of a delivery verb, and the event noun itself."""
    heads: list[Token] = []
    subj = agent_token(trigger) if is_passive(trigger) else subject_token(trigger)
    if subj is not None:
        heads.append(subj)
    heads += [o for word, o in prep_objects(trigger) if word in INSTRUMENT_PREPS]
    if lemma(trigger) in DELIVERY_VERBS:
        heads += direct_objects(trigger)
    if noun is not None:
        heads.append(noun)
    if trigger.pos_ == "NOUN":
        heads.append(trigger)
    return heads


def _words(heads: Iterable[Token]) -> set[str]:
    return {w for h in heads for t in _phrase(h) for w in (lemma(t), t.lower_)}


def _state_force(sources: list[Actor]) -> bool:
    """Does a state itself, its government or its military act? Their bombs are ordnance."""
    return any((len(a.code) == 3 and a.code.isalpha()) or sectors(a) & STATE_FORCES for a in sources)


def _blew_self_up(trigger: Token) -> bool:
    return lemma(trigger) == "blow" and any(o.lower_ in REFLEXIVES for o in direct_objects(trigger))


def _outcome_of(trigger: Token) -> Token | None:
    """The act whose outcome a participle clause tells ("bombed the market, **killing** twelve"): the
    toll belongs to that act and shares its means."""
    if trigger.dep_ in OUTCOME_DEPS and trigger.tag_ == "VBG" and trigger.head.i != trigger.i:
        return trigger.head
    return None


def _bomb_verb(verb: Token) -> bool:
    return lemma(verb) in BOMB_VERBS or (lemma(verb) == "blow" and "up" in {c.lower_ for c in verb.children})


def bombing_code(trigger: Token, noun: Token | None, code: str, sources: list[Actor]) -> str | None:
    """The CAMEO 183 family code for an armed act whose means is an improvised bomb; None to keep
    ``code`` (not a bombing, dropped from aircraft, or a more specific reading)."""
    if not (code in RECODED or code.startswith(RECODED_PREFIXES)):
        return None
    heads = _means_phrases(trigger, noun)
    by_verb = _bomb_verb(trigger)
    cause = _outcome_of(trigger)
    if cause is not None:
        heads += _means_phrases(cause, None)
        by_verb = by_verb or _bomb_verb(cause)
    words = _words(heads)
    suicide_bomber = "bomber" in words and bool(words & SUICIDE)  # a bare "bomber" may be an aircraft
    if not (words & BOMB_NOUNS or suicide_bomber or by_verb or _blew_self_up(trigger)):
        return None
    if words & AIRCRAFT_WORDS or ("bomber" in words and not suicide_bomber):
        return None
    if not words & IMPROVISED and not _blew_self_up(trigger) and _state_force(sources):
        return AERIAL if code in UNSPECIFIED else None
    if words & SUICIDE or _blew_self_up(trigger):
        return SUICIDE_BOMBING
    if words & ROADSIDE:
        return ROADSIDE_BOMBING
    if words & VEHICLES:
        return CAR_BOMBING
    return BOMBING
