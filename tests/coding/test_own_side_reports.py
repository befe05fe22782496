"""A state's organ reporting what its own side did: an army spokesman telling of the army's shelling,
a defence ministry announcing that its troops struck, a government saying its police acted. The
speaker neither accuses its own forces (112) nor, unless it "claims" or "admits" it, makes a claim of
responsibility (015) out of a state operation: the act itself is the news, asserted, since a state is
the authority on its own acts. A speaker of another camp
of the same country (an opposition party) still accuses."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2018-01-22"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Turkish defence ministry said Turkish jets had bombed targets in northern Iraq.", "TURMIL", "IRQ"),
        ("Kenya's army spokesman told reporters that Kenyan troops shelled militant camps inside Somalia.",
         "KENMIL", "SOM"),
        ("The Ethiopian defence ministry said Ethiopian troops had launched an offensive in Eritrea.",
         "ETHMIL", "ERI"),
    ],
)
def test_an_organ_of_the_state_reports_its_own_sides_act(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    acts = find(events, src, tgt, "19")
    assert acts and all(e.modality == "asserted" for e in acts), events
    assert not find(events, src[:3], src[:3], "112") and not find(events, src[:3], tgt, "015"), events


def test_an_opposition_party_still_accuses_the_police_of_its_country(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "The Kenyan opposition said on Monday that Kenyan police had beaten Ugandan traders.", published=DATE
    )
    assert not find(events, "KENGOV", "", "112"), events


def test_claiming_an_attack_is_still_a_claim_of_responsibility(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Britain claimed that it had bombed Iraq.", published=DATE)
    assert find(events, "GBR", "IRQ", "015"), events


def test_a_state_telling_of_its_own_expulsion_asserts_it(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Chile announced that its police had deported a Bolivian attache.", published=DATE)
    acts = find(events, "CHL", "BOL", "")
    assert acts and all(e.modality == "asserted" for e in acts), events
