"""One test per modality, on sentences written for these tests."""

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


def modality(pipeline, text: str, src: str, tgt: str, root: str) -> str:
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits, text
    return hits[0].modality


def test_asserted(pipeline) -> None:
    assert modality(pipeline, "Iran threatened Iraq on Monday.", "IRN", "IRQ", "13") == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey did not sign the agreement with Greece.",
        "Russia will never attack Finland.",
        "Russia refused to attack Finland.",
    ],
)
def test_negated(pipeline, text: str) -> None:
    src, tgt, root = ("TUR", "GRC", "05") if "Turkey" in text else ("RUS", "FIN", "19")
    assert modality(pipeline, text, src, tgt, root) == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "If Russia attacks Finland, NATO will respond.",
        "Russia could attack Finland.",
        "Turkey would host Maduro should he be forced into exile.",
    ],
)
def test_hypothetical(pipeline, text: str) -> None:
    src, tgt, root = ("TUR", "VEN", "04") if "Turkey" in text else ("RUS", "FIN", "19")
    assert modality(pipeline, text, src, tgt, root) == "hypothetical"


def test_inverted_conditional_alone_marks_the_main_clause(pipeline) -> None:
    text = "Turkey is emerging as the destination for Maduro should he be forced into exile."
    assert modality(pipeline, text, "TUR", "VEN", "07") == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan hoped to visit Caracas.",
        "China will visit Brazil next year.",
        "Japan plans to visit Brazil.",
        "Japan intends to visit Brazil.",
    ],
)
def test_intended(petrarch_pipeline, text: str) -> None:
    src, tgt = {"Erdogan": ("TUR", "VEN"), "China": ("CHN", "BRA"), "Japan": ("JPN", "BRA")}[text.split()[0]]
    assert modality(petrarch_pipeline, text, src, tgt, "042") == "intended"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey also reportedly plans to open a cultural centre in Caracas.",
        "Iran allegedly threatened Iraq.",
    ],
)
def test_reported(pipeline, text: str) -> None:
    src, tgt = ("TUR", "VEN") if "Turkey" in text else ("IRN", "IRQ")
    assert modality(pipeline, text, src, tgt, "") == "reported"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("According to officials, Iran threatened Iraq.", "IRN", "IRQ", "13"),
        ("Turkish jets bombed Kurdish positions in Iraq, according to the army.", "TUR", "IRQ", "19"),
        ("According to state television, Sudanese troops attacked a Chadian border post.", "SDN", "TCD", "19"),
    ],
)
def test_according_to_a_source_stands_as_told(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                              root: str) -> None:
    """ACCORDING TO A SOURCE (modality.according_to_text): the phrase names who told the news, as a
    trailing "officials said" does, so the act is asserted; every "according to" read as a report
    before the class."""
    from realpolitik.coding import modality as modality_module

    assert modality(pipeline, text, src, tgt, root) == "asserted"
    monkeypatch.setattr(modality_module, "according_to_text", lambda according: "reported")
    assert modality(pipeline, text, src, tgt, root) == "reported"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Ethiopian troops pull out of Eritrea, according to the peace plan.", "ETH", "ERI", "08"),
        ("Under the peace plan, Ethiopian troops withdraw from Eritrea, according to the agreement.", "ETH", "ERI",
         "08"),
        ("According to the terms of the truce, Ethiopian troops pull out of Eritrea.", "ETH", "ERI", "08"),
    ],
)
def test_according_to_a_text_is_its_terms(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    """ACCORDING TO A TEXT (modality.according_to_text): an accord's or a plan's terms are not acts
    done (hypothetical); read as a source, they were acts of the day."""
    from realpolitik.coding import modality as modality_module

    assert modality(pipeline, text, src, tgt, root) == "hypothetical"
    monkeypatch.setattr(modality_module, "according_to_text", lambda according: None)
    assert modality(pipeline, text, src, tgt, root) == "asserted"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Kenyan president meets the Somali prime minister in Nairobi, according to the itinerary.", "KEN",
         "SOM"),
        ("According to the schedule, the Ghanaian leader visits Togo.", "GHA", "TGO"),
    ],
)
def test_according_to_a_timetable_is_its_plan(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """ACCORDING TO A TEXT: a timetable's meeting or visit is planned, which the analyst conventions
    code as the intent to meet (036); read as a source, the meeting was held that day (04)."""
    from realpolitik.coding import modality as modality_module

    assert find(pipeline.code_text(text, published=PUB), src, tgt, "036")
    monkeypatch.setattr(modality_module, "according_to_text", lambda according: None)
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, src, tgt, "036") and find(events, src, tgt, "04")
