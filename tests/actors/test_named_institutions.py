"""Class NAMED NATIONAL INSTITUTION (``actors/data/curated/institutions.jsonl``): a legislature, armed force,
intelligence service, state news agency or state-owned energy company that the news names by its own name,
with no country word ("the Storting", "the Bundeswehr", "Gazprom"), is its state's (country + LEG/MIL/SPY/
MED/BUS); and the press and cabinet nouns "daily", "dailies",
"broadsheet" (MED) and "state council" (GOV) are sector nouns like "newspaper" and "cabinet".
Sentences written for these tests, each class in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.pipeline import Pipeline
from tests.actors.conftest import codes
from tests.coding.helpers import find

Parse = Callable[..., Doc]
D2011 = date(2011, 3, 9)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Storting voted to extend the fishing ban.", "storting", "NORLEG"),
    ("Deputies in the Sejm rejected the pension bill on Friday.", "sejm", "POLLEG"),
    ("A committee of the Riksdag will question the minister.", "riksdag", "SWELEG"),
    ("The Verkhovna Rada passed the budget at its second reading.", "rada", "UKRLEG"),
    ("The Bundeswehr withdrew its last unit from the camp.", "bundeswehr", "DEUMIL"),
    ("The Tatmadaw shelled villages near the border, witnesses said.", "tatmadaw", "MMRMIL"),
    ("The UPDF said it had crossed into the border area.", "updf", "UGAMIL"),
    ("A FARDC brigade moved north of the lake.", "fardc", "CODMIL"),
    ("KCNA carried the full text of the statement.", "kcna", "PRKMED"),
    ("Gazprom raised the price it charges for transit.", "gazprom", "RUSBUS"),
    ("Sonangol signed the exploration licence on Monday.", "sonangol", "AGOBUS"),
])
def test_an_institution_named_by_its_own_name_is_its_states(parse: Parse, text: str, word: str, code: str) -> None:
    assert _of(parse(text, D2011), word) == [code]


def test_press_nouns_take_their_nationality(parse: Parse) -> None:
    assert _of(parse("Two Danish dailies mocked the new tax on sugar.", D2011), "dailies") == ["DNKMED"]
    assert _of(parse("A Nigerian daily accused the minister of fraud.", D2011), "daily") == ["NGAMED"]
    assert _of(parse("Several Czech broadsheets backed the treaty.", D2011), "broadsheets") == ["CZEMED"]


def test_daily_as_an_adjective_is_no_newspaper(parse: Parse) -> None:
    doc = parse("Daily shelling of the Chilean coast worried fishermen.", D2011)
    assert not any("daily" in text.lower() for text in codes(doc))


def test_the_state_council_is_a_cabinet(parse: Parse) -> None:
    assert _of(parse("The Vietnamese State Council approved the dam.", D2011), "state council") == ["VNMGOV"]
    assert _of(parse("In Laos, the State Council ordered an audit of the mines.", D2011), "state council") \
        == ["LAOGOV"]


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Storting condemned Belarus for jailing the opposition candidates.", "NOR", "BLR", "11"),
    ("The Seimas praised Georgia for its reforms.", "LTU", "GEO", "05"),
])
def test_a_named_legislature_is_a_side_of_an_event(pipeline: Pipeline, text: str, src: str, tgt: str,
                                                   root: str) -> None:
    events = pipeline.code_text(text, published="2011-03-09")
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]
