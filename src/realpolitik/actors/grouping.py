"""Dictionary matches → actor noun phrases, using the dependency parse.

Matches that modify one another ("Turkish" → "President" → "Erdogan", "Maduro" 's → "government")
are joined into one mention whose span runs from the leftmost modifier (plus a leading
determiner) to the syntactic head. The mention's code comes from its parts: a person or
organisation gives its own code; a country (or a person's country) plus an agent noun gives
country + sector ("Turkish officials" → TURGOV); an agent alone gives ``---`` + sector.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from realpolitik.actors.entries import Entry, slug
from realpolitik.actors.matcher import Match, is_region
from realpolitik.actors.resolver import (
    COUNTRYLESS_ROOTS,
    NO_COUNTRY,
    STATED_ROLE,
    ActorResolver,
    Resolution,
    acts_as_state,
    resolve_entry,
)
from realpolitik.actors.statenames import names_whole_state
from realpolitik.model import STATE_SECTORS, Actor

log = logging.getLogger(__name__)

CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn"})
NOUNISH = frozenset({"NOUN", "PROPN"})
ATTACH_PREPS = frozenset({"in", "of", "from"})
# "his Swedish counterpart": a role named relative to an official holds office itself, unlike "the Swedish side";
# so does a state's leader (STATE'S LEADER: "the Kenyan leader", "leaders of Kenya and Uganda" are its
# government, GOV, as CAMEO codes them), while a body's or a group's leader keeps the body's code ("the Hamas
# leader") and a leader of some part of the people ("church leaders", "a Muslim leader", "student leaders")
# is none of the state's (``_plain_leader``)
RELATIVE_ROLES = frozenset({"counterpart", "counterparts", "leader", "leaders"})
LEADER_ROLES = frozenset({"leader", "leaders"})
# Words that may stand on a state's leader without making it some other group's: "the new Kenyan leader"
LEADER_QUALIFIERS = frozenset({"top", "new", "senior", "supreme", "paramount", "interim", "incoming", "outgoing",
                               "two", "three", "both", "visiting", "national", "state", "country", "nation"})
# "gunmen in police uniforms": a garment a force is known by disguises the wearer, it is not his
GARMENT_NOUNS = frozenset(
    {"uniform", "fatigues", "fatigue", "outfit", "attire", "garb", "clothes", "clothing", "dress"}
)
NAMED_KINDS = frozenset({"person", "org", "group", "place", "state"})


# how a mention's actor says it was named with no country of its own (a later step may give it one)
NO_COUNTRY_HOW = "with no country"


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
    gender: str | None = None  # "M"/"F" when a pronoun ("she") told us, for later pronouns
    place_only: bool = False  # "the Malian town": informs countryless nouns (context.py), is no actor span


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


def _coordinated_phrase(tok: Token, named: list[bool]) -> bool:
    """MISATTACHED COORDINATION: in "the Colombian government and FARC rebels" the parser often makes
    "government" a modifier of "rebels", with "FARC" its conjunct. A noun with an "and" conjunct heads a
    phrase of its own, coordinated with the next one, and modifies nothing, when it has its own determiner
    or its conjunct is a named group (``named``: token → owned by a match that is no agent noun); "the army
    and police chiefs", two agent nouns under one determiner, still modify "chiefs"."""
    if tok.dep_ not in ("nmod", "compound") or tok.i > tok.head.i:
        return False
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    if conj is None or not any(c.dep_ == "cc" for c in tok.children):
        return False
    return any(c.dep_ == "det" for c in tok.children) or named[conj.i]


def group_matches(doc: Doc, matches: list[Match], resolver: ActorResolver, when: date | None,
                  sent_of: list[int] | None = None, state_leaders: bool = True) -> list[Mention]:
    """Join matches that belong to one noun phrase and resolve each group to actors. ``state_leaders``: a
    state's leader is its government (STATE'S LEADER, analyst conventions); off, the bare state, as
    PETRARCH's dictionaries, which have no "leader" agent, code it."""
    matches = [m for m in matches if _plausible(doc, m)]
    matches = _combining_forms(doc, matches, resolver)
    owner = [-1] * len(doc)
    for k, m in enumerate(matches):
        for i in range(m.start, m.end):
            owner[i] = k
    uf = _UnionFind(len(matches))
    named = [owner[i] >= 0 and not matches[owner[i]].is_agent for i in range(len(doc))]
    via: dict[int, str] = {}
    attach: list[tuple[int, int]] = []
    of_person: list[tuple[int, int]] = []
    shared_head: dict[int, list[int]] = {}  # unmatched noun → the matches that modify it
    for k, m in enumerate(matches):
        tok = _root(doc, m)
        seen = 0
        if _based_in(doc, tok):
            if posted(tok.head.head):
                continue  # "Nairobi-based diplomats" serve there for their own states
            tok = tok.head  # "a London-based rights group": the place is where the group is from
        if m.is_agent and _coordinated_phrase(tok, named):
            seen = 8
        while tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i and seen < 8:
            seen += 1
            head = tok.head
            if head.pos_ not in NOUNISH and head.pos_ != "ADJ":
                break
            if owner[head.i] >= 0 and owner[head.i] != k:
                uf.union(k, owner[head.i])
                via[k] = "mod"
                break
            if owner[head.i] == k:
                tok = head
                continue
            if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and tok.dep_ in ("compound", "flat", "appos"):
                break
            tok = head
        if via.get(k) is None and tok.i != _root(doc, m).i and owner[tok.i] < 0:
            shared_head.setdefault(tok.i, []).append(k)
        # "US-Iraqi forces": a name joined by a hyphen to the next one is one phrase with it, whatever
        # label the parser gave the first ("npadvmod")
        if via.get(k) is None and m.end + 1 < len(doc) and doc[m.end].text in HYPHENS \
                and owner[m.end + 1] >= 0 and owner[m.end + 1] != k and m.best.kind == "state" \
                and matches[owner[m.end + 1]].best.kind == "state":
            uf.union(k, owner[m.end + 1])
            via[k] = "hyphen"
        # MISATTACHED COORDINATION: "FARC" in "the Colombian government and FARC rebels" modifies "rebels"
        if tok.dep_ == "conj" and _coordinated_phrase(tok.head, named) and owner[tok.head.head.i] not in (-1, k) \
                and owner[tok.head.i] >= 0 and matches[owner[tok.head.i]].is_agent:
            uf.union(k, owner[tok.head.head.i])
            via[k] = "mod"
        # "Turkish and Venezuelan officials": the second adjective is a conj of the first
        elif tok.dep_ == "conj" and owner[tok.head.i] >= 0 and _is_modifier(doc, matches[owner[tok.head.i]]):
            uf.union(k, owner[tok.head.i])
            via[k] = "conj"
        # "the regime in Caracas": a place in a prepositional phrase attached to an agent noun
        if tok.dep_ == "pobj" and tok.head.lower_ in ATTACH_PREPS and tok.lemma_.lower() not in GARMENT_NOUNS:
            prep = tok.head
            governor = prep.head
            g = owner[governor.i]
            if prep.lower_ == "of" and g >= 0 and matches[g].best.kind == "person" and m.best.kind == "state" \
                    and governor.i == _root(doc, matches[g]).i:
                of_person.append((k, g))  # "King Hassan of Morocco": the state is the person's
                continue
            titled = _title_of_unknown_name(governor, owner, matches) if prep.lower_ == "of" and g < 0 else -1
            if titled >= 0 and m.best.kind == "state":
                of_person.append((k, titled))  # "President <unknown name> of Malawi": the title is Malawi's
                continue
            if not (g >= 0 and matches[g].is_agent and governor.i == _root(doc, matches[g]).i):
                # the parser often hangs the phrase on the verb; "regime in Caracas" is adjacent
                g = owner[prep.i - 1] if prep.i > 0 and m.start in (prep.i + 1, prep.i + 2) else -1
                if g >= 0 and (not matches[g].is_agent or matches[g].end != prep.i):
                    g = -1
            if g >= 0 and not (prep.lower_ == "in" and (said_not_local(_root(doc, matches[g]))
                                                        or _posted_unowned(_root(doc, matches[g]))
                                                        or stationed_own_force(_root(doc, matches[g]))
                                                        or dealing_verb(_root(doc, matches[g])) is not None)):
                attach.append((k, g))
    # "a Paris-based press freedom watchdog": a state and an agent noun modifying one unmatched noun
    noun_of: dict[int, int] = {}
    for noun, members in shared_head.items():
        states = [k for k in members if matches[k].best.kind == "state"]
        agents_ = [k for k in members if matches[k].is_agent]
        if len(states) == 1 and len(agents_) == 1 and len(members) == 2:
            uf.union(states[0], agents_[0])
            via[states[0]] = "mod"
            noun_of[states[0]] = noun_of[agents_[0]] = noun
    # a "whose" country already given by a modifier beats a place in a PP ("the French general in Mali")
    has_named: dict[int, bool] = {}
    for k, m in enumerate(matches):
        if not m.is_agent:
            has_named[uf.find(k)] = True
    for k, g in attach:
        if has_named.get(uf.find(g)) and matches[k].best.kind in ("state", "place"):
            continue
        uf.union(k, g)
        via[k] = "prep"
    for k, g in of_person:
        uf.union(k, g)
        via[k] = "of-person"
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
        how = {id(matches[k]): via.get(k, "") for k in members}
        try:
            mention = _resolve_group(doc, parts, how, resolver, when, state_leaders)
        except (IndexError, KeyError, ValueError, AttributeError) as exc:
            log.warning("actor group %r skipped (%s: %s)", doc[parts[0].start : parts[-1].end].text,
                        type(exc).__name__, exc)
            mention = None
        if mention is None:
            continue
        noun = next((noun_of[k] for k in members if k in noun_of), -1)
        if noun >= mention.end and mention.actors:  # the phrase runs to the noun its parts share
            mention.end, mention.head = noun + 1, noun
            mention.actors = [replace(a, text=doc[mention.start : mention.end].text) for a in mention.actors]
        _extend_to_body(doc, mention)
        _extend_to_unit(doc, mention)
        mention.sentence = sent_of[mention.head]
        mentions.append(mention)
    return mentions


# Modifiers that deny a group the country of the place it is in: "foreign troops in Iraq" are not Iraq's,
# "the international community" is no one state's (also used by ``context.give_countries``). Origin
# still counts: "exiled dissidents from Myanmar" are Myanmar's.
NOT_LOCAL = frozenset({"foreign", "international", "world", "global", "multinational", "overseas", "outside",
                       "western", "allied", "coalition", "expatriate"})
# OUTSIDERS BY DEFINITION: people whose very name says they come from elsewhere ("illegal immigrants",
# "refugees in Chad", "tourists in Kenya") are no nationals of the place they are found in.
OUTSIDER_NOUNS = frozenset({
    "immigrant", "migrant", "refugee", "seeker", "expatriate", "expat", "foreigner", "stowaway", "tourist",
    "exile", "emigre",
})  # fmt: skip


# People and offices a state posts abroad: "diplomats in Nairobi", "the embassy in Kabul", "Cairo-based envoys"
# serve in that place for their own states, so the place gives them no country (class POSTED ENVOY).
POSTED_NOUNS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "embassy",
                          "embassies", "consul", "consuls", "consulate", "consulates", "attache", "attaches",
                          "attaché", "attachés", "emissary", "emissaries", "legation", "legations"})


def posted(tok: Token) -> bool:
    """Whether the noun names a diplomat or diplomatic office, whose place is a posting, not a country."""
    return tok.lower_ in POSTED_NOUNS or (tok.lower_ in ("source", "sources", "corps", "community", "circles")
                                          and any(c.lower_ == "diplomatic" for c in tok.children))


OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
FORCE_NOUNS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "garrison",
                         "contingent", "presence", "units", "battalion", "battalions"})


def stationed_own_force(tok: Token) -> bool:
    """STATIONED OWN FORCE: "its troops in Lebanon", "their forces in Iraq" are the owner's force where it is
    stationed, not the place's: the pronoun says whose they are, the "in" phrase where."""
    return tok.lower_ in FORCE_NOUNS and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)


# Dealings whose parties meet as two sides (lemmas; nouns as written): DEALING VENUE.
DEALING_VERBS = frozenset({"meet", "negotiate", "talk", "sign", "agree", "conclude", "initial"})
DEALING_NOUNS = frozenset({"talks", "talk", "negotiations", "negotiation", "dialogue", "consultations",
                           "deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire",
                           "cease-fire", "memorandum", "meeting", "meetings"})


def dealing_verb(tok: Token) -> Token | None:
    """Class DEALING VENUE: the verb of a dealing that ``tok`` is the far side of, as the "with" partner
    of the verb or of its dealing noun ("signed a truce with rebels in Oslo", "held talks with the
    opposition in Lome") or the object of "meet"; None otherwise. Such dealings are often held in a
    third country, so a place hung on that side names the venue, not whose side it is."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        dealt = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() == "meet":
        dealt = tok.head
    else:
        return None
    if dealt.pos_ == "NOUN" and dealt.lower_ in DEALING_NOUNS and dealt.dep_ == "dobj":
        dealt = dealt.head  # any verb that carries the dealing: held, resumed, reached, signed
    elif dealt.lemma_.lower() not in DEALING_VERBS and not any(
            c.dep_ == "dobj" and c.lower_ in DEALING_NOUNS for c in dealt.children):
        return None
    if dealt.pos_ != "VERB" or dealing_subject(dealt) is None:
        return None
    return dealt


def dealing_subject(verb: Token) -> Token | None:
    """The subject of a dealing verb, or of the verb it completes ("pledged to step up talks with ...")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _posted_unowned(tok: Token) -> bool:
    """A diplomat or embassy with no owner of its own ("embassies of Spain in Peru" keep their phrase)."""
    return posted(tok) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


# Office nouns that "foreign" names rather than modifies: "the foreign ministry in Lima" is Peru's own ministry
# of foreign affairs, not a ministry from abroad (class FOREIGN-OFFICE TITLE).
OFFICE_HEADS = frozenset({"minister", "ministers", "ministry", "ministries", "office", "offices", "secretary",
                          "secretaries", "affairs", "service", "services", "policy", "relations"})
TITLE_MODIFIERS = frozenset({"foreign"})


def office_title(word: str, head: str) -> bool:
    """Whether ``word`` before ``head`` is part of an office's name ("foreign ministry", "Foreign Secretary"),
    so that it says nothing about the office being of another place."""
    return word.lower() in TITLE_MODIFIERS and head.lower() in OFFICE_HEADS


def said_not_local(tok: Token) -> bool:
    """Whether a group noun carries a modifier saying it is not of the place it is in ("foreign workers",
    "expatriate engineers", "international monitors"), on itself or on the first noun of its compound
    ("foreign aid workers", where the parser hangs "foreign" on "aid"), or whose name says so
    ("migrants", ``OUTSIDER_NOUNS``; not as a modifier: a "refugee camp" houses the place's own
    displaced as often as foreigners)."""
    if tok.lemma_.lower() in OUTSIDER_NOUNS and tok.dep_ != "compound":
        return True
    return any(_not_local_word(c, tok) for c in tok.children) or any(
        _not_local_word(g, c) for c in tok.children if c.dep_ == "compound" and c.i < tok.i for g in c.children)


def _not_local_word(mod: Token, head: Token) -> bool:
    """A not-local word joined to another ("foreign and Afghan forces") says the group is partly local."""
    return mod.lower_ in NOT_LOCAL and mod.dep_ in ("amod", "compound", "nmod") \
        and not office_title(mod.text, head.text) and not any(c.dep_ == "conj" for c in mod.children)


# Bodies a sector's people form: "the farmers' union", "student groups", "a teachers' association" act
# as that sector.
BODY_NOUNS = frozenset({"union", "unions", "association", "associations", "federation", "federations", "group",
                        "groups", "council", "organisation", "organization", "organisations", "organizations",
                        "movement", "movements", "league", "committee", "alliance", "body", "syndicate",
                        "confederation", "coalition", "network", "lobby", "leaders", "representatives"})


def _extend_to_body(doc: Doc, mention: Mention) -> None:
    """An agent-only mention that owns or modifies a body noun is that body ("the farmers' union" → AGR)."""
    if mention.agent is None or not mention.actors or not 0 <= mention.head < len(doc):
        return
    tok = doc[mention.head]
    body = tok.head
    if tok.dep_ not in ("poss", "compound") or body.i <= tok.i or body.lower_ not in BODY_NOUNS \
            or body.pos_ != "NOUN" or body.i - mention.end > 2:
        return
    _run_on_to(doc, mention, body, "their")


def _run_on_to(doc: Doc, mention: Mention, noun: Token, owner: str) -> None:
    """The mention now ends at ``noun``, which its actors name (their text and how say so)."""
    mention.end, mention.head = noun.i + 1, noun.i
    text = doc[mention.start : mention.end].text
    mention.actors = [replace(a, text=text, how=f"{a.how}; {owner} {noun.text!r}") for a in mention.actors]


# Common nouns for a unit of an organisation, which its acronym or name modifies: "the UN agency".
UNIT_NOUNS = frozenset({"agency", "agencies", "body", "bodies", "mission", "missions", "commission", "team", "teams",
                        "office", "panel", "secretariat", "bureau", "organ", "watchdog", "envoy", "envoys"})


def _extend_to_unit(doc: Doc, mention: Mention) -> None:
    """AN ORGANISATION'S UNIT: an organisation's name that modifies a unit noun ("the UN agency", "an IAEA
    team", "the AU mission") is that unit, and so the unit is the organisation acting."""
    if mention.kind != "org" or not mention.actors or not 0 <= mention.head < len(doc):
        return
    tok = doc[mention.head]
    unit = tok.head
    if tok.dep_ != "compound" or unit.i != mention.end or unit.lower_ not in UNIT_NOUNS or unit.pos_ != "NOUN":
        return
    _run_on_to(doc, mention, unit, "its")


def _based_in(doc: Doc, tok: Token) -> bool:
    """"<place>-based <noun>" ("a Doha-based broadcaster"): the place modifies the noun through "based"."""
    head = tok.head
    return (tok.dep_ == "npadvmod" and head.lower_ == "based" and head.i == tok.i + 2 and doc[tok.i + 1].text == "-"
            and head.dep_ == "amod" and head.head.i > head.i)


def _title_of_unknown_name(name: Token, owner: list[int], matches: list[Match]) -> int:
    """The title match before a proper name no dictionary knows ("King" in "King <name> of Nepal"), or -1."""
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or owner[name.i] >= 0:
        return -1
    tok = name
    for _ in range(4):  # "King Dorvan Tesho": the title hangs on the first name, which hangs on the last
        left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if not left:
            return -1
        tok = left[0]
        if owner[tok.i] >= 0:
            return owner[tok.i] if matches[owner[tok.i]].is_agent else -1
        if tok.pos_ != "PROPN":
            return -1
    return -1


def _is_modifier(doc: Doc, m: Match) -> bool:
    return _root(doc, m).dep_ in ("amod", "compound", "poss", "nmod")


# Agent nouns that also name a stance: "his opposition to the plan", "opposition to the war" is what
# someone thinks, not the opposition party.
STANCE_AGENTS = frozenset({"opposition"})
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Agent nouns that are also a rank on the title after them: "deputy" is a legislator alone, not in
# "deputy director" or "deputy defence minister".
RANK_WORDS = frozenset({"deputy"})


def _plausible(doc: Doc, m: Match) -> bool:
    """Agent nouns must be nouns here ("general" in "general mismanagement" is not an army), and a
    stance noun with a person's possessive or a "to" complement is the stance ("voiced his opposition")."""
    if m.is_agent:
        last = doc[m.end - 1]
        if m.end - m.start == 1 and last.lower_ in STANCE_AGENTS and any(
                (c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES) or (c.dep_ == "prep" and c.lower_ == "to")
                for c in last.children):
            return False
        if m.end - m.start == 1 and last.lower_ in RANK_WORDS and last.dep_ in ("compound", "amod", "nmod") \
                and last.head.i > last.i and last.head.pos_ in NOUNISH:
            return False  # RANK BEFORE A TITLE: "the deputy director", "a deputy governor" hold the title's office
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


def _phrase_bounds(doc: Doc, parts: list[Match], head: Token) -> tuple[int, int, Token]:
    """Token range of the noun phrase, and its top token (a following person name counts)."""
    start = parts[0].start
    end = max(p.end for p in parts)
    # extend the span to the noun-phrase head when it is a following proper name (Minister Cavusoglu)
    top = named if (named := _named_after_title(head)) is not None else head
    while top.dep_ in ("compound", "flat") and top.head.i > top.i and top.head.ent_type_ == "PERSON":
        top = top.head
    if top.i == head.i and _named_after_of_title(doc, head, end):
        top = head.head
    end = max(end, top.i + 1)
    # an acronym compounded onto a title belongs to the title ("AL Secretary General <name>": the title's
    # first word is the body's initials, which no dictionary takes at two letters)
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ != "compound" or not start <= prev.head.i < end or not prev.is_upper or not prev.is_alpha \
                or not 2 <= len(prev) <= 6:
            break
        start -= 1
    # leading determiner / numeral / predeterminer ("the", "both", "the two") belongs to the phrase
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ not in ("det", "predet", "nummod") or not start <= prev.head.i < end:
            break
        start -= 1
    return start, end, top


def _named_after_title(head: Token) -> Token | None:
    """Class TITLE AFTER A BODY: "the Ruritanian Security Council Secretary <name>", "Central Bank Governor
    <name>" -- a capitalised title word no dictionary takes as an agent stands between the body and the
    name it belongs to; the name, when the entity recogniser calls it a person, heads the phrase, so the
    person is the body's officer, as "<body> spokesman <name>" is. Returns the name's first word."""
    tok = head
    for _ in range(2):
        nxt = tok.head
        if tok.dep_ not in ("compound", "flat") or nxt.i <= tok.i or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            return None
        if nxt.ent_type_ == "PERSON":
            return nxt if tok.i != head.i else None  # a name right after the head is the caller's usual climb
        if nxt.ent_type_ not in ("", "ORG"):
            return None
        tok = nxt
    return None


OF_TITLE_PREPS = frozenset({"of", "for"})


def _named_after_of_title(doc: Doc, head: Token, end: int) -> bool:
    """TITLE WITH AN OF-PHRASE BEFORE A NAME: "Secretary of Energy <name>", "Minister of Foreign Affairs
    <name>": the parser hangs the title on the name as a nominal modifier and often tags the name with the
    title's body (ORG), so the name test above misses it; the one or two capitalised proper nouns that
    follow the title and head it are the holder's name."""
    name = head.head
    if head.dep_ not in ("nmod", "compound") or name.i <= head.i or name.pos_ != "PROPN" \
            or any(c.dep_ == "prep" for c in name.children):
        return False
    start = end
    if doc[end].lower_ in OF_TITLE_PREPS and doc[end].head.i == head.i:
        # the of- or for-phrase after the matched title: "Undersecretary of State <name>", "Minister of
        # State for Defence <name>"; the name is what follows the phrase's capitalised words
        while start < name.i and (doc[start].lower_ in OF_TITLE_PREPS or (
                doc[start].pos_ == "PROPN" and doc[start].ent_type_ != "PERSON" and doc[start].text[:1].isupper())):
            start += 1
    elif not any(t.lower_ == "of" for t in doc[head.i : end]):
        return False
    run = doc[start : name.i + 1]
    return 1 <= len(run) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in run)


def _resolve_group(doc: Doc, parts: list[Match], how_joined: dict[int, str], resolver: ActorResolver,
                   when: date | None, state_leaders: bool = True) -> Mention | None:
    parts.sort(key=lambda p: p.start)
    if any(p.best.kind == "state" for p in parts):
        parts = [_as_agent(p) for p in parts]
    head = _head_token(doc, parts)
    head_part = next((p for p in parts if p.start <= head.i < p.end), parts[-1])
    start, end, top = _phrase_bounds(doc, parts, head)
    named = [p for p in parts if p.best.kind in NAMED_KINDS]
    relative = bool(named) and all(acts_as_state(resolve_entry(p.best, when)) for p in named)
    agents = [
        p for p in parts if p.is_agent and not (p.best.weak and named and not (
            relative and p.key in RELATIVE_ROLES
            and (p.key not in LEADER_ROLES or (state_leaders and _plain_leader(doc, p, named)))))
    ]
    if not named and not agents:
        return None
    if not named and all(p.best.weak for p in agents):
        # "the two leaders": a mention only coreference can give actors to
        mention = Mention(start=start, end=end, head=top.i, actors=[], kind="agent", agent=agents[-1].best.agent)
        mention.plural = head.tag_ in ("NNS", "NNPS")
        return mention
    if len(parts) == 1 and not agents:
        root = _root(doc, head_part)
        if root.pos_ == "ADJ" and root.dep_ in ("amod", "compound") and root.head.i != root.i:
            return _nationality(doc, head_part, root, start, when)
        if root.head.i > root.i and head_part.best.kind in ("state", "org", "group") and (
                root.dep_ == "compound" or (root.dep_ == "poss" and root.head.lower_ in ISSUED_NOUNS)):
            extended = _modified_head(doc, head_part, root, start, when)
            if extended is not None:
                return extended
        if is_region(head_part.best) and root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i:
            return None  # "the Mediterranean sea", "Asia Pacific trade": a region names where, not who
    text = doc[start:end].text
    head_entry = head_part.best
    kind = head_entry.kind
    agent_code = _agent_code(agents, head_part)
    ethnic = False
    if head_entry.agent and head_entry.kind != "agent" and any(p is not head_part for p in named):
        # an ethnic or social group named by a country ("Syrian Kurds" → SYR + KUR)
        agents = agents + [head_part]
        named = [p for p in named if p is not head_part]
        agent_code = head_entry.agent
        ethnic = True
    if not agents and len(named) > 1 and (_hyphenated(doc, named) or _coordinated_names(head, named, how_joined)):
        actors = _each_side(named, text, when)
    elif kind == "person" and len(named) > 1 and (stated := _stated_title(doc, head_entry, named, head_part, agent_code,
                                                                  start, when, text)) is not None:
        actors = [stated]
    elif not ethnic and (kind in ("person", "org", "group", "place") or (kind == "state" and not agent_code)):
        actors = [_named_actor(head_entry, agent_code, text, when)]
    elif _org_with_agent(named, agent_code):
        actors = [_org_actor(named, agents, agent_code or "", text, when)]
    else:
        if top.i != head.i and top.ent_type_ == "PERSON":
            kind = "person"
        actors, kind = _country_actors(doc, named, agents, agent_code, how_joined, top, head, kind, ethnic,
                                       text, resolver, when)
    of_state = next((p for p in parts if how_joined.get(id(p)) == "of-person"), None)
    if of_state is not None:
        country = resolve_entry(of_state.best, when).country
        actors = [_person_of_state(a, country, agent_code) for a in actors]
        name = doc[of_state.start].head.head
        if kind != "person" and name.pos_ == "PROPN" and start <= name.i < of_state.start:
            # "King <name> of Nepal": the person is the phrase's head, its title and state give the code
            top, kind = name, "person"
            actors = [replace(a, kind="person", name=_person_name(doc, name),
                              entity_id=f"person:{slug(_person_name(doc, name))}") for a in actors]
    mention = Mention(start=start, end=end, head=top.i, actors=actors, kind=kind)
    if agents and not named:
        mention.agent = agent_code
        mention.plural = head.tag_ in ("NNS", "NNPS")
    return mention


def _plain_leader(doc: Doc, part: Match, named: list[Match]) -> bool:
    """STATE'S LEADER: no word but the state's name and plain qualifiers stands on the leader noun ("the
    Kenyan leader", "Kenya's new leader"), so no church, faith, tribe or union is the one led."""
    if any(is_region(p.best) for p in named):
        return False  # "African leaders": a region has no government; the states named with them do
    noun = doc[part.end - 1]
    names = {i for p in named for i in range(p.start, p.end)}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            if any(g.dep_ == "pobj" and g.i not in names for g in c.children):
                return False  # "leaders of Kenya's Greens party": the party's, not the state's
            continue
        if c.dep_ not in ("amod", "compound", "nmod") or c.i in names or c.lower_ in LEADER_QUALIFIERS:
            continue
        return False
    return True


def _as_agent(part: Match) -> Match:
    """A name that is also an agent noun, owned by a state, is that state's organ: "the Security
    Council" is the UN's, "Russia's Security Council" is Russia's (GOV)."""
    if part.best.kind in ("agent", "state") or not any(e.kind == "agent" for e in part.entries):
        return part
    return replace(part, entries=tuple(sorted(part.entries, key=lambda e: e.kind != "agent")))


# Nouns for military hardware: a state's drone or warship is its military acting ("a Turkish drone").
HARDWARE_NOUNS = frozenset({"drone", "drones", "warplane", "warplanes", "jet", "jets", "fighter", "fighters",
                            "helicopter", "helicopters", "gunship", "gunships", "tank", "tanks", "warship",
                            "warships", "submarine", "submarines", "frigate", "frigates", "destroyer", "destroyers",
                            "bomber", "bombers", "aircraft", "artillery", "gunboat", "gunboats", "airstrike",
                            "airstrikes", "air strike", "navy", "missile", "missiles", "rocket", "rockets", "torpedo",
                            "torpedoes"})
# Nouns for what a body issues: "a UN report", "an EU statement" are that body's acts.
ISSUED_NOUNS = frozenset({"report", "reports", "statement", "statements", "communique", "communiqué",
                          "resolution", "resolutions", "declaration", "ruling", "verdict", "announcement",
                          "memo", "memorandum", "note", "letter", "decree", "spokesman", "spokeswoman",
                          "spokesperson", "envoy", "envoys", "mission", "delegation", "observers", "monitors",
                          "inspectors", "peacekeepers", "mediators", "negotiators", "investigators"})


# Nouns for a set of states: "Western countries", "African nations", "Arab states" are the region or
# the group itself (no sector), as CAMEO codes them (WST, AFR).
STATE_COLLECTIVES = frozenset({"countries", "nations", "states", "powers", "governments", "capitals", "allies",
                               "partners", "neighbours", "neighbors", "members", "donors", "democracies"})


# Nouns for places: "the Malian town of Gao" is a place in Mali. Such a mention tells context.py where
# the act happened; it is not an actor (a town is acted on, it does not act), so it makes no span.
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "province", "provinces",
                         "region", "district", "port", "capital", "border", "territory", "island", "islands",
                         "camp", "base", "enclave", "countryside", "coast", "stronghold", "outpost"})


# Administrative units named by a proper noun before them ("Guangdong province", "Kunar province", "Anbar
# governorate"): the phrase is the named place itself, an actor as the bare name is (NAMED ADMINISTRATIVE
# UNIT); "the Malian town of Gao" or "a border town" name no unit and stay places only.
ADMIN_UNITS = frozenset({"province", "region", "district", "governorate", "prefecture", "county", "municipality",
                         "state", "oblast", "canton", "department"})


# Nouns for a state's own situation or business: "the Somali crisis", "Cuban affairs", "the Korean question"
# are that state as the matter an act is about (mediating in it, interfering in it), so the phrase is the state.
STATE_MATTERS = frozenset({"crisis", "affairs", "situation", "question", "issue", "problem", "conflict",
                           "standoff", "stalemate", "impasse", "deadlock"})


def _named_unit(doc: Doc, part: Match, root: Token, noun: Token, start: int, res: Resolution) -> Mention | None:
    """NAMED ADMINISTRATIVE UNIT (see ``ADMIN_UNITS``): the proper name right before the unit noun, of a
    place filed under a state but not the state's own name ("Mexico state" is left as it was)."""
    if noun.lower_ not in ADMIN_UNITS or root.pos_ != "PROPN" or root.dep_ != "compound" or root.i != noun.i - 1:
        return None
    if part.best.kind != "state" or not res.country:
        return None
    actor = res.to_actor(doc[start : noun.i + 1].text, how=f"{res.source}: {res.why}; a named {noun.text!r}")
    if names_whole_state(replace(actor, text=doc[start : root.i + 1].text)):
        return None
    return Mention(start=start, end=noun.i + 1, head=noun.i, actors=[actor], kind="state")


def _modified_head(doc: Doc, part: Match, root: Token, start: int, when: date | None) -> Mention | None:
    """A state, IGO or nationality modifying a non-actor head makes an actor of the whole phrase when
    the head is hardware (the state's military: "a Turkish drone", "Syrian tanks"), something a body
    issues or people it sends ("a UN report", "EU election observers": the body itself), a set of states
    ("Western countries": the region, WST), or a noun for people ("Filipino peacekeepers": the state).
    MEMBER STATES OF A BODY: a set of states named by an international body ("NATO member states", "EU
    governments", "AU members") is that body, as CAMEO codes a bloc acting through its members; no state
    of it is named."""
    noun = root.head
    seen = 0
    while noun.dep_ == "compound" and noun.head.i > noun.i and seen < 3:  # "EU election observers"
        noun, seen = noun.head, seen + 1
    low = noun.lower_
    if noun.pos_ != "NOUN" or noun.i < root.i:
        return None
    res = resolve_entry(part.best, when)
    state = acts_as_state(res) or (res.country is not None and res.code[:3] not in COUNTRYLESS_ROOTS)
    if low in HARDWARE_NOUNS and state and res.country:
        code, why = res.country + "MIL", "military hardware"
    elif low in STATE_COLLECTIVES and part.best.kind == "state" and root.dep_ != "poss":
        code, why = res.code, "a set of states"
    elif (unit := _named_unit(doc, part, root, noun, start, res)) is not None:
        return unit
    elif low in PLACE_NOUNS and part.best.kind == "state" and res.country and root.dep_ != "poss":
        text = doc[start : noun.i + 1].text
        place = Actor(text=text, code=res.country, entity_id=res.entity_id, name=res.name, country=res.country,
                      kind="place", confidence=0.8, how=f"{res.source}: {res.why}; a place ({noun.text!r})")
        return Mention(start=start, end=noun.i + 1, head=noun.i, actors=[place], kind="place", place_only=True)
    elif low in STATE_MATTERS and part.best.kind == "state" and res.country and root.dep_ != "poss" \
            and root.pos_ == "ADJ" and not is_region(part.best) \
            and doc[part.start - 1 : part.start].text not in ("-", "–"):
        text = doc[start : noun.i + 1].text  # the state itself, as its nationality would give it
        actor = res.to_actor(text, how=f"{res.source}: {res.why}; the state's own matter ({noun.text!r})")
        return Mention(start=start, end=noun.i + 1, head=noun.i, actors=[actor], kind="state")
    elif low in STATE_COLLECTIVES and res.code[:3] == "IGO" and root.dep_ != "poss":
        code, why = res.code, "member states of the body"  # MEMBER STATES OF A BODY: "NATO member states"
    elif low in ISSUED_NOUNS:
        code, why = (res.country + "GOV" if state and res.country else res.code), "issued or sent by the body"
    elif _people_noun(noun) and (state or res.code[:3] in COUNTRYLESS_ROOTS):
        code, why = (res.country or res.code) if state else res.code, f"nationality of {noun.text!r}"
    else:
        return None
    text = doc[start : noun.i + 1].text
    country, sector = (None, None) if code[:3] in COUNTRYLESS_ROOTS else (code[:3], code[3:] or None)
    itself = code == res.code  # the entity itself ("the Gambian crisis" is the Gambia): its own kind
    kind = part.best.kind if itself and part.best.kind == "state" else ("org" if not state else "sector")
    actor = Actor(text=text, code=code, entity_id=res.entity_id if itself else f"sector:{code}",
                  name=res.name, country=country, sector=sector, kind=kind,
                  confidence=0.8, how=f"{res.source}: {res.why}; {why} ({noun.text!r})")
    return Mention(start=start, end=noun.i + 1, head=noun.i, actors=[actor], kind="org" if not state else "sector")


def _nationality(doc: Doc, part: Match, root: Token, start: int, when: date | None) -> Mention | None:
    """A demonym adjective alone: an actor only when its noun denotes people ("Filipino peacekeepers"),
    or hardware or an issued text (see ``_modified_head``)."""
    noun = root.head
    state = part.best.kind == "state" or acts_as_state(resolve_entry(part.best, when))  # "Eritrean" in 2005
    if state and noun.i > root.i and not _people_noun(noun):
        return _modified_head(doc, part, root, start, when)
    if not (state and noun.i > root.i and _people_noun(noun)):
        return None  # "Venezuelan oil" is oil, not Venezuela
    text = doc[start : noun.i + 1].text
    res = resolve_entry(part.best, when)
    actor = res.to_actor(text, how=f"{res.source}: {res.why}; nationality of {noun.text!r}")
    return Mention(start=start, end=noun.i + 1, head=noun.i, actors=[actor], kind="state")


# Nouns for states as parties that coordinated names may modify ("Ukraine and Western countries")
PARTY_NOUNS = frozenset({"country", "nation", "state", "power", "government", "capital", "neighbour", "neighbor",
                         "ally", "partner"})


def _coordinated_names(head: Token, named: list[Match], how_joined: dict[int, str]) -> bool:
    """COORDINATED NAMES WITH NO AGENT: "Ukraine and Western [countries]", which the parser reads as two
    coordinated modifiers of a plural noun for states: each name is a party of its own, as with an agent
    noun ("Ukrainian and Western officials"), where before the last name stood for both. Names on any
    other noun ("Cuban and American flags", "British and Irish efforts") keep the old reading."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.head.lemma_.lower() in PARTY_NOUNS and any(how_joined.get(id(p)) == "conj" for p in named) \
        and all(how_joined.get(id(p)) in ("conj", "", None) for p in named)


def _each_side(named: list[Match], text: str, when: date | None) -> list[Actor]:
    """"Ankara-Caracas relations", "the Maduro-Erdogan meeting", coordinated names: each side is an actor."""
    actors: list[Actor] = []
    for p in named:
        res = resolve_entry(p.best, when)
        if res.code not in {a.code for a in actors}:
            actors.append(res.to_actor(text, how=f"{res.source}: {res.why}; one of a hyphenated pair"))
    return actors


def _named_actor(entry: Entry, agent_code: str | None, text: str, when: date | None) -> Actor:
    """The head is a name: its own code; a title gives a sector to a person with no role on the date."""
    res = resolve_entry(entry, when)
    no_role = res.valid_from is None and res.valid_until is None
    if entry.kind == "person" and agent_code and entry.country and (not entry.roles or no_role):
        res = _with_country(res, entry.country, agent_code, entry)
    return res.to_actor(text, how=f"{res.source}: {res.why}")


FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "late"})


def former_office(head: Token, sector: str) -> bool:
    """FORMER OFFICE HOLDER: "the former Haitian president", "an ex-Kenyan army chief" held a state office and
    no longer does: an elite of that state (``ELI``), as Phoenix codes former officials, not its government
    of the day (which would also make the former and the present office one actor)."""
    return sector in STATE_SECTORS and any(c.lower_ in FORMER and c.dep_ in ("amod", "advmod", "compound")
                                            for c in head.children)


def _stated_title(doc: Doc, person: Entry, named: list[Match], head_part: Match, agent_code: str | None,
                  start: int, when: date | None, text: str) -> Actor | None:
    """A title stated before a person's name decides the role when the dictionary cannot or disagrees.

    "Malaysian Deputy Prime Minister <name>", "African Union envoy <name>": the affiliation the text
    states (a state or an organisation modifying the title) gives the code when the dictionary person
    holds no role on the date or one under another affiliation. A title marked "former" ("former
    Nigerian president <name>") is an elite of that country (``ELI``), not its government.
    """
    others = [p for p in named if p is not head_part and p.end <= head_part.start]
    if not others:
        return None
    stated = others[-1]
    res = resolve_entry(person, when)
    has_role = res.valid_from is not None or res.valid_until is not None
    former = any(t.lower_ in FORMER and start <= t.head.i < head_part.end
                 for t in doc[max(0, start - 3) : head_part.start])
    st = resolve_entry(stated.best, when)
    if stated.best.kind == "state" or (stated.best.kind == "person" and st.country):
        country = st.country or stated.best.country
        if not country:
            return None
        sector = "ELI" if former else agent_code or ""
        if has_role and res.country == country and not former or not (agent_code or former or not has_role):
            return None  # the dictionary agrees with the text, or no title is stated
        code = country + sector
    elif stated.best.kind in ("org", "group") and st.code[:3] in COUNTRYLESS_ROOTS:
        if has_role and res.code.startswith(st.code):
            return None
        code = st.code
    else:
        return None
    country_of, sector_of = (None, None) if code[:3] in COUNTRYLESS_ROOTS else (code[:3], code[3:] or None)
    title = doc[start : head_part.start].text.lower()
    return Actor(text=text, code=code, entity_id=res.entity_id, name=res.name, country=country_of, sector=sector_of,
                 role=STATED_ROLE + title, kind="person", confidence=0.85,
                 how=f"stated title {stated.key!r} + {'former ' if former else ''}agent decides over {res.code} "
                     f"({res.source}: {res.why})")


def _person_of_state(actor: Actor, country: str | None, agent_code: str | None) -> Actor:
    """"King Hassan of Morocco", "President Dos Santos of Angola": the text says whose the person is.
    A dictionary person of another country is a namesake; keep the office sector (the title's, else
    the one the entry gave), under the stated country."""
    if not country or actor.country == country:
        return actor
    sector = agent_code or (actor.code[3:] if actor.country and actor.code.startswith(actor.country) else "")
    code = country + sector
    return replace(actor, code=code, country=country, sector=sector or None, entity_id=f"person:{slug(actor.text)}",
                   confidence=min(actor.confidence, 0.8), how=f"{actor.how}; of {country} (stated)")


def _org_actor(named: list[Match], agents: list[Match], agent_code: str, text: str, when: date | None) -> Actor:
    """"UN troops" → IGOUNO + MIL; "the Hamas regime" → PSEREBHMS + GOV."""
    org = next(p for p in named if p.best.kind in ("org", "group", "place"))
    res = resolve_entry(org.best, when)
    code = res.code if res.code.endswith(agent_code) else res.code + agent_code
    return Actor(text=text, code=code, entity_id=res.entity_id, name=res.name, country=res.country,
                 sector=agent_code, kind=org.best.kind, confidence=0.9,
                 how=f"{res.source} ({org.key!r}) + agent {agents[0].key!r}")


def _country_actors(doc: Doc, named: list[Match], agents: list[Match], agent_code: str | None,
                    how_joined: dict[int, str], top: Token, head: Token, kind: str, ethnic: bool, text: str,
                    resolver: ActorResolver, when: date | None) -> tuple[list[Actor], str]:
    """Country (from modifiers, else from a place in a PP) + sector; titles find the office holder."""
    direct = [p for p in named if how_joined.get(id(p)) != "prep"]
    source_parts = direct or named
    countries = _countries(source_parts, when)
    if not countries and not agents:
        org = next((p for p in named if p.best.kind in ("org", "group")), None)
        if org is not None:  # an organisation joined to a nameless part: the organisation itself
            return [_named_actor(org.best, agent_code, text, when)], org.best.kind
    if len(countries) > 1 and not any(how_joined.get(id(p)) in ("conj", "hyphen") for p in source_parts) \
            and not _hyphenated(doc, source_parts):
        countries = countries[:1]
    sector = agent_code or ""
    former = former_office(head, sector)
    if former:
        sector = "ELI"
    actors: list[Actor] = []
    pairs: list[tuple[str | None, str | None]] = list(countries) or [(None, None)]
    for country, src in pairs:
        title_entry: Entry | None = None
        agent_key = agents[0].key if agents else ""
        if country is None:
            code = NO_COUNTRY + sector
            how = f"agent {agent_key!r} {NO_COUNTRY_HOW}" if agents else "no country, no agent"
        else:
            code = country + sector
            how = f"{src} + agent {agent_key!r}" if agents else str(src)
        entity_id = f"sector:{code}" if sector or not country else f"state:{country}"
        name = text
        role = None
        if country and agents and len(countries) == 1 and kind != "person" and not former:
            title_entry = resolver.person_with_title(country, agents[-1].key, when)
            if title_entry is not None:
                r = resolve_entry(title_entry, when)
                code, entity_id, name, role = r.code, r.entity_id, r.name, r.role
                how += f"; title held by {r.name} ({r.why})"
                kind = "person"
        if kind == "person" and title_entry is None and top.i != head.i:
            name = _person_name(doc, top)
            entity_id = f"person:{slug(name)}"
        out_kind = "person" if kind == "person" else "group" if ethnic else "sector"
        actors.append(Actor(text=text, code=code, entity_id=entity_id, name=name, country=country,
                            sector=sector or None, role=role, kind=out_kind,
                            confidence=0.9 if country else 0.5, how=how))
    return actors, kind


PEOPLE_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "men",
                   "man", "ee", "ees", "ives", "ites", "ary", "aries")
PEOPLE_WORDS = frozenset({"people", "forces", "nationals", "citizens", "troops", "police", "crew", "crews",
                          "staff", "personnel", "delegation", "team", "youth", "elite", "authorities", "side"})


def _people_noun(tok: Token) -> bool:
    """Crude test for nouns that denote people (peacekeepers, men, exporters), not things (oil, imports)."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and (low in PEOPLE_WORDS or low.endswith(PEOPLE_SUFFIXES))


def _org_with_agent(named: list[Match], agent_code: str | None) -> bool:
    """"UN troops", "the Hamas regime": an organisation plus an agent, with no state in the phrase."""
    if not agent_code or not named:
        return False
    if any(p.best.kind in ("state", "person") for p in named):
        return False
    return any(p.best.kind in ("org", "group") or (p.best.code or "")[:3] in COUNTRYLESS_ROOTS for p in named)


HYPHENS = frozenset({"-", "–", "/"})


def _hyphenated(doc: Doc, parts: list[Match]) -> bool:
    return len(parts) > 1 and all(b.start - a.end == 1 and doc[a.end].text in HYPHENS
                                  for a, b in zip(parts, parts[1:], strict=False))


# English combining forms of state names, used only before a hyphen and another state ("Franco-German",
# "Sino-Indian", "Anglo-Irish"): alone they are other words (the surname Franco, "Indo-Pacific").
COMBINING_FORMS = {"franco": "FRA", "sino": "CHN", "indo": "IND", "anglo": "GBR", "russo": "RUS", "italo": "ITA",
                   "greco": "GRC", "graeco": "GRC", "turco": "TUR", "austro": "AUT", "nippo": "JPN",
                   "japano": "JPN", "hispano": "ESP", "luso": "PRT", "germano": "DEU", "serbo": "SRB",
                   "polono": "POL", "belgo": "BEL"}


def _combining_forms(doc: Doc, matches: list[Match], resolver: ActorResolver) -> list[Match]:
    """A combining form before a hyphen and a state ("Franco-German talks") is that state: a match."""
    starts = {m.start: m for m in matches}
    covered = {i for m in matches for i in range(m.start, m.end)}
    extra: list[Match] = []
    for tok in doc:
        code = COMBINING_FORMS.get(tok.lower_)
        if code is None or tok.i in covered or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in HYPHENS:
            continue
        nxt = starts.get(tok.i + 2)
        entry = resolver.by_id.get(f"state:{code}")
        if nxt is None or nxt.best.kind != "state" or entry is None or entry.kind != "state":
            continue
        extra.append(Match(tok.i, tok.i + 1, tok.lower_, (entry,), tok.i))
    return sorted(matches + extra, key=lambda m: m.start) if extra else matches


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
