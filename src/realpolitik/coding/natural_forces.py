"""Disasters, diseases and accidents are not political agents.

"A storm hit Haiti", "states hard-hit by the epidemic", "a boiler blast at a mill left five dead": the
one who strikes is weather, illness or an industrial accident, so there is no source actor and no
event (CAMEO codes acts of political actors). Two failures this prevents: an actor named beside the
force becomes its agent ("hit by the plague -- Kazakhstan, Uzbekistan ..." made the named states
the attackers of their own region), and an accidental blast is read as a bombing by unidentified
attackers of the country where it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import agent_token, lemma, subject_token

NATURAL_FORCES = frozenset(
    {
        "drought", "flood", "flooding", "earthquake", "quake", "tremor", "tsunami", "storm", "hurricane",
        "typhoon", "cyclone", "tornado", "monsoon", "rain", "downpour", "snowstorm", "blizzard", "heatwave",
        "landslide", "mudslide", "avalanche", "wildfire", "famine", "epidemic", "pandemic", "plague",
        "disease", "virus", "flu", "influenza", "outbreak", "cholera", "malaria", "aids", "sars", "measles",
        "crisis", "recession", "slump", "downturn", "inflation", "locust", "eruption", "accident", "crash",
        "collision", "derailment", "shortage",
    }
)  # fmt: skip
# What makes a blast an accident, not a bombing: what blew up, or where ("a gas blast", "a methane
# explosion", "a coal mine blast", "a boiler explosion"). Not a tanker or a pipeline: those are
# blown up on purpose often enough that the news says "blast" of either.
ACCIDENT_SOURCES = frozenset(
    {
        "gas", "methane", "coal", "colliery", "boiler", "firework", "fireworks", "chemical", "dust", "fuel",
        "factory", "refinery", "reactor", "mining",
    }
)  # fmt: skip
BLASTS = frozenset({"blast", "explosion", "fire", "blaze", "leak"})


def accidental_blast(tok: Token) -> bool:
    """Is ``tok`` a blast whose modifiers say what blew up by accident ("a coal mine blast", "a
    methane gas explosion")? A bare "blast" or "car bomb blast" is not."""
    if lemma(tok) not in BLASTS:
        return False
    return any(
        d.dep_ in ("compound", "amod", "nmod") and (lemma(d) in ACCIDENT_SOURCES or d.lower_ in ACCIDENT_SOURCES)
        for c in tok.children
        for d in (c, *c.children)
    )


def natural_force(tok: Token | None) -> bool:
    """Is ``tok`` a disaster, disease, market force or accident rather than someone who acts?"""
    if tok is None:
        return False
    return lemma(tok) in NATURAL_FORCES or tok.lower_ in NATURAL_FORCES or accidental_blast(tok)


def struck_by_nature(verb: Token) -> bool:
    """Is the one who strikes, kills or damages in this clause a natural force: the agent of
    "(hard-)hit by the drought", "killed in a gas explosion" or the subject of "a cyclone hit ..."?"""
    agent = agent_token(verb)
    if agent is not None:
        return natural_force(agent)
    subj = subject_token(verb)
    if subj is not None and subj.dep_ in ("nsubj", "csubj"):
        return natural_force(subj)
    return False
