"""Appositions: a role stated beside a name decides who the name stands for.

"<name>, now the <body>'s special envoy" and "the <country>'s envoy, <name>" attach a noun phrase
to a person by apposition. The appositive is the role the sentence asserts, so it wins when

- the name met no dictionary entry at all (the unknown person gets the appositive's actor), or
- the person's own mention is marked as a past office ("former <nationality> president <name>",
  coded ``ELI``) or the appositive says "now"/"currently", or the person holds no dictionary role
  on the date.

Only appositives that are themselves actor mentions with a country or an organisation count, so a
description such as "a father of three" changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import Mention
from realpolitik.actors.resolver import STATED_ROLE

_APPOS = get_string_id("appos")
_RELCL = get_string_id("relcl")
NOW_WORDS = frozenset({"now", "currently", "presently"})
PERSON_LABELS = frozenset({"PERSON"})


def _owner(mentions: list[Mention], n: int) -> list[int]:
    owner = [-1] * n
    for k, m in enumerate(mentions):
        for i in range(max(0, m.start), min(n, m.end)):
            if owner[i] == -1:
                owner[i] = k
    return owner


def _stated_role(m: Mention) -> bool:
    """An appositive mention that names an affiliation (a country or an organisation)."""
    return bool(m.actors) and m.kind != "person" and all(
        a.code[:3] != "---" and a.kind in ("sector", "org", "group", "person", "state") for a in m.actors)


# Nouns for offices a person holds: beside one, a proper name the small NER model calls an
# organisation or a place ("<country>'s defence minister, <first> <last>,") is still a person's name.
OFFICE_NOUNS = frozenset({"minister", "president", "premier", "chancellor", "ambassador", "envoy", "spokesman",
                          "spokeswoman", "spokesperson", "leader", "official", "governor", "general", "commander",
                          "chief", "secretary", "mayor", "judge", "prosecutor", "king", "queen", "prince", "emir",
                          "adviser", "advisor", "aide", "diplomat", "negotiator", "representative", "deputy"})


def _person_name_span(doc: Doc, tok: Token, office: bool = False) -> tuple[int, int] | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and (ent.label_ in PERSON_LABELS or (
                office and ent.label_ in ("ORG", "GPE", "NORP") and 2 <= len(ent) <= 4
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent))):
            return ent.start, ent.end
    return None


# HEAD OF A BODY: "<name>, head of the <body> mission to <place>", "<name>, chief of the <country>'s
# delegation": the appositive is an office noun whose "of" phrase names the body; the first actor named
# in that phrase is whose office it is
HEAD_NOUNS = frozenset({"head", "chief", "leader", "chairman", "chairwoman", "chair", "director", "president",
                        "secretary-general", "commander"})


def _headed_body(role_tok: Token, owner: list[int], mentions: list[Mention]) -> int:
    """The index of the mention a "head of ..." appositive names as its body, or -1."""
    for prep in role_tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for t in sorted(obj.subtree, key=lambda t: t.i):
                if owner[t.i] >= 0 and _stated_role(mentions[owner[t.i]]):
                    return owner[t.i]
    return -1


# RELATIVE ROLE: "<name>, who heads <country>'s delegation", "<name>, who represents <country> at the
# talks": a relative clause on a name whose verb leads or represents a body states the role as an
# appositive does; the body is the verb's object
RELATIVE_ROLE_VERBS = frozenset({"head", "lead", "chair", "represent", "command"})


def _relative_role(verb: Token) -> tuple[Token, Token] | None:
    """(name, role) for a relative clause "who heads/leads/represents <body>" on a proper name."""
    name = verb.head
    if verb.lemma_.lower() not in RELATIVE_ROLE_VERBS or name.pos_ != "PROPN" \
            or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    role = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (name, role) if role is not None else None


def apply_appositions(doc: Doc, mentions: list[Mention], dep: list[int] | None = None) -> list[Mention]:
    """Give persons the role their appositive states (see the module docstring)."""
    n = len(doc)
    if not mentions or n == 0:
        return mentions
    appos = [i for i, d in enumerate(dep) if d == _APPOS] if dep is not None else \
        [t.i for t in doc if t.dep_ == "appos"]
    pairs: list[tuple[tuple[Token, Token], ...]] = [
        ((doc[i].head, doc[i]), (doc[i], doc[i].head)) for i in appos if doc[i].head.i != i]
    relcl = [i for i, d in enumerate(dep) if d == _RELCL] if dep is not None else \
        [t.i for t in doc if t.dep_ == "relcl"]
    pairs += [(pair,) for i in relcl if (pair := _relative_role(doc[i])) is not None]
    if not pairs:
        return mentions
    owner = _owner(mentions, n)
    added: list[Mention] = []
    for ways in pairs:
        for name_tok, role_tok in ways:
            r = owner[role_tok.i]
            if r < 0 and role_tok.lower_ in HEAD_NOUNS:
                r = _headed_body(role_tok, owner, mentions)
            if r < 0 or not _stated_role(mentions[r]):
                continue
            role = mentions[r]
            p = owner[name_tok.i]
            now = any(c.lower_ in NOW_WORDS for c in role_tok.children)
            if p < 0:
                bounds = _person_name_span(doc, name_tok, office=role_tok.lower_ in OFFICE_NOUNS)
                if bounds is None or any(owner[i] >= 0 for i in range(*bounds)):
                    continue
                text = doc[bounds[0] : bounds[1]].text
                actors = [replace(x, text=text, kind="person", confidence=min(x.confidence, 0.8),
                                  how=f"apposition {role_tok.text!r}: {x.how}") for x in role.actors]
                added.append(Mention(start=bounds[0], end=bounds[1], head=name_tok.i, actors=actors, kind="person",
                                     sentence=role.sentence))
                break
            person = mentions[p]
            if person.kind != "person" or p == r or not person.actors:
                continue
            past = any(x.code.endswith("ELI") or x.code == "ELI" for x in person.actors)
            if not (past or now):
                continue
            text = doc[person.start : person.end].text
            stated = STATED_ROLE + doc[role.start : role.end].text.lower()
            person.actors = [replace(x, text=text, entity_id=person.actors[0].entity_id, name=person.actors[0].name,
                                     kind="person", role=stated,
                                     how=f"apposition {role_tok.text!r} states the role: {x.how}")
                             for x in role.actors]
            break
    return mentions + added if added else mentions
