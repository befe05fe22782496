"""Verdicts: a speaker's judgement of another actor's conduct, told by the word the conduct is called.

Diplomatic speech praises and blames less often with "praise" and "criticise" than by naming what the
other side did: the verdict word carries the event, and no verb or verb + noun pattern holds it, since
the verb of naming is neutral and the word hangs on the object or on a copula. Four classes:

* **Verdict by description** (051 praise / 111 criticise): a verb of naming or judging whose object is
  given a verdict word, through ``as`` ("described the X levy as extortion", "views B as a reliable
  partner"), as a second object ("branded the B manoeuvre an act of piracy") or as an object
  predicative ("termed the B ballot fair"). The target is the object when it is an actor, else whoever
  the object belongs to or is done by.
* **Verdict in reported speech** (051 / 111): a copular clause that a speech verb reports, whose
  predicate is a verdict word: "the minister said B's plan was reckless", "the B proposal is a sound
  basis, the envoy said". The speaker is the source; the clause's subject, or its owner, the target. A
  predicate that places the subject toward someone ("B is C's trusted partner") states a relation
  instead. A predicate that calls the conduct a cause for worry ("said B's programme was alarming") is
  the speaker's concern about B (012), as "was alarmed by B's programme" is (``ascriptions``).
* **Deserved verdict** (051 / 111): what a speaker says someone deserves ("said B deserves credit for the
  vote", "B merits condemnation, the envoy said").
* **Put behind an act** (112 accuse): a reported copula that places an actor "behind" a harmful act
  ("the minister said B was behind the blasts") accuses the actor of it.

A verdict word is polar on its own (unacceptable, a provocation, constructive, a partner) or through an
adjective on it ("a dangerous step", "a positive sign"). A negated verdict ("not constructive") says
nothing either way and makes no event. Words that rank rather than judge (important, significant,
major) are no verdict.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.ascriptions import CONCERN
from realpolitik.coding.frames import SPEECH_VERBS, agent_token, direct_objects, lemma, prep_objects, subject_token
from realpolitik.coding.nonevents import RELATION_NOUNS, bare_predicate
from realpolitik.coding.patterns import LAYER_CURATED, Pattern
from realpolitik.coding.roles import (
    ATTACKS_AND_ASSAULTS,
    MEETING_NOUNS,
    UNDERGONE_NOUNS,
    Roles,
    find_sources,
    judged_roles,
    participle_doers,
)
from realpolitik.model import Actor

PRAISED = Pattern("rp-verdict-praise", "V", "", "", "", "", "051", "", LAYER_CURATED, "built-in: X called Y a partner")
ACCUSED = Pattern("rp-put-behind", "V", "", "", "", "", "112", "", LAYER_CURATED, "built-in: X said Y was behind it")
BLAMED = Pattern("rp-verdict-blame", "V", "", "", "", "", "111", "", LAYER_CURATED, "built-in: X called Y's act a sin")

# verbs that give their object a name or a verdict and are neutral themselves
NAMING_VERBS = frozenset({
    "describe", "call", "brand", "label", "term", "dub", "characterise", "characterize", "portray", "depict",
    "regard", "view", "see", "consider", "deem", "declare", "pronounce", "qualify",
})

NEGATIVE = frozenset({
    # unlawful or illegitimate
    "unacceptable", "illegal", "illegitimate", "unlawful", "invalid", "void", "unconstitutional", "violation",
    "breach", "crime", "criminal", "piracy", "theft", "robbery", "extortion", "blackmail", "aggression",
    "interference", "meddling", "occupation", "genocide", "massacre", "atrocity", "terrorism", "terrorist",
    # wrong or harmful
    "wrong", "mistake", "error", "blunder", "provocation", "provocative", "irresponsible", "counterproductive",
    "dangerous", "reckless", "destabilising", "destabilizing", "unhelpful", "hostile", "aggressive",
    "unjustified", "unwarranted", "unprovoked", "excessive", "disproportionate", "discriminatory", "racist",
    "inhuman", "inhumane", "brutal", "barbaric", "barbarous", "heinous", "cowardly", "senseless", "cruel",
    "outrageous", "shameful", "disgraceful", "deplorable", "regrettable", "unjust", "unfair", "insult",
    "insulting", "offensive", "humiliating", "betrayal", "setback", "obstacle", "failure", "fiasco",
    "disaster", "catastrophe", "threat", "menace", "disappointing", "unsatisfactory", "unconstructive", "inadequate",
    # untrue or hollow
    "absurd", "ridiculous", "groundless", "baseless", "unfounded", "lie", "lies", "fabrication", "slander",
    "propaganda", "farce", "sham", "fraud", "fraudulent", "rigged", "hypocritical", "hypocrisy", "hollow",
    # people
    "puppet", "lackey", "dictator", "tyrant", "thug", "warmonger", "rogue", "pariah", "enemy", "coward", "liar",
    "murderer", "butcher", "traitor", "occupier", "aggressor", "invader", "fascist", "hypocrite", "bandit",
    "gangster", "killer", "oppressor", "imperialist",
})
POSITIVE = frozenset({
    "positive", "constructive", "welcome", "encouraging", "good", "excellent", "successful", "success",
    "fruitful", "productive", "useful", "helpful", "friendly", "cordial", "partner", "ally", "friend",
    "milestone", "breakthrough", "progress", "achievement", "contribution", "legitimate", "fair", "sincere",
    "courageous", "brave", "wise", "reasonable", "balanced", "realistic", "pragmatic",
    "valuable", "landmark", "reliable", "generous", "timely", "bold", "statesmanlike", "trustworthy", "honest",
    "exemplary", "commendable", "praiseworthy", "satisfactory", "promising", "laudable", "admirable", "impressive",
    "heartening", "gratifying",
})
# words that call another's conduct a cause for worry: a concern (012), neither praise nor blame
CONCERNING = frozenset({"worrying", "worrisome", "alarming", "troubling", "disturbing", "concerning"})
# nouns for a stance or act whose ``of`` phrase names who holds or does it ("the policy of B"); on an
# act noun the ``of`` phrase names its victim instead ("the killing of B's citizens")
STANCE_NOUNS = frozenset({
    "policy", "position", "stance", "attitude", "decision", "move", "behaviour", "behavior", "conduct", "role",
    "remark", "comment", "statement", "proposal", "plan", "action", "approach", "response", "attempt", "effort",
    "step", "measure", "initiative", "stand", "demand", "offer", "gesture", "law", "legislation",
})
NEGATORS = frozenset({"not", "never", "hardly", "n't", "no"})
# nouns that pass the verdict to their ``of`` phrase: "an act of aggression", "a form of blackmail"
SHELL_NOUNS = frozenset({"act", "form", "kind", "case", "example", "instance", "sign"})


def polarity(word: Token) -> int:
    """+1 for a praising verdict word, -1 for a blaming one, 0 for none or a negated one. An adjective
    on a neutral head decides ("a dangerous step"), and so do coordinated words ("free and fair") and
    the ``of`` phrase of a shell noun ("an act of piracy")."""
    if any(c.dep_ in ("neg", "advmod", "det") and c.lower_ in NEGATORS for c in word.children):
        return 0
    words = [word, *(c for c in word.children if c.dep_ == "conj")]
    words += [o for w in words if lemma(w) in SHELL_NOUNS for p, o in prep_objects(w) if p == "of"]
    signs: set[int] = set()
    for w in words:
        sign = _sign(w)
        if not sign:
            signs.update(_sign(c) for c in w.children if c.dep_ == "amod" and not _negated(c))
        signs.add(sign)
    signs.discard(0)
    return signs.pop() if len(signs) == 1 else 0


def _sign(word: Token) -> int:
    forms = {word.lower_, lemma(word)}
    return -1 if forms & NEGATIVE else 1 if forms & POSITIVE else 0 or _direction(word)


# DIRECTION IDIOMS: "a step forward", "a move in the right direction" praise; "a step back", "a shift in the
# wrong direction" blame; the polarity is in the direction, not the noun
DIRECTION_NOUNS = frozenset({"step", "move", "movement", "stride", "leap", "shift"})
AHEAD, BEHIND = frozenset({"forward", "forwards", "ahead"}), frozenset({"back", "backward", "backwards"})
RIGHT_WAY, WRONG_WAY = frozenset({"right", "correct", "positive"}), frozenset({"wrong", "opposite"})


def _direction(word: Token) -> int:
    if lemma(word) not in DIRECTION_NOUNS:
        return 0
    after = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    if after in AHEAD:
        return 1
    if after in BEHIND:
        return -1
    for p, o in prep_objects(word):
        ways = {c.lower_ for c in o.children if c.dep_ == "amod"} if p == "in" and lemma(o) == "direction" else set()
        if ways & RIGHT_WAY:
            return 1
        if ways & WRONG_WAY:
            return -1
    return 0


def _negated(word: Token) -> bool:
    return any(c.lower_ in NEGATORS for c in word.children)


JUDGING_SECTORS = frozenset({"JUD"})  # "the court's verdict": a court owns its verdict as its doer


def judged_party(thing: Token, actors: ActorIndex) -> list[Actor]:
    """Whom a verdict on ``thing`` is about: the thing itself when it is an actor ("called B a rogue
    state"), else its owner ("B's policy", "the B sanctions"), its doer ("the steps taken by B", "the
    policy of B") or the other side of a meeting ("the talks with B"). A place the thing happened in
    is no party ("the situation in B"), nor is the one an act was done to ("B's arrest was a mistake":
    ``UNDERGONE_NOUNS``, unless a court owns it: "the B court's verdict"), and a relation judged good or
    bad ("ties with B are excellent") states how things stand (``nonevents.stated_relation``), no
    verdict on anyone."""
    if lemma(thing) in RELATION_NOUNS or thing.lower_ in RELATION_NOUNS:
        return []
    found = actors.np(thing)
    if not found:
        found = actors.modifiers(thing, ("poss", "compound", "amod", "nmod"))
        if lemma(thing) in UNDERGONE_NOUNS:
            found = [a for a in found if a.code[3:6] in JUDGING_SECTORS]
    if found:
        return found
    for word, o in prep_objects(thing):
        if word == "by" or (word == "of" and lemma(thing) in STANCE_NOUNS) or (
                word == "with" and thing.lower_ in MEETING_NOUNS):
            found = actors.np_deep(o)
            if found:
                return found
    return participle_doers(thing, actors)


def _described_as(verb: Token, obj: Token) -> list[Token]:
    """The verdict words a naming verb gives its object: ``as`` phrases (on the verb or the object),
    object predicatives, a second object ("branded the move a provocation") and a bare predicate the parser
    hung on the object (``nonevents.bare_predicate``)."""
    found: list[Token] = []
    for head in (verb, obj):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                found.extend(g for g in c.children if g.dep_ in ("pobj", "amod", "acomp", "attr"))
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN"):
            found.append(c)
        elif c.dep_ == "dobj" and c.i > obj.i:
            found.append(c)
    found.extend(c for c in obj.children if bare_predicate(c, verb))
    return found


Verdict = tuple[Pattern, Token, Token, Roles]


def _small_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "considers the B demand unacceptable": the parser makes the object and its predicate one clause
    (an adjective ``ccomp`` with its own subject); returns (object, predicate)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN"):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj, c
    return None


def description_verdicts(sent: Span, actors: ActorIndex) -> list[Verdict]:
    """VERDICT BY DESCRIPTION (see the module docstring), with the verdict word as the hit's noun: it is
    the naming verb's predicate, so the verb is no mere naming (``nonevents.epithet``). A verb of
    perceiving in the simple present with a party as its object ("B regards C as its enemy") tells a
    standing view of that party, no act; on an act or a stance ("considers C's demand unacceptable") it
    is the speaker's verdict of the day."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or lemma(verb) not in NAMING_VERBS:
            continue
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        small = _small_clause(verb)
        if passive is not None:
            obj, preds = passive, _described_as(verb, passive)
        elif direct_objects(verb):
            obj = direct_objects(verb)[0]
            preds = _described_as(verb, obj)
            if not preds and (named := merged_name(obj, actors)) is not None:
                obj, preds = named, [obj]
        elif small is not None:
            obj, preds = small[0], [small[1]]
        else:
            continue
        words = {w.i: polarity(w) for w in preds}
        signs = set(words.values()) - {0}
        if len(signs) != 1 or (standing_view(verb) and actors.np(obj)):
            continue
        word = sent.doc[next(i for i, sign in words.items() if sign)]
        if passive is not None:  # "was branded a pariah by B": the agent judges; no agent, no judge
            agent = agent_token(verb)
            sources, inherited = (actors.np(agent) if agent is not None else []), False
        else:
            sources, inherited = find_sources(verb, actors)
        roles = judged_roles(sources, judged_party(obj, actors), inherited)
        if roles is not None:
            out.append((PRAISED if signs.pop() > 0 else BLAMED, verb, word, roles))
    return out


def merged_name(obj: Token, actors: ActorIndex) -> Token | None:
    """CALLED A NAME, MERGED: in "called the B leaders cowards" the parser reads "leaders cowards" as one
    noun whose head is the name given; the compound before it is the party named. Returns that party's
    token when the object's head is a verdict word and a compound on it names an actor."""
    if obj.pos_ != "NOUN" or not polarity(obj):
        return None
    return next((c for c in obj.children if c.dep_ == "compound" and actors.np(c)), None)


PERCEIVING_VERBS = frozenset({"regard", "view", "see", "consider"})


def standing_view(verb: Token) -> bool:
    return lemma(verb) in PERCEIVING_VERBS and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _reported_copulas(sent: Span) -> Iterator[tuple[Token, Token]]:
    """Each affirmative "be" clause that a speech verb reports, with its subject: the clauses both
    reported classes read ("said B's plan was reckless", "said B was behind the blasts")."""
    for cop in sent:
        if lemma(cop) != "be" or cop.dep_ != "ccomp" or lemma(cop.head) not in SPEECH_VERBS:
            continue
        subj = subject_token(cop)
        if subj is not None and not any(c.dep_ == "neg" for c in cop.children):
            yield cop, subj


# what a participle would govern if it were the verb it looks like ("was worrying about", "was promising aid")
VERB_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "advcl", "dative", "agent"})


def _reported_predicates(sent: Span) -> Iterator[tuple[Token, Token, list[Token]]]:
    """Each reported copula with its subject and predicate words. The parser reads a predicate -ing
    adjective ("said the B plan was promising", "... was worrying") as a progressive verb; with nothing
    it governs, the participle is the predicate and "was" its copula."""
    for cop, subj in _reported_copulas(sent):
        yield cop, subj, [c for c in cop.children if c.dep_ in ("acomp", "attr") and not relational(c)]
    for tok in sent:
        if tok.tag_ != "VBG" or tok.dep_ != "ccomp" or lemma(tok.head) not in SPEECH_VERBS:
            continue
        if not any(c.dep_ == "aux" and lemma(c) == "be" for c in tok.children) or any(
                c.dep_ in VERB_DEPS for c in tok.children):
            continue
        subject = subject_token(tok)
        if subject is not None:
            yield tok, subject, [tok]


def reported_verdicts(sent: Span, actors: ActorIndex) -> list[Verdict]:
    """VERDICT IN REPORTED SPEECH (see the module docstring)."""
    out = []
    for cop, subj, words in _reported_predicates(sent):
        preds = {c.i: polarity(c) for c in words}
        signs = set(preds.values()) - {0}
        worry = [c for c in words if c.lower_ in CONCERNING and not _negated(c)]
        if len(signs) != 1 and not (worry and not signs):
            continue
        sources, inherited = find_sources(cop.head, actors)
        roles = judged_roles(sources, judged_party(subj, actors), inherited)
        if roles is None:
            continue
        if signs:
            word = sent.doc[next(i for i, sign in preds.items() if sign)]
            out.append((PRAISED if signs.pop() > 0 else BLAMED, cop, word, roles))
        else:
            out.append((CONCERN, cop, worry[0], roles))
    return out


# nouns that place their subject toward someone ("B is C's partner"): a relation, not a verdict
RELATIONAL_NOUNS = frozenset({"partner", "ally", "friend", "neighbour", "neighbor", "enemy", "rival", "brother"})


def relational(pred: Token) -> bool:
    """STATED RELATION AS A PREDICATE: "B is C's friendly neighbour", "B has been a partner of C", "they
    are just friends" tell how the subject stands toward someone, not how the speaker judges it. The
    ``of`` phrase of a blaming act noun or a shell noun names what the act wrongs or what it is ("a
    violation of the accord", "a breach of the truce", "an act of piracy"): a verdict still."""
    return lemma(pred) in RELATIONAL_NOUNS or any(c.dep_ == "poss" for c in pred.children) or (
        any(w == "of" for w, _ in prep_objects(pred)) and lemma(pred) not in NEGATIVE | SHELL_NOUNS)


# what someone can be said to be "behind": an attack, unrest, a plot
HARM_NOUNS = ATTACKS_AND_ASSAULTS | frozenset({
    "unrest", "riot", "plot", "coup", "incident", "killing", "violence", "campaign", "conspiracy", "sabotage",
    "protest", "uprising", "insurgency", "fire", "leak", "hack", "cyberattack",
})


def authorship_claims(sent: Span, actors: ActorIndex) -> list[Verdict]:
    """PUT BEHIND AN ACT (112 accuse): "the minister said B was behind the bombing", "B is behind the
    unrest, the envoy said": a speaker who places someone behind a harmful act accuses them of it."""
    out = []
    for cop, subj in _reported_copulas(sent):
        acts = [o for w, o in prep_objects(cop) if w == "behind" and lemma(o) in HARM_NOUNS]
        if not acts:
            continue
        sources, inherited = find_sources(cop.head, actors)
        roles = judged_roles(sources, actors.np(subj), inherited)
        if roles is not None:
            out.append((ACCUSED, cop, acts[0], roles))
    return out


# DESERVED VERDICT: what a speaker says someone deserves or merits is the speaker's verdict on them
DESERVING_VERBS = frozenset({"deserve", "merit"})
DESERVED_PRAISE = frozenset({"praise", "credit", "thanks", "gratitude", "congratulation", "congratulations",
                             "commendation", "applause", "admiration", "recognition", "respect", "tribute"})
DESERVED_BLAME = frozenset({"condemnation", "censure", "blame", "criticism", "contempt", "rebuke", "reproach"})


def _deserved_praise(word: Token) -> bool:
    return lemma(word) in DESERVED_PRAISE or word.lower_ in DESERVED_PRAISE


def deserved_verdicts(sent: Span, actors: ActorIndex) -> list[Verdict]:
    """DESERVED VERDICT: "the envoy said B deserves praise for ...", "B merits condemnation, the minister
    said": a speaker who says what someone deserves praises (051) or criticises (111) them. Only a clause a
    speech verb reports counts; "B earned praise" tells what others gave, and "does not deserve" says neither."""
    out = []
    for verb in sent:
        if lemma(verb) not in DESERVING_VERBS or verb.dep_ != "ccomp" or lemma(verb.head) not in SPEECH_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        words = [o for o in direct_objects(verb) if _deserved_praise(o) or lemma(o) in DESERVED_BLAME]
        subj = subject_token(verb)
        if not words or subj is None:
            continue
        sources, inherited = find_sources(verb.head, actors)
        roles = judged_roles(sources, judged_party(subj, actors), inherited)
        if roles is not None:
            out.append((PRAISED if _deserved_praise(words[0]) else BLAMED, verb, words[0], roles))
    return out


def verdict_hits(sent: Span, actors: ActorIndex) -> list[Verdict]:
    """Every verdict by description, in reported speech and by desert, and every act put behind someone."""
    return (description_verdicts(sent, actors) + reported_verdicts(sent, actors) + deserved_verdicts(sent, actors)
            + authorship_claims(sent, actors))
