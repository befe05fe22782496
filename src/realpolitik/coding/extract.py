"""Event extraction from a parsed, actor-tagged sentence: trigger word + frame → dyadic CAMEO events.

For each sentence that mentions at least two distinct actors, every verb and every event noun is
looked up in the pattern index (a dict keyed by lemma, so the cost is one lookup per token). The most
specific matching pattern wins; ``---`` patterns block weaker ones. Then the frame gives the roles:

* verbs: source = subject (passive: the ``by`` agent); subjects missing from the clause are inherited
  from the governing verb (``xcomp``/``advcl``/``conj``/``pcomp``), the noun a relative clause hangs on,
  the object of a control verb ("necessitated Mattis to travel"), or the possessor of an ``acl`` noun
  ("the US decision to begin arming ..."); a pronoun subject of reported speech becomes the speaker.
  target = the pattern's prepositional object, else direct object / dative / passive subject, else
  objects of target prepositions on the verb or on the matched noun.
* light verbs ("held talks", "paid a visit", "imposed sanctions") take their code from the noun.
* nouns ("Maduro's visit to Ankara", "US sanctions against Venezuela"): source = possessor / compound
  / adjective / ``by`` / ``from`` phrase, target = prepositional object; a nominal event used as the
  agent of a passive participle ("regime crippled by US sanctions") targets the participle's noun.
* compound subjects or plural actor mentions ("Turkey and Venezuela signed", "the two leaders held")
  yield both directions for symmetric codes (meetings, talks, agreements, cooperation, fighting).

Only dyadic events are emitted (source and target actors with different codes).

Confidence (0–1) is the product of
  pattern   0.50 + 0.10 × specificity (particle, preposition, object noun: 1 each; extra noun-phrase
            words 0.5 each), capped at 0.85; × 0.9 for patterns converted from CAMEO.2.0 rather
            than curated ones
  route     × 0.85 for nominal events, × 0.9 for light-verb events, × 0.85 when the source was
            inherited from another clause or a target came from a modifier
  actors    × min(source.confidence, target.confidence) (the actor resolver's certainty)
clamped to [0.05, 0.99].
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from realpolitik.coding import cameo
from realpolitik.coding.frames import (
    PERSONAL_PRONOUNS,
    REL_PRONOUNS,
    agent_token,
    direct_objects,
    inflection_candidates,
    is_passive,
    lemma,
    particles,
    passive_subject,
    phrase_matches,
    prep_objects,
    speech_head,
    subject_token,
    with_conjuncts,
)
from realpolitik.coding.demonyms import demonym_lookup
from realpolitik.coding.modality import event_modality, refusal_head
from realpolitik.coding.patterns import LAYER_CAMEO2, LAYER_CURATED, Pattern, PatternSet
from realpolitik.coding.plover import to_plover
from realpolitik.model import Actor, CodedEvent

CODER_VERSION = "realpolitik-coder 0.1"
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "at", "for", "into", "upon", "over", "from", "of")
NOUN_TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "for", "of", "at", "over", "between", "from")
LOCATION_PREPS = ("in", "at", "inside")
PROMISABLE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
REFUSAL_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REFUSAL_BY_BASE = {"057": "127"}
PURPOSE_TARGET_ROOTS = frozenset({"10", "14"})
CCOMP_TARGET_ROOTS = frozenset({"02", "10", "11", "12", "13"})
OBLIGATION_HEADS = frozenset(
    {"say", "declare", "insist", "reiterate", "stress", "state", "tell", "announce", "add", "warn", "argue"}
)


THREAT_BY_ROOT = {"14": "133", "15": "138", "17": "137", "18": "138", "19": "138", "20": "138"}
THREAT_BY_BASE = {"161": "1313", "163": "1312", "162": "1311", "160": "131", "164": "131", "166": "131"}
THREAT_HEADS = frozenset({"threaten", "vow", "warn"})


def threat_code(trigger: Token, code: str, modality: str) -> str | None:
    """An announced or conditional coercive act is a threat (CAMEO 13): "threatened to break off
    relations", "will withdraw its force unless ...", "plans to impose restrictions"."""
    threat = THREAT_BY_BASE.get(code[:3]) or THREAT_BY_ROOT.get(code[:2])
    if threat is None:
        return None
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in THREAT_HEADS:
        return threat
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in trigger.children):
        return threat
    return threat if modality == "intended" else None


def purpose_target(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The party a protest or demand is aimed at, named in its purpose clause ("staged demonstrations
    to demand reforms by Suharto's government", "began a hunger strike to protest Assad's failure")."""
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


def refusal_code(trigger: Token, code: str) -> str | None:
    """A refused cooperative act is a rejection (CAMEO 12): "refused to deploy", "failed to reach"."""
    if code[:2] not in REFUSAL_BY_ROOT:
        return None
    head = refusal_head(trigger)
    if head is None:
        return None
    return REFUSAL_BY_BASE.get(code[:3]) or REFUSAL_BY_ROOT[code[:2]]
NOUN_SOURCE_PREPS = ("by", "from")
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
SYMMETRIC_BASES = frozenset(
    {
        "030",
        "031",
        "032",
        "036",
        "040",
        "041",
        "044",
        "045",
        "046",
        "050",
        "057",
        "060",
        "061",
        "062",
        "063",
        "064",
        "190",
        "193",
        "194",
        "195",
        "160",
        "161",
    }
)


def is_symmetric(code: str) -> bool:
    """Codes that describe a joint act when the actors are coordinated ("X and Y met/signed/clashed")."""
    return code[:3] in SYMMETRIC_BASES


DemonymLookup = Callable[[Token], list[Actor]]


@dataclass
class Roles:
    """Actors found for one trigger, with how certain the route to them was."""

    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    speaker: Actor | None = None
    penalty: float = 1.0
    source_tokens: set[int] = field(default_factory=set)


@dataclass
class Hit:
    pattern: Pattern
    trigger: Token
    noun: Token | None
    prep_obj: Token | None
    route: str  # verb | light | noun
    roles: Roles


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
        for c in tok.children:
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
                members.extend(with_conjuncts(c))
        for t in members:
            hit = self.by_token.get(t.i)
            key = hit[0].start if hit else -1 - t.i
            if key in seen_spans:
                continue
            seen_spans.add(key)
            out.extend(self.at(t))
        return _unique(out)

    def np_deep(self, tok: Token, depth: int = 2) -> list[Actor]:
        """Actors of a phrase, else of its modifiers: misattached names ("Assad Tuesday") and
        actor-modified nouns ("an Islamic State target") still point at their actor."""
        found = self.np(tok) or self.modifiers(tok, ("compound", "poss", "nmod"))
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
            if not found and span is None and c.dep_ == "amod" and self.demonyms is not None:
                found = self.demonyms(c)
            out.extend(found)
        return _unique(out)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


# ---------------------------------------------------------------- pattern matching


def _object_nouns(verb: Token) -> list[Token]:
    objs = direct_objects(verb)
    if is_passive(verb):
        subj = passive_subject(verb)
        if subj is not None:
            objs.append(subj)
    return [o for t in objs for o in with_conjuncts(t)]


def match_verb(verb: Token, candidates: list[Pattern]) -> tuple[Pattern, Token | None, Token | None] | None:
    """Most specific pattern whose frame the verb's dependents satisfy: (pattern, noun, prep object)."""
    prts = particles(verb)
    objs: list[Token] | None = None
    for p in candidates:
        if p.particle and p.particle not in prts:
            continue
        if p.frame == "V":
            return p, None, None
        if p.frame == "V+P":
            pobjs = prep_objects(verb, p.prep)
            if pobjs:
                return p, None, pobjs[0][1]
            continue
        if p.frame == "V+N":
            if objs is None:
                objs = _object_nouns(verb)
            for o in objs:
                if phrase_matches(o, p.noun_words):
                    return p, o, None
            continue
        if p.frame == "V+P+N":
            for _, o in prep_objects(verb, p.prep):
                if phrase_matches(o, p.noun_words):
                    return p, o, o
    return None


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


# ---------------------------------------------------------------- roles


def _speaker_for(verb: Token, actors: ActorIndex) -> Actor | None:
    head = speech_head(verb)
    if head is None:
        return None
    found = find_sources(head, actors, depth=3)
    return found[0][0] if found and found[0] else None


def find_sources(verb: Token, actors: ActorIndex, depth: int = 4) -> tuple[list[Actor], bool]:
    """Source actors of a verb and whether they were inherited from elsewhere in the sentence."""
    if depth <= 0:
        return [], True
    if is_passive(verb):
        agent = agent_token(verb)
        return (actors.np(agent), False) if agent is not None else ([], False)
    subj = subject_token(verb)
    if subj is not None:
        low = subj.lower_
        if low in PERSONAL_PRONOUNS:
            head = speech_head(verb)
            if head is not None:
                speaker = find_sources(head, actors, depth - 1)[0]
                if speaker:
                    return speaker, True
        found = actors.np(subj)
        if found:
            return found, False
        if low in REL_PRONOUNS and verb.dep_ == "relcl":
            return actors.np(verb.head), True
        if low in PERSONAL_PRONOUNS:
            head = speech_head(verb)
            if head is not None:
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
                return found, True
        return find_sources(head, actors, depth - 1)[0], True
    if verb.dep_ in ("conj", "advcl"):
        return find_sources(head, actors, depth - 1)[0], True
    if verb.dep_ == "pcomp" and head.head.i != head.i:
        return find_sources(head.head, actors, depth - 1)[0], True
    if verb.dep_ == "relcl":
        return actors.np(head), True
    if verb.dep_ == "acl":
        mods = actors.modifiers(head, ("poss", "compound", "amod"))
        if mods:
            return mods, True
    return [], False


def verb_targets(
    verb: Token, hit: tuple[Pattern, Token | None, Token | None], actors: ActorIndex
) -> tuple[list[Actor], bool]:
    """Target actors for a verb frame and whether they came from a weaker route (a modifier)."""
    pattern, noun, pobj = hit
    if pattern.frame == "V+P" and pobj is not None:
        found = actors.np_deep(pobj)
        if found:
            return found, False
        for _, inner in prep_objects(pobj):
            found = actors.np(inner)
            if found:
                return found, True
        found = actors.modifiers(pobj, ("poss",))
        if found:
            return found, True
    if is_passive(verb):
        subj = passive_subject(verb)
        if subj is not None and (noun is None or subj.i != noun.i):
            found = actors.np(subj)
            if found:
                return found, False
    for o in direct_objects(verb):
        if noun is not None and o.i == noun.i:
            continue
        found = actors.np(o)
        if found:
            return found, False
    for word, o in prep_objects(verb):
        if word in TARGET_PREPS and (pobj is None or o.i != pobj.i or pattern.frame == "V+P"):
            found = actors.np_deep(o)
            if found:
                return found, False
    if noun is not None:
        for word, o in prep_objects(noun):
            if word in NOUN_TARGET_PREPS:
                found = actors.np_deep(o)
                if found:
                    return found, False
        found = actors.modifiers(noun, ("poss", "compound"))
        if found:
            return found, True
    if pattern.frame == "V":
        for o in direct_objects(verb):
            found = actors.modifiers(o, ("poss", "compound", "amod"))
            if found:
                return found, True
        if not direct_objects(verb):
            for other in verb.conjuncts:
                for o in direct_objects(other):
                    found = actors.np(o)
                    if found:
                        return found, True
    if pattern.code[:2] in PURPOSE_TARGET_ROOTS:
        found = purpose_target(verb, actors) or (purpose_target(noun, actors) if noun is not None else [])
        if found:
            return found, True
    if pattern.code[:2] in CCOMP_TARGET_ROOTS:
        for c in verb.children:
            if c.dep_ == "ccomp":
                subj = subject_token(c) or passive_subject(c)
                found = actors.np(subj) if subj is not None else []
                if found:
                    return found, True
    objs = direct_objects(verb)
    return location_target(verb, noun or (objs[0] if objs else None), actors), True


def location_target(trigger: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """The country where an undirected event happens ("met in Zurich", "exercises in Alaska"), which
    Phoenix/PETRARCH conventions code as the target when the sentence names no other."""
    for head in (trigger, noun):
        if head is None:
            continue
        for word, o in prep_objects(head):
            if word in LOCATION_PREPS:
                found = [a for a in actors.np(o) if len(a.code) == 3 and a.code != "---"]
                if found:
                    return found[:1]
    return []


def noun_roles(noun: Token, pattern: Pattern, pobj: Token | None, actors: ActorIndex) -> Roles:
    roles = Roles()
    own = actors.at(noun)
    if own and actors.span_of(noun) is not None and actors.span_of(noun).root.i == noun.i:  # type: ignore[union-attr]
        return roles
    sources = actors.modifiers(noun, ("poss", "compound", "amod", "nmod"))
    for word, o in prep_objects(noun):
        if word in NOUN_SOURCE_PREPS and not sources:
            sources = actors.np(o)
    targets: list[Actor] = []
    if pobj is not None:
        targets = actors.np(pobj)
    if not targets:
        for word, o in prep_objects(noun):
            if word in NOUN_SOURCE_PREPS:
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
    if sources and not targets:
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "agent":
            participle = head.head
            subj = passive_subject(participle)
            if subj is not None:
                targets = actors.np(subj) or actors.modifiers(subj, ("poss",))
    if sources and not targets and len(sources) < 2:
        targets = location_target(noun, None, actors)
        if targets:
            roles.penalty *= 0.85
    if not sources and targets:
        governor = _governing_verb(noun)
        if governor is not None:
            sources, _ = find_sources(governor, actors, depth=3)
            roles.penalty *= 0.85
    roles.sources, roles.targets = _unique(sources), _unique(targets)
    return roles


def _governing_verb(noun: Token) -> Token | None:
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "dobj", "attr"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


# ---------------------------------------------------------------- events


@dataclass
class SentenceContext:
    sent: Span
    index: int
    published: date | None
    dates: dict[int, tuple[date | None, str | None, str]] = field(default_factory=dict)

    def date_for(self, trigger: Token) -> tuple[date | None, str | None, str]:
        """The event date for a trigger (cached: several events share a trigger)."""
        if trigger.i not in self.dates:
            self.dates[trigger.i] = resolve_date(self.sent, self.published, trigger)
        return self.dates[trigger.i]


def distinct_dyad(src: Actor, tgt: Actor) -> bool:
    """Source and target must differ, and a country paired with its own sector ("VEN" and "VENGOV")
    is a metonymy artefact ("Maduro ... visit Caracas"), not an interaction."""
    if src.code == tgt.code:
        return False
    same_country = src.code[:3] == tgt.code[:3] and src.code[:3] != "---"
    return not (same_country and (len(src.code) == 3 or len(tgt.code) == 3))


def _pairs(roles: Roles, code: str) -> list[tuple[Actor, Actor]]:
    if roles.targets:
        return [(s, t) for s in roles.sources for t in roles.targets if distinct_dyad(s, t)]
    if len(roles.sources) >= 2 and is_symmetric(code):
        return [(s, t) for s in roles.sources for t in roles.sources if distinct_dyad(s, t)]
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
    ctx: SentenceContext, hit: Hit, code: str, src: Actor, tgt: Actor, modality: str, actors: ActorIndex
) -> CodedEvent | None:
    entry = cameo.lookup(code)
    if entry is None:
        return None
    kind, mode, context = to_plover(code)
    if modality == "intended" and kind in PROMISABLE:
        kind, mode = "AGREE", None
    loc_country, loc_name = _location(hit.trigger, actors, {src.code, tgt.code})
    sent = ctx.sent
    trigger_text = (
        hit.trigger.text if hit.noun is None or hit.route == "noun" else f"{hit.trigger.text} {hit.noun.text}"
    )
    event_date, precision, how = ctx.date_for(hit.trigger)
    if modality == "asserted" and event_date and ctx.published and ctx.published.year - event_date.year >= 2:
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
    )


def verb_lemma(verb: Token, patterns: PatternSet) -> str:
    """The verb's lemma, or a regular base form of it when only that one has patterns."""
    vl = lemma(verb)
    if vl in patterns.verbs:
        return vl
    for candidate in inflection_candidates(verb.lower_):
        if candidate in patterns.verbs:
            return candidate
    return vl


def _verb_hit(verb: Token, patterns: PatternSet, actors: ActorIndex) -> Hit | None:
    vl = verb_lemma(verb, patterns)
    match = match_verb(verb, patterns.for_verb(vl))
    light: tuple[Pattern, Token, Token | None] | None = None
    if (match is None or not match[0].noun) and vl in LIGHT_VERBS:
        for o in _object_nouns(verb):
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
    roles = Roles()
    sources, inherited = find_sources(verb, actors)
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
    if weak:
        roles.penalty *= 0.85
    src_codes = {a.code for a in sources}
    roles.targets = [t for t in targets if t.code not in src_codes] or ([] if targets else [])
    roles.speaker = _speaker_for(verb, actors)
    return Hit(pattern, verb, noun, pobj, route, roles)


OBLIGATION = Pattern("rp-must", "V", "must", "", "", "", "100", "", LAYER_CURATED, "built-in: X says Y must ...")


def obligation_hits(sent: Span, actors: ActorIndex) -> list[Hit]:
    """"X said/insisted that Y must do Z" is a demand by X on Y (CAMEO 10)."""
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
            if targets and sources:
                roles = Roles(sources=sources, targets=targets, penalty=0.85 if inherited else 1.0)
                hits.append(Hit(OBLIGATION, tok, None, None, "verb", roles))
    return hits


def extract_sentence(sent: Span, ctx: SentenceContext, patterns: PatternSet, actors: ActorIndex) -> list[CodedEvent]:
    """All dyadic events in one sentence, deduplicated by (source, target, code)."""
    hits: list[Hit] = []
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")):
            if tok.pos_ == "AUX" and lemma(tok) != "be":
                continue
            hit = _verb_hit(tok, patterns, actors)
            if hit is None:
                continue
            if hit.noun is not None:
                used_nouns.add(hit.noun.i)
            if hit.prep_obj is not None:
                used_nouns.add(hit.prep_obj.i)
            hits.append(hit)
    hits.extend(obligation_hits(sent, actors))
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in used_nouns:
            continue
        candidates = patterns.for_noun(lemma(tok))
        if not candidates:
            continue
        nm = match_noun(tok, candidates)
        if nm is None or not nm[0].is_event:
            continue
        roles = noun_roles(tok, nm[0], nm[1], actors)
        hits.append(Hit(nm[0], tok, tok, nm[1], "noun", roles))

    best: dict[tuple[str, str, str], CodedEvent] = {}
    for hit in hits:
        if not hit.pattern.is_event or not hit.roles.sources:
            continue
        modality = event_modality(hit.trigger, sent)
        emitted: list[tuple[str, Actor, Actor]] = []
        code = hit.pattern.code
        refusal = refusal_code(hit.trigger, code) if modality == "negated" and code else None
        if refusal is not None:
            code, modality = refusal, "asserted"
        threat = threat_code(hit.trigger, code, modality) if code else None
        if threat is not None:
            code, modality = threat, "asserted"
        if code:
            emitted += [(code, s, t) for s, t in _pairs(hit.roles, code)]
        if hit.pattern.reverse and hit.roles.targets and refusal is None:
            emitted += [(hit.pattern.reverse, t, s) for s, t in _pairs(hit.roles, hit.pattern.reverse)]
        for code, src, tgt in emitted:
            ev = _make_event(ctx, hit, code, src, tgt, modality, actors)
            if ev is None:
                continue
            key = (src.code, tgt.code, code)
            if key not in best or best[key].confidence < ev.confidence:
                best[key] = ev
    return list(best.values())


def resolve_date(
    sent: Span, published: date | None, trigger: Token | None = None
) -> tuple[date | None, str | None, str]:
    """Event date via ``realpolitik.dates.resolve_event_date`` when available, else the publication date."""
    from realpolitik import dates

    resolver = getattr(dates, "resolve_event_date", None)
    if resolver is not None:
        try:
            when, precision, how = resolver(sent, published, trigger)
        except TypeError:
            when, precision, how = resolver(sent, published)
        return when, precision, how
    if published is None:
        return None, None, "unknown"
    return published, "day", "published"


def extract_events(doc: Doc, patterns: PatternSet, published: date | None = None) -> list[CodedEvent]:
    """Every dyadic event in a parsed doc whose actor spans are set."""
    actors = ActorIndex(doc, demonym_lookup(published))
    if not actors.by_token:
        return []
    events: list[CodedEvent] = []
    for index, sent in enumerate(doc.sents):
        codes = {a.code for i in range(sent.start, sent.end) if i in actors.by_token for a in actors.by_token[i][1]}
        if len(codes) < 2:
            continue
        ctx = SentenceContext(sent, index, published)
        events.extend(extract_sentence(sent, ctx, patterns, actors))
    return events
