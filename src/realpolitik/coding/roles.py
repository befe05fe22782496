"""Who did it and to whom: source and target actors for a trigger, read off the dependency parse.

See ``realpolitik.coding.extract`` for the list of routes; each function returns actors plus whether
a weaker route was needed (which lowers the event's confidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Token

from realpolitik.actors.context import BORDER_NOUNS, COMMANDED_SECTORS
from realpolitik.actors.grouping import PARTY_NOUNS, PLACE_NOUNS, STATE_MATTERS, said_not_local
from realpolitik.actors.resolver import COUNTRYLESS_ROOTS, NO_COUNTRY
from realpolitik.coding.actorindex import ActorIndex, bare_states, between_parties_of, unique
from realpolitik.coding.brokered import mediated_parties
from realpolitik.coding.cameo import ARMED_ROOTS, FORCE_ROOTS, MEETING_ROOT, THREAT_ROOT
from realpolitik.coding.complaint_occasions import complaint_occasion, threat_condition
from realpolitik.coding.conventions import HOST, VISIT
from realpolitik.coding.criticised_scenes import criticised_scene
from realpolitik.coding.dispatched_forces import dispatched_forces
from realpolitik.coding.expulsions import expelling_state
from realpolitik.coding.frames import (
    PERSONAL_PRONOUNS,
    REL_PRONOUNS,
    TEXT_NOUNS,
    absolute_participle,
    agent_token,
    attribution_holder,
    dateline_here,
    direct_objects,
    is_absolute_with,
    is_passive,
    lemma,
    looked_forward,
    misread_main_verb,
    passive_subject,
    prep_objects,
    speech_head,
    subject_token,
    to_marked,
    with_conjuncts,
)
from realpolitik.coding.memberships import JOINING_VERBS
from realpolitik.coding.message_addressees import message_addressee
from realpolitik.coding.modality import AWAITING_VERBS, INTENT_NOUNS, PREVENTING_VERBS, expected_arrival
from realpolitik.coding.natural_forces import accidental_blast
from realpolitik.coding.patterns import Pattern, packaged_patterns
from realpolitik.coding.placeroles import PLACE_ENTS, asking_phrase, patient_participle
from realpolitik.coding.recalled_envoys import recalled_envoy_target
from realpolitik.dates import TIME_ENTITIES
from realpolitik.model import Actor

TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "at", "for", "into", "upon", "over", "from", "of")
VENUE_PREPS = frozenset({"at", "in"})  # a meeting row's preposition that names where it was held
# verbs of travel whose "from" phrase names where the traveller set out, never a party (ORIGIN OF A TRIP);
# nor is a host's guest ever the "from" phrase: "received aid from B" hosts nobody. Not "come": "came under
# fire from B" receives B's act (``reception_verb``).
ORIGIN_VERBS = frozenset({"arrive", "return", "fly", "travel", "journey", "sail", "drive"})
NOUN_TARGET_PREPS = (
    "to", "with", "against", "on", "toward", "towards", "for", "of", "at", "over", "between", "from", "into"
)  # fmt: skip
NOUN_SOURCE_PREPS = ("by", "from")
LOCATION_PREPS = ("in", "at", "inside", "throughout", "across")
PURPOSE_TARGET_ROOTS = frozenset({"10", "14"})
XCOMP_TARGET_ROOTS = frozenset({"02", "03", "07", "10", "11", "12", "13"})
CCOMP_TARGET_ROOTS = frozenset({"02", "10", "11", "12", "13"})
DISAPPROVE_ROOT = "11"
HELP_VERBS = frozenset({"help", "assist", "enable"})  # "help Caracas restructure its debt": the helped is the target
DIRECTIVE_VERBS = frozenset({"urge", "ask", "request", "call", "appeal", "implore", "beg", "press", "demand"})
REJECT_ROOT = "12"
LOCATION_TARGET_ROOTS = frozenset({"04", "08", "14", "15", "17", "18", "19", "20"})
BENEFIT_ROOTS = frozenset({"05", "07"})
COLLECTIVE_NOUNS = frozenset(
    {
        "group",
        "delegation",
        "team",
        "member",
        "hundred",
        "thousand",
        "dozen",
        "number",
        "contingent",
        "unit",
        "crowd",
        "mission",
        "representative",
        "some",
        "many",
        "most",
        "all",
        "leader",
        "official",
    }
)
QUANTITY_NOUNS = frozenset(
    {
        "kg",
        "kilogram",
        "ton",
        "tonne",
        "worth",
        "amount",
        "lot",
        "number",
        "batch",
        "shipment",
        "consignment",
        "package",
        "dollar",
        "million",
        "billion",
        "supply",
        "load",
        "convoy",
        "part",
        "score",
        "dozen",
        "hundred",
        "thousand",
    }
)


# Class TRANSPARENT ACTION NOMINAL: a nominalised handling of something ("the processing of visas",
# "the delivery of arms", "the issuing of permits") as a verb's object lets the verb act on the thing:
# "suspended the processing of visas" is suspending visas, "halted the delivery of aid" halting aid.
ACTION_NOMINALS = frozenset(
    {"processing", "issuing", "issuance", "delivery", "shipment", "provision", "granting", "handling",
     "distribution", "disbursement", "disbursal"}
)  # fmt: skip


@dataclass
class Roles:
    """Actors found for one trigger, with how certain the route to them was."""

    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    speaker: Actor | None = None
    penalty: float = 1.0


def object_nouns(verb: Token) -> list[Token]:
    objs = direct_objects(verb)
    if is_passive(verb):
        subj = passive_subject(verb)
        if subj is not None:
            objs.append(subj)
    out = [o for t in objs for o in with_conjuncts(t)]
    for o in list(out):
        if (lemma(o) in QUANTITY_NOUNS or lemma(o) in COLLECTIVE_NOUNS or lemma(o) in ACTION_NOMINALS
                or any(c.dep_ == "nummod" for c in o.children)):
            out += [g for w, g in prep_objects(o, "of")]  # "a team of monitors", "the processing of visas"
    return out


def speaker_for(verb: Token, actors: ActorIndex) -> Actor | None:
    head = speech_head(verb)
    if head is None:
        return None
    found = find_sources(head, actors, depth=3)
    return found[0][0] if found and found[0] else None


# Evaluation verbs whose "for"/"over" clause gives the reason: the one evaluated did it, not the
# speaker ("Ruritania praised Freedonia for sending aid": Freedonia sent it).
EVALUATION_VERBS = frozenset(
    {
        "criticise", "criticize", "praise", "blame", "accuse", "condemn", "thank", "congratulate", "commend",
        "fault", "denounce", "rebuke", "slam", "chide", "punish", "reward", "hail", "applaud", "castigate",
        "lambaste", "reprimand", "censure", "scold", "attack", "sanction", "penalise", "penalize", "fine",
    }
)  # fmt: skip
# Every verb the lexicon codes as praise (051) or criticism (111) in its bare verb frame evaluates too
# ("blasted B for trying to ...", "lauded B for hosting ..."): the reason class follows the dictionary
# rather than a list that misses its less common verbs.
LEXICON_EVALUATION_CODES = frozenset({"051", "111"})


@lru_cache(maxsize=1)
def evaluation_verbs() -> frozenset[str]:
    """The evaluation verbs above with every bare-verb lemma the packaged lexicon codes 051 or 111."""
    coded = {p.lemma for p in packaged_patterns() if p.frame == "V" and p.code in LEXICON_EVALUATION_CODES}
    return EVALUATION_VERBS | frozenset(w for w in coded if " " not in w)


REASON_PREPS = frozenset({"for", "over"})
# Charging verbs state the charge with their own preposition ("accused B **of** arming C", "charged B
# **with** smuggling ...", "suspected B of hiding ..."): the charge is B's alleged act, never the accuser's.
CHARGE_PREPS = {
    "accuse": "of", "suspect": "of", "convict": "of", "charge": "with", "indict": "on",
    "blame": "on", "fault": "on",
}  # fmt: skip


def is_reason_clause(verb: Token) -> bool:
    """Is ``verb`` the reason given for an evaluation ("criticised B for **arming** C") or the charge
    of an accusation ("accused B of **arming** C")? Its act is the evaluated or accused actor's, and
    only as the speaker tells it (``reported``)."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.i == verb.i or head.head.i == head.i:
        return False
    governor = lemma(head.head)
    return (head.lower_ in REASON_PREPS and governor in evaluation_verbs()) or CHARGE_PREPS.get(governor) == head.lower_


def within_reason_clause(verb: Token) -> bool:
    """Is ``verb`` a reason clause, or the act a reason clause tries, seeks or plans ("blamed B for
    trying to **topple** C"), or the event noun it does ("praised B for hosting **talks** with C")? An
    infinitive complement or an object carries the reason down to its own act."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return is_reason_clause(verb)


# Acts of support whose unplaced beneficiary, named as an accuser's grievance, is the accuser's own
# group: "Ruritania accused Freedonia of arming separatists" → Ruritanian separatists.
SUPPORT_ROOTS = frozenset({"05", "06", "07"})


def accused_support_targets(verb: Token, code: str, targets: list[Actor], actors: ActorIndex) -> list[Actor]:
    """Give the countryless beneficiaries of a support act told as a charge or reproach ("accused B of
    **backing** rebels") the accuser's country: states are accused of aiding their accuser's insurgents,
    not their own. Other charges ("of shelling civilians") leave the target to the usual rules."""
    if code[:2] not in SUPPORT_ROOTS or not is_reason_clause(verb):
        return targets
    country = sole_country(find_sources(verb.head.head, actors, depth=2)[0])
    if country is None:
        return targets
    return [replace(t, code=country + t.code[3:], country=country, confidence=t.confidence * 0.8)
            if t.code.startswith("---") and len(t.code) > 3 else t for t in targets]


# Documents and statements that speak for whoever issued them ("the IMF's review urged ...", "a UN
# report called on ..."): the issuing body is the actor (possessor, modifier or "of"/"by" phrase).
DOCUMENT_NOUNS = frozenset(
    {
        "report", "review", "statement", "study", "document", "letter", "resolution", "communique",
        "declaration", "memo", "memorandum", "note", "survey", "assessment", "paper", "editorial", "message",
        "motion", "draft", "proposal", "bill", "petition",
    }
)  # fmt: skip
# AUTHOR BY A PARTICIPLE: "a motion tabled by B", "a resolution drafted by B and C", "a bill sponsored by B"
# speak for B, as "B's motion" does
AUTHORING_VERBS = frozenset({"draft", "table", "present", "sponsor", "co-sponsor", "cosponsor", "submit", "propose",
                             "put", "issue", "write", "prepare", "introduce", "release", "publish", "circulate",
                             "adopt", "pass", "sign"})


def attributed_agent(verb: Token, actors: ActorIndex) -> list[Actor] | None:
    """The actor a clause is attributed to by "quoted/cited X as <verb>-ing": the one quoted acts,
    not the one quoting (None: no such frame)."""
    holder = attribution_holder(verb)
    if holder is None:
        return None
    for o in direct_objects(holder):
        found = actors.np(o) or document_issuer(o, actors)
        if found:
            return found
    return []


def participle_doers(noun: Token, actors: ActorIndex, verbs: frozenset[str] | None = None,
                     deep: bool = True) -> list[Actor]:
    """The actors of the "by" agent of the first participle on ``noun`` that names any ("the deal signed by
    A", "a motion tabled by B"): who did what the noun names. ``verbs``: only participles of these lemmas
    or forms (None: any; a form helps where the small model's lemma is wrong, "staged" → "stag");
    ``deep``: look inside the agent's phrase (``ActorIndex.np_deep``), else its own actors (``np``)."""
    for c in noun.children:
        if c.dep_ != "acl" or (verbs is not None and lemma(c) not in verbs and c.lower_ not in verbs):
            continue
        agent = agent_token(c)
        found = (actors.np_deep(agent) if deep else actors.np(agent)) if agent is not None else []
        if found:
            return found
    return []


def document_issuer(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Who a document noun speaks for ("the IMF's review", "a UN report", "the report of the WTO")."""
    if lemma(noun) not in DOCUMENT_NOUNS:
        return []
    found = actors.modifiers(noun, ("poss", "compound", "amod", "nmod"))
    if not found:
        found = next((actors.np_deep(o) for w, o in prep_objects(noun) if w in ("of", "by", "from")), [])
    if not found:
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "nmod"):
                found = actors.modifiers(c, ("poss", "compound", "amod", "nmod"))
                if found:
                    break
    return found or participle_doers(noun, actors, AUTHORING_VERBS)


# A state noun owned by a pronoun, and the sector it stands for: "his country" is the state, "its
# government" the government, "their troops" the military.
OWNED_STATE_NOUNS = {
    "country": "", "nation": "", "government": "GOV", "administration": "GOV", "army": "MIL", "military": "MIL",
    "troops": "MIL", "forces": "MIL", "police": "COP", "parliament": "LEG",
}
POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their", "our", "my"})
OWNING_PRONOUNS = POSSESSIVE_PRONOUNS - {"my"}
# "his/her/our country" in a speaker's clause can only be the speaker's; "its/their" may be any state's
PERSON_OWNERS = frozenset({"his", "her", "our"})


def speaker_state(noun: Token, verb: Token, actors: ActorIndex) -> list[Actor]:
    """ "his country", "our government", "its troops" in the clause a speaker reports ("the Kenyan
    minister said his country would ...", "'our army will respond', the Ghanaian president said"): the
    pronoun is the speaker, so the noun is the speaker's state or its organ. Only when the speaker has
    one country; the actor layer's own reading of the phrase, when it has one, comes first."""
    sector = OWNED_STATE_NOUNS.get(noun.lower_)
    if sector is None or not any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in noun.children):
        return []
    head = speech_head(verb)
    if head is None:
        return []
    countries = {a.code[:3] for a in _find_sources(head, actors, 2)[0] if a.country and a.code[:3] == a.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    return [
        Actor(text=noun.text, code=country + sector, country=country, sector=sector or None,
              kind="sector" if sector else "state", confidence=0.7,
              how="a state noun owned by the speaker's pronoun in reported speech")
    ]


# Condemning an attack whose perpetrator goes unnamed sides with its victim: CAMEO 018 (the CAMEO
# dictionary's CONDEMN * TERRORIST ATTACK), toward the victim ("deplored the bombing of the Ruritanian
# embassy"). With the attacker named ("condemned Freedonia's raid") it is a criticism of the attacker.
CONDEMN_VERBS = frozenset({"condemn", "deplore", "denounce", "decry", "slam", "censure", "abhor"})
# Acts of armed force beyond the attack nouns (offensives, incursions, blockades), which a criticism may
# name by their author (CRITICISED ATTACK'S AUTHOR).
ASSAULT_NOUNS = frozenset({"offensive", "incursion", "invasion", "strike", "airstrike", "bombardment", "shelling",
                           "operation", "occupation", "aggression", "blockade", "crackdown"})
ATTACK_EVENT_NOUNS = frozenset(
    {
        "attack", "bombing", "blast", "explosion", "killing", "assassination", "massacre", "shooting",
        "kidnapping", "abduction", "ambush", "raid", "murder", "slaying", "atrocity", "bomb", "suicide",
        "violence", "beheading", "hijacking", "assault",
    }
)  # fmt: skip
ATTACKS_AND_ASSAULTS = ATTACK_EVENT_NOUNS | ASSAULT_NOUNS
VICTIM_PREPS = ("on", "against", "of", "at", "targeting", "near", "outside")
SYMPATHY_WITH_VICTIM = "018"


def attack_agents(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Who an attack noun names as its perpetrator: possessor, nationality or actor modifier (not a
    place name used as a modifier: "the Kabul bombing"), or its ``by`` phrase."""
    found: list[Actor] = []
    for c in noun.children:
        if c.dep_ in ("poss", "amod") or (c.dep_ in ("compound", "nmod") and c.ent_type_ not in ("GPE", "LOC", "FAC")):
            found += actors.np(c) or (actors.modifiers(noun, (c.dep_,)) if c.dep_ == "amod" else [])
    return unique(found + nominal_agent(noun, actors) + _perpetrator(noun, actors))


# Participles of doing that, on an attack noun, name its author in a ``by`` phrase (read as forms: the
# small model lemmatises "staged" as "stag").
PERPETRATING_PARTICIPLES = frozenset({"carried", "launched", "staged", "mounted", "conducted", "perpetrated",
                                      "committed", "unleashed", "ordered", "orchestrated", "masterminded", "planned",
                                      "organized", "organised"})


def _perpetrator(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Class ATTACK AUTHORED IN A PARTICIPLE: "the raids **carried out by** Ruritanian jets", "the attack
    launched by the rebels": the ``by`` agent of a participle of doing on the attack noun is its author
    (not so "the attack condemned by B", whose agent only judged it)."""
    return participle_doers(noun, actors, PERPETRATING_PARTICIPLES, deep=False)


def condemned_attack_victims(verb: Token, actors: ActorIndex) -> list[Actor] | None:
    """Victims of an unattributed attack that ``verb`` condemns (None: not such a condemnation): the
    attack's object ("the attack **on the embassy**", or the country of a place attacked: "the raid on
    two schools in B", or of a victim or a thing named with no country: "the murder of an editor in B",
    "the bombing of a market in B"), whom a clause on it harmed ("the blasts that killed **Ruritanian
    soldiers**", "a bombing in which B's soldiers were wounded"), else the country where it happened. A
    voiced outrage condemns what it is at (OUTRAGE AT AN ATTACK, ``_condemned_objects``)."""
    if lemma(verb) not in CONDEMN_VERBS and not _voiced_outrage(verb):
        return None
    for o in _condemned_objects(verb, ATTACK_EVENT_NOUNS):
        if attack_agents(o, actors):
            continue
        for word, g in prep_objects(o):
            if word in VICTIM_PREPS:
                found = actors.np_deep(g)
                if all(a.code.startswith(NO_COUNTRY) for a in found):  # "the murder of an editor in B"
                    found = [a for w, p in prep_objects(g) if w == "in" for a in bare_states(actors.np(p))]
                found = found or (location_target(g, None, actors) if word in ("on", "at") else [])
                if found:  # "the attack on hotels in B": the hotels' country, where no one is named
                    return found
        for c in o.children:
            if c.dep_ in ("relcl", "acl"):
                harmed = [passive_subject(c)] if c.dep_ == "relcl" and is_passive(c) else []
                struck = [*direct_objects(c), *(g for w, g in prep_objects(c) if w in VICTIM_PREPS),
                          *(g for g in harmed if g is not None and g.lower_ not in REL_PRONOUNS)]
                for g in struck:
                    found = actors.np(g) or [a for _, inner in prep_objects(g, "of") for a in actors.np_deep(inner)]
                    if found:
                        return found
                if found := _struck_place(c, struck, actors):
                    return found
        places = [a for c in o.children if c.ent_type_ in ("GPE", "LOC") for a in actors.np(c)]
        in_states = [a for w, g in prep_objects(o) if w == "in" for a in bare_states(actors.np(g))]
        return places[:1] or in_states or location_target(o, None, actors) or verb_hung_scene(verb, o, actors)
    return None


def _struck_place(clause: Token, struck: list[Token], actors: ActorIndex) -> list[Actor]:
    """Class PLACE OF A CONDEMNED ATTACK: a clause on the attack that names where it happened or what it
    hit without naming a victim ("the blasts **which went off at a hotel in B**", "the raids that hit two
    markets in B", "the bombing that struck a Ruritanian school"): the country of that place or thing."""
    for g in struck:
        if found := bare_states(actors.np_deep(g)):
            return found[:1]
    holders: list[Token | None] = [None, *struck]
    for holder in holders:
        if found := location_target(clause, holder, actors):
            return found
    return []


# Prepositions the parser hangs on the condemning verb when they belong to the attack it names.
ATTACK_SCENE_PREPS = frozenset({"in", "at", "near", "outside"})


def verb_hung_scene(verb: Token, attack: Token, actors: ActorIndex) -> list[Actor]:
    """Class SCENE HUNG ON THE CONDEMNING VERB: in "A condemned the bombings in B" the parser attaches
    "in B" to "condemned", though a condemnation takes place in no country; the country named there is
    where the attack happened ("deplored the killings at a market in B", "the blasts in two Ruritanian
    cafes"). Only a phrase after the attack noun: a fronted "In B, residents decried the attack" is
    where the critics are."""
    for word, o in prep_objects(verb):
        if word not in ATTACK_SCENE_PREPS or o.ent_type_ in TIME_ENTITIES or o.i < attack.i:
            continue
        if found := phrase_place(o, actors, deep=True):
            return found
    return []


def _objects_among(verb: Token, nouns: frozenset[str]) -> Iterator[Token]:
    """The verb's direct objects, and their conjuncts, whose lemma is one of ``nouns``."""
    for obj in direct_objects(verb):
        for o in with_conjuncts(obj):
            if lemma(o) in nouns:
                yield o


def condemned_attack_authors(verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """Class CRITICISED ATTACK'S AUTHOR: "A condemned the Ruritanian raid on B", "deplored Ruritania's
    attack on the camp" -- criticism of an attack its noun attributes (a possessor, a nationality, a
    ``by`` phrase) is aimed at the attacker, not at the attacked the noun's ``on`` phrase names; an
    unattributed attack is sympathy with its victims (``condemned_attack_victims``)."""
    if code[:2] != DISAPPROVE_ROOT:
        return []
    for o in _condemned_objects(verb, ATTACKS_AND_ASSAULTS):
        if authors := attack_agents(o, actors):
            return authors
    return []


# OUTRAGE AT AN ATTACK: nouns of disapproval voiced at an act ("expressed outrage at the bombing")
OUTRAGE_NOUNS = frozenset({"outrage", "anger", "indignation", "dismay", "fury", "revulsion", "disgust", "horror"})
OUTRAGE_PREPS = frozenset({"at", "over", "about", "against"})


def _voiced_outrage(verb: Token) -> list[Token]:
    """The outrage nouns ``verb`` voices as its direct objects ("expressed outrage", "voiced its anger")."""
    return [o for o in direct_objects(verb) if lemma(o) in OUTRAGE_NOUNS]


def _condemned_objects(verb: Token, nouns: frozenset[str]) -> Iterator[Token]:
    """Class OUTRAGE AT AN ATTACK: the acts a criticism names -- the verb's own objects ("condemned the
    bombing"), or what an outrage it voices is at or over ("expressed outrage at the bombing", "voiced
    anger over the raid"), which it condemns as much; those among ``nouns``."""
    yield from _objects_among(verb, nouns)
    outrage = _voiced_outrage(verb)
    holders = [*outrage, verb] if outrage else []  # "voiced anger on Friday over ...": the phrase hangs on the verb
    for holder in holders:
        for word, g in prep_objects(holder):
            if word in OUTRAGE_PREPS:
                yield from (o for o in with_conjuncts(g) if lemma(o) in nouns)


COMITATIVE_HEADS = frozenset({"along", "together"})
COMITATIVE_PREPS = frozenset({"alongside"})


def joined_partners(verb: Token, actors: ActorIndex) -> list[Actor]:
    """ "A joined B **in condemning** C": B condemns C too; the joined are co-agents of the ``in``
    gerund, whose own subject is the joiner's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "in" or prep.head.i == prep.i:
        return []
    joiner = prep.head
    if lemma(joiner) not in JOINING_VERBS:
        return []
    return [a for o in direct_objects(joiner) for a in actors.np(o)]


OCCASION_PREPS = frozenset({"in", "at", "for", "on"})
BODY_PREFIXES = ("IGO", "NGO")
NOT_OCCASIONS = frozenset({"DATE", "TIME", "GPE", "LOC"})


def joined_company(verb: Token, actors: ActorIndex) -> str | None:
    """Class JOINED COMPANY: "A joined B in the games", "A will join B's envoys at the conference" —
    A takes part in an occasion alongside B, and joining B is no act on B (CAMEO.2.0's bare "join"
    reads a consultation, 040): ``"occasion"``. "A joined B to trace the weapons" — A and B work
    together at a task, material cooperation (06x, ``extract``): ``"task"``. Joining a body is a
    membership and keeps its reading (None), and a date or a place after the joined ("joined Ghana in
    2004", "in Accra") names no occasion."""
    if lemma(verb) not in JOINING_VERBS or verb.pos_ != "VERB":
        return None
    objects = direct_objects(verb)
    joined = [a for o in objects for a in actors.np(o)]
    if not joined or any(a.code.startswith(BODY_PREFIXES) or a.kind == "org" for a in joined):
        return None  # joining a body is a membership (coding/memberships.py)
    for c in (g for holder in [verb, *objects] for g in holder.children):  # "in the games" may hang on B
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS and any(
                o.dep_ == "pobj" and o.ent_type_ not in NOT_OCCASIONS for o in c.children):
            return "occasion"
        if c.head.i == verb.i and c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return "task"
    return None


def co_agents(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Actors that a comitative phrase before the verb makes co-agents of its subject: "A, **along
    with B**, condemned C", "**Together with B**, A sent aid", "A, **alongside B**, ...". After the
    verb the phrase may name a partner or a co-target instead ("signed a deal together with B"), so
    only phrases before the verb count."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    found: list[Actor] = joined_partners(verb, actors) + paired_subject(verb, actors)
    for holder in holders:
        for c in holder.children:
            if c.i > verb.i:
                continue
            if c.dep_ == "prep" and c.lower_ in COMITATIVE_PREPS:
                found += [a for g in c.children if g.dep_ == "pobj" for a in actors.np(g)]
            elif c.dep_ == "prep" and c.lower_ == "with" and any(
                m.lower_ in COMITATIVE_HEADS for m in c.children if m.dep_ == "advmod"
            ):
                found += [a for g in c.children if g.dep_ == "pobj" for a in actors.np(g)]
            elif c.dep_ in ("prep", "advmod") and c.lower_ in COMITATIVE_HEADS:
                found += [
                    a
                    for w in c.children
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children
                    if g.dep_ == "pobj"
                    for a in actors.np(g)
                ]
    return found


def paired_subject(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Class PAIR OF STATES BY A COMMA: "A, B sign trade deal", "A, B to hold talks" -- headline and wire
    style joins two subjects with a comma alone, and the parser hangs the first on the verb as a loose
    modifier (npadvmod or dep). The first is a co-subject when it is a bare state name right before
    the comma and the subject after it is a state as well."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i < 2:
        return []
    comma, first = verb.doc[subj.left_edge.i - 1], verb.doc[subj.left_edge.i - 2]
    if comma.text != "," or first.head.i != verb.i or first.dep_ not in ("npadvmod", "dep") or first.pos_ != "PROPN":
        return []
    if first.left_edge.i != 0 and verb.doc[first.left_edge.i - 1].pos_ != "PUNCT":
        return []
    paired, named = actors.np(first), actors.np(subj)
    return paired if _only_states(paired) and _only_states(named) else []


def _only_states(found: list[Actor]) -> bool:
    """Are these actors all bare states (a country code and nothing else)?"""
    return bool(found) and all(len(a.code) == 3 and a.code.isalpha() and a.country for a in found)


def pronoun_owner(noun: Token) -> Token | None:
    """The verb whose subject a possessive pronoun on ``noun`` refers back to: "Kenya announced **its**
    decision to ...", "the minister defended **his** plan to ..." (the noun is that verb's object or
    in one of its prepositional phrases)."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children):
        return None
    gov = governing_verb(noun)
    return gov if gov is not None and gov.pos_ == "VERB" else None


THIRD_PERSON = PERSONAL_PRONOUNS - {"we", "i"}


def later_speaker(pronoun: Token, speech: Token) -> bool:
    """LATER SPEAKER: a third-person pronoun that opens the content before its speaker is named ("it has
    killed 40 people, the agency said", "he will fly to Rome, his office said") points back to someone
    already mentioned, not ahead to the speaker; "we" and "I" there are the speaker's own words."""
    return pronoun.lower_ in THIRD_PERSON and speech.i > pronoun.i


def judged_roles(sources: list[Actor], targets: list[Actor], inherited: bool) -> Roles | None:
    """Roles of a judgement a speaker passes on others (blame, concern, a verdict): the speaker's own
    actors are no target, and without a speaker or someone judged there is no event. Sources found
    elsewhere in the sentence (``inherited``) lower the confidence."""
    codes = {s.code for s in sources}
    targets = [t for t in targets if t.code not in codes]
    if not sources or not targets:
        return None
    return Roles(sources=sources, targets=targets, penalty=0.85 if inherited else 1.0)


def find_sources(verb: Token, actors: ActorIndex, depth: int = 4) -> tuple[list[Actor], bool]:
    """Source actors of a verb and whether they were inherited from elsewhere in the sentence; the
    subject's comitative co-agents ("A, along with B, ...") act with it (``co_agents``)."""
    sources, inherited = _find_sources(verb, actors, depth)
    if sources and depth > 0:
        codes = {a.code for a in sources}
        sources = sources + [a for a in co_agents(verb, actors) if a.code not in codes]
    return sources, inherited


SUBORDINATORS = frozenset({"as", "while", "when", "whereas", "after", "before", "because", "since", "until",
                           "if", "although", "though", "once", "where"})


def _passive_shared_subject(verb: Token) -> Token | None:
    """Class SHARED SUBJECT AFTER A PASSIVE: "X was welcomed by crowds and then met Y", "X was received at
    the airport and held talks with Y" -- an active verb coordinated with a passive main verb shares that
    verb's subject X; the passive's agent (the crowds) is not its doer. Only where the coordination is
    plain: the passive is the main clause's (not a relative or reported clause's), it raises no infinitive
    ("X is expected to V and W": W is the infinitive's, inside the expectation), and no other subject
    stands between the two verbs, nor a subordinating word that may open a clause the second verb belongs
    to ("troops were deployed as protesters packed the streets and ...")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ not in ("ROOT", "conj") or not is_passive(head) or is_passive(verb):
        return None
    if any(c.dep_ == "xcomp" for c in head.children):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.lower_ in SUBORDINATORS for t in verb.doc[head.i + 1: verb.i]):
        return None
    return passive_subject(head)


def _conjoined_raising_subject(head: Token) -> Token | None:
    """Class SHARED SUBJECT OF A CONJOINED RAISING PASSIVE: "X arrived on Monday and is scheduled to meet
    Y", "X will convene and is expected to renew Y's mandate" -- a passive that raises an infinitive
    ("is scheduled to", "is expected to") and is coordinated with an earlier verb, with no subject of its
    own, takes that verb's subject, which is the infinitive's doer. As for SHARED SUBJECT AFTER A
    PASSIVE, only where no other subject or subordinating word stands between the two verbs."""
    if head.dep_ != "conj" or not is_passive(head) or agent_token(head) is not None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    first = head.head
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.lower_ in SUBORDINATORS
           for t in head.doc[first.i + 1: head.i]):
        return None
    if is_passive(first):
        return passive_subject(first) if agent_token(first) is None else None
    return subject_token(first)


# ATTACKER IN A TIME CLAUSE: "a soldier was killed when B's troops opened fire", "two guards were wounded as
# rebels stormed the post": the harm has no "by" agent, and the time clause names the attack that did it. An
# attack with a named victim of its own is coded by itself, and the harm adds nothing to it.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
ATTACK_VERBS = frozenset({"attack", "ambush", "fire", "open", "shell", "bomb", "raid", "storm", "strike", "shoot",
                          "pound", "hit", "target", "overrun", "bombard", "rocket", "assault"})
ATTACK_TIME_MARKS = frozenset({"when", "as", "after", "while"})


def attackers_in_time_clause(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Who attacked, told in a when/as clause on an agentless passive of harm (ATTACKER IN A TIME CLAUSE)."""
    if lemma(verb) not in HARM_VERBS:
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or lemma(clause) not in ATTACK_VERBS or is_passive(clause):
            continue
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ATTACK_TIME_MARKS for c in clause.children):
            continue
        if lemma(clause) == "open" and not any(lemma(o) == "fire" for o in direct_objects(clause)):
            continue
        victims = [a for o in direct_objects(clause)
                   for a in actors.np_deep(o) or [x for _, g in prep_objects(o, "of") for x in actors.np(g)]]
        if any(not a.code.startswith(NO_COUNTRY) for a in victims):
            continue  # "after B's jet struck a band of rebels": that attack is coded on its own
        subj = subject_token(clause)
        found = actors.np(subj) if subj is not None else []
        if found:
            return found
    return []


def expected_traveller(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The passive subject of "is expected in <place>" (``modality.expected_arrival``), else nothing."""
    subj = passive_subject(verb) if expected_arrival(verb) and agent_token(verb) is None else None
    return actors.np(subj) if subj is not None else []


def _find_sources(verb: Token, actors: ActorIndex, depth: int = 4) -> tuple[list[Actor], bool]:
    if depth <= 0:
        return [], True
    attributed = attributed_agent(verb, actors)
    if attributed is not None:
        return attributed, True
    if is_passive(verb):
        agent = agent_token(verb)
        if agent is not None:
            return actors.np(agent), False
        expeller = expelling_state(verb, actors)  # "were expelled from B": B expels (class EXPELLED FROM A STATE)
        if expeller:
            return expeller, False
        sender = dispatched_forces(verb, actors)  # "French troops were sent to Mali": France sends them
        if sender:
            return sender, False
        if (traveller := expected_traveller(verb, actors)):
            return traveller, False
        if (attackers := attackers_in_time_clause(verb, actors)):
            return attackers, False
        return between_parties(verb, actors), True
    subj = subject_token(verb)
    if subj is not None:
        low = subj.lower_
        if low in PERSONAL_PRONOUNS:
            head = speech_head(verb)
            if head is not None and not later_speaker(subj, head):
                speaker = find_sources(head, actors, depth - 1)[0]
                if speaker:
                    return speaker, True
        owned = speaker_state(subj, verb, actors)
        personal = owned and any(c.dep_ == "poss" and c.lower_ in PERSON_OWNERS for c in subj.children)
        found = (owned if personal else []) or actors.np(subj) or document_issuer(subj, actors) or owned
        if found and not all(a.code.startswith(NO_COUNTRY) for a in found):
            return found, False
        if lemma(subj) in COLLECTIVE_NOUNS or subj.like_num:
            for word, o in prep_objects(subj):
                if word == "of" and (members := actors.np_deep(o)):
                    return members, False
        if leader := group_led_by(subj, actors):
            return leader, False
        if found:
            return found, False
        if low in REL_PRONOUNS and verb.dep_ == "relcl":  # "sent a letter that urged B": the sender
            led = led_group_leader(verb.head, actors.np(verb.head), actors)
            return led or text_issuer(verb.head, actors, depth), True
        if low in PERSONAL_PRONOUNS:
            head = speech_head(verb)
            if head is not None and not later_speaker(subj, head):
                return find_sources(head, actors, depth - 1)[0], True
            if verb.dep_ == "conj":
                inherited = find_sources(verb.head, actors, depth - 1)[0]
                return inherited, True
        return [], False
    head = verb.head
    if head.i == verb.i:
        return [], False
    if verb.dep_ == "xcomp":
        for o in direct_objects(head):
            found = actors.np(o)
            if found:
                return led_group_leader(o, found, actors), True
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
            return find_sources(head, actors, depth - 1)[0], True
        raised = passive_subject(head) if is_passive(head) and agent_token(head) is None else None
        if raised is None:
            raised = _conjoined_raising_subject(head)
        if raised is not None:
            return actors.np(raised), True
        return find_sources(head, actors, depth - 1)[0], True
    if verb.dep_ == "advcl":
        absolute = next((p for p in head.children if p.dep_ == "prep" and absolute_participle(p) == verb), None)
        if absolute is not None and is_absolute_with(absolute):  # "…, with A -- who chairs it -- vowing to …"
            return [a for g in absolute.children if g.dep_ == "pobj" for a in actors.np(g)], False
    if (shared := _passive_shared_subject(verb)) is not None:
        return actors.np(shared), True
    if verb.dep_ in ("conj", "advcl", "acomp"):
        return find_sources(head, actors, depth - 1)[0], True
    if is_reason_clause(verb):
        for o in direct_objects(head.head):  # "criticised Washington for arming ...": Washington arms
            found = actors.np(o)
            if found:
                return found, True
        return [], True
    if verb.dep_ == "pcomp" and head.lower_ == "from" and lemma(head.head) in PREVENTING_VERBS:
        kept = direct_objects(head.head)  # PREVENTED ACT: "stopped the gunmen from firing": the gunmen would fire
        if kept:
            return [a for o in kept for a in actors.np(o)], True
    if verb.dep_ == "pcomp" and head.head.i != head.i:
        return find_sources(head.head, actors, depth - 1)[0], True
    if verb.dep_ == "relcl":  # "a delegation to visit B": the delegation visits, as its leader's
        return led_group_leader(head, actors.np(head), actors), True
    if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.head.i != head.head.i:
        return find_sources(head.head.head, actors, depth - 1)[0], True  # "in order to V": the clause's subject
    if verb.dep_ == "acl":
        if patient_participle(verb):  # "a Belgian activist held in Lagos": the activist is the patient
            return [], False
        if to_marked(verb) and head.pos_ == "NOUN" and ranked(head) and (own := actors.np(head)):
            return own, True  # ACTOR'S OWN INFINITIVE: "the first B premier to visit C": the premier visits
        mods = actors.modifiers(head, ("poss", "compound", "amod")) or [
            a for w, o in prep_objects(head) if w == "by" and o.i < verb.i for a in actors.np(o)
        ]  # "a decision by Kenya to expel ...": the ``by`` phrase of the noun is its doer
        if mods:
            return mods, True
        owner = pronoun_owner(head)
        if owner is not None:  # "Kenya announced its decision to expel ...": "its" is the clause subject
            return find_sources(owner, actors, depth - 1)[0], True
        if _subjects_own_aim(verb, head):
            return find_sources(head.head, actors, depth - 1)[0], True
        if verb.tag_ == "VBG":  # "the president, visiting Lima, ...": the noun a present participle modifies acts
            return actors.np(head) or text_issuer(head, actors, depth), True
        if misread_main_verb(verb):  # "The Ruritanian minister [ROOT] called [acl] on ...": its noun acts
            return actors.np(head), False
    return [], False


RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next", "sole"})


def ranked(noun: Token) -> bool:
    """Is the noun ranked by an ordinal, "only" or a superlative ("the first B premier to visit C", "the
    highest-ranking envoy to meet them")? Only such an infinitival relative says the noun does the act;
    "authority to seize assets" or "groups to withdraw" name a power or an appeal's content."""
    return any(c.dep_ == "amod" and (c.lower_ in RANKING_WORDS or c.tag_ == "JJS") for c in noun.children)


# OWN AIM: nouns of an aim or an effort whose infinitive names what their holder sets out to do, and the
# verbs by which the subject makes, holds or voices such an aim as its own.
AIM_NOUNS = INTENT_NOUNS | frozenset({"effort", "attempt", "step", "measure", "commitment", "pledge", "promise",
                                      "initiative", "campaign", "drive", "push"})
AIM_HOLDING_VERBS = frozenset({"make", "exert", "take", "have", "redouble", "intensify", "spare", "announce",
                               "unveil", "express", "show", "demonstrate", "reaffirm", "reiterate", "voice", "declare",
                               "signal", "indicate", "confirm", "launch", "begin", "start", "continue", "pursue",
                               "renew", "step", "stress", "outline", "present", "adopt"})


def _subjects_own_aim(verb: Token, noun: Token) -> bool:
    """Class OWN AIM: "A made efforts to mend ties with B", "voiced its readiness to talk", "announced a
    plan to buy ...": the infinitive on an aim the subject makes, holds or voices is the subject's act.
    Not an aim it only judges ("A rejected a plan to expand the zone", "welcomed the decision to talk"),
    whose holder the sentence may not name, nor one it disowns ("has no plan to see B", "did not
    make any effort to ..."): no one is then doing the act."""
    holder = noun.head
    return (verb.dep_ == "acl" and to_marked(verb) and noun.dep_ == "dobj" and holder.i != noun.i
            and lemma(noun) in AIM_NOUNS and lemma(holder) in AIM_HOLDING_VERBS
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            and not any(c.dep_ == "neg" for c in holder.children))


# ISSUED TEXT'S ACT: what a statement, resolution, letter or speech does ("issued a statement condemning B",
# "passed a resolution calling on B to ...", "sent a letter that urged B to ...") is the act of whoever
# issued, passed or sent the text: the subject of the verb the text is the object of, or the "by" agent of a
# passive or of a participle on the text ("a resolution adopted by A calling on B").
def text_issuer(noun: Token, actors: ActorIndex, depth: int) -> list[Actor]:
    """Who issued the text ``noun`` names (ISSUED TEXT'S ACT), or nothing."""
    if lemma(noun) not in TEXT_NOUNS:
        return []
    if found := participle_doers(noun, actors):
        return found
    governor = noun.head
    if noun.dep_ == "dobj" and governor.pos_ in ("VERB", "AUX"):
        return find_sources(governor, actors, depth - 1)[0]
    if noun.dep_ == "nsubjpass" and (agent := agent_token(governor)) is not None:
        return actors.np_deep(agent)
    return []


def between_parties(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The parties of an agentless passive whose subject is "between" them ("a deal between Kenya and
    Uganda was signed", "a truce between A and B was agreed on Monday"): they did it together. Two
    parties at least, else nobody is named as the doer."""
    subj = passive_subject(verb)
    if subj is None:
        return []
    return between_parties_of([subj], actors)


# Nouns for a meeting whose "with" phrase names the other side ("talks with X", "a meeting with X").
MEETING_NOUNS = frozenset(
    {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations", "summit",
     "discussion", "discussions", "dialogue"}
)


def meeting_partners(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The other side of the meeting a verb sends someone to or sets up ("sent its foreign minister **to
    talks with Uganda**", "dispatched an envoy to a meeting with X"): the meeting's ``with`` partner,
    not the person sent, is whom the sender meets."""
    for word, o in prep_objects(verb):
        if word not in ("to", "for") or lemma(o) not in MEETING_NOUNS:
            continue
        found = [a for w, g in prep_objects(o) if w == "with" for a in actors.np_deep(g)]
        if found:
            return found
    return []


def requester(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Who made the request, offer or call a verb rejects, named on its noun: "turned down **Togo's**
    request for troops", "rejected a **Togolese** request", "spurned an offer **from** Lome". A rejection
    is aimed at the one who asked, not at what was asked for (the ``for``/``of`` phrase)."""
    found = actors.modifiers(noun, ("poss", "amod", "compound", "nmod"))
    if not found and actors.demonyms is not None:  # the parser may read "a Togolese request" as a compound
        found = [a for c in noun.children if c.dep_ == "compound" and c.tag_ == "JJ" for a in actors.demonyms(c)]
    return found or [a for w, o in prep_objects(noun) if w == "from" for a in actors.np(o)]


# force, cuts in relations or a threat of either, that a condition aims (THREAT'S CONDITION)
CONDITIONAL_THREAT_ROOTS = FORCE_ROOTS | {THREAT_ROOT, "16"}


ROW_NOUN_PREPS = frozenset({"to", "with", "against", "at", "toward", "towards", "upon"})


DENIAL = "016"
MAKER_PREPS = frozenset({"by", "from"})  # "a call by A", "the charges from A": who made them


def verb_targets(
    verb: Token, hit: tuple[Pattern, Token | None, Token | None], actors: ActorIndex
) -> tuple[list[Actor], bool]:
    """Target actors for a verb frame and whether they came from a weaker route (a modifier)."""
    pattern, noun, pobj = hit
    topic = pattern.code[:2] == MEETING_ROOT and lemma(verb) in DISCUSSING_VERBS
    objects = [] if topic else direct_objects(verb)  # DISCUSSED TOPIC: "discussed Cyprus" talks about it
    received = not pattern.code and bool(pattern.reverse)  # "faced criticism": the giver is the target
    recalled = recalled_envoy_target(verb, noun, actors)
    if recalled is not None:  # "recalled its ambassador from B": B, never the envoy (class RECALLED OWN ENVOY)
        return recalled, False
    if (aggressor := response_aggressor(verb, actors)) is not None:
        return aggressor, False
    if (pattern.code[:2] == REJECT_ROOT or pattern.code[:3] == DENIAL) and noun is not None \
            and noun.head.i == verb.i:
        hung = [] if is_passive(verb) else prep_objects(verb)  # the parser hangs "by A" on an active verb too
        makers = [a for w, o in [*prep_objects(noun), *hung] if w in MAKER_PREPS for a in actors.np(o)] \
            or requester(noun, actors)
        if makers:  # "rejected a call by A for B to ...", "denied the charges by A": whose words they are
            return makers, False
    if pattern.code[:2] == "11":
        found = evaluated_object(verb, noun, actors) or grievance_target(verb, actors)
        if found:
            return found, False
    if pattern.code[:3] in COMMENT_CODES and (found := commented_topic(verb, noun, actors)):
        return found, False
    if found := permitted_party(verb, actors):
        return found, False
    if pattern.code[:3] == PRAISE_CODE:
        found = welcomed_accord_parties(verb, actors)
        if found:
            return found, False
    if pattern.code[:3] == SYMPATHY_WITH_VICTIM:
        found = condoled_loss(verb, noun, actors)
        if found:
            return found, False
    if pattern.code[:2] in ("03", MEETING_ROOT):
        found = meeting_partners(verb, actors) or mediated_parties(verb, pattern.code, actors)
        places = {a.code[:3] for a in actors.np(pobj)} if pattern.code[:3] == VISIT and pobj is not None else set()
        if found and places and not places & {a.code[:3] for a in found}:
            found = []  # VISIT DESTINATION: "flew to Sofia for talks with EU envoys" visits Bulgaria
        if found:
            return found, False
    if pattern.frame == "V+P+N" and pobj is not None and pattern.prep in ROW_NOUN_PREPS \
            and (found := actors.np(pobj)):
        # ADDRESSEE AS THE ROW'S NOUN: "met with Bolivian opposition leaders", "appealed to the Kenyan
        # government": a row whose noun is an actor names the one the act is done to
        return found, False
    if pattern.code[:2] == MEETING_ROOT and pattern.prep in VENUE_PREPS \
            and (found := [a for o in objects for a in actors.np(o)]):
        return found, False  # MET AT A VENUE: "met B at the palace in Cairo": B is whom, the palace where
    if pattern.code[:3] == HOST and pattern.frame == "V+P" and (found := [a for o in objects for a in actors.np(o)]):
        return found, False  # GUEST WELCOMED TO A PLACE: "welcomed B's premier to Nairobi" hosts B, not Nairobi
    appeal_for = pattern.code[:2] == APPEAL_ROOT and pattern.prep == "for" and pobj is not None
    if pattern.frame == "V+P" and pobj is not None:
        # APPEAL BENEFICIARY: "called for aid to B", "calls for cheap loans to B's farmers": B is
        # who would gain, not whom the appeal is made to (the thing asked for itself, the one whose act it
        # is, "called for B's help", or where, "calm in B", stays)
        gaining = [a for w, inner in prep_objects(pobj) if w in BENEFICIARY_PREPS for a in actors.np_deep(inner)] \
            if appeal_for else []
        found = [a for a in actors.np_deep(pobj) if a not in gaining]
        if found:
            return found, False
        for w, inner in prep_objects(pobj):
            found = actors.np(inner) if not (appeal_for and w in BENEFICIARY_PREPS) else []
            if found:
                return found, True
        found = actors.modifiers(pobj, ("poss",))
        if found:
            return found, True
    if lemma(verb) in GIVING_VERBS:
        found = recipient(verb, actors)
        if found:
            return found, False
    deferred: list[Actor] = []
    if pattern.code[:2] == FORCE_POSTURE_ROOT:
        # a force built up somewhere faces that place ("boosted its forces in B"), short of a border named
        found = border_faced(verb, noun, actors) or location_target(verb, noun, actors)
        if found:
            return found, False
    if noun is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == verb.i \
            and pattern.code[:2] != FORCE_POSTURE_ROOT:  # "deployed troops": what is shown, not whom at
        found = actors.np(noun) or stated_owners(noun, actors)
        if found and all(a.code.startswith("---") for a in found):
            deferred = found  # class THING OR BODY: "shared intelligence with B" — B, if the clause names one
        elif found:
            return found, False
    if is_passive(verb):
        subj = passive_subject(verb)
        if subj is not None and (noun is None or subj.i != noun.i):
            found = actors.np(subj)
            if not found and (lemma(subj) in QUANTITY_NOUNS or lemma(subj) in COLLECTIVE_NOUNS or subj.like_num):
                # "hundreds of B migrants were ...": the quantity stands for its of-phrase
                found = [a for _, g in prep_objects(subj, "of") for a in actors.np_deep(g)]
            if found:
                return found, False
    for o in objects:
        if noun is not None and o.i == noun.i:
            continue
        found = actors.np(o)
        if not found and (lemma(o) in QUANTITY_NOUNS or lemma(o) in COLLECTIVE_NOUNS or o.like_num):
            found = [a for _, g in prep_objects(o, "of") for a in actors.np_deep(g)]
        if not found:
            found = stated_owners(o, actors) or named_members(o, actors) \
                or (tie_partners(o, actors) if valuing(pattern.code) else [])
        if found:
            return found, False
    if found := judged_act_owner(verb, noun, pattern.code, actors):
        return found, False
    for word, o in prep_objects(verb):
        if word == "from" and (lemma(verb) in ORIGIN_VERBS or pattern.code[:3] == HOST):
            continue  # ORIGIN OF A TRIP: "arrived from Benin", "received aid from B": no party, no guest
        if received and word in RECEIVED_REASON_PREPS:
            continue
        if appeal_for and word in BENEFICIARY_PREPS and o.i > pobj.i:  # type: ignore[union-attr]
            continue  # "called for loans [to B]": the parser hangs the beneficiary on the verb
        if word in TARGET_PREPS and (pobj is None or o.i != pobj.i or pattern.frame == "V+P"):
            found = actors.np_deep(o) or (tie_partners(o, actors) if word == "to" else [])
            if found:
                return found, False
    if noun is not None and pattern.code[:3] == PEACEKEEPING and (found := mission_theatre(noun, actors)):
        return found, False
    if noun is not None:
        for word, o in [*prep_objects(noun), *container_preps(noun)]:
            if word in NOUN_TARGET_PREPS and not (received and word in RECEIVED_REASON_PREPS):
                found = actors.np_deep(o)
                if found:
                    return found, False
        found = inner_target(noun, actors) or feeling_occasion(noun, verb, pattern.code, actors)
        if found:
            return found, True
        found = actors.modifiers(noun, ("poss", "compound", "amod"))
        if found:
            return found, True
        for _, o in prep_objects(noun, "by"):
            found = actors.np_deep(o)
            if found:
                return found, True
        found = participle_doers(noun, actors)
        if found:
            return found, True
    if pattern.frame == "V":
        for o in objects:
            found = actors.modifiers(o, ("poss", "compound", "amod"))
            if found:
                return found, True
            found = participle_doers(o, actors, deep=False)  # "hailed the deal signed by A and B": its doers
            if found:
                return owner_over_leader(o, actors) or found, True
            for word, inner in prep_objects(o):
                if word in ("by", "from", "of"):
                    found = actors.np_deep(inner)
                    if found:
                        return found, True
        if not direct_objects(verb):
            for other in verb.conjuncts:
                if other.i < verb.i:
                    continue
                later = [*direct_objects(other), *(g for w, g in prep_objects(other) if w in ("to", "against", "on"))]
                for o in later:
                    found = actors.np(o)
                    if found:
                        return found, True
    if pattern.code[:2] in XCOMP_TARGET_ROOTS and not (
            pattern.code[:2] == APPEAL_ROOT and unresolved_addressee(verb, actors)):
        for c in verb.children:
            if c.dep_ == "xcomp":
                for o in [*direct_objects(c), *(g for w, g in prep_objects(c) if w in TARGET_PREPS)]:
                    found = actors.np_deep(o)
                    if found:
                        return found, True
    if pattern.code[:2] in PURPOSE_TARGET_ROOTS:
        found = purpose_target(verb, actors) or (purpose_target(noun, actors) if noun is not None else [])
        if found:
            return found, True
    if pattern.code[:2] in CCOMP_TARGET_ROOTS and (pattern.code[:2] != "02" or lemma(verb) in DIRECTIVE_VERBS) or (
        lemma(verb) in HELP_VERBS
    ):
        for c in verb.children:
            if c.dep_ == "ccomp":
                patient = _complained_patient(pattern.code, c, actors)
                subj = subject_token(c) or (agent_token(c) if patient else passive_subject(c))
                # "insisted that its ASEAN neighbours ...": the partners' body
                found = (actors.np(subj) or actors.modifiers(subj, ("compound", "amod", "nmod"))) if subj else []
                if found:
                    return found, True
    if pattern.code[:2] == INVESTIGATE_ROOT:
        found = questioned_subject(verb, actors)
        if found:
            return found, True
    if pattern.code[:2] == "11":
        # last routes: "condemned the coup in B" (CRITICISED ACT'S COUNTRY), "protested after B's ship ..."
        found = criticised_scene(verb, actors) or complaint_occasion(verb, actors)
        if found:
            return found, False
    found = message_addressee(verb, pattern.code, actors)  # "in a message to B, A praised ..."
    if found:
        return found, True
    if pattern.code[:2] in CONDITIONAL_THREAT_ROOTS:
        found = threat_condition(verb, actors)  # "would retaliate if B deployed missiles"
        if found:
            return found, True
    if deferred:
        return deferred, True
    if pattern.code[:2] not in LOCATION_TARGET_ROOTS and not (pattern.curated and pattern.noun):
        return [], False
    thing = noun or (objects[0] if objects else None)
    if thing is not None and pattern.code[:2] == "04" and lemma(thing) in TOPIC_NOUNS:
        thing = None  # the place of what is discussed is a topic, not the venue ("discuss the situation in Chad")
    return location_target(verb, thing, actors), True


PEACEKEEPING = "074"


def mission_theatre(noun: Token, actors: ActorIndex) -> list[Actor]:
    """MISSION'S THEATRE: prolonging the mandate of a body's monitoring mission in B protects B; the
    mission itself (the body's own) is no target."""
    for word, o in prep_objects(noun):
        if word == "of":
            found = [a for w, g in prep_objects(o) if w in ("in", "to") for a in bare_states(actors.np(g))]
            if found:
                return found
    return []


# people who suffer an act rather than answer for it (VICTIM OF A COMPLAINED ACT)
VICTIM_SECTORS = frozenset({"CVL", "PPL", "REL", "REF", "LAB", "EDU", "MED", "HLH", "BUS", "AGR"})


def _complained_patient(code: str, clause: Token, actors: ActorIndex) -> bool:
    """VICTIM OF A COMPLAINED ACT: in "complained that its traders were beaten", "claimed Kenyan
    pilgrims had been locked up", the passive subject -- someone's own people, or people of no office --
    suffered the act complained of; the complaint (11x) is against whoever did it (the "by" agent, if
    named), not them. "claimed that the election board was biased" still blames the board."""
    if code[:2] != DISAPPROVE_ROOT or not is_passive(clause):
        return False
    subj = passive_subject(clause)
    if subj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subj.children):
        return True
    found = actors.np(subj)
    return bool(found) and all(a.code[3:6] in VICTIM_SECTORS or len(a.code) == 3 for a in found)


APPEAL_ROOT = "02"
BENEFICIARY_PREPS = frozenset({"to", "for"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def foreign_addressees(code: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """OWN STATE AMONG THE ADDRESSED: an appeal to "China and Kenya" by China's premier ("urged China and
    Kenya to expand trade") asks Kenya; the speaker's own state is among those who would act, not one he
    appeals to. Only the state or its government, and only beside a foreign party: "urged Kenyan firms and
    Ugandan traders" asks both, and "urged Chinese firms to invest" stays."""
    if code[:2] != APPEAL_ROOT:
        return targets
    own = {s.code[:3] for s in sources}
    kept = [t for t in targets if not (t.code[:3] in own and t.code[3:6] in ("", "GOV"))]
    return kept if any(t.code[:3] not in own for t in kept) and len(kept) < len(targets) else targets


def unresolved_addressee(verb: Token, actors: ActorIndex) -> bool:
    """APPEAL ADDRESSEE: does the appeal name whom it is made to, as no actor ("asked the wider world
    to help B", "urged donors to aid B", "appealed to the delegates to save C")? Then it has no target
    the coder can name: B and C are what is asked for, not whom (CAMEO codes an appeal toward its
    addressee), so the requested act's objects are not read."""
    named = [*direct_objects(verb), *(o for w, o in prep_objects(verb) if w in ADDRESSEE_PREPS)]
    return bool(named) and not any(actors.np_deep(o) for o in named)


INVESTIGATE_ROOT = "09"
QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})


def questioned_subject(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Whom an inquiry is into when it states its object as an embedded question: the subject of
    "investigating **whether** A smuggled ...", "will examine **how** B won the contract"."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "advcl", "xcomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        marked = any(
            (m.dep_ == "mark" and m.lower_ in QUESTION_MARKS) or (m.tag_ in QUESTION_TAGS and m.i < c.i)
            for m in c.children
        )
        subj = subject_token(c) or passive_subject(c)
        if marked and subj is not None and subj.tag_ not in QUESTION_TAGS:
            found = actors.np(subj)
            if found:
                return found
    return []


# DISCUSSED TOPIC: the object of a verb of discussing is what is talked about ("discussed Cyprus",
# "will review the crisis in Darfur", "debated Iran's nuclear plans"), never a party to the talks, which
# are its subject, its "with" phrase or the partners of its meeting.
DISCUSSING_VERBS = frozenset({"discuss", "debate", "review", "examine", "explore", "tackle"})
TOPIC_NOUNS = frozenset(
    {"situation", "issue", "crisis", "question", "matter", "problem", "conflict", "development", "case", "dispute"}
)
INNER_PREPS = frozenset({"of", "into"})
INNER_TARGET_PREPS = frozenset({"with", "to", "against", "on", "by", "from", "for"})


def inner_target(noun: Token, actors: ActorIndex) -> list[Actor]:
    """The target named one phrase down, when an event noun's object is a thing rather than an actor:
    "a freeze of rail traffic **with Bolivia**", "an inquiry into abuses **by Peruvian troops**"
    (whose links, whose crimes)."""
    for word, o in prep_objects(noun):
        if word not in INNER_PREPS or actors.np(o):
            continue
        for inner_word, inner in prep_objects(o):
            if inner_word in INNER_TARGET_PREPS:
                found = actors.np_deep(inner)
                if found:
                    return found
    return []


# Feelings a speaker expresses about what someone did: "gratitude for B's help", "anger at the B raid".
FEELING_NOUNS = frozenset({
    "appreciation", "gratitude", "thanks", "sorrow", "sympathy", "sympathies", "condolence", "condolences",
    "grief", "regret", "regrets", "satisfaction", "dissatisfaction", "displeasure", "anger", "outrage",
    "indignation", "admiration", "solidarity", "shock", "dismay",
})
FEELING_PREPS = frozenset({"for", "over", "about", "at", "on"})
DOER_PREPS = frozenset({"of", "by", "from"})
# a meeting or visit the feeling is about stays an event of its own (``extract.drop_subordinate_hits``
# swallows an event noun inside an act that links actors), and a relation is no one's doing
OCCASION_NOUNS = MEETING_NOUNS | frozenset({"visit", "trip", "tour"})
TIE_NOUNS = frozenset({"relation", "relations", "tie", "ties", "cooperation", "friendship", "partnership"})


def valuing(code: str) -> bool:
    """What one may say of one's ties with B as a comment on B: a statement (01x) or praise (051-053);
    recognition (054) of a relation is no diplomatic recognition of anyone."""
    return code[:2] == "01" or code[:3] in ("051", "052", "053")


def tie_partners(thing: Token, actors: ActorIndex) -> list[Actor]:
    """RELATION'S PARTNER: valuing one's relations with B ("attaches importance to its ties with B",
    "values its friendship with B") is a comment toward B. Other acts on a relation keep their own
    reading: "pushed forward ties with B" is no demand on B, "recognised the cooperation" no recognition."""
    if lemma(thing) not in TIE_NOUNS and thing.lower_ not in TIE_NOUNS:
        return []
    if any(c.dep_ == "poss" and c.pos_ != "PRON" and actors.np(c) for c in thing.children):
        return []  # "respects B's cooperation with C": B's doing, left to the owner's route
    return [a for w, g in prep_objects(thing) if w in ("with", "between") for a in actors.np_deep(g)]


def feeling_occasion(noun: Token, verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """FEELING'S OCCASION: an expressed feeling about a thing someone did is aimed at the doer --
    "gratitude for the help of B", "appreciation for B's support", "anger at the raid by B's troops"
    (the ``of`` phrase of an attack is its victim, not its doer). Sympathy over a loss is with the
    country where it happened ("sorrow over the deaths in a fire in B"). A meeting or visit the feeling
    is about is left to be coded as the event it is. The parser may hang the occasion on the verb that
    expresses the feeling ("expressed sorrow over ...")."""
    if lemma(noun) not in FEELING_NOUNS and noun.lower_ not in FEELING_NOUNS:
        return []
    for word, o in [*prep_objects(noun), *(prep_objects(verb) if noun.head.i == verb.i else [])]:
        if word not in FEELING_PREPS or actors.np(o) or lemma(o) in OCCASION_NOUNS or o.lower_ in OCCASION_NOUNS:
            continue
        doers = ("by",) if lemma(o) in ATTACKS_AND_ASSAULTS else DOER_PREPS  # "the murder of B": B is the victim
        found = actors.modifiers(o, ("poss", "amod", "compound"))
        found = found or [a for w, g in prep_objects(o) if w in doers and lemma(g) not in TIE_NOUNS
                          for a in actors.np_deep(g)][:1]
        if not found and code[:3] == SYMPATHY_WITH_VICTIM:
            found = location_target(o, None, actors) or [
                a for w, g in prep_objects(o) if w == "of" for a in location_target(g, None, actors)][:1]
        if found:
            return found
    return []


GIVING_VERBS = frozenset(
    {"give", "offer", "provide", "contribute", "send", "dispatch", "deploy", "hand", "deliver", "supply", "grant",
     "donate", "lend", "extradite", "transfer", "return"}
)


def recipient(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Whom something is given to ("lent its soldiers **to Chad's leader**", "contribute troops
    **to a force in Liberia**"): with verbs of giving the direct object is the thing given, so the
    ``to`` phrase or indirect object names the target even when the thing given is an actor. The parser
    often hangs the ``to`` phrase on the amount given, its ``in`` phrase or its value (AMOUNT GIVEN)."""
    for word, o in prep_objects(verb):
        if word == "to" and (found := _given_to(o, actors)):
            return found
    return amount_recipient(verb, actors)


def _given_to(o: Token, actors: ActorIndex) -> list[Actor]:
    """The actors of a ``to`` phrase of giving: its own, else those of its ``in`` or ``for`` phrase ("to
    a stabilisation mission in Chad"), else those of its ``of`` phrase when the phrase names someone's
    effort or plan (Class EFFORT SUPPORTED: "lent help to the peace efforts of B": B)."""
    found = actors.np_deep(o)
    for w, inner in prep_objects(o):
        if not found and (w in ("in", "for") or (w == "of" and lemma(o) in AIM_NOUNS)):
            found = actors.np_deep(inner)
    return found


def amount_recipient(verb: Token, actors: ActorIndex) -> list[Actor]:
    """AMOUNT GIVEN: the ``to`` phrase the parser hangs on the thing given, on its ``in`` phrase or on
    its value word: "$5 million in aid to B", "aid worth $9m to B"."""
    for thing in direct_objects(verb):
        for holder in [thing, *(g for w, g in prep_objects(thing) if w == "in"),
                       *(c for c in thing.children if c.dep_ in ("amod", "acl") and c.lower_ in VALUE_WORDS)]:
            found = [a for w, g in prep_objects(holder) if w == "to" for a in _given_to(g, actors)]
            if found:
                return found
    return []


# words that give the value of a thing given: "aid worth $9m to B", "loans totalling $2bn to B"
VALUE_WORDS = frozenset({"worth", "valued", "totalling", "totaling", "amounting"})


def location_target(trigger: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """The country where an undirected event happens ("conferred in Oslo", "drills in Patagonia"), which
    Phoenix/PETRARCH conventions code as the target when the sentence names no other."""
    heads = [trigger] if noun is None else [trigger, noun]
    if noun is not None:
        heads += [o for w, o in prep_objects(noun) if w not in LOCATION_PREPS]
    for head in heads:
        for word, o in prep_objects(head):
            if word not in LOCATION_PREPS or asking_phrase(o):  # "at the request of Norway" is no place
                continue
            if o.lower_ in STATE_MATTERS:  # "mediated in the Somali crisis": a matter, not where it happens
                continue
            if found := phrase_place(o, actors):
                return found
    for here in dateline_here(trigger):
        found = bare_states(actors.np(here))
        if found:
            return found[:1]
    return []


def phrase_place(o: Token, actors: ActorIndex, deep: bool = False) -> list[Actor]:
    """The state a place phrase's object names, or a place inside it names ("at a prison in southern
    Chile", "in the town of Arica"); ``deep``: also through the object's modifiers ("in two Ruritanian
    cafes", ``ActorIndex.np_deep``)."""
    for place in [o] + [inner for w, inner in prep_objects(o) if w in LOCATION_PREPS or w == "of"]:
        found = bare_states((actors.np_deep(place) if deep else actors.np(place)) or named_place_part(place, actors))
        if found:
            return found[:1]
    return []


# Common nouns for a part of a territory: "the Sudan border area", "northern Ruritania's hill country".
LOCATION_NOUNS = PLACE_NOUNS | frozenset(
    {"area", "areas", "zone", "strip", "valley", "outskirts", "suburb", "suburbs", "neighbourhood",
     "neighborhood", "sector", "corridor", "heartland", "highlands", "mountains", "waters", "part", "north",
     "south", "east", "west"}
)


def named_place_part(place: Token, actors: ActorIndex) -> list[Actor]:
    """The state a place noun belongs to by its name modifier or possessor ("in the Sudan border area",
    "in northern Ruritania's Afrin"): only a common noun for a part of a territory
    (``LOCATION_NOUNS``) takes a name modifier, so "in the Iraq war" names no place; a named place
    takes only its possessor."""
    if place.ent_type_ in ("GPE", "LOC", "FAC") and place.pos_ == "PROPN":
        deps: tuple[str, ...] = ("poss",)  # "in northern Ruritania's Afrin": a named place within a state
    elif lemma(place) in LOCATION_NOUNS or place.lower_ in LOCATION_NOUNS:
        deps = ("compound", "poss", "nmod")
    else:
        return []
    return [a for a in actors.modifiers(place, deps) if a.kind in (None, "state", "place")]


def purpose_target(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The party a protest or demand is aimed at, named in its purpose clause ("staged demonstrations
    to demand reforms by Suharto's government", "started a sit-in to protest the junta's refusal")."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp", "acl") and not (c.dep_ == "prep" and c.lower_ in ("in",)):
            continue
        for o in [*direct_objects(c), *(g for _, g in prep_objects(c))]:
            found = actors.np_deep(o) or actors.modifiers(o, ("poss",))
            if not found:
                for _, inner in prep_objects(o):
                    found = actors.np_deep(inner)
                    if found:
                        break
            if found:
                return found
    return []


def meeting_hosts(trigger: Token, actors: ActorIndex) -> list[Actor]:
    """Who receives a visitor: "travelled to Turkey **to meet with Erdogan**" → Erdogan hosts."""
    for c in trigger.children:
        if c.dep_ in ("advcl", "xcomp") and lemma(c) in ("meet", "see", "talk", "hold"):
            for word, o in prep_objects(c):
                if word == "with":
                    return actors.np_deep(o)
            for o in direct_objects(c):
                found = actors.np(o)
                if found:
                    return found
    return []


def is_place(actor: Actor) -> bool:
    """A bare country code stands for a place ("visit to Beirut"), which is visited but does not host."""
    return len(actor.code) == 3 and actor.kind in (None, "state", "place")


def noun_roles(noun: Token, pattern: Pattern, pobj: Token | None, actors: ActorIndex) -> Roles:
    roles = Roles()
    own = actors.at(noun)
    if own and actors.span_of(noun) is not None and actors.span_of(noun).root.i == noun.i:  # type: ignore[union-attr]
        return roles
    sources = actors.modifiers(noun, ("poss", "compound", "amod", "nmod")) or leading_modifier(noun, actors)
    departure = lemma(noun) in DEPARTURE_NOUNS
    for word, o in prep_objects(noun):
        if word in NOUN_SOURCE_PREPS and not sources and not (departure and word == "from"):
            sources = actors.np(o)
    if not sources:
        sources = nominal_agent(noun, actors)
    reception = reception_verb(noun)
    if not sources and reception is not None:  # "drew praise [from A]": the parser hangs "from" on the verb
        sources = [a for w, o in prep_objects(reception) if w in NOUN_SOURCE_PREPS for a in actors.np(o)]
    targets: list[Actor] = []
    if pobj is not None:
        targets = actors.np(pobj)
        if targets and not sources:  # "the visit of X to Y": with the pattern's own target, "of" is the agent
            target_codes = {a.code for a in targets}
            sources = [a for w, o in prep_objects(noun, "of") for a in actors.np(o) if a.code not in target_codes]
    if not targets:
        for word, o in prep_objects(noun):
            if word in NOUN_SOURCE_PREPS or (reception is not None and word in RECEIVED_REASON_PREPS):
                continue
            if word in NOUN_TARGET_PREPS and word != "between":
                found = actors.np_deep(o)
                if found and (sources or word != "of"):
                    targets = found
                    break
                if found and word == "of" and not sources:
                    sources = found
            elif word == "between":
                found = actors.np(o)
                if len(found) >= 2 and not sources:
                    sources = found
    if departure and not targets and sources:  # "the withdrawal of Kenyan troops from Somalia"
        codes = {a.code for a in sources}
        targets = [a for w, o in prep_objects(noun) if w == "from" for a in actors.np_deep(o) if a.code not in codes]
    if not targets:
        targets = inner_target(noun, actors)
        if targets:
            roles.penalty *= 0.85
    if not targets:
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children):
                subj = subject_token(c) or passive_subject(c)
                targets = actors.np(subj) if subj is not None else []
                if targets:
                    break
    if sources and not targets:
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "agent":
            participle = head.head
            subj = passive_subject(participle)
            if subj is not None:
                targets = actors.np(subj) or actors.modifiers(subj, ("poss",))
    if sources and not targets and reception is not None:
        targets = received_by(reception, actors, {a.code for a in sources})
    if sources and not targets and pattern.code[:2] in BENEFIT_ROOTS and _source_by_from(noun, actors, sources):
        targets = beneficiary(noun, actors, {a.code for a in sources})
        if targets:
            roles.penalty *= 0.8
    if sources and not targets and len(sources) < 2 and pattern.code[:2] in LOCATION_TARGET_ROOTS:
        targets = location_target(noun, None, actors)
        if targets:
            roles.penalty *= 0.85
    meeting = pattern.code[:2] == MEETING_ROOT
    if not sources and meeting and (bearer := trip_bearer(noun)) is not None:
        sources = actors.np(bearer)  # ON A TRIP: "a delegation on a visit to B": the delegation goes
        sources = led_group_leader(bearer, sources, actors)
    if not sources and (targets or meeting) and reception is None:  # "came under fire": the subject is hit
        governor = governing_verb(noun)
        # whoever condemns or praises an act did not do it ("Peru deplored the bombing of ..."), but
        # the scene of the evaluation is the evaluator's own ("after his talks with X, Y condemned ...")
        if governor is not None and (
            lemma(governor) not in evaluation_verbs() | CONDEMN_VERBS or is_scene_adjunct(noun, governor)
        ):
            sources, _ = find_sources(governor, actors, depth=3)
            roles.penalty *= 0.85
            if meeting and sources and not targets:  # "is due in Baku for a visit": the clause's place
                home_countries = {a.code[:3] for a in sources}
                for head in [governor, *(c for c in governor.children if c.dep_ == "acomp")]:
                    targets = [a for a in location_target(head, None, actors) if a.code[:3] not in home_countries]
                    if targets:
                        break
    if sources and not targets and pattern.code[:3] == VISIT_CODE:
        targets = awaiting_host(noun, actors, {a.code[:3] for a in sources})
    roles.sources, roles.targets = unique(sources), unique(targets)
    return roles


VISIT_CODE = "042"
# verbs whose subject is the host of a visit they take: those that mark it as still to come, and "welcome",
# "expect", "prepare (for)"
VISIT_HOST_VERBS = AWAITING_VERBS | frozenset({"welcome", "expect", "prepare"})


def awaiting_host(noun: Token, actors: ActorIndex, visitors: set[str]) -> list[Actor]:
    """AWAITED VISIT: a visit with no destination that a state looks forward to, awaits or welcomes
    ("B looks forward to the French president's visit", "B is preparing for a visit by C") is a visit to
    that state: who awaits a visit hosts it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "for"):
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    if not (looked_forward(head) or lemma(head) in VISIT_HOST_VERBS):
        return []
    return [a for a in find_sources(head, actors)[0] if a.code[:3] not in visitors]


# OWNER BY A PHRASE: "seized a boat belonging to the B navy", "a plane owned by B's airline": what is
# acted on belongs to someone named in a participle phrase, and the act is done to that owner
OWNING_PARTICIPLES = {"belong": "to", "own": "by", "operate": "by", "run": "by", "charter": "by"}


def owner_over_leader(thing: Token, actors: ActorIndex) -> list[Actor]:
    """Class OBJECT'S OWNER BEFORE ITS LEADER: "barred a UN monitoring team headed by a Ruritanian
    judge", "barred an EU rights team headed by B's envoy": where a participle on the object names its
    leader, a name modifier of the object, also one the parser hangs as "nmod" or on an inner compound
    ("UN" on "rights"), names whose it is, and the act is done to that owner, not to the leader's
    country."""
    return actors.np_deep(thing)


def stated_owners(thing: Token, actors: ActorIndex) -> list[Actor]:
    """The owner a participle phrase on ``thing`` names (OWNER BY A PHRASE), or []."""
    for c in thing.children:
        prep = OWNING_PARTICIPLES.get(lemma(c)) if c.dep_ == "acl" else None
        if prep is not None:
            found = [a for w, g in prep_objects(c) if w == prep for a in actors.np_deep(g)]
            if found:
                return found
    return []


def named_members(group: Token, actors: ActorIndex) -> list[Actor]:
    """NAMED MEMBERS OF A GROUP NOUN: "pressed Moldova and European countries to ...", which the parser reads
    as one plural noun with the names as its modifiers: the named states are the ones addressed."""
    if lemma(group) not in PARTY_NOUNS or group.tag_ != "NNS":
        return []
    return actors.modifiers(group, ("nmod", "compound"))


# A LED DELEGATION: who leads or heads a delegation, mission or team on a trip makes the trip
LEADING_VERBS = frozenset({"lead", "head"})


def group_led_by(group: Token, actors: ActorIndex) -> list[Actor]:
    """Class GROUP LED BY SOMEONE: "a team led by the Ruritanian envoy met B", "a delegation headed by A's
    deputy premier toured C" -- a group of no stated side, named by who leads it, acts as its leader's side."""
    for c in group.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in LEADING_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    found = [x for o in a.children if o.dep_ == "pobj" for x in actors.np(o)]
                    if found:
                        return found
    return []


def led_group_leader(group: Token, found: list[Actor], actors: ActorIndex) -> list[Actor]:
    """Class A LED DELEGATION: a delegation, mission or team of no stated country that someone leads or
    heads ("A led a delegation on a visit to B", "A will head a mission to tour B") travels as its
    leader's; ``found`` (the group's own actors) otherwise."""
    if group.dep_ != "dobj" or lemma(group.head) not in LEADING_VERBS:
        return found
    if found and not all(a.code.startswith(NO_COUNTRY) for a in found):
        return found
    return find_sources(group.head, actors)[0] or found


def trip_bearer(noun: Token) -> Token | None:
    """Class ON A TRIP: the noun phrase an "on a visit / tour / trip" phrase modifies ("a delegation on a
    visit to B", "the envoy, on his regional tour,") is who makes it; None when the phrase
    hangs on a verb (its subject is then found as for any clause)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return None
    bearer = prep.head
    return bearer if bearer.pos_ in ("NOUN", "PROPN") else None


# The reason given for an act someone receives ("came under fire **over** the Ruritanian treaty",
# "faced criticism **for** its Freedonian ties"): never who gave it, which only "from"/"by" name.
RECEIVED_REASON_PREPS = frozenset({"over", "for", "about"})
# Verbs of receiving an act ("drew criticism from A", "won praise from B", "came under fire from C",
# "faced sanctions from D"): the act's target is the receiving subject.
RECEPTION_VERBS = frozenset({"draw", "receive", "win", "earn", "attract", "get", "face", "come", "incur", "encounter"})
RECEPTION_PREPS = frozenset({"under"})


def reception_verb(noun: Token) -> Token | None:
    """The verb of receiving whose object is ``noun``: "drew/won/faced <noun>", "came under <noun>"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in RECEPTION_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and lemma(head) in RECEPTION_VERBS else None


def received_by(verb: Token, actors: ActorIndex, exclude: set[str]) -> list[Actor]:
    """The receiver of a nominal act told from its object side: the subject of "drew/won/faced <act>
    from A" or "came under <act> from A", or the subject's owner ("B's decision drew praise from A"
    is praise of B)."""
    subj = subject_token(verb)
    if subj is None:
        return []
    found = actors.np(subj) or actors.modifiers(subj, ("poss", "compound", "amod"))
    return [a for a in found if a.code not in exclude]


def _source_by_from(noun: Token, actors: ActorIndex, sources: list[Actor]) -> bool:
    codes = {a.code for a in sources}
    return any(word == "from" and {a.code for a in actors.np(o)} & codes for word, o in prep_objects(noun))


def beneficiary(noun: Token, actors: ActorIndex, exclude: set[str], hops: int = 4) -> list[Actor]:
    """Who receives "support from X" when the phrase names no recipient: the nearest owner or subject
    up the tree ("Maduro's efforts to secure allies beyond the support from Russia" → Maduro).
    Only "from X" support phrases ask this: they presuppose a recipient the sentence is about."""
    tok = noun
    for _ in range(hops):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        owners = actors.modifiers(tok, ("poss",))
        subj = subject_token(tok) if tok.pos_ in ("VERB", "AUX") else None
        if not owners and subj is not None:
            owners = actors.np(subj)
        owners = [a for a in owners if a.code not in exclude]
        if owners:
            return owners
    return []


# Prepositions that set the scene of a clause ("during talks with X", "after a meeting with Y", "at a
# press briefing beside Z"): the event noun they introduce is the clause subject's own occasion.
SCENE_PREPS = frozenset({"during", "at", "in", "after", "before", "following", "amid", "ahead", "on"})


def is_scene_adjunct(noun: Token, governor: Token) -> bool:
    """Is ``noun`` the object of a scene-setting preposition hung directly on ``governor``?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
        return False
    if prep.lower_ == "ahead":  # "ahead of talks with X"
        return False
    return prep.head.i == governor.i


def governing_verb(noun: Token) -> Token | None:
    tok = noun
    for _ in range(4):
        ahead = tok.dep_ == "advmod" and tok.lower_ in AHEAD_WORDS
        if tok.dep_ not in ("pobj", "prep", "dobj", "attr") and not ahead:
            return None
        tok = tok.head
        if tok.dep_ == "prep":  # PARTICIPIAL PREPOSITION: "following talks", "regarding", "pending"
            continue
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):  # "is due in Baku for a visit"
            return tok
    return None


# Adverbs of compound prepositions that place an event noun later than the clause ("**ahead of** talks
# with X", "**prior to** his visit to Y"): the parser hangs the phrase on them as adverbs.
AHEAD_WORDS = frozenset({"ahead", "prior"})


def upcoming_noun(noun: Token) -> bool:
    """Is the event noun still to come when its clause happens ("released prisoners **ahead of talks**
    with X", "**prior to his visit** to Y", "**before the summit** with Z")? It is planned, not done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "advmod") or prep.head.i == prep.i:
        return False
    if prep.lower_ == "before":
        return True
    return prep.lower_ in ("of", "to") and prep.head.lower_ in AHEAD_WORDS


def localize(found: list[Actor], trigger: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """Give actors of unknown country ("---OPP": "demonstrators") the country where the event happens
    ("... scatter marchers in Quito" → ECUOPP, "pupils across Bolivia" → BOLEDU); outsiders by
    definition ("illegal immigrants", "refugees") keep their unknown country."""
    if not any(a.code.startswith("---") for a in found):
        return found
    event_place = location_target(trigger, noun, actors)
    out: list[Actor] = []
    for a in found:
        if not a.code.startswith("---") or len(a.code) <= 3:
            out.append(a)
            continue
        span = actors.span_holding(a)
        if span is not None and said_not_local(span.root):
            out.append(a)
            continue
        place = _own_place(span.root, actors) if span is not None else []
        place = place or event_place
        country = place[0].country if place else None
        out.append(
            replace(a, code=country + a.code[3:], country=country, confidence=a.confidence * 0.9) if country else a
        )
    return out


def keep_said_foreign(before: list[Actor], after: list[Actor], actors: ActorIndex) -> list[Actor]:
    """Class SAID TO BE FOREIGN, NO COUNTRY GUESSED: people the text calls foreign ("foreign workers
    kidnapped off the coast of X", "expatriate engineers seized in Y") are said *not* to be of the place,
    the source's state or the article's: the rules that give a countryless actor a country from those
    (``localize``, ``domestic_targets``, ``accused_support_targets``, each one actor in, one out) leave
    them countryless. Their side is then unidentified, as the guidelines want when no nationality is
    stated."""
    out = []
    for old, new in zip(before, after, strict=True):
        span = actors.span_holding(old) if old.code.startswith("---") and new is not old else None
        out.append(old if span is not None and said_not_local(span.root) else new)
    return out


FORCE_POSTURE_ROOT = "15"
BORDER_PREPS = frozenset({"along", "near", "on", "at", "to", "toward", "towards"})


# PERMITTED PARTY: the one a permission acts on is the one let do something, the subject the parser gives the
# complement ("allowed B to open an office", "let B's ships dock"), or the state its modifier names ("allowed UN
# aircraft to land": the UN). A result participle (", allowing B to ...") tells what a thing made possible, and
# its subject is no permitter: it is left alone.
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise"})


def permitted_party(verb: Token, actors: ActorIndex) -> list[Actor]:
    """PERMITTED PARTY: the actor of the complement's subject of a permitting verb, or of its modifiers."""
    if lemma(verb) not in PERMITTING_VERBS or (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")):
        return []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                return actors.np(subj) or actors.modifiers(subj, ("compound", "amod", "poss", "nmod"))
    return []


# EVALUATED TOPIC: an optimistic or pessimistic comment (013, 012) "about" or "regarding" something is on the
# actor that thing names or belongs to ("voiced concern about B's missile plans", "was upbeat regarding B")
COMMENT_CODES = frozenset({"012", "013"})
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})


def commented_topic(verb: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """EVALUATED TOPIC: the actor of what an expressed concern, doubt or hope is about, whether the
    phrase hangs on the feeling noun or on the verb."""
    for word, o in [*(prep_objects(noun) if noun is not None else []), *prep_objects(verb)]:
        if word in TOPIC_PREPS and (found := actors.np_deep(o)):
            return found
    return []


def border_faced(verb: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """The state a show of force faces across a border ("massed troops near the border with B", "deployed
    its troops along the B border"): the border's other state, by its modifier or its "with" phrase."""
    phrases = prep_objects(verb) + (prep_objects(noun) if noun is not None else [])
    for word, o in phrases:
        if word not in BORDER_PREPS or lemma(o) not in BORDER_NOUNS:
            continue
        found = actors.np(o) or actors.modifiers(o, ("compound", "amod", "poss", "nmod")) or [
            a for w, g in prep_objects(o) if w == "with" for a in actors.np_deep(g)]
        if found:
            return found
    return []


def own_forces_as_instrument(code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """Class OWN FORCES ARE THE INSTRUMENT: a show of force (CAMEO 15: mobilising, alerting, deploying)
    whose only targets are the source's own troops, police or agents ("the authorities mobilised 35,000
    police to guard against attacks", "ordered the army on alert") names what is mobilised, not whom the
    posture is aimed at: no dyad, as the guidelines want when no target is identifiable."""
    if code[:2] != FORCE_POSTURE_ROOT or not targets or not sources:
        return False
    own = {s.code[:3] for s in sources}
    return all(t.code[:3] in own and t.code[3:6] in COMMANDED_SECTORS for t in targets)


def own_state_investigated(code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """Class OWN STATE AS INQUIRY TARGET: a state's police, prosecutors or officials investigating a matter
    whose only stated party is their own state, named by a place in it ("detectives opened an inquiry
    into the shooting in Paris", "prosecutors investigate the blast in the capital"), investigate a crime
    at home, not a party: the place is the crime's scene. No dyad, as the guidelines want when no target
    is identifiable. A state organ investigating another state ("... into arms sales by Ruritania") or a
    named group of its own country (a sector code, "investigated opposition leaders") is kept."""
    if code[:2] != INVESTIGATE_ROOT or not targets or not sources:
        return False
    own = {s.code[:3] for s in sources}
    return all(len(t.code) == 3 and t.code in own for t in targets)


FOREIGN_SECTORS = frozenset({"MIL", "SPY"})  # troops or agents named without a country may well be foreign
# Roots of violence (assault, fight, mass violence): a state named bare as their source acts through its
# forces, which strike abroad as often as at home.
VIOLENT_ROOTS = ARMED_ROOTS


def sole_country(actors: list[Actor]) -> str | None:
    """The one state all these actors belong to, if they share one (no ``COUNTRYLESS_ROOTS`` root)."""
    countries = {a.code[:3] for a in actors}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return None if country in COUNTRYLESS_ROOTS or not country.isalpha() else country


def domestic_targets(targets: list[Actor], sources: list[Actor], code: str) -> list[Actor]:
    """Give a target of unknown country ("demonstrators", "opposition candidates", "Shona rebels") the
    country of a national source when the sentence says nothing else: a government, its police or its
    rebels acting on an unplaced group act at home ("police dispersed demonstrators"). Run after
    ``localize``, so a stated place wins; armed forces of unknown country are left alone, so are the
    unplaced targets of a state's armed forces or agents, or of a state's violence told with the bare state
    as its doer ("an Israeli raid killed three people"): they strike abroad as often as at home; and so are
    meetings (an unnamed counterpart in talks is usually foreign) and reversed patterns ("faces
    pressure from Congress"), whose target slot holds the acting party."""
    country = sole_country(sources) if code and code[:2] != "04" else None
    if country is None or any(a.code[3:6] in FOREIGN_SECTORS for a in sources):
        return targets
    if code[:2] in VIOLENT_ROOTS and any(len(a.code) == 3 for a in sources):
        return targets  # STATE'S ATTACK ABROAD: "a Ruritanian air strike killed four people" says nothing of theirs
    out: list[Actor] = []
    for t in targets:
        if t.code.startswith("---") and len(t.code) > 3 and (
                t.code[3:6] not in FOREIGN_SECTORS or own_army_of_challengers(t, sources)):
            t = replace(t, code=country + t.code[3:], country=country, confidence=t.confidence * 0.8)
        out.append(t)
    return out


# Sectors that rise against their own state; and the words that name a state's standing army at home
# (not "troops", "soldiers" or "forces", which a state sends abroad as often as it keeps them home).
HOME_CHALLENGERS = frozenset({"REB", "INS", "OPP", "UAF"})
HOME_ARMY_WORDS = frozenset({"army", "armies", "military", "militaries", "armed forces", "national army",
                             "national guard", "gendarmerie", "junta"})


def own_army_of_challengers(target: Actor, sources: list[Actor]) -> bool:
    """Class CHALLENGERS FIGHT THEIR OWN ARMY: "Chadian rebels attacked the army", "Burmese insurgents
    ambushed a military convoy" — rebels, insurgents or an opposition of one state, acting on a bare
    "army" or "military", act on their own state's army: that is what makes them rebels. Only these
    words: "troops", "soldiers" or "forces" with no country may be another state's sent abroad."""
    if not sources or not all(a.code[3:6] in HOME_CHALLENGERS for a in sources) or target.code[3:6] != "MIL":
        return False
    words = (target.text or "").lower().replace("the ", " ").split()
    text = " ".join(words)
    return any(text == w or text.endswith(" " + w) or text.startswith(w + " ") for w in HOME_ARMY_WORDS)


DOMESTIC_ORGANS = frozenset({"JUD", "COP", "LEG", "OPP"})  # an opposition opposes its own government
# Sectors of private people and bodies: a nationality on them says where they are from, not where the act
# is (PEOPLE OF ANOTHER STATE: "police arrested Bolivian smugglers", "police detained Ghanaian traders").
PRIVATE_SECTORS = frozenset({"CVL", "CRM", "REF", "BUS", "MED", "LAB", "EDU", "HLH", "AGR", "PPL", "MNC", "NGO"})


# Class ATTACK ON A STATE'S ORGANS AT HOME: rebels, insurgents, an opposition, or unidentified attackers
# ("gunmen", Phoenix UAF) who take on a state's government, police, courts or legislature act where those
# organs are, at home, and are that state's, as the guidelines code unidentified gunmen by the place. Not
# so when they take on its army, diplomats or people, who are often abroad ("gunmen attacked a Ruritanian
# convoy", "... the Ruritanian embassy", "kidnapped two Ruritanian engineers").
HOME_ORGAN_TARGETS = frozenset({"COP", "JUD", "LEG", "GOV"})
DIPLOMATIC_WORDS = re.compile(r"\b(embass|consul|diplomat|envoy|ambassador|mission|delegat|attach)", re.I)


def domestic_sources(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """A court, police force, legislature or opposition named without a country acts at home: when all its
    targets are of one country ("Judge X opened investigations against Chilean officials"), it is that
    country's. Governments and armies are left alone: they act abroad as often as at home. Private people
    of a state (``PRIVATE_SECTORS``) travel, trade and smuggle abroad, so their nationality lends none.

    Class REBELS AGAINST THEIR GOVERNMENT: rebels or insurgents named without a country whose targets are
    all one state's government or its leaders ("guerrillas vowed to topple the president", "insurgents
    rejected the cabinet's offer") are that state's: rising against a government is what makes rebels
    its own (``own_army_of_challengers`` reads the same class from the other side). Against an army or
    a bare state name they may be foreign fighters, and are left alone. ATTACK ON A STATE'S ORGANS AT
    HOME widens the targets to the state's police, courts and legislature (not its diplomats), and the
    challengers to unidentified attackers: "gunmen stormed a Ruritanian police station"."""
    country = sole_country(targets)
    if country is None or any(t.code[3:6] in PRIVATE_SECTORS for t in targets):
        return sources
    organs = all(t.code[3:6] in HOME_ORGAN_TARGETS and not DIPLOMATIC_WORDS.search(t.text) for t in targets)
    return [replace(s, code=country + s.code[3:], country=country, confidence=s.confidence * 0.8)
            if s.code.startswith("---") and (s.code[3:6] in DOMESTIC_ORGANS
                                             or (organs and s.code[3:6] in HOME_CHALLENGERS))
            else s for s in sources]


def _own_place(root: Token, actors: ActorIndex) -> list[Actor]:
    """Where an actor mention is placed: its own phrase, or — for a modifier ("**rebel** positions in
    Syria") — the phrase of the noun it modifies."""
    found = home_place(root, actors)
    if not found and root.dep_ in ("compound", "amod") and root.head.i != root.i:
        found = home_place(root.head, actors)
    return found


def home_place(noun: Token, actors: ActorIndex) -> list[Actor]:
    """Where an actor is, from its own phrase: "demonstrators in Monrovia", or a participle that
    places it ("a radio station **based in** Quito", "rebels **active in** Chad")."""
    found = location_target(noun, None, actors)
    for c in noun.children:
        if found:
            break
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            found = location_target(c, None, actors)
    return found


def container_preps(noun: Token) -> list[tuple[str, Token]]:
    """Prepositional phrases of the collective a noun is the ``of``-phrase of: "a team of monitors
    **from the AU**" → the monitors come from the AU."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i:
        return []
    container = noun.head.head
    if lemma(container) not in COLLECTIVE_NOUNS and lemma(container) not in QUANTITY_NOUNS:
        return []
    return [(w, o) for w, o in prep_objects(container) if w != "of"]


GRIEVANCE_PREPS = ("over", "about", "against")


# JUDGED ACT'S OWNER: codes of judging another's conduct (praise, verbal defence, disapproval, criticism)
JUDGING_CODES = frozenset({"051", "052", "110", "111"})
# nouns for what is done to their owner ("B's arrest", "the B leader's release"): the owner undergoes the act
UNDERGONE_NOUNS = frozenset({
    "sentence", "verdict", "conviction", "death", "execution", "arrest", "detention", "imprisonment", "jailing",
    "trial", "acquittal", "release", "killing", "murder", "assassination", "kidnapping", "abduction", "ouster",
    "overthrow", "removal", "dismissal", "expulsion", "extradition", "deportation", "defeat", "capture",
    "indictment", "impeachment",
})
# nouns for a standing relation, whose modifiers are its parties rather than an author
STANDING_RELATIONS = frozenset({"tie", "relation", "relationship", "friendship", "partnership", "cooperation",
                                "co-operation", "link", "contact", "alliance"})


def shifted_object(verb: Token) -> list[Token]:
    """OBJECT SHIFTED PAST ITS PREDICATE: "denounced as a crime B's crackdown": a long object follows the verb's
    "as" phrase, and the parser makes it an apposition of the predicate noun. With no direct object, that
    apposition is the object."""
    if direct_objects(verb):
        return []
    return [a for w, o in prep_objects(verb) if w == "as" for a in o.children if a.dep_ == "appos"]


RESPONSE_VERBS = frozenset({"respond", "react", "retaliate"})
AGGRESSION_NOUNS = frozenset({"attack", "aggression", "incursion", "provocation", "invasion", "assault", "intrusion",
                              "raid", "offensive", "bombing", "shelling"})


def response_aggressor(verb: Token, actors: ActorIndex) -> list[Actor] | None:
    """RESPONSE TO AGGRESSION: who responds, reacts or retaliates to an attack acts against its author
    ("will respond to any attack by B", "retaliated against the B raid"), named by the noun's by-phrase,
    possessor, compound or nationality adjective; the attack's own target ("the attack on C's pipeline")
    is its victim, not whom the response is aimed at. None when the verb answers no aggression noun;
    an empty list when the aggression has no named author."""
    if lemma(verb) not in RESPONSE_VERBS:
        return None
    for word, o in prep_objects(verb):
        if word in ("to", "against") and lemma(o) in AGGRESSION_NOUNS:
            return actors.modifiers(o, ("poss", "compound", "amod")) or [
                a for w, g in prep_objects(o) if w in MAKER_PREPS for a in actors.np_deep(g)]
    return None


def judged_act_owner(verb: Token, noun: Token | None, code: str, actors: ActorIndex) -> list[Actor]:
    """JUDGED ACT'S OWNER: praising or criticising what another did ("praised B's aid to C", "criticised
    the B arms sales to C", "welcomed B's offer of loans to C") judges its owner B. The parser often hangs
    the act's "to C" on the judging verb, where it reads as the target, and C merely gains from or suffers
    the act. The owner is a possessor, a compound or a nationality adjective on the verb's object (the
    pattern's own noun included) that names no actor itself. An act the owner undergoes ("B's arrest") and a
    relation whose parties the modifiers are ("B's ties to C") name no author, and keep the old reading; once
    the act's "of" phrase names who undergoes it ("B's arrest of C's officials"), B is its author again."""
    if code[:3] not in JUDGING_CODES:
        return []
    for o in direct_objects(verb) or shifted_object(verb):
        if own := actors.np(o):
            if o.dep_ == "appos":  # the shifted object is itself an actor
                return own
            continue
        undergone = lemma(o) in UNDERGONE_NOUNS and not prep_objects(o, "of")
        if undergone or lemma(o) in STANDING_RELATIONS:
            continue
        found = actors.modifiers(o, ("poss", "compound", "amod")) or relative_doer(o, actors) \
            or located_process(o, verb, actors)
        if found:
            return found
    return []


def relative_doer(noun: Token, actors: ActorIndex) -> list[Actor]:
    """RELATIVE-CLAUSE OWNER: "praised the efforts B has made", "supports the role B plays": the subject of
    the relative clause on a judged act is whose act it is."""
    for clause in noun.children:
        if clause.dep_ == "relcl":
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in REL_PRONOUNS and (found := actors.np(subject)):
                return found
    return []


# Nouns of a political process or situation that a place locates ("the peace process in B")
PROCESS_NOUNS = frozenset({"process", "transition", "reconciliation", "reconstruction", "reform", "election",
                           "referendum", "situation", "democracy", "democratization", "democratisation", "stability",
                           "recovery", "development"})


def located_process(noun: Token, verb: Token, actors: ActorIndex) -> list[Actor]:
    """LOCATED PROCESS: "supports the peace process in B", "welcomed the reconciliation process in B",
    "criticised the situation in B": a judged process or situation is the state's where it unfolds. The
    parser often hangs the "in" phrase on the verb; right after the noun, it is still the noun's."""
    if lemma(noun) not in PROCESS_NOUNS:
        return []
    hung = [(w, o) for w, o in prep_objects(verb) if o.head.i == noun.i + 1]
    return [a for w, o in [*prep_objects(noun), *hung] if w == "in" for a in actors.np(o)]


def evaluated_object(verb: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """The party a criticism names as its direct object is the one criticised: "faulted Chile
    **over** Peruvian smuggling", "rebuked Oslo over the Danish catch" target Chile and Oslo; the
    ``over``/``about`` phrase gives the reason, and an actor inside it is not the target. Voiced
    anger or displeasure targets whom it is **at** or **with**. Only the object's own actor counts
    ("condemned the Ruritanian raid" leaves the raid's doer to ``grievance_target``)."""
    for o in direct_objects(verb):
        if noun is not None and o.i == noun.i:
            continue
        found = actors.np(o)
        if found:
            return found
    if noun is not None:  # "voiced anger **at** Oslo over the Danish catch": whom the anger is at
        for word, o in [*prep_objects(verb), *prep_objects(noun)]:
            found = actors.np(o) if word in ("at", "with") and o.ent_type_ not in SITE_ENTS else []
            if found:
                return found
    return []


LOSS_NOUNS = frozenset({"death", "killing", "loss", "passing", "demise", "murder", "assassination"})
MOURNERS = frozenset({"family", "families", "relative", "relatives", "people", "victim", "victims", "kin"})


def condoled_loss(verb: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """CONDOLED LOSS: sympathy "over the killing of B's envoy" or "to relatives of B's soldiers" is
    toward the state that lost them, where no actor is addressed ("condolences to B")."""
    preps = [*prep_objects(verb), *(prep_objects(noun) if noun is not None else [])]
    addressed = [a for w, o in preps if w == "to" and o.lower_ not in MOURNERS for a in actors.np(o)]
    if addressed:
        return addressed
    for _, o in preps:
        if lemma(o) in LOSS_NOUNS or o.lower_ in MOURNERS:
            found = [a for w, inner in prep_objects(o) if w == "of" for a in actors.np_deep(inner)]
            if found:
                return found
    return []


PRAISE_CODE = "051"
ACCORD_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "truce", "ceasefire", "cease-fire",
                          "settlement", "compromise", "understanding", "memorandum"})


def welcomed_accord_parties(verb: Token, actors: ActorIndex) -> list[Actor]:
    """WELCOMED ACCORD: "welcomed the agreement reached between A and B", "hailed the truce between A
    and B": the parties to the accord are those the endorsement is about (051 toward each), where no
    actor is the verb's own object."""
    for o in direct_objects(verb):
        if lemma(o) not in ACCORD_NOUNS or actors.np(o):
            continue
        tokens = [o, *(c for c in o.children if c.dep_ in ("acl", "relcl"))]
        parties = between_parties_of(tokens, actors)
        if parties:
            return parties
    return []


# Places that are sites, not states: anger voiced "at" a building or a region is no one's target.
SITE_ENTS = frozenset({"FAC", "LOC"})


def grievance_target(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Whom a complaint is about, not whom it is addressed to: "complained **to the UN** over
    **Israeli** air raids" accuses Israel. Read from an ``over``/``about``/``against`` phrase: its
    actor, or the nationality or possessor of the thing complained about; or the agent of a
    condemned act ("condemned the expulsion of its diplomats **by Austria**")."""
    for word, o in prep_objects(verb):
        if word in GRIEVANCE_PREPS:
            found = actors.np_deep(o) or actors.modifiers(o, ("poss", "amod", "compound"))
            if found:
                return found
    for o in verb.children:
        if o.dep_ == "dobj" and o.pos_ == "NOUN":
            found = nominal_agent(o, actors)
            if found:
                return found
    return []


# Nouns of leaving a place: their "from" phrase is the place left, the target ("the withdrawal of
# Kenyan troops from Somalia", "Ruritania's pullout from the talks"), not the source as in "a letter
# from X"; their "of" phrase is who leaves.
DEPARTURE_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit", "pullback"})
# "a Ruritanian-led offensive": the hyphenated leader of an event noun does it.
LEADING_PARTICIPLES = frozenset({"lead", "led", "spearhead", "spearheaded"})


def leading_modifier(noun: Token, actors: ActorIndex) -> list[Actor]:
    """The actor joined by a hyphen to a "-led" participle on an event noun ("a Ruritanian-led
    offensive", "the Freedonian-led bombing of ..."): whoever leads an act does it. Only "led": a state that
    backs, funds or arms an act ("US-backed offensive") is not its doer."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and (lemma(c) in LEADING_PARTICIPLES or c.lower_ in LEADING_PARTICIPLES):
            found = [a for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") for a in actors.np(g)]
            if found:
                return found
    return []


def nominal_agent(noun: Token, actors: ActorIndex) -> list[Actor]:
    """The "by" agent of an event noun, on the noun itself or — where the parser hangs it on the
    noun's "of" object — on that object: "the expulsion of Turkish diplomats **by Austria**"."""
    for word, o in prep_objects(noun):
        if word == "by":
            return actors.np(o)
        if word == "of":
            for inner, agent in prep_objects(o):
                if inner == "by":
                    return actors.np(agent)
    return []


ATTACK_MEANS = frozenset({
    "bomb", "bombing", "blast", "explosion", "explosive", "device", "ied", "mine", "minefield", "landmine",
    "rocket", "missile", "mortar", "shell", "shelling", "grenade", "car-bomb", "gunman", "assailant",
    "attacker", "sniper", "gunfire", "ambush", "attack", "strike", "airstrike", "raid", "bombardment",
})


def attack_means(verb: Token) -> Token | None:
    """The weapon or unnamed attacker an assault is told through when no actor commits it: the
    subject ("a car **bombing** wounded …"), the passive agent ("killed by an explosive
    **device**") or, for an agentless passive, its instrument phrase ("killed in a car **bombing**")."""
    subj = subject_token(verb) if not is_passive(verb) else agent_token(verb)
    if subj is not None:
        return subj if lemma(subj) in ATTACK_MEANS else None
    if is_passive(verb):
        for word, o in prep_objects(verb):
            if word in ("in", "by", "during") and lemma(o) in ATTACK_MEANS:
                return o
    return None


NEARBY_PREPS = ("near", "outside", "around", "off", "over")


def _nearby_place(verb: Token, means: Token | None, actors: ActorIndex) -> list[Actor]:
    """A place the event is near or over ("near the village of Tarma", "outside of the Bolivian city of
    Oruro", "downed above northern Chad")."""
    for prep in list(verb.children) + ([] if means is None else list(means.children)):
        if prep.dep_ != "prep" or prep.lower_ not in NEARBY_PREPS:
            continue
        for tok in prep.subtree:
            found = bare_states(actors.np(tok))
            if found:
                return found[:1]
    return []


def _victims_place(verb: Token, actors: ActorIndex) -> list[Actor]:
    """Where the victims were, when the parser hangs the place on them rather than on the act ("killed
    two Ruritanian surveyors **in** Borduria"): still where the assault happened, so a better guess
    at the attackers' country than the victims' own nationality."""
    for obj in direct_objects(verb):
        found = home_place(obj, actors)
        if found:
            return found
    return []


NATIONALITY_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


SCENE_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "of", "inside", "off", "across"})


def _victims_scene_country(verb: Token, targets: list[Actor], actors: ActorIndex) -> str | None:
    """The victims' own country when the sentence also names it as a scene, wherever the parser hung
    that place ("Two Kenyan policemen were shot in an ambush by bandits in the northern Kenyan
    county of Marsabit"): a nationality confirmed by the place, not guessed from the victims. A
    place of another country ("Kenyan soldiers ... near Kismayo") confirms nothing."""
    victims = {t.country for t in targets if t.country}
    if len(victims) != 1:
        return None
    scene: set[str] = set()
    for tok in verb.sent:
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PLACE_PREPS:
            if tok.ent_type_ in PLACE_ENTS and tok.pos_ == "PROPN":
                found = actors.np(tok)
            elif lemma(tok) in LOCATION_NOUNS or tok.lower_ in LOCATION_NOUNS:
                found = actors.modifiers(tok, ("amod", "compound", "nmod", "poss"))
            else:
                continue
            scene |= {a.country for a in found if is_place(a) and a.country}
        elif tok.dep_ == "dobj" and tok.head.i == verb.i and tok.ent_type_ in PLACE_ENTS:
            scene |= {a.country for a in actors.np(tok) if is_place(a) and a.country}  # "rockets hit Freedonia"
    country = victims.pop()
    return country if country in scene else None


def _placed_victims_country(targets: list[Actor], actors: ActorIndex) -> str | None:
    """The victims' country when their own phrase names where they were ("five civilians **in
    Kabul**", one mention for the parser): that is a place. A nationality ("two Italian
    engineers", "four Kenyan soldiers near Kismayo") is not, and tells nothing of where the attack
    happened or who made it."""
    countries = set()
    for t in targets:
        span = actors.span_holding(t)
        if not t.country or span is None:
            continue
        placed = any(tok.dep_ == "pobj" and tok.ent_type_ in PLACE_ENTS and tok.pos_ == "PROPN" for tok in span)
        national = any(tok.dep_ in NATIONALITY_DEPS and tok.ent_type_ in ("GPE", "NORP") for tok in span)
        if placed and not national:
            countries.add(t.country)
    return countries.pop() if len(countries) == 1 else None


# STRUCK PLACE: a building or place compounded to an attack noun is what was attacked ("the embassy
# bombing", "a market bombing", "the border post raid"), so whose it is says who was hit, not who struck
STRUCK_NOUNS = PLACE_NOUNS | frozenset({
    "embassy", "consulate", "mission", "market", "hotel", "mosque", "church", "temple", "synagogue", "shrine",
    "school", "hospital", "office", "headquarters", "station", "airport", "barracks", "compound", "building",
    "restaurant", "nightclub", "club", "checkpoint", "post", "court", "courthouse", "ministry", "parliament",
    "bus", "train", "subway", "metro", "pipeline", "residence", "palace", "bank", "cafe",
})  # fmt: skip


def struck_compound(means: Token, actor: Actor, actors: ActorIndex) -> bool:
    """Is ``actor`` read off a place or building compounded to the attack noun ``means``, or off that
    place's own modifier ("the **Uganda embassy** bombing", "the **Chile** hotel bombing"): the thing struck
    (STRUCK PLACE), not the weapon's owner?"""
    span = actors.span_holding(actor)
    return span is not None and any(
        c.dep_ == "compound" and lemma(c) in STRUCK_NOUNS and c.left_edge.i <= span.start and span.end - 1 <= c.i
        for c in means.children)


def unidentified_attackers(verb: Token, code: str, targets: list[Actor], actors: ActorIndex,
                           placed: bool = True) -> list[Actor]:
    """Who commits an assault told only through its weapon: the weapon's owner ("an **Israeli** air
    strike") or stated user ("a missile fired **by rebels**"), else unidentified armed forces (``UAF``,
    the Phoenix agent for them) of the country where it happened — the place in the sentence (of the
    act, its weapon, or its victims). Never the victims' own nationality: "a bomb killed three French
    tourists" says nothing of who set it or where, so with no place named there is no event. An
    accidental blast ("a gas explosion") has no attacker at all. The place is asked only when ``placed``
    (``Conventions.weapon_attackers_of_place``): under analyst conventions a weapon with no owner or user
    names no attacker (NO AGENT NAMED)."""
    if code[:2] not in ARMED_ROOTS or not targets:
        return []
    means = attack_means(verb)
    if means is None or accidental_blast(means):
        return []  # "killed in a methane explosion": an accident, nobody attacked
    owners = [a for a in actors.modifiers(means, ("poss", "amod", "compound"))  # "in a Ruritanian drone raid"
              if not struck_compound(means, a, actors)]
    if owners:
        return [replace(a, confidence=a.confidence * 0.8) for a in owners]
    for tok in means.subtree:  # "a shell thought to be launched by separatist militias": the weapon's user
        agent = agent_token(tok) if tok.pos_ == "VERB" and tok.i != means.i else None
        found = actors.np(agent) if agent is not None else []
        if found:
            return [replace(a, confidence=a.confidence * 0.8) for a in found]
    if not placed:
        return []  # analyst conventions: a weapon with no owner or user names no attacker
    place = (
        location_target(verb, means, actors)
        or home_place(means, actors)
        or _nearby_place(verb, means, actors)
        or _victims_place(verb, actors)
    )
    country = place[0].country if place else (
        _placed_victims_country(targets, actors) or _victims_scene_country(verb, targets, actors)
    )
    if not country or not country.isalpha():
        return []
    code = country + "UAF"
    return [Actor(text=means.text, code=code, entity_id=f"sector:{code}", name=f"unidentified attackers ({country})",
                  country=country, sector="UAF", kind="sector", confidence=0.6,
                  how=f"unidentified attackers: assault told through {means.text!r}")]



# "Kenya-Uganda cooperation", "Sino-Japanese friendship": a relationship noun whose parties come only
# from a paired modifier names a standing relation, not something either side did; talks, clashes
# or a summit so named ("Kenya-Uganda talks") are still events.
STANDING_RELATION_ROOTS = frozenset({"03", "05", "06", "07", "08"})
# RELATION NOUN: "cooperation" names how parties stand with each other, whoever it is said of ("the
# cooperation between A and B has grown", "praised A's cooperation with B"); standing alone it is no
# occurrence. A verb that makes it an act keeps it ("agreed to extend cooperation", "offered its
# cooperation"): those reach it as the object of the verb, not as a nominal event.
RELATION_NOUNS = frozenset({"cooperation"})


def standing_relation(noun: Token, code: str, roles: Roles, actors: ActorIndex) -> bool:
    """Is a nominal event only a relation: a relation noun, or one named by a paired modifier ("X-Y
    cooperation")?"""
    if code[:2] not in STANDING_RELATION_ROOTS:
        return False
    if lemma(noun) in RELATION_NOUNS:
        return True
    if roles.targets and len(roles.sources) < 2:
        return False
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and len(actors.np(c)) >= 2:
            paired = {a.code for a in actors.np(c)}
            return {a.code for a in roles.sources} | {a.code for a in roles.targets} <= paired
    return False


# Who takes part in a gathering told without a subject ("a summit will be held in Nairobi **with the
# participation of** A and B", "talks **attended by** A and B"): its participants, who meet each other.
PARTICIPATION_NOUNS = frozenset({"participation", "presence", "attendance"})
ATTENDING_VERBS = frozenset({"attend", "join"})
# words of attending a gathering told by its noun ("attended a forum", "took part in the conference", "will
# be present at Friday's conference", "participated in the summit")
ATTENDANCE_WORDS = frozenset({"attend", "join", "participate", "present", "part", "represent"})
CO_ATTENDEE_PARTIES = 3
# gatherings of many parties: two that attend one ("A and B attended the summit") are guests of it too,
# where two at talks or a meeting meet each other
MULTILATERAL_GATHERINGS = frozenset({
    "summit", "conference", "forum", "assembly", "session", "congress", "convention", "ceremony", "festival",
    "games", "symposium", "seminar", "workshop", "celebration", "funeral", "inauguration", "fair", "expo",
})  # fmt: skip


def co_attendees(trigger: Token, noun: Token | None, sources: list[Actor]) -> bool:
    """Class CO-ATTENDEES: three or more parties told as attending one gathering ("officials from A, B, C and
    D attended a forum", "delegates of A, B and C are to be present at that conference") are its guests, each of
    them; they are not said to meet one another, so no pair of them is coded (two parties attending "the
    talks" do meet, and stay). The gathering's own partners ("talks between A and B", "a summit with C")
    are read by the noun's phrases, not here. The verb of attending may be the trigger itself ("A, B and
    C took part in the conference"). Two parties attending a gathering of many ("A and B attended the
    regional summit", "A and B took part in the Geneva conference") are its guests too
    (MULTILATERAL_GATHERINGS, ``_of_many``)."""
    parties = len({a.code[:3] for a in sources})
    if parties < CO_ATTENDEE_PARTIES and not (parties == 2 and _many_party_gathering(trigger, noun)):
        return False
    if lemma(trigger) in ATTENDANCE_WORDS or any(c.lower_ == "part" for c in trigger.children):
        return trigger.pos_ in ("VERB", "AUX")
    if noun is None:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "took part in", "present at", "participated in"
    if lemma(head) == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in head.children):
        return True  # "A, B and C are all present at that conference"
    return lemma(head) in ATTENDANCE_WORDS or head.lower_ in ATTENDANCE_WORDS


def _many_party_gathering(trigger: Token, noun: Token | None) -> bool:
    """Is what is attended a gathering of many parties: the event noun itself, or the object of "in" or
    "at" on the verb or on "part" ("took part in the conference")?"""
    candidates = [noun] if noun is not None else []
    for head in (trigger, noun):
        if head is not None:
            candidates += [o for w, o in prep_objects(head) if w in ("in", "at")]
    return any(lemma(c) in MULTILATERAL_GATHERINGS and _of_many(c) for c in candidates)


# modifiers that tell a gathering of many parties ("the regional summit", "the annual conference")
MANY_PARTY_MODIFIERS = frozenset({
    "regional", "international", "annual", "world", "global", "multilateral", "continental", "ministerial",
})  # fmt: skip


def _of_many(gathering: Token) -> bool:
    """Is the gathering told as one of many parties: named ("the Beijing Summit", "the APEC summit"), a
    body's ("the summit of that league"), numbered ("the 16th summit") or called regional, annual and the
    like? A bare "the summit" may be two parties' own ("the summit, attended by A and B")."""
    for c in gathering.children:
        if c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or lemma(c) in MANY_PARTY_MODIFIERS):
            return True
        if c.dep_ == "amod" and c.lower_[:1].isdigit() and c.lower_.endswith(("st", "nd", "rd", "th")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            return True
    return gathering.pos_ == "PROPN"


def participants(tok: Token, actors: ActorIndex) -> list[Actor]:
    """Participants named for a gathering word or the verb that holds it (the phrase may hang one
    phrase too low: "held in Nairobi with the participation of ...")."""
    phrases = prep_objects(tok)
    phrases += [inner for _, o in list(phrases) for inner in prep_objects(o)]
    for word, o in phrases:
        if word in ("with", "in", "amid") and lemma(o) in PARTICIPATION_NOUNS:
            found = [
                a
                for w, g in prep_objects(o)
                if w == "of"
                for m in with_conjuncts(g)
                for a in actors.at(m) or actors.modifiers(m, ("compound", "amod", "poss", "nmod"))
            ]
            if found:
                return unique(found)
    for c in tok.children:
        if c.dep_ == "acl" and lemma(c) in ATTENDING_VERBS:
            agent = agent_token(c)
            if agent is not None and actors.np(agent):
                return actors.np(agent)
    return []
