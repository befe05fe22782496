"""REPORTED CLAIM: a speech verb whose complement is a clause reports what was said; the catch-all
code its CAMEO.2.0 block gives the bare verb (demand for "insist", disapproval for "argue", praise for
"affirm") is not the act.

"The minister insisted that the plan was sound" and "the lawyers argued that the law did not apply"
state a position; the clause they report is coded on its own when it is an event, and a demand
told through the clause ("insisted that Y must go", ``extract.obligation_hits``) is still one. A
mandative clause, whose verb is the bare subjunctive ("insisted that the envoy leave") or carries
"must"/"should", keeps the verb's demand. "Claim" is left out: claiming that another party did
something is an accusation, which is what its code says.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import DEMAND_ROOT
from realpolitik.coding.frames import SPEECH_VERBS, lemma
from realpolitik.coding.patterns import Pattern

STATEMENT_ROOT = "01"
# speech verbs whose reported clause is itself the accusation the code names
ACCUSING_SPEECH = frozenset({"claim"})
MANDATIVE_AUX = frozenset({"must", "should", "shall"})


RESPONSIBILITY = "015"
OWN_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "my", "our", "his", "her", "its", "their"})


def own_deed(clause: Token) -> bool:
    """Is the acknowledged clause about the speaker's own side ("admitted that its troops fired", "conceded
    that they had erred")? Only then is acknowledging it taking responsibility (CAMEO 015); "acknowledged
    that fuel costs had climbed" grants a fact and is a statement like any other (ACKNOWLEDGED FACT)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in subj.children)


def _mandative(clause: Token) -> bool:
    """Is the clause a requirement ("that the envoy leave", "that Y must go") rather than a report?"""
    if any(c.dep_ == "aux" and c.lower_ in MANDATIVE_AUX for c in clause.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if clause.tag_ == "VB":
        return True
    # "insisted that its allies refuse": after a past speech verb a reported fact would be in the past
    if clause.head.tag_ == "VBD" and clause.tag_ == "VBP":
        return True
    # "that Belgium hand over": a singular subject with the plain form (tagged as a present, or even as
    # a noun) is the subjunctive, since the indicative would be "hands"
    singular = subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("he", "she", "it")
    return clause.tag_ in ("VBP", "NN") and singular


def reported_claim(verb: Token, pattern: Pattern) -> bool:
    """Is this a bare CAMEO.2.0 speech-verb reading whose verb only reports a clause?"""
    if pattern.curated or pattern.frame != "V" or not pattern.lemma_only:
        return False
    if pattern.code == RESPONSIBILITY:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        return bool(clauses) and not any(own_deed(c) for c in clauses)
    verb_lemma = lemma(verb)
    if verb_lemma not in SPEECH_VERBS or verb_lemma in ACCUSING_SPEECH or pattern.code[:2] == STATEMENT_ROOT:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    return not (pattern.code[:2] == DEMAND_ROOT and any(_mandative(c) for c in clauses))
