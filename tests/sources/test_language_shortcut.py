"""English prose is recognised by its function words without the classifier; every other language,
and English too short to judge, still goes to py3langid."""

from __future__ import annotations

import pytest

from realpolitik.sources.language import detect_language, plainly_english

ENGLISH = [
    "The foreign minister of the island state said on Tuesday that the talks with its neighbour had "
    "been postponed because of the storm, and that a new date would be set by the two governments in "
    "the coming weeks, the ministry in the capital said in a written statement.",
    "Officials from the northern province met with representatives of the mining company, which has "
    "been accused of polluting the river, and said they were ready to close the site if it did not "
    "pay for the damage to the farms that lie along the water.",
]
OTHER = {
    "fr": "Le ministre des affaires étrangères a déclaré mardi que les négociations avec le pays voisin "
    "avaient été reportées à cause de la tempête et qu'une nouvelle date serait fixée par les deux "
    "gouvernements dans les semaines à venir, selon un communiqué publié par le ministère.",
    "es": "El ministro de asuntos exteriores dijo el martes que las conversaciones con el país vecino "
    "habían sido aplazadas a causa de la tormenta y que los dos gobiernos fijarán una nueva fecha en "
    "las próximas semanas, según un comunicado publicado por el ministerio en la capital.",
    "de": "Der Außenminister sagte am Dienstag, dass die Gespräche mit dem Nachbarland wegen des Sturms "
    "verschoben worden seien und dass die beiden Regierungen in den kommenden Wochen einen neuen Termin "
    "festlegen würden, wie es in einer Erklärung des Ministeriums in der Hauptstadt hieß.",
    "nl": "De minister van buitenlandse zaken zei dinsdag dat de gesprekken met het buurland waren "
    "uitgesteld vanwege de storm en dat de twee regeringen in de komende weken een nieuwe datum zouden "
    "vastleggen, volgens een verklaring van het ministerie in de hoofdstad.",
}


@pytest.mark.parametrize("text", ENGLISH)
def test_english_prose_is_decided_by_its_function_words(text: str) -> None:
    assert plainly_english(text)
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("lang", "text"), sorted(OTHER.items()))
def test_other_languages_go_to_the_classifier(lang: str, text: str) -> None:
    assert not plainly_english(text)
    assert detect_language(text) == lang


def test_short_english_is_not_decided_by_the_shortcut() -> None:
    assert not plainly_english("The minister said the talks were over.")


def test_the_classifier_warmed_up_in_a_thread_is_loaded_once_and_used() -> None:
    from realpolitik.sources import language

    language._load_identifier.cache_clear()
    thread = language.warm_up()
    assert detect_language(OTHER["fr"]) == "fr"  # may arrive while the thread is still loading
    thread.join(timeout=60)
    info = language._load_identifier.cache_info()
    assert not thread.is_alive() and info.misses == 1 and info.currsize == 1
