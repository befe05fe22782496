"""A document's provisions: what an accord, programme or law provides for is not an act done.

"The scheme **provides for** Ruritanian nurses to train in Freedonia", "a pact **that commits**
Ruritania to defend Freedonia", "a draft **mandating** an embargo on Freedonia", "the law **allows**
the police to search ...": the terms of a text say what may or shall happen under it, not what
anyone did on the day, nor a party's own statement of intent. The coder marks an act told as such a
provision ``hypothetical`` (stored, not counted as asserted).

A provision is read where a verb of provision (provide, stipulate, envisage, commit, oblige,
mandate, allow ...) has a document for its subject ("the treaty obliges ..."), or modifies one as a
relative clause or participle ("an accord which guarantees ...", "a resolution calling for ..."),
and the act is that verb's content (its object, complement or ``for`` clause), or the verb itself
when it is one of the terms ("the charter guarantees ..."). A document's acts of speech ("the report
criticised ...", "the resolution condemns ...") are no provisions: they are its author's acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

DOCUMENT_NOUNS = frozenset(
    {
        "programme", "program", "scheme", "plan", "accord", "agreement", "treaty", "deal", "pact", "protocol",
        "convention", "charter", "declaration", "resolution", "draft", "text", "law", "bill", "decree",
        "ordinance", "constitution", "statute", "framework", "roadmap", "blueprint", "memorandum", "package",
        "arrangement", "clause", "provision", "regulation", "directive", "settlement", "truce", "ceasefire",
        "initiative", "proposal", "mandate", "legislation", "code", "rule",
    }
)  # fmt: skip
PROVISION_VERBS = frozenset(
    {
        "provide", "stipulate", "envisage", "envision", "foresee", "commit", "oblige", "obligate", "mandate",
        "allow", "permit", "entitle", "require", "guarantee", "authorize", "authorise", "empower", "call",
        "bind", "prescribe", "specify", "lay",
    }
)  # fmt: skip
# verbs whose own act is no term of the text: "calls for" only introduces the content
CONTENT_ONLY = frozenset({"call", "lay", "specify"})
CONTENT_LINKS = frozenset(
    {"dobj", "xcomp", "ccomp", "advcl", "pobj", "prep", "pcomp", "conj", "nsubj", "nsubjpass", "compound", "amod"}
)


# prepositions of circumstance: "passed a law allowing X **amid** protests" — the protests are real
CIRCUMSTANCE_PREPS = frozenset(
    {"amid", "amidst", "despite", "after", "before", "during", "following", "since", "until", "because", "like"}
)


def _document(verb: Token) -> bool:
    """Is a document the subject of ``verb``, or the noun ``verb`` modifies?"""
    if verb.dep_ in ("relcl", "acl", "amod") and lemma(verb.head) in DOCUMENT_NOUNS:
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return lemma(verb.head) in DOCUMENT_NOUNS
    return subj is not None and lemma(subj) in DOCUMENT_NOUNS


def _is_provision(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in PROVISION_VERBS and _document(verb)


def provided_act(trigger: Token) -> bool:
    """Is the act at ``trigger`` a term of a document, told by a verb of provision?"""
    if _is_provision(trigger) and lemma(trigger) not in CONTENT_ONLY:
        return True
    for c in trigger.children:  # a participle on the act itself: "sanctions mandated by the draft"
        if c.dep_ in ("acl", "amod") and _is_provision(c):
            return True
    tok = trigger
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in CONTENT_LINKS:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i != trigger.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANCE_PREPS:
            return False
        tok = tok.head
        if _is_provision(tok):
            return True
    return False
