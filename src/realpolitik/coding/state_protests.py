"""DIPLOMATIC PROTEST: a state, a government or an international body that "protests" an act of another
complains officially (CAMEO 114), it does not take to the streets. CAMEO's 14 family is collective
dissent by civilians (demonstrations, strikes, boycotts, riots), which states and their governments do
not stage: "Washington protested the plan to dissolve the assembly", "Ottawa left the talks to protest
the handling of the dispute" are formal complaints. Protests by people, parties, unions, students or
rebels keep their 14x code, and so do demonstrations, strikes and boycotts whoever stages them
(141-145: a state's boycott of a government is read by its own rows). The ``states_protest_officially``
convention turns this on (analyst; PETRARCH codes the verb's row)."""

from __future__ import annotations

from realpolitik.model import Actor

PROTEST = "140"
OFFICIAL_COMPLAINT = "114"
GOVERNMENT = "GOV"


def state_itself(source: Actor) -> bool:
    """A bare state named as the state ("Canada", "Washington", "the United States"), not a people
    ("Albanians", "thousands of Palestinians"), whom the dictionary also gives the bare code."""
    text = source.text.lower().removeprefix("the ").strip()
    return len(source.code) == 3 and (not text.endswith("s") or text == (source.name or "").lower())


def official_protest_code(code: str, source: Actor, word: str) -> str:
    """114 for a protest (140, told by the word "protest" itself: ``word`` is the trigger's lemma) by a
    state, its government or an intergovernmental body, else ``code``. Demonstrations, strikes and
    boycotts (141-145, or 140 read off "staged a strike") are acts of people and keep their codes."""
    if code != PROTEST or word != "protest":
        return code
    if source.code.startswith("IGO") or source.code[3:6] == GOVERNMENT or state_itself(source):
        return OFFICIAL_COMPLAINT
    return code
