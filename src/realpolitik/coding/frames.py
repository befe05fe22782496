"""Dependency-frame helpers: who is the subject, the object, the agent of a trigger word.

Everything here reads spaCy's English dependency labels (``nsubj``, ``nsubjpass``, ``dobj``, ``pobj``,
``prep``, ``agent``, ``conj``, ``xcomp``, ``ccomp``, ``advcl``, ``relcl``, ``acl``, ``appos``, ``poss``,
``pcomp`` ...). The functions return tokens, not actors, so the rules can be tested on any parse; the
extractor turns tokens into actors through the actor spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJ = frozenset({"dobj", "attr", "oprd"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
# adverbs that open a compound preposition ("out of", "away from"): a particle of the verb, whose
# prepositional phrase hangs under them
# a preposition left without its object by a passive ("was called upon by X") acts as a particle
STRANDED_PARTICLES = frozenset({"on", "upon"})
COMPOUND_PREP_PARTICLES = frozenset({"out", "away"})
REL_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "declare",
        "state",
        "announce",
        "add",
        "reply",
        "insist",
        "stress",
        "claim",
        "assert",
        "note",
        "argue",
        "affirm",
        "confirm",
        "explain",
        "report",
        "write",
        "respond",
        "emphasize",
        "emphasise",
    }
)
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "ties": "tie", "talks": "talk"}


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliary words on a verb, lower-cased ("has", "been", "will")."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def lemma(tok: Token) -> str:
    """The token's lemma, lower-cased, with a few fixes for known small-model mistakes ("hoped" → "hop")."""
    low = tok.lower_
    return LEMMA_FIXES.get(low) or tok.lemma_.lower()


def children(tok: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Turkey and Venezuela")."""
    return [tok, *[c for c in tok.conjuncts if c.i != tok.i]]


STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "dedicate", "devote", "determine", "resolve"})


def is_stative(verb: Token) -> bool:
    """ "Chile is opposed to Brazilian arbitration", "is committed to reopening": a participle that states
    the subject's position rather than something done to it (no ``by`` agent), so not a passive."""
    return (
        lemma(verb) in STATIVE_PARTICIPLES
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def is_passive(verb: Token) -> bool:
    if is_stative(verb):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _participle(verb)


def _participle(verb: Token) -> bool:
    """A reduced passive modifying a noun: "the regime, crippled by US sanctions"."""
    return verb.tag_ in ("VBN", "JJ") and verb.dep_ in ("acl", "amod") and any(c.dep_ == "agent" for c in verb.children)


def looked_forward(tok: Token) -> bool:
    """Is ``tok`` "look" with "forward" ("looked forward to ...", "is looking forward to ...")?"""
    return lemma(tok) == "look" and any(c.lower_ == "forward" for c in tok.children)


def to_marked(verb: Token) -> bool:
    """Does ``verb`` carry the infinitive marker "to" ("agreed **to** supply", "in order **to** curb")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def story_start(doc: Doc) -> int:
    """The first token after a wire dateline ("BAKU, May 2 (Reuters) -"), 0 without one. The parser
    often hangs the dateline's place on the first verb as a second subject; it names where the story
    was filed, never who acted."""
    dateline = doc._.rp_dateline if Doc.has_extension("rp_dateline") else None
    return dateline.end if dateline is not None else 0


def dateline_here(verb: Token) -> list[Token]:
    """"here" in a datelined wire story is "in <the dateline's place>" ("NAIROBI (AP) - The Ugandan
    president arrived here ..."): the adverb fills the verb's locative slot, and the actor layer has
    already given it the dateline's country."""
    if story_start(verb.doc) == 0:
        return []
    return [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "here"]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def misread_main_verb(verb: Token) -> bool:
    """A main verb the parser hung on a noun as a reduced relative (``acl``/``amod``), so that the noun
    is in truth its subject. A reduced relative is never finite, so a finite tag tells ("The Ruritanian
    minister [ROOT] called [acl, VBD] on ..."); a participle on the sentence's root noun tells when it
    has what only a main verb has, an object, a clause or an auxiliary of its own ("The minister called
    Monday for Kampala to release ..."). A bare participle ("an activist held in Lagos") stays a passive
    modifier whose noun is its patient. The one reading of this misparse for every step."""
    if verb.dep_ not in ("acl", "amod"):
        return False
    if verb.tag_ in FINITE_TAGS:
        return True
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "ccomp", "advcl", "xcomp", "dative", "aux") for c in verb.children)
    )


def subject_token(verb: Token) -> Token | None:
    """The verb's subject; a nominal subject wins over a clausal one ("Visiting [csubj] Thai Prime
    Minister Chuan [nsubj] held talks …": the parser's clausal reading of an attributive participle),
    and no word of a wire dateline is a subject (``story_start``)."""
    stative = is_stative(verb)
    start = story_start(verb.doc)
    found = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") or (stative and c.dep_ == "nsubjpass")]
    if not found:  # SUBJECT HUNG ON THE AUXILIARY: "noted Chile was [aux] opposed to ...", as parsed
        found = [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "nsubj"]
    subjects = [c for c in found if c.i >= start]
    if not subjects and found:
        return story_subject(verb, start)
    if not found and verb.pos_ == "VERB":
        return subject_in_date_phrase(verb)
    return next((c for c in subjects if c.dep_ != "csubj"), subjects[0] if subjects else None)


DATE_PREPS = frozenset({"in", "on", "by", "since", "until", "after", "before", "during"})


def subject_in_date_phrase(verb: Token) -> Token | None:
    """SUBJECT INSIDE A FRONTED DATE: with no comma after a fronted date ("In March Damascus withdrew ...",
    "On Monday Ruritania said ..."), the parser may read the subject as part of the date's phrase, a name
    compounded with the month or the day. The proper noun that ends such a phrase right before a verb that
    has no subject is the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.dep_ != "pobj" or before.ent_type_ == "DATE":
        return None
    prep = before.head
    if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS or prep.head.i != verb.i or prep.i > verb.i:
        return None
    dated = any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in before.children)
    return before if dated else None


def story_subject(verb: Token, start: int) -> Token | None:
    """When the parser made the dateline's place the subject, the story's first phrase before the verb
    hangs inside the dateline (as an apposition of the agency): its head noun is the subject."""
    for tok in verb.doc[start : verb.i]:
        if tok.head.i < start and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


# "visiting" before a titled name is an attribute of the visitor ("met visiting Thai Prime Minister
# Chuan"), though the parser often reads it as a verb whose object is the visitor.
VISITING = "visiting"


def attributive_visiting(tok: Token) -> Token | None:
    """The visitor when ``tok`` is an attributive "visiting" the parser read as a verb: a VBG "visiting"
    whose object starts right after it and carries a capitalised title or nationality ("visiting
    Thai Prime Minister Chuan", "visiting German Chancellor Merkel"), not a place ("visiting Lima")."""
    if tok.lower_ != VISITING or tok.dep_ not in ("xcomp", "pcomp", "conj", "advcl"):
        return None
    if tok.dep_ == "advcl" and (tok.i != tok.head.i + 1 or any(c.dep_ == "dobj" for c in tok.head.children)):
        return None  # "met visiting X" read as "met, visiting X": only right after a verb with no object
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != tok.i + 1:
        return None
    mods = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < obj.i]
    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    return obj if any(m.text[:1].isupper() for m in mods) else None


def is_visitor(tok: Token) -> bool:
    """Is the phrase headed by ``tok`` introduced as a visitor ("the **visiting** Thai prime minister",
    "**Visiting** Thai Prime Minister Chuan held talks …", "met **visiting** President X")?"""
    if any(c.dep_ in ("amod", "compound") and c.lower_ == VISITING for c in tok.children):
        return True
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is None or before.lower_ != VISITING:
        return False
    visitor = attributive_visiting(before)
    return (visitor is not None and visitor.i == tok.i) or (before.dep_ == "csubj" and tok.dep_ == "nsubj")


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for when it is the object or passive subject of its clause
    ("Uganda, **which** Kenya accused of ...", "the envoy, **who** was expelled by Kenya"): the noun
    the relative clause hangs on."""
    verb = tok.head
    if tok.lower_ not in REL_PRONOUNS - {"whose"} or verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def passive_subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return antecedent(c) or c
    if _participle(verb):
        return verb.head
    return None


def agent_token(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def prep_objects(tok: Token, prep: str | None = None) -> list[tuple[str, Token]]:
    """``(preposition, object)`` for each prepositional phrase attached to ``tok`` (optionally one prep)."""
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ == "prt" and c.lower_ in COMPOUND_PREP_PARTICLES:
            out.extend(prep_objects(c, prep))
            continue
        if c.dep_ not in PREP_DEPS:
            continue
        word = c.lower_
        if (prep is not None and word != prep) or is_absolute_with(c):
            continue
        if c.dep_ == "dative" and c.pos_ != "ADP":
            out.append(("to", c))
            continue
        objs = free_relative_objects(c) or [
            clause_subject(g, c) or attributive_visiting(g) or g for g in c.children if g.dep_ in ("pobj", "pcomp")
        ]
        if not objs and word in COMPOUND_PREP_PARTICLES:
            out.extend(prep_objects(c, prep))
            continue
        if not objs:
            stranded = next((clause_subject(g, c) for g in tok.children if g.i > c.i), None)
            objs = [stranded] if stranded is not None else []
        out.extend((word, g) for g in objs)
    return out


def is_absolute_with(prep: Token) -> bool:
    """Is ``prep`` the ``with`` of an absolute clause set off by a comma or dash ("talks stalled, **with**
    Ruritania refusing to attend")? Its noun is the subject of the participle, nobody's partner."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].dep_ != "punct":
        return False
    if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children):
        return True
    return absolute_participle(prep) is not None


def absolute_participle(prep: Token) -> Token | None:
    """The participle of an absolute ``with`` clause the parser hung on the main verb ("…, with A --
    which chairs the group -- vowing to …": vowing/advcl of the main verb, A the ``with`` object)."""
    head = prep.head
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or head.i == prep.i:
        return None
    return next(
        (c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > pobj.i and not subject_token(c)),
        None,
    )


def clause_subject(clause: Token, prep: Token) -> Token | None:
    """The real object of a preposition that the parser read as the subject of a reduced clause
    ("gave refuge to [three colonels] hiding in ..." parsed as "colonels hiding", hung on the
    preposition or on the verb): that subject, when it starts right after the preposition."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("pcomp", "advcl", "ccomp", "relcl"):
        return None
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.left_edge.i == prep.i + 1 else None


# Verbs of a free relative that names the object of another verb: "condemned what it **called**
# aggression", "denounced what it **described** as meddling", "criticised what it **said** was ...".
NAMING_RELATIVE_VERBS = frozenset(
    {"call", "describe", "term", "brand", "label", "dub", "characterize", "characterise", "say", "see", "consider",
     "regard", "be"}
)


def free_relative_objects(governor: Token) -> list[Token]:
    """The phrase a free relative right after a verb or preposition names as its object ("condemned
    **what it called Ruritanian aggression**", "protested over what it described **as Freedonian
    meddling**", "criticised what it said was **Ruritania's interference**"): the parser makes "what"
    the object of the naming verb, so the governing word seems to have none, or only the naming verb.
    The named phrase (or the subject of a named gerund clause) stands in for the object."""
    doc = governor.doc
    if governor.i + 1 >= len(doc) or doc[governor.i + 1].lower_ != "what":
        return []
    what = doc[governor.i + 1]
    clause: list[Token] = []
    tok = what.head
    while tok.i != governor.i and tok.head.i != tok.i and len(clause) < 3:
        clause.append(tok)
        tok = tok.head
    if tok.i != governor.i or not clause or lemma(clause[-1]) not in NAMING_RELATIVE_VERBS - {"be"}:
        return []
    out: list[Token] = []
    clause += [c for v in clause for c in v.children if c.dep_ == "ccomp" and lemma(c) == "be" and c not in clause]
    for v in clause:
        for c in v.children:
            if c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.i != what.i):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                for g in c.children:
                    subj = next((s for s in g.children if s.dep_ in ("nsubj", "poss")), None)
                    if g.dep_ == "pobj" or (g.dep_ == "pcomp" and subj is None):
                        out.append(g)
                    elif g.dep_ == "pcomp" and subj is not None:
                        out.append(subj)
    return out


def direct_objects(verb: Token) -> list[Token]:
    """Objects of the verb, including a visitor the parser hung under an attributive "visiting" and
    the phrase a free relative names ("condemned what it called ...", ``free_relative_objects``)."""
    objs = [antecedent(o) or o for o in children(verb, OBJ) if o.lower_ != "what"]
    if not objs:
        objs = free_relative_objects(verb)
    for c in verb.children:
        if c.dep_ == "xcomp" and c.i > verb.i:
            visitor = attributive_visiting(c)
            if visitor is not None:
                objs.append(visitor)
    return objs


def rules_out(verb: Token) -> bool:
    """Is ``verb`` the phrasal "rule out" ("ruled out talks", "ruled out the possibility that ...")?"""
    return lemma(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


# ADVERB READ AS PARTICLE: the parser often tags the "back" of "pushed back the crowd", "hit back at B" as an
# adverb; right after its verb it is the verb's particle
ADVERB_PARTICLES = frozenset({"back"})


def particles(verb: Token) -> set[str]:
    """The verb's particles, including the adverb of a compound preposition that the parser hung
    as a preposition ("pulled [out] of the summit": out/prep > of/prep > summit/pobj), and a particle
    the parser read as an adverb right after the verb (ADVERB READ AS PARTICLE)."""
    return {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == verb.i + 1)
        or (c.dep_ == "prep" and c.lower_ in COMPOUND_PREP_PARTICLES and any(g.dep_ == "prep" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ in STRANDED_PARTICLES and not any(True for _ in c.children))
    }


def speech_head(verb: Token) -> Token | None:
    """The speech verb that reports this clause ("Erdogan said he opposed ..." → said), if any."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "parataxis") and lemma(tok.head) in SPEECH_VERBS:
            return tok.head
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


ATTRIBUTION_VERBS = frozenset({"quote", "cite", "describe", "portray", "depict", "characterize", "characterise"})


def attribution_holder(clause: Token) -> Token | None:
    """The attributing verb of "quoted/cited X **as** <clause>" ("the agency quoted the minister as
    urging ..."), wherever the parser hangs the ``as`` phrase; None otherwise."""
    head = clause.head
    if clause.dep_ != "pcomp" or head.lower_ != "as" or head.head.i == head.i:
        return None
    holder = head.head
    for _ in range(3):  # the ``as`` phrase may hang on the verb, its object or a participle of the object
        if lemma(holder) in ATTRIBUTION_VERBS:
            return holder
        if holder.dep_ not in ("dobj", "acl") or holder.head.i == holder.i:
            return None
        holder = holder.head
    return None


def phrase_matches(tok: Token, words: tuple[str, ...]) -> bool:
    """Does ``tok`` head the noun phrase ``words`` (last word = head, others = its modifiers)?"""
    if not words:
        return True
    head = words[-1]
    if lemma(tok) != head and tok.lower_ != head:
        return False
    if len(words) == 1:
        return True
    mods = {m for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nummod") for m in (lemma(c), c.lower_)}
    return all(w in mods for w in words[:-1])


def inflection_candidates(word: str) -> list[str]:
    """Base forms a regular English inflection could come from ("staged" → "stage", "stag").

    The small model's lemmatizer sometimes returns a wrong lemma ("staged" → "stag"); the coder tries
    these candidates against its pattern index when the model's lemma has no pattern.
    """
    out: list[str] = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")
    return out


# Words that commit their subject to the act they govern ("pledged to help", "an offer to mediate"):
# the act is coded as its promise (03x). Narrower than ``modality.INTENT_HEADS``, which holds every
# word that makes an act not yet real (plans, hopes, wishes) and only changes its modality.
COMMITMENT_HEADS = frozenset(
    {
        "agree",
        "offer",
        "pledge",
        "promise",
        "vow",
        "swear",
        "commit",
        "undertake",
        "volunteer",
        "ready",
        "prepared",
        "willing",
        "committed",
    }
)


# Texts a body issues (ISSUED TEXT'S ACT, ISSUED TEXT'S TIME): what a statement, resolution or letter says is
# its issuer's act, done when it is issued.
TEXT_NOUNS = frozenset({"statement", "communique", "communiqué", "resolution", "declaration", "letter", "message",
                        "note", "memorandum", "report", "decree", "motion", "announcement", "editorial",
                        "commentary", "speech", "address", "telegram", "cable", "bill", "petition"})
