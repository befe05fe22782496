"""Only an announced coercive act is a threat (CAMEO 13): the clause must give it as its subject's own
future ("will impose", "said it would", "is going to", "plans / is set to"), ``rules.announced_future``.
An aim ("are seeking to oust"), a wish, or a judgement of what would serve someone ("it is in their
interest to contain X") keeps the act's own code with modality ``intended``: no asserted threat."""

import pytest

from tests.coding.helpers import find_asserted

PUB = "2011-03-08"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will impose sanctions on Syria, the minister said.",
        "Turkey plans to impose sanctions on Syria.",
        "Turkey is going to impose sanctions on Syria.",
        "The minister said Turkey would impose sanctions on Syria.",
    ],
)
def test_an_announced_coercion_is_a_threat(pipeline, text: str) -> None:
    assert find_asserted(code(pipeline, text), "TUR", "SYR", "13")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chadian guerrillas aim to topple the country's ruler.", "TCD", "TCD"),
        ("Exiles in Paris hope to topple the government of Guinea.", "", "GIN"),
        ("Vietnam and the Philippines find it useful to resist Chinese claims at sea.", "VNM", "CHN"),
        ("Ankara wants to punish Syria with sanctions.", "TUR", "SYR"),
    ],
)
def test_an_aim_is_no_threat(pipeline, text: str, src: str, tgt: str) -> None:
    assert not find_asserted(code(pipeline, text), src, tgt, "13")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("A senator argued that the US ought to suspend its dialogue with Cuba.", "USA", "CUB"),
        ("The senator said Washington ought to cut aid to Egypt.", "USA", "EGY"),
    ],
)
def test_reported_advice_is_no_threat(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert not find_asserted(events, src, tgt, "13")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The opposition said it would boycott the elections in Kenya.", "KEN", "KEN"),
        ("Pyongyang said it could expel IAEA monitors if new sanctions came.", "PRK", "IGOUNOIAE"),
    ],
)
def test_a_stated_conditional_harm_is_a_threat(pipeline, text: str, src: str, tgt: str) -> None:
    assert find_asserted(code(pipeline, text), src, tgt, "13")


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Armenia warned that it would shell Azerbaijani positions.", "ARM", "AZE", "138"),
        ("Azerbaijan warned it will strike Armenia if attacked again.", "AZE", "ARM", "138"),
        ("The Bolivian president warned he would expel the Chilean ambassador.", "BOL", "CHL", "13"),
    ],
)
def test_a_warning_of_the_warners_own_act_is_a_threat_against_its_target(pipeline, text: str, src: str, tgt: str,
                                                                        code: str, monkeypatch) -> None:
    """WARNED OWN ACT (``rules.own_warning``): "warned it would <act> B" threatens B; without the class,
    the act is swallowed as one only warned against and the warning names no one."""
    assert find_asserted(code_(pipeline, text), src, tgt, code)
    from realpolitik.coding import extract, rules
    monkeypatch.setattr(rules, "WARNING_HEADS", frozenset())
    monkeypatch.setattr(extract, "own_warning", rules.own_warning)
    assert not find_asserted(code_(pipeline, text), src, tgt, "13"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Armenia warned that Azerbaijan would shell its villages.", "AZE", "ARM"),
        ("Armenia warned Azerbaijani troops against shelling its villages.", "AZE", "ARM"),
    ],
)
def test_an_act_another_is_warned_of_or_against_is_not_done(pipeline, text: str, src: str, tgt: str) -> None:
    assert not find_asserted(code_(pipeline, text), src, tgt, "19")


def code_(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)
