"""Modality of an event trigger: asserted, negated, hypothetical, intended, reported or historical.

The rules read the trigger and the words that govern it within its clause (the chain of heads up to
the clause root, following ``xcomp``/``conj``/object/preposition links), because modality is marked
there: "did **not** sign", "**hoped to** visit", "**should** he be forced", "**reportedly** plans to
open", "Turkey **could** import". When several markers apply, the strongest wins, in this order:
negated > hypothetical > reported > intended > historical > asserted. A time clause measured back in
months or years ("three years after X joined NATO") is ``historical``, and so is a past habit ("used
to lend"). Default analyses count only ``asserted`` events; every modality is stored.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from realpolitik.actors.context import COMMANDING_VERBS  # ORDERED ACT: what is ordered is still to be done
from realpolitik.coding.background import PRESENT_TAGS, SEQUEL_PREPS
from realpolitik.coding.frames import SPEECH_VERBS, lemma, looked_forward, speech_head, to_marked

NEGATORS = frozenset({"not", "n't", "never", "no"})
NEG_HEADS = frozenset({"refuse", "decline", "fail", "reject", "deny", "renege"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "ca", "must", "'d"})
BACKSHIFT_AUX = frozenset({"would", "'d"})
PAST_SPEECH_TAGS = frozenset({"VBD", "VBN", "VBG"})
VERB_CHAIN = frozenset({"xcomp", "conj"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
INTENT_HEADS = frozenset(
    {
        "hope",
        "agree",
        "offer",
        "pledge",
        "promise",
        "vow",
        "commit",
        "ready",
        "prepared",
        "willing",
        "committed",
        "eager",
        "keen",
        "happy",  # WILLINGNESS: "would be happy to withdraw"; not in the past (see _glad_in_past)
        "glad",
        "determined",
        "plan",
        "intend",
        "want",
        "wish",
        "seek",
        "apply",  # "applied to join B" seeks to join it (APPLYING A THING IS NO APPEAL, patterns_curated.tsv)
        "aim",
        "expect",
        "prepare",
        "propose",
        "consider",
        "mull",
        "schedule",
        "set",
        "plot",
        "aspire",
        "look",
    }
)
# PRESENT OBLIGATION: what someone "has to", "needs to" or "is required to" do is a duty not yet met,
# hypothetical as under "must"; a past duty ("had to withdraw", "was required to resign") was usually
# done, so only a present-tense head counts. NOT YET: "has yet to sign", "is yet to ratify" say the act
# has not happened (negated), whatever the tense.
NECESSITY_VERBS = frozenset({"have", "need"})
REQUIRING_PASSIVES = frozenset({"require", "oblige", "obligate", "suppose"})
# HOPED-FOR ACT: what someone hopes or wishes others will do ("voiced the hope that both sides would
# talk", "wished that Chile would sign") is a wish about them, not their plan: hypothetical. One's own
# hope "to" act is an intent (``INTENT_HEADS``, ``INTENT_NOUNS``).
WISH_WORDS = frozenset({"hope", "wish", "desire"})
# WISHED-FOR EVENT: an event noun under "desire / wish / hope / aspiration for" ("voiced its desire for
# reconciliation with B") is wanted, as the infinitive after those nouns is: intended, not done.
WISHED_NOUNS = WISH_WORDS | {"aspiration", "longing", "yearning"}
SELF_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})  # "hopes it will sign": its own intent
# Attempts ("tried to storm the post", "an attempt to mediate") are not here: an attempt is an act
# carried out, whether or not it succeeded (CAMEO codes attempted acts as the act), no intention.
# DECIDED ACT: what a decision or a move is to do ("Ruritania's decision to expel the envoys", "a move to
# curb imports") is decided, not yet done, as a plan is.
INTENT_NOUNS = frozenset({"plan", "intention", "hope", "bid", "proposal", "offer", "wish", "aim", "willingness",
                          "readiness", "desire", "eagerness", "preparedness", "determination", "resolve",
                          "decision", "move"})
# NEGATING NOUNS: the noun of a failure or a refusal over an infinitive ("Zambia's failure to cooperate
# with the auditors", "its refusal to meet the envoy") says the act did not happen, as the verbs
# "fail" and "refuse" do.
NEG_NOUNS = frozenset({"failure", "refusal", "inability", "unwillingness", "reluctance"})
# Predicates of likelihood over an infinitive ("X is likely to ask Y", "is unlikely to join"): the
# writer forecasts an act, which has not happened (hypothetical), whichever way the forecast goes.
LIKELIHOOD_PREDICATES = frozenset({"likely", "unlikely", "probable", "improbable"})
HYPO_WORDS = frozenset({"possible", "potential", "probable", "likely", "possibility", "hypothetical", "prospective"})
SCHEDULED_PREDICATES = frozenset({"due", "slated"})
AWAITING_VERBS = frozenset({"await", "anticipate"})
INTENT_ADJ = frozenset({"planned", "proposed", "upcoming", "scheduled", "expected", "forthcoming", "future",
                        "impending", "anticipated", "prospective"})
REPORT_ADVS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly", "supposedly", "rumoredly"})
# ACCORDING TO A SOURCE: "..., according to officials / the ministry / a statement / press reports" names
# who told the news, as a trailing "officials said" does, so the act stands as told (asserted). ACCORDING
# TO A TEXT: "according to the treaty", "according to the charter" or "to the plan" cites what a text lays down, so
# the act is its terms (hypothetical), or, for a timetable or itinerary, its plan (intended).
TERMS_TEXTS = frozenset({"agreement", "accord", "treaty", "deal", "pact", "law", "constitution", "resolution",
                         "rule", "regulation", "convention", "charter", "protocol", "contract", "arrangement",
                         "memorandum", "statute", "decree", "plan", "proposal", "roadmap", "framework", "term",
                         "provision", "clause", "ceasefire", "truce", "draft", "blueprint", "formula", "bill",
                         "legislation", "code", "mandate", "guideline"})
SCHEDULE_TEXTS = frozenset({"timetable", "schedule", "itinerary", "programme", "program", "agenda"})
REPORT_PASSIVES = frozenset({"say", "report", "believe", "rumor", "rumour", "think", "understand", "allege"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
INVERTED_AUX = frozenset({"should", "were", "had"})
CONDITION_HEADS = frozenset({"provided", "providing"})  # "provided (that) B withdraws": CONDITION CLAUSE
HISTORICAL_WORDS = frozenset({"historically", "formerly", "once", "previously"})
# Adverbs of habit: "rebels frequently ambush convoys", "the two navies routinely hold drills" state
# how things go, not an act of the day (``habitual``; a convention, since the CAMEO manual's own
# examples code such statements).
# Adjectives of habit on an event noun ("frequent rallies", "regular consultations"); "daily", "annual" and
# the like name a series whose act of the day is still news ("the annual summit opened on Monday").
HABIT_ADJS = frozenset({"frequent", "regular", "routine", "occasional", "periodic", "sporadic", "habitual",
                        "customary", "constant", "continual", "incessant"})
HABIT_ADVS = frozenset(
    {
        "frequently",
        "often",
        "regularly",
        "routinely",
        "usually",
        "habitually",
        "typically",
        "customarily",
        "traditionally",
        "commonly",
        "sometimes",
        "occasionally",
        "periodically",
    }
)
RECORD_ADVS = frozenset({"repeatedly", "consistently", "constantly", "persistently", "continually", "continuously",
                         "long", "always", "steadfastly", "invariably"})
CLIMB = frozenset(
    {
        "xcomp",
        "conj",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "acl",
        "attr",
        "agent",
        "dative",
        "oprd",
        "compound",
        "amod",
        "appos",
        "relcl",
        "acomp",
    }
)
# "can't help Turkey **deal** with ...": the parser hangs a causative's bare infinitive as ccomp;
# the caused event is as real as the causing.
CAUSATIVE_HEADS = frozenset({"help", "let", "make"})
# Aspectual verbs of continuation: "vowed to **keep up** pressure", "will **continue** to shell the
# town" promise more of an act that is already going on, so the act itself is asserted; only
# negation or a hypothesis above them still applies ("will not continue", "could maintain").
CONTINUATION_VERBS = frozenset({"continue", "maintain", "keep", "sustain", "persist", "carry"})
RANK = {"negated": 5, "hypothetical": 4, "reported": 3, "intended": 2, "historical": 1, "asserted": 0}
# NEARED ACT: an act someone is close to, edging closer to or on the verge of ("are close to concluding
# a pact", "moved nearer to imposing tariffs", "on the brink of expelling") has not happened yet:
# hypothetical, as a forecast is.
NEAR_WORDS = frozenset({"close", "closer", "near", "nearer", "verge", "brink", "edge", "threshold"})


# PREVENTED ACT: what someone is prevented, kept, barred or deterred from doing, or refrains from ("deployed
# to stop gunmen from firing rockets at B", "urged A to refrain from attacking B") is not done: its
# occurrence is only what the preventing aims at, so it is hypothetical.
PREVENTING_VERBS = frozenset({"prevent", "stop", "keep", "deter", "bar", "ban", "prohibit", "block", "restrain",
                              "discourage", "dissuade", "forbid", "preclude", "hinder", "refrain", "abstain",
                              "desist"})


# EVENT NOUN WITH AN OCCURRENCE VERB: an event noun that is the subject of a verb saying whether or when
# it happens ("talks between A and B **will start** next month", "the summit **could resume**", "the
# meeting **did not take place**", "talks **are expected** next week") has that verb's status; other
# predicates of an event ("the attack did not deter Kenya") say nothing of whether it happened.
OCCURRENCE_VERBS = frozenset({
    "start", "begin", "open", "resume", "restart", "commence", "take", "happen", "occur", "go", "hold",
    "continue", "end", "conclude", "close", "finish", "proceed", "convene", "kick", "get", "expect",
})  # fmt: skip
EXPECTED_VERBS = frozenset({"expect", "schedule", "plan", "set"})

# SCENE OF A SCHEDULED ACT: an event noun that a scheduled "be to" act follows ("**Following** talks with B,
# A **is to** fly to C", "after his meeting with B, A is to be received by C") is part of the same schedule,
# still to come, unless its own phrase dates it ("following talks with B on Monday").
def _scheduled_after(trigger: Token, head: Token) -> bool:
    """Is the event noun ``trigger`` the object of an after/following phrase on a scheduled "is to" clause?"""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in SEQUEL_PREPS or prep.head.i != head.i:
        return False
    if lemma(head) != "be" or not any(c.dep_ == "xcomp" and to_marked(c) for c in head.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)


# EXPECTED ARRIVAL: "X is expected in Y", "X is expected here on Monday [for talks]" tell X's coming, not
# someone's expectation of X: the passive subject is the traveller, and the trip and its purpose are
# planned. A place must be stated ("is expected in March" dates a thing to come, and "is expected to sign"
# is read through its infinitive).
ARRIVAL_PLACE_PREPS = frozenset({"in", "at"})
ARRIVAL_PLACE_ADVS = frozenset({"here", "there"})


def expected_arrival(verb: Token) -> bool:
    """Is ``verb`` the passive "is expected" of an arrival at a stated place (EXPECTED ARRIVAL)?"""
    if lemma(verb) != "expect" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ARRIVAL_PLACE_ADVS:
            return True
        if c.dep_ == "prep" and c.lower_ in ARRIVAL_PLACE_PREPS and any(
                g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children):
            return True
    return False


# HALTED EVENT: an event noun whose verb says it has stopped or does not go on ("the border talks broke
# down in May", "the negotiations stalled", "the dialogue was suspended") reports no consultation
# taking place; whoever halted it is coded by the halting verb's own row, if any.
HALTING_VERBS = frozenset({"suspend", "halt", "freeze", "stall", "collapse", "stop", "cease", "deadlock"})
HALTING_PARTICLE_VERBS = frozenset({("cut", "off"), ("break", "down"), ("break", "off")})
# (an event called off or put off, perhaps to a new date, is read by ``called_off``)


def _halted(tok: Token) -> bool:
    """Is ``tok`` the subject of a halting verb that halts it, not something else ("the talks stalled",
    "the dialogue was suspended"; "the shelling stopped the convoy" halts the convoy)?"""
    head = tok.head
    hl = lemma(head)
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in head.children):
        return False
    return hl in HALTING_VERBS or any(
        (hl, c.lower_) in HALTING_PARTICLE_VERBS for c in head.children if c.dep_ == "prt")


def _occurrence_subject(tok: Token) -> bool:
    """Is ``tok`` an event noun that is the subject of an occurrence verb (see ``OCCURRENCE_VERBS``)?"""
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN")
            and tok.head.pos_ in ("VERB", "AUX") and (lemma(tok.head) in OCCURRENCE_VERBS or _halted(tok)))


def _future_copula_subject(tok: Token) -> bool:
    """FUTURE COPULA: is ``tok`` an event noun that is the subject of a modal copula ("her visit **will be**
    her second this year", "the talks **would be** a milestone")? What the copula says of it lies ahead,
    so the noun's act does too; the copula's other marks (a negation: "the visit was not a success")
    are about the description, which is why only a modal one is climbed to."""
    head = tok.head
    return (tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and lemma(head) == "be" and head.i != tok.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))


def _expected_clause(tok: Token) -> bool:
    """Is ``tok`` the infinitive of an "expect X to ..." clause ("expected talks to start next year"),
    which the parser may hang as a clause (ccomp) rather than a complement (xcomp)?"""
    return tok.dep_ == "ccomp" and to_marked(tok) and lemma(tok.head) in EXPECTED_VERBS


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it whose modality marks bear on it. A purpose infinitive ("will
    lead a delegation **to visit** Peru", "did not send troops **to fight**") is done no more than the
    clause it serves: its future, negation or hypothesis bear on it (PURPOSE SHARES ITS CLAUSE'S TIME).
    A conjunct with a subject of its own is a clause of its own (CONJOINED CLAUSE: "Kenya did not attack
    Uganda, but Chad shelled Sudan"), and so is one set against the first by "but" (CONTRASTED
    CONJUNCT): the first clause's negation, modal or time adverb is not its own, so the climb stops there."""
    chain = [trigger]
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
                                   or _contrasted(tok)):
            break
        causative = tok.dep_ == "ccomp" and lemma(tok.head) in CAUSATIVE_HEADS
        if tok.dep_ not in CLIMB and not causative and not purpose_clause(tok) and not _occurrence_subject(tok) \
                and not _expected_clause(tok) and not _future_copula_subject(tok):
            break
        tok = tok.head
        chain.append(tok)
    return chain


CONTRAST_CC = frozenset({"but", "yet"})


def purpose_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of an adverbial to-infinitive ("will lead a delegation **to visit** Peru")?"""
    return tok.dep_ == "advcl" and to_marked(tok)


def _contrasted(conj: Token) -> bool:
    """CONTRASTED CONJUNCT: "did not name the donors, **but** praised B" -- what the
    first conjunct denies or doubts, the one after "but" does not share."""
    return any(c.dep_ == "cc" and c.lower_ in CONTRAST_CC and c.i < conj.i for c in conj.head.children)


def _stated_condition(clause: Token) -> bool:
    """CONDITION CLAUSE: a clause set as a condition by "provided (that)", "providing (that)", "as long
    as", "so long as" or "on (the) condition that" ("will resume talks provided B expels the envoy"):
    it is what must happen first, not what happened."""
    head = clause.head
    if clause.dep_ in ("ccomp", "advcl") and head.lower_ in CONDITION_HEADS and head.dep_ != "ROOT":
        return True
    if clause.dep_ in ("acl", "ccomp") and head.lower_ == "condition" and head.head.lower_ in ("on", "under"):
        return True
    return any(c.dep_ == "mark" and c.lower_ == "as" and c.i > 0 and clause.doc[c.i - 1].lower_ == "long"
               for c in clause.children)


NOT_CONDITION_NEXT = frozenset({"by", "to", "with", "for", "in", "on", "at", "from", "under", ",", "."})


def _condition_word(tok: Token) -> bool:
    """Is ``tok`` a "provided" / "providing" that opens a condition rather than a verb of supplying:
    no subject of its own, and what follows is its clause ("provided (that) B withdraws"), not a
    phrase of the supplying ("provided by B", "providing aid to C", "provided with arms")?"""
    if tok.lower_ not in CONDITION_HEADS or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ not in NOT_CONDITION_NEXT and (
        nxt.lower_ == "that" or nxt.pos_ in ("PROPN", "DET", "PRON", "NOUN", "ADJ"))


def _after_condition_word(trigger: Token) -> bool:
    """CONDITION CLAUSE read off the words when the parser does not hang the clause on "provided":
    the trigger follows a condition word of its sentence (up to the first comma when the word opens
    the sentence: "Provided B withdraws, A will sign")."""
    sent = trigger.sent
    for tok in sent:
        if tok.i >= trigger.i:
            return False
        if not _condition_word(tok):
            continue
        if tok.i == sent.start:
            comma = next((t.i for t in sent if t.i > tok.i and t.text == ","), sent.end)
            return trigger.i < comma
        return True
    return False


def conditional(trigger: Token) -> bool:
    """Is the act set as a condition of another ("if B expels the envoy", "provided B expels ...")?
    What its subject would have to do first is nobody's threat."""
    return any(_is_conditional_clause(t) for t in _chain(trigger)) or _after_condition_word(trigger)


def _is_conditional_clause(clause: Token) -> bool:
    """``if``/``unless`` clauses, inverted conditionals ("should he be forced", "had they known") and
    stated conditions (``_stated_condition``)."""
    if _stated_condition(clause):
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
            return True
        if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_AUX and subj is not None and c.i < subj.i:
            return True
    return False


def according_to_text(according: Token) -> str | None:
    """The status an "according to" phrase gives the act it bears on: None for a source (ACCORDING TO A
    SOURCE: the act stands as told), ``hypothetical`` for a text's terms and ``intended`` for a
    timetable's plan (ACCORDING TO A TEXT)."""
    for to in according.children:
        if to.dep_ == "prep" and to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    heads = _cited_nouns(obj)
                    if heads & TERMS_TEXTS:
                        return "hypothetical"
                    if heads & SCHEDULE_TEXTS:
                        return "intended"
    return None


def _cited_nouns(obj: Token) -> set[str]:
    """The nouns of the cited phrase through its "of" phrases ("the terms **of** the truce", "the
    wording **of** the peace accord"), not those of a clause inside it."""
    found: set[str] = set()
    stack = [obj]
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("NOUN", "PROPN"):
            found.add(lemma(tok))
        stack += [c for c in tok.children if c.dep_ in ("compound", "prep", "pobj") and (
            c.dep_ != "prep" or c.lower_ == "of")]
    return found


def _marks(tok: Token, trigger: Token, verbal: bool = False) -> set[str]:
    """``verbal``: ``tok`` is the trigger's own verb chain (reached through xcomp/conj only), where a
    backshifted "would" can report a plan."""
    found: set[str] = set()
    for c in tok.children:
        dep, low = c.dep_, c.lower_
        if dep == "neg" or (dep == "advmod" and low in ("never",)):
            found.add("negated")
        elif dep == "det" and low == "no" and tok.i == trigger.i:
            found.add("negated")
        elif dep in ("aux", "auxpass") and c.tag_ == "MD":
            if low in FUTURE_AUX:
                found.add("intended")
            elif low in BACKSHIFT_AUX and verbal and _backshifted(tok):
                found.add("intended")
            elif low in HYPOTHETICAL_AUX:
                found.add("hypothetical")
        elif dep == "advmod" and low in REPORT_ADVS:
            found.add("reported")
        elif dep == "advmod" and low in HISTORICAL_WORDS:
            found.add("historical")
        elif dep == "mark" and low in CONDITIONAL_MARKS:
            found.add("hypothetical")
        elif dep == "advcl" and _is_conditional_clause(c):
            found.add("hypothetical")
        elif dep == "prep" and low == "according" and (cited := according_to_text(c)) is not None:
            found.add(cited)
        elif dep == "amod" and low in HYPO_WORDS:
            found.add("hypothetical")
        elif dep == "amod" and low in INTENT_ADJ:
            found.add("intended")
        elif dep == "acomp" and low in SCHEDULED_PREDICATES:  # "is due in Baku", "is due to arrive"
            found.add("intended")
        elif dep == "aux" and low == "going" and tok.tag_ == "VB":
            found.add("intended")
    if _is_conditional_clause(tok):
        found.add("hypothetical")
    if _long_ago_clause(tok):
        found.add("historical")
    return found


def _backshifted(clause: Token) -> bool:
    """Reported speech in the past shifts "will" to "would": "the minister said she **would** travel
    to Rome", "announcing that the two leaders would meet on Friday" report a plan, not a
    hypothesis. The clause must be the content of a past or participial speech verb, and the trigger
    its own verb (not a noun or relative clause inside it, which keeps its own time); "says it would"
    (present) and "would" under a condition ("would meet him if ...", caught apart) stay hypothetical."""
    head = speech_head(clause)
    return head is not None and head.tag_ in PAST_SPEECH_TAGS


LONG_SPANS = frozenset({"year", "decade", "century", "month"})
SINCE_MARKS = frozenset({"after", "since"})


def _long_ago_clause(clause: Token) -> bool:
    """A time clause measured back in months or years ("three years **after** Croatia joined NATO",
    "two decades since ..."): background history, not the news of the day."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if not marks & SINCE_MARKS:
        return False
    return any(c.dep_ == "npadvmod" and lemma(c) in LONG_SPANS for c in clause.children)


def _past_habit(used: Token, verb: Token) -> bool:
    """ "used to V" (active, any tagging of "used", "to" right after it), not the passive "was used to
    attack" nor an instrument ("used water cannon to scatter")."""
    return (
        used.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "nsubj" for c in used.children)
        and not any(c.dep_ == "auxpass" for c in used.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == used.i + 1 for c in verb.children)
    )


def _neared(prep: Token) -> bool:
    """Is the preposition the complement of a word of nearness ("close to", "the verge of"), on its
    head or beside it ("edged closer [Sunday] to")?"""
    head = prep.head
    if head.i == prep.i:
        return False
    near = [head, *(c for c in head.children if c.i < prep.i)]
    near += [g for c in near[1:] for g in c.children if g.i < prep.i]
    return any(t.lower_ in NEAR_WORDS for t in near)


def _not_yet(head: Token) -> bool:
    """NOT YET: is ``head`` the "have" or "be" of "has yet to …" / "is yet to …"?"""
    return lemma(head) in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children)


def _present_obligation(head: Token) -> bool:
    """PRESENT OBLIGATION: is ``head`` a present "has to" / "needs to", or a present passive "is
    required / obliged / supposed to"? The tense is the head's own, or that of its auxiliary: "will
    have to", "does not need to" count, "had to" and "has had to" do not."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    hl = lemma(head)
    if hl in NECESSITY_VERBS:
        return head.tag_ in PRESENT_TAGS or (head.tag_ == "VB" and any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("do", "does")) for c in head.children))
    return hl in REQUIRING_PASSIVES and any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children)


GLAD_WORDS = frozenset({"happy", "glad"})


def _glad_in_past(head: Token) -> bool:
    """"was happy to meet them" tells a meeting that took place, gladly; "is" or "would be happy to"
    offers one."""
    copula = head.head if head.dep_ == "acomp" else None
    return lemma(head) in GLAD_WORDS and copula is not None and copula.tag_ == "VBD"


# Adverbs of time or sequence that may stand in "was then to meet" (not "here": "was here to attend" is purpose)
SEQUENCE_ADVS = frozenset({"then", "later", "also", "soon", "next", "subsequently", "afterwards", "shortly",
                           "now", "still", "first", "again"})


def _scheduled_be(tok: Token) -> bool:
    """SCHEDULED "BE TO" WITH AN ADVERB: "the premier was then to meet B", "is later to sign the pact" -- an
    adverb between "be" and "to" makes the parser hang the infinitive on "be" as an adverbial clause (or on
    the adverb, read as the complement of "be"), but it is the same scheduled act as "is to meet"
    (intended): "be" has a subject (or shares one as a conjunct) and no other complement, and only
    adverbs of time or sequence stand between it and the infinitive."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in SEQUENCE_ADVS and head.dep_ in ("acomp", "advmod") and to_marked(tok):
        head = head.head  # "is later to sign": the adverb read as the complement the infinitive hangs on
        return lemma(head) == "be" and head.i < tok.i
    if tok.dep_ != "advcl" or lemma(head) != "be" or head.i > tok.i or not to_marked(tok):
        return False
    if not (head.dep_ == "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)) or any(
            c.dep_ in ("attr", "acomp", "xcomp", "ccomp") and c.lower_ not in SEQUENCE_ADVS for c in head.children):
        return False
    between = tok.doc[head.i + 1: tok.i]
    return all(t.lower_ in SEQUENCE_ADVS or (t.lower_ == "to" and t.head.i == tok.i) for t in between)


def _head_marks(tok: Token) -> set[str]:
    """Markers carried by the word that governs ``tok`` through xcomp/acl ("hoped to visit")."""
    head = tok.head
    if head.i == tok.i:
        return set()
    hl = lemma(head)
    found: set[str] = set()
    if _scheduled_be(tok):
        found.add("intended")
    if tok.dep_ == "xcomp":
        if hl in NEG_HEADS or (to_marked(tok) and _not_yet(head)):
            found.add("negated")
        elif to_marked(tok) and _present_obligation(head):
            found.add("hypothetical")
        elif hl in INTENT_HEADS and not _glad_in_past(head):
            found.add("intended")
        elif hl in COMMANDING_VERBS and head.pos_ == "VERB":
            found.add("intended")  # ORDERED ACT: "ordered police to arrest them": to be done, not done
        elif hl in REPORT_PASSIVES and any(c.dep_ == "auxpass" for c in head.children):
            found.add("reported")
        elif hl == "go" and head.tag_ == "VBG":
            found.add("intended")
        elif hl == "use" and _past_habit(head, tok):
            found.add("historical")  # "used to lend money to X": a past habit, no event of the day
        elif hl in LIKELIHOOD_PREDICATES:
            found.add("hypothetical")  # "is likely to urge X", "is unlikely to recognise Y": a forecast
        elif hl == "be" and to_marked(tok) and tok.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
            found.add("negated")  # UNREALISED PLAN: "was to have visited Ottawa": the plan fell through
        elif hl == "be" and to_marked(tok):
            found.add("intended")  # "both capitals are to initial a pact next spring": a scheduled act
    if _expected_clause(tok):
        found.add("intended")  # "expected talks between A and B to start next year"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and _halted(tok):
        found.add("negated")  # HALTED EVENT: "the dialogue was broken off", "the negotiations stalled"
    if tok.dep_ == "nsubjpass" and hl in EXPECTED_VERBS and tok.pos_ in ("NOUN", "PROPN"):
        found.add("intended")  # "talks are expected (to begin) next week", "a vote is scheduled for May"
    if tok.dep_ in ("acl", "ccomp") and hl in WISH_WORDS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in SELF_PRONOUNS for c in tok.children):
        found.add("hypothetical")  # HOPED-FOR ACT: "voiced the hope that A and B talk": a wish, no plan
    elif tok.dep_ == "acl" and hl in INTENT_NOUNS:
        found.add("intended")
    if tok.dep_ == "acl" and hl in NEG_NOUNS and to_marked(tok):
        found.add("negated")
    if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "to" and looked_forward(head.head):
        found.add("intended")  # ANTICIPATED ACT: "looks forward to visiting X", "to his visit": not yet done
    if tok.pos_ == "NOUN" and (tok.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) == "prepare" or (
            tok.dep_ == "dobj" and hl in AWAITING_VERBS)):
        found.add("intended")  # ... and "is preparing for a visit by X", "awaits the talks"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.lower_ in ("to", "of") and _neared(head):
        found.add("hypothetical")
    if tok.dep_ == "pcomp" and head.lower_ == "from" and head.head.i != head.i and lemma(head.head) in PREVENTING_VERBS:
        found.add("hypothetical")  # PREVENTED ACT: "kept the gunmen from attacking B"
    if tok.dep_ == "pobj" and head.head.i != head.i and lemma(head.head) in HYPO_WORDS:
        found.add("hypothetical")
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "NOUN" and lemma(head.head) in WISHED_NOUNS:
        found.add("intended")  # WISHED-FOR EVENT: "its desire for normalization": wanted, not done
    return found


def _continues(tok: Token) -> bool:
    """Is ``tok`` a verb of continuation ("continue", "keep up", "carry on") governing the act?"""
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in CONTINUATION_VERBS:
        return False
    if lemma(tok) == "carry":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children)
    return True


def headline_infinitive(trigger: Token) -> bool:
    """HEADLINE FUTURE: "EU envoy to tour Serbia in the spring", "Kenyan president to sign the pact": a
    headline with no finite verb, its act a to-infinitive hung on the subject noun, announces what is
    to come (the headline "is to"), so the act is planned, not done."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ == "ROOT":  # "Ghana to sign trade pact": the parser's root infinitive with a subject
        return any(c.dep_ == "nsubj" for c in trigger.children)
    head = trigger.head
    return trigger.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")


def for_to_infinitive(trigger: Token) -> bool:
    """FOR-TO INFINITIVE: an act in a "for X to V" clause ("the real benefit for A to invite B",
    "it is time for Kenya to act", "the best way for A to help B") is what would be good, possible or
    needed, never one reported: the clause has no tense of its own. Its verb or the verb it hangs from
    carries the subordinator "for" and the infinitive marker "to"."""
    for verb in (trigger, trigger.head):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(verb.children)
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return True
        if verb is trigger and trigger.dep_ not in ("xcomp", "conj"):
            break
    return False


# PERMITTED ACT: nouns of leave to act ("a green light", "the go-ahead" are told by their modifier)
PERMISSION_NOUNS = frozenset({
    "permission", "approval", "authorization", "authorisation", "clearance", "nod", "licence", "license",
    "consent", "leave",
})  # fmt: skip
PERMISSION_PHRASES = {"light": "green", "ahead": "go"}


def _permission(noun: Token) -> bool:
    if noun.lower_ in PERMISSION_NOUNS or noun.lemma_.lower() in PERMISSION_NOUNS:
        return True
    modifier = PERMISSION_PHRASES.get(noun.lower_)
    return modifier is not None and any(c.lower_ == modifier for c in noun.children)


def permitted_act(trigger: Token) -> bool:
    """PERMITTED ACT: what someone won, got or was given leave to do ("secured the green light for talks",
    "gave Serbia the go-ahead to open talks", "received permission to visit") has not been done yet: leave
    to act is not the act. The to-infinitive hangs on the permission noun or, beside it, on its verb."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "acl" and _permission(head):
        return not _own_leave(head.head if head.dep_ == "dobj" else None)
    if trigger.dep_ in ("advcl", "xcomp"):
        return any(c.dep_ in ("dobj", "dative") and _permission(c) for c in head.children) and not _own_leave(head)
    return False


GRANTING_VERBS = frozenset({"give", "grant", "issue"})


def _own_leave(verb: Token | None) -> bool:
    """Leave given with no one to receive it ("Seoul gave its nod to resume imports") is the
    giver's decision to act, so the act stands."""
    return verb is not None and verb.lemma_.lower() in GRANTING_VERBS and not any(
        c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


def continued_intent(trigger: Token) -> bool:
    """PROMISED CONTINUATION: is a plan or promise ("will", "vowed to", "is ready to") set aside because a
    verb of continuation governs the act ("will continue to support", "pledged to keep sending aid")?
    ``event_modality`` asserts such an act as already under way; for a cooperative act the promise to go
    on is itself the news, the intent the guidelines code as 03x (``extract._read_act_status``)."""
    return any(ongoing and "intended" in marks for _, marks, ongoing in _chain_marks(trigger))


def _chain_marks(trigger: Token, chain: list[Token] | None = None) -> Iterator[tuple[Token, set[str], bool]]:
    """Each word of the trigger's clause chain (``chain``, when the caller has it) with the modality
    marks on it, and whether a verb of continuation governs the act at or below it (``event_modality``
    and ``continued_intent`` read the same walk)."""
    verbal = trigger.pos_ in ("VERB", "AUX")
    ongoing = False
    for tok in chain if chain is not None else _chain(trigger):
        marks = _marks(tok, trigger, verbal) | _head_marks(tok)
        ongoing = ongoing or _continues(tok)
        yield tok, marks, ongoing
        verbal = verbal and tok.dep_ in VERB_CHAIN


def event_modality(trigger: Token, sent: Span | None = None, root: Token | None = None) -> str:
    """The strongest modality marked on ``trigger`` or the words governing it in its clause.

    ``root`` (the sentence root) may be passed to save recomputing it for every trigger.
    """
    found: set[str] = set()
    chain = _chain(trigger)
    for tok, marks, ongoing in _chain_marks(trigger, chain):
        if tok.dep_ == "acomp" and tok.lower_ in SCHEDULED_PREDICATES:  # "is due [to arrive]"
            marks.add("intended")
        if tok.i != trigger.i and expected_arrival(tok):  # "is expected here for talks"
            marks.add("intended")
        if tok.i != trigger.i and _scheduled_after(trigger, tok):  # "after talks with B, A is to fly to C"
            marks.add("intended")
        found |= marks - {"intended"} if ongoing else marks
    if root is None and sent is not None:
        root = sent.root
    if root is not None and root.i != trigger.i:
        for c in root.children:
            if c.dep_ == "advmod" and c.lower_ in REPORT_ADVS:
                found.add("reported")
            if c.dep_ == "prep" and c.lower_ == "according" and (cited := according_to_text(c)) is not None:
                found.add(cited)
    if _after_condition_word(trigger):
        found.add("hypothetical")
    if any(deliberated(tok) or advised_against(tok) for tok in _own_clause(chain)):
        found.add("hypothetical")
    ability = stated_ability(_own_clause(chain))
    if ability is not None:
        found.add(ability)
    if not found:
        return "asserted"
    return max(found, key=lambda m: RANK[m])


def _own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to the first relative clause verb: what governs a relative clause's noun ("how to
    manage the region, where troops are clashing") does not bear on the relative clause."""
    out = []
    for tok in chain:
        out.append(tok)
        if tok.dep_ == "relcl":
            break
    return out


# STATED ABILITY: "is able to block B's bid", "is capable of striking B" says what one can do, as "can"
# does (hypothetical); "was / has been able to" says it was done; "is unable to" that it is not (negated)
ABLE_WORDS = frozenset({"able", "capable"})
UNABLE_WORDS = frozenset({"unable", "incapable"})


def stated_ability(chain: list[Token]) -> str | None:
    """The status an ability adjective governing the act gives it (STATED ABILITY), or None."""
    for tok in chain:
        head = tok.head
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "prep") or head.lower_ not in ABLE_WORDS | UNABLE_WORDS \
                or head.dep_ != "acomp":
            continue
        if head.lower_ in UNABLE_WORDS or any(c.dep_ == "neg" for c in (*head.children, *head.head.children)):
            return "negated"  # "is unable to", "is not able to"
        return None if head.head.tag_ in ("VBD", "VBN") else "hypothetical"  # "was / has been able to"
    return None


WH_WORDS = frozenset({"how", "whether", "what", "which", "when", "where", "who", "whom"})


def deliberated(verb: Token) -> bool:
    """DELIBERATED ACT: an infinitive with a question word ("discussed how to punish B", "weighing
    whether to attack", "settle which penalties to impose") is weighed, not done."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in WH_WORDS for c in verb.children):
        return True
    return any(c.dep_ in ("dobj", "nsubj") and c.i < verb.i and any(
        d.dep_ == "det" and d.lower_ in WH_WORDS for d in c.children) for c in verb.children)


ADVISING_VERBS = frozenset({"warn", "advise", "caution", "urge"})


def advised_against(tok: Token) -> bool:
    """ADVISED AGAINST: "advised travellers against going to B", "warned them against visiting
    B", "cautioned against an attack on B": what someone is warned against is not done."""
    head = tok.head
    return (tok.dep_ in ("pcomp", "pobj") and head.lower_ == "against" and head.dep_ == "prep"
            and lemma(head.head) in ADVISING_VERBS)


def habitual(trigger: Token) -> bool:
    """Is the act told as a habit, by an adverb of frequency on the trigger or a word governing it in
    its clause ("insurgents **frequently** target patrols", "she **regularly** calls on them to ...")?
    "repeatedly" is left out: it counts acts of the day as often as habits ("repeatedly shelled the
    town on Friday")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        mods = [c for c in trigger.children if c.dep_ == "amod"]
        mods += [g for c in mods for g in c.children if g.dep_ == "amod"]  # "frequent [Indian] shelling"
        if any(m.lower_ in HABIT_ADJS for m in mods):
            return True  # "frequent rallies", "regular talks": a series, not an act of the day
    chain = _chain(trigger)
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVS for tok in chain for c in tok.children):
        return True
    # REPEATED RECORD: "has repeatedly promised", "have consistently condemned", "has long opposed": the
    # perfect with an adverb of recurrence or duration sums up a record, where "repeatedly shelled the
    # town on Friday" tells acts of one day
    if any(
        any(c.dep_ == "advmod" and c.lower_ in RECORD_ADVS for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXS for c in tok.children)
        for tok in chain
    ):
        return True
    own_verb = next((tok for tok in chain if tok.pos_ in ("VERB", "AUX")), None)
    return own_verb is not None and perfect_progressive(own_verb)


PERFECT_AUXS = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def perfect_progressive(verb: Token) -> bool:
    """ONGOING RECORD: "has been withholding the funds", "have been urging B to ...": the perfect
    progressive tells an activity kept up over a stretch of time, not an act of the day. A date in the
    clause ("has been holding protests since Friday") ties it to days the story reports, so it stays.
    Only the act's own verb counts: in "has been promoting X and apologized for Y", the apology is an
    act of its own."""
    if verb.tag_ != "VBG":
        return False
    auxs = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "been" not in auxs or not auxs & PERFECT_AUXS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


# STANDING PRESENT: in the body of a story, a main clause (or a main clause conjoined to it) in the
# simple present with no date ("the bloc links A with B", "X accuses Y of building arms", "Z provides W
# with power", "A insists on its plan, but B charges that ...") tells how things stand, not an act of
# the day, which news tells in the past. Headlines and digest lines ("A visits B", "-- A arrives in
# B"), the lead, quoted speech, speech verbs and dated clauses keep the present.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
LINE_MARKS = frozenset({"-", "--", "\u2013", "\u2014", "_"})


def standing_present(trigger: Token, index: int) -> bool:
    """STANDING PRESENT (see above): ``index`` is the sentence's place in the document."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))  # "..., but B charges that ..."
    if index == 0 or not main or verb.tag_ not in PRESENT_TAGS or lemma(verb) in SPEECH_VERBS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    sent = verb.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in (".", "!") or words[0].text in LINE_MARKS:
        return False
    return not any(t.text in QUOTE_MARKS or t.ent_type_ in ("DATE", "TIME") for t in words)


def refusal_head(trigger: Token) -> Token | None:
    """The refusing verb governing ``trigger`` ("refused to **deploy**", "failed to **reach**"), if any."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "xcomp" and lemma(tok.head) in NEG_HEADS:
            return tok.head
        if tok.dep_ not in ("xcomp", "dobj", "pobj", "prep") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
