"""Class ALLEGIANCE (``context.give_principals``): a countryless agent tied by an adjective of
allegiance to a person or body ("fighters loyal to <leader>", "militias allied with <party>") is on
that principal's side, as an aide or spokesman is; and partisans (supporters, loyalists, followers)
and armed factions and warlords are agents at all (sentences written for these tests; each names
another state, so the country cannot come from a lone state in the sentence)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2004 = date(2004, 6, 9)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_loyal_to_a_leader_takes_the_leaders_state(parse: Parse) -> None:
    doc = parse("Gunmen loyal to a Somali warlord kidnapped two Kenyan aid workers.", D2004)
    assert _of(doc, "gunmen") == ["SOMUAF"]
    doc = parse("Hundreds of fighters loyal to the former Liberian president crossed into Guinea.", D2004)
    assert _of(doc, "fighters")[0][:3] == "LBR"


def test_allied_with_a_body_takes_the_bodys_state(parse: Parse) -> None:
    doc = parse("Militiamen allied with the Sudanese army burned villages near the Chadian border.", D2004)
    assert _of(doc, "militiamen")[0][:3] == "SDN"


def test_partisans_of_a_person_are_agents_of_that_state(parse: Parse) -> None:
    doc = parse("Supporters of the jailed Ivorian opposition leader marched on the French embassy.", D2004)
    assert _of(doc, "supporters")[0][:3] == "CIV"
    doc = parse("Loyalists of the deposed Haitian president clashed with Brazilian peacekeepers.", D2004)
    assert _of(doc, "loyalists")[0][:3] == "HTI"


def test_factions_and_warlords_are_armed_agents(parse: Parse) -> None:
    doc = parse("Rival Afghan factions shelled each other's positions as Pakistani envoys arrived.", D2004)
    assert _of(doc, "factions") == ["AFGREB"]


def test_an_adjective_of_hostility_gives_no_principal(parse: Parse) -> None:
    doc = parse("Gunmen hostile to the Somali president kidnapped two Kenyan and two Ugandan aid workers.", D2004)
    assert not _of(doc, "gunmen")[0].startswith("SOM")
    doc = parse("Fighters opposed to the Liberian president crossed into Guinea and Ivory Coast.", D2004)
    assert not _of(doc, "fighters")[0].startswith("LBR")
