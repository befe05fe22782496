"""How far a wire dateline's place reaches countryless actors, on sentences written for these tests:
"here" is the bureau's place, not the country of a sentence that names another state, and a foreign
bureau does not outweigh the state the story is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
WHEN = date(2011, 6, 1)


def test_here_does_not_localise_a_sentence_about_another_state(parse: Parse) -> None:
    doc = parse("ATHENS (AP) - The Bulgarian premier, speaking here, promised talks with the rebels. Bulgaria has "
                "been divided for months. Bulgaria wants peace.", WHEN)
    assert codes(doc)["the rebels"] == ["BGRREB"]
    doc = parse("SEOUL, June 1 (AFP) - Laos has mobilised forty generals, officials here noted. Laos named a new "
                "cabinet last week.", WHEN)
    assert codes(doc)["forty generals"] == ["LAOMIL"]


def test_here_still_localises_a_domestic_sentence(parse: Parse) -> None:
    doc = parse("LIMA (AP) - Riot police arrested two union leaders here on Monday.", WHEN)
    assert codes(doc)["Riot police"] == ["PERCOP"]
    doc = parse("QUITO, June 1 (AFP) - Soldiers patrolled the streets here after the protest.", WHEN)
    assert codes(doc)["Soldiers"] == ["ECUMIL"]


def test_the_story_state_outweighs_a_foreign_bureau(parse: Parse) -> None:
    doc = parse("BRUSSELS, June 1 (Reuters) - Belarus jailed an opposition leader on Monday. Belarus has long "
                "faced criticism. Belarus said the opposition had planned riots. The court said he was guilty.", WHEN)
    assert codes(doc)["The court"] == ["BLRJUD"]
    doc = parse("TOKYO (AP) - Bolivia will hold a referendum. Bolivia's parliament approved it. "
                "The army said it would stay neutral.", WHEN)
    assert codes(doc)["The army"] == ["BOLMIL"]
