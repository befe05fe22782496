"""MESSAGE BY ITS CONTENT, as a noun (``compositions.tsv``), and class ADDRESSEE OF THE MESSAGE
(``coding/message_addressees.py``): a congratulatory or condolence message is praise (051) or sympathy
(018) from its sender to its addressee wherever it is named ("in a congratulatory message to B, A said
..."); a cooperative statement made in a message to someone, with no target of its own, is addressed to
them; a criticism made in a letter is not aimed at its addressee. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import message_addressees
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2007-03-14"


@pytest.mark.parametrize(("text", "source", "target", "code"), [
    ("In a congratulatory telegram to the new Kenyan president, the Tanzanian leader wished him success.",
     "TZA", "KENGOV", "051"),
    ("In a condolence message to the Peruvian president, the Bolivian foreign minister said the nation grieved.",
     "BOLGOV", "PERGOV", "018"),
])
def test_a_message_of_praise_or_sympathy_is_the_event(pipeline: Pipeline, text: str, source: str, target: str,
                                                      code: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, code)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("In a message to Malawi's president, the Zambian leader hailed the growing trade between them.",
     "ZMB", "MWIGOV", "051"),
    ("In his letter to the Czech premier, the Slovak premier pledged to deepen cooperation.", "SVKGOV", "CZEGOV", "03"),
])
def test_a_statement_in_a_message_is_addressed_to_its_addressee(pipeline: Pipeline, text: str, source: str,
                                                               target: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, root)


def test_switched_off_the_statement_has_no_addressee(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message_addressees, "MESSAGE_NOUNS", frozenset())
    text = "In his letter to the Czech premier, the Slovak premier pledged to deepen cooperation."
    assert not find(pipeline.code_text(text, published=PUB), "SVKGOV", "CZEGOV", "03")


def test_a_criticism_in_a_letter_is_not_aimed_at_its_addressee(pipeline: Pipeline) -> None:
    text = "In his letter to the Czech premier, the Slovak premier criticised the new report."
    assert not find(pipeline.code_text(text, published=PUB), "SVK", "CZE", "11")


def test_a_condolence_message_stays_beside_the_main_clause_s_own_acts(pipeline: Pipeline) -> None:
    """The message is an act of its own, not swallowed by the condemnation it carries."""
    text = ("In his condolence telegram to the Malawian president, the Zambian leader denounced the shooting "
            "and voiced his sorrow.")
    assert find_asserted(pipeline.code_text(text, published=PUB), "ZMB", "MWIGOV", "018")
