"""A cooperative act someone balks at, resists or is unwilling to do is a rejection (CAMEO 12), not
the act; an event noun turned down as an object was not given (``realpolitik.coding.refusals``)."""

import pytest

from tests.coding.helpers import find

PUB = "2010-05-04"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Greece balked at recognizing Macedonia.", "GRC", "MKD"),
        ("Greece resisted recognizing Macedonia under that name.", "GRC", "MKD"),
        ("Russia is unwilling to recognise Kosovo.", "RUS", "KSV"),
        ("Romania remains loath to recognise Kosovo as a state.", "ROU", "KSV"),
        ("Cyprus has refrained from recognizing Kosovo.", "CYP", "KSV"),
    ],
)
def test_a_resisted_recognition_is_a_rejection(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert find(events, src, tgt, "12")
    assert not find(events, src, tgt, "05")


@pytest.mark.parametrize(
    "text",
    [
        "Chile resisted signing the accord and meeting Bolivia.",
        "Chile is unwilling to sign the accord or to meet Bolivia.",
    ],
)
def test_the_frame_reaches_coordinated_acts(pipeline, text: str) -> None:
    events = code(pipeline, text)
    assert find(events, "CHL", "BOL", "12")
    assert not find(events, "CHL", "BOL", "04")


@pytest.mark.parametrize(
    "text",
    [
        "Cuba has refused any aid from the United States.",
        "Cuba rejected American aid after the storm.",
    ],
)
def test_a_refused_event_noun_was_not_given(pipeline, text: str) -> None:
    events = code(pipeline, text)
    assert not [e for e in find(events, "USA", "CUB", "07") if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Greece recognized Macedonia on Monday.",
        "Cuba accepted aid from the United States.",
    ],
)
def test_unrefused_acts_stay_acts(pipeline, text: str) -> None:
    events = code(pipeline, text)
    assert [e for e in events if e.event_code[:2] in ("05", "07") and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Iran rejected calls to resume negotiations with the United States.", "IRN", "USA"),
        ("Russia turned down proposals for talks with Georgia.", "RUS", "GEO"),
        ("Germany refused to send troops to join the American force in Iraq.", "DEU", "USA"),
    ],
)
def test_acts_nested_in_what_was_refused_did_not_happen(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert not [e for e in find(events, src, tgt, "0") if e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Iran rejected the sanctions imposed by the United Nations.", "IGOUNO", "IRN", "16"),
        ("Syria rejected the plan, accusing Israel of attacking Lebanon.", "SYR", "ISR", "11"),
    ],
)
def test_what_sits_beside_a_refusal_is_untouched(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    """A done act named by a passive participle, and a clause beside the refusal, keep their status."""
    events = code(pipeline, text)
    assert all(e.modality != "negated" for e in find(events, src, tgt, root))
    if root == "11":
        assert [e for e in find(events, src, tgt, root) if e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("China rejected American criticism of its crackdown on Tibetan protesters.", "crackdown", False),
        ("Israel dismissed and rejected accusations about its raid on the flotilla.", "raid", False),
        ("Iran rejected calls to resume negotiations with the United States.", "negotiations", True),
        ("Peru rejected a proposal for a summit with Chile.", "summit", True),
    ],
)
def test_only_what_would_happen_is_inside_a_refusal(pipeline, text: str, word: str, inside: bool) -> None:
    from realpolitik.coding.refusals import inside_refusal

    doc = pipeline.nlp(text)
    assert inside_refusal(next(t for t in doc if t.text == word)) is inside


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Dutch premier ruled out sending Dutch soldiers to Mali.", "NLD", "MLI", "07"),
        ("The Polish government has ruled out holding talks with Belarus.", "POL", "BLR", "04"),
        ("Kenya ruled out any military aid to Somalia.", "KEN", "SOM", "07"),
    ],
)
def test_what_is_ruled_out_is_refused_not_done(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                               root: str) -> None:
    """RULED OUT: a particle verb of refusing, with a gerund or an object."""
    import realpolitik.coding.refusals as refusals

    events = code(pipeline, text)
    assert not [e for e in find(events, src, tgt, root) if e.modality == "asserted"], text
    monkeypatch.setattr(refusals, "REFUSING_PHRASALS", frozenset({("turn", "down")}))
    assert [e for e in find(code(pipeline, text), src, tgt, root) if e.modality == "asserted"], text
