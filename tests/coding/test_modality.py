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
        "According to officials, Iran threatened Iraq.",
        "Iran allegedly threatened Iraq.",
    ],
)
def test_reported(pipeline, text: str) -> None:
    src, tgt = ("TUR", "VEN") if "Turkey" in text else ("IRN", "IRQ")
    assert modality(pipeline, text, src, tgt, "") == "reported"


def test_historical_when_the_sentence_dates_the_event_years_back(pipeline) -> None:
    assert (
        modality(pipeline, "In 1962, the Soviet Union threatened the United States.", "SUN", "USA", "13")
        == "historical"
    )


def test_a_negated_causative_negates_the_caused_event(pipeline) -> None:
    """'can't help Turkey deal with X': the parser makes 'deal' a ccomp of 'help'; it did not happen."""
    text = "Venezuela can't help Turkey deal with the Kurdish Regional Government."
    assert modality(pipeline, text, "TUR", "IRQ", "05") == "negated"


def test_demonstrating_a_quality_is_not_a_protest(pipeline) -> None:
    events = pipeline.code_text("Ankara has demonstrated a willingness to engage with Caracas.", published=PUB)
    assert not [e for e in events if e.root_code == "14"]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("India used to supply arms to Nepal.", "IND", "NPL", "07"),
        ("Norway used to fund the Sri Lankan government.", "NOR", "LKA", "07"),
    ],
)
def test_used_to_is_a_past_habit(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert modality(pipeline, text, src, tgt, root) == "historical"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Israeli police used tear gas to disperse Palestinian protesters.", "ISR", "PSE", "17"),
        ("The Afghan president used the holiday to call on Pakistan to act.", "AFG", "PAK", "02"),
    ],
)
def test_using_something_to_act_is_no_habit(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert modality(pipeline, text, src, tgt, root) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian president is due in Lome on Friday for a two-day official visit.",
        "The Ghanaian president is due to arrive in Lome on Friday.",
        "The Ghanaian trade minister is due in Togo later this month for talks with President Gnassingbe.",
    ],
)
def test_a_visit_someone_is_due_for_is_scheduled_not_done(text: str, pipeline) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(text, published="2017-03-01")
    assert [e for e in events if e.source_code.startswith("GHA") and e.event_code == "036"], events
    assert not [e for e in events if e.event_code.startswith("042")], events
