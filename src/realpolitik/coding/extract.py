"""Event extraction from a parsed, actor-tagged sentence: trigger word + frame → dyadic CAMEO events.

For each sentence that mentions two distinct actors (or one actor and a nationality adjective), every
verb and every event noun is looked up in the pattern index (a dict keyed by lemma: one lookup per
token). The most specific matching pattern wins; ``---`` patterns block weaker ones. The frame gives
the roles:

* verbs: source = subject (passive: the ``by`` agent; "is scheduled to" raises the passive subject);
  a missing subject is inherited from the governing verb (``xcomp``/``advcl``/``conj``/``pcomp``/
  ``acomp``), the noun a relative clause hangs on, the object of a control verb ("necessitated Mattis
  to travel"), the possessor of an ``acl`` noun ("the US decision to begin arming ..."), or the
  ``of``-phrase of a collective noun ("a delegation of Kenyan envoys"); a pronoun subject of reported
  speech is the speaker ("Erdogan said he opposed ...").
  target = the pattern's prepositional object, else the object noun when it is itself an actor,
  passive subject, direct object (or the ``of``-phrase of a quantity: "scores of refugees"), objects
  of target prepositions, prepositions or modifiers of the matched noun (including a nationality
  adjective: "a Peruvian ultimatum", looked up in the actor dictionary), the object of a later
  coordinated verb ("condemned and threatened Ukraine"), the purpose clause of a protest or demand,
  the subject of a demanded ``that``-clause, and finally — for meetings, force, protest, coercion and
  violence — the country where it happened ("met in Zurich", Phoenix convention).
* light verbs ("held talks", "paid a visit", "imposed sanctions") take their code from the noun.
* a speaker's stated feeling about an actor is an evaluation of it: "X was pleased with / proud of Y",
  "X spoke highly of Y" praise (051); "X was disappointed by / angry at Y" criticism (111)
  (``evaluation_hits``).
* condemning an attack whose perpetrator goes unnamed ("deplored the bombing of the embassy") is
  018 toward the victim; with the attacker named it stays a criticism of the attacker
  (``roles.condemned_attack_victims``); the condemner never inherits the attack itself.
* nouns ("Maduro's visit to Ankara", "US sanctions against Venezuela"): source = possessor / compound /
  adjective / ``by`` / ``from`` phrase, target = prepositional object or the subject of a ``that``
  complement; a nominal event used as the agent of a passive participle ("regime crippled by US
  sanctions") targets the participle's noun.
* a relationship noun whose parties come only from a paired modifier ("Kenya-Uganda cooperation",
  "a Sino-Japanese joint venture") names a standing relation, no act (``roles.standing_relation``);
  talks, clashes or a summit so named stay events.
* a gathering told without a subject ("a meeting will be held ... with the participation of A and B",
  "a summit attended by A and B") has its participants as sources, who meet each other
  (``roles.participants``); co-agents of other passive acts do not act on each other.
* compound subjects or plural actor mentions ("Turkey and Venezuela signed", "the two leaders held")
  yield both directions for symmetric codes (03x, 04x meetings except visit/host, 057, 06x, fighting).
* visits: a visited place does not host; a person or government visited, or met in the visit's
  purpose clause ("travelled to Turkey to meet with Erdogan"), hosts (043).
* clause rules: talks or a meeting that someone ends, suspends, calls off or walks out of ("put an
  end to its negotiations with X") are the halting of negotiations (164), not a meeting (``rules.halted_code``);
  "refused/failed/declined to <cooperate>" → CAMEO 12 rejection; "threatened to
  <coerce>", "<coerce> unless ...", an announced or reported-conditional coercive act → CAMEO 13 threat;
  "X said Y must ..." → 100 demand by X on Y; a speaker opening the sentence with a past coercive or
  violent act ("Ruritania said Freedonian troops had shelled its border posts") → 112 accusation of the actor (015 claim
  of responsibility when the speaker is the actor and the act violent), which replaces the alleged act
  (a speaker's own non-violent act, "Norway said it had expelled ...", stays the act, ``reported``);
  "will not accept" and other negated acceptances → CAMEO 12 rejection; "pledged/offered/agreed/is
  ready to <cooperate>" → the CAMEO 03 intent sub-code of the act (``rules.intent_code``), asserted
  unless the committing word itself is marked (agreeing to a concession stays the 08 act, PLOVER AGREE);
  "agreed (with B) to <act>" whose act has no intent code of its own ("to reopen the border") is
  the intent to cooperate (030), asserted, both ways when agreed with someone (``rules.agreement_code``);
  matrix verbs (hope, plan, agree, refuse, ...) whose complement carries the event are not events
  themselves; a plain statement (010: "said", "delivered a message to") is never an event, whatever
  its frame: neither gold standard codes one, the statement's content is the news.
* clauses that are not news of their own (``drop_subordinate_hits``): ``before``/``until`` clauses,
  ``after``/``when``/``since`` clauses beside a main-clause event, means clauses ("by promoting"),
  purpose clauses with the governing event's code ("meet ... to discuss"), event nouns inside another
  event's phrase ("arbitration within border talks"), and whatever an appeal or demand asks for.
* a coercive or violent act stated only as another clause's purpose ("sent troops to Somalia to
  fight the militants", ``rules.purposed_act``) is intended, not done: the sending is the news.
* implied targets: a protest with no target aims at the protesters' own government, a curfew or
  martial law at the government's own population; a countryless target of a national source is
  domestic ("police dispersed demonstrators"), except in meetings.
* implied sources: an assault told only through its weapon ("a roadside bomb killed ...") is by
  unidentified armed forces (UAF) of the place it happened, or by the weapon's stated owner or user
  ("a Ruritanian drone raid", "a mine laid by insurgents") — ``roles.unidentified_attackers``.

Only dyadic events are emitted (source and target actors with different codes; a government and its
own bare country only outside meetings/visits; never two actors without a country), one per (source,
target, root) in a sentence.

Confidence (0–1) is the product of
  pattern   0.50 + 0.10 × specificity (particle, preposition, object noun: 1 each; extra noun-phrase
            words 0.5 each), capped at 0.85; × 0.9 for patterns converted from CAMEO.2.0 rather
            than curated ones
  route     × 0.85 for nominal events, × 0.9 for light-verb events, × 0.85 when the source was
            inherited from another clause, × 0.85 when the target came from a weaker route
            (modifier, purpose clause, location, coordinated verb)
  actors    × min(source.confidence, target.confidence) (the actor resolver's certainty; 0.7 for
            nationality adjectives)
clamped to [0.05, 0.99].
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from realpolitik.actors.resolver import NO_COUNTRY
from realpolitik.actors.sport import sport_story
from realpolitik.coding import cameo
from realpolitik.coding.accidents import crash_result
from realpolitik.coding.actorindex import ActorIndex, mere_place
from realpolitik.coding.appealed_acts import appealed_act_code
from realpolitik.coding.apprehensions import feared_act
from realpolitik.coding.armedsupport import NO_EVENT, armed_backing, co_agents_fight_each_other
from realpolitik.coding.ascriptions import BLAME, ascription_hits, linked_to_outlaws
from realpolitik.coding.background import (
    MIN_YEARS_BACK,
    background_period,
    dated_background,
    dated_future_noun,
    dated_past_noun,
)
from realpolitik.coding.bombings import bombing_code
from realpolitik.coding.brokered import hyphen_agent
from realpolitik.coding.called_off import called_off
from realpolitik.coding.commercial import commercial_dealing
from realpolitik.coding.complaint_occasions import complaint_occasion, envoy_complained_to
from realpolitik.coding.conventions import (
    COOPERATIVE_ROOTS,
    HOST,
    MEETING_INTENT,
    VISIT,
    Conventions,
    conventions_named,
    hosted_visits,
    is_joint,
    planned_act_code,
)
from realpolitik.coding.danger_warnings import PESSIMISTIC_COMMENT, danger_warning
from realpolitik.coding.demonyms import demonym_lookup
from realpolitik.coding.domestic import internal_affair, private_dyad, sectors
from realpolitik.coding.failed_attempts import failed_effort
from realpolitik.coding.figurative_force import figurative_force
from realpolitik.coding.frames import (
    PERSONAL_PRONOUNS,
    VISITING,
    attributive_visiting,
    dateline_here,
    direct_objects,
    inflection_candidates,
    is_passive,
    is_visitor,
    lemma,
    particles,
    passive_subject,
    phrase_matches,
    prep_objects,
    speech_head,
    subject_token,
    to_marked,
)
from realpolitik.coding.home_units import home_unit_targets
from realpolitik.coding.invitations import invitation_code, is_invitation, summons
from realpolitik.coding.joint_resolve import obliges_own_side, speaker_partners
from realpolitik.coding.kind_descriptions import kind_description
from realpolitik.coding.memberships import MEMBERSHIP_CODE, joined_bodies, joins_body
from realpolitik.coding.message_addressees import MESSAGE_NOUNS, message_author, one_way_message
from realpolitik.coding.military_force import military_force_code
from realpolitik.coding.modality import (
    continued_intent,
    event_modality,
    for_to_infinitive,
    habitual,
    headline_infinitive,
    permitted_act,
    standing_present,
)
from realpolitik.coding.named_instruments import without_instrument_names
from realpolitik.coding.natural_forces import struck_by_nature
from realpolitik.coding.nonevents import (
    domestic_permit,
    met_with_a_thing,
    non_event,
    seats_won,
    without_audience,
    without_venue,
)
from realpolitik.coding.obstructions import public_obstruction_code
from realpolitik.coding.occasions import organised_occasion
from realpolitik.coding.owned_vehicles import vehicle_owners
from realpolitik.coding.patterns import LAYER_CAMEO2, LAYER_CURATED, Pattern, PatternSet, constraints_met
from realpolitik.coding.placeroles import (
    PLACE_ENTS,
    named_members,
    scene_code,
    scene_only_target,
    toured_members,
    visited_region,
    without_bystanders,
)
from realpolitik.coding.plover import to_plover
from realpolitik.coding.private_travel import private_travel
from realpolitik.coding.protest_sites import mission_protested
from realpolitik.coding.provisions import provided_act
from realpolitik.coding.purposes import aimed_act
from realpolitik.coding.refusals import read_refusal
from realpolitik.coding.reported_claims import reported_claim
from realpolitik.coding.roles import (
    ATTACK_MEANS,
    JOINING_VERBS,
    SYMPATHY_WITH_VICTIM,
    Roles,
    accused_support_targets,
    co_attendees,
    condemned_attack_authors,
    condemned_attack_victims,
    domestic_sources,
    domestic_targets,
    find_sources,
    foreign_addressees,
    inner_target,
    is_place,
    is_reason_clause,
    joined_company,
    joined_partners,
    keep_said_foreign,
    localize,
    location_target,
    meeting_hosts,
    noun_roles,
    object_nouns,
    own_forces_as_instrument,
    own_state_investigated,
    participants,
    participle_doers,
    speaker_for,
    standing_relation,
    unidentified_attackers,
    upcoming_noun,
    verb_targets,
    within_reason_clause,
)
from realpolitik.coding.rules import (
    BARE_STATEMENTS,
    DEMAND_ROOTS,
    EMERGENCY_RULE_WORDS,
    GENERIC_REQUESTS,
    MATRIX_VERBS,
    PROMISABLE,
    VERBAL_ATTACK,
    agreed_act,
    agreement_code,
    ceased,
    claims_for,
    content_stance,
    decided_reduction,
    distinct_dyad,
    halted_code,
    implied_targets,
    inside_demand,
    intent_code,
    is_claim,
    is_symmetric,
    is_time_clause_event,
    multilateral,
    nested_in_event,
    office_taken,
    own_state_acts,
    own_territory_ruled,
    own_warning,
    own_wish,
    placed,
    promisable,
    purposed_act,
    requested_code,
    restates_governing_event,
    shared_future,
    threat_code,
    time_clause_governor,
    time_clause_mark,
    verbal_attack,
)
from realpolitik.coding.signing import signed_agreement_code
from realpolitik.coding.sought_contacts import sought_contact, willing_side
from realpolitik.coding.state_protests import official_protest_code
from realpolitik.coding.support_rallies import demonstration_backing, support_code
from realpolitik.coding.team_tours import team_tour
from realpolitik.coding.unspecified_cooperation import unspecified_cooperation
from realpolitik.coding.verdicts import STANCE_NOUNS, polarity, verdict_hits
from realpolitik.coding.wanted_meetings import INTENT_TO_MEET, wanting_verb
from realpolitik.coding.weapon_attacks import combat_weapon_code, weapon_attack_code
from realpolitik.dates import TIME_ENTITIES, dates_itself, resolve_event_date, timetable_present
from realpolitik.model import Actor, CodedEvent

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from realpolitik.actors.resolver import ActorResolver

CODER_VERSION = "realpolitik-coder 0.1"
REJECT_ROOT = "12"
# Verbs whose complement is only asked for, wanted or warned against: what they govern has not happened.
WANTING_HEADS = frozenset(
    {"urge", "encourage", "ask", "press", "demand", "appeal", "request", "invite", "want", "wish", "exhort", "implore",
     "warn", "caution"}
)
HOST_REVERSE_NEEDS_PARTY = frozenset({HOST})
OBLIGATION_HEADS = frozenset(
    {"say", "declare", "insist", "reiterate", "stress", "state", "tell", "announce", "add", "warn", "argue"}
)

LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "pay",
        "make",
        "conduct",
        "impose",
        "launch",
        "stage",
        "carry",
        "express",
        "voice",
        "issue",
        "lodge",
        "level",
        "extend",
        "give",
        "offer",
        "provide",
        "deliver",
        "announce",
        "begin",
        "start",
        "resume",
        "continue",
        "slap",
        "take",
        "reach",
        "sign",
        "grant",
        "send",
        "pledge",
        "seek",
    }
)


@dataclass
class Hit:
    pattern: Pattern
    trigger: Token
    noun: Token | None
    prep_obj: Token | None
    route: str  # verb | light | noun
    roles: Roles


CodedPair = tuple[str, Actor, Actor]  # an event code with its source and target, not yet a CodedEvent
EventKey = tuple[str, str, str]  # (source code, target code, root code): one event per key in a sentence


# Particles the parser can read as a preposition with the verb's object as its object ("passed on the
# file", "handed over the records", "turned down the offer"): a particle verb's V+N pattern may match them.
PARTICLE_WORDS = frozenset({"on", "over", "down", "out", "off", "up", "back", "in"})


def match_verb(verb: Token, patterns: PatternSet, lemma_: str) -> tuple[Pattern, Token | None, Token | None] | None:
    """Most specific pattern whose frame the verb's dependents satisfy: (pattern, noun, prep object)."""
    buckets = patterns.verb_buckets(lemma_)
    if not buckets:
        return None
    prts = particles(verb)
    options: list[tuple[int, Pattern, Token | None, Token | None, str]] = []

    def add(key: tuple[str, ...], noun: Token | None, pobj: Token | None, read_particle: str = "") -> None:
        for rank, p in buckets.get(key, ()):
            if not read_particle or p.particle == read_particle:
                options.append((rank, p, noun, pobj, read_particle))

    add(("V",), None, None)
    for word, o in prep_objects(verb):
        if o.ent_type_ in TIME_ENTITIES:
            continue  # "called the minister on Monday" is no "call on"; a date is never a frame's object
        add(("V+P", word), None, o)
        for head in {lemma(o), o.lower_}:
            add(("V+P+N", word, head), o, o)
    for word, o in comitative_objects(verb):
        add(("V+P", word), None, o)
    for o in dateline_here(verb):
        add(("V+P", "in"), None, o)
    for o in object_nouns(verb):
        for head in {lemma(o), o.lower_}:
            add(("V+N", head), o, None)
    for word, o in prep_objects(verb):
        if word in PARTICLE_WORDS:  # class PARTICLE READ AS PREPOSITION: "passed [on] the file" as on/prep > file
            for head in {lemma(o), o.lower_}:
                add(("V+N", head), o, None, read_particle=word)
    options.sort(key=lambda opt: opt[0])
    carrying = carried_object(verb)
    for _, p, noun, pobj, read_particle in options:
        if p.particle and p.particle not in prts and p.particle != read_particle:
            continue
        if carrying and p.frame == "V+P" and p.code == VISIT:
            continue  # "flew aid to B", "headed the mission to B": a carrying or leading sense, no trip
        if p.constrained and not constraints_met(p, verb, noun):
            continue
        if noun is not None and not phrase_matches(noun, p.noun_words):
            continue
        return p, noun, pobj
    return None


def carried_object(verb: Token) -> bool:
    """Class MOTION VERB WITH AN OBJECT: a verb of travel with a direct object other than a place ("flew
    food aid to B", "rushed troops to B", "heading the mission to B") carries, sends or leads what it
    names; it is no trip of its subject. A place object is where the trip starts ("left Paris for B")."""
    return any(o.ent_type_ not in PLACE_ENTS and o.lower_ != "home" for o in verb.children if o.dep_ == "dobj")


def comitative_objects(verb: Token) -> list[tuple[str, Token]]:
    """A ``with`` partner the parser hung one phrase too low ("talked on the border issue **with**
    Ugandan leaders", "discussed trade **with** Kenya's president" read as the issue's or the trade's):
    with a verb of talking or meeting, the partner is the verb's."""
    if any(word == "with" for word, _ in prep_objects(verb)):
        return []
    inner = [o for w, o in prep_objects(verb) if w != "with"] + [o for o in direct_objects(verb)]
    return [(w, g) for o in inner for w, g in prep_objects(o) if w == "with"]


def match_noun(noun: Token, candidates: list[Pattern]) -> tuple[Pattern, Token | None] | None:
    for p in candidates:
        if p.noun and not phrase_matches(noun, p.noun_words):
            continue
        if p.frame == "N+P":
            pobjs = prep_objects(noun, p.prep)
            if pobjs:
                return p, pobjs[0][1]
            continue
        return p, None
    return None


@dataclass
class SentenceContext:
    sent: Span
    index: int
    published: date | None
    dates: dict[int, tuple[date | None, str | None, str]] = field(default_factory=dict)

    root: Token | None = None
    has_dates: bool = True
    conventions: Conventions = field(default_factory=lambda: conventions_named(None))
    resolver: ActorResolver | None = None

    def date_for(self, trigger: Token) -> tuple[date | None, str | None, str]:
        """The event date for a trigger (cached: several events share a trigger). A sentence with
        no DATE entity can only take the publication date, so the resolver is not asked."""
        if not self.has_dates:
            return (self.published, "day", "published") if self.published else (None, None, "unknown")
        if trigger.i not in self.dates:
            self.dates[trigger.i] = resolve_event_date(self.sent, self.published, trigger)
        return self.dates[trigger.i]


def _pairs(roles: Roles, code: str, co_agents_act_together: bool = True) -> list[tuple[Actor, Actor]]:
    """Source-target pairs; coordinated sources act on each other only in a joint act they do
    together ("A and B signed"), not when they are co-agents of an act on something else ("a
    resolution sponsored by A, B and C": ``co_agents_act_together`` False). A joint act of a
    multilateral gathering gives no pairs (``rules.multilateral``)."""
    if multilateral(roles.sources, roles.targets, code):
        return []
    if roles.targets:
        return [(s, t) for s in roles.sources for t in roles.targets if distinct_dyad(s, t, code)]
    if len(roles.sources) >= 2 and is_symmetric(code) and co_agents_act_together:
        return [(s, t) for s in roles.sources for t in roles.sources if distinct_dyad(s, t, code)]
    return []


def _confidence(pattern: Pattern, route: str, penalty: float, src: Actor, tgt: Actor) -> float:
    score = min(0.85, 0.5 + 0.1 * pattern.specificity)
    if pattern.layer == LAYER_CAMEO2:
        score *= 0.9
    if route == "noun":
        score *= 0.85
    elif route == "light":
        score *= 0.9
    score *= penalty * min(src.confidence, tgt.confidence)
    return max(0.05, min(0.99, score))


def _location(trigger: Token, actors: ActorIndex, dyad: set[str]) -> tuple[str | None, str | None]:
    for word, o in prep_objects(trigger):
        if word in ("in", "at") and o.ent_type_ in ("GPE", "LOC", "FAC"):
            found = actors.at(o)
            country = found[0].country if found else None
            if found and found[0].code in dyad:
                continue
            return country, o.text
    return None, None


def _make_event(
    ctx: SentenceContext,
    hit: Hit,
    code: str,
    src: Actor,
    tgt: Actor,
    modality: str,
    actors: ActorIndex,
    promised: bool = False,
    step: str = "pattern",
) -> CodedEvent | None:
    """One coded event; ``promised``: the act was agreed to (PLOVER AGREE whatever its CAMEO code)."""
    entry = cameo.lookup(code)
    if entry is None:
        return None
    kind, mode, context = to_plover(code)
    if (modality == "intended" or promised) and kind in PROMISABLE:
        kind, mode = "AGREE", None
    loc_country, loc_name = _location(hit.trigger, actors, {src.code, tgt.code})
    sent = ctx.sent
    trigger_text = (
        hit.trigger.text if hit.noun is None or hit.route == "noun" else f"{hit.trigger.text} {hit.noun.text}"
    )
    event_date, precision, how = ctx.date_for(hit.trigger)
    if event_date is not None and how.startswith("sentence:") and event_date != ctx.published:
        src, tgt = role_on(src, event_date, ctx.resolver), role_on(tgt, event_date, ctx.resolver)
        if not distinct_dyad(src, tgt, code):
            return None
    years_back = ctx.published.year - event_date.year if event_date and ctx.published else 0
    if modality == "asserted" and (
        years_back >= MIN_YEARS_BACK or dated_background(hit.trigger, event_date, precision, how, ctx.published)
    ):
        modality = "historical"
    return CodedEvent(
        evidence=sent.text.strip(),
        sentence_index=ctx.index,
        char_start=sent.start_char,
        char_end=sent.end_char,
        source=src,
        target=tgt,
        event_code=code,
        root_code=entry.root,
        base_code=entry.base,
        event_name=entry.name,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        plover_type=kind,
        plover_mode=mode,
        plover_context=context,
        modality=modality,
        speaker=hit.roles.speaker,
        event_date=event_date,
        date_precision=precision,
        date_source=how,
        location_country=loc_country,
        location_name=loc_name,
        confidence=_confidence(hit.pattern, hit.route, hit.roles.penalty, src, tgt),
        pattern_id=hit.pattern.id,
        trigger=trigger_text,
        coder_version=CODER_VERSION,
        extra={"route": hit.route, "step": step, "path": parse_path(hit.trigger, src, tgt, actors)},
    )


def parse_path(trigger: Token, src: Actor, tgt: Actor, actors: ActorIndex) -> str:
    """How the event was read off the parse, for error analysis: each actor's mention with its
    dependency chain up to the trigger (or to the root when the trigger is not above it)."""

    def chain(tok: Token) -> str:
        steps = [f"{tok.text}/{tok.dep_}"]
        while tok.head.i != tok.i and tok.i != trigger.i and len(steps) < 8:
            tok = tok.head
            steps.append(f"{tok.text}/{tok.dep_}")
        return " > ".join(steps)

    parts = []
    for side, actor in (("source", src), ("target", tgt)):
        span = actors.span_holding(actor)
        parts.append(f"{side}: {chain(span.root) if span is not None else '(implied)'}")
    return f"trigger {trigger.text}/{trigger.dep_}; " + "; ".join(parts)


def role_on(actor: Actor, when: date, resolver: ActorResolver | None = None) -> Actor:
    """A person's actor on the event's own date ("in 2012 Erdogan …" is the prime minister then),
    since the actor component resolved every mention on the publication date."""
    if actor.kind != "person" or not actor.entity_id:
        return actor
    if resolver is None:
        from realpolitik.actors.resolver import ActorResolver

        resolver = ActorResolver.default()
    return resolver.at_date(actor, when)


FORCING_OUT_VERBS = frozenset({"force", "drive", "push", "kick", "chase", "throw", "hound", "run"})
EXPEL = "expel"
# the whole of a state or a territory, out of which someone is expelled
TERRITORY_NOUNS = frozenset({"country", "territory", "state", "nation", "kingdom", "republic", "region", "zone"})
# fighters driven out of a place are beaten in the field, not expelled
ARMED_NOUNS = frozenset({"rebel", "soldier", "troop", "militant", "fighter", "insurgent", "guerrilla", "force",
                         "militia", "militiaman", "army", "gunman", "islamist", "attacker"})


def forced_out(verb: Token) -> bool:
    """FORCED OUT: "forced the UN agency out of the country", "drove the envoy out of Sudan" expels the
    object: read as "expel", whose rows know expelled peacekeepers, aid agencies and envoys. Only out of a
    territory or a named place, and not fighters: "drove the rebels out of the town" is fighting."""
    if lemma(verb) not in FORCING_OUT_VERBS:
        return False
    objects = direct_objects(verb)
    if not objects or any(lemma(o) in ARMED_NOUNS for o in objects):
        return False
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    ofs = [g for o in outs for g in o.children if g.lower_ == "of"] + [
        g for g in verb.children if g.lower_ == "of" and outs]
    places = [p for g in ofs for p in g.children if p.dep_ == "pobj"]
    return any(lemma(p) in TERRITORY_NOUNS or p.ent_type_ in ("GPE", "LOC") for p in places)


def verb_lemma(verb: Token, patterns: PatternSet) -> str:
    """The verb's lemma, or a regular base form of it when only that one has patterns; a verb that forces
    its object out of a place is read as "expel" (``forced_out``)."""
    vl = lemma(verb)
    if EXPEL in patterns.verbs and forced_out(verb):
        return EXPEL
    if vl in patterns.verbs:
        return vl
    for candidate in inflection_candidates(verb.lower_):
        if candidate in patterns.verbs:
            return candidate
    return vl


def _located(verb: Token, targets: list[Actor], actors: ActorIndex) -> bool:
    """Whether the targets are the place where the verb's event happens."""
    codes = {a.code for a in targets}
    objs = direct_objects(verb)
    return bool(codes) and codes <= {a.code for a in location_target(verb, objs[0] if objs else None, actors)}


PHONE_CALL = "041"


def named_by_call(verb: Token) -> bool:
    """CALLED A NAME: "call" with an object predicate ("called the envoy a liar", "calls them traitors"),
    or whose object is itself a verdict word ("called the B leaders cowards", parsed as one noun), gives
    a name, which the verdict classes read; it is no telephone call (041)."""
    return lemma(verb) == "call" and any(
        c.dep_ == "oprd" or (c.dep_ == "dobj" and c.pos_ == "NOUN" and polarity(c)) for c in verb.children)


def _verb_hit(verb: Token, patterns: PatternSet, actors: ActorIndex, conv: Conventions | None = None) -> Hit | None:
    vl = verb_lemma(verb, patterns)
    match = match_verb(verb, patterns, vl)
    if match is not None and conv is not None and not conv.unspecified_cooperation:
        if unspecified_cooperation(match[0]):
            match = None  # "she added that...", "two ports linked by rail": no act between the parties
    if match is not None and reported_claim(verb, match[0]):
        match = None  # "insisted that the plan was sound": a position stated, not a demand
    if match is not None and match[0].code[:3] == PHONE_CALL and named_by_call(verb):
        match = None  # CALLED A NAME: "called B a liar": naming (a verdict, ``verdicts``), no phone call
    if match is not None and match[0].code[:3] == HOST and (bare := welcomed_act(verb, vl, patterns, actors)):
        match = (bare, None, None)
    light: tuple[Pattern, Token, Token | None] | None = None
    if (match is None or not match[0].noun) and vl in LIGHT_VERBS:
        for o in object_nouns(verb):
            nm = match_noun(o, patterns.for_noun(lemma(o)))
            if nm is not None:
                light = (nm[0], o, nm[1])
                break
    noun: Token | None
    if light is not None and (match is None or match[0].specificity < 1 or match[0].code == "---"):
        pattern, noun, pobj = light
        route = "light"
        hit3: tuple[Pattern, Token | None, Token | None] = (pattern, noun, pobj)
    elif match is not None:
        pattern, noun, pobj = match
        route = "verb"
        hit3 = match
    else:
        return None
    if not pattern.is_event:
        return Hit(pattern, verb, noun, pobj, route, Roles())
    if office_taken(verb, pattern.code):
        return None
    if pattern.code[:2] in cameo.ARMED_ROOTS and (struck_by_nature(verb) or crash_result(verb)):
        return None  # "hard-hit by the drought", "a cyclone struck ...": no political agent
    roles = Roles()
    sources, inherited = find_sources(verb, actors)
    if not sources and pattern.code[:2] == cameo.MEETING_ROOT and is_passive(verb):
        sources = participants(verb, actors) or (participants(noun, actors) if noun is not None else [])
    if not sources:
        sources = hyphen_agent(verb, pattern.code, actors)  # "a Qatari-brokered truce"
    roles.sources = sources
    if inherited:
        roles.penalty *= 0.85
    if route == "light":
        targets: list[Actor] = actors.np(pobj) if pobj is not None else []
        weak = False
        if not targets:
            targets, weak = verb_targets(verb, (pattern, noun, None), actors)
    else:
        targets, weak = verb_targets(verb, hit3, actors)
    scene: list[Actor] = []
    if pattern.code[:2] in cameo.ARMED_ROOTS and (weak or not targets):
        owners = vehicle_owners(verb, actors, {a.code for a in sources})
        if owners:  # "a bomb struck their convoy in Kandahar": the convoy's people, not the place
            scene = [t for t in targets if is_place(t)]
            targets, weak = owners, False
    victims = condemned_attack_victims(verb, actors) if pattern.code[:2] in ("11", "12") \
        or pattern.code == SYMPATHY_WITH_VICTIM else None
    if victims:
        pattern, targets, weak = replace(pattern, code=SYMPATHY_WITH_VICTIM), victims, False
    elif authors := condemned_attack_authors(verb, pattern.code, actors):
        targets, weak = authors, False
    place_hosts = conv is None or conv.place_hosts_joint_meeting
    located = place_hosts and _located(verb, targets, actors)
    if weak and len(sources) >= 2 and is_symmetric(pattern.code) and not located:
        # "X and Y signed a deal brokered by Z": they signed with each other. Under PETRARCH conventions a
        # place stays the target ("X and Y will confer in Oslo" → NOR); te3dev codes them meeting each other.
        targets, weak = [], False
    if weak and is_reason_clause(verb):
        targets, weak = [], False  # a charge needs a named target: "accused B of selling Ruritanian oil" is no B→RUR
    if weak:
        roles.penalty *= 0.85
        if (
            pattern.code[:3] == "043"
            and targets
            and not (noun is not None and lemma(noun) in HOSTED_GATHERINGS)  # "hosted the OPEC conference"
            and not any(t.code[:3] in {a.code[:3] for a in location_target(verb, None, actors)} for t in targets)
        ):
            targets = []
    if not sources:
        sources = roles.sources = unidentified_attackers(verb, pattern.code, scene or targets, actors,
                                                         placed=conv is None or conv.weapon_attackers_of_place)
        if sources:
            roles.penalty *= 0.8
    src_codes = {a.code for a in sources}
    roles.targets = [t for t in targets if t.code not in src_codes] or ([] if targets else [])
    roles.speaker = speaker_for(verb, actors)
    return Hit(pattern, verb, noun, pobj, route, roles)


def welcomed_act(verb: Token, vl: str, patterns: PatternSet, actors: ActorIndex) -> Pattern | None:
    """WELCOMED ACT: a hosting pattern ("welcomed B to C": 043) whose object is another's act, not a guest
    ("welcomed B's aid to C", "greeted the B offer of loans to C"), welcomes the act: the verb's own reading
    without the hosting preposition (CAMEO.2.0 "welcome" alone: 051). The act is an event or stance noun that
    names no actor itself and has an actor as its possessor, compound or nationality adjective."""
    bare = next((p for p in patterns.for_verb(vl) if p.frame == "V" and p.is_event and p.code[:3] != HOST), None)
    if bare is None:
        return None
    for o in direct_objects(verb):
        act = bool(patterns.for_noun(lemma(o))) or lemma(o) in STANCE_NOUNS
        if act and not actors.np(o) and actors.modifiers(o, ("poss", "compound", "amod")):
            return bare
    return None


# HOSTED GATHERING (``compositions.tsv``): the body a hosted summit or conference belongs to is the guest
HOSTED_GATHERINGS = frozenset({"summit", "conference", "meeting", "forum", "session"})
OBLIGATION = Pattern("rp-must", "V", "must", "", "", "", "100", "", LAYER_CURATED, "built-in: X says Y must ...")


def obligation_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """ "X said/insisted that Y must do Z" is a demand by X on Y (CAMEO 10); not when Y is a pair that
    holds X's own state ("both sides must ...", ``joint_resolve``)."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in OBLIGATION_HEADS:
            continue
        for clause in tok.children:
            if clause.dep_ != "ccomp" or not any(c.lower_ == "must" for c in clause.children if c.dep_ == "aux"):
                continue
            subj = subject_token(clause) or passive_subject(clause)
            targets = actors.np(subj) if subj is not None else []
            sources, inherited = find_sources(tok, actors)
            if targets and sources and not obliges_own_side(sources, targets):
                roles = Roles(sources=sources, targets=targets, penalty=0.85 if inherited else 1.0)
                hits.append(Hit(OBLIGATION, tok, None, None, "verb", roles))
    return hits


TOLD_TO = Pattern("rp-tell-to", "V", "tell", "", "", "", "100", "", LAYER_CURATED, "built-in: X told Y to ...")
ASKED_FOR = Pattern("rp-ask-for-to", "V", "", "", "", "", "020", "", LAYER_CURATED, "built-in: X asked for Y to ...")
# Directives whose addressee is the object of "tell" or the subject of a for-to clause: "X told Y to
# withdraw" is a demand like "ordered Y to" (CAMEO 10); "X called/asked for Y to withdraw" an appeal to
# Y (02), as "called on Y to" is.
TELLING_VERBS = frozenset({"tell"})
# "ordered the envoys to leave (the country)", "told the diplomats to quit Kenya": telling foreigners to
# go is expelling them (CAMEO 174), not a demand (100) nor, as a CAMEO.2.0 row has it, a visit
ORDERED_OUT = Pattern("rp-order-out", "V", "order", "", "", "", "174", "", LAYER_CURATED,
                      "built-in: X ordered Y to leave")
EXPELLING_VERBS = frozenset({"order", "tell", "ask", "instruct", "direct"})
DEPARTURE_VERBS = frozenset({"leave", "quit", "depart", "exit"})
# "called the government to raise wages": an appeal to the object (02), as "called on Y to" is; never a
# phone call (041), which the plain "call" row would make of it
CALLED_TO = Pattern("rp-call-to", "V", "call", "", "", "", "020", "", LAYER_CURATED, "built-in: X called Y to ...")
SUMMONING_VERBS = frozenset({"call"})
# what a telephone call is made for ("called Erdogan to discuss Syria"): the call stays a call
CALL_PURPOSES = frozenset(
    {"discuss", "congratulate", "express", "convey", "thank", "brief", "inform", "offer", "talk", "review", "exchange"}
)
APPEAL_FOR_VERBS = frozenset({"ask", "call", "appeal", "press", "push", "plead", "petition"})


def _to_infinitive(clause: Token) -> bool:
    return clause.pos_ in ("VERB", "AUX") and to_marked(clause)


def _for_object(clause: Token) -> Token | None:
    """FOR-TO SUBJECT READ AS AN OBJECT: in "called Monday for B to withdraw" the parser may hang B on
    "for" as its object rather than make it the infinitive's subject; it is still whom the appeal asks."""
    return next((g for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"
                 for g in m.children if g.dep_ == "pobj"), None)


def directive_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """ "X told Y to <act>" (demand, 100) and "X asked/called for Y to <act>" (appeal, 020)."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        low = lemma(tok)
        targets: list[Actor] = []
        pattern = None
        if low in EXPELLING_VERBS and any(c.dep_ == "xcomp" and _to_infinitive(c) and lemma(c) in DEPARTURE_VERBS
                                          for c in tok.children):
            targets, pattern = [a for o in direct_objects(tok) for a in actors.np(o)], ORDERED_OUT
        elif low in TELLING_VERBS and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in tok.children):
            targets, pattern = [a for o in direct_objects(tok) for a in actors.np(o)], TOLD_TO
        elif low in SUMMONING_VERBS and any(
            c.dep_ == "xcomp" and _to_infinitive(c) and lemma(c) not in CALL_PURPOSES for c in tok.children
        ):
            targets, pattern = [a for o in direct_objects(tok) for a in actors.np(o)], CALLED_TO
        elif low in APPEAL_FOR_VERBS:
            for c in tok.children:
                if c.dep_ in ("advcl", "ccomp", "xcomp") and _to_infinitive(c) and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children
                ):
                    subj = subject_token(c) or _for_object(c)
                    targets = actors.np(subj) if subj is not None else []
                    pattern = ASKED_FOR
                    break
        if pattern is None or not targets:
            continue
        sources, inherited = find_sources(tok, actors)
        targets = [t for t in targets if t.code not in {a.code for a in sources}]
        if pattern is ORDERED_OUT:  # a state ordering its own people out is no expulsion
            targets = [t for t in targets if t.code[:3] not in {a.code[:3] for a in sources}]
        if targets:  # with no known source the directive emits nothing, but what it asks for stays unrealised
            roles = Roles(sources, targets, penalty=0.85 if inherited else 1.0)
            hits.append(Hit(pattern, tok, None, None, "verb", roles))
    return hits


CALL_FOR = Pattern("rp-call-noun", "N", "call", "", "", "", "020", "", LAYER_CURATED, "built-in: X's call on Y to ...")
# Nouns of asking whose addressee is named ("X's call on Y to ...", "a call by X for Y to ...",
# "X's plea to Y to ..."): the asking is an appeal (02), its to-clause only what is asked for.
CALL_NOUNS = frozenset({"call", "plea"})
ADDRESSEE_PREPS = frozenset({"on", "to", "upon"})


def call_noun_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """ "Kenya's call on Uganda to withdraw", "a call by Kenya for Ugandan troops to leave": an appeal
    (020) by the noun's owner or ``by`` phrase to the addressee (``on``/``to`` phrase, or the subject
    of the ``for``-phrase that the to-clause completes). Only a noun with such a to-clause counts, so
    a telephone call stays what the lexicon says."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or lemma(tok) not in CALL_NOUNS:
            continue
        if not any(c.dep_ in ("acl", "advcl", "relcl") and _to_infinitive(c) for c in tok.children):
            continue
        sources = actors.modifiers(tok, ("poss", "compound", "amod")) or [
            a for w, o in prep_objects(tok) if w in ("by", "from") for a in actors.np(o)
        ]
        targets = [a for w, o in prep_objects(tok) if w in ADDRESSEE_PREPS | {"for"} for a in actors.np(o)]
        codes = {a.code for a in sources}
        targets = [t for t in targets if t.code not in codes]
        if sources and targets:
            hits.append(Hit(CALL_FOR, tok, tok, None, "noun", Roles(sources=sources, targets=targets)))
    return hits


STATED_VISIT = Pattern("rp-visiting", "V", "", "", "", "", "042", "", LAYER_CURATED, "built-in: met visiting X")
VISIT_HOPS = 4


def visit_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """A party introduced as "visiting" is on a stated visit to whoever it meets, talks to or is told
    something by in the clause ("X told visiting Thai Prime Minister Y ...", "Visiting Malaysian
    Foreign Minister Z held talks with ...", "met the visiting envoy"): 042 visitor → host (the
    analyst convention adds 043 back)."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or not is_visitor(tok):
            continue
        titled = any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        visitors = [a for a in actors.np_deep(tok) if titled or not is_place(a)]  # "visiting Togo" is a place
        if not visitors:
            continue
        verb, as_subject = tok.head, tok.dep_ in ("nsubj", "nsubjpass")
        for _ in range(VISIT_HOPS):
            if verb.pos_ in ("VERB", "AUX") and verb.lower_ != VISITING:
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ == VISITING:
            continue
        if event_modality(verb, sent, sent.root) == "negated":
            continue  # "refused to meet the visiting king": the refusal is the event
        if as_subject:
            hosts = [a for o in direct_objects(verb) for a in actors.np(o)]
            hosts += [a for w, o in prep_objects(verb) if w == "with" for a in actors.np(o)]
            hosts += [a for o in direct_objects(verb) for w, g in prep_objects(o) if w == "with" for a in actors.np(g)]
        else:
            hosts = find_sources(verb, actors)[0]
        visitor_codes = {a.code[:3] for a in visitors}
        hosts = [h for h in hosts if h.code[:3] not in visitor_codes]
        if hosts:
            roles = Roles(sources=visitors, targets=hosts, penalty=0.85)
            hits.append(Hit(STATED_VISIT, tok, None, None, "verb", roles))
    return hits


PRAISE = Pattern("rp-evaluation-praise", "V", "", "", "", "", "051", "", LAYER_CURATED, "built-in: X is pleased with Y")
CRITICISE = Pattern("rp-evaluation-blame", "V", "", "", "", "", "111", "", LAYER_CURATED, "built-in: X is angry at Y")
# A speaker's stated feeling about someone is an evaluation of them (CAMEO 051 praise, 111 criticise).
PLEASED_WORDS = frozenset(
    {"satisfied", "pleased", "happy", "grateful", "thankful", "delighted", "proud", "appreciative", "heartened"}
)
DISPLEASED_WORDS = frozenset(
    {"dissatisfied", "displeased", "unhappy", "disappointed", "angry", "outraged", "indignant", "furious", "critical"}
)
EVALUATED_PREPS = ("with", "about", "by", "at", "over", "of", "to", "for")
SPEAK_OF_PRAISE = frozenset({"highly", "well", "warmly", "glowingly"})
SPEAK_OF_BLAME = frozenset({"ill", "badly", "disparagingly", "harshly"})


def evaluated(word: Token, actors: ActorIndex) -> list[Actor]:
    """Whom an evaluative word is about: its object phrase's actor, that phrase's owner ("pleased with
    Ruritania's role"), the actor one phrase down ("proud of the work of the UN"), or the doer a
    participle names ("pleased with the progress made by Ruritania")."""
    for prep, o in prep_objects(word):
        if prep not in EVALUATED_PREPS:
            continue
        found = actors.np_deep(o) or actors.modifiers(o, ("poss",)) or inner_target(o, actors)
        if not found:
            found = next((actors.np_deep(g) for w, g in prep_objects(o) if w == "of" and actors.np_deep(g)), [])
        if not found:
            found = participle_doers(o, actors, deep=False)
        if found:
            return found
    return []


def evaluation_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """ "X was pleased with Y", "X said he was disappointed by Y's decision", "X spoke highly of Y": a
    speaker's stated feeling or verdict on an actor is praise (051) or criticism (111) of it."""
    hits: list[Hit] = []
    for tok in sent:
        pattern: Pattern | None = None
        anchor = tok
        low = tok.lower_
        feeling = low in PLEASED_WORDS | DISPLEASED_WORDS and tok.dep_ not in ("amod", "compound")
        if feeling and (tok.pos_ == "ADJ" or tok.dep_ == "acomp"):
            pattern = PRAISE if low in PLEASED_WORDS else CRITICISE
            anchor = tok.head if tok.dep_ in ("acomp", "xcomp") else tok
            if tok.dep_ == "conj" and tok.head.dep_ == "acomp":
                anchor = tok.head.head
        elif feeling and tok.tag_ == "VBN":  # "was disappointed by ...": the one disappointed speaks
            subj = passive_subject(tok)
            if subj is None:
                continue
            speaker = speaker_for(tok, actors) if subj.lower_ in PERSONAL_PRONOUNS else None
            sources = [speaker] if speaker is not None else actors.np(subj)
            targets = evaluated(tok, actors)
            if sources and targets:
                pattern = PRAISE if low in PLEASED_WORDS else CRITICISE
                hits.append(Hit(pattern, tok, None, None, "verb", Roles(sources=sources, targets=targets)))
            continue
        elif tok.pos_ == "VERB" and lemma(tok) == "speak" and any(p == "of" for p, _ in prep_objects(tok)):
            advs = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
            pattern = PRAISE if advs & SPEAK_OF_PRAISE else CRITICISE if advs & SPEAK_OF_BLAME else None
        if pattern is None:
            continue
        targets = evaluated(tok, actors)
        sources, inherited = find_sources(anchor, actors)
        if targets and sources:
            roles = Roles(sources=sources, targets=targets, penalty=0.85 if inherited else 1.0)
            hits.append(Hit(pattern, anchor, None, None, "verb", roles))
    return hits


COMPARISON_PREPS = frozenset({"like"})


def comparison_actors(trigger: Token, actors: ActorIndex) -> list[Actor]:
    """Actors a clause compares its subject with ("Like France, Germany condemned …", "like Russia
    and China, Turkey will help …"): the comparison says they do the same, so they share the event.
    The "like" phrase may hang on the trigger or on the verb whose complement the trigger is."""
    verb: Token | None = trigger
    for _ in range(2):
        if verb is None:
            break
        for word, o in prep_objects(verb):
            if word in COMPARISON_PREPS and o.i < verb.i:
                return actors.np(o)
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return []


def compared_events(
    hit: Hit, emitted: list[tuple[str, Actor, Actor]], actors: ActorIndex
) -> list[tuple[str, Actor, Actor]]:
    """The events of compared actors: each source's event repeated with the compared actor as source."""
    if not emitted:
        return []
    others = comparison_actors(hit.trigger, actors)
    if not others:
        return []
    sources = {a.code for a in hit.roles.sources}
    return [
        (code, other, tgt)
        for code, src, tgt in emitted
        if src.code in sources
        for other in others
        if other.code not in sources and distinct_dyad(other, tgt, code)
    ]


# Documents of agreement whose to-infinitive states what was agreed ("signed an accord to build a
# pipeline", "a protocol to share river water with ..."): the content is not yet done.
AGREEMENT_NOUNS = frozenset(
    {
        "agreement", "accord", "deal", "pact", "treaty", "memorandum", "memo", "mou", "protocol", "contract",
        "understanding", "convention", "charter", "declaration", "arrangement",
    }
)  # fmt: skip


def agreement_content(trigger: Token) -> bool:
    """Is ``trigger`` the to-infinitive of an agreement noun ("inked a deal **to supply** ...", read by
    the parser as the noun's clause or as the signing verb's purpose)? The signing is the event."""
    if trigger.dep_ not in ("acl", "advcl", "relcl") or not to_marked(trigger):
        return False
    head = trigger.head
    if lemma(head) in AGREEMENT_NOUNS:
        return True
    objs = [o for o in direct_objects(head) if o.i < trigger.i] if head.pos_ in ("VERB", "AUX") else []
    return any(lemma(o) in AGREEMENT_NOUNS or any(lemma(g) in AGREEMENT_NOUNS for _, g in prep_objects(o, "of"))
               for o in objs)


# Trade told in the simple present is a standing pattern, not news ("Chile sells a third of its copper
# to China", "Nigeria imports its fuel from ..."): habitual statements are not events.
TRADE_VERBS = frozenset({"export", "import", "sell", "buy", "purchase", "ship", "supply", "trade", "source"})
SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})


def habitual_trade(trigger: Token, code: str) -> bool:
    """Is ``trigger`` a trade verb in the simple present ("exports", "buy"), with no auxiliary, coding an
    exchange (CAMEO 06)? Then it states how trade runs, not an act."""
    return (
        code[:2] == "06"
        and lemma(trigger) in TRADE_VERBS
        and trigger.tag_ in SIMPLE_PRESENT
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )


def _foreign_link(hit: Hit) -> bool:
    """Does the hit link its sources to a target (not merely their own country's place) or to a
    second source? A target of no known country links nobody yet: "A led a delegation on a visit to
    B" leads A's own delegation, and the visit is the dyad."""
    codes = {a.code for a in hit.roles.sources}
    countries = {c[:3] for c in codes}
    return len(hit.roles.sources) > 1 or any(
        t.code not in codes and not t.code.startswith(NO_COUNTRY) and not (is_place(t) and t.code[:3] in countries)
        for t in hit.roles.targets
    )


def specify_requests(hits: list[Hit]) -> list[Hit]:
    """A generic appeal or demand takes the sub-code of the act it asks for (``rules.requested_code``):
    the first event of its content, in sentence order."""
    out = []
    for h in hits:
        code = h.pattern.code
        if code in GENERIC_REQUESTS:
            heads = {h.trigger.i} | ({h.noun.i} if h.noun is not None else set())
            inner = sorted(
                (c for c in hits if c is not h and c.pattern.is_event and inside_demand(c.trigger, heads)),
                key=lambda c: c.trigger.i,
            )
            if inner:
                content = inner[0]
                sub = requested_code(code, content.pattern.code, ceased(content.trigger))
                if sub is not None:
                    h = replace(h, pattern=replace(h.pattern, code=sub))
        out.append(h)
    return out


def _named_asker(verb: Token) -> bool:
    subj = subject_token(verb)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN")


def drop_subordinate_hits(hits: list[Hit]) -> list[Hit]:
    """Hits that report the sentence's own news: time clauses go (see ``is_time_clause_event``)."""
    hits = specify_requests(hits)
    live = [h for h in hits if h.pattern.is_event and h.roles.sources]
    # a main clause that links no two actors ("after meeting X, the minister warned the crisis could
    # spread") leaves its time clause the sentence's only dyad, as a main clause with no event does
    main_event = any(time_clause_mark(h.trigger) is None and _dyadic(h) for h in live)
    # a governing event that names no other party ("troops fired water cannon to scatter the crowd") is
    # not restated by its purpose clause: the clause carries the dyad
    codes = {h.trigger.i: h.pattern.code for h in live if h.roles.targets or len(h.roles.sources) > 1}
    # a meeting, call or visit noun is swallowed only by an event that links actors of its own: "raised
    # the issue during a meeting with X" (no target) or "left Beijing for a visit to Y" (its own
    # capital) leave the meeting or the visit as the sentence's dyad
    heads = {h.trigger.i for h in live} | {h.noun.i for h in live if h.noun is not None}
    linking = [h for h in live if _foreign_link(h)]
    meeting_heads = {h.trigger.i for h in linking} | {h.noun.i for h in linking if h.noun is not None}
    # what is only asked for did not happen, whether or not we know who asks ("the Kurdish party called
    # Iraq to free ..."): an asker named by a noun counts; "it necessitated X to travel" asks nothing
    asking = [
        h
        for h in hits
        if h.pattern.is_event and h.pattern.code[:2] in DEMAND_ROOTS and (h.roles.sources or _named_asker(h.trigger))
    ]
    demands = {h.trigger.i for h in asking} | {h.noun.i for h in asking if h.noun is not None}
    # what a rejected request, proposal or invitation asked for did not happen either
    demands |= {h.noun.i for h in live if h.pattern.code[:2] == REJECT_ROOT and h.noun is not None}
    # nor what is only urged, asked for or wanted, whether or not the appeal itself is coded
    # ("a report urging A and B to improve ...": the report is no actor, the improving no event)
    if hits:
        demands |= {t.i for t in hits[0].trigger.sent
                    if lemma(t) in WANTING_HEADS and not own_wish(t) and not own_warning(t)}
    return [
        h
        for h in hits
        if not is_time_clause_event(h.trigger, main_event)
        and not (h.route != "noun" and agreement_content(h.trigger))
        and not (h.route == "verb" and habitual_trade(h.trigger, h.pattern.code))
        and not (h.pattern.code[:2] not in DEMAND_ROOTS and inside_demand(h.trigger, demands))
        and not restates_governing_event(h.trigger, h.pattern.code, codes)
        and not (
            h.route == "noun"
            and nested_in_event(h.trigger, meeting_heads if _occasion_noun(h) else heads)
        )
    ]


def _occasion_noun(hit: Hit) -> bool:
    """A meeting, call or visit noun, or a message noun ("in the condolence telegram it sent B, A condemned
    the bombing"): an act of its own, swallowed only by an event that links actors of its own."""
    return hit.pattern.code[:2] == cameo.MEETING_ROOT or lemma(hit.trigger) in MESSAGE_NOUNS


def _dyadic(hit: Hit) -> bool:
    """Can the hit yield a dyad: a target, or two coordinated sources?"""
    return bool(hit.roles.targets) or len(hit.roles.sources) >= 2


def _verb_hits(
    sent: Span, patterns: PatternSet, actors: ActorIndex, conv: Conventions
) -> tuple[list[Hit], set[int]]:
    """The hits of the sentence's verbs and attributive participles, with the indices of the nouns they
    took as object or prepositional object: those nouns are part of the verb's event, not events of
    their own."""
    hits: list[Hit] = []
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")):
            if (tok.pos_ == "AUX" and lemma(tok) != "be") or attributive_visiting(tok) is not None:
                continue
            hit = _verb_hit(tok, patterns, actors, conv)
            if hit is None:
                continue
            if hit.noun is not None:
                used_nouns.add(hit.noun.i)
            if hit.prep_obj is not None:
                used_nouns.add(hit.prep_obj.i)
            hits.append(hit)
    return hits, used_nouns


def _without_carrier_verbs(hits: list[Hit], actors: ActorIndex) -> list[Hit]:
    """The verb hits less those whose act another hit carries or supersedes, so that one act is not
    coded twice: an agreement to an act that becomes its own promise, joining a co-agent ("A joined B
    in condemning C"), a matrix verb whose complement is the event, a bare statement, and a clause
    hanging on a protest (what the protest is about, not an act of its own)."""
    # an agreement carries the act agreed to only when that act has a code of its own once promised;
    # otherwise the agreement is the event (030) and the act, not yet done, is none
    agreed = {
        h.trigger.i
        for h in hits
        if h.pattern.is_event
        and getattr(agreed_act(h.trigger.head), "i", None) == h.trigger.i
        and (not promisable(h.pattern.code) or not _dyadic(h))
    }
    hits = [h for h in hits if h.trigger.i not in agreed and not help_purpose(h.trigger)]
    carriers = {h.trigger.head.i for h in hits if h.trigger.dep_ == "xcomp" and h.pattern.is_event}
    # "A joined B in condemning C": the gerund is the act, B a co-agent of it; joining B is no act on B
    joined = {h.trigger.head.head.i for h in hits if h.pattern.is_event and joined_partners(h.trigger, actors)}
    kept = []
    for h in hits:
        meeting = h.route == "verb" and h.pattern.code[:2] == cameo.MEETING_ROOT
        company = joined_company(h.trigger, actors) if meeting else None
        if h.trigger.i in joined or company == "occasion":
            continue  # "A joined B in the games": co-participants, no act on B
        if company == "task":  # "A joined B to trace the weapons": they cooperate at it (06x)
            h.pattern = replace(h.pattern, code=task_cooperation_code(h.roles.sources + h.roles.targets))
        kept.append(h)
    hits = kept
    protests = {h.trigger.i for h in hits if h.pattern.code[:2] == "14"}
    return [
        h
        for h in hits
        if not (h.trigger.i in carriers and lemma(h.trigger) in MATRIX_VERBS)
        and h.pattern.code not in BARE_STATEMENTS
        and not (h.trigger.dep_ in ("advcl", "xcomp") and h.trigger.head.i in protests)
    ]


# Nouns of help that one asks, seeks or wants from another.
HELP_NOUNS = frozenset({"help", "assistance", "aid", "support", "backing", "cooperation", "mediation", "intervention"})
HELP_SEEKING_VERBS = frozenset({"seek", "want", "need", "request", "ask", "solicit", "enlist", "secure", "win"})


def help_purpose(trigger: Token) -> bool:
    """Class SOUGHT HELP'S PURPOSE: in "A sought B's help to end the siege", "wants Ruritanian assistance
    to rebuild its ports" the infinitive after the help asked for is what the help is for, done (if at
    all) by the helper: no act of A, and the seeking is not a mere intent head that the infinitive
    replaces. The request itself is the event."""
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "advcl") or head.i == trigger.i or not to_marked(trigger):
        return False
    return lemma(head) in HELP_SEEKING_VERBS and any(
        o.i < trigger.i and lemma(o) in HELP_NOUNS for o in direct_objects(head))


JUDICIAL_SECTORS = frozenset({"COP", "JUD", "SPY"})


def task_cooperation_code(parties: list[Actor]) -> str:
    """Material cooperation (CAMEO 06x) of parties joined at a task: judicial (063) when police, courts
    or intelligence services take part, military (062) for armed forces, else unspecified (060)."""
    found = set().union(*(sectors(a) for a in parties)) if parties else set()
    if found & JUDICIAL_SECTORS:
        return "063"
    return "062" if "MIL" in found else "060"


def _with_construction_hits(hits: list[Hit], sent: Span, actors: ActorIndex) -> list[Hit]:
    """The hits plus those of constructions no single verb frame reads (obligations, evaluations,
    ascriptions, visits, directives, calls); a directive replaces the verb hit on its own trigger,
    since it reads the same word with its addressee as target."""
    hits = list(hits)
    hits.extend(obligation_hits(sent, actors))
    hits.extend(evaluation_hits(sent, actors))
    hits.extend(Hit(p, t, None, None, "verb", r) for p, t, r in ascription_hits(sent, actors))
    hits.extend(Hit(p, t, n, None, "verb", r) for p, t, n, r in verdict_hits(sent, actors))
    hits.extend(visit_hits(sent, actors))
    directives = directive_hits(sent, actors)
    directed = {h.trigger.i for h in directives}
    hits = [h for h in hits if h.trigger.i not in directed] + directives
    hits.extend(call_noun_hits(sent, actors))
    return hits


def _noun_hits(sent: Span, patterns: PatternSet, actors: ActorIndex, used_nouns: set[int]) -> list[Hit]:
    """The hits of event nouns no verb hit took ("US sanctions against Venezuela"); a gathering told
    without its holders has its participants as sources, and a noun that only names a standing
    relation ("Kenya-Uganda cooperation") is no act."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in used_nouns:
            continue
        candidates = patterns.for_noun(lemma(tok))
        if not candidates:
            continue
        nm = match_noun(tok, candidates)
        if nm is None or not nm[0].is_event or nm[0].code in BARE_STATEMENTS:
            continue
        roles = noun_roles(tok, nm[0], nm[1], actors)
        if not roles.sources and nm[0].code[:2] == cameo.MEETING_ROOT:
            roles.sources = participants(tok, actors)
        if standing_relation(tok, nm[0].code, roles, actors):
            continue
        hits.append(Hit(nm[0], tok, tok, nm[1], "noun", roles))
    return hits


def _main_clause_hits(hits: list[Hit]) -> tuple[list[Hit], dict[int, Token]]:
    """The hits that are news of their own (``drop_subordinate_hits``), plus the meetings somebody
    wanted ("wanted to join the talks with B"), which stay because the wish is the event; and the
    wanting verb of each such meeting, by trigger index, from which the wish's status is read."""
    wanted = {
        h.trigger.i: w
        for h in hits
        if h.route == "noun" and h.roles.targets and (w := wanting_verb(h.trigger, h.pattern.code)) is not None
    }
    kept = drop_subordinate_hits(hits)
    return kept + [h for h in hits if h.trigger.i in wanted and h not in kept], wanted


def collect_hits(
    sent: Span, patterns: PatternSet, actors: ActorIndex, conv: Conventions
) -> tuple[list[Hit], dict[int, Token]]:
    """Every candidate event of the sentence, found by each route in turn (verbs, constructions, event
    nouns) and then thinned to the clauses that are news of their own; with the wanting verbs of
    wished-for meetings (see ``_main_clause_hits``). The order of the hits decides ties between
    equally confident events, so each route appends in sentence order."""
    hits, used_nouns = _verb_hits(sent, patterns, actors, conv)
    consequent_victims(hits, actors)
    hits = _with_construction_hits(_without_carrier_verbs(hits, actors), sent, actors)
    hits.extend(_noun_hits(sent, patterns, actors, used_nouns))
    return _main_clause_hits(hits)


VIOLENT_ROOTS = frozenset({"17"}) | cameo.ARMED_ROOTS


def consequent_victims(hits: list[Hit], actors: ActorIndex) -> None:
    """CONSEQUENT ACT'S VICTIMS: an -ing clause that follows a raid or an attack and tells what the attackers
    did there ("stormed the B embassy, killing three guards", "raided a B police post, abducting two
    officers") does it to the people of the side attacked: the guards or officers it names, with no side of
    their own, are B's. The main act's target is the clause's target; a clause whose victims have a side
    ("..., killing two C soldiers") or its own subject keeps its reading."""
    by_trigger = {h.trigger.i: h for h in hits}
    for h in hits:
        verb = h.trigger
        head = by_trigger.get(verb.head.i)
        if head is None or head is h or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
            continue
        if h.pattern.code[:2] not in VIOLENT_ROOTS or head.pattern.code[:2] not in VIOLENT_ROOTS:
            continue
        if not head.roles.targets or subject_token(verb) is not None:
            continue
        victims = direct_objects(verb)
        sides = [a for v in victims for a in actors.np_deep(v)]
        if not victims or any(not a.code.startswith(NO_COUNTRY) for a in sides):
            continue
        if all(a.code.startswith(NO_COUNTRY) for a in h.roles.targets):
            h.roles.targets = list(head.roles.targets)


def _parties_only(hit: Hit, actors: ActorIndex) -> bool:
    """Strip from the hit's roles the actors that are named without taking part (bystanders, a
    country in an instrument's name, and, for joining a body, every target but the body), recoding
    entry into a body as membership; False when the act has lost its source or its body."""
    hit.roles.sources = without_instrument_names(without_bystanders(hit.roles.sources, actors, askers=False), actors)
    hit.roles.targets = without_instrument_names(without_bystanders(hit.roles.targets, actors, askers=True), actors)
    if not hit.roles.sources:
        return False
    if hit.route == "verb" and joins_body(hit.trigger, hit.pattern.code, hit.roles.targets):
        hit.roles.targets = joined_bodies(hit.roles.targets)  # "X joined NATO": entering a body
        if not hit.roles.targets:
            return False
        hit.pattern = replace(hit.pattern, code=MEMBERSHIP_CODE)
    return True


COMPLAINT_ROOTS = frozenset({"11", cameo.PROTEST_ROOT})  # disapproval and protest: what an envoy is summoned for
CLAIM_OF_RESPONSIBILITY = "015"
VICTIM_PREPS = frozenset({"on", "against", "of", "at"})


def claimed_act_target(hit: Hit, actors: ActorIndex) -> list[Actor]:
    """CLAIMED ACT'S TARGET: a claim of responsibility ("claimed responsibility for the raid on B", "accepted
    responsibility for the bombing of B's consulate") is aimed at whom the claimed act hit, as CAMEO.2.0's
    "claimed the attack on B" is; the act itself is the claim's content, not a second event."""
    if hit.pattern.code != CLAIM_OF_RESPONSIBILITY or hit.noun is None:
        return []
    acts = [o for w, o in prep_objects(hit.noun) + prep_objects(hit.trigger) if w == "for"]
    for act in acts:
        for word, victim in prep_objects(act):
            found = actors.np_deep(victim) if word in VICTIM_PREPS else []
            if found:
                return found
    return []


def _localize_roles(hit: Hit, ctx: SentenceContext, actors: ActorIndex) -> None:
    """Give countryless sides the country the sentence implies (where the act happens, a national
    source acting at home, an accuser's insurgents) unless the text calls them foreign; drop the
    venue of a meeting, and give an act with no target the one it implies (a protest's own state)."""
    hit.roles.sources = keep_said_foreign(
        hit.roles.sources, localize(hit.roles.sources, hit.trigger, hit.noun, actors), actors
    )
    hit.roles.targets = keep_said_foreign(hit.roles.targets, domestic_targets(
        accused_support_targets(
            hit.trigger, hit.pattern.code, localize(hit.roles.targets, hit.trigger, hit.noun, actors), actors
        ),
        hit.roles.sources,
        hit.pattern.code,
    ), actors)
    if not ctx.conventions.place_hosts_joint_meeting:
        hit.roles.targets = without_venue(hit.trigger, hit.noun, hit.pattern.code, hit.roles.targets, actors)
    hit.roles.sources = without_audience(hit.pattern.code, hit.roles.sources)
    hit.roles.targets = without_audience(hit.pattern.code, hit.roles.targets)
    if not hit.roles.targets:
        hit.roles.targets = (
            mission_protested(hit.pattern.code, hit.trigger, hit.noun, actors)
            or claimed_act_target(hit, actors)
            or (envoy_complained_to(hit.trigger, actors) if hit.pattern.code[:2] in COMPLAINT_ROOTS else [])
            or (complaint_occasion(hit.trigger, actors) if hit.pattern.code[:2] == cameo.PROTEST_ROOT else [])
            or implied_targets(hit.pattern.code, hit.roles.sources)
        )
    hit.roles.targets = own_territory_ruled(hit.pattern.code, hit.roles.sources, hit.roles.targets)
    hit.roles.sources = domestic_sources(hit.roles.sources, hit.roles.targets)


def _scene_only(hit: Hit, sent: Span, ctx: SentenceContext, actors: ActorIndex) -> bool:
    """Is the only target the scene of an act done there, not to it (unless the conventions code the
    scene as target)?"""
    return bool(
        not ctx.conventions.scene_as_target
        and hit.roles.targets
        and scene_code(hit.pattern.code)
        and scene_only_target(
            hit.pattern.code,
            hit.roles.sources,
            hit.roles.targets,
            location_target(hit.trigger, hit.noun, actors),
            named_object=any(actors.np_deep(o) for o in direct_objects(hit.trigger)),
            countries=frozenset(a.code[:3] for _, found in actors.mentions_in(sent) for a in found),
        )
    )


def _no_act_on_target(hit: Hit, sent: Span, ctx: SentenceContext, actors: ActorIndex) -> bool:
    """Is the settled dyad no act of the sources on the targets after all: a scene only, a domestic
    permit, a state investigating itself, an occasion organised?"""
    if _scene_only(hit, sent, ctx, actors):
        return True
    if domestic_permit(hit.trigger, hit.noun, hit.roles.sources, hit.roles.targets):
        return True
    if own_state_investigated(hit.pattern.code, hit.roles.sources, hit.roles.targets):
        return True
    if own_forces_as_instrument(hit.pattern.code, hit.roles.sources, hit.roles.targets):
        return True
    return hit.route == "verb" and organised_occasion(hit.trigger)  # "the embassy organised an exhibition"


def settle_roles(hit: Hit, sent: Span, ctx: SentenceContext, actors: ActorIndex) -> Hit | None:
    """The hit with its roles settled in place (only parties, localized, the venue and home units
    dropped), or None when it is no event between parties: the frames find actors, and this stage
    decides which of them the act is done by and to before any code rule reads the act."""
    if not hit.pattern.is_event or not hit.roles.sources or non_event(hit.trigger, hit.noun) \
            or failed_effort(hit.trigger):
        return None
    if hit.route == "verb" and hit.pattern.code[:2] == cameo.MEETING_ROOT and met_with_a_thing(hit.trigger):
        return None
    if hit.route == "verb" and hit.pattern.id != BLAME.id and linked_to_outlaws(hit.trigger, actors):
        return None  # "linked X with Al-Qaeda" is blame of X (``ascriptions``), no link between them
    if hit.route == "verb" and (authors := message_author(hit.noun, actors)):
        hit.roles.sources = authors
    if not _parties_only(hit, actors):
        return None
    if hit.roles.targets and not without_audience(hit.pattern.code, hit.roles.targets):
        return None  # MEETING THE PRESS: a news conference, not a meeting among its speakers either
    _localize_roles(hit, ctx, actors)
    hit.roles.sources = [a for a in named_members(hit.roles.sources, actors) if not mere_place(a)]
    if not hit.roles.sources:
        return None  # PLACES DO NOT ACT: "the bombing in <town>, which killed ...": the town did nothing
    hit.roles.targets = named_members(hit.roles.targets, actors)
    code = hit.pattern.code
    hit.roles.targets = toured_members(code, hit.roles.targets, hit.roles.sources, sent, actors, ctx.resolver)
    hit.roles.sources = toured_members(code, hit.roles.sources, hit.roles.targets, sent, actors, ctx.resolver)
    hit.roles.targets = foreign_addressees(code, hit.roles.sources, hit.roles.targets)
    if _no_act_on_target(hit, sent, ctx, actors):
        return None
    if seats_won(hit.pattern.code, hit.trigger, hit.noun, hit.roles.sources, hit.roles.targets):
        return None
    if hit.route == "verb" and hit.roles.targets:
        hit.roles.targets = home_unit_targets(hit.trigger, hit.roles.targets, actors)
        if not hit.roles.targets:
            return None  # "set up a national WTO unit": its own office, no act toward the WTO
    return hit


def _clause_modality(hit: Hit, sent: Span, ctx: SentenceContext) -> str | None:
    """The act's status as its clause tells it (asserted, intended, reported, historical, ...), before
    any code rule; None when the clause describes rather than reports (a national side's tour, the
    kind of people someone is)."""
    modality = event_modality(hit.trigger, sent, ctx.root)
    if modality == "intended" and hit.route == "noun" and dated_past_noun(hit.trigger, ctx.published):
        modality = "asserted"  # DATED PAST NOUN: "will brief B on his talks last week": the talks took place
    governor = time_clause_governor(hit.trigger) if modality == "asserted" else None
    if governor is not None:  # "will reopen after the presidents meet": planned as its main clause is
        modality = shared_future(hit.trigger, governor, event_modality(governor, sent, ctx.root)) or modality
    if modality == "asserted" and within_reason_clause(hit.trigger):
        modality = "reported"
    if modality == "asserted" and background_period(hit.trigger, ctx.published):
        modality = "historical"
    if team_tour(hit.noun, hit.roles.sources):
        return None  # "England's tour of Pakistan": a national side's, not a state visit
    if modality == "asserted" and not ctx.conventions.habits_as_events and habitual(hit.trigger):
        modality = "historical"  # "rebels frequently ambush patrols": how things go, not an act of the day
    if modality == "asserted" and standing_present(hit.trigger, ctx.index):
        modality = "historical"  # "the bloc links A with B": how things stand, in a story's body
    if modality == "asserted" and kind_description(hit.trigger, hit.pattern.code or ""):
        return None  # "Danish sailors visiting Kenyan ports": who they are, not what they did
    if modality == "asserted" and hit.route == "noun" and (
            upcoming_noun(hit.trigger) or dated_future_noun(hit.trigger, ctx.published)):
        modality = "intended"  # "ahead of talks with X", "his visit to B next month": planned, not yet held
    if modality == "asserted" and hit.route == "verb" and headline_infinitive(hit.trigger):
        modality = "intended"  # "EU envoy to tour Serbia": a headline's announced plan
    if modality == "asserted" and hit.route == "verb" and for_to_infinitive(hit.trigger):
        modality = "hypothetical"  # "the best way for A to help B": what would be good, not what was done
    if modality == "asserted" and hit.route == "verb" and permitted_act(hit.trigger):
        modality = "intended"  # "got the nod to start talks": leave to act, not the act
    if modality == "asserted" and hit.route == "verb" and timetable_present(hit.trigger) and dates_itself(hit.trigger):
        when, _, how = ctx.date_for(hit.trigger)
        if how.startswith("sentence:") and when is not None and ctx.published is not None and when > ctx.published:
            modality = "intended"  # "flies to Dakar on Monday": the timetable's present, still to come
    return modality


@dataclass
class CodeReading:
    """What the clause rules made of one settled hit: its code, status and the rule that decided them
    (``step``), and which rules fired, since the events derived from the act depend on them (no
    partner's side of a refusal, a promise is PLOVER AGREE, ...)."""

    code: str
    modality: str
    step: str = "pattern"
    wish: Token | None = None
    appealed: str | None = None
    halt: str | None = None
    refusal: str | None = None
    threat: str | None = None
    intent: tuple[str, Token] | None = None
    agreement: str | None = None
    planned: tuple[str, str] | None = None


def _recode_kind(hit: Hit, r: CodeReading, ctx: SentenceContext) -> bool:
    """Recode the act by what its words make of it (an invitation, a signed agreement, a verbal or
    weapon attack, an act appealed for, armed backing, halted talks); False when the backing read
    is no event at all."""
    as_intent = ctx.conventions.planned_cooperation_as_intent
    invited = invitation_code(hit.trigger, hit.noun, r.code, as_intent) if r.code else None
    if invited is not None:
        r.code, r.step = invited, "invitation"  # "invited B to visit": the inviter's intent to meet
    signed = signed_agreement_code(hit.trigger, hit.noun, r.code) if r.code and hit.route != "noun" else None
    if signed is not None:
        r.code, r.step = signed, "signed-agreement"
    if r.code and r.code[:2] in cameo.ARMED_ROOTS and verbal_attack(hit.noun):
        r.code, r.step = VERBAL_ATTACK, "verbal-attack"
    weapon = weapon_attack_code(hit.trigger, r.code) if r.code else None
    if weapon is None and r.code:  # "a warplane used a guided bomb against rebel units": an air attack, not repression
        weapon = combat_weapon_code(hit.trigger, hit.noun, r.code, hit.roles.sources, hit.roles.targets)
    if weapon is not None:  # "mortar rounds left nine villagers dead": an attack with the weapon
        r.code, r.step = weapon, "weapon-attack"
    bombing = bombing_code(hit.trigger, hit.noun, r.code, hit.roles.sources) if r.code else None
    if bombing is not None and bombing != r.code:  # "a roadside bomb hit a patrol": 1833, not 190
        r.code, r.step = bombing, "bombing"
    r.appealed = appealed_act_code(hit.noun, r.code) if r.code else None
    if r.appealed is not None:  # "a plea for negotiations with B", "urged the release of ...": asked for, not done
        r.code, r.step = r.appealed, "appealed-act"
    backing = armed_backing(hit.trigger, r.code, hit.roles.sources, hit.roles.targets) if r.code else None
    if backing == NO_EVENT:
        return False
    if backing is not None:
        r.code, r.step = backing, "armed-backing"
    r.halt = halted_code(hit.noun, r.code) if r.code and hit.route in ("noun", "light") else None
    if r.halt is not None:
        r.code, r.step = r.halt, "halted"
    blocked = public_obstruction_code(hit.trigger, hit.noun, r.code, hit.roles.sources) if r.code else None
    if blocked is not None:  # "villagers blocked the road": a protest by obstruction
        r.code, r.step = blocked, "public-obstruction"
    return True


def _read_refusal_or_threat(hit: Hit, r: CodeReading, sent: Span, ctx: SentenceContext) -> None:
    """Read a refusal of the act, a decision to take it (a reduction of relations) or a threat of it,
    each of which is the event in place of the act itself."""
    refused = read_refusal(hit.trigger, hit.route, r.code, r.modality) if r.code else None
    r.refusal = refused[0] if refused is not None else None
    if refused is not None:
        r.modality = refused[1]
    if r.refusal is not None:
        r.code, r.step = r.refusal, "refusal"
    decision = decided_reduction(hit.trigger, r.code) if r.code and r.refusal is None else None
    if decision is not None:  # "decided to halt talks with X": the decision is the reduction
        r.modality, r.step = event_modality(decision, sent, ctx.root), "decision"
    r.threat = (
        threat_code(hit.trigger, r.code, r.modality, ctx.conventions.vowed_coercion_as_threat)
        if r.code and decision is None
        else None
    )
    if r.threat is not None:
        r.code, r.modality, r.step = r.threat, "asserted", "threat"
        head = hit.trigger.head
        if hit.trigger.dep_ == "xcomp" and background_period(head, ctx.published):
            r.modality = "historical"  # "X, which has threatened to expel Y": the threat is background too


def _read_commitment(hit: Hit, r: CodeReading, sent: Span, ctx: SentenceContext) -> None:
    """Read a pledge, an agreement or a plan to do the act: the commitment is the event (CAMEO 03, or
    the planned act as the conventions code it), the act itself not yet done."""
    r.intent = (
        intent_code(hit.trigger, r.code)
        if r.code and r.modality != "negated" and r.refusal is None and r.threat is None
        else None
    )
    if r.intent is not None:  # "pledged to help X": the pledge is the (asserted) event, CAMEO 03
        anchor = r.intent[1].head if r.intent[1].dep_ == "acomp" else r.intent[1]  # "would be ready to"
        r.code, r.modality, r.step = r.intent[0], event_modality(anchor, sent, ctx.root), "intent"
    r.agreement = (
        agreement_code(hit.trigger, r.code) if r.code and r.modality != "negated" and r.intent is None else None
    )
    if r.agreement is not None:
        r.code, r.step = r.agreement, "agreement"
    r.planned = (
        planned_act_code(r.code, r.modality, ctx.conventions)
        if r.code and r.intent is None and r.wish is None
        else None
    )
    if r.planned is not None:
        r.code, r.modality, r.step = r.planned[0], r.planned[1], "convention:planned"


def _read_act_status(hit: Hit, r: CodeReading, ctx: SentenceContext) -> None:
    """Read what the surrounding words make of the act's status, last, since they qualify whatever
    the act was read as: a purpose or aim, a feared outcome or an accord's terms, a denial or an
    allegation, an event called off."""
    if r.modality == "asserted" and r.step == "pattern" and hit.route == "verb" and purposed_act(hit.trigger, r.code):
        r.modality, r.step = "intended", "purpose"
    if r.code and r.modality == "asserted" and r.step == "pattern" and aimed_act(hit.trigger, r.code):
        r.modality = "intended"  # "bought tanks to deter X": an aim, after the clause rules read it as it stands
    if r.modality in ("asserted", "intended") and feared_act(hit.trigger):
        r.modality, r.step = "hypothetical", "status:feared"  # "fear that X will cut ties": an outcome feared
    elif r.modality in ("asserted", "intended") and provided_act(hit.trigger):
        r.modality, r.step = "hypothetical", "status:provision"  # "the accord allows X to inspect Y": its terms
    stance = content_stance(hit.trigger) if hit.route != "noun" else None
    if stance in ("negated", "hypothetical") or (stance == "reported" and r.modality == "asserted"):
        r.modality = stance  # "denied that its troops shelled ...", "charges that it armed ...": told, not done
    if r.code and r.modality == "asserted" and r.code[:2] in COOPERATIVE_ROOTS and continued_intent(hit.trigger):
        promised = planned_act_code(r.code, "intended", ctx.conventions)
        if promised is not None:  # "will continue to support B": the promise to go on is the intent (032)
            r.code, r.modality, r.step = promised[0], promised[1], "continued-promise"
    dropped = called_off(hit.noun) if hit.route == "noun" and r.modality == "asserted" and r.halt is None else None
    if dropped is not None:
        r.modality, r.step = dropped, "called-off"  # "the inspection was abandoned": it never took place
        replanned = planned_act_code(r.code, r.modality, ctx.conventions) if r.code else None
        if replanned is not None:  # "the conference was pushed back a week": still planned, an intent (036)
            r.code, r.modality = replanned


def read_code(
    hit: Hit, modality: str, wanted: dict[int, Token], sent: Span, ctx: SentenceContext
) -> CodeReading | None:
    """The settled act's code and status after the clause rules, applied in a fixed order because
    each reads what the earlier ones decided; None when the act turns out to be no event."""
    wish = wanted.get(hit.trigger.i) if hit.route == "noun" else None
    r = CodeReading(hit.pattern.code, modality, wish=wish)
    if wish is not None:  # "wanted to join the talks with B": the wish is the event, an intent to meet
        r.code, r.modality, r.step = INTENT_TO_MEET, event_modality(wish, sent, ctx.root), "wanted-meeting"
    if not _recode_kind(hit, r, ctx):
        return None
    _read_refusal_or_threat(hit, r, sent, ctx)
    _read_commitment(hit, r, sent, ctx)
    _read_act_status(hit, r, ctx)
    return r


def _own_acts(hit: Hit, r: CodeReading, ctx: SentenceContext) -> list[CodedPair]:
    """The act from each source to each target; co-agents of a passive act do not act on each other,
    except in a meeting, where co-participants meet."""
    joint = (
        not (hit.route == "verb" and is_passive(hit.trigger))
        or hit.pattern.code[:2] == cameo.MEETING_ROOT
        or is_joint(hit.pattern.code, ctx.conventions)
    )
    # a vowed or threatened fight (138 read off a 19x row) is no more reciprocal than the fight itself
    joint = joint and all(co_agents_fight_each_other(c, hit.trigger, hit.noun) for c in (r.code, hit.pattern.code))
    joint = joint and not (hit.route == "verb" and lemma(hit.trigger) in JOINING_VERBS)  # they join it together
    joint = joint and not co_attendees(hit.trigger, hit.noun, hit.roles.sources)
    return [(r.code, s, t) for s, t in _pairs(hit.roles, hit.pattern.code or r.code, joint)]


def _speaker_claims(hit: Hit, r: CodeReading, acts: list[CodedPair]) -> tuple[list[CodedPair], list[CodedPair]]:
    """The acts and the claims a speaker makes of them: a claim (accusation, claim of responsibility)
    replaces the claimed act, which is then only alleged, and an act reported by anyone but its own
    state's authority is ``reported`` (``r.modality`` is updated)."""
    speaker = hit.roles.speaker
    if speaker is None or not is_claim(hit.trigger, r.code, r.modality):
        return acts, []
    claims = claims_for(speaker, r.code, acts, lemma(speech_head(hit.trigger) or hit.trigger))
    if claims or not own_state_acts(speaker, acts):
        r.modality = "reported"  # a state telling of its own acts asserts them
    if claims:
        acts = []  # the claim is the event; the claimed act is only alleged
    return acts, claims


def _joint_mirror(hit: Hit, r: CodeReading, acts: list[CodedPair], ctx: SentenceContext) -> list[CodedPair]:
    """The other direction of a joint act (or of an agreement, under symmetric conventions): both sides
    do it; not for a refusal, an invitation, a summons, contact sought, a message sent or a wish, which
    only one side does."""
    if (
        r.code
        and r.refusal is None
        and not is_invitation(hit.trigger, hit.noun)
        and not summons(hit.trigger, hit.noun)
        and not (hit.route == "verb" and (sought_contact(hit.trigger) or willing_side(hit.trigger)
                                         or one_way_message(hit.trigger, hit.noun)))
        and r.wish is None
        and (is_joint(r.code, ctx.conventions) or (r.agreement and ctx.conventions.symmetric_both_ways))
    ):
        return [(r.code, t, s) for c, s, t in list(acts) if c == r.code]
    return []


def _main_acts(hit: Hit, r: CodeReading, ctx: SentenceContext) -> tuple[list[CodedPair], list[CodedPair]]:
    """The acts the hit states (both ways when joint) and the speaker's claims of them."""
    acts: list[CodedPair] = []
    claims: list[CodedPair] = []
    if r.code:
        acts, claims = _speaker_claims(hit, r, _own_acts(hit, r, ctx))
    return acts + _joint_mirror(hit, r, acts, ctx), claims


def _derived_acts(
    hit: Hit, r: CodeReading, main: list[CodedPair], ctx: SentenceContext, actors: ActorIndex
) -> list[CodedPair]:
    """The acts that follow from the main ones: the target's side of a two-sided pattern (receiving,
    hosting), the hosts of a visit, and the same acts by compared actors ("like X, Y condemned ...")."""
    derived: list[CodedPair] = []
    if (
        hit.pattern.reverse and hit.roles.targets and r.refusal is None and r.threat is None and r.intent is None
        and r.appealed is None and not (r.planned is not None and hit.route == "verb" and willing_side(hit.trigger))
        and not (r.step == "signed-agreement" and is_joint(r.code, ctx.conventions))
    ):
        reverse = hit.pattern.reverse
        if r.planned is not None:  # the partner's side of a planned act is planned too ("plans to sign with B")
            reverse = (planned_act_code(reverse, "intended", ctx.conventions) or (reverse, ""))[0]
        derived += [
            (reverse, t, s)
            for s, t in _pairs(hit.roles, reverse)
            if reverse not in HOST_REVERSE_NEEDS_PARTY or not is_place(t)
        ]
    if r.code and r.code[:3] == VISIT and r.modality != "negated":
        derived += [
            (HOST, host, s)
            for s in hit.roles.sources
            for host in meeting_hosts(hit.trigger, actors)
            if distinct_dyad(host, s)
        ]
    if r.modality != "negated":
        derived += hosted_visits(main + derived, ctx.conventions)
    derived += compared_events(hit, main + derived, actors)
    return derived


def _keyed_events(
    hit: Hit,
    r: CodeReading,
    tagged: list[tuple[str, Actor, Actor, str, str]],
    ctx: SentenceContext,
    actors: ActorIndex,
) -> list[tuple[EventKey, CodedEvent]]:
    """The coded events of the tagged acts (code, source, target, modality, step) that the conventions
    keep, each with its (source, target, root) key as read before the actors' roles are dated."""
    events: list[tuple[EventKey, CodedEvent]] = []
    backed = demonstration_backing([code for code, *_ in tagged], hit.trigger, actors)
    if backed:  # "marched in support of B": B is whom the act is toward, whatever target the frame found
        tagged = list({(src.code, b.code): (code, src, b, mod, decided) for code, src, _, mod, decided in tagged
                       if code.startswith(cameo.PROTEST_ROOT) for b in backed if b.code != src.code}.values()) \
            + [t for t in tagged if not t[0].startswith(cameo.PROTEST_ROOT)]
    for code, src, tgt, mod, decided in tagged:
        if not ctx.conventions.countryless_sides and not (placed(src) and placed(tgt)):
            continue
        backing = support_code(code, backed, tgt)
        if backing == "":
            continue  # "marched in support of the army": no protest against the government
        if backing:
            code, decided = backing, "demonstrated-support"
        if ctx.conventions.armed_forces_as_force and (force := military_force_code(code, src)) != code:
            code, decided = force, f"{decided}+military-force"
        if ctx.conventions.states_protest_officially:
            complaint = official_protest_code(code, src, lemma(hit.trigger))
            if complaint != code:
                code, decided = complaint, f"{decided}+official-protest"
        if not ctx.conventions.domestic_cooperation and (
                internal_affair(code, src, tgt) or private_dyad(code, src, tgt)):
            continue
        planned_trip = code[:3] == MEETING_INTENT and (hit.pattern.code or "")[:3] in (VISIT, HOST)
        if figurative_force(hit.pattern, code, src, tgt) or commercial_dealing(code, src, tgt) \
                or private_travel(code, src, tgt, actors, hit.trigger, planned=planned_trip):
            continue
        ev = _make_event(ctx, hit, code, src, tgt, mod, actors, promised=r.intent is not None, step=decided)
        if ev is not None:
            events.append(((src.code, tgt.code, code[:2]), ev))
    return events


def _speaker_resolve(hit: Hit, r: CodeReading, ctx: SentenceContext) -> list[tuple[str, Actor, Actor, str, str]]:
    """SPEAKER AMONG BOTH SIDES (``joint_resolve``): "both sides should expand trade", said by one of
    them, is the speaker's intent (03x) toward each partner, asserted."""
    speaker = hit.roles.speaker
    if speaker is None or r.modality not in ("hypothetical", "intended", "asserted"):
        return []
    partners = speaker_partners(hit.trigger, r.code or "", speaker, hit.roles.sources)
    intent = planned_act_code(r.code or "", "intended", ctx.conventions) if partners else None
    if intent is None:
        return []
    r.code, r.modality, r.step = intent[0], intent[1], "speaker-resolve"
    return [(r.code, speaker, p, r.modality, r.step) for p in partners]


def emit_events(
    hit: Hit, wanted: dict[int, Token], sent: Span, ctx: SentenceContext, actors: ActorIndex
) -> list[tuple[EventKey, CodedEvent]]:
    """The coded events of one settled hit, keyed by (source, target, root): its status and code as
    the clause rules read them, the acts stated, derived and claimed, and the conventions' filters."""
    modality = _clause_modality(hit, sent, ctx)
    if modality is None:
        return []
    r = read_code(hit, modality, wanted, sent, ctx)
    if r is None:
        return []
    if r.code and danger_warning(hit.trigger, r.code, hit.roles.sources, actors):
        r.code, r.step = PESSIMISTIC_COMMENT, "danger-warning"  # "warned that the rains will cause floods"
    if r.code and (resolve := _speaker_resolve(hit, r, ctx)):
        return _keyed_events(hit, r, resolve, ctx, actors)
    main, claims = _main_acts(hit, r, ctx)
    derived = _derived_acts(hit, r, main, ctx, actors)
    visit = hit.pattern.code or r.code or ""
    main = [(c, s, t) for c, s, t in main if not visited_region(visit, c, s, hit.roles.targets)]
    derived = [(c, s, t) for c, s, t in derived if not visited_region(visit, c, s, hit.roles.targets)]
    tagged = (
        [(c, src, tgt, r.modality, r.step) for c, src, tgt in main]
        + [(c, src, tgt, r.modality, f"{r.step}+derived") for c, src, tgt in derived]
        + [(c, src, tgt, "asserted", "claim") for c, src, tgt in claims]
    )
    return _keyed_events(hit, r, tagged, ctx, actors)


def extract_sentence(sent: Span, ctx: SentenceContext, patterns: PatternSet, actors: ActorIndex) -> list[CodedEvent]:
    """All dyadic events in one sentence; one per (source, target, root code), the most confident,
    since a sentence rarely reports two distinct events of one kind between the same pair."""
    hits, wanted = collect_hits(sent, patterns, actors, ctx.conventions)
    best: dict[EventKey, CodedEvent] = {}
    for hit in hits:
        settled = settle_roles(hit, sent, ctx, actors)
        if settled is None:
            continue
        for key, ev in emit_events(settled, wanted, sent, ctx, actors):
            if key not in best or best[key].confidence < ev.confidence:
                best[key] = ev
    return list(best.values())


def extract_events(
    doc: Doc,
    patterns: PatternSet,
    published: date | None = None,
    resolver: ActorResolver | None = None,
    conventions: Conventions | None = None,
) -> list[CodedEvent]:
    """Every dyadic event in a parsed doc whose actor spans are set; ``resolver`` is the pipeline's
    actor dictionary (the packaged default when None); ``conventions`` the coding conventions
    (default: analyst, see ``realpolitik.coding.conventions``)."""
    conv = conventions or conventions_named(None)
    try:
        actors = ActorIndex(doc, demonym_lookup(published, resolver))
    except Exception as exc:  # noqa: BLE001  (a malformed parse or actor span: no events, never a crash)
        log.warning("coder skipped a document: cannot index its actors (%s: %s)", type(exc).__name__, exc)
        return []
    if not actors.by_token or sport_story(doc):
        return []
    events: list[CodedEvent] = []
    for index, sent in enumerate(doc.sents):
        codes = {a.code for _, found in actors.mentions_in(sent) for a in found}
        if len(codes) < 2 and not (codes and any(t.ent_type_ == "NORP" or t.lemma_ in ATTACK_MEANS
                                                 or t.lower_ in EMERGENCY_RULE_WORDS for t in sent)):
            continue  # a second party can only be a demonym ("a Peruvian ultimatum"), unnamed attackers or
            # the population under a curfew
        has_dates = any(tok.ent_type_ in ("DATE", "TIME") for tok in sent)
        ctx = SentenceContext(
            sent,
            index,
            published,
            root=sent.root,
            has_dates=has_dates,
            resolver=resolver,
            conventions=conv,
        )
        try:
            events.extend(extract_sentence(sent, ctx, patterns, actors))
        except Exception as exc:  # noqa: BLE001  (one clause the rules cannot read loses its events, not the doc)
            log.warning("coder skipped sentence %d (%r): %s: %s", index, sent.text[:80], type(exc).__name__, exc)
    return events
