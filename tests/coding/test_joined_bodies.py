"""Joining an organisation is membership (CAMEO 050, as for joining a coalition), not a meeting: the
joiner acts on the body, co-joiners do not act on each other, and a body named by a common noun
only gives no event (``coding.memberships``). Joining people or a meeting stays a meeting."""

import pytest

from tests.coding.helpers import find

PUB = "2011-03-08"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "joiners", "body"),
    [
        ("Albania and Croatia joined NATO this week.", ("ALB", "HRV"), "IGOWSTNAT"),
        ("Croatia joined the European Union in July, to fireworks in Zagreb.", ("HRV",), "IGOEUREEC"),
        ("Morocco joined the African Union in January.", ("MAR",), "IGOAFR"),
    ],
)
def test_joining_a_body_is_membership(pipeline, text: str, joiners: tuple[str, ...], body: str) -> None:
    events = code(pipeline, text)
    for joiner in joiners:
        assert find(events, joiner, body, "050")
        assert not find(events, body, joiner, "")
    assert not [e for e in events if e.event_code.startswith("04")]


@pytest.mark.parametrize(
    ("text", "joiner", "body"),
    [
        ("Armenia strongly objects to Azerbaijan's bid to join NATO.", "AZE", "IGOWSTNAT"),
        ("Serbia plans to join the European Union within a decade.", "SRB", "IGOEUREEC"),
    ],
)
def test_a_bid_to_join_is_the_joiners_intent(pipeline, text: str, joiner: str, body: str) -> None:
    events = code(pipeline, text)
    assert find(events, joiner, body, "03")
    assert not find(events, body, joiner, "")


def test_co_joiners_of_an_unnamed_body_do_not_meet(pipeline) -> None:
    events = code(pipeline, "Brunei and Timor-Leste hope to enter the bloc within five years.")
    assert not find(events, "KHM", "LAO", "")
    assert not find(events, "LAO", "KHM", "")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Indian and Pakistani leaders joined the summit in Dhaka.", "IND", "PAK"),
    ],
)
def test_joining_a_meeting_stays_a_meeting(pipeline, text: str, a: str, b: str) -> None:
    assert find(code(pipeline, text), a, b, "04")


def test_joining_people_at_a_task_is_cooperation(pipeline) -> None:
    """JOINED COMPANY (roles.joined_company): prosecutors joining magistrates to do a task cooperate
    with them, judicial cooperation (063), no longer the meeting (04) the bare verb read."""
    assert find(code(pipeline, "Italian prosecutors joined French magistrates to examine the bank's accounts."),
                "ITA", "FRA", "063")


@pytest.mark.parametrize(
    "text",
    [
        "Two US envoys will join officials from the EU and Japan at the donors' conference.",
        "The Swiss minister joined delegates of the African Union for lunch.",
    ],
)
def test_joining_a_bodys_people_is_no_membership(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code in ("050", "032")]
