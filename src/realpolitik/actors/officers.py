"""Class OFFICER OF A NON-STATE BODY: "the president of the Chilean branch of a firm", "club president
Juan Perez", "the company's chairman" head a firm or an association, not a state.

Office nouns ("president", "chairman", "director") are government agents in the dictionary, and
a demonym or a place in the phrase gives them a country, so "the president of the Chilean subsidiary"
became the Chilean government (CHLGOV) and met, thanked and criticised other states on its behalf.
The noun the title is tied to says whose office it is: a business body (company, firm, subsidiary,
corporation …) makes the holder business (``BUS``), a civic one (association, federation, club …)
a civilian actor (``CVL``). The body may be a compound before the title ("association president")
or the object of its "of" ("chairman of the Kenyan company"). The country stays what the phrase
gave, so "the president of the Chilean subsidiary" is Chilean business. Bodies that are often the
state's own are left out: a bank may be a central bank, a chamber a parliament's, a group an armed
group; a unit, branch or office counts only as the part of a body named after it ("the branch of a
firm"), since alone it may be an army's or a ministry's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import Mention

BODY_HEAD_TITLES = frozenset(
    {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head", "chief", "boss", "executive",
     "vice-president", "vice-chairman"}
)  # fmt: skip
BODY_SECTORS = {
    **dict.fromkeys(("company", "firm", "subsidiary", "corporation", "conglomerate", "airline", "carmaker",
                     "automaker", "retailer", "manufacturer", "insurer", "multinational", "enterprise"), "BUS"),
    **dict.fromkeys(("association", "federation", "club", "foundation", "charity"), "CVL"),
}  # fmt: skip


# parts of a body that take the body's kind: "the Chilean branch of a Spanish firm" is the firm's
BODY_PARTS = frozenset({"branch", "unit", "division", "arm", "office", "affiliate", "chapter"})


def _of_object(tok: Token) -> Token | None:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _body_sector(title: Token) -> str | None:
    """The sector of the body the title token is tied to (a compound before it, or its "of" object,
    or the body a part named there belongs to: "the branch of a firm", or its possessor)."""
    for child in title.children:
        if child.dep_ == "compound" and child.i < title.i and child.lower_ in BODY_SECTORS:
            return BODY_SECTORS[child.lower_]
    obj = _of_object(title)
    if obj is not None and obj.lemma_.lower() in BODY_PARTS:
        obj = _of_object(obj)
    if obj is not None and obj.lemma_.lower() in BODY_SECTORS:
        return BODY_SECTORS[obj.lemma_.lower()]
    owner = next((c for c in title.children if c.dep_ == "poss"), None)  # "the company's chairman"
    return BODY_SECTORS.get(owner.lemma_.lower()) if owner is not None else None


def _title_token(doc: Doc, m: Mention) -> Token | None:
    for tok in doc[m.start : m.end]:
        if tok.lower_ in BODY_HEAD_TITLES and tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def body_officers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of an office of a firm or an association take that body's sector (see the module
    docstring). Only a government agent is rewritten: an organisation, an IGO or a person the
    dictionary gives another sector keeps its code."""
    for m in mentions:
        if not m.actors or not all(a.code[3:6] == "GOV" for a in m.actors):
            continue
        title = _title_token(doc, m)
        sector = _body_sector(title) if title is not None else None
        if title is None or sector is None:
            continue
        m.actors = [
            replace(a, code=a.code[:3] + sector, sector=sector, entity_id=f"sector:{a.code[:3]}{sector}",
                    how=f"{a.how}; the {title.lower_} of a {'firm' if sector == 'BUS' else 'civic body'}")
            for a in m.actors
        ]  # fmt: skip
    return mentions
