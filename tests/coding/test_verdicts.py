"""Class VERDICTS (``coding/verdicts.py``): a speaker who calls another actor's conduct by a verdict word
praises (051) or criticises (111) it: VERDICT BY DESCRIPTION ("described the B tariffs as extortion")
and VERDICT IN REPORTED SPEECH ("said B's plan was reckless"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import verdicts
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2012-02-14"


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The Latvian foreign ministry described the Russian gas cut as blackmail.", "LVA", "RUS", "11"),
    ("Quito's envoy branded the Peruvian manoeuvres a dangerous provocation.", "ECU", "PER", "11"),
    ("The Nepali premier called the Indian embargo an act of aggression.", "NPL", "IND", "11"),
    ("The Ghanaian minister termed the Togolese ballot free and fair.", "GHA", "TGO", "05"),
    ("Hanoi described its talks with Vientiane as fruitful and cordial.", "VNM", "LAO", "05"),
    ("The Chilean minister considers the Bolivian demand unacceptable.", "CHL", "BOL", "11"),
    ("The Zambian president was described by Angolan officials as a reliable partner.", "AGO", "ZMB", "05"),
])
def test_a_verdict_by_description(pipeline: Pipeline, text: str, source: str, target: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, root)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The Danish minister said the Icelandic quota was illegal.", "DNK", "ISL", "11"),
    ("Seoul's policy on fishing is a provocation, a Japanese spokesman said on Monday.", "JPN", "KOR", "11"),
    ("The Thai premier said the Malaysian offer was generous and constructive.", "THA", "MYS", "05"),
])
def test_a_verdict_in_reported_speech(pipeline: Pipeline, text: str, source: str, target: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, root)


@pytest.mark.parametrize("text", [
    "The Egyptian minister said the situation in Libya was dangerous.",  # a place, no party
    "The Dutch envoy said the Belgian elections were not fair.",  # negated
    "The Cuban minister said relations with Mexico were excellent.",  # a stated relation
    "The Omani minister said Yemen had been a reliable partner of his country.",  # a stated relation
    "Riyadh regards Tehran as its main rival in the Gulf.",  # a standing view of a party
    "The Kenyan minister said the Ugandan proposal was important.",  # ranks, does not judge
])
def test_no_verdict(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.pattern_id.startswith("rp-verdict")], events


def test_switched_off_no_verdict(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdicts, "NEGATIVE", frozenset())
    text = "The Latvian foreign ministry described the Russian gas cut as blackmail."
    assert not find(pipeline.code_text(text, published=PUB), "LVA", "RUS", "11")


def test_polarity_reads_adjectives_and_coordination(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("They called it a dangerous step and a free and fair vote.")
    words = {t.text: verdicts.polarity(t) for t in doc}
    assert words["step"] == -1 and words["fair"] == 1 and words["They"] == 0


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Malian minister said Algerian smugglers were behind the raid on the depot.", "MLI", "DZA"),
    ("Sudan is behind the unrest in the east, a Chadian spokesman said on Friday.", "TCD", "SDN"),
])
def test_put_behind_an_act_is_an_accusation(pipeline, monkeypatch, text: str, source: str, target: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "112"), text
    monkeypatch.setattr(verdicts, "HARM_NOUNS", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), source, target, "112"), text


@pytest.mark.parametrize("text", [
    "The Malian minister said Algeria was not behind the raid.",
    "The Malian minister said the truck was behind the depot.",
])
def test_nothing_put_behind_an_act(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("112")], events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Moscow called Washington's move a mistake.", "RUS", "USA"),
    ("Rome branded the French raid a grave error on Tuesday.", "ITA", "FRA"),
])
def test_a_bare_predicate_on_the_object_is_a_verdict(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    """OBJECT PREDICATE HUNG ON THE OBJECT (``nonevents.bare_predicate``): the parser hangs "a mistake"
    on the object; it is still the naming verb's predicate, and no phone call is made."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, "11"), events
    assert not find(events, source, target, "04"), events


@pytest.mark.parametrize("text", [
    "The Chilean president called the Peruvian premier, an old friend, on Monday.",
    "The Kenyan leader called the Ugandan president a day after the vote.",
])
def test_a_comma_apposition_or_a_time_phrase_is_no_predicate(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("04")], events


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The French minister said Iran's reply was disappointing.", "FRA", "IRN", "11"),
    ("An Irish spokesman said the British answer was unsatisfactory.", "IRL", "GBR", "11"),
    ("The Danish minister said the Swedish proposal was promising.", "DNK", "SWE", "05"),
    ("Oslo said the Finnish steps were impressive.", "NOR", "FIN", "05"),
    ("Paris said Iran's nuclear programme was worrying.", "FRA", "IRN", "012"),
    ("The Peruvian envoy said the Chilean troop build-up was alarming.", "PER", "CHL", "012"),
])
def test_evaluative_and_worrying_predicates(pipeline: Pipeline, text: str, source: str, target: str,
                                            root: str) -> None:
    """More verdict words, -ing predicates the parser reads as progressive verbs, and predicates of worry,
    which say the speaker is concerned (012), not that it blames."""
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, root), text


@pytest.mark.parametrize("text", [
    "Berlin said Russia was worrying about the pipeline.",  # a verb that governs something: Russia worries
    "The Danish minister said the Swedish firm was promising jobs.",
    "Tokyo said Seoul's response was not disappointing.",
])
def test_a_real_progressive_or_a_negated_predicate_is_no_verdict(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("01", "05", "11")], events


@pytest.mark.parametrize("text", [
    "Washington called the Iraqi leader's death sentence \"a milestone\".",
    "The Chilean minister said the Peruvian leader's arrest was a mistake.",
])
def test_a_verdict_on_what_was_done_to_someone_does_not_judge_them(pipeline: Pipeline, text: str) -> None:
    """``verdicts.UNDERGONE_NOUNS``: the owner of a sentence or an arrest is the one it was done to."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("05", "11")], events


def test_a_court_owns_its_verdict(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Paris said the Serbian court's verdict was a grave mistake.", published=PUB)
    assert find_asserted(events, "FRA", "SRBJUD", "11"), events


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The Tunisian president said the Libyan withdrawal was a real step forward.", "TUN", "LBY", "05"),
    ("Quito said the Peruvian pledge was a big stride forward.", "ECU", "PER", "05"),
    ("The Russian minister called Polish membership of the pact a shift in the wrong direction.", "RUS", "POL", "11"),
    ("The Indian envoy called the Nepali decision a step in the right direction.", "IND", "NPL", "05"),
])
def test_direction_idioms_are_verdicts(pipeline: Pipeline, text: str, source: str, target: str, root: str) -> None:
    """DIRECTION IDIOMS (``verdicts._direction``): the direction, not the noun, carries the verdict."""
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, root), text


def test_a_step_with_no_direction_is_no_verdict(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Tunisian president said the Libyan withdrawal was a first step.", published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("05", "11")], events


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Iranian president called the Iraqi leaders cowards on Monday.", "IRN", "IRQ"),
    ("A Russian senator called the Georgian officials liars and traitors.", "RUS", "GEO"),
])
def test_called_a_name_is_a_verdict_and_no_phone_call(text: str, src: str, tgt: str, pipeline) -> None:
    """CALLED A NAME (``extract.named_by_call``): an object predicate makes "call" a naming verb."""
    events = pipeline.code_text(text, published="2006-05-10")
    assert find_asserted(events, src, tgt, "11"), events
    assert not find(events, src, tgt, "041") and not find(events, tgt, src, "041"), events


def test_a_call_with_no_name_given_is_still_a_phone_call(pipeline) -> None:
    events = pipeline.code_text("The Iranian president called the Iraqi president on Monday.", published="2006-05-10")
    assert find_asserted(events, "IRN", "IRQ", "041"), events


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Ghanaian minister said the Togolese raid was a violation of international law.", "GHA", "TGO"),
    ("Chile said the Peruvian manoeuvre was a flagrant breach of the truce.", "CHL", "PER"),
])
def test_a_blaming_act_noun_with_an_of_phrase_is_still_a_verdict(text: str, src: str, tgt: str, pipeline) -> None:
    """The ``of`` phrase of "a violation of X" names what is wronged, not a relation (``verdicts.relational``)."""
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "11")


def test_a_relation_with_an_of_phrase_is_still_no_verdict(pipeline) -> None:
    events = pipeline.code_text("Ghana said Togo was a loyal member of the union.", published=PUB)
    assert not any(e.root_code in ("05", "11") for e in events), events
