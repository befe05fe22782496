"""Clause-level coding rules: refusals, threats, symmetric codes and which dyads are admissible.

They turn the act a clause describes into the event CAMEO codes for the whole construction
("refused to meet" is a rejection, "threatened to impose sanctions" a threat) and say when two
coordinated actors did something to each other.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma, speech_head
from realpolitik.coding.modality import refusal_head
from realpolitik.model import Actor

PROMISABLE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
REFUSAL_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REFUSAL_BY_BASE = {"057": "127"}
THREAT_BY_ROOT = {"14": "133", "15": "138", "17": "137", "18": "138", "19": "138", "20": "138"}
THREAT_BY_BASE = {"161": "1313", "163": "1312", "162": "1311", "160": "131", "164": "131", "166": "131"}
THREAT_HEADS = frozenset({"threaten", "warn"})
COMMITMENT_HEADS = frozenset(
    {"agree", "offer", "pledge", "promise", "vow", "commit", "ready", "prepared", "willing", "committed", "decide"}
)
MATRIX_VERBS = frozenset(
    {
        "hope",
        "plan",
        "intend",
        "want",
        "wish",
        "seek",
        "aim",
        "expect",
        "prepare",
        "try",
        "attempt",
        "agree",
        "offer",
        "pledge",
        "promise",
        "vow",
        "decide",
        "refuse",
        "decline",
        "fail",
        "threaten",
        "need",
        "begin",
        "start",
        "continue",
        "help",
        "consider",
    }
)
BARE_STATEMENTS = frozenset({"010"})  # "said", "told", "cited": reporting verbs introduce events, they are not one
SYMMETRIC_BASES = frozenset(
    {
        "030",
        "031",
        "032",
        "036",
        "040",
        "041",
        "044",
        "045",
        "046",
        "050",
        "057",
        "060",
        "061",
        "062",
        "063",
        "064",
        "190",
        "193",
        "194",
        "195",
        "160",
        "161",
    }
)
SYMMETRIC_ROOTS = frozenset({"03", "06"})
ASYMMETRIC_BASES = frozenset({"033", "042", "043"})


def is_symmetric(code: str) -> bool:
    """Codes that describe a joint act when the actors are coordinated ("X and Y met/signed/clashed")."""
    if code[:3] in ASYMMETRIC_BASES:
        return False
    return code[:3] in SYMMETRIC_BASES or code[:2] in SYMMETRIC_ROOTS


def threat_code(trigger: Token, code: str, modality: str) -> str | None:
    """An announced or conditional coercive act is a threat (CAMEO 13): "threatened to break off
    relations", "will withdraw its force unless ...", "plans to impose restrictions"."""
    threat = THREAT_BY_BASE.get(code[:3]) or THREAT_BY_ROOT.get(code[:2])
    if threat is None:
        return None
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in THREAT_HEADS:
        return threat
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in trigger.children):
        return threat
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in COMMITMENT_HEADS:
        return None  # "pledged to expel": a commitment, coded as the act itself with modality intended
    if modality == "hypothetical" and speech_head(trigger) is not None:
        return threat  # "Palestinian leaders said they would boycott ...": a stated conditional harm
    return threat if modality == "intended" else None


def refusal_code(trigger: Token, code: str) -> str | None:
    """A refused cooperative act is a rejection (CAMEO 12): "refused to deploy", "failed to reach"."""
    if code[:2] not in REFUSAL_BY_ROOT:
        return None
    head = refusal_head(trigger)
    if head is None:
        return None
    return REFUSAL_BY_BASE.get(code[:3]) or REFUSAL_BY_ROOT[code[:2]]


def distinct_dyad(src: Actor, tgt: Actor, code: str = "") -> bool:
    """Source and target must differ. Meeting or visiting one's own country ("VENGOV" and "VEN", as in
    "Maduro ... visit Caracas") is a metonymy artefact, not an interaction; other acts of a government
    on its own country ("imposed a curfew in Cizre") are kept. Two actors with no known country
    ("insurgents killed people") give no dyad anyone can place."""
    if src.code == tgt.code:
        return False
    if not placed(src) and not placed(tgt):
        return False
    same_country = src.code[:3] == tgt.code[:3] and src.code[:3] != "---"
    return not (same_country and (len(src.code) == 3 or len(tgt.code) == 3) and code[:2] in ("", "04"))


def placed(actor: Actor) -> bool:
    return not actor.code.startswith("---")


CLAIMABLE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def is_claim(trigger: Token, code: str, modality: str) -> bool:
    """A past coercive or violent act stated by a speaker who opens the sentence ("The US claimed
    that ISIL had attacked Iraq"): the statement, not the act, is what the sentence reports."""
    if code[:2] not in CLAIMABLE_ROOTS or modality not in ("asserted", "reported"):
        return False
    head = speech_head(trigger)
    return head is not None and head.i < trigger.i


def claim_event(speaker: Actor, src: Actor, tgt: Actor) -> tuple[str, Actor, Actor]:
    """The speaker claims responsibility (015) for its own act, or accuses (112) the actor of another's."""
    if speaker.code == src.code:
        return "015", speaker, tgt
    return "112", speaker, src
