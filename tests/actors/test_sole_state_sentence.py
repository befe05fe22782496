"""Class SOLE-STATE SENTENCE (``actors/sentence_state.py``): a court, police force, parliament, opposition or
band of gunmen named with no country takes the one state its sentence states, unless that state is the other
side of its own act, an object or destination, or a state's forces or envoys abroad. Sentences written for
these tests, each class in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2012 = date(2012, 6, 14)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_police_take_the_state_of_a_national_news_outlet(parse: Parse) -> None:
    doc = parse("Riot police broke up a sit-in outside the courthouse, the Ghanaian news agency reported.", D2012)
    assert _of(doc, "police") == ["GHACOP"]
    doc = parse("Police detained four traders at dawn, the Malawi Nation newspaper reported.", D2012)
    assert _of(doc, "police") == ["MWICOP"]


def test_a_judge_takes_the_state_named_in_another_clause(parse: Parse) -> None:
    doc = parse("After the former Peruvian minister was cleared of fraud, the judge ordered his release.", D2012)
    assert _of(doc, "judge") == ["PERJUD"]
    doc = parse("The court rejected the appeal, a week after Ecuadorean prosecutors filed new charges.", D2012)
    assert _of(doc, "court") == ["ECUJUD"]


def test_gunmen_carrying_a_states_emblems(parse: Parse) -> None:
    doc = parse("Gunmen carrying Yemeni flags stormed a clinic on Monday.", D2012)
    assert _of(doc, "gunmen") == ["YEMUAF"]
    doc = parse("Masked gunmen waving Sudanese flags torched a warehouse.", D2012)
    assert _of(doc, "gunmen") == ["SDNUAF"]


def test_the_other_side_of_the_act_lends_no_country(parse: Parse) -> None:
    doc = parse("The court condemned Israel's raid on the aid ship.", D2012)
    assert _of(doc, "court") == ["---JUD"]
    doc = parse("Opposition lawmakers accused Ethiopia of arming the rebels.", D2012)
    assert not _of(doc, "opposition")[0].startswith("ETH")


def test_objects_destinations_and_forces_abroad_state_nothing(parse: Parse) -> None:
    doc = parse("Police said they had arrested two Nigerian nationals at the port.", D2012)
    assert _of(doc, "police") == ["---COP"]
    doc = parse("Rebels fled into the hills as Russian warplanes pounded their positions.", D2012)
    assert _of(doc, "rebels") == ["---REB"]


def test_a_government_or_army_is_left_alone(parse: Parse) -> None:
    doc = parse("The government said it would send food to Haiti, the Canadian daily reported.", D2012)
    assert _of(doc, "government") == ["---GOV"]
    doc = parse("The army denied the report, the Thai news agency said.", D2012)
    assert _of(doc, "army") == ["---MIL"]


def test_a_stance_on_a_state_is_no_place(parse: Parse) -> None:
    doc = parse("Police blamed anti-French feeling for the riot on Sunday.", D2012)
    assert _of(doc, "police") == ["---COP"]
    doc = parse("The opposition organised pro-Russian rallies in the spring.", D2012)
    assert not _of(doc, "opposition")[0].startswith("RUS")


def test_a_coordinated_object_is_an_object_too(parse: Parse) -> None:
    doc = parse("The opposition accused Ethiopia and Kenya of arming the militias.", D2012)
    assert _of(doc, "opposition") == ["---OPP"]
    doc = parse("Police questioned a Swede and two Danes about the fire.", D2012)
    assert _of(doc, "police") == ["---COP"]


def test_a_traveller_is_away_and_the_place_it_tours_is_the_sentence_state(parse: Parse) -> None:
    """Class TRAVELLER IS AWAY: the subject of a verb of travel states no place; what it tours or visits does."""
    doc = parse("While Chilean ministers toured Peru, guerrillas ambushed an army patrol.", D2012)
    assert _of(doc, "guerrillas") == ["PERREB"]
    doc = parse("Police arrested opposition leaders as the Kenyan president visited Uganda.", D2012)
    assert _of(doc, "police") == ["UGACOP"]
    doc = parse("Police arrested opposition leaders as the Kenyan president flew home.", D2012)
    assert _of(doc, "police") == ["---COP"]
