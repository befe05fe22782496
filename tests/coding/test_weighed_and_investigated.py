"""Acts that are weighed, warned against, investigated or ended, and acts dated by a fronted date or a
dated perfect, with sentences written for these tests, each coded with its class switched off:

- DELIBERATED ACT (``modality.deliberated``): "discussed how to punish B", "weighing whether to
  attack B", "settle which penalties to impose" weigh an act, not do it;
- ADVISED AGAINST (``modality.advised_against``): "advised travellers against going to B";
- INVESTIGATED ACT (``nonevents.investigated_act``): the investigators of an attack are not its agents;
- ENDED TALKS (``rules.HALTING_NOUNS``): "the failure of negotiations between A and B" halts them (164);
- FRONTED DATE (``dates.fronted``): "On May 4, two days after ..., troops shelled ..." dates the main
  clause, though the parser hangs the date in the adverbial clause;
- DATED PERFECT (``background._dated_perfect``): a perfect told with a past day or month is past;
- DATED PAST NOUN (``background.dated_past_noun``): "will report on her talks last week": the talks took place.
"""

from __future__ import annotations

import pytest

from realpolitik import dates
from realpolitik.coding import background, modality, nonevents, rules
from tests.coding.helpers import assert_unasserted_by_class, find, find_asserted

PUB = "2009-11-20"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Ghana and Togo discussed how to punish Mali.", "GHA", "MLI", "17"),
    ("Ghana and Togo debated how to attack Mali.", "GHA", "MLI", "19"),
    ("Kenya and Uganda disagree on which sanctions to impose on Sudan.", "KEN", "SDN", "16"),
])
def test_a_deliberated_act_is_not_done(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (modality, "deliberated", lambda verb: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


def test_a_relative_clause_is_not_deliberated_by_its_nouns_governor(pipeline) -> None:
    text = "Aid groups wonder how to reach the north of Somalia, where Kenyan troops are clashing with Somali rebels."
    assert find_asserted(pipeline.code_text(text, published=PUB), "KEN", "SOM", "19")


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Danish foreign ministry advised Danes against travelling to Syria.", "DNK", "SYR", "04"),
    ("The Kenyan embassy advised Kenyans against travelling to Somalia.", "KEN", "SOM", "04"),
    ("Kenya warned its citizens against visiting Somalia.", "KEN", "SOM", "04"),
])
def test_what_is_advised_against_is_not_done(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (modality, "advised_against", lambda tok: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize("text", [
    "Kenyan police are looking into two grenade attacks on Ugandan diplomats.",
    "Chilean prosecutors are probing two bomb attacks on Peruvian diplomats.",
])
def test_investigators_are_not_the_agents_of_the_act(pipeline, monkeypatch, text: str) -> None:
    src = "KEN" if text.startswith("Kenyan") else "CHL"
    acts = [e for e in pipeline.code_text(text, published=PUB) if e.event_code[:2] in ("18", "19")]
    assert not acts, [(e.source_code, e.target_code, e.event_code) for e in acts]
    monkeypatch.setattr(nonevents, "investigated_act", lambda trigger: False)
    acts = [e for e in pipeline.code_text(text, published=PUB) if e.event_code[:2] in ("18", "19")]
    assert acts and all((e.source_code or "").startswith(src) for e in acts), text


@pytest.mark.parametrize("text", [
    "Donors were alarmed by the failure of negotiations between Kenya and Uganda.",
    "The breakdown of negotiations between Ghana and Togo worried donors on Monday.",
])
def test_ended_talks_are_no_consultation(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] == "04"], text
    assert [e for e in events if e.event_code == "164"], [(e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(rules, "HALTING_NOUNS", frozenset({"end", "halt", "suspension"}))
    assert [e for e in pipeline.code_text(text, published=PUB) if e.event_code[:2] == "04"], text


def test_talks_ended_or_suspended_keep_their_halting_code(pipeline) -> None:
    events = pipeline.code_text("Donors were alarmed by the suspension of talks between Kenya and Uganda.",
                                published=PUB)
    assert [e for e in events if e.event_code == "164"], [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(("text", "src", "tgt", "when"), [
    ("On July 17, four days after militants kidnapped a Ghanaian soldier, Ghanaian warplanes bombed a depot in Togo.",
     "GHA", "TGO", "2009-07-17"),
    ("On August 2, two weeks after gunmen seized a Kenyan diplomat, Kenyan jets attacked a camp in Somalia.",
     "KEN", "SOM", "2009-08-02"),
])
def test_a_fronted_date_dates_the_main_clause(pipeline, monkeypatch, text, src, tgt, when) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "")
    assert events and all(str(e.event_date) == when and e.modality == "historical" for e in events), [
        (e.event_code, e.event_date, e.modality) for e in events]
    monkeypatch.setattr(dates, "fronted", lambda ent, sent: False)
    assert not [e for e in find(pipeline.code_text(text, published=PUB), src, tgt, "") if str(e.event_date) == when]


@pytest.mark.parametrize("text", [
    "On June 3, Ghanaian jets have bombed a depot in Togo.",
    "In April, Ghana has accused Togo of sheltering rebels.",
])
def test_a_dated_perfect_is_past(pipeline, monkeypatch, text: str) -> None:
    switch_off = (background, "_dated_perfect", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "GHA", "TGO", "1", PUB)


def test_a_perfect_with_a_years_date_stays_news(pipeline) -> None:
    """The year may be a named act's ("has implicated B in an attack last year"); left to the parser."""
    text = "Ghana has implicated Togolese officers in an attack on its police last year, a spokesman told reporters."
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", "11")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Peruvian minister will report on her talks last week in Quito with Ecuador's foreign minister.", "PER",
     "ECU"),
    ("The Ghanaian president is expected to tell lawmakers about his visit to Togo last month.", "GHA", "TGO"),
])
def test_a_dated_past_noun_took_place(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """DATED PAST NOUN (``background.dated_past_noun``): a meeting under a plan to report on it, dated
    in the past however the date is read, took place (04); with the class switched off, the plan made
    it the intent to meet (036)."""
    import realpolitik.coding.extract as extract

    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "04") and not find(events, src, tgt, "036"), text
    monkeypatch.setattr(extract, "dated_past_noun", lambda noun, published: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "036"), text


def test_a_dated_future_noun_stays_planned(pipeline) -> None:
    """A month without a year under a plan is the coming one: the visit is still the intent (036)."""
    text = "The Kenyan president will brief parliament on his visit to Uganda in December."
    assert find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "036")


def test_a_plan_dated_in_the_past_says_nothing_of_the_act(pipeline) -> None:
    """The past date is the plan's ("had been scheduled for October"), not a meeting's that was held."""
    text = "Talks between Ghana and Togo had been scheduled for October, but they were put off."
    assert not find(pipeline.code_text(text, published=PUB), "GHA", "TGO", "04")
