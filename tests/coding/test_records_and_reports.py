"""Six small classes of what is no act of the day or no charge, each with sentences written for these
tests and coded with the class switched off:

- POSSESSED RELATION (``coding/nonevents.stated_relation``): "A and B have good cooperation", "A has
  excellent cooperation with B" state a relation, as "relations are close" does;
- STANDING PRESENT in a conjoined main clause (``coding/modality.standing_present``): "A insists on its
  plan, but B charges that A arms the rebels", in a story's body;
- MEDIA REPORT (``coding/rules.claims_for``): papers that report another's act pass on the news; they
  charge nobody, as a minister who says so does;
- PLACE-LENT SPEAKER (``coding/rules.claims_for``): a speaker of no stated country, which took the
  country of the place of the act it reports, charges nobody: the act is only reported;
- REPEATED RECORD (``coding/modality.habitual``): "has repeatedly accused", "has consistently
  condemned", "has long opposed" sum up a record;
- ONGOING RECORD (``coding/modality.perfect_progressive``): "has been urging", "had been sending" tell
  an activity kept up over time, unless a date ties it to the days reported.
"""

from __future__ import annotations

import pytest

from realpolitik.coding import extract, nonevents, rules
from tests.coding.helpers import assert_unasserted_by_class, find, find_asserted

PUB = "2010-05-05"
LEAD = "Talks on the border resumed in Geneva on Monday. "


@pytest.mark.parametrize("text", [
    "Ghana and Togo have good cooperation on trade.",
    "Ghana has excellent cooperation with Togo.",
])
def test_a_possessed_relation_is_no_event(pipeline, monkeypatch, text: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "GHA", "TGO", "0"), text
    monkeypatch.setattr(nonevents, "HAVING_VERBS", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", "0"), text


@pytest.mark.parametrize("text", [
    LEAD + "Ghana insists on its border plan, but Togo charges that Ghana is arming the rebels.",
    LEAD + "Ghana rejects the plan, and Togo accuses Ghana of arming the rebels.",
])
def test_a_conjoined_standing_present(pipeline, monkeypatch, text: str) -> None:
    switch_off = (extract, "standing_present", lambda trigger, index: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "TGO", "GHA", "11", PUB)


@pytest.mark.parametrize(("report", "statement"), [
    ("Kenyan newspapers reported that the Ugandan army had shelled Somali villages on Monday.",
     "The Kenyan foreign minister said that the Ugandan army had shelled Somali villages on Monday."),
    ("A Kenyan radio station said Ugandan troops raided a Somali town on Monday.",
     "The Kenyan government said Ugandan troops raided a Somali town on Monday."),
])
def test_a_media_report_is_no_charge(pipeline, monkeypatch, report: str, statement: str) -> None:
    assert not find(pipeline.code_text(report, published=PUB), "KEN", "UGA", "11"), report
    assert find_asserted(pipeline.code_text(statement, published=PUB), "KEN", "UGA", "11"), statement
    monkeypatch.setattr(rules, "MEDIA_SECTOR", "none")
    assert find_asserted(pipeline.code_text(report, published=PUB), "KEN", "UGA", "11"), report


@pytest.mark.parametrize(("text", "actor", "place"), [
    ("A spokesman confirmed that Kenyan soldiers were carrying out a big military operation in Somalia.", "KEN", "SOM"),
    ("Officials said on Monday that Ethiopian jets had bombed a rebel camp in Eritrea.", "ETH", "ERI"),
])
def test_a_place_lent_speaker_is_no_charge(pipeline, monkeypatch, text: str, actor: str, place: str) -> None:
    """The unnamed speaker takes the place's country (``actors.context.give_countries``); before the class
    it then accused the actor of the very act it told of."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, place, actor, "11"), events
    assert find(events, actor, place, "19"), events
    monkeypatch.setattr(rules, "country_from_place", lambda speaker: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), place, actor, "11")


@pytest.mark.parametrize("text", [
    "Ghana has repeatedly accused Togo of sheltering rebels.",
    "The Ghanaian government has repeatedly criticised Togo over the border.",
    # other adverbs of recurrence or duration with the perfect (RECORD_ADVS)
    "Ghana has consistently condemned Togo's rulers.",
    "Accra has long criticised Togo over the refugee camps.",
    "The Ghanaian government has always opposed Togo's claim to the islands.",
    "Officials said Ghana had consistently condemned Togo's rulers over the killings.",
])
def test_a_repeated_record_is_not_an_act_of_the_day(pipeline, monkeypatch, text: str) -> None:
    switch_off = (extract, "habitual", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "GHA", "TGO", "11", PUB)


@pytest.mark.parametrize("text", [
    "Ghana repeatedly accused Togo of sheltering rebels on Monday.",
    "Ghana has condemned Togo's rulers over the border killings.",
])
def test_repeated_acts_of_one_day_stay_asserted(pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", "11")


@pytest.mark.parametrize(("text", "root"), [
    ("Ghana has been urging Togo to free the jailed reporters.", "02"),
    ("The Ghanaian government had been sending Togo its complaints through diplomatic channels.", "11"),
    ("Ghana has been pressing Togo to reopen the border crossing.", "10"),
])
def test_an_ongoing_record_is_not_an_act_of_the_day(pipeline, monkeypatch, text: str, root: str) -> None:
    switch_off = (extract, "habitual", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "GHA", "TGO", root, PUB)


@pytest.mark.parametrize(("text", "root"), [
    ("Ghana has been holding talks with Togo since Monday.", "04"),
    ("The Ghanaian envoy has been meeting Togo's foreign minister this week.", "04"),
    # a conjoined act in the simple past is an act of its own
    ("The Ghanaian leader has been seeking closer ties with Benin and apologised to Togo for the raid.", "05"),
])
def test_a_dated_or_own_act_beside_an_ongoing_one_stays_asserted(pipeline, text: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", root), text
