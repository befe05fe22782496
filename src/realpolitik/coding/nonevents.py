"""Clauses that look like events between states but are not political events.

Wire services file sport results and transfers beside the politics, and in those stories countries
are teams: "Peru took two golds ahead of Chile", "a Danish keeper joins a Dutch club". The actor
step already drops states named in such sentences (``actors/sport.py``), but the coder still finds
countries there through demonyms, places and sector nouns ("a Danish keeper", "the swimming in
Lima"), so a sentence whose words place it in a sporting competition (a sport, a sporting role, a
tournament stage) yields no events. Only words that rarely mean anything else count: "league"
(Arab League), "gold" (gold mines), "match", "title", "race", "marathon" (talks), "coach" (aid
teams of coaches) and the Olympics (boycotts, joint teams) are left out.

Fans and referees belong to the same stories ("fans of the two clubs clashed"). A copula that
describes a relation ("there is close cooperation between A and B", "ties are good") states how
things stand, not an act (``stated_relation``); a licence or permit a government issues at home is
administration (``domestic_permit``).

"Wanted" in the passive ("is wanted by Dutch police", "a man wanted over a theft") is the status of
someone sought, not anyone's wish (CAMEO.2.0 codes bare WANT 030).

A naming verb names, it does not act: "a shipping firm **called** Nova", "a militia **named** after a
saint", "**dubbed** the Iron Brigade", or with a predicate noun "**called** the decision a mistake": no
phone call (041), appointment or appeal is made (the words of the predicate may still be coded by
other rules). Only the naming uses count: a participle modifying a noun, a verb with an object
predicate (``oprd``, or a quoted predicate the parser hangs on the object as an apposition), and
"call home" (a recall); "called his counterpart" and "named a successor" are left to the lexicon.

A need is a state of the one who has it, not an act toward anyone (STATED NEED): "Kenya **needs**
investment from China", "the ministry needed more staff" make no demand or appeal, though CAMEO.2.0
puts NEED in its demand and appeal synsets. What someone is *called on* or *urged* to do is coded by
those verbs; "said Chile needs to act" leaves the inner verb to the modality step.

Reporters met are an audience (MEETING THE PRESS): a minister who "met reporters" or will "meet the
press" gives a news conference, no consultation (04) with the media; a named outlet stays a party.

A state that hosts refugees or migrants (HOSTED OUTSIDERS: "Jordan has hosted thousands of Iraqi
refugees") shelters them; they pay it no visit (042/043), and how many it shelters is a standing
situation, not an act of the day.

To demonstrate something is to show it (DEMONSTRATED QUALITY): "Norway demonstrated patience",
"the vote demonstrated that the coalition holds", "a demonstration of resolve" are no protest (14x),
which is the verb without an object ("students demonstrated outside the embassy") and the noun without
an "of" complement ("a demonstration against the war").

To rule out a claim (RULED-OUT CLAIM: "ruled out the theory that its ship was sunk by a neighbour's
gunboats") judges whether it is true; it refuses no one, so the bare "rule out" row (120) does not apply.

The venue of a meeting is no party to it: "Arab League envoys conferred in Tunis", "the AU
ministers, gathering in Dakar", "an ASEAN summit in Manila" are no meeting with Tunisia, Senegal or
the Philippines (under analyst conventions; PETRARCH makes the place the target). A visit is
different: the place visited hosts it (042/043).

To recognise a fact is no diplomatic recognition (ACKNOWLEDGED FACT: "both sides recognise that the
road ahead is long"): the verb with a clause grants something true, where 054 needs a state or
government recognised.

An act under investigation (INVESTIGATED ACT: "police are looking into three attacks on diplomats")
was done before and by someone unnamed: the investigators are not its agents.

To claim something of oneself (SELF-CLAIM: "claims to have the largest share") charges no one, and a
charging verb with no object and its charge ("a trader charged with smuggling pleaded not guilty": REDUCED
ACCUSATION) is a passive whose accuser is not named. Campaigning for votes (ELECTIONEERING: "campaigning in
a coastal town", "the presidential campaign") asks no one for anything.

To hit or strike a hardship is to run into it (HIT A SNAG: "the talks hit a snag"), no blow at anyone. A
hope to do something oneself (OWN HOPE: "hopes to double exports") is an aim, no appeal (020) to anyone.
To defeat a rival in a vote is to outpoll it (DEFEAT AT THE POLLS: "beat the ruling party in the runoff"),
no use of force.

To order goods is to buy them (GOODS ORDERED): "the airline ordered twenty jets", "the navy has ordered
two more frigates from a French yard" place a purchase; only an order to someone ("ordered the
envoys to leave", "ordered troops into the city") is the command (CAMEO 10) the bare verb row reads.
The object is a counted thing or a noun of goods, and no clause says what anyone is to do.

To meet or encounter resistance, fire or criticism is to run into it (MET WITH A THING): "the column met
stiff resistance from the militia", "troops encountered heavy fire from gunmen near the border" hold no
meeting (04) with whoever resists or shoots. The hostile act itself is still coded where it is an event
noun ("encountered gunfire from B" is B's gunfire, see ``roles.RECEPTION_VERBS``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.actors.grouping import OUTSIDER_NOUNS
from realpolitik.actors.sport import SPORT_BODIES, SPORT_ROLE_WORDS
from realpolitik.actors.sport import SPORT_WORDS as ACTOR_SPORT_WORDS
from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.asked_questions import asked_question
from realpolitik.coding.cameo import ARMED_ROOTS, MEETING_ROOT
from realpolitik.coding.conventions import HOST, VISIT
from realpolitik.coding.frames import lemma, misread_main_verb, prep_objects, rules_out
from realpolitik.coding.roles import location_target, object_nouns
from realpolitik.coding.rules import MEDIA_SECTOR
from realpolitik.model import Actor

# the actor step's sport words (actors/sport.py: there a state named in such a sentence is a team),
# and the words for sports, roles and stages it leaves out in a single sentence because the coder can
# still find a country there through a demonym or a place ("a Danish keeper", "the swimming in Lima")
SPORT_WORDS = ACTOR_SPORT_WORDS | SPORT_ROLE_WORDS


def sport_context(sent: Span) -> bool:
    """Does the sentence speak of a sporting competition?"""
    for tok in sent:
        if tok.text in SPORT_BODIES:
            return True
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in SPORT_WORDS or lemma(tok) in SPORT_WORDS):
            return True
    return False


def sought_status(trigger: Token) -> bool:
    """ "is wanted by Dutch police", "a man wanted over a theft": passive WANT, or WANT with a
    ``for`` phrase and no object ("wanted for fraud"; a wish wants something: "wanted a deal")."""
    if lemma(trigger) != "want":
        return False
    deps = {c.dep_ for c in trigger.children}
    if "for" in {c.lower_ for c in trigger.children if c.dep_ == "prep"} and not deps & {"dobj", "xcomp", "ccomp"}:
        return True  # "wanted for questioning / for murder", however the parser reads the participle
    if trigger.tag_ != "VBN":
        return False
    return trigger.dep_ in ("acl", "amod") or "auxpass" in deps


# Nouns that name a standing relation between parties rather than something one of them did.
RELATION_NOUNS = frozenset(
    {
        "cooperation", "co-operation", "relation", "relations", "tie", "ties", "friendship", "partnership",
        "link", "links", "contact", "contacts", "understanding", "trust", "solidarity", "collaboration",
    }
)  # fmt: skip
COPULAS = frozenset({"be", "remain", "seem", "stay", "exist"})
HAVING_VERBS = frozenset({"have", "enjoy", "share"})


def stated_relation(trigger: Token) -> bool:
    """ "There is good cooperation between A and B", "relations between A and B are close": a copula
    that describes a relation states how things stand, not an act of either side (generic
    statements are not coded); so does a verb of having ("A and B have good cooperation", "A enjoys
    close ties with B": POSSESSED RELATION)."""
    if trigger.pos_ in ("VERB", "AUX") and lemma(trigger) in HAVING_VERBS:  # the light verb as the trigger
        return any(c.dep_ == "dobj" and (lemma(c) in RELATION_NOUNS or c.lower_ in RELATION_NOUNS)
                   for c in trigger.children)
    if trigger.pos_ != "NOUN" or lemma(trigger) not in RELATION_NOUNS and trigger.lower_ not in RELATION_NOUNS:
        return False
    head = trigger.head
    if trigger.dep_ == "dobj" and lemma(head) in HAVING_VERBS:
        return True  # POSSESSED RELATION: "A and B have / enjoy good cooperation" states a relation too
    if head.i == trigger.i or lemma(head) not in COPULAS:
        return False
    deps = {c.dep_ for c in head.children}
    if trigger.dep_ == "attr" and "expl" in deps:  # "there is / there has been cooperation"
        return True
    return trigger.dep_ == "nsubj" and bool(deps & {"acomp", "attr"})  # "relations are close"
NAMING_VERBS = frozenset({"call", "name", "dub", "label", "term", "title", "christen", "nickname", "rename"})


def naming_use(trigger: Token, noun: Token | None = None) -> bool:
    """ "a venture called X", "a group dubbed Y", "called the move a provocation": a name, not an act.
    EPITHET: when the pattern that found the act is the predicate noun itself ("called the envoy **a
    liar**", "labelled the premier **a dictator**": a pattern's ``noun``), the speaker judges the one named,
    and that judgement (the pattern's code, as CAMEO.2.0's CALL rows give it) is the event."""
    if lemma(trigger) not in NAMING_VERBS:
        return False
    if noun is not None and epithet(noun, trigger):
        return False
    if trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod"):
        return not misread_main_verb(trigger)  # "The minister called Monday for ...": the noun is the subject
    if lemma(trigger) == "call" and any(c.dep_ == "advmod" and c.lower_ == "home" for c in trigger.children):
        return True  # "call home its troops": a recall, not a phone call
    # the predicate noun is an object predicate, or (quoted) an apposition to the object:
    # 'called the verdict "a step backwards"'
    return any(_predicate_of(c, trigger) or any(_predicate_of(g, trigger) for g in c.children)
               for c in trigger.children)


def epithet(noun: Token, verb: Token) -> bool:
    """EPITHET: is the pattern's noun the naming verb's own predicate ("called the envoy **a liar**")?"""
    return _predicate_of(noun, verb)


def _predicate_of(noun: Token, verb: Token) -> bool:
    """Is ``noun`` the object predicate of ``verb``: its ``oprd``, an apposition to its object (quoted
    or bare, not set off by a comma: "called Putin, a close friend, on Monday" is a phone call), or
    (``bare_predicate``) a bare indefinite noun phrase the parser hung on the object?"""
    if noun.dep_ == "oprd" and noun.head.i == verb.i:
        return True
    obj = noun.head
    if obj.dep_ != "dobj" or obj.head.i != verb.i or noun.i <= obj.i:
        return False
    return (noun.dep_ == "appos" and not _comma_between(obj, noun)) or bare_predicate(noun, verb)


def _comma_between(a: Token, b: Token) -> bool:
    return any(t.text == "," for t in a.doc[a.i + 1 : b.i])


def bare_predicate(noun: Token, verb: Token) -> bool:
    """OBJECT PREDICATE HUNG ON THE OBJECT: in "called the plan a mistake" or "branded the raid a grave
    error" the parser often makes the predicate an adverbial noun phrase (``npadvmod``) or an apposition
    of the object instead of the verb's ``oprd``. An indefinite article with no comma before it marks it a
    predicate; an apposition set off by a comma describes the object ("called the envoy, a veteran
    diplomat, ..."), and a time phrase ("called the envoy this week", "a day later") is none."""
    obj = noun.head
    return (
        noun.dep_ in ("npadvmod", "appos") and obj.dep_ == "dobj" and obj.head.i == verb.i and noun.i > obj.i
        and noun.ent_type_ not in ("DATE", "TIME")
        and not _comma_between(obj, noun)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def non_event(trigger: Token, noun: Token | None = None) -> str | None:
    """Why the clause of ``trigger`` is no political event (a short reason), or None; ``noun``: the
    object noun the pattern matched, if any."""
    if sought_status(trigger):
        return "sought"
    if naming_use(trigger, noun):
        return "naming"
    if sport_context(trigger.sent):
        return "sport"
    if stated_relation(trigger):
        return "stated relation"
    if asked_question(trigger):
        return "asked question"
    if stated_need(trigger):
        return "stated need"
    if demonstrated_quality(trigger):
        return "demonstrated quality"
    if hosted_outsiders(trigger):
        return "hosted outsiders"
    if ruled_out_claim(trigger):
        return "ruled-out claim"
    if goods_ordered(trigger):
        return "goods ordered"
    if hit_a_snag(trigger):
        return "hit a snag"
    if electoral_defeat(trigger):
        return "defeat at the polls"
    if own_hope(trigger):
        return "own hope"
    if acknowledged_fact(trigger):
        return "acknowledged fact"
    if investigated_act(trigger):
        return "investigated act"
    if self_claim(trigger):
        return "self-claim"
    if reduced_accusation(trigger):
        return "reduced accusation"
    if charge_as_label(trigger):
        return "charge as a label"
    if electioneering(trigger):
        return "electioneering"
    return None


ELECTORAL_WORDS = frozenset({"election", "electoral", "presidential", "parliamentary", "re-election",
                             "reelection", "poll", "vote", "legislative", "municipal", "referendum"})
CAUSE_PREPS = frozenset({"for", "against"})


def electioneering(trigger: Token) -> bool:
    """ELECTIONEERING: campaigning for votes ("campaigning in a coastal town, he said ...", "the
    presidential campaign entered its last week") asks no one in particular for anything; CAMEO.2.0's
    bare 'campaign' reads a demand (100) and 'campaign' the noun an appeal (020). A campaign for or
    against something, or to do something ("campaigned for the prisoners' release", "a campaign against
    the cabinet") stays."""
    if lemma(trigger) != "campaign":
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ in ("amod", "compound", "nmod") and lemma(c) in ELECTORAL_WORDS for c in trigger.children)
    if trigger.pos_ != "VERB":
        return False
    kids = list(trigger.children)
    if any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for c in kids):
        return False
    return not any(c.dep_ in ("xcomp", "advcl", "ccomp", "dobj") and c.pos_ in ("VERB", "NOUN", "PROPN")
                   and (c.pos_ != "VERB" or any(a.lower_ == "to" for a in c.children)) for c in kids)


# REDUCED ACCUSATION: verbs whose object is the one charged, and the preposition that names the charge
CHARGING_VERBS = {"charge": "with", "accuse": "of", "convict": "of", "suspect": "of", "indict": "for"}


def reduced_accusation(trigger: Token) -> bool:
    """REDUCED ACCUSATION: "a trader charged with smuggling arms pleaded not guilty", "a man accused of
    spying was freed": a charging verb with a subject, no object and the charge's preposition is a
    reduced passive the parser read as an active verb, so its subject is the one charged, and the
    accuser is not named. "Kenya charged two Ugandans with spying" has its object and stays."""
    charge = CHARGING_VERBS.get(lemma(trigger))
    if charge is None or trigger.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(trigger.children)
    if any(c.dep_ in ("dobj", "dative", "auxpass", "aux", "ccomp") for c in kids):
        return False
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ == "prep" and c.lower_ == charge for c in kids)


def charge_as_label(trigger: Token) -> bool:
    """CHARGE AS A LABEL: "extradited accused spy John Doe", "the activist and accused bomber Ali
    Hassan", "a supporter of war crimes suspect John Doe": a charging participle in front of the one
    charged, or the noun "suspect" after its charge, is part of how the writer names him; the
    parser reads it as a verb (advcl, conj, amod) with the name as its object. With no subject of its own,
    no charge phrase or clause, and a role noun with no article before the name, nobody is accusing
    anyone here. "Kenya held two men and accused the pair of espionage" has its charge, "... and accused
    Uganda on Monday" names a state with no role noun: both stay."""
    charge = CHARGING_VERBS.get(lemma(trigger))
    if charge is None or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "agent", "aux", "auxpass")
                             or (c.dep_ == "prep" and c.lower_ in (charge, "for")) for c in trigger.children):
        return False
    if trigger.tag_ in ("VB", "VBP") and trigger.i > 0 and trigger.nbor(-1).pos_ == "NOUN":
        return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in trigger.children)  # "war crimes suspect X"
    if trigger.tag_ not in ("VBD", "VBN", "JJ") or trigger.dep_ not in ("advcl", "conj", "amod"):
        return False
    named = trigger.head if trigger.dep_ == "amod" else next(
        (c for c in trigger.children if c.dep_ == "dobj" and c.i > trigger.i), None)
    if named is None:
        return False
    between = trigger.doc[trigger.i + 1 : named.i + 1]  # a role noun, no article: "accused bomb maker Ali Hassan"
    return any(t.pos_ == "NOUN" for t in between) and not any(t.pos_ in ("DET", "PRON") for t in between)


def self_claim(trigger: Token) -> bool:
    """SELF-CLAIM: "the firm claims to have the largest network", "a man claiming to be their
    spokesman": to claim something of oneself charges no one (the bare row reads 110)."""
    return lemma(trigger) == "claim" and trigger.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trigger.children)


INVESTIGATING_VERBS = frozenset({"investigate", "probe", "examine", "review", "reinvestigate"})
INQUIRY_WORDS = frozenset({"look", "inquire", "enquire", "probe", "inquiry", "enquiry", "investigation", "delve"})


def investigated_act(trigger: Token) -> bool:
    """INVESTIGATED ACT: "police are looking into three bomb attacks on diplomats", "investigators are
    probing the killing of the envoy": an act under investigation was done before and by someone the
    clause does not name; the investigators are not its agents."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ == "dobj":
        return lemma(head) in INVESTIGATING_VERBS
    return trigger.dep_ == "pobj" and head.lower_ == "into" and lemma(head.head) in INQUIRY_WORDS


RECOGNISING_VERBS = frozenset({"recognise", "recognize"})


def acknowledged_fact(trigger: Token) -> bool:
    """ACKNOWLEDGED FACT: "both sides recognise that the road is long", "the ministers recognized the
    goals remain important": recognising a clause grants a fact; diplomatic recognition (054) has a
    state or government as its object and no clause."""
    if lemma(trigger) not in RECOGNISING_VERBS or trigger.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "ccomp" for c in trigger.children)  # the parser may hang the clause's subject as object


# What is said or supposed, not done: ruling it out judges a claim, refuses no one
CLAIM_NOUNS = frozenset({"possibility", "suggestion", "speculation", "report", "claim", "theory", "allegation",
                         "rumour", "rumor", "likelihood", "notion", "idea"})


def ruled_out_claim(trigger: Token) -> bool:
    """RULED-OUT CLAIM: "ruled out the theory that its ship was sunk by a neighbour's gunboats",
    "dismissed suggestions that the neighbour had sent troops" judge whether something is true; the
    speaker refuses nothing and no one (the bare "rule out" row, 120, would make the neighbour its target).
    The object is a noun of claim or supposition with a "that" clause of its own."""
    if trigger.pos_ != "VERB" or not rules_out(trigger):
        return False
    return any(lemma(o) in CLAIM_NOUNS and any(c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in o.children)
        for o in trigger.children if o.dep_ == "dobj")


HOSTING_VERBS = frozenset({"host"})


def hosted_outsiders(trigger: Token) -> bool:
    """Is the trigger "host" with refugees, migrants or exiles as its object (HOSTED OUTSIDERS, see the
    module docstring)?"""
    if lemma(trigger) not in HOSTING_VERBS or trigger.pos_ not in ("VERB", "AUX"):
        return False
    return any(lemma(o) in OUTSIDER_NOUNS for o in object_nouns(trigger))  # "thousands of refugees" too


SHOWING_WORDS = frozenset({"demonstrate", "demonstration"})


def demonstrated_quality(trigger: Token) -> bool:
    """Is the trigger "demonstrate" with an object or clause, or "demonstration of" (DEMONSTRATED
    QUALITY, see the module docstring)?"""
    if lemma(trigger) not in SHOWING_WORDS:
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)


def stated_need(trigger: Token) -> bool:
    """Is the trigger the verb "need" (STATED NEED, see the module docstring)?"""
    return trigger.pos_ in ("VERB", "AUX") and lemma(trigger) == "need"


# Documents an administration issues to firms and residents; issuing one at home is routine
# administration, not a political event ("the ministry granted a mining licence to a local firm").
PERMIT_NOUNS = frozenset(
    {"licence", "license", "permit", "certificate", "patent", "accreditation", "registration", "concession"}
)


def domestic_permit(trigger: Token, noun: Token | None, sources: list[Actor], targets: list[Actor]) -> bool:
    """Is the act a licence, permit or certificate a state's body issues to its own country's firm
    or people ("granted a licence to a Ghanaian firm")? Abroad it stays an exchange ("granted an
    oil licence to a Chinese firm")."""
    objects = [noun] if noun is not None else []
    objects += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lemma(o) in PERMIT_NOUNS or o.lower_ in PERMIT_NOUNS for o in objects):
        return False
    home = {a.code[:3] for a in sources}
    return bool(targets) and len(home) == 1 and all(t.code[:3] in home for t in targets)


VISIT_BASES = frozenset({VISIT, HOST})


def without_venue(
    trigger: Token, noun: Token | None, code: str, targets: list[Actor], actors: ActorIndex
) -> list[Actor]:
    """``targets`` less the place where a meeting (04, visits aside) is held, as named there ("in
    Tunis"); the same country named as a partner ("met Tunisia in Tunis") stays."""
    if code[:2] != MEETING_ROOT or code[:3] in VISIT_BASES or not targets:
        return targets
    venue = {(a.code, a.text) for a in location_target(trigger, noun, actors)}
    return [t for t in targets if (t.code, t.text) not in venue]


# MEETING THE PRESS: reporters met are an audience; what is said to them is coded by its own words
PRESS_WORDS = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media", "newsman", "newsmen",
                         "correspondent", "correspondents", "pressmen", "newspapermen"})


def press_audience(actor: Actor) -> bool:
    """Is the actor the press at large ("reporters", "the press", "journalists in Ankara"), not a
    named outlet (a wire agency, a paper)?"""
    return actor.code.endswith(MEDIA_SECTOR) and any(w in PRESS_WORDS for w in actor.text.lower().split())


def without_audience(code: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` less the press at large when the act is a meeting (04, visits aside: a minister
    who "met reporters" or will "meet the press" holds a news conference, no consultation with the
    media (MEETING THE PRESS); the statements made there are coded by their own words."""
    if code[:2] != MEETING_ROOT or code[:3] in VISIT_BASES:
        return actors
    return [a for a in actors if not press_audience(a)]


ORDER_VERBS = frozenset({"order"})
GOODS_NOUNS = frozenset({
    "aircraft", "airliner", "jet", "jetliner", "plane", "airplane", "helicopter", "ship", "vessel", "frigate",
    "corvette", "submarine", "tanker", "tank", "vehicle", "truck", "bus", "train", "locomotive", "car", "engine",
    "missile", "rifle", "gun", "weapon", "arm", "equipment", "system", "vaccine", "dose", "part", "unit",
    "ton", "tonne", "barrel", "copy", "kit", "turbine", "reactor", "satellite", "rocket", "drone",
})  # fmt: skip
PEOPLE_COUNTED = frozenset({"troop", "soldier", "officer", "police", "policeman", "man", "woman", "people",
                            "person", "official", "diplomat", "worker", "staff", "reservist", "guard"})


ENCOUNTERING_VERBS = frozenset({"meet", "encounter"})
ADVERSITY_NOUNS = frozenset({
    "resistance", "opposition", "fire", "gunfire", "shelling", "hostility", "criticism", "protest", "objection",
    "difficulty", "problem", "obstacle", "setback", "skepticism", "scepticism", "resentment", "anger", "ambush",
    "attack", "violence", "refusal", "rejection", "suspicion", "challenge", "roadblock", "barrage", "defiance",
})  # fmt: skip


def met_with_a_thing(trigger: Token) -> bool:
    """Is the trigger "meet" or "encounter" with a hardship as its object (MET WITH A THING, see the
    module docstring)? Only a meeting reading asks this: "met the demands" is read by its own rows."""
    if lemma(trigger) not in ENCOUNTERING_VERBS or trigger.pos_ != "VERB":
        return False
    return any(lemma(o) in ADVERSITY_NOUNS for o in trigger.children if o.dep_ == "dobj")


# SEATS WON ARE NO SEIZURE: "the Greens seized control of the Senate", "the opposition captured a
# majority in parliament": a party or bloc taking control of a legislature wins it at the polls, it does
# not occupy it by force (troops or rebels "seizing control of parliament" keep their code)
SEIZING_ROOTS = frozenset({"17"}) | ARMED_ROOTS
CONTROL_NOUNS = frozenset({"control", "majority", "seat", "seats", "power"})
ELECTED_SECTORS = frozenset({"PTY", "OPP", "LEG"})


def seats_won(code: str, trigger: Token, noun: Token | None, sources: list[Actor], targets: list[Actor]) -> bool:
    """SEATS WON ARE NO SEIZURE (see above): force over a legislature's control by a party or a bloc."""
    nouns = [noun] if noun is not None else [c for c in trigger.children if c.dep_ == "dobj"]
    return code[:2] in SEIZING_ROOTS and any(lemma(n) in CONTROL_NOUNS for n in nouns) \
        and bool(targets) and all(t.code[3:6] == "LEG" for t in targets) \
        and bool(sources) and all(s.code[3:6] in ELECTED_SECTORS for s in sources)


DEFEAT_VERBS = frozenset({"defeat", "beat", "rout", "trounce", "outpoll", "outvote"})
ELECTION_WORDS = frozenset({
    "election", "poll", "vote", "ballot", "runoff", "run-off", "referendum", "primary", "seat", "race", "contest",
})  # fmt: skip


def electoral_defeat(trigger: Token) -> bool:
    """DEFEAT AT THE POLLS: "A defeated B in the election", "A beat B and won the legislative polls": to
    defeat a rival in a vote is to outpoll it, no use of force (CAMEO.2.0's "defeat" is 190). The
    election word is in the verb's own phrases or in a clause coordinated with it."""
    if lemma(trigger) not in DEFEAT_VERBS or trigger.pos_ != "VERB":
        return False
    clauses = [trigger] + [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if trigger.dep_ == "conj":
        clauses.append(trigger.head)
    return any(lemma(n) in ELECTION_WORDS for c in clauses for n in _contest_nouns(c))


def _contest_nouns(verb: Token) -> list[Token]:
    """What a clause was won or fought in: its objects and the objects of its "in"/"at" phrases ("won
    the polls", "beat B in the runoff"); a time phrase ("before the elections") is not one."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [o for w, o in prep_objects(verb) if w in ("in", "at")]


STRIKING_VERBS = frozenset({"hit", "strike"})
SNAG_NOUNS = ADVERSITY_NOUNS | {"snag", "hurdle", "deadlock", "impasse", "stalemate", "bottleneck", "wall", "barrier"}


def hit_a_snag(trigger: Token) -> bool:
    """HIT A SNAG: "the talks hit a snag", "enforcement has hit obstacles": to hit or strike a hardship is to
    run into it, no blow (19x) at anyone, as MET WITH A THING is no meeting."""
    if lemma(trigger) not in STRIKING_VERBS or trigger.pos_ != "VERB":
        return False
    return any(lemma(o) in SNAG_NOUNS for o in trigger.children if o.dep_ == "dobj")


HOPING_VERBS = frozenset({"hope"})


def own_hope(trigger: Token) -> bool:
    """OWN HOPE: "hopes to double exports", "hopes to take the country into the alliance": a hope to do
    something oneself is an aim (its act is coded, as intended, from the infinitive); it appeals to no one,
    though CAMEO.2.0 codes the bare verb 'hope' as an appeal (020). A hope about others ("hopes that B
    will sign", "hopes B signs") is left to that reading and to HOPED-FOR ACT."""
    if lemma(trigger) not in HOPING_VERBS or trigger.pos_ != "VERB":
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in trigger.children)


def goods_ordered(trigger: Token) -> bool:
    """Is the trigger "order" with goods as its object (GOODS ORDERED, see the module docstring)?"""
    if lemma(trigger) not in ORDER_VERBS or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
        return False  # "ordered the embassy staff to leave", "ordered that the border be shut"
    for o in trigger.children:
        if o.dep_ != "dobj" or lemma(o) in PEOPLE_COUNTED:
            continue
        if lemma(o) in GOODS_NOUNS or any(c.dep_ == "nummod" for c in o.children):
            return True
    return False
