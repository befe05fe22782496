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
    monkeypatch.setattr(message_addressees, "ADDRESS_NOUNS", frozenset())
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



@pytest.mark.parametrize(("text", "source", "target"), [
    ("An aide delivered a letter of protest from the Syrian president to the Jordanian king on Sunday.", "SYRGOV",
     "JORGOV"),
    ("The envoy handed over a message of support from the Chilean leader to the Peruvian premier.", "CHLGOV",
     "PERGOV"),
])
def test_a_carried_message_is_its_author_s_act(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    """MESSAGE'S AUTHOR (``message_addressees.message_author``): the carrier only carries the message, and
    the message goes one way."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, "")[:1], events
    assert not find(events, target, source, ""), events


def test_switched_off_the_author_is_not_the_source(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message_addressees, "MESSAGE_NOUNS", frozenset())
    text = "An aide delivered a letter of protest from the Syrian president to the Jordanian king on Sunday."
    assert not find(pipeline.code_text(text, published=PUB), "SYRGOV", "JORGOV", "")


@pytest.mark.parametrize("text", [
    "Kenya sent a letter to Uganda about the border on Monday.",
    "The Kenyan leader sent a message to his Ugandan counterpart.",
])
def test_a_message_sent_goes_one_way(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "KEN", "UGA", "04") and not find(events, "UGA", "KEN", "04"), events


def test_exchanged_messages_go_both_ways(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya and Uganda exchanged messages on Monday.", published=PUB)
    assert find(events, "KEN", "UGA", "04") and find(events, "UGA", "KEN", "04"), events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("In a televised speech to parliament, the Kenyan president appealed for calm.", "KENGOV", "KENLEG"),
    ("The Malawian leader called for national unity in his New Year address to the Kenyan parliament.",
     "MWI", "KENLEG"),
])
def test_an_appeal_in_a_speech_is_addressed_to_its_audience(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch,
                                                            text: str, source: str, target: str) -> None:
    """An appeal with no addressee of its own, made in a speech or address to an audience, is made to it."""
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "02")
    monkeypatch.setattr(message_addressees, "ADDRESSED_ROOTS", frozenset({"01", "03", "05"}))
    assert not find(pipeline.code_text(text, published=PUB), source, target, "02")
