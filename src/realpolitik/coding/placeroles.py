"""Places and askers named beside an event are no party to it.

The role routes of ``coding/roles.py`` read an actor wherever a name sits in the event's phrase:
modifiers, ``at``/``on``/``of`` objects, participle clauses. Three kinds of phrase name a country
that takes no part in the act, and this module drops the actors they hold from an event's sides:

* **Venue names.** A place name that modifies a gathering or the document it produced names where
  it met: "a Lisbon summit", "the Geneva round", "the Arusha framework" are no meeting with, or
  act toward, Portugal, Switzerland or Tanzania. Nor is the topic of a gathering a participant:
  "a conference on Somalia" does not meet Somalia. Paired names ("a Sino-Indian summit", "the
  Kenya-Uganda forum") do name the parties and stay.
* **Askers.** "at the request of X", "on the urging of X", "at X's behest" name who asked for the act,
  not whom it is done to: "agreed to free the hostages at the request of Norway" frees no Norwegian.
* **Visited regions.** A region a trip goes to ("began a European tour", "left for the Middle East",
  "a tour of the Balkans") is where the visitor travels, not a party: it neither hosts the visit (043)
  nor plans the meeting back (036) (``visited_region``). Regions that act ("African leaders arrived")
  keep their events. A region whose member states are named beside it ("three west African countries
  -- A, B and C --") is those states, which the sentence's act already reaches (``named_members``).
  A trip or a meeting with a region whose states the sentence names ("began a European tour in
  Berlin", "African leaders, among them the presidents of A and B, arrived") is with those states
  (``toured_members``).
* **Patients of a reduced passive.** A past participle modifying a noun ("a Belgian activist
  **held** in Lagos", "Dutch troops **stationed** in Mali") says what was done *to* the noun; with no
  ``by`` agent nobody named did it, so the noun's country is no source (``patient_participle``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.actors.grouping import NO_COUNTRY_HOW
from realpolitik.actors.matcher import is_region
from realpolitik.actors.resolver import COUNTRYLESS_ROOTS, ActorResolver
from realpolitik.actors.statenames import names_whole_state
from realpolitik.coding.actorindex import ActorIndex, unique
from realpolitik.coding.cameo import ARMED_ROOTS, MEETING_INTENT, MEETING_ROOT
from realpolitik.coding.conventions import HOST, VISIT
from realpolitik.coding.frames import agent_token, lemma, misread_main_verb
from realpolitik.model import Actor

# gatherings and what they produce, named after where they met
VENUE_NOUNS = frozenset(
    {
        "summit", "conference", "forum", "meeting", "session", "symposium", "seminar", "workshop",
        "gathering", "round", "framework", "process", "accord", "accords", "declaration", "communique",
        "convention", "congress", "meet", "retreat", "talk", "talks", "negotiation", "negotiations", "dialogue",
    }
)  # fmt: skip
TOPIC_PREPS = frozenset({"on", "about", "concerning", "regarding"})
# nouns that name an asking, urging or initiative by someone
ASKING_NOUNS = frozenset(
    {"request", "behest", "urging", "initiative", "suggestion", "insistence", "instigation", "prompting", "bidding"}
)
PAIR_MARKS = frozenset({"-", "–", "/", "and"})


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _is_state_place(actor: Actor) -> bool:
    """An actor read off a place name: a state, or a capital standing for its government."""
    return actor.code[:3] not in COUNTRYLESS_ROOTS and actor.code[:3].isalpha()


def _place_words(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" and t.ent_type_ in PLACE_ENTS for t in words)


def _paired(root: Token, head: Token, actors: ActorIndex) -> bool:
    """Is the name one of a pair of parties ("Sino-Indian", "Kenya-Uganda", "Chad and Niger")?"""
    doc = root.doc
    near = [doc[i] for i in range(max(root.i - 1, 0), min(root.i + 2, len(doc)))]
    if any(t.text in PAIR_MARKS for t in near if t.i != root.i):
        return True
    others = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i != root.i and actors.at(c)]
    return bool(others) or any(c.dep_ == "conj" for c in root.children)


def _city_of_a_state(span: Span, actors: ActorIndex) -> bool:
    """Is the mention a place the dictionaries file under a state, not the state's own name ("Abuja",
    which the tagger may not read as a place)?"""
    found = actors.at(span.root)
    return bool(found) and all(len(a.code) == 3 and a.code.isalpha() and not names_whole_state(a) for a in found)


def _venue_noun(tok: Token) -> bool:
    """A gathering noun ("summit", "round", "meet"), not a verb that shares its lemma."""
    return tok.pos_ in ("NOUN", "PROPN") and lemma(tok) in VENUE_NOUNS


def venue_name(span: Span, actors: ActorIndex) -> bool:
    """Does the mention name a gathering's venue ("a Lisbon summit", "the Arusha declaration") or
    topic ("a conference on Somalia") rather than a party? The gathering word must be a noun: a verb
    that shares its lemma ("Kenya **rounded** on Uganda", "they **met** on Sunday") names an act, and
    the state after it is its party (``_venue_noun``)."""
    root = span.root
    head = root.head
    if _venue_noun(root):  # the place and the gathering read as one mention: "the Arusha declaration"
        mods = [t for t in span if t.i != root.i and t.dep_ in ("compound", "nmod")]
        return _place_words(mods) and not any(t.text in PAIR_MARKS for t in span)
    if head.i == root.i:
        return False
    while head.dep_ == "compound" and head.head.i > head.i and not _venue_noun(head):
        head = head.head  # "the Abuja peace talks": through the gathering's other words
    if root.dep_ in ("compound", "nmod") and _venue_noun(head):
        return (_place_words(list(span)) or _city_of_a_state(span, actors)) and not _paired(root, head, actors)
    if root.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and head.head.i != head.i:
        return _venue_noun(head.head)
    return False


def asking_phrase(noun: Token) -> bool:
    """Is ``noun`` (a place phrase's object: "at the request of Norway") an asking noun?"""
    return lemma(noun) in ASKING_NOUNS


ASKING_PREPS = frozenset({"at", "on", "upon"})


def _adverbial_asking(noun: Token) -> bool:
    """An asking noun in an adverbial phrase ("**at** the request of", "**on** the initiative of"); the
    request an event acts on ("rejected Norway's request") is an object, and its asker the target."""
    return lemma(noun) in ASKING_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ASKING_PREPS


def asker(span: Span) -> bool:
    """Does the mention name who asked for the act ("at the request **of Norway**", "at **Norway's**
    behest")?"""
    root = span.root
    if root.dep_ == "poss":
        return _adverbial_asking(root.head)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        return _adverbial_asking(root.head.head)
    return False


def without_bystanders(found: list[Actor], actors: ActorIndex, *, askers: bool) -> list[Actor]:
    """``found`` less the states named only as a venue or topic, and — with ``askers``
    (targets) — as the one who asked for the act."""
    out: list[Actor] = []
    for a in found:
        span = actors.span_holding(a)
        if span is not None and ((_is_state_place(a) and venue_name(span, actors)) or (askers and asker(span))):
            continue
        out.append(a)
    return out


def patient_participle(verb: Token) -> bool:
    """Is ``verb`` a past participle modifying a noun with no ``by`` agent ("a Belgian activist
    **held** in Lagos")? The noun is what the act was done to, not who did it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and agent_token(verb) is None
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and not misread_main_verb(verb)
    )


# roots whose act needs a party acted on: where a release, an arrest or a handover happens is no party
# (a show of force, 15, is aimed at the state where it is staged: "exercises in Alaska")
SCENE_ONLY_ROOTS = frozenset({"08", "17"})
# a curfew, a state of emergency or a ban falls on the people of the place itself, and so does its easing
PLACE_WIDE_BASES = frozenset({"172", "081"})
# HOSTING HAS A GUEST: a reception (043) is of a guest, never of the place it is held in ("a statement
# received by a news agency in Nicosia" hosts nobody)
HOSTING_BASES = frozenset({"043"})
# the roots ``scene_only_target`` can answer yes for: a caller skips the work of its arguments otherwise
SCENE_ROOTS = SCENE_ONLY_ROOTS | ARMED_ROOTS
# an attacker of the scene's own country is a party to a fight there only as an organised armed side
LOCAL_FIGHTERS = frozenset({"MIL", "REB", "COP", "OPP"})


def scene_code(code: str) -> bool:
    """Can ``scene_only_target`` answer yes for an act of this code?"""
    return code[:2] in SCENE_ROOTS or code[:3] in HOSTING_BASES


def scene_only_target(
    code: str,
    sources: list[Actor],
    targets: list[Actor],
    place: list[Actor],
    named_object: bool = False,
    countries: frozenset[str] = frozenset(),
) -> bool:
    """Is the event's only target the state where it happened ("was freed in Manila", "a bomb struck
    their convoy in Kandahar"), which analyst conventions do not code as the party acted on?

    ``place`` is the country the event's location phrase names (``roles.location_target``);
    ``named_object`` says the act's object names an actor ("arrested Palestinians in Hebron": the
    people arrested, not the scene, are the target, even when they share its country); ``countries``
    the countries the sentence names. A reception (043) whose only guest would be the place is
    dropped too (HOSTING HAS A GUEST). Kept: an
    attack on a place by a force of another state ("shelled a village in Gaza" is an attack on it),
    fighting among a country's own armed sides there, and an attack by unnamed attackers on the
    scene's own people (a bomb in a market, when the sentence names no other country). Dropped:
    releases, coercion and handovers whose scene is a country (the person acted on is unnamed or no
    state), and attacks by unnamed attackers or civilians of the scene's country when the sentence
    names another country, whose people or property ("their vehicle", "a US company's buses") the
    victims usually are.
    """
    if named_object or not targets or not place or {a.code for a in targets} != {a.code for a in place}:
        return False
    root = code[:2]
    if root in SCENE_ONLY_ROOTS:
        return code[:3] not in PLACE_WIDE_BASES
    if code[:3] in HOSTING_BASES:
        return True
    if root not in ARMED_ROOTS:
        return False
    scene = {a.code[:3] for a in place}
    if not countries - scene - {s.code[:3] for s in sources}:
        return False
    return any(s.code[:3] in scene and s.code[3:6] not in LOCAL_FIGHTERS for s in sources)


LOCATIVE_PREPS = frozenset({"in", "at"})
PLACE_SIDE_CODES = frozenset({"043", "036"})  # hosting a visit, planning a meeting


def visited_region(visit_code: str, code: str, src: Actor, destinations: list[Actor]) -> bool:
    """VISITED REGION: is ``src`` a region that a visit (``visit_code`` 042) goes to, made a party to
    the act (hosting it, 043, or planning to meet, 036) that only a state or a body can take?"""
    return (
        visit_code[:3] == VISIT
        and code[:3] in PLACE_SIDE_CODES
        and is_region(src)
        and any(src is d or (src.code == d.code and src.entity_id == d.entity_id) for d in destinations)
    )


def toured_members(code: str, found: list[Actor], other: list[Actor], sent: Span, actors: ActorIndex,
                   resolver: ActorResolver | None = None) -> list[Actor]:
    """TOUR OF NAMED STATES: on a visit or meeting (04, 036), a bare region on one side ("a European tour",
    "African leaders arrived") stands for the states of that region its sentence names ("in Berlin",
    "among them the presidents of A and B"): they are the hosts or the guests, and a region code would
    match none of them. Only states the sentence names count (not a people noun that took its country
    from the article), and states already a party (on either side) are not among them ("Asian leaders and
    the Japanese premier held a summit": Japan is the region's partner); with none named the region stays.
    Only a visit makes a state named as a place ("in Brussels") a party: a meeting of a region's leaders
    "in Brussels" is held there, not with Belgium (VENUE)."""
    if code[:2] != MEETING_ROOT and code[:3] != MEETING_INTENT:
        return found
    resolver = resolver or ActorResolver.default()
    regions = {id(a): r.members for a in found if (r := resolver.region(a.code)) is not None}
    if not regions:
        return found
    kept: list[Actor] = []
    for actor in found:
        other_states = {a.country for a in [*other, *found] if a is not actor}
        inside = regions.get(id(actor), frozenset())
        named = [a for a, venue in _sentence_actors(sent, actors)
                 if a.country in inside and a.country not in other_states and not is_region(a)
                 and NO_COUNTRY_HOW not in (a.how or "")  # "men" that took the article's country
                 and (code[:3] in (VISIT, HOST) or not venue)]
        kept.extend(named or [actor])
    return unique(kept)


def _sentence_actors(sent: Span, actors: ActorIndex) -> list[tuple[Actor, bool]]:
    """Each actor of the sentence, with whether its mention names where something is ("in X", "at X")."""
    return [(a, span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_PREPS)
            for span, found in actors.mentions_in(sent) for a in found]


def named_members(found: list[Actor], actors: ActorIndex) -> list[Actor]:
    """REGION NAMED BY ITS STATES: drop a region from an act's side when the states it stands for are
    named in apposition to it ("four Gulf states, A, B, C and D, pledged aid"); those states, on the
    same side, are the parties, and the region would count the act once more."""
    if not any(is_region(a) for a in found):
        return found
    kept = []
    for actor in found:
        span = actors.span_holding(actor) if is_region(actor) else None
        if span is not None and any(
            c.dep_ == "appos" and any(not is_region(m) and m.country for m in actors.at(c))
            for c in span.root.children
        ):
            continue
        kept.append(actor)
    return kept
